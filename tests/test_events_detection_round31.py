"""Arabic event detection, round 31: the attack named after a death (``_ar_killed_in``).

Every sentence here is written for the test, not taken from a gold set. «قتل 21 شخصا في هجوم» is one event
(the same-type merge of ``Extractor._assemble`` keeps it one), and the gold of the factuality sets names
either word as its trigger: the event's trigger text now reaches over both (``Trig.tail`` after a killing
verb, ``Trig.lead`` before the attack that names a death noun's event), its type and reading unchanged.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a killing verb, then في / خلال / جراء / إثر + the attack
        ("قتل سبعة أشخاص على الأقل في هجوم على سوق شعبي.", "قتل", "هجوم"),
        ("وقتل جنديان وأصيب ثلاثة آخرون خلال اشتباكات في البلدة.", "وقتل", "اشتباكات"),
        ("قتلوا جراء القصف المدفعي على الحي.", "قتلوا", "القصف"),
        ("قتل أربعة عسكريين إثر كمين نصبه مسلحون.", "قتل", "كمين"),
        # ب on the attack noun
        ("وقتل شرطي بانفجار عبوة ناسفة قرب المركز.", "وقتل", "بانفجار"),
        # a death noun first (the attack names the event, its text starts at the death)
        ("وأفادت مصادر طبية بمقتل خمسة مدنيين في الغارات على القرية.", "بمقتل", "الغارات"),
        ("وأعلن الجيش مصرع ثلاثة جنود خلال الاشتباكات مع المسلحين.", "مصرع", "الاشتباكات"),
    ],
)
def test_attack_named_after_a_death_is_covered(text: str, first: str, last: str) -> None:
    rows = [r for r in event_rows(text) if r[0] == "ASSAULT"]
    assert len(rows) == 1, rows
    trig = rows[0][1]
    assert trig.startswith(first) and trig.endswith(last), trig


def test_the_reading_is_the_killings() -> None:
    rows = event_rows("قتل سبعة أشخاص على الأقل في هجوم على سوق شعبي.")
    assert rows == [("ASSAULT", "قتل سبعة أشخاص على الأقل في هجوم", "positive", "asserted")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # «بعد» tells a second act, not the attack in which the killing happened
        ("قتل المسلحون الرهينة بعد هجوم على القرية.", "هجوم"),
        # the noun before the attack is no killing: a war and a later attack stay as they were
        ("وتتواصل الحرب على البلاد ويستخدم الجيش في الهجوم أسلحة محرمة.", "الهجوم"),
        # a second execution told with ب is its own act
        ("أعدم التنظيم رجلين ثم أعقبه بإعدام امرأة.", "بإعدام"),
    ],
)
def test_no_stretch_without_the_attack_of_the_killing(text: str, word: str) -> None:
    rows = event_rows(text)
    # the first trigger does not reach the later attack word
    assert rows and not rows[0][1].endswith(word), rows


def test_far_attack_noun_without_preposition_unchanged() -> None:
    # no preposition of place or cause before the attack noun: the merge keeps the verb's text
    rows = event_rows("قتل الجنود خمسة مسلحين والهجوم مستمر.")
    assert rows and rows[0][1] in ("قتل",), rows


# ---------------------------------------------------------------- 2. a Form V / VI masdar spelled like its past


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        # after ال the word is the masdar of a lexicon verb (CONSULT تفاوض، CONCEDE تنازل)
        ("وقال الوزير إن بلاده مستعدة لإعادة التفاوض على بنود الاتفاق.", "التفاوض", "CONSULT"),
        ("ورفض الحزب التنازل عن مطالبه.", "التنازل", "CONCEDE"),
        ("وقال إن الحل يمر عبر التباحث بين الطرفين.", "التباحث", "CONSULT"),
    ],
)
def test_form_v_vi_masdar_is_an_event(text: str, trigger: str, etype: str) -> None:
    rows = event_rows(text)
    assert any(r[1] == trigger and r[0] == etype for r in rows), rows


def test_the_bare_past_stays_a_verb() -> None:
    rows = event_rows("وتفاوض الوفدان أمس على بنود الهدنة.")
    assert ("CONSULT", "وتفاوض", "positive", "asserted") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        # التواصل الاجتماعي (social media) is no contact
        "وانتشرت صور الحادث على مواقع التواصل الاجتماعي.",
        # a protest's masdar is left out («حق التظاهر»)
        "وأكد الدستور حق التظاهر السلمي للمواطنين.",
    ],
)
def test_masdars_left_out(text: str) -> None:
    assert event_rows(text) == []


def test_masdar_after_lam_is_a_planned_purpose() -> None:
    # «للتفاوض» after ل is a purpose: round 31's purpose-clause rule (fact31) reads it planned, so the Form VI
    # masdar is kept as a planned CONSULT, never as an asserted one
    rows = event_rows("وتستخدم الحكومة القضايا التي ترفع ضد الشركة للتفاوض عليها.")
    assert [r for r in rows if "تفاوض" in r[1]] == [("CONSULT", "لتفاوض", "positive", "planned")], rows


# ---------------------------------------------------------------- 3. خطف as a masdar (kind m), the bare past أوقف


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("وأعلن التنظيم قيامه بخطف ثمانية مقاتلين قرب الحدود.", "بخطف", "ASSAULT"),
        ("وتزايدت حوادث الخطف في المدينة خلال الشهر الماضي.", "الخطف", "ASSAULT"),
        ("أوقف الأمن اليوم خمسة أشخاص في العاصمة.", "أوقف", "COERCE"),
        ("وأوقف المشتبه به واتهم بالسرقة.", "أوقف", "COERCE"),
    ],
)
def test_masdar_and_past_found(text: str, trigger: str, etype: str) -> None:
    rows = event_rows(text)
    assert any(r[1] == trigger and r[0] == etype for r in rows), rows


def test_bare_khatf_stays_a_verb() -> None:
    rows = event_rows("خطف مسلحون صحفيا أمس.")
    assert rows == [("ASSAULT", "خطف", "positive", "asserted")], rows


def test_purpose_masdar_read_as_asserted_left_out() -> None:
    # «لخطف قادة» after ل is a purpose; the rules read it asserted (no cue), so it is left out
    rows = event_rows("وهذا يفسر إعطاء ضوء أخضر للجماعة لخطف قادة من الحزب.")
    assert not any("خطف" in r[1] for r in rows), rows


def test_cooperation_in_an_accusation_kept_beside_another_event() -> None:
    # «بالتعاون مع» beside another event is a manner adverbial, unless it is what someone is accused of
    text = 'وأعلن التنظيم قيامه بخطف مقاتلين، متهما إياهم "بالتعاون مع الغرب".'
    rows = event_rows(text)
    assert any(r[0] == "COOPERATE" for r in rows), rows
    assert not any(
        r[0] == "COOPERATE" for r in event_rows("داهمت القوات، بالتعاون مع الدرك، منزلا في المدينة.")
    )
