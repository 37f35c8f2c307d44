"""Helpers shared by the event tests: one extractor, and documents with hand-placed entities."""

from __future__ import annotations

from functools import cache

from khabar.document import Document, Entity, Event, Mention
from khabar.events.extract import Extractor
from khabar.pipeline import Pipeline

X = Extractor()


def is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def extract(text: str, lang: str | None = None, names: list[tuple[str, str]] = (), **kw) -> Document:  # type: ignore[assignment]
    """Run the extractor on `text`; each (name, type) in `names` becomes entity e1, e2, ... with a
    mention at every occurrence of the name. The language defaults to Arabic if the text has
    Arabic letters, else English."""
    ents = []
    for i, (name, typ) in enumerate(names, 1):
        ms, start = [], 0
        while (p := text.find(name, start)) >= 0:
            ms.append(Mention(start=p, end=p + len(name), text=name))
            start = p + len(name)
        ents.append(Entity(id=f"e{i}", type=typ, name=name, mentions=ms))  # type: ignore[arg-type]
    if lang is None:
        lang = "ar" if is_arabic(text) else "en"
    doc = Document(id="t", text=text, language=lang, entities=ents, **kw)
    X(doc)
    return doc


def event_at(text: str, trigger: str) -> Event:
    """The first event of `text` whose trigger contains `trigger`."""
    return next(e for e in extract(text).events if e.trigger and trigger in e.trigger.text)


def factuality_at(text: str, trigger: str) -> tuple[str, str]:
    """(polarity, modality) of the event of `text` whose trigger contains `trigger`."""
    ev = event_at(text, trigger)
    return ev.polarity, ev.modality


def labels_with_source(
    text: str,
    trigger: str,
    names: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> list[tuple[str, str, str | None]]:
    """(polarity, modality, source) of every event of the Arabic `text` whose trigger contains `trigger`."""
    doc = extract(text, "ar", names)
    return [
        (e.polarity, e.modality, e.source)
        for e in doc.events
        if e.trigger is not None and trigger in e.trigger.text
    ]


def extract_ar(text: str, names: list[tuple[str, str]] = ()) -> Document:  # type: ignore[assignment]
    """`extract` on an Arabic text."""
    return extract(text, "ar", names)


def _role_names(doc: Document, ev: Event) -> tuple[str | None, str | None]:
    name = lambda eid: doc.entity(eid).name if eid else None  # noqa: E731
    return name(ev.actor), name(ev.target)


def roles(text: str, names: list[tuple[str, str]] = ()) -> tuple[str | None, str | None]:  # type: ignore[assignment]
    """(actor name, target name) of the main event of the Arabic `text`, entities placed as in `extract`."""
    from khabar.events.extract import main_event

    doc = extract_ar(text, names)
    ev = main_event(doc)
    assert ev is not None
    return _role_names(doc, ev)


def roles_by_trigger(text: str, names: list[tuple[str, str]]) -> dict[str, tuple[str | None, str | None]]:
    """(actor name, target name) of every event of the Arabic `text`, keyed by its trigger's text (a later event
    with the same trigger text replaces an earlier one)."""
    doc = extract_ar(text, names)
    name = {e.id: e.name for e in doc.entities}
    return {
        (ev.trigger.text if ev.trigger else ""): (name.get(ev.actor or ""), name.get(ev.target or ""))
        for ev in doc.events
    }


def roles_at(
    text: str, trigger: str, names: list[tuple[str, str]], off: str = ""
) -> tuple[str | None, str | None]:
    """(actor name, target name) of the first event of `text` whose trigger contains `trigger` (the language as
    `extract` guesses it); `off` names a rule of `khabar.events.participants_en` switched off for the run."""
    from khabar.events import participants_en as P

    added = bool(off) and off not in P.DISABLED
    if added:
        P.DISABLED.add(off)
    try:
        doc = extract(text, None, names)
        ev = next(e for e in doc.events if e.trigger and trigger in e.trigger.text)
        return _role_names(doc, ev)
    finally:
        if added:
            P.DISABLED.discard(off)


def event_rows(text: str) -> list[tuple[str, str, str, str]]:
    """(type, trigger text, polarity, modality) of every event of `text` that has a trigger."""
    return [(e.type, e.trigger.text, e.polarity, e.modality) for e in extract(text).events if e.trigger]


def trigger_texts(text: str, lang: str = "ar") -> list[str]:
    """The trigger text of every event of `text` that has a trigger."""
    return [e.trigger.text for e in extract(text, lang).events if e.trigger]


def en_events(text: str) -> list[tuple[str, str, str, str]]:
    """(trigger text, or "" without one, type, polarity, modality) of every event of the English `text`."""
    return [
        (e.trigger.text if e.trigger else "", e.type, e.polarity, e.modality)
        for e in extract(text, "en").events
    ]


def type_of(text: str, word: str) -> str | None:
    """The type of the first event of `text` whose trigger contains `word`, None when there is none."""
    return next((t for t, trig, _, _ in event_rows(text) if word in trig), None)


@cache
def _place_pipeline() -> Pipeline:
    # the place of an event needs the entity layer's places, so these tests run the stages before events too
    return Pipeline(stages=["language", "entities", "times", "events"])


def sentence_places(text: str) -> dict[str, str | None]:
    """Each event's trigger text and its sentence place's name (None: no place, or only the dateline's), from the
    pipeline's language, entity, time and event stages (shared by the setting tests of rounds 55 and 64)."""
    doc = Document(id="t", text=text, published="2015-08-06")
    _place_pipeline()(doc)
    assert not doc.errors
    out: dict[str, str | None] = {}
    for ev in doc.events:
        if ev.trigger is None:
            continue
        ent = doc.entity(ev.place) if ev.place and ev.place_source == "sentence" else None
        out[ev.trigger.text] = ent.name if ent is not None else None
    return out


def event_date(text: str, trigger_part: str) -> tuple[str | None, str | None]:
    """(date, date_source) of the first event of `text` whose trigger contains `trigger_part`, the article published
    on Thursday 2015-08-06, through the same stages as `sentence_places` (shared by the setting tests of rounds 69
    and 71)."""
    doc = Document(id="t", text=text, published="2015-08-06")
    _place_pipeline()(doc)
    assert not doc.errors
    hits = [ev for ev in doc.events if ev.trigger is not None and trigger_part in ev.trigger.text]
    assert hits, [ev.trigger.text for ev in doc.events if ev.trigger is not None]
    return hits[0].date, hits[0].date_source
