"""Base forms of names (`span._.norm`, component "az_norm") by suffix stripping.

`norm(text, label)` removes the case, possessive and plural endings of the span's last word, following
ANNOTATION.md. The suffix analyser (pipeline/lang/morphology.py) proposes analyses; a lexicon of base
forms (harvested from the training gold norms and CLDR names, pipeline/names/build_lexicon.py) picks
between them, and a possessive that belongs to a compound ("xarici işlər naziri", "Avropa İttifaqı") is kept.
"""
from __future__ import annotations

import functools
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.labels import NAME_LABELS
from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import Analysis, analyses, harmonise, last_vowel, possessive_form, restore
from pipeline.lang.punctuation import NAME_QUOTES, tidy
from pipeline.lang.glued_words import unglued
from pipeline.lang.texts import span_text
from pipeline.tables import DATA_DIR, read_tsv

DATA = DATA_DIR / "morphology"
# labels whose other mentions in the document tell a base form (organisation names share head words)
SEEN_LABELS = ("PERSON", "REGION", "COUNTRY")


@dataclass
class Lexicon:
    norms: dict[str, Counter]          # label → full norms seen in training gold
    words: set[str]                    # lower-case base last words (gold norms, CLDR)
    modifiers: dict[str, str]          # lower-case word → "mod" | "noun" | "break"
    freq: dict[str, int]               # lower-case capitalised word → count in the raw news
    endings: Counter                   # last three letters of base words → count

    def ending(self, word: str) -> float:
        """How typical `word`'s last letters are for a base form (names end in -zadə, -ov, -stan...)."""
        return math.log1p(self.endings.get(az_lower(word)[-3:], 0))


@functools.cache
def lexicon() -> Lexicon:
    norms: dict[str, Counter] = defaultdict(Counter)
    path = DATA / "lexicon.tsv"
    if path.exists():
        for row in read_tsv(path):
            norms[row["label"]][row["norm"]] += int(row["count"])
    # base words: one-word norms and every word of a person's name; the last word of a multi-word
    # norm may carry a compound's possessive ("müşaviri"), which is no base form on its own
    words = {az_lower(n) for c in norms.values() for n in c if " " not in n}
    words |= {az_lower(w) for n in norms.get("PERSON", ()) for w in n.split()}
    words |= _cldr_words()
    mods = {az_lower(r["word"]): r["class"] for r in read_tsv(DATA / "modifiers.tsv")}
    freq: dict[str, int] = {}
    path = DATA / "name_words.tsv"
    if path.exists():
        freq = {r["word"]: int(r["count"]) for r in read_tsv(path)}
    endings = Counter(w[-3:] for w in words if len(w) >= 3)
    return Lexicon(dict(norms), words, mods, freq, endings)


def _cldr_words() -> set[str]:
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - babel is a dependency
        return set()
    loc = Locale("az")
    names = list(loc.territories.values())
    for zone in loc.time_zones.values():
        city = zone.get("city") if hasattr(zone, "get") else None
        if city:
            names.append(city)
    return {az_lower(w) for n in names for w in n.split() if len(w) > 1}


def norm(text: str, label: str, seen: frozenset[str] = frozenset()) -> str:
    """Base form of a name span: last word without case/possessive/plural endings (ANNOTATION.md).
    `seen`: lower-case words the document writes elsewhere in names of this label ("Duda" makes
    "Dudanın" Duda + genitive)."""
    best, best_score = None, 0.0
    for cand, score, last_word in _scored(text, label):
        if best is not None and label in SEEN_LABELS and last_word in seen:
            score += W["seen"]
        if best is None or score > best_score:
            best, best_score = cand, score
    return best if best is not None else text


@functools.lru_cache(maxsize=100_000)
def _scored(text: str, label: str) -> tuple[tuple[str, float, str], ...]:
    """norm()'s candidates for `text` in their order, with their scores before the document's `seen`
    words and their last word in lower case; the first is the tidied text itself. Cached: names recur
    across documents, while `seen` differs from one to the next."""
    text = tidy(text)
    if not text:
        return ((text, 0.0, ""),)
    lex = lexicon()
    if text in lex.norms.get(label, ()):
        return ((text, 0.0, ""),)
    head, _, last = text.rpartition(" ")
    out = [(text, _score(text, text, Analysis(last, ()), label, lex), "")]
    for ana in analyses(last):
        if not ana.morphs or not _allowed(ana, text, label):
            continue
        for cand in _candidates(head, ana, label, lex):
            out.append((cand, _score(cand, text, ana, label, lex), az_lower(cand.rpartition(" ")[2])))
    return tuple(out)


def span_norm(span: Span) -> str:
    """The span's norm as az_norm set it, else computed now (a pipeline without az_norm)."""
    return span._.norm or norm(span.text, span.label_)


def seen_words(ents: list[Span], texts: list[str] | None = None) -> dict[str, frozenset[str]]:
    """Label → last words (lower case) of the document's mentions with that label. A mention's own
    word never counts for itself: only stripped candidates look it up, and they differ from it.
    `texts`: the mentions' texts when the caller has them (Span.text is rebuilt on every access)."""
    words: dict[str, set[str]] = defaultdict(set)
    for e, text in zip(ents, [e.text for e in ents] if texts is None else texts):
        split = text.split()
        if split:
            words[e.label_].add(az_lower(split[-1]))
    return {label: frozenset(w) for label, w in words.items()}


def _allowed(ana: Analysis, text: str, label: str) -> bool:
    """Label constraints: a person's name takes no possessive, nor does a one-word place or
    organisation ("Şeçin", not "Şeç"+poss); "-ova" is a surname, not a dative, unless "oğlu" (son of)."""
    if ana.has("poss") and label == "PERSON":
        return False
    if label == "TITLE" and any(m.name == "accusative" for m in ana.morphs) and not ana.has("poss"):
        return False  # "naziri" next to a name is the possessive, never an accusative
    if label == "PERSON" and len(ana.morphs) == 1 and ana.morphs[0].template == "A":
        if harmonise("A", last_vowel(ana.stem)) == "a" and az_lower(ana.stem).endswith("ov"):
            return " oğlu" in az_lower(text)
    return True


def _candidates(head: str, ana: Analysis, label: str, lex: Lexicon) -> list[str]:
    keep_poss = ana.has("poss") and _keeps_possessive(head, label, lex)
    if keep_poss:
        # the compound keeps its possessive (and, in an organisation's or place's name, its plural:
        # "Silahlı Qüvvələri"); the stem stays as written ("Başqanlığı", not "Başqanlıqı")
        poss = next(m for m in ana.morphs if m.slot == "poss")
        stem = ana.stem
        if ana.has("plural") and label != "TITLE":
            stem += harmonise("lAr", last_vowel(stem))
        word = stem + ("" if ana.joined else possessive_form(stem, poss))
        return [f"{head} {word}" if head else word]
    return [f"{head} {stem}" if head else stem for stem in restore(ana.stem, ana.morphs)]


def _keeps_possessive(head: str, label: str, lex: Lexicon) -> bool:
    """A possessive on the last word belongs to a compound when a noun heads it ("işlər naziri") or,
    across a postposition, a genitive does ("nazirinin siyasi məsələlər üzrə müavini")."""
    if not head or label == "PERSON":
        return False
    broken = False
    for word in reversed(head.split()):
        low = az_lower(word.strip("," + NAME_QUOTES))
        cls = lex.modifiers.get(low) or lex.modifiers.get(low.rpartition("-")[2]) or _guess_class(low)  # "eks-baş"
        if cls == "break":
            broken = True
        elif broken:
            if _is_genitive(low):
                return True
        elif cls == "noun":
            return True
    return False


def _is_genitive(low: str) -> bool:
    return any(a.morphs and a.morphs[-1].name == "genitive" and len(a.stem) > 2 for a in analyses(low))


@functools.cache
def adjective_endings() -> tuple[str, ...]:
    return tuple(r["ending"] for r in read_tsv(DATA / "adjective_endings.tsv"))


def _guess_class(low: str) -> str:
    """Class of a word the modifiers table does not list: adjective by its ending, else noun."""
    if low in (",", "–", "-"):
        return "skip"
    return "mod" if low.endswith(adjective_endings()) else "noun"


# Weights of the evidence for a candidate base form (tuned by 5-fold cross-validation on train).
W = {
    "gold_norm": 100,     # the candidate is a training gold norm of this label (+ its count, up to 20)
    "other_norm": 60,     # ... of another label
    "known_word": 30,     # its last word is a known base word (one-word gold norms, person names, CLDR)
    "seen": 40,           # another mention in the document writes it so (PERSON, REGION, COUNTRY)
    "ending": 1.5,        # × log(1 + base words ending in the same three letters)
    "stem_freq": 3,       # × log(1 + times the news writes the stem as a capitalised word)
    "unattested": -6,     # the news writes the whole word but never the stem
    "lone_poss": -20,     # a possessive stripped from a one-word place/organisation ("*Bak"+ı+nın)
    "unchanged": 10,      # leaving the word as it is
    "strip": 5,           # × the label's trust in the suffix chain (_strip_prior)
    "morph": 2,           # per morpheme ("Heyət-i-nin" over "Heyətin-in")
}


def _score(cand: str, text: str, ana: Analysis, label: str, lex: Lexicon) -> float:
    """Prefer forms seen as gold norms, then known base words, then stems the news writes on their
    own and that end like base forms, then the fullest grammatical strip."""
    score = 0.0
    norms = lex.norms.get(label, Counter())
    if cand in norms:
        score += W["gold_norm"] + min(norms[cand], 20)
    elif any(cand in c for c in lex.norms.values()):
        score += W["other_norm"]
    last = az_lower(cand.rpartition(" ")[2])
    # a hyphenated place ends in a known word ("Şəki-Zaqatala": not "Şəki-Zaqata" + instrumental)
    if last in lex.words or "-" in last and last.rpartition("-")[2] in lex.words:
        score += W["known_word"]
    if not ana.morphs:
        return score + W["ending"] * lex.ending(last) + W["unchanged"]
    stem = az_lower(restore(ana.stem, ana.morphs)[0])
    score += W["ending"] * lex.ending(stem)
    # how often the news writes the bare stem ("Məclis", not "Məclisin") on its own
    freq = lex.freq.get(stem, 0)
    score += W["stem_freq"] * math.log1p(freq)
    word = az_lower(text.rpartition(" ")[2])
    if (freq == 0 and not ana.joined and last not in lex.words and lex.freq.get(word, 0) >= 1
            and " " not in text):
        score += W["unattested"]  # the "suffix" is part of the name ("Potexin")
    if ana.has("poss") and label != "TITLE" and " " not in text:
        score += W["lone_poss"]  # "Bakının" is Bakı + genitive (unless "Bak" were a known name)
    score += W["strip"] * _strip_prior(ana, label) + W["morph"] * len(ana.morphs)
    return score


def _strip_prior(ana: Analysis, label: str) -> float:
    """Unknown words: trust multi-letter or buffered suffixes; a bare vowel (acc/dat/poss) is risky."""
    if ana.joined:
        return 3.0
    tail = "".join(m.template for m in ana.morphs)
    bare_vowel = tail in ("I", "A")
    if bare_vowel:
        if label == "TITLE" and ana.morphs[0].slot == "poss":
            return 3.0
        return 1.5 if label == "PERSON" else 0.5
    return 3.0


# -- component -------------------------------------------------------------------------------------------

@Language.factory("az_norm", requires=["doc.ents"], assigns=["span._.norm"])
def create_az_norm(nlp: Language, name: str):
    def az_norm(doc: Doc) -> Doc:
        ents = [e for e in doc.ents if e.label_ in NAME_LABELS]
        texts = [span_text(e) for e in ents]
        seen = seen_words(ents, texts)
        people = {tidy(t) for e, t in zip(ents, texts) if e.label_ == "PERSON"}
        for span, text in zip(ents, texts):
            text = unglued(text)  # "İlham Əliyevinçıxışı": the person is "İlham Əliyev"
            span._.norm = (_dative_of(text, people) if span.label_ == "PERSON" else None) \
                or norm(text, span.label_, seen.get(span.label_, frozenset()))
        return doc
    return az_norm


def _dative_of(text: str, people: set[str]) -> str | None:
    """"Sərdar Berdiməhəmmədova" is the dative of "Sərdar Berdiməhəmmədov" when the document names him so:
    norm() reads -ova as a woman's surname, and "Mehriban Əliyeva" beside "İlham Əliyev" stays hers, as
    only the same given name and surname, -a less, is the same man."""
    text = tidy(text)
    if " " in text and text.endswith(("ova", "eva")) and text[:-1] in people:
        return text[:-1]
    return None
