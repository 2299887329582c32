"""Azerbaijani tokenizer: spaCy's `az` rules plus what news NER needs.

What it adds, in the spirit of spaCy's `lang/tr` (data modules wired in one place):
- a quote glued to a name or a suffix splits off: `"Tenge Bank"ın` → `"` `Tenge` `Bank` `"` `ın`, and so does a
  suffix written after the closing quote and a hyphen: `“Google Maps”-də` → ... `Maps` `”` `-` `də`;
- an opening bracket glued to the word before it splits off: `Nazirliyi(27)` → `Nazirliyi` `(` `27` `)`
  (not one glued to a closing quote, `“X”(Y)`: there it holds a quoted title's gloss, which the rules read
  as names once it is split: 4 such changes on 3,257 news articles, all wrong);
- an initial splits from its surname: `Ş.Mirziyoyevin` → `Ş.` `Mirziyoyevin`;
- a hyphenated suffix splits, also after a closing bracket: `ABŞ-ın` → `ABŞ` `-` `ın`, `(Aİ)-nin`, and a closing
  bracket splits off a suffix or word glued to it: `(ASK)nın` → `(` `ASK` `)` `nın`;
- run-together text splits between lower-case letters and digits, and at `xxYY` case changes:
  `ildə71%` → `ildə` `71` `%`, `milyardABŞ` → `milyard` `ABŞ`;
- a capitalised word run together with the next word by a scraper splits (not a pattern: `NewsTokenizer`,
  pipeline/lang/glued_words.py): `Əliyevinçıxışı` → `Əliyevin` `çıxışı`, `Mərkəzitərəfindən` → `Mərkəzi` `tərəfindən`;
- numbers stay whole (`1,2`, `1.200.000`, `2024-cü`), abbreviations keep their dot (`mln.`, `mlrd.`);
- lexical attributes: NORM is NFC, Azerbaijani lower case (İ→i, I→ı), Latin for Cyrillic look-alikes
  and straight quotes; LIKE_NUM knows Azerbaijani digits, number words and ordinals.

Patterns use only `re` syntax (spaCy re-compiles them with `re` when a saved model is loaded). A saved model
keeps its tokenizer's patterns and loads them in place of the code's: after changing a rule, save the
shipped model's tokenizer again (`make train` does; alone: `python -c "import pipeline;
pipeline.blank().tokenizer.to_disk(pipeline.MODEL_DIR / 'tokenizer', exclude=['vocab'])"`; tests/test_model.py
checks that they agree).
"""
from __future__ import annotations

import re
from collections.abc import Callable
import unicodedata
from functools import cache, lru_cache

import spacy
from spacy.attrs import IS_SPACE, LIKE_NUM, NORM
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from pipeline.lang.casing import az_lower
from pipeline.lang.glued_words import glued_splits
from pipeline.lang.lex_getters import cheaper_getters
from pipeline.lang.morphology import ORDINAL_ENDINGS, SHORT_ORDINAL_ENDINGS
from pipeline.lang.punctuation import INVISIBLE, INVISIBLE_BREAKS, INVISIBLE_RE, QUOTES
from pipeline.tables import read_tsv
from pipeline.surrogates import SurrogateSafeTokenizer

_UPPER = ALPHA_UPPER + "ƏİÖÜÇŞĞ"
_LOWER = ALPHA_LOWER + "əıöüçşğ"


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(r["token"] for r in read_tsv("tokenizer/abbreviations.tsv"))


@cache
def lookalikes() -> dict[int, str]:
    return {ord(r["source"]): r["target"] for r in read_tsv("tokenizer/lookalikes.tsv")}


@cache
def _has_lookalike() -> Callable[[str], re.Match | None]:
    """search() for a look-alike character: most words have none, and translate() tests each character."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(lookalikes())) + "]").search


_BLANK_RE = re.compile(rf"[\s{INVISIBLE}]+")


def is_blank(text: str) -> bool:
    """IS_SPACE: whitespace, or invisible format characters (U+202D, U+200B, ...) split off a word, which
    the ner does not open an entity on and the sentence splitter skips, as a space."""
    return text.isspace() or (bool(text) and _BLANK_RE.fullmatch(text) is not None)


def token_norm(text: str) -> str:
    """The NORM of a token: NFC, invisible characters inside a word left out ("dekabrın\u00addan"), look-alikes
    to Latin, Azerbaijani lower case."""
    if INVISIBLE_RE.search(text) and not is_blank(text):
        text = INVISIBLE_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if _has_lookalike()(text):
        text = text.translate(lookalikes())
    return az_lower(text)


@lru_cache(maxsize=64)
def lexeme_norm(text: str) -> str:
    """token_norm for the lexical attribute getters: a new lexeme asks for its NORM and then for
    LIKE_NUM, which needs the same norm (computed once, the last few kept)."""
    return token_norm(text)


@cache
def cardinal_words() -> frozenset[str]:
    """Spelled-out number words ("yeddi", "milyon"; no abbreviations) from numbers/number_words.tsv."""
    return frozenset(r["word"] for r in read_tsv("numbers/number_words.tsv") if r["form"] == "word")


_ORDINALS = "|".join(SHORT_ORDINAL_ENDINGS + ORDINAL_ENDINGS)
_NUM = re.compile(rf"^[+-]?(\d+([.,  ]\d+)*)(-?({_ORDINALS}))?$")


def like_num(text: str) -> bool:
    """Digits with Azerbaijani separators and ordinal endings, number words, `yeddinci`."""
    t = lexeme_norm(text)
    if _NUM.match(t):
        return True
    words = cardinal_words()
    if t in words:
        return True
    if not t.endswith(ORDINAL_ENDINGS):  # most words: one C call instead of the loop
        return False
    for ending in ORDINAL_ENDINGS:
        if t.endswith(ending) and (t[: -len(ending)] in words or t[: -len(ending) + 1] in words):
            return True
    return False


def _affixes(nlp: Language) -> tuple[list[str], list[str], list[str]]:
    d = nlp.Defaults
    q = re.escape(QUOTES)
    invisible = rf"[{INVISIBLE}]"  # an invisible character splits off a word's edges, one at a time
    prefixes = [invisible] + list(d.prefixes or [])
    suffixes = [invisible] + list(d.suffixes or []) + [
        # a closing quote followed by a suffix: split before the quote ("Bank"ın → Bank "ın → Bank " ın)
        rf"(?<=[{ALPHA}0-9.])[{q}](?=[{_LOWER}]+$)",
    ]
    infixes = list(d.infixes or []) + [
        rf"[{INVISIBLE_BREAKS}]",                               # Azərbaycan\u202c\u202delektron
        rf"(?<=[{ALPHA}0-9.!?){q}])[{q}](?=[{ALPHA}0-9{q}]|-[{ALPHA}])",  # Bank"ın, “Report”xəbər, "Report""TRT, Maps"-də
        rf"(?<=[{ALPHA}0-9.][{q}])-(?=[{ALPHA}])",             # a suffix after a name's closing quote: “Maps”-də
        # Nazirliyi(27), Agentliyi(ASAN; the bracket before the look-behind: most places fail at once
        rf"[(\[](?<=[{ALPHA}0-9][(\[])",
        rf"[)\]](?=[0-9{_LOWER}])",                            # (Polşa)1:3, (ASK)nın
        rf"(?<=[0-9])%(?=-?[{ALPHA}])",                          # 12,5%-ə, 5%li
        rf"(?<=%)-(?=[{ALPHA}])",
        rf"(?<=^[{_UPPER}]\.)(?=[{_UPPER}])",                  # Ş.Mirziyoyev
        rf"(?<=[{_UPPER}]\.)(?=[{_UPPER}][{_LOWER}])",         # İ.H.Əliyev
        rf"[)\]](?=-[{ALPHA}])",                                # (Aİ)-Ermənistan, (Aİ)-nin
        rf"(?<=[)\]])-(?=[{ALPHA}])",
        rf"(?<=[{_LOWER}])(?=[0-9])",                           # ildə71%
        rf"(?<=[0-9])(?=[{_LOWER}]{{3,}})",                     # 1,2milyard (not 2024cü)
        rf"(?<=[{_LOWER}][{_LOWER}])(?=[{_UPPER}])",            # milyardABŞ, RespublikasınınPrezidenti
    ]
    return prefixes, suffixes, infixes


def _token_match(nlp: Language):
    abbrs = "|".join(re.escape(a) for a in sorted(abbreviations(), key=lambda a: (-len(a), a)))  # stable: saved models reproduce
    numbers = r"[+-]?\d+(?:[.,]\d+)+"  # 1,2 and 1.200.000 and 9,398.3 stay one token
    ordinals = rf"\d+-(?:{_ORDINALS})"
    initial = rf"[{_UPPER}]\."
    return re.compile(rf"^(?:{abbrs}|{numbers}|{ordinals}|{initial})$").match


def _rules(nlp: Language) -> dict:
    """spaCy's base exceptions without whitespace-only keys: those stop the tokenizer cache for the
    rest of a document in spaCy 3.8 (PR #13951); whitespace tokens come out the same without them."""
    return {k: v for k, v in (nlp.Defaults.tokenizer_exceptions or {}).items() if k.strip()}


class NewsTokenizer(SurrogateSafeTokenizer):
    """The rule tokenizer, then words a scraper ran together split in two (pipeline/lang/glued_words.py):
    code, not a saved pattern, so the shipped model's tokenizer does it without being saved again."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        # one regex pass over the text (not doc.text, which joins every token): most documents have none;
        # the offsets are the Doc's, as lone surrogates are replaced one for one
        splits = glued_splits(text)
        return split_glued(doc, splits) if splits else doc


def split_glued(doc: Doc, splits: list[tuple[int, int]]) -> Doc:
    """`doc` with each one-token word at (start, split offset) split there; the text is unchanged."""
    tokens = []
    for start, cut in splits:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].idx == start and span[0].idx + len(span[0]) > cut:
            tokens.append((span[0], cut - start))
    if tokens:
        with doc.retokenize() as retokenizer:
            for token, k in tokens:
                retokenizer.split(token, [token.text[:k], token.text[k:]], heads=[(token, 1), (token, 1)])
    return doc


def build_tokenizer(nlp: Language) -> Tokenizer:
    getters = nlp.vocab.lex_attr_getters
    getters[NORM] = lexeme_norm
    getters[LIKE_NUM] = like_num
    cheaper_getters(getters)  # every new word calls them all
    getters[IS_SPACE] = is_blank
    prefixes, suffixes, infixes = _affixes(nlp)
    return NewsTokenizer(
        nlp.vocab,
        rules=_rules(nlp),
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=_token_match(nlp),
        url_match=nlp.Defaults.url_match,
    )


@spacy.registry.tokenizers("az_news.tokenizer.v1")
def create_tokenizer():
    return build_tokenizer
