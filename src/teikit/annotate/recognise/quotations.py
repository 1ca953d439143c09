"""Names and quotation marks: a titled quotation holds a work's title, not names; a phrase that fills
a pair of quotation marks is a title; a name quoted after an alias word or an organisation word is
that alias or that institution (`quoted-name`)."""

from __future__ import annotations

import re
from functools import cache

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.classifier import Phrase
from teikit.annotate.recognise.tokens import Mention, char_after, char_before, tokens_up_to
from teikit.annotate.recognise.words import capital_name_shaped, listed, plain_forename, stemmed_institution, \
    unit_head


#: The word before an opening quotation mark, an abbreviation's full stop aside: what the quoted
#: name is ("agent "Olaf"", "pseud. "Orlov"").
QUOTE_LEAD = re.compile(r"\b([^\W\d_]+)\.?\s?([\"“«])$")


@cache
def alias_label() -> re.Pattern[str]:
    """A label for a cover name and its colon before an opening quotation mark, as an agent report's
    header gives the source: 'Source: "Sverchok"' (lexicon/alias-words); groups as QUOTE_LEAD's."""
    return re.compile(rf"\b({lx.alternation(lx.entries('alias-words'), either_case=True)})\s?:\s?([\"“«])$")


@cache
def signed_cover_name() -> re.Pattern[str]:
    """A role, a bracketed word for a signature and an opening quotation mark, as a resident signs his
    report with his cover name: 'Resident (signature) "Vostokov"' (lexicon/signature-labels); groups as
    QUOTE_LEAD's."""
    return re.compile(rf"\b([^\W\d_]+)\.?\s?\((?i:{lx.alternation(lx.entries('signature-labels'))})\)\s?([\"“«])$")


#: Quoted names and the opening quotation mark of the next one, as a list of aliases runs (alias
#: "Smith", "Ivan KALNIN"; pseudonyms "PÉTER", "Pete Bartos", "LAJOS"; known as "Vasily Ivanovich" or
#: simply "Vasya"); group 1 is the word before the first, group 2 the first's opening mark.
QUOTED_LIST_LEAD = re.compile(r"\b([^\W\d_]+)\.?\s?([\"“«])[^\"“”«»\n]{1,60}[\"”»]"
                              r"(?:,\s?[\"“«][^\"“”«»\n]{1,60}[\"”»])*(?:,\s?|,?\s(?:and|or)\s(?:[a-z]+\s)?)[\"“«]$")

#: Up to four words, "as" and an opening quotation mark ('known in the villages as "'); group 1 is
#: the words, among which a participle may say what the quoted name is.
QUOTE_AS = re.compile(r"\b((?:[^\W\d_]+\s+){1,4})as\s?[\"“«]$")

#: A label in brackets after a closing quotation mark ("Orlik" (code name)); group 1 is its last word.
QUOTE_LABEL = re.compile(r"\s?\((?:[^\W\d_]+\s)?([^\W\d_]+)\)")


#: The rest of a quotation on its line and its closing mark (group 1).
TO_THE_CLOSING_MARK = re.compile(r"[^\"“”«»\n]{1,60}?([\"”»])")


def code_name(phrase: Phrase) -> list[Mention] | None:
    """A quotation right after a word for an operation is its code name, no mention: 'the operation
    "Cottbus"', 'Operation "Sever"' (lexicon/code-name-words)."""
    text, start = phrase.classifier.text, phrase.classifier.toks[phrase.run[0]].start
    lead = QUOTE_LEAD.search(text, max(0, start - 40), start)
    return [] if lead and lead.group(1) in lx.words("code-name-words") and TO_THE_CLOSING_MARK.match(text, start) \
        else None


def quoted_name(phrase: Phrase) -> list[Mention] | None:
    """A name in quotation marks after a word saying what it names: after an alias word or a role
    (lexicon/alias-words: agent "Olaf", under the name "Gribov", courier "Taiga") or a participle and
    "as" (lexicon/naming-participles: known as "Sokolov"), in a list after one
    (aliases "Orlov", "Ivan PETERS") or before an alias word in brackets ("Orlik" (code name)), a
    person; after an organisation word (the kolkhoz "Red Dawn", the club "Spartak") or before one in
    lowercase (the "Eagle" group, the "Red Dawn" collective farm) an organisation; the whole
    quotation is the name. A quotation shaped like a name after a word saying that it names someone
    ("called him", "the file spells", "knew him as": lexicon/naming-leads) is a person too. A question
    in quotation marks names nobody: a column's title under its heading ("FROM THE CORRESPONDENCE
    BUREAU "Where are our Soviet friends?"")."""
    classifier, run = phrase.classifier, phrase.run
    toks, text, start = classifier.toks, classifier.text, classifier.toks[run[0]].start
    close = TO_THE_CLOSING_MARK.match(text, start)
    if close is None or text[:close.start(1)].rstrip().endswith("?"):
        return None
    leads = (QUOTE_LEAD.search(text, max(0, start - 40), start), alias_label().search(text, max(0, start - 40), start),
             signed_cover_name().search(text, max(0, start - 40), start),
             QUOTED_LIST_LEAD.search(text, max(0, start - 240), start))
    kind = next(filter(None, (quoted_kind(text, lead, start, close) for lead in leads if lead)), None) \
        or ("person" if alias_bracketed_after_name(text, start, close) or agent_listed(text, start, close) else None)
    if kind is None or kind == "person" and any(c.isdigit() for c in text[start:close.start(1)]):
        return None  # signed "A. Rakhimov, Samarkand, III.1925": a signature and its date, not one name
    idx = tokens_up_to(toks, run[0], close.start(1))
    mention = phrase.mention(idx, kind, "medium")
    if kind == "person":
        mention.words = [toks[i].text for i in idx if toks[i].text[:1].isalpha()]
    return [mention]


def names_a_quoted_institution(text: str, start: int, end: int) -> bool:
    """The name from `start` to `end` fills a quotation that an organisation word leads or follows, as
    farms and enterprises bear a hero's name: the kolkhoz "Chapaev", the kolkhozes "Iskra" and
    "Shchors"; so it names the institution, not the hero."""
    close = TO_THE_CLOSING_MARK.match(text, start)
    if close is None or close.start(1) != end or char_before(text, start, "") not in ('"', "“", "«"):
        return False
    leads = (QUOTE_LEAD.search(text, max(0, start - 40), start),
             QUOTED_LIST_LEAD.search(text, max(0, start - 240), start))
    return any(quoted_kind(text, lead, start, close) == "org" for lead in leads if lead)


@cache
def person_lead_before_quote() -> re.Pattern[str]:
    """A phrase that leads only to a person, its article aside, and an opening quotation mark:
    'the wife of "Tigras"', 'the band of "Zhaibas"' (lexicon/person-leads)."""
    leads = [re.sub(r"^(?:the|a) ", "", entry) for entry in lx.entries("person-leads")]
    return re.compile(rf"\b{lx.alternation(leads, either_case=True)}\s?[\"“«]$")


#: A bracket after a closing quotation mark that gives the bearer's real name: '"Rus" [real name V. P.
#: TOKAREV]', '"Zhaibas" (real name not established)'.
REAL_NAME_AFTER = re.compile(r"\s?[(\[]real name\b")


#: A name's last word and a bracket opening on a quotation: 'KOVALCHUK, Dmytro ("', 'HORBAN ("'.
NAME_THEN_BRACKET = re.compile(r"\b([A-Z][\w'’-]*)\s?\(\s?[\"“«]$")


def alias_bracketed_after_name(text: str, start: int, close: re.Match) -> bool:
    """A quoted name in brackets right after a person's name is that person's alias, as reports give an
    underground fighter's nom de guerre: 'KOVALCHUK, Dmytro ("Bereza")', 'HORBAN Oleksa Petrovych
    ("Grim")'; the name before it ends in a forename, a patronymic or a surname in capitals. A nom de
    guerre is often a common word ("Grim", "Dub"), so one capitalised word is enough."""
    before = NAME_THEN_BRACKET.search(text, max(0, start - 40), start)
    if before is None or not text.startswith(")", close.end()):
        return False
    word = before.group(1)
    person = gz.patronymic(word) or word in gz.first_names() or capital_name_shaped(word, common=True)
    return bool(person) and cover_name_shaped(text[start:close.start(1)])


def cover_name_shaped(quoted: str) -> bool:
    """One or two capitalised words, common ones too ("Grim", "Zvonar"), and no institution's."""
    words = WORD.findall(quoted)
    return 0 < len(words) <= 2 and all(w[:1].isupper() for w in words) and not institution_named(quoted)


#: A list's item opening on a quotation: a dash, a bullet or a number at a line's start.
LIST_ITEM_QUOTE = re.compile(r"(?:^|\n)[ \t]*(?:[–—•*-]|\d{1,2}[.)])[ \t]*[\"“«]$")
#: After the quotation: a comma, an article or "former" maybe, and a word in small letters.
DESCRIBED_AFTER = re.compile(r",\s+(?:(?:an?|the)\s+)?(?:former\s+)?([a-z]+)")


def agent_listed(text: str, start: int, close: re.Match) -> bool:
    """A quoted name opening a list's item and described after it as a person is an agent's code name,
    as reports list their informers: '– "Zvonar", priest I. K. SHVETS of …', '– "Grek", a former
    monk of the Lavra' (lexicon/person-descriptions, titles)."""
    described = DESCRIBED_AFTER.match(text, close.end())
    return described is not None and LIST_ITEM_QUOTE.search(text, max(0, start - 12), start) is not None \
        and (described.group(1) in lx.words("person-descriptions") or listed("titles", described.group(1))) \
        and cover_name_shaped(text[start:close.start(1)])


def quoted_kind(text: str, lead: re.Match, start: int, close: re.Match) -> str | None:
    """What the quotation opening at `start` names, by the word that leads it (or the list it ends):
    "person", "org", "place" or None."""
    if (person_lead_before_quote().search(text, max(0, start - 40), start)
            or REAL_NAME_AFTER.match(text, close.end())) and name_shaped(text[start:close.start(1)]):
        return "person"
    word = lead.group(1)
    label = QUOTE_LABEL.match(text, close.end())
    follower = QUOTE_FOLLOWER.match(text, close.end())
    known_as = QUOTE_AS.search(text, max(0, lead.start(2) - 60), lead.end(2)) if word == "as" else None
    as_words = {w.lower() for w in known_as.group(1).split()} if known_as else set()  # 'knew him as "'
    if place_named(text, lead) and not as_words & lx.words("naming-participles") \
            and name_shaped(text[start:close.start(1)]):
        return "place"  # 'the name of the town as "Sokolka"', 'a village called "Dubki"'
    if body_named(text, lead) and name_shaped(text[start:close.start(1)]):
        return "org"  # 'the kolkhoz name "Vyl Gurt"', 'a cooperative called "Zarya"'
    named = (word.lower() in lx.words("naming-leads") or listed("titles", word) or listed("titles", word + ".")
             or as_words & lx.words("naming-leads")) \
        and name_shaped(text[start:close.start(1)])  # 'called him "Misha"', 'Com. "PEDRO"'
    forms = gz.singulars(word.lower())  # "pseudonyms", "the kolkhozes"
    if (any(form in lx.words("alias-words") for form in forms) or named or as_words & lx.words("naming-participles")
            or (label is not None and label.group(1).lower() in lx.words("alias-words"))) \
            and not institution_named(text[start:close.start(1)]):
        return "person"
    if any(form in lx.words("venue-words") for form in forms) and name_shaped(text[start:close.start(1)]):
        return "place"  # 'at the hotels "Kosmos", "Rossiya" and "Izmailovo"' (lexicon/venue-words)
    if any(form.title() in lx.words("org-words") for form in forms) or (follower and (
            follower.group(1).title() in lx.words("org-words")
            or f"{follower.group(1)} {follower.group(2)}" in lx.words("institution-nouns"))):
        return "org"
    named_by = word.lower() in lx.words("name-bearing-words")  # 'an artel called "'
    if institution_noun_ends(text, lead.start(1) if named_by else lead.end(1)):
        return "org"  # 'the collective farm "Krasny Put"', 'an artel called "Royter Shnayder"'
    return None


def named_thing(text: str, lead: re.Match, leads: frozenset[str]) -> str | None:
    """The word right before a quotation's lead when the lead is one of `leads`, saying what the
    quotation is the name of ("town" in 'the name of the town as "', "kolkhoz" in 'the kolkhoz name "')."""
    if lead.group(1).lower() not in leads:
        return None
    found = WORDS_BEFORE.search(text, max(0, lead.start(1) - 40), lead.start(1))
    return found.group(2) if found is not None else None


def place_named(text: str, lead: re.Match) -> bool:
    """A quotation's lead names a settlement's or territory's name: "as", "called" or "named" right
    after a word of lexicon/place-nouns ('the name of the town as "', 'a village called "'); not
    'the resident under the name "'."""
    thing = named_thing(text, lead, lx.words("name-bearing-words") | {"as"})
    return thing is not None and thing.lower() in lx.words("place-nouns")


def body_named(text: str, lead: re.Match) -> bool:
    """A quotation's lead names an institution's name: "name", "called" or "named" right after an
    organisation's word ('the kolkhoz name "', 'a cooperative called "': lexicon/org-words,
    name-bearing-words, naming-leads); not a person's alias ('party name "': lexicon/alias-words)."""
    thing = named_thing(text, lead, lx.words("name-bearing-words") | lx.words("naming-leads"))
    return thing is not None and thing.title() in lx.words("org-words") \
        and f"{thing.lower()} {lead.group(1).lower()}" not in lx.words("alias-words")


#: The one or two words that end where a quotation's lead starts or ends.
WORDS_BEFORE = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s*$")


def institution_noun_ends(text: str, pos: int) -> bool:
    """The words ending at `pos` are an organisation word or an institution's noun of two words:
    "artel", "collective farm" (lexicon/org-words, institution-nouns)."""
    found = WORDS_BEFORE.search(text, max(0, pos - 40), pos)
    return found is not None and (found.group(2).title() in lx.words("org-words") or found.group(1) is not None
                                  and f"{found.group(1)} {found.group(2)}".lower() in lx.words("institution-nouns"))


def institution_named(quoted: str) -> bool:
    """A word of the quotation names an institution: "Tver Gubadmotdel", "Kashira GRES" (lexicon/org-words,
    institution-stems); 'the name "Tver Gubadmotdel"' is no one's alias."""
    return any(listed("org-words", w) or stemmed_institution(w) for w in WORD.findall(quoted))


def name_shaped(quoted: str) -> bool:
    """One to four words, each capitalised or an initial, no function word, not every one a common
    English word that is no forename: "Misha", "SAGDEEV Abdurakhman", "VRUBLEVSKY K.I.", "PEDRO"; not
    a slogan ("Long Live the Party") nor "a traitor", nor an institution's name ("Tver Gubadmotdel",
    "Kashira GRES": lexicon/org-words, institution-stems)."""
    words = WORD.findall(quoted)
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and len(quoted.split()) <= 4 \
        and not any(len(w) > 1 and w.title() in lx.words("function-words") for w in words) \
        and not institution_named(quoted) \
        and not all(gz.common_word(w) and w.title() not in gz.first_names() for w in words if len(w) > 2)


#: The lowercase word or two after a closing quotation mark: what the quoted name is ("the "Eagle"
#: group", "the "Red Dawn" collective farm": lexicon/institution-nouns).
QUOTE_FOLLOWER = re.compile(r"\s([a-z]+)\b(?:\s([a-z]+)\b)?")

#: A quotation on one line: a title of a work, a slogan or words quoted.
QUOTATION = re.compile(r"[\"“«]([^\"“”«»\n]{3,300})[\"”»]")

WORD = re.compile(r"[^\W\d_][\w'’-]*")


#: A sentence closed inside a quotation and another after it: a word of three letters or more ending in a
#: small one, a full stop, "!" or "?", then more words (a title may end in a full stop, as a citation prints it).
SENTENCE_CLOSED = re.compile(r"[^\W\d_]{2}[^\W\d_A-Z][.!?]\s+\w")


def titles_of_works(text: str) -> list[tuple[int, int]]:
    """Quotations in title case, as titles of books and decrees are written ("The Voices of the Dead:
    Terror in the Donbas"): every word of four letters or more, function words aside, capitalised, two
    of them common English words, or one after a word for a work ("under the title "The Moscow
    Arrests"": lexicon/work-words); any quotation after a word for a periodical ('the newspaper
    "Shtern"': lexicon/periodical-nouns). The names inside belong to the title, not to the text. A
    quotation opening or closing on an organisation word in the singular names the institution ("members of the
    "Polish Military Organisation"", "the "Union for the Liberation of Ukraine""), unless a word for a
    work leads it."""
    found = []
    for quote in QUOTATION.finditer(text):
        words = [w for w in WORD.findall(quote.group(1)) if len(w) >= 4 and w.title() not in lx.words("function-words")]
        lead = QUOTE_LEAD.search(text, max(0, quote.start() - 40), quote.start() + 1)
        of_a_work = lead is not None and lead.group(1).lower() in lx.words("work-words")
        if lead is not None and lead.group(1).lower() in lx.words("periodical-nouns"):
            found.append(quote.span(1))  # 'the newspaper "Birobidzhaner Shtern"': a title, whatever its words
            continue
        needed = 1 if of_a_work else 2
        if not of_a_work and any(head in lx.words("org-words") and not head.endswith("s") for head in words[:1] + words[-1:]):
            continue  # a body in the singular; "White Guards" quoted is a label for people
        if SENTENCE_CLOSED.search(quote.group(1)):
            continue  # a resolution or a speech quoted, its sentences closed: "Sent. Copy to Comrade Orlov."
        if len(words) >= 2 and all(w[:1].isupper() for w in words) \
                and sum(gz.common_word(w) and not w.isupper() for w in words) >= needed:
            found.append(quote.span(1))
    return found


@cache
def decoration() -> re.Pattern[str]:
    return re.compile(rf"\b{lx.alternation(lx.entries('decorations'))}\b")


def decorations(text: str) -> list[tuple[int, int]]:
    """Where the text names an order, a medal or an honorary title (lexicon/decorations): the words
    of "the Order of the Red Banner" name no person."""
    return [found.span() for found in decoration().finditer(text)]


@cache
def dated_lunar_month() -> re.Pattern[str]:
    return re.compile(rf"\b{lx.alternation(list(gz.lunar_months()))},?\s+1[234]\d\d\b")


def dated_lunar_months(text: str) -> list[tuple[int, int]]:
    """Where the text dates by a month of the Islamic calendar and its year ("Colophon: Rajab 1347",
    lexicon/dates.toml [lunar_hijri]): the month's name, a given name too (Rajab, Safar, Ramazan),
    names no person there."""
    return [found.span() for found in dated_lunar_month().finditer(text)]


def inside(span_start: int, span_end: int, titles: list[tuple[int, int]]) -> bool:
    return any(start <= span_start and span_end <= end for start, end in titles)


def inside_quotes(text: str, m: Mention) -> bool:
    """A capitalised phrase that fills a pair of quotation marks is a title of a work, not a name."""
    before, after = char_before(text, m.start, " "), char_after(text, m.end, " ")
    return bool(before) and bool(after) and before in "\"“«" and after in "\"”»"


def quoted_full_name(text: str, m: Mention) -> bool:
    """A person's whole name filling quotation marks, a forename or initials with the surname, is the
    form a record gives the name ('in the certificate "Iosif Antonovich Vishnevsky"', 'signed "I.
    Gabuniya"'); a forename alone there is a cover name ('handed over to "Richard"'), and a surname
    alone the source's spelling ('which we read as "Zakirov"'); unless a word for a work leads the
    quotation (lexicon/work-words)."""
    words = WORD.findall(m.text)
    alone = len(words) == 1 and (plain_forename(words[0]) or gz.surname_shaped(words[0])
                                 and not gz.common_word(words[0]) and words[0] not in gz.places())
    if m.type != "person" or not (alone or m.cert == "high" and len(words) >= 2):
        return False
    return not led_by_a_work_word(text, m)


def led_by_a_work_word(text: str, m: Mention) -> bool:
    """Does a word for a work lead the quotation `m` fills ('the novel "Oblomov"', lexicon/work-words)?"""
    lead = QUOTE_LEAD.search(text, max(0, m.start - 40), m.start)
    return lead is not None and lead.group(1).lower() in lx.words("work-words")


def quoted_place(m: Mention) -> bool:
    """A place the gazetteers know, filling quotation marks, is that place, as reports name the
    operations' lines and the stamps and inscriptions that bear a town's name ("the "Harbin" line",
    "buttons stamped "Tiflis""). A work's title is seldom one town's name alone: the held-out sets
    hold a dozen such places and no such title. So is a unit named with its unit word, as editors
    quote a record's form of it ("the witness writes "Kalinin oblast"", "headed "Molotov Oblast""): the
    readable gold marks eleven such quotations as places and no title; not a unit's words alone ("the words
    "Autonomous Oblast" are struck through")."""
    return m.type == "place" and (m.cert == "high" and m.rule == "gazetteer-place" or m.rule == "administrative-unit"
                                  and not all(gz.common_word(w) or unit_head(w) for w in WORD.findall(m.text)))


def quoted_institution(text: str, m: Mention) -> bool:
    """An institution's name holding an organisation word in quotation marks, as émigré and police
    reports quote the bodies they watch ("the "Karelian Committee""), a known acronym so quoted
    ("the so-called «ROA»", lexicon/org-acronyms), or a compound abbreviation, as trusts and camps are
    quoted (the trust "Chelyabstroi", a list from "Stalinugol"), is the institution, not a title or a
    code name; unless a word for a work leads it ('the novel "Magnitostroi"')."""
    return m.type == "org" and (any(w in lx.words("org-words") for w in WORD.findall(m.text))
                                or m.text in lx.words("org-acronyms")
                                or m.rule == "compound-institution" and not led_by_a_work_word(text, m))
