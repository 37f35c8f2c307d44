"""Rules of round 15, found on the errors of test9 (tuning material since its single scoring): the four
leaks (a precaution whose لـ takes a light verbal noun, قد + a verb whose لـ / بـ complement is the
event, a purpose noun over a chain of verbal nouns), news outlets told by a
head and a news word, «وثق» as a reporting verb, an attribution that keeps to a quotation or to a
participle's clause, «وفق رؤية / سياسة» attributing nothing, a past verb that no future verb governs, and
كان with a nominal predicate that is no pluperfect.

Every rule has at least three hand-written news sentences worded unlike the gold sentence that showed the
cause (none is copied from a gold set), and counter-cases where it must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- a precaution: تحسبا لـ + a light verbal noun
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("أغلقت السفارة أبوابها تحسبا لقيام المتظاهرين باقتحامها.", "اقتحام"),
        ("أخلت السلطات القرية تحسبا لشن المتمردين هجوما جديدا.", "هجوما"),
        ("رفعت القوات حالة التأهب تحسبا لمحاولة التنظيم اقتحام المدينة.", "اقتحام"),
        ("أغلقت المدارس أبوابها تحسبا لوقوع اشتباكات بين الطرفين.", "اشتباكات"),
    ],
)
def test_precaution_against_an_act_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_precaution_does_not_reach_a_past_act() -> None:
    text = "شن المتمردون هجوما على القرية، واستنفرت القوات تحسبا لقيام موجة نزوح."
    assert _fact(text, "هجوما") == ("positive", "asserted")


# ---------------------------------------------------------------- قد + a verb + لـ / بـ + the event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقد يتعرض للاعتقال فور عودته إلى بلاده.", "اعتقال"),
        ("وقال المحامي إن موكله قد يتعرض للملاحقة والاعتقال.", "اعتقال"),
        ("وحذرت الصحفية من أنها قد تتعرض للاتهام بالتجسس.", "اتهام"),
        ("وقد يقوم بتفجير نفسه في أي لحظة.", "تفجير"),
    ],
)
def test_qad_verb_with_prepositional_event_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_qad_verb_with_event_subject_stays_given() -> None:
    # «وقد يؤدي الهجوم إلى تصعيد»: the attack is the subject, told as given
    assert _fact("وقد يؤدي الهجوم إلى تصعيد في المنطقة.", "الهجوم") == ("positive", "asserted")


# ---------------------------------------------------------------- purpose nouns over a chain of verbal nouns
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("شكلت الشرطة لجنة بهدف تحديد هوية الجناة واعتقالهم.", "اعتقال"),
        ("نصبت القوات حواجز بقصد ملاحقة الفارين واعتقالهم.", "اعتقال"),
        ("وتم تعزيز الدوريات بغية رصد المهربين وتعقبهم والقبض عليهم.", "القبض"),
        ("حشد الجيش قواته بهدف اقتحام المدينة.", "اقتحام"),
    ],
)
def test_purpose_noun_plans_its_verbal_noun_chain(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_purpose_chain_ends_at_a_past_verb() -> None:
    text = "حشد الجيش قواته بهدف السيطرة على المدينة ثم اقتحموا الحي الشرقي."
    assert _fact(text, "اقتحموا") == ("positive", "asserted")


# ---------------------------------------------------------------- news outlets: a head and a news word
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأفادت «شبكة حلب نيوز» بأن الطائرات قصفت القرية.", "قصفت"),
        ("وقالت شبكة شام الإخبارية إن القوات اعتقلت عشرة شبان.", "اعتقلت"),
        ("وذكر «مركز أخبار درعا» أن مسلحين هاجموا حاجزا للجيش.", "هاجموا"),
    ],
)
def test_news_outlet_by_head_and_news_word_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_a_government_press_office_stays_asserted() -> None:
    text = "وقال المكتب الإعلامي للحكومة إن الشرطة اعتقلت عشرة شبان."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")


# ---------------------------------------------------------------- وثق: a monitor's record
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("في حين وثق المرصد تنفيذ الطائرات خمسين غارة على المدينة.", "غارة"),
        ("ووثقت منظمة العفو الدولية اعتقال مئات المحتجين.", "اعتقال"),
        ("ويوثق ناشطون قصف الأحياء السكنية بالبراميل.", "قصف"),
    ],
)
def test_documenting_source_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_documenting_government_stays_asserted() -> None:
    text = "وقال الرئيس إن الحكومة وثقت اعتقال المتهمين."
    assert _fact(text, "اعتقال") == ("positive", "asserted")


# ---------------------------------------------------------------- the attribution's own clause
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a participle of speech: the attribution covers what the participle says, not the main verb
        ("انتقد الوزير المعارضة بشدة، مضيفا بحسب وكالة الأنباء أن الحكومة ماضية في خططها.", "انتقد"),
        ("اتهم زعيم الحزب الحكومة بالفساد، مشيرا حسب بيان للحزب إلى أن الانتخابات مزورة.", "اتهم"),
        # inside a quotation: the sentence around it is the writer's
        ("وعلق على ما وصفه «بتراجع الدعم، بحسب تقارير صحفية»، ورفض الوزير التعليق.", "ورفض"),
        ("وقال الجيش «إن المسلحين فروا، بحسب شهود عيان» ثم اعتقلت القوات خمسة منهم.", "اعتقلت"),
    ],
)
def test_attribution_keeps_to_its_clause(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("اعتقلت الشرطة ثلاثة مشتبه بهم بحسب وكالة الأنباء.", "اعتقلت"),
        ("وقال الجيش «إن المسلحين هاجموا الحاجز، بحسب شهود عيان».", "هاجموا"),
    ],
)
def test_attribution_still_covers_its_own_clause(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


# ---------------------------------------------------------------- وفق + a vision or a policy
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وبحث الوزيران سبل تعزيز العلاقات وفق رؤية قيادتي البلدين.", "وبحث"),
        ("وقعت الحكومتان اتفاقا للتعاون الأمني وفقا لسياسة المملكة في مكافحة الإرهاب.", "وقعت"),
        ("التقى الوزير نظيره التركي وفق استراتيجية الحكومة.", "التقى"),
    ],
)
def test_according_to_a_vision_attributes_nothing(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_according_to_sources_still_reports() -> None:
    assert _fact("اعتقلت الشرطة خمسة أشخاص وفق مصادر أمنية.", "اعتقلت") == ("positive", "reported")


# ---------------------------------------------------------------- a past verb is no future verb's complement
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأضاف أن ستيفاني اعتقلت في منزلها.", "اعتقلت"),
        ("وقال المحقق إن ستيفاني ويلسون هاجمت جارتها بسكين.", "هاجمت"),
        ("وقال إن ستانلي وأصدقاءه هاجموا الحارس.", "هاجموا"),
    ],
)
def test_name_read_as_future_does_not_plan_a_past_verb(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ستستمر المملكة دوما في دعم القضية.", "دعم"),
        ("ستقدم الحكومة مساعدات للاجئين.", "ستقدم"),
    ],
)
def test_future_verb_still_plans(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


# ---------------------------------------------------------------- كان + a nominal predicate
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكانت السفارة هدفا لهجوم مماثل في العام الماضي.", "هجوم"),
        ("وكان الحي مسرحا لاشتباكات عنيفة الأسبوع الماضي.", "اشتباكات"),
        ("وقال إن البلدة هدأت بعد أن كانت هدفا لغارات يومية.", "غارات"),
    ],
)
def test_copula_with_nominal_predicate_is_no_pluperfect(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكانت روسيا لوحت بفرض عقوبات.", "لوحت"),
        ("وكانت تركيا بدأت محادثات مع شركة صينية.", "محادثات"),
        ("وكانت القوات قد شنت هجوما على البلدة.", "هجوما"),
    ],
)
def test_pluperfect_after_a_name_in_a_stays_historical(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "historical")


# ---------------------------------------------------------------- a title's office «في» a source
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال رئيس قسم التوثيق في الشبكة السورية لحقوق الإنسان إن الطائرات قصفت السوق.", "قصفت"),
        ("وأكد مدير المكتب الإعلامي في المرصد أن القوات اعتقلت عشرين شخصا.", "اعتقلت"),
        ("وذكر مدير الدائرة القانونية في نادي الأسير أن الاحتلال اعتقل ثلاثة أطفال.", "اعتقل"),
    ],
)
def test_title_in_a_source_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_title_in_an_official_body_stays_asserted() -> None:
    text = "وقال رئيس قسم العمليات في الشرطة إن القوات اعتقلت عشرين شخصا."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")


# ---------------------------------------------------------------- a relative clause whose antecedent is a source
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("واستند التقرير إلى وكالة الأنباء الرسمية التي أفادت بأن الشرطة اعتقلت خمسة أشخاص.", "اعتقلت"),
        ("واستشهد النائب بصحيفة «الغد» التي ذكرت أن الجيش قصف القرية.", "قصف"),
        ("واعتمد الباحث على شهود العيان الذين قالوا إن المسلحين هاجموا الحافلة.", "هاجموا"),
    ],
)
def test_relative_clause_of_a_source_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وانتقد الوزير الحكومة المصرية التي قالت إن الشرطة اعتقلت خمسة أشخاص.", "اعتقلت"),
        ("ربط الإعلام المحلي بين الإشارة التي أشار بها الرئيس وبين اغتيال القاضي.", "اغتيال"),
    ],
)
def test_relative_clause_of_no_source_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


# ---------------------------------------------------------------- توقعت: a source's forecast
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("توقعت مصادر دبلوماسية تعثر المحادثات بين الطرفين.", "المحادثات"),
        ("وتوقعت صحف محلية فشل المفاوضات الجارية.", "المفاوضات"),
        ("وتوقعت مصادر أمنية تصاعد الهجمات على الحدود.", "الهجمات"),
    ],
)
def test_forecast_by_a_source_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_forecast_by_a_government_stays_asserted() -> None:
    assert _fact("وتوقعت الحكومة نجاح المحادثات.", "المحادثات") == ("positive", "asserted")


# ---------------------------------------------------------------- a negated confirmation of a definite event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم يرد تأكيد مستقل للهجوم على الميناء.", "لهجوم"),
        ("ولا يوجد تأكيد رسمي للاعتقال حتى الآن.", "لاعتقال"),
        ("ولم يصدر حتى الآن تأكيد من الجيش للغارة.", "لغارة"),
    ],
)
def test_unconfirmed_definite_event_stays_told(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_unconfirmed_indefinite_event_stays_open() -> None:
    assert _fact("لم يرد تأكيد لوقوع هجوم.", "هجوم")[1] == "possible"


# ---------------------------------------------------------------- بعد + a verbal noun with a possessive
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ويجب محاسبتهم بعد اعتقالهم المتظاهرين.", "اعتقالهم"),
        ("يجب الرد بعد هجومهم على القرية.", "هجومهم"),
        ("وقد تتخذ الحكومة إجراءات إثر اقتحامها المقر.", "اقتحامها"),
    ],
)
def test_possessed_setting_is_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


# ---------------------------------------------------------------- a future event inside a whether-clause
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم يتضح ما إذا كانت الحكومة ستفرض عقوبات على الشركات المخالفة.", "عقوبات"),
        ("ويتساءل المراقبون عما إذا كان الجيش سيشن هجوما على المدينة.", "هجوما"),
        ("ويبقى السؤال ما إذا كان الطرفان سيلتزمان بالهدنة أو أنهما سيستأنفان القصف.", "القصف"),
    ],
)
def test_future_event_in_a_whether_clause_is_conditional(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "conditional")


def test_future_event_outside_a_whether_clause_stays_planned() -> None:
    text = "ولم يتضح ما إذا كان الوزير راضيا، لكن الحكومة ستفرض عقوبات على الشركات."
    assert _fact(text, "عقوبات") == ("positive", "planned")


# ---------------------------------------------------------------- a suspicion on an indefinite antecedent
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت الشرطة إن شابا يشتبه بأنه سرق سيارة الإسعاف جرى توقيفه في المطار.", "توقيفه"),
        ("وأعلنت السلطات أن رجلا يشتبه بأنه هرب أسلحة تم اعتقاله قرب الحدود.", "اعتقاله"),
        ("وذكرت النيابة أن موظفا يشتبه بأنه سرب وثائق سرية تم توقيفه أمس.", "توقيفه"),
    ],
)
def test_suspicion_describing_an_indefinite_antecedent_leaves_the_main_predicate(
    text: str, trigger: str
) -> None:
    assert _fact(text, trigger)[1] != "alleged"


def test_suspicion_governing_the_event_stays_alleged() -> None:
    assert _fact("وتشتبه الشرطة بأنه تجسس لصالح إيران وتم اعتقاله.", "اعتقاله")[1] == "alleged"


# ---------------------------------------------------------------- في حال + a verbal noun, after a verbal noun
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال إن القدرة على فرض العقوبات من جديد في حال خرق الاتفاق تطمئن الحلفاء.", "فرض"),
        ("وأكد الوزير أن بلاده مستعدة للمشاركة في مفاوضات في حال فشل الهدنة.", "مفاوضات"),
        ("وتحتفظ واشنطن بحق استئناف دعم المعارضة في حال تجدد القصف.", "دعم"),
        ("ودعا إلى فرض حظر على السلاح في حالة انتهاك وقف إطلاق النار.", "حظر"),
    ],
)
def test_in_case_of_a_verbal_noun_conditions_the_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "conditional")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("فرضت الحكومة عقوبات على الشركة في حال سيئة.", "فرضت"),
        ("اعتقلت الشرطة الرجل وهو في حال سيئة.", "اعتقلت"),
    ],
)
def test_a_state_is_no_condition(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
