"""Train a Stanza NER on one cross-validation fold to convergence (issue 11); run with the Stanza venv.

Input: the files of `benchmarks/stanza_data.py` (`DATA/vectors.txt`, `DATA/foldK/{train,dev}.json`).
Torch is held to one thread. No hub download: the vectors are the project's, converted here to
Stanza's `.pt` once; no character language model (none may come from the hub).

Convergence, Stanza's own early stopping on the inner dev set (training documents only): evaluate
every `--eval-interval` steps (100 steps of 32 sentences = about 0.6 epoch); the learning rate halves
after `--patience` evaluations without a gain (ReduceLROnPlateau); training stops after
`--no-improve` steps without a new best (default 1,000 = 10 evaluations, ~6 epochs; the rate has
  halved twice by then), or at
`--max-steps` (a safety cap, reported if hit), or when `--until HH:MM` (UTC wall clock) passes: the
step in progress ends and training stops there, so a run ends on time whatever happens. The best
checkpoint on the inner dev is kept (it is saved only at evaluations, never cut by the cap).

The shipped `--ner stanza` model (train.jsonl only; data from `stanza_data.py --ship`):

    OMP_NUM_THREADS=1 /tmp/stanza-venv/bin/python benchmarks/stanza_train.py /tmp/stanza-work/ship \
        ship /tmp/stanza-work/ship-model --until 08:50 > /tmp/stanza-work/ship.train.log 2>&1
    cp /tmp/stanza-work/ship-model/ship.pt models/stanza/az_news_ner.pt
    cp /tmp/stanza-work/ship/az_vectors.pt models/stanza/az_vectors.pt

    nice -n 10 /tmp/stanza-venv/bin/python benchmarks/stanza_train.py /tmp/stanza-work/data fold0 \
        /tmp/stanza-work/models > /tmp/stanza-work/fold0.train.log 2>&1
"""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stanza_args import fold_parser  # noqa: E402


def pretrain_file(data: Path) -> Path:
    """The project's vectors as Stanza's `.pt` (converted from word2vec text on first use)."""
    from stanza.models.common.pretrain import Pretrain

    pt = data / "az_vectors.pt"
    if not pt.exists():
        Pretrain(str(pt), str(data / "vectors.txt")).load()
    return pt


class WallClockCap(Exception):
    """Raised between two training steps once the `--until` time has passed."""


def cap_steps(until: dt.datetime) -> None:
    """Make every training step past `until` stop the run (Stanza's loop has no time limit)."""
    from stanza.models.ner.trainer import Trainer

    update = Trainer.update

    def capped(self, *a, **kw):
        if dt.datetime.now(dt.timezone.utc) >= until:
            raise WallClockCap
        return update(self, *a, **kw)

    Trainer.update = capped


def utc_today_at(hhmm: str) -> dt.datetime:
    """Today's (UTC) time HH:MM as an aware datetime."""
    h, m = map(int, hhmm.split(":"))
    return dt.datetime.now(dt.timezone.utc).replace(hour=h, minute=m, second=0, microsecond=0)


def main() -> None:
    ap = fold_parser(__doc__)
    ap.add_argument("models", type=Path, help="where the trained model goes (FOLD.pt)")
    ap.add_argument("--eval-interval", type=int, default=100)
    ap.add_argument("--no-improve", type=int, default=1000)
    ap.add_argument("--patience", type=int, default=3)
    ap.add_argument("--max-steps", type=int, default=20000)
    ap.add_argument("--until", type=utc_today_at, default=None, help="UTC HH:MM: stop training then")
    args = ap.parse_args()
    if args.until:
        cap_steps(args.until)
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    from stanza.models import ner_tagger

    fold = args.data / args.fold
    args.models.mkdir(parents=True, exist_ok=True)
    t0, c0 = time.time(), time.process_time()
    argv = [
        "--mode", "train", "--cpu", "--shorthand", "az_news",
        "--train_file", str(fold / "train.json"), "--eval_file", str(fold / "dev.json"),
        "--wordvec_pretrain_file", str(pretrain_file(args.data)), "--no_lowercase",
        "--save_dir", str(args.models), "--save_name", f"{args.fold}.pt",
        "--eval_interval", str(args.eval_interval), "--max_steps_no_improve", str(args.no_improve),
        "--patience", str(args.patience), "--max_steps", str(args.max_steps), "--log_step", "100",
    ]
    try:
        ner_tagger.main(argv)
    except WallClockCap:
        print(f"{args.fold}: stopped by the wall-clock cap ({args.until:%H:%M} UTC); "
              "the best checkpoint so far is kept", file=sys.stderr)
    print(f"{args.fold}: wall {time.time() - t0:.0f} s, CPU {time.process_time() - c0:.0f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
