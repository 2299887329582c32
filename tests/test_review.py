"""`evaluate --html`: the review page, gold beside prediction, disagreements marked; read back as
HTML and as headless Chromium renders it (like tests/test_render.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import cli
from tests.test_render import DomReader, png_size, read_dom, run_chromium

# Sentences written for this test; the second holds markup that must stay text.
TEXT_1 = "Nazir Vəli Həsənov Şəkidə 3 milyon dollarlıq zavodu açdı."
TEXT_2 = "<script>alert(1)</script> Quba & Qusar."
GOLD = [
    {"id": "r1", "text": TEXT_1, "entities": [
        {"start": 0, "end": 5, "label": "TITLE", "text": "Nazir", "norm": "Nazir"},
        {"start": 6, "end": 18, "label": "PERSON", "text": "Vəli Həsənov", "norm": "Vəli Həsənov"},
        {"start": 19, "end": 25, "label": "REGION", "text": "Şəkidə", "norm": "Şəki"},
        {"start": 26, "end": 44, "label": "MONEY", "text": "3 milyon dollarlıq", "amount": 3000000, "currency": "USD"}]},
    {"id": "r2 <b>", "text": TEXT_2, "entities": [
        {"start": 26, "end": 30, "label": "REGION", "text": "Quba", "norm": "Quba"},
        {"start": 33, "end": 38, "label": "REGION", "text": "Qusar", "norm": "Qusar"}]},
]
PRED = [
    {"id": "r1", "text": TEXT_1, "entities": [
        {"start": 0, "end": 5, "label": "TITLE", "text": "Nazir", "norm": "Nazir"},
        {"start": 6, "end": 18, "label": "PERSON", "text": "Vəli Həsənov", "norm": "Vəli Həsənov"},
        {"start": 19, "end": 25, "label": "ORG", "text": "Şəkidə", "norm": "Şəki"},                  # wrong_label
        {"start": 26, "end": 44, "label": "MONEY", "text": "3 milyon dollarlıq", "amount": 3000,
         "currency": "USD"}]},                                                                       # wrong_value
    {"id": "r2 <b>", "text": TEXT_2, "entities": [
        {"start": 0, "end": 8, "label": "ORG", "text": "<script>"},                                  # spurious
        {"start": 26, "end": 30, "label": "REGION", "text": "Quba", "norm": "Quba"}]},               # Qusar missed
]
# (side, kind, entity text) of every outlined mark
EXPECTED = {
    ("gold", "wrong_label", "Şəkidə"), ("pred", "wrong_label", "Şəkidə"),
    ("gold", "wrong_value", "3 milyon dollarlıq"), ("pred", "wrong_value", "3 milyon dollarlıq"),
    ("pred", "spurious", "<script>"), ("gold", "missed", "Qusar"),
}


class ReviewReader(DomReader):
    """test_render's reader, plus the side (gold/pred) and data-error of each mark and the error-table kinds."""

    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []
        self._side: str | None = None
        self._kind = False

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        a = dict(attrs)
        if tag == "div" and a.get("class") in ("gold", "pred"):
            self._side = a["class"]
        elif tag == "mark" and "data-label" in a:
            self._mark.update(side=self._side, error=a.get("data-error"))
        elif tag == "td":
            self._kind = a.get("class") == "kind"

    def handle_endtag(self, tag):
        super().handle_endtag(tag)
        if tag == "td":
            self._kind = False

    def handle_data(self, data):
        super().handle_data(data)
        if self._kind:
            self.kinds.append(data)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("review")
    for name, recs in (("gold", GOLD), ("pred", PRED)):
        (d / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                                         encoding="utf-8")
    out = d / "review.html"
    assert cli.main(["evaluate", str(d / "gold.jsonl"), str(d / "pred.jsonl"), "--html", str(out)]) == 0
    return out


def check(reader: ReviewReader) -> None:
    assert {(m["side"], m["error"], m["text"]) for m in reader.marks if m["error"]} == EXPECTED
    # every entity of both sides is on the page; the agreeing ones carry no data-error
    assert sorted(m["text"] for m in reader.marks if not m["error"]) == sorted(["Nazir", "Nazir", "Vəli Həsənov", "Vəli Həsənov",
                                                                   "Quba", "Quba"])
    assert sorted(reader.kinds) == sorted(["wrong_label", "wrong_value", "spurious", "missed"])
    assert reader.scripts == 0


def test_page_marks_every_disagreement(page):
    html = page.read_text(encoding="utf-8")
    check(read_dom(html, ReviewReader))
    assert 'id="doc-r2 &lt;b&gt;"' in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "http" not in html.replace("http-equiv", "")  # self-contained


def test_browser_renders_the_marks(page, tmp_path):
    proc = run_chromium(tmp_path, "--dump-dom", page.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    check(read_dom(proc.stdout, ReviewReader))


def test_browser_screenshot(page, tmp_path):
    shot = tmp_path / "review.png"
    proc = run_chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,900", page.as_uri())
    assert proc.returncode == 0 and shot.exists(), proc.stderr[-2000:]
    assert png_size(shot) == (1280, 900)
    # outlines, colours and two columns of text compress far worse than a blank page (~5 kB)
    assert shot.stat().st_size > 25_000, shot.stat().st_size
