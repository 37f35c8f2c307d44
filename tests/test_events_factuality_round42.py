"""Rules of round 42 (factuality), issue #6's leaks on the protest GSR files:

1. (`modality_ar._AR_USING_VERBS`, read by `_ar_means_purpose`) the ل-purpose of a verb of using (استخدم،
   استعمل, their forms and verbal nouns) is still to come, like round 38's verbs of firing: planned («استخدمت
   الشرطة الغاز المسيل للدموع لتفريق المتظاهرين»; protest B, C and D, anercorp A by the lead's decision on
   the gold). Not inside the content clause of a report (`_ar_in_report_clause`: «قال شاهد إن ... استعملوا»،
   «وبحسب التقرير، فإن ... استخدمت»), where the reporting frame stays (test7, protest B).

2. (`governing._ar_complement_after_commas`, read in the governor loop of `extract.py`) a demand verb
   reaches its complement across an appositive or vocative stretch set off by commas («وطالب المتظاهرون،
   الرئيس ...، والأجهزة الأمنية بالإسراع في إطلاق»: planned; protest A), not across a clause of its own.

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("واستخدم الجنود خراطيم المياه والرصاص المطاطي لتفريق العمال المعتصمين أمام المصنع.", "تفريق"),
        ("وقد استعملت قوات الأمن الهراوات لتفريق الطلاب في ساحة الجامعة.", "تفريق"),
        # a participle of using, far from the verb of stepping in
        ("وتدخل الجيش مساء أمس في ساحة المدينة مستخدما الرصاص المطاطي لتفريق المعتصمين.", "تفريق"),
        # the فإن of an apodosis opens no report
        ("وبعد أن منعت الوزارة المسيرة، فإن الشرطة قامت باستخدام الهراوات لتفريق العمال.", "تفريق"),
    ],
)
def test_purpose_of_using_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # inside a witness's content clause: the reporting frame governs
        ("وقال أحد السكان إن الجنود استخدموا سطح المدرسة لإطلاق النار على المحتجين.", "إطلاق"),
        ("وبحسب المنظمة، فإن الشرطة استعملت العنف لاعتقال عشرات الطلاب.", "اعتقال"),
    ],
)
def test_purpose_of_using_in_a_report_stays_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "reported"


def test_using_without_a_purpose_is_told() -> None:
    # no ل-purpose: the use itself and an event after it are told as done
    text = "واستخدمت الشرطة الغاز المسيل للدموع واعتقلت عشرين متظاهرا."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "وطالب المعتصمون، رئيس الوزراء، ووزير الداخلية، والنائب العام بالإسراع في إطلاق سراح الطلاب الموقوفين.",
            "إطلاق",
        ),
        ("ودعا الوزير، في كلمة أمام البرلمان، إلى وقف الهجمات على المدنيين.", "وقف"),
    ],
)
def test_demand_reaches_its_complement_across_commas(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_demand_with_its_complement_before_the_comma_reaches_no_further() -> None:
    # the demand's complement is before the first comma: what comes after is the speakers' report, not demanded
    text = "وطالب الأهالي بمراجعة تسجيلات الكاميرات، وأخبرونا بأنه تم القبض على اللص."
    assert _fact(text, "القبض") == ("positive", "reported")


def test_demand_does_not_reach_across_a_clause() -> None:
    # a clause of its own between the commas: the arrest took place
    text = "وطالب النواب، بعد أن اعتقلت الشرطة الصحفي، بالإفراج عنه."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")
