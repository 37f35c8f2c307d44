"""Rules of round 13, found on the errors of test7 (tuning material since its single scoring): the
source-ness of a reporting subject is derived from the class of its head noun (media outlets in any number
and state, monitors, rights NGOs, activists, witnesses), relayed speech «نقل X عن Y قوله» and a speaker who
withholds a name; the unnamed-official convention is not changed («قال مسؤول عسكري إن» stays asserted).

Every rule has at least three hand-written news sentences worded unlike the gold sentence that showed the
cause (none is copied from a gold set), and counter-cases where it must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- a media outlet in any number and state
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأفادت القناة بأن مسلحين مجهولين خطفوا صحفيا أجنبيا قرب الحدود.", "خطفوا"),
        ("وذكرت القناتان الإخباريتان أن الجيش قصف مواقع للمتمردين في الجبال.", "قصف"),
        ("وقالت صحيفتان محليتان إن الشرطة اعتقلت ثلاثة نشطاء في العاصمة.", "اعتقلت"),
        ("وأوردت الوكالتان أن الطائرات قصفت قرية في الريف الشمالي.", "قصفت"),
        ("وذكرت مواقع إخبارية معارضة أن قوات الأمن اقتحمت الحي فجر اليوم.", "اقتحمت"),
        ("وقالت المحطات الإذاعية المحلية إن الجيش هاجم قافلة للمسلحين.", "هاجم"),
    ],
)
def test_media_outlet_in_any_number_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


# ---------------------------------------------------------------- rights NGOs, activists, the typo «مصاد»
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت منظمة هيومن رايتس ووتش إن قوات الأمن اعتقلت عشرات المحتجين.", "اعتقلت"),
        ("وأكدت الشبكة السورية لحقوق الإنسان أن الطيران قصف سوقا شعبية.", "قصف"),
        ("وذكرت منظمة العفو أن السلطات أعدمت خمسة سجناء الشهر الماضي.", "أعدمت"),
        ("وقال الناشطون إن الميليشيات هاجمت مخيما للنازحين.", "هاجمت"),
        ("وقالت مصاد طبية إن القصف قتل سبعة مدنيين.", "القصف"),
    ],
)
def test_ngo_activist_and_unnamed_sources_report(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


# ---------------------------------------------------------------- relayed speech and withheld names
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ونقلت شبكة محلية عن أحد السكان قوله إن المسلحين خطفوا ثلاثة مزارعين.", "خطفوا"),
        ("ونقل المكتب الإعلامي للحملة عن قائد ميداني قوله إن الطائرات قصفت الجسر.", "قصفت"),
        ("ونقل التلفزيون عن الوزير قوله إن الحكومة وقعت اتفاقا مع النقابات.", "اتفاقا"),
        ("وقال المسؤول الذي لم يشأ ذكر اسمه إن الجيش اعتقل قائد الخلية.", "اعتقل"),
        ("وقال ضابط رفض الكشف عن هويته إن المسلحين هاجموا الحاجز ليلا.", "هاجموا"),
        ("قتل ثلاثة جنود في انفجار لغم، بحسبما أعلنت مصادر عسكرية.", "قتل"),
    ],
)
def test_relayed_speech_and_withheld_names_report(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


# ---------------------------------------------------------------- counter-cases
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the unnamed-official convention is unchanged
        ("وقال مسؤول عسكري إن الجيش قصف مواقع للمسلحين.", "قصف"),
        # an institutional body is no rights NGO; a place noun after a verb is no source
        ("وقالت منظمة التحرير إن الوفد وقع اتفاقا مع الحكومة.", "اتفاقا"),
        ("ونقل الجيش الجرحى عن طريق البحر بعد أن هاجم المسلحون القافلة.", "هاجم"),
        ("وأعلنت وزارة الداخلية أن الشرطة اعتقلت المشتبه به.", "اعتقلت"),
    ],
)
def test_not_a_reporting_source(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


# ---------------------------------------------------------------- postponement and «لبدء / لاستئناف»
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the event as the subject of a postponement told after it
        ("وقالت مصادر دبلوماسية إن المحادثات بين الجانبين أرجئت إلى الأسبوع المقبل.", "المحادثات"),
        ("وأعلن المتحدث أن زيارة الرئيس الفرنسي إلى الجزائر أُجلت لأسباب أمنية.", "زيارة"),
        ("وكانت القمة المقررة بين الزعيمين قد تأجلت مرة أخرى.", "القمة"),
        # the passive before the event
        ("وأرجئت جلسة المفاوضات بين الحكومة والمعارضة إلى موعد لم يحدد.", "المفاوضات"),
        ("وتأجل اجتماع وزراء الخارجية العرب بسبب الخلافات.", "اجتماع"),
        # a purpose after لـ + a verbal noun of beginning or resuming
        ("وتبذل الأمم المتحدة مساعي حثيثة لبدء مفاوضات مباشرة بين الطرفين.", "مفاوضات"),
        ("ويسعى الوسطاء إلى جمع الطرفين لاستئناف المحادثات المتعثرة منذ أشهر.", "المحادثات"),
        ("وتأتي الجولة ضمن جهود إقليمية لاستئناف المفاوضات المتوقفة.", "المفاوضات"),
    ],
)
def test_postponed_or_to_begin_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the event postponed something else: it took place
        ("وقال الوزير إن الهجمات أجلت الانتخابات في ثلاث محافظات.", "الهجمات"),
        ("وقالت الشرطة إن الاشتباكات أجلت افتتاح المعرض الدولي.", "الاشتباكات"),
    ],
)
def test_postponement_of_something_else_is_no_plan(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


# ---------------------------------------------------------------- a quotation opening a governor's complement
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال المبعوث إنه حث قادة الفصائل على «وقف الهجمات على المدنيين فورا».", "الهجمات"),
        ("وطالب البيان الحكومة بـ«رفع الحصار عن المدينة».", "رفع"),
        ('ودعا الأمين العام الطرفين إلى "استئناف المفاوضات دون شروط مسبقة".', "المفاوضات"),
    ],
)
def test_quoted_complement_of_a_call_is_not_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) != ("positive", "asserted")


def test_quote_after_a_full_clause_is_no_complement() -> None:
    # the quotation is what was said after a finished clause, not the object of the call
    text = "وحث الوزير المواطنين على الهدوء، وقال: «الجيش قصف مواقع المسلحين»."
    assert _fact(text, "قصف") == ("positive", "asserted")


# ---------------------------------------------------------------- a source conjoined to the speaker
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال المحافظ وشهود عيان إن الطائرات قصفت السوق المركزي.", "قصفت"),
        ("وقالت الشرطة ووسائل إعلام محلية إن مسلحين خطفوا طبيبا في المدينة.", "خطفوا"),
        ("وقال ضابط في الجيش ومصدر في المستشفى: إن القصف قتل أربعة أطفال.", "القصف"),
    ],
)
def test_conjoined_source_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_conjoined_official_is_no_source() -> None:
    assert _fact("وقال الوزير ووزير الدفاع إن الجيش قصف مواقع المسلحين.", "قصف") == ("positive", "asserted")
