"""A title of office right before its person, whole: "kənd təsərrüfatı nazirinin birinci müavini X",
"Səhiyyə Naziri X", "Qaçqınlar üzrə Ali Komissarı X", "Prezident X".

The ner misses long and capitalised titles, or keeps only their last words. Before each PERSON, the
free tokens (no entity) that end in a title head and are preceded only by words of title phrases form a
TITLE; a TITLE right before a PERSON grows to the left over such words; a TITLE the ner split in two
("[keçid dövrü] [Prezidenti]") is one. Both word lists come from the
training gold (`python -m pipeline.names.build_titles TRAIN.jsonl`; the tables and their word tests are
`title_lexicon`'s).
Words no table lists are found by morphology where the phrase is an izafet: the noun compound between a
genitive owner and a possessive head is the title's ("Özbəkistanın [investisiya, sənaye və ticarət
naziri]", `owned_start`), and so a head that is no title alone is one right after its owner.
An entity, a sentence start, a punctuation mark other than a comma inside the phrase, or a word with a
first- or second-person ending ("dövlətimizin", "ölkəmizin") ends the phrase; the genitive country or
body before it stays its own entity, which `leaders` reads as the title's country or organisation.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms
from pipeline.names import gazetteer
from pipeline.names.common_words import is_common
from pipeline.names.countries import is_country_name
from pipeline.names.site_labels import words as site_words
from pipeline.names.words import place_words
from pipeline.names.title_lexicon import TITLE_JOINERS, boards, capitalised_name, first_second_person, has_suffix, \
    head_lemma, heads, is_modifier, offices_outside, portfolio_head, ranks, time_words

OWNERS = ("COUNTRY", "REGION", "ORG")
BRIEF_CASES = ("genitive", "locative", "ablative", "instrumental", "dative", "accusative")
MAX_BRIEF = 5      # words of an "X üzrə" brief ("beynəlxalq əlaqələr və diplomatiya üzrə")
LOCAL_CASES = ("locative", "ablative", "genitive", "instrumental")
MAX_WORDS = 10     # the longest gold titles have 9 tokens
GENITIVE_ENDING = re.compile(r"^n?[ıiuü]n$")
MAX_COMPOUND = 8   # words between a genitive owner and its title ("məcburi köçkünlər, əmək, səhiyyə və sosial müdafiə")
OBLIQUE = ("genitive", "locative", "ablative", "instrumental", "terminative", "privative")
VERB_FORM = re.compile(r"(?:m[ıiuü]ş|[aə]n|[aə]c[aə]k|d[ıiuü][ğy][ıiuü]|[ıiuü]b|m[aə]s[ıi])$")  # "olunmuş", "edən"
DEMONYM = re.compile(r"l[ıiuü]$")
PARTICIPLE = re.compile(r"..m[ıiuü]ş$")


def _closes(token: Token, bare: bool) -> bool:
    """A title word that cannot stand here: before a `bare` last word, a genitive or another head
    ("nümayəndə heyətinin Prezident X", "Nazir Prezident X"); a capitalised genitive that is no title
    head ends an organisation's name ("Nazirlər Şurasının sədri": Şurasının is no title word here)."""
    if has_suffix(token.text, "case", "genitive"):
        return bare or token.text[:1].isupper() and not token.is_sent_start and head_lemma(token.text) not in heads() \
            and not _board(token)
    return bare and head_lemma(token.text) in heads()


def _board(token: Token) -> bool:
    """The genitive ends a board's name ("İdarə Heyətinin", "Müşahidə Şurasının")."""
    return token.i > 0 and any((az_lower(token.doc[token.i - 1].text), b) in boards() for b in base_forms(token.text))


def _brief_word(token: Token) -> bool:
    """A word of an "X üzrə" brief ("insan hüquqları üzrə", "elm və təhsil üzrə"): no stop word, no
    genitive, no case a complement does not take (a possessive word may look like one: "siyasəti")."""
    low = az_lower(token.text)
    if low in TITLE_JOINERS:
        return True
    return token.is_alpha and not token.is_stop and not first_second_person(low) \
        and not has_suffix(token.text, "case", "genitive") \
        and (not has_suffix(token.text, "case", BRIEF_CASES) or _possessive_only(token.text))


def _possessive_only(text: str) -> bool:
    """Some reading of `text` ends in a possessive with no case after it ("siyasəti", "köməkçisi"; not
    "çərçivəsində"), whatever case another reading sees in it."""
    return any(a.has("poss") and not a.has("case") for a in analyses(text))


def phrase_start(doc: Doc, end: int, lo: int, bare: bool, head: str | None = None) -> int | None:
    """Leftmost token of the title words before `end`, not before `lo` (the end of the previous entity
    or the sentence start); `end` when there are none, None when the head is someone else's office
    ("dövlətimizin başçısı X", "ölkəmizin prezidenti X"); `bare`: the title's last word has no possessive
    ("Prezident", see `_closes`). Leading "və" and
    commas are left out, and so is an "üzrə" whose complement is a nominative entity or no title word
    ("Ukrayna üzrə xüsusi elçisi X": only "xüsusi elçisi" is sure); an office's genitive before a `head`
    (the title's head lemma) that the gold keeps outside its titles too ("Prezidentinin [xüsusi nümayəndəsi]")."""
    start = end
    brief: int | None = None  # where an "X üzrə" brief began (the index of "üzrə"), while it is read
    while start > lo and end - start < MAX_WORDS:
        token = doc[start - 1]
        if start - 2 >= lo and token.text == "-" and not token.whitespace_ and not doc[start - 2].whitespace_ \
                and doc[start - 2].is_alpha:
            start -= 2  # "general-[mayor]", "eks-[baş nazir]": the tokenizer splits the compound's hyphen
            continue
        if az_lower(doc[start].text) == "üzrə":
            brief = start
        if brief is not None and brief - start < MAX_BRIEF and _brief_word(token):
            start -= 1  # the brief's words are titles' words whatever they are ("qaçqınlar üzrə")
            if token.is_sent_start:
                break
            continue
        if brief is not None and token.text == ")" and _genitive_end(doc, _before_brackets(doc, start - 1)):
            break  # "İttifaqının (Aİ) [xarici siyasət üzrə ali nümayəndəsi]": the owner and its acronym
        if brief is not None and not has_suffix(token.text, "case", "genitive") and not is_modifier(token):
            start = brief  # a brief that does not begin after an owner, a title word or an entity is unsure
            break
        if brief is not None and _head_genitive(token):
            start -= 1  # the office the brief belongs to ("Kanslerinin xarici siyasət üzrə müşaviri")
            brief = None
            if token.is_sent_start:
                break
            continue
        brief = None
        if head in offices_outside() and _head_genitive(token):
            break  # "Prezidentinin [xüsusi nümayəndəsi]": the envoy's title, whoever sent him
        if az_lower(token.text) == "yeni" and az_lower(doc[start].text) == "seçilmiş":
            start -= 1  # "yeni seçilmiş prezident" (but "yeni [Baş nazir]")
            continue
        if _bare_office(token, doc[start]):
            start -= 1  # "[nazir müavini]", "[sədr müavini]": an office's bare head opens its deputy's title
            if token.is_sent_start:
                break
            continue
        if not (is_modifier(token) or _board(token)) or _closes(token, bare):
            if first_second_person(az_lower(token.text)):
                return None
            break
        start -= 1
        if token.is_sent_start:
            break
    while start < end and (doc[start].is_punct or az_lower(doc[start].text) in TITLE_JOINERS):
        start += 1
    uzre = [i for i in range(start, end) if az_lower(doc[i].text) == "üzrə"]
    if uzre and (uzre[0] == start or start == lo > 0 and not doc[lo].is_sent_start
                 and not _genitive_end(doc, _before_brackets(doc, lo - 1)) and not _head_genitive(doc[start])):
        start = uzre[-1] + 1
    return start if bare else owned_start(doc, start, lo)


def _bare_office(token: Token, after: Token) -> bool:
    """`token` is a title head with no ending right before a possessive title head `after` ("nazir müavini",
    "sədr müavini", "direktor köməkçisi"): one title, whatever the tables learnt of the bare word."""
    low = az_lower(token.text)
    return low in heads() and low == head_lemma(token.text) and head_lemma(after.text) in heads() \
        and _possessive_only(after.text)


def _before_brackets(doc: Doc, i: int, reach: int = 6) -> int:
    """The token before a bracketed abbreviation "( … )" that ends at token i ("Komissiyasının (MSK)"), else i."""
    if doc[i].text == ")":
        for j in range(i - 1, max(-1, i - reach), -1):
            if doc[j].text == "(":
                return max(j - 1, 0)
    return i


def _head_genitive(token: Token) -> bool:
    """A title head in the genitive ("Prezidentinin", "nazirinin"): an office a title after it belongs to."""
    return head_lemma(token.text) in heads() and has_suffix(token.text, "case", "genitive")


def _compound_word(token: Token) -> bool:
    """A word of the noun compound between a title's owner and its head ("enerji və təbii sərvətlər",
    "keçid dövrü", "polis", "nazir"): no oblique case (nor a case after a possessive, "niyyətini"), no verb
    form, no stop word, no time word ("yeni", "keçmiş": ANNOTATION.md's title is the office), no acronym or
    regnal number, no demonym ("misirli"), no possessive title head (a second title)."""
    low = az_lower(token.text)
    if low in TITLE_JOINERS or low == "üzrə":
        return True
    if not token.is_alpha or token.is_stop or low in time_words() or token.text.isupper() \
            or VERB_FORM.search(low) or _demonym(low) \
            or has_suffix(token.text, "case", OBLIQUE) or has_suffix(token.text, "rel") \
            or any(a.has("poss") and a.has("case") for a in analyses(token.text)):
        return False
    return not (head_lemma(token.text) in heads() and has_suffix(token.text, "poss"))


def _demonym(low: str) -> bool:
    """"misirli", "braziliyalı": a place's name with -lı, no part of a title ("misirli [hücumçusu]")."""
    stem = DEMONYM.sub("", low)
    return stem != low and (is_country_name(stem.capitalize()) or (stem,) in gazetteer.entries())


def owned_start(doc: Doc, start: int, lo: int) -> int:
    """`start` moved left over a noun compound that a genitive owner opens, the owner left out
    ("Özbəkistanın [investisiya, sənaye və ticarət naziri]", "Suriyanın [keçid dövrü Prezidenti]"): in the
    izafet the possessive head takes every noun between its owner and itself. `start` stays without a
    genitive right before the compound (a sentence start, a locative, a verb), before a capitalised title
    that opens with no head ("atasının [Xalq artisti]"), and where a comma is no list a "və" closes
    ("atası, Xalq artisti"). A minister's portfolio is his title's with no owner too, from its first title word
    ("Saziş [nəqliyyat, rabitə və yüksək texnologiyalar naziri]", `portfolio_head`)."""
    if doc[start].text[:1].isupper() and head_lemma(doc[start].text) is None:
        return start
    i = start
    while i > lo and start - i < MAX_COMPOUND and (_compound_word(doc[i - 1]) or _glued_hyphen(doc[i - 1])):
        i -= 1  # "informasiya-kommunikasiya": the tokenizer splits the compound word's hyphen
    if i == start:
        return start
    if i - 1 < doc[start].sent.start or not _owner_edge(doc, _before_brackets(doc, i - 1)):
        if not portfolio_head(doc[start]):
            return start
        # no owner: the portfolio opens at its first title word ("Əməkdaşlıq haqda razılaşma [nəqliyyat, ... naziri]"),
        # or where the capitalised name of a capitalised office begins ("[Vergilər Nazirinin müşaviri]")
        i = next((k for k in range(i, start) if az_lower(doc[k].text) not in TITLE_JOINERS
                  and (is_modifier(doc[k]) or capitalised_name(doc, k, start))), start)
    while i < start and (doc[i].is_punct or az_lower(doc[i].text) in (*TITLE_JOINERS, "üzrə")):
        i += 1
    commas = [k for k in range(i, start) if doc[k].text == ","]
    if commas and not _list_closed(doc, commas[-1]):
        return start
    # a capital after a lower-case word opens the portfolio's name ("qonağı [Rabitə və ... nazirinin müavini]")
    return max((k for k in range(i + 1, start) if doc[k].text[:1].isupper() and doc[k - 1].text.islower()
                and az_lower(doc[k - 1].text) not in TITLE_JOINERS), default=i)


def _owner_edge(doc: Doc, i: int) -> bool:
    """Token i can stand right before a title's noun compound, outside it: the owner in the genitive
    ("Türkiyənin"; not "ölkəmizin"), a place in the locative with -kı ("Polşanın Azərbaycandakı"), a
    time word ("keçmiş") or a past participle ("yeni təyin olunmuş")."""
    low = az_lower(doc[i].text)
    if low in time_words():
        return True
    if doc[i].is_stop or first_second_person(low) or low in site_words().get("adverb", ()):
        return False  # "onun vəzifələri", "həmçinin": no owner
    return _genitive_end(doc, i) or has_suffix(doc[i].text, "rel") or bool(PARTICIPLE.search(low))


def _list_closed(doc: Doc, comma: int) -> bool:
    """A "və" follows the comma at `comma` before the compound ends ("investisiya, sənaye və ticarət")."""
    k = comma + 1
    while k < len(doc) and _compound_word(doc[k]):
        if az_lower(doc[k].text) == "və":
            return True
        k += 1
    return False


def _genitive_end(doc: Doc, i: int) -> bool:
    """Token i ends a genitive, also one written after a hyphen ("BMT-nin", split by the tokenizer)."""
    if has_suffix(doc[i].text, "case", "genitive"):
        return True
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and bool(GENITIVE_ENDING.match(az_lower(doc[i].text)))


def _unfinished(title: Span) -> bool:
    """A TITLE that cannot end there: its last word is no title head ("keçid dövrü") or a genitive
    ("müdafiə nazirinin"), so a TITLE right after it continues it; two whole titles side by side
    ("baş direktoru general X") stay two, and so does a place word the ner took for a title ("Fəxri
    xiyabanda [Ulu Öndər]": a locative or ablative ends no title phrase)."""
    last = title[-1].text
    if has_suffix(last, "case", ("locative", "ablative")) and not has_suffix(last, "case", "genitive"):
        return False
    return head_lemma(last) is None or has_suffix(last, "case", "genitive")


def whole_titles(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each title right before a PERSON made whole (see the module docstring); None when
    nothing changed."""
    out: list[Span] = []
    changed = False
    for k, ent in enumerate(ents):
        prev = out[-1] if out else None
        if ent.label_ == "TITLE" and prev is not None and prev.label_ == "TITLE" and prev.end == ent.start \
                and _unfinished(prev):
            out[-1] = Span(doc, prev.start, ent.end, label="TITLE")  # "[keçid dövrü] [Prezidenti]": one title
            changed = True
            continue
        if ent.label_ != "PERSON" or ent.start == 0:
            out.append(ent)
            continue
        if prev is not None and prev.label_ == "TITLE" and prev.end == ent.start:
            lo = max(out[-2].end if len(out) > 1 else 0, doc[prev.start].sent.start)
            start = phrase_start(doc, prev.start, lo, not has_suffix(prev[-1].text, "poss"), head_lemma(prev[-1].text))
            if start is not None and start < prev.start:
                out[-1] = Span(doc, start, prev.end, label="TITLE")
                changed = True
            if office := _office_before_rank(doc, out):
                out.insert(-1, office)
                changed = True
            changed = _named_brief(doc, out) or _board_org(doc, out) or changed
        elif (prev is None or prev.end < ent.start) \
                and (title := _free_title(doc, ent.start, prev, _listed(doc, ent, ents[k + 1:k + 2]))):
            if prev is not None and prev.label_ == "TITLE" and prev.end == title.start and _unfinished(prev):
                out[-1] = Span(doc, prev.start, title.end, label="TITLE")  # "[gənclər və idman] naziri X"
            else:
                out.append(title)
                _named_brief(doc, out)
            changed = True
        out.append(ent)
    return out if changed else None


def _named_brief(doc: Doc, out: list[Span]) -> bool:
    """out[-1], a TITLE after an "X ... üzrə" brief, takes the brief when a place or an acronym opens it and
    more of the brief follows it, a noun in the izafet or a listed field ("[Avropa məsələləri üzrə xüsusi
    nümayəndə]", "[İKT və E-hökumət üzrə nümayəndə]": train's gold keeps the brief's words inside), the
    entities dropped; a place alone before "üzrə" stays its own ("[Yaxın Şərq] üzrə [xüsusi nümayəndə]",
    "[Ukrayna] və [Rusiya] üzrə [xüsusi nümayəndəsi]", as train's gold writes it). True when `out` changed."""
    if len(out) < 2 or not _brief_name(doc, out[-2]):
        return False
    named, title = out[-2], out[-1]
    uzre = next((i for i in range(named.end, title.end - 1) if az_lower(doc[i].text) == "üzrə"), None)
    if uzre is None or uzre + 1 < title.start:
        return False
    words = [t for t in doc[named.end:uzre] if not _glued_hyphen(t)]  # "E-hökumət": the tokenizer splits it
    if not 0 < len(words) <= MAX_BRIEF or not all(_brief_word(t) for t in words) \
            or all(az_lower(t.text) in TITLE_JOINERS for t in words):
        return False
    if not (_possessive_only(words[0].text) or az_lower(words[0].text) in TITLE_JOINERS) \
            or not base_forms(words[0].text).isdisjoint(place_words()):
        return False  # "[Ərdəbil] vilayəti üzrə": a place word after a name is the place's own (place_words.tsv)
    first = len(out) - 2  # ... with the places listed before it ("[Avropa və Şimali Amerika məsələləri üzrə ...]")
    while first > 0 and _brief_name(doc, out[first - 1]) and out[first - 1].end < out[first].start \
            and all(az_lower(t.text) in TITLE_JOINERS for t in doc[out[first - 1].end:out[first].start]):
        first -= 1
    out[first:] = [Span(doc, out[first].start, title.end, label="TITLE")]
    return True


def _board_org(doc: Doc, out: list[Span]) -> bool:
    """out[-1], a TITLE, takes the body's board the ner made an ORG right before it ("[Müşahidə Şurasının] [sədri]"
    → "[Müşahidə Şurasının sədri]": train's gold keeps the board inside 9 times in 11, boards.tsv). True when
    `out` changed."""
    if len(out) < 2 or out[-2].label_ != "ORG" or out[-2].end != out[-1].start or len(out[-2]) != 2 \
            or not _board(out[-2][1]) or not has_suffix(out[-2][1].text, "case", "genitive"):
        return False
    out[-2:] = [Span(doc, out[-2].start, out[-1].end, label="TITLE")]
    return True


def _glued_hyphen(token: Token) -> bool:
    """A hyphen inside a word, split off by the tokenizer ("E-hökumət")."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _brief_name(doc: Doc, ent: Span) -> bool:
    """A place or an acronym in the nominative, which may name a brief's subject ("Avropa", "ŞƏT")."""
    return (ent.label_ in ("REGION", "COUNTRY") or ent.label_ == "ORG" and ent.text.isupper()) \
        and not _genitive_end(doc, ent.end - 1)


def _office_before_rank(doc: Doc, out: list[Span]) -> Span | None:
    """The office of free tokens right before out[-1], a rank or honour held beside an office (known_heads.tsv's
    `rank`: "korpusun [komandanı] general-mayor X", "[baş komandanı] admiral X": the gold marks both, each its own
    TITLE; not a head of state, "Pakistanın Baş naziri Prezident X-in" names two people), or None. The office's
    head is possessive, as an office in the izafet is: a bare "Nazir general X-in ..." is a subject."""
    rank, before = out[-1], (out[-2] if len(out) > 1 else None)
    if head_lemma(rank[-1].text) not in ranks() or rank.start == 0 \
            or before is not None and before.end == rank.start or not has_suffix(doc[rank.start - 1].text, "poss"):
        return None
    return _free_title(doc, rank.start, before)


def _listed(doc: Doc, person: Span, after: list[Span]) -> bool:
    """Another PERSON follows `person`, joined by "və", a comma or nothing ("X və Y", "X, Y", "Xla Y")."""
    return bool(after) and after[0].label_ == "PERSON" \
        and all(az_lower(t.text) in TITLE_JOINERS for t in doc[person.end:after[0].start])


def _owned(doc: Doc, i: int, prev: Span | None) -> bool:
    """The word before token i is a genitive or an owner entity ("kafenin", "[Şirkətin]")."""
    return i > 0 and (prev is not None and prev.end == i and prev.label_ in OWNERS or _genitive_end(doc, i - 1))


def _free_title(doc: Doc, end: int, prev: Span | None, listed: bool = False) -> Span | None:
    """A TITLE of free tokens ending at `end` (a PERSON's start) with a title head there, or None.
    `listed`: that PERSON opens a list of people, whose plural title is the first one's too
    ("şirkətin həmtəsisçiləri X və Y"; but "Avropa liderləri X-i tənqid edib" names a group)."""
    head = doc[end - 1]
    alone = heads().get(head_lemma(head.text) or "")
    plural = has_suffix(head.text, "plural")
    if alone is None or plural and not listed:
        return None
    lo = max(prev.end if prev is not None else 0, head.sent.start)
    start = phrase_start(doc, head.i, lo, not has_suffix(head.text, "poss"), head_lemma(head.text))
    if start is None or plural and start == head.i and not _owned(doc, head.i, prev):
        return None  # "ailə üzvləri X və Y" (family): a lone plural head needs whose ("kafenin həmtəsisçiləri")
    if plural and not all(is_modifier(t) or _head_genitive(t) or t.is_punct or az_lower(t.text) in TITLE_JOINERS
                          for t in doc[start:head.i]):
        return None  # ... nor a noun compound the title words lack ("Jurnalistin ailə üzvləri": a family)
    if start == head.i:
        before = doc[start - 1] if start > 0 else None
        # "Mehriban xanım X", "Qarabağ xanı X": a lone head right after a name is part of it; a capitalised
        # word in a case no name part takes ("Ağ Evdə Prezident X") or a common word opening the sentence is none
        # ... but a place or body right before it is whose office it is ("Ankara valisi X")
        owner = prev is not None and prev.end == start and prev.label_ in OWNERS \
            and not has_suffix(head.text, "case", "genitive")  # "Respublikası Prezidentinin [Fərmanı]" names no one
        named = before is not None and (prev is not None and prev.end == start and prev.label_ == "PERSON"
                                        or before.text[:1].isupper() and not has_suffix(before.text, "case", LOCAL_CASES)
                                        and not (before.is_sent_start and is_common(before.text)) and not owner)
        if not (alone or has_suffix(head.text, "poss") and _owned(doc, head.i, prev)) or named:
            return None  # a head that is no title alone is one in the izafet ("Nazirliyin sözçüsü X")
    return Span(doc, start, end, label="TITLE")
