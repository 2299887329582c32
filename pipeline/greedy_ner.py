"""The ner's greedy decoding in numpy: spaCy's own moves, scores and validity rules, run without
spaCy's compiled parser loop.

Why: spaCy 3.8's wheels for Python < 3.12 are compiled with Cython profiling on, and inside the
parser's `nogil` loop every inlined helper (a validity check's `StateC.B_`, the hidden layer's
`Vec.arg_max`) then takes and drops the GIL. `perf` showed the loop at about half of the ner's time,
a third of it in GIL handling (benchmarks/ner_decode.py).

What makes a cheap exact decode possible: the NER transition system (BILUO, one move per token)
looks at three tokens, the next one (B0), the open entity's first word and the word before B0, the
last two only while an entity is open. With no entity open, the features, scores and valid moves of
a token depend on that token alone, so they are computed for every token of a batch at once; only
the tokens after an entity's first word are decoded one by one. The arithmetic is spaCy's, in the
same order (hidden layer: sum of precomputed features, then bias, then maxout; output layer: BLIS's
sgemm, as spaCy's `CBlas`, then bias), and the validity rules are those of
`spacy/pipeline/_parser_internals/ner.pyx` (preset and blocked entities, sentence starts, spaces).
`benchmarks/ner_decode.py` checks that entities are identical to spaCy's on the news.

The factory "az_ner" makes this component: spaCy's EntityRecognizer (same model, training and
files) whose `predict`/`set_annotations` decode in numpy when the ner is greedy (beam width 1), on
CPU, with every class seen in training, and fall back to spaCy's loop otherwise. config.cfg and the
shipped model name it as the factory of their `ner`.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy
from blis.py import gemm
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline.ner import DEFAULT_NER_MODEL
from spacy.tokens import Doc, Span
from thinc.api import NumpyOps

__all__ = ["GreedyEntityRecognizer", "decode"]

O, B, I, L, U = range(5)
_KINDS = {"B": B, "I": I, "L": L, "U": U}


class Moves:
    """The ner's classes as arrays: kind (O/B/I/L/U) and label id of each output column."""

    def __init__(self, ner) -> None:
        names = [ner.moves.get_class_name(c) for c in range(ner.moves.n_moves)]
        strings = ner.vocab.strings
        self.kind = numpy.array([O if n == "O" else _KINDS[n[0]] for n in names], dtype="i")
        self.label = numpy.array([0 if n == "O" or n == "U-" else strings[n[2:]] for n in names],
                                 dtype="uint64")
        self.n = len(names)
        self.names = tuple(names)
        # the columns an open entity may move to, by label: decoding token by token tests these few
        # instead of building masks over every class at each step
        kinds, labels = self.kind.tolist(), self.label.tolist()
        self.kinds = kinds
        self.inside: dict[int, list[int]] = {}
        self.last: dict[int, list[int]] = {}
        for c, (k, lab) in enumerate(zip(kinds, labels)):
            if k == I:
                self.inside.setdefault(lab, []).append(c)
            elif k == L and lab != 0:
                self.last.setdefault(lab, []).append(c)
        self.blocked = [c for c, (k, lab) in enumerate(zip(kinds, labels)) if k == U and lab == 0]


def _features(docs: list[Doc]) -> tuple[numpy.ndarray, ...]:
    """Per token of the batch: preset IOB, preset type, sentence start, is_space."""
    arrays = [d.to_array([ENT_IOB, ENT_TYPE, SENT_START, IS_SPACE]) for d in docs if len(d)]
    a = numpy.concatenate(arrays).astype("int64")
    return a[:, 0], a[:, 1].astype("uint64"), a[:, 2], a[:, 3].astype(bool)


def _next(values: numpy.ndarray, lengths: list[int]) -> numpy.ndarray:
    """values[i + 1] within each doc, 0 after a doc's last token (spaCy's empty token)."""
    out = numpy.zeros_like(values)
    out[:-1] = values[1:]
    ends = numpy.cumsum(lengths) - 1
    out[ends[numpy.asarray(lengths) > 0]] = 0
    return out


def _scores(hidden: numpy.ndarray, W: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    out = gemm(hidden, W, trans2=True)
    out += b
    return out


def _hidden(unmaxed: numpy.ndarray, bias: numpy.ndarray) -> numpy.ndarray:
    unmaxed += bias
    if unmaxed.shape[-1] == 2:  # numpy reduces a last axis of two slowly
        return numpy.maximum(unmaxed[..., 0], unmaxed[..., 1])
    return unmaxed.max(axis=-1)


def _first_valid_max(scores: numpy.ndarray, valid: numpy.ndarray) -> numpy.ndarray:
    """Index of the first highest valid score per row (spaCy's arg_max_if_valid); -1 if none."""
    masked = numpy.where(valid, scores, -numpy.inf)
    best = masked.argmax(axis=-1)
    return numpy.where(valid.any(axis=-1), best, -1)


class _Batch(NamedTuple):
    """What decoding one entity needs of its batch: the precomputed hidden layer (row 0 pads), the
    layers' weights, the per-token presets and the moves."""
    Yf: numpy.ndarray
    bias: numpy.ndarray
    W: numpy.ndarray
    bW: numpy.ndarray
    iob: numpy.ndarray
    typ: numpy.ndarray
    iob1: numpy.ndarray
    sent1: numpy.ndarray
    moves: Moves


def decode(ner, docs: list[Doc], moves: Moves | None = None) -> list[list[tuple[int, int, int]]] | None:
    """Entities (start, end, label id; label 0 = blocked) per Doc, as spaCy's greedy parse would
    find them; None when a state has no valid move (spaCy's loop then decides)."""
    moves = moves or Moves(ner)
    lengths = [len(d) for d in docs]
    result: list[list[tuple[int, int, int]]] = [[] for _ in docs]
    if not sum(lengths):
        return result
    tok2vec, lower, upper = ner.model.layers
    Yf = lower.predict(tok2vec.predict(docs))  # (tokens + 1, 3 features, hidden, pieces); row 0 pads
    bias = lower.get_param("b")
    W, bW = upper.get_param("W"), upper.get_param("b")
    iob, typ, sent, space = _features(docs)
    iob1, sent1 = _next(iob, lengths), _next(sent, lengths)
    starts = numpy.cumsum([0] + lengths[:-1])
    remaining = numpy.concatenate([numpy.arange(n, 0, -1) for n in lengths if n])
    kind, label = moves.kind, moves.label

    # no entity open: features (B0, pad, pad) for every token at once
    closed = _scores(_hidden(Yf[1:, 0] + Yf[0, 1] + Yf[0, 2], bias), W, bW)
    lab, k = label[None, :], kind[None, :]
    t, i3, i1 = typ[:, None], iob[:, None], iob1[:, None]
    begin = ((remaining[:, None] >= 2) & (lab != 0) & (i3 != 1)
             & numpy.where(i3 == 3, (lab == t) & (i1 == 1),
                           (i1 != 3) & (sent1[:, None] != 1) & ~space[:, None]))
    unit = numpy.where(lab == 0, (t == 0) & (i3 == 3),
                       (i1 != 1) & numpy.where(i3 == 3, lab == t, ~space[:, None]))
    out = (i3 != 3) & (i3 != 1)
    valid = numpy.where(k == B, begin, numpy.where(k == U, unit, numpy.where(k == O, out, False)))
    # -1 where no move is valid: inside a preset entity, which an open entity reaches instead
    choice = _first_valid_max(closed, valid)
    batch = _Batch(Yf, bias, W, bW, iob, typ, iob1, sent1, moves)

    for d, (n, o) in enumerate(zip(lengths, starts)):
        if not n:
            continue
        picked = choice[o:o + n]
        ents = result[d]
        i = 0
        for p in numpy.flatnonzero((picked < 0) | (kind[picked] != O)).tolist():
            if p < i:
                continue
            c = picked[p]
            if c < 0:
                return None
            if kind[c] == U:
                ents.append((p, p + 1, int(label[c])))
                i = p + 1
                continue
            i = _entity(p, int(label[c]), n, o, batch, ents)
            if i < 0:
                return None
    return result


def _entity(s: int, lo: int, n: int, o: int, batch: _Batch, ents: list) -> int:
    """Decode an entity opened at `s` with label `lo` in the Doc of `n` tokens starting at batch
    token `o`, token by token; append it (or what ends it) to `ents` and return the index after it,
    -1 when no move is valid."""
    Yf, bias, W, bW, iob, typ, iob1, sent1, moves = batch
    j = s + 1
    while True:
        g = o + j  # the token's index in the batch; Yf is one row ahead (padding first)
        unmaxed = Yf[g + 1, 0] + Yf[o + s + 1, 1]
        unmaxed += Yf[g, 2]
        scores = _scores(_hidden(unmaxed, bias)[None, :], W, bW)[0]
        b3, b1, t = int(iob[g]), int(iob1[g]), int(typ[g])
        valid: list[int] = []  # spaCy's validity rules, as columns
        if n - j >= 2 and b3 != 3 and b1 != 3:
            ok = (b1 not in (0, 2)) if b3 == 1 else sent1[g] != 1
            if ok and (b3 != 1 or t == lo):
                valid += moves.inside.get(lo, ())
        if b3 == 1 and b1 != 1:
            valid += moves.last.get(t, ())
        elif b1 != 1:
            valid += moves.last.get(lo, ())
        if t == 0 and b3 == 3:
            valid += moves.blocked
        c = _first_max(scores, valid)
        if c < 0:
            return -1
        if moves.kinds[c] == I:
            j += 1
        elif moves.kinds[c] == L:
            ents.append((s, j + 1, lo))  # closing keeps the label the entity opened with
            return j + 1
        else:  # a blocked token while open: spaCy leaves the open entity unclosed, so it is lost
            ents.append((j, j + 1, 0))
            return j + 1


def _first_max(scores: numpy.ndarray, columns: list[int]) -> int:
    """The column of `columns` with the highest score, the first in column order on a tie (as
    _first_valid_max); -1 for none."""
    best = -1
    for c in sorted(columns):
        if best < 0 or scores[c] > scores[best]:
            best = c
    return best


def _labels_known(moves: Moves, docs: list[Doc]) -> bool:
    """Whether the ner knows every preset entity label of `docs` (else spaCy adds moves for them)."""
    types = set()
    for d in docs:
        types.update(d.to_array(ENT_TYPE).tolist())
    return types <= {0, *moves.label[moves.kind == B].tolist()}


class _Decoded(list):
    """predict()'s result when the numpy decode ran: entities per Doc."""


def usable(ner) -> bool:
    """Whether the numpy decode reproduces this ner: greedy, on CPU, every class seen."""
    return (ner.cfg.get("beam_width", 1) == 1 and isinstance(ner.model.ops, NumpyOps)
            and not ner.model.attrs.get("unseen_classes") and ner.model.attrs.get("has_upper", False)
            and len(ner.model.layers) == 3)


class GreedyEntityRecognizer(EntityRecognizer):
    """spaCy's EntityRecognizer, decoded in numpy where that gives spaCy's result (`usable`)."""

    def predict(self, docs):
        if isinstance(docs, Doc):
            docs = [docs]
        if any(len(d) for d in docs) and usable(self):
            moves = self._moves()
            if not _labels_known(moves, docs):
                self._ensure_labels_are_added(docs)
                moves = self._moves()
            found = decode(self, docs, moves)
            if found is not None:
                return _Decoded(found)
        return super().predict(docs)

    def _moves(self) -> Moves:
        """The moves as arrays, built again only when the ner's classes change (a label added, another model
        loaded into the component)."""
        kept = getattr(self, "_kept_moves", None)  # absent after unpickling too: spaCy rebuilds the pipe
        names = tuple(self.moves.get_class_name(c) for c in range(self.moves.n_moves))  # once per batch
        if kept is None or kept.names != names:
            kept = self._kept_moves = Moves(self)
        return kept

    def set_annotations(self, docs, states):
        if not isinstance(states, _Decoded):
            return super().set_annotations(docs, states)
        for doc, ents in zip(docs, states):
            spans = [Span(doc, s, e, label=lab, kb_id=doc[s].ent_kb_id) for s, e, lab in ents]
            # as spaCy: the entities over what was there, then every token still unannotated is O
            free = doc.to_array(ENT_IOB) == 0
            for s, e, _ in ents:
                free[s:e] = False
            doc.set_ents(spans, outside=[doc[a:b] for a, b in _runs(free)], default="unmodified")
            for hook in self.postprocesses:
                hook(doc)


def _runs(mask: numpy.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True."""
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], mask.view(numpy.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


# spaCy's "ner" factory settings (spacy/pipeline/factories.py), for a drop-in replacement
@Language.factory("az_ner", assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
                  default_config={"moves": None, "update_with_oracle_cut_size": 100,
                                  "model": DEFAULT_NER_MODEL, "incorrect_spans_key": None,
                                  "scorer": {"@scorers": "spacy.ner_scorer.v1"}},
                  default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0,
                                         "ents_per_type": None})
def make_az_ner(nlp: Language, name: str, model, moves, update_with_oracle_cut_size: int,
                incorrect_spans_key, scorer) -> GreedyEntityRecognizer:
    """spaCy's "ner" factory, making the numpy-decoded component."""
    return GreedyEntityRecognizer(nlp.vocab, model, name=name, moves=moves,
                                  update_with_oracle_cut_size=update_with_oracle_cut_size,
                                  incorrect_spans_key=incorrect_spans_key, scorer=scorer)
