"""Rule of round 63 (attribution): a private person as the speaker of a reporting verb, named by a relation or a
private role (a relative, a friend, a neighbour, a citizen), right after the verb or in apposition to a name («وأكد
قريب المتهم أن»، «وقال سالم، شقيق الضحية، إن»، «وقالت أم خالد:»): the event the speaker tells is reported, as the
conventions of eval/events/README.md have it for a relative or a witness (`attribution._ar_private_speaker`).

Every case is a hand-written news sentence, with counter-cases: an official (a minister, a spokesman whose name
is a kin word), a name that begins with a kin word («ابن كيران»)، the speaker's own description before the report,
his own act after it («...، مطالبا»)، and a speaker named alone who tells of himself («وأكد الزوج أنه ...»).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact

from khabar.events.attribution import _ar_kin_noun
from khabar.text.tokenize import tokenize


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد قريب المتهم أن الشرطة رفضت تسليمه إلى المستشفى بعد الحادث.", "رفضت"),
        ("وقال سالم، شقيق الضحية، إن ثلاثة مسلحين أطلقوا النار على السيارة ليلا.", "أطلقوا"),
        ("وقال خالد العمري - والد الطفلة - إن رجالا اقتحموا المنزل قبل الفجر.", "اقتحموا"),
        ("وقالت أم خالد إن الشركة تلاحق زوجها وتهدده بالسجن منذ شهرين.", "تهدده"),
        ("وأشار أخوه عبد الله إلى أن دورية الشرطة اعتقلت ابنه عند الحاجز.", "اعتقلت"),
        ("وأوضح جار الضحية أن المهاجم طعن الرجل ثلاث مرات قبل أن يفر.", "طعن"),
        ("وأفادت زوجته بأن مسلحين خطفوا ابنها من أمام المدرسة.", "خطفوا"),
        ("وقال المواطن سعد الغامدي: اقتحم لصوص متجري مساء الجمعة.", "اقتحم"),
        # round 14's comparative: the relative tells the sentence before the verb
        ("أعدمت السلطات الشاب فجر اليوم في سجن المدينة، كما أفاد شقيقه.", "أعدمت"),
    ],
)
def test_private_speaker_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # an official, also one whose name is a kin word: "X said" by an official, asserted
        ("وقال وزير الداخلية إن الشرطة اعتقلت ستة مهربين على الحدود.", "اعتقلت", "asserted"),
        ("وقال المتحدث صديق صديقي إن الشرطة اعتقلت ستة مهربين على الحدود.", "اعتقلت", "asserted"),
        # a city that is a kin word with a possessive («جدة» "his grandfather"، «أبها» "her father")
        ("وقالت شرطة جدة إن الدوريات ضبطت ثلاثة مطلوبين في حي الصفا.", "ضبطت", "asserted"),
        # a name beginning with a kin word, no relation
        ("وقال ابن كيران إن الحكومة ترفض الاتفاق مع النقابات.", "ترفض", "asserted"),
        # the event in the speaker's own description, before his report: the writer's
        ("وأكد والد الجندي المصاب في الهجوم الإرهابي، أن ابنه بخير.", "الهجوم", "asserted"),
        # the speaker's own act after his report: «...، مطالبا»
        ("وأكد زوج المعلمة أن الجامعة رفضت قبول ابنته، مطالبا بتشكيل لجنة للتحقيق.", "مطالبا", "asserted"),
        # a speaker named alone tells of himself: the actor's own account
        ("وأكد الزوج أنه تقدم بشكوى إلى الوزارة قبل العيد.", "تقدم", "asserted"),
        # the event named right after «إن» is the topic the speaker comments on, taken for granted
        ("وقال أصدقاء له إن الاعتقال كان صدمة كبيرة للعائلة.", "الاعتقال", "asserted"),
        # a source noun stays with the rules that read it (reported on the base as well)
        ("وقال شهود عيان إن المسلحين هاجموا نقطة التفتيش.", "هاجموا", "reported"),
    ],
)
def test_private_speaker_counter_cases(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger) == ("positive", modality)


def test_kin_noun_kinds() -> None:
    toks = tokenize("قال والد الضحية والمواطن أحمد وشقيقه وابن كيران")
    words = [t.norm for t in toks]
    kinds = [_ar_kin_noun(toks, words, j, False) for j in range(len(toks))]
    assert kinds[1] == "rel"  # «والد الضحية»
    assert kinds[3] == "self"  # «المواطن»
    assert kinds[5] == "rel"  # «شقيقه»
    assert kinds[6] is None  # «ابن كيران»: a name
