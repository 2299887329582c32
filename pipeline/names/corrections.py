"""The "az_corrections" component: knowledge that overrules the statistical ner after az_gazetteer,
each rule a config switch (measured one by one in benchmarks/corrections.py):
- common_words: a one-word PERSON/ORG/REGION that is a common word at a sentence or headline start is
  no name (pipeline/names/common_words.py: "Müsabiqədə", "Ekspertlər", "Portala");
- products: a portal, information system, app, e-service, quoted project, satellite or standard, and an
  acronym with a number, are no ORG/PERSON (pipeline/names/products.py: “Elektron Hökumət” portalı,
  ASAN Login, “Azersky” peyki, ISO 27001);
- titles: an ORG/REGION ending in a title word right before a PERSON is a TITLE (pipeline/names/office_titles.py:
  "Xarici İşlər Naziri Hakan Fidan"), and a title before a PERSON is made whole from free tokens
  (pipeline/names/title_phrases.py: "kənd təsərrüfatı nazirinin birinci müavini X", "Səhiyyə Naziri X"),
  and a PERSON that opens with its title is split ("[Kral] [X]", "[Əməkdar artist] [X]"); a title head alone
  is no name ("cənab [Prezident]", office_titles.py);
- persons: a name with a patronymic is one PERSON (pipeline/names/person_forms.py: "Əli Vəli oğlu Məmmədov");
- brands: a one-word PERSON/REGION shaped like a company name is an ORG (pipeline/names/brands.py:
  Azərsu, Expressbank, Bakcell);
- companies: a word with capitals inside, a PERSON/REGION ending in "Bank", "Bank of X" and a quoted company
  before its legal form are ORGs; a brand family's product is no ORG (pipeline/names/company_forms.py:
  AzDataCom, "Mərkəzi Bank", “ASAN Viza”);
- concepts: acronyms of fields and identifiers, software and quoted one-name events are no names, a global
  company is an ORG (pipeline/names/concepts.py: "İKT sahəsi", Windows, “Bakutel” sərgisi, Facebook);
- official_names: two bodies joined by "və" are two ORGs, a PERSON ending in a body's head is an ORG, an
  e-service or a lower-case web address is no name (pipeline/names/official_names.py);
- acronyms: the capitalised words before a bracketed ORG acronym that they spell out are its ORG, the
  one rule that adds an entity (pipeline/names/acronym_names.py: "Beynəlxalq Astronavtika Federasiyasının (BAF)");
- body_runs: a run of capitalised words ending in a body's head is an ORG, also joined by "və"
  (pipeline/names/body_runs.py: "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin");
- org_splits: an ORG ends at a body's head in the genitive, its sub-unit is a second ORG, and lower-case words
  after its head are cut off (pipeline/names/org_splits.py: "[Senatın] [Kəşfiyyat Komitəsinin]");
- org_joins: pieces of one official name are one ORG: a nominative country and its national body, "X adına Y",
  a field pair cut at its "və" (pipeline/names/org_joins.py: "Fransa Xarici İşlər Nazirliyinə");
- facilities: a quoted name before a facility noun, or an ORG ending in one, is no name (pipeline/names/facilities.py:
  “X” Günəş Elektrik Stansiyası, "X Arena"da).
- site_labels: a portal's quoted section and button labels, brand products in any case, e-services glued to
  "e-", plural PERSONs and generic kinds of body are no names (pipeline/names/site_labels.py: “Haqqımızda”
  bölməsi, “Asan imza”, "Açıq Məlumatlardan", "21 İcra Hakimiyyəti nümayəndələri");
- attached_bodies: no TITLE before "yanında", a TITLE ending in a body's head is an ORG, a ministry's acronym
  in the genitive is split from its sub-unit, "ASAN xidmətin" is one ORG (pipeline/names/attached_bodies.py).
- caps_words: all-capital headings: adjacent all-capital ORGs ending in a body's head are one ORG, a one-word
  all-capital ORG/REGION that is a common word is no name (pipeline/names/caps_words.py: "NAZİRLƏR KABİNETİ",
  "XARİCİ ÖLKƏLƏRİN TƏCRÜBƏSİNDƏN").
- bank_names: "Bank" and the name words around it are one ORG, "Bank" alone is no name
  (pipeline/names/bank_names.py: "Bank BTB-nin", “Ziraat Bank Azərbaycan”, "Bank of Baku").
- streets: the name before a street's head noun in the possessive is a REGION without the head, not a
  PERSON (pipeline/names/streets.py: "Sergey Yesenin küçəsi", "Hüseyn Cavid prospektinin").
- held_titles: free title words after a PERSON and right before a predicate ("təyin edilib", "kimi") are a
  TITLE (pipeline/names/held_titles.py: "X xarici işlər nazirinin müavini təyin edilib").
- honorific_names: a given name, an honorific and a surname are one PERSON (pipeline/names/honorific_names.py:
  "Mehriban xanım Əliyevaya").
- person_splits: a PERSON run into the next name is cut where the name ends, an ORG opened by a person split (pipeline/names/person_splits.py:
  "[Natiq Ağayevi] [Balakən Rayon İcra Hakimiyyətinin]", "[Nikolas Maduro] [Milli Assambleyanın]").
- titled_orgs: an ORG of a title and the name after it is a TITLE and a PERSON (pipeline/names/titled_orgs.py:
  "[Genişlənmə üzrə komissarı] [Marta Kosu]", "[Lord] [Vernon Koaker]"), and title words at an ORG's end
  before a TITLE are the title's ("[BMT] [Baş katibi]").
- stray_names: a TITLE with no PERSON in its sentence, a one-word PERSON that is a body's head, a service's
  or document's name and a common word's case form opening a sentence are no names, a common word opening a
  PERSON at a sentence start is cut off, a name with no letter, an address or a language is dropped, a PERSON cut at a glued hyphen is made
  whole, a nominative place opening a body's ORG joins it (pipeline/names/stray_names.py: "Artur Rasi-zadə",
  "Mərkəzin", "Bakı Ali Neft Məktəbi", "Onlayn Konsultasiya xidməti", "Müsabiqənin şərtləri").
- kind_acronyms: an acronym the document spells out in lower-case words or writes in the plural is a kind of
  thing, and none of its ORG mentions is a name (pipeline/names/kind_acronyms.py: "avtomatlaşdırılmış iş
  yerlərinin (AİY)", "ATS-lərdə").
- org_edges: an ORG ending in a body's head takes the words of its name the ner left outside: a genitive owner
  or common capitalised words before it, common capitalised words up to a body's head after it
  (pipeline/names/org_edges.py: "İnformasiya Texnologiyalarının [İnkişafı Dövlət Fondu]", "[Milli
  Sertifikat Xidməti] Mərkəzi").
- unit_names: a body's department, section or directorate named right after the body in the genitive is an ORG
  (pipeline/names/unit_names.py: "[Nazirliyinin] [Qeydiyyat şöbəsinin] [müdiri]", "[MHM-in] [Dövlət reyestri
  şöbəsinin]"); a press office is left unmarked.
- event_names: a REGION that opens an event's or programme's name and a name that ends in a year (an event's
  edition) are no names (pipeline/names/event_names.py: "[Avropa] Oyunları", "[Şərq] Tərəfdaşlığı", “Bakutel-2017”;
  "[Bakı] Enerji Həftəsi", and before a head where the gold keeps a place only no known place: "[Nəsimi] festivalı").
- compass_places: a compass word opening a place's name belongs to it (pipeline/names/compass_places.py: "[Orta
  Asiyanın]", "[Şimali İrlandiya]", "[Şimal-Şərqi Asiyadan]").
- opened_bodies: a quoted name right before a body's name is inside that ORG (pipeline/names/opened_bodies.py:
  "[“Kür” Olimpiya Tədris-İdman Mərkəzi]").
- given_titles: a title word that is also a given name, right before a one-word surname, is the person's first
  name (pipeline/names/given_titles.py: "[Rəis Hüseynov]", not "[Rəis] [Hüseynov]").
- org_openings: the field before "üzrə" and the word a dash glues to a body's name open that ORG
  (pipeline/names/org_openings.py: "Tələbə Qəbulu üzrə [Dövlət Komissiyası]", "Təlim-[Tədris Mərkəzi]").
- bilateral_bodies: a joint body's parties and lower-case brief before "üzrə" open its ORG (org11;
  pipeline/names/bilateral_bodies.py: "[Azərbaycan ilə Yaponiya arasında iqtisadi əməkdaşlıq üzrə Dövlət Komissiyası]").
- org_repeats: a body's name of two words or more found once is an ORG at its other lone mentions in the
  article (pipeline/names/repeated_orgs.py: "Dünya Bankı ... Dünya Bankının").
- common_forms: a one-word PERSON/REGION that is a common word by its stem or derivation, and a PERSON common
  word with no name word beside it, are no names (pipeline/names/common_forms.py: "Qəyyumluqda",
  "Demokratikləşmə", "[Tələbə] Qəbulu").
- platform_posts: a social network named as the place of a page or a post is no name
  (pipeline/names/platform_posts.py: "“X” sosial şəbəkəsində yazıb", "Instagram hesabında").
- card_products: an acronym before a bare card or device noun is the product's label, none of its ORG mentions a
  name (pipeline/names/card_products.py: "TAC kart", "SMART kartlar").
- english_words: a REGION holding or beside an English word of a title is no place, unless the gazetteer knows it
  (pipeline/names/english_words.py: "[Global] Open Data Index", "Smart Government", "Tier III").
- region_bodies: a REGION of two words or more ending in a body's head is an ORG, a park excepted
  (pipeline/names/region_bodies.py: "[Alman-Azərbaycan Xarici Ticarət Palatasında]").
- span_edges: a name never ends in an opening bracket, a dash, a comma or a conjunction, nor opens with a closing
  bracket or a dash (pipeline/names/span_edges.py: "[Konfransı (]" → "[Konfransı] (", "[Rəqəmsal İnkişaf və]").
- org_starts: a common word opening a sentence, which the news never writes opening a name mid-sentence, is no
  word of the ORG after it (pipeline/names/org_starts.py: "[Seminarı] Regional ... Birliyinin").
- name_tails: a foreign name cut after a title takes its surname (pipeline/names/name_tails.py: "Prezidenti
  [Xose Raul] Mulino çıxış edib" → "[Xose Raul Mulino]").
- title_edges: a TITLE never opens with "üzrə", "olan" or an ablative, nor ends in a kinship word (pipeline/names/title_edges.py:
  "Sinqapurdan [olan nümayəndəsi]" → "[nümayəndəsi]", "sədrinin [qızı] X" → no TITLE).
- person_regions: a REGION the gazetteer does not know that ends the PERSON right before it, or stands before
  "xan"/"xanım" or "adına", is a person's name (pipeline/names/person_regions.py: "[Fyodor] [Keavdari]", "[Sona] xanım",
  "[Manas] adına").
- name_particles: a PERSON the ner split at a name particle grows over it and the rest of the name
  (pipeline/names/name_particles.py: "[Luiz de] [Souzanın]", "[Şeyx Abdullah bin Naser] [bin Xəlifə] [Al Tani]").
- glued_tails: a name whose last word the tokenizer split from the word a scraper ran onto it takes that word
  back, as the gold writes whole words (pipeline/names/glued_tails.py: "[İlham Əliyevin]çıxışı" →
  "[İlham Əliyevinçıxışı]", norm "İlham Əliyev").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.names.acronym_names import acronym_names
from pipeline.names.bilateral_bodies import bilateral_bodies as bilateral_body_names
from pipeline.names.attached_bodies import attached_bodies as attached_body_names
from pipeline.names.bank_names import bank_names as bank_org_names
from pipeline.names.body_runs import long_body_names
from pipeline.names.brands import company_names
from pipeline.names.card_products import card_products as card_product_fixes
from pipeline.names.caps_words import caps_words as caps_word_names
from pipeline.names.common_forms import common_forms as common_form_fixes
from pipeline.names.common_words import sentence_start_words
from pipeline.names.company_forms import company_forms
from pipeline.names.compass_places import compass_places as compass_place_names
from pipeline.names.concepts import concept_names
from pipeline.names.english_words import english_words as english_word_fixes
from pipeline.names.event_names import event_names as event_name_fixes
from pipeline.names.facilities import facility_names
from pipeline.names.given_titles import given_titles as given_title_names
from pipeline.names.held_titles import held_titles as predicated_titles
from pipeline.names.honorific_names import honorific_persons
from pipeline.names.kind_acronyms import kind_acronyms as kind_acronym_fixes
from pipeline.names.office_titles import lone_title_words, titles_before_persons
from pipeline.names.official_names import body_names
from pipeline.names.org_edges import org_edges as org_edge_fixes
from pipeline.names.org_joins import joined_orgs
from pipeline.names.org_openings import org_openings as org_opening_names
from pipeline.names.org_starts import org_starts as org_start_fixes
from pipeline.names.org_splits import split_orgs
from pipeline.names.person_forms import patronymic_persons
from pipeline.names.person_splits import split_persons
from pipeline.names.platform_posts import platform_posts as platform_post_fixes
from pipeline.names.products import product_names
from pipeline.names.person_regions import person_regions as person_region_names
from pipeline.names.region_bodies import region_bodies as region_body_names
from pipeline.names.repeated_orgs import repeated_orgs as repeated_org_names
from pipeline.names.site_labels import site_labels as site_label_names
from pipeline.names.stray_names import stray_names as stray_name_fixes
from pipeline.names.name_particles import name_particles as particle_names
from pipeline.names.glued_tails import glued_tails as glued_tail_names
from pipeline.names.invisible_edges import invisible_edges
from pipeline.names.name_tails import name_tails as cut_name_tails
from pipeline.names.opened_bodies import opened_body_names
from pipeline.names.span_edges import span_edges as span_edge_fixes
from pipeline.names.streets import street_names
from pipeline.names.title_phrases import whole_titles
from pipeline.names.titled_persons import split_titled_persons
from pipeline.names.title_edges import title_edges as title_edge_fixes
from pipeline.names.unit_names import unit_names as unit_name_fixes
from pipeline.names.titled_orgs import titled_orgs as split_titled_orgs

RULES = ("common_words", "products", "titles", "persons", "brands", "companies", "concepts", "official_names", "acronyms",
         "body_runs", "org_splits", "org_joins", "facilities", "site_labels", "attached_bodies", "caps_words",
         "bank_names", "streets", "held_titles", "honorific_names",
         "person_splits", "titled_orgs", "stray_names", "kind_acronyms", "org_edges",
         "event_names", "compass_places", "opened_bodies", "given_titles", "org_openings", "org_repeats",
         "common_forms", "platform_posts", "card_products", "english_words", "region_bodies",
         "span_edges", "org_starts", "name_tails", "title_edges", "person_regions", "name_particles",
         "unit_names", "glued_tails", "bilateral_bodies")


@Language.factory("az_corrections", default_config={rule: True for rule in RULES})
def create_az_corrections(nlp: Language, name: str, common_words: bool = True, products: bool = True,
                          titles: bool = True, persons: bool = True, brands: bool = True, companies: bool = True,
                          concepts: bool = True, official_names: bool = True, acronyms: bool = True,
                          body_runs: bool = True, org_splits: bool = True, org_joins: bool = True,
                          facilities: bool = True, site_labels: bool = True, attached_bodies: bool = True,
                          caps_words: bool = True, bank_names: bool = True,
                          streets: bool = True, held_titles: bool = True, honorific_names: bool = True,
                          person_splits: bool = True, titled_orgs: bool = True, stray_names: bool = True,
                          kind_acronyms: bool = True, org_edges: bool = True,
                          event_names: bool = True, compass_places: bool = True, opened_bodies: bool = True,
                          given_titles: bool = True, org_openings: bool = True, org_repeats: bool = True,
                          common_forms: bool = True, platform_posts: bool = True,
                          card_products: bool = True, english_words: bool = True,
                          region_bodies: bool = True, span_edges: bool = True, org_starts: bool = True,
                          name_tails: bool = True, title_edges: bool = True, person_regions: bool = True,
                          name_particles: bool = True, unit_names: bool = True, glued_tails: bool = True,
                          bilateral_bodies: bool = True):
    """Correct the ner's names with knowledge; see the module docstring for each switch."""
    # titles first: a capitalised title opening a sentence is relabelled, not dropped as a common word
    steps = [rule for on, rule in ((persons, patronymic_persons), (titles, split_titled_persons),
                                   (titles, titles_before_persons), (titles, lone_title_words),
                                   (products, product_names), (common_words, sentence_start_words),
                                   (titles, whole_titles),
                                   (brands, company_names), (companies, company_forms),
                                   (concepts, concept_names),
                                   (official_names, body_names), (acronyms, acronym_names),
                                   (body_runs, long_body_names), (org_splits, split_orgs),
                                   (org_joins, joined_orgs), (facilities, facility_names),
                                   (site_labels, site_label_names), (attached_bodies, attached_body_names),
                                   (caps_words, caps_word_names),
                                   (bank_names, bank_org_names), (streets, street_names),
                                   (held_titles, predicated_titles), (honorific_names, honorific_persons),
                                   (person_splits, split_persons), (titled_orgs, split_titled_orgs),
                                   # last: what the rules above leave alone (a TITLE with no PERSON, ...)
                                   (stray_names, stray_name_fixes), (kind_acronyms, kind_acronym_fixes),
                                   (org_edges, org_edge_fixes), (unit_names, unit_name_fixes),
                                   (event_names, event_name_fixes), (compass_places, compass_place_names),
                                   (opened_bodies, opened_body_names),
                                   (given_titles, given_title_names),
                                   # a name made whole before its other mentions are looked for
                                   (org_openings, org_opening_names), (bilateral_bodies, bilateral_body_names),
                                   (org_repeats, repeated_org_names),
                                   (common_forms, common_form_fixes), (platform_posts, platform_post_fixes),
                                   (card_products, card_product_fixes), (english_words, english_word_fixes),
                                   (region_bodies, region_body_names),
                                   (span_edges, span_edge_fixes), (org_starts, org_start_fixes),
                                   (name_tails, cut_name_tails), (title_edges, title_edge_fixes),
                                   (person_regions, person_region_names),
                                   (name_particles, particle_names),
                                   # last: a name's run-together word back inside its span, as the gold writes it
                                   (glued_tails, glued_tail_names)) if on]

    def az_corrections(doc: Doc) -> Doc:
        # doc.ents builds every Span on each access: read once, each rule works on the list, write once
        ents = list(doc.ents)
        changed = False
        for rule in steps:
            new = rule(doc, ents)
            if new is not None:
                ents, changed = new, True
        trimmed = invisible_edges(doc, ents)
        if trimmed is not None:
            ents, changed = trimmed, True
        if changed:
            doc.ents = ents
        return doc
    return az_corrections

