"""Rules of round 32 (factuality, the reported / asserted boundary), found on the errors of the 27 tuning sets:

1. news named as such with the event right after its «عن» (`modality_ar._ar_news_about`): «بعد ورود معلومات عن
   مفاوضات»، «وسط تواتر المعلومات عن رفض» are reported (test7, test13); not when the news is denied or absent
   («دون ورود معلومات عن»، «لم ترد أي معلومات عن»);
2. an unnamed person close to someone as the speaker (`attribution._ar_close_speaker`): «وقال مقرب من ... إن»،
   «قال شخصان مقربان إن» attribute what follows (test6, test10);
3. an English private person telling what befell them ("man says", "the victim told police"): reported
   (test2, test17), up to "and they / police ..." (what the police did upon it is the writer's);
4. an Arabic event noun called ongoing («الحرب المستمرة»، «المباحثات لا تزال جارية») takes place: a modal or
   future cue of the clause around it is not its own (`modality_ar._ar_ongoing`; dev5, test10, test13).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where a rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. news about the event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وتترقب الأسواق التطورات بعد ورود معلومات عن مفاوضات سرية بين الطرفين في العاصمة.", "مفاوضات"),
        ("ويأتي القرار وسط أنباء عن اشتباكات عنيفة في ضواحي المدينة.", "اشتباكات"),
        ("وتزايدت المخاوف مع انتشار الأخبار عن اعتقال عدد من الناشطين.", "اعتقال"),
    ],
)
def test_news_about_the_event_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the news is absent or denied: the writer tells that nothing was heard
        ("وانتهت الجلسة دون ورود معلومات عن مفاوضات جديدة بين الطرفين.", "مفاوضات"),
        # news noun not right before «عن»: no news tells this event
        ("وقالت الحكومة إن الجيش شن هجوما على مواقع المسلحين.", "هجوما"),
    ],
)
def test_news_rule_needs_news_before_an(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "reported"


# ---------------------------------------------------------------- 2. a person close to someone
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال مقرب من رئيس الحزب إن الشرطة اعتقلت نجله الليلة الماضية.", "اعتقلت"),
        ("قال ثلاثة أشخاص مقربون إن الاتحاد فتح تحقيقا في صفقات اللاعبين.", "تحقيقا"),
    ],
)
def test_close_person_is_a_source(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_minister_speaking_of_his_police_stays_asserted() -> None:
    assert _fact("وقال وزير الداخلية إن الشرطة اعتقلت خمسة مشتبه بهم.", "اعتقلت") == ("positive", "asserted")


# ---------------------------------------------------------------- 3. a private person tells (English)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A Dayton woman says her car was stolen from the driveway overnight.", "stolen"),
        ("The victim told officers a masked man robbed him at gunpoint near the station.", "robbed"),
    ],
)
def test_private_person_telling_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_police_followup_after_the_account_is_asserted() -> None:
    text = "The victim told police two men had stolen his wallet and they were arrested an hour later."
    assert _fact(text, "arrested") == ("positive", "asserted")


def test_police_spokesman_stays_asserted() -> None:
    text = "Police said officers arrested two men after the robbery."
    assert _fact(text, "arrested") == ("positive", "asserted")


# ---------------------------------------------------------------- 4. an event called ongoing
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقد يؤدي نقص الغذاء إلى أزمة أشد من المعارك المستمرة منذ أسابيع في الريف.", "المعارك"),
        ("ويبدو أن الحكومة تستعد لكل الاحتمالات رغم أن المفاوضات لا تزال جارية مع النقابات.", "المفاوضات"),
        ("وربما يتأخر إعلان النتائج بسبب الاشتباكات الدائرة في المنطقة.", "الاشتباكات"),
    ],
)
def test_an_ongoing_event_is_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("قد تستأنف المفاوضات الأسبوع المقبل في جنيف.", "المفاوضات", "possible"),
        ("ستعقد المحادثات المقبلة في القاهرة.", "المحادثات", "planned"),
    ],
)
def test_an_event_not_called_ongoing_keeps_its_cue(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger) == ("positive", modality)
