"""components: az_places presets the gazetteer's places before the ner; az_gazetteer runs the
corrections and cue rules after it (each rule's cases are in the test file of its module)."""
from __future__ import annotations

import pytest

from tests.names.fake_ner import doc_after_ner

import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


def ner_then_gazetteer(nlp, text: str, ents: list[tuple[str, str]], **config):
    """Pretend the NER found `ents` (phrase, label), then run az_gazetteer."""
    doc = doc_after_ner(nlp, text, ents)
    from pipeline.names.components import create_az_gazetteer
    component = create_az_gazetteer(nlp, "az_gazetteer", regions=True, correct=config.get("correct", True),
                                    cues=config.get("cues", True), quoted_orgs=config.get("quoted_orgs", True),
                                    split_places=config.get("split_places", True),
                                    quoted_kinds=config.get("quoted_kinds", True),
                                    surnames=config.get("surnames", True), repeated=config.get("repeated", True))
    return [(e.text, e.label_, e.kb_id_) for e in component(doc).ents]


def test_never_overwrites_or_overlaps_existing_entities(nlp):
    text = "Qazaxıstan Milli Bankı və Özbəkistan razılaşıb."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(0, 22, label="ORG")]
    doc = nlp.get_pipe("az_gazetteer")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Qazaxıstan Milli Bankı", "ORG"), ("Özbəkistan", "COUNTRY")]


PLACES_CASES = [
    # text, expected (text, label, code) preset before the ner
    ("Qazaxıstan və Özbəkistan Daşkənddə görüşüb.",
     [("Qazaxıstan", "COUNTRY", "KZ"), ("Özbəkistan", "COUNTRY", "UZ"), ("Daşkənddə", "REGION", "")]),
    ("Nümayəndə heyəti ABŞ-dan Bakıya gəlib.", [("ABŞ-dan", "COUNTRY", "US"), ("Bakıya", "REGION", "")]),
    ("Tələbələr Azərbaycan dili dərsində iştirak edib.", []),
    ("“Mərkəzi Asiya” Beynəlxalq Sənaye Əməkdaşlığı Mərkəzi açılıb.", []),
    # gaz9: a CLDR city is preset too, so the ner cannot type a lone "Çikaqo" PERSON (main's ner did, egov)
    ("Marafonlar London, Çikaqo və Varşavada keçirilib.",
     [("London", "REGION", ""), ("Çikaqo", "REGION", ""), ("Varşavada", "REGION", "")]),
]


@pytest.mark.parametrize("text,expected", PLACES_CASES, ids=[c[0][:30] for c in PLACES_CASES])
def test_az_places_presets_places_before_the_ner(text, expected):
    nlp = pipeline.blank()
    doc = nlp.get_pipe("az_places")(nlp.make_doc(text))
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == expected


def test_az_places_runs_before_the_ner_in_the_shipped_pipeline():
    names = pipeline.load().pipe_names
    assert names.index("az_places") < names.index("ner") < names.index("az_gazetteer")


def test_a_person_on_a_city_stays_a_person(nlp):
    """gaz9: correct_places turns a PERSON on a gazetteer match into a COUNTRY only: where the ner still types a
    city PERSON, az_places left the word to it (quoted, before an organisation's name), and there a city is no
    surer than a person ("Təbriz" is also a given name)."""
    assert ner_then_gazetteer(nlp, "Çikaqo çıxış edib.", [("Çikaqo", "PERSON")]) == [("Çikaqo", "PERSON", "")]
