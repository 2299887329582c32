"""One document's identities: its persons grouped, its organisations keyed, its countries read.

Input is a record in the ANNOTATION.md format (annotated or gold). Results of `az_link` are used as they
are: entity `norm`s, COUNTRY `id`s and `leaders` (the country of a titled person's body). Nothing here
knows other documents; pipeline/identity/linker.py joins these groups across the corpus.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.identity.names import (PersonName, acronym_key, firsts_match, initial_fits, initials, is_acronym,
                                     is_national, org_key, org_words, person_name, split_country, surnames_match,
                                     tidy)

SENTENCE_END = re.compile(r"[.!?…]+[\"”»]?\s+(?=\S)|\n+")
BRACKET_AFTER = re.compile(r"^[\"”»’']?\S{0,6}?\s*\(([^()]{2,80})\)")
JOINER = re.compile(r"^[\s\"“”«»„]*$")  # only spaces or quotes between two entities: adjacent
GENITIVE = re.compile(r"^['’-]?n?[ıiuü]n$")
AND = re.compile(r"^\s*(?:və|,)\s*$")
NAME_WITH_SHORT = re.compile(r"^(.*\S)\s*\(([^()]{2,40})\)$")  # "Avropa ... Agentliyi (Eurojust)" in one span
QUOTED_CORE = re.compile(r"^[\"“«„]([^\"”»]{2,40})[\"”»]\s+(\S.*)$")


def looks_like_name(text: str) -> bool:
    """Brackets after an acronym hold its name ("KOBİA (Kiçik və Orta Biznesin İnkişafı Agentliyi)"), not
    an explanation ("JSON (sadə formatdır, ...)"): 2-8 words, no comma, capitalised words mostly."""
    words = org_words(text)
    if not 1 < len(words) <= 8 or "," in text or not words[0][:1].isupper():
        return False
    return 2 * sum(w[:1].isupper() for w in words) >= len(words)


def short_key(name: str) -> str | None:
    """Key of a name that may be a short form: an acronym ("MSK", "Aİ") or a single word ("Yaşıllar")."""
    if is_acronym(name):
        return acronym_key(name)
    words = org_words(name)
    return org_key(name) if len(words) == 1 else None


@dataclass
class PersonGroup:
    """Mentions (entity indexes) of one person in a document; `name` the most complete form."""
    name: PersonName
    members: list[int] = field(default_factory=list)
    ambiguous: bool = False
    titles: set[tuple[str, str | None]] = field(default_factory=set)  # (title, country) from az_link's leaders


@dataclass
class OrgMention:
    """An ORG mention ready for matching: its name after the country and any short form are resolved."""
    index: int
    display: str              # the name as the registry shows it (short form expanded, country dropped)
    key: str                  # org_key of display; "" for an acronym this document does not expand
    short: str | None = None  # short-form key: the mention's acronym or one word, or the one it is expanded from
    country: str | None = None    # the country the name opens with ("Türkiyə XİN") or that stands before it
    qualifier: str = ""           # " [CC]" for a national body
    places: str = ""              # " (Tbilisi)": a body of one city ("Tbilisi “Dinamo”", "“Dinamo” (Xorvatiya)")
    expanded: bool = False        # the short form and its full name are both in this document
    full: str | None = None       # that full name as written, its country word kept
    guessed: bool = False         # the country is only inferred (the sentence's or the article's)


class Document:
    """Entities of one record with the context the linker needs (sentences, countries)."""

    def __init__(self, record: dict, default_country: str | None = None):
        self.text = record.get("text") if isinstance(record.get("text"), str) else ""
        # indexes are those of record["entities"]; malformed entities are skipped, never removed
        self.ents = record.get("entities") if isinstance(record.get("entities"), list) else []
        good = [i for i, e in enumerate(self.ents) if isinstance(e, dict) and isinstance(e.get("start"), int)
                and isinstance(e.get("end"), int)]
        self.order = sorted(good, key=lambda i: self.ents[i]["start"])
        self.bounds = [0] + [m.end() for m in SENTENCE_END.finditer(self.text)]
        self.leaders = [x for x in record.get("leaders") or [] if isinstance(x, dict)]
        codes = [e.get("id") for i in self.order if (e := self.ents[i]).get("label") == "COUNTRY" and e.get("id")]
        counts = Counter(codes)
        self.main_country = max(counts, key=lambda c: (counts[c], -codes.index(c))) if codes else default_country

    # -- helpers ----------------------------------------------------------------------------------------
    def of_label(self, label: str) -> list[int]:
        """Entity indexes of a label in text order; a name without text or norm is no mention to link."""
        return [i for i in self.order if self.ents[i].get("label") == label and (label == "COUNTRY" or self.norm(i))]

    def norm(self, i: int) -> str:
        e = self.ents[i]
        return tidy(str(e.get("norm") or e.get("text") or ""))

    def org_name(self, i: int) -> str:
        """An ORG norm without a short form bracketed inside the span (that is an expansion, see below)."""
        m = NAME_WITH_SHORT.match(self.norm(i))
        return m.group(1) if m else self.norm(i)

    def sentence(self, i: int) -> int:
        return bisect.bisect_right(self.bounds, self.ents[i]["start"]) - 1

    def previous(self, i: int) -> int | None:
        """The entity just before entity i when only spaces or quotes stand between them."""
        pos = self.order.index(i)
        if pos == 0:
            return None
        j = self.order[pos - 1]
        if self.ents[j]["end"] > self.ents[i]["start"] or not self.norm(j):
            return None  # overlapping or empty: malformed input, no neighbour
        gap = self.text[self.ents[j]["end"]:self.ents[i]["start"]] if self.text else " "
        return j if JOINER.match(gap) else None

    # -- persons ----------------------------------------------------------------------------------------
    def person_groups(self) -> list[PersonGroup]:
        """Full names first (one group per compatible name), then initials and surnames join the only
        full name they fit; a surname two full names share stays apart and is marked ambiguous."""
        parsed = [(i, p) for i in self.of_label("PERSON") if (p := person_name(self.norm(i)))]
        full = [g for g in self._full_groups(parsed)]
        short: list[PersonGroup] = []
        for i, p in parsed:
            if p.full:
                continue
            fits = [g for g in full if surnames_match(p.surname, g.name.surname) and initial_fits(p.initials, g.name.first)]
            if not fits and p.single:  # a given name alone ("Nikol") for the only full name that has it
                fits = [g for g in full if g.name.first == p.surname]
            if len(fits) == 1:
                fits[0].members.append(i)
                continue
            ambiguous = len(fits) > 1
            same = [g for g in short if surnames_match(p.surname, g.name.surname) and g.ambiguous == ambiguous
                    and (not p.initials or not g.name.initials or g.name.initials[0] == p.initials[0])]
            if same:
                group = same[0]
                group.members.append(i)
                if p.initials and not group.name.initials:
                    group.name = p  # "M.Pənahov" says more than "Pənahov"
            else:
                short.append(PersonGroup(p, [i], ambiguous))
        groups = full + short
        self._add_titles(groups)
        return groups

    def _add_titles(self, groups: list[PersonGroup]) -> None:
        """Each group's titles, from the leaders az_link found whose mentions are the group's."""
        for lead in self.leaders:
            spans = {tuple(m) for m in lead.get("mentions") or [] if isinstance(m, list) and len(m) == 2}
            if not lead.get("title") or not spans:
                continue
            for g in groups:
                if any((self.ents[i]["start"], self.ents[i]["end"]) in spans for i in g.members):
                    g.titles.add((str(lead["title"]), lead.get("country")))

    @staticmethod
    def _full_groups(parsed: list[tuple[int, PersonName]]) -> list[PersonGroup]:
        groups: list[PersonGroup] = []
        for i, p in parsed:
            if not p.full:
                continue
            for g in groups:
                if surnames_match(p.surname, g.name.surname) and firsts_match(p.first, g.name.first):
                    g.members.append(i)
                    break
            else:
                groups.append(PersonGroup(p, [i]))
        return groups

    # -- organisations ---------------------------------------------------------------------------------
    def org_mentions(self) -> list[OrgMention]:
        """Every ORG mention with its short form expanded from this document where it can be ("Mərkəzi Seçki
        Komissiyası (MSK)", a name with those initials, "“IDEA” İctimai Birliyi" for "IDEA", "BMT Baş
        Assambleyası" for "Baş Assambleya") and its country or place."""
        orgs = self.of_label("ORG")
        split = {i: split_country(self.org_name(i)) for i in orgs}
        expansions = self._expansions(orgs, split)
        targets = {org_key(split_country(full)[1]): short for short, full in expansions.items()}
        keys = {org_key(rest) for _, rest in split.values()}
        out = []
        for i in orgs:
            country, rest = split[i]
            short = short_key(rest)
            full = expansions.get(short) if short else None
            written = full
            if full is None:
                full = self._longer(org_key(rest), keys)
            if full is not None and org_key(split_country(full)[1]) != org_key(rest):
                country2, rest = split_country(full)
                country = country or country2
            key = org_key(rest)
            expanded = key in targets
            short = targets.get(key, short)
            if short and is_acronym(rest):
                key = ""
            m = OrgMention(i, rest, key, short, country or self._country_before(i), expanded=expanded,
                           full=written or (self.org_name(i) if expanded else None))
            if is_national(rest):
                m.qualifier = self._body_country(m)
            else:
                m.places = self._places(i)
            out.append(m)
        self._fill_qualifiers(out)
        return out

    def _expansions(self, orgs: list[int], split: dict[int, tuple[str | None, str]]) -> dict[str, str]:
        """Short-form key → full name: brackets next to a name, a quoted core ("“IDEA” İctimai Birliyi"),
        else the one name of the document with those initials."""
        out: dict[str, str] = {}
        for i in orgs:
            name = split[i][1]
            core = QUOTED_CORE.match(self.org_name(i))
            if core and len(org_words(core.group(2))) and short_key(core.group(1)):
                out.setdefault(short_key(core.group(1)), self.org_name(i))
            inside = NAME_WITH_SHORT.match(self.norm(i))
            if inside and short_key(inside.group(2)) and len(org_words(inside.group(1))) > 1:
                out.setdefault(short_key(inside.group(2)), inside.group(1))
            m = BRACKET_AFTER.match(self.text[self.ents[i]["end"]:]) if self.text else None
            if not m:
                continue
            inner = tidy(m.group(1))
            if is_acronym(inner) and not is_acronym(name):
                out.setdefault(acronym_key(inner), self.org_name(i))
            elif is_acronym(name) and looks_like_name(inner):
                out.setdefault(acronym_key(name), inner)
        by_initials: dict[str, set[str]] = {}
        for i in orgs:
            for name in {self.org_name(i), split[i][1]}:
                if not is_acronym(name) and len(org_words(name)) > 1:
                    by_initials.setdefault(initials(name), set()).add(self.org_name(i))
        mentioned = {acronym_key(split[i][1]) for i in orgs if is_acronym(split[i][1])}
        for acr, names in by_initials.items():
            if len(names) == 1 and acr not in out and acr in mentioned:
                out[acr] = next(iter(names))
        return out

    def _longer(self, key: str, keys: set[str]) -> str | None:
        """The one longer name of the document that ends with this name of two words or more."""
        if key.count(" ") < 1:
            return None
        longer = {k for k in keys if k.endswith(" " + key)}
        if len(longer) != 1:
            return None
        found = next(iter(longer))
        return next(rest for i in self.of_label("ORG") if org_key((rest := split_country(self.org_name(i))[1])) == found)

    def _body_country(self, m: OrgMention) -> str:
        """A national body's country as the text states it: its own, or the title's of a leader of it."""
        country = m.country or next((x.get("country") for x in self.leaders if x.get("org") and x.get("country")
                                     and org_key(split_country(str(x["org"]))[1]) == m.key), None)
        return f" [{country}]" if country else ""

    def _places(self, i: int) -> str:
        """The city of a one-word name (a club, a company: "Tbilisi “Dinamo”su", "Bakının və Gəncənin
        “Dinamo”su", "“Dinamo” (Xorvatiya)"); a place in another case ("Pekində ... Fondu") says where
        something happened, not whose it is."""
        if len(org_words(self.org_name(i))) != 1:
            return ""
        places = self._places_before(i) or self._place_after(i)
        return f" ({', '.join(places)})" if places else ""

    def _country_before(self, i: int) -> str | None:
        prev = self.previous(i)
        return self.ents[prev].get("id") if prev is not None and self.ents[prev].get("label") == "COUNTRY" else None

    def _places_before(self, i: int) -> list[str]:
        places: list[str] = []
        j = self.previous(i)
        while j is not None and self.ents[j].get("label") == "REGION" and self._possessor(j):
            places.insert(0, self.norm(j))
            pos = self.order.index(j)
            k = self.order[pos - 1] if pos else None
            if k is None or not AND.match(self.text[self.ents[k]["end"]:self.ents[j]["start"]]):
                break
            j = k
        return places

    def _possessor(self, j: int) -> bool:
        """The place stands in the nominative or the genitive ("Tbilisi", "Bakının")."""
        text, norm = str(self.ents[j].get("text") or ""), self.norm(j)
        return text == norm or bool(GENITIVE.match(text[len(norm):])) if text.startswith(norm) else False

    def _place_after(self, i: int) -> list[str]:
        m = BRACKET_AFTER.match(self.text[self.ents[i]["end"]:]) if self.text else None
        if not m:
            return []
        start = self.ents[i]["end"] + m.start(1)
        return [self.norm(j) for j in self.order if self.ents[j]["start"] == start
                and self.ents[j].get("label") in ("COUNTRY", "REGION")]

    def _fill_qualifiers(self, mentions: list[OrgMention]) -> None:
        """Mentions without a stated country or place take the one the document states for the same name
        (when it states one only); a national body left without a country takes its sentence's only
        country, else the document's main country."""
        for attr in ("qualifier", "places"):
            stated: dict[str, set[str]] = {}
            for m in mentions:
                if getattr(m, attr) and m.key:
                    stated.setdefault(m.key, set()).add(getattr(m, attr))
            for m in mentions:
                known = stated.get(m.key, set())
                if not getattr(m, attr) and len(known) == 1:
                    setattr(m, attr, next(iter(known)))
        for m in mentions:
            if m.key and not m.qualifier and is_national(m.display):
                # inferred, not stated: the linker may know the body better
                country = self.sentence_country(m.index) or self.main_country
                m.guessed = True
                m.qualifier = f" [{country}]" if country else ""

    def sentence_country(self, i: int) -> str | None:
        """The one country the sentence of entity i names, if it names exactly one."""
        s = self.sentence(i)
        codes = {self.ents[j].get("id") for j in self.of_label("COUNTRY") if self.sentence(j) == s}
        codes.discard(None)
        return next(iter(codes)) if len(codes) == 1 else None
