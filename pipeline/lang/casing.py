"""Azerbaijani casing: İ↔i and I↔ı. Python's str.lower() turns "İ" into two characters ("i̇", offsets
shift) and "I" into "i"; these keep the length and follow the Azerbaijani alphabet."""


def az_lower(text: str) -> str:
    """Lower case by Azerbaijani rules: İ→i, I→ı; same length as the input."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def capitalised(word: str) -> str:
    """First letter upper-cased the Azerbaijani way (i → İ, ı → I)."""
    head = word[:1]
    return {"i": "İ", "ı": "I"}.get(head, head.upper()) + word[1:]


def az_upper(text: str) -> str:
    """Upper case by Azerbaijani rules: i→İ, ı→I."""
    return text.replace("i", "İ").replace("ı", "I").upper()
