"""benchmarks/leaders_spotcheck.py: a reader's TITLE/PERSON lines become gold pairs, scored as dev's."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("leaders_spotcheck", ROOT / "benchmarks" / "leaders_spotcheck.py")
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)

TEXT = "Gürcüstanın Baş naziri İrakli Kobaxidze Bakıya gəlib. Səfir Con Smit də oradaydı."


def line(doc: str, title: str, person: str, text: str = TEXT) -> str:
    t, p = text.index(title), text.index(person)
    return f"{doc}\t{t}\t{t + len(title)}\t{title}\t{p}\t{p + len(person)}\t{person}\tnote"


def test_read_titles_checks_offsets(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text(line("a", "Baş naziri", "İrakli Kobaxidze") + "\n", encoding="utf-8")
    ents = S.read_titles(path, {"a": TEXT})["a"]
    assert [(e["label"], e["text"]) for e in ents] == [("TITLE", "Baş naziri"), ("PERSON", "İrakli Kobaxidze")]
    path.write_text("a\t0\t5\tBaş n\t23\t39\tİrakli Kobaxidze\n", encoding="utf-8")
    with pytest.raises(ValueError, match="do not hold"):
        S.read_titles(path, {"a": TEXT})
    path.write_text(line("zz", "Baş naziri", "İrakli Kobaxidze") + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not in the sample"):
        S.read_titles(path, {"a": TEXT})


def test_score_pairs_against_leaders(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text(line("a", "Baş naziri", "İrakli Kobaxidze") + "\n" + line("a", "Səfir", "Con Smit") + "\n",
                    encoding="utf-8")
    gold = S.read_titles(path, {"a": TEXT})
    pred = {"a": {"id": "a", "leaders": [{"name": "İrakli Kobaxidze", "title": "Baş nazir"},
                                         {"name": "Kobaxidze", "title": "Prezident"}]}}
    res = S.score({"a": TEXT}, gold, pred)
    assert (res["tp"], res["pred"], res["gold"]) == (1, 2, 2)
    assert res["missed"] == [("a", ("smit", "səfir"))]
    assert res["extra"] == [("a", ("kobaxidze", "prezident"))]
