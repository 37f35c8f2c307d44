"""Speed round 60: detection round 58's second reading (``Extractor._hidden_by_cleared``) is skipped when none of
the first reading's events can be hidden in a hit a sense rule cleared (``hidden_tellings.may_hide``).

Every sentence here is written for the test, not taken from a gold set or an audit file. A telling merged into a
cleared hit must still be removed: in a later sentence (same type), in the hit's own sentence, with an injury. An
article whose cleared hit can hide nothing is not read again, and its output is the one the second reading gives.
"""

from __future__ import annotations

import pytest

import khabar.events.extract as extract_module
from khabar.document import Document
from khabar.events.extract import Extractor

HIDDEN = [
    # a later noun telling of a removed manner cooperation
    (
        "نظم النادي الأدبي أمسية شعرية بالتعاون مع جامعة الطائف. وأشاد رئيس النادي بالتعاون الذي لقيه من الجامعة.",
        "التعاون",
    ),
    (
        "أقيمت الندوة بالتعاون مع غرفة الرياض. وتحدث الأمين عن آفاق التعاون بين الغرفة والجامعة في الأعوام المقبلة.",
        "التعاون",
    ),
    # a later telling of a removed sports injury
    (
        "يعاني الحارس من إصابة في الرباط الصليبي منذ الموسم الماضي. وأوضح الطبيب أن الإصابة تتطلب راحة طويلة.",
        "الإصابة",
    ),
    # in the removed price level's own sentence
    ("وجد السهم مستوى دعم قرب 40 ريالا، غير أن المتعاملين يخشون كسر دعم رئيسي بعده.", "دعم"),
]


def _triggers(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, language="ar")
    Extractor()(doc)
    return [(e.type, e.trigger.text) for e in doc.events if e.trigger is not None]


@pytest.mark.parametrize(("text", "word"), HIDDEN)
def test_telling_hidden_in_a_cleared_hit_stays_removed(text: str, word: str) -> None:
    assert not any(word in w for _, w in _triggers(text)), _triggers(text)


@pytest.mark.parametrize(("text", "word"), HIDDEN)
def test_these_cases_need_the_second_reading(
    text: str, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a skip that always fired would bring the hidden telling back: the test above would fail
    monkeypatch.setattr(extract_module, "may_hide", lambda *a: False)
    assert any(word in w for _, w in _triggers(text)), _triggers(text)


def test_no_second_reading_when_nothing_can_be_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    # a removed manner cooperation, and an attack of another type in the next sentence
    text = "أقيمت الندوة بالتعاون مع غرفة الرياض. وقصفت الطائرات مواقع المسلحين في المدينة."
    reread: list[bool] = []
    real = extract_module.hidden_tellings
    monkeypatch.setattr(extract_module, "hidden_tellings", lambda *a: reread.append(True) or real(*a))
    skipped = _triggers(text)
    assert not reread
    assert ("ASSAULT", "وقصفت") in skipped
    # read again all the same: the same output
    monkeypatch.setattr(extract_module, "may_hide", lambda *a: True)
    assert _triggers(text) == skipped
    assert reread
