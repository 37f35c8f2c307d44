"""English participants (round 48, `khabar.events.participants_en`): the subject before a parenthetical set off
by commas or dashes, and a name right before its verb that the NER left untagged or tagged MISC. Hand-written
sentences run through the extractor alone with hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import _role_names, extract, roles_at

from khabar.events import participants_en as P

# mechanism 1: the subject before a parenthetical


def test_country_before_an_apposition_is_the_actor() -> None:
    names = [("Norway", "GPE"), ("U.S", "GPE"), ("Sudan", "GPE")]
    text = "Norway, a close U.S. partner since 1949, has refused to deploy troops in Sudan."
    assert roles_at(text, "refused", names)[0] == "Norway"


def test_name_before_a_relative_clause_in_dashes_is_the_passive_target() -> None:
    names = [("Martin Doyle", "PERSON"), ("Cork", "GPE")]
    text = "Martin Doyle — who had moved to Cork only last year — was arrested on Friday night."
    assert roles_at(text, "arrested", names) == (None, "Martin Doyle")


def test_common_noun_phrase_before_a_participle_phrase_is_the_passive_target() -> None:
    names = [("Leeds", "GPE")]
    text = "The 34-year-old cyclist, stopped on a road near Leeds, was arrested for dangerous riding."
    assert roles_at(text, "arrested", names)[1] == "The 34-year-old cyclist"


def test_bare_verb_form_without_auxiliary_is_no_finite_clause() -> None:
    from khabar.events.triggers import Trig
    from khabar.text.tokenize import tokenize

    toks = tokenize("Oslo, Bergen, support the plan.")
    t = Trig(a=4, b=4, type="SUPPORT", mode=None, kind="verb")
    assert P._verb_group(toks, t) is None
    toks = tokenize("Oslo, a close partner, has supported the plan.")
    assert P._verb_group(toks, Trig(a=7, b=7, type="SUPPORT", mode=None, kind="verb")) == (5, False)


def test_parenthetical_rule_off_leaves_the_role_empty() -> None:
    names = [("Martin Doyle", "PERSON"), ("Cork", "GPE")]
    text = "Martin Doyle — who had moved to Cork only last year — was arrested on Friday night."
    P.DISABLED.add("parenthetical")
    try:
        assert roles_at(text, "arrested", names) == (None, None)
    finally:
        P.DISABLED.discard("parenthetical")


# mechanism 2: a name right before the verb


def test_untagged_sentence_initial_name_is_the_actor() -> None:
    names = [("Senate", "ORG")]
    text = "Kowalczyk urged the Senate to reject the budget."
    assert roles_at(text, "urged", names) == ("Kowalczyk", "Senate")


def test_untagged_sentence_initial_name_of_a_passive_is_the_target() -> None:
    names = [("Denver", "GPE")]
    text = "Brannigan was arrested in Denver on Tuesday."
    assert roles_at(text, "arrested", names)[1] == "Brannigan"


def test_misc_name_before_an_auxiliary_is_the_passive_target() -> None:
    names = [("Peter Alvarez", "MISC")]
    text = "It is the second time Peter Alvarez has been arrested."
    assert roles_at(text, "arrested", names) == (None, "Peter Alvarez")


def test_pronoun_contraction_is_no_name() -> None:
    names = [("Boston", "GPE")]
    text = "We’ve asked the council in Boston for more time."
    assert roles_at(text, "asked", names)[0] is None


def test_no_name_after_a_preposition_or_in_a_reduced_relative() -> None:
    names = [("Orion", "MISC")]
    text = "The sales of the new Orion released in May were strong."
    doc = extract(text, "en", names)
    for e in doc.events:
        assert _role_names(doc, e)[0] != "Orion"


def test_participle_with_by_agent_gives_no_subject() -> None:
    names = [("Fees", "MISC")]
    text = "Fees charged by the banks depend on the account."
    doc = extract(text, "en", names)
    for e in doc.events:
        assert _role_names(doc, e)[0] != "Fees"


def test_passive_subject_of_giving_is_a_thing_no_target() -> None:
    names = [("Lisbon", "GPE")]
    text = "Blankets will be provided at the shelter in Lisbon."
    doc = extract(text, "en", names)
    ev = next(e for e in doc.events if e.trigger and "provided" in e.trigger.text)
    assert _role_names(doc, ev)[1] != "Blankets"


# mechanism 3: a verb after "and" shares the subject of the verb it is coordinated with


def test_conjunct_verb_takes_the_first_conjuncts_subject_not_its_object() -> None:
    names = [("Chile", "GPE"), ("Peru", "GPE"), ("Lima", "GPE"), ("Pacific Ocean", "LOC")]
    text = (
        "Chile is one of the region’s loudest critics of Peru’s sweeping fishing claims in the Pacific Ocean "
        "and has accused Lima of overfishing."
    )
    assert roles_at(text, "accused", names) == ("Chile", "Lima")


def test_chain_of_conjunct_verbs_reaches_the_subject() -> None:
    names = [("Kessler", "PERSON"), ("Elm Street", "GPE")]
    text = "Deputies found and freed the boy from a house on Elm Street and arrested Kessler."
    assert roles_at(text, "arrested", names) == ("Deputies", "Kessler")


def test_passive_conjunct_shares_the_subject_and_drops_the_place_of_the_first() -> None:
    names = [("Hollis", "MISC"), ("Dade County Jail", "ORG")]
    text = "Hollis was taken to the Dade County Jail after the crash and will be charged with manslaughter."
    assert roles_at(text, "charged", names) == (None, "Hollis")


def test_conjunct_rule_stops_at_a_pronoun_subject_and_another_clause() -> None:
    names = [("Reyes", "PERSON"), ("Ortiz", "PERSON")]
    text = "Reyes said he wanted to scare Ortiz and stabbed him twice."
    # (round 49) the pronoun's antecedent, the speaker, is taken by mechanism 6 (reported_pronoun): off here
    P.DISABLED.update({"conjunct", "reported_pronoun"})
    try:
        off = roles_at(text, "stabbed", names)
    finally:
        P.DISABLED.discard("conjunct")
    try:
        on = roles_at(text, "stabbed", names)
    finally:
        P.DISABLED.discard("reported_pronoun")
    assert on == off  # "he" is the subject: the rule leaves the clause rules' roles
    assert roles_at(text, "stabbed", names)[0] == "Reyes"  # (round 49) "he" stands for the speaker
