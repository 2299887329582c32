"""Official names the ner cuts in pieces (issue 11, class 9; ANNOTATION.md "Span rules"), joined into one ORG:
- a country in the nominative that opens a body's name: "[Fransa] [Xarici İşlər Nazirliyinə]" →
  "[Fransa Xarici İşlər Nazirliyinə]", also "Rusiya XİN-in" and "İtaliya-[Azərbaycan Ticarət Palatası]"
  (the training gold writes 314 such names as one ORG, 28 apart; those 28 are a subject before an
  international body, "Azərbaycan BMT-də ...", which the ORG's first word tells: an acronym or a place);
  and so are a nominative country and the free name words after it up to a body's head ("Azərbaycan
  Ordusuna", "Danimarka Apellyasiya Məhkəməsi"), where the ner found the country alone;
- a name "X adına Y": the person or place a body is named after and the body are one ORG ("Qara Qarayev
  adına Azərbaycan Dövlət Kamera Orkestrinin", "Qnesin adına Musiqi Kolleci");
- the field pair of one body cut at its "və": "[Kaliforniya İslah] və [Reabilitasiya Departamenti]",
  "[Ekologiya və] Təbii Sərvətlər Nazirliyinin": the first piece holds no body's head (else the two are
  two bodies, "X Nazirliyi və Y Nazirliyi", which official_names splits), no acronym and no place,
  and the second ends in a body's head in the compound's form ("Departamenti", "Agentliyinin").

The heads are official_names' and body_runs' (role "body" of pipeline/data/concepts/words.tsv and the
gazetteer's organisation heads); the national acronyms a country may open ("Rusiya XİN-in"), the first
words of international and whole names and the parliaments are pipeline/data/org_joins/words.tsv.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, joined_head, restore
from pipeline.lang.texts import token_texts
from pipeline.names.body_runs import DASHES, is_name_head, opens_sentence
from pipeline.names.common_words import is_common
from pipeline.names.concepts import known_place
from pipeline.names.countries import is_country_name
from pipeline.names.official_names import body_word
from pipeline.names.spans import name_word, replace_ents
from pipeline.names.words import is_title_word
from pipeline.tables import words_by_role

PATH = "org_joins/words.tsv"  # under pipeline/data/
NAMED_AFTER = "adına"
NAME_LABELS = frozenset({"PERSON", "REGION", "ORG", "COUNTRY"})
MAX_RUN = 8  # free name words after "adına" up to the body's head
MAX_NAME = 4  # words of the name before "adına"
MAX_RUN_AFTER_COUNTRY = 5  # free name words after a country up to a body's head
MAX_JOINERS = 4  # tokens joining its fields: ",", "və", a bracketed gloss
FIELD_JOINERS = frozenset({",", "və"})


@functools.cache
def words() -> dict[str, frozenset[str]]:
    """Role → its lower-case words (see the data file's header)."""
    return words_by_role(PATH, az_lower)


def _nominative_country(ent: Span) -> bool:
    """The span is a country's name as it is, no case ending ("Fransa", "Rusiya Federasiyası"; not
    "Fransanın", nor "Azərbaycanla")."""
    from pipeline.names.gazetteer import entries
    key = tuple(az_lower(w) for w in token_texts(ent.doc)[ent.start:ent.end])  # no Token objects
    return key in entries() and entries()[key].label == "COUNTRY" and is_country_name(ent.text)


def national_body(org: Span, dashed: bool = False) -> bool:
    """An ORG a country's name may open: it ends in a body's head, or is a national acronym ("XİN-in"),
    and its first word is no other acronym ("BMT", "NATO-nun") nor a place ("Avropa İttifaqı"), unless a
    dash joins the country to another ("Polşa-Azərbaycan Biznes Palatası": a pair of states; not
    "Azərbaycan-Avropa İttifaqı")."""
    first = org[0].text
    acronym = joined_head(first)
    if acronym.isupper() and len(acronym) > 1:
        # "XİN", "XİN-in" (one token or three): the acronym and its suffix only
        return az_lower(acronym) in words().get("national", frozenset()) \
            and all(not t.text[:1].isupper() for t in org[1:])
    if not name_word(first) or known_place(first) and not (dashed and is_country_name(first)) or az_lower(first) in words().get("international", frozenset()):
        return False
    return body_word(org[-1].text)


def _country_opens(doc: Doc, a: Span, b: Span) -> bool:
    """`a` is a nominative country right before the national body `b` (a space or a dash between)."""
    if a.label_ not in ("COUNTRY", "ORG") or b.label_ != "ORG" or not _nominative_country(a):
        return False
    if b.start == a.end:
        return bool(doc[a.end - 1].whitespace_) and national_body(b)
    dash = doc[a.end]
    return (b.start == a.end + 1 and dash.text in DASHES and not dash.whitespace_
            and not doc[a.end - 1].whitespace_ and national_body(b, dashed=True))


def _country_head(word: str) -> bool:
    """The last word of a country's own body in the compound's possessive: a body's head, or a country's
    parliament ("Ordusuna", "Senatının"; role "parent"). Not a league: the gold writes "İngiltərə Premyer
    Liqası" as one ORG 9 times and leaves the league out 7 times."""
    if is_name_head(word):
        return True
    own = words().get("parent", frozenset())
    # in the compound's possessive, as a name ends ("Senatı", "Konqresinin"; not "Komitənin üzvü")
    return any(a.has("poss") and any(az_lower(r) in own for r in restore(a.stem, a.morphs)) for a in analyses(word))


def _country_run(doc: Doc, a: Span, taken: set[int]) -> Span | None:
    """A nominative country and the free name words after it up to a body's head or a national acronym,
    as one ORG ("Azərbaycan Ordusuna", "Danimarka Apellyasiya Məhkəməsi", "Türkiyə MN"), or None."""
    if a.label_ != "COUNTRY" or a.end >= len(doc) or not doc[a.end - 1].whitespace_ or not _nominative_country(a):
        return None
    k, last, words_seen = a.end - 1, min(a.end + MAX_RUN_AFTER_COUNTRY + MAX_JOINERS, len(doc)), 0
    while (k := k + 1) < last:
        text = doc[k].text
        if words_seen and (step := _field_joiner(doc, k, taken)):
            # "Nəqliyyat, Rabitə və ...", "Sahibkarlar (İşəgötürənlər) ...": a field list or a gloss inside the name
            k += step - 1
            continue
        words_seen += 1
        if words_seen > MAX_RUN_AFTER_COUNTRY:
            return None
        if k in taken or not name_word(text) or known_place(text) or is_title_word(text) \
                or k == a.end and az_lower(text) in words().get("international", frozenset()):
            return None  # "Azərbaycan Prezidentinin Türkmənistan ...": a title or a place is no word of it
        acronym = text.isupper() and len(text) > 1
        if acronym and k > a.end:
            return None
        if acronym and az_lower(text) in words().get("national", frozenset()) or not acronym and _country_head(text):
            return Span(doc, a.start, k + 1, label="ORG")
    return None


def _field_joiner(doc: Doc, k: int, taken: set[int]) -> int:
    """The tokens at k that join the fields of one body's name between two free name words: "," or "və"
    (a comma only in a list that a "və" closes) or a bracketed gloss "(İşəgötürənlər)"; 0 if none."""
    text = doc[k].text
    if text == "(":
        close = k + 2
        ok = close < len(doc) and doc[close].text == ")" and name_word(doc[k + 1].text)
        return 3 if ok and not taken & {k, k + 1, close} and close + 1 < len(doc) and name_word(doc[close + 1].text) else 0
    if text not in FIELD_JOINERS or k in taken or k + 1 >= len(doc) or not name_word(doc[k + 1].text):
        return 0
    if text == ",":
        # the list goes on to its "və" within the next words, all of them name words
        for j in range(k + 1, min(k + 2 * MAX_JOINERS, len(doc))):
            if doc[j].text == "və":
                return 1
            if not name_word(doc[j].text) and doc[j].text != ",":
                return 0
        return 0
    return 1


def _field_pair(doc: Doc, a: Span, b: Span) -> bool:
    """`a` and `b` are the halves of one body's name cut at its "və" ("[X Y] və [Z Nazirliyi]", "[X və] [Z
    Nazirliyi]")."""
    if a.label_ != "ORG" or b.label_ != "ORG":
        return False
    inner = [t for t in a if t.text != "və"]
    if a[-1].text == "və":
        if b.start != a.end:
            return False
    elif not (b.start == a.end + 1 and doc[a.end].text == "və"):
        return False
    if not inner or not all(name_word(t.text) and not t.text.isupper() and not body_word(t.text) for t in inner):
        return False
    # one word is a field ("İxracın", "Radio"), not a company or a place ("Sberbank", "Naxçıvan")
    if len(inner) == 1 and (known_place(inner[0].text) or not is_common(inner[0].text)):
        return False
    # the second half opening like a whole name is one ("Ümumdünya Səhiyyə Təşkilatı", "Azərbaycan ...")
    first = az_lower(b[0].text)
    return first not in words().get("international", frozenset()) and first not in words().get("opener", frozenset()) \
        and not known_place(b[0].text) and is_name_head(b[-1].text)


def _free_body(doc: Doc, start: int, taken: set[int]) -> int | None:
    """The end of the free name words from `start` up to a body's head ("Musiqi Kolleci"), or None."""
    for k in range(start, min(start + MAX_RUN, len(doc))):
        if k in taken or not name_word(doc[k].text):
            return None
        if is_name_head(doc[k].text):
            return k + 1
    return None


def _free_name_start(doc: Doc, i: int, at: dict[int, Span]) -> int:
    """The first word of the name that free token `i` ends ("Qara Qarayev" when the ner took "Qara" for a
    place): free name words, and one person or place entity right before them, up to MAX_NAME words;
    a common word opening the sentence is no part of it ("Sonra Qnesin adına")."""
    start = i
    while start > 0 and i - start + 1 < MAX_NAME and name_word(doc[start - 1].text):
        prev = at.get(start - 1)
        if prev is not None:
            if prev.label_ in ("PERSON", "REGION") and prev.end == start:
                start = prev.start
            break
        if opens_sentence(doc, start - 1) and is_common(doc[start - 1].text):
            break
        start -= 1
    return start


def _named_after(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """Each "X adına Y" as one ORG, X a name (an entity or free capitalised words) and Y an ORG or free
    words up to a body's head; None when there is none."""
    texts = token_texts(doc)
    if NAMED_AFTER not in texts:  # most articles (the list's own search, in C)
        return None
    at = {i: e for e in ents for i in range(e.start, e.end)}
    taken = set(at)
    joined: list[Span] = []
    for k in [k for k, text in enumerate(texts) if text == NAMED_AFTER]:
        if k == 0 or k + 1 >= len(doc):
            continue
        left = at.get(k - 1) or at.get(k)
        if left is not None and left.label_ in NAME_LABELS and left.end in (k, k + 1):
            start = left.start
        elif name_word(doc[k - 1].text) and k - 1 not in taken:
            start = _free_name_start(doc, k - 1, at)
        else:
            continue
        right = at.get(k + 1)  # also when the ner's ORG ran over "adına": the body follows it
        if right is not None and right.label_ == "ORG" and right.start == k + 1:
            end = right.end
        elif right is None:
            end = _free_body(doc, k + 1, taken)
            if end is None:
                continue
        else:
            continue
        if joined and start < joined[-1].end:
            continue  # "X adına Y adına Z": the first name keeps its tokens
        joined.append(Span(doc, start, end, label="ORG"))
    if not joined:
        return None
    return replace_ents(doc, joined, ents)


def joined_orgs(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with the pieces above joined into one ORG each; None when nothing changes."""
    named = _named_after(doc, ents)
    out = named if named is not None else list(ents)
    changed = named is not None
    taken = {i for e in out for i in range(e.start, e.end)}
    result: list[Span] = []
    for e in out:
        prev = result[-1] if result else None
        if prev is not None and (_country_opens(doc, prev, e) or _field_pair(doc, prev, e)):
            result[-1] = Span(doc, prev.start, e.end, label="ORG")
            changed = True
            continue
        if (run := _country_run(doc, e, taken)) is not None:
            taken.update(range(run.start, run.end))
            result.append(run)
            changed = True
            continue
        if e.label_ == "ORG" and e[-1].text == "və" and len(e) > 1:
            # "[Ekologiya və] Təbii Sərvətlər Nazirliyinin": the rest of the name is free words
            end = _free_body(doc, e.end, taken)
            if end is not None and _field_pair(doc, e, Span(doc, e.end, end, label="ORG")):
                e = Span(doc, e.start, end, label="ORG")
                changed = True
        result.append(e)
    return result if changed else None
