"""The quotes stage adds an entity only for a quotation it keeps: a candidate it drops afterwards (a
proverb, a song) leaves no made-up speaker behind, while the entities of the entity layer all stay."""

from __future__ import annotations

import pytest

from tests.quotes_helpers import quote_doc

pytestmark = pytest.mark.usefixtures("quote_names")


@pytest.mark.parametrize(
    "text",
    [
        "وكما يقول المثل: «من جد وجد ومن زرع حصد».",
        "وكما يقول المثل: «الجار قبل الدار».",
        "وكما يقول المثل: «في التأني السلامة»، فقد تأخر القرار.",
    ],
)
def test_a_dropped_proverb_leaves_no_speaker_entity(text: str) -> None:
    doc = quote_doc(text)
    assert doc.quotes == []
    assert doc.entities == []


def test_entity_layer_entities_stay_without_quotations() -> None:
    doc = quote_doc(
        "وكما يقول المثل: «الجار قبل الدار». وزار محمد العلي الرياض أمس.",
        persons=("محمد العلي",),
        others=(("الرياض", "GPE"),),
    )
    assert doc.quotes == []
    assert [e.name for e in doc.entities] == ["محمد العلي", "الرياض"]


def test_a_kept_quotation_keeps_the_speaker_it_made() -> None:
    doc = quote_doc("وقال المتحدث باسم الشركة خالد السبيعي: «سنفتتح الفرع الجديد الشهر المقبل».")
    assert len(doc.quotes) == 1
    speaker = doc.entity(doc.quotes[0].speaker)
    assert speaker is not None and speaker.name == "خالد السبيعي"
