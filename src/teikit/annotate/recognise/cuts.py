"""Rules that cut a phrase before it is named (titles, headings in capitals, function words,
possessives, connectors) or find no name in it (another script, a people, a periodical, a document,
a numbered event, words that are never a name alone)."""

from __future__ import annotations

import re
from functools import cache

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.capitals import common_inflected
from teikit.annotate.recognise.classifier import Phrase, single
from teikit.annotate.recognise.persons import east_asian_in_capitals, surname_here
from teikit.annotate.recognise.tokens import ORDINAL, Mention, Tok, after_article, char_before, connector, guessed, \
    is_initial, joiner, sentence_initial
from teikit.annotate.recognise.words import ROMAN, adjective, calling, capital_name_shaped, content_word, \
    entry_opening, forenames_in_capitals, heading_word, listed, name_like_an_adjective, name_particle, \
    office_or_calling, office_words, place_ok, possessive, title_word, unit_head


@cache
def rank_of_a_body() -> re.Pattern[str]:
    """A rank named by its body and a noun in small letters (lexicon/ranks-of-a-body)."""
    return re.compile(lx.alternation(lx.entries("ranks-of-a-body")) + r"\b")


def rank_at(text: str, start: int, end: int) -> bool:
    """Does a rank named by its body open at `start` and run on past the name ending at `end`?"""
    rank = rank_of_a_body().match(text, start)
    return rank is not None and rank.end() > end


def rank_named_by_its_body(phrase: Phrase) -> list[Mention] | None:
    """"Red Army man KRAVETS": the body's name and a noun in small letters are a soldier's rank, as
    translations render krasnoarmeets, and the rank names no body; the name after it is the rules'
    business as after any title."""
    toks, run = phrase.classifier.toks, phrase.run
    rank = next((k for k in range(len(run)) if rank_at(phrase.classifier.text, toks[run[k]].start, toks[run[-1]].end)), None)
    if rank is None:
        return None
    return phrase.classify(run[:rank]) if rank else []  # "Two Red Army men": what stands before is the rules' business


def numbered_event(phrase: Phrase) -> list[Mention] | None:
    """A numbered meeting is an event, not an institution: "the 17th Party Congress" (lexicon/event-words);
    what follows "of the" is named again by the rules."""
    classifier, run = phrase.classifier, phrase.run
    toks, first = classifier.toks, run[0]
    if not (first and ORDINAL.fullmatch(toks[first - 1].text) and classifier.text[toks[first - 1].end:toks[first].start] == " "):
        return None
    event = next((p for p, w in enumerate(phrase.words) if w in lx.words("event-words")), None)
    if event is None:
        return None
    rest = run[event + 1:]
    while rest and joiner(toks[rest[0]].text):
        rest = rest[1:]
    return phrase.classify(rest)


def periodical(phrase: Phrase) -> list[Mention] | None:
    """The title of a newspaper or journal (lexicon/periodicals) is a work, not a name: "Pravda"."""
    return [] if phrase.surface in lx.words("periodicals") else None


#: A French title opened by an elided article: "L'Oeuvre", "L'Écho de Paris" (a soft sign, as in
#: "L'vov", is followed by a lowercase letter).
ELIDED_ARTICLE = re.compile(r"L['’][A-ZÀ-Þ]")


#: A town in brackets, a comma and an issue's number after a title: " (Kuibyshev), No. 214".
ISSUE_AFTER = re.compile(r" \([A-Z][\w'’-]+\),? No\.? ?\d")


def title_of_periodical(phrase: Phrase) -> list[Mention] | None:
    """A title of a newspaper or journal names a work, not a person: one that a word for a periodical
    precedes, quoted or not ("the émigré paper Rassvet", 'the newspaper "Shtern"':
    lexicon/periodical-nouns), one opened by a French elided article ("L'Oeuvre") or one holding a word
    only such titles hold before its "of" ("Cahiers slaves", "Znamya Truda of Pskov":
    lexicon/periodical-words), or one cited with its town in brackets and its issue's number, as a
    bibliography or a clipping's source line cites a newspaper ("Volzhskaya Kommuna (Kuibyshev), No.
    214"). After the "of" stands where the periodical appears: a place if a gazetteer knows it (a town
    named like a surname too), else named by the rules again."""
    toks, run = phrase.classifier.toks, phrase.run
    words = phrase.words
    if ISSUE_AFTER.match(phrase.classifier.text, toks[run[-1]].end):
        return []
    of = next((pos for pos, w in enumerate(words) if pos and w == "of"), len(words))
    lead = run[0] - 1
    if lead > 0 and toks[lead].text in "\"“«":
        lead -= 1  # 'the newspaper "Birobidzhaner Shtern"'
    if not (lead >= 0 and toks[lead].text in lx.words("periodical-nouns")
            or ELIDED_ARTICLE.match(words[0])
            or any(listed("periodical-words", w) for w in words[:of])):
        return None
    rest = run[of + 1:]
    while rest and listed("function-words", toks[rest[0]].text):
        rest = rest[1:]
    if rest and phrase.classifier.surface(rest) in gz.places():
        return [phrase.mention(rest, "place", "medium")]
    return phrase.classify(rest)


def cut_domain(toks: list[Tok], run: list[int]) -> list[int]:
    """After an office ("Commissar for"), its domain in common words ("Internal Affairs", "State
    Security", "Ways of Communication", connectors inside) is cut off too; an institution ("the
    Central Committee") or a place stays, and so does a word in capitals after the domain's small
    letters, the holder's surname however common a word it spells ("State Security FINKEL")."""
    def domain_word(i: int) -> bool:
        word = toks[run[i]].text
        surname = i and word.isupper() and len(word) > 1 and not toks[run[i - 1]].text.isupper()
        return toks[run[i]].cap and gz.common_word(word) and not surname and not is_initial(toks, run[i]) \
            and not listed("org-words", word) and word not in gz.places()
    k = 0
    while k < len(run) and connector(toks[run[k]].text):
        k += 1
    service = entry_opening("rank-services", [toks[i].text for i in run[k:]])
    if k and service:
        return run[k + service:]  # "Major of the Medical Service O. M. Shpak": a rank's service, then its holder
    domain = k
    while domain < len(run) and (domain_word(domain) or (
            domain > k and connector(toks[run[domain]].text) and domain + 1 < len(run)
            and domain_word(domain + 1))):
        domain += 1
    institution = domain < len(run) and listed("org-words", toks[run[domain]].text)  # "State Security Department"
    return run[domain:] if domain > k and not institution else run


def held_by_name(toks: list[Tok], held: list[int]) -> bool:
    """What follows an office's domain is its holder's name, not a connector and the body the office
    is of ("Councillor of Justice of the Generalitat": the body, no person), nor the town a domain
    ending in a town's word names ("COMMANDANT OF THE CITY OF DALNY": lexicon/town-nouns)."""
    town = held and held[0] >= 2 and toks[held[0] - 1].text.lower() == "of" \
        and toks[held[0] - 2].text.lower() in lx.words("town-nouns")
    return bool(held) and not connector(toks[held[0]].text) and not town


def initial_by_its_place(phrase: Phrase, run: list[int], titled: bool) -> bool:
    """A letter that could be a title ("M.") is the name's initial right after a title or a person's
    description ("Dr M. Kwiek", "the pastor M. Kalniņš") or before a surname in capitals ("M. LEVIN"),
    as no one writes two titles or a French one before a Soviet file's surname; after a description's
    comma it is the title of a diplomat's prose ("my French colleague, M. Coulondre")."""
    classifier, surname = phrase.classifier, phrase.classifier.toks[run[2]].text
    described = classifier.described_before(run[0]) and classifier.toks[run[0] - 1].text != ","
    return titled or classifier.title_before(run[0]) or described or surname.isupper() and len(surname) > 1


def cut_titles(phrase: Phrase) -> list[Mention] | None:
    """Titles and function words before a name and connectors after it are not part of it.

    A title (Comrade, Mr., T.) is remembered as evidence of a person for the rules after, with the words
    that grade a rank before it ("Army Commissar", "Corps Military Jurist": lexicon/rank-grades; a graded
    office or calling alone names no one: "Senior Curator"), unless a connector follows it:
    "Commissar for Internal Affairs" is an office, and what follows names its domain, not a person; nor
    is what a title owns a person ("the Lord's Prayer").
    """
    toks, run, title, domain = phrase.classifier.toks, phrase.run, False, False
    graded = next((p for p, k in enumerate(run) if toks[k].text not in lx.words("rank-grades")), len(run))
    lead = next((p for p, k in enumerate(run) if not listed("function-words", toks[k].text)), len(run))
    if lead < len(run) - 1 and all(toks[k].text in lx.words("rank-grades") for k in run[lead:-1]) \
            and office_or_calling(toks[run[-1]].text):
        return []  # "Senior Curator", "the Senior Accountant": a graded office with no name after it
    if 0 < graded < len(run) and title_word(toks[run[graded]].text):
        run = run[graded:]  # "Army Commissar", "Corps Military Jurist": the rank's grade, then the rank
    if run[0] >= 2 and toks[run[0] - 1].text == "of" and phrase.classifier.title_before(run[0] - 1):
        # "lieutenant of State Security Abramov", "Lt. of State Security FINKEL": the rank's domain, then its holder
        held = cut_domain(toks, run)
        run, title = held, len(held) < len(run) and held_by_name(toks, held)
    while run:
        word = toks[run[0]].text
        dotted = len(run) > 2 and toks[run[1]].text == "." and listed("titles", word + ".") \
            and not (is_initial(toks, run[2]) and (toks[run[2]].start == toks[run[1]].end or len(word) == 1)) \
            and not (len(word) == 1 and initial_by_its_place(phrase, run, title))
        # "T.N.", "M. Ya. Veksler": a letter before an initial is an initial too, no "T." or "M." title
        named = listed("titles", word) or listed("function-words", word) and after_article(phrase.classifier.text,
                                                                                           toks[run[0]].start)
        head = toks[run[1]].text if len(run) >= 2 else ""
        if named and (listed("org-words", head) or head in lx.words("place-heads")):
            break  # "General Staff", "the October Railway", "the Grand Hotel": the title or month is part of the name
        if title_word(word) and word.isupper() and len(run) > 1 and heading_after_title(head):
            run = run[2:]  # "1. GENERAL SITUATION", "GENERAL PROVISIONS": a heading's words; "GENERAL KULIK" a name
            continue
        if dotted or (title_word(word) and not is_initial(toks, run[0])):
            run = run[2:] if dotted else run[1:]
            title = not (run and (connector(toks[run[0]].text) or toks[run[0]].text in ("'", "’")))
            if not title:  # an office and its domain; a name after the domain is the office's holder
                domain = word in lx.words("territory-titles")
                held = cut_domain(toks, run)
                run, title = held, 0 < len(held) < len(run) and held_by_name(toks, held)
        elif calling_before_a_name(toks, run):
            run, title = run[1:], True
        elif (listed("function-words", word) and not is_initial(toks, run[0]) and not forename_before_name(toks, run)) \
                or word in lx.words("connectors") or word in ("'", "’", "s", "."):
            run = run[1:]
        else:
            break
    while run and joiner(toks[run[-1]].text):
        run = run[:-1]
    if not run:
        return []
    if not title and run != phrase.run and run[0] != phrase.run[0]:
        found = phrase.classify(run)  # "From LENINGRAD": the rules before this one read what is left too
        if domain and len(run) == 1 and len(found) == 1 and guessed(found[0]):
            found[0].type, found[0].cert = "place", "medium"  # "the Catholicos of Cilicia": an office's see
            found[0].rule, found[0].reason = "cut-titles", "a name no rule knows after an office and its \"of\""
        return found
    phrase.run, phrase.title = run, title or phrase.classifier.title_before(run[0])
    return None


def heading_after_title(word: str) -> bool:
    """A word of a heading after a title in capitals: a common word no one bears as a first name and no
    office or calling ("GENERAL SITUATION"; not "GENERAL KULIK", nor "CHIEF ENGINEER BAMLAG")."""
    return heading_word(word) and not gz.given_name(word.title()) and not office_or_calling(word.title())


def calling_before_a_name(toks: list[Tok], run: list[int]) -> bool:
    """A capitalised calling right before a name, as acts and protocols write it for a title: "Surveyor
    Fogel", "Recruiters OLIINYK and HRYTSIUK" (lexicon/person-descriptions); not before a common word,
    a body's word or a place ("Teacher Training College", "Former Yugoslavia")."""
    if len(run) < 2:
        return False
    word, name = toks[run[0]].text, toks[run[1]].text
    return word[:1].isupper() and not word.isupper() and calling(word) and name.isalpha() and name[:1].isupper() \
        and not gz.common_word(name) and not listed("org-words", name) and name.title() not in gz.places()


def forename_before_name(toks: list[Tok], run: list[int]) -> bool:
    """A function word that is also a forename, before a capitalised word no dictionary knows or a
    surname in capitals: "Jan Kowalski", "Jan SOBIECKI" (not the month of "3 Jan 1938"), "Will Rogers";
    not "May Day", "Jan NKVD"."""
    if len(run) < 2 or toks[run[0]].text not in gz.first_names():
        return False
    after = toks[run[1]].text
    if after.isupper():
        return len(after) > 2 and capital_name_shaped(after) and not listed("org-acronyms", after)
    return after.isalpha() and after[:1].isupper() and not gz.common_word(after)


def title_inside(phrase: Phrase) -> list[Mention] | None:
    """A title inside a longer run before a surname in capitals, initials, a forename and a surname, or a
    surname that ends the run ("the Uezd Food Committee Comrade Pashkov") starts a person's name:
    "Chief of Dalstroi Comrade BERZIN", "Brigade Military Jurists ORLOV", "the post at
    Storozhynets Captain Ion NEGRU", "the ChEPK Comrades A. T. Orlov and …": what stands before it is classified
    on its own, the title and the name after it as a person with a title."""
    toks, run = phrase.classifier.toks, phrase.run
    for pos in range(1, len(run) - 1):
        word, after = toks[run[pos]].text, toks[run[pos + 1]].text
        if not title_word(word) or is_initial(toks, run[pos]):
            continue
        if capital_name_shaped(after, common=True) or is_initial(toks, run[pos + 1]) \
                or (pos + 2 < len(run) and gz.forename(after) and toks[run[pos + 2]].text[:1].isupper()) \
                or pos + 2 == len(run) and gz.surname_shaped(after) and not gz.common_word(after):
            return phrase.classify(run[:pos]) + phrase.classify(run[pos:])
        if pos > 1 and toks[run[pos - 1]].text == "of" and after[:1].isupper() \
                and any(listed("org-words", toks[k].text) for k in run[:pos - 1]):
            return phrase.classify(run[:pos - 1]) + phrase.classify(run[pos:])  # "the Polish Army of General Anders"
        if after[:1].isupper() and not listed("org-words", after) \
                and office_words([toks[k].text for k in run[:pos + 1]]):
            if any(listed("org-words", toks[k].text) for k in run[:pos]):  # "the Secret Department Comrade Holub"
                return phrase.classify(run[:pos]) + phrase.classify(run[pos:])
            return phrase.classify(run[pos:])  # "Foreign Minister Tanner": the office's words, then its holder
    return None


def heading_in_capitals(phrase: Phrase) -> list[Mention] | None:
    """A heading or archive line in capitals ("Soviet Archives VOLUME XIV SECRET REVIEWS") is no institution.

    Its words in capitals and the Roman numerals after them are cut out; of the rest, only places,
    acronyms and one-word bodies ("GUBCHEKA"), cover names after an alias word ("AGENT CODE NAME
    WOLF"), a whole name of a person ("CONCERNING JONAS SABALIAUSKAS") and a surname after "BY"
    ("PERMIT SIGNED BY BERZIN") are kept: the capitalised words beside them name a publication or
    series, or a report's subject.
    """
    toks, run = phrase.classifier.toks, phrase.run
    unit = trailing_unit(toks, run)
    cuts = [p for p, i in enumerate(run)
            if p not in unit and (heading_word(toks[i].text) and not surname_here(phrase, p)
                                  and not forenames_in_capitals([toks[k].text for k in run[p:]])
                                  and not east_asian_in_capitals(toks, run, p)
                                  and not (i and listed("alias-words", toks[i - 1].text.lower())))
            or (ROMAN.fullmatch(toks[i].text) and p and heading_word(toks[run[p - 1]].text)
                and not is_initial(toks, i))]  # "LEVIN M. B., archivist": an initial, no Roman numeral
    if not cuts:
        return None
    if len(run) == 1:  # "HANNA:", "BONDAR:", a speaker's label; "that WEBER passed": a surname named elsewhere
        pending = pending_surname(phrase, run)
        pending.sentence_start = True
        return [pending]
    found, start = [], 0
    for cut in [*cuts, len(run)]:
        by = start < cut and toks[run[start]].text.upper() == "BY"
        in_a_list = listed_beside_and(toks, run, start - 1) or listed_beside_and(toks, run, cut)
        found += [m for m in phrase.classify(run[start + by:cut])
                  if m.type == "place"
                  or m.rule in ("acronym", "acronym-apart", "known-acronym", "name-after-alias-word",
                                "compound-institution", "fused-acronym")  # "GUBCHEKA", "ZAKGPU": one-word bodies
                  or (m.type == "person" and (m.cert == "high" or by)) or (m.type == "person?" and in_a_list)]
        if cut < len(run) and listed_beside_and(toks, run, cut):
            found.append(pending_surname(phrase, [run[cut]]))
        start = cut + 1
    return found


def listed_beside_and(toks: list[Tok], run: list[int], pos: int) -> bool:
    """The cut word at `pos` of the run is joined to a neighbour by "and", as a sentence lists names: "the
    materials on SCHULZ and BECKER", where a dictionary knows "becker" as a word: each may be a surname
    named elsewhere."""
    return 0 <= pos < len(run) and any(0 <= k < len(run) and toks[run[k]].text == "and" for k in (pos - 1, pos + 1))


def pending_surname(phrase: Phrase, idx: list[int]) -> Mention:
    pending = phrase.mention(idx, "person?", "low")
    pending.reason = "a common word in capitals: a person only if named so elsewhere with evidence"
    return pending


def trailing_unit(toks: list[Tok], run: list[int]) -> set[int]:
    """The positions of an administrative unit that closes a heading in capitals, back to its last
    function word: "FAR EASTERN KRAI" of "TO THE HEAD OF THE UNKVD FOR THE FAR EASTERN KRAI", whose
    words are heading words one by one (lexicon/unit-heads)."""
    if len(run) < 2 or not toks[run[-1]].text.isupper() or not unit_head(toks[run[-1]].text.title()) \
            and not unit_head(toks[run[-1]].text):
        return set()
    first = len(run) - 1
    while first > 0 and not listed("function-words", toks[run[first - 1]].text):
        first -= 1
    return set(range(first, len(run))) if first < len(run) - 1 else set()


def split_at_function_word(phrase: Phrase) -> list[Mention] | None:
    """Months, days and prepositions inside a run end one name and start another, as does "and"
    before a title ("Lieutenant Galina BAZHENOVA and Captain ZHUK": two persons) and "the" after a
    name and before a longer one ("In Vilnius the Lithuanian Special Archives …"; not "Peter the
    Great", nor "of the")."""
    toks, run = phrase.classifier.toks, phrase.run
    for pos, i in enumerate(run):
        if pos and listed("function-words", toks[i].text) and not is_initial(toks, i) \
                and not forename_before_name(toks, run[pos:]) and not forename_after_capitals(toks, run, pos):
            return phrase.classify(run[:pos]) + phrase.classify(run[pos + 1:])
        if pos and toks[i].text in lx.words("connectors") and pos + 1 < len(run) \
                and listed("titles", toks[run[pos + 1]].text) and toks[run[pos + 1]].text[:1].isupper():
            return phrase.classify(run[:pos]) + phrase.classify(run[pos + 1:])
        if pos and toks[i].text == "the" and len(run) - pos > 2 and toks[run[pos - 1]].text[:1].isupper() \
                and toks[run[pos - 1]].text not in lx.words("splitters"):
            return phrase.classify(run[:pos]) + phrase.classify(run[pos + 1:])
    return None


def forename_after_capitals(toks: list[Tok], run: list[int], pos: int) -> bool:
    """The run's last word, in ordinary case, after a surname in capitals is its forename, though the
    function words list it as a month: "RÄTSEP August", a patronymic after it maybe ("TAMME August
    Hansovich"; also "WIŚNIEWSKI Jan Janowicz", by `forename_before_name`)."""
    surname, word = toks[run[pos - 1]].text, toks[run[pos]].text
    last = pos == len(run) - 1 or pos == len(run) - 2 and gz.patronymic(toks[run[-1]].text)
    return last and surname.isupper() and capital_name_shaped(surname) and len(word) > 2 \
        and word[1:].islower() and not listed("function-words", surname.title())  # not "ACT No. 212"


def opens_foreign_phrase(phrase: Phrase) -> list[Mention] | None:
    """A capitalised word followed by two lowercase words that are no English words (nor inflected
    ones, nor unit words: "oblasts liquidated") opens a phrase in another language, mostly a title
    cited in transliteration ("Zhertvy politicheskogo terrora", "Istoriya stalinskogo Gulaga"), not a
    name: sentence case capitalises only its first word. In a citation one such word will do, or a
    Slavic preposition ("Kto rukovodil NKVD, 1934–1941 (Moscow", "Kharbintsy na Dal'nem Vostoke",
    "Leningradskii martirolog, vol. 1": lexicon/slavic-prepositions)."""
    toks, text, last = phrase.classifier.toks, phrase.classifier.text, phrase.run[-1]
    after = toks[last + 1:last + 3]
    if len(phrase.run) != 1 or not after or text[toks[last].end:after[0].start] != " ":
        return None
    two = len(after) == 2 and text[after[0].end:after[1].start] == " " and all(foreign_word(tok.text) for tok in after)
    cited = (foreign_word(after[0].text) or after[0].text in lx.words("slavic-prepositions")) \
        and citation_after().match(text, after[0].end) is not None
    return [] if two or cited else None


def foreign_word(word: str) -> bool:
    """A lowercase word of four letters or more that is no English word, inflected or not, nor a unit
    word or a particle: a word of another language."""
    return word.isalpha() and word.islower() and len(word) > 3 and not common_inflected(word.upper()) \
        and not unit_head(word) and not unit_head(word, plural=True) and not name_particle(word)


@cache
def citation_after() -> re.Pattern[str]:
    """The rest of a citation's line after a title's first words, within 160 characters: an imprint or
    a year in brackets, a volume, or Russian "gg." after years (lexicon/citation-tails)."""
    return re.compile(rf"[^\n]{{0,160}}?(?:{lx.shapes('citation-tails').pattern})")


def ship(phrase: Phrase) -> list[Mention] | None:
    """A name after a word for a ship ("the steamer Dzhurma", "the icebreaker Krasin", "a steamer, the
    "Spartak"": lexicon/vessel-words) is a ship's, not a person's nor a place's, though ships bear both;
    so is one after a ship's abbreviation, which is no body ("S.T. Amethyst", "H.M.S. "Harebell"":
    lexicon/vessel-prefixes)."""
    classifier = phrase.classifier
    start = classifier.toks[phrase.run[0]].start
    found = vessel_before().search(classifier.text, max(0, start - 30), start) \
        or vessel_prefix().match(classifier.text, start)
    return [] if found else None


@cache
def vessel_word() -> str:
    """A word for a ship or ships, in any case (lexicon/vessel-words), as a pattern to build on."""
    return rf"\b(?i:(?:{lx.alternation(lx.entries('vessel-words'))})s?)"


@cache
def vessel_before() -> re.Pattern[str]:
    """A word for a ship (or ships) right before a name, or before ", the" and a quotation mark: "the
    icebreaker Krasin", "a Soviet steamer, the "Spartak"", "the icebreakers "Sadko"": the ship's name,
    which GUIDELINES leave unmarked, not the person's or the body's it honours."""
    return re.compile(rf"(?:{vessel_word()}(?:,\s*the)?|(?-i:{VESSEL_PREFIXES}))\s+[\"“«]?$", re.IGNORECASE)


#: A ship's abbreviation (lexicon/vessel-prefixes): "S.T.", "H.M.S.".
VESSEL_PREFIXES = lx.alternation(lx.entries("vessel-prefixes"))


@cache
def vessel_prefix() -> re.Pattern[str]:
    """A ship's abbreviation opening a name: "S.T. Amethyst", "H.M.S."."""
    return re.compile(rf"{VESSEL_PREFIXES}(?!\w)")


def people(phrase: Phrase) -> list[Mention] | None:
    """The name of a people is no name of a person or institution: "Crimean Tatars", "Soviet Koreans".

    The phrase ends with a people's name (lexicon/ethnonyms, in the singular or plural) and every word
    before it qualifies it: a nationality or other adjective, a common capital (Soviet, Western) or a
    place, which then names the people, not a place ("the Volga Germans,", "Baltic Germans.",
    "the Volga German nurse", "a Volga German family", "a Volga German deported from …": unmarked in
    the work sets' gold). Before any other noun the people's word is an adjective, and the place is
    one of its own ("the Kuban Cossack stanitsas", "VLADIVOSTOK KOREAN PEDAGOGICAL TECHNICUM"), and so
    before a town's body of its own ("the Orenburg Soviet": lexicon/territorial-bodies, which reads the
    body after the rules).
    """
    words = phrase.words
    if len(words) < 2 or not gz.people(words[-1]):
        return None
    if not all(adjective(w) or w in lx.words("common-caps") or w in gz.places() for w in words[:-1]):
        return None
    toks = phrase.classifier.toks
    after = phrase.run[-1] + 1
    noun = toks[after].text if after < len(toks) else ""
    qualifies = noun[:1].isalpha() and (noun[:1].isupper() or content_word(noun)) and not noun.endswith("ed") \
        and not any(form in lx.words("person-descriptions") or form in lx.words("family-nouns")
                    for form in gz.singulars(noun.lower())) \
        or words[-1] in lx.words("territorial-bodies")  # "a Volga German family"; "at the Orenburg Soviet,": its soviet
    return [phrase.mention([k], "place", "medium") for k, w in zip(phrase.run, words[:-1])
            if qualifies and w in gz.places() and not adjective(w) and w not in lx.words("common-caps")]


#: After a name: more names of a list, then the lowercase word that says what they all name ("the
#: Polatly and Geyikli clans"); group 1 is that word.
LISTED_KIND = re.compile(r"(?:,\s*[A-Z][\w‐'’-]*)*(?:,?\s+(?:and|or)\s+[A-Z][\w‐'’-]*)?\s+([a-z]+)\b")


def kin_group(phrase: Phrase) -> list[Mention] | None:
    """Names of a list before a word for a clan or tribe in the plural (lexicon/kin-groups: "the
    Polatly and Geyikli clans") name kin groups, which are not marked: no person, place or institution."""
    toks, text = phrase.classifier.toks, phrase.classifier.text
    end = toks[phrase.run[-1]].end
    listed_kind = LISTED_KIND.match(text, end, end + 120)
    return [] if listed_kind and listed_kind.group(1) in lx.words("kin-groups") else None


#: A label for a list of works and what of its sentence stands after it: "Books: Kamena (1924), …"
#: (group 1 the label).
WORKS_LABEL = re.compile(r"\b([A-Z][a-z]+)\s*:[^.:\n]*$")
#: The year or years of a work in brackets after its title: " (1930)", " (1931–1935)".
WORK_YEARS = re.compile(r" \((?:1[89]|20)\d\d\b")


def listed_work(phrase: Phrase) -> list[Mention] | None:
    """A capitalised word in a list of works after its label ("Books: Stepy (1930), Prostir (1925).",
    "Poems: …"; a plural of lexicon/work-words) is a title, which names nobody; so is one right after
    a word for a work ("known from one book, Stepy (1930)", "Novel Zelmenyaner (1931–1935)")."""
    classifier, run = phrase.classifier, phrase.run
    toks, start = classifier.toks, classifier.toks[run[0]].start
    label = WORKS_LABEL.search(classifier.text, max(0, start - 120), start)
    if label is not None and any(form.lower() in lx.words("work-words") for form in gz.singulars(label.group(1))[1:]):
        return []
    if not WORK_YEARS.match(classifier.text, toks[run[-1]].end):
        return None  # "His book Kolyma Arithmetic", "the Collection of …": a title only as notes cite one
    lead = run[0] - 1 - (run[0] > 1 and toks[run[0] - 1].text == ",")
    if len(run) == 1 and lead >= 0 and toks[lead].text in lx.words("work-words"):
        return []  # "one book, Stepy (1930)"; in "his book Kolyma Arithmetic (1993)" the place is left to the rules
    if len(run) == 2 and phrase.words[0].lower() in lx.words("work-words"):
        return []  # "Novel Zelmenyaner (1931–1935)": the kind of work opening its title
    return None


def document(phrase: Phrase) -> list[Mention] | None:
    """A phrase holding a word for a document names a text, not an institution: "the United Nations
    Charter", "the Universal Declaration of Human Rights" (lexicon/document-words). What stands
    before the word is named again by the rules (United Nations); the words after are its subject.
    The word alone, in a heading in capitals too ("SPRAVKA", "PROTOCOL"), names nothing; before an
    organisation word it names the body that deals with such documents ("the Protocol Department")."""
    toks, run = phrase.classifier.toks, phrase.run
    pos = next((p for p, w in enumerate(phrase.words) if listed("document-words", w)), None)
    if pos is None or phrase.words[pos + 1:pos + 2] and listed("org-words", phrase.words[pos + 1]):
        return None  # "the Protocol Department", "the Passport Section": a body that handles the documents
    rest = run[pos + 1:]
    while rest and joiner(toks[rest[0]].text):
        rest = rest[1:]
    return phrase.classify(run[:pos]) + phrase.classify(rest)


def office_of_an_office(phrase: Phrase) -> list[Mention] | None:
    """An office's possessive before an organisation word is one institution: "the Prosecutor
    General's Office", "the Chief Procurator's Office"; the office words own no name ("Petrov's
    Secretariat" is the rules' after the possessive), and the office of its head before it and "of
    the" is no part of it. So is the office after its institution and "of the"
    (`office_after_its_institution`)."""
    words, run = phrase.words, phrase.run
    found = possessive(words)
    if found is None:
        return office_after_its_institution(phrase)
    if not found[0] or found[1] == found[0] + 1 or found[1] >= len(words):
        return None  # no "'s" with an owner before and a word after it
    cut, owner_ends = found
    of = of_the(words[:cut])
    if of and office_words(words[:of]):
        return phrase.classify(run[of + 2:])  # "Commandant of the Special Commandant's Office": its head's office
    if office_words(words[:cut]) and all(listed("org-words", w) for w in words[owner_ends:]):
        return [phrase.mention(run, "org", "medium")]
    return None


def of_the(words: list[str]) -> int:
    """Where the words' first "of" stands when "the" follows it, past their first word; else 0."""
    of = words.index("of") if "of" in words else 0
    return of if words[of + 1:of + 2] == ["the"] else 0


def office_after_its_institution(phrase: Phrase) -> list[Mention] | None:
    """Organisation words, "of the" and an office are one institution, the office no body of its own:
    "the Archive of the President", "the Office of the Prosecutor General"; what follows the office's
    "of" is classified afresh ("… of the Republic of Kazakhstan")."""
    words, run = phrase.words, phrase.run
    of = of_the(words)
    if not of or not all(listed("org-words", w) for w in words[:of]):
        return None
    end = words.index("of", of + 2) if "of" in words[of + 2:] else len(words)
    if not office_words(words[of + 2:end]):
        return None
    return [phrase.mention(run[:end], "org", "medium")] + phrase.classify(run[end + 1:])


def split_at_possessive(phrase: Phrase) -> list[Mention] | None:
    """A possessive ends a name ("Petrov's Secretariat" is not one name unless an institution's). What
    it owns in capitals before a colon, every word of it an English word, is a book's title before its
    subtitle ("Kirov's Hope Deferred: Leningrad in 1934"), not a person, though one of its words
    is a forename too ("Yezhov's Frank Coe" stays one)."""
    words, run = phrase.words, phrase.run
    if (found := possessive(words)) is None:
        return None
    cut, owner_ends = found  # "Petrov's", "the Emigrants'"
    owned = phrase.classify(run[owner_ends:])
    rest = [w for w in words[owner_ends:] if w[:1].isalpha()]
    end = phrase.classifier.toks[run[-1]].end
    if len(rest) > 1 and all(gz.common_word(w) for w in rest) and phrase.classifier.text[end:end + 1] == ":":
        owned = [m for m in owned if m.type != "person"]
    return phrase.classify(run[:cut]) + owned


def abbreviated_title(phrase: Phrase) -> bool:
    """One word that is a rank's abbreviation with its full stop, after another rank's or in a table's
    cell, and no name after it: "Col. Gen.", "| Maj. |" (lexicon/titles); not "St." signing a
    resolution, which a rank's abbreviation stands before nowhere."""
    toks, first, last = phrase.classifier.toks, phrase.run[0], phrase.run[-1]
    after_rank = first >= 2 and toks[first - 1].text == "." and listed("titles", toks[first - 2].text + ".")
    in_cell = char_before(phrase.classifier.text, toks[first].start, " \t") == "|"
    return (after_rank or in_cell) and last + 1 < len(toks) and toks[last + 1].text == "." \
        and toks[last + 1].start == toks[last].end and listed("titles", toks[last].text + ".")


def adjective_opening_a_phrase(phrase: Phrase) -> list[Mention] | None:
    """An adjective that is a forename or a town too, opening a phrase of lexicon/adjective-phrases, is
    neither: "Roman numerals", "in the Roman manner", "dates in Roman months" (not the town Roman after
    "in"), "the Roman Catholic church" (the phrase's capitalised words all inside it; "the Roman
    Catholic Church" is left to the rules)."""
    toks, run = phrase.classifier.toks, phrase.run
    opening = adjective_phrase().match(phrase.classifier.text, toks[run[0]].start)
    if opening and opening.end() >= toks[run[-1]].end:
        return []
    return None


def not_a_name(phrase: Phrase) -> list[Mention] | None:
    """Adjectives, function words, common capitals, the Hebrew calendar's months and festivals
    (`gazetteer.not_names`), organisation words, Roman numerals, a rank's abbreviation and a known
    acronym in the plural ("staff of RIKs", the kind, not one body) alone; an office alone, as a
    signature's line prints it ("Deputy Chief Military Procurator", "Commander-in-Chief"): a title
    last, and words that say which office it is before it."""
    word = single(phrase)
    if word and (adjective(word) and not (phrase.title and name_like_an_adjective(word))
                 or listed("function-words", word) or listed("common-caps", word)
                 or word in gz.not_names() or word in lx.words("org-words") or ROMAN.fullmatch(word)
                 or abbreviated_title(phrase) or word.endswith("s") and word[:-1] in lx.words("org-acronyms")):
        return []
    parts = [part for w in phrase.words for part in w.split("-")]
    if parts and office_or_calling(parts[-1]) and parts[-1][:1].isupper() and not listed("org-words", parts[-1]) \
            and office_words(parts):
        return []
    return None


@cache
def adjective_phrase() -> re.Pattern[str]:
    """A phrase of lexicon/adjective-phrases, whole words: "Roman numerals", not "Roman Petrov"."""
    return re.compile(rf"{lx.alternation(lx.entries('adjective-phrases'))}\b")


def common_capital_first(phrase: Phrase) -> list[Mention] | None:
    """A common capitalised word (Comrades, Chairman, Old), a nationality ("the Korean Kim Pen Hwa"), a
    calling before a forename ("Archivist Rūta …", opening a sentence) or a verb's form opening a
    sentence (`opening_participle`) opening a phrase is not part of a name."""
    if east_asian_before_initials(phrase) or known_place_before_connector(phrase):
        return None
    first = phrase.words[0]
    if first in lx.words("common-caps") or opening_participle(phrase) \
            or (len(phrase.run) > 1 and gz.people(first) and first not in gz.first_names()):
        return phrase.classify(phrase.run[1:])
    if len(phrase.run) > 2 and phrase.words[0].lower() in lx.words("person-descriptions") \
            and phrase.words[1] in gz.first_names():
        return phrase.classify(phrase.run[1:])  # "Archivist Rūta Stankevičienė set out the files"
    return None


def opening_participle(phrase: Phrase) -> bool:
    """An English verb's form in -ed that no list knows as a name, or a participle of what was done to a
    person (lexicon/person-fates: "Shot Ulan-Ude 1938"), opens the phrase and its sentence: "Recorded
    Lviv, 14 May 2000", as an index of interviews writes it."""
    first = phrase.words[0]
    participle = first.lower() in lx.words("person-fates") or len(first) > 4 and first.endswith("ed") \
        and gz.common_word(first) and first not in gz.first_names() and not gz.surname_shaped(first)
    return len(phrase.run) > 1 and first[1:].islower() and participle \
        and sentence_initial(phrase.classifier.text, phrase.classifier.toks, phrase.run[0])


def known_place_before_connector(phrase: Phrase) -> bool:
    """The words before the phrase's "and" or "of" are a place the gazetteers know whole, a common
    capital opening it ("the Northern Krai and the Urals"): the split at the connector keeps it."""
    cut = next((p for p, w in enumerate(phrase.words) if w in lx.words("connectors")), None)
    return cut is not None and cut > 1 and place_ok(" ".join(phrase.words[:cut]))


def east_asian_before_initials(phrase: Phrase) -> bool:
    """A Korean or Chinese family name before initials, as lists print a name: "Ten M.", "Nam I.S."
    (lexicon/east-asian-surnames): a surname even when it is also a common word."""
    toks, run = phrase.classifier.toks, phrase.run
    return len(run) > 1 and phrase.words[0] in lx.words("east-asian-surnames") and is_initial(toks, run[1])


def split_at_connector(phrase: Phrase) -> list[Mention] | None:
    """Outside an institution's name, "of", "for", "and" join two names, not one."""
    words = phrase.words
    cut = next((p for p, w in enumerate(words) if w in lx.words("connectors")), None)
    if cut is None:
        return None
    return phrase.classify(phrase.run[:cut]) + phrase.classify(phrase.run[cut + 1:])
