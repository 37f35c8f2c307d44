"""Cardinal numbers written in words, Arabic and English, and numbers in digits.

Every key is in ``khabar.text.normalize`` form (ة->ه, ى->ي, ئ->ي, alef forms->ا), so مائة is
``مايه`` and مئات is ``ميات``. ``parse_words`` turns a sequence of such words into a value:
ثلاثة ملايين وخمسمائة ألف -> 3,500,000; خمسة وعشرون ألفا -> 25,000.
"""

from __future__ import annotations

import math
import re

from khabar.text.normalize import normalize

_AR_UNITS = {
    "واحد": 1, "واحده": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثنتا": 2, "اثني": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
}  # fmt: skip
_AR_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
_HUNDRED_STEMS = {"ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "ثماني": 8, "تسع": 9}
_AR_HUNDREDS: dict[str, int] = {
    "مايه": 100,
    "ميه": 100,
    "مايتان": 200,
    "مايتين": 200,
    "ميتان": 200,
    "ميتين": 200,
}
for _stem, _v in _HUNDRED_STEMS.items():
    for _h in ("مايه", "ميه"):
        _AR_HUNDREDS[_stem + _h] = _v * 100
# scale words: value, and whether the word is a plural that alone means "thousands of" (approximate)
_AR_SCALES = {
    "الف": (1e3, False), "الفا": (1e3, False), "الفان": (2e3, False), "الفين": (2e3, False),
    "الاف": (1e3, True), "الوف": (1e3, True),
    "مليون": (1e6, False), "مليونا": (1e6, False), "مليونان": (2e6, False), "مليونين": (2e6, False),
    "ملايين": (1e6, True), "مليوني": (2e6, False), "ملياري": (2e9, False), "الفي": (2e3, False),
    "مليار": (1e9, False), "مليارا": (1e9, False), "ملياران": (2e9, False), "مليارين": (2e9, False),
    "مليارات": (1e9, True), "بليون": (1e9, False), "بليونا": (1e9, False), "بلايين": (1e9, True),
    "تريليون": (1e12, False), "تريليونا": (1e12, False), "تريليونات": (1e12, True),
}  # fmt: skip
# "tens of", "hundreds of": approximate on their own, multipliers before a scale (عشرات الآلاف)
_AR_VAGUE = {"عشرات": 10, "ميات": 100, "مييات": 100, "ماات": 100}
_AR_FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}
_AR_TIMES = {"مره": 1, "مرتين": 2, "مرتان": 2}
# Scale words with the article, after another number or a vague word: عشرات الآلاف
_AR_SCALES_DEF = {"الالاف": (1e3, True), "الملايين": (1e6, True), "المليارات": (1e9, True)}

_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12,
}  # fmt: skip
_EN_SCALES = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12,
}  # fmt: skip
_EN_VAGUE = {
    "tens": 10,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "scores": 20,
}

AR_TEEN_ONE = {"احد", "احدي"}  # only before عشر/عشره: احد عشر = 11

NUMBER_WORDS_AR: frozenset[str] = frozenset(
    list(_AR_UNITS) + list(_AR_TENS) + list(_AR_HUNDREDS) + list(_AR_SCALES) + list(AR_TEEN_ONE)
)
NUMBER_WORDS_EN: frozenset[str] = frozenset(list(_EN_UNITS) + list(_EN_SCALES))


def word_kind(w: str) -> tuple[str, float] | None:
    """Kind and value of one normalized number word: unit, ten, hundred, scale, scale+, vague, frac, times."""
    if w in _AR_UNITS:
        return "unit", _AR_UNITS[w]
    if w in _AR_TENS:
        return "unit", _AR_TENS[w]
    if w in _AR_HUNDREDS:
        return "unit", _AR_HUNDREDS[w]
    if w in _AR_SCALES:
        v, plural = _AR_SCALES[w]
        return ("scale+" if plural else "scale"), v
    if w in _AR_SCALES_DEF:
        return "scale+", _AR_SCALES_DEF[w][0]
    if w in _AR_VAGUE:
        return "vague", _AR_VAGUE[w]
    if w in _AR_FRACTIONS:
        return "frac", _AR_FRACTIONS[w]
    if w in _EN_UNITS:
        return "unit", _EN_UNITS[w]
    if w in _EN_SCALES:
        return "scale", _EN_SCALES[w]
    if w in _EN_VAGUE:
        return "vague", _EN_VAGUE[w]
    return None


def parse_words(words: list[str]) -> tuple[float, bool] | None:
    """Value of a sequence of normalized number words (``و`` already removed), and whether vague."""
    total = 0.0
    current = 0.0
    seen = False
    approx = False
    last_scale = 0.0
    i = 0
    while i < len(words):
        w = words[i]
        if w in AR_TEEN_ONE and i + 1 < len(words) and words[i + 1] in ("عشر", "عشره"):
            current += 11
            i += 2
            seen = True
            continue
        k = word_kind(w)
        if k is None:
            return None
        kind, v = k
        if kind == "unit":
            if w in ("عشر", "عشره") and 0 < current < 10:
                current += 10
            else:
                current += v
        elif kind == "frac":
            if current == 0 and last_scale:  # مليون ونصف: half of the scale just said
                total += v * last_scale
            else:
                current += v
        elif kind == "vague":
            current = (current or 1) * v
            approx = True
        elif kind in ("scale", "scale+"):
            if v == 100 and current:  # English "three hundred"
                current *= 100
            else:
                if current == 0:
                    current = 1
                    if kind == "scale+":
                        approx = True
                if total and total < v:
                    total = (total + current) * v
                    current = 0
                else:
                    total += current * v
                    current = 0
            last_scale = 10.0 ** math.floor(math.log10(v))  # مليونين: the scale is a million
        seen = True
        i += 1
    if not seen:
        return None
    return total + current, approx


_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")


def parse_digits(s: str) -> float | None:
    """A number in (already normalized, ASCII) digits: 8000, 8,000, 3.5, 1.200.000 (dots as thousands)."""
    s = normalize(s)
    if not _DIGITS.match(s):
        return None
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.200,5
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        if all(len(p) == 3 for p in parts[1:]):
            s = s.replace(",", "")
        else:  # decimal comma, as in 3,5
            s = s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None
