"""(round 41) A partyless attack or harm telling in the sentence of another is the same happening
(``khabar.events.dedup._same_sentence_partyless``); hand-written sentences, none from a held-out set."""

from __future__ import annotations

from khabar.document import Event, Span, TextSpan
from khabar.eval import event_coref as C
from khabar.events.dedup import _dedup, own_mention


def _events(text: str) -> list[Event]:
    return C.make_doc_runner()({"text": text, "lang": "ar", "published": "2015-08-10"}).events


def _ev(text: str, word: str, actor: str | None = None, target: str | None = None, nth: int = 0) -> Event:
    s = -1
    for _ in range(nth + 1):
        s = text.index(word, s + 1)
    return Event(
        id="x",
        type="ASSAULT",
        actor=actor,
        target=target,
        evidence=Span(start=0, end=len(text)),
        trigger=TextSpan(start=s, end=s + len(word), text=word),
    )


def _merged(text: str, first: Event, second: Event) -> bool:
    for ev in (first, second):
        ev.mentions = [own_mention(ev)]
    return len(_dedup([first, second], text=text)) == 1


def test_a_killing_and_the_shooting_that_did_it_are_one_event():
    evs = _events("أقدم الجاني على قتل رجل في حي الروضة بمدينة الرياض، وذلك بإطلاق النار عليه من مسدس.")
    attacks = [e for e in evs if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert [m.trigger.text for m in attacks[0].mentions if m.trigger] == ["قتل", "إطلاق النار"]


def test_a_partyless_harm_word_joins_the_attack_of_its_sentence():
    t = "قتل مسلحون ثلاثة جنود في الموصل جراء سقوط قذيفة على الحاجز."
    assert _merged(t, _ev(t, "قتل", "e1", "e2"), _ev(t, "سقوط"))
    t = "استهدف القصف أحياء المدينة وأدى إلى تدمير عشرات المنازل."
    assert _merged(t, _ev(t, "استهدف", None, "e1"), _ev(t, "تدمير"))
    # (round 38) an injury stays an event of its own
    t = "استهدف القصف أحياء المدينة وأدى إلى إصابة ثلاثة مدنيين."
    assert not _merged(t, _ev(t, "استهدف", None, "e1"), _ev(t, "إصابة"))


def test_other_acts_series_sentences_and_distant_or_added_tellings_stay_apart():
    # another act than an attack or its harm
    t = "قتل مسلحون خمسة جنود في الموصل وتم خطف ثمانية مدنيين."
    assert not _merged(t, _ev(t, "قتل", "e1", "e2"), _ev(t, "خطف"))
    # a word adding another happening between them
    t = "قتل مسلحون خمسة جنود في الموصل، كما تم تدمير منزل في القرية."
    assert not _merged(t, _ev(t, "قتل", "e1", "e2"), _ev(t, "تدمير"))
    t = "قتل مسلحون خمسة جنود في الموصل، وتم تدمير منزل في القرية."
    assert _merged(t, _ev(t, "قتل", "e1", "e2"), _ev(t, "تدمير"))
    # a series noun
    t = "شنت الطائرات غارات على إدلب وأدت إلى مقتل ثلاثة مدنيين."
    assert not _merged(t, _ev(t, "غارات", "e1", "e2"), _ev(t, "مقتل"))
    # a court's sentence of death is the execution, not the murder it punishes
    t = "نفذت الوزارة حكم القتل في جان أقدم على قتل آخر بإطلاق النار عليه."
    assert not _merged(t, _ev(t, "القتل"), _ev(t, "قتل", "e1", "e2", nth=1))
    # more than 100 characters apart
    t = (
        "قتل مسلحون خمسة جنود في الموصل "
        + "وقالت مصادر أمنية في المدينة الشمالية إن الوضع هادئ " * 2
        + "جراء سقوط قذيفة."
    )
    assert not _merged(t, _ev(t, "قتل", "e1", "e2"), _ev(t, "سقوط"))
    # two sentences
    t1 = "قتل مسلحون خمسة جنود في الموصل."
    t = t1 + " وقتل شرطي جراء سقوط قذيفة."
    a, b = _ev(t, "قتل", "e1", "e2"), _ev(t, "سقوط")
    a.evidence, b.evidence = Span(start=0, end=len(t1)), Span(start=len(t1) + 1, end=len(t))
    assert not _merged(t, a, b)
    # the control: the same two words close together in one sentence do merge
    t = "قتل مسلحون خمسة جنود في الموصل جراء سقوط قذيفة."
    assert _merged(t, _ev(t, "قتل", "e1", "e2"), _ev(t, "سقوط"))
