"""Round 76: an event noun that is the subject of a copula كان (right after it, or the genitive of a head such as
«حادثة») with a predicate of known non-verbal form («ما هي إلا»، «سببا في»، «واحدة من»، an adjective of how it went
after a definite subject) is the topic of a description, not the pluperfect background: not `historical`. كان قد
and كان + a past verb after the subject stay historical. Hand-written sentences, none copied from a gold set."""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكانت حادثة تفجير المسجد الأسبوع الماضي ما هي إلا محاولة يائسة من الإرهابيين.", "تفجير"),
        ("وكانت المفاوضات سلسة بين الطرفين.", "المفاوضات"),
        ("وكان الهجوم سببا في مقتل عشرة أشخاص.", "الهجوم"),
        ("وكانت عملية اقتحام السجن سببا في فرار عشرات السجناء.", "اقتحام"),
        # a relative clause on the subject, its verb its own
        ("كانت حادثة الاعتداء التي وقعت في السوق سببا لغضب واسع بين السكان.", "الاعتداء"),
    ],
)
def test_copula_subject_event_with_nominal_predicate_is_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the pluperfect: كان قد + past, or a past verb after the subject phrase
        ("وكانت المواجهات قد بدأت خلال التشييع.", "المواجهات"),
        ("وكانت معارك ضارية قد نشبت بين الفصيلين.", "معارك"),
        ("وكان تفجير انتحاري استهدف مسجدا في المدينة.", "تفجير"),
        ("وكانت حادثة اغتيال الصحفي أثارت غضبا واسعا.", "اغتيال"),
        ("وكانت انفجارات في كابل ليلة امس قد اثارت تكهنات.", "انفجارات"),
        ("وكان الهجوم الذي استهدف القاعدة أوقع عشرات القتلى.", "الهجوم"),
    ],
)
def test_pluperfect_subject_stays_historical(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "historical")
