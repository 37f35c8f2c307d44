"""Words of the temporal grammar, in ``khabar.text.normalize`` form (ة->ه, ى->ي, أ/إ/آ->ا, ئ->ي).

Kept apart from the grammar so the word lists can be read and extended without touching regexes.
"""

from __future__ import annotations

from khabar.text.lexicon import AR_SPEECH_VERBS, EN_SPEECH_VERBS

# Gregorian months: Egyptian/Gulf names, Levantine/Iraqi names, Maghreb names.
AR_MONTHS: dict[str, int] = {
    "يناير": 1, "كانون الثاني": 1, "جانفي": 1,
    "فبراير": 2, "شباط": 2, "فيفري": 2,
    "مارس": 3, "اذار": 3,
    "ابريل": 4, "نيسان": 4, "افريل": 4,
    "مايو": 5, "ايار": 5, "ماي": 5,
    "يونيو": 6, "يونيه": 6, "حزيران": 6, "جوان": 6,
    "يوليو": 7, "يوليه": 7, "تموز": 7, "يوليوز": 7, "جويليه": 7,
    "اغسطس": 8, "اب": 8, "غشت": 8, "اوت": 8,
    "سبتمبر": 9, "ايلول": 9, "شتنبر": 9,
    "اكتوبر": 10, "تشرين الاول": 10,
    "نوفمبر": 11, "تشرين الثاني": 11, "نونبر": 11,
    "ديسمبر": 12, "كانون الاول": 12, "دجنبر": 12,
}  # fmt: skip
# Month names that are also common words (مارس "he practised", آب "father", نيسان a car maker):
# only taken with a day, a year, شهر, or a relative modifier.
AR_AMBIGUOUS_MONTHS = {"مارس", "اب", "نيسان", "ماي", "اوت", "جوان"}

# Days that name one historical event in Arab news: written without a year they mean that event's
# year, not the one nearest publication (ثورة 25 يناير is 2011-01-25 in any article). (month, day) ->
# (year, head words that must stand right before the date).
AR_NAMED_DAYS: dict[tuple[int, int], tuple[int, tuple[str, ...]]] = {
    (9, 11): (2001, ("احداث", "هجمات", "هجوم", "اعتداءات", "تفجيرات", "ضربات")),
    (1, 25): (2011, ("ثوره",)),  # Egypt
    (1, 14): (2011, ("ثوره",)),  # Tunisia
    (12, 17): (2010, ("ثوره",)),  # Tunisia
    (2, 17): (2011, ("ثوره",)),  # Libya
    (6, 30): (2013, ("ثوره",)),  # Egypt
    (7, 23): (1952, ("ثوره",)),  # Egypt
    (7, 14): (1958, ("ثوره",)),  # Iraq
    (9, 26): (1962, ("ثوره",)),  # Yemen
    (6, 5): (1967, ("حرب", "نكسه", "هزيمه")),
    (10, 6): (1973, ("حرب", "نصر", "انتصار", "انتصارات")),
}
# English: "the September 11 attacks".
EN_NAMED_DAYS: dict[tuple[int, int], tuple[int, tuple[str, ...]]] = {
    (9, 11): (2001, ("attack", "hijack", "terror", "commission")),
}

AR_HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4, "ربيع الآخر": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الاخره": 6, "جمادي الاخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}  # fmt: skip
# Hijri months that are also names or words (صفر "zero", رجب and شعبان first names)
AR_AMBIGUOUS_HIJRI = {"صفر", "رجب", "شعبان", "محرم"}

# Monday = 0, as in datetime.weekday()
AR_WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الثلاثاء": 1, "الثلاثا": 1, "الاربعاء": 2, "الاربعا": 2,
    "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}  # fmt: skip
EN_WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
EN_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
EN_AMBIGUOUS_MONTHS = {
    "may",
    "march",
    "mar",
    "jan",
    "dec",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "feb",
    "apr",
}

# Relative modifiers after a noun: -1 past, +1 next, 0 current
AR_REL: dict[str, int] = {
    "الماضي": -1, "الماضيه": -1, "المنصرم": -1, "المنصرمه": -1, "الفايت": -1, "الفايته": -1,
    "السابق": -1, "السابقه": -1, "المنقضي": -1,
    "المقبل": 1, "المقبله": 1, "القادم": 1, "القادمه": 1, "التالي": 1,
    "الجاري": 0, "الجاريه": 0, "الحالي": 0, "الحاليه": 0,
}  # fmt: skip

# Duration units: singular, accusative, dual, plural -> ISO unit letter, multiplier
AR_UNITS: dict[str, tuple[str, float]] = {
    "ثانيه": ("S", 1), "ثواني": ("S", 1), "ثوان": ("S", 1),
    "دقيقه": ("MIN", 1), "دقايق": ("MIN", 1),
    "ساعه": ("H", 1), "ساعات": ("H", 1),
    "يوم": ("D", 1), "يوما": ("D", 1), "ايام": ("D", 1),
    "اسبوع": ("W", 1), "اسبوعا": ("W", 1), "اسابيع": ("W", 1),
    "شهر": ("M", 1), "شهرا": ("M", 1), "اشهر": ("M", 1), "شهور": ("M", 1),
    "سنه": ("Y", 1), "سنوات": ("Y", 1), "سنين": ("Y", 1), "عام": ("Y", 1), "عاما": ("Y", 1),
    "اعوام": ("Y", 1),
    "عقد": ("Y", 10), "عقود": ("Y", 10), "قرن": ("Y", 100), "قرون": ("Y", 100),
}  # fmt: skip
AR_DUAL_UNITS: dict[str, tuple[str, float]] = {
    "ثانيتين": ("S", 2), "دقيقتين": ("MIN", 2), "دقيقتان": ("MIN", 2), "ساعتين": ("H", 2), "ساعتان": ("H", 2),
    "يومين": ("D", 2), "يومان": ("D", 2), "اسبوعين": ("W", 2), "اسبوعان": ("W", 2),
    "شهرين": ("M", 2), "شهران": ("M", 2), "سنتين": ("Y", 2), "سنتان": ("Y", 2),
    "عامين": ("Y", 2), "عامان": ("Y", 2), "عقدين": ("Y", 20), "عقدان": ("Y", 20), "قرنين": ("Y", 200),
}  # fmt: skip
EN_UNITS: dict[str, tuple[str, float]] = {
    "second": ("S", 1), "minute": ("MIN", 1), "hour": ("H", 1), "day": ("D", 1), "week": ("W", 1),
    "fortnight": ("D", 14), "month": ("M", 1), "year": ("Y", 1), "decade": ("Y", 10), "century": ("Y", 100),
}  # fmt: skip

AR_HOURS: dict[str, int] = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6,
    "السابعه": 7, "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11, "الثانيه عشره": 12,
}  # fmt: skip
# part of day -> whether it moves hours 1..11 to the afternoon
AR_DAYPARTS: dict[str, bool] = {
    "صباحا": False, "صباح": False, "فجرا": False, "فجر": False, "ظهرا": True, "ظهر": True,
    "عصرا": True, "عصر": True, "مساء": True, "مساءا": True, "ليلا": True, "بعد الظهر": True,
    "مغرب": True, "المغرب": True, "الظهر": True, "العصر": True,
}  # fmt: skip
# minutes said in words after the hour: «الساعة السابعة وخمس دقائق»
AR_MINUTES: dict[str, int] = {
    "خمس": 5, "خمسه": 5, "عشر": 10, "عشره": 10, "خمس عشره": 15, "عشرين": 20, "خمس وعشرين": 25,
    "ثلاثين": 30, "خمس وثلاثين": 35, "اربعين": 40, "خمس واربعين": 45, "خمسين": 50, "خمس وخمسين": 55,
}  # fmt: skip

# Time zones: offset or None when the zone has seasonal changes we do not model
TZ: dict[str, str | None] = {
    "غرينتش": "Z", "غرينيتش": "Z", "جرينتش": "Z", "جرينيتش": "Z", "gmt": "Z", "utc": "Z",
    "مكه المكرمه": "+03:00", "مكه": "+03:00", "الرياض": "+03:00", "السعوديه": "+03:00",
    "بغداد": "+03:00", "موسكو": "+03:00", "الدوحه": "+03:00", "الكويت": "+03:00",
    "ابوظبي": "+04:00", "دبي": "+04:00", "الامارات": "+04:00",
    "القدس": None, "القاهره": None, "بيروت": None, "دمشق": None, "واشنطن": None,
}  # fmt: skip

# Words after سـ that are not future verbs (سياسة, سيارة, ستة, سنة ...): prefixes of normalized words
NOT_FUTURE_PREFIXES = (
    "سياس", "سيار", "سيد", "سيطر", "سينا", "سيول", "سيف", "سينم", "سيري", "سيبير", "سيم", "سيي",
    "سته", "ستين", "ستون", "ستار", "ستوك", "ستاد", "ستر", "سنه", "سنو", "سنين", "سنغ", "سنت", "سند",
    "سنا", "سنع", "ستيف", "سيك", "سيت", "سيج", "سنك",
)  # fmt: skip

# Ordinal day numbers: الثامن عشر من أغسطس
_ORD_UNITS = {
    "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9,
}  # fmt: skip
AR_ORDINAL_DAYS: dict[str, int] = {"الاول": 1, "العاشر": 10, "العشرين": 20, "الثلاثين": 30}
for _w, _n in _ORD_UNITS.items():
    if _n > 1:
        AR_ORDINAL_DAYS[_w] = _n
    AR_ORDINAL_DAYS[f"{_w} عشر"] = 10 + _n
    AR_ORDINAL_DAYS[f"{_w} والعشرين"] = 20 + _n
AR_ORDINAL_DAYS["الحادي والثلاثين"] = 31

# words after اليوم that make it "the day" of something, not today
NOT_TODAY_AFTER = (
    "الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الاخير التالي السابق "
    "الوطني العالمي الدولي العربي الخليجي المفتوح الدراسي الختامي الرياضي الموعود المشهود الاكثر "
    "الذي التي نفسه ذاته الواحد الاخر الاسود الابيض المحدد المقرر المنتظر الطويل الحافل العالميه "
    "الوطنيه المفتوحه"
).split()
# words before اليوم that make it generic
NOT_TODAY_BEFORE = ("عين", "ذلك", "تلك", "نفس", "اخر", "طوال", "طيله", "مدار", "صحيفه", "جريده", "منتصف")
# Speech verbs before which a time word dates the statement, not the event: the past singular forms of the
# commonest shared speech verbs (khabar.text.lexicon, whose sets are in the same normalize form as this
# module) and their English counterparts. Sorted: the pattern built from them sorts by length anyway.
SPEECH_VERBS = sorted(
    AR_SPEECH_VERBS
    & frozenset("قال قالت اعلن اعلنت اكد اكدت ذكر ذكرت افاد افادت اوضح اوضحت صرح صرحت اشار اشارت".split())
) + sorted(EN_SPEECH_VERBS & frozenset("said told announced reported stated added".split()))
