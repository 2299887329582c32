"""Shapes no place's name takes (issue 11 region9, egov REGION precision): a REGION that opens with a lower-case
letter ("edildiyi", "s.təsdiq", "iZettle", "gov.uk", "istiqamətləri-"; not an Arabic article glued by a hyphen
to a capital, "əl-Quseyr", the one lower-case REGION of the train gold), and a one-word REGION/COUNTRY that is
a demonym, a country's name with an adjective's ending of `data/morphology/adjective_endings.tsv` ("-lı", "-li",
"-lu", "-lü"), a plural or case ending allowed ("Avstriyalı mütəxəssis"; ANNOTATION.md: demonyms and adjectives
are no entities; the train gold has none as a REGION or COUNTRY), unless the gazetteer knows the word itself.
Read by `stray_names`.
"""
from __future__ import annotations

import functools
import re

from pipeline.lang.casing import az_lower
from pipeline.names.az_norm import adjective_endings

ARTICLE = re.compile(r"^[^\W\d_]{1,3}-[^\W\d_]")  # "əl-Quseyr", "əş-Şibani": a particle glued to the name
PLURAL_CASE = re.compile(r"(?:lar|lər)?(?:n?ın|n?in|n?un|n?ün|y?a|y?ə|n?ı|n?i|n?u|n?ü|da|də|dan|dən|la|lə)?$")


def lower_opened(words: list[str]) -> bool:
    """The name (its tokens) opens with a lower-case letter that is no article glued to a capital ("əl", "-",
    "Quseyr": the tokenizer splits the hyphen off)."""
    first = words[0]
    if not first[:1].islower():
        return False
    if ARTICLE.match(first):
        return not first[first.index("-") + 1:][:1].isupper()
    return not (len(words) > 2 and len(first) <= 3 and words[1] == "-" and words[2][:1].isupper())


@functools.cache
def _owner_endings() -> tuple[str, ...]:
    """The adjective's endings "-lı"/"-li"/"-lu"/"-lü" (of, from: "Avstriyalı")."""
    return tuple(e for e in adjective_endings() if e[:1] == "l" and len(e) == 2)


@functools.lru_cache(maxsize=20_000)
def demonym(word: str) -> bool:
    """A country's name with an adjective's ending ("Avstriyalı", "Fransalılar"), not itself a known place."""
    from pipeline.names.gazetteer import entries
    low = az_lower(word)
    if not low.isalpha() or (low,) in entries():
        return False
    for end in range(len(low), 2, -1):  # the longest stem first: strip a plural or case ending, then the adjective's
        stem = low[:end]
        if not PLURAL_CASE.fullmatch(low[end:]):
            continue
        for ending in _owner_endings():
            if stem.endswith(ending) and (entry := entries().get((stem[:-len(ending)],))) and entry.label == "COUNTRY":
                return True
    return False
