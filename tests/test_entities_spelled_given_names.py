"""Round 14: علي (Ali) normalizes onto على (on), a function word; written with ي it is a given name
in a speaker's slot (after a title or speech cue), and على, or علي after a name or before a common
word (texts that write على with ي), stays no name.

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from entities_helpers import REC, persons

from khabar.document import Document


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأوضح مدير المكتب علي الشمراني بأن الطلبات ستدرس.", "علي الشمراني"),
        ("وأكد المتحدث الرسمي علي الفهيدي أن الصور نشرت على حسابه.", "علي الفهيدي"),
        ("وقال رئيس القسم علي البقمي إن العمل مستمر.", "علي البقمي"),
    ],
)
def test_ali_written_with_ya_is_a_given_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "وحصل على الموافقة بعد شهرين.",
        "وقال إنه حصل علي الترخيص أمس.",  # علي for على before a common word
        "ووافق المجلس علي المقترح الجديد.",
        "وتعتمد الخطة علي تقليص النفقات أن أمكن.",  # an unseen word without the article after it
    ],
)
def test_the_preposition_stays_no_name(text: str) -> None:
    assert persons(text) == []


def test_the_spelling_decides_not_the_normalized_word() -> None:
    ali, ala = Document(id="t", text="علي على").layer.tokens
    assert REC._slot_given_name(ali)
    assert not REC._slot_given_name(ala)


@pytest.mark.parametrize(
    "text",
    [
        # texts that write على as علي: after a name it is the preposition, not a second person
        "وتغلب الإسباني كارلوس مويا علي التشيكي ياروسلاف بالغ.",
        "وحرص بوش علي الاطاحة بالحكومة.",
    ],
)
def test_ali_after_a_name_is_no_given_name(text: str) -> None:
    assert not any(p.startswith("علي") or " علي" in p for p in persons(text))
