"""Speakers, round 19: a bare body head with an epithet adjective («النادي الملكي», «المنظمة الحقوقية»,
«النادي الإسباني») speaking refers back to the body named before it, as a bare head («الشركة») already did.
Sentences written for these tests (none from an eval set); the entities given stand for what the entity
layer found."""

from __future__ import annotations

import pytest
from quotes_helpers import speakers as _speakers
from quotes_helpers import typed_doc as _doc

pytestmark = pytest.mark.usefixtures("quote_names")


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        (
            # a club named, then «النادي الكتالوني» after «وذكر», the statement's channel between
            "فاز برشلونة على فالنسيا بثلاثة أهداف في ملعب كامب نو مساء السبت. "
            "وذكر النادي الكتالوني عبر موقعه الرسمي أن المدافع سيغيب ثلاثة أسابيع.",
            (("ORG", "برشلونة"), ("ORG", "فالنسيا"), ("ORG", "النادي الكتالوني")),
            "برشلونة",
        ),
        (
            # a rights body named with its head, then «المنظمة الحقوقية» with a present-tense verb
            "نشرت منظمة العفو الدولية تقريرا عن أوضاع السجون في المنطقة. "
            "وتقول المنظمة الحقوقية إن مئات المعتقلين لم يمثلوا أمام أي محكمة.",
            (("ORG", "منظمة العفو الدولية"), ("ORG", "المنظمة الحقوقية")),
            "منظمة العفو الدولية",
        ),
        (
            # a club and its nisba «الإيطالي» after «وأوضح»
            "أعلن نادي يوفنتوس ضم مهاجم شاب من الدوري البرازيلي. "
            "وأوضح النادي الإيطالي أن الصفقة تمتد حتى عام 2030.",
            (("ORG", "نادي يوفنتوس"), ("ORG", "النادي الإيطالي")),
            "نادي يوفنتوس",
        ),
    ],
)
def test_body_epithet_speaks_as_the_body_named_before(
    text: str, ents: tuple[tuple[str, str], ...], speaker: str
) -> None:
    sp = _speakers(_doc(text, ents))
    assert sp and sp[-1] == speaker, sp


def test_epithet_with_no_body_before_stays() -> None:
    # no body named before it: the epithet speaks as written
    text = "وقال النادي الملكي في بيان إن المدرب سيبقى حتى نهاية الموسم."
    sp = _speakers(_doc(text, (("ORG", "النادي الملكي"),)))
    assert sp == ["النادي الملكي"], sp


def test_named_club_is_no_epithet() -> None:
    # a head with a proper name («نادي الهلال») is a name, not an epithet: it speaks as itself
    text = "تعاقد ريال مدريد مع مدافع جديد. وقال نادي الهلال إن مفاوضاته مع المدرب انتهت."
    sp = _speakers(_doc(text, (("ORG", "ريال مدريد"), ("ORG", "نادي الهلال"))))
    assert sp and sp[-1] == "نادي الهلال", sp


def test_held_out_sets_never_list_their_errors() -> None:
    # every held-out set is refused before any file is read
    from typer.testing import CliRunner

    from khabar.cli import get_app
    from khabar.eval.quotes import HELD_OUT, TUNING_SPLITS

    assert HELD_OUT and not set(HELD_OUT) & set(TUNING_SPLITS) and "test21" in TUNING_SPLITS
    split = HELD_OUT[0]
    res = CliRunner().invoke(get_app(), ["eval", "quotes", "--split", split, "--errors", "5"])
    assert res.exit_code != 0 and "held out" in res.output, res.output
