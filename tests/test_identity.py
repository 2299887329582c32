"""pipeline.identity: refs across documents (table tests of our own phrases), registry, scores, `link`."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from pipeline.identity import Linker
from pipeline.identity.names import person_name, surnames_match
from pipeline.identity.scoring import bcubed, pairwise, ref_scores

COUNTRIES = {"Azərbaycan": "AZ", "Litva": "LT", "Türkiyə": "TR", "Xorvatiya": "HR"}


def record(text: str, *ents: tuple[str, str, str], rid: str = "r", date: str | None = None) -> dict:
    """A record with the entities (surface, label, norm) found in `text` in order; COUNTRY gets its id."""
    out, pos = [], 0
    for surface, label, norm in ents:
        start = text.index(surface, pos)
        pos = start + len(surface)
        e = {"start": start, "end": pos, "label": label, "text": surface, "norm": norm}
        if label == "COUNTRY":
            e["id"] = COUNTRIES[norm]
        out.append(e)
    rec = {"id": rid, "text": text, "entities": out}
    if date:
        rec["date"] = date
    return rec


def person(name: str, rid: str) -> dict:
    return record(f"Bu gün {name} çıxış edib.", (name, "PERSON", name), rid=rid)


def refs(rec: dict) -> list[str]:
    return [e["ref"] for e in rec["entities"] if "ref" in e]


# -- persons: pairs of our own, each in its own document ----------------------------------------------
MUST_LINK = [
    ("Donald Tramp", "Tramp"),                       # surname alone, corpus knows one full name
    ("Tramp", "Donald Tramp"),                       # the full name claims the surname seen before
    ("Emmanuel Makron", "Emmanuel Macron"),          # transliteration c/k
    ("Fərhan Haq", "Fərhan Hak"),                    # q/k
    ("Volodimir Zelenski", "Zelenskiy"),             # -iy ending
    ("Robert Köçəryan", "Robert Koçaryan"),          # ö/o, ə/a
    ("Rəcəb Tayyib Ərdoğan", "Rəcəb Tayyib Erdoğan"),  # one edit in a long surname
    ("İlham Əliyev", "İ.Əliyev"),                    # initial
    ("Davut Gül", "D. Gül"),                         # initial with a space
    ("Zərifə xanım Əliyeva", "Zərifə Əliyeva"),      # honorific
    ("Bağırov Famil Zeynal oğlu", "Famil Bağırov"),  # official order with patronymic
    ("Vladimir Zelenski", "Volodimir Zelenski"),     # given-name spelling
    ("Maykl Uolts", "Mayk Uolts"),                   # short given name
]
MUST_NOT_LINK = [
    ("İlham Əliyev", "Heydər Əliyev"),               # same surname, other given name
    ("İlham Əliyev", "Mehriban Əliyeva"),            # gender ending
    ("Anar Məmmədov", "Ənvər Məmmədov"),             # short given names one letter apart
    ("İlham Əliyev", "H.Əliyev"),                    # initial that does not fit
    ("Ivanov", "Ivanova"),
    ("Petr Sokolov", "Petr Sokolski"),               # surnames two edits apart
]


@pytest.mark.parametrize("a,b", MUST_LINK)
def test_persons_that_must_link(a, b):
    linker = Linker()
    assert refs(linker.link(person(a, "1"))) == refs(linker.link(person(b, "2")))


@pytest.mark.parametrize("a,b", MUST_NOT_LINK)
def test_persons_that_must_not_link(a, b):
    linker = Linker()
    assert refs(linker.link(person(a, "1"))) != refs(linker.link(person(b, "2")))


def test_a_surname_two_people_share_is_not_guessed():
    linker = Linker()
    ilham = refs(linker.link(person("İlham Əliyev", "1")))[0]
    heydar = refs(linker.link(person("Heydər Əliyev", "2")))[0]
    alone = refs(linker.link(person("Əliyev", "3")))[0]
    assert alone not in (ilham, heydar)


def test_the_document_resolves_a_surname_the_corpus_shares():
    linker = Linker()
    linker.link(person("Heydər Əliyev", "1"))
    ilham = refs(linker.link(person("İlham Əliyev", "2")))[0]
    text = "Prezident İlham Əliyev bildirib. Əliyev əlavə edib."
    rec = linker.link(record(text, ("İlham Əliyev", "PERSON", "İlham Əliyev"), ("Əliyev", "PERSON", "Əliyev")))
    assert refs(rec) == [ilham, ilham]


def test_name_parts():
    p = person_name("Bağırov Famil Zeynal oğlu")
    assert (p.display, p.full) == ("Famil Bağırov", True)
    assert person_name("İ.H.Əliyev").initials == ("i", "h")
    assert surnames_match("zelenski", "zelenski") and not surnames_match("aliev", "alieva")


# -- organisations -------------------------------------------------------------------------------------
def org(name: str, rid: str, country: str | None = None) -> dict:
    text = f"{country + ' ilə ' if country else ''}{name} açıqlama yayıb."
    ents = ([(country, "COUNTRY", country)] if country else []) + [(name, "ORG", name)]
    return record(text, *ents, rid=rid)


def org_refs(recs: list[dict]) -> list[str]:
    linker = Linker(default_country=None)
    return [[e["ref"] for e in linker.link(r)["entities"] if e["label"] == "ORG"][-1] for r in recs]


def test_acronym_from_brackets_links_across_documents():
    text = "Mərkəzi Seçki Komissiyasının (MSK) iclası keçirilib."
    first = record(text, ("Mərkəzi Seçki Komissiyasının", "ORG", "Mərkəzi Seçki Komissiyası"), ("MSK", "ORG", "MSK"))
    linker = Linker()
    a = refs(linker.link(first))
    b = refs(linker.link(org("MSK", "2")))
    assert a[0] == a[1] == b[0]


@pytest.mark.parametrize("full,short", [
    ("Birləşmiş Millətlər Təşkilatı", "BMT"),       # initials, never seen together, either order
    ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", "ATƏT"),  # "və" skipped
])
def test_acronym_by_initials(full, short):
    assert len(set(org_refs([org(full, "1"), org(short, "2")]))) == 1
    assert len(set(org_refs([org(short, "1"), org(full, "2")]))) == 1


def test_two_letter_acronym_needs_its_name_in_the_document():
    assert len(set(org_refs([org("Avropa İttifaqı", "1"), org("Aİ", "2")]))) == 2


@pytest.mark.parametrize("a,b,same", [
    (("Müdafiə Nazirliyi", "Litva"), ("Müdafiə Nazirliyi", "Azərbaycan"), False),  # national body, two states
    (("Müdafiə Nazirliyi", "Litva"), ("Müdafiə Nazirliyi", "Litva"), True),
    (("Azərbaycan Mərkəzi Bankı", None), ("Mərkəzi Bank", "Azərbaycan"), True),      # country word dropped
    (("Türkiyə Daxili İşlər Nazirliyi", None), ("Daxili İşlər Nazirliyi", "Türkiyə"), True),
    (("Xarici İşlər Nazirliyi", "Türkiyə"), ("Daxili İşlər Nazirliyi", "Türkiyə"), False),
    (("“Humix” MMC", None), ("“Humix” Məhdud Məsuliyyətli Cəmiyyəti", None), True),  # spelt-out legal form
    (("Avropa İttifaqı Şurası", "Litva"), ("Avropa İttifaqı Şurası", "Türkiyə"), True),  # international
])
def test_organisation_pairs(a, b, same):
    got = org_refs([org(a[0], "1", a[1]), org(b[0], "2", b[1])])
    assert (got[0] == got[1]) is same


def test_national_body_takes_the_country_its_document_names():
    linker = Linker()
    rec = linker.link(org("Müdafiə Nazirliyi", "1", "Litva"))
    assert refs(rec)[-1].endswith("[LT]")


def test_clubs_of_one_name_in_two_cities_stay_apart_and_a_bare_name_joins_the_placed_one():
    tbilisi = record("Tbilisi “Dinamo”su qalib gəlib.", ("Tbilisi", "REGION", "Tbilisi"), ("Dinamo", "ORG", "Dinamo"))
    zagreb = record("“Dinamo” (Xorvatiya) uduzub.", ("Dinamo", "ORG", "Dinamo"), ("Xorvatiya", "COUNTRY", "Xorvatiya"))
    linker = Linker()
    assert refs(linker.link(tbilisi))[-1] != refs(linker.link(zagreb))[0]
    city = record("“Mançester Siti” (İngiltərə) qalib.", ("Mançester Siti", "ORG", "Mançester Siti"),
                  ("İngiltərə", "REGION", "İngiltərə"))
    assert len(set(org_refs([org("Mançester Siti", "1"), city]))) == 1


def test_quoted_core_is_a_short_form():
    text = "“Günəş” İctimai Birliyinin layihəsi. Günəş bildirib."
    rec = Linker().link(record(text, ("“Günəş” İctimai Birliyinin", "ORG", "“Günəş” İctimai Birliyi"),
                                ("Günəş", "ORG", "Günəş")))
    assert len(set(refs(rec))) == 1


# -- leaders, regions, registry, streaming ----------------------------------------------------------------
def leader_record(rid: str, date: str) -> dict:
    text = "Azərbaycan Prezidenti İlham Əliyev Bakıda Aİ nümayəndələrini qəbul edib. Əliyev bildirib."
    rec = record(text, ("Azərbaycan", "COUNTRY", "Azərbaycan"), ("Prezidenti", "TITLE", "Prezident"),
                 ("İlham Əliyev", "PERSON", "İlham Əliyev"), ("Bakıda", "REGION", "Bakı"), ("Aİ", "ORG", "Aİ"),
                 ("Əliyev", "PERSON", "Əliyev"), rid=rid, date=date)
    rec["leaders"] = [{"name": "İlham Əliyev", "title": "Prezident", "country": "AZ", "org": None,
                       "mentions": [[22, 34], [73, 79]]}]
    return rec


def test_leaders_and_regions_get_refs_and_the_registry_counts():
    linker = Linker()
    out = linker.link(leader_record("1", "2025-01-02"))
    linker.link(leader_record("2", "2025-03-04"))
    assert out["leaders"][0]["ref"] == out["entities"][2]["ref"] == out["entities"][5]["ref"]
    assert out["entities"][3]["ref"] == "Bakı [AZ]"
    entry = linker.ids[out["leaders"][0]["ref"]].to_json()
    assert entry["documents"] == 2 and entry["mentions"] == 4
    assert entry["titles"] == [{"title": "Prezident", "country": "AZ", "org": None,
                                "first": "2025-01-02", "last": "2025-03-04"}]
    assert (entry["first_seen"], entry["last_seen"]) == ("2025-01-02", "2025-03-04")
    assert entry["variants"] == {"İlham Əliyev": 2, "Əliyev": 2}
    assert entry["cooccurs"] == {"Aİ": 2, "Bakı [AZ]": 2}


STREAM = [person("Tramp", "1"), org("BMT", "2"), person("Donald Tramp", "3"), leader_record("4", "2025-01-01"),
          org("Birləşmiş Millətlər Təşkilatı", "5"), person("Zelenskiy", "6"), person("Volodimir Zelenski", "7")]


def test_registry_continuation_keeps_refs(tmp_path):
    whole = Linker()
    expected = [whole.link(r) for r in STREAM]
    first = Linker()
    got = [first.link(r) for r in STREAM[:3]]
    first.save(tmp_path / "reg.jsonl")
    again = Linker.load(tmp_path / "reg.jsonl")
    got += [again.link(r) for r in STREAM[3:]]
    assert got == expected
    assert [i.to_json() for i in again.identities()] == [i.to_json() for i in whole.identities()]


def run_link(tmp_path, lines: list[str], *extra: str) -> subprocess.CompletedProcess:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "pipeline", "link", str(src), "-o", str(tmp_path / "out.jsonl"),
                           "--registry", str(tmp_path / "reg.jsonl"), *extra], capture_output=True, text=True)


def read(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_streaming_equals_the_command(tmp_path):
    proc = run_link(tmp_path, [json.dumps(r, ensure_ascii=False) for r in STREAM], "--graph", str(tmp_path / "e.csv"))
    assert proc.returncode == 0, proc.stderr
    linker = Linker()
    assert read(tmp_path / "out.jsonl") == [linker.link(r) for r in STREAM]
    assert read(tmp_path / "reg.jsonl") == [i.to_json() for i in linker.identities()]
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert {"source": "Aİ", "target": "Bakı [AZ]", "weight": "1", "source_label": "ORG",
            "target_label": "REGION"} in rows


def test_bad_input_passes_through(tmp_path):
    lines = ['{"line": 3, "error": "not valid JSON"}', '{"id": "x", "text": "Boş."}', "not json",
             '{"id": "y", "text": "Heç nə.", "entities": []}', "[1, 2]", '{"id": "z", "entities": null}']
    proc = run_link(tmp_path, lines)
    assert proc.returncode == 1
    out = read(tmp_path / "out.jsonl")
    assert len(out) == 6
    assert [out[i] for i in (0, 1, 3, 5)] == [json.loads(lines[i]) for i in (0, 1, 3, 5)]
    assert out[2]["line"] == 3 and "JSON" in out[2]["error"]
    assert out[4]["line"] == 5 and "error" in out[4]
    assert "line 3" in proc.stderr and "line 5" in proc.stderr


def test_environment_mistakes_exit_2(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "link", str(tmp_path / "absent.jsonl"), "-o",
                           str(tmp_path / "o.jsonl"), "--registry", str(tmp_path / "r.jsonl")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "absent.jsonl" in proc.stderr
    bad = tmp_path / "old.jsonl"
    bad.write_text('{"id": "x", "text": "a"}\n', encoding="utf-8")
    proc = run_link(tmp_path, ['{"id": "a", "text": "b", "entities": []}'], "--registry-in", str(bad))
    assert proc.returncode == 2 and "line 1" in proc.stderr and "Traceback" not in proc.stderr


def test_registry_summary(tmp_path):
    linker = Linker()
    for r in STREAM:
        linker.link(r)
    linker.save(tmp_path / "reg.jsonl")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "summary", str(tmp_path / "reg.jsonl")],
                          capture_output=True, text=True)
    assert proc.returncode == 0
    assert "top people" in proc.stdout and "titles over time" in proc.stdout
    assert "2025-01-01..2025-01-01  İlham Əliyev — Prezident (AZ)" in proc.stdout


# -- scores --------------------------------------------------------------------------------------------
def test_bcubed_and_pairwise_by_hand():
    items = [("PERSON", "A", "x"), ("PERSON", "A", "y"), ("PERSON", "B", "y")]
    b = bcubed(items)
    assert b["precision"] == pytest.approx(2 / 3) and b["recall"] == pytest.approx(2 / 3)
    pw = pairwise(items)
    assert pw["precision"] == 0 and pw["recall"] == 0
    assert bcubed([("ORG", "A", "x"), ("ORG", "A", "x")])["f1"] == 1.0


def test_ref_scores_only_on_strict_matches_and_only_with_gold_refs():
    gold = {"entities": [{"start": 0, "end": 3, "label": "ORG", "ref": "A"},
                         {"start": 5, "end": 8, "label": "ORG", "ref": "A"},
                         {"start": 9, "end": 12, "label": "ORG", "ref": "A"}]}
    pred = {"entities": [{"start": 0, "end": 3, "label": "ORG", "ref": "p"},
                         {"start": 5, "end": 8, "label": "ORG", "ref": "q"},
                         {"start": 9, "end": 13, "label": "ORG", "ref": "p"}]}
    scores = ref_scores([(gold, pred)])
    assert scores["bcubed"]["overall"]["mentions"] == 2
    assert scores["bcubed"]["ORG"]["recall"] == pytest.approx(0.5)
    assert ref_scores([({"entities": [{"start": 0, "end": 1, "label": "ORG"}]}, pred)]) is None


def test_gold_dev_mentions_link_well(shared):
    gold = [json.loads(line) for line in open(shared / "corpus" / "dev.jsonl", encoding="utf-8")]
    bare = [{**g, "entities": [{k: v for k, v in e.items() if k != "ref"} for e in g["entities"]]} for g in gold]
    linker = Linker()
    scores = ref_scores(list(zip(gold, [linker.link(r) for r in bare])))
    for label in ("overall", "PERSON", "ORG"):
        assert scores["bcubed"][label]["f1"] >= 0.97, label
