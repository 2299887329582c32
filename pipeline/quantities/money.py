"""MONEY and PERCENT spans with values (the "az_money" component is pipeline/quantities/component.py).

Detection runs on characters of the original text with `regex`; spans are then snapped to tokens.
Currency names come from CLDR through Babel (Locale("az").currencies: "ABŞ Dolları", "Danimarka
Kronu"...); data/numbers/currency_aliases.tsv adds the bare nouns and signs news use ("dollar", "$").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

import regex
from babel import Locale

from pipeline.quantities import numbers
from pipeline.lang.casing import az_lower
from pipeline.quantities.numbers import SPACES, alternation, any_case_first, read_tsv, suffix_chain


@dataclass
class Quantity:
    """A MONEY / PERCENT / DATE found in text: character offsets and the values ANNOTATION.md asks for."""
    start: int
    end: int
    label: str
    amount: Decimal | None = None
    currency: str | None = None
    min: Decimal | None = None
    max: Decimal | None = None
    qualifier: str | None = None
    value: Decimal | str | None = None
    suffix: str = field(default="", repr=False)  # the glued ending of the last word (for qualifiers)
    explicit_year: bool = field(default=False, repr=False)  # DATE: the text states the year
    same_year: bool = field(default=False, repr=False)  # DATE: "həmin il": the year named before


# ---------------------------------------------------------------- currency tables

def possessive_stem(word: str) -> str:
    """"Dolları" → "dollar", "Lirəsi" → "lirə", "Yeni" → "yen": CLDR names carry the 3rd-person ending."""
    low = az_lower(word)
    if len(low) > 4 and low[-2:] in ("sı", "si", "su", "sü"):
        return low[:-2]
    if len(low) > 2 and low[-1] in "ıiuü":
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
    aliases = read_tsv("currency_aliases.tsv")
    codes = frozenset(current_currencies() | {row[1] for row in aliases})
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
    bare = set(stems) | {az_lower(row[0]) for row in aliases if " " not in row[0]}
    for row in aliases:
        alias, code, flag = row[0], row[1], (row[2] if len(row) > 2 else "")
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
    """Codes among `candidates` whose country (as CLDR names it) appears in the document."""
    t = tables()
    low = az_lower(text)
    return [code for (country, s), code in t.pairs.items()
            if s == stem and code in candidates and country in low]


# ---------------------------------------------------------------- patterns

@functools.cache
def patterns() -> dict[str, regex.Pattern]:
    t = tables()
    sfx = suffix_chain()
    num = numbers.phrase_pattern()
    stems = sorted((set(t.stems) | set(t.defaults)) - t.country_only, key=len, reverse=True)
    stem_alt = any_case_first(stems)
    only_alt = any_case_first(t.country_only)
    country_alt = any_case_first(t.countries)
    sign_alt = alternation(t.signs)
    code_alt = alternation(t.codes)
    word = (rf"(?:(?:(?P<country>{country_alt})[{SPACES}]+)?(?P<stem>{stem_alt})"
            rf"|(?P<country>{country_alt})[{SPACES}]+(?P<stem>{only_alt}))(?P<sfx>{sfx})(?!\p{{Ll}})")
    code = rf"(?<!\p{{L}})(?P<code>{code_alt})(?P<csfx>-{sfx})?(?![\p{{L}}\d])"
    sign_after = rf"(?P<sign_after>{sign_alt})(?P<ssfx>-{sfx})?"
    dash = rf"[{SPACES}]*[-–—][{SPACES}]*"
    gap = rf"[{SPACES}]*"
    money_after = (rf"(?P<n1>{num})(?:{dash}(?P<n2>{num}))?{gap}"
                   rf"(?:{word}|{code}|{sign_after})")
    money_before = (rf"(?P<sign>{sign_alt})[{SPACES}]?(?P<n1>{num})"
                    rf"(?:{dash}(?:{sign_alt})?[{SPACES}]?(?P<n2>{num}))?(?P<bsfx>-{sfx})?(?!\d)")
    # a code before the amount only for the codes news write that way ("USD 100"), not "COP 29"
    known_alt = alternation({code for code in t.signs.values()} | set(t.defaults.values()))
    code_before = rf"(?<!\p{{L}})(?P<code>{known_alt})[{SPACES}]+(?P<n1>{num})(?!\p{{L}}|-)"
    pct_word = any_case_first(["faiz"])
    percent_after = (rf"(?P<n1>{num})(?:{dash}(?P<n2>{num})[{SPACES}]?%?)?{gap}"
                     rf"(?:%(?P<psfx>[-'’]?{sfx})|{pct_word}(?P<fsfx>{sfx})(?!\p{{Ll}}))")
    percent_before = rf"%[{SPACES}]?(?P<n1>{num})(?:{dash}(?P<n2>{num}))?(?P<bsfx>-{sfx})?"
    flags = regex.V1
    return {
        "money_after": regex.compile(money_after, flags),
        "money_before": regex.compile(money_before, flags),
        "code_before": regex.compile(code_before, flags),
        "percent_after": regex.compile(percent_after, flags),
        "percent_before": regex.compile(percent_before, flags),
        "currency_word": regex.compile(word, flags),
    }


# ---------------------------------------------------------------- qualifiers

@functools.cache
def qualifier_table() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(before, after, glued) rules from qualifiers.tsv; longest phrases first."""
    before, after, glued = [], [], []
    for side, words, case, qual in read_tsv("qualifiers.tsv"):
        {"before": before, "after": after}.get(side, []).append((words, case, qual))
        if side == "glued":
            glued.append((words, qual))
    key = lambda r: -len(r[0])  # noqa: E731
    return sorted(before, key=key), sorted(after, key=key), glued


@functools.cache
def case_endings() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(sorted(row[1].split(), key=len, reverse=True)) for row in read_tsv("case_endings.tsv")}


@functools.cache
def intensifiers() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in read_tsv("intensifiers.tsv")), key=len, reverse=True))


def case_of(suffix: str) -> str | None:
    """abl / dat / acc from the final morph of a glued ending ("dan", "ına", "ı"), else None."""
    suffix = az_lower(suffix.lstrip("-'’"))
    if not suffix:
        return None
    for case in ("abl", "dat", "acc"):
        if suffix.endswith(case_endings()[case]):
            # a final vowel after l/r/d/t/s is an adjective, copula or possessive ending ("-lı", "-dır",
            # "-sı"), not the accusative ("-ı", "-nı", "-ları")
            if (case == "acc" and len(suffix) > 1 and suffix[-2] in "lrdts"
                    and not suffix.endswith(("ları", "ləri"))):
                return None
            return case
    return None


def qualifier(text: str, start: int, end: int, suffix: str, after_words: bool = True) -> str | None:
    """The qualifier from the words right after the span (they win) or right before it.

    A range reads only the words before it ("ən azı 39-40 faiz"): "-dan ... -a qədər" after a range
    belongs to the range itself.
    """
    before, after, glued = qualifier_table()
    if not after_words:
        after, glued = [], []
    case = case_of(suffix)
    for morph, qual in glued:
        if az_lower(suffix).endswith(morph):
            return qual
    rest = text[end:end + 60]
    rest = rest.lstrip(SPACES + ")”\"")
    low = az_lower(rest)
    for word in intensifiers():
        if low.startswith(word + " "):
            low = low[len(word) + 1:]
            break
    for words, need, qual in after:
        if low.startswith(words) and not regex.match(r"\p{L}", low[len(words):len(words) + 1]):
            if need == "any" or need == case:
                return qual
    head = az_lower(text[max(0, start - 40):start]).rstrip(SPACES + "(“\"")
    for words, need, qual in before:
        if head.endswith(words) and not regex.search(r"\p{L}\Z", head[:len(head) - len(words)]):
            return qual
    return None


# ---------------------------------------------------------------- finders

def parse_tail(text: str) -> tuple[int, Decimal]:
    """Parse `text`, dropping leading atoms that do not belong ("2024 100 min" → "100 min")."""
    offsets = [m.start() for m in numbers.ATOM.finditer(text)]
    for off in offsets:
        try:
            return off, numbers.parse(text[off:])
        except ValueError:
            continue
    raise ValueError(f"not a number: {text!r}")


def range_values(m: regex.Match) -> tuple[int, Decimal | None, Decimal | None, Decimal | None]:
    """(start shift, amount, min, max) for groups n1 [- n2]; "15-20 milyard": 15 takes n2's multiplier."""
    shift, first = parse_tail(m.group("n1"))
    n2 = m.groupdict().get("n2")
    if not n2:
        return shift, first, None, None
    high = numbers.parse(n2)
    n1 = m.group("n1")[shift:]
    scales_1, scales_2 = numbers.scale_words(n1), numbers.scale_words(n2)
    if not scales_1 and scales_2:
        first = numbers.parse(n1 + " " + scales_2[-1])
    return shift, None, first, high


def currency_of(m: regex.Match, text: str) -> str | None:
    groups = m.groupdict()
    if groups.get("code"):
        return groups["code"]
    sign = groups.get("sign") or groups.get("sign_after")
    if sign:
        return tables().signs.get(sign)
    if groups.get("stem"):
        return resolve(groups.get("country"), groups["stem"], text)
    return None


@functools.cache
def money_markers() -> re.Pattern:
    """Currency words, signs and codes as one trie in the standard `re` engine: a cheap first pass
    that tells where the expensive amount patterns need to run."""
    t = tables()
    stems = set(t.stems) | set(t.defaults) | t.country_only
    words = stems | {numbers.capitalised(s) for s in stems} | set(t.signs) | set(t.codes)
    return re.compile(r"(?<![^\W\d_])" + alternation(words))  # at a word start, or after digits


PERCENT_MARKERS = re.compile(r"%|[fF]aiz")


def windows(text: str, markers: re.Pattern, before: int = 200, after: int = 40) -> list[tuple[int, int]]:
    """Merged (pos, endpos) ranges around each marker; amounts end at their marker."""
    out: list[list[int]] = []
    for m in markers.finditer(text):
        a, b = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


@functools.cache
def spelled_out() -> regex.Pattern:
    """A number repeated in words in brackets: "1,5 milyon (bir milyon beş yüz min) manatı"."""
    return regex.compile(rf"\([{SPACES}]*(?:{numbers.word_pattern()})(?:[{SPACES}]+(?:{numbers.word_pattern()}))*"
                         rf"[{SPACES}]*\)")


def blank_spelled_out(text: str) -> str:
    """Replace bracketed number words by spaces (same length) so that the amount reads through them."""
    return spelled_out().sub(lambda m: " " * len(m.group()), text)


def find_money(text: str) -> list[Quantity]:
    """MONEY quantities in `text` (character offsets), with amount / range, currency and qualifier."""
    pats = patterns()
    found: list[Quantity] = []
    original, text = text, blank_spelled_out(text)
    for name, (a, b) in ((n, w) for w in windows(text, money_markers())
                         for n in ("money_after", "money_before", "code_before")):
        for m in pats[name].finditer(text, a, b):
            if numbers.only_scales(m.group("n1")):
                continue
            try:
                shift, amount, low, high = range_values(m)
            except ValueError:
                continue
            if m.groupdict().get("stem") and not numbers.harmonic(m.group("stem"), m.group("sfx") or ""):
                continue  # "Franklin": a name, not "frank" + ending
            currency = currency_of(m, text)
            if currency is None:
                continue
            groups = m.groupdict()
            suffix = groups.get("sfx") or groups.get("csfx") or groups.get("ssfx") or groups.get("bsfx") or ""
            if shift and name != "money_after":
                continue  # "$2024 100": the sign belongs to the first number
            found.append(Quantity(m.start() + shift, m.end(), "MONEY", amount=amount, currency=currency,
                                  min=low, max=high, suffix=suffix,
                                  qualifier="at_least" if numbers.is_plural_scale(m.group("n1")) else None))
    found = non_overlapping(found)
    found = merge_from_to(text, found)
    found = non_overlapping(found + listed_amounts(text, found))
    for q in found:
        if q.qualifier is None:
            q.qualifier = qualifier(original, q.start, q.end, q.suffix, after_words=q.min is None)
    return found


LIST_END = regex.compile(rf"[{SPACES}]*(?:[,;)]|və(?!\p{{L}}))")
SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n")


def listed_amounts(text: str, money: list[Quantity]) -> list[Quantity]:
    """"9,3 milyard, ... 2,2 milyard dollar": a currency named once covers the list before it.

    A bare amount with a multiplier, closed by a comma, bracket or "və", takes the currency of the
    next MONEY in the same sentence when no other number stands between them.
    """
    out: list[Quantity] = []
    matches = {}
    for q in money:  # list items stand within 250 characters before a MONEY
        for m in numbers.phrase_regex().finditer(text, max(0, q.start - 250), q.start):
            matches[m.start()] = m
    for m in matches.values():
        phrase = m.group()
        if not numbers.scale_words(phrase) or numbers.only_scales(phrase):
            continue
        if not LIST_END.match(text, m.end()) or any(q.start <= m.start() < q.end for q in money):
            continue
        nxt = next((q for q in money if q.start >= m.end()), None)
        if nxt is None or nxt.start - m.end() > 250 or SENTENCE_END.search(text, m.end(), nxt.start):
            continue
        between = text[m.end():nxt.start]
        others = [b for b in regex.finditer(r"\d+(?:[.,]\d+)*", between)]
        if any(not numbers.scale_words(text[m.end() + b.start():m.end() + b.end() + 12]) for b in others):
            continue
        try:
            shift, amount = parse_tail(phrase)
        except ValueError:
            continue
        out.append(Quantity(m.start() + shift, m.end(), "MONEY", amount=amount, currency=nxt.currency))
    return out


def find_percent(text: str) -> list[Quantity]:
    pats = patterns()
    found: list[Quantity] = []
    for name, (a, b) in ((n, w) for w in windows(text, PERCENT_MARKERS)
                         for n in ("percent_after", "percent_before")):
        for m in pats[name].finditer(text, a, b):
            try:
                shift, value, low, high = range_values(m)
            except ValueError:
                continue
            groups = m.groupdict()
            suffix = groups.get("psfx") or groups.get("fsfx") or groups.get("bsfx") or ""
            start = m.start() + (shift if name == "percent_after" else 0)
            found.append(Quantity(start, m.end(), "PERCENT", value=value, min=low, max=high, suffix=suffix))
    found = non_overlapping(found)
    for q in found:
        q.qualifier = qualifier(text, q.start, q.end, q.suffix, after_words=q.min is None)
    return found


def non_overlapping(found: list[Quantity]) -> list[Quantity]:
    """Earliest start wins, then the longest."""
    out: list[Quantity] = []
    for q in sorted(found, key=lambda q: (q.start, -(q.end - q.start))):
        if not out or q.start >= out[-1].end:
            out.append(q)
    return out


FROM_TO_GAP = regex.compile(rf"[{SPACES}]+")


def merge_from_to(text: str, found: list[Quantity]) -> list[Quantity]:
    """"300 min dollardan 1 milyon dollara qədər" is one span with min/max (as the gold annotates it)."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.min is None and q.min is None
                and case_of(prev.suffix) == "abl" and case_of(q.suffix) == "dat"
                and FROM_TO_GAP.fullmatch(text[prev.end:q.start])
                and qualifier(text, q.start, q.end, q.suffix) == "up_to"):
            out[-1] = Quantity(prev.start, q.end, "MONEY", currency=prev.currency,
                               min=prev.amount, max=q.amount, suffix=q.suffix)
            continue
        out.append(q)
    return out
