"""Rules for organisations: institutions named by an organisation word, in capitals, by an acronym, a
numbered unit, a Soviet compound abbreviation, a transliterated Russian name or a translator's gloss."""

from __future__ import annotations

import itertools
import re
from functools import cache

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.classifier import Phrase, single
from teikit.annotate.recognise.places import IMPRINT_YEAR, fused_unit, known_place
from teikit.annotate.recognise.quotations import WORD
from teikit.annotate.recognise.tokens import NUMBER_SIGN, Mention, Tok, char_before, connector, is_initial, \
    joiner, numbered_acronym, numbered_after, numbered_in_small_letters, numbered_unit, ordinal_of_a_list_of_units, \
    past_connectors, sentence_initial, short_of_connectors, tokens_up_to
from teikit.annotate.recognise.words import ROMAN, adjective, capital_name_shaped, east_asian_name, \
    family_and_given_name, forename_in_ordinary_case, forenames_in_capitals, is_acronym, listed, name_particle, \
    long_stem_opens, office_or_calling, place_ok, pronounceable, stemmed_institution, title_word, unit_head


def numbered_unit_rule(phrase: Phrase) -> list[Mention] | None:
    """A numbered subdivision is an institution: "the 3rd department of the UGB", "BOARD 3 OF THE NKGB",
    "Shop No. 190 of Plant No. 183", each of "the 122nd and 149th regiments"; a numbered mine or
    settlement is a place ("Mine No. 29").

    An ordinal and a unit word (lexicon/numbered-units, in any case), or a unit word and its number
    (lexicon/units-numbered-after, numbered-institutions), are its name; what stands around it is named
    again by the rules.
    """
    classifier, run = phrase.classifier, phrase.run
    text, toks = classifier.text, classifier.toks
    small = numbered_in_small_letters(text, toks, run[0])
    if small:  # "camp section No. 2"; "aul No. 4" a site
        kind = "place" if toks[run[0]].text in lx.words("numbered-sites") else "org"
        return [phrase.mention(run[:small], kind, "medium")] + phrase.classify(run[small:])
    if len(run) == 1 and ordinal_of_a_list_of_units(text, toks, run[0]):
        return [phrase.mention(run, "org", "medium")]  # "the 122nd and 149th regiments": two regiments
    pos = next((p for p, k in enumerate(run) if (p == 0 and numbered_unit(text, toks, k))
                or (p + 1 < len(run) and numbered_after(text, toks, k))), None)
    if pos is None:
        return None
    size = numbered_unit(text, toks, run[pos]) if pos == 0 else 0
    size = size if size and pos + size <= len(run) else 1 + numbered_after(text, toks, run[pos])
    before, rest = run[:pos], run[pos + size:]
    while before and joiner(toks[before[-1]].text):
        before = before[:-1]
    while rest and joiner(toks[rest[0]].text):
        rest = rest[1:]
    kind = "place" if toks[run[pos]].text in lx.words("numbered-sites") else "org"  # "Mine No. 29": the site
    return phrase.classify(before) + [phrase.mention(run[pos:pos + size], kind, "medium")] + phrase.classify(rest)


@cache
def firm_tail() -> re.Pattern[str]:
    """A firm's closing words right after its founder's name (lexicon/firm-tails), a comma maybe before
    them: ", Inc.", " & Co.", " and Sons"."""
    return re.compile(rf",?[ \t]+{lx.alternation(list(lx.entries('firm-tails')))}(?!\w)")


#: The partners' names after "&" that close a firm's name: "Harrow & Finch", "HALLORAN & VETCH",
#: "Kvadrat & Partners Realty".
PARTNERS = re.compile(r"[ \t]+&[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def partners(text: str, toks: list[Tok], last: int) -> re.Match[str] | None:
    """The names after "&" that make a name before it a firm's, as partners name a publisher, a dealer
    or a works; not a pair of places the gazetteers know ("Saratov & Engels"), nor of plural nouns
    ("Barristers & Solicitors", "COURTS & JUSTICE")."""
    tail = PARTNERS.match(text, toks[last].end)
    if tail is None:
        return None
    first, second = toks[last].text, tail.group().split()[1]
    if gz.place_size(first) is not None and gz.place_size(second) is not None or plural_noun(first.lower()):
        return None
    return tail


def plural_noun(word: str) -> bool:
    """An English noun in the plural ("barristers", "courts"): a trade or a subject, not a partner."""
    return word.endswith("s") and any(gz.common_word(form) for form in gz.singulars(word)[1:])


def firm_with_its_tail(phrase: Phrase) -> list[Mention] | None:
    """A name and the words that close a firm's name after it are the firm, an institution: "Hugh L.
    Cooper and Co.", "M. Knoedler & Co.", "Albert Kahn, Inc.", and the partners' names after "&"
    ("Harrow & Finch"), not the founder; what stands before a connector is classified on its own ("the
    engineer John CALDER of Albert Kahn, Inc."), unless a body's word ends it: the body's name goes on
    ("the Canadian Institute of Ukrainian Studies Press"). A people's name is no founder's ("the Special
    Party of Caucasian Brothers")."""
    toks, text, run = phrase.classifier.toks, phrase.classifier.text, phrase.run
    for cut in range(len(run), 0, -1):  # the run may hold the tail's words already ("Cooper and Co")
        tail = firm_tail().match(text, toks[run[cut - 1]].end) or (
            partners(text, toks, run[cut - 1]) if cut == len(run) else None)
        if tail is not None and tail.end() >= toks[run[-1]].end and not adjective(toks[run[cut - 1]].text):
            opens = max((p + 1 for p in range(cut - 1) if connector(toks[run[p]].text)
                         and not partner_before_and(toks, run, p)
                         and not (p >= 1 and listed("org-words", toks[run[p - 1]].text))), default=0)
            while opens < cut - 1 and toks[run[opens]].text in lx.words("function-words"):
                opens += 1  # "The Smith Co. plant": the article opens the sentence, not the name
            m = phrase.mention(tokens_up_to(toks, run[opens], tail.end()), "org", "high")
            m.reason = "a name and the words closing a firm's name after it (lexicon/firm-tails) or its partners' names"
            head = run[:opens]
            while head and connector(toks[head[-1]].text):
                head = head[:-1]
            return (phrase.classify(head) if head else []) + [m]
    return None


def partner_before_and(toks: list[Tok], run: list[int], p: int) -> bool:
    """Token `run[p]` is "and" after one name alone, the first partner of a firm ("Reid and Astbury,
    Limited"), not the end of what stands before the firm ("the engineer of Kahn and …")."""
    return toks[run[p]].text == "and" and p >= 1 and (p == 1 or connector(toks[run[p - 2]].text))


def transliterated_institution(phrase: Phrase) -> list[Mention] | None:
    """Words of the USSR's languages and its neighbours' in Latin letters holding an institution noun
    name an institution, not a person: "Gosudarstvennyi arkhiv Rossiiskoi Federatsii", "Latvijas
    Valsts arhīvs" (lexicon/transliterated-institution-words), and so do German words holding one or a
    compound ending in one: "the Einwandererzentralstelle" (lexicon/german-institution-words). The name
    runs over lowercase words, so the phrase that opens it stands for all of it."""
    names, run = phrase.classifier.transliterated, phrase.run
    pos = next((p for p, k in enumerate(run) if k in names), None)
    if pos is None:
        return None
    name = names[run[pos]]
    found = phrase.classify(run[:pos])
    if run[pos] == name[0]:
        found.append(phrase.mention(name, "org", "medium"))
    return found + phrase.classify([k for k in run[pos:] if k > name[-1]])


#: A line opened by a section's Roman number, and the heading's first word: "IV. WORK OF THE PARTY".
SECTION_HEADING = re.compile(r"[ \t]*[IVXLC]+\.[ \t]+([A-Z][\w'’-]*)")


def document_title_in_capitals(phrase: Phrase) -> list[Mention] | None:
    """A document's heading in capitals, as a collection prints it, names its kind before "OF" and then
    who wrote it: "REPORT OF THE HEAD OF THE NORTHERN GROUP OF THE SOVIET REPATRIATION MISSION",
    "FROM THE RULING OF THE CASSATION BOARD", "INFORMATION NOTE OF THE DEPARTMENT OF VISAS"
    (lexicon/document-kinds). The title's words are no part of a name; what follows "OF THE" is read
    on its own. A kind with a body's word among the words before it ("PARTY CONTROL COMMISSION REPORT
    OF …") is left to the other rules."""
    toks, run = phrase.classifier.toks, phrase.run
    words = phrase.words
    if len(run) < 3 or not all(w.isupper() for w in words if w[:1].isalpha()):
        return None
    of = next((p for p, w in enumerate(words) if w == "OF"), None)
    title = [w for w in words[:of] if not connector(w)] if of else []
    if not title or title[-1].lower() not in lx.words("document-kinds") \
            or any(listed("org-words", w.title()) for w in title):
        return None
    return phrase.classify(past_connectors(toks, run[of:]))


def institution_in_capitals(phrase: Phrase) -> list[Mention] | None:
    """An institution's name in capitals, as the letterhead of an official document prints it
    ("PEOPLE'S COMMISSARIAT OF INTERNAL AFFAIRS OF THE USSR", "MAIN DIRECTORATE OF STATE SECURITY"):
    an organisation word in capitals (lexicon/org-words) and nothing of a heading's numbering or of
    a document's kind (no Roman numeral, no word of lexicon/document-words or event-words). An
    acronym or a place it names stands apart ("… OF THE USSR"); a unit word closing it with no "of"
    makes it a state's or a region's name ("RUSSIAN SOVIET FEDERATIVE SOCIALIST REPUBLIC"). Initials
    inside it open the name of the person who heads it, and what follows is read on its own."""
    words = [w for w in phrase.words if w[:1].isalpha() and not (len(w) == 1 and w.islower())]  # VKP(b)'s b
    if not (len(words) >= 2 and all(w.isupper() for w in words) and any(listed("org-words", w) for w in words)) \
            or any(ROMAN.fullmatch(w) and len(w) > 1 and w not in lx.words("org-acronyms")  # "CC" is one too
                   or any(listed("document-words", form) for form in gz.singulars(w.title()))  # "PROTOCOLS" too
                   or listed("event-words", w) for w in words):
        return None
    toks, run = phrase.classifier.toks, phrase.run
    signer = next((p for p in range(1, len(run)) if is_initial(toks, run[p])), None)
    if signer is not None:  # "… OF THE AMUR MILITARY FLOTILLA F. F. ORLOV ON …": the body, then its head
        return phrase.classify(run[:signer]) + phrase.classify(run[signer:])
    if office_or_calling(words[-1].title()):  # "THE PARTISAN BRIGADE COMMANDER": an office, no body
        joins = [p for p, k in enumerate(run) if toks[k].text.lower() in lx.words("connectors")]
        return phrase.classify(run[:joins[0]]) if joins else []
    if all(w == "SOVIET" and p + 1 < len(words) and words[p + 1].lower() not in lx.words("connectors")
           for p, w in enumerate(words) if listed("org-words", w)):
        return None  # "SOVIET MOUNTAINEERING IN 1938", "DIGEST OF SOVIET REGIONAL BROADCASTS": the adjective
    office = next((p for p, w in enumerate(words) if not office_or_calling(w.title())), len(words))
    if 0 < office < len(words) - 1 and words[office].lower() in lx.words("splitters"):  # "CHIEF OF THE SECRET
        return phrase.classify(past_connectors(toks, run[office:]))  # DEPARTMENT": an office over its signature
        # names the body it heads, not itself
    under = next((p for p in range(1, len(run) - 1) if subordinating(toks[run[p]].text)), None)
    if under is not None:  # "COMMITTEE OF PARTY CONTROL UNDER THE CC CPSU": the body, then the one it serves
        return phrase.classify(run[:under]) + phrase.classify(past_connectors(toks, run[under + 1:]))
    if unit_head(words[-1].title()) and not any(w.lower() in lx.words("connectors") for w in words):
        return None  # "RUSSIAN SOVIET FEDERATIVE SOCIALIST REPUBLIC": a state, left to the unit rule
    text, start = phrase.classifier.text, toks[run[0]].start
    section = SECTION_HEADING.match(text, text.rfind("\n", 0, start) + 1)
    if section is not None and section.start(1) <= start and not listed("org-words", section.group(1)):
        return None  # "IV. WORK OF THE PARTY, SOVIET AND JUDICIAL BODIES": a report's section on a subject
    if text[max(0, start - 1):start] == "[" and text[toks[run[-1]].end:toks[run[-1]].end + 1] in (":", ","):
        return None  # "[ARCHIVE FOOTAGE: …]", "[ARCHIVE FILM, black and white]": a transcript's label
    if subject_line(text[text.rfind("\n", 0, start) + 1:start]) and not any(listed("org-words", w) for w in words[:2]):
        return None  # "ON THE TRANSFER OF THE SILVER STOCK …": a report's subject, left to the heading rule;
        # "ON THE CHIEF DIRECTORATE OF THE NORTHERN SEA ROUTE" is a body's name
    subject = next((p for p in range(1, len(run) - 1) if toks[run[p]].text.isupper()
                    and toks[run[p]].text.lower() in lx.words("subject-prepositions")), None)
    if subject is not None and not any(listed("org-words", toks[k].text) for k in run[:subject]):
        return phrase.classify(run[:subject]) + phrase.classify(past_connectors(toks, run[subject + 1:]))
        # "MEMORANDUM ON …": the document, then its subject
    opening = place_in_capitals(phrase, run)
    if opening == len(run):
        return [phrase.mention(run, "place", "high")]  # "UNION OF SOVIET SOCIALIST REPUBLICS": the state
    if opening and opening < len(run) and unit_head(toks[run[opening]].text):
        opening += 1  # "SAMARA GUBERNIA POLITICAL DEPARTMENT": the town and its unit word
    if opening and opening < len(run) and any(listed("org-words", toks[i].text) for i in run[opening:]) \
            and toks[run[opening]].text.lower() not in lx.words("connectors"):
        place = phrase.mention(run[:opening], "place", "high")
        place.reason = "a place the gazetteers know, opening an institution's name in capitals"
        return [place] + territory_body(phrase, run[opening:])  # the territory, then its body
    pos = next((p for p, i in enumerate(run) if p and (named_acronym(toks[i].text) or place_in_capitals(phrase, run[p:])
                                                       or place_ok(toks[i].text))), None)
    if pos is None:
        return phrase.classifier.organisation(run)
    head = run[:pos]
    while head and toks[head[-1]].text.lower() in lx.words("connectors"):
        head = head[:-1]
    size = place_in_capitals(phrase, run[pos:])
    named = phrase.classify(run[pos:pos + 1])
    if size > 1:
        named = [phrase.mention(run[pos:pos + size], "place", "high")]
        named[0].reason = "a place the gazetteers know, in an institution's name in capitals"
    rest = run[pos + max(size, 1):]
    body = territory_body(phrase, rest) if size and any(listed("org-words", toks[i].text) for i in rest) \
        else phrase.classify(rest)
    body_organ = head and named and named[0].type == "org"  # "DIRECTORATE OF THE NKVD": the body's directorate
    if head and not any(listed("org-words", toks[i].text) for i in head):
        return phrase.classify(head) + named + body  # "IN THE NAME OF THE UNION OF …": no body before the state
    return (phrase.classifier.organ(head) if body_organ else phrase.classifier.organisation(head) if head else []) \
        + named + body


def subject_line(opening: str) -> bool:
    """What opens a line before a name in capitals ends with a subject's preposition and maybe its
    article, all in capitals ("ON THE ", "MEMORANDUM CONCERNING "; lexicon/subject-prepositions)."""
    words = opening.split()
    if words[-1:] == ["THE"]:
        words = words[:-1]
    return bool(words) and all(w.isupper() for w in words) and words[-1].lower() in lx.words("subject-prepositions")


def named_acronym(word: str) -> bool:
    """An acronym inside a name in capitals, not an English word of three letters shaped like one
    ("THE NORTHERN SEA ROUTE"), unless the lexicon knows it."""
    return is_acronym(word) and (word in lx.words("org-acronyms") or not gz.common_word(word))


def subordinating(word: str) -> bool:
    """A preposition in capitals that an institution's name cannot hold, between a body and the one it
    is under or at ("UNDER", "AT", "ATTACHED TO"): a function word that is no connector of a name."""
    return word.isupper() and len(word) > 1 and listed("function-words", word.title()) and not connector(word)


#: The words after which an institution's name in capitals gives the name it bears, longest first
#: (lexicon/name-given-words).
NAME_GIVEN = sorted((entry.split() for entry in lx.entries("name-given-words")), key=len, reverse=True)


def territory_body(phrase: Phrase, rest: list[int]) -> list[Mention]:
    """The body after a territory's name in capitals: "(WESTERN OBLAST) COMMITTEE", "(SAMARA GUBERNIA)
    POLITICAL DEPARTMENT"; an organisation word alone is a name here, the territory's committee; the
    name it bears after "NAMED AFTER" is named by the rules."""
    words = [phrase.classifier.toks[i].text.lower() for i in rest]
    named = next(((p, p + len(entry)) for p in range(1, len(words))
                  for entry in NAME_GIVEN if words[p:p + len(entry)] == entry), None)
    if named is not None:  # "TRACTOR WORKS NAMED AFTER SERGO ORDZHONIKIDZE": the works, then whose name
        return territory_body(phrase, rest[:named[0]]) + phrase.classify(rest[named[1]:])
    if len(rest) == 1:
        return [phrase.mention(rest, "org", "medium")]
    return phrase.classifier.organisation(rest)


def place_in_capitals(phrase: Phrase, run: list[int]) -> int:
    """How many words of the run, from its first, name a place the gazetteers know, the longest
    ("UNITED STATES OF AMERICA", not "UNITED STATES"), or a people's or a known place's name and a unit
    word ("YAKUT ASSR", "OMSK OBLAST"); 0 if none."""
    def cased(size: int) -> str:  # "UKRAINIAN SSR" as the gazetteers write it: "Ukrainian SSR"
        return " ".join(w.lower() if w.lower() in lx.words("connectors") else w if w in lx.words("unit-heads")
                        else w.title() for w in phrase.classifier.surface(run[:size]).split())
    known = next((size for size in range(len(run), 0, -1) if place_ok(cased(size))), 0)
    words = [phrase.classifier.toks[i].text for i in run[:2]]
    if not known and len(words) == 2 and (unit_head(words[1]) or unit_head(words[1].title())) \
            and (gz.people(words[0].title()) or place_ok(words[0].title())):
        return 2
    return known


@cache
def fused_acronym_pattern() -> re.Pattern[str]:
    """A capital and lowercase letters, then a known acronym of three letters or more."""
    known = [word for word in lx.entries("org-acronyms") if word.isupper() and len(word) > 2]
    return re.compile(rf"[A-Z][a-z]{{1,4}}{lx.alternation(known)}")


def fused_acronym(phrase: Phrase) -> list[Mention] | None:
    """A republic's or region's short form fused to a known acronym names that body there: "ZakGPU"
    (the Transcaucasian GPU), "AzGPU", "UkrGPU"; no person's name holds a known acronym."""
    word = single(phrase)
    if word is None or fused_acronym_pattern().fullmatch(word) is None:
        return None
    return [phrase.mention(phrase.run, "org", "high")]


def department_acronym_shaped_like_a_word(phrase: Phrase) -> list[Mention] | None:
    """An acronym of a department that is also an English word in capitals (lexicon/word-shaped-acronyms:
    "SO", the Secret Department) names the department right before the acronym of its body ("Copy: SO
    OGPU", "the SO PP OGPU TsChO") or after "the" ("the SO of the GPU", "report to the SO by 1
    October"); the rest of the phrase is classified afresh. Elsewhere it is the word ("AND SO ON", "TO
    THE HEAD", "the so-called")."""
    run, words, toks, text = phrase.run, phrase.words, phrase.classifier.toks, phrase.classifier.text
    for pos, word in enumerate(words):
        if word not in lx.words("word-shaped-acronyms"):
            continue
        after = words[pos + 1] if pos + 1 < len(words) else ""
        body_after = after.isupper() and (is_acronym(after) or after in lx.words("org-acronyms")) \
            and not capital_name_shaped(after)  # "TO YAGODA", "TO KALNINS": the word before a surname
        start, end = toks[run[pos]].start, toks[run[pos]].end
        after_the = text[max(0, start - 4):start].lower() == "the " and not text.startswith("-", end)  # not "so-called"
        if body_after or after_the:
            return phrase.classify(run[:pos]) + [phrase.mention([run[pos]], "org", "high")] \
                + phrase.classify(run[pos + 1:])
    return None


def acronym_apart(phrase: Phrase) -> list[Mention] | None:
    """An acronym inside a longer run stands alone: "Central Committee of the CPSU (b)", also one the
    lexicon knows in mixed case ("the Bukharan ChK"); a lone organ word before it and "of" is that
    body's organ ("the Commission of the NKVD"); not in a short name after a person's title, nor in an
    East Asian name in capitals."""
    classifier, run = phrase.classifier, phrase.run
    toks = classifier.toks
    if phrase.title and not any(toks[i].text in lx.words("org-acronyms") for i in run) \
            and all(len(toks[i].text) <= 4 for i in run[1:]):
        return None  # "Marshal ZHU DE", "Pope PIUS XI": a name in capitals after a person's title; not
        # "SECRETARY TSK STALIN", a body and then the name
    words = [toks[i].text for i in run]
    if all(w.isupper() for w in words) and east_asian_name(words) and not lx.words("org-acronyms") & set(words):
        return None  # "PAK DEN KHVAN": a Korean family name and given name, as a Russian file transcribes them
    for pos, i in enumerate(run):
        if pos >= 2 and is_initial(toks, run[pos - 2]) and toks[i].text not in lx.words("org-acronyms"):
            continue  # "members KUVSHINOV and Ya. M. REZNIK": a surname in capitals after its initials
        after = toks[run[pos + 1]].text if pos + 1 < len(run) else ""
        before = toks[run[pos - 1]].text if pos else ""
        if (forename_in_ordinary_case(after) or forename_in_ordinary_case(before)) \
                and toks[i].text not in lx.words("org-acronyms"):
            continue  # "KOHN Moishe-Leib", "Margaret DUNBAR of Glasgow": a surname in capitals beside its forename
        if (name_particle(before) or name_particle(after)) and toks[i].text not in lx.words("org-acronyms"):
            continue  # "Ambassador von DIRKSEN", "MEHMET oğlu Hüseyin": a name in capitals beside its particle
        known = toks[i].text in lx.words("org-acronyms")
        if (after.isupper() and gz.patronymic(after.title()) and toks[i].text.title() in gz.first_names()
                or forenames_in_capitals([toks[k].text for k in run[pos:]])) and not known:
            continue  # "LEV ISAAKOVICH SHESTOV", "JOHN PETER KRUMIN": a forename in capitals before the name's rest
        if korean_syllables([toks[k].text for k in run[pos + 1:pos + 3]]) and toks[i].text.isupper() \
                or pos + 1 < len(run) and toks[run[pos + 1]].text.isupper() \
                and family_and_given_name(toks[i].text, toks[run[pos + 1]].text):
            continue  # "KIM Den Su", "the Provincial Bank ZHANG PEIYUAN": a family name before a given name
        if len(run) > 1 and (is_acronym(toks[i].text) and toks[i].text.isupper()
                             or toks[i].text in lx.words("org-acronyms") and sum(c.isupper() for c in toks[i].text) > 1):
            rest = run[pos + 1:]
            bracket = rest[:3] if [toks[k].text for k in rest[:3]] == ["(", "b", ")"] else []
            head = run[:pos]
            words = [toks[k].text for k in head]
            organ = words[1:] in (["of"], ["of", "the"]) and words[0] in lx.words("state-organs")
            country = party_of_a_country(phrase, i, rest)
            body = [phrase.mention(run[pos:pos + 1 + len(country)], "org", "medium")] if country \
                else classifier.acronym([i], toks[i].text)
            return (classifier.organ(head[:1]) if organ else phrase.classify(head)) + body + \
                phrase.classify(rest[len(bracket) + len(country):])
    return None


def party_of_a_country(phrase: Phrase, acronym: int, rest: list[int]) -> list[int]:
    """The "of" and the country after a party's abbreviation that takes it into its name ("CP of
    Lithuania", "KP of Latvia": lexicon/party-acronyms-of-a-country), or nothing."""
    toks = phrase.classifier.toks
    if toks[acronym].text not in lx.words("party-acronyms-of-a-country") or len(rest) < 2 \
            or toks[rest[0]].text != "of":
        return []
    country = list(itertools.takewhile(lambda k: toks[k].text[:1].isupper(), rest[1:3]))
    return rest[:1] + country if country and known_place(" ".join(toks[k].text for k in country)) else []


def korean_syllables(words: list[str]) -> bool:
    """Two capitalised syllables of at most three letters, as a Korean given name is transliterated
    after its family name ("Den Su", "Pen Hwa"), none an English word."""
    return len(words) == 2 and all(len(w) <= 3 and w.isalpha() and w.istitle() and w not in gz.not_names()
                                   for w in words)


def initials_only(phrase: Phrase) -> list[Mention] | None:
    """One initial with no name is no person; two or three written apart ("L. D.") are a person's, as
    letters and reports name people by them; letters written together or four and more (N.K.V.D.)
    are an acronym, or a republic where they end in its unit's (B.S.S.R., lexicon/unit-heads)."""
    toks, run = phrase.classifier.toks, phrase.run
    if not all(is_initial(toks, i) or toks[i].text == "." for i in run):
        return None
    letters = phrase.surface.replace(" ", "")
    bare = letters.replace(".", "")  # "G.W.H." → "GWH", as the lexicons list acronyms
    if fused_unit(bare):
        return [phrase.mention(run, "place", "high")]  # "the B.S.S.R.": a republic's letters, its unit's last
    apart = " " in phrase.surface  # "From L. D. himself", "Kh. G. has written"; not "(Ph. D.)"
    digraph = any(len(toks[i].text) > 1 for i in run[::2])  # "S.Zh.A.": an acronym has no letter in small type
    if len(run) in (4, 6) and (apart or digraph) and bare not in lx.words("not-org-acronyms"):
        m = phrase.mention(run, "person", "medium")
        m.words, m.reason = [letters], "initials apart, as letters name a person by them" if apart \
            else "initials together, one of them two letters, as a Russian name's are written"
        return [m]
    text, start, end = phrase.classifier.text, toks[run[0]].start, toks[run[-1]].end
    with_its_day = SIGNED_DATE_AFTER.match(text, end) and text[max(0, start - 2):start] != ", "
    # "Agree. A.P. 20.IV.61", "G.W.H.  4/xi", "… the nationality as Latvian. H.K.L.": who signed a
    # resolution or a minute, with its day or closing the paragraph after its last sentence
    signs_off = SENTENCE_END_BEFORE.search(text, max(0, start - 3), start) and LINE_END_AFTER.match(text, end)
    # "(signature) L.S.": the seal's place closes the line, and signs for no one (lexicon/not-org-acronyms)
    signs_off = signs_off and bare not in lx.words("not-org-acronyms")
    closing_a_line = DASH_BEFORE.search(text, max(0, start - 4), start) and LINE_END_AFTER.match(text, end)
    # "— J.B.M." closing a line after a dash, "H.W.P." alone on its line under a diary's last entry
    alone_on_its_line = char_before(text, start, " \t") in ("", "\n") and LINE_END_AFTER.match(text, end)
    on_a_line_of_their_own = (closing_a_line or alone_on_its_line) and bare not in lx.words("not-org-acronyms")
    if len(run) in (4, 6) and (with_its_day or signs_off or on_a_line_of_their_own) \
            and bare not in lx.words("org-acronyms"):
        m = phrase.mention(run, "person", "low")
        m.words, m.reason = [letters], "initials that sign: with the day after them, closing a paragraph, or on a " \
            "line of their own"
        return [m]
    if len(run) >= 4 and bare not in lx.words("not-org-acronyms"):
        return phrase.classifier.acronym(run, letters)
    if phrase.title and len(run) <= 2:  # "our man Baron M.": a person whose name the report withholds
        m = phrase.mention(run, "person", "low")
        m.words, m.reason = [letters], "a title before an initial: a person named by the initial alone"
        return [m]
    if len(run) == 2 and (with_its_day or closing_a_line or signs_off):
        m = phrase.mention(run, "person", "low")  # "Z. 10/V" under a note; "— Sh.", "Refuse. Sh." closing one
        m.words, m.reason = [letters], "an initial that signs: closing a line after a dash or a sentence, or the day " \
            "after it"
        return [m]
    return []


#: A day and month in figures right after an initial, as a resolution is signed: "Z. 10/V", "F. 19/III-38";
#: not after a comma, where "L. 5-9" are the leaves of an archival reference ("F. 0154, OP. 32, D. 9, L. 5-9").
#: Or a day and its month's name or abbreviation closing the line: "L.M.R.  7 Nov.".
SIGNED_DATE_AFTER = re.compile(r"[ \t]+(?:3[01]|[12]\d|0?[1-9])(?:[./-](?:[IVX]{1,4}|[ivx]{1,4}|1[0-2]|0?[1-9])\b|"
                               r"[ \t]+[A-Z][a-z]{2,8}\.?[ \t]*(?:\n|$))")
#: The end of a sentence right before initials that close its line: "… as Latvian. H.K.L."
SENTENCE_END_BEFORE = re.compile(r"[.!?)][ \t]+$")
#: A dash before an initial, and the line's end after it: "Who else was present? Establish. — Sh."
DASH_BEFORE = re.compile(r"[—–]\s*$")
LINE_END_AFTER = re.compile(r"[\"”]?\s*(?:\n|$)")


def office_then_name(phrase: Phrase) -> list[Mention] | None:
    """An institution followed by a person's name is two mentions: "the Secret Department I. P. Ivanov".

    The name starts at initials, at a known first name followed by another capitalised word, or at a
    surname in capitals followed by a forename or initials, as official documents print it ("the
    Institute of Railway Engineers GRIGORYEV Viktor", "the Pedagogical Institute MACHAVARIANI Z.").
    """
    toks, run = phrase.classifier.toks, phrase.run
    for pos in range(1, len(run)):
        i = run[pos]
        after = toks[run[pos + 1]] if pos + 1 < len(run) else None
        starts_name = is_initial(toks, i) or (
            toks[i].text in gz.first_names() and not gz.common_word(toks[i].text) and after is not None
            and after.cap) or (
            toks[i].text.isupper() and capital_name_shaped(toks[i].text) and after is not None
            and (gz.forename(after.text) or is_initial(toks, run[pos + 1]))) \
            or surname_before_its_initials(toks, run, pos)
        if starts_name and (any(toks[k].text in lx.words("org-words") for k in run[:pos])
                            or stemmed_institution(toks[run[pos - 1]].text)):  # "the Polesskoe Raiispolkom A. P. X"
            return phrase.classify(run[:pos]) + phrase.classify(run[pos:])
    return None


def surname_before_its_initials(toks: list[Tok], run: list[int], pos: int) -> bool:
    """From token `pos` the run is a surname and the two initials after it that end it, as official
    documents list persons: "the Right Bank District Kuzmin V. V.", "the company Gelfand L. Ya.". Of the
    capitalised words after another and before two such initials ending their run, the gold of the
    readable sets marks 31 of 34 as a person's name opening there; the others are a title ("Pastor J.
    U.") and a republic's letters ("A.S.S.R.", twice). One initial is not enough ("School No. 3")."""
    rest, word = run[pos + 1:], toks[run[pos]].text
    name_shaped = all(part[:1].isupper() and part[1:].isalpha() and part[1:].islower() for part in word.split("-")) \
        or capital_name_shaped(word)
    return len(rest) == 4 and is_initial(toks, rest[0]) and is_initial(toks, rest[2]) and name_shaped \
        and not title_word(word) and not listed("org-words", word)


def org_word(phrase: Phrase) -> list[Mention] | None:
    """A phrase holding an organisation word (Committee, Department, Party…) names an institution; a
    first word that is also a people's adjective qualifies what follows ("Soviet Occupation", not the
    Moscow Soviet). A street or cemetery named after an institution is a place ("Comintern Street",
    "the Party Cemetery": lexicon/place-heads, a unit word aside: "the Military District"), not one
    named after its industry ("the Ministry of Medium Machine Building": lexicon/industry-names). Two names
    each ending in such a word, joined by "and", are two institutions ("the District Museum and Tomsk
    State University"), not the one of "the Department of Material and Technical Supply". The word and
    an office's title after it name an office, no body ("the Army Commander": lexicon/office-titles); a
    people's adjective and a generic head name none either ("the Soviet Government": lexicon/generic-heads). A
    station or a port named by its kind is an institution too (`named_by_its_kind`)."""
    words = lx.words("org-words")
    last = phrase.words[-1]
    if len(phrase.run) > 1 and last in lx.words("place-heads") and not unit_head(last) and last not in words \
            and phrase.words[-2] not in lx.words("house-firms") and not named_by_its_kind(phrase.words) \
            and " ".join(phrase.words[-2:]) not in lx.words("industry-names"):
        return None  # left to the place rules; not "the State Publishing House", a firm, nor "the Seismic Station"
    if len(phrase.run) == 2 and phrase.words[0] in words and last in lx.words("office-titles"):
        return []  # "approved by the Army Commander": an office and its holder, unnamed
    if last in lx.words("generic-heads") and len(phrase.run) > 1 and all(gz.people(w) for w in phrase.words[:-1]):
        return []  # "the Soviet Government", "the Norwegian Government": a generic noun (lexicon/generic-heads)
    joined = [p for p, w in enumerate(phrase.words) if w == "and" and 0 < p < len(phrase.words) - 2]
    if joined and phrase.words[joined[0] - 1] in words and last in words:
        return phrase.classify(phrase.run[:joined[0]]) + phrase.classify(phrase.run[joined[0] + 1:])  # two bodies
    if len(phrase.run) > 1 and (any((w in words or hyphened_body(phrase.words, n)) and not (n == 0 and adjective(w))
                                    for n, w in enumerate(phrase.words)) or named_by_its_kind(phrase.words)):
        return phrase.classifier.organisation(phrase.run)
    return None


def named_by_its_kind(words: list[str]) -> bool:
    """A station or a port that its word before says is an institution: "the Kemlya Machine-Tractor
    Station", "the Astrakhan Anti-Plague Station" (lexicon/station-kinds), "the Poti Sea Port" (lexicon/
    port-kinds); not "the Finland Station", nor "Port Arthur"."""
    return len(words) > 1 and (words[-1] == "Station" and words[-2] in lx.words("station-kinds")
                               or words[-1] == "Port" and words[-2] in lx.words("port-kinds"))


def hyphened_body(words: list[str], n: int) -> bool:
    """Word `n` is hyphened and its last part an organisation word, with no English word after it in the
    phrase: "Goethe-Institut", "Ludwig-Maximilians-Universität München"; not a department's field
    inside its name ("the Department of Organisational-Party Work")."""
    return "-" in words[n] and words[n].rsplit("-", 1)[-1] in lx.words("org-words") \
        and not any(map(gz.common_word, words[n + 1:]))


def church_of_a_confession(phrase: Phrase) -> list[Mention] | None:
    """A church named by its confession is an institution: "the True Orthodox Church", "the Greek
    Catholic Church" (lexicon/denominations); a church named otherwise is a building, a place. A name
    before "of the" and the church is its own ("Josyf Slipyj of the Ukrainian Greek Catholic Church")."""
    words, run = phrase.words, phrase.run
    if len(words) > 1 and words[-1] in ("Church", "Churches") and any(w in lx.words("denominations") for w in words):
        cut = max((p for p, w in enumerate(words) if w in lx.words("connectors")), default=None)
        if cut is not None and any(w in lx.words("denominations") for w in words[cut + 1:]) \
                and not any(listed("org-words", w) for w in words[:cut]):  # "the Council of Bishops of …": one
            # "Petro Verhun of the Ukrainian Greek Catholic Church": its priest, then the church
            priest = short_of_connectors(phrase.classifier.toks, run[:cut])
            return phrase.classify(priest) + [phrase.mention(run[cut + 1:], "org", "medium")]
        return [phrase.mention(run, "org", "medium")]
    return None


def acronym(phrase: Phrase) -> list[Mention] | None:
    """A word shaped like an acronym (OGPU, N.K.V.D.) names an organisation, or a place (USSR)."""
    word = single(phrase)
    if not word or not is_acronym(word) or (word.isupper() and gz.people(word.title())):
        return None  # "4. BRITISH.": a heading's nationality in capitals
    return phrase.classifier.acronym(phrase.run, word)


def numbered_acronym_rule(phrase: Phrase) -> list[Mention] | None:
    """An institution's acronym and its number, hyphened, are its name: "OKB-1", "TsKB-29", "NII-88"
    (lexicon/numbered-acronyms); an aircraft's or a tank's ("PB-100", "T-34") is none. So are the
    acronym, "No." and the number: "ITK No. 3", a colony, where "five years ITK" is a sentence."""
    word, toks = single(phrase), phrase.classifier.toks
    if word and numbered_acronym(word):
        return [phrase.mention(phrase.run, "org", "high")]
    number = NUMBER_SIGN.match(phrase.classifier.text, toks[phrase.run[-1]].end) if word else None
    if number is None or word not in lx.words("numbered-acronyms"):
        return None
    return [phrase.mention(tokens_up_to(toks, phrase.run[0], number.end()), "org", "high")]


def compound_institution(word: str) -> bool:
    """One word made of the stumps of a Soviet institution's name: Karlag, Zagotzerno, Glavlit, and
    hyphened after a place's two parts: Ust-Vymlag; in capitals as a signature or a heading prints it
    ("Head of USTVYMLAG NKVD"); not a people's name built like one ("Kirgiz": the publisher's "-giz"), nor
    a village of the genre's lands ("Hoffnungstal", a German colony, not a steel trust's "-stal"), nor a
    surname opened by a short stump ("Gubin")."""
    if word.isupper() and len(word) >= 6 and word.isalpha() and word not in lx.words("org-acronyms"):
        word = word.title()
    elif word.isalpha() and word[:1].isupper() and any(c.isupper() for c in word[1:]) and not word.isupper():
        word = word.capitalize()  # "BelBaltLag", "SevVostLag": the stumps each with its capital
    if len(word) < 5 or not all(part[:1].isupper() and part[1:].islower() for part in word.split("-")) \
            or gz.common_word(word) or gz.people(word) \
            or word in gz.first_names() or word in gz.places() or word in gz.villages() or unit_head(word) \
            or gz.surname_shaped(word) and not long_stem_opens(word):
        return False
    return stemmed_institution(word)


def compound_institution_rule(phrase: Phrase) -> list[Mention] | None:
    """A Soviet compound abbreviation names an institution: "Karlag", "Zagotzerno", "Magnitostroi",
    "Obkom" (lexicon/institution-stems). After a place it is a name of its own ("the Tambov
    Gorkom"); opening a longer phrase it is the
    institution of the name after it ("head of the Raikom Toktarov", "Zagotzerno Mirzoyan"), as is an
    organisation word before a lone surname ("Kolkhoz Bekmuratov")."""
    words, run = phrase.words, phrase.run
    if len(words) > 1 and compound_institution(words[-1]) and all(w[:1].isupper() for w in words):
        if any(gz.people(w) for w in words[:-1]):
            return None  # "the Kazakh Kraikom": the rules of nationality words cut the adjective first
        if any(adjective(w) for w in words[:-1]):
            return [phrase.mention(run, "org", "medium")]  # a region's adjective: "the Transcaucasian Kraikom"
        territory = gz.place_size(" ".join(words[:-1])) or (
            words[-1].lower() in lx.words("territorial-bodies") and not any(map(gz.common_word, words[:-1])))
        before = [phrase.mention(run[:-1], "place", "medium")] if territory else phrase.classify(run[:-1])
        return before + [phrase.mention(run[-1:], "org", "medium")]  # "the Tambov Gorkom", "the Gali Raikom"
    opens = words and (compound_institution(words[0]) or (
        words[0] in lx.words("org-words") and len(words) == 2 and gz.surname_shaped(words[1])))
    if opens and len(run) > 1 and phrase.classifier.toks[run[1]].text[:1].isupper():
        return [phrase.mention(run[:1], "org", "medium")] + phrase.classify(run[1:])
    return [phrase.mention(run, "org", "medium")] if len(run) == 1 and compound_institution(words[0]) else None


#: Before the publisher of a bibliography's imprint: the place, opening the imprint after a full
#: stop, a line's start, a quotation mark or the bracket of a note's citation, and a colon ("… Terror.
#: London: ", "(Moscow: ").
IMPRINT_PLACE = re.compile(r"(?:^|[.(\n\"”]\s*)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?\s*:\s*$")
#: Before the publisher of a work cited in passing: its quoted title and an opening bracket
#: ('the novel "Rivers of the South" (').
QUOTED_TITLE_BRACKET = re.compile(r"[\"”»]\s*\($")


def publisher(phrase: Phrase) -> list[Mention] | None:
    """The publisher of a bibliography's entry is an institution, with no word for one: "London:
    Macmillan, 1968", "Moscow: Nauka, 1990"; so is the publisher bracketed with its year after a
    title quoted in prose: 'the novel "Steel Days" (Sovetsky Pisatel, 1940)'."""
    classifier, run = phrase.classifier, phrase.run
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if phrase.title or not IMPRINT_YEAR.match(classifier.text, end) \
            or not (IMPRINT_PLACE.search(classifier.text, max(0, start - 40), start)
                    or QUOTED_TITLE_BRACKET.search(classifier.text, max(0, start - 3), start)):
        return None
    return [phrase.mention(run, "org", "high")]


def institution_by_its_kind(phrase: Phrase) -> list[Mention] | None:
    """A name right after a word in small letters for a kind of enterprise, or right before a word for
    a Soviet farm, is that enterprise: "the German firm Krupp", "the publishing house Prometejs", "the
    Krasny Oktyabr collective farm" (lexicon/institution-leads, institution-nouns); one word shaped like
    a village's name before the farm's word is the village ("the Yaushevo kolkhoz"). Initials after a
    word the enterprise's name opens begin its man's name ("the Estonslanets combine R. J. Lepik")."""
    classifier, run = phrase.classifier, phrase.run
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    before, after = kind_of_enterprise()
    if phrase.title or not (before.search(classifier.text, max(0, start - 30), start) or after.match(classifier.text, end)) \
            or all(adjective(w) for w in phrase.words) \
            or classifier.described_before(run[0]) and gz.surname_shaped(phrase.words[-1]):
        return None  # "the German firm": a people's adjective; "commander of company Sidorov": its commander
    if is_initial(classifier.toks, run[0]) and NAME_BEFORE_A_LEAD.search(classifier.text, max(0, start - 60), start) \
            or surname_before_its_initials(classifier.toks, run, 0):
        return None  # "the Estonslanets combine R. J. Lepik", "the company Gelfand L. Ya.": its man, named
    village = single(phrase) and known_place(phrase.words[0]) and after.match(classifier.text, end)
    return [phrase.mention(run, "place" if village else "org", "medium")]  # "the Yaushevo kolkhoz": the village's


#: A word in small letters for a kind of enterprise (lexicon/institution-leads), as a pattern to build on.
INSTITUTION_LEADS = lx.alternation(lx.entries("institution-leads"))
#: A word in small letters for a Soviet farm or enterprise after its name (lexicon/institution-nouns).
INSTITUTION_NOUNS = lx.alternation(lx.entries("institution-nouns"))
#: A capitalised name right before a word for a kind of enterprise: "the Estonslanets combine ".
NAME_BEFORE_A_LEAD = re.compile(rf"[A-Z][\w‐-]* {INSTITUTION_LEADS} $")


#: "the" (or "the former") right before a name: "the Kirov works", "the former Putilov works".
THE_BEFORE = re.compile(r"\b[Tt]he (?:former )?$")


@cache
def enterprise_after() -> re.Pattern[str]:
    """A word for a works in small letters right after a name (lexicon/enterprise-nouns)."""
    return re.compile(rf" {lx.alternation(lx.entries('enterprise-nouns'))}\b")


def works_named_after(phrase: Phrase) -> list[Mention] | None:
    """A surname between "the" and a word for a works is the works named after the person ("the Kirov
    works", "the Petrovsky works": lexicon/enterprise-nouns); a place the gazetteers know is the place
    ("the Zaporozhye works"), and a word of no surname's shape is left to the place rules, as a
    village gives its name to its works ("the Tirlyan works")."""
    classifier, run = phrase.classifier, phrase.run
    word, start = single(phrase), classifier.toks[run[0]].start
    if not word or phrase.title or place_ok(word) or adjective(word) or not gz.surname_shaped(word) \
            or not THE_BEFORE.search(classifier.text, max(0, start - 12), start) \
            or not enterprise_after().match(classifier.text, classifier.toks[run[-1]].end):
        return None  # "Ivanov works hard": a verb, not a works
    return [phrase.mention(run, "org", "medium")]


@cache
def kind_of_enterprise() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"(?<![\w-]){INSTITUTION_LEADS} $"),
            re.compile(rf" {INSTITUTION_NOUNS}\b"))


def farm_before_its_name(phrase: Phrase) -> list[Mention] | None:
    """A name right after a word for a Soviet farm, in the singular or the plural, maybe after "named" or
    "imeni", is the farm when nothing in it is a person's: "the artel Molotov", "the kolkhoz Krasny
    Partizan", "the artels Kyzyl-Taiga", "the kolkhoz named Kyzyl-Taiga" (lexicon/institution-nouns); a
    name with initials, a surname in capitals or a forename and a surname is the farm's man ("the
    chairman of the kolkhoz SPROGIS A.A."); a number or one English word names none ("sovkhoz No. 4")."""
    classifier, run = phrase.classifier, phrase.run
    start = classifier.toks[run[0]].start
    if phrase.title or not farm_before().search(classifier.text, max(0, start - 40), start):
        return None
    name = list(itertools.takewhile(lambda k: not connector(classifier.toks[k].text), run))  # "Molotov of the …"
    words = [classifier.toks[k].text for k in name]
    if not name or any(is_initial(classifier.toks, k) for k in name) or any(w.isupper() and len(w) > 1 for w in words) \
            or len(words) > 1 and words[0] in gz.first_names() and gz.surname_shaped(words[-1]) \
            or NUMBER_SIGN.match(classifier.text, start - 1) or len(words) == 1 and gz.common_word(words[0]):
        return None  # "sovkhoz No. 4" is numbered
    return [phrase.mention(name, "org", "medium")] + phrase.classify(run[len(name):])


@cache
def farm_before() -> re.Pattern[str]:
    """"the", a word for a Soviet farm in small letters or its plural, maybe an adjective before it and
    "named" or "imeni" after it, right before a name (lexicon/institution-nouns): "the artel ", "the
    Latvian kolkhoz ", "the kolkhozes ", "the kolkhoz named "; not "TWO KOLKHOZ ORGANISERS"."""
    return re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+)?{INSTITUTION_NOUNS}(?:s|es|y)?\s+(?:named\s+|imeni\s+)?$")


#: A translator's gloss in square brackets right after a word: "Tautiniki [Nationalists]".
GLOSS = re.compile(r" ?\[([^\]\n]{1,80})\]")


def glossed_word(phrase: Phrase) -> list[Mention] | None:
    """A foreign word the translator glosses in brackets: an institution if the gloss names one
    ("Zagotzerno [Grain Procurement Trust]"), else no name if the gloss is common words ("Shaulisty
    [National Guardsmen]")."""
    word = single(phrase)
    if not word or word.isupper():
        return None
    gloss = GLOSS.match(phrase.classifier.text, phrase.classifier.toks[phrase.run[0]].end)
    if not gloss:
        return None
    words = WORD.findall(gloss.group(1))
    if any(w in lx.words("org-words") for w in words):
        return [phrase.mention(phrase.run, "org", "medium")]
    if words and all(gz.common_word(w) or gz.people(w) or listed("function-words", w) for w in words):
        return []
    return None


def name_of_institution(phrase: Phrase) -> list[Mention] | None:
    """A word before a lowercase institution word is the institution's name: "the Memorial society",
    "the Dynamo club". A person's name so used stays a person ("the Rykov group", GUIDELINES:
    attributive uses), and so does a place ("the Leningrad party"); a word shaped like a village's
    name is the village whose body it is ("the Chernavka committee": lexicon/place-endings), and a word
    joined by a dash to a place names a route's other end ("the Seimchan–Oimyakon sector")."""
    classifier, run = phrase.classifier, phrase.run
    word = single(phrase)
    after = run[0] + 1
    if not word or after >= len(classifier.toks) or classifier.text[classifier.toks[run[0]].end:classifier.toks[after].start] != " ":
        return None
    follower = classifier.toks[after].text
    if not (follower.islower() and follower.title() in lx.words("org-words")) or phrase.title \
            or gz.surname_shaped(word) or word in gz.first_names() or word in gz.places() or adjective(word) \
            or listed("common-caps", word) or listed("function-words", word) or word.isupper() \
            or listed("org-words", word) \
            or (gz.common_word(word) and sentence_initial(classifier.text, classifier.toks, run[0])):
        return None  # "Prison staff:", a line's first word: an institution's word is no institution's name;
        # "Administrative centre of BAMlag": an English word opening the sentence
    toks = classifier.toks
    route_end = run[0] >= 2 and toks[run[0] - 1].text in ("–", "—", "-") \
        and toks[run[0] - 1].start == toks[run[0] - 2].end and known_place(toks[run[0] - 2].text)
    return [phrase.mention(run, "place" if known_place(word) or route_end else "org", "medium")]


def acronym_of_the_name_before(phrase: Phrase) -> list[Mention] | None:
    """An acronym alone in brackets after an institution's name is the institution's short name when
    it ends with the initial of the name's last word: "State Archive of Novosibirsk Oblast (GANO)",
    "Russian State Archive of Film and Photo Documents (RGAKFD)"; or, whatever its letters, when it is
    shaped as no word or surname is, as Russian acronyms keep their own initials: "Ust-Vym Corrective
    Labour Camp (USTVYMLAG)", "the road transport department (DTO)". A surname in brackets follows an
    office, not such a name ("the deputy commissar (FRINOVSKY)", "the head of the department (KUZMIN)")."""
    word, classifier = single(phrase), phrase.classifier
    if not word or not word.isalpha() or not word[:1].isupper() or sum(c.isupper() for c in word) < 2:
        return None
    start, end = classifier.toks[phrase.run[0]].start, classifier.toks[phrase.run[-1]].end
    words = institution_before_bracket(classifier.text[max(0, start - 120):start])
    if classifier.text[end:end + 1] != ")" or not words:
        return None
    russian = (word.isupper() and not pronounceable(word) or RUSSIAN_ACRONYM.fullmatch(word)) \
        and not gz.surname_shaped(word.title())  # "the head of the department (KUZMIN)" is a person
    if words[-1][:1].lower() != word[-1].lower() and not russian:
        return None  # a Russian acronym keeps its own initials: "Ust-Vym Corrective Labour Camp (USTVYMLAG)",
        # "True Orthodox Church (IPTs)", "the road transport department (DTO)"
    return [phrase.mention(phrase.run, "org", "medium")]


def name_spelling_the_acronym_before(phrase: Phrase) -> list[Mention] | None:
    """The words in brackets right after an acronym, whose initials spell it, are its name in full, an
    institution's whatever their language: "the AKO (Aktsionernoe Kamchatskoe Obshchestvo, Joint-Stock
    Kamchatka Company)", "the ChK (Chrezvychainaya Komissiya)"; not "PETROV (Pavel Ivanovich)"."""
    classifier, run = phrase.classifier, phrase.run
    start = classifier.toks[run[0]].start
    acronym = ACRONYM_THEN_BRACKET.search(classifier.text, max(0, start - 20), start)
    if acronym is None or len(run) < 2:
        return None
    if not initials_spell(phrase.words, acronym.group(1)):
        return None
    return phrase.classifier.organisation(run)  # "APRK (Archive of the President of the Republic of Kazakhstan)"


#: An acronym (its capitals two or more) and an opening bracket, right before a name.
ACRONYM_THEN_BRACKET = re.compile(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*\($")
#: An opening bracket and the capitalised words of a name up to its close (group 1).
BRACKETED_NAME = re.compile(r"\s*\(([^()\n]{3,120})\)")


def acronym_its_name_spells(phrase: Phrase) -> list[Mention] | None:
    """An acronym before a bracket whose name's initials spell it is the institution, though a dictionary
    knows the word or a heading's capitals would cut it: "NARK (National Archive of the Republic of
    Karelia)"; not "PETROV (Pavel Ivanovich)", whose initials spell nothing."""
    word, classifier = single(phrase), phrase.classifier
    if not word or not word.isupper() or len(word) < 3:
        return None
    bracket = BRACKETED_NAME.match(classifier.text, classifier.toks[phrase.run[-1]].end)
    if bracket is None:
        return None
    return [phrase.mention(phrase.run, "org", "high")] if initials_spell(bracket.group(1).split(), word) else None


def initials_spell(words: list[str], acronym: str) -> bool:
    """The initials of the capitalised words are the acronym's capitals: "Chrezvychainaya Komissiya", ChK."""
    return "".join(w[0] for w in words if w[:1].isupper()) == "".join(c for c in acronym if c.isupper())


#: A Russian acronym with its last letter small, as transliterations keep a soft sign or "ts": "IPTs".
RUSSIAN_ACRONYM = re.compile(r"[A-Z]{2,}(?:Ts|Ch|Sh|[a-z])")


def institution_before_bracket(before: str) -> list[str]:
    """The words of an institution's name that ends right before an opening bracket (a word of
    lexicon/org-words among them): a word in capitals inside is its acronym, "State Archive of Tomsk
    Oblast (GATO)", not a surname as in "the interrogator (KUZMIN)". Empty if there is none."""
    name = name_before_bracket().search(before) or LOWERCASE_NAME_BEFORE_BRACKET.search(before)
    words = name.group(1).split() if name else []
    return words if any(w.title() in lx.words("org-words") for w in words) else []


#: A body named in small letters before a bracket: "the road transport department (".
LOWERCASE_NAME_BEFORE_BRACKET = re.compile(r"\b((?:[a-z]+ ){0,3}[a-z]+) \($")


@cache
def name_before_bracket() -> re.Pattern[str]:
    """Capitalised words joined by the connectors of names, then " (": "State Archive of Tomsk Oblast (",
    also a name in quotation marks: '"Union for the Liberation of Ukraine" (' (lexicon/connectors)."""
    word = rf"(?:[A-Z][\w'’-]*|{lx.alternation(list(lx.entries('connectors')))})"
    return re.compile(rf"({word}(?: {word})*)[\"”»]? \($")


#: What follows an archive's name in a citation of its holdings: the fond, then the inventory or the
#: file ("NARK, f. R-1687, op. 1", "HDA SBU, f. 6, spr. 41772", "LYA, f. K-1, ap. 10").
FOND_AFTER = re.compile(r",?\s*F\.\s*[\w-]+[.,]?\s*(?:On|Op|Ap|Spr)\.\s*\d", re.IGNORECASE)


def archive_before_its_fond(phrase: Phrase) -> list[Mention] | None:
    """The short name before a fond and an inventory is the archive that holds them, however it is
    shaped ("NARK", "TsGA RUz", "AVP RF"): a citation of the archives' own form."""
    classifier, run = phrase.classifier, phrase.run
    if len(run) > 3 or any(not classifier.toks[i].cap for i in run):
        return None
    if FOND_AFTER.match(classifier.text, classifier.toks[run[-1]].end) is None:
        return None
    return [phrase.mention(run, "org", "high")]


def known_acronym(phrase: Phrase) -> list[Mention] | None:
    """A known Soviet-period institution's short name (Cheka, Comintern: lexicon/org-acronyms)."""
    if single(phrase) in lx.words("org-acronyms"):
        return [phrase.mention(phrase.run, "org", "high")]
    return None
