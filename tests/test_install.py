"""teikit as users install it (`pip install .` or a wheel): the schema, the stylesheets and their
assets travel inside the package, and the TEI it writes points at a schema that exists."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path
from urllib.parse import urljoin
from urllib.request import url2pathname

import pytest
from lxml import etree

from conftest import ROOT

#: What a checkout holds besides the source: environments, build output, caches, generated sites.
NOT_SOURCE = (".git", ".venv", "build", "dist", "site", "*.egg-info", "__pycache__", ".hypothesis",
              ".pytest_cache", "test-output")


def schema_targets(tei: Path) -> list[Path]:
    """The files a TEI file's `xml-model` processing instructions point at, as an editor resolves them."""
    tree = etree.parse(str(tei))
    pis = [pi for pi in reversed(list(tree.getroot().itersiblings(preceding=True)))
           if isinstance(pi, etree._ProcessingInstruction) and pi.target == "xml-model"]
    assert len(pis) == 2
    urls = [urljoin(tei.resolve().as_uri(), pi.get("href")) for pi in pis]
    assert all(url.startswith("file:///") for url in urls)
    return [Path(url2pathname(url.removeprefix("file://"))) for url in urls]


def teikit_command(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "teikit", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def project_with_schema(project: Path) -> Path:
    """A project folder laid out like teikit's own: seeds/, tei/ and schema/ side by side."""
    shutil.copytree(ROOT / "schema", project / "schema", ignore=shutil.ignore_patterns("__pycache__"))
    return project


def test_tei_printed_outside_a_project_names_the_installed_schema(tmp_path, seed_text):
    """Where standard output is saved is unknown, so the schema is named by an absolute URI."""
    result = teikit_command("convert", str(seed_text), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    saved = tmp_path / "letters" / "blumkin-1929.xml"
    saved.parent.mkdir()
    saved.write_text(result.stdout, encoding="utf-8")

    assert [target.name for target in schema_targets(saved)] == ["teikit.xsd", "teikit.sch"]
    assert all(target.is_file() for target in schema_targets(saved))


def test_tei_written_into_a_project_points_at_the_projects_own_schema(project_with_schema, seed_text):
    result = teikit_command("convert", str(seed_text), "-o", "tei/letter.xml", cwd=project_with_schema)
    assert result.returncode == 0, result.stderr

    written = (project_with_schema / "tei" / "letter.xml").read_text(encoding="utf-8")
    assert '<?xml-model href="../schema/teikit.xsd"' in written
    assert '<?xml-model href="../schema/teikit.sch"' in written


@pytest.mark.slow
def test_the_wheel_installed_outside_the_checkout_converts_validates_and_renders_the_seed(tmp_path, seed_text):
    """`pip install .` as a user runs it: build the wheel from a clean copy of the source, install it
    into a fresh virtualenv and use teikit from a folder that has nothing of the checkout in it."""
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
                    "--wheel-dir", str(tmp_path / "dist"), str(source)], check=True, capture_output=True)
    [wheel] = (tmp_path / "dist").glob("teikit-*.whl")

    packaged = set(zipfile.ZipFile(wheel).namelist())
    data = {f"teikit/{path.relative_to(ROOT).as_posix()}" for folder in ("schema", "xslt")
            for path in (ROOT / folder).iterdir() if path.is_file()}
    code = {f"teikit/{path.relative_to(ROOT / 'src' / 'teikit').as_posix()}"
            for path in (ROOT / "src" / "teikit").rglob("*.py")}
    assert data | code <= packaged

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    subprocess.run([str(environment / "bin" / "python"), "-m", "pip", "install", "--quiet",
                    "--disable-pip-version-check", str(wheel)], check=True, capture_output=True)

    work = tmp_path / "work"
    work.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "TEIKIT_HOME")}

    def teikit(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(environment / "bin" / "teikit"), *args], cwd=work, env=env,
                              capture_output=True, text=True)

    converted = teikit("convert", str(seed_text), "-o", "tei/blumkin-1929.xml")
    assert converted.returncode == 0, converted.stderr
    tei = work / "tei" / "blumkin-1929.xml"
    for target in schema_targets(tei):
        assert target.is_file() and target.is_relative_to(environment.resolve())

    validated = teikit("validate", "tei/blumkin-1929.xml")
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert validated.stderr == "tei/blumkin-1929.xml: valid\n"

    rendered = teikit("render", "tei/blumkin-1929.xml", "-o", "site")
    assert rendered.returncode == 0, rendered.stderr
    for page in ("reading.html", "diplomatic.html", "index.html", "register.json", "register.csv"):
        assert (work / "site" / "blumkin-1929" / page).stat().st_size > 0
    for asset in ("teikit.css", "teikit.js"):
        assert (work / "site" / "assets" / asset).read_bytes() == (ROOT / "xslt" / asset).read_bytes()
