"""Speakers, round 16: a bare definite body head ("وقالت الشركة", "قالت المحطة") that the entity layer made an
entity of its own speaks for the body named before it. Sentences written for these tests (none from an eval
set); the entities given stand for what the entity layer found, wrong types included."""

from __future__ import annotations

import pytest
from quotes_helpers import speakers as _speakers
from quotes_helpers import typed_doc as _doc

pytestmark = pytest.mark.usefixtures("quote_names")


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        (
            # the body that spoke before, typed PERSON by the entity layer, named after «مجموعة (...)»
            "أعلنت مجموعة (نوفا القابضة) الإماراتية أمس أنها تدرس عرضا لشراء مصنع للألمنيوم في البحرين. "
            'وقالت الشركة إن "المفاوضات لا تزال في بدايتها ولن نعلق على التفاصيل".',
            (("PERSON", "نوفا القابضة"), ("GPE", "البحرين"), ("ORG", "الشركة")),
            "نوفا القابضة",
        ),
        (
            # a station named in the paragraph, the bare «المحطة» typed PERSON
            "ورافق فريق قناة «الأفق» المتطوعين إلى مخيم اللاجئين في سهل البقاع، "
            "ونقلت المحطة عن أحد المنظمين أن الرحلة استغرقت يومين. "
            "وقالت المحطة إن المخيم «يفتقر إلى أبسط الخدمات الصحية».",
            (("ORG", "الأفق"), ("LOC", "سهل البقاع"), ("PERSON", "المحطة")),
            "الأفق",
        ),
        (
            # the group that spoke before (MISC), then «وأضافت المجموعة» typed PERSON
            "قالت مجموعة الريان للتأمين القطرية إنها تجري محادثات مع مصرف محلي لشراء حصته في شركة تابعة. "
            "وأضافت المجموعة أن الصفقة لن تؤثر في توزيعات الأرباح لهذا العام.",
            (("MISC", "الريان للتأمين"), ("PERSON", "المجموعة")),
            "الريان للتأمين",
        ),
        (
            # an organisation named earlier in the paragraph by its own name, then «وقالت المنظمة»
            "حذرت «شبكة الإغاثة الدولية» من تفشي الكوليرا في المخيمات بعد الفيضانات الأخيرة. "
            "وقالت المنظمة إن أكثر من عشرين ألف شخص باتوا بلا مياه صالحة للشرب.",
            (("ORG", "شبكة الإغاثة الدولية"), ("ORG", "المنظمة")),
            "شبكة الإغاثة الدولية",
        ),
    ],
)
def test_bare_body_head_speaks_for_the_body_named_before(
    text: str, ents: tuple[tuple[str, str], ...], speaker: str
) -> None:
    sp = _speakers(_doc(text, ents))
    assert sp and sp[-1] == speaker, sp


def test_bare_head_with_no_body_before_stays() -> None:
    # nothing named before in the paragraph: the bare word is left as it was (no guess)
    text = "وقالت الشركة إن أرباحها ارتفعت بنسبة عشرة في المئة خلال الربع الثالث."
    sp = _speakers(_doc(text, (("ORG", "الشركة"),)))
    assert sp == ["الشركة"], sp


def test_person_named_before_is_not_the_body() -> None:
    # a person (no body head before the name) spoke before: «الشركة» is not that person
    text = (
        "قال خالد المنصوري إن السوق يمر بمرحلة صعبة. "
        "وقالت الشركة إن مبيعاتها تراجعت خلال الربع الأول من العام."
    )
    sp = _speakers(_doc(text, (("PERSON", "خالد المنصوري"), ("ORG", "الشركة"))))
    assert sp[-1] != "خالد المنصوري", sp


def test_full_body_name_is_untouched() -> None:
    # «شركة الفجر للطيران» is a name, not a bare head: it keeps speaking
    text = (
        "ذكرت مجموعة «الصفوة» أنها أنهت صفقة الاستحواذ. "
        "وقالت شركة الفجر للطيران إن رحلاتها ستستأنف الأسبوع المقبل."
    )
    sp = _speakers(_doc(text, (("ORG", "الصفوة"), ("ORG", "شركة الفجر للطيران"))))
    assert sp[-1] == "شركة الفجر للطيران", sp
