"""What the fifty-first round of issue 15 read (set BA): a historian's paragraph that cites its archive
in passing, a chapter whose title names the months it covers, and a report whose sections open in
the month it was written while its sentences tell of years long before.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import TEI_NS, converted, date_values


def text_of(el) -> str:
    return " ".join("".join(el.itertext()).split())


# a paragraph on one line, as a report or an article saved from a word processor has it
CITING_PARAGRAPH = (
    "The eastern districts\n\n"
    "Collectivisation began there in the winter of 1929–30. The targets for the herding districts were "
    "raised twice in January 1930, and the protocols of the district committee, which the group found in "
    "the regional archive (f. 5, op. 10, d. 114), show villages declared collectivised within eleven "
    "days of the first meeting, with the herds driven to farms that had neither shelter nor hay.\n\n"
    "Regional archive, f. 5, op. 10, d. 114, ll. 3–9. Typescript, original.\n")


def test_a_paragraph_that_cites_its_archive_in_passing_stays_a_paragraph(tmp_path):
    """A long paragraph whose fond and file come late in it is prose that cites its source, not an
    archive citation: it must not become a bibl, in the text or in the header's sources. (A paragraph
    wrapped into lines is judged line by line, and stays as it was: the line that holds the fond may
    open with it.)"""
    root = converted(tmp_path, CITING_PARAGRAPH)
    paragraphs = [text_of(p) for p in root.iterfind(".//tei:text//tei:p", TEI_NS)]
    assert any(p.startswith("Collectivisation began") for p in paragraphs)
    citations = [text_of(b) for b in root.iterfind(".//tei:bibl[@type='archive']", TEI_NS)]
    assert citations and all(c.startswith("Regional archive, f. 5") for c in citations)


def test_a_citation_with_a_note_after_it_stays_a_citation(tmp_path):
    """The guard: a line that opens with its fond is a citation, however long the note after it."""
    text = ("Report on the sowing\n\n"
            "The district reported on 3 May 1931 that the sowing was late.\n\n"
            "GARF, f. R-1235, op. 2, d. 77, ll. 12–14. Typescript, certified copy. On the first sheet the\n"
            "stamp of the secretariat and a resolution in blue pencil: \"To the file. Ask the district\n"
            "again for the figures of the spring sowing and report to me by the end of the month on what\n"
            "was done.\" Translated from the Russian; the names of villages are kept as the clerk wrote them.\n")
    root = converted(tmp_path, text)
    citations = [text_of(b) for b in root.iterfind(".//tei:text//tei:bibl[@type='archive']", TEI_NS)]
    assert [c[:22] for c in citations] == ["GARF, f. R-1235, op. 2"]


def test_a_month_the_title_names_last_does_not_date_a_day_a_year_before_it(tmp_path):
    """A chapter of "(October 1937 – September 1938)" that tells of an order of August 1937 and of the
    settlers who came "on 14 September": the story is in 1937, a month after the order, not in the
    September the title ends with."""
    text = ("CHAPTER II\nTHE WINTER CAMP\n(October 1937 – September 1938)\n\n"
            "The order of 20 August 1937 set up the camp at the railway halt, and the first party of "
            "settlers reached it on 14 September with two carts.\n")
    values = date_values(converted(tmp_path, text))
    assert values["14 September"] == "1937-09-14"
