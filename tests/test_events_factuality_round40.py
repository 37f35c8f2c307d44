"""Rules of round 40 (factuality), found on the errors of the four protest GSR files and the tuning sets:

1. (`scope._ar_charge_list`) the list of what a charge names, opened by «بين» of a range verb
   («تهم تتراوح بين»، «تراوحت الاتهامات بين») or by a list word right after the charge (منها، تشمل، تتضمن):
   the listed event is alleged (dev5, test5).
2. (`factuality.AR_WITNESS_STEMS` / `AR_WITNESS_INDEF_STEMS`, read by `attribution._ar_source_noun`) a private
   person telling what they saw is a witness: an employee, or a protester without the article («وقالت
   متظاهرة»، «قال متظاهر آخر»); what they tell is reported (protest B and C). «وقال المتظاهرون» is the protest
   told, not a witness.
3. (`modality_ar._ar_subject_future`) a meeting, talks or a visit (CONSULT) that is the subject of any future
   verb after أن / إن («أن الاجتماع سيتابع»، «إن المحادثات ستمضي») is still to come: planned (protest A, test15).
   Before, only verbs of taking place (ستجري، سيعقد، ستشمل) did it. A relative clause between stops it («الاجتماع
   الذي عقد أمس سيساعد»: a past meeting), and verbs of an effect are left out («ستعزز»، «ستسهم»، «ستعود بالفائدة»).
4. (`modality_ar._ar_relative_started`, beside round 32's `_ar_ongoing`) an event noun with a relative clause
   of starting, going on or taking place right after it («المفاوضات التي بدأت»، «المحادثات، التي استمرت») took
   place: the future or modal of the clause around it is not its own (test7, test10). Not a PROTEST.
5. (`modality_ar._ar_fear_noun`, read by `_ar_fear_of`) a fear noun with the article or a possessive («عن
   خشيتها من»، «تجدد المخاوف من نشوب») fears an event still to come: possible (protest D; anercorp B without
   the model). Not قلق (a concern is often over what took place).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rules must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ويواجه الحراس تهم تتراوح بين الخطف والتعذيب.", "الخطف"),
        ("وفي المحكمة تراوحت الاتهامات بين القتل وحيازة الأسلحة.", "القتل"),
        ("ويواجه الضباط اتهامات تشمل الخطف والتعذيب.", "الخطف"),
    ],
)
def test_an_item_of_a_charge_list_is_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "alleged")


def test_between_without_a_range_verb_opens_no_charge_list() -> None:
    # «الاتهامات بين الحكومة والمعارضة»: the parties of the accusations, the attack after them took place
    text = "وتبادلت الحكومة والمعارضة الاتهامات بين الطرفين بعد الهجوم على القرية."
    assert _fact(text, "الهجوم") == ("positive", "asserted")


def test_a_range_without_a_charge_is_no_allegation() -> None:
    assert _fact("وتتراوح الخسائر بين القتل والإصابة في صفوف المدنيين.", "القتل")[1] != "alleged"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت متظاهرة أخرى إن الشرطة اعتقلت شقيقها أمس.", "اعتقلت"),
        ("وقال متظاهر شاب «الشرطة هاجمتنا بالهراوات».", "هاجمتنا"),
        ("وقال موظف في الفندق إن رجال الأمن منعوا النواب من الخروج.", "منعوا"),
    ],
)
def test_a_private_witness_tells_a_report(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_the_protesters_with_the_article_are_no_witness() -> None:
    # the subject is the protest itself (a PROTEST trigger): no reporting frame over it or its clause
    text = "وقال المتظاهرون إن الشرطة اعتقلت عشرين منهم."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")


def test_an_official_stays_asserted() -> None:
    text = "وقالت وزارة الداخلية إن الشرطة اعتقلت عشرين متظاهرا."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد الوزير أن الزيارة ستشهد توقيع اتفاقيات في مجال الطاقة.", "الزيارة"),
        ("وقال المتحدث إن المحادثات ستتناول ملف الأسرى وستبحث تبادل الجثث.", "المحادثات"),
        ("وأوضح أن اللقاء سيخصص لمتابعة تنفيذ الاتفاق.", "اللقاء"),
    ],
)
def test_a_meeting_subject_of_a_future_verb_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد السفير أن الزيارة ستعزز العلاقات بين البلدين.", "الزيارة"),
        ("وقال الوزير إن المحادثات ستسهم في تهدئة التوتر.", "المحادثات"),
    ],
)
def test_a_future_effect_of_a_meeting_is_no_plan(text: str, trigger: str) -> None:
    # a verb of effect is said of a given meeting as well (round 19's «ستعود بالفائدة»)
    assert _fact(text, trigger)[1] != "planned"


def test_a_past_meeting_with_a_future_effect_stays_told() -> None:
    # the relative clause tells the meeting took place; its effect is what is to come
    text = "وقال إن الاجتماع الذي عقد أمس سيساعد على حل الأزمة."
    assert _fact(text, "الاجتماع") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('وقال البنك إنه لن يتدخل "كوسيط" في المفاوضات التي بدأت بين الطرفين.', "المفاوضات"),
        ('وقال المبعوث إنه لن يحضر "بصفة مراقب" الاجتماعات التي عقدت في الدوحة.', "الاجتماعات"),
        ("وقد يعرقل القرار المفاوضات التي انطلقت في جنيف.", "المفاوضات"),
    ],
)
def test_a_relative_clause_of_starting_tells_the_event_took_place(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_a_relative_clause_in_the_future_keeps_the_plan() -> None:
    text = "وأكد أن بلاده ستدعم المفاوضات التي ستبدأ الشهر المقبل بين الطرفين."
    assert _fact(text, "المفاوضات") == ("positive", "planned")


def test_a_protest_is_left_to_the_protest_rules() -> None:
    # PROTEST is left out (the --arabic-protest guard): the strikes keep the clause's plan
    text = "وقال إن المتظاهرين سيواصلون الإضرابات التي بدأت أمس."
    assert _fact(text, "الإضرابات") == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأعربت المنظمة عن خشيتها من اعتقال الصحفيين المشاركين.", "اعتقال"),
        ("وأغلقت المدارس مع تزايد المخاوف من نشوب اشتباكات في الأحياء.", "اشتباكات"),
        ("وعبر السفير عن مخاوفه من قصف المدينة.", "قصف"),
    ],
)
def test_a_feared_event_with_a_possessed_or_definite_fear_noun_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_a_concern_over_an_attack_leaves_it_told() -> None:
    text = "وأعرب الأمين العام عن قلقه من تصعيد الهجمات في المنطقة."
    assert _fact(text, "الهجمات") == ("positive", "asserted")
