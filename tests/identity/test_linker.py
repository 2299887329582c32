"""pipeline.identity: refs across documents (table tests of our own phrases), leaders, registry, continuation."""
from __future__ import annotations

import pytest

from pipeline.identity import Linker
from pipeline.identity.names import person_name, surnames_match

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
    ("Teymur Məmmədov", "Seymur Məmmədov"),          # given names one consonant apart
    ("Dinarə Əliyeva", "Dilarə Əliyeva"),
    ("Rəşad Məmmədov", "Rəşid Məmmədov"),            # one vowel apart, but short names
    ("Elnur Hüseynov", "Elnur Hüseynli"),            # surnames one consonant apart
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


def titled(title: str, name: str, rid: str) -> dict:
    text = f"Azərbaycan {title} {name} bildirib."
    rec = record(text, ("Azərbaycan", "COUNTRY", "Azərbaycan"), (title, "TITLE", title), (name, "PERSON", name), rid=rid)
    start = text.index(name)
    rec["leaders"] = [{"name": name, "title": title, "country": "AZ", "org": None,
                       "mentions": [[start, start + len(name)]]}]
    return rec


def test_a_title_picks_the_one_holder_among_namesakes():
    linker = Linker()
    ilham = refs(linker.link(titled("Prezident", "İlham Əliyev", "1")))[-1]
    linker.link(titled("Deputat", "Heydər Əliyev", "2"))
    assert refs(linker.link(titled("Prezident", "Əliyev", "3")))[-1] == ilham
    assert refs(linker.link(titled("Nazir", "Əliyev", "4")))[-1] != ilham
    assert refs(linker.link(person("Əliyev", "5")))[-1] != ilham


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
    (("`Humix` MMC", None), ("“Humix” MMC", None), True),  # a backtick quotes as the other quotes do
    (("Avropa İttifaqı Şurası", "Litva"), ("Avropa İttifaqı Şurası", "Türkiyə"), True),  # international
    (("Azərbaycan Hava Yolları", None), ("Türkiyə Hava Yolları", None), False),  # companies keep their country
])
def test_organisation_pairs(a, b, same):
    got = org_refs([org(a[0], "1", a[1]), org(b[0], "2", b[1])])
    assert (got[0] == got[1]) is same


def test_a_long_body_name_known_in_one_country_keeps_it_where_only_the_article_guesses():
    name = "Vətəndaşlara Xidmət və Sosial İnnovasiyalar Agentliyi"
    first = org(f"Azərbaycan {name}", "1")
    guessed = record(f"Litva və Litva. {name} bildirib.", ("Litva", "COUNTRY", "Litva"), ("Litva", "COUNTRY", "Litva"),
                     (name, "ORG", name), rid="2")
    assert len(set(org_refs([first, guessed]))) == 1
    short = record("Litva və Litva. Müdafiə Nazirliyi bildirib.", ("Litva", "COUNTRY", "Litva"),
                   ("Litva", "COUNTRY", "Litva"), ("Müdafiə Nazirliyi", "ORG", "Müdafiə Nazirliyi"), rid="4")
    assert len(set(org_refs([org("Azərbaycan Müdafiə Nazirliyi", "3"), short]))) == 2  # a kind every state has


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


def test_a_short_form_bracketed_inside_the_span_expands_across_documents():
    text = "Şimal Dəniz Balıqçılıq Agentliyi (Fishnet) bildirib."
    first = record(text, ("Şimal Dəniz Balıqçılıq Agentliyi (Fishnet)", "ORG", "Şimal Dəniz Balıqçılıq Agentliyi (Fishnet)"))
    assert len(set(org_refs([first, org("Fishnet", "2"), org("Şimal Dəniz Balıqçılıq Agentliyi", "3")]))) == 1


def test_an_explanation_in_brackets_is_no_name():
    text = "XYZ (sadə formatdır, asanlıqla oxunur) geniş yayılıb. Qara Dəniz Ticarət Birliyi (QDTB) bildirib."
    rec = record(text, ("XYZ", "ORG", "XYZ"), ("Qara Dəniz Ticarət Birliyi", "ORG", "Qara Dəniz Ticarət Birliyi"),
                 ("QDTB", "ORG", "QDTB"))
    out = Linker().link(rec)
    assert refs(out)[0] == "XYZ" and refs(out)[1] == refs(out)[2]


def test_an_acronym_that_names_its_country_keeps_it():
    text = "Azərbaycan Dövlət Xəbər Agentliyi (AZDXA) bildirib."
    first = record(text, ("Azərbaycan Dövlət Xəbər Agentliyi", "ORG", "Azərbaycan Dövlət Xəbər Agentliyi"),
                   ("AZDXA", "ORG", "AZDXA"))
    later = org("AZDXA", "2", "Litva")  # a document about Lithuania quoting the agency
    got = org_refs([first, later])
    assert got[0] == got[1] and got[0].endswith("[AZ]")


def test_an_acronym_of_a_body_takes_its_documents_country():
    text = "Türkiyə Xarici İşlər Nazirliyi (XİN) bildirib."
    first = record(text, ("Türkiyə Xarici İşlər Nazirliyi", "ORG", "Türkiyə Xarici İşlər Nazirliyi"),
                   ("XİN", "ORG", "XİN"))
    got = org_refs([first, org("XİN", "2", "Litva")])
    assert got[0].endswith("[TR]") and got[1].endswith("[LT]")


def test_a_place_in_another_case_is_no_qualifier():
    text = "Pekində “Günəş” Fondu sərgi açıb."
    rec = record(text, ("Pekində", "REGION", "Pekin"), ("Günəş", "ORG", "Günəş"))
    assert len(set(org_refs([rec, org("Günəş", "2")]))) == 1


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


MSK = record("Mərkəzi Seçki Komissiyasının (MSK) iclası.", ("Mərkəzi Seçki Komissiyasının", "ORG",
             "Mərkəzi Seçki Komissiyası"), ("MSK", "ORG", "MSK"), rid="msk")
STREAM = [person("Tramp", "1"), org("BMT", "2"), person("Donald Tramp", "3"), leader_record("4", "2025-01-01"),
          org("Birləşmiş Millətlər Təşkilatı", "5"), person("Zelenskiy", "6"), MSK, org("BMT", "8"),
          person("Volodimir Zelenski", "9"), org("MSK", "10"), person("Əliyev", "11")]


@pytest.mark.parametrize("cut", range(1, len(STREAM)))
def test_registry_continuation_keeps_refs(tmp_path, cut):
    whole = Linker()
    expected = [whole.link(r) for r in STREAM]
    first = Linker()
    got = [first.link(r) for r in STREAM[:cut]]
    first.save(tmp_path / "reg.jsonl")
    again = Linker.load(tmp_path / "reg.jsonl")
    got += [again.link(r) for r in STREAM[cut:]]
    assert got == expected
    assert [i.to_json() for i in again.identities()] == [i.to_json() for i in whole.identities()]


def test_malformed_entities_are_kept_and_never_crash():
    rec = {"id": "m", "text": "Abc def.", "entities": [
        "not an entity", {"label": "ORG"}, {"start": 0, "end": 3, "label": "ORG"},
        {"start": 0, "end": 3, "label": "PERSON", "norm": 5}, {"start": 4, "end": 7, "label": "REGION", "norm": ""},
        {"start": 4, "end": 7, "label": "ORG", "text": "def", "norm": "Def"}],
        "leaders": ["x", {"name": "Abc", "mentions": "bad"}]}
    out = Linker().link(rec)
    assert out["entities"][:2] == rec["entities"][:2] and out["leaders"][0] == "x"
    assert "ref" not in out["entities"][2] and "ref" not in out["entities"][4]
    assert out["entities"][5]["ref"] == "Def" and out["leaders"][1]["ref"] is None
    assert rec["entities"][5] == {"start": 4, "end": 7, "label": "ORG", "text": "def", "norm": "Def"}  # not mutated


def test_event_arguments_get_their_entities_refs():
    rec = record("Donald Tramp Ankarada Türkiyə Prezidenti ilə görüşüb. Tramp BMT-də çıxış edib.",
                 ("Donald Tramp", "PERSON", "Donald Tramp"), ("Ankarada", "REGION", "Ankara"),
                 ("Türkiyə", "COUNTRY", "Türkiyə"), ("Tramp", "PERSON", "Tramp"), ("BMT", "ORG", "BMT"))
    trump, ankara, turkey = rec["entities"][:3]
    rec["events"] = [{"type": "MEET", "trigger": {"start": 42, "end": 49, "text": "görüşüb"}, "modality": "actual",
                      "args": [{"role": "participant", **{k: trump[k] for k in ("start", "end", "label", "text")}},
                               {"role": "participant", **{k: turkey[k] for k in ("start", "end", "label", "text")}},
                               {"role": "place", **{k: ankara[k] for k in ("start", "end", "label", "text")}},
                               {"role": "place", "start": 0, "end": 5, "label": "REGION", "text": "Donal"}]}]
    out = Linker().link(rec)
    args = out["events"][0]["args"]
    assert args[0]["ref"] == out["entities"][0]["ref"] == out["entities"][3]["ref"]
    assert args[2]["ref"] == out["entities"][1]["ref"]
    assert "ref" not in args[1] and "ref" not in args[3]  # a COUNTRY keeps its id; no entity there: no ref
    assert "ref" not in rec["events"][0]["args"][0], "the input record is not changed"


def test_events_that_are_not_lists_of_dicts_are_kept():
    rec = person("Tramp", "1")
    rec["events"] = [None, {"type": "MEET"}, {"args": [None, 3]}]
    assert Linker().link(rec)["events"] == rec["events"]
