"""A body's name found once labels its other mentions in the same article (issue 11, class 9, org4): an ORG
of two words or more that ends in a body's head ("Məlumat Hesablama Mərkəzi", "Dünya Bankı") is an ORG
wherever the article writes the same words again, its head in any case ("Dünya Bankının"), in a headline,
a list item or a last sentence the ner passed over, or cut ("Elektron Hökumət üzrə [İcra Qrupunun]"). The
mention must stand alone: no name word, "üzrə", "və" or dash right before it and no name word right
after it (else the name is longer there: "Sosial İnnovasiyalar üzrə Dövlət Agentliyi"), and no entity may
cross its edges; the entities inside it (a place that opens it, the cut piece) give way. An ORG that is the
end of a longer ORG of the article, the longer one opened by words that are no acronym ("Sənaye Parkına" after
"Ağdam Sənaye Parkı"), is a short back-reference, which the gold leaves unlabelled ("Sənaye Parkında" 0 of 3
in the training gold's article that the cross-validation showed), and labels nothing (unlike "RYTN [Məlumat
Hesablama Mərkəzi]" or "Nazirliyi(nin) [Məlumat Hesablama Mərkəzi]": after an owner or a parent body the
short name is the body's own). Nor is a mention inside a quoted product's or e-service's name one (org11). Names of one word are
az_gazetteer's `repeated`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.morphology import GENITIVE, base_forms, in_case
from pipeline.lang.texts import token_texts
from pipeline.names.body_runs import DASHES, RUN_JOINERS, is_name_head, opens_sentence
from pipeline.names.official_names import body_word
from pipeline.names.products import names_product
from pipeline.names.spans import all_caps, name_word

MIN_WORDS = 2
BEFORE_STOPS = RUN_JOINERS | DASHES | {","}  # a field, a pair or a list goes on before the mention


def _keys(texts: list[str], ents: list[Span]) -> dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]:
    """First word → (the words before the head, the head's base forms) of each ORG that may repeat."""
    keys: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for e in ents:
        if e.label_ != "ORG" or len(e) < MIN_WORDS:
            continue
        words = texts[e.start:e.end]
        if not name_word(words[0]) or not is_name_head(words[-1]):
            continue
        key = (tuple(words[:-1]), base_forms(words[-1]))
        if key not in keys.setdefault(words[0], []):
            keys[words[0]].append(key)
    return keys


def _back_reference(texts: list[str], key: tuple[tuple[str, ...], frozenset[str]], ents: list[Span]) -> bool:
    """The key's words end a longer ORG of the article whose opening words hold no acronym, own nothing and are
    no body (a genitive or a body's head before them makes them a sub-unit's own name: "Nazirliyinin [Məlumat
    Hesablama Mərkəzi]", "X Nazirliyi [Məlumat Hesablama Mərkəzi]")."""
    words, heads = key
    n = len(words) + 1
    for e in ents:
        if e.label_ != "ORG" or len(e) <= n or tuple(texts[e.end - n:e.end - 1]) != words \
                or not heads & base_forms(texts[e.end - 1]):
            continue
        opening = texts[e.start:e.end - n]
        if not any(all_caps(w) for w in opening) and not in_case(opening[-1], GENITIVE) and not body_word(opening[-1]):
            return True
    return False


def _alone(doc: Doc, texts: list[str], start: int, end: int) -> bool:
    """The mention doc[start:end] is the whole name: nothing before or after it that would go on with it."""
    if start > 0:
        before = texts[start - 1]
        if before in BEFORE_STOPS or name_word(before) and not opens_sentence(doc, start):
            return False
    return not (end < len(texts) and name_word(texts[end]) and not opens_sentence(doc, end))


def repeated_orgs(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with the other mentions of each qualifying ORG made ORGs (module docstring); None when none."""
    texts = token_texts(doc)
    keys = _keys(texts, ents)
    # a key's first word again elsewhere (counted in C): most articles name each body once, or only so
    if not any(texts.count(first) > 1 for first in keys):
        return None
    starts = [i for i, text in enumerate(texts) if text in keys]
    at = {i: e for e in ents for i in range(e.start, e.end)}
    backs: dict[tuple[tuple[str, ...], frozenset[str]], bool] = {}
    new: list[Span] = []
    for i in starts:
        for key in keys[texts[i]]:
            words, heads = key
            end = i + len(words) + 1
            if end > len(texts) or tuple(texts[i:end - 1]) != words or not heads & base_forms(texts[end - 1]) \
                    or not is_name_head(texts[end - 1]):
                continue
            inside = {at[k] for k in range(i, end) if k in at}
            if any(e.label_ == "ORG" and (e.start, e.end) == (i, end) for e in inside):
                break  # the ORG itself, or a mention already found
            if any(e.start < i or e.end > end for e in inside) or new and i < new[-1].end:
                continue
            # a mention inside a quoted product's or e-service's name names the product there (org11)
            if _alone(doc, texts, i, end) and not names_product(doc, Span(doc, i, end)):
                if key not in backs:
                    backs[key] = _back_reference(texts, key, ents)
                if not backs[key]:
                    new.append(Span(doc, i, end, label="ORG"))
                    break
    if not new:
        return None
    kept = [e for e in ents if not any(s.start < e.end and e.start < s.end for s in new)]
    return sorted(kept + new, key=lambda e: e.start)
