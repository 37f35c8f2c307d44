"""(round 32) Common Arabic words the recognizer took for names: «ألا» LOC, «ينتمي» PERSON, «لسيارات» ORG.

The word list is derived from data by eval/entities/common_words.py: words ANERcorp's training text
tags O at least twice and never as a name, minus every gazetteer name and person-name token of the
NER lexicon. A one-word span made of such a word is dropped, unless the context marks it as a name:
a name trigger of the lexicon or a person's title right before it («صحيفة الوطن»، «المهندس مدني») or
quotation marks around it.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

from khabar.text.normalize import normalize

_MODELS = Path(__file__).parent / "models"
_QUOTES = "«»“”\"'"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    lines = (_MODELS / "ar_common_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    from khabar.entities.recognize import _PERSON_TITLES

    with gzip.open(_MODELS / "ner-ar.lexicon.json.gz", "rt", encoding="utf-8") as fh:
        return frozenset(json.load(fh)["triggers"]) | _PERSON_TITLES


def _prev_word(text: str, start: int) -> str:
    words = text[max(0, start - 40) : start].split()
    return normalize(words[-1].strip(_QUOTES + "،,.:()")) if words else ""


def is_common_word_span(text: str, start: int, end: int) -> bool:
    """The span [start, end) is one word of the common-word list with no name cue around it."""
    surface = text[start:end].strip().strip(_QUOTES + "،,.:;؛!?؟()")
    if not surface or len(surface.split()) != 1 or normalize(surface) not in common_words():
        return False
    before = text[max(0, start - 2) : start].strip()
    after = text[end : end + 2].strip()
    if (before[-1:] and before[-1] in _QUOTES) or (after[:1] and after[0] in _QUOTES):
        return False  # «"الوطن"»: a name in quotation marks
    prev = _prev_word(text, start)
    return not (prev in _triggers() or prev[1:] in _triggers())  # «صحيفة الوطن»، «وصحيفة»، «المهندس مدني»


def drop_common_words(text: str, spans: list) -> list:
    """The spans without the common-word ones (see the module doc)."""
    return [s for s in spans if not is_common_word_span(text, s.start, s.end)]


# (round 33) the edges of a multi-word span ---------------------------------------------------------
_END_PARTICLES = frozenset(normalize(w) for w in "بأن مما مذ منذ الذي التي الذين".split())
_WORD_EDGE = "«»\"'،,.:;؛!?؟()"


@lru_cache(maxsize=1)
def _person_tokens() -> frozenset[str]:
    with gzip.open(_MODELS / "ner-ar.lexicon.json.gz", "rt", encoding="utf-8") as fh:
        return frozenset(json.load(fh)["person_tokens"])


def _verb_edge(w: str, last: bool) -> bool:
    """A normalized edge word that is no part of a name: a verb of saying (قال، أكد; also with و / ف
    before it), a future verb of the common-word list (ستساعد، سيقيم), and at the end a particle (بأن،
    مما) or ب with a common word (بإطلاق)."""
    from khabar.text.lexicon import AR_SPEECH_VERBS

    cw = common_words()
    if w in AR_SPEECH_VERBS or (w[:1] in "وف" and w[1:] in AR_SPEECH_VERBS):
        return True
    if (
        len(w) >= 5
        and w[0] == "س"
        and w[1] in "يت"
        and w[2] != "ا"
        and not w.endswith(("ات", "ه"))
        and (w in cw or w[1:] in cw)
    ):
        return True  # سيقيم، ستساعد; not سيارة، سنوات، سياسة
    if not last:
        return False
    if w in _END_PARTICLES:
        return True
    # ب with a noun of the common-word list (بإطلاق), not a name (بوخمسين: و + خمسين is a common word)
    return w[:2] == "با" and len(w) >= 5 and w[1:] in cw and w not in cw and w not in _person_tokens()


def trim_span_edges(text: str, spans: list) -> list:
    """(round 33) Spans of two words or more without a verb or particle at either edge («أكد ظريف»,
    «الجامعة سيقيم»، «جبهة النصرة بإطلاق»)."""
    out = []
    for s in spans:
        start, end = s.start, s.end
        words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
        while len(words) >= 2 and _verb_edge(
            normalize(text[words[0][0] : words[0][1]].strip(_WORD_EDGE)), False
        ):
            words.pop(0)
        while len(words) >= 2 and _verb_edge(
            normalize(text[words[-1][0] : words[-1][1]].strip(_WORD_EDGE)), True
        ):
            words.pop()
        if words:
            start, end = words[0][0], words[-1][1]
        if (start, end) != (s.start, s.end):
            s = dataclasses.replace(s, start=start, end=end)
        out.append(s)
    return out
