"""Bodies named through another body or office (issue 11, classes 9 and 10), which the ner cuts, merges
or types TITLE:
- "X Prezidenti yanında Y Agentliyi": the office before "yanında" holds no person and is no TITLE, and
  "Yanında" is no word of the body after it (the training gold marks the owner's COUNTRY and the body Y
  only);
- a TITLE that ends in a capitalised body's head ("Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Şurasının")
  is that body's ORG: no TITLE of the training gold ends in one (a lower-case "şöbəsindən" is left alone:
  no name either way);
- a ministry's acronym in the genitive opening an ORG ("RYTN-nin Məlumat Hesablama Mərkəzi") is the
  parent of the body after it: two ORGs, as "Nazirliyinin Mətbuat Mərkəzi" in the gold. An Azerbaijani
  ministry's acronym ends in N (Nazirliyi); the agencies of other bodies keep one name ("BMT-nin İnkişaf
  Proqramı", as the gold writes it);
- a body whose name lists its fields, cut by the ner after the first field and its comma ("Nəqliyyat,
  [Rabitə və Yüksək Texnologiyalar Nazirliyi]", the first word often typed REGION): one ORG, when that
  word is a bare capitalised word, no known place, no body's head and no title; after the name's owner in
  the genitive, a first field of up to three such words ("Malaziyanın [Daxili Ticarət, Kooperativlər və
  İstehlak Nazirliyi]", "Nazirliyinin [İnformasiya, İnformasiyalaşdırma və Rabitə Komitəsi]"; org9);
- a brand family's name written without quotes before its service ("ASAN xidmətin şöbə müdiri"): one ORG
  "ASAN xidmətin", as the quoted “ASAN xidmət” is.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower, az_upper
from pipeline.lang.morphology import GENITIVE, SUFFIX_JOINERS, in_case
from pipeline.names.company_forms import words as company_words
from pipeline.names.common_words import starts_sentence
from pipeline.names.concepts import known_place
from pipeline.names.official_names import body_word
from pipeline.names.site_labels import words as site_words
from pipeline.names.spans import all_caps, name_word, same_spans
from pipeline.names.words import is_title_word

BESIDE = "yanında"  # "Prezidenti yanında": attached to the office
GENITIVE_SUFFIXES = frozenset({"nin", "nın", "nun", "nün", "in", "ın", "un", "ün"})
MINISTRY_END = "N"  # Nazirliyi: RYTN, ƏƏSMN, DİN
SERVICE = "xidmət"  # "ASAN xidmət": the agency's name
MAX_FIELD = 3  # words of a listed name's first field after its owner


def _beside(doc: Doc, k: int) -> bool:
    return k < len(doc) and az_lower(doc[k].text) == BESIDE


def _ministry_parent(doc: Doc, ent: Span) -> int | None:
    """The token after "RYTN-nin" when the ORG opens with a ministry's acronym in the genitive and goes
    on with capitalised words, else None."""
    if len(ent) < 4:
        return None
    acronym, joiner, suffix, nxt = (t.text for t in ent[:4])
    if not (all_caps(acronym) and acronym.endswith(MINISTRY_END)):
        return None
    if joiner not in SUFFIX_JOINERS or suffix not in GENITIVE_SUFFIXES or not nxt[:1].isupper():
        return None
    return ent.start + 3


def _service(doc: Doc, ent: Span, taken: set[int]) -> Span | None:
    """"ASAN" (any case, any label) before a free "xidmət..." word: the ORG of both."""
    k = ent.end
    if len(ent) != 1 or az_upper(ent.text) not in company_words()["family"] or k >= len(doc) or k in taken:
        return None
    if not az_lower(doc[k].text).startswith(SERVICE) or not doc[k].is_alpha:
        return None
    return Span(doc, ent.start, k + 1, label="ORG")


def _field_word(doc: Doc, k: int) -> bool:
    word = doc[k].text
    return name_word(word) and not known_place(word) and not body_word(word) and not is_title_word(word)


def _owner_before(doc: Doc, f: int, labels: dict[int, Span]) -> bool:
    """Token f-1 ends the owner of a listed name: an ORG or COUNTRY in the genitive ("Malaziyanın Daxili
    Ticarət, [Kooperativlər və İstehlak Nazirliyi]", "Nazirliyinin İnformasiya, [İnformasiyalaşdırma və Rabitə
    Komitəsi]")."""
    before = labels.get(f - 1)
    return before is not None and before.end == f and before.label_ in ("ORG", "COUNTRY") \
        and in_case(before.text.split()[-1], GENITIVE)


def _first_field(doc: Doc, ent: Span, labels: dict[int, Span]) -> int | None:
    """The token of "Nəqliyyat" in "Nəqliyyat, [Rabitə və ... Nazirliyi]": the ORG ends in a body's head
    and holds "və"; the word before its comma is a bare capitalised word, alone (no name word before
    it), free or a one-word PERSON/REGION, and no place, body or title. After the name's owner in the
    genitive the first field may be up to MAX_FIELD words, free or one PERSON/REGION
    the ner took them for ("Malaziyanın [Daxili Ticarət, Kooperativlər və İstehlak Nazirliyi]", "ŞƏT-in
    [Mehriban Qonşuluq, Dostluq və Əməkdaşlıq üzrə Çin Komitəsi]")."""
    k = ent.start - 2
    if k < 0 or doc[ent.start - 1].text != "," or not body_word(ent[-1].text) or "və" not in (t.text for t in ent):
        return None
    f = k
    while f > 0 and k - f < MAX_FIELD - 1 and _field_word(doc, f - 1) and not _owner_before(doc, f, labels):
        f -= 1
    if f > 0 and _owner_before(doc, f, labels) and all(_field_word(doc, i) for i in range(f, k + 1)):
        field = {labels[i] for i in range(f, k + 1) if i in labels}
        if all(x.label_ in ("PERSON", "REGION") and f <= x.start and x.end <= k + 1 for x in field):
            return f
    word = doc[k].text
    other = labels.get(k)
    if other is not None and (len(other) > 1 or other.label_ not in ("PERSON", "REGION")):
        return None
    if not _field_word(doc, k):
        return None
    if doc[k].is_sent_start or starts_sentence(doc, k) or az_lower(word) in site_words().get("adverb", ()):
        return None  # "Həmçinin, Əmək və ... Nazirliyinin": an adverb opening the sentence
    if k and name_word(doc[k - 1].text) and not doc[k - 1].is_sent_start:
        return None  # "Kənd Təsərrüfatı Nazirliyinin, ...": another body's name
    return k


def attached_bodies(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with the offices before "yanında" dropped, "Yanında" cut off the body after it, TITLEs
    ending in a body's head made ORGs, a ministry's acronym split from its sub-unit, a name cut after
    its first field and "ASAN xidmət" made whole; None when nothing changes."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    labels = {i: e for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in ents:
        if e.label_ == "TITLE" and _beside(doc, e.end):
            continue
        if e.label_ == "ORG" and len(e) > 1 and _beside(doc, e.start):
            out.append(Span(doc, e.start + 1, e.end, label="ORG"))
        elif e.label_ == "TITLE" and e[-1].text[:1].isupper() and body_word(e[-1].text):
            out.append(Span(doc, e.start, e.end, label="ORG"))
        elif e.label_ == "ORG" and (cut := _ministry_parent(doc, e)) is not None:
            out.extend([Span(doc, e.start, cut, label="ORG"), Span(doc, cut, e.end, label="ORG")])
        elif (whole := _service(doc, e, taken)) is not None:
            out.append(whole)
        elif e.label_ == "ORG" and (first := _first_field(doc, e, labels)) is not None:
            out = [x for x in out if x.end <= first]
            out.append(Span(doc, first, e.end, label="ORG"))
        else:
            out.append(e)
    return None if same_spans(out, ents) else out
