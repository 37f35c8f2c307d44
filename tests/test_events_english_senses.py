"""English trigger words in a sense that is no PLOVER event."""

from __future__ import annotations

import pytest

from tests.events_helpers import extract


@pytest.mark.parametrize(
    "text",
    [
        "The company will prepare for the demonstration phase expected to begin in 2018.",
        "The firm gave a demonstration of its new drone to investors.",
        "The demonstration project will test wave energy off the coast.",
    ],
)
def test_a_showcase_is_no_protest(text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined a demonstration against the government in Cairo.",
        "Thousands held a demonstration of solidarity with Gaza.",
    ],
)
def test_a_street_demonstration_is_a_protest(text: str) -> None:
    assert [e for e in extract(text).events if e.type == "PROTEST"]
