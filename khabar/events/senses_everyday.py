"""(round 58) Everyday senses of event words on fresh news, one word each: a department or a sector of
«الاتصالات», a price's support level, a fire brought under control, and an aim whose subject stands between the
verb and the aim. Run by the trigger pass of ``khabar.events.extract`` after ``khabar.events.senses_generic``;
each rule only clears lexicon hits (``info``), it adds none.

Read on the output audit of round 57 (`eval/events/audits/detect57_audit3.tsv`: «مدير عام التسويق والاتصالات»،
«وجد الذهب مستوى دعم»، «تمكنت فرق الدفاع المدني من السيطرة على حريق»، «تستهدف هذه البرامج تنمية إمكانات الطلبة»)
and round 58's (`detect58_audit4.tsv`). None of these forms is in the tuning gold.
"""

from __future__ import annotations

from khabar.events import factuality as F
from khabar.events.senses import ar_lexicon_key
from khabar.events.senses_mishap import _AIMED_AT, _stem
from khabar.text.normalize import normalize

# «مدير عام التسويق والاتصالات»، «العلاقات العامة والاتصالات»: a department or a field joined to «والاتصالات»
# (senses._ar_contacts_sense reads the sector words before it; these are the fields it lacks). Not a kind of
# talks: «بالمشاورات والاتصالات» (gold CONSULT) stays.
_FIELDS = F._n(
    "التسويق تسويق الاعلام اعلام العلاقات العامه التقنيه التكنولوجيا النقل الطاقه المواصلات الاتصال الحاسب "
    "الحاسبات البرمجيات الالكترونيات الاعمال المبيعات"
)
_CONTACTS = F._n("اتصالات")
# «وجد الذهب مستوى دعم»، «مستويات الدعم»، «خط الدعم»: the price level buyers hold (technical analysis)
_PRICE_LEVEL = F._n("مستوي مستويات لمستوي لمستويات خط خطوط نقطه نقاط منطقه")
_BACKING = F._n("دعم الدعم")
# «السيطرة على حريق»، «للسيطرة على النيران»: fire control, no seizure of a place or a group
_CONTROL = F._n("سيطره السيطره")
_FIRE = F._n("حريق الحريق حرائق الحرائق النيران النار نيران اللهب السنه")
# «تستهدف هذه البرامج تنمية»، «وتستهدف آلية عمل الأجندة تطوير»: the subject between the verb and its aim is a
# demonstrative or a plan's noun (a programme, a campaign, a plan), at most three words
_DEMONSTRATIVE = F._n("هذه هذا هاتان هذان تلك ذلك")
_PLAN_NOUNS = F._n(
    "البرنامج البرامج برامج برنامج الحمله الحملات المبادره المبادرات الخطه الخطط الاستراتيجيه المشروع "
    "المشاريع مشاريع الدوره الدورات الفعاليه الفعاليات المسابقه الجائزه الورشه الورش اليه عمل الاجنده المنصه "
    "الخدمه الخدمات المرحله السياسه"
)


# (round 59) «أستاذ علم الاجتماع»، «مدخل علم الإصابات»: a science named after «علم» / «علوم», no meeting, no injury
_SCIENCE = F._n("علم وعلم لعلم بعلم علوم وعلوم لعلوم")
# (round 59) «هاتف سامسونج»، «هاتف طوارئ حرس الحدود»، «شاشة الهاتف»: the device or the line, no call; a device
# or a line word right after it, or a word of the device or of a number right before it
_PHONE = F._n("هاتف الهاتف هواتف الهواتف بالهاتف والهاتف هاتفه هاتفها")
_DEVICE_AFTER = F._n(
    "سامسونج ابل ايفون الايفون جالكسي غالاكسي نوكيا هواوي سوني ذكي الذكي ذكيه الذكيه محمول المحمول جوال الجوال "
    "نقال النقال ارضي الارضي طوارئ الطوارئ مجاني المجاني رقم الرقم الخلوي خلوي الثابت ثابت"
)
_DEVICE_BEFORE = F._n("شاشه رقم ارقام جهاز اجهزه بطاريه كاميرا تطبيق تطبيقات سعر اسعار مبيعات صناعه شراء")
# (round 59) «دعم الطاقة»، «دعم الوقود والكهرباء»: a state's subsidy of a good, no act of support
# (round 59) «ويدين النجم بالفضل لـ»، «دين ندين به لله»: to owe, no condemnation (which is «تدين بشدة / بأشد»);
# «زرع يدين»: two hands
_OWE = F._n("يدين ندين تدين ادين ويدين وندين وتدين")
_OWED = F._n("بالفضل بالولاء بالكثير بالشكر بالجميل بالعرفان بالامتنان")
_HANDS_BEFORE = F._n("زرع زراعه بين دين")
_SUBSIDISED = F._n("الطاقه الوقود المحروقات الكهرباء البنزين الديزل السلع الخبز المياه الغاز")


def _word(tok) -> str:
    return normalize(tok.text) if tok.kind == "ar" else ""


def _ar_department_contacts(toks: list, info: list) -> None:
    """(round 58) «والاتصالات» joined to a field right before it («التسويق والاتصالات») is a department or a
    sector, no contacts."""
    for i, t in enumerate(toks):
        if i == 0 or t.kind != "ar" or not info[i][0]:
            continue
        if ar_lexicon_key(info, i) not in _CONTACTS or not normalize(t.text).startswith("و"):
            continue
        if _word(toks[i - 1]) in _FIELDS or _stem(toks[i - 1]) in _FIELDS:
            info[i] = ([], False, "")


def _ar_price_support(toks: list, info: list) -> None:
    """(round 58) دعم right after a price level («مستوى دعم»، «مستويات الدعم»، «خط الدعم») is no SUPPORT."""
    for i, t in enumerate(toks):
        if i == 0 or t.kind != "ar" or not any(e.type == "SUPPORT" for e in info[i][0]):
            continue
        if _word(t) in _BACKING and _word(toks[i - 1]) in _PRICE_LEVEL:
            info[i] = ([], False, "")


def _ar_fire_control(toks: list, info: list) -> None:
    """(round 58) السيطرة with «على» and a fire word in the two words after it («السيطرة على حريق هائل»،
    «للسيطرة على النيران») is putting out a fire, no COERCE."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or not any(e.type == "COERCE" for e in info[i][0]) or _stem(t) not in _CONTROL:
            continue
        if i + 2 < n and _word(toks[i + 1]) == normalize("على") and _stem(toks[i + 2]) in _FIRE:
            info[i] = ([], False, "")


def _ar_aim_past_subject(toks: list, info: list) -> None:
    """(round 58) استهدف with its subject between it and an aim of ``senses_mishap._AIMED_AT`` («تستهدف هذه البرامج
    تنمية»): the subject is a demonstrative or a plan's noun, one to three words, no punctuation; no ASSAULT.
    (Round 56's ``_ar_aim_and_caution`` reads the word right after the verb only.)"""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or not any(e.type == "ASSAULT" for e in info[i][0]):
            continue
        if "ستهدف" not in ar_lexicon_key(info, i):
            continue
        k = i + 1
        while k < n and k <= i + 3 and (_word(toks[k]) in _DEMONSTRATIVE or _stem(toks[k]) in _PLAN_NOUNS
                                        or _word(toks[k]) in _PLAN_NOUNS):  # fmt: skip
            k += 1
        if k == i + 1 or k >= n or toks[k].text in F.PUNCT_BOUNDARY:
            continue
        if _stem(toks[k]) in _AIMED_AT or _word(toks[k]) in _AIMED_AT:
            info[i] = ([], False, "")


def _ar_one_word_senses(toks: list, info: list) -> None:
    """(round 59) Three one-word senses: an event noun with ال right after «علم / علوم» is a science («علم
    الاجتماع»، «علم الإصابات»); a CONSULT hit on هاتف with a device or line word right after it or a device word
    right before it is a phone («هاتف سامسونج»، «هاتف طوارئ»، «شاشة الهاتف»); دعم right before a subsidised good
    («دعم الطاقة»، «دعم الوقود») is a subsidy; يدين with «بالفضل» (three words on) or «به لله», or after «زرع /
    بين / دين», is owing or two hands, no ACCUSE."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or not info[i][0]:
            continue
        w = _word(t)
        prev = _word(toks[i - 1]) if i > 0 else ""
        prev_stem = _stem(toks[i - 1]) if i > 0 and toks[i - 1].kind == "ar" else ""
        nxt = _word(toks[i + 1]) if i + 1 < n else ""
        types = {e.type for e in info[i][0]}
        if prev in _SCIENCE and w.lstrip("و").startswith("ال"):
            info[i] = ([], False, "")
        elif "CONSULT" in types and w in _PHONE and (nxt in _DEVICE_AFTER or prev in _DEVICE_BEFORE or prev_stem in _DEVICE_BEFORE):
            info[i] = ([], False, "")
        elif "SUPPORT" in types and w in _BACKING and nxt in _SUBSIDISED:
            info[i] = ([], False, "")
        elif "ACCUSE" in types and w in _OWE and (
            prev in _HANDS_BEFORE
            or any(_word(toks[k]) in _OWED for k in range(i + 1, min(n, i + 4)))
            or (nxt in F._n("به بها له") and i + 2 < n and _word(toks[i + 2]) == normalize("لله"))
        ):
            info[i] = ([], False, "")



# (round 60) five senses that recur on the output audits of rounds 56-59, one word each:
# «إثر عارض صحي»: a health condition, no objection
_AILMENT = F._n("صحي صحيه صحيا مرضي")
# «سيطرة كتلة هوائية حارة على أجواء»، «وسيطرت أسهم شركات السماد على التداول»: the weather or the market
# dominates, nobody seizes anything (the subject right after the word)
_CONTROL_FORMS = F._n("سيطره سيطرت تسيطر يسيطر")
_NOT_AGENT = F._n("كتله كتل اجواء رياح سحب امطار غبار منخفض مرتفع موجه اسهم سهم الاسهم")
# «تظاهرة علمية ضخمة»، «تظاهرة ثقافية»: a festival or a fair, no demonstration
_DEMO_FORMS = F._n("تظاهره التظاهره")
_FAIR_KIND = F._n(
    "علميه ثقافيه رياضيه فنيه اقتصاديه تراثيه سياحيه ادبيه فكريه شبابيه تجاريه تسويقيه ترفيهيه اعلاميه "
    "تعليميه طبيه صحيه سينمائيه مسرحيه موسيقيه معرفيه"
)
# «ثورة الاتصالات»، «عصر الاتصالات»: telecommunication, no contacts; «يليه "الاتصالات" بنسبة 2.02»: a sector
# of the stock market
_TELECOM_AGE = F._n("ثوره عصر ثورات")
_BY_RATE = F._n("بنسبه بنحو")
# «عدد العمليات التي جرت عبر المصارف»: bank transactions, no operation of force
_OPERATIONS = F._n("عمليات العمليات")
_BANKING = F._n(
    "المصارف مصارف البنوك بنوك المصرفيه مصرفيه البنكيه بنكيه الصراف الصرافات الصرف السحب الايداع الدفع "
    "البيع الشراء التحويل التحويلات"
)


def _next_word(toks: list, i: int) -> str:
    """The next Arabic word after i, past quote marks («"الاتصالات" بنسبة»)."""
    for k in range(i + 1, min(len(toks), i + 3)):
        if toks[k].kind == "ar":
            return normalize(toks[k].text)
        if toks[k].text not in ('"', "»", "«", "”", "“"):
            return ""
    return ""


def _ar_recurring_senses(toks: list, info: list) -> None:
    """(round 60) Five one-word senses: عارض with «صحي» after it is an ailment (no REJECT); سيطرة / سيطرت with
    an air mass or shares as its subject right after it is the weather or the market (no COERCE / ASSAULT);
    تظاهرة with a kind of fair after it («علمية»، «ثقافية») is a festival (no PROTEST); الاتصالات after «ثورة /
    عصر» or before «بنسبة» is telecommunication (no CONSULT); العمليات with a banking word in the five words
    after it (no punctuation) is bank transactions (no ASSAULT)."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or not info[i][0]:
            continue
        w = _word(t).lstrip("و")
        stem = _stem(t)
        nxt = _next_word(toks, i)
        nxt_stem = _stem(toks[i + 1]) if i + 1 < n and toks[i + 1].kind == "ar" else ""
        prev = _word(toks[i - 1]) if i > 0 else ""
        types = {e.type for e in info[i][0]}
        if "REJECT" in types and stem == normalize("عارض") and nxt in _AILMENT:
            info[i] = ([], False, "")
        elif types & {"COERCE", "ASSAULT"} and w in _CONTROL_FORMS and (nxt_stem in _NOT_AGENT or nxt in _NOT_AGENT):
            info[i] = ([], False, "")
        elif "PROTEST" in types and (w in _DEMO_FORMS or stem in _DEMO_FORMS) and nxt in _FAIR_KIND:
            info[i] = ([], False, "")
        elif "CONSULT" in types and ar_lexicon_key(info, i) in _CONTACTS and (prev in _TELECOM_AGE or nxt in _BY_RATE):
            info[i] = ([], False, "")
        elif "ASSAULT" in types and w in _OPERATIONS:
            for k in range(i + 1, min(n, i + 6)):
                if toks[k].text in F.PUNCT_BOUNDARY:
                    break
                if toks[k].kind == "ar" and (_word(toks[k]) in _BANKING or _stem(toks[k]) in _BANKING):
                    info[i] = ([], False, "")
                    break

def ar_everyday_senses(toks: list, info: list) -> None:
    """(round 58) The sense rules of this module, in turn, on one sentence's lexicon hits ``info``."""
    _ar_one_word_senses(toks, info)  # (round 59)
    _ar_department_contacts(toks, info)
    _ar_price_support(toks, info)
    _ar_fire_control(toks, info)
    _ar_aim_past_subject(toks, info)
    _ar_recurring_senses(toks, info)  # (round 60)
