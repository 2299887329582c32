"""Events (ANNOTATION.md, "Events"): who met whom, who signed what, where the money goes.

- lexicon.py: the tables of pipeline/data/events/ and morphology-aware trigger matching
- modality.py: actual / planned / negated from the trigger's ending and the sentence's cues
- arguments.py: which entities of the sentence are arguments, and in which role
- component.py: the "az_events" component (`doc._.events`, appointments in `doc._.leaders`)
- records.py: events in a record, enriched with their entities' values
- scoring.py: trigger, argument and modality scores against gold events
"""
from pipeline.events.component import create_az_events, doc_events  # noqa: F401  (registers az_events)
