"""Arabic participants (round 62): the object of «استهدف» that an attack noun's trigger reaches is the attack's
target (`participants.ar_aimed_object`): «الهجوم استهدف ... X»، «الانفجار الذي استهدف X»، and the head of a
relative clause whose verb carries the object pronoun: «X التي استهدفتها التفجيرات». Hand-written sentences run
through the extractor alone (no NER) with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at, roles_by_trigger


def _target(text: str, trigger: str, names: list[tuple[str, str]] = ()) -> str | None:  # type: ignore[assignment]
    return roles_at(text, trigger, list(names))[1]


def test_the_object_after_seemingly_is_the_target() -> None:
    text = "وذكر شاهد أن الهجوم استهدف على ما يبدو حافلتين عسكريتين قرب الجسر."
    assert _target(text, "الهجوم") == "حافلتين عسكريتين"


def test_the_named_country_after_the_relative_verb() -> None:
    text = "وأدان المجلس الهجمات التي استهدفت الأردن خلال الشهر الماضي."
    assert _target(text, "الهجمات", [("الأردن", "LOC")]) == "الأردن"


def test_the_indefinite_object_after_qad_istahdafa() -> None:
    assert _target("وكان التفجير قد استهدف حافلة للركاب.", "التفجير") == "حافلة"


def test_the_head_of_the_relative_clause_with_the_object_pronoun() -> None:
    text = "واحترقت واجهات المحلات التي استهدفتها التفجيرات ليلا."
    assert _target(text, "التفجيرات") == "المحلات"


def test_the_head_named_before_the_relative_clause() -> None:
    text = "وتفقد المحافظ مدينة الخالدية التي استهدفها القصف."
    assert _target(text, "القصف", [("الخالدية", "LOC")]) == "الخالدية"


def test_a_killing_verb_before_the_attack_noun_keeps_its_own_reading() -> None:
    # counter-case: the trigger opens with the killing, not the attack noun: the rule does not fill it
    roles = roles_by_trigger("وقتل الجنود في هجوم استهدف قاعدة جوية.", [])
    assert all(tg != "قاعدة جوية" for k, (_, tg) in roles.items() if k.startswith("وقتل"))


def test_a_verb_in_another_clause_is_no_object() -> None:
    # counter-case: a comma ends the clause of the verb: no object after it
    assert _target("وقال إن الهجوم استهدف، بحسب الشهود.", "الهجوم") is None


def test_the_object_stops_at_a_word_of_time() -> None:
    text = "وكان ذلك ثالث هجوم يستهدف المصلين منذ بداية الشهر."
    assert _target(text, "هجوم") == "المصلين"


def test_the_bare_head_takes_its_named_genitive() -> None:
    text = "ووقف المحافظ على موقع التفجير الذي استهدف مقر الحرس الوطني في المدينة."
    assert _target(text, "التفجير", [("الحرس الوطني", "ORG")]) == "مقر الحرس الوطني"
