"""Round 14: transliterated names the tagger cut, decided by a name-likeness score learned from the
shipped lexicon (character trigrams of the Wikidata person-name tokens against the training text's
common words): the last word of a name before what follows a speaker, and a first letter the tagger
read as a proclitic; and what must not change.

The sentences are written for these tests (no corpus text). Where the tagger's cut is simulated, the
rule step runs on the span it would have produced."""

from __future__ import annotations

import pytest
from entities_helpers import REC, mentions

from khabar.document import Document
from khabar.entities.crf import Span
from khabar.entities.recognize import NameLikeness


def after_step(text: str, cut: str, typ: str = "PERSON") -> list[str]:
    """The spans of :meth:`ArabicRecognizer._foreign_name_edges` when the tagger found ``cut`` only."""
    doc = Document(id="t", text=text)
    layer = doc.layer
    tokens = layer.tokens
    start = text.index(cut)
    span = Span(start, start + len(cut), typ, "crf")
    sent = [layer.sentence_index(t.start) for t in tokens]
    out = REC._foreign_name_edges([span], tokens, [t.start for t in tokens], sent)
    return [text[s.start : s.end] for s in out]


@pytest.mark.parametrize(
    ("word", "common"),
    [("هاوغلاند", "تصريحات"), ("كيتيمونثون", "يستطيع"), ("موانغي", "وأضاف"), ("سكيلستاد", "الحكومة")],
)
def test_transliterated_names_look_more_like_names_than_common_words(word: str, common: str) -> None:
    assert REC.name_likeness(word) > 0 > REC.name_likeness(common)


def test_the_likeness_model_is_learned_from_its_two_word_lists() -> None:
    model = NameLikeness(["بيترسون", "أندرسون", "سون"], ["يكتبون", "يقولون"])
    assert model.score("هانسون") > model.score("يعملون")
    assert NameLikeness([], []).score("") == 0.0


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        (
            "وقال المتحدث باسم الشرطة الكينية تشارلز أووينو موانغي إن التحقيق مستمر.",
            "تشارلز أووينو",
            "تشارلز أووينو موانغي",
        ),
        ("وصرحت الوزيرة إنغريد مارتا سكيلستاد، أن الخطة جاهزة.", "إنغريد مارتا", "إنغريد مارتا سكيلستاد"),
        ("وأكد المهندس ريكاردو فيلهو في بيان أن المحطة ستعمل.", "ريكاردو", "ريكاردو فيلهو"),
        ("وقال الخبير ترولس هاوغلاند المدير السابق للمعهد إن الأسعار ستنخفض.", "ترولس", "ترولس هاوغلاند"),
    ],
)
def test_the_last_word_of_a_cut_name_before_what_follows_a_speaker(text: str, cut: str, whole: str) -> None:
    assert after_step(text, cut) == [whole]


def test_the_end_to_end_recognizer_keeps_the_whole_transliterated_name() -> None:
    text = "وقال المتحدث باسم الشرطة الكينية تشارلز أووينو موانغي إن التحقيق مستمر."
    assert ("تشارلز أووينو موانغي", "PERSON") in mentions(text)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("وقال محمد العلي أمس إن الاجتماع انتهى.", "محمد العلي"),  # a time word
        ("وقال أحمد الزهراني مضيفا إن الاجتماع انتهى.", "أحمد الزهراني"),  # a participle of manner
        ("وقال خالد سعيد الحكومة، إن الاجتماع انتهى.", "خالد سعيد"),  # a word with the article
        ("وقال ماركو روبيو حينها إن المرشح انسحب.", "ماركو روبيو"),  # a pronoun suffix
        ("وقال بيتر هولم وزملاؤه إن المسح انتهى.", "بيتر هولم"),  # no boundary after the word
        ("وقال ريكاردو يستطيع، إن الفريق جاهز.", "ريكاردو"),  # a common word of the training text
        ("ويذكر أن هيثم الزبيدي ولد في مدينة جدة.", "هيثم الزبيدي"),  # after a family name with the article
        ("ويذكر أن ماجد عسيري ولد في مدينة جدة.", "ماجد عسيري"),  # a common word a name list holds
        ("ولعبت جوليا روبرتس دورا في الفيلم.", "جوليا روبرتس"),  # an accusative -ا
        ("وبات كوفي عنان يريد، كما قال، أن يعود.", "كوفي عنان"),  # an imperfect verb
        ("وقال جيم براون بأن المسح انتهى.", "جيم براون"),  # a proclitic on a function word
        ("وتحدث عن أندريا دوريا وتيتانيك، السفينتين الغارقتين.", "أندريا دوريا"),  # "and" before a word
    ],
)
def test_no_word_is_added_that_is_no_name(text: str, cut: str) -> None:
    assert after_step(text, cut) == [cut]


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        ("ونقلت الإذاعة عن بالوما غارسيا أن المصنع سيغلق.", "الوما غارسيا", "بالوما غارسيا"),
        ("وتحدث مع كاليانا راميش، مدير الفرع، الذي أكد أن العمل مستمر.", "اليانا راميش", "كاليانا راميش"),
        ("وأكد المدرب فالنتينو روسيلي أن الفريق جاهز.", "النتينو روسيلي", "فالنتينو روسيلي"),
    ],
)
def test_a_first_letter_read_as_a_proclitic_where_none_can_stand(text: str, cut: str, whole: str) -> None:
    assert after_step(text, cut) == [whole]


def test_a_real_proclitic_stays_off_the_name() -> None:
    # لـ after a speech verb is "told" (to a person); و is "and", never taken
    assert after_step("وقال لكارلوس مينديز إن الأمر انتهى.", "كارلوس مينديز") == ["كارلوس مينديز"]
    assert after_step("وقال بيتر وماريانا فوس إن الأمر انتهى.", "ماريانا فوس") == ["ماريانا فوس"]
    # no preposition, speech verb or title before: the letter may be a proclitic (after a quote mark too)
    assert after_step("وأشاد الوفد بكارلوس مينديز في الاجتماع.", "كارلوس مينديز") == ["كارلوس مينديز"]
    assert after_step("وأصيب «بفالنتينو» مرة.", "فالنتينو", "MISC") == ["فالنتينو"]
    # the rest a common word of the training text: ب|ولاية after a nisba adjective
    assert after_step("قتل خمسة جنود من الجيش الأميركي بولاية أوهايو.", "ولاية أوهايو") == ["ولاية أوهايو"]


def slot_step(text: str) -> list[str]:
    """The spans :meth:`ArabicRecognizer._foreign_slot_names` adds when the tagger found nothing."""
    doc = Document(id="t", text=text)
    layer = doc.layer
    tokens = layer.tokens
    sent = [layer.sentence_index(t.start) for t in tokens]
    return [text[s.start : s.end] for s in REC._foreign_slot_names([], tokens, sent)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال رئيس الوزراء التايلاندي برايوت تشان أوتشا في تصريح إن الانتخابات قريبة.", "برايوت تشان أوتشا"),
        ("وقال الباحث سفيرين تشولاكوف، الذي شارك في الدراسة، إن العينات كافية.", "سفيرين تشولاكوف"),
        ("وقال مدير التسويق لدى الشركة، كوامي أنكوماه، لـ«الصحيفة» إن المبيعات ارتفعت.", "كوامي أنكوماه"),
        ('وصرح المتحدث "ماتياس كورماكسون" بأن الرحلات ستستأنف.', "ماتياس كورماكسون"),
        ("وأكدت وزيرة الزراعة الكينية وانجيرو كاماو أن المحصول تضرر.", "وانجيرو كاماو"),
    ],
)
def test_untagged_transliterated_names_in_a_speakers_slot(text: str, name: str) -> None:
    assert slot_step(text) == [name]


def test_the_end_to_end_recognizer_finds_a_name_the_tagger_missed() -> None:
    text = "وقال الباحث سفيرين تشولاكوف، الذي شارك في الدراسة، إن العينات كافية."
    assert ("سفيرين تشولاكوف", "PERSON") in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال شهود عيان إن الانفجار كان قويا.",
        "وقال مسؤولون أمنيون إن الهجوم فشل.",
        "وقال المدير العام، مساء أمس، إن الاجتماع انتهى.",
        "وقال الرئيس التنفيذي للشركة، في تصريح صحفي، إن الأرباح ارتفعت.",
        "وأضاف المتحدث باسم الوزارة أن الحادث قيد التحقيق.",
        # no speaker's cue before the words: a comma alone is not enough without a speech verb
        "وزار الوفد المصنع، كوامي أنكوماه، ثم غادر.",
    ],
)
def test_no_slot_name_without_name_words_and_a_speakers_setting(text: str) -> None:
    assert slot_step(text) == []
