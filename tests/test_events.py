"""az_events: triggers with morphology, modality, argument roles, non-events; table tests of sentences
written for these tests (entities given, so that only the events component is tested)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.events.component import Options, add_appointments, doc_events
from pipeline.events.lexicon import Word, verb_modality, word_matches

# (text, [(entity text, label, norm or None)], expected events: [(type, trigger text, modality, {role: [texts]})])
EVENTS = [
    # MEET, each modality
    ("Prezident İlham Əliyev Bakıda Fransa Prezidenti Emmanuel Makron ilə görüşüb.",
     [("Prezident", "TITLE", None), ("İlham Əliyev", "PERSON", None), ("Bakıda", "REGION", "Bakı"),
      ("Fransa", "COUNTRY", None), ("Prezidenti", "TITLE", "Prezident"), ("Emmanuel Makron", "PERSON", None)],
     [("MEET", "görüşüb", "actual",
       {"participant": ["İlham Əliyev", "Emmanuel Makron"], "place": ["Bakıda"]})]),
    ("Baş nazir Əli Əsədov Gürcüstanın Baş naziri İrakli Kobaxidze ilə görüşəcək.",
     [("Baş nazir", "TITLE", None), ("Əli Əsədov", "PERSON", None), ("Gürcüstanın", "COUNTRY", "Gürcüstan"),
      ("Baş naziri", "TITLE", "Baş nazir"), ("İrakli Kobaxidze", "PERSON", None)],
     [("MEET", "görüşəcək", "planned", {"participant": ["Əli Əsədov", "İrakli Kobaxidze"]})]),
    ("Nazir Ceyhun Bayramov Parisdə Fransa nümayəndə heyəti ilə görüşməyib.",
     [("Nazir", "TITLE", None), ("Ceyhun Bayramov", "PERSON", None), ("Parisdə", "REGION", "Paris"),
      ("Fransa", "COUNTRY", None)],
     [("MEET", "görüşməyib", "negated",
       {"participant": ["Ceyhun Bayramov", "Fransa"], "place": ["Parisdə"]})]),
    ("Nazir Mikayıl Cabbarov Almaniya Səfirliyinin nümayəndəsi ilə danışıqlarda iştirak etməyəcək.",
     [("Nazir", "TITLE", None), ("Mikayıl Cabbarov", "PERSON", None),
      ("Almaniya Səfirliyinin", "ORG", "Almaniya Səfirliyi")],
     [("MEET", "danışıqlarda iştirak etməyəcək", "negated",
       {"participant": ["Mikayıl Cabbarov", "Almaniya Səfirliyinin"]})]),
    ("Ceyhun Bayramov Lavrov ilə telefon danışığı aparıb.",
     [("Ceyhun Bayramov", "PERSON", None), ("Lavrov", "PERSON", None)],
     [("MEET", "telefon danışığı aparıb", "actual", {"participant": ["Ceyhun Bayramov", "Lavrov"]})]),
    ("Ceyhun Bayramov Gəncə şəhərində Lavrov ilə görüşüb.",  # the case is on the place word
     [("Ceyhun Bayramov", "PERSON", None), ("Gəncə", "REGION", None), ("Lavrov", "PERSON", None)],
     [("MEET", "görüşüb", "actual", {"participant": ["Ceyhun Bayramov", "Lavrov"], "place": ["Gəncə"]})]),
    # VISIT
    ("Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan Azərbaycana rəsmi səfərə gəlib.",
     [("Türkiyə", "COUNTRY", None), ("Prezidenti", "TITLE", "Prezident"), ("Rəcəb Tayyib Ərdoğan", "PERSON", None),
      ("Azərbaycana", "COUNTRY", "Azərbaycan")],
     [("VISIT", "səfərə gəlib", "actual",
       {"visitor": ["Rəcəb Tayyib Ərdoğan"], "destination": ["Azərbaycana"]})]),
    ("Viktor Orban dekabrın 3-də Bakıya səfər edəcək.",
     [("Viktor Orban", "PERSON", None), ("dekabrın 3-də", "DATE", None), ("Bakıya", "REGION", "Bakı")],
     [("VISIT", "səfər edəcək", "planned",
       {"visitor": ["Viktor Orban"], "destination": ["Bakıya"], "date": ["dekabrın 3-də"]})]),
    ("Vyetnam Prezidenti To Lam Şəhidlər xiyabanını ziyarət edib.",  # "ziyarət et-" takes its place in the accusative
     [("Vyetnam", "COUNTRY", None), ("Prezidenti", "TITLE", "Prezident"), ("To Lam", "PERSON", None),
      ("Şəhidlər xiyabanını", "REGION", "Şəhidlər xiyabanı")],
     [("VISIT", "ziyarət edib", "actual", {"visitor": ["To Lam"], "destination": ["Şəhidlər xiyabanını"]})]),
    # AGREE
    ("Azərbaycan və Özbəkistan arasında enerji sazişi imzalanıb.",
     [("Azərbaycan", "COUNTRY", None), ("Özbəkistan", "COUNTRY", None)],
     [("AGREE", "sazişi imzalanıb", "actual", {"party": ["Azərbaycan", "Özbəkistan"]})]),
    ("SOCAR və BP yeni müqavilə imzalayacaq.",
     [("SOCAR", "ORG", None), ("BP", "ORG", None)],
     [("AGREE", "müqavilə imzalayacaq", "planned", {"party": ["SOCAR", "BP"]})]),
    # FUND
    ("Asiya İnkişaf Bankı Özbəkistana 300 milyon dollar kredit ayırıb.",
     [("Asiya İnkişaf Bankı", "ORG", None), ("Özbəkistana", "COUNTRY", "Özbəkistan"),
      ("300 milyon dollar", "MONEY", None)],
     [("FUND", "kredit ayırıb", "actual",
       {"giver": ["Asiya İnkişaf Bankı"], "receiver": ["Özbəkistana"], "amount": ["300 milyon dollar"]})]),
    ("Layihənin dəyəri 5 milyon manatdır.", [("5 milyon manatdır", "MONEY", None)],
     [("FUND", "Layihənin", "actual", {"amount": ["5 milyon manatdır"]})]),  # a project of stated value
    ("Hökumət Qarabağın bərpasına 2 milyard manat ayıracaq.",
     [("Qarabağın", "REGION", "Qarabağ"), ("2 milyard manat", "MONEY", None)],
     [("FUND", "ayıracaq", "planned", {"amount": ["2 milyard manat"]})]),
    # TRADE
    ("Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 700 milyon dollar olub.",
     [("Azərbaycan", "COUNTRY", None), ("Gürcüstan", "COUNTRY", None), ("700 milyon dollar", "MONEY", None)],
     [("TRADE", "ticarət dövriyyəsi", "actual",
       {"party": ["Azərbaycan", "Gürcüstan"], "amount": ["700 milyon dollar"]})]),
    # APPOINT, start and end, actual and planned; a coordination is one appointment per person
    ("Prezident İlham Əliyev Samir Şərifovu Baş nazirin müavini təyin edib.",
     [("Prezident", "TITLE", None), ("İlham Əliyev", "PERSON", None), ("Samir Şərifovu", "PERSON", "Samir Şərifov"),
      ("Baş nazirin müavini", "TITLE", None)],
     [("APPOINT", "təyin edib", "actual", {"person": ["Samir Şərifovu"], "title": ["Baş nazirin müavini"]})]),
    ("Nazir Arif Məmmədov istefa verib.",
     [("Nazir", "TITLE", None), ("Arif Məmmədov", "PERSON", None)],
     [("APPOINT", "istefa verib", "actual", {"person": ["Arif Məmmədov"], "title": ["Nazir"]})]),
    ("Sahibə Qafarova yenidən Milli Məclisin sədri seçiləcək.",
     [("Sahibə Qafarova", "PERSON", None), ("Milli Məclisin", "ORG", "Milli Məclis"), ("sədri", "TITLE", "sədr")],
     [("APPOINT", "seçiləcək", "planned",
       {"person": ["Sahibə Qafarova"], "org": ["Milli Məclisin"], "title": ["sədri"]})]),
    ("Nazir müavini Rauf Həsənov vəzifəsindən azad edilib.",
     [("Nazir müavini", "TITLE", None), ("Rauf Həsənov", "PERSON", None)],
     [("APPOINT", "vəzifəsindən azad edilib", "actual", {"title": ["Nazir müavini"], "person": ["Rauf Həsənov"]})]),
    ("Kamran Əliyev və Elmar Vəliyev müşavir təyin olunub.",
     [("Kamran Əliyev", "PERSON", None), ("Elmar Vəliyev", "PERSON", None), ("müşavir", "TITLE", None)],
     [("APPOINT", "təyin olunub", "actual", {"person": ["Kamran Əliyev"], "title": ["müşavir"]}),
      ("APPOINT", "təyin olunub", "actual", {"person": ["Elmar Vəliyev"], "title": ["müşavir"]})]),
    # FUND: money directed ("yönəlt-", "yönləndir-")
    ("Avropa İttifaqı Polşaya 7 milyard avro yönəldib.",
     [("Avropa İttifaqı", "ORG", None), ("Polşaya", "COUNTRY", "Polşa"), ("7 milyard avro", "MONEY", None)],
     [("FUND", "yönəldib", "actual",
       {"giver": ["Avropa İttifaqı"], "receiver": ["Polşaya"], "amount": ["7 milyard avro"]})]),
]

# sentences that must yield no event
NON_EVENTS = [
    # statements, opinions, forecasts, prices
    ("Mütəxəssislər bildirib ki, Azərbaycanda investisiya mühiti yaxşılaşır.", [("Azərbaycanda", "COUNTRY", "Azərbaycan")]),
    ("Büdcə gəlirlərinin 2026-cı ildə 35 milyard manat olacağı proqnozlaşdırılır.",
     [("2026-cı ildə", "DATE", None), ("35 milyard manat", "MONEY", None)]),
    ("Brent markalı neftin bir barelinin qiyməti 75 dollar olub.", [("75 dollar", "MONEY", None)]),
    ("Bir kiloqram ətin qiyməti 15 manatdır.", [("15 manatdır", "MONEY", None)]),
    ("Maaşlar 10 faiz artırılıb, orta maaş 1000 manatdır.", [("1000 manatdır", "MONEY", None)]),
    ("Azərbaycan investisiya üçün cəlbedici ölkədir.", [("Azərbaycan", "COUNTRY", None)]),
    # sports results
    ("Qarabağ səfərdə Neftçini 2:1 hesabı ilə məğlub edib.", [("Qarabağ", "ORG", None), ("Neftçini", "ORG", "Neftçi")]),
    ("Komanda növbəti turda Sabahı qəbul edəcək.", [("Sabahı", "ORG", "Sabah")]),
    ("Matçda Qarabağ və Neftçi görüşüb.", [("Qarabağ", "ORG", None), ("Neftçi", "ORG", None)]),
    # a decree is no agreement between parties; "choose" is no appointment without a title
    ("Prezident İlham Əliyev yeni fərman imzalayıb.", [("Prezident", "TITLE", None), ("İlham Əliyev", "PERSON", None)]),
    ("Tələbələr Bakını seçiblər.", [("Bakını", "REGION", "Bakı")]),
    # a meeting with nobody named, a discussion with one party
    ("Görüş baş tutub.", []),
    ("Ceyhun Bayramov məsələni müzakirə edib.", [("Ceyhun Bayramov", "PERSON", None)]),
    # "newly elected president" describes a person, it reports no election
    ("ABŞ-ın yeni seçilmiş Prezidenti Donald Tramp çıxış edib.",
     [("ABŞ-ın", "COUNTRY", "ABŞ"), ("Prezidenti", "TITLE", "Prezident"), ("Donald Tramp", "PERSON", None)]),
    # opinions and forecasts
    ("Ekspertin fikrincə, Rusiya Ukrayna ilə sülh sazişi imzalamalıdır.",
     [("Rusiya", "COUNTRY", None), ("Ukrayna", "COUNTRY", None)]),
    ("Düşünürəm ki, Azərbaycan və Ermənistan tezliklə razılığa gələcək.",
     [("Azərbaycan", "COUNTRY", None), ("Ermənistan", "COUNTRY", None)]),
    # "qarşılan-" of a work received with interest, nobody received
    ("Nigar Həsənzadənin tamaşası Bakıda böyük maraqla qarşılanıb.",
     [("Nigar Həsənzadənin", "PERSON", "Nigar Həsənzadə"), ("Bakıda", "REGION", "Bakı")]),
]


def make_doc(nlp, text: str, ents: list[tuple[str, str, str | None]]) -> Doc:
    """`text` tokenised and split into sentences by the pipeline, with the given entities (each at its
    first occurrence after the previous one)."""
    doc = nlp.get_pipe("az_sentences")(nlp.make_doc(text))
    spans, pos = [], 0
    for ent_text, label, norm in ents:
        start = text.index(ent_text, pos)
        span = doc.char_span(start, start + len(ent_text), label=label)
        assert span is not None, ent_text
        if norm:
            span._.norm = norm
        spans.append(span)
        pos = start + len(ent_text)
    doc.ents = spans
    return doc


def simple(events: list[dict]) -> list[tuple]:
    out = []
    for ev in events:
        roles: dict[str, list[str]] = {}
        for a in ev["args"]:
            roles.setdefault(a["role"], []).append(a["text"])
        out.append((ev["type"], ev["trigger"]["text"], ev["modality"], roles))
    return out


@pytest.mark.parametrize("text,ents,expected", EVENTS, ids=[e[2][0][0] + ":" + e[2][0][2] for e in EVENTS])
def test_events(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


@pytest.mark.parametrize("text,ents", NON_EVENTS, ids=[t[:30] for t, _ in NON_EVENTS])
def test_non_events(nlp, text, ents):
    assert doc_events(make_doc(nlp, text, ents)) == []


def test_appoint_change(nlp):
    doc = make_doc(nlp, "Nazir Arif Məmmədov istefa verib.", [("Nazir", "TITLE", None), ("Arif Məmmədov", "PERSON", None)])
    assert [e["change"] for e in doc_events(doc)] == ["end"]
    doc = make_doc(nlp, "Arif Məmmədov nazir təyin edilib.", [("Arif Məmmədov", "PERSON", None), ("nazir", "TITLE", None)])
    assert [e["change"] for e in doc_events(doc)] == ["start"]
    assert all("change" not in e for e in doc_events(make_doc(nlp, EVENTS[0][0], EVENTS[0][1])))


def test_outlet_and_qualifiers_are_no_arguments(nlp):
    text = "AZƏRTAC xəbər verir ki, Azərbaycanın Xarici İşlər Nazirliyi Fransa Xarici İşlər Nazirliyi ilə görüş keçirib."
    doc = make_doc(nlp, text, [("AZƏRTAC", "ORG", None), ("Azərbaycanın", "COUNTRY", "Azərbaycan"),
                               ("Xarici İşlər Nazirliyi", "ORG", None), ("Fransa Xarici İşlər Nazirliyi", "ORG", None)])
    [event] = simple(doc_events(doc))
    assert event[3] == {"participant": ["Xarici İşlər Nazirliyi", "Fransa Xarici İşlər Nazirliyi"]}


def test_refer_back_is_no_new_event(nlp):
    text = ("Əliyev Makron ilə görüşüb\n"
            "Prezident İlham Əliyev Emmanuel Makron ilə görüşüb.\n"
            "Görüşdə İlham Əliyev iqtisadi əlaqələrdən danışıb.\n"
            "Sonra Makron Əliyev ilə yenidən görüşüb.\n")
    ents = [("Əliyev", "PERSON", None), ("Makron", "PERSON", None), ("Prezident", "TITLE", None),
            ("İlham Əliyev", "PERSON", None), ("Emmanuel Makron", "PERSON", None), ("İlham Əliyev", "PERSON", None),
            ("Makron", "PERSON", None), ("Əliyev", "PERSON", None)]
    doc = make_doc(nlp, text, ents)
    # headline and lead are each an event; the locative opening refers back; the last names nobody new
    assert [e["trigger"]["start"] for e in doc_events(doc)] == [text.index("görüşüb"), text.index("görüşüb.")]
    assert len(doc_events(doc, Options(lead=None))) == 4


@pytest.mark.parametrize("later,later_ents", [
    # the agreement only frames the payment; the meeting only frames what follows
    ("Sazişə əsasən Azərbaycan Qazaxıstana 5 milyon manat ödəyəcək.",
     [("Azərbaycan", "COUNTRY", None), ("Qazaxıstana", "COUNTRY", "Qazaxıstan"), ("5 milyon manat", "MONEY", None)]),
    ("Görüşdən sonra Əliyev və Makron Fransa ilə bəyanat veriblər.",
     [("Əliyev", "PERSON", None), ("Makron", "PERSON", None), ("Fransa", "COUNTRY", None)]),
    ("Görüş zamanı Əliyev Makronu Parisə dəvət edib.",
     [("Əliyev", "PERSON", None), ("Makronu", "PERSON", "Makron"), ("Parisə", "REGION", "Paris")]),
])
def test_frames_refer_back(nlp, later, later_ents):
    text = "Əliyev Makron ilə görüşüb\nPrezident İlham Əliyev Emmanuel Makron ilə saziş imzalayıb.\n" + later
    ents = [("Əliyev", "PERSON", None), ("Makron", "PERSON", None), ("Prezident", "TITLE", None),
            ("İlham Əliyev", "PERSON", None), ("Emmanuel Makron", "PERSON", None)]
    offset = len(text) - len(later)
    later_events = [e for e in doc_events(make_doc(nlp, text, ents + later_ents)) if e["trigger"]["start"] >= offset]
    assert [e["type"] for e in later_events if e["type"] in ("MEET", "AGREE")] == []


@pytest.mark.parametrize("pub_date,modality", [("2025-03-02", "planned"), ("2031-01-05", "actual"), (None, "actual")])
def test_a_date_after_publication_makes_an_event_planned(nlp, pub_date, modality):
    text = "Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsinin 2030-cu ilədək 2 milyard dollar həcmi hədəflənir."
    doc = make_doc(nlp, text, [("Azərbaycan", "COUNTRY", None), ("Gürcüstan", "COUNTRY", None),
                               ("2030-cu ilədək", "DATE", None), ("2 milyard dollar", "MONEY", None)])
    doc.ents[2]._.value = "2030"
    doc._.pub_date = pub_date
    assert [(e["type"], e["modality"]) for e in doc_events(doc)] == [("TRADE", modality)]


def test_cross_sentence_arguments_are_not_taken(nlp):
    text = "Prezident İlham Əliyev çıxış edib.\nO, Bakıda Makron ilə görüşüb."
    doc = make_doc(nlp, text, [("Prezident", "TITLE", None), ("İlham Əliyev", "PERSON", None),
                               ("Bakıda", "REGION", "Bakı"), ("Makron", "PERSON", None)])
    [event] = simple(doc_events(doc))
    assert event[3] == {"place": ["Bakıda"], "participant": ["Makron"]}


@pytest.mark.parametrize("word,stems,expected", [
    ("görüşüb", ("görüş",), "actual"), ("görüşəcək", ("görüş",), "planned"), ("görüşəcəklər", ("görüş",), "planned"),
    ("görüşməyib", ("görüş",), "negated"), ("görüşmək", ("görüş",), "planned"), ("imzalanıb", ("imzalan",), "actual"),
    ("imzalayacağını", ("imzala",), "planned"), ("ayırıb", ("ayır",), "actual"), ("edib", ("et", "ed"), "actual"),
    ("görüşacaq", ("görüş",), None),  # against vowel harmony
    ("görüşlər", ("görüş",), None),  # a noun plural, not a verb form
])
def test_verb_forms(word, stems, expected):
    assert verb_modality(word, stems) == expected


@pytest.mark.parametrize("word,lemma,matches", [
    ("səfərində", "səfər", True), ("danışığının", "danışıq", True), ("investisiyaların", "investisiya", True),
    ("memorandumu", "memorandum", True), ("səfirlik", "səfər", False),
])
def test_noun_forms(word, lemma, matches):
    forms = (lemma, lemma[:-1] + "ğ") if lemma.endswith("q") else (lemma,)
    assert (word_matches(Word(forms, False), word) is not None) == matches


def test_appointments_reach_the_leaders():
    leaders = [{"name": "Arif Məmmədov", "title": "Nazir", "country": None, "org": None, "mentions": [[6, 19]]}]
    events = [{"type": "APPOINT", "trigger": {"start": 20, "end": 32, "text": "istefa verib"}, "modality": "actual",
               "change": "end", "args": [{"role": "person", "start": 6, "end": 19, "label": "PERSON", "text": "Arif Məmmədov"},
                                         {"role": "title", "start": 0, "end": 5, "label": "TITLE", "text": "Nazir"}]}]
    add_appointments(leaders, events)
    assert leaders[0]["appointments"] == [{"change": "end", "modality": "actual", "trigger": "istefa verib",
                                           "title": "Nazir", "org": None, "date": None}]


def test_pipeline_writes_events_to_the_record(nlp):
    import pipeline
    doc = nlp("Asiya İnkişaf Bankı Özbəkistana 300 milyon dollar kredit ayırıb.")
    rec = pipeline.to_record(doc, id="x")
    funds = [e for e in rec["events"] if e["type"] == "FUND"]
    assert funds and funds[0]["trigger"]["text"] == "kredit ayırıb"
    money = [a for a in funds[0]["args"] if a["role"] == "amount"]
    assert money[0]["amount"] == 300000000 and money[0]["currency"] == "USD"


def test_declares_what_it_needs(nlp):
    meta = nlp.get_pipe_meta("az_events")
    assert "doc._.events" in meta.assigns and "doc.ents" in meta.requires
    assert not nlp.analyze_pipes()["problems"]["az_events"]
