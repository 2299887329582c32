"""Common words that the table of common_words.py cannot judge alone (issue 11 egov11, class 1; switch
`common_forms` of az_corrections, after org_repeats): a one-word PERSON or REGION that is a capitalised common noun, which
the e-services outlet writes with a capital inside a sentence or a programme's title ("Demokratikləşmə",
"Qəyyumluqda", "Portalla", "Tələbə Qəbulu", "Gömrük SXM-nin", "Microsoft şirkətinin Gümüş tərəfdaşı").

A word is judged common here when common_words.is_common does not call it common and
- `rare_common`: the news writes the form too rarely to judge it (fewer than POOL_BELOW times mid-sentence)
  and its most written stem is a common word seen far more often ("Portalla" by "portal", "İxtisasın" by
  "ixtisas"), or it is derived from a common word by a derivational suffix or a learned prefix of
  pipeline/data/common_words/derivations.tsv ("Demokratikləşmə" → demokratik, "Geoinformasiya" →
  informasiya; for a PERSON also -lıq and -çı: "Qəyyumluqda" → qəyyumluq → qəyyum, which make names of
  villages and clubs, "Almalıq", "Neftçi");
- `mostly_lower`: its most written form or stem is written in lower case at least NAME_SHARE of the time,
  too common a noun to be a place or a person by itself ("Universitetlərdə", "Gümüş", "Memoranduma");
- `rare_lower` (region11): its most written form or stem is too rare for `mostly_lower` (under STEM_SEEN) but
  written in lower case at least as often as capitalised: a loan word, a typo of a common word or a case form
  the news writes rarely ("Kotirovka", "Marketinq", "Depozitari", "Elekron", "Nikaha", "Möhtərəm", "Oflayn"); an
  unknown real place is never written in lower case; not a word ending in a place-name suffix of
  data/common_words/derivations.tsv (kind place_suffix: "Alçalı", "Almalı", villages of common words);
never a gold first name or a place of the gazetteer.

The rule drops
- such a REGION anywhere unless a place by its neighbours (a place word after it, a hyphenated name:
  common_words.known_place_at) or a street's name before its head noun ("Sülh prospektində": streets.py); a
  `rare_lower` one also stays before a noun of a place's surroundings (data/common_words/place_nouns.tsv: "[Burun]
  yaşayış məntəqəsi", "[Yosu] yaxınlığında"), as an item of a list of REGIONs ("Çimən, [İşıqlı] və Dədəli") and
  beside a name word ("[Azər] Atakişiyev", a person's name the ner split);
- such a PERSON, and a PERSON that is_common calls common, when no name word stands beside it: a capitalised
  neighbour that is itself a common word, an acronym or no word is none ("[Tələbə] Qəbulu üzrə", "[Gömrük]
  SXM-nin"; "Bassiru Diomay [Fay]" and "Ulduz Rəhimova" stay);
- a `rare_common` ORG only where it opens a sentence (an ORG mid-sentence is often a quoted brand: “Şəbəkə”);
- a PERSON of several words each of which is_common calls common, none a person word nor of two letters or
  less: a capitalised term or heading ("Əlavə Dəyər Vergisi", "Dövlət Bayrağına", "Müraciət Ərizəsi"); no
  PERSON of the training gold (2,432) is one ("Əli Nur", "Marta Kosu", "Van İ" hold a person word or a letter).
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.lang.texts import token_texts
from pipeline.names.common_words import (LOWER_SHARE, is_common, known_place_at, person_words, starts_sentence,
                                         table)
from pipeline.names.concepts import known_place
from pipeline.names.streets import head_number
from pipeline.tables import read_tsv

PATH = "common_words/derivations.tsv"  # under pipeline/data/
PLACE_NOUNS = "common_words/place_nouns.tsv"  # under pipeline/data/
POOL_BELOW = 20   # mid-sentence occurrences under which a form is judged with its stem
STEM_SEEN = 20    # occurrences the stem needs ...
STEM_TIMES = 3    # ... and how many times the form's
MIN_STEM = 4      # letters a derivational stem keeps ("pensiya", not "bir" of "birlik")
NAME_SHARE = 0.6  # lower-case share of a word's most written form or stem that makes it unlike a one-word name
LABELS = frozenset({"PERSON", "REGION", "ORG"})


@functools.cache
def _affixes(kind: str) -> tuple[str, ...]:
    """The affixes of one kind of the derivations table (suffix, name_suffix, prefix)."""
    return tuple(r["affix"] for r in read_tsv(PATH) if r["kind"] == kind)


def _seen(form: str) -> int:
    counts = table().get(form)
    return sum(counts) if counts else 0


def _by_stem(low: str, seen: int) -> bool:
    """The most written stem of a rare form is a common word seen far more often than the form."""
    stems = [s for s in base_forms(low) if s != low and len(s) >= MIN_STEM and s in table()]
    if not stems:
        return False
    best = max(stems, key=_seen)
    lower, cap = table()[best]
    total = lower + cap
    return total >= STEM_SEEN and total >= STEM_TIMES * seen and lower >= LOWER_SHARE * total


def _derived(low: str, person: bool) -> bool:
    """`low` (or one of its inflectional stems) is a common word with a derivational affix (`person`: also
    the suffixes that make names of places of common words)."""
    suffixes = _affixes("suffix") + (_affixes("name_suffix") if person else ())
    for form in base_forms(low) | {low}:
        if not form.endswith(suffixes):  # one C-level test for most forms
            continue
        for suffix in suffixes:
            if form.endswith(suffix) and len(form) - len(suffix) >= MIN_STEM and is_common(form[:-len(suffix)]):
                return True
    return any(low.startswith(p) and len(low) - len(p) >= MIN_STEM and is_common(low[len(p):])
               for p in _affixes("prefix"))


@functools.lru_cache(maxsize=50_000)
def rare_common(word: str, person: bool = False) -> bool:
    """A capitalised word that is a common word by its stem or its derivation, though is_common cannot
    tell (see the module doc); not a gold first name nor a place of the gazetteer. `person`: judging a
    one-word PERSON, where -lıq and -çı count too."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or is_common(word):
        return False
    low = az_lower(word)
    seen = _seen(low)
    if seen >= POOL_BELOW or not (_by_stem(low, seen) or _derived(low, person)):
        return False
    # the rarer tests last: the lexicons are read only for a candidate
    return not (base_forms(low) & person_words() or known_place(word))


@functools.lru_cache(maxsize=50_000)
def mostly_lower(word: str) -> bool:
    """The most written of the word's form and stems (STEM_SEEN times or more) is written in lower case at
    least NAME_SHARE of the time ("Universitetlərdə" by "universitet", "Memoranduma" by "memorandum"): too
    common a noun for a one-word place or a person alone, though names of several words take it with a
    capital; not a gold first name nor a place of the gazetteer."""
    counts = _most_written(word)
    if counts is None:
        return False
    lower, cap = counts
    if lower + cap < STEM_SEEN or lower < NAME_SHARE * (lower + cap):
        return False
    return not _name_or_place(word)


def _most_written(word: str) -> tuple[int, int] | None:
    """(lower-case, capitalised) counts of the most written of a capitalised word's form and stems that the
    table knows; None for a word of no such form, or not written with one capital."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return None
    low = az_lower(word)
    forms = [f for f in base_forms(low) | {low} if len(f) >= MIN_STEM and f in table()]
    return table()[max(forms, key=_seen)] if forms else None


def _name_or_place(word: str) -> bool:
    """A gold first name's form or a place of the gazetteer: never judged a common word."""
    return bool(base_forms(az_lower(word)) & person_words()) or known_place(word)


@functools.cache
def _place_nouns() -> frozenset[str]:
    """Nouns of a place's surroundings that a place name stands before ("ərazi", "yaxınlıq")."""
    return frozenset(r["word"] for r in read_tsv(PLACE_NOUNS))


@functools.lru_cache(maxsize=50_000)
def rare_lower(word: str) -> bool:
    """The most written of the word's form and stems is seen under STEM_SEEN times (too rare for
    `mostly_lower`) and written in lower case at least as often as capitalised ("Kotirovka", "Elekron",
    "Nikaha" by "nikah"): a common word, a loan word or a typo of one; an unknown place's name is never
    written in lower case. Not a word with a place-name suffix ("Alçalı"), a gold first name nor a place of
    the gazetteer."""
    counts = _most_written(word)
    if counts is None:
        return False
    lower, cap = counts
    if lower + cap >= STEM_SEEN or lower == 0 or lower < cap:
        return False
    low = az_lower(word)
    if any(f.endswith(_affixes("place_suffix")) for f in base_forms(low) | {low}):
        return False
    return not _name_or_place(word)


def _before_place_noun(texts: list[str], end: int) -> bool:
    """The word after the name is a noun of a place's surroundings in the possessive ("ərazisində")."""
    if end >= len(texts) or not texts[end][:1].islower():
        return False
    forms = base_forms(az_lower(texts[end]))
    # a stem whose final q/k softened before a vowel comes back as "ğ" ("yatağından" → "yatağ": yataq)
    forms = forms | {f[:-1] + hard for f in forms if f.endswith("ğ") for hard in "qk"}
    return bool(forms & _place_nouns())


def _name_beside(doc: Doc, texts: list[str], ent: Span) -> bool:
    """A name word or an initial right before or after the one-word PERSON: a capitalised word that is
    no common word and does not open the sentence, or "E."."""
    for k in (ent.start - 1, ent.end):
        if not 0 <= k < len(texts):
            continue
        text = texts[k]
        if len(text) == 2 and text[1] == "." and text[0].isupper():
            return True
        if (text[:1].isupper() and text.isalpha() and not text.isupper() and not is_common(text)
                and not rare_common(text) and not starts_sentence(doc, k)):
            return True
    return False


def _listed_region(doc: Doc, ents: list[Span], ent: Span) -> bool:
    """A REGION stands one list joiner ("," or "və") before or after `ent`: an item of a list of places."""
    for other in ents:
        if other.label_ == "REGION" and (other.end + 1 == ent.start or ent.end + 1 == other.start):
            a, b = (other, ent) if other.end < ent.start else (ent, other)
            if doc[a.end].text in (",", "və"):
                return True
    return False


def _common_words_only(texts: list[str], start: int, end: int) -> bool:
    """Every word of the span is a common word of three letters or more and none a person word."""
    for text in texts[start:end]:
        if len(text) <= 2 or not text.isalpha() or not is_common(text) or base_forms(az_lower(text)) & person_words():
            return False
    return True


def common_forms(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the one-word names that are common words and the PERSONs made of common words only (see
    the module doc); None when none."""
    texts = token_texts(doc)
    out: list[Span] = []
    changed = False
    for e in ents:
        label, start, end = e.label_, e.start, e.end  # Span attributes cost a call each: read once
        word = texts[start]
        if label == "PERSON" and end - start > 1:
            if _common_words_only(texts, start, end):
                changed = True
            else:
                out.append(e)
            continue
        # cheap string tests first: most entities are no single title-case word
        if label not in LABELS or end - start != 1 or not word[:1].isupper() or not word.isalpha() or word.isupper():
            out.append(e)
            continue
        if label == "REGION":
            # a street's name is a REGION before its head noun ("Sülh prospektində"; streets.py)
            # a rare_lower one is judged by its neighbours too: a name word beside it ("[Azər] Atakişiyev", which
            # person_regions makes a PERSON), a noun of its surroundings or a list of places after it
            rare = (rare_lower(word) and not _before_place_noun(texts, end) and not _listed_region(doc, ents, e)
                    and not _name_beside(doc, texts, e))
            drop = ((rare_common(word) or mostly_lower(word) or rare) and not known_place_at(doc, e)
                    and not (end < len(texts) and head_number(texts[end])))
        elif label == "PERSON":
            drop = ((rare_common(word, person=True) or mostly_lower(word) or is_common(word) or rare_lower(word))
                    and not base_forms(word) & person_words() and not _name_beside(doc, texts, e))
        else:  # an ORG only where it opens a sentence
            drop = (start == 0 or not texts[start - 1][:1].isalnum()) and rare_common(word) \
                and starts_sentence(doc, start)
        if drop:
            changed = True
        else:
            out.append(e)
    return out if changed else None
