"""The gazetteer: country and region names in every case form, and their search in a Doc.

Names come from the country table (pipeline/names/countries.py: CLDR territories and aliases),
pycountry's Azerbaijani subdivisions (rayons, cities), the world's cities CLDR names in Azerbaijani for its
time zones (Babel's exemplar cities, `cities`, corrected by data/gazetteer/cities.tsv) and, optionally, place
names the training gold marks as REGION at least twice and the hand list of hyphenated and two-word places
(economic regions). Matching compares the last word's base forms
(pipeline.lang.morphology.base_forms), so "Qazaxıstanın", "ABŞ-ın", "Azərbaycan Respublikasında" match.
The components that use the matches are in pipeline/names/components.py.
"""
from __future__ import annotations

import functools
import re
import weakref

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.lang.punctuation import EDGE_PUNCT
from pipeline.lang.texts import doc_text
from pipeline.names.countries import Entry, add_entry, is_country_name, territories
from pipeline.tables import DATA_DIR, read_tsv

DATA = DATA_DIR / "gazetteer"
MAX_WORDS = 10


@functools.cache
def entries(with_regions: bool = True) -> dict[tuple[str, ...], Entry]:
    """Lower-case word tuple → entry. Aliases win over CLDR; CLDR over subdivisions, the cities and the
    training-gold and hand region lists."""
    out = dict(territories())
    for row in read_tsv(DATA / "subdivisions.tsv"):
        for sub in _subdivisions(row["country"]):
            add_entry(out, sub, "REGION", None)
    for city in cities():
        add_entry(out, city, "REGION", None)
    if with_regions:
        for row in read_tsv(DATA / "regions.tsv"):
            add_entry(out, row["name"], "REGION", None)
        for row in read_tsv(DATA / "hand_regions.tsv"):
            add_entry(out, row["name"], "REGION", None)
    return out


@functools.lru_cache(maxsize=65536)
def place_or_country(text: str) -> bool:
    """A country (also by its English or official name) or a place of the gazetteer, in any case form
    ("Bakıya", "Fransanı")."""
    return any(is_country_name(f) or (f,) in entries() for f in base_forms(az_lower(text)))


@functools.cache
def cities() -> tuple[str, ...]:
    """The cities CLDR names in Azerbaijani as its time zones' exemplar cities ("Aşqabat", "Çikaqo",
    "Varşava"; where the az locale has no name of its own CLDR's is the zone's, "Minsk", "Oslo"), without
    the names cities.tsv skips (given names, common words, names the training gold writes as something
    else) and with the spellings it adds (the news's "Aşqabad", "Tokio"). A city named as a country is
    left to the country ("Qatar")."""
    from babel import Locale
    from babel.dates import get_global, get_timezone_location
    from pipeline.names.countries import pycountry_code
    rows = read_tsv(DATA / "cities.tsv")
    skip = {r["name"] for r in rows if r["action"] == "skip"}
    zones = set(get_global("zone_territories")) | set(Locale("az").time_zones)
    names = {get_timezone_location(z, locale="az", return_city=True)
             for z in zones if "/" in z and not z.startswith("Etc/")}
    out = [n for n in sorted(names) if n not in skip and n.replace(" ", "").replace("-", "").isalpha()
           and pycountry_code(n) is None]
    return tuple(out + [r["name"] for r in rows if r["action"] == "add"])


def _subdivisions(country: str) -> list[str]:
    import pycountry
    # pycountry writes some schwas as U+01DD "ǝ" ("Kǝngǝrli"); Azerbaijani uses U+0259 "ə"
    return [s.name.replace("ǝ", "ə").replace("Ǝ", "Ə")
            for s in pycountry.subdivisions.get(country_code=country) or []]


@functools.cache
def _first_words(with_regions: bool) -> dict[str, int]:
    """First word of every name → longest name length starting with it (cheap pre-filter)."""
    out: dict[str, int] = {}
    for key in entries(with_regions):
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


WORD = re.compile(r"\S+")


def words_of(text: str) -> list[tuple[int, int, str]]:
    """Whitespace-separated words with edge punctuation cut off, as (start, end, text) char ranges.
    A suffix after a hyphen or apostrophe stays in the word ("ABŞ-ın"), as ANNOTATION.md wants."""
    out = []
    for m in WORD.finditer(text):
        word = m.group()
        core = word.strip(EDGE_PUNCT)  # str.strip, not a loop over the characters
        if not core:
            continue
        start = m.start() + len(word) - len(word.lstrip(EDGE_PUNCT))
        if "-" in core:
            out.extend(_hyphen_parts(start, core))
        else:
            out.append((start, start + len(core), core))
    return out


def _hyphen_parts(start: int, word: str) -> list[tuple[int, int, str]]:
    """"Rusiya-Ukrayna" names two countries; "Nyu-York", "Kasım-Jomart" are one name. Split a hyphenated
    word of capitalised parts unless the whole is a known name's first word."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return [(start, start + len(word), word)]
    if any(b in _first_words(True) for b in base_forms(word)):
        return [(start, start + len(word), word)]
    out, pos = [], start
    for p in parts:
        out.append((pos, pos + len(p), p))
        pos += len(p) + 1
    return out


def find(doc: Doc, with_regions: bool = True) -> list[tuple[Span, Entry, bool]]:
    """Longest name matches, left to right: (span, entry, nominative)."""
    table = entries(with_regions)
    heads = _heads(with_regions)
    text = doc_text(doc)
    words = words_of(text)
    out = []
    i = 0
    while i < len(words):
        hit = None
        if words[i][2][:1].isupper():
            longest = _longest_from(words[i][2], with_regions)
            for n in range(min(longest, MAX_WORDS, len(words) - i), 0, -1):
                hit = _match(doc, text, words, i, n, table, heads)
                if hit:
                    break
        if hit:
            out.append(hit)
            i += len(hit[0].text.split())
        else:
            i += 1
    return out


# find()'s matches per Doc, kept by `az_places` for `az_gazetteer`: both search the same tokens (the
# search reads the text and the tokens, not the entities), and the second search cost 3-4% of a run.
# Offsets, not Spans, are kept: a Span would keep its Doc, the key, alive.
_FOUND: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def find_shared(doc: Doc, with_regions: bool = True) -> list[tuple[Span, Entry, bool]]:
    """find(doc, with_regions), searched once per Doc: a later call on the same tokens reuses the
    matches (checked against the tokens' character offsets, so a retokenised Doc is searched again)."""
    kept = _FOUND.get(doc)
    if kept is not None and kept[0] == (with_regions, len(doc)):
        out = []
        for start, end, start_char, end_char, entry, nominative in kept[1]:
            span = doc[start:end]
            if span.start_char != start_char or span.end_char != end_char:
                break
            out.append((span, entry, nominative))
        else:
            return out
    matches = find(doc, with_regions)
    _FOUND[doc] = ((with_regions, len(doc)),
                   [(sp.start, sp.end, sp.start_char, sp.end_char, entry, nom) for sp, entry, nom in matches])
    return matches


@functools.lru_cache(maxsize=100_000)
def _longest_from(word: str, with_regions: bool) -> int:
    """Most words of a name that can start with `word` (0: none), cached per word form."""
    firsts = _first_words(with_regions)
    return max((firsts.get(b, 0) for b in base_forms(word)), default=0)


@functools.cache
def _heads(with_regions: bool) -> frozenset[tuple[str, ...]]:
    """Every name's words but the last: `_match` analyses a last word only after a name with that head."""
    return frozenset(key[:-1] for key in entries(with_regions))


def _match(doc: Doc, text: str, words, i: int, n: int, table, heads) -> tuple[Span, Entry, bool] | None:
    chunk = words[i:i + n]
    # a name never runs across punctuation: each inner word must be followed directly by a space
    for (_, e1, _), (s2, _, _) in zip(chunk, chunk[1:]):
        if text[e1:s2] != " ":
            return None
    head = tuple(az_lower(w) for _, _, w in chunk[:-1])
    if head not in heads:
        return None
    last = chunk[-1][2]
    for base in sorted(base_forms(last), key=len, reverse=True):
        entry = table.get(head + (base,))
        if entry is None or not _case_fits([w for _, _, w in chunk], entry):
            continue
        span = doc.char_span(chunk[0][0], chunk[-1][1])
        if span is None:
            return None
        return span, entry, base == az_lower(last)
    return None


def _case_fits(words: list[str], entry: Entry) -> bool:
    """Each word capitalised as in the name ("Qara dəniz"), so "mali" (financial) is not Mali."""
    return all(t[:1].isupper() == w[:1].isupper() for t, w in zip(words, entry.name.split()))
