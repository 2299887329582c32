"""Issue 15, round 6: a second finite signing verb of a sentence takes only the entities after the first
(`Options.clauses`): the first verb ends its clause, so the parties before it are the first agreement's.
Table tests of sentences written for these tests, entities given, so that only az_events is tested."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.events.component import Options, doc_events
from tests.test_events import make_doc, simple

COUNTRY = "COUNTRY"
LEAD = "Başlıq. Giriş. "  # after the headline and lead, where refer-backs count

EVENTS = [
    (LEAD + "Norveç və Gürcüstan saziş imzalayıb, sonra Türkiyə və İran memorandum imzalayıb.",
     [("Norveç", COUNTRY, None), ("Gürcüstan", COUNTRY, None), ("Türkiyə", COUNTRY, None), ("İran", COUNTRY, None)],
     [("AGREE", "saziş imzalayıb", "actual", {"party": ["Norveç", "Gürcüstan"]}),
      ("AGREE", "memorandum imzalayıb", "actual", {"party": ["Türkiyə", "İran"]})]),
    (LEAD + "Norveç və Gürcüstan saziş imzalayıb, İran isə memorandum imzalayacaq.",
     [("Norveç", COUNTRY, None), ("Gürcüstan", COUNTRY, None), ("İran", COUNTRY, None)],
     [("AGREE", "saziş imzalayıb", "actual", {"party": ["Norveç", "Gürcüstan"]}),
      ("AGREE", "memorandum imzalayacaq", "planned", {"party": ["İran"]})]),
]


@pytest.mark.parametrize("text,ents,expected", EVENTS, ids=[t[15:47] for t, _, _ in EVENTS])
def test_second_signing_takes_its_own_parties(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


def test_clause_split_can_be_switched_off(nlp):
    text, ents, _ = EVENTS[1]
    second = simple(doc_events(make_doc(nlp, text, ents), replace(Options(), clauses=())))[1]
    assert second[3] == {"party": ["Norveç", "Gürcüstan", "İran"]}

