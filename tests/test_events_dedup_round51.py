"""(round 51) The in-article merge: hand-written sentences, none from a held-out set."""

from __future__ import annotations

from khabar.document import Entity, Event, Span, TextSpan
from khabar.eval import event_coref as C
from khabar.events.dedup import _dedup, _same_party, own_mention, party_info


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


# (round 51) descriptive parties: one party under two descriptions


def _party(text: str, word: str, type_: str, actor: str | None, target: str | None) -> Event:
    s = text.index(word)
    return Event(
        id="x",
        type=type_,
        actor=actor,
        target=target,
        evidence=Span(start=s, end=s + len(word)),
        trigger=TextSpan(start=s, end=s + len(word), text=word),
    )


def _merged_with(info: dict[str, tuple[str, str]], type_: str = "ASSAULT", a2: str = "e3") -> bool:
    t = "هاجم الطرف الأول الطرف الثاني. وفي يوم آخر هاجم الطرف الأول الطرف الثاني مرة أخرى."
    first = _party(t, "هاجم الطرف الأول الطرف الثاني.", type_, "e1", "e2")
    s = t.index("هاجم", 5)
    second = Event(
        id="y",
        type=type_,
        actor=a2,
        target="e2",
        evidence=Span(start=s, end=len(t)),
        trigger=TextSpan(start=s, end=s + 4, text="هاجم"),
    )
    for ev in (first, second):
        ev.mentions = [own_mention(ev)]
    pinfo = party_info([Entity(id=k, type=ty, name=name) for k, (ty, name) in info.items()])
    return len(_dedup([first, second], text=t, info=pinfo)) == 1


def test_a_husband_killing_his_wife_told_twice_is_one_event():
    evs = _events(
        "أقدم الزوج على قتل زوجته بسكين في المدينة بعد خلاف بينهما. "
        "وذكرت مصادر أن الجيران سمعوا صراخا قبل أن يقتل الزوج الزوجة أمام أطفالهما."
    )
    kills = [e for e in evs if e.type == "ASSAULT"]
    assert len(kills) == 1
    assert _told(kills[0]) == ["قتل", "يقتل"]


def _info(tx: str, x: str, ty: str, y: str) -> dict:
    return party_info([Entity(id="a", type=tx, name=x), Entity(id="b", type=ty, name=y)])


def test_a_descriptive_party_is_the_party_it_heads_or_equals():
    pairs_same = [("زوجته", "الزوجة"), ("رجال الأمن", "رجال الأمن المرابطين"), ("الجمعية", "الجمعية الخيرية")]
    for x, y in pairs_same:
        assert _same_party("a", "b", _info("MISC", x, "MISC", y)), (x, y)
    # a construct names another group; an indefinite noun introduces someone new; two named entities stay two
    pairs_apart = [
        ("MISC", "أسرة", "MISC", "أسرة الخنيني"),
        ("MISC", "الرجال", "MISC", "رجال الدين"),
        ("MISC", "طفل", "MISC", "طفل"),
        ("MISC", "ستة", "MISC", "ستة"),  # ends in ة, not a pronoun: indefinite
        ("ORG", "القوات", "ORG", "قوات التحالف الدولي"),
        ("MISC", "رجال الأمن", "MISC", "رجال الإطفاء"),
    ]
    for tx, x, ty, y in pairs_apart:
        assert not _same_party("a", "b", _info(tx, x, ty, y)), (x, y)


def test_descriptive_parties_merge_attacks_only():
    info = {"e1": ("MISC", "الطرف الأول"), "e2": ("ORG", "المدينة"), "e3": ("MISC", "الطرف")}
    # «الطرف» heads «الطرف الأول»: the actors agree, the target is shared
    assert _merged_with(info)
    # without the relation the two actors clash
    assert not _merged_with({**info, "e3": ("MISC", "طرف آخر")})
    # meetings, calls and requests recur between the same parties: no relation read for them
    assert not _merged_with(info, type_="REQUEST")
