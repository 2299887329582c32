"""A TITLE with no PERSON in its sentence is no entity (a part of `stray_names`, see its module doc): the
test, and what it reads of the other names."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.sentences import sentence_bounds
from pipeline.names.concepts import known_place
from pipeline.names.spans import name_word

NEAR = 3  # tokens between a title and its person ("Prezidenti Kasım-Jomart Tokayev", "X, şirkətin direktoru")


class TitleContext:
    """What a TITLE's test reads of the other names, from the current entity list (doc.ents is stale
    inside az_corrections) and one walk over the sentence starts, both built the first time a title asks."""

    def __init__(self, doc: Doc, ents: list[Span], labels: list[str], persons: list[Span]) -> None:
        self.doc, self.ents, self.labels, self.persons = doc, ents, labels, persons
        self._label_at: dict[int, str] | None = None
        self._firsts: list[int] = []
        self._held: set[int] | None = None

    def label_at(self, k: int) -> str:
        """The label of the entity starting at token k ("" for none)."""
        if self._label_at is None:
            self._label_at = {e.start: label for e, label in zip(self.ents, self.labels)}
        return self._label_at.get(k, "")

    def person_in_sentence(self, i: int) -> bool:
        """A PERSON starts in the sentence of token i."""
        if self._held is None:
            self._firsts = [start for start, _ in sentence_bounds(self.doc)]
            self._held = {bisect_right(self._firsts, p.start) for p in self.persons}
        return bisect_right(self._firsts, i) in self._held


def lone_title(doc: Doc, texts: list[str], title: Span, around: TitleContext) -> bool:
    """No PERSON in the title's sentence and no name word of it right after the title."""
    persons = around.persons
    for p in persons:  # the usual case, a person next to the title, told without finding the sentence
        if title.end <= p.start <= title.end + NEAR and not _sentence_between(doc, title.end, p.start + 1):
            return False
        if title.start - NEAR <= p.end <= title.start and not _sentence_between(doc, p.end, title.start + 1):
            return False
    if persons and around.person_in_sentence(title.start):
        return False
    k = title.end
    if k >= len(doc) or doc[k].is_sent_start or not name_word(texts[k]):
        return True
    # a name word right after it: the title's person, missed or typed as another label, not a body or place
    # (the entities never overlap, so one that holds token k starts there)
    return around.label_at(k) in ("ORG", "COUNTRY") or _place_in_case(texts[k])


def _sentence_between(doc: Doc, start: int, end: int) -> bool:
    """A sentence starts at one of the tokens start..end-1 (a person next to the title, but in another)."""
    return any(doc[i].is_sent_start for i in range(start, end))


def _place_in_case(word: str) -> bool:
    """A known place in a case form ("Bakıda"; a nominative one may be a first name: "Corciya Meloni")."""
    from pipeline.names.gazetteer import entries
    return known_place(word) and (az_lower(word),) not in entries()
