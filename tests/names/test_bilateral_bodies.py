"""az_corrections' bilateral_bodies switch (pipeline/names/bilateral_bodies.py, org11): a joint body's parties and
lower-case brief before "üzrə" open its ORG, with phrases written for these tests (no shared text)."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    ("Dünən Gürcüstan ilə Moldova arasında nəqliyyat əməkdaşlığı üzrə Hökumətlərarası Komissiyanın iclası olub.",
     [("Gürcüstan", "COUNTRY"), ("Moldova", "COUNTRY"), ("Hökumətlərarası Komissiyanın", "ORG")],
     [("Gürcüstan ilə Moldova arasında nəqliyyat əməkdaşlığı üzrə Hökumətlərarası Komissiyanın", "ORG")]),
    # a brief with commas, "və", a dash; parties with "və" and a government; a word before them stays out
    ("Tərəflər Qazaxıstan Hökuməti ilə Böyük Britaniya və Şimali İrlandiya Birləşmiş Krallığı arasında ticarət, "
     "elmi-texniki və humanitar əməkdaşlıq üzrə Birgə Komissiyanı yaradıb.",
     [("Qazaxıstan", "COUNTRY"), ("Böyük Britaniya və Şimali İrlandiya Birləşmiş Krallığı", "COUNTRY"),
      ("Birgə Komissiyanı", "ORG")],
     [("Qazaxıstan Hökuməti ilə Böyük Britaniya və Şimali İrlandiya Birləşmiş Krallığı arasında ticarət, "
       "elmi-texniki və humanitar əməkdaşlıq üzrə Birgə Komissiyanı", "ORG")]),
    ("Qərar “Azərbaycan Respublikası ilə Monqolustan arasında iqtisadi əməkdaşlıq üzrə Dövlət Komissiyası” adlanır.",
     [("Azərbaycan Respublikası", "COUNTRY"), ("Monqolustan", "COUNTRY"), ("Dövlət Komissiyası", "ORG")],
     [("Azərbaycan Respublikası ilə Monqolustan arasında iqtisadi əməkdaşlıq üzrə Dövlət Komissiyası", "ORG")]),
    # the ner typed no body after "üzrə": free name words up to a body's head
    ("Gürcüstan ilə Moldova arasında sərhəd məsələləri üzrə Komissiyanın iclası olub.",
     [("Gürcüstan", "COUNTRY"), ("Moldova", "COUNTRY")],
     [("Gürcüstan ilə Moldova arasında sərhəd məsələləri üzrə Komissiyanın", "ORG")]),
    # two joint bodies joined by "və": two ORGs (a "və" before "ilə" joins no party)
    ("Gürcüstan ilə Moldova arasında sərhəd məsələləri üzrə Dövlət Komissiyasının və Ukrayna ilə Belarus arasında "
     "sərhəd məsələləri üzrə Komissiyanın iclası olub.",
     [("Gürcüstan", "COUNTRY"), ("Moldova", "COUNTRY"), ("Dövlət Komissiyasının", "ORG"), ("Ukrayna", "COUNTRY"),
      ("Belarus", "COUNTRY")],
     [("Gürcüstan ilə Moldova arasında sərhəd məsələləri üzrə Dövlət Komissiyasının", "ORG"),
      ("Ukrayna ilə Belarus arasında sərhəd məsələləri üzrə Komissiyanın", "ORG")]),
])
def test_the_parties_and_brief_open_the_joint_body(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # no "arasında": a brief alone is no name
    ("Gürcüstan ilə Moldova nəqliyyat əməkdaşlığı üzrə Hökumətlərarası Komissiyada danışıb.",
     [("Gürcüstan", "COUNTRY"), ("Moldova", "COUNTRY"), ("Hökumətlərarası Komissiyada", "ORG")]),
    # a capitalised field (org_openings' case) or no body's head after "üzrə"
    ("Gürcüstan ilə Moldova arasında əməkdaşlıq üzrə Tbilisidə danışıqlar olub.",
     [("Gürcüstan", "COUNTRY"), ("Moldova", "COUNTRY"), ("Tbilisidə", "REGION")]),
    # one party only
    ("Moldova Prezidenti ilə arasında əməkdaşlıq üzrə Dövlət Komissiyası var.",
     [("Moldova", "COUNTRY"), ("Dövlət Komissiyası", "ORG")]),
])
def test_no_joint_body_without_parties_and_brief(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


def test_the_rule_can_be_switched_off(nlp):
    text = "Dünən Gürcüstan ilə Moldova arasında nəqliyyat əməkdaşlığı üzrə Hökumətlərarası Komissiyanın iclası olub."
    ents = [("Gürcüstan", "COUNTRY"), ("Moldova", "COUNTRY"), ("Hökumətlərarası Komissiyanın", "ORG")]
    assert ner_then_corrections(nlp, text, ents, bilateral_bodies=False) == ents
