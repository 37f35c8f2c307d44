"""Arabic event detection, round 57 (precision on fresh news: generic and manner mentions).

Every sentence here is written for the test, not taken from a gold set or an audit file.
``khabar.events.senses_generic``:
1. the activity one is keen on (the adjective حريص, the present يحرص, the adverbial حرصاً + «على») is a
   disposition, no event; the past «حرصت على» tells an act and stays;
2. «بالتعاون مع / بالتنسيق مع» and «تحت إشراف وتعاون» are the manner of another act, no COOPERATE; a charge of
   cooperation, a cooperation under قام and a cooperation told by its verb stay.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال المدير إن الهيئة حريصة كل الحرص على دعم الأندية الصغيرة في المنطقة.", "دعم"),
        ("وتحرص الجمعية على إقامة هذه اللقاءات بين أعضائها كل صيف.", "اللقاءات"),
        ("ويحرص البنك على مساعدة عملائه في إدارة مدخراتهم.", "مساعدة"),
        ("ورعت الشركة المعرض حرصاً منها على دعم المواهب الشابة في المدينة.", "دعم"),
        ("ونظمت البلدية سوقا شعبية في الحديقة بالتعاون مع جمعية الحرفيين.", "التعاون"),
        ("وأقيم الحفل في قاعة الجامعة وبالتنسيق مع إدارة النشاط الطلابي.", "التنسيق"),
        ("وجرى تنظيف الشاطئ تحت إشراف وتعاون لجنة الأهالي.", "وتعاون"),
    ],
)
def test_no_event_in_these_mentions(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        # the past: what was done
        ("وحرصت الحكومة على دعم المرشح المستقل في الانتخابات الأخيرة.", "SUPPORT", "دعم"),
        # a standing work that the gold counts as an event («تعمل على») is left
        ("وقال الوزير إن بلاده تعمل على دعم الجيش النظامي.", "SUPPORT", "دعم"),
        # a charge of cooperation, the light verb قام, the verb
        ("واتهمت المحكمة المتهمين بالتعاون مع جهات معادية.", "COOPERATE", "التعاون"),
        ("وهناك اتهامات وجهت إلى الحزب بالتعاون مع المهربين.", "COOPERATE", "التعاون"),
        ("وقامت الوزارة بالتنسيق مع البنك المركزي لإصدار التعميم.", "COOPERATE", "التنسيق"),
        ("وتعاونت الشرطة مع الجيش في تأمين الحدود الشمالية.", "COOPERATE", "وتعاونت"),
    ],
)
def test_events_that_stay(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)
