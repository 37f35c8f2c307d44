"""(round 51) The in-article merge: hand-written sentences, none from a held-out set."""

from __future__ import annotations

from khabar.document import Event
from khabar.eval import event_coref as C


def _events(text: str) -> list[Event]:
    return C.make_doc_runner()({"text": text, "lang": "ar", "published": "2015-08-10"}).events


def _told(ev: Event) -> list[str]:
    return [m.trigger.text for m in ev.mentions if m.trigger]


def _by_trigger(evs: list[Event], word: str) -> Event:
    return next(e for e in evs if e.trigger is not None and e.trigger.text == word)


def test_a_crime_noun_joins_the_attack_told_before_it_not_a_killing_later_in_its_sentence():
    evs = _events(
        "هاجم مسلحون مسجدا في المدينة أمس. وقال الوزير إن هذه الجريمة التي تحرم قتل الأبرياء لن تمر دون عقاب."
    )
    assert _told(_by_trigger(evs, "هاجم")) == ["هاجم", "الجريمة"]
    assert _told(_by_trigger(evs, "قتل")) == ["قتل"]


def test_a_crime_noun_joins_the_killing_not_the_raid_told_after_it():
    evs = _events(
        "قتل مسلحون ثلاثة جنود في الموصل أمس، ثم اقتحموا منزلا في المدينة. وقال المتحدث معقبا على هذه الجريمة إنها لن تمر."
    )
    assert _told(_by_trigger(evs, "قتل")) == ["قتل", "الجريمة"]
    assert _told(_by_trigger(evs, "اقتحموا")) == ["اقتحموا"]


def test_with_no_attack_before_it_the_act_noun_joins_the_attack_after_it_in_its_sentence():
    evs = _events("أدانت الرابطة العمل الإرهابي الذي استهدف مسجدا في المدينة.")
    assert _told(_by_trigger(evs, "استهدف")) == ["استهدف", "العمل الإرهابي"]
    # and nothing when no attack is told at all
    evs = _events("قال الوزير إن الحادث وقع على الطريق السريع أمس.")
    assert not any("الحادث" in _told(e) for e in evs)
