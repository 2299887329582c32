"""Qualifiers of an amount or percentage (approx, at_least, up_to, more_than, less_than) from the words
around it (data/numbers/qualifiers.tsv), and the grammatical case of a glued ending they depend on."""
from __future__ import annotations

import functools

import regex

from pipeline.lang.casing import az_lower
from pipeline.quantities.numbers import SPACES
from pipeline.tables import read_tsv


@functools.cache
def qualifier_table() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(before, after, glued) rules from qualifiers.tsv; longest phrases first."""
    before, after, glued = [], [], []
    for row in read_tsv("numbers/qualifiers.tsv"):
        side, words, case, qual = row["side"], row["words"], row["case"], row["qualifier"]
        {"before": before, "after": after}.get(side, []).append((words, case, qual))
        if side == "glued":
            glued.append((words, qual))
    key = lambda r: -len(r[0])  # noqa: E731
    return sorted(before, key=key), sorted(after, key=key), glued


@functools.cache
def case_endings() -> dict[str, tuple[str, ...]]:
    return {row["case"]: tuple(sorted(row["endings"].split(), key=len, reverse=True))
            for row in read_tsv("numbers/case_endings.tsv")}


@functools.cache
def intensifiers() -> tuple[str, ...]:
    return tuple(sorted((row["words"] for row in read_tsv("numbers/intensifiers.tsv")), key=len, reverse=True))


def case_of(suffix: str) -> str | None:
    """abl / dat / acc from the final morph of a glued ending ("dan", "ına", "ı"), else None."""
    suffix = az_lower(suffix.lstrip("-'’"))
    if not suffix:
        return None
    for case in ("abl", "dat", "acc"):
        if suffix.endswith(case_endings()[case]):
            # a final vowel after l/r/d/t/s is an adjective, copula or possessive ending ("-lı", "-dır",
            # "-sı"), not the accusative ("-ı", "-nı", "-ları")
            if (case == "acc" and len(suffix) > 1 and suffix[-2] in "lrdts"
                    and not suffix.endswith(("ları", "ləri"))):
                return None
            return case
    return None


LETTER = regex.compile(r"\p{L}")  # compiled once: regex's cache look-up costs more than these tests
LETTER_AT_END = regex.compile(r"\p{L}\Z")


def qualifier(text: str, start: int, end: int, suffix: str, after_words: bool = True) -> str | None:
    """The qualifier from the words right after the span (they win) or right before it.

    A range reads only the words before it ("ən azı 39-40 faiz"): "-dan ... -a qədər" after a range
    belongs to the range itself.
    """
    before, after, glued = qualifier_table()
    if not after_words:
        after, glued = [], []
    case = case_of(suffix)
    for morph, qual in glued:
        if az_lower(suffix).endswith(morph):
            return qual
    rest = text[end:end + 60]
    rest = rest.lstrip(SPACES + ")”\"")
    low = az_lower(rest)
    for word in intensifiers():
        if low.startswith(word + " "):
            low = low[len(word) + 1:]
            break
    for words, need, qual in after:
        if low.startswith(words) and not LETTER.match(low[len(words):len(words) + 1]):
            if need == "any" or need == case:
                return qual
    head = az_lower(text[max(0, start - 40):start]).rstrip(SPACES + "(“\"")
    for words, need, qual in before:
        if head.endswith(words) and not LETTER_AT_END.search(head[:len(head) - len(words)]):
            return qual
    return None
