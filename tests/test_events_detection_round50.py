"""Arabic event detection, round 50 (``khabar.events.senses_security``, ``ar_triggers.txt``): an armed party's
flight (هرب / فرار / هروب, RETREAT); standing with a party (الوقوف مع / إلى جانب / صفا, SUPPORT); recruitment of
fighters by its recruits (تجنيد / جنّد, MOBILIZE); an inquiry by «مع / حول / بشأن» right after it (ACCUSE); a cell or network
dismantled (تفكيك / فكّك, COERCE); the execution verb أعدم in all its persons (ASSAULT).

Every sentence here is written for the test, not taken from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows

from khabar.events import senses_security as S
from khabar.events.senses import _ar_sentence_words
from khabar.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "typ", "word", "modality"),
    [
        # flight of an armed party: the verb, the masdar with its genitive, the party before it
        ("وقالت مصادر محلية إن عناصر الميليشيا هربوا من البلدة فجر اليوم.", "RETREAT", "هربوا", None),
        ("وأكد الجيش فرار قائد الجماعة المسلحة إلى الجبال.", "RETREAT", "فرار", "asserted"),
        ("واضطر المسلحون إلى الفرار بعد ساعات من القتال.", "RETREAT", "الفرار", "asserted"),
        ("وهرب زعيم التنظيم من المدينة قبل وصول القوات.", "RETREAT", "وهرب", "asserted"),
        # standing with a party: the masdar (with a pronoun, after a future verb), the verb's persons
        ("وأكد الوزير وقوف بلاده إلى جانب الشعب الليبي.", "SUPPORT", "وقوف", "asserted"),
        ("وقال إن الحكومة ستواصل وقوفها مع الأشقاء في محنتهم.", "SUPPORT", "وقوفها", "planned"),
        ("ووقفت الدول العربية مع لبنان في أزمته.", "SUPPORT", "وقفت", "asserted"),
        ("ودعا الشيخ المواطنين إلى الوقوف صفا واحدا في وجه الفتنة.", "SUPPORT", "الوقوف", "planned"),
        # recruitment by its recruits
        ("واتهم التقرير الجماعة بتجنيد أطفال في صفوفها.", "MOBILIZE", "بتجنيد", None),
        ("وجند التنظيم مئات المقاتلين الأجانب خلال العام الماضي.", "MOBILIZE", "وجند", "asserted"),
        ("وكشفت الوزارة عن خلية تعمل على التجنيد الإرهابي عبر الإنترنت.", "MOBILIZE", "التجنيد", None),
        # an inquiry with the one questioned or the matter right after it
        ("ونقل المتهمون إلى مركز الشرطة، للتحقيق معهم في الواقعة.", "ACCUSE", "تحقيق", None),
        ("وكلف الوزير لجنة خاصة بالتحقيق حول أسباب الحريق.", "ACCUSE", "التحقيق", None),
        # a cell, a network dismantled (quotes, a count between)
        ("وأعلنت الشرطة تفكيك «خلية» تضم خمسة أشخاص.", "COERCE", "تفكيك", None),
        ("وفككت الأجهزة الأمنية ثلاث شبكات لتهريب المخدرات.", "COERCE", "فككت", None),
        # the execution verb: feminine plural, object pronoun
        ("وقالت المنظمة إن السلطات أعدمتهم شنقا في السجن المركزي.", "ASSAULT", "أعدمتهم", None),
        ("وأعدمن رميا بالرصاص في الساحة العامة.", "ASSAULT", "أعدمن", "asserted"),
    ],
)
def test_round50_finds(text: str, typ: str, word: str, modality: str | None) -> None:
    rows = [(t, w, m) for t, w, _, m in event_rows(text)]
    assert any(t == typ and word in w and (modality is None or m == modality) for t, w, m in rows), rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a worker, a suspect, a prisoner runs away: no party of a conflict
        ("وأشارت الإدارة إلى ارتفاع حالات هروب العمالة المنزلية من كفلائها.", "هروب"),
        ("وهرب المتهم من رجال الأمن قبل القبض عليه.", "وهرب"),
        # the party fled from is no party fleeing
        ("وفر السكان هربا من الميليشيات التي اقتحمت القرية.", "هربا"),
        # الوقوف with another sense: looking into, a minute of silence, being behind, an inspection with officials
        ("وتوجه المحافظ للوقوف على سير العمل في المشروع.", "للوقوف"),
        ("ووقف الحضور دقيقة صمت على أرواح الضحايا.", "ووقف"),
        ("ونفى الحزب الوقوف وراء الهجوم.", "الوقوف"),
        ("وتم الوقوف مع مندوب البلدية على الموقع ورفع تقرير.", "الوقوف"),
        ("وقف الطلاب مع معلمهم عند باب المدرسة.", "وقف"),
        # the firing audit: nobody stands with him; a sports club's supporters
        ("وقال إن الوزير يريد أن يعمل ولكن لا أحد يقف معه.", "يقف"),
        ("وناشد رئيس النادي الجماهير الوقوف مع الفريق في المباراة المقبلة.", "الوقوف"),
        # achieving with a partner is no inquiry
        ("وتسعى الشركة إلى تحقيق أرباح مع شركائها.", "تحقيق"),
        # a hiring campaign: «مزيد» names no recruits (dev8's leak); the imperfect of أعدم is also "lack"
        ("وأطلقت البلدية حملة لتجنيد مزيد من المتطوعين في الحي.", "لتجنيد"),
        ("وتصل الكهرباء إلى القرى التي يعدمون فيها الماء.", "يعدمون"),
        # a bomb dismantled
        ("وتمكن خبراء المتفجرات من تفكيك العبوة قبل انفجارها.", "تفكيك"),
        # recruitment with no recruits named: conscription, an admission office
        ("وأعلنت وزارة الدفاع فتح باب القبول والتجنيد في القوات المسلحة.", "والتجنيد"),
        ("ويناقش البرلمان قانون التجنيد الإجباري.", "التجنيد"),
    ],
)
def test_round50_no_event(text: str, word: str) -> None:
    rows = event_rows(text)
    assert not any(word in w for _, w, _, _ in rows), rows


def test_round50_gates() -> None:
    """The sentence gates of the round-50 rules hold every form the rules read."""
    for rx, words in (
        (S._FLEE_RX, S._FLEE_FORMS | S._FLEE_MASDARS),
        (S._STAND_RX, S._STAND_FORMS | S._STAND_MASDARS),
        (S._RECRUIT_RX, S._RECRUIT_FORMS | S._RECRUIT_MASDARS),
        (S._DISMANTLE_RX, S._DISMANTLE_FORMS | S._DISMANTLE_MASDARS),
    ):
        for w in words:
            assert rx.search(w), w
    assert normalize("تجنيد") in S._RECRUIT_MASDARS and _ar_sentence_words([]) == ""
