"""Kinds of text the fifteenth round of issue 15 read (set Q): a camp's report listing internees by
dashes, reports of annexed Polish lands and of Kuban stanitsas, a Baltic and a German roll whose
names come with their other spellings in brackets, an archivist's interview, a project's report.

Each test is a short text of our own in the manner of the genre; what the user sees is the TEI's
markup.
"""

from __future__ import annotations

from conftest import converted, names


def test_milestones_and_interjections_are_no_names(tmp_path):
    """A project numbers its milestones "M1", "M2"; a speaker says "Okay": neither is an institution
    or a person."""
    root = converted(tmp_path, (
        "Okay, let us begin.\n\n"
        "M1 Transcription guidelines, April 2022 — achieved.\n"
        "M2 Beta release, March 2023 — on schedule.\n"
    ))
    assert names(root, "orgName") == []
    assert names(root, "persName") == []
