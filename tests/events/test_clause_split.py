"""Issue 15, round 6: a second finite signing verb of a sentence takes only the entities after the first
(`Options.clauses`): the first verb ends its clause, so the parties before it are the first agreement's.
Round 7: a second meeting or visit verb does the same but shares the subject before the first verb
(`Options.shared`, events/matches.py). Table tests of sentences written for these tests, entities given, so that only az_events is tested."""
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


PERSON = "PERSON"

# Issue 15, round 7: MEET and VISIT share the subject before the first verb (`Options.shared`)
SHARED = [
    (LEAD + "Kamran Əliyev Orxan Səfərli ilə görüşüb, sonra Lalə Quliyeva ilə görüşüb.",
     [("Kamran Əliyev", PERSON, None), ("Orxan Səfərli", PERSON, None), ("Lalə Quliyeva", PERSON, None)],
     [("MEET", "görüşüb", "actual", {"participant": ["Kamran Əliyev", "Orxan Səfərli"]}),
      ("MEET", "görüşüb", "actual", {"participant": ["Kamran Əliyev", "Lalə Quliyeva"]})]),
    (LEAD + "Aygün Həsənova Norveçə səfər edib, daha sonra Danimarkaya səfər edəcək.",
     [("Aygün Həsənova", PERSON, None), ("Norveçə", COUNTRY, "Norveç"), ("Danimarkaya", COUNTRY, "Danimarka")],
     [("VISIT", "səfər edib", "actual", {"visitor": ["Aygün Həsənova"], "destination": ["Norveçə"]}),
      ("VISIT", "səfər edəcək", "planned", {"visitor": ["Aygün Həsənova"], "destination": ["Danimarkaya"]})]),
]



@pytest.mark.parametrize("text,ents,expected", EVENTS + SHARED, ids=[t[15:47] for t, _, _ in EVENTS + SHARED])
def test_second_verb_takes_its_own_clause(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


@pytest.mark.parametrize("case,switch,roles", [
    (EVENTS[1], {"clauses": ()}, {"party": ["Norveç", "Gürcüstan", "İran"]}),
    (SHARED[0], {"shared": ()}, {"participant": ["Kamran Əliyev", "Orxan Səfərli", "Lalə Quliyeva"]})],
    ids=["clauses", "shared"])
def test_clause_split_can_be_switched_off(nlp, case, switch, roles):
    text, ents, _ = case
    second = simple(doc_events(make_doc(nlp, text, ents), replace(Options(), **switch)))[1]
    assert second[3] == roles
