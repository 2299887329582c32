"""FUND and TRADE: the modality a signing gives a money flow (ANNOTATION.md, Events).

A money flow told by a noun or an open verb form ("investisiya", "maliyyələşdirilən", "ayrılması") in a
sentence whose finite verb signs a document ("... investisiya yatırılmasına dair sazişlər imzaladılar",
"... investisiya hesabına maliyyələşdirilən Müqaviləsi imzalanıb") is agreed, not yet made: planned
("agreed to do later"). A flow told by its own finite verb ("kredit ayırıb") keeps that verb's modality.
"""
from __future__ import annotations

MONEY_TYPES = frozenset({"FUND", "TRADE"})
SIGNING = "AGREE"  # the event type whose finite verb trigger signs a document ("imzalanıb", "imza atıblar")
CONVERB = ("araq", "ərək")  # "razılığa gələrək ... kredit verdik": a converb signs in another clause


def signs(kind: str, closes: bool, last_word: str) -> bool:
    """True when a trigger of type `kind` that closes its clause with a finite verb (`closes`) and whose last
    lower-case word is `last_word` signs a document for the money flows of its sentence."""
    return kind == SIGNING and closes and not last_word.endswith(CONVERB)


def agreed_flow(kind: str, own: str, modality: str, signed: bool) -> str:
    """The modality of a `kind` event whose trigger's verb ending says `own` ("" for a noun, "open" for a
    participle or verbal noun) and whose cues gave `modality`; `signed`: a finite signing verb stands in
    its sentence."""
    if kind in MONEY_TYPES and signed and modality == "actual" and own in ("", "open"):
        return "planned"
    return modality
