"""Build the lexicon of pipeline/names/az_norm.py from the training gold (and the raw news):

    python -m pipeline.names.build_lexicon ../shared/corpus/train.jsonl [../shared/news/raw.jsonl]

writes data/morphology/lexicon.tsv, the learned part of modifiers.tsv and name_words.tsv.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.labels import NAME_LABELS
from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import Analysis, analyses, possessive_form, restore, written_words
from pipeline.lang.punctuation import tidy
from pipeline.names.az_norm import DATA
from pipeline.tables import read_tsv


def build_lexicon(train_path: Path, raw_path: Path | None = None, out: Path = DATA) -> None:
    """Write lexicon.tsv (gold norms with counts), the learned part of modifiers.tsv and, from the raw
    news, name_words.tsv (how often each capitalised word occurs: single words, no text)."""
    if raw_path is not None:
        counts: Counter = Counter()
        with open(raw_path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                for start, _, word in written_words(text):
                    # a capital after a full stop says nothing: "Son" (last) is no name
                    if word[:1].isupper() and not _sentence_initial(text, start):
                        counts[az_lower(word)] += 1
        with open(out / "name_words.tsv", "w", encoding="utf-8") as f:
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
    with open(out / "lexicon.tsv", "w", encoding="utf-8") as f:
        f.write("# Base forms of names from the training gold `norm` fields (no sentences).\n")
        f.write("label\tnorm\tcount\n")
        for (label, n), c in sorted(norms.items()):
            f.write(f"{label}\t{n}\t{c}\n")
    seed = [r for r in read_tsv(out / "modifiers.tsv") if r["source"] == "seed"]
    seen = {az_lower(r["word"]) for r in seed}
    with open(out / "modifiers.tsv", "w", encoding="utf-8") as f:
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
            word = stem + possessive_form(stem, poss)
        if az_lower(word) == glast:
            return True
    return False


if __name__ == "__main__":
    if len(sys.argv) in (2, 3):
        build_lexicon(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) == 3 else None)
    else:
        print(__doc__)
