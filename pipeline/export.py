"""Export annotated JSONL (gold or pipeline output) to a Hugging Face dataset or a spaCy DocBin.

Hugging Face columns (one row per record; error records are skipped with a warning):
  id, text, date          strings (date may be null)
  tokens                  the project tokenizer's tokens, whitespace-only tokens left out
  token_offsets           [start, end) of each token in `text` (code points), to map tags back to text
  ner_tags                Sequence(ClassLabel(names=IOB_TAGS)): IOB2 over LABELS, order below
  entities                list of structs, one per span, keys HF_ENTITY_KEYS; absent attributes are null.
                          Numbers are float64 (MONEY amount/min/max, PERCENT value/min/max); DATE's ISO
                          value is the string `date_value`, since one column cannot hold both types
  leaders                 list of structs {name, title, country, org, mentions: [[start, end], ...]}
  fields                  JSON object (string) with every other input field (source, outlet, ...)

The label order (fixed, as in ANNOTATION.md): PERSON TITLE COUNTRY REGION ORG MONEY PERCENT DATE;
tag i: 0 = O, 2k+1 = B-LABELS[k], 2k+2 = I-LABELS[k].
"""
from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, DocBin

# Records as Docs live in pipeline/formats/docs.py (the annotation-tool formats share them); they
# stay importable from here.
from pipeline.formats.docs import (FIELDS_KEY, IOB_TAGS, LABELS, NUMBER_KEYS, AlignStats,  # noqa: F401
                                   doc_to_record, iob_to_spans, record_to_doc, to_decimal, tokenizer_nlp)
from pipeline.io import json_lines

ENTITY_KEYS = ("start", "end", "label", "text", "norm", "id", "amount", "currency",
               "min", "max", "qualifier", "value")
HF_NUMBER_KEYS = NUMBER_KEYS + ("value",)  # `value` holds numbers only in the dataset: PERCENT's
HF_ENTITY_KEYS = ENTITY_KEYS + ("date_value",)  # ... and DATE's ISO string goes to `date_value`
RECORD_KEYS = ("id", "text", "date", "entities", "leaders")

# ---------------------------------------------------------------------------------------------
# Reading records


def read_records(path: str | Path, skipped: dict[str, list[int]] | None = None) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file; error records and unreadable lines are skipped: their line numbers are
    collected in `skipped` by reason (the commands print one counted line), else warned about."""
    def skip(n: int, reason: str, detail: str) -> None:
        if skipped is None:
            warnings.warn(f"{path}:{n}: {reason} skipped ({detail})", stacklevel=3)
        else:
            skipped.setdefault(reason, []).append(n)

    for n, rec, problem in json_lines(path):
        if problem is not None:
            skip(n, "not JSON,", problem)
            continue
        if not isinstance(rec, dict) or "error" in rec or not isinstance(rec.get("text"), str):
            skip(n, "error record", rec.get("error") if isinstance(rec, dict) else "not an object")
            continue
        yield rec


def skipped_line(command: str, skipped: dict[str, list[int]]) -> str | None:
    """"export: skipped 2 error records (lines 3, 7)" (None when nothing was skipped)."""
    if not skipped:
        return None
    parts = []
    for reason, lines in skipped.items():
        what = "line that is not JSON" if reason.startswith("not JSON") else reason
        shown = ", ".join(map(str, lines[:10])) + (", …" if len(lines) > 10 else "")
        parts.append(f"{len(lines)} {what}{'s' if len(lines) != 1 else ''} (line{'s' if len(lines) != 1 else ''} {shown})")
    return f"{command}: skipped " + " and ".join(parts)


# ---------------------------------------------------------------------------------------------
# Hugging Face


def hf_features():
    from datasets import ClassLabel, Features, Sequence, Value
    entity = {"start": Value("int32"), "end": Value("int32")}
    entity.update({k: Value("float64") if k in HF_NUMBER_KEYS else Value("string")
                   for k in HF_ENTITY_KEYS[2:]})
    leader = {"name": Value("string"), "title": Value("string"), "country": Value("string"),
              "org": Value("string"), "mentions": Sequence(Sequence(Value("int32")))}
    return Features({
        "id": Value("string"), "text": Value("string"), "date": Value("string"),
        "tokens": Sequence(Value("string")),
        "token_offsets": Sequence(Sequence(Value("int32"))),
        "ner_tags": Sequence(ClassLabel(names=list(IOB_TAGS))),
        "entities": [entity],
        "leaders": [leader],
        "fields": Value("string"),
    })


def _entity_row(ent: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"start": ent["start"], "end": ent["end"]}
    for key in HF_ENTITY_KEYS[2:]:
        value = ent.get(key)
        if key == "value" and isinstance(value, str):  # a DATE's value
            row["date_value"], value = value, None
        if key in HF_NUMBER_KEYS:
            row[key] = None if value is None or isinstance(value, bool) else float(value)
        elif key != "date_value" or "date_value" not in row:
            row[key] = value
    return row


def _leader_row(leader: dict[str, Any]) -> dict[str, Any]:
    return {"name": leader.get("name"), "title": leader.get("title"),
            "country": leader.get("country"), "org": leader.get("org"),
            "mentions": [list(m) for m in leader.get("mentions") or []]}


def hf_row(doc: Doc, rec: dict[str, Any]) -> dict[str, Any]:
    """One dataset row: tags from the Doc (token-aligned), span list from the record as written."""
    tokens, offsets, tags = [], [], []
    for tok in doc:
        if tok.is_space:
            continue
        tokens.append(tok.text)
        offsets.append([tok.idx, tok.idx + len(tok.text)])
        tags.append(IOB_TAGS.index(f"{tok.ent_iob_}-{tok.ent_type_}") if tok.ent_iob_ in ("B", "I") else 0)
    fields = {k: v for k, v in rec.items() if k not in RECORD_KEYS}
    return {
        "id": None if rec.get("id") is None else str(rec["id"]),
        "text": rec["text"], "date": rec.get("date"),
        "tokens": tokens, "token_offsets": offsets, "ner_tags": tags,
        "entities": [_entity_row(e) for e in sorted(rec.get("entities") or [], key=lambda e: e["start"])],
        "leaders": [_leader_row(x) for x in rec.get("leaders") or []],
        "fields": json.dumps(fields, ensure_ascii=False),
    }


def to_hf_dataset(records: Iterable[dict[str, Any]], nlp: Language | None = None,
                  stats: AlignStats | None = None):
    """A `datasets.Dataset` of the records (in memory; news corpora of this size fit easily)."""
    from datasets import Dataset, DatasetInfo
    nlp = nlp or tokenizer_nlp()
    stats = stats if stats is not None else AlignStats()
    rows = [hf_row(record_to_doc(nlp, rec, stats), rec) for rec in records]
    features = hf_features()
    info = DatasetInfo(description=__doc__, features=features)
    return Dataset.from_list(rows, features=features, info=info)


# ---------------------------------------------------------------------------------------------
# spaCy DocBin


def to_docbin(records: Iterable[dict[str, Any]], nlp: Language | None = None,
              stats: AlignStats | None = None) -> DocBin:
    nlp = nlp or tokenizer_nlp()
    db = DocBin(store_user_data=True)
    for rec in records:
        db.add(record_to_doc(nlp, rec, stats))
    return db


def read_docbin(path: str | Path, nlp: Language | None = None) -> list[Doc]:
    """Docs of a .spacy file with ents, kb ids and extension attributes restored."""
    nlp = nlp or tokenizer_nlp()
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


# ---------------------------------------------------------------------------------------------
# CLI


def export(input_path: str | Path, fmt: str, output: str | Path,
           skipped: dict[str, list[int]] | None = None) -> AlignStats:
    stats = AlignStats()
    records = read_records(input_path, skipped)
    if fmt == "hf":
        to_hf_dataset(records, tokenizer_nlp(), stats).save_to_disk(str(output))
    elif fmt == "spacy":
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        to_docbin(records, tokenizer_nlp(), stats).to_disk(output)
    elif fmt == "conll":
        from pipeline.formats import conll
        conll.export(records, output, stats)
    elif fmt in ("labelstudio", "brat"):  # character offsets: spans are written as they are
        from pipeline.formats import brat, labelstudio
        stats.spans = (labelstudio if fmt == "labelstudio" else brat).export(records, output)
    else:
        raise ValueError(f"unknown format {fmt!r} (hf, spacy, labelstudio, brat or conll)")
    return stats


def main(args) -> int:
    """`python -m pipeline export INPUT --format {hf,spacy,labelstudio,brat,conll} -o OUTPUT`."""
    import sys
    skipped: dict[str, list[int]] = {}
    try:
        stats = export(args.input, args.format, args.output, skipped)
    except (OSError, ValueError) as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 2
    if line := skipped_line("export", skipped):
        print(line, file=sys.stderr)
    aligned = "" if args.format in ("labelstudio", "brat") else (
        f"; {stats.expanded} expanded to token boundaries, {stats.dropped} dropped (overlap after expansion)")
    print(f"export: {stats.spans - stats.dropped} spans written to {args.output}{aligned}", file=sys.stderr)
    return 0
