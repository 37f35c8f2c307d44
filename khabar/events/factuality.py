"""Polarity and modality cues, and the clause scope they govern.

A cue counts only when it governs the trigger's own clause: it is scanned leftwards from the trigger
and the scan stops at a clause boundary (punctuation, أن/إن/that, بينما/فيما/but/while ...), so
«لم تكشف السلطات هوية الرجلين اللذين اعتقلا» leaves اعتقلا asserted and «وسرعان ما ندد» is not a
negation. Modalities, from the most to the least hypothetical: conditional > possible > alleged >
planned > historical > reported > asserted.
"""

from __future__ import annotations

from functools import cache

from khabar.text import lexicon as LEX
from khabar.text.normalize import normalize

RANK = ("conditional", "possible", "alleged", "planned", "historical", "reported", "asserted")


def strongest(mods: set[str]) -> str:
    for m in RANK:
        if m in mods:
            return m
    return "asserted"


@cache  # rules also build small sets inside their loops («F._n("من")»): each is built once
def _n(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


# the quotation marks as tokens (the straight and curly double quotes, the guillemets)
QUOTE_MARKS = frozenset('«»"“”')
PUNCT_BOUNDARY = frozenset(list(',،;؛:.!?؟') + list(QUOTE_MARKS) + ["-", "–", "—"])  # a parenthesis is transparent

# ---------------------------------------------------------------- Arabic
AR_BOUNDARY = _n(
    "ان أن إن بينما فيما لكن لكنه لكنها ولكن الا إلا حين حيث عندما بعدما كما الذي التي الذين اللذين اللتين اللواتي ثم"
)
AR_NEG = _n("لم لن لا ليس ليست عدم دون بدون")
# the particles that negate a verb (لم يوقع، لن يحضر، لا يتضمن)
AR_VERB_NEG = _n("لم لن لا")
# the negated copula «ليس» in its forms (a nominal sentence's negation: «ليست الزيارة الأولى»)
AR_NEG_COPULA = _n("ليس ليست ليسوا")
AR_NEG_MA_BLOCK = _n(
    "سرعان وفق وفقا بحسب حسب مثل كل بعد قبل الى إلى على من عن في نحو بين طالما ربما كلما "
    "إذا اذا"  # «وإذا ما وافقت الحكومة»: an expletive ما after إذا, no negation
)
AR_AUX = _n("يتم تتم يكن تكن يعد تعد يكون تكون يكونوا ممكنا بالامكان بالإمكان بعد قد اي أي يجر تجر")
# words a negation reaches across to its verb or noun: «لم يتم حتى الآن توقيع»، «لا توجد أي مفاوضات»
AR_NEG_SKIP = _n("يوجد توجد هناك ثمة وجود حتى الان الآن اليوم")
# the words that may stand between a negation (or its modal) and the event it negates
AR_NEG_BRIDGE = AR_NEG_SKIP | AR_AUX
# support verbs: a negation of the verb covers the event in its complement, past the subject
# («لم تقم الحكومة بفرض عقوبات»، «لم يعد الجيش يشن»، «لم تتمكن الشرطة من اعتقال»، «لم تشهد المدينة احتجاجات»)
AR_SUPPORT = _n(
    "يقم تقم يقوموا تقوما نقم يقوم تقوم يقومون قيام يعد تعد يعودوا يعودون يتمكن تتمكن يتمكنوا يتمكنون تمكن "
    "يستطع تستطع يستطيعوا يستطيع تستطيع يستطيعون ينجح تنجح ينجحوا نجاح يصدر تصدر يجر تجر يسجل تسجل "
    "يشهد تشهد يحاول تحاول يحاولوا يسع تسع يقدم تقدم يقدموا يلجأ تلجأ قدره قدرته قدرتها قدرتهم "
    "يرى ترى نرى يتح تتح يتعرض تتعرض تعرض يلتزم تلتزم يلتزمون يلتزموا يحصل تحصل يحصلوا "
    "يسمح تسمح يسمحوا يسمحون تسمحا "  # «لم تسمح السلطات للمتظاهرين بتنظيم مظاهرة»
    "يجرؤ تجرؤ يجرؤوا يجرؤون يجرؤا "  # (round 14) «لم يجرؤ الوزير على قطع الدعم»: did not dare, did not do
    "الق ألق يلق تلق نلق يلقوا "  # (round 26) «لم ألق القبض على زعيم القاعدة»: the light verb of القبض
    "نسعى يسعى تسعى يسعون"  # (round 26) «لا نسعى لتطبيق ذلك من خلال تأييد مجموعات»: not sought, not done
)
# negated, these verbs leave their أن complement undone: «لا يقبل أن يتنازل»، «لم يستطع أن يوقع»
AR_NEG_CONTROL = _n(
    "يقبل تقبل يقبلون يستطيع تستطيع يستطع تستطع يريد تريد نريد أريد يرغب ترغب يحاول تحاول يجوز ينوي تنوي "
    "يتمكن تتمكن يوافق توافق يسمح تسمح "
    "يمكن يمكنه يمكنها يمكنهم يمكننا يمكنني"  # (round 14) «لا يمكن أن نوقع»، «لا يمكنها أن تفرض»: cannot
)
AR_NEG_SCOPE = _n("لم لن لا ليس ليست عدم دون بدون")
AR_ANY = _n("أي اي أية ايه")
# verbs and phrases whose complement does not take place: «امتنعت عن فرض»، «استبعد شن»، «بدلا من التفاوض»
AR_NONFACT_NEG = _n(
    "امتنع امتنعت امتنعوا يمتنع تمتنع يمتنعون امتناع الامتناع تراجع تراجعت تراجعوا يتراجع تتراجع "
    "استبعد استبعدت استبعدوا يستبعد تستبعد يستبعدون استبعاد بدلا عوضا "
    # impossible: «يتعذر وصول المساعدات»، «استحال إجراء الانتخابات»، «تعذر عقد الاجتماع»
    "تعذر يتعذر تتعذر تعذرت استحال يستحيل تستحيل استحالت استحالة تعذر"
)
# ... or takes place later: «أرجأت الحكومة المحادثات»، «تأجيل الزيارة»
AR_NONFACT_PLAN = _n(
    "أرجأ أرجأت أرجأوا يرجئ ترجئ إرجاء أجل أجلت أجلوا يؤجل تؤجل تأجيل "
    "أرجئت أرجئ تأجلت تأجل"  # (round 13) the passive and the reflexive: «أرجئت الجولة الثانية من مفاوضات»
)
AR_COND = _n("إذا اذا لو لولا حال حالة شرط شريطة إن_لم")
AR_POSS = _n(
    "يدرس تدرس يدرسون ندرس "  # considering: «تدرس الحكومة فرض عقوبات»
    "يجب ينبغي يتعين يتوجب لابد بد يحاول تحاول يحاولون يحاولان حاول حاولت حاولوا حاولا "
    "ربما يحتمل يُحتمل احتمال احتمالات احتمالية الممكن يمكن بالإمكان إمكانية إمكان لعل يرجح المرجح المحتمل محتمل يتوقع "
    "يمكنه يمكنها يمكنهم يمكنهما يمكننا يمكنك بإمكانه بإمكانها بإمكانهم"  # «ويمكنه الآن ... نقل المساعدات»
)
AR_ALLEGED = _n(
    "يشتبه يُشتبه تشتبه اشتبه بزعم يزعم تزعم زعم يدعي تدعي المزعوم المزعومة مزعوم مزعومة ادعاءات "
    "زعمت زعموا يزعمون ادعى ادعت ادعوا يدعون "  # the past and plural of the same verbs
    "يعتقد يُعتقد"  # «ويعتقد أن المتشددين خطفوهم»، «أشلاء يعتقد أنها ناتجة عن تفجير»: it is believed
)
AR_ALLEGED_RIGHT = _n("المزعوم المزعومة مزعوم مزعومة المزعومين")
AR_PLANNED = _n(
    "قرر قررت قررنا قرروا تقرر سوف المقرر المنتظر المتوقع يعتزم تعتزم عزم عزمه عزمها عزمهما عزمهم ينوي تنوي يخطط تخطط المزمع مزمع المرتقب يرتقب لن "
    "يستعد تستعد يستعدون تستعدان يسعى تسعى يسعون سعى سعت سعوا "  # «سعى الانقلابيون إلى اعتقال»
    "يريد تريد يريدون نريد أريد يرغب ترغب يرغبون يأمل تأمل يأملون يطمح تطمح يطمحون نيه نيته نيتها نيتهم "
    "خططت خططوا خططا "  # «خططوا لاغتيال الرئيس»
    "عازمة عازمون عازمين "  # (round 47) «هذه الإدارة عازمة على إغلاق مركز» (not عازم: also a name)
    "يخططون يخططان تخططان ينوون يعتزمون يعتزمان "  # (round 14) the plural imperfect: «كانوا يخططون لهجوم»
    # on the way to, about to, in preparation for, promised, proposed: «تتجه الحكومة إلى فرض»، «بصدد»،
    # «على وشك شن»، «تمهيدا لشن»، «وعد بإرسال»، «تعهد بدعم»، «اقترح عقد اجتماع»
    "تتجه يتجه يتجهون بصدد وشك تمهيدا تمهيد وعد وعدت وعدوا تعهد تعهدت تعهدوا يتعهد تتعهد "
    "اقترح اقترحت اقترحوا يقترح تقترح "
    "استعداد استعداده استعدادها استعدادهم استعدادنا "  # «استعدادهم للبدء بمحادثات»: readiness is a plan
    "يفترض يُفترض المفترض"  # (round 14) «ويفترض أن تنتهي المفاوضات»، «من المفترض أن يصل الوفد»: supposed to
)
AR_KANA = _n("كان كانت كانوا كانا كانتا")  # the forms of كان
AR_HIST = AR_KANA | _n("سبق")
# attribution cues: the shared ones (بحسب، وفقا، نقلا) and the relative «حسبما / بحسبما»
AR_ATTR = LEX.AR_ATTRIBUTION | _n("حسبما بحسبما")
# verbs of a reporting source («أفادت مصادر»، «نقلت وكالة»): the shared reporting verbs (نقلت، ذكرت، أفادت،
# أوردت، أعلنت، قالت) but not their object-pronoun forms (ذكرته، قاله) nor the verbs of publishing (نشرت،
# بثت), which the quotation code reads after «بحسب ما» and this list never had; and more verbs of reporting
AR_REPORT_VERBS = (
    (LEX.AR_REPORT_VERBS - _n("ذكرته أوردته نقلته نشرته قاله قالته نشر نشرت بثت بثته"))
    | _n(
        "أكدت أكد أشارت أشار كشفت كشف "
        "أضاف أضافت "
        "توقعت توقعوا "  # (round 15) «توقعت مصادر تركية فشل المحادثات»: a source's forecast of an event
        "وثق وثقت وثقوا يوثق توثق "  # (round 15) «ووثق المرصد مقتل»، «وثقت الشبكة تنفيذ غارات»: a monitor's record
        "تعزو يعزو عزت عزا "  # «وتعزو مصادر ضعف المقاومة إلى ...»: sources explaining
        # «تحدثت تقارير عن»، «تشير الأنباء إلى»، «تناقلت وسائل الإعلام»، «أوضح مصدر»، «نسبت الصحيفة إلى»
        "تحدثت تحدث تشير يشير تناقلت تداولت أوضح أوضحت نسبت "
        "قالوا أكدوا أفادوا افادوا ذكروا أشاروا أوضحوا "  # (round 12) a plural source before its verb: «شهود قالوا»
        # (round 14) the imperfect of the same verbs: «ويقول سكان: إنهم يسمعون»، «وتفيد مصادر بأن»
        "يقول تقول يقولون تذكر يذكر يذكرون تفيد يفيد يفيدون تؤكد يؤكد يؤكدون تشير يشيرون تضيف يضيف"
    )
)
AR_SOURCE_NOUNS = _n(
    "وكالة الوكالة صحيفة الصحيفة صحف الصحف مصادر المصادر مصدر المصدر شهود الشهود وسائل التلفزيون تلفزيون "
    "قناة القناة موقع الموقع المرصد مراسل تقارير تقرير التقارير الإعلام اعلام إذاعة الإذاعة محطة ناشطون نشطاء سكان "
    "التقرير "  # (round 18) «وأشار التقرير إلى رفض»، «وكشف التقرير عن»: the definite report (تقرير was here)
    "دراسة الدراسة أنباء الأنباء انباء الانباء معلومات المعلومات شاهد طبيون مسعفون المسعفون "
    # news agencies and papers named without وكالة / صحيفة: «قالت رويترز»، «أفادت فرانس برس»
    "رويترز الجارديان الغارديان فرانس برس أسوشيتد الأسوشيتد إنترفاكس تاس نوفوستي "
    "سبوتنيك إرنا واس سانا الأناضول بلومبرغ بلومبيرغ الجزيرة"
)
# (round 13) head stems of reporting sources (`attribution._ar_source_stem`), in any number and state: media
# outlets («المحطة»، «محطتا»، «القناتان»، «قنوات»، «صحيفتها»، «الوكالتين»، «مواقع»، «إذاعة»)، monitors,
# activists, witnesses, correspondents, unnamed sources (also the typo «مصاد»)
AR_SOURCE_STEMS = _n(
    "محط قنا قنو صحيف صحف وكال موقع مواقع اذاع تلفزيون مرصد ناشط نشطاء شاهد شهود مراسل مصدر مصادر مصاد"
)
# (round 40) private people who tell what they saw, witnesses and no officials: «وقالت متظاهرة أخرى «طلب منا
# المغادرة»»، «وقال متظاهر آخر إن الميليشيا هاجمتنا»، «قال أحد الموظفين إن رجال الأمن منعوا». A protester
# only without the article: «وقال المتظاهرون» is the protest itself told (a PROTEST trigger), not a witness
AR_WITNESS_STEMS = _n("موظف")
AR_WITNESS_INDEF_STEMS = _n("متظاهر محتج")
# a rights NGO: «منظمة العفو»، «منظمة هيومن رايتس ووتش»، «الشبكة السورية لحقوق الإنسان»، «منظمة غير حكومية»
AR_NGO_HEADS = _n("منظم شبك رابط جمعي مركز نادي لجن")
AR_NGO_MARKS = _n(
    "العفو هيومن رايتس حقوق الحقوق غير اطباء "
    # (round 14) prisoners' and families' bodies: «نادي الأسير الفلسطيني»، «لجنة أهالي الأسرى»
    "الأسير الأسرى أسرى المعتقلين معتقلين أهالي الأهالي"
)
# (round 15) a news outlet named by a head of the NGO class or «مكتب» and a news word within three words:
# «شبكة حلب نيوز»، «مكتب أخبار سوريا»، «شبكة شام الإخبارية» (not «المكتب الإعلامي للحكومة»: a press office)
AR_MEDIA_HEADS = _n("منظم شبك رابط مركز مكتب")
AR_MEDIA_MARKS = _n("أخبار اخبار نيوز برس ميديا الإخبارية الاخبارية إخبارية اخبارية تايمز بوست news")
# «وفق الاتفاق»، «حسب القانون»، «وفق المواصفات»: وفق/حسب before a rule or a plan attribute nothing
AR_ATTR_NOT_SOURCE = _n(
    "اتفاق الاتفاق اتفاقية الاتفاقية قانون القانون القوانين المادة مادة الخطة خطة المواصفات مواصفات قواعد القواعد "
    "القرار قرار القرارات الشروط شروط النظام نظام الأنظمة أنظمة الإجراءات إجراءات الحالة الحاجة احتياج احتياجات "
    "صلاحيات الدستور المعايير معايير آلية الآلية برنامج البرنامج جدول الجدول الترتيب ضوابط الضوابط تعليمات التعليمات "
    "الأصول الأولويات أولويات التوجيهات توجيهات المبادرة مبادرة الخطوات الاتفاقيات اتفاقيات الأعراف "
    # (round 12) norms and provisions: «وفق قرارات الشرعية الدولية»، «ووفقا لمبدأ»، «وفقا لأحكام النظام»
    "قرارات مبدأ المبدأ مبادئ المبادئ أحكام احكام الأحكام الاحكام بنود البنود نص النص نصوص النصوص "
    "مقتضيات مقتضى متطلبات المتطلبات لوائح اللوائح الشرعية شرعية "
    # (round 15) a vision, a policy or a strategy: «وفق رؤية قيادتي البلدين»، «وفقا لسياسة المملكة»
    "رؤية الرؤية رؤى توجه التوجه توجهات سياسة السياسة سياسات استراتيجية الاستراتيجية إستراتيجية توجيه "
    "وصف وصفه وصفها وصفهم وصفهما تعبير تعبيره تعبيرها تعبيرهم"  # «حسب وصفهم»: as they describe it (not «بحسب قولها»)
)
# a government office that tells of its own operations is an institutional official, no reporting source:
# «أفادت خلية الإعلام الحربي»، «ذكر المكتب الإعلامي للوزارة»
AR_OFFICE_HEADS = _n("خلية خليه المكتب مكتب المركز مركز الدائرة دائرة")
# words of an accusation whose complement (بـ ...، عن ...) is alleged: «الاتهامات بقصف»، «متهم بالتآمر»
AR_ACCUSATION = _n(
    "اتهام الاتهام اتهامات الاتهامات باتهام باتهامات اتهامه اتهامها اتهامهم متهم المتهم متهمة متهمين المتهمين "
    "متهمون المتهمون متهما تهمة بتهمة التهمة تهم بتهم التهم"
)
# «اتهمت إيران بالمسؤولية عن الهجوم», "accused Russia of responsibility for the attack": the part an
# actor played is alleged, the event itself took place
AR_RESPONSIBILITY = _n(
    "المسؤولية مسؤولية بالمسؤولية مسؤوليته مسؤوليتها مسؤوليتهم التورط بالتورط تورط تورطه تورطها الضلوع بالضلوع "
    "ضلوع دور بدور دوره دورها بالوقوف الوقوف وراء المسؤولين المسؤول المسؤولون "
    "تنفيذ بتنفيذ تنفيذه تنفيذها تنفيذهما تنفيذهم بتنفيذه بتنفيذها بتنفيذهما بتنفيذهم"  # «يشتبه في تنفيذهما التفجير»
)
EN_RESPONSIBILITY = frozenset(
    "responsibility responsible involvement involved role complicity behind masterminding orchestrating "
    "masterminded orchestrated carrying perpetrating".split()  # "suspected of carrying out the bombing"
)
# the event noun after these is taken for granted: «لاحتمال فشل المفاوضات»، «لوقف الاشتباكات»
AR_PRESUPPOSE = _n(
    "فشل نجاح انهيار تعثر وقف لوقف انهاء لانهاء نتائج نتيجة تداعيات عواقب "
    # the reasons or circumstances of an event take it as given: «توضيح أسباب الإفراج»، «ملابسات الهجوم»
    "أسباب اسباب سبب دوافع ملابسات ظروف حيثيات خلفيات تفاصيل "
    "رغم برغم الرغم"  # «رغم توقيعها على الاتفاق»: a concession takes the event as given
)
# verbs a negation covers without reaching the event they report: "No group has admitted carrying out the
# attack", «لم تعلن أي جهة مسؤوليتها عن الهجوم»
EN_REPORT_FACTIVE = frozenset(
    "admit admits admitted admitting claim claims claimed claiming confirm confirms confirmed acknowledge "
    "acknowledges acknowledged say says said report reports reported announce announces announced reveal "
    "revealed disclose disclosed explain explained know knew known comment commented identify identified".split()
)

# ---------------------------------------------------------------- English
EN_BOUNDARY = frozenset(
    "that but while whereas although though because when which who whom where after before since and".split()
)
EN_NEG = frozenset("not never no without neither nor cannot none failed fail fails unable".split())
# a clause opened by a negative subject negates its verb: "No one was arrested", "Neither side has agreed"
EN_NEG_SUBJECT = frozenset("no neither nobody none nothing".split())
EN_AUX = frozenset(
    "be been being yet have has had was were is are ever even also formally officially actually to do does did will "
    "would could can should immediately currently publicly any a an the so far able always really just still "
    "necessarily again".split()
)
EN_COND = frozenset("if unless whether".split())
# (word, the word that must follow it or None): its complement does not take place
EN_NONFACT_NEG = {
    **dict.fromkeys("refrain refrained refrains refraining".split(), "from"),
    **dict.fromkeys("avoid avoided avoids avoiding".split(), None),
    "instead": "of",
    "rather": "than",
    "short": "of",  # stopped short of
    **dict.fromkeys("rule ruled rules ruling".split(), "out"),
    # prevented from taking place: "foiled a plot to bomb", "thwarted an attack", "prevented ... from storming"
    **dict.fromkeys(
        "foil foiled foils thwart thwarted thwarts avert averted averts prevent prevented prevents".split(),
        None,
    ),
}
# ... or later: "postponed talks", "delayed the visit"
EN_NONFACT_PLAN = frozenset(
    "postpone postponed postpones postponing delay delayed delays deferred defer".split()
)
EN_POSS = frozenset(
    "may might could possibly perhaps probably likely possible potentially should must ought".split()
)
# an attempt or a need is no deed: "tried to storm", "needs to send" (only with an infinitive)
EN_TRY = frozenset("try tries trying tried attempt attempts attempting attempted need needs".split())
# intention verbs are plans only with an infinitive: "wants to negotiate", not "wants a deal"
EN_INTEND = frozenset(
    "want wants wanted wanting hope hopes hoped hoping seek seeks seeking aim aims aiming wish wishes".split()
)
EN_ALLEGED = frozenset(
    "allegedly alleged suspected accused allege alleges alleging claimed purportedly charged suspicion suspect suspects "
    "pleaded plead pleads".split()
)
EN_PLANNED = frozenset(
    "will 'll shall plans plan planned planning scheduled intends intend intended expected set going willing prepared "
    "prepare prepares preparing poised "
    "ready committed offered offer offers sworn swore vowed vow pledged pledge promised promise agreed "
    "upcoming forthcoming impending proposed willingness readiness".split()
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
    "ap afp xinhua tass itar-tass activists activist residents eyewitnesses eyewitness monitors observatory".split()
)
