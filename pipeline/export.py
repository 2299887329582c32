"""Export annotated JSONL (gold or pipeline output) to a Hugging Face dataset or a spaCy DocBin.

Hugging Face columns (one row per record; error records are skipped with a warning):
  id, text, date          strings (date may be null)
  tokens                  the project tokenizer's tokens, whitespace-only tokens left out
  token_offsets           [start, end) of each token in `text` (code points), to map tags back to text
  ner_tags                Sequence(ClassLabel(names=IOB_TAGS)): IOB2 over LABELS, order below
  entities                list of structs, one per span, keys ENTITY_FEATURES; absent attributes are null.
                          `value` is a string: DATE's ISO value, or PERCENT's number written as a decimal
  leaders                 list of structs {name, title, country, org, mentions: [[start, end], ...]}
  fields                  JSON object (string) with every other input field (source, outlet, ...)

The label order (fixed, as in ANNOTATION.md): PERSON TITLE COUNTRY REGION ORG MONEY PERCENT DATE;
tag i: 0 = O, 2k+1 = B-LABELS[k], 2k+2 = I-LABELS[k].
"""
from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

import pipeline  # noqa: F401  (registers the tokenizer and the extension attributes)
from pipeline.io import json_lines
from pipeline.labels import LABELS

IOB_TAGS = ("O",) + tuple(f"{p}-{label}" for label in LABELS for p in ("B", "I"))
NUMBER_KEYS = ("amount", "min", "max")
ENTITY_KEYS = ("start", "end", "label", "text", "norm", "id", "amount", "currency",
               "min", "max", "qualifier", "value")
RECORD_KEYS = ("id", "text", "date", "entities", "leaders")
FIELDS_KEY = "az_news.fields"  # Doc.user_data key for the record's other input fields

# ---------------------------------------------------------------------------------------------
# Reading records


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file; error records and unreadable lines are skipped with a warning."""
    for n, rec, problem in json_lines(path):
        if problem is not None:
            warnings.warn(f"{path}:{n}: not JSON, skipped ({problem})", stacklevel=2)
            continue
        if not isinstance(rec, dict) or "error" in rec or not isinstance(rec.get("text"), str):
            reason = rec.get("error") if isinstance(rec, dict) else "not an object"
            warnings.warn(f"{path}:{n}: error record skipped ({reason})", stacklevel=2)
            continue
        yield rec


def tokenizer_nlp() -> Language:
    """A blank pipeline with the project's tokenizer: the tokens the model is trained on."""
    nlp = spacy.blank("az", config={"nlp": {"tokenizer": {"@tokenizers": "az_news.tokenizer.v1"}}})
    nlp.max_length = 10**9  # tokenizing only: long articles cost no parser/NER memory here
    return nlp


# ---------------------------------------------------------------------------------------------
# Record → Doc


@dataclass
class AlignStats:
    """Spans whose offsets are not on token boundaries (expanded) or that could not be kept."""
    spans: int = 0
    expanded: int = 0
    dropped: int = 0
    examples: list[str] = field(default_factory=list)

    def note(self, kind: str, rec_id: Any, ent: dict) -> None:
        if len(self.examples) < 20:
            self.examples.append(f"{kind} {rec_id} {ent.get('label')} [{ent.get('start')}:{ent.get('end')}]")


def _to_decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    return Decimal(str(value))  # via str: 1.2 stays 1.2, not the binary float's expansion


def set_span_attrs(span: Span, ent: dict[str, Any]) -> None:
    """Copy a record entity's attributes onto the span (types as in DESIGN.md)."""
    if ent.get("norm") is not None:
        span._.norm = ent["norm"]
    for key in NUMBER_KEYS:
        if ent.get(key) is not None:
            setattr(span._, key, _to_decimal(ent[key]))
    for key in ("currency", "qualifier"):
        if ent.get(key) is not None:
            setattr(span._, key, ent[key])
    if ent.get("value") is not None:
        span._.value = _to_decimal(ent["value"]) if ent.get("label") == "PERCENT" else ent["value"]


def record_to_doc(nlp: Language, rec: dict[str, Any], stats: AlignStats | None = None) -> Doc:
    """Tokenize the record's text and set its entities, attributes, date, leaders and other fields."""
    stats = stats if stats is not None else AlignStats()
    doc = nlp.make_doc(rec["text"])
    spans: list[tuple[Span, dict]] = []
    taken: set[int] = set()
    for ent in sorted(rec.get("entities") or [], key=lambda e: (e["start"], e["end"])):
        stats.spans += 1
        kb = ent.get("id") if ent.get("label") == "COUNTRY" and ent.get("id") else ""
        span = doc.char_span(ent["start"], ent["end"], label=ent["label"], kb_id=kb)
        if span is None:
            span = doc.char_span(ent["start"], ent["end"], label=ent["label"], kb_id=kb,
                                 alignment_mode="expand")
            if span is not None:
                stats.expanded += 1
                stats.note("expanded", rec.get("id"), ent)
        tokens = set(range(span.start, span.end)) if span is not None else set()
        if span is None or not tokens or tokens & taken:
            # Only after expansion can two spans share a token; the later one is given up.
            stats.dropped += 1
            stats.note("dropped", rec.get("id"), ent)
            continue
        taken |= tokens
        spans.append((span, ent))
    doc.ents = [s for s, _ in spans]
    for span, ent in spans:
        set_span_attrs(span, ent)
    doc._.pub_date = rec.get("date")
    doc._.leaders = rec.get("leaders")
    doc.user_data[FIELDS_KEY] = {k: v for k, v in rec.items() if k not in ("text", "entities", "leaders")}
    return doc


def doc_to_record(doc: Doc) -> dict[str, Any]:
    """Inverse of `record_to_doc` (offsets are the token-aligned ones)."""
    from pipeline.record import to_record
    return to_record(doc, **doc.user_data.get(FIELDS_KEY, {}))


# ---------------------------------------------------------------------------------------------
# Hugging Face


def hf_features():
    from datasets import ClassLabel, Features, Sequence, Value
    entity = {"start": Value("int32"), "end": Value("int32")}
    entity.update({k: Value("float64") if k in NUMBER_KEYS else Value("string")
                   for k in ENTITY_KEYS[2:]})
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
    for key in ENTITY_KEYS[2:]:
        value = ent.get(key)
        if key in NUMBER_KEYS:
            row[key] = None if value is None else float(value)
        elif key == "value" and value is not None and not isinstance(value, str):
            row[key] = str(_to_decimal(value))
        else:
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


def iob_to_spans(offsets: list[list[int]], tags: list[str]) -> list[tuple[int, int, str]]:
    """Character spans (start, end, label) from IOB2 tags; a stray I- opens a span, as in seqeval."""
    out: list[tuple[int, int, str]] = []
    cur: list | None = None
    for (start, end), tag in zip(offsets, tags):
        prefix, _, label = tag.partition("-")
        if tag == "O" or prefix == "B" or cur is None or cur[2] != label:
            if cur is not None:
                out.append(tuple(cur))
            cur = [start, end, label] if tag != "O" else None
        else:
            cur[1] = end
    if cur is not None:
        out.append(tuple(cur))
    return out


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


def export(input_path: str | Path, fmt: str, output: str | Path) -> AlignStats:
    stats = AlignStats()
    nlp = tokenizer_nlp()
    records = read_records(input_path)
    if fmt == "hf":
        to_hf_dataset(records, nlp, stats).save_to_disk(str(output))
    elif fmt == "spacy":
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        to_docbin(records, nlp, stats).to_disk(output)
    else:
        raise ValueError(f"unknown format {fmt!r} (hf or spacy)")
    return stats


def main(args) -> int:
    """`python -m pipeline export INPUT --format {hf,spacy} -o OUTPUT`."""
    import sys
    try:
        stats = export(args.input, args.format, args.output)
    except (OSError, ValueError) as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 2
    print(f"export: {stats.spans} spans written to {args.output}; {stats.expanded} expanded to token "
          f"boundaries, {stats.dropped} dropped (overlap after expansion)", file=sys.stderr)
    return 0
