"""Names: the gazetteer of places and its search, the country lookup, the cue rules that correct the
ner, base forms of names (`az_norm`), linking and leaders."""
