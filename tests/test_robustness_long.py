"""Texts with no paragraph breaks (issue 17, item 3): OCR output, a web page copied as one line,
thousands of lines with no blank line between them.

Such a text used to be one block, and finding its dates and names took time growing with the square
of its length (a 5 MB line never finished). Now no block is longer than `segment.MAX_BLOCK`: the text
is cut at sentence ends into `p` parts marked `part="I|M|F"`, which join back to the source exactly,
and the views show them as one paragraph. How fast that is, is measured in
`benchmarks/bench_long_lines.py`; these tests check what the user gets.
"""

from __future__ import annotations

import random
from pathlib import Path
from unittest.mock import patch

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from teikit import segment
from teikit.cli import cli
from teikit.model import SourceText, Span, SpanIndex
from teikit.pipeline import convert_source, tei_bytes
from teikit.render import render_views
from teikit.validate import validate_tree

from conftest import TEI_NS

#: What the editor adds (left out when the TEI is read as the source says it).
EDITORIAL = {"corr", "reg", "expan", "ex", "supplied"}
SOURCE_NOTE_TYPES = {"source", "original", "authorial", "publisher"}
PLACES = ["Moscow", "Kiev", "Odessa", "Berlin", "Vienna", "Riga", "Tiflis", "Kharkov"]
NAMES = ["Ivanov", "Petrova", "Sokolov", "Belenko", "Zaitsev", "Orlovsky", "Markin", "Frolov"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def sentences(count: int, seed: int = 17) -> list[str]:
    """Dated sentences with names and places, none repeating another."""
    pick = random.Random(seed)
    return [f"Letter {n} from Comrade {pick.choice(NAMES)} reached {pick.choice(PLACES)} on "
            f"{pick.choice(MONTHS)} {pick.randint(1, 28)}, {pick.randint(1918, 1939)}, and was answered "
            f"by {pick.choice(NAMES)} from {pick.choice(PLACES)}."
            for n in range(count)]


def as_the_source_says(el: etree._Element) -> str:
    """The text under `el` as the source has it: editors' additions left out, `lb` a line end."""
    local = etree.QName(el).localname
    if local in EDITORIAL or (local == "note" and el.get("type") not in SOURCE_NOTE_TYPES):
        return ""
    parts = ["\n" if local == "lb" else "", el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append(as_the_source_says(child))
        parts.append(child.tail or "")
    return "".join(parts)


def convert(tmp_path: Path, text: str, name: str = "ocr") -> etree._Element:
    """`teikit convert NAME.txt -o NAME.xml`, as a user runs it; the TEI it wrote."""
    source = tmp_path / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(source), "-o", str(tmp_path / f"{name}.xml")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return etree.parse(str(tmp_path / f"{name}.xml")).getroot()


def parts_of(root: etree._Element) -> list[etree._Element]:
    return root.xpath("//tei:text//tei:p[@part]", namespaces=TEI_NS)


# ---------------------------------------------------------------- one long line

@pytest.fixture(scope="module")
def one_line() -> str:
    """About 60 KB of prose on a single line."""
    return " ".join(sentences(570))


@pytest.fixture(scope="module")
def one_line_tei(tmp_path_factory, one_line) -> etree._Element:
    return convert(tmp_path_factory.mktemp("long"), one_line + "\n")


def test_a_text_on_one_line_is_cut_at_sentence_ends_into_parts_that_join_back_to_it(one_line, one_line_tei):
    parts = parts_of(one_line_tei)
    marks = [p.get("part") for p in parts]
    assert len(one_line) > 6 * segment.MAX_BLOCK
    assert marks == ["I", *["M"] * (len(parts) - 2), "F"]
    said = [as_the_source_says(p) for p in parts]
    assert "".join(said) == one_line  # nothing lost, nothing added, not a space
    assert all(len(part) <= segment.MAX_BLOCK for part in said)
    assert all(part.endswith(".") for part in said)  # every cut is after a full stop
    assert one_line_tei.xpath("//tei:segmentation/tei:p[contains(., '@part I, M, F')]", namespaces=TEI_NS)
    assert not [p for p in validate_tree(etree.ElementTree(one_line_tei), "ocr.xml") if p.severity == "error"]
    # cut between sentences, the parts keep every date (one a sentence) and name
    assert len(one_line_tei.xpath("//tei:text//tei:date[@when]", namespaces=TEI_NS)) == 570
    assert len(one_line_tei.xpath("//tei:text//tei:persName", namespaces=TEI_NS)) >= 570


@pytest.mark.parametrize("view", ["diplomatic", "reading"])
def test_the_views_show_the_parts_as_one_paragraph(one_line, one_line_tei, view):
    page = html.fromstring(render_views(etree.ElementTree(one_line_tei), (view,), "ocr")[view])
    ids = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in parts_of(one_line_tei)]
    paragraph = page.get_element_by_id(ids[0])
    assert paragraph.tag == "p"
    assert [span.get("id") for span in paragraph.find_class("part")] == ids[1:]  # links to a part still land
    assert not paragraph.xpath(".//br")
    if view == "diplomatic":
        assert paragraph.text_content() == one_line  # no break where teikit cut


# ---------------------------------------------------------------- other texts with no paragraph breaks

def test_short_lines_with_no_blank_line_are_cut_and_keep_their_line_ends(tmp_path):
    words = " ".join(sentences(400, seed=3)).split(" ")
    lines = [" ".join(words[i:i + 4]) for i in range(0, len(words), 4)]
    root = convert(tmp_path, "\n".join(lines) + "\n")
    parts = parts_of(root)
    assert len(parts) >= 5
    assert "".join(as_the_source_says(p) for p in parts) == "\n".join(lines)


def test_a_long_line_that_mentions_a_publication_is_text_not_a_citation(tmp_path, one_line):
    """One line rule ("Published:" anywhere makes a line a citation) must not swallow a whole text."""
    text = one_line[:30_000] + " Published: in the evening papers. " + one_line[30_000:]
    root = convert(tmp_path, text + "\n")
    assert not root.xpath("//tei:back | //tei:sourceDesc/tei:listBibl", namespaces=TEI_NS)
    assert "".join(as_the_source_says(p) for p in parts_of(root)) == text


def test_a_run_with_no_space_at_all_is_cut_at_the_bound(tmp_path):
    blob = "QmFzZTY0" * 3_125  # 25,000 characters, no space and no sentence end: a pasted data URL
    root = convert(tmp_path, blob + "\n")
    said = [as_the_source_says(p) for p in parts_of(root)]
    assert [len(s) for s in said] == [10_000, 10_000, 5_000]
    assert "".join(said) == blob


# ---------------------------------------------------------------- any text, any bound

sentence_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789'\"(),;:-", min_size=1, max_size=14)
sentence_end = st.sampled_from([".", "!", "?", "…", ".\"", ".)", "", "", ""])
long_line = st.lists(st.tuples(st.lists(sentence_words, min_size=1, max_size=20).map(" ".join), sentence_end),
                     min_size=1, max_size=60).map(lambda ss: " ".join(s + e for s, e in ss))
gap = st.sampled_from([" ", "  ", "\t", "\n", "\n\n", "\n \n", " \u00a0 "])
long_texts = st.lists(st.tuples(long_line, gap), min_size=1, max_size=6).map(
    lambda pieces: "".join(line + g for line, g in pieces))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(long_texts, st.integers(min_value=30, max_value=400))
def test_any_text_with_long_lines_converts_with_nothing_lost(text, bound):
    """Whatever the text and wherever the bound falls, every block fits the bound and the parts of
    one source paragraph join back to exactly that stretch of the source."""
    with patch.object(segment, "MAX_BLOCK", bound):
        root = etree.fromstring(tei_bytes(convert_source(SourceText(Path("t.txt"), text, tuple(text.split("\n")), "t"))))
    body = root.find("tei:text", TEI_NS)
    said = as_the_source_says(body)
    assert "".join(said.split()) == "".join(text.split())
    run: list[str] = []
    for p in body.iter(f"{{{TEI_NS['tei']}}}p"):
        if p.get("part") is None:
            continue
        run.append(as_the_source_says(p))
        assert len(run[-1]) <= bound
        if p.get("part") == "F":
            assert "".join(run) in text
            run = []
    assert not run
    assert not [p for p in validate_tree(etree.ElementTree(root), "t.xml") if p.severity == "error"]


# ---------------------------------------------------------------- the index behind it

spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda t: Span(t[0], t[0] + t[1], "x")),
                 max_size=30)


@settings(max_examples=300)
@given(spans, st.integers(0, 45), st.integers(0, 12))
def test_the_span_index_answers_as_a_scan_of_every_span_would(existing, start, length):
    """What `SpanIndex` answers with a binary search is what looking at every span answers."""
    end = start + length
    ranges = [s for s in existing if not s.is_point]
    crossing = any(start < s.end and s.start < end and not (s.start <= start and end <= s.end)
                   and not (start <= s.start and s.end <= end) for s in ranges)
    overlapping = any(s.start < end and start < s.end for s in ranges) or \
        any(start <= s.start <= end for s in existing if s.is_point)
    index = SpanIndex(existing)
    assert (index.crosses(start, end), index.overlaps(start, end)) == (crossing, overlapping)
    grown = SpanIndex()
    for span in existing:
        grown.add(span)
    assert (grown.crosses(start, end), grown.overlaps(start, end)) == (crossing, overlapping)
