"""The spaCy model package: what is built, that it installs and loads, and entry-point registration."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from pipeline import package

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = "0.1.0"


@pytest.mark.parametrize("name, expected", [
    ("az_news_pipeline", ("news_pipeline", "az_news_pipeline")),
    ("news_pipeline", ("news_pipeline", "az_news_pipeline")),
    ("azerbaijani", ("azerbaijani", "az_azerbaijani")),
])
def test_package_names(name, expected):
    assert package.package_names(name) == expected


def reqs(lines: list[str]) -> set[tuple[str, str]]:
    return {(r.name, str(r.specifier)) for r in map(Requirement, lines)}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pkg")
    t0 = time.perf_counter()
    assert package.main(argparse.Namespace(output=str(out), name="az_news_pipeline", version=VERSION)) == 0
    print(f"package build: {time.perf_counter() - t0:.1f} s")
    return out / f"az_news_pipeline-{VERSION}"


def test_meta(built):
    meta = json.loads((built / "meta.json").read_text(encoding="utf-8"))
    assert (meta["lang"], meta["name"], meta["version"]) == ("az", "news_pipeline", VERSION)
    # the package carries the code, so it needs the code's own requirements and not itself
    assert reqs(meta["requirements"]) == reqs(PYPROJECT["project"]["dependencies"])
    assert not any(r.startswith(("az-news-pipeline", "az_news_pipeline")) for r in meta["requirements"])
    for name in ("az_sentences", "az_money", "az_gazetteer", "az_norm", "az_link"):
        assert name in meta["pipeline"]


def test_entry_points(built):
    eps = json.loads((built / "build.json").read_text(encoding="utf-8"))["entry_points"]
    declared = PYPROJECT["project"]["entry-points"]
    for group in ("spacy_factories", "spacy_tokenizers"):
        assert sorted(eps[group]) == sorted(f"{k} = {v}" for k, v in declared[group].items())
    assert eps["spacy_models"] == ["az_news_pipeline = az_news_pipeline"]


def test_sdist_contents(built):
    sdist = built / "dist" / f"az_news_pipeline-{VERSION}.tar.gz"
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    prefix = f"az_news_pipeline/az_news_pipeline-{VERSION}/"
    expected = {"setup.py", "meta.json", "build.json", "pipeline/__init__.py", "pipeline/quantities/money.py",
                "pipeline/lang/tokenizer.py", "az_news_pipeline/__init__.py", prefix + "config.cfg",
                prefix + "meta.json"}
    assert expected <= names, expected - names
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "pipeline" / "data").rglob("*") if p.is_file()}
    assert data <= names, data - names
    assert not any("__pycache__" in n for n in names)


def run_isolated(code: str, cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess:
    """A fresh interpreter outside the repository, so `pipeline` is not importable from the cwd."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


LOAD = """
import sys, spacy
nlp = spacy.load("az_news_pipeline")
assert sys.modules["pipeline"].__file__.startswith(%r), sys.modules["pipeline"].__file__
doc = nlp("Bakıda 5 faiz artım.")
other = spacy.blank("en")
other.add_pipe("az_money")
print(nlp.meta["name"], nlp.pipe_names, [(e.text, e.label_) for e in doc.ents], other.pipe_names)
"""


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    """Real install of the sdist into a target folder (about 5 s; build isolation fetches setuptools
    from the configured index)."""
    target = tmp_path_factory.mktemp("install") / "site"
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                           str(built / "dist" / f"az_news_pipeline-{VERSION}.tar.gz")],
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 and "No matching distribution found for setuptools" in proc.stderr:
        pytest.skip("pip cannot fetch setuptools for the isolated build (no package index reachable)")
    assert proc.returncode == 0, proc.stderr[-3000:]
    print(f"pip install {time.perf_counter() - t0:.1f} s")
    return target


def test_pip_install_and_spacy_load(installed, tmp_path):
    target = installed
    t0 = time.perf_counter()
    proc = run_isolated(LOAD % str(target), tmp_path, target)
    assert proc.returncode == 0, proc.stderr[-3000:]
    print(f"load in a fresh process {time.perf_counter() - t0:.1f} s:", proc.stdout.strip())
    assert proc.stdout.startswith("news_pipeline ")
    assert "['az_sentences', 'az_money', " in proc.stdout  # the loaded pipeline's components
    assert proc.stdout.rstrip().endswith("['az_money']")


PIPELINE_LOAD = """
import pipeline
nlp = pipeline.load()
assert str(pipeline.model_path()).startswith(%r), pipeline.model_path()
print(nlp.pipe_names)
"""


def test_installed_package_runs_the_trained_ner(installed, tmp_path):
    """pipeline.load() and `annotate` (default model and --model az_news_pipeline) in an environment
    where the package is installed, not the repository: the trained ner runs, not rules only."""
    target = installed
    proc = run_isolated(PIPELINE_LOAD % str(target), tmp_path, target)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "'ner'" in proc.stdout
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "AZ_NEWS_MODEL")}
    env["PYTHONPATH"] = str(target)
    line = json.dumps({"id": "a", "text": "Prezident İlham Əliyev Bakıda çıxış edib."}, ensure_ascii=False)
    for extra in ([], ["--model", "az_news_pipeline"]):
        proc = subprocess.run([sys.executable, "-m", "pipeline", "annotate", "-", "-o", "-", *extra], input=line,
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert "rules only" not in proc.stderr
        labels = {e["label"] for e in json.loads(proc.stdout)["entities"]}
        assert "PERSON" in labels, proc.stdout  # PERSON comes only from the trained ner


def test_components_register_through_entry_points(tmp_path):
    """In the project's venv (editable install) without `import pipeline`."""
    code = ("import sys, spacy\n"
            "assert 'pipeline' not in sys.modules\n"
            "nlp = spacy.blank('en')\n"
            "nlp.add_pipe('az_money')\n"
            "nlp.add_pipe('az_sentences')\n"
            "az = spacy.blank('az', config={'nlp': {'tokenizer': {'@tokenizers': 'az_news.tokenizer.v1'}}})\n"
            "print(nlp.pipe_names, 'pipeline' in sys.modules, len(az('Bakı, 2025.')))\n")
    proc = run_isolated(code, tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.startswith("['az_money', 'az_sentences'] True ")
