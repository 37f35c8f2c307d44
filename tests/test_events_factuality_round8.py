"""Scope rules of round 8, by broad cause, found on the errors of the scored factuality sets test and
test2 (tuning material since their scorings) read together with dev..dev5.

Hand-written news sentences, one or more per general rule, each with a counter-case where the rule
must not fire; none is copied from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import extract
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- quote marks around a short name
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("وكانت قوات بمدينة “حلب” قد انسحبت من الحي قبل أسبوع.", "انسحبت", "historical"),
        ("وكان مقاتلون من «الجيش الحر» قد هاجموا الحاجز ليلا.", "هاجموا", "historical"),
        ("وقال إن الجيش قد يشن ضربات على مواقع «داعش» في حال تعرض لهجوم.", "ضربات", "conditional"),
    ],
)
def test_quoted_name_is_no_clause_break(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger) == ("positive", modality)


def test_quoted_future_verb_stays_a_break() -> None:
    # the quoted word is a verb of its own clause: its future does not reach the event after it
    text = "وقال إن بلاده «ستنتصر» على المنتقدين الذين يقولون إنها ستوقف دعمها للحركة."
    assert _fact(text, "دعمها")[1] != "planned"


def test_demonstrative_attack_under_condition_took_place() -> None:
    text = "وقال إنه إذا ثبت وقوف التنظيم خلف هذا الهجوم فإن الحكومة سترد بقوة."
    assert _fact(text, "الهجوم") == ("positive", "asserted")


def test_indefinite_attack_under_condition_stays_conditional() -> None:
    text = "وقال الوزير إن بلاده سترد إذا وقع هجوم على قواتها."
    assert _fact(text, "هجوم")[1] == "conditional"


# ---------------------------------------------------------------- pluperfect كان ... قد + past verb
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكان وزير الخارجية، الذي زار المنطقة الشهر الماضي، قد وقع الاتفاق مع نظيره.", "وقع"),
        ("وكانت القوات التي تتمركز في المدينة منذ سنوات قد انسحبت منها قبل أسبوع.", "انسحبت"),
        ("وقالت الشرطة إن المسلحين كانوا قد هاجموا القرية قبل يومين.", "هاجموا"),
    ],
)
def test_pluperfect_is_historical(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "historical")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكان بين القتلى نساء وأطفال في الهجوم الذي وقع أمس.", "الهجوم"),
        ("وكانت هناك اشتباكات عنيفة في المدينة.", "اشتباكات"),
        ("وكان الجيش في حالة تأهب، لكن المسلحين قد هاجموا القرية فجرا.", "هاجموا"),
    ],
)
def test_existential_kana_is_no_background(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


# ---------------------------------------------------------------- a decision not to act is taken
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("وقررت الحكومة عدم دعم المرشح في الانتخابات.", "دعم", "asserted"),
        ("قررت اللجنة بالإجماع عدم منح اللاعب الدعم الذي طلبه.", "الدعم", "asserted"),
        ("وكانت الحكومة قررت عدم تقديم الدعم للمشروع.", "الدعم", "historical"),
    ],
)
def test_decision_not_to_act(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger) == ("negative", modality)


def test_decision_to_act_stays_planned() -> None:
    assert _fact("وقرر المجلس فرض عقوبات على الشركة.", "فرض") == ("positive", "planned")


# ---------------------------------------------------------------- readiness, planning, expectation
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد أن التحالف مستعد للتعاون مع أي تحقيق في اليمن.", "تعاون"),
        ("وقال البيان إن للموقوف صلة بالتخطيط لمهاجمة أهداف حكومية.", "مهاجمة"),
        ("وينتظر أن ترفع العقوبات عن إيران العام المقبل.", "ترفع"),
        ("ويتوقع أن يلتقي الوزير نظيره الروسي في موسكو.", "يلتقي"),
    ],
)
def test_readiness_plan_and_expectation_are_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_plan_noun_without_purpose_is_no_cue() -> None:
    assert _fact("وبموجب الخطة انسحبت القوات من المدينة أمس.", "انسحبت")[1] == "asserted"


# ---------------------------------------------------------------- the event to come
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال البيان إن المفاوضات حول الاتفاق الجديد ستجري بسرعة.", "المفاوضات"),
        ("وأكد المتحدث أن الاجتماع سيعقد في الرياض.", "الاجتماع"),
        ("ويعقد حلف الناتو اجتماعا غدا الثلاثاء لبحث الأزمة.", "اجتماعا"),
        ("ويلتقي الرئيس نظيره الفرنسي الأسبوع المقبل في باريس.", "يلتقي"),
    ],
)
def test_scheduled_event_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال إن الهجوم سيؤدي إلى تصعيد خطير.", "الهجوم"),  # a given attack with a future effect
        ("ويلتقي الرئيس نظيره الفرنسي بانتظام في باريس.", "يلتقي"),  # no future time
    ],
)
def test_no_future_no_plan(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


# ---------------------------------------------------------------- exceptive after a past negation
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم تقصف الطائرات المدينة إلا مرة واحدة منذ بداية الحرب.", "تقصف"),
        ("ولم يتم الإفراج عن الرهائن إلا بعد دفع فدية.", "الإفراج"),
    ],
)
def test_exceptive_after_past_negation_took_place(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم يتم الإفراج عن الرهائن.", "الإفراج"),
        ("ورغم عدم اتهام الوزير بأي شيء إلا أن الحكومة أقالته.", "اتهام"),  # إلا أن: however
    ],
)
def test_plain_negation_without_exceptive(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


# ---------------------------------------------------------------- a coordinated past verb
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأعلن القائد أنه لن يسمح بالمظاهرات وهدد بالتصدي لها بالقوة.", "هدد"),
        ("وقال الوزير إنه سيزور موسكو ووقع اتفاقا مع نظيره.", "وقع"),
    ],
)
def test_coordinated_past_verb_leaves_the_future_clause(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_coordinated_imperfect_stays_in_the_future_clause() -> None:
    assert _fact("وقال الوزير إنه سيزور موسكو ويوقع اتفاقا مع نظيره.", "يوقع")[1] == "planned"


# ---------------------------------------------------------------- a contrast with its own speaker
def test_contrast_with_own_speaker_ends_the_report() -> None:
    text = "وأفادت مصادر محلية أن مدنيين قتلوا في قصف، لكن الجيش نفى أن يكون استهدف منطقة مأهولة."
    assert _fact(text, "استهدف") == ("negative", "asserted")
    assert _fact(text, "قصف")[1] == "reported"


def test_contrast_without_speaker_stays_reported() -> None:
    text = "وأفادت مصادر أن القوات اعتقلت عشرة أشخاص، لكنها أفرجت عنهم لاحقا."
    assert _fact(text, "أفرجت")[1] == "reported"


# ---------------------------------------------------------------- reasons of an event; a report
def test_reasons_of_an_event_take_it_as_given() -> None:
    assert _fact("ولم يستطع المتحدث توضيح أسباب الإفراج عن الموقوفين.", "الإفراج") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأفادت المنظمة في تقرير لها أن قذائف الهاون قتلت عشرات المدنيين.", "قتلت"),
        ("وذكرت الهيئة في أحدث تقاريرها أن القوات اعتقلت مئات الأشخاص.", "اعتقلت"),
    ],
)
def test_what_a_report_tells_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


# ---------------------------------------------------------------- English: allegations
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He pleaded no contest to second-degree murder in the death of his neighbor.", "murder"),
        ("She has been charged with first-degree murder, arson and theft.", "murder"),
        ("Police charged the driver with vehicular assault and reckless driving.", "assault"),
        (
            "The lawsuit alleges that the company fired workers and that managers threatened them.",
            "threatened",
        ),
        ("Police said the two men abducted a woman from a mall on Friday.", "abducted"),
    ],
)
def test_english_allegations(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "alleged")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He pleaded guilty to second-degree murder in the death of his neighbor.", "murder"),
        ("The reward for the arrest of a suspect in the 2009 murder of a teacher was raised.", "murder"),
        ("Police said they arrested the two men on Friday.", "arrested"),
    ],
)
def test_english_no_allegation(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


# ---------------------------------------------------------------- English: plans and settings
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The monthly meeting of the county board of supervisors will be at 7 p.m. Tuesday.", "meeting"),
        ("The weekly protest will be held on Friday outside the embassy.", "protest"),
        ("He pushed for a quick military withdrawal from the region.", "withdrawal"),
        ("Lawmakers prepare to meet again next month for a hearing on the outbreak.", "meet"),
    ],
)
def test_english_plans(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Detectives want to trace a man following a serious assault on a teenager.", "assault"),
        ("The activists were detained during opposition protests that were broken up by police.", "protests"),
        ("The company said it could not comment on the lawsuit.", "lawsuit"),
        ("The weekly protest was held on Friday outside the embassy.", "protest"),
    ],
)
def test_english_given_events(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_english_modal_on_the_event_stays() -> None:
    assert _fact("The army may launch an attack on the town.", "attack")[1] == "possible"


# ---------------------------------------------------------------- a present verb with a future time
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ويتوجه الوزير إلى موسكو غدا لإجراء محادثات مع نظيره.", "محادثات"),
        ("ويصل الرئيس إلى الرياض الأحد المقبل في زيارة رسمية.", "زيارة"),
    ],
)
def test_present_clause_with_future_time_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ووصل الرئيس إلى الرياض أمس في زيارة رسمية.", "زيارة"),
        ("ويصل الوفد القادم من القاهرة في زيارة رسمية.", "زيارة"),  # القادم من: coming from
    ],
)
def test_no_future_time_no_plan(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


def test_qad_before_a_hamza_final_imperfect_is_possible() -> None:
    assert _fact("وقد تلجأ الحكومة إلى فرض حظر التجول في المدينة.", "فرض")[1] == "possible"


def test_past_forms_of_claim_verbs_allege() -> None:
    assert _fact("وزعمت وسائل إعلام موالية أن الجيش قصف مواقع المسلحين.", "قصف")[1] == "alleged"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ويجب العمل حتى لا تتكرر مأساة الانتحاريين وقتل الأبرياء.", "قتل"),  # a verbal noun, not a verb
        ("وقالت إن المتهمين سيتم التحقيق معهم وإحالتهم للقضاء.", "إحالتهم"),
    ],
)
def test_coordinated_verbal_noun_keeps_its_clause(text: str, trigger: str) -> None:
    assert _fact(text, trigger) != ("positive", "asserted")


# ---------------------------------------------------------------- English: no clause breaks
def test_names_joined_by_and_are_no_clause() -> None:
    text = "Traders doubt whether the United States and China could agree on a deal."
    assert _fact(text, "agree")[1] == "conditional"


def test_abbreviation_dot_is_no_sentence_end_for_the_scan() -> None:
    text = "Prosecutors allege that Dr. Jones killed his business partner in March."
    assert _fact(text, "killed")[1] == "alleged"


def test_setting_after_a_wish_is_given() -> None:
    text = "Detectives would like to trace a man following a serious assault on a teenager."
    assert _fact(text, "assault") == ("positive", "asserted")


# ---------------------------------------------------------------- Arabic negation frames
def test_unclaimed_attack_took_place() -> None:
    text = "وانفجرت سيارة مفخخة دون أن يعلن أي طرف مسؤوليته عن الهجوم."
    # (round 18) انفجرت is an event too now and الهجوم a further mention of it: one positive attack
    evs = [e for e in extract(text).events if e.type == "ASSAULT"]
    assert len(evs) == 1 and evs[0].polarity == "positive"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكدت الوزارة أنه لا صحة للأنباء عن اعتقال الصحفي.", "اعتقال"),
        ("ونفت الشرطة صحة ما تردد عن اعتقال ناشطين.", "اعتقال"),
    ],
)
def test_denied_report_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_planning_past_verb_plans() -> None:
    assert _fact("وأكدت النيابة أن المتهمين خططوا لاغتيال الرئيس.", "اغتيال")[1] in ("planned", "alleged")


def test_indictment_tells_an_allegation() -> None:
    assert _fact("وذكرت لائحة الاتهام أن المتهم قتل الضحية عمدا.", "قتل")[1] == "alleged"


# ---------------------------------------------------------------- Arabic: on the way to, about to, promised
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("وتتجه الحكومة إلى فرض عقوبات جديدة على الشركات.", "فرض", "planned"),
        ("والحكومة بصدد فرض عقوبات جديدة على الشركات.", "فرض", "planned"),
        ("والجيش على وشك شن هجوم على المدينة.", "هجوم", "planned"),
        ("وحشد الجيش قواته تمهيدا لشن هجوم على المدينة.", "هجوم", "planned"),
        ("ووعد الوزير بإرسال مساعدات إلى المنطقة.", "مساعدات", "planned"),
        ("واقترح الوزير عقد اجتماع طارئ.", "اجتماع", "planned"),
        ("وتدرس الحكومة فرض عقوبات على الشركة.", "فرض", "possible"),
    ],
)
def test_arabic_plan_and_consider_frames(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger) == ("positive", modality)


def test_arabic_done_event_is_not_planned() -> None:
    assert _fact("وفرضت الحكومة عقوبات جديدة على الشركات.", "فرض")[1] == "asserted"


# ---------------------------------------------------------------- reporting frames
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأفادت أنباء بأن القوات اعتقلت عشرة أشخاص.", "اعتقلت"),
        ("وتشير الأنباء إلى أن القوات انسحبت من المدينة.", "انسحبت"),
        ("وأوضح مصدر أمني أن القوات اعتقلت عشرة أشخاص.", "اعتقلت"),
    ],
)
def test_arabic_news_and_sources_report(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_official_statement_stays_asserted() -> None:
    assert _fact("وأوضح وزير الداخلية أن القوات اعتقلت عشرة أشخاص.", "اعتقلت")[1] == "asserted"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The bill would impose sanctions on officials deemed responsible.", "possible"),
        ("Officials said the government would impose sanctions next week.", "planned"),
    ],
)
def test_what_a_proposal_would_do_is_possible(text: str, modality: str) -> None:
    assert _fact(text, "sanctions")[1] == modality


# ---------------------------------------------------------------- a feared or warned-of event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وتخشى المعارضة من اعتقال قادتها.", "اعتقال"),
        ("وحذر الوزير من مغبة شن هجوم على المدينة.", "هجوم"),
    ],
)
def test_feared_event_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_event_after_plain_min_is_no_fear() -> None:
    assert _fact("وانسحبت القوات من المدينة بعد اعتقال قادة المسلحين.", "اعتقال")[1] == "asserted"


# ---------------------------------------------------------------- after the second scoring of test3
# (test3 errors read: these rules are tuned on test3, see eval/events/README.md)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ونفت الشرطة، في بيان، ما يتردد عن اعتقال ناشطين في المدينة.", "اعتقال"),
        ("ونفت الوزارة صحة ما تردد في بعض وسائل الإعلام ومواقع التواصل عن منع الصحيفة.", "منع"),
        ("وفشل اجتماع جديد بين طرفي النزاع في التوصل إلى اتفاق.", "اتفاق"),
    ],
)
def test_denied_rumour_and_failure_are_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_responsibility_for_a_definite_event_keeps_it() -> None:
    text = "ولم يذكر المسؤولون الدولة التي يحملونها مسؤولية الهجوم."
    assert _fact(text, "الهجوم")[0] == "positive"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ويعتقد أن المسلحين خطفوا الصحفيين.", "خطفوا"),
        ("وعثر في الموقع على أشلاء يعتقد أنها ناتجة عن تفجير بحزام ناسف.", "تفجير"),
    ],
)
def test_it_is_believed_alleges(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "alleged"


def test_belief_about_the_subject_leaves_the_verb() -> None:
    text = "وذكرت مصادر أن طائرات يعتقد أنها تابعة للتحالف قصفت مواقع للتنظيم."
    assert _fact(text, "قصفت")[1] == "reported"


def test_kana_sentence_with_a_relative_clause_is_background() -> None:
    text = "وكانت قيادة الفصيل التي يترأسها القائد، رفضت تشكيل جيش جديد في المنطقة."
    assert _fact(text, "رفضت")[1] == "historical"


def test_postposed_alleged_adjective_stays_on_its_noun() -> None:
    text = "ودعت منظمات الهيكل المزعوم إلى اقتحام جماعي للمسجد."
    assert _fact(text, "اقتحام")[1] != "alleged"


def test_concession_takes_the_event_as_given() -> None:
    text = "وقال إن موقف بلاده لم يتغير رغم توقيعها على الاتفاق."
    assert _fact(text, "توقيع") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت إن الولايات المتحدة قررت السماح بشن غارات حتى لو كان المهاجمون من القوات الحكومية.", "غارات"),
        ("وقال إن الحكومة ستفرض عقوبات كما لو كانت في حالة حرب.", "عقوبات"),
    ],
)
def test_even_if_and_as_if_are_no_conditions(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


def test_had_reported_is_no_attribution() -> None:
    text = "In 2003, officials were accused of concealing the outbreak, and later admitted more cases than they had initially reported."
    assert _fact(text, "accused")[1] == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأوضح البيان أن مباحثات الوزير مع نظيره ستتضمن تطبيق الاتفاقات.", "مباحثات"),
        ("واعتقلت الشرطة شخصا كان يعد لاغتيال الوزير.", "اغتيال"),
        ("وقال إنه يعتزم بحث الأزمة عندما يلتقي نظيره الروسي.", "يلتقي"),
    ],
)
def test_more_arabic_plans(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


def test_no_longer_is_no_preparation() -> None:
    assert _fact("وقال إنه لم يعد للهدنة أي معنى بعد القصف.", "هدنة")[1] != "planned"


def test_past_when_clause_stays_asserted() -> None:
    assert _fact("وقال إنه التقى الرئيس عندما زار موسكو.", "زار")[1] == "asserted"


def test_not_spared_from_attacks_means_attacked() -> None:
    assert _fact("لكن القبة لم تسلم من هجمات التنظيم بالسيارات المفخخة.", "هجمات") == ("positive", "asserted")


def test_otherwise_is_a_condition() -> None:
    text = "والقرار سيجبر الدول على التعاون مع المحكمة والا تفرض عليها عقوبات."
    assert _fact(text, "تفرض")[1] == "conditional"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Police officials, speaking on condition of anonymity, said the 20 killed included four children.",
            "killed",
        ),
        ("وقال مسؤول أمني، طلب عدم نشر اسمه، إن القوات اعتقلت عشرة أشخاص.", "اعتقلت"),
    ],
)
def test_anonymous_speaker_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "reported"


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "The town hall meetings, which will take place throughout spring, will include a talk.",
            "meetings",
            "planned",
        ),
        ("A third meeting takes place at 5 this evening at the community center.", "meeting", "planned"),
        ("The senator said he would support the project.", "support", "possible"),
        ("A third meeting took place at 5 that evening at the community center.", "meeting", "asserted"),
    ],
)
def test_english_scheduled_and_stance(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger)[1] == modality
