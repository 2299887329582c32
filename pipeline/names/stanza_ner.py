"""The optional Stanza ner backend (`--ner stanza`, `pipeline.load(ner="stanza")`; issue 11).

`az_stanza_ner` sits where spaCy's `ner` sits (after az_places and az_block_quantities, before
az_unblock_quantities) and sets the five name labels from a Stanza BiLSTM-CRF tagger run on the
Doc's own tokens and sentences (`az_sentences`; whitespace tokens left out). It respects what is
preset, as spaCy's ner does: a predicted span is kept only where all its tokens are still free
(`ent_iob == 0`), so az_places' places and the blocked quantity tokens stay as they are. This is the
rule `benchmarks/stanza_score.py` measured on the cross-validation folds.

The model is two files under models/stanza/ (`az_news_ner.pt`, `az_vectors.pt`), trained on
corpus/train.jsonl by `benchmarks/stanza_data.py --ship` and `benchmarks/stanza_train.py`. Stanza
runs offline: a stub resources.json and `download_method=None`, nothing from a hub. Stanza and torch
come with the `stanza` extra (`pip install -e ".[stanza]"`); without them, or without the model
files, `StanzaUnavailable` (a UsageError: one line, exit 2 on the command line) says what to do.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.errors import UsageError

__all__ = ["MODEL_DIR", "StanzaUnavailable", "StanzaNER", "load_tagger", "check_available", "bioes_spans",
           "set_free", "install"]

MODEL_DIR = Path(__file__).resolve().parent.parent.parent / "models" / "stanza"
MODEL_FILE, VECTORS_FILE = "az_news_ner.pt", "az_vectors.pt"
INSTALL_HINT = 'pip install -e ".[stanza]"'

# words of each sentence → one BIOES tag per word
Tagger = Callable[[list[list[str]]], list[list[str]]]


class StanzaUnavailable(UsageError):
    """The Stanza backend cannot run here: the extra is not installed or the model files are missing."""


def model_files(model_dir: str | Path | None = None) -> tuple[Path, Path]:
    """(model, vectors) paths; StanzaUnavailable when either is missing."""
    folder = Path(model_dir) if model_dir else MODEL_DIR
    files = (folder / MODEL_FILE, folder / VECTORS_FILE)
    for f in files:
        if not f.is_file():
            raise StanzaUnavailable(f"--ner stanza: model file {f} is missing (train it: see "
                                    "benchmarks/stanza_train.py)")
    return files


def check_available(model_dir: str | Path | None = None) -> None:
    """StanzaUnavailable unless Stanza and torch import and the model files exist (no loading)."""
    model_files(model_dir)
    try:
        import stanza  # noqa: F401
        import torch  # noqa: F401
    except ImportError as e:
        raise StanzaUnavailable(f"--ner stanza needs Stanza and torch: {INSTALL_HINT} ({e})") from None


def load_tagger(model_dir: str | Path | None = None) -> Tagger:
    """The trained Stanza tagger, offline, on one torch thread (one core per process, as spaCy here)."""
    check_available(model_dir)
    import stanza
    import torch

    model, vectors = model_files(model_dir)
    torch.set_num_threads(1)
    with tempfile.TemporaryDirectory(prefix="az-stanza-") as scratch:
        # Stanza wants a resources.json; a stub one means it never looks at the hub
        (Path(scratch) / "resources.json").write_text(json.dumps({"az": {"lang_name": "Azerbaijani"}}))
        nlp = stanza.Pipeline(lang="az", dir=scratch, processors="tokenize,ner", tokenize_pretokenized=True,
                              ner_model_path=str(model), ner_pretrain_path=str(vectors),
                              download_method=None, use_gpu=False, logging_level="WARN")

    def tag(sentences: list[list[str]]) -> list[list[str]]:
        if not sentences:
            return []
        return [[t.ner for t in s.tokens] for s in nlp(sentences).sentences]

    return tag


def bioes_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) word spans of a BIOES sequence (a B/I without its E ends where the label does)."""
    out: list[tuple[int, int, str]] = []
    start, label = None, ""
    for i, tag in enumerate(tags):
        kind, _, lab = tag.partition("-")
        if start is not None and (kind in ("B", "S", "O") or lab != label):
            out.append((start, i, label))
            start = None
        if kind in ("B", "S") or (kind in ("I", "E") and start is None):
            start, label = i, lab
        if kind in ("E", "S") and start is not None:
            out.append((start, i + 1, label))
            start = None
    if start is not None:
        out.append((start, len(tags), label))
    return out


def set_free(doc: Doc, spans: Iterable[Span]) -> Doc:
    """Add the `spans` whose tokens are all still free (no preset entity, not blocked) as entities."""
    free = [s for s in spans if all(doc[i].ent_iob == 0 for i in range(s.start, s.end))]
    doc.set_ents(free, default="unmodified")
    return doc


def words(doc: Doc) -> list[list[Token]]:
    """The Doc's sentences as lists of their non-space tokens (empty ones left out)."""
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    return [toks for toks in ([t for t in s if not t.is_space] for s in sents) if toks]


class StanzaNER:
    """The spaCy component: the tagger's spans where they do not meet a preset or blocked token."""

    def __init__(self, tagger: Tagger, batch_size: int = 32):
        self.tagger = tagger
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Docs in batches, all their sentences tagged in one call to the tagger."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= (batch_size or self.batch_size):
                yield from self._tag(batch)
                batch = []
        yield from self._tag(batch)

    def _tag(self, docs: list[Doc]) -> list[Doc]:
        sents = [(doc, toks) for doc in docs for toks in words(doc)]
        tags = self.tagger([[t.text for t in toks] for _, toks in sents])
        found: dict[int, list[Span]] = {id(doc): [] for doc in docs}
        for (doc, toks), sent_tags in zip(sents, tags, strict=True):
            found[id(doc)] += [Span(doc, toks[s].i, toks[e - 1].i + 1, label=lab)
                               for s, e, lab in bioes_spans(sent_tags)]
        return [set_free(doc, found[id(doc)]) for doc in docs]


@Language.factory("az_stanza_ner", default_config={"model_dir": ""},
                  requires=["token.is_sent_start", "doc.ents"],
                  assigns=["doc.ents", "token.ent_iob", "token.ent_type"])
def create_az_stanza_ner(nlp: Language, name: str, model_dir: str) -> StanzaNER:
    """Where spaCy's ner sits: the Stanza tagger of `model_dir` (default: models/stanza)."""
    return StanzaNER(load_tagger(model_dir or None))


def install(nlp: Language, model_dir: str = "") -> Language:
    """`nlp` with az_stanza_ner in place of its `ner` (or, with no ner, right before the rules after it)."""
    from pipeline import AFTER_NER

    config = {"model_dir": str(model_dir)}
    if "ner" in nlp.pipe_names:
        nlp.replace_pipe("ner", "az_stanza_ner", config=config)
        nlp.rename_pipe("ner", "az_stanza_ner")  # its own name: `ner` stays spaCy's EntityRecognizer
    else:
        nlp.add_pipe("az_stanza_ner", before=AFTER_NER[0], config=config)
    return nlp
