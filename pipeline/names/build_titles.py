"""Build the title tables of pipeline/names/title_lexicon.py (data/titles/heads.tsv, modifiers.tsv) and the title
words of pipeline/names/words.py (data/titles/titles.tsv) from the training gold:

    python -m pipeline.names.build_titles ../shared/corpus/train.jsonl

heads.tsv counts the word before a gold PERSON under its `head_lemma`, which knows the hand-written
known_heads.tsv as well as the gold's title words: after a head is added there, build again (a head added
in 92abe46, "leytenant", was a row of a fresh build only until 3f82e71 rebuilt the file;
tests/names/test_title_phrases.py checks that the shipped tables are a fresh build).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Span

from pipeline.lang.casing import az_lower
from pipeline.names.countries import is_country_name
from pipeline.names.title_lexicon import DATA, head_lemma, head_words, office_genitive
from pipeline.names.words import TITLES, title_words

MINISTRY = re.compile(r"^Nazirliy", re.I)


def _portfolio(span: Span) -> list[str]:
    """The words of a ministry's name after its country ("Türkiyə Milli Müdafiə Nazirliyi" → milli, müdafiə)."""
    words = [t for t in span[:-1] if t.is_alpha]
    while words and (is_country_name(words[0].text) or az_lower(words[0].text).startswith(("respublika", "federasiya"))
                     or words[0].text.isupper()):
        words = words[1:]
    return [az_lower(t.text) for t in words] + (["və"] if len(words) > 1 else [])


def build_norms(train: Path, out: Path = DATA) -> None:
    """Write titles.tsv, the norms of the gold TITLE spans of `train` with counts (their last words are the
    title words of `pipeline.names.words`, which `head_lemma` and so `build` read)."""
    from pipeline.io import read_jsonl
    norms = Counter(e.get("norm") or rec["text"][e["start"]:e["end"]] for rec in read_jsonl(train)
                    for e in rec.get("entities", [])
                    if e["label"] == "TITLE")
    with open(out / TITLES.name, "w", encoding="utf-8") as f:
        f.write("# Title base forms (the `norm` of TITLE spans in the training gold), with counts.\n")
        f.write("norm\tcount\n")
        for norm, n in sorted(norms.items()):
            f.write(f"{norm}\t{n}\n")


def build(train: Path, out: Path = DATA) -> None:
    """Write heads.tsv and modifiers.tsv from the gold TITLE, PERSON and ministry ORG spans of `train`
    (with the title words of the titles.tsv that `pipeline.names.words.TITLES` names)."""
    import pipeline
    from pipeline.io import read_jsonl
    nlp = pipeline.blank()
    seen: Counter = Counter()
    as_title: Counter = Counter()
    alone: Counter = Counter()
    words: Counter = Counter()
    portfolio: Counter = Counter()
    outside: Counter = Counter()
    offices: dict[str, Counter] = {"in": Counter(), "out": Counter()}
    for rec in read_jsonl(train):
        doc = nlp.make_doc(rec["text"])
        spans = [(e["label"], span) for e in rec.get("entities", [])
                 if (span := doc.char_span(e["start"], e["end"], alignment_mode="expand")) is not None]
        covered = {i for _, span in spans for i in range(span.start, span.end)}
        org_ends = {span.end - 1 for label, span in spans if label == "ORG"}
        titles = [span for label, span in spans if label == "TITLE"]
        for label, span in spans:
            if label == "ORG" and MINISTRY.search(span[-1].text):
                portfolio.update(_portfolio(span))
            elif label == "TITLE":
                if " " not in span.text:
                    alone[head_lemma(span[-1].text)] += 1
                words.update(az_lower(t.text) for t in span[:-1])
                if span.start > 0 and (span.start - 1 not in covered or span.start - 1 in org_ends):
                    # "keçmiş [prezident]"; a unit the gold makes an ORG: "[Kommunikasiyalar şöbəsinin] [müdiri]"
                    outside[az_lower(doc[span.start - 1].text)] += 1
                _count_office(doc, span, covered, offices)
            elif label == "PERSON" and span.start > 0:
                lemma = head_lemma(doc[span.start - 1].text)
                if lemma:
                    seen[lemma] += 1
                    as_title[lemma] += any(t.start <= span.start - 1 < t.end for t in titles)
    with open(out / "heads.tsv", "w", encoding="utf-8") as f:
        f.write("# Title heads (head_lemma of a gold TITLE's last word: a known head as written, else its shortest base\n"
                "# form; \"nümayəndə\", not \"nümayən\" + locative): how often the word right before a gold\n"
                "# PERSON is a form of it (seen), lies inside a gold TITLE (title), and gold TITLEs of that one word\n"
                "# (alone). Built by build_titles.\n")
        f.write("# office_in / office_out: gold TITLEs of that head with an office's genitive title head inside\n"
                "# (\"[Prezidentin köməkçisi]\") / right before, outside (\"Prezidentinin [xüsusi nümayəndəsi]\").\n")
        f.write("head\tseen\ttitle\talone\toffice_in\toffice_out\n")
        rows = set(seen) | set(offices["in"]) | set(offices["out"])
        for lemma in sorted(rows, key=lambda h: (-seen[h], h)):
            f.write(f"{lemma}\t{seen[lemma]}\t{as_title[lemma]}\t{alone[lemma]}\t{offices['in'][lemma]}\t"
                    f"{offices['out'][lemma]}\n")
    with open(out / "modifiers.tsv", "w", encoding="utf-8") as f:
        f.write("# Words of gold TITLE spans other than the last (source title) and portfolio words of gold ministry\n"
                "# names (source ministry), lower-cased, with counts, and how often the word stands right before a\n"
                "# gold TITLE outside it (outside: \"keçmiş [prezident]\"). Built by build_titles.\n")
        f.write("word\tcount\toutside\tsource\n")
        for source, table in (("title", words), ("ministry", {w: n for w, n in portfolio.items() if w not in words})):
            for word, n in sorted(table.items(), key=lambda x: (-x[1], x[0])):
                f.write(f"{word}\t{n}\t{outside[word]}\t{source}\n")

def _count_office(doc, span: Span, covered: set[int], offices: dict[str, Counter]) -> None:
    """Count the gold TITLE `span` under its head's lemma when an office's genitive title head is among its
    words ("in": "[Baş nazirinin müavini]") or right before it, outside any entity ("out": "Prezidentinin
    [xüsusi nümayəndəsi]")."""
    head = head_lemma(span[-1].text)
    if head is None:
        return
    if any(office_genitive(t.text) for t in span[:-1]):
        offices["in"][head] += 1
    elif span.start > 0 and span.start - 1 not in covered and office_genitive(doc[span.start - 1].text):
        offices["out"][head] += 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m pipeline.names.build_titles TRAIN.jsonl")
    build_norms(Path(sys.argv[1]))
    title_words.cache_clear()
    head_words.cache_clear()  # built from the title words just rewritten
    build(Path(sys.argv[1]))
