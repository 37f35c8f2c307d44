"""Scope rules found on the English factuality dev batch 4 (`eval/events/factuality_dev4.jsonl`).

Hand-written news sentences, one or two per general rule and its Arabic counterpart where one applies,
each with a counter-case where the rule must not fire; none is copied from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- intention and pursuit: planned
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The US wants Britain to extradite the suspect.", "extradite"),
        ("The government wants the army to withdraw from the city.", "withdraw"),
        ("Washington is seeking the extradition of the banker.", "extradition"),
        ("تريد واشنطن من أوروبا أن تفرض عقوبات على إيران.", "عقوبات"),
    ],
)
def test_wanted_or_sought_event_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The US wants Britain and Washington extradited the suspect last year.", "extradited"),
        ("قالت واشنطن إنها فرضت عقوبات على إيران.", "عقوبات"),
    ],
)
def test_no_intention_no_plan(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


# ---------------------------------------------------------------- allegation
def test_charges_of_with_modifiers_are_alleged() -> None:
    assert _fact("The suspect faces two charges of attempted murder.", "murder") == ("positive", "alleged")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The man pleaded guilty to charges he attacked a police officer.", "attacked"),
        ("اعترف المتهم بأنه قتل الشرطي.", "قتل"),
        ("وأقر المتهمون بتهريب الأسلحة والهجوم على الدورية.", "الهجوم"),
    ],
)
def test_an_admitted_act_is_not_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The man pleaded not guilty to charges he attacked a police officer.", "attacked"),
        ("واتهمت النيابة الرجل بالهجوم على الدورية.", "الهجوم"),
    ],
)
def test_a_denied_or_charged_act_stays_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "alleged")


# ---------------------------------------------------------------- possibility
def test_any_efforts_to_is_possible() -> None:
    text = "The envoy said he had no knowledge of any efforts to arrest the opposition leader."
    assert _fact(text, "arrest") == ("positive", "possible")


def test_a_modal_on_another_verb_leaves_a_definite_event_given() -> None:
    assert _fact("The strategy may be slowing the talks.", "talks") == ("positive", "asserted")
    # the modal governs the event when the verb makes it happen
    assert _fact("Israel may hold talks with Hamas.", "talks")[1] == "possible"


def test_a_condition_after_a_modal_predicate_of_the_event_noun() -> None:
    text = "Aid might be freed if the government opens an inquiry."
    assert _fact(text, "Aid") == ("positive", "conditional")
    assert _fact("Aid might be freed next month.", "Aid") == ("positive", "possible")


# ---------------------------------------------------------------- attribution
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Chronicle says the man was arrested on Monday.", "arrested"),
        ("Some reports suggest 50 people were killed in the raid.", "killed"),
        ("قالت رويترز إن الشرطة اعتقلت ثلاثة متظاهرين.", "اعتقلت"),
        ("أفادت فرانس برس بأن الجيش قصف القرية.", "قصف"),
    ],
)
def test_media_and_reports_as_source_make_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The senator said the president was killed.", "killed"),
        ("قالت الجامعة العربية إن الوزراء التقوا في القاهرة.", "التقوا"),
        # "reportedly" covers its own clause only
        ("He was jailed for an assault he reportedly committed last year.", "jailed"),
    ],
)
def test_no_media_source_no_report(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "reported"


# ---------------------------------------------------------------- polarity
def test_fell_short_of_is_no_negation_stopped_short_of_is() -> None:
    assert _fact("The offer fell short of the sum demanded by the union.", "demanded")[0] == "positive"
    text = "The government stopped short of sanctions against the company."
    assert _fact(text, "sanctions")[0] == "negative"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Authority rejected the US as a mediator if peace talks are revived.", "talks"),
        ("رفضت السلطة الوساطة الأمريكية إذا استؤنفت المفاوضات.", "المفاوضات"),
    ],
)
def test_a_rejection_does_not_reach_into_a_condition(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "conditional")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Egypt refused to hold talks with the rebels.", "talks"),
        ("رفضت الحكومة المشاركة في المفاوضات.", "المفاوضات"),
    ],
)
def test_a_rejection_still_negates_its_complement(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


# ---------------------------------------------------------------- found on hand-written probes
@pytest.mark.parametrize(
    ("text", "trigger", "mod"),
    [
        ("The visit was postponed until next month.", "visit", "planned"),
        ("The talks have been delayed by a week.", "talks", "planned"),
        # a trigger that took its preposition still has its predicate read
        ("The minister said talks with the rebels were unlikely before June.", "talks", "possible"),
        ("The talks with the rebels ended on Monday.", "talks", "asserted"),
    ],
)
def test_predicate_of_an_event_subject(text: str, trigger: str, mod: str) -> None:
    assert _fact(text, trigger) == ("positive", mod)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The government has yet to respond to the protests.", "protests"),
        ("The government did not respond to the attack.", "attack"),
        ("لم ترد الحكومة على الاحتجاجات.", "الاحتجاجات"),
        ("لم يعلم أحد بالهجوم.", "الهجوم"),
        ("لم تشارك المعارضة في المفاوضات.", "المفاوضات"),
    ],
)
def test_a_definite_event_after_a_preposition_of_a_negated_verb_is_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rebels failed to reach an agreement.", "agreement"),
        ("لم تقم الحكومة بالهجوم.", "الهجوم"),
        ("لم تشن القوات هجوما على المدينة.", "هجوما"),
    ],
)
def test_the_negated_event_itself_stays_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Activists said government forces killed 12 people.", "killed"),
        ("وقال ناشطون إن القوات الحكومية قتلت 12 شخصا.", "قتلت"),
    ],
)
def test_activists_as_source(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_a_reporting_verb_in_a_relative_clause_covers_only_its_clause() -> None:
    text = "Officials confirmed the shelling of a market that residents say killed 20 people."
    assert _fact(text, "shelling") == ("positive", "asserted")
    assert _fact(text, "killed") == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("There were no immediate reports of casualties or arrests.", "arrests"),
        ("لم ترد أنباء فورية عن اعتقالات.", "اعتقالات"),
        ("لم ترد أنباء عن وقوع اعتقالات.", "اعتقالات"),
    ],
)
def test_no_reports_of_an_indefinite_event_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_reports_of_an_event_are_not_negative() -> None:
    assert _fact("وردت أنباء عن اعتقالات في المدينة.", "اعتقالات")[0] == "positive"


def test_a_participial_suspected_of_leaves_the_main_verb_asserted() -> None:
    text = "Two men suspected of carrying out the bombing were arrested."
    assert _fact(text, "arrested") == ("positive", "asserted")
    # the bombing took place: only who carried it out is alleged (as "responsibility for the attack")
    assert _fact(text, "bombing") == ("positive", "asserted")
    assert _fact("A man charged with murder was released on bail.", "released") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger", "mod"),
    [
        ("Russia vetoed a resolution that would have imposed sanctions on Syria.", "sanctions", "possible"),
        ("The senator voted against a bill to impose sanctions on Russia.", "sanctions", "planned"),
        ("صوت المجلس ضد مشروع قرار يفرض عقوبات على روسيا.", "عقوبات", "planned"),
        ("The minister said Egypt would host the talks next month.", "talks", "planned"),
    ],
)
def test_counterfactual_and_proposed_events(text: str, trigger: str, mod: str) -> None:
    assert _fact(text, trigger) == ("positive", mod)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Islamic State claimed it carried out the attack.", "attack"),
        ("اعتقلت الشرطة رجلين يشتبه في تنفيذهما التفجير.", "التفجير"),
        ("اتهمت الحكومة المعارضة بتنفيذ الهجوم.", "الهجوم"),
    ],
)
def test_who_carried_out_a_definite_event_is_alleged_not_the_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He is accused of carrying out an attack on a police station.", "attack"),
        ("اعتقلت الشرطة رجلين يشتبه في تنفيذهما تفجيرا.", "تفجيرا"),
    ],
)
def test_an_indefinite_event_carried_out_stays_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "alleged")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army is said to have killed 20 militants.", "killed"),
        ("ويقال إن الجيش قتل عشرين مسلحا.", "قتل"),
    ],
)
def test_hearsay_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_a_suspect_who_was_arrested_is_no_allegation() -> None:
    assert _fact("Police said the suspect had been arrested twice before.", "arrested") == (
        "positive",
        "historical",
    )
    assert _fact("قال الجيش إنه قتل عشرين مسلحا.", "قتل") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police have not made any arrests in the shooting.", "arrests"),
        ("The two sides did not hold talks on Monday.", "talks"),
        ("The army has not launched a ground offensive.", "offensive"),
        ("لم تقم الشرطة بأي اعتقالات.", "اعتقالات"),
    ],
)
def test_a_negated_light_verb_negates_its_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "asserted")


def test_a_negated_light_verb_with_a_predicate_complement_does_not() -> None:
    assert _fact("Police did not make the arrests public.", "arrests")[0] == "positive"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The government promised to investigate the killings.", "killings"),
        ("ستحقق الحكومة في الهجوم على السفارة.", "الهجوم"),
        ("دعت الأمم المتحدة إلى التحقيق في الهجوم.", "الهجوم"),
        ("تعهد الرئيس بمعاقبة المسؤولين عن الهجوم.", "الهجوم"),
    ],
)
def test_a_definite_event_object_of_a_planned_or_requested_act_is_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger", "mod"),
    [
        ("The president promised to hold the talks in Cairo.", "talks", "planned"),
        ("قد تشارك القوات في الهجوم على المدينة.", "الهجوم", "possible"),
        # سـ + a doubled verb of three letters is future too
        ("ستشن القوات هجوما على المدينة غدا.", "هجوما", "planned"),
        ("قالت الحكومة إن القوات ستشن هجوما على المدينة.", "هجوما", "planned"),
    ],
)
def test_an_event_made_to_happen_keeps_its_modality(text: str, trigger: str, mod: str) -> None:
    assert _fact(text, trigger) == ("positive", mod)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # failed to (فشل في) leaves what failed undone, not the subject that failed
        ("فشلت المفاوضات في التوصل إلى اتفاق.", "اتفاق", ("negative", "asserted")),
        ("فشلت المفاوضات في التوصل إلى اتفاق.", "المفاوضات", ("positive", "asserted")),
        ("يخشى المراقبون فشل المفاوضات.", "المفاوضات", ("positive", "asserted")),
        ("وفشلت الشرطة في منع الهجوم.", "الهجوم", ("positive", "asserted")),
        # denied (أنكر) like نفى
        ("أنكر المتهم قتل الضحية.", "قتل", ("negative", "asserted")),
        # warned of an indefinite event (حذر من)
        ("حذرت الأمم المتحدة من هجوم وشيك على المدينة.", "هجوم", ("positive", "possible")),
        ("وصلت القوات من هجوم على المدينة.", "هجوم", ("positive", "asserted")),
        # must (يجب على X أن)
        ("يجب على الحكومة أن تفرج عن المعتقلين.", "تفرج", ("positive", "possible")),
    ],
)
def test_arabic_failed_denied_warned_must(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ورفض المتحدث التعليق على الهجوم.", "الهجوم"),
        ("The spokesman declined to comment on the arrests.", "arrests"),
    ],
)
def test_declining_to_comment_leaves_the_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_expected_with_an_imperfect_complement_is_planned() -> None:
    assert _fact("وتوقعت مصادر أن يتم الإفراج عن المعتقلين قريبا.", "الإفراج") == ("positive", "planned")
    assert _fact("وتوقعت مصادر أن الإفراج عن المعتقلين تم أمس.", "الإفراج")[1] != "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police said the man stabbed his neighbor.", "stabbed"),
        ("Smith shot the clerk twice, deputies said.", "shot"),
        ("Deputies said the man threatened his neighbor with a knife.", "threatened"),
        ("وقالت الشرطة إن الرجل قتل جاره.", "قتل"),
    ],
)
def test_a_suspects_act_told_by_the_police_is_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "alleged")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police said gunmen opened fire on a bus.", "fire"),
        ("Police said the woman was assaulted by her boyfriend.", "assaulted"),
        ("Police said officers shot the suspect.", "shot"),
        ("Officials said the army shelled the village.", "shelled"),
        ("وقالت الشرطة إن مسلحين هاجموا الحافلة.", "هاجموا"),
        ("وقال الجيش إن القوات قصفت القرية.", "قصفت"),
    ],
)
def test_unknown_attackers_victims_and_forces_are_no_allegation(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "alleged"


@pytest.mark.parametrize(
    ("text", "trigger", "mod"),
    [
        (
            "The group said it would take several steps to oppose the plan, including calling for a general strike.",
            "calling",
            "planned",
        ),
        ("The protesters took several steps, including blocking roads.", "blocking", "asserted"),
        ("وقالت الحكومة إنها ستتخذ إجراءات عدة، بما في ذلك فرض عقوبات على الشركات.", "عقوبات", "planned"),
        ("وقالت الحكومة إنها ستتخذ إجراءات عدة، منها فرض عقوبات على الشركات.", "عقوبات", "planned"),
        ("واتخذت الحكومة إجراءات عدة، منها فرض عقوبات على الشركات.", "عقوبات", "asserted"),
        ("وأوضح النادي أن اللاعب سيسافر إلى لندن، وذلك بعدما رفض اللاعب عرضا.", "رفض", "asserted"),
    ],
)
def test_a_list_item_shares_the_modality_of_what_it_details(text: str, trigger: str, mod: str) -> None:
    assert _fact(text, trigger) == ("positive", mod)


def test_reports_indicate_covers_only_what_follows_and_nationality_is_no_source() -> None:
    text = (
        "The military confirmed the attack but said preliminary reports indicated eight people were killed."
    )
    assert _fact(text, "attack") == ("positive", "asserted")
    assert _fact(text, "killed") == ("positive", "reported")
    # الألمانية after a person is a nationality, not the German news agency
    assert _fact("وقالت اللاعبة الألمانية إن الشرطة اعتقلت المشجعين.", "اعتقلت") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger", "mod"),
    [
        ("It is possible that the army will withdraw.", "withdraw", "possible"),
        ("A meeting between the two leaders is possible.", "meeting", "possible"),
        ("Once the agreement is signed, troops will withdraw.", "signed", "planned"),
        ("When the talks resume, the issue will be discussed.", "talks", "planned"),
        ("When the talks resumed, the issue was discussed.", "talks", "asserted"),
        ("وعندما يتم توقيع الاتفاق ستنسحب القوات من المدينة.", "توقيع", "planned"),
        ("وبمجرد توقيع الاتفاق ستنسحب القوات من المدينة.", "توقيع", "planned"),
        ("وعندما تم توقيع الاتفاق انسحبت القوات من المدينة.", "توقيع", "asserted"),
    ],
)
def test_possible_that_and_future_time_clauses(text: str, trigger: str, mod: str) -> None:
    assert _fact(text, trigger) == ("positive", mod)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The envoy failed to persuade the rebels to disarm.", "disarm", ("negative", "asserted")),
        ("Police did not allow the protesters to march to the square.", "march", ("negative", "asserted")),
        ("Police allowed the protesters to march to the square.", "march", ("positive", "asserted")),
        ("لم تسمح السلطات للمتظاهرين بتنظيم مظاهرة أمام البرلمان.", "مظاهرة", ("negative", "asserted")),
        ("سمحت السلطات بإجراء محادثات مع المعارضة.", "محادثات", ("positive", "asserted")),
        # what a negated verb did not stop goes on
        ("لم يسمح ذلك بوقف الهجمات.", "الهجمات", ("positive", "asserted")),
    ],
)
def test_negated_permission_and_persuasion(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


def test_a_source_noun_heading_a_long_subject() -> None:
    text = "The Syrian Observatory for Human Rights said government forces shelled the town."
    assert _fact(text, "shelled") == ("positive", "reported")
    assert _fact("وقال المرصد السوري إن قوات النظام قصفت البلدة.", "قصفت") == ("positive", "reported")
    text = "The agency's chief said the company signed an agreement with the union."
    assert _fact(text, "agreement")[1] == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger", "mod"),
    [
        ("وقد تم اعتقال ثلاثة أشخاص.", "اعتقال", "asserted"),  # قد + past took place
        ("وقد يؤدي الهجوم إلى تصعيد خطير.", "الهجوم", "asserted"),  # the subject of another predicate
        ("ويحتمل أن يكون المهاجمون قد فروا إلى الجبال بعد الهجوم.", "الهجوم", "asserted"),  # the setting
        ("وقد تندلع الاشتباكات مجددا.", "الاشتباكات", "possible"),  # its own happening
        ("وقد تشن القوات هجوما.", "هجوما", "possible"),
        ("ويمكن حل الأزمة من خلال المفاوضات.", "المفاوضات", "possible"),  # من خلال: a means, no setting
    ],
)
def test_arabic_qad_and_settings(text: str, trigger: str, mod: str) -> None:
    assert _fact(text, trigger) == ("positive", mod)
