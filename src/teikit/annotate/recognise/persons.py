"""Rules for persons: inverted names, surnames in capitals, lists of surnames, bare words pending
evidence, and the last rule that takes capitalised words left over as a person on evidence."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.annotate.recognise.classifier import Classifier, Phrase, after_signature_label, single
from teikit.annotate.recognise.organisations import compound_institution, institution_before_bracket
from teikit.annotate.recognise.places import address_state
from teikit.annotate.recognise.tokens import NEAR, Mention, Tok, after_article, char_before, inverted_forenames, \
    SENTENCE_END, is_initial, opens_a_line, sentence_initial
from teikit.annotate.recognise.words import capital_name_shaped, described_after, east_asian_name, is_acronym, listed, \
    name_particle, place_ok, family_and_given_name, forename_in_ordinary_case, forenames_in_capitals, \
    office_or_calling, plain_forename, stemmed_institution, transliterated_syllables, relatives_after, unit_head, \
    unlisted_forename
from teikit.authority import shipped_surnames


#: An index's cross-reference before the form of a name it sends the reader to: "Golovach, P. see
#: Halavach, Platon".
CITED_FORM = re.compile(r"\b[Ss]ee\s+$")
DOTTED_LETTERS = re.compile(r",\s*((?:[A-Z]\.){2,})")


def cited_form(text: str, start: int) -> bool:
    """A name cited in the form an index's heading takes, after "see"."""
    return CITED_FORM.search(text, max(0, start - 5), start) is not None


def surname_follows(classifier: Classifier, after: int) -> bool:
    """A capitalised word on the same line after forenames ("Ivan Petrovich Sidorov"): they open a name
    in natural order, not end an inverted one; the next line's first word ("CASE 12. DUDNIK, Pavel
    Andreevich" then "Ukrainian, born 1930") is another matter."""
    toks = classifier.toks
    return after < len(toks) and toks[after].cap and toks[after].text[0].isalpha() \
        and "\n" not in classifier.text[toks[after - 1].end:toks[after].start]


def capitals_forename_and_patronymic(phrase: Phrase, fore: list[int]) -> bool:
    """The phrase is a surname in capitals (no acronym: "the UNKVD, Ivan Petrovich") and `fore`, after
    its comma, a forename and patronymic, or a known forename alone, that end the name (not "Ivan
    Petrovich Sidorov")."""
    toks = phrase.classifier.toks
    after = fore[-1] + 1
    named = len(fore) == 2 and gz.patronymic(toks[fore[1]].text) or \
        len(fore) == 1 and toks[fore[0]].text in gz.first_names()  # "KOVALCHUK, Dmytro ("Bereza")"
    return named \
        and all(w.isupper() and len(w) > 1 and (not is_acronym(w) or capital_name_shaped(w, common=True, towns=True)
                                                or w.title() in lx.words("east-asian-surnames"))
                for w in phrase.words) \
        and not surname_follows(phrase.classifier, after)


def initials_end_the_name(toks: list[Tok], fore: list[int]) -> bool:
    """`fore`, after the comma, is initials alone and nothing capitalised follows them, as a report or a
    reference names a person inside its sentence: "under Captain VOLYNSKY, K. A., with", "(secretary
    SHEININA, R. I.)"; not "the witnesses YAPAROV, I. S. ISAMBAEV", where the initials open the next name.
    The caller asks it of a surname alone: after a forename and a surname they are a degree ("Edwin
    Lindgren, E.E.")."""
    after = fore[-1] + 1
    return all(is_initial(toks, k) or toks[k].text == "." for k in fore) \
        and (after == len(toks) or not toks[after].cap)


def forename_and_patronymic_end(phrase: Phrase, fore: list[int]) -> bool:
    """`fore`, after the comma, is a known forename and a patronymic that end the name, as applications,
    certificates and rolls name a person in ordinary case within a sentence too: "my grandfather,
    Vasilyev, Kuzma Ivanovich, born in 1894", "from Sokolova, Nadezhda Petrovna"."""
    toks = phrase.classifier.toks
    after = fore[-1] + 1
    return len(phrase.run) == 1 and len(fore) == 2 and toks[fore[0]].text in gz.first_names() \
        and bool(gz.patronymic(toks[fore[1]].text)) \
        and not surname_follows(phrase.classifier, after)


def name_after_a_church_address(phrase: Phrase) -> list[Mention] | None:
    """A free church's form of address before a name is a title, the name a person's: "Brother
    Klassen", "Sister Penner", "Elder Jacob Hoeppner" (lexicon/church-addresses); after "the", English
    words are no name ("the Brother Peoples", "the Elder Statesman": left to the rules)."""
    toks, run = phrase.classifier.toks, phrase.run
    if len(run) < 2 or toks[run[0]].text not in lx.words("church-addresses"):
        return None
    rest = run[1:]
    start = toks[run[0]].start
    if phrase.classifier.text[max(0, start - 4):start].lower() == "the " \
            and any(gz.common_word(toks[k].text) for k in rest if len(toks[k].text) > 2):
        return None
    m = phrase.mention(rest, "person", "high")
    m.words = [toks[k].text for k in rest if toks[k].text != "." and not is_initial(toks, k)]
    m.initials = [toks[k].text for k in rest if is_initial(toks, k)]
    return [m]


def inverted_name(phrase: Phrase) -> list[Mention] | None:
    """A surname, a comma and forenames or initials opening a line or a numbered item, or initials
    alone ending the name anywhere, is one person, as bibliographies, lists of authors and lists of
    the accused write them: "Khlevniuk, Oleg V.", "Kuromiya, Hiroaki", "CONQUEST, Robert", "2.
    MOROZOVA, Anna Fedorovna", "under Captain VOLYNSKY, K. A., with". A surname in capitals
    before a forename and patronymic is one person anywhere, as reports name a witness or the accused
    within a sentence: "the witness MOROZOVA, Anna Fedorovna, said"; so is one in ordinary case before a
    known forename and a patronymic ("my grandfather, Vasilyev, Kuzma Ivanovich, born in 1894")."""
    classifier, run = phrase.classifier, phrase.run
    toks, text = classifier.toks, classifier.text
    comma = run[-1] + 1
    if len(run) > 2 or comma >= len(toks) or toks[comma].text != "," or toks[comma].start != toks[run[-1]].end \
            or not all(toks[k].cap and toks[k].text[0].isalpha() for k in run) \
            or any(listed("function-words", w) or listed("common-caps", w) or compound_institution(w)
                   or listed("org-words", w) for w in phrase.words):
        return None  # "Minlag, Inta, about 1951": a camp and its town; "German Embassy, Alma-Ata": a body and its town
    if len(run) == 2 and listed("place-heads", phrase.words[-1]):
        return None  # "Wardour Street, London, W.1.": an address; one word ("Lane, Arthur") may be a surname
    fore = inverted_forenames(toks, comma, text)
    dotted = DOTTED_LETTERS.match(text, toks[comma].start)
    last = phrase.words[-1]
    state = comma + 1 < len(toks) and address_state().match(text, toks[comma + 1].start)
    if dotted and dotted.group(1) in gz.places() or state and not (gz.surname_shaped(last) or last.isupper()):
        return None  # "LENINGRAD, U.S.S.R. —", "Freehold, N.J.": a town and its state; not "SHEININA, R. I."
    if not fore or (all(is_acronym(w) for w in phrase.words) and all(is_initial(toks, k) or toks[k].text == "."
                                                                         for k in fore)):
        return None  # "AVP RF, F. 0154": an archive and its fond; "KALNINS, Janis" is a person
    if not opens_a_line(text, toks[run[0]].start) and not capitals_forename_and_patronymic(phrase, fore) \
            and not forename_and_patronymic_end(phrase, fore) and not cited_form(text, toks[run[0]].start) \
            and not (len(run) == 1 and initials_end_the_name(toks, fore)):
        return None
    m = phrase.mention(run + [comma] + fore, "person", "high")
    m.initials = [toks[k].text for k in fore if is_initial(toks, k)]
    m.words = [toks[k].text for k in fore if toks[k].text != "." and not is_initial(toks, k)] + phrase.words
    return [m]


def surname_here(phrase: Phrase, pos: int) -> bool:
    """A common word in capitals is a surname after a title ("comrade WEBER") or a calling, next to a
    first name or after a patronymic in ordinary case ("Hans WEBER", "WEBER Hans", "Emma Genrikhovna
    SCHNEIDER") or beside initials ("WEBER H.", "Ya. Kh. PETERS"), as official documents print a name."""
    toks, run = phrase.classifier.toks, phrase.run
    after = toks[run[pos + 1]].text if pos + 1 < len(run) else ""
    if forename_in_ordinary_case(after) or (after and not after.isupper() and gz.patronymic(after)):
        return True  # "WEBER Hans", as lists of the arrested print a name
    if after and is_initial(toks, run[pos + 1]):
        return True  # "WEBER H.": surname and initials
    if pos == 0:  # a title, a calling or an office and a comma before it: "the prison chief, BONDAR,"
        return phrase.title or phrase.classifier.described_before(run[0])
    if pos >= 2 and toks[run[pos - 1]].text == "." and is_initial(toks, run[pos - 2]):
        return True  # "Ya. Kh. PETERS": initials and surname
    before = toks[run[pos - 1]].text
    return not before.isupper() and (before in gz.first_names() or gz.patronymic(before))


def east_asian_in_capitals(toks: list[Tok], run: list[int], pos: int) -> bool:
    """A Korean or Chinese surname in capitals before a given name's syllables: "WANG YU-LIN", "MA HUSHAN"."""
    return pos + 1 < len(run) and family_and_given_name(toks[run[pos]].text, toks[run[pos + 1]].text)


#: A list of words in capitals: "YAGODA, AGRANOV and PROKOFIEV".
CAPITALS_LIST = re.compile(r"\b[A-Z][A-Z-]+\b(?:(?:,\s*|,?\s+and\s+)[A-Z][A-Z-]+\b)+")


def in_list_of_surnames(text: str, start: int, end: int) -> bool:
    """In a list of words in capitals one of which ends like a surname: "YAGODA, AGRANOV and BULANOV"."""
    lo = max(0, start - NEAR, text.rfind("\n", max(0, start - NEAR), start) + 1)
    hi = text.find("\n", end, end + NEAR)
    for found in CAPITALS_LIST.finditer(text, lo, min(len(text), end + NEAR) if hi < 0 else hi):
        if found.start() <= start and end <= found.end():
            members = re.findall(r"[A-Z][A-Z-]+", found.group())
            return any(capital_name_shaped(w) and gz.surname_shaped(w.title()) for w in members)
    return False


def opening_word(classifier: Classifier, run: list[int]) -> bool:
    """A common English word in ordinary case opening a sentence ("Besides", "Then"): capitalised
    because it comes first, not because it names anyone."""
    word = classifier.toks[run[0]].text
    return word[1:].islower() and gz.common_word(word) and word not in gz.first_names() \
        and not place_ok(word) and sentence_initial(classifier.text, classifier.toks, run[0])


def forename_before_surname(names: list[str]) -> bool:
    """A word in ordinary case that no list knows before a surname-shaped word in capitals, as official
    documents print a name whose forename is rarer than the lists ("Avdei KOLESNIKOV"): not a
    common word, a place or a word that is never a name ("the Moscow SOVIET")."""
    forename, surname = names
    return unlisted_forename(forename) and gz.surname_shaped(surname.title())


def surname_before_forename(names: list[str], titled: bool) -> bool:
    """A surname in capitals, then a word in ordinary case that no list knows: the forename, as
    official documents write a name surname first ("SAGITOVA Zaituna", "ZHUNUSOV Abdrakhman",
    "Corporal MATSUMURA Kenji"). The surname needs a surname's shape or a title before it."""
    surname, forename = names
    return unlisted_forename(forename) and (titled or gz.surname_shaped(surname.title()))


def described_beside(classifier: Classifier, run: list[int]) -> bool:
    """A word describing a person stands before the name ("the former nobleman CHACHBA Kiazym") or
    after its comma ("AGRBA Osman, a former member of the RIK", "RÄTSEP August, owner of the farmstead":
    a forename no list holds, or a month's): the name is a person's."""
    after = classifier.text[classifier.toks[run[-1]].end:classifier.toks[run[-1]].end + NEAR]
    return classifier.described_before(run[0]) or described_after(after)


def rare_forename_after(names: list[str]) -> bool:
    """A surname in capitals of five letters or more that is no English word, then a word no list knows
    that is neither a body's nor shaped like a surname: the forename, however rare ("ADEBAYO Olusegun",
    "DONGAK Sodnam"); not a department's letters before a surname ("URO Makarova")."""
    surname, forename = names
    return len(surname.replace("-", "")) >= 5 and not gz.common_word(surname) and unlisted_forename(forename) \
        and not gz.surname_shaped(forename) and not listed("common-caps", forename) \
        and not listed("org-words", forename) and not stemmed_institution(forename)


def forename_of_a_listed_surname(classifier: Classifier, run: list[int], names: list[str]) -> bool:
    """A surname of a surname's shape in capitals opening a list's line, then one word no list knows:
    the forename, however rare ("7. TKACHENKO Yavdokha, widow", "NAZAROV Tursunbai, 1907"), as lists
    of the arrested and of kulak households print them."""
    forename = names[1]
    return len(names) == 2 and opens_a_line(classifier.text, classifier.toks[run[0]].start) \
        and gz.surname_shaped(names[0].title()) and forename.isalpha() and forename[1:].islower() \
        and not gz.common_word(forename) and forename not in gz.places() and not listed("common-caps", forename) \
        and not listed("org-words", forename)


#: A copy's mark of where the signature stands, right before the signer's surname: "HEAD OF THE EKO
#: (signature) MIKHELSON" (lexicon/signature-labels, bracketed as quotations.signed_cover_name reads it).
SIGNATURE_MARK = re.compile(rf"[(\[](?i:{lx.alternation(lx.entries('signature-labels'))})[)\]]\s*$")


#: A bracket opened right after a figure: a wire's dateline names its agency so ("MOSCOW, Aug 22 (MNA) –").
DATED_BRACKET = re.compile(r"\d\s*\(\s*$")


def surname_in_capitals(phrase: Phrase) -> list[Mention] | None:
    """A surname in capitals, as official documents print them: "comrade YEZHOV", "(BERIA)", "IVANOV I.I.".

    A word in capitals is a person only on evidence: a title or a signature label before it, initials
    beside it, a surname's ending, a first name before it, brackets around it alone, or the short
    syllables of a transliterated name.
    """
    classifier, run = phrase.classifier, phrase.run
    toks, text = classifier.toks, classifier.text
    if len(run) > 1 and opening_word(classifier, run) and toks[run[1]].text.isupper() \
            and not is_initial(toks, run[1]):
        return phrase.classify(run[1:])  # "Besides ZAVADSKY": the sentence's first word is no name
    if len(run) > 2 and gz.people(toks[run[0]].text) and toks[run[1]].text in gz.first_names() \
            and capital_name_shaped(toks[run[-1]].text, common=True):
        return phrase.classify(run[1:])  # "the American Fred HARLOW": a nationality, then the name
    initials = [toks[i].text for i in run if is_initial(toks, i)]
    names = [toks[i].text for i in run if toks[i].text != "." and not is_initial(toks, i)]
    if len(names) == 2 and not initials and all(w.isupper() for w in names) and family_and_given_name(*names):
        m = phrase.mention(run, "person", "high")  # "SHENG SHICAI": a family name and a pinyin given name
        m.words, m.reason = names, "in capitals; evidence: a Chinese family name and a given name's syllables"
        return [m]
    if len(names) > 1 and names[0].isupper() and not any(w.isupper() for w in names[1:]) and east_asian_name(names):
        m = phrase.mention(run, "person", "high")  # "KIM Den Ho": KIM is also an acronym, not here
        m.words, m.initials, m.reason = names, initials, "in capitals; evidence: an East Asian family name and its syllables"
        return [m]
    if 1 < len(names) <= 3 and names[0].isupper() and not any(w.isupper() for w in names[1:]) \
            and capital_name_shaped(names[0], common=True, towns=gz.forename(names[1])) \
            and (gz.forename(names[1]) or any(gz.patronymic(w) for w in names[1:])
                 or forename_of_a_listed_surname(classifier, run, names)
                 or len(names) == 2 and surname_before_forename(names, phrase.title)
                 or len(names) == 3 and gz.surname_shaped(names[0].title())
                 and not any(gz.common_word(w) or gz.place_size(w) for w in names[1:])
                 or len(names) == 2 and (unlisted_forename(names[1]) or listed("function-words", names[1]))
                 and described_beside(classifier, run)
                 or len(names) == 2 and rare_forename_after(names)):
        # "SCHULTZ Karl Eduardovich": surname, forename, patronymic; with a surname's ending, a forename and a
        # father's name no list knows ("JANKAUSKAS Kestutis Prano")
        m = phrase.mention(run, "person", "high")
        m.words, m.initials, m.reason = [names[0].title()], initials, "in capitals; evidence: a forename or patronymic after it"
        return [m]
    if 1 < len(names) <= 3 and names[-1].isupper() \
            and capital_name_shaped(names[-1], common=True, towns=gz.forename(names[0])) \
            and (gz.forename(names[0]) or len(names) == 2 and forename_before_surname(names)) \
            and not any(w.isupper() for w in names[:-1]) and all(gz.patronymic(w) for w in names[1:-1]):
        m = phrase.mention(run, "person", "high")  # "Osip Mendelevich ZALKIND": forename, patronymic, surname
        m.words, m.initials, m.reason = names, initials, \
            "in capitals; evidence: a forename before it"
        return [m]
    # "MARIA KOWALCZUK", "JOHN PETER KRUMIN": forenames a dictionary knows as words too; not "ODESSA OBLAST"
    forenames = bool(names) and len(names[0]) > 2 and not initials and forenames_in_capitals(names)
    if not names or len(names) > 3 or not all(
            capital_name_shaped(w, common=w.title() in lx.words("east-asian-surnames"))
            for w in names if not (forenames and w != names[-1] and w.title() in gz.first_names())):
        return None  # a common word only as a Korean or Chinese surname: "WANG YU-LIN"; "LEV ISAAKOVICH SHESTOV"
    start, end = toks[run[0]].start, toks[run[-1]].end
    before, after = text[max(0, start - NEAR):start], text[end:end + NEAR]
    label = re.search(r"(\w+)\s*:\s*$", before)
    words = [w.title() for w in names]
    evidence = [why for why, found in (
        ("a title before it", phrase.title), ("initials", bool(initials)),
        ("a signature label before it", bool(label) and label.group(1).lower() in lx.words("signature-labels")
         or SIGNATURE_MARK.search(before) is not None),
        ("brackets around it", before.rstrip(" ").endswith("(") and after.lstrip(" ").startswith(")")
         and not institution_before_bracket(before) and not DATED_BRACKET.search(before)),
        ("a particle before it", before.rsplit(None, 1)[-1:] != [] and name_particle(before.rsplit(None, 1)[-1])
         and before.endswith(" ")),
        ("a person's description before it", phrase.classifier.described_before(run[0])),
        ("a surname's ending", gz.surname_shaped(words[-1])),
        (f"the first name {words[0]}", len(words) > 1 and words[0] in gz.first_names()),
        ("a transliterated name's syllables", transliterated_syllables(names[-1])),
        ("a list of surnames in capitals", in_list_of_surnames(text, start, end)),
        ("a line of its own under an office's", signed_under_office(text, start, end, phrase.classifier.above)),
        ("an office's line before it, across the signature's gap", signed_beside_office(text, start, end)),
        ("a person's description after it", described_after(after)),
        ("relatives after it", relatives_after(text, start, end)),
        ("a forename, not in a line of capitals",
         len(names) == 1 and lone_forename(text, start, end, words[0]))) if found]
    if not evidence or (evidence == ["a surname's ending"] and len(names[-1]) < 5) \
            or after_article(text, start) and not set(evidence) & BESIDE_THE_NAME:
        return None  # "the archive of the GUFSIN", "the faculty of the TGU, member of …": a person takes no
        # article, an acronym does; "2nd — GAKO": four capitals ending as a surname may be an acronym's syllables
    if evidence == ["a surname's ending"] and unit_head(after.split(None, 1)[0] if after.split() else ""):
        return None  # "IN PSKOV OKRUG": the unit after it makes the town's name a place's
    if len(names) == 1 and set(evidence) <= {"brackets around it", "a surname's ending"} \
            and compound_institution(names[0]):
        return None  # "VORKUTA (RECHLAG)": a camp's compound name, bracketed after its town
    if evidence == ["brackets around it"] and is_acronym(names[0]) and NAME_BEFORE_BRACKET.search(before) \
            and names[0].title() not in lx.words("east-asian-surnames"):
        return None  # "the Chief Directorate of the Northern Sea Route (GUSMP)": a body's short name after it;
        # not a signature's "(MEDVED)" on a line of its own or after the gap, nor "(KIM)"
    m = phrase.mention(run, "person", "medium" if evidence == ["a surname's ending"] else "high")
    m.words, m.initials, m.reason = words, initials, "in capitals; evidence: " + ", ".join(evidence)
    return [m]


def lone_forename(text: str, start: int, end: int, word: str) -> bool:
    """A forename of five letters or more the lists know, in capitals on a line that is not all capitals
    or alone on its line: a person named by it, as interrogations and transcripts print names ("in the
    cell of YEVGENY", a speaker's "MYKOLA:"); not a word of a heading or a telegram in capitals."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return len(word) >= 5 and word in gz.first_names() \
        and (any(c.islower() for c in line) or not (line[:start - line_start] + line[end - line_start:]).strip(" .:"))


#: A word and at most one space right before an opening bracket: the name the bracket's word may be
#: the short form of ("… Route (GUSMP)"), not a signature's line or gap.
NAME_BEFORE_BRACKET = re.compile(r"\w ?\($")
#: Evidence of a person in capitals that stands right beside the name, which an article before it does
#: not undo ("the engineer PETROV", "the late A. I. SMIRNOV").
BESIDE_THE_NAME = {"a title before it", "initials", "a person's description before it", "a particle before it"}


def signed_under_office(text: str, start: int, end: int, block_above: str) -> bool:
    """The name fills its line and the line above (in the block, or the block's before it) opens with
    an office (lexicon/titles, or the callings of lexicon/person-descriptions: Head, Chief), as a
    document is signed: "Head of Ukhtpechlag NKVD" over "MOROZ"."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or not closes_its_line(text, end):
        return False
    above = (text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1] if line_start else block_above).split()
    return bool(above) and office_or_calling(above[0])


def closes_its_line(text: str, end: int) -> bool:
    """Nothing but spaces and a full stop stands after `end` on its line."""
    line_end = text.find("\n", end)
    return not text[end:len(text) if line_end < 0 else line_end].strip(" .")


#: The gap a typed signature leaves between the office and the name: three spaces or more, or a tab.
SIGNATURE_GAP = re.compile(r"(?: {3,}|\t+)$")


def signed_beside_office(text: str, start: int, end: int) -> bool:
    """The name closes its line after a wide gap, and the line opens with an office (lexicon/titles,
    or the callings of lexicon/person-descriptions), as a typed signature sets them side by side:
    "Chief of the EKO          ZHURBA"."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    words = before.split()
    return closes_its_line(text, end) and SIGNATURE_GAP.search(before) is not None and bool(words) \
        and office_or_calling(words[0])


def body_before_initials(phrase: Phrase) -> list[Mention] | None:
    """Initials open a name after the place, acronym or institution whose official it is: "the USSR
    V. M. BOCHKOV", "NKVD I. I. PETROV", "Chairman of the Tambov Gubcheka Ya. Tsirul'", also a word in
    capitals of any shape when a surname in capitals follows them ("GUSMP N. M. YANSON"). What stands
    before them is classified on its own, the initials and surname after them as a name. A forename
    in capitals is the name's own first word, as a byline prints it ("By ARTHUR M. CALLOWAY")."""
    toks, run = phrase.classifier.toks, phrase.run
    pos = next((p for p, i in enumerate(run) if is_initial(toks, i)), 0)
    before = [toks[i].text for i in run[:pos]]
    surname_in_capitals = any(toks[i].text.isupper() and len(toks[i].text) > 1 for i in run[pos:])
    if pos == 1 and before[0].title() in gz.first_names() and before[0] not in lx.words("org-acronyms") \
            and (not genre_town(before[0].title()) or not before[0].isupper() and not surname_in_capitals):
        return None  # "George N. Strand": a forename, though a town far from the genre's lands bears it;
        # "Vladimir Kh. Kubanov", "Anna M. Kessler" too; not "Vladimir A. IVANOV", the town's official
    if not pos or not all(w.isalpha() and w[:1].isupper() for w in before) \
            or not any(toks[i].cap and toks[i].text != "." and not is_initial(toks, i) for i in run[pos:]):
        return None
    name = [toks[i].text for i in run[pos:] if toks[i].text != "." and not is_initial(toks, i)]
    surname_after = len(name) == 1 and len(name[0]) > 1 and name[0].isupper() and all(w.isupper() for w in before)
    return phrase.classify(run[:pos]) + phrase.classify(run[pos:]) \
        if surname_after or all(map(body_word, before)) else None


def genre_town(word: str) -> bool:
    """A town of the genre's lands (lexicon/genre-countries): "Lena", not George in South Africa."""
    size = gz.place_size(word)
    return size is not None and size[1]


def body_word(word: str) -> bool:
    """A word of the name of a place or body that an official's name may follow; an acronym in mixed
    case too ("the BShPD STOLYAROV", "the TsGA ORLOV"), and a body's short name that the lexicon knows
    ("Secretary of the Ukom A. TOLMACHEV")."""
    return word in gz.places() or (word.isupper() and not capital_name_shaped(word)) \
        or (not word.isupper() and is_acronym(word)) or compound_institution(word) or listed("org-words", word) \
        or word in lx.words("org-acronyms")


def body_before_surname_in_capitals(phrase: Phrase) -> list[Mention] | None:
    """A surname in capitals closes the name of the body or place whose official it is: "at the
    Krasnaya Nit Mill KOROLEV spoke", "the procurator of the Senaki Raikom ZHVANIYA", "the Provincial
    Bank ZHANG PEIYUAN", also with the forename after it, before a village's name whose ending only
    places have: "citizens of Olginskoye TSAKOEV Aslanbek". Official documents print surnames so and a
    body's name in small letters; each is classified on its own."""
    toks, run = phrase.classifier.toks, phrase.run
    words = [toks[i].text for i in run]
    last = len(words)
    while last > 1 and (is_initial(toks, run[last - 1]) or words[last - 1] == "."):
        last -= 1  # "the Gori Raipotrebsoyuz KHUTSISHVILI G. D.": the initials close the name
    while last > 2 and (forename_in_ordinary_case(words[last - 1]) or unlisted_forename(words[last - 1])) \
            and words[last - 2].isupper():
        last -= 1  # "TSAKOEV Aslanbek": the forename after the surname in capitals
    pos = last
    while pos > 1 and words[pos - 1].isupper() and words[pos - 1].isalpha() and len(words[pos - 1]) > 2:
        pos -= 1
    caps = words[pos:last]
    chinese = len(caps) == 2 and family_and_given_name(*caps)  # "the Provincial Bank ZHANG PEIYUAN"
    if not caps or len(caps) > 2 or words[pos - 1].isupper() or not (gz.surname_shaped(caps[-1].title()) or chinese) \
            or any(w in lx.words("org-acronyms") for w in caps) or any(is_initial(toks, i) for i in run[:pos]) \
            or not (any(body_word(w) for w in words[:pos] if not w.isupper() and w not in gz.first_names())
                    or pos == 1 and last < len(words) and lx.ending("place-endings").search(words[0])):
        return None
    return phrase.classify(run[:pos]) + phrase.classify(run[pos:])


def names_joined(phrase: Phrase) -> list[Mention] | None:
    """Two names joined by "and" where the first ends in initials and the second opens with a surname
    in capitals are two phrases: "GORELOV I. M. and SUSLIN D. Ya.", as a court's list of its members
    or a distribution list prints them; initials close a name. Initials after a surname that initials
    opened open the next name, as a telegram signs: "A. ZHDANOV L. ZAKOVSKY"."""
    toks, run = phrase.classifier.toks, phrase.run
    for pos in range(2, len(run) - 1):
        if toks[run[pos]].text in lx.words("list-joiners") and is_initial(toks, run[pos - 2]) \
                and capital_name_shaped(toks[run[pos + 1]].text, common=True):
            return phrase.classify(run[:pos]) + phrase.classify(run[pos + 1:])
    for pos in range(3, len(run) - 2):
        if is_initial(toks, run[pos]) and is_initial(toks, run[pos - 3]) and not is_initial(toks, run[pos - 1]) \
                and toks[run[pos - 1]].text != ".":
            return phrase.classify(run[:pos]) + phrase.classify(run[pos:])  # a telegram's "A. ZHDANOV L. ZAKOVSKY"
    return None


#: A word in capitals, a prime or apostrophe maybe, and the word in brackets after it: "SHTAL' (Stahl)".
RESPELLED = re.compile(r"([^\W\d_]+)['’ʹ]?\s?\(([^\W\d_]+)\)")


def folded(word: str) -> str:
    """A word without its diacritics, in lowercase: "LEPPÄLÄ" → "leppala"."""
    return gz.unaccented(word).casefold()


def respelled(surname: str, variant: str) -> bool:
    """Two spellings of one name: the same first letter, as transliterations count one
    (lexicon/forename-letters), and most letters in common ("LAHTI" and "Lakhti", "SHTAL" and
    "Stahl", "LEPPÄNEN" and "LEPPYANEN", "HRYTSAI" and "Gritsai")."""
    if folded(surname) == folded(variant):
        return False
    a, b = same_opening(folded(surname), folded(variant))
    return len(a) > 2 and len(b) > 2 and SequenceMatcher(None, a, b).ratio() >= 0.6 \
        and a[0].upper().translate(gz.same_first_letter()) == b[0].upper().translate(gz.same_first_letter())


def same_opening(a: str, b: str) -> tuple[str, str]:
    """Two folded spellings with the opening one of them took through Russian written as the other's
    ("khietala" and "hietala": lexicon/respelled-openings)."""
    for line in lx.entries("respelled-openings"):
        native, russified = (part.lower() for part in line.split())
        if a.startswith(russified) and b.startswith(native):
            return native + a[len(russified):], b
        if b.startswith(russified) and a.startswith(native):
            return a, native + b[len(russified):]
    return a, b


def maiden_name(phrase: Phrase) -> list[Mention] | None:
    """A word right after "née" is a surname, a person's, even one that is also a town: "Anna
    WEGENER, née ROTH" (lexicon/maiden-name-words)."""
    classifier, run = phrase.classifier, phrase.run
    k = run[0] - 1
    if len(run) > 1 or k < 0 or classifier.toks[k].text.lower() not in lx.words("maiden-name-words") \
            or not phrase.surface.replace("-", "").isalpha():
        return None
    return [phrase.mention(run, "person", "high")]


def respelled_in_brackets(phrase: Phrase) -> list[Mention] | None:
    """A surname in capitals and its respelling in brackets right after it are two forms of one
    person's name, as files and databases give a name's native and Russified forms: "LAHTI (Lakhti)",
    "SHTAL' (Stahl)", "LEPPÄNEN (LEPPYANEN)". The word in capitals must be shaped like a surname or
    follow a forename or patronymic, so that "ODESSA (Odesa)" stays a place."""
    classifier, word = phrase.classifier, single(phrase)
    if word is None:
        return None
    toks, text, i = classifier.toks, classifier.text, phrase.run[0]
    pair = RESPELLED.match(text, toks[i].start)
    if (pair is None or pair.group(1) != word) and char_before(text, toks[i].start, " ") == "(":
        opening = text.rfind("(", 0, toks[i].start)
        pair = next((m for m in RESPELLED.finditer(text, max(0, opening - NEAR), toks[i].end + 1)
                     if m.start(2) == toks[i].start and m.end(2) == toks[i].end), None)
    if pair is None or not pair.group(1).isupper() or not respelled(pair.group(1), pair.group(2)):
        return None
    first = next((k for k in range(i, max(-1, i - 8), -1) if toks[k].start == pair.start(1)), None)
    if first is None or toks[first].end != pair.end(1):
        return None  # the word in capitals is part of a longer one
    before = toks[first - 1].text if first else ""
    if not (capital_name_shaped(pair.group(1), common=True) or before in gz.first_names() or gz.patronymic(before)):
        return None
    m = phrase.mention(phrase.run, "person", "high")
    m.words, m.reason = [word.title()], "a surname in capitals and its respelling in brackets"
    return [m]


#: A letter's greeting at the start of a line, right before the name it greets: "Dear ", "My dear "
#: (lexicon/letter-salutations).
GREETING = re.compile(rf"^[ \t]*{lx.alternation(lx.entries('letter-salutations'))}[ \t]+$", re.MULTILINE)
#: A letter's sign-off at the start of a line, right before its writer's name: "Your ", "Yours, "
#: (lexicon/letter-closings).
SIGN_OFF = re.compile(rf"^[ \t]*{lx.alternation(lx.entries('letter-closings'))},?[ \t]+$", re.MULTILINE)
#: What follows the greeted name (a comma, an exclamation, the line's end) and the signed one (its line's end).
GREETED = re.compile(r"[ \t]*(?:[,!:]|\n|$)")
SIGNED = re.compile(r"[ \t]*[.,!]?[ \t]*(?:\n|$)")


def name_in_a_letters_greeting(phrase: Phrase) -> list[Mention] | None:
    """The name a letter greets ("Dear Stasė,", "My dear Volodya!") or signs with on a line of its
    own ("Your Juozukas.", "Yours, Marytė") is a person's, however rare the name or its pet form; not a
    common word or a title ("Dear Comrades,", "Your Excellency")."""
    classifier, run = phrase.classifier, phrase.run
    start, end = classifier.toks[run[0]].start, classifier.toks[run[-1]].end
    if len(run) > 3 or any(gz.common_word(w) or listed("titles", w) or is_acronym(w) for w in phrase.words):
        return None
    window = max(0, start - 30)
    greeted = GREETING.search(classifier.text, window, start) and GREETED.match(classifier.text, end)
    signed = SIGN_OFF.search(classifier.text, window, start) and SIGNED.match(classifier.text, end)
    return [phrase.mention(run, "person", "medium")] if greeted or signed else None


def name_after_alias_word(phrase: Phrase) -> list[Mention] | None:
    """A name of one or two words right after a word that says a cover name follows (lexicon/alias-words:
    "the informer Miller", "AGENT CODE NAME WOLF", "under the name of TUDUP") is a person, with or
    without quotation marks and whatever its shape: cover names are often common words. Not a known
    acronym, place, people, function word or common capital, nor a letter alone, which labels a source or an
    appendix ("Source B")."""
    classifier, run = phrase.classifier, phrase.run
    toks, k = classifier.toks, run[0] - 1
    words = phrase.words
    named_of = k >= 1 and toks[k].text == "of" and f"{toks[k - 1].text.lower()} of" in lx.words("alias-words")
    if k < 0 or len(run) > 2 or toks[k].text.lower() not in lx.words("alias-words") and not named_of \
            or classifier.text[toks[k].end:toks[run[0]].start] != " " \
            or not all(w.isalpha() and len(w) > 1 for w in words) \
            or any(w in lx.words("org-acronyms") or listed("function-words", w) or listed("common-caps", w)
                   or listed("document-words", w) or place_ok(w.title()) or gz.people(w.title()) for w in words):
        return None  # "the names of Chinese persons": a people's adjective
    m = phrase.mention(run, "person", "medium")
    m.words = [w.title() if w.isupper() else w for w in words]
    return [m]


#: After a party's name in a case's title: other parties joined by "and", then "v." and the other side
#: ("TAMM AND KALJULAID v. ESTONIA", "Kolk and Kislyiy v. Estonia").
CASE_PARTIES_AFTER = re.compile(r"(?:\s+(?:AND|and|&)\s+[A-Z][\w'’-]*)*\s+v\.?\s+[A-Z]")


def party_to_a_case(phrase: Phrase) -> list[Mention] | None:
    """A name before "v." in a case's title is a party to it, as courts and law reports name cases:
    "CASE OF TAMM AND KALJULAID v. ESTONIA", "Kolk and Kislyiy v. Estonia"; the surnames of the
    applicants, in capitals too (no acronym), not a place nor a common word ("Memorial v. Russia")."""
    word = single(phrase)
    classifier, run = phrase.classifier, phrase.run
    if not word or not CASE_PARTIES_AFTER.match(classifier.text, classifier.toks[run[-1]].end) \
            or place_ok(word.title()) or gz.common_word(word) or word in lx.words("org-acronyms") \
            or not (capital_name_shaped(word, towns=True) if word.isupper() else word[1:].islower()):
        return None
    m = phrase.mention(run, "person", "high")  # a heading's capitals keep it: "CASE OF TAMM …"
    m.words = [word.title() if word.isupper() else word]
    return [m]


def forename_opening_a_sentence(classifier: Classifier, k: int) -> bool:
    """A forename of three letters or more that no English word or place shares, then a comma or a
    word in small letters, or alone in quotation marks as a cover name: "Marta, the certificate says",
    "Shmuel was", 'handed over to "Richard"'; not "Ia = Ya" nor a name in brackets, which adds to the
    name before it ("LIPSKY Bolesław (Boris) Yanovich")."""
    toks, word = classifier.toks, classifier.toks[k].text
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    before = char_before(classifier.text, toks[k].start, " ")
    quoted_alone = before in ('"', "“", "«") and after in ('"', "”", "»")
    return len(word) >= 3 and plain_forename(word) and (after == "," or after[:1].islower() or quoted_alone) \
        and before != "("


def quoted_inside_a_sentence(phrase: Phrase) -> bool:
    """The phrase fills a quotation that opens inside a sentence: a word cited as the source spells it
    ('read as "Zakirov", and', 'in some documents "Ozol"'), no sentence's first word."""
    text, toks = phrase.classifier.text, phrase.classifier.toks
    start, end = toks[phrase.run[0]].start, toks[phrase.run[-1]].end
    if char_before(text, start, "") not in ('"', "“", "«") or text[end:end + 1] not in ('"', "”", "»"):
        return False
    before = char_before(text, start - 1, " \t")
    return before != "" and before not in SENTENCE_END - {"("}


def sentence_start(phrase: Phrase) -> list[Mention] | None:
    """A bare word opening a sentence may be any word: a person only if named so elsewhere, or if it
    is a forename no English word or place shares ("Marta, the certificate says…", "Shmuel was a
    bookkeeper"); a town of the genre's own lists shaped like a surname is the town unless the text makes
    it a person ("Ostashkov was taken"), not a surname the authority holds ("Kirov spoke"). Letters after a
    name of lexicon/not-org-acronyms written in small and capital letters open no sentence about a person
    ("Tsallagova (PhD, SSEES, UCL)"); in capitals alone they may still be a body's ("MA — the Memorial
    archive")."""
    word = single(phrase)
    if word in lx.words("not-org-acronyms") and not word.isupper():
        return []
    if word and not phrase.title and sentence_initial(phrase.classifier.text, phrase.classifier.toks,
                                                      phrase.run[0]) and not quoted_inside_a_sentence(phrase):
        if forename_opening_a_sentence(phrase.classifier, phrase.run[0]) or \
                after_signature_label(phrase.classifier.text, phrase.classifier.toks[phrase.run[0]].start):
            return phrase.classifier.person(phrase.run, phrase.title)  # "Shmuel was …", "Executor: Kaplan"
        pending = phrase.mention(phrase.run, "person?", "low")
        pending.sentence_start = True
        # "Proskurov fell on the 3rd": a town the genre's own lists hold, not GeoNames' "Ivanov" nor a leader's name
        pending.town = gz.surname_shaped(word) and gz.listed_town(word) and word not in shipped_surnames()
        return [pending]
    return None


@cache
def eponym_lead() -> re.Pattern[str]:
    return re.compile(rf"\b{lx.alternation(lx.entries('eponym-leads'))} $")


def named_after_a_person(phrase: Phrase) -> list[Mention] | None:
    """A name of up to three words right after "named after" (lexicon/eponym-leads) is the person's a
    thing is named after, though a town bears it too: "the kolkhoz named after Kirov", "named in honour
    of Shevchenko"; not an acronym or a body ("named after the Comintern" has its article)."""
    classifier, run = phrase.classifier, phrase.run
    start = classifier.toks[run[0]].start
    if len(phrase.words) > 3 or any(is_acronym(word) or listed("org-words", word) for word in phrase.words) \
            or not eponym_lead().search(classifier.text, max(0, start - 40), start):
        return None
    return [phrase.mention(run, "person", "high")]


def single_name(phrase: Phrase) -> list[Mention] | None:
    """One capitalised word inside a sentence: a person on evidence, or pending."""
    return phrase.classifier.person(phrase.run, phrase.title) if single(phrase) else None


#: A word in Cyrillic letters, hyphened parts allowed ("Бонч-Бруевич").
CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*")


def name_with_an_honorific(phrase: Phrase) -> list[Mention] | None:
    """A hyphened word with a Turkic or Persian honorific as one of its parts is a person's name, in
    capitals too, alone or before a surname: "KAKABAI-SERDAR", "DZHUNAID-KHAN", "Nadir-shah",
    "Jafar-bek SULTANOV" (lexicon/honorific-parts); so is one ending with a Japanese honorific:
    "Okabe-sensei" (lexicon/honorific-suffixes). Written apart after one or two names that are no
    honorific, people or English word, the honorific closes a person's name too: "Junaid Khan", "Kuchik
    Khan", "Enver Pasha"; not "the Aga Khan" (an honorific first), nor "Sher Khan Bandar" (a name
    going on after it)."""
    words = phrase.words
    honorifics = lx.words("honorific-parts")
    if 2 <= len(words) <= 3 and words[-1].lower() in honorifics and words[-1][1:].islower() \
            and all(w.isalpha() and w[1:].islower() and w.lower() not in honorifics and not gz.common_word(w)
                    and not gz.people(w) for w in words[:-1]):
        m = phrase.mention(phrase.run, "person", "high")  # as strong as a title: the text names the person
        m.words = words  # alone by the first word elsewhere ("Inayatullah Khan", then "Inayatullah")
        return [m]
    if len(words) > 2 or not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words):
        return None
    parts = words[0].lower().split("-")
    opens = len(parts) > 1 and len(words) == 1 and parts[0] in honorifics  # "KHODZHA-NEPES"
    if not (opens or any(part in honorifics for part in parts[1:])
            or len(parts) > 1 and parts[-1] in lx.words("honorific-suffixes")):
        return None  # "Jafar-bek SULTANOV"; not "Bek SULTANOV"
    return [phrase.mention(phrase.run, "person", "medium")]


def author_of_a_work(phrase: Phrase) -> list[Mention] | None:
    """A name of up to three words right after "by" that follows a work's quoted title or a word for
    works is its author, a person whatever the name's shape: '"Venus with a Mirror" by Titian', "two
    portraits by Rembrandt" (lexicon/work-words); not an acronym nor an institution ("a report by the
    NKVD"), nor a plural of common words ("Works by Artists of Soviet Armenia")."""
    classifier, run = phrase.classifier, phrase.run
    start = classifier.toks[run[0]].start
    if len(run) > 3 or not work_then_by().search(classifier.text, max(0, start - 40), start) \
            or any(is_acronym(w) or listed("org-words", w) or w in gz.first_names() for w in phrase.words) \
            or phrase.words[-1].endswith("s") and all(map(gz.common_word, phrase.words)):
        return None  # a forename is evidence the person rule reads ("A novel by Hannah Rosewarne"); a plural
        # of common words names a group ("an exhibition of works by Artists of …")
    return [phrase.mention(run, "person", "medium")]


@cache
def work_then_by() -> re.Pattern[str]:
    """A work's quoted title or a word for works (its plural too), then "by" (lexicon/work-words)."""
    return re.compile(rf"(?:[\"”»]|\b(?i:{lx.alternation(lx.entries('work-words'))})s?)\s+by\s+$")


def name_in_cyrillic(phrase: Phrase) -> list[Mention] | None:
    """A name in Cyrillic, as a translation quotes a record's original form, read in Latin letters
    (lexicon/cyrillic-letters) against the Latin lists: two or three words with a patronymic or a
    forename among them are a person ("Лукьянов Пётр Ильич", "Кох Вальтер"); one word is a place a
    gazetteer knows ("Москва"), a known acronym ("НКВД") or a surname by its ending ("Ежов"); the rest
    is left to the rules after, as before."""
    words = phrase.words
    if not all(CYRILLIC_WORD.fullmatch(w) for w in words):
        return None
    latin = [gz.in_latin_letters(w) for w in words]
    if 1 < len(latin) <= 3 and (any(gz.patronymic(w) for w in latin[1:]) or any(gz.given_name(w) for w in latin)):
        m = phrase.mention(phrase.run, "person", "high")
        m.words = words
        m.reason = "in Cyrillic, read as " + " ".join(latin) + ": a forename or patronymic"
        return [m]
    if len(latin) > 1:
        return None
    if place_ok(latin[0]):
        return [phrase.mention(phrase.run, "place", "medium")]
    if latin[0] in lx.words("org-acronyms"):
        return [phrase.mention(phrase.run, "org", "high")]
    if not gz.surname_shaped(latin[0]):
        return None
    m = phrase.mention(phrase.run, "person", "medium")
    m.words, m.reason = words, f"in Cyrillic, read as {latin[0]}: a surname's ending"
    return [m]


def person(phrase: Phrase) -> list[Mention] | None:
    """Capitalised words left over name a person when they show evidence of one."""
    return phrase.classifier.person(phrase.run, phrase.title)
