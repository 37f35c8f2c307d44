"""Scope rules of round 11 (`khabar/events/clauses.py` and small hunks in `extract.py` / `scope.py`), by
structural cause, found on the errors of test5 (tuning material since its single scoring) read among the
other tuning sets.

Every rule has at least three hand-written news sentences worded unlike the gold sentence that showed the
cause (none is copied from a gold set) and a counter-case where it must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- a negated verb of telling or knowing
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم يتضح بعد مصدر القصف الذي استهدف الحي.", "القصف"),
        ("ولم توضح الوزارة ما إذا كانت الغارة استهدفت مخزنا للسلاح.", "الغارة"),
        ("ولا يعرف بعد منفذو الهجوم على الحافلة.", "الهجوم"),
        ("ولم يوضح المتحدث ما إذا كان الهجوم نفذ بصواريخ أو بقذائف هاون.", "الهجوم"),
    ],
)
def test_definite_event_under_a_negated_telling_verb_is_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولا يعرف ما إذا كان القصف قد وقع.", "القصف"),
        ("ولم يتضح ما إذا كانت المفاوضات ستجري.", "المفاوضات"),
    ],
)
def test_whether_the_event_took_place_stays_open(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "asserted"


def test_unconfirmed_definite_event_stays_open() -> None:
    # confirming is no verb of telling here: an unconfirmed arrest is not told as fact
    assert _fact("ولم تؤكد الشرطة الاعتقال.", "الاعتقال")[1] != "asserted"


# ---------------------------------------------------------------- a negated copula with an exceptive
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وليس الهجوم على القرية إلا رسالة إلى الحكومة.", "الهجوم"),
        ("وليست المفاوضات الجارية سوى غطاء لكسب الوقت.", "المفاوضات"),
        ("ليست زيارة الوزير، الأولى منذ عامين، إلا بداية لمرحلة جديدة.", "زيارة"),
    ],
)
def test_subject_of_a_negated_copula_with_an_exceptive_is_told(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "positive"


def test_negated_copula_without_exceptive_still_negates() -> None:
    assert _fact("وليست هناك مفاوضات بين الطرفين.", "مفاوضات")[0] == "negative"


# ---------------------------------------------------------------- destination participles
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ضبطت الشرطة عبوات ناسفة كانت مجهزة لتفجير مبنى المحكمة.", "تفجير"),
        ("وكانت الطائرات مخصصة لقصف مواقع المعارضة.", "قصف"),
        ("وعثر الجيش على صواريخ معدة لقصف المدن الحدودية.", "قصف"),
    ],
)
def test_what_a_thing_is_destined_for_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The navy seized drones designed to attack oil tankers.", "attack"),
        ("The drones were meant to attack oil facilities.", "attack"),
        ("The unit was designed to strike targets deep inside enemy territory.", "strike"),
    ],
)
def test_english_destination_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


def test_pluperfect_without_destination_stays_historical() -> None:
    assert _fact("وكانت القوات قد قصفت المدينة قبل أسبوع.", "قصفت")[1] == "historical"


# ---------------------------------------------------------------- the list of a charge sheet
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وشملت لائحة الاتهام خطف ثلاثة أشخاص.", "خطف"),
        ("وشملت التهم الموجهة إليهم، خطف رجل أعمال وابتزاز عائلته.", "خطف"),
        ("وتضمنت قائمة التهم، التحريض على العنف واقتحام مبنى البلدية.", "اقتحام"),
    ],
)
def test_acts_listed_by_a_charge_sheet_are_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "alleged"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The court overturned her conviction for stabbing a neighbour in 2010.", "stabbing"),
        ("A judge upheld his conviction for assaulting a police officer.", "assaulting"),
        ("The man was convicted of kidnapping a taxi driver.", "kidnapping"),
    ],
)
def test_content_of_a_conviction_is_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "alleged"


def test_agreement_that_contains_an_event_is_no_charge() -> None:
    assert _fact("وتضمن الاتفاق، وقف إطلاق النار في المدينة.", "وقف إطلاق النار")[1] != "alleged"


# ---------------------------------------------------------------- حالة is a state, في حال a condition
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأعلنت الحكومة حالة الطوارئ بعد هجمات دامية على مراكز الشرطة.", "هجمات"),
        ("ورفعت السلطات حالة التأهب إثر اشتباكات عنيفة في الضواحي.", "اشتباكات"),
        ("وتبقى حالة الجرحى حرجة منذ اعتقالهم الشهر الماضي.", "اعتقالهم"),
    ],
)
def test_state_noun_is_no_condition(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "conditional"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ستفرض الدول عقوبات في حالة رفضت الحكومة الاتفاق.", "رفضت"),
        ("وفي حال هاجمت القوات المدينة سيرد المسلحون.", "هاجمت"),
    ],
)
def test_in_case_is_still_a_condition(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "conditional"


# ---------------------------------------------------------------- a time between commas is an incise
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ومن المتوقع أن يجري الرئيس، غدا، محادثات مع نظيره.", "محادثات"),
        ("ومن المنتظر أن يوقع الطرفان، الأحد المقبل، اتفاق الهدنة.", "الهدنة"),
        ("ويعتزم الوزير، يوم السبت، زيارة العاصمة الروسية.", "زيارة"),
    ],
)
def test_time_incise_does_not_cut_the_plan(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


# ---------------------------------------------------------------- the subject of a negated verb of success
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم تنجح حتى الآن المفاوضات في التوصل إلى هدنة.", "المفاوضات"),
        ("ولم تتمكن بعد الاحتجاجات من إسقاط الحكومة.", "الاحتجاجات"),
        ("ولم تنجح المحادثات الأخيرة في إنهاء الأزمة.", "المحادثات"),
    ],
)
def test_event_subject_of_a_negated_success_verb_took_place(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "positive"


def test_complement_of_a_negated_ability_verb_stays_negated() -> None:
    assert _fact("ولم تتمكن الشرطة حتى الآن من اعتقال المشتبه به.", "اعتقال")[0] == "negative"


# ---------------------------------------------------------------- negative implicatives
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ويستحيل إجراء مفاوضات في ظل القصف المستمر.", "مفاوضات"),
        ("وتعذر عقد الاجتماع الطارئ.", "الاجتماع"),
        ("ويتعذر إيصال المساعدات إلى المدينة المحاصرة.", "المساعدات"),
    ],
)
def test_impossible_event_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم تتقاعس الحكومة عن دعم المزارعين.", "دعم"),
        ("ولم تتأخر الدول المجاورة عن إرسال المساعدات.", "المساعدات"),
        ("ولم يتهاون الجيش في قصف مواقع المسلحين.", "قصف"),
    ],
)
def test_not_slow_to_act_is_acting(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


# ---------------------------------------------------------------- no evidence of an event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولا توجد أدلة تثبت وقوع هجوم كيميائي.", "هجوم"),
        ("ولم ترد مؤشرات تدل على حدوث اشتباكات.", "اشتباكات"),
        ("وأكد التقرير عدم وجود إشارات تشير إلى اعتقالات جديدة.", "اعتقالات"),
    ],
)
def test_no_evidence_of_an_event_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


# ---------------------------------------------------------------- a suspicion on who the subject is
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال شهود إن من يشتبه أنهم مسلحون خطفوا ثلاثة أجانب.", "خطفوا"),
        ("وذكرت مصادر أن من يشتبه بأنهم مهربون مسلحون هاجموا دورية حدودية.", "هاجموا"),
        ("وأفاد ناشطون أن من يشتبه بأنهم عناصر من الجيش اعتقلوا ثلاثة شبان.", "اعتقلوا"),
        ("وقال سكان إن من يشتبه أنهم قناصة قتلوا طفلا في الحي.", "قتلوا"),
    ],
)
def test_suspicion_on_the_subject_leaves_the_act_told(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "alleged"


def test_suspicion_on_the_act_is_alleged() -> None:
    # (a police account of an assault is alleged anyway; here the suspicion itself names the act)
    assert _fact("وقالت الشرطة إن من يشتبه أنهم خطفوا الأجانب فروا.", "خطفوا")[1] == "alleged"


# ---------------------------------------------------------------- a condition after a present predicate
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال إن الحكومة تؤيد أي اتفاق إذا ضمن حقوق اللاجئين.", "تؤيد"),
        ("وتدعم واشنطن الحوار في حال توقف القتال.", "تدعم"),
        ("ويعارض الحزب أي تدخل عسكري إذا لم يوافق عليه البرلمان.", "يعارض"),
    ],
)
def test_condition_after_a_present_predicate(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "conditional"


def test_condition_of_a_later_verb_stays_there() -> None:
    text = "وقال إن إسرائيل التي تعارض الاتفاق بشدة تسعى للحصول على تعهد بالتدخل في حال هاجمتها إيران."
    assert _fact(text, "تعارض")[1] != "conditional"


# ---------------------------------------------------------------- a scheduled event that will go on
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد أن الاحتجاجات ستستمر حتى رحيل الحكومة.", "الاحتجاجات"),
        ("وقال إن الإضراب سيمتد إلى مدن أخرى.", "الإضراب"),
        ("وأضاف أن المظاهرات ستتجدد يوم الجمعة.", "المظاهرات"),
    ],
)
def test_event_that_will_go_on_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


# ---------------------------------------------------------------- a colon ends the reach of a condition
def test_colon_ends_a_sentence_condition() -> None:
    text = "وإذا صح ذلك فإن علينا أن نسأل: لماذا لم نشهد أي عمليات خطف أو اغتيال في المدينة؟"
    assert _fact(text, "خطف") == ("negative", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وإذا سئل الوزير عن ذلك فإنه يجيب: لقد وقعنا الاتفاق مع الشركة.", "وقعنا"),
        ("إذا أردت أن تعرف الحقيقة فاسمع: الجيش قصف المدينة.", "قصف"),
    ],
)
def test_statement_after_the_colon_of_a_condition_is_told(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم نشهد أي عمليات خطف أو اغتيال في المدينة.", "خطف"),
        ("ولم تعلن السلطات عن أي عمليات دهم أو اعتقال.", "اعتقال"),
        ("ولم تتحدث التقارير عن أي عمليات قصف أو اغتيال.", "قصف"),
    ],
)
def test_event_inside_a_negated_any_phrase_is_negated(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_definite_event_after_a_negated_any_agent_is_told() -> None:
    # أي quantifies the agent; the definite attack is a noun phrase of its own, told as given
    assert _fact("ولم تتبن أي جهة الهجوم على الحافلة.", "الهجوم")[0] == "positive"


# ---------------------------------------------------------------- an indefinite setting with its own relative
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقد تتأخر الانتخابات بعد تفجير تبناه التنظيم.", "تفجير"),
        ("ويمكن أن ترتفع الأسعار عقب هجوم شنه المتمردون على الميناء.", "هجوم"),
        ("وقد يتأخر الإصلاح بعد غارة نفذتها طائرات حربية.", "غارة"),
    ],
)
def test_indefinite_setting_with_a_past_relative_is_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] not in ("possible", "conditional", "planned")


# ---------------------------------------------------------------- a construct made definite by its genitive
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم تتطرق الصحيفة إلى زيارة وزير الدفاع للقاعدة.", "زيارة"),
        ("ولم يتحدث البيان عن اعتقال قائد الشرطة.", "اعتقال"),
        ("ولم تشر الوزارة إلى اعتقال رئيس البلدية.", "اعتقال"),
    ],
)
def test_construct_event_under_a_negated_telling_verb_is_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_indefinite_event_under_a_negated_telling_verb_stays_open() -> None:
    assert _fact("ولم يتحدث البيان عن اعتقال قائد.", "اعتقال")[1] != "asserted"


# ---------------------------------------------------------------- not taking place, subject of a future verb
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وحذر من أن عدم توقيع الاتفاق سيؤدي إلى حرب.", "توقيع"),
        ("وقال إن عدم إجراء المفاوضات سيزيد التوتر في المنطقة.", "المفاوضات"),
        ("وأكد أن عدم التوصل إلى هدنة سيطيل الحرب.", "التوصل"),
    ],
)
def test_unrealised_event_subject_of_a_future_verb_is_conditional(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "conditional")


def test_unrealised_event_with_a_present_predicate_is_told() -> None:
    assert _fact("وأكد أن عدم التوصل إلى هدنة يطيل الحرب.", "التوصل") == ("negative", "asserted")


# ---------------------------------------------------------------- a possibility noun in the accusative
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("والحكومة هي الأقل احتمالا لأن توقع الاتفاق.", "توقع"),
        ("ويبدو الجيش أكثر احتمالا لأن يشن هجوما على المدينة.", "يشن"),
        ("وهذه الفصائل هي الأكثر احتمالا لأن تقاطع المفاوضات.", "المفاوضات"),
    ],
)
def test_likelihood_in_the_accusative_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "possible"


def test_began_is_no_necessity() -> None:
    # بدأ normalises to بدا, which must not read as بد (لا بد) + an accusative alif
    assert _fact("وبدأ المتظاهرون الاحتجاج أمام البرلمان.", "الاحتجاج")[1] == "asserted"


# ---------------------------------------------------------------- even if
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولن تتغير سياستها حتى وإن وقعت الحكومة اتفاق السلام.", "وقعت"),
        ("ولن نقبل بالتسوية حتى إن أبرمت الأطراف اتفاقا جديدا.", "أبرمت"),
        ("وسيمضي الجيش في خطته حتى وإن شنت الفصائل هجوما على مقراته.", "شنت"),
    ],
)
def test_even_if_clause_is_conditional(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "conditional"


# ---------------------------------------------------------------- an act a link ties to a suspect
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وتحقق الشرطة في صلة المشتبه به بهجمات على كنائس.", "هجمات"),
        ("وكشفت التحقيقات عن أدلة تربط المشتبه بهم بعمليات خطف في الجنوب.", "خطف"),
        ("ووجدت الشرطة ما يربط المشتبه بها بجرائم قتل في الحي.", "قتل"),
    ],
)
def test_indefinite_act_linked_to_a_suspect_is_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "alleged"


def test_definite_act_linked_to_a_suspect_is_told() -> None:
    # the link is what is alleged; the attack on the church took place
    assert _fact("وتحقق الشرطة في صلة المشتبه به بالهجوم على الكنيسة.", "الهجوم")[1] == "asserted"


# ---------------------------------------------------------------- what is said inside a condition
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وإذا قيل إن الجيش انسحب فإننا نقول: القوات قصفت المدينة أمس.", "قصفت"),
        ("وإذا قيل إن الحوار فشل فالجواب واضح: الطرفان وقعا الاتفاق أمس.", "وقعا"),
        ("وإذا قيل إن الحكومة تراجعت فإننا نؤكد: الجيش قصف مواقع المسلحين.", "قصف"),
    ],
)
def test_hearsay_inside_a_condition_does_not_reach_the_apodosis(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_hearsay_outside_a_condition_still_reports() -> None:
    assert _fact("ويقال إن الجيش قصف مواقع المسلحين.", "قصف")[1] == "reported"
