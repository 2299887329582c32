"""az_corrections' body_runs switch (pipeline/names/body_runs.py): a run of capitalised words ending in a
body's head is one ORG, with phrases written for these tests (no shared text)."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

FOUND = [
    # (text, ner entities, entities after az_corrections)
    # a missed name, its words joined by "və", "üzrə" and, in a list closed by "və", by commas
    ("Onlar dünən Su və Meşə Təsərrüfatı Nazirliyinin əməkdaşları ilə görüşüb.", [],
     [("Su və Meşə Təsərrüfatı Nazirliyinin", "ORG")]),
    ("Tədbirdə Gəmi, Liman və Dəniz Nəqliyyatı Agentliyi təmsil olunub.", [],
     [("Gəmi, Liman və Dəniz Nəqliyyatı Agentliyi", "ORG")]),
    ("Layihəni isə Kənd Təsərrüfatı üzrə Dövlət Komitəsi hazırlayıb.", [],
     [("Kənd Təsərrüfatı üzrə Dövlət Komitəsi", "ORG")]),
    ("Sənədlər dünən Balıq Ehtiyatları Mərkəzinə göndərilib.", [], [("Balıq Ehtiyatları Mərkəzinə", "ORG")]),
    ("Dünən isə Uşaq-Gənclər Şahmat Məktəbi açılıb.", [], [("Uşaq-Gənclər Şahmat Məktəbi", "ORG")]),
    # a head from the gazetteer's organisation names ("hökumət", "məclis")
    ("Bu barədə Keçid Hökuməti bəyanat yayıb.", [], [("Keçid Hökuməti", "ORG")]),
    # a common word opening the sentence right before the run: its capital says nothing, the run is left
    ("Dünən Su və Meşə Təsərrüfatı Nazirliyi bildirib.", [], []),
    # a place in the genitive stays apart: the body is the run after it
    ("Fransanın Mədəni İrs Agentliyi bildirib.", [("Fransanın", "COUNTRY")],
     [("Fransanın", "COUNTRY"), ("Mədəni İrs Agentliyi", "ORG")]),
    # an ORG the ner cut at the "və" of its name takes the free capitalised words before it
    ("Xəbəri isə Ailə və Qadın Məsələləri Komitəsi yayıb.", [("Qadın Məsələləri Komitəsi", "ORG")],
     [("Ailə və Qadın Məsələləri Komitəsi", "ORG")]),
    # a ministry and its sub-unit are two ORGs; two bodies joined by "və" stay two
    ("Nazirliyin Səhiyyə Nazirliyinin Mətbuat Mərkəzi bildirib.", [("Səhiyyə Nazirliyinin", "ORG")],
     [("Səhiyyə Nazirliyinin", "ORG"), ("Mətbuat Mərkəzi", "ORG")]),
    ("Görüşdə Gənclər Fondu və Turizm Agentliyi iştirak edib.", [("Gənclər Fondu", "ORG")],
     [("Gənclər Fondu", "ORG"), ("Turizm Agentliyi", "ORG")]),
]

UNCHANGED = [
    # a lone head, a plural head (a kind of body), a bare head, a head in another person's possessive
    ("Sonra Nazirliyin nümayəndəsi danışıb.", []),
    ("Şəhərdə Xidmət Mərkəzlərində növbə yoxdur.", []),
    ("Fövqəladə Halların İdarə olunması üzrə plan hazırlanıb.", []),
    ("Onlar Universitetimizin tələbələridir.", []),
    # a common word opening the sentence says nothing by its capital
    ("Sonra Təlim Mərkəzində dərslər başlayıb.", []),
    # the name seems to go on: after an ORG in the nominative, after "adına", before another head
    ("Dünən NATO Parlament Assambleyası toplanıb.", [("NATO", "ORG")]),
    ("Qarayev adına Musiqi Məktəbi açılıb.", [("Qarayev", "PERSON")]),
    ("Dünən Ali Şura Məclisinin iclası olub.", []),
    # a legal form, an event and a programme are no bodies
    ("Onlar Açıq Səhmdar Cəmiyyətinin səhmlərini alıb.", []),
    ("Bu il Kapital Bank Açıq Səhmdar Cəmiyyətinin səhmləri satılıb.", [("Kapital Bank", "ORG")]),
    ("Dünən Regional Enerji Forumu başlayıb.", []),
    ("Yeni Dövlət Proqramının icrası başlayıb.", []),
    # no widening over a "və" after a title or an object in the dative
    ("Onlar Baş Naziri və Qazaxıstan Milli Şurasının sədri ilə görüşüb.", [("Qazaxıstan Milli Şurasının", "ORG")]),
    ("Qərar Nizamnaməsinə və Milli Şurasının qaydalarına uyğundur.", [("Milli Şurasının", "ORG")]),
    # an ORG the ner found whole, with no "və" before it, is not widened over a free name
    ("Sonra biz Kamalı Dövlət Agentliyinə göndərdik.", [("Dövlət Agentliyinə", "ORG")]),
    # a scene in the locative and a state owning the body are no words of its name
    ("Bakıda Gənclər Fondu açılıb.", [("Bakıda", "REGION")]),
]


@pytest.mark.parametrize("text,ents,expected", FOUND)
def test_a_capitalised_run_ending_in_a_body_head_is_an_organisation(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", UNCHANGED)
def test_no_organisation_without_a_name_of_a_body(nlp, text, ents):
    # body_runs alone: org_joins makes "X adına Y" one ORG (tests/names/test_org_joins.py), org_edges "NATO
    # Parlament Assambleyası" (tests/names/test_org_edges.py)
    after = ner_then_corrections(nlp, text, ents, org_joins=False, org_edges=False)
    assert [e for e in after if e[1] == "ORG"] == [e for e in ents if e[1] == "ORG"], after


def test_a_widened_name_stops_at_its_state(nlp):
    ents = [("Sosial İnkişaf Agentliyi", "ORG")]
    text = "Bunu Koreya Respublikasının Elm və Sosial İnkişaf Agentliyi bildirib."
    assert ner_then_corrections(nlp, text, ents) == [("Elm və Sosial İnkişaf Agentliyi", "ORG")]


def test_the_switch_turns_the_rule_off(nlp):
    text = "Onlar dünən Su və Meşə Təsərrüfatı Nazirliyinin əməkdaşları ilə görüşüb."
    assert ner_then_corrections(nlp, text, [], body_runs=False) == []
