"""Train the statistical NER from `config.cfg` and assemble the shipped pipeline.

`python -m pipeline train` (= `make train`):
1. convert the annotated corpus (JSONL records per ANNOTATION.md, or a Hugging Face dataset with
   `tokens`/`ner_tags` IOB2) into DocBin files under `training/`, tokenised by the project tokenizer;
2. when config.cfg has a `[teacher]` section (knowledge distillation): train a teacher ner (this
   config with the teacher's overrides) on the gold alone, put it into the whole pipeline, and let
   that pipeline label the raw news (`silver_records`: articles sharing any 10-word sequence with a
   dev article are left out) as silver training data;
3. train `ner` in-process with spaCy on the gold (+ silver); dev only selects the best checkpoint;
4. put the trained `ner` into `pipeline.blank()` after the preset components (`az_places`), save it to
   `models/az_news_pipeline` and write the dev figures (and the teacher's) into its `meta.json`.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from pipeline.io import read_jsonl
from pipeline.labels import NAME_LABELS
from pipeline.lang.tokenizer import build_tokenizer, token_norm

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TRAIN_JSONL = SHARED / "corpus" / "train.jsonl"
DEV_JSONL = SHARED / "corpus" / "dev.jsonl"
RAW_JSONL = SHARED / "news" / "raw.jsonl"
WORK = ROOT / "training"
# The ner learns NAME_LABELS only: MONEY/PERCENT/DATE come from rules (az_money) and are blocked for it
# at run time (pipeline/quantities/blocking.py).


@dataclass
class ConversionStats:
    """What happened to the gold spans on the way to token-aligned `Doc.ents`."""

    docs: int = 0
    spans: int = 0
    kept: int = 0
    misaligned: int = 0
    overlapping: int = 0
    other_labels: Counter = field(default_factory=Counter)


def gold_doc(nlp: Language, record: dict, stats: ConversionStats,
                  labels: Iterable[str] = NAME_LABELS) -> Doc:
    """Tokenise `record["text"]` and set its gold spans of `labels` as `doc.ents`.

    A span whose edges fall inside a token grows to whole tokens ("expand"); a span that then
    overlaps an earlier one is dropped. Both are counted in `stats`.
    """
    labels = set(labels)
    doc = nlp.make_doc(record["text"])
    spans: list[Span] = []
    for ent in sorted(record.get("entities", []), key=lambda e: (e["start"], -e["end"])):
        if ent["label"] not in labels:
            stats.other_labels[ent["label"]] += 1
            continue
        stats.spans += 1
        span = doc.char_span(ent["start"], ent["end"], label=ent["label"], alignment_mode="strict")
        if span is None:
            stats.misaligned += 1
            span = doc.char_span(ent["start"], ent["end"], label=ent["label"], alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if spans and span.start < spans[-1].end:
            stats.overlapping += 1
            continue
        spans.append(span)
    doc.ents = spans
    stats.kept += len(spans)
    stats.docs += 1
    return doc


def iob_records(examples: Iterable[dict], names: list[str]) -> Iterator[dict]:
    """Records from token-level IOB2 examples (`tokens`, integer `ner_tags` named by `names`).

    The text is the tokens joined by single spaces, so offsets are exact.
    """
    for i, ex in enumerate(examples):
        text, starts, pos = [], [], 0
        for tok in ex["tokens"]:
            starts.append(pos)
            text.append(tok)
            pos += len(tok) + 1
        entities, cur = [], None
        for k, (tok, tag_id) in enumerate(zip(ex["tokens"], ex["ner_tags"])):
            tag = names[tag_id]
            end = starts[k] + len(tok)
            if tag.startswith("I-") and cur and cur["label"] == tag[2:]:
                cur["end"] = end
                continue
            if cur:
                entities.append(cur)
                cur = None
            if tag != "O":  # B-X, or an I-X that starts a span (lenient IOB2)
                cur = {"start": starts[k], "end": end, "label": tag[2:]}
        if cur:
            entities.append(cur)
        yield {"id": str(ex.get("id", i)), "text": " ".join(text), "entities": entities}


def read_training(path: Path, split: str = "train") -> list[dict]:
    """JSONL records, or a Hugging Face dataset saved with `save_to_disk` (no network)."""
    path = Path(path)
    if path.is_file():
        return read_jsonl(path)
    if path.is_dir():
        import datasets
        ds = datasets.load_from_disk(str(path))
        if isinstance(ds, datasets.DatasetDict):
            ds = ds[split]
        names = ds.features["ner_tags"].feature.names
        return list(iob_records(ds, names))
    raise FileNotFoundError(
        f"{path} not found: the annotated corpus lives in ../shared/corpus/ (not part of this "
        "repository); pass --train/--dev to point at a copy")


def convert(nlp: Language, records: list[dict], dest: Path) -> ConversionStats:
    """Write `records` as a DocBin to `dest`; return what the alignment dropped."""
    stats = ConversionStats()
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for record in records:
        db.add(gold_doc(nlp, record, stats))
    dest.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(dest)
    return stats


def strict_scores(gold: list[dict], docs: list[Doc], labels: Iterable[str] = NAME_LABELS) -> dict:
    """Strict (exact offsets and label) P/R/F1 per label and micro-averaged over `labels`, as
    `pipeline.evaluate` computes them, in meta.json's short form."""
    from pipeline.evaluate import score

    labels = tuple(labels)
    pairs = [(record, {"entities": [{"start": e.start_char, "end": e.end_char, "label": e.label_}
                                    for e in doc.ents]})
             for record, doc in zip(gold, docs, strict=True)]
    strict = score(pairs, labels)["strict"]

    def short(c: dict) -> dict:
        return {"p": round(c["precision"], 4), "r": round(c["recall"], 4), "f": round(c["f1"], 4),
                "support": c["gold"]}

    out = {lab: short(strict[lab]) for lab in labels}
    out["micro"] = short(strict["micro_selected"])
    return out


def build_vectors(nlp: Language, texts: Iterable[str], dest: Path, dim: int = 64,
                  min_count: int = 3, seed: int = 0) -> int:
    """Static word vectors for the ner, saved as a spaCy pipeline directory for `[initialize] vectors`.

    Learnt on NORM (Azerbaijani lower case) with fastText-style subwords (gensim), so the many rare
    inflected forms get a vector; every surface form seen in `texts` becomes a key to its NORM's row
    (spaCy keeps only ORTH keys on disk for default-mode vectors). Returns the number of rows.
    Needs gensim (training time only).
    """
    import numpy
    from gensim.models import FastText
    from spacy.vectors import Vectors

    docs = [[t for t in nlp.make_doc(text) if not t.is_space] for text in texts]
    model = FastText([[t.norm_ for t in d] for d in docs], vector_size=dim, window=5,
                     min_count=min_count, sg=1, epochs=10, min_n=3, max_n=5, workers=2, seed=seed)
    words = list(model.wv.index_to_key)
    row = {w: i for i, w in enumerate(words)}
    vnlp = spacy.blank("az")
    data = numpy.asarray(model.wv.vectors[: len(words)], dtype="float32")
    vectors = Vectors(strings=vnlp.vocab.strings, data=data, keys=words, name="az_news_raw")
    for form in sorted({t.text for d in docs for t in d}):
        r = row.get(token_norm(form))
        if r is not None and form not in vectors:
            vectors.add(vnlp.vocab.strings.add(form), row=r)
    vnlp.vocab.vectors = vectors
    dest.mkdir(parents=True, exist_ok=True)
    vnlp.to_disk(dest)
    return len(words)


def _config_vectors(config: Path, overrides: dict) -> Path | None:
    """The config's `paths.vectors` (relative to the repository root), or None."""
    value = overrides.get("paths.vectors", spacy.util.load_config(config)["paths"]["vectors"])
    if not value:
        return None
    path = Path(value)
    return path if path.is_absolute() else ROOT / path


def train_ner(config: Path, workdir: Path, train_path: Path, dev_path: Path,
              gpu_id: int = -1, overrides: dict | None = None, name: str = "ner") -> Path:
    """Train with spaCy in this process; return the best checkpoint (chosen on dev).
    `train_path` is a DocBin file or a directory of them (gold and silver)."""
    from spacy.cli.train import train as spacy_train
    import pipeline  # noqa: F401  (registers the tokenizer and the rule factories)

    out = workdir / name
    spacy_train(config, out, use_gpu=gpu_id,
                overrides={"paths.train": str(train_path), "paths.dev": str(dev_path),
                           **(overrides or {})})
    return out / "model-best"


def shingles(text: str, n: int = 10) -> set[str]:
    """Every sequence of n consecutive whitespace-separated words of `text`."""
    words = text.split()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def silver_records(raw: list[dict], dev: list[dict], train: list[dict], n: int = 10) -> list[dict]:
    """Raw articles a teacher may label: none that shares an n-word sequence with a dev article (dev
    stays unseen, near-copies and shared boilerplate included) or is mostly a train article (whose
    gold is used instead)."""
    dev_sh = set().union(*(shingles(r["text"], n) for r in dev)) if dev else set()
    train_sh = set().union(*(shingles(r["text"], n) for r in train)) if train else set()
    out = []
    for r in raw:
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            continue
        sh = shingles(r["text"], n)
        if sh & dev_sh or len(sh & train_sh) > len(sh) / 2:
            continue
        out.append({"id": r.get("id"), "date": r.get("date"), "text": r["text"]})
    return out


def label_silver(nlp: Language, records: list[dict]) -> list[dict]:
    """The pipeline's entities of the five trained labels on `records`, as ANNOTATION.md records."""
    from pipeline.engines import annotate_records
    out = []
    for rec in annotate_records(records, nlp):
        if "error" in rec:
            continue
        ents = [{k: e[k] for k in ("start", "end", "label", "text")} for e in rec["entities"]
                if e["label"] in NAME_LABELS]
        out.append({"id": rec.get("id"), "text": rec["text"], "entities": ents})
    return out


def assemble(trained: Path | Language) -> Language:
    """The shipped pipeline: `pipeline.blank()` with the trained `ner` right after the components
    that preset spans (`pipeline.BEFORE_NER`)."""
    import pipeline
    source = spacy.load(trained) if not isinstance(trained, Language) else trained
    nlp = pipeline.blank()
    if source.vocab.vectors.shape[0]:
        nlp.vocab.vectors = source.vocab.vectors  # the ner's static-vector layer reads them
    nlp.add_pipe("ner", source=source, after=pipeline.BEFORE_NER[-1])
    return nlp


def keep_needed_strings(nlp: Language) -> int:
    """Drop the strings the pipeline does not need from its StringStore (every word of the training
    and silver texts ends up there during training), keeping the vectors' keys, the labels and what a
    fresh pipeline of the same config holds. Features are hashes, so the saved pipeline predicts the
    same (tested); fewer words of the publishers' texts are committed. Call it just before saving:
    the live `nlp` may still hold lexemes of dropped strings. Returns how many strings were dropped."""
    strings = nlp.vocab.strings
    keep = {strings[k] for k in nlp.vocab.vectors.keys() if k in strings}
    keep |= set(spacy.util.load_model_from_config(nlp.config, auto_fill=True).vocab.strings)
    for _, proc in nlp.pipeline:
        keep |= set(getattr(proc, "labels", ()) or ())
        moves = getattr(proc, "moves", None)
        if moves is not None:
            keep |= {moves.get_class_name(i) for i in range(moves.n_moves)}
    before = len(strings)
    strings._reset_and_load(sorted(s for s in strings if s in keep))
    return before - len(strings)


def model_only(trained: Path | Language) -> Language:
    """The trained `ner` alone on the project tokenizer (no rule components): for measurement. A saved
    ner brings the tokenizer patterns of its day: the code's replace them, as `assemble` has them."""
    import pipeline  # noqa: F401
    if isinstance(trained, Language):
        return trained
    nlp = spacy.load(trained)
    nlp.tokenizer = build_tokenizer(nlp)
    return nlp


def evaluate(nlp: Language, records: list[dict]) -> dict:
    docs = list(nlp.pipe(r["text"] for r in records))
    return strict_scores(records, docs)


def _relative(value):
    """Paths inside the repository as repository-relative strings (meta.json is committed)."""
    if isinstance(value, str) and value.startswith(str(ROOT) + "/"):
        return value[len(str(ROOT)) + 1:]
    return value


def main(args) -> int:
    """Entry point of `python -m pipeline train` (arguments parsed by pipeline/cli.py)."""
    config = Path(getattr(args, "config", None) or ROOT / "config.cfg")
    if not config.is_absolute() and not config.exists() and (ROOT / config).exists():
        config = ROOT / config  # `python -m pipeline train` run outside the repository root
    output = Path(getattr(args, "output", None) or ROOT / "models" / "az_news_pipeline")
    gpu_id = int(getattr(args, "gpu_id", -1) if getattr(args, "gpu_id", None) is not None else -1)
    train_src = Path(getattr(args, "train", None) or TRAIN_JSONL)
    dev_src = Path(getattr(args, "dev", None) or DEV_JSONL)
    workdir = Path(getattr(args, "workdir", None) or WORK)
    overrides = dict(getattr(args, "overrides", None) or {})
    if not config.exists():
        print(f"error: training config {config} not found")
        return 2
    for src in (train_src, dev_src):
        if not src.exists():
            print(f"error: {src} not found. The annotated corpus is in ../shared/corpus/ next to the "
                  "repository and is not distributed with it.")
            return 2

    import pipeline
    teacher = dict(spacy.util.load_config(config).get("teacher") or {})
    if getattr(args, "no_teacher", False):
        teacher = {}
    raw_src = Path(getattr(args, "raw", None) or RAW_JSONL)
    if teacher and getattr(args, "trained", None) is None and not raw_src.exists():
        print(f"error: config [teacher] labels the raw news, but {raw_src} is absent "
              "(pass --raw PATH, or --no-teacher to train on the gold alone)")
        return 2
    tok = pipeline.blank()  # only its tokenizer is used for conversion
    train_records = read_training(train_src, "train")
    dev_records = read_training(dev_src, "validation")
    train_dir = workdir / "train"  # gold.spacy (+ silver.spacy): spaCy's corpus reads every file in it
    for old in train_dir.glob("*.spacy"):
        old.unlink()
    stats = {}
    for name, records, dest in (("train", train_records, train_dir / "gold.spacy"),
                                ("dev", dev_records, workdir / "dev.spacy")):
        s = convert(tok, records, dest)
        stats[name] = asdict(s)
        print(f"{name}: {s.docs} docs, {s.kept}/{s.spans} spans kept, {s.misaligned} expanded to "
              f"token edges, {s.overlapping} dropped as overlapping")

    vectors = _config_vectors(config, overrides)
    if vectors is not None:
        overrides["paths.vectors"] = str(vectors)
        if not vectors.exists():
            if not raw_src.exists():
                print(f"error: {vectors} is missing and {raw_src} (to build it from) is absent")
                return 2
            try:
                import gensim  # noqa: F401
            except ImportError:
                print("error: building static vectors needs gensim (`pip install gensim`), or "
                      "train without them: set [paths] vectors = null and include_static_vectors = false")
                return 2
            texts = {r["text"] for r in read_jsonl(raw_src)} | {r["text"] for r in train_records}
            n = build_vectors(tok, sorted(texts), vectors)
            print(f"built {n} static vectors from {raw_src.name} and the training texts: {vectors}")

    t0 = time.time()
    best = getattr(args, "trained", None)  # assemble an already trained ner (same config) instead
    teacher_meta = None
    if best is None and teacher:
        t_best = train_ner(config, workdir, train_dir / "gold.spacy", workdir / "dev.spacy", gpu_id,
                           {**teacher.get("overrides", {}), **overrides}, name="teacher")
        t_nlp = assemble(model_only(t_best))
        raw_records = read_jsonl(raw_src)
        candidates = silver_records(raw_records, dev_records, train_records)
        silver = label_silver(t_nlp, candidates)
        with open(workdir / "silver.jsonl", "w", encoding="utf-8") as f:  # for inspection; not committed
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in silver)
        s = convert(tok, silver, train_dir / "silver.spacy")
        stats["silver"] = asdict(s)
        teacher_meta = {"overrides": teacher.get("overrides", {}), "silver_docs": s.docs,
                        "silver_spans": s.kept, "seconds": round(time.time() - t0, 1),
                        "dev": {"model_only": evaluate(model_only(t_best), dev_records),
                                "pipeline": evaluate(t_nlp, dev_records)}}
        print(f"teacher: dev pipeline micro-F1 {teacher_meta['dev']['pipeline']['micro']['f']:.4f}; "
              f"silver: {s.docs} of {len(raw_records)} raw articles, {s.kept} spans")
    if best is None:
        best = train_ner(config, workdir, train_dir, workdir / "dev.spacy", gpu_id, overrides)
    train_seconds = getattr(args, "train_seconds", None) or round(time.time() - t0, 1)

    trained = model_only(best)
    nlp = assemble(trained)
    dev_model = evaluate(trained, dev_records)
    dev_full = evaluate(nlp, dev_records)
    nlp.meta.update({
        "name": "az_news_pipeline",
        "version": pipeline.__version__,
        "description": "Azerbaijani news NER: project tokenizer, rule components and a spaCy ner "
                       "trained on ../shared/corpus/train.jsonl (see models/README.md)",
        "labels": {"ner": list(NAME_LABELS)},
        "training": {"config": config.name, "seconds": train_seconds, "conversion": stats,
                     "overrides": {k: _relative(v) for k, v in overrides.items()},
                     **({"teacher": teacher_meta} if teacher_meta else {})},
        "dev": {"model_only": dev_model, "pipeline": dev_full},
    })
    dropped = keep_needed_strings(nlp)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    print(f"dropped {dropped} strings the pipeline does not need")
    print(f"saved {output}; trained in {train_seconds}s")
    print(f"dev strict micro-F1 (5 labels): model only {dev_model['micro']['f']:.4f}, "
          f"pipeline {dev_full['micro']['f']:.4f}")
    for lab in NAME_LABELS:
        print(f"  {lab:8} model {dev_model[lab]['f']:.4f}  pipeline {dev_full[lab]['f']:.4f}")
    return 0
