"""The in-article merge of one event told several times: same type, polarity and modality class,
compatible participants and dates (``_dedup``), and the further mention of an event by a definite event
noun without participants.

Split out of ``khabar.events.extract`` (which imports from here).
"""

from __future__ import annotations

from khabar.document import Event, EventMention
from khabar.text.normalize import normalize

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})

# (round 28) coercion modes that name an act of their own: a charge or a theft told with an arrest in one
# sentence is no further mention of the arrest (both are COERCE since the conv27 conventions)
_OWN_ACTS = frozenset({"charge", "seize"})


def _participants_key(ev: Event, generic: set[str] | frozenset[str] = frozenset()) -> frozenset[str]:
    return frozenset(x for x in (ev.actor, ev.target) if x and x not in generic)


def own_mention(ev: Event) -> EventMention:
    """The event's telling at its own sentence and trigger (the first of its ``mentions``)."""
    return EventMention(start=ev.evidence.start, end=ev.evidence.end, trigger=ev.trigger)


def _add_mention(prev: Event, ev: Event) -> None:
    """``ev`` tells ``prev`` again: its sentence and trigger join ``prev.mentions`` (once per trigger; an
    event without a trigger once per sentence)."""
    new = own_mention(ev)
    for m in prev.mentions:
        if m.start == new.start and (
            m.trigger is None or new.trigger is None or m.trigger.start == new.trigger.start
        ):
            return
    prev.mentions.append(new)


def _dedup(
    events: list[Event],
    anaphoric: set[int] | None = None,
    generic: set[str] | frozenset[str] = frozenset(),
    circ: set[int] | frozenset[int] = frozenset(),
) -> list[Event]:
    """One event per happening: same type, polarity and modality class, compatible participants and dates.

    A definite event noun without participants («هذه الاتهامات»، "the talks") is a further mention of the
    latest event of its type told before it.
    """
    out: list[Event] = []
    anaphoric = anaphoric or set()
    for ev in events:
        if id(ev) in anaphoric:
            prev = next(
                (
                    p
                    for p in reversed(out)
                    if p.type == ev.type
                    and p.polarity == ev.polarity
                    and not (p.mode != ev.mode and {p.mode, ev.mode} & _OWN_ACTS)
                ),
                None,
            )
            if prev is not None and ev.evidence.start - prev.evidence.start < 1500:
                _add_mention(prev, ev)
                continue
        merged = False
        for prev in out:
            if prev.type != ev.type or prev.polarity != ev.polarity:
                continue
            if prev.mode != ev.mode and {prev.mode, ev.mode} & _OWN_ACTS:
                continue  # (round 28) "arrested him, charged him with ...", «اعتقلته ... بالسطو على بنك»
            # (round 22) a role noun («شخصا»، «مدنيين») is no shared party
            a, b = _participants_key(prev, generic), _participants_key(ev, generic)
            if (
                prev.evidence == ev.evidence
                and (prev.modality == ev.modality or prev.modality == "asserted")
                and b <= a
                and prev.trigger is not None
                and ev.trigger is not None
                and normalize(prev.trigger.text) == normalize(ev.trigger.text)
            ):
                # the same trigger word again in the same sentence (تفجير ... تفجير) tells no second event,
                # also when the later mention is hedged («وقع تفجير ... أشلاء يعتقد أنها ناتجة عن تفجير»):
                # the happening was told as fact first
                _add_mention(prev, ev)
                merged = True
                break
            if (id(ev) in circ or id(prev) in circ) and prev.evidence == ev.evidence:
                continue  # (round 22) «قتل ... في هجوم شنه X»: the attack stays an event of its own
            hypo = {"conditional", "possible", "alleged", "planned"}
            if (prev.modality in hypo) != (ev.modality in hypo):
                continue
            if prev.date_source == "sentence" and ev.date_source == "sentence" and prev.date != ev.date:
                continue
            if not a or not b:
                continue
            if ev.type in SYMMETRIC:
                same = a <= b or b <= a
            else:
                pa, pt, ea, et = (
                    x if x not in generic else None for x in (prev.actor, prev.target, ev.actor, ev.target)
                )
                same = (pa == ea or not pa or not ea) and (pt == et or not pt or not et) and bool(a & b)
            if not same:
                continue
            _add_mention(prev, ev)
            prev.actor = prev.actor or ev.actor
            prev.target = prev.target or ev.target
            if prev.date_source != "sentence" and ev.date_source == "sentence":
                prev.date, prev.date_source = ev.date, ev.date_source
            merged = True
            break
        if not merged:
            out.append(ev)
    return out
