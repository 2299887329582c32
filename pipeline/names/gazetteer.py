"""Country and region names in every case form; the "az_gazetteer" component fills NER gaps.

Names come from CLDR via Babel (`Locale("az").territories`: countries, dependent territories, world
regions), pycountry's Azerbaijani subdivisions (rayons, cities), a small alias file (ABŞ, BƏƏ, official "… Respublikası" forms, as the training gold writes
them) and, optionally, place names the training gold marks as REGION at least twice. Codes are the
CLDR territory keys (ISO 3166-1 alpha-2). Matching compares the last word's base forms
(pipeline.lang.morphology.base_forms), so "Qazaxıstanın", "ABŞ-ın", "Azərbaycan Respublikasında" match.

Cue rules (issue 4; each has a config switch, measured by benchmarks/cue_rules.py) then use the words
around a name and the rest of the document to fix the NER's spans: a name before a generic place word
is a REGION ("Salyan rayonunda"), a quoted name and the organisation name after it are one ORG, the noun
after a quoted name makes it an ORG or no entity, a place in the genitive or a spatial case is split off
the ORG it opens, a lone surname of a full name is a PERSON, a one-word REGION/ORG labels its lone
repetitions. Their word lists are data files under pipeline/data/gazetteer/.
"""
from __future__ import annotations

import functools
import re
import weakref
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms, is_suffix, read_tsv
from pipeline.names.countries import Entry, add_entry, is_country_name, territories

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
TITLES = Path(__file__).resolve().parent.parent / "data" / "titles" / "titles.tsv"
OPEN_QUOTES = "“«„\""
CLOSE_QUOTES = "”»\""
MAX_WORDS = 10


@functools.cache
def entries(with_regions: bool = True) -> dict[tuple[str, ...], Entry]:
    """Lower-case word tuple → entry. Aliases win over CLDR; CLDR over subdivisions and the
    training-gold region list."""
    out = dict(territories())
    for row in read_tsv(DATA / "subdivisions.tsv"):
        for sub in _subdivisions(row["country"]):
            add_entry(out, sub, "REGION", None)
    if with_regions:
        for row in read_tsv(DATA / "regions.tsv"):
            add_entry(out, row["name"], "REGION", None)
    return out


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
    return t.text in OPENING_QUOTES or (t.text == '"' and t.whitespace_ == "" and not _hugs_previous(t))


def _closing(t: Token) -> bool:
    return t.text in "”»" or (t.text == '"' and _hugs_previous(t))


def _hugs_previous(t: Token) -> bool:
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.whitespace_ == "" and not prev.is_space


def correct_places(doc: Doc, matches: list[tuple[Span, Entry, bool]]) -> list[Span] | None:
    """The NER's places checked against the names: an entity on exactly a gazetteer match takes the
    gazetteer's label (Türkiyədən is a COUNTRY, Qrenlandiya a REGION; a PERSON only turns into a COUNTRY,
    as many places share a name with people), and a COUNTRY that is no country name is dropped.
    Like every rule below: the new entities, or None when nothing changes."""
    by_range = {(span.start, span.end): entry for span, entry, _ in matches}
    out = []
    changed = False
    for ent in doc.ents:
        entry = by_range.get((ent.start, ent.end))
        label = ent.label_
        if entry and label in ("COUNTRY", "REGION") or (entry and label == "PERSON" and entry.label == "COUNTRY"):
            if entry.label != label:
                ent = Span(doc, ent.start, ent.end, label=entry.label, kb_id=entry.code or "")
                changed = True
        elif label == "COUNTRY" and not is_country_name(ent.text.strip("“”\"«»")):
            changed = True
            continue
        out.append(ent)
    return out if changed else None


def free(doc: Doc, start: int, end: int) -> bool:
    """No token of the range belongs to an entity already."""
    return all(t.ent_type_ == "" for t in doc[start:end])


# ---- cue rules: the words around a name tell its kind (issue 4) ----

CONNECTORS = ("və", ",")             # "Sırdərya və Türküstan vilayətlərində", "A, B və C rayonlarında"
ORG_JOINERS = ("üçün", "üzrə", "və")  # lower-case words inside an organisation's name
MAX_NAME = 2                         # words of a place name found from a cue alone


@functools.cache
def place_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "place_words.tsv"))


@functools.cache
def quoted_org_heads() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "quoted_org_heads.tsv"))


@functools.cache
def legal_forms() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "legal_forms.tsv"))


@functools.lru_cache(maxsize=64)
def _stem_prefixes(stems: frozenset[str]) -> tuple[str, ...]:
    """What every inflected form of a stem starts with: the stem without its last two letters (at least
    two kept), as Azerbaijani stems change only there: a final consonant ("agentlik" → "agentliyi") or a
    dropped last vowel ("ağız" → "ağzı")."""
    return tuple(sorted({az_lower(s)[:max(2, len(s) - 2)] for s in stems}))


def possessed(word: str, stems: frozenset[str]) -> tuple[bool, bool]:
    """(word is one of `stems` with a possessive ending, that stem is plural): "rayonunda" → (True, False),
    "vilayətlərində" → (True, True), "Mərkəzinin" → (True, False). The bare or only case-marked word is
    not ("rayon", "şəhərin", "kənddə"): a name + place word compound has the possessive ("Salyan rayonu")."""
    # most words cannot be a form of any stem: skip their morphological analysis
    if not az_lower(word).startswith(_stem_prefixes(stems)) or not base_forms(word) & stems:
        return False, False
    poss = [ana for ana in analyses(word) if ana.has("poss")]
    # base_forms knows the stem alternations ("agentliyi" → "agentlik") that the analyses' stems lack
    return bool(poss), any(ana.has("plural") for ana in poss)


@functools.lru_cache(maxsize=100_000)
def _place_cue_word(text: str) -> tuple[bool, bool]:
    """(the word is a lower-case generic place word in the possessive, it is plural); a cue when its
    token is outside any entity."""
    return possessed(text, place_words()) if text[:1].islower() else (False, False)


def _token_rows(doc: Doc) -> list[tuple[str, bool, bool]]:
    """(text, is_alpha, in an entity) of every token, read from arrays: a loop over `doc` makes a Token
    object per token, which the cue rules did several times per document."""
    from spacy.attrs import ENT_TYPE, IS_ALPHA, ORTH
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [(strings[orth], bool(alpha), bool(ent)) for orth, alpha, ent in
            doc.to_array([ORTH, IS_ALPHA, ENT_TYPE]).tolist()]


def _ent_at(doc: Doc, i: int) -> Span | None:
    """The entity that token i belongs to (read from the tokens: doc.ents is rebuilt on every access)."""
    if not doc[i].ent_type_:
        return None
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[i].ent_type_, kb_id=doc[i].ent_kb_id_)


def _replace(doc: Doc, new: list[Span]) -> list[Span]:
    """doc.ents with `new` in place of every entity they overlap."""
    taken = set()
    for span in new:
        taken.update(range(span.start, span.end))
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + new, key=lambda e: e.start)


def _word_start(doc: Doc, end: int) -> int:
    """First token of the hyphenated word that ends at token `end` ("Əl-Şeyx", "əl-Quseyr", "Veliko-Tırnovo")."""
    i = end - 1
    while i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return i


def _free_word(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is one capitalised word outside any entity."""
    return _cap(doc[end - 1]) and not doc[end - 1].is_punct and free(doc, start, end)


def _name_before(doc: Doc, end: int) -> tuple[int, Span | None] | None:
    """The name that ends at token `end`: (start, the entity there or None for free tokens).
    Free tokens: the capitalised words before `end` (at most MAX_NAME, hyphenated ones whole) without
    a sentence-initial word, which is capitalised for its position only ("Dünən Bakı şəhərində",
    "Hazırda kəndin …")."""
    if end == 0:
        return None
    ent = _ent_at(doc, end - 1)
    if ent is not None:
        return (ent.start, ent) if ent.end == end and _cap(doc[end - 1]) else None
    start, words = end, 0
    while start > 0 and words < MAX_NAME:
        first = _word_start(doc, start)
        if not _free_word(doc, first, start) or doc[first].is_sent_start:
            break
        start, words = first, words + 1
    return (start, None) if start < end else None


def _as_region(doc: Doc, start: int, end: int, ent: Span | None) -> Span | None:
    """A REGION over doc[start:end], or None when the name is no place: a known country ("Qazaxıstan
    şəhərləri": the country's cities), an organisation's name (ends in an organisation head word), an
    entity of another kind than PERSON/ORG/COUNTRY, or already a REGION."""
    if ent is not None and ent.label_ not in ("PERSON", "ORG", "COUNTRY"):
        return None
    span = doc[start:end]
    if is_country_name(span.text) or base_forms(span[-1].text) & org_heads():
        return None
    return Span(doc, start, end, label="REGION")


def cue_regions(doc: Doc) -> list[Span] | None:
    """Names directly before a generic place word become REGIONs, and so do names coordinated with them
    before a plural one. An entity there keeps its span and changes its label; free words get one."""
    changes: list[Span] = []
    for i, (text, _, in_entity) in enumerate(_token_rows(doc)):
        cue, plural = (False, False) if in_entity else _place_cue_word(text)
        end = i
        while cue:
            found = _name_before(doc, end)
            if found is None:
                break
            start, ent = found
            region = _as_region(doc, start, end, ent)
            if region is not None:
                changes.append(region)
            # coordinated names before a plural place word: "A və B vilayətlərində", "A, B və C rayonları"
            if not plural or start < 2 or doc[start - 1].lower_ not in CONNECTORS:
                break
            end = start - 1
    return _replace(doc, changes) if changes else None


SPATIAL_CASES = ("dative", "locative", "ablative")


def case_of(word: str, name: str) -> set[str]:
    """The cases `word` can be `name`'s last word in ("Özbəkistanın" → genitive, "Bakıya" → dative)."""
    last = az_lower(name.split()[-1])
    return {ana.morphs[-1].name for ana in analyses(word)
            if ana.morphs and ana.morphs[-1].slot == "case" and az_lower(ana.stem) == last}


def split_places_off_orgs(doc: Doc, matches: list[tuple[Span, Entry, bool]]) -> list[Span] | None:
    """An ORG that opens with a place name in the genitive or a spatial case is no single name:
    - genitive: the place and the organisation ([Özbəkistanın]COUNTRY [Milli İnformasiya Agentliyi]ORG,
      ANNOTATION.md; the training gold writes it so in 546 of 550 cases), except before a "-dakı/-dəki"
      word ("Azərbaycanın Türkiyədəki Səfirliyi" is one ORG);
    - dative, locative, ablative ("Bakıda …", "Türkiyəyə …"): a case ending never sits inside a name
      (176 of 177 in the training gold); the rest stays an ORG only when it ends in an organisation
      head word or is an acronym."""
    by_start = {span.start: (span, entry) for span, entry, nominative in matches if not nominative}
    if not by_start:
        return None
    out = []
    changed = False
    for ent in doc.ents:
        hit = by_start.get(ent.start) if ent.label_ == "ORG" else None
        if hit is not None and hit[0].end < ent.end:
            span, entry = hit
            rest = doc[span.end:ent.end]
            cases = case_of(span.text.split()[-1], entry.name)
            genitive = "genitive" in cases and not any(ana.has("rel") for ana in analyses(rest[0].text))
            spatial = bool(cases & set(SPATIAL_CASES))
            if _cap(rest[0]) and not rest[0].is_punct and (genitive or spatial):
                out.append(Span(doc, span.start, span.end, label=entry.label, kb_id=entry.code or ""))
                acronym = len(rest) == 1 and rest[0].is_upper
                if genitive or acronym or base_forms(rest[-1].text) & org_heads():
                    out.append(Span(doc, rest.start, rest.end, label="ORG"))
                changed = True
                continue
        out.append(ent)
    return out if changed else None


def _org_end(doc: Doc, i: int) -> int | None:
    """End of an organisation name that opens at token i after a quoted name: a capitalised run
    (lower-case "üçün", "üzrə", "və" allowed inside) up to its last organisation head word, or an ORG
    the NER found there. None for legal forms, acronyms and runs with no head word."""
    first = doc[i]
    if not _cap(first) or first.is_punct or (first.is_upper and len(first.text) > 1):
        return None
    if base_forms(first.text) & legal_forms() or first.lower_ in legal_forms():
        return None
    ent = _ent_at(doc, i)
    heads = quoted_org_heads()
    if ent is not None and ent.start == i and ent.label_ == "ORG":
        # the NER's organisation, when it too ends in a head word (not "“Report” TASS-a")
        return ent.end if possessed(doc[ent.end - 1].text, heads)[0] else None
    end, j = None, i
    while j < len(doc) and j < i + 8 and not doc[j].is_punct and not doc[j].is_space:
        if not _cap(doc[j]) and not (doc[j].lower_ in ORG_JOINERS and j + 1 < len(doc) and _cap(doc[j + 1])):
            break
        if possessed(doc[j].text, heads)[0]:
            end = j + 1
        j += 1
    # a legal form after the name belongs to it: “X” Kəndli Fermer Təsərrüfatı MMC-nin
    if end is not None and end < len(doc) and doc[end - 1].whitespace_ and base_forms(doc[end].text) & legal_forms():
        end += 1
        # with its case suffix, which the tokenizer splits off: "MMC", "-", "nin"
        if (end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in "-'’"
                and not doc[end].whitespace_ and is_suffix(doc[end + 1].text)):
            end += 2
    return end


def join_quoted_orgs(doc: Doc) -> list[Span] | None:
    """“X” followed by an organisation's name ("“Kazan Expo” Beynəlxalq Sərgi Mərkəzi") is one ORG with
    the quotes inside (ANNOTATION.md). “X” MMC, “X” şirkəti and “X”ın keep the quoted name alone."""
    new: list[Span] = []
    for i, close in _quoted_names(doc):
        end = _org_end(doc, close + 1) if _cap(doc[i + 1]) else None
        if end is None:
            continue
        first, last = _ent_at(doc, i), _ent_at(doc, end - 1)
        if (first is None or first.start >= i) and (last is None or last.end <= end):
            new.append(Span(doc, i, end, label="ORG"))
    return _replace(doc, new) if new else None


@functools.cache
def quoted_name_heads() -> dict[str, frozenset[str]]:
    """kind ("ORG" | "none") → the nouns after a quoted name that say it is of that kind."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(DATA / "quoted_name_heads.tsv"):
        out.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(words) for kind, words in out.items()}


OPENING_QUOTES = "“«„"
# every token text _opening() can accept: a run of opening quotes, or a straight quote
_OPENING_TEXTS = {OPENING_QUOTES[a:b] for a in range(3) for b in range(a + 1, 4)} | {'"'}


def _opening_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may open a quote, found on the ORTH array rather than by making a
    Token object of every token."""
    import numpy
    from spacy.attrs import ORTH
    wanted = numpy.array([doc.vocab.strings[t] for t in _OPENING_TEXTS], dtype="uint64")
    return numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), wanted)).tolist() if len(doc) else []


def _quoted_names(doc: Doc, reach: int = 8):
    """(open quote, close quote) token pairs of short quoted names that a space follows."""
    after = -1  # a quoted name was found up to here: the next one opens after it
    for i in _opening_candidates(doc):
        if i <= after or not _opening(doc[i]):
            continue
        close = next((j for j in range(i + 2, min(i + reach + 2, len(doc)))
                      if _closing(doc[j]) or _opening(doc[j]) or doc[j].is_space or "\n" in doc[j].whitespace_), None)
        if close is None or not _closing(doc[close]) or not doc[close].whitespace_ or close + 1 >= len(doc):
            continue
        yield i, close
        after = close


def quoted_name_kinds(doc: Doc) -> list[Span] | None:
    """“X” şirkəti, “X” komandası: X is an ORG (a model entity exactly on X changes its label);
    “X” layihəsi, “X” festivalı: X is no entity (a model ORG exactly on X is dropped)."""
    kinds = quoted_name_heads()
    add: list[Span] = []
    drop: set[tuple[int, int]] = set()
    for i, close in _quoted_names(doc):
        nxt = doc[close + 1]
        if not nxt.text[:1].islower() or nxt.ent_type_:
            continue
        inner = doc[i + 1:close]
        first, last = _ent_at(doc, inner.start), _ent_at(doc, inner.end - 1)
        if possessed(nxt.text, kinds.get("ORG", frozenset()))[0]:
            exact = first is not None and (first.start, first.end) == (inner.start, inner.end)
            if exact and first.label_ != "ORG" or first is None and last is None and free(doc, inner.start, inner.end):
                add.append(Span(doc, inner.start, inner.end, label="ORG"))
        elif possessed(nxt.text, kinds.get("none", frozenset()))[0]:
            if first is not None and first.label_ == "ORG" and (first.start, first.end) == (inner.start, inner.end):
                drop.add((first.start, first.end))
    if drop:  # applied here, so that the added names below see the remaining entities
        doc.ents = [e for e in doc.ents if (e.start, e.end) not in drop]
    return _replace(doc, add) if add else None


def _suffixed_end(doc: Doc, i: int) -> int:
    """End of the word at token i with a suffix the tokenizer split off after a hyphen ("QZT", "-", "nin")."""
    if (i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text in "-'’" and not doc[i + 1].whitespace_
            and is_suffix(doc[i + 2].text)):
        return i + 3
    return i + 1


def _alone(doc: Doc, i: int, end: int | None = None) -> bool:
    """doc[i:end] is a word of its own: nothing glued to it, no capitalised word next to it in its
    sentence (a capitalised sentence-initial word counts: it may be a first name)."""
    end = i + 1 if end is None else end

    def name_word(j: int) -> bool:
        return 0 <= j < len(doc) and _cap(doc[j]) and doc[j].is_alpha
    glued = not doc[end - 1].whitespace_ and end < len(doc) and not doc[end].is_punct
    before = name_word(i - 1) and not doc[i].is_sent_start
    after = name_word(end) and not doc[end].is_sent_start
    return not (glued or before or after)


def surname_mentions(doc: Doc) -> list[Span] | None:
    """A one-word mention of the surname of a full name (a PERSON of two or more words) in the same
    document is that person: "Tokayev", "Tokayevin" after "Kasım-Jomart Tokayev". A one-word REGION or
    ORG there (not a known place name) becomes a PERSON, and so does such a word no component labelled
    when no capitalised word stands next to it (it would be part of a longer name). In the training gold
    337 of 338 such words standing alone are a PERSON."""
    surnames: set[str] = set()
    for ent in doc.ents:
        words = ent.text.split()
        if ent.label_ == "PERSON" and len(words) > 1:
            surnames.update(az_lower(b) for b in base_forms(words[-1]) if len(b) > 2)
    if not surnames:
        return None
    table = entries()
    new = []
    for i, (text, alpha, _) in enumerate(_token_rows(doc)):
        if not (alpha and text[:1].isupper()):
            continue
        forms = base_forms(text)  # lower case already
        if not forms & surnames or any((f,) in table for f in forms):
            continue
        ent = _ent_at(doc, i)
        if ent is not None:
            if ent.label_ in ("REGION", "ORG") and len(ent) == 1:
                new.append(Span(doc, i, i + 1, label="PERSON"))
            continue
        if _alone(doc, i):
            new.append(Span(doc, i, i + 1, label="PERSON"))
    return _replace(doc, new) if new else None


def repeated_names(doc: Doc) -> list[Span] | None:
    """A one-word REGION or ORG name labels its other lone mentions in the document that no component
    labelled ("Zorbalı rayonu … Zorbalıda", "BMT … BMT-nin"): in the training gold a lone word with the base
    form of a one-word REGION (ORG) of its document is that REGION (ORG) in 1,660 of 1,674 (1,688 of 1,695)
    cases. A word seen with both labels is left alone."""
    labels: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ in ("REGION", "ORG") and len(ent.text.split()) == 1:
            for form in base_forms(ent.text):
                if len(form) > 2:
                    labels.setdefault(az_lower(form), set()).add(ent.label_)
    if not labels:
        return None
    new = []
    for i, (text, alpha, in_entity) in enumerate(_token_rows(doc)):
        if in_entity or not text[:1].isupper() or not alpha:
            continue
        end = _suffixed_end(doc, i)
        if not _alone(doc, i, end):
            continue
        # base_forms gives lower-case forms
        found = set().union(*(labels.get(f, set()) for f in base_forms(doc[i:end].text)))
        if len(found) == 1:
            new.append(Span(doc, i, end, label=found.pop()))
    return _replace(doc, new) if new else None


@Language.factory("az_gazetteer", default_config={"regions": True, "correct": True, "cues": True,
                                                  "quoted_orgs": True, "split_places": True,
                                                  "quoted_kinds": True, "surnames": True,
                                                  "repeated": True})
def create_az_gazetteer(nlp: Language, name: str, regions: bool, correct: bool, cues: bool = True,
                        quoted_orgs: bool = True, split_places: bool = True,
                        quoted_kinds: bool = True, surnames: bool = True, repeated: bool = True):
    """Add COUNTRY/REGION spans on tokens the NER left empty, never inside or next to an ORG name.
    regions: also use the place names of the training gold; correct: let the names fix the NER's
    COUNTRY/REGION labels and drop a COUNTRY that is no country name (see `correct_places`);
    quoted_orgs: join a quoted name and the organisation name after it (`join_quoted_orgs`);
    cues: a name before a generic place word is a REGION (`cue_regions`);
    split_places: a place name in the genitive or a spatial case that opens an ORG is its own span
    (`split_places_off_orgs`); quoted_kinds: the noun after a quoted name makes it an ORG or no entity
    (`quoted_name_kinds`); surnames: a lone surname of a full name in the document is a PERSON
    (`surname_mentions`); repeated: a one-word REGION/ORG labels its lone repetitions (`repeated_names`)."""
    def apply(doc: Doc, ents: list[Span] | None) -> None:
        if ents is not None:  # reading and writing doc.ents builds every Span: only on a change
            doc.ents = ents

    def az_gazetteer(doc: Doc) -> Doc:
        matches = find_shared(doc, regions)
        if correct:
            apply(doc, correct_places(doc, matches))
        if split_places:
            apply(doc, split_places_off_orgs(doc, matches))
        if quoted_orgs:
            apply(doc, join_quoted_orgs(doc))
        if quoted_kinds:
            apply(doc, quoted_name_kinds(doc))
        new = []
        for span, entry, nominative in matches:
            if free(doc, span.start, span.end) and not blocked(doc, span.start, span.end, nominative):
                new.append(Span(doc, span.start, span.end, label=entry.label, kb_id=entry.code or ""))
        if new:
            doc.set_ents(new, default="unmodified")
        if cues:
            apply(doc, cue_regions(doc))
        if surnames:
            apply(doc, surname_mentions(doc))
        if repeated:
            apply(doc, repeated_names(doc))
        return doc
    return az_gazetteer


@Language.factory("az_places", default_config={"regions": True})
def create_az_places(nlp: Language, name: str, regions: bool):
    """Before the ner: preset the gazetteer's COUNTRY/REGION matches, which the ner then respects.
    The names are precise (dev, rules alone: COUNTRY P 0.988, REGION P 0.979), more so than the
    model's places; `az_gazetteer` after the ner still applies its cue rules to everything."""
    def az_places(doc: Doc) -> Doc:
        new = [Span(doc, span.start, span.end, label=entry.label, kb_id=entry.code or "")
               for span, entry, nominative in find_shared(doc, regions)
               if free(doc, span.start, span.end) and not blocked(doc, span.start, span.end, nominative)]
        if new:
            doc.set_ents(new, default="unmodified")
        return doc
    return az_places
