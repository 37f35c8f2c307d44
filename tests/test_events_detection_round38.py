"""Arabic event detection, round 38.

Every sentence here is written for the test, not taken from a gold set.
1. ``data/ar_triggers.txt``: an injury (أصيب، إصابة، إصابات), clashes (صدامات), an encirclement (طوقت) and a
   resignation (استقالة) are events of the gold's types; ``senses._ar_injury_sense`` leaves out an illness or
   a feeling after ب («أصيب بفيروس»), the new nouns after a word of absence or avoidance («بلا صدامات»،
   «بدون وقوع إصابات»), after «وقوع / حدوث» in a denial and as the subject of an unreal «كانت ستـ».
2. ``extract.Extractor._assemble``: an injury told after a killing is the killing's event («مقتل شخصين
   وإصابة ثمانية»); an injury told first is named by the attack after it («أصيب ... بتفجير»).
3. ``dedup._injury``: an injury told alone is no antecedent of a later definite attack noun.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows

from khabar.eval.events import make_runner


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        ("وأصيب خمسة متظاهرين بجروح خلال المسيرة.", "ASSAULT", "أصيب"),
        ("وقالت الشرطة إن ثلاثة من عناصرها أصيبوا بالحجارة.", "ASSAULT", "أصيبوا"),
        ("وأسفرت المواجهة عن إصابة عشرين شخصا بجروح طفيفة.", "ASSAULT", "إصابة"),
        ("ووقعت صدامات عنيفة بين الطلاب ورجال الأمن.", "ASSAULT", "صدامات"),
        ("وطوقت قوات الأمن مبنى البرلمان منذ الصباح.", "COERCE", "وطوقت"),
        ("ورفع المحتجون شعارات تطالب باستقالة وزير الداخلية.", "CONCEDE", "باستقالة"),
    ],
)
def test_new_words_are_events_of_the_gold_type(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "وأصيب الوزير بفيروس كورونا الأسبوع الماضي.",
        "وأعلنت الوزارة تسجيل إصابة جديدة بالمرض في العاصمة.",
        "وأصيب الجمهور بخيبة أمل كبيرة بعد المباراة.",
        "وانتهى الاعتصام بلا صدامات مع الشرطة.",
        "وألقى الشبان الحجارة بدون وقوع إصابات.",
        "واتخذت الشرطة إجراءات لتجنب إصابة المارة.",
        "ونفى المتحدث ما تردد من أنباء عن حدوث إصابات في صفوف الجنود.",
        "وقال إن الصدامات مع الحراس كانت ستتحول إلى كارثة لولا تدخل الجيش.",
    ],
)
def test_illness_absence_denial_and_unreal_are_no_new_event(text: str) -> None:
    rows = event_rows(text)
    assert not any(r[0] == "ASSAULT" for r in rows), rows


def test_injury_after_a_killing_is_the_killing_event() -> None:
    rows = [
        r for r in event_rows("وأعلنت مصادر طبية مقتل شخصين وإصابة ثمانية آخرين بجروح.") if r[0] == "ASSAULT"
    ]
    assert len(rows) == 1 and rows[0][1].startswith("مقتل"), rows


def test_injury_told_first_is_named_by_the_attack() -> None:
    rows = [r for r in event_rows("وأصيب تسعة أشخاص بتفجير انتحاري قرب السوق.") if r[0] == "ASSAULT"]
    assert len(rows) == 1 and "تفجير" in rows[0][1], rows


def test_a_later_attack_noun_is_no_further_mention_of_an_injury() -> None:
    text = "وأصيب نحو ثلاثين شخصا بجروح، وقال المسعفون إن معظمهم نقلوا من مكان الانفجار إلى المستشفى."
    doc = make_runner()(text, "ar")
    words = [e.trigger.text for e in doc.events if e.type == "ASSAULT" and e.trigger]
    assert any("الانفجار" in w for w in words), words


def test_injury_denied_after_an_attack_leaves_the_attack_positive() -> None:
    rows = [
        r for r in event_rows("وقال المتحدث إنه لم ينتج عن الهجوم أي إصابات بين الحراس.") if r[0] == "ASSAULT"
    ]
    assert rows == [("ASSAULT", "الهجوم", "positive", "asserted")], rows


def test_an_injury_and_the_shelling_that_caused_it_are_two_events() -> None:
    # the attack more than eight words after the injury: two events of the extractor, which the merge keeps
    text = "أصيب ثلاثة مزارعين من أبناء القرية الشرقية في ساعة متأخرة من مساء أمس نتيجة سقوط قذائف على أرضهم."
    doc = make_runner()(text, "ar")
    words = [e.trigger.text for e in doc.events if e.type == "ASSAULT" and e.trigger]
    assert len(words) == 2 and words[0] == "أصيب", words
