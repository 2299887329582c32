"""A social network named as the place of a page or a post is no organisation (pipeline/names/platform_posts.py).
Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.fake_ner import doc_after_ner

from pipeline.names.platform_posts import platform_posts


@pytest.mark.parametrize("text,ents,expected", [
    # a page noun in the locative after a known network; any name before "sosial şəbəkəsində"
    ("Nazir bu barədə “X” səhifəsində yazıb.", [("X", "ORG")], []),
    ("Müğənni “Instagram” hesabında paylaşım edib.", [("Instagram", "ORG")], []),
    ("Səfir Facebook hesablarında müraciət edib.", [("Facebook", "PERSON")], []),
    ("Deputat “Yeni Səs” sosial şəbəkəsində yazıb.", [("Yeni Səs", "ORG")], []),
    ("Nazirlik “X”dəki hesabında bəyanat yayıb.", [("X", "ORG")], []),
    ("Qeydiyyat “Facebook” hesabı ilə aparılır.", [("Facebook", "ORG")], []),
    ("Məlumat nazirliyin rəsmi X səhifəsinə yerləşdirilib.", [("X", "ORG")], []),
    # a known network in the locative before a word of posting, the ending glued or after a hyphen
    ("Prezident “Truth Social”da yazıb ki, danışıqlar gedir.", [("Truth Social", "ORG")], []),
    ("Jurnalist X-də paylaşıb.", [("X-də", "ORG")], []),
    # the company, a newspaper, a TV channel, an unknown site's page, a genitive owner: stay
    ("İlon Mask “TikTok” sosial şəbəkəsini almaq istəmir.", [("TikTok", "ORG")], [("TikTok", "ORG")]),
    ("Britaniya “TikTok” sosial şəbəkəsinə qadağa qoymayıb.", [("TikTok", "ORG")], [("TikTok", "ORG")]),
    ("Bu barədə “Financial Times”da yazılıb.", [("Financial Times", "ORG")], [("Financial Times", "ORG")]),
    ("Film “Baku TV” kanalında yayımlanıb.", [("Baku TV", "ORG")], [("Baku TV", "ORG")]),
    ("Məlumat “Zoom” səhifəsində verilib.", [("Zoom", "ORG")], [("Zoom", "ORG")]),
    ("Nazirliyin səhifəsində yazılıb.", [("Nazirliyin", "ORG")], [("Nazirliyin", "ORG")]),
    ("Twitter yeni qaydalar açıqlayıb.", [("Twitter", "ORG")], [("Twitter", "ORG")]),
    ("“Yeni Səs” sosial şəbəkəsini almaq istəyirlər.", [("Yeni Səs", "ORG")], [("Yeni Səs", "ORG")]),
    ("Hesab “Qala” hesabına köçürülüb.", [("Qala", "ORG")], [("Qala", "ORG")]),
])
def test_a_network_as_the_place_of_a_post_is_no_name(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = platform_posts(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected


def test_the_rule_runs_in_the_pipeline_and_can_be_switched_off(nlp):
    from tests.names.test_corrections import ner_then_corrections
    text = "Nazir bu barədə “X” səhifəsində yazıb."
    assert ner_then_corrections(nlp, text, [("X", "ORG")]) == []
    assert ner_then_corrections(nlp, text, [("X", "ORG")], platform_posts=False) == [("X", "ORG")]
