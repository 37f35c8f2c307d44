"""Arabic participants and the in-article merge (round 57): a definite verbal noun of a meeting or an agreement
after «خلال / أثناء», a clause-opening «في», or as the subject of «شملت / تضمنت» is a later mention of the event
it names (`later_mention.ar_framed_mention`): the parties of its sentence's other act are not its own, and it joins
the latest event of its type told before it. Hand-written sentences run through the extractor alone (no NER) with
hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import extract


def _events(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str, str | None, str | None, int]]:
    doc = extract(text, "ar", names)
    name = {e.id: e.name for e in doc.entities}
    return [
        (
            ev.type,
            ev.trigger.text if ev.trigger else "",
            name.get(ev.actor or ""),
            name.get(ev.target or ""),
            len(ev.mentions),
        )
        for ev in doc.events
    ]


def test_the_reception_named_again_during_a_greeting_joins_the_reception() -> None:
    text = (
        "استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز في قصره اليوم وزير الخارجية الأردني ناصر جودة. "
        "ونقل الوزير للملك خلال الاستقبال تحيات الملك عبدالله الثاني ملك الأردن."
    )
    names = [("عبدالله بن عبدالعزيز", "PERSON"), ("ناصر جودة", "PERSON"), ("عبدالله الثاني", "PERSON")]
    assert _events(text, names) == [("CONSULT", "استقبل", "عبدالله بن عبدالعزيز", "ناصر جودة", 2)]


def test_the_approval_named_by_its_content_joins_the_approval() -> None:
    text = "وافق مجلس الوزراء على تأسيس ثلاث شركات قابضة. كما شملت الموافقة تأسيس شركة النخيل برأسمال مليون ريال."
    evs = _events(text, [("شركة النخيل", "ORG")])
    assert [e[:2] for e in evs] == [("AGREE", "وافق")]
    assert evs[0][4] == 2


def test_the_meeting_named_again_in_its_own_sentence_joins_it() -> None:
    text = "استقبل أمير المنطقة الأمير فهد الخالدي في مكتبه مدير الجامعة وتم خلال اللقاء تسليم الترخيص لشركة النخيل."
    evs = _events(text, [("فهد الخالدي", "PERSON"), ("شركة النخيل", "ORG")])
    assert [e[:3] for e in evs] == [("CONSULT", "استقبل", "فهد الخالدي")]


def test_a_reception_named_first_during_another_act_has_no_actor_of_that_act() -> None:
    text = "ونقل السفير خلال الاستقبال تحيات الرئيس سامي العلي وتقديره."
    evs = _events(text, [("سامي العلي", "PERSON")])
    assert [(e[0], e[2]) for e in evs if e[1] == "الاستقبال"] == [("CONSULT", None)]


def test_a_meeting_with_its_own_party_keeps_it() -> None:
    # counter-case: «مع» after the noun names the meeting's own party
    text = "وشهد خلال اللقاء مع فهد الخالدي توقيع الاتفاقية."
    evs = _events(text, [("فهد الخالدي", "PERSON")])
    assert ("CONSULT", "اللقاء", None, "فهد الخالدي", 1) in evs


def test_taking_part_in_the_meeting_keeps_its_actor() -> None:
    # counter-case: «في» inside the clause is the verb's complement, no frame
    text = "شارك ناصر جودة في الاجتماع الذي عقد في عمان."
    evs = _events(text, [("ناصر جودة", "PERSON")])
    assert evs[0][0] == "CONSULT" and evs[0][2] == "ناصر جودة"


def test_a_signing_by_means_of_which_the_subject_acts_keeps_its_actor() -> None:
    # counter-case: «من خلال» is "by means of", not "during": the sentence's subject signs
    text = "دخلت كل من فرنسا والمانيا في رهان كبير من خلال التوقيع على الاتفاقية التجارية."
    evs = _events(text, [("فرنسا", "GPE"), ("المانيا", "GPE")])
    assert [e[2] for e in evs if e[1].startswith("التوقيع")] == ["المانيا"]


def test_a_discussion_held_during_the_reception_joins_the_reception() -> None:
    # «وجرى خلال الاستقبال بحث ...»: the trigger is widened to the reception noun; the talks are the reception's
    text = "استقبل الأمير فهد الخالدي في قصره أمس السفير الياباني. وجرى خلال الاستقبال بحث آفاق التعاون بين البلدين."
    evs = _events(text, [("فهد الخالدي", "PERSON")])
    assert [e for e in evs if e[0] == "CONSULT"] == [("CONSULT", "استقبل", "فهد الخالدي", None, 2)]


def test_the_host_named_as_subject_during_the_reception_is_its_actor() -> None:
    # the subject before «خلال» takes part in the reception: it fills the reception's missing actor
    text = (
        "من جهة أخرى، استقبل د. سامي العلي أمس وفد الهيئة الخيرية في مقر المركز. "
        "ورحب الدكتور سامي العلي خلال الاستقبال بالوفد، مقدما لهم شرحا لأعمال المركز."
    )
    evs = _events(text, [("سامي العلي", "PERSON")])
    assert [(e[1], e[2], e[4]) for e in evs if e[0] == "CONSULT"] == [("استقبل", "سامي العلي", 2)]


def test_the_attendees_of_the_meeting_are_not_its_actor() -> None:
    text = (
        "التقى الأمير فهد الخالدي في جدة أمس رئيس الوزراء الماليزي. "
        "حضر اللقاء وزير الدولة الدكتور سامي العلي ووزير الخارجية."
    )
    evs = _events(text, [("فهد الخالدي", "PERSON"), ("سامي العلي", "PERSON")])
    assert [(e[1], e[2], e[4]) for e in evs if e[0] == "CONSULT"] == [("التقى", "فهد الخالدي", 2)]


def test_a_numbered_meeting_of_a_board_keeps_its_own_party() -> None:
    # counter-case: «لمجلس» after the ordinal names the meeting's own body: no later mention
    text = "وجاء ذلك خلال الاجتماع التاسع لمجلس إدارة النادي الأهلي أمس."
    doc = extract(text, "ar", [("النادي الأهلي", "ORG")])
    from khabar.events.later_mention import ar_framed_mention

    toks = doc.layer.sentence_tokens(0)
    from khabar.events.triggers import Trig

    k = next(i for i, t in enumerate(toks) if t.norm == "الاجتماع")
    assert not ar_framed_mention(toks, Trig(k, k, "CONSULT", None, "noun"), "CONSULT", toks[k].start)
