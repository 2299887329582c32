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


def is_country_name(text: str) -> bool:
    """A known country name in any case form, or one followed by official-form words only
    ("Vyetnam Sosialist Respublikası"); not "Vyetnam … Kommunist Partiyası" nor a stray "Komissiya"."""
    names = country_names()
    words = [az_lower(w) for w in text.split()]
    if not words:
        return False
    if any(" ".join(words[:-1] + [b]) in names for b in base_forms(words[-1])):
        return True
    tail_ok = official_words()
    for k in range(len(words) - 1, 0, -1):
        if " ".join(words[:k]) in names:
            rest = words[k:-1] + [words[-1]]
            return all(w in tail_ok for w in rest[:-1]) and bool(base_forms(rest[-1]) & tail_ok)
    return pycountry_code(text) is not None


def code_for(name: str) -> str | None:
    """ISO alpha-2 code of a country name in any case form, or None."""
    names = country_names()
    words = az_lower(tidy(name)).split()
    if not words:
        return None
    for base in sorted(base_forms(words[-1]), key=len, reverse=True):
        code = names.get(" ".join(words[:-1] + [base]))
        if code:
            return code
    # an official form the tables lack ("Vyetnam Sosialist Respublikası"): its longest known opening
    for k in range(len(words) - 1, 0, -1):
        code = names.get(" ".join(words[:k]))
        if code:
            return code
    return pycountry_code(name)


@functools.lru_cache(maxsize=1024)
def pycountry_code(name: str) -> str | None:
    """English names ("Armenia", "Italy") the news sometimes leaves untranslated."""
    try:
        import pycountry
        return pycountry.countries.lookup(tidy(name)).alpha_2
    except (LookupError, ImportError):
        return None
