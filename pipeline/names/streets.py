"""Streets, avenues and squares named after persons are places (issue 11): the name right before a street's
head noun in the possessive ("Sergey Yesenin küçəsi", "Hüseyn Cavid prospektinin", "Z.Əliyeva küçəsində")
is a REGION without the head noun, as the gold writes it (ANNOTATION.md: generic place words stay outside
a REGION). A PERSON there is relabelled, a PERSON holding the head noun is cut before it, and free
capitalised name words there become a REGION; before a plural head ("X, Y və Z küçələrinin") the PERSONs
listed before it are streets too. A bare case form is no head ("Əli Vəliyev küçədə ..." stays a PERSON),
nor is a capitalised one, part of an official name ("Dənizkənarı Bulvarı"). An address abbreviates the head
("Dilarə Əliyeva küç. 185", "Nizami pr. 42"; egov10): those abbreviations are heads too.
The head nouns live in pipeline/data/streets/words.tsv.
An address may leave the head out altogether, the name followed by the house number (region11): a PERSON
right before a house number is the street's REGION where the address says so, an address noun after the
number ("Rauf Kərimli 36 ünvanında"; pipeline/data/streets/address_words.tsv) or a district or city in the
possessive and a comma before the name ("Nəsimi rayonu, Rauf Kərimli 185").
"""
from __future__ import annotations

import functools

import regex
from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.lang.texts import token_texts
from pipeline.names.common_words import is_common, starts_sentence
from pipeline.names.spans import name_word
from pipeline.names.words import place_words
from pipeline.tables import read_tsv

PATH = "streets/words.tsv"  # under pipeline/data/
ADDRESS_PATH = "streets/address_words.tsv"  # under pipeline/data/
# a house number: "36", "185a", "12/3", "7A"
HOUSE_NUMBER = regex.compile(r"\d{1,4}[\p{L}]?(?:/\d{1,4}[\p{L}]?)?")
MAX_WORDS = 4  # free name words before a head ("Nəsib bəy Yusifbəyli" is the ner's, not ours)
LIST_JOINS = frozenset({",", "və"})
SHORT = 5  # letters of an abbreviated head whose full stop the tokenizer may split off ("pr.")
# initials, alone or glued to the surname: "Z.Əliyeva", "Ü.Hacıbəyli", "A. Məmmədov"
INITIALLED = regex.compile(r"(?:\p{Lu}\.)+(?:\p{Lu}[\p{L}-]+)?")


@functools.cache
def heads() -> dict[str, str]:
    """Possessive head noun -> "singular" or "plural"."""
    return {az_lower(r["word"]): r["number"] for r in read_tsv(PATH)}


@functools.cache
def _head_prefixes() -> tuple[str, ...]:
    return tuple(heads())


@functools.lru_cache(maxsize=20_000)
def head_number(word: str) -> str | None:
    """"singular"/"plural" when `word` is a street's head noun in the possessive, in any case
    ("küçəsində", "prospektinin", "küçələrinin"); None otherwise ("küçədə", "küçə")."""
    low = az_lower(word)
    if low.endswith("."):  # an abbreviation ("küç.", "pr."): the whole form only, it takes no suffix
        return heads().get(low)
    if not low.startswith(_head_prefixes()):  # what the loop below needs: spares most words' analyses
        return None
    for form in base_forms(low):  # the word itself among them
        if form in heads() and low.startswith(form):
            return heads()[form]
    return None


@functools.cache
def address_words() -> frozenset[str]:
    """Nouns that name an address, base form ("ünvan")."""
    return frozenset(az_lower(r["word"]) for r in read_tsv(ADDRESS_PATH))


def _address_noun(word: str) -> bool:
    return word[:1].islower() and bool((base_forms(az_lower(word)) | {az_lower(word)}) & address_words())


def _in_address(doc: Doc, texts: list[str], e: Span) -> bool:
    """The PERSON `e` is followed by a house number in an address: an address noun after the number, or a
    place word in the possessive and a comma right before the name and no word after the number ("Nəsimi
    rayonu, X 185 (", "..., X 185.")."""
    end = e.end
    if end >= len(texts) or not HOUSE_NUMBER.fullmatch(texts[end]):
        return False
    if end + 1 < len(texts) and _address_noun(texts[end + 1]):
        return True
    # the address goes on after the number with punctuation, not a word ("Lalə Həsənli 20 yaşında")
    if e.start < 2 or texts[e.start - 1] != "," or end + 1 < len(texts) and texts[end + 1][:1].isalnum():
        return False
    before = az_lower(texts[e.start - 2])
    return before not in place_words() and bool(base_forms(before) & place_words())


def house_addresses(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each PERSON that names a street before a house number in an address made a REGION; None
    when none."""
    person = doc.vocab.strings["PERSON"]
    texts = token_texts(doc)
    # the cheap test first: a PERSON right before a token opening with a digit (most documents have none)
    if not any(e.label == person and e.end < len(texts) and texts[e.end][:1].isdigit() for e in ents):
        return None
    out, changed = [], False
    for e in ents:
        if e.label == person and _in_address(doc, texts, e):
            out.append(Span(doc, e.start, e.end, label="REGION"))
            changed = True
        else:
            out.append(e)
    return out if changed else None


def _abbreviated(doc: Doc, texts: list[str], k: int) -> str:
    """Token k with the full stop the tokenizer split off a short word ("pr" "." → "pr."), else its text."""
    word = texts[k]
    if len(word) <= SHORT and k + 1 < len(texts) and texts[k + 1] == "." and not doc[k].whitespace_:
        return word + "."
    return word


def _name_word(text: str) -> bool:
    return name_word(text) or bool(INITIALLED.fullmatch(text))


def _free_run(doc: Doc, k: int, taken: set[int]) -> int | None:
    """Start of the free capitalised name words ending right before token k, without a common word
    opening the sentence ("Dünən Nizami küçəsində", "Mərkəzi küçəsi" in a headline); None when none."""
    start = k
    while start > 0 and k - start < MAX_WORDS and start - 1 not in taken and _name_word(doc[start - 1].text):
        start -= 1
    if start < k and starts_sentence(doc, start) and is_common(doc[start].text):
        start += 1
    return start if start < k else None


def _listed_persons(doc: Doc, by_end: dict[int, int], ents: list[Span], first: int) -> list[int]:
    """Indices in `ents` of the PERSONs joined by "," or "və" before the entity ents[first]."""
    out, cur = [], ents[first]
    while cur.start >= 2 and doc[cur.start - 1].text in LIST_JOINS:
        j = by_end.get(cur.start - 1)
        if j is None or ents[j].label_ != "PERSON":
            break
        out.append(j)
        cur = ents[j]
    return out


def street_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with the names of streets made REGIONs, before a head noun or a house number; None when nothing
    changed."""
    heads_done = _street_heads(doc, ents)
    addressed = house_addresses(doc, ents if heads_done is None else heads_done)
    return addressed if addressed is not None else heads_done


def _street_heads(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with the names before a street's head noun made REGIONs; None when nothing changed."""
    out = list(ents)
    changed = False
    by_end = {e.end: i for i, e in enumerate(out)}
    added: list[Span] = []
    taken = {i for e in ents for i in range(e.start, e.end)}
    texts = token_texts(doc)
    # each distinct word tested once: a head, alone or with the full stop after it ("pr" "."); a capitalised
    # head belongs to an official name ("Sumqayıt Bulvarı", as the gold writes it)
    maybe = {w for w in set(texts) if w[:1].islower() and (
        head_number(w) is not None or len(w) <= SHORT and head_number(w + ".") is not None)}
    for k in [k for k in range(1, len(texts)) if texts[k] in maybe] if maybe else ():
        number = head_number(_abbreviated(doc, texts, k))
        if number is None:
            continue
        j = by_end.get(k)
        inside = next((i for i, e in enumerate(out) if e.start < k < e.end and e.label_ == "PERSON"), None)
        if inside is not None:
            # the ner took the head noun into the PERSON: the name is the part before it
            e = out[inside]
            out[inside] = Span(doc, e.start, k, label="REGION")
            changed = True
            j = inside
        elif j is not None and out[j].label_ == "PERSON":
            out[j] = Span(doc, out[j].start, out[j].end, label="REGION")
            changed = True
        elif j is None and k - 1 not in taken:
            start = _free_run(doc, k, taken)
            if start is not None:
                added.append(Span(doc, start, k, label="REGION"))
            continue
        else:
            continue
        if number == "plural":
            for i in _listed_persons(doc, by_end, out, j):
                out[i] = Span(doc, out[i].start, out[i].end, label="REGION")
    if not changed and not added:
        return None
    # a shortened PERSON frees its head noun: nothing else may start there, so plain sorting is safe
    return sorted(out + added, key=lambda e: e.start)
