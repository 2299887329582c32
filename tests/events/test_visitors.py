"""Issue 15, round 6: who is no visitor. A name in the genitive that owns the site visited right before
a verb trigger is the host ("evinə baş çəkib"), whoever orders a trip ("getməyi tapşırıb") does not
make it. Table tests of sentences written for these tests, entities given, so that only az_events is
tested."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.events.component import Options, doc_events
from tests.test_events import make_doc, simple

PERSON, COUNTRY, REGION, ORG = "PERSON", "COUNTRY", "REGION", "ORG"

EVENTS = [
    # the genitive owns the site: the host
    ("Kamran Əliyev Orxan Səfərlinin evinə baş çəkib.",
     [("Kamran Əliyev", PERSON, None), ("Orxan Səfərlinin", PERSON, "Orxan Səfərli")],
     [("VISIT", "baş çəkib", "actual", {"visitor": ["Kamran Əliyev"]})]),
    ("Lalə Quliyeva Norveçin səfirliyinə baş çəkəcək.",
     [("Lalə Quliyeva", PERSON, None), ("Norveçin", COUNTRY, "Norveç")],
     [("VISIT", "baş çəkəcək", "planned", {"visitor": ["Lalə Quliyeva"]})]),
    ("Lalə Quliyeva Orxan Səfərlinin məzarını ziyarət edib.",
     [("Lalə Quliyeva", PERSON, None), ("Orxan Səfərlinin", PERSON, "Orxan Səfərli")],
     [("VISIT", "ziyarət edib", "actual", {"visitor": ["Lalə Quliyeva"]})]),
    # a noun trigger keeps its possessor: his own visit
    ("Orxan Səfərlinin Norveçə səfəri başlayıb.",
     [("Orxan Səfərlinin", PERSON, "Orxan Səfərli"), ("Norveçə", COUNTRY, "Norveç")],
     [("VISIT", "səfəri", "actual", {"visitor": ["Orxan Səfərlinin"], "destination": ["Norveçə"]})]),
    # a genitive not followed by the site (a name before the destination entity) stays
    ("Kamran Əliyev Norveçə gedib.",
     [("Kamran Əliyev", PERSON, None), ("Norveçə", COUNTRY, "Norveç")],
     [("VISIT", "gedib", "actual", {"visitor": ["Kamran Əliyev"], "destination": ["Norveçə"]})]),
]

NON_EVENTS = [
    # the orderer is no visitor, and the negotiators sent are no named party
    ("Kamran Əliyev nümayəndə heyətinə sabah Norveçə getməyi tapşırıb.",
     [("Kamran Əliyev", PERSON, None), ("Norveçə", COUNTRY, "Norveç")]),
    ("Norveçin Baş naziri danışıqçılara Lənkərana getməyə göstəriş verib.",
     [("Norveçin", COUNTRY, "Norveç"), ("Lənkərana", REGION, "Lənkəran")]),
]


@pytest.mark.parametrize("text,ents,expected", EVENTS, ids=[t[:32] for t, _, _ in EVENTS])
def test_visitors(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


@pytest.mark.parametrize("text,ents", NON_EVENTS, ids=[t[:32] for t, _ in NON_EVENTS])
def test_orderer_is_no_visitor(nlp, text, ents):
    assert doc_events(make_doc(nlp, text, ents)) == []


def test_a_visit_asked_for_keeps_its_visitor(nlp):
    # a verbal noun before no order word ("getməyi planlaşdırır"): the subject plans his own trip
    doc = make_doc(nlp, "Kamran Əliyev Norveçə getməyi planlaşdırır.",
                   [("Kamran Əliyev", PERSON, None), ("Norveçə", COUNTRY, "Norveç")])
    assert [a["text"] for e in doc_events(doc) for a in e["args"] if a["role"] == "visitor"] == ["Kamran Əliyev"]


def test_hosts_can_be_switched_off(nlp):
    doc = make_doc(nlp, "Kamran Əliyev Orxan Səfərlinin evinə baş çəkib.",
                   [("Kamran Əliyev", PERSON, None), ("Orxan Səfərlinin", PERSON, "Orxan Səfərli")])
    visitors = [a["text"] for e in doc_events(doc, replace(Options(), hosts=False)) for a in e["args"]]
    assert visitors == ["Kamran Əliyev", "Orxan Səfərlinin"]
