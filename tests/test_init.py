"""pipeline/__init__.py: blank() and load() build the components in an order their declared
requires/assigns accept, and analyze_pipes reports a component placed before the one it needs."""
from __future__ import annotations

import spacy

import pipeline


def problems(nlp) -> dict[str, list[str]]:
    return {name: found for name, found in nlp.analyze_pipes()["problems"].items() if found}


def test_rule_pipeline_order_satisfies_every_requirement():
    nlp = pipeline.blank()
    assert nlp.pipe_names == list(pipeline.RULE_COMPONENTS)
    assert problems(nlp) == {}


def test_shipped_pipeline_order_satisfies_every_requirement():
    nlp = pipeline.load()
    names = nlp.pipe_names
    assert names.index("az_block_quantities") < names.index("ner") < names.index("az_unblock_quantities")
    assert problems(nlp) == {}


def test_a_component_before_the_one_it_needs_is_reported():
    nlp = spacy.blank("az")
    for name in ("az_money", "az_unblock_quantities", "az_block_quantities", "az_link", "az_norm"):
        nlp.add_pipe(name)
    assert problems(nlp) == {"az_unblock_quantities": ["doc.spans"], "az_link": ["span._.norm"]}


def test_declared_assignments():
    nlp = pipeline.blank()
    assert "span._.norm" in nlp.get_pipe_meta("az_norm").assigns
    assert "doc._.leaders" in nlp.get_pipe_meta("az_link").assigns
    assert "token.is_sent_start" in nlp.get_pipe_meta("az_sentences").assigns
