"""What a single word is, as several kinds of rule ask it: an acronym, a place, a unit word, a
nationality, a word of a lexicon list (in any case), a heading's word in capitals."""

from __future__ import annotations

import re
from functools import cache

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz
from teikit.authority import shipped_surnames


ROMAN = re.compile(r"[IVXLCDM]+")


def is_acronym(word: str) -> bool:
    """OGPU, G.P.U., VChK; not a word of a heading set in capitals (VOLUME, THE), not a Roman numeral,
    not a pronounceable word of five letters or more that no list knows (CHEIF, a surname), nor one
    that ends as a surname does (BARKOV: two vowels in six letters, but a surname)."""
    return lx.shapes("acronym-shapes").fullmatch(word) is not None and not ROMAN.fullmatch(word) \
        and len(word.replace(".", "")) >= 2 and word.title() not in gz.not_names() \
        and word.replace(".", "") not in lx.words("not-org-acronyms") and not (len(word) > 3 and gz.common_word(word)) \
        and not (len(word) > 3 and unit_head(word)) \
        and (word in lx.words("org-acronyms")
             or not (pronounceable(word) or (len(word) >= 5 and word.isupper() and word.isalpha()
                                             and gz.surname_shaped(word.title()))))


#: A capital after a small letter, as acronyms that write a Russian letter in two do ("UNKhU", "ALZhIR").
CAPITAL_AFTER_SMALL = re.compile(r"[a-z][A-Z]")


def pronounceable(word: str) -> bool:
    """Five letters or more, two in five of them vowels: a word or a name, not an acronym (NKVD, SMERSH);
    never one with a capital after a small letter ("UNKhU"), which no word or name of the genre has."""
    if CAPITAL_AFTER_SMALL.search(word):
        return False
    letters = [c for c in word.upper() if c.isalpha()]
    return len(letters) >= 5 and sum(c in "AEIOUY" for c in letters) >= 0.4 * len(letters)


def place_ok(name: str) -> bool:
    """A gazetteer place, unless a single word shaped like a surname or a first name (of the genre's
    places, a common one), a common word naming a small town (Kirov, Lena, Bug), or the surname of a
    person the shipped authority knows that is no town of the genre's own lists (Beria, Kaganovich)
    names only a town: then context decides (`town-after-locative`)."""
    known = gz.place_size(name)
    if known is None:
        return False
    size, of_the_genre = known
    if leaders_surname(name):
        return False  # even a city's name in another language: "Beria" is Beira's too
    if " " in name or size == gz.METROPOLIS:
        return True
    first_name = name in (gz.frequent_first_names_of_places() if of_the_genre else gz.first_names())
    return not (gz.surname_shaped(name) or first_name or (size == gz.TOWN and gz.common_word(name)))


def unlisted_forename(word: str) -> bool:
    """A capitalised word in ordinary case, hyphenated or not ("Avdei", "Dashi-Nima"), that is no
    common word, place or word never a name: a forename rarer than the lists."""
    parts = word.split("-")
    return all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) \
        and not gz.common_word(word) and word not in gz.not_names() and word not in gz.places()


def leaders_surname(word: str) -> bool:
    """The surname of a person the shipped authority knows that no list of the genre's towns holds
    (Beria, Kaganovich; not Kirov, a town of the genre): the person wherever context allows."""
    return word in shipped_surnames() and not gz.listed_town(word)


def name_particle(word: str) -> bool:
    """A particle inside a person's or a place's name: "von Papen", "de Gaulle", and the Turkic "ogly" of
    "Hasan Ibrahim ogly Ahmadov" (lexicon/particles, patronymic-particles)."""
    return word in lx.words("particles") or word in lx.words("patronymic-particles")


def listed(kind: str, word: str) -> bool:
    """In a lexicon list as written, or in capitals ("COMRADE", "OF THE") as headings print it."""
    return word in lx.words(kind) or (len(word) > 1 and word.isupper() and word.title() in lx.words(kind))


def entry_opening(kind: str, words: list[str]) -> int:
    """How many of `words` an entry of lexicon `kind` takes at their start, an entry of several words
    too ("Medical Service" of lexicon/rank-services, "an der" of lexicon/river-particles); 0 if none."""
    for entry in lx.entries(kind):
        parts = entry.split()
        if words[:len(parts)] == parts:
            return len(parts)
    return 0


def title_word(word: str) -> bool:
    """A title (lexicon/titles), also in the plural before a list of its holders: "Majors
    SHAVADZE and ABULADZE", "Comrades Ivanov and Petrov"."""
    return listed("titles", word) or (len(word) > 3 and word.endswith("s") and listed("titles", word[:-1]))


def possessive(words: list[str]) -> tuple[int, int] | None:
    """Where the first possessive of a phrase's words opens and where its owner's words end after it:
    "Petrov ' s Secretariat" → (1, 3), "the Emigrants ' Committee" → (1, 2); None if there is none."""
    cut = next((p for p, w in enumerate(words) if w in ("'", "’")), None)
    if cut is None:
        return None
    return cut, cut + 2 if words[cut + 1:cut + 2] in (["s"], ["S"]) else cut + 1


def office_words(words: list[str]) -> bool:
    """Words that name an office and no one who holds it: each an office or calling (lexicon/titles,
    person-descriptions) or a word saying which office it is (a common word, a nationality), none a
    forename, one a title: "Deputy Chief Military Procurator", "Prosecutor General"."""
    return bool(words) and any(map(title_word, words)) and all(
        (office_or_calling(w) or listed("titles", w) or gz.common_word(w) or adjective(w) or w in ("'", "’", "s"))
        and w not in gz.first_names() for w in words)


def adjective(word: str) -> bool:
    """A nationality or a people (Russian, Kalmyks), a compound of one with lowercase words, common
    capitals or other peoples (Korean-language, Polish-speaking, Nazi-Soviet, Soviet-Finnish), a
    derived word (Trotskyist) no place is named and no longer surname's ending ends (the -qvist of
    Lindqvist), or a town's people ("Leningraders")."""
    parts = word.split("-")
    return gz.people(word) or (len(parts) > 1 and any(gz.people(part) for part in parts) and all(
        gz.people(part) or part.islower() or part in lx.words("common-caps") for part in parts)) \
        or (derived_word(word) and word not in gz.places()) or townspeople(word)


@cache
def derived_word(word: str) -> bool:
    """Ending as derived words do (lexicon/adjective-endings), unless a longer ending of a surname
    ends it (lexicon/surname-endings: Lindqvist is no -ist) or a surname's opening opens it
    (Ter-Grigorian: `gz.surname_opening`)."""
    endings = [e for e in lx.entries("adjective-endings") if word.endswith(e)]
    return bool(endings) and not gz.surname_opening(word) and not any(
        len(e) > max(map(len, endings)) and word.endswith(e) for e in lx.entries("surname-endings"))


def name_like_an_adjective(word: str) -> bool:
    """A forename, or a word no English word spells, that ends as adjectives do and names no people or
    place: after a title it is a person ("Archimandrite Sevastian", "Father Adrian", "Mr Vardumian", "M.
    Kulish", where "M." may be Monsieur or an initial); "Comrade Russian", "Dr Librarian" are none."""
    return (word in gz.first_names() or not gz.common_word(word) and word not in gz.places()) \
        and not gz.people(word)


def townspeople(word: str) -> bool:
    """The people of a town in the plural, built on the town's name: "Leningraders", "Londoners",
    "Kievans", "Odessans"; a town of the genre's lists or a city, of four letters or more ("Peters"
    is a surname, not the people of a "Pet")."""
    if not (word.endswith(("ers", "ans")) and word[:1].isupper()):
        return False
    stems = [word[:-3]] + ([word[:-2]] if word.endswith("ans") else [])
    return any(len(stem) >= 4 and gz.well_known_place(stem) for stem in stems)


def east_asian_name(words: list[str]) -> bool:
    """A Korean, Chinese or Vietnamese family name and one or two short syllables: "Kim Pen Hwa", "Chou
    En-lai", "Nguyen Van Thanh", the family name in capitals as official lists print it ("LI Chang-fu",
    with a given name of up to eight letters in pinyin: "ZHANG Fengshan"), or all of it hyphened into one
    word ("Li-Chang-fu")."""
    if len(words) == 1 and words[0].count("-") == 2:
        words = words[0].split("-")
        return words[0].title() in lx.words("east-asian-surnames") and all(1 <= len(w) <= 6 for w in words[1:])
    short = 8 if len(words) == 2 and words[0].isupper() and not words[1].isupper() else 5  # "ZHANG Fengshan"
    return 2 <= len(words) <= 3 and words[0].title() in lx.words("east-asian-surnames") \
        and all(len(w) <= short or ("-" in w and all(len(part) <= 6 for part in w.split("-"))) for w in words[1:])


@cache
def pinyin_syllables() -> frozenset[str]:
    return frozenset(syllable for line in lx.entries("pinyin-syllables") for syllable in line.split())


def pinyin_given_name(word: str) -> bool:
    """Two pinyin syllables run together, as a Chinese given name is written ("SHICAI", "Peiyuan"): a
    word no English reader would split so, after a Chinese family name, says whose it is."""
    lower, syllables = word.lower(), pinyin_syllables()
    return word.isalpha() and any(lower[:k] in syllables and lower[k:] in syllables for k in range(1, len(lower)))


def family_and_given_name(family: str, given: str) -> bool:
    """A Korean or Chinese family name before a given name's syllables: "WANG YU-LIN", "MA HUSHAN"."""
    return family.title() in lx.words("east-asian-surnames") and (transliterated_syllables(given)
                                                                  or pinyin_given_name(given))


def forenames_in_capitals(words: list[str]) -> bool:
    """The first of `words` in capitals is a forename, a common word maybe, before a surname in capitals,
    another forename maybe between them, as a numbered heading or a case's title prints a whole name
    ("6. MARIA KOWALCZUK.", "the Case of JOHN PETER KRUMIN")."""
    return any(k < len(words) and words[k].isupper() and gz.surname_shaped(words[k].title())
               and all(w.title() in gz.first_names() for w in words[:k]) for k in (1, 2))


def heading_word(word: str) -> bool:
    """A common English word set in capitals (VOLUME, SECRET, REVIEWS), as headings print them."""
    return len(word) > 3 and word.isupper() and word.isalpha() and word not in lx.words("org-acronyms") \
        and gz.common_word(word)


def transliterated_syllables(word: str) -> bool:
    """A hyphenated name of short syllables, each with its vowel, as East Asian names are transliterated:
    "KIM-SEN-IR"; not a code of letters ("Y-STR", "ALA-LC", "K-II")."""
    parts = word.split("-")
    return len(parts) >= 2 and all(1 <= len(p) <= 4 and VOWEL.search(p) for p in parts)


#: A vowel of a transliterated syllable, in any case.
VOWEL = re.compile(r"[AEIOUaeiou]")


def unit_head(word: str, plural: bool = False) -> bool:
    """A unit word (lexicon/unit-heads): SSR, Krai, oblast, raion…; with `plural`, only its plural."""
    forms = gz.singulars(word)[1:] if plural else [word]
    return any(listed("unit-heads", form) for form in forms)


def content_word(word: str) -> bool:
    """A word in small letters that is no function word (lexicon/function-words): a noun or a verb
    beside a name, which says what the name qualifies or does ("the Andropov years")."""
    return word[:1].islower() and word.title() not in lx.words("function-words")


def capital_name_shaped(word: str, common: bool = False, towns: bool = False) -> bool:
    """A word in capitals that could be a surname: letters and a vowel, not a known acronym or word
    (an English word too, with `common`, where other evidence makes it a name: "WEBER Hans"), nor
    a Russian word for a document ("REPORT (SVODKA)": lexicon/document-words) nor a unit's ("the Mari
    ASSR"), nor a town's name (but for `towns`, where a forename beside it says whose: "LAHTI Väinö",
    "Margaret DUNBAR")."""
    letters = word.replace("-", "")
    return word.isupper() and letters.isalpha() and len(letters) >= 3 and any(c in "AEIOUY" for c in letters) \
        and word not in lx.words("org-acronyms") and word not in lx.words("not-org-acronyms") \
        and not listed("common-caps", word) and not listed("function-words", word) \
        and not listed("document-words", word) and word not in lx.words("unit-heads") \
        and (common or not gz.common_word(word)) and (towns or not place_ok(word.title()))


def stemmed_institution(word: str) -> bool:
    """A word that opens or closes with a stump of a Soviet institution's name, longer than the stump
    alone: Karlag, Zagotzerno, Ust-Vymlag (lexicon/institution-stems); not a unit's word that opens as
    a stem does ("Okruha")."""
    opens = any(len(word) >= len(stem) + 1 for stem in opening_stems(word))
    return opens and not unit_head(word) \
        or any(word.endswith(s[1:]) and len(word) >= len(s) + 1 for s in lx.entries("institution-stems")
               if s.startswith("-"))


def opening_stems(word: str) -> list[str]:
    """The stumps of lexicon/institution-stems that open `word`, as listed ("Soyuz-" for "Soyuzkhleb")."""
    return [stem for stem in lx.entries("institution-stems") if stem.endswith("-") and word.startswith(stem[:-1])]


def long_stem_opens(word: str) -> bool:
    """A stump of five letters or more opens the word: "Narkomfin", "Soyuzpushnina" are bodies though they
    end as surnames do; a short one opens surnames too ("Gubin")."""
    return any(len(stem) > 5 for stem in opening_stems(word))


def office_or_calling(word: str) -> bool:
    """A word that names a person by what they are or do, in small letters or as a label writes it:
    an office (lexicon/titles: Secretary, prosecutor) or a calling (lexicon/person-descriptions:
    Head, chief, teacher)."""
    return listed("titles", word) or word.lower() in lx.words("person-descriptions")


def calling(word: str) -> bool:
    """A calling of lexicon/person-descriptions, in the singular or the plural, whatever its case
    (`office_or_calling` without the titles): after another calling it makes an office of two words
    ("Chief Accountant", "Senior Inspector"), not a person described."""
    return any(form in lx.words("person-descriptions") for form in gz.singulars(word.lower()))


def forename_in_ordinary_case(word: str) -> bool:
    """A forename of the lists, a double one too, as official documents print it after a surname in
    capitals ("WEBER Hans", "KOHN Moishe-Leib")."""
    return bool(word) and not word.isupper() and gz.forename(word)


def plain_forename(word: str) -> bool:
    """A forename of the lists that no English word or place shares ("Marta", "Richard"; not "Walter",
    "Lena"), or a pet name made from one ("Rayusya"): alone, it names a person."""
    return gz.given_name(word) and not gz.common_word(word) and word not in gz.places()


#: The word in small letters right after a name (group 1): "the Bukhara gorkom", "the Kirov case", as a
#: Russian title in Latin letters goes on.
LOWERCASE_WORD_AFTER = re.compile(r" ([a-z]+)\b")


#: An indefinite article right before a phrase: "an Uskut family", "a Polish district".
INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s$")


def relatives_after(text: str, start: int, end: int) -> bool:
    """A word for relatives follows the name: its bearers are a family ("the KOVTUN brothers", "the
    Lomidze family": lexicon/kin-words), so the name is a surname; not after "a" or "an", where the name
    says where the family is from ("an Uskut family")."""
    word = LOWERCASE_WORD_AFTER.match(text, end)
    return word is not None and word.group(1) in lx.words("kin-words") \
        and not INDEFINITE_BEFORE.search(text, max(0, start - 4), start)


@cache
def verb_after() -> re.Pattern[str]:
    """After a subject: an adverb at most (lexicon/subject-adverbs), then the verb ("Getty, by
    contrast, argued" is left alone)."""
    return re.compile(rf" (?:{lx.alternation(lx.entries('subject-adverbs'))} )?([a-z]+)\b")


def persons_verb_after(text: str, end: int) -> bool:
    """The word ending at `end` is the subject of a verb only a person is (lexicon/person-subject-verbs,
    speech-verbs): "Kask died", "Kvirkvelia studied", "Tamm wrote"."""
    verb = verb_after().match(text, end)
    return verb is not None and verb.group(1) in lx.words("person-subject-verbs") | lx.words("speech-verbs")


#: An apposition after a name: a comma, an article, and the word that describes what follows.
APPOSITION = re.compile(r",\s+(?:(?:a|an|the)\s+)?([^\W\d_]+)")


def apposition_after(text: str, pos: int = 0) -> str | None:
    """The word of an apposition at `pos` that says what stands before it ("…, an engineer")."""
    apposition = APPOSITION.match(text, pos)
    return apposition.group(1) if apposition is not None else None


def described_after(after: str) -> bool:
    """A comma and a word describing a person after the name, as lists of the arrested give them:
    "LIPPERT, engineer of the port", "RAUDSEPP, an Estonian" (lexicon/person-descriptions, or a
    nationality)."""
    word = apposition_after(after)
    return word is not None and (word in lx.words("person-descriptions") or gz.people(word))
