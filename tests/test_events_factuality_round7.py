"""Scope rules of round 7, found on the unseen errors of the Arabic factuality dev batch 5
(`eval/events/factuality_dev5.jsonl`) read together with those of dev3 and dev4.

Hand-written news sentences, one or two per general rule, each with a counter-case where the rule
must not fire; none is copied from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- "not only": the event took place
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The attack not only killed four soldiers but also wounded ten civilians.", "killed"),
        ("وهذه الرصاصات لم تقتل فقط أربعة من رجال الأمن، بل جرحت الوطن كله.", "تقتل"),
    ],
)
def test_not_only_is_no_negation(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army did not kill any civilians in the raid.", "kill"),
        ("لم تقتل القوات أي مدني في الغارة.", "تقتل"),
    ],
)
def test_plain_negation_stays(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


# ---------------------------------------------------------------- إنْ + a past verb is a condition
def test_in_with_a_past_verb_is_conditional() -> None:
    text = "وقال إن الحكومة لا تفرض موعدا، فإن اتفقت الفصائل على إجراء الانتخابات ستنفذها اللجنة."
    assert _fact(text, "اتفقت") == ("positive", "conditional")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت مصادر، إن الاجتماع الذي سيناقش الخطة سيعقد غدا.", "الاجتماع"),  # إنّ + a subject
        ("وقال المتحدث إن القوات قتلت عشرة مسلحين.", "قتلت"),
    ],
)
def test_particle_inna_is_no_condition(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "conditional"


# ---------------------------------------------------------------- what one did not receive
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وتعاني المقاومة من عدم حصولها على دعم من التحالف.", "دعم"),
        ("ولم تحصل الفصائل على مساعدات منذ أشهر.", "مساعدات"),
    ],
)
def test_negated_receipt_negates_the_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_received_support_is_positive() -> None:
    assert _fact("وحصلت الفصائل على دعم من التحالف.", "دعم")[0] == "positive"


# ---------------------------------------------------------------- سبق أن, whatever precedes it
def test_sabaqa_an_is_historical_after_a_quote() -> None:
    text = 'وكان من بين المعرفات "أبو فلان" والذي سبق أن وجه تهديدا للممثل.'
    assert _fact(text, "تهديدا")[1] == "historical"


# ---------------------------------------------------------------- seeking: planned
def test_sought_arrest_is_planned() -> None:
    assert _fact("وتفجرت الأحداث عندما سعى المسلحون إلى اعتقال عدد من أبناء القرية.", "اعتقال") == (
        "positive",
        "planned",
    )


def test_arrest_without_seeking_is_asserted() -> None:
    assert _fact("واعتقل المسلحون عددا من أبناء القرية.", "اعتقل") == ("positive", "asserted")


# ---------------------------------------------------------------- one of the residents / witnesses
@pytest.mark.parametrize(
    "text",
    [
        "وقال مروان محمد أحد سكان القرية إن طائرات تركية شنت غارة على المنطقة.",
        "وقال محمد علي، أحد الشهود، إن طائرات تركية شنت غارة على المنطقة.",
        "وتعزو مصادر محلية الدمار إلى غارة شنتها طائرات تركية على المنطقة.",
    ],
)
def test_one_of_the_residents_reports(text: str) -> None:
    assert _fact(text, "غارة")[1] == "reported"


def test_one_of_the_officials_asserts() -> None:
    assert _fact("وقال أحد المسؤولين إن طائرات تركية شنت غارة على المنطقة.", "غارة")[1] == "asserted"


# ---------------------------------------------------------------- did not refrain: took place
def test_did_not_refrain_from_killing_took_place() -> None:
    text = "هذه الفئة الضالة الذين لم يتورعوا عن قتل المصلين في المسجد."
    assert _fact(text, "قتل") == ("positive", "asserted")


# ---------------------------------------------------------------- the cue-class safeguard
def _class(text: str, trigger: str, kind: str, lang: str) -> str | None:
    from khabar.events.scope import _unplaced_cue_class
    from khabar.events.triggers import Trig
    from khabar.text.tokenize import tokenize

    toks = tokenize(text)
    a = next(i for i, tk in enumerate(toks) if tk.text == trigger)
    return _unplaced_cue_class(toks, Trig(a=a, b=a, type="ASSAULT", mode=None, kind=kind), lang)


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "lang", "cls"),
    [
        ("The US wants the British court to extradite him.", "extradite", "verb", "en", "planned"),
        ("He was charged with murder in 2019.", "murder", "noun", "en", "alleged"),
        ("تعتزم الحكومة خلال الأسابيع المقبلة إرسال قوات إلى الحدود.", "قوات", "noun", "ar", "planned"),
        ("ويجب على الحكومة في هذه المرحلة إرسال قوات إلى الحدود.", "قوات", "noun", "ar", "possible"),
    ],
)
def test_an_unplaced_cue_gives_its_class(text: str, trigger: str, kind: str, lang: str, cls: str) -> None:
    assert _class(text, trigger, kind, lang) == cls


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "lang"),
    [
        ("He promised to investigate the killings.", "killings", "noun", "en"),  # definite: given
        ("A man charged with murder was released on bail.", "released", "verb", "en"),
        ("Police arrested two men in the city.", "arrested", "verb", "en"),
        ("ستحقق الحكومة في الهجوم.", "الهجوم", "noun", "ar"),  # definite: given
        ("وتعتزم الحكومة الرد، لكن القوات أرسلت تعزيزات.", "تعزيزات", "noun", "ar"),  # another clause
    ],
)
def test_no_class_for_given_or_other_clause(text: str, trigger: str, kind: str, lang: str) -> None:
    assert _class(text, trigger, kind, lang) is None


def test_inna_after_a_verb_of_saying_is_no_condition() -> None:
    text = "وقال مكتب الرئيس في بيان إن رفض هاتين المادتين لا يحرم الأجهزة من وسائلها."
    assert _fact(text, "رفض")[1] != "conditional"


# ---------------------------------------------------------------- a sentence opened by كان / سبق أن
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكان فلان الفلاني، مرشح المعارضة في الانتخابات، طالب الأربعاء بفرض حصار بحري.", "طالب"),
        ("وكان عون عقد اجتماعا استثنائيا لتكتله، دعا فيه إلى الحشد.", "دعا"),
        ("وسبق أن قتل مدنيون، في قصف نفذه المسلحون على المدينة.", "قصف"),
    ],
)
def test_kana_opening_covers_commas(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "historical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكان الوزير قد وصل إلى المدينة، لكن المسلحين شنوا هجوما على الموكب.", "هجوما"),
        ("وكان الاجتماع مثمرا، وسيعقد الطرفان محادثات جديدة الأسبوع المقبل.", "محادثات"),
    ],
)
def test_kana_opening_stops_at_a_new_clause(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "historical"


# ---------------------------------------------------------------- a known event under an accusation
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("اعتقلت الشرطة رجلا متهما بالتفجير الإرهابي في المدينة.", "التفجير"),
        ("وهو متهم بهذا الهجوم على المسجد.", "الهجوم"),
    ],
)
def test_a_known_event_under_an_accusation_took_place(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_an_unspecified_charged_event_stays_alleged() -> None:
    assert _fact("اعتقلت الشرطة رجلا متهما بالتفجير في المدينة.", "التفجير")[1] == "alleged"
