"""Entities of a visit's sentence that the rules must not take as its visitor:

- `hosts`: a name in the genitive that owns the site visited, right before a verb trigger ("Barat
  Novruzovun evinə baş çəkib", "şairin məzarını ziyarət edib": the host, the one remembered), one or
  two lower-case words between, the last in the possessive and the dative, locative or accusative.
  A noun trigger keeps its possessor ("Zelenskinin Vaşinqtona səfəri": his visit).
- `orderers`: a verb trigger in the verbal noun before an order word of orders.tsv ("Netanyahu ...
  Dohaya getməyi tapşırıb", "İsrailin Baş naziri ... getməyi tapşırıb"): the visit is asked of someone
  else; whoever stands before it in the direct case or the genitive gives the order
  (clauses.without_subjects).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.events.arguments import case_of
from pipeline.events.clauses import possessive_case, without_subjects
from pipeline.events.lexicon import order_cues

SITE_WORDS = 2  # lower-case words between the host and the trigger ("evinə", "ata ocağına")
SITE_CASES = frozenset({"dative", "locative", "accusative"})
VERBAL_NOUN = ("mağı", "məyi", "mağa", "məyə")  # "getməyi", "gəlməyə"


def hosts(doc: Doc, ents: list[Span], start: int) -> set[Span]:
    """The genitive entities that own the site named right before the verb trigger at token `start`."""
    out = set()
    for e in ents:
        if not start - SITE_WORDS <= e.end < start or case_of(e) != "genitive":
            continue
        words = doc[e.end:start]
        if all(t.is_alpha and t.is_lower for t in words) and possessive_case(words[-1].norm_, SITE_CASES, min_stem=2) is not None:
            out.add(e)
    return out


def ordered(doc: Doc, end: int, hi: int) -> bool:
    """True when the verb trigger ending at token `end` is a verbal noun ("getməyi") and the next word
    of the sentence (before `hi`) starts with an order cue ("tapşırıb", "göstəriş")."""
    return end < hi and doc[end - 1].norm_.endswith(VERBAL_NOUN) and doc[end].norm_.startswith(order_cues())


def not_visitors(doc: Doc, ents: list[Span], start: int, end: int, hi: int, verb: bool) -> list[Span]:
    """`ents` without the hosts and orderers of the VISIT trigger of tokens start..end (`verb`: its
    last word is a verb form)."""
    if not verb:
        return ents
    if ordered(doc, end, hi):
        ents = without_subjects(ents, start)
    drop = hosts(doc, ents, start)
    return [e for e in ents if e not in drop] if drop else ents
