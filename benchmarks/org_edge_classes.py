"""Count issue 11's ORG classes 9 and 10 (egov8) in annotated JSONL, before and after a change, by plain
patterns on the text and the output that do not use the rules' code or word tables (upper bounds: some hits
are right; --show N prints N hits per class, entity texts with 40 characters around, to read).

    python benchmarks/org_edge_classes.py OUTPUT.jsonl [OUTPUT2.jsonl ...] [--show N]

Classes (ORG = an output span labelled ORG):
- owner_cut (9): an ORG opening with a possessive noun ("İnkişafı", "Araşdırılması") right after a free
  capitalised genitive ("Texnologiyalarının [İnkişafı ...]", "İT-nin [İnkişafı ...]");
- head_cut (9): an ORG followed, one space apart, by a free capitalised body's head ("[Milli Sertifikat
  Xidməti] Mərkəzi", "[Silahlı Qüvvələrə] Yardım Fondu" counts through one free word);
- split_pair (9): two ORGs one space apart, the first not in the genitive ("[X Nazirliyi] [Y Mərkəzinin]",
  "[X Mərkəzi] [İctimai Birliyi]");
- company_typed (10): a PERSON or REGION right before "şirkəti"/"şirkətinin"/... (singular);
- company_country (10): an ORG and a COUNTRY one space apart before "şirkəti..." ("[Microsoft] [Azərbaycan]
  şirkətinin");
- bank_bracket (10): an ORG with "Bank" followed by "(" COUNTRY ")" outside it ("[Bank X] ([Azərbaycan])");
- field_cut (9, org4): a name with "üzrə" whose field the output cuts or misses: an ORG right after a free
  "X üzrə", an ORG opening with "üzrə", an ORG holding "üzrə" after a free capitalised word, or free words
  "X üzrə Y HEAD" with no entity at all ("Tələbə Qəbulu üzrə [Dövlət Komissiyası]");
- dash_cut (9, org4): an ORG right after a free word glued by a dash ("Təlim-[Tədris Mərkəzi]"), or a
  COUNTRY/REGION glued by a dash to a place and free capitalised words up to a body's head
  ("[İtaliya]-Azərbaycan Ticarət Palatasının");
- sentence_opener (9, org5): an ORG of three words or more at a sentence or line start whose first word has a
  plural, case or possessive ending ("Seminarı", "Tezliklə", "Kurslar", "Konfransın") and whose second word has
  none ("[Seminarı Regional ...]"; "Əmanətlərin Sığortalanması" is one compound), the first word written in lower
  case mid-sentence twice or more in the file and never there capitalised right before another capitalised word
  (upper bound: some such words are a name's);
- repeat_missed (9, org4): another mention of an ORG of two words or more ending in a body's head (its last
  word's first letters) that no entity covers, with no capitalised word right before it ("Dünya Bankı ...
  Dünya Bankının" found once).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.io import read_jsonl  # noqa: E402
from pipeline.lang.casing import az_lower  # noqa: E402

CLASSES = ("owner_cut", "head_cut", "split_pair", "company_typed", "company_country", "bank_bracket", "field_cut",
           "dash_cut", "repeat_missed", "sentence_opener")
CAP = r"[A-ZÇĞİÖŞÜƏ]"
GENITIVE_END = re.compile(rf"(?:{CAP}[\w-]*(?:n[ıiuü]n|[ıiuü]n)|{CAP}+-n?[ıiuü]n) $")
POSSESSIVE_START = re.compile(r"^\w+(?:ı|i|u|ü)\b")
ADJECTIVE_I = re.compile(r"^(?:Mərkəzi|Milli|Xarici|Daxili|Ali|Elmi|Tibbi|Hərbi|Dövləti|İqtisadi|Siyasi|Mədəni|"
                         r"Hüquqi|Texniki|Sosial|Beynəlxalq|Regional|Yeni|Birinci|Rəsmi|Daimi|Ümumi)\b")
HEAD = re.compile(r"^ (?:[A-ZÇĞİÖŞÜƏ]\w+ )?(?:Mərkəz|Fond|Nazirliy|Agentliy|Komitə|Şura|İnstitut|Birliy|Palata|"
                  r"Assosiasiya|Departament|İdarə|Komissiya|Konfederasiya|Akademiya|Universitet|Assambleya|"
                  r"Duma|Xidmət)\w*")
COMPANY_NOUN = re.compile(r"^[”\"»]? şirkəti(?:n|nin|ni|nə|ndə|ndən|lə|dir)?\b")
GENITIVE_WORD = re.compile(r"(?:n[ıiuü]n|[ıiuü]n)$")
FIELD_BEFORE = re.compile(rf"{CAP}\w+ [üÜ]zrə $")
CAP_BEFORE = re.compile(rf"(?<![.!?:\n] ){CAP}\w+ $")
FIELD_FREE = re.compile(rf"{CAP}\w+ [üÜ]zrə(?: {CAP}\w+){{0,3}}? {HEAD.pattern[2:]}")
REPEAT_HEAD = re.compile(r"^(?:Bank|Məhkəmə|Qrup|Təşkilat|Federasiya|Kilsə|Park)")
DASH_BEFORE = re.compile(r"\w[-–]$")
LOWER_WORD = re.compile(r"(?<=[a-zçğıöşüə,] )[a-zçğıöşüə]+\b")
OPENER = re.compile(rf"[a-zçğıöşüə,] ({CAP}[a-zçğıöşüə]+) {CAP}")
SENTENCE_END = re.compile(r"(?:^|[.!?:\n•*])[ \t]*$")
INFLECTED = re.compile(r"(?:lar|lər|da|də|dan|dən|dakı|dəki|ya|yə|na|nə|nı|ni|nu|nü|ın|in|un|ün|lə|la|sı|si|ı|i|u|ü)$")
DASH_RUN = re.compile(rf"^[-–]{CAP}\w+(?: {CAP}[\w-]+){{0,4}}? {HEAD.pattern[2:]}")


def file_words(records: list[dict]) -> tuple[dict[str, int], set[str]]:
    """Over a whole file: each word's lower-case mid-text count, and the words written capitalised right before
    another capitalised word after a lower-case word (opening a name mid-sentence)."""
    lower: dict[str, int] = {}
    openers: set[str] = set()
    for record in records:
        text = record.get("text") or ""
        for m in LOWER_WORD.finditer(text):
            lower[m.group()] = lower.get(m.group(), 0) + 1
        for m in OPENER.finditer(text):
            openers.add(az_lower(m.group(1)))
    return lower, openers


def hits(record: dict, lower: dict[str, int] | None = None, openers: set[str] | None = None) -> dict[str, list[str]]:
    """Class → the hits in one record (the entity texts and a little context); `lower` and `openers` from
    file_words (sentence_opener only)."""
    lower, openers = lower or {}, openers or set()
    text = record.get("text") or ""
    ents = sorted((e for e in record.get("entities") or []), key=lambda e: e["start"])
    spans = [(e["start"], e["end"]) for e in ents]
    out: dict[str, list[str]] = {c: [] for c in CLASSES}

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in spans)

    def show(e: dict) -> str:
        return (text[max(0, e["start"] - 40):e["start"]] + "[[" + e["text"] + "]]" + text[e["end"]:e["end"] + 40]) \
            .replace("\n", " / ")

    for k, e in enumerate(ents):
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        after = text[e["end"]:e["end"] + 60]
        if e["label"] == "ORG":
            before = text[max(0, e["start"] - 60):e["start"]]
            m = GENITIVE_END.search(before)
            if m and free(e["start"] - len(m.group(0)), e["start"]) and POSSESSIVE_START.match(e["text"]) \
                    and not ADJECTIVE_I.match(e["text"]):
                out["owner_cut"].append(show(e))
            m = HEAD.match(after)
            if m and free(e["end"], e["end"] + m.end()):
                out["head_cut"].append(show(e))
            if nxt is not None and nxt["label"] == "ORG" and text[e["end"]:nxt["start"]] == " " \
                    and not GENITIVE_WORD.search(e["text"]):
                out["split_pair"].append(show(e) + " + " + nxt["text"])
            if nxt is not None and nxt["label"] == "COUNTRY" and text[e["end"]:nxt["start"]] == " " \
                    and COMPANY_NOUN.match(text[nxt["end"]:nxt["end"] + 30]):
                out["company_country"].append(show(e) + " + " + nxt["text"])
            if "Bank" in e["text"].split() and nxt is not None and nxt["label"] == "COUNTRY" \
                    and text[e["end"]:nxt["start"]] == " (" and text[nxt["end"]:nxt["end"] + 1] == ")":
                out["bank_bracket"].append(show(e))
        elif e["label"] in ("PERSON", "REGION") and COMPANY_NOUN.match(after):
            out["company_typed"].append(show(e))
        if e["label"] in ("COUNTRY", "REGION") and (m := DASH_RUN.match(after)) and free(e["end"], e["end"] + m.end()):
            out["dash_cut"].append(show(e))
    for e in ents:
        if e["label"] != "ORG":
            continue
        before = text[max(0, e["start"] - 60):e["start"]]
        field = FIELD_BEFORE.search(before)
        cap = CAP_BEFORE.search(before)
        if field and free(e["start"] - len(field.group(0)), e["start"]) or e["text"].lower().startswith("üzrə ") \
                or " üzrə " in e["text"].lower() and cap and free(e["start"] - len(cap.group(0)), e["start"]):
            out["field_cut"].append(show(e))
        dash = DASH_BEFORE.search(before)
        if dash and free(e["start"] - 2, e["start"]):
            out["dash_cut"].append(show(e))
        words = e["text"].split()
        if len(words) > 1 and (HEAD.match(" " + words[-1]) or REPEAT_HEAD.match(words[-1])):
            stem = " ".join(words[:-1] + [words[-1][:max(3, len(words[-1]) - 3)]])
            for m in re.finditer(re.escape(stem), text):
                a = m.start()
                if a == e["start"] or a and text[a - 1].isalnum() or not free(a, m.end()) \
                        or CAP_BEFORE.search(text[max(0, a - 60):a]):
                    continue
                out["repeat_missed"].append(show(e) + " again at " + str(a))
    for e in ents:
        words = e["text"].split()
        if e["label"] != "ORG" or len(words) < 3 or not SENTENCE_END.search(text[max(0, e["start"] - 20):e["start"]]):
            continue
        first = words[0]
        if INFLECTED.search(first) and not INFLECTED.search(words[1]) and first[1:].islower() \
                and lower.get(az_lower(first), 0) >= 2 and az_lower(first) not in openers:
            out["sentence_opener"].append(show(e))
    for m in FIELD_FREE.finditer(text):
        if free(m.start(), m.end()):
            out["field_cut"].append(text[max(0, m.start() - 40):m.end() + 20].replace("\n", " / "))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outputs", nargs="+", type=Path, help="annotated JSONL files (the pipeline's output)")
    parser.add_argument("--show", type=int, default=0, help="print N hits per class (seed 0)")
    args = parser.parse_args()
    for path in args.outputs:
        found: dict[str, list[str]] = {c: [] for c in CLASSES}
        records = read_jsonl(path)
        lower, openers = file_words(records)
        for record in records:
            for c, h in hits(record, lower, openers).items():
                found[c] += h
        print(f"{path}: " + ", ".join(f"{c} {len(found[c])}" for c in CLASSES))
        rng = random.Random(0)
        for c in CLASSES:
            for h in rng.sample(found[c], min(args.show, len(found[c]))):
                print(f"  {c}: {h}")


if __name__ == "__main__":
    main()
