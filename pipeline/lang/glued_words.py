"""Words a scraper ran together where a line break or tag was: a capitalised word in a case form glued to a
frequent lower-case word ("Prezident İlham Əliyevinçıxışı", "Hesablama Mərkəzitərəfindən", "Nazirliyininmətbuat
xidməti"), and a capitalised word glued to a word that follows a name and ends none ("Vüqar Qurbanovqeyd edib").
The tokenizer splits them (`split_glued`), so that the ner sees the name and its span can end where it does.

A split must not break a real word, which is worse than a missed split, so all of this must hold:
- the whole is no word form the news writes (the common-word counts of
  pipeline/data/common_words/words.tsv, read here for every user), nor the inflection of one;
- the word is capitalised and otherwise lower case, at least `MIN_WORD` letters; an all-capital word, a
  hyphenated one or one with a digit is left;
- the tail is a word the news writes in lower case (`MIN_LOWER` times, `LOWER_SHARE` of the time), of
  `MIN_TAIL` letters or more, and no suffix chain; `data/tokenizer/glued_words.tsv` role `compound` lists tails
  that make real words after a case ("Regiondankənar", "Günboyu"), which never split;
- the head is a case or possessive form ("Əliyevin", "Mərkəzi") of a word the news writes, or, before a tail of
  role `after_name` ("tərəfindən", "qeyd", "haqqında": words that follow a name and end no word), any word of
  `MIN_HEAD` letters or more. A nominative head before any other tail is left: "Tanrıverdi", "Bülbüloğlu",
  "Politexnik" are names and words.
"""
from __future__ import annotations

import functools
import re

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import Analysis, analyses, base_forms, is_suffix, restore
from pipeline.tables import read_tsv, words_by_role

COUNTS = "common_words/words.tsv"
WORDS = "tokenizer/glued_words.tsv"
MIN_WORD = 8     # letters of the whole run-together word
MIN_HEAD = 3     # letters of the head
MIN_TAIL = 5     # letters of a tail that is no `after_name` word (shorter words end names: "Şirinyan", "İsmail")
MIN_LOWER = 30   # lower-case mid-sentence occurrences of the tail
LOWER_SHARE = 0.95
KNOWN = 2        # occurrences that make the whole a word form of the news
HEAD_SEEN = 3    # occurrences that make the head's stem a word of the news
MIN_STEM = 4     # letters of that stem ("Sar|ı", "İk|i" are words of their own)
# the endings a head may end in: a name owning the next word or in a case before it
HEAD_ENDINGS = frozenset({"genitive", "poss3", "locative", "ablative"})
# a capitalised word of letters only, the rest lower case: the only candidates, found in a Doc's text at once
CANDIDATE = re.compile(r"(?<!\w)[^\W\d_a-zəıöüçşğ][^\W\d_A-ZƏİÖÜÇŞĞ]{%d,}(?![\w-])" % (MIN_WORD - 1))


@functools.cache
def count_rows() -> list[dict[str, str]]:
    """The rows of the common-word counts (pipeline.names.common_words reads them through here)."""
    try:
        return read_tsv(COUNTS)
    except FileNotFoundError:
        return []


@functools.cache
def _counts() -> dict[str, tuple[int, int]]:
    return {row["word"]: (int(row["lower"]), int(row["capitalised"])) for row in count_rows()}


@functools.cache
def _roles() -> dict[str, frozenset[str]]:
    return words_by_role(WORDS, az_lower)


def _seen(word: str) -> int:
    low, cap = _counts().get(word, (0, 0))
    return low + cap


def _tail_word(tail: str) -> bool:
    """A frequent lower-case word that may be split off a capitalised word."""
    roles = _roles()
    if not roles.get("compound", frozenset()).isdisjoint(base_forms(tail)):  # "kənar", "yanın"
        return False
    if tail in roles.get("after_name", ()):
        return True
    low, cap = _counts().get(tail, (0, 0))
    return len(tail) >= MIN_TAIL and low >= MIN_LOWER and low >= LOWER_SHARE * (low + cap) and not is_suffix(tail)


def _head_word(head: str, tail: str) -> bool:
    if len(head) < MIN_HEAD:
        return False
    if tail in _roles().get("after_name", ()):
        return True
    return any(_owned(a) for a in analyses(head))


def _owned(ana: Analysis) -> bool:
    """The analysis ends in a genitive, possessive, locative or ablative ending on a stem the news writes
    ("Əliyev|in", "Mərkəz|i"); not the dative or accusative of one vowel that ends names and words alike
    ("Qar|a", "Taxt|a")."""
    if not ana.morphs or ana.joined or ana.morphs[-1].name not in HEAD_ENDINGS:
        return False
    return any(len(s) >= MIN_STEM and _seen(az_lower(s)) >= HEAD_SEEN for s in restore(ana.stem, ana.morphs))


@functools.lru_cache(maxsize=20_000)
def split_point(word: str) -> int | None:
    """Where the run-together `word` splits (the length of its first word), or None for a word to leave."""
    low = az_lower(word)
    if _seen(low) >= KNOWN or any(_seen(b) >= KNOWN for b in base_forms(low)):
        return None
    for k in range(MIN_HEAD, len(low) - 2):  # the longest tail first
        tail = low[k:]
        if _tail_word(tail) and _head_word(word[:k], tail):
            return k
    return None


def glued_splits(text: str) -> list[tuple[int, int]]:
    """(start, split offset) of each run-together word of `text`, in order."""
    return [(m.start(), m.start() + k) for m in CANDIDATE.finditer(text)
            if m.group()[0].isupper() and (k := split_point(m.group())) is not None]
