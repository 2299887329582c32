"""Trigger matches and the verb-final clauses they close, for splitting a sentence's entities between
two triggers of one type:

- `own_side`: the entities between a trigger and the next finite verb trigger of its type are that
  verb's ("2013-cü ildə prezident seçilib, 2021-ci ildə isə yenidən seçilib").
- `after_previous`: a second finite verb trigger takes only the entities after the first ("X və Y saziş
  imzalayıb, Z isə memorandum imzalayıb": Z alone signs the second); AGREE.
- `shared_subject`: as `after_previous`, but the subject before the first verb, in the direct case, is
  shared ("X Y ilə görüşüb, sonra Z ilə görüşüb": X and Z meet; "X Türkiyəyə səfər edib, sonra
  Yunanıstana səfər edib": X visits both); MEET and VISIT.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pipeline.events.arguments import PARTICIPLE, case_of
from pipeline.events.lexicon import Trigger


@dataclass
class Match:
    trigger: Trigger
    start: int
    end: int
    own: str  # what the verb ending says; "" for a noun
    verb_last: bool = False  # the last word is a verb form ("imzalanıb", not "ayrılmış kreditdir")


def finite(doc: Doc, m: Match) -> bool:
    """True when the trigger ends in a finite verb that closes a clause: not a noun, a verbal noun or a
    participle before a word ("... ayrılmış kreditdir": the credit, not the clause, is qualified)."""
    if m.own in ("", "open") or not m.verb_last:
        return False
    return not (doc[m.end - 1].norm_.endswith(PARTICIPLE) and m.end < len(doc) and doc[m.end].is_alpha)


def own_side(doc: Doc, ents: list[Span], m: Match, matches: list[Match]) -> list[Span]:
    """`ents` without those after `m` and before the next verb trigger of its type: the verb comes
    last in its clause, so they are that verb's ("2013-cü ildə prezident seçilib, 2021-ci ildə isə
    yenidən seçilib": 2021 is the second election's date)."""
    nxt = next((o for o in matches if o.start >= m.end and o.trigger.type == m.trigger.type and finite(doc, o)), None)
    if nxt is None:
        return ents
    return [e for e in ents if not (e.start >= m.end and e.end <= nxt.start)]


def _previous(doc: Doc, m: Match, matches: list[Match]) -> list[Match]:
    """The finite verb triggers of `m`'s type before it, when `m` is finite too (else none)."""
    if not finite(doc, m):
        return []
    return [o for o in matches if o.end <= m.start and o.trigger.type == m.trigger.type and finite(doc, o)]


def after_previous(doc: Doc, ents: list[Span], m: Match, matches: list[Match]) -> list[Span]:
    """`ents` without those before the end of the previous finite verb trigger of `m`'s type, when `m` is
    finite too: the verb ends its clause, so they are the first clause's ("X və Y saziş imzalayıb, Z isə
    memorandum imzalayıb": Z alone signs the second, which X and Y would make a refer-back)."""
    prev = _previous(doc, m, matches)
    return [e for e in ents if e.start >= prev[-1].end] if prev else ents


def shared_subject(doc: Doc, ents: list[Span], m: Match, matches: list[Match]) -> list[Span]:
    """`after_previous`, keeping the entities in the direct case before the first finite verb trigger of
    `m`'s type and not before "ilə": the subject both verbs share ("X Y ilə görüşüb, daha sonra Z ilə görüşüb": X
    and Z)."""
    prev = _previous(doc, m, matches)
    if not prev:
        return ents
    return [e for e in ents if e.start >= prev[-1].end or (e.end <= prev[0].start and _subject(doc, e))]


def _subject(doc: Doc, ent: Span) -> bool:
    """True when `ent` is in the direct case and no "ilə" follows it ("X ilə görüşüb": X is met)."""
    return case_of(ent) == "direct" and not (ent.end < len(doc) and doc[ent.end].norm_ == "ilə")
