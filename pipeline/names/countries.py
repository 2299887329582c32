"""Country and territory names → ISO 3166-1 alpha-2 codes: the one country lookup, used by the
gazetteer's rules and by the linker.

Names come from CLDR via Babel (`Locale("az").territories`) and a small alias file (ABŞ, BƏƏ, official
"… Respublikası" forms, as the training gold writes them); English names the news leaves untranslated
("Armenia") from pycountry.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from pipeline.lang.casing import az_lower, capitalised
from pipeline.lang.morphology import base_forms
from pipeline.lang.punctuation import tidy
from pipeline.tables import DATA_DIR, read_tsv

DATA = DATA_DIR / "gazetteer"


@dataclass(frozen=True)
class Entry:
    name: str
    label: str            # COUNTRY | REGION
    code: str | None      # ISO 3166-1 alpha-2 for countries and territories


def add_entry(out: dict[tuple[str, ...], Entry], name: str, label: str, code: str | None) -> None:
    """Add `name` under its lower-case word tuple unless an earlier source has it already."""
    key = tuple(az_lower(w) for w in name.split())
    if key and key not in out:
        out[key] = Entry(name, label, code)


@functools.cache
def official_forms() -> tuple[str, ...]:
    """The words that make a CLDR country name its official form ("Respublikası", "Dövləti")."""
    return tuple(capitalised(r["word"]) for r in read_tsv(DATA / "official_words.tsv") if r["appended"] == "yes")


@functools.cache
def territories() -> dict[tuple[str, ...], Entry]:
    """Lower-case word tuple → entry of the aliases and CLDR territories (aliases win)."""
    from babel import Locale
    kinds = {r["code"]: r["kind"] for r in read_tsv(DATA / "dependent.tsv")}
    out: dict[tuple[str, ...], Entry] = {}
    for row in read_tsv(DATA / "aliases.tsv"):
        add_entry(out, row["name"], row["label"], row["code"])
    for code, name in Locale("az").territories.items():
        kind = kinds.get(code)
        if kind == "skip" or "(" in name:
            continue
        if code.isdigit() or kind == "region":
            add_entry(out, name, "REGION", None if code.isdigit() else code)
        else:
            add_entry(out, name, "COUNTRY", code)
            for official in official_forms():  # "Qətər Dövləti", "Danimarka Krallığı": official forms
                add_entry(out, f"{name} {official}", "COUNTRY", code)
    return out


@functools.cache
def country_names() -> dict[str, str]:
    """Lower-case country or territory name → code (aliases and CLDR, without the region list)."""
    return {" ".join(k): e.code for k, e in territories().items() if e.code}


@functools.cache
def official_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "official_words.tsv"))


def country_match(words: list[str]) -> tuple[str, list[str]] | None:
    """The one lookup of lower-case `words`: (code, []) when they are a country name, the last word in
    any case form ("azərbaycan respublikasının"); else (code, the words after it) for the longest known
    name that opens them ("vyetnam sosialist respublikası"); None when no country name does."""
    names = country_names()
    for base in sorted(base_forms(words[-1]), key=len, reverse=True):
        code = names.get(" ".join(words[:-1] + [base]))
        if code:
            return code, []
    for k in range(len(words) - 1, 0, -1):
        code = names.get(" ".join(words[:k]))
        if code:
            return code, words[k:]
    return None


def is_country_name(text: str) -> bool:
    """A known country name in any case form, or one followed by official-form words only
    ("Vyetnam Sosialist Respublikası"); not "Vyetnam … Kommunist Partiyası" nor a stray "Komissiya"."""
    words = az_lower(text).split()
    if not words:
        return False
    hit = country_match(words)
    if hit is None:
        return pycountry_code(text) is not None
    tail, official = hit[1], official_words()
    return not tail or (all(w in official for w in tail[:-1]) and bool(base_forms(tail[-1]) & official))


def code_for(name: str) -> str | None:
    """ISO alpha-2 code of a country name in any case form, or of the longest known country name
    that opens it (an official form the tables lack); None when there is none."""
    words = az_lower(tidy(name)).split()
    if not words:
        return None
    hit = country_match(words)
    return hit[0] if hit else pycountry_code(name)


@functools.lru_cache(maxsize=1024)
def pycountry_code(name: str) -> str | None:
    """English names ("Armenia", "Italy") the news sometimes leaves untranslated."""
    try:
        import pycountry
        return pycountry.countries.lookup(tidy(name)).alpha_2
    except (LookupError, ImportError):
        return None
