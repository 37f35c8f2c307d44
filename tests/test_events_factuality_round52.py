"""Rules of round 52 (factuality), from the reported events read as asserted in the tuning sets (dev10 / dev11 and
the older sets): the source's report is never opened when the source is named in a form the reporting rules missed.

(`attribution.ar_wider_source_report`, hooked in `attribution`) a source's report is opened by a verb of
pointing out («ولفتت المصادر إلى أن»، «ونوهت هذه المصادر إلى أن»), by a reporting verb whose subject is
residents with the article or in a construct («وقال السكان إن»، «وذكر أهالي القرية أن»), a document («وكشفت
وثيقة ... أن») or a source after a quantity («العديد من الصحف»), by a source before a verb of pointing with
a preposition as complement («معلومات صحافية أشارت إلى مقتل»), and by a paper's «علمت "X" أن». A speaker
named by name or office stays asserted («ولفت المتحدث إلى أن»).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولفتت المصادر إلى أن المسلحين اقتحموا مقر البلدية فجر اليوم.", "اقتحموا"),
        ("ونوهت هذه المصادر إلى أن المفاوضات بين الطرفين استؤنفت في الدوحة.", "المفاوضات"),
        ("وقال السكان إن الطائرات قصفت السوق الشعبي مساء أمس.", "قصفت"),
        ("وذكر أهالي القرية أن دورية عسكرية اعتقلت ثلاثة شبان.", "اعتقلت"),
        ("وكشفت وثيقة سرية اطلعت عليها الصحيفة أن الحكومة تفاوضت مع الخاطفين.", "تفاوضت"),
        ("وذكر العديد من الصحف أن الجيش اعتقل قائد الكتيبة.", "اعتقل"),
        ("وعلمت «الحياة» أن اجتماعا عقد أمس بين قادة الفصائل.", "اجتماعا"),
    ],
)
def test_report_of_a_source_the_rules_missed_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a speaker named by office or by name tells the act: asserted
        ("ولفت المتحدث الأمني إلى أن الدوريات اعتقلت ثلاثة مطلوبين.", "اعتقلت"),
        ("ونوه الوزير بالاجتماع الذي عقد أمس مع الوفد الأردني.", "الاجتماع"),
        # residents as the object, not the subject of a report
        ("وطالب السكان بالإفراج عن المعتقلين.", "الإفراج"),
        # «علمت» with no paper in quotes: no report opened
        ("وعلمت الأم بعد يومين أن ابنها اعتقل.", "اعتقل"),
    ],
)
def test_no_report_for_an_official_a_non_source_or_no_quoted_paper(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "reported"


def test_source_before_a_verb_of_pointing_with_a_preposition() -> None:
    text = "غير أن معلومات صحافية أشارت إلى اعتقال الصحفي في مطار القاهرة."
    assert _fact(text, "اعتقال") == ("positive", "reported")


def test_an_outlet_told_is_no_source() -> None:
    text = "وقال لرويترز إن قواته اعتقلت ثلاثة من المهاجمين."
    assert _fact(text, "اعتقلت")[1] != "reported"


def test_no_report_when_a_noun_of_its_own_stands_between_source_and_verb() -> None:
    text = "ورفع متظاهرون آخرون لافتات تشير إلى اعتقال الناشطين."
    assert _fact(text, "اعتقال")[1] != "reported"
