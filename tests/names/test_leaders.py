"""leaders: a TITLE's person in the same sentence, with the country and organisation before the title."""
from __future__ import annotations

import pytest

from tests.names.test_linking import ENTS, TEXT, run


def test_leaders():
    doc = run(TEXT, ENTS)
    first = TEXT.index("Kasım-Jomart Tokayev")
    later = TEXT.index("Tokayevin")
    assert doc._.leaders == [
        {"name": "Kasım-Jomart Tokayev", "title": "Prezident", "country": "KZ", "org": None,
         "mentions": [[first, first + 20], [later, later + 9]]},
        {"name": "Ayxan Hacızadə", "title": "mətbuat katibi", "country": None, "org": "Xarici İşlər Nazirliyi",
         "mentions": [[TEXT.index("Ayxan"), TEXT.index("Ayxan") + 14]]},
    ]


def test_later_title_mention_supplies_missing_country():
    text = "Prezident Nuri Dəmirov çıxış edib. Sonra Qırğızıstan Prezidenti Nuri Dəmirov qonaqları qarşılayıb."
    doc = run(text, [("Prezident", "TITLE"), ("Nuri Dəmirov", "PERSON"), ("Prezidenti", "TITLE"),
                     ("Nuri Dəmirov", "PERSON")])
    [leader] = doc._.leaders
    assert (leader["title"], leader["country"], len(leader["mentions"])) == ("Prezident", "KG", 2)


def test_bracketed_abbreviation_between_org_and_title():
    text = "Mərkəzi Seçki Komissiyasının (MSK) sədri Nadir Qasımlı çıxış edib."
    doc = run(text, [("Mərkəzi Seçki Komissiyasının", "ORG"), ("sədri", "TITLE"), ("Nadir Qasımlı", "PERSON")])
    [leader] = doc._.leaders
    assert (leader["title"], leader["org"]) == ("sədr", "Mərkəzi Seçki Komissiyası")


def test_a_person_named_with_two_titles_has_an_entry_for_each():
    text = "Baş nazir Arno Tamm Bakıya gəlib. Sonra maliyyə naziri Arno Tamm bank açıb."
    doc = run(text, [("Baş nazir", "TITLE"), ("Arno Tamm", "PERSON"), ("maliyyə naziri", "TITLE"), ("Arno Tamm", "PERSON")])
    assert [(x["name"], x["title"], len(x["mentions"])) for x in doc._.leaders] == [
        ("Arno Tamm", "Baş nazir", 2), ("Arno Tamm", "maliyyə naziri", 2)]


def test_a_title_stacked_on_another_belongs_to_no_one():
    # ANNOTATION.md: a TITLE stands next to its PERSON; "prezidenti" is next to a title
    text = "Ölkənin prezidenti, partiyanın lideri Arno Tamm çıxış edib."
    doc = run(text, [("prezidenti", "TITLE"), ("lideri", "TITLE"), ("Arno Tamm", "PERSON")])
    assert [(x["name"], x["title"]) for x in doc._.leaders] == [("Arno Tamm", "lider")]


def test_apposition_title_after_the_person_with_its_country():
    text = "Arno Tamm, Estoniyanın xarici işlər naziri, Bakıya gəlib."
    doc = run(text, [("Arno Tamm", "PERSON"), ("Estoniyanın", "COUNTRY"), ("xarici işlər naziri", "TITLE")])
    assert [(x["name"], x["title"], x["country"]) for x in doc._.leaders] == [("Arno Tamm", "xarici işlər naziri", "EE")]


@pytest.mark.parametrize("text,ents,country,org", [
    # a body's name that opens with its country gives the country too
    ("Rusiya Xarici İşlər Nazirliyinin sözçüsü Arno Tamm danışıb.",
     [("Rusiya Xarici İşlər Nazirliyinin", "ORG"), ("sözçüsü", "TITLE"), ("Arno Tamm", "PERSON")],
     "RU", "Rusiya Xarici İşlər Nazirliyi"),
    # a place in the locative says where, a place before "üzrə" the brief: neither qualifies the title
    ("Görüş Ağ Evdə Prezident Tamm ilə olub.", [("Ağ Evdə", "ORG"), ("Prezident", "TITLE"), ("Tamm", "PERSON")],
     None, None),
    ("Bunu Estoniya üzrə xüsusi nümayəndəsi Arno Tamm deyib.",
     [("Estoniya", "COUNTRY"), ("xüsusi nümayəndəsi", "TITLE"), ("Arno Tamm", "PERSON")], None, None),
])
def test_what_qualifies_a_title(text, ents, country, org):
    [leader] = run(text, ents)._.leaders
    assert (leader["country"], leader["org"]) == (country, org)


@pytest.mark.parametrize("text,ents,expected", [
    # a title after the person, predicated of them or set off as an apposition, is theirs
    ("Arno Tamm Estoniyanın Bakıdakı səfiri təyin edilib.",
     [("Arno Tamm", "PERSON"), ("Estoniyanın", "COUNTRY"), ("səfiri", "TITLE")], [("Arno Tamm", "səfir")]),
    ("Arno Tamm ölkə prezidenti seçilib.", [("Arno Tamm", "PERSON"), ("prezidenti", "TITLE")],
     [("Arno Tamm", "prezident")]),
    ("Arno Tamm, Estoniyanın baş naziri; Peeter Kask.", [("Arno Tamm", "PERSON"), ("baş naziri", "TITLE")],
     [("Arno Tamm", "baş nazir")]),
    ("Görüşdə Arno Tamm, şirkətin direktoru", [("Arno Tamm", "PERSON"), ("direktoru", "TITLE")],
     [("Arno Tamm", "direktor")]),
    # ... otherwise it names someone the sentence does not: the one the person meets, receives, or comes with
    ("Prezident Arno Tamm Latviyanın Baş naziri ilə görüşüb.",
     [("Prezident", "TITLE"), ("Arno Tamm", "PERSON"), ("Latviyanın", "COUNTRY"), ("Baş naziri", "TITLE")],
     [("Arno Tamm", "Prezident")]),
    ("Nazir Arno Tamm bankın baş direktorunu qəbul edib.",
     [("Nazir", "TITLE"), ("Arno Tamm", "PERSON"), ("baş direktorunu", "TITLE")], [("Arno Tamm", "Nazir")]),
    ("Arno Tamm və birinci xanım sərgiyə baxıblar.", [("Arno Tamm", "PERSON"), ("birinci xanım", "TITLE")], []),
])
def test_a_title_after_a_person_is_theirs_only_when_predicated_or_in_apposition(text, ents, expected):
    assert [(x["name"], x["title"]) for x in run(text, ents)._.leaders] == expected
