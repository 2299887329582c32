"""benchmarks/cv_vectors.py: which unannotated texts the cross-validation vectors may learn from."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("cv_vectors", ROOT / "benchmarks" / "cv_vectors.py")
V = importlib.util.module_from_spec(spec)
spec.loader.exec_module(V)

# Texts written for these tests. GOLD and NEAR share a 10-word sequence; OTHER shares only 9 words.
RUN = "bir iki üç dörd beş altı yeddi səkkiz doqquz on"
GOLD = f"Əvvəlcə {RUN} sonra başqa sözlər gəlir."
NEAR = f"Tamam fərqli başlanğıc {RUN} və fərqli son."
OTHER = "Sonra bir iki üç dörd beş altı yeddi səkkiz doqquz və bitdi."


def write(path: Path, texts: list) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": f"x{i}", "text": t, "entities": []}, ensure_ascii=False) + "\n")
    return path


def test_unseen_texts_leave_out_near_copies_of_gold_and_count_per_source(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [GOLD])
    a = write(tmp_path / "a.jsonl", [NEAR, OTHER, "", None])
    b = write(tmp_path / "b.jsonl", [OTHER, "Yeni mətn burada."])
    texts, counts = V.unseen_texts([a, b], [gold])
    assert texts == sorted({OTHER, "Yeni mətn burada."})
    assert counts == {"a.jsonl": (2, 1), "b.jsonl": (2, 2)}
