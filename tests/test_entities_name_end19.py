"""A person's name never ends on, or runs over, a time word (اليوم، الأربعاء، أمس، صباح اليوم، a month), a
sentence adverb (مجددا، بدوره، مؤخرا), a number word or a preposition: the tagger took «محمد اليوم» as one
name after a title. The word is trimmed off, the person stays; a real family name that looks like a
common word (الصباح، الحريري، اليوسف) keeps its place, and so do the time words that are Gulf family
names (الخميس، الجمعة، المقبل) as the word right after a given name. The sentences are written for these tests (no
corpus text)."""

from __future__ import annotations

import pytest
from entities_helpers import persons


@pytest.mark.parametrize(
    ("text", "person", "word"),
    [
        ("وقال الدكتور محمد اليوم إن الوزارة ستفتتح المستشفى.", "محمد", "اليوم"),
        ("وقال الدكتور محمد الأربعاء إن الوزارة ستفتتح المستشفى.", "محمد", "الأربعاء"),
        ("وأكد الدكتور أحمد مجددا أن الوزارة ستفتتح المستشفى.", "أحمد", "مجددا"),
        ("وأعلن المهندس سعيد أمس أن المشروع سيكتمل قريبا.", "سعيد", "أمس"),
        ("وأوضح العميد خالد بدوره أن الدوريات انتشرت في الأحياء.", "خالد", "بدوره"),
        ("وصرح الأستاذ ماجد صباح اليوم أن الاجتماع انتهى دون اتفاق.", "ماجد", "صباح"),
        ("وأكد الوزير حسن حاليا أن المشاورات جارية.", "حسن", "حاليا"),
        ("وذكر الشيخ عبدالله مؤخرا أن الجمعية وزعت السلال.", "عبدالله", "مؤخرا"),
        ("وأشار اللواء منصور الثلاثاء إلى أن القوات تقدمت.", "منصور", "الثلاثاء"),
        ("وقال وزير الخارجية الأمريكي جون كيري الجمعة إن المحادثات مستمرة.", "جون كيري", "الجمعة"),
        ("وقال الدكتور يوسف في مؤتمر صحفي إن النتائج مشجعة.", "يوسف", "في"),
    ],
)
def test_name_does_not_end_on_a_time_word_adverb_or_preposition(text: str, person: str, word: str) -> None:
    found = persons(text)
    assert person in found, found  # trimmed, not dropped
    assert not any(word in p for p in found), found


def test_name_stops_before_a_number_word() -> None:
    found = persons("وقال الرئيس سالم ثلاثة من الجنود أصيبوا في الهجوم.")
    assert not any("ثلاثة" in p for p in found), found


def test_regnal_number_stays_in_the_name() -> None:
    found = persons("وقال البابا بنديكت السادس عشر إن السلام ممكن.")
    assert any(p.endswith("السادس عشر") for p in found), found


def test_name_stops_before_a_month() -> None:
    found = persons("وأكد الدكتور فهد يناير الماضي أن الخطة تأخرت.")
    assert not any("يناير" in p for p in found), found


def test_cut_keeps_the_full_name_before_the_time_word() -> None:
    found = persons("وقال الدكتور محمد العمرة اليوم إن المهرجان يبدأ الأسبوع المقبل.")
    assert "محمد العمرة" in found, found


# --- guards: a family name that looks like a common or time-like word stays ------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال الشيخ محمد الصباح إن الكويت تدعم الحوار.", "محمد الصباح"),
        ("وأكد رئيس الوزراء سعد الحريري أن الحكومة ستجتمع.", "سعد الحريري"),
        ("وقال الدكتور عبدالله اليوسف إن الدراسة شملت ألف طالب.", "عبدالله اليوسف"),
        ("وقال الوزير عادل الجبير الليلة إن المملكة تدعم الحوار.", "عادل الجبير"),
        # weekday and relative words that are Gulf family names, right after the given name
        ("وأوضح رئيس اللجنة الأهلية محمد الخميس، أن العمل مستمر.", "محمد الخميس"),
        ("وقال مدير البرنامج الدكتور محمد المقبل، إن الوحدة جاهزة.", "محمد المقبل"),
    ],
)
def test_family_name_like_a_common_word_stays(text: str, person: str) -> None:
    assert person in persons(text)
