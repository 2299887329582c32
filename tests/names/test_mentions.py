"""mentions: lone surnames of full names are PERSONs; a one-word REGION/ORG labels its repetitions."""
from __future__ import annotations

import pytest

import pipeline
from tests.names.test_components import ner_then_gazetteer


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


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
