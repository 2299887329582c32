"""Country and region names from CLDR in every case form (placeholder, see issue 4)."""
from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("az_gazetteer")
def create_az_gazetteer(nlp: Language, name: str):
    def az_gazetteer(doc: Doc) -> Doc:
        return doc
    return az_gazetteer
