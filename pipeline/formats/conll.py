"""CoNLL-2003 style columns, IOB2 tags, out and back in.

Out (`export --format conll -o FILE`): per record a line `-DOCSTART- -X- ID O` (the record's id in
the third column, which CoNLL readers skip with the rest of the line) and a blank line, then one
line per token, `TOKEN _ _ TAG` (word, POS, chunk, NER, as in CoNLL-2003; this pipeline has no POS
or chunk tags), a blank line after each sentence. Tokens are the project tokenizer's (whitespace
left out), sentences those of `az_sentences`, tags IOB2 over the eight labels. A span whose edge
falls inside a token covers the whole token (counted: the format's only loss).

In (`import FILE --format conll`): one record per `-DOCSTART-` block, `id` from that line (else
`conll-N`), `text` = the tokens joined by single spaces; a stray `I-` opens a span, as in seqeval.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

from pipeline.formats.common import BadDocument, entities
from pipeline.formats.parsers import LABELS, AlignStats, iob_to_spans, record_to_doc, sentence_nlp
from pipeline.io import Item

DOCSTART = "-DOCSTART-"
NO_ID = "-X-"
TAGS = frozenset(["O"] + [f"{p}-{label}" for label in LABELS for p in ("B", "I")])
SPACE = re.compile(r"\s")


def doc_lines(nlp, rec: dict[str, Any], stats: AlignStats) -> list[str]:
    doc = nlp.get_pipe("az_sentences")(record_to_doc(nlp, rec, stats))
    rec_id = SPACE.sub("_", str(rec["id"])) if rec.get("id") not in (None, "") else NO_ID
    lines = [f"{DOCSTART} -X- {rec_id} O", ""]
    for sent in doc.sents:
        rows = [f"{SPACE.sub('_', t.text)} _ _ {t.ent_iob_ + '-' + t.ent_type_ if t.ent_type_ else 'O'}"
                for t in sent if not t.is_space]
        if rows:
            lines += rows + [""]
    return lines


def export(records: Iterable[dict[str, Any]], output: str | Path, stats: AlignStats) -> int:
    """Write the CoNLL file; the number of spans written (`stats` counts the expanded ones)."""
    nlp = sentence_nlp()
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write("\n".join(doc_lines(nlp, rec, stats)) + "\n")
    return stats.spans - stats.dropped


# ---------------------------------------------------------------------------------------------- import

def _record(rec_id: str, rows: list[tuple[int, str, str]], name: str) -> dict[str, Any]:
    """The record of one document's (file line, token, tag) rows (raises BadDocument)."""
    offsets, tags, pos = [], [], 0
    for n, token, tag in rows:
        if tag not in TAGS:
            raise BadDocument(f"{name}:{n}: tag {tag!r} is not O or B-/I- with one of {' '.join(LABELS)}")
        offsets.append([pos, pos + len(token)])
        tags.append(tag)
        pos += len(token) + 1
    text = " ".join(token for _, token, _ in rows)
    return {"id": rec_id, "text": text, "entities": entities(text, iob_to_spans(offsets, tags), f"{name}: ")}


def _blocks(lines: list[str]) -> Iterator[tuple[str | None, list[tuple[int, str, str]], str | None]]:
    """(id from -DOCSTART-, rows, first malformed line) per document; sentence breaks only separate."""
    rec_id: str | None = None
    rows: list[tuple[int, str, str]] = []
    bad: str | None = None
    started = False
    for n, line in enumerate(lines, 1):
        cols = line.split()
        if cols and cols[0] == DOCSTART:
            if started:
                yield rec_id, rows, bad
            rec_id = cols[2] if len(cols) > 2 and cols[2] != NO_ID else None
            rows, bad, started = [], None, True
        elif cols:
            started = True
            if len(cols) < 2 and bad is None:
                bad = f"{n}: a token and its tag expected, found {line.strip()!r}"
            elif len(cols) >= 2:
                rows.append((n, cols[0], cols[-1]))
    if started:
        yield rec_id, rows, bad


def read(path: str | Path, notes: Counter | None = None) -> Iterator[Item]:
    """Items of a CoNLL file, one per document."""
    file = Path(path)
    if not file.is_file():
        raise ValueError(f"{path}: no such file")
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    for n, (rec_id, rows, bad) in enumerate(_blocks(lines), 1):
        rec_id = rec_id or f"conll-{n}"
        try:
            if bad:
                raise BadDocument(f"{file.name}:{bad}")
            yield Item(n, _record(rec_id, rows, file.name))
        except BadDocument as exc:
            yield Item(n, {"id": rec_id}, str(exc))
