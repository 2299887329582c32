"""The arguments every Stanza-comparison script takes (`stanza_train.py`, `stanza_predict.py`,
`stanza_score.py`); no project or torch import, so both venvs can use it."""
from __future__ import annotations

import argparse
from pathlib import Path


def fold_parser(doc: str | None) -> argparse.ArgumentParser:
    """A parser with the data folder of `stanza_data.py` and a fold name."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="output folder of stanza_data.py")
    ap.add_argument("fold", help="fold name, e.g. fold0")
    return ap
