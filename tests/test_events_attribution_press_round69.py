"""Round 69 (attribution): the press, a magazine or a paper named without «صحيفة» as a reporting verb's subject.

`attribution._ar_press_source_report`: «وذكرت الصحافة الجزائرية أن»، «وذكرت مجلة «دير شبيغل» أن»، «وأضافت يديعوت
أحرونوت أن»، «وأشارت "نيويورك تايمز" إلى أن»: what the press tells is reported, with the paper as the event's source
when it is a placed entity. An official who told the press («وقال الوزير للصحافة إن») or a paper that is told
(«وأكدت الحكومة لصحيفة هآرتس أن») is no such subject: the speaker's own class decides (asserted).

Every case is a hand-written news sentence.
"""

from __future__ import annotations

import pytest
from events_helpers import labels_with_source as _labels


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وذكرت الصحافة الجزائرية أمس أن الشرطة اعتقلت ثلاثة متظاهرين في بجاية.", "اعتقلت"),
        ("وقالت الصحافة المحلية إن مسلحين خطفوا مهندسا أجنبيا قرب الحدود.", "خطفوا"),
        ("وذكرت مجلة «دير شبيغل» أن الشرطة اعتقلت ثلاثة متظاهرين في برلين.", "اعتقلت"),
        ("وأضافت يديعوت أحرونوت أن الجيش قصف موقعا في شمال غزة.", "قصف"),
        ('وأشارت "نيويورك تايمز" إلى أن القوات الخاصة داهمت المنزل ليلا.', "داهمت"),
        ("وقالت هآرتس إن الجيش اعتقل عشرة شبان في نابلس.", "اعتقل"),
    ],
)
def test_the_press_as_the_subject_reports(text: str, trigger: str) -> None:
    labels = _labels(text, trigger)
    assert labels, "no event"
    assert all((p, m) == ("positive", "reported") for p, m, _ in labels), labels


def test_the_named_paper_is_the_source() -> None:
    text = "وأضافت يديعوت أحرونوت أن الجيش قصف موقعا في شمال غزة."
    labels = _labels(text, "قصف", [("يديعوت أحرونوت", "ORG")])
    assert labels == [("positive", "reported", "e1")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an official who told the press speaks for himself
        ("وقال وزير الداخلية للصحافة إن الشرطة اعتقلت ثلاثة متظاهرين.", "اعتقلت"),
        # the paper is told, the government speaks
        ("وأكدت الحكومة لصحيفة هآرتس أن الجيش اعتقل عشرة شبان في نابلس.", "اعتقل"),
        # the press is not the subject of a reporting verb
        ("واعتقلت الشرطة ثلاثة صحافيين يعملون في مجلة محلية.", "اعتقلت"),
    ],
)
def test_the_press_told_or_named_is_no_source(text: str, trigger: str) -> None:
    labels = _labels(text, trigger)
    assert labels, "no event"
    assert all((p, m) == ("positive", "asserted") for p, m, _ in labels), labels
