"""Extension values (Decimals included) survive serialization and worker processes."""
from decimal import Decimal

import pipeline
from spacy.tokens import Doc, DocBin


def _doc(nlp) -> Doc:
    doc = nlp.make_doc("Layihə 1,2 milyard dollar dəyərindədir.")
    span = doc.char_span(7, 25, label="MONEY")
    span._.amount, span._.currency, span._.qualifier = Decimal("1200000000"), "USD", "approx"
    doc.ents = [span]
    doc._.pub_date = "2025-11-15"
    return doc


def test_doc_bytes_round_trip_keeps_decimals():
    nlp = pipeline.blank()
    back = Doc(nlp.vocab).from_bytes(_doc(nlp).to_bytes())
    (ent,) = back.ents
    assert (ent._.amount, ent._.currency, ent._.qualifier) == (Decimal("1200000000"), "USD", "approx")
    assert back._.pub_date == "2025-11-15"


def test_docbin_keeps_decimals():
    nlp = pipeline.blank()
    db = DocBin(store_user_data=True, docs=[_doc(nlp)])
    (back,) = DocBin(store_user_data=True).from_bytes(db.to_bytes()).get_docs(nlp.vocab)
    assert back.ents[0]._.amount == Decimal("1200000000")


def test_values_survive_two_processes():
    nlp = pipeline.load()
    texts = ["Qazaxıstan 1,2 milyard dollar ayırıb.", "Bakıda 500 min manat xərclənib."] * 4
    one = [pipeline.to_record(d) for d in nlp.pipe(texts)]
    two = [pipeline.to_record(d) for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert one == two
