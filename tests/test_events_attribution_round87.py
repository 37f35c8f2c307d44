"""Round 87 (attribution): one of a group of private people as the speaker of a reporting verb.

`attribution._ar_one_of_private`: «وقال أحد الموظفين إن رجال الأمن منعوا»، «وقال X وهو أحد المتظاهرين إن الحكومة
هدمت»، «وأشار أحد الركاب إلى أن»، «وقال أحد المصلين لـ"الصحيفة" إن»: «أحد / إحدى» + a definite plural of private
people (protesters, employees, the wounded, survivors, passengers ...) tells what he saw: reported, as a witness or a
resident («أحد سكان القرية», scope's `_ar_one_of_sources`). Not the group's own account («قال أحد المتظاهرين إنهم
يحذرون»، «وهو أحد المتظاهرين، إن البدو يطالبون»: a self pronoun, a verb of demand), not an official («أحد
الضباط»), not a speaker named alone («قال سالم إن»).

Every case is a hand-written news sentence.
"""

from __future__ import annotations

import pytest
from events_helpers import labels_with_source as _labels


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال أحد الموظفين داخل المصرف إن المسلحين اقتحموا المبنى قبل الظهر.", "اقتحموا"),
        ("وقال محمود سالم وهو أحد المتظاهرين إن الشرطة اعتقلت عشرين شابا في الساحة.", "اعتقلت"),
        ("وقال أحد الجرحى إن القوات أطلقت النار على الحشد دون إنذار.", "أطلقت"),
        ("وأكدت إحدى الناجيات، وهي طالبة جامعية، أن المسلحين هاجموا القرية فجرا.", "هاجموا"),
        ('وقال أحد المصلين لـ"الصحيفة" إن الشرطة اعتقلت رجلا كان يحمل حزاما ناسفا.', "اعتقلت"),
    ],
)
def test_one_of_a_group_of_private_people_reports(text: str, trigger: str) -> None:
    labels = _labels(text, trigger)
    assert labels, "no event"
    assert all((p, m) == ("positive", "reported") for p, m, _ in labels), labels


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the group's own act: a self pronoun after «إن»
        ("وقال أحد المتظاهرين إنهم يحذرون الحكومة من قمع الاحتجاجات.", "يحذرون"),
        # the group's own demand: a verb of demand right after the topic
        ("وقال سعيد حمدان، وهو أحد المتظاهرين، إن العمال يطالبون بالإفراج عن زملائهم.", "يطالبون"),
        # an official, not a private person
        ("وقال أحد الضباط إن المسلحين هاجموا الحاجز قبل الفجر.", "هاجموا"),
        # no «أحد»: a speaker named alone is the other rules' to read
        ("وقال محمود سالم إن الشرطة اعتقلت عشرين شابا في الساحة.", "اعتقلت"),
        # «أحد» + a private plural that is no speaker: the object of the verb
        ("وقال المتحدث إن الشرطة اعتقلت أحد المتظاهرين بعد اشتباكات في الساحة.", "اشتباكات"),
    ],
)
def test_the_group_own_account_an_official_or_no_one_of_stays_asserted(text: str, trigger: str) -> None:
    labels = _labels(text, trigger)
    assert labels, "no event"
    assert all((p, m) == ("positive", "asserted") for p, m, _ in labels), labels
