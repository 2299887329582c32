"""`python -m pipeline annotate`: check the environment, then read, annotate, write, resume.

Every environment mistake is found before any work and reported as one line (UsageError, exit 2):
missing or unreadable input, an output that is a directory or in a folder that cannot be written,
an unknown or broken `--model`, a `--text-field` the output itself writes, Dask not installed, an
output another run is writing (the `.part` lock), a `--resume` of another job (the fingerprint).
"""
from __future__ import annotations

import os
import sys
import time
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.engines import ANNOTATION_FIELDS
from pipeline.errors import UsageError
from pipeline.io import Item

__all__ = ["main", "check_paths", "OUTPUT_FIELDS"]

OUTPUT_FIELDS = ANNOTATION_FIELDS  # written by annotate: a text field of that name would be overwritten


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_paths(source: str, output: str, text_field: str = "text") -> None:
    """UsageError for an input that cannot be read or an output that cannot be written."""
    if text_field in OUTPUT_FIELDS:
        raise UsageError(f"--text-field {text_field}: the output writes its own {text_field!r} field; "
                         "rename that input field")
    if source != "-" and not source.startswith("hf:"):
        src = Path(source)
        if not src.exists():
            raise UsageError(f"{source}: no such file or directory")
        if not os.access(src, os.R_OK | (os.X_OK if src.is_dir() else 0)):
            raise UsageError(f"{source}: cannot be read (permission denied)")
        if src.is_file():
            try:
                with open(src, "rb") as f:
                    f.read(1)
            except OSError as e:
                raise UsageError(f"{source}: cannot be read ({e.strerror or e})") from None
    if output == "-":
        return
    out = Path(output)
    if out.is_dir():
        raise UsageError(f"{output}: is a directory; give a file name for the output")
    if source not in ("-",) and Path(source).exists() and out.exists() and out.resolve() == Path(source).resolve():
        raise UsageError(f"{output}: is the input file; choose another output")
    folder = _nearest_existing(out.absolute().parent)
    if not folder.is_dir():
        raise UsageError(f"{output}: {folder} is not a directory")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"{output}: folder {folder} is not writable")


def check_model(model: str | None, engine: str):
    """The model's directory (None: rules only) and, for the local engine, the loaded model."""
    import pipeline
    from pipeline.engines import get_nlp

    try:
        path = pipeline.resolve_model(model)
    except FileNotFoundError as e:
        raise UsageError(f"--model {e}") from None
    if path is not None and not (Path(path) / "config.cfg").exists():
        raise UsageError(f"--model {model}: {path} is not a spaCy pipeline (no config.cfg)")
    if pipeline.ner_backend() == "stanza":
        pipeline.stanza_ner.check_available()  # one line, before any loading
    if engine == "dask":
        import importlib.util
        if importlib.util.find_spec("distributed") is None:
            raise UsageError("--engine dask needs Dask: pip install 'az-news-pipeline[dask]' "
                             "(or pip install 'dask[distributed]')")
        return path  # the workers load it
    try:
        get_nlp(model)
    except UsageError:
        raise
    except Exception as e:  # whatever spaCy raises for a broken pipeline, said in one line
        raise UsageError(f"--model {model or path}: cannot be loaded ({type(e).__name__}: "
                         f"{str(e).splitlines()[0] if str(e) else ''})") from None
    return path


def _words(record: dict, text_field: str) -> int:
    text = record.get(text_field)
    return len(text.split()) if isinstance(text, str) else 0


def main(args) -> int:
    """Returns 0, or 1 when any record was an error record; UsageError (exit 2) before any work."""
    from pipeline import fingerprint
    from pipeline.io import JSONLWriter, count_items, read_items
    from pipeline.parallel import run
    from pipeline.progress import Progress, plural

    t0 = time.time()
    check_paths(args.input, args.output, args.text_field)
    if getattr(args, "ner", None):
        os.environ["AZ_NEWS_NER"] = args.ner  # so that worker processes load the same backend
    model_dir = check_model(args.model, args.engine)
    if model_dir is None:
        print("warning: no trained model in models/: running rules only (run `make train`)", file=sys.stderr)
    part = Path(args.output + ".part") if args.output != "-" else None
    try:
        writer = JSONLWriter(args.output, resume=args.resume,
                             holder=lambda: fingerprint.holder(part) if part else "")
    except OSError as e:
        raise UsageError(f"{args.output}: cannot be written ({e.strerror or e})") from None
    fp = fingerprint.Fingerprint(writer.part, fingerprint.ner_model_id(model_dir), args.text_field) if writer.part else None
    progress = None
    errors = written = 0
    try:
        items = read_items(args.input, args.text_field, args.split, **_folder_options(args))
        if writer.done:
            writer.truncate_to(fp.check_resume(writer.done, items, args.input))
            print(f"resuming after {writer.done} records already in {writer.part}", file=sys.stderr)
        if fp:
            fp.start()
        total = None if args.quiet else count_items(args.input, args.split, recursive=getattr(args, "recursive", False))
        progress = Progress(total, writer.done, quiet=args.quiet, interval=args.progress_every)
        digests: deque[str] = deque()

        def feed(items: Iterable[Item]) -> Iterator[Item]:
            for item in items:
                if item.warning:
                    progress.message(f"{args.input}: line {item.line}: warning: {item.warning}")
                if fp:
                    digests.append(fingerprint.digest(item))
                yield item

        for out in run(feed(items), model=args.model, text_field=args.text_field, batch_size=args.batch_size,
                       n_process=args.n_process, engine=args.engine, scheduler=args.scheduler,
                       partition_size=args.partition_size):
            writer.write(out.record)
            written += 1
            if fp:
                fp.add(digests.popleft())
            if out.error:
                errors += 1
                progress.message(f"{args.input}: line {out.line}: {out.error}")
            progress.update(_words(out.record, args.text_field))
            # A flush per record costs one write call (negligible next to annotation) and means a
            # killed run keeps everything it finished, and piped output streams as it is made. The
            # output is flushed first: a record without its hash is redone, never a hash without record.
            writer.flush()
            if fp:
                fp.flush()
        writer.commit(before=fp.remove if fp else lambda: None)
    finally:
        if progress is not None:
            progress.close()
        writer.close()
        if fp:
            fp.close()
    if not args.quiet:
        print(f"{plural(writer.done + written, 'record')} ({written:,} new, {plural(errors, 'error')}) → "
              f"{args.output} in {time.time() - t0:.1f} s", file=sys.stderr)
    return 1 if errors or writer.done_errors else 0


def _folder_options(args) -> dict:
    """read_items' options for a folder of .txt files."""
    return {"recursive": getattr(args, "recursive", False), "date_from_name": getattr(args, "date_from_name", None)}
