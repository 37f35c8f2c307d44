"""Arabic event detection, round 60 (precision on fresh news: receptions of the public, hostings by a cultural
venue, five recurring one-word senses).

Every sentence here is written for the test, not taken from a gold set or an audit file.
1. ``khabar.events.senses_mishap``: an institution that receives the public it serves (candidates, applicants,
   students, a patient) or a cultural venue that hosts a speaker meets nobody; an official's reception of a
   delegation or of students and a person hosting guests stay;
2. ``khabar.events.senses_everyday``: an ailment («عارض صحي»), the weather or the market dominating («سيطرة كتلة
   هوائية»، «سيطرت الأسهم»), a fair («تظاهرة ثقافية»), telecommunication («ثورة الاتصالات») and bank
   transactions («العمليات ... عبر المصارف») make no event; a seizure, a protest and contacts stay.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # receptions of the public, hostings by a venue
        ("وأوضح المدير أن اللجان الفرعية ستستقبل المرشحين في مقر الإدارة طوال الأسبوع المقبل.", "ستستقبل"),
        ("تستقبل كلية الهندسة بجامعة الطائف الراغبين في الالتحاق ببرامج الدراسات العليا حتى نهاية الشهر.", "تستقبل"),
        ("وذكر المتحدث أن مركز الإسعاف في المحافظة استقبل صباح اليوم طفلا مصابا بكسور.", "استقبل"),
        ("واستضاف منتدى الشباب الثقافي الكاتب المعروف في لقاء مفتوح مع الجمهور.", "واستضاف"),
        ("ينظم النادي الأدبي أمسية شعرية يستضيف من خلالها الشاعر المعروف.", "يستضيف"),
        # one-word senses
        ("ونقل الشيخ إلى المستشفى إثر عارض صحي ألم به أمس.", "عارض"),
        ("ويتوقع خبراء الأرصاد سيطرة كتلة هوائية باردة على أجواء المنطقة خلال الأيام المقبلة.", "سيطرة"),
        ("وسيطرت أسهم البنوك على التداولات في السوق أمس.", "وسيطرت"),
        ("ويعد المعرض تظاهرة ثقافية كبرى يشارك فيها مئات الناشرين.", "تظاهرة"),
        ("غيرت ثورة الاتصالات الحديثة طريقة عمل الشركات.", "الاتصالات"),
        ("وأظهر التقرير ارتفاع العمليات التي جرت عبر البنوك المحلية خلال العام الماضي.", "العمليات"),
    ],
)
def test_no_event_in_these_mentions(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        # an official receives a delegation or students; a person hosts guests; a city hosts talks
        ("استقبل أمير المنطقة في مكتبه أمس وفدا من رجال الأعمال.", "CONSULT", "استقبل"),
        ("واستقبل وزير التعليم الطلاب المتفوقين في مكتبه بالرياض.", "CONSULT", "واستقبل"),
        ("واستضاف الشيخ في منزله المشاركين في المؤتمر على مأدبة عشاء.", "CONSULT", "واستضاف"),
        # a seizure, a protest, contacts, an attack
        ("وسيطرت القوات الحكومية على البلدة بعد معارك عنيفة.", "COERCE", "وسيطرت"),
        ("وخرجت تظاهرة حاشدة في وسط العاصمة احتجاجا على الغلاء.", "PROTEST", "تظاهرة"),
        ("وكشف المصدر عن اتصالات بين الحكومة والمعارضة لإنهاء الأزمة.", "CONSULT", "اتصالات"),
    ],
)
def test_events_that_stay(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)
