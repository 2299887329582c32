"""The event tables of pipeline/data/events/, read once, and trigger matching with morphology.

A trigger phrase's noun words match every inflection the suffix analyser of pipeline/lang/morphology.py
derives (`base_forms`); its verb words ("görüş-") match the stem plus a verb ending of
verb_endings.tsv in vowel harmony, whose modality the event takes unless the sentence says more.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.labels import EVENT_TYPES
from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import BACK, base_forms, harmonise, last_vowel
from pipeline.tables import read_tsv

DATA = Path("events")  # under pipeline/data/ (pipeline/tables.py)
SOFTENED = {"q": "ğ", "k": "y"}


@dataclass(frozen=True)
class Word:
    """One word of a trigger phrase: noun lemmas or verb stems (alternatives)."""
    forms: tuple[str, ...]
    verb: bool


@dataclass(frozen=True)
class Trigger:
    type: str
    words: tuple[Word, ...]
    change: str | None
    weak: bool  # counts only without another trigger of its type in the sentence
    needs: str  # "", "parties=2", "arrival", "arrival=entity", "before=WORD" or a role name (triggers.tsv)

    @property
    def arrival(self) -> bool:
        """A light verb of motion that is a visit only right after its destination ("Bakıya gəlib")."""
        return self.needs.startswith("arrival")

    @property
    def before(self) -> str:
        """The word that must stand right before the phrase and belongs to it ("baş" of "baş çəkib"), else ""."""
        return self.needs[len("before="):] if self.needs.startswith("before=") else ""


@dataclass(frozen=True)
class Role:
    type: str
    role: str
    labels: frozenset[str]
    case: str
    max: int
    required: str  # yes | core | no (roles.tsv)


@functools.cache
def triggers() -> tuple[Trigger, ...]:
    out = []
    for row in read_tsv(DATA / "triggers.tsv"):
        words = []
        for raw in row["phrase"].split():
            alts = tuple(az_lower(a) for a in raw.split("|"))
            verb = all(a.endswith("-") for a in alts)
            forms = tuple(a.rstrip("-") for a in alts)
            if not verb:  # a final q/k softens before a vowel: danışıq → danışığı
                forms += tuple(f[:-1] + SOFTENED[f[-1]] for f in forms if f[-1] in SOFTENED)
            words.append(Word(forms, verb))
        out.append(Trigger(row["type"], tuple(words), row["change"] or None, row["weak"] == "yes", row["needs"]))
    return tuple(out)


@functools.cache
def roles() -> dict[str, tuple[Role, ...]]:
    out: dict[str, list[Role]] = {t: [] for t in EVENT_TYPES}
    for row in read_tsv(DATA / "roles.tsv"):
        out[row["type"]].append(Role(row["type"], row["role"], frozenset(row["labels"].split(",")),
                                     row["case"], int(row["max"]), row["required"]))
    return {t: tuple(rs) for t, rs in out.items()}


@functools.cache
def verb_endings() -> tuple[tuple[str, str], ...]:
    return tuple((r["ending"], r["modality"]) for r in read_tsv(DATA / "verb_endings.tsv"))


@functools.cache
def modality_cues() -> tuple[tuple[str, str, str], ...]:
    return tuple((r["cue"], r["modality"], r["scope"]) for r in read_tsv(DATA / "modality_cues.tsv"))


Veto = tuple[tuple[str, ...], frozenset[str], re.Pattern[str] | None]


@functools.cache
def vetoes() -> dict[str, Veto]:
    """Event type → (word starts, whole words, pattern of whole words) that make a sentence carry no
    event of that type."""
    starts: dict[str, list[str]] = {t: [] for t in EVENT_TYPES}
    whole: dict[str, set[str]] = {t: set() for t in EVENT_TYPES}
    patterns: dict[str, list[str]] = {t: [] for t in EVENT_TYPES}
    for row in read_tsv(DATA / "vetoes.tsv"):
        cue = row["cue"]
        for kind in (EVENT_TYPES if row["type"] == "*" else (row["type"],)):
            if cue.startswith("="):
                whole[kind].add(cue[1:])
            elif cue.startswith("~"):
                patterns[kind].append(cue[1:])
            else:
                starts[kind].append(cue)
    return {t: (tuple(starts[t]), frozenset(whole[t]),
                re.compile("|".join(f"(?:{p})" for p in patterns[t])) if patterns[t] else None)
            for t in EVENT_TYPES}


def vetoed(kind: str, words: list[str]) -> bool:
    """True when one of the lower-case `words` of a sentence is a veto for events of type `kind`."""
    starts, whole, pattern = vetoes()[kind]
    return any(w in whole or w.startswith(starts) or (pattern is not None and pattern.fullmatch(w))
               for w in words)


@functools.cache
def guest_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """(word starts, whole words) of guests.tsv: who is received before "qəbul et-", "qarşıla-"."""
    cues = [r["cue"] for r in read_tsv(DATA / "guests.tsv")]
    return tuple(c for c in cues if not c.startswith("=")), frozenset(c[1:] for c in cues if c.startswith("="))


@functools.cache
def frame_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "frames.tsv"))


@functools.cache
def citing_words() -> frozenset[str]:
    """The words of frames.tsv that cite a document the trigger before them names ("Sazişə əsasən")."""
    return frozenset(r["word"] for r in read_tsv(DATA / "frames.tsv") if r["cites"] == "yes")


@functools.cache
def outcome_words() -> frozenset[str]:
    """Lemmas of outcomes.tsv: after a genitive trigger they make it an event told ("görüşünün nəticələri")."""
    return frozenset(r["word"] for r in read_tsv(DATA / "outcomes.tsv"))


@functools.cache
def outlet_cues() -> tuple[str, ...]:
    return tuple(r["cue"] for r in read_tsv(DATA / "outlet_cues.tsv"))


@functools.cache
def order_cues() -> tuple[str, ...]:
    """The words that ask a trip of someone else ("tapşırıb", "göstəriş"; events/visitors.py)."""
    return tuple(r["cue"] for r in read_tsv(DATA / "orders.tsv"))


def _consonants(form: str) -> str:
    """Q → q/k and G → ğ/y by the vowel before them (back: acaq, acağı; front: əcək, əcəyi)."""
    out = []
    prev = None
    for ch in form:
        if ch in "QG":
            back = prev is None or prev in BACK
            ch = ("q" if back else "k") if ch == "Q" else ("ğ" if back else "y")
        elif ch in "aıoueəiöü":
            prev = ch
        out.append(ch)
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def endings_after(stem: str) -> dict[str, str]:
    """Surface verb ending → modality, for a stem (harmony follows the stem's last vowel)."""
    prev = last_vowel(stem)
    out: dict[str, str] = {}
    for template, modality in verb_endings():
        out.setdefault(_consonants(harmonise(template, prev)), modality)
    return out


def verb_modality(word: str, stems: tuple[str, ...]) -> str | None:
    """The modality of the ending when lower-case `word` is one of `stems` + a verb ending, else None."""
    for stem in stems:
        if word.startswith(stem) and len(word) > len(stem):
            modality = endings_after(stem).get(word[len(stem):])
            if modality:
                return modality
    return None


@functools.cache
def _index() -> tuple[dict[str, list[Trigger]], dict[str, list[Trigger]], frozenset[str]]:
    """First-word lookup: noun lemma → triggers, verb stem → triggers, and every 3-letter opening."""
    nouns: dict[str, list[Trigger]] = {}
    verbs: dict[str, list[Trigger]] = {}
    for trig in triggers():
        first = trig.words[0]
        for form in first.forms:
            (verbs if first.verb else nouns).setdefault(form, []).append(trig)
    openings = frozenset(f[:3] for f in list(nouns) + list(verbs))
    return nouns, verbs, openings


def word_matches(word: Word, low: str) -> str | None:
    """None when `low` is no form of `word`; else the modality its verb ending states ("" for a noun)."""
    if word.verb:
        return verb_modality(low, word.forms)
    return "" if any(f in base_forms(low) for f in word.forms) else None


def candidates(low: str) -> list[Trigger]:
    """Triggers whose first word may match lower-case `low` (checked by `word_matches`)."""
    nouns, verbs, openings = _index()
    if low[:3] not in openings and low[:2] not in openings:  # a 2-letter stem opens only 2 letters ("ol-")
        return []
    out: list[Trigger] = []
    for i in range(2, len(low) + 1):
        out.extend(nouns.get(low[:i], ()))
        out.extend(verbs.get(low[:i], ()))
    return out
