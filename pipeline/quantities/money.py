"""MONEY spans with amount or range, currency and qualifier.

Detection runs on characters of the original text with `regex`, only in windows around a currency
word, sign or code; spans are then snapped to tokens by the az_money component
(pipeline/quantities/component.py). Currencies: pipeline/quantities/currencies.py.
"""
from __future__ import annotations

import functools
import re

import regex

from pipeline.lang.casing import capitalised
from pipeline.lang.morphology import in_harmony
from pipeline.quantities import numbers
from pipeline.quantities.currencies import resolve, tables
from pipeline.quantities.numbers import SPACES, alternation, any_case_first, suffix_chain
from pipeline.quantities.qualifiers import case_of, qualifier
from pipeline.quantities.quantity import (GAP, RANGE_DASH, Quantity, join_pairs, non_overlapping, parse_tail,
                                          range_values, windows)


@functools.cache
def money_patterns() -> dict[str, regex.Pattern]:
    """An amount before its currency word, code or sign; a sign or code before the amount; the
    currency word alone (for benchmarks/money_coverage.py)."""
    t = tables()
    sfx = suffix_chain()
    num = numbers.phrase_pattern()
    stems = sorted((set(t.stems) | set(t.defaults)) - t.country_only, key=len, reverse=True)
    stem_alt = any_case_first(stems)
    only_alt = any_case_first(t.country_only)
    country_alt = any_case_first(t.countries)
    sign_alt = alternation(t.signs)
    code_alt = alternation(t.codes)
    word = (rf"(?:(?:(?P<country>{country_alt})[{SPACES}]+)?(?P<stem>{stem_alt})"
            rf"|(?P<country>{country_alt})[{SPACES}]+(?P<stem>{only_alt}))(?P<sfx>{sfx})(?!\p{{Ll}})")
    code = rf"(?<!\p{{L}})(?P<code>{code_alt})(?P<csfx>-{sfx})?(?![\p{{L}}\d])"
    sign_after = rf"(?P<sign_after>{sign_alt})(?P<ssfx>-{sfx})?"
    money_after = (rf"(?P<n1>{num})(?:{RANGE_DASH}(?P<n2>{num}))?{GAP}"
                   rf"(?:{word}|{code}|{sign_after})")
    money_before = (rf"(?P<sign>{sign_alt})[{SPACES}]?(?P<n1>{num})"
                    rf"(?:{RANGE_DASH}(?:{sign_alt})?[{SPACES}]?(?P<n2>{num}))?(?P<bsfx>-{sfx})?(?!\d)")
    # a code before the amount only for the codes news write that way ("USD 100"), not "COP 29"
    known_alt = alternation({code for code in t.signs.values()} | set(t.defaults.values()))
    code_before = rf"(?<!\p{{L}})(?P<code>{known_alt})[{SPACES}]+(?P<n1>{num})(?!\p{{L}}|-)"
    flags = regex.V1
    return {
        "money_after": regex.compile(money_after, flags),
        "money_before": regex.compile(money_before, flags),
        "code_before": regex.compile(code_before, flags),
        "currency_word": regex.compile(word, flags),
    }


def currency_of(m: regex.Match, text: str) -> str | None:
    groups = m.groupdict()
    if groups.get("code"):
        return groups["code"]
    sign = groups.get("sign") or groups.get("sign_after")
    if sign:
        return tables().signs.get(sign)
    if groups.get("stem"):
        return resolve(groups.get("country"), groups["stem"], text)
    return None


@functools.cache
def money_markers() -> re.Pattern:
    """Currency words, signs and codes as one trie in the standard `re` engine: a cheap first pass
    that tells where the expensive amount patterns need to run."""
    t = tables()
    stems = set(t.stems) | set(t.defaults) | t.country_only
    words = stems | {capitalised(s) for s in stems} | set(t.signs) | set(t.codes)
    return re.compile(r"(?<![^\W\d_])" + alternation(words))  # at a word start, or after digits


@functools.cache
def spelled_out() -> regex.Pattern:
    """A number repeated in words in brackets: "1,5 milyon (bir milyon beş yüz min) manatı"."""
    return regex.compile(rf"\([{SPACES}]*(?:{numbers.word_pattern()})(?:[{SPACES}]+(?:{numbers.word_pattern()}))*"
                         rf"[{SPACES}]*\)")


def blank_spelled_out(text: str) -> str:
    """Replace bracketed number words by spaces (same length) so that the amount reads through them."""
    return spelled_out().sub(lambda m: " " * len(m.group()), text)


def find_money(text: str) -> list[Quantity]:
    """MONEY quantities in `text` (character offsets), with amount / range, currency and qualifier."""
    pats = money_patterns()
    found: list[Quantity] = []
    original, text = text, blank_spelled_out(text)
    for name, (a, b) in ((n, w) for w in windows(text, money_markers())
                         for n in ("money_after", "money_before", "code_before")):
        for m in pats[name].finditer(text, a, b):
            if numbers.only_scales(m.group("n1")):
                continue
            try:
                shift, amount, low, high = range_values(m)
            except ValueError:
                continue
            if m.groupdict().get("stem") and not in_harmony(m.group("stem"), m.group("sfx") or ""):
                continue  # "Franklin": a name, not "frank" + ending
            currency = currency_of(m, text)
            if currency is None:
                continue
            groups = m.groupdict()
            suffix = groups.get("sfx") or groups.get("csfx") or groups.get("ssfx") or groups.get("bsfx") or ""
            if shift and name != "money_after":
                continue  # "$2024 100": the sign belongs to the first number
            found.append(Quantity(m.start() + shift, m.end(), "MONEY", amount=amount, currency=currency,
                                  min=low, max=high, suffix=suffix,
                                  qualifier="at_least" if numbers.is_plural_scale(m.group("n1")) else None))
    found = non_overlapping(found)
    found = join_pairs(found, functools.partial(from_to, text))
    found = non_overlapping(found + listed_amounts(text, found))
    for q in found:
        if q.qualifier is None:
            q.qualifier = qualifier(original, q.start, q.end, q.suffix, after_words=q.min is None)
    return found


LIST_END = regex.compile(rf"[{SPACES}]*(?:[,;)]|və(?!\p{{L}}))")

SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n")
NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")


def listed_amounts(text: str, money: list[Quantity]) -> list[Quantity]:
    """"9,3 milyard, ... 2,2 milyard dollar": a currency named once covers the list before it.

    A bare amount with a multiplier, closed by a comma, bracket or "və", takes the currency of the
    next MONEY in the same sentence when no other number stands between them.
    """
    out: list[Quantity] = []
    matches = {}
    for q in money:  # list items stand within 250 characters before a MONEY
        for m in numbers.phrase_regex().finditer(text, max(0, q.start - 250), q.start):
            matches[m.start()] = m
    for m in matches.values():
        phrase = m.group()
        if not numbers.scale_words(phrase) or numbers.only_scales(phrase):
            continue
        if not LIST_END.match(text, m.end()) or any(q.start <= m.start() < q.end for q in money):
            continue
        nxt = next((q for q in money if q.start >= m.end()), None)
        if nxt is None or nxt.start - m.end() > 250 or SENTENCE_END.search(text, m.end(), nxt.start):
            continue
        between = text[m.end():nxt.start]
        others = [b for b in NUMBER.finditer(between)]
        if any(not numbers.scale_words(text[m.end() + b.start():m.end() + b.end() + 12]) for b in others):
            continue
        try:
            shift, amount = parse_tail(phrase)
        except ValueError:
            continue
        out.append(Quantity(m.start() + shift, m.end(), "MONEY", amount=amount, currency=nxt.currency))
    return out


FROM_TO_GAP = regex.compile(rf"[{SPACES}]+")


def from_to(text: str, prev: Quantity, q: Quantity) -> Quantity | None:
    """"300 min dollardan 1 milyon dollara qədər" is one span with min/max (as the gold annotates it)."""
    if (prev.min is None and q.min is None
            and case_of(prev.suffix) == "abl" and case_of(q.suffix) == "dat"
            and FROM_TO_GAP.fullmatch(text[prev.end:q.start])
            and qualifier(text, q.start, q.end, q.suffix) == "up_to"):
        return Quantity(prev.start, q.end, "MONEY", currency=prev.currency,
                        min=prev.amount, max=q.amount, suffix=q.suffix)
    return None
