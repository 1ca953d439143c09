"""The classification rules, highest priority first: the one place that says in which order they run.

Each rule's name is what `--explain` reports and `eval_dev.py --without` switches off; each
function's docstring's first line is the reason recorded on what it finds. Rules of equal priority
run in the order listed here; `RULES.without([...])` is the same engine with rules switched off.
"""

from __future__ import annotations

from teikit.annotate.recognise import cuts, organisations, persons, places, quotations
from teikit.annotate.recognise.classifier import ClassifyRule
from teikit.annotate.rules import Rule, Rules

RULES: Rules[ClassifyRule] = Rules([
    Rule("quoted-name", 101, quotations.quoted_name),
    Rule("respelled-in-brackets", 100, persons.respelled_in_brackets),
    Rule("acronym-of-the-name-before", 100, organisations.acronym_of_the_name_before),
    Rule("gazetteer-place", 100, places.gazetteer_place),
    Rule("transliterated-institution", 98, organisations.transliterated_institution),
    Rule("numbered-event", 97, cuts.numbered_event),
    Rule("numbered-unit", 96, organisations.numbered_unit_rule),
    Rule("address-after-on", 97, places.address_after_on),
    Rule("street-after-its-word", 96, places.street_after_its_word),
    Rule("named-after-a-saint", 96, places.named_after_a_saint),
    Rule("cut-titles", 95, cuts.cut_titles),
    Rule("title-inside", 95, cuts.title_inside),
    Rule("inverted-name", 94, persons.inverted_name),
    Rule("periodical", 94, cuts.periodical),
    Rule("title-of-periodical", 94, cuts.title_of_periodical),
    Rule("ship", 94, cuts.ship),
    Rule("opens-foreign-phrase", 94, cuts.opens_foreign_phrase),
    Rule("institution-in-capitals", 94, organisations.institution_in_capitals),
    Rule("heading-in-capitals", 93, cuts.heading_in_capitals),
    Rule("split-at-function-word", 90, cuts.split_at_function_word),
    Rule("name-after-alias-word", 88, persons.name_after_alias_word),
    Rule("names-joined", 88, persons.names_joined),
    Rule("surname-in-capitals", 87, persons.surname_in_capitals),
    Rule("administrative-unit", 86, places.administrative_unit),
    Rule("acronym-apart", 85, organisations.acronym_apart),
    Rule("fused-acronym", 85, organisations.fused_acronym),
    Rule("surnames-in-a-row", 84, persons.surnames_in_a_row),
    Rule("initials-only", 80, organisations.initials_only),
    Rule("people", 78, cuts.people),
    Rule("kin-group", 78, cuts.kin_group),
    Rule("imprint", 77, places.imprint),
    Rule("publisher", 77, organisations.publisher),
    Rule("institution-by-its-kind", 77, organisations.institution_by_its_kind),
    Rule("place-by-kind", 76, places.place_by_kind),
    Rule("opened-by-place-adjective", 76, places.opened_by_place_adjective),
    Rule("place-after-cut", 75, places.place_after_cut),
    Rule("town-after-locative", 74, places.town_after_locative),
    Rule("place-in-life-dates", 73, places.place_in_life_dates),
    Rule("place-after-year-of-birth", 73, places.place_after_year_of_birth),
    Rule("place-in-dateline", 73, places.place_in_dateline),
    Rule("place-before-site", 73, places.place_before_site),
    Rule("document", 72, cuts.document),
    Rule("office-then-name", 71, organisations.office_then_name),
    Rule("compound-institution", 71, organisations.compound_institution_rule),
    Rule("church-of-a-confession", 72, organisations.church_of_a_confession),
    Rule("org-word", 70, organisations.org_word),
    Rule("split-at-possessive", 65, cuts.split_at_possessive),
    Rule("name-of-institution", 64, organisations.name_of_institution),
    Rule("glossed-word", 63, organisations.glossed_word),
    Rule("place-ending", 62, places.place_ending),
    Rule("acronym", 60, organisations.acronym),
    Rule("known-acronym", 59, organisations.known_acronym),
    Rule("not-a-name", 58, cuts.not_a_name),
    Rule("renamed-town", 58, places.renamed_town),
    Rule("river-and-its-banks", 58, places.river_and_its_banks),
    Rule("place-renamed-or-near", 57, places.place_renamed_or_near),
    Rule("sentence-start", 57, persons.sentence_start),
    Rule("place-after-locative", 57, places.place_after_locative),
    Rule("single-name", 56, persons.single_name),
    Rule("place-word", 50, places.place_word),
    Rule("place-before-name", 45, places.place_before_name),
    Rule("common-capital-first", 40, cuts.common_capital_first),
    Rule("split-at-connector", 35, cuts.split_at_connector),
    Rule("person", 30, persons.person),
])
