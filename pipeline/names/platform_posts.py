"""A social network named as the place of a page or a post is no organisation (issue 11, classes 3 and 11,
egov12; ANNOTATION.md: websites and apps are no entities, the company that runs one is an ORG):
- a name followed by a page noun in the locative: a known network ("“X” səhifəsində", "Instagram hesabında",
  "“X”dəki hesabında"), or any name before "sosial şəbəkəsində" ("“Truth Social” sosial şəbəkəsində"); a known
  network also before an account's or a page's noun in any possessive form ("rəsmi “X” hesabı", "“X” hesabı ilə");
- a known network in the locative followed by a word of posting ("“X”də yazıb", "Truth Social-da paylaşıb").
The same network as a company or a service stays ("“TikTok” sosial şəbəkəsini almaq", "TikTok qadağası"), and so
does a newspaper in the locative ("“Financial Times”da yazıb": no known network). The words live in
pipeline/data/platforms/words.tsv.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import SUFFIX_JOINERS, base_forms
from pipeline.lang.punctuation import OPENING_QUOTES, QUOTE_CLOSERS
from pipeline.lang.texts import token_texts
from pipeline.names.words import possessed, stem_prefixes
from pipeline.tables import words_by_role

PATH = "platforms/words.tsv"  # under pipeline/data/
LABELS = frozenset({"ORG", "PERSON"})
QUOTES = QUOTE_CLOSERS | frozenset(OPENING_QUOTES)
LOCATIVES = frozenset({"da", "də", "dakı", "dəki"})  # a locative written after a quote or a hyphen
PAGE_LOCATIVE = ("nda", "ndə", "ndakı", "ndəki")  # a possessive noun in the locative: "hesabında", "səhifəsindəki"
POST_REACH = 3  # words after a network in the locative searched for a word of posting


@functools.cache
def words() -> dict[str, frozenset[str]]:
    """role → words of that role (platform names keep their case; the other roles are lower case)."""
    return words_by_role(PATH)


@functools.cache
def _page_starts() -> tuple[str, ...]:
    return stem_prefixes(words()["page"])


@functools.lru_cache(maxsize=20_000)
def _page(word: str, any_case: bool) -> bool:
    """A page noun in the possessive locative ("hesabında", "şəbəkəsindəki"), or with `any_case` an account's
    or a page's noun in any possessive form ("“X” hesabı ilə"; not "şəbəkəsini": the company is bought)."""
    low = az_lower(word)
    if not low.startswith(_page_starts()):
        return False
    if low.endswith(PAGE_LOCATIVE):
        return bool(base_forms(word) & words()["page"])
    return any_case and possessed(word, _account_nouns())[0]


@functools.cache
def _account_nouns() -> frozenset[str]:
    """The page nouns but the network itself: "“X” hesabı" is a page, "“X” sosial şəbəkəsini" the company."""
    return words()["page"] - {"şəbəkə"}


def _name_end(doc: Doc, texts: list[str], ent: Span) -> tuple[int, int, bool]:
    """(end of the name's own tokens, the token after the name and its quote and case ending, whether that
    ending is a locative): "X-də" → the "X", "“X”də" → after "də"."""
    end, k, loc = ent.end, ent.end, False
    if len(ent) >= 3 and texts[end - 2] in SUFFIX_JOINERS and az_lower(texts[end - 1]) in LOCATIVES:
        return end - 2, k, True
    while k < len(texts) and texts[k] in QUOTE_CLOSERS:
        k += 1
    if k < len(texts) and k > end and not doc[k - 1].whitespace_ and az_lower(texts[k]) in LOCATIVES:
        k, loc = k + 1, True
    elif (k + 1 < len(texts) and texts[k] in SUFFIX_JOINERS and not doc[k - 1].whitespace_
          and az_lower(texts[k + 1]) in LOCATIVES):
        k, loc = k + 2, True
    return end, k, loc


def _post_place(doc: Doc, texts: list[str], ent: Span) -> bool:
    """The entity names a social network as the place of a page or a post (see the module docstring)."""
    end, k, loc = _name_end(doc, texts, ent)
    name = " ".join(t for t in texts[ent.start:end] if t not in QUOTES)
    known = name in words()["platform"]
    social = k < len(texts) and az_lower(texts[k]) in words()["social"]
    if not loc and k + social < len(texts) and _page(texts[k + social], known and not social):
        return known or (social and "şəbəkə" in base_forms(texts[k + 1]))
    if loc and known:
        return any(az_lower(t).startswith(_posts()) for t in texts[k:k + POST_REACH])
    return False


@functools.cache
def _posts() -> tuple[str, ...]:
    """The beginnings of the words of posting, as str.startswith takes them."""
    return tuple(words()["post"])


@functools.lru_cache(maxsize=50_000)
def _cue(word: str) -> bool:
    """A word that may be a locative ending, "sosial" or a page noun (by its first letters): most words are none."""
    low = az_lower(word)
    return low in LOCATIVES or low in words()["social"] or low.startswith(_page_starts())


def platform_posts(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the PERSON/ORG names of a social network as the place of a page or a post; None when
    there is none."""
    strings = doc.vocab.strings
    labels = {strings[label] for label in LABELS}
    texts = token_texts(doc)
    n = len(texts)
    out = []
    for e in ents:
        if e.label in labels:
            # only an entity with a cue as its last word or right after it (a quote or a hyphen between) is
            # read: "X-də", "“X”də", "“X” sosial", "X hesabında"
            end = k = e.end
            while k < n and k < end + 2 and (texts[k] in QUOTE_CLOSERS or texts[k] in SUFFIX_JOINERS):
                k += 1
            if (_cue(texts[end - 1]) or k < n and _cue(texts[k])) and _post_place(doc, texts, e):
                continue
        out.append(e)
    return out if len(out) < len(ents) else None
