"""`agreement A.jsonl B.jsonl`: how far two annotators of the same documents agree.

Strict and overlap F1 between them (symmetric: with A as reference or B, F1 is the same; P and R
swap), per label and micro; Cohen's kappa on tokens (`pipeline/scoring/kappa.py`); the label
confusion (rows A, columns B) and the disagreements, by kind, all written with `--errors`
as {"id", "kind", "a", "b"} (kinds `only_a`, `only_b`, `wrong_label`, `wrong_span`,
`wrong_label_span`, `wrong_value`). Refuses (exit 2) what `evaluate` refuses, and documents only one
of the two annotated unless `--shared-only`.
"""
from __future__ import annotations

import json
import sys
from typing import Any, Iterable

from pipeline.scoring import errors
from pipeline.scoring.counts import score, wanted_labels
from pipeline.scoring.inputs import InputRefused, Loaded, check_texts, load
from pipeline.scoring.kappa import kappas, token_labels

NAMES = {"gold": "a", "pred": "b", "missed": "only_a", "spurious": "only_b"}


def shared_documents(a: Loaded, b: Loaded, shared_only: bool = False) -> list[tuple[Any, dict, dict]]:
    """(id, A's record, B's record) in A's order; refuses documents only one side has unless `shared_only`."""
    check_texts(a, b)
    only_a = [i for i in a.records if i not in b.records]
    only_b = [i for i in b.records if i not in a.records]
    if (only_a or only_b) and not shared_only:
        first = f"id {only_a[0]!r} (A line {a.lines[only_a[0]]})" if only_a else \
            f"id {only_b[0]!r} (B line {b.lines[only_b[0]]})"
        raise InputRefused(f"{len(only_a)} documents are only in A {a.path} and {len(only_b)} only in B {b.path} "
                           f"(first: {first}); pass --shared-only to compare the documents both annotated")
    triples = [(i, r, b.records[i]) for i, r in a.records.items() if i in b.records]
    if not triples:
        raise InputRefused(f"A {a.path} and B {b.path} share no document id")
    return triples


def agreement(triples: list[tuple[Any, dict, dict]], labels: Iterable[str] | None = None) -> dict:
    """The report as a dict: F1 tables, kappa, confusion, disagreement counts (and `alignments` per document)."""
    from pipeline.export import tokenizer_nlp

    wanted = wanted_labels(labels)
    scores = score([(x, y) for _, x, y in triples], labels)
    tokenizer = tokenizer_nlp().tokenizer
    tok_a: list[str] = []
    tok_b: list[str] = []
    for doc_id, x, y in triples:
        text = x.get("text") if isinstance(x.get("text"), str) else y.get("text")
        if not isinstance(text, str):
            raise InputRefused(f"id {doc_id!r}: neither A nor B has a `text`; tokens cannot be compared")
        offsets = [(t.idx, t.idx + len(t.text)) for t in tokenizer(text)]
        tok_a += token_labels(text, x.get("entities") or [], offsets, wanted)
        tok_b += token_labels(text, y.get("entities") or [], offsets, wanted)
    alignments = [errors.align(x, y, wanted) for _, x, y in triples]
    flat = [al for doc in alignments for al in doc]
    kinds = {NAMES.get(k, k): n for k, n in errors.kind_counts(flat).items()}
    return {"documents": len(triples), "strict": scores["strict"], "overlap": scores["overlap"],
            "kappa": kappas(tok_a, tok_b), "disagreements": kinds,
            "confusion": errors.confusion(flat, NAMES["missed"], NAMES["spurious"]), "alignments": alignments}


def _f(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def format_report(result: dict, a: str, b: str) -> str:
    lines = [f"{result['documents']} documents annotated by both A = {a} and B = {b}", "",
             f"{'label':<15}{'strict F1':>10}{'overlap F1':>11}{'A spans':>9}{'B spans':>9}{'same':>7}"]
    for key, s in result["strict"].items():
        if key.startswith("micro_") and not lines[-1].startswith(("-", "micro_")):
            lines.append("-" * len(lines[2]))
        lines.append(f"{key:<15}{s['f1']:>10.3f}{result['overlap'][key]['f1']:>11.3f}{s['gold']:>9}{s['pred']:>9}"
                     f"{s['tp']:>7}")
    k = result["kappa"]
    lines += ["", f"Cohen's kappa on tokens: {_f(k['kappa'])} on all {k['tokens']} tokens, "
              f"{_f(k['kappa_labelled'])} on the {k['labelled_tokens']} tokens A or B labelled", "",
              "disagreements: " + ", ".join(f"{kind} {n}" for kind, n in result["disagreements"].items()), "",
              "label confusion (strict pairing; rows A, columns B):",
              errors.format_confusion(result["confusion"], [x for x in result["strict"] if not x.startswith("micro_")],
                                      "A", "B", NAMES["missed"], NAMES["spurious"])]
    return "\n".join(lines)


def main(args) -> int:
    """`python -m pipeline agreement A.jsonl B.jsonl [--json] [--labels …] [--errors FILE] [--shared-only]`."""
    try:
        a, b = load(args.a, "A"), load(args.b, "B")
        for side in (a, b):
            if side.failed:
                raise InputRefused(f"{side.role} {side.path} line {side.failed[0].get('line')}: an error record, "
                                   "not an annotated document")
        triples = shared_documents(a, b, args.shared_only)
        result = agreement(triples, args.labels)
    except InputRefused as exc:
        print(f"agreement: {exc}", file=sys.stderr)
        return 2
    alignments = result.pop("alignments")
    if args.errors:
        try:
            n = errors.write_errors(args.errors, ((i, al) for (i, _, _), al in zip(triples, alignments)), NAMES)
        except OSError as exc:
            print(f"agreement: cannot write {args.errors}: {exc}", file=sys.stderr)
            return 2
        print(f"agreement: {n} disagreements written to {args.errors}", file=sys.stderr)
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else format_report(result, args.a, args.b))
    return 0
