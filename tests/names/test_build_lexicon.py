"""build_lexicon: gold norms with counts, learned modifiers and capitalised-word counts, from records
written here (no shared text)."""
from __future__ import annotations

import json
import shutil

from pipeline.names.az_norm import DATA
from pipeline.names.build_lexicon import build_lexicon
from pipeline.tables import read_tsv


def test_build_lexicon_writes_the_three_tables(tmp_path):
    shutil.copy(DATA / "modifiers.tsv", tmp_path / "modifiers.tsv")
    train = tmp_path / "train.jsonl"
    records = [{"text": "x", "entities": [
        {"label": "COUNTRY", "text": "Qazaxıstanın", "norm": "Qazaxıstan"},
        {"label": "COUNTRY", "text": "Qazaxıstana", "norm": "Qazaxıstan"},
        {"label": "ORG", "text": "Zorba İşlər Nazirliyinin", "norm": "Zorba İşlər Nazirliyi"},
        {"label": "MONEY", "text": "5 manat"}]}]
    train.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    raw = tmp_path / "raw.jsonl"
    raw.write_text(json.dumps({"text": "Dünən Zorba gəldi. Zorba getdi, Zorba qaldı."}) + "\n", encoding="utf-8")
    build_lexicon(train, raw, out=tmp_path)
    assert {(r["label"], r["norm"], r["count"]) for r in read_tsv(tmp_path / "lexicon.tsv")} == {
        ("COUNTRY", "Qazaxıstan", "2"), ("ORG", "Zorba İşlər Nazirliyi", "1")}
    counts = {r["word"]: r["count"] for r in read_tsv(tmp_path / "name_words.tsv")}
    assert counts == {"zorba": "2"}  # "Dünən" and "Zorba getdi" open a sentence: no evidence of a name
    learned = {r["word"]: r["class"] for r in read_tsv(tmp_path / "modifiers.tsv") if r["source"] == "train"}
    assert learned.get("işlər") == "noun"  # "işlər" kept the possessive of "Nazirliyi"
