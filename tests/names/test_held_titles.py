"""A title predicated of the person before it (pipeline/names/held_titles.py), and a plural title
before a list of people (pipeline/names/title_phrases.py)."""
from __future__ import annotations

import pytest

from tests.names.fake_ner import doc_after_ner

from pipeline.names.held_titles import held_titles
from pipeline.names.title_phrases import whole_titles


def after(nlp, rule, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = doc_after_ner(nlp, text, ents)
    new = rule(doc, list(doc.ents))
    return [(e.text, e.label_) for e in (doc.ents if new is None else new)]


@pytest.mark.parametrize("text,ents,expected", [
    # free title words after a PERSON, right before a predicate that states them of that person
    ("Dünən Arno Kivi xarici işlər nazirinin müavini təyin edilib.", [("Arno Kivi", "PERSON")],
     [("Arno Kivi", "PERSON"), ("xarici işlər nazirinin müavini", "TITLE")]),
    ("Arno Kivi keçid dövründə Estoniya Prezidenti elan olunub.", [("Arno Kivi", "PERSON"), ("Estoniya", "COUNTRY")],
     [("Arno Kivi", "PERSON"), ("Estoniya", "COUNTRY"), ("Prezidenti", "TITLE")]),
    ("Arno Kivinin Estoniya Prezidenti kimi ilk səfəri.", [("Arno Kivinin", "PERSON"), ("Estoniya", "COUNTRY")],
     [("Arno Kivinin", "PERSON"), ("Estoniya", "COUNTRY"), ("Prezidenti", "TITLE")]),
    ("Arno Kivi qonşu ölkənin Bakıdakı fövqəladə və səlahiyyətli səfiri təyin edilib.",
     [("Arno Kivi", "PERSON"), ("Bakıdakı", "REGION")],
     [("Arno Kivi", "PERSON"), ("Bakıdakı", "REGION"), ("fövqəladə və səlahiyyətli səfiri", "TITLE")]),
    ("Arno Kivi Estoniyanın Baş naziri vəzifəsini icra edəcək.", [("Arno Kivi", "PERSON"), ("Estoniyanın", "COUNTRY")],
     [("Arno Kivi", "PERSON"), ("Estoniyanın", "COUNTRY"), ("Baş naziri", "TITLE")]),
    # no title: someone else is appointed (active voice), an object in a case, no predicate, too far,
    # a group, a head never a title alone
    ("Arno Kivi Tallinə yeni səfir təyin edib.", [("Arno Kivi", "PERSON"), ("Tallinə", "REGION")],
     [("Arno Kivi", "PERSON"), ("Tallinə", "REGION")]),
    ("Arno Kivi ölkənin keçmiş prezidentini seçilməmiş adlandırıb.", [("Arno Kivi", "PERSON")],
     [("Arno Kivi", "PERSON")]),
    ("Arno Kivi Estoniyanın Prezidenti ilə görüşüb.", [("Arno Kivi", "PERSON"), ("Estoniyanın", "COUNTRY")],
     [("Arno Kivi", "PERSON"), ("Estoniyanın", "COUNTRY")]),
    ("Arno Kivi dünən səhər tezdən yenidən Prezident seçilib.", [("Arno Kivi", "PERSON")],
     [("Arno Kivi", "PERSON")]),
    ("Arno Kivi komissiyanın üzvləri kimi çıxış edib.", [("Arno Kivi", "PERSON")], [("Arno Kivi", "PERSON")]),
    ("Arno Kivinin qərarı ilə ölkənin baş naziri təyin edilib.", [("Arno Kivinin", "PERSON")],
     [("Arno Kivinin", "PERSON")]),  # whose decision: a genitive person holds only a title right after it
    ("Arno Kivi rəhbər vəzifəli şəxslərlə görüşüb.", [("Arno Kivi", "PERSON")], [("Arno Kivi", "PERSON")]),
    ("Arno Kivi elçi təyin olunub.", [("Arno Kivi", "PERSON")], [("Arno Kivi", "PERSON")]),
])
def test_a_title_predicated_after_its_person(nlp, text, ents, expected):
    assert after(nlp, held_titles, text, ents) == expected


def test_leaders_pair_a_predicated_title_with_the_person_before_it(nlp):
    doc = nlp("Dünən Arno Kivi Estoniyanın xarici işlər nazirinin müavini təyin edilib.")
    assert [(x["title"], x["country"]) for x in doc._.leaders] == [("xarici işlər nazirinin müavini", "EE")]


@pytest.mark.parametrize("text,ents,expected", [
    # a plural title before a list of people is the first one's too
    ("Kafenin həmtəsisçiləri Arno Kivi və Liisa Tamm qonaqları qarşılayıb.",
     [("Arno Kivi", "PERSON"), ("Liisa Tamm", "PERSON")],
     [("həmtəsisçiləri", "TITLE"), ("Arno Kivi", "PERSON"), ("Liisa Tamm", "PERSON")]),
    ("Şirkətlərin rəhbərləri Arno Kivi, Liisa Tamm bildiriblər.", [("Arno Kivi", "PERSON"), ("Liisa Tamm", "PERSON")],
     [("rəhbərləri", "TITLE"), ("Arno Kivi", "PERSON"), ("Liisa Tamm", "PERSON")]),
    # ... but before one person, or people not listed together, it names a group
    ("Avropa liderləri Kivini tənqid edib.", [("Avropa", "REGION"), ("Kivini", "PERSON")],
     [("Avropa", "REGION"), ("Kivini", "PERSON")]),
    ("Jurnalistin ailə üzvləri Arno və Liisa gəlib.", [("Arno", "PERSON"), ("Liisa", "PERSON")],
     [("Arno", "PERSON"), ("Liisa", "PERSON")]),  # a lone plural head with no owner before it: family
    ("Komitə sədrinin müavinləri Arno Kivi və Liisa Tamm gəlib.", [("Arno Kivi", "PERSON"), ("Liisa Tamm", "PERSON")],
     [("sədrinin müavinləri", "TITLE"), ("Arno Kivi", "PERSON"), ("Liisa Tamm", "PERSON")]),
    ("Şirkətlərin rəhbərləri Arno Kivi ilə Tallində Liisa Tammı qəbul edib.",
     [("Arno Kivi", "PERSON"), ("Tallində", "REGION"), ("Liisa Tammı", "PERSON")],
     [("Arno Kivi", "PERSON"), ("Tallində", "REGION"), ("Liisa Tammı", "PERSON")]),
])
def test_a_plural_title_before_a_list_of_people(nlp, text, ents, expected):
    assert after(nlp, whole_titles, text, ents) == expected


@pytest.mark.parametrize("text,ents,expected", [
    # a group named by a plain noun compound: no title ("ailə" ends in "-lə" but is no instrumental)
    ("Qonağın ailə üzvləri Arno və Liisa gəlib.", [("Arno", "PERSON"), ("Liisa", "PERSON")],
     [("Arno", "PERSON"), ("Liisa", "PERSON")]),
    # a genitive office before the plural head is the title's
    ("Şura sədrinin müavinləri Arno Kivi və Liisa Tamm gəlib.", [("Arno Kivi", "PERSON"), ("Liisa Tamm", "PERSON")],
     [("sədrinin müavinləri", "TITLE"), ("Arno Kivi", "PERSON"), ("Liisa Tamm", "PERSON")]),
])
def test_a_plural_title_takes_no_unknown_noun_compound(nlp, text, ents, expected):
    assert after(nlp, whole_titles, text, ents) == expected
