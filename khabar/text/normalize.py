"""Arabic normalization for matching, with an offset map back to the cleaned text.

The cleaned text (``Document.text``) is never changed by this module: normalization produces a
second string for matching and search, and ``NormalizedText.span_to_original`` turns a span found
in it back into offsets of the cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Removed entirely: harakat, superscript alef, tatweel, Quranic marks, zero-width and bidi controls.
_DROP = set(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "گ": "ك",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _norm_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    low = ch.lower()
    return low if len(low) == 1 else ch


# Characters that normalize to themselves; a string made only of them needs no work.
_STABLE = "".join(c for c in map(chr, range(0x0621, 0x064B)) if c not in _MAP and c not in _DROP)
_NEEDS_WORK = re.compile(f"[^{_STABLE} a-z0-9]")


class _Table(dict):
    """``str.translate`` table filled on demand from ``_norm_char`` (None drops a character)."""

    def __missing__(self, code: int) -> str | None:
        value = _norm_char(chr(code)) or None
        self[code] = value
        return value


_TABLE = _Table()
_DROP_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_DROP)) + "]")


def normalize(text: str) -> str:
    """Normalized text for matching (no offset map): the fast path for dictionary keys."""
    if not _NEEDS_WORK.search(text):
        return text
    return text.translate(_TABLE)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    # offsets[i] is the cleaned-text offset of normalized character i; offsets[len(text)] == len(original)
    offsets: tuple[int, ...]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Cleaned-text span covering the normalized span ``[start, end)``."""
        if start >= end:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize_with_map(text: str) -> NormalizedText:
    """Normalized text and, for each of its characters, the offset it came from.

    Every mapping is one character to one character, or a deletion; so the offsets are the
    positions of the characters that are not deleted, built run by run between deletions.
    """
    out = normalize(text)
    n = len(text)
    if len(out) == n:
        return NormalizedText(out, tuple(range(n + 1)))
    offsets: list[int] = []
    pos = 0
    for m in _DROP_RE.finditer(text):
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    offsets.extend(range(pos, n))
    offsets.append(n)
    return NormalizedText(out, tuple(offsets))
