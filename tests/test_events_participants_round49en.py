"""English participants (round 49, `khabar.events.participants_en`): the doer of the deed one is accused of,
and the first conjunct of a coordinated subject. Hand-written sentences run through the extractor alone with
hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import _role_names, extract

from khabar.events import participants_en as P


def _at(text: str, trigger: str, names: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    doc = extract(text, "en", names)
    ev = next(e for e in doc.events if e.trigger and trigger in e.trigger.text)
    return _role_names(doc, ev)


def _off(rule: str, text: str, trigger: str, names: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    P.DISABLED.add(rule)
    try:
        return _at(text, trigger, names)
    finally:
        P.DISABLED.discard(rule)


# mechanism 4: the accused is the doer of the deed


ASSAULT_BY = "Halvorsen was accused of assault by a woman in Bergen."
ASSAULT_BY_NAMES = [("Halvorsen", "PERSON"), ("Bergen", "GPE")]


def test_passive_subject_of_accused_is_the_actor_of_the_deed_not_the_by_agent() -> None:
    assert _at(ASSAULT_BY, "assault", ASSAULT_BY_NAMES)[0] == "Halvorsen"
    assert _off("accused", ASSAULT_BY, "assault", ASSAULT_BY_NAMES)[0] != "Halvorsen"


def test_antecedent_of_who_was_charged_with_is_the_actor() -> None:
    names = [("Dara Quinn", "PERSON"), ("Galway", "GPE")]
    text = "Police in Galway spoke to Dara Quinn, who was charged with assaulting a taxi driver."
    assert _at(text, "assaulting", names)[0] == "Dara Quinn"
    assert _off("accused", text, "assaulting", names)[0] != "Dara Quinn"


def test_noun_before_a_reduced_relative_is_the_actor() -> None:
    names = [("Tom Reilly", "PERSON"), ("Sligo", "GPE")]
    text = "Officers in Sligo questioned a man accused of shooting Tom Reilly."
    actor, target = _at(text, "shooting", names)
    assert (actor, target) == ("man", "Tom Reilly")


def test_determiner_phrase_subject_the_two_are_charged() -> None:
    names = [("Ana Ruiz", "PERSON")]
    text = "The two are charged with killing Ana Ruiz in March."
    assert _at(text, "killing", names) == ("The two", "Ana Ruiz")
    assert _off("accused", text, "killing", names)[0] is None


def test_active_accuser_keeps_the_rule_off() -> None:
    # "X accused Y of ...": before "of" stands Y, not the accusing verb; the rule does not fire
    names = [("Bergstrom", "PERSON"), ("Lund", "PERSON"), ("Ek", "PERSON")]
    text = "Bergstrom accused Lund of attacking Ek."
    assert _at(text, "attacking", names) == _off("accused", text, "attacking", names)


def test_pronoun_subject_gives_nothing() -> None:
    names = [("Ek", "PERSON")]
    text = "He was accused of attacking Ek."
    assert _at(text, "attacking", names) == _off("accused", text, "attacking", names)


# mechanism 5: the first conjunct of a coordinated subject


def test_first_conjunct_after_whether_is_the_actor_and_the_second_the_partner() -> None:
    names = [("Norway", "GPE"), ("Iceland", "GPE")]
    text = "Markets watched whether Norway and Iceland could agree on fishing quotas."
    assert _at(text, "agree", names) == ("Norway", "Iceland")
    assert _off("first_conjunct", text, "agree", names)[0] == "Iceland"


def test_untagged_first_name_before_a_raised_verb() -> None:
    names = [("Ruto", "PERSON")]
    text = "Kiplagat and Kenyan leader Ruto are expected to sign the accord next week."
    assert _at(text, "sign", names) == ("Kiplagat", "Ruto")


def test_event_noun_after_the_clause_verb() -> None:
    names = [("Moreau", "PERSON"), ("Lyon", "GPE")]
    text = "Moreau and a large group of farmers set off on a march to Lyon."
    assert _at(text, "march", names)[0] == "Moreau"
    assert _off("first_conjunct", text, "march", names)[0] != "Moreau"


def test_passive_coordinated_subject_is_left_alone() -> None:
    names = [("Chad", "GPE"), ("Niger", "GPE")]
    text = "Chad and Niger were attacked by gunmen."
    assert _at(text, "attacked", names) == _off("first_conjunct", text, "attacked", names)


def test_conjunct_after_a_preposition_is_no_subject() -> None:
    names = [("Peru", "GPE"), ("Chile", "GPE")]
    text = "The talks between Peru and Chile signed nothing."
    assert _at(text, "signed", names) == _off("first_conjunct", text, "signed", names)


def test_non_mutual_event_keeps_its_target_empty() -> None:
    names = [("Marie Blanc", "PERSON")]
    text = "Marie Blanc and her lawyer demanded a new hearing."
    actor, target = _at(text, "demanded", names)
    assert target is None
    assert actor in (None, "Marie Blanc")


# mechanism 6: a pronoun subject of a reported clause stands for the speaker


def test_he_after_said_is_the_speaker() -> None:
    names = [("Lindqvist", "MISC")]  # the NER tags many surnames MISC
    text = "Lindqvist has often said he will veto the budget."
    assert _at(text, "veto", names)[0] == "Lindqvist"
    assert _off("reported_pronoun", text, "veto", names)[0] is None


def test_they_after_announced_that_is_a_group_speaker() -> None:
    from khabar.events.triggers import Cand
    from khabar.text.tokenize import tokenize

    text = "Opposition leaders announced on Monday that they will boycott the talks."
    toks = tokenize(text)
    they = next(i for i, t in enumerate(toks) if t.text == "they")
    group = Cand(toks[1].start, toks[1].end, None, "leaders", "MISC", 1, 1, sector="OPP")
    assert P._reported_antecedent(toks, [group], text, they) is group
    person = Cand(toks[1].start, toks[1].end, "e1", "leaders", "PERSON", 1, 1)
    assert P._reported_antecedent(toks, [person], text, they) is None  # "they" is no one person


def test_pronoun_of_a_conjunct_after_and_is_the_speaker() -> None:
    names = [("Okafor", "MISC"), ("Bello", "PERSON")]
    text = "Okafor said he never meant to hurt Bello and attacked him in panic."
    assert _at(text, "attacked", names)[0] == "Okafor"


def test_he_does_not_stand_for_a_newspaper_or_a_place() -> None:
    names = [("Courier", "MISC"), ("Kenya", "GPE")]
    assert _at("The Courier says he was arrested near the station.", "arrested", names)[1] != "Courier"
    text = "Kenya said he would attack the camp."
    assert _at(text, "attack", names) == _off("reported_pronoun", text, "attack", names)


def test_such_as_is_no_clause_opener() -> None:
    names = [("Chile", "GPE"), ("Peru", "GPE")]
    text = "Fishing nations such as Chile and Peru agreed to new quotas."
    assert _at(text, "agree", names) == _off("first_conjunct", text, "agree", names)
    assert _at("Officials said Chile and Peru agreed to new quotas.", "agree", names) == ("Chile", "Peru")
