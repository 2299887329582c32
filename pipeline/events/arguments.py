"""Arguments of an event: the entity spans of the trigger's sentence, each given a role by roles.tsv.

Structure decides who can be an argument at all:
- a country or organisation that only qualifies a named person's title ("[Qazaxıstan] Prezidenti
  Tokayev") or an organisation ("[Azərbaycanın] Kənd Təsərrüfatı Nazirliyi") is no party: the person or
  the organisation is. Without a person after the title ("BƏƏ Prezidenti Azərbaycana gəlib") the
  country stands for its official and stays.
- the outlet citing a source ("AZƏRTAC xəbər verir") is no argument, nor an abbreviation in brackets
  after the name it abbreviates.
Case decides the role: the ending the span has beyond its norm (dative "Azərbaycana" → destination,
receiver; locative "Qəbələdə" → place).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.events.lexicon import Role, outlet_cues, roles
from pipeline.lang.morphology import base_forms
from pipeline.names.az_norm import span_norm
from pipeline.names.leaders import MAX_GAP as TITLE_TO_PERSON
from pipeline.names.words import place_words

GAP = 1  # words that may stand between a qualifier and what it qualifies ("Rusiyanın keçmiş Prezidenti")
LINKERS = frozenset({"və", "ilə", ",", "-", "–", "—", ";", ":"})
PARTICIPLE = ("mış", "miş", "muş", "müş")
OUTLET_REACH = 3  # words after an organisation in which an outlet cue makes it the source


def case_of(span: Span) -> str:
    """"dative", "locative", "ablative", "genitive", "instrumental" or "direct", from the span's ending
    beyond its norm ("Ankarada" − "Ankara" = "da"), or from the place word after a bare name ("Bakı
    şəhərində", "Xətai rayonuna": the case sits on the place word, outside the span)."""
    text = span.text
    base = span_norm(span)
    if text.startswith(base.rstrip("”\"")) and len(text) > len(base):
        return _case_of_ending(az_lower(text[len(base):]).lstrip("-'’”\""))
    doc = span.doc
    if span.end < len(doc):
        word = place_word_after(doc, span.end)
        if word is not None:
            return _case_of_ending(doc[span.end].norm_[len(word):])
    return "direct"


def place_word_after(doc: Doc, i: int) -> str | None:
    """The place word ("şəhər", "rayon") that token `i` is a form of, if any ("şəhərində")."""
    after = doc[i].norm_
    return next((w for w in place_words() if after.startswith(w) and w in base_forms(after)), None)


def _case_of_ending(ending: str) -> str:
    if ending.endswith(("dakı", "dəki", "da", "də", "ta", "tə")):
        return "locative"
    if ending.endswith(("dan", "dən", "tan", "tən")):
        return "ablative"
    if ending.endswith(("la", "lə")):
        return "instrumental"
    if ending.endswith(("a", "ə")):
        return "dative"
    if ending.endswith("n"):
        return "genitive"
    if ending in ("ı", "i", "u", "ü", "nı", "ni", "nu", "nü"):
        return "accusative"
    return "direct"


def _fits(case: str, wanted: str) -> bool:
    if wanted == "any":
        return True
    if wanted == "direct":
        return case not in ("dative", "locative", "ablative")
    if wanted == "nonlocal":
        return case not in ("locative", "ablative")
    if wanted == "plain":
        return case not in ("dative", "locative", "ablative", "genitive")
    return case == wanted


def next_ent(doc: Doc, ents: list[Span], i: int, reach: int) -> Span | None:
    """The entity after ents[i] when at most `reach` words (no linker) stand between, brackets skipped."""
    if i + 1 >= len(ents):
        return None
    cur, nxt = ents[i], ents[i + 1]
    between = [t.text for t in doc[cur.end:nxt.start]]
    if "(" in between and ")" in between:  # "Mərkəzi Seçki Komissiyasının (MSK) sədri"
        between = between[between.index(")") + 1:]
    if len(between) > reach or any(az_lower(w) in LINKERS for w in between):
        return None
    return nxt


def candidates(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities of one sentence (in order) that may fill a role (see the module docstring)."""
    out = []
    cues = outlet_cues()
    for i, ent in enumerate(ents):
        following = [az_lower(t.text) for t in doc[ent.end:ent.end + OUTLET_REACH]]
        if ent.label_ == "ORG" and any(w.startswith(cues) for w in following):
            continue
        if i and ent.start >= 1 and doc[ent.start - 1].text == "(" and ents[i - 1].end >= ent.start - 1:
            continue  # "Türk Dövlətləri Təşkilatının (TDT)": the abbreviation repeats the name before it
        if ent.label_ in ("COUNTRY", "ORG"):
            nxt = next_ent(doc, ents, i, GAP)
            if nxt is not None and nxt.label_ == "ORG" and ent.label_ == "COUNTRY":
                continue
            if nxt is not None and nxt.label_ == "TITLE":
                j = ents.index(nxt)
                while j + 1 < len(ents) and ents[j + 1].label_ == "TITLE" and next_ent(doc, ents, j, GAP):
                    j += 1  # "Prezidentinin ... baş müşaviri": titles in a row
                person = next_ent(doc, ents, j, TITLE_TO_PERSON)
                if person is not None and person.label_ == "PERSON":
                    continue
        out.append(ent)
    return out


def assign(ents: list[Span], event_type: str, start: int, end: int,
           cases: dict[Span, str] | None = None) -> list[tuple[str, Span]] | None:
    """(role, span) pairs for an event of `event_type` whose trigger covers tokens start..end, the
    nearest entities first; None when a required role, or every core role, stays empty. `cases`: an
    entity's case where the sentence's structure says it (clauses.headed_place), else `case_of`."""
    table = roles()[event_type]
    taken: dict[str, int] = {r.role: 0 for r in table}
    out: list[tuple[str, Span]] = []

    def distance(ent: Span) -> int:
        return start - ent.end if ent.end <= start else max(0, ent.start - end)

    for ent in sorted(ents, key=distance):
        case = None
        for role in table:
            if ent.label_ not in role.labels:
                continue
            if role.case != "any":
                case = case or (cases.get(ent) if cases else None) or case_of(ent)
                if not _fits(case, role.case):
                    continue
            if _room(role, taken):
                taken[role.role] += 1
                out.append((role.role, ent))
            break
    if any(r.required == "yes" and not taken[r.role] for r in table):
        return None
    core = [r.role for r in table if r.required == "core"]
    if core and not any(taken[role] for role in core):
        return None
    return sorted(out, key=lambda p: p[1].start)


def _room(role: Role, taken: dict[str, int]) -> bool:
    return role.max == 0 or taken[role.role] < role.max


def coordinated(doc: Doc, ents: list[Span], person: Span) -> list[Span]:
    """`person` and the PERSON spans joined to it by commas and "və" only ("Con Voyt, Silvester
    Stallone və Mel Gibsonu"), in text order."""
    i = ents.index(person)
    group = [person]
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(ents) and ents[j + step].label_ == "PERSON":
            a, b = sorted((ents[j], ents[j + step]), key=lambda s: s.start)
            between = [az_lower(t.text) for t in doc[a.end:b.start]]
            if not between or any(w not in (",", "və") for w in between):
                break
            j += step
            group.append(ents[j])
    return sorted(group, key=lambda s: s.start)


def appointments(doc: Doc, ents: list[Span], args: list[tuple[str, Span]]) -> list[list[tuple[str, Span]]]:
    """The argument lists of an APPOINT event: one per person of a coordination ("X, Y və Z ... təyin
    edib" is three appointments); an organisation counts only as the qualifier right before the title."""
    title = next((e for role, e in args if role == "title"), None)
    if title is not None:
        i = ents.index(title)
        before = ents[i - 1] if i > 0 else None
        qualifier = before if before is not None and next_ent(doc, ents, i - 1, GAP) is title else None
        args = [(role, e) for role, e in args if role != "org" or e is qualifier]
        if qualifier is not None and qualifier.label_ in ("ORG", "COUNTRY") and not any(r == "org" for r, _ in args):
            args.append(("org", qualifier))
    person = next(e for role, e in args if role == "person")
    out = []
    for other in coordinated(doc, ents, person):
        out.append(sorted([(r, e) for r, e in args if r != "person"] + [("person", other)], key=lambda p: p[1].start))
    return out


def is_attribute(doc: Doc, ents: list[Span], end: int) -> bool:
    """True when the trigger describes the noun after it ("yeni seçilmiş prezidenti"): a TITLE starts
    right after it, or it is a participle in -mış before a word. It reports no appointment."""
    if any(e.label_ == "TITLE" and e.start == end for e in ents):
        return True
    return end < len(doc) and doc[end - 1].norm_.endswith(PARTICIPLE) and doc[end].is_alpha
