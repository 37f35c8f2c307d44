"""Arabic event detection, round 51 (``khabar.events.senses_security._ar_prayer``): no event in a prayer or a quoted
verse: the acceptance of the dead «في / من الشهداء», a call on God (داعياً الله), the words of a verse quoted
after «قال (الله) تعالى» / «قال الله فيهم:» and fully vocalised words; the real events next to them stay.

Every sentence here is written for the test, not taken from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import trigger_texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # the acceptance of the dead among the martyrs: the death itself stays
        (
            "وأسفر الهجوم عن استشهاد جندي، تغمده الله بواسع رحمته وتقبله في الشهداء.",
            "وتقبله",
            "الهجوم",
        ),
        ("ونسأل الله أن يرحم رجال الأمن ويقبلهم من الشهداء، فقد اغتالتهم يد الغدر.", "ويقبلهم", "اغتالتهم"),
        # a call on God, the bombing visited stays
        ("وزار الأمير جرحى التفجير في المستشفى، داعياً الله أن يمن عليهم بالشفاء.", "داعياً", "التفجير"),
        ("ودعا الله أن يحفظ البلاد من كل مكروه، مستنكرا الهجوم على المسجد.", "ودعا", "الهجوم"),
        # a verse after «قال تعالى» in brackets or quote marks; the speaker's own words after it stay
        ("وقال الخطيب: قال تعالى (ومن أظلم ممن منع مساجد الله) وهذا الاعتداء جريمة.", "منع", "الاعتداء"),
        ("قال الله تعالى: «ومن يقتل مؤمنا متعمدا فجزاؤه جهنم»، وقد قتل المهاجم خمسة مصلين.", "يقتل", "قتل"),
        # «قال الله فيهم:» to the sentence's end
        ("فقد هاجم الإرهابيون المسجد، وقال الله فيهم: ومن يقتل مؤمنا متعمدا فجزاؤه جهنم.", "يقتل", "هاجم"),
    ],
)
def test_prayer_and_verse_no_event(text: str, gone: str, kept: str) -> None:
    trigs = trigger_texts(text)
    assert not any(gone in t for t in trigs)
    assert kept in trigs


def test_vocalised_words_no_event() -> None:
    # a fully vocalised phrase (a verse, a line of poetry): no event; the same words unvocalised are one
    assert not any("منع" in t for t in trigger_texts("وَمَنْ أَظْلَمُ مِمَّنْ مَنَعَ مَسَاجِدَ اللَّهِ أَنْ يُذْكَرَ فِيهَا اسْمُهُ."))
    assert any("منعت" in t for t in trigger_texts("ومنعت الشرطة المصلين من دخول المسجد أمس."))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an acceptance that is no prayer, a call on a party, a report of what a speaker said
        ("وقبلت الحركة بالاتفاق في الدوحة أمس.", "وقبلت"),
        ("داعيا الحكومة إلى وقف القصف فورا.", "داعيا"),
        ("وقال الوزير إن الطائرات قصفت مواقع المتمردين.", "قصفت"),
    ],
)
def test_not_prayer_kept(text: str, word: str) -> None:
    assert any(word in t for t in trigger_texts(text))


@pytest.mark.parametrize(
    "text",
    [
        "وخسر الفريق مباراته الودية أمام فريق قرطبة، إذ فاز عليه الاتفاق بهدف دون مقابل.",
        "وانتقل اللاعب من صفوف التعاون إلى النادي الأهلي قبل بداية الدوري.",
    ],
)
def test_club_name_no_event(text: str) -> None:
    assert not any(w in t for t in trigger_texts(text) for w in ("الاتفاق", "التعاون"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the act after a club's words, and the act outside football
        ("وأعلن النادي أن اللاعب والمدرب وقعا الاتفاق مع الفريق بعد المباراة.", "الاتفاق"),
        ("وبحث الوزيران التعاون العسكري بين البلدين.", "التعاون"),
    ],
)
def test_club_words_as_acts_kept(text: str, word: str) -> None:
    assert any(word in t for t in trigger_texts(text))


def test_club_after_bi_no_event() -> None:
    # the club after ب («الإطاحة بالاتفاق»): no agreement
    text = "وتمكن نادي القادسية من الإطاحة بالاتفاق في قمة الشرقية بأربعة أهداف مقابل ثلاثة."
    assert not any("الاتفاق" in t for t in trigger_texts(text))


@pytest.mark.parametrize(
    "text",
    [
        # the act with an adverb before its preposition, after تم / بعد (firing audit of round 51)
        "وتم الاتفاق مبدئيا على أن تقام البطولة في الكويت بمشاركة المنتخبات الخليجية ومباراة الافتتاح في ديسمبر.",
        "وقررت إدارة النادي بعد الاتفاق مع مدرب الفريق الاعتماد على لاعبي الفريق الأولمبي.",
    ],
)
def test_agreement_in_football_kept(text: str) -> None:
    assert any("الاتفاق" in t for t in trigger_texts(text))
