"""A name's run-together word stays inside its span, as the gold writes whole words; its norm leaves it out."""
from __future__ import annotations

import pytest
import spacy

import pipeline
from pipeline.lang.glued_words import unglued


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


@pytest.mark.parametrize("text,span,label,norm", [
    ("Prezident Rəşad Quliyevinçıxışı\n\n-Hörmətli qonaqlar", "Rəşad Quliyevinçıxışı", "PERSON", "Rəşad Quliyev"),
    ("Baş konsul Tofiq Məmmədovqeyd edib ki, iş davam edir.", "Tofiq Məmmədovqeyd", "PERSON", "Tofiq Məmmədov"),
    # main: no ORG, and "[Dövlət Gömrük]" cut (the glued word was one unknown token)
    ("Layihə Rəqəmsal İnkişaf Nazirliyinin Məlumat Hesablama Mərkəzitərəfindən hazırlanıb.",
     "Məlumat Hesablama Mərkəzitərəfindən", "ORG", "Məlumat Hesablama Mərkəzi"),
    ("Sənədlər Dövlət Gömrük Komitəsitərəfindən yoxlanılıb.", "Dövlət Gömrük Komitəsitərəfindən", "ORG",
     "Dövlət Gömrük Komitəsi"),
    ("Bu barədə Türkiyənin Xarici İşlər Nazirliyisosial şəbəkədə məlumat yayıb.", "Xarici İşlər Nazirliyisosial",
     "ORG", "Xarici İşlər Nazirliyi"),
])
def test_name_keeps_its_glued_word(nlp, text, span, label, norm):
    ents = {e.text: e for e in nlp(text).ents}
    assert span in ents and ents[span].label_ == label and ents[span]._.norm == norm


def test_glued_word_of_its_own_stays_out(nlp):
    # "direktoru" is the TITLE of the person after it: the ORG ends where the tokenizer split
    doc = nlp("Portalın operatoru Məlumat Hesablama Mərkəzinindirektoru Nail Mərdanov çıxış etdi.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in ("ORG", "TITLE", "PERSON")] == [
        ("Məlumat Hesablama Mərkəzinin", "ORG"), ("direktoru", "TITLE"), ("Nail Mərdanov", "PERSON")]


def test_switch_off():
    off = spacy.load(pipeline.MODEL_DIR, config={"components": {"az_corrections": {"glued_tails": False}}})
    doc = off("Prezident Rəşad Quliyevinçıxışı\n\n-Hörmətli qonaqlar")
    assert "Rəşad Quliyevin" in [e.text for e in doc.ents]


@pytest.mark.parametrize("text,expected", [
    ("İlham Əliyevinçıxışı", "İlham Əliyevin"),
    ("Xarici İşlər Nazirliyisosial", "Xarici İşlər Nazirliyi"),
    ("İlham Əliyevin", "İlham Əliyevin"),
    ("Milan Politexnik", "Milan Politexnik"),
    ("Regiondankənar", "Regiondankənar"),
])
def test_unglued(text, expected):
    assert unglued(text) == expected
