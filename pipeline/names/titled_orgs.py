"""An ORG the ner made of a title and the name after it is a TITLE and a PERSON: "[Genişlənmə üzrə
komissarı] [Marta Kosu]", "[Baş Qərargah rəisi] [Selçuk Bayraktaroğlunu]", "[Lord] [Vernon Koaker]".

The ORG holds a title head (`title_lexicon.heads`; a bare head only where it is a title alone, "Lord")
that is not its last word, everything after that head is name words with no title head or body's head
among them, and its last word is no body's head ("Prezident Administrasiyası", "Kral Fəhd Universiteti"
stay ORGs). The words up to the head are the title (its brief or body words included, as the gold writes
them: "Baş Qərargah rəisi"), the rest the person; before a bare head ("Prezident"), which ends no
compound, only title words may stand ("Qordan Yandrokoviç Prezident X" is left).

An ORG that ends in title words right before a TITLE gives them to it: "[BMT Baş] [katibi] X" →
"[BMT] [Baş katibi] X" (a capitalised word of title phrases that is no body's head, `title_lexicon.is_modifier`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.names.official_names import body_word
from pipeline.names.spans import cap, name_word, split_each
from pipeline.names.title_lexicon import has_suffix, head_lemma, heads, is_modifier


def titled_orgs(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each ORG of a title and a name split in two, and title words at an ORG's end before a
    TITLE moved into it (see the module docstring); None when neither."""
    split = split_each(ents, lambda ent: _pieces(doc, ent))
    moved = _title_words_moved(doc, split or ents)
    return moved or split


def _title_words_moved(doc: Doc, ents: list[Span]) -> list[Span] | None:
    out = list(ents)
    changed = False
    for k in range(len(out) - 1):
        org, title = out[k], out[k + 1]
        if org.label_ != "ORG" or title.label_ != "TITLE" or org.end != title.start:
            continue
        cut = org.end
        while cut - 1 > org.start and _title_word(doc[cut - 1]):
            cut -= 1
        if cut < org.end:
            out[k], out[k + 1] = Span(doc, org.start, cut, label="ORG"), Span(doc, cut, title.end, label="TITLE")
            changed = True
    return out if changed else None


def _title_word(token) -> bool:
    return cap(token) and is_modifier(token) and head_lemma(token.text) is None \
        and not body_word(token.text)


def _pieces(doc: Doc, ent: Span) -> list[Span] | None:
    k = _title_end(ent) if ent.label_ == "ORG" and len(ent) > 1 else None
    return None if k is None else [Span(doc, ent.start, k, label="TITLE"), Span(doc, k, ent.end, label="PERSON")]


def _title_end(ent: Span) -> int | None:
    """Token index after the title's head inside `ent`, or None."""
    words = [t.text for t in ent]
    if body_word(words[-1]):
        return None
    for j in range(len(words) - 2, -1, -1):
        alone = heads().get(head_lemma(words[j]) or "")
        if alone is None:
            continue
        rest = words[j + 1:]
        if (j == 0 and not alone) or has_suffix(words[j], "plural") \
                or not all(name_word(w) and head_lemma(w) is None and not body_word(w) for w in rest):
            return None
        if not has_suffix(words[j], "poss") and not all(is_modifier(t) for t in ent[:j]):
            return None  # a bare head has no compound before it: "Yandrokoviç Prezident X" is a name first
        return ent.start + j + 1
    return None
