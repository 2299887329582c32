"""The registry: one JSON line per identity (ref), what researchers query, and the linker's saved state.

Fields: `ref, label, name` (canonical), `variants` (surface forms with counts), `titles` (title, country,
org, first and last date seen), `countries`, `orgs` (for people: where they hold a title), `documents`,
`mentions`, `first_seen`, `last_seen`, `cooccurs` (refs met in the same document, most frequent first)
and `match` (the keys the linker finds the identity by; see linker.py). Sizes grow with the number of
distinct identities and of their forms, never with the number of articles.
"""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, TextIO

from pipeline.io import json_lines

TOP_COOCCURS = 10  # shown by `summary`; the registry keeps all, so that a continued run counts on exactly


def ranked(counts: Counter) -> dict[str, int]:
    """Most frequent first, ties by name: the same file whatever order the counts were made in."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))


@dataclass
class Identity:
    ref: str
    label: str
    name: str
    variants: Counter = field(default_factory=Counter)
    titles: dict[tuple[str, str | None, str | None], list[str | None]] = field(default_factory=dict)
    countries: Counter = field(default_factory=Counter)
    orgs: Counter = field(default_factory=Counter)
    documents: int = 0
    mentions: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    cooccurs: Counter = field(default_factory=Counter)
    match: dict[str, Any] = field(default_factory=dict)

    def seen(self, date: str | None) -> None:
        """A document that mentions this identity, published on `date` (ISO, may be None)."""
        self.documents += 1
        if isinstance(date, str) and date:
            self.first_seen = min(filter(None, (self.first_seen, date)))
            self.last_seen = max(filter(None, (self.last_seen, date)))

    def add_title(self, title: str, country: str | None, org: str | None, date: str | None) -> None:
        span = self.titles.setdefault((title, country, org), [None, None])
        if isinstance(date, str) and date:
            span[0] = min(filter(None, (span[0], date)))
            span[1] = max(filter(None, (span[1], date)))

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "label": self.label, "name": self.name,
                "variants": ranked(self.variants),
                "titles": [{"title": t, "country": c, "org": o, "first": f, "last": la}
                           for (t, c, o), (f, la) in sorted(self.titles.items(), key=lambda kv: (kv[1][0] or "", kv[0][0]))],
                "countries": ranked(self.countries), "orgs": ranked(self.orgs),
                "documents": self.documents, "mentions": self.mentions,
                "first_seen": self.first_seen, "last_seen": self.last_seen,
                "cooccurs": ranked(self.cooccurs), "match": self.match}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Identity":
        """The inverse of to_json; raises KeyError/TypeError/ValueError on a line that is no registry entry."""
        ident = cls(str(obj["ref"]), str(obj["label"]), str(obj["name"]))
        ident.variants.update(dict(obj.get("variants") or {}))
        for t in obj.get("titles") or []:
            ident.titles[(t["title"], t.get("country"), t.get("org"))] = [t.get("first"), t.get("last")]
        ident.countries.update(dict(obj.get("countries") or {}))
        ident.orgs.update(dict(obj.get("orgs") or {}))
        ident.documents, ident.mentions = int(obj.get("documents") or 0), int(obj.get("mentions") or 0)
        ident.first_seen, ident.last_seen = obj.get("first_seen"), obj.get("last_seen")
        ident.cooccurs.update(dict(obj.get("cooccurs") or {}))
        ident.match = dict(obj.get("match") or {})
        return ident


def is_registry_entry(obj: Any) -> bool:
    """A registry line (as opposed to an annotated record): has ref, label, name and no text."""
    return isinstance(obj, dict) and {"ref", "label", "name"} <= obj.keys() and "text" not in obj


def write_edges(identities: Iterable[Identity], out: TextIO) -> int:
    """Co-occurrence graph as CSV: source, target, weight (documents naming both), each pair once."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target", "weight", "source_label", "target_label"])
    labels = {}
    pairs = []
    for ident in identities:
        labels[ident.ref] = ident.label
        pairs += [(ident.ref, other, n) for other, n in ident.cooccurs.items() if ident.ref < other]
    pairs.sort(key=lambda p: (-p[2], p[0], p[1]))
    for a, b, n in pairs:
        writer.writerow([a, b, n, labels.get(a, ""), labels.get(b, "")])
    return len(pairs)


def summarize_registry(entries: list[dict], top: int = 15) -> str:
    """Readable summary: the most mentioned people and organisations, and titles over time."""
    out = [f"{len(entries)} identities: " + ", ".join(f"{n} {label}" for label, n in
                                                       Counter(e.get("label") for e in entries).most_common())]
    for label, heading in (("PERSON", "people"), ("ORG", "organisations"), ("REGION", "places")):
        group = sorted((e for e in entries if e.get("label") == label),
                       key=lambda e: (-int(e.get("documents") or 0), e["ref"]))[:top]
        if not group:
            continue
        out += ["", f"top {heading} (documents, mentions, seen):"]
        for e in group:
            with_ = ", ".join(list(e.get("cooccurs") or {})[:3])
            out.append(f"  {e['name']:<40}{e.get('documents', 0):>6}{e.get('mentions', 0):>7}  "
                       f"{e.get('first_seen') or '?'}..{e.get('last_seen') or '?'}"
                       + (f"  with {with_}" if with_ else ""))
    titles = sorted(((t.get("first") or "", t.get("last") or "", e["name"], t) for e in entries
                     if e.get("label") == "PERSON" for t in e.get("titles") or []), key=lambda x: x[:3])
    if titles:
        out += ["", "titles over time (first..last seen):"]
        for first, last, name, t in titles:
            where = ", ".join(str(x) for x in (t.get("country"), t.get("org")) if x)
            out.append(f"  {first or '?'}..{last or '?'}  {name} — {t['title']}" + (f" ({where})" if where else ""))
    return "\n".join(out)


def read_registry(path: str) -> list[Identity]:
    """Identities of a registry file; a line that is no registry entry stops with a ValueError naming it."""
    out = []
    for n, obj, problem in json_lines(path):
        try:
            if not is_registry_entry(obj):
                raise ValueError(problem or "not a registry entry (needs ref, label, name)")
            out.append(Identity.from_json(obj))
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{path}, line {n}: {e}") from None
    return out
