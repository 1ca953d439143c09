"""Fixtures shared by the whole suite: paths of the project, the seed, and converted editions."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest
from lxml import etree

from teikit.pipeline import convert_file

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TEI_NS = {"tei": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_text() -> Path:
    return ROOT / "seeds" / "blumkin-1929.txt"


@pytest.fixture(scope="session")
def seed_tree(seed_text) -> etree._ElementTree:
    """The seed converted afresh (not the committed file), as `teikit convert` makes it."""
    return convert_file(seed_text)


@pytest.fixture(scope="session")
def tei_all():
    """The TEI P5 tei_all RelaxNG teikit ships (built once per session: it takes seconds)."""
    from teikit.validate import tei_all as shipped

    return shipped()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's seeds/, tei/ and teikit.toml to build in, so tests never touch the real tree."""
    for folder in ("seeds", "tei"):
        if (ROOT / folder).exists():
            shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy2(ROOT / "teikit.toml", tmp_path / "teikit.toml")
    return tmp_path


@pytest.fixture(scope="session")
def scorer():
    """`score(gold_dir, tei_path)` from ../shared/eval/score.py, the scorer the dev set is measured with."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("the evaluation scorer ../shared/eval/score.py is not beside the project")
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


@pytest.fixture(scope="session")
def jing() -> list[str]:
    """The command that validates a file as CMIF (`[*jing, FILE]`): Debian's jing with ../shared's
    schema. Without ../shared (a clone has none) it is skipped; without jing too, except in CI
    (CI=true), where scripts/test installs it."""
    command, schema = shutil.which("jing"), SHARED / "cmif" / "cmi-customization.rng"
    if not schema.exists():
        pytest.skip("../shared/cmif/cmi-customization.rng is not beside the project")
    if command:
        return [command, str(schema)]
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail("jing is missing: scripts/test installs Debian's jing")
    pytest.skip("jing (Debian package) is not installed")


NAME_KINDS = {"persName": "person", "placeName": "place", "orgName": "org"}


@pytest.fixture
def tagged(tmp_path, request):
    """Convert a text of the test's own with no edition data, under a heading (the test module's
    `HEADING`, else "Special report"), as a new user would; its names as (kind, words) in text order."""
    heading = getattr(request.module, "HEADING", "Special report")

    def convert(body: str) -> list[tuple[str, str]]:
        path = tmp_path / "report.txt"
        path.write_text(f"{heading}\n\n{body}\n", encoding="utf-8")
        text = convert_file(path).find("tei:text", TEI_NS)
        tags = [f"{{{TEI_NS['tei']}}}{tag}" for tag in NAME_KINDS]
        return [(NAME_KINDS[etree.QName(el).localname], "".join(el.itertext())) for el in text.iter(*tags)]
    return convert


def of_kind(found: list[tuple[str, str]], kind: str) -> list[str]:
    """The words of the names `tagged` found that are of one kind ("person", "place", "org")."""
    return [words for name_kind, words in found if name_kind == kind]


def persons(found: list[tuple[str, str]]) -> list[str]:
    return of_kind(found, "person")


def places(found: list[tuple[str, str]]) -> list[str]:
    return of_kind(found, "place")


def converted(tmp_path: Path, text: str) -> etree._Element:
    """The TEI root a user gets for `text` saved as a plain-text file and converted with no register."""
    source = tmp_path / "document.txt"
    source.write_text(text, encoding="utf-8")
    return convert_file(source).getroot()


def names(root: etree._Element, tag: str) -> list[str]:
    """The words of every element `tag` (persName, placeName, orgName, date) in the text, in order."""
    return [" ".join("".join(el.itertext()).split()) for el in root.iterfind(f".//tei:text//tei:{tag}", TEI_NS)]


def date_values(root: etree._Element) -> dict[str, str]:
    """Each date of the text by its words: its @when, or its range as "from/to" (or notBefore/notAfter)."""
    return {" ".join("".join(el.itertext()).split()):
            el.get("when") or f"{el.get('from') or el.get('notBefore')}/{el.get('to') or el.get('notAfter')}"
            for el in root.iterfind(".//tei:text//tei:date", TEI_NS)}
