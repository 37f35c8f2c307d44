"""English participants (round 50, `khabar.events.participants_en`): the object of "V X to <verb>" of a request,
and the possessor of an event noun. Hand-written sentences run through the extractor alone with hand-placed
entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at

# mechanism 7: the object of a request "V X to <verb>"

URGE = "The envoy urged Moldova to release Ivan Petrov without delay."
URGE_NAMES = [("Moldova", "GPE"), ("Ivan Petrov", "PERSON")]


def test_object_before_to_is_the_target_not_the_party_of_the_clause_after_it() -> None:
    assert roles_at(URGE, "urged", URGE_NAMES)[1] == "Moldova"
    # without the rule the country reads as a modifier of the name after it ("Moldovan Ivan Petrov")
    assert roles_at(URGE, "urged", URGE_NAMES, off="request_object")[1] == "Ivan Petrov"


def test_common_noun_object_of_asking() -> None:
    names = [("Maria Lopez", "PERSON")]
    text = "Maria Lopez is asking weekend shoppers to avoid the flooded roads."
    assert roles_at(text, "asking", names) == ("Maria Lopez", "weekend shoppers")
    assert roles_at(text, "asking", names, off="request_object")[1] is None


def test_pronoun_object_gives_nothing() -> None:
    names = [("Oslo", "GPE")]
    text = "A cousin urged him to travel to Oslo for the funeral."
    assert roles_at(text, "urged", names)[1] != "him"


def test_time_before_to_is_no_object() -> None:
    names = [("Tirana", "GPE"), ("Marko Hoxha", "PERSON")]
    text = "Tirana urged on Monday to free Marko Hoxha."
    assert roles_at(text, "urged", names) == roles_at(text, "urged", names, off="request_object")


# mechanism 9: the possessor of an event noun


def test_possessor_of_an_extradition_is_its_target() -> None:
    names = [("Canada", "GPE"), ("Olsen", "PERSON"), ("Norway", "GPE")]
    text = "Canada is seeking Olsen's extradition from Norway."
    assert roles_at(text, "extradition", names)[1] == "Olsen"
    assert roles_at(text, "extradition", names, off="possessor")[1] != "Olsen"


def test_possessor_of_a_visit_is_its_actor() -> None:
    names = [("Lindqvist", "PERSON")]
    text = "Two clerks familiar with Lindqvist's visit declined to comment."
    assert roles_at(text, "visit", names)[0] == "Lindqvist"
    assert roles_at(text, "visit", names, off="possessor")[0] != "Lindqvist"


def test_plural_possessor_with_a_split_apostrophe_undergoes_a_release() -> None:
    names = [("Kerr", "PERSON")]
    text = "Kerr said the family was relieved at the prisoners’ release on Friday."
    assert roles_at(text, "release", names)[1] == "prisoners"
    assert roles_at(text, "release", names, off="possessor")[1] != "prisoners"


def test_time_possessor_gives_nothing() -> None:
    names = [("Halden", "GPE")]
    text = "Halden officials said Sunday's visit went well."
    assert roles_at(text, "visit", names) == roles_at(text, "visit", names, off="possessor")


# mechanism 10: a pronoun subject stands for a name earlier in the sentence


def test_he_stands_for_the_nearest_person_not_the_sentence_subject() -> None:
    names = [("Varga", "PERSON"), ("Szabo", "PERSON")]
    text = "The aide will be asked about Varga's speech when he urged Szabo to resign."
    assert roles_at(text, "urged", names)[0] == "Varga"
    assert roles_at(text, "urged", names, off="pronoun")[0] != "Varga"


def test_it_stands_for_the_name_that_opens_the_sentence() -> None:
    names = [("Brightline", "ORG"), ("Leeds", "GPE")]
    text = "Brightline has been fined twice - but it rejected the ruling in Leeds."
    assert roles_at(text, "rejected", names)[0] == "Brightline"
    assert roles_at(text, "rejected", names, off="pronoun")[0] is None


def test_he_with_no_person_before_it_changes_nothing() -> None:
    names = [("Leeds", "GPE"), ("Ward", "PERSON")]
    text = "In Leeds, when he rejected the offer, Ward left."
    assert roles_at(text, "rejected", names) == roles_at(text, "rejected", names, off="pronoun")
    assert roles_at(text, "rejected", names)[0] != "Ward"
