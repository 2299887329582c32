"""A title word that is also a given name, right before one surname-shaped word, is the person's first name:
"Rəis Hüseynov", "Sultan Məmmədliyə" (issue 11: the ner typed "[Rəis]" TITLE and the PERSON was the surname
alone, so `leaders` named "Hüseynov" the "Rəis"). The words are data/titles/given_names.tsv; the title must be
one capitalised word (a lower-case "rəisi X" is the office) and the PERSON one word ending as a surname does
("-ov", "-yeva", "-zadə", "-li", with a case ending), so "Rəis [Əli Hüseynov]" keeps its title.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.names.person_splits import CASE_ENDING, SURNAME
from pipeline.tables import DATA_DIR, read_tsv

# "-li" surnames ("Məmmədli", "Əlibəyli") are no surname of person_splits (an adjective there ends a name too)
LI_SURNAME = re.compile(r"l[iıuü]" + CASE_ENDING)


@functools.cache
def given_name_titles() -> frozenset[str]:
    """Title words that are also given names (lower case)."""
    return frozenset(row["word"] for row in read_tsv(DATA_DIR / "titles" / "given_names.tsv"))


def given_titles(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each "[Given-title] [Surname]" pair made one PERSON (see the module docstring); None when none."""
    out: list[Span] = []
    changed = False
    for ent in ents:
        prev = out[-1] if out else None
        if (ent.label_ == "PERSON" and len(ent) == 1 and prev is not None and prev.label_ == "TITLE"
                and len(prev) == 1 and prev.end == ent.start and _given(prev.text) and _surname(ent.text)):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            changed = True
            continue
        out.append(ent)
    return out if changed else None


def _given(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and az_lower(word) in given_name_titles()


def _surname(word: str) -> bool:
    low = az_lower(word)
    return word[:1].isupper() and len(low) > 4 and (SURNAME.search(low) is not None or LI_SURNAME.search(low) is not None)
