"""A person's name the ner typed REGION is a PERSON: the end of a name split after a PERSON, a given name before
"xan"/"xanım" (pipeline/names/person_regions.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # the rest of a name the ner split off: one PERSON
    ("Görüşdə Karlos Mendes Ribeyro çıxış edib.", [("Karlos Mendes", "PERSON"), ("Ribeyro", "REGION")],
     [("Karlos Mendes Ribeyro", "PERSON")]),
    ("Qolu Yohan Kvarteng vurub.", [("Yohan", "PERSON"), ("Kvarteng", "REGION")], [("Yohan Kvarteng", "PERSON")]),
    ("Hakim Pavel Ter-Markaryanı cəzalandırıb.", [("Pavel Ter", "PERSON"), ("Markaryanı", "REGION")],
     [("Pavel Ter-Markaryanı", "PERSON")]),
    ("Mükafatı Lukas Valdemirə veriblər.", [("Lukas", "PERSON"), ("Valdemirə", "REGION")],
     [("Lukas Valdemirə", "PERSON")]),
    # a full name before it, a name in a case, one word before a hyphen: two names, or a person and a place
    ("Sonra Kamran Rüstəmov Lurvik şəhərində olub.", [("Kamran Rüstəmov", "PERSON"), ("Lurvik", "REGION")],
     [("Kamran Rüstəmov", "PERSON"), ("Lurvik", "REGION")]),
    ("Xalq Elmira Hüseynzadə Tarvanı tanıyır.", [("Elmira Hüseynzadə", "PERSON"), ("Tarvanı", "REGION")],
     [("Elmira Hüseynzadə", "PERSON"), ("Tarvanı", "REGION")]),
    ("Kitab Markonun Velqar səfərindən bəhs edir.", [("Markonun", "PERSON"), ("Velqar", "REGION")],
     [("Markonun", "PERSON"), ("Velqar", "REGION")]),
    ("Ceyms-Holbrek administrasiyası qərar verib.", [("Ceyms", "PERSON"), ("Holbrek", "REGION")],
     [("Ceyms", "PERSON"), ("Holbrek", "REGION")]),
    # the place is in the locative, in the genitive without a surname's shape, or opens a capitalised name
    ("Dünən Tomas Birk Varlenada çıxış edib.", [("Tomas Birk", "PERSON"), ("Varlenada", "REGION")],
     [("Tomas Birk", "PERSON"), ("Varlenada", "REGION")]),
    ("Futbolçu Diego Montarın məhkəməsinə müraciət edib.", [("Diego", "PERSON"), ("Montarın", "REGION")],
     [("Diego", "PERSON"), ("Montarın", "REGION")]),
    ("Dünən Kemal Yurtsel Dorukpark Sərgi Zalında çıxış edib.", [("Kemal Yurtsel", "PERSON"), ("Dorukpark", "REGION")],
     [("Kemal Yurtsel", "PERSON"), ("Dorukpark", "REGION")]),
    # ... or qualifies the lower-case noun in the possessive after it; a postposition does not
    ("Dünən Jan Lamur Vilyer sarayında qonaqları qəbul edib.", [("Jan Lamur", "PERSON"), ("Vilyer", "REGION")],
     [("Jan Lamur", "PERSON"), ("Vilyer", "REGION")]),
    ("Qələbəni Piter Hollis Kranvud əsgərlərinin köməyi ilə qazanıb.",
     [("Piter Hollis", "PERSON"), ("Kranvud", "REGION")], [("Piter Hollis", "PERSON"), ("Kranvud", "REGION")]),
    ("Güləşçi Yohan Kvarteng üzərində qələbə qazanıb.", [("Yohan", "PERSON"), ("Kvarteng", "REGION")],
     [("Yohan Kvarteng", "PERSON")]),
    # a place the gazetteer knows stays a place
    ("Jurnalist Mark Dolan Bakı barədə yazıb.", [("Mark Dolan", "PERSON"), ("Bakı", "REGION")],
     [("Mark Dolan", "PERSON"), ("Bakı", "REGION")]),
    # a name before "adına" (named after)
    ("Kənddə Korkmaz adına məktəb açılıb.", [("Korkmaz", "REGION")], [("Korkmaz", "PERSON")]),
    ("Şəhərdə Vasil Levski adına park salınıb.", [("Vasil Levski", "REGION")], [("Vasil Levski", "PERSON")]),
    ("Onlar Qarabağ adına mübarizə aparıb.", [("Qarabağ", "REGION")], [("Qarabağ", "REGION")]),  # a known place
    # a given name before "xan" (inside the name) or "xanım" (outside it)
    ("Qala Cəfərqulu xanın dövründə tikilib.", [("Cəfərqulu", "REGION")], [("Cəfərqulu xanın", "PERSON")]),
    ("Tamaşada Gülarə xanım əsas rolu oynayıb.", [("Gülarə", "REGION")], [("Gülarə", "PERSON")]),
    ("Hamı Gülarə xanımın gəlişini gözləyirdi.", [("Gülarə", "REGION")], [("Gülarə", "PERSON")]),
    ("Məktub Cəfərqulu xandan gəlib.", [("Cəfərqulu", "REGION")], [("Cəfərqulu xandan", "PERSON")]),
    ("Biz Gülarə xanımla görüşdük.", [("Gülarə", "REGION")], [("Gülarə", "PERSON")]),
    # a place's khan, a quoted name, a surname after the honorific: left alone
    ("Bu torpaqları Şirvanşah xanı idarə edib.", [("Şirvanşah", "REGION")], [("Şirvanşah", "REGION")]),
    ("Turistlər “Gülarə xanım” hamamını gəziblər.", [("Gülarə", "REGION")], [("Gülarə", "REGION")]),
    # region9: a given name that is also a place word, before its surname
    ("Sənədi Şuşa Hüseynov imzalayıb.", [("Şuşa", "REGION")], [("Şuşa Hüseynov", "PERSON")]),
    ("Mükafat Araz Babayevaya verilib.", [("Araz", "REGION")], [("Araz Babayevaya", "PERSON")]),
    ("Məruzəni Xəzər Əlizadə oxuyub.", [("Xəzər", "REGION")], [("Xəzər Əlizadə", "PERSON")]),
    ("Heyətə Kür Abbaslı da daxildir.", [("Kür", "REGION")], [("Kür Abbaslı", "PERSON")]),
    # not: a place in a case, a common word or a body's head after it, a known place, a village's place word
    ("Görüş Şuşada Hüseynovun evində olub.", [("Şuşada", "REGION")], [("Şuşada", "REGION")]),
    ("Sərgi Şəki Milli Muzeyində açılıb.", [("Şəki", "REGION")], [("Şəki Milli Muzeyində", "ORG")]),
    ("Bu dəfə Göyçay Komissiyanın iclasına gəlib.", [("Göyçay", "REGION")], [("Göyçay", "REGION")]),
    ("Yol Qax Zaqatala istiqamətində çəkilir.", [("Qax", "REGION"), ("Zaqatala", "REGION")],
     [("Qax", "REGION"), ("Zaqatala", "REGION")]),
    ("Yol Qax Kərimli kəndinə çəkilir.", [("Qax", "REGION")], [("Qax", "REGION")]),
])
def test_a_person_typed_region_is_a_person(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_rule_can_be_switched_off(nlp):
    text = "Qolu Yohan Kvarteng vurub."
    ents = [("Yohan", "PERSON"), ("Kvarteng", "REGION")]
    assert ner_then_corrections(nlp, text, ents, person_regions=False) == ents


def test_honorific_forms_are_the_bare_word_and_four_cases():
    from pipeline.names.person_regions import _honorific_forms
    assert _honorific_forms() == {**{w: "name_honorific" for w in ("xan", "xanın", "xana", "xanla", "xandan")},
                                  **{w: "outer_honorific" for w in ("xanım", "xanımın", "xanıma", "xanımla", "xanımdan")}}


@pytest.mark.parametrize("text,ents,expected", [
    # a REGION right after a TITLE is the holder's name: one word before the PERSON it opens, or a name no place
    # of the gazetteer has (leaders11)
    ("Görüşdə Norveçin səfiri Xəzər Lundberq iştirak edib.",
     [("Norveçin", "COUNTRY"), ("səfiri", "TITLE"), ("Xəzər", "REGION"), ("Lundberq", "PERSON")],
     [("Norveçin", "COUNTRY"), ("səfiri", "TITLE"), ("Xəzər Lundberq", "PERSON")]),
    ("Konsertdə Xalq artisti Tarvalın mahnıları səslənib.", [("Xalq artisti", "TITLE"), ("Tarvalın", "REGION")],
     [("Xalq artisti", "TITLE"), ("Tarvalın", "PERSON")]),
    # ... not a place's case, a place word or another place after it, a known place, nor a REGION after no TITLE
    ("Din xadimi Lurvikdə çıxış edib.", [("Din xadimi", "TITLE"), ("Lurvikdə", "REGION")],
     [("Din xadimi", "TITLE"), ("Lurvikdə", "REGION")]),
    ("Sonra birinci xanım Lurvik kəndinə gedib.", [("birinci xanım", "TITLE"), ("Lurvik", "REGION")],
     [("birinci xanım", "TITLE"), ("Lurvik", "REGION")]),
    ("Sonra birinci xanım Lurvik və Tarval kəndlərinə gedib.",
     [("birinci xanım", "TITLE"), ("Lurvik", "REGION"), ("Tarval", "REGION")],
     [("birinci xanım", "TITLE"), ("Lurvik", "REGION"), ("Tarval", "REGION")]),
    ("Bunu Prezident Bakı barədə deyib.", [("Prezident", "TITLE"), ("Bakı", "REGION")],
     [("Prezident", "TITLE"), ("Bakı", "REGION")]),
    ("Bunu dünən Tarval barədə deyib.", [("Tarval", "REGION")], [("Tarval", "REGION")]),
])
def test_a_region_after_a_title_is_its_holder(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected
