"""The review page: markup, values, escaping, and what a real browser (headless Chromium) shows."""
from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline import render

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "render_records.jsonl"

# (label, entity text, a piece of the hover title, a piece of the summary-table value)
EXPECTED = [
    ("COUNTRY", "Qazaxıstan", "id: KZ", "norm: Qazaxıstan · id: KZ"),
    ("TITLE", "Prezidenti", "norm: Prezident", "norm: Prezident"),
    ("PERSON", "Kasım-Jomart Tokayev", "norm: Kasım-Jomart Tokayev", "norm: Kasım-Jomart Tokayev"),
    ("DATE", "aprelin 3-də", "2025-04-03", "2025-04-03"),
    ("REGION", "Astanada", "norm: Astana", "norm: Astana"),
    ("ORG", "Türkiyə Xarici İşlər Nazirliyinin", "norm: Türkiyə Xarici İşlər Nazirliyi",
     "norm: Türkiyə Xarici İşlər Nazirliyi"),
    ("MONEY", "250 milyon dollarlıq", "250,000,000 USD", "250,000,000 USD"),
    ("PERCENT", "15 faiz", "15 %", "15 %"),
    ("ORG", '<Gənclik & İdman>" Fondu', 'norm: "<Gənclik & İdman>" Fondu', 'norm: "<Gənclik & İdman>" Fondu'),
    ("REGION", "Gəncədə", "norm: Gəncə", "norm: Gəncə"),
    ("MONEY", "1-2 milyon manatdan", "1,000,000–2,000,000 AZN · (more_than)", "1,000,000–2,000,000 AZN"),
]


class DomReader(HTMLParser):
    """Collects entity marks (label, own text, title), table cells, and any <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []
        self.cells: list[str] = []
        self.scripts = 0
        self._mark: dict | None = None
        self._in_badge = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark" and "data-label" in a:
            self._mark = {"label": a["data-label"], "title": a.get("title", ""), "text": ""}
        elif tag == "span" and self._mark is not None:
            self._in_badge = True
        elif tag == "td":
            self._cell = []
        elif tag == "script":
            self.scripts += 1

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self._mark["text"] = self._mark["text"].strip()
            self.marks.append(self._mark)
            self._mark = None
        elif tag == "span":
            self._in_badge = False
        elif tag == "td" and self._cell is not None:
            self.cells.append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._mark is not None and not self._in_badge:
            self._mark["text"] += data
        if self._cell is not None:
            self._cell.append(data)


def read_dom(page: str, reader_class: type[DomReader] = DomReader) -> DomReader:
    reader = reader_class()
    reader.feed(page)
    return reader


@pytest.fixture(scope="module")
def page_path(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("render") / "review.html"
    assert render.main(argparse.Namespace(input=str(FIXTURE), output=str(out), limit=None)) == 0
    return out


@pytest.mark.parametrize("ent, expected", [
    ({"label": "COUNTRY", "norm": "Qazaxıstan", "id": "KZ"}, "norm: Qazaxıstan · id: KZ"),
    ({"label": "COUNTRY", "norm": "Atlantida", "id": None}, "norm: Atlantida · id: –"),
    ({"label": "MONEY", "amount": 1200000000, "currency": "USD"}, "1,200,000,000 USD"),
    ({"label": "MONEY", "amount": 2.5, "currency": "EUR", "qualifier": "approx"}, "2.5 EUR · (approx)"),
    ({"label": "MONEY", "amount": None, "currency": "AZN", "min": 1000000, "max": 2000000},
     "1,000,000–2,000,000 AZN"),
    ({"label": "PERCENT", "value": 12.5}, "12.5 %"),
    ({"label": "DATE", "value": "2025-11"}, "2025-11"),
    ({"label": "PERSON", "norm": "Şavkat Mirziyoyev"}, "norm: Şavkat Mirziyoyev"),
])
def test_describe(ent, expected):
    assert render.describe(ent) == expected


def test_page_marks_titles_and_tables(page_path):
    dom = read_dom(page_path.read_text(encoding="utf-8"))
    assert [(m["label"], m["text"]) for m in dom.marks] == [(e[0], e[1]) for e in EXPECTED]
    for mark, (_, _, hint, value) in zip(dom.marks, EXPECTED):
        assert hint in mark["title"]
        assert any(value in c for c in dom.cells), value
    assert "Kasım-Jomart Tokayev" in dom.cells and "Prezident" in dom.cells  # leaders table


def test_page_escapes_text(page_path):
    page = page_path.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "render-2 &lt;b&gt;&amp;amp;" in page
    assert "http" not in page.replace("http-equiv", "")  # self-contained: nothing fetched


def test_limit(tmp_path):
    out = tmp_path / "one.html"
    assert render.render_file(FIXTURE, out, limit=1, skipped={}) == (1, 2)
    assert {m["label"] for m in read_dom(out.read_text(encoding="utf-8")).marks} == \
        {"COUNTRY", "TITLE", "PERSON", "DATE", "REGION", "ORG", "MONEY", "PERCENT"}
    assert "render-2" not in out.read_text(encoding="utf-8")


def test_pages_and_one_counted_line_for_skipped_records(tmp_path, capsys):
    out = tmp_path / "p.html"
    src = tmp_path / "in.jsonl"
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    src.write_text("\n".join(lines[:2] * 2 + lines[2:] + lines[:1]) + "\n", encoding="utf-8")
    assert render.main(argparse.Namespace(input=str(src), output=str(out), limit=0, per_page=2)) == 0
    err = capsys.readouterr().err
    assert err == ("render: skipped 1 error record (line 5)\n"
                   f"render: 5 documents written to {out} and 2 more pages\n")
    pages = [out, tmp_path / "p-2.html", tmp_path / "p-3.html"]
    texts = [p.read_text(encoding="utf-8") for p in pages]
    assert [t.count('<section class="doc"') for t in texts] == [2, 2, 1]
    assert '<a href="p-3.html">3</a>' in texts[0] and "<b>3</b>" in texts[2] and "page 2 of 3" in texts[1]


def test_default_limit_says_what_it_left_out(tmp_path, capsys):
    out = tmp_path / "l.html"
    assert render.main(argparse.Namespace(input=str(FIXTURE), output=str(out), limit=1, per_page=None)) == 0
    assert capsys.readouterr().err.splitlines()[-1] == \
        f"render: 1 document written to {out} (the first 1 of 2: --limit 0 renders all)"


# ------------------------------------------------------------------------------------------------
# Real browser

def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.skip("no Chromium installed (Debian: apt-get install chromium; .ci/run installs it)")


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_browser_dom_shows_entities_and_values(page_path, tmp_path):
    proc = run_chromium(tmp_path, "--dump-dom", page_path.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = read_dom(proc.stdout)
    assert [(m["label"], m["text"]) for m in dom.marks] == [(e[0], e[1]) for e in EXPECTED]
    for mark, (_, _, hint, value) in zip(dom.marks, EXPECTED):
        assert hint in mark["title"]
        assert any(value in c for c in dom.cells), value
    assert dom.scripts == 0  # the <script> in the text stayed text


def test_browser_screenshot(page_path, tmp_path):
    shot, blank_shot = tmp_path / "review.png", tmp_path / "blank.png"
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    for src, dst in ((page_path, shot), (blank, blank_shot)):
        proc = run_chromium(tmp_path, f"--screenshot={dst}", "--window-size=1280,2000", src.as_uri())
        assert proc.returncode == 0 and dst.exists(), proc.stderr[-2000:]
    assert png_size(shot) == (1280, 2000)
    # a page with coloured marks and tables compresses far worse than an empty one
    print("screenshot bytes:", shot.stat().st_size, "blank:", blank_shot.stat().st_size)
    assert shot.stat().st_size > 5 * blank_shot.stat().st_size, (shot.stat().st_size, blank_shot.stat().st_size)
    keep = ROOT / "out" / "render_screenshot.png"
    keep.parent.mkdir(exist_ok=True)
    shutil.copy(shot, keep)  # for a human look; out/ is not committed
