"""Long official names the ner misses or cuts (issue 11, class 9): a run of capitalised words ending in a
body's head (role "body" of pipeline/data/concepts/words.tsv: nazirlik, mərkəz, komitə, ...) in a name's
form is an ORG, its words joined by "və", "üzrə" and, in a list closed by "və", by commas:
"Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin", "Ətraf Mühit, Şəhərsalma və İqlim Dəyişikliyi
Nazirliyi", "Balıqçılıq və Akvakultura Mərkəzinin". An ORG the ner cut at a "və" of its name and that
ends in such a head takes the free capitalised words before it ("İpoteka və [Kredit Zəmanət Fondu]").

Heads: the role "body" and the gazetteer's organisation heads ("Hökuməti", "Məclisinin"), not an
event's or programme's (role "event": "Forumu", "Proqramı", "Liqası"). The run stops at any entity (a place
before the name is left to official_names), at another body's head in a case (a ministry and its sub-unit
are two ORGs: "Nazirliyinin Mətbuat Mərkəzi"), at a state in the genitive ("Koreya Respublikasının"), a
word in the locative, and before a "və" that follows a body's head (two bodies). It is left when it
reaches a sentence start whose word is a common word ("Daş Salnamə Muzeyində": the capital says
nothing), holds a legal form ("Açıq Səhmdar Cəmiyyəti"), or the name seems to go on (`_continued`).
A plural head is a kind of body, not one ("Xidmət Mərkəzlərində"), and a lone head is no name.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang import punctuation
from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import GENITIVE, analyses, base_forms, in_case, restore
from pipeline.lang.texts import token_texts
from pipeline.names.common_words import is_common, starts_sentence
from pipeline.names.concepts import words
from pipeline.names.official_names import body_word
from pipeline.names.products import names_product
from pipeline.names.spans import name_word
from pipeline.names.words import is_title_word, legal_forms, org_heads, place_words

RUN_JOINERS = frozenset({"və", "üzrə"})  # the words a run of a body's name words goes on across
MAX_WORDS = 12  # tokens looked at before a head
PLACE_OR_BODY = frozenset({"COUNTRY", "REGION", "ORG"})
DASHES = frozenset(punctuation.DASHES)
STATE_WORDS = frozenset({"respublika"})  # not a place word: "Koreya Respublikası" is the COUNTRY itself
POSS_DATIVE = re.compile(r"[sn]?[ıiuü]n[aə]$")  # "Nizamnaməsinə", "Fonduna": an object, not a name's word
SCENE_CASES = frozenset({"locative"})  # "Qəbələdə Türk ...": where, not a name's word ("Yanğından" is)


def head_in_case(word: str) -> bool:
    """A body's head with a case ending: another body, not a word of this one's name ("Nazirliyinin",
    "Agentliyini", "Təşkilatlarına"; not "Partiyası", "Şurası", nor the bare "Məhkəmə")."""
    if az_lower(word) in _heads():
        return False
    found = False
    for a in analyses(word):
        if not any(base_forms(r) & _heads() for r in restore(a.stem, a.morphs)):
            continue
        if a.morphs and all(m.name == "poss3" for m in a.morphs) \
                and any(az_lower(r) in _heads() for r in restore(a.stem, a.morphs)):
            return False  # the compound's own possessive, in the nominative
        found = found or any(m.slot == "case" for m in a.morphs)
    return found


def owner_place(word: str) -> bool:
    """A state or place word in the genitive ("Respublikasının", "rayonunun"): the body's owner, which
    the gold keeps apart ("Azərbaycan Respublikasının Kino Agentliyi")."""
    return in_case(word, GENITIVE) and bool(base_forms(word) & _owner_words())


@functools.cache
def _owner_words() -> frozenset[str]:
    """Place and state words, built once (was a set union on every genitive word)."""
    return frozenset(place_words() | STATE_WORDS)


@functools.cache
def _heads() -> frozenset[str]:
    """Bodies' heads and the base forms of the gazetteer's organisation heads ("hökumət", "məclis"), but
    no event's or programme's ("Qlobal Bakı Forumu", "Dövlət Proqramı", "Konfrans Liqası")."""
    events = words().get("event", frozenset())
    gazetteer = {b for w in org_heads() if not base_forms(w) & events for b in base_forms(w) if len(b) > 3}
    return words().get("body", frozenset()) | gazetteer


@functools.lru_cache(maxsize=20_000)
def is_name_head(text: str) -> bool:
    """A body's head, singular and in the compound's possessive ("Nazirliyinin", "Mərkəzi", "Hökumətinə");
    a bare head ends no such name ("Fövqəladə Halların İdarə olunması")."""
    if not name_word(text):
        return False
    return any(any(m.name == "poss3" for m in a.morphs) and not any(m.name == "plural" for m in a.morphs)
               and any(az_lower(b) in _heads() for b in restore(a.stem, a.morphs)) for a in analyses(text))


def _joinable(word: str) -> bool:
    """A word before "və" in a name: no body's head (two bodies), no title ("Azərbaycan Prezidenti və
    [...]") and no possessive dative ("Nizamnaməsinə və BMT [...]")."""
    return not body_word(word) and not is_title_word(word) and not POSS_DATIVE.search(word)


def opens_sentence(doc: Doc, k: int) -> bool:
    """Token k takes a capital for its place: a sentence or headline start, also right after a quote
    that opens one ("\n\n“Bəzi Avropa ...")."""
    if doc[k].is_sent_start or starts_sentence(doc, k):
        return True
    q = k - 1
    return q >= 0 and doc[q].text in punctuation.QUOTE_STARTS and (doc[q].is_sent_start or starts_sentence(doc, q))


def _run_start(doc: Doc, head: int, taken: set[int]) -> int:
    """The first token of the name whose run of capitalised words ends right before token `head`
    (`head` itself when there is none)."""
    start, k, joined = head, head - 1, False
    while k >= 0 and head - k <= MAX_WORDS and k not in taken:
        text = doc[k].text
        if name_word(text):
            if head_in_case(text) or in_case(text, SCENE_CASES) or owner_place(text):
                # a parent body ("Senatının [Xarici Əlaqələr Komitəsinin]", "Agentliyini [...]"), a scene
                # ("Qəbələdə") or a state owning the body ("Koreya Respublikasının [...]")
                break
            if opens_sentence(doc, k):
                # "Sonra Yaradıcılıq Mərkəzində" or "Daş Salnamə Muzeyində": the capital says nothing
                return head if is_common(text) else k
            start = k
            k -= 1
        elif k - 1 >= 0 and k - 1 not in taken and name_word(doc[k - 1].text) and (
                text in DASHES and not doc[k - 1].whitespace_ and not doc[k].whitespace_  # "Uşaq-Gənclər"
                or (text in RUN_JOINERS or text == "," and joined) and _joinable(doc[k - 1].text)):
            joined = joined or text == "və"
            k -= 1
        else:
            break
    return start


def _continued(doc: Doc, start: int, end: int, labels: dict[int, str]) -> bool:
    """The name seems to go on beyond [start, end): right after a place or an ORG not in the genitive
    ("Cənub [Qaz Dəhlizi Şurası]"; not "Türkiyənin [...]"), one lower-case word or a dash after a name
    ("Qnesin adına [Musiqi Kolleci]", "Sumqayıt şəhər [...]", "Asiya-[Qafqaz İnstitutu]"), or before
    another head ("İran İslam [Şurası] Məclisinin")."""
    if end < len(doc) and name_word(doc[end].text) and body_word(doc[end].text):
        return True
    p = start - 1
    if p < 0:
        return False
    if p in labels:
        return labels[p] in PLACE_OR_BODY and not in_case(doc[p].text, GENITIVE)
    text = doc[p].text
    lower_word = text.isalpha() and text.islower() and text not in RUN_JOINERS
    return (lower_word or text in DASHES) and p - 1 in labels


def long_body_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with an ORG for each free capitalised run ending in a body's head, and ORGs ending in one
    widened over the free capitalised words before them; None when nothing changes."""
    labels = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    taken = set(labels)
    out: list[Span] = []
    changed = False
    for e in ents:
        if e.label_ == "ORG" and is_name_head(doc[e.end - 1].text):
            start = _run_start(doc, e.start, taken)
            # only over a joiner: the ner cut the name at its "və"; a bare word before it may be a
            # person's ("Berboku BMT Baş Assambleyasının")
            if start < e.start and any(t.text in RUN_JOINERS for t in doc[start:e.start]):
                taken.update(range(start, e.start))
                e = Span(doc, start, e.end, label="ORG")
                changed = True
        out.append(e)
    # token texts without Token objects: the loop sees every word of every article
    for i, text in enumerate(token_texts(doc)):
        if not text[:1].isupper() or i in taken or not is_name_head(text):
            continue
        start = _run_start(doc, i, taken)
        # a legal form ("Açıq Səhmdar Cəmiyyətinin") is no name: the gold keeps it outside the company's
        # nor a project's or product's quoted name (“İdeya Bankı” layihəsi: products.names_product)
        if start < i and not _continued(doc, start, i + 1, labels) \
                and not any(az_lower(t.text) in legal_forms() for t in doc[start:i]) \
                and not names_product(doc, Span(doc, start, i + 1)):
            out.append(Span(doc, start, i + 1, label="ORG"))
            taken.update(range(start, i + 1))
            changed = True
    return sorted(out, key=lambda s: s.start) if changed else None
