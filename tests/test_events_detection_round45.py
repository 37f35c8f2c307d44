"""Arabic event detection, round 45 (stabbing in ``khabar.events.senses_security._ar_stabbing``; a masdar after
a verb of undergoing with its doer named in ``khabar.events.extract``).

Every sentence here is written for the test, not taken from a gold set. A stabbing (طعن / طعنة / «قام بطعنه» with
a person, a body part or a blade), a blade planted (غرز + سكين) and a beating undergone at someone's hands («تعرض
للضرب من / على أيدي») are ASSAULT; a simile («مثل طعنة السكين»), an appeal («طعنوا على القرار»), seedlings planted
(يغرز), a team «beaten» at football and the idioms of ضرب (which stays out: «ضرب موعدا»، «ضرب عصفورين بحجر»، a
heatwave striking a country, knocking on a door, a lion hitting its head) are not.
"""

from __future__ import annotations

import pytest
from events_helpers import extract


def _rows(text: str) -> list[tuple[str, str]]:
    doc = extract(text, "ar", [])
    return [(e.type, e.trigger.text) for e in doc.events if e.trigger]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وأقدم مجهول على طعن حارس أمن أمام البنك.", "طعن"),
        ("وسدد الجاني طعنة بسكين للعامل قبل أن يفر.", "طعنة"),
        ("وغضب الرجل من جاره فقام بطعنه في المطبخ.", "بطعنه"),
        ("ولحق به وغرز في ظهره السكين ثم هرب.", "غرز"),
        ("وقالت الشرطة إن المرأة تعرضت للضرب من زوجها قبل وفاتها.", "لضرب"),
        ("وتعرض ثلاثة صحفيين للضرب على أيدي مجهولين.", "لضرب"),
    ],
)
def test_found(text: str, word: str) -> None:
    rows = _rows(text)
    assert any(typ == "ASSAULT" and word in trig for typ, trig in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "وضرب المدرب موعدا مع الفريق في النهائي.",
        "فكأنما ضربت الشركة عصفورين بحجر واحد.",
        "وكانت الموجة الحارة التي ضربت الهند الشهر الماضي شديدة.",
        "وعادت الأم إلى البيت تضرب الباب بيدها.",
        "وقد يشعر المريض بألم حاد مثل طعنة السكين في جنبه.",
        "وكان أصحاب المنجم قد طعنوا على القرار أمام المحكمة.",
        "فمر الأسد من فوقي وضرب رأسه بالشجرة.",
        "في المعسكر فريق يتعرض للضرب وفريق لا يلعب.",
        "ويغرز المزارعون الشتلات في التربة كل ربيع.",
    ],
)
def test_not_found(text: str) -> None:
    rows = _rows(text)
    assert not any(typ == "ASSAULT" for typ, _ in rows), rows


def test_stabbing_as_the_manner_of_a_death_is_the_deaths_event() -> None:
    # «لقي مصرعه طعنا»: one event, at the death; the manner word makes no second one
    rows = _rows("ولقي عامل آسيوي مصرعه طعنا بسكين في مزرعة.")
    assert [typ for typ, _ in rows] == ["ASSAULT"] and "طعنا" not in rows[0][1], rows
