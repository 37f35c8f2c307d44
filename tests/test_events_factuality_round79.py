"""Rules of round 79 (factuality, branch fact79): an act in the على-complement of the verbal noun «العمل» (working
towards) is an aim still to come, positive / planned (`modality_ar._ar_worked_toward`).

Every case is a hand-written news sentence, none copied from a gold set, with counter-cases where the rule must not
fire (the genitive «العمل» of a labour head, the imperfect «يعمل على» of a habitual work, a past «عملت على», a
continuation between على and the act, «العمل» past a clause of its own, a duty before the work).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a verbal noun of bringing about between على and the act
        ("وأكد البيان أهمية العمل على إرساء تعاون أمني بين البلدين.", "تعاون"),
        # «للعمل على», the act right after على
        ("وشكلت الوزارة فريقا للعمل على التوصل إلى هدنة بين الطرفين.", "التوصل"),
        # a definite adjective between «العمل» and على
        ("وتحدث الوزير عن العمل الجاد على استعادة السيطرة على المدينة.", "السيطرة"),
    ],
)
def test_act_worked_towards_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # «وزارة العمل»: labour, the genitive of a ministry, not the verbal noun that governs على
        ("وأكدت وزارة العمل على إيقاف الخدمات عن المنشآت المخالفة.", "إيقاف"),
        # the same after ل: على is the thanks' («شكرهم لوزارة العمل على»), the visit took place
        ("وعبر الجرحى عن شكرهم لوزارة العمل على مبادرتها الكريمة وزيارتها للمستشفى.", "زيارتها"),
        # the imperfect «يعمل على»: a habitual work, left
        ("ويعمل رجال الأمن على ملاحقة المطلوبين في الأحياء.", "ملاحقة"),
        # a past «عملت على»: the dispersal was carried out
        ("وعملت الشرطة على تفريق المتظاهرين بالقوة أمس.", "تفريق"),
        # a continuation between على and the act: the support goes on
        ("وتحدث عن العمل على استمرار دعم القوات المرابطة على الحدود.", "دعم"),
        # «للعمل» is the genitive of another noun, and على is governed by «حرص»
        ("وأشاد الوزير بالعمل التشريعي وحرص المجلس على تعزيز التعاون مع الحكومة.", "التعاون"),
        # a duty before the work: the modal rules or the classifier read it
        ("وهو ما يحتم علينا التحرك العاجل والعمل على إرساء هدنة في الجنوب.", "هدنة"),
    ],
)
def test_labour_habitual_done_or_continued_work_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
