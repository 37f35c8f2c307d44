"""A missile or shell launched at a place is an attack: «أطلق الحوثيون صاروخا باليستيا على نجران» had no event
(the singular صاروخ / قذيفة were no weak nouns of ASSAULT, only the plurals were); a rocket that carries a
satellite is no attack. The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from events_helpers import extract


def _types(text: str) -> list[str]:
    return [e.type for e in extract(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "أطلق الحوثيون صاروخا باليستيا على نجران.",
        "وأطلقت الميليشيات قذيفة على حي سكني في المدينة.",
        "أطلق المسلحون صاروخين باتجاه القاعدة العسكرية.",
    ],
)
def test_a_launched_missile_or_shell_is_an_assault(text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت الصين صاروخا يحمل قمرا صناعيا جديدا.",
        "وأطلقت الهند صاروخا إلى الفضاء لوضع قمر في مداره.",
    ],
)
def test_a_rocket_into_space_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in _types(text)
