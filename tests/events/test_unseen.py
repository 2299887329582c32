"""Issue 15, round 5 (events on news never seen): visits told by "baş çək-" and by "get-" right after
the destination, a visit framed by "zamanı"/"çərçivəsində" whose destination stands right before it
(`framed`), signings told by "imza at-" after the document, and office taken or left ("vəzifəsinin
icrasına başla-", "vəzifəsini tərk et-"). Table tests of sentences written for these tests, entities
given, so that only az_events is tested."""
from __future__ import annotations

import pytest

from pipeline.events.component import Options, doc_events
from tests.test_events import make_doc, simple

PERSON, TITLE, ORG, COUNTRY, REGION, DATE = "PERSON", "TITLE", "ORG", "COUNTRY", "REGION", "DATE"

EVENTS = [
    # "baş çək-": to pay a visit, the destination in the dative
    ("Nazir Kamran Əliyev Milli Kitabxanaya baş çəkib.",
     [("Nazir", TITLE, None), ("Kamran Əliyev", PERSON, None), ("Milli Kitabxanaya", ORG, None)],
     [("VISIT", "baş çəkib", "actual", {"visitor": ["Kamran Əliyev"], "destination": ["Milli Kitabxanaya"]})]),
    ("Orxan Səfərli sabah Lənkərana baş çəkəcək.",
     [("Orxan Səfərli", PERSON, None), ("Lənkərana", REGION, "Lənkəran")],
     [("VISIT", "baş çəkəcək", "planned", {"visitor": ["Orxan Səfərli"], "destination": ["Lənkərana"]})]),
    # "get-" right after its destination, as "gəl-"
    ("Baş nazir Aygün Həsənova Norveçə gedəcək.",
     [("Baş nazir", TITLE, None), ("Aygün Həsənova", PERSON, None), ("Norveçə", COUNTRY, "Norveç")],
     [("VISIT", "gedəcək", "planned", {"visitor": ["Aygün Həsənova"], "destination": ["Norveçə"]})]),
    ("Nümayəndə heyəti ilə Lalə Quliyeva Oslo şəhərinə gedib.",
     [("Lalə Quliyeva", PERSON, None), ("Oslo", REGION, "Oslo")],
     [("VISIT", "gedib", "actual", {"visitor": ["Lalə Quliyeva"], "destination": ["Oslo"]})]),
    # a signing told by "imza at-" after the document: one trigger with the document noun
    ("Litva və Latviya tranzit sazişinə imza atıblar.",
     [("Litva", COUNTRY, None), ("Latviya", COUNTRY, None)],
     [("AGREE", "sazişinə imza atıblar", "actual", {"party": ["Litva", "Latviya"]})]),
    ("Norveç və Danimarka gələn ay memoranduma imza atacaq.",
     [("Norveç", COUNTRY, None), ("Danimarka", COUNTRY, None)],
     [("AGREE", "memoranduma imza atacaq", "planned", {"party": ["Norveç", "Danimarka"]})]),
    # office taken or left
    ("Kamran Əliyev martın 5-də sədr vəzifəsinin icrasına başlayıb.",
     [("Kamran Əliyev", PERSON, None), ("martın 5-də", DATE, None), ("sədr", TITLE, None)],
     [("APPOINT", "vəzifəsinin icrasına başlayıb", "actual",
       {"person": ["Kamran Əliyev"], "date": ["martın 5-də"], "title": ["sədr"]})]),
    ("Baş prokuror Orxan Səfərli vəzifəsini tərk edib.",
     [("Baş prokuror", TITLE, None), ("Orxan Səfərli", PERSON, None)],
     [("APPOINT", "vəzifəsini tərk edib", "actual", {"title": ["Baş prokuror"], "person": ["Orxan Səfərli"]})]),
]

NON_EVENTS = [
    # "imza at-" after no document: a goal scored, a success achieved
    ("Kamran Əliyev 50-ci dəqiqədə qola imza atıb.", [("Kamran Əliyev", PERSON, None)]),
    ("Norveç yığması tarixi uğura imza atıb.", [("Norveç", COUNTRY, None)]),
    # "get-" after no destination, or as a participle: no visit
    ("Kamran Əliyev sabah işə gedəcək.", [("Kamran Əliyev", PERSON, None)]),
    ("Norveçə gedən turistlərin sayı artıb.", [("Norveçə", COUNTRY, "Norveç")]),
    # "vəzifəsini icra edən" (acting): no appointment
    ("Sədr vəzifəsini icra edən Lalə Quliyeva çıxış edib.", [("Lalə Quliyeva", PERSON, None)]),
]


@pytest.mark.parametrize("text,ents,expected", EVENTS, ids=[t[:32] for t, _, _ in EVENTS])
def test_unseen_events(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


@pytest.mark.parametrize("text,ents", NON_EVENTS, ids=[t[:32] for t, _ in NON_EVENTS])
def test_unseen_non_events(nlp, text, ents):
    assert doc_events(make_doc(nlp, text, ents)) == []


def test_resigning_is_no_visit(nlp):
    # "istefaya get-" stays an APPOINT: "istefaya" is no destination entity
    doc = make_doc(nlp, "Kamran Əliyev istefaya gedəcək.", [("Kamran Əliyev", PERSON, None)])
    assert [(e["type"], e["change"]) for e in doc_events(doc)] == [("APPOINT", "end")]


FRAMED = [
    # after the lead, a framed visit whose destination stands right before it is a new event ...
    ("Kamran Əliyev Bakıda çıxış edib. Sərgi açılıb. Konsert olub. "
     "Orxan Səfərlinin Norveçə rəsmi səfəri zamanı sənədlər hazırlanıb.",
     [("Kamran Əliyev", PERSON, None), ("Bakıda", REGION, "Bakı"), ("Orxan Səfərlinin", PERSON, "Orxan Səfərli"),
      ("Norveçə", COUNTRY, "Norveç")],
     [("VISIT", "səfəri", "actual", {"visitor": ["Orxan Səfərlinin"], "destination": ["Norveçə"]})]),
    # ... and so is a framed meeting with its participant before it ("ilə")
    ("Kamran Əliyev Bakıda çıxış edib. Sərgi açılıb. Konsert olub. "
     "Lalə Quliyeva ilə görüşü zamanı Aygün Həsənova layihədən danışıb.",
     [("Kamran Əliyev", PERSON, None), ("Bakıda", REGION, "Bakı"), ("Lalə Quliyeva", PERSON, None),
      ("Aygün Həsənova", PERSON, None)],
     [("MEET", "görüşü", "actual", {"participant": ["Lalə Quliyeva", "Aygün Həsənova"]})]),
    # ... and so is a framed visit whose possessor stands before it in the genitive (round 7)
    ("Kamran Əliyev Bakıda çıxış edib. Sərgi açılıb. Konsert olub. "
     "Orxan Səfərlinin ölkəmizə dövlət səfəri çərçivəsində sənədlər hazırlanıb.",
     [("Kamran Əliyev", PERSON, None), ("Bakıda", REGION, "Bakı"), ("Orxan Səfərlinin", PERSON, "Orxan Səfərli")],
     [("VISIT", "səfəri", "actual", {"visitor": ["Orxan Səfərlinin"]})]),
]


@pytest.mark.parametrize("text,ents,expected", FRAMED, ids=["visit", "meeting", "possessor"])
def test_framed_with_own_party(nlp, text, ents, expected):
    doc = make_doc(nlp, text, ents)
    assert simple(doc_events(doc)) == expected
    assert doc_events(doc, Options(framed=False)) == []


def test_framed_without_own_party_refers_back(nlp):
    # the entities after the frame are the topic: the meeting was told before
    text = ("Kamran Əliyev Orxan Səfərli ilə görüşüb. Sərgi açılıb. Konsert olub. "
            "Görüş zamanı Norveç ilə Danimarka arasında əlaqələr müzakirə olunub.")
    ents = [("Kamran Əliyev", PERSON, None), ("Orxan Səfərli", PERSON, None), ("Norveç", COUNTRY, None),
            ("Danimarka", COUNTRY, None)]
    assert [e["trigger"]["text"] for e in doc_events(make_doc(nlp, text, ents))] == ["görüşüb"]


def test_framed_bare_trigger_after_a_genitive_refers_back(nlp):
    # "Səfərlinin səfər çərçivəsində ... görüşləri": the bare "səfər" has no possessor; the genitive owns "görüşləri"
    text = ("Kamran Əliyev Bakıda çıxış edib. Sərgi açılıb. Konsert olub. "
            "Orxan Səfərlinin səfər çərçivəsində keçirdiyi görüşlər uğurlu olub.")
    ents = [("Kamran Əliyev", PERSON, None), ("Bakıda", REGION, "Bakı"), ("Orxan Səfərlinin", PERSON, "Orxan Səfərli")]
    assert [e["type"] for e in doc_events(make_doc(nlp, text, ents))] == []


# Round 7: an agreement cited ("razılaşmaya əsasən", "sazişə uyğun olaraq") is no event, even in the lead
CITED = [
    ("Norveç ilə Danimarka arasında razılaşmaya əsasən yük daşımaları artıb.",
     [("Norveç", COUNTRY, None), ("Danimarka", COUNTRY, None)]),
    ("Norveç və Danimarka arasında imzalanmış sazişə uyğun olaraq gömrük rüsumları ləğv edilib.",
     [("Norveç", COUNTRY, None), ("Danimarka", COUNTRY, None)]),
    ("Norveç Paris Sazişi çərçivəsində hesabat təqdim edib.", [("Norveç", COUNTRY, None)]),
]


@pytest.mark.parametrize("text,ents", CITED, ids=["əsasən", "uyğun", "çərçivəsində"])
def test_cited_agreement_is_no_event(nlp, text, ents):
    assert doc_events(make_doc(nlp, text, ents)) == []
    assert [e["type"] for e in doc_events(make_doc(nlp, text, ents), Options(cited=()))] == ["AGREE"]


def test_signed_agreement_stays(nlp):
    doc = make_doc(nlp, "Norveç və Danimarka saziş imzalayıb.", [("Norveç", COUNTRY, None), ("Danimarka", COUNTRY, None)])
    assert [e["type"] for e in doc_events(doc)] == ["AGREE"]


def test_going_needs_the_destination_itself(nlp):
    # "güzəştlərinə getmək" (to make concessions): a common noun after a country is no destination for "get-"
    doc = make_doc(nlp, "Norveç ərazi güzəştlərinə getməli olacaq.", [("Norveç", COUNTRY, None)])
    assert doc_events(doc) == []


def test_framed_weak_trigger_refers_back(nlp):
    # habitual contacts ("təmaslar əsnasında", a weak trigger) frame the sentence even with a party before them
    text = ("Kamran Əliyev Bakıda çıxış edib. Sərgi açılıb. Konsert olub. "
            "Norveçlə təmaslar əsnasında biz Danimarka barədə danışırıq.")
    ents = [("Kamran Əliyev", PERSON, None), ("Bakıda", REGION, "Bakı"), ("Norveçlə", COUNTRY, "Norveç"),
            ("Danimarka", COUNTRY, None)]
    assert doc_events(make_doc(nlp, text, ents)) == []


SITED = [
    ("Nazir Lalə Quliyeva Lənkəranda internat məktəbində olub.",
     [("Nazir", TITLE, None), ("Lalə Quliyeva", PERSON, None), ("Lənkəranda", REGION, "Lənkəran")],
     [("VISIT", "olub", "actual", {"visitor": ["Lalə Quliyeva"], "destination": ["Lənkəranda"]})]),
    # the site named with capitals and numbers, the place in -dakı
    ("Kamran Əliyev martın 2-də Gəncədəki 5 saylı Tam Orta Məktəbində olub.",
     [("Kamran Əliyev", PERSON, None), ("martın 2-də", DATE, None), ("Gəncədəki", REGION, "Gəncə")],
     [("VISIT", "olub", "actual",
       {"visitor": ["Kamran Əliyev"], "date": ["martın 2-də"], "destination": ["Gəncədəki"]})]),
]

NOT_SITED = [
    # a comma between: another clause
    ("Kamran Əliyev Lənkəranda çıxış edib, görüşün sonunda olub.",
     [("Kamran Əliyev", PERSON, None), ("Lənkəranda", REGION, "Lənkəran")]),
    # the word before the verb in no possessive locative: no site
    ("Kamran Əliyev Lənkəranda xəstə olub.", [("Kamran Əliyev", PERSON, None), ("Lənkəranda", REGION, "Lənkəran")]),
    # the place in the direct case before a plain locative noun: "Norveç" is no destination of "olub" here
    ("Kamran Əliyev Norveç səfirliyində işçi olub.", [("Kamran Əliyev", PERSON, None), ("Norveç", COUNTRY, None)]),
]


@pytest.mark.parametrize("text,ents,expected", SITED, ids=["school", "named site"])
def test_sited_visit(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


@pytest.mark.parametrize("text,ents", NOT_SITED, ids=["comma", "no site", "worked at"])
def test_not_sited(nlp, text, ents):
    assert doc_events(make_doc(nlp, text, ents)) == []


def test_light_verb_ends_its_clause(nlp):
    # the entities after the light verb are the next clause's: no visitor after "olacaq", none of "olub"'s
    doc = make_doc(nlp, "Norveçdəki siyasi proseslər diqqət mərkəzində olacaq: Danimarka bunu bildirib.",
                   [("Norveçdəki", COUNTRY, "Norveç"), ("Danimarka", COUNTRY, None)])
    assert doc_events(doc) == []
    doc = make_doc(nlp, "Kamran Əliyev Bakıdakı muzeyində olub, Orxan Səfərlinin xatirəsini yad edib.",
                   [("Kamran Əliyev", PERSON, None), ("Bakıdakı", REGION, "Bakı"), ("Orxan Səfərlinin", PERSON, None)])
    assert simple(doc_events(doc)) == [("VISIT", "olub", "actual", {"visitor": ["Kamran Əliyev"],
                                                                      "destination": ["Bakıdakı"]})]
