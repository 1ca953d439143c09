"""Property tests: any text at all converts to well-formed, schema-valid TEI that still says all of it.

Whatever a user feeds teikit (control characters, right-to-left scripts, combining marks, very long
lines, tabs, CRLF, no final newline, lines that look like datelines or signatures), `convert` must
not crash, must write XML that parses and validates, and must lose or reorder nothing of the source:
the text of the TEI, read as the source says it (corrections and editors' notes left out, each `g`
read back as the character it stands for), equals the source modulo whitespace, with the web lines
moved to the header counted where they stood.
"""

from __future__ import annotations

import string
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit.cli import cli
from teikit.model import SourceText
from teikit.pipeline import convert_source, tei_bytes
from teikit.validate import validate_tree

from conftest import TEI_NS

NS = TEI_NS
#: Elements whose text is the editor's, not the source's.
EDITORIAL = {"corr", "reg", "expan", "ex", "supplied"}
SOURCE_NOTE_TYPES = {"source", "original", "authorial", "publisher"}

# ---------------------------------------------------------------- what a text can be made of

#: Lines that set off teikit's segmentation rules, so generated texts get structure, not just prose.
STRUCTURAL_LINES = [
    "October 21, 1929", "Moscow, 3 April 1931.", "No. 44053", "Top secret", "Dear Comrade Ivanov,",
    "(Ya. G. Blumkin)", "Deputy Chairman of the OGPU: Messing", "With communist greetings,", "Greetings.",
    "Marx-Engels | Lenin | Stalin | Home Page", "RGASPI. F. 17. Op. 171. D. 136. L. 94-126.",
    "Published: Mozokhin, pp. 242-250", "Translated by a contributor", "Rue de Grenelle 79, Paris",
    "REPORT ON THE SITUATION", "Comrade Stalin I. V. wrote to Trotsky in Berlin on 5 May 1930.",
    "Pierre Broué", "Communist Secret Police: NKVD", "Written: December 1934.", "First Printing: February 1935.",
    "Translation: John G. Wright.", "Transcribed & marked up: by Einde O'Callaghan for the Marxists' Internet Archive.",
    "From Revolutionary History, Vol. 9 No. 4, 2008, pp.137–160.", "The N.K.V.D. met at 10 P.M.",
]
RTL_AND_COMBINING = ["שלום עולם", "مرحبا بالعالم", "e\u0301te\u0301", "Z\u0351\u0352a\u0300\u0301lgo",
                     "\u202eevil\u202c", "ﬁne ﬂow", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀"]
CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\n\r"] + ["\ufffe", "\uffff", "\x7f", "\x85"]

any_character = st.characters(exclude_categories=["Cs"])
word = st.one_of(
    st.text(alphabet=string.ascii_letters + string.digits + ".,;:!?'\"()-–—|&<>", min_size=1, max_size=12),
    st.text(alphabet=any_character, min_size=1, max_size=8),
    st.sampled_from(RTL_AND_COMBINING),
    st.sampled_from(CONTROLS),
)
line = st.one_of(
    st.lists(word, max_size=12).map(" ".join),
    st.lists(word, max_size=6).map("\t".join),
    st.sampled_from(STRUCTURAL_LINES),
    st.just(""),
    st.text(alphabet="ab ", min_size=2000, max_size=4000),  # a very long line
)
texts = st.tuples(st.lists(line, max_size=25), st.sampled_from(["\n", "\r\n"]), st.booleans()).map(
    lambda t: t[1].join(t[0]) + (t[1] if t[2] else ""))


# ---------------------------------------------------------------- reading the TEI back

def as_the_source_says(el: etree._Element) -> str:
    """The text under `el` as the source has it: editors' additions left out, `g` read back."""
    local = etree.QName(el).localname
    if local in EDITORIAL or (local == "note" and el.get("type") not in SOURCE_NOTE_TYPES):
        return ""
    if local == "g":
        return chr(int(el.get("n")[2:], 16))
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append(as_the_source_says(child))
        parts.append(child.tail or "")
    return "".join(parts)


def without_whitespace(text: str) -> str:
    return "".join(text.split())


def assert_round_trip(source_text: str, tei: bytes) -> etree._Element:
    """`tei` parses, and says every non-space character of `source_text`, in order."""
    root = etree.fromstring(tei)
    web_lines = root.findall(".//tei:notesStmt/tei:note[@type='webSource']/tei:quote", NS)
    said = "".join(as_the_source_says(q) for q in web_lines) + as_the_source_says(root.find("tei:text", NS))
    assert without_whitespace(said) == without_whitespace(source_text)
    return root


def source(text: str, name: str = "text.txt") -> SourceText:
    return SourceText(Path(name), text, tuple(text.split("\n")), Path(name).stem)


# ---------------------------------------------------------------- the properties

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_converts_to_valid_tei_that_says_all_of_it(text):
    tree = convert_source(source(text))
    data = tei_bytes(tree)
    root = assert_round_trip(text, data)
    problems = [p for p in validate_tree(etree.ElementTree(root), "text.xml") if p.severity == "error"]
    assert not problems, problems


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=any_character, max_size=300))
def test_any_string_at_all_round_trips(text):
    """No structure at all: every code point but surrogates, in any order."""
    assert_round_trip(text, tei_bytes(convert_source(source(text))))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["\ud800", "\udfff", "\udc80", "x", " ", "\n"]), max_size=20).map("".join))
def test_lone_surrogates_from_the_library_api_are_kept(text):
    assert_round_trip(text, tei_bytes(convert_source(source(text))))


@settings(max_examples=12, deadline=None)
@given(texts.filter(lambda t: t.strip()))
def test_the_convert_command_writes_the_same_tei_as_the_library(tmp_path_factory, text):
    """Through the CLI: bytes on disk (UTF-8, CRLF or LF) → read → convert → stdout."""
    path = tmp_path_factory.mktemp("cli") / "text.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = CliRunner().invoke(cli, ["convert", str(path)])
    if result.exit_code == 2:  # a mostly-control-character text is refused as binary, in one line
        assert "looks like a binary file" in result.stderr
        return
    assert result.exit_code == 0, result.output
    assert_round_trip(text, result.stdout_bytes)
