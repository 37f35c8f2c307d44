"""English participants (round 49, `khabar.events.participants_en`): the doer of the deed one is accused of,
and the first conjunct of a coordinated subject. Hand-written sentences run through the extractor alone with
hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at

from khabar.events import participants_en as P

# mechanism 4: the accused is the doer of the deed


ASSAULT_BY = "Halvorsen was accused of assault by a woman in Bergen."
ASSAULT_BY_NAMES = [("Halvorsen", "PERSON"), ("Bergen", "GPE")]


def test_passive_subject_of_accused_is_the_actor_of_the_deed_not_the_by_agent() -> None:
    assert roles_at(ASSAULT_BY, "assault", ASSAULT_BY_NAMES)[0] == "Halvorsen"
    assert roles_at(ASSAULT_BY, "assault", ASSAULT_BY_NAMES, off="accused")[0] != "Halvorsen"


def test_antecedent_of_who_was_charged_with_is_the_actor() -> None:
    names = [("Dara Quinn", "PERSON"), ("Galway", "GPE")]
    text = "Police in Galway spoke to Dara Quinn, who was charged with assaulting a taxi driver."
    assert roles_at(text, "assaulting", names)[0] == "Dara Quinn"
    assert roles_at(text, "assaulting", names, off="accused")[0] != "Dara Quinn"


def test_noun_before_a_reduced_relative_is_the_actor() -> None:
    names = [("Tom Reilly", "PERSON"), ("Sligo", "GPE")]
    text = "Officers in Sligo questioned a man accused of shooting Tom Reilly."
    actor, target = roles_at(text, "shooting", names)
    assert (actor, target) == ("man", "Tom Reilly")


def test_determiner_phrase_subject_the_two_are_charged() -> None:
    names = [("Ana Ruiz", "PERSON")]
    text = "The two are charged with killing Ana Ruiz in March."
    assert roles_at(text, "killing", names) == ("The two", "Ana Ruiz")
    assert roles_at(text, "killing", names, off="accused")[0] is None


def test_active_accuser_keeps_the_rule_off() -> None:
    # "X accused Y of ...": before "of" stands Y, not the accusing verb; the rule does not fire
    names = [("Bergstrom", "PERSON"), ("Lund", "PERSON"), ("Ek", "PERSON")]
    text = "Bergstrom accused Lund of attacking Ek."
    assert roles_at(text, "attacking", names) == roles_at(text, "attacking", names, off="accused")


def test_pronoun_subject_gives_nothing() -> None:
    names = [("Ek", "PERSON")]
    text = "He was accused of attacking Ek."
    assert roles_at(text, "attacking", names) == roles_at(text, "attacking", names, off="accused")


# mechanism 5: the first conjunct of a coordinated subject


def test_first_conjunct_after_whether_is_the_actor_and_the_second_the_partner() -> None:
    names = [("Norway", "GPE"), ("Iceland", "GPE")]
    text = "Markets watched whether Norway and Iceland could agree on fishing quotas."
    assert roles_at(text, "agree", names) == ("Norway", "Iceland")
    assert roles_at(text, "agree", names, off="first_conjunct")[0] == "Iceland"


def test_untagged_first_name_before_a_raised_verb() -> None:
    names = [("Ruto", "PERSON")]
    text = "Kiplagat and Kenyan leader Ruto are expected to sign the accord next week."
    assert roles_at(text, "sign", names) == ("Kiplagat", "Ruto")


def test_event_noun_after_the_clause_verb() -> None:
    names = [("Moreau", "PERSON"), ("Lyon", "GPE")]
    text = "Moreau and a large group of farmers set off on a march to Lyon."
    assert roles_at(text, "march", names)[0] == "Moreau"
    assert roles_at(text, "march", names, off="first_conjunct")[0] != "Moreau"


def test_passive_coordinated_subject_is_left_alone() -> None:
    names = [("Chad", "GPE"), ("Niger", "GPE")]
    text = "Chad and Niger were attacked by gunmen."
    assert roles_at(text, "attacked", names) == roles_at(text, "attacked", names, off="first_conjunct")


def test_conjunct_after_a_preposition_is_no_subject() -> None:
    names = [("Peru", "GPE"), ("Chile", "GPE")]
    text = "The talks between Peru and Chile signed nothing."
    assert roles_at(text, "signed", names) == roles_at(text, "signed", names, off="first_conjunct")


def test_non_mutual_event_keeps_its_target_empty() -> None:
    names = [("Marie Blanc", "PERSON")]
    text = "Marie Blanc and her lawyer demanded a new hearing."
    actor, target = roles_at(text, "demanded", names)
    assert target is None
    assert actor in (None, "Marie Blanc")


# mechanism 6: a pronoun subject of a reported clause stands for the speaker


def test_he_after_said_is_the_speaker() -> None:
    names = [("Lindqvist", "MISC")]  # the NER tags many surnames MISC
    text = "Lindqvist has often said he will veto the budget."
    assert roles_at(text, "veto", names)[0] == "Lindqvist"
    assert roles_at(text, "veto", names, off="reported_pronoun")[0] is None


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
    assert roles_at(text, "attacked", names)[0] == "Okafor"


def test_he_does_not_stand_for_a_newspaper_or_a_place() -> None:
    names = [("Courier", "MISC"), ("Kenya", "GPE")]
    assert roles_at("The Courier says he was arrested near the station.", "arrested", names)[1] != "Courier"
    text = "Kenya said he would attack the camp."
    assert roles_at(text, "attack", names) == roles_at(text, "attack", names, off="reported_pronoun")


def test_such_as_is_no_clause_opener() -> None:
    names = [("Chile", "GPE"), ("Peru", "GPE")]
    text = "Fishing nations such as Chile and Peru agreed to new quotas."
    assert roles_at(text, "agree", names) == roles_at(text, "agree", names, off="first_conjunct")
    assert roles_at("Officials said Chile and Peru agreed to new quotas.", "agree", names) == (
        "Chile",
        "Peru",
    )
