"""Publication dates from the many ways inputs write them.

``parse_date`` is strict: an explicit but unreadable date raises ``ValueError`` with a message
fit for the user (the input is then reported as failed). ``parse_date_lenient`` is for dates
scraped from markup, where a bad candidate is simply skipped.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_MIN_YEAR = 1800
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        1,
    )
    for m in names
}  # fmt: skip
# Arabic month names: Egyptian/Gulf (يناير...) and Levantine/Iraqi (كانون الثاني...), normalized.
_AR_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
    "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}  # fmt: skip
_AR_DATE = re.compile(
    r"^(?:\S+\s+)?(\d{1,2})\s+("
    + "|".join(sorted(_AR_MONTHS, key=len, reverse=True))
    + r")(?:\s*\([^)]*\))?\s*,?\s*(\d{4})"
)
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")
_YMD = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})\b")
_YMD_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T|$)")
_WORDS = re.compile(r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_WORDS_DMY = re.compile(r"^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _check(d: date, raw: str) -> date:
    latest = datetime.now(UTC).year + 1
    if not (_MIN_YEAR <= d.year <= latest):
        raise ValueError(f"implausible publication date {raw!r} (year {d.year})")
    return d


def parse_date(value: object) -> date | None:
    """A publication date, None for a missing one; ``ValueError`` for one that is present but invalid."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _check(value.date(), str(value))
    if isinstance(value, date):
        return _check(value, str(value))
    if isinstance(value, time.struct_time):
        return _check(date(value.tm_year, value.tm_mon, value.tm_mday), time.strftime("%Y-%m-%d", value))
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int | float):
        # a Unix timestamp (seconds, or milliseconds when it is too large for seconds)
        ts = float(value) / (1000 if value > 1e11 else 1)
        try:
            return _check(datetime.fromtimestamp(ts, UTC).date(), str(value))
        except (OverflowError, OSError, ValueError):
            raise ValueError(f"not a date: {value!r}") from None
    s = str(value).strip().translate(_DIGITS)
    if not s:
        return None
    raw = str(value).strip()
    try:
        d = _parse_str(s)
    except ValueError as exc:
        raise ValueError(f"invalid date {raw!r} ({exc})") from None
    if d is None:
        raise ValueError(f"invalid date {raw!r}")
    return _check(d, raw)


def _parse_str(s: str) -> date | None:
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for rx, order in ((_YMD, "ymd"), (_DMY, "dmy"), (_YMD_COMPACT, "ymd")):
        m = rx.match(s)
        if m:
            a, b, c = (int(x) for x in m.groups())
            y, mo, d = (a, b, c) if order == "ymd" else (c, b, a)
            if order == "dmy" and mo > 12 >= d:  # 09/16/2023: month first
                mo, d = d, mo
            return date(y, mo, d)
    if re.match(r"^[A-Za-z]{3},?\s+\d", s) or re.search(r"\d{2}:\d{2}(:\d{2})?\s+([+-]\d{4}|[A-Z]{2,4})$", s):
        try:
            return parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError):
            pass
    from khabar.text.normalize import normalize

    m = _AR_DATE.match(normalize(s))
    if m:
        return date(int(m.group(3)), _AR_MONTHS[m.group(2)], int(m.group(1)))
    for rx, order in ((_WORDS, "mdy"), (_WORDS_DMY, "dmy")):
        m = rx.match(s)
        if m:
            g = m.groups()
            mon, day = (g[0], g[1]) if order == "mdy" else (g[1], g[0])
            mo = _MONTHS.get(mon.lower())
            if mo:
                return date(int(g[2]), mo, int(day))
    return None


def parse_date_lenient(value: object) -> date | None:
    try:
        return parse_date(value)
    except (ValueError, TypeError, OverflowError):
        return None
