"""Rules of round 64 (factuality, branch fact64): the purpose of a movement or an effort that has not reached its
goal (`modality_ar._ar_movement_purpose`). The ل-purpose of a verb of going, leaving, arriving or visiting, or of
the noun «سعي», is planned: the event named by the ل-word, by ل + a verbal noun of taking part («للمشاركة في»), by
the object of ل + a verbal noun of discussing («لبحث العلاقات وأوجه التعاون»), or a و-conjunct of it; and «في
زيارة» of a trip to come («يغادر ... يوم غد ...») is planned too. Talks told as done in the trip's sentence, a
trip over, a presupposed object and a movement not made keep their labels.

Every case is a hand-written news sentence worded unlike the audited ones.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the object of «لبحث» after a trip to come (a time to come before a long subject, a comma before the purpose)
        (
            "يغادر الرئيس – بمشيئة الله – يوم غد الثلاثاء إلى عمّان في زيارة رسمية يلتقي خلالها العاهل الأردني "
            "وعددا من المسؤولين، لبحث العلاقات وأوجه التعاون بين البلدين.",
            "التعاون",
        ),
        # the same after a future verb
        (
            "وسيغادر رئيس الوزراء إلى أنقرة في زيارة عمل يلتقي خلالها الرئيس التركي، لبحث العلاقات وأوجه التعاون "
            "بين البلدين.",
            "التعاون",
        ),
        # «في زيارة» of a trip to come, the time before the subject
        (
            "يغادر الرئيس – بمشيئة الله – يوم غد الثلاثاء إلى عمّان في زيارة رسمية يلتقي خلالها العاهل الأردني "
            "وعددا من المسؤولين، لبحث العلاقات وأوجه التعاون بين البلدين.",
            "زيارة",
        ),
        # ل + a verbal noun of taking part after a verb of going
        ("ويتوجه وفد الحكومة اليمنية إلى جنيف للمشاركة في المحادثات التي ترعاها الأمم المتحدة.", "المحادثات"),
        # a far و-conjunct of the purpose of the noun «سعي»
        ("ودعمها للشرعية وسعيها لإحلال الأمن العادل والشامل واجتثاث التطرف ومنع تمدد الميليشيات.", "ومنع"),
    ],
)
def test_purpose_of_a_movement_or_effort_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # the talks told as done in the trip's sentence
        ("وصل وزير الدفاع إلى بغداد أمس حيث بحث مع المسؤولين العراقيين التعاون الأمني.", "التعاون", "asserted"),
        ("وصل وزير الدفاع إلى بغداد أمس حيث بحث مع المسؤولين العراقيين التعاون الأمني.", "بحث", "asserted"),
        # the object of a purpose that is there already («لكسر الحصار المفروض»)
        ("ووصلت قافلة إلى غزة لكسر الحصار المفروض على القطاع منذ سنوات.", "الحصار", "asserted"),
        # a trip over («بعد زيارة»)
        ("غادر الرئيس القاهرة أمس بعد زيارة رسمية التقى خلالها الرئيس المصري.", "زيارة", "asserted"),
        # a present trip with no time to come: the visit under way
        ("ويتوجه الوزير إلى باريس في زيارة رسمية تستمر يومين.", "زيارة", "asserted"),
    ],
)
def test_done_talks_given_objects_and_trips_over_keep_their_label(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger) == ("positive", modality)


def test_purpose_of_a_movement_not_made_is_not_planned() -> None:
    # «ولم يتوجه الوفد ... للمشاركة»: the purpose of a movement not made is no plan (round 51's guard)
    assert _fact("ولم يتوجه الوفد إلى جنيف للمشاركة في المحادثات.", "المحادثات") != ("positive", "planned")
