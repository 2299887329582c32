"""Long official names whose edges the ner cut (issue 11, class 9, egov8): an ORG ending in a body's head is
widened over the words of its name that the ner left outside, as the gold writes such names ("[Medianın
İnkişafı Agentliyi]", "[Ekologiya və Təbii Sərvətlər Nazirliyi Meşə Təsərrüfatı Mərkəzi]"):
- before it, a free capitalised run (body_runs' run: no parent body in a case, no owning state or place, no
  scene word, no common word opening the sentence) that ends in a genitive ("İnformasiya Texnologiyalarının
  [İnkişafı Dövlət Fondu]", "Alman İqtisadiyyatının [Şərq Komitəsi]": the owner of a noun of the name, which
  is no body, place or state) or whose words are all common words, capitalised mid-sentence only because
  they are the name's ("Elektron Hökumət Təlim [Tədris Mərkəzi]", “Məlumat [Hesablama Mərkəzi]”); an ORG
  ending in such a genitive right before it ("[Aviasiya Hadisələrinin] [Araşdırılması ... Mərkəzi]");
- after an ORG not in the genitive (a parent body there is a second ORG), locative or ablative: free common
  capitalised words up to a body's head ("[Milli Sertifikat Xidməti] Mərkəzi", "[Silahlı Qüvvələrə] Yardım
  Fondu"), or an adjacent ORG made of such words ("[... Media Mərkəzi] [İctimai Birliyinin]": a body and its
  sub-unit or legal form in the nominative are one name in the gold).
A non-common word (a foreign name, a place, "Berboku BMT ...") is never taken, nor a title word.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import GENITIVE, analyses, base_forms, in_case, variants
from pipeline.lang.texts import token_texts
from pipeline.names.body_runs import DASHES, RUN_JOINERS, head_in_case, _heads, _run_start, is_name_head, opens_sentence
from pipeline.names.common_words import is_common
from pipeline.names.countries import is_country_name
from pipeline.names.spans import all_caps, name_word
from pipeline.names.words import is_title_word, legal_forms
from pipeline.tables import words_by_role

MAX_AFTER = 6  # tokens after an ORG up to a body's head
STOP_CASES = frozenset({"genitive", "locative", "ablative"})  # an ORG so ending is no opening of a longer name
PATH = "org_edges/words.tsv"  # under pipeline/data/
MAX_OWNER = 4  # tokens of a genitive owner and the words naming it
GLUED_GENITIVES = variants("In") | variants("nIn")  # "İT-nin": İT, -, nin
OWNER_STOPS = frozenset({"genitive", "locative", "ablative", "accusative"})  # no word naming the owner
# a plural or possessive dative ("Qonaqlara", "Fonduna"): an object before the name, no word of its owner's
# (a bare "-a" is no sign: "İnformasiya")
DATIVE = re.compile(r"(?:l[aə]r[aə]|[sn]?[ıiuü]n[aə])$")


@functools.cache
def words() -> dict[str, frozenset[str]]:
    """Role → its words (see the data file's header)."""
    return words_by_role(PATH)


@functools.lru_cache(maxsize=20_000)
def owned(text: str) -> bool:
    """A noun in the 3rd-person possessive that is no body's head and no adjective of the same shape
    ("İnkişafı", "Araşdırılması", "Qəbulu"; not "Mərkəzi", "Xarici", "Milli"): its owner comes before it."""
    low = az_lower(text)
    return (low not in words().get("adjective", frozenset()) and not base_forms(text) & _heads()
            and any(a.morphs and a.morphs[-1].name == "poss3" for a in analyses(text)))


def _common_name_word(text: str) -> bool:
    """A capitalised common word that is no title and no country: written with a capital mid-sentence, it is
    a word of the name after it."""
    return name_word(text) and is_common(text) and not is_title_word(text) and not is_country_name(text)


def _owner(text: str) -> bool:
    """A genitive that owns a noun of the name ("Texnologiyalarının", "İT-nin"); body_runs' run already
    stops at bodies, states and places in a case."""
    return in_case(text, GENITIVE) and not is_title_word(text) and not is_country_name(text)


def _owner_start(doc: Doc, e: Span, taken: set[int]) -> int:
    """The first token of the genitive owner right before e when e opens with a possessive noun, and of the
    words before it that name the owner ("Elektron Hökumətin [İnkişafı ...]", "İT-nin [İnkişafı ...]"; a body's
    head may own it: a possessive noun after a parent body would make no sub-unit's name); e.start when none."""
    k = e.start - 1
    if k < 0 or k in taken or not owned(doc[e.start].text):
        return e.start
    if doc[k].text in GLUED_GENITIVES and k >= 2 and doc[k - 1].text in DASHES and not doc[k - 2].whitespace_ \
            and not doc[k - 1].whitespace_ and k - 2 not in taken and all_caps(doc[k - 2].text):
        k -= 2  # "İT-nin", three tokens
    elif not (name_word(doc[k].text) and _owner(doc[k].text)) or opens_sentence(doc, k) and is_common(doc[k].text):
        return e.start
    start = k
    k -= 1
    while k >= 0 and k not in taken and e.start - k <= MAX_OWNER and name_word(doc[k].text) \
            and not in_case(doc[k].text, OWNER_STOPS) and not DATIVE.search(doc[k].text) \
            and not is_title_word(doc[k].text):
        if opens_sentence(doc, k) and is_common(doc[k].text):
            return e.start  # "Sonra" or "İnformasiya": the capital says nothing, nor where the owner starts
        start = k
        if opens_sentence(doc, k):
            break
        k -= 1
    return start


def left_edge(doc: Doc, e: Span, taken: set[int]) -> int:
    """The start of e's name over the free words before it (e.start when none belong to it)."""
    owner = _owner_start(doc, e, taken)
    if owner < e.start:
        return owner
    start = _run_start(doc, e.start, taken)
    if start == e.start:
        return start
    if in_case(doc[e.start - 1].text, GENITIVE):
        return e.start  # a parent's name ("Astana Dövlət Qulluğu Qovşağının [Rəhbər Komitəsi]"): two ORGs
    words = [doc[k].text for k in range(start, e.start) if doc[k].text not in RUN_JOINERS]
    return start if all(_common_name_word(w) for w in words) else e.start


def _next_head(doc: Doc, end: int, taken: set[int]) -> int | None:
    """The end of the free common capitalised words from token `end` up to a body's head, or None."""
    j = end
    while j < len(doc) and j - end < MAX_AFTER and j not in taken and not opens_sentence(doc, j):
        text = doc[j].text
        if text in RUN_JOINERS and j > end:
            j += 1
            continue
        if not name_word(text) or az_lower(text) in legal_forms():
            return None  # a legal form stays outside the name, as in the gold ("X Bank [Açıq Səhmdar Cəmiyyəti]")
        if is_name_head(text):
            return j + 1
        if not _common_name_word(text):
            return None
        j += 1
    return None


def _right(doc: Doc, e: Span, taken: set[int]) -> int:
    """The end of e's name over free common capitalised words up to a body's head, head after head while
    each is in the nominative ("Federal Məclisi Dövlət Dumasının"); e.end when none."""
    last = doc[e.end - 1].text
    if not name_word(last) or in_case(last, STOP_CASES) or is_name_head(last) and not _nominative_head(last) \
            or any(doc[k].text == "və" and is_name_head(doc[k - 1].text) for k in range(e.start + 1, e.end)):
        return e.end  # not after a parent, a scene, an object, or two bodies ("X Qrupu və Y")
    end = e.end
    while True:
        nxt = _next_head(doc, end, taken)
        if nxt is None or _nominative_head(doc[end - 1].text) and not _sub_unit_head(doc[nxt - 1].text):
            return end
        end = nxt
        if not _nominative_head(doc[end - 1].text):
            return end


@functools.cache  # asked of the same word up to three times per ORG (`_right`)
def _nominative_head(text: str) -> bool:
    """A body's head in the compound's possessive and no case after it ("Nazirliyi", "Mərkəzi"; not the
    accusative "Agentliyini")."""
    return is_name_head(text) and not any(
        any(m.name == "poss3" for m in a.morphs) and a.has("case") for a in analyses(text))


def _sub_unit_head(text: str) -> bool:
    """A head that can name a body's sub-unit or legal form: not a ministry's ("[X Nazirliyi] Daxili İşlər
    Nazirliyi" is a list written without its comma)."""
    return not base_forms(text) & words().get("whole_body", frozenset())


def _part_of_name(doc: Doc, b: Span) -> bool:
    """An ORG of common capitalised words ending in a body's head, not opening a sentence: the sub-unit or
    legal form of the ORG right before it ("İctimai Birliyinin")."""
    return (is_name_head(doc[b.end - 1].text) and _sub_unit_head(doc[b.end - 1].text) and not opens_sentence(doc, b.start)
            and all(_common_name_word(doc[k].text) and az_lower(doc[k].text) not in legal_forms()
                    or doc[k].text in RUN_JOINERS for k in range(b.start, b.end - 1)))


def org_edges(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with ORGs widened over the cut-off words of their names (module docstring); None when
    nothing changes."""
    texts = token_texts(doc)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    changed = False
    for e in ents:
        if e.label_ != "ORG":
            out.append(e)
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.end == e.start and prev.label_ == "ORG" \
                and doc[prev.end - 1].whitespace_ == " " and is_name_head(texts[e.end - 1]) and (
                    _owner(texts[prev.end - 1]) and not head_in_case(texts[prev.end - 1]) and owned(texts[e.start])
                    or _nominative_head(texts[prev.end - 1]) and _part_of_name(doc, e)):
            # "[Aviasiya Hadisələrinin] [Araşdırılması ... Mərkəzi]", "[... Mərkəzi] [İctimai Birliyi]"
            out[-1] = Span(doc, prev.start, e.end, label="ORG")
            changed = True
            continue
        # only where a free capitalised word (or "İT-nin"'s suffix) touches the ORG: most ORGs are left at once
        before = e.start - 1
        right = e.end < len(texts) and e.end not in taken and name_word(texts[e.end])
        left = before >= 0 and before not in taken and (name_word(texts[before]) or texts[before] in GLUED_GENITIVES)
        if not (left or right):
            out.append(e)
            continue
        end = _right(doc, e, taken) if right else e.end
        start = e.start
        if left and is_name_head(texts[end - 1]):
            start = left_edge(doc, Span(doc, e.start, end, label="ORG") if end != e.end else e, taken)
        if (start, end) != (e.start, e.end):
            taken.update(range(start, end))
            e = Span(doc, start, end, label="ORG")
            changed = True
        out.append(e)
    return out if changed else None
