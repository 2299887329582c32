"""Bodies' names the ner merges or mistypes (issue 11, class 9), by the head noun of a body's name
(role "body" of pipeline/data/concepts/words.tsv: mərkəz, nazirlik, agentlik, ...):
- an ORG of two bodies joined by "və" is two ORGs: "Elektron Hökumətin İnkişafı Mərkəzi və Daxili İşlər
  Nazirliyi" (the word before "və" is a body's head in its name form, and so is the last word). A body
  whose field is a pair keeps one name: "Rabitə və Yüksək Texnologiyalar Nazirliyi";
- a PERSON of two words or more that ends in a body's head is an ORG ("Zəng Mərkəzi"), or no name when
  the head is plural (a kind of body, not one: "Sənəd Qəbulu Mərkəzlərində"); a place in the nominative
  followed by capitalised words up to a body's head opens that body's ORG ("Bakı Slavyan Universiteti"), also
  up to an institution's head of role "opened" (lyceums, observatories, parks, "İcra Hakimiyyəti"), over a "və"
  between two name words, a hyphen glued to the place and a one-word place the ner typed inside the name
  ("[Bakı] [Avropa] Liseyində", "[Bakı]-Fransız Liseyi", "Bakı Dövlət Rabitə və Nəqliyyat Kollecində"); a
  continent in the locative before free capitalised words joined by "və" up to a body's head names an
  international body with them ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı");
- e-services and websites are no names (class 11): a name opened by "Elektron", "Mobil", "E-" or "M-"
  that does not end in a body's head ("Elektron Səhiyyə", "Mobil ID", "E-Resept"; not "Elektron Hökumətin
  İnkişafı Mərkəzi"), and a web address written in lower case ("e-gov.az"; a capitalised one, "Report.az",
  is a news outlet).
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms, in_case, restore
from pipeline.lang.texts import span_text
from pipeline.names.common_words import person_words
from pipeline.names.concepts import words
from pipeline.names.spans import glued_dash, name_word
from pipeline.names.words import org_heads

E_OPENERS = frozenset({"elektron", "mobil"})
E_PREFIX = re.compile(r"^[EeMm]-[A-ZƏİÖÜÇŞĞ]")  # "E-Resept", "E-İD", "M-Parkinq"
ADDRESS = re.compile(r"^[a-z][\w-]*(\.[a-z][\w-]*)*\.(az|com|org|net|gov|info|edu)\b")
NAME_LABELS = frozenset({"PERSON", "ORG", "REGION"})
SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "zadə")
MAX_RUN = 5  # words after a place up to a body's head
MAX_LOCATED = 10  # words after a place in the locative up to an international body's head
LOCATIVE = frozenset({"locative"})


@functools.lru_cache(maxsize=20_000)
def _head(word: str) -> str | None:
    """"one" when `word` is a body's head in a name's form (singular: "Mərkəzi", "Nazirliyinin"),
    "many" when plural ("Mərkəzlərində"), None when it is no body's head."""
    if not word[:1].isupper() or not base_forms(word) & words().get("body", frozenset()):
        return None
    plural = [a for a in analyses(word) if az_lower(a.stem) in words().get("body", frozenset())]
    return "many" if plural and all(a.has("plural") for a in plural) else "one"


def body_word(word: str) -> bool:
    """A body's head in any form, or the last word of a known organisation name ("Federasiyasının",
    "Hökuməti", "Senatının")."""
    return bool(base_forms(word) & body_heads())


@functools.cache
def body_heads() -> frozenset[str]:
    """Bodies' heads and organisation heads, united once: `body_word` is asked of many words per article."""
    return words().get("body", frozenset()) | org_heads()


def _name_form(word: str) -> bool:
    """A head as the last word of a name in the nominative: the compound's possessive ("Mərkəzi",
    "Nazirliyi"), not a case form ("Mərkəzinin" before "və" belongs to a longer name)."""
    return any(a.has("poss") and not any(m.slot == "case" for m in a.morphs) for a in analyses(word))


def _split_pair(doc: Doc, ent: Span) -> list[Span] | None:
    """The two ORGs of "X HEAD və Y HEAD", or None."""
    for k in range(ent.start + 2, ent.end - 2):
        if doc[k].text != "və":
            continue
        before, last = doc[k - 1].text, ent[-1].text
        if _head(before) == "one" and _name_form(before) and doc[k - 2].text[:1].isupper() \
                and doc[k + 1].text[:1].isupper() and _head(last) == "one":
            return [Span(doc, ent.start, k, label="ORG"), Span(doc, k + 1, ent.end, label="ORG")]
    return None


def _place_opened(doc: Doc, ent: Span, taken: dict[int, Span]) -> Span | None:
    """The ORG a place in the nominative opens: the place and the capitalised words after it, all outside
    any entity, up to a body's head ("Bakı Slavyan Universitetində", "Azərbaycan Respublikası Prezidentinin
    Administrasiyası"); the training gold writes such names as one ORG (182 of 214). A place in the
    genitive stays apart ("Azərbaycan Respublikasının Kino Agentliyi"). The run may hold a "və" between
    two name words, one one-word REGION ("Bakı [Avropa] Liseyində"; not a place right after another, a
    list: "Şəki Qax Zaqatala Parkına") and start with a dash glued to the place ("Bakı-Fransız Liseyi"),
    and the head may be an institution's (role "opened": "Rəsədxanasına", "Parkının")."""
    from pipeline.names.gazetteer import entries
    if tuple(az_lower(span_text(ent)).split()) not in entries():  # "Los-Anceles": one word, three tokens
        return None
    # one place after another is a list with no commas ("Şəki Qax Zaqatala Parkına"), no name they open
    inner = int(ent.start - 1 in taken and taken[ent.start - 1].label_ in ("COUNTRY", "REGION"))
    dashed = glued_dash(doc, ent.end) and name_word(doc[ent.end + 1].text)  # "Bakı-Fransız Liseyi"
    start = ent.end + 1 if dashed else ent.end
    for k in range(start, min(start + MAX_RUN, len(doc))):
        t = doc[k]
        if (t.text == "və" or glued_dash(doc, k)) and k > start and _joins(doc, k, taken):
            continue  # "Rabitə və Nəqliyyat", "Müalicə-Sağlamlıq"
        if not name_word(t.text) or t.ent_type_ and k not in taken \
                or k in taken and (inner or not _lone_place(taken[k])):
            return None  # "Azərbaycan D-8 Təşkilatına üzv olub": the subject, then another body
        inner += k in taken
        if _head(t.text) == "one" or _institution(t.text):
            return Span(doc, ent.start, k + 1, label="ORG") if _third_person(t.text) else None
    return None


def _place_located(doc: Doc, ent: Span, taken: dict[int, Span]) -> Span | None:
    """The ORG a continent in the locative (role "area") opens, an international body named by where it
    acts: the place and the free capitalised words after it, joined by at least one "və" (and "üzrə"), up
    to a body's head or one of role "located" in any singular form ("Avropada Təhlükəsizlik və Əməkdaşlıq
    Təşkilatının", "Asiyada Qarşılıqlı Fəaliyyət və Etimad Tədbirləri üzrə Müşavirəyə", as the train gold
    writes it). A place setting the scene stays apart ("Bakıda Təhsil və Elm Nazirliyinin": no continent)."""
    if ent.label_ != "REGION" or len(ent) != 1 or not base_forms(ent.text) & words().get("area", frozenset()) \
            or not in_case(ent.text, LOCATIVE):
        return None
    joined = False
    for k in range(ent.end, min(ent.end + MAX_LOCATED, len(doc))):
        t = doc[k]
        if t.text in ("və", "üzrə") and k > ent.end and _joins(doc, k, taken):
            joined = joined or t.text == "və"
            continue
        if k in taken or not name_word(t.text):
            return None
        if joined and k > ent.end + 2 and _located_head(t.text):
            return Span(doc, ent.start, k + 1, label="ORG")
    return None


def _located_head(word: str) -> bool:
    """A singular body's head, or one of role "located" ("Müşavirənin"), in any case."""
    heads = words().get("body", frozenset()) | words().get("located", frozenset())
    found = [a for a in analyses(word) if any(az_lower(s) in heads for s in restore(a.stem, a.morphs))]
    return bool(found) and not all(a.has("plural") for a in found)


def _joins(doc: Doc, k: int, taken: dict[int, Span]) -> bool:
    """A "və" between two free name words inside a name ("Rabitə və Nəqliyyat")."""
    return k + 1 < len(doc) and k + 1 not in taken and k - 1 not in taken \
        and name_word(doc[k - 1].text) and name_word(doc[k + 1].text)


def _lone_place(ent: Span) -> bool:
    """`ent` is a one-word REGION (the ner's piece of the name), not a head itself."""
    return ent.label_ == "REGION" and len(ent) == 1 and not _head(ent.text) and not _institution(ent.text)


def _institution(word: str) -> bool:
    """An institution's head of role "opened" in the compound's possessive or bare ("Liseyində", "Parkı")."""
    return word[:1].isupper() and bool(base_forms(word) & words().get("opened", frozenset()))


def _third_person(word: str) -> bool:
    """A head bare or in the compound's possessive, as in a name ("Naxçıvan Bank", "Universitetində"), not
    in another person's ("Universitetimizin") nor bare in a case ("Komitənin üzvü")."""
    body = words().get("body", frozenset()) | words().get("opened", frozenset())
    return any((not a.morphs or any(m.name == "poss3" for m in a.morphs))
               and any(az_lower(stem) in body for stem in restore(a.stem, a.morphs)) for a in analyses(word))


def _e_service(ent: Span) -> bool:
    """Opened like an e-service, and no word of it is a body's head, whatever its case ("Elektron Hökumət
    Təlim-Tədris mərkəzi", "Elektron Hökumət üzrə İcra Qrupu" stay)."""
    opened = az_lower(ent[0].text) in E_OPENERS and len(ent) > 1 or bool(E_PREFIX.match(ent.text))
    return opened and not any(body_word(t.text) for t in ent[1:])


def _person_merged(ent: Span) -> bool:
    """A known first name or a surname in the PERSON: a person run into the next word ("Fariz Cəfərov
    Mərkəz tərəfindən"), not a body."""
    return bool(base_forms(ent[0].text) & person_words()) or any(
        az_lower(t.text).endswith(SURNAME_ENDINGS) for t in ent[:-1])


def body_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with merged bodies split, PERSONs ending in a body's head made ORGs (or dropped), and
    e-services and lower-case web addresses dropped; None when nothing changes."""
    out: list[Span] = []
    changed = False
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    skip_to = -1
    for e in ents:
        if e.start < skip_to:
            continue  # a place the ORG before took in
        if e.label_ in ("COUNTRY", "REGION") \
                and (org := _place_opened(doc, e, taken) or _place_located(doc, e, taken)):
            out.append(org)
            skip_to = org.end
            changed = True
        elif e.label_ not in NAME_LABELS:
            out.append(e)
        elif ADDRESS.match(e.text) or _e_service(e):
            changed = True
        elif e.label_ == "ORG" and len(e) > 4 and (pair := _split_pair(doc, e)):
            out.extend(pair)
            changed = True
        elif e.label_ == "PERSON" and len(e) > 1 and (head := _head(e[-1].text)) and not _person_merged(e):
            if head == "one":
                out.append(Span(doc, e.start, e.end, label="ORG"))
            changed = True
        else:
            out.append(e)
    return out if changed else None
