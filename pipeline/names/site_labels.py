"""Words of an e-services portal's own pages, and kinds of things, that the ner takes for names (issue 11,
classes 11 and 1). Each is dropped:
- a quoted label of a part of the site followed by an interface noun (“Haqqımızda” bölməsi, “Göndər”
  düyməsi, "Müsabiqələr" menyusu, “Kreditlər” alt bölməsi, “Redaktə” və “Sil” düymələri; egov9: the last two),
  unless its last word is a body's head in the singular (“Qarabağ Dirçəliş Fondu” bölməsi names the fund;
  “Elektron Xidmətlər” bölməsi, a plural, does not);
- a product of a brand family in any case (“Asan imza”; `companies` takes the brand's own spelling);
- a name glued after "e-" or "m-" ("e-TƏBİB"), or to a lower-case "e" with no hyphen ("eSosial",
  "eSatınalma", "eGovPay"; egov7): an e-service's name, not its body's (a name ending in a body's head
  stays: "e-Hökumət Akademiyası");
- a PERSON whose last word is a plural ("Açıq Məlumatlardan", "Hökumət Bülletenləri"): a person's name
  takes no plural, a family's does ("Əliyevlər") and a first name may look like one ("Gülər");
- a kind of body or facility written with capitals but naming none ("21 İcra Hakimiyyəti nümayəndələri",
  "Data Mərkəzi");
- a legal act the ner takes for a name ("Prezidentinin Sərəncamının", "QƏRARA ALIR", "Fərmanı Dövlət"),
  not the first name "Fərman" of a PERSON;
- a one-word PERSON opening a list item, then lower case ("* Diplom haqqında arayış", "38.2. Qəyyumluqda
  olan"): the item's first word takes a capital whatever it is; a known first name stays.
The words live in pipeline/data/site_labels/words.tsv.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower, az_upper
from pipeline.lang.morphology import GENITIVE, analyses, base_forms, in_case
from pipeline.lang.punctuation import CLOSING_QUOTES, OPENING_QUOTES
from pipeline.lang.texts import token_texts
from pipeline.names.common_words import BULLETS, person_words
from pipeline.names.company_forms import words as company_words
from pipeline.names.official_names import SURNAME_ENDINGS, body_word
from pipeline.names.quotes import closes_quote, opens_quote
from pipeline.tables import words_by_role

PATH = "site_labels/words.tsv"  # under pipeline/data/
LABELS = frozenset({"PERSON", "ORG", "REGION"})
QUOTE_REACH = 4  # lower-case words a quoted label may go on with after the entity ("Paket göndər")
LIST_LABELS = 3  # more quoted labels before the interface noun (“Redaktə” və “Sil” düymələri)
E_PREFIXES = frozenset({"e", "m"})
QUOTE_TEXTS = frozenset(OPENING_QUOTES + CLOSING_QUOTES + '"')
# the plural suffix, then at most a possessive and a case ("Məlumatlardan", "Bülletenləri", "Reyestrlərin")
E_GLUED = re.compile(r"^e[A-ZƏÜÖĞİŞÇ]\w*[a-zəüöğışç]")  # "eSosial", "eGovPay": an e-service, no company
ITEM_NUMBER = re.compile(r"^(\d{1,2}|\d+(\.\d+)+)\.?$")  # "38.2" or "3" before "." or ")"; not a year
PLURAL_END = re.compile(r"(lar|lər)(ı|i|ın|in|a|ə|ına|inə|ını|ini|ında|ində|ından|indən|da|də|dan|dən|la|lə)?$")


@functools.cache
def words() -> dict[str, frozenset[str]]:
    """role → lower-case words of that role."""
    return words_by_role(PATH, az_lower)


def _interface_label(doc: Doc, ent: Span) -> bool:
    """The entity is a quoted label followed by an interface noun (“İcazələr” bölməsinə), also a sub-part
    (“Kreditlər” alt bölməsində) or across a list of quoted labels (“Redaktə” və “Sil” düymələri; egov9)."""
    if ent.start == 0 or not opens_quote(doc[ent.start - 1]):
        return False
    # a body's name stays, but a body takes no plural: "Elektron Xidmətlər" bölməsi is a label (egov9)
    if body_word(ent[-1].text) and not plural_word(ent[-1].text):
        return False
    for t in doc[ent.end:ent.end + QUOTE_REACH + 1]:
        if closes_quote(t):
            return _interface_after(doc, t.i + 1)
        if not (t.is_alpha and t.text[:1].islower()) or t.is_sent_start:
            return False
    return False


def _interface_after(doc: Doc, k: int, labels: int = 0) -> bool:
    """An interface noun at token k, after "alt" (a sub-part), or after more quoted labels joined by "və" or
    a comma (at most LIST_LABELS of them)."""
    nxt = doc[k] if k < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ == "alt" and k + 1 < len(doc):
        nxt = doc[k + 1]
    if nxt.text[:1].islower() and base_forms(nxt.text) & words().get("interface", frozenset()):
        return True
    if labels >= LIST_LABELS or nxt.lower_ not in ("və", ",") or k + 2 >= len(doc) or not opens_quote(doc[k + 1]):
        return False
    for j in range(k + 3, min(k + 3 + QUOTE_REACH, len(doc))):  # the next label's closing quote
        if closes_quote(doc[j]):
            return _interface_after(doc, j + 1, labels + 1)
        if opens_quote(doc[j]) or doc[j].is_sent_start:
            return False
    return False


def _family_product(doc: Doc, ent: Span) -> bool:
    """An ORG "Asan imza": the brand's word in another case, then one of its products."""
    first = ent[0].text
    if first in company_words()["family"] or az_upper(first) not in company_words()["family"]:
        return False
    nxt = ent[1] if len(ent) > 1 else (doc[ent.end] if ent.end < len(doc) else None)
    return nxt is not None and az_lower(nxt.text) in company_words()["product"]


def _e_prefixed(doc: Doc, ent: Span) -> bool:
    """The entity is glued to "e-" before it ("e-TƏBİB") or opens with an "e" glued to a capital ("eSosial",
    egov7), and is no body ("e-Hökumət Akademiyası")."""
    k = ent.start
    glued = (k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_
             and az_lower(doc[k - 2].text) in E_PREFIXES) or E_GLUED.match(ent[0].text) is not None
    return glued and not body_word(ent[-1].text)


@functools.lru_cache(maxsize=20_000)
def plural_word(word: str) -> bool:
    """A plural common form ("Məlumatlardan"), not a first name ("Gülər") nor a family ("Əliyevlər")."""
    low = az_lower(word)
    match = PLURAL_END.search(low)
    if not match or not any(a.has("plural") for a in analyses(word)):
        return False
    stem = low[:match.start()]
    return not (base_forms(word) | {low}) & person_words() and not stem.endswith(SURNAME_ENDINGS)


def _generic(doc: Doc, ent: Span) -> bool:
    """The whole entity is a kind of body ("İcra Hakimiyyəti", "İcra Hakimiyyətlərinin", “Çağrı” Mərkəzi: quotes
    inside it are no words), with no name word right before it ("Saatlı Rayon [İcra Hakimiyyəti]" is a name the ner
    cut) but for an owner in the genitive ("MHM-in Zəng Mərkəzi", org11)."""
    parts = [w for w in token_texts(doc)[ent.start:ent.end] if w not in QUOTE_TEXTS]  # no Span slice
    if not parts:
        return False
    head = " ".join(az_lower(w) for w in parts[:-1])
    forms = {f"{head} {b}".strip() for b in base_forms(az_lower(parts[-1]))}
    if not forms & words().get("generic", frozenset()):
        return False
    prev = doc[ent.start - 1] if ent.start else None
    return prev is None or not prev.text[:1].isupper() or in_case(prev.text, GENITIVE)


def _document(ent: Span) -> bool:
    """A legal act alone ("Sərəncamının", "QƏRAR"), or opening a PERSON in a case form ("Fərmanı Dövlət")."""
    first = ent[0].text
    documents = words().get("document", frozenset())
    if not base_forms(first) & documents:
        return False
    bare = az_lower(first) in documents  # "Fərman": also a first name
    if len(ent) == 1:
        return not (bare and ent.label_ == "PERSON")
    return ent.label_ == "PERSON" and not bare


def _list_opener(doc: Doc, ent: Span) -> bool:
    """A one-word PERSON right after a bullet or an item number, followed by a lower-case word."""
    k = ent.start
    if len(ent) != 1 or k == 0 or ent.end >= len(doc) or not doc[ent.end].text[:1].islower():
        return False
    if base_forms(ent.text) & person_words():
        return False
    prev = doc[k - 1].text
    numbered = prev in (".", ")") and k >= 2 and bool(ITEM_NUMBER.match(doc[k - 2].text)) or bool(
        ITEM_NUMBER.match(prev) and prev.endswith("."))
    return prev in BULLETS or numbered


def site_labels(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the site's labels, products, e-services, plural PERSONs, legal acts, list openers
    and generic bodies above;
    None when nothing changes."""
    out = [e for e in ents if not (
        e.label_ in LABELS and (_interface_label(doc, e) or _e_prefixed(doc, e) or _generic(doc, e) or _document(e))
        or e.label_ == "ORG" and _family_product(doc, e)
        or e.label_ == "PERSON" and (plural_word(e[-1].text) or _list_opener(doc, e)))]
    return out if len(out) < len(ents) else None
