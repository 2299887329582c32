"""Cue rules on quoted names: “X” and the organisation name after it are one ORG (`join_quoted_orgs`),
and the noun after “X” makes it an ORG or no entity (`quoted_name_kinds`)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.morphology import base_forms
from pipeline.names.mentions import suffixed_end
from pipeline.names.quotes import quoted_names
from pipeline.names.spans import cap, ent_at, free, replace_ents
from pipeline.names.words import is_legal_form, joiners, possessed, quoted_name_heads, quoted_org_heads

NAMING = frozenset({"adlı", "adlanan", "adında"})  # “X” adlı tədbir: the kind noun comes after these
NAMED_REACH = 3  # lower-case words after "adlı" up to the kind noun ("adlı mobil tətbiq")


def _org_end(doc: Doc, i: int) -> int | None:
    """End of an organisation name that opens at token i after a quoted name: a capitalised run
    (lower-case "üçün", "üzrə", "və" allowed inside) up to its last organisation head word, or an ORG
    the NER found there. None for legal forms, acronyms and runs with no head word."""
    first = doc[i]
    if not cap(first) or first.is_punct or (first.is_upper and len(first.text) > 1):
        return None
    if is_legal_form(first.text):
        return None
    ent = ent_at(doc, i)
    heads = quoted_org_heads()
    if ent is not None and ent.start == i and ent.label_ == "ORG":
        # the NER's organisation, when it too ends in a head word (not "“Report” TASS-a")
        return ent.end if possessed(doc[ent.end - 1].text, heads)[0] else None
    end, j = None, i
    while j < len(doc) and j < i + 8 and not doc[j].is_punct and not doc[j].is_space:
        if not cap(doc[j]) and not (doc[j].lower_ in joiners("org") and j + 1 < len(doc) and cap(doc[j + 1])):
            break
        if possessed(doc[j].text, heads)[0]:
            end = j + 1
        j += 1
    # a legal form after the name belongs to it: “X” Kəndli Fermer Təsərrüfatı MMC-nin
    if end is not None and end < len(doc) and doc[end - 1].whitespace_ and is_legal_form(doc[end].text):
        # with its case suffix, which the tokenizer splits off: "MMC", "-", "nin"
        end = suffixed_end(doc, end)
    return end


def join_quoted_orgs(doc: Doc) -> list[Span] | None:
    """“X” followed by an organisation's name ("“Kazan Expo” Beynəlxalq Sərgi Mərkəzi") is one ORG with
    the quotes inside (ANNOTATION.md). “X” MMC, “X” şirkəti and “X”ın keep the quoted name alone."""
    new: list[Span] = []
    for i, close in quoted_names(doc):
        end = _org_end(doc, close + 1) if cap(doc[i + 1]) else None
        if end is None:
            continue
        first, last = ent_at(doc, i), ent_at(doc, end - 1)
        if (first is None or first.start >= i) and (last is None or last.end <= end):
            new.append(Span(doc, i, end, label="ORG"))
    return replace_ents(doc, new) if new else None


def _named_kind(doc: Doc, k: int, kinds: dict[str, frozenset[str]]) -> str | None:
    """“X” adlı (mobil) tətbiq: the kind of the first of the lower-case words from token k that is a kind
    noun in any form (after "adlı" it takes no possessive), at most NAMED_REACH words on (egov9)."""
    for t in doc[k:min(k + NAMED_REACH, len(doc))]:
        if not t.text[:1].islower() or t.ent_type_:
            return None
        forms = base_forms(t.text)
        for kind, nouns in kinds.items():
            if forms & nouns:
                return kind
    return None


def quoted_name_kinds(doc: Doc) -> list[Span] | None:
    """“X” şirkəti, “X” komandası: X is an ORG (a model entity exactly on X changes its label);
    “X” layihəsi, “X” festivalı: X is no entity (a model ORG exactly on X is dropped); so also after "adlı",
    "adlanan", "adında" (“X” adlı mobil tətbiq, “X” adlanan layihə)."""
    kinds = quoted_name_heads()
    add: list[Span] = []
    drop: set[tuple[int, int]] = set()
    for i, close in quoted_names(doc):
        nxt = doc[close + 1]
        if not nxt.text[:1].islower() or nxt.ent_type_:
            continue
        inner = doc[i + 1:close]
        first, last = ent_at(doc, inner.start), ent_at(doc, inner.end - 1)
        named = _named_kind(doc, close + 2, kinds) if nxt.lower_ in NAMING else None
        if named == "ORG" or possessed(nxt.text, kinds.get("ORG", frozenset()))[0]:
            exact = first is not None and (first.start, first.end) == (inner.start, inner.end)
            if exact and first.label_ != "ORG" or first is None and last is None and free(doc, inner.start, inner.end):
                add.append(Span(doc, inner.start, inner.end, label="ORG"))
        elif named == "none" or possessed(nxt.text, kinds.get("none", frozenset()))[0]:
            if first is not None and first.label_ == "ORG" and (first.start, first.end) == (inner.start, inner.end):
                drop.add((first.start, first.end))
    if drop:  # applied here, so that the added names below see the remaining entities
        doc.ents = [e for e in doc.ents if (e.start, e.end) not in drop]
    return replace_ents(doc, add) if add else None
