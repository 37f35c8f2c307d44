"""The in-article merge of a later mention (round 58): a definite noun told again («خلال اللقاء»، «خلال
الزيارة») joins the event of the kind its noun names (a visit, a meeting, a call), the one whose parties agree with
the subject it keeps first (`later_mention.named_antecedent`), not merely the latest event of the type: a meeting
held during a visit and the visit stay two events, and a host named again joins his own reception. Hand-written sentences run through the
extractor alone (no NER) with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import extract

from khabar.document import Event, Span, TextSpan


def _events(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str, str | None, list[str]]]:
    """Each event's type, trigger, actor and the triggers of its mentions."""
    doc = extract(text, "ar", names)
    name = {e.id: e.name for e in doc.entities}
    return [
        (
            ev.type,
            ev.trigger.text if ev.trigger else "",
            name.get(ev.actor or ""),
            [m.trigger.text if m.trigger else "" for m in ev.mentions],
        )
        for ev in doc.events
    ]


def _mentions_of(evs: list[tuple[str, str, str | None, list[str]]], trigger: str) -> list[str]:
    return next(e[3] for e in evs if e[1] == trigger)


def test_the_meeting_named_again_joins_the_meeting_not_the_visit_it_was_held_in() -> None:
    text = (
        "التقى الرئيس سامي العلي اليوم رئيس الوزراء فهد الخالدي، وذلك خلال زيارة العلي الرسمية لمدينة عمان. "
        "وجرى خلال اللقاء بحث سبل تعزيز العلاقات بين البلدين."
    )
    evs = _events(text, [("سامي العلي", "PERSON"), ("فهد الخالدي", "PERSON"), ("عمان", "GPE")])
    assert len(_mentions_of(evs, "التقى")) == 2
    assert len(_mentions_of(evs, "زيارة")) == 1


def test_the_visit_named_again_joins_the_visit_not_a_later_meeting() -> None:
    text = (
        "زار الوزير ناصر جودة مدينة جدة أمس. والتقى جودة رئيس الغرفة التجارية فهد الخالدي في مكتبه. "
        "وتم خلال الزيارة افتتاح معرض الكتاب."
    )
    evs = _events(
        text, [("ناصر جودة", "PERSON"), ("جودة", "PERSON"), ("فهد الخالدي", "PERSON"), ("جدة", "GPE")]
    )
    assert len(_mentions_of(evs, "زار")) == 2
    assert len(_mentions_of(evs, "التقى")) == 1


def test_a_host_named_again_joins_his_own_reception_not_the_next_one() -> None:
    text = (
        "استقبل الأمير فهد الخالدي في مكتبه أمس السفير الياباني تارو كونو. "
        "كما استقبل الأمير سلطان العلي في قصره السفير الكوري كيم سونغ. "
        "وأكد فهد الخالدي خلال اللقاء عمق العلاقات بين البلدين."
    )
    names = [
        ("فهد الخالدي", "PERSON"),
        ("تارو كونو", "PERSON"),
        ("سلطان العلي", "PERSON"),
        ("كيم سونغ", "PERSON"),
    ]
    evs = _events(text, names)
    assert [e[2] for e in evs if e[0] == "CONSULT"] == ["فهد الخالدي", "سلطان العلي"]
    assert len(_mentions_of(evs, "استقبل")) == 2


def test_a_visit_named_when_only_a_meeting_was_told_still_joins_it() -> None:
    # counter-case: no visit before it, so the latest meeting is the event it names (as before round 58)
    text = "واجتمع الفريق الطبي بمدير المستشفى فهد الخالدي أمس. وتم خلال الزيارة بحث احتياجات المستشفى."
    evs = _events(text, [("فهد الخالدي", "PERSON")])
    assert [e[0] for e in evs if e[0] == "CONSULT"] == ["CONSULT"]


def test_one_reception_named_again_still_joins_it() -> None:
    # counter-case: a later mention with no party joins the only reception
    text = "استقبل الأمير فهد الخالدي في قصره أمس السفير الياباني تارو كونو. وجرى خلال الاستقبال بحث التعاون."
    evs = _events(text, [("فهد الخالدي", "PERSON"), ("تارو كونو", "PERSON")])
    assert [e[:3] for e in evs if e[0] == "CONSULT"] == [("CONSULT", "استقبل", "فهد الخالدي")]


def _ev(trigger: str, mode: str | None = None, actor: str | None = None) -> Event:
    span = TextSpan(start=0, end=len(trigger), text=trigger)
    return Event(
        id="", type="CONSULT", mode=mode, actor=actor, trigger=span, evidence=Span(start=0, end=len(trigger))
    )


def test_the_kind_a_meeting_noun_names() -> None:
    from khabar.events.later_mention import (
        consult_kind,
    )  # (new in round 58: the other tests also run on main)

    assert consult_kind(_ev("الزيارة", "visit")) == "visit"
    assert consult_kind(_ev("وخلال الجولة")) == "meeting"  # only the trigger's first word is read
    assert consult_kind(_ev("الاتصال")) == "call"
    assert consult_kind(_ev("اللقاء بحث")) == "meeting"
    assert consult_kind(_ev("وتلقى الأمير الاتصالات")) == "call"  # a trigger widened from its light verb
    assert consult_kind(_ev("التقى خلال الزيارة")) == "meeting"


def test_the_antecedent_agreeing_in_parties_is_preferred_but_none_is_required() -> None:
    from khabar.events.later_mention import named_antecedent

    def agree(p: Event, e: Event) -> bool:
        return p.actor == e.actor

    told = [_ev("استقبل", actor="e2"), _ev("استقبل", actor="e1"), _ev("زار", "visit", actor="e3")]
    assert named_antecedent(told, _ev("الاستقبال", actor="e1"), agree) is told[1]
    # no earlier meeting agrees: the latest meeting (an antecedent's actor is often wrong), not the visit
    assert named_antecedent(told, _ev("الاستقبال", actor="e3"), agree) is told[0]
    assert named_antecedent(told, _ev("الزيارة", "visit"), agree) is told[2]
    assert named_antecedent([], _ev("الزيارة", "visit"), agree) is None
