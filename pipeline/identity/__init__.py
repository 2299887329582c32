"""Identities across a corpus: one `ref` per person, organisation and place, and the registry of them.

Distinct from `az_link` (pipeline/linking.py), which works inside one document (country codes, a person's
full name, leaders) and whose results this package reads. Modules: names (keys: transliteration fold,
initials, acronyms, national bodies), document (one record's groups), linker (`Linker`, the state across
records), registry (the JSONL registry, graph and summary), scoring (B-cubed and pairwise scores of refs).
"""
from pipeline.identity.linker import Linker

__all__ = ["Linker"]
