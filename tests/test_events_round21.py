"""Round 21: two mistypes the lead found, and English crime and court triggers.

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from events_helpers import extract


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(e.trigger.text if e.trigger else "", e.type, e.polarity) for e in extract(text).events]


# ---- a. اعترض: an interception of a missile or drone is no objection
@pytest.mark.parametrize(
    "text",
    [
        "اعترضت الدفاعات الجوية صاروخا أطلقه الحوثيون.",
        "وقال الجيش إنه اعترض طائرتين مسيرتين فوق البحر.",
        "واعترضت منظومة القبة الحديدية عددا من القذائف.",
    ],
)
def test_an_intercepted_missile_or_drone_is_no_rejection(text: str) -> None:
    assert "REJECT" not in [t for _, t, _ in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "اعترضت الحكومة على القرار.",
        "واعترضت الصين على البيان الذي أصدره المجلس.",
        "اعترض النواب على الطائرات الجديدة.",
    ],
)
def test_an_objection_stays_a_rejection(text: str) -> None:
    assert "REJECT" in [t for _, t, _ in _events(text)]


def test_english_intercepted_missile_gives_no_rejection() -> None:
    assert "REJECT" not in [t for _, t, _ in _events("Air defences intercepted a missile over the city.")]


# ---- b. "no agreement was signed": one action, one event
@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("No agreement was signed.", "negative"),
        ("The agreement was signed on Monday in Cairo.", "positive"),
        ("A new trade deal has been signed by the two countries.", "positive"),
    ],
)
def test_a_signed_agreement_is_one_agree_event(text: str, polarity: str) -> None:
    evs = _events(text)
    assert [(t, p) for _, t, p in evs] == [("AGREE", polarity)]
    assert "signed" in evs[0][0]


def test_arabic_unsigned_agreement_is_one_event() -> None:
    assert [(t, p) for _, t, p in _events("لم يوقع أي اتفاق.")] == [("AGREE", "negative")]


def test_a_signing_outside_the_clause_is_not_merged() -> None:
    # the relative clause behind a comma is its own clause: the treaty and its signing stay two
    assert len(_events("The treaty, which was signed in 1990, expired last year.")) == 2


def test_the_agent_of_a_merged_passive_signing_is_the_by_phrase() -> None:
    doc = extract(
        "The accord was signed last week by the Boons and the provincial government.",
        names=[("Boons", "ORG")],
    )
    (ev,) = doc.events
    assert ev.type == "AGREE" and ev.actor == "e1"


# ---- English detection: police and court news (each cause seen in two or more factuality sets)
def _types(text: str) -> list[str]:
    return [t for _, t, _ in _events(text)]


def test_captured_by_police_is_an_arrest() -> None:
    assert "COERCE" in _types("The escaped inmate was captured by state troopers on Friday.")


def test_cameras_that_captured_a_scene_make_no_arrest() -> None:
    evs = _events("Surveillance cameras captured the robbery at the store.")
    assert not any("captured" in trig for trig, _, _ in evs)  # (round 28) the robbery itself is COERCE


def test_a_war_is_fighting_but_a_trade_war_is_not() -> None:
    assert "ASSAULT" in _types("Thousands of families fled the country during the civil war.")
    assert "ASSAULT" not in _types("Markets fell on fears of a trade war between the two economies.")


def test_a_condition_closes_the_window_of_a_light_verb() -> None:
    evs = _events("Jordan will not accept any more refugees if war breaks out.")
    assert not any("accept" in trig and "war" in trig for trig, _, _ in evs)


@pytest.mark.parametrize(
    "text",
    ["The deputy fired three shots at the car.", "The clerk asked the robber why he had fired the weapon."],
)
def test_fired_shots_or_a_weapon_is_an_assault(text: str) -> None:
    assert "ASSAULT" in _types(text)


def test_fired_employees_are_no_assault() -> None:
    assert "ASSAULT" not in _types("The company fired five employees last week.")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A man accused of knifing his neighbour was arrested.", "knifing"),
        ("The woman is accused of drowning her husband in a lake.", "drowning"),
        ("A father was charged with hitting his son.", "hitting"),
        ("The coach is accused of sexually abusing two players.", "abusing"),
    ],
)
def test_an_accused_act_of_violence_is_an_alleged_assault(text: str, trigger: str) -> None:
    ev = next(e for e in extract(text).events if e.trigger and trigger in e.trigger.text)
    assert (ev.type, ev.modality) == ("ASSAULT", "alleged")


def test_not_harmed_is_a_negated_assault() -> None:
    ev = next(e for e in extract("The driver was not harmed in the robbery.").events if e.type == "ASSAULT")
    assert ev.polarity == "negative"


def test_a_gun_pointed_or_pulled_in_an_accusation_is_a_threat() -> None:
    assert "THREATEN" in _types("He was accused of pointing a gun at a motorist.")
    assert "THREATEN" in _types("A man charged with pulling a knife on a clerk appeared in court.")


def test_a_gun_pointing_seen_by_a_witness_is_left_alone() -> None:
    # the perception verb governs its factuality, which the rules do not read: no event rather than a fact
    assert "THREATEN" not in _types("Police say an officer saw the man pointing a gun at cars.")


@pytest.mark.parametrize(
    "text",
    [
        "Several rebel groups objected to the plan.",
        "Most residents of the area object.",
        "Residents object to the road.",
    ],
)
def test_objecting_is_a_rejection(text: str) -> None:
    assert "REJECT" in _types(text)


@pytest.mark.parametrize(
    "text", ["An unidentified flying object was seen.", "The object was found in the car."]
)
def test_an_object_is_no_rejection(text: str) -> None:
    assert "REJECT" not in _types(text)


def test_a_knife_pulled_while_threatening_is_one_threat() -> None:
    assert _types("Inside the shop, he pulled a knife, threatening the clerk.") == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "The storm is hitting the coast hard this week.",
        "Prices are hitting record highs.",
        "He was drowning in debt.",
        "The tariffs harmed the economy, the minister said.",
        "The team captured the title on Sunday.",
        "The company hopes to capture a larger market share.",
        "The government declared a war on drugs.",
        "The war crimes tribunal met in The Hague.",
        "The army launched a new weapon on Monday.",
        "The team opened the weapon cabinet.",
    ],
)
def test_senses_of_the_new_words_that_are_no_violence(text: str) -> None:
    assert not set(_types(text)) & {"ASSAULT", "COERCE"}


def test_a_person_hit_or_captured_is_still_an_event() -> None:
    assert "ASSAULT" in _types("He was hitting his wife when police arrived.")
    assert "COERCE" in _types("Police captured the suspect on Friday.")
    assert "COERCE" in _types("The fugitive was captured by state troopers.")


def test_phrases_starting_with_the_new_words_are_kept() -> None:
    assert "COOPERATE" in _types("French and Egyptian warships launched 10 days of war games at sea.")
    assert "ASSAULT" in _types("Shots fired from the car struck the man in the back.")
