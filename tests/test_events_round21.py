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
