"""leaders: a TITLE's person in the same sentence, with the country and organisation before the title."""
from __future__ import annotations

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
