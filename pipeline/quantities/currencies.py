"""Currencies: ISO codes, signs and names ("ABŞ dolları", "manat", "$") and the resolution of a
currency word to its code.

Currency names come from CLDR through Babel (Locale("az").currencies: "ABŞ Dolları", "Danimarka
Kronu"...); data/numbers/currency_aliases.tsv adds the bare nouns and signs news use ("dollar", "$").
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from babel import Locale

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import suffix_forms
from pipeline.tables import read_tsv


def possessive_stem(word: str) -> str:
    """"Dolları" → "dollar", "Lirəsi" → "lirə", "Yeni" → "yen": CLDR names carry the 3rd-person ending."""
    low = az_lower(word)
    if len(low) > 4 and low[-2:] in suffix_forms("poss3", "V"):
        return low[:-2]
    if len(low) > 2 and low[-1] in suffix_forms("poss3", "C"):
        return low[:-1]
    return low


@dataclass(frozen=True)
class CurrencyTables:
    codes: frozenset[str]
    signs: dict[str, str]                  # "$" → USD
    pairs: dict[tuple[str, str], str]      # ("abş", "dollar") → USD
    stems: dict[str, tuple[str, ...]]      # "kron" → (DKK, NOK, SEK, ...)
    defaults: dict[str, str]               # bare noun → code
    weak: frozenset[str]                   # bare nouns where a country named in the document wins
    country_only: frozenset[str]           # nouns that are also common words: only "<country> <noun>"
    countries: dict[str, str]              # country words as CLDR writes them ("ABŞ") → code


@functools.cache
def tables() -> CurrencyTables:
    loc = Locale("az")
    aliases = read_tsv("numbers/currency_aliases.tsv")
    codes = frozenset(current_currencies() | {row["code"] for row in aliases})
    pairs: dict[tuple[str, str], str] = {}
    stems: dict[str, set[str]] = {}
    countries: dict[str, str] = {}
    for code, name in loc.currencies.items():
        if code not in codes or "(" in name or any(ch.isdigit() for ch in name):
            continue
        *country_words, head = name.split()
        stem = possessive_stem(head) if country_words else az_lower(head)
        stems.setdefault(stem, set()).add(code)
        if country_words:
            country = az_lower(" ".join(country_words))
            pairs.setdefault((country, stem), code)
            countries.setdefault(" ".join(country_words), code)
    signs = {sym: code for code, sym in loc.currency_symbols.items()
             if code in codes and not sym.isalpha() and sym != code and len(sym) <= 4}
    defaults: dict[str, str] = {}
    weak, country_only = set(), set()
    bare = set(stems) | {az_lower(row["alias"]) for row in aliases if " " not in row["alias"]}
    for row in aliases:
        alias, code, flag = row["alias"], row["code"], row["flag"]
        words = alias.split()
        if not any(ch.isalpha() for ch in alias):
            signs[alias] = code
        elif len(words) > 1 and az_lower(words[0]) not in bare:
            # "amerika dolları", "türk lirəsi": a country word CLDR does not use, then the noun
            pairs[(az_lower(" ".join(words[:-1])), possessive_stem(words[-1]))] = code
            countries.setdefault(" ".join(words[:-1]), code)
        elif flag == "country":
            country_only.add(az_lower(alias))
        else:
            defaults[az_lower(alias)] = code
            if flag == "weak":
                weak.add(az_lower(alias))
    return CurrencyTables(codes, signs, pairs, {k: tuple(sorted(v)) for k, v in stems.items()},
                          defaults, frozenset(weak), frozenset(country_only), countries)


def current_currencies() -> set[str]:
    """ISO codes legal tender somewhere today (CLDR territory data): no historical or metal codes."""
    from babel.numbers import get_territory_currencies
    out: set[str] = set()
    for territory in Locale("en").territories:
        try:
            out.update(get_territory_currencies(territory, tender=True))
        except Exception:  # noqa: BLE001  (aggregate regions like "001" have no currency data)
            continue
    return out


def resolve(country: str | None, stem: str, text: str) -> str | None:
    """ISO code for "<country> <stem>" ("ABŞ dolları") or a bare noun ("dollar", "kron")."""
    t = tables()
    stem = az_lower(stem)
    if country:
        key = (az_lower(country), stem)
        if key in t.pairs:
            return t.pairs[key]
    if stem in t.defaults and stem not in t.weak:
        return t.defaults[stem]
    candidates = t.stems.get(stem, ())
    if stem in t.defaults:
        candidates = tuple(dict.fromkeys((*candidates, t.defaults[stem])))
    if len(candidates) > 1:
        named = mentioned(candidates, stem, text)
        if named:
            return named[0]
    if stem in t.defaults:
        return t.defaults[stem]
    return candidates[0] if candidates else None


def mentioned(candidates: tuple[str, ...], stem: str, text: str) -> list[str]:
    """Codes among `candidates` whose country (as CLDR names it) appears in the document, the country
    the document names most often first (the one it is about: "kron" in an article on Sweden that
    mentions Norway once is SEK)."""
    t = tables()
    low = az_lower(text)
    found = [(low.count(country), code) for (country, s), code in t.pairs.items()
             if s == stem and code in candidates and country in low]
    return [code for _, code in sorted(found, key=lambda f: -f[0])]
