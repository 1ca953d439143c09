"""Places and institutions on unseen text (issue 15, seventh round): collegial bodies named by their
word alone, …

Each test is a short text of our own in the manner of the genre, converted as a new user would.
"""

from __future__ import annotations


def test_a_collegial_body_named_by_its_word_alone_is_an_organisation(tagged):
    found = tagged("By resolution of the Collegium of the OGPU of 3 May 1931 he was sentenced to five "
                   "years; the Presidium later reduced the term.")
    assert ("org", "Collegium") in found and ("org", "Presidium") in found
