"""Round 14: علي (Ali) normalizes onto على (on), a function word; written with ي it is a given name
for the name rules (a speaker's slot, a given name and family name the tagger missed), and على, or
علي before a common word, stays no name.

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from khabar.document import Document
from khabar.entities.recognize import ArabicRecognizer

REC = ArabicRecognizer.load()


def persons(text: str) -> list[str]:
    doc = Document(id="t", text=text)
    return [text[s.start : s.end] for s in REC.recognize(doc) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأوضح مدير المكتب علي الشمراني بأن الطلبات ستدرس.", "علي الشمراني"),
        ("فيما قام المصور علي الفهيدي بنشر الصور على حسابه.", "علي الفهيدي"),
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
    assert REC._given_name("علي", "علي")
    assert not REC._given_name("علي", "على")
