"""A person's name the ner typed REGION is a PERSON (issue 11, REGION precision; on the cross-validation folds the
largest class of false places, 61 of the REGIONs over gold names of other labels, are people). Two shapes that
no place takes, for a REGION the gazetteer does not know (a known place beside a name is where that person is:
"İlham Əliyev Cəbrayıl rayonunda", "Emin Ağalarov Çarvak su anbarında"):
- the rest of a name the ner split: a REGION of at most two words right after a PERSON, a space or a glued
  hyphen between ("[Seyid Abbas] [Əraqçi]", "[Fyodor] [Keavdari]", "[Levon Ter]-[Petrosyanı]"), is that
  PERSON's last words, unless the PERSON already ends in a surname ("-ov", "-zadə", ...: the next word is another
  name), or is in a case (its name is over: "İsa Məsihin Vifleyem şəhərində"), or is one word before a hyphen
  ("Bayden-Blinken administrasiyası": two people); nor when the REGION is in the locative ("Marko Rubio
  San-Xosedə": where he is), in the genitive without a surname's shape ("Vinisius Barselonanın ... sədrinə"),
  opens a capitalised name ("Ərdoğan Beştəpə Milli Sərgi Salonunda") or qualifies the lower-case noun in the
  possessive after it ("Olaf Şolts Bundesver hərbçilərinin", "Makron Yelisey sarayında"; a person would take the
  genitive), a postposition of pipeline/data/person_regions/words.tsv excepted ("Keavdari üzərində");
- a name before "adına" (named after: "[Manas] adına məktəb", "[Stalin] adına stadion"; the training gold writes
  no REGION there, 5 PERSONs and 13 ORGs that hold the name) is a PERSON;
- a given name before "xanım" or "xan" ("Sona xanım", "Pənahəli xanın") is a PERSON: the training gold writes
  "xan" and its case forms inside the name and "xanım" outside it; not "xanı" (a place's khan: "İrəvan xanı"),
  not in quotes (“Səkinə xanım” məscidi names a mosque), not before a surname (honorific_names: "Mehriban
  xanım Əliyeva");
- a given name that is also a place word ("Füzuli", "Araz", "Qara", "Azər") before its surname: a one-word
  REGION in the nominative right before one free word of a surname's shape ("-ov", "-yeva", "-zadə", "-yan",
  "-oğlu", "-li", with a case ending) that is no place, common word or body's head is one PERSON with it
  ("[Füzuli] Məlikovun" → "[Füzuli Məlikovun]", "[Qara] Qarayevin"; not "Bakıda Komissiyanın", "Beştəpə
  Milli", "Ağdamın Pirhəsənli", nor a village before a place word: "Qax Məmmədli kəndinə"); the train gold has
  no REGION so followed (region9);
- the holder's name after a TITLE: a REGION right after a TITLE, one word before the PERSON it opens ("Baş naziri
  [Xəzər] [Fərhadov]"), or one the gazetteer does not know, in no case of a place and before no place word or
  other place ("Xalq artisti [Bülbülün]", "Baş naziri [Li Çianq]"; not "Din xadimi Strasburqda") (leaders11).
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import GENITIVE, VOWELS, analyses, base_forms, harmonise, in_case, last_vowel, suffixes
from pipeline.lang.punctuation import QUOTE_STARTS
from pipeline.lang.texts import token_texts
from pipeline.names.company_forms import words as company_words
from pipeline.names.concepts import known_place
from pipeline.names.gazetteer import entries
from pipeline.names.person_splits import SURNAME
from pipeline.names.spans import name_word
from pipeline.names.words import place_words
from pipeline.tables import words_by_role

PATH = "person_regions/words.tsv"  # under pipeline/data/
MAX_TAIL = 2  # words of a REGION that can end a person's name ("Abdulla Əl-Sulaitin")
LOCATIVE = frozenset({"locative"})
CASES = frozenset({"genitive", "dative", "locative", "ablative", "accusative", "instrumental"})
PLACE_CASES = frozenset({"dative", "locative", "ablative"})  # where to, where, where from: a place's cases
NAMED_AFTER = "adına"  # "X adına": named after X; a country before it is "on behalf of" (no REGION then)
# the cases an honorific after a given name is read in, besides the bare word ("xanın", "xanıma"; "xanı", the
# accusative or a possessive, "İrəvan xanı", is left alone)
HONORIFIC_CASES = ("genitive", "dative", "instrumental", "ablative")


@functools.cache
def _surname_ends() -> tuple[str, ...]:
    return tuple(sorted(company_words().get("surname_end", frozenset())))


@functools.lru_cache(maxsize=20_000)
def _surname(word: str) -> bool:
    """"Ağalarov", "Həbibbəyli", "Hacızadə": a surname's ending after a stem of three letters or more (not "Əli")."""
    low = az_lower(word)
    return any(low.endswith(end) and len(low) >= len(end) + 3 for end in _surname_ends())


@functools.cache
def _postpositions() -> frozenset[str]:
    return words_by_role(PATH).get("postposition", frozenset())


@functools.cache
def _honorific_forms() -> dict[str, str]:
    """Each form of an honorific after a given name (roles name_honorific, "xan", which stays in the name, and
    outer_honorific, "xanım", which stays out of it) → its role: the bare word and its forms in
    HONORIFIC_CASES, endings from the suffix table in vowel harmony."""
    forms = {}
    for role in ("name_honorific", "outer_honorific"):
        for word in words_by_role(PATH).get(role, frozenset()):
            after = "V" if word[-1] in VOWELS else "C"
            endings = {harmonise(s.template, last_vowel(word)) for s in suffixes()
                       if s.name in HONORIFIC_CASES and s.after == after}
            forms.update({word + ending: role for ending in endings | {""}})
    return forms


@functools.lru_cache(maxsize=20_000)
def _qualified(word: str) -> bool:
    """A lower-case noun in the 3rd-person possessive that is no postposition ("sarayında", "hərbçilərinin")."""
    return (word[:1].islower() and word not in _postpositions()
            and any(m.name == "poss3" for a in analyses(word) for m in a.morphs))


@functools.lru_cache(maxsize=20_000)
def _cased(word: str, cases: frozenset[str]) -> bool:
    return in_case(word, cases)


def _unknown(texts: list[str], ent: Span) -> bool:
    """No word of the REGION, nor the whole, is a place of the gazetteer."""
    words = texts[ent.start:ent.end]
    return not known_place(" ".join(words)) and not any(known_place(w) for w in words if w.isalpha())


def _tail_of(doc: Doc, texts: list[str], person: Span, ent: Span) -> bool:
    """The REGION `ent` right after `person` ends that person's name (see the module docstring)."""
    gap = texts[person.end:ent.start]
    hyphen = gap == ["-"] and not doc[person.end - 1].whitespace_ and not doc[person.end].whitespace_
    if not (gap == [] and doc[person.end - 1].whitespace_ == " " or hyphen and len(person) > 1):
        return False
    if len(ent) > MAX_TAIL or _surname(texts[person.end - 1]) or _cased(texts[person.end - 1], CASES):
        return False
    last = texts[ent.end - 1]
    if _cased(last, LOCATIVE) or _cased(last, GENITIVE) and not _surname(last):
        return False
    if ent.end < len(texts) and (name_word(texts[ent.end]) or _qualified(texts[ent.end])):
        return False
    return _unknown(texts, ent)


def _honorific_end(texts: list[str], ent: Span) -> int | None:
    """The end of the PERSON a one-word REGION makes before "xan"/"xanım" (None: no such word after it)."""
    if len(ent) != 1 or ent.end >= len(texts):
        return None
    role = _honorific_forms().get(az_lower(texts[ent.end]))
    end = ent.end + 1 if role == "name_honorific" else ent.end if role == "outer_honorific" else None
    if end is None or ent.start > 0 and texts[ent.start - 1] in QUOTE_STARTS:
        return None
    if ent.end + 1 < len(texts) and name_word(texts[ent.end + 1]):
        return None  # "Mehriban xanım Əliyeva": honorific_names' one PERSON
    return end if _unknown(texts, ent) else None


def _given_name(doc: Doc, texts: list[str], ent: Span) -> bool:
    """A one-word REGION in the nominative before a free surname (see the module docstring)."""
    if len(ent) != 1 or ent.end >= len(texts) or doc[ent.end].ent_type_ or doc[ent.end - 1].whitespace_ != " ":
        return False
    word, given = texts[ent.end], texts[ent.start]
    if not name_word(word) or not (SURNAME.search(az_lower(word)) or _surname(word)) \
            or _cased(given, CASES) and (az_lower(given),) not in entries():  # "Qara" is no dative
        return False
    if ent.end + 1 < len(texts) and base_forms(texts[ent.end + 1]) & place_words():
        return False  # "Qax Məmmədli kəndinə": a village
    from pipeline.names.common_words import is_common
    from pipeline.names.official_names import body_word
    return not known_place(word) and not is_common(word) and not body_word(word)


def _after_title(doc: Doc, texts: list[str], title: Span | None, ent: Span, after: Span | None) -> int | None:
    """The end of the PERSON a REGION right after a TITLE makes, the holder's name (None: no such REGION): one word
    before the PERSON it opens ("Baş naziri [Corciya] [Meloni]"), or a name the gazetteer does not know, of at most
    three words, in no case of a place and before no place word or other place ("rəsmi nümayəndəsi [Əbu Ubeydə]";
    not "Din xadimi Strasburqda", "birinci xanım Vəngli və Kolatağ kəndlərinin")."""
    if title is None or title.label_ != "TITLE" or title.end != ent.start or doc[title.end - 1].whitespace_ != " ":
        return None
    if after is not None and after.label_ == "PERSON" and after.start == ent.end and len(ent) == 1 \
            and doc[ent.end - 1].whitespace_ == " ":
        return after.end
    if len(ent) > 3 or _cased(texts[ent.end - 1], PLACE_CASES) or not _unknown(texts, ent):
        return None
    if ent.end < len(texts) and (base_forms(texts[ent.end]) & place_words() or az_lower(texts[ent.end]) == "və"):
        return None
    return ent.end


def person_regions(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each REGION that is a person's name (or the end of one) made a PERSON; None when none is."""
    strings = doc.vocab.strings
    region, person = strings["REGION"], strings["PERSON"]
    if not any(e.label == region for e in ents):
        return None
    texts = token_texts(doc)
    out: list[Span] = []
    changed = False
    skip = -1  # the index of a PERSON joined to the REGION before it
    for k, e in enumerate(ents):
        if k == skip:
            continue
        if e.label == region:
            prev = out[-1] if out else None
            end = _after_title(doc, texts, prev, e, ents[k + 1] if k + 1 < len(ents) else None)
            if end is not None:
                out.append(Span(doc, e.start, end, label="PERSON"))
                skip = k + 1 if end > e.end else -1
                changed = True
                continue
            if prev is not None and prev.label == person and prev.end <= e.start and _tail_of(doc, texts, prev, e):
                out[-1] = Span(doc, prev.start, e.end, label="PERSON")
                changed = True
                continue
            if e.end < len(texts) and texts[e.end] == NAMED_AFTER and _unknown(texts, e):
                out.append(Span(doc, e.start, e.end, label="PERSON"))
                changed = True
                continue
            if _given_name(doc, texts, e) and not any(o.start == e.end for o in ents):
                out.append(Span(doc, e.start, e.end + 1, label="PERSON"))
                changed = True
                continue
            end = _honorific_end(texts, e)
            if end is not None and (end == e.end or not any(o.start < end for o in ents if o.start >= e.end)):
                out.append(Span(doc, e.start, end, label="PERSON"))
                changed = True
                continue
        out.append(e)
    return out if changed else None
