"""Issue 15: visits told by a light verb right after the destination ("Bakıya gəlib", "Gəncə şəhərində
olub": triggers.tsv `needs: arrival`, clauses.py `arrives`) and agreements reached ("razılıq əldə
olunub"). Table tests of sentences written for these tests, entities given, so that only az_events is
tested."""
from __future__ import annotations

import pytest

from pipeline.events.component import Options, doc_events
from tests.test_events import make_doc, simple

PERSON, TITLE, ORG, COUNTRY, REGION, DATE = "PERSON", "TITLE", "ORG", "COUNTRY", "REGION", "DATE"

EVENTS = [
    ("Prezident Ərdoğan Bakıya gəlib.",
     [("Prezident", TITLE, None), ("Ərdoğan", PERSON, None), ("Bakıya", REGION, "Bakı")],
     [("VISIT", "gəlib", "actual", {"visitor": ["Ərdoğan"], "destination": ["Bakıya"]})]),
    # the case sits on the place word after the name
    ("Nazir Samir Nuriyev martın 3-də Lənkəran şəhərində olub.",
     [("Nazir", TITLE, None), ("Samir Nuriyev", PERSON, None), ("martın 3-də", DATE, None),
      ("Lənkəran", REGION, None)],
     [("VISIT", "olub", "actual", {"visitor": ["Samir Nuriyev"], "date": ["martın 3-də"], "destination": ["Lənkəran"]})]),
    # an organisation in the locative is a destination too
    ("Aygün Həsənova və Lalə Quliyeva Milli Kitabxanada olublar.",
     [("Aygün Həsənova", PERSON, None), ("Lalə Quliyeva", PERSON, None), ("Milli Kitabxanada", ORG, "Milli Kitabxana")],
     [("VISIT", "olublar", "actual",
       {"visitor": ["Aygün Həsənova", "Lalə Quliyeva"], "destination": ["Milli Kitabxanada"]})]),
    # the ending states the modality
    ("Gələn həftə Tokayev Gəncəyə gələcək.",
     [("Tokayev", PERSON, None), ("Gəncəyə", REGION, "Gəncə")],
     [("VISIT", "gələcək", "planned", {"visitor": ["Tokayev"], "destination": ["Gəncəyə"]})]),
    ("Nümayəndə heyəti ilə Orxan Səfərli Ankaraya yollanıb.",
     [("Orxan Səfərli", PERSON, None), ("Ankaraya", REGION, "Ankara")],
     [("VISIT", "yollanıb", "actual", {"visitor": ["Orxan Səfərli"], "destination": ["Ankaraya"]})]),
    # "səfərdə olub" stays the noun's one visit: the light verb has no place right before it
    ("Nazir Rauf Əliyev Macarıstanda səfərdə olub.",
     [("Nazir", TITLE, None), ("Rauf Əliyev", PERSON, None), ("Macarıstanda", COUNTRY, "Macarıstan")],
     [("VISIT", "səfərdə", "actual", {"visitor": ["Rauf Əliyev"], "destination": ["Macarıstanda"]})]),
    # the place names a common noun that bears the case
    ("Prezident Tokayev və Sadır Japarov “Ala-Too” istirahət mərkəzində olublar.",
     [("Prezident", TITLE, None), ("Tokayev", PERSON, None), ("Sadır Japarov", PERSON, None), ("Ala-Too", ORG, None)],
     [("VISIT", "olublar", "actual", {"visitor": ["Tokayev", "Sadır Japarov"], "destination": ["Ala-Too"]})]),
    # an agreement reached
    ("Gürcüstan ilə Ermənistan arasında tranzit barədə razılıq əldə olunub.",
     [("Gürcüstan", COUNTRY, None), ("Ermənistan", COUNTRY, None)],
     [("AGREE", "razılıq əldə olunub", "actual", {"party": ["Gürcüstan", "Ermənistan"]})]),
]

NON_EVENTS = [
    # a word between the place and the verb: killed, lost, a fire
    ("Türkiyənin iki əsgəri Suriyada həlak olub.", [("Türkiyənin", COUNTRY, "Türkiyə"), ("Suriyada", COUNTRY, "Suriya")]),
    ("Qazaxıstan millisi Gürcüstana məğlub olub.", [("Qazaxıstan", COUNTRY, None), ("Gürcüstana", COUNTRY, "Gürcüstan")]),
    # a noun after the place in no case of a destination: "was the embassy's representative"
    ("Kamran Əliyev Almaniya səfirliyinin nümayəndəsi olub.", [("Kamran Əliyev", PERSON, None), ("Almaniya", COUNTRY, None)]),
    # no visitor named
    ("Sərgi Bakıda olub.", [("Bakıda", REGION, "Bakı")]),
    ("Parkın açılışı 2023-cü il mayın 5-də olub.", [("2023-cü il mayın 5-də", DATE, None)]),
    # participles and verbal nouns describe, they report no visit
    ("Norveçə gələn turistlərin sayı artıb.", [("Norveçə", COUNTRY, "Norveç")]),
    ("Kamran Əliyev Fransaya gəlmiş qonaqları salamlayıb.", [("Kamran Əliyev", PERSON, None), ("Fransaya", COUNTRY, "Fransa")]),
    ("Makron ən yaxşı təhsilin Fransada olduğunu deyib.", [("Makron", PERSON, None), ("Fransada", COUNTRY, "Fransa")]),
    # "razılığa gəl-" is an agreement, not an arrival; "razılıq ver-" is consent
    ("Rusiya buna razılıq verib.", [("Rusiya", COUNTRY, None)]),
]


@pytest.mark.parametrize("text,ents,expected", EVENTS, ids=[t[:32] for t, _, _ in EVENTS])
def test_arrivals(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


@pytest.mark.parametrize("text,ents", NON_EVENTS, ids=[t[:32] for t, _ in NON_EVENTS])
def test_no_arrival(nlp, text, ents):
    assert doc_events(make_doc(nlp, text, ents)) == []


def test_agreement_reached_is_not_an_arrival(nlp):
    text = "Litva və Latviya razılığa gəliblər."
    doc = make_doc(nlp, text, [("Litva", COUNTRY, None), ("Latviya", COUNTRY, None)])
    assert [e["type"] for e in doc_events(doc)] == ["AGREE"]


def test_arrival_can_be_switched_off(nlp):
    text, ents, _ = EVENTS[0]
    assert doc_events(make_doc(nlp, text, ents), Options(arrival=False)) == []
    text, ents, _ = EVENTS[6]  # the place named before its common noun
    assert doc_events(make_doc(nlp, text, ents), Options(arrival=False)) == []
