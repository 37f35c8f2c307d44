"""Rule of round 65 (factuality leaks, branch leaks65), from the leak audit of fresh news (round 65's draw):

a duty told by a predicate instead of a modal verb («وعليه أن يتخلى»، «علينا أن ندين»، «والواجب أن نكشفها»، «من
واجبه أن»، «واجب علينا تقديم»، «فلزاما علينا أن») is read as «يجب» (`modality_ar._ar_duty_as_must`): the event it
governs is possible, as the guideline has «يجب / ينبغي / يتعين». «عليه أن» only where it opens its clause: after a
verb it is that verb's complement («عز عليه أن»: it pained him), and «وعليه» alone (accordingly) is no duty.

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # «وعليه أن» + an imperfect, and its و-conjunct
        ("وقال المحلل إن النظام لم يعد قادرا على الصمود، وعليه أن ينسحب من المدن الحدودية.", "ينسحب"),
        ("وعليها أن تفرج عن الصحفيين المعتقلين وتسمح بدخول المساعدات.", "تفرج"),
        ("وعليها أن تفرج عن الصحفيين المعتقلين وتسمح بدخول المساعدات.", "تسمح"),
        # «علينا أن» after a quote mark, and with «جميعا» before أن
        ("وأضاف الوزير: \"علينا أن ندين الهجمات على المدنيين في كل مكان\".", "ندين"),
        ("وقال رئيس الوفد إن علينا جميعا أن ندعم الحكومة الشرعية في اليمن.", "ندعم"),
        # «والواجب أن» / «من واجبه أن» / «من واجبنا أن»
        ("والواجب أن نرفض أي تدخل خارجي في شؤون المنطقة.", "نرفض"),
        ("وأكد النائب أن من واجبه أن يدافع عن حقوق المعتقلين.", "يدافع"),
        # «واجب علينا» + a verbal noun, «فلزاما علينا أن»
        ("وأوضح أنه واجب علينا تقديم الدعم للنازحين في المخيمات.", "الدعم"),
        ("فلزاما علينا أن ندعم القوات الحكومية بكل ما نملك.", "ندعم"),
        # «الذي بدوره عليه أن»: the duty after a relative's subject
        ("وسيحال التقرير إلى مجلس الأمن الذي بدوره عليه أن يجتمع لبحث القرار.", "يجتمع"),
    ],
)
def test_event_under_a_duty_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # «عليه» after a verb: the verb's complement, no duty («عز عليه أن»: it pained him)
        ("وقال إنه عز عليه أن يرى المتظاهرين يعتقلون أمام عينيه.", "يعتقلون", ("positive", "asserted")),
        # «وعليه» (accordingly) with no أن: what follows took place
        ("وعليه فقد اعتقلت الشرطة ثلاثة من المشتبه بهم.", "اعتقلت", ("positive", "asserted")),
        # «الواجب» as a noun («شهداء الواجب»): no duty over the attack told after it
        ("وعزى الأمير أسر شهداء الواجب الذين قتلوا في الهجوم على المسجد.", "الهجوم", ("positive", "asserted")),
        # «أدى واجبه»: a duty done, the act after it asserted
        ("وأدى الجنود واجبهم في حماية الحدود وقصفوا مواقع المسلحين.", "وقصفوا", ("positive", "asserted")),
    ],
)
def test_event_outside_a_duty_keeps_its_label(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


# (`modality_ar._ar_modal_conjunct_past_comma`) a و-conjunct past a comma of an «أن» clause a modal of obligation
# governs: possible too, as the conjunct with no comma («أن نكشفها ونحذر») already was.
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("والواجب أن نفضح هذه الجماعات أمام العالم، ونحاصر مصادر تمويلها.", "ونحاصر"),
        ("وقال الوزير إنه ينبغي أن نساند الجيش في معركته، وندعم الأسر النازحة.", "وندعم"),
        ("وعلينا أن نتحلى بالصبر، وأن نعمل على إطلاق سراح الرهائن.", "إطلاق"),
    ],
)
def test_conjunct_past_a_comma_under_a_modal_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


# (`modality_ar._ar_duty_on_subject`) «على» + the one who owes the act + «أن», opening its clause
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال المبعوث إن على الأطراف المتحاربة أن تنسحب من المدينة فورا.", "تنسحب"),
        ("وعلى الحكومة السورية أن تفرج عن المعتقلين السياسيين.", "تفرج"),
    ],
)
def test_event_owed_by_a_subject_of_ala_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # a و-verb of another person past the comma: a clause of its own subject
        ("ويجب أن نعمل معا، ويدعم الاتحاد الأوروبي المحادثات منذ أشهر.", "ويدعم", ("positive", "asserted")),
        # «، وأن» after an asserted «أن» clause: no modal to carry
        ("وأكد أن القوات انسحبت، وأن الجيش أفرج عن المعتقلين.", "أفرج", ("positive", "asserted")),
        # «على» after a verb: its complement, no duty
        ("وحصل الوفد على موافقة الحكومة أن يعقد الاجتماع في الرياض.", "يعقد", ("positive", "asserted")),
        ("وحرص الرئيس على أن يلتقي بالمتظاهرين في الساحة.", "يلتقي", ("positive", "asserted")),
        # (lead) «وعلى التأكيد أن»: a second object of an earlier «على», a stating noun, nobody's duty
        (
            "وشدد الوزراء على دعم الحكومة الشرعية، وعلى التأكيد أن الاتفاق الموقع مع المتمردين لا يمس سيادة البلاد.",
            "الاتفاق",
            ("positive", "asserted"),
        ),
    ],
)
def test_event_outside_a_modal_conjunct_keeps_its_label(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
