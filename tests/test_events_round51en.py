"""English participants and places (round 51en): a sentence-initial function word is no party, a pronoun
that opens a relative clause of another noun is no pronoun subject, and the place of an English event lies in
its own clause. Hand-written sentences run through the extractor alone with hand-placed entities; none is
copied from a gold set.
"""

from __future__ import annotations

from events_helpers import extract, roles_at

from khabar.document import Event
from khabar.events import setting as S


def _ev(text: str, trigger: str, names: list[tuple[str, str]]) -> tuple[Event, object]:
    doc = extract(text, "en", names)
    return next(e for e in doc.events if e.trigger and trigger in e.trigger.text), doc


def _place(text: str, trigger: str, names: list[tuple[str, str]], on: bool = True) -> str | None:
    if not on:
        S.DISABLED.add("en_clause")
    try:
        ev, doc = _ev(text, trigger, names)
    finally:
        S.DISABLED.discard("en_clause")
    if ev.place_source != "sentence" or ev.place is None:
        return None
    ent = doc.entity(ev.place)  # type: ignore[attr-defined]
    return ent.name if ent is not None else None


# a sentence-initial function word taken for a name


def test_no_before_an_event_noun_is_no_actor() -> None:
    text = "No arrests were made after the brawl outside the stadium."
    assert roles_at(text, "arrests", [])[0] is None
    assert roles_at(text, "arrests", [], off="function_word")[0] == "No"


def test_a_contraction_opening_the_sentence_is_no_actor() -> None:
    text = "It’s unclear how large the seizures were."
    assert roles_at(text, "seizures", [])[0] is None
    assert roles_at(text, "seizures", [], off="function_word")[0] == "It’s"


def test_a_name_opening_the_sentence_stays_the_actor() -> None:
    names = [("Halvorsen", "PERSON"), ("Tromso", "GPE")]
    text = "Halvorsen attacked the guard in Tromso."
    assert roles_at(text, "attacked", names)[0] == "Halvorsen"


# a pronoun subject right after a relative pronoun


def test_pronoun_after_whom_is_not_the_possessor_before_it() -> None:
    names = [("Lena Okafor", "PERSON"), ("Brandt", "PERSON")]
    text = "Lena Okafor phoned Brandt's brother, whom she had accused of theft."
    off = roles_at(text, "accused", names, off="pronoun_relative")
    assert off[0] == "Brandt"  # the round-50 rule: the nearest person before the pronoun
    assert roles_at(text, "accused", names)[0] != "Brandt"


def test_pronoun_after_when_keeps_the_rule() -> None:
    names = [("Adams", "PERSON"), ("Keller", "PERSON")]
    text = "The aide was asked about Adams's call when he urged Keller to resign."
    assert roles_at(text, "urged", names)[0] == "Adams"


# the place of the trigger's own clause


def test_place_of_the_clause_before_but_is_not_the_events() -> None:
    names = [("Libya", "GPE")]
    text = "The navy took no part in the blockade in Libya, but has supported the mission with fuel."
    assert _place(text, "supported", names) is None
    assert _place(text, "supported", names, on=False) == "Libya"


def test_place_of_a_coordinated_predicate_is_not_the_events() -> None:
    names = [("Norway", "GPE")]
    text = "The brother had never been arrested and was not even in Norway at the time."
    assert _place(text, "arrested", names) is None
    assert _place(text, "arrested", names, on=False) == "Norway"


def test_place_in_the_triggers_own_clause_is_kept() -> None:
    names = [("Bergen", "GPE"), ("Oslo", "GPE")]
    text = "Police arrested two men in Bergen, and the court in Oslo will hear the case."
    assert _place(text, "arrested", names) == "Bergen"


def test_an_abbreviation_or_a_participle_after_while_ends_no_clause() -> None:
    names = [("Tromso", "GPE"), ("Hamar", "GPE")]
    text = "The council will host its fair Sept. 4 from 10 a.m. to 4 p.m. at the old school in Tromso."
    assert _place(text, "host", names) == "Tromso"
    text = "A cyclist was struck while riding near Hamar on Sunday."
    assert _place(text, "struck", names) == "Hamar"


def test_a_sentence_the_splitter_left_whole_ends_the_clause() -> None:
    names = [("Hamar", "GPE")]
    text = "Police arrested a man on Friday.The fire broke out at a warehouse in Hamar."
    assert _place(text, "arrested", names) is None
    assert _place(text, "arrested", names, on=False) == "Hamar"


# the speaker of a quote after it is no target


def test_the_speaker_after_a_closing_quote_is_no_target() -> None:
    names = [("Halvorsen", "PERSON")]
    text = "“We will settle it at our next meeting,” Halvorsen said."
    assert roles_at(text, "meeting", names)[1] is None
    assert roles_at(text, "meeting", names, off="quote_speaker")[1] == "Halvorsen"
    text = "“Young people here are likely to be arrested or injured,” said Halvorsen."
    assert roles_at(text, "arrested", names)[1] is None
    assert roles_at(text, "arrested", names, off="quote_speaker")[1] == "Halvorsen"


def test_a_party_after_the_trigger_outside_a_quote_stays() -> None:
    names = [("Halvorsen", "PERSON"), ("Brandt", "PERSON")]
    text = "Police arrested Halvorsen on Friday, Brandt said."
    assert roles_at(text, "arrested", names)[1] == "Halvorsen"
