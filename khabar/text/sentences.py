"""Sentence splitting for Arabic and English news.

Splits on . ! ? ؟ … (runs of them count once) and on line breaks; never on the Arabic comma ،
nor inside quotations (« », “ ”, „ “, " "), nor after abbreviations and initials (Mr., U.S., J.,
د. for doctor, أ.د.), inside numbers (3.5, 1.000) and addresses (example.com), or after a list
number at the start of a line ("1. "). A quotation is closed by a line break or, when it never
closes, given up after ``_MAX_QUOTE`` characters so that one stray quote mark cannot swallow a
paragraph. In English, a sentence that ends inside a quotation (`He said "no." Then ...`) ends
after the closing quote when a capital letter follows.

Only the characters that matter are visited (a regex scan), so splitting is linear and fast.
"""

from __future__ import annotations

import re

_ABBREV = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj st jr sr inc ltd co corp no vs etc jan feb mar apr jun jul "
    "aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m rep sen gov pres dept est approx fig vol".split()
)
# Arabic abbreviations written with a dot: د. (doctor), أ. / أ.د. (professor), م. (engineer), ص.ب
_AR_ABBREV = frozenset(["د", "م", "ص", "ج", "أ", "ا", "ت", "ق", "هـ", "ه", "ب", "ع", "أ.د", "ص.ب", "ج.م.ع"])
_SPECIAL = re.compile('[.!?؟…\n«»“”„"]')
_END = re.compile(r"[.!?؟…]+|\n+")
_OPEN = {"«": "»", "“": "”", "„": "“", '"': '"'}
_CLOSE_QUOTES = "»”\"')]"
_MAX_QUOTE = 600


def _is_abbrev(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in ".\u0640"):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    k = j
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k > 0 and text[k - 1].isdigit() and (k == j or word in ("م", "هـ", "ه")):
        return False  # "1990م." / "عام 1990 م." / "1445 هـ.": a year with its era, a real end
    low = word.lower()
    if low in _ABBREV or word in _AR_ABBREV:
        return True
    # single capital initial: "J. Smith"
    return len(word) == 1 and word.isupper()


def _list_number(text: str, dot: int) -> bool:
    """ "1." / "12." alone at the start of a line."""
    j = dot
    while j > 0 and text[j - 1].isdigit():
        j -= 1
    if j == dot or dot - j > 2:
        return False
    k = j
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` with surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth: list[str] = []  # expected closing quotes
    opened_at = 0
    n = len(text)
    skip_to = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch == "\n":
            depth.clear()  # a paragraph break ends any unbalanced quotation
            end = _END.match(text, i).end()  # type: ignore[union-attr]
            _push(text, start, end, spans)
            start = skip_to = end
            continue
        if ch in '«»“”„"':
            if depth and ch == depth[-1]:
                depth.pop()
                if not depth and i > 0 and text[i - 1] in ".!?؟…" and _capital_follows(text, i + 1):
                    _push(text, start, i + 1, spans)
                    start = i + 1
            elif ch in _OPEN:
                if not depth:
                    opened_at = i
                depth.append(_OPEN[ch])
            continue
        # an end mark: . ! ? ؟ …
        end = _END.match(text, i).end()  # type: ignore[union-attr]
        skip_to = end
        if depth:
            if i - opened_at <= _MAX_QUOTE:
                continue
            depth.clear()  # a quote that never closed: give it up
        if ch == "." and end - i == 1:
            nxt = text[end : end + 1]
            if nxt and not nxt.isspace() and nxt not in _CLOSE_QUOTES:
                continue  # "example.com", "3.5", "U.S"
            if _is_abbrev(text, i) or _list_number(text, i):
                continue
        while end < n and text[end] in _CLOSE_QUOTES:
            end += 1
        skip_to = end
        _push(text, start, end, spans)
        start = end
    _push(text, start, n, spans)
    return spans


def _capital_follows(text: str, pos: int) -> bool:
    j = pos
    n = len(text)
    while j < n and text[j] in " \t":
        j += 1
    if j == pos:
        return False
    return j < n and text[j].isupper()


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
