"""Documents laid out as the typist laid them out, in kinds of text the twelfth round of issue 15 read
(set N): a source note in the archives' own citation form above the document, a letterhead of
several short lines, a place flush left and the date flush right, the day in quotation marks, an
inventory's table with a header in columns, a date under the signature.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup and its date values.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from teikit.read import read_text
from teikit.segment import segment

from conftest import TEI_NS, converted, names, of_kind


def dates(root: etree._Element) -> list[tuple[str, str]]:
    """Each date of the text as (its words, its value)."""
    found = []
    for el in root.iterfind(".//tei:text//tei:date", TEI_NS):
        value = el.get("when") or f"{el.get('notBefore') or el.get('from')}/{el.get('notAfter') or el.get('to')}"
        found.append((" ".join("".join(el.itertext()).split()), value))
    return found


INVENTORY = """\
Archive of the Regional Directorate, file P-118, ll. 3–4. Printed form filled in by hand.

NKVD of the Karelian ASSR

INVENTORY OF PROPERTY

Petrozavodsk                               "3" IV 1938

I, junior lieutenant of state security KORPELA V. N., in the presence of the neighbour
SAVOLAINEN Matti, have drawn up this inventory of the property of the arrested NIEMI Arvo Ivanovich.

No. | Item | Qty | Condition
1. Bicycle — 1 — used
2. Accordion — 1 — new

Taken to the store on the 5th.
"""


def test_a_table_header_in_columns_is_no_web_page_navigation(tmp_path):
    """A line of cells divided by bars is a web page's menu only before the text begins; after a
    paragraph it heads an inventory's table, and nothing above it may be dropped."""
    doc = segment(read_text(_write(tmp_path, INVENTORY)))
    assert doc.boilerplate == []
    root = converted(tmp_path, INVENTORY)
    assert names(root, "persName") == ["KORPELA V. N.", "SAVOLAINEN Matti", "NIEMI Arvo Ivanovich"]


def test_the_day_in_quotation_marks_is_part_of_the_date(tmp_path):
    """The Russian form of a form's date, «"3" April 1938», is one date with its day."""
    assert dates(converted(tmp_path, INVENTORY))[:2] == [('"3" IV 1938', "1938-04-03"), ("the 5th", "1938-04-05")]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "document.txt"
    path.write_text(text, encoding="utf-8")
    return path


ORDER = """\
GARK, f. R-210, op. 2, d. 45, ll. 7–8. Typescript, certified copy. Translated from Russian.

MVD USSR
Corrective Labour Camp "Severolag"

ORDER No. 91
settlement of Ust-Kulom, Komi ASSR                          9 September 1948

Contents: on rewards for the work of the summer.

On the basis of the order of the MVD USSR No. 0112 of 1946
I ORDER:

1. To award the brigade leader KALNINS Janis 100 rubles; his brigade gave 160 per cent in July.
2. For refusal to go to work on 2 and 3 August, the prisoner SOKOLOV P. I. to be placed in the
punishment cell for 5 days.
"""


def test_a_place_flush_left_and_the_date_flush_right_date_the_document(tmp_path):
    """The date set off by a wide gap after the place of writing, however the place is worded, is
    the order's own date: the months it names without a year are that year's, not the year of a
    directive it cites."""
    found = dates(converted(tmp_path, ORDER))
    assert ("9 September 1948", "1948-09-09") in found
    assert ("July", "1948-07") in found
    assert ("2 and 3 August", "1948-08-02/1948-08-03") in found


def test_the_archives_citation_of_fond_inventory_and_file_is_a_source_note(tmp_path):
    """"f. R-210, op. 2, d. 45, ll. 7–8" is where the document is kept: front matter, not the
    document's first paragraph, and the letterhead under it heads the document."""
    doc = segment(read_text(_write(tmp_path, ORDER)))
    assert [block.kind for block in doc.front] == ["archive"]
    assert doc.divisions[0].head[0].text.startswith("MVD USSR")


def test_a_day_weeks_before_the_documents_date_is_of_its_year_whatever_the_story_told(tmp_path):
    """An inventory dated 14 February 1938 that tells of an arrival in June 1932 was still begun on
    13 February 1938; a day months before the document's date keeps the story's year."""
    text = ("Petrozavodsk, 14 February 1938\n\n"
            "The arrested arrived from Duluth in June 1932 and worked at the mill. He was warned on "
            "20 July.\n\nThe inventory was begun on 13 February and finished the next morning.\n")
    found = dates(converted(tmp_path, text))
    assert ("13 February", "1938-02-13") in found
    assert ("20 July", "1932-07-20") in found


def test_a_letterhead_typed_as_a_paragraph_gives_the_documents_date(tmp_path):
    """The session's date in the protocol's title, and a byline's date, date the document: a month
    it names without a year is that year's, not the year of a past it recalls."""
    protocol = ("VKP(b)\nPurge Commission of the Cell at the Tannery \"Krasny Kozhevnik\"\n\n"
                "PROTOCOL No. 3\nof the open session of 12.XI.1929, Polotsk, tannery club\n\n"
                "1. HEARD: ZALMANOV Hirsh, b. 1890, in the Bund in 1912–1919, entered the RKP(b) in March "
                "1921. His brother left for Riga in 1922; no letters since the autumn of 1925. Com. Lapko: "
                "he was coarse in September.\n")
    assert ("September", "1929-09") in dates(converted(tmp_path, protocol))
    report = ("COURTS\nHistorian wins appeal\n\nBy Irina Sokolova, Omsk · 17 October 2006\n\n"
              "The regional court upheld the ruling. Her grandfather was shot in 1937 in Omsk, and "
              "the first court rejected the claim on 22 June.\n\nIn August 1937 the NKVD took him.\n\n"
              "The society will appeal by 30 October.\n")
    found = dates(converted(tmp_path, report))
    assert ("22 June", "2006-06-22") in found and ("30 October", "2006-10-30") in found


def test_ms_is_a_title_and_a_society_named_after_its_kind_is_a_body(tagged):
    found = tagged("The court heard Ms Tsoi and the society Nadezhda; the association Rodina paid.")
    assert of_kind(found, "person") == ["Tsoi"]
    assert of_kind(found, "org") == ["Nadezhda", "Rodina"]


def test_the_speakers_of_a_broadcast_are_persons_however_their_names_are_shaped(tagged):
    """A name that opens two paragraphs or more as a label is a speaker, even one that is also an
    English word (Hanna); a protocol's "HEARD:" is no name and no speaker."""
    found = tagged("HANNA: Good evening. In 1935 the NKVD cleared the border zone.\n\n"
                   "PAUL: Tonight we follow one family.\n\nHEARD: the report.\n\nHANNA: They came to Chimkent.\n\n"
                   "PAUL: He came back.\n\nHEARD: the letter.")
    assert of_kind(found, "person") == ["HANNA", "PAUL", "HANNA", "PAUL"]
    assert of_kind(found, "org") == ["NKVD"]


def test_the_words_round_a_town_that_is_also_a_surname_make_it_the_town(tagged):
    """A station named in the Russian order, a prison named after its town, the uezd spelt as
    Belarusian files spell it, and the town one reached; a commandant is a title, not a place."""
    found = tagged("Halina reached Bradford in 1948. He was born in Zaluzhye, former Drissa uezd, and "
                   "was held at station Vsesvyatskaya, then in Vladimir prison. The station Commandant "
                   "Sokolov met the echelon.")
    assert of_kind(found, "place") == ["Bradford", "Zaluzhye", "Drissa uezd", "Vsesvyatskaya", "Vladimir"]
    assert of_kind(found, "person") == ["Halina", "Sokolov"]


def test_the_archive_before_its_fond_is_an_institution_and_a_catalogue_number_is_none(tmp_path):
    """"TsGA RUz, f. R-2454, op. 1" names the archive however its letters are shaped; the letters of
    an accession number ("KH/2011/04"), a punishment cell (SHIZO) and a time zone name none."""
    root = converted(tmp_path, "TsGA RUz, f. R-2454, op. 1, d. 76, l. 31. Typescript.\n\nAccessions\n\n"
                               "KH/2011/04 · letters of a family · 1 box. The prisoner was put in the SHIZO; "
                               "at 18:05 EET the NKVD called.\n")
    assert names(root, "orgName") == ["TsGA RUz", "NKVD"]


def test_a_day_of_last_year_is_one_date_without_of(tmp_path):
    """"5 December last year", as a chronicle writes it, counts from the chronicle's own date, not from
    the December of 1937 it told just before."""
    text = ("BULLETIN No. 6 · dated 31 March 1976\n\nThe Bulletin records facts.\n\n"
            "Her father was shot on 17 December 1937.\n\n"
            "On 5 December last year forty people stood in silence; in March this year none came.\n")
    found = dates(converted(tmp_path, text))
    assert ("5 December last year", "1975-12-05") in found and ("March this year", "1976-03") in found


def test_a_weekday_before_a_day_and_month_picks_the_year_that_day_fell_on_it(tmp_path):
    """"Sunday, 5 March" told in a report of 8 March 1938 is not 1938's, a Saturday, but the nearest
    earlier year in which 5 March was a Sunday; the 9th, with no weekday, keeps the report's year."""
    text = ("Minsk, 8 March 1938\n\nIn 1934 he joined the group. They met on Sunday, 5 March, at the "
            "station, and again on 9 March.\n")
    found = dates(converted(tmp_path, text))
    assert ("5 March", "1933-03-05") in found


def test_a_headword_after_a_catalogues_first_field_is_one_person(tagged):
    """An accessions list gives the number first, then the headword: "KH/2011/04 · ŻABIŃSKA,
    Halina · 1 box" names one person, as "ŻABIŃSKA, Halina" opening the line would."""
    found = tagged("KH/2011/04 · ŻABIŃSKA, Halina · 1939–1958 · 1 box\nKH/2011/11 · LEMKE, Gertrud · 38 photographs")
    assert of_kind(found, "person") == ["ŻABIŃSKA, Halina", "LEMKE, Gertrud"]


def test_of_after_a_persons_name_gives_where_they_are_from(tagged):
    """Nobody is "of" a person after their own name: "Juhani Kurki of Toksova" names a village even
    shaped like a woman's surname; "Petrov of Gosplan" keeps his institution."""
    found = tagged("We follow Juhani Kurki of Toksova. Rakhil Gurvich of Sosnovka asked, and Petrov of "
                   "Gosplan answered.")
    assert of_kind(found, "place") == ["Toksova", "Sosnovka"]
    assert of_kind(found, "person") == ["Juhani Kurki", "Rakhil Gurvich", "Petrov"]


def test_a_line_of_the_letterhead_before_the_dateline_opens_no_other_document(tmp_path):
    """A title with its subject in small letters and an addressee above a report's dateline are one
    document with it; a dateline opens another only after a paragraph of text (a dossier's second
    document)."""
    report = ("SECRET\n\nREPORT\non the accidents on the Tomsk Railway in March 1937\n\n"
              "To the head of the transport department of the GUGB NKVD, comrade ZOLOTOV V. V.\n\n"
              "Novosibirsk, 8 April 1937\n\nIn March the sections of the railway reported four accidents.\n")
    assert len(segment(read_text(_write(tmp_path, report))).divisions) == 1
    dossier = report + ("The engine drivers of the Tayga depot were arrested on the 2nd and the 3rd, and the "
                        "investigation of their links with the former Trotskyists of the depot goes on under "
                        "the direction of the head of the section, who will report by the 20th.\n\n"
                        "Tomsk, 12 April 1937\n\nTo the head of the UNKVD.\n")
    assert len(segment(read_text(_write(tmp_path, dossier))).divisions) == 2


def test_the_date_under_a_signature_with_the_typists_note_after_it_closes_the_document(tmp_path):
    """"Printed in 3 copies: …" under the signed and dated close belongs to the document it closes:
    the date above it is the report's own, and its days without a year are of that year."""
    text = ("SPECIAL REPORT\non the reaction of the population of Gori\n\n"
            "The news was received on the morning of 6 March and met with grief. In 1952 the museum was "
            "repaired, and the people of the town gathered there all that day and the next, and on 7 March "
            "a delegation of twenty-eight persons left by train for Moscow to attend the funeral.\n\n"
            "Head of the Town Department\nlieutenant colonel CHIKOVANI\n\n8 March 1953\n\n"
            "Printed in 3 copies: 1 — to the MGB; 2 — to the raikom; 3 — file.\n")
    doc = segment(read_text(_write(tmp_path, text)))
    assert len(doc.divisions) == 1
    assert ("7 March", "1953-03-07") in dates(converted(tmp_path, text))


def test_an_addressee_is_no_signature_and_a_numbered_dateline_closes_the_report(tmp_path):
    """"To the Head of the GUKR / Colonel-General Comrade ABAKUMOV" above a report addresses it (a
    signature there had closed a document before the report began); "Novosibirsk, 2 October 1937,
    No. 5093" under the signature dates it, and a reader's resolution after it is no new document."""
    text = ("TOP SECRET\n\nTo the Head of the GUKR \"SMERSH\" NKO of the USSR\nColonel-General Comrade ABAKUMOV\n\n"
            "REPORT\non the filtration of repatriates\n\n"
            "The section reports that in the period indicated the command handed over 4,120 repatriates at the "
            "bridge; of them 212 were held for further checks, 38 arrested, and the rest sent on by echelons to "
            "the assembly points of the front in the order set by the directive.\n\n"
            "In August the checks go on.\n\n"
            "Head of the UNKVD for the Novosibirsk Region\nGORBACH\nNovosibirsk, 2 October 1937, No. 5093\n\n"
            "Resolution in blue pencil on the first sheet: \"Give 3,000. Frinovsky 8/X\".\n")
    doc = segment(read_text(_write(tmp_path, text)))
    assert len(doc.divisions) == 1
    assert [b.kind for b in doc.divisions[0].blocks() if b.text.startswith("Novosibirsk")] == ["dateline"]
    assert ("August", "1937-08") in dates(converted(tmp_path, text))


def test_ukrainian_and_lithuanian_archive_citations_are_source_notes(tmp_path):
    """"HDA SBU, f. 6, spr. 41772-FP, ark. 203" (the file straight after the fond) and "LYA, f. K-1,
    ap. 10, b. 41" cite where a document is kept, as "f. 17, op. 3, d. 45" does; the archive
    before the fond is an institution."""
    for note in ("HDA SBU, f. 6, spr. 41772-FP, ark. 203–206. Certified copy.",
                 "LYA, f. K-1, ap. 10, b. 41, l. 102–106. Typescript."):
        text = f"{note}\n\nTop secret\n\nPROTOCOL No. 87\n\nThe troika heard the cases of the 4th Department.\n"
        doc = segment(read_text(_write(tmp_path, text)))
        assert [block.kind for block in doc.front] == ["archive"], note
        assert names(converted(tmp_path, text), "orgName")[:1] == [note.split(",")[0]]
