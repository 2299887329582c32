"""Sentence starts for news text.

A newline is a boundary (header, date lines and paragraphs are separate sentences); so is `.`, `!`,
`?` or `…` followed, after any closing quotes or brackets, by a word that can open a sentence.
Abbreviations and initials are single tokens with their dot (`mln.`, `mlrd.`, `Ş.`; see the
tokenizer), so they never end a sentence.
"""
import numpy
from spacy.attrs import IS_SPACE, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.punctuation import CLOSING_QUOTES, DASHES, OPENING_QUOTES
from pipeline.lang.texts import token_texts

TERMINALS = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
SENTENCE_CLOSERS = frozenset(CLOSING_QUOTES + "\"'’)]")  # glued after a terminal: still its sentence
OPENERS = frozenset(OPENING_QUOTES + "\"(•" + DASHES)


def _can_open(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or first in OPENERS


@Language.component("az_sentences", assigns=["token.is_sent_start"])
def az_sentences(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    texts = token_texts(doc)  # arrays, not a Token object per token
    is_space, spaces = doc.to_array([IS_SPACE, SPACY]).T.tolist()
    starts = [False] * len(doc)
    expect_start = True
    after_terminal = False
    for i, text in enumerate(texts):
        if is_space[i]:
            if "\n" in text:
                expect_start = True
            continue
        # a quote glued to the terminal closes its sentence; after a space it opens the next one
        if after_terminal and not expect_start and text in SENTENCE_CLOSERS and not spaces[i - 1]:
            continue
        if expect_start or (after_terminal and _can_open(text)):
            starts[i] = True
        expect_start = False
        after_terminal = text in TERMINALS
    starts[0] = True
    # one array write: setting token.is_sent_start token by token is quadratic in spaCy
    values = numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], values.reshape(-1, 1))
    return doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of the sentences, from the SENT_START array (cheaper than
    `doc.sents`); the whole Doc when it has no sentence starts."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return [(0, len(doc))]
    firsts = [i for i, v in enumerate(doc.to_array(SENT_START).tolist()) if v == 1 or i == 0]
    return list(zip(firsts, firsts[1:] + [len(doc)]))
