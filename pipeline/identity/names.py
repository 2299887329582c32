"""Name keys for identities across documents: folded person names, acronyms, national bodies.

General rules only (no per-name lists): a transliteration fold for person names, initials, honorifics and
patronymics; acronyms from the initials of a name; an organisation whose name opens with a country keeps
the rest and that country; state bodies (by head noun) take a country. Tables: pipeline/data/identity/.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.lang.punctuation import QUOTES, tidy as _tidy
from pipeline.names.countries import country_names
from pipeline.names.words import legal_forms
from pipeline.tables import read_tsv

INITIAL = re.compile(r"^(\w{1,2})\.(.*)$")
CAPS = "A-ZƏÖÜĞİŞÇ"
ACRONYM = re.compile(rf"^(?=.*[{CAPS}])[{CAPS}\d]{{2,}}(?:[/-][{CAPS}\d]{{2,}})*$")


# names repeat across a corpus: each is tidied and analysed once per process
tidy = functools.lru_cache(maxsize=200_000)(_tidy)


@functools.cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of pipeline/data/identity/NAME.tsv, read once per process."""
    return tuple(read_tsv(f"identity/{name}.tsv"))


@functools.cache
def words_of_kind(name: str, kind: str) -> frozenset[str]:
    return frozenset(r["word"] for r in table(name) if r["kind"] == kind)


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Matching key of a name: Azerbaijani lower case, transliteration pairs merged, doubled letters
    collapsed ("Zelenskiy" and "Zelenski" → "zelenski"; "Haq", "Hak" → "hak")."""
    s = az_lower(unicodedata.normalize("NFC", text))
    s = "".join(ch for ch in s if ch.isalnum() or ch in " -.")
    for row in table("transliteration"):
        s = s.replace(row["from"], row["to"])
    return re.sub(r"(.)\1+", r"\1", s).strip()


# -- persons ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonName:
    """A person mention taken apart: given name (folded) or initials, surname (folded), the display form."""
    display: str
    surname: str
    first: str | None = None
    initials: tuple[str, ...] = ()

    @property
    def full(self) -> bool:
        return self.first is not None

    @property
    def single(self) -> bool:
        return self.first is None and not self.initials


@functools.lru_cache(maxsize=200_000)
def person_name(norm: str) -> PersonName | None:
    """Parse a PERSON norm: "İ.Əliyev", "D. Gül", "Zərifə xanım Əliyeva", "Bağırov Famil Zeynal oğlu"."""
    text = tidy(norm).strip(QUOTES + " ,.")
    words = [w for w in re.split(r"\s+", text) if w]
    honorific = words_of_kind("person_words", "honorific")
    patronymic = words_of_kind("person_words", "patronymic")
    words = [w for w in words if az_lower(w) not in honorific] or words
    if len(words) >= 3 and az_lower(words[-1]) in patronymic:
        words = [words[1], words[0]]  # official order: Surname Given Father oğlu
    initials: list[str] = []
    rest: list[str] = []
    for w in words:
        m = INITIAL.match(w) if not rest else None
        while m:
            initials.append(fold(m.group(1)))
            w = m.group(2)
            m = INITIAL.match(w) if w else None
        if w:
            rest.append(w)
    if not rest:
        return None
    display = " ".join(words)
    surname = fold(rest[-1])
    if len(rest) >= 2 and not initials:
        return PersonName(display, surname, first=fold(rest[0]))
    return PersonName(display, surname, initials=tuple(initials))


def consonants(folded: str) -> str:
    """The consonants of a folded name: transliterations differ in vowels (Volodimir/Vladimir,
    Ərdoğan/Erdoğan), different names in consonants (Teymur/Seymur, Dinarə/Dilarə)."""
    return "".join(ch for ch in folded if ch not in "aeiou")


def gender_pair(a: str, b: str) -> bool:
    """Əliyev/Əliyeva, Ivanov/Ivanova, Kolomenski/Kolomenskaya: one family name, two people."""
    short, long_ = sorted((a, b), key=len)
    return long_ == short + "a" or (short.endswith("ski") and long_ == short[:-1] + "aia")


def surnames_match(a: str, b: str) -> bool:
    """Folded surnames of one person: equal, or one vowel edit apart in a name of six letters or more
    (Ərdoğan/Erdoğan) unless the edit is a gender ending."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or gender_pair(a, b) or consonants(a) != consonants(b):
        return False
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def firsts_match(a: str, b: str) -> bool:
    """Folded given names of one person: equal, one a prefix of the other of four letters or more
    (Mayk/Maykl), or a spelling variant in vowels a quarter of the length apart (Vladimir/Volodimir)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short):
        return True
    if len(short) < 6 or consonants(a) != consonants(b):
        return False
    cutoff = len(short) // 4
    return Levenshtein.distance(a, b, score_cutoff=cutoff) <= cutoff


def initial_fits(initials: tuple[str, ...], first: str) -> bool:
    return not initials or first.startswith(initials[0])


# -- organisations ---------------------------------------------------------------------------------------

def is_acronym(name: str) -> bool:
    """"BMT", "AŞPA", "XDİ/XSİ", "UN-HABITAT": capitals (and digits) only."""
    return len(name) <= 12 and bool(ACRONYM.match(name))


@functools.lru_cache(maxsize=200_000)
def org_words(name: str) -> tuple[str, ...]:
    """Words of an organisation name without quotes: "“IDEA” İctimai Birliyi" → IDEA, İctimai, Birliyi."""
    return tuple(w.strip(QUOTES) for w in tidy(name).split() if w.strip(QUOTES))


def initials(name: str) -> str:
    """Acronym a name would have: first letter of each word and hyphen part, connectors skipped
    ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı" → ATƏT, "Pari Sen-Jermen" → PSJ)."""
    connectors = words_of_kind("org_words", "connector")
    letters = [p[0] for w in org_words(name) if az_lower(w) not in connectors
               for p in w.split("-") if p and p[0].isalpha()]
    return acronym_key("".join(letters))


def acronym_key(acr: str) -> str:
    """Acronyms compared without case, dotted I or separators ("Aİ" = "AI", "XDİ/XSİ" = "XDIXSI")."""
    return "".join(ch for ch in az_lower(acr).replace("ı", "i") if ch.isalnum())


@functools.lru_cache(maxsize=200_000)
def split_country(name: str) -> tuple[str | None, str]:
    """(ISO code, rest) when the name opens with a country and the rest is a state body or an acronym
    ("Türkiyə XİN" → TR, "XİN"; "Azərbaycan Respublikası Hökuməti" → AZ, "Hökuməti"); else (None, name):
    a company keeps its country word ("Azərbaycan Hava Yolları" is not "Yaponiya Hava Yolları")."""
    words = org_words(name)
    names = country_names()
    for k in range(min(3, len(words) - 1), 0, -1):
        opening = [az_lower(w) for w in words[:k]]
        for base in base_forms(words[k - 1]):
            code = names.get(" ".join(opening[:-1] + [base]))
            rest = " ".join(words[k:])
            if code and (is_national(rest) or is_acronym(rest)):
                return code, rest
    return None, " ".join(words)


@functools.lru_cache(maxsize=200_000)
def is_national(name: str) -> bool:
    """A state body whose name does not say its country: a head noun of org_words.tsv ("Müdafiə
    Nazirliyi", "Konqres") or a state modifier first ("Mərkəzi Bank"), nothing international, no
    acronym or quoted name inside ("Aİ Şurası", "“IDEA” İctimai Birliyi" are not)."""
    if any(q in name for q in QUOTES):
        return False
    words = org_words(name)
    if not words or any(is_acronym(w) for w in words):
        return False
    lower = [az_lower(w) for w in words]
    if any(w in words_of_kind("org_words", "international") for w in lower):
        return False
    heads = words_of_kind("org_words", "head")
    return lower[-1] in heads or (len(lower) > 1 and lower[0] in words_of_kind("org_words", "modifier"))


@functools.lru_cache(maxsize=100_000)
def org_key(name: str) -> str:
    """Matching key of an organisation name: quotes dropped, lower case, each word in its shortest base
    form ("Ağ ev"/"Ağ Ev", "Partiyasının Mərkəzi Komitəsi"/"Partiyası Mərkəzi Komitəsi"), a spelt-out legal
    form as its initials ("“Humix” Məhdud Məsuliyyətli Cəmiyyəti" = "“Humix” MMC")."""
    words = [az_lower(w) for w in org_words(name)]
    forms = legal_forms()
    for j in range(1, len(words) - 1):
        if words[j] in forms:
            words = words[:j] + [acronym_key(initials(" ".join(words[j:])))]
            break
    return " ".join(_shortest(w) for w in words)


def _shortest(word: str) -> str:
    base = min(base_forms(word) | {word}, key=lambda b: (len(b), b))
    return base if len(base) >= 3 else word


def acronym_country(short: str, full: str) -> str | None:
    """The country an acronym itself names, from the full name it was seen with: "AZƏRTAC" of
    "Azərbaycan Dövlət İnformasiya Agentliyi", "TBMM" of "Türkiyə Böyük Millət Məclisi" (the country word
    gives a letter); "XİN" of "Türkiyə Xarici İşlər Nazirliyi" names none and takes its document's."""
    code, _ = split_country(full)
    if code is None:
        return None
    first = acronym_key(org_words(full)[0])
    return code if initials(full) == short or short.startswith(first[:2]) else None
