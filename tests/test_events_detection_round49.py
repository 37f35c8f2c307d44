"""Arabic event detection, round 49 (``khabar.events.senses_security``): a suspension by its object (علّق /
تعليق: a newspaper COERCE, a membership or cooperation SANCTION); a signing verb whose agreement noun is beyond
the light pass's window (the verb tells the event); a handover to a counterpart (COOPERATE), of arms or of hostages (RETREAT), by the verb only.

Every sentence here is written for the test, not taken from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "typ", "word", "modality"),
    [
        # a suspension by its object
        ("وأعلنت الوزارة تعليق صدور الجريدة الأسبوعية شهرا كاملا.", "COERCE", "تعليق", "asserted"),
        ("وعلق الاتحاد الأفريقي عضوية مالي بعد الانقلاب.", "SANCTION", "وعلق", "asserted"),
        # a signing verb far from its agreement noun
        (
            "ووقعت وزارتا الصحة في الكويت والبحرين في المنامة صباح أمس الأحد مذكرة تفاهم لتبادل الخبرات.",
            "AGREE",
            "ووقعت",
            "asserted",
        ),
        (
            "وستوقع الحكومتان في العاصمة الأردنية عمان خلال الشهر المقبل اتفاقية لتبادل المعلومات.",
            "AGREE",
            "وستوقع",
            "planned",
        ),
        # a handover: to a counterpart, of arms, of hostages
        (
            "وسلمت السلطات المغربية إلى نظيرتها الفرنسية يوم الجمعة شخصا مطلوبا في قضية احتيال.",
            "COOPERATE",
            "وسلمت",
            "asserted",
        ),
        ("وسلم عشرات المسلحين في البلدة أسلحتهم إلى الجيش أمس.", "RETREAT", "وسلم", "asserted"),
        ("وسلمت الجماعة ثلاثة رهائن إلى الصليب الأحمر مساء الخميس.", "RETREAT", "وسلمت", "asserted"),
    ],
)
def test_round49_finds(text: str, typ: str, word: str, modality: str) -> None:
    assert (typ, word, modality) in [(t, w, m) for t, w, _, m in event_rows(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وعلق الوزير على القرار بأنه خطوة مهمة.", "وعلق"),
        # the suspension's firing audit: a club named after the verb, a pronoun object, a commentary
        ("علق مدرب الاتفاق البرازيلي على خسارة فريقه أمس.", "علق"),
        ("علق مدرب التعاون الجديد لقاء فريقه الودي بالإيجابي.", "علق"),
        ("وأوقفت الجامعة إجراءات التسجيل وعلقتها لحين صدور قرار الوزارة.", "وعلقتها"),
        ("وكتب الوزير تعليق قصير نشر في صحيفة محلية.", "تعليق"),
        ("وأعلنت المدرسة تعليق الدراسة بسبب الأمطار الغزيرة.", "تعليق"),
        ("وقال المدرب في تعليق على المباراة إن فريقه قدم أداء جيدا.", "تعليق"),
        ("وسلم الأمير الجوائز للفائزين في ختام البطولة.", "وسلم"),
        # the handover's firing audit: responsibility handed to a party, a verb with an object pronoun
        ("وهو اتفاق يسلم مسؤولية أمن الخليج لطهران ويسلمها عمليا السلاح الأقوى.", "يسلم"),
        ("وهو اتفاق يسلم مسؤولية أمن الخليج لطهران ويسلمها عمليا السلاح الأقوى.", "ويسلمها"),
        # the handover masdar is left out (a purpose read asserted: a leak in tuning)
        ("وأمهل الجيش المسلحين يومين لتسليم أسلحتهم الثقيلة.", "لتسليم"),
        ("وسلم الوزير رسالة خطية إلى نظيره العماني من الملك.", "وسلم"),
        ("وقال الإمام صلى الله عليه وسلم في الحديث.", "وسلم"),
        ("ووقع الحادث في الساعة الثامنة صباحا قرب مقر الشرطة في وسط المدينة بعد يوم من الاتفاق.", "ووقع"),
    ],
)
def test_round49_no_event(text: str, word: str) -> None:
    assert word not in [w for _, w, _, _ in event_rows(text)]


def test_round49_far_signing_one_event() -> None:
    """The far agreement noun is the signing verb's object: one AGREE event, told by the verb."""
    text = "ووقعت وزارتا الصحة في الكويت والبحرين في المنامة صباح أمس الأحد مذكرة تفاهم لتبادل الخبرات."
    assert [w for t, w, _, _ in event_rows(text) if t == "AGREE"] == ["ووقعت"]
