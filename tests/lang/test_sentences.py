"""Sentence starts: newlines are boundaries; abbreviations and initials are not."""
import pytest

import pipeline

CASES = [
    ("Başlıq\n15 noyabr, 2025\nQazaxıstan və Özbəkistan razılaşıb.",
     ["Başlıq", "15 noyabr, 2025", "Qazaxıstan və Özbəkistan razılaşıb."]),
    ("Layihə 5 mln. manat dəyərindədir. Sonra 2 mlrd. dollar ayrılıb.",
     ["Layihə 5 mln. manat dəyərindədir.", "Sonra 2 mlrd. dollar ayrılıb."]),
    ("Ş. Mirziyoyev bildirib. Ş.Mirziyoyevin mətbuat xidməti də.",
     ["Ş. Mirziyoyev bildirib.", "Ş.Mirziyoyevin mətbuat xidməti də."]),
    ('O dedi: "Bu vacibdir." Sonra getdi.', ['O dedi: "Bu vacibdir."', "Sonra getdi."]),
    ('Bitdi.\n\n"Report" xəbər verir.', ["Bitdi.", '"Report" xəbər verir.']),
    ("Qiymət 1,2 milyard dollar. 2025-ci ildə artıb!", ["Qiymət 1,2 milyard dollar.", "2025-ci ildə artıb!"]),
    ("Bakı şəhəri, Xəzər dənizi sahilində.", ["Bakı şəhəri, Xəzər dənizi sahilində."]),
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:30] for c in CASES])
def test_sentences(nlp, text, expected):
    doc = nlp.get_pipe("az_sentences")(nlp.make_doc(text))
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == expected
