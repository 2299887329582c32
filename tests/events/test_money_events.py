"""Issue 15, round 8: FUND, TRADE and APPOINT words the lexicon missed (money spent, paid by a passive,
mobilised; turnover of goods, exports spelt "ixracat", trade volume; dismissals),
a money flow beside a signing, which is agreed rather than made (pipeline/events/money.py), and a title
right before another person than the one appointed (pipeline/events/offices.py). Table
tests of sentences written for these tests, entities given, so that only az_events is tested."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.events.component import Options, doc_events
from tests.test_events import make_doc, simple

PERSON, COUNTRY, MONEY, DATE = "PERSON", "COUNTRY", "MONEY", "DATE"

EVENTS = [
    ("Şirkət yeni xəstəxanaya 5 milyon manat sərf edib.",
     [("5 milyon manat", MONEY, None)],
     [("FUND", "sərf edib", "actual", {"amount": ["5 milyon manat"]})]),
    ("Muzeyin təmiri üçün 300 min manat ödənilib.",
     [("300 min manat", MONEY, None)],
     [("FUND", "ödənilib", "actual", {"amount": ["300 min manat"]})]),
    ("Fond 2030-cu ilədək 40 milyard dollar səfərbər edəcək.",
     [("2030-cu ilədək", DATE, None), ("40 milyard dollar", MONEY, None)],
     [("FUND", "səfərbər edəcək", "planned", {"date": ["2030-cu ilədək"], "amount": ["40 milyard dollar"]})]),
    ("Norveç Gürcüstana 3 milyon avro ödəniş edib.",
     [("Norveç", COUNTRY, None), ("Gürcüstana", COUNTRY, "Gürcüstan"), ("3 milyon avro", MONEY, None)],
     [("FUND", "ödəniş edib", "actual",
       {"giver": ["Norveç"], "receiver": ["Gürcüstana"], "amount": ["3 milyon avro"]})]),
    ("Qazaxıstan ilə Belarus arasında əmtəə dövriyyəsi 900 milyon dollar təşkil edib.",
     [("Qazaxıstan", COUNTRY, None), ("Belarus", COUNTRY, None), ("900 milyon dollar", MONEY, None)],
     [("TRADE", "əmtəə dövriyyəsi", "actual",
       {"party": ["Qazaxıstan", "Belarus"], "amount": ["900 milyon dollar"]})]),
    ("Macarıstanın ixracatı 2 milyard dollara çatıb.",
     [("Macarıstanın", COUNTRY, "Macarıstan"), ("2 milyard dollara", MONEY, None)],
     [("TRADE", "ixracatı", "actual", {"party": ["Macarıstanın"], "amount": ["2 milyard dollara"]})]),
    ("Serbiya ilə ticarətin həcmi 500 milyon dollar olub.",
     [("Serbiya", COUNTRY, None), ("500 milyon dollar", MONEY, None)],
     [("TRADE", "ticarətin həcmi", "actual", {"party": ["Serbiya"], "amount": ["500 milyon dollar"]})]),
    ("Direktor Orxan Əliyev işdən çıxarılıb.",
     [("Orxan Əliyev", PERSON, None)],
     [("APPOINT", "işdən çıxarılıb", "actual", {"person": ["Orxan Əliyev"]})]),
    ("Parlament Kamal Rüstəmovu istefaya göndərib.",
     [("Kamal Rüstəmovu", PERSON, "Kamal Rüstəmov")],
     [("APPOINT", "istefaya göndərib", "actual", {"person": ["Kamal Rüstəmovu"]})]),
]

NON_EVENTS = [
    ("Nazir bu işə çox vaxt sərf edib.", []),  # no money: no FUND
    ("Ordu səfərbər edilib.", []),
    ("Qərar çıxarılıb.", []),  # "çıxarıl-" is a dismissal only after "işdən"
    ("İxracat qaydaları sadələşdirilib.", []),
]

# a converb signs nothing in the clause of the money: the credit was given
CONVERB = ("Tərəflər razılığa gələrək Gürcüstana 10 milyon dollar kredit də veriblər.",
           [("Gürcüstana", COUNTRY, "Gürcüstan"), ("10 milyon dollar", MONEY, None)])
SIGNED = ("Norveç və Gürcüstan 10 milyon dollarlıq investisiya haqqında saziş imzalayıb.",
          [("Norveç", COUNTRY, None), ("Gürcüstan", COUNTRY, None), ("10 milyon dollarlıq", MONEY, None)])


@pytest.mark.parametrize("text,ents,expected", EVENTS, ids=[t[:32] for t, _, _ in EVENTS])
def test_money_and_office_words(nlp, text, ents, expected):
    assert simple(doc_events(make_doc(nlp, text, ents))) == expected


@pytest.mark.parametrize("text,ents", NON_EVENTS, ids=[t[:32] for t, _ in NON_EVENTS])
def test_no_money_event(nlp, text, ents):
    assert doc_events(make_doc(nlp, text, ents)) == []


@pytest.mark.parametrize("signed,modality", [(True, "planned"), (False, "actual")])
def test_a_signed_money_flow_is_planned(nlp, signed, modality):
    events = doc_events(make_doc(nlp, *SIGNED), replace(Options(), signed=signed))
    assert [(e["type"], e["modality"]) for e in events if e["type"] != "AGREE"] == [("FUND", modality)]


def test_a_converb_signs_nothing(nlp):
    events = doc_events(make_doc(nlp, *CONVERB))
    assert [(e["type"], e["modality"]) for e in events if e["type"] != "AGREE"] == [("FUND", "actual")]


# the appointee's own office ("elçi") is no entity here: the nearest title is the appointer's
OTHERS_TITLE = ("Başlıq. Giriş. Kanada Baş naziri Mark Karni Anna Smiti xüsusi elçi təyin edib.",
                [("Kanada", COUNTRY, None), ("Baş naziri", "TITLE", "Baş nazir"), ("Mark Karni", PERSON, None),
                 ("Anna Smiti", PERSON, "Anna Smit")])


@pytest.mark.parametrize("titles,expected", [
    (True, {"person": ["Anna Smiti"]}),
    (False, {"org": ["Kanada"], "person": ["Anna Smiti"], "title": ["Baş naziri"]})])
def test_a_title_before_another_person_is_not_the_appointments(nlp, titles, expected):
    events = doc_events(make_doc(nlp, *OTHERS_TITLE), replace(Options(), titles=titles))
    assert [e[3] for e in simple(events)] == [expected]
