"""The Azerbaijani tokenizer: each case listed in issue 2, offsets, casing, serialization."""
from __future__ import annotations

import json

import pytest
import spacy

import pipeline
from pipeline.lang.tokenizer import like_num, token_norm

CASES = [
    # text, expected tokens (whitespace tokens left out)
    ('"Tenge Bank"ın ofisi', ['"', "Tenge", "Bank", '"', "ın", "ofisi"]),
    ("“Sea Breeze”də", ["“", "Sea", "Breeze", "”", "də"]),
    ('"Report""TRT Haber"ə', ['"', "Report", '"', '"', "TRT", "Haber", '"', "ə"]),
    ("barədə“Report”xəbər", ["barədə", "“", "Report", "”", "xəbər"]),
    ("“Mərkəzi Asiya” Beynəlxalq", ["“", "Mərkəzi", "Asiya", "”", "Beynəlxalq"]),
    ("Ş.Mirziyoyevin", ["Ş.", "Mirziyoyevin"]),
    ("Ş. Mirziyoyev", ["Ş.", "Mirziyoyev"]),
    ("İ.H.Əliyev", ["İ.", "H.", "Əliyev"]),
    ("ABŞ-ın", ["ABŞ", "-", "ın"]),
    ("BMT-nin", ["BMT", "-", "nin"]),
    ("(Aİ)-nin", ["(", "Aİ", ")", "-", "nin"]),
    ("(Polşa)1:3", ["(", "Polşa", ")", "1:3"]),
    ("(ASK)nın sədri", ["(", "ASK", ")", "nın", "sədri"]),                 # a suffix glued to the bracket
    ("(operatorlar)tərəfindən", ["(", "operatorlar", ")", "tərəfindən"]),
    ("(12.03.2025)pic", ["(", "12.03.2025", ")", "pic"]),
    ("1,2 milyard", ["1,2", "milyard"]),
    ("1.200.000 manat", ["1.200.000", "manat"]),
    ("500 000 manat", ["500", "000", "manat"]),
    ("9,398.3 mln.", ["9,398.3", "mln."]),
    ("5 mln. manat", ["5", "mln.", "manat"]),
    ("2 mlrd. dollar", ["2", "mlrd.", "dollar"]),
    ("2024-cü ildə", ["2024-cü", "ildə"]),
    ("7-ci", ["7-ci"]),
    ("12,5%-ə", ["12,5", "%", "-", "ə"]),
    ("5%li", ["5", "%", "li"]),
    ("%5", ["%", "5"]),
    ("$5", ["$", "5"]),
    ("Uçkuduk – Qızılorda", ["Uçkuduk", "–", "Qızılorda"]),
    ("milyardABŞ", ["milyard", "ABŞ"]),
    ("ildə71%", ["ildə", "71", "%"]),
    ("1,2milyard", ["1,2", "milyard"]),
    ("RespublikasınınPrezidenti", ["Respublikasının", "Prezidenti"]),
    ("COP29 WUF13", ["COP29", "WUF13"]),
    ("Bakı. Sonra", ["Bakı", ".", "Sonra"]),
    # an opening bracket glued to the word before it: the name and the bracket's content are two tokens
    ("Mədəniyyət Nazirliyi(12);", ["Mədəniyyət", "Nazirliyi", "(", "12", ")", ";"]),
    ("Gömrük Agentliyi(GA) bildirib", ["Gömrük", "Agentliyi", "(", "GA", ")", "bildirib"]),
    ("arayışlar(sənədlər) hazırdır", ["arayışlar", "(", "sənədlər", ")", "hazırdır"]),
    ("PDF(40), CSV(7)", ["PDF", "(", "40", ")", ",", "CSV", "(", "7", ")"]),
    ("Şəki[2] rayonu", ["Şəki", "[", "2", "]", "rayonu"]),
    ("Qala (Bakı) yaxınlığında", ["Qala", "(", "Bakı", ")", "yaxınlığında"]),
    (":( gülüş", [":(", "gülüş"]),
    # a suffix after a name's closing quote and a hyphen: the quote and the suffix are tokens of their own
    ("“Google Maps”-də", ["“", "Google", "Maps", "”", "-", "də"]),
    ('"Bank of Baku"-nun', ['"', "Bank", "of", "Baku", '"', "-", "nun"]),
    ("Bank «BTB»-yə", ["Bank", "«", "BTB", "»", "-", "yə"]),
    # a capitalised word run together with the next word by a scraper (pipeline/lang/glued_words.py)
    ("Prezident Rəşad Quliyevinçıxışı", ["Prezident", "Rəşad", "Quliyevin", "çıxışı"]),
    ("Hesablama Mərkəzitərəfindən", ["Hesablama", "Mərkəzi", "tərəfindən"]),
    ("Nazirliyininmətbuat xidməti", ["Nazirliyinin", "mətbuat", "xidməti"]),
    ("konsul Tofiq Məmmədovqeyd edib", ["konsul", "Tofiq", "Məmmədov", "qeyd", "edib"]),
    # ... and words and names that only look so: left whole
    ("Regiondankənar qüvvələr", ["Regiondankənar", "qüvvələr"]),
    ("Tanrıverdi Bülbüloğlu", ["Tanrıverdi", "Bülbüloğlu"]),
    ("Milan Politexnik Universiteti", ["Milan", "Politexnik", "Universiteti"]),
    ("David Allahverdiyanın", ["David", "Allahverdiyanın"]),
    ("Azərbaycan Respublikasının Mərkəzilə", ["Azərbaycan", "Respublikasının", "Mərkəzilə"]),
    ("hesablama mərkəzitərəfindən", ["hesablama", "mərkəzitərəfindən"]),   # lower case: no name to free
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


def words(doc) -> list[str]:
    return [t.text for t in doc if not t.is_space]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_tokens(nlp, text, expected):
    assert words(nlp.make_doc(text)) == expected


@pytest.mark.parametrize("text", [c[0] for c in CASES] + ["\n\n İlham\u00a0Əliyev \n", "I\u0307lham"])
def test_tokens_cover_text_exactly(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


def test_whitespace_rules_removed(nlp):
    # whitespace-only special cases switch the tokenizer cache off in spaCy 3.8 (PR #13951)
    assert not [k for k in nlp.tokenizer.rules if not k.strip()]
    assert words(nlp.make_doc("a\n\nb\u00a0c")) == ["a", "b", "c"]


@pytest.mark.parametrize("text,expected", [
    ("İlham", "ilham"),
    ("I\u0307lham", "ilham"),            # decomposed İ (NFD)
    ("Іlham", "ilham"),                   # Cyrillic І
    ("Аzərbaycan", "azərbaycan"),         # Cyrillic А
    ("“", '"'),
])
def test_norm(text, expected):
    assert token_norm(text) == expected


def test_token_norm_is_azerbaijani(nlp):
    doc = nlp.make_doc("İLHAM ƏLİYEV I\u0307lham")
    assert [t.norm_ for t in doc] == ["ilham", "əliyev", "ilham"]


@pytest.mark.parametrize("text,expected", [
    ("1,2", True), ("1.200.000", True), ("500", True), ("7-ci", True), ("2024-cü", True),
    ("yeddinci", True), ("yeddi", True), ("milyard", True), ("beşinci", True), ("yarım", True),
    ("Bakı", False), ("dollar", False), ("mln.", False), ("-", False),
])
def test_like_num(nlp, text, expected):
    assert like_num(text) is expected
    assert nlp.make_doc(text)[0].like_num is expected or len(nlp.make_doc(text)) > 1


def test_survives_save_and_load(nlp, tmp_path):
    # spaCy re-compiles saved patterns with `re`: the tokenizer must come back identical
    nlp.to_disk(tmp_path / "m")
    loaded = spacy.load(tmp_path / "m")
    for text, _ in CASES:
        assert words(loaded.make_doc(text)) == words(nlp.make_doc(text))
    assert loaded.make_doc("İLHAM")[0].norm_ == "ilham"


def test_gold_spans_align_with_tokens(nlp, shared):
    """Gold span edges fall on token edges; only run-together lower-case words may not."""
    bad = total = 0
    for name in ("train", "dev"):
        with open(shared / "corpus" / f"{name}.jsonl", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                doc = nlp.make_doc(rec["text"])
                for e in rec["entities"]:
                    total += 1
                    bad += doc.char_span(e["start"], e["end"]) is None
    assert total > 15000
    assert bad / total < 0.002, f"{bad} of {total} gold spans do not align with tokens"


INVISIBLE_CASES = [
    # text, expected tokens (the invisible ones split off, whitespace tokens left out)
    ("\u202dİlham Əliyev\u202c bildirib", ["\u202d", "İlham", "Əliyev", "\u202c", "bildirib"]),
    ("Bakıda\u202d\u202d \u202celektron", ["Bakıda", "\u202d", "\u202d", "\u202c", "elektron"]),
    ("Şoltsun \u200b\u200byenidən", ["Şoltsun", "\u200b", "\u200b", "yenidən"]),
    ("\ufeffQazaxıstan\u200e və\u2066Türkiyə\u2069", ["\ufeff", "Qazaxıstan", "\u200e", "və", "\u2066", "Türkiyə", "\u2069"]),
    ("23\u202d oktyabr\u202c 2020-ci\u202d il", ["23", "\u202d", "oktyabr", "\u202c", "2020-ci", "\u202d", "il"]),
    # a soft hyphen or joiner inside a word stays in it (only its NORM leaves it out)
    ("dekabrın\u00addan Azər\u200dbaycan", ["dekabrın\u00addan", "Azər\u200dbaycan"]),
]


@pytest.mark.parametrize("text,expected", INVISIBLE_CASES)
def test_invisible_characters_split_off(nlp, text, expected):
    doc = nlp.make_doc(text)
    assert [t.text for t in doc if not t.text.isspace()] == expected  # words() leaves out what reads as space
    assert doc.text == text
    for token in doc:  # offsets into the original text are exact
        assert text[token.idx:token.idx + len(token.text)] == token.text
        assert token.is_space == (token.text in "\u202c\u202d\u200b\u200e\ufeff\u2066\u2069" or token.text.isspace())


def test_invisible_characters_left_out_of_a_words_norm():
    assert token_norm("Azər\u200dbaycan") == "azərbaycan"
    assert token_norm("dekabrın\u00addan") == "dekabrından"
    assert token_norm("\u202d") == "\u202d"  # a token of them alone keeps its text


def test_no_entity_edge_on_an_invisible_character():
    nlp = pipeline.load()
    text = "\u202dAzərbaycan Prezidenti\u202d \u202cİlham Əliyev\u202c \u202dQazaxıstana səfər edib."
    doc = nlp(text)
    assert doc.text == text
    for ent in doc.ents:
        assert ent.text == text[ent.start_char:ent.end_char]
        assert not ent.text[0] in "\u202c\u202d" and not ent.text[-1] in "\u202c\u202d", ent.text
    assert ("İlham Əliyev", "PERSON") in {(e.text, e.label_) for e in doc.ents}
