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
from collections import Counter
from typing import TYPE_CHECKING

from khabar.document import Document, Event
from khabar.events.dedup import _AR_ACT, _AR_ACT_ADJ, _AR_INCIDENT
from khabar.text.normalize import normalize

if TYPE_CHECKING:
    from khabar.events.extract import Extractor

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


# (speed round 60) When the second reading can change nothing. Every merge of ``dedup._dedup`` joins an event to one
# of its own type told before it (same sentence or earlier), and ``dedup.incident_tellings`` joins a crime or
# incident noun to a positive ASSAULT. So a telling hidden in a removed hit is, in the unfiltered reading, a trigger
# of that hit's type in the hit's sentence or after it, or an incident noun. A sentence without a cleared hit has
# the same triggers in both readings (the trigger pass reads the sentence's tokens only), so there a trigger keeps
# its type. The article is read again only when one of the first reading's events could be such a telling.


def cleared_types(
    x: Extractor, doc: Document, cleared: list[tuple[int, int]], place_starts: list[int]
) -> tuple[set[str], set[int]]:
    """The types that an event headed by a cleared hit (``cleared``) can take in the reading without the sense
    rules (``x``: the extractor with ``sense_filters`` off), and where in the hits' sentences an event of one of
    those types can start there: the sentences of the hits run through its trigger pass alone (``place_starts``:
    the starts of the article's place mentions as they came in). A trigger's event takes its type, COERCE for a
    charge, or its light masdar's noun's own type; a crowd subject is a PROTEST."""
    layer = doc.layer
    # per trigger that may make an event: its possible types, its possible trigger starts, whether it takes in a hit
    found: list[tuple[set[str], set[int], bool]] = []
    for si in sorted({layer.sentence_index(a) for a, _ in cleared}):
        ss, se = layer.sentences[si]
        toks = layer.sentence_tokens(si)
        hit = {k for k, tok in enumerate(toks) if any(a < tok.end and tok.start < b for a, b in cleared)}
        trigs, crowd, noun_types = x.ar_sentence_triggers(toks, (ss, se), place_starts)
        if crowd is not None:
            found.append(({"PROTEST"}, {toks[crowd].stem_start}, crowd in hit))
        for t in trigs:
            lo = min(k for k in (t.a, t.head, t.lead) if k is not None)
            hi = max(t.b, t.tail or 0)
            kinds = {t.type, "COERCE"} if t.type == "ACCUSE" else {t.type}
            if t.a in noun_types:
                kinds.add(noun_types[t.a])
            starts = {toks[lo].stem_start, toks[t.a if t.lead is None else min(t.a, t.lead)].stem_start}
            found.append((kinds, starts, any(lo <= k <= hi for k in hit)))
    types = {k for kinds, _, on_hit in found if on_hit for k in kinds}
    return types, {s for kinds, starts, _ in found if kinds & types for s in starts}


def _incident_starts(doc: Document) -> set[int]:
    """Where ``dedup.incident_tellings`` can start a telling: a crime or incident noun, «العمل الإرهابي»."""
    toks = doc.layer.tokens
    out: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.kind != "ar":
            continue
        if tok.norm in _AR_INCIDENT or (
            tok.norm in _AR_ACT
            and i + 1 < len(toks)
            and toks[i + 1].norm in _AR_ACT_ADJ
            and toks[i + 1].start == tok.end + 1
        ):
            out.add(tok.stem_start)
    return out


def may_hide(
    events: list[Event], doc: Document, cleared: list[tuple[int, int]], types: set[str], starts: set[int]
) -> bool:
    """Whether the reading without the sense rules can hide one of ``events`` (the first reading's, before the
    merge) in a cleared hit (``cleared``; ``types`` and ``starts``: ``cleared_types``): in a hit's sentence, an
    event at a start where an event of one of ``types`` can be; after the first hit's sentence, one of those
    types, or another event at its trigger (it may be of another type); an incident noun for its trigger when an
    attack may have been cleared."""
    layer = doc.layer
    sents = {layer.sentence_index(a) for a, _ in cleared}
    first = min(sents)
    at = Counter(ev.trigger.start for ev in events if ev.trigger is not None)
    incident = _incident_starts(doc) if "ASSAULT" in types else set()
    for ev in events:
        if ev.trigger is None:
            continue  # ``without_hidden`` keeps it
        si = layer.sentence_index(ev.evidence.start)
        if si < first:
            continue
        if si in sents:
            if ev.trigger.start in starts or ev.trigger.start in incident:
                return True
        elif ev.type in types or at[ev.trigger.start] > 1 or ev.trigger.start in incident:
            return True
    return False
