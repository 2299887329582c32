"""`pipeline.Linker`: one identity (`ref`) per person, organisation and place across a stream of records.

Each record is linked as it comes (a news stream), against what earlier records taught the linker; the
state is the registry (registry.py), saved and loaded as JSONL, so a dataset can be continued month by
month with the refs already given unchanged. Memory grows with distinct identities, not with articles.

A ref is fixed when its identity is first seen and never changes; the registry's `name` is the best name
known so far. A surname seen before any full name ("Tramp") is a placeholder that the first full name with
that surname claims ("Donald Tramp"), unless two full names share the surname; an acronym seen before its
expansion ("BMT") is claimed likewise by the first name whose initials or brackets give it.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator


from pipeline.lang.casing import az_lower
from pipeline.names.gazetteer import _subdivisions
from pipeline.tables import read_tsv
from pipeline.identity.document import Document, OrgMention, PersonGroup
from pipeline.identity.names import (acronym_country, consonants, firsts_match, initials, is_national, org_key,
                                     org_words, split_country, surnames_match)
from pipeline.identity.registry import Identity, read_registry
from pipeline.io import JSONLWriter, is_error_record

COUNTRY_QUALIFIER = re.compile(r" \[([A-Z]{2})\]$")
BOUND = re.compile(r"^(.*?)(?: \[([A-Z]{2})\])?$")  # registry form of a learnt short form: "azərtac [AZ]"
MIN_INITIALS = 3  # an acronym is matched to a name by initials alone (never seen together) from 3 letters
SPECIFIC_WORDS = 4  # a state body's name this long is one body, not a kind of body every state has


@functools.cache
def region_countries() -> dict[str, str]:
    """Lower-case subdivision name → country, for the countries whose subdivisions the gazetteer knows."""
    return {az_lower(name): row["country"] for row in read_tsv("gazetteer/subdivisions.tsv")
            for name in _subdivisions(row["country"])}


class Linker:
    """Link records one at a time: `linker.link(record)` returns a copy with `ref` on every PERSON, ORG and
    REGION entity and on every `leaders` entry. `default_country` places a national body ("Milli Məclis")
    of a document that names no country (the news are Azerbaijani: "AZ"; None leaves it without)."""

    def __init__(self, default_country: str | None = "AZ"):
        self.default_country = default_country
        self.ids: dict[str, Identity] = {}
        self._surnames: dict[str, list[str]] = {}       # folded surname → person refs
        self._by_skeleton: dict[str, set[str]] = {}     # consonants of a surname → surnames (fuzzy candidates)
        self._orgs: dict[str, list[str]] = {}           # org key + country qualifier → refs (one per place)
        self._acronyms: dict[str, Counter] = {}         # short form → (name, country it names) seen expanded to
        self._initials: dict[str, set[str]] = {}        # initials of known names → those names
        self._regions: dict[str, str] = {}
        self._body_countries: dict[str, set[str]] = {}  # state body key → countries it is known in

    # -- state ------------------------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write the registry (the whole state) as JSONL, atomically (the writer of `annotate`)."""
        writer = JSONLWriter(str(path))
        try:
            for ident in self.ids.values():
                writer.write(ident.to_json())
            writer.commit()
        finally:
            writer.close()

    @classmethod
    def load(cls, path: str | Path, **kwargs: Any) -> "Linker":
        """A linker that continues the registry at `path`: its refs stay as they are."""
        linker = cls(**kwargs)
        for ident in read_registry(str(path)):
            linker._add(ident)
        return linker

    def identities(self) -> list[Identity]:
        return list(self.ids.values())

    def _add(self, ident: Identity) -> Identity:
        self.ids[ident.ref] = ident
        m = ident.match
        if ident.label == "PERSON":
            self._surnames.setdefault(m["surname"], []).append(ident.ref)
            self._by_skeleton.setdefault(consonants(m["surname"]), set()).add(m["surname"])
        elif ident.label == "ORG":
            for key in m.get("keys", []):
                self._orgs.setdefault(key, []).append(ident.ref)
                self._index_country(key)
            if m.get("core"):
                self._initials.setdefault(initials(m["core"]), set()).add(m["core"])
                for short, n in m.get("short", {}).items():
                    short, bound = BOUND.match(short).groups()
                    self._acronyms.setdefault(short, Counter())[(m["core"], bound)] += n
        else:
            for key in m.get("keys", []):
                self._regions[key] = ident.ref
        return ident

    def _new(self, label: str, name: str, match: dict[str, Any]) -> Identity:
        ref, n = name, 1
        while ref in self.ids:
            n += 1
            ref = f"{name} #{n}"
        return self._add(Identity(ref, label, name, match=match))

    # -- linking ----------------------------------------------------------------------------------------
    def link(self, record: Any) -> Any:
        """A copy of `record` with refs; error records and records without entities come back unchanged."""
        if not isinstance(record, dict) or is_error_record(record) or not isinstance(record.get("entities"), list):
            return record
        out = dict(record)
        out["entities"] = [dict(e) if isinstance(e, dict) else e for e in record["entities"]]
        doc = Document(out, self.default_country)
        refs: dict[int, str] = {}
        for group in doc.person_groups():
            ref = self._person(group)
            refs.update((i, ref) for i in group.members)
        for mention in doc.org_mentions():
            refs[mention.index] = self._org(mention, doc)
        for i in doc.of_label("REGION"):
            refs[i] = self._region(doc.norm(i))
        for i, ref in refs.items():
            out["entities"][i]["ref"] = ref
        if isinstance(record.get("leaders"), list):
            out["leaders"] = self._leaders(doc, record["leaders"], refs)
        if isinstance(record.get("events"), list):
            out["events"] = _event_refs(record["events"], out["entities"], refs)
        self._count(doc, out, refs)
        return out

    def link_many(self, records: Iterable[Any]) -> Iterator[Any]:
        for record in records:
            yield self.link(record)

    # -- persons ----------------------------------------------------------------------------------------
    def _candidates(self, surname: str) -> list[Identity]:
        """Persons whose surname matches: the same fold, or one edit apart (names.surnames_match)."""
        names = [surname]
        if len(surname) >= 6:
            # surnames_match needs the same consonants, so only that skeleton's surnames are candidates;
            # sorted, so that the order (and a tie between namesakes) does not depend on string hashing
            names += sorted(s for s in self._by_skeleton.get(consonants(surname), ())
                            if s != surname and surnames_match(surname, s))
        return [self.ids[r] for s in names for r in self._surnames.get(s, []) if not self.ids[r].match.get("ambiguous")]

    def _person(self, group: PersonGroup) -> str:
        p = group.name
        cands = self._candidates(p.surname)
        if not p.full and group.titles and (len(cands) > 1 or group.ambiguous):
            # "Prezident Əliyev" among several Əliyevs: the only one known with that title (and country)
            titled = [c for c in cands if any((t, c2) in group.titles or (t, None) in group.titles
                                              for t, c2, _ in self.ids[c.ref].titles)]
            if len(titled) == 1:
                return titled[0].ref
        if group.ambiguous:
            cands = []
        firsts = lambda c: c.match.get("firsts", [])  # noqa: E731
        if p.full:
            same = [c for c in cands if any(firsts_match(p.first, f) for f in firsts(c))]
            holders = [c for c in cands if not firsts(c)
                       and (not c.match.get("initials") or p.first.startswith(c.match["initials"][0]))]
            if not same and len(holders) == 1 and len(cands) == 1:
                same = holders  # the first full name claims the surname seen alone before
                holders[0].name = p.display
            if same:
                best = max(same, key=lambda c: c.mentions)
                if p.first not in firsts(best):
                    best.match["firsts"] = firsts(best) + [p.first]
                return best.ref
            return self._new("PERSON", p.display, {"surname": p.surname, "firsts": [p.first]}).ref
        if p.initials:
            fits = [c for c in cands if (firsts(c) and any(f.startswith(p.initials[0]) for f in firsts(c)))
                    or (not firsts(c) and c.match.get("initials", [p.initials[0]])[0] == p.initials[0])]
            if len(fits) == 1:
                fits[0].match.setdefault("initials", list(p.initials))
                return fits[0].ref
            return self._placeholder(p.display, p.surname, len(fits) > 1, list(p.initials))
        if len(cands) == 1:
            return cands[0].ref
        return self._placeholder(p.display, p.surname, group.ambiguous or len(cands) > 1, [])

    def _placeholder(self, display: str, surname: str, ambiguous: bool, inits: list[str]) -> str:
        """The identity of a short form no full name explains: one per form, kept apart when ambiguous."""
        for r in self._surnames.get(surname, []):
            m = self.ids[r].match
            if bool(m.get("ambiguous")) == ambiguous and not m.get("firsts") and m.get("initials", []) == inits:
                return r
        match = {"surname": surname, "firsts": [], "initials": inits}
        if ambiguous:
            match["ambiguous"] = True
        return self._new("PERSON", display, match).ref

    # -- organisations ---------------------------------------------------------------------------------
    def _org(self, m: OrgMention, doc: Document) -> str:
        display, key, qualifier = m.display, m.key, m.qualifier
        bound = acronym_country(m.short, m.full) if m.short and m.full else None
        if m.short and not m.expanded:
            found = self._expansion(m.short, acronym=not key)
            if found is None and not key:
                return self._placeholder_org(m, doc)
            if found is not None:
                core, bound = found
                country, display = split_country(core)
                key = org_key(display)
                if is_national(display):
                    country = bound or m.country or country or doc.sentence_country(m.index) or doc.main_country
                    qualifier = f" [{country}]" if country else ""
        if m.guessed and len(org_words(display)) >= SPECIFIC_WORDS:
            known = self._body_countries.get(key, set())
            if len(known) == 1:  # a body of a long, specific name known in one country only
                qualifier = f" [{next(iter(known))}]"
        ref = self._find_org(key + qualifier, m.places)
        if ref is None:
            own = initials(display)
            claim = m.short if m.expanded else (own if len(own) >= MIN_INITIALS else None)
            ref = self._claim(claim, qualifier, bound)
            if ref is None:
                ref = self._new("ORG", display + qualifier + m.places, {"keys": [], "short": {}}).ref
            self.ids[ref].name = display + qualifier + m.places
            self.ids[ref].match["core"] = display
            self._index_org(self.ids[ref], key + qualifier, display)
        ident = self.ids[ref]
        if m.places and not ident.match.get("places"):
            ident.match["places"] = m.places
        if m.expanded and m.short and ident.match.get("core"):
            self._acronyms.setdefault(m.short, Counter())[(ident.match["core"], bound)] += 1
            name = m.short + (f" [{bound}]" if bound else "")
            ident.match["short"][name] = ident.match["short"].get(name, 0) + 1
        return ref

    def _find_org(self, key: str, places: str) -> str | None:
        """The identity of a name: the one of the same place, else the one with no place stated; with no
        place stated, the only one of that name (clubs of one name in two cities stay two)."""
        refs = self._orgs.get(key, [])
        same = [r for r in refs if self.ids[r].match.get("places", "") == places]
        if same:
            return same[0]
        if places:
            unplaced = [r for r in refs if not self.ids[r].match.get("places")]
            return unplaced[0] if len(unplaced) == 1 else None
        return refs[0] if len(refs) == 1 else None

    def _index_org(self, ident: Identity, key: str, core: str) -> None:
        if key not in ident.match["keys"]:
            ident.match["keys"].append(key)
        self._index_country(key)
        if ident.ref not in self._orgs.setdefault(key, []):
            self._orgs[key].append(ident.ref)
        self._initials.setdefault(initials(core), set()).add(core)

    def _index_country(self, key: str) -> None:
        country = COUNTRY_QUALIFIER.search(key)
        if country:
            self._body_countries.setdefault(key[:country.start()], set()).add(country.group(1))

    def _expansion(self, short: str, acronym: bool) -> tuple[str, str | None] | None:
        """(name, country the acronym itself names or None) a short form stands for: the one it was seen
        expanded to most, else (an acronym of three letters or more) the only known name with those initials."""
        seen = self._acronyms.get(short)
        if seen:
            return max(seen, key=lambda k: (seen[k], k[0], k[1] or ""))
        names = self._initials.get(short, set()) if acronym and len(short) >= MIN_INITIALS else set()
        return (next(iter(names)), None) if len(names) == 1 else None

    def _placeholder_org(self, m: OrgMention, doc: Document) -> str:
        """An acronym nobody has expanded yet: one identity per acronym and document country, which the
        first name with that acronym (and a compatible country) claims."""
        key = f"acr:{m.short}"
        ref = self._find_org(key, "")
        if ref is None:
            country = m.country or doc.sentence_country(m.index) or doc.main_country
            ref = self._new("ORG", m.display, {"keys": [key], "core": None, "short": {}, "country": country}).ref
            self._orgs.setdefault(key, []).append(ref)
        return ref

    def _claim(self, short: str | None, qualifier: str, bound: str | None) -> str | None:
        """A waiting acronym placeholder the new name takes over ("BMT" seen alone before); a national
        body only takes one seen in a document of its own country, unless the acronym names it."""
        ref = self._find_org(f"acr:{short}", "") if short else None
        if ref is None:
            return None
        ident = self.ids[ref]
        if ident.match.get("core") or (qualifier and not bound and qualifier != f" [{ident.match.get('country')}]"):
            return None
        return ref  # the caller names it and indexes it under its name

    # -- places -----------------------------------------------------------------------------------------
    def _region(self, norm: str) -> str:
        country = region_countries().get(az_lower(norm))
        key = az_lower(norm) + (f" [{country}]" if country else "")
        if key not in self._regions:
            self._new("REGION", norm + (f" [{country}]" if country else ""), {"keys": [key]})
        return self._regions[key]

    # -- leaders and statistics ------------------------------------------------------------------------
    def _leaders(self, doc: Document, leaders: list, refs: dict[int, str]) -> list:
        by_span = {(doc.ents[i]["start"], doc.ents[i]["end"]): r for i, r in refs.items()
                   if doc.ents[i].get("label") == "PERSON"}
        out = []
        for lead in leaders:
            if isinstance(lead, dict):
                spans = [tuple(s) for s in lead.get("mentions") or [] if isinstance(s, list) and len(s) == 2]
                ref = next((by_span[s] for s in spans if s in by_span), None)
                lead = {**lead, "ref": ref}
            out.append(lead)
        return out

    def _count(self, doc: Document, record: dict, refs: dict[int, str]) -> None:
        date = record.get("date") if isinstance(record.get("date"), str) else None
        for i, ref in refs.items():
            ident = self.ids[ref]
            ident.mentions += 1
            ident.variants[str(doc.ents[i].get("text") or doc.norm(i))] += 1
            country = COUNTRY_QUALIFIER.search(ident.match.get("keys", [""])[0])
            if country:
                ident.countries[country.group(1)] += 1
        org_refs = {doc.norm(i): r for i, r in refs.items() if doc.ents[i].get("label") == "ORG"}
        for lead in record.get("leaders") or []:
            if isinstance(lead, dict) and lead.get("ref") in self.ids and lead.get("title"):
                ident = self.ids[lead["ref"]]
                org = org_refs.get(str(lead.get("org")), lead.get("org"))
                ident.add_title(str(lead["title"]), lead.get("country"), org, date)
                if lead.get("country"):
                    ident.countries[lead["country"]] += 1
                if org:
                    ident.orgs[org] += 1
        present = sorted(set(refs.values()))
        for ref in present:
            ident = self.ids[ref]
            ident.seen(date)
            ident.cooccurs.update(r for r in present if r != ref)


def _event_refs(events: list, entities: list, refs: dict[int, str]) -> list:
    """Copies of `events` whose arguments carry their entity's new ref (an argument is an entity span
    of the record: same start, end and label), so that the event table and the money flows identify
    the parties across the corpus."""
    by_span = {(entities[i].get("start"), entities[i].get("end"), entities[i].get("label")): r
               for i, r in refs.items()}
    out = []
    for ev in events:
        if isinstance(ev, dict) and isinstance(ev.get("args"), list):
            args = []
            for a in ev["args"]:
                ref = by_span.get((a.get("start"), a.get("end"), a.get("label"))) if isinstance(a, dict) else None
                args.append({**a, "ref": ref} if ref is not None else a)
            ev = {**ev, "args": args}
        out.append(ev)
    return out
