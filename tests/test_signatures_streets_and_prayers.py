"""What the twenty-fifth round of issue 15 read in reports and writings: NKVD reports signed by
heads of departments, a report on the metro's construction, a tour operator's itinerary, a sermon at
an execution site, an archive's annual report, a family history.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names

SIGNED = """\
The arrests continue.

HEAD OF THE EKO (signature) MIKHELSON
CAPTAIN OF STATE SECURITY (signature) VEKSLER

The investigation is conducted by the Investigative Unit of the GUGB.
On 14 March 2003 the Department of the KNB for North Kazakhstan Oblast replied.
"""


def test_a_surname_after_a_copys_signature_mark_is_the_signer(tmp_path):
    """"(signature) MIKHELSON": a copy marks where the signature stands; the capitals after it are the
    signer's surname, not an acronym; "EKO" is the economic department."""
    root = converted(tmp_path, SIGNED)
    assert {"MIKHELSON", "VEKSLER"} <= set(names(root, "persName"))
    assert "EKO" in names(root, "orgName")


def test_a_bodys_unit_and_department(tmp_path):
    """"the Investigative Unit" (three sets' documents) and "the Department of the KNB" (a body's
    department, named by it after "of") are institutions."""
    orgs = names(converted(tmp_path, SIGNED), "orgName")
    assert {"Investigative Unit", "Department"} <= set(orgs)


WRITINGS = """\
Repressions against Poles and Germans of the former Marchlewski and Pulyny national raions.
Give rest to those whose names Thou knowest. He was a bookkeeper of Mosgorkommunkhoz.
Severnye Marshruty LLC · Ulitsa Mayakovskogo 27, St Petersburg.
"""


def test_national_raions_a_prayers_pronoun_and_an_address(tmp_path):
    """"the Marchlewski and Pulyny national raions": each name a raion, the qualifier between; "Thou" in
    a prayer is no cover name after "names"; "Ulitsa Mayakovskogo" is a street; a firm closes on
    "LLC"; "Mosgorkommunkhoz" is the town's economy, one word."""
    root = converted(tmp_path, WRITINGS)
    places = names(root, "placeName")
    assert {"Marchlewski", "Pulyny", "Ulitsa Mayakovskogo"} <= set(places)
    assert "Thou" not in names(root, "persName")
    assert {"Mosgorkommunkhoz", "Severnye Marshruty LLC"} <= set(names(root, "orgName"))


def test_a_military_district_is_the_armys_command_and_a_seminary_an_institution(tmp_path):
    """"the Kyiv Military District": the town, then the army's command of its district, as GUIDELINES
    split a place that qualifies an organisation; "the Special Department of the Belorussian Military
    District": two institutions; "the Tver Theological Seminary" is one."""
    text = ("He was plenipotentiary of the Special Department of the Belorussian Military District.\n"
            "The tribunal of the Kyiv Military District sat. He studied at the Tver Theological Seminary.\n")
    root = converted(tmp_path, text)
    orgs = names(root, "orgName")
    assert {"Special Department", "Belorussian Military District", "Military District",
            "Theological Seminary"} <= set(orgs)
    places = names(root, "placeName")
    assert "Kyiv" in places and not any("District" in p for p in places)


def test_a_works_named_after_someone_in_a_lists_capitals(tmp_path):
    """"1. KHARKOV TRACTOR WORKS NAMED AFTER SERGO ORDZHONIKIDZE": the town, the works, and the man
    whose name it bears."""
    text = "By plant:\n\n1. KHARKOV TRACTOR WORKS NAMED AFTER SERGO ORDZHONIKIDZE (KhTZ) — 74 arrested.\n"
    root = converted(tmp_path, text)
    assert "KHARKOV" in names(root, "placeName") and "TRACTOR WORKS" in names(root, "orgName")
