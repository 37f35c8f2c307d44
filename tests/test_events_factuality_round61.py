"""Rules of round 61 (factuality), from the transfer audits of the system's positive / asserted output on fresh news
after a word of plan, project, proposal, consent or order: what a plan, project or proposal is for or contains is
still to come (`modality_ar._ar_plan_content`); «وافق X، على + a verbal noun» with the subject set off by a comma
or a dash aside is consent to an act still to come (`modality_ar._ar_consented_across_aside`); إرسال is among
round 48's ordered acts. A plan told as carried out, and an act told as done after the consent, are not planned.

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rules
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import extract
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # consent across a comma after the subject's title
        ("وافق محافظ المدينة المهندس سامي بن خالد العلي، على نزع ملكية عشرين عقارا لتوسعة الطريق الدائري.", "نزع"),
        # consent across a dash aside
        ("وافق رئيس البلدية - بعد اجتماع مطول مع السكان - على نزع ملكية المنازل القديمة.", "نزع"),
        # the content of a plan: the object of تشمل with the plan its subject
        ("وتشمل الخطة الجديدة إعادة فتح المعابر وإطلاق سراح المعتقلين السياسيين.", "فتح"),
        # the purpose of a programme, the ل-masdar of four letters
        ("وأعدت اللجنة برنامجا متكاملا لدعم المزارعين المتضررين من الجفاف.", "لدعم"),
        # an order to send (the verb merged with the act it orders)
        ("ووجه أمير المنطقة بإرسال قوافل إغاثة إلى المحافظات المتضررة.", "ووجه"),
    ],
)
def test_plan_content_consent_or_order_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_consent_then_carried_out_is_not_planned() -> None:
    # consented and begun: told as done
    assert _fact("وافق المحافظ، على نزع ملكية عشرين عقارا وبدأت البلدية تنفيذه فورا.", "نزع") == (
        "positive",
        "asserted",
    )


def test_content_of_a_plan_carried_out_is_not_planned() -> None:
    # the police carried out the plan: its content is told as done
    assert _fact("ونفذت الشرطة خطة أمنية واسعة شملت اقتحام الأحياء الشرقية.", "اقتحام") == ("positive", "asserted")


def test_what_a_plan_failed_at_is_not_planned() -> None:
    # في, not a purpose ل: the attacks took place
    doc = extract("وفشلت خطة أمنية مشتركة في خفض وتيرة الهجمات على الطرق.", "ar")
    assert all(e.modality != "planned" for e in doc.events)


def test_legitimate_is_no_project() -> None:
    # «حق مشروع»: the adjective "legitimate", not a project whose purpose follows
    doc = extract("وأكد أن الدفاع عن النفس حق مشروع لمواجهة الهجمات على القرى.", "ar")
    assert all(not (e.trigger and "الهجمات" in e.trigger.text and e.modality == "planned") for e in doc.events)
