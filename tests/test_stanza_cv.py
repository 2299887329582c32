"""benchmarks/stanza_cv.py: the fold table of Stanza against the spaCy ner (figures written by hand)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from stanza_cv import LABELS, summary  # noqa: E402


def scores(f: float) -> dict:
    return {mode: {lab: {"f": f} for lab in LABELS} for mode in ("model_only", "pipeline")}


def test_means_and_paired_differences_over_common_folds_only():
    spacy = {"fold0": scores(0.80), "fold1": scores(0.90), "fold2": scores(0.5)}
    stanza = {"fold0": scores(0.85), "fold1": scores(0.91)}
    text = summary(spacy, stanza)
    assert text.startswith("folds: fold0, fold1")
    row = next(line for line in text.splitlines() if line.startswith("| whole pipeline, spaCy ner |"))
    assert row.count("0.850 ± 0.071") == len(LABELS)
    diff = next(line for line in text.splitlines() if line.startswith("| ner alone, Stanza − spaCy |"))
    assert diff.count("+0.030 ± 0.028") == len(LABELS)
    assert "fold1: pipeline micro spaCy 0.9000, Stanza 0.9100" in text
