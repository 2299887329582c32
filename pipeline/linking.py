"""Country codes, in-document name resolution, leaders (placeholder, see issue 4)."""
from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("az_link")
def create_az_link(nlp: Language, name: str):
    def az_link(doc: Doc) -> Doc:
        doc._.leaders = []
        return doc
    return az_link
