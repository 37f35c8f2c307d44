"""Round 31: English events (branch en31).

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from events_helpers import en_events


# ---- 1. a claim's scope: "claims that" and an adverbial clause between "that" and the main clause
@pytest.mark.parametrize(
    "text",
    [
        "The farmer claims that soldiers beat him at the checkpoint.",
        "The farmer claims that when he reached the checkpoint, soldiers beat him.",
        "The suit alleges that after the man was handcuffed, officers beat him.",
        "She claimed that while she was waiting outside, the guards arrested her brother.",
    ],
)
def test_a_claimed_event_is_alleged_across_an_adverbial_clause(text: str) -> None:
    main = [e for e in en_events(text) if e[0] in ("beat", "arrested")]
    assert main and main[0][2:] == ("positive", "alleged")


@pytest.mark.parametrize(
    "text",
    [
        "The farmer said that when he reached the checkpoint, soldiers beat him.",  # a plain report
        "The claims that when he reached the checkpoint, soldiers beat him were read out.",  # the noun
    ],
)
def test_no_claim_no_allegation_across_the_clause(text: str) -> None:
    main = [e for e in en_events(text) if e[0] == "beat"]
    assert main and main[0][3] != "alleged"


def test_a_claim_of_ones_own_act_is_not_alleged() -> None:
    ev = [e for e in en_events("The group claimed that it attacked the convoy.") if e[1] == "ASSAULT"]
    assert ev and ev[0][3] != "alleged"


# ---- 2. "came under fire": armed fire ASSAULT, criticism ACCUSE
@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("The convoy came under heavy mortar fire near the bridge.", "ASSAULT"),
        ("The base came under heavy machine-gun fire overnight.", "ASSAULT"),
        ("The patrol came under intense fire from militants in the hills.", "ASSAULT"),
        ("The governor's budget came under fire in the debate on Tuesday.", "ACCUSE"),
        ("The minister has come under heavy fire from critics over the plan.", "ACCUSE"),
    ],
)
def test_came_under_fire(text: str, typ: str) -> None:
    assert ("fire", typ, "positive", "asserted") in en_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters brought the fire under control by noon.",
        "The patrol came under friendly fire near the bridge.",  # neither armed by a modifier nor bare
    ],
)
def test_fire_outside_the_frame_is_no_event(text: str) -> None:
    assert not [e for e in en_events(text) if e[0] == "fire"]


# ---- 3. a sentencing; "all that is left / what remains / the next step is" + event noun: planned
def test_a_sentencing_is_coerce() -> None:
    assert ("sentencing", "COERCE", "positive", "asserted") in en_events(
        "The judge spoke to the family after the sentencing on Friday."
    )


@pytest.mark.parametrize(
    "text",
    [
        "All that's left is the sentencing of the two brothers.",
        "What remains is the formal sentencing of the driver.",
        "The next step is the sentencing of the former mayor.",
    ],
)
def test_what_is_left_is_planned(text: str) -> None:
    assert ("sentencing", "COERCE", "positive", "planned") in en_events(text)


def test_a_sentencing_as_the_subject_stays_asserted() -> None:
    assert ("sentencing", "COERCE", "positive", "asserted") in en_events(
        "The sentencing was the last step of a long trial."
    )


# ---- 4. munitions dropped, laid or planted: ASSAULT at the verb
@pytest.mark.parametrize(
    ("text", "trigger_start"),
    [
        ("Government helicopters dropped barrel bombs on the town.", "dropped"),
        ("Retreating troops laid mines along the coast road.", "laid"),
        ("The landmines were laid by rebel fighters in 2001.", "laid"),
        ("Two men planted a bomb outside the bank.", "planted"),
    ],
)
def test_munitions_placed_are_assault(text: str, trigger_start: str) -> None:
    assert [e for e in en_events(text) if e[0].startswith(trigger_start) and e[1] == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor dropped the case against the driver.",
        "Planes dropped leaflets over the city.",
        "The workers laid new pipes along the road.",
    ],
)
def test_placing_other_things_is_no_assault(text: str) -> None:
    assert not [e for e in en_events(text) if e[1] == "ASSAULT"]


def test_a_where_clause_is_outside_a_request() -> None:
    # the request governs the handing over, not the bombing the maps show
    ev = en_events(
        "The agency urged the army to hand over maps showing where its jets dropped cluster bombs."
    )
    assert [e for e in ev if e[0].startswith("dropped") and e[2:] == ("positive", "asserted")]


# ---- 5. kidnapping / abduction named by the noun: ASSAULT (CAMEO 181); the verb stays COERCE (the GSR's label)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He faces a charge of aggravated kidnapping in the county court.", "kidnapping"),
        ("Police are investigating the abduction of a local trader.", "abduction"),
        ("A wave of kidnappings has hit the northern province.", "kidnappings"),
    ],
)
def test_kidnapping_nouns_are_assault(text: str, trigger: str) -> None:
    assert [e for e in en_events(text) if e[0] == trigger and e[1] == "ASSAULT"]


def test_the_kidnap_verb_keeps_its_type() -> None:
    assert [
        e
        for e in en_events("Gunmen kidnapped two engineers on Monday.")
        if e[0] == "kidnapped" and e[1] == "COERCE"
    ]
