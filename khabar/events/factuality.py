"""Polarity and modality cues, and the clause scope they govern.

A cue counts only when it governs the trigger's own clause: it is scanned leftwards from the trigger
and the scan stops at a clause boundary (punctuation, أن/إن/that, بينما/فيما/but/while ...), so
«لم تكشف السلطات هوية الرجلين اللذين اعتقلا» leaves اعتقلا asserted and «وسرعان ما ندد» is not a
negation. Modalities, from the most to the least hypothetical: conditional > possible > alleged >
planned > historical > reported > asserted.
"""

from __future__ import annotations

from khabar.text.normalize import normalize

RANK = ("conditional", "possible", "alleged", "planned", "historical", "reported", "asserted")


def strongest(mods: set[str]) -> str:
    for m in RANK:
        if m in mods:
            return m
    return "asserted"


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


PUNCT_BOUNDARY = frozenset(list(',،;؛:.!?؟«»"“”') + ["-", "–", "—"])  # a parenthesis is transparent

# ---------------------------------------------------------------- Arabic
AR_BOUNDARY = _n(
    "ان أن إن بينما فيما لكن لكنه لكنها ولكن الا إلا حين حيث عندما بعدما كما الذي التي الذين اللذين اللتين اللواتي ثم"
)
AR_NEG = _n("لم لن لا ليس ليست عدم دون بدون")
AR_NEG_MA_BLOCK = _n("سرعان وفق وفقا بحسب حسب مثل كل بعد قبل الى إلى على من عن في نحو بين طالما ربما كلما")
AR_AUX = _n("يتم تتم يكن تكن يعد تعد يكون تكون يكونوا ممكنا بالامكان بالإمكان بعد قد اي أي يجر تجر")
AR_COND = _n("إذا اذا لو لولا حال حالة شرط شريطة إن_لم")
AR_POSS = _n(
    "ربما يحتمل يُحتمل احتمال احتمالات احتمالية الممكن يمكن بالإمكان إمكانية إمكان لعل يرجح المرجح المحتمل محتمل يتوقع"
)
AR_ALLEGED = _n("يشتبه يُشتبه تشتبه اشتبه بزعم يزعم تزعم زعم يدعي تدعي المزعوم المزعومة مزعوم مزعومة ادعاءات")
AR_ALLEGED_RIGHT = _n("المزعوم المزعومة مزعوم مزعومة المزعومين")
AR_PLANNED = _n(
    "قرر قررت قررنا قرروا تقرر سوف المقرر المنتظر المتوقع يعتزم تعتزم عزم عزمه عزمها عزمهما عزمهم ينوي تنوي يخطط تخطط المزمع مزمع المرتقب يرتقب لن "
    "يستعد تستعد يستعدون تستعدان يسعى تسعى يسعون"
)
AR_HIST = _n("كان كانت كانوا كانا كانتا سبق")
AR_ATTR = _n("بحسب حسب حسبما وفق وفقا وفقاً طبقا طبقاً نقلا نقلاً")
AR_REPORT_VERBS = _n(
    "أعلنت أعلن ذكرت ذكر أفادت أفاد افادت افاد نقلت نقل أوردت اورد أوردت قالت قال أكدت أكد أشارت أشار كشفت كشف"
)
AR_SOURCE_NOUNS = _n(
    "وكالة الوكالة صحيفة الصحيفة صحف الصحف مصادر المصادر مصدر المصدر شهود الشهود وسائل التلفزيون تلفزيون "
    "قناة القناة موقع الموقع المرصد مراسل تقارير تقرير التقارير الإعلام اعلام إذاعة الإذاعة محطة ناشطون نشطاء سكان"
)

# ---------------------------------------------------------------- English
EN_BOUNDARY = frozenset(
    "that but while whereas although though because when which who whom where after before since and".split()
)
EN_NEG = frozenset("not never no without neither nor cannot none failed fail fails".split())
EN_AUX = frozenset(
    "be been being yet have has had was were is are ever even also formally officially actually to do does did will "
    "would could can should immediately currently publicly any a an the so far".split()
)
EN_COND = frozenset("if unless".split())
EN_POSS = frozenset("may might could possibly perhaps probably likely possible potentially".split())
EN_ALLEGED = frozenset(
    "allegedly alleged suspected accused allege alleges alleging claimed purportedly charged suspicion".split()
)
EN_PLANNED = frozenset(
    "will 'll shall plans plan planned planning scheduled intends intend intended expected set going willing prepared "
    "ready committed offered offer offers sworn swore vowed vow pledged pledge promised promise agreed "
    "upcoming forthcoming impending proposed".split()
)
EN_HIST = frozenset(["had"])
EN_BE = frozenset("is are was were be".split())
# after an event noun: «زيارة الأسبوع المقبل», "talks next week": the event is to come
AR_FUTURE_RIGHT = _n(
    "المقبل المقبلة القادم القادمة غدا المرتقب المرتقبة المزمع المزمعة المنتظر المنتظرة المرتقبه"
)
EN_FUTURE_RIGHT = frozenset("tomorrow upcoming".split())
EN_NEXT_UNITS = frozenset(
    "week month year weekend monday tuesday wednesday thursday friday saturday sunday".split()
)
EN_SOURCE_NOUNS = frozenset(
    "sources source witnesses witness reports report newspaper agency media website television tv radio reuters "
    "ap afp xinhua tass itar-tass".split()
)
