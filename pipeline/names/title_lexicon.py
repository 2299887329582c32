"""The title tables and the word tests on them, read by the title rules (`title_phrases`, `held_titles`,
`titled_orgs`, `honorific_names`) and written by `build_titles` (data/titles/):
- heads.tsv: the last word of a gold TITLE, as the head of its phrase, with how often that word, right
  before a gold PERSON, is a TITLE there (a head is used when that share is high: "başçısı" is no
  title in "dövlətimizin başçısı X", "hakim" mostly a referee's job, not a title), and known_heads.tsv,
  the heads known without the gold ("vali", "general", "kardinal"; ranks among them);
  and whether the gold keeps an office's genitive before that head in the title ("[Prezidentin köməkçisi]")
  or outside it ("Prezidentinin [xüsusi nümayəndəsi]": an envoy's title is his own);
- modifiers.tsv: every other word of the gold TITLE spans, lower-cased ("xarici", "işlər", "nazirinin",
  "birinci", "üzrə", "və"; not one the gold more often leaves outside a title, "keçmiş [prezident]"),
  and the portfolio words of the gold ministries' names, matched in any case;
- boards.tsv: a body's boards inside a title ("İdarə Heyətinin sədri");
- time_words.tsv: time words, never a title's modifiers ("keçmiş [prezident]").
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms
from pipeline.names.words import TITLE_DATA, title_words
from pipeline.tables import read_tsv

DATA = TITLE_DATA
MIN_SEEN = 3       # a head seen fewer times right before a gold PERSON says nothing
MIN_SHARE = 0.75   # ... and one that is a TITLE there less often is no head ("hakim", "şəxs", "başçısı")
TITLE_JOINERS = ("və", ",")  # what joins the words of one title phrase ("elm və təhsil üzrə"), never its edge
# the 1st/2nd person plural possessive (or verb ending) and a case after it: "-(I)mIz", "-(I)nIz"
FIRST_SECOND_PERSON = re.compile(r"[mn]([iıuü])z(?:[iıuü]n|[dt][ae]|[ae])?$")
VOWELS = "aıoueəiöü"
HARMONY = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "ə": "i", "i": "i", "ö": "ü", "ü": "ü"}


@functools.cache
def heads() -> dict[str, bool]:
    """Head lemma → whether the gold has it as a title alone ("Prezident X", but never a lone "xanım":
    "İlham Əliyev və xanımı X"), for the heads that are a TITLE right before a PERSON often enough, and
    the heads known without the gold (known_heads.tsv: "vali", "general", "kardinal", seen too seldom)."""
    learned = {r["head"]: int(r["alone"]) > 0 for r in read_tsv(DATA / "heads.tsv")
               if int(r["seen"]) >= MIN_SEEN and int(r["title"]) >= MIN_SHARE * int(r["seen"])}
    return {**{h: alone for h, alone in known_heads().items() if h not in learned}, **learned}


@functools.cache
def offices_outside() -> frozenset[str]:
    """Heads whose gold TITLEs leave an office's genitive before them outside more often than inside
    ("Prezidentinin [xüsusi nümayəndəsi]", "[elçisi]"; but "[Prezidentin köməkçisi]", "[Baş nazirinin müavini]")."""
    return frozenset(r["head"] for r in read_tsv(DATA / "heads.tsv")
                     if int(r.get("office_out") or 0) > int(r.get("office_in") or 0))


def office_genitive(word: str) -> bool:
    """`word` is a title head in the genitive, an office a title after it may belong to ("Prezidentinin")."""
    return head_lemma(word) is not None and has_suffix(word, "case", "genitive")


@functools.cache
def known_heads() -> dict[str, bool]:
    """Title heads known without the gold → whether the bare word is a title ("General X")."""
    return {r["head"]: r["alone"] == "1" for r in read_tsv(DATA / "known_heads.tsv")}


@functools.cache
def ranks() -> frozenset[str]:
    """Known heads that are a rank or honour held beside an office ("general-mayor", "professor", "lord")."""
    return frozenset(r["head"] for r in read_tsv(DATA / "known_heads.tsv") if r["rank"] == "1")


@functools.cache
def portfolio_heads() -> frozenset[str]:
    """Known heads of an office named by its portfolio ("nazir": "[rabitə və yüksək texnologiyalar naziri]"), whose noun
    compound before the possessive head is the title's with no owner before it (known_heads.tsv's `portfolio`)."""
    return frozenset(r["head"] for r in read_tsv(DATA / "known_heads.tsv") if r.get("portfolio") == "1")


@functools.cache
def modifiers() -> frozenset[str]:
    """Words of title phrases that the gold leaves outside a title less often than inside ("keçmiş" stays
    out: "keçmiş [prezident]"); "və" and the comma join a phrase's words and are never its edge."""
    return frozenset(r["word"] for r in read_tsv(DATA / "modifiers.tsv")
                     if int(r["count"]) > int(r["outside"]) or r["word"] in TITLE_JOINERS)


@functools.cache
def head_words() -> frozenset[str]:
    """Every word a title head may be a form of: the title words and the known heads (built once: head_lemma
    runs for most tokens of a title phrase)."""
    return title_words() | frozenset(known_heads())


def head_lemma(word: str) -> str | None:
    """The title head a word is a form of ("naziri" → "nazir"), the shortest such form, a known head first; None if
    none. A word that is a known head itself (known_heads.tsv) is that head, not a shorter stem plus a case ending
    ("nümayəndə", not "nümayən" + locative; "komandan", not "koman" + ablative; "başçı", not "başç")."""
    low = az_lower(word)
    if low in known_heads():
        return low
    found = base_forms(word) & head_words()
    # a known head among the forms is the lemma, not a shorter stem a gold norm's inflected last word brought into
    # the title words ("müavini" is "müavin" + possessive, not "müavi" + accusative)
    return min(found, key=lambda w: (w not in known_heads(), len(w), w)) if found else None


def has_suffix(word: str, slot: str, names: str | tuple[str, ...] | None = None) -> bool:
    """Some analysis of `word` has a suffix of `slot` (of one of `names`)."""
    names = (names,) if isinstance(names, str) else names
    return any(m.slot == slot and (names is None or m.name in names) for a in analyses(word) for m in a.morphs)


def is_modifier(token: Token) -> bool:
    """A word of a title phrase before its head; a time word never ("keçmiş [prezident]": the gold
    mostly leaves it out, and a table built from a part of the gold may say otherwise)."""
    low = az_lower(token.text)
    return low in modifiers() and low not in time_words() and not first_second_person(low)


def first_second_person(low: str) -> bool:
    """The lower-case word ends in a 1st or 2nd person plural ending, case and all ("dövlətimizin",
    "ölkəmizin", "xalqınıza", "özümüz"): its vowel in harmony with the stem's last vowel, and the
    connecting vowel there exactly when the stem ends in a consonant, so that a word that merely ends in
    the same letters is none ("dəniz", "təmiz", "yalnız", "Hörmüz", "heyrətamiz")."""
    match = FIRST_SECOND_PERSON.search(low)
    if match is None:
        return False
    at, vowel = match.start(), match.group(1)
    stems = []
    if at >= 3 and low[at - 1] == vowel and low[at - 2] not in VOWELS:
        stems.append(low[:at - 1])  # "dövlət-i-miz", "öz-ü-müz"
    if at >= 3 and low[at - 1] in VOWELS:
        stems.append(low[:at])      # "ölkə-miz", "arzu-muz"; not "də-niz", "tə-miz"
    return any(HARMONY[_last_vowel(stem)] == vowel for stem in stems)


def _last_vowel(stem: str) -> str:
    """The last vowel of a stem that ends in a vowel or holds one ("a" for "arz")."""
    return next((c for c in reversed(stem) if c in VOWELS), "a")


@functools.cache
def boards() -> frozenset[tuple[str, str]]:
    """(first word, head) of a body's boards, part of the titles on them (data/titles/boards.tsv)."""
    return frozenset((r["first"], r["head"]) for r in read_tsv(DATA / "boards.tsv"))


@functools.cache
def time_words() -> frozenset[str]:
    """Time words before a title ("keçmiş", "yeni"): the office is the title without them (time_words.tsv)."""
    return frozenset(r["word"] for r in read_tsv(DATA / "time_words.tsv"))


def capitalised_name(doc: Doc, i: int, head: int) -> bool:
    """Tokens i..head are capitalised words (or joiners), none opening the sentence, whose capital says nothing
    ("Görüş Vergilər Nazirinin"): the name of an office, as written ("Vergilər Nazirinin", "Rabitə və Yüksək
    Texnologiyalar Naziri")."""
    return not doc[i].is_sent_start and doc[head].text[:1].isupper() \
        and all(t.text[:1].isupper() or az_lower(t.text) in TITLE_JOINERS for t in doc[i:head])


def portfolio_head(head: Token) -> bool:
    """`head` is the possessive head of an office named by its portfolio ("naziri", "nazirinin"): the noun compound
    before it is the title's whatever stands before that ("[rabitə və yüksək texnologiyalar naziri] X")."""
    return head_lemma(head.text) in portfolio_heads() and has_suffix(head.text, "poss")
