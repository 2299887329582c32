"""Modality (pipeline/events/modality.py) from the sentence: "nə ... nə də", whole-word cues, and an
open converb ("başladıqdan sonra") decided by its date. Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.events.component import doc_events
from tests.test_events import make_doc


def modalities(doc) -> list[tuple[str, str]]:
    return [(e["type"], e["modality"]) for e in doc_events(doc)]


def test_neither_nor_negates_a_positive_verb(nlp):
    ents = [("Zelenski", "PERSON", None), ("Parisdə", "REGION", "Paris"), ("Berlində", "REGION", "Berlin")]
    doc = make_doc(nlp, "Zelenski sazişi nə Parisdə, nə də Berlində imzalayıb.", ents)
    assert modalities(doc) == [("AGREE", "negated")]
    doc = make_doc(nlp, "Zelenski sazişi həm Parisdə, həm də Berlində imzalayıb.", ents)
    assert modalities(doc) == [("AGREE", "actual")]


@pytest.mark.parametrize("text,modality", [
    ("Ceyhun Bayramov ilə Lavrovun görüşü barədə bəyanatda deyilir ki, əlaqələr genişlənir.", "actual"),
    ("Ceyhun Bayramov ilə Lavrovun görüşü mümkün deyil.", "negated"),
])
def test_deyil_is_a_whole_word_cue(nlp, text, modality):
    """"deyil" (is not) negates; "deyilir" (it is said) does not."""
    doc = make_doc(nlp, text, [("Ceyhun Bayramov", "PERSON", None), ("Lavrovun", "PERSON", "Lavrov")])
    assert modalities(doc) == [("MEET", modality)]


@pytest.mark.parametrize("pub_date,modality", [("2025-01-10", "planned"), ("2025-04-01", "actual")])
def test_a_converb_takes_the_modality_of_its_date(nlp, pub_date, modality):
    text = "Arif Məmmədov martın 5-də vəzifəyə başladıqdan sonra ilk çıxışını edib."
    doc = make_doc(nlp, text, [("Arif Məmmədov", "PERSON", None), ("martın 5-də", "DATE", None)])
    doc.ents[1]._.value = "2025-03-05"
    doc._.pub_date = pub_date
    assert modalities(doc) == [("APPOINT", modality)]
