"""The setting of an event: its place and its date (issue #6 item 1).

"The place and date of the event, from the sentence, else the article's dateline and publication date, marked as
such": `Extractor._event` asks this module for each. The choice within the sentence is made here, one function a
step, so that rules on whose place / date a sentence's expression is have one home.

- `place_cand`: the candidate of the sentence that is the event's place (an entity of a place type after a place
  preposition), or None;
- `sentence_date`: the value of the time expression of the sentence that dates the event, or None;
- `event_place` / `event_date`: the sentence's choice, else the dateline's, else the publication date, with
  their source ("sentence", "dateline", "published").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as Date

from khabar.document import Time
from khabar.events import factuality as F
from khabar.events.triggers import Cand
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

AR_PLACE_PREP = F._n("في قرب داخل شمال جنوب شرق غرب وسط أمام امام بمدينة مدينة بلدة منطقة محافظة العاصمة")

EN_PLACE_PREP = frozenset("in at near outside inside across throughout around into".split())


def _after_place_prep(toks: list[Token], c: Cand, lang: str) -> bool:
    """The candidate follows a place preposition («في»، «شمال»، in, near ...) or carries the clitic ب."""
    if c.tok <= 0:
        return False
    preps = AR_PLACE_PREP if lang == "ar" else EN_PLACE_PREP
    p = toks[c.tok - 1]
    pw = p.norm if lang == "ar" else p.text.lower()
    own = lang == "ar" and normalize(toks[c.tok].prefix)[-1:] == "ب"
    return pw in preps or (lang == "ar" and pw[1:] in preps) or own


def place_cand(
    toks: list[Token],
    cands: Sequence[Cand],
    lang: str,
    actor: Cand | None,
    target: Cand | None,
    add_entities: bool = True,
) -> Cand | None:
    """The event's place among the sentence's candidates: the first one of a place type (not the actor or the
    target) after a place preposition; a candidate with no entity only when entities may be added."""
    for c in cands:
        if c.etype not in PLACE_TYPES or c is actor or c is target:
            continue
        if c.ent is None and not add_entities:
            continue
        if _after_place_prep(toks, c, lang):
            return c
    return None


def _dates_event(tm: Time) -> bool:
    """A time expression that can date an event: a resolved DATE / TIME, not a duration, a recurring time
    (بعد أربعة أيام, every week) or a bare clock time (T08:00)."""
    return bool(tm.value) and tm.type in ("DATE", "TIME") and tm.value[0].isdigit()


def sentence_date(times: Sequence[Time], ss: int, se: int) -> str | None:
    """The value of the first time expression of the sentence [ss, se) that can date an event."""
    for tm in times:
        if tm.start >= ss and tm.end <= se and _dates_event(tm):
            return tm.value
    return None


def event_place(place: str | None, dateline: str | None) -> tuple[str | None, str | None]:
    """The sentence's place, else the dateline's, with its source."""
    if place:
        return place, "sentence"
    if place is None and dateline is not None:
        return dateline, "dateline"
    return place, None


def event_date(
    sentence: str | None, dateline: str | None, published: Date | None
) -> tuple[str | None, str | None]:
    """The sentence's date, else the dateline's, else the publication date, with its source."""
    if sentence is not None:
        return sentence, "sentence"
    if dateline:
        return dateline, "dateline"
    if published:
        return published.isoformat(), "published"
    return None, None
