"""Azerbaijani numbers: digits with any separator style, number words, multipliers → exact Decimal.

    parse("bir milyard iki yüz milyon") == Decimal(1200000000)
    parse("1,2 milyard") == Decimal(1200000000); parse("9,398.3") == Decimal("9398.3")

`PHRASE` is the regex source of one number phrase, for the MONEY/PERCENT/DATE finders.
"""
from __future__ import annotations

import functools
from decimal import Decimal

import regex
from pipeline.lang.casing import az_lower, capitalised
from pipeline.tables import read_tsv

SPACES = " \u00a0\u202f\u2009"  # space, NBSP, narrow NBSP, thin space: thousands separators


@functools.cache
def number_words() -> dict[str, tuple[Decimal, str]]:
    """word (lower case) → (value, kind) from number_words.tsv."""
    return {row["word"]: (Decimal(row["value"]), row["kind"]) for row in read_tsv("numbers/number_words.tsv")}


@functools.cache
def not_numbers() -> tuple[str, ...]:
    """Inflected pronouns and postpositions that look like number words ("üçün", "onlar")."""
    return tuple(sorted((row["word"] for row in read_tsv("numbers/not_numbers.tsv")), key=len, reverse=True))


@functools.cache
def glued_morphs() -> tuple[str, ...]:
    """The endings a number, currency or percent word may carry, one morph each (longest first)."""
    return tuple(sorted({row["morph"] for row in read_tsv("numbers/suffixes.tsv")}, key=len, reverse=True))


def alternation(words) -> str:
    """A pattern for any of `words`, longest match first, as a character trie: big alternations of
    literals are slow in regex engines, a trie lets them dispatch on one character at a time."""
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [regex.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body
    return "(?:" + build(root) + ")" if root else "(?!)"


def any_case_first(words) -> str:
    """A trie pattern for `words` with their first letter in either case."""
    words = list(words)
    return alternation(set(words) | {capitalised(w) for w in words})


@functools.cache
def suffix_chain() -> str:
    """Zero to four glued case/possessive/derivational morphs, optionally after a hyphen or apostrophe."""
    morph = f"(?:{alternation(glued_morphs())})"
    return f"(?:[-'’]?{morph}{{1,4}})?"


@functools.cache
def suffix_regex() -> regex.Pattern:
    return regex.compile(suffix_chain() + r"\Z")


# A digit literal: space-grouped thousands ("10 000 000") or digits with , and . inside ("1.200.000,5").
DIGITS = (r"(?:\d{1,3}(?:[" + SPACES + r"]\d{3})+(?:[.,]\d+)?(?![\d])(?![.,]\d)"
          r"|\d+(?:[.,]\d+)*)")


@functools.cache
def word_pattern() -> str:
    """Any number word or multiplier, first letter in either case."""
    return any_case_first(number_words())


@functools.cache
def phrase_pattern() -> str:
    """One number phrase: atoms joined by spaces; only the last atom may carry a suffix.

    A word atom must not run into further lower-case letters ("onlar", "minimum" are not numbers) unless
    what follows is a suffix chain that ends the phrase; "milyardABŞ" (run together) is allowed.
    """
    word = word_pattern()
    sfx = suffix_chain()
    stop = any_case_first(not_numbers())
    digit_atom = rf"(?<![\d.,]){DIGITS}"
    word_atom = rf"(?<!\p{{L}})(?!(?:{stop})(?!\p{{L}})){word}"
    plain = rf"(?:{digit_atom}|{word_atom}(?!\p{{Ll}}))"
    last = rf"(?:{digit_atom}|{word_atom}{sfx}(?!\p{{Ll}}))"
    # digits may be glued to a following word ("2,3milyard"); words are separated by spaces
    sep = rf"(?:[{SPACES}]+|(?<=\d)(?=\p{{L}}))"
    return rf"(?:{plain}{sep})*{last}"


@functools.cache
def phrase_regex() -> regex.Pattern:
    return regex.compile(phrase_pattern())


ATOM = regex.compile(rf"{DIGITS}|\p{{L}}+\.?")


MARKS = regex.compile(r"[.,]")  # compiled once: regex's cache look-up costs more than the split


def digits_value(literal: str, scaled: bool) -> Decimal:
    """A digit literal → Decimal. `scaled`: a multiplier word follows, so "43,003" is a decimal comma.

    One separator followed by exactly three digits is a thousands separator unless a multiplier follows
    or the integer part is 0 ("1.200" = 1200, "1,349 milyard" = 1.349e9); two kinds of separator: the
    last one is the decimal mark ("9,398.3"); the same one repeated is always thousands ("1.200.000").
    """
    s = "".join(ch for ch in literal if ch not in SPACES)
    marks = [ch for ch in s if ch in ".,"]
    if not marks:
        return Decimal(s)
    if s != literal and len(marks) == 1:
        return Decimal(s.replace(",", "."))  # "1 234,5": with space-grouped thousands the mark is decimal
    groups = MARKS.split(s)
    if len(set(marks)) == 2:
        dec = marks[-1]
        if marks.count(dec) != 1 or not s.rindex(dec) > max(i for i, ch in enumerate(s) if ch in ".," and ch != dec):
            raise ValueError(f"not a number: {literal!r}")
        whole, frac = s.rsplit(dec, 1)
        thousands = whole.split(marks[0])
        check_groups(thousands, literal)
        return Decimal("".join(thousands) + "." + frac)
    if len(marks) > 1:
        check_groups(groups, literal)
        return Decimal("".join(groups))
    whole, frac = groups
    if len(frac) == 3 and not scaled and whole.lstrip("0"):
        return Decimal(whole + frac)
    return Decimal(whole + "." + frac)


def check_groups(groups: list[str], literal: str) -> None:
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        raise ValueError(f"not a number: {literal!r}")


def word_value(token: str, last: bool) -> tuple[Decimal, str]:
    """A number word, possibly inflected when it ends the phrase ("milyona", "milyardlıq", "birindən")."""
    words = number_words()
    low = az_lower(token)
    if low in words:
        return words[low]
    if low in not_numbers():
        raise ValueError(f"not a number word: {token!r}")
    if low.endswith("."):  # a sentence full stop after "milyon."
        low = low[:-1]
        if low in words:
            return words[low]
    if last:
        chain = suffix_regex()
        for w in sorted(words, key=len, reverse=True):
            rest = low[len(w):]
            if low.startswith(w) and not w.endswith(".") and chain.fullmatch(rest):
                if words[w][1] != "scale" and rest.startswith(("lar", "lər")):
                    break  # "onlarla" (dozens) is no number; only multipliers take the plural
                return words[w]
    raise ValueError(f"not a number word: {token!r}")


def is_scale(token: str, last: bool = True) -> bool:
    if token[0].isdigit():
        return False
    try:
        return word_value(token, last)[1] == "scale"
    except ValueError:
        return False


def atoms(text: str) -> list[tuple[Decimal, str]]:
    """Split a phrase into (value, kind) atoms; digits are kind 'digits'."""
    text = text.strip()
    if not text:
        raise ValueError("empty")
    pieces = [m for m in ATOM.finditer(text)]
    # everything except separators must be covered by atoms
    covered = "".join(text[a.end():b.start()] for a, b in zip(pieces, pieces[1:]))
    if (not pieces or pieces[0].start() != 0 or pieces[-1].end() != len(text)
            or covered.strip(SPACES + "\n\t")):
        raise ValueError(f"not a number: {text!r}")
    out: list[tuple[Decimal, str]] = []
    raw = [p.group() for p in pieces]
    for i, tok in enumerate(raw):
        if tok[0].isdigit():
            scaled = i + 1 < len(raw) and is_scale(raw[i + 1], i + 1 == len(raw) - 1)
            out.append((digits_value(tok, scaled), "digits"))
        else:
            out.append(word_value(tok, i == len(raw) - 1))
    return out


def combine(parts: list[tuple[Decimal, str]]) -> Decimal:
    """Evaluate atoms left to right: units/tens/hundreds build a group, each multiplier closes one."""
    total = Decimal(0)
    current: Decimal | None = None
    place = None  # the smallest place the current group has filled: 1, 10, 100, or None for digits
    last_scale: Decimal | None = None
    for value, kind in parts:
        if kind == "digits":
            if current is not None:
                raise ValueError("two numbers in a row")
            current, place = value, None
        elif kind in ("unit", "ten"):
            size = Decimal(1) if kind == "unit" else Decimal(10)
            if current is None:
                current, place = value, size
            elif place is not None and place > size and value < place:
                current, place = current + value, size
            else:
                raise ValueError("number words out of order")
        elif kind == "hundred":
            if current is not None and (place is None or current >= 10):
                raise ValueError("yüz after a number ≥ 10")
            current, place = (current if current is not None else Decimal(1)) * value, Decimal(100)
        elif kind == "scale":
            group = current if current is not None else Decimal(1)
            if last_scale is not None and value >= last_scale:
                # "yüz min milyon" style stacking: the whole amount so far is multiplied
                total, last_scale = (total + group) * value, value
            else:
                total, last_scale = total + group * value, value
            current, place = None, None
        elif kind == "half":
            if current is None and last_scale is not None:
                total += last_scale / 2  # "18 milyon yarım"
            elif current is None:
                current, place = value, None  # "yarım milyon"
            else:
                current, place = current + value, None  # "bir yarım"
        else:
            raise ValueError(kind)
    if current is None and last_scale is None:
        raise ValueError("no number")
    return total + (current if current is not None else Decimal(0))


def parse(text: str) -> Decimal:
    """Parse an Azerbaijani number phrase exactly; ValueError when `text` is not a number."""
    value = combine(atoms(text))
    return value.normalize() if value != value.to_integral_value() else Decimal(int(value))


def is_plural_scale(text: str) -> bool:
    """"milyardlarla" ("billions of"): the amount is a lower bound."""
    toks = [m.group() for m in ATOM.finditer(text)]
    if not toks or not is_scale(toks[-1]):
        return False
    low = toks[-1].lower()
    return any(low.startswith(w) and low[len(w):].startswith(("lar", "lər")) for w in number_words())


def only_scales(text: str) -> bool:
    """"milyon dollar", "milyardlarla dollar": no count before the multiplier."""
    toks = [m.group() for m in ATOM.finditer(text)]
    return all(is_scale(t) for t in toks)


def scale_words(text: str) -> list[str]:
    """The multiplier words of a phrase, in order ("15-20 milyard": the range ends take them)."""
    return [m.group() for m in ATOM.finditer(text) if is_scale(m.group())]
