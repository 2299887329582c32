"""A compass word before a place belongs to its name (issue 11, class 4, egov9): "Mərkəzi [Avrasiyadan]" →
"[Mərkəzi Avrasiyadan]", "Orta [Asiyanın]", "Şimali [İrlandiya]" (a COUNTRY with a compass word is a region of
it), "Şimal-[Şərqi Asiyadan]" → "[Şimal-Şərqi Asiyadan]", "[Qərbi] [Zəngəzura]" → "[Qərbi Zəngəzura]". The
training gold never leaves such a word outside the place it opens. The word must stand free and open a name:
not after a capitalised word (but a common word opening the sentence, and never for "Mərkəzi", also a centre's
head noun: "Data Mərkəzi [Azərbaycanda]") or an entity unless in the genitive ("[Türkiyənin] Şərqi [Anadolu]":
a possessor), nor after a quote ("“X Hub” Mərkəzi").
A known name of the whole keeps its gazetteer label ("Cənubi Koreya": a COUNTRY). The words live in
pipeline/data/compass_places/words.tsv.
A compass word typed REGION alone names no place (pipeline/data/compass_places/lone.tsv; the training gold marks none
of these) when it is an adjective before a lower-case word other than a conjunction ("[Qərbi] azərbaycanlılar":
Western Azerbaijanis), one of two compass points joined by a hyphen ("[Şərq]-[Qərb] dəhlizi": a direction), or a
point before a bureau ("“Report”un [Qərb] bürosu"); "Qərb" alone, the West, stays a REGION.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms, in_case
from pipeline.lang.punctuation import NAME_QUOTES
from pipeline.lang.texts import token_texts
from pipeline.names.common_words import is_common, starts_sentence
from pipeline.names.countries import code_for
from pipeline.tables import read_tsv, words_by_role

PATH = "compass_places/words.tsv"  # under pipeline/data/
LONE = "compass_places/lone.tsv"
DASHES = frozenset({"-", "–"})
GENITIVE = frozenset({"genitive"})
CONJUNCTIONS = frozenset({"və", "ilə", "yaxud", "ya", "həm"})  # "Şərqi və Mərkəzi Avropa": an elided place


@functools.cache
def words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(PATH))


@functools.cache
def nouns() -> frozenset[str]:
    """The compass words that are also a name's head noun ("Mərkəzi": a centre)."""
    return frozenset(r["word"] for r in read_tsv(PATH) if r["noun"] == "yes")


@functools.cache
def lone_words() -> dict[str, frozenset[str]]:
    return words_by_role(LONE)


def _glued_point(doc: Doc, texts: list[str], k: int, step: int) -> bool:
    """Token k + 2 * step is a compass point joined to token k by a hyphen with no space ("Şərq-Qərb")."""
    j = k + 2 * step
    if not 0 <= j < len(texts) or texts[k + step] not in DASHES:
        return False
    first = min(k, j)
    return texts[j] in lone_words().get("point", frozenset()) and not doc[first].whitespace_ \
        and not doc[first + 1].whitespace_


def lone_compass(doc: Doc, texts: list[str], ent: Span) -> bool:
    """A one-word REGION that is a compass word naming no place (see the module docstring)."""
    if len(ent) != 1:
        return False
    word, k, lone = texts[ent.start], ent.start, lone_words()
    nxt = texts[k + 1] if k + 1 < len(texts) else ""
    if word in lone.get("adjective", frozenset()):
        return nxt[:1].islower() and nxt[:1].isalpha() and nxt not in CONJUNCTIONS
    if word not in lone.get("point", frozenset()):
        return False
    if _glued_point(doc, texts, k, 1) or _glued_point(doc, texts, k, -1):
        return True
    return nxt[:1].islower() and bool(base_forms(az_lower(nxt)) & lone.get("bureau", frozenset()))


def _compass_start(doc: Doc, texts: list[str], start: int, taken: set[int]) -> int | None:
    """Where the free compass words before token `start` begin ("Orta" Asiya, "Şimal" "-" "Şərqi" Asiya,
    "Şimal" "-" [Şərqi Asiya]), or None."""
    compass = words()
    k = start
    if k >= 1 and texts[k - 1] in compass and k - 1 not in taken and doc[k - 1].whitespace_:
        k -= 1
    # "Şimal-Şərqi": a second compass word glued by a hyphen
    if (k >= 2 and texts[k] in compass and texts[k - 1] in DASHES and texts[k - 2] in compass
            and k - 2 not in taken and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_):
        k -= 2
    if k == start:
        return None
    if k > 0:
        prev = texts[k - 1]
        if prev in NAME_QUOTES or prev in DASHES:
            return None
        # a possessor in the genitive may come before: "Türkiyənin Şərqi Anadolu bölgəsi"
        if (k - 1 in taken or prev[:1].isupper()) and in_case(prev, GENITIVE):
            return k
        if k - 1 in taken:
            return None
        # after a capitalised word the compass word may be a name's head noun ("Data Mərkəzi"); else a common word
        # opening the sentence does not stop it ("Ekspertlər Orta Asiyanı ...")
        if prev[:1].isupper() and (texts[k] in nouns() or not (starts_sentence(doc, k - 1) and is_common(prev))):
            return None
    return k


def compass_places(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each REGION/COUNTRY widened over the compass words that open its name, without the compass words
    typed REGION alone that name no place; None when none is."""
    texts = token_texts(doc)
    strings = doc.vocab.strings
    places = {strings["REGION"], strings["COUNTRY"]}
    region = strings["REGION"]
    lone_names = lone_words().get("adjective", frozenset()) | lone_words().get("point", frozenset())
    taken: set[int] | None = None
    out = []
    changed = False
    for e in ents:
        if e.label == region and texts[e.start] in lone_names and lone_compass(doc, texts, e):
            changed = True
            continue
        if e.label in places and e.start > 0 and (texts[e.start - 1] in words() or texts[e.start - 1] in DASHES):
            if taken is None:
                taken = {i for x in ents for i in range(x.start, x.end)}
            # the ner may have typed the compass word alone ("[Qərbi] [Zəngəzura]"): it joins the place
            alone = (out and out[-1].end == e.start and out[-1].end - out[-1].start == 1
                     and texts[e.start - 1] in words())
            k = _compass_start(doc, texts, e.start, taken - {e.start - 1} if alone else taken)
            if k is not None:
                if alone:
                    out.pop()
                code = code_for(doc[k:e.end].text)
                e = Span(doc, k, e.end, label="COUNTRY" if code else "REGION", kb_id=code or "")
                changed = True
        out.append(e)
    return out if changed else None
