"""The "az_events" component: events of ANNOTATION.md in `doc._.events`, from triggers, entities, sentences.

Per sentence: every trigger of the lexicon (lexicon.py) is found; triggers of one type that touch are one
trigger ("investisiya yatırılıb"); each becomes an event with the arguments its sentence's entities fill
(arguments.py) and a modality (modality.py). An event whose required role stays empty is none (a FUND needs a
MONEY, an APPOINT a PERSON, a MEET a participant), nor one a trigger's `needs` column refuses ("müzakirə"
needs two parties), nor a weak trigger's beside a strong one of its type, nor one in a sentence with a veto
word (a score, a decree), nor one that clauses.py finds a mention rather than a report, nor an agreement cited
("razılaşmaya əsasən"). Entities between a trigger and the next finite verb trigger of its type are that
verb's (verb-final clauses, matches.py). After the headline and lead, an event that names nothing new only
refers back. With `learned` (off by default: it no longer wins on the pooled cross-validation of
benchmarks/events_cv.py), the learned filter (learned.py, weights in pipeline/data/events/filter.tsv) then
drops the events it finds unlikely. APPOINT events are added to the person's entry in `doc._.leaders`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.sentences import sentence_bounds
from pipeline.events.arguments import appointments, assign, candidates, is_attribute
from pipeline.events.clauses import (PLACES, SITE_REACH, ArrivalSites, arrives, genitive, opens_clause, own_party,
                                     qualifies_noun, receives_someone, relative, without_subjects)
from pipeline.events import learned as learned_filter
from pipeline.events.lexicon import (Trigger, candidates as trigger_candidates, citing_words, frame_words, vetoed,
                                     word_matches)
from pipeline.events.matches import Match, after_previous, finite, own_side, shared_subject
from pipeline.events.modality import modality
from pipeline.events.money import agreed_flow, signs
from pipeline.events.offices import without_others_title
from pipeline.events.visitors import not_visitors

PARTY_ROLES = frozenset({"participant", "party", "visitor", "giver", "receiver", "person"})
NEEDS_REACH = 2  # words that may stand between a needed role's entity and its trigger ("sədri vəzifəsinə yenidən")
STARTS_CACHE = 200_000  # norms remembered by `trigger_starts` before the cache starts afresh
_STARTS: dict[int, tuple[Trigger, ...]] = {}


def trigger_starts(doc: Doc, norms: list[int]) -> list[tuple[int, tuple[Trigger, ...]]]:
    """(token index, triggers whose first word it may be) for the tokens that may open a trigger.
    Read from the NORM hashes with a cache per norm, so that the Doc's other tokens cost no Token
    object (most words of a news text open no trigger)."""
    strings = doc.vocab.strings
    if len(_STARTS) > STARTS_CACHE:
        _STARTS.clear()
    out = []
    for i, h in enumerate(norms):
        trigs = _STARTS.get(h)
        if trigs is None:
            trigs = _STARTS[h] = tuple(trigger_candidates(strings[h]))
        if trigs:
            out.append((i, trigs))
    return out


def find_triggers(doc: Doc, lo: int, hi: int, starts: list[tuple[int, tuple[Trigger, ...]]],
                  arrival: bool = True) -> list[Match]:
    """Every lexicon trigger in tokens lo..hi (`starts`: those of `trigger_starts` in lo..hi),
    touching matches of one type merged; `arrival`: with the "needs: arrival" light verbs."""
    found: list[Match] = []
    for i, trigs in starts:
        for trig in trigs:
            if not arrival and trig.arrival:
                continue
            match = _match_at(doc, i, hi, trig)
            if match is not None:
                found.append(match)
    found.sort(key=lambda m: (m.start, -m.end))
    merged: list[Match] = []
    for m in found:
        # a light verb stays apart ("səfərdə olub" is the noun's visit; "olub" is one only after a place)
        prev = next((p for p in reversed(merged) if p.trigger.type == m.trigger.type and m.start <= p.end
                     and not (p.trigger.arrival or m.trigger.arrival)), None)
        if prev is None:
            merged.append(m)
            continue
        if m.end > prev.end:
            prev.end, prev.verb_last = m.end, m.verb_last
        prev.own = m.own or prev.own  # the verb's ending speaks for the phrase ("investisiya yatırılacaq")
        prev.trigger = prev.trigger if not prev.trigger.weak else m.trigger
    return merged


def _match_at(doc: Doc, i: int, hi: int, trig: Trigger) -> Match | None:
    own = ""
    for k, word in enumerate(trig.words):
        if i + k >= hi:
            return None
        said = word_matches(word, doc[i + k].norm_)
        if said is None:
            return None
        own = said or own
    start = i
    if trig.before:  # read from the rarer verb ("çəkib"), the common word before it checked here ("baş")
        if i == 0 or doc[i - 1].norm_ != trig.before:
            return None
        start = i - 1
    return Match(trig, start, i + len(trig.words), own, trig.words[-1].verb)


def identity(span: Span) -> str:
    """What an argument names, for telling a new event from one referred back to: a person's resolved
    name or surname, another entity's lower-case norm, a quantity's text."""
    if span.label_ == "PERSON":
        name = span.kb_id_ or span._.norm or span.text
        return "PERSON " + az_lower(name).split()[-1]
    return f"{span.label_} {az_lower(span._.norm or span.text)}"


@dataclass(frozen=True)
class Options:
    """The component's config (chosen by cross-validation: benchmarks/events_cv.py)."""
    after: int = 3  # words after a trigger in which a modality cue counts
    weak: bool = True  # keep weak triggers (triggers.tsv)
    lead: int | None = 2  # sentences (headline, lead) before which no event refers back; None: never
    vetoes: bool = True  # sentences with a veto word (vetoes.tsv) carry no event of its type
    genitive: tuple[str, ...] = ("AGREE", "MEET")  # types whose noun triggers in the genitive name a topic
    clause: bool = True  # refer-back openings also count after "ki" ("xəbər verir ki, görüşdə")
    guests: bool = True  # "needs: guest" triggers need someone received right before them
    compound: tuple[str, ...] = ("MEET", "AGREE")  # types whose bare noun trigger before a possessive noun qualifies it
    relative: tuple[str, ...] = ("VISIT",)  # types whose trigger in -an/-ən before a noun loses the subjects before it
    adjacent: bool = True  # a trigger's `needs` role must stand right before it (NEEDS_REACH)
    verb_final: bool = True  # entities between a trigger and the next verb trigger of its type are the verb's
    bilateral: bool = True  # "needs: countries=2" triggers need two countries named in the sentence
    cased: bool = True  # the compound rule also holds before a possessive in a case ("danışıqlar masasında")
    described: bool = True  # a passive participle before a genitive trigger makes it an event ("aparılan danışıqların")
    arrival: bool = True  # "needs: arrival" triggers ("gəl-", "ol-") are visits right after a destination; off: none
    cut_name: bool = True  # a capitalised accusative right after a PERSON is a guest ("[Feridun] Sinirlioğlunu")
    framed: bool = True  # a framing noun trigger with its own party before it is no refer-back ("ABŞ-a səfəri zamanı")
    clauses: tuple[str, ...] = ("AGREE",)  # types whose second finite verb trigger takes only the entities after
    # the first (MEET, VISIT: no gain, their subject is shared; APPOINT: a loss, "seçilib, ... yenidən seçilib")
    hosts: bool = True  # a visit's host in the genitive and whoever orders it are no visitor (visitors.py)
    cited: tuple[str, ...] = ("AGREE",)  # types whose noun trigger before a citing word of frames.tsv is none
    shared: tuple[str, ...] = ("MEET", "VISIT")  # types whose second finite verb trigger takes the entities after
    # the first and the subject before it in the direct case (matches.shared_subject)
    signed: bool = True  # a FUND/TRADE noun trigger beside a finite signing verb is planned (money.py)
    titles: bool = True  # an APPOINT drops a title right before another person (offices.py)


def arrival_sites(doc: Doc, ents: list[Span], starts: list[tuple[int, tuple[Trigger, ...]]]) -> ArrivalSites:
    """The openings of light verbs in `starts` that may be arrivals, among the sentence's entities `ents`
    (clauses.ArrivalSites)."""
    return ArrivalSites(doc, ents, [i for i, trigs in starts if any(t.arrival for t in trigs)])


NO_ARRIVALS = ArrivalSites(None, [], [])  # a sentence without light verbs (its place tests are never asked)


def countries(ents: list[Span]) -> set[str]:
    """The different countries among `ents` (ISO code, else the lower-case norm)."""
    return {e.kb_id_ or az_lower(e._.norm or e.text) for e in ents if e.label_ == "COUNTRY"}


def _enough(doc: Doc, ents: list[Span], m: Match, args: list[tuple[str, Span]], opts: Options,
            headed: Span | None = None) -> bool:
    if m.trigger.needs == "guest":
        return not opts.guests or receives_someone(doc, ents, m.start, opts.cut_name)
    if m.trigger.arrival:  # "Bakıya gəlib", not "Konqoda həlak olub"
        return arrives(doc, args, m.start, m.own, headed)
    if m.trigger.needs == "parties=2" or (m.trigger.needs == "countries=2" and not opts.bilateral):
        return sum(role in PARTY_ROLES for role, _ in args) >= 2
    if m.trigger.needs == "countries=2":  # a ceremony attended by two states' leaders, not an official's visit at home
        return sum(role in PARTY_ROLES for role, _ in args) >= 2 and len(countries(ents)) >= 2
    if m.trigger.needs and not m.trigger.before:  # the role's entity right before the trigger ("sədr seçib"; "Prezident ... seçdiyi yol" is a choice)
        reach = NEEDS_REACH if opts.adjacent else len(doc)
        return any(role == m.trigger.needs and 0 <= m.start - e.end <= reach for role, e in args)
    return True


def _refers_back(doc: Doc, ents: list[Span], m: Match, lo: int, hi: int, opts: Options) -> bool:
    """A noun trigger opening its sentence (or, with `opts.clause`, the clause after "ki") in the
    locative or ablative ("Görüşdə ...", "Toplantıdan sonra") or framing it ("görüş zamanı",
    frames.tsv) speaks of an event already told; with `opts.framed`, not a framing one whose own party
    stands before it ("Vaşinqtona səfəri zamanı": clauses.own_party)."""
    if m.own:
        return False
    opens = opens_clause(doc, m.start, lo) if opts.clause else m.start == lo
    if opens and doc[m.end - 1].norm_.endswith(("da", "də", "dan", "dən")):
        return True
    return (m.end < hi and doc[m.end].norm_ in frame_words()
            and not (opts.framed and not m.trigger.weak and own_party(doc, ents, m.start, m.trigger.type)))


def sentence_events(doc: Doc, lo: int, hi: int, ents: list[Span], starts: list[tuple[int, tuple[Trigger, ...]]],
                    norms: list[int], opts: Options = Options(), later: bool = False,
                    sites: ArrivalSites | None = None) -> list[tuple[dict[str, Any], frozenset[str]]]:
    """The events of the sentence of tokens lo..hi with entities `ents` (in order) and trigger
    openings `starts` (`norms`: the Doc's NORM hashes), each with the identities of its arguments;
    `later`: the sentence comes after the lead; `sites`: `arrival_sites` of the sentence (computed here
    when not given)."""
    if sites is None:
        sites = arrival_sites(doc, ents, starts)
    matches = find_triggers(doc, lo, hi, starts, opts.arrival)
    # "ol-", "gəl-" are everywhere: without a place right before they are no visit, nor close a clause
    matches = [m for m in matches if not m.trigger.arrival or m.start in sites]
    if not matches:
        return []
    words = [doc.vocab.strings[h] for h in norms[lo:hi]] if opts.vetoes else []
    strong_types = {m.trigger.type for m in matches if not m.trigger.weak}
    usable = candidates(doc, ents)
    signing = opts.signed and any(signs(m.trigger.type, finite(doc, m), doc[m.end - 1].norm_) for m in matches)
    # a weak trigger beside a strong one of its type is none (and claims no arguments)
    matches = [m for m in matches if not m.trigger.weak or (opts.weak and m.trigger.type not in strong_types)]
    out = []
    for m in matches:
        kind = m.trigger.type
        if (opts.vetoes and vetoed(kind, words)) or (later and _refers_back(doc, ents, m, lo, hi, opts)):
            continue
        if kind in opts.genitive and not m.own and genitive(doc, m.start, m.end, opts.described):
            continue
        if kind in opts.cited and not m.verb_last and m.end < hi and doc[m.end].norm_ in citing_words():
            continue  # "razılaşmaya əsasən", "imzalanmış Memorandum çərçivəsində": a document cited, not signed
        if kind in opts.compound and not m.own and qualifies_noun(doc, m.start, m.end, hi, m.trigger.words[-1].forms,
                                                                       opts.cased):
            continue
        mine = own_side(doc, usable, m, matches) if opts.verb_final else usable
        if kind in opts.clauses:
            mine = after_previous(doc, mine, m, matches)
        elif kind in opts.shared:
            mine = shared_subject(doc, mine, m, matches)
        if kind in opts.relative and relative(doc, m.end, hi, m.verb_last):
            mine = without_subjects(mine, m.start)
        if kind == "VISIT" and opts.hosts:
            mine = not_visitors(doc, mine, m.start, m.end, hi, m.verb_last)
        if m.trigger.arrival and opts.verb_final:  # the light verb ends its clause: what follows is the next one's
            mine = [e for e in mine if e.end <= m.start]
        # "arrival=entity": the entity itself, not a common noun it names ("Rusiya ərazi güzəştlərinə getməli")
        headed = sites.site(m.start) if m.trigger.needs == "arrival" else None
        args = assign(mine, kind, m.start, m.end, dict([headed]) if headed else None)
        if args is None or not _enough(doc, ents, m, args, opts, headed[0] if headed else None):
            continue
        arg_lists = [args]
        if kind == "APPOINT":
            if is_attribute(doc, ents, m.end):
                continue
            arg_lists = appointments(doc, ents, args)
            if opts.titles:
                arg_lists = [without_others_title(doc, ents, a) for a in arg_lists]
        span = doc[m.start:m.end]
        # a document's own horizon ("2025-2027-ci illər üçün Fəaliyyət Planı") says nothing of its signing
        dates = tuple(e._.value for role, e in args if role == "date" and isinstance(e._.value, str)
                      and kind != "AGREE")
        mod = modality(doc, m.start, m.end, (lo, hi), m.own, opts.after, dates)
        if opts.signed:
            mod = agreed_flow(kind, m.own, mod, signing)
        for args in arg_lists:
            event: dict[str, Any] = {
                "type": kind,
                "trigger": {"start": span.start_char, "end": span.end_char, "text": span.text},
                "modality": mod,
                "args": [{"role": role, "start": e.start_char, "end": e.end_char, "label": e.label_,
                          "text": e.text} for role, e in args]}
            if kind == "APPOINT":
                event["change"] = m.trigger.change or "start"
            out.append((event, frozenset(identity(e) for _, e in args)))
    return out


def doc_events(doc: Doc, opts: Options = Options()) -> list[dict[str, Any]]:
    """Every event of `doc`, sentence by sentence (the whole Doc when it has no sentence starts).
    After the lead sentences, an event that names nothing new for its type only refers back and is
    dropped (ANNOTATION.md)."""
    norms = doc.to_array(NORM).tolist()
    starts = trigger_starts(doc, norms)
    ents = list(doc.ents)  # spaCy keeps them in token order
    # "ol-", "gəl-" open a word in most sentences: only one shortly after a place may be an arrival, so
    # that the others cost no sentence (arrival_sites checks what stands between, once per verb)
    after_place = {e.end + k for e in ents if e.label_ in PLACES for k in range(SITE_REACH + 1)}
    starts = [(i, trigs) for i, trigs in starts if not all(t.arrival for t in trigs) or i in after_place]
    light = {i for i, trigs in starts if i in after_place and any(t.arrival for t in trigs)}
    if not starts:
        return []
    bounds = sentence_bounds(doc)
    out: list[dict[str, Any]] = []
    seen: dict[str, set[str]] = {}
    k = a = 0
    for n, (lo, hi) in enumerate(bounds):
        while k < len(ents) and ents[k].start < lo:
            k += 1
        j = k
        while j < len(ents) and ents[j].start < hi:
            j += 1
        b = a
        while b < len(starts) and starts[b][0] < hi:
            b += 1
        mine, a = starts[a:b], b
        verbs = [i for i, _ in mine if i in light] if light else None
        sites = ArrivalSites(doc, ents[k:j], verbs) if verbs else NO_ARRIVALS
        if verbs:
            mine = [(i, trigs) for i, trigs in mine if i in sites or not all(t.arrival for t in trigs)]
        if not mine:
            k = j
            continue
        later = opts.lead is not None and n >= opts.lead
        for event, keys in sentence_events(doc, lo, hi, ents[k:j], mine, norms, opts, later, sites):
            known = seen.setdefault(event["type"], set())
            if later and keys <= known:
                continue
            known |= keys
            out.append(event)
        k = j
    return out


def add_appointments(leaders: list[dict], events: list[dict[str, Any]]) -> None:
    """Give each leader the APPOINT events whose person is one of its mentions."""
    by_mention = {tuple(m): lead for lead in leaders for m in lead.get("mentions", [])}
    for event in events:
        if event["type"] != "APPOINT":
            continue
        args = {a["role"]: a for a in event["args"]}
        person = args.get("person")
        lead = by_mention.get((person["start"], person["end"])) if person else None
        if lead is None:
            continue
        lead.setdefault("appointments", []).append({
            "change": event["change"], "modality": event["modality"], "trigger": event["trigger"]["text"],
            "title": args["title"]["text"] if "title" in args else None,
            "org": args["org"]["text"] if "org" in args else None,
            "date": args["date"]["text"] if "date" in args else None})


@Language.factory("az_events", default_config={"after": 3, "weak": True, "lead": 2, "vetoes": True,
                                                "genitive": ["AGREE", "MEET"], "clause": True, "guests": True,
                                                "compound": ["MEET", "AGREE"], "relative": ["VISIT"], "adjacent": True,
                                                "verb_final": True, "bilateral": True, "described": True, "cased": True,
                                                "arrival": True, "learned": False},
                  requires=["doc.ents", "token.is_sent_start", "span._.norm"],
                  assigns=["doc._.events", "doc._.leaders"])
def create_az_events(nlp: Language, name: str, after: int, weak: bool, lead: int | None, vetoes: bool,
                     genitive: list[str], clause: bool, guests: bool, compound: list[str], relative: list[str],
                     adjacent: bool, verb_final: bool, bilateral: bool, described: bool, cased: bool,
                     arrival: bool, learned: bool):
    """The settings are those of `Options`; `learned`: apply the learned filter to the rules' events."""
    opts = Options(after=after, weak=weak, lead=lead, vetoes=vetoes, genitive=tuple(genitive), clause=clause,
                   guests=guests, compound=tuple(compound), relative=tuple(relative), adjacent=adjacent,
                   verb_final=verb_final, bilateral=bilateral, described=described,
                   cased=cased, arrival=arrival)
    model = learned_filter.shipped() if learned else None

    def az_events(doc: Doc) -> Doc:
        events = doc_events(doc, opts)
        if model is not None and events:
            events = learned_filter.keep(doc, events, model)
        doc._.events = events
        if doc._.leaders:
            add_appointments(doc._.leaders, events)
        return doc
    return az_events
