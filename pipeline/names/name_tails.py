"""A foreign name the ner cut after a title, or ran on into the next word, is made whole: "Panamanın
Prezidenti [Xose Raul] Mulino çıxış edib" → "[Xose Raul Mulino]", "Komissar [Marta] [Kos] ..." → "[Marta
Kos]". The (person, title) pair of such a name was wrong, and so was the PERSON.

The PERSON must follow a TITLE (a foreign name there is written whole: given names and the surname) and
must not end in a surname already ("-ov", "-yan", "-zadə": `person_splits` ends a name there, "İlham Əliyev
Zirvə görüşündə"), nor is the word after it one (the ner knows local names: a surname it left out is
another person's, "Nazir Bayram Qasımova məktub yazıb", to Qasımov). The word after it, on the same line
after one space, is its surname when it is a name's word, free or a one-word PERSON, and no common word
("Novruz", "Zirvə"), title word, known place ("Bakıya"), word in a place's case ("Sammitdə") or capitalised
word opening a longer name (another capital follows: "Avropa İttifaqı"); a possessive noun after it makes
it a compound's first word ("Yelisey sarayında", "Novruz bayramı"). And the
document must not name the person elsewhere with the same last word and no such surname ("Donald Tusk
... Tusk bildirib": "[Donald Tusk] [Dudanı]" are two people), nor name someone else, with other given
names, by that word ("[Mayk Uolts] [Zelenskinin] ... Vladimir Zelenski").

A PERSON of three words or more after a TITLE loses its last word when that is a stop word ("[Cey Di Vens
də]"), an acronym ("[Yaşar Gülər PKK]") or a word the document's other, shorter mentions of the person end
before ("[Emmanuel Makron Yelisey] sarayında ... Makron bildirib": a palace, not a name); a name with a
patronymic or ending in a surname is whole ("Sadır Nurqojoyeviç Japarova", "İlham Heydər oğlu Əliyevə").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.lang.casing import az_lower
from pipeline.names.gazetteer import place_or_country
from pipeline.names.common_words import is_common
from pipeline.names.person_forms import PATRONYMIC_WORDS
from pipeline.names.person_splits import SURNAME
from pipeline.names.spans import all_caps
from pipeline.names.title_lexicon import has_suffix, head_lemma, time_words
from pipeline.names.titled_persons import ROMAN

PLACE_CASES = ("locative", "ablative")
# a patronymic: a patronymic word ("oğlu", "qızı", person_forms), or a Slavic one ("Sergeyeviç", "Nurqojoyeviç",
# "Petrovna"), case endings and all
PATRONYMIC_STARTS = tuple(sorted(PATRONYMIC_WORDS))
SLAVIC_PATRONYMIC = re.compile(r"viç|vna")
MAX_NAME = 3  # words of the cut name: a longer one is whole


def name_tails(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each PERSON right after a TITLE grown over its cut surname (see the module docstring);
    None when none is."""
    labels = [e.label_ for e in ents]
    titled = [k for k in range(1, len(ents)) if labels[k] == "PERSON" and labels[k - 1] == "TITLE"
              and ents[k - 1].end == ents[k].start]
    grown = [k for k in titled if len(ents[k]) <= MAX_NAME
             and _tail(doc, ents[k], ents[k + 1] if k + 1 < len(ents) else None, ents)]
    cut = [k for k in titled if k not in grown and len(ents[k]) > 2 and _run_on(ents[k], ents)]
    if not grown and not cut:
        return None
    out = list(ents)
    for k in sorted(grown + cut, reverse=True):
        person = ents[k]
        if k in cut:
            out[k] = Span(doc, person.start, person.end - 1, label="PERSON")
            continue
        if k + 1 < len(out) and out[k + 1].start == person.end:
            del out[k + 1]  # the surname the ner took for a PERSON of its own
        out[k] = Span(doc, person.start, person.end + 1, label="PERSON")
    return out


def _patronymic(low: str) -> bool:
    return low.startswith(PATRONYMIC_STARTS) or SLAVIC_PATRONYMIC.search(low) is not None


def _run_on(person: Span, ents: list[Span]) -> bool:
    """The last word of `person` (three words or more) is no part of the name: a stop word ("[X Y Vens
    də]"), an acronym ("[Yaşar Gülər PKK]"), or a word after a name the document writes without it elsewhere
    ("[Emmanuel Makron Yelisey] sarayında ... Makron"); never a surname, nor in a name with a patronymic."""
    last = person[-1]
    if not person[-2].whitespace_:
        return False  # a suffix after a hyphen ("NED-in") or a glued word is no word of its own
    if SURNAME.search(az_lower(last.text)) or any(_patronymic(az_lower(t.text)) for t in person):
        return False  # "Sadır Nurqojoyeviç Japarova", "İlham Heydər oğlu Əliyevə": official order, one name
    if last.is_stop and last.text.islower() or all_caps(last.text) and not ROMAN.fullmatch(last.text):
        return True
    end, doc = az_lower(person[-2].text), person.doc
    # a shorter mention with the same word after it is the same name cut ("[Umaru Sisoku] Embalo"), no evidence
    return any(other.label_ == "PERSON" and other.start != person.start and len(other) < len(person)
               and az_lower(other[-1].text) == end
               and not (other.end < len(doc) and doc[other.end].text == last.text) for other in ents)


def _tail(doc: Doc, person: Span, nxt: Span | None, ents: list[Span]) -> bool:
    """The token after `person` is its cut surname; `nxt`: the entity after it."""
    if person.end >= len(doc) or person[-1].whitespace_ != " ":
        return False
    word = doc[person.end]
    if not word.text[:1].isupper() or nxt is not None and nxt.start == word.i \
            and not (nxt.label_ == "PERSON" and len(nxt) == 1):
        return False  # most names are followed by a lower-case word: the cheap test first
    if SURNAME.search(az_lower(person[-1].text)) or SURNAME.search(az_lower(word.text)) or word.is_sent_start \
            or not _surname_shape(word):
        return False  # a local surname left out is the ner's choice: "Nazir Bayram Qasımova (dative) yazıb"
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and word.whitespace_ and (after.text[:1].isupper() or _compound_head(after)):
        return False
    return not _named_without(person, word, ents) and not _someone_else(person, word, ents)


def _surname_shape(word: Token) -> bool:
    """A capitalised word of letters that is no common word, title word, known place or word in a place's case."""
    text = word.text
    return text[:1].isupper() and text.isalpha() and not all_caps(text) and head_lemma(text) is None \
        and not has_suffix(text, "case", PLACE_CASES) and not place_or_country(text) and not is_common(text)


def _compound_head(token: Token) -> bool:
    """A lower-case possessive noun: the head of a compound the word before opens ("sarayında", "bayramı")."""
    low = token.text
    return low.isalpha() and low.islower() and not token.is_stop and low not in time_words() \
        and has_suffix(low, "poss")


def _named_without(person: Span, word: Token, ents: list[Span]) -> bool:
    """Another PERSON of the document ends in `person`'s last word with no `word` after it: the name is whole."""
    last = az_lower(person[-1].text)
    stem = az_lower(word.text)[:4]
    doc = person.doc
    for other in ents:
        if other.label_ != "PERSON" or other.start == person.start or not az_lower(other[-1].text).startswith(last):
            continue
        follower = doc[other.end] if other.end < len(doc) else None
        if follower is None or not az_lower(follower.text).startswith(stem):
            return True
    return False


def _someone_else(person: Span, word: Token, ents: list[Span]) -> bool:
    """Another PERSON ends in `word` after given names that `person` lacks ("Vladimir Zelenski")."""
    stem = az_lower(word.text)[:4]
    given = {t.text for t in person}
    return any(other.label_ == "PERSON" and len(other) > 1 and other.start not in (word.i, person.start)
               and az_lower(other[-1].text).startswith(stem) and not {t.text for t in other[:-1]} <= given
               for other in ents)
