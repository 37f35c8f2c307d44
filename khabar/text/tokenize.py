"""Tokenization that separates glued punctuation and exposes Arabic proclitics.

A token keeps its full surface span (``start``/``end``); ``stem_start`` is where the word proper
begins once proclitics (و ف ب ل ك س, and the article in لل) are set aside. Proclitics are only split
off when the rest is a word on its own; a vocabulary of known stems (names, common words) decides
the doubtful cases, so بوتين stays بوتين while لبوتين becomes ل + بوتين.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from khabar.text.normalize import normalize

_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_AR_MARKS = "\u064b-\u065f\u0670\u0640\u200c\u200d"
TOKEN_RE = re.compile(
    rf"(?P<ar>[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*)"
    r"|(?P<num>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
    r"|(?P<latin>[^\W\d_\u0600-\u06ff]+(?:['’][^\W\d_\u0600-\u06ff]+)*)"
    r"|(?P<punct>\S)"
)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # "ar", "num", "latin" or "punct"
    stem_start: int  # == start when there is no proclitic
    norm: str  # normalized stem, for lookups

    @property
    def prefix(self) -> str:
        return self.text[: self.stem_start - self.start]

    @property
    def stem(self) -> str:
        return self.text[self.stem_start - self.start :]


# Proclitic chains, longest first. ال is part of the stem (الرئيس is the word), but لل = ل + ال.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def _min_stem(stem: str) -> bool:
    return len(normalize(stem)) >= 3


@lru_cache(maxsize=200_000)
def proclitic_split(word: str, known: Callable[[str], bool] | None = None) -> int:
    """Number of leading characters of ``word`` that are proclitics (0 when none).

    Safe splits need no vocabulary: conjunction or preposition before the article (والرئيس,
    بالعاصمة, للأنباء -> ل+الأنباء). Others (لبوتين, وموسكو) are split only when the remaining
    stem is known and the whole word is not.
    """
    n = normalize(word)
    if len(n) < 4:
        return 0
    whole_known = bool(known and known(n))
    # Orthographic chains: [و|ف]? [ب|ك|ل]? then ال / لل
    i = 0
    if n[0] in _CONJ:
        i = 1
    if i < len(n) and n[i] in _PREP:
        if n[i] == "ل" and n[i + 1 : i + 2] == "ل" and _min_stem(n[i + 2 :]):
            return _orig_len(word, i + 1)  # لل: the alef of ال is elided; keep the second lam in the stem
        if n[i + 1 : i + 3] == "ال" and _min_stem(n[i + 1 :]):
            return _orig_len(word, i + 1)
    if i == 1 and n[1:3] == "ال" and _min_stem(n[1:]):
        return _orig_len(word, 1)
    if whole_known or known is None:
        return 0
    for k in (2, 1):
        if len(n) - k < 3:
            continue
        pre = n[:k]
        if k == 2 and not (pre[0] in _CONJ and pre[1] in _PREP + ("س",)):
            continue
        if k == 1 and pre not in _CONJ + _PREP:
            continue
        if known(n[k:]):
            return _orig_len(word, k)
    return 0


def _orig_len(word: str, n_norm: int) -> int:
    """Length in ``word`` of its first ``n_norm`` normalized characters (skipping dropped marks)."""
    count = 0
    for i, ch in enumerate(word):
        if normalize(ch):
            if count == n_norm:
                return i
            count += 1
    return len(word)


def tokenize(text: str, known: Callable[[str], bool] | None = None) -> list[Token]:
    tokens: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        word = m.group()
        stem_start = s + (proclitic_split(word, known) if kind == "ar" else 0)
        tokens.append(Token(s, e, word, kind, stem_start, normalize(text[stem_start:e])))
    return tokens


def words(tokens: Iterable[Token]) -> list[str]:
    return [t.text for t in tokens]
