"""teikit as users install it (`pip install .` or a wheel): the schema, the stylesheets and their
assets travel inside the package, and the TEI it writes points at a schema that exists."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin
from urllib.request import url2pathname

import pytest
from lxml import etree

from conftest import ROOT

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
