"""az_corrections: common words at sentence starts (pipeline/names/common_words.py) and products
(pipeline/names/products.py) are no names; the table builder of common words."""
from __future__ import annotations

import json

import pytest

from tests.names.fake_ner import doc_after_ner

from pipeline.names import common_words
from pipeline.names.corrections import RULES, create_az_corrections


def ner_then_corrections(nlp, text: str, ents: list[tuple[str, str]], **config) -> list[tuple[str, str]]:
    """Pretend the ner found `ents` (phrase, label; the first occurrence), then run az_corrections."""
    doc = doc_after_ner(nlp, text, ents)
    component = create_az_corrections(nlp, "az_corrections", **{r: config.get(r, True) for r in RULES})
    return [(e.text, e.label_) for e in component(doc).ents]


COMMON_WORD_STARTS = [
    # (text, ner entities, entities after az_corrections)
    ("Müsabiqədə 40 nəfər iştirak edib.", [("Müsabiqədə", "ORG")], []),
    ("Ekspertlər bildirib ki, qiymətlər artacaq.", [("Ekspertlər", "PERSON")], []),
    ("Bina təmir olunub. Tədbirdə çıxışlar olub.", [("Tədbirdə", "REGION")], []),     # after a full stop
    ("Yeni qaydalar\n\nPortala daxil olmaq üçün kod lazımdır.", [("Portala", "REGION")], []),  # after a headline
    ("Nəticə: Görüşdə razılıq əldə olunub.", [("Görüşdə", "PERSON")], []),           # after a colon
    ("Bayaqdan ona baxıram.", [("Bayaqdan", "PERSON")], []),
    ("Şərtlər:\n* Müsabiqədə iştirak pulsuzdur", [("Müsabiqədə", "PERSON")], []),               # a list item
    # a scene-setting word in the locative or ablative opening a longer name is cut off
    ("Tədbirdə Dövlət Neft Fondu təmsil olunub.", [("Tədbirdə Dövlət Neft Fondu", "ORG")], [("Dövlət Neft Fondu", "ORG")]),
    ("Seminarlarda Məlumat Mərkəzinin əməkdaşları çıxış edib.", [("Seminarlarda Məlumat Mərkəzinin", "ORG")],
     [("Məlumat Mərkəzinin", "ORG")]),
    # names stay
    ("Vətəndaşlara Xidmət Agentliyi açılıb.", [("Vətəndaşlara Xidmət Agentliyi", "ORG")],
     [("Vətəndaşlara Xidmət Agentliyi", "ORG")]),                                   # a dative opens names
    ("Maliyyə Nazirliyi bildirib.", [("Maliyyə Nazirliyi", "ORG")], [("Maliyyə Nazirliyi", "ORG")]),
    ("Bakıda yeni park açılıb.", [("Bakıda", "REGION")], [("Bakıda", "REGION")]),
    ("Əliyev çıxış edib.", [("Əliyev", "PERSON")], [("Əliyev", "PERSON")]),
    ("Gör kimi gətirirəm? Əli balamızı.", [("Əli", "PERSON")], [("Əli", "PERSON")]),  # a gold first name
    ("Avropa İttifaqı bəyanat yayıb.", [("Avropa İttifaqı", "ORG")], [("Avropa İttifaqı", "ORG")]),
    # mid-sentence the capital is a name's: no change
    ("Onlar dünən Müsabiqədə iştirak ediblər.", [("Müsabiqədə", "ORG")], [("Müsabiqədə", "ORG")]),
    # a quoted word is a name by its quotes; an acronym by its spelling; a TITLE is left alone
    ("“Müsabiqə” adlı qəzet çıxıb.", [("Müsabiqə", "ORG")], [("Müsabiqə", "ORG")]),
    ("SİMA yeni xidmət təqdim edib.", [("SİMA", "ORG")], [("SİMA", "ORG")]),
    ("DİN-in mətbuat xidməti bildirib.", [("DİN-in", "ORG")], [("DİN-in", "ORG")]),
    ("Deyilənə görə, E.Müsabiqə gəlib.", [("E.Müsabiqə", "PERSON")], [("E.Müsabiqə", "PERSON")]),  # an initial
    ("Prezident Əliyev çıxış edib.", [("Prezident", "TITLE"), ("Əliyev", "PERSON")],
     [("Prezident", "TITLE"), ("Əliyev", "PERSON")]),
]


@pytest.mark.parametrize("text,ents,expected", COMMON_WORD_STARTS)
def test_common_words_at_sentence_starts_are_no_names(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


PRODUCTS = [
    # (text, ner entities, entities after az_corrections)
    ("Vətəndaşlar “Elektron Hökumət” portalı vasitəsilə müraciət edir.", [("Elektron Hökumət", "ORG")], []),
    ("Ödənişlər “ASAN ödəniş” sisteminə inteqrasiya olunub.", [("ASAN ödəniş", "ORG")], []),
    ("Məlumatlar “Ünvan Reyestri” informasiya sistemində saxlanılır.", [("Ünvan Reyestri", "ORG")], []),
    ("Sənədlər “Bizim Ev” mobil tətbiqi ilə göndərilir.", [("Bizim Ev", "PERSON")], []),
    ("İstifadəçilər Elektron Hökumət portalına daxil olur.", [("Elektron Hökumət", "ORG")], []),
    ("Giriş ASAN Login ilə edilir.", [("ASAN Login", "ORG")], []),
    ("Müqavilə Mobil İmza ilə imzalanır.", [("Mobil İmza", "ORG")], []),
    ("Xəritə “GoMap elektron xəritə” elektron xidməti ilə açılır.", [("GoMap", "ORG")], []),  # inside the quotes
    ("“Rəqəmsal Hökumət” təşviqat proqramı başlayıb.", [("Rəqəmsal Hökumət", "ORG")], []),
    ("“Açıq Qapı” könüllü təşviqat proqramı başlayıb.", [("Açıq Qapı", "ORG")], []),  # egov12: a voluntary programme
    # egov12: after a naming word the product noun has no possessive; a name inside the quoted one goes too
    ("Oxucular “Kitab AR” adlı mobil tətbiqdən istifadə edir.", [("AR", "ORG")], []),
    ("“Sürətli Kassa” adlanan xidmət açılıb. Sakinlər Sürətli Kassadan istifadə edir.",
     [("Sürətli Kassa", "ORG"), ("Sürətli Kassadan", "ORG")], []),
    ("“Yeni Xəbər” adlı portal məlumat yayıb.", [("Yeni Xəbər", "ORG")], [("Yeni Xəbər", "ORG")]),  # an outlet
    ("“Günəş” adlanan layihə başlayıb.", [("Günəş", "PERSON")], [("Günəş", "PERSON")]),  # a project: not here
    ("Telefonlar “Android” əməliyyat sistemi ilə işləyir.", [("Android", "ORG")], []),
    # the ner cut the name before its capitalised product noun ("Alt" = sub-)
    ("Müraciətlər Kadr Uçotu Alt Sistemi ilə qəbul olunur.", [("Kadr Uçotu", "PERSON")], []),
    ("Ödəniş Vahid Hesab Sisteminin üzərindən keçir.", [("Vahid Hesab", "ORG")], []),
    ("Bəyannamə Gömrük Komitəsi Portalı ilə verilir.", [("Gömrük Komitəsi", "ORG")],  # the owner, a body
     [("Gömrük Komitəsi", "ORG")]),
    ("Hesabat Statistika İdarəsinin Sistemi ilə göndərilir.", [("Statistika İdarəsinin", "ORG")],
     [("Statistika İdarəsinin", "ORG")]),                                      # a genitive: the owner
    ("Fuad Kərimov Sistemin işini izah edib.", [("Fuad Kərimov", "PERSON")],       # no possessive noun
     [("Fuad Kərimov", "PERSON")]),
    ("Nazirlik Açıq Data və Sistemlərin inteqrasiyasından danışıb.", [("Açıq Data", "ORG")],
     [("Açıq Data", "ORG")]),                                                  # a plural: a list
    # every other mention in the document of a name seen as a product goes too
    ("“Elektron Hökumət” portalı açılıb. “Elektron Hökumət”in infrastrukturu genişlənir.",
     [("Elektron Hökumət", "ORG"), ("Elektron Hökumət”in", "ORG")], []),
    # an acronym in brackets after a capitalised product noun spells out a system: it and its other mentions go
    ("Müraciətlər Vahid Ödəniş Alt Sistemi (VOTAS) ilə aparılır. VOTAS-a məlumat ötürülür.",
     [("VOTAS", "ORG"), ("VOTAS-a", "ORG")], []),
    ("Məlumatlar Ünvan Axtarış Sistemindən (ÜNAS ) götürülür.", [("ÜNAS", "ORG")], []),
    ("Layihəni Dövlət Sosial Müdafiə Fondu (DSMF) həyata keçirir.",                # a body's acronym stays
     [("Dövlət Sosial Müdafiə Fondu", "ORG"), ("DSMF", "ORG")], [("Dövlət Sosial Müdafiə Fondu", "ORG"), ("DSMF", "ORG")]),
    ("Bu sistemi (DSMF) fond idarə edir.", [("DSMF", "ORG")], [("DSMF", "ORG")]),  # a lower-case noun before it
    # the organisation that runs a portal, a news portal that reports, a place inside a quoted name stay
    ("UNICEF proqramı uşaqlara kömək edir.", [("UNICEF", "ORG")], [("UNICEF", "ORG")]),  # the body's programme
    ("Bu barədə Təhsil Nazirliyinin portalı xəbər verir.", [("Təhsil Nazirliyinin", "ORG")],
     [("Təhsil Nazirliyinin", "ORG")]),
    ("Bundan əvvəl “Ynet” portalı məlumat yayıb.", [("Ynet", "ORG")], [("Ynet", "ORG")]),
    ("Bu barədə “Lenta” portalına mənbələr məlumat verib.", [("Lenta", "ORG")], [("Lenta", "ORG")]),
    ("“Axios” portalı ABŞ və Ukrayna rəsmilərinin görüşü barədə yazıb.", [("Axios", "ORG")], [("Axios", "ORG")]),
    ("“Bizim Ev” portalı açılıb. Bu barədə nazirlik məlumat yayıb.", [("Bizim Ev", "ORG")], []),  # next sentence
    ("Sakinlər “Yolumuz Qarabağa” portalı üzərindən yazılır.", [("Qarabağa", "REGION")], [("Qarabağa", "REGION")]),
    ("“Azərsu” xidməti ilə əlaqə saxlayın.", [("Azərsu", "ORG")], [("Azərsu", "ORG")]),  # a bare service
    ("Nazirlər Kabineti qərar verib.", [("Nazirlər Kabineti", "ORG")], [("Nazirlər Kabineti", "ORG")]),
    # quoted projects, satellites, standards, exhibitions; an acronym with a number is a standard
    ("“Yaşıl Körpü” layihəsi çərçivəsində təlim keçirilib.", [("Yaşıl Körpü", "ORG")], []),
    ("“Göy Qurşağı” peyki orbitə çıxarılıb.", [("Göy Qurşağı", "ORG")], []),
    ("Şirkət “Təmiz Hava” standartına keçib.", [("Təmiz Hava", "ORG")], []),
    ("Mərkəz ISO 27001 sertifikatı alıb.", [("ISO", "ORG")], []),
    ("Mərkəz ISO 27001 sertifikatı alıb.", [("ISO 27001", "ORG")], []),
    # a quoted company, the body's own project, the body alone, a year after a body stay
    ("“Yaşıl Mobil” şirkəti bəyanat yayıb.", [("Yaşıl Mobil", "ORG")], [("Yaşıl Mobil", "ORG")]),
    ("Dünya Bankı layihəsi başa çatıb.", [("Dünya Bankı", "ORG")], [("Dünya Bankı", "ORG")]),
    ("ISO yeni qaydalar açıqlayıb.", [("ISO", "ORG")], [("ISO", "ORG")]),
    ("Xidmətlər “Yaşıl Mobil” standartlarına uyğundur.", [("Yaşıl Mobil", "ORG")], [("Yaşıl Mobil", "ORG")]),
    ("“Nizami və Gəncə” sərgisi açılıb.", [("Nizami", "PERSON")], [("Nizami", "PERSON")]),  # a person in an exhibition
    ("BMT 2030-cu ilə qədər plan qəbul edib.", [("BMT", "ORG")], [("BMT", "ORG")]),
    ("Hakim XYP 21 % səs toplayıb.", [("XYP", "ORG"), ("21 %", "PERCENT")],
     [("XYP", "ORG"), ("21 %", "PERCENT")]),                               # the number opens a quantity
]


@pytest.mark.parametrize("text,ents,expected", PRODUCTS)
def test_products_are_no_organisations(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


TITLES = [
    # (text, ner entities, entities after az_corrections)
    ("Türkiyənin Xarici İşlər Naziri Hakan Fidan Bakıya gəlib.",
     [("Türkiyənin", "COUNTRY"), ("Xarici İşlər Naziri", "ORG"), ("Hakan Fidan", "PERSON")],
     [("Türkiyənin", "COUNTRY"), ("Xarici İşlər Naziri", "TITLE"), ("Hakan Fidan", "PERSON")]),
    ("Tədbirdə Rabitə nazirinin müavini Kamran Əliyev çıxış edib.",
     [("Tədbirdə Rabitə nazirinin müavini", "ORG"), ("Kamran Əliyev", "PERSON")],
     [("Rabitə nazirinin müavini", "TITLE"), ("Kamran Əliyev", "PERSON")]),
    ("Tatarıstan Rəisi Rüstəm Minnixanov gəlib.", [("Tatarıstan Rəisi", "REGION"), ("Rüstəm Minnixanov", "PERSON")],
     [("Tatarıstan Rəisi", "TITLE"), ("Rüstəm Minnixanov", "PERSON")]),
    # no person right after, a comma between (streets named after people), or no title word: unchanged
    ("Səttar Xan, Həzi Aslanov küçələri bağlanıb.", [("Səttar Xan", "REGION"), ("Həzi Aslanov", "PERSON")],
     [("Səttar Xan", "REGION"), ("Həzi Aslanov", "REGION")]),                   # no TITLE; `streets` makes it a place
    ("Xarici İşlər Nazirliyi bəyanat yayıb.", [("Xarici İşlər Nazirliyi", "ORG")], [("Xarici İşlər Nazirliyi", "ORG")]),
    ("Səhiyyə Nazirliyi Kamran Əliyevi təltif edib.", [("Səhiyyə Nazirliyi", "ORG"), ("Kamran Əliyevi", "PERSON")],
     [("Səhiyyə Nazirliyi", "ORG"), ("Kamran Əliyevi", "PERSON")]),
    ("Xarici İşlər Naziri bu gün gələcək.", [("Xarici İşlər Naziri", "ORG")], [("Xarici İşlər Naziri", "ORG")]),
    # a common word the ner took for a name, dropped at a sentence start (or a lone REGION anywhere), is free
    # for the title after it before the title is made whole (leaders11)
    ("Kənd təsərrüfatı naziri Kamran Əliyev çıxış edib.", [("Kənd", "REGION"), ("Kamran Əliyev", "PERSON")],
     [("Kənd təsərrüfatı naziri", "TITLE"), ("Kamran Əliyev", "PERSON")]),
    ("Kənd təsərrüfatı nazirinin müavini Kamran Əliyev çıxış edib.",
     [("Kənd", "ORG"), ("müavini", "TITLE"), ("Kamran Əliyev", "PERSON")],
     [("Kənd təsərrüfatı nazirinin müavini", "TITLE"), ("Kamran Əliyev", "PERSON")]),
    ("Görüşdə Kənd Təsərrüfatı Nazirinin müavini Kamran Əliyev çıxış edib.",
     [("Kənd", "REGION"), ("müavini", "TITLE"), ("Kamran Əliyev", "PERSON")],
     [("Kənd Təsərrüfatı Nazirinin müavini", "TITLE"), ("Kamran Əliyev", "PERSON")]),
]


@pytest.mark.parametrize("text,ents,expected", TITLES)
def test_capitalised_titles_before_persons_are_titles(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


PERSONS = [
    # (text, ner entities, entities after az_corrections)
    ("Sənədi Nadir Firudin oğlu Rəsulovun adına yazıblar.", [("Nadir Firudin oğlu Rəsulovun", "ORG")],
     [("Nadir Firudin oğlu Rəsulovun", "PERSON")]),
    ("Ona Günel Allahverdi qızı Tahirova baxıb.", [("Günel", "PERSON"), ("Allahverdi", "REGION"), ("Tahirova", "PERSON")],
     [("Günel Allahverdi qızı Tahirova", "PERSON")]),
    ("Mükafat Leyla Kamran qızı Həsənovaya verilib.", [("Mükafat Leyla Kamran qızı", "PERSON"), ("Həsənovaya", "PERSON")],
     [("Leyla Kamran qızı Həsənovaya", "PERSON")]),
    ("Tədbirdə Əli Vəli oğlu Məmmədov çıxış edib.", [("Tədbirdə Əli Vəli oğlu Məmmədov", "PERSON")],
     [("Əli Vəli oğlu Məmmədov", "PERSON")]),                              # the scene word, not the name
    ("Qalib gələn şəxs Kamran Əli oğludur.", [("Kamran Əli", "PERSON")], [("Kamran Əli oğludur", "PERSON")]),  # predicate
    # an organisation that goes on after the name is left alone; so is a name already whole
    ("Kamran Əli oğlu Məmmədov Universitetinin rektoru gəlib.", [("Kamran Əli oğlu Məmmədov Universitetinin", "ORG")],
     [("Kamran Əli oğlu Məmmədov Universitetinin", "ORG")]),
    ("Qordan Yandrokoviç gəlib.", [("Qordan Yandrokoviç", "PERSON")], [("Qordan Yandrokoviç", "PERSON")]),
    ("Polkovnik Kamran Həsənovun oğlu Araz gəlib.", [("Kamran Həsənovun", "PERSON"), ("Araz", "PERSON")],
     [("Polkovnik", "TITLE"), ("Kamran Həsənovun", "PERSON"), ("Araz", "PERSON")]),  # "the son of", no patronymic
]


@pytest.mark.parametrize("text,ents,expected", PERSONS)
def test_patronymic_names_are_one_person(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


BRANDS = [
    # (text, ner entities, entities after az_corrections)
    ("Ödənişi Azərsu qəbul edir.", [("Azərsu", "REGION")], [("Azərsu", "ORG")]),
    ("Kredit Expressbankdan alınıb.", [("Expressbankdan", "PERSON")], [("Expressbankdan", "ORG")]),
    ("Abunəçilər Bakcell şəbəkəsindən danışır.", [("Bakcell", "REGION")], [("Bakcell", "ORG")]),
    # a place, the people's name, the country, a common word, a longer name: unchanged
    ("Neft Azəri yatağından çıxarılır.", [("Azəri", "REGION")], [("Azəri", "REGION")]),
    ("Heyət Azərbaycanın paytaxtına gəlib.", [("Azərbaycanın", "COUNTRY")], [("Azərbaycanın", "COUNTRY")]),
    ("Onlar Kabinetə gəliblər.", [("Kabinetə", "REGION")], []),  # no company; a lone common word is no REGION
    ("Qonaqlar Mingəçevirə gəlib.", [("Mingəçevirə", "REGION")], [("Mingəçevirə", "REGION")]),
]


@pytest.mark.parametrize("text,ents,expected", BRANDS)
def test_company_shaped_words_are_organisations(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("rule,text,ents", [
    ("brands", "Ödənişi Azərsu qəbul edir.", [("Azərsu", "REGION")]),
    ("persons", "Ona Günel Allahverdi qızı Tahirova baxıb.", [("Günel", "PERSON"), ("Allahverdi", "REGION"),
                                                           ("Tahirova", "PERSON")]),
    ("titles", "Tatarıstan Rəisi Rüstəm Minnixanov gəlib.", [("Tatarıstan Rəisi", "REGION"), ("Rüstəm Minnixanov", "PERSON")]),
    ("common_words", "Müsabiqədə 40 nəfər iştirak edib.", [("Müsabiqədə", "ORG")]),
    ("products", "Giriş ASAN Login ilə edilir.", [("ASAN Login", "ORG")]),
])
def test_each_rule_can_be_switched_off(nlp, rule, text, ents):
    assert ner_then_corrections(nlp, text, ents, **{rule: False}) == ents


def test_the_component_runs_after_the_gazetteer(nlp):
    names = nlp.pipe_names
    assert names.index("az_gazetteer") < names.index("az_corrections") < names.index("az_norm")


# ---- the table of common words ----

def test_counts_lower_case_and_lone_capitals_mid_sentence():
    texts = ["Biz görüşdə idik. Görüşdə Əli danışdı, Kamran da görüşdə idi.",
             "Vətəndaşlara Xidmət Agentliyi vətəndaşlara kömək edir və Kamran gəldi."]
    lower, cap, _ = common_words.count(texts)
    assert lower["görüşdə"] == 2            # the sentence-initial "Görüşdə" counts for neither
    assert cap["görüşdə"] == 0
    assert cap["kamran"] == 2 and lower["kamran"] == 0
    assert lower["vətəndaşlara"] == 1
    assert cap["vətəndaşlara"] == 0         # inside a run of capitals: part of a longer name
    assert cap["əli"] == 1


def test_counts_capitals_of_list_items_and_joined_names_apart():
    # egov10: capitals of a list or heading ("Fizika, Kimya və Biologiya") and of a name joined by "üzrə" are
    # counted as listed too; a capital standing alone is not
    texts = ["Tələbələr Fizika, Kimya və Biologiya fənlərini seçib.", "İclasda Tikinti üzrə Dövlət Şurası da var.",
             "Onlar kimya ilə məşğuldur, Kimya isə gəlmədi."]
    lower, cap, listed = common_words.count(texts)
    assert cap["fizika"] == listed["fizika"] == 1 and cap["biologiya"] == listed["biologiya"] == 1
    assert cap["tikinti"] == listed["tikinti"] == 1
    assert cap["kimya"] == 2 and listed["kimya"] == 1 and lower["kimya"] == 1


@pytest.mark.parametrize("word", ["Proqramlaşdırma", "Satınalmalar", "Nəqliyyat", "Mədəniyyət"])
def test_shipped_table_knows_capitalised_list_items_are_common(word):
    assert common_words.is_common(word, alone=True)
    assert not common_words.is_common(word)  # the first word of a longer name may be a list's item


@pytest.mark.parametrize("text,ents,expected", [
    ("Fənlər: Tarix, Proqramlaşdırma və Dizayn.", [("Proqramlaşdırma", "REGION")], []),
    ("Sənədi Satınalmalar da yoxlayır.", [("Satınalmalar", "PERSON")], []),
    ("Yarmarka Bakı və Gəncə şəhərlərində keçirilir.", [("Bakı", "REGION"), ("Gəncə", "REGION")],
     [("Bakı", "REGION"), ("Gəncə", "REGION")]),
    ("Çaylar: Həkəri, Bum və Kür.", [("Həkəri", "REGION"), ("Bum", "REGION"), ("Kür", "REGION")],
     [("Həkəri", "REGION"), ("Bum", "REGION"), ("Kür", "REGION")]),                 # an item of a list of places
    ("Şirkətlər: Google, Facebook və X.", [("Facebook", "REGION")], [("Facebook", "ORG")]),  # a known company
])
def test_lone_list_words_are_no_names(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_stems_pool_the_counts_of_their_forms():
    from collections import Counter
    lower, cap, listed = common_words.stems(Counter({"görüşdə": 2, "görüşün": 3}), Counter({"görüşdə": 1}),
                                            Counter({"görüşdə": 1}))
    assert lower["görüş"] == 5 and cap["görüş"] == 1 and listed["görüş"] == 1
    assert lower["görüşdə"] == 2


def test_build_writes_single_words_and_counts(tmp_path):
    src = tmp_path / "news.jsonl"
    src.write_text("\n".join(json.dumps({"text": t}) for t in [
        "Dünən tədbirdə Kamran danışdı.", "Sabah tədbirdə Kamran olacaq.", "Bunu əş-Şaraa deyib, əş-Şaraa gəlib."]) + "\n",
        encoding="utf-8")
    out = tmp_path / "words.tsv"
    common_words.build([src], out)
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in out.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")}
    assert rows["tədbirdə"] == ["2", "0", "0"]
    assert rows["kamran"] == ["0", "2", "0"]
    assert rows["əş-şaraa"] == ["0", "2", "0"]  # a capital after the hyphen makes it a name's
    assert "dünən" not in rows  # sentence-initial only: no evidence either way


@pytest.mark.parametrize("word,common", [
    ("Müsabiqədə", True), ("Ekspertlər", True), ("Tədbirdə", True), ("Portala", True),
    ("Bakıda", False), ("Əliyev", False), ("Avropa", False), ("Xəzər", False), ("Zorbalıqdan", False),
])
def test_shipped_table_knows_common_words_from_names(word, common):
    assert common_words.is_common(word) is common


def test_verdict_needs_evidence():
    assert common_words._verdict(None) is None
    assert common_words._verdict((2, 0)) is True     # never capitalised, seen twice in lower case
    assert common_words._verdict((1, 1)) is False    # capitalised once: maybe a name
    assert common_words._verdict((3, 0)) is True
    assert common_words._verdict((50, 30)) is False  # often a name
    assert common_words._verdict((95, 5)) is True
