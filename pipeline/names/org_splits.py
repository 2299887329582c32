"""ORGs the ner runs on past their name (issue 11, class 9; ANNOTATION.md: "A body and its sub-unit named
with the body in the genitive are two ORGs"):
- a body's head in the genitive inside an ORG ends that body: "[Senatın Kəşfiyyat Komitəsinin]" →
  "[Senatın] [Kəşfiyyat Komitəsinin]"; what follows is a second ORG when it ends in a body's head in the
  compound's form, else no name ("[Agentliyinin] İdarə Heyətinin", "[Nazirliyinin] Regional
  Əməkdaşlığa"). A party's central committee stays whole ("Kommunist Partiyasının Mərkəzi Komitəsi"),
  as the training gold writes it (the only inner genitive heads of its 1,500 ORGs are these and one
  university's clinic);
- a company's legal form alone is no name, spelt out or as its acronym in brackets after it ("“X” [Məhdud
  Məsuliyyətli Cəmiyyətinin] ([MMC])"): the training gold leaves them out 9 times of 10 (the quoted name
  is the company; gazetteer/legal_forms.tsv);
- a competition is an event, no ORG: "Çempionlar Liqasında" is dropped, "UEFA Avropa Liqasının" keeps
  "UEFA" (the training gold: 39 of 41 such leagues outside any entity; role "competition");
- a body's head in the locative, ablative or instrumental inside an ORG ends it in the same way, a lone one
  ("Bankla") being no name (org9: "[AMEA İnformasiya Texnologiyaları İnstitutunda] [Beynəlxalq Telekommunikasiya
  İttifaqının]", "[Qarabağ Universitetində] Tibb");
- lower-case words after a body's head or an acronym ending an ORG are no part of it, unless one of them is
  a body's head ("[Avropa İttifaqına] üzv", "[SANA] xəbər"; "Minsk qrupunun" stays).

Heads: official_names.body_word (role "body" of pipeline/data/concepts/words.tsv and the gazetteer's
organisation heads) and the parents of role "parent" in pipeline/data/org_joins/words.tsv ("Senatın",
"Konqresin").
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import GENITIVE, analyses, base_forms, in_case, restore
from pipeline.names.body_runs import is_name_head
from pipeline.names.official_names import body_heads, body_word
from pipeline.names.org_joins import words
from pipeline.names.spans import name_word
from pipeline.names.words import legal_forms

SCENE_CASES = frozenset({"locative", "ablative", "instrumental"})  # a head so ending ends the name
COORDINATORS = frozenset({"və", ","})  # "X Mərkəzinin və Y Nazirliyinin": one name's pair, no parent
LEGAL_HEAD = "cəmiyyət"  # the last word of a spelt-out legal form, any case ("Cəmiyyətinin")


def _parent(word: str) -> bool:
    """A body's head in the genitive: the owner of what follows ("Nazirliyinin", "Senatın")."""
    if not name_word(word) or not in_case(word, GENITIVE):
        return False
    bases = base_forms(word)
    if bases & words().get("whole", frozenset()):
        return False
    if bases & words().get("parent", frozenset()):
        return True
    # a plural is a kind of body, not one ("Yerli Xidmətlərin Təşviqi Şurası"), unless the name is plural
    # itself ("Qüvvələrinin": the gazetteer's organisation heads hold "qüvvələri")
    heads = body_heads()
    return any(not a.has("plural") and any(az_lower(r) in heads for r in restore(a.stem, a.morphs))
               for a in analyses(word))


@functools.lru_cache(maxsize=20_000)
def _scene_head(word: str) -> bool:
    """A singular body's head in the locative, ablative or instrumental ("İnstitutunda", "Bankla"): no name
    goes on past it, as none of the training gold's ORGs does; the ner ran on into the next name
    ("[AMEA ... İnstitutunda] [Beynəlxalq Telekommunikasiya İttifaqının]")."""
    if not name_word(word) or not in_case(word, SCENE_CASES):
        return False
    heads = body_heads()
    return any(a.has("case") and not a.has("plural") and any(az_lower(r) in heads for r in restore(a.stem, a.morphs))
               for a in analyses(word) if any(m.slot == "case" and m.name in SCENE_CASES for m in a.morphs))


def _split(doc: Doc, e: Span) -> list[Span] | None:
    """The body, and its sub-unit when the rest names one, of an ORG with a parent inside; None if none."""
    for k in range(e.start, e.end - 1):
        if base_forms(doc[k].text) & words().get("whole", frozenset()):
            return None  # "Kommunist Partiyası Mərkəzi Komitəsinin Siyasi Bürosu": the party's organs
        if _scene_head(doc[k].text) and doc[k + 1].text not in COORDINATORS:
            rest = Span(doc, k + 1, e.end, label="ORG")
            parts = [] if k == e.start else [Span(doc, e.start, k + 1, label="ORG")]  # "Bankla" alone: no name
            if name_word(rest[0].text) and is_name_head(rest[-1].text):
                parts.append(rest)
            return parts
        if _parent(doc[k].text) and doc[k + 1].text not in COORDINATORS:
            if doc[k + 1].text[:1] in "(-":
                return None  # "Nazirliyinin (XİN)": the acronym follows the name
            rest = Span(doc, k + 1, e.end, label="ORG")
            if len(rest) == 1 and is_name_head(rest[0].text):
                return None  # "Universitetinin Fondu": a lone head is no sub-unit's name
            # a lone head before the sub-unit refers back to a body named earlier: no name by itself
            # ("Nazirliyin [Məlumat Mərkəzi]", as ANNOTATION.md's "Nazirliyin [mətbuat katibi]"); a parliament
            # is one of its kind and stays ("[Senatın] [Maliyyə Komitəsi]")
            lone = k == e.start and not base_forms(doc[k].text) & words().get("parent", frozenset())
            parts = [] if lone else [Span(doc, e.start, k + 1, label="ORG")]
            if name_word(rest[0].text) and is_name_head(rest[-1].text):
                parts.append(rest)
            return parts
    return None


def _trimmed(e: Span) -> Span | None:
    """The ORG without the lower-case words after its last capitalised word, when they are no body's
    head; None when there are none to trim."""
    doc, end = e.doc, e.end
    # separate words only: "ATƏT-in" ends in a suffix, not a word
    while end - 1 > e.start and doc[end - 1].text.isalpha() and doc[end - 1].text.islower() \
            and doc[end - 2].whitespace_:
        end -= 1
    if end == e.end or any(body_word(t.text) for t in doc[end:e.end]):
        return None
    last = doc[end - 1].text
    # the name ends in a body's head or an acronym; "Neft daşları", "Yelisey sarayında" are names themselves
    if not (body_word(last) or len(last) > 1 and last.isupper()):
        return None
    return Span(doc, e.start, end, label="ORG")


def _spelt_legal_form(e: Span) -> bool:
    return len(e) > 1 and az_lower(e[0].text) in legal_forms() and all(t.text[:1].isupper() for t in e) \
        and az_lower(e[-1].text).startswith(LEGAL_HEAD)


def _legal_form_only(doc: Doc, e: Span, at: dict[int, Span]) -> bool:
    """An ORG that is a company's legal form and nothing else: spelt out ("Məhdud Məsuliyyətli
    Cəmiyyətinin", "Qapalı Səhmdar Cəmiyyəti") or its acronym in brackets right after one ("(MMC)"); after
    a whole name with its legal form (“X” Məhdud Məsuliyyətli Cəmiyyəti (MMC)) the acronym stands for it."""
    if _spelt_legal_form(e):
        return True
    if len(e) != 1 or az_lower(e.text) not in legal_forms() or e.start < 2 or doc[e.start - 1].text != "(":
        return False
    before = at.get(e.start - 2)
    return az_lower(doc[e.start - 2].text).startswith(LEGAL_HEAD) and (before is None or _spelt_legal_form(before))


def _competition(e: Span) -> Span | None | bool:
    """For an ORG that holds a competition's name ("Çempionlar Liqasında"): its organiser before it as an
    ORG ("[UEFA] Avropa Liqası"), or False when nothing of it is a name; None when it holds none."""
    firsts = words().get("competition", frozenset())
    for t in e[:-1]:
        if az_lower(t.text) in firsts and base_forms(e.doc[t.i + 1].text) & words().get("league", frozenset()):
            return Span(e.doc, e.start, t.i, label="ORG") if t.i > e.start else False
    return None


def split_orgs(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each ORG cut to its name and split at a parent body; None when nothing changes."""
    out: list[Span] = []
    changed = False
    at = {i: e for e in ents for i in range(e.start, e.end)}
    for e in ents:
        if e.label_ == "ORG" and _legal_form_only(doc, e, at):
            changed = True
            continue
        if e.label_ != "ORG" or len(e) < 2:
            out.append(e)
            continue
        organiser = _competition(e)
        if organiser is not None:
            changed = True
            if organiser is not False:
                out.append(organiser)
            continue
        trimmed = _trimmed(e)
        if trimmed is not None:
            e, changed = trimmed, True
        parts = _split(doc, e)  # e has two tokens or more: shorter ORGs were kept as they are above
        if parts is not None:
            out.extend(parts)
            changed = True
        else:
            out.append(e)
    return out if changed else None
