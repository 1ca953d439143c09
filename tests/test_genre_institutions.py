"""Names of the genre that carry no evidence of their kind (issue 15, sixth round): foreign police,
Baltic and émigré organisations, military districts and fleets, a security service's regional
representation, a namesake of a well-known person, places named by the word before or after them.

Each test is a short text of our own in the manner of the genre, converted as a new user would.
"""

from __future__ import annotations

from teikit.pipeline import convert_file

from conftest import TEI_NS


def test_a_namesake_with_another_forename_is_not_the_well_known_person(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("Staff list\n\nThe list was typed by Anna Zetkin, a clerk of the depot, and read by "
                    "Leon Trotsky's former secretary.\n", encoding="utf-8")
    text = convert_file(path).find("tei:text", TEI_NS)
    persons = [("".join(el.itertext()), el.get("ref")) for el in text.iter(f"{{{TEI_NS['tei']}}}persName")]
    assert persons[0][0] == "Anna Zetkin" and persons[0][1] != "#zetkin"
    assert persons[1] == ("Leon Trotsky", "#trotsky")  # the same forename in another spelling

