"""Arabic event detection, round 61 (precision on fresh news: an event word inside a name or naming a role).

Every sentence here is written for the test, not taken from a gold set or an audit file.
``khabar.events.senses_names``: the event noun right after an institution's head noun in the construct state
(«مجلس التعاون»، «وزيرة التعاون الدولي»، «لتحالف دعم الشرعية»، «بقاعة الاجتماعات»), joined to that genitive
(«مركز التحكم والسيطرة»), after a patron's name («مركز الملك سلمان للإغاثة»), the participle of support after a
noun of services or bodies («الخدمات المساندة») and a role noun («طالب الدكتوراه»، «ومساعده») make no event; the
act told in the same sentence, a purpose after a head («لجنة للتحقيق»), an event noun with a programme or a
campaign («برنامج المساعدات») and the verb «طالب» stay.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقالت وزيرة التعاون الدولي في المؤتمر الصحفي إن الحكومة ماضية في خطتها.", "التعاون"),
        ("وأكد المتحدث باسم قوات تحالف دعم الشرعية أن الطيران دمر مخازن أسلحة.", "دعم"),
        ("وقال الناطق الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية سعد العتيبي، إن القافلة انطلقت.", "لإغاثة"),
        ("وأفاد مركز التحكم والسيطرة في الدفاع المدني بأن حريقا شب في مستودع للأخشاب.", "السيطرة"),
        ("وأقيم حفل المعايدة في قاعة الاجتماعات بمبنى المحافظة.", "الاجتماعات"),
        ("وشاركت الجهات المساندة في تنظيم المهرجان الصيفي.", "المساندة"),
        ("وفاز طالب الدكتوراه السعودي بجائزة أفضل بحث في المؤتمر.", "طالب"),
        ("ويدرس في الجامعة أكثر من 40 ألف طالب من مختلف المناطق.", "طالب"),
        ("ويشرف على تدريب الفريق المدرب الإسباني ومساعده الوطني.", "ومساعده"),
    ],
)
def test_no_event_in_a_name_or_a_role(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the act told beside the name stays
        ("وقع مجلس التعاون الخليجي اتفاقية تجارة حرة مع سنغافورة أمس.", "وقع"),
        ("ووزع مركز الملك سلمان للإغاثة مساعدات غذائية على النازحين في المدينة.", "ووزع"),
        # a purpose after the head: «لجنة للتحقيق»
        ("شكلت الحكومة لجنة للتحقيق في الهجوم على الثكنة.", "الهجوم"),
        # a programme or a campaign is the act itself in the gold
        ("وقررت واشنطن تعليق برنامج المساعدات العسكرية للجيش.", "المساعدات"),
        # the verb «طالب» with a subject
        ("طالب الوزير بوقف القصف على الأحياء السكنية فورا.", "طالب"),
        # the masdar of help with its pronoun takes ت
        ("وأعلنت الدولة استعدادها لتقديم مساعدتها للمتضررين من الفيضان.", "مساعدتها"),
    ],
)
def test_event_beside_a_name_stays(text: str, word: str) -> None:
    assert any(word in r[1] for r in event_rows(text)), event_rows(text)


def test_a_light_verb_keeps_the_name_word_it_took() -> None:
    # «وقعت» took «التعاون» of the minister's title as its noun: clearing it would lose the signing
    rows = event_rows("ومن ناحية أخرى، وقعت أمس وزيرة التعاون الدولي اتفاقيات منح مع البنك الدولي.")
    assert any("وقعت" in r[1] for r in rows), rows
