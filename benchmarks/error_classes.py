"""Count instances of issue 11's error classes in annotated JSONL (the pipeline's output).

    python benchmarks/error_classes.py OUTPUT.jsonl [OUTPUT2.jsonl ...] [--show N]

Broad detectors that read only the output and plain patterns, not the word tables of the rules that
fix the classes, so a count after a rule is what the rule left (they also find some right predictions,
so they are upper bounds; --show N prints N instances per class, seed 0, to read by hand):
- common_word_start (class 1): a one-word, title-case PERSON/ORG/REGION at a sentence or headline start
  whose lower-case form the same file writes in lower case at least twice;
- product_org (class 11): a PERSON/ORG followed (after a closing quote and at most two words) by a
  portal, system, platform, app or e-service noun, or ending in one written with a capital;
- title_as_name (class 2): an ORG/REGION right before a PERSON (a comma at most between) whose last
  word is a title of office ("Xarici İşlər Naziri Hakan Fidan");
- company_as_name (class 10): a one-word PERSON/REGION shaped like a company: Azər + a noun (not
  Azərbaycan, Azəri) or ending in bank, cell, tel ("Azərsu", "Expressbank", "Bakcell");
- vowel_genitive_norm (class 6): a PERSON whose norm ends in vowel + "n" where the text adds
  ı/i/u/ü + n and writes the name without that "n" elsewhere ("Obamanın" → "Obaman" beside "Obama");
- initial_space (class 6): an initial, a full stop and a space before a surname ("A. Məmmədov") that
  no PERSON covers whole;
- money_gap_qualifier (class 7): a MONEY without qualifier followed by one or two words and then
  "çox", "artıq", "az" or "yuxarı" ("500 milyon dollardan bir qədər çox");
- split_region_pair (class 4): two REGIONs joined by a glued hyphen in a list that "iqtisadi rayon" closes
  ("[Quba]-[Xaçmaz] iqtisadi rayonu": one economic region);
- place_opens_event (class 4): a REGION right before an event's, competition's or partnership's word ("Avropa
  Oyunları", "Şərq Tərəfdaşlığı", "Avropa Liqası"; broader than the rule: "Kuboku", "çempionatı", "Forumu",
  which the gold keeps as places, count too);
- event_edition (class 3): an ORG/PERSON/REGION ending in a year or glued to one (“Bakutel-2017”);
- quoted_event (class 3): an ORG that is a whole quoted name before an event, project, app or device noun,
  also after "adlı"/"adlanan" (“X” tədbiri, “X” adlı mobil tətbiq);
- interface_label (class 11): a PERSON/ORG/REGION that is a whole quoted name before a portal's interface noun,
  also after "alt" or more quoted labels (“X” alt bölməsi, “X” və “Y” düymələri);
- compass_outside (class 4): a REGION/COUNTRY right after a compass word that is left outside it ("Orta
  [Asiyanın]", "Şimal-[Şərqi Asiyadan]"), where no capitalised word comes before the compass word;
- common_word_listed (class 1, egov10): a one-word, title-case PERSON/REGION not at a sentence start, a comma or
  "və" on a side, whose lower-case form the file writes in lower case at least twice ("Telekommunikasiya,
  [Proqramlaşdırma], Peyk Rabitəsi"; place lists count too: an upper bound);
- device_product (class 10, egov10): a PERSON/ORG/REGION ending in a capitalised "Kart"/"Token" word, holding a
  card brand (Visa, MasterCard, Maestro, Bolkart) or one word ending in "kart" ("Visa Gold", "Smart Kart");
- street_abbrev_person (class 8, egov10): a PERSON right before an abbreviated street head ("X küç. 5", "X pr. 42").
- quoted_facility (class 3, org3): an ORG that is a whole quoted name before a facility's or event's noun with
  at most three words between (“X” yarımstansiyası, “X” su elektrik stansiyası, “X” sarayında, “X” mahnı
  müsabiqəsi), or an ORG ending in Festival/Müsabiqə/Stansiya;
- opener_split (class 9, org3): an entity that is a whole quoted name right before an ORG ending in a body's head
  ("[“X”] [Olimpiya Tədris-İdman Mərkəzi]"), and a REGION + "və" + such an ORG ("[Avropa] və [Avrasiya
  Məsələləri Bürosu]");
- unit_org (class 5, org3): an ORG that is a unit of power or a commodity's acronym ("MVt", "kV", "LNG", "CNG",
  "AES").
- platform_post (classes 3, 11, egov12): a PERSON/ORG naming a social network as the place of a page or a post:
  followed (after a closing quote or a locative ending) by "(sosial) şəbəkə/səhifə/hesab/profil" in the locative or
  "hesabı", or in the locative before a word of posting ("“X”də yazıb", "“X” sosial şəbəkəsində", "Instagram
  hesabında");
- quoted_event_modified (class 3, egov12): an ORG that is a whole quoted name before one or two lower-case words and
  an event's, award's, contest's or programme's noun (“X” beynəlxalq konfransı, “X” könüllü təşviqat proqramı), or
  before a bracketed gloss ending in one (“X” (Milli İnternet Mükafatı)), or an acronym in brackets after a quoted
  title before such a noun;
- card_label (class 3, egov12): a one-word all-capital ORG before a bare card's or token's noun ("TAC kart", "SMART
  kartlar") or before "tipli" ("SMART tipli sayğaclar").
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.io import read_jsonl  # noqa: E402

CLASSES = ("common_word_start", "product_org", "title_as_name", "company_as_name", "vowel_genitive_norm", "initial_space",
           "money_gap_qualifier", "split_region_pair", "place_opens_event", "event_edition", "quoted_event",
           "interface_label", "compass_outside", "common_word_listed", "device_product", "street_abbrev_person",
           "quoted_facility", "opener_split", "unit_org", "platform_post", "quoted_event_modified", "card_label")
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
PRODUCT_AFTER = re.compile(r"^[”»\"]?\S*\s+(?:\S+\s+){0,2}?(?:portal|sistem|platforma|tətbiq|e-xidmət)\w*", re.I)
PRODUCT_INSIDE = re.compile(r"\s(?:Portal|Sistem|Platforma|Tətbiq|Login|İmza)\w*$")
VOWEL_N = re.compile(r"[aıoueəiöü]n$")
INITIAL_SPACE = re.compile(r"(?<![\w.])([A-ZÇĞİÖŞÜƏ])\. ([A-ZÇĞİÖŞÜƏ][a-zçğıöşüə]+)")
OFFICE = re.compile(r"(?:nazir|müavin|prezident|rəis|sədr|səfir|katib|direktor|komissar|müşavir|nümayəndə|"
                    r"başçı|rəhbər|kansler|kral|baş nazir|sözçü|komandan|müvəkkil)\w*$", re.I)
COMPANY = re.compile(r"^(?:Azər(?!baycan|i\b)\w{2,}|\w+(?:bank|Bank|cell|tel)\w{0,5})$")
GAP_QUALIFIER = re.compile(r"^\s+(?:[^\W\d]+\s+){1,2}?(?:çox|artıq|az|yuxarı)\b")
ECONOMIC_LIST = re.compile(r"^[-–\w\s,]{0,120}?iqtisadi (?:rayon|region)")
EVENT_WORD = re.compile(r"^\s+(?:(?:Olimpiya|Yay|Qış|Rəqəmsal)\s+)?(?:Oyun|oyun|Tərəfdaşl|tərəfdaşl|Liqa|Qran|Gran|Gündəli|"
                        r"Kubo|[Çç]empionat|Forum|Festival|Sammit)")
COMPASS_BEFORE = re.compile(r"(?:^|[^\w”\"»\s]\s*|\s[a-zçşöüğıə]\w*\s)(?:Mərkəzi|Şərqi|Qərbi|Cənubi|Şimali|Orta|"
                            r"(?:Şimal|Cənub)-(?:Şərqi|Qərbi)|(?:Şimal|Cənub)-)\s?$")
YEAR_END = re.compile(r"(?:^|[^\d:])(?:19|20)\d\d$")
YEAR_GLUED = re.compile(r"^[-–]?(?:19|20)\d\d(?!\d)")
QUOTE_OPEN, QUOTE_CLOSE = "“\"«„", "”\"»"
EVENT_NOUN = re.compile(r"^[”\"»]\s+(?:(?:adlı|adlanan|adında)\s+(?:\w+\s+){0,2}?)?"
                        r"(?:tədbir|konfrans|sərgi|festival|müsabiqə|forum|sammit|seminar|hakaton|layihə|tətbiq|"
                        r"tərtibat|qurğu|ixtira)")
DEVICE = re.compile(r"(?:\s(?:Kart|Token)\w*$|(?:^|\s)(?:Visa|MasterCard|Mastercard|Maestro|Bolkart)\s|^\w+kart$)")
STREET_ABBREV = re.compile(r"^\s+(?:küç|pr|prosp)\.")
INTERFACE_NOUN = re.compile(r"^[”\"»](?:\s*(?:və|,)\s*[“\"«][^”\"»]{1,40}[”\"»])*\s+(?:alt\s+)?"
                            r"(?:bölmə|düymə|menyu|pəncərə|sütun|link|sekmə|xana)")
FACILITY_NOUN = re.compile(r"^[”\"»]\s+(?:[\w-]+\s+){0,3}?(?:yarımstansiya|stansiya|saray|festival|müsabiqə|"
                           r"hotel|otel|stadion|arena|su anbar)", re.I)
FACILITY_END = re.compile(r"\s(?:Festival|Müsabiqə|Stansiya|Yarımstansiya)\w*$")
BODY_END = re.compile(r"\s[\w-]*(?:Mərkəz|Klub|Akademiya|İnstitut|Büro|Nazirliy|Fond|Komitə|Şura|İdarə|Birliy|"
                      r"Assosiasiya|Federasiya|Universitet|Muzey|Teatr|Agentliy|Xidmət)\w*$")
PAGE = re.compile(r"^[”\"»]?(?:[-'’]?d[aə](?:kı|ki)?)?\s+(?:sosial\s+)?(?:şəbəkə|səhifə|hesab|profil)\w*?"
                  r"(?:nda|ndə|ndakı|ndəki|sı|bı|ı)\b")
POST_WORD = r"\s+(?:\w+\s+){0,2}?(?:yaz|paylaş|hesab|səhifə|bildir|yerləşdir)"
POST = re.compile(r"^[”\"»]?[-'’]?d[aə](?:kı|ki)?" + POST_WORD)  # the locative after the name
GLUED_LOCATIVE = re.compile(r"[-'’]d[aə](?:kı|ki)?$")  # the locative inside the name: "X-də"
POST_AFTER = re.compile("^" + POST_WORD)
EVENT_OR_AWARD = (r"(?:konfrans|forum|sammit|sərgi|festival|müsabiqə|yarış|hakaton|tədbir|mükafat|nominasiya|proqram|"
                  r"layihə)")
QUOTED_MODIFIED = re.compile(r"^[”\"»](?:\s+[a-zəüöğışç][\w-]*){1,2}\s+" + EVENT_OR_AWARD, re.I)
GLOSS = re.compile(r"^[”\"»]?\s*\([^()]{3,80}?(?:Mükafat|Konfrans|Forum|Müsabiqə|Festival|Sərgi)\w*\)")
BRACKETED = re.compile(r"^\)\s+(?:[a-zəüöğışç]\w*\s+){0,2}?" + EVENT_OR_AWARD)
CARD = re.compile(r"^\s+(?:kart|kartlar|token|tokenlər|tipli)\b")
ACRONYM = re.compile(r"[A-ZƏÜÖĞİŞÇ][A-ZƏÜÖĞİŞÇ0-9]{1,7}")
UNIT = re.compile(r"(?:KVA|kVA|kVt|KVt|MVt|GVt|MVA|kV|KV|MW|GW|kW|LNG|LPG|CNG|AES|İES|YDS)(?:[-'’]\w+)?")


def lower(text: str) -> str:
    return text.replace("İ", "i").replace("I", "ı").lower()


def sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \t—–-•")
    return not before or before[-1] in ".!?\n:"


def lower_words(records: list[dict]) -> Counter:
    """Word forms written in lower case (not at a sentence start) in the records' texts."""
    out: Counter = Counter()
    for rec in records:
        text = rec.get("text") or ""
        for m in WORD.finditer(text):
            if m.group()[0].islower():
                out[m.group()] += 1
    return out


def instances(records: list[dict], preds: list[dict]) -> dict[str, list[str]]:
    """class → short descriptions of its instances in `preds` (aligned with `records`)."""
    lows = lower_words(records)
    found: dict[str, list[str]] = {c: [] for c in CLASSES}
    for rec, pred in zip(records, preds):
        text = rec.get("text") or ""
        ents = pred.get("entities", [])
        for e in ents:
            s, t, lab = e["start"], e["end"], e["label"]
            word = e["text"]
            ctx = text[max(0, s - 25):t + 35].replace("\n", " ")
            if lab in ("PERSON", "ORG", "REGION") and " " not in word and word[:1].isupper() \
                    and not word.isupper() and sentence_start(text, s) and lows[lower(word)] >= 2:
                found["common_word_start"].append(f"{lab} {word!r}: …{ctx}…")
            if lab in ("PERSON", "ORG") and (PRODUCT_AFTER.match(text[t:t + 60]) or PRODUCT_INSIDE.search(word)):
                found["product_org"].append(f"{lab} {word!r}: …{ctx}…")
            if lab in ("PERSON", "REGION") and COMPANY.match(word):
                found["company_as_name"].append(f"{lab} {word!r}")
            norm = e.get("norm") or ""
            if lab == "PERSON" and VOWEL_N.search(norm) and re.search(r"n[ıiuü]n$", word) \
                    and re.search(r"(?<!\w)" + re.escape(norm.split()[-1][:-1]) + r"(?!\w)", text):
                found["vowel_genitive_norm"].append(f"{word!r} → {norm!r}")
            if lab == "MONEY" and not e.get("qualifier") and GAP_QUALIFIER.match(text[t:t + 40]):
                found["money_gap_qualifier"].append(f"{word!r}{text[t:t + 30]!r}")
            if lab in ("PERSON", "ORG", "REGION") and (YEAR_END.search(word) and re.search(r"[^\W\d]", word)
                                                      or YEAR_GLUED.match(text[t:t + 6])):
                found["event_edition"].append(f"{lab} {word!r}: …{ctx}…")
            quoted = s > 0 and text[s - 1] in QUOTE_OPEN
            if lab == "ORG" and quoted and EVENT_NOUN.match(text[t:t + 60]):
                found["quoted_event"].append(f"{word!r}: …{ctx}…")
            if lab in ("PERSON", "ORG", "REGION") and quoted and INTERFACE_NOUN.match(text[t:t + 100]):
                found["interface_label"].append(f"{lab} {word!r}: …{ctx}…")
            if lab in ("REGION", "COUNTRY") and COMPASS_BEFORE.search(text[max(0, s - 40):s]):
                found["compass_outside"].append(f"{lab} {word!r}: …{ctx}…")
            if lab in ("PERSON", "REGION") and " " not in word and word[:1].isupper() and not word.isupper() \
                    and not sentence_start(text, s) and lows[lower(word)] >= 2 \
                    and (re.search(r"(?:,|\svə)\s$", text[max(0, s - 4):s]) or re.match(r"^(?:,|\svə\s)", text[t:t + 4])):
                found["common_word_listed"].append(f"{lab} {word!r}: …{ctx}…")
            if lab in ("PERSON", "ORG", "REGION") and DEVICE.search(word):
                found["device_product"].append(f"{lab} {word!r}: …{ctx}…")
            if lab == "PERSON" and STREET_ABBREV.match(text[t:t + 10]):
                found["street_abbrev_person"].append(f"{word!r}: …{ctx}…")
            if lab == "ORG" and (quoted and FACILITY_NOUN.match(text[t:t + 60]) or FACILITY_END.search(word)):
                found["quoted_facility"].append(f"{word!r}: …{ctx}…")
            if lab == "ORG" and UNIT.fullmatch(word):
                found["unit_org"].append(f"{word!r}: …{ctx}…")
            after = text[t:t + 80]
            if lab in ("PERSON", "ORG") and (PAGE.match(after) or POST.match(after)
                                            or GLUED_LOCATIVE.search(word) and POST_AFTER.match(after)):
                found["platform_post"].append(f"{lab} {word!r}: …{ctx}…")
            bracketed = s > 1 and text[s - 1] == "(" and text[:s - 1].rstrip()[-1:] in QUOTE_CLOSE
            if lab == "ORG" and (quoted and (QUOTED_MODIFIED.match(after) or GLOSS.match(after))
                                 or bracketed and BRACKETED.match(after)):
                found["quoted_event_modified"].append(f"{word!r}: …{ctx}…")
            if lab == "ORG" and ACRONYM.fullmatch(word) and CARD.match(after):
                found["card_label"].append(f"{word!r}: …{ctx}…")
            if lab == "REGION" and EVENT_WORD.match(text[t:t + 40]):
                found["place_opens_event"].append(f"{word!r}: …{ctx}…")
        ordered = sorted(ents, key=lambda e: e["start"])
        for a, b in zip(ordered, ordered[1:]):
            if a["label"] == b["label"] == "REGION" and text[a["end"]:b["start"]] == "-" \
                    and ECONOMIC_LIST.match(text[b["end"]:b["end"] + 140]):
                found["split_region_pair"].append(f"{a['text']}-{b['text']}")
            if a["label"] in ("ORG", "REGION") and b["label"] == "PERSON" and OFFICE.search(a["text"]) \
                    and re.fullmatch(r"\s*,?\s*", text[a["end"]:b["start"]]):
                found["title_as_name"].append(f"{a['label']} {a['text']!r} {b['text']!r}")
            gap = text[a["end"]:b["start"]]
            if b["label"] == "ORG" and BODY_END.search(" " + b["text"]) and (
                    a["start"] > 0 and text[a["start"] - 1] in QUOTE_OPEN and re.fullmatch(r"[”\"»] ", gap)
                    or a["label"] == "REGION" and gap == " və "):
                found["opener_split"].append(f"{a['label']} {a['text']!r} {gap!r} {b['text']!r}")
        persons = [(e["start"], e["end"]) for e in ents if e["label"] == "PERSON"]
        for m in INITIAL_SPACE.finditer(text):
            if not any(s <= m.start() and m.end() <= t for s, t in persons):
                found["initial_space"].append(f"{m.group()!r}: …{text[max(0, m.start() - 20):m.end() + 20]}…")
    return found


def count_classes(records: list[dict], preds: list[dict]) -> Counter:
    return Counter({c: len(v) for c, v in instances(records, preds).items()})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outputs", type=Path, nargs="+", help="annotated JSONL (text and entities)")
    ap.add_argument("--show", type=int, default=0, help="instances to print per class")
    args = ap.parse_args()
    for path in args.outputs:
        if not path.exists():
            raise SystemExit(f"{path} is absent")
        records = read_jsonl(path)
        found = instances(records, records)
        print(f"{path} ({len(records)} documents)")
        for cls in CLASSES:
            print(f"  {cls:22} {len(found[cls]):6}")
            sample = list(found[cls])
            random.Random(0).shuffle(sample)
            for item in sample[:args.show]:
                print(f"      {item}")


if __name__ == "__main__":
    main()
