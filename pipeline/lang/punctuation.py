"""Punctuation of Azerbaijani news text: the one home of the quote characters, and `tidy`, which strips
the quotes and spaces a name's text should not keep."""
from __future__ import annotations

import re
import unicodedata

QUOTES = "\"'“”„«»‘’`"
OPENING_QUOTES = "“«„"  # typographic quotes that only open; the straight '"' opens or closes
CLOSING_QUOTES = "”»"
# what closes a quoted name: a typographic closing quote or the straight quote
QUOTE_CLOSERS = frozenset(CLOSING_QUOTES + '"')
# what may open or close a quoted phrase, the straight quotes included
QUOTE_STARTS = "“«„\"'‘"
QUOTE_ENDS = "”»\"'’"
DASHES = "-–—"
# the quotes stripped off the ends of a name or word before it is looked up
NAME_QUOTES = "“”\"«»"
# cut off the edges of a whitespace-separated word before it is looked up as a name
EDGE_PUNCT = "“”«»„\"'’‘()[]{},.;:!?…"
# invisible format characters scraped pages leave in text (bidi embeddings and isolates, marks, zero-width
# space, BOM): the tokenizer splits each off as a token of its own, read as a space, wherever it stands
INVISIBLE_BREAKS = "\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c"
# soft hyphen, zero-width non-joiner and joiner, word joiner: inside a word they belong to it (split off only
# at its edges) and its NORM leaves them out
INVISIBLE_JOINERS = "\u00ad\u200c\u200d\u2060"
INVISIBLE = INVISIBLE_BREAKS + INVISIBLE_JOINERS  # regex class bodies (ranges)
INVISIBLE_RE = re.compile(f"[{INVISIBLE}]+")  # a run of them (the tokenizer and az_corrections)

# tidy()'s patterns, compiled once (it runs for every entity)
SPACES_RE = re.compile(r"\s+")
HYPHEN_SPACE_RE = re.compile(r"(\w)- (\w)")
INNER_QUOTE_RE = re.compile(r"[“”\"«»„]")


def tidy(text: str) -> str:
    """NFC, one space between words, outer and unbalanced quotes removed, "rezident- x" → "rezident-x"."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    text = SPACES_RE.sub(" ", text).strip()
    text = HYPHEN_SPACE_RE.sub(r"\1-\2", text)
    while len(text) > 1 and text[0] in QUOTES and not _closes(text, 0):
        text = text[1:].lstrip()
    while len(text) > 1 and text[-1] in QUOTES and not _opens(text, len(text) - 1):
        text = text[:-1].rstrip()
    if len(text) > 2 and text[0] in "“\"«„" and text[-1] in "”\"»“" and not INNER_QUOTE_RE.search(text[1:-1]):
        text = text[1:-1].strip()
    # a lone quote inside ("The European House – “Ambrosetti", "IDEA” İctimai Birliyi") is stray
    if text.count("“") + text.count("”") == 1:
        text = text.replace("“", "").replace("”", "")
    return text


def _closes(text: str, i: int) -> bool:
    """An opening quote at i is balanced by a later closing quote."""
    return any(c in "”\"»“" for c in text[i + 1:])


def _opens(text: str, i: int) -> bool:
    return any(c in "“\"«„" for c in text[:i]) and text[i] in "”\"»"
