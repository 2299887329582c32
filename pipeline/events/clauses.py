"""Where a trigger stands in its sentence, for the rules of component.py that tell an event from a
mention of one:

- `opens_clause`: the trigger is the first word of its sentence or of the clause after "ki" ("AZƏRTAC
  xəbər verir ki, görüşdə ..."): a locative or ablative noun there speaks of an event already told.
- `genitive`: a noun trigger in the genitive ("sazişin icrası", "danışıqların şərtləri") names the
  topic of what the sentence tells, not an event it reports, unless a passive participle describes it
  ("aparılan danışıqların": talks that were held) or its outcome follows ("görüşünün nəticələri").
- `qualifies_noun`: a noun trigger in its bare form before a noun with the possessive ending names the
  kind of that noun ("danışıqlar prosesi", "təmas qrupu", "saziş layihəsi": a process, a group, a
  draft), not an event.
- `relative`: a verb trigger in the participle -an/-ən before a word, or a noun trigger with a light
  verb's participle ("Ruandaya səfər edən Fondun vitse-prezidenti Leyla Əliyeva", "səfərdə olan
  nümayəndə heyətini"), describes the noun after it: its party is there; an entity before it in the
  direct case is the main clause's subject (the host), one in the genitive the possessor of another
  noun. The component applies it to VISIT (for other types the CV found no gain).
- `receives_someone`: "qəbul et-" and "qarşıla-" report a meeting only with a person received
  right before them ("Cenni Consonu qəbul edib", "nümayəndə heyətini qəbul edib"); otherwise they
  are "adopt, accept" ("qərar qəbul edilib", "təklifi qəbul etməyə") or "react to" ("təqdirlə
  qarşılayıb"). Guests that are no entity come from guests.tsv; a surname the ner cut off a PERSON
  counts as the guest (`cut_surname`: "[Feridun] Sinirlioğlunu qəbul edib").
- `arrives`: a light verb of motion or presence ("gəl-", "ol-": triggers.tsv `needs: arrival`) is a
  visit only as a finite verb right after its destination, with nothing between but a place word
  ("Bakıya gəlib", "Gəncə şəhərində olublar", "Heydər Əliyev Mərkəzində olub"), not "Konqoda həlak
  olub" (killed), "Belarusa məğlub olub" (lost), "Azərbaycana gələn turistlər" (a participle).
  `headed_place`: the destination may name the common noun that bears the case ("“Sea Breeze”
  istirahət mərkəzində olublar").
  `sited_place`: the destination in the locative may name the site after it, the word before the verb
  a noun in the possessive and the locative ("Lənkəranda internat məktəbində olub", "Bakıda Dövlət
  Bayrağı Meydanında olub").
- `own_party`: a noun trigger framing its sentence ("səfəri zamanı", "görüşü çərçivəsində") still tells an
  event when its own party stands right before it: a visit's destination in the dative ("ABŞ-a rəsmi
  səfəri zamanı"), a meeting's participant with -la/-lə or "ilə" ("Frankosla görüşü zamanı").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.events.arguments import PARTICIPLE, case_of, place_word_after
from pipeline.events.lexicon import frame_words, guest_words, outcome_words
from pipeline.lang.morphology import analyses, base_forms

GENITIVE = ("ın", "in", "un", "ün")
ACCUSATIVE = ("ı", "i", "u", "ü")
RELATIVE = ("an", "ən")
PASSIVE_PARTICIPLE = ("ılan", "ilən", "ulan", "ülən", "lmış", "lmiş", "lmuş", "lmüş", "nmış", "nmiş", "nmuş",
                      "nmüş", "unan", "ünən", "ınan", "inən")  # aparılan, keçirilən, keçirilmiş, olunan
LIGHT = frozenset({"olan", "edən", "gələn"})  # participles of the light verbs after a noun trigger
RECEIVED = frozenset({"PERSON", "TITLE"})
PLACES = frozenset({"COUNTRY", "REGION", "ORG"})  # the labels of a destination (roles.tsv)
HEAD_REACH = 3  # tokens between a place and its light verb in "“Sea Breeze” istirahət mərkəzində olub"
SITE_REACH = 6  # tokens between a place in the locative and its light verb ("Gəncədəki 40 saylı körpələr evində olub")
HEAD_CASES = frozenset({"locative", "dative"})  # a headed place's common noun ("mərkəzində", "mərkəzinə")
NOMINAL = ("dığ", "diy", "duğ", "düy")  # the verbal noun -dığı ("olduğunu", "gəldiyini")
PARTIES = frozenset({"PERSON", "ORG", "COUNTRY"})
# a framed noun trigger's own party: its labels and case, per type (`own_party`); a visit's possessor in the
# genitive is its visitor ("Mirziyoyevin ölkəmizə dövlət səfəri çərçivəsində")
FRAMED = {"VISIT": ((PLACES, "dative"), (PARTIES, "genitive")), "MEET": ((PARTIES, "instrumental"),)}
MODIFIERS = 2  # lower-case words between a framed trigger and its party ("ABŞ-a rəsmi dövlət səfəri")


def opens_clause(doc: Doc, start: int, lo: int) -> bool:
    """True when token `start` opens the sentence beginning at `lo` or follows "ki" (and a comma)."""
    before = [doc[i].norm_ for i in range(max(lo, start - 2), start)]
    return start == lo or before[-1:] == ["ki"] or before == ["ki", ","]


def genitive(doc: Doc, start: int, end: int, described: bool = True) -> bool:
    """True when the last word of the noun trigger of tokens start..end is in the genitive; with
    `described`, not when a passive participle stands right before it ("aparılan danışıqların", "keçirilən
    görüşünün": a meeting held, told as it happened) or an outcome noun of outcomes.tsv right after it
    ("görüşünün nəticələri", "Sammitinin açılış mərasimi")."""
    if described and start > 0 and _passive_participle(doc[start - 1].norm_):
        return False
    if described and end < len(doc) and not base_forms(doc[end].norm_).isdisjoint(outcome_words()):
        return False
    return doc[end - 1].norm_.endswith(GENITIVE)


def _passive_participle(word: str) -> bool:
    return len(word) >= 6 and word.isalpha() and word.endswith(PASSIVE_PARTICIPLE)


def qualifies_noun(doc: Doc, start: int, end: int, hi: int, forms: tuple[str, ...], cased: bool = True) -> bool:
    """True when the noun trigger of tokens start..end (last word's lemmas `forms`) stands bare or in
    the plural and the next word of the sentence (before `hi`) is a lower-case noun with the
    possessive ending (with `cased`, also followed by a case ending: "danışıqlar masasında")."""
    if end >= hi:
        return False
    last = doc[end - 1].norm_
    if not any(last == f or last in (f + "lar", f + "lər") for f in forms):
        return False
    nxt = doc[end]
    if nxt.norm_ in frame_words():  # "danışıqlar zamanı": a postposition, the frame of the sentence
        return False
    return nxt.is_alpha and nxt.text[:1].islower() and len(nxt.norm_) > 3 and (
        nxt.norm_.endswith(ACCUSATIVE) or (cased and possessive_case(nxt.norm_) is not None))


def possessive_case(word: str, cases: frozenset[str] | None = None, min_stem: int = 3) -> str | None:
    """The case of the first analysis of `word` that ends in the 3rd-person possessive and a case ending
    ("masasında" → "locative"), only `cases` if given, with a stem of at least `min_stem` letters."""
    for a in analyses(word):
        if len(a.morphs) >= 2 and a.morphs[-2].name == "poss3" and len(a.stem) >= min_stem and (
                a.morphs[-1].slot == "case" if cases is None else a.morphs[-1].name in cases):
            return a.morphs[-1].name
    return None


def relative(doc: Doc, end: int, hi: int, verb: bool) -> bool:
    """True when the trigger ending at token `end` ends in the participle -an/-ən (`verb`: its last
    word is a verb form, not a noun in the ablative "görüşdən"), or a light verb's participle follows
    it ("səfərdə olan"), and a word follows in the sentence (before `hi`)."""
    if end < hi and doc[end].norm_ in LIGHT:
        end, verb = end + 1, True
    return verb and end < hi and doc[end - 1].norm_.endswith(RELATIVE) and doc[end].is_alpha


def without_subjects(ents: list[Span], start: int) -> list[Span]:
    """`ents` without the entities in the direct case or the genitive (a subject, a possessor of
    another noun) before token `start` (case as arguments.case_of says)."""
    return [e for e in ents if e.start >= start or case_of(e) not in ("direct", "genitive")]


def cut_surname(doc: Doc, ents: list[Span], i: int) -> bool:
    """True when token `i` is a capitalised word in the accusative right after a PERSON entity: the
    surname the ner left out ("[Feridun] Sinirlioğlunu qəbul edib", "[İsiaka Abdulqadir] İmamı")."""
    word = doc[i]
    return (word.is_alpha and word.is_title and word.norm_.endswith(ACCUSATIVE)
            and any(e.end == i and e.label_ == "PERSON" for e in ents))


def receives_someone(doc: Doc, ents: list[Span], start: int, cut_name: bool = True) -> bool:
    """True when the word before token `start` ends a PERSON or TITLE entity, or is a guest word of
    guests.tsv in the accusative ("heyətini"), or one of its whole words ("tərəfindən"), or a capitalised
    word in the accusative right after a PERSON entity (`cut_name`)."""
    if start == 0:
        return False
    if any(e.end == start and e.label_ in RECEIVED for e in ents):
        return True
    if cut_name and cut_surname(doc, ents, start - 1):
        return True
    starts, whole = guest_words()
    word = doc[start - 1].norm_
    return word in whole or (word.startswith(starts) and word.endswith(ACCUSATIVE))


def arrives(doc: Doc, args: list[tuple[str, Span]], start: int, modality: str, headed: Span | None = None) -> bool:
    """True when the verb trigger at token `start` is finite (its ending's `modality` is not "open")
    and the event has a visitor and a destination that ends right before it, or one place word
    before it ("Gəncə şəhərində olub"), or is `headed` (`headed_place`)."""
    word = doc[start].norm_
    if modality == "open" or any(n in word for n in NOMINAL) or not any(role == "visitor" for role, _ in args):
        return False  # "olduğunu" (that he was), "gələn turistlər" (coming): no report of a visit
    if word.endswith(PARTICIPLE) and start + 1 < len(doc) and doc[start + 1].is_alpha:
        return False  # "Azərbaycana gəlmiş qonaqlar"
    return any(role == "destination" and (_right_before(doc, e, start) or e == headed) for role, e in args)


class ArrivalSites:
    """The light verbs of one sentence (token indices `verbs`, entities `ents`) that may be arrivals at all: a
    place or organisation entity ends right before the verb, or one place word before it, or names the
    common noun before it (`headed_place`), or the site after it (`sited_place`). Each place test runs at
    most once per verb; `site` gives the destination with its case that the sentence's structure gives."""

    def __init__(self, doc: Doc | None, ents: list[Span], verbs: list[int]) -> None:
        self.doc, self.ents = doc, ents
        self._sites: dict[int, tuple[Span, str] | None] = {}
        self.arrivals: set[int] = set()
        for i in verbs:
            if any(e.label_ in PLACES and _right_before(doc, e, i) for e in ents if i - 2 < e.end <= i):
                self.arrivals.add(i)  # its site only when a rule asks
                continue
            site = self.site(i)
            if site is not None:
                self.arrivals.add(i)

    def __contains__(self, i: int) -> bool:
        return i in self.arrivals

    def site(self, i: int) -> tuple[Span, str] | None:
        if self.doc is None:  # NO_ARRIVALS: no sentence of its own, nothing to cache
            return None
        if i not in self._sites:
            self._sites[i] = headed_place(self.doc, self.ents, i) or sited_place(self.doc, self.ents, i)
        return self._sites[i]


def headed_place(doc: Doc, ents: list[Span], start: int) -> tuple[Span, str] | None:
    """(entity, case) when a place or organisation in the direct case names a common noun of one or two
    lower-case words that ends right before token `start` in the possessive and the locative or dative
    ("“Sea Breeze” istirahət mərkəzində olublar", "Qiyaslı məscidində olub"): the noun's case is the
    entity's, as a place word's is ("Gəncə şəhərində")."""
    for e in ents:
        if e.label_ not in PLACES or not start - HEAD_REACH <= e.end < start:
            continue
        words = [t for t in doc[e.end:start] if not t.is_quote]
        if not 1 <= len(words) <= 2 or not all(t.is_alpha and t.is_lower for t in words):
            continue
        case = possessive_case(words[-1].norm_, HEAD_CASES)
        if case is not None and case_of(e) == "direct":
            return e, case
    return None


def sited_place(doc: Doc, ents: list[Span], start: int) -> tuple[Span, str] | None:
    """(entity, "locative") when the word before token `start` is a noun in the possessive and the locative
    (the site: "məktəbində", "Meydanında") and the nearest place or organisation in the locative ("Bakıda",
    "Gəncədəki") ends at most SITE_REACH tokens before `start`, with no punctuation but quotes and hyphens
    between ("Leyla Əliyeva Lənkəranda internat məktəbində olub"): the place is the destination. Other
    entities may stand between (a name in the site's)."""
    if start < 2 or not doc[start - 1].is_alpha or possessive_case(doc[start - 1].norm_, HEAD_CASES) != "locative":
        return None
    for e in reversed(ents):  # the nearest place; a name inside the site's ("Bakıdakı Müqəddəs [Məryəm Ana] kilsəsində")
        if e.end >= start or start - e.end > SITE_REACH or e.label_ not in PLACES:
            continue
        if any(t.is_punct and not t.is_quote and t.text != "-" for t in doc[e.end:start]):
            return None
        return (e, "locative") if case_of(e) == "locative" else None
    return None


def _right_before(doc: Doc, ent: Span, start: int) -> bool:
    return ent.end == start or (ent.end == start - 1 and place_word_after(doc, ent.end) is not None)


def own_party(doc: Doc, ents: list[Span], start: int, kind: str) -> bool:
    """True when an entity of one of `kind`'s FRAMED labels and case ends right before token `start`, or
    up to MODIFIERS lower-case words before it, or before "ilə" there (a meeting's participant): the noun
    trigger at `start` names its own party ("Vaşinqtona səfəri zamanı", "Si Cinpin ilə ikitərəfli görüş
    əsnasında"), or its possessor in the genitive when the trigger bears the possessive ("Mirziyoyevin ölkəmizə
    səfəri çərçivəsində"; not "Əliyevin səfər çərçivəsində ... görüşləri", whose genitive owns another noun)."""
    if kind not in FRAMED:
        return False
    i = start
    while i > 0 and start - i < MODIFIERS and doc[i - 1].is_alpha and doc[i - 1].is_lower and doc[i - 1].norm_ != "ilə":
        i -= 1
    comitative = i > 0 and doc[i - 1].norm_ == "ilə"
    i -= comitative
    owned = any(m.name == "poss3" for a in analyses(doc[start].norm_) for m in a.morphs)
    return any(e.end == i and e.label_ in labels and ((comitative and case == "instrumental") or case_of(e) == case)
               and (case != "genitive" or owned) for e in ents for labels, case in FRAMED[kind])
