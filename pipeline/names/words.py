"""The word lists of the cue rules (data files under pipeline/data/gazetteer/ and titles/), and the
test whether a word is one of them with a possessive ending ("rayonunda", "Mərkəzinin") or a legal form
("İB", "MMC-nin")."""
from __future__ import annotations

import functools

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms
from pipeline.tables import DATA_DIR, read_tsv

DATA = DATA_DIR / "gazetteer"
TITLE_DATA = DATA_DIR / "titles"  # the title tables (title_lexicon.DATA), built by build_titles
TITLES = TITLE_DATA / "titles.tsv"  # the title words: the norms of the training gold's TITLE spans


@functools.cache
def title_words() -> frozenset[str]:
    """Head words of titles ("prezident", "nazir"): the last word of each training gold title norm, in its
    base forms ("naziri" → "nazir"), so "Xarici" or "Sənaye" alone make no title."""
    words = set()
    for row in read_tsv(TITLES):
        last = row["norm"].split()[-1]
        words.add(az_lower(last))
        words.update(b for b in base_forms(last) if len(b) > 3)
    return frozenset(words)


def is_title_word(word: str) -> bool:
    """`word` is a form of a title head ("Naziri", "prezidentin")."""
    return not base_forms(word).isdisjoint(title_words())


@functools.cache
def org_heads() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "org_heads.tsv"))


@functools.cache
def blockers() -> frozenset[str]:
    return frozenset(az_lower(r["word"]) for r in read_tsv(DATA / "blockers.tsv"))


@functools.cache
def place_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "place_words.tsv"))


@functools.cache
def quoted_org_heads() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "quoted_org_heads.tsv"))


@functools.cache
def legal_forms() -> frozenset[str]:
    """Company legal forms, lower case: acronyms ("mmc", "asc") and first words of spelt-out forms ("məhdud")."""
    return frozenset(r["word"] for r in read_tsv(DATA / "legal_forms.tsv"))


def is_legal_form(word: str) -> bool:
    """`word` is a legal form's first word in any case form ("MMC", "İB", "Səhmdar", "ASC-nin")."""
    return not base_forms(word).isdisjoint(legal_forms())


@functools.cache
def quoted_name_heads() -> dict[str, frozenset[str]]:
    """kind ("ORG" | "none") → the nouns after a quoted name that say it is of that kind."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(DATA / "quoted_name_heads.tsv"):
        out.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(words) for kind, words in out.items()}


@functools.cache
def joiners(kind: str) -> frozenset[str]:
    """Lower-case words that join names of `kind` ("places": "və", ","; "org": "üçün", "üzrə", "və")."""
    return frozenset(r["word"] for r in read_tsv(DATA / "joiners.tsv") if r["joins"] == kind)


@functools.lru_cache(maxsize=64)
def stem_prefixes(stems: frozenset[str]) -> tuple[str, ...]:
    """What every inflected form of a stem starts with: the stem without its last two letters (at least
    two kept), as Azerbaijani stems change only there: a final consonant ("agentlik" → "agentliyi") or a
    dropped last vowel ("ağız" → "ağzı")."""
    return tuple(sorted({az_lower(s)[:max(2, len(s) - 2)] for s in stems}))


def possessed(word: str, stems: frozenset[str]) -> tuple[bool, bool]:
    """(word is one of `stems` with a possessive ending, that stem is plural): "rayonunda" → (True, False),
    "vilayətlərində" → (True, True), "Mərkəzinin" → (True, False). The bare or only case-marked word is
    not ("rayon", "şəhərin", "kənddə"): a name + place word compound has the possessive ("Salyan rayonu")."""
    # most words cannot be a form of any stem: skip their morphological analysis
    if not az_lower(word).startswith(stem_prefixes(stems)) or not base_forms(word) & stems:
        return False, False
    poss = [ana for ana in analyses(word) if ana.has("poss")]
    # base_forms knows the stem alternations ("agentliyi" → "agentlik") that the analyses' stems lack
    return bool(poss), any(ana.has("plural") for ana in poss)
