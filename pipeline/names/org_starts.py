"""A common word that opens a sentence is no word of the ORG after it (issue 11, class 9, org5): "[Kurslar
Məlumat Hesablama Mərkəzinin]", "[Seminarı Regional ... İctimai Birliyinin]", "[Tezliklə Dövlət Gömrük
Komitəsi]", "[Konfransın Beynəlxalq Telekommunikasiya İttifaqının]" lose their first word. Its capital is the
sentence's; the word belongs to the name only when the news writes it opening a name in mid-sentence too
("Elektron Hökumətin ...", "Milli Məclis", "Dövlət ..."). So the first word of an ORG of three words or more
at a sentence start is cut off when
- it is a common word (`common_words.is_common`) in a case, plural or possessive form of a stem written in lower
  case mid-sentence at least MIN_SEEN times (a bare stem may be a modifier of the name: "Dağ Mədən ..."), and no
  title word, place or acronym;
- the news never writes that form capitalised before another capitalised word mid-sentence: the table
  `data/common_words/openers.tsv` lists every form that opens such a run at least once (no text, forms and
  counts), built by `python -m pipeline.names.org_starts build FILE...` (raw.jsonl and egov_open3.jsonl);
- the next word is no noun it owns, the compound of a name ("Həmkarlar İttifaqları", "Əmanətlərin
  Sığortalanması Fondu", "Atom Enerjisi": a possessive, a body's head or an adjective of that shape too),
  and is a capitalised name word.
"""
from __future__ import annotations

import functools
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.punctuation import QUOTE_STARTS
from pipeline.lang.texts import token_texts
from pipeline.lang.morphology import analyses, base_forms, written_words
from pipeline.names.common_words import (MIN_SEEN, is_common, news_texts, sentence_initial, starts_sentence,
                                         table)
from pipeline.names.concepts import known_place
from pipeline.names.spans import all_caps, name_word
from pipeline.names.words import is_title_word
from pipeline.tables import DATA_DIR, read_tsv

TABLE = "common_words/openers.tsv"
MIN_WORDS = 3  # the first word and a name of two words or more after it


@functools.cache
def openers() -> frozenset[str]:
    """Lower-cased word forms the news writes opening a run of capitalised words mid-sentence."""
    return frozenset(row["word"] for row in read_tsv(TABLE))


def _inflected(word: str) -> bool:
    """A case, plural or possessive form of a stem the news writes in lower case mid-sentence MIN_SEEN times or
    more ("Seminarı", "Tezliklə", "Kurslar"). A bare stem may be a name's modifier at a sentence start ("Dağ
    Mədən ..."), and a stem seen twice a name's ("Barama"): neither is cut."""
    return any(a.morphs and table().get(a.stem, (0, 0))[0] >= MIN_SEEN for a in analyses(az_lower(word)))


def _possessed(word: str) -> bool:
    """A noun in the 3rd-person possessive, a body's head too ("İttifaqları", "Sığortalanması"): the word
    before it owns it, one compound of the name."""
    return any(a.morphs and a.morphs[-1].name == "poss3" for a in analyses(word))


def _cut(doc: Doc, texts: list[str], e: Span) -> bool:
    """e's first word is the sentence's common word, no word of its name (the cheap tests first)."""
    first, second = texts[e.start], texts[e.start + 1]
    if e.start > 0 and (texts[e.start - 1][:1].isalnum() or texts[e.start - 1][-1:] in QUOTE_STARTS):
        return False  # mid-sentence, or a quoted name's first word
    if not name_word(first) or all_caps(first) or not name_word(second) or az_lower(first) in openers():
        return False
    return (is_common(first) and _inflected(first) and not _possessed(second) and not is_title_word(first)
            and not known_place(first) and starts_sentence(doc, e.start))


def org_starts(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with the sentence's common word cut off each ORG it opens; None when nothing changes."""
    texts = token_texts(doc)
    out: list[Span] = []
    changed = False
    for e in ents:
        if e.label_ == "ORG" and len(e) >= MIN_WORDS and _cut(doc, texts, e):
            out.append(Span(doc, e.start + 1, e.end, label="ORG"))
            changed = True
        else:
            out.append(e)
    return out if changed else None


def count_openers(texts) -> Counter:
    """Lower-cased form → how often it opens a run of capitalised words mid-sentence (an acronym or a word
    right after another capitalised word opens none)."""
    found: Counter = Counter()
    for text in texts:
        words = list(written_words(text))
        for k in range(len(words) - 1):
            start, end, word = words[k]
            if not word[:1].isupper() or all_caps(word.split("-")[0]) or sentence_initial(text, start):
                continue
            nxt = words[k + 1]
            if text[end:nxt[0]] != " " or not nxt[2][:1].isupper():
                continue
            before = words[k - 1] if k > 0 else None
            if before and text[before[1]:start] == " " and before[2][:1].isupper() \
                    and not sentence_initial(text, before[0]):
                continue  # inside a run, not opening it (a sentence's first word opens none)
            found[az_lower(word)] += 1
    return found


def build(paths: list[Path], out: Path = DATA_DIR / TABLE) -> int:
    """Write the table from JSONL files with a `text` field; returns the number of forms written."""
    found = count_openers(news_texts(paths))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Word forms the news writes opening a run of capitalised words mid-sentence (single words and\n"
                "# counts, no text). Made by `python -m pipeline.names.org_starts build FILE...`.\n")
        f.write("word\topens\n")
        for word, n in sorted(found.items()):
            f.write(f"{word}\t{n}\n")
    return len(found)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] != "build":
        sys.exit("usage: python -m pipeline.names.org_starts build FILE.jsonl...")
    print(build([Path(p) for p in sys.argv[2:]]), "forms written", file=sys.stderr)
