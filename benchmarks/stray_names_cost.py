"""Issue 11 egov6: what the az_corrections switch `stray_names` (or another, `--rule`: egov7, egov9, egov10, org3, leaders5, org4;
`titles` times its `whole_titles` step) costs, in CPU seconds, inside the whole pipeline of one fresh process
(cold caches, as over unseen news): the rule is timed around each call, the pipeline as a whole. Run it a few
times and take the median; the machine is shared.

    python benchmarks/stray_names_cost.py [--input FILE.jsonl] [--limit 300] [--rule kind_acronyms]
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline.names.corrections as corrections  # noqa: E402

RULES = {"stray_names": "stray_name_fixes", "site_labels": "site_label_names", "kind_acronyms": "kind_acronym_fixes",
         "org_edges": "org_edge_fixes", "companies": "company_forms", "bank_names": "bank_org_names",  # egov8
         "event_names": "event_name_fixes", "compass_places": "compass_place_names",
         "common_words": "sentence_start_words", "streets": "street_names",  # egov10
         "facilities": "facility_names", "opened_bodies": "opened_body_names",  # org3
         "given_titles": "given_title_names", "titles": "whole_titles",  # leaders5
         "org_openings": "org_opening_names", "org_repeats": "repeated_org_names"}  # org4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", default=str(ROOT.parent / "shared" / "news" / "raw.jsonl"),
                        help="JSONL with a `text` field (default: ../shared/news/raw.jsonl)")
    parser.add_argument("--limit", type=int, default=300, help="first N articles (default: 300)")
    parser.add_argument("--rule", choices=sorted(RULES), default="stray_names",
                        help="the az_corrections switch timed (default: stray_names)")
    args = parser.parse_args()
    spent = [0.0]
    rule = getattr(corrections, RULES[args.rule])

    def timed(doc, ents):
        start = time.process_time()
        out = rule(doc, ents)
        spent[0] += time.process_time() - start
        return out

    # az_corrections builds its steps from the module's names when the pipeline is loaded: patch before load
    setattr(corrections, RULES[args.rule], timed)
    import pipeline
    nlp = pipeline.load()
    with open(args.input, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in itertools.islice(f, args.limit)]
    start = time.process_time()
    for _ in nlp.pipe(texts):
        pass
    total = time.process_time() - start
    print(f"{len(texts)} articles: pipeline {total:.3f} CPU-s, {args.rule} {spent[0]:.4f} CPU-s "
          f"({spent[0] / total:.2%})")


if __name__ == "__main__":
    main()
