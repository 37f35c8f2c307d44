"""Language of an article: Arabic, English or other, from the letters it is written in."""

from __future__ import annotations

import re

_ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN = re.compile("[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u0600-\u06ff]")
_EN_WORDS = frozenset("the of and to in a is that for on was with by as said at from his has have".split())


def detect_language(text: str, sample: int = 4000) -> str:
    """``ar``, ``en`` or ``other``. Arabic wins when its letters dominate the sample."""
    s = text[:sample]
    ar = len(_ARABIC.findall(s))
    la = len(_LATIN.findall(s))
    other = len(_OTHER_LETTER.findall(s))
    total = ar + la + other
    if total == 0:
        return "other"
    if ar >= 0.5 * total:
        return "ar"
    if la >= 0.5 * total:
        words = re.findall(r"[a-z]+", s.lower())
        hits = sum(w in _EN_WORDS for w in words)
        return "en" if words and hits / len(words) > 0.08 else "other"
    return "other"
