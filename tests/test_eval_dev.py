"""benchmarks/eval_dev.py --each-rule: what switching each rule off alone costs on several sets at
once, and in how many texts it changes anything, as the Markdown table of docs/entities.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

BRACKETS = SHARED / "eval" / "brackets.py"


def gold_set(tmp_path: Path, name: str, annotated: str) -> Path:
    """A set of one gold folder, made by ../shared/eval/brackets.py from an annotated text."""
    source = tmp_path / f"{name}.txt"
    source.write_text(annotated, encoding="utf-8")
    subprocess.run([sys.executable, str(BRACKETS), str(source), str(tmp_path / name / "text")],
                   check=True, capture_output=True)
    return tmp_path / name


def eval_dev(*args: object) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval_dev.py"), "--eval", str(SHARED / "eval"),
                           *map(str, args)], check=True, capture_output=True, text=True)
    return done.stdout


def row(table: str, rule: str) -> list[str]:
    line = next(line for line in table.splitlines() if line.startswith(f"| `{rule}` |"))
    return [cell.strip() for cell in line.strip("|").split("|")]


@pytest.mark.slow
def test_each_rule_prints_per_set_what_switching_a_rule_off_costs_and_where(tmp_path):
    if not BRACKETS.exists():
        pytest.skip("../shared/eval/brackets.py is not beside the project")
    memo = gold_set(tmp_path, "memo", "Report on the felling\n\nThe [[Forestry Directorate|o]] sent "
                                      "[[Anton Velichko|p]] to [[Tomsk|l]] with the plans.\n")
    walk = gold_set(tmp_path, "walk", "Later [[Velichko|p]] walked home alone.\n")
    without = eval_dev("--texts", memo, "--without", "org-word")
    assert [line.split()[-1] for line in without.splitlines() if line.startswith("org ")] == ["0.000"]

    table = eval_dev("--each-rule", "--markdown", "--texts", memo, "--texts", walk)

    assert "| rule | priority | memo Δ person | memo Δ place | memo Δ org | memo texts | walk Δ person |" in table
    # the organisation is lost in the memo's one text, the other set has none to lose
    assert row(table, "org-word") == ["`org-word`", "70", "+0.000", "+0.000", "+1.000", "1",
                                      "+0.000", "+0.000", "+0.000", "0"]
    assert row(table, "ship")[2:] == ["+0.000", "+0.000", "+0.000", "0"] * 2
    adds_nothing, one_text = table.split("Rules whose Δ is ≤ 0")[1].split("Rules that change one text only")
    assert "- `ship` (103): A name after a word for a ship" in adds_nothing and "Changes: no text." in adds_nothing
    assert "- `org-word` (70): A phrase holding an organisation word" in one_text
    assert "Changes: memo/text." in one_text and "`org-word`" not in adds_nothing
