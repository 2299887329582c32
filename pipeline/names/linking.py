"""Country codes, in-document person resolution and leaders (component "az_link").

- COUNTRY spans get `kb_id_` = ISO 3166-1 alpha-2, from the country lookup (pipeline/names/countries.py)
  in any case form ("ABŞ-ın" → US, "Azərbaycan Respublikasının" → AZ).
- PERSON spans get `kb_id_` = the full name they refer to: a short mention ("Mirziyoyev",
  "Ş.Mirziyoyev", "Mirziyoyevin") resolves to a full name of the same document with that surname
  (and matching initial), and so does a full name run together with the next word ("İlham
  Əliyevinçıxışı" → "İlham Əliyev" when the document has it). The record keeps the span's own `norm`.
- `doc._.leaders`: the persons stated with a TITLE (pipeline/names/leaders.py).
"""
from __future__ import annotations

import re

from spacy.attrs import ENT_IOB
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.names import common_words
from pipeline.names.az_norm import norm, span_norm
from pipeline.names.countries import code_for
from pipeline.names.leaders import leaders

INITIAL = re.compile(r"^(\w{1,2})\.\s*(\S.*)?$")
# a genitive or locative/ablative ending and a next word of 3+ letters, run together by a scraper
GLUED = re.compile(r"(?:n?[ıiuü]n|n?d[aə]n?)[^\W\d_]{3,}")
# a common word run onto a full name's last word ("İlqar Tağıyevsosial şəbəkədə"): at least this long, since
# shorter common words end names ("Qarabağlı"), and written in lower case this often and this share of the time
GLUED_WORD = 6
GLUED_SEEN = 10
GLUED_LOWER = 0.9
MIN_STEM = 3


# -- persons -----------------------------------------------------------------------------------------

def _parts(name: str) -> tuple[str | None, list[str]]:
    """(initial or None, remaining words) of a person norm: "Ş.Mirziyoyev" → ("ş", ["mirziyoyev"])."""
    words = az_lower(name).split()
    if not words:
        return None, []
    m = INITIAL.match(words[0])
    if m:
        rest = ([m.group(2)] if m.group(2) else []) + words[1:]
        return m.group(1), rest
    return None, words


def _is_full(name: str) -> bool:
    initial, words = _parts(name)
    return initial is None and len(words) >= 2


def resolve_persons(persons: list[Span]) -> dict[int, str]:
    """Span index → the full name it refers to (its own norm when it is a full name or unresolved)."""
    norms = [span_norm(p) for p in persons]
    full = [(i, n) for i, n in enumerate(norms) if _is_full(n)]
    out: dict[int, str] = {}
    for i, n in enumerate(norms):
        if _is_full(n):
            out[i] = _unglued(n, [f for _, f in full]) or _without_glued_word(n)
            continue
        initial, words = _parts(n)
        if not words:
            out[i] = n
            continue
        surname = words[-1]
        cands = [(j, f) for j, f in full
                 if az_lower(f).split()[-1] == surname and (initial is None or az_lower(f).startswith(initial))]
        if not cands:
            out[i] = n
            continue
        before = [c for c in cands if c[0] < i]
        out[i] = (before[-1] if before else cands[0])[1]  # the nearest full name before, else the first after
    return out


def _unglued(name: str, full: list[str]) -> str | None:
    """The full name of the document that `name` is with a case ending and the next word run together
    ("İlham Əliyevinçıxışı": the scraper dropped a space), else None."""
    words = az_lower(name).split()
    for f in full:
        other = az_lower(f).split()
        if len(other) == len(words) and other[:-1] == words[:-1] and words[-1].startswith(other[-1]) \
                and GLUED.fullmatch(words[-1][len(other[-1]):]):
            return f
    return None


def _without_glued_word(name: str) -> str:
    """A full name without a common word the scraper ran onto its last word ("İlqar Tağıyevsosial" →
    "İlqar Tağıyev"), else `name`. The whole rest must be a word form of the news, not a stem the
    table also holds ("Allahverdiyev": "verdiy" is one)."""
    head, _, last = name.rpartition(" ")
    if not head or len(last) < MIN_STEM + GLUED_WORD or not last[:1].isupper():
        return name
    low = az_lower(last)
    for k in range(MIN_STEM, len(low) - GLUED_WORD + 1):
        if _common_lower(low[k:]):
            return norm(f"{head} {last[:k]}", "PERSON")  # "İlham Əliyevinçıxışı" → "İlham Əliyev"
    return name


def _common_lower(word: str) -> bool:
    lower, cap = common_words.table().get(word, (0, 0))
    return lower >= GLUED_SEEN and lower >= GLUED_LOWER * (lower + cap)


# -- component -----------------------------------------------------------------------------------------

@Language.factory("az_link", requires=["doc.ents", "span._.norm"], assigns=["token.ent_kb_id", "doc._.leaders"])
def create_az_link(nlp: Language, name: str):
    def az_link(doc: Doc) -> Doc:
        ents = doc.ents  # in token order; reading it builds every Span: once
        persons = [e for e in ents if e.label_ == "PERSON"]
        resolved = resolve_persons(persons)
        new = []
        changed = []
        person = 0
        for ent in ents:
            label, kb = ent.label_, ent.kb_id_
            if label == "COUNTRY":
                kb = kb or code_for(span_norm(ent)) or ""
            elif label == "PERSON":
                kb = resolved[person]
                person += 1
            if kb != ent.kb_id_:
                ent = Span(doc, ent.start, ent.end, label=label, kb_id=kb)
                changed.append(ent)
            new.append(ent)
        if changed:
            if _all_set(doc, len(ents)):  # only the changed entities' tokens: `doc.ents = new` rebuilds every Span
                doc.set_ents(changed, default="unmodified")
            else:  # a token left missing or blocked (Stanza's ner): `doc.ents` makes it outside
                doc.ents = new
        # the spans just written, as doc.ents would give them back (same offsets, labels and kb ids):
        # `leaders` takes them rather than reading doc.ents again
        persons = [e for e in new if e.label_ == "PERSON"]
        doc._.leaders = leaders(doc, new, resolved, persons)
        return doc
    return az_link


def _all_set(doc: Doc, n_ents: int) -> bool:
    """Every token is inside or outside an entity, none missing (IOB "") or blocked (a "B" without a
    type, which doc.ents skips: its `n_ents` spans start at every other "B"), so rewriting only some
    entities leaves the Doc as writing `doc.ents` whole would."""
    iob = doc.to_array(ENT_IOB).tolist()
    return 0 not in iob and iob.count(3) == n_ents
