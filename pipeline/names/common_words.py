"""Azerbaijani common words, learnt from how the news writes them: a word form that the news writes in
lower case in the middle of a sentence far more often than capitalised there is no name by itself, so
its capital at a sentence or headline start ("Müsabiqədə", "Ekspertlər", "Forum") says nothing.

The table (pipeline/data/common_words/words.tsv: single word forms and two counts, no text) is made by

    python -m pipeline.names.common_words build ../shared/news/raw.jsonl ../shared/news/egov.jsonl

A form the news never writes mid-sentence is judged by its stems (the suffix analyser of
pipeline/lang/morphology.py): "Təqdimatında" → "təqdimat".
"""
from __future__ import annotations

import functools
import json
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.glued_words import count_rows, word_counts
from pipeline.lang.morphology import analyses, base_forms, joined_head, restore, written_words
from pipeline.lang.punctuation import QUOTE_ENDS, QUOTE_STARTS
from pipeline.lang.texts import doc_text

PATH = Path(__file__).resolve().parent.parent / "data" / "common_words" / "words.tsv"
# a capital right after these says nothing about the word ("." ends a sentence, ":" opens a quote)
OPENERS_BEFORE = ".!?\n:;…*•·"  # bullets open list items
STRIPPED_BEFORE = " \t“\"«„(—–-•'‘"
MIN_SEEN = 5       # mid-sentence occurrences before a form is judged at all
LOWER_SHARE = 0.9  # share of them in lower case that makes a form a common word
MIN_KEEP = 2       # occurrences a form needs to be written to the table
# what stands between the items of a list of capitalised words, or joins the words of a name (egov10)
LIST_GAP = ", "
JOINS = frozenset({"və", "üzrə"})


def sentence_initial(text: str, i: int) -> bool:
    """The word at `i` opens a sentence, a line, a list item or a quotation, where every word is
    capitalised (“Diplom haqqında arayış”: the capital is the quoted title's)."""
    if i > 0 and text[i - 1] in "“«„\"":
        return True
    before = text[:i].rstrip(STRIPPED_BEFORE)
    return not before or before[-1] in OPENERS_BEFORE


def _acronym(word: str) -> bool:
    head = joined_head(word)
    return len(head) > 1 and head.isupper()


def _capitalised(word: str) -> bool:
    """A capital that may mark a name: not an acronym ("BMT", "DİN-in"), which says nothing."""
    return word[:1].isupper() and not _acronym(word)


def count(texts) -> tuple[Counter, Counter, Counter]:
    """(lower-case, capitalised, listed) mid-sentence occurrences of each lower-cased word form. A capital
    counts only on a word standing alone: inside a run of capitalised words ("Vətəndaşlara Xidmət
    və Sosial İnnovasiyalar üzrə Dövlət Agentliyi") it belongs to the longer name, not to the word.
    Listed: those of its counted capitals that stand in a list or heading of capitalised items or a name
    joined by "və"/"üzrə" ("Telekommunikasiya, Proqramlaşdırma, Peyk Rabitəsi"; egov10), where a common
    noun takes a capital too."""
    lower: Counter = Counter()
    cap: Counter = Counter()
    listed: Counter = Counter()
    for text in texts:
        words = list(written_words(text))
        for k, (start, end, word) in enumerate(words):
            if not word or sentence_initial(text, start) or _in_address(text, start, end):
                continue
            if word == az_lower(word):  # "əş-Şaraa" has a capital: a name's
                lower[word] += 1
            elif not _acronym(word) and not _in_run(text, words, k):  # "Kamran", "əş-Şaraa"
                cap[az_lower(word)] += 1
                if _in_list(text, words, k):
                    listed[az_lower(word)] += 1
    return lower, cap, listed


def _in_address(text: str, start: int, end: int) -> bool:
    """Part of a web or e-mail address ("bild.de", "www.e-gov.az"): lower case there says nothing."""
    before = text[start - 1] if start > 0 else " "
    after = text[end:end + 2]
    return before in "./@" or (len(after) == 2 and after[0] in "./@" and after[1].isalnum())


def _in_run(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """A capitalised neighbour only a space away: the word is part of a multi-word name (a previous
    word capitalised only because it opens the sentence does not count)."""
    if k > 0 and text[words[k - 1][1]:words[k][0]] == " " and words[k - 1][2][:1].isupper() \
            and not sentence_initial(text, words[k - 1][0]):
        return True
    nxt = k + 1 < len(words) and text[words[k][1]:words[k + 1][0]] == " "
    return nxt and words[k + 1][2][:1].isupper()


def _in_list(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """A capitalised neighbour a list's comma or a joining word away ("Fizika, Kimya və Biologiya")."""
    return any(j is not None and words[j][2][:1].isupper() and not sentence_initial(text, words[j][0])
               for j in (_neighbour(text, words, k, -1), _neighbour(text, words, k, 1)))


def _neighbour(text: str, words: list[tuple[int, int, str]], k: int, step: int) -> int | None:
    """The index of the word ", " away from words[k] in direction `step`, or a space beyond one joining word
    ("və", "üzrə"); None otherwise."""
    j = k + step
    if not 0 <= j < len(words):
        return None
    lo, hi = (j, k) if step < 0 else (k, j)
    gap = text[words[lo][1]:words[hi][0]]
    if gap == " " and words[j][2] in JOINS:
        return _neighbour_past(text, words, j, step)
    return j if gap == LIST_GAP else None


def _neighbour_past(text: str, words: list[tuple[int, int, str]], j: int, step: int) -> int | None:
    """The word a space beyond the joining word words[j]."""
    i = j + step
    if not 0 <= i < len(words):
        return None
    lo, hi = (i, j) if step < 0 else (j, i)
    return i if text[words[lo][1]:words[hi][0]] == " " else None


def stems(lower: Counter, cap: Counter, listed: Counter | None = None) -> tuple[Counter, Counter, Counter]:
    """Add each form's counts to every stem the suffix analyser gives it, so a rare form is judged by
    its stem's other forms ("Yığıncaqda" by "yığıncaq", "yığıncağın", ...)."""
    listed = listed or Counter()
    low_out: Counter = Counter()
    cap_out: Counter = Counter()
    listed_out: Counter = Counter()
    for word in set(lower) | set(cap):
        for form in base_forms(word) | {word}:
            low_out[form] += lower[word]
            cap_out[form] += cap[word]
            listed_out[form] += listed[word]
    return low_out, cap_out, listed_out


def news_texts(paths: list[Path]):
    """The `text` field of every record of JSONL files, in order (the tables' builders read the news so)."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line).get("text") or ""


def build(paths: list[Path], out: Path = PATH) -> int:
    """Write the table from JSONL files with a `text` field; returns the number of forms written."""
    lower, cap, listed = stems(*count(news_texts(paths)))
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = sorted(w for w in set(lower) | set(cap)
                  if lower[w] + cap[w] >= MIN_KEEP and "\t" not in w)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Word forms and stems of the news (single words, no text): lower-case and capitalised\n"
                "# (standing alone) mid-sentence occurrences of the form and of every form with that stem,\n"
                "# and how many of those capitals stand in a list of capitalised items (egov10).\n"
                "# Made by `python -m pipeline.names.common_words build FILE...`.\n")
        f.write("word\tlower\tcapitalised\tlisted\n")
        for w in rows:
            f.write(f"{w}\t{lower[w]}\t{cap[w]}\t{listed[w]}\n")
    return len(rows)


def _rows() -> list[dict[str, str]]:
    """The table's rows, read once for the tokenizer's run-together words too (pipeline/lang/glued_words.py)."""
    return count_rows()


def table() -> dict[str, tuple[int, int]]:
    """word form → (lower-case, capitalised) mid-sentence counts; empty when the file is absent."""
    return word_counts()


@functools.cache
def listed_table() -> dict[str, int]:
    """word form → its capitals in lists (only the forms that have some): for a one-word name, a capital that
    a list or heading gives every item says nothing about the word ("Proqramlaşdırma", "Marketinq")."""
    return {row["word"]: int(row["listed"]) for row in _rows() if row["listed"] != "0"}


def _counts(word: str, alone: bool) -> tuple[int, int] | None:
    """The table's (lower-case, capitalised) counts of `word`, without its list capitals when `alone`."""
    counts = table().get(word)
    if alone and counts is not None and word in listed_table():
        return counts[0], counts[1] - listed_table()[word]
    return counts


def _verdict(counts: tuple[int, int] | None) -> bool | None:
    """True: a common word; False: a name (or mixed); None: too rare to tell."""
    if counts is None:
        return None
    low, cap = counts
    if cap == 0 and low >= MIN_KEEP:  # never capitalised mid-sentence: "Yığıncaqda"
        return True
    if low + cap < MIN_SEEN:
        return None if cap == 0 else False
    return low >= LOWER_SHARE * (low + cap)


@functools.lru_cache(maxsize=50_000)
def is_common(word: str, alone: bool = False) -> bool:
    """`word` (any case, suffixes allowed) is a common word, never a name by itself: its form, or when
    the news does not write the form often enough mid-sentence, each of its stems, is written in
    lower case there at least LOWER_SHARE of the time. `alone`: judging a one-word name, whose
    capitals in lists of capitalised items do not count (a name of several words may be such an item:
    "Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi")."""
    low = az_lower(word.strip("“”\"«»'’"))
    verdict = _verdict(_counts(low, alone))
    if verdict is not None:
        return verdict
    # the form is rare: every stem the analyser proposes must be a common word (one name-like stem vetoes)
    verdicts = [_verdict(_counts(f, alone)) for f in base_forms(low) if f != low]
    known = [v for v in verdicts if v is not None]
    return bool(known) and all(known)


NAME_LABELS = frozenset({"PERSON", "ORG", "REGION"})
PLACE_CASES = ("dative", "locative", "ablative", "instrumental", "genitive")
TRIMMED_LABELS = frozenset({"ORG", "REGION", "TITLE"})  # a first name may look like a case form ("Qordan")
SCENE_CASES = frozenset({"locative", "ablative"})  # "Tədbirdə ...", "Toplantıda ...": where, not who
MAX_QUOTED = 20  # words of a quoted phrase looked at
TERMINALS = frozenset({".", "!", "?", "…", "...", ":", ";", "!?", "?!"})
BULLETS = frozenset({"•", "*", "·"})


def starts_sentence(doc: Doc, i: int) -> bool:
    """Token i opens a sentence, a line, a headline, a list item or a clause after ":", where every
    word takes a capital; a quote right before it makes it a quoted name, which the capital does not
    explain."""
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in "—–-" or doc[j].text in BULLETS):
        if doc[j].text in BULLETS:
            return True
        j -= 1
    if j >= 0 and doc[j].text[-1:] in QUOTE_STARTS and doc[j].whitespace_ == "":
        # a quoted one-word name is a name by its quotes; a quoted phrase (“Sığortaolunanlara məlumatın
        # verilməsi”, the title of an e-service) takes a capital on its first word like a sentence
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is not None and doc[i].whitespace_ != "" and nxt.is_alpha and nxt.text[:1].islower()
    # a stand-alone terminal only: "E." or "prof." before a name is an abbreviation
    return (doc[i].is_sent_start or j < 0 or doc[j].text in TERMINALS or "\n" in doc[j].whitespace_
            or (doc[j].is_space and "\n" in doc[j].text))


def _scene_word(word: str) -> bool:
    """A common word in the locative or ablative ("Tədbirdə", "Seminarlarda"): it sets the scene of the
    sentence; a name of a body or place does not open with one (train gold: 0 of 513 multi-word
    ORG/REGION/TITLE names at a sentence start)."""
    if not is_common(word):
        return False
    return any(a.morphs and a.morphs[-1].name in SCENE_CASES and not a.joined
               and any(_verdict(table().get(az_lower(s))) for s in restore(a.stem, a.morphs))
               for a in analyses(word))


@functools.cache
def person_words() -> frozenset[str]:
    """Lower-case words of the training gold's person names ("əli", "arzu"): a first name that is also a
    common word ("Əli balamızı") stays a PERSON."""
    from pipeline.names.az_norm import lexicon
    return frozenset(az_lower(w) for n in lexicon().norms.get("PERSON", ()) for w in n.split())


def known_place_at(doc: Doc, ent: Span) -> bool:
    """A one-word name of the gazetteer, or a place by its neighbours: a place word after it ("Xanlıq
    kəndləri") or a hyphen joining it to another name ("Xanlıq-Qubadlı yolu")."""
    from pipeline.names.concepts import known_place
    from pipeline.names.words import place_words
    if known_place(ent.text):
        return True
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prev = doc[ent.start - 1] if ent.start else None
    # "Xanlıq-Qubadlı": a hyphen without spaces; "Operatoru - RYTN" is a dash
    joined = (ent.end + 1 < len(doc) and nxt.text == "-" and doc[ent.end + 1].text[:1].isupper()
              and not ent[-1].whitespace_)
    # the place word takes the possessive ("Xanlıq kəndi"); a bare one opens a compound ("kənd təsərrüfatı")
    place_after = nxt is not None and bool(base_forms(nxt.text) & place_words()) and nxt.lower_ not in place_words()
    return (nxt is not None and (joined or place_after)
            or prev is not None and prev.text == "-" and not prev.whitespace_)


def _known_person(ent: Span) -> bool:
    return ent.label_ == "PERSON" and bool(base_forms(ent.text) & person_words())


def lone_person(doc: Doc, ent: Span) -> bool:
    """A one-word PERSON with no name beside it ("Regionlar", "Mərkəzlə" mid-sentence), not a gold first
    name and not a first name or surname next to the rest of a name ("Bayram Beqaya", "E. Sağlamın")."""
    # a word opening the sentence has a capital whatever it is; an initial ("E.") does not
    near = [doc[k] for k in (ent.start - 1, ent.end) if 0 <= k < len(doc)]
    return not _known_person(ent) and not any(
        t.text[:1].isupper() and (t.is_alpha and not starts_sentence(doc, t.i) or len(t.text) == 2 and t.text[1] == ".")
        for t in near)


def _person_scene(ent: Span) -> bool:
    """A PERSON opened by a locative common word ("Tədbirdə Əli Vəli oğlu Məmmədov") keeps two words or
    more; an ablative-looking first name ("Qordan Yandrokoviç") or a gold first name is no scene."""
    first = ent[0].text
    return (len(ent.text.split()) > 2 and not base_forms(first) & person_words()
            and any(a.morphs and a.morphs[-1].name == "locative" for a in analyses(first)))


def _next_label(nxt: Span | None, ent: Span) -> str | None:
    """The label of `nxt` when it starts right after `ent`."""
    return nxt.label_ if nxt is not None and nxt.start == ent.end else None


def _in_case(word: str) -> bool:
    """Some analysis of `word` ends in a case a place modifier never takes ("Buraya", "Tədbirdə")."""
    return any(a.morphs and a.morphs[-1].name in PLACE_CASES for a in analyses(word))


def _opens_quoted_phrase(doc: Doc, i: int) -> bool:
    """Token i opens a quoted phrase that goes on in lower case (the title of an e-service or a
    document), where the first word takes a capital whatever it is."""
    if not (i > 0 and doc[i - 1].text[-1:] in QUOTE_STARTS and not doc[i - 1].whitespace_ and starts_sentence(doc, i)):
        return False
    # every later word of the quotation in lower case: “Nizami və Gəncə” sərgisi names a person and a place
    for t in doc[i + 1:i + 1 + MAX_QUOTED]:
        if t.text[:1] in QUOTE_ENDS:
            return True
        if t.is_alpha and not t.text[:1].islower():
            return False
    return False


def _common_alone(text: str, ents: list[Span], k: int) -> bool:
    """The one-word name ents[k] is a common word; where only its capitals in lists make it one, not an item
    of a list of places ("Həmzəlli, Bum, Tikanlı və Qara çaylarda") nor a company the concepts know
    ("Google, Facebook, Twitter")."""
    if is_common(text):
        return True
    if not listed_table() or not is_common(text, alone=True):
        return False
    from pipeline.names.concepts import kind
    return kind(text) != "company" and not any(_listed_place(ents, k, j) for j in (k - 1, k + 1))


def _listed_place(ents: list[Span], k: int, j: int) -> bool:
    """ents[j] is a REGION one list joiner (",", "və") away from ents[k]."""
    if not 0 <= j < len(ents) or ents[j].label_ != "REGION":
        return False
    a, b = (ents[j], ents[k]) if j < k else (ents[k], ents[j])
    return b.start - a.end == 1 and b.doc[a.end].text in (",", "və")


def sentence_start_words(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the one-word PERSON/ORG/REGION entities that are a common word (`is_common`)
    at the start of a sentence or headline ("Müsabiqədə", "Ekspertlər", "Portala"), and without the
    scene-setting common word that opens a longer ORG/REGION/TITLE there ("Tədbirdə Dövlət Neft Fondu"
    → "Dövlət Neft Fondu"); None when nothing changes."""
    out, changed = [], False
    merged = -1  # the index of an entity already joined to the common word before it
    whole = doc_text(doc)  # Span.text joins a Token per word on every access
    for k, e in enumerate(ents):
        if k == merged:
            continue
        text = whole[e.start_char:e.end_char]
        first = text.split(" ", 1)[0] if " " in text else text
        if not _capitalised(first):
            out.append(e)
        elif " " not in text:
            if e.label_ in NAME_LABELS and _common_alone(text, ents, k) and (starts_sentence(doc, e.start) and not _known_person(e)
                                                                or e.label_ == "REGION" and not known_place_at(doc, e)
                                                                or e.label_ == "PERSON" and lone_person(doc, e)):
                changed = True  # a lone REGION that is a common word is none anywhere ("Tələbə Qəbulu üzrə")
                nxt = ents[k + 1] if k + 1 < len(ents) else None
                if e.label_ == _next_label(nxt, e) and not _in_case(text):
                    # ... but a bare one opens the region right after it: "Dağlıq Qarabağ", "Kiçik Asiya"
                    out.append(Span(doc, e.start, nxt.end, label="REGION"))
                    merged = k + 1
            elif e.label_ == "PERSON" and _opens_quoted_phrase(doc, e.start) and not _known_person(e):
                changed = True  # “Hamiləliyə və doğuma görə ...”: the capital is the quoted title's
            else:
                out.append(e)
        elif (e.label_ in TRIMMED_LABELS or e.label_ == "PERSON" and _person_scene(e)) and e[1].is_alpha \
                and e[1].text[:1].isupper() and starts_sentence(doc, e.start) and _scene_word(e[0].text):
            out.append(Span(doc, e.start + 1, e.end, label=e.label_, kb_id=e.kb_id_))
            changed = True
        else:
            out.append(e)
    return out if changed else None


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "build":
        n = build([Path(p) for p in sys.argv[2:]])
        print(f"wrote {n} word forms to {PATH}")
    else:
        print(__doc__)
