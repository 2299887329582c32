"""Base forms of names by suffix stripping (placeholder, see issue 4)."""
from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("az_norm")
def create_az_norm(nlp: Language, name: str):
    def az_norm(doc: Doc) -> Doc:
        return doc
    return az_norm
