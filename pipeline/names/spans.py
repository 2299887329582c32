"""Token and entity helpers the name rules share: capitalisation, free tokens, the entity at a token,
token rows read from arrays, and replacing overlapped entities."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.lang.punctuation import DASHES
from pipeline.lang.texts import token_texts


def cap(token: Token) -> bool:
    return token.text[:1].isupper()


def all_caps(text: str) -> bool:
    """A word of letters only, all capitals, two letters or more ("ASAN", "NAZİRLƏR")."""
    return len(text) > 1 and text.isalpha() and text.isupper()


def name_word(text: str) -> bool:
    """A word of a name: a capital, then letters or inner hyphens ("Təlim-Tədris")."""
    return text[:1].isupper() and all(c.isalpha() or c == "-" for c in text)


def glued_dash(doc: Doc, k: int) -> bool:
    """Token k is a dash inside one word, glued to the tokens on both sides ("Təlim-Tədris", "BTB-nin")."""
    return 0 < k < len(doc) - 1 and doc[k].text in DASHES and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def free(doc: Doc, start: int, end: int) -> bool:
    """No token of the range belongs to an entity already."""
    # token by token: a slice would build a Span (and its Tokens), `ent_type_` a string per token
    return all(doc[i].ent_type == 0 for i in range(start, end))


def token_rows(doc: Doc) -> list[tuple[str, bool, bool]]:
    """(text, is_alpha, in an entity) of every token, read from arrays: a loop over `doc` makes a Token
    object per token, which the cue rules did several times per document. Columns, not rows, are
    converted to lists (a list per row cost more than the rules that read them)."""
    from spacy.attrs import ENT_TYPE, IS_ALPHA
    if not len(doc):
        return []
    alpha, ent = doc.to_array([IS_ALPHA, ENT_TYPE]).T.tolist()
    return list(zip(token_texts(doc), map(bool, alpha), map(bool, ent)))


def ent_at(doc: Doc, i: int) -> Span | None:
    """The entity that token i belongs to (read from the tokens: doc.ents is rebuilt on every access)."""
    if not doc[i].ent_type_:
        return None
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[i].ent_type_, kb_id=doc[i].ent_kb_id_)


def replace_ents(doc: Doc, new: list[Span], ents: list[Span] | None = None) -> list[Span]:
    """`ents` (default doc.ents) with `new` in place of every entity they overlap."""
    taken = set()
    for span in new:
        taken.update(range(span.start, span.end))
    kept = [e for e in (doc.ents if ents is None else ents) if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + new, key=lambda e: e.start)


def split_each(ents: list[Span], split: Callable[[Span], list[Span] | None]) -> list[Span] | None:
    """`ents` with each entity that `split` cuts replaced by the spans it returns (in order); None when
    `split` cuts none."""
    out: list[Span] = []
    changed = False
    for ent in ents:
        parts = split(ent)
        if parts is None:
            out.append(ent)
        else:
            out += parts
            changed = True
    return out if changed else None


def same_spans(a: list[Span], b: list[Span]) -> bool:
    """The two lists hold the same (start, end, label) in the same order: a rule's "nothing changed"
    (label ids, not `label_`: each `label_` decodes a new string)."""
    return len(a) == len(b) and all(x.start == y.start and x.end == y.end and x.label == y.label
                                    for x, y in zip(a, b))
