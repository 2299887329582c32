"""Event disagreements (pipeline/events/scoring.py `disagreements`) in `evaluate --errors` and on the
`--html` review page (pipeline/scoring/review.py). Sentences and records are written here by hand."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.events.scoring import disagreements
from tests.test_render import run_chromium

TEXT = "Vəli Həsənov Bakıda Pyer Dümon ilə görüşüb, sonra Gəncəyə səfər edib və 5 milyon manat ayırıb."
TEXT_2 = "Quba rayonunda yeni məktəb açılıb."


def span(text: str, label: str | None = None, role: str | None = None) -> dict:
    start = TEXT.index(text)
    out = {"start": start, "end": start + len(text), "text": text}
    return {**out, **({"label": label} if label else {}), **({"role": role} if role else {})}


def event(kind: str, trigger: str, modality: str = "actual", args=()) -> dict:
    return {"type": kind, "trigger": span(trigger), "modality": modality,
            "args": [span(t, label, role) for role, t, label in args]}


ENTS = [span("Vəli Həsənov", "PERSON"), span("Bakıda", "REGION"), span("Pyer Dümon", "PERSON"),
        span("Gəncəyə", "REGION"), span("5 milyon manat", "MONEY")]


def gold_records() -> list[dict]:
    return [
        {"id": "n1", "text": TEXT, "entities": ENTS, "events": [
            event("MEET", "görüşüb", "actual", [("participant", "Vəli Həsənov", "PERSON"),
                                                ("participant", "Pyer Dümon", "PERSON"), ("place", "Bakıda", "REGION")]),
            event("VISIT", "səfər", "actual", [("visitor", "Vəli Həsənov", "PERSON"), ("destination", "Gəncəyə", "REGION")]),
            event("FUND", "ayırıb", "actual", [("amount", "5 milyon manat", "MONEY")])]},
        {"id": "n2", "text": TEXT_2, "entities": [], "events": []},
    ]


def pred_records() -> list[dict]:
    return [
        {"id": "n1", "text": TEXT, "entities": ENTS[:-1], "events": [               # MONEY entity missed
            event("MEET", "görüşüb", "planned", [("participant", "Vəli Həsənov", "PERSON"),  # modality differs
                                                 ("participant", "Gəncəyə", "REGION"),     # spurious argument
                                                 ("place", "Bakıda", "REGION")]),          # Pyer Dümon missed
            event("FUND", "ayırıb", "actual", [("amount", "5 milyon manat", "MONEY")]),    # agrees
            event("AGREE", "edib")]},                                                   # spurious; VISIT missed
        {"id": "n2", "text": TEXT_2, "entities": [], "events": [
            {"type": "FUND", "trigger": {"start": 24, "end": 34, "text": "açılıb"}, "modality": "actual", "args": []}]},
    ]


# (id, kind, what the gold side names, what the prediction side names) of every event record
EVENT_RECORDS = {
    ("n1", "event_modality", "görüşüb", "görüşüb"),
    ("n1", "argument_missed", "Pyer Dümon", None),
    ("n1", "argument_spurious", None, "Gəncəyə"),
    ("n1", "event_missed", "səfər", None),
    ("n1", "event_spurious", None, "edib"),
    ("n2", "event_spurious", None, "açılıb"),
}


def _named(item: dict | None) -> str | None:
    if item is None:
        return None
    return item["trigger"]["text"] if "trigger" in item else item["text"]


def test_disagreements_of_a_document():
    got = disagreements(gold_records()[0], pred_records()[0])
    assert [d["kind"] for d in got] == ["event_modality", "argument_missed", "argument_spurious",
                                        "event_missed", "event_spurious"]  # text order of the events
    missed_arg = got[1]
    assert missed_arg["gold"]["role"] == "participant" and missed_arg["event"]["type"] == "MEET"


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _evaluate(tmp_path: Path, gold: list[dict], pred: list[dict]) -> tuple[list[dict], str]:
    g, p = _write(tmp_path / "gold.jsonl", gold), _write(tmp_path / "pred.jsonl", pred)
    errors, page = tmp_path / "errors.jsonl", tmp_path / "review.html"
    assert cli.main(["evaluate", str(g), str(p), "--errors", str(errors), "--html", str(page)]) == 0
    lines = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    return lines, page.read_text(encoding="utf-8")


def test_errors_file_holds_event_records(tmp_path):
    lines, _ = _evaluate(tmp_path, gold_records(), pred_records())
    events = {(x["id"], x["kind"], _named(x["gold"]), _named(x["pred"])) for x in lines if "_" in x["kind"]}
    assert events == EVENT_RECORDS
    assert len(lines) == len(EVENT_RECORDS) + 1
    assert [(x["kind"], x["gold"]["text"]) for x in lines if "_" not in x["kind"]] == [("missed", "5 milyon manat")]
    arg = next(x for x in lines if x["kind"] == "argument_spurious")
    assert arg["event"]["type"] == "MEET" and arg["event"]["modality"] == "planned"  # the predicted event


def test_no_event_records_when_gold_has_no_events(tmp_path):
    gold = [{k: v for k, v in r.items() if k != "events"} for r in gold_records()]
    lines, page = _evaluate(tmp_path, gold, pred_records())
    assert [x["kind"] for x in lines] == ["missed"]
    reader = EventReader()
    reader.feed(page)
    assert reader.rows == [] and reader.kinds == ["missed"] and "gold events" not in page


class EventReader(HTMLParser):
    """The rows of the events tables as (document, side, data-error, type, trigger), and the kinds of
    the disagreement tables."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple] = []
        self.kinds: list[str] = []
        self._doc = self._side = self._error = None
        self._pair = self._events = False  # in an events pair; in one of its events tables
        self._cells: list[str] | None = None
        self._cell: list[str] | None = None
        self._kind = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        if tag == "section":
            self._doc = a.get("id")
        elif tag == "div" and cls.startswith("pair"):
            self._pair = cls == "pair events"
        elif tag == "div" and cls in ("gold", "pred"):
            self._side = cls
        elif tag == "table":
            self._events = self._pair and cls == "events"
        elif tag == "tr" and self._events:
            self._cells, self._error = [], a.get("data-error")
        elif tag == "td":
            self._cell, self._kind = [], cls == "kind"

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            text = "".join(self._cell).strip()
            if self._cells is not None:
                self._cells.append(text)
            if self._kind:
                self.kinds.append(text)
            self._cell, self._kind = None, False
        elif tag == "tr" and self._cells:
            self.rows.append((self._doc, self._side, self._error, *self._cells[:2]))
            self._cells = None
        elif tag == "table":
            self._events = False

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


EXPECTED_ROWS = [
    ("doc-n1", "gold", "argument_missed event_modality", "MEET", "görüşüb"),
    ("doc-n1", "gold", "event_missed", "VISIT", "səfər"),
    ("doc-n1", "gold", None, "FUND", "ayırıb"),
    ("doc-n1", "pred", "argument_spurious event_modality", "MEET", "görüşüb"),
    ("doc-n1", "pred", None, "FUND", "ayırıb"),
    ("doc-n1", "pred", "event_spurious", "AGREE", "edib"),
    ("doc-n2", "pred", "event_spurious", "FUND", "açılıb"),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    return _evaluate(tmp_path_factory.mktemp("evreview"), gold_records(), pred_records())[1]


def check(html: str) -> None:
    reader = EventReader()
    reader.feed(html)
    assert reader.rows == EXPECTED_ROWS
    assert sorted(reader.kinds) == sorted(["missed"] + [k for _, k, _, _ in EVENT_RECORDS])


def test_review_page_shows_and_marks_events(page):
    check(page)
    assert page.count("No event.") == 1  # n2's gold has none
    assert page.index('id="doc-n1"') < page.index('id="doc-n2"')  # most disagreements first


def test_browser_keeps_the_event_marks(page, tmp_path):
    (tmp_path / "review.html").write_text(page, encoding="utf-8")
    proc = run_chromium(tmp_path, "--dump-dom", (tmp_path / "review.html").as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    check(proc.stdout)
