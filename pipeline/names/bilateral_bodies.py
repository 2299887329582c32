"""A joint body's name with its parties and lower-case brief (issue 11, class 9, org11): "Azərbaycan Respublikası
ilə Yaponiya arasında iqtisadi əməkdaşlıq üzrə [Dövlət Komissiyasının]" is one ORG from the first party to the
body's head. The training gold writes both its such names whole, parties and brief inside ("Azərbaycan
Respublikası ilə Ermənistan Respublikası arasında dövlət sərhədinin delimitasiyası üzrə Dövlət Komissiyasının");
the ner stops at "üzrə" (org_openings joins a capitalised field only), leaving the parties as COUNTRYs.

The ORG must follow "üzrə" and end in a body's head (or free name words up to one: "üzrə Komissiyanın", which
the ner leaves untyped); before "üzrə" stand lower-case words, commas, dashes and "və"
up to "arasında"; before that the two parties joined by one "ilə", capitalised words only ("və" in the second
party only), each side holding an entity. The joined ORG opens at the first entity of the parties (a capitalised
word before it, "Tərəflər", stays out); the entities inside it give way.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.texts import token_texts
from pipeline.names.official_names import body_word
from pipeline.names.org_openings import positions
from pipeline.names.spans import name_word

FIELD = "üzrə"
BETWEEN = "arasında"
PAIR = "ilə"
MAX_BRIEF = 16  # tokens of the brief ("iqtisadiyyat, kənd təsərrüfatı, sənaye, texnika və texnologiya sahələrində ...")
MAX_PARTIES = 14  # tokens of the parties ("Azərbaycan Respublikasının Hökuməti ilə Böyük Britaniya və ...")
BRIEF_JOINERS = frozenset({",", "-", "–", "və"})
MAX_BODY = 4  # free name words of the body after "üzrə" ("Birgə Hökumətlərarası Komissiyanın")


def _brief_start(texts: list[str], field: int) -> int | None:
    """The index of "arasında" before the brief that ends right before `field` ("üzrə"), or None."""
    k = field - 1
    while k >= 0 and field - k <= MAX_BRIEF:
        text = texts[k]
        if text == BETWEEN:
            return k if k < field - 1 else None
        if not (text in BRIEF_JOINERS or text.replace("-", "").isalpha() and text[:1].islower()):
            return None
        k -= 1
    return None


def _parties_start(texts: list[str], between: int, starts: dict[int, Span]) -> int | None:
    """Where the two parties before "arasında" open: the first entity of a run of capitalised words and "və"
    with one "ilə" and an entity on each side of it; None when there are no such parties."""
    k, pair = between - 1, None
    while k >= 0 and between - k <= MAX_PARTIES:
        text = texts[k]
        if text == PAIR:
            if pair is not None:
                return None
            pair = k
        # "və" within the second party only ("ilə Böyük Britaniya və Şimali İrlandiya ..."): before "ilə" it joins
        # the parties to something else ("[X üzrə Komissiyasının] və Ermənistan ilə ...")
        elif not (text == "və" and pair is None or name_word(text)):
            break
        k -= 1
    if pair is None:
        return None
    opening = [i for i in range(k + 1, pair) if i in starts]
    if not opening or not any(i in starts for i in range(pair + 1, between)):
        return None
    return opening[0]


def _body_end(texts: list[str], field: int, starts: dict[int, Span], taken: set[int]) -> int | None:
    """The end of the body's name right after "üzrə" at `field`: an ORG ending in a body's head, or free name
    words up to one that the ner left untyped ("üzrə Komissiyanın"); None when no body follows."""
    ent = starts.get(field + 1)
    if ent is not None:
        return ent.end if ent.label_ == "ORG" and body_word(texts[ent.end - 1]) else None
    for j in range(field + 1, min(field + 1 + MAX_BODY, len(texts))):
        if j in taken or not name_word(texts[j]):
            return None
        if body_word(texts[j]):
            return j + 1
    return None


def bilateral_bodies(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each joint body's ORG widened over its brief and parties (module docstring); None when none."""
    texts = token_texts(doc)
    if BETWEEN not in texts or FIELD not in texts:
        return None  # most articles: no joint body
    starts = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    new: list[Span] = []
    for field in positions(texts, frozenset({FIELD})):
        end = _body_end(texts, field, starts, taken)
        between = None if end is None else _brief_start(texts, field)
        start = None if between is None else _parties_start(texts, between, starts)
        if start is not None and not (new and start < new[-1].end):  # spans never overlap
            new.append(Span(doc, start, end, label="ORG"))
    if not new:
        return None
    kept = [e for e in ents if not any(s.start < e.end and e.start < s.end for s in new)]
    return sorted(kept + new, key=lambda e: e.start)
