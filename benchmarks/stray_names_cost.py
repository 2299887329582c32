"""Issue 11 egov6: what the az_corrections switch `stray_names` (or another, `--rule`: egov7, egov9, egov10, org3, leaders5, egov11,
egov12, org4, region7, leaders8, region8, leaders9, org9, region9, glue9, org11; `titles` times its `whole_titles` step) costs,
in CPU seconds, inside the whole pipeline of one fresh process
(cold caches, as over unseen news): the rule is timed around each call, the pipeline as a whole. Run it a few
times and take the median; the machine is shared.

    python benchmarks/stray_names_cost.py [--input FILE.jsonl] [--limit 300] [--rule kind_acronyms [facilities ...]]
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
         "common_forms": "common_form_fixes", "concepts": "concept_names",  # egov11
         "platform_posts": "platform_post_fixes", "card_products": "card_product_fixes",  # egov12
         "products": "product_names", "span_edges": "span_edge_fixes",
         "org_openings": "org_opening_names", "org_repeats": "repeated_org_names",  # org4
         "english_words": "english_word_fixes", "region_bodies": "region_body_names",  # region7
         "org_starts": "org_start_fixes",  # org5
         "name_tails": "cut_name_tails", "title_edges": "title_edge_fixes",  # leaders8
         "person_regions": "person_region_names",  # region8
         "body_runs": "long_body_names",  # egov13
         "name_particles": "particle_names", "person_splits": "split_persons",
         "lone_title_words": "lone_title_words",  # leaders9 (the last a step of `titles`)
         "unit_names": "unit_name_fixes", "attached_bodies": "attached_body_names",  # org9
         "org_splits": "split_orgs",
         "official_names": "body_names",  # region9
         "glued_tails": "glued_tail_names",  # glue9
         "bilateral_bodies": "bilateral_body_names"}  # org11


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", default=str(ROOT.parent / "shared" / "news" / "raw.jsonl"),
                        help="JSONL with a `text` field (default: ../shared/news/raw.jsonl)")
    parser.add_argument("--limit", type=int, default=300, help="first N articles (default: 300)")
    parser.add_argument("--rule", choices=sorted(RULES), default=["stray_names"], nargs="+",
                        help="the az_corrections switches timed, each on its own (default: stray_names)")
    args = parser.parse_args()
    spent = dict.fromkeys(args.rule, 0.0)

    def timed(name, rule):
        def run(doc, ents):
            start = time.process_time()
            out = rule(doc, ents)
            spent[name] += time.process_time() - start
            return out
        return run

    # az_corrections builds its steps from the module's names when the pipeline is loaded: patch before load
    for name in args.rule:
        setattr(corrections, RULES[name], timed(name, getattr(corrections, RULES[name])))
    import pipeline
    nlp = pipeline.load()
    with open(args.input, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in itertools.islice(f, args.limit)]
    start = time.process_time()
    for _ in nlp.pipe(texts):
        pass
    total = time.process_time() - start
    for name, seconds in spent.items():
        print(f"{len(texts)} articles: pipeline {total:.3f} CPU-s, {name} {seconds:.4f} CPU-s ({seconds / total:.2%})")


if __name__ == "__main__":
    main()
