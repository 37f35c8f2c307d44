"""A negated verb of outcome denies the event it would have produced: «لم تسفر المحادثات عن اتفاق», "the
talks did not produce an agreement" must never come out as an agreement (issue 6: "no agreement was
signed" is never an agreement). Before this rule the safeguard only left the agreement open (positive,
possible). The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from events_helpers import factuality_at


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("قال وزير الخارجية إن المحادثات لم تسفر عن اتفاق.", "اتفاق"),
        ("ولم تثمر جولة المفاوضات الأخيرة عن أي اتفاق بين الجانبين.", "اتفاق"),
        ("وأكد المبعوث أن الوساطة لن تفضي إلى هدنة قريبا.", "هدنة"),
        ("لم تتمخض القمة عن اتفاق واضح حول الحدود.", "اتفاق"),
        ("The talks did not produce an agreement.", "agreement"),
        ("Two days of meetings never led to a ceasefire.", "ceasefire"),
    ],
)
def test_negated_outcome_negates_the_event(text: str, trigger: str) -> None:
    assert factuality_at(text, trigger)[0] == "negative"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the outcome happened
        ("أسفرت المحادثات عن اتفاق لوقف إطلاق النار.", "اتفاق", "positive"),
        ("The talks produced an agreement on prisoners.", "agreement", "positive"),
        # the preposition belongs to another word: «الناجمة عن التظاهرات» were not denied
        ("ولم تنته بعد الآثار الناجمة عن التظاهرات في المدينة.", "التظاهرات", "positive"),
    ],
)
def test_outcome_that_happened_or_another_governor_stays_positive(
    text: str, trigger: str, expected: str
) -> None:
    assert factuality_at(text, trigger)[0] == expected


def test_the_talks_themselves_stay_positive() -> None:
    # the subject of the negated verb took place; only its outcome did not
    assert factuality_at("قال وزير الخارجية إن المحادثات لم تسفر عن اتفاق.", "المحادثات") == (
        "positive",
        "asserted",
    )
