"""az_gazetteer: CLDR/alias names in every case form, filling only what the NER left empty."""
from __future__ import annotations

import pytest

import pipeline
from pipeline.names.gazetteer import entries, find


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


def places(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents if e.label_ in ("COUNTRY", "REGION")]


FOUND = [
    # (text, expected (span text, label, code) in order)
    ("Qazaxıstanın ixracı artıb.", [("Qazaxıstanın", "COUNTRY", "KZ")]),
    ("Nümayəndə heyəti Türkiyəyə gedib.", [("Türkiyəyə", "COUNTRY", "TR")]),
    ("ABŞ-ın mövqeyi dəyişməyib.", [("ABŞ-ın", "COUNTRY", "US")]),
    ("Görüş Azərbaycan Respublikasında keçirilib.", [("Azərbaycan Respublikasında", "COUNTRY", "AZ")]),
    ("Rusiya-Ukrayna danışıqları yenə təxirə salınıb.", [("Rusiya", "COUNTRY", "RU"), ("Ukrayna", "COUNTRY", "UA")]),
    ("Məsələ Mərkəzi Asiyada müzakirə olunur.", [("Mərkəzi Asiyada", "REGION", "")]),
    ("Qrenlandiyada buzlaqlar əriyir.", [("Qrenlandiyada", "REGION", "GL")]),
    ("Qazaxıstan Prezidenti çıxış edib.", [("Qazaxıstan", "COUNTRY", "KZ")]),
    ("Azərbaycan iqtisadiyyatı böyüyür.", [("Azərbaycan", "COUNTRY", "AZ")]),
    ("Avropa Kubokunda komandamız qalib gəlib.", [("Avropa", "REGION", "")]),
    ("Yeni məktəb Kəlbəcərdə açılıb.", [("Kəlbəcərdə", "REGION", "")]),      # pycountry AZ subdivision
    ("Festival Kəngərlidə keçirilib.", [("Kəngərlidə", "REGION", "")]),      # written "Kǝngǝrli" there
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_finds_names_in_any_case_form(nlp, text, expected):
    assert places(nlp, text) == expected


NOT_FOUND = [
    "Türkiyə Mərkəzi Bankı faizi endirib.",              # a country opening an ORG name in the nominative
    "“Mərkəzi Asiya” Beynəlxalq Əməkdaşlıq Mərkəzi açılıb.",  # inside a quoted name
    "Kitab Azərbaycan dilinə tərcümə olunub.",           # a language, not the state
    '"Şəki" komandası qalib gəlib.',                      # a quoted club name (straight quotes)
    "Şirkətin mali vəziyyəti yaxşıdır.",                  # lower case: not the country Mali
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_blocked_contexts(nlp, text):
    assert places(nlp, text) == []


def test_long_quoted_speech_is_no_name(nlp):
    assert places(nlp, "“Biz Türkiyə ilə əməkdaşlığı genişləndirəcəyik və bunu davam etdirəcəyik”, deyə o bildirib.") == [
        ("Türkiyə", "COUNTRY", "TR")]


def test_never_overwrites_or_overlaps_existing_entities(nlp):
    text = "Qazaxıstan Milli Bankı və Özbəkistan razılaşıb."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(0, 22, label="ORG")]
    doc = nlp.get_pipe("az_gazetteer")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Qazaxıstan Milli Bankı", "ORG"), ("Özbəkistan", "COUNTRY")]


def test_cldr_names_and_aliases_are_loaded():
    table = entries()
    assert table[("qazaxıstan",)].code == "KZ"
    assert table[("abş",)].code == "US"               # alias: CLDR has no "ABŞ"
    assert table[("amerika", "birləşmiş", "ştatları")].code == "US"
    assert table[("qrenlandiya",)].label == "REGION"  # a dependent territory
    assert ("avropa", "birliyi") not in table        # CLDR's "EU" grouping is an organisation


def test_find_returns_longest_match(nlp):
    doc = nlp.make_doc("Rusiya Federasiyasının mövqeyi")
    [(span, entry, nominative)] = find(doc)
    assert (span.text, entry.code, nominative) == ("Rusiya Federasiyasının", "RU", False)


def ner_then_gazetteer(nlp, text: str, ents: list[tuple[str, str]], **config):
    """Pretend the NER found `ents` (phrase, label), then run az_gazetteer."""
    doc = nlp.make_doc(text)
    spans = []
    for phrase, label in ents:
        start = text.index(phrase)
        spans.append(doc.char_span(start, start + len(phrase), label=label))
    doc.ents = spans
    nlp.get_pipe("az_sentences")(doc)
    from pipeline.names.components import create_az_gazetteer
    component = create_az_gazetteer(nlp, "az_gazetteer", regions=True, correct=config.get("correct", True),
                                    cues=config.get("cues", True), quoted_orgs=config.get("quoted_orgs", True),
                                    split_places=config.get("split_places", True),
                                    quoted_kinds=config.get("quoted_kinds", True),
                                    surnames=config.get("surnames", True), repeated=config.get("repeated", True))
    return [(e.text, e.label_, e.kb_id_) for e in component(doc).ents]


CORRECTIONS = [
    # (text, NER entities, entities after az_gazetteer)
    ("Nümayəndələr Türkiyədən qayıdıb.", [("Türkiyədən", "REGION")], [("Türkiyədən", "COUNTRY", "TR")]),
    ("Heyət Vyetnamla danışıqlar aparıb.", [("Vyetnamla", "PERSON")], [("Vyetnamla", "COUNTRY", "VN")]),
    ("Buzlaqlar Qrenlandiyada əriyir.", [("Qrenlandiyada", "COUNTRY")], [("Qrenlandiyada", "REGION", "GL")]),
    ("Komissiya qərar verib.", [("Komissiya", "COUNTRY")], []),                     # no country name
    ("Vyetnam Sosialist Respublikası ilə saziş", [("Vyetnam Sosialist Respublikası", "COUNTRY")],
     [("Vyetnam Sosialist Respublikası", "COUNTRY", "")]),        # official form kept (az_link adds the code)
    ("Şairə Natəvanın şeirləri", [("Natəvanın", "PERSON")], [("Natəvanın", "PERSON", "")]),  # no PERSON → REGION
]


@pytest.mark.parametrize("text,ents,expected", CORRECTIONS)
def test_corrects_the_ner_places(nlp, text, ents, expected):
    assert ner_then_gazetteer(nlp, text, ents) == expected


def test_correction_can_be_switched_off(nlp):
    assert ner_then_gazetteer(nlp, "Komissiya qərar verib.", [("Komissiya", "COUNTRY")], correct=False) == [
        ("Komissiya", "COUNTRY", "")]


# ---- cue rules (issue 4) ----

CUE_REGIONS = [
    # (text, NER entities, expected entities after az_gazetteer)
    ("Yarış Qəbələ rayonunda keçirilib.", [], [("Qəbələ", "REGION")]),
    ("Yarış Zorbalı rayonunda keçirilib.", [], [("Zorbalı", "REGION")]),   # no gazetteer name: the cue alone
    ("Pambıq Zorbalı və Qarqadan vilayətlərində yığılır.", [],
     [("Zorbalı", "REGION"), ("Qarqadan", "REGION")]),                      # coordinated before a plural
    ("Pambıq Zorbalı, Tirçay və Qarqadan rayonlarında yığılır.", [],
     [("Zorbalı", "REGION"), ("Tirçay", "REGION"), ("Qarqadan", "REGION")]),
    ("Gəmi Zorbalı dənizində üzür.", [("Zorbalı", "PERSON")], [("Zorbalı", "REGION")]),  # relabelled
    ("Gəmi Şimali Zorbalı körfəzinə çatıb.", [], [("Şimali Zorbalı", "REGION")]),       # two words
    ("Turistlər Əl-Zorbalı şəhərinə gəlib.", [], [("Əl-Zorbalı", "REGION")]),           # hyphenated whole
    ("Zorbalı kəndində məktəb açılıb.", [], []),            # sentence-initial: capitalised for its position
    ("Dünən Zorbalı kəndində məktəb açılıb.", [], [("Zorbalı", "REGION")]),
    ("Qazaxıstan şəhərlərində qar yağıb.", [("Qazaxıstan", "COUNTRY")], [("Qazaxıstan", "COUNTRY")]),
    ("Əhməd Zorbalı şəhərin mərkəzində yaşayır.", [("Əhməd Zorbalı", "PERSON")],
     [("Əhməd Zorbalı", "PERSON")]),                        # "şəhərin": no possessive, no cue
    ("Nazir Zorbalı bölgədə olub.", [("Zorbalı", "PERSON")], [("Zorbalı", "PERSON")]),  # bare locative
    ("Zorbalı Dövlət Universiteti şəhərciyi", [("Zorbalı Dövlət Universiteti", "ORG")],
     [("Zorbalı Dövlət Universiteti", "ORG")]),             # "şəhərcik" is no place word; an ORG stays
    ("Toplantı Zorbalı Bankı ərazisində olub.", [("Zorbalı Bankı", "ORG")], [("Zorbalı Bankı", "ORG")]),
    ("Gəmi Qara dənizdə üzür.", [("Qara dənizdə", "REGION")], [("Qara dənizdə", "REGION")]),  # cue inside
]


@pytest.mark.parametrize("text,ents,expected", CUE_REGIONS)
def test_cue_regions(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents)
    assert [(t, label) for t, label, _ in got] == expected


QUOTED_ORGS = [
    ("Qonaqlar “Zorbalı Ekspo” Beynəlxalq Sərgi Mərkəzinə gəlib.", [],
     [("“Zorbalı Ekspo” Beynəlxalq Sərgi Mərkəzinə", "ORG")]),
    ("Qonaqlar “Zorbalı” Uşaqlar üçün Reabilitasiya Mərkəzini gəziblər.", [],
     [("“Zorbalı” Uşaqlar üçün Reabilitasiya Mərkəzini", "ORG")]),         # "üçün" inside the name
    ("Qonaqlar “Zorbalı” Futbol Klubunun oyununa baxıb.", [], [("“Zorbalı” Futbol Klubunun", "ORG")]),
    ("Qonaqlar “Mərkəzi Asiya” Əməkdaşlıq Mərkəzinə gəlib.", [("Əməkdaşlıq Mərkəzinə", "ORG")],
     [("“Mərkəzi Asiya” Əməkdaşlıq Mərkəzinə", "ORG")]),                   # joined with the NER's ORG
    ("Müqavilə “Zorbalı” Kənd Təsərrüfatı MMC-nin adınadır.", [],
     [("“Zorbalı” Kənd Təsərrüfatı MMC-nin", "ORG")]),                     # a legal form after a head
    ("Müqavilə “Zorbalı” MMC ilə bağlanıb.", [("Zorbalı", "ORG")], [("Zorbalı", "ORG")]),  # legal form only
    ("Müqavilə “Zorbalı” Məhdud Məsuliyyətli Cəmiyyəti ilə bağlanıb.", [("Zorbalı", "ORG")],
     [("Zorbalı", "ORG")]),
    ("Müqavilə “Zorbalı” şirkəti ilə bağlanıb.", [("Zorbalı", "ORG")], [("Zorbalı", "ORG")]),  # lower case
    ("Müqavilə “Zorbalı”nın Bankı ilə bağlanıb.", [], []),           # a suffix after the quote: no join
    ("Komanda “Zorbalı” Liqa 1-də oynayır.", [("Zorbalı", "ORG")], [("Zorbalı", "ORG")]),  # no possessive head
    ("Festival “Zorbalı” Gənclər Bayramı adlanır.", [], []),          # no organisation head word
    ("Xəbəri “Zorbalı” Qarqadana istinadən yayıb.", [("Zorbalı", "ORG"), ("Qarqadana", "ORG")],
     [("Zorbalı", "ORG"), ("Qarqadana", "ORG")]),                    # the NER's ORG after it has no head word
]


@pytest.mark.parametrize("text,ents,expected", QUOTED_ORGS)
def test_quoted_orgs(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents)
    assert [(t, label) for t, label, _ in got if label == "ORG"] == expected


def test_cue_rules_can_be_switched_off(nlp):
    text = "Qonaqlar “Zorbalı” Futbol Klubunun oyununa Tirçay rayonunda baxıb."
    got = ner_then_gazetteer(nlp, text, [], cues=False, quoted_orgs=False)
    assert got == []


SPLIT_PLACES = [
    # (text, NER entities, expected entities after az_gazetteer)
    ("Özbəkistanın Milli Xəbər Agentliyi bildirib.", [("Özbəkistanın Milli Xəbər Agentliyi", "ORG")],
     [("Özbəkistanın", "COUNTRY"), ("Milli Xəbər Agentliyi", "ORG")]),            # genitive: two spans
    ("Bakının Yasamal Rayon Məhkəməsi qərar verib.", [("Bakının Yasamal Rayon Məhkəməsi", "ORG")],
     [("Bakının", "REGION"), ("Yasamal Rayon Məhkəməsi", "ORG")]),
    ("Azərbaycanın Türkiyədəki Səfirliyi bildirib.", [("Azərbaycanın Türkiyədəki Səfirliyi", "ORG")],
     [("Azərbaycanın Türkiyədəki Səfirliyi", "ORG")]),                           # "-dəki": one name
    ("Türkiyə Mərkəzi Bankı faizi endirib.", [("Türkiyə Mərkəzi Bankı", "ORG")],
     [("Türkiyə Mərkəzi Bankı", "ORG")]),                                        # nominative: one name
    ("Bakıda Zorbalı danışıb.", [("Bakıda Zorbalı", "ORG")], [("Bakıda", "REGION")]),  # a case ending
    ("Bakıda Zorbalı Bankı açılıb.", [("Bakıda Zorbalı Bankı", "ORG")],
     [("Bakıda", "REGION"), ("Zorbalı Bankı", "ORG")]),                          # the rest has a head word
    ("Heyət Türkiyəyə XİN dəvəti ilə gedib.", [("Türkiyəyə XİN", "ORG")],
     [("Türkiyəyə", "COUNTRY"), ("XİN", "ORG")]),                                # the rest is an acronym
]


@pytest.mark.parametrize("text,ents,expected", SPLIT_PLACES)
def test_split_places_off_orgs(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents, cues=False, quoted_orgs=False)
    assert [(t, label) for t, label, _ in got] == expected


def test_split_places_can_be_switched_off(nlp):
    ents = [("Özbəkistanın Milli Xəbər Agentliyi", "ORG")]
    got = ner_then_gazetteer(nlp, "Özbəkistanın Milli Xəbər Agentliyi bildirib.", ents, split_places=False)
    assert [(t, label) for t, label, _ in got] == [("Özbəkistanın Milli Xəbər Agentliyi", "ORG")]


QUOTED_KINDS = [
    # (text, NER entities, expected entities after az_gazetteer)
    ("Müqavilə “Zorbalı” şirkəti ilə bağlanıb.", [], [("Zorbalı", "ORG")]),            # ORG noun after it
    ("Oyunda “Zorbalı” komandası qalib gəlib.", [("Zorbalı", "REGION")], [("Zorbalı", "ORG")]),  # relabelled
    ("Xəbəri “Zorbalı Səs” qəzeti yazıb.", [], [("Zorbalı Səs", "ORG")]),
    ("Gənclər “Zorbalı” layihəsinə qoşulub.", [("Zorbalı", "ORG")], []),               # a project: none
    ("Şəhərdə “Zorbalı” festivalı keçirilib.", [("Zorbalı", "ORG")], []),              # an event: none
    ("Şəhərdə “Zorbalı” festivalı keçirilib.", [("Zorbalı", "PERSON")], [("Zorbalı", "PERSON")]),  # ORG only
    ("Müqavilə “Zorbalı”nın şirkəti ilə bağlanıb.", [], []),      # no space after the quote: no compound
    ("Gənclər “Zorbalı” adlı layihəyə qoşulub.", [("Zorbalı", "ORG")], [("Zorbalı", "ORG")]),  # not next
]


@pytest.mark.parametrize("text,ents,expected", QUOTED_KINDS)
def test_quoted_name_kinds(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents, cues=False, quoted_orgs=False, split_places=False)
    assert [(t, label) for t, label, _ in got] == expected


SURNAMES = [
    # (text, NER entities, expected entities after az_gazetteer)
    ("Bunu Ramiz Zorbalıyev deyib. Zorbalıyev əlavə edib.", [("Ramiz Zorbalıyev", "PERSON")],
     [("Ramiz Zorbalıyev", "PERSON"), ("Zorbalıyev", "PERSON")]),               # a missed lone surname
    ("Bunu Ramiz Zorbalıyev deyib. Sonra Zorbalıyevin sözləri yayılıb.",
     [("Ramiz Zorbalıyev", "PERSON"), ("Zorbalıyevin", "REGION")],
     [("Ramiz Zorbalıyev", "PERSON"), ("Zorbalıyevin", "PERSON")]),             # a REGION relabelled
    ("Bunu Ramiz Zorbalıyev deyib. Sonra Elnur Zorbalıyev gəlib.", [("Ramiz Zorbalıyev", "PERSON")],
     [("Ramiz Zorbalıyev", "PERSON")]),                     # next to a capitalised word: part of a name
    ("Bunu Zorbalıyev deyib. Zorbalıyev əlavə edib.", [("Zorbalıyev", "PERSON")],
     [("Zorbalıyev", "PERSON")]),                           # no full name in the document: nothing to go by
    ("Bunu Ramiz Qazaxıstan deyib. Qazaxıstan razıdır.", [("Ramiz Qazaxıstan", "PERSON")],
     [("Ramiz Qazaxıstan", "PERSON"), ("Qazaxıstan", "COUNTRY")]),          # a known place name stays one
    ("Bunu Ramiz Zorbalıyev deyib. Zorbalıyev Fondu yaranıb.",
     [("Ramiz Zorbalıyev", "PERSON"), ("Zorbalıyev Fondu", "ORG")],
     [("Ramiz Zorbalıyev", "PERSON"), ("Zorbalıyev Fondu", "ORG")]),            # inside a longer ORG
]


@pytest.mark.parametrize("text,ents,expected", SURNAMES)
def test_surname_mentions(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents, cues=False, quoted_orgs=False, split_places=False,
                             quoted_kinds=False)
    assert [(t, label) for t, label, _ in got] == expected


REPEATED = [
    # (text, NER entities, expected entities after az_gazetteer)
    ("Zorbalıda yarmarka açılıb. Sakinlər dünən Zorbalıya gəlib.", [("Zorbalıda", "REGION")],
     [("Zorbalıda", "REGION"), ("Zorbalıya", "REGION")]),
    ("QZT hesabat verib. Daha sonra QZT-nin sədri danışıb.", [("QZT", "ORG")],
     [("QZT", "ORG"), ("QZT-nin", "ORG")]),                        # the suffix after a hyphen stays inside
    ("Zorbalıda yarmarka açılıb. Sakinlər dünən Zorbalı Qarqadanı görüb.",
     [("Zorbalıda", "REGION")], [("Zorbalıda", "REGION")]),        # next to a capitalised word: not alone
    ("Sakinlər dünən Zorbalıya gəlib.", [], []),                     # nothing to repeat
    ("Qarqadan şirkəti danışıb. Sakinlər dünən Qarqadanda olub. Hamı dünən Qarqadana gəlib.",
     [("Qarqadan", "ORG"), ("Qarqadanda", "REGION")],
     [("Qarqadan", "ORG"), ("Qarqadanda", "REGION")]),               # seen with two labels: left alone
]


@pytest.mark.parametrize("text,ents,expected", REPEATED)
def test_repeated_names(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents, cues=False, quoted_orgs=False, split_places=False,
                             quoted_kinds=False, surnames=False)
    assert [(t, label) for t, label, _ in got] == expected


PLACES_CASES = [
    # text, expected (text, label, code) preset before the ner
    ("Qazaxıstan və Özbəkistan Daşkənddə görüşüb.",
     [("Qazaxıstan", "COUNTRY", "KZ"), ("Özbəkistan", "COUNTRY", "UZ"), ("Daşkənddə", "REGION", "")]),
    ("Nümayəndə heyəti ABŞ-dan Bakıya gəlib.", [("ABŞ-dan", "COUNTRY", "US"), ("Bakıya", "REGION", "")]),
    ("Tələbələr Azərbaycan dili dərsində iştirak edib.", []),
    ("“Mərkəzi Asiya” Beynəlxalq Sənaye Əməkdaşlığı Mərkəzi açılıb.", []),
]


@pytest.mark.parametrize("text,expected", PLACES_CASES, ids=[c[0][:30] for c in PLACES_CASES])
def test_az_places_presets_places_before_the_ner(text, expected):
    nlp = pipeline.blank()
    doc = nlp.get_pipe("az_places")(nlp.make_doc(text))
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == expected


def test_az_places_runs_before_the_ner_in_the_shipped_pipeline():
    names = pipeline.load().pipe_names
    assert names.index("az_places") < names.index("ner") < names.index("az_gazetteer")


def test_places_and_gazetteer_search_once(nlp, monkeypatch):
    from pipeline.names import gazetteer
    calls = []
    real = gazetteer.find
    monkeypatch.setattr(gazetteer, "find", lambda doc, regions=True: calls.append(1) or real(doc, regions))
    text = "Prezident İlham Əliyev Özbəkistana və Qazaxıstana səfər edib, Bakıda görüşlər keçirilib."
    doc = nlp(text)
    assert len(calls) == 1  # az_places searched, az_gazetteer reused its matches
    assert [(s.text, e.label) for s, e, _ in gazetteer.find_shared(doc)] == \
           [(s.text, e.label) for s, e, _ in real(doc)]
    assert {e.text for e in doc.ents} >= {"Özbəkistana", "Qazaxıstana", "Bakıda"}


def test_shared_search_redone_on_other_tokens(nlp):
    from pipeline.names.gazetteer import find, find_shared
    doc = nlp.make_doc("Türkiyə və Gürcüstan nümayəndələri Bakıda görüşüb.")
    first = find_shared(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[0:3])  # "Türkiyə və Gürcüstan" as one token: offsets of later tokens move
    again = find_shared(doc)
    assert [(s.start, s.end) for s, _, _ in again] == [(s.start, s.end) for s, _, _ in find(doc)]
    assert [(s.start, s.end) for s, _, _ in again] != [(s.start, s.end) for s, _, _ in first]


def _stem_prefix_misses(words):
    """Words that are a form of a stem (by their morphological analysis) but fail the prefix filter."""
    from pipeline.lang.morphology import base_forms
    from pipeline.names.words import place_words, quoted_name_heads, quoted_org_heads, stem_prefixes
    from pipeline.lang.casing import az_lower
    stem_sets = [place_words(), quoted_org_heads(), *quoted_name_heads().values()]
    return [(w, sorted(base_forms(w) & stems)) for stems in stem_sets for w in words
            if base_forms(w) & stems and not az_lower(w).startswith(stem_prefixes(stems))]


def test_stem_prefix_filter_keeps_every_form():
    words = ["rayonunda", "vilayətlərində", "şəhərinin", "kəndi", "adası", "yarımadası", "çayı", "dağları",
             "boğazı", "Körfəzi", "Mərkəzinin", "agentliyi", "şirkətinin", "Nazirliyinin", "komandası",
             "İDARƏSİ", "layihəsi", "festivalı", "Bankı", "ağzı", "burnu", "oğlu"]
    assert not _stem_prefix_misses(words)


def test_stem_prefix_filter_keeps_every_form_in_the_news(shared):
    import json
    from pipeline.lang.punctuation import EDGE_PUNCT
    words = set()
    with open(shared / "news" / "raw.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= 600:
                break
            words.update(w.strip(EDGE_PUNCT) for w in json.loads(line)["text"].split())
    assert len(words) > 10_000
    assert not _stem_prefix_misses(sorted(w for w in words if w))


def test_opening_candidates_cover_every_opening_quote(nlp):
    from pipeline.names.quotes import opens_quote, quote_candidates
    doc = nlp.make_doc('“Azərsu” ASC, «Şəki» komandası, „Qarabağ” klubu və "Neftçi" ilə "Sabah" oyunu.')
    openings = [t.i for t in doc if opens_quote(t)]
    assert len(openings) == 5
    assert set(openings) <= set(quote_candidates(doc))
    assert all(doc[i].text in '“«„"' for i in quote_candidates(doc))
    assert quote_candidates(nlp.make_doc("")) == []
