"""DATE spans with ISO 8601 values: "15 noyabr, 2025" → 2025-11-15, "2024-cü ildə" → 2024,
"noyabrın 11-22-də" → YYYY-11-11/YYYY-11-22 (the year from the publication date when the text has none).

Conventions follow the annotated corpus: "ötən il"/"keçən il" before a month stays inside the span
(value: publication year − 1), "bu il"/"cari il" stays outside; a glued case ending is inside, "qədər",
"kimi", "tarixli" are outside; relative time ("dünən", "şənbə günü") is not a DATE.
"""
from __future__ import annotations

import functools
import re

import regex

from pipeline.quantities import numbers
from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import SHORT_ORDINAL_ENDINGS, in_harmony, suffix_forms
from pipeline.quantities.qualifiers import case_of
from pipeline.quantities.quantity import Quantity, join_pairs, non_overlapping
from pipeline.tables import read_tsv
from pipeline.quantities.numbers import SPACES, any_case_first, suffix_chain

S = f"[{SPACES}]"


@functools.cache
def months() -> dict[str, int]:
    """Month stem (lower case) → number, from months.tsv."""
    return {row["stem"]: int(row["number"]) for row in read_tsv("numbers/months.tsv")}


@functools.cache
def date_words() -> dict[str, list[str]]:
    """Word classes from date_words.tsv: relative-year words, month parts, fiscal-year words..."""
    out: dict[str, list[str]] = {}
    for row in read_tsv("numbers/date_words.tsv"):
        out.setdefault(row["class"], []).append(row["word"])
    return out


@functools.cache
def period_months() -> dict[tuple[str, str], tuple[int, int]]:
    """(quarter, ordinal word) → (first month, last month)."""
    return {(row["class"], az_lower(row["word"])): (int(row["first_month"]), int(row["last_month"]))
            for row in read_tsv("numbers/date_words.tsv") if row["class"] == "quarter"}


def words_alt(cls: str) -> str:
    return any_case_first(date_words()[cls])


@functools.cache
def date_patterns() -> list[tuple[str, regex.Pattern]]:
    sfx = suffix_chain()
    month_alt = any_case_first(months())

    def month(name: str) -> str:
        return rf"(?<!\p{{L}})(?P<{name}>{month_alt})(?P<{name}_s>{sfx})(?!\p{{Ll}})"

    year = r"(?<![\d.,])(?:1\d|20)\d{2}(?!\d)"
    ordinal = rf"[-–](?:{'|'.join(SHORT_ORDINAL_ENDINGS)})"
    il = rf"(?:(?:{words_alt('fiscal')}){S}+)?il{sfx}(?!\p{{Ll}})"
    rel_prev = rf"(?P<prev>(?<!\p{{L}})(?:{words_alt('previous')}){S}+(?:il(?:in|i)?{S}+)?)"
    rel_same = rf"(?P<same>(?<!\p{{L}})(?:{words_alt('same')}){S}+il(?:in|i)?{S}+)"
    part = rf"(?:{S}+(?P<part>(?:{words_alt('part')}){sfx}(?!\p{{Ll}})))"
    ay = rf"{S}+(?:ay|aylar){sfx}(?!\p{{Ll}})"
    day_sfx = r"(?:-(?P<{n}s>\p{{Ll}}{{1,6}}))"
    dayword = any_case_first(w for w, (value, _) in numbers.number_words().items() if 1 <= value <= 10)

    def day(n: str) -> str:
        return (rf"(?P<{n}>(?<![\d.,])\d{{1,2}}(?![\d.,]\d)|(?<!\p{{L}})(?:{dayword})(?={sfx}(?!\p{{Ll}})))"
                + day_sfx.format(n=n) + "?")

    # "noyabrın 11-22-də", "Fevralın 25-dən 26-na", "oktyabrın 17-si"
    gen_day = (rf"{month('m')}(?:{ay})?{S}+{day('d1')}"
               rf"(?:(?:[-–]|(?<=[dt][aə]n){S}+(?:ta{S}+)?){day('d2')})?(?!\d)")
    # "27 sentyabr", "14-16 fevral", "2-4 aprelində", optionally ", 2025" / " 2025-ci ildə"
    nom_day = (rf"(?P<d1>(?<![\d.,:])\d{{1,2}})(?:[-–](?P<d2>\d{{1,2}}))?{S}+{month('m')}"
               rf"(?:,?{S}+(?P<y2>{year})(?:{ordinal}{S}+{il})?)?")
    month_only = (rf"(?:{month('m')}(?:{S}*[-–]{S}*{month('m2')}|{S}+və{S}+{month('m2')}(?={ay}))?"
                  rf"(?:{ay})?{part}?)")
    # "2025-ci ilin birinci rübü" is annotated whole; "ilin ikinci yarısında" (half) is not
    quarter = rf"{S}+(?P<qn>{any_case_first(date_words()['quarter'])}){S}+rüb{sfx}(?!\p{{Ll}})"
    y_head = rf"(?P<y>{year})(?:[-–](?P<y_to>{year}))?{ordinal}{S}+{il}"
    pats = {
        "ymd": rf"{y_head}{S}+(?:{gen_day}|{nom_day.replace('(?P<y2>', '(?P<y3>')})",
        "ym": rf"{y_head}{S}+{month_only}",
        "period": rf"{y_head}(?:{quarter})",

        "year": y_head,
        "rel_md": rf"{rel_prev}(?:{gen_day}|{month_only})",
        "same_md": rf"{rel_same}(?:{gen_day}|{month_only})",
        "md": gen_day,
        "dm": nom_day,
        "month": month_only,
        "year_list": (rf"(?P<y>{year})(?:[-–](?P<y_to>{year}))?(?:{ordinal})?"
                      rf"(?=(?:{S}*(?:,|və){S}*{year}(?:[-–]{year})?(?:{ordinal})?)+{S}+il)"),
        "paren_year": rf"(?<=\(){S}*(?P<y>{year})(?:[-–](?P<y_to>{year}))?{S}*(?=\))",
        "season": rf"(?P<y>{year})/(?P<y_to>{year})",
        # "18.02.2025", "20-21.01.2025", "18/02/2025"
        "numeric": (r"(?<![\d./])(?P<d1>\d{1,2})(?:[-–](?P<d2>\d{1,2}))?(?P<sep>[./])(?P<mn>\d{1,2})(?P=sep)"
                    r"(?P<y>(?:19|20)\d{2})(?![\d./]\d)"),
        # "2025-02-18"
        "iso": r"(?<![\d./-])(?P<y>(?:19|20)\d{2})-(?P<mn>[01]\d)-(?P<d1>[0-3]\d)(?![\d-])",
    }
    return [(name, regex.compile(p, regex.V1)) for name, p in pats.items()]


# Patterns that start with a month or a "previous" word, and the word class that anchors them.
ANCHORED = {"md": "month", "month": "month", "rel_md": "previous", "same_md": "same"}


_LETTER = re.compile(r"[^\W\d_]")


@functools.cache
def markers(cls: str) -> re.Pattern:
    """Months / previous-year words, found with the fast standard `re` engine (without a lookbehind,
    which keeps `re` from skipping to the words' first letters: 2-5x slower)."""
    words = list(months()) if cls == "month" else date_words()[cls]
    if not all(_LETTER.fullmatch(c) for w in words for c in w):
        # marker_starts relies on it: no word start hides inside a rejected match, as letters precede it
        raise ValueError(f"date words {cls!r}: each must be letters only")
    return re.compile(any_case_first(words))


def marker_starts(cls: str, text: str) -> list[int]:
    r"""Where a `cls` word starts a word of `text` (not after a letter): what a search with a
    `(?<![^\W\d_])` lookbehind finds."""
    return [m.start() for m in markers(cls).finditer(text)
            if not (m.start() and _LETTER.match(text, m.start() - 1))]


def month_number(word: str | None) -> int | None:
    return months().get(az_lower(word)) if word else None


def day_number(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text) if text.isdigit() else int(numbers.parse(text))
    return value if 1 <= value <= 31 else None


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    if year is None:
        return f"--{month:02d}" + (f"-{day:02d}" if day else "")
    out = f"{year:04d}"
    if month:
        out += f"-{month:02d}"
        if day:
            out += f"-{day:02d}"
    return out


def value_of(name: str, m: regex.Match, pub_year: int | None) -> str | None:
    g = m.groupdict()
    """The ISO value of a match; the publication year fills a missing year ("ötən il": one less)."""
    if name in ("year", "year_list", "paren_year", "season"):
        y, y_to = int(g["y"]), g.get("y_to")
        return f"{y}/{y_to}" if y_to else str(y)
    if g.get("y") and g.get("y_to") and name in ("ym", "ymd"):
        return f"{g['y']}/{g['y_to']}"
    year = g.get("y") or g.get("y2") or g.get("y3")
    year = int(year) if year else pub_year
    if g.get("prev") is not None and pub_year is not None and not (g.get("y") or g.get("y2")):
        year = pub_year - 1
    if name == "period":
        first, last = period_months()[("quarter", az_lower(g["qn"]))]
        return f"{iso(int(g['y']), first)}/{iso(int(g['y']), last)}"
    if name in ("numeric", "iso"):
        mon = int(g["mn"])
    else:
        mon = month_number(g.get("m"))
    if mon is None or not 1 <= mon <= 12:
        return None
    d1 = d2 = None
    if g.get("d1"):
        d1 = day_number(g["d1"])
        if d1 is None:
            return None
        d2 = day_number(g.get("d2"))
    if g.get("m2"):
        mon2 = month_number(g["m2"])
        return f"{iso(year, mon)}/{iso(year, mon2)}"
    if d1 and d2 and d2 > d1:
        return f"{iso(year, mon, d1)}/{iso(year, mon, d2)}"
    return iso(year, mon, d1)


# The filters' patterns, compiled once: regex.search(pattern, ...) looks its cache up through enum flag
# arithmetic that cost more than the searches.
EVERY_YEAR = regex.compile(r"(?:^|\s)hər\s+il\p{Ll}*\s+\Z")
MONTH_GENITIVE = regex.compile(r"\say\p{Ll}*n\s")
MONTH_WORD = regex.compile(r"\s(?:ay|aylar)")
SPACE = regex.compile(r"[\s]")


@functools.cache
def _dated_stem() -> regex.Pattern:
    return regex.compile(r"\p{L}*?(?:il|" + "|".join(months()) + ")")


def acceptable(name: str, m: regex.Match) -> bool:
    """Filters the patterns cannot express (see the comments)."""
    g = m.groupdict()
    for key in ("m", "m2"):
        if g.get(key) and not in_harmony(g[key], g.get(f"{key}_s") or ""):
            return False
    if g.get("m") and az_lower(g["m"] + (g.get("m_s") or "")) in date_words()["not_month"] and not g.get("d1"):
        return False  # "Marta Kos", "maya dəyəri"
    if EVERY_YEAR.search(az_lower(m.string[max(0, m.start() - 12):m.start()])):
        return False  # "hər il yanvar ayında": every year, not a date
    if g.get("d1") and g.get("m") and m.start("d1") > m.start("m"):
        # day after month: the month is in the genitive ("noyabrın 15-də", "fevral ayının 25-dən")
        genitive = az_lower(g.get("m_s") or "").endswith(tuple(suffix_forms("genitive", "C")))
        if not genitive and not MONTH_GENITIVE.search(m.group()):
            return False
    if name == "month":
        # a month word alone needs a case ending ("yanvarda") or "ay"; a bare genitive needs a part word
        if g.get("m2") or g.get("part") or MONTH_WORD.search(m.group()):
            return True
        ending = az_lower(g.get("m_s") or "")
        return bool(ending) and ending not in suffix_forms("genitive", "C")
    return True


def find_dates(text: str, pub_date: str | None = None) -> list[Quantity]:
    """DATE quantities in `text`; `pub_date` ("YYYY-MM-DD") gives the year of dates that lack one."""
    pub_year = int(pub_date[:4]) if pub_date and pub_date[:4].isdigit() else None
    found: list[Quantity] = []
    starts: dict[str, list[int]] = {}
    for name, pat in date_patterns():
        anchors = ANCHORED.get(name)
        if anchors is None:
            matches = pat.finditer(text)
        else:  # patterns that open with a word: try them only where that word starts
            if anchors not in starts:  # "md" and "month" share the month words: found once
                starts[anchors] = marker_starts(anchors, text)
            matches = (m for a in starts[anchors] if (m := pat.match(text, a)))
        for m in matches:
            if not acceptable(name, m):
                continue
            try:
                value = value_of(name, m, pub_year)
            except ValueError:
                continue
            if value is None:
                continue
            end = m.end()
            part = m.groupdict().get("part")
            if name == "month" and part and az_lower(part).startswith("son"):
                end = m.start("part")  # "[Fevralın] sonunda", as annotated; "aprelin ortalarında" stays whole
                while text[end - 1] in SPACES:
                    end -= 1
            # "həmin il" stays outside, as the guidelines say of relative words (the corpus is split 3:2)
            same = m.groupdict().get("same") is not None
            q = Quantity(m.end("same") if same else m.start(), end, "DATE", value=value)
            q.same_year = same
            q.suffix = last_ending(m.group())
            g = m.groupdict()
            q.explicit_year = bool(g.get("y") or g.get("y2") or g.get("y3") or g.get("prev") is not None)
            found.append(q)
    out = same_year(non_overlapping(found), pub_year)
    out = inherit_year(text, out, pub_year)
    out = listed_days(text, out)
    return join_pairs(out, functools.partial(from_to, text))


def same_year(found: list[Quantity], pub_year: int | None) -> list[Quantity]:
    """"həmin ilin noyabrında" ("in November of that year"): the year of the last date with a year."""
    last = None
    for q in found:
        if q.same_year and last is not None:
            value = str(q.value)
            q.value = last + (value[1:] if value.startswith("--") else value[4:])
            q.explicit_year = True
        elif q.explicit_year and FOUR_DIGITS.match(str(q.value)):
            last = str(q.value)[:4]
    return found


FOUR_DIGITS = regex.compile(r"\d{4}")
NEAR = regex.compile(rf"[{SPACES},;–-]*(?:(?:və|ilə|ta){S}+)?\Z")


def inherit_year(text: str, found: list[Quantity], pub_year: int | None) -> list[Quantity]:
    """"1988-ci il noyabrın axırı, dekabrın əvvəllərində": a date without a year right after one with
    a year (only a comma or "və" between) belongs to that year, not to the publication year."""
    for prev, q in zip(found, found[1:]):
        if q.explicit_year or not prev.explicit_year or "/" in str(prev.value):
            continue
        if not NEAR.match(text[prev.end:q.start]) or q.start - prev.end > 12:
            continue
        year = str(prev.value)[:4]
        value = str(q.value)
        if value.startswith("--"):
            q.value = year + value[1:]
        elif pub_year is not None and value.startswith(str(pub_year)):
            q.value = value.replace(str(pub_year), year)
        q.explicit_year = True
    return found


def last_ending(span_text: str) -> str:
    """The case ending of a span's last word ("22-dək" → "dək", "fevralından" → "ından")."""
    word = SPACE.split(span_text)[-1]
    if "-" in word:
        return word.rsplit("-", 1)[1]
    stem = _dated_stem().match(az_lower(word))
    return az_lower(word)[stem.end():] if stem else ""


LIST_DAY = regex.compile(rf"(?:{S}*,{S}*|{S}+və{S}+)(?P<d>\d{{1,2}})-(?P<s>\p{{Ll}}{{1,6}})(?!\p{{L}})")


FULL_DATE = regex.compile(r"(?:\d{4}|-)-\d\d-\d\d")


def listed_days(text: str, found: list[Quantity]) -> list[Quantity]:
    """"oktyabrın 4-ü, 5-i və 17-də": each following day is its own DATE in the same month."""
    out: list[Quantity] = []
    for i, q in enumerate(found):
        out.append(q)
        value = str(q.value)
        if not FULL_DATE.fullmatch(value):
            continue
        end = q.end
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        while (m := LIST_DAY.match(text, end)) and m.end() <= limit:
            day = int(m.group("d"))
            if not 1 <= day <= 31:
                break
            out.append(Quantity(m.start("d"), m.end(), "DATE", value=f"{value[:-2]}{day:02d}"))
            end = m.end()
    return out


GAP = regex.compile(rf"{S}+(?:ta{S}+)?")


def both_years_or_days(text: str, a: Quantity, b: Quantity) -> bool:
    """Both ends state a year ("2016-cı ilin fevralından 2017-ci ilin martın 22-dək") or both are days
    ("noyabrın 27-dən dekabrın 3-dək"); "2023-cü ilin yanvar ayından sentyabrın 20-dək" stays two."""
    years = [bool(FOUR_DIGITS.search(text[q.start:q.end])) for q in (a, b)]
    if all(years):
        return True
    return not any(years) and all(FULL_DATE.fullmatch(str(q.value)) for q in (a, b))


def from_to(text: str, prev: Quantity, q: Quantity) -> Quantity | None:
    """"2016-cı ilin fevralından 2017-ci ilin martın 22-dək": one DATE, value "2016-02/2017-03-22"."""
    if ("/" not in str(prev.value) and "/" not in str(q.value)
            and case_of(prev.suffix) == "abl" and GAP.fullmatch(text[prev.end:q.start])
            and (case_of(q.suffix) == "dat" or q.suffix.endswith("dək"))
            and both_years_or_days(text, prev, q)):
        return Quantity(prev.start, q.end, "DATE", value=f"{prev.value}/{q.value}", suffix=q.suffix)
    return None
