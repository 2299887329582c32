"""Azerbaijani tokenizer (placeholder: spaCy's az tokenizer, being extended)."""
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry


@spacy.registry.tokenizers("az_news.tokenizer.v1")
def create_tokenizer():
    base = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> Tokenizer:
        return base(nlp)
    return make
