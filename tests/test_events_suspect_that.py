"""English 'suspect that' governs its clause as an allegation (issue 6 names "suspect" among the alleged cues):
"Authorities suspect that militants attacked the police station" was asserted because the that-clause cut
the cue off; without "that" it was already alleged. A noun 'suspect' before a relative 'that' is no cue.
The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from events_helpers import factuality_at


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Authorities suspect that militants attacked the police station.", "attacked"),
        ("Investigators suspected that the rebels shelled the village overnight.", "shelled"),
        ("It is suspected that gunmen kidnapped the two engineers.", "kidnapped"),
        ("Police suspect militants attacked the station.", "attacked"),
    ],
)
def test_suspect_that_makes_the_event_alleged(text: str, trigger: str) -> None:
    assert factuality_at(text, trigger) == ("positive", "alleged")


def test_a_suspect_noun_before_a_relative_that_is_no_cue() -> None:
    assert (
        factuality_at("The suspect that police arrested had attacked two guards.", "arrested")[1]
        == "asserted"
    )
