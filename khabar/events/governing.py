"""Round 12: which cue governs the trigger's own clause, read from where the trigger sits.

The left scan of `modality_ar._ar_left` looks a fixed number of words back and stops at the first clause
word; these rules place a cue by the trigger's position relative to it instead:

- the clause of a verb after a plan cue and أن («من المقرر أن يشرف ... لإنجاز أعمال الإغاثة») runs to the
  clause's end however long its complements, so an event deep inside it is planned, also inside a report;
- an event noun whose predicate is a participle of scheduling («والزيارة مقررة في ...») is planned;
- a verb of commitment or threat governs its بـ + verbal-noun complement («متوعدا بشن هجمات»): planned;
- a purpose clause (كي، لكي، لئلا) is planned;
- a negation that falls on something else leaves the event told: the negated participation of a party in
  an event («لم يحضر توقيع المسودة»، «لم تكن طرفا في المفاوضات»), a negated copula whose predicate ranks
  the event («ليست الزيارة الأولى»), a quantity hedge («ما لا يقل عن 20 قتلوا»);
- كان with a nominal predicate («وكانت الزيارة واحدة من ...») or of possession («كان له تأثير في حسم
  المعارك») is no pluperfect, and سبق + a verbal noun («ممن سبق إطلاق سراحهم») is one;
- a condition opening a quoted sentence or the clause after a colon («وقال: "طالما بقيت ...، ستضطر"»)
  governs that sentence, as a sentence-initial one does.

Each rule has hand-written sentences worded unlike its tuning sentence in
`tests/test_events_factuality_round12.py` (eval/events/README.md, round 12).
"""

from __future__ import annotations

from khabar.events import factuality as F
from khabar.events.triggers import _AR_REL, Trig, _bare
from khabar.text import Token
from khabar.text.lexicon import AR_SPEECH_VERBS
from khabar.text.normalize import normalize

_QUOTE = F.QUOTE_MARKS
_STRONG = frozenset(".؛;!?؟")

# cues whose أن-clause is a plan when its verb is an imperfect: «من المقرر أن»، «يعتزم أن»، «توقع أن»
_AR_PLAN_THAT = F.AR_PLANNED | F._n("توقع توقعت توقعوا يتوقع تتوقع يتوقعون ينتظر تنتظر ينتظرون") - F._n("لن")
_AR_PLAN_VERBS = F._n(
    "توقع توقعت توقعوا يتوقع تتوقع يتوقعون قرر قررت قرروا يعتزم تعتزم يعتزمون ينوي تنوي يخطط تخطط "
    "يريد تريد يريدون يأمل تأمل يأملون وعد وعدت وعدوا تعهد تعهدت تعهدوا اقترح اقترحت يقترح تقترح"
)
# suspicion: its أن-clause is alleged («يشتبه بأن»، «يعتقد أن»)
_AR_SUSPECT_THAT = F._n("يشتبه يُشتبه تشتبه اشتبه يشتبهون المشتبه")
# participles of scheduling, as the predicate or the attribute of an event noun
_AR_SCHEDULED = F._n(
    "مقرر مقررة مقررا المقرر المقررة مرتقب مرتقبة مرتقبا المرتقب المرتقبة مزمع مزمعة المزمع المزمعة "
    "منتظر منتظرة المنتظر المنتظرة متوقع متوقعة المتوقع المتوقعة"
)
_AR_RAPPORTEUR = F._n("الخاص الخاصة الأممي الاممي العام")  # «المقرر الخاص»: a rapporteur
# verbs and participles of commitment and threat: what they bind to is still to come
_AR_COMMIT = F._n(
    "توعد توعدت توعدوا يتوعد تتوعد يتوعدون متوعدا متوعدة متوعدين "
    "وعد وعدت وعدوا واعدا تعهد تعهدت تعهدوا يتعهد تتعهد يتعهدون متعهدا متعهدة "
    "هدد هددت هددوا يهدد تهدد يهددون مهددا مهددة مهددين"
)
_AR_PURPOSE = F._n("كي لكي كيلا لكيلا لئلا")
# taking part: negated, the party stayed out of an event that took place
_AR_PARTAKE = F._n(
    "يحضر تحضر يحضروا يحضرون حضور يشارك تشارك يشاركوا يشاركون مشاركة مشاركته مشاركتها مشاركتهم "
    "يشترك تشترك يشتركوا اشتراك يساهم تساهم يساهموا مساهمة طرفا طرف"
)
_AR_NEG_PART = F._n("لم لا لن ليس ليست عدم")
_AR_COPULA = F._n("يكن تكن يكونوا يكون تكون")
# a predicate that ranks or counts the event among others: «ليست الزيارة الأولى»، «واحدة من»
_AR_RANK_PRED = F._n(
    "الأول الأولى الاول الاولى الأخير الأخيرة الاخير الاخيرة الوحيد الوحيدة الثاني الثانية الثالث الثالثة "
    "الأكبر الأعنف الأخطر الأهم الأبرز الأطول"
)
_AR_NOMINAL_PRED = F._n("واحد واحدة واحدا إحدى احدى جزء جزءا بمثابة أول اول أكبر أهم أبرز")
_AR_POSSESSIVE = F._n("له لها لهم لهما لديه لديها لديهم لدى")
# «ما لا يقل عن»، «لا يزيد على»، «لا يتجاوز»: a bound on a number, no negation of an event
_AR_BOUND = F._n("يقل تقل يزيد تزيد يتجاوز تتجاوز يتعدى تتعدى")
_AR_COND_OPEN = F._n("اذا إذا لو طالما حال")


def _prev_word(toks: list[Token], k: int) -> int:
    k -= 1
    while k >= 0 and toks[k].text in _QUOTE:
        k -= 1
    return k


def _next_word(toks: list[Token], k: int) -> int:
    k += 1
    while k < len(toks) and toks[k].text in _QUOTE:
        k += 1
    return k


def _imperfect(w: str) -> bool:
    return len(w) >= 3 and w[:1] in "يتن" and not w.startswith(("تم", "تلك", "تحت"))


def _ar_that_clause(toks: list[Token], words: list[str], t: Trig, past: set[int]) -> str | None:
    """The modality of the cue that governs the أن-clause the trigger lies in, however far from it:
    a plan cue before an imperfect verb (planned: «من المقرر أن يشرف ... لإنجاز أعمال الإغاثة»), a
    suspicion (alleged: «يشتبه بأن الرجلين «قدما مساعدة»»). Quote marks are transparent; punctuation,
    another clause word or a past verb before the trigger end the clause."""
    for k in range(t.a - 1, max(-1, t.a - 40), -1):
        tx = toks[k].text
        if tx in _QUOTE:
            continue
        if tx in F.PUNCT_BOUNDARY or k in past:
            return None
        w = _bare(words[k])
        that = w in ("ان", "أن", "بان", "بأن")
        if that or w in F.AR_BOUNDARY or words[k] in F.AR_BOUNDARY:
            if not that:
                return None
            p = _prev_word(toks, k)
            if p >= 1 and _bare(words[p]) in ("انه", "انها"):
                p -= 1  # «إنه يشتبه بأن»، «أنه من المقرر أن»
            cue = {_bare(words[p]), words[p]} if p >= 0 else set()
            # a verbal cue may have its subject before أن: «وتوقع المسؤول أن»، «وتعتزم الحكومة أن»
            for q in (p - 1, p - 2):
                if q >= 0 and not any(toks[j].text in F.PUNCT_BOUNDARY for j in range(q, k)):
                    if {_bare(words[q]), words[q]} & (_AR_PLAN_VERBS | _AR_SUSPECT_THAT):
                        cue |= {_bare(words[q])}
            n = _next_word(toks, k)
            if cue & _AR_PLAN_THAT and w in ("ان", "أن"):
                return "planned" if n <= t.a and _imperfect(_bare(words[n])) else None
            if cue & _AR_SUSPECT_THAT:
                return "alleged"
            return None
    return None


def _ar_scheduled(toks: list[Token], words: list[str], t: Trig) -> bool:
    """An event noun with a participle of scheduling right after its phrase: «والزيارة مقررة في»،
    «الاجتماع المرتقب»، «زيارة الرئيس المقررة»."""
    if t.kind != "noun":
        return False
    for j in range(t.b + 1, min(len(toks), t.b + 3)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[j])
        if w in _AR_SCHEDULED:
            return not (j + 1 < len(words) and _bare(words[j + 1]) in _AR_RAPPORTEUR)
        if not w.startswith("ال"):
            break  # only a definite genitive may come between
    return _ar_scheduled_far(toks, words, t)


# (round 43) the definite participles of scheduling that may close a longer phrase of the event noun
_AR_SCHEDULED_DEF = F._n("المقرر المقررة المرتقب المرتقبة المزمع المزمعة")
_AR_PHRASE_STOP = F._n("في على من عن الى إلى مع ضد حول خلال بين بعد قبل منذ عبر او أو ثم قد لقد كان كانت")


def _ar_scheduled_far(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 43) A definite participle of scheduling closing the event noun's phrase further on, across
    a genitive chain with names, ل-genitives and a bracketed acronym (no punctuation, preposition, clause
    word or imperfect verb between, at most ten tokens): «اجتماعات اسيان المقررة»، «بعض الاجتماعات
    الوزارية لرابطة دول جنوب شرقي اسيا (اسيان) المقررة الشهر المقبل»; the participle agrees with the
    noun in gender (المقررة after a feminine or plural noun ending in ة / ات, المقرر after another)."""
    head = _bare(words[t.b])
    fem_head = head.endswith(("ه", "ات", "تين", "تان"))
    for j in range(t.b + 1, min(len(toks), t.b + 11)):
        tx = toks[j].text
        if tx in ("(", ")"):
            continue
        if tx in F.PUNCT_BOUNDARY or toks[j].kind != "ar":
            return False
        w = _bare(words[j])
        if w in _AR_SCHEDULED_DEF:
            if j + 1 < len(words) and _bare(words[j + 1]) in _AR_RAPPORTEUR:
                return False
            return w.endswith("ه") == fem_head
        if w in F.AR_BOUNDARY or w in _AR_PHRASE_STOP or w in _AR_SCHEDULED or _imperfect(w):
            return False
    return False


def _ar_commitment(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event completes the بـ + verbal noun complement of a verb of commitment or threat:
    «متوعدا بشن «هجمات أخرى»»، «تعهد بإرسال مساعدات»، «هددت بفرض عقوبات»."""
    k = _prev_word(toks, t.a)
    if k < 0:
        return False
    # the trigger is the verbal noun itself or the object of one
    if normalize(toks[t.a].prefix)[-1:] == "ب" or normalize(toks[t.a].text)[:1] == "ب":
        head = t.a
    elif normalize(toks[k].text).lstrip('«"')[:1] == "ب" and toks[k].kind == "ar":
        head = k
    else:
        return False
    c = _prev_word(toks, head)
    return c >= 0 and toks[c].text not in F.PUNCT_BOUNDARY and bool({words[c], _bare(words[c])} & _AR_COMMIT)


def _ar_purpose(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The trigger is in a purpose clause (كي، لكي، لئلا + an imperfect), within six words."""
    for k in range(t.a - 1, max(-1, t.a - 7), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[k])
        if w in _AR_PURPOSE:
            return True
        if w in F.AR_BOUNDARY:
            return False
    return False


# (round 15) purpose nouns and adverbs: «بغية الوصول إلى المتهمين ... والقبض عليهم»، «بهدف اعتقالهم»
_AR_PURPOSE_NOUN = F._n("بغية بهدف بقصد لغرض بغرض سعيا سعياً هادفا هادفة")
# (round 43) participles and verbs of aiming, read like the purpose nouns (apart from them: the classifier's
# "purpose" feature keeps its list): «الجهود الرامية إلى وقف النار»، «زيارة تهدف لتجديد مساندة». Not «وصولا
# إلى»: it also closes a narrative range («منذ استقالة الوزراء ... وصولا إلى لقائه الأخير», protest B)
_AR_AIM = F._n("الرامية الرامي الراميتين الراميين الرامين تهدف يهدف تهدفان يهدفان الهادفة الهادف الهادفين")
_AR_PURPOSE_OR_AIM = _AR_PURPOSE_NOUN | _AR_AIM


def _ar_purpose_noun(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 15) An event noun in the verbal-noun chain of a purpose word (بغية، بهدف، بقصد، لغرض، سعيا),
    its conjuncts included, within twelve words and no punctuation, clause word or finite verb between:
    the purpose of an act is still to come («شكلت فريقا بغية تحديد هوية الجناة والقبض عليهم»)."""
    if t.kind != "noun":
        return False
    for k in range(t.a - 1, max(-1, t.a - 13), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[k])
        if {w, words[k]} & _AR_PURPOSE_OR_AIM:
            return True
        if w in F.AR_BOUNDARY or w in ("قد", "لقد", "كان", "كانت"):
            return False
        if k < t.a - 1 and toks[k].kind == "ar" and _finite_past(w):
            return False
    return False


def _finite_past(w: str) -> bool:
    """A past verb with a subject suffix (اعتقلت، قاموا، تمكنوا): the purpose chain ends before it."""
    return len(w) >= 4 and w.endswith(("وا", "تم")) and not w.startswith("ال")


_AR_THAT_FORMS = F._n("أن ان أنه انه أنها انها أنهم انهم")


def _ar_whether_future(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 15) A future event inside a «ما إذا / عما إذا» clause, its alternatives after أو / أم
    included («نتابع ما إذا كان المتشددون سيحافظون على صمتهم أو أنهم سيشنون حملة»، «لم يقرر ما إذا كان
    سيحضر القمة»), within 25 words and no punctuation or other clause word between: whether it will happen
    hangs on the open question, conditional."""
    for k in range(t.a - 1, max(0, t.a - 26), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[k])
        if w == "اذا":
            return _bare(words[k - 1]) in ("ما", "عما", "فيما")
        if w in F.AR_BOUNDARY and not (w in _AR_THAT_FORMS and _bare(words[k - 1]) in ("او", "ام")):
            return False
    return False


def _ar_partake_negated(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event is what a party is said not to take part in: «لم يحضر توقيع المسودة»، «الدول التي لم
    تكن طرفا في المفاوضات»، «عدم مشاركتها في الاحتجاجات»: the event took place without it."""
    for k in range(t.a - 1, max(-1, t.a - 5), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[k])
        if w in _AR_PARTAKE:
            p = k - 1
            if p >= 0 and _bare(words[p]) in _AR_COPULA:
                p -= 1
            return p >= 0 and _bare(words[p]) in _AR_NEG_PART
    return False


def _ar_ranked_by_copula(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A negated copula whose subject is the event and whose predicate ranks it: «وليست الزيارة الأولى
    له»، «لم يكن الهجوم الأخير»، «ليست أول زيارة»: the negation falls on the rank."""
    if t.kind != "noun":
        return False
    k = _prev_word(toks, t.a)
    if k >= 0 and _bare(words[k]) in ("أول", "اول", "آخر", "اخر"):
        k = _prev_word(toks, k)
        ranked = True
    else:
        ranked = False
    if k < 0:
        return False
    w = _bare(words[k])
    if not (w in F.AR_NEG_COPULA or (w in _AR_COPULA and k > 0 and _bare(words[k - 1]) in ("لم", "لن"))):
        return False
    if ranked:
        return True
    for j in range(t.b + 1, min(len(toks), t.b + 3)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        wj = _bare(words[j])
        if wj in _AR_RANK_PRED:
            return True
        if not wj.startswith("ال"):
            return False
    return False


# (round 18) an imperfect right after كان makes a past progressive or habitual, no pluperfect: «كانت تطلع
# الجانب الإسرائيلي على ... المفاوضات»، «كان يخفي حزاما استعمله في التفجير»، «كانت تنهال عليهم الضربات»,
# and «كانت ولا تزال تعمل على دعم»: still going on
_AR_STILL = F._n("تزال يزال تزالان يزالان يزالون زالت زال")
_AR_NOT_IMPERFECT = F._n("تركيا تونس تعز تكريت تل تلعفر تايوان تشاد يوم يوما يونيو يوليو يناير")


def _ar_kana_progressive(words: list[str], k: int, t: Trig) -> bool:
    """(round 18) The كان at k is followed by an imperfect verb (or «ولا تزال») before the trigger (not the
    trigger itself: «كانت القوات تقصف» is left to the other rules)."""
    if k + 1 >= t.a:
        return False
    w = words[k + 1]  # not `_bare`: «وكانت فيرغسون شهدت» is a name after كان, no «يرغسون»
    if _bare(w) == "لا" and k + 2 < t.a and _bare(words[k + 2]) in _AR_STILL:
        return True
    return (
        w[:1] in ("ي", "ت")
        and 3 <= len(w) <= 6
        and not (w[:1] == "ت" and len(w) == 5 and w[3] == "ي")  # a verbal noun تفعيل: «تنفيذ»، «تعزيز»
        and not w.startswith(("تم", "تلك", "تحت", "تجاه"))
        and w not in _AR_NOT_IMPERFECT
    )


def _ar_kana_own_imperfect(toks: list[Token], words: list[str], k: int, t: Trig) -> bool:
    """(round 44) The trigger itself is an imperfect verb (its form read from the events lexicon, so no name is
    taken for one) of the clause of the كان at k, at most four words after it and no clause word (أن، الذي ...)
    between: «الذي كان يطالبه بالرحيل»، «بعضهم كان يقاتل في سوريا» are a past progressive or habitual, no
    pluperfect (the guideline's historical is كان قد / كان + a past verb). Not a future form («كان سيقاتل»),
    and not a كان that opens the sentence (the background of «وكان المغرب يرفض منذ وقت طويل», test ar-102)."""
    if t.kind != "verb" or not t.imperfect or t.future or not 0 < t.a - k <= 4:
        return False
    if not any(toks[j].text not in F.PUNCT_BOUNDARY for j in range(k)):
        return False  # «وكان المغرب يرفض منذ وقت طويل الفكرة»: a sentence opened by كان is background
    return not any(words[j] in F.AR_BOUNDARY or words[j][1:] in F.AR_BOUNDARY for j in range(k + 1, t.a))


def _ar_kana_not_pluperfect(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The كان nearest the trigger in its clause is a copula with a nominal predicate («وكانت زيارة الوفد
    إلى طرابلس واحدة من ...») or of possession («كان له تأثير في حسم المعارك»), no pluperfect."""
    for k in range(t.a - 1, max(-1, t.a - 10), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[k])
        if w in ("قد",):
            return False
        if w in F.AR_KANA:
            if k + 1 < len(words) and _bare(words[k + 1]) in _AR_POSSESSIVE:
                return True
            if _ar_kana_progressive(words, k, t):
                return True  # (round 18) «كانت تطلع ... في المفاوضات»: a past progressive
            if _ar_kana_own_imperfect(toks, words, k, t):
                return True  # (round 44) «الذي كان يطالبه بالرحيل»: the trigger itself is the imperfect
            if k + 1 != t.a or t.kind != "noun":
                return False
            for j in range(t.b + 1, min(len(toks), t.b + 8)):
                if toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) == "قد":
                    return False
                if {words[j], _bare(words[j])} & _AR_NOMINAL_PRED:
                    return True
            return False
    return False


def _ar_sabaqa_masdar(toks: list[Token], words: list[str], t: Trig) -> bool:
    """سبق + a verbal noun: it happened before («ممن سبق إطلاق سراحهم»، «سبق اعتقاله»)."""
    k = _prev_word(toks, t.a)
    return t.kind == "noun" and k >= 0 and _bare(words[k]) in ("سبق", "ممن_سبق") and k == t.a - 1


def _ar_bound_only(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The only negation word left of the trigger in its clause bounds a number: «ما لا يقل عن 20 شخصا
    قتلوا»، «عدد لا يزيد على عشرة»."""
    found = False
    for k in range(t.a - 1, max(-1, t.a - 8), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        w = _bare(words[k])
        if w in ("لا", "لم", "لن", "ليس", "ليست", "عدم", "دون", "بدون"):
            if w == "لا" and k + 1 < len(words) and _bare(words[k + 1]) in _AR_BOUND:
                found = True
                continue
            return False
    return found


def _ar_opened_condition(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The trigger follows a condition that opens the sentence after a colon or an opening quote
    («وقال: "طالما بقيت العقوبات ...، ستضطر إيران إلى تقديم التنازلات"»), or a sentence-initial طالما:
    the condition governs its protasis and the apodosis up to the end of that sentence."""
    for k in range(t.a - 1, -1, -1):
        tx = toks[k].text
        if tx in _STRONG or tx in ("»", "”"):
            return False
        if tx == ":" or tx in ("«", "“") or (tx == '"' and k + 1 < len(toks)) or k == 0:
            o = k + 1 if (tx == ":" or tx in _QUOTE) else k
            while o < t.a and toks[o].text in _QUOTE:
                o += 1
            if o >= t.a:
                return False
            w = normalize(toks[o].text).lstrip("وف")
            w = w or normalize(toks[o].text)
            if k == 0 and o == 0:
                return w == "طالما"  # other sentence-initial conditions are read by `mark_factuality`
            if w in ("اذا", "لو", "طالما"):
                return True
            if w == "في" and o + 1 < len(words) and _bare(words[o + 1]) in ("حال", "حاله"):
                return True
            if tx == ":":
                return False
    return False


def _ar_apodosis(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The trigger is in the apodosis (فإن، فلن، فسوف، فسـ) of a condition (لو، إذا، طالما) opened
    earlier in the same sentence, also after a clause word: «لأنه لو لم تكن هناك قواعد ... فإن تركيا لن
    تقصف»، «وأضاف أنه إذا استمر القصف فلن تشارك المعارضة في المفاوضات»."""
    apod = -1
    for k in range(t.a - 1, max(-1, t.a - 30), -1):
        tx = toks[k].text
        if tx in _STRONG or tx == ":":
            return False
        w = words[k]
        if apod < 0:
            if w[:1] == "ف" and (
                w in ("فان", "فانه", "فانها", "فلن", "فسوف", "فقد") or w[1:2] == "س" and _imperfect(w[2:])
            ):
                apod = k
            continue
        b = _bare(w)
        if b in ("لو", "طالما", "اذا"):
            before = _bare(words[k - 1]) if k > 0 else ""
            # «حتى لو»، «وإن»، «كما لو»: a concession or a comparison has no apodosis; «ما إذا»: whether
            return before not in ("حتي", "كما", "ما", "وحتي")
    return False


_AR_LIGHT_MASDAR = F._n(
    "تنفيذ شن إجراء اجراء عقد تنظيم القيام بدء البدء استئناف"
)  # (round 13) «لبدء محادثات»


# (round 44) an invitation or a call as a noun: what it invites to is still to come
_AR_INVITATION = F._n("دعوة الدعوة بدعوة بالدعوة دعوته دعوتها بدعوته بدعوتها")
_AR_LIGHT_OR_LI = _AR_LIGHT_MASDAR | F._n("لعقد لإجراء لتنظيم")  # the light noun before the invited event


def _ar_invited(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 44) The event noun is the لـ / إلى complement of an invitation noun at most nine words before it,
    its addressee or inviter between («وجه الرئيس دعوة رسمية لخادم الحرمين الشريفين الملك سلمان لزيارة
    مصر»، «رحبت القيادة بدعوة مصر إلى عقد اجتماع»): planned. One light noun (عقد، إجراء ...) may come between
    the لـ / إلى and the event; no punctuation, clause word or other verb between."""
    raw = normalize(toks[t.a].text)
    if t.a < 2 or (t.kind != "noun" and raw not in _AR_LIGHT_MASDAR and raw[1:] not in _AR_LIGHT_MASDAR):
        return False  # a noun, or a light noun merged with its event («عقد اجتماع»)
    k = _prev_word(toks, t.a)
    if k >= 0 and raw[:1] != "ل" and normalize(toks[k].text) in _AR_LIGHT_OR_LI:
        raw = normalize(toks[k].text)  # «إلى عقد اجتماع»، «لعقد اجتماع»
        k = _prev_word(toks, k)
    if raw[:1] != "ل" or raw[:2] == "ال":
        if k < 0 or _bare(words[k]) not in ("الي", "إلى"):
            return False
        k -= 1
    for j in range(k, max(-1, t.a - 11), -1):
        if toks[j].text in F.PUNCT_BOUNDARY or words[j] in F.AR_BOUNDARY or words[j][1:] in F.AR_BOUNDARY:
            return False
        w = normalize(toks[j].text)
        if w in _AR_INVITATION or (w[:1] == "و" and w[1:] in _AR_INVITATION):
            return True
    return False


# (round 44) verbs and nouns of tasking or directing someone with an act: what they task with is still to come
_AR_TASK = F._n(
    "كلف كلفت كلفوا يكلف تكلف كلفه كلفها كلفهم تكليف بتكليف أوعز اوعز أوعزت اوعزت يوعز وجه وجهت يوجه توجه"
)
_AR_TASK_DIRECT = F._n(
    "وجه وجهت يوجه توجه"
)  # «وجه» also directs a blow or an accusation: its ب must be its own
_AR_DIRECTED_OBJ = F._n(
    "اتهام اتهامات الاتهام الاتهامات تهمة تهم التهمة التهم انتقاد انتقادات ضربة ضربات تهديد تهديدات رسالة "
    "رسائل دعوة الدعوة نداء كلمة إنذار انذار تحذير تحذيرا"
)
_AR_ISSUE_MASDAR = F._n("إصدار اصدار تنفيذ إجراء اجراء فتح")


def _ar_tasked(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 44) The event is the بـ-complement of a verb or noun of tasking (كلف، تكليف، أوعز; وجه when no
    blow, accusation or message is its object) at most five words before it: «كلف الأجهزة الأمنية بإصدار أوامر
    اعتقال»، «وجهت هيئة التحقيق والادعاء العام بالتحقيق في القضية»: what it tasks with is planned. The بـ is on
    the event or on a light noun of issuing at most two words before it; no punctuation or clause word between."""
    raw = normalize(toks[t.a].text)

    def has_bi(j: int) -> bool:
        return "ب" in normalize(toks[j].prefix) or (_bare(words[j])[:1] == "ب" and len(words[j]) > 3)

    head = raw if raw in _AR_TASK else (raw[1:] if raw[:1] in "وف" and len(raw) > 3 else raw)
    if (
        head in _AR_TASK
        and t.b > t.a
        and has_bi(t.b)
        and not any(toks[j].text in F.PUNCT_BOUNDARY for j in range(t.a, t.b))
    ):
        # the tasking verb merged with the act it tasks with: «وجهت هيئة التحقيق والادعاء العام بالتحقيق»
        return not (
            head in _AR_TASK_DIRECT and any(_bare(words[q]) in _AR_DIRECTED_OBJ for q in range(t.a + 1, t.b))
        )
    if t.a < 2 or (t.kind != "noun" and raw not in _AR_LIGHT_MASDAR and raw[1:] not in _AR_LIGHT_MASDAR):
        return False
    b = t.a if has_bi(t.a) else None
    k = t.a
    for _ in range(2):  # «بإصدار أوامر اعتقال»: the light noun and one indefinite head between
        if b is not None:
            break
        k = _prev_word(toks, k)
        if k < 1 or toks[k].text in F.PUNCT_BOUNDARY:
            return False
        w = normalize(toks[k].text)
        if w[:1] == "ب" and w[1:] in _AR_ISSUE_MASDAR:
            b = k
        elif w.startswith("ال"):
            return False
    if b is None:
        return False
    for j in range(b - 1, max(-1, b - 6), -1):
        if toks[j].text in F.PUNCT_BOUNDARY or words[j] in F.AR_BOUNDARY or words[j][1:] in F.AR_BOUNDARY:
            return False
        w = normalize(toks[j].text)
        w0 = w if w in _AR_TASK else (w[1:] if w[:1] in "وف" and len(w) > 3 else w)
        if w0 in _AR_TASK:
            if w0 in _AR_TASK_DIRECT and any(_bare(words[q]) in _AR_DIRECTED_OBJ for q in range(j + 1, b)):
                return False
            return True
    return False


def _ar_purpose_lam(toks: list[Token], words: list[str], t: Trig) -> bool:
    """An event noun after لـ + a light verbal noun of carrying out («لتنفيذ حملة اختطاف»، «لشن هجمات»)
    right after another predicate: a purpose, still to come."""
    if t.kind != "noun" or t.a < 2:
        return False
    k = t.a
    for _ in range(3):  # the light noun, or one head noun between: «لتنفيذ حملة اختطاف»
        k = _prev_word(toks, k)
        if k < 1 or toks[k].text in F.PUNCT_BOUNDARY:
            return False
        raw = normalize(toks[k].text)
        if raw[:1] == "ل" and raw[1:] in _AR_LIGHT_MASDAR:
            return toks[k - 1].text not in F.PUNCT_BOUNDARY
        if raw.startswith("ال") or raw in F.AR_BOUNDARY:
            return False  # only an indefinite head noun may come between
    return False


# (round 13) the event is postponed, told after it: «إن زيارة الوزير ... أُجلت»، «المفاوضات أرجئت إلى»
_AR_POSTPONED = F._n("أجلت اجلت تأجلت تأجل أرجئت ارجئت أرجئ ارجئ أرجيء تأخرت")

_AR_AFTER_POSTPONED = F._n("إلى الى حتى بسبب مرة مجددا مجدداً في دون عن من اثر إثر عقب بعد")


def _ar_postponed(toks: list[Token], words: list[str], t: Trig) -> bool:
    """An event noun whose own clause ends in a verb of postponement with no object of its own («إن زيارة
    وزير الخارجية لتركيا أُجلت»، «والمحادثات أرجئت إلى الشهر المقبل»; not «الحرب أجلت الانتخابات»):
    the event is still to come."""
    if t.kind != "noun":
        return False
    n = len(toks)
    for j in range(t.b + 1, min(n, t.b + 11)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[j])
        if w in F.AR_BOUNDARY:
            return False
        if w in _AR_POSTPONED or words[j] in _AR_POSTPONED:
            # no object of its own: the sentence or clause ends, or a preposition or an adverb follows
            if j + 1 >= n or toks[j + 1].text in F.PUNCT_BOUNDARY or toks[j + 1].kind != "ar":
                return True
            nx, raw = _bare(words[j + 1]), normalize(toks[j + 1].text)
            return nx in _AR_AFTER_POSTPONED or (raw[:1] == "ل" and len(raw) > 3)  # «أُجلت لأسباب أمنية»
    return False


def _ar_pronoun_gloss(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A definite event noun alone in parentheses right after a word with a pronoun suffix glosses that
    pronoun («يجب علينا استبداله (الحصار)»، «ندعو إلى وقفها (الغارات)»): it names an event told before, and
    the cue of the verb falls on what is done to it."""
    a, b = t.a, t.b
    if t.kind != "noun" or a < 2 or b + 1 >= len(toks):
        return False
    if toks[a - 1].text != "(" or toks[b + 1].text != ")" or not _bare(words[a]).startswith("ال"):
        return False
    prev = normalize(toks[a - 2].text)
    return toks[a - 2].kind == "ar" and prev.endswith(("ه", "ها", "هم", "هما")) and len(prev) > 3


def adjust(
    toks: list[Token], words: list[str], t: Trig, mods: set[str], lang: str, trigs: list[Trig]
) -> None:
    """Apply the round-12 rules to trigger `t` in place (its `negated` flag and modality set)."""
    if lang != "ar":
        return
    past = {
        u.a
        for u in trigs
        if u.kind == "verb"
        and not u.imperfect
        and not u.future
        and u.a != t.a
        and not _imperfect(_bare(words[u.a]))
    }
    given_assault = t.type == "ASSAULT" and _bare(words[t.a]).startswith(("ال", "لل"))
    inner = _ar_that_clause(toks, words, t, past)
    if inner == "alleged":
        mods.add("alleged")
    elif not given_assault and (inner == "planned" or _ar_commitment(toks, words, t)):
        mods.discard("historical")
        mods.add("planned")
    if (
        _ar_scheduled(toks, words, t)
        or _ar_purpose(toks, words, t)
        or _ar_postponed(toks, words, t)
        or (not mods - {"reported"} and not t.negated and _ar_purpose_noun(toks, words, t))
    ):
        mods.discard("historical")
        mods.add("planned")
    if _ar_partake_negated(toks, words, t) or _ar_ranked_by_copula(toks, words, t):
        t.negated = False
        t.cue_placed = True
    if not t.negated and _ar_bound_only(toks, words, t):
        t.cue_placed = True
    if "historical" in mods and (
        _ar_kana_not_pluperfect(toks, words, t) or _ar_kana_time_setting(toks, words, t)
    ):
        mods.discard("historical")
    if _ar_pronoun_gloss(toks, words, t):
        mods -= {"possible", "planned", "conditional"}
        t.negated = False
        t.cue_placed = True
    if _ar_sabaqa_masdar(toks, words, t):
        mods.add("historical")
    if "conditional" not in mods and (_ar_opened_condition(toks, words, t) or _ar_apodosis(toks, words, t)):
        mods.add("conditional")
    if "planned" in mods and "conditional" not in mods and _ar_whether_future(toks, words, t):
        mods.add("conditional")
    if (
        not mods - {"reported", "historical"}
        and not t.negated
        and (
            _ar_purpose_lam(toks, words, t)
            or _ar_invited(toks, words, t)
            or _ar_tasked(toks, words, t)
            or _ar_proposed(toks, words, t)
            or _ar_separated_call(toks, words, t, trigs)
        )
    ):
        mods.add("planned")


def _quote_opens(toks: list[Token], b: int, a: int) -> bool:
    """(round 13) The only boundary between a governor ending at b and the event at a is a quote mark that
    opens at most two words before the event, with the governor's object between («حث الرئيس على «رفع القيود»»، "urged
    them to “lift the ban”"): the quotation is the governor's complement."""
    marks = [k for k in range(b + 1, a) if toks[k].text in F.PUNCT_BOUNDARY]
    return (
        a - b <= 8
        and len(marks) == 1
        and toks[marks[0]].text in ("«", '"', "“")
        and a - marks[0] <= 3  # «وقف الهجمات»، "استئناف المفاوضات": the quotation's first words
    )


_AR_TO = F._n("الى إلى الي")


def _ar_complement_after_commas(toks: list[Token], b: int, a: int, others: set[int]) -> bool:
    """(round 42) The event at ``a`` is in the complement of the demand verb ending at ``b`` across an
    appositive or vocative stretch set off by commas («وطالب المتظاهرون، الرئيس ...، وحكومة الوحدة الوطنية،
    والأجهزة الأمنية بالإسراع في إطلاق سراح»): every mark between is a comma, the complement word (بـ + a
    word, or إلى) comes at most four words after the last comma and the event at most three words after it,
    within 24 tokens of the verb; no other event and no clause word (أن، الذي، حيث ...) between, and no
    complement word before the first comma (the demand's own complement is there already)."""
    if a - b > 24:
        return False
    marks = [k for k in range(b + 1, a) if toks[k].text in F.PUNCT_BOUNDARY]
    if not marks or any(toks[k].text not in (",", "،") for k in marks):
        return False
    last = marks[-1]

    def head(k: int) -> bool:
        w = normalize(toks[k].text)
        w = w[1:] if w[:1] in "وف" and w[1:2] == "ب" else w
        return toks[k].kind == "ar" and ((w[:1] == "ب" and len(w) > 3) or w in _AR_TO)

    # the complement came before the first comma («مطالبين بحريتهم ...، انتهى الأمر، ... إلى»)
    if any(head(k) for k in range(b + 1, marks[0])):
        return False
    c = next((k for k in range(last + 1, min(a, last + 4) + 1) if head(k)), None)
    if c is None or a - c > 3:
        return False
    return not any(
        k in others or (toks[k].kind == "ar" and _bare(toks[k].norm) in F.AR_BOUNDARY)
        for k in range(b + 1, c)
    )


def _ar_bi_complement(toks: list[Token], b: int, a: int) -> bool:
    """(round 22) The event at ``a`` is the بـ-complement of the threat verb ending at ``b``: the event word
    itself or the verbal noun right before it bears ب, at most five words after the verb («وهددوا برفضه»،
    «وهدد بشكل غير مباشر بتنفيذ هجمات»); not a noun deeper in the complement («هدد باستخدام حق النقض ضد
    الرفض»: what the veto would stop stays possible)."""
    if a - b > 5:
        return False

    def bi(k: int) -> bool:
        w = normalize(toks[k].text)
        w = w[1:] if w[:1] in "وف" and w[1:2] == "ب" else w
        return w[:1] == "ب" and len(w) > 3 and toks[k].kind == "ar"

    return bi(a) or (a - 1 > b and bi(a - 1))


def _ar_new_speech_clause(tok: Token) -> bool:
    """A verb of saying with the conjunction و («وقالت»، «وأكد»): it opens a clause of its own, so a complement
    after it is its content, not that of a governing verb before it («ونفت الوزارة التقارير وقالت إن قوات الأمن
    اعتقلت»: the arrest is said, not denied)."""
    if tok.kind != "ar":
        return False
    w = normalize(tok.text)
    return w[:1] == "و" and w[1:] in AR_SPEECH_VERBS


def _ar_conj_word(tok: Token) -> bool:
    """A word bearing the conjunction و: split off by the tokenizer, or left on a word of four letters or
    more («وخروج»، «وضبط»)."""
    raw = normalize(tok.text)
    return tok.kind == "ar" and (normalize(tok.prefix)[:1] == "و" or (raw[:1] == "و" and len(raw) >= 4))


def _ar_demand_list_conjunct(toks: list[Token], b: int, a: int) -> bool:
    """(round 45) The event at ``a`` is a later item of the list of demands of the demand verb ending at ``b``
    («يطالبون بضرورة تمليك الأراضي والسماح لهم بتراخيص المباني وإلغاء الأحكام العسكرية والإفراج»، «دعا إلى
    فتح المعابر ووقف إغلاق القطاع ... والإفراج»، «وطالب المتظاهرون بـ«إقالة ... وخروج ... وإطلاق سراح»),
    beyond the twelve words or across the quote mark or comma that end the governor's reach otherwise: the
    complement (بـ + a word, or إلى) comes at most three words after the verb, the event word bears و, and
    walking from the complement to it every و-word comes at most nine words after the one before; between,
    no clause word but a relative pronoun, no negation, and no punctuation but a comma right before a و-word
    and a quote mark opening right after the complement word; within 40 words of the verb."""
    if a - b > 40 or not _ar_conj_word(toks[a]):
        return False

    def head(k: int) -> bool:
        w = normalize(toks[k].text)
        w = w[1:] if w[:1] in "وف" and w[1:2] == "ب" else w
        return toks[k].kind == "ar" and (w[:1] == "ب" or w in _AR_TO)

    c = next((k for k in range(b + 1, min(a, b + 4)) if head(k)), None)
    if c is None:
        return False
    last = c
    for k in range(c + 1, a + 1):
        tok = toks[k]
        if k - last > 9:
            return False
        if tok.text in F.PUNCT_BOUNDARY:
            if tok.text in (",", "،") and k + 1 < len(toks) and _ar_conj_word(toks[k + 1]):
                continue
            if tok.text in ("«", '"', "“") and k == c + 1:
                continue
            return False
        if tok.kind != "ar":
            continue
        w = _bare(tok.norm)
        if (w in F.AR_BOUNDARY and w not in _AR_REL) or w in F.AR_NEG:
            return False
        if _ar_conj_word(tok):
            last = k
    return True


# (round 45) the prepositions of time that set an event as the time of a state («أثناء المواجهات»، «وقت
# الانفجار»، «منذ القبض»)
_AR_TIME_SETTING = F._n("أثناء اثناء منذ خلال وقت إبان ابان طيلة طوال")


def _ar_kana_time_setting(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 45) The event noun is the time of a state told with a copula كان: right after a preposition of
    time (`_AR_TIME_SETTING`), the nearest كان at most ten words back with no sentence punctuation, no «قد»
    and no clause word (أن، الذي، حيث ...) between, and the كان's predicate no verb («وكان حاضرا وقت
    الانفجار»، «كان زعيما للجيش أثناء المواجهات»، «كانوا وقت القصف نائمين»، «وكان رد الفيفا أمس على فضيحة
    تعصف به منذ القبض»): the state is the background, the event took place. Not «وكان المعلم يتحدث خلال
    زيارة»، «الذي كان حذر من ... خلال زيارة» (a verb predicate: the pluperfect background)."""
    a = t.a
    if t.kind != "noun" or a < 2 or toks[a - 1].kind != "ar" or t.head is not None or t.lead is not None:
        return False  # not a noun merged into a verb's trigger («اصيبوا ... خلال صدامات»)
    if words[a - 1] not in _AR_TIME_SETTING and _bare(words[a - 1]) not in _AR_TIME_SETTING - {"قت"}:
        return False  # «وقت» is no و + «قت»
    for k in range(a - 2, max(-1, a - 12), -1):
        if (
            toks[k].text in ".;:!?؛؟"
            or toks[k].kind == "punct"
            and toks[k].text not in (",", "،", "«", "»", "\u2060")
        ):
            return False
        w = _bare(words[k])
        if w == "قد" or (w in F.AR_BOUNDARY and w not in F.AR_KANA):
            return False
        if w in F.AR_KANA:
            return not _ar_kana_verb_predicate(toks, words, k, a - 1)
    return False


def _ar_kana_verb_predicate(toks: list[Token], words: list[str], k: int, end: int) -> bool:
    """(round 45) The كان at k has a verb predicate before `end`: an imperfect in the three words after it
    («كان المعلم يتحدث»، «كان زوجها يقود»), a past verb ending ـوا anywhere before `end`, or a word right after
    it that is neither definite, nor an accusative or feminine noun, nor the head of a construct before a definite
    word («كان حذر من»; not «كان رد الفيفا»، «كان حاضرا»)."""
    for j in range(k + 1, min(end, k + 4)):
        w = _bare(words[j])
        if toks[j].kind == "ar" and len(w) >= 4 and w[:1] in "يتن" and not w.startswith("ال"):
            return True
    # a past verb with a plural subject ending («كان سبعة من عناصر الشرطة اصيبوا»)
    for j in range(k + 1, end):
        w = _bare(words[j])
        if toks[j].kind == "ar" and len(w) >= 4 and w.endswith("وا") and not w.startswith("ال"):
            return True
    if k + 1 >= end or toks[k + 1].kind != "ar":
        return False
    w = words[k + 1]
    raw = normalize(toks[k + 1].text)
    if w.startswith("ال") or raw[-1:] in ("ا", "ة", "ه", "ى") or w in _AR_POSSESSIVE:
        return False
    return not (k + 2 < end and words[k + 2].startswith("ال"))


# (round 45) nouns of proposing or planning: what they propose is still to come
_AR_PROPOSAL = F._n(
    "اقتراح الاقتراح اقتراحه اقتراحها اقتراحا مقترح المقترح مقترحه مقترحها مقترحا "
    "خطة الخطة خطته خطتها خططا مبادرة المبادرة مبادرته مبادرتها مبادرات"
)


# prepositions and particles that begin with ب / ل: no complement of the proposal («رفضت الخطة بسبب اعتقال»)
_AR_BL_FUNCTION = F._n(
    "بسبب بشأن بخصوص بحق بعد بين بدون بلا بينما بفعل بموجب بحسب بناء بالرغم برغم لدى لصالح لكن لأن لان "
    "لعدم بعدم لمدة لمواجهة"
)


def _ar_proposed(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 45) The event noun is the بـ / لـ complement of a noun of proposing or planning (`_AR_PROPOSAL`),
    the بـ / لـ on the event or on the verbal noun right before it, the proposal noun at most three words
    before that word, its owner between («وطرح الوزير اقتراحه بإحياء التعاون»، «تتضمن خطة لدعم»، «مقترح
    الحكومة بمنح»): planned. No punctuation or clause word between."""
    if t.kind != "noun" or t.a < 2 or toks[t.a].kind != "ar":
        return False

    def bi_li(k: int) -> bool:
        w = normalize(toks[k].text)
        w = w[1:] if w[:1] == "و" and len(w) > 4 else w
        return (
            toks[k].kind == "ar"
            and w[:1] in ("ب", "ل")
            and w[:2] != "لل"
            and len(w) >= 4
            and w not in _AR_BL_FUNCTION
        )

    p = t.a if bi_li(t.a) else _prev_word(toks, t.a)
    if p < 1 or not bi_li(p):
        return False
    for j in range(p - 1, max(-1, p - 4), -1):
        if toks[j].text in F.PUNCT_BOUNDARY or toks[j].kind != "ar" or _bare(words[j]) in F.AR_BOUNDARY:
            return False
        w = normalize(toks[j].text)
        if w in _AR_PROPOSAL or (w[:1] == "و" and w[1:] in _AR_PROPOSAL):
            return True
    return False


# (round 50) verbs and participles of calling and appealing, and of promising or ordering, with their complement (بـ / إلى +
# a verbal noun) after the addressee or the subject («داعيًا الجميع إلى التعاون»، «وناشد "بسام" وأسرته، ولاة
# الأمور ... بسرعة إلقاء القبض»، «وعد وزير الدفاع القبرصى ...، بمساندة الأكاديمية»)
_AR_CALL_VERBS = F._n(
    "دعا دعت دعوا يدعو تدعو يدعون تدعوان يدعوان داعيا داعية داعين "
    "ناشد ناشدت ناشدوا يناشد تناشد يناشدون مناشدا مناشدة مناشدين "
    "طالبت طالبوا يطالب تطالب يطالبون تطالبان يطالبان مطالبا مطالبين "
    "حث حثت حثوا يحث تحث يحثون حاثا"
)
_AR_PROMISE_VERBS = F._n(
    "وعد وعدت وعدوا واعدا تعهد تعهدت تعهدوا يتعهد تتعهد يتعهدون متعهدا متعهدة "
    "توعد توعدت توعدوا يتوعد تتوعد يتوعدون متوعدا متوعدة "
    "أمر أمرت أمروا يأمر تأمر يأمرون"
)
# (round 50) ب-words that are no verbal-noun complement: «بأنه»، «بحسب»، «بسبب»، «بشأن» ...
_AR_BI_FUNCTION = F._n(
    "بأن بان بأنه بانه بأنها بانها بأنهم بانهم بأنهما بحسب بسبب بشأن بشان بين بينما بعد بعض بلا بدون بموجب "
    "بفضل بواسطة بخصوص بناء بالنسبة بجانب بالقرب بهما بهم بها بكل بكافة بنحو بمثابة بهذا بهذه بذلك بتلك"
)
# (round 50) what makes أمر a noun before it: «وهذا أمر عادي»، «هو أمر طبيعي»، «أي أمر»
_AR_NOUN_BEFORE_AMR = F._n("هذا هذه ذلك تلك هو هي أي كل وهو")
# (round 50) verbs of issuing: «أصدر أمر»، «صدر أمر ملكي بالعفو» is the order noun, its act told as issued
_AR_ISSUE_VERBS = F._n("أصدر اصدر أصدرت اصدرت صدر صدرت يصدر تصدر إصدار اصدار")


def _ar_complement_head(toks: list[Token], k: int) -> str:
    """(round 50) How the word at k opens a complement: "b" for بـ + a word («بمساندة»، «بسرعة»), "to" for
    إلى / الى; "" otherwise."""
    if toks[k].kind != "ar":
        return ""
    w = normalize(toks[k].text)
    w = w[1:] if w[:1] in "وف" and w[1:2] == "ب" else w
    if w in _AR_BI_FUNCTION:
        return ""
    if w[:1] == "ب" and len(w) > 3 and not toks[k].prefix:
        return "b"
    if normalize(toks[k].prefix)[-1:] == "ب":
        return "b"
    return "to" if w in _AR_TO else ""


def _ar_separated_call(toks: list[Token], words: list[str], t: Trig, trigs: list[Trig]) -> bool:
    """(round 50) The event is the complement of a verb or participle of calling, appealing or promising
    (`_AR_CALL_VERBS`: بـ or إلى; `_AR_PROMISE_VERBS`: بـ) with the addressee or the subject between them, commas
    allowed («داعيًا الجميع إلى التعاون مع رجال الأمن»، «وناشد ...، ولاة الأمور والمسؤولين والجهات المختصة
    بسرعة إلقاء القبض»، «بينما وعد وزير الدفاع القبرصى كريستوفوروز فوكايديز، بمساندة الأكاديمية»): still to
    come. The trigger is the complement word, the verbal noun right after it or the noun after that (an
    indefinite head between: «بسرعة إلقاء القبض»); the verb at most fourteen words before the complement, no
    punctuation but quote marks, a parenthesis and commas before a و-conjunct or the complement, no clause
    word, negation, verb trigger, إلى or ب-word between (a ب-word at most two words after the verb is a
    name: «دعا مسعود بارزاني»، «وناشد "بسام"»); no ب-word of `_AR_BI_FUNCTION` («بأنه»، «بحسب») is a
    complement, and أمر after a verb of issuing, a demonstrative or a pronoun is a noun. A و-conjunct is no
    verb trigger."""
    if toks[t.a].kind != "ar" or t.a < 2:
        return False
    c = -1
    for k in range(t.a, max(-1, t.a - 3), -1):
        if toks[k].kind != "ar":
            break
        kind = _ar_complement_head(toks, k)
        if (kind == "to" and k < t.a) or kind == "b":
            c = k
            break
        if k < t.a and toks[k].text.startswith("ال"):
            break  # only an indefinite head (a construct) between the complement word and the event
    if c < 0 and _ar_conj_word(toks[t.a]) and t.kind != "verb":
        # a و-conjunct of the complement is a verbal noun (not the demand «وطالبت» after «ودعت ... للتنديد»)
        c = _ar_complement_list_start(toks, words, t.a)  # «بتتبع المتحرشين والقبض عليهم»
        c = -1 if c == t.a else c
    if c < 1:
        return False
    c = _ar_complement_list_start(toks, words, c)
    kind = _ar_complement_head(toks, c)
    verbs = {u.a for u in trigs if u.kind == "verb" and u is not t}
    n = 0
    skip = False
    bi_at: list[int] = []  # the word counts of other ب-words passed: a name right after the verb only
    for j in range(c - 1, max(-1, c - 30), -1):
        tok = toks[j]
        if tok.text == ")" or skip:
            skip = tok.text != "("  # a parenthesis is passed over: «حزب العمال الكردستاني(بي.كي.كي)»
            continue
        if tok.text in (",", "،"):
            nxt = next((q for q in range(j + 1, c + 1) if toks[q].kind == "ar"), c)
            if nxt != c and not _ar_conj_word(toks[nxt]):
                return False  # a comma closes the clause unless a و-conjunct or the complement follows
            continue
        if tok.text in F.PUNCT_BOUNDARY and tok.text not in ("«", "»", '"', "“", "”"):
            return False
        if tok.kind != "ar":
            continue
        n += 1
        if n > 14:
            return False
        w = normalize(tok.text)
        b = _bare(w)
        if {w, b} & _AR_CALL_VERBS or (kind == "b" and {w, b} & _AR_PROMISE_VERBS):
            if b == "امر" and j > 0 and _bare(words[j - 1]) in _AR_ISSUE_VERBS | _AR_NOUN_BEFORE_AMR:
                return False  # «أصدر أمر ملكي بالعفو»، «وهذا أمر عادي»: the noun
            return all(n - m <= 2 for m in bi_at)
        if words[j] in F.AR_BOUNDARY or b in F.AR_BOUNDARY or b in F.AR_NEG or b in _AR_REL:
            return False
        if j in verbs or _ar_complement_head(toks, j) == "to":
            return False  # another verb, or another complement
        if _ar_complement_head(toks, j):
            bi_at.append(n)
    return False


def _ar_complement_list_start(toks: list[Token], words: list[str], c: int) -> int:
    """(round 50) The first complement word of a list of و-conjuncts that the complement word at c continues
    («إلى إنهاء المناوشات والتصعيد والعودة إلى مائدة المفاوضات»، «بتتبع المتحرشين والقبض عليهم»): a و-word at
    most one word before c (or c itself), and walking back every و-word at most four words after the one
    before it, down to a complement word; no punctuation but a comma right before a و-word, no clause word
    or negation between. c itself when there is none."""
    q = next((k for k in (c, c - 1) if k >= 0 and _ar_conj_word(toks[k])), None)
    if q is None:
        return c
    last = q
    for k in range(q - 1, max(-1, q - 16), -1):
        tok = toks[k]
        if tok.text in (",", "،") and _ar_conj_word(toks[k + 1]):
            continue
        if tok.kind != "ar" or last - k > 4:
            return c
        b = _bare(words[k])
        if b in F.AR_BOUNDARY or b in F.AR_NEG or b in _AR_REL:
            return c
        if _ar_complement_head(toks, k):
            return k
        if _ar_conj_word(tok):
            last = k
    return c
