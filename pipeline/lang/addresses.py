"""Web and e-mail addresses in a text: no quantity and no name lies inside one ("…/2020%20UN%20Report.pdf"
is no PERCENT, "youtu.be/xM89ZVykBfA" holds no ORG).

An address is an http(s)/ftp scheme or "www." and what follows up to a space or a quote
("https://e-gov.az/az/x%20y"), an e-mail address ("info@asan.gov.az"), or a lower-case domain with a path
("pic.twitter.com/6AcA2XbuAo"). Scrapers glue addresses to the word before them ("Azerbaijanhttps://…",
"Aliyevapic.twitter.com/…"): an address opens at its scheme, or where the lower-case ASCII letters of its
domain begin, and only what lies wholly inside it is touched, so the glued word keeps its name.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["address_ranges", "inside"]

# the openings of an address, each a pattern that opens with a literal (a C scan): one alternation of them
# all, or a whole-address pattern tried at every letter, cost 13-140 µs a text, these 2 µs each
SCHEME_MARK = re.compile("://")
WWW = re.compile(r"www\.|WWW\.")
AT = re.compile("@")
DOMAIN_END = re.compile(r"\.[a-z]{2,}/")  # a lower-case domain's last label before its path
SCHEMES = ("https", "http", "ftp")
REST = re.compile(r"[^\s\"“”«»<>]*")          # an address runs to a space or a quote
MAIL_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
MAIL_NAME = re.compile(r"[\w.+-]")
DOMAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")


def _mail_start(text: str, i: int) -> int:
    while i > 0 and MAIL_NAME.match(text[i - 1]):
        i -= 1
    return i


def _domain_start(text: str, i: int) -> int:
    while i > 0 and text[i - 1] in DOMAIN:
        i -= 1
    while text[i] in ".-":  # "….pic.twitter.com": the full stop before the domain is no part of it
        i += 1
    return i


def _openings(text: str) -> list[tuple[int, int]]:
    """(start, end of the opening) of every address opening in `text`, unsorted, before merging."""
    found = []
    for m in SCHEME_MARK.finditer(text):
        a = m.start()
        scheme = next((s for s in SCHEMES if text.endswith(s, 0, a)), None)
        if scheme:
            found.append((a - len(scheme), m.end()))
    found += [m.span() for m in WWW.finditer(text)]
    for m in AT.finditer(text):
        start, domain = _mail_start(text, m.start()), MAIL_DOMAIN.match(text, m.end())
        if start < m.start() and domain:
            found.append((start, domain.end()))
    for m in DOMAIN_END.finditer(text):
        start = _domain_start(text, m.start())
        if start < m.start():
            found.append((start, m.end()))
    return found


@lru_cache(maxsize=4)
def address_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) character ranges of the web and e-mail addresses in `text`, in text order; one
    address holding several openings ("https://www.x.az/a") is one range. Cached for the last texts: the
    quantities and the names ask about the same Doc's text."""
    if "/" not in text and "@" not in text and "www." not in text and "WWW." not in text:
        return ()
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(_openings(text)):
        if "@" not in text[start:end]:  # an e-mail address ends with its domain, others at a space
            end = REST.match(text, end).end()
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], end))
        else:
            ranges.append((start, end))
    return tuple(ranges)


def inside(ranges: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Characters start..end-1 lie wholly inside one of `ranges`."""
    return any(a <= start and end <= b for a, b in ranges)
