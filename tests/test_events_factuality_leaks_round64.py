"""Rule of round 64 (factuality leaks, branch leaks64), from the leak audit of fresh news (round 64's draws):

«ألا» (أن + لا) before an imperfect verb negates it (`modality_ar._ar_negated_by_alla`), and the cue that governs
an «أن» clause governs it (`modality_ar._ar_alla_as_an`): the tokenizer normalizes «ألا» to «الا», the form of
«إلا», which the rules took as an exception word and a clause boundary, so «طالبت الحكومة ألا تعتقل» told the arrest
as positive. Only the written hamza-above form is read; an «ألا» that opens its sentence (a rhetorical question
«ألا يعني ذلك ...؟» or the interjection «ألا إن») and «إلا» are left alone.

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # a demand that an act not be done: negative, planned as the demanded act
        ("وناشدت المنظمة السلطات ألا تعتقل الناشطين المشاركين في الاعتصام.", "تعتقل", ("negative", "planned")),
        # a decision not to act
        ("وقررت الحكومة ألا تفرض عقوبات على الشركات هذا العام.", "تفرض", ("negative", "planned")),
        # a likelihood that the act will not take place
        ("ومن المرجح ألا تنسحب القوات من المدينة قبل نهاية العام.", "تنسحب", ("negative", "possible")),
        # an auxiliary between «ألا» and the verbal noun
        ("وقال المحامي إنه يجب ألا يتم اعتقال الصحفيين بسبب آرائهم.", "اعتقال", ("negative", "possible")),
        # «وألا»: a conjunct of an earlier «أن» clause
        ("ودعا البيان إلى احترام الهدنة وألا يقصف أي طرف المناطق السكنية.", "يقصف", ("negative", "planned")),
    ],
)
def test_event_after_alla_is_negated(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # «ألا» opening a rhetorical question: the interrogative, not a negation
        ("ألا تستحق هذه الجرائم محاكمة عاجلة؟", "محاكمة", ("positive", "asserted")),
        # the interjection «ألا إن» opening the sentence
        ("ألا إن الشرطة اعتقلت المتهمين في الحادث.", "اعتقلت", ("positive", "asserted")),
        # «ألا وهو» (namely): no verb after it, nothing negated
        ("وتركز الحملة على هدف واحد ألا وهو دعم الأسر النازحة.", "دعم", ("positive", "asserted")),
        # «ألا» far from the event: it negates its own verb only
        ("وأكدت الوزارة ألا تغيير في موعد الامتحانات، وقد اعتقلت الشرطة المشتبه بهم.", "اعتقلت", ("positive", "asserted")),
    ],
)
def test_event_outside_alla_keeps_its_label(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


# (`modality_ar._ar_negated_intent_past_incise`) a denied intention with an incise between two commas before the
# intended event: the event is negative / planned, as without the incise (round 21's `_ar_negated_intent`).
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأوضح المتحدث أن الجيش لا ينوي، في المرحلة الراهنة، إرسال تعزيزات إلى الجنوب.", "إرسال"),
        ("وقالت مصادر دبلوماسية إن الاتحاد لم يعتزم، حتى اللحظة، فرض عقوبات جديدة.", "فرض"),
        ("ونفت الوزيرة نيتها، خلال مؤتمر صحفي، الاستقالة من الحكومة.", "الاستقالة"),
        ("ولا تعتزم الحكومة، بحسب مسؤول رفيع، عقد محادثات مع الفصائل.", "محادثات"),
    ],
)
def test_event_of_denied_intention_past_incise_is_negative_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "planned")


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # a new clause after the incise, its own verb: not the denied intention's object
        ("وقال إنه لا ينوي الترشح، كما أعلن سابقا، وسيدعم مرشح الحزب.", "وسيدعم", ("positive", "planned")),
        # an intention affirmed, not denied
        ("وأعلن الوزير نيته، في تصريح للصحفيين، زيارة العاصمة الأسبوع المقبل.", "زيارة", ("positive", "planned")),
    ],
)
def test_event_outside_denied_intention_keeps_its_label(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
