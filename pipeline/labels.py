"""The entity labels of ANNOTATION.md, defined once: the name labels the statistical ner learns (and
`span._.norm` covers), the quantity labels the rules in pipeline/quantities/ find, and the event types
of pipeline/events/."""
from __future__ import annotations

NAME_LABELS = ("PERSON", "TITLE", "COUNTRY", "REGION", "ORG")
QUANTITY_LABELS = ("MONEY", "PERCENT", "DATE")
LABELS = NAME_LABELS + QUANTITY_LABELS
EVENT_TYPES = ("MEET", "VISIT", "AGREE", "FUND", "TRADE", "APPOINT")  # ANNOTATION.md, "Events"
