"""Opening words of a body's name the ner left outside its ORG (issue 11, class 9, org4):
- the field before "üzrə": "Tələbə Qəbulu üzrə [Dövlət Komissiyası]", "2. Tələbə [Qəbulu Üzrə Dövlət
  Komissiyası]", "Standartlaşdırma, Metrologiya və Patent [üzrə Dövlət Komitəsi]" are one ORG each, also as
  free words up to a body's head; the training gold writes all its 22 ORGs with "üzrə" with their field
  ("Diasporla İş üzrə Dövlət Komitəsi") and none without. The field's capitals are the name's, so a list
  item's or sentence's first word belongs to it when the next word is a noun it owns ("Tələbə Qəbulu"; not
  "Sonra Balıq Ovu"); a place, a country, a title, an acronym, a word in the locative or a line break ends it;
- org11: the field before "qarşı" of a body named for a fight against something ("Korrupsiyaya qarşı [Mübarizə
  Komitəsi]", as the names with "üzrə"; only before an ORG that opens with "Mübarizə");
- the first word of a pair glued by a dash: "Təlim-[Tədris Mərkəzi]", "Qeyri-[Hökumət ... Şurasının]",
  "Alman-[Azərbaycan Xarici Ticarət Palatası]" (not a lower-case "e-": site_labels' e-services), and two places
  so glued before free name words up to a body's head ("[İtaliya]-[Azərbaycan] Ticarət Palatasının", "[Azərbaycan]-[Çin]
  Hökumətlərarası ... Komissiyasının"; the gold: "İtaliya-Azərbaycan Ticarət Palatasının" one ORG, and two
  COUNTRYs before anything else, "Azərbaycan-ABŞ Beyin Mərkəzlərinin birinci Forumu"). Not a place before an
  international body ("Azərbaycan-[Avropa İttifaqı]": two parties; org_joins' national body test).
Free capitalised common words right before the widened name join it as org_edges joins them ("Elektron
Hökumət [Təlim-Tədris Mərkəzi]").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.morphology import GENITIVE, in_case
from pipeline.lang.texts import token_texts
from pipeline.names.body_runs import DASHES, head_in_case, owner_place, is_name_head, opens_sentence
from pipeline.names.common_words import is_common
from pipeline.names.concepts import known_place
from pipeline.names.org_edges import left_edge, owned
from pipeline.names.official_names import body_word
from pipeline.names.org_joins import national_body
from pipeline.names.spans import all_caps, glued_dash, name_word
from pipeline.names.words import is_title_word

FIELD = frozenset({"üzrə", "Üzrə", "ÜZRƏ"})
# "X-a qarşı Mübarizə ...": the field of a body named for a fight against something, before "qarşı" (org11:
# "Korrupsiyaya qarşı [Mübarizə Komitəsi]"); only before an ORG that opens with "Mübarizə" ("Hamasa qarşı [İsrail
# ordusu]" is no name)
AGAINST = "qarşı"
FIGHT = "Mübarizə"
PLACES = frozenset({"COUNTRY", "REGION"})
FIELD_JOINERS = frozenset({"və", ","})
MAX_FIELD = 6  # tokens of the field before "üzrə" ("Qaçqınların və Məcburi Köçkünlərin İşləri")
MAX_RUN = 6  # free name words after "üzrə" or a dashed pair up to a body's head
SCENE = frozenset({"locative"})  # "Bakıda Tələbə ...": where, no word of the field


def positions(texts: list[str], forms: frozenset[str]) -> list[int]:
    """The indices of the tokens written as one of `forms`, in order (list.index searches in C: a Python
    loop over every token of every article cost more than the rule)."""
    found: list[int] = []
    for form in forms:
        i = -1
        try:
            while True:
                i = texts.index(form, i + 1)
                found.append(i)
        except ValueError:
            pass
    return sorted(found)


def _field_word(text: str) -> bool:
    """A word of the field before "üzrə": a name word that is no place, title, acronym or scene."""
    return (name_word(text) and not all_caps(text) and not known_place(text) and not is_title_word(text)
            and not in_case(text, SCENE))


def _field_start(doc: Doc, k: int, at: dict[int, Span], held: bool = False) -> int:
    """The first token of the field that ends right before token k; k when there is none or when the words
    before it leave its start in doubt (a name word that is no field's, a dangling "və", a name the ner ran
    over the field's start, a common word opening the sentence: "Sonra Balıq Ovu üzrə ..."). `held`: the ORG
    from token k holds words of the field already."""
    start, j = k, k - 1
    while j >= 0 and "\n" not in doc[j].whitespace_:
        if k - j > MAX_FIELD:
            return k
        text = doc[j].text
        ent = at.get(j)
        if ent is not None:
            # a name the ner took from the field ("[Tələbə Qəbulu] üzrə", "[Bərpa Olunan] və X üzrə"): its words,
            # if all are the field's; before a field the ORG holds, a person or place is no part of it
            if ent.end != j + 1 or ent.label_ in PLACES or not all(_field_word(t.text) for t in ent):
                return start if in_case(text, GENITIVE) else k
            if ent.label_ != "ORG" and (held or start < k) or body_word(doc[ent.end - 1].text):
                break  # "[Fərid Əzizov] [Diasporla İş üzrə ...]", "[X Nazirliyi] və [Y üzrə ...]": two names
            start = j = ent.start
        elif text in FIELD_JOINERS:
            if text == "," and (j == 0 or not name_word(doc[j - 1].text)):
                break  # "Belə ki, X üzrə": the clause's comma
            if start != j + 1 or j == 0 or not name_word(doc[j - 1].text):
                return k  # "İqtisadiyyat və [Menecmentlik] üzrə": the field's start is not in sight
        elif not name_word(text):
            break
        elif body_word(text):
            break  # another body's head ("Nazirliyi və X üzrə"): its name is its own
        elif not _field_word(text) or head_in_case(text) or owner_place(text):
            # a parent body or state in the genitive owns the name ("Respublikasının [X üzrə ...]"); a place
            # in the nominative, a title or an acronym may open it ("Ukrayna X üzrə ..."): left in doubt
            return start if in_case(text, GENITIVE) else k
        elif opens_sentence(doc, j) and is_common(text) and not owned(doc[j + 1].text):
            return k  # "Sonra" or "Elektron": the capital says nothing; "Tələbə Qəbulu": the owner of its noun
        else:
            start = j
            if opens_sentence(doc, j):
                break
        j -= 1
    return start


def _free_head(doc: Doc, start: int, at: dict[int, Span]) -> int | None:
    """The end of the free name words (and glued dashes) from `start` up to a body's head, or None."""
    for k in range(start, min(start + MAX_RUN, len(doc))):
        text = doc[k].text
        if k in at or not (name_word(text) or text in DASHES and not doc[k].whitespace_ and k > start):
            return None
        if is_name_head(text):
            return k + 1
    return None


def _field_names(doc: Doc, texts: list[str], at: dict[int, Span], forms: frozenset[str]) -> list[Span]:
    """Each ORG (or free run up to a body's head) after "üzrə" with the field before it (`at`: token →
    its entity; `forms`: the forms of "üzrə" the article writes)."""
    found: list[Span] = []
    for k in positions(texts, forms):
        if k == 0 or k + 1 >= len(doc):
            continue
        own = at.get(k)
        if texts[k] == AGAINST and (own is not None or not texts[k + 1].startswith(FIGHT)):
            continue
        edge = (own.start if own is not None else k) - 1
        if edge < 0 or not (name_word(texts[edge]) or texts[edge] in FIELD_JOINERS):
            continue  # nothing before the name that could be its field's ("bu sahə üzrə", "[X üzrə Y]")
        if own is not None:
            # the ORG holds "üzrə" or starts at it: its words before "üzrə" are the field's
            if own.label_ != "ORG" or not all(_field_word(t.text) for t in doc[own.start:k]):
                continue
            first, end = own.start, own.end
        elif (nxt := at.get(k + 1)) is not None:
            if nxt.label_ != "ORG" or nxt.start != k + 1:
                continue
            first, end = k, nxt.end
        elif (end := _free_head(doc, k + 1, at)) is None:
            continue
        else:
            first = k
        if not is_name_head(texts[end - 1]):
            continue
        start = _field_start(doc, first, at, held=first < k)
        if start < first:
            found.append(Span(doc, start, end, label="ORG"))
    return found


def _dash_start(doc: Doc, start: int, at: dict[int, Span]) -> tuple[int, bool]:
    """The first token of the words glued by dashes before token `start`, and whether one of them is a
    place; (start, False) when none."""
    place = False
    while glued_dash(doc, start - 1):
        j = start - 2
        ent = at.get(j)
        if ent is not None:
            if ent.label_ not in PLACES or ent.end != j + 1:
                break
            place, start = True, ent.start
        elif name_word(doc[j].text):
            place = place or known_place(doc[j].text)
            start = j
        else:
            break
    return start, place


def _dashed_names(doc: Doc, texts: list[str], ents: list[Span], at: dict[int, Span], forms: frozenset[str]) \
        -> list[Span]:
    """Each ORG with the words glued to its first word by a dash, and each dashed pair with a place before
    free name words up to a body's head, as one ORG (`forms`: the dashes the article writes)."""
    found: list[Span] = []
    for e in ents:
        if e.start > 1 and texts[e.start - 1] in DASHES and e.label_ == "ORG" and is_name_head(texts[e.end - 1]):
            start, place = _dash_start(doc, e.start, at)
            if start < e.start and (not place or national_body(e, dashed=True)):
                found.append(Span(doc, start, e.end, label="ORG"))
    for d in positions(texts, forms):
        if d + 1 >= len(texts) or d + 1 in at or not name_word(texts[d + 1]) or not glued_dash(doc, d):
            continue
        # "[İtaliya]-Azərbaycan Ticarət Palatasının", "[Azərbaycan]-[Çin] Hökumətlərarası ... Komissiyasının"
        first = d + 1
        if (end := _free_head(doc, first, at)) is None:
            continue
        start, place = _dash_start(doc, first, at)
        if start < first and (place or known_place(texts[first])):
            found.append(Span(doc, start, end, label="ORG"))
    for e in ents:
        # a place glued to the places before it, then free name words up to a body's head
        if e.start > 1 and texts[e.start - 1] in DASHES and e.label_ in PLACES and len(e) == 1 \
                and glued_dash(doc, e.start - 1) and doc[e.end - 1].whitespace_:
            end = _free_head(doc, e.end, at)
            start, place = _dash_start(doc, e.start, at)
            if end is not None and place and start < e.start:
                found.append(Span(doc, start, end, label="ORG"))
    return found


def _widened(doc: Doc, span: Span, taken: set[int]) -> Span:
    """The span over the free common capitalised words before it (org_edges' left edge)."""
    start = left_edge(doc, span, taken)
    return span if start == span.start else Span(doc, start, span.end, label="ORG")


def org_openings(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each ORG widened over the opening words of its name (module docstring); None when nothing
    changes."""
    texts = token_texts(doc)
    # only documents with a glued dash or "üzrə": most have neither
    words = set(texts)
    fields, dashes = (FIELD | {AGAINST}) & words, DASHES & words
    if not (fields or dashes):
        return None
    at = {i: e for e in ents for i in range(e.start, e.end)}
    found = _field_names(doc, texts, at, fields) if fields else []
    if dashes:
        found += _dashed_names(doc, texts, ents, at, dashes)
    if not found:
        return None
    found.sort(key=lambda s: (s.start, -s.end))
    new: list[Span] = []
    for span in found:
        if new and span.start < new[-1].end:
            continue  # the longer of two overlapping finds
        new.append(span)
    taken = {i for e in ents for i in range(e.start, e.end)} | {i for s in new for i in range(s.start, s.end)}
    new = [_widened(doc, s, taken - set(range(s.start, s.end))) for s in new]
    # a find may cross an entity it does not hold whole ("[X Y]-Z"): then it is left
    crossed = [s for s in new if any(e.start < s.start < e.end or e.start < s.end < e.end for e in ents)]
    new = [s for s in new if s not in crossed]
    if not new:
        return None
    kept = [e for e in ents if not any(s.start < e.end and e.start < s.end for s in new)]
    return sorted(kept + new, key=lambda e: e.start)
