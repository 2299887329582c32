"""Words a scraper ran together where a line break or tag was: a capitalised word in a case form glued to a
frequent lower-case word ("Prezident İlham Əliyevinçıxışı", "Hesablama Mərkəzitərəfindən", "Nazirliyininmətbuat
xidməti"), and a capitalised word glued to a word that follows a name and ends none ("Vüqar Qurbanovqeyd edib").
The tokenizer splits them (`NewsTokenizer`), so that the ner sees the name and types it ("Mərkəzitərəfindən"
was a REGION); `names/glued_tails.py` then puts the split-off word back inside the name's span, as the gold
writes whole words ("[İlham Əliyevinçıxışı]", norm "İlham Əliyev"), and az_norm leaves it out of the norm
(`unglued`).

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

from spacy.tokens import Doc

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import Analysis, analyses, base_forms, is_suffix, restore
from pipeline.lang.texts import token_texts
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
def word_counts() -> dict[str, tuple[int, int]]:
    """word form → (lower-case, capitalised) mid-sentence counts (pipeline.names.common_words.table)."""
    return {row["word"]: (int(row["lower"]), int(row["capitalised"])) for row in count_rows()}


@functools.cache
def _roles() -> dict[str, frozenset[str]]:
    return words_by_role(WORDS, az_lower)


def _seen(word: str) -> int:
    low, cap = word_counts().get(word, (0, 0))
    return low + cap


def _tail_word(tail: str) -> bool:
    """A frequent lower-case word that may be split off a capitalised word (the dictionary tests first:
    most positions of most words fail them, and the analyser's tests cost more)."""
    roles = _roles()
    if tail not in roles.get("after_name", ()):
        low, cap = word_counts().get(tail, (0, 0))
        if len(tail) < MIN_TAIL or low < MIN_LOWER or low < LOWER_SHARE * (low + cap) or is_suffix(tail):
            return False
    return roles.get("compound", frozenset()).isdisjoint(base_forms(tail))  # "kənar", "yanın"


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
    if _seen(low) >= KNOWN:
        return None
    for k in range(MIN_HEAD, len(low) - 2):  # the longest tail first
        tail = low[k:]
        if _tail_word(tail) and _head_word(word[:k], tail):
            # the whole is no inflection of a word the news writes (asked last: few words get here)
            return None if any(_seen(b) >= KNOWN for b in base_forms(low)) else k
    return None


def glued_splits(text: str) -> list[tuple[int, int]]:
    """(start, split offset) of each run-together word of `text`, in order."""
    out = []
    for m in CANDIDATE.finditer(text):
        word = m.group()
        if word[0].isupper() and (k := split_point(word)) is not None:
            out.append((m.start(), m.start() + k))
    return out


def unglued(text: str) -> str:
    """`text` without the word a scraper ran onto its last word ("İlham Əliyevinçıxışı" → "İlham Əliyevin"),
    which a name span keeps inside, as the gold writes a whole word; else `text`."""
    last = text[text.rfind(" ") + 1:]
    if len(last) < MIN_WORD or not last[:1].isupper() or not CANDIDATE.fullmatch(last):
        return text
    k = split_point(last)
    return text if k is None else text[:len(text) - len(last) + k]


def glued_tail(doc: Doc, k: int) -> bool:
    """Token k is the word the tokenizer split off the token before it ("Əliyevin" | "çıxışı")."""
    if k < 1 or k >= len(doc) or doc[k - 1].whitespace_:
        return False
    texts = token_texts(doc)
    head = texts[k - 1]
    whole = head + texts[k]
    return whole[:1].isupper() and CANDIDATE.fullmatch(whole) is not None and split_point(whole) == len(head)
