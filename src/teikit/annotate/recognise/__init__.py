"""Automatic recognition of persons, places and organisations in a text with no register.

Capitalised phrases are cut where English grammar ends a name, then each phrase goes through the
classification rules (`RULES`, a `teikit.annotate.rules.Rules` registry) in priority order: the
first rule that answers decides what the phrase names, and may cut it into several mentions. Every
mention records the rule that made it and why (`teikit convert --explain`). The words the rules
consult are data (`teikit.lexicon`, `teikit.annotate.gazetteer`), not code. What each rule
adds on the development set is measured in docs/entities.md (`benchmarks/eval_dev.py --without`).

Once every phrase is classified, the document as a whole decides its weaker mentions: a bare word
with no evidence beside a place in a list or on a route is a place, and a name typed with strong
evidence somewhere (by the rules or the genre authority) is the same kind of name where its evidence
is weak (one sense per document). A bare word still pending (at a sentence start, or with no
evidence) is kept as a person only if it is named elsewhere with evidence, has a surname's shape,
stands in a list of persons or before a verb of saying or going; one right after "the" and before a
verb is an institution; mentions of one person are grouped into one draft entry by surname, forename
and initials.

The package, stage by stage: `tokens` (tokens, phrases, mentions), `capitals` (text in capitals read
as prose), `words` (what a word is), `classifier` (the machinery), the rules for `persons`, `places`
and `organisations`, those that `cuts` a phrase and those on `quotations`, their order in `registry`,
the `document` passes and the `drafts` they end in; `recognise` here runs them in that order.
"""

from __future__ import annotations

import re

from teikit.annotate.recognise.capitals import recased, typed_in_capitals
from teikit.annotate.recognise.classifier import Classifier, ClassifyRule
from teikit.annotate.recognise.document import (acronyms_the_text_expands, authority_mentions, bodies_after_places,
                                                decide_pending, document_senses, monastic_names, one_sense,
                                                names_in_other_languages, names_joined_by_a_dash, persons_initials,
                                                places_beside_places, places_in_their_regions, places_named_otherwise,
                                                respellings_in_brackets, rows_of_one_kind, sense_key, ships,
                                                speakers_by_initials, terms_the_text_defines, towns_named_as_persons,
                                                user_names, words_of_cited_titles)
from teikit.annotate.recognise.drafts import group
from teikit.annotate.recognise.quotations import (dated_lunar_months, decorations, inside, inside_quotes,
                                                  quoted_full_name, quoted_institution, quoted_place, titles_of_works)
from teikit.annotate.recognise.registry import RULES
from teikit.annotate.recognise.tokens import Mention, phrases, tokens
from teikit.annotate.recognise.words import ROMAN, place_ok, unit_head
from teikit.annotate.rules import Rules
from teikit.model import Span
from teikit.register import ENTITY_TAG, Draft

RANK = 30


#: An institution's name up to the "of" before a name the authority knows: "the Presidium of the ",
#: "PRESIDIUM OF THE " in a heading.
HEAD_OF = re.compile(r"(.*[^\s]) (?:of|OF) (?:the |THE )?")


def cut_before_known(texts: list[str], found: list[Mention], authority: list[Mention]) -> None:
    """An institution the rules read whole up to a name of the genre authority after its "of" is two
    ("the Presidium of the Supreme Soviet": the Presidium, then the authority's Supreme Soviet), as
    GUIDELINES split "Central Committee of the CPSU (b)"; cut, it no longer overlaps the known name.
    A territory and its unit before the known body are the territory ("the Tambov Gubernia" of "the
    Tambov Gubernia Extraordinary Commission"); a known town opening it is cut off ("the Leningrad
    University"), as GUIDELINES split "the Leningrad Communist Party". A person with initials the rules
    read from a known body on is the body's official ("the Pushkin House N. V. IZMAILOV"); a place the
    rules read into a known body after its "of" is the place ("the Constituent Assembly of Georgia")."""
    known: dict[int, list[Mention]] = {}
    for a in authority:
        known.setdefault(a.block, []).append(a)  # by block: a long text has thousands of both
    for m in found:
        opening = next((a for a in known.get(m.block, ()) if a.start == m.start and a.end < m.end
                        and texts[m.block][a.end:a.end + 1] == " "), None)
        body = opening is not None and texts[m.block][opening.end + 1:opening.end + 2].isupper() \
            and (m.type == "person" and m.initials and opening.type != "person"
                 or m.type == "org" and opening.type == "place")  # not "the Soviet Union of the Final Act"
        country = OF_A_PLACE.fullmatch(texts[m.block], opening.end, m.end) \
            if opening is not None and m.type == opening.type == "org" else None
        if country is not None and place_ok(country.group(1)):  # "the Constituent Assembly of Georgia"
            m.start, m.type, m.cert, m.words = country.start(1), "place", "medium", []
            m.text = country.group(1)
            m.reason += "; the place after a body the genre authority knows"
            continue
        if body:  # "the Pushkin House N. V. IZMAILOV": the body, its official; "the Leningrad University"
            m.start = opening.end + 1
            m.text = texts[m.block][m.start:m.end]
            m.words = [w for w in m.words if w not in opening.text.split()] if m.type == "person" else m.words
            m.reason += f"; cut after a{' place' if opening.type == 'place' else ' body'} the genre authority knows"
        if m.type != "org":
            continue
        inner = next((a for a in known.get(m.block, ()) if m.start < a.start and a.end <= m.end), None)
        head = HEAD_OF.fullmatch(texts[m.block], m.start, inner.start) if inner is not None else None
        if head is not None:
            m.end = head.end(1)
            m.text = texts[m.block][m.start:m.end]
            m.reason += "; cut before a name the genre authority knows"
        territory = texts[m.block][m.start:inner.start].split() if inner is not None and inner.end == m.end else []
        if len(territory) == 2 and territory[0][1:].islower() and unit_head(territory[1]):
            m.type, m.cert, m.words = "place", "medium", []  # "the Tambov Gubernia Extraordinary Commission"
            m.end = m.start + len(" ".join(territory))
            m.text = texts[m.block][m.start:m.end]
            m.reason += "; the territory before a body the genre authority knows"


#: After a body's name, "of" and the place it is of: " of Georgia", " of the Ukrainian SSR" (group 1).
OF_A_PLACE = re.compile(r" (?:of|OF) (?:the |THE )?(\S.*)")


#: A capital and a full stop opening a line before a capitalised word: an initial, or the letter of a
#: heading ("A. Security and police bodies") or of a transcript's question ("Q. Turning to").
LINE_LETTER = re.compile(r"^([A-HQ]|[IVX]{1,4})\. (?=[A-Z])", re.MULTILINE)


def heading_letters(texts: list[str]) -> set[tuple[int, int]]:
    """Where a line opens with the letter or Roman numeral of a heading, as appendices, glossaries
    and reports divide themselves ("A. Security and police bodies", "B. Party and state bodies";
    "I. General", "II. Staff", "V. Proposals"), or with a deposition's Q. and A. ("Q. Very well.",
    "A. Nobody from the West"): the document opens lines with A. and B., with I. and II., or with Q.
    and A., at least, so the letters count, they are no one's initials."""
    found = [(b, letter.start(), letter.group(1)) for b, text in enumerate(texts)
             for letter in LINE_LETTER.finditer(text)]
    letters = {letter for _, _, letter in found}
    return {(b, start) for b, start, letter in found
            if {"A", "B"} <= letters and letter in "ABCDEFGH" or {"I", "II"} <= letters and ROMAN.fullmatch(letter)
            or {"Q", "A"} <= letters and letter in "QA"}


def code_names_again(texts: list[str], found: list[Mention], quoted: list[Mention]) -> list[Mention]:
    """A quoted name the document gives a person as a code name or alias ('the band of "Zhaibas"') is
    that person wherever else it is quoted alone ('we learned that "Zhaibas" intends'), not a title,
    nor the river or town it is also the name of ('Agent "Irtysh"' and then 'the report of "Irtysh"')."""
    aliases = {sense_key(m.text) for m in found if m.rule == "quoted-name" and m.type == "person"}
    again = [m for m in quoted if sense_key(m.text) in aliases]
    quoted_in_found = [m for m in found if m.type != "person" and sense_key(m.text) in aliases
                       and inside_quotes(texts[m.block], m)]
    for m in again + quoted_in_found:
        m.type, m.cert, m.words = "person", "medium", [m.text]
        m.reason += "; quoted as a person's code name elsewhere in the text"
    return again


def recognise(texts: list[str], reserved: set[str], rules: Rules[ClassifyRule] = RULES,
              known: list[list[Span]] | None = None) -> tuple[list[Draft], list[list[Span]]]:
    """Find entities in block texts (in reading order): draft entries and each block's spans.

    `known` are the names already found in each block (by the genre authority): evidence for the
    same names elsewhere and for their neighbours. Each span carries its mention's rule and reason
    (`Span.explanation`) for `--explain`.
    """
    found: list[Mention] = []
    quoted_aside: list[Mention] = []  # names that fill quotation marks: titles, or a code name again
    every_line = typed_in_capitals(texts)
    texts = [recased(t, every_line) for t in texts]
    token_lists = [tokens(t) for t in texts]
    lettered = heading_letters(texts)
    for b, (text, toks) in enumerate(zip(texts, token_lists)):
        classifier = Classifier(text, toks, b, rules, texts[b - 1].rsplit("\n", 1)[-1] if b else "")
        titles = titles_of_works(text)
        no_persons = decorations(text) + dated_lunar_months(text)  # an order's or a dated month's words
        taken = -1  # where the block's last mention ends: a rule may take in the runs after its own
        for run in phrases(text, toks):
            run = [i for i in run if toks[i].start >= taken]  # what a rule took of it is taken
            if run and (b, toks[run[0]].start) in lettered:
                run = run[2:]  # the heading's letter and its full stop
            opening = next((end for start, end in no_persons if run and start <= toks[run[0]].start < end), None)
            if opening is not None:
                run = [i for i in run if toks[i].start >= opening]  # "Hero of Socialist Labour Kim Pen Hwa": its holder
            if not run:
                continue
            mentions = classifier.classify(run)
            taken = max([taken] + [m.end for m in mentions])
            for m in mentions:
                if inside(m.start, m.end, titles) and not quoted_place(m):
                    continue  # a title's names are the title's; a town the gazetteers know is still the town
                if m.type in ("person", "person?") and inside(m.start, m.end, no_persons):
                    continue
                if m.rule == "quoted-name" or not inside_quotes(text, m) or quoted_institution(text, m) \
                        or quoted_full_name(text, m) or quoted_place(m):
                    found.append(m)
                else:
                    quoted_aside.append(m)
    found += code_names_again(texts, found, quoted_aside)
    authority = authority_mentions(texts, known or [])
    cut_before_known(texts, found, authority)
    places_beside_places(texts, found, authority)
    places_in_their_regions(texts, found, authority)
    found += respellings_in_brackets(texts, found)
    found = monastic_names(texts, found)
    found = names_in_other_languages(texts, found)
    found = places_named_otherwise(texts, found)
    found = speakers_by_initials(texts, found)
    found = user_names(texts, found)
    found = names_joined_by_a_dash(texts, ships(texts, found))
    found = words_of_cited_titles(texts, found, authority)
    acronyms_the_text_expands(found)
    found = persons_initials(texts, terms_the_text_defines(texts, found))
    one_sense(texts, found, document_senses(found + authority), document_senses(found + authority, strong=False))
    towns_named_as_persons(texts, found)
    kept = decide_pending(texts, found, authority)
    rows_of_one_kind(texts, kept)
    kept += bodies_after_places(texts, kept + authority)
    kept.sort(key=lambda m: (m.block, m.start))
    drafts = group(kept, reserved)
    spans: list[list[Span]] = [[] for _ in texts]
    for m in kept:
        spans[m.block].append(Span(m.start, m.end, ENTITY_TAG[m.type],
                                   {"ref": f"#{m.entry.id}", "resp": "#teikit", "cert": m.cert}, rank=RANK,
                                   explanation=(m.rule, m.reason)))
    return drafts, spans
