"""Round 30: English event detection (branch en30).

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from events_helpers import en_events


# ---- 1. violence named by its noun: brutality, domestic abuse (ASSAULT)
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("The former aide was accused of domestic abuse by two women.", "domestic abuse", "alleged"),
        ("Witnesses described brutality by the guards at the border camp.", "brutality", "asserted"),
    ],
)
def test_violence_named_by_its_noun_is_assault(text: str, trigger: str, modality: str) -> None:
    assert (trigger, "ASSAULT", "positive", modality) in en_events(text)


def test_abuse_alone_is_no_trigger() -> None:
    assert not [
        e
        for e in en_events("The senator spoke about the abuse of power in the council.")
        if e[1] == "ASSAULT"
    ]


# ---- 2. a denial of an accusation: its content stays alleged, not negated
@pytest.mark.parametrize(
    "text",
    [
        "The city's police deny accusations of brutality against the marchers.",
        "The army rejected allegations of shelling the village.",
    ],
)
def test_the_content_of_a_denied_accusation_is_alleged(text: str) -> None:
    assault = [e for e in en_events(text) if e[1] == "ASSAULT"]
    assert assault and all(e[2:] == ("positive", "alleged") for e in assault)


def test_a_denied_act_is_still_negated() -> None:
    assault = [e for e in en_events("The ministry denied torturing prisoners.") if e[1] == "ASSAULT"]
    assert assault and assault[0][2] == "negative"


# ---- 3. "work with" a public body or official: COOPERATE
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The district is ready to work with state agencies to house the families.", "planned"),
        ("We worked closely with the mayor and the county council on the plan.", "asserted"),
        ("The charity will work hand in hand with the federal government.", "planned"),
    ],
)
def test_work_with_a_public_body_is_cooperation(text: str, modality: str) -> None:
    assert any(
        e[0].lower().startswith("work") and e[1:] == ("COOPERATE", "positive", modality)
        for e in en_events(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "He works with a tax attorney on his returns.",
        "We work with farmers across the valley.",
        "Her work with the government was praised by colleagues.",
    ],
)
def test_work_with_a_private_person_or_the_noun_is_no_event(text: str) -> None:
    assert "COOPERATE" not in [e[1] for e in en_events(text)]
