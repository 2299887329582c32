"""Stand in for the annotator of the worked example (README "Check the pipeline on your own news in
an hour"): turn the Label Studio tasks that `export --format labelstudio` wrote into the JSON export
Label Studio gives after an annotator corrected every task to the gold spans of GOLD (same ids).

    .venv/bin/python benchmarks/labelstudio_as_gold.py out/tasks.json ../shared/corpus/dev.jsonl \
        -o out/project-export.json

Then `import out/project-export.json --format labelstudio --fill-values -o out/gold.jsonl` and
`evaluate out/gold.jsonl ...` measure --fill-values (against GOLD) and the pipeline (on the sample)
without a Label Studio server. Values are not copied: the import has to recompute them.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.formats.labelstudio import region  # noqa: E402
from pipeline.io import read_jsonl  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tasks", help="tasks JSON written by `export --format labelstudio`")
    ap.add_argument("gold", help="gold JSONL with the same ids")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    gold = {rec["id"]: rec for rec in read_jsonl(args.gold)}
    tasks = json.loads(Path(args.tasks).read_text(encoding="utf-8"))
    out = []
    for n, task in enumerate(tasks, 1):
        ents = sorted(gold[task["data"]["id"]]["entities"], key=lambda e: e["start"])
        result = [region(i, e) for i, e in enumerate(ents, 1)]
        out.append({"id": n, "data": task["data"], "predictions": task["predictions"],
                    "annotations": [{"id": n, "completed_by": 1, "was_cancelled": False,
                                     "created_at": "2026-12-07T10:00:00Z", "updated_at": "2026-12-07T10:00:00Z",
                                     "result": result}]})
    Path(args.output).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    print(f"{len(out)} tasks, {sum(len(t['annotations'][0]['result']) for t in out)} gold regions "
          f"written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
