"""az_corrections, issue 11 on a new outlet: acronyms of fields, software, global companies and quoted
events (pipeline/names/concepts.py); merged bodies, PERSONs ending in a body's head, e-services and web
addresses (pipeline/names/official_names.py); a lone REGION that is a common word (common_words.py); the
name a bracketed acronym spells out (pipeline/names/acronym_names.py).
Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

CONCEPTS = [
    # (text, ner entities, entities after az_corrections)
    ("Şirkət İKT sahəsində işləyir.", [("İKT", "ORG")], []),
    ("Layihə İKT-nin tətbiqini genişləndirir.", [("İKT-nin", "ORG")], []),
    ("Ərizəyə FİN kod yazılır.", [("FİN", "ORG")], []),
    ("Sənəd PDF formatında yüklənir.", [("PDF", "ORG")], []),
    ("Fayllar ZİP(12) və RDF(3) kimi yüklənib.", [("ZİP", "ORG")], []),  # a file format, dotted or not, no format word
    ("Fayllar ZIP və RDF kimi yüklənib.", [("ZIP", "ORG")], []),
    ("Mərkəz TIER III sertifikatı alıb.", [("TIER", "ORG")], []),
    ("Ödəniş “Yaşılbank” ASC-nin terminallarında edilir.", [("Yaşılbank", "ORG"), ("ASC-nin", "ORG")],
     [("Yaşılbank", "ORG")]),                                          # the legal form is outside the name
    # every legal form of the one list (gazetteer/legal_forms.tsv), a foreign one and a credit body's too
    ("Müqavilə “Yaşıl Soft” LLC ilə bağlanıb.", [("Yaşıl Soft", "ORG"), ("LLC", "ORG")], [("Yaşıl Soft", "ORG")]),
    ("Kredit “Dağ Kredit” BOKT-dan alınıb.", [("Dağ Kredit", "ORG"), ("BOKT-dan", "ORG")], [("Dağ Kredit", "ORG")]),
    ("“Yaşıl Gənclər” İB layihə açıb.", [("Yaşıl Gənclər", "ORG"), ("İB", "ORG")], [("Yaşıl Gənclər", "ORG")]),
    ("Tələbələr İnformasiya Kommunikasiya Texnologiyaları (İKT) fənnini keçir.",
     [("İnformasiya Kommunikasiya Texnologiyaları", "ORG"), ("İKT", "ORG")], []),  # the field spelt out
    ("Proqram yalnız Windows əməliyyat sistemində işləyir.", [("Windows", "REGION")], []),
    # app stores, developer tools and cloud service models; a name of several words matches whole only
    ("Tətbiqi App Store və Google Play mağazalarından yükləyin.", [("App Store", "ORG"), ("Google Play", "ORG")], []),
    ("Kod Visual Studio ilə yazılıb, GitHub-da saxlanılır.", [("Visual Studio", "PERSON"), ("GitHub-da", "ORG")], []),
    ("Bulud xidməti IaaS modelində təqdim olunur.", [("IaaS", "PERSON")], []),
    ("Studiya Visual Studio Qrupu adlanır.", [("Visual Studio Qrupu", "ORG")], [("Visual Studio Qrupu", "ORG")]),
    ("Google yeni ofis açıb.", [("Google", "REGION")], [("Google", "ORG")]),  # the company of an app store
    ("Qonaqlar WiFi zonasından istifadə edir.", [("WiFi", "REGION")], []),
    ("Suallar Facebook, Twitter kimi səhifələrə yazılır.", [("Facebook", "REGION"), ("Twitter", "PERSON")],
     [("Facebook", "ORG"), ("Twitter", "ORG")]),
    ("Microsoftun nümayəndələri gəlib.", [("Microsoftun", "PERSON")], [("Microsoftun", "ORG")]),
    # region11: a known company opening a PERSON of several words: its product or programme
    ("Marşrutu Google Maps ilə tapın.", [("Google Maps", "PERSON")], []),
    ("Şirkət Microsoft Gümüş tərəfdaşı olub.", [("Microsoft Gümüş", "PERSON")], []),
    ("Konfransda Kamran Google haqqında danışıb.", [("Kamran Google", "PERSON")], [("Kamran Google", "PERSON")]),
    # a quoted one-name event and its other mentions; an event word typed as a place
    ("“Xəzərtel 2030” sərgisi açılıb. Şirkətlər Xəzərteldə iştirak edir.",
     [("Xəzərtel", "ORG"), ("Xəzərteldə", "REGION")], []),
    ("Builki \"Xəzərtel\" sərgi-konfransı yaxınlaşır.", [("Xəzərtel", "ORG")], []),
    ("Finalda “Yeni Dünya Liderləri Summit 2030” təşkil olunub.", [("Yeni Dünya Liderləri", "ORG"), ("Summit", "REGION")], []),
    # bodies, a person in a longer exhibition title, a place before an event noun, an acronym of a body stay
    ("“Vaqif Səmədov və Şəki” sərgisi açılıb.", [("Vaqif Səmədov", "PERSON")], [("Vaqif Səmədov", "PERSON")]),
    ("“Xəzərtel” şirkəti bəyanat yayıb.", [("Xəzərtel", "ORG")], [("Xəzərtel", "ORG")]),
    ("İspaniya çempionatının turu keçirilib.", [("İspaniya", "COUNTRY")], [("İspaniya", "COUNTRY")]),
    ("BMT İKT sahəsində hesabat yayıb.", [("BMT", "ORG"), ("İKT", "ORG")], [("BMT", "ORG")]),
    ("ASAN xidmət mərkəzi açılıb.", [("ASAN xidmət", "ORG")], [("ASAN xidmət", "ORG")]),
    ("Microsoft bəyanat yayıb.", [("Microsoft", "ORG")], [("Microsoft", "ORG")]),
    ("“Yaşıl Bağ” Məhdud Məsuliyyətli Cəmiyyəti (MMC) açılıb.",                 # a legal form standing for the name
     [("“Yaşıl Bağ” Məhdud Məsuliyyətli Cəmiyyəti", "ORG"), ("MMC", "ORG")],
     [("“Yaşıl Bağ” Məhdud Məsuliyyətli Cəmiyyəti", "ORG"), ("MMC", "ORG")]),
]


@pytest.mark.parametrize("text,ents,expected", CONCEPTS)
def test_fields_software_and_events_are_no_bodies(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


BODIES = [
    # (text, ner entities, entities after az_corrections)
    ("Sistem Rəqəmsal İnkişaf Mərkəzi və Daxili İşlər Nazirliyi tərəfindən qurulub.",
     [("Rəqəmsal İnkişaf Mərkəzi və Daxili İşlər Nazirliyi", "ORG")],
     [("Rəqəmsal İnkişaf Mərkəzi", "ORG"), ("Daxili İşlər Nazirliyi", "ORG")]),
    ("Kurs Təlim-Tədris Mərkəzi və Məlumat Hesablama Mərkəzi ilə keçirilir.",
     [("Təlim-Tədris Mərkəzi və Məlumat Hesablama Mərkəzi", "ORG")],
     [("Təlim-Tədris Mərkəzi", "ORG"), ("Məlumat Hesablama Mərkəzi", "ORG")]),
    # one body whose field is a pair, a body in a case form before "və": one name
    ("Gənclər və İdman Nazirliyi bəyanat yayıb.", [("Gənclər və İdman Nazirliyi", "ORG")],
     [("Gənclər və İdman Nazirliyi", "ORG")]),
    ("Mərkəzi Seçki və Referendum Komissiyası toplaşıb.", [("Mərkəzi Seçki və Referendum Komissiyası", "ORG")],
     [("Mərkəzi Seçki və Referendum Komissiyası", "ORG")]),
    ("Xalq Təsərrüfatı Mərkəzinin və Ticarət Nazirliyinin əməkdaşları gəlib.",
     [("Xalq Təsərrüfatı Mərkəzinin və Ticarət Nazirliyinin", "ORG")],
     [("Xalq Təsərrüfatı Mərkəzinin və Ticarət Nazirliyinin", "ORG")]),
    # a PERSON ending in a body's head: an ORG, or no name when plural
    ("Şikayətlər Zəng Mərkəzi tərəfindən qəbul edilir.", [("Zəng Mərkəzi", "PERSON")], [("Zəng Mərkəzi", "ORG")]),
    ("Sənədlər Ərizə Qəbulu Mərkəzlərində qəbul edilir.", [("Qəbulu Mərkəzlərində", "PERSON")], []),
    ("Məktubu Vüsal Mərkəzov yazıb.", [("Vüsal Mərkəzov", "PERSON")], [("Vüsal Mərkəzov", "PERSON")]),
    # e-services and lower-case web addresses; a body named "Elektron ... Mərkəzi", a news site stay
    ("Həkimlər E-Resept sistemindən istifadə edir.", [("E-Resept", "REGION")], []),
    ("Şəhərdə Mobil Parkinq tətbiq olunur.", [("Mobil Parkinq", "PERSON")], []),
    ("Elektron Satınalma, Elektron Ədliyyə sahələri inkişaf edir.",
     [("Elektron Satınalma, Elektron Ədliyyə", "ORG")], []),
    ("Ödəniş e-gov.az vasitəsilə edilir.", [("e-gov.az", "ORG")], []),
    ("Elektron Xidmətlərin İnkişafı Mərkəzi açılıb.", [("Elektron Xidmətlərin İnkişafı Mərkəzi", "ORG")],
     [("Elektron Xidmətlərin İnkişafı Mərkəzi", "ORG")]),
    ("Bu barədə Xəbər.az məlumat yayıb.", [("Xəbər.az", "ORG")], [("Xəbər.az", "ORG")]),
    ("Elektron Ticarət üzrə İşçi Qrupunun iclası keçirilib.", [("Elektron Ticarət üzrə İşçi Qrupunun", "ORG")],
     [("Elektron Ticarət üzrə İşçi Qrupunun", "ORG")]),                 # a body's head inside, any case
    ("Direktor Əli Qasımov Mərkəz tərəfindən görülən işlərdən danışıb.", [("Əli Qasımov Mərkəz", "PERSON")],
     [("Direktor", "TITLE"), ("Əli Qasımov", "PERSON")]),  # a person run into the next word (cut by person_splits)
    ("Direktor Elməddin Qasımov Mərkəz tərəfindən görülən işlərdən danışıb.", [("Elməddin Qasımov Mərkəz", "PERSON")],
     [("Direktor", "TITLE"), ("Elməddin Qasımov", "PERSON")]),     # by the surname
]


@pytest.mark.parametrize("text,ents,expected", BODIES)
def test_bodies_are_split_and_typed_and_e_services_dropped(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


COMMON_REGIONS = [
    # (text, ner entities, entities after az_corrections)
    ("Nəticələr Tələbə Qəbulu üzrə komissiyada açıqlanıb.", [("Qəbulu", "REGION")], []),
    ("Ödənişlər Banklar vasitəsilə aparılır.", [("Banklar", "REGION")], []),
    # ... unless, bare, it opens the region right after it; not in a case, nor before a country
    ("Turistlər Dağlıq Altaya gedir.", [("Dağlıq", "REGION"), ("Altaya", "REGION")], [("Dağlıq Altaya", "REGION")]),
    ("Qonaqlar Buraya Altaydan gəlib.", [("Buraya", "REGION"), ("Altaydan", "REGION")], [("Altaydan", "REGION")]),
    ("Layihə Elektron Azərbaycan adlanır.", [("Elektron", "REGION"), ("Azərbaycan", "COUNTRY")],
     [("Azərbaycan", "COUNTRY")]),
    # a place of the gazetteer, a name before a place word or in a hyphenated pair stays
    ("Qonaqlar Qəbələyə gəlib.", [("Qəbələyə", "REGION")], [("Qəbələyə", "REGION")]),
    ("Sakinlər Qəbulu kəndinə qayıdıb.", [("Qəbulu", "REGION")], [("Qəbulu", "REGION")]),
    ("Yol Qəbulu-Şəki istiqamətində çəkilir.", [("Qəbulu", "REGION")], [("Qəbulu", "REGION")]),
]


@pytest.mark.parametrize("text,ents,expected", COMMON_REGIONS)
def test_a_lone_region_that_is_a_common_word_is_none(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("rule,text,ents", [
    ("concepts", "Şirkət İKT sahəsində işləyir.", [("İKT", "ORG")]),
    ("official_names", "Həkimlər E-Resept sistemindən istifadə edir.", [("E-Resept", "REGION")]),
    ("common_words", "Nəticələr Tələbə Qəbulu üzrə komissiyada açıqlanıb.", [("Qəbulu", "REGION")]),
    ("acronyms", "Tədbirdə Beynəlxalq Kosmik Tədqiqat Federasiyasının (BKTF) üzvləri iştirak edib.", [("BKTF", "ORG")]),
])
def test_each_new_rule_can_be_switched_off(nlp, rule, text, ents):
    # body_runs off too: it finds a spelt-out name of its own (tests/names/test_body_runs.py); common_forms
    # too: it judges the common words that common_words leaves (tests/names/test_common_forms.py)
    assert ner_then_corrections(nlp, text, ents, **{rule: False, "body_runs": False, "common_forms": False}) == ents


ACRONYMS = [
    # (text, ner entities, entities after az_corrections)
    ("Tədbirdə Beynəlxalq Kosmik Tədqiqat Federasiyasının (BKTF) üzvləri iştirak edib.", [("BKTF", "ORG")],
     [("Beynəlxalq Kosmik Tədqiqat Federasiyasının", "ORG"), ("BKTF", "ORG")]),
    ("Layihəni Su və Meşə Təsərrüfatı Nazirliyinin (SMTN) mütəxəssisləri hazırlayıb.", [("SMTN", "ORG")],
     [("Su və Meşə Təsərrüfatı Nazirliyinin", "ORG"), ("SMTN", "ORG")]),     # "və" has no letter
    ("Kurslar Təlim-Tədris Mərkəzi (TTM) tərəfindən təşkil olunur.", [("TTM", "ORG")],
     [("Təlim-Tədris Mərkəzi", "ORG"), ("TTM", "ORG")]),                    # both halves of a pair
    # a case ending after the bracket, hyphenated or glued to it: the same two names
    ("Layihəni Beynəlxalq Kosmik Tədqiqat Federasiyası (BKTF)-nın üzvləri hazırlayıb.", [("BKTF", "ORG")],
     [("Beynəlxalq Kosmik Tədqiqat Federasiyası", "ORG"), ("BKTF", "ORG")]),
    ("Layihəni Beynəlxalq Kosmik Tədqiqat Federasiyası (BKTF)nın üzvləri hazırlayıb.", [("BKTF", "ORG")],
     [("Beynəlxalq Kosmik Tədqiqat Federasiyası", "ORG"), ("BKTF", "ORG")]),
    # initials that do not spell it, a name already found, one word, no ORG in brackets: unchanged
    ("Tədbirdə Beynəlxalq Kosmik Federasiyasının (BKTF) üzvləri iştirak edib.", [("BKTF", "ORG")],
     [("BKTF", "ORG")]),
    ("Hesabatı Dünya Bankı (DB) hazırlayıb.", [("Dünya Bankı", "ORG"), ("DB", "ORG")],
     [("Dünya Bankı", "ORG"), ("DB", "ORG")]),
    ("Bu gün Kosmosun (KS) adı çəkilib.", [("KS", "ORG")], [("KS", "ORG")]),
    ("Hesabatı Dünya Bankı (DB) hazırlayıb.", [], []),
]


@pytest.mark.parametrize("text,ents,expected", ACRONYMS)
def test_the_name_a_bracketed_acronym_spells_is_an_organisation(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents, body_runs=False) == expected


def test_an_event_named_after_a_place_keeps_the_place(nlp):
    text = "“Osaka 2030” sərgisi açılıb. Qonaqlar Osakaya gəlib."
    assert ner_then_corrections(nlp, text, [("Osaka", "REGION"), ("Osakaya", "REGION")]) == \
        [("Osaka", "REGION"), ("Osakaya", "REGION")]


@pytest.mark.parametrize("text,ents", [
    ("Qərar Yaşıl Enerji Açıq Səhmdar Cəmiyyətinin (ASC) iclasında qəbul edilib.", [("ASC", "ORG")]),   # a legal form
    ("Ölkə Dayanıqlı İnkişaf Məqsədlərinin (DİM) icrasını izləyir.", [("DİM", "ORG")]),                # no body's head
])
def test_no_organisation_from_an_acronym_of_no_body(nlp, text, ents):
    # the acronyms rule alone: org_splits drops a legal form's acronym after it (tests/names/test_org_splits.py)
    assert ner_then_corrections(nlp, text, ents, org_splits=False) == ents


PLACE_OPENED = [
    # (text, ner entities, entities after az_corrections)
    ("Seminar Şəki Dövlət Universitetində keçirilib.", [("Şəki", "REGION")], [("Şəki Dövlət Universitetində", "ORG")]),
    ("Bu barədə Azərbaycan Respublikası Prezidentinin Administrasiyası məlumat verib.",
     [("Azərbaycan Respublikası", "COUNTRY")], [("Azərbaycan Respublikası Prezidentinin Administrasiyası", "ORG")]),
    # a place in the genitive, a body of another person's, a bare case form, a number, an entity after: apart
    ("Azərbaycan Respublikasının Kino Agentliyi yaradılıb.", [("Azərbaycan Respublikasının", "COUNTRY")],
     [("Azərbaycan Respublikasının", "COUNTRY")]),
    ("Bu İtaliya-Şəki Universitetimizin işidir.", [("Şəki", "REGION")], [("Şəki", "REGION")]),
    ("O, Azərbaycan Respublikası Komitənin üzvü seçilib.", [("Azərbaycan Respublikası", "COUNTRY")],
     [("Azərbaycan Respublikası", "COUNTRY")]),
    ("Bununla da Azərbaycan D-8 Təşkilatına üzv olub.", [("Azərbaycan", "COUNTRY")], [("Azərbaycan", "COUNTRY")]),
    ("Bununla da Azərbaycan Türk Dövlətləri Təşkilatına sədrlik edir.",
     [("Azərbaycan", "COUNTRY"), ("Türk Dövlətləri Təşkilatına", "ORG")],
     [("Azərbaycan", "COUNTRY"), ("Türk Dövlətləri Təşkilatına", "ORG")]),
    # region9: an institution's head (role opened), a "və" inside, a place the ner typed inside, a glued dash
    ("Qonaqlar Qax Astronomiya Rəsədxanasına gəlib.", [("Qax", "REGION")],
     [("Qax Astronomiya Rəsədxanasına", "ORG")]),
    ("Şagirdlər Lənkəran Riyaziyyat Liseyində oxuyur.", [("Lənkəran", "REGION")],
     [("Lənkəran Riyaziyyat Liseyində", "ORG")]),
    ("Sənəd Qusar Rayon İcra Hakimiyyətinə göndərilib.", [("Qusar", "REGION")],
     [("Qusar Rayon İcra Hakimiyyətinə", "ORG")]),
    ("Şirkət Naftalan Aqrar Sənaye Parkının rezidentidir.", [("Naftalan", "REGION")],
     [("Naftalan Aqrar Sənaye Parkının", "ORG")]),
    ("Dərs Şəki Dövlət Kənd və Meşə Kollecində keçirilib.", [("Şəki", "REGION")],
     [("Şəki Dövlət Kənd və Meşə Kollecində", "ORG")]),
    ("Görüş Gəncə Asiya Gimnaziyasında olub.", [("Gəncə", "REGION"), ("Asiya", "REGION")],
     [("Gəncə Asiya Gimnaziyasında", "ORG")]),
    ("Görüş Asiya Gimnaziyasında olub.", [("Asiya", "REGION")], [("Asiya Gimnaziyasında", "ORG")]),
    ("Stenddə Quba-Alman Liseyi də var.", [("Quba", "REGION")], [("Quba-Alman Liseyi", "ORG")]),
    ("Xəstə Laçın Müalicə-Diaqnostika Mərkəzinə aparılıb.", [("Laçın", "REGION")],
     [("Laçın Müalicə-Diaqnostika Mərkəzinə", "ORG")]),
    ("Əsər Los-Anceles Müasir İncəsənət Muzeyində saxlanılır.", [("Los-Anceles", "REGION")],
     [("Los-Anceles Müasir İncəsənət Muzeyində", "ORG")]),
    ("Tələbə Rusiyanın Kazan Dövlət Universitetində oxuyur.", [("Rusiyanın", "COUNTRY"), ("Kazan", "REGION")],
     [("Rusiyanın", "COUNTRY"), ("Kazan Dövlət Universitetində", "ORG")]),
    # not: a head the gold writes without the place (a memorial complex, a stadium), a "və" right after the
    # place, a place beside another place, a lower-case head
    ("Qonaqlar Şuşa Memorial Kompleksini ziyarət edib.", [("Şuşa", "REGION")], [("Şuşa", "REGION")]),
    ("Oyun Sumqayıt Şəhər Stadionunda olub.", [("Sumqayıt", "REGION")], [("Sumqayıt", "REGION")]),
    ("Nümayəndələr Qax və Zaqatala Liseyinə gəlib.", [("Qax", "REGION"), ("Zaqatala", "REGION")],
     [("Qax", "REGION"), ("Zaqatala Liseyinə", "ORG")]),
    ("Yol Şəki Qax Zaqatala Parkına çatır.", [("Şəki", "REGION"), ("Qax", "REGION"), ("Zaqatala", "REGION")],
     [("Şəki", "REGION"), ("Qax", "REGION"), ("Zaqatala Parkına", "ORG")]),
    ("Təlim Quba riyaziyyat liseyində keçirilib.", [("Quba", "REGION")], [("Quba", "REGION")]),
    # a continent in the locative opening an international body's name joined by "və"
    ("Ölkə Afrikada Sülh və İnkişaf Təşkilatının üzvüdür.", [("Afrikada", "REGION")],
     [("Afrikada Sülh və İnkişaf Təşkilatının", "ORG")]),
    ("Ölkə Avropada Miqrasiya və Qaçqınlar üzrə Müşavirəyə sədrlik edir.", [("Avropada", "REGION")],
     [("Avropada Miqrasiya və Qaçqınlar üzrə Müşavirəyə", "ORG")]),
    # not: a city setting the scene, no "və", a plural head
    ("Görüş Gəncədə Kənd və Meşə Təsərrüfatı Nazirliyinin binasında olub.", [("Gəncədə", "REGION")],
     [("Gəncədə", "REGION")]),
    ("Görüş Avropada Gənclər Təşkilatının ofisində olub.", [("Avropada", "REGION")], [("Avropada", "REGION")]),
    ("Görüş Asiyada Ticarət və Sənaye Palatalarında olub.", [("Asiyada", "REGION")], [("Asiyada", "REGION")]),
]


@pytest.mark.parametrize("text,ents,expected", PLACE_OPENED)
def test_a_place_in_the_nominative_opens_a_body_name(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents, body_runs=False) == expected


@pytest.mark.parametrize("text,ents", [
    # issue 11 org3, class 5: units of power, commodities and kinds of plant are no names
    ("Transformatorun gücü 630 KVA-dır.", [("KVA-dır", "ORG")]),
    ("Yarımstansiyanın gücü 40 MVA olacaq.", [("MVA", "ORG")]),
    ("Ölkə LNG ixracını artırır.", [("LNG", "ORG")]),
    ("Avtobuslar CNG ilə işləyir.", [("CNG", "ORG")]),
    ("Kənd yaxınlığında AES-in tikintisi başlayıb.", [("AES-in", "ORG")]),
])
def test_units_and_commodities_are_no_organisations(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == []


@pytest.mark.parametrize("text,ents,expected", [
    # egov11, class 5: technologies, formats and degrees are no bodies (a list, or a kind noun after it)
    ("Zal LED lampaları ilə işıqlandırılır.", [("LED", "ORG")], []),
    ("Sistem SOAP protokolu ilə məlumat alır.", [("SOAP", "ORG")], []),
    ("Cədvəllər CSV formatında yüklənir.", [("CSV", "ORG")], []),
    ("O, PhD dərəcəsi alıb.", [("PhD", "ORG")], []),
    ("Zəng VoIP vasitəsilə edilir.", [("VoIP", "ORG")], []),
    ("Şəbəkə QWZX texnologiyası üzərində qurulub.", [("QWZX", "ORG")], []),      # an acronym no list holds
    ("Sayğaclar KLMN tipli olacaq.", [("KLMN", "ORG")], []),
    # stay: a body the gold names before a kind noun, an acronym in a case, one before another noun
    ("Sənədə NATO kodu verilib.", [("NATO", "ORG")], [("NATO", "ORG")]),
    ("QWZX-in texnologiyası yenidir.", [("QWZX-in", "ORG")], [("QWZX-in", "ORG")]),
    ("QWZX şirkəti bəyanat yayıb.", [("QWZX", "ORG")], [("QWZX", "ORG")]),
])
def test_technologies_formats_and_degrees_are_no_bodies(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_a_technology_s_other_mentions_go_with_it(nlp):
    text = "Ölkə QWZX indeksinə görə irəliləyib. QWZX-in qrupunda on ölkə var."
    assert ner_then_corrections(nlp, text, [("QWZX", "ORG"), ("QWZX-in", "ORG")]) == []


QUOTED_EVENTS = [
    # egov12: lower-case modifiers between a quoted event's name and its noun, a bracketed gloss ending in an
    # event's or award's noun, an acronym in brackets after a quoted title; the other mentions go with them
    ("“DataFest” beynəlxalq konfransının məqsədi böyükdür. Qonaqlar DataFest-də görüşüb.",
     [("DataFest", "ORG"), ("DataFest-də", "ORG")], []),
    ("Komanda “Nar” texnologiya tədbirində iştirak edib.", [("Nar", "ORG")], []),
    ("Portal “Kompas” (Milli Media Mükafatı) müsabiqəsində qalib olub.",
     [("Kompas", "ORG"), ("Milli Media Mükafatı", "ORG")], []),
    ("Bakıda “Rəqəmsal gələcək” (RGK) konfransının açılışı olub.", [("RGK", "ORG")], []),
    ("Onlar “Dağ Çiçəyi” mükafatına layiq görülüb.", [("Dağ Çiçəyi", "ORG")], []),
    # an owner in the genitive, a body's noun, a case ending glued to the quote, a body's acronym: stay
    ("“Azercell” şirkətinin konfransı keçirilib.", [("Azercell", "ORG")], [("Azercell", "ORG")]),
    ("“Azercell” mobil operatoru tədbiri dəstəkləyib.", [("Azercell", "ORG")], [("Azercell", "ORG")]),
    ("“Azercell”in beynəlxalq konfransı keçirilib.", [("Azercell", "ORG")], [("Azercell", "ORG")]),
    ("Beynəlxalq Telekommunikasiya İttifaqı (BTİ) konfransı keçirib.", [("BTİ", "ORG")], [("BTİ", "ORG")]),
]


@pytest.mark.parametrize("text,ents,expected", QUOTED_EVENTS)
def test_a_quoted_event_or_award_is_no_body(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents, acronyms=False, body_runs=False) == expected
