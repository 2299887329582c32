"""A title stated after its person as what the person becomes or acts as: "X xarici işlər nazirinin müavini
təyin edilib", "X keçid dövründə Suriya Prezidenti elan edilib", "X ABŞ Prezidenti kimi ...".

`title_phrases` finds free titles right before a PERSON only; the ner often leaves a predicated title
after its person untyped. Free tokens ending in a title head (`title_lexicon.heads`), made whole as
there, with a predicate word right after the head (data/titles/after_holder.tsv's words: "təyin",
"seçil", "vəzifə", "kimi", "elan", ...; not "və", which may start a list of other people's offices) and
at most MAX_GAP tokens after a PERSON of the same sentence (no PERSON or TITLE between; after a genitive
PERSON only its title's country or body: "X-in ABŞ Prezidenti kimi"), are a TITLE.
`leaders` then pairs it with that person, as it pairs the ner's predicated titles.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses
from pipeline.names.leaders import MAX_GAP, after_holder
from pipeline.names.title_lexicon import has_suffix, head_lemma, heads
from pipeline.names.title_phrases import MAX_WORDS, phrase_start

OWNERS = ("COUNTRY", "REGION", "ORG")
# "təyin"/"elan" state the title of the one named before only in the passive: "X səfir təyin edilib",
# but "Ərdoğan yeni səfir təyin edib" (Ərdoğan appointed someone else)
VOICED = ("təyin", "elan")
PASSIVE = ("edil", "olun")


@functools.cache
def predicates() -> tuple[str, ...]:
    """The word starts of after_holder.tsv that state the title of the person before it."""
    return tuple(s for s in after_holder() if s.isalpha() and s != "və")


def _predicate(doc: Doc, i: int) -> bool:
    """Token i starts a predicate that states the title before it of the person before that."""
    low = az_lower(doc[i].text)
    if not low.startswith(predicates()):
        return False
    return not low.startswith(VOICED) or i + 1 < len(doc) and az_lower(doc[i + 1].text).startswith(PASSIVE)


def _free_between(lo: int, hi: int, ents: list[Span]) -> bool:
    """Some token in [lo, hi) lies in no entity of `ents`."""
    return any(not any(e.start <= i < e.end for e in ents if e.start < hi) for i in range(lo, hi))


def _caseless(word: str) -> bool:
    """`word` has a reading without a case ending ("naziri": possessive, not only accusative) and none
    with a case after a possessive ("prezidentini")."""
    readings = [[m.slot for m in a.morphs] for a in analyses(word)]
    return any("case" not in r for r in readings) \
        and not any("poss" in r and "case" in r[r.index("poss"):] for r in readings)


def held_titles(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each predicated title after a PERSON added (see the module docstring); None when none."""
    new: list[Span] = []
    for k, person in enumerate(ents):
        if person.label_ != "PERSON":
            continue
        title = _held_title(doc, person, ents[k + 1:])
        if title is not None:
            new.append(title)
    if not new:
        return None
    return sorted(ents + new, key=lambda e: e.start)


def _held_title(doc: Doc, person: Span, after: list[Span]) -> Span | None:
    """The predicated title after `person`, or None. `after`: the entities after it."""
    sent_end = doc[person.end - 1].sent.end
    lo = person.end  # where the title's phrase may begin: after the person or an owner entity
    owners = iter(after)
    owner = next(owners, None)
    limit = min(sent_end - 1, person.end + MAX_GAP + MAX_WORDS)
    for h in range(person.end, limit):
        while owner is not None and owner.end <= h:
            if owner.label_ not in OWNERS:
                return None
            lo, owner = owner.end, next(owners, None)
        if owner is not None and owner.start <= h:
            continue  # inside an entity
        if owner is not None and owner.start == h + 1 or not _predicate(doc, h + 1):
            continue
        word = doc[h].text
        alone = heads().get(head_lemma(word) or "")
        if alone is None or has_suffix(word, "plural") or not _caseless(word):
            return None  # the first predicate ends the search; a title in a case is an object ("prezidentini")
        start = phrase_start(doc, h, lo, not has_suffix(word, "poss"), head_lemma(word))
        if start is None or start - person.end > MAX_GAP or start == h and not alone:
            return None
        if has_suffix(person[-1].text, "case", "genitive") and _free_between(person.end, start, after):
            return None  # "X-in qərarı ilə ölkəsinin baş naziri təyin edilib": whose decision, not who
        return Span(doc, start, h + 1, label="TITLE")
    return None
