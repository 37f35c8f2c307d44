"""Rules of round 50 (factuality), from the leaks of the fresh conflict-news tuning sets dev10 and dev11:

(`governing._ar_separated_call`) the بـ / إلى complement of a verb or participle of calling or appealing (دعا،
داعيا، ناشد، طالبت، حث) or the بـ complement of one of promising or ordering (وعد، تعهد، توعد، أمر), with the
addressee or the subject between them (commas, quote marks, a parenthesis and a time incise allowed), is planned:
the complement word, the noun after a verbal noun or a construct head right after it («بسرعة إلقاء القبض»), and
(`_ar_complement_list_start`) a later و-conjunct of the complement («إلى وقف ... والعودة إلى طاولة
المفاوضات»، «بتتبع ... والقبض عليهم»). Not past a clause word, a negation, a verb trigger or another complement
or a comma closing the clause; a name starting with ب right after the verb («دعا مسعود بارزاني») is no
complement, nor is a ب-word of function («بأنه»، «بحسب»).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وختم كلمته داعيا الأهالي إلى التعاون مع الأجهزة الأمنية.", "التعاون"),
        ("وعد رئيس الوزراء العراقي حيدر العبادي، بملاحقة المتورطين في الهجوم.", "ملاحقة"),
        (
            "وناشد والد الضحية، وأشقاؤه وأبناء عمومته الجهات الأمنية المختصة في المحافظة بسرعة إلقاء القبض على "
            "الجناة.",
            "القبض",
        ),
        ("وأمر الملك سلمان بن عبدالعزيز، أمس، بتقديم المساعدات للمتضررين من السيول.", "المساعدات"),
        (
            "ودعا رئيس الحكومة العراقية حيدر العبادي قادة الكتل السياسية في البرلمان (الكتل الكبرى) إلى وقف "
            "الخلافات والعودة إلى طاولة المفاوضات.",
            "المفاوضات",
        ),
        ("وكان المحافظ قد أمر فور وقوع الحادث بتعقب الجناة والقبض عليهم.", "القبض"),
        # a verb-kind trigger right after the complement word
        ("وختم الوزير كلمته داعيا في الوقت نفسه إلى تعاون السكان مع رجال الأمن.", "تعاون"),
    ],
)
def test_complement_of_a_call_or_promise_past_its_addressee_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a clause word between the call and the act: the act is told
        ("دعا الوزير إلى التهدئة بينما قامت القوات بقصف المدينة.", "قصف"),
        # a full stop between
        (
            "ودعا الرئيس المواطنين إلى الهدوء. واعتقلت الشرطة بالأمس عشرة أشخاص بتهمة الاعتداء على رجال الأمن.",
            "الاعتداء",
        ),
    ],
)
def test_no_plan_past_a_clause_word_another_complement_or_a_full_stop(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a ب-word of function is no complement, and the comma before a verb closes the call
        ("وطالبت الأسرة بتعويضها، وأبلغتها الشرطة بأنه تم القبض على الجاني.", "القبض"),
        ("خرج الآلاف مطالبين بحقوقهم، انتهى الأمر، بحسب التقارير، إلى قتل العشرات.", "قتل"),
        # the verb of a later demand is no complement of the call before it
        (
            "ودعت الحكومة المنظمات الدولية للتنديد بهذه الأعمال، وطالبت المسلحين بإطلاق سراح المخطوفين.",
            "وطالبت",
        ),
        # أمر as a noun: «وهذا أمر عادي»
        ("وهذا أمر عادي في كل الوزارات، وقرار الوزارة بإيقاف العقود إجراء روتيني.", "إيقاف"),
    ],
)
def test_no_plan_from_a_function_word_or_across_a_closing_comma(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


def test_complement_words() -> None:
    from khabar.events.governing import _ar_complement_head
    from khabar.text import tokenize

    toks = tokenize("إلى بالتعاون بمساندة بأنه بحسب الحوار")
    assert [_ar_complement_head(toks, k) for k in range(len(toks))] == ["to", "b", "b", "", "", ""]
