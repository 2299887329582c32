"""az_corrections, issue 11 egov6: lone titles, generic heads as PERSON, hyphen-cut persons, a nominative place
opening a body's name, and device brands (pipeline/names/stray_names.py, pipeline/data/concepts/words.tsv).
Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

STRAY = [
    # (text, ner entities, entities after az_corrections)
    # a TITLE needs a PERSON in its sentence
    ("Yeni sədr müavini təyin olunub.", [("sədr müavini", "TITLE")], []),
    ("Agentlik Prezidenti yanında fəaliyyət göstərir. Kamal Rzayev danışıb.",
     [("Prezidenti", "TITLE"), ("Kamal Rzayev", "PERSON")], [("Kamal Rzayev", "PERSON")]),  # the person is elsewhere
    ("Nazir müavini Kamal Rzayev danışıb.", [("Nazir müavini", "TITLE"), ("Kamal Rzayev", "PERSON")],
     [("Nazir müavini", "TITLE"), ("Kamal Rzayev", "PERSON")]),
    ("Kamal Rzayev, şirkətin direktoru, danışıb.", [("Kamal Rzayev", "PERSON"), ("direktoru", "TITLE")],
     [("Kamal Rzayev", "PERSON"), ("direktoru", "TITLE")]),                          # after the person
    ("Qurumun direktoru Kamal Rzayev-dir.", [("direktoru", "TITLE")], [("direktoru", "TITLE")]),  # a name after it
    ("Ordunun komandanı Kamal Rzayev danışıb.", [("komandanı", "TITLE"), ("Kamal Rzayev", "REGION")],
     [("komandanı", "TITLE"), ("Kamal Rzayev", "PERSON")]),  # the person mistyped: kept, and person_regions types it
    ("Agentliyin sədri Dövlət Komitəsinə gedib.", [("sədri", "TITLE"), ("Dövlət Komitəsinə", "ORG")],
     [("Dövlət Komitəsinə", "ORG")]),                                               # a body after it
    ("Rəis Bakıda görüşüb.", [("Rəis", "TITLE"), ("Bakıda", "REGION")], [("Bakıda", "REGION")]),  # a place
    ("Yeni baş mütəxəssis təyin olunub. Kamal gəlir.", [("baş mütəxəssis", "TITLE")], []),    # the next sentence
    ("Bunu Kamal Rzayev deyib.\n\n-Hörmətli Prezident, xoş gəlmisiniz.",
     [("Kamal Rzayev", "PERSON"), ("Prezident", "TITLE")], [("Kamal Rzayev", "PERSON")]),  # near, another sentence
    # a hyphen glues a lower-case piece to the last name word
    ("Sənədi Kamran Mirzə-zadə imzalayıb.", [("Kamran Mirzə", "PERSON")], [("Kamran Mirzə-zadə", "PERSON")]),
    ("Qonaq Li Hyun-sunun sözlərinə görə.", [("Li Hyun", "PERSON")], [("Li Hyun-sunun", "PERSON")]),
    ("Kamran Mirzə - zadəgan nəslindəndir.", [("Kamran Mirzə", "PERSON")], [("Kamran Mirzə", "PERSON")]),  # spaced
    ("Görüş Kamran Mirzə-Tofiq Nəbi arasında olub.", [("Kamran Mirzə", "PERSON")],
     [("Kamran Mirzə", "PERSON")]),                                                  # a capital after it: a pair
    # a body's head alone is no PERSON
    ("Sonra Mərkəzin işi təqdim olunub.", [("Mərkəzin", "PERSON")], []),
    ("Bu barədə Komitə qərar verib.", [("Komitə", "PERSON")], []),
    ("Bu barədə Kamal Rzayev qərar verib.", [("Kamal Rzayev", "PERSON")], [("Kamal Rzayev", "PERSON")]),
    # ... nor an ORG with no name word before it (org9); a parliament and a cut name's head stay
    ("İclas bitib. Şura üzvləri səs verib.", [("Şura", "ORG")], []),
    ("Sonunda Fondun nümayəndəsi danışıb.", [("Fondun", "ORG")], []),
    ("Deputat, Parlamentin komitəsində danışıb.", [("Parlamentin", "ORG")], [("Parlamentin", "ORG")]),
    ("Sonra Gənclər Şura üzvləri danışıb.", [("Şura", "ORG")], [("Şura", "ORG")]),
    # a nominative place opening a body's name is inside the ORG
    ("Tələbələr Gəncə Texnologiya Universitetində oxuyur.",
     [("Gəncə", "REGION"), ("Texnologiya Universitetində", "ORG")], [("Gəncə Texnologiya Universitetində", "ORG")]),
    ("Tələbələr Gəncədə Texnologiya Universitetində oxuyur.",
     [("Gəncədə", "REGION"), ("Texnologiya Universitetində", "ORG")],
     [("Gəncədə", "REGION"), ("Texnologiya Universitetində", "ORG")]),              # a case form: where
    ("Kiyev NATO ilə danışıqlar aparır.", [("Kiyev", "REGION"), ("NATO", "ORG")],
     [("Kiyev", "REGION"), ("NATO", "ORG")]),                                        # an acronym
    ("Gəncə Dünya Bankı ilə razılaşıb.", [("Gəncə", "REGION"), ("Dünya Bankı", "ORG")],
     [("Gəncə", "REGION"), ("Dünya Bankı", "ORG")]),                                 # an international body
    ("Baş naziri Gəncə Sahil və Nazirlər Kabineti gəlib.",
     [("Baş naziri", "TITLE"), ("Gəncə", "REGION"), ("Sahil və Nazirlər Kabineti", "ORG")],
     [("Baş naziri", "TITLE"), ("Gəncə", "REGION"), ("Sahil və Nazirlər Kabineti", "ORG")]),  # a first name
    # the name after a title is read from the current entities: an earlier switch made it an ORG (brands)
    ("Şirkətin direktoru Azərsu ilə görüşüb.", [("direktoru", "TITLE"), ("Azərsu", "PERSON")], [("Azərsu", "ORG")]),
    ("Qurumun rəhbəri Expressbank ilə danışıb.", [("rəhbəri", "TITLE"), ("Expressbank", "REGION")],
     [("Expressbank", "ORG")]),
    # a person far from the title but in its sentence keeps it; one in the next sentence does not
    ("Ölkənin baş naziri dünən Bakıda olan Kamal Rzayev ilə görüşüb.",
     [("baş naziri", "TITLE"), ("Bakıda", "REGION"), ("Kamal Rzayev", "PERSON")],
     [("baş naziri", "TITLE"), ("Bakıda", "REGION"), ("Kamal Rzayev", "PERSON")]),
    ("Ölkənin baş naziri dünən gəlib. Onu Bakıda Kamal Rzayev qarşılayıb.",
     [("baş naziri", "TITLE"), ("Bakıda", "REGION"), ("Kamal Rzayev", "PERSON")],
     [("Bakıda", "REGION"), ("Kamal Rzayev", "PERSON")]),
    # a service's, card's, platform's or project's name is no PERSON/REGION
    ("Sual Canlı Dəstək xidmətinə yazılır.", [("Canlı Dəstək", "PERSON")], []),
    ("Yeni Mobil kartların satışı başlayıb.", [("Mobil", "REGION")], []),              # plural genitive
    ("İşlər Kiberqalxan platformasında aparılır.", [("Kiberqalxan", "REGION")], []),
    ("Sonra Göndər düyməsini sıxın.", [("Göndər", "PERSON")], []),                   # an interface noun
    ("Qəbələ layihəsi təsdiqlənib.", [("Qəbələ", "REGION")], [("Qəbələ", "REGION")]),  # a known place
    ("Əli Vəliyev layihəsi bəyənilib.", [("Əli Vəliyev", "PERSON")], [("Əli Vəliyev", "PERSON")]),  # a first name
    ("Tədbirdə K.Nurlu xidmətinə görə mükafat alıb.", [("K.Nurlu", "PERSON")], [("K.Nurlu", "PERSON")]),  # an initial
    ("Görüşdə Kamal Rzayev layihə barədə danışıb.", [("Kamal Rzayev", "PERSON")],
     [("Kamal Rzayev", "PERSON")]),                                                   # the bare noun
    # a report, register, programme or legal act is no PERSON/REGION
    ("Qurum İllik Fəaliyyət Hesabatını dərc edib.", [("İllik Fəaliyyət Hesabatını", "PERSON")], []),
    ("Məlumat Torpaq Reyestrində saxlanılır.", [("Torpaq Reyestrində", "REGION")], []),
    ("Sənəd Quraqlıq Strategiyasına uyğundur.", [("Quraqlıq Strategiyasına", "PERSON")], []),
    ("Bu barədə Fərman danışıb.", [("Fərman", "PERSON")], [("Fərman", "PERSON")]),      # the bare noun: a first name
    # no letter, an address, a sentence adverb
    ("Bəndlər: 3.0.12. tabeliyində olan qurumlar.", [("3.0.12", "PERSON")], []),
    ("Yekun bal = 3xS olur.", [("=", "REGION")], []),
    ("Yazın: info@nazirlik.gov.az ünvanına.", [("info@nazirlik.gov.az", "REGION")], []),
    ("Keçid: https://www.example.az/x səhifəsi.", [("https://www.example.az/x", "ORG")], []),
    ("Videoya baxın:https://video.example.az/XkP9VyBfA səhifəsində.", [("XkP9VyBfA", "ORG")], []),  # inside one
    ("Say artıb. Beləki, portal işləyir.", [("Beləki", "REGION")], []),
    ("Tarix 15.11.2025 olaraq qeyd edilib.", [("15.11.2025", "DATE")], [("15.11.2025", "DATE")]),  # not a name label
    # languages are no entities
    ("Mətn Azərbaycan dilində yazılıb.", [("Azərbaycan", "COUNTRY")], []),
    ("Xidmət Azərbaycan, İngilis, Fransız və Rus dillərində göstərilir.",
     [("Azərbaycan", "COUNTRY"), ("İngilis", "REGION"), ("Rus", "PERSON")], []),   # a list, a free word in it
    ("Azərbaycanın dili zəngindir.", [("Azərbaycanın", "COUNTRY")], [("Azərbaycanın", "COUNTRY")]),  # genitive
    ("Bakıda dil kursları açılıb.", [("Bakıda", "REGION")], [("Bakıda", "REGION")]),  # the bare noun
    ("Kamal Rzayev, Azərbaycan dilini öyrənir.", [("Kamal Rzayev", "PERSON"), ("Azərbaycan", "COUNTRY")],
     [("Kamal Rzayev", "PERSON")]),                                                # the run stops at its start
    # a common word opening a PERSON at a sentence start
    ("Tədbir başlayıb. Seminar Kamal Rzayevin çıxışı ilə açılıb.", [("Seminar Kamal Rzayevin", "PERSON")],
     [("Kamal Rzayevin", "PERSON")]),
    ("Tədbir başlayıb. Ərizə Operatora göndərilir.", [("Ərizə Operatora", "PERSON")], []),
    ("Tədbir başlayıb. Ulduz Rəhimova çıxış edib.", [("Ulduz Rəhimova", "PERSON")],
     [("Ulduz Rəhimova", "PERSON")]),                                                # a surname's shape
    ("Sonra Seminar Kamal Rzayevin çıxışı ilə açılıb.", [("Seminar Kamal Rzayevin", "PERSON")],
     [("Seminar Kamal Rzayevin", "PERSON")]),                                        # mid-sentence: left
    # a common word in a case opening a sentence
    ("Yarış başlayıb. Müsabiqənin şərtləri açıqlanıb.", [("Müsabiqənin", "ORG")], []),
    ("Siyahı:\n- Sayğacının tipi;", [("Sayğacının", "PERSON")], []),                   # a list item
    ("Onlar Müsabiqənin şərtlərini oxuyub.", [("Müsabiqənin", "ORG")], [("Müsabiqənin", "ORG")]),  # mid-sentence
    ("Gəncəyə yeni avtobuslar gəlib.", [("Gəncəyə", "REGION")], [("Gəncəyə", "REGION")]),  # a known place
    ("Arzunun kitabı çap olunub.", [("Arzunun", "PERSON")], [("Arzunun", "PERSON")]),  # a gold first name
    # egov7: mid-sentence too, a one-word PERSON in a case of a common word with no name word beside it
    ("Qaydalar Operatorun saytında dərc olunur.", [("Operatorun", "PERSON")], []),
    ("Abunəçi ərizəni Operatora göndərir.", [("Operatora", "PERSON")], []),
    ("Abunəçi Operatorla müqavilə bağlayır.", [("Operatorla", "PERSON")], []),
    ("Kitabı Arzunun bacısı oxuyub.", [("Arzunun", "PERSON")], [("Arzunun", "PERSON")]),  # a gold first name
    ("Sənədi Kamran Operatorun imzalayıb.", [("Kamran Operatorun", "PERSON")],
     [("Kamran Operatorun", "PERSON")]),                                             # two words: a name
    ("Sənədi K. Operatorun imzalayıb.", [("Operatorun", "PERSON")], [("Operatorun", "PERSON")]),  # an initial
    ("Onlar Operatorun saytına baxıb.", [("Operatorun", "ORG")], [("Operatorun", "ORG")]),  # not a PERSON
    # device makers are companies, mobile platforms no names
    ("Tətbiq Samsung, Acer və Sony telefonlarında işləyir.",
     [("Samsung", "REGION"), ("Acer", "REGION"), ("Sony", "PERSON")],
     [("Samsung", "ORG"), ("Acer", "ORG"), ("Sony", "ORG")]),
    ("Tətbiq Symbian və Windows Phone sistemlərində işləyir.", [("Symbian", "REGION"), ("Phone", "REGION")], []),
    # egov10: card and device products are no names
    ("Ödəniş Gümüş Kart ilə edilir.", [("Gümüş Kart", "PERSON")], []),              # a capitalised device noun
    ("İmza Mobil Token ilə qoyulur.", [("Mobil Token", "ORG")], []),
    ("Sənəd Qızıl Kartı ilə göndərilir.", [("Qızıl Kartı", "REGION")], []),          # in a case form
    ("Bank Visa Platin və Maestro Elit kartlarını verir.", [("Visa Platin", "PERSON"), ("Maestro Elit", "ORG")], []),
    ("Müştərilər Visa Platin kartı alıb.", [("Müştərilər Visa Platin", "ORG")], []),  # the brand after an opener
    ("Ödəniş Sarıkart ilə də mümkündür.", [("Sarıkart", "REGION")], []),             # glued to a brand
    # ... and what stays
    ("Qızıl Kart MMC-nin rəhbəri çıxış edib.", [("Qızıl Kart", "ORG")], [("Qızıl Kart", "ORG")]),  # a company
    ("Kamran Kartalov çıxış edib.", [("Kamran Kartalov", "PERSON")], [("Kamran Kartalov", "PERSON")]),
    ("Kamran Visa ilə görüşüb.", [("Kamran", "PERSON")], [("Kamran", "PERSON")]),
    ("Şirkət Visa ilə müqavilə imzalayıb.", [("Visa", "ORG")], [("Visa", "ORG")]),  # the brand alone: its company
    ("Ödəniş kart ilə edilir.", [], []),
]


@pytest.mark.parametrize("text,ents,expected", STRAY)
def test_stray_names(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    ("Yeni sədr müavini təyin olunub.", [("sədr müavini", "TITLE")]),
    ("Sənədi Kamran Mirzə-zadə imzalayıb.", [("Kamran Mirzə", "PERSON")]),
    ("Sonra Mərkəzin işi təqdim olunub.", [("Mərkəzin", "PERSON")]),
    ("Tələbələr Gəncə Texnologiya Universitetində oxuyur.", [("Gəncə", "REGION"), ("Texnologiya Universitetində", "ORG")]),
    ("Sual Canlı Dəstək xidmətinə yazılır.", [("Canlı Dəstək", "PERSON")]),
    ("Su verilir. Sayğacının tipi yoxlanılır.", [("Sayğacının", "ORG")]),
    ("Ödəniş Gümüş Kart ilə edilir.", [("Gümüş Kart", "PERSON")]),
])
def test_stray_names_off(nlp, text, ents):
    # common_forms off too: it judges some of these common words on its own (tests/names/test_common_forms.py)
    assert ner_then_corrections(nlp, text, ents, stray_names=False, common_forms=False) == ents
