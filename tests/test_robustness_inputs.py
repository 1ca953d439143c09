"""Inputs a hostile review found (issue 17, items 4, 5, 6, 8, 10, 11): a tree too deep for Saxon, seeds
that are not regular files, a second --force, a crash at the rename, TEI in no namespace, a register
that would make invalid TEI, and a DOCTYPE the old byte scan missed. Each is a row of
docs/robustness.md."""

from __future__ import annotations

import fcntl
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teikit.cli import cli

from conftest import ROOT

TEI = "http://www.tei-c.org/ns/1.0"
LETTER = "Letter of N. Petrov\n\nMoscow, 12 March 1930\n\nDear Comrade Ivanov,\n\nThe paper has not come.\n"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def teikit(*args: str, cwd: Path | None = None, memory: int | None = None) -> subprocess.CompletedProcess:
    """The installed command in a process of its own. A hang fails the test after two minutes instead of
    stopping the suite; `memory` caps the heap (bytes), so an input read without end fails instead of
    filling the machine."""
    cap = (lambda: resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))) if memory else None
    return subprocess.run([sys.executable, "-m", "teikit", *args], capture_output=True, text=True, cwd=cwd,
                          preexec_fn=cap, timeout=120)


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def letters(project: Path, *names: str) -> Path:
    (project / "seeds").mkdir(parents=True, exist_ok=True)
    for name in names:
        (project / "seeds" / f"{name}.txt").write_text(LETTER.replace("Petrov", name.title()), encoding="utf-8")
    return project


# ---------------------------------------------------------------- item 4: deeper than Saxon reads

def nest_notes(tei: Path, depth: int) -> int:
    """Put `depth` notes, each inside the last, into the first paragraph of the body (the schema
    allows it); returns the line of the first element nested deeper than 100."""
    tree = etree.parse(str(tei))
    element = tree.find(f".//{{{TEI}}}body//{{{TEI}}}p")
    for _ in range(depth):
        element = etree.SubElement(element, f"{{{TEI}}}note")
        element.text = "\n"
    element.text = "a note at the bottom"
    tei.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    parsed = etree.parse(str(tei))
    return next(el.sourceline for el in parsed.iter() if sum(1 for _ in el.iterancestors()) == 100)


def test_render_refuses_a_valid_tree_too_deep_for_saxon_in_one_line(tmp_path):
    letters(tmp_path, "deep")
    tei = tmp_path / "deep.xml"
    assert run("convert", str(tmp_path / "seeds" / "deep.txt"), "-o", str(tei)).exit_code == 0
    line = nest_notes(tei, 150)
    assert run("validate", str(tei)).exit_code == 0

    result = teikit("render", str(tei), "-o", str(tmp_path / "site"))

    assert result.returncode == 1
    assert one_line(result.stderr) == (
        f"teikit: {tei}:{line}: <note> is nested 101 elements deep; the views can be made only of documents "
        "nested at most 100 deep (99 in the teiHeader), the limit of Saxon's XML parser")
    assert not (tmp_path / "site" / "deep").exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_tree_too_deep_fails_its_edition_and_the_build_goes_on(tmp_path, jobs):
    project = letters(tmp_path, "alpha", "beta", "gamma")
    assert run("convert", str(project / "seeds" / "beta.txt"), "-o", str(project / "tei" / "beta.xml")).exit_code == 0
    line = nest_notes(project / "tei" / "beta.xml", 120)

    result = run("build", "--project", str(project), "-j", jobs)

    assert result.exit_code == 1
    assert f"tei/beta.xml:{line}: <note> is nested 101 elements deep" in result.stderr
    assert "beta: FAILED" in result.stderr and "Traceback" not in result.output
    assert "alpha: converted, valid" in result.stdout and "gamma: converted, valid" in result.stdout
    landing = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="alpha/reading.html"' in landing and 'href="gamma/reading.html"' in landing
    assert 'href="beta/reading.html"' not in landing


class SaxonLikeError(Exception):
    """An exception of a library's own that teikit does not know (saxonche's could not even be sent
    back from a worker process)."""


def test_a_failure_teikit_did_not_foresee_fails_one_edition_and_shows_its_traceback_with_debug(tmp_path, monkeypatch):
    from teikit import render

    project = letters(tmp_path, "alpha", "beta")
    real = render.render_edition

    def render_edition(tree, name, site, *args, **options):
        if name == "beta":
            raise SaxonLikeError("the renderer broke")
        return real(tree, name, site, *args, **options)

    monkeypatch.setattr(render, "render_edition", render_edition)
    result = run("build", "--project", str(project), "-j", "1")
    assert result.exit_code == 1
    assert ("teikit: beta: teikit failed on this edition (SaxonLikeError: the renderer broke); "
            "run teikit --debug build for the traceback") in result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert (project / "site" / "alpha" / "reading.html").exists() and (project / "site" / "index.html").exists()

    result = run("--debug", "build", "--project", str(project), "-j", "1")
    assert result.exit_code == 1 and "Traceback" in result.stderr and "SaxonLikeError" in result.stderr


# ---------------------------------------------------------------- item 5: only regular files, of bounded size

def test_a_device_named_as_the_text_is_refused_without_reading_it(tmp_path):
    result = teikit("convert", "/dev/zero", memory=2 * 2**30)
    assert result.returncode == 2
    assert one_line(result.stderr) == "teikit: /dev/zero: is a character device, not a text file"


def test_build_refuses_seeds_that_link_outside_the_project_and_builds_the_rest(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Letter of the Private Secretary\n\nNothing here may be published.\n", encoding="utf-8")
    project = letters(tmp_path / "project", "alpha")
    (project / "seeds" / "zero.txt").symlink_to("/dev/zero")
    (project / "seeds" / "secret.txt").symlink_to(secret)

    result = teikit("build", "-j", "1", cwd=project, memory=2 * 2**30)

    assert result.returncode == 2  # input errors, as for a seed with an unsafe name
    assert (f"teikit: seeds/secret.txt: links to {secret}, outside the project; copy the file into the "
            "project instead") in result.stderr.splitlines()
    assert ("teikit: seeds/zero.txt: links to /dev/zero, outside the project; copy the file into the "
            "project instead") in result.stderr.splitlines()
    assert "alpha: converted, valid" in result.stdout
    assert not (project / "site" / "secret").exists() and not (project / "tei" / "secret.xml").exists()
    assert "Private Secretary" not in (project / "site" / "index.html").read_text(encoding="utf-8")

    # a file named on the command line is the user's own choice: a link to a regular file is read
    assert teikit("convert", str(project / "seeds" / "secret.txt")).returncode == 0


@pytest.fixture
def pipe_project(tmp_path) -> Path:
    project = letters(tmp_path, "piped")
    (project / "tei").mkdir()
    os.mkfifo(project / "tei" / "piped.xml")
    return project


def test_validate_refuses_a_named_pipe_instead_of_waiting_for_it(pipe_project):
    result = teikit("validate", "tei/piped.xml", cwd=pipe_project)
    assert result.returncode == 2
    assert one_line(result.stderr) == "teikit: tei/piped.xml: is a named pipe, not an XML file"


def test_build_fails_an_edition_whose_tei_is_a_named_pipe(pipe_project):
    result = teikit("build", "-j", "1", cwd=pipe_project)
    assert result.returncode == 2  # an input error
    assert result.stderr.splitlines() == ["teikit: tei/piped.xml: is a named pipe, not an XML file", "piped: FAILED"]


def test_a_text_larger_than_64_mib_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(64 * 2**20 + 1)  # sparse: no disk used
    result = run("convert", str(big))
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"teikit: {big}: is larger than 64 MiB, the most teikit reads as a text file"


# ---------------------------------------------------------------- item 6: numbered backups

def edit(tei: Path, words: str) -> bytes:
    """An encoder's hand edit: a comment after the root's start tag."""
    data = tei.read_bytes().replace(b"<teiHeader", f"<!-- {words} --><teiHeader".encode(), 1)
    tei.write_bytes(data)
    return data


def test_every_forced_replacement_keeps_its_own_numbered_backup_and_names_it(project):
    tei = project / "tei" / "blumkin-1929.xml"
    rebuild = ("build", "--project", str(project), "-j", "1", "--reconvert", "--force")
    first = edit(tei, "first edit")
    result = run(*rebuild)
    assert result.exit_code == 0
    assert f"{tei}: replaced; your edited version is kept in {tei}.1.bak" in result.stderr.splitlines()

    second = edit(tei, "second edit")
    result = run(*rebuild)
    assert f"{tei}: replaced; your edited version is kept in {tei}.2.bak" in result.stderr.splitlines()

    third = edit(tei, "third edit")
    result = run("convert", str(project / "seeds" / "blumkin-1929.txt"), "-o", str(tei), "--force")
    assert result.stderr == f"{tei}: replaced; your edited version is kept in {tei}.3.bak\n"

    backups = sorted(tei.parent.glob("*.bak"))
    assert [path.read_bytes() for path in backups] == [first, second, third]
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "*.bak" in ignored and all(path.match("*.bak") for path in backups)


# ---------------------------------------------------------------- item 8: stray temporary files

def test_the_next_build_removes_what_a_killed_build_left_and_nothing_else(tmp_path):
    project = letters(tmp_path, "alpha")
    assert run("build", "--project", str(project), "-j", "1").exit_code == 0
    stray = [project / "tei" / ".alpha.xml.k3x9q0ab.tmp", project / "site" / "alpha" / ".diplomatic.html.0zz_91mq.tmp",
             project / "site" / ".index.html.a1b2c3d4.tmp"]
    others = [project / "tei" / "notes.tmp", project / "site" / "alpha" / ".draft.txt.a1b2c3d4.tmp",
              project / "tei" / ".alpha.xml.tmp"]
    for path in stray + others:
        path.write_text("half a file", encoding="utf-8")
    live = project / "site" / "alpha" / ".reading.html.live0000.tmp"
    with live.open("w") as writing:  # another teikit, still writing: it holds the lock
        fcntl.flock(writing, fcntl.LOCK_EX)
        result = run("build", "--project", str(project), "-j", "1")
        assert live.exists()

    assert result.exit_code == 0
    assert not any(path.exists() for path in stray)
    assert all(path.read_text(encoding="utf-8") == "half a file" for path in others)


def test_a_build_killed_at_a_rename_leaves_nothing_after_the_next_build(tmp_path):
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    project = letters(tmp_path, "alpha")
    killed = subprocess.run([strace, "-f", "-o", os.devnull, "-e", "inject=rename,renameat,renameat2:signal=KILL:when=3",
                             sys.executable, "-m", "teikit", "build", "-j", "1"], cwd=project, capture_output=True, timeout=300)
    left = sorted(project.rglob("*.tmp"))
    if killed.returncode != -9 and not left:
        pytest.skip(f"strace could not kill the build here: {killed.stderr.decode(errors='replace')[-200:]}")
    assert left, "the kill at the third rename should leave a temporary file"

    assert teikit("build", "-j", "1", cwd=project).returncode == 0
    assert not list(project.rglob("*.tmp"))
    assert (project / "site" / "alpha" / "diplomatic.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


# ---------------------------------------------------------------- item 10: exit 0 only for good output

@pytest.mark.parametrize("namespace, where", [("", "in no namespace"),
                                              ("http://www.tei-c.org/ns/1.O", "in the namespace http://www.tei-c.org/ns/1.O")])
def test_render_refuses_tei_outside_the_tei_namespace(tmp_path, namespace, where):
    letters(tmp_path, "letter")
    tei = tmp_path / "letter.xml"
    assert run("convert", str(tmp_path / "seeds" / "letter.txt"), "-o", str(tei)).exit_code == 0
    tei.write_bytes(tei.read_bytes().replace(f'xmlns="{TEI}"'.encode(), f'xmlns="{namespace}"'.encode() if namespace else b""))

    result = run("render", str(tei), "-o", str(tmp_path / "site"))

    assert result.exit_code == 1
    line = one_line(result.stderr)
    assert line.startswith(f"teikit: {tei}:")
    assert line.endswith(f"the root element <TEI> is {where}, not a TEI element in {TEI}: there is nothing to "
                         "render (teikit validate says more)")
    assert not (tmp_path / "site" / "letter").exists()


REGISTER = """<standOff xmlns="http://www.tei-c.org/ns/1.0" xmlns:h="http://www.w3.org/1999/xhtml">
  <listPerson>
    <person xml:id="petrov">
      <persName type="standard">N. Petrov</persName>
      {extra}
    </person>
  </listPerson>
</standOff>
"""


@pytest.mark.parametrize("extra, message", [
    ("<h:script>alert(1)</h:script>", "<h:script> is not a TEI element"),
    ('<note>see <ref target="https://example.org/petrov">here</ref></note>', "<ref> is not an element of teikit's TEI"),
    ('<idno type="telephone">+7 495 000 00 00</idno>', '<idno> @type="telephone" is not valid'),
], ids=["script", "ref", "idno of an unknown type"])
def test_a_register_that_would_make_invalid_tei_stops_convert_and_nothing_is_written(tmp_path, extra, message):
    letters(tmp_path, "letter")
    register = tmp_path / "r.xml"
    register.write_text(REGISTER.format(extra=extra), encoding="utf-8")
    out = tmp_path / "letter.xml"

    result = run("convert", str(tmp_path / "seeds" / "letter.txt"), "--register", str(register), "-o", str(out))

    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(f"teikit: {register}:5: {message}")
    assert not out.exists()


def test_an_edition_header_that_would_make_invalid_tei_is_the_editors_error(tmp_path):
    project = letters(tmp_path, "letter")
    (project / "seeds" / "letter.edition.xml").write_text(
        f'<TEI xmlns="{TEI}">\n<teiHeader>\n<fileDesc>\n<titleStmt>\n<title>A letter</title>\n<frobnicate/>\n'
        "</titleStmt>\n</fileDesc>\n</teiHeader>\n</TEI>\n", encoding="utf-8")

    result = run("build", "--project", str(project), "-j", "1")

    assert result.exit_code == 2  # the editor's input error, as for convert
    assert "letter.edition.xml:6: <frobnicate> is not an element of teikit's TEI" in result.stderr
    assert not (project / "tei" / "letter.xml").exists()


# ---------------------------------------------------------------- item 11: DOCTYPE found by the parser

def billion_laughs(before: str = "") -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return (f'{before}\n<!DOCTYPE TEI [' + "".join(entities) + ']>\n'
            f'<TEI xmlns="{TEI}">&lol9;</TEI>\n')


XXE = f'{{before}}\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<TEI xmlns="{TEI}">&xxe;</TEI>\n'


@pytest.mark.parametrize("document, encoding", [
    (billion_laughs("<!-- an <a> before the DOCTYPE -->"), "utf-8"),
    (XXE.format(before="<!-- an <a> before the DOCTYPE -->"), "utf-8"),
    (billion_laughs('<?xml version="1.0" encoding="UTF-16"?>'), "utf-16"),
    (XXE.format(before='<?xml version="1.0" encoding="UTF-16"?>'), "utf-16"),
], ids=["bomb behind a comment", "XXE behind a comment", "bomb in UTF-16", "XXE in UTF-16"])
def test_a_doctype_is_refused_on_its_line_however_it_is_hidden(tmp_path, document, encoding):
    path = tmp_path / "hidden.xml"
    path.write_bytes(document.encode(encoding))
    for command in (("validate", str(path)), ("render", str(path), "-o", str(tmp_path / "site"))):
        result = run(*command)
        assert result.exit_code == 2
        assert one_line(result.stderr) == f"teikit: {path}:2: DOCTYPE declarations are not accepted (no DTDs, no entities)"


@pytest.mark.parametrize("number", ["No. 42/TSK/37", "No. 12/NKVD/38", "No. 7/Moscow/1937"])
def test_a_document_number_that_holds_a_name_or_a_year_converts_and_keeps_it_as_written(tmp_path, number):
    """A consulate's or a department's file number ("No. 42/TSK/37") becomes `idno`, which TEI lets hold
    text only: letters that look like an acronym, an institution or a year in it are not tagged, and the
    conversion does not fail as invalid."""
    text = tmp_path / "report.txt"
    text.write_text(f"CONSULATE REPORT\n\n{number}\n\nKiev, 3 May 1937\n\nThe consul travelled to Poltava "
                    "on 2 May and met officials of the NKVD.\n", encoding="utf-8")
    out = tmp_path / "report.xml"
    result = run("convert", str(text), "-o", str(out))
    assert result.exit_code == 0, result.output
    idno = etree.parse(str(out)).find(f".//{{{TEI}}}idno[@type='docNumber']")
    assert idno is not None and idno.text == number and len(idno) == 0
    assert run("validate", str(out)).exit_code == 0
