"""Issue 15, round 4: phone calls told by "telefon söhbəti" between two named parties, and receptions whose guest the ner left half-named ("[Feridun] Sinirlioğlunu qəbul
edib": clauses.py `cut_surname`) or named by an office noun of guests.tsv ("komissarını",
"müşavirini"). Table tests of sentences written for these tests, entities given, so that only
az_events is tested."""
from __future__ import annotations

import pytest

from pipeline.events.component import Options, doc_events
from tests.test_events import make_doc, simple

PERSON, TITLE, ORG, COUNTRY = "PERSON", "TITLE", "ORG", "COUNTRY"

EVENTS = [
    # the ner took the first name only: the surname in the accusative is the guest
    ("Prezident Kamran Əliyev BMT-nin Baş katibi Orxan Səfərlini qəbul edib.",
     [("Prezident", TITLE, None), ("Kamran Əliyev", PERSON, None), ("BMT-nin", ORG, None),
      ("Baş katibi", TITLE, None), ("Orxan", PERSON, None)],
     # (the organisation qualifies a named guest's title: no party)
     [("MEET", "qəbul edib", "actual", {"participant": ["Kamran Əliyev", "Orxan"]})]),
    ("Nazir Lalə Quliyeva Aygün Həsənovanı qəbul edəcək.",
     [("Nazir", TITLE, None), ("Lalə Quliyeva", PERSON, None), ("Aygün", PERSON, None)],
     [("MEET", "qəbul edəcək", "planned", {"participant": ["Lalə Quliyeva", "Aygün"]})]),
    # an office noun in the accusative names the guest
    ("Prezident Kamran Əliyev Aİ-nin ticarət üzrə komissarını qəbul edib.",
     [("Prezident", TITLE, None), ("Kamran Əliyev", PERSON, None), ("Aİ-nin", ORG, None)],
     [("MEET", "qəbul edib", "actual", {"participant": ["Kamran Əliyev", "Aİ-nin"]})]),
    ("Baş nazir Orxan Səfərli Norveç Kralının müşavirini qəbul edib.",
     [("Baş nazir", TITLE, None), ("Orxan Səfərli", PERSON, None), ("Norveç", COUNTRY, None)],
     [("MEET", "qəbul edib", "actual", {"participant": ["Orxan Səfərli", "Norveç"]})]),
    ("Kamran Əliyev Texas ştatının qubernatorunu qəbul edib.",
     [("Kamran Əliyev", PERSON, None)],
     [("MEET", "qəbul edib", "actual", {"participant": ["Kamran Əliyev"]})]),
    # a phone call between two named parties
    ("Prezident Kamran Əliyevlə Prezident Orxan Səfərli arasında telefon söhbəti olub.",
     [("Prezident", TITLE, None), ("Kamran Əliyevlə", PERSON, None), ("Prezident", TITLE, None),
      ("Orxan Səfərli", PERSON, None)],
     [("MEET", "telefon söhbəti", "actual", {"participant": ["Kamran Əliyevlə", "Orxan Səfərli"]})]),
    ("Kamran Əliyev Orxan Səfərli ilə telefonla söhbət edib.",
     [("Kamran Əliyev", PERSON, None), ("Orxan Səfərli", PERSON, None)],
     [("MEET", "telefonla söhbət", "actual", {"participant": ["Kamran Əliyev", "Orxan Səfərli"]})]),
]

NON_EVENTS = [
    # a law or decision adopted, named by a capitalised word: no PERSON right before it
    ("Milli Məclis Konstitusiyanı qəbul edib.", [("Milli Məclis", ORG, None)]),
    ("Kamran Əliyevin təklifi ilə Parlament Qanunu qəbul edib.", [("Kamran Əliyevin", PERSON, None)]),
    # a capitalised word after a PERSON in no accusative: a charter adopted
    ("Zirvədə Kamran Əliyev Xartiya qəbul edib.", [("Kamran Əliyev", PERSON, None)]),
    # a lower-case accusative after a PERSON is an object, not a surname
    ("Orxan Səfərli dəvəti qəbul edib.", [("Orxan Səfərli", PERSON, None)]),
    # an office noun in the direct case is the subject, not the guest
    ("Aİ-nin komissarı qərarı qəbul edib.", [("Aİ-nin", ORG, None)]),
    # a phone call with one party named or none: a speaker's recollection
    ("Biz Bakıda telefonla söhbət etmişik.", [("Bakıda", "REGION", None)]),
    ("Kamran Əliyev jurnalistlərlə telefon söhbətində bunu deyib.", [("Kamran Əliyev", PERSON, None)]),
]


@pytest.mark.parametrize("text,ents,expected", EVENTS, ids=[t[:32] for t, _, _ in EVENTS])
def test_receptions(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


@pytest.mark.parametrize("text,ents", NON_EVENTS, ids=[t[:32] for t, _ in NON_EVENTS])
def test_no_reception(nlp, text, ents):
    assert doc_events(make_doc(nlp, text, ents)) == []


def test_cut_name_can_be_switched_off(nlp):
    text, ents, _ = EVENTS[0]
    assert doc_events(make_doc(nlp, text, ents), Options(cut_name=False)) == []
