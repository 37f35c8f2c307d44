"""Rules of round 14, found on the errors of test8 (tuning material since its single scoring): the
reporting verb class in the imperfect, prisoners' and families' bodies as NGO sources, a comparative
attribution clause «على ما ذكرت / كما أفادت» covering the sentence, a pluperfect source subject between
كان and قد, «يفترض أن» as a plan, «يُدعى» + a name that is no claim, a negated verb of preventing, «لم
يجرؤ على», a reason noun whose cue falls on the reason, and the definite object of a future verb of
continuing. The unnamed-official convention is not changed («قال مسؤول أمني إن» stays asserted).

Every rule has at least three hand-written news sentences worded unlike the gold sentence that showed the
cause (none is copied from a gold set), and counter-cases where it must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- the imperfect of a reporting verb
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ويقول شهود إن الشرطة اعتقلت عشرات الشبان في الساحة.", "اعتقلت"),
        ("وتفيد مصادر محلية بأن الطائرات قصفت مستودعا للذخيرة.", "قصفت"),
        ("وتقول وكالة الأنباء الرسمية إن الجيش هاجم مواقع المتمردين.", "هاجم"),
        ("ويؤكد ناشطون أن قوات الأمن اقتحمت الجامعة فجرا.", "اقتحمت"),
    ],
)
def test_imperfect_reporting_verb_of_a_source_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an official actor telling of its own action stays asserted, in the imperfect too
        ("وتقول الحكومة إن قواتها اعتقلت زعيم العصابة.", "اعتقلت"),
        ("ويقول مسؤول أمني إن الجيش قصف مخازن الأسلحة.", "قصف"),
    ],
)
def test_imperfect_reporting_verb_of_an_actor_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


# ---------------------------------------------------------------- prisoners' and families' bodies are NGOs
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال نادي الأسير إن قوات الاحتلال اعتقلت أربعة شبان من مخيم الجلزون.", "اعتقلت"),
        ("وذكرت لجنة أهالي المعتقلين أن الأمن اعتقل ناشطا آخر مساء أمس.", "اعتقل"),
        ("وأكد رئيس جمعية الأسرى المحررين أن السلطات أفرجت عن ستة معتقلين.", "أفرجت"),
    ],
)
def test_prisoners_and_families_bodies_report(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_a_security_committee_is_no_ngo() -> None:
    text = "وقال رئيس اللجنة الأمنية في المحافظة إن القوات اعتقلت خمسة مطلوبين."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")


# ---------------------------------------------------------------- «على ما ذكرت» / «كما أفادت» after the statement
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("اعتقلت الشرطة مدرسا في العاصمة بتهمة التحريض، على ما أفادت صحيفة محلية.", "اعتقلت"),
        ("قصفت الطائرات قرية حدودية فجر اليوم، كما ذكرت وكالة الأنباء الفرنسية.", "قصفت"),
        ("هاجم مسلحون قافلة إغاثة في الشمال، حسب ما أوردت قناة إخبارية.", "هاجم"),
    ],
)
def test_comparative_attribution_clause_covers_the_sentence(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_kama_with_a_complement_of_its_own_is_its_own_clause() -> None:
    # «كما ذكرت الصحيفة أن ...» is "the paper also reported that": its own clause, not the statement before
    text = "اعتقلت الشرطة مدرسا في العاصمة، كما ذكرت الصحيفة أن محتجين تظاهروا أمام المحكمة."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")


# ---------------------------------------------------------------- a pluperfect source subject before قد
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكانت وكالة الأنباء الرسمية قد ذكرت الأسبوع الماضي أن الجيش اعتقل قائد الخلية.", "اعتقل"),
        ("وكان ناشطون محليون قد قالوا أمس إن الطائرات قصفت المستشفى.", "قصفت"),
        ("وكانت منظمة هيومن رايتس ووتش قد أكدت في تقريرها أن السلطات اعتقلت المئات.", "اعتقلت"),
    ],
)
def test_pluperfect_source_before_qad_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_pluperfect_official_before_qad_stays_background() -> None:
    text = "وكان الوزير قد أعلن الشهر الماضي أن الشرطة اعتقلت زعيم الشبكة."
    assert _fact(text, "اعتقلت") != ("positive", "reported")


# ---------------------------------------------------------------- «يفترض أن»: supposed to, a plan
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ويفترض أن تبدأ المحادثات بين الطرفين مطلع الشهر المقبل.", "المحادثات"),
        ("ومن المفترض أن يزور الرئيس العاصمة الروسية الأسبوع القادم.", "يزور"),
        ("ويفترض أن يوقع الجانبان الاتفاق في جنيف.", "يوقع"),
    ],
)
def test_supposed_to_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


# ---------------------------------------------------------------- «يُدعى» + a name: called, no claim
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وذكر الجيش أن قائدا ميدانيا يدعى أبو عمر قتل في غارة جوية على مخبئه.", "قتل"),
        ("وقالت الشرطة إن رجلا يدعى سعيد منصور اعتقل بعد هجوم على مركز أمني.", "اعتقل"),
        ("وأصيبت فتاة تدعى مريم أثناء قصف الحي ليلا.", "قصف"),
    ],
)
def test_called_by_name_is_no_claim(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "alleged"


def test_claim_verb_with_that_clause_stays_alleged() -> None:
    assert _fact("وتدعي الحكومة أن المتمردين قصفوا محطة الكهرباء.", "قصفوا")[1] == "alleged"


# ---------------------------------------------------------------- negated prevention: it took place
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("لم تحل الخلافات بين الطرفين دون توقيع الاتفاق في النهاية.", "توقيع"),
        ("ولم يحل القصف المتواصل دون تنظيم المظاهرة في الساحة.", "المظاهرة"),
        ("غير أن التهديدات لم تحل دون اعتقال المشتبه بهم.", "اعتقال"),
    ],
)
def test_negated_prevention_leaves_the_event_told(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "positive"


def test_prevention_itself_negates() -> None:
    assert _fact("وحالت الخلافات دون توقيع الاتفاق.", "توقيع")[0] == "negative"


# ---------------------------------------------------------------- «لم يجرؤ على»: did not dare, did not do
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("لم تجرؤ الحكومة على فرض عقوبات على الشركات الكبرى.", "عقوبات"),
        ("ولم يجرؤ المسلحون على اقتحام البلدة.", "اقتحام"),
        ("لم يجرؤ أحد على انتقاد الاتفاق علنا.", "انتقاد"),
    ],
)
def test_did_not_dare_negates(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


# ---------------------------------------------------------------- a reason noun takes its event as given
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وربما كانت هذه الرسالة هي السبب في الإفراج عن الرهائن.", "الإفراج"),
        ("وقد يكون الخلاف على الحدود هو الدافع وراء الهجوم.", "الهجوم"),
        ("ولم يكن نقص التمويل هو السبب في اعتقال الصحفي.", "اعتقال"),
    ],
)
def test_reason_noun_takes_its_event_as_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_future_reason_is_no_presupposition() -> None:
    assert _fact("وسيكون هذا القرار السبب في اندلاع احتجاجات واسعة.", "احتجاجات")[1] == "planned"


# ---------------------------------------------------------------- a future verb of continuing + its event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الوزير إن قواته ستواصل الغارات على معاقل التنظيم.", "الغارات"),
        ("وأعلن التحالف أنه سيكثف الضربات الجوية في الأسابيع المقبلة.", "الضربات"),
        ("وقالت الحكومة إنها ستستأنف المفاوضات مع النقابات الأسبوع المقبل.", "المفاوضات"),
    ],
)
def test_future_continuation_of_a_definite_event_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


def test_future_verb_of_another_kind_keeps_the_definite_event_given() -> None:
    # «ستحقق الحكومة في الهجوم»: the attack took place; an inquiry into it is what is to come
    assert _fact("وقالت الحكومة إنها ستحقق في الهجوم على السفارة.", "الهجوم")[1] != "planned"


# ---------------------------------------------------------------- the purpose of an act to come
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ستنشر الحكومة قوات إضافية في المدينة، للقبض على المطلوبين.", "قبض"),
        ("وسوف تنتشر الشرطة في الأحياء الشرقية، للاعتقال كل من يخرق حظر التجول.", "اعتقال"),
        ("لن نتوقف عن ملاحقة الخاطفين، للقبض عليهم وتسليمهم للعدالة.", "قبض"),
    ],
)
def test_purpose_of_a_future_act_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


def test_purpose_of_a_past_gathering_is_the_event_itself() -> None:
    text = "تجمع المئات أمام مقر الأمم المتحدة أمس، للاحتجاج على خفض المساعدات."
    assert _fact(text, "احتجاج") == ("positive", "asserted")


# ---------------------------------------------------------------- the speaker's head noun, not a word near it
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an outlet marked by لـ is whom the official told
        ("وقال مسؤول لرويترز إن الشرطة اعتقلت ثلاثة متهمين.", "اعتقلت"),
        ("وقال الوزير لقناة الجزيرة إن الجيش قصف مواقع المتمردين.", "قصف"),
        ("وقال لوكالة الأنباء الألمانية ضابط في الجيش إن القوات هاجمت المعسكر.", "هاجمت"),
        # the head of a construct is the subject, not its genitive
        ("وقال وزير الإعلام إن الطائرات قصفت مواقع المتمردين.", "قصفت"),
        ("وأكد وزير الإعلام اليمني أن القوات اعتقلت قائد الخلية.", "اعتقلت"),
    ],
)
def test_official_speaker_with_a_media_word_beside_it_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأفاد بيان للمرصد السوري بأن الطائرات قصفت السوق.", "قصفت"),  # the issuer of a statement
        ("وقال مصدر أمني لوكالة الأنباء إن الشرطة اعتقلت ثلاثة متهمين.", "اعتقلت"),
        ("وقال مدير المرصد إن الطائرات قصفت السوق.", "قصفت"),
    ],
)
def test_source_speaker_beside_an_addressee_still_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


# ---------------------------------------------------------------- a later speaker of its own ends the report
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ذكرت وكالة الأنباء أن الجيش قصف القرية، وقال وزير الدفاع إن القوات اعتقلت عشرة مسلحين.", "اعتقلت"),
        ("وقالت منظمة العفو إن السلطات اعتقلت مئات، وأكد وزير الداخلية أن الشرطة أفرجت عنهم لاحقا.", "أفرجت"),
        ("أفاد شهود بأن الشرطة فرقت المتظاهرين، وقال المحافظ: إن قوات الأمن اعتقلت خمسة منهم.", "اعتقلت"),
    ],
)
def test_later_official_speaker_ends_the_source_report(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_same_source_going_on_still_reports() -> None:
    text = "أفادت مصادر محلية بأن الطائرات قصفت السوق، وأضافت أن الشرطة اعتقلت عشرة أشخاص."
    assert _fact(text, "اعتقلت") == ("positive", "reported")


# ---------------------------------------------------------------- «لا يمكن أن»: cannot, the act is not done
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الوزير إننا لا يمكن أن نوقع اتفاقا يفرط في حقوق شعبنا.", "نوقع"),
        ("وأكدت الحركة أنها لا يمكنها أن تشارك في المفاوضات بشروطها الحالية.", "المفاوضات"),
        ("لا يمكننا أن نقبل الهدنة في ظل استمرار القصف.", "الهدنة"),
    ],
)
def test_cannot_negates_the_act(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_cannot_with_an_exception_leaves_it_positive() -> None:
    text = "وقال إن أي اتفاق لا يمكن أن يوقع إلا بموافقة البرلمان."
    assert _fact(text, "يوقع")[0] == "positive"


# ---------------------------------------------------------------- «بهجمات كهذه»: told before, not negated
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد أن الحياة في المدينة لم تتوقف رغم هجمات كهذه.", "هجمات"),
        ("وقال إن الحكومة ماضية في عملها دون أن تتأثر باعتقالات كهذه.", "اعتقالات"),
        ("ولم يعد السكان يخشون اعتقالات كهذه.", "اعتقالات"),
        ("وقال إن الناس لم يعودوا يكترثون لمظاهرات كهذه.", "مظاهرات"),
    ],
)
def test_event_like_these_was_told_before(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "positive"


# ---------------------------------------------------------------- the plural imperfect of plan verbs
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت الشرطة إن أفراد الخلية كانوا يخططون لشن هجوم على السفارة.", "هجوم"),
        ("وأعلن المعارضون أنهم ينوون تنظيم مظاهرة كبرى يوم الجمعة.", "مظاهرة"),
        ("ويعتزمون إجراء محادثات مع الوسطاء الأسبوع المقبل.", "محادثات"),
    ],
)
def test_plural_plan_verbs_plan(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"
