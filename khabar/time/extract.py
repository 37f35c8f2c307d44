"""Temporal expressions in Arabic and English news, resolved against the publication date.

The grammar is a set of compiled regular expressions over the *normalized* text (one pass each);
spans are mapped back to the cleaned text with ``NormalizedText.span_to_original``. Proclitics
(و ف ب ل ك) are left outside the span: وأمس -> أمس.

Resolution conventions (news usage):

* a bare weekday is the most recent such day on or before publication (Reuters/AFP write
  "said on Tuesday" on the Tuesday itself); after a future marker (سـ/سوف/من المقرر, will/to be
  held...) or with المقبل/next it is the next such day strictly after publication; with
  الماضي/last it is the one strictly before.
* a day and month without year take the year that puts the date nearest to publication.
* without a publication date every relative expression keeps ``value=None``; explicit dates are
  still resolved.
* Hijri dates are converted with ``hijridate``; a Hijri month or year without a day is the ISO 8601
  interval ``start/end`` of its Gregorian days.
* durations (ثلاثة أيام, for two weeks) are type DURATION with values like P3D; an age
  (45 عاما) is a duration too; "every N units" (كل 8 أشهر) is a SET.
* decades and centuries use ISO 8601 reduced precision: التسعينيات / the 1990s -> 199,
  القرن العشرين -> 19.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from khabar.amounts.numwords import NUMBER_WORDS_AR, NUMBER_WORDS_EN, parse_digits, parse_words
from khabar.document import Time
from khabar.text.normalize import NormalizedText, normalize, normalize_with_map
from khabar.time import lexicon as L


@dataclass(slots=True)
class Cand:
    start: int  # normalized-text offsets
    end: int
    type: str
    value: str | None
    granularity: str | None
    kind: str = ""  # weekday, date, today, time... (for merging)


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_B = r"(?<![\w])"  # word start
_E = r"(?![\w])"  # word end
_CL = r"(?:وب|ول|وك|فب|فل|و|ف|ب|ل|ك)?"  # proclitics, outside the span
_MON = _alt(L.AR_MONTHS)
_HMON = _alt(L.AR_HIJRI_MONTHS)
_WD = _alt(L.AR_WEEKDAYS)
_REL = _alt(L.AR_REL)
_NUMW = _alt(NUMBER_WORDS_AR)
_NUM_AR = rf"(?:\d+(?:[.,]\d+)?|(?:{_NUMW})(?:\s+و?(?:{_NUMW}))*)"
_UNIT = _alt(L.AR_UNITS)
_DUAL = _alt(L.AR_DUAL_UNITS)
_HOUR = _alt(L.AR_HOURS)
_DAYPART = _alt(L.AR_DAYPARTS)
_MINUTE = _alt(L.AR_MINUTES)
_TZ = _alt(L.TZ)
_PART_OF_DAY_BEFORE = r"(?:(?:صباح|مساء|ظهر|ظهيره|فجر|عصر|ليله|صبيحه|نهار|منتصف\s+ليل)\s+)"
_ORD = _alt(L.AR_ORDINAL_DAYS)
_DAY = rf"(?:(?P<d>\d{{1,2}})\s+(?:من\s+)?|(?P<od>{_ORD})\s+من\s+)"
_MONTH_EXPR = rf"(?:شهر\s+)?(?P<m1>{_MON})(?:(?:\s*[/(\-]\s*|\s+)(?P<m2>{_MON})\s*\)?)?"
_HMONTH_EXPR = rf"(?:شهر\s+)?(?P<hm>{_HMON})"
_HIJRI_MARK = r"(?:\s*(?:ه|هجري|هجريه|للهجره)(?![\w]))"
_GREG_MARK = r"(?:\s*(?:م|ميلادي|ميلاديه|للميلاد)(?![\w]))"
_YEAR_WORD = r"(?:(?:ال|ل)?(?:عام|سنه)\s+)"
_PREP_BEFORE_YEAR = r"(?:في|منذ|حتى|خلال|مطلع|اوايل|اواخر|منتصف|نهايه|بدايه|قبل|بعد|عامي|عام|سنه|الى|من)"

_EN_MON = _alt(L.EN_MONTHS)
_EN_WD = _alt(L.EN_WEEKDAYS)
_EN_NUMW = _alt(NUMBER_WORDS_EN)
_EN_NUM = rf"(?:\d+(?:[.,]\d+)?|(?:{_EN_NUMW})(?:[\s-](?:{_EN_NUMW}))*)"
_EN_UNIT = _alt(L.EN_UNITS)
_EN_FUTURE = re.compile(
    r"\b(?:will|'ll|would|shall|to be held|is to|are to|scheduled|due to|plans? to|expected to|going to|set to)\b"
)
# A verb in the past before a date without a year: "was arrested on Sept. 3" is the last Sept. 3.
_EN_PAST = re.compile(
    r"\b(?<!\bbe )(?<!\bbeing )(?:was|were|had|did|said|told|met|held|took|began|fled|left|died|been|"
    r"(?!(?:scheduled|planned|expected|"
    r"slated|postponed|delayed|rescheduled|proposed|intended|set|due|needed|aimed|hoped)\b)[a-z]{3,}ed)\b"
)
_AR_FUTURE = re.compile(
    r"(?<![\w])[وف]?(?:سوف|من المقرر|من المنتظر|من المتوقع|المزمع|المقرر|المرتقب|يعتزم|تعتزم)(?![\w])"
)
_SPEECH = re.compile(rf"(?<![\w])[وف]?(?:{_alt(L.SPEECH_VERBS)})(?![\w])")
_AR_S_VERB = re.compile(r"(?<![\w])[وف]?(س[يتن]\w{2,})")


def _num_value(s: str) -> float | None:
    s = s.strip()
    v = parse_digits(s)
    if v is not None:
        return v
    words = [w[1:] if w.startswith("و") and w[1:] and w not in NUMBER_WORDS_AR else w for w in s.split()]
    words = [w for w in words if w]
    parsed = parse_words(words)
    return parsed[0] if parsed else None


def _en_num_value(s: str) -> float | None:
    v = parse_digits(s)
    if v is not None:
        return v
    parsed = parse_words([w for w in re.split(r"[\s-]+", s) if w and w != "and"])
    return parsed[0] if parsed else None


def _fmt_num(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"


def duration_value(n: float, unit: str) -> str:
    if unit in ("H", "MIN", "S"):
        return f"PT{_fmt_num(n)}{'M' if unit == 'MIN' else unit}"
    return f"P{_fmt_num(n)}{unit}"


def _add_months(d: date, months: int) -> tuple[int, int]:
    m = d.month - 1 + months
    return d.year + m // 12, m % 12 + 1


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift(pub: date, n: float, unit: str, sign: int) -> tuple[str, str]:
    """pub +/- n units, as (value, granularity)."""
    n_int = int(round(n))
    if unit == "D":
        return (pub + timedelta(days=sign * n_int)).isoformat(), "day"
    if unit == "W":
        return _iso_week(pub + timedelta(days=sign * 7 * n_int)), "week"
    if unit == "M":
        y, m = _add_months(pub, sign * n_int)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "Y":
        return f"{pub.year + sign * n_int:04d}", "year"
    return pub.isoformat(), "day"  # hours/minutes ago: the day of publication


def _nearest_year(
    pub: date, month: int, day: int | None = None, future: bool = False, past_verb: bool = False
) -> int:
    """Year of a day/month given without one: the latest on or before publication, unless the next one
    is much nearer (less than half as far) or a future marker says so; a past verb keeps the latest."""
    past = fut = None
    ref = pub if day else pub.replace(day=1)
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(y, month, day or 1)
        except ValueError:
            continue
        if d <= ref:
            past = (ref - d).days, y
        elif fut is None:
            fut = (d - ref).days, y
    if fut is None:
        return past[1] if past else pub.year
    if past is None or future or (fut[0] * 2 < past[0] and not past_verb):
        return fut[1]
    return past[1]


def _safe_date(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _tabular_hijri(y: int, m: int, d: int) -> date | None:
    """The arithmetic (tabular) Islamic calendar, for years outside hijridate's Umm al-Qura range
    (1343-1500 AH): «مصحف مخطوط في عام 857هـ». It may differ from the observed calendar by a day."""
    if y < 1 or not 1 <= m <= 12 or not 1 <= d <= 30:
        return None
    jdn = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439
    try:
        return date.fromordinal(jdn - 1721425)
    except (ValueError, OverflowError):
        return None


def _tabular_month_length(y: int, m: int) -> int:
    return 30 if m % 2 or (m == 12 and (14 + 11 * y) % 30 < 11) else 29


def _hijri_to_greg(y: int, m: int, d: int) -> str | None:
    try:
        from hijridate import Hijri

        return Hijri(y, m, d).to_gregorian().isoformat()
    except (ValueError, OverflowError):
        if 1343 <= y <= 1500:
            return None  # inside the observed calendar's range: an impossible date
        g = _tabular_hijri(y, m, d)
        return g.isoformat() if g else None


def _hijri_month_interval(y: int, m: int) -> str | None:
    try:
        from hijridate import Hijri

        h = Hijri(y, m, 1)
        start = h.to_gregorian()
        end = start + timedelta(days=h.month_length() - 1)
    except (ValueError, OverflowError):
        first = _tabular_hijri(y, m, 1) if not 1343 <= y <= 1500 else None
        if first is None:
            return None
        start, end = first, first + timedelta(days=_tabular_month_length(y, m) - 1)
    return f"{start.isoformat()}/{end.isoformat()}"


def _hijri_year_interval(y: int) -> str | None:
    try:
        from hijridate import Hijri

        start = Hijri(y, 1, 1).to_gregorian()
        last = Hijri(y, 12, 1)
        end = last.to_gregorian() + timedelta(days=last.month_length() - 1)
    except (ValueError, OverflowError):
        first = _tabular_hijri(y, 1, 1) if not 1343 <= y <= 1500 else None
        if first is None:
            return None
        end = _tabular_hijri(y, 12, 1)
        assert end is not None
        start, end = first, end + timedelta(days=_tabular_month_length(y, 12) - 1)
    return f"{start.isoformat()}/{end.isoformat()}"


def _pub_hijri(pub: date) -> tuple[int, int, int] | None:
    try:
        from hijridate import Gregorian

        h = Gregorian(pub.year, pub.month, pub.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        return None


def _weekday(pub: date, wd: int, direction: int) -> str:
    """direction 0: on or before pub; -1: strictly before; +1: strictly after."""
    if direction > 0:
        delta = (wd - pub.weekday()) % 7 or 7
        return (pub + timedelta(days=delta)).isoformat()
    delta = (pub.weekday() - wd) % 7
    if direction < 0 and delta == 0:
        delta = 7
    return (pub - timedelta(days=delta)).isoformat()


_NUMERIC_DATE = re.compile(r"(?<!\d)(?P<a>\d{1,2})\s*[/.\-]\s*(?P<b>\d{1,2})\s*[/.\-]\s*(?:19|20)\d\d(?!\d)")


class _Ctx:
    def __init__(self, norm: str, original: str, offsets: tuple[int, ...], pub: date | None) -> None:
        self.norm = norm
        self.original = original
        self.offsets = offsets
        self.pub = pub

    @property
    def day_first(self) -> bool | None:
        """The order of the article's numeric dates: True when one of them can only be day/month
        (13/09/2018), False when one can only be month/day (09/13/2018), None when none or both."""
        if not hasattr(self, "_day_first"):
            orders = set()
            for m in _NUMERIC_DATE.finditer(self.norm):
                a, b = int(m["a"]), int(m["b"])
                if a > 12 >= b:
                    orders.add(True)
                elif b > 12 >= a:
                    orders.add(False)
            self._day_first = orders.pop() if len(orders) == 1 else None
        return self._day_first

    def en_tense_before(self, pos: int) -> str | None:
        """ "future" or "past" from the last such English verb before ``pos`` in its sentence."""
        before = self.before(pos)
        fut = max((m.end() for m in _EN_FUTURE.finditer(before)), default=-1)
        past = max((m.end() for m in _EN_PAST.finditer(before)), default=-1)
        if fut < 0 and past < 0:
            return None
        return "future" if fut >= past else "past"

    def before(self, pos: int, width: int = 70) -> str:
        """Normalized text before ``pos`` back to the sentence start (at most ``width`` characters)."""
        lo = max(0, pos - width)
        chunk = self.norm[lo:pos]
        cut = max(chunk.rfind("."), chunk.rfind("?"), chunk.rfind("!"), chunk.rfind("\n"), chunk.rfind(";"))
        return chunk[cut + 1 :] if cut >= 0 else chunk

    def future_before(self, pos: int) -> bool:
        before = self.before(pos)
        last = -1
        for rx in (_AR_FUTURE, _EN_FUTURE):
            for m in rx.finditer(before):
                last = max(last, m.end())
        for m in _AR_S_VERB.finditer(before):
            if not m.group(1).startswith(L.NOT_FUTURE_PREFIXES):
                last = max(last, m.end())
        if last < 0:
            return False
        return not _SPEECH.search(before[last:])

    def is_upper(self, norm_pos: int) -> bool:
        return self.original[self.offsets[norm_pos]].isupper()


Handler = Callable[[re.Match, _Ctx], Cand | None]
_RULES: list[tuple[re.Pattern, Handler]] = []


def rule(pattern: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        _RULES.append((re.compile(pattern), fn))
        return fn

    return deco


def _span(m: re.Match) -> tuple[int, int]:
    return m.span("x")


def _rel_dir(word: str | None) -> int | None:
    return None if word is None else L.AR_REL.get(re.sub(r"\s+", " ", word))


# ---------------------------------------------------------------- Arabic: explicit dates


def _hijri_numeric(m: re.Match, c: _Ctx) -> Cand | None:
    """1445/3/12 or 12/3/1445 (y, mo, d are named groups in both orders)."""
    v = _hijri_to_greg(int(m["y"]), int(m["mo"]), int(m["d"]))
    return Cand(*_span(m), "DATE", v, "day", "date") if v else None


# year first, then day first: one handler, registered in this order
rule(
    rf"{_B}{_CL}(?P<x>(?P<y>1[34]\d\d)\s*[/\-]\s*(?P<mo>\d{{1,2}})\s*[/\-]\s*(?P<d>\d{{1,2}}){_HIJRI_MARK}?){_E}"
)(_hijri_numeric)
rule(
    rf"{_B}{_CL}(?P<x>(?P<d>\d{{1,2}})\s*[/\-]\s*(?P<mo>\d{{1,2}})\s*[/\-]\s*(?P<y>1[34]\d\d){_HIJRI_MARK}?){_E}"
)(_hijri_numeric)


@rule(
    rf"{_B}{_CL}(?P<x>(?P<y>(?:19|20)\d\d)\s*[/\-.]\s*(?P<mo>\d{{1,2}})\s*[/\-.]\s*(?P<d>\d{{1,2}}){_GREG_MARK}?){_E}"
)
def _greg_numeric_ymd(m: re.Match, c: _Ctx) -> Cand | None:
    v = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return Cand(*_span(m), "DATE", v, "day", "date") if v else None


@rule(
    rf"{_B}{_CL}(?P<x>(?P<a>\d{{1,2}})\s*[/\-.]\s*(?P<b>\d{{1,2}})\s*[/\-.]\s*(?P<y>(?:19|20)\d\d){_GREG_MARK}?){_E}"
)
def _greg_numeric_dmy(m: re.Match, c: _Ctx) -> Cand | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a <= 12 and b <= 12 and c.day_first is not None:  # 02/05/2018 in an article that also has 30/04/2018
        d, mo = (a, b) if c.day_first else (b, a)
    else:
        english = bool(re.search(r"[a-z]", c.before(m.start(), 40)))
        d, mo = (b, a) if (english and a <= 12) or b > 12 else (a, b)
    v = _safe_date(y, mo, d)
    return Cand(*_span(m), "DATE", v, "day", "date") if v else None


@rule(
    rf"{_B}(?P<x>\d{{1,2}})\s*(?:و|-|الي|حتي)\s*(?=\d{{1,2}}\s+(?:من\s+)?{_MONTH_EXPR}"
    rf"(?:\s*,?\s*(?:من\s+)?{_YEAR_WORD}?(?P<y>(?:19|20)\d\d))?)"
)
def _ar_day_range_first(m: re.Match, c: _Ctx) -> Cand | None:
    d, mo = int(m["x"]), _month_num(m)
    if m["y"]:
        v = _safe_date(int(m["y"]), mo, d)
    elif c.pub is None:
        v = None
    else:
        v = _safe_date(_nearest_year(c.pub, mo, d, c.future_before(m.start("x"))), mo, d)
    return Cand(*_span(m), "DATE", v, "day", "date")


def _month_num(m: re.Match) -> int:
    return L.AR_MONTHS[re.sub(r"\s+", " ", m["m1"])]


def _day_of(m: re.Match) -> int | None:
    if m["d"]:
        return int(m["d"])
    if m["od"]:
        return L.AR_ORDINAL_DAYS[re.sub(r"\s+", " ", m["od"])]
    return None


@rule(
    rf"{_B}{_CL}(?P<x>(?:(?:ال)?يوم\s+)?{_DAY}{_MONTH_EXPR}"
    rf"(?:\s*,?\s*(?:من\s+)?{_YEAR_WORD}?(?P<y>(?:19|20)\d\d){_GREG_MARK}?|\s+(?P<rel>{_REL})"
    rf"|\s+من\s+(?:(?P<ythis>هذا\s+العام|هذه\s+السنه)|(?:العام|السنه)\s+(?P<yrel>{_REL})))?){_E}"
)
def _ar_day_month(m: re.Match, c: _Ctx) -> Cand | None:
    d, mo = _day_of(m) or 0, _month_num(m)
    if not 1 <= d <= 31:
        return None
    if m["y"]:
        v = _safe_date(int(m["y"]), mo, d)
    elif c.pub is None:
        v = None
    elif m["ythis"] or m["yrel"]:
        yrel = 0 if m["ythis"] else _rel_dir(m["yrel"])
        v = _safe_date(c.pub.year + (yrel or 0), mo, d)
    elif (named := _named_day_ar(c.before(m.start("x"), 30), mo, d)) is not None:
        v = _safe_date(named, mo, d)
    else:
        fut = c.future_before(m.start("x"))
        v = _safe_date(_month_year(c.pub, mo, _rel_dir(m["rel"]), d, fut), mo, d)
    return Cand(*_span(m), "DATE", v, "day", "date")


def _named_day_ar(before: str, month: int, day: int) -> int | None:
    """The year of a day that names a historical event when its head word stands right before it
    (هجمات 11 سبتمبر, ثورة 25 يناير, حرب السادس من أكتوبر); None otherwise."""
    hit = L.AR_NAMED_DAYS.get((month, day))
    words = before.split()
    if hit is None or not words:
        return None
    head = words[-2] if words[-1] == "يوم" and len(words) >= 2 else words[-1]
    head = re.sub(r"^(?:[وف]?[بلك]?)ال", "", head)  # وبعد أحداث / لحرب / والثورة
    return hit[0] if head in hit[1] else None


def _month_year(pub: date, mo: int, rel: int | None, day: int | None = None, future: bool = False) -> int:
    if rel is None:
        return _nearest_year(pub, mo, day, future)
    if rel < 0:
        return pub.year if mo < pub.month or (mo == pub.month and day and day < pub.day) else pub.year - 1
    if rel > 0:
        return pub.year if mo > pub.month or (mo == pub.month and day and day > pub.day) else pub.year + 1
    return pub.year


@rule(
    rf"{_B}{_CL}(?P<x>(?P<pre>(?:مطلع|اوايل|اواخر|منتصف|نهايه|بدايه)\s+)?{_MONTH_EXPR}"
    rf"(?:\s*,?\s*(?:من\s+)?{_YEAR_WORD}?(?P<y>(?:19|20)\d\d){_GREG_MARK}?|\s+(?P<rel>{_REL})"
    rf"|\s+من\s+(?:(?P<ythis>هذا\s+العام|هذه\s+السنه)|(?:العام|السنه)\s+(?P<yrel>{_REL})))?){_E}"
)
def _ar_month(m: re.Match, c: _Ctx) -> Cand | None:
    mo = _month_num(m)
    core = m.group("x")
    m1 = re.sub(r"\s+", " ", m["m1"])
    has_shahr = "شهر" in core[: core.find(m["m1"])] if m["m1"] else False
    if m["ythis"] or m["yrel"]:
        yrel = 0 if m["ythis"] else _rel_dir(m["yrel"])
        v = f"{c.pub.year + (yrel or 0):04d}-{mo:02d}" if c.pub and yrel is not None else None
        return Cand(m.start("x") if not m["pre"] else m.end("pre"), m.end("x"), "DATE", v, "month", "date")
    if not m["y"] and not m["rel"] and not has_shahr and not m["m2"]:
        if m1 in L.AR_AMBIGUOUS_MONTHS:
            return None
        before = c.before(m.start("x"), 12)
        if m1 in ("مايو",) and not re.search(r"(?:في|خلال|منذ|حتى)\s*$", before):
            return None
    start = m.start("x") if not m["pre"] else m.end("pre")  # مطلع/أواخر stays outside the value span
    if m["y"]:
        v = f"{int(m['y']):04d}-{mo:02d}"
    elif c.pub is None:
        v = None
    else:
        fut = c.future_before(m.start("x"))
        v = f"{_month_year(c.pub, mo, _rel_dir(m['rel']), None, fut):04d}-{mo:02d}"
    return Cand(start, m.end("x"), "DATE", v, "month", "date")


@rule(
    rf"{_B}{_CL}(?P<x>{_DAY}?{_HMONTH_EXPR}"
    rf"(?:\s+(?:من\s+)?{_YEAR_WORD}?(?:(?P<y>1[34]\d\d){_HIJRI_MARK}?|(?P<y_old>\d{{1,4}}){_HIJRI_MARK})"
    rf"|(?P<rel>\s+(?:{_REL}|المبارك|الفضيل)))?){_E}"
)
def _ar_hijri(m: re.Match, c: _Ctx) -> Cand | None:
    name = re.sub(r"\s+", " ", m["hm"])
    mo = L.AR_HIJRI_MONTHS[name]
    core = m.group("x")
    has_shahr = core.startswith("شهر")
    if not (m["d"] or m["od"]) and not (m["y"] or m["y_old"]) and not has_shahr and not m["rel"]:
        if name in L.AR_AMBIGUOUS_HIJRI or name != "رمضان":
            return None
    if name in L.AR_AMBIGUOUS_HIJRI and not (m["d"] or m["od"] or m["y"] or m["y_old"] or has_shahr):
        return None
    d = _day_of(m)
    if d is not None and not 1 <= d <= 30:
        return None
    if m["y"] or m["y_old"]:
        hy = int(m["y"] or m["y_old"])  # «12 ربيع الأول 1200 هـ»: any year with the Hijri mark
    else:
        if c.pub is None:
            return Cand(*_span(m), "DATE", None, "day" if d else "month", "date")
        ph = _pub_hijri(c.pub)
        if ph is None:
            return None
        rel = _rel_dir((m["rel"] or "").strip() or None)
        hy = ph[0]
        if rel is not None and rel < 0 and (mo > ph[1] or (mo == ph[1] and d and d >= ph[2])):
            hy -= 1
        elif rel is not None and rel > 0 and (mo < ph[1] or (mo == ph[1] and (not d or d <= ph[2]))):
            hy += 1
        elif rel is None:
            diff = mo - ph[1]
            if diff > 6:
                hy -= 1
            elif diff < -6:
                hy += 1
    if d:
        return Cand(*_span(m), "DATE", _hijri_to_greg(hy, mo, d), "day", "date")
    return Cand(*_span(m), "DATE", _hijri_month_interval(hy, mo), "month", "date")


@rule(rf"{_B}{_CL}(?P<x>{_YEAR_WORD}?(?P<y>1[34]\d\d){_HIJRI_MARK}){_E}")
def _hijri_year(m: re.Match, c: _Ctx) -> Cand | None:
    v = _hijri_year_interval(int(m["y"]))
    return Cand(*_span(m), "DATE", v, "year", "date") if v else None


@rule(rf"{_B}{_CL}(?P<x>{_YEAR_WORD}(?P<y>1[34]\d\d)){_E}(?!\s*[/\-])")
def _hijri_year_word(m: re.Match, c: _Ctx) -> Cand | None:
    v = _hijri_year_interval(int(m["y"]))
    return Cand(*_span(m), "DATE", v, "year", "date") if v else None


@rule(
    rf"{_B}{_CL}(?P<x>{_YEAR_WORD}(?P<y>[12]\d{{3}}|\d{{3}})(?P<h>{_HIJRI_MARK})?(?P<g>{_GREG_MARK})?){_E}(?!\s*[/\-])"
)
def _word_year(m: re.Match, c: _Ctx) -> Cand | None:
    y = int(m["y"])
    if m["h"] or (1300 <= y <= 1500 and not m["g"]):
        return Cand(*_span(m), "DATE", _hijri_year_interval(y), "year", "date")
    return Cand(*_span(m), "DATE", f"{y:04d}", "year", "date")


@rule(r"(?<![\w/\-.])(?:19|20)\d\d(?:م|\s*م(?![\w]))?\s*(?:و|-|الي|حتي|او)\s*(?P<x>(?:19|20)\d\d)(?![\w/\-])")
def _ar_second_year(m: re.Match, c: _Ctx) -> Cand | None:
    return Cand(*_span(m), "DATE", m["x"], "year", "date")


@rule(
    rf"(?:(?<![\w]){_CL}(?P<p>{_PREP_BEFORE_YEAR})\s+(?:ال)?|(?<![\w])(?:عامي|العامين)\s+\d{{4}}\s+)?"
    rf"(?<![\w/\-.]){_CL}(?P<x>(?P<w>{_YEAR_WORD})?(?P<y>(?:19|20)\d\d)(?P<g>{_GREG_MARK})?)(?![\w/\-])"
)
def _ar_year(m: re.Match, c: _Ctx) -> Cand | None:
    if not (m["w"] or m["g"] or m["p"] or m.group(0).startswith(("عامي", "العامين"))):
        return None
    after = c.norm[m.end("x") : m.end("x") + 12]
    if re.match(r"\s*(?:%|في الميه|بالميه|دولار|ريال|مليون|مليار|الف)", after):
        return None
    if m["p"] == "من" and not m["w"]:
        return None
    return Cand(*_span(m), "DATE", m["y"], "year", "date")


# ---------------------------------------------------------------- Arabic: weekdays and deictic days


_DEICTIC = {"اليوم": 0, "غدا": 1, "غد": 1, "الغد": 1, "امس": -1, "الامس": -1}


@rule(
    rf"{_B}{_CL}(?P<x>{_PART_OF_DAY_BEFORE}?(?:يوم\s+)?(?P<deic>(?:هذا\s+)?اليوم|(?P<after>بعد\s+)?(?:ال)?غدا?"
    rf"|(?P<first>اول\s+(?:من\s+)?)?(?:ال)?امس(?P<first2>\s+الاول)?)"
    rf"\s*(?:\(\s*|-\s*|,\s*)?(?:يوم\s+)?(?P<wd>{_WD})(?P<close>\s*\))?)"
)
def _ar_deictic_weekday(m: re.Match, c: _Ctx) -> Cand | None:
    end = m.end("x") if m["close"] and "(" in m.group("x") else m.end("wd")
    if c.pub is None:
        return Cand(m.start("x"), end, "DATE", None, "day", "today")
    deic = m["deic"].split()[-1]
    if m["first"] or m["first2"]:
        n = -2
    elif m["after"]:
        n = 2
    else:
        n = _DEICTIC.get(deic, 0)
    anchor = c.pub + timedelta(days=n)
    delta = (L.AR_WEEKDAYS[m["wd"]] - anchor.weekday()) % 7
    if delta > 3:
        delta -= 7
    return Cand(m.start("x"), end, "DATE", (anchor + timedelta(days=delta)).isoformat(), "day", "today")


@rule(
    rf"{_B}{_CL}(?P<x>{_PART_OF_DAY_BEFORE}?(?P<this>هذا\s+|هذه\s+)?(?:(?:ال)?يوم\s+)?(?P<wd>{_WD})"
    rf"(?:\s+(?P<rel>{_REL}))?){_E}"
)
def _ar_weekday(m: re.Match, c: _Ctx) -> Cand | None:
    if re.search(r"(?:صلاه|خطبه|خطيب|صلوات)\s+$", c.before(m.start("x"), 12)):
        return None  # صلاة الجمعة: the Friday prayer, not a date
    rel = _rel_dir(m["rel"])
    if m["this"] and c.pub is not None:
        delta = (L.AR_WEEKDAYS[m["wd"]] - c.pub.weekday()) % 7
        return Cand(*_span(m), "DATE", (c.pub + timedelta(days=delta)).isoformat(), "day", "weekday")
    if rel == 0 or (m["rel"] and m["rel"].startswith("التالي")):
        rel = None if m["rel"].startswith("التالي") else 0
        if rel is None:  # يوم الخميس التالي: relative to the story, not to publication
            return Cand(m.start("x"), m.end("x"), "DATE", None, "day", "weekday")
    if c.pub is None:
        return Cand(*_span(m), "DATE", None, "day", "weekday")
    if rel is None:
        rel = 1 if c.future_before(m.start("x")) else 0
    return Cand(*_span(m), "DATE", _weekday(c.pub, L.AR_WEEKDAYS[m["wd"]], rel), "day", "weekday")


_TODAY_NOT_AFTER = re.compile(rf"\s*(?:\"|»|(?:{_alt(L.NOT_TODAY_AFTER)})(?![\w]))")
_TODAY_NOT_BEFORE = re.compile(rf"(?:\"|(?<![\w])(?:{_alt(L.NOT_TODAY_BEFORE)}))\s*[^\s\w]?\s*$")


@rule(rf"{_B}{_CL}(?P<x>{_PART_OF_DAY_BEFORE}?(?:اليوم|الليله|هذا\s+الصباح|هذا\s+المساء)){_E}")
def _ar_today(m: re.Match, c: _Ctx) -> Cand | None:
    after = c.norm[m.end("x") : m.end("x") + 12]
    before = c.norm[max(0, m.start("x") - 12) : m.start("x")]
    if _TODAY_NOT_AFTER.match(after) or _TODAY_NOT_BEFORE.search(before):
        return None
    v = c.pub.isoformat() if c.pub else None
    return Cand(*_span(m), "DATE", v, "day", "today")


@rule(
    rf"{_B}{_CL}(?P<x>(?:(?:ليله|مساء|صباح|ظهر|فجر|عصر|ظهيره|يوم)\s+)?(?P<first>اول\s+(?:من\s+)?)?(?:ال)?امس(?P<first2>\s+الاول)?){_E}"
)
def _ar_yesterday(m: re.Match, c: _Ctx) -> Cand | None:
    n = 2 if (m["first"] or m["first2"]) else 1
    v = (c.pub - timedelta(days=n)).isoformat() if c.pub else None
    return Cand(*_span(m), "DATE", v, "day", "today")


@rule(
    rf"{_B}{_CL}(?P<x>(?P<after>بعد\s+)?(?:(?P<pre>(?:صباح|مساء|ظهر|فجر|عصر|ظهيره|يوم|ليله)\s+)?(?:ال)?غد|غدا|الغد(?=\s+(?:ال)?(?:{_WD})))){_E}"
)
def _ar_tomorrow(m: re.Match, c: _Ctx) -> Cand | None:
    core = m.group("x")
    if not (
        m["after"] or m["pre"] or core.endswith("غدا") or re.search(_WD, c.norm[m.end("x") : m.end("x") + 14])
    ):
        return None
    n = 2 if m["after"] else 1
    v = (c.pub + timedelta(days=n)).isoformat() if c.pub else None
    return Cand(*_span(m), "DATE", v, "day", "today")


@rule(
    rf"{_B}{_CL}(?P<x>(?:(?P<this>هذا|هذه)\s+)?(?:ال|ل)?(?P<u>اسبوع|شهر|عام|سنه)(?:\s+(?P<rel>{_REL}))?){_E}"
)
def _ar_rel_unit(m: re.Match, c: _Ctx) -> Cand | None:
    if m["rel"] is None and m["this"] is None:
        return None
    core = m.group("x")
    if m["this"] is None and not re.search(r"(?:^|\s)(?:ال|ل)", " " + core.split()[0][:2]):
        return None
    if not core.split()[-1 if m["rel"] is None else 0].startswith(("ال", "ل")) and m["this"] is None:
        return None
    rel = 0 if m["rel"] is None else _rel_dir(m["rel"])
    if m["rel"] and m["rel"].startswith(("التالي", "السابق")):
        return Cand(*_span(m), "DATE", None, _GRAN[m["u"]], "rel")  # relative to the story
    unit = {"اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y"}[m["u"]]
    if c.pub is None or rel is None:
        return Cand(*_span(m), "DATE", None, _GRAN[m["u"]], "rel")
    if rel == 0:
        v, g = _shift(c.pub, 0, unit, 1)
    else:
        v, g = _shift(c.pub, 1, unit, rel)
    return Cand(*_span(m), "DATE", v, g, "rel")


_GRAN = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}


@rule(rf"{_B}{_CL}(?P<x>(?P<w>منذ|قبل)\s+(?:(?P<n>{_NUM_AR})\s+(?P<u>{_UNIT})|(?P<dual>{_DUAL}))){_E}")
def _ar_ago(m: re.Match, c: _Ctx) -> Cand | None:
    if m["dual"]:
        unit, n = L.AR_DUAL_UNITS[m["dual"]]
    else:
        unit, mult = L.AR_UNITS[m["u"]]
        num = _num_value(m["n"])
        if num is None:
            return None
        n = num * mult
    after = c.norm[m.end("x") : m.end("x") + 10]
    if re.match(r"\s*(?:من|علي)\s", after):  # قبل ثلاثة أيام من الانتخابات: relative to an event
        return None
    if c.pub is None:
        return Cand(*_span(m), "DATE", None, None, "ago")
    v, g = _shift(c.pub, n, unit if unit != "MIN" else "H", -1)
    return Cand(*_span(m), "DATE", v, g, "ago")


@rule(
    rf"{_B}{_CL}(?P<x>(?P<w>منذ|قبل)\s+(?P<su>يوم|اسبوع|شهر|عام|سنه)(?:\s+(?:مضي|مضت|تقريبا|واحد|واحده))?)"
    rf"{_E}(?!\s+(?:\d|ال|من\s|علي\s|{_MON}|{_HMON}))"
)
def _ar_ago_one(m: re.Match, c: _Ctx) -> Cand | None:
    unit = {"يوم": "D", "اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y"}[m["su"]]
    if c.pub is None:
        return Cand(*_span(m), "DATE", None, None, "ago")
    v, g = _shift(c.pub, 1, unit, -1)
    return Cand(*_span(m), "DATE", v, g, "ago")


@rule(
    rf"{_B}{_CL}(?P<x>(?:(?P<n>{_NUM_AR})\s+(?P<u>{_UNIT})|(?:ال)?(?P<dual>{_DUAL})"
    rf"|(?P<u2>الايام|الاسابيع|الاشهر|الشهور|السنوات|الاعوام|الساعات|الدقايق|العقود|القرون)\s+(?P<n2>ال\s*\d+|ال(?:{_NUMW})(?:\s+و(?:ال)?(?:{_NUMW}))*))"
    rf"(?:\s+(?P<rel>الماضيه|المقبله|الاخيره|القادمه|الماضيين|المقبلين|الاخيرين|القادمين|المنصرمه))?){_E}"
)
def _ar_duration(m: re.Match, c: _Ctx) -> Cand | None:
    if m["dual"]:
        unit, n = L.AR_DUAL_UNITS[m["dual"]]
    elif m["u2"]:
        unit, mult = L.AR_UNITS[_PLURAL_UNIT[m["u2"]]]
        digits = re.sub(r"^ال\s*", "", m["n2"])
        words = [w.removeprefix("و").removeprefix("ال") for w in m["n2"].split()]
        parsed = (float(digits), False) if digits.isdigit() else parse_words(words)
        if parsed is None:
            return None
        n = parsed[0] * mult
    else:
        unit, mult = L.AR_UNITS[m["u"]]
        num = _num_value(m["n"])
        if num is None or num == 0:
            return None
        n = num * mult
        if m["n"].strip() in ("واحد", "واحده"):
            return None
    if re.search(r"(?:رقم|المرحله|الفصل)\s*$", c.before(m.start("x"), 10)):
        return None
    if re.search(r"(?<![\w])كل\s+$", c.before(m.start("x"), 6)):
        return Cand(*_span(m), "SET", duration_value(n, unit), None, "set")  # كل 8 أشهر: every 8 months
    return Cand(*_span(m), "DURATION", duration_value(n, unit), None, "duration")


_PLURAL_UNIT = {
    "الايام": "ايام", "الاسابيع": "اسابيع", "الاشهر": "اشهر", "الشهور": "شهور", "السنوات": "سنوات",
    "الاعوام": "اعوام", "الساعات": "ساعات", "الدقايق": "دقايق", "العقود": "عقود", "القرون": "قرون",
}  # fmt: skip


# ---------------------------------------------------------------- decades and centuries

_DECADES = {"عشرين": 2, "ثلاثين": 3, "اربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}
_CENTURIES = {
    "العشرين": 20, "التاسع عشر": 19, "الثامن عشر": 18, "السابع عشر": 17, "السادس عشر": 16,
    "الحادي والعشرين": 21, "الواحد والعشرين": 21,
}  # fmt: skip


@rule(
    rf"{_B}{_CL}(?P<x>(?:ال)?(?P<dec>{_alt(_DECADES)})(?:يات|ات)(?:\s+(?:من\s+)?(?P<c>القرن\s+(?:الماضي|العشرين|المنصرم)))?){_E}"
)
def _ar_decade(m: re.Match, c: _Ctx) -> Cand | None:
    return Cand(*_span(m), "DATE", f"19{_DECADES[m['dec']]}", "unknown", "date")


@rule(rf"{_B}{_CL}(?P<x>(?:ال)?قرن\s+(?P<which>الماضي|المنصرم|الحالي|الجاري|{_alt(_CENTURIES)})){_E}")
def _ar_century(m: re.Match, c: _Ctx) -> Cand | None:
    w = re.sub(r"\s+", " ", m["which"])
    if w in _CENTURIES:
        v: str | None = f"{_CENTURIES[w] - 1:02d}"
    elif c.pub is None:
        v = None
    else:
        v = f"{c.pub.year // 100 - (1 if w in ('الماضي', 'المنصرم') else 0):02d}"
    return Cand(*_span(m), "DATE", v, "unknown", "date")


@rule(r"\b(?P<x>(?:the\s+)?(?P<d>(?:1[5-9]|20)\d)0s)\b")
def _en_decade(m: re.Match, c: _Ctx) -> Cand | None:
    return Cand(m.start("d"), m.end("x"), "DATE", m["d"], "unknown", "date")


# ---------------------------------------------------------------- Arabic: times of day


@rule(
    rf"{_B}{_CL}(?P<x>(?:تمام\s+)?(?:(?:ال)?ساعه\s+)?(?:(?P<hw>{_HOUR})|(?P<hd>\d{{1,2}})(?:\s*[:.]\s*(?P<mi>\d{{2}}))?)"
    rf"(?P<frac>\s+(?:و|الا\s+)?(?:النصف|الربع|نصف|ربع|ربعا|ثلث))?"
    rf"(?:\s+و\s*(?P<mn>\d{{1,2}}|{_MINUTE})\s+(?:دقايق|دقيقه))?"
    rf"(?:\s+(?:من\s+)?(?P<dp>{_DAYPART})(?:\s+(?P<dd>اليوم|امس|الامس|غد|الغد|{_WD}))?)?"
    rf"(?:\s+(?:ب)?توقيت\s+(?P<tz>{_TZ}))?){_E}"
)
def _ar_clock(m: re.Match, c: _Ctx) -> Cand | None:
    core = m.group("x")
    has_sa = "ساعه" in core.split(m["hw"] or m["hd"])[0]
    if m["hd"] and m["mi"] is None and not has_sa:
        return None
    if m["hd"] and m["mi"] is not None and not has_sa and not (m["dp"] or m["tz"]) and ":" not in core:
        return None
    if m["hw"] and not (has_sa or m["dp"]):
        return None
    h = L.AR_HOURS[re.sub(r"\s+", " ", m["hw"])] if m["hw"] else int(m["hd"])
    mi = int(m["mi"]) if m["mi"] else 0
    if m["mn"]:
        mi = int(m["mn"]) if m["mn"].isdigit() else L.AR_MINUTES[re.sub(r"\s+", " ", m["mn"])]
    if h > 24 or mi > 59:
        return None
    if m["frac"]:
        f = m["frac"]
        q = 30 if "نصف" in f else 20 if "ثلث" in f else 15
        if "الا" in f:
            h, mi = (h - 1) % 24, 60 - q
        else:
            mi = q
    if m["dp"] and L.AR_DAYPARTS.get(re.sub(r"\s+", " ", m["dp"])) and h < 12:
        h += 12
    tz = L.TZ.get(re.sub(r"\s+", " ", m["tz"])) if m["tz"] else None
    v = f"T{h:02d}:{mi:02d}{tz or ''}"
    if m["dd"] and c.pub is not None:
        if m["dd"] in L.AR_WEEKDAYS:
            day = _weekday(c.pub, L.AR_WEEKDAYS[m["dd"]], 1 if c.future_before(m.start("x")) else 0)
        else:
            day = (c.pub + timedelta(days={"اليوم": 0, "امس": -1, "الامس": -1}.get(m["dd"], 1))).isoformat()
        v = day + v
    return Cand(*_span(m), "TIME", v, "minute" if mi else "hour", "clock")


# ---------------------------------------------------------------- English


@rule(
    rf"\b(?P<x>(?P<mon>{_EN_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s*(?P<y>(?:1[89]|20)\d\d))?)\b"
)
def _en_month_day(m: re.Match, c: _Ctx) -> Cand | None:
    return _en_date(m, c)


@rule(
    rf"\b(?P<x>(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_EN_MON})\.?(?:\s*,?\s*(?P<y>(?:1[89]|20)\d\d))?)\b"
)
def _en_day_month(m: re.Match, c: _Ctx) -> Cand | None:
    return _en_date(m, c)


def _en_date(m: re.Match, c: _Ctx) -> Cand | None:
    mon = m["mon"]
    if mon in ("may", "march", "mar") and not c.is_upper(m.start("mon")):
        return None
    mo, d = L.EN_MONTHS[mon], int(m["d"])
    if not 1 <= d <= 31:
        return None
    named = L.EN_NAMED_DAYS.get((mo, d))
    if m["y"]:
        v = _safe_date(int(m["y"]), mo, d)
    elif named and re.match(rf"\s*,?\s*(?:{'|'.join(named[1])})", c.norm[m.end("x") : m.end("x") + 30]):
        v = _safe_date(named[0], mo, d)  # the September 11 attacks
    elif c.pub is None:
        v = None
    else:
        tense = c.en_tense_before(m.start("x"))
        v = _safe_date(_nearest_year(c.pub, mo, d, tense == "future", tense == "past"), mo, d)
    end = m.end("x")
    if c.norm[end - 1 : end] == "." and not m["y"]:
        end -= 1
    return Cand(m.start("x"), end, "DATE", v, "day", "date")


@rule(
    rf"\b(?P<x>(?:(?P<rel>last|next|this|early|late|mid|earlier this|later this)[\s-]+)?(?P<mon>{_EN_MON})\.?(?:\s*,?\s*(?P<y>(?:1[89]|20)\d\d))?)\b"
)
def _en_month(m: re.Match, c: _Ctx) -> Cand | None:
    mon = m["mon"]
    if not c.is_upper(m.start("mon")):
        return None
    if not m["y"] and not m["rel"]:
        if mon in L.EN_AMBIGUOUS_MONTHS:
            if not re.search(
                r"\b(?:in|since|until|by|of|during|before|after|from)\s+$", c.before(m.start("x"), 12)
            ):
                return None
    mo = L.EN_MONTHS[mon]
    rel = {"last": -1, "next": 1, "this": 0}.get(m["rel"] or "")
    start = m.start("x") if m["rel"] in ("last", "next", "this") else m.start("mon")
    end = m.end("x")
    if c.norm[end - 1 : end] == "." and not m["y"]:
        end -= 1
    if m["y"]:
        v = f"{int(m['y']):04d}-{mo:02d}"
    elif c.pub is None:
        v = None
    else:
        v = f"{_month_year(c.pub, mo, rel):04d}-{mo:02d}"
    return Cand(start, end, "DATE", v, "month", "date")


@rule(
    r"\b(?:in|since|until|by|from|of|before|after|during|through|to|early|late|mid|year)[\s-]+(?P<x>(?:1[89]|20)\d\d)(?!\s*(?:%|percent|people|troops))\b"
)
def _en_year(m: re.Match, c: _Ctx) -> Cand | None:
    return Cand(*_span(m), "DATE", m["x"], "year", "date")


@rule(
    rf"\b(?P<x>(?:(?P<rel>last|next|this|on)\s+)?(?P<wd>{_EN_WD})(?:\s+(?P<part>morning|afternoon|evening|night))?)\b"
)
def _en_weekday(m: re.Match, c: _Ctx) -> Cand | None:
    start = m.start("x") if m["rel"] not in (None, "on") else m.start("wd")
    if c.pub is None:
        return Cand(start, m.end("x"), "DATE", None, "day", "weekday")
    rel = {"last": -1, "next": 1, "this": None}.get(m["rel"] or "")
    if rel is None:
        rel = 1 if c.future_before(m.start("x")) else 0
    return Cand(start, m.end("x"), "DATE", _weekday(c.pub, L.EN_WEEKDAYS[m["wd"]], rel), "day", "weekday")


@rule(
    r"\b(?P<x>(?P<w>today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night|the day before yesterday|the day after tomorrow)(?:\s+(?:morning|afternoon|evening|night))?)\b"
)
def _en_deictic(m: re.Match, c: _Ctx) -> Cand | None:
    w = m["w"]
    n = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2}.get(w, 0)
    if w == "the day after tomorrow":
        n = 2
    v = (c.pub + timedelta(days=n)).isoformat() if c.pub else None
    return Cand(*_span(m), "DATE", v, "day", "today")


@rule(
    r"\b(?P<x>(?P<rel>last|next|this|earlier this|later this|the past|the coming)\s+(?P<u>week|month|year))\b"
)
def _en_rel_unit(m: re.Match, c: _Ctx) -> Cand | None:
    if m["rel"] in ("the past", "the coming"):
        return None
    gran = m["u"]
    if c.pub is None:
        return Cand(*_span(m), "DATE", None, gran, "rel")
    rel = {"last": -1, "next": 1}.get(m["rel"], 0)
    unit = {"week": "W", "month": "M", "year": "Y"}[gran]
    v, g = _shift(c.pub, abs(rel), unit, rel or 1)
    return Cand(*_span(m), "DATE", v, g, "rel")


@rule(rf"\b(?P<x>(?P<n>{_EN_NUM}|a|an)\s+(?P<u>{_EN_UNIT})s?\s+ago)\b")
def _en_ago(m: re.Match, c: _Ctx) -> Cand | None:
    n = 1.0 if m["n"] in ("a", "an") else _en_num_value(m["n"])
    if n is None:
        return None
    unit, mult = L.EN_UNITS[m["u"]]
    if c.pub is None:
        return Cand(*_span(m), "DATE", None, None, "ago")
    v, g = _shift(c.pub, n * mult, unit if unit != "MIN" else "H", -1)
    return Cand(*_span(m), "DATE", v, g, "ago")


@rule(rf"\b(?P<x>(?P<n>{_EN_NUM})[\s-]+(?P<u>{_EN_UNIT})s?(?:-old)?)\b(?!\s+ago)")
def _en_duration(m: re.Match, c: _Ctx) -> Cand | None:
    n = _en_num_value(m["n"])
    if not n:
        return None
    unit, mult = L.EN_UNITS[m["u"]]
    return Cand(*_span(m), "DURATION", duration_value(n * mult, unit), None, "duration")


@rule(
    r"\b(?P<x>(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?(?:\s*(?P<tz>gmt|utc|edt|est|et|bst|cet))?)(?![\w:])"
)
def _en_clock(m: re.Match, c: _Ctx) -> Cand | None:
    if not (m["ap"] or (m["mi"] and m["tz"]) or (m["mi"] and re.search(r"\bat\s*$", c.before(m.start(), 5)))):
        return None
    if re.search(r"[\u0600-\u06ff]", c.before(m.start(), 20)) and not m["ap"] and not m["tz"]:
        return None
    h, mi = int(m["h"]), int(m["mi"] or 0)
    if h > 24 or mi > 59:
        return None
    ap = (m["ap"] or "").replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    tz = "Z" if m["tz"] in ("gmt", "utc") else ""
    end = m.end("x")
    return Cand(m.start("x"), end, "TIME", f"T{h:02d}:{mi:02d}{tz}", "minute" if mi else "hour", "clock")


# ---------------------------------------------------------------- selection and merging

_GAP_WD_DATE = re.compile(r"^[\s,()\-]*(?:الموافق\s*|,\s*)?$")


def _select(cands: list[Cand]) -> list[Cand]:
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cand] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            kept.append(c)
            last_end = c.end
    return kept


def _merge(kept: list[Cand], ctx: _Ctx) -> list[Cand]:
    out: list[Cand] = []
    for c in kept:
        if out:
            p = out[-1]
            gap = ctx.norm[p.end : c.start]
            if (
                p.kind in ("weekday", "today")
                and c.kind == "date"
                and c.granularity == "day"
                and _GAP_WD_DATE.match(gap)
            ):
                out[-1] = Cand(p.start, c.end, "DATE", c.value, "day", "date")
                continue
            if p.kind == "date" and p.granularity == "day" and c.kind == "clock" and len(gap) <= 12:
                if p.value and c.value and len(p.value) == 10:
                    c.value = p.value + c.value
            elif p.kind == "clock" and c.kind in ("weekday", "today", "date") and len(gap) <= 8:
                if c.value and p.value and p.value.startswith("T") and len(c.value) == 10:
                    p.value = c.value + p.value
        out.append(c)
    # a clock time right after a day in the same clause takes that day
    for i, c in enumerate(out):
        if c.kind == "clock" and c.value and c.value.startswith("T") and i > 0:
            p = out[i - 1]
            if p.value and len(p.value) == 10 and p.type == "DATE" and c.start - p.end <= 40:
                gap = ctx.norm[p.end : c.start]
                if not re.search(r"[.;?!\n]", gap):
                    c.value = p.value + c.value
    return out


# ---------------------------------------------------------------- gating
# Running ~35 regexes over a whole article costs ~10 ms. Each rule's match must contain a keyword of
# one of its gate classes; one cheap literal scan per class finds those keywords, and the rule runs
# only in windows around them (most of an article never sees most rules).

_UNIT_WORDS = (
    "ساعه ساعات ساعت دقيق دقايق ثانيه ثواني ثوان يوم ايام اسبوع اسابيع شهر اشهر شهور سنه سنوات سنين سنت "
    "عام اعوام عقد عقود قرن قرون"
).split()
_GATES: dict[str, re.Pattern] = {
    "month": re.compile(_MON),
    "hmonth": re.compile(_HMON),
    "weekday": re.compile(_WD),
    "deictic": re.compile(r"اليوم|الليله|هذا\s+ال(?:صباح|مساء)|امس|غد"),
    "unit": re.compile(_alt(_UNIT_WORDS)),
    "hour": re.compile(_HOUR),
    "digit4": re.compile(r"\d{4}"),
    "digitsep": re.compile(r"\d\s*[/\-.:]\s*\d"),
    "decade": re.compile(r"ينات|ينيات|قرن|\d0s"),
    "en": re.compile(
        rf"(?:{_EN_MON}|{_EN_WD}|today|tonight|yesterday|tomorrow|morning|evening|night|ago|last|next"
        rf"|{_EN_UNIT}|a\.?m\b|p\.?m\b|gmt|utc)"
    ),
}
_RULE_GATES: dict[str, tuple[str, ...]] = {
    "_hijri_numeric": ("digitsep",),
    "_greg_numeric_ymd": ("digitsep",),
    "_greg_numeric_dmy": ("digitsep",),
    "_ar_day_range_first": ("month",),
    "_ar_day_month": ("month",),
    "_ar_month": ("month",),
    "_ar_hijri": ("hmonth",),
    "_hijri_year": ("digit4",),
    "_hijri_year_word": ("unit",),
    "_word_year": ("unit",),
    "_ar_year": ("digit4",),
    "_ar_second_year": ("digit4",),
    "_ar_deictic_weekday": ("weekday",),
    "_ar_weekday": ("weekday",),
    "_ar_today": ("deictic",),
    "_ar_yesterday": ("deictic",),
    "_ar_tomorrow": ("deictic",),
    "_ar_rel_unit": ("unit",),
    "_ar_ago_one": ("unit",),
    "_ar_ago": ("unit",),
    "_ar_duration": ("unit",),
    "_ar_clock": ("hour", "unit", "digitsep"),
    "_ar_decade": ("decade",),
    "_ar_century": ("decade",),
    "_en_decade": ("decade",),
}
_BEFORE, _AFTER = 70, 90  # window around a gate keyword


def _windows(hits: list[int], n: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for p in sorted(hits):
        lo, hi = max(0, p - _BEFORE), min(n, p + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def extract_times(
    text: str,
    published: date | None = None,
    normalized: NormalizedText | None = None,
) -> list[Time]:
    """Temporal expressions of ``text`` as ``Time`` spans, resolved against ``published``."""
    nt = normalized or normalize_with_map(text)
    ctx = _Ctx(nt.text, text, nt.offsets, published)
    norm = nt.text
    n = len(norm)
    hits = {name: [m.start() for m in g.finditer(norm)] for name, g in _GATES.items()}
    cands: list[Cand] = []
    for pattern, handler in _RULES:
        classes = _RULE_GATES.get(handler.__name__, ("en",))
        where = [p for cls in classes for p in hits[cls]]
        if not where:
            continue
        for lo, hi in _windows(where, n):
            for m in pattern.finditer(norm, lo, hi):
                if m.end() == hi and hi < n:
                    continue  # cut by the window: not a whole match
                c = handler(m, ctx)
                if c is not None and c.end > c.start:
                    cands.append(c)
    out: list[Time] = []
    for c in _merge(_select(cands), ctx):
        s, e = nt.span_to_original(c.start, c.end)
        surface = text[s:e]
        # take in marks the normalization dropped (the tatweel of هـ, a final tanween)
        while e < len(text) and not text[e].isspace() and not normalize(text[e]):
            e += 1
        surface = text[s:e]
        out.append(Time(start=s, end=e, text=surface, value=c.value, type=c.type, granularity=c.granularity))  # type: ignore[arg-type]
    return out
