"""Word lists of concepts that several stages use: speech and reporting verbs, attribution cues,
heads of organisation names.

Each concept is written here once; a stage that needs a narrower or wider set derives it from these
(union / difference, with the reason next to it) instead of copying it.

Arabic entries are written as they appear and normalized once with ``khabar.text.normalize`` (the
project's one matching normalization). Only ``khabar.text.normalize`` is imported: any stage can use
this module without import cycles or start-up cost.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.text.normalize import normalize


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


@lru_cache(maxsize=50_000)
def strip_conj(word_norm: str) -> str:
    """The normalized word without a leading و or ف (and its ال-less variant is the caller's business):
    how the entries of these lists are looked up after a conjunction («وقال», «فأكد»)."""
    if len(word_norm) > 3 and word_norm[0] in "وف":
        return word_norm[1:]
    return word_norm


# ---------------------------------------------------------------- speech and reporting
# Verbs that introduce reported speech, in the forms news prose uses (past, present, feminine, plural).
AR_SPEECH_VERBS = _norm_set(
    """
    قال قالت قالوا قلن يقول تقول يقولون
    أكد أكدت أكدوا يؤكد تؤكد
    أعلن أعلنت أعلنوا يعلن تعلن
    أشار أشارت أشاروا يشير تشير
    أوضح أوضحت أوضحوا يوضح توضح
    أضاف أضافت أضافوا يضيف تضيف
    نفى نفت نفوا ينفي تنفي
    حذر حذرت حذروا يحذر تحذر
    اعتبر اعتبرت اعتبروا يعتبر تعتبر
    صرح صرحت صرحوا يصرح تصرح
    شدد شددت شددوا يشدد تشدد
    لفت لفتت
    ذكر ذكرت ذكروا يذكر تذكر
    كشف كشفت كشفوا يكشف تكشف
    أفاد أفادت أفادوا يفيد تفيد
    أردف أردفت
    أوضحت بينت بين؟
    نوه نوهت
    رأى رأت يرى ترى
    زعم زعمت ادعى ادعت
    اعترف اعترفت
    تابع تابعت يتابع
    أبلغ أبلغت
    أفصح أفصحت يفصح تفصح
    توقع توقعت رجح رجحت
    نبه نبهت ينبه تنبه
    استدرك استدركت أصر أصرت
    قالا أكدا أوضحا أشارا أضافا ذكرا اعتبرا نفيا حذرا كشفا قالتا أكدتا أوضحتا أشارتا أضافتا
    أفيد قيل يقال أشيع يشاع أعلن؟
    """.replace("بين؟", "").replace("أعلن؟", "")
)
# Attribution cues before a source: "بحسب وزارة الصحة"، "وفقا لرويترز"، "نقلا عن مصادر".
AR_ATTRIBUTION = _norm_set("بحسب حسب وفق وفقا وفقاً طبقا نقلا نقلاً")
# The verbs between an attribution cue and its source: "بحسب ما نقلت وكالة تاس".
AR_REPORT_VERBS = _norm_set(
    "نقلت نقل ذكرت ذكر ذكرته أفادت أفاد أوردت أورد نشرت نشر أعلنت أعلن قالت قال أوردته نقلته نشرته بثت بثته قاله قالته"
)
# English verbs that introduce reported speech, as written (lower case).
EN_SPEECH_VERBS = frozenset(
    """
    said says say told tells warned warns added adds stated states announced announces explained explains
    noted notes claimed claims insisted insists argued argues declared declares denied denies confirmed
    confirms acknowledged acknowledges admitted admits asserted asserts stressed stresses emphasized
    reported reports wrote writes asked asks answered answers replied replies continued continues
    cautioned cautions predicted predicts estimated said, tweeted posted recalled recalls urged urges
    """.split()
)

# ---------------------------------------------------------------- organisations
# Heads of organisation names: "وزارة الخارجية المصرية", "هيئة الهلال الأحمر" (also a body speaking alone:
# "وقالت الوزارة").
AR_ORG_HEADS = _norm_set(
    """
    وزارة الوزارة هيئة الهيئة شركة الشركة وكالة الوكالة مجلس المجلس لجنة اللجنة الجيش جيش الرئاسة رئاسة
    الحكومة حكومة الخارجية الداخلية الدفاع الكرملين منظمة المنظمة جمعية الجمعية إدارة الإدارة نقابة النقابة
    حزب الحزب الأمم الاتحاد اتحاد محكمة المحكمة الشرطة شرطة أمانة الأمانة إمارة الإمارة بلدية البلدية جامعة
    الجامعة مكتب المكتب مديرية المديرية صندوق الصندوق بنك البنك مصرف المصرف قوات القوات حركة الحركة
    البيت الائتلاف ائتلاف التحالف تحالف الحرس مركز المركز مؤسسة المؤسسة النيابة البرلمان برلمان الكونغرس
    البنتاغون الخارجيه برنامج البرنامج المفوضية مفوضية الرابطة رابطة الديوان ديوان السفارة سفارة القيادة قيادة النادي نادي
    المنتخب مستشفى المستشفى جهاز الجهاز التلفزيون الإذاعة الغذاء الدفاع هيئه لجنه مطار المطار دائرة الدائرة صحة
    الشؤون المرصد مرصد
    """
)
# Nouns that head an organisation's name and are never one alone (جامعة مانشستر، وزارة الداخلية): the
# indefinite body nouns of AR_ORG_HEADS, and جماعة / مجموعة, which AR_ORG_HEADS does not have (alone,
# «مجموعة» is as often a group of people, «مجموعة من المواطنين», as a speaking body).
AR_ORG_NAME_HEADS = (
    AR_ORG_HEADS & _norm_set("جامعة وزارة هيئة مجلس شركة منظمة جمعية مؤسسة حركة حزب وكالة مستشفى")
) | _norm_set("جماعة مجموعة")
