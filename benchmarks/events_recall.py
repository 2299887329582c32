"""Recall of the event rules on unannotated news, by class: sentences holding a visit or agreement
word (or another type's cue) where the rules give no event of that type, grouped by the word's form,
and the events the rules give; `--diff` compares two runs event by event (no gold: for reading).

    .venv/bin/python benchmarks/events_recall.py [--limit N] [--cache DOCS] [--save RUN.jsonl]
        [--type VISIT] [--show 5] [--events 20] [--diff BEFORE.jsonl]

The pipeline before `az_events` runs once over ../shared/news/raw.jsonl and egov.jsonl and its Docs
go to `--cache` (a DocBin, outside the repository); later runs re-read them and apply only the current
`az_events` (its code and tables), so a rule change is measured in seconds. Output: events per type,
then per type the cue forms in sentences with no event of the type (count and `--show` sentences each,
the cue in [brackets], entities as <LABEL text>), then `--events` sampled events; with `--diff`, the
events added and removed against the saved run. The output quotes the publishers' texts: read it,
keep it out of the repository.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.io import json_lines  # noqa: E402

NEWS = [ROOT.parent / "shared" / "news" / "raw.jsonl", ROOT.parent / "shared" / "news" / "egov.jsonl"]

# Word openings (lower case) that often state an event of the type; a sentence with one and no event of
# the type is a candidate miss. Deliberately broad: reading, not scoring.
CUES = {
    "VISIT": r"səfər|ziyarət|gəl(?:ib|miş|di|əcək|ir|ən)|yola düş|təşrif|qonaq ol|yollan|ezam|gedib|getdi|"
             r"gedəcək|səfərdə|olacaq|olub|çatıb|uçub",
    "AGREE": r"imzala|razılaş|saziş|memorandum|protokol|anlaşma|razılıq|müqavilə|bağlan|bağla|bəyannamə|"
             r"ratifik|təsdiq|kontrakt|sənəd",
    "MEET": r"görüş|danışıq|qəbul|müzakirə|toplantı|iclas|sammit|forum|konfrans|zəng|dialoq",
    "FUND": r"investisiya|sərmayə|kredit|qrant|yardım|ayrıl|ayır|ödə|xərclə|maliyyə|yatır|ianə|dəyər",
    "TRADE": r"ticarət|ixrac|idxal|dövriyyə",
    "APPOINT": r"təyin|seçil|istefa|azad|vəzifə|başçı|rəhbər",
}


PARTIES = frozenset({"PERSON", "ORG", "COUNTRY"})


def read_news(limit: int | None, paths: list[Path] = NEWS) -> list[dict]:
    recs = []
    for path in paths:
        if not path.exists():
            continue
        recs.extend(rec for _, rec, problem in json_lines(path) if problem is None)
    if limit:
        step = max(1, len(recs) // limit)
        recs = recs[::step][:limit]
    return recs


def docs(nlp, recs: list[dict], cache: Path):
    """The Docs of `recs` after every component but az_events, from `cache` when it holds them."""
    from spacy.tokens import DocBin
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    out = []
    with nlp.select_pipes(disable=["az_events"]):
        for rec in recs:
            doc = nlp.make_doc(rec["text"])
            doc._.pub_date = rec.get("date")
            doc.user_data["id"] = rec["id"]
            out.append(nlp(doc))
    DocBin(store_user_data=True, docs=out).to_disk(cache)
    return out


def marked(doc, start: int, end: int) -> str:
    """The sentence around chars start..end with them in [brackets] and entities as <LABEL text>."""
    span = doc.char_span(start, end, alignment_mode="expand")
    sent = span.sent
    parts, pos = [], sent.start_char
    points = sorted([(e.start_char, e.end_char, e.label_) for e in sent.ents] + [(start, end, "[")])
    for s, e, label in points:
        if s < pos:
            continue
        parts.append(doc.text[pos:s])
        parts.append(f"[{doc.text[s:e]}]" if label == "[" else f"<{label} {doc.text[s:e]}>")
        pos = e
    parts.append(doc.text[pos:sent.end_char])
    return "".join(parts).replace("\n", " ")


def event_line(doc, ev: dict) -> str:
    args = "; ".join(f"{a['role']}={a['text']}" for a in ev["args"])
    return f"{ev['type']} {ev['modality']} | {args}\n    {marked(doc, ev['trigger']['start'], ev['trigger']['end'])}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="articles, spread over both files (default: all)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/events_recall.spacy"),
                    help="DocBin of the pipeline's Docs before az_events (made on first use)")
    ap.add_argument("--save", type=Path, default=None, help="write this run's events (JSONL) for a later --diff")
    ap.add_argument("--diff", type=Path, default=None, help="print events added/removed against this saved run")
    ap.add_argument("--type", default=None, help="only this event type in the listings")
    ap.add_argument("--show", type=int, default=3, help="sentences shown per cue form (default 3)")
    ap.add_argument("--forms", type=int, default=25, help="cue forms listed per type (default 25)")
    ap.add_argument("--events", type=int, default=0, help="events sampled per type and shown (default 0)")
    ap.add_argument("--parties", type=int, default=0,
                    help="list only sentences with at least this many PERSON/ORG/COUNTRY entities (default 0)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--news", type=Path, nargs="+", default=NEWS,
                    help="JSONL news to read (default: raw.jsonl and egov.jsonl of ../shared/news; a pool with "
                         "held-out articles removed keeps them unread; give each its own --cache)")
    args = ap.parse_args()
    if not any(p.exists() for p in args.news):
        print(f"absent: {args.news[0]}", file=sys.stderr)
        return 2
    nlp = pipeline.load()
    events_pipe = nlp.get_pipe("az_events")
    all_docs = docs(nlp, read_news(args.limit, args.news), args.cache)
    rng = random.Random(args.seed)
    counts: Counter = Counter()
    misses: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    shown: dict[str, list[str]] = defaultdict(list)
    run: dict[str, dict] = {}
    cue_res = {t: re.compile(rf"(?<!\w)(?:{c})\w*", re.IGNORECASE) for t, c in CUES.items()}
    for doc in all_docs:
        doc = events_pipe(doc)
        evs = doc._.events or []
        doc_id = doc.user_data.get("id", "")
        for ev in evs:
            counts[ev["type"]] += 1
            key = f"{doc_id}|{ev['type']}|{ev['trigger']['start']}"
            run[key] = {"event": ev, "line": event_line(doc, ev)}
            shown[ev["type"]].append(run[key]["line"])
        for sent in doc.sents:
            if sum(e.label_ in PARTIES for e in sent.ents) < args.parties:
                continue
            have = {ev["type"] for ev in evs if sent.start_char <= ev["trigger"]["start"] < sent.end_char}
            for kind, cue in cue_res.items():
                if kind in have or (args.type and kind != args.type):
                    continue
                for m in cue.finditer(sent.text):
                    form = m.group(0).lower()
                    misses[kind][form].append(marked(doc, sent.start_char + m.start(), sent.start_char + m.end()))
    print("events per type:", " ".join(f"{t}={counts[t]}" for t in CUES), f"total={sum(counts.values())}")
    if args.save:
        with args.save.open("w", encoding="utf-8") as f:
            for key, val in run.items():
                f.write(json.dumps({"key": key, **val}, ensure_ascii=False) + "\n")
    if args.diff:
        before = {}
        for line in args.diff.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            before[rec["key"]] = rec
        for sign, keys, source in (("+", run.keys() - before.keys(), run), ("-", before.keys() - run.keys(), before)):
            picked = [k for k in sorted(keys) if not args.type or f"|{args.type}|" in k]
            print(f"\n{sign} {len(picked)} events")
            for k in picked:
                print(f"{sign} [{k.split('|')[0]}] {source[k]['line']}")
        changed = [k for k in run.keys() & before.keys() if run[k]["event"] != before[k]["event"]
                   and (not args.type or f"|{args.type}|" in k)]
        print(f"\n~ {len(changed)} events with other arguments or modality")
        for k in sorted(changed):
            print(f"~ [{k.split('|')[0]}] was {before[k]['line']}\n  now {run[k]['line']}")
        return 0
    for kind in CUES:
        if args.type and kind != args.type:
            continue
        forms = sorted(misses[kind].items(), key=lambda kv: -len(kv[1]))
        print(f"\n== {kind}: sentences with a cue and no {kind} event: "
              f"{sum(len(v) for v in misses[kind].values())} cue words, {len(forms)} forms")
        for form, lines in forms[:args.forms]:
            print(f"-- {form} ({len(lines)})")
            for line in rng.sample(lines, min(args.show, len(lines))):
                print(f"    {line}")
        if args.events:
            print(f"\n== {kind} events, {args.events} sampled")
            for line in rng.sample(shown[kind], min(args.events, len(shown[kind]))):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
