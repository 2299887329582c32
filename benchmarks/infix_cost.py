"""What each of the project's infix rules costs the tokenizer: the infix pattern's `finditer` over every
whitespace-separated chunk of the input, with all rules and with each project rule (those after spaCy's
own infixes, pipeline/lang/tokenizer.py) left out in turn; CPU seconds, medians of interleaved repeats.

    .venv/bin/python benchmarks/infix_cost.py [--input FILE] [--limit 600] [--repeats 15]

An upper bound of a rule's cost inside the tokenizer, which caches each distinct chunk and runs the infix
pattern only on what prefixes and suffixes leave; compare with the whole pipeline's CPU seconds over the
same articles (benchmarks/components.py) for its share.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_INPUT = ROOT.parent / "shared" / "news" / "raw.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=str(DEFAULT_INPUT), help="JSONL with a `text` field (default: raw news)")
    ap.add_argument("--limit", type=int, default=600, help="first N articles (default: 600)")
    ap.add_argument("--repeats", type=int, default=15, help="interleaved passes to take the median of")
    args = ap.parse_args()
    if not Path(args.input).exists():
        print(f"{args.input} is absent (publishers' texts live in ../shared): nothing to measure", file=sys.stderr)
        return 1
    from spacy.util import compile_infix_regex

    import pipeline
    from pipeline.lang.tokenizer import _affixes

    nlp = pipeline.blank()
    _, _, infixes = _affixes(nlp)
    own = infixes[len(nlp.Defaults.infixes or []):]
    with open(args.input, encoding="utf-8") as f:
        chunks = [c for line in f.readlines()[:args.limit] if line.strip() for c in json.loads(line)["text"].split()]
    patterns = {"all": compile_infix_regex(infixes).finditer}
    for k, rule in enumerate(own):
        patterns[rule] = compile_infix_regex(infixes[:len(infixes) - len(own) + k] + own[k + 1:]).finditer
    times: dict[str, list[float]] = {name: [] for name in patterns}
    for _ in range(args.repeats):
        for name, finditer in patterns.items():
            t = time.process_time()
            for chunk in chunks:
                for _ in finditer(chunk):
                    pass
            times[name].append(time.process_time() - t)
    full = statistics.median(times["all"])
    print(f"# {args.limit} articles, {len(chunks)} chunks, median of {args.repeats} passes, CPU seconds")
    print(f"all infixes: {full:.4f}")
    print(f"{'cost':>8}{'share':>8}  rule (its cost: all minus all but it)")
    for rule in own:
        cost = full - statistics.median(times[rule])
        print(f"{cost:>8.4f}{cost / full:>8.1%}  {rule[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
