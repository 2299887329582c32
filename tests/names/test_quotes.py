"""quotes: opening and closing quotes on tokens, and the candidates found on the ORTH array."""
from __future__ import annotations

import pytest

import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


def test_opening_candidates_cover_every_opening_quote(nlp):
    from pipeline.names.quotes import opens_quote, quote_candidates
    doc = nlp.make_doc('“Azərsu” ASC, «Şəki» komandası, „Qarabağ” klubu və "Neftçi" ilə "Sabah" oyunu.')
    openings = [t.i for t in doc if opens_quote(t)]
    assert len(openings) == 5
    assert set(openings) <= set(quote_candidates(doc))
    assert all(doc[i].text in '“«„"' for i in quote_candidates(doc))
    assert quote_candidates(nlp.make_doc("")) == []
