"""Names that stray from their shape (issue 11, egov6; ANNOTATION.md "Labels" and "Span rules"):
- a TITLE with no PERSON in its sentence is no entity (a TITLE is annotated only next to a PERSON of the
  same sentence: "[Azərbaycan] Prezidenti vəzifəyə təyin edir" holds none; the training gold has no such
  TITLE, 0 of 1,538), unless a name word of the same sentence, no ORG, COUNTRY or place in a case form,
  follows it: a person the ner missed or mistyped ("komandanı Əlirza Tanqsiri", "prezidenti Uqo [Çaves]REGION");
- a PERSON cut at a hyphen that glues a lower-case piece onto its last word takes the piece ("Artur
  Rasi-zadə", "Su Byunq-sunun"): no space around the hyphen, and the piece is no other entity's;
- a one-word PERSON that is a body's head in any form is a generic reference, no name ("Mərkəzin",
  "Komitə", "Nazirliyə", "Universitetin"); so is a one-word ORG that is one with no name word before it ("Şura
  üzvləri"; not a parliament, "Parlamentin"; org9);
- a place in the nominative right before an ORG that a name word opens and a body's head ends is part of
  that ORG ("[Bakı] [Ali Neft Məktəbində]" → "[Bakı Ali Neft Məktəbində]": ANNOTATION.md "a place inside an
  organisation's name is part of the ORG"; the training gold has no nominative REGION right before an ORG);
  not before an acronym ("Kiyev NATO ilə"), a place, or an international body ("Bakı Dünya Bankı ilə"), nor
  after a TITLE (a first name mistyped as a place: "Baş naziri [Corciya] [Meloni və ...]");
- a PERSON or REGION before a lower-case service, card, platform, project or interface noun in the possessive
  or plural is that thing's name, no entity ("Onlayn Konsultasiya xidməti", "Sim kartların", "Kibergigiyena
  platforması"; role service and interface of pipeline/data/site_labels/words.tsv), unless it is a known place
  ("Qəbələ layihəsi") or holds a gold first name or an initial ("Əli Vəliyev layihəsi");
- a PERSON or REGION whose last word is a report, register, strategy, programme or legal act names that
  document, no entity ("Müqayisəli Təhlil Hesabatı", "Ünvan Reyestrinin", "İstifadəçi Təlimatı"; roles record
  and document of pipeline/data/site_labels/words.tsv), not the bare noun, which may be a first name ("Fərman");
- a PERSON that a common word opens at a sentence start ("Seminar İlqar Abdullayevin çıxışı ilə açıldı",
  "Toplantıda Startup"; the training gold has none) loses that word when two name words follow it, and is no
  name when one word follows that has no surname's shape ("Ərizə Operatora"; "Ulduz Rəhimova" stays); a gold
  first name ("Bahar") or a title opening it is left to the title rules;
- a name with no letter ("3.0.12", "=", "·"), a web or e-mail address ("https://...", "x@asan.gov.az") or a
  name inside one ("youtu.be/xM89ZVykBfA", pipeline/lang/addresses.py) and a one-word sentence adverb
  ("Beləki", role adverb of pipeline/data/site_labels/words.tsv) are no names (the gold has none);
- a one-word PERSON, ORG or REGION opening a sentence or list item in a case form whose stem is a common word
  is no name ("Müsabiqənin şərtləri", "Sayğacının tipi"; common_words.py judges the form itself, which a
  notice that writes "Müsabiqə" with a capital throughout makes look like a name), unless it is a known
  place or a gold first name ("Arzunun"); so is such a one-word PERSON anywhere when no name word or
  initial stands beside it (egov7: a legal text's defined term "Operatorun", "Operatora", "Operatorla");
- a card or device product is no entity (egov10; roles device and card of pipeline/data/site_labels/words.tsv):
  a name of two words or more ending in a capitalised device noun ("Smart Kart", "USB Token"; not before a legal
  form: "Milli Kart MMC" is a company) or holding a card brand before its last word ("Visa Gold", "Bolkart Debet
  Diamond"), and one
  word gluing a device noun to a brand ("Bolkart"), unless a known place;
- names of languages are no entities (ANNOTATION.md: "Azərbaycan dili"): the names right before "dili",
  "dilində", "dillərində" and the list they close ("Azərbaycan, İngilis, Fransız və Rus dillərində"; commas
  only in a list a "və" closes), one word each, whatever their label; not one in the genitive ("Azərbaycanın dövlət dili" has no such run, and
  "Xalqın dili" is the people's); the training gold has no entity there.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.addresses import address_ranges, inside
from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms, in_case
from pipeline.lang.texts import doc_text, token_texts
from pipeline.names.common_words import is_common, lone_person, person_words, starts_sentence
from pipeline.names.concepts import known_place, words as concept_words
from pipeline.names.lone_titles import TitleContext, lone_title
from pipeline.names.official_names import SURNAME_ENDINGS, body_word
from pipeline.names.org_joins import words as join_words
from pipeline.names.place_shapes import demonym, lower_opened
from pipeline.names.site_labels import words as label_words
from pipeline.names.spans import name_word
from pipeline.names.words import is_title_word, legal_forms

QUOTE_CHARS = "“”\"«»"  # around a quoted one-word ORG ("“Parlament” adlandırılan bina")

HYPHENS = frozenset({"-", "‐", "‑"})
NAME_LABELS = frozenset({"PERSON", "TITLE", "COUNTRY", "REGION", "ORG"})
SURNAME_SHAPES = SURNAME_ENDINGS + ("li", "lı", "lu", "lü", "yan")
SERVICE_ROLES = ("service", "interface")
RECORD_ROLES = ("record", "document")
LANGUAGE = "dil"
LIST_JOINS = frozenset({",", "və"})
GENITIVE = frozenset({"genitive"})
DEVICE_LABELS = frozenset({"PERSON", "ORG", "REGION"})


def _hyphen_tail(doc: Doc, texts: list[str], ent: Span, ents: list[Span]) -> int | None:
    """The end of the PERSON with the piece glued to it by a hyphen, or None."""
    k = ent.end
    if k + 1 >= len(texts) or texts[k] not in HYPHENS or doc[k - 1].whitespace_ or doc[k].whitespace_:
        return None
    piece = texts[k + 1]
    if not (piece.isalpha() and piece[:1].islower()) or any(e.start <= k + 1 and e.end > k for e in ents):
        return None
    return k + 2


@functools.lru_cache(maxsize=20_000)
def _generic_head(text: str) -> bool:
    """One word that is a body's head in any case ("Mərkəzin", "Komitə")."""
    return " " not in text and bool(base_forms(text) & concept_words().get("body", frozenset()))


def _lone_org_head(doc: Doc, texts: list[str], i: int) -> bool:
    """A one-word ORG that is a body's head with no name word before it ("Şura üzvləri", "Tədbirin sonunda
    Şuranın"): a reference to a body named earlier, which the training gold leaves unmarked 96 times of 97; a
    parliament, one of its kind, stays ("Parlamentin", role parent of data/org_joins/words.tsv), and so does a
    head after a capitalised word, the end of a name the ner cut ("İctimai [Şura]")."""
    word = texts[i].strip(QUOTE_CHARS)
    if not word or not _generic_head(word) or base_forms(word) & join_words().get("parent", frozenset()):
        return False
    before = i - 1
    # a common word with the capital of a sentence start names nothing ("Sonunda Fondun ...")
    return before < 0 or not name_word(texts[before]) or is_common(texts[before]) and starts_sentence(doc, before)


def _nominative_place(place: Span) -> bool:
    """A REGION written as the gazetteer has it, no case ending ("Bakı", not "Bakıda")."""
    from pipeline.names.gazetteer import entries
    entry = entries().get(tuple(az_lower(t.text) for t in place))
    return entry is not None and entry.label == "REGION"


def _place_opens(doc: Doc, before: Span | None, place: Span, org: Span) -> bool:
    """`place` in the nominative opens the body's name `org` right after it (`before`: the entity before
    the place)."""
    if place.label_ != "REGION" or place.end != org.start or doc[place.end - 1].whitespace_ != " ":
        return False
    if before is not None and before.label_ == "TITLE" and before.end == place.start:
        return False
    first = org[0].text
    if not name_word(first) or first.isupper() or known_place(first) or az_lower(first) in join_words().get("international", frozenset()):
        return False
    return body_word(org[-1].text) and _nominative_place(place)


@functools.lru_cache(maxsize=20_000)
def _service_noun(word: str) -> bool:
    """A lower-case service/card/platform/project/interface noun in the possessive or plural ("xidməti",
    "kartların"; not the bare noun, "Nazir layihə barədə danışıb")."""
    if not word[:1].islower() or word[:3] not in _service_prefixes():  # most words end here, unanalysed
        return False
    return any((a.has("poss") or a.has("plural")) and az_lower(a.stem) in _service_nouns() for a in analyses(word))


@functools.cache
def _service_nouns() -> frozenset[str]:
    return frozenset().union(*(label_words().get(r, frozenset()) for r in SERVICE_ROLES))


@functools.cache
def _service_prefixes() -> frozenset[str]:
    """The first three letters of every noun (a stem may only lose letters at its end: "xidmət" → "xidməti")."""
    return frozenset(n[:3] for n in _service_nouns())


def _personal(words: list[str]) -> bool:
    """A word of the name is a gold first name or an initial ("Ə.", "Ə.Vəliyev")."""
    return any(az_lower(w) in person_words() or "." in w for w in words)


def _service_name(texts: list[str], start: int, end: int) -> bool:
    """A PERSON/REGION (tokens start..end-1) naming the service, card, platform or project after it."""
    if end >= len(texts) or not _service_noun(texts[end]):
        return False
    words = texts[start:end]
    return not (_personal(words) or known_place(" ".join(words)))


@functools.lru_cache(maxsize=50_000)
def _no_name_word(text: str) -> str | None:
    """"symbols" for a token with no letter, "address" for a web or e-mail address, "adverb" for a sentence
    adverb, else None."""
    if not any(c.isalpha() for c in text):
        return "symbols"
    low = az_lower(text)
    if "@" in text or "://" in text or low.startswith("www."):
        return "address"
    return "adverb" if low in label_words().get("adverb", frozenset()) else None


def _no_name(texts: list[str], start: int, end: int) -> bool:
    """Tokens start..end-1 have no letter, open with an address, or are one sentence adverb (cached per token)."""
    kind = _no_name_word(texts[start])
    if kind is None or end - start == 1 or kind == "address":
        return kind is not None
    return kind == "symbols" and all(_no_name_word(t) == "symbols" for t in texts[start + 1:end])


def _no_place(texts: list[str], label: str, start: int, end: int) -> bool:
    """A REGION opened by a lower-case letter, or a REGION/COUNTRY that is one demonym (place_shapes)."""
    if label == "REGION" and lower_opened(texts[start:end]):
        return True
    return label in ("REGION", "COUNTRY") and end - start == 1 and demonym(texts[start])


def _may_open(texts: list[str], i: int) -> bool:
    """Token i may open a sentence: nothing or no word before it (a stop, a bullet, a line break, a quote);
    a cheap test on texts before starts_sentence reads the tokens."""
    return i == 0 or not texts[i - 1][:1].isalnum()


def _common_opener(doc: Doc, texts: list[str], ent: Span) -> Span | bool:
    """For a PERSON of two words or more opened by a common word at a sentence start: the PERSON without it
    (a Span), or True when what is left is no name; False when the rule does not apply."""
    first = texts[ent.start]
    # the cheap tests first: the first-name lexicon is read only for a candidate
    if (ent.end - ent.start < 2 or not _may_open(texts, ent.start) or not is_common(first)
            or not starts_sentence(doc, ent.start)):
        return False
    if az_lower(first) in person_words() or is_title_word(first):
        return False
    if ent.end - ent.start > 2:
        return Span(doc, ent.start + 1, ent.end, label="PERSON")
    last = az_lower(texts[ent.start + 1])
    forms = base_forms(last) | {last}
    return not (forms & person_words() or any(f.endswith(SURNAME_SHAPES) for f in forms))


@functools.lru_cache(maxsize=20_000)
def _record_word(word: str) -> bool:
    """A report's, register's, programme's or legal act's noun in a suffixed form ("Hesabatı", "Reyestrlərdə";
    the bare noun may be a first name: "Fərman")."""
    if not word[:1].isupper() or not base_forms(word) & _record_nouns():
        return False
    low = az_lower(word)
    return low not in _record_nouns() and low not in person_words()


@functools.cache
def _record_nouns() -> frozenset[str]:
    return frozenset().union(*(label_words().get(r, frozenset()) for r in RECORD_ROLES))


@functools.lru_cache(maxsize=20_000)
def _common_in_case(word: str) -> bool:
    """A case form of a common word that common_words does not call common itself ("Müsabiqənin": the
    stem "müsabiqə" is common), not a known place or a gold first name."""
    low = az_lower(word)
    if not word.isalpha() or is_common(word):
        return False
    stems = {az_lower(a.stem) for a in analyses(low) if a.has("case")} - {low}
    if not any(is_common(stem) for stem in stems):
        return False
    # the rarer tests last: the lexicon of first names is read only for a candidate
    return low not in person_words() and not stems & person_words() and not known_place(word)


@functools.lru_cache(maxsize=20_000)
def _device_word(word: str) -> str | None:
    """"head" for a capitalised device noun in any form ("Kart", "Tokeni"), "glued" for a capitalised word
    ending in one after a brand ("Bolkart"), "brand" for a card brand ("Visa"), else None."""
    if not word[:1].isupper():
        return None
    low = az_lower(word)
    if low in _cards():
        return "brand"
    devices = _devices()
    if low.startswith(devices):  # the analyser only for a word that may be one ("Kartı", not "Kartalkaya")
        return "head" if low in devices or base_forms(low) & set(devices) else None
    return "glued" if word.isalpha() and any(low.endswith(d) and len(low) > len(d) + 1 for d in devices) else None


@functools.cache
def _devices() -> tuple[str, ...]:
    return tuple(sorted(label_words().get("device", frozenset())))


@functools.cache
def _cards() -> frozenset[str]:
    return label_words().get("card", frozenset())


def _device_name(texts: list[str], start: int, end: int) -> bool:
    """Tokens start..end-1 name a card or device product, not a body or a person (see the module's doc)."""
    # plain string tests first: most names hold no device noun and no brand
    last = texts[end - 1].lower()
    if not (last.startswith(_devices()) or last.endswith(_devices())
            or any(t.lower() in _cards() for t in texts[start:end - 1])):
        return False
    if end - start == 1:
        return _device_word(texts[start]) == "glued" and not known_place(texts[start])
    # the brand may follow a common word the ner took in at a sentence start ("Vətəndaşlar Visa Gold")
    if any(_device_word(t) == "brand" for t in texts[start:end - 1]):
        return True
    legal = end < len(texts) and az_lower(texts[end].split("-", 1)[0]) in legal_forms()
    return _device_word(texts[end - 1]) == "head" and not legal


@functools.lru_cache(maxsize=5_000)
def _language_noun(word: str) -> bool:
    """"dili", "dilində", "dillərində": the language noun in the possessive or plural (not "dil", "dildə")."""
    return any(a.stem == LANGUAGE and (a.has("poss") or a.has("plural")) for a in analyses(word))


def _language_names(doc: Doc, texts: list[str], ents: list[Span]) -> set[int]:
    """Starts of the entities that name languages: the run of names joined by "," or "və" that ends right
    before a language noun."""
    if " " + LANGUAGE not in doc_text(doc):  # most texts: no language noun at all
        return set()
    by_end = {e.end: e for e in ents}
    out: set[int] = set()
    for i, word in enumerate(texts):
        if not (word.startswith(LANGUAGE) and _language_noun(word)):
            continue
        k, closed = i, False  # k: the token after the current member; closed: a "və" seen (a list)
        while k > 0:
            e = by_end.get(k)
            if e is not None:
                # a language is one word, never in the genitive ("Kamal Rzayev, Azərbaycan dilini")
                if e.label_ not in NAME_LABELS or e.start != k - 1 or in_case(texts[k - 1], GENITIVE):
                    break
                out.add(e.start)
            elif not name_word(texts[k - 1]):  # else a free language word of the list ("Fransız")
                break
            start = k - 1
            if start == 0 or texts[start - 1] not in LIST_JOINS or texts[start - 1] == "," and not closed:
                break
            closed = closed or texts[start - 1] == "və"
            k = start - 1
    return out


def stray_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without lone titles, generic heads, service and document names, common words in a case, hyphen-cut
    persons and place-opened bodies made whole; None when nothing changed."""
    labels = [e.label_ for e in ents]
    persons = [e for e, label in zip(ents, labels) if label == "PERSON"]
    texts = token_texts(doc)
    languages = _language_names(doc, texts, ents)
    around = TitleContext(doc, ents, labels, persons)
    addresses = address_ranges(doc_text(doc))
    out: list[Span] = []
    changed = False
    for e, label in zip(ents, labels):
        if label not in NAME_LABELS:
            out.append(e)
            continue
        start, end = e.start, e.end  # Span attributes cost a call each: read once
        one = end - start == 1
        if _no_name(texts, start, end) or start in languages or _no_place(texts, label, start, end) \
                or addresses and inside(addresses, e.start_char, e.end_char):
            changed = True
            continue
        if label == "TITLE" and lone_title(doc, texts, e, around):
            changed = True
            continue
        if one and label == "ORG" and _lone_org_head(doc, texts, start):
            changed = True
            continue
        if label == "PERSON":
            if one and _generic_head(texts[start]):
                changed = True
                continue
            opened = _common_opener(doc, texts, e)
            if opened is not False:
                if opened is not True:
                    out.append(opened)
                changed = True
                continue
            tail = _hyphen_tail(doc, texts, e, ents)
            if tail is not None:
                out.append(Span(doc, start, tail, label="PERSON"))
                changed = True
                continue
        if label in ("PERSON", "REGION") and (_service_name(texts, start, end) or _record_word(texts[end - 1])):
            changed = True
            continue
        if label in DEVICE_LABELS and _device_name(texts, start, end):
            changed = True
            continue
        if (one and label != "TITLE" and label != "COUNTRY" and (_may_open(texts, start) or label == "PERSON")
                and _common_in_case(texts[start])
                and (_may_open(texts, start) and starts_sentence(doc, start) or label == "PERSON" and lone_person(doc, e))):
            changed = True  # mid-sentence too for a PERSON with no name word beside it ("Operatorun")
            continue
        if label == "ORG" and out and _place_opens(doc, out[-2] if len(out) > 1 else None, out[-1], e):
            out[-1] = Span(doc, out[-1].start, end, label="ORG")
            changed = True
            continue
        out.append(e)
    return out if changed else None
