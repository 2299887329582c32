"""Tag a fold's test sentences with a trained Stanza NER and time it (issue 11); run with the Stanza venv.

The model runs inside a `stanza.Pipeline` (`tokenize_pretokenized`, the project's tokens and
sentences from `benchmarks/stanza_data.py`) built with `download_method=None` and a stub
`resources.json` in a scratch folder: nothing comes from the hub. Torch is held to one thread.
Writes the predicted BIOES tags per sentence to OUT (JSON) and prints the tagging time of each pass
over all the test sentences in CPU seconds (`time.process_time`) and words per CPU-second, after a
warm-up pass; the median of `--repeats` passes is the figure.

    nice -n 15 /tmp/stanza-venv/bin/python benchmarks/stanza_predict.py /tmp/stanza-work/data fold0 \
        /tmp/stanza-work/models/fold0.pt /tmp/stanza-work/fold0.stanza.json
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stanza_args import fold_parser  # noqa: E402


def load(model: Path, pretrain: Path):
    """A Stanza pipeline of `model` alone, offline."""
    import stanza

    scratch = Path(tempfile.mkdtemp(prefix="stanza-res-"))
    (scratch / "resources.json").write_text(json.dumps({"az": {"lang_name": "Azerbaijani"}}))
    return stanza.Pipeline(lang="az", dir=str(scratch), processors="tokenize,ner",
                           tokenize_pretokenized=True, ner_model_path=str(model),
                           ner_pretrain_path=str(pretrain), download_method=None,
                           use_gpu=False, logging_level="WARN")


def main() -> None:
    ap = fold_parser(__doc__)
    ap.add_argument("model", type=Path, help="trained model (.pt) from stanza_train.py")
    ap.add_argument("output", type=Path, help="predicted tags (JSON)")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes (default: 3)")
    args = ap.parse_args()
    torch.set_num_threads(1)
    sents = json.loads((args.data / args.fold / "test.json").read_text(encoding="utf-8"))
    words = [[t["text"] for t in s] for s in sents]
    n_words = sum(map(len, words))
    t0 = time.time()
    nlp = load(args.model, args.data / "az_vectors.pt")
    print(f"load {time.time() - t0:.2f} s")
    doc = nlp(words)  # warm-up, and the predictions kept
    tags = [[t.ner for t in s.tokens] for s in doc.sentences]
    assert [len(t) for t in tags] == [len(w) for w in words], "sentence split changed"
    args.output.write_text(json.dumps(tags), encoding="utf-8")
    cpu = []
    for _ in range(args.repeats):
        c0, w0 = time.process_time(), time.time()
        nlp(words)
        cpu.append(time.process_time() - c0)
        print(f"pass: {cpu[-1]:.2f} CPU s, {time.time() - w0:.2f} wall s")
    med = statistics.median(cpu)
    print(f"stanza ner, 1 thread: {n_words} words, median {med:.2f} CPU s, {n_words / med:,.0f} words/CPU-s")


if __name__ == "__main__":
    main()
