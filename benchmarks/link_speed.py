"""Time of `link` (pipeline.Linker) against `annotate` on the same news, per article, and how the linker's
state grows with the articles.

    .venv/bin/python benchmarks/link_speed.py --annotated OUT.jsonl [--sample 300] [--repeats 3]

OUT.jsonl is `python -m pipeline annotate` run on ../shared/news/raw.jsonl + egov.jsonl (2,733 articles);
without --annotated the script annotates them itself first. Annotating is timed on the first --sample
articles (nlp.pipe, after a warm-up), linking on all of them with a fresh Linker; each --repeats times,
interleaved, medians reported, CPU time of this process (steady on a shared machine) and wall time.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = [ROOT.parent / "shared" / "news" / "raw.jsonl", ROOT.parent / "shared" / "news" / "egov.jsonl"]


def read(paths: list[Path]) -> list[dict]:
    from pipeline.io import read_jsonl
    return [rec for path in paths for rec in read_jsonl(path)]


def annotate(nlp, recs: list[dict]) -> list[dict]:
    import pipeline
    docs = nlp.pipe((r["text"] for r in recs), batch_size=64)
    return [pipeline.to_record(doc, **r) for doc, r in zip(docs, recs)]


def timed(fn) -> tuple[float, float, object]:
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--annotated", type=Path, help="annotate's output on the news (default: annotate here)")
    ap.add_argument("--sample", type=int, default=300, help="articles annotated per timing (default: 300)")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    if not all(p.exists() for p in NEWS):
        print(f"error: {NEWS[0].parent} is absent", file=sys.stderr)
        return 2
    import pipeline
    from pipeline.identity import Linker
    raw = read(NEWS)
    nlp = pipeline.load()
    if args.annotated:
        annotated = read([args.annotated])
    else:
        cpu, wall, annotated = timed(lambda: annotate(nlp, raw))
        print(f"annotated {len(raw)} articles once: {cpu:.1f} s CPU, {wall:.1f} s wall")
    sample = raw[:args.sample]
    annotate(nlp, raw[-50:])  # warm-up on other articles
    ann_cpu, ann_wall, link_cpu, link_wall = [], [], [], []
    for _ in range(args.repeats):
        cpu, wall, _ = timed(lambda: annotate(nlp, sample))
        ann_cpu.append(cpu / len(sample))
        ann_wall.append(wall / len(sample))
        linker = Linker()
        cpu, wall, _ = timed(lambda: [linker.link(r) for r in annotated])
        link_cpu.append(cpu / len(annotated))
        link_wall.append(wall / len(annotated))
    a_cpu, a_wall = statistics.median(ann_cpu), statistics.median(ann_wall)
    l_cpu, l_wall = statistics.median(link_cpu), statistics.median(link_wall)
    print(f"articles: {len(annotated)} linked, {len(sample)} annotated per timing; medians of {args.repeats}")
    print(f"{'':<10}{'ms/article CPU':>16}{'ms/article wall':>17}")
    print(f"{'annotate':<10}{a_cpu * 1000:>16.2f}{a_wall * 1000:>17.2f}")
    print(f"{'link':<10}{l_cpu * 1000:>16.2f}{l_wall * 1000:>17.2f}")
    print(f"link ÷ annotate: {l_cpu / a_cpu:.3f} (CPU), {l_wall / a_wall:.3f} (wall)")
    print(f"linking all {len(annotated)}: {l_cpu * len(annotated):.1f} s CPU; annotating them at that rate: "
          f"{a_cpu * len(annotated):.1f} s CPU")
    # state growth: identities and co-occurrence pairs against articles read
    linker, marks = Linker(), {len(annotated) * k // 4 for k in (1, 2, 3, 4)}
    print(f"\n{'articles':>9}{'identities':>12}{'pairs':>9}{'variants':>10}")
    for n, rec in enumerate(annotated, 1):
        linker.link(rec)
        if n in marks:
            ids = linker.identities()
            print(f"{n:>9}{len(ids):>12}{sum(len(i.cooccurs) for i in ids) // 2:>9}"
                  f"{sum(len(i.variants) for i in ids):>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
