"""A title of office right before its person, whole: "kənd təsərrüfatı nazirinin birinci müavini X",
"Səhiyyə Naziri X", "Qaçqınlar üzrə Ali Komissarı X", "Prezident X".

The ner misses long and capitalised titles, or keeps only their last words. Before each PERSON, the
free tokens (no entity) that end in a title head and are preceded only by words of title phrases form a
TITLE; a TITLE right before a PERSON grows to the left over such words; a TITLE the ner split in two
("[keçid dövrü] [Prezidenti]") is one. Both word lists come from the
training gold (`python -m pipeline.names.build_titles TRAIN.jsonl`, data/titles/):
- heads.tsv: the last word of a gold TITLE, as the head of its phrase, with how often that word, right
  before a gold PERSON, is a TITLE there (a head is used when that share is high: "başçısı" is no
  title in "dövlətimizin başçısı X", "hakim" mostly a referee's job, not a title);
- modifiers.tsv: every other word of the gold TITLE spans, lower-cased ("xarici", "işlər", "nazirinin",
  "birinci", "üzrə", "və"; not one the gold more often leaves outside a title, "keçmiş [prezident]"),
  and the portfolio words of the gold ministries' names ("Sənaye və
  Texnologiyalar Nazirliyi": "sənaye", "texnologiyalar"; not the country's name), matched in any case,
  so that capitalised titles are found as lower-case ones.
An entity, a sentence start, a punctuation mark other than a comma inside the phrase, or a word with a
first- or second-person ending ("dövlətimizin", "ölkəmizin") ends the phrase; the genitive country or
body before it stays its own entity, which `leaders` reads as the title's country or organisation.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms
from pipeline.names.common_words import is_common
from pipeline.names.words import title_words
from pipeline.tables import DATA_DIR, read_tsv

DATA = DATA_DIR / "titles"
MIN_SEEN = 3       # a head seen fewer times right before a gold PERSON says nothing
MIN_SHARE = 0.75   # ... and one that is a TITLE there less often is no head ("hakim", "şəxs", "başçısı")
JOINERS = ("və", ",")
LOCAL_CASES = ("locative", "ablative", "genitive", "instrumental")
MAX_WORDS = 10     # the longest gold titles have 9 tokens
FIRST_SECOND_PERSON = re.compile(r"(?:[iıuü]?m[iıuü]z|[iıuü]?n[iıuü]z)(?:[iıuü]n|[dt][ae]|[ae])?$")


@functools.cache
def heads() -> dict[str, bool]:
    """Head lemma → whether the gold has it as a title alone ("Prezident X", but never a lone "xanım":
    "İlham Əliyev və xanımı X"), for the heads that are a TITLE right before a PERSON often enough."""
    return {r["head"]: int(r["alone"]) > 0 for r in read_tsv(DATA / "heads.tsv")
            if int(r["seen"]) >= MIN_SEEN and int(r["title"]) >= MIN_SHARE * int(r["seen"])}


@functools.cache
def modifiers() -> frozenset[str]:
    """Words of title phrases that the gold leaves outside a title less often than inside ("keçmiş" stays
    out: "keçmiş [prezident]"); "və" and the comma join a phrase's words and are never its edge."""
    return frozenset(r["word"] for r in read_tsv(DATA / "modifiers.tsv")
                     if int(r["count"]) > int(r["outside"]) or r["word"] in JOINERS)


def head_lemma(word: str) -> str | None:
    """The title head a word is a form of ("naziri" → "nazir"), the shortest such form; None if none."""
    found = base_forms(word) & title_words()
    return min(found, key=lambda w: (len(w), w)) if found else None


def _has(word: str, slot: str, names: str | tuple[str, ...] | None = None) -> bool:
    """Some analysis of `word` has a suffix of `slot` (of one of `names`)."""
    names = (names,) if isinstance(names, str) else names
    return any(m.slot == slot and (names is None or m.name in names) for a in analyses(word) for m in a.morphs)


def _is_modifier(token: Token) -> bool:
    low = az_lower(token.text)
    return low in modifiers() and not FIRST_SECOND_PERSON.search(low)


def _closes(token: Token, bare: bool) -> bool:
    """A title word that cannot stand here: before a `bare` last word, a genitive or another head
    ("nümayəndə heyətinin Prezident X", "Nazir Prezident X"); a capitalised genitive that is no title
    head ends an organisation's name ("Nazirlər Şurasının sədri": Şurasının is no title word here)."""
    if _has(token.text, "case", "genitive"):
        return bare or token.text[:1].isupper() and not token.is_sent_start and head_lemma(token.text) not in heads()
    return bare and head_lemma(token.text) in heads()


def _phrase_start(doc: Doc, end: int, lo: int, bare: bool) -> int | None:
    """Leftmost token of the title words before `end`, not before `lo` (the end of the previous entity
    or the sentence start); `end` when there are none, None when the head is someone else's office
    ("dövlətimizin başçısı X", "ölkəmizin prezidenti X"); `bare`: the title's last word has no possessive
    ("Prezident", see `_closes`). Leading "və" and
    commas are left out, and so is an "üzrə" whose complement is a nominative entity or no title word
    ("Ukrayna üzrə xüsusi elçisi X": only "xüsusi elçisi" is sure)."""
    start = end
    while start > lo and end - start < MAX_WORDS:
        token = doc[start - 1]
        if not _is_modifier(token) or _closes(token, bare):
            if FIRST_SECOND_PERSON.search(az_lower(token.text)):
                return None
            break
        start -= 1
        if token.is_sent_start:
            break
    while start < end and (doc[start].is_punct or az_lower(doc[start].text) in JOINERS):
        start += 1
    uzre = [i for i in range(start, end) if az_lower(doc[i].text) == "üzrə"]
    if uzre and (uzre[0] == start or start == lo > 0 and not _has(doc[lo - 1].text, "case", "genitive")):
        start = uzre[-1] + 1
    return start


def _unfinished(title: Span) -> bool:
    """A TITLE that cannot end there: its last word is no title head ("keçid dövrü") or a genitive
    ("müdafiə nazirinin"), so a TITLE right after it continues it; two whole titles side by side
    ("baş direktoru general X") stay two, and so does a place word the ner took for a title ("Fəxri
    xiyabanda [Ulu Öndər]": a locative or ablative ends no title phrase)."""
    last = title[-1].text
    if _has(last, "case", ("locative", "ablative")) and not _has(last, "case", "genitive"):
        return False
    return head_lemma(last) is None or _has(last, "case", "genitive")


def whole_titles(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each title right before a PERSON made whole (see the module docstring); None when
    nothing changed."""
    out: list[Span] = []
    changed = False
    for ent in ents:
        prev = out[-1] if out else None
        if ent.label_ == "TITLE" and prev is not None and prev.label_ == "TITLE" and prev.end == ent.start \
                and _unfinished(prev):
            out[-1] = Span(doc, prev.start, ent.end, label="TITLE")  # "[keçid dövrü] [Prezidenti]": one title
            changed = True
            continue
        if ent.label_ != "PERSON" or ent.start == 0:
            out.append(ent)
            continue
        if prev is not None and prev.label_ == "TITLE" and prev.end == ent.start:
            lo = max(out[-2].end if len(out) > 1 else 0, doc[prev.start].sent.start)
            start = _phrase_start(doc, prev.start, lo, not _has(prev[-1].text, "poss"))
            if start is not None and start < prev.start:
                out[-1] = Span(doc, start, prev.end, label="TITLE")
                changed = True
        elif (prev is None or prev.end < ent.start) and (title := _free_title(doc, ent.start, prev)):
            if prev is not None and prev.label_ == "TITLE" and prev.end == title.start and _unfinished(prev):
                out[-1] = Span(doc, prev.start, title.end, label="TITLE")  # "[gənclər və idman] naziri X"
            else:
                out.append(title)
            changed = True
        out.append(ent)
    return out if changed else None


def _free_title(doc: Doc, end: int, prev: Span | None) -> Span | None:
    """A TITLE of free tokens ending at `end` (a PERSON's start) with a title head there, or None."""
    head = doc[end - 1]
    alone = heads().get(head_lemma(head.text) or "")
    if alone is None or _has(head.text, "plural"):  # "liderləri X" names a group, not X's office
        return None
    lo = max(prev.end if prev is not None else 0, head.sent.start)
    start = _phrase_start(doc, head.i, lo, not _has(head.text, "poss"))
    if start is None:
        return None
    if start == head.i:
        before = doc[start - 1] if start > 0 else None
        # "Mehriban xanım X", "Qarabağ xanı X": a lone head right after a name is part of it; a capitalised
        # word in a case no name part takes ("Ağ Evdə Prezident X") or a common word opening the sentence is none
        named = before is not None and (prev is not None and prev.end == start and prev.label_ == "PERSON"
                                        or before.text[:1].isupper() and not _has(before.text, "case", LOCAL_CASES)
                                        and not (before.is_sent_start and is_common(before.text)))
        if not alone or named:
            return None
    return Span(doc, start, end, label="TITLE")
