"""The gazetteer's components: "az_places" presets its places before the ner; "az_gazetteer", after
the ner, corrects the ner's places and applies the cue rules (issue 4; each a config switch, measured by
benchmarks/cue_rules.py): a name before a generic place word is a REGION, a quoted name and the
organisation name after it are one ORG, the noun after a quoted name makes it an ORG or no entity, a
place in the genitive or a spatial case is split off the ORG it opens, a lone surname of a full name is
a PERSON, a one-word REGION/ORG labels its lone repetitions. Their word lists are data files under
pipeline/data/gazetteer/.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.names.cue_regions import cue_regions
from pipeline.names.gazetteer import find_shared
from pipeline.names.mentions import repeated_names, surname_mentions
from pipeline.names.place_rules import correct_places, free_places, split_places_off_orgs
from pipeline.names.quoted_names import join_quoted_orgs, quoted_name_kinds


@Language.factory("az_gazetteer", requires=["doc.ents", "token.is_sent_start"],
                  assigns=["doc.ents", "token.ent_iob", "token.ent_type", "token.ent_kb_id"],
                  default_config={"regions": True, "correct": True, "cues": True, "quoted_orgs": True,
                                  "split_places": True, "quoted_kinds": True, "surnames": True,
                                  "repeated": True})
def create_az_gazetteer(nlp: Language, name: str, regions: bool, correct: bool, cues: bool = True,
                        quoted_orgs: bool = True, split_places: bool = True,
                        quoted_kinds: bool = True, surnames: bool = True, repeated: bool = True):
    """Add COUNTRY/REGION spans on tokens the NER left empty, never inside or next to an ORG name.
    regions: also use the place names of the training gold; correct: let the names fix the NER's
    COUNTRY/REGION labels and drop a COUNTRY that is no country name (see `correct_places`);
    quoted_orgs: join a quoted name and the organisation name after it (`join_quoted_orgs`);
    cues: a name before a generic place word is a REGION (`cue_regions`);
    split_places: a place name in the genitive or a spatial case that opens an ORG is its own span
    (`split_places_off_orgs`); quoted_kinds: the noun after a quoted name makes it an ORG or no entity
    (`quoted_name_kinds`); surnames: a lone surname of a full name in the document is a PERSON
    (`surname_mentions`); repeated: a one-word REGION/ORG labels its lone repetitions (`repeated_names`)."""
    def az_gazetteer(doc: Doc) -> Doc:
        # reading doc.ents builds every Span: the rules that take `ents` get the last read, read again
        # only after something wrote the entities
        read: list = [None]

        def ents() -> tuple[Span, ...]:
            if read[0] is None:
                read[0] = doc.ents
            return read[0]

        def apply(new: list[Span] | None) -> None:
            if new is not None:  # writing doc.ents rewrites every token: only on a change
                doc.ents = new
                read[0] = None

        matches = find_shared(doc, regions)
        if correct:
            apply(correct_places(doc, matches, ents()))
        if split_places:
            apply(split_places_off_orgs(doc, matches, ents()))
        if quoted_orgs:
            apply(join_quoted_orgs(doc))
        if quoted_kinds:
            apply(quoted_name_kinds(doc))
            read[0] = None  # it may drop entities itself
        new = free_places(doc, matches)
        if new:
            doc.set_ents(new, default="unmodified")
            read[0] = None
        if cues:
            apply(cue_regions(doc))
        if surnames:
            apply(surname_mentions(doc, ents()))
        if repeated:
            apply(repeated_names(doc, ents()))
        return doc
    return az_gazetteer


@Language.factory("az_places", requires=["token.is_sent_start"],
                  assigns=["doc.ents", "token.ent_iob", "token.ent_type", "token.ent_kb_id"],
                  default_config={"regions": True})
def create_az_places(nlp: Language, name: str, regions: bool):
    """Before the ner: preset the gazetteer's COUNTRY/REGION matches, which the ner then respects.
    The names are precise (dev, rules alone: COUNTRY P 0.988, REGION P 0.979), more so than the
    model's places; `az_gazetteer` after the ner still applies its cue rules to everything."""
    def az_places(doc: Doc) -> Doc:
        new = free_places(doc, find_shared(doc, regions))
        if new:
            doc.set_ents(new, default="unmodified")
        return doc
    return az_places
