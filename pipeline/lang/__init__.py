"""Azerbaijani language data and analysis, as spaCy lays out `spacy/lang/xx/`: casing, the tokenizer,
sentence starts and the suffix analyser (morphology). Nothing here knows about entities."""
