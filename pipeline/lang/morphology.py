"""Azerbaijani suffix analysis: the segmentations of a word into stem + nominal suffixes, and the base
forms a word can be the inflection of.

The suffix grammar (pipeline/data/morphology/suffixes.tsv) writes each suffix as an archiphoneme
template (A = a/ə, I = ı/i/u/ü, Y = ı/i) that vowel harmony makes concrete; stem-final consonants that
soften before a vowel (data/morphology/alternations.tsv) are restored.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.lang.casing import az_lower, az_upper
from pipeline.tables import DATA_DIR, read_tsv

DATA = DATA_DIR / "morphology"
VOWELS = "aıoueəiöü"
BACK = "aıou"
ROUNDED_BACK = "ou"
ROUNDED_FRONT = "öü"
# a suffix written after an apostrophe or hyphen ("ABŞ-ın", "BMT-nin"; an en dash typed for the hyphen,
# "ASC–nin") is not in harmony with the letters
SUFFIX_JOINERS = "-–'’"
_JOINER = re.compile(f"[{re.escape(SUFFIX_JOINERS)}]")
# a word as the news writes it, a suffix after a joiner included ("ABŞ-ın", "əş-Şaraa"): what the tables of
# common and name words count
_WRITTEN_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
ORDER = {"plural": 1, "poss": 2, "case": 3, "rel": 4, "cop": 5}


def joined_head(word: str) -> str:
    """The word before a suffix written after a joiner: "İKT-nin" → "İKT", "ASC–nin" → "ASC"."""
    return _JOINER.split(word, maxsplit=1)[0]


def written_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each written word of `text`, joiners left at its end stripped off the word."""
    for m in _WRITTEN_WORD.finditer(text):
        yield m.start(), m.end(), m.group().rstrip(SUFFIX_JOINERS)


def last_vowel(text: str) -> str | None:
    for ch in reversed(az_lower(text)):
        if ch in VOWELS:
            return ch
    return None


@functools.cache
def harmonise(template: str, prev: str | None) -> str:
    """Concrete suffix for an archiphoneme template after a stem whose last vowel is `prev`."""
    out = []
    for ch in template:
        if ch == "A":
            ch = "a" if prev is None or prev in BACK else "ə"
        elif ch == "I":
            if prev is None or prev in "aı":
                ch = "ı"
            elif prev in ROUNDED_BACK:
                ch = "u"
            elif prev in ROUNDED_FRONT:
                ch = "ü"
            else:
                ch = "i"
        elif ch == "Y":
            ch = "ı" if prev is None or prev in BACK else "i"
        out.append(ch)
        if ch in VOWELS:
            prev = ch
    return "".join(out)


def in_harmony(stem: str, ending: str) -> bool:
    """Does a glued ending follow the stem's vowel harmony? ("martın", "dollara" yes; "Martin",
    "Franklin" no: names that only look like a month or a currency plus an ending)."""
    stem_vowels = [ch for ch in az_lower(stem) if ch in VOWELS]
    end_vowels = [ch for ch in az_lower(ending) if ch in VOWELS]
    if not stem_vowels or not end_vowels:
        return True
    last, first = stem_vowels[-1], end_vowels[0]
    if first in "ıiuü":  # high vowels agree in backness and rounding
        return first == harmonise("I", last)
    return (last in BACK) == (first in BACK)


@functools.cache
def variants(template: str) -> frozenset[str]:
    """Every harmony variant of a template."""
    return frozenset(harmonise(template, v) for v in VOWELS)


@dataclass(frozen=True)
class Suffix:
    slot: str
    name: str
    template: str
    after: str


@functools.cache
def suffixes() -> tuple[Suffix, ...]:
    rows = read_tsv(DATA / "suffixes.tsv")
    return tuple(Suffix(r["slot"], r["name"], r["form"], r["after"]) for r in rows)


@functools.cache
def suffix_forms(name: str, after: str) -> frozenset[str]:
    """Every concrete form of the suffix `name` ("genitive", "poss3") after a stem ending in `after`
    (C: a consonant, V: a vowel), from the suffix table."""
    return frozenset().union(*(variants(s.template) for s in suffixes() if s.name == name and s.after == after))


# The ordinal suffix -(I)ncI ("yeddinci", "ikinci"); after digits news also write the short -cI ("2024-cü").
ORDINAL_ENDINGS = tuple(sorted(variants("IncI") | variants("ncI")))
SHORT_ORDINAL_ENDINGS = tuple(sorted(variants("cI")))


@functools.cache
def alternations() -> tuple[tuple[str, str], ...]:
    return tuple((r["surface_end"], r["base_end"]) for r in read_tsv(DATA / "alternations.tsv"))


@dataclass(frozen=True)
class Analysis:
    """stem + morphemes (left to right); `joined` when the suffixes follow a hyphen/apostrophe."""
    stem: str
    morphs: tuple[Suffix, ...]
    joined: bool = False

    def has(self, slot: str) -> bool:
        for m in self.morphs:  # a loop, not any(generator): called for every analysis of every name
            if m.slot == slot:
                return True
        return False


@functools.lru_cache(maxsize=100_000)
def analyses(word: str) -> tuple[Analysis, ...]:
    """All segmentations of `word` into stem + suffix chain allowed by the suffix table (cached:
    the gazetteer asks for every capitalised word)."""
    out: list[Analysis] = [Analysis(word, ())]
    # SUFFIX_JOINERS, without a generator
    cut = max(word.rfind("-"), word.rfind("–"), word.rfind("'"), word.rfind("’"))
    if 0 < cut < len(word) - 1:
        stem, tail = word[:cut], word[cut + 1:]
        for chain in _strip(az_lower(tail), (), 99, None, check_harmony=False):
            if chain[0] == "" and chain[1]:
                out.append(Analysis(stem, chain[1], joined=True))
    low = az_lower(word)
    for rest, morphs in _strip(low, (), 99, None, check_harmony=True):
        if morphs and _stem_ok(rest):
            out.append(Analysis(word[:len(rest)], morphs))
    return tuple(out)


GENITIVE = frozenset({"genitive"})


def in_case(word: str, cases: frozenset[str]) -> bool:
    """Some analysis of `word` carries a case ending named in `cases` ("Respublikasının": genitive)."""
    return any(m.slot == "case" and m.name in cases for a in analyses(word) for m in a.morphs)


def _stem_ok(stem: str) -> bool:
    return len(stem) >= 2 and not _VOWEL_SET.isdisjoint(stem) and stem[-1] not in SUFFIX_JOINERS + " ."


_VOWEL_SET = frozenset(VOWELS)


@functools.cache
def _suffix_forms() -> dict[str, tuple[tuple[Suffix, int, tuple[str, ...]], ...]]:
    """Last letter of a word → the suffixes (in table order) with a harmony variant that can end it,
    each with its slot order and all its variants (for `_strip`'s first tests); key "": those with
    an empty variant, which fit any word."""
    rows = [(suf, ORDER[suf.slot], tuple(variants(suf.template))) for suf in suffixes()]
    letters = {form[-1] for _, _, forms in rows for form in forms if form}
    return {c: tuple(r for r in rows if any(not f or f[-1] == c for f in r[2])) for c in letters | {""}}


def _strip(low: str, morphs: tuple[Suffix, ...], below: int, need: str | None, check_harmony: bool):
    """Yield (remaining lower-case stem, morphemes) peeling suffixes off the right of `low`."""
    if need is None:
        yield low, morphs
    table = _suffix_forms()
    for suf, order, forms in table.get(low[-1:], table[""]):  # only suffixes that can end `low`
        if order >= below or not low.endswith(forms):  # one C call rules out most of the rest
            continue
        if need == "poss" and suf.slot != "poss":
            continue
        if need not in (None, "poss") and suf.name != need:
            continue
        for form in forms:  # variants(suf.template), the same frozenset in the same order
            if not low.endswith(form) or len(form) >= len(low) + (0 if check_harmony else 1):
                continue
            rest = low[: len(low) - len(form)]
            if check_harmony and not _fits(rest, form, suf.after):
                continue
            if not check_harmony and suf.after in "CV" and rest:
                if (rest[-1] in VOWELS) != (suf.after == "V"):
                    continue
            nxt = "poss" if suf.after == "P" else (suf.after if suf.slot == "rel" else None)
            yield from _strip(rest, (suf,) + morphs, order, nxt, check_harmony)


def _fits(rest: str, form: str, after: str) -> bool:
    if not rest:
        return False
    if after == "C" and rest[-1] in VOWELS:
        return False
    if after == "V" and rest[-1] not in VOWELS:
        return False
    for prev in reversed(rest):  # last_vowel(rest): `rest` is lower case already
        if prev in VOWELS:
            return _harmonic(form, prev)
    return False


@functools.cache
def _harmonic(form: str, prev: str) -> bool:
    """`form` is its template's variant after the vowel `prev` (a few hundred pairs: cached, as
    `_fits` asks for every suffix candidate of every new word)."""
    return harmonise(_template_of(form), prev) == form


def _template_of(form: str) -> str:
    return "".join("A" if c in "aə" else "I" if c in "ıiuü" else c for c in form)


def restore(stem: str, morphs: tuple[Suffix, ...]) -> list[str]:
    """Base candidates for a stem: with the softened final consonant restored before a vowel suffix."""
    out = [stem]
    # the first suffix starts with a vowel: harmonise() makes a vowel of A, I and Y whatever the stem
    first = morphs[0].template[:1] if morphs else ""
    if first and (first in "AIY" or first in VOWELS):
        low = az_lower(stem)
        for surface, base in alternations():
            if low.endswith(surface):
                out.insert(0, stem[: len(stem) - len(surface)] + _recase(base, stem[-len(surface):]))
    return out


def _recase(new: str, old: str) -> str:
    return az_upper(new) if old.isupper() and len(old) > 1 else new


@functools.lru_cache(maxsize=50_000)
def base_forms(word: str) -> frozenset[str]:
    """Every lower-case form `word` can be the inflection of: the word itself, each grammatical stem,
    and the stem with its possessive kept (what a compound's last word looks like: "Respublikası")."""
    out = {az_lower(word)}
    for ana in analyses(word):
        if not ana.morphs:
            continue
        out.update(az_lower(s) for s in restore(ana.stem, ana.morphs))
        if ana.has("poss") and not ana.joined:
            poss = next(m for m in ana.morphs if m.slot == "poss")
            out.add(az_lower(ana.stem + possessive_form(ana.stem, poss)))
    return frozenset(out)


def is_suffix(text: str) -> bool:
    """True for a bare suffix chain written after a hyphen or apostrophe ("ın", "nin", "dakı")."""
    return any(rest == "" and morphs for rest, morphs in _strip(az_lower(text), (), 99, None, False))


def possessive_form(stem: str, poss: Suffix) -> str:
    """The concrete possessive ending `poss` takes after `stem` ("s" + I after a vowel for the 3rd person)."""
    vowel_final = az_lower(stem)[-1] in VOWELS
    template = ("s" if vowel_final else "") + "I" if poss.name == "poss3" else poss.template
    return harmonise(template, last_vowel(stem))
