"""Country and region names in every case form; the "az_gazetteer" component fills NER gaps.

Names come from CLDR via Babel (`Locale("az").territories`: countries, dependent territories, world
regions), pycountry's Azerbaijani subdivisions (rayons, cities), a small alias file (ABŞ, BƏƏ, official "… Respublikası" forms, as the training gold writes
them) and, optionally, place names the training gold marks as REGION at least twice. Codes are the
CLDR territory keys (ISO 3166-1 alpha-2). Matching compares the last word's base forms
(pipeline.morphology.base_forms), so "Qazaxıstanın", "ABŞ-ın", "Azərbaycan Respublikasında" match.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.morphology import az_lower, base_forms, is_suffix, read_tsv

DATA = Path(__file__).resolve().parent / "data" / "gazetteer"
TITLES = Path(__file__).resolve().parent / "data" / "titles" / "titles.tsv"
OPEN_QUOTES = "“«„\""
CLOSE_QUOTES = "”»\""
MAX_WORDS = 10
OFFICIAL_FORMS = ("Respublikası", "Krallığı", "Dövləti", "Federasiyası")


@dataclass(frozen=True)
class Entry:
    name: str
    label: str            # COUNTRY | REGION
    code: str | None      # ISO 3166-1 alpha-2 for countries and territories


@functools.cache
def entries(with_regions: bool = True) -> dict[tuple[str, ...], Entry]:
    """Lower-case word tuple → entry. Aliases win over CLDR; CLDR over the training-gold region list."""
    from babel import Locale
    kinds = {r["code"]: r["kind"] for r in read_tsv(DATA / "dependent.tsv")}
    out: dict[tuple[str, ...], Entry] = {}

    def add(name: str, label: str, code: str | None) -> None:
        key = tuple(az_lower(w) for w in name.split())
        if key and key not in out:
            out[key] = Entry(name, label, code)

    for row in read_tsv(DATA / "aliases.tsv"):
        add(row["name"], row["label"], row["code"])
    for code, name in Locale("az").territories.items():
        kind = kinds.get(code)
        if kind == "skip" or "(" in name:
            continue
        if code.isdigit() or kind == "region":
            add(name, "REGION", None if code.isdigit() else code)
        else:
            add(name, "COUNTRY", code)
            for official in OFFICIAL_FORMS:  # "Qətər Dövləti", "Danimarka Krallığı": official forms
                add(f"{name} {official}", "COUNTRY", code)
    for row in read_tsv(DATA / "subdivisions.tsv"):
        for sub in _subdivisions(row["country"]):
            add(sub, "REGION", None)
    if with_regions:
        for row in read_tsv(DATA / "regions.tsv"):
            add(row["name"], "REGION", None)
    return out


def _subdivisions(country: str) -> list[str]:
    import pycountry
    # pycountry writes some schwas as U+01DD "ǝ" ("Kǝngǝrli"); Azerbaijani uses U+0259 "ə"
    return [s.name.replace("ǝ", "ə").replace("Ǝ", "Ə")
            for s in pycountry.subdivisions.get(country_code=country) or []]


@functools.cache
def country_names() -> dict[str, str]:
    """Lower-case country or territory name → code (aliases and CLDR, without the region list)."""
    return {" ".join(k): e.code for k, e in entries(False).items() if e.code}


@functools.cache
def _first_words(with_regions: bool) -> dict[str, int]:
    """First word of every name → longest name length starting with it (cheap pre-filter)."""
    out: dict[str, int] = {}
    for key in entries(with_regions):
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


@functools.cache
def title_words() -> frozenset[str]:
    """Head words of titles ("prezident", "nazir"): the last word of each training gold title norm, in its
    base forms ("naziri" → "nazir"), so "Xarici" or "Sənaye" alone make no title."""
    words = set()
    for row in read_tsv(TITLES):
        last = row["norm"].split()[-1]
        words.add(az_lower(last))
        words.update(b for b in base_forms(last) if len(b) > 3)
    return frozenset(words)


@functools.cache
def org_heads() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "org_heads.tsv"))


@functools.cache
def blockers() -> frozenset[str]:
    return frozenset(az_lower(r["word"]) for r in read_tsv(DATA / "blockers.tsv"))


def _cap(token: Token) -> bool:
    return token.text[:1].isupper()


WORD = re.compile(r"\S+")
EDGE_PUNCT = "“”«»„\"'’‘()[]{},.;:!?…"


def words_of(text: str) -> list[tuple[int, int, str]]:
    """Whitespace-separated words with edge punctuation cut off, as (start, end, text) char ranges.
    A suffix after a hyphen or apostrophe stays in the word ("ABŞ-ın"), as ANNOTATION.md wants."""
    out = []
    for m in WORD.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start] in EDGE_PUNCT:
            start += 1
        while end > start and text[end - 1] in EDGE_PUNCT:
            end -= 1
        if start < end:
            out.extend(_hyphen_parts(start, text[start:end]))
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
    firsts = _first_words(with_regions)
    text = doc.text  # Doc.text joins every token: build it once
    words = words_of(text)
    out = []
    i = 0
    while i < len(words):
        hit = None
        if words[i][2][:1].isupper():
            longest = max((firsts.get(b, 0) for b in base_forms(words[i][2])), default=0)
            for n in range(min(longest, MAX_WORDS, len(words) - i), 0, -1):
                hit = _match(doc, text, words, i, n, table)
                if hit:
                    break
        if hit:
            out.append(hit)
            i += len(hit[0].text.split())
        else:
            i += 1
    return out


def _match(doc: Doc, text: str, words, i: int, n: int, table) -> tuple[Span, Entry, bool] | None:
    chunk = words[i:i + n]
    # a name never runs across punctuation: each inner word must be followed directly by a space
    for (s1, e1, _), (s2, _, _) in zip(chunk, chunk[1:]):
        if text[e1:s2] != " ":
            return None
    head = tuple(az_lower(w) for _, _, w in chunk[:-1])
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


def blocked(doc: Doc, start: int, end: int, nominative: bool) -> bool:
    """Context where the name is no COUNTRY/REGION of its own (ANNOTATION.md)."""
    if _inside_quoted_name(doc, start, end):
        return True
    if end < len(doc):
        nxt = doc[end]
        if base_forms(nxt.text) & blockers():
            return True
        if nominative and nxt.ent_type_ == "ORG" and nxt.ent_iob_ == "B":
            return True
        # a country in the nominative that opens an organisation's name is part of it ("Türkiyə Mərkəzi
        # Bankı"); a title ("Qazaxıstan Prezidenti") or an event ("Avropa Kuboku") is not an organisation
        if nominative and _cap(nxt) and _org_follows(doc, end):
            return True
    return False


def _capitalised_run(doc: Doc, i: int) -> int:
    """End of the run of capitalised words (and "və" inside it) starting at i, at most 8 tokens."""
    j = i
    while (j < len(doc) and j < i + 8 and not doc[j].is_punct
           and (_cap(doc[j]) or (doc[j].lower_ == "və" and j > i))):
        j += 1
    return j


def _org_follows(doc: Doc, i: int) -> bool:
    """The capitalised run at i is an organisation's name ("… Nazirliyi", "… Bankı", "XİN") and not a
    title ("Prezidenti", "Baş naziri"): whichever comes first decides."""
    heads, titles = org_heads(), title_words()
    end = _capitalised_run(doc, i)
    for t in doc[i:min(end + 1, len(doc))]:
        forms = base_forms(t.text)
        if forms & titles:
            return False
        acronym = t.is_upper and len(t.text) > 1 and t.is_alpha and t.whitespace_  # "XİN", not "BMT-də"
        if t.i < end and (acronym or forms & heads):
            return True
    return False


def _inside_quoted_name(doc: Doc, start: int, end: int, reach: int = 5) -> bool:
    """The name sits in a short quoted name (“Mərkəzi Asiya” Mərkəzi, “Azərbaycan Hava Yolları”): an
    opening quote at most `reach` tokens before it and a closing quote at most `reach` tokens after it.
    A long quoted speech (“Rusiya iqtisadiyyatının …) is no name. Only a few tokens are looked at, so
    the check stays cheap in very long documents."""
    lo = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    opened = False
    for t in reversed(doc[max(lo, start - reach):start]):
        if _closing(t):
            return False
        if _opening(t):
            opened = True
            break
    return opened and any(_closing(t) for t in doc[end:end + reach])


def _opening(t: Token) -> bool:
    # a straight quote opens when it hugs the next word but not the previous one: «"Şəki" komandası»
    return t.text in "“«„" or (t.text == '"' and t.whitespace_ == "" and not _hugs_previous(t))


def _closing(t: Token) -> bool:
    return t.text in "”»" or (t.text == '"' and _hugs_previous(t))


def _hugs_previous(t: Token) -> bool:
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.whitespace_ == "" and not prev.is_space


@functools.cache
def official_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "official_words.tsv"))


def is_country_name(text: str) -> bool:
    """A known country name in any case form, or one followed by official-form words only
    ("Vyetnam Sosialist Respublikası"); not "Vyetnam … Kommunist Partiyası" nor a stray "Komissiya"."""
    from pipeline.linking import _pycountry_code
    names = country_names()
    words = [az_lower(w) for w in text.split()]
    if not words:
        return False
    if any(" ".join(words[:-1] + [b]) in names for b in base_forms(words[-1])):
        return True
    tail_ok = official_words()
    for k in range(len(words) - 1, 0, -1):
        if " ".join(words[:k]) in names:
            rest = words[k:-1] + [words[-1]]
            return all(w in tail_ok for w in rest[:-1]) and bool(base_forms(rest[-1]) & tail_ok)
    return _pycountry_code(text) is not None


def correct_places(doc: Doc, matches: list[tuple[Span, Entry, bool]]) -> list[Span]:
    """The NER's places checked against the names: an entity on exactly a gazetteer match takes the
    gazetteer's label (Türkiyədən is a COUNTRY, Qrenlandiya a REGION; a PERSON only turns into a COUNTRY,
    as many places share a name with people), and a COUNTRY that is no country name is dropped."""
    by_range = {(span.start, span.end): entry for span, entry, _ in matches}
    out = []
    for ent in doc.ents:
        entry = by_range.get((ent.start, ent.end))
        label = ent.label_
        if entry and label in ("COUNTRY", "REGION") or (entry and label == "PERSON" and entry.label == "COUNTRY"):
            if entry.label != label:
                ent = Span(doc, ent.start, ent.end, label=entry.label, kb_id=entry.code or "")
        elif label == "COUNTRY" and not is_country_name(ent.text.strip("“”\"«»")):
            continue
        out.append(ent)
    return out


def free(doc: Doc, start: int, end: int) -> bool:
    """No token of the range belongs to an entity already."""
    return all(t.ent_type_ == "" for t in doc[start:end])


@Language.factory("az_gazetteer", default_config={"regions": True, "correct": True})
def create_az_gazetteer(nlp: Language, name: str, regions: bool, correct: bool):
    """Add COUNTRY/REGION spans on tokens the NER left empty, never inside or next to an ORG name.
    regions: also use the place names of the training gold; correct: let the names fix the NER's
    COUNTRY/REGION labels and drop a COUNTRY that is no country name (see `correct_places`)."""
    def az_gazetteer(doc: Doc) -> Doc:
        matches = find(doc, regions)
        if correct and doc.ents:
            doc.ents = correct_places(doc, matches)
        new = []
        for span, entry, nominative in matches:
            if free(doc, span.start, span.end) and not blocked(doc, span.start, span.end, nominative):
                new.append(Span(doc, span.start, span.end, label=entry.label, kb_id=entry.code or ""))
        if new:
            doc.ents = list(doc.ents) + new
        return doc
    return az_gazetteer
