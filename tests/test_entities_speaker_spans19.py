"""Round 19: speaker names the entity layer cut or missed, by general mechanisms.

- a family name that is a common word (العمرة، الطاير، رمضان) after a one-word given name, when the name
  stands in a speaker's frame on both sides (a speech verb or title before it, what follows a speaker's
  name after it): the name keeps its family name;
- a person's name the tagger ran on to the town before it when an office title governs the town through
  one or two nouns in construct (مدير تعليم صبيا | عسيري الأحوس، مدير فرع عمل خيبر): the place and the
  person become two mentions;
- an untagged name in a speaker's slot whose family name is a common word (نعيم | العراقي) or an
  indefinite word a name list holds (رفعت غريب): a person;
- a given name that is also a title or common word (مساعد، قائد، سيد، أكبر) right before a name the
  tagger found, in a speaker's slot: it opens the name;

and what must not change. The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from entities_helpers import mentions


# --- a family name that is a common word, in a speaker's frame -------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وأكد المهندس محمد العمرة أن المهرجان يبدأ الأسبوع المقبل.", "محمد العمرة"),
        ("وقال الدكتور خالد الطاير مدير المستشفى إن الحالات مستقرة.", "خالد الطاير"),
        ("وأوضح المهندس أحمد المسلم، أن الأعمال تسير وفق الخطة.", "أحمد المسلم"),
        ("وذكر العميد محمد العمرة في بيان صحافي أن الدوريات انتشرت.", "محمد العمرة"),
    ],
)
def test_common_word_family_name_in_a_speaker_frame(text: str, person: str) -> None:
    assert (person, "PERSON") in mentions(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a time word, not a family name
        ("وأكد الوزير خالد الأسبوع الماضي أن القرار نهائي.", "الأسبوع"),
        # a preposition on the word after the name: whom he spoke to
        ("وقال المهندس محمد للصحفيين إن المشروع انتهى.", "للصحفيين"),
        # a title after the given name: an apposition
        ("وقال المهندس محمد مدير المشروع إن الأعمال انتهت.", "مدير"),
        # no speaker's frame after the word: the common word stays out
        ("وزار المهندس محمد العمرة مع أسرته قبل أسبوعين.", "العمرة"),
        # an adverb of manner after the name
        ("وأكد الوزير خالد رسميا أن القرار نهائي.", "رسميا"),
    ],
)
def test_common_word_not_taken_outside_the_frame(text: str, word: str) -> None:
    assert not any(t == "PERSON" and word in m for m, t in mentions(text))


# --- a town governed by an office title through nouns in construct ---------------------------------
@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("وأشار مدير تعليم صبيا عسيري الأحوس إلى أن الاختبارات بدأت.", "عسيري الأحوس", "صبيا"),
        ("وقال مدير عام جمرك سلوى علي العطوي إن الشحنة ضبطت.", "علي العطوي", "سلوى"),
        (
            "وأوضح المتحدث الإعلامي بفرع الهيئة في جازان بيشي الصرخي، أن الفرق باشرت البلاغ.",
            "بيشي الصرخي",
            "جازان",
        ),
    ],
)
def test_place_governed_through_construct_is_split(text: str, person: str, place: str) -> None:
    found = mentions(text)
    assert (person, "PERSON") in found
    assert any(m == place and t in ("GPE", "LOC") for m, t in found)
    assert not any(t == "PERSON" and place in m for m, t in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a person whose given name is a town after no title: one name (شروق | عبدالرحمن is not a town)
        ("وقالت شروق عبدالرحمن الراجحي إن الحملة مستمرة.", "شروق عبدالرحمن الراجحي"),
        # a title's construct noun before a plain name: nothing to split
        ("وقال مدير عام الشركة فهد العتيبي إن الأرباح ارتفعت.", "فهد العتيبي"),
    ],
)
def test_names_after_construct_stay_whole(text: str, person: str) -> None:
    assert (person, "PERSON") in mentions(text)


# --- an untagged name whose family name is a common or indefinite word, in a speaker's frame -------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وأكد الخبير الاقتصادي نعيم العراقي أن الأسواق ستتعافى قريبا.", "نعيم العراقي"),
        ("وقال المهندس رفعت غريب الذي أشرف على الترميم إن القاعة جاهزة.", "رفعت غريب"),
        ("وصرح أشعر ناظم، الخبير في المصرفية الإسلامية، بأن البنوك رفعت أرباحها.", "أشعر ناظم"),
    ],
)
def test_untagged_name_with_a_common_family_word(text: str, person: str) -> None:
    assert (person, "PERSON") in mentions(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an anonymous source and its adjective: no name
        ("وقال مصدر مسؤول إن الوضع مستقر.", "مسؤول"),
        # a statement noun and its adjective
        ("وقال بيان مشترك إن الطرفين اتفقا على التهدئة.", "مشترك"),
        # a plural of officials
        ("وقالت مصادر مطلعة إن الاجتماع تأجل.", "مطلعة"),
    ],
)
def test_no_name_from_anonymous_speakers(text: str, word: str) -> None:
    assert not any(t == "PERSON" and word in m for m, t in mentions(text))


# --- a given name that is also a title or common word, before a name the tagger found ---------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وأوضح مدير الإدارة في المؤسسة العامة للموانئ مساعد الدريس أن العمل بدأ.", "مساعد الدريس"),
        ("وقال وزير داخلية الإقليم أكبر حسين دوراني إن المهاجم حاول الدخول.", "أكبر حسين دوراني"),
        (
            "وقال المتحدث باسم الرئاسة الأفغانية، سيد ظفر هاشمي، في مؤتمر صحافي إن الوضع مستقر.",
            "سيد ظفر هاشمي",
        ),
    ],
)
def test_title_word_opens_the_name_in_a_speaker_slot(text: str, person: str) -> None:
    assert (person, "PERSON") in mentions(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a title before the word: نائب مساعد is an office, the name is الدريس
        ("وقال نائب مساعد الدريس إن العمل مستمر.", "مساعد"),
        # no speaker's end after the name: the word stays out
        ("واستقبل قائد الحرس محمد العلي الوفد في المطار.", "قائد"),
        # the commander of a unit, no name after it
        ("وقال قائد الشرطة إن الوضع هادئ.", "قائد"),
    ],
)
def test_title_word_stays_out_of_the_name(text: str, word: str) -> None:
    assert not any(t == "PERSON" and word in m for m, t in mentions(text))
