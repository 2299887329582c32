"""words: the cue rules' word lists, and the prefix filter that spares most words their analysis."""
from __future__ import annotations

import pytest

from pipeline.names.words import is_legal_form


def _stem_prefix_misses(words):
    """Words that are a form of a stem (by their morphological analysis) but fail the prefix filter."""
    from pipeline.lang.morphology import base_forms
    from pipeline.names.words import place_words, quoted_name_heads, quoted_org_heads, stem_prefixes
    from pipeline.lang.casing import az_lower
    stem_sets = [place_words(), quoted_org_heads(), *quoted_name_heads().values()]
    return [(w, sorted(base_forms(w) & stems)) for stems in stem_sets for w in words
            if base_forms(w) & stems and not az_lower(w).startswith(stem_prefixes(stems))]


def test_stem_prefix_filter_keeps_every_form():
    words = ["rayonunda", "vilayətlərində", "şəhərinin", "kəndi", "adası", "yarımadası", "çayı", "dağları",
             "boğazı", "Körfəzi", "Mərkəzinin", "agentliyi", "şirkətinin", "Nazirliyinin", "komandası",
             "İDARƏSİ", "layihəsi", "festivalı", "Bankı", "ağzı", "burnu", "oğlu"]
    assert not _stem_prefix_misses(words)


def test_stem_prefix_filter_keeps_every_form_in_the_news(shared):
    import json
    from pipeline.lang.punctuation import EDGE_PUNCT
    words = set()
    with open(shared / "news" / "raw.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= 600:
                break
            words.update(w.strip(EDGE_PUNCT) for w in json.loads(line)["text"].split())
    assert len(words) > 10_000
    assert not _stem_prefix_misses(sorted(w for w in words if w))


@pytest.mark.parametrize("word,expected", [
    ("MMC", True), ("mmc", True), ("İB", True), ("ASC-nin", True), ("Səhmdar", True), ("Qapalı", True),
    ("Mərkəzi", False), ("İdarə", False), ("Bank", False),
])
def test_a_legal_form_in_any_case_form(word, expected):
    # "İB": spaCy's lower_ makes "i̇b" (a combining dot); the test lower-cases the Azerbaijani way
    assert is_legal_form(word) is expected
