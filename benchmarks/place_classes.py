"""Count region8's REGION/COUNTRY error classes (issue 11, classes 4 and 1 for places) in annotated JSONL.

    python benchmarks/place_classes.py OUTPUT.jsonl [OUTPUT2.jsonl ...] [--show N]

Broad detectors that read only the output and plain patterns, not the tables of the rules that fix them (upper
bounds: they also find some right predictions; --show N prints N instances per class to read):
- language: a REGION/COUNTRY right before a language noun ("Azərbaycan dili", "Türk dilində", "ləhcəsi");
- lone_compass: a one-word REGION that is a compass word before a lower-case word other than "və"/"ilə" ("[Qərbi]
  azərbaycanlılar", "[Qərb] bürosunun", "[Qərb] ölkələri": the last is right, the West), or glued by a hyphen to
  another compass word ("[Şərq]-Qərb");
- person_tail: a REGION right after a PERSON, one space or a glued hyphen between, in the nominative or a case but
  not the locative ("[Brian] [Mbömo]", "[Levon Ter]-[Petrosyanı]"; "[İlham Əliyev] [Cəbrayıl] rayonunda" counts:
  an upper bound);
- honorific_region: a one-word REGION right before "xan"/"xanım" and their case forms ("[Sona] xanım");
- opened_body: a one-word REGION the gazetteer knows, in the nominative, before at most five capitalised words (or
  "və" between two) and then a capitalised institution's head (a school, lyceum, observatory, park, ... of
  INSTITUTION_HEADS below, a list of this script's own), the head left outside every entity ("[Şamaxı] Astrofizika
  Rəsədxanasına", "[Bakı] [Avropa] Liseyində"): the place opens a body's name that is left unmarked (region9);
- given_name: a one-word REGION with no case ending of the locative, ablative or genitive, right before one
  capitalised word in no entity that ends as a surname ("-ov", "-ova", "-yev", "-zadə", "-yan", "-oğlu" and
  "-lı"/"-li", a case ending allowed: "[Füzuli] Məlikovun", "[Qara] Qarayevin"; "[Beştəpə] Milli" counts: an
  upper bound) (region9);
- event_place: a REGION (in any case: an upper bound) right before an event's, competition's or programme's head
  of EVENT_HEADS below, or before at most two capitalised words and then one ("[Avropa] çempionatı", "[Nəsimi]
  festivalı", "[Bakıda] Qlobal CIO Forumunun"); event_unknown: those whose words are no single place of the
  gazetteer ("[Nəsimi] festivalı", "[Nobel] mükafatı"; also unknown real places, "[Osaka] sərgisində") (region10).

    python benchmarks/place_classes.py --events ../shared/corpus/train.jsonl [--show N]

counts how a gold writes a place the gazetteer knows, in the nominative, before an event head (by head), inside a
quoted name, or before a year: place (its own REGION/COUNTRY), org (inside an ORG), none, other (region10).

    python benchmarks/place_classes.py --heads ../shared/corpus/train.jsonl

counts how a gold (train) writes the same shape, head by head: a place the gazetteer knows in the nominative, at
most five capitalised words (or "və"), a capitalised institution's head; each case one of whole_org (one ORG from
the place through the head), place_alone (the place a REGION/COUNTRY, the head in no entity), place_org (the place
apart, an ORG over the head), region_whole (one REGION over the name), nothing, other. Read with it the same heads
without a place before them (any capitalised head: inside an ORG, inside a REGION, in no entity).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.io import read_jsonl  # noqa: E402

CLASSES = ("language", "lone_compass", "person_tail", "honorific_region", "opened_body", "given_name",
           "event_place", "event_unknown")
SURNAME_AFTER = re.compile(r"^ [A-ZƏİÖÜÇŞĞ]\w*?(?:ov|ova|yev|yeva|ev|eva|zadə|yan|oğlu|lı|li|lu|lü)"
                           r"(?:[aəıiuü]|n[ıiuü]n|[ıiuü]n|[ln][aə]|[dt][aə]n?|y[aə]|n[ıiuü])?(?![\w-])")
CASED = re.compile(r"(?:da|də|ta|tə|dan|dən|tan|tən|nın|nin|nun|nün)$")
# institutions' heads (base forms) whose gold conventions --heads counts; "hava limanı" is read as one head
INSTITUTION_HEADS = (
    "məktəb", "lisey", "gimnaziya", "kollec", "texnikum", "universitet", "institut", "akademiya", "konservatoriya",
    "rəsədxana", "observatoriya", "muzey", "qalereya", "teatr", "filarmoniya", "kitabxana", "xəstəxana",
    "poliklinika", "klinika", "sanatoriya", "mərkəz", "park", "kompleks", "liman", "stadion", "hotel", "otel",
    "qovşaq", "zavod", "fabrik", "hakimiyyət", "məscid")
NAME_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
LANGUAGE = re.compile(r"^\s+(?:dil|ləhcə)\w*", re.I)
COMPASS = frozenset({"Şərq", "Qərb", "Şimal", "Cənub", "Şərqi", "Qərbi", "Şimali", "Cənubi", "Mərkəzi", "Orta"})
LOWER_AFTER = re.compile(r"^\s+(?!və\b|ilə\b)[a-zçəğıöşü]")
COMPASS_PAIR = re.compile(r"^-(?:Şərq|Qərb|Şimal|Cənub)\b")
COMPASS_PAIR_BEFORE = re.compile(r"(?:Şərq|Qərb|Şimal|Cənub)-$")
LOCATIVE = re.compile(r"(?:da|də|dakı|dəki)$")
HONORIFIC = re.compile(r"^\s+xan(?:ım)?(?:ın|a|ə|la|dan)?\b")


def classes_of(record: dict) -> list[tuple[str, str]]:
    """(class, text with context) for each instance in one annotated record."""
    text = record.get("text") or ""
    ents = sorted(record.get("entities") or [], key=lambda e: e["start"])
    out = []
    for k, e in enumerate(ents):
        if e["label"] not in ("REGION", "COUNTRY"):
            continue
        span, after = text[e["start"]:e["end"]], text[e["end"]:e["end"] + 30]
        before = text[max(0, e["start"] - 30):e["start"]]
        shown = f"{before}[[{span}]]{after}".replace("\n", " ")
        if LANGUAGE.match(after):
            out.append(("language", shown))
        if e["label"] != "REGION":
            continue
        if span in COMPASS and (LOWER_AFTER.match(after) or COMPASS_PAIR.match(after)
                                or COMPASS_PAIR_BEFORE.search(before)):
            out.append(("lone_compass", shown))
        prev = ents[k - 1] if k else None
        if (prev is not None and prev["label"] == "PERSON" and text[prev["end"]:e["start"]] in (" ", "-")
                and not LOCATIVE.search(span)):
            out.append(("person_tail", shown))
        if " " not in span and HONORIFIC.match(after):
            out.append(("honorific_region", shown))
        if _opened_head(text, e, ents) is not None:
            out.append(("opened_body", shown))
        if (head := _event_after(text, e["end"])) is not None:
            out.append(("event_place", shown))
            if not _known_place(span.split()):
                out.append(("event_unknown", shown))
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if " " not in span and not CASED.search(span) and (m := SURNAME_AFTER.match(after)) \
                and (nxt is None or nxt["start"] >= e["end"] + m.end()):
            out.append(("given_name", shown))
    return out


def _known_place(words: list[str]) -> bool:
    from pipeline.lang.casing import az_lower
    from pipeline.names.gazetteer import entries
    return tuple(az_lower(w) for w in words) in entries()


def _head_of(word: str) -> str | None:
    """The institution's head `word` is a form of (capitalised), or None."""
    from pipeline.lang.morphology import base_forms
    if not word[:1].isupper():
        return None
    found = base_forms(word) & frozenset(INSTITUTION_HEADS)
    return min(found) if found else None


def _run_to_head(text: str, end: int) -> tuple[int, int, str] | None:
    """From `end` (right after a place): (start, end, head) of a capitalised institution's head reached over at
    most five capitalised words (or "və" between two) on the same line, else None."""
    pos, seen = end, 0
    while seen <= 5:
        m = NAME_WORD.match(text, pos + 1) if text[pos:pos + 1] in (" ", "-") else None
        if m is None:
            return None
        word = m.group()
        if (head := _head_of(word)) is not None:
            if head == "liman" and text[pos - 4:pos] == "Hava":
                head = "hava limanı"
            return m.start(), m.end(), head
        if not (word[:1].isupper() or word == "və" and seen):
            return None
        pos, seen = m.end(), seen + 1
    return None


def _opened_head(text: str, e: dict, ents: list[dict]) -> tuple[int, int, str] | None:
    """The institution's head a one-word nominative REGION opens, left outside every entity."""
    if e["label"] != "REGION" or " " in text[e["start"]:e["end"]] or not _known_place([text[e["start"]:e["end"]]]):
        return None
    found = _run_to_head(text, e["end"])
    if found and not any(x["start"] < found[1] and x["end"] > found[0] for x in ents):
        return found
    return None


def gold_heads(path: str) -> None:
    """How the gold writes a place opening an institution's name, head by head (see the module's docstring)."""
    kinds = ("whole_org", "place_alone", "place_org", "region_whole", "nothing", "other")
    opened: dict[str, Counter] = defaultdict(Counter)
    bare: dict[str, Counter] = defaultdict(Counter)
    for record in read_jsonl(path):
        text, ents = record.get("text") or "", record.get("entities") or []
        for m in NAME_WORD.finditer(text):
            if (head := _head_of(m.group())) is not None:
                inside = [x["label"] for x in ents if x["start"] <= m.start() and x["end"] >= m.end()]
                bare[head]["org" if "ORG" in inside else "region" if "REGION" in inside else
                           "none" if not inside else "other"] += 1
            if not m.group()[:1].isupper() or not _known_place([m.group()]):
                continue
            found = _run_to_head(text, m.end())
            if found is None:
                continue
            start, end, head = found
            over = [x for x in ents if x["start"] < end and x["end"] > m.start()]
            place = [x for x in over if x["label"] in ("REGION", "COUNTRY") and x["start"] == m.start()]
            if any(x["label"] == "ORG" and x["start"] <= m.start() and x["end"] >= start for x in over):
                kind = "whole_org"
            elif any(x["label"] == "REGION" and x["start"] <= m.start() and x["end"] >= start for x in over):
                kind = "region_whole"
            elif place and any(x["label"] == "ORG" and x["end"] >= start for x in over if x not in place):
                kind = "place_org"
            elif place and place[0]["end"] == m.end() and len(over) == 1:
                kind = "place_alone"
            else:
                kind = "nothing" if not over else "other"
            opened[head][kind] += 1
    print(f"{path}: a place in the nominative opening an institution's name (--heads)")
    print(f"  {'head':14} " + " ".join(f"{k:>12}" for k in kinds) + "   | capitalised head anywhere: org region none")
    for head in INSTITUTION_HEADS + ("hava limanı",):
        c, b = opened[head], bare[head]
        if sum(c.values()) or sum(b.values()):
            print(f"  {head:14} " + " ".join(f"{c[k]:12}" for k in kinds)
                  + f"   | {b['org']:4} {b['region']:4} {b['none']:4}")


# event, competition and programme heads (base forms) whose gold conventions --events counts (issue 11 class 4)
EVENT_HEADS = (
    "çempionat", "kubok", "oyun", "olimpiada", "liqa", "turnir", "marafon", "yarış", "qran", "forum", "konfrans",
    "konqres", "sammit", "festival", "sərgi", "yarmarka", "həftə", "müsabiqə", "mükafat", "proqram", "layihə",
    "tərəfdaşlıq", "dialoq", "strategiya", "hakaton", "dəhliz")
YEAR_WORD = re.compile(r"^(?:19|20)\d\d\b")
OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"


def _event_head(word: str) -> str | None:
    from pipeline.lang.morphology import base_forms
    found = base_forms(word.split("-")[0] if word.lower().startswith(("qran", "gran")) else word) \
        & frozenset(EVENT_HEADS + ("gran",))
    return ("qran" if min(found) == "gran" else min(found)) if found else None


def _place_kind(text: str, start: int, end: int, ents: list[dict], name_end: int) -> str:
    """How the gold writes the place word at start:end inside a name that runs to name_end."""
    over = [x for x in ents if x["start"] < end and x["end"] > start]
    if not over:
        return "none"
    x = over[0]
    if x["label"] in ("REGION", "COUNTRY"):
        return "place" if x["end"] <= name_end and x["start"] >= start - 1 else f"{x['label'].lower()}_longer"
    return x["label"].lower()


def _event_after(text: str, end: int) -> str | None:
    """The event head right after a REGION (at most two capitalised words between, one space or a glued hyphen
    each), else None."""
    pos = end
    for k in range(3):
        m = NAME_WORD.match(text, pos + 1) if text[pos:pos + 1] in (" ", "-") else None
        if m is None:
            return None
        if (head := _event_head(m.group())) is not None:
            return head
        if not m.group()[:1].isupper():
            return None
        pos = m.end()
    return None


def gold_events(path: str) -> None:
    """How the gold writes a place before or inside an event's, competition's or programme's name (issue 11
    class 4): a capitalised word the gazetteer knows, in the nominative, right before an event head or before at
    most two capitalised words and then one (by head, the head capitalised or not); a place inside a quoted
    name (the quote opens at most two words before it and closes after it, one word or more between); a place
    before words up to a year ("Startup Azərbaycan 2015"). Kinds: place (a REGION/COUNTRY of its own), org (an
    ORG over it), none (no entity), other."""
    kinds = ("place", "org", "none", "other")
    heads: dict[str, Counter] = defaultdict(Counter)
    shapes: dict[str, Counter] = defaultdict(Counter)
    shown: dict[tuple[str, str], list[str]] = defaultdict(list)
    for record in read_jsonl(path):
        text, ents = record.get("text") or "", record.get("entities") or []
        words = list(NAME_WORD.finditer(text))
        for i, m in enumerate(words):
            if not m.group()[:1].isupper() or not _known_place([m.group()]):
                continue
            nxt = words[i + 1: i + 4]
            for k, w in enumerate(nxt):
                gap = text[(nxt[k - 1].end() if k else m.end()):w.start()]
                if gap not in (" ", "-"):
                    break
                if (head := _event_head(w.group())) is not None:
                    kind = _place_kind(text, m.start(), m.end(), ents, w.start())
                    kind = kind if kind in kinds else "other"
                    heads[head][kind] += 1
                    shown[(head, kind)].append(text[max(0, m.start() - 25):w.end() + 5].replace("\n", " "))
                    break
                if not w.group()[:1].isupper():
                    break
            before = text[max(0, m.start() - 40):m.start()]
            q = max(before.rfind(c) for c in OPEN_QUOTES)
            if q >= 0 and len(NAME_WORD.findall(before[q:])) <= 2 and not re.search(r"[\n”»\"(),]", before[q:]):
                rest = text[m.end():m.end() + 60]
                c = min((rest.find(ch) for ch in CLOSE_QUOTES if rest.find(ch) > 0), default=-1)
                if c > 0 and not re.search(r"[\n“«\"(),:]", rest[:c]) and (NAME_WORD.search(rest[:c]) or re.search(r"\d", rest[:c])):
                    kind = _place_kind(text, m.start(), m.end(), ents, m.end() + c)
                    shapes["quoted"][kind if kind in kinds else "other"] += 1
                    shown[("quoted", kind)].append(text[max(0, m.start() - 25):m.end() + c + 3].replace("\n", " "))
            after = text[m.end():m.end() + 40]
            y = re.match(r"^(?:\s[A-ZƏİÖÜÇŞĞ]\w*){0,2}[\s-]((?:19|20)\d\d)(?![\w-]|\s+il)", after)
            if y:
                kind = _place_kind(text, m.start(), m.end(), ents, m.end() + y.end())
                shapes["before_year"][kind if kind in kinds else "other"] += 1
                shown[("before_year", kind)].append(text[max(0, m.start() - 25):m.end() + y.end()].replace("\n", " "))
    print(f"{path}: a place in the nominative before or inside an event's or programme's name (--events)")
    print(f"  {'head':14} " + " ".join(f"{k:>7}" for k in kinds))
    for head in EVENT_HEADS + tuple(shapes):
        c = heads[head] if head in heads else shapes[head]
        if sum(c.values()):
            print(f"  {head:14} " + " ".join(f"{c[k]:7}" for k in kinds))
    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="annotated JSONL (the pipeline's output)")
    parser.add_argument("--heads", help="a gold JSONL: count how it writes a place opening an institution's name")
    parser.add_argument("--events", help="a gold JSONL: count how it writes a place in an event's name")
    parser.add_argument("--show", type=int, default=0, help="instances printed per class (seed 0)")
    args = parser.parse_args()
    if args.heads:
        gold_heads(args.heads)
    if args.events:
        shown = gold_events(args.events)
        for (head, kind), found in sorted(shown.items()) if args.show else ():
            for text in random.Random(0).sample(found, min(args.show, len(found))):
                print(f"      {head}/{kind}: {text}")
    for path in args.files:
        found: dict[str, list[str]] = defaultdict(list)
        docs = 0
        for record in read_jsonl(path):
            if "entities" not in record:
                continue
            docs += 1
            for name, shown in classes_of(record):
                found[name].append(shown)
        print(f"{path} ({docs} documents)")
        for name in CLASSES:
            print(f"  {name:20} {len(found[name]):5}")
            if args.show:
                for shown in random.Random(0).sample(found[name], min(args.show, len(found[name]))):
                    print(f"      {shown}")


if __name__ == "__main__":
    main()
