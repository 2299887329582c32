"""pipeline/lang/lex_getters.py: each cheaper getter answers as spaCy's own on the same strings."""
from __future__ import annotations

import random

import pytest
from spacy.lang import lex_attrs as spacy_attrs

from pipeline.lang import lex_getters
from pipeline.lang.lex_getters import cheaper_getters, like_url

# words of our own: Azerbaijani letters, digits, punctuation, runs, URLs and e-mails, other scripts
WORDS = ["Bakı", "İlham", "ƏLİYEV", "Şuşa", "ölkə", "2025-ci", "1,2", "mln.", "ABŞ-ın", "“Report”",
         "aaaaaaa", "AAAAAb", "-----", "12345678", "x1y2z3", "Ş.Mirziyoyev", "(Aİ)-nin", "%", "5%-ə",
         "http://a", "https://az", "www.gov.az", "www.", "gov.az", "e-gov.az/", "a.b", ".az", "az.",
         "ad@mail.az", "foo@bar", "localhost:8080", "ǅemal", "Ⅻ", "²", "٣", "中文", "Привет", "\n\n", " ",
         "\t", "ÆØÅ", "straße", "İİİİİİ", "ııııı", "x" * 99, "x" * 100, "Ω", "a\u0307", "—", "…",
         "(", ")", "[", "]", "{", "}", "<", ">", "«", "»", "‘", "’", "‚", "‛", "„", "‟", "‹", "›", "❮", "❯", "''",
         "``", "`", "((", "$", "€", "₼", "$$", "$1", "1$", "!?", "-.", "ad@", "@mail.az", "x@y.z", "Və", "VƏ"]


def _strings() -> list[str]:
    rng = random.Random(0)
    alphabet = "aAəƏıIiİşŞ09.-/@:_ \n“”\"'Ω中²٣ǅ()«»$€`"
    made = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    return WORDS + made + [c * n for c in "aA1.-" for n in range(1, 9)]


@pytest.mark.parametrize("name", ["lower", "prefix", "suffix", "is_alpha", "is_digit", "is_lower", "is_space",
                                  "is_title", "is_upper", "is_ascii", "like_url", "is_punct", "is_currency",
                                  "like_email", "is_bracket", "is_quote", "is_left_punct", "is_right_punct"])
def test_same_answer_as_spacy(name):
    spacy_getter = getattr(spacy_attrs, name)
    ours = lex_getters._CHEAPER[spacy_getter]
    for text in _strings():
        assert ours(text) == spacy_getter(text), (name, text)


@pytest.mark.parametrize("text, url", [("gov.az", True), ("http://localhost", True), ("Bakı", False),
                                       ("e-gov", False), ("www.x", True), ("ad@mail.az", False)])
def test_like_url(text, url):
    assert like_url(text) is url


def test_no_letter_or_digit_is_punctuation_or_currency():
    # what the cheaper is_punct and is_currency rely on, for every code point
    import unicodedata
    for code in range(0x110000):
        char = chr(code)
        if char.isalnum():
            assert not unicodedata.category(char).startswith("P") and unicodedata.category(char) != "Sc", hex(code)


def test_only_spacys_own_getters_are_replaced():
    def own(text: str) -> bool:
        return False
    getters = {1: spacy_attrs.lower, 2: own, 3: spacy_attrs.word_shape, 4: spacy_attrs.like_url}
    cheaper_getters(getters)
    assert getters == {1: str.lower, 2: own, 3: spacy_attrs.word_shape, 4: like_url}


def test_stop_words_keep_their_answer():
    from functools import partial
    stops = {"və", "ki"}
    spacys = partial(spacy_attrs.is_stop, stops=stops)
    getters = {1: spacys}
    cheaper_getters(getters)
    assert getters[1] is not spacys
    for text in ["və", "VƏ", "Və", "ki", "KI", "bu", "", "vəki"]:
        assert getters[1](text) == spacys(text), text


def test_the_pipeline_vocab_uses_them(nlp):
    from spacy.attrs import IS_ALPHA, LIKE_URL
    getters = nlp.vocab.lex_attr_getters
    assert getters[IS_ALPHA] is str.isalpha and getters[LIKE_URL] is like_url
    token = nlp.make_doc("Yeni sözqoşmaxyz 2025-ci ildə")[1]
    assert (token.shape_, token.is_alpha, token.like_url) == ("xxxx", True, False)
