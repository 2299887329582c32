"""Base forms of names (`span._.norm`) by suffix stripping.

`norm(text, label)` removes the case, possessive and plural endings of the span's last word, following
ANNOTATION.md. The suffix grammar (pipeline/data/morphology/suffixes.tsv) proposes analyses; a lexicon
of base forms (harvested from the training gold norms and CLDR names) picks between them, and a
possessive that belongs to a compound ("xarici işlər naziri", "Avropa İttifaqı") is kept.

Rebuild the lexicon: python -m pipeline.lang.morphology build ../shared/corpus/train.jsonl ../shared/news/raw.jsonl
"""
from __future__ import annotations

import csv
import functools
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from pipeline.labels import NAME_LABELS
from pipeline.lang.casing import az_lower, az_upper

DATA = Path(__file__).resolve().parent.parent / "data" / "morphology"
VOWELS = "aıoueəiöü"
BACK = "aıou"
ROUNDED_BACK = "ou"
ROUNDED_FRONT = "öü"
# labels whose other mentions in the document tell a base form (organisation names share head words)
SEEN_LABELS = ("PERSON", "REGION", "COUNTRY")
QUOTES = "\"“”«»„‘’'`"
# a suffix written after an apostrophe or hyphen ("ABŞ-ın", "BMT-nin") is not in harmony with the letters
SUFFIX_JOINERS = "-'’"
ORDER = {"plural": 1, "poss": 2, "case": 3, "rel": 4, "cop": 5}


def last_vowel(text: str) -> str | None:
    for ch in reversed(az_lower(text)):
        if ch in VOWELS:
            return ch
    return None


@functools.cache
def harmonic(template: str, prev: str | None) -> str:
    """Concrete suffix for an archiphoneme template after a stem whose last vowel is `prev`."""
    out = []
    for ch in template:
        if ch == "A":
            ch = "a" if prev is None or prev in BACK else "ə"
        elif ch == "I":
            if prev is None or prev in "aı":
                ch = "ı"
            elif prev in ROUNDED_BACK:
                ch = "u"
            elif prev in ROUNDED_FRONT:
                ch = "ü"
            else:
                ch = "i"
        elif ch == "Y":
            ch = "ı" if prev is None or prev in BACK else "i"
        out.append(ch)
        if ch in VOWELS:
            prev = ch
    return "".join(out)


@functools.cache
def variants(template: str) -> frozenset[str]:
    """Every harmony variant of a template."""
    return frozenset(harmonic(template, v) for v in VOWELS)


@dataclass(frozen=True)
class Suffix:
    slot: str
    name: str
    template: str
    after: str


@functools.cache
def suffixes() -> tuple[Suffix, ...]:
    rows = read_tsv(DATA / "suffixes.tsv")
    return tuple(Suffix(r["slot"], r["name"], r["form"], r["after"]) for r in rows)


@functools.cache
def alternations() -> tuple[tuple[str, str], ...]:
    return tuple((r["surface_end"], r["base_end"]) for r in read_tsv(DATA / "alternations.tsv"))


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated table with a header line; lines starting with # are comments."""
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass(frozen=True)
class Analysis:
    """stem + morphemes (left to right); `joined` when the suffixes follow a hyphen/apostrophe."""
    stem: str
    morphs: tuple[Suffix, ...]
    joined: bool = False

    def has(self, slot: str) -> bool:
        return any(m.slot == slot for m in self.morphs)


@functools.lru_cache(maxsize=100_000)
def analyses(word: str) -> tuple[Analysis, ...]:
    """All segmentations of `word` into stem + suffix chain allowed by the suffix table (cached:
    the gazetteer asks for every capitalised word)."""
    out: list[Analysis] = [Analysis(word, ())]
    cut = max(word.rfind(j) for j in SUFFIX_JOINERS)
    if 0 < cut < len(word) - 1:
        stem, tail = word[:cut], word[cut + 1:]
        for chain in _strip(az_lower(tail), (), 99, None, check_harmony=False):
            if chain[0] == "" and chain[1]:
                out.append(Analysis(stem, chain[1], joined=True))
    low = az_lower(word)
    for rest, morphs in _strip(low, (), 99, None, check_harmony=True):
        if morphs and _stem_ok(rest):
            out.append(Analysis(word[:len(rest)], morphs))
    return tuple(out)


def _stem_ok(stem: str) -> bool:
    return len(stem) >= 2 and any(c in VOWELS for c in stem) and stem[-1] not in SUFFIX_JOINERS + " ."


def _strip(low: str, morphs: tuple[Suffix, ...], below: int, need: str | None, check_harmony: bool):
    """Yield (remaining lower-case stem, morphemes) peeling suffixes off the right of `low`."""
    if need is None:
        yield low, morphs
    for suf in suffixes():
        order = ORDER[suf.slot]
        if order >= below:
            continue
        if need == "poss" and suf.slot != "poss":
            continue
        if need not in (None, "poss") and suf.name != need:
            continue
        for form in variants(suf.template):
            if not low.endswith(form) or len(form) >= len(low) + (0 if check_harmony else 1):
                continue
            rest = low[: len(low) - len(form)]
            if check_harmony and not _fits(rest, form, suf.after):
                continue
            if not check_harmony and suf.after in "CV" and rest:
                if (rest[-1] in VOWELS) != (suf.after == "V"):
                    continue
            nxt = "poss" if suf.after == "P" else (suf.after if suf.slot == "rel" else None)
            yield from _strip(rest, (suf,) + morphs, order, nxt, check_harmony)


def _fits(rest: str, form: str, after: str) -> bool:
    if not rest:
        return False
    if after == "C" and rest[-1] in VOWELS:
        return False
    if after == "V" and rest[-1] not in VOWELS:
        return False
    prev = last_vowel(rest)
    return prev is not None and harmonic(_template_of(form), prev) == form


def _template_of(form: str) -> str:
    return "".join("A" if c in "aə" else "I" if c in "ıiuü" else c for c in form)


def restore(stem: str, morphs: tuple[Suffix, ...]) -> list[str]:
    """Base candidates for a stem: with the softened final consonant restored before a vowel suffix."""
    out = [stem]
    first = harmonic(morphs[0].template, last_vowel(stem)) if morphs else ""
    if first and first[0] in VOWELS:
        low = az_lower(stem)
        for surface, base in alternations():
            if low.endswith(surface):
                out.insert(0, stem[: len(stem) - len(surface)] + _recase(base, stem[-len(surface):]))
    return out


def _recase(new: str, old: str) -> str:
    return az_upper(new) if old.isupper() and len(old) > 1 else new


@functools.lru_cache(maxsize=50_000)
def base_forms(word: str) -> frozenset[str]:
    """Every lower-case form `word` can be the inflection of: the word itself, each grammatical stem,
    and the stem with its possessive kept (what a compound's last word looks like: "Respublikası")."""
    out = {az_lower(word)}
    for ana in analyses(word):
        if not ana.morphs:
            continue
        out.update(az_lower(s) for s in restore(ana.stem, ana.morphs))
        if ana.has("poss") and not ana.joined:
            poss = next(m for m in ana.morphs if m.slot == "poss")
            out.add(az_lower(ana.stem + _poss_form(ana.stem, poss)))
    return frozenset(out)


def is_suffix(text: str) -> bool:
    """True for a bare suffix chain written after a hyphen or apostrophe ("ın", "nin", "dakı")."""
    return any(rest == "" and morphs for rest, morphs in _strip(az_lower(text), (), 99, None, False))


# -- lexicon -----------------------------------------------------------------------------------------

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


# -- norm ----------------------------------------------------------------------------------------------

def tidy(text: str) -> str:
    """NFC, one space between words, outer and unbalanced quotes removed, "rezident- x" → "rezident-x"."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(\w)- (\w)", r"\1-\2", text)
    while len(text) > 1 and text[0] in QUOTES and not _closes(text, 0):
        text = text[1:].lstrip()
    while len(text) > 1 and text[-1] in QUOTES and not _opens(text, len(text) - 1):
        text = text[:-1].rstrip()
    if len(text) > 2 and text[0] in "“\"«„" and text[-1] in "”\"»“" and not re.search(r"[“”\"«»„]", text[1:-1]):
        text = text[1:-1].strip()
    # a lone quote inside ("The European House – “Ambrosetti", "IDEA” İctimai Birliyi") is stray
    if text.count("“") + text.count("”") == 1:
        text = text.replace("“", "").replace("”", "")
    return text


def _closes(text: str, i: int) -> bool:
    """An opening quote at i is balanced by a later closing quote."""
    return any(c in "”\"»“" for c in text[i + 1:])


def _opens(text: str, i: int) -> bool:
    return any(c in "“\"«„" for c in text[:i]) and text[i] in "”\"»"


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


def seen_words(ents: list[Span]) -> dict[str, frozenset[str]]:
    """Label → last words (lower case) of the document's mentions with that label. A mention's own
    word never counts for itself: only stripped candidates look it up, and they differ from it."""
    words: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        if e.text.split():
            words[e.label_].add(az_lower(e.text.split()[-1]))
    return {label: frozenset(w) for label, w in words.items()}


def _allowed(ana: Analysis, text: str, label: str) -> bool:
    """Label constraints: a person's name takes no possessive, nor does a one-word place or
    organisation ("Şeçin", not "Şeç"+poss); "-ova" is a surname, not a dative, unless "oğlu" (son of)."""
    if ana.has("poss") and label == "PERSON":
        return False
    if label == "TITLE" and any(m.name == "accusative" for m in ana.morphs) and not ana.has("poss"):
        return False  # "naziri" next to a name is the possessive, never an accusative
    if label == "PERSON" and len(ana.morphs) == 1 and ana.morphs[0].template == "A":
        if harmonic("A", last_vowel(ana.stem)) == "a" and az_lower(ana.stem).endswith("ov"):
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
            stem += harmonic("lAr", last_vowel(stem))
        word = stem + ("" if ana.joined else _poss_form(stem, poss))
        return [f"{head} {word}" if head else word]
    return [f"{head} {stem}" if head else stem for stem in restore(ana.stem, ana.morphs)]


def _poss_form(stem: str, poss: Suffix) -> str:
    vowel_final = az_lower(stem)[-1] in VOWELS
    template = ("s" if vowel_final else "") + "I" if poss.name == "poss3" else poss.template
    return harmonic(template, last_vowel(stem))


def _keeps_possessive(head: str, label: str, lex: Lexicon) -> bool:
    """A possessive on the last word belongs to a compound when a noun heads it ("işlər naziri") or,
    across a postposition, a genitive does ("nazirinin siyasi məsələlər üzrə müavini")."""
    if not head or label == "PERSON":
        return False
    broken = False
    for word in reversed(head.split()):
        low = az_lower(word.strip(",“”\"«»"))
        cls = lex.modifiers.get(low) or _guess_class(low)
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
    if last in lex.words:
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


def head_of(text: str) -> str:
    head, sep, _ = text.rpartition(" ")
    return head + sep


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

@Language.factory("az_norm")
def create_az_norm(nlp: Language, name: str):
    def az_norm(doc: Doc) -> Doc:
        ents = [e for e in doc.ents if e.label_ in NAME_LABELS]
        seen = seen_words(ents)
        for span in ents:
            span._.norm = norm(span.text, span.label_, seen.get(span.label_, frozenset()))
        return doc
    return az_norm


# -- building the lexicon from training gold --------------------------------------------------------------

NAME_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")


def build_lexicon(train_path: Path, raw_path: Path | None = None) -> None:
    """Write lexicon.tsv (gold norms with counts), the learned part of modifiers.tsv and, from the raw
    news, name_words.tsv (how often each capitalised word occurs: single words, no text)."""
    import json
    if raw_path is not None:
        counts: Counter = Counter()
        with open(raw_path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                for m in NAME_TOKEN.finditer(text):
                    word = m.group().rstrip("-'’")
                    # a capital after a full stop says nothing: "Son" (last) is no name
                    if word[:1].isupper() and not _sentence_initial(text, m.start()):
                        counts[az_lower(word)] += 1
        with open(DATA / "name_words.tsv", "w", encoding="utf-8") as f:
            f.write("# Capitalised words of the raw news, not sentence-initial (single words), and their counts.\n")
            f.write("word\tcount\n")
            for word, c in sorted(counts.items()):
                if "\t" not in word:
                    f.write(f"{word}\t{c}\n")
    norms: Counter = Counter()
    mod_votes: dict[str, Counter] = defaultdict(Counter)
    with open(train_path, encoding="utf-8") as f:
        for line in f:
            for ent in json.loads(line)["entities"]:
                if ent.get("norm") and ent["label"] in NAME_LABELS:
                    n = tidy(ent["norm"])
                    norms[(ent["label"], n)] += 1
                    _vote(tidy(ent["text"]), n, mod_votes)
    with open(DATA / "lexicon.tsv", "w", encoding="utf-8") as f:
        f.write("# Base forms of names from the training gold `norm` fields (no sentences).\n")
        f.write("label\tnorm\tcount\n")
        for (label, n), c in sorted(norms.items()):
            f.write(f"{label}\t{n}\t{c}\n")
    seed = [r for r in read_tsv(DATA / "modifiers.tsv") if r["source"] == "seed"]
    seen = {az_lower(r["word"]) for r in seed}
    with open(DATA / "modifiers.tsv", "w", encoding="utf-8") as f:
        f.write("# Word before a possessive last word: mod (adjective: the possessive is an inflection),\n"
                "# noun (izafet: the possessive is part of the name), break (postposition: starts a new phrase).\n")
        f.write("word\tclass\tsource\n")
        for r in seed:
            f.write(f"{r['word']}\t{r['class']}\tseed\n")
        for word, votes in sorted(mod_votes.items()):
            if word not in seen:
                f.write(f"{word}\t{votes.most_common(1)[0][0]}\ttrain\n")


def _sentence_initial(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \t“\"«(")
    return not before or before[-1] in ".!?\n:"


def _vote(text: str, gold: str, votes: dict[str, Counter]) -> None:
    """Record whether the word before a possessive last word kept (noun) or lost (mod) it."""
    words, gwords = text.split(), gold.split()
    if len(words) < 2 or len(words) != len(gwords) or words[:-1] != gwords[:-1]:
        return
    last, glast = az_lower(words[-1]), az_lower(gwords[-1])
    kept = any(a.has("poss") and _same(a, glast, keep=True) for a in analyses(last))
    lost = any(a.has("poss") and _same(a, glast, keep=False) for a in analyses(last))
    if kept == lost:
        return
    votes[az_lower(words[-2])]["noun" if kept else "mod"] += 1


def _same(ana: Analysis, glast: str, keep: bool) -> bool:
    for stem in restore(ana.stem, ana.morphs):
        word = stem
        if keep:
            poss = next(m for m in ana.morphs if m.slot == "poss")
            word = stem + _poss_form(stem, poss)
        if az_lower(word) == glast:
            return True
    return False


if __name__ == "__main__":
    if len(sys.argv) in (3, 4) and sys.argv[1] == "build":
        build_lexicon(Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) == 4 else None)
    else:
        print(__doc__)
