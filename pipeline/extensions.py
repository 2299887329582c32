"""Register the Doc/Span extension attributes the pipeline writes (see DESIGN.md)."""
from spacy.tokens import Doc, Span

SPAN_ATTRS = ("norm", "amount", "currency", "min", "max", "qualifier", "value")
DOC_ATTRS = ("pub_date", "leaders")


def register() -> None:
    """Idempotent: safe to call from every process that imports the package."""
    for name in SPAN_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
