"""The shared texts of a Doc and its tokens: the same strings as spaCy's, re-read after retokenising."""
import pytest

import pipeline
from pipeline.lang.texts import doc_text, token_texts

TEXTS = [
    "Qazaxıstan Prezidenti Kasım-Jomart Tokayev 1,2 milyard dollarlıq layihələrə start verib.",
    'Bitdi.\n\n"Report" xəbər verir:  ABŞ-ın  “Tenge Bank”ın payı 12,5%-ə çatıb ',
    " \n",
    "",
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_same_as_spacy(nlp, text):
    doc = nlp.make_doc(text)
    assert token_texts(doc) == [t.text for t in doc]
    assert doc_text(doc) == doc.text == text
    assert token_texts(doc) is token_texts(doc)  # built once


def test_retokenised_doc_is_read_again(nlp):
    doc = nlp.make_doc("Xəzər dənizi sahilində")
    assert token_texts(doc) == ["Xəzər", "dənizi", "sahilində"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert token_texts(doc) == ["Xəzər dənizi", "sahilində"]
    assert doc_text(doc) == "Xəzər dənizi sahilində"


def test_docs_are_not_kept_alive(nlp):
    import gc
    import weakref

    doc = nlp.make_doc("Bakı şəhəri")
    token_texts(doc)
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None
