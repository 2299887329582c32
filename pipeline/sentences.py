"""Sentence starts for news text.

A newline is a boundary (header, date lines and paragraphs are separate sentences); so is `.`, `!`,
`?` or `…` followed, after any closing quotes or brackets, by a word that can open a sentence.
Abbreviations and initials are single tokens with their dot (`mln.`, `mlrd.`, `Ş.`; see the
tokenizer), so they never end a sentence.
"""
from spacy.language import Language
from spacy.tokens import Doc

TERMINALS = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
CLOSERS = frozenset({'"', "”", "»", "’", "'", ")", "]"})
OPENERS = frozenset({'"', "“", "«", "„", "(", "—", "–", "-", "•"})


def _can_open(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or first in OPENERS


@Language.component("az_sentences")
def az_sentences(doc: Doc) -> Doc:
    starts = [False] * len(doc)
    expect_start = True
    after_terminal = False
    for i, token in enumerate(doc):
        if token.is_space:
            if "\n" in token.text:
                expect_start = True
            continue
        text = token.text
        # a quote glued to the terminal closes its sentence; after a space it opens the next one
        if after_terminal and not expect_start and text in CLOSERS and not doc[i - 1].whitespace_:
            continue
        if expect_start or (after_terminal and _can_open(text)):
            starts[i] = True
        expect_start = False
        after_terminal = text in TERMINALS
        if "\n" in token.whitespace_:
            expect_start = True
    for token, start in zip(doc, starts):
        token.is_sent_start = start
    if len(doc):
        doc[0].is_sent_start = True
    return doc
