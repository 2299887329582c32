"""Cohen's kappa between two annotators on tokens.

Each token of the text (the project's tokenizer, the tokens the model is trained on) gets the label
of the entity covering most of its characters, or "O". Kappa corrects the share of tokens on which
the two agree for the agreement their label frequencies would give by chance. Because most tokens
are "O" in both, kappa on all tokens is high by construction; kappa on the tokens that at least one
annotator labelled is the stricter figure, and both are reported.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

OUTSIDE = "O"


def token_labels(text: str, entities: Iterable[dict], offsets: Sequence[tuple[int, int]],
                 labels: Iterable[str] | None = None) -> list[str]:
    """One label per token (start, end): the label covering most of its characters, else "O"."""
    wanted = set(labels) if labels is not None else None
    chars = [OUTSIDE] * len(text)
    for ent in entities:
        if wanted is None or ent["label"] in wanted:
            chars[ent["start"]:ent["end"]] = [ent["label"]] * (ent["end"] - ent["start"])
    out = []
    for start, end in offsets:
        inside = Counter(c for c in chars[start:end] if c != OUTSIDE)
        out.append(inside.most_common(1)[0][0] if inside else OUTSIDE)
    return out


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """(p_o - p_e) / (1 - p_e); None when chance agreement is already total (one label everywhere)."""
    if len(a) != len(b):
        raise ValueError(f"{len(a)} labels against {len(b)}")
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    chance = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if chance == 1:
        return None
    return (observed - chance) / (1 - chance)


def kappas(a: Sequence[str], b: Sequence[str]) -> dict[str, float | int | None]:
    """Kappa on all tokens, and on the tokens at least one annotator labelled."""
    labelled = [(x, y) for x, y in zip(a, b) if x != OUTSIDE or y != OUTSIDE]
    return {"tokens": len(a), "kappa": cohen_kappa(a, b), "labelled_tokens": len(labelled),
            "kappa_labelled": cohen_kappa([x for x, _ in labelled], [y for _, y in labelled])}
