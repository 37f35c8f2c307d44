"""Sentence splitting for Arabic and English news.

Splits on . ! ? ؟ and line breaks; never on the Arabic comma ، nor inside quotations
(« », “ ”, "), nor after abbreviations and initials (Mr., U.S., د.) or inside numbers (3.5).
"""

from __future__ import annotations

import re

_ABBREV = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj st jr sr inc ltd co corp no vs etc jan feb mar apr jun jul "
    "aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m".split()
)
_AR_ABBREV = frozenset(["د", "م", "ص", "ج", "أ", "ت", "ق", "هـ", "ه"])  # د. (doctor), م (AD), هـ (AH)
_END = re.compile(r"[.!?؟…]+|\n+")
_OPEN = {"«": "»", "“": "”", "„": "“", '"': '"'}
_CLOSE_QUOTES = "»”\"')]"


def _is_abbrev(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if word in _ABBREV or word in _AR_ABBREV:
        return True
    # single capital initial: "J. Smith"
    return len(word) == 1 and text[j].isupper()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` with surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth: list[str] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if depth and ch == depth[-1]:
            depth.pop()
        elif ch in _OPEN and not (ch == '"' and depth and depth[-1] == '"'):
            depth.append(_OPEN[ch])
        if ch == "\n":
            depth.clear()  # a paragraph break ends any unbalanced quotation
        m = _END.match(text, i) if (ch in ".!?؟…\n") else None
        if m is None:
            i += 1
            continue
        end = m.end()
        if ch != "\n":
            if depth:
                i = end
                continue
            if ch == "." and end - i == 1:
                nxt = text[end : end + 1]
                if nxt.isdigit() and i > 0 and text[i - 1].isdigit():
                    i = end
                    continue
                if _is_abbrev(text, i):
                    i = end
                    continue
                if nxt and not nxt.isspace() and nxt not in _CLOSE_QUOTES:
                    i = end  # "example.com", "3.5"
                    continue
            while end < n and text[end] in _CLOSE_QUOTES:
                end += 1
        _push(text, start, end, spans)
        start = end
        depth.clear()
        i = end
    _push(text, start, n, spans)
    return spans


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
