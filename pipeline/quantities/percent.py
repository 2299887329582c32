"""PERCENT spans with value or range and qualifier: "12,5%", "40 faizi", "%5", "39-40 faiz"."""
from __future__ import annotations

import functools
import re

import regex

from pipeline.quantities import numbers
from pipeline.quantities.numbers import SPACES, any_case_first, suffix_chain
from pipeline.quantities.qualifiers import qualifier
from pipeline.quantities.quantity import GAP, RANGE_DASH, Quantity, non_overlapping, range_values, windows

PERCENT_MARKERS = re.compile(r"%|[fF]aiz")


@functools.cache
def percent_patterns() -> dict[str, regex.Pattern]:
    """A number before "%" or "faiz" (with a glued ending), and "%" before the number."""
    sfx = suffix_chain()
    num = numbers.phrase_pattern()
    pct_word = any_case_first(["faiz"])
    percent_after = (rf"(?P<n1>{num})(?:{RANGE_DASH}(?P<n2>{num})[{SPACES}]?%?)?{GAP}"
                     rf"(?:%(?P<psfx>[-'’]?{sfx})|{pct_word}(?P<fsfx>{sfx})(?!\p{{Ll}}))")
    percent_before = rf"%[{SPACES}]?(?P<n1>{num})(?:{RANGE_DASH}(?P<n2>{num}))?(?P<bsfx>-{sfx})?"
    return {"percent_after": regex.compile(percent_after, regex.V1),
            "percent_before": regex.compile(percent_before, regex.V1)}


def find_percent(text: str) -> list[Quantity]:
    """PERCENT quantities in `text` (character offsets), with value / range and qualifier."""
    pats = percent_patterns()
    found: list[Quantity] = []
    for name, (a, b) in ((n, w) for w in windows(text, PERCENT_MARKERS)
                         for n in ("percent_after", "percent_before")):
        for m in pats[name].finditer(text, a, b):
            try:
                shift, value, low, high = range_values(m)
            except ValueError:
                continue
            groups = m.groupdict()
            suffix = groups.get("psfx") or groups.get("fsfx") or groups.get("bsfx") or ""
            start = m.start() + (shift if name == "percent_after" else 0)
            found.append(Quantity(start, m.end(), "PERCENT", value=value, min=low, max=high, suffix=suffix))
    found = non_overlapping(found)
    for q in found:
        q.qualifier = qualifier(text, q.start, q.end, q.suffix, after_words=q.min is None)
    return found
