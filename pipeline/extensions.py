"""Register the Doc/Span extension attributes the pipeline writes (see DESIGN.md), and teach
msgpack the Decimal values they hold, so Docs survive `Doc.to_bytes`, DocBin and `nlp.pipe(n_process=N)`."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import srsly
from spacy.tokens import Doc, Span

SPAN_ATTRS = ("norm", "amount", "currency", "min", "max", "qualifier", "value")
DOC_ATTRS = ("pub_date", "leaders", "events")


def _encode_decimal(obj: Any, chain=None):
    if isinstance(obj, Decimal):
        return {"__decimal__": str(obj)}
    return obj if chain is None else chain(obj)


def _decode_decimal(obj: Any, chain=None):
    if isinstance(obj, dict) and len(obj) == 1 and "__decimal__" in obj:
        return Decimal(obj["__decimal__"])
    return obj if chain is None else chain(obj)


def register() -> None:
    """Idempotent: safe to call from every process that imports the package."""
    for name in SPAN_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if "az_news_decimal" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("az_news_decimal", func=_encode_decimal)
        srsly.msgpack_decoders.register("az_news_decimal", func=_decode_decimal)


register()
