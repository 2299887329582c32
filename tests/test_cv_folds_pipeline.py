"""benchmarks/cv_folds_pipeline.py: a fold whose ner has not finished training is reported, not scored."""
from __future__ import annotations

import sys

import pytest

from benchmarks import cv_folds_pipeline


def test_a_fold_without_a_trained_ner_is_not_ready(tmp_path, monkeypatch, capsys, shared):
    (tmp_path / "fold0.work").mkdir()  # training started, no trained.json yet
    monkeypatch.setattr(sys, "argv", ["cv_folds_pipeline.py", "--cv", str(tmp_path), "fold0", "fold9"])
    cv_folds_pipeline.main()
    out = capsys.readouterr().out.splitlines()
    assert out == ["fold0 not ready", "fold9 not ready"]


def test_the_cv_folder_is_required(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["cv_folds_pipeline.py", "fold0"])
    with pytest.raises(SystemExit):
        cv_folds_pipeline.main()
