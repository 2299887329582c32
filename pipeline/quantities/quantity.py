"""A quantity found in text, and what every finder of quantities (money, percent, dates) shares:
the non-overlap rule, the "from X to Y" join, the windows around cheap markers, and number ranges."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

import regex

from pipeline.lang.punctuation import DASHES
from pipeline.quantities import numbers
from pipeline.quantities.numbers import SPACES

# the dash of a range ("15-20 milyon", "15 – 20 faiz") and the spaces an amount may leave before its unit
RANGE_DASH = rf"[{SPACES}]*[{DASHES}][{SPACES}]*"
GAP = rf"[{SPACES}]*"


@dataclass
class Quantity:
    """A MONEY / PERCENT / DATE found in text: character offsets and the values ANNOTATION.md asks for."""
    start: int
    end: int
    label: str
    amount: Decimal | None = None
    currency: str | None = None
    min: Decimal | None = None
    max: Decimal | None = None
    qualifier: str | None = None
    value: Decimal | str | None = None
    suffix: str = field(default="", repr=False)  # the glued ending of the last word (for qualifiers)
    explicit_year: bool = field(default=False, repr=False)  # DATE: the text states the year
    same_year: bool = field(default=False, repr=False)  # DATE: "həmin il": the year named before


def non_overlapping(found: list[Quantity]) -> list[Quantity]:
    """Earliest start wins, then the longest."""
    out: list[Quantity] = []
    for q in sorted(found, key=lambda q: (q.start, -(q.end - q.start))):
        if not out or q.start >= out[-1].end:
            out.append(q)
    return out


def join_pairs(found: list[Quantity], join: Callable[[Quantity, Quantity], Quantity | None]) -> list[Quantity]:
    """Quantities in text order, each pair that `join` merges ("from X to Y") replaced by the merge."""
    out: list[Quantity] = []
    for q in found:
        merged = join(out[-1], q) if out else None
        if merged is not None:
            out[-1] = merged
            continue
        out.append(q)
    return out


def windows(text: str, markers: re.Pattern, before: int = 200, after: int = 40) -> list[tuple[int, int]]:
    """Merged (pos, endpos) ranges around each marker; amounts end at their marker."""
    out: list[list[int]] = []
    for m in markers.finditer(text):
        a, b = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def parse_tail(text: str) -> tuple[int, Decimal]:
    """Parse `text`, dropping leading atoms that do not belong ("2024 100 min" → "100 min")."""
    offsets = [m.start() for m in numbers.ATOM.finditer(text)]
    for off in offsets:
        try:
            return off, numbers.parse(text[off:])
        except ValueError:
            continue
    raise ValueError(f"not a number: {text!r}")


def range_values(m: regex.Match) -> tuple[int, Decimal | None, Decimal | None, Decimal | None]:
    """(start shift, amount, min, max) for groups n1 [- n2]; "15-20 milyard": 15 takes n2's multiplier."""
    shift, first = parse_tail(m.group("n1"))
    n2 = m.groupdict().get("n2")
    if not n2:
        return shift, first, None, None
    high = numbers.parse(n2)
    n1 = m.group("n1")[shift:]
    scales_1, scales_2 = numbers.scale_words(n1), numbers.scale_words(n2)
    if not scales_1 and scales_2:
        first = numbers.parse(n1 + " " + scales_2[-1])
    return shift, None, first, high
