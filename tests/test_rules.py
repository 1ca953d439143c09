"""Recognition rules as data: named rules that can be switched off, word lists in files, `--explain`."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest
from click.testing import CliRunner
from lxml import etree

from teikit.annotate.recognise.registry import RULES
from teikit.annotate.rules import Rules
from teikit.cli import cli
from teikit.errors import InputError
from teikit.pipeline import convert, convert_file

from conftest import TEI_NS

T = f"{{{TEI_NS['tei']}}}"
MEMO = """Note on the inspection

The Special Department sent Ivan Petrov to Kharkov.
Comrade Zudin read the report of the Economic Directorate.
"""


def names(tree) -> list[tuple[str, str]]:
    return [(etree.QName(el).localname, "".join(el.itertext()))
            for el in tree.find("tei:text", TEI_NS).iter(T + "persName", T + "placeName", T + "orgName")]


@pytest.fixture
def memo(tmp_path):
    path = tmp_path / "memo.txt"
    path.write_text(MEMO, encoding="utf-8")
    return path


def test_switching_a_rule_off_removes_what_it_found_and_nothing_else(memo):
    everything = names(convert_file(memo))
    assert ("orgName", "Special Department") in everything and ("persName", "Ivan Petrov") in everything

    without_orgs = names(convert_file(memo, rules=RULES.without(["org-word"])))

    assert not [n for n in without_orgs if n[0] == "orgName"]
    assert [n for n in without_orgs if n[0] != "orgName"] == [n for n in everything if n[0] != "orgName"]
    assert "org-word" in RULES  # the shared registry is untouched


def test_rules_run_by_priority_and_an_unknown_name_is_an_error():
    order = [rule.priority for rule in RULES]
    assert order == sorted(order, reverse=True)
    assert all(rule.why and not rule.why.startswith(" ") for rule in RULES)
    with pytest.raises(InputError, match="no rule named 'persons'"):
        RULES.without(["persons"])


def test_a_registry_finds_and_removes_rules_by_name_whatever_their_order():
    rules: Rules = Rules()
    rules.register("late", 10)(lambda phrase: None)
    rules.register("early", 90)(lambda phrase: None)
    rules.register("also-late", 10)(lambda phrase: None)
    assert rules.names() == ["early", "late", "also-late"]
    rules.deregister("late")
    assert rules.names() == ["early", "also-late"]


def test_explain_says_which_rule_tagged_each_name_and_where(memo, tmp_path):
    out = tmp_path / "memo.xml"
    result = CliRunner().invoke(cli, ["convert", str(memo), "-o", str(out), "--explain"])
    assert result.exit_code == 0, result.output
    explained = json.loads((tmp_path / "memo.explain.json").read_text(encoding="utf-8"))["mentions"]

    by_text = {m["text"]: m for m in explained}
    assert by_text["Ivan Petrov"]["type"] == "person" and by_text["Ivan Petrov"]["rule"] == "person"
    assert "first name Ivan" in by_text["Ivan Petrov"]["reason"]
    assert by_text["Special Department"]["rule"] == "org-word"
    assert "a title before it" in by_text["Zudin"]["reason"]
    lines = memo.read_text(encoding="utf-8").splitlines()
    for m in explained:
        line = lines[m["line"] - 1]
        assert line[m["column"] - 1:].startswith(m["text"]), m
        assert m["cert"] in {"high", "medium", "low"} and m["ref"].startswith("#")
    assert len(explained) == len(names(etree.parse(str(out))))


def test_explain_to_a_file_of_ones_choice_and_never_without_somewhere_to_write(memo, tmp_path):
    sidecar = tmp_path / "why.json"
    result = CliRunner().invoke(cli, ["convert", str(memo), "--explain-to", str(sidecar)])
    assert result.exit_code == 0 and sidecar.exists()
    assert json.loads(sidecar.read_text(encoding="utf-8"))["source"] == str(memo)

    result = CliRunner().invoke(cli, ["convert", str(memo), "--explain"])
    assert result.exit_code == 2 and "--explain" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.txt", "why.json"]


def test_with_a_register_each_name_is_explained_by_its_entry(tmp_path):
    text = tmp_path / "memo.txt"
    text.write_text("Memo\n\nKharkov wrote.\n", encoding="utf-8")
    (tmp_path / "memo.register.xml").write_text(
        '<listPlace xmlns="http://www.tei-c.org/ns/1.0"><place xml:id="kharkiv">'
        '<placeName type="standard">Kharkov</placeName></place></listPlace>', encoding="utf-8")
    [mention] = convert(text, explain=True).explanation()
    assert (mention["rule"], mention["line"], mention["column"]) == ("register", 3, 1)
    assert "kharkiv" in mention["reason"]


def test_every_word_list_is_a_data_file_that_says_what_it_is_and_where_it_came_from():
    lexicon = files("teikit").joinpath("data", "lexicon")
    kinds = [f for f in lexicon.iterdir() if f.name.endswith(".txt")]
    assert len(kinds) >= 15
    for kind in kinds:
        lines = kind.read_text(encoding="utf-8").splitlines()
        header = " ".join(line for line in lines if line.startswith("#"))
        entries = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
        assert lines[0].startswith("# ") and "Source:" in header, kind.name
        assert entries and len(entries) == len(set(entries)), kind.name
