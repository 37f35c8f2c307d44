"""Round 27: English event detection (branch en27).

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from events_helpers import en_events


def _types(text: str) -> list[str]:
    return [t for _, t, _, _ in en_events(text)]


# ---- 1. a Title Case headline: its capitalised verbs and nouns are no names
@pytest.mark.parametrize(
    ("text", "typ", "trigger"),
    [
        ("Three Suspected Smugglers Detained in Texas.", "COERCE", "Detained"),
        ("UN Envoy Condemns Market Attack in Kabul.", "ACCUSE", "Condemns"),
        ("City Police Find Weapons in Raids.", "COERCE", "Raids"),
    ],
)
def test_a_title_case_headline_keeps_its_triggers(text: str, typ: str, trigger: str) -> None:
    assert (trigger, typ) in [(tr, t) for tr, t, _, _ in en_events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The report was written by Amnesty International staff in London last year.",
        "He met the Defense Secretary at the airport on Monday.",
    ],
)
def test_a_capitalised_word_inside_a_name_stays_no_trigger_in_running_text(text: str) -> None:
    assert not {"CONCEDE", "ASSAULT"} & set(_types(text))


# ---- 2. plurals and nominalisations of lexicon events
@pytest.mark.parametrize(
    ("text", "typ", "trigger"),
    [
        (
            "The prosecutor could soon proceed with indictments against the two officials.",
            "COERCE",  # (round 28) a formal charge is COERCE (conv27)
            "indictments",
        ),
        ("Customs officers reported record seizures of cocaine at the port.", "COERCE", "seizures"),
        ("The two countries reached agreements on trade and fishing.", "AGREE", "agreements"),
        ("The minority has faced years of persecution by the authorities.", "COERCE", "persecution"),
        ("The minister accused the neighbour of using coercion against fishermen.", "COERCE", "coercion"),
    ],
)
def test_plurals_and_nominalisations_are_events(text: str, typ: str, trigger: str) -> None:
    assert any(t == typ and trigger in tr for tr, t, _, _ in en_events(text))


def test_coercion_after_accused_of_is_alleged() -> None:
    ev = [
        e
        for e in en_events("The minister accused the neighbour of using coercion against fishermen.")
        if e[1] == "COERCE"
    ]
    assert ev and ev[0][3] == "alleged"


# ---- 3. verbs that are events in a frame
@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("The mayor will encourage residents and shop owners to recycle more.", "REQUEST"),
        ("The campaign aims to push both governments to reopen the crossing.", "REQUEST"),
        ("Foreign advisers have been training the local police in the north.", "AID"),
        ("The federal program is currently funding three new clinics.", "AID"),
    ],
)
def test_a_frame_makes_the_verb_an_event(text: str, typ: str) -> None:
    assert typ in _types(text)


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("The gardens were planted to encourage bees and butterflies to visit.", "REQUEST"),
        ("Strong demand pushed the price to record highs.", "REQUEST"),
        ("We were encouraged by the early results.", "REQUEST"),
        ("She trained as a nurse in Dublin.", "AID"),
        ("The funding for the project was cut last year.", "AID"),
    ],
)
def test_without_the_frame_the_verb_is_no_event(text: str, typ: str) -> None:
    assert typ not in _types(text)


# ---- 4. "and" with an adverb before a coordinated verb keeps the modal's scope
def test_a_modal_governs_a_verb_after_and_an_adverb() -> None:
    ev = [
        e
        for e in en_events(
            "The council is going to review the plan and strongly encourage its members to vote."
        )
        if e[1] == "REQUEST"
    ]
    assert ev and ev[0][3] == "planned"


def test_a_verb_after_and_an_adverb_without_modal_stays_asserted() -> None:
    ev = [e for e in en_events("Police stopped the car and then arrested the driver.") if e[1] == "COERCE"]
    assert ev and ev[-1][3] == "asserted"


# ---- 1b. "Alleged" in a Title Case headline is the subject's adjective: the arrest is told as fact
def test_alleged_in_a_title_case_headline_does_not_hedge_the_verb() -> None:
    ev = [e for e in en_events("Eight Alleged Smugglers Detained in Texas.") if e[1] == "COERCE"]
    assert ev and ev[0][3] == "asserted"


def test_alleged_in_running_text_still_hedges() -> None:
    ev = [e for e in en_events("Police said the alleged gunman shot two men.") if e[1] == "ASSAULT"]
    assert ev and ev[0][3] == "alleged"
