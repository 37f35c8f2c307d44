"""(round 58) Tellings hidden by a no-event that a sense rule removes: they stay removed.

The sense rules of ``khabar.events.senses_mishap``, ``senses_generic`` and ``senses_everyday`` clear lexicon hits in the
trigger pass, before any event is built, so the in-article merge (``dedup._dedup``) never sees them. Before those
rules, a later noun telling of the same type («في إطار التعاون البحثي»، «آفاق التعاون»، «الإصابات العضلية») was
merged into the removed no-event («بالتعاون مع»، «إصابته بالرباط الصليبي») and hidden in it; with the no-event gone
it comes back as an event of its own (the firing audits of rounds 56 and 57: 12 of 244 changes, all no events).

The merge is not rerun around a removed hit by hand: the extractor reads the article once more with those sense
rules off (``Extractor.sense_filters``), and a noun telling that this merge joins to an event headed by a removed
hit is left out of the output with the tellings merged into it (an event told by a verb stays: a clause that
tells an act is no mere mention of it).
"""

from __future__ import annotations

import re

from khabar.document import Event
from khabar.text.normalize import normalize

# (round 59) «إثر التعاون الذي تم بين الجمعية والفريق»: a relative clause that says the act took place makes the
# hidden noun a telling of the happening itself, which stays
_TOOK_PLACE_RX = re.compile(r"^\s*(?:الذي|التي)\s+(?:تم|تمت|جري|جرت|حصل|حصلت)(?:\s|$)")


def cleared_spans(toks: list, had: list[bool], info: list) -> list[tuple[int, int]]:
    """The character spans of the tokens whose lexicon hits (``had``: before the rules) the sense rules cleared
    (``info``: after them)."""
    return [(toks[i].start, toks[i].end) for i, h in enumerate(had) if h and not info[i][0]]


def _tells_it_took_place(text: str, end: int) -> bool:
    """(round 59) The words right after a telling's trigger say the act took place («الذي تم بين»)."""
    return bool(text) and _TOOK_PLACE_RX.match(normalize(text[end : end + 30])) is not None


def hidden_tellings(
    unfiltered: list[Event], cleared: list[tuple[int, int]], text: str = ""
) -> tuple[set[int], set[int]]:
    """The trigger starts of the tellings that the merge of the unfiltered reading (``unfiltered``: its merged
    events) joins to an event whose own trigger is a cleared hit (``cleared``), and of those among them told in
    that hit's sentence (the same word again there keeps its sense, whatever its part of speech: «مستوى دعم ...
    كسر دعم رئيسي»، دعم read as a verb); a telling followed by «الذي تم / التي جرت» (``text``: the article's) is
    told as a happening and is not among them."""
    out: set[int] = set()
    same_sentence: set[int] = set()
    for ev in unfiltered:
        tr = ev.trigger
        if tr is None or not any(a < tr.end and tr.start < b for a, b in cleared):
            continue
        for m in ev.mentions[1:]:
            if m.trigger is not None and m.trigger.start != tr.start:
                if _tells_it_took_place(text, m.trigger.end):  # (round 59) told as a happening: it stays
                    continue
                out.add(m.trigger.start)
                if m.start == ev.evidence.start:
                    same_sentence.add(m.trigger.start)
    return out, same_sentence


def without_hidden(merged: list[Event], hidden: set[int], verbal: set[int]) -> list[Event]:
    """The merged events but those whose own trigger starts at one of ``hidden``, with the tellings merged into
    them («إثر التعاون ... وكشف عن مواصلة التعاون»: the second, joined to the first, would come back too); an event
    one of whose tellings is a verb's (``verbal``: their trigger starts) stays."""
    return [
        ev
        for ev in merged
        if ev.trigger is None
        or ev.trigger.start not in hidden
        or any(m.trigger is not None and m.trigger.start in verbal for m in ev.mentions)
    ]
