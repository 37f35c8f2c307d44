"""Quotation-mark spans: «», “” (and the reversed ”“ of some Arabic sites), "" and English ''.

Pairs are found per paragraph; an opening mark left unclosed at the paragraph's end quotes up to it
(news sites often drop the closing mark of a long quotation). Spans nested inside another span are
dropped: the outer span is the quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARA = re.compile(r"[^\n]+")
_CURLY = re.compile("[“”„]")
_STRAIGHT = re.compile('"')
_SINGLE = re.compile(r"(?<![\w’'])'(?=\w)([^'\n]{2,400}?)(?<=[\w.,!?])'(?![\w])")


@dataclass(slots=True)
class Marked:
    start: int  # first character inside the marks
    end: int  # end-exclusive, before the closing mark
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (== end when unclosed)
    closed: bool
    cont: bool = False  # continues a quotation opened in the paragraph before (no opening mark)


_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|sa|ae|eg|info)(?:\.\w{2})?(?:/\S*)?",
    re.I,
)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",،"):
        e -= 1
    return s, e


def find_marked(text: str, english: bool = False) -> list[Marked]:
    spans: list[Marked] = []
    carry = {"“”„": False, '"': False}  # the paragraph before ended inside an opened quotation
    for para in _PARA.finditer(text):
        ps, pe = para.start(), para.end()
        chunk = para.group()
        # «»: proper pairs; a second « while one is open closes it when no » follows in the paragraph.
        open_at = -1
        for i, ch in enumerate(chunk):
            if ch == "«":
                if open_at < 0:
                    open_at = i
                elif "»" not in chunk[i:] or _another_open_first(chunk, i):
                    # «كليبر « مؤخرا ... «عثرنا ...»: a « typed for the » it stands for, when another «
                    # opens before the next »
                    spans.append(_mk(text, ps + open_at, ps + i, True))
                    open_at = -1
            elif ch == "»" and open_at >= 0:
                spans.append(_mk(text, ps + open_at, ps + i, True))
                open_at = -1
        if open_at >= 0:
            spans.append(_mk(text, ps + open_at, pe, False))
        # curly quotes and straight double quotes: each family paired in sequence.
        for family in ("“”„", '"'):
            pos = [m.start() for m in (_CURLY if family == "“”„" else _STRAIGHT).finditer(chunk)]
            was_open, carry[family] = carry[family], False
            if was_open and pos and _closes(chunk, pos[0], stop=True) and chunk[pos[0]] != "“":
                # a quotation opened in the paragraph before and closed in this one, which opens
                # inside it: «... ويرون هل تناسب وجهة نظره أم لا.” وقال ...» quotes up to the mark
                s, e = _trim(text, ps, ps + pos[0])
                if e > s:
                    spans.append(Marked(s, e, ps, ps + pos[0], True, True))
                pos = pos[1:]
            if family == "“”„":
                pos = _pair_curly(chunk, pos)
            elif len(pos) % 2 == 1:
                pos = _drop_stray(chunk, pos)
            for k in range(0, len(pos) - 1, 2):
                spans.append(_mk(text, ps + pos[k], ps + pos[k + 1], True))
            if len(pos) % 2 == 1:
                spans.append(_mk(text, ps + pos[-1], pe, False))
                carry[family] = True
        if english:
            for m in _SINGLE.finditer(chunk):
                spans.append(Marked(ps + m.start(1), ps + m.end(1), ps + m.start(), ps + m.end() - 1, True))
    # a web or mail address in quotation marks ("http://example.org/ar") is quoted text, never speech
    spans = [s for s in spans if s.end > s.start and not _ADDRESS.fullmatch(text[s.start : s.end].strip())]
    spans.sort(key=lambda s: (s.open, -s.close))
    out: list[Marked] = []
    for s in spans:
        if out and s.open >= out[-1].open and s.close <= out[-1].close and s.open != out[-1].open:
            continue  # nested inside the previous span
        if out and s.open < out[-1].close and s.open != out[-1].open:
            continue  # crossing spans: keep the first
        if out and s.open == out[-1].open:
            continue
        out.append(s)
    return out


def _pair_curly(chunk: str, pos: list[int]) -> list[int]:
    """Drop an English-style closing ” that precedes any opening “ (a stray mark) only when unbalanced."""
    if len(pos) % 2 == 0:
        return pos
    # An odd count: one mark is stray. English “ ... “ ... ” paragraphs of multi-paragraph quotes open
    # without closing; keep the sequence, the last one becomes an unclosed quotation.
    return pos


def _drop_stray(chunk: str, pos: list[int]) -> list[int]:
    """One straight quote too many: drop the first mark that can only close (a letter before it, a
    space or punctuation after it) when it comes first, else keep the last as an unclosed opening."""

    for n, i in enumerate(pos):
        if _closes(chunk, i) and n % 2 == 0:
            return pos[:n] + pos[n + 1 :]
    return pos


def _another_open_first(chunk: str, i: int) -> bool:
    """After the « at ``i``, another « comes before the next »."""
    nxt_open = chunk.find("«", i + 1)
    return nxt_open >= 0 and nxt_open < chunk.find("»", i + 1)


def _closes(chunk: str, i: int, stop: bool = False) -> bool:
    """The mark at ``i`` can only close: a letter (with ``stop`` also a full stop) before it, a space
    or punctuation after it."""
    before = chunk[i - 1] if i > 0 else " "
    after = chunk[i + 1] if i + 1 < len(chunk) else " "
    return (before.isalnum() or (stop and before in ".!?؟")) and (after.isspace() or after in ".,،؛:!?؟)")


def _mk(text: str, o: int, c: int, closed: bool) -> Marked:
    s, e = _trim(text, o + 1, c)
    return Marked(s, e, o, c if closed else e, closed)
