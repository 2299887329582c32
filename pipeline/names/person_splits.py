"""A PERSON the ner ran into the next name is cut where the person's name ends: "[Natiq Ağayevi] [Balakən
Rayon İcra Hakimiyyətinin] başçısı", "[Heydər Əliyevlə] [Xanış Şahıyev] arasındakı", "[Anar Ələkbərov]
[Andrey Ostaşovun] yaradıcılığı", "[Nikolas Maduro] [Milli Assambleyanın] rəhbərliyi". A title before
such a span was paired with the wrong name (its last word), and the span was wrong for PERSON too.

A name ends (1) after a surname, a word ending in a surname suffix ("-ov", "-yeva", "-zadə", "-yan",
"-oğlu"), that is not the first word of the span (official style opens with the surname: "Məmmədova Rəna
Əbülfəz qızı") and that a capitalised word follows; or (2), in a span ending in a body's head, before a
country name or a word that opens state bodies' names (data/identity/org_words.tsv's modifiers: "Milli",
"Dövlət", "Mərkəzi"). What is cut off is an ORG when it ends in a body's head, a PERSON when it holds a
surname, else no name ("[Arif Mailov] Açıq Açar İnfrastrukturu layihəsi"). (3) A name of two words or more ends at a
comma or "və" inside the span (the gold's PERSONs hold none): what follows is an ORG when a body's head ends
it, a PERSON when it is two name words or more, else no name ("[Əzizbəyov, Vayk]", places, is left). A span with
a patronymic ("oğlu", "qızı"), which `person_forms` made whole, is left as it is. An ORG the ner opened
with the person before it is split the same way (`_person_opened_org`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.identity.names import words_of_kind
from pipeline.lang.casing import az_lower
from pipeline.names.countries import country_match
from pipeline.names.official_names import body_word
from pipeline.names.person_forms import PATRONYMIC_WORDS
from pipeline.names.spans import all_caps, name_word, split_each

# the case ending a surname may take, at the word's end ("-i", "-lə", "-un", "-nun", "-dan", "-ya", "-nu")
CASE_ENDING = r"(?:[aəıiuü]|n[ıiuü]n|[ıiuü]n|[ln][aə]|[dt][aə]n?|y[aə]|n[ıiuü])?$"
# a surname, bare or with a case ending ("Ağayevi", "Əliyevlə", "Ostaşovun", "Bülbüloğlunun")
SURNAME = re.compile(r"(?:ov|ova|ev|eva|zadə|yan|oğlu)" + CASE_ENDING)


def split_persons(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each PERSON run into the next name cut in two (see the module docstring); None when none."""
    return split_each(ents, lambda ent: _pieces(doc, ent))


def _pieces(doc: Doc, ent: Span) -> list[Span] | None:
    if ent.label_ == "ORG" and len(ent) > 2:
        return _person_opened_org(doc, ent)
    if ent.label_ == "PERSON" and len(ent) > 2 and (k := _joint(ent)) is not None:
        label = _listed_label([t.text for t in doc[k + 1:ent.end]])
        return [Span(doc, ent.start, k, label="PERSON")] + ([Span(doc, k + 1, ent.end, label=label)] if label else [])
    k = _name_end(ent) if ent.label_ == "PERSON" and len(ent) > 2 else None
    if k is None:
        return None
    label = _rest_label([t.text for t in doc[k:ent.end]])
    return [Span(doc, ent.start, k, label="PERSON")] + ([Span(doc, k, ent.end, label=label)] if label else [])


def _person_opened_org(doc: Doc, ent: Span) -> list[Span] | None:
    """An ORG the ner opened with the person before it: a given name (or an initial) and a surname, then a
    body's name that a country, a state body's first word or an acronym opens ("[Nadir Rəsulov] [Azərbaycan
    Texniki Universitetinin]", "[A. Əliyev] [Dövlət Gömrük Komitəsinin]", "[Arif Mailov] [CERN-də]"; a state
    body's first word opens another body only with two words more). A body named after a person keeps its
    name: its head follows the surname ("Heydər Əliyev Fondu", "... Beynəlxalq Aeroportu", "... adına").
    """
    first, surname, opener = ent[0].text, ent[1].text, ent[2].text
    if not (name_word(first) or len(first) == 2 and first.endswith(".")) or not name_word(surname) \
            or not SURNAME.search(az_lower(surname)):
        return None
    low = az_lower(opener)
    rest = [t.text for t in doc[ent.start + 2:ent.end]]
    acronym = all_caps(opener)
    # a modifier and a head alone may still be the person's body ("X Milli Parkı"); three words name another
    opened = country_match([low]) is not None or len(rest) > 2 and low in words_of_kind("org_words", "modifier")
    if not (acronym or opened and body_word(rest[-1])):
        return None
    return [Span(doc, ent.start, ent.start + 2, label="PERSON"), Span(doc, ent.start + 2, ent.end, label="ORG")]


def _joint(ent: Span) -> int | None:
    """Token index of the first comma or "və" inside a PERSON, the next name listed after it ("[Sebastyan Kou,
    Beynəlxalq Velosipedçilər İttifaqının]", "[Bryce Coon və Qlobal Təhsil Mərkəzinin]"; none of train's 2,432
    gold PERSONs holds one), or None."""
    k = next((t.i for t in ent[1:-1] if t.text == "," or t.text == "və"), None)
    return k if k is not None and k - ent.start > 1 else None  # a one-word name before it may be a place's


def _listed_label(words: list[str]) -> str | None:
    """What follows the comma or "və": an ORG when it ends in a body's head, another PERSON when it is two
    name words or more, else no name."""
    if len(words) > 1 and body_word(words[-1]):
        return "ORG"
    return "PERSON" if len(words) > 1 and all(name_word(w) or "." in w for w in words) else None


def _rest_label(words: list[str]) -> str | None:
    """What the words cut off are: an ORG when they end in a body's head after a name word ("Milli
    Assambleyanın"; not a lone "Mərkəz", the body named before), a PERSON when a surname is among them
    ("Andrey Ostaşovun", "A.Ostaşovun"), else no name ("Açıq Açar" layihəsi, "Nəqliyyat, Rabitə və ...")."""
    if body_word(words[-1]):
        return "ORG" if len(words) > 1 else None
    return "PERSON" if any(SURNAME.search(az_lower(w)) for w in words) else None


def _name_end(ent: Span) -> int | None:
    """Token index where the person's name ends inside `ent`, or None when it is one name."""
    words = [t.text for t in ent]
    if any(w in PATRONYMIC_WORDS for w in words) or not all(name_word(w) or "." in w for w in words):
        return None
    for j in range(1, len(words) - 1):
        if SURNAME.search(az_lower(words[j])) and words[j + 1][:1].isupper():
            return ent.start + j + 1
    if not body_word(words[-1]):
        return None
    openers = words_of_kind("org_words", "modifier")
    for j in range(1, len(words) - 1):
        low = az_lower(words[j])
        if low in openers or country_match([low]) is not None:
            return ent.start + j
    return None
