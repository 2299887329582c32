"""The shared texts of a Doc and its tokens: the same strings as spaCy's, re-read after retokenising."""
import pytest

import pipeline
from pipeline.lang.texts import doc_text, span_text, token_texts

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


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_span_text_same_as_spacy(nlp, text):
    doc = nlp.make_doc(text)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text, (start, end)


def test_docs_asked_in_turn(nlp):
    # the last Doc asked about is answered first: another Doc in between must not be mistaken for it
    first, second = nlp.make_doc("Bakı şəhəri"), nlp.make_doc("Gəncə rayonu və Şəki")
    for _ in range(2):
        assert token_texts(first) == ["Bakı", "şəhəri"] and doc_text(first) == "Bakı şəhəri"
        assert token_texts(second) == ["Gəncə", "rayonu", "və", "Şəki"]
        assert span_text(second[3:4]) == "Şəki" and span_text(first[0:1]) == "Bakı"


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
