"""The rules that tell an event from a mention of one (pipeline/events/clauses.py and component.py):
table tests of sentences written for these tests, entities given, so that only az_events is tested."""
from __future__ import annotations

import pytest

from pipeline.events.component import Options, doc_events
from pipeline.events.lexicon import vetoed
from tests.test_events import make_doc, simple

PERSON, TITLE, ORG, COUNTRY, DATE, MONEY = "PERSON", "TITLE", "ORG", "COUNTRY", "DATE", "MONEY"

# (text, [(entity text, label, norm or None)], expected [(type, trigger, modality, {role: [texts]})])
EVENTS = [
    # "qəbul et-" and "qarşıla-" with someone received right before them are meetings
    ("Prezident İlham Əliyev Fransa səfirini qəbul edib.",
     [("Prezident", TITLE, None), ("İlham Əliyev", PERSON, None), ("Fransa", COUNTRY, None)],
     [("MEET", "qəbul edib", "actual", {"participant": ["İlham Əliyev", "Fransa"]})]),
    ("Nazir Ceyhun Bayramov Pakistan nümayəndə heyətini qəbul edəcək.",
     [("Nazir", TITLE, None), ("Ceyhun Bayramov", PERSON, None), ("Pakistan", COUNTRY, None)],
     [("MEET", "qəbul edəcək", "planned", {"participant": ["Ceyhun Bayramov", "Pakistan"]})]),
    ("Prezident İlham Əliyev Kanada səfiri Con Smitin etimadnaməsini qəbul edib.",
     [("Prezident", TITLE, None), ("İlham Əliyev", PERSON, None), ("Kanada", COUNTRY, None),
      ("səfiri", TITLE, "səfir"), ("Con Smitin", PERSON, "Con Smit")],
     [("MEET", "qəbul edib", "actual", {"participant": ["İlham Əliyev", "Con Smitin"]})]),
    ("Ərdoğan hava limanında Kassım-Jomart Tokayevi qarşılayıb.",
     [("Ərdoğan", PERSON, None), ("Kassım-Jomart Tokayevi", PERSON, "Kassım-Jomart Tokayev")],
     [("MEET", "qarşılayıb", "actual", {"participant": ["Ərdoğan", "Kassım-Jomart Tokayevi"]})]),
    # the verb comes last in its clause: what stands between two triggers of a type is the second's
    ("2019-cu ildə Arif Məmmədov sədr seçilib, 2023-cü ildə isə yenidən seçilib.",
     [("2019-cu ildə", DATE, None), ("Arif Məmmədov", PERSON, None), ("sədr", TITLE, None),
      ("2023-cü ildə", DATE, None)],
     [("APPOINT", "seçilib", "actual", {"date": ["2019-cu ildə"], "person": ["Arif Məmmədov"], "title": ["sədr"]}),
      ("APPOINT", "seçilib", "actual", {"person": ["Arif Məmmədov"], "title": ["sədr"], "date": ["2023-cü ildə"]})]),
    # "seç-" elects with the title right before it
    ("Deputatlar Sahibə Qafarovanı yenidən Milli Məclisin sədri seçiblər.",
     [("Sahibə Qafarovanı", PERSON, "Sahibə Qafarova"), ("Milli Məclisin", ORG, "Milli Məclis"), ("sədri", TITLE, "sədr")],
     [("APPOINT", "seçiblər", "actual",
       {"person": ["Sahibə Qafarovanı"], "org": ["Milli Məclisin"], "title": ["sədri"]})]),
    # a signing verb speaks for the documents of its sentence: one agreement
    ("Nazirlər Rəşad Nəbiyev və Erlan Karin saziş və memorandum imzalayıblar.",
     [("Rəşad Nəbiyev", PERSON, None), ("Erlan Karin", PERSON, None)],
     [("AGREE", "memorandum imzalayıblar", "actual", {"party": ["Rəşad Nəbiyev", "Erlan Karin"]})]),
    # an organisation in the genitive qualifies the document: the signatories are the parties
    ("Ali Dövlətlərarası Şurasının Qərarını İlham Əliyev və Şavkat Mirziyoyev imzalayıblar.",
     [("Ali Dövlətlərarası Şurasının", ORG, "Ali Dövlətlərarası Şura"), ("İlham Əliyev", PERSON, None),
      ("Şavkat Mirziyoyev", PERSON, None)],
     [("AGREE", "imzalayıblar", "actual", {"party": ["İlham Əliyev", "Şavkat Mirziyoyev"]})]),
    # "-a bilər" (may): planned, for a verb and for a noun trigger
    ("Azərbaycan və Qazaxıstan gələn ay saziş imzalaya bilər.",
     [("Azərbaycan", COUNTRY, None), ("Qazaxıstan", COUNTRY, None)],
     [("AGREE", "saziş imzalaya", "planned", {"party": ["Azərbaycan", "Qazaxıstan"]})]),
    # "nəzərdə tutulur" (is envisaged) anywhere in the sentence: planned
    ("Qarabağda yeni zavod üçün Azərbaycana 700 milyon dollar investisiya yatırılması nəzərdə tutulur.",
     [("Azərbaycana", COUNTRY, "Azərbaycan"), ("700 milyon dollar", MONEY, None)],
     [("FUND", "investisiya yatırılması", "planned", {"receiver": ["Azərbaycana"], "amount": ["700 milyon dollar"]})]),
    ("Rusiya ilə Ukrayna arasında danışıqlar İstanbulda aparıla bilər.",
     [("Rusiya", COUNTRY, None), ("Ukrayna", COUNTRY, None), ("İstanbulda", "REGION", "İstanbul")],
     [("MEET", "danışıqlar", "planned",
       {"participant": ["Rusiya", "Ukrayna"], "place": ["İstanbulda"]})]),
    # attending a ceremony together is a meeting of two states' leaders
    ("Azərbaycan və Türkiyə prezidentləri Ankarada zavodun açılış mərasimində iştirak ediblər.",
     [("Azərbaycan", COUNTRY, None), ("Türkiyə", COUNTRY, None), ("Ankarada", "REGION", "Ankara")],
     [("MEET", "iştirak ediblər", "actual", {"participant": ["Azərbaycan", "Türkiyə"], "place": ["Ankarada"]})]),
    # a genitive trigger after a passive participle is talks that were held, not a topic
    ("Qazaxıstan ilə Qırğızıstan arasında aparılan danışıqların nəticələri açıqlanıb.",
     [("Qazaxıstan", COUNTRY, None), ("Qırğızıstan", COUNTRY, None)],
     [("MEET", "danışıqların", "actual", {"participant": ["Qazaxıstan", "Qırğızıstan"]})]),
    # ... or followed by its outcome or opening
    ("Tokayev ilə Mirziyoyevin görüşünün nəticələri açıqlanıb.",
     [("Tokayev", PERSON, None), ("Mirziyoyevin", PERSON, "Mirziyoyev")],
     [("MEET", "görüşünün", "actual", {"participant": ["Tokayev", "Mirziyoyevin"]})]),
]

NON_EVENTS = [
    # "qəbul et-" of a decision, a law, an offer, a member; "qarşıla-" of a statement
    ("Parlament Gürcüstan ilə bağlı yeni qanunu qəbul edib.", [("Gürcüstan", COUNTRY, None)]),
    ("BMT Baş Assambleyası Rusiya barədə qətnamə qəbul edib.",
     [("BMT Baş Assambleyası", ORG, None), ("Rusiya", COUNTRY, None)]),
    ("Ukrayna ABŞ-ın atəşkəs təklifini qəbul etməyə hazırdır.",
     [("Ukrayna", COUNTRY, None), ("ABŞ-ın", COUNTRY, "ABŞ")]),
    ("Azərbaycanın D-8 təşkilatına üzv qəbul edilməsi alqışlanıb.",
     [("Azərbaycanın", COUNTRY, "Azərbaycan"), ("D-8", ORG, None)]),
    ("Fransa Azərbaycan ilə Ermənistanın bəyanatını müsbət qarşılayıb.",
     [("Fransa", COUNTRY, None), ("Azərbaycan", COUNTRY, None), ("Ermənistanın", COUNTRY, "Ermənistan")]),
    # a document or a meeting in the genitive is the topic, not the event
    ("Azərbaycan ilə Gürcüstan arasındakı sazişin icrasına nəzarət gücləndirilib.",
     [("Azərbaycan", COUNTRY, None), ("Gürcüstan", COUNTRY, None)]),
    ("Rusiya XİN Ukrayna ilə danışıqların şərtlərini açıqlayıb.",
     [("Rusiya XİN", ORG, None), ("Ukrayna", COUNTRY, None)]),
    # "seç-" with the title far from it is "choose"
    ("Prezident İlham Əliyev bu yolu xalqımızın özünün seçdiyi yol adlandırıb.",
     [("Prezident", TITLE, None), ("İlham Əliyev", PERSON, None)]),
    # a bare noun trigger before a possessive noun names its kind: a process, a group, a draft
    ("Ermənistan Azərbaycan ilə danışıqlar prosesini uzadır.",
     [("Ermənistan", COUNTRY, None), ("Azərbaycan", COUNTRY, None)]),
    ("ABŞ Ukraynaya saziş layihəsi təqdim edib.", [("ABŞ", COUNTRY, None), ("Ukraynaya", COUNTRY, "Ukrayna")]),
    # sports results: a league round, a score, a cup
    ("Azərbaycan Kubokunda Qarabağ ilə Sabahın görüşü keçirilib.",
     [("Qarabağ", ORG, None), ("Sabahın", ORG, "Sabah")]),
    ("Premyer Liqanın XV turunda Everton Liverpulu qəbul edib.",
     [("Everton", ORG, None), ("Liverpulu", ORG, "Liverpul")]),
    ("Rəşad Sadıqov finlandiyalı Matias Lipasti ilə görüşdə 11:0 üstünlük qazanıb.",
     [("Rəşad Sadıqov", PERSON, None), ("Matias Lipasti", PERSON, None)]),
    # an official at a ceremony at home is no meeting, even with the company named
    ("Prezident İlham Əliyev “Azərsun” şirkətinin yeni fabrikinin açılışında iştirak edib.",
     [("Prezident", TITLE, None), ("İlham Əliyev", PERSON, None), ("Azərsun", ORG, None)]),
    # a bare noun trigger before a possessive in a case: "the negotiating table"
    ("ABŞ Ukrayna ilə danışıqlar masasına qayıdıb.", [("ABŞ", COUNTRY, None), ("Ukrayna", COUNTRY, None)]),
    # a league round's match ("turun görüşündə")
    ("XX turun görüşündə Sabah Araz ilə heç-heçə edib.", [("Sabah", ORG, None), ("Araz", ORG, None)]),
]


@pytest.mark.parametrize("text,ents,expected", EVENTS, ids=[t[:32] for t, _, _ in EVENTS])
def test_event_rules(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


@pytest.mark.parametrize("text,ents", NON_EVENTS, ids=[t[:32] for t, _ in NON_EVENTS])
def test_mentions_are_no_events(nlp, text, ents):
    assert doc_events(make_doc(nlp, text, ents)) == []


def test_rules_can_be_switched_off(nlp):
    """Each rule is a config switch (chosen by benchmarks/events_cv.py): off, the mention is an event."""
    decision = make_doc(nlp, NON_EVENTS[1][0], NON_EVENTS[1][1])
    assert [e["type"] for e in doc_events(decision, Options(guests=False))] == ["MEET"]
    topic = make_doc(nlp, NON_EVENTS[5][0], NON_EVENTS[5][1])
    assert [e["type"] for e in doc_events(topic, Options(genitive=()))] == ["AGREE"]
    draft = make_doc(nlp, NON_EVENTS[9][0], NON_EVENTS[9][1])
    assert [e["type"] for e in doc_events(draft, Options(compound=()))] == ["AGREE"]
    choice = make_doc(nlp, NON_EVENTS[7][0], NON_EVENTS[7][1])
    assert [e["type"] for e in doc_events(choice, Options(adjacent=False))] == ["APPOINT"]
    text, ents, _ = EVENTS[4]
    dates = [[a["text"] for a in e["args"] if a["role"] == "date"]
             for e in doc_events(make_doc(nlp, text, ents), Options(verb_final=False))]
    assert dates == [["2023-cü ildə"], ["2023-cü ildə"]]
    ceremony = make_doc(nlp, NON_EVENTS[13][0], NON_EVENTS[13][1])
    assert [e["type"] for e in doc_events(ceremony, Options(bilateral=False))] == ["MEET"]
    table = make_doc(nlp, NON_EVENTS[14][0], NON_EVENTS[14][1])
    assert [e["type"] for e in doc_events(table, Options(cased=False))] == ["MEET"]
    for text, ents, _ in EVENTS[-2:]:
        assert doc_events(make_doc(nlp, text, ents), Options(described=False)) == []


def test_refer_back_after_the_reporting_clause(nlp):
    text = ("Əliyev Makron ilə görüşüb\n"
            "Prezident İlham Əliyev Emmanuel Makron ilə görüşüb.\n"
            "AZƏRTAC xəbər verir ki, görüşdə Fransa ilə əlaqələr müzakirə olunub.\n")
    ents = [("Əliyev", PERSON, None), ("Makron", PERSON, None), ("Prezident", TITLE, None),
            ("İlham Əliyev", PERSON, None), ("Emmanuel Makron", PERSON, None), ("AZƏRTAC", ORG, None),
            ("Fransa", COUNTRY, None)]
    doc = make_doc(nlp, text, ents)
    assert [e["trigger"]["text"] for e in doc_events(doc)] == ["görüşüb", "görüşüb"]
    assert [e["trigger"]["text"] for e in doc_events(doc, Options(clause=False))] == ["görüşüb", "görüşüb", "görüşdə"]


@pytest.mark.parametrize("word,vetoes", [("3:1", True), ("11:0", True), ("10:30", False), ("2025", False)])
def test_a_score_vetoes_a_meeting(word, vetoes):
    assert vetoed("MEET", [word]) is vetoes


def test_a_participle_closes_no_clause(nlp):
    """"ayrılmış kredit" qualifies the credit: the amounts before it stay with the investment."""
    text = "Zavoda ümumi investisiya 38 milyon manatdır, bunun 5 milyon manatı Fond tərəfindən ayrılmış kreditdir."
    ents = [("38 milyon manatdır", MONEY, None), ("5 milyon manatı", MONEY, None), ("Fond", ORG, None)]
    amounts = {e["trigger"]["text"]: [a["text"] for a in e["args"] if a["role"] == "amount"]
               for e in doc_events(make_doc(nlp, text, ents))}
    assert amounts["investisiya"] == ["38 milyon manatdır"]


@pytest.mark.parametrize("text,ents,visitor", [
    ("Kral Həməd Bəhreyndə səfərdə olan Heydər Əliyev Fondunun nümayəndə heyətini qəbul edib.",
     [("Həməd", PERSON, None), ("Bəhreyndə", COUNTRY, "Bəhreyn"), ("Heydər Əliyev Fondunun", ORG, "Heydər Əliyev Fondu")],
     ["Heydər Əliyev Fondunun"]),
    ("Fondun layihəsi çərçivəsində Ruandaya səfər edən vitse-prezident Leyla Əliyeva məktəbdə olub.",
     [("Fondun", ORG, "Fond"), ("Ruandaya", COUNTRY, "Ruanda"), ("Leyla Əliyeva", PERSON, None)],
     ["Leyla Əliyeva"]),
])
def test_a_participle_visit_has_its_visitor_after_it(nlp, text, ents, visitor):
    """"səfərdə olan X", "səfər edən X": X is the visitor, the subject or a possessor before is not."""
    [visit] = [e for e in doc_events(make_doc(nlp, text, ents)) if e["type"] == "VISIT"]
    assert [a["text"] for a in visit["args"] if a["role"] == "visitor"] == visitor
    [visit] = [e for e in doc_events(make_doc(nlp, text, ents), Options(relative=())) if e["type"] == "VISIT"]
    assert [a["text"] for a in visit["args"] if a["role"] == "visitor"] != visitor


def test_an_ablative_noun_is_no_participle(nlp):
    """"görüşdən sonra" ends in -ən like a participle: the meeting keeps the parties before it."""
    text = "Donald Tramp və Volodimir Zelenski Vaşinqtonda keçirilmiş görüşdən sonra bəyanat yayıblar."
    ents = [("Donald Tramp", PERSON, None), ("Volodimir Zelenski", PERSON, None), ("Vaşinqtonda", "REGION", "Vaşinqton")]
    assert simple(doc_events(make_doc(nlp, text, ents))) == [
        ("MEET", "görüşdən", "actual", {"participant": ["Donald Tramp", "Volodimir Zelenski"], "place": ["Vaşinqtonda"]})]
