"""Annotation-tool formats: each module writes records out for a tool and reads the tool's files back.

    labelstudio.py   Label Studio tasks (data + predictions) and labeling config; its JSON export back
    brat.py          brat standoff: ID.txt + ID.ann + annotation.conf; a collection directory back
    conll.py         CoNLL-2003 style IOB2 columns; the same columns back
    docs.py          records as Docs of the project tokenizer, IOB2 tags (also for `export` hf/spacy)
    common.py        entities of a read document, checked against the ANNOTATION.md span rules
    fill.py          values (norm, id, amount, currency, qualifier, value) recomputed on corrected spans
    parsers.py       the only module here that imports the pipeline's parsers and components

Every reader yields `pipeline.io.Item`s: a record, or the reason a document cannot be read (it
becomes an error record naming its position, as everywhere in the pipeline).
"""
