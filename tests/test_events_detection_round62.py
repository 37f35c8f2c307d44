"""Arabic event detection, round 62 (``khabar.events.senses_security._blessing_formula``, read by round 51's
``_ar_prayer``): a blessing after a name, God the subject of a verb carrying the blessed one's pronoun («- أيده الله
-»، «أيدها الله بنصره») and a verb joined to it by و («حفظهم الله وأيدهم»), is no event; the real events around it,
the verb with a human subject and the parties named with «الله» stay.

Every sentence here is written for the test, not taken from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import trigger_texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # the formula between dashes after the king's title; the statement's own act stays
        ("وأكد الوزير أن خادم الحرمين الشريفين - أيده الله - وجه بتقديم المساعدات للمتضررين.", "أيده", "المساعدات"),
        ("ونقل الأمير تحيات الملك –أيده الله– إلى الرئيس خلال استقباله في القصر.", "أيده", "استقباله"),
        # between commas, the leadership's pronoun ها / هم
        ("وأشاد المتحدث بالقيادة الرشيدة، أيدها الله، على دعم البلديات بالمعدات.", "أيدها", "دعم"),
        ("وقال إن ولاة الأمر -أيدهم الله بنصره- دعموا القوات المرابطة على الحدود.", "أيدهم", "دعموا"),
        # the verb joined by و to the formula
        ("وتم القبض على المتهمين تحقيقا لتطلعات ولاة الأمر، حفظهم الله وأيدهم، في حماية المال العام.", "أيدهم", "القبض"),
    ],
)
def test_blessing_formula_no_event(text: str, gone: str, kept: str) -> None:
    trigs = trigger_texts(text)
    assert not any(gone in t for t in trigs), trigs
    assert any(kept in t for t in trigs), trigs


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a human subject: the support is an act
        ("وأيده الرئيس في قراره بإغلاق المعبر أمس.", "أيده"),
        ("وقد أيدهم الشعب في الانتخابات التي جرت الشهر الماضي.", "أيدهم"),
        # «الله» in a party's name after the verb: the attack and the seizure stay
        ("وهاجم حزب الله مواقع للجيش قرب الحدود فجر اليوم.", "وهاجم"),
        ("وسيطر أنصار الله على مدينة عمران بعد معارك عنيفة.", "وسيطر"),
        # a verb with a pronoun before a party's name: «الله» is not right after it
        ("وهاجمه حزب الله في خطاب متلفز.", "وهاجمه"),
    ],
)
def test_verb_near_allah_kept(text: str, kept: str) -> None:
    assert any(kept in t for t in trigger_texts(text))
