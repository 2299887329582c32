"""The pieces `evaluate` and `agreement` score with, one concern a module:

- `inputs`: reading GOLD/PRED, pairing documents by id, and the refusals (`InputRefused`)
- `entities`: labels, spans of a record, strict/overlap counts per document, attribute checks
- `schemes`: the four SemEval-2013 schemes of nervaluate (strict, exact, partial, ent_type)
- `errors`: every disagreement of a document, classified; the label confusion table
- `bootstrap`: seeded bootstrap intervals over documents, and the paired comparison of two systems
- `leaders`: (person, title) pairs and their P/R/F1
- `review`: the HTML review page, gold beside prediction
"""
