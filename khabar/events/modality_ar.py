"""The Arabic side of the sentence factuality pass (``modality.mark_factuality``): the left context of a
trigger's clause (``_ar_left``), a negation further left (``_ar_neg_scope``), a non-factive governor
(``_ar_nonfactive``), and the Arabic factuality rule helpers and word lists only these or the Arabic branch
of ``mark_factuality`` use (fear, negated intent, a will / plan head, failed attempts, police claims,
rumours, ...).

Split out of ``khabar.events.modality`` (which imports from here; this module never imports it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import SimpleNamespace

from khabar.events import factuality as F
from khabar.events import frames
from khabar.events.governing import _AR_AIM, _AR_NOT_IMPERFECT, _AR_PURPOSE_OR_AIM, _ar_conj_word
from khabar.events.governing import _ar_purpose_noun as _governing_purpose_chain
from khabar.events.participants import _AR_ALA_ADVERBIAL
from khabar.events.scope import (
    _AR_CLAUSE_BREAK,
    _AR_DEMONSTRATIVE,
    _AR_FOIL_LINK,
    _AR_FOIL_NOUN,
    _AR_LIKE_THIS,
    _QUOTES,
    _ar_foiled,
    _ar_future_verb,
    _ar_naming,
    _ar_negated_object,
    _ar_negated_receipt,
    _ar_perfect_subject,
    _ar_state_noun,
    _ar_unprevented,
)
from khabar.events.senses import _AR_DENIAL
from khabar.events.setting import _AR_NOT_PURPOSE as _SETTING_NOT_PURPOSE
from khabar.events.setting import away_spans as _setting_away_spans
from khabar.events.triggers import _AR_CAUSE, _AR_ON, _AR_REL, Trig, _bare, _unprep
from khabar.text import lexicon as LEX
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token
from khabar.time import lexicon as TL


def _ar_left(toks, words, c, t: Trig) -> tuple[bool, set[str]]:
    neg = False
    mods: set[str] = set()
    # negation: the particle right before the trigger (auxiliaries such as يتم, يكن, ممكنا between)
    k = c - 1
    skipped = 0
    while k >= 0 and skipped <= 3:
        w = words[k]
        w0 = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        if w0 in _AR_PREP_NEG:
            w0 = "عدم"  # (round 19) «أقر بعدم التوصل لاتفاق»، «لعدم توقيع»: عدم under ب / ل
        if w in F.AR_NEG or w0 in F.AR_NEG:
            neg = True
            if w0 == "لن" or w == "لن":
                mods.add("planned")
            if k > 0 and words[k - 1] in ("ما", "وما") and w0 == "لم":
                mods.add("conditional")  # ما لم: unless
            break
        if w0 == "او" and k >= 2 and _bare(words[k - 2]) in F.AR_VERB_NEG:
            neg = True  # «لم يؤذوا أو يهاجموا»: the negation covers the verbs it coordinates
            break
        if w0 == "ما" and t.kind == "verb" and not t.imperfect:
            prev = words[k - 1] if k > 0 else ""
            prev0 = prev[1:] if prev[:1] in "وف" and len(prev) > 2 else prev
            if prev0 not in F.AR_NEG_MA_BLOCK and prev not in F.AR_NEG_MA_BLOCK:
                neg = True
            break
        if w in F.AR_AUX or w0 in F.AR_AUX:
            skipped += 1
            k -= 1
            continue
        break
    if not neg:
        neg, fut = _ar_neg_scope(toks, words, c)
        if not neg:
            neg, fut = _ar_fused_neg_scope(toks, words, c)  # (round 86, leaks86) «لايمكن»: «لا» + its verb
        if neg and t.kind == "noun" and c > 0 and _ar_told_before(words, c):
            neg = fut = False  # «دون أن يسمي الكوادر المكلفين هذه المفاوضات»: an event told before
        if fut:
            mods.add("planned")
    if not neg and t.kind == "noun" and _ar_negated_conjunct(toks, words, c):
        neg = True  # (round 41) «بعدم التواصل والحوار»، «لم يتم معاقبة رجل الأمن ومحاكمته»
    if not neg and (_ar_negated_intent(toks, words, c) or _ar_fused_negated_intent(toks, words, c)):
        neg = True  # (round 21) «لا يعتزم بدء تحقيقات»، «لا توجد نية للدعوة إلى اجتماع»; (round 88) «لاتنوي إرسال»
        mods.add("planned")
    if not neg and _ar_negated_by_alla(toks, words, t):
        neg = True  # (round 64) «طالبت الحكومة ألا تعتقل»: «ألا» (أن + لا), read on the written token
    if not neg and _ar_negated_intent_past_incise(toks, words, t):
        neg = True  # (round 64) «لا ينوي، في الوقت الحالي، إرسال قوات»
        mods.add("planned")
    if neg and c > 0 and _ar_unprevented(toks, words, c - 1):
        neg = fut = False  # (round 14) «لم تحل العراقيل دون الإفراج»: not prevented, it took place
        mods.discard("planned")
    if not neg and (_ar_negated_object(toks, words, c) or _ar_negated_receipt(toks, words, c)):
        neg = True  # «لم تتلق طلبا»، «لا يتضمن توفير دعم جوي»، «عدم حصولها على دعم»
    if not neg and _ar_fused_negated_object(toks, words, c):
        neg = True  # (round 88, leaks88) «لايريد إرسال»: «لا» + its verb, as «لا يريد إرسال»
    if neg and any(_bare(words[j]) == "لمجرد" for j in range(c + 1, min(len(words), c + 5))):
        neg = False  # «لم يتم القيام بإضرابات لمجرد الرغبة»: the negation falls on the reason
    if not neg:
        nf = _ar_nonfactive(toks, words, c)
        if nf == "negative":
            neg = True
        elif nf:
            mods.add(nf)
    # «أي هجوم»، «أي اتفاق» without a negation: an unspecified event, not one that took place
    if not neg and t.kind == "noun" and c > 0 and _bare(words[c - 1]) in F.AR_ANY:
        mods.add("possible")
        t.any_q = True
    # «وكان رئيس اللجنة ... وصل إلى صنعاء في زيارة»: a sentence opened by كان is background, however
    # long its subject, as long as no clause boundary comes between
    # (round 7) commas of an apposition or of a coordinated past clause do not end it: «وكان X، مرشح
    # المعارضة، طالب»، «وكان التلفزيون توقف عن البث، وتعرض المبنى للقصف»، «وسبق أن قتل مدنيون، في قصف»
    first = next((j for j in range(c) if toks[j].text not in F.PUNCT_BOUNDARY), None)
    if first is not None and c - first > 1:
        w = words[first]
        w0 = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        sabaqa = w0 == "سبق" and first + 1 < c and _bare(words[first + 1]) in ("ان", "وان")
        existential = first + 1 < c and (
            _bare(words[first + 1]) in _AR_EXISTENTIAL
            or (w0 != "سبق" and _ar_copula_predicate(toks, words, first, c))  # (round 33)
        )
        # (round 15) «وكانت السفارة هدفا لهجوم»: a copula with a nominal predicate, no pluperfect
        nominal = not sabaqa and _ar_nominal_predicate(toks, words, first, c, t.kind == "noun")
        if ((w0 in F.AR_HIST and w0 != "سبق") or sabaqa) and not existential and not nominal:
            if not any(
                (toks[j].text in F.PUNCT_BOUNDARY and toks[j].text not in (",", "،"))
                or (
                    (words[j] in F.AR_BOUNDARY or words[j][1:] in F.AR_BOUNDARY)
                    # «وكانت قيادة جيش الإسلام التي يترأسها علوش، رفضت»: a relative clause of the subject
                    and not (words[j] in _AR_REL and j <= first + 6)
                )
                or _bare(words[j]) in _AR_CLAUSE_BREAK
                or _ar_future_verb(_bare(words[j]))
                for j in range(first + (2 if sabaqa else 1), c)
            ):
                mods.add("historical")
    if _ar_pluperfect(toks, words, c, t):
        mods.add("historical")  # «وكان X، الذي ...، قد أعلن»، «وكانت محكمة بمدينة “كوجرات” قد رفضت»
    # modality: scan the clause leftwards
    k = c - 1
    while k >= 0 and c - k <= 12:
        tk = toks[k]
        w = words[k]
        w0 = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        if tk.text in (",", "،") and (
            (k > 0 and words[k - 1] in _AR_TIME_ADV) or (k + 1 < len(words) and words[k + 1] in _AR_TIME_ADV)
        ):
            k -= 1  # «قد أعلنت، أمس، عن ضبط»: the commas around a time adverb split no clause
            continue
        if w == "والا" and k == c - 1 and t.imperfect:
            mods.add("conditional")  # «على التعاون مع المحكمة والا تفرض عليها عقوبات»: otherwise
            break
        if tk.text in F.PUNCT_BOUNDARY or w in F.AR_BOUNDARY or w0 in F.AR_BOUNDARY:
            copula_subject = c - k == 2 and _bare(words[k + 1]) in ("يكون", "تكون", "كان", "كانت")
            if w0 == "ان" and not copula_subject:  # يشتبه في أن / من المقرر أن / يحتمل أن govern the clause
                if k > 0 and _bare(words[k - 1]) == "سبق":
                    mods.add("historical")  # «والذي سبق أن وجه تهديدا», whatever comes before سبق
                # «الاحتمال الأكبر هو أن يكون»: a pronoun copula between the cue and أن
                back = (
                    (k - 1, k - 2, k - 3) if k > 0 and _bare(words[k - 1]) in ("هو", "هي") else (k - 1, k - 2)
                )
                inc = _ar_incise_before(toks, k)
                if inc is not None:
                    back = (inc - 1, inc - 2)  # «وينتظر، وفقا للاتفاق الأخير، أن ترفع العقوبات»
                for j in back:
                    pj = words[j] if j >= 0 else ""
                    pj0 = pj[1:] if pj[:1] in "وف" and len(pj) > 2 else pj
                    if (pj0 in F.AR_ALLEGED or pj in F.AR_ALLEGED) and _ar_relative_cue_done(
                        toks, words, j, k, c, t
                    ):
                        pass  # «الرجل الذي يشتبه بأنه وراء الجريمة اعتقل»: the main verb after it
                    elif pj0 in F.AR_ALLEGED or pj in F.AR_ALLEGED:
                        mods.add("alleged")
                    elif (pj0 in _AR_EXPECT or pj0 in _AR_AWAIT) and _ar_imperfect_next(words, k):
                        mods.add("planned")  # «ويتوقع أن يلتقي»، «وينتظر أن ترفع العقوبات»
                    elif (
                        pj0 in F.AR_POSS
                        or pj in F.AR_POSS
                        or (pj0[:2] == "ال" and pj0[2:] in F.AR_POSS)
                        or pj0 in _AR_SEEM_FEAR  # «ويبدو أن»، «ويخشى أن»، «من غير المستبعد أن»
                        or pj0 in _AR_FEAR_LIKELY  # (round 21) «ويتخوف مختصون أن»، «ورجح أن»
                    ):
                        mods.add("possible")
                    elif pj0 in F.AR_PLANNED or pj in F.AR_PLANNED:
                        mods.add("planned")
                    elif pj0 in _AR_EXPECT and _ar_imperfect_next(words, k):
                        mods.add("planned")  # «وتوقعت مصادر أن يتم الإفراج» (not «أن الإفراج تم»)
                # «يجب على الحكومة أن تفرج»: a modal with على + its subject before أن
                for j in (k - 2, k - 3):
                    if (
                        j >= 0
                        and _bare(words[j]) in _AR_MUST
                        and _bare(words[j + 1]) in ("علي", "عليه", "عليها", "عليهم")
                    ):
                        mods.add("possible")
                # «وزعمت وسائل إعلام موالية أن الجيش قصف»: a claim verb with its subject before أن
                if not mods & {"alleged"}:
                    for j in range(k - 3, max(-1, k - 6), -1):
                        if toks[j].text in F.PUNCT_BOUNDARY:
                            break
                        if _bare(words[j]) in _AR_CLAIM_VERBS:
                            mods.add("alleged")
                            break
                # «تريد واشنطن من أوروبا أن تفرض»: an object between the intention verb and أن
                if not mods & {"planned", "possible", "alleged"}:
                    for j in (k - 3, k - 4):
                        pj = words[j] if j >= 0 else ""
                        pj0 = pj[1:] if pj[:1] in "وف" and len(pj) > 2 else pj
                        if (pj0 in _AR_WANT or pj in _AR_WANT) and not any(
                            toks[q].text in F.PUNCT_BOUNDARY for q in range(j + 1, k)
                        ):
                            mods.add("planned")
                            break
                # «إذا حاولت أن تفرض»: a condition on the verb that governs أن
                for j in range(k - 1, max(-1, k - 4), -1):
                    if toks[j].text in F.PUNCT_BOUNDARY:
                        break
                    if _bare(words[j]) in F.AR_COND:
                        mods.add("conditional")
                if any(_bare(words[j]) in F.AR_HIST for j in range(max(0, k - 8), k)):
                    if not any(toks[j].text in F.PUNCT_BOUNDARY for j in range(max(0, k - 8), k)):
                        mods.add("historical")
            break
        if (w0 in F.AR_COND or w in F.AR_COND) and not _ar_state_noun(toks, words, k):
            if (
                not (k + 1 < len(words) and words[k + 1] in ("كان", "كانت"))
                or (k > 0 and _bare(words[k - 1]) == "الا")
                or (k + 2 < len(words) and words[k + 2] in ("هناك", "ثمه"))
            ):  # concessive وإذا كان, but «إلا إذا كان»: unless, «إذا كان هناك»: if there is
                mods.add("conditional")
        elif (
            w0 in F.AR_POSS
            or w in F.AR_POSS
            or _unprep(w0) in F.AR_POSS
            or (
                len(w0) >= 5 and w0[-1:] == "ا" and w0[:-1] in F.AR_POSS
            )  # (round 11) «الأكثر احتمالا لأن يعارض»
        ):
            mods.add("possible")  # also «باحتمال»، «لاحتمال»
        elif (w0 == "قد" or w == "قد") and w not in ("فقد", "لقد"):  # فقد/لقد + a verb: it took place
            nxt = words[k + 1] if k + 1 < len(words) else ""
            nxt_is_trigger = k + 1 == t.a
            nxt_raw = toks[k + 1].text if k + 1 < len(toks) else ""
            impf = (
                (t.imperfect if nxt_is_trigger else False)
                or nxt[:1] == "ي"
                or (nxt[:1] in "تن" and not nxt.endswith(("وا", "ت", "نا", "تم", "ا")))
                or (nxt[:1] in "تن" and nxt_raw.endswith("أ"))  # «قد تلجأ»، «قد تبدأ»
            )
            hist = any(_bare(words[j]) in F.AR_HIST for j in range(max(0, k - 8), k))
            if impf and not hist:
                mods.add("possible")
        elif (w0 in F.AR_ALLEGED or w in F.AR_ALLEGED or _unprep(w0) in F.AR_ALLEGED) and not (
            (w0 in F.AR_ALLEGED_RIGHT and k < c - 1)  # «منظمات الهيكل المزعوم لاقتحام»: its own noun
            # «الرجل الذي يشتبه بأنه وراء الجريمة اعتقل»: the suspicion is the subject's relative clause
            or (k + 1 < c and _ar_relative_cue_done(toks, words, k, k + 1, c, t))
            # (round 14) «قيادي في داعش يدعى هشام»: يُدعى + a name is "called", no claim
            or (w0 in ("يدعي", "تدعي") and _ar_naming(toks, words, k))
            # «طائرات حربية يعتقد أنها تابعة للتحالف قصفت»: the belief describes the subject, not the verb
            or (
                w0 in ("يعتقد",)
                and t.kind == "verb"
                and k > 0
                and toks[k - 1].kind == "ar"
                and words[k - 1] not in ("و", "ف")
                and not _bare(words[k - 1]).startswith("ال")
            )
        ):
            mods.add("alleged")
        elif w0 in F.AR_PLANNED or w in F.AR_PLANNED:
            if not (w0 in _AR_DECIDE and any(_bare(words[j]) == "عدم" for j in range(k + 1, c))):
                mods.add("planned")  # not «قررت اللجنة عدم منح الدعم»: a decision not to act is taken
        elif w0 in F.AR_HIST or w in F.AR_HIST:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            after_cond = k > 0 and _bare(words[k - 1]) in F.AR_COND  # «إذا كان هناك»: no background
            existential = w0 != "سبق" and (
                _bare(nxt) in _AR_EXISTENTIAL  # «وكان بين القتلى»
                or _ar_copula_predicate(toks, words, k, c)  # (round 33) «الذي كان قرب موقع الانفجار»
            )
            if (
                (w0 != "سبق" or nxt in ("ان", "لل") or nxt[:1] == "ل")
                and not after_cond
                and not existential
                and not (w0 != "سبق" and _ar_nominal_predicate(toks, words, k, c, t.kind == "noun"))
            ):
                mods.add("historical")
        elif (w0[:1] == "س" and w0[1:] in ("يتم", "تتم", "يكون", "تكون", "يقوم", "تقوم")) or w0 in (
            "سيتم",
            "ستتم",
        ):
            mods.add("planned")
        elif (
            # a sentence opened by the future verb governs its whole clause: «وستدفع الشريحة الثانية
            # ... من برنامج المساعدات»
            (c - k <= 6 or not any(toks[j].text not in F.PUNCT_BOUNDARY for j in range(k)))
            and (k + 1 < c or not _bare(words[c]).startswith(("ال", "لل")) or w0[1:] in _AR_CONTINUE)
            and _ar_future_verb(w0)
            # (round 15) a past verb is no future verb's complement: «إن ستيفاني اعتقلت» (a name read
            # as سـ + imperfect), «ستعقد الحكومة جلسة بعدما اعتقلت الشرطة»
            and not (t.kind == "verb" and c == t.a and _ar_perfect_subject(toks, words, t))
        ):  # also right before an indefinite event noun: «سيستمر دعمنا»، «ستقدم مساعدات»
            mods.add("planned")  # «ستتيح للمنظمات إيصال مساعدات»، «ستستمر في دعم»: a future verb's complement
        k -= 1
    # «لاحتمال فشل المفاوضات»، «لوقف الاشتباكات»: the event itself is taken for granted
    if c > 0:
        prev = words[c - 1]
        if {prev, _bare(prev), _unprep(prev), _unprep(_bare(prev))} & F.AR_PRESUPPOSE:
            return False, mods & {"historical"}
        if _ar_reason_of(toks, words, c):
            return (
                False,
                set(),
            )  # (round 14) «ربما كان هذا هو السبب في الإفراج»: كان is the reason's copula
    return neg, mods


# (round 26) the jussive of ألقى after لم, the light verb of «ألقى القبض على»: the definite noun after it is
# its object, not its subject
_AR_THROW_JUSSIVE = F._n("الق ألق يلق تلق نلق يلقوا")


# (round 41) the negations whose masdar complement a later و-conjunct shares: «عدم» (also «بعدم / لعدم»),
# «دون / بدون», and «لم / لا / لن» + يتم
_AR_CONJ_NEG = F._n("عدم بعدم لعدم دون بدون")


def _ar_negated_conjunct(toks, words, c) -> bool:
    """(round 41) A و-masdar coordinated with the masdar a negation governs shares the negation.

    «وطالبت الحكومة بعدم التواصل والحوار مع ...»، «لم يتم معاقبة رجل الأمن ومحاكمته»: the first masdar
    stands right after عدم / دون (or after «لم / لا / لن + يتم»), at most three words of its own (its
    object) before the conjunct, with no punctuation, clause word, relative pronoun or other و-word
    between. Not «دون أن»: a clause, handled by `_ar_neg_scope`.
    """
    raw = toks[c].text
    if len(raw) < 4 or raw[0] != "و":  # the tokens' norm drops the و of «والحوار»: read the raw word
        return False
    for m in range(c - 1, max(-1, c - 5), -1):  # m: the first masdar
        if m < 1:
            return False
        if toks[m].text in F.PUNCT_BOUNDARY:
            return False
        wm = _bare(words[m])
        if wm in F.AR_BOUNDARY or words[m] in F.AR_BOUNDARY or wm in _AR_REL or wm in ("ان", "أن"):
            return False
        if m < c - 1 and toks[m].text[:1] == "و":
            return False
        neg = _bare(words[m - 1])
        neg0 = neg[1:] if neg[:1] in "وف" and len(neg) > 3 else neg
        if neg0 in _AR_CONJ_NEG:
            return True
        if neg in ("يتم", "تتم") and m >= 2 and _bare(words[m - 2]) in ("لم", "لا", "لن"):
            return True
    return False


# (round 41) impersonal modals of ability whose complement a negation before them reaches: «لا يمكن التوصل»
_AR_NEG_MODAL = F._n("يمكن يمكنه يمكنها يمكنهم يمكنهما يمكننا بالامكان بالإمكان")


# (round 43) verbs of daring and of seizing a chance: negated, what they take (أن + verb, or ل + a verbal noun
# after «الفرصة») is not done: «لن يجرؤ ... أن يعارض»، «لم تقتنص هذه الفرصة لتطوير التعاون» («لم يتردد في»,
# not hesitating, is not one of them). Apart from `F.AR_SUPPORT` / `F.AR_NEG_CONTROL`: the classifier's
# features keep their lists.
_AR_NEG_DARE = F._n(
    "يجرؤ تجرؤ يجرؤوا يجرؤون يجرؤا نجرؤ يقتنص تقتنص يقتنصوا نقتنص ينتهز تنتهز ينتهزوا ننتهز "
    "يغتنم تغتنم يغتنموا نغتنم"
)


def _ar_negated_dare_before(toks, words, k: int) -> bool:
    """(round 43) A negated verb of daring (`_AR_NEG_DARE` right after لم / لن / لا) governs the أن at k
    across its subject: at most seven words between, no punctuation or clause word."""
    for j in range(k - 1, max(0, k - 8), -1):
        if toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) in F.AR_BOUNDARY:
            return False
        if _bare(words[j]) in _AR_NEG_DARE:
            return _bare(words[j - 1]) in F.AR_NEG_SCOPE
    return False


def _ar_neg_scope(toks, words, c) -> tuple[bool, bool]:
    """(negated, by لن) for a negation further left in the trigger's clause.

    It reaches the trigger across a support verb and its subject («لم تقم الحكومة بفرض»، «لم يعد
    الجيش يشن»، «لم تتمكن الشرطة من اعتقال») or when أي quantifies the event noun («لم يصدر أي قرار
    بفرض ...»، «لا توجد أي مفاوضات»); «دون أن» negates the clause it opens. A trigger that is the
    subject of the negated verb («لم تسفر المحادثات عن») is not negated.
    """
    any_before = c > 0 and _bare(words[c - 1]) in F.AR_ANY
    k = c - 1
    while k >= 0 and c - k <= 10:
        w0 = _bare(words[k])
        if toks[k].text in F.PUNCT_BOUNDARY or w0 in F.AR_BOUNDARY or words[k] in F.AR_BOUNDARY:
            if w0 == "ان" and k > 0 and _bare(words[k - 1]) in ("دون", "بدون"):
                return True, False
            for j in (k - 1, k - 2):  # «لا يقبل أن يتنازل»، «لم يستطع الوزير أن يوقع»
                if (
                    w0 == "ان"
                    and j > 0
                    and _bare(words[j]) in F.AR_NEG_CONTROL
                    and _bare(words[j - 1]) in F.AR_NEG_SCOPE
                ):
                    if any(_bare(x) in ("الا", "سوي") for x in words[c + 1 : c + 7]):
                        return False, False  # (round 14) «لا يمكن أن يتم إلا من خلال»: only so, it may
                    return True, _bare(words[j - 1]) == "لن"
            if w0 == "ان" and _ar_negated_dare_before(toks, words, k):
                # (round 43) «ولن يجرؤ رئيس حكومة يطمح لمستقبل سياسي أن يعارض»: past a longer subject
                return True, any(_bare(words[j]) == "لن" for j in range(max(0, k - 9), k))
            return False, False
        if w0 in F.AR_COND:
            return False, False
        if w0 in F.AR_NEG_SCOPE and (k + 1 >= len(words) or words[k + 1] != "سيما"):
            support = False
            j = k + 1
            other = 0  # «لم يكن أحد يستطيع»: a short subject may come before the support verb
            while j < c:
                wj = _bare(words[j])
                if wj in _AR_NEG_MODAL and j == k + 1:
                    # (round 41) «لا يمكن التوصل إلى ذلك»، «لن يمكن إجراء الانتخابات»: the impersonal modal
                    # right after the negation takes the event as its complement: it cannot take place (not
                    # «لا يمكن التوصل إلى حل إلا عبر الحوار»: only so, it may)
                    if any(_bare(x) in ("الا", "سوي") for x in words[c + 1 : c + 7]):
                        return False, False
                    if all(_bare(words[q]) in F.AR_NEG_BRIDGE for q in range(j + 1, c)):
                        return True, w0 == "لن"
                if (
                    wj in F.AR_SUPPORT
                    or words[j] in F.AR_SUPPORT
                    or wj in _AR_NEG_DARE  # (round 43) «لم تقتنص هذه الفرصة لتطوير التعاون»
                    or (wj[:2] == "ال" and wj[2:] in F.AR_SUPPORT)
                ):
                    support = True
                    break
                if wj in F.AR_AUX or wj in F.AR_NEG_SKIP or words[j] in F.AR_NEG_SKIP:
                    j += 1
                    continue
                if other < 2 and j > k + 1:
                    other += 1
                    j += 1
                    continue
                break
            if (
                support
                and _bare(words[c]).startswith("ال")
                and _bare(words[j]) not in _AR_OCCUR_SUPPORT
                and _bare(words[j]) not in _AR_THROW_JUSSIVE  # (round 26) «لم ألق القبض»: القبض is the object
                and all(_bare(words[q]) in F.AR_NEG_BRIDGE for q in range(j + 1, c))
            ):
                # round 11: «لم تنجح حتى الآن المفاوضات»: the event is the subject of a negated verb of
                # success or ability, which it did not reach: it took place (not «لم يصدر القرار»)
                return False, False
            if support or any_before or j == c:  # «عدم وجود تعاون»: only transparent words between
                return True, w0 == "لن"
            return False, False
        k -= 1
    return False, False


# (round 38) more verbs and participles of refraining or ruling out («ممتنعة في الوقت ذاته عن ادانة القمع»،
# «مستبعدا حصول مواجهات»، «تحاشى في خطابه المطالبة بإسقاط الحكومة»): their complement does not take place
_AR_REFRAIN = F._n(
    "ممتنعا ممتنعة ممتنعين ممتنعون مستبعدا مستبعدة مستبعدين تحاشى تحاشت تحاشوا يتحاشى تتحاشى يتحاشون"
)


def _ar_nonfactive(toks, words, c) -> str | None:
    """'negative', 'planned' or 'possible' when a non-factive verb governs the trigger's clause.

    «امتنعت الحكومة عن فرض عقوبات»، «استبعد الوزير شن هجوم»، «بدلا من التفاوض» (negative),
    «أرجأت الحكومة المحادثات» (planned); negated itself, «لا يستبعد أن تشن» is a possibility.
    """
    k = c - 1
    while k >= 0 and c - k <= 8:
        w0 = _bare(words[k])
        if toks[k].text in F.PUNCT_BOUNDARY:
            return None
        if w0 in F.AR_BOUNDARY and not (k > 0 and _bare(words[k - 1]) in F.AR_NONFACT_NEG):
            return None
        neg = w0 in F.AR_NONFACT_NEG or words[k] in F.AR_NONFACT_NEG or w0 in _AR_REFRAIN
        if neg and w0 in ("بدلا", "عوضا") and c - k > 3:
            return None  # «بدلا من التفاوض» covers its own noun phrase, not the main verb after it
        if neg or w0 in F.AR_NONFACT_PLAN or words[k] in F.AR_NONFACT_PLAN:
            if w0 == "اجل" and k > 0 and _bare(words[k - 1]) == "من":
                return "planned"  # من أجل: a purpose
            prev = _bare(words[k - 1]) if k > 0 else ""
            if prev in F.AR_NEG:
                return "possible" if neg else None  # لا يستبعد أن
            if any(_bare(x) in _AR_CAUSE for x in words[k + 1 : c]):
                return None  # «تأجيل المباراة بسبب الاشتباكات»: the cause took place
            return "negative" if neg else "planned"
        k -= 1
    return None


# (round 46) the masdars of taking place or undergoing that open the complement of a verb of ruling out
_AR_OCCURRENCE = F._n("حصول حدوث وقوع تعرض تعرضه تعرضها تعرضهم")
_AR_RULE_OUT = F._n("استبعد استبعدت استبعدوا يستبعد تستبعد يستبعدون نستبعد")


def _ar_ruled_out_occurrence(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round 46) 'negative' («واستبعد جان كليتش مسؤول الشرطة السابق ... في تصريحات لصحف كويتية حصول عملية
    خطف») or 'possible' («ولم يستبعد إبراهيم البغلي، تعرض شقيقه لمحاولة اختطاف»): an event noun at most three
    words after a masdar of taking place or undergoing (حصول، حدوث، وقوع، تعرض) that is the object of a verb
    of ruling out, past a long subject and a comma after it (`_ar_nonfactive` stops eight words back and at a
    comma). The verb at most sixteen words before the masdar, no other punctuation, clause word or verb
    between; negated by لم / لا / لن it leaves the event possible."""
    if t.imperfect or t.future or t.a < 3:  # a noun, or a bare past form read as one («عملية خطف»)
        return None
    m = next(
        (
            k
            for k in range(t.a - 1, max(-1, t.a - 4), -1)
            if _bare(words[k]) in _AR_OCCURRENCE and "ل" not in normalize(toks[k].prefix)
        ),
        -1,
    )
    if m < 1 or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(m, t.a)):
        return None
    for k in range(m - 1, max(-1, m - 17), -1):
        w = _bare(words[k])
        if toks[k].text in F.PUNCT_BOUNDARY and not (toks[k].text in ",،" and k == m - 1):
            return None
        if w in F.AR_BOUNDARY or w in ("ان", "أن"):
            return None
        if w in _AR_RULE_OUT:
            return "possible" if k > 0 and _bare(words[k - 1]) in ("لم", "لا", "لن") else "negative"
    return None


# (round 48) a verb or participle of ruling out, negated, over an أن clause past its own subject
_AR_RULE_OUT_THAT = _AR_RULE_OUT | F._n("مستبعد مستبعدا مستبعدة المستبعد")
_AR_NOT_NEG = F._n("لم لا لن ليس غير")


def _ar_not_ruled_out_that(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 48) 'possible' for an event in an أن clause whose governing verb of ruling out is negated, the
    verb's subject between it and أن («ولا يستبعد خبراء أمنيون أن يشن التنظيم هجمات»، «ولم يستبعد وزير
    الداخلية الأردني أن يعاود المهربون هجماتهم»، «ليس مستبعدا أن تفرض واشنطن عقوبات»), which
    `_ar_nonfactive` does not cross (it reads أن only right after the verb). The trigger at most six words
    after أن, the verb at most six before it; no punctuation or other clause word in either stretch."""
    q = next((j for j in range(t.a - 1, max(-1, t.a - 7), -1) if _bare(words[j]) == "ان"), -1)
    if q < 2 or normalize(toks[q].text).lstrip("وف") not in ("أن", "ان"):
        return False
    for j in range(q + 1, t.a):
        if toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) in F.AR_BOUNDARY:
            return False
    for j in range(q - 1, max(0, q - 7), -1):
        w = _bare(words[j])
        if toks[j].text in F.PUNCT_BOUNDARY or w in F.AR_BOUNDARY:
            return False
        if w in _AR_RULE_OUT_THAT:
            return _bare(words[j - 1]) in _AR_NOT_NEG
    return False


# (round 48) the heads of a condition an event is named in: «بشرط انسحاب»، «شريطة أن تنسحب»
_AR_ON_CONDITION = F._n("بشرط شرط شريطة وبشرط")


def _ar_on_condition_of(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 48) The event is what a condition names: an event noun right after بشرط / شرط / شريطة («مستعدون
    لفض اعتصامهم بشرط انسحاب قوات الأمن»), or the verb after «بشرط أن» / «شريطة أن»: conditional (the
    tokenizer leaves بشرط whole, so the cue list's شرط does not see it)."""
    if t.a < 1 or toks[t.a - 1].text in F.PUNCT_BOUNDARY:
        return False
    if _bare(words[t.a - 1]) in _AR_ON_CONDITION:
        return t.kind == "noun"
    return (
        t.a >= 2
        and _bare(words[t.a - 1]) == "ان"
        and normalize(toks[t.a - 1].text) in ("أن", "ان")
        and _bare(words[t.a - 2]) in _AR_ON_CONDITION
    )


# (round 46) the way to an event not yet reached: «في طور القبض»، «لاستكمال إجراءات القبض» (بصدد is a planned
# cue of the left scan already, `F.AR_PLANNED`)
_AR_COMPLETE = F._n("استكمال اتمام إتمام اكمال إكمال")
_AR_PROCEDURE = F._n("اجراءات إجراءات اجراء إجراء")


def _ar_on_the_way_to(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 46) An event noun that is the goal of a process under way: after «في طور» (the police «الآن
    في طور القبض عليهم»), or after a ل-masdar of completing with the procedures between
    («تحويلها ... لاستكمال إجراءات القبض عليها»): planned. One word of procedure (إجراءات، إجراء) may stand
    between the cue and the event, nothing else; not «استكمال» without ل («أعلن عن استكمال الاستعدادات»: the
    completing is told, the preparations took place)."""
    if t.imperfect or t.future or t.a < 2:
        return False
    k = t.a - 1
    if _bare(words[k]) in _AR_PROCEDURE and "ل" not in normalize(toks[k].prefix):
        k -= 1
    if k < 0 or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(k, t.a)):
        return False
    w = _bare(words[k])
    if w == "طور":
        return k > 0 and _bare(words[k - 1]) == "في"
    lam = w[:1] == "ل" and w[1:] in _AR_COMPLETE
    return lam or ("ل" in normalize(toks[k].prefix) and _unprep(w) in _AR_COMPLETE)


# the acts that make an agreement, as imperfects after a negation («الاتفاقية لم توقع بعد»، «الصفقة لن تتم»)
_AR_DOCUMENT_ACTS = tuple("يوقع توقع يبرم تبرم يتم تتم ينجز تنجز يكتمل تكتمل يوقعه يوقعها".split())


def _ar_document_not_done(toks: list, words: list[str], end: int) -> bool:
    """An agreement noun whose own predicate, within three words of it and its clause, negates the act
    that makes it: nothing was signed, so the agreement is not a told fact."""
    for j in range(end + 1, min(len(toks) - 1, end + 4)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[j]) in F.AR_NEG and _bare(words[j + 1]).startswith(_AR_DOCUMENT_ACTS):
            return True
    return False


# verbs and nouns before أن that leave its clause open: seeming, fear, (not) unlikely
_AR_SEEM_FEAR = F._n("يبدو تبدو بدا يخشى تخشى يخشون خشية يخشي تخشي المستبعد مستبعد")


# (round 21) the other verbs of fear and of likelihood over an أن-clause, past and plural forms included:
# «ويتخوف مختصون أن يقوم التنظيم بتنفيذ هجمات»، «ورجح أن ترفض القوى الدعوة» (possible, as «يخشى أن»، «يرجح»)
_AR_FEAR_LIKELY = F._n("يتخوف تتخوف يتخوفون نتخوف تخوف تخوفت تخوفوا رجح رجحت رجحوا ترجح يرجحون نرجح")

_AR_DO_MASDAR = F._n("تنفيذ شن ارتكاب")

_AR_DO_VERB = F._n("يقوم تقوم يقوموا يقومون")


def _ar_done_under_fear(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 21) An event noun right after the masdar of a light verb (بتنفيذ، بشن، بارتكاب) whose verb
    («أن يقوم») is governed by a verb of fear or likelihood, however long the subject and the incise between
    verb and masdar in one clause: «ويتخوف مختصون أن يقوم التنظيم، بعد تحول موقفه ... والفلوجة بتنفيذ هجمات»
    (the cue scan stops twelve words back)."""
    if t.kind != "noun" or t.a < 4:
        return False
    m = _bare(words[t.a - 1])
    if m not in _AR_DO_MASDAR and not (m[:1] == "ب" and m[1:] in _AR_DO_MASDAR):
        return False
    for k in range(t.a - 2, max(1, t.a - 26), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar":
            return False
        if _bare(words[k]) == "ان":
            return False
        if _bare(words[k]) in _AR_DO_VERB and _bare(words[k - 1]) == "ان":
            for j in (k - 2, k - 3):
                w = _bare(words[j]) if j >= 0 else ""
                if j >= 0 and toks[j].text in F.PUNCT_BOUNDARY:
                    return False
                if w in _AR_FEAR_LIKELY or w in _AR_SEEM_FEAR or w in F.AR_POSS:
                    return True
            return False
    return False


_AR_TIME_ADV = F._n("أمس امس اليوم الليلة البارحة مساء صباحا مساءً")

_AR_TIME_COND = F._n("عندما حينما حين بمجرد لدى متى")

_AR_MUST = F._n("يجب ينبغي يتعين يتوجب")

_AR_WARN = F._n("حذر حذرت حذروا يحذر تحذر تحذير محذرا محذرة")

_AR_FAIL = F._n("فشل فشلت فشلوا فشلا يفشل تفشل")


# (round 20) failure nouns with a pronoun, إخفاق; the absence noun «غياب» right before an indefinite event
_AR_FAIL_NOUN = F._n("فشلها فشله فشلهم فشلهما اخفاق الاخفاق اخفاقها اخفاقه اخفاقهم")

_AR_ABSENCE = F._n("غياب")

_AR_PREVENT = F._n("منع لمنع يمنع تمنع احباط لاحباط وقف لوقف")

_AR_WANT = F._n("يريد تريد يريدون نريد أريد يرغب ترغب يرغبون يأمل تأمل يأملون")

_AR_EXPECT = F._n("توقع توقعت توقعوا يتوقع تتوقع يتوقعون")


def _ar_responsibility_for_definite(words: list[str], a: int) -> bool:
    """A definite event right after «مسؤوليته عن» (the responsibility for it): its own reality is given."""
    if a < 1 or not _bare(words[a]).startswith(("ال", "لل")):
        return False
    if _bare(words[a - 1]) in ("مسؤولية", "مسؤوليه", "بمسؤولية", "بمسؤوليه"):
        return True  # «يحملونها مسؤولية الهجوم»
    if a < 2 or _bare(words[a - 1]) != "عن":
        return False
    w = _bare(words[a - 2])
    return w in F.AR_RESPONSIBILITY or _unprep(w) in F.AR_RESPONSIBILITY


_AR_TRUTH = F._n("صحة صحه بصحة لصحة")

_AR_DENY_TRUTH = F._n("لا نفى نفت نفوا ينفي تنفي عدم")

_AR_RUMOUR = F._n(
    "تردد يتردد مايتردد ماتردد اشيع أشيع يشاع تداول يتداول تداولته يتم الانباء انباء أنباء الأنباء التقارير "
    "تقارير الشائعات شائعات"
)


def _ar_untrue_report(toks: list[Token], words: list[str], a: int) -> bool:
    """The event is what a denied report tells: «لا صحة للأنباء عن اعتقال»، «نفت صحة ما تردد عن مقتل»،
    «نفت الوزارة ما يتردد عن منع» (the denial, then صحة or a rumour word, then عن + the event, within
    eighteen words; commas of an apposition allowed)."""
    if a < 2 or _bare(words[a - 1]) != "عن":
        for k in range(a - 1, max(-1, a - 9), -1):
            if toks[k].text in F.PUNCT_BOUNDARY:
                return False
            if _bare(words[k]) in _AR_TRUTH or words[k] in _AR_TRUTH:
                return k > 0 and _bare(words[k - 1]) in _AR_DENY_TRUTH
        return False
    rumour = False
    for k in range(a - 2, max(-1, a - 19), -1):
        if toks[k].text in F.PUNCT_BOUNDARY and toks[k].text not in (",", "،"):
            return False
        w = _bare(words[k])
        if w in _AR_TRUTH or w in _AR_RUMOUR or words[k] in _AR_RUMOUR:
            rumour = True
        elif rumour and (w in _AR_DENY_TRUTH or w in ("نفي", "نفيه")):
            return True
    return False


_AR_FEAR = F._n(
    "يخشى تخشى يخشون نخشى خشية تخوف تخوفه مخاوف يتخوف تتخوف حذر حذرت حذروا يحذر تحذر تحذير محذرا "
    "تحسبا تحسب خوفا"  # «تحسبا من اشتباكات»، «خوفا من هجمات»: a precaution against an event still to come
)

_AR_PRECAUTION = F._n("تحسبا تحسب خوفا")

_AR_PRECAUTION_DO = F._n("قيام شن تنفيذ وقوع حدوث اندلاع ارتكاب محاولة")

_AR_FEAR_LINK = F._n("مغبة خطر مخاطر احتمال احتمالات إمكانية امكانية شن تنفيذ وقوع اندلاع حدوث نشوب")


def _ar_fear_of(toks: list[Token], words: list[str], a: int) -> bool:
    """A feared or warned-of event: a fear or warning word, من, then the event with at most two linking
    words between («تخشى من اعتقال»، «حذر من مغبة شن هجوم»، «مخاوف من اندلاع اشتباكات»)."""
    j = a - 1
    links = 0
    while j >= 0 and links <= 2 and (_bare(words[j]) in _AR_FEAR_LINK or words[j] in _AR_FEAR_LINK):
        j -= 1
        links += 1
    for k in range(a - 1, max(-1, a - 4), -1):
        # «تحسبا لاندلاع اشتباكات»، «تحسبا لأي هجوم»: لـ + the event, its linking word or أي
        if _bare(words[k]) in _AR_PRECAUTION:
            if toks[k + 1].text[:1] == "ل":
                return True
            break
        if toks[k].text in F.PUNCT_BOUNDARY or not (
            toks[k].text[:1] == "ل" or _unprep(words[k]) in _AR_FEAR_LINK or words[k] in ("اي", "لاي")
        ):
            break
    for k in range(a - 2, max(-1, a - 7), -1):
        # (round 15) «تحسبا لقيام القاعدة بالتفجير»، «تحسبا لشن المتمردين هجوما»: the precaution's لـ + a
        # light verbal noun of doing, its subject, then the event
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        if _bare(words[k]) in _AR_PRECAUTION:
            nxt = _bare(words[k + 1])
            if nxt[:1] == "ل" and nxt[1:] in _AR_PRECAUTION_DO:
                return True
            break
    if j < 1 or _bare(words[j]) != "من":
        return False
    for k in range(j - 1, max(-1, j - 4), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[k]) in _AR_FEAR or words[k] in _AR_FEAR or _ar_fear_noun(_bare(words[k])):
            return True
    return False


# (round 40) fear and worry nouns that take the article or a possessive: «عن خشيتها من»، «تجدد المخاوف من»،
# «مخاوفهم من» (not قلق: a concern is often over what took place, «قلقه من الهجوم الذي وقع»)
_AR_FEAR_NOUNS = F._n("خشيه تخوف مخاوف خوف")


def _ar_fear_noun(w: str) -> bool:
    """(round 40) A fear noun with the article or a possessive pronoun (خشيتها → خشية، المخاوف → مخاوف)."""
    if w.startswith("ال") and len(w) > 4:
        return w[2:] in _AR_FEAR_NOUNS
    for suf in ("هما", "هم", "ها", "ه", "نا"):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            base = w[: -len(suf)]
            return base in _AR_FEAR_NOUNS or (base.endswith("ت") and base[:-1] + "ه" in _AR_FEAR_NOUNS)
    return False


_AR_CLAIM_VERBS = F._n("زعم زعمت زعموا يزعم تزعم يزعمون ادعى ادعت ادعوا يدعي تدعي يدعون")

_AR_DECIDE = F._n("قرر قررت قررنا قرروا تقرر")


# verbs of taking place whose future tells that an event noun subject is still to come
_AR_TAKE_PLACE = F._n(
    "يجري تجري يعقد تعقد ينعقد تنعقد يبدأ تبدأ يستأنف تستأنف يتم تتم ينطلق تنطلق يقام تقام يكون تكون "
    "يشمل تشمل يتناول تتناول يناقش تناقش يبحث تبحث يركز تركز يتواصل تتواصل يتضمن تتضمن "
    "يستمر تستمر يتجدد تتجدد يتوسع تتوسع يمتد تمتد "  # (round 11) «إن المظاهرات ستستمر لحين»: to go on
    "يختتم تختتم يستكمل تستكمل"  # (round 16) «إن المباحثات ... ستختتم خلال أيام»، «سوف تستكمل»
)

_AR_SCHEDULED_TYPES = frozenset({"CONSULT", "AGREE", "PROTEST", "AID", "RETREAT", "SANCTION", "MOBILIZE"})


# readiness and planning heads: «مستعد للتعاون»، «جاهزة للتفاوض»، «بالتخطيط لمهاجمة»، «خطط لتفجير» (the verb);
# (round 63) the plan nouns («خطة لسحب») moved to the one list `_AR_PLAN_NOUNS`, read by `_ar_plan_purpose`
_AR_PLAN_HEADS = F._n(
    "مستعد مستعدة مستعدون مستعدين مستعدان مستعدتان جاهز جاهزة جاهزون جاهزين التخطيط تخطيط بالتخطيط "
    "خطط مستعدا جاهزا "
    "يعد تعد يعدون يعدان"  # «كان يعد لاغتيال الوزير»: preparing (only before لـ + the event)
    " التحضير تحضير تحضيرا التحضيرات تحضيرات"  # (round 18) «التحضير للمفاوضات»: preparing
    # (round 27) «نحن نجهز لرفع دعاوى»، «والتمهيد لنشر القوات»: preparing, paving the way
    " نجهز يجهز تجهز يجهزون تجهيز التجهيز التمهيد تمهيد"
)


# (round 19) عدم after the preposition ب / ل that the tokenizer leaves on a four-letter word («بعدم التوصل
# لاتفاق»، «ولعدم توقيع الاتفاق»): the negation of the event noun after it, as عدم itself
_AR_PREP_NEG = F._n("بعدم لعدم")


# (round 21) a negated intention or decision: «لا يعتزم بدء تحقيقات»، «لا تعتزم حاليا عقد اجتماع»، «لم يتقرر
# عقد اجتماع»، «لا توجد نية للدعوة إلى اجتماع»: the intended event is negative (planned). Not يريد: «لا يريد
# الاجتماع» after «لا نلتقي» would become the same negative meeting and be merged into it (anercorp_A)
_AR_INTEND = F._n("يعتزم تعتزم يعتزمون نعتزم ينوي تنوي ينوون ننوي يقرر تقرر يقررون يتقرر نيه النيه خطط خطه")

_AR_INTEND_LIGHT = F._n("بدء عقد اجراء فتح تنظيم شن الدعوه للدعوه الي الي")

_AR_INTEND_ADV = F._n("حاليا الان بعد ابدا مطلقا")

_AR_QUOTE_MARKS = frozenset('"«»“”\u2060')  # U+2060: what a straight quote is read as here


def _ar_negated_intent(toks: list[Token], words: list[str], c: int) -> bool:
    """(round 21) The event at `c` is the object of a negated verb or noun of intention or decision
    (`_AR_INTEND` after لا / لم / لن, «لا توجد» / «ليس هناك» allowed before a noun), a light masdar of
    starting or holding (بدء، عقد، إجراء، الدعوة إلى ...), a time adverb (حاليا) or a quote mark between."""
    k = c - 1
    steps = 0
    while k >= 1 and steps < 4:
        w = _bare(words[k])
        if toks[k].text in _AR_QUOTE_MARKS or w in _AR_INTEND_LIGHT or _unprep(w) in _AR_INTEND_LIGHT:
            k -= 1
            steps += 1
            continue
        if w in _AR_INTEND_ADV:
            k -= 1
            steps += 1
            continue
        break
    if k < 1 or _bare(words[k]) not in _AR_INTEND:
        return False
    j = k - 1
    if j >= 1 and _bare(words[j]) in F.AR_NEG_SKIP:
        j -= 1  # «لا توجد نية»
    return _bare(words[j]) in ("لا", "لم", "لن", "ليس", "ليست")


# (round 18) an event awaited: «مذكرة تفاهم تنتظر التوقيع»، «سينتظرون زيارة كيري»، «بانتظار استكمال الانسحاب»
_AR_AWAIT = F._n(
    "ينتظر تنتظر ينتظرون ينتظران تنتظران ننتظر انتظار الانتظار بانتظار وبانتظار يترقب تترقب يترقبون ترقب"
)


def _ar_awaited(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 18) The event noun is what a waiting verb or noun right before it awaits (one masdar between,
    «بانتظار استكمال الانسحاب»): it is to come. Not after a negation («لا ينتظر توقيع»: nothing is awaited)."""
    if t.kind != "noun" or t.a < 1:
        return False
    for j in (t.a - 1, t.a - 2):
        if j < 0 or toks[j].text in F.PUNCT_BOUNDARY or toks[j].kind != "ar":
            return False
        w = _bare(words[j])
        w = w[1:] if w[:1] == "س" and w[1:] in _AR_AWAIT else w  # «سينتظرون»: the future prefix
        if w in _AR_AWAIT or _unprep(w) in _AR_AWAIT:
            return not (j > 0 and _bare(words[j - 1]) in F.AR_NEG)
        # one word between: a verbal noun or the subject («بانتظار استكمال»، «تترقب الأوساط»)
        if j == t.a - 2 or w in F.AR_BOUNDARY or w in F.AR_NEG:
            return False
    return False


# support verbs whose subject is the event itself: negated, it did not happen («لم يصدر القرار»، «لم تجر
# الانتخابات»); the other support verbs have an agent as subject («لم تنجح المفاوضات»: they took place)
_AR_OCCUR_SUPPORT = F._n("يصدر تصدر يجر تجر يسجل تسجل يحصل تحصل يتح تتح يتم تتم")

_AR_PREP_ALL = F._n("في على من عن إلى الى مع ضد حول خلال بين بعد قبل منذ")

_AR_FUTURE_TIME = F._n("غدا المقبل المقبلة القادم القادمة غد")  # «اعتبارا من غد»، «بعد غد» (round 12)


def _ar_present_with_future_time(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The trigger's clause opens with a present verb and holds a future time (غدا، الأسبوع المقبل):
    Arabic news tells a scheduled event in the present tense.

    The clause runs from the last boundary before the trigger to the next one after it; its first word
    (after و/ف) must be an imperfect verb (يـ / تـ / نـ), and القادم before من is 'coming from'."""
    st = t.a
    while st > 0 and toks[st - 1].text not in F.PUNCT_BOUNDARY and _bare(words[st - 1]) not in F.AR_BOUNDARY:
        st -= 1
    en = t.b
    while (
        en + 1 < len(toks)
        and toks[en + 1].text not in F.PUNCT_BOUNDARY
        and _bare(words[en + 1]) not in F.AR_BOUNDARY
    ):
        en += 1
    first = toks[st]
    v = _bare(words[st])
    if (
        first.kind != "ar"
        or v[:1] not in "يتن"
        or len(v) < 3
        or v in ("تمت", "تلك", "تحت", "نحو", "نفس", "تجاه", "نتيجه", "تقرير")
        or v.startswith(("تعرض", "تم"))
    ):
        return False
    if t.a - st > 8:
        return False
    for j in range(st + 1, en + 1):
        w = _bare(words[j])
        if w in _AR_FUTURE_TIME and not (j + 1 < len(words) and _bare(words[j + 1]) == "من"):
            if w == "غدا" or j > st + 1:
                return True
    return False


# (round 46) the day of a present-tense lead: today or a bare weekday, not one after منذ or a past one
_AR_WEEKDAYS = F._n("السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة")
_AR_TODAY = F._n("اليوم")
_AR_DAY_PAST = F._n("الماضي الماضية المنصرم المنصرمة الفائت الفائتة السابق السابقة الأول الأخير")
_AR_DAY_SINCE = F._n("منذ حتى إلى الى لليوم مطلع")
# discourse openers before a lead's present verb: «إلى ذلك يزور الجبير موسكو الثلاثاء»
_AR_LEAD_OPENERS = (
    ("الي", "ذلك"),
    ("في", "غضون", "ذلك"),
    ("من", "جهه", "اخري"),
    ("من", "جهته"),
    ("من", "جهتها"),
    ("من", "جانبه"),
    ("من", "جانبها"),
    ("في", "الاثناء"),
    ("في", "هذه", "الاثناء"),
)


def _ar_present_today(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 46) A sentence that opens with the trigger, a present verb (after و / ف, a discourse opener
    such as «إلى ذلك», or a dateline ending in a colon or a dash), and holds today or a bare weekday in its
    clause: «إلى ذلك يزور الجبير موسكو الثلاثاء لبحث»، «كتب ...: يستقبل الوزير ... ظهر اليوم سفير البحرين»:
    news tells the day's scheduled event in the present.

    The day word comes at most sixteen words after the verb, in its clause (no punctuation or clause word
    between); not a day after منذ / حتى / إلى («منذ يوم الجمعة»، «حتى اليوم»: a state going on), one followed
    by الماضي, a date number or another ال-word («اليوم التالي»), nor a clause that also holds أمس."""
    if t.kind != "verb" or not t.imperfect or t.future or t.negated:
        return False
    st = 0
    while st < t.a and (toks[st].text in F.PUNCT_BOUNDARY or toks[st].kind != "ar"):
        st += 1
    for k in range(t.a - 1, -1, -1):  # a dateline: «عمان – بترا:»، «كتب - محمد عبدالمقصود:»
        if toks[k].text in (":", "-", "–", "—"):
            st = k + 1
            break
    for opener in _AR_LEAD_OPENERS:  # a discourse opener is not the clause's first word
        n = len(opener)
        if tuple(_bare(w) for w in words[st : st + n]) == opener:
            st += n
            break
    if st < t.a and _bare(words[st]) in ("و", "ف"):
        st += 1
    if st != t.a or "س" in normalize(toks[t.a].prefix):
        return False
    for j in range(t.b + 1, min(len(toks), t.b + 17)):
        if toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) in F.AR_BOUNDARY:
            return False
        w = _bare(words[j])
        if w not in _AR_TODAY and w not in _AR_WEEKDAYS:
            continue
        prev = _bare(words[j - 1])
        prev2 = _bare(words[j - 2]) if j >= 2 else ""
        nxt = _bare(words[j + 1]) if j + 1 < len(words) else ""
        if prev in _AR_DAY_SINCE or (prev == "يوم" and prev2 in _AR_DAY_SINCE):
            return False
        if (
            nxt in _AR_DAY_PAST
            or nxt[:1].isdigit()
            or (w in _AR_TODAY and nxt.startswith("ال") and nxt not in _AR_WEEKDAYS)
        ):
            return False
        return not any(_bare(x) in ("امس", "البارحه") for x in words[t.a : j + 4])
    return False


# (round 27) the light verbs' masdars that head an event read at its noun (``Trig.head``, round 26's
# ``_ar_light_masdars`` in senses.py: «لرفع العقوبات»، «برفع هذا الحصار»): the heads before the event (a plan,
# a demand) are looked for before the masdar too
_AR_HEAD_MASDARS = F._n("فرض رفع شن نشر حشد")


def _ar_plan_head(toks: list[Token], words: list[str], c: int) -> bool:
    """The event after لـ completes a readiness or planning head right before it (one word between)."""
    w = _bare(words[c])
    if (
        "ل" not in normalize(toks[c].prefix)
        and not (w[:1] == "ل" and len(w) > 4)
        and not (w[:1] == "ل" and w[1:] in _AR_HEAD_MASDARS)  # (round 27) «التحضير لرفع العقوبات»
    ):
        return False
    for j in (c - 1, c - 2):
        if j < 0 or toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[j]) in _AR_PLAN_HEADS or words[j] in _AR_PLAN_HEADS:
            # not «لم يعد للهدنة أي معنى» (يعد: no longer)
            return not (_bare(words[j]) in ("يعد", "تعد") and j > 0 and _bare(words[j - 1]) in F.AR_NEG)
    return False


# (round 27) a ruling, an order, a decision or a hastening whose ب-complement is a trial: the trial is to come
# («وقضت بمحاكمة الصحافيين مجددا»، «اتفقت الجارتان على الإسراع بمحاكمة المتهمين»). Only a trial: a sentence,
# a detention or a release ordered («قضت المحكمة بسجن»، «أمرت النيابة بحبس»، «أمرت المحكمة بالإفراج») is
# gold asserted in some sets and planned in others, and is left as it is
_AR_TRIAL_ORDERING = F._n(
    "قضت قضى يقضي تقضي أمرت أمر يأمر تأمر قرر قررت يقرر تقرر حكمت حكم الإسراع الاسراع بالإسراع التعجيل بالتعجيل"
)


def _ar_trial_ordered(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 27) The event word is بمحاكمة (بمحاكمته، بمحاكمتهم ...) with a verb of ruling, ordering or
    deciding, or الإسراع / التعجيل, before it: right before it or with a subject of at most two words between
    (no punctuation): «وقضت بمحاكمة»، «قضت المحكمة بمحاكمة»، «على الإسراع بمحاكمة»."""
    if t.kind != "noun" or t.a < 1 or not normalize(toks[t.a].text).startswith("بمحاكم"):
        return False
    for j in (t.a - 1, t.a - 2, t.a - 3):
        if j < 0 or toks[j].text in F.PUNCT_BOUNDARY or toks[j].kind != "ar":
            return False
        if _bare(words[j]) in _AR_TRIAL_ORDERING or words[j] in _AR_TRIAL_ORDERING:
            return True
    return False


# (round 48) verbs of ordering, and the acts an order has carried out later (the README's convention: a
# release, an investigation, a deployment, a deportation or a demolition ordered is planned; custody or a
# sentence the order imposes itself stays asserted, and is not in the list)
_AR_ORDER_VERB = F._n("أمر أمرت يأمر تأمر وجه وجهت أوعز أوعزت اوعز اوعزت")
_AR_ORDERED_ACT = ("الافراج", "افراج", "اطلاق", "التحقيق", "تحقيق", "نشر", "ترحيل", "هدم", "اخلاء", "ارسال", "تقديم")  # (round 61) إرسال، تقديم
_AR_OPEN_MASDAR = F._n("فتح إجراء اجراء")


def _ar_release_ordered(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 48) The event is the بـ-complement of a verb of ordering (أمر، وجه، أوعز) and an act the order has
    someone carry out later: a release, an investigation, a deployment, a deportation, a demolition («وأمرت
    محكمة جنح مستأنف الدقي بالإفراج عن الناشطة»، «أمر القائد العام بفتح تحقيق عاجل»، «أمر الرئيس وزارة
    الدفاع بنشر ألف جندي»): planned. The بـ on the event or on فتح / إجراء right before it; the verb at most
    eight words before the بـ (its subject and object between), not negated; no punctuation (a time between
    commas is transparent) or clause word between."""
    def act_with_bi(i: int) -> bool:  # بالإفراج، بنشر، بترحيلهم
        w = _bare(words[i])
        if "ب" in normalize(toks[i].prefix):
            return w.startswith(_AR_ORDERED_ACT)
        return w[:1] == "ب" and w[1:].startswith(_AR_ORDERED_ACT)

    head = _bare(words[t.a])
    if head in _AR_ORDER_VERB and t.b > t.a:
        # the verb merged with the act it orders: «ووجه خادم الحرمين الشريفين بإطلاق سراح السجناء»
        return not (t.a > 0 and _bare(words[t.a - 1]) in F.AR_NEG) and any(
            act_with_bi(i) and not any(toks[q].text in F.PUNCT_BOUNDARY for q in range(t.a, i))
            for i in range(t.a + 1, t.b + 1)
        )
    if t.kind != "noun" or t.a < 2:
        return False
    b = t.a
    if not act_with_bi(t.a):
        w = normalize(toks[t.a - 1].text)
        if not (head.startswith(_AR_ORDERED_ACT) and w[:1] == "ب" and w[1:] in _AR_OPEN_MASDAR):
            return False
        b = t.a - 1
    n = 0
    for j in range(b - 1, -1, -1):
        if toks[j].text in ("\u2060",) or words[j] in _AR_TIME_ADV:
            continue  # «أمرت غرفة الاتهام ...، أمس، بالإفراج»
        if toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) in F.AR_BOUNDARY:
            return False
        if _bare(words[j]) in _AR_ORDER_VERB or words[j] in _AR_ORDER_VERB:
            return not (j > 0 and _bare(words[j - 1]) in F.AR_NEG)
        n += 1
        if n > 8:
            return False
    return False


# (round 18) a head of need or of demand right before the event: «ضرورة التوصل إلى وقف»، «هناك حاجة لمحادثات»،
# «من الضروري أن يتم الانسحاب» (possible, as يجب); «المطالبة بإيصال المساعدات»، «للمطالبة بالإفراج» (planned)
_AR_NEED = F._n("ضرورة بضرورة الضرورة الضروري ضروري حاجة بحاجة الحاجة")

_AR_DEMAND = F._n("المطالبة مطالبة بالمطالبة للمطالبة والمطالبة")


# (round 19) a verb of facing whose object is the event: «قد يواجهون المحاكمة» (they may be tried),
# «سيواجه المتهمون المحاكمة» (they will be): the event shares the verb's قد or future
_AR_FACE = F._n("يواجه تواجه يواجهون يواجهان تواجهان نواجه اواجه")


def _ar_faced(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round 19) "possible" for an event noun right after قد + a verb of facing (its subject may come
    between the two: «قد يواجه المسؤولون المحاكمة»), "planned" after سـ / سوف + that verb."""
    if t.kind != "noun" or t.a < 2:
        return None
    for j in (t.a - 1, t.a - 2):
        if j < 1 or toks[j].text in F.PUNCT_BOUNDARY or toks[j].kind != "ar":
            return None
        w = _bare(words[j])
        if w[:1] == "س" and w[1:] in _AR_FACE:
            return "planned"
        if w in _AR_FACE:
            prev = _bare(words[j - 1])
            if prev == "قد":
                return "possible"
            return "planned" if prev == "سوف" else None
    return None


# (round 19) a head of will, commitment or stipulation over the act: «رغبة بلده في مساعدة مصر»، «التزام بلاده
# بتقديم دعم»، «ينص الاتفاق على إعادة العقوبات»: the act is to come
_AR_STIPULATE = F._n("ينص تنص نص نصت")

_AR_WILL = (
    F._n("رغبة الرغبة رغبته رغبتها رغبتهم برغبة التزام الالتزام التزامه التزامها التزامهم بالتزام")
    | _AR_STIPULATE
)

_AR_WILL_PREP = F._n("في على")


def _ar_will_head(toks: list[Token], words: list[str], t: Trig, verb_at: set[int]) -> bool:
    """(round 19) An event noun two to six words after a head of will / commitment (رغبة، التزام) or of
    stipulation (ينص على), in its clause, with a preposition between (في، على or a ب-word: the head's
    complement) and no verb or negation between. Not a given agreement after التزام («مدى التزام إيران
    بالاتفاق»: the agreement exists): a definite AGREE noun is left alone."""
    if t.a < 2 or (t.type == "AGREE" and _bare(words[t.a]).startswith("ال")):
        return False
    if t.kind != "noun" and not (
        t.kind == "verb"
        and (normalize(toks[t.a - 1].text).lstrip("وف")[:1] == "ب" or _bare(words[t.a - 1]) in _AR_WILL_PREP)
    ):
        return False  # a verb-like word after a ب-masdar or a preposition is a noun: «بتقديم دعم»، «في إجراء»
    prep = False
    for j in range(t.a - 1, max(-1, t.a - 7), -1):
        if toks[j].text in F.PUNCT_BOUNDARY or toks[j].kind != "ar" or j in verb_at:
            return False
        w = _bare(words[j])
        if w in F.AR_BOUNDARY or w in F.AR_NEG:
            return False
        if (w in _AR_WILL or _unprep(w) in _AR_WILL) and j < t.a - 1:
            return prep and (w not in _AR_STIPULATE or bool(_AR_ON & {_bare(x) for x in words[j + 1 : t.a]}))
        if w in _AR_WILL_PREP or "ب" in normalize(toks[j].prefix) or (w[:1] == "ب" and len(w) > 4):
            prep = True
    return False


# (round 20) a relative clause that starts the event or holds it in the future, after adjectives of the noun
_AR_START_NOW = F._n("تبدا يبدا تنطلق ينطلق")


def _ar_relative_start(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 20) The definite event noun that ends the trigger (a noun trigger, or a merged verb trigger that
    ends on it: «ويبحث المشاركون في الاجتماعات»), at most two adjectives (ال-words) on, then التي / الذي and
    سـ + a verb of taking place («التي ستعقد في البحر الميت») or a present of beginning («الهدنة الإنسانية
    التي تبدأ منتصف ليل الأحد»): the event is to come. Round 11's rule takes the relative right after a
    noun trigger with any future verb."""
    b = t.b
    if not _bare(words[b]).startswith("ال") or (t.kind != "noun" and b == t.a):
        return False
    j = b + 1
    while (
        j < len(words) and j <= b + 2 and _bare(words[j]).startswith("ال") and _bare(words[j]) not in _AR_REL
    ):
        j += 1
    if j + 1 >= len(words) or _bare(words[j]) not in _AR_REL or toks[j + 1].kind != "ar":
        return False
    v = _bare(words[j + 1])
    return v in _AR_START_NOW or (v[:1] == "س" and v[1:] in _AR_TAKE_PLACE)


# (round 20) a negated verb of taking place or recurring whose subject is the event
_AR_OCCUR_NEG = F._n("يحدث تحدث يتكرر تتكرر يقع تقع يحصل تحصل")

_AR_NEVER = F._n("ابدا أبدا قط مطلقا بعد")


def _ar_did_not_occur(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 20) The event is the subject of لم / لن / لا + a verb of happening or recurring, right after it
    (an adverb of never / yet between): «لم تتكرر التفجيرات» (a definite event noun), «ولم يحدث أبدا أن وافق
    الصندوق» (the verb after أن). Not «لم تسفر المحادثات عن» (another verb: round 11's rule)."""
    k = t.a - 1
    if t.kind == "verb" and k >= 0 and _bare(words[k]) in ("ان", "أن"):
        k -= 1
    elif not _bare(words[t.a]).startswith("ال"):
        return False
    while k >= 0 and _bare(words[k]) in _AR_NEVER:
        k -= 1
    if k < 1 or toks[k].kind != "ar" or any(tk.text in F.PUNCT_BOUNDARY for tk in toks[k : t.a]):
        return False
    return _bare(words[k]) in _AR_OCCUR_NEG and _bare(words[k - 1]) in F.AR_VERB_NEG


# (round 20) indications of the event: what they point to may have happened or may happen
_AR_INDICATION = F._n("مؤشرات مؤشر مؤشرا دلائل بوادر")

_AR_ON_TO = F._n("على الى")

_AR_INDICATION_GAP = F._n("على الى إلى حدوث بحدوث حصول بحصول وقوع بوقوع قرب")


def _ar_indication(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 20) An event noun that an indication noun points to (its genitive, or after على / إلى and a
    word of occurrence: «وجود مؤشرات موافقة أطراف الصراع»، «مؤشرات على قرب التوصل إلى اتفاق»), or the verb
    of the clause opened by «مؤشرات على أن» («هناك مؤشرات على أن مقاتلين ... اعتقلوا»): possible. Not
    after a negation (nothing tells of it: `scope._ar_no_reports`)."""
    for k in range(t.a - 1, max(-1, t.a - 11), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar":
            return False
        w = _bare(words[k])
        if w not in _AR_INDICATION:
            continue
        if any(_bare(words[j]) in F.AR_NEG for j in range(max(0, k - 3), k)):
            return False
        between = [_bare(x) for x in words[k + 1 : t.a]]
        masdar = t.kind == "noun" or _bare(words[t.a]).startswith("ال")  # «قرب التوصل إلى اتفاق»
        if masdar and all(x in _AR_INDICATION_GAP for x in between):
            return True
        return (
            t.kind == "verb"
            and len(between) >= 3
            and between[0] in _AR_ON_TO
            and between[1] in ("ان", "انه", "انها")
            and not any(x in F.AR_BOUNDARY or x in F.AR_NEG for x in between[2:])
        )
    return False


def _ar_need_or_demand(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round 18) "possible" after a need, "planned" after a demand, at most one word between (a verbal
    noun: «المطالبة بإيصال المساعدات»); «أن يتم» is passed over. Any trigger kind: «ضرورة التوصل إلى اتفاق»
    is a light-verb trigger."""
    # (round 21) also the event word at the end of a merged trigger: «وشدد المتظاهرون على ضرورة محاكمة»
    # (round 27) before a light masdar heading the event too: «ومطالبة الأردن برفع هذا الحصار»
    heads = [t.head] if t.head is not None and t.head < t.a else []
    for a in [t.a] + [c for c in t.cues if t.a < c <= t.b] + heads:
        if need := _ar_need_before(toks, words, a):
            return need
    return None


def _ar_need_before(toks: list[Token], words: list[str], a: int) -> str | None:
    """The need or demand head of `_ar_need_or_demand` before the event word at token `a`; (round 21) the
    clause-initial predicate «المطلوب» (what is required) is a need: «المطلوب تقديمهم للعدالة»."""
    j = a - 1
    if j >= 1 and _bare(words[j]) in ("يتم", "تتم") and _bare(words[j - 1]) == "ان":
        j -= 2
    for k in (j, j - 1):
        if k < 0 or toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar":
            return None
        w = _bare(words[k])
        if w in _AR_NEED or _unprep(w) in _AR_NEED:
            return "possible"
        if w == "المطلوب" and (
            k == 0 or toks[k - 1].text in F.PUNCT_BOUNDARY or _bare(words[k - 1]) in _AR_NEED_OPEN
        ):
            return "possible"
        if w in _AR_DEMAND or _unprep(w) in _AR_DEMAND:
            return "planned"
        if w in F.AR_BOUNDARY or w in F.AR_NEG:
            return None
    return None


_AR_MUST_LINK = F._n("ان القيام بالقيام")


def _ar_must_on_subject(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 22) The act owed by the subject of a modal of obligation with على: «يجب على الولايات المتحدة أن
    تنسق»، «ينبغي على كاميرون، والرئيس الفرنسي ...، القيام بزيارة». The modal (`_AR_MUST`) + على + a subject
    of at most sixteen words (commas between its conjuncts allowed, no other punctuation, no verb trigger),
    then أن or القيام right before the event word: possible, as «يجب أن» is (the older scan of the أن-clause
    only looked two words back, so a subject of two words or more left the act asserted)."""
    if t.a < 3 or not (words[t.a - 1] in _AR_MUST_LINK or _bare(words[t.a - 1]) in _AR_MUST_LINK):
        return False
    verbs = {u.a for u in trigs if u.kind == "verb" and u is not t}
    for j in range(t.a - 2, max(-1, t.a - 19), -1):
        if toks[j].text in F.PUNCT_BOUNDARY and toks[j].text not in (",", "،"):
            return False
        if j in verbs:
            return False
        if j + 1 < t.a - 1 and _bare(words[j]) in _AR_MUST and _bare(words[j + 1]) in _AR_ON:
            return True
    return False


# (round 21) what may open the clause of «المطلوب» as a predicate (not «الدعم المطلوب», an adjective)
_AR_NEED_OPEN = F._n("ان هو كان لكن بل")


def _ar_future_form(w: str) -> bool:
    """سـ + an imperfect of any verb, the verbs of `_ar_future_verb` that presuppose their object («سيبحث»)
    and those its noun list keeps out («سيمضي» starts as سيم-) included: only a check of the form, used
    where a clause right after it must hold an imperfect verb too."""
    return (
        w[:1] == "س" and w[1:2] in ("ي", "ت", "ن") and 5 <= len(w) <= 7 and not w.endswith(("ه", "ات", "ت"))
    )


def _ar_future_object_clause(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 21) An imperfect verb with no conjunction that opens the clause describing the indefinite
    object of a future verb at most seven words before it: «سيبحث قرارا يرفض الاتفاق» (a resolution that
    rejects: to come), «وسيمضي شافيز يومين في روسيا البيضاء يلتقي خلالهما» (two days in which he meets).
    The object is an indefinite accusative (-ا) or dual / plural (-ين) word between the two verbs. The
    safeguard's future cue already covered the verbs of `_ar_future_verb`; this takes any future form,
    those that presuppose their object (سيبحث: the resolution it describes is still to come) included."""
    if t.kind != "verb" or not t.imperfect or t.future or t.a < 2:
        return False
    if normalize(toks[t.a].text)[:1] in "وف":
        return False
    obj = False
    for k in range(t.a - 1, max(-1, t.a - 8), -1):
        w = _bare(words[k])
        if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar" or w in F.AR_BOUNDARY or w in F.AR_NEG:
            return False
        if _ar_future_verb(w) or _ar_future_form(w):
            return obj and k < t.a - 1
        if not w.startswith("ال") and len(w) > 3 and w.endswith(("ا", "ين")):
            obj = True
    return False


# (round 21) an attempt told as failed: the act tried did not take place. The failure right after the verb of
# trying («حاول دون جدوى إيصال مساعدة»، «حاولت عبثا») or after the act in its clause («حاول تسليم مساعدة لكنه
# لم ينجح»، «... لكنها فشلت»)
_AR_IN_VAIN = F._n("عبثا سدي")

_AR_VAIN_NOUN = F._n("جدوي طائل نجاح فائده")

_AR_BUT = F._n("لكن لكنه لكنها لكنهم لكنهما ولكن ولكنه ولكنها ولكنهم")

_AR_FAIL_VERB = F._n("فشل فشلت فشلوا فشلا اخفق اخفقت اخفقوا")

_AR_SUCCEED = F._n("ينجح تنجح ينجحوا ينجحا يفلح تفلح يفلحوا يتمكن تتمكن يتمكنوا")


def _ar_vain_at(words: list[str], k: int) -> bool:
    """«دون جدوى»، «بلا جدوى»، «عبثا» at word k."""
    w = _bare(words[k]) if k < len(words) else ""
    if w in _AR_IN_VAIN:
        return True
    nxt = _bare(words[k + 1]) if k + 1 < len(words) else ""
    return w in ("دون", "بدون", "بلا", "من") and nxt in _AR_VAIN_NOUN and not (w == "من" and nxt != "دون")


def _ar_failed_attempt(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 21) The event is the act of a verb of trying (at most eight words before it, in its clause)
    that is told as failed: «دون جدوى» / «عبثا» between the verb and the act, or «لكنه لم ينجح» / «لكنها فشلت» /
    «دون أن ينجح» at most ten words after the trigger, a comma allowed before it."""
    try_k = None
    for k in range(t.a - 1, max(-1, t.a - 9), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[k]) in frames.AR_TRY:
            try_k = k
            break
    if try_k is None:
        return False
    if any(_ar_vain_at(words, k) for k in range(try_k + 1, t.a)):
        return True
    for k in range(t.b + 1, min(len(words) - 1, t.b + 11)):
        if toks[k].text in ".;:!?؛؟" or toks[k].text in F.PUNCT_BOUNDARY and toks[k].text not in (",", "،"):
            return False
        w, nxt = _bare(words[k]), _bare(words[k + 1])
        if w in _AR_BUT or w in ("دون", "بدون") or toks[k].text[:1] == "و" and w in ("لم", "فشل"):
            if nxt in _AR_FAIL_VERB or words[k + 1] in _AR_FAIL_VERB or w in _AR_FAIL_VERB:  # «فشلت»: no و/ف
                return True
            if nxt in ("لم", "ان") and k + 2 < len(words) and _bare(words[k + 2]) in _AR_SUCCEED:
                return True
            if w == "لم" and nxt in _AR_SUCCEED:
                return True
    return False


# (round 21) the masdar of setting up a body or a date: the purpose (ل + masdar) of what is still to be set up
# is an act to come: «بإنشاء محكمة يدعمها الاتحاد الأوروبي لمحاكمة المتهمين»، «بتشكيل محكمة دولية لمحاكمة»،
# «تنتظر تحديد جلسة خاصة للبرلمان لكشف تفاصيل التحقيق وإحالة التقرير»
_AR_SET_UP = F._n("انشاء تشكيل تاسيس اقامه تحديد تعيين")

_AR_L_FUNCTION = F._n("لكن لكنه لكنها لدي لذلك لهذا لهذه لها لهم له لهما لنا لان لانه لانها لكي لعل")


def _ar_purpose_of_set_up(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 21) An event noun that is the purpose (ل + masdar, or a و-conjunct of one at most four words
    on) of a body or date whose setting up (a masdar of `_AR_SET_UP`, with or without ب/ل) comes at most six
    words before the ل-word in the same clause: "planned"."""
    if t.kind != "noun":
        return False
    w = normalize(toks[t.a].text)  # the word as written: the tokenizer's words may have lost و / ل
    p = None
    if w[:1] == "ل" and len(w) > 4 and w not in _AR_L_FUNCTION:
        p = t.a
    elif w[:1] == "و" and len(w) > 3:
        for k in range(t.a - 1, max(-1, t.a - 5), -1):
            n = normalize(toks[k].text)
            if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar":
                return False
            if n[:1] == "ل" and len(n) >= 4 and n not in _AR_L_FUNCTION:
                p = k
                break
    if p is None:
        return False
    for k in range(p - 1, max(-1, p - 7), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar":
            return False
        if _unprep(_bare(words[k])) in _AR_SET_UP and k + 1 < p:
            return True
    return False


# (round 16) the bare demonstratives of a given event (no preposition: «لهذه الزيارة» is a purpose)
_AR_THIS = F._n("هذه هذا تلك ذلك هذين هاتين")

_AR_STOP_REPEAT = F._n("يتوقف تتوقف يتكرر تتكرر يستمر تستمر يقع تقع يحدث تحدث يحصل تحصل")


def _ar_occurrence_verb(w: str) -> bool:
    """(round 16) An imperfect of taking place, going on, stopping or recurring (سـ stripped)."""
    w = w[1:] if w[:1] == "س" and len(w) > 4 else w
    if w in ("يكون", "تكون"):
        return False  # «يجب أن تكون هذه الهدنة من مصلحة الشعب»: a copula, what is said of the event
    return w in _AR_TAKE_PLACE or w in _AR_STOP_REPEAT


_AR_WHEN = F._n("عندما حين حينما لدى")


def _ar_when_in_plan(toks: list[Token], words: list[str], t: Trig) -> bool:
    """An imperfect verb right after عندما / حين in a sentence whose earlier clause holds a plan or a
    future verb (يعتزم، سـ، من المقرر): the time clause of a plan tells an event to come."""
    if t.kind != "verb" or not t.imperfect or t.a < 3 or _bare(words[t.a - 1]) not in _AR_WHEN:
        return False
    for k in range(t.a - 2, max(-1, t.a - 25), -1):
        if toks[k].text in ".;:!?؛؟":
            return False
        w = _bare(words[k])
        if w in F.AR_PLANNED or _ar_future_verb(w):
            return True
    return False


# (round 19) two more future predicates of an event noun subject: «أن اللقاء سيدور حول التعاون» (what the
# meeting will be about), «أن العقوبات ... ستعود بشكل أقوى» (to come back); not «ستعود بالنفع / بالفائدة»
# (the visit will bring benefit: said of a given event as well)
_AR_EVENT_FUTURE_MORE = F._n("يدور تدور يعود تعود")


def _ar_future_of_event(v: str, after: list[str]) -> bool:
    """`v` (without سـ) is a verb whose future tells that its event-noun subject is still to come."""
    if v in _AR_TAKE_PLACE:
        return True
    return v in _AR_EVENT_FUTURE_MORE and not (v.endswith("عود") and after and after[0].startswith("بال"))


# (round 19) heads of a subject whose genitive is the event: «أن مواضيع المباحثات ستشمل»، «أن جدول أعمال القمة»،
# «أن إعلان التحالف عن هدنة إنسانية سيكون»: the future verb after them is said of the event to come
_AR_SUBJECT_HEADS = F._n("مواضيع موضوع موضوعات جدول اعلان")


def _ar_subject_head(toks: list[Token], words: list[str], a: int) -> bool:
    """(round 19) The event at `a` is the genitive of a topic or announcement head right after أن / إن
    (the head's own genitive and عن may come between: «إعلان التحالف عن هدنة»)."""
    for h in (a - 1, a - 2, a - 3):
        if h < 1 or toks[h].kind != "ar" or toks[h].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[h])
        if w in _AR_SUBJECT_HEADS:
            between = {_bare(x) for x in words[h + 1 : a]}
            return _bare(words[h - 1]) in ("ان", "انه", "انها") and not between & (F.AR_BOUNDARY | F.AR_NEG)
        if w in F.AR_BOUNDARY:
            return False
    return False


def _ar_subject_future(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A scheduled event noun that is the subject of a future verb of taking place, within its clause:
    «وإن المفاوضات حول اتفاق جديد ستجري بسرعة»، «وأكد أن الاجتماع سيعقد في الرياض»."""
    prev = _bare(words[t.a - 1]) if t.a > 0 else ""
    if t.type in _AR_SCHEDULED_TYPES and _ar_subject_head(toks, words, t.a):
        prev = "ان"  # (round 19) «أن مواضيع المباحثات ستشمل»، «أن إعلان التحالف عن هدنة سيكون»
    # definite by its article or, right after أن, by a genitive («أن مباحثات الجبير مع لافروف ستتضمن»)
    if t.type not in _AR_SCHEDULED_TYPES or not (
        _bare(words[t.a]).startswith("ال") or prev in ("ان", "انه", "انها")
    ):
        return False
    if t.a > 0 and not (
        prev in ("ان", "انه", "انها") or prev in _AR_DEMONSTRATIVE or toks[t.a - 1].text in F.PUNCT_BOUNDARY
    ):
        return False
    # (round 16) the subject's genitive complement may run to ten words before the verb («إن المباحثات مع
    # المقرضين بشأن صفقة إنقاذ بمليارات الدولارات ستختتم»), and سوف + imperfect is a future too
    for j in range(t.b + 1, min(len(words), t.b + 11)):
        w = _bare(words[j])
        if toks[j].text in F.PUNCT_BOUNDARY or w in _AR_REL or w in F.AR_BOUNDARY:
            return False
        after = [normalize(tk.text) for tk in toks[j + 1 : j + 3]]  # the raw words: «بالنفع» keeps its ب
        if w[:1] == "س" and _ar_future_of_event(w[1:], after[:1]):
            return True
        if t.type == "CONSULT" and _ar_future_verb(w) and not _ar_effect_verb(w[1:], after[:1]):
            return True  # (round 40) a meeting, talks or a visit as the subject of any future verb: «أن
            # الاجتماع سيتابع تنفيذ»، «إن الزيارة ستشهد توقيع»: the meeting is still to come
        if w == "سوف" and j + 1 < len(words) and _ar_future_of_event(_bare(words[j + 1]), after[1:]):
            return True
        if _ar_verbish(toks[j], w):
            return False  # another verb first: the event is no subject of the future verb
    return False


# (round 40) verbs of an effect: «أن الزيارة ستعود بالفائدة»، «ستسهم في»، «ستعزز العلاقات»: said of a given
# meeting as well, so they do not make it one to come
_AR_EFFECT_VERBS = F._n(
    "يسهم تسهم يساهم تساهم يساعد تساعد يعزز تعزز يودي تودي يوثر توثر ينعكس تنعكس يصب تصب يدعم تدعم يفتح تفتح"
)


def _ar_effect_verb(v: str, after: list[str]) -> bool:
    """(round 40) `v` (without سـ) is a verb of an effect, or يعود / تعود + بالـ (round 19's «ستعود بالنفع»)."""
    return v in _AR_EFFECT_VERBS or (v.endswith("عود") and bool(after) and after[0].startswith("بال"))


def _ar_verbish(tok: Token, w: str) -> bool:
    """(round 16) A past verb with a subject suffix or an imperfect without سـ: a predicate of its own that
    ends the search for the subject's future verb («إن المحادثات التي جرت ... ستجري» is stopped by التي)."""
    return w in _AR_TAKE_PLACE_PAST or (w[:1] in ("ي", "ت") and w in _AR_TAKE_PLACE)


# (round 16) a round of talks: «الجولة المقبلة من محادثات السلام ... ستجري»: the round is the subject
_AR_ROUND = F._n("الجوله جوله")

_AR_NEXT_ADJ = F._n("المقبله القادمه الجديده التاليه الثانيه الثالثه")


def _ar_round_future(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 16) The event noun is the genitive of «الجولة (المقبلة) من» after أن / إن, and the round is
    the subject of a future verb of taking place: the event is to come."""
    if t.type not in _AR_SCHEDULED_TYPES or t.a < 3 or _bare(words[t.a - 1]) != "من":
        return False
    h = t.a - 2
    if _bare(words[h]) in _AR_NEXT_ADJ:
        h -= 1
    if h < 1 or _bare(words[h]) not in _AR_ROUND or _bare(words[h - 1]) not in ("ان", "انه", "انها"):
        return False
    for j in range(t.b + 1, min(len(words), t.b + 11)):
        w = _bare(words[j])
        if toks[j].text in F.PUNCT_BOUNDARY or w in _AR_REL or w in F.AR_BOUNDARY:
            return False
        if (w[:1] == "س" and w[1:] in _AR_TAKE_PLACE) or (
            w == "سوف" and j + 1 < len(words) and _bare(words[j + 1]) in _AR_TAKE_PLACE
        ):
            return True
        if _ar_verbish(toks[j], w):
            return False
    return False


# (round 16) «إن الضربات الجوية لتعطيل القدرة النووية يمكن أن تعطل برنامجها»: an event noun right after
# إن / أن whose predicate is يمكن أن is itself a possibility; not with a copula or a verb of consequence
# after it («أن الهجوم يمكن أن يكون من تنفيذ»، «يمكن أن يؤدي إلى»: a given event, its effect open)
_AR_MODAL_PRED = F._n("يمكن يمكنها يمكنه")

_AR_CONSEQUENCE = F._n("يكون تكون يؤدي تؤدي يؤثر تؤثر يسهم تسهم يساهم تساهم يفسر تفسر يعني تعني يشكل تشكل")


def _ar_subject_modal(toks: list[Token], words: list[str], t: Trig) -> bool:
    # (round 20) also an indefinite subject («أن اتفاقا مثل هذا لا يمكن أن يتم إلا من خلال») and one under أي
    # («على أن أي صفقة لا يمكن أن تتم إذا لم»): what may (not) take place; under أي the noun may end a merged
    # trigger («شدد على أن أي صفقة»)
    a = t.a if t.kind == "noun" else t.b
    any_q = a >= 2 and _bare(words[a - 1]) in F.AR_ANY and _bare(words[a - 2]) in ("ان", "انه", "انها")
    if (
        (t.kind != "noun" and not any_q)
        or a < 1
        or not (any_q or _bare(words[a - 1]) in ("ان", "انه", "انها"))
    ):
        return False
    if not (_bare(words[a]).startswith("ال") or _ar_modal_next(words, t.b)):
        return False
    for j in range(t.b + 1, min(len(words) - 2, t.b + 11)):
        w = _bare(words[j])
        if toks[j].text in F.PUNCT_BOUNDARY or w in _AR_REL or w in F.AR_BOUNDARY:
            return False
        if w in _AR_MODAL_PRED and _bare(words[j + 1]) in ("ان", "أن"):
            nxt = next((k for k in range(j + 2, min(len(words), j + 4)) if toks[k].kind == "ar"), None)
            return nxt is not None and _bare(words[nxt]) not in _AR_CONSEQUENCE
        if _ar_verbish(toks[j], w):
            return False
    return False


def _ar_modal_next(words: list[str], b: int) -> bool:
    """(round 20) «(لا) يمكن أن» within four words after an indefinite subject ending at b («مثل هذا» between)."""
    for j in range(b + 1, min(len(words) - 1, b + 6)):  # «اتفاقا من هذا النوع لا يمكن أن»
        if _bare(words[j]) in _AR_MODAL_PRED:
            return _bare(words[j + 1]) in ("ان", "أن")
    return False


# كان before a preposition or هناك is a past copula or existential («وكان بين القتلى نساء»، «وكانت هناك
# اشتباكات»), no pluperfect background
_AR_ADVERB_A = F._n(
    "سابقا مؤخرا أيضا ايضا حاليا تقريبا فعلا قبلا أولا اولا لاحقا مجددا مجدداً أخيرا اخيرا غالبا دائما"
)


def _ar_nominal_predicate(toks: list[Token], words: list[str], k: int, c: int, noun: bool) -> bool:
    """(round 15) كان at k is a copula with a nominal predicate before the event at c, no pluperfect: an
    indefinite accusative noun right after it or its subject («بعد أن كانت هدفا لغارات»، «وكان الهجوم
    لاشتباكات»).
    A pronoun of separation («وكانت فكرته هي إنهاء ...») was tried and dropped: it turned a historical
    into an asserted event where the gold is alleged (t9-ar-025), a new leak."""
    for j in range(k + 1, min(c, k + 4)):
        if toks[j].kind != "ar" or toks[j].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[j])
        if (
            j <= k + 2
            and (
                len(w) >= 4
                and w.endswith("ا")
                and not w.endswith(("وا", "نا", "ها", "ما", "تا"))
                and not w.startswith("ال")
                and w not in _AR_ADVERB_A
                and normalize(toks[j].text)[-1:] == "ا"
                # its complement under لـ follows («هدفا لغارات»، «مسرحا لاشتباكات»): not a name ending in ا
                # that is the subject of a pluperfect («وكانت تركيا بدأت»)
                and j + 1 < c + 1
                and (
                    normalize(toks[j + 1].prefix)[-1:] == "ل"
                    or (j + 1 == c and noun and normalize(toks[j + 1].text)[:1] == "ل")
                )
            )
        ):
            return True
    return False


_AR_EXISTENTIAL = F._n("بين من في لدى عند هناك ثمة ضمن على")

# (round 33) the head of a non-verbal predicate right after كان: a place or time («كان قرب موقع الانفجار»،
# «كان بعد عدة أسابيع من توقيع»), a description («كان عبارة عن كمين»، «بمثابة»), a superlative («وكانت
# أعنف تلك العمليات، انفجار»)
_AR_COPULA_HEAD = F._n("قرب بالقرب عبارة بمثابة بعد قبل أعنف أكبر أهم أبرز أخطر أشد أسوأ أول")
# a preposition after an accusative predicate noun («كان شريكا في القتل»)
_AR_PRED_PREP = F._n("في من على عن مع")


def _ar_copula_predicate(toks: list[Token], words: list[str], k: int, c: int) -> bool:
    """(round 33) The كان at k is a copula whose predicate is no verb: a word of `_AR_COPULA_HEAD` right
    after it, or an indefinite accusative noun right after it followed by a preposition word («كان شريكا في
    القتل»; round 15's `_ar_nominal_predicate` wants ل); no «قد» and no sentence punctuation between كان and
    the event at c (after بعد / قبل only as the complement of «من»). Not a name ending in ا (تركيا، أمريكا): «وكانت تركيا في
    وقت سابق أعلنت»."""
    if k + 1 >= c:
        return False
    for j in range(k + 1, c):
        if toks[j].text in ".;:!?؛؟" or _bare(words[j]) in ("قد", "وقد"):
            return False
    nxt = _bare(words[k + 1])
    if nxt in ("بعد", "قبل"):
        # «كان بعد عدة أسابيع من توقيع»: the event is the time's complement, not «وكان قبل ذلك اعتقل»
        return any(_bare(words[j]) == "من" for j in range(max(k + 2, c - 2), c))
    if nxt in _AR_COPULA_HEAD:
        return True
    raw = normalize(toks[k + 1].text)
    return (
        k + 2 < c
        and toks[k + 1].kind == "ar"
        and len(nxt) >= 4
        and raw[-1:] == "ا"
        and not nxt.endswith(("وا", "نا", "ها", "ما", "تا", "يا"))
        and not nxt.startswith("ال")
        and nxt not in _AR_ADVERB_A
        and nxt not in _AR_NAME_A
        and _bare(words[k + 2]) in _AR_PRED_PREP
    )


_AR_NAME_A = F._n("أمريكا امريكا أوروبا اوروبا فرنسا كندا")


# what ends the reach of a كان to a later قد + verb: a new sentence part or a contrasting clause
_AR_PLUPERF_STOP = F._n("لكن لكنه لكنها ولكن بينما فيما ثم بل")


def _ar_told_before(words: list[str], c: int) -> bool:
    """The event noun at c is anaphoric, told before: a demonstrative before it («هذه المفاوضات») or (round
    14) «كهذه / كهذا» after it («لم تتأثر بهجمات كهذه»: attacks like these, which took place)."""
    return _bare(words[c - 1]) in _AR_DEMONSTRATIVE or (
        c + 1 < len(words) and _bare(words[c + 1]) in _AR_LIKE_THIS
    )


_AR_REASON = F._n("السبب سبب الأسباب أسباب الدافع دافع الدوافع دوافع")

_AR_REASON_PREP = F._n("في وراء")


def _ar_reason_of(toks: list[Token], words: list[str], c: int) -> bool:
    """(round 14) The event noun at c is what a reason noun explains («هو السبب في الإفراج»، «الدافع وراء
    الهجوم»): a cue on the copula («ربما كان»، «قد يكون»، «لم يكن») falls on the reason, the event is taken
    as given; not a future copula («سيكون السبب في اندلاع حرب»)."""
    if c < 2 or _bare(words[c - 1]) not in _AR_REASON_PREP or _bare(words[c - 2]) not in _AR_REASON:
        return False
    for j in range(c - 3, max(-1, c - 7), -1):
        if toks[j].text in F.PUNCT_BOUNDARY:
            break
        w = _bare(words[j])
        if w in ("سوف", "لن") or (w[:1] == "س" and w[1:] in ("يكون", "تكون")):
            return False
    return True


def _ar_future_purpose(toks: list[Token], words: list[str], a: int) -> bool:
    """(round 14) The event noun at a is لـ + a definite verbal noun right after a comma (an adjunct of
    purpose: «...، للقبض عليهم») and the clause before the comma is told in the future (لن، سوف، سـ + a
    verb): the purpose of an act to come is to come. After a past act it is not («تجمع المئات ...، للاحتجاج»:
    the gathering is the protest)."""
    if not (
        a > 1
        and toks[a - 1].text in (",", "،")
        and normalize(toks[a].prefix)[-1:] == "ل"
        and words[a].startswith("ال")
    ):
        return False
    for j in range(a - 2, max(-1, a - 16), -1):
        if toks[j].text in F.PUNCT_BOUNDARY and toks[j].text not in (",", "،"):
            return False
        w = _bare(words[j])
        if w in ("لن", "سوف") or _ar_future_verb(w):
            return True
        if w in F.AR_BOUNDARY:
            return False
    return False


# (round 14) verbs of continuing, extending or widening: in the future, the definite event they take as
# object is still to come («ستمدد الضربات الجوية»، «ستواصل الغارات»، «سيكثف الحملة»)
_AR_CONTINUE = F._n(
    "يمدد تمدد يواصل تواصل يستأنف تستأنف يكثف تكثف يوسع توسع يصعد تصعد يمددون يواصلون يستأنفون يكثفون"
)


def _ar_pluperfect(toks: list[Token], words: list[str], c: int, t: Trig) -> bool:
    """كان ... قد + a past verb: the pluperfect of background, however long the subject between them
    (an apposition, a relative clause, a name in quotes): «وكان الوزير، الذي زار المنطقة، قد أعلن».

    The trigger is the verb right after قد, or the event noun of the verb after قد («كان قد شن هجوما»).
    """
    q = next((j for j in (c - 1, c - 2) if j >= 0 and words[j] in ("قد", "وقد")), -1)
    if q < 1 or (q == c - 2 and t.kind != "noun"):
        return False
    if t.kind == "verb" and (t.imperfect or t.future):
        return False
    for j in range(q - 1, max(-1, q - 16), -1):
        tx = toks[j].text
        if tx in ".;:!?؛؟" or tx in ("-", "–", "—"):
            return False
        w = _bare(words[j])
        if w in _AR_PLUPERF_STOP or w == "قد":
            return False
        if w in ("كان", "كانت", "كانوا", "كانا", "كانتا"):
            return not (j + 1 < q and _bare(words[j + 1]) in _AR_EXISTENTIAL)
    return False


_AR_POLICE_SRC = F._n(
    "الشرطه الشرطة شرطة النيابه النيابة المحققون المحققين السلطات الادعاء الاتهام"
)  # لائحة الاتهام


# the verbs of a police statement («وقالت الشرطة إن»): the shared reporting verbs that are also speech verbs
# (قال، أعلن، أفاد، ذكر in the past) and the speech verbs أكد، أوضح and «قالوا»
_AR_SAY = (LEX.AR_REPORT_VERBS & LEX.AR_SPEECH_VERBS) | (
    LEX.AR_SPEECH_VERBS & F._n("أكد أكدت أوضح أوضحت قالوا")
)

_AR_PERSON_SUBJ = F._n(
    "الرجل رجل المتهم متهم الجاني جان الشاب شاب المرأة امرأة السيدة المشتبه مشتبه الزوج الأب الابن الطالب "
    "العامل عامل المواطن مواطن الوافد وافد الرجلين رجلين الشابين شابين المتهمين متهمين الجناة"
)


def _ar_police_claim(toks: list[Token], words: list[str], t: Trig) -> bool:
    """«وقالت الشرطة إن الرجل طعن جاره»: a suspect's act as told by the police is alleged (a person
    subject right before the verb; not the police or forces, not unknown gunmen)."""
    if t.kind != "verb" or t.a < 4:
        return False
    a = t.a
    if toks[a - 1].text in (",", "،"):
        # «إن الرجل الذي عرف بكنيته لي، وجه التهديد»: the subject with its relative clause
        rel = next(
            (k for k in range(a - 2, max(-1, a - 9), -1) if _bare(words[k]) in ("الذي", "التي", "الذين")),
            None,
        )
        if rel is None or rel < 3 or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(rel, a - 1)):
            return False
        a = rel
    subj = _bare(words[a - 1])
    if subj not in _AR_PERSON_SUBJ and words[a - 1] not in _AR_PERSON_SUBJ:
        return False
    if _bare(words[a - 2]) not in ("ان", "انه") and words[a - 2] not in ("ان", "انه"):
        return False
    for k in range(a - 3, max(-1, a - 8), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if words[k] in _AR_POLICE_SRC or _bare(words[k]) in _AR_POLICE_SRC:
            # «وقالت الشرطة»، «وقال مسؤول كبير في شرطة سيول»
            return any(
                (words[j] in _AR_SAY or _bare(words[j]) in _AR_SAY)
                and not any(toks[q].text in F.PUNCT_BOUNDARY for q in range(j, k))
                for j in range(max(0, k - 5), k)
            )
    return False


_AR_INCLUDING = F._n("ذلك منها ومنها بينها وبينها فيها")


def _ar_list_item_modality(toks: list[Token], words: list[str], c: int) -> set[str]:
    """An event listed after «، بما في ذلك / منها» shares the future or possibility of the clause before
    the comma: «ستتخذ الحكومة إجراءات، بما في ذلك فرض عقوبات» (planned)."""
    marker = next((k for k in range(c - 1, max(-1, c - 4), -1) if _bare(words[k]) in _AR_INCLUDING), None)
    if marker is None:
        return set()
    if _bare(words[marker]) in ("ذلك", "فيها"):  # «بما في ذلك»، «بما فيها», not «وذلك بعدما»
        before = [_bare(w) for w in words[max(0, marker - 2) : marker]]
        if "بما" not in before:
            return set()
        marker -= len(before)
    comma = next((k for k in range(marker - 1, max(-1, marker - 4), -1) if toks[k].text in (",", "،")), None)
    if comma is None:
        return set()
    out: set[str] = set()
    for k in range(comma - 1, max(-1, comma - 10), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        if cue := _ar_clause_cue_at(words, k):
            out.add(cue)
    return out


def _ar_clause_cue_at(words: list[str], k: int) -> str | None:
    """The future or possibility cue the word at k gives its clause, read by `_ar_list_item_modality` and
    `_ar_whether_or_modality`: «planned» for a future verb or a word of `F.AR_PLANNED` («سوف» among them),
    «possible» for a word of `F.AR_POSS` or «قد» before an imperfect; a و / ف on the word is passed over."""
    w = words[k]
    w0 = w[1:] if w[:1] in "وف" and len(w) > 2 else w
    if _ar_future_verb(w0) or w0 in F.AR_PLANNED:
        return "planned"
    if w0 in F.AR_POSS or (w0 == "قد" and k + 1 < len(words) and words[k + 1][:1] in "يت"):
        return "possible"
    return None


def _ar_imperfect_next(words: list[str], k: int) -> bool:
    """The word after أن at k is an imperfect verb (يتم، تبدأ), not a past verb or a noun."""
    nxt = _bare(words[k + 1]) if k + 1 < len(words) else ""
    return nxt[:1] == "ي" or (nxt[:1] in ("ت", "ن") and nxt not in ("تم", "تمت") and len(nxt) >= 3)


def _ar_failed(toks: list[Token], words: list[str], c: int, consult: bool = False) -> bool:
    """فشل + في / ب + what failed to happen, at least two tokens on (not «فشل المفاوضات»: the talks
    took place), and no prevention between («فشلت الشرطة في منع الهجوم»: the attack took place).
    (round 20) Also the failure nouns with a pronoun or إخفاق («وفشلها في وقف إطلاق النار»، «إخفاق لبناني في
    الاتفاق»), and a comma right before «في» + the event after a long subject («فشل جولة المفاوضات ... بين
    روسيا وأوكرانيا والاتحاد الأوروبي، في التوصل إلى اتفاق»); «غياب» right before an indefinite event
    («في ظل غياب اتفاق»: there is none)."""
    if c >= 1 and toks[c - 1].text in F.PUNCT_BOUNDARY:
        return False  # «وفشلها في وقف إطلاق النار في لبنان، دعما للولايات المتحدة»: after the clause
    if c >= 1 and _bare(words[c - 1]) in _AR_ABSENCE and not _bare(words[c]).startswith(("ال", "لل")):
        return True
    comma = c >= 2 and toks[c - 2].text in ",،" and _bare(words[c - 1]) == "في"
    for k in range(c - 2, max(-1, c - (13 if comma else 11)), -1):  # «فشل اجتماع جديد بين طرفي النزاع في»
        if (toks[k].text in F.PUNCT_BOUNDARY and not (comma and k == c - 2)) or words[k] in F.AR_BOUNDARY:
            return False
        noun = words[k] in _AR_FAIL_NOUN or _bare(words[k]) in _AR_FAIL_NOUN  # «فشله» keeps its ف
        if words[k] in _AR_FAIL or _bare(words[k]) in _AR_FAIL or noun:
            between = [_bare(w) for w in words[k + 1 : c]]
            if noun and consult:
                return False  # «إخفاق لبناني في اجتماعات الناقورة»: the meetings are where it failed
            return any(w in ("في", "ب") or w.startswith("ب") for w in between) and not any(
                w in _AR_PREVENT or _unprep(w) in _AR_PREVENT for w in between
            )
    return False


# ---------------------------------------------------------------- round 9 (branch fact9)
def _ar_incise_before(toks: list[Token], k: int) -> int | None:
    """The opening comma of an incise that ends right before token ``k`` («وينتظر، وفقا للاتفاق، أن»):
    at most eight words between the two commas and no other boundary."""
    if k < 3 or toks[k - 1].text not in (",", "،"):
        return None
    for j in range(k - 2, max(-1, k - 11), -1):
        if toks[j].text in (",", "،"):
            return j if j >= 1 and k - 1 - j >= 2 else None
        if toks[j].text in F.PUNCT_BOUNDARY:
            return None
    return None


_AR_HARD = F._n("صعبا صعب الصعب صعبة مستحيلا مستحيل المستحيل")

_AR_EASY = F._n("السهل اليسير سهلا يسيرا")


def _ar_easy_to(toks: list[Token], words: list[str], a: int) -> bool:
    """What is (not) hard to do is possible: «ليس صعبا على دول الخليج مصافحة روحاني، وتوقيع اتفاق»، «ليس
    من المستحيل التوصل»، «من السهل فرض عقوبات». The verbal noun is the subject of the adjective (a
    coordinated one, و + noun, may follow a comma); no other boundary between."""
    coord = toks[a].text[:1] == "و" or "و" in normalize(toks[a].prefix)
    for k in range(a - 1, max(-1, a - 15), -1):
        tx = toks[k].text
        if tx in F.PUNCT_BOUNDARY and not (coord and tx in (",", "،")):
            return False
        w = _bare(words[k])
        if k < a - 1 and w in F.AR_BOUNDARY:
            return False
        if w in _AR_HARD:
            prev = [_bare(x) for x in words[max(0, k - 2) : k]]
            return "ليس" in prev or "ليست" in prev
        if w in _AR_EASY:
            return k > 0 and _bare(words[k - 1]) == "من" or w in ("سهلا", "يسيرا")
    return False


def _ar_condition_before(toks: list[Token], words: list[str], a: int, lang: str) -> bool:
    """A condition opening mid-sentence with وإذا and running without a comma into the clause of a
    possible or planned event: «ووقعت إيران اتفاقا وإذا ما أكدت الوكالة التزام طهران ... يمكن رفع
    العقوبات». Not «ما إذا» (whether)."""
    if lang != "ar":
        return False
    for k in range(a - 1, max(-1, a - 25), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[k]) == "اذا" and toks[k].text[:1] in "وف" and len(toks[k].text) > 3:
            return True
    return False


_AR_LEAD_TO = F._n("يؤدي تؤدي يقود تقود يفضي تفضي يجر تجر")


def _ar_possible_result(toks: list[Token], words: list[str], a: int) -> bool:
    """The outcome of a possible consequence: قد / ربما / يمكن أن + يؤدي (يقود، يفضي) ... إلى + the event
    («وقد يؤدي التحقيق الذي تجريه الوزارة إلى مزيد من الاتهامات»), within one clause of 16 words."""
    to = None
    for k in range(a - 1, max(-1, a - 17), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[k])
        if to is None and w in ("الي", "الى"):
            to = k
        elif to is not None and w in _AR_LEAD_TO:
            prev = [_bare(x) for x in words[max(0, k - 2) : k]]
            return bool({"قد", "ربما"} & set(prev)) or prev[-2:] == ["يمكن", "ان"]
    return False


# verbs of outcome whose negation denies what they would have produced, by the preposition each takes:
# «لم تسفر المحادثات عن اتفاق»، «لم تفض المفاوضات إلى اتفاق»
_AR_OUTCOME_AN = F._n("تسفر يسفر تثمر يثمر تتمخض يتمخض")

_AR_OUTCOME_ILA = F._n("تفض يفض تفضي يفضي تؤد يؤد تؤدي يؤدي")


def _ar_negated_outcome(toks: list[Token], words: list[str], a: int) -> bool:
    """The event noun is what a negated verb of outcome did not produce: لم/لن/لا + تسفر (تثمر، تتمخض) +
    its subject + عن, or تفضي (تؤدي) + its subject + إلى, then (أي) and the event («قال إن المحادثات لم
    تسفر عن اتفاق»، «ولم تثمر الجولة عن اتفاق»): the event did not happen. Up to four words between the verb
    and its preposition any subject; (round 48) up to sixteen a subject with its relative clause and adjuncts
    («لم تسفر جولة المفاوضات التي استضافتها العاصمة الأردنية عمان على مدى ثلاثة أيام عن أي اتفاق»), the
    scan stopping there at a clause word other than a relative pronoun or at the same preposition."""
    k = a - 1
    if k >= 0 and _bare(words[k]) == "اي":
        k -= 1
    if k < 2:
        return False
    prep = _bare(words[k])
    verbs = _AR_OUTCOME_AN if prep == "عن" else _AR_OUTCOME_ILA if prep in ("الي", "الى") else None
    if verbs is None:
        return False
    for j in range(k - 1, max(0, k - 17), -1):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[j])
        if w in verbs:
            return _bare(words[j - 1]) in F.AR_VERB_NEG
        if k - j > 4 and ((w in F.AR_BOUNDARY and w not in _AR_REL) or w == prep):
            return False  # (round 48) past four words only a subject with its relative clause and adjuncts
    return False


_AR_INVOLVED = F._n(
    "متورط متورطة متورطون متورطين متورطا متورطان متورطتان تورط بتورط تورطه تورطها تورطهم تورطهما بتورطه "
    "بتورطها بتورطهم"
)


def _ar_involved_in(toks: list[Token], words: list[str], a: int) -> bool:
    """An indefinite act after «متورط في» / «تورطه في» is claimed, not told («بأن إيران متورطة في دعم
    المسلحين»); a definite event («متورط في الهجوم») took place, only the involvement is claimed."""
    if a < 2 or _bare(words[a - 1]) != "في" or toks[a - 1].text in F.PUNCT_BOUNDARY:
        return False
    if _bare(words[a]).startswith(("ال", "لل")) or "ال" in normalize(toks[a].prefix):
        return False
    return words[a - 2] in _AR_INVOLVED or _bare(words[a - 2]) in _AR_INVOLVED


def _ar_whether_or_modality(toks: list[Token], words: list[str], a: int) -> set[str]:
    """The alternatives of a «، سواء ... أو ...» adjunct share the future or possibility of the clause
    before the comma: «سوف تفرض المنطقة بقوة النار، سواء بالضربات الجوية أو بدعم الجيش الحر» (planned)."""
    sw = None
    for k in range(a - 1, max(-1, a - 9), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        if _bare(words[k]) == "سواء":
            sw = k
            break
    if sw is None and _bare(words[a]).startswith("سواء"):
        sw = a
    if sw is None or sw < 2 or toks[sw - 1].text not in (",", "،"):
        return set()
    out: set[str] = set()
    for k in range(sw - 2, max(-1, sw - 14), -1):
        if toks[k].text in F.PUNCT_BOUNDARY and toks[k].text not in _QUOTES:
            break
        if cue := _ar_clause_cue_at(words, k):
            out.add(cue)
    return out


_AR_ANNOUNCE = F._n("تعلن يعلن يعلنوا يعلنون أعلن أعلنت تبد يبد تبدي يبدي يبدوا تظهر يظهر")

_AR_STANCE_TYPES = frozenset({"SUPPORT", "AGREE", "REJECT"})


def _ar_unannounced_stance(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A stance not declared is not taken: لم / لن / لا + أعلن / أبدى (its subject or «حتى الساعة»، «بعد»
    between) + a support, agreement or rejection noun («لم تعلن الكتلة حتى الساعة دعمها»، «لم يبد موافقته»)."""
    if t.type not in _AR_STANCE_TYPES or t.imperfect:
        return False
    for j in range(t.a - 1, max(-1, t.a - 6), -1):
        if toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) in F.AR_BOUNDARY:
            return False
        if _bare(words[j]) in ("انه", "انها", "انهم", "انهما"):
            return False  # «لم تعلن أنها رفضت»: a clause of its own
        if words[j] in _AR_ANNOUNCE or _bare(words[j]) in _AR_ANNOUNCE:
            return j > 0 and _bare(words[j - 1]) in F.AR_VERB_NEG
    return False


_AR_WH = F._n("أين اين لماذا كيف متى متي")

_AR_TAKE_PLACE_PAST = F._n("وقع وقعت حدث حدثت تم جرى جرت عقد عقدت انعقد بدأ بدأت حصل حصلت")


def _ar_question_on_given(toks: list[Token], words: list[str], t: Trig) -> bool:
    """An indirect question on a property of an event takes the event as given: «لم يتضح من أين يأتي
    إطلاق النار» (where it comes from), «سئل عما إذا كان إطلاق سراحه جاء بعد دفع فدية» (whether it came
    after a ransom). Not when the question is whether it takes place («ما إذا كان الهجوم قد وقع»، «سيعقد»)."""
    a = t.a
    if t.kind != "noun" or a < 2:
        return False
    wh = None
    for k in range(a - 1, max(-1, a - 5), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[k])
        if w in _AR_WH or (w in ("كان", "كانت") and k > 0 and _bare(words[k - 1]) == "اذا" and k == a - 1):
            wh = k
            break
    if wh is None:
        return False
    if _bare(words[wh]) in ("كان", "كانت"):
        # whether + the event + a predicate: a verb that is not one of taking place, nor future
        for j in range(t.b + 1, min(len(words), t.b + 6)):
            if toks[j].text in F.PUNCT_BOUNDARY:
                return False
            w = _bare(words[j])
            if w in ("قد", "سوف") or w in _AR_TAKE_PLACE_PAST or _ar_future_verb(w):
                return False
            if w in ("جاء", "جاءت", "ياتي", "تاتي", "كان", "كانت", "يعود", "تعود"):
                return True
        return False
    # wh-word + a verb, then the event as its subject; not a present verb of taking place («متى يعقد
    # الاجتماع»: the meeting is still to come), a past one is given («أين وقع الهجوم»)
    v = _bare(words[wh + 1])
    return a - wh == 2 and v not in _AR_TAKE_PLACE and not _ar_future_verb(v)


def _ar_that_at(words: list[str], k: int) -> bool:
    """Word ``k`` opens a أن-clause (أن، أنه، أنها ... also after ب: بأنه)."""
    return _unprep(_bare(words[k])) in ("ان", "انه", "انها", "انهم", "انهما") or words[k] in (
        "بانه",
        "بانها",
        "بان",
    )


def _ar_asyndetic_cue_done(toks: list[Token], words: list[str], j: int, k: int, c: int, t: Trig) -> bool:
    """(round 15) The cue at j opens a relative clause with no pronoun, as an indefinite antecedent takes
    («أن مواطنا سويديا يشتبه بأنه تجسس لإيران تم اعتقاله»، «شابا يشتبه بأنه سرق السيارة جرى توقيفه»):
    its complement (بأنه + a past verb) is complete before «تم / جرى» + the event, the main predicate."""
    prev = _bare(words[j - 1])
    if toks[j - 1].kind != "ar" or prev.startswith("ال") or prev in F.AR_BOUNDARY or prev in F.AR_NEG:
        return False
    if not _ar_that_at(words, k):
        return False
    if t.kind != "noun" or c < 1 or _bare(words[c - 1]) not in ("تم", "جري") or c - k < 4:
        return False
    if any(toks[q].text in F.PUNCT_BOUNDARY for q in range(k, c)):
        return False
    t.cue_placed = True  # the suspicion is placed on the antecedent's clause: no safeguard over it
    return True


def _ar_relative_cue_done(toks: list[Token], words: list[str], j: int, k: int, c: int, t: Trig) -> bool:
    """The cue at ``j`` is the verb of a relative clause (الذي / التي / الذين right before it) whose
    complement at ``k`` (بأنه، أنها) is already complete before the trigger, a past verb two or more words
    on: that verb is the main clause's predicate («أن الرجل الذي يشتبه بأنه وراء الجريمة اعتقل»), not
    what is suspected («الرجل الذي يشتبه بأنه قتل زوجته» stays alleged)."""
    # (round 11) also the free relative من: «إن من يشتبه أنهم متشددون هاجموا فندقا»
    if j >= 1 and _bare(words[j - 1]) not in ("الذي", "التي", "الذين", "من"):
        return _ar_asyndetic_cue_done(toks, words, j, k, c, t)
    if j < 1:
        return False
    if not _ar_that_at(words, k):
        return False
    if t.kind != "verb" or t.imperfect or c - k < (2 if _bare(words[j - 1]) == "من" else 3):
        return False
    return not any(toks[q].text in F.PUNCT_BOUNDARY for q in range(k, c))


# (round 26) a possibility or allegation adjective after the event word: «الاتهامات المحتملة»،
# «انتهاكات حقوقية مزعومة» (one relational adjective of the same definiteness may come between)
_AR_POSSIBLE_RIGHT = F._n("المحتمل المحتملة محتمل محتملة المحتملين المحتملتين")


def _ar_right_adjective(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round 26) "possible" when the word after the event is محتمل (in any form), "alleged" when it is
    مزعوم; one relational (nisba) adjective agreeing in definiteness with the event word may stand between
    («انتهاكات حقوقية مزعومة»), no preposition, clause word or punctuation."""
    n = len(toks)
    for j in (t.b + 1, t.b + 2):
        if j >= n or toks[j].kind != "ar":
            return None
        w = words[j]
        if w in _AR_POSSIBLE_RIGHT:
            return "possible"
        if w in F.AR_ALLEGED_RIGHT:
            return "alleged"
        head = _bare(words[t.b])
        if (
            j > t.b + 1
            or w in F.AR_BOUNDARY
            or w in _AR_PREP_ALL
            or w.startswith("ال") != head.startswith(("ال", "لل"))
            or not w.endswith(("يه", "ي", "يين", "يات"))
        ):
            return None
    return None


# (round 32) an event called ongoing: «الحرب المستمرة»، «المفاوضات الجارية»، «المعارك الدائرة»، or with the
# predicate «لا تزال / ما زالت + جارية / مستمرة»
_AR_ONGOING = F._n(
    "المستمر المستمرة مستمر مستمرة مستمرا المستمرين الجاري الجارية جار جارية جاريا جاريه الجاريه المستمره "
    "مستمره المتواصل المتواصلة متواصل متواصلة متواصلا الدائر الدائرة دائرة"
)

_AR_STILL = F._n("تزال يزال زال زالت زالوا تزالان يزالون")


def _ar_ongoing(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 32) The event noun is called ongoing, so it is taking place, whatever modal weighs on the clause
    around it: an adjective of going on right after it (one nisba adjective may stand between: «العمليات
    العسكرية المستمرة»), or its predicate «لا تزال / ما زالت / لاتزال (a word between) + جارية / مستمرة»
    within five words, no punctuation between («رغم أن المباحثات لا تزال جارية»، «من الحرب المستمرة منذ
    أربعة أشهر»)."""
    if t.kind != "noun":
        return False
    n = len(toks)
    for j in range(t.b + 1, min(n, t.b + 7)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        w = words[j]
        if w in _AR_ONGOING:
            if j <= t.b + 2:
                return j == t.b + 1 or w.startswith("ال") == _bare(words[t.b]).startswith("ال")
            return any(_bare(words[q]) in _AR_STILL or words[q] in _AR_STILL for q in range(t.b + 1, j))
        if j == t.b + 1 and _bare(w) in _AR_STILL:
            continue
        if j > t.b + 2 and not any(_bare(words[q]) in _AR_STILL for q in range(t.b + 1, j)):
            return False
    return False


# (round 40) past verbs of starting, going on and taking place in a relative clause on the event noun
_AR_REL_STARTED = F._n(
    "بدأت بدأ بدات بدا انطلقت انطلق جرت جرى استمرت استمر دارت دار عقدت عقد انعقدت انعقد وقعت وقع حصلت حصل"
)


def _ar_relative_started(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 40) The event noun is told under way or past by a relative clause on it: a relative pronoun
    right after it (or after a comma) and a past verb of starting, going on or taking place («المفاوضات التي
    بدأت بصعوبة»، «بالمشاورات والاتصالات التي انطلقت»، «قبيل بدء المفاوضات، التي استمرت لست ساعات»). It took
    place, whatever future or modal weighs on the clause around it. Not a PROTEST (the `--arabic-protest`
    guard counts any protest that took place; round 33's note)."""
    if t.kind != "noun" or t.type == "PROTEST":
        return False
    j = t.b + 1
    if j < len(toks) and toks[j].text in (",", "،"):
        j += 1
    if j + 1 >= len(toks) or _bare(words[j]) not in _AR_REL:
        return False
    return _bare(words[j + 1]) in _AR_REL_STARTED


# (round 33) nouns whose genitive is an event that took place: its doers, victims, place, images,
# memory, aftermath («منفذ الهجوم»، «ضحايا التفجيرات»، «مكان الانفجار»، «صور تفجير»، «ذكرى الاعتداء»)
_AR_PRESUPPOSING_HEAD = F._n(
    "منفذ منفذي منفذو مرتكب مرتكبي مرتكبو ضحايا ضحية مكان موقع صور صورة ذكرى تداعيات مسرح"
)


def _ar_presupposing_head(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 33) The event noun is the genitive of a noun that presupposes it («قد تكون من ضحايا التفجيرات»،
    «قرب مكان الانفجار»، «قررت ... منع تداول صور تفجير»): it took place, whatever modal or plan weighs on the
    clause around it. The 21 tuning gold items so placed are asserted or reported. Not a PROTEST: «ويبدو أن
    هذين المتظاهرين هما أول ضحايا الإضرابات التي بدأت» is an easy-no sentence of `--arabic-protest` (the
    guard counts any protest that took place there)."""
    if t.kind != "noun" or t.type == "PROTEST" or t.a < 1 or toks[t.a - 1].kind != "ar":
        return False
    w = _bare(words[t.a - 1])
    if w[:1] == "و" and len(w) > 3:
        w = w[1:]
    if w[:1] in "بل" and w[1:] in _AR_PRESUPPOSING_HEAD:
        w = w[1:]
    if w not in _AR_PRESUPPOSING_HEAD:
        return False
    # not an event still to come: «مكان الاجتماع المقبل»، «موعد ومكان القمة المرتقبة»
    return not any(_bare(words[j]) in _AR_COMING for j in range(t.b + 1, min(len(words), t.b + 3)))


_AR_COMING = F._n(
    "المقبل المقبلة القادم القادمة المرتقب المرتقبة المزمع المزمعة المنتظر المنتظرة المقرر المقررة"
)


# (round 33) verbs whose object is an event already there: to affect, hinder, undermine, submit to, forget
# it («لن يؤثر على دعم»، «لكي لا يعرقلوا المفاوضات»، «لن تخضع للتهديد»); not to threaten (تهدد بشن: a plan)
_AR_AFFECT_VERBS = F._n(
    "يؤثر تؤثر يؤثرا يؤثران يؤثرون يعرقل تعرقل يعرقلوا يعرقلون يعطل تعطل يعطلوا يعطلون يقوض تقوض "
    "يقوضوا يخضع تخضع يخضعوا يخضعون ينسى تنسى ينسوا ينسون"
)
_AR_AFFECT_PREPS = F._n("على علي في")


def _ar_object_of_affect(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 33) The event noun is the object of a verb of affecting, hindering or submitting, right after
    it or after على / في, or with ل on it («لن تخضع للتهديد»): the event is there already; the verb's own
    future, purpose or modal («لن»، «لكي لا»، «قد») is not the event's. The four tuning gold items so placed
    are asserted."""
    if t.kind != "noun" or t.a < 1:
        return False
    j = t.a - 1
    if _bare(words[j]) in _AR_AFFECT_PREPS and not _ar_lam(toks[t.a]):
        j -= 1
    if j < 0 or toks[j].kind != "ar":
        return False
    w = _bare(words[j])
    for p in ("و", "ف", "س"):
        if w[:1] == p and w[1:] in _AR_AFFECT_VERBS:
            w = w[1:]
    return w in _AR_AFFECT_VERBS


# (round 26) time adverbs whose object is an event: its time is the time of the adverb's clause
_AR_TIME_HEAD = F._n("قبل بعد عقب فور بمجرد")

_AR_ADJUNCT_LIGHT = F._n("شن تنفيذ إجراء اجراء عقد")


def _ar_adjunct_of_future(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 26) The event word is the object of a time adverb (قبل، بعد، عقب، فور، بمجرد، في غضون ...
    من), a light verbal noun allowed between («قبل شن هجوم»), and the adverb's clause is told as to come:
    a future verb (سـ + an imperfect, سوف، لن) in it, before the adverb or right after the event («في غضون
    يوم من رفع العقوبات سنرفع الإنتاج»); after قبل also an imperfect verb or a verb of attempt or plan
    before it («تحاول القوات التمهيد لحملة ... قبل شن هجوم»). After بعد، عقب، فور، بمجرد the event word
    must be indefinite (a verbal noun with its object: «بعد توقيع الاتفاق»), not a given event («سيزور
    المدينة بعد الهجوم»، «سيعني ذلك ... بعد انسحابها من الأراضي»: definite or with a possessive suffix)."""
    a, n = t.a, len(toks)
    if a < 1 or t.future or t.imperfect:
        return False
    k = a - 1
    if _bare(words[k]) in _AR_ADJUNCT_LIGHT and not normalize(toks[k].prefix).strip("وف"):
        k -= 1
    head = _bare(words[k])
    if head == "من" and k >= 2 and _bare(words[k - 2]) == "غضون":
        head, k = "غضون", k - 2
    elif head not in _AR_TIME_HEAD or normalize(toks[k].prefix).strip("وف"):
        return False
    wa = _bare(words[a])
    if head != "قبل" and (
        wa.startswith("ال") or (len(wa) > 4 and wa.endswith(("ها", "هم", "هما", "كم", "نا")))
    ):
        return False  # a given event: «بعد الهجوم»، «بعد انسحابها من الأراضي اللبنانية»
    verbs = {u.a: u for u in trigs if u.kind == "verb" and u.a < k}
    for j in range(k - 1, max(-1, k - 25), -1):
        if toks[j].text in F.PUNCT_BOUNDARY:
            break
        w = _bare(words[j])
        if w in F.AR_KANA or w in ("قد", "لقد"):
            return False
        if w in ("سوف", "لن") or _ar_future_verb(w):
            return True
        if head == "قبل" and (w in F.AR_POSS or w in F.AR_PLANNED or (j in verbs and verbs[j].imperfect)):
            return True
        if j in verbs or w in F.AR_BOUNDARY:
            break
    for j in range(t.b + 1, min(n, t.b + 6)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            break
        w = _bare(words[j])
        if w in ("سوف", "لن") or _ar_future_verb(w):
            return True
    return False


# (round 26) a rumour or another outlet's story named as such: «ما تردد»، «ما يشاع»، «ما أوردته وكالة»
_AR_RUMOUR_VERB = F._n("تردد يتردد أشيع اشيع يشاع أوردته اوردته نقلته تداولته تناقلته يتداول")

_AR_RUMOUR_LINK = F._n("عن من بأن بان بشأن حول")

_AR_RELATIVE = F._n("الذي التي الذين اللذين اللتين اللواتي")


def _ar_rumoured(toks: list[Token], words: list[str], t: Trig, any_kind: bool = False) -> bool:
    """(round 26) The event is what a rumour or another outlet's story tells, named as such with the
    relative ما: ما (مما، عما، بما) + تردد، يتردد، أشيع، يشاع، أوردته، نقلته، تداولته, then عن، من، بأن،
    بشأن or حول before the event, within 25 words; commas and a relative clause may come between
    («وتعقيبا على ما تردد في بعض وسائل الإعلام، من زيارة مسؤول»، «إن ما أوردته وكالة أنباء فارس بأن هناك
    اتفاقا»). A denial before it is `_ar_untrue_report`'s (the event is then negated and not reached).
    ``any_kind`` (round 28): a verb right after عن / من counts too (a rumour called false, «ما تردد عن منع»)."""
    link = False
    for k in range(t.a - 1, max(0, t.a - 26), -1):
        tx = toks[k].text
        if tx in F.PUNCT_BOUNDARY and tx not in (",", "،"):
            return False
        w = _bare(words[k])
        if w in _AR_RUMOUR_VERB or words[k] in _AR_RUMOUR_VERB:
            return link and _bare(words[k - 1]) in ("ما", "مما", "عما", "بما")
        if w in ("مايتردد", "ماتردد"):
            return link
        if w in _AR_RUMOUR_LINK or words[k] in _AR_RUMOUR_LINK:
            # a finite verb is no content of «ما تردد عن / من», unless right after it (``any_kind``)
            link = link or t.kind == "noun" or (any_kind and k == t.a - 1)
        elif w in ("ان", "أن") and normalize(toks[k].prefix)[-1:] == "ب":
            link = True  # «ما أوردته الوكالة بأن ...»: a clause, its verb included
        elif w in F.AR_BOUNDARY and w not in _AR_RELATIVE:
            return False
    return False


# (round 32) news or information named as such, with the event right after its «عن»: «بعد ورود معلومات عن
# مفاوضات»، «وسط تواتر المعلومات عن رفض»
_AR_NEWS_NOUNS = F._n("معلومات المعلومات أنباء الأنباء انباء الانباء أخبار الأخبار اخبار الاخبار")

# a denial or absence of the news before it: «دون ورود معلومات عن»، «ولم ترد أي تقارير عن»، «ليس لديه معلومات»
_AR_NEWS_DENIED = F._n("لم لا لن ما دون بدون عدم أي اي ليس ليست انعدام غياب")


def _ar_news_about(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 32) The event noun is what news or information tells: «عن» right before it, a news noun
    (معلومات، أنباء، أخبار) right before «عن», with no denial or absence within three words before the news
    noun and no punctuation between; a word tagged as a verb counts too, as right after «عن» it is a noun («لا سيما بعد ورود معلومات عن مفاوضات تجري»، «وسط تواتر المعلومات عن رفض
    قبلي»). Not «دون ورود معلومات عن قتلى» nor «لم ترد أي معلومات عن اشتباكات» (no news: the writer's own)."""
    k = t.a - 1
    if k < 1 or words[k] != "عن" or toks[k].text in F.PUNCT_BOUNDARY:
        return False
    if words[k - 1] not in _AR_NEWS_NOUNS or normalize(toks[k - 1].prefix) not in ("", "و"):
        return False
    for j in range(k - 2, max(-1, k - 5), -1):
        if toks[j].text in F.PUNCT_BOUNDARY:
            break
        if words[j] in _AR_NEWS_DENIED or _bare(words[j]) in _AR_NEWS_DENIED:
            return False
    return True


# (round 28) a rumour called false after it: «عار عن الصحة»، «غير صحيح»، «مجرد أكاذيب»، «لا أساس له من الصحة»,
# or denied by name («نفى السفير هذه المزاعم»)
_AR_BARE_OF = F._n("عار عاري عارية عارٍ عارى")

_AR_TRUE = F._n("صحيح صحيحة صحيحا")

_AR_LIES = F._n("أكاذيب اكاذيب أكذوبة اكذوبة افتراءات")

_AR_DENY_VERB = F._n("نفى نفت نفوا ينفي تنفي ونفى ونفت")

_AR_RUMOUR_NAMES = F._n(
    "المزاعم مزاعم الأنباء الانباء الشائعات الشائعة التقارير الادعاءات الإدعاءات الأخبار الاخبار"
)


def _ar_rumour_called_false(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 28) The rumour or story that tells the event (`_ar_rumoured`) is called false later in the
    sentence: «عار (تماما) عن الصحة»، «غير صحيح»، «(مجرد) أكاذيب»، «لا أساس له من الصحة», or a denial verb
    with the rumour named after it («نفى السفير قطان هذه المزاعم»)."""
    n = len(toks)
    for k in range(t.b + 1, n):
        if toks[k].text in F.PUNCT_BOUNDARY and toks[k].text not in (",", "،", '"', "«", "»", "“", "”"):
            return False
        w = words[k]
        ahead = words[k + 1 : k + 4]
        if w in _AR_BARE_OF and any(x in _AR_TRUTH or "الصح" in x for x in ahead):
            return True
        if w == "غير" and k + 1 < n and words[k + 1] in _AR_TRUE:
            return True
        if w in _AR_LIES or _bare(w) in _AR_LIES:
            return True
        if _bare(w) == "اساس" and k > 0 and words[k - 1] == "لا":
            return True
        if w in _AR_DENY_VERB and any(x in _AR_RUMOUR_NAMES for x in words[k + 1 : k + 5]):
            return True
    return False


# (round 26) a predicate of possibility: «أن هجوما روسيا على فنلندا ممكن»، «بات ممكنا تطبيقه»
_AR_POSSIBLE_PRED = F._n("ممكن ممكنا ممكنة محتمل محتملا محتملة واردا وارد واردة")

_AR_BECOME = F._n("بات باتت أصبح اصبح أصبحت اصبحت صار صارت")


def _ar_possible_predicate(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 26) The event noun is the subject of a nominal sentence whose predicate is an adjective of
    possibility (ممكن، محتمل، وارد), within fourteen words: the noun right after أن / إن or first in its
    sentence, the adjective indefinite after a definite word or after بات / أصبح / صار («مشيرا إلى أن هجوما
    روسيا على فنلندا أو دول البلطيق ممكن»، «والاعتقال الإداري الذي يجري ... بات ممكنا تطبيقه»), so not an
    attribute («بأسرع وقت ممكن»، «أوسع ائتلاف دولي ممكن»); no punctuation or clause word but a relative
    pronoun between."""
    if t.kind != "noun":
        return False
    first = next((j for j, tk in enumerate(toks) if tk.kind == "ar" and words[j] not in ("و", "ف")), -1)
    if not (t.a == first or (t.a >= 1 and _bare(words[t.a - 1]) in ("ان", "أن", "إن"))):
        return False
    for j in range(t.b + 1, min(len(toks), t.b + 15)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[j])
        if w in _AR_POSSIBLE_PRED or words[j] in _AR_POSSIBLE_PRED:
            prev = _bare(words[j - 1])
            return prev in _AR_BECOME or (prev.startswith("ال") and j - 1 > t.b)
        if w in F.AR_BOUNDARY and w not in _AR_RELATIVE:
            return False
    return False


# (round 26) the words of a stance taken because of an event: «احتجاجا على»، «استنكارا لـ»، «الاعتذار عن»
_AR_STANCE_CAUSE = F._n("احتجاجا احتجاجاً استنكارا استنكاراً تنديدا تنديداً بالاعتذار الاعتذار اعتذارا اعتذاراً")


def _ar_stance_cause(words: list[str], t: Trig) -> bool:
    """(round 26) The event noun right after a word of protest, condemnation or apology taken because of it
    (احتجاجا، استنكارا، تنديدا، الاعتذار), على / عن or a لـ / بـ on the event between («احتجاجا على رفض
    هيئة المحكمة»، «استنكارا لقتل الضابط»، «بالاعتذار لمقتل أحد مراقبيها»)."""
    a = t.a
    if t.imperfect or t.future or a < 1:
        return False  # a past-looking trigger after على is its verbal noun: «احتجاجا على رفض»
    k = a - 1
    if _bare(words[k]) in ("على", "علي", "عن") and k > 0:
        k -= 1
    return _bare(words[k]) in _AR_STANCE_CAUSE or words[k] in _AR_STANCE_CAUSE


# (round 31) a purpose adjunct: ل + a verbal noun opening a clause of its own after a complete clause (after a
# comma or a time adverb, or after the clause's prepositional complement), or بـ + a verbal noun as the content
# of a decision noun (قرار بـ): the event named is still to come («توجه الوفد إلى مسقط، أمس، للمشاركة في
# محادثات»، «يزور موسكو اليوم، لإجراء محادثات»، «عمليات البحث جارية ...، للقبض عليهم»، «اتخذت قرارا بإطلاق
# سراح 70 أسيرا»)
_AR_PURPOSE_TIME = F._n("أمس امس اليوم الليلة البارحة غدا فجرا صباحا مساء ظهرا")
_AR_DECISION_NOUN = F._n("قرار قرارا قراراً القرار قراره قرارها قرارهم")
# (round 38) order and instruction nouns, which name what is to be done the same way («أوامر بإطلاق الرصاص»،
# «هناك تعليمات بضبط المشتبه بهم»)
_AR_ORDER_NOUN = F._n(
    "أوامر اوامر الأوامر الاوامر أوامره أوامرها تعليمات التعليمات تعليماته تعليماتها توجيهات التوجيهات توجيهاته"
)
# the verbal nouns of carrying out or taking part, whose object or في-complement is the event they name
_AR_DO_LIGHT = F._n("اجراء إجراء عقد بدء البدء شن تنفيذ تنظيم استئناف القيام")
_AR_TAKE_PART = F._n("المشاركه المشاركة الاشتراك المساهمه المساهمة")
# words that begin with ل or ب of their own (names, nouns), no proclitic
_AR_L_WORDS = F._n(
    "لبنان لندن ليبيا لجنة لجنه لقاء لواء لحظة لحظه لغة لغه لدى لعبة لائحة ليلة ليله ليس ليست لماذا لاجئين "
    "لاجئ لاجئون لاهاي لوزان لقائه لقائها لقائهم لقائهما لقاءات لقاءه لقاءها بريطانيا بلجيكا بغداد بيروت بكين برلين باريس باكستان بيان بيانا بلاده بلادها "
    "بلدة بلده بعد بعض بين بينما بشكل بسبب بدون بحسب بناء بالغ بحث"
)
_AR_THAT_FORMS31 = F._n("أنه انه أنها انها أنهم انهم إنه انه إنها إنهم")
_AR_PP_PREP = F._n("على علي في إلى الى نحو مع ضد داخل")
# verbs of undergoing, whose ل-complement is an event that befell the subject («تعرض للقصف»، «يخضع لعقوبات»)
_AR_UNDERGO = F._n(
    "تعرض تعرضت تعرضوا يتعرض تتعرض يتعرضون خضع خضعت يخضع تخضع يخضعون اضطر اضطرت اضطروا يضطر تضطر"
)


def _ar_lam(tok: Token) -> bool:
    """The token is ل + a word (its proclitic ends in ل: «للمشاركة»، «لإجراء»، «وللمطالبة»)."""
    return tok.kind == "ar" and normalize(tok.prefix)[-1:] == "ل" and len(tok.norm) >= 3


def _ar_purpose_head(toks: list[Token], words: list[str], t: Trig, proclitic: str) -> int:
    """The ل- (or ب-) word heading the trigger's purpose: the trigger itself («للقبض عليهم»، «قرارا بإطلاق
    سراح»), a verbal noun of carrying out right before it («لإجراء محادثات»، «بعقد اجتماع») or one of taking
    part and في before it («للمشاركة في محادثات»); -1 when there is none."""

    def has(k: int) -> bool:
        if toks[k].kind != "ar":
            return False
        if normalize(toks[k].prefix)[-1:] == proclitic:
            return len(toks[k].norm) >= 3
        # a proclitic the tokenizer left on («لاعتقال»، «لفرض»، «بإطلاق»)
        n = normalize(toks[k].text)
        n = n[1:] if n[:1] in "وف" and len(n) > 4 else n
        return n[:1] == proclitic and len(n) >= 4 and n not in _AR_L_FUNCTION and n not in _AR_L_WORDS

    def stem(k: int) -> str:
        if toks[k].prefix:
            return words[k]
        n = normalize(toks[k].text)
        n = n[1:] if n[:1] in "وف" and len(n) > 4 else n
        return n[1:]

    a = t.a
    if has(a):
        return a
    if a >= 1 and has(a - 1) and stem(a - 1) in _AR_DO_LIGHT:
        return a - 1
    if a >= 2 and _bare(words[a - 1]) in ("في", "فى") and has(a - 2) and stem(a - 2) in _AR_TAKE_PART:
        return a - 2
    return -1


def _ar_after_pp(toks: list[Token], words: list[str], p: int) -> bool:
    """(round 31) The ل-word at p closes a clause's prepositional complement: a preposition (على، في، إلى،
    نحو، مع) two to four words before it with no proclitic word between («في تحرك نحو مجلس الأمن الدولي
    للمطالبة»، «مارسوا ضغوطا على أوروبا لفرض عقوبات»), in a clause with no verb of undergoing (تعرض، خضع)
    before it («تعرض خط الأنابيب ... في المجمل للهجوم»: what befell it)."""
    if toks[p - 1].kind != "ar" or _bare(words[p - 1]) in _AR_CAUSE:
        return False  # «نتيجة للاشتباك»: a cause, told before
    for k in range(p - 2, max(-1, p - 5), -1):
        if toks[k].kind != "ar":
            return False
        w = _bare(words[k])
        if w in _AR_PP_PREP and not toks[k].prefix:
            break
        if w in F.AR_BOUNDARY or w in _AR_THAT_FORMS31 or w in F.AR_NEG or toks[k].prefix:
            return False  # «في بيان أنه نتيجة للاشتباك»: the preposition is in another clause
    else:
        return False
    return k >= 2 and not _ar_undergone(toks, words, p)


def _ar_undergone(toks: list[Token], words: list[str], p: int) -> bool:
    """(round 31) A verb of undergoing (تعرض، خضع، اضطر) governs the ل-word at p: it comes before it in the
    sentence, at most 25 words back and with no strong punctuation between (relative clauses and commas
    between: «وتعرض خط ... اللذان ينقلان ... للهجوم»، «ويخضع الاقتصاد الذي يعتمد ...، لعقوبات»)."""
    for j in range(p - 1, max(-1, p - 26), -1):
        if toks[j].text in F.PUNCT_BOUNDARY - {",", "،", "\u2060"}:
            return False
        if _bare(words[j]) in _AR_UNDERGO:
            return True
    return False


def _ar_purpose_adjunct(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 31) The trigger heads, or is named by, ل + a verbal noun (`_ar_purpose_head`) that follows a
    comma or a time adverb closing a clause of at least three words («...، أمس، للمشاركة في محادثات»، «يزور
    موسكو اليوم، لإجراء محادثات») or the clause's prepositional complement (`_ar_after_pp`), or بـ + a verbal
    noun right after a decision noun («قرارا بإطلاق سراح») or (round 38) an order noun («أوامر بإطلاق
    الرصاص»، «تعليمات بضبط»): a purpose, still to come. Not a protest after a gathering («اعتصم العشرات
    أمس، للاحتجاج»: the gathering is the protest)."""
    if t.kind != "noun" or t.type == "PROTEST":
        return False
    p = _ar_purpose_head(toks, words, t, "ل")
    if p >= 4:
        j = p - 1 if toks[p - 1].text != "\u2060" else p - 2  # a time incise's commas are made transparent
        prev = toks[j]
        if prev.text in (",", "،") or (prev.kind == "ar" and _bare(words[j]) in _AR_PURPOSE_TIME):
            q = j - 1 if prev.text in (",", "،") else j
            n = 0
            while q >= 0 and toks[q].text not in F.PUNCT_BOUNDARY - {",", "،"} and n < 3:
                n += toks[q].kind == "ar"
                q -= 1
            if n >= 3 and not _ar_undergone(toks, words, p):
                return True
        if p == t.a and _ar_after_pp(toks, words, p):
            return True
    if _ar_purpose_after_noun(toks, words, t):
        return True
    b = _ar_purpose_head(toks, words, t, "ب")
    return (
        b >= 1
        and toks[b - 1].kind == "ar"
        and (_bare(words[b - 1]) in _AR_DECISION_NOUN or _bare(words[b - 1]) in _AR_ORDER_NOUN)
    )


# (round 51) the verbal nouns of delivering or receiving: their object is the event their ل names, still to
# come («بالتعاون مع الجهات المسؤولة لإيصال المساعدات»، «يحتاج ... لفترة لاستلام المساعدات»)
_AR_DELIVER = F._n("إيصال ايصال توصيل إدخال ادخال استلام تسلم توزيع تقديم")


def _ar_purpose_after_noun(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 51) The trigger is the object of ل + a verbal noun of delivering or receiving (`_AR_DELIVER`)
    right after a word of the same clause («الجهات المسؤولة لإيصال المساعدات»، «لفترة لاستلام المساعدات»;
    not after a cause word, «نتيجة لتقديم», nor in the ل-complement of a verb of undergoing): a purpose, still
    to come. (Round 51's other form, ل + a verbal noun right after a plan or means noun, is read by the one
    plan-noun reading `_ar_plan_purpose` since round 63.)"""
    if t.kind != "noun" or t.a < 2 or _ar_negated_clause(toks, words, t.a):
        return False
    a = t.a
    # the delivering word right before the trigger, or heading it («لتوزيع المساعدات» as one trigger)
    d = a if t.b > a and _ar_lam_stem(toks, words, a) in _AR_DELIVER else a - 1
    if _ar_lam_stem(toks, words, d) in _AR_DELIVER:
        return (
            d >= 1
            and toks[d - 1].kind == "ar"
            and _bare(words[d - 1]) not in _AR_CAUSE
            and not _ar_undergone(toks, words, d)
        )
    return False


def _ar_negated_clause(toks: list[Token], words: list[str], a: int) -> bool:
    """(round 51) A negation (لم، لن، لا، عدم ...) at most eight words before a, with no punctuation between:
    the purpose of an act not done is no plan («لم تنعقد بجلسة استثنائية لتقديم شكوى»)."""
    for j in range(a - 1, max(-1, a - 9), -1):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if toks[j].kind == "ar" and (words[j] in F.AR_NEG or _bare(words[j]) in F.AR_NEG):
            return True
    return False


def _ar_lam_stem(toks: list[Token], words: list[str], k: int) -> str:
    """(round 51) The word at k without its ل of purpose, split off by the tokenizer or left on («لاستلام»،
    «لملاحقة»; not a word of its own starting with ل, «لجنة»); "" when it has none."""
    if toks[k].kind != "ar":
        return ""
    if normalize(toks[k].prefix)[-1:] == "ل":
        return words[k] if len(toks[k].norm) >= 3 else ""
    if toks[k].prefix:
        return ""
    n = normalize(toks[k].text)
    n = n[1:] if n[:1] in "وف" and len(n) > 4 else n
    if n[:1] != "ل" or len(n) < 4 or n in _AR_L_FUNCTION or n in _AR_L_WORDS:
        return ""
    return n[1:]


# (round 31) «دون / بدون / من دون» + a verbal noun of taking part or carrying out: the event it names is negated
# («دون المشاركة في قتال بالوكالة»، «بدون تنفيذ هجمات»); «دون أن / بدون أن» + a verb negates the purpose of
# that verb too («بدون أن يعلو صوت النظام للدفاع عنهم، أو حتى للاحتجاج على المجزرة»)
_AR_WITHOUT = F._n("دون بدون")


def _ar_without(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 31) The trigger is named by a verbal noun of carrying out or taking part right after دون / بدون
    («دون المشاركة في قتال»، «بدون شن هجمات»), or is the ل-purpose (`_ar_purpose_head`) of a clause opened by
    «دون أن / بدون أن», at most fifteen words back with no strong punctuation or other clause word between:
    what is done without it did not take place. Not «دون» as "below" («دون سن الثامنة عشرة»): the verbal noun
    is required."""
    if t.kind != "noun":
        return False
    a = t.a
    k = -1
    if a >= 2 and words[a - 1] in _AR_DO_LIGHT:
        k = a - 2
    elif a >= 3 and _bare(words[a - 1]) in ("في", "فى") and words[a - 2] in _AR_TAKE_PART:
        k = a - 3
    if k >= 0 and toks[k].kind == "ar" and _bare(words[k]) in _AR_WITHOUT:
        return not _ar_unprevented(toks, words, k)  # «لم يحل القصف دون تنظيم المظاهرة»: it took place
    p = _ar_purpose_head(toks, words, t, "ل")
    if p < 2:
        return False
    for j in range(p - 1, max(0, p - 16), -1):
        if toks[j].text in F.PUNCT_BOUNDARY - {",", "،", "\u2060"}:
            return False
        w = _bare(words[j])
        if w in ("ان", "أن"):
            return _bare(words[j - 1]) in _AR_WITHOUT
        if w in F.AR_BOUNDARY:
            return False
    return False


# (round 38) verbs (and their verbal nouns) of stepping in, deploying, firing or throwing: their ل-purpose is what
# the act is for, still to come («وتدخلت الشرطة لتفريق المتظاهرين»، «نشرت السلطات قوات الشرطة للسيطرة على
# المتظاهرين»، «أطلق الجنود قنابل مسيلة للدموع لتفريق المتظاهرين»). (round 42) The verbs of using (استخدم،
# استعمل) are `_AR_USING_VERBS`, by the lead's decision on the gold (eval/events/README.md, rounds 38 and 42)
_AR_MEANS_VERBS = F._n(
    "أطلق اطلق أطلقت اطلقت أطلقوا اطلقوا يطلق تطلق يطلقون إطلاق اطلاق "
    "ألقى القى ألقت القت ألقوا القوا يلقي تلقي إلقاء القاء "
    "فتح فتحت فتحوا "
    "تدخل تدخلت تدخلوا يتدخل تتدخل التدخل "
    "نشر نشرت نشروا "
    "رش رشت رشوا"
)

# (round 42) the verbs of using and their verbal nouns: «استخدمت الشرطة الهراوات والغاز المسيل للدموع لتفريق
# المتظاهرين»، «استعملوا أسطح مبنى ... لإطلاق النار». Inside the content clause of a report («قال شاهد عيان إن
# رجال الأمن استعملوا ...»، «وبحسب التقرير، فإن "قوات الأمن استخدمت القوة لاعتقال أطفال"») the purpose is the
# source's account and is left to the reporting frame (`_ar_in_report_clause`)
_AR_USING_VERBS = F._n(
    "استخدم استخدمت استخدموا استخدما استخدمتا يستخدم تستخدم يستخدمون تستخدمون يستخدمان تستخدمان نستخدم "
    "استخدام استخدامها استخدامه استخدامهم باستخدام مستخدما مستخدمة مستخدمين "
    "استعمل استعملت استعملوا استعملا استعملتا يستعمل تستعمل يستعملون تستعملون يستعملان تستعملان نستعمل "
    "استعمال استعمالها استعماله استعمالهم باستعمال مستعملا مستعملة مستعملين"
)

# (round 42) the words that open the content clause of a report: إن / أن / فإن
_AR_REPORT_COMP = F._n("إن أن ان فإن فان")
# ... and what may stand before that word for the clause to be a report's: a reporting verb or an attribution cue
_AR_REPORT_CUES = F.AR_REPORT_VERBS | LEX.AR_SPEECH_VERBS | F.AR_ATTR


def _ar_in_report_clause(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 42) The word at k is inside a content clause opened by إن / أن / فإن earlier in its sentence, with
    a reporting verb or an attribution cue at most seven words before that opening word («وقال شاهد عيان إن
    رجال الأمن استعملوا»، «وبحسب التقرير، فان "قوات الامن ... استخدمت»); not the فإن of an apodosis («وبعد أن
    حذرت الحكومة ...، فإن الشرطة قامت باستخدام»). A comma or a quote mark does not end the search, a full stop
    does."""
    for j in range(k - 1, -1, -1):
        if toks[j].text in (".", "!", "?", "؟"):
            return False
        if toks[j].kind != "ar" or not (words[j] in _AR_REPORT_COMP or _bare(words[j]) in _AR_REPORT_COMP):
            continue
        for i in range(j - 1, max(-1, j - 8), -1):
            if toks[i].text in (".", "!", "?", "؟"):
                break
            if toks[i].kind == "ar" and (words[i] in _AR_REPORT_CUES or _bare(words[i]) in _AR_REPORT_CUES):
                return True
    return False


def _ar_purpose_noun(toks: list[Token], words: list[str], t: Trig) -> int | None:
    """The position of a trigger that is ل + a verbal noun («لتفريق»، «للمساعدة») with words before it, or None;
    a protest is never a purpose (the gathering carries it out)."""
    if t.kind != "noun" or t.type == "PROTEST":
        return None
    p = _ar_purpose_head(toks, words, t, "ل")
    return p if p == t.a and p >= 2 else None


def _ar_words_back(toks: list[Token], words: list[str], p: int, reach: int) -> Iterator[tuple[int, str]]:
    """The Arabic words before position ``p`` (index, bare form), nearest first, at most ``reach`` of them, up to
    the first punctuation mark: the clause a purpose's governing verb is looked for in."""
    n = 0
    for k in range(p - 1, -1, -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return
        if toks[k].kind != "ar":
            continue
        n += 1
        if n > reach:
            return
        yield k, _bare(words[k])


def _ar_means_purpose(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 38) The trigger is ل + a verbal noun («لتفريق»، «للسيطرة»، «لتفريقهم») in the clause of a verb of
    stepping in, deploying, firing or throwing (`_AR_MEANS_VERBS`), at most eight words back with no
    punctuation, negation or clause word between («أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين»،
    «وتدخل عناصر مكافحة الشغب لتفريق المتظاهرين»; round 42: or of using, `_AR_USING_VERBS`, not inside a
    report's content clause): what the act is for, a purpose still to come. Not a
    protest, and not the ل-complement of a verb of undergoing (`_ar_undergone`)."""
    p = _ar_purpose_noun(toks, words, t)
    if p is None:
        return False
    for k, w in _ar_words_back(toks, words, p, 8):
        if w in _AR_MEANS_VERBS or words[k] in _AR_MEANS_VERBS:
            return not _ar_undergone(toks, words, p)
        if w in _AR_USING_VERBS or words[k] in _AR_USING_VERBS:
            return not _ar_undergone(toks, words, p) and not _ar_in_report_clause(toks, words, k)
        if w in F.AR_BOUNDARY or w in F.AR_NEG:
            return False
    return False


# (round 49, fact49) verbs of travelling, sending, appointing and holding talks: their ل-purpose is what the trip,
# the envoy or the talks are for, still to come («يجرون محادثات مع دبلوماسيين من الولايات المتحدة وبريطانيا
# والإمارات للمساعدة في إنهاء الحرب»، «عين ممثلا معتمدا لمساندة مكتب التحقيقات»). Read on fresh conflict news
# (eval/events/README.md, round 49): four purpose events of four articles came out asserted
_AR_DISPATCH_VERBS = F._n(
    "أجرى اجرى أجرت اجرت أجروا اجروا يجري تجري يجرون تجريان يجريان "
    "توجه توجهت توجهوا يتوجه تتوجه يتوجهون "
    "زار زارت زاروا يزور تزور يزورون "
    "أرسل ارسل أرسلت ارسلت أرسلوا ارسلوا يرسل ترسل يرسلون "
    "أوفد اوفد أوفدت اوفدت يوفد توفد بعث بعثت بعثوا يبعث تبعث "
    "عين عينت عينوا يعين تعين "
    "سافر سافرت سافروا يسافر تسافر"
)


def _ar_dispatch_purpose(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 49, fact49) The trigger is ل + a verbal noun («للمساعدة»، «لمساندة») in the clause of a verb of
    travelling, sending, appointing or holding talks (`_AR_DISPATCH_VERBS`), at most ten words back with no
    punctuation, negation or clause word between (و-conjuncts of names between are passed: «مع دبلوماسيين
    من الولايات المتحدة وبريطانيا والإمارات للمساعدة»): what the trip or the appointment is for, still to come.
    Not a protest, not the ل-complement of a verb of undergoing."""
    p = _ar_purpose_noun(toks, words, t)
    return p is not None and _ar_purpose_of_verb(toks, words, p, _AR_DISPATCH_VERBS, 10)


def _ar_purpose_of_verb(toks: list[Token], words: list[str], p: int, verbs: frozenset[str], reach: int) -> bool:
    """The ل-purpose at p is in the clause of one of ``verbs`` (a verb or verbal noun, as written or bare), at most
    ``reach`` words back with no punctuation, negation, clause word or relative pronoun between, and is no
    ل-complement of a verb of undergoing (the dispatch purpose of round 49, the summons purpose of round 58)."""
    for k, w in _ar_words_back(toks, words, p, reach):
        if w in verbs or words[k] in verbs:
            return not _ar_undergone(toks, words, p)
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_REL:
            return False
    return False


# (round 39) a past verb with a clause of its own inside the complement of a governor of demanding or
# threatening: what it tells has happened («طالب المتظاهرون بالإفراج عن ثلاثة طلاب آخرين أوقفوا خلال
# تظاهرة»، «دعا للإفراج عن القسيس الذي اختطف»، «وطالب المتظاهرون بالحق في إجراء استفتاء ورفضوا إجراء
# مفاوضات»): the governor's planned / possible is not passed on to it
_AR_SUBJ_PARTICLES = F._n("ان أن لن لم لا كي لكي حتى")


def _ar_past_clause_verb(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 39) The verb trigger is a past verb heading a clause of its own: right after a relative pronoun
    (الذي، التي، الذين ...) or a perfect with the plural subject ending ـوا (not an imperfect ي/ت/ن...ـوا of
    the subjunctive or jussive, not after أن / لن / لم / كي). Not a protest verb: tried, it made one more
    protest of the `--arabic-protest` no-protest sentences count as taking place (a guard)."""
    if t.kind != "verb" or toks[t.a].kind != "ar" or t.type == "PROTEST":
        return False
    prev = _bare(words[t.a - 1]) if t.a > 0 and toks[t.a - 1].kind == "ar" else ""
    if prev in _AR_REL:
        return True
    w = _bare(words[t.a])
    return (
        len(w) >= 4 and w.endswith("وا") and w[:1] not in ("ي", "ت", "ن") and prev not in _AR_SUBJ_PARTICLES
    )


def _ar_purpose_conjunct(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 45) The event noun is a و-conjunct of a ل + verbal noun that is a purpose by round 31's or round
    38's rule (`_ar_purpose_adjunct`, `_ar_means_purpose`): «استدعى تدخل قوات مكافحة الشغب لفتح الطريق وتفريق
    المتظاهرين»، «توجيه فرقة ... بالتنسيق مع مندوبي البلدية للوقوف على الحالة وضبط السيارتين ومصادرتهما»: the
    purpose reaches every conjunct. The event word bears the conjunction و; walking back to the ل-word (at most
    eight words), every other و-word comes at most four words after the one before it, and no punctuation,
    negation or clause word comes between."""
    if t.kind != "noun" or t.type == "PROTEST" or toks[t.a].kind != "ar":
        return False

    if not _ar_conj_word(toks[t.a]):
        return False
    for k in _ar_words_before_conjunct(toks, words, t):
        head = Trig(a=k, b=k, type=t.type, mode=None, kind="noun")
        if _ar_purpose_head(toks, words, head, "ل") == k:
            return _ar_governs_complement(toks, words, k) and (
                _ar_means_purpose(toks, words, head)
                or _ar_purpose_adjunct(toks, words, head)
                or _ar_summons_purpose(toks, words, head)  # (round 58) «للتحقيق معهم وتطبيق العقوبات»
                or _ar_plan_purpose(toks, words, head)  # (round 63) «خطة لسحب القوات وإعادة انتشارها»
            )
    return False


def _ar_words_before_conjunct(toks: list[Token], words: list[str], t: Trig) -> Iterator[int]:
    """(round 45) From the و-conjunct trigger back at most eight words, each word that bears no و: the walk ends at
    punctuation, a non-Arabic token, a clause word, a negation or a relative pronoun, or where a و-word comes more
    than four words after the one before it (the conjuncts of one purpose are short)."""
    last = t.a  # the nearest و-word seen so far
    for k in range(t.a - 1, max(-1, t.a - 9), -1):
        tok = toks[k]
        if tok.text in F.PUNCT_BOUNDARY or tok.kind != "ar":
            return
        w = _bare(words[k])
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_REL:
            return
        if last - k > 4:
            return
        if _ar_conj_word(toks[k]):
            last = k
            continue
        yield k


_AR_MASDAR_PREP = F._n("على عن في من إلى الى مع")


def _ar_governs_complement(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 45) The ل-word at k reads as a verbal noun governing what follows it: an indefinite one before
    its definite object («لفتح الطريق»), a definite one before its preposition («للوقوف على الحالة»); not a
    noun under ل with an adjective or a conjunct after it («المسيل للدموع وإطلاق»، «انتهاكهم للسيادة
    المصرية واعتداءات»، «تحطيم للدراجات النارية وصدامات»)."""
    if k + 1 >= len(toks) or toks[k + 1].kind != "ar":
        return False
    raw = normalize(toks[k].text)
    raw = raw[1:] if raw[:1] in "وف" else raw
    definite = raw.startswith("لل") or normalize(toks[k].prefix).endswith("ل") and words[k].startswith("ال")
    nxt = words[k + 1]
    if definite:
        return _bare(nxt) in _AR_MASDAR_PREP
    return _bare(nxt).startswith("ال") and not _ar_conj_word(toks[k + 1])


# ---------------------------------------------------------------- (round 52, branch leaks52) leaks

# the complementisers of a verb's أن-clause, as normalised words («أن»، «بأن»، «إن» all read ان / بان)
_AR_THAT = F._n("ان بان")
_AR_CLAUSE_OPENERS = F._n("فقد لقد فان فانه فانها ثم بينما فيما لكن ولكن")
# the verbs that govern an أن-clause and make its event not asserted: suspicion and claim (alleged),
# likelihood (possible), denial (negative). Verbs only, in their usual persons: the nouns have rules of their own
_AR_SUSPECT_CLAIM_VERBS = F._n(
    "يشتبه تشتبه اشتبه اشتبهت يشتبهون زعم زعمت زعموا يزعم تزعم يزعمون ادعى ادعت ادعوا يدعي تدعي يدعون"
)
_AR_LIKELY_VERBS = F._n("رجح رجحت رجحوا يرجح ترجح يرجحون يحتمل")
_AR_DENY_VERBS = F._n("نفى نفت نفوا ينفي تنفي ينفون")
# the verbs of saying that start a clause of their own before أن («نفت الحكومة الاتهامات وقالت إن»)
_AR_SAY_ANY = (
    LEX.AR_SPEECH_VERBS
    | LEX.AR_REPORT_VERBS
    | F.AR_REPORT_VERBS
    | F._n("قال قالت قالوا يقول تقول أكد أكدت أكدوا يؤكد تؤكد أضاف أضافت أوضح أوضحت أعلن أعلنت")
)


def _ar_that_clause_of(toks: list[Token], words: list[str], a: int) -> int:
    """The أن / بأن / إن that opens the clause of the verb at ``a``: at most ten words back, no punctuation
    and no other complementiser between (a relative clause of the subject may be: «أن الشاب الذي استشهد
    عند الحاجز طعن»); -1 if none."""
    for k in range(a - 1, max(-1, a - 11), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or words[k] in _AR_CLAUSE_OPENERS:
            return -1  # «من زعم بأن ذلك سيوهن ... فقد رام محالا وطلب»: فقد / فإن open a clause of their own
        if _bare(words[k]) in _AR_THAT:
            return k
    return -1


def _ar_cue_verb_over_that(toks: list[Token], words: list[str], k: int) -> str | None:
    """The verb that governs the أن-clause opened at ``k``, with its subject between (up to seven words, an
    incise between commas allowed, «في» before أن): 'alleged', 'possible' or 'negative'; None if the first
    verb-like word back is none of them or is itself negated («لم ينف أن»)."""
    j = k - 1
    if j >= 0 and _bare(words[j]) in ("في", "من"):
        j -= 1  # «تشتبه الأجهزة في أن»
    inc = _ar_incise_before(toks, j + 1)
    if inc is not None:
        j = inc - 1  # «نفت الوزارة، في تصريح مقتضب، أن تكون»
    for q in range(j, max(-1, j - 8), -1):
        if toks[q].text in F.PUNCT_BOUNDARY:
            return None
        w = _bare(words[q])
        cue = (
            "alleged"
            if w in _AR_SUSPECT_CLAIM_VERBS
            else "possible"
            if w in _AR_LIKELY_VERBS
            else "negative"
            if w in _AR_DENY_VERBS
            else None
        )
        if cue is None:
            if w in F.AR_BOUNDARY or w in _AR_THAT or w in _AR_SAY_ANY or w in ("و", "ف"):
                return None  # «وقالت الشرطة إن»: another verb governs the clause
            continue
        if q > 0 and _bare(words[q - 1]) in F.AR_VERB_NEG:
            return None  # «لم ينف أن»، «لا يزعم أن»: the claim is negated, not the event
        return cue
    return None


def _ar_governed_that_clause(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round 52) A verb event in an أن-clause whose governing verb of suspicion, claim, likelihood or denial
    stands a subject away («تشتبه أجهزة الأمن العراقية في أن عناصر ... هاجموا» alleged, «زعمت سلطات الاحتلال
    أن الشاب الذي استشهد ... طعن» alleged, «يرجح مراقبون للشأن الليبي أن تنسحب» possible, «نفت الوزارة، في
    تصريح، أن تكون أجهزتها قد احتجزت» negative): the left-context scan stops at a relative word or reads only
    two words before أن, so these came out asserted (leaks)."""
    if t.kind != "verb" or (t.a > 0 and _bare(words[t.a - 1]) in _AR_REL):
        return None  # «أن الشاب الذي استشهد»: a relative clause of the subject tells what is given
    k = _ar_that_clause_of(toks, words, t.a)
    return _ar_cue_verb_over_that(toks, words, k) if k > 0 else None


# (round 53) an act not yet carried out on fresh news, read as asserted: three forms of the round's audit of
# the system's positive / asserted output (eval/events/README.md, "Factuality, round 53").
# 1. a purpose or aim word right before an event word the tagger read as a verb («بهدف دعم رواد الأعمال»،
#    «يهدف إلى دعم الأندية»): after بهدف / يهدف إلى only a verbal noun can stand, so governing's purpose chain
#    (`governing._ar_purpose_noun`, nouns only) is applied to it and to its و-conjuncts («بهدف دعم ... ودعم»).
_AR_AIM_LINK = F._n("إلى الى")


def _ar_purpose_before_verb_reading(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The trigger, read as a verb, is the verbal noun of a purpose or aim word: right after it (or after
    an aim verb + إلى / ل: «يهدف إلى دعم»، «تهدف لإثارة»), or a و-conjunct in its chain («بهدف دعم قطاع
    المنشآت ودعم رواد الأعمال»)."""
    if t.kind == "noun" or t.a < 1 or toks[t.a].kind != "ar":
        return False
    k = t.a - 1
    if toks[k].kind == "ar" and {_bare(words[k]), words[k]} & _AR_PURPOSE_OR_AIM:
        return True
    if k >= 1 and words[k] in _AR_AIM_LINK and _bare(words[k - 1]) in _AR_AIM:
        return True  # «يهدف إلى دعم»
    if normalize(toks[t.a].prefix)[-1:] == "ل" and _bare(words[k]) in _AR_AIM:
        return True  # «تهدف لإثارة»
    conjunct = normalize(toks[t.a].prefix)[:1] == "و" or normalize(toks[t.a].text)[:1] == "و"
    return conjunct and _governing_purpose_chain(toks, words, SimpleNamespace(kind="noun", a=t.a))


# 2. a draft: «مشروع / مسودة» + the event noun («مشروع اتفاقية»)، + an agreement noun whose ل-complement is the
#    event («مشروع اتفاقية عامة للتعاون»), or + up to three words and an imperfect verb of its relative clause
#    («لمشروع إصلاح دستوري يمنح»): what a draft names has not yet been concluded. Not «غير مشروع» / «حق
#    مشروع» (the adjective "legitimate": it follows its noun, and a ل-word after it is no complement of a draft)
_AR_DRAFT = F._n("مشروع مشروعي مشروعا مشاريع مشروعات مسودة مسوده مسودات")
_AR_DRAFT_SINGULAR = F._n("مشروع مسودة مسوده")
_AR_AGREEMENT_NOUN = F._n("اتفاق اتفاقية اتفاقيه اتفاقيات اتفاقا معاهدة معاهده ميثاق مذكرة مذكره قرار")


def _ar_agreement_word(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The trigger's word is an agreement noun or the trigger an agreement or cooperation event."""
    return _bare(words[t.a]) in _AR_AGREEMENT_NOUN or t.type in ("AGREE", "COOPERATE")


def _ar_draft_of(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The trigger is what a draft names (see `_AR_DRAFT` above), within four words and no punctuation."""
    lam = normalize(toks[t.a].prefix)[-1:] == "ل" or (
        not toks[t.a].prefix and normalize(toks[t.a].text)[:1] == "ل" and t.kind == "noun"
    )
    for k in range(t.a - 1, max(-1, t.a - 5), -1):
        if toks[k].kind != "ar" or toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[k]) not in _AR_DRAFT and _unprep(_bare(words[k])) not in _AR_DRAFT:
            continue  # «لمشروع» with the proclitic left on
        if k >= 1 and _bare(words[k - 1]) in ("غير", "حق", "دفاع", "امر"):
            return False  # «غير مشروع»، «حق مشروع»: legitimate
        if k == t.a - 1:
            # the draft's own noun: an agreement («مشروع اتفاقية»), not a project's name («مشروع ترحيل
            # مواسير المياه», the two wrong changes of the first audit run)
            return t.kind == "noun" and not lam and _ar_agreement_word(toks, words, t)
        if k == t.a - 2 and not lam and _bare(words[k + 1]) in _AR_AGREEMENT_NOUN:
            return True  # «مشروع اتفاقية تعاون أمني» (a genitive, whichever reading the tagger gave it)
        if lam and t.kind == "noun":
            return _bare(words[k + 1]) in _AR_AGREEMENT_NOUN  # «مشروع اتفاقية عامة للتعاون»
        # «لمشروع إصلاح دستوري يمنح»; a singular draft only: «مشاريع غربية تستهدف» are projects that aim (the
        # two wrong changes of the pattern firing audit)
        single = _unprep(_bare(words[k])) in _AR_DRAFT_SINGULAR or _bare(words[k]) in _AR_DRAFT_SINGULAR
        return single and t.kind == "verb" and t.imperfect and not t.future
    return False


# 3. an authorisation: «تفويض / فوض X ... بالتباحث ... والتوقيع عليه» (the Saudi cabinet's formula): like an
#    order (the conventions' court-order bullet), the acts it authorises are still to be carried out.
_AR_AUTHORISE = F._n("تفويض بتفويض فوض فوضت يفوض تفوض فوضه")


def _ar_authorised(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The trigger is a ب-verbal noun of an authorisation (`_AR_AUTHORISE`) at most eight words after it, or a
    و-conjunct verbal noun of it later in the sentence (at most 30 words, no full stop or semicolon between)."""
    if t.kind != "noun" or toks[t.a].kind != "ar":
        return False
    pre = normalize(toks[t.a].prefix)
    n = normalize(toks[t.a].text)
    by = pre[-1:] == "ب" or (not pre and n[:1] == "ب" and len(n) > 4)
    conj = pre[:1] == "و" or (not pre and n[:1] == "و" and len(n) > 4)
    if not (by or conj):
        return False
    reach = 9 if by and not conj else 31
    for k in range(t.a - 1, max(-1, t.a - reach), -1):
        if toks[k].text in {".", "؛", ";", "!", "?", "؟", ":"}:
            return False
        if toks[k].kind == "ar" and _bare(words[k]) in _AR_AUTHORISE:
            return True
    return False


def _ar_not_yet_carried_out(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 53) One of the three forms above: a purpose word before a verb-read verbal noun, a draft, an
    authorisation."""
    return (
        _ar_purpose_before_verb_reading(toks, words, t)
        or _ar_draft_of(toks, words, t)
        or _ar_authorised(toks, words, t)
    )


# (round 54) hope, looking forward or waiting, its object the event: «ونأمل من الجمهور دعم الفريق»، «ننتظر مزيدا
# من الزيارات»، «يتطلع إلى لقاء»، «أمله في عقد لقاء»، «آملا في التوصل». `_AR_WANT` lacked the first person
# («نأمل») and `_ar_awaited` reads only a noun right after the waiting word; the tuning gold labels the hoped or
# awaited event planned (12 of 20 items with such a word at most 60 characters before the trigger; the asserted
# ones are an event further on, inside a relative clause or after another verbal noun, which this rule does not read).
_AR_HOPE = F._n(
    "نأمل يأمل تأمل يأملون آمل نتطلع يتطلع تتطلع يتطلعون أتطلع متطلعا متطلعين متطلعة آملا آملين آملة آمله "
    "أمله أملها أملهم أملنا"
)
_AR_HOPE_LINK = F._n("إلى الى في ب")  # «يتطلع إلى لقاء»، «آملا في التوصل»، «تأمل بلقاء»
_AR_MORE = F._n("مزيد مزيدا المزيد")  # «ننتظر مزيدا من الزيارات»


def _ar_hoped_for(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The trigger (a noun, or a verbal noun the tagger read as a past verb) is the object of a hope or waiting
    word (`_AR_HOPE`, `_AR_AWAIT`) before it, with between only: a link preposition (إلى، في، ب: alone or on
    the trigger), «(ال)مزيد(ا) من», or an addressee «من» + at most three words («نأمل من الجمهور الشبابي
    دعم»). Not after a negation («لا ننتظر»)."""
    if toks[t.a].kind != "ar" or (t.kind == "verb" and (t.imperfect or t.future)) or t.a < 1:
        return False
    k = t.a - 1
    if toks[k].kind != "ar" or toks[k].text in F.PUNCT_BOUNDARY:
        return False
    if _bare(words[k]) in _AR_HOPE_LINK:
        k -= 1  # «يتطلع إلى لقاء»
    elif k >= 2 and words[k] == "من" and _bare(words[k - 1]) in _AR_MORE:
        k -= 2  # «ننتظر مزيدا من الزيارات»
    else:
        # an addressee «من X (Y (Z))» right before the trigger: «نأمل من الجمهور الشبابي دعم الفريق»
        for j in range(k, max(-1, k - 4), -1):
            if toks[j].kind != "ar" or toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) in F.AR_BOUNDARY:
                break
            if words[j] == "من" and j < k:
                k = j - 1
                break
    if k < 0 or toks[k].kind != "ar":
        return False
    w = _bare(words[k])
    w = w[1:] if w[:1] == "س" and w[1:] in _AR_AWAIT else w  # «سننتظر»
    if w not in _AR_HOPE and w not in _AR_AWAIT:
        return False
    return not (k > 0 and _bare(words[k - 1]) in F.AR_NEG)


# (round 53, leaks53) negation, condition or possibility carried by an ordinary word or construction, not by a
# particle over the trigger: forms of round 52's leak audit of fresh news (eval/events/README.md, "Factuality
# leaks, round 52"), each read as asserted.
# 1. «لا / لن + verb ... إلا بـ + verbal noun» (and its و-conjuncts): the only way the act will happen, a
#    condition («لا يفرج عنه إلا بوفائه بجميع الحقوق وتوقيعه على تعهد»، «لن ينتقل إلى أي ناد إلا بموافقة
#    الطائي»). Not after لم / ما + a past verb («لم يفرج عنه إلا بعد دفع الفدية»: it was paid).
# 2. absence: «خلو / يخلو / خالية ... من» + the event («بخلو الموقع من الإصابات»): negative.
# 3. existential negation: «ليس هناك / لا يوجد + an indefinite noun ... + an imperfect verb of its relative
#    clause» («ليس هناك مجاميع ... تقاوم»): negative.
# 4. first-person fear and requirement verbs over أن + a verb («كل ما أخشاه أن تقتل»، «يقتضي أن تتفق»):
#    possible, as «يخشى أن» and «يجب أن» are.
_AR_EXCEPT_WORD = F._n("إلا الا")
_AR_FREE_OF = F._n("خلو بخلو لخلو خلوه خلوها يخلو تخلو خلا خلت خالية خاليه خاليا خال")
_AR_NO_EXIST = F._n("هناك هنالك يوجد توجد")
_AR_FEAR_OR_NEED = F._n(
    "أخشى نخشى أخشاه نخشاه أخاف نخاف أخشى يقتضي تقتضي يتطلب تتطلب يستلزم تستلزم يستدعي تستدعي"
)
# a clause word after «ليس هناك»: the verb is not the negated noun's («ليس هناك صلاحيات تخوله لما يطلب منه»)
_AR_EXIST_STOP = F._n("أن ان إن بأن بان الذي التي الذين ما لما بما مما عما فيما من لكن")


def _ar_except_by_condition(toks: list[Token], words: list[str], t: Trig) -> bool:
    """Form 1 above: the trigger is the ب-verbal noun right after إلا, or a و-conjunct of it within eight
    words, and a لا / لن stands before إلا in its clause (at most ten words)."""
    if t.imperfect or t.future:
        return False  # the tagger reads «وتوقيعه» as a verb: only a verb of the present or future is left out
    ex = None
    for k, w in _ar_words_back(toks, words, t.a + 1, 9):
        if k + 1 < len(words) and w in _AR_EXCEPT_WORD:
            ex = k
            break
    if ex is None or ex + 1 >= len(words):
        return False
    after = words[ex + 1]
    if after[:1] != "ب" or len(after) < 4:
        return False  # «إلا مرة واحدة»، «إلا بعد»: a restriction or a time, not a condition
    if t.a != ex + 1 and normalize(toks[t.a].text)[:1] != "و":
        return False  # «إلا بوفائه بجميع الحقوق وتوقيعه»: the condition or a و-conjunct of it
    for _k, w in _ar_words_back(toks, words, ex, 10):
        if w in ("لم", "ما", "لما"):
            return False
        if w in ("لا", "لن") or words[_k] in ("ولا", "ولن"):
            return True
    return False


def _ar_absence_of(toks: list[Token], words: list[str], t: Trig) -> bool:
    """Form 2 above: من right before the trigger, an absence word at most four words before من."""
    if t.a < 2 or words[t.a - 1] != "من":
        return False
    return any(
        w in _AR_FREE_OF or words[k] in _AR_FREE_OF for k, w in _ar_words_back(toks, words, t.a - 1, 4)
    )


def _ar_denied_existence(toks: list[Token], words: list[str], t: Trig) -> bool:
    """Form 3 above: an imperfect verb trigger at most eight words after «ليس / لا + هناك / يوجد», no clause
    word (أن، الذي، ما، من، لكن) or punctuation between."""
    if t.kind != "verb" or not t.imperfect or t.future:
        return False
    for k, w in _ar_words_back(toks, words, t.a, 8):
        if w in _AR_EXIST_STOP or w in F.AR_BOUNDARY:
            return False
        if w in _AR_NO_EXIST and k > 0 and _bare(words[k - 1]) in ("ليس", "ليست", "لا"):
            return k < t.a - 1  # a noun between: «ليس هناك مجاميع ... تقاوم»
    return False


def _ar_feared_or_required(toks: list[Token], words: list[str], t: Trig) -> bool:
    """Form 4 above: the trigger is the verb right after أن, and the word before أن a first-person fear verb
    or a verb of requiring («أخشاه أن تقتل»، «يقتضي أن تتفق»)."""
    if t.kind != "verb" or t.a < 2 or words[t.a - 1] not in ("ان", "بان"):
        return False
    return _bare(words[t.a - 2]) in _AR_FEAR_OR_NEED


def _ar_content_word_cue(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round 53, leaks53) The cue of the forms above: "conditional", "negative" or "possible"."""
    if toks[t.a].kind != "ar":
        return None
    if _ar_except_by_condition(toks, words, t):
        return "conditional"
    if _ar_absence_of(toks, words, t) or _ar_denied_existence(toks, words, t):
        return "negative"
    if _ar_denied_noun_complement(toks, words, t):
        return "negative"  # (round 61) «لا يوجد دور ... فيما يخص مساعدة»
    if _ar_denied_past_comma(toks, words, t):
        return "negative"  # (round 63) «لا توجد لها أي حصانة، تمنع من نقدها»
    if _ar_feared_or_required(toks, words, t):
        return "possible"
    return None


# (round 56, leaks56) an event required, not done, read as asserted on fresh news (round 53's transfer audit,
# eval/events/README.md, "Factuality leaks, round 53": 20 of its 35 leaks).
# 1. a verbal noun governed by a present or future verb of requiring («وهذا يتطلب تعاونا مكثفا»، «تتطلب من
#    الحكومة السيطرة على الأسواق»، «مما يتطلب مساعدات غذائية»، «يحتاج إلى دعم»): possible, as «يجب أن» and
#    «ضرورة» are. Not a past («استدعى تدخل قوات مكافحة الشغب»: it was met), not a negated verb («لا تستدعي
#    القلق»), not the verb with an object pronoun («بما يقتضيه»، «ما يتطلبه ذلك من»: a relative, the thing
#    required is the pronoun's), not past a clause word, a time word or another verb event, not right after a
#    preposition (the complement of another noun). «يحتاج / تحتاج» only with إلى / ل right after it: the noun
#    right after it is its subject («وتحتاج التسوية ... للمصادقة»). «يقتضي بـ» (stipulates) is planned.
# 2. «لا / لن + verb ... إلا بعد + verbal noun» (and its و-conjuncts): the act that must come first, a condition
#    like round 53's «إلا بـ» («لا يتم الصرف إلا بعد التأكد من»). Not after لم / ما («لم يفرج عنه إلا بعد دفع
#    الفدية»: a past, it was paid).
_AR_REQUIRE_VERB = F._n(
    "يتطلب تتطلب يتطلبان تتطلبان يستدعي تستدعي يستدعيان تستدعيان يستلزم تستلزم يستلزمان تستلزمان يقتضي تقتضي "
    "يقتضيان تقتضيان سيتطلب ستتطلب سيستدعي ستستدعي سيستلزم ستستلزم سيقتضي ستقتضي"
)
_AR_NEED_VERB = F._n("يحتاج تحتاج نحتاج أحتاج يحتاجون يحتاجان تحتاجان سيحتاج ستحتاج سنحتاج")
_AR_TO = F._n("إلى الى")
# a particle before the verb that denies the requirement (not ما: «ما يتطلب دعما» is a relative, which requires)
_AR_REQUIRE_NEG = F._n("لا لم لن ليس ليست")
_AR_AFTER_WORD = F._n("بعد")
# clause words that end the verb's object: round 53's list without من (the party asked, «تتطلب من الحكومة
# السيطرة»، «يستدعي منا الوقوف», or a measure, «قدرا من التنسيق»)
_AR_REQUIRE_STOP = (F.AR_BOUNDARY | _AR_EXIST_STOP) - F._n("من")
# a time word between: the event is of an adjunct («تحتاج إلى مزيد من الأعضاء بعد استقالة عدد منهم»: it took place)
_AR_REQUIRE_TIME = F._n("بعد قبل منذ عقب اثر إثر خلال")
# a preposition right before the event: it is the complement of another noun, not the thing required
_AR_REQUIRE_PREP = F._n("في على عن مع حول ضد عبر بين داخل")
# «يقتضي بـ»: stipulates, said of an agreement or a law: its act is planned, as «ينص على»
_AR_STIPULATE_WITH_BI = F._n("يقتضي تقتضي")


def _ar_required_event(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> str | None:
    """Form 1 above: "possible" for a noun trigger (or a past-verb one at most two words on: the tagger reads
    «تتطلب دعم» as «دعم», supported) at most eight words after a verb of requiring (`_AR_REQUIRE_VERB`, or
    `_AR_NEED_VERB` with إلى / ل right after it), in its clause: no punctuation, clause word (`F.AR_BOUNDARY`,
    `_AR_EXIST_STOP`), negation, time word or verb event between, no preposition right before the event
    («تحتاج إلى أشخاص أقوياء في المواجهات»: what is needed is the persons), no negation right before the verb.
    "planned" for «يقتضي بـ» (an agreement's "stipulates": «اتفاقية تقتضي بتقديم دعم»)."""
    if t.a < 1 or (t.kind == "verb" and (t.imperfect or t.future)):
        return None
    start = t.head if t.head is not None and t.head < t.a else t.a
    prev = _bare(words[start - 1]) if toks[start - 1].kind == "ar" else ""
    if prev in _AR_REQUIRE_PREP:
        return None
    verbs = {u.a for u in trigs if u.kind == "verb" and u is not t}
    for n, (k, w) in enumerate(_ar_words_back(toks, words, start, 9)):
        if w in _AR_REQUIRE_VERB or w in _AR_NEED_VERB:
            nxt = _bare(words[k + 1])
            if w in _AR_NEED_VERB and not (nxt in _AR_TO or nxt[:1] == "ل" or _ar_need_object(toks, words, k, start)):
                return None  # «وتحتاج التسوية ... للمصادقة»: the settlement needs, it is not needed
            if t.kind == "verb" and n > 2 and _bare(words[t.a - 1]) not in _AR_TO:
                return None  # a past verb farther on is a verb of its own (after إلى, a verbal noun: round 58)
            if k > 0 and _bare(words[k - 1]) in _AR_REQUIRE_NEG:
                return None
            if w in _AR_STIPULATE_WITH_BI and nxt[:1] == "ب":
                return "planned"
            return "possible"
        if k in verbs or w in _AR_REQUIRE_STOP or w in F.AR_NEG or w in _AR_REQUIRE_TIME:
            return None
    return None


def _ar_except_after_condition(toks: list[Token], words: list[str], t: Trig) -> bool:
    """Form 2 above: the trigger is the noun right after «إلا بعد», or a و-conjunct of it within eight words,
    and a لا / لن stands before إلا in its clause (at most ten words), no لم / ما / لما nearer."""
    if t.kind != "noun":
        return False
    after = None
    for k, w in _ar_words_back(toks, words, t.a, 9):
        if w in _AR_AFTER_WORD and k > 0 and _bare(words[k - 1]) in _AR_EXCEPT_WORD:
            after = k
            break
        if w in F.AR_BOUNDARY - _AR_EXCEPT_WORD or w in F.AR_NEG:
            return False
    if after is None:
        return False
    if t.a != after + 1 and normalize(toks[t.a].text)[:1] != "و":
        return False  # «إلا بعد دفع الفدية وتوقيعه»: the first act or a و-conjunct of it
    for k, w in _ar_words_back(toks, words, after - 1, 10):
        if w in ("لم", "ما", "لما"):
            return False
        if w in ("لا", "لن") or words[k] in ("ولا", "ولن"):
            return True
    return False


def _ar_required_or_after_condition(
    toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]
) -> str | None:
    """(round 56, leaks56) The cue of the forms above: "possible" (required; "planned" for «يقتضي بـ») or
    "conditional" (إلا بعد)."""
    if toks[t.a].kind != "ar":
        return None
    if need := _ar_required_event(toks, words, t, trigs):
        return need
    if _ar_needed_relative(toks, words, t):
        return "possible"  # (round 59) «توفير ما يحتاجه اليمن من إغاثة»
    if _ar_except_after_condition(toks, words, t):
        return "conditional"
    if _ar_upon_condition(toks, words, t, trigs):
        return "conditional"  # (round 60) «حال توقيع الاتفاق»
    return None


# (round 56) an event after a time to come in its own clause: «يرعى الأمير ... الإثنين المقبل حفل افتتاح معرض ...
# الذي تستضيفه أمانة الطائف»، «يباشر المجلس عمله يوم الاثنين ... من شهر ذي القعدة المقبل حيث يناقش»، «فيما يلتحق
# البلوي ببعثة الفريق خلال الأيام القليلة المقبلة لاجتماع مع المدرب»: Arabic news tells a scheduled event in the
# present tense or by its verbal noun, and what follows the time in the clause is still to come. The time words
# are the time stage's own (khabar/time/lexicon.py: a weekday, a month or a unit of time + a modifier of "next",
# AR_REL +1), غدا / بعد غد. Not لاحقا / «في وقت لاحق»: "later" is as often told of a past story («توفي لاحقا متأثرا
# بإصاباته»; the tuning gold has it asserted or reported, never planned).
_AR_NEXT_MOD = frozenset(w for w, d in TL.AR_REL.items() if d == 1) | F._n(
    "المقبلين المقبلتين القادمين القادمتين"
)
_AR_TIME_HEADS = (
    frozenset(TL.AR_WEEKDAYS)
    | frozenset(m for m in (*TL.AR_MONTHS, *TL.AR_HIJRI_MONTHS) if " " not in m)
    | F._n("القعدة الحجة")  # of the two-word months only ذي القعدة / ذي الحجة: not «الأول» of «تشرين الأول»
    | frozenset(u for w in TL.AR_UNITS for u in (w, "ال" + w))
    | frozenset(u for w in TL.AR_DUAL_UNITS for u in (w, "ال" + w))
    | F._n("الفترة فترة الأيام الأسابيع الأشهر الشهور السنوات الأعوام الساعات الليلة الأسبوع الشهر العام السنة")
)  # not المرحلة / الموسم: «احتياجات المرحلة المقبلة»، «تعاقد معه للموسم المقبل» name a stage, not a date
# adjectives between the time noun and "next": «الأيام القليلة المقبلة»، «العام الدراسي المقبل»
_AR_TIME_ADJ = F._n("القليلة القليله الدراسي المالي الهجري الميلادي القريبة")
# what may stand right before the time noun for it to date the clause: a preposition or time word («خلال الأيام
# المقبلة»، «يوم الاثنين المقبل»، «مطلع العام المقبل»), not «حتى / إلى» (a state lasting until then)
_AR_TIME_LEAD = F._n(
    "في خلال مطلع بداية بدايات منتصف نهاية أواخر أوائل يوم ليلة مساء صباح ظهر عصر فجر غضون طيلة طوال شهر عام "
    "اعتبارا ابتداء بحلول"
)
_AR_UNTIL = F._n("حتى حتي إلى الى لغاية وحتى")
# words between the time and the trigger that end the search: a past tense or a time before («أمس»، «كان»،
# «تم»، «قد»), an earlier event or a cause («بعد الانتهاء من المفاوضات»، «قبل»، «منذ»، «بفضل»), a frame, a clause word (`F.AR_BOUNDARY`
# but حيث and the relative pronouns: «المقبل حيث يناقش»، «... الذي تستضيفه»), a negation
_AR_PAST_WORDS = F._n("أمس امس الماضي الماضية المنصرم المنصرمة الفائت كان كانت كانوا تم تمت جرى جرت قد لقد")
_AR_DATED_STOP = _AR_PAST_WORDS | F._n("قبل منذ خاصة ضمن إطار اطار بفضل") | _AR_CAUSE  # «ضمن / في إطار التعاون»، «بفضل / بسبب / بعد»: the frame or the cause of a scheduled act is given
_AR_DATED_OPEN = F._n("حيث") | _AR_REL


def _ar_next_time_at(toks: list[Token], words: list[str], k: int) -> bool:
    """Token k ends a time to come that dates its clause: a time noun + «المقبل / القادم» (an adjective of the
    time stage's list may stand between: «الأيام القليلة المقبلة»), غدا / «بعد غد». The
    time noun carries no ل («للعام المقبل»: a term, not the date) and stands after a preposition or time word,
    an ال-word, an imperfect verb or nothing: not as the genitive of another noun («ميزانية العام المقبل»،
    «احتياجات الأسبوع المقبل»), nor after «حتى / إلى» (until then)."""
    w = _bare(words[k])
    if w == "غدا" or (w == "غد" and k > 0 and _bare(words[k - 1]) == "بعد"):
        return True
    if w not in _AR_NEXT_MOD or (k + 1 < len(words) and words[k + 1] == "من"):
        return False  # «القادم من تشلسي»: coming from
    h = k - 1
    while h >= 0 and (toks[h].text in ("(", ")") or (toks[h].kind == "ar" and words[h] in _AR_TIME_ADJ)):
        h -= 1  # «أغسطس (آب) المقبل»، «الأيام القليلة المقبلة»
    while h >= 0 and toks[h].kind != "ar":
        h -= 1
    if h < 0 or words[h] not in _AR_TIME_HEADS or normalize(toks[h].prefix).endswith("ل"):
        return False
    p = h - 1
    if p >= 0 and words[p] in ("ذي", "ذو", "جمادي", "ربيع"):
        p -= 1  # «شهر ذي القعدة المقبل»
    if p < 0 or toks[p].kind != "ar" or toks[p].text in F.PUNCT_BOUNDARY:
        return True
    before = _bare(words[p])
    if normalize(toks[p].prefix)[-1:] in ("ب", "ل", "ك"):
        return True  # «اجتماع لرؤساء البلديات بعسير الاثنين المقبل»: a prepositional phrase ends before it
    if before in _AR_UNTIL:
        return False
    return (
        before in _AR_TIME_LEAD
        or before.startswith("ال")
        or (before[:1] in ("ي", "ت", "ن") and len(before) >= 3)  # «يصل الأحد المقبل»
        or before in TL.AR_WEEKDAYS  # «الاثنين الثالث والعشرين ...»
    )


def _ar_verb_read_after_preposition(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A trigger read as a past verb right after a preposition or a ب / ل-word («لبحث تقديم المساعدات»): no verb
    can stand there, it is a verbal noun."""
    k = t.a - 1
    if k < 0 or toks[k].kind != "ar":
        return False
    w = _bare(words[k])
    return (
        w in _AR_PREP_ALL
        or normalize(toks[k].prefix)[-1:] in ("ب", "ل")
        or (w[:1] in ("ب", "ل") and len(w) >= 4 and not w.startswith(_SETTING_NOT_PURPOSE))  # «لبحث»
    )


def _ar_told_done_by_relative(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event noun's own relative clause, right after it, opens with a past verb or holds a past word («لبحث
    ملفات تتعلق بالمساعدات التي وصلت أمس»): the event is told as done, whatever time its governor has."""
    r = max(t.b, t.tail or 0) + 1
    if t.kind != "noun" or r + 1 >= len(toks) or toks[r].kind != "ar" or _bare(words[r]) not in _AR_REL:
        return False
    first = normalize(toks[r + 1].text)
    if toks[r + 1].kind == "ar" and first[:1] not in ("ي", "ت", "ن", "س"):
        return True  # «التي وصلت»: a perfect
    for k, w in ((k, _bare(words[k])) for k in range(r + 1, min(len(toks), r + 9))):
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        if w in _AR_PAST_WORDS:
            return True  # «التي تمت أمس»
    return False


# (round 58) a circumstantial purpose after a comma goes with the dated clause: «يصل ... غدا، تأهبا للقاء»
_AR_DATED_COMMA_PURPOSE = F._n("تأهبا استعدادا تمهيدا تحضيرا")


def _ar_comma_joins_dated_clause(toks: list[Token], words: list[str], c: int, t: Trig) -> frozenset[int] | None:
    """(round 58) The comma at c opens a clause that goes with the clause before it, so that a time to come there
    dates the trigger after the comma; returns the opener's tokens (which `_ar_dated_to_come` does not read as
    stops), else None. The openers: a relative pronoun («المقبل، والذي تستضيفه»: the clause of the dated noun),
    «على أن» (the plan's arrangement: «في يونيو المقبل، على أن تستضيفها»), a circumstantial purpose («غدا،
    تأهبا للقاء»), or the trigger itself right after the time («يعقد ... غدا الثلاثاء، لقاءً صحفياً»), not a
    و-word («بدءاً من شهر ذي القعدة القادم، واعتراضات المواطنين لا تهدأ»: another conjunct). Not حيث,
    «وذلك» or a verb: after a comma they mostly start the journalist's own narration («خلال الفترة المقبلة،
    حيث تعهد الاتحاد»، «الشهر الجاري، وذلك لوجود مطالبات»، «الفترة المقبلة، يأتي استجابة»)."""
    j = c + 1
    if j >= t.a + 1 or toks[j].kind != "ar":
        return None
    w = _bare(words[j])
    if w in _AR_REL or w in _AR_DATED_COMMA_PURPOSE:
        return frozenset({j})
    if w == "علي" and j + 1 < t.a and words[j + 1] == "ان":  # normalised «على أن»
        return frozenset({j, j + 1})
    if j == t.a and not _ar_conj_word(toks[j]) and c >= 1 and (
        _ar_next_time_at(toks, words, c - 1)
        or (words[c - 1] in TL.AR_WEEKDAYS and c >= 2 and _ar_next_time_at(toks, words, c - 2))
    ):
        return frozenset()  # «غدا الثلاثاء، لقاءً»: a time set off by a comma before the verb's object
    return None


def _ar_dated_to_come(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 56) The trigger (a noun, a present or future verb, or a verbal noun read as a past verb after a
    preposition, `_ar_verb_read_after_preposition`; not a past verb, which tells a done act)
    follows a time to come of its own clause (`_ar_next_time_at`), at most sixteen words back, with between no
    punctuation (a name in quotes is passed over), no و-word but «وذلك» (another conjunct: a clause whose past
    verb no trigger marks, «الأسبوع المقبل ومثل النادي في توقيع الاتفاقية»), no past-tense or
    earlier-event word (`_AR_DATED_STOP`), no clause word but حيث and the relative pronouns, no negation and no
    other trigger that is a past verb («عقد ... الأسبوع المقبل»: a verb between dates its own act); and the time
    is not inside another event's clause as the time stage's setting reads them (`setting.away_spans`: the
    clause that governs a complement, the relative clauses of other nouns); and no relative clause of the event
    noun tells it done (`_ar_told_done_by_relative`)."""
    if toks[t.a].kind != "ar" or (
        t.kind == "verb" and not (t.imperfect or t.future) and not _ar_verb_read_after_preposition(toks, words, t)
    ):
        return False
    if _ar_told_done_by_relative(toks, words, t):
        return False
    past = {o.a for o in trigs if o is not t and o.kind == "verb" and not (o.imperfect or o.future)}
    # (round 58) the nearest punctuation before the trigger: a comma whose clause goes with the one before
    c = next((j for j in range(t.a - 1, -1, -1) if toks[j].text in F.PUNCT_BOUNDARY), None)
    joined = (
        _ar_comma_joins_dated_clause(toks, words, c, t) if c is not None and toks[c].text in (",", "،") else None
    )
    arrangement = c is not None and joined is not None and words[c + 1] == "علي"
    n = 0
    k = t.a
    while k > 0:
        k -= 1
        tok = toks[k]
        if tok.text in F.QUOTE_MARKS:
            # «معرض "الملك فيصل.. شاهد وشهيد" الذي»: a name in quotes (at most eight tokens) is passed over
            o = next((j for j in range(k - 1, max(-1, k - 10), -1) if toks[j].text in F.QUOTE_MARKS), None)
            if o is None:
                return False
            k = o
            continue
        if tok.text in F.PUNCT_BOUNDARY:
            if k == c and joined is not None:
                continue  # (round 58) «المقبل، والذي»، «، على أن»، «، تأهبا»
            return False
        if tok.kind != "ar":
            continue
        n += 1
        if n > 16:
            return False
        w = _bare(words[k])
        if _ar_next_time_at(toks, words, k):
            if arrangement and c is not None and k < c:
                return True  # (round 58) «على أن» hangs on the dated clause, which setting reads as its governor
            return not any(a <= k < b for a, b in _setting_away_spans(toks, t, "ar"))
        if joined and k in joined:
            continue
        if (
            k in past
            or w in _AR_DATED_STOP
            or w in F.AR_NEG
            or (w in F.AR_BOUNDARY and w not in _AR_DATED_OPEN)
            or (_ar_conj_word(tok) and w != "ذلك")
        ):
            return False  # a و-word between opens another conjunct («الأسبوع المقبل ومثل النادي في توقيع»)
    return False


# (round 58, leaks58) past verbs and verbal nouns of summoning or recalling: their ل-purpose is what the summons
# is for, still to come («استدعت البحرين سفيرها لدى إيران للتشاور»، «استدعت الوزارة مالك الشركة للتحقيق معهم»،
# «واستدعى ... سفير بورما أمس لدعوة حكومته», pgsr-D-003-2, planned in the gold). Seven asserted purposes of a
# summons were left by round 56's audit (eval/events/README.md, round 58). The past verb also means "required"
# («مما استدعى تدخل الدفاع المدني لفك الاحتجاز»): a ل-purpose there is the purpose of the act that followed,
# still to come as well. The present and future verbs (يستدعي، تستدعي) are left out: they mostly mean
# "require" («الوضع يستدعي التحرك الدولي لوقف العدوان»), round 56's rule reads them (possible)
_AR_SUMMON_WORDS = F._n(
    "استدعى استدعت استدعوا استدعيا استدعتا استدعي استدعيت استدعاه استدعاها استدعاهم استدعته استدعتها استدعتهم "
    "استدعاء باستدعاء استدعاؤه استدعاءه استدعائه استدعاؤها استدعاءها استدعائها استدعاؤهم استدعاءهم استدعائهم"
)
# (round 58) verbal nouns of applying or imposing, whose object is the event they name when they are a و-conjunct
# of a purpose («للتحقيق معهم وتطبيق العقوبات»)
_AR_APPLY_NOUN = F._n("تطبيق إيقاع ايقاع فرض اتخاذ")


def _ar_summons_purpose(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 58, leaks58) The trigger is ل + a verbal noun («للتشاور»، «للتحقيق»؛ or named by one of carrying
    out or taking part, `_ar_purpose_head`: «لإجراء مشاورات») in the clause of a verb or verbal noun of
    summoning (`_AR_SUMMON_WORDS`), at most twelve words back with no punctuation, negation, clause word or
    relative pronoun between («استدعت وزارة الخارجية ... سفير المملكة لدى ... وذلك للتشاور»): what the summons
    is for, still to come. Or the trigger is the object of a و-verbal noun of applying or imposing right after
    such a ل-word and its complement (at most four words, no other و-word: «للتحقيق معهم وتطبيق العقوبات»). Not
    a protest, not the ل-complement of a verb of undergoing."""
    if t.kind != "noun" or t.type == "PROTEST" or toks[t.a].kind != "ar":
        return False
    p = _ar_purpose_head(toks, words, t, "ل")
    if p >= 2:
        return _ar_purpose_of_verb(toks, words, p, _AR_SUMMON_WORDS, 12)
    a = t.a - 1  # the applying noun bearing و
    if a < 3 or toks[a].kind != "ar" or not _ar_conj_word(toks[a]) or _bare(words[a]) not in _AR_APPLY_NOUN:
        return False
    for k in range(a - 1, max(-1, a - 5), -1):  # back to the ل-word, at most four words
        if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar" or _ar_conj_word(toks[k]):
            return False
        head = Trig(a=k, b=k, type=t.type, mode=None, kind="noun")
        if _ar_purpose_head(toks, words, head, "ل") == k:
            return _ar_summons_purpose(toks, words, head)
        w = _bare(words[k])
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_REL:
            return False
    return False


# (round 58, leaks58) a bare «يحتاج / تحتاج» (no إلى / ل right after it) before its object: the verb with a
# subject suffix («يحتاجون مساعدات غذائية»), or an indefinite noun after it («تحتاج دعم ووقفة»، «تحتاج
# تحقيقات»، «يحتاج إعادة نظر»: an Arabic subject is definite), or إلى further on before the event («تحتاج في
# الوقت الراهن إلى دعم»). Five asserted leaks of round 56's audit were of this form (eval/events/README.md, round 58)
_AR_NEED_SUBJECT_SUFFIXED = F._n("يحتاجون يحتاجان تحتاجان تحتاجون سيحتاجون")
# particles and function words that may follow the verb (not an indefinite object), and lengths of time («ويحتاج
# شهرين ليصل إلى قمة جاهزيته»: the time needed, what follows is a purpose)
_AR_NEED_NOT_NOUN = (
    F.AR_BOUNDARY
    | F.AR_NEG
    | F._n("من ما منا منه منها منهم هذا هذه ذلك تلك هو هي هم كل بعض أي")
    | F._n("وقت وقتا ساعة ساعات يوم يوما يومين أيام أسبوع أسبوعا أسبوعين أسابيع شهر شهرا شهرين أشهر شهور")
    | F._n("سنة سنتين سنوات سنين عام عاما عامين أعوام دقائق لحظات فترة مدة")
)


def _ar_need_object(toks: list[Token], words: list[str], k: int, start: int) -> bool:
    """(round 58, leaks58) The need verb at k (with no إلى / ل right after it) governs the event word at start as
    its object: إلى stands between them (at most four words after the verb, none a ل / ب-word or a verb in ي
    before it), or the verb bears its subject
    («يحتاجون»), or the word right after the verb is an indefinite noun (no ال, no proclitic) and no إلى / ل-word
    follows the event within three words (which would make the event the subject: «تحتاج عملية السلام إلى
    دعم»). Not «وتحتاج التسوية ... للمصادقة» (a definite subject)."""
    for j in range(k + 1, min(start, k + 5)):
        if toks[j].kind != "ar" or toks[j].text in F.PUNCT_BOUNDARY:
            break
        w = _bare(words[j])
        if w in _AR_TO:
            return True
        if normalize(toks[j].prefix)[-1:] in ("ل", "ب") or w[:1] in ("ل", "ي"):
            break  # «يحتاج شهرين ليصل إلى»: the إلى of another verb
    if _bare(words[k]) in _AR_NEED_SUBJECT_SUFFIXED:
        return True
    nxt = toks[k + 1]
    w = _bare(words[k + 1])
    if nxt.kind != "ar" or nxt.prefix or w.startswith("ال") or w in _AR_NEED_NOT_NOUN or w in _AR_PREP_ALL:
        return False  # «نحتاج من قادة الفكر ...»: a particle, not the object
    for j in range(start + 1, min(len(toks), start + 4)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            break
        if toks[j].kind == "ar" and (_bare(words[j]) in _AR_TO or normalize(toks[j].prefix)[-1:] == "ل"):
            return False
    return True


# (round 59, leaks59) the relative «ما يحتاجه / تحتاجه X من + event»: «التنسيق الخليجي في توفير ما تحتاجه اليمن
# الشقيق من إغاثة»، «تقديم كل ما يحتاجه المستشفى من دعم»: the event is what is needed, still to come (possible,
# as round 56 reads the object of «يحتاج إلى»). Five asserted leaks of round 58's need audit were of this form.
# The verb bears the pronoun of ما; ما itself may bear a preposition («بما يحتاجه»، «لما تحتاجه»)
_AR_NEED_RELATIVE_VERB = F._n(
    "يحتاجه تحتاجه نحتاجه أحتاجه يحتاجها تحتاجها نحتاجها يحتاجونه يحتاجونها تحتاجونه يحتاجانه سيحتاجه ستحتاجه "
    "يتطلبه تتطلبه يتطلبها تتطلبها"
)
# not بما, nor يقتضيه / تقتضيه: «وردت القوات بما تقتضيه الحال من قصف» names the manner of an act told as done
# (round 56's counter-case)
_AR_NEED_RELATIVE_WHAT = F._n("ما لما مما وما فيما")
# a quantifier between the governor and ما («توفير كل ما يحتاجه»)
_AR_NEED_RELATIVE_ALL = F._n("كل جميع بكل لكل وكل بجميع لجميع")
# past verbs of giving or getting before ما: what was needed was given («قدمت له كل ما يحتاجه من دعم»); the
# forms with و / ف kept whole, since `_bare` would cut وفر to فر
_AR_GIVEN_PAST = F._n(
    "قدم قدمت قدموا قدمنا قدمتا وفر وفرت وفروا وفرنا منح منحت منحوا أعطى أعطت أعطوا لبى لبت لبوا أمنت أمنوا "
    "حصل حصلت حصلوا تلقى تلقت تلقوا نال نالت قدمه قدمها وفره وفرها"
)
_AR_PROVIDE_NOUN = F._n("توفير لتوفير بتوفير تقديم لتقديم بتقديم تلبية لتلبية بتلبية تأمين لتأمين بتأمين")


def _ar_needed_relative(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 59, leaks59) The trigger is the noun right after من (or a و-word at most two words on) that
    follows a relative «ما يحتاجه / تحتاجه ...» (`_AR_NEED_RELATIVE_VERB` right after ما, its subject between,
    at most six words, no punctuation, clause word or negation): the event is needed, not told as done. Not when
    a past verb of giving or getting (`_AR_GIVEN_PAST`) stands at most five words before ما, before any verbal
    noun of providing (`_AR_PROVIDE_NOUN`): «قدمت له الجمعية كل ما يحتاجه من دعم», the support was given."""
    if toks[t.a].kind != "ar":
        return False
    p = t.head if t.head is not None and t.head < t.a else t.a
    reach = 3 if _ar_conj_word(toks[p]) else 1  # only a و-conjunct may stand farther from من
    of = next((k for k, w in _ar_words_back(toks, words, p, reach) if w == "من"), None)
    if of is None:
        return False
    for k, w in _ar_words_back(toks, words, of, 6):
        if words[k] in _AR_NEED_RELATIVE_VERB or w in _AR_NEED_RELATIVE_VERB:
            if k < 1 or toks[k - 1].kind != "ar" or words[k - 1] not in _AR_NEED_RELATIVE_WHAT:
                return False
            for _, v in _ar_words_back(toks, words, k - 1, 5):  # the verb governing ما, its subject between
                if v in _AR_GIVEN_PAST or "و" + v in _AR_GIVEN_PAST:
                    return False
                if v in _AR_PROVIDE_NOUN or v in F.AR_BOUNDARY:
                    break  # «توفير ما يحتاجه»: the providing is named, not told as done
            return True
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_REL:
            return False
    return False


# (round 60, leaks60) «حال + a verbal noun» without في: "upon, in case of" («وسترفع العقوبات حال توقيع الاتفاق»،
# «زيادة انتاجها ... حال رفع العقوبات عنها», t21-ar-132, conditional in the gold), as «في حال» is. Bare حال is
# more often the noun "state" («عن حال المدينة»، «الوقوف على حال المسلمين»، «لسان حال المعارضة»، «بأي حال»): a
# preposition or a noun-reading word before it, or a definite word after it, leaves it a noun
_AR_STATE_LEAD = F._n(
    "لسان كيف أي اي بأي بكل كل سوء هذه هذا تلك ذلك واقع طبيعة بطبيعة حقيقة عكس يعكس تعكس تصف يصف وصف وصفت "
    "إليه اليه إليها اليها عليه عليها فيه فيها"
)


def _ar_upon_condition(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 60, leaks60) The trigger is the indefinite verbal noun (or a verb) right after a bare «حال» (no preposition
    on it or right before it, no noun-reading word before it: `_AR_STATE_LEAD`), or a و-conjunct of that noun at
    most six words on with no punctuation between (the first one an event trigger itself, the conjunct not a verb
    of the present or future), or the ل-complement of «تعرض» there («حال تعرضها لهجوم»): an
    event under a condition, not told as done."""
    if toks[t.a].kind != "ar":
        return False  # a verb too: the tagger reads «توقيع» as one, and «حال + a verb» is a condition as well
    p = t.head if t.head is not None and t.head < t.a else t.a
    if _ar_conj_word(toks[p]):
        if t.kind == "verb" and (t.imperfect or t.future):
            return False  # «تصف حال أفراد التنظيم وتدعو»: a verb of its own clause
        starts = {u.head if u.head is not None and u.head < u.a else u.a for u in trigs if u is not t}
        for k, _w in _ar_words_back(toks, words, p, 6):
            if k + 1 in starts and _ar_upon_condition_at(toks, words, k + 1):
                return True  # the first conjunct must be an event itself: not «حال هؤلاء ... ورفض الزواج»
            if _bare(words[k]) in F.AR_BOUNDARY or _bare(words[k]) in F.AR_NEG:
                return False
        return False
    if normalize(toks[p].prefix)[-1:] == "ل" or words[p][:1] == "ل":
        for k, w in _ar_words_back(toks, words, p, 6):  # «حال تعرض العاملين في المراكز لاعتداء»: what is undergone
            if w.startswith("تعرض"):
                return _ar_upon_condition_at(toks, words, k)
            if w in F.AR_BOUNDARY or w in F.AR_NEG:
                return False
    return _ar_upon_condition_at(toks, words, p)


def _ar_upon_condition_at(toks: list[Token], words: list[str], p: int) -> bool:
    """The word at p is an indefinite noun right after a bare conditional «حال» (see `_ar_upon_condition`)."""
    if p < 1 or toks[p - 1].kind != "ar" or toks[p].kind != "ar":
        return False
    if _bare(words[p - 1]) != "حال":
        return False
    if normalize(toks[p - 1].prefix) not in ("", "و", "ف"):
        return False
    noun = _bare(words[p])
    if noun.startswith("ال") or noun in _AR_NEED_NOT_NOUN or noun in _AR_PREP_ALL:
        return False  # «حال الطوارئ»: a state; «حال من الأحوال»
    if p >= 2 and toks[p - 2].kind == "ar":
        before = _bare(words[p - 2])
        if before in _AR_PREP_ALL or before in _AR_STATE_LEAD or normalize(toks[p - 2].prefix)[-1:] in ("ب", "ل"):
            return False  # «عن حال المدينة»، «على حال»، «لسان حال»
    return True


# (round 60) verbs of approving, ratifying, agreeing or making ready whose complement is an act still to come:
# أقر + a verbal noun object («أقر مجلس الأمن نشر قوات»: approved deploying, not «أقر بـ»: admitted), صادق /
# اتفق + على + a verbal noun («صادق البرلمان على إرسال قوات»، «اتفق الطرفان على عقد جولة»), تأهب + لـ
# («تتأهب القوات لاقتحام المدينة»)
_AR_APPROVE_VERB = F._n("أقر أقرت أقروا أقرا أقرتا يقر تقر يقرون")
_AR_AGREE_ON_VERB = F._n(
    "صادق صادقت صادقوا يصادق تصادق اتفق اتفقت اتفقوا اتفقا اتفقتا يتفق تتفق يتفقون صدق صدقت"
)
_AR_MAKE_READY_VERB = F._n("تأهب تأهبت تأهبوا يتأهب تتأهب يتأهبون تتأهبان يتأهبان")
# prepositions after which a noun is no object of أقر
_AR_APPROVE_NOT_OBJECT = F._n("في خلال من عن إلى الى مع بعد قبل حول عبر منذ لدى عند اثناء أثناء")
_AR_COURT_SUBJECT = F._n("المحكمة محكمة المحكمه محكمه القاضي قاضي النيابة النيابه الدائرة الدائره")
# a past verb of carrying out in a و-conjunct after the act: decided and done («قررت ... وبدأت»)
_AR_CARRIED_OUT = F._n(
    "بدأ بدأت بدأوا باشر باشرت باشروا شرع شرعت شرعوا نفذ نفذت نفذوا تم أتم أتمت أنجز أنجزت"
)


def _ar_approved_to_come(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 60) The trigger, a verbal noun (or one read as a past verb, without و or a subject suffix), is the complement of a verb of approving (`_AR_APPROVE_VERB`, the
    noun its direct object, no بـ or لـ on it: «أقر بمسؤوليته» is an admission), of ratifying or agreeing on
    (`_AR_AGREE_ON_VERB`, على right before the noun) or of making ready (`_AR_MAKE_READY_VERB`, لـ on the noun):
    the approved, agreed or prepared act is still to come (planned). The verb at most eight words back, its
    subject and adverbs between, no punctuation, clause word, negation or أن between, not negated itself. Not
    when a و + past verb of carrying out follows in the clause («... وبدأت بنشرها»: decided and done)."""
    if toks[t.a].kind != "ar" or t.a < 2 or t.future:
        return False
    pre = normalize(toks[t.a].prefix)
    w0 = _bare(words[t.a])
    if t.imperfect and w0[:1] in "يت":
        return False  # a present verb of its own; «نشر» is read as one too (we spread), so ن is let through
    # a verbal noun read as a past verb («أقر المجلس نشر قوات»): not with a subject suffix or a و on it
    if t.kind == "verb" and (
        "و" in pre or words[t.a][:1] == "و" or (w0.endswith(("ت", "وا")) and not w0.endswith("ات"))
    ):
        return False
    has_bi = "ب" in pre or (w0[:1] == "ب" and len(w0) > 4)
    has_li = "ل" in pre or (w0[:1] == "ل" and len(w0) > 4)
    after_on = _bare(words[t.a - 1]) in ("علي", "على")
    for k, w in _ar_words_back(toks, words, t.a, 8):
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_REL or w in ("ان", "أن"):
            return False
        verb = words[k] if words[k] in _AR_APPROVE_VERB | _AR_AGREE_ON_VERB | _AR_MAKE_READY_VERB else w
        if verb in _AR_APPROVE_VERB:
            # the noun is the object itself: not after a preposition («أقر المجلس في اجتماعه»: where it
            # approved), nor the object of a بـ / لـ verbal noun («أقر ... بتنفيذ الهجوم»: an admission), nor a
            # و-conjunct of another object («أقرت تثبيت العقوبة وإيقاف اللاعبين»: the ruling's own act)
            prev = _bare(words[t.a - 1])
            ok = not (
                has_bi
                or has_li
                or after_on
                or (prev[:1] in "بل" and len(prev) > 4)
                or prev in _AR_APPROVE_NOT_OBJECT
                or "و" in pre
                or words[t.a][:1] == "و"
                # a court's or a prosecutor's approval is the ruling, which performs its act («أقرت المحكمة
                # تأييد الحكم»), and so is a penalty approved
                or t.type == "COERCE"
                or any(_bare(words[q]) in _AR_COURT_SUBJECT for q in range(k + 1, t.a))
                # (firing audit) a preposition anywhere between («أقر مديرو السجون في ختام اجتماعهم»); an
                # agreement endorsed is given («يقر الاتفاق النووي»); a relative's present verb prescribes
                # («الأحكام التي تقر عقوبات»)
                or any(_bare(words[q]) in _AR_APPROVE_NOT_OBJECT for q in range(k + 1, t.a))
                or t.type == "AGREE"
                or (k > 0 and _bare(words[k - 1]) in _AR_REL and words[k][:1] in "يت")
            )
        elif verb in _AR_AGREE_ON_VERB:
            ok = after_on and k < t.a - 1
        elif verb in _AR_MAKE_READY_VERB:
            ok = has_li
        else:
            continue
        if not ok or (k > 0 and _bare(words[k - 1]) in F.AR_NEG):
            return False
        return not _ar_carried_out_after(toks, words, t)
    return False


def _ar_carried_out_after(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 60) A و + past verb of carrying out (`_AR_CARRIED_OUT`) at most twelve words after the trigger, in
    its sentence: «قررت الحكومة إرسال قوات وبدأت نشرها»."""
    for j in range(t.b + 1, min(len(toks), t.b + 13)):
        if toks[j].text in (".", "؟", "!", "؛"):
            return False
        if toks[j].kind == "ar" and (normalize(toks[j].prefix) == "و" or words[j][:1] == "و"):
            if _bare(words[j]) in _AR_CARRIED_OUT or words[j] in _AR_CARRIED_OUT:
                return True
    return False


# (round 61, leaks61) an event in the complement of a noun denied by «لا يوجد / لا توجد / ليس هناك / لم يكن
# هناك» (round 60's leak audit: the largest form on fresh news): «لا يوجد دور إيجابي من البنوك فيما يخص
# مساعدة»، «ليست هناك أي خطوات لتنفيذ الاتفاق»، «لا يوجد دليل على تورط»: the event is denied with its noun,
# negative as «ليس هناك أي انسحاب» is in the gold (au2-ar-169). Round 53's `_ar_denied_existence` takes only a
# relative's present verb. Not: past «إلا» (it lifts the denial: «لا يوجد إلا أسماء قليلة تتبرع»), a limit on the
# noun («لا يوجد عدد محدود أو خطة زمنية لإيصال المواد»: the relief goes on, only its limit is denied), a noun of
# cause or justification («لا يوجد مبرر لاعتقال»: the act is given), a definite event (given: «لا دور لإيران في
# الهجوم»), or «في» as the link («لا يوجد تقدم في مفاوضات»: the talks take place).
_AR_DENY_PARTICLE = F._n("لا ليس ليست")
_AR_DENY_WAS = F._n("يكن تكن")  # «لم يكن هناك»
_AR_THERE = F._n("هناك هنالك")
# «إلا»، «غير» lift the denial («لم يكن هناك أمام الحكومة غير فرض قيود»: it was done); «إضافة إلى» adds what is
# there («لا يوجد بها مقر للاحتفال إضافة إلى دعم لمشاريع أخرى»: the support was given)
_AR_DENY_BUT = F._n("إلا الا سوى غير إضافة بالإضافة علاوة")
_AR_DENY_LEAD = F._n(
    "اي أي ايه أية له لها لهم لهما لنا لي به بها بهم عليه عليها عليهم لديه لديها لديهم لدينا حاليا الان الآن حتى"
)
_AR_DENY_LINK = F._n("على علي إلى الى نحو بشأن بشان حول بخصوص تجاه ضد عن")
_AR_DENY_LIMIT = F._n(
    "محدود محدودة محدد محددة زمنية زمني سقف حد موعد مبرر مبررا مبررات سبب أسباب داع داعي معنى تفسير علاقة صلة "
    "دخل مانع"
)


def _ar_existence_denied(words: list[str], k: int) -> bool:
    """(round 61) The existence word at k («يوجد»، «توجد»، «هناك»: `_AR_NO_EXIST`, k >= 1) is denied: «لا / ليس /
    ليست» right before it, or «لم يكن / تكن» before «هناك / هنالك»."""
    x, before = _bare(words[k]), _bare(words[k - 1])
    return before in _AR_DENY_PARTICLE or (
        before in _AR_DENY_WAS and x in _AR_THERE and k > 1 and _bare(words[k - 2]) == "لم"
    )


def _ar_linked_by_prep(toks: list[Token], words: list[str], k: int) -> bool:
    """The word at ``k`` carries ل (the tokenizer's prefix: «لإيصال») or ب («بقتل»; not a ب of the stem: بيان)."""
    w = _bare(words[k])
    return "ل" in normalize(toks[k].prefix) or (w[:1] == "ب" and _unprep(w) != w and w[:2] != "بي")


def _ar_denied_noun_complement(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The indefinite event noun right after a link (ل / ب on it, or على، إلى، نحو، بشأن، حول، عن، «فيما
    يخص» before it; one light masdar may stand between: «لشن هجوم») of an indefinite noun that «لا يوجد / ليس
    هناك / لم يكن هناك» (أي، a pronoun of place or a time word between) denies, at most three words between the
    noun and the link (five: «دور إيجابي من البنوك المحلية فيما يخص»), no punctuation, clause word, إلا or limit word (`_AR_DENY_LIMIT`) anywhere between."""
    if t.imperfect or t.future or t.a < 3:
        return False
    w = _bare(words[t.a])
    if w.startswith(("ال", "لل", "بال")):
        return False  # a definite event is given
    p = t.a  # the link: on the trigger, or the word(s) before it
    if _ar_linked_by_prep(toks, words, p):
        pass
    elif _bare(words[p - 1]) in _AR_DENY_LINK:
        p -= 1
    elif p >= 2 and words[p - 2] in ("فيما", "وفيما") and words[p - 1] == "يخص":
        p -= 2
    elif _unprep(_bare(words[p - 1])) in _AR_INTEND_LIGHT and _ar_linked_by_prep(toks, words, p - 1):
        p -= 1  # «لشن هجوم»، «بإجراء محادثات»
    else:
        return False
    if any(toks[j].text in F.PUNCT_BOUNDARY for j in range(p, t.a)):
        return False
    back = list(_ar_words_back(toks, words, p, 9))
    for i, (k, x) in enumerate(back):
        if x in F.AR_BOUNDARY or x in _AR_EXIST_STOP - F._n("من") or x in _AR_DENY_LIMIT or x in _AR_DENY_BUT:
            return False
        if x not in _AR_NO_EXIST or k < 1:
            continue
        if not _ar_existence_denied(words, k):
            return False
        # the words between the denial and the link: leads, then the noun, then at most five words
        mid = [y for _j, y in reversed(back[:i])]
        while mid and mid[0] in _AR_DENY_LEAD:
            mid.pop(0)
        if not mid or mid[0].startswith("ال") or len(mid) > 6:
            return False
        return not any(y[:1] == "ي" for y in mid)  # a present verb between: the event is its object
    return False


# (round 63) ONE list of the nouns of a plan, project, programme, initiative, proposal, strategy or mechanism whose
# purpose or content is an event still to come («خطة لسحب القوات»، «مشروع قانون لرفع الحظر»، «وضع آلية لملاحقة
# المحرضين»، «خطة تصعيد تتضمن إضرابا»: planned in the tuning gold, the purpose convention of eval/events/README.md).
# It merges round 27's plan nouns of `_AR_PLAN_HEADS` (which keeps the readiness and preparing words), round 51's
# `_AR_PLAN_NOUN` and round 61's `_AR_PLAN_OR_PROJECT`; one reading, `_ar_plan_purpose`, takes their three forms.
_AR_PLAN_NOUNS = F._n(
    "خطة الخطة خطته خطتها خطتهم خطط الخطط مخطط المخطط مخططا مخططات مشروع المشروع مشروعا برنامج البرنامج برنامجا "
    "مبادرة المبادرة مبادرته مبادرتها مبادرتهم مقترح المقترح مقترحا اقتراح الاقتراح اقتراحا "
    "استراتيجية الاستراتيجية إستراتيجية الإستراتيجية آلية آليات"
)
# the nouns of a means (round 51): read only right before an indefinite ل + verbal noun, bare, in a clause with no
# negation («وضع آلية لملاحقة»; not «آلية للضبط الاجتماعي», a generic purpose; normalized «آلية» is also «إليه»)
_AR_MEANS_NOUNS = F._n("آلية آليات")
# verbs that say what a plan contains or provides for («تتضمن»، «تشمل»، «تنص على»، «يقضي بـ»); not «يسمح»: what a
# bill allows is possible in the gold (aner-train-97-2 «ويسمح مشروع القانون ... لمحاكمة»)
_AR_PLAN_CONTENT_VERB = F._n("تتضمن يتضمن تضمنت تضمن تشمل يشمل شملت شمل تنص ينص نصت نص تقضي يقضي قضت")
# verbs of carrying out or opening a plan or project right before it: its content is told as done («نفذت القوات
# خطة تشمل اقتحام»، «افتتح مشروعا لإيواء»)
_AR_PLAN_DONE_VERB = F._n(
    "نفذ نفذت نفذوا تنفيذ افتتح افتتحت افتتاح دشن دشنت تدشين أنجز أنجزت انجز انجزت أكمل أكملت اكمل اكملت "
    "طبق طبقت تطبيق تم"
)


# three-letter verbal nouns whose ل-form has four letters («لدعم»، «لوقف»), which `_unprep`'s length test keeps
_AR_SHORT_MASDAR = F._n("دعم وقف فتح منع نقل بحث حل رفع فرض شن نشر حشد فض صد")


def _ar_plan_noun_at(words: list[str], k: int) -> bool:
    """The word at k is a plan noun (`_AR_PLAN_NOUNS`, a ب / ل on it let through), not «مشروع» the adjective
    ("legitimate": «غير مشروع»، «حق مشروع»)."""
    w = _bare(words[k])
    if w not in _AR_PLAN_NOUNS and _unprep(w) not in _AR_PLAN_NOUNS:
        return False
    return not (k >= 1 and _bare(words[k - 1]) in ("غير", "حق", "دفاع", "امر", "أمر"))


def _ar_plan_carried_out(toks: list[Token], words: list[str], k: int) -> bool:
    """A verb of carrying out or opening (`_AR_PLAN_DONE_VERB`) or «قد» at most three words before the plan noun
    at k, in its clause: «نفذت الشرطة خطة»، «تم تنفيذ خطة»، «افتتح الأمير مشروع»."""
    for _j, w in _ar_words_back(toks, words, k, 3):
        if w in _AR_PLAN_DONE_VERB or w == "قد":
            return True
    return False


def _ar_lam_word(toks: list[Token], words: list[str], p: int) -> bool:
    """The word at p bears a ل of purpose: split off by the tokenizer, or left on a word of more than four letters
    or on a three-letter verbal noun («لدعم»، «لرفع»)."""
    if toks[p].kind != "ar":
        return False
    w = _bare(words[p])
    return "ل" in normalize(toks[p].prefix) or (w[:1] == "ل" and (len(w) > 4 or w[1:] in _AR_SHORT_MASDAR))


def _ar_plan_before_lam(toks: list[Token], words: list[str], p: int) -> int | None:
    """The plan noun whose purpose the ل-word at p is: at most six words back in its clause, nothing but its
    modifiers between (no clause word, negation, relative or preposition; a ب / ل-word only right before the
    ل-word, «مشروع تدريبي وتمويلي بالكامل لمساعدة», as round 27's window let one word of any kind through,
    while «يسمح مشروع القانون للرئيس بتشكيل لجان لمحاكمة» is the committees' purpose). A means noun
    (`_AR_MEANS_NOUNS`) only right before a bare, indefinite ل-masdar in a clause with no negation (round 51's
    form). None when there is none."""
    n = 0
    for k, w in _ar_words_back(toks, words, p, 6):
        n += 1
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_REL:
            return None
        if w in _AR_MEANS_NOUNS or _unprep(w) in _AR_MEANS_NOUNS:
            stem = _ar_lam_stem(toks, words, p)
            means = n == 1 and k == p - 1 and not toks[k].prefix and stem and not stem.startswith("ال")
            return k if means and not _ar_negated_clause(toks, words, p) else None
        if _ar_plan_noun_at(words, k):
            return k
        if w in _AR_PREP_ALL:
            return None  # «ما شمله برنامج المهرجان من لقاءات»: the ل-word completes the preposition
        if n > 1 and (normalize(toks[k].prefix)[-1:] in ("ب", "ل") or (w[:1] in "بل" and len(w) > 4)):
            return None
    return None


def _ar_plan_purpose(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 63: rounds 27, 51 and 61 in one reading) The event is the purpose or the content of a plan noun
    (`_AR_PLAN_NOUNS`): the trigger or its head is a ل-word (`_ar_lam_word`) whose plan noun `_ar_plan_before_lam`
    finds; or the trigger is the object (or a و-conjunct of it) of a content verb (`_AR_PLAN_CONTENT_VERB`) whose
    subject, at most three words before it or two after it, is a plan noun, the trigger at most fourteen words on
    in its clause. Not when the plan is told as carried out (`_ar_plan_carried_out`: a verb of carrying out or
    opening, «تم» or «قد» right before it) or a و + past verb of carrying out follows the event."""
    if toks[t.a].kind != "ar" or t.a < 1 or t.future:
        return False
    heads = [t.a] + ([t.head] if t.head is not None and t.head != t.a else [])
    for p in heads:
        if _ar_lam_word(toks, words, p):
            k = _ar_plan_before_lam(toks, words, p)
            if k is not None:
                return not _ar_plan_carried_out(toks, words, k) and not _ar_carried_out_after(toks, words, t)
    if t.kind == "verb" and t.imperfect and _bare(words[t.a])[:1] in "يت":
        return False  # a present verb of its own clause
    p = t.head if t.head is not None and t.head < t.a else t.a
    for k, w in _ar_words_back(toks, words, p, 14):
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_REL or w == "قد":
            return False
        if w in _AR_PLAN_CONTENT_VERB or words[k] in _AR_PLAN_CONTENT_VERB:
            if k >= 1 and _bare(words[k - 1]) in F.AR_NEG:
                return False
            subject = [q for q in (k + 1, k + 2) if q < p] + [q for q, _x in _ar_words_back(toks, words, k, 3)]
            plan = [q for q in subject if _ar_plan_noun_at(words, q) and _unprep(_bare(words[q])) not in _AR_MEANS_NOUNS]
            return (
                bool(plan)
                and not any(_ar_plan_carried_out(toks, words, q) for q in plan)
                and not _ar_carried_out_after(toks, words, t)
            )
    return False


# (round 61) «وافق / وافقت X، على + a verbal noun» with the subject's title set off by a comma or a dash aside
# («وافق وزير الشؤون البلدية ... آل الشيخ، على نزع ملكية»): the AGREE governor reads only an unbroken clause
_AR_CONSENT_VERB = F._n("وافق وافقت وافقوا وافقا يوافق توافق يوافقون")


def _ar_consented_across_aside(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 61) The trigger (a verbal noun, or one read as a past verb without و or a subject suffix) comes right
    after «على», and على right after a comma or a dash; a verb of consenting (`_AR_CONSENT_VERB`) at most
    fourteen words back, commas and dashes between let through (a title or an aside), no other punctuation,
    clause word, negation or relative between, the verb not negated: the act consented to is still to come
    (planned). Not an agreement noun (the agreement approved is given), nor when a و + past verb of carrying out
    follows."""
    if toks[t.a].kind != "ar" or t.a < 3 or t.future or t.type == "AGREE":
        return False
    pre = normalize(toks[t.a].prefix)
    w0 = _bare(words[t.a])
    if t.kind == "verb" and (
        t.imperfect or "و" in pre or words[t.a][:1] == "و" or (w0.endswith(("ت", "وا")) and not w0.endswith("ات"))
    ):
        return False
    if _bare(words[t.a]) in _AR_AGREEMENT_NOUN or pre or _bare(words[t.a - 1]) not in ("على", "علي"):
        return False
    if toks[t.a - 2].text not in ("،", ",", "-", "–", "—"):
        return False
    n = 0
    for k in range(t.a - 3, -1, -1):
        if toks[k].kind != "ar":
            if toks[k].text in ("،", ",", "-", "–", "—", "(", ")"):
                continue
            if toks[k].text in F.PUNCT_BOUNDARY:
                return False
            continue
        n += 1
        if n > 14:
            return False
        w = _bare(words[k])
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_REL or w in ("ان", "أن"):
            return False
        if w in _AR_CONSENT_VERB or words[k] in _AR_CONSENT_VERB:
            if k > 0 and _bare(words[k - 1]) in F.AR_NEG:
                return False
            return not _ar_carried_out_after(toks, words, t)
    return False


# (round 63) the ways or the prospects of an act: «بحث سبل دعمها وتعزيزها»، «وسبل زيادة التعاون المشترك»، «بحث آفاق
# التعاون بين البلدين»، «توسيع آفاق التعاون»: what talks look for ways to do, or the prospects of, is still to come
# (planned). Diplomatic readouts say it in nearly every reception or call (the unfiltered output audit of round 63,
# `eval/events/audits/fact63_*.tsv`). Not «السبل» (a ل-phrase follows it: the purpose rules read it), not «سبيل»
# («في سبيل الله»), not «أوجه» (the aspects of a cooperation that is there already)
_AR_WAYS_HEAD = F._n("سبل افاق")
# a quantifier or a verb of providing right before the head: the means are given («وفرت كل سبل الدعم»)
_AR_WAYS_GIVEN = F._n(
    "كل كافة جميع شتى مختلف توفير وفر وفرت يوفر توفر تهيئة هيأ هيأت أتاح أتاحت اتاح اتاحت إتاحة اتاحة قدم قدمت تقديم"
)


def _ar_ways_head_at(words: list[str], k: int) -> bool:
    """The word at k is «سبل» or «آفاق», a و / ب / ل before it let through (`_AR_WAYS_HEAD`)."""
    w = _bare(words[k])
    return w in _AR_WAYS_HEAD or (w[:1] in "بل" and w[1:] in _AR_WAYS_HEAD)


def _ar_ways_of(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 63) The trigger, an event noun (or a suffixed verbal noun read as a verb right after the head), ends a construct chain that starts at «سبل» or «آفاق» (`_ar_ways_head_at`):
    at most three words between, each without the article (an indefinite construct head: «سبل تعزيز جهود الإغاثة»،
    «سبل زيادة التعاون»), or the trigger a و-conjunct right after such a chain («وسبل دعمها وتعزيزها»); no
    punctuation, preposition, clause word or negation between. Not when a quantifier or a verb of providing stands
    at most two words before a head without و (`_AR_WAYS_GIVEN`: «وفرت كل سبل الدعم»): the means are given.
    (A head with و opens a conjunct of its own: «في المجالات كافة وسبل زيادة التعاون».)"""
    if toks[t.a].kind != "ar" or t.a < 1 or t.future:
        return False
    if t.kind != "noun" and not (t.kind == "verb" and _ar_ways_head_at(words, t.a - 1)):
        return False  # a verbal noun with a suffix may be read as a past verb: «وسبل دعمها»
    n = 0
    for k in range(t.a - 1, max(-1, t.a - 5), -1):
        if toks[k].kind != "ar":
            return False
        if _ar_ways_head_at(words, k):
            if words[k][:1] == "و":
                return True  # a new conjunct: «في المجالات كافة وسبل زيادة التعاون»
            before = {w for _j, w in _ar_words_back(toks, words, k, 2)}
            return not (before & _AR_WAYS_GIVEN or before & F.AR_NEG)
        n += 1
        w = _bare(words[k])
        if n > 3 or w[:2] == "ال" or w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_PREP_ALL or w in _AR_REL:
            return False
    return False


# (round 62, leaks62) an event asked about in a yes / no question opened by «هل» («هل تؤيد إقامة المعسكرات؟»،
# «هل دول المجلس اتفقت على مصالح»، «هل يليق به توقيع عقود»، «لا نعلم هل ستكون هناك محاكمة»): the tuning gold labels
# it conditional (aner-test-714-1، d6-ar-004، t8-ar-069، pgsr-A-280-1، pgsr-B-157-1), as it does the event of a
# «ما إذا» clause; an event the question takes as given stays as it is: a definite noun («هل الاتفاق النووي
# سيئ»، «هل تصبح العقوبات لعبة»), a relative or a أن-clause («الذين رفضوا»، «هل تصدقون بأن شبابنا يقتل»), the
# subject of «كان / جاء» («هل جاء إطلاق سراحه بعد دفع فدية»), a genitive after a preposition («جاد في حربه»)
_AR_QUESTION_WORD = F._n("هل")

_AR_QUESTION_STOP = F._n(
    "بان بانه بانها انه انها انهم ما مما عما بما لما لان لانه لانها حتى اذا لو ام او بل قبل بعد كي لكي منذ"
)

# a verb whose subject the noun after it is, a property of a given event being asked («هل كان اعتقاله مبررا»)
_AR_QUESTION_GIVEN_VERB = F._n("كان كانت يكون تكون جاء جاءت ياتي تاتي يعود تعود بات باتت اصبح اصبحت يصبح تصبح")

_AR_QUESTION_PREP = F._n("في على علي عن من الى إلى مع ضد حول بين نحو تجاه لدى عند")


def _ar_asked_in_question(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 62) The trigger is in the clause of a «هل / وهل / فهل» at most eight words back, with no punctuation,
    clause word (`F.AR_BOUNDARY`, `_AR_QUESTION_STOP`) or negation between: a verb form no verbal noun shares
    (`_ar_marked_verb`), or an indefinite noun (no ال, no ب / ل on it) that is not the first word after هل (a
    nominal sentence's subject: «هل تشجيع الوحدة عيب»), not right after «مجرد», a preposition or a verb of being /
    coming (`_AR_QUESTION_GIVEN_VERB`)."""
    a = t.a
    if toks[a].kind != "ar" or a < 1:
        return False
    hal = None
    for k, w in _ar_words_back(toks, words, a, 8):
        if w in _AR_QUESTION_WORD:
            hal = k
            break
        if w in F.AR_BOUNDARY or w in _AR_QUESTION_STOP or w in F.AR_NEG or w in _AR_REL or words[k] in F.AR_BOUNDARY:
            return False
    if hal is None:
        return False
    if t.kind == "verb" and _ar_marked_verb(_bare(words[a])):
        return True
    # a noun, or a bare past form the tagger read as a verb that may be a verbal noun («هل عقد اللقاءات ...
    # يكفي»، «هل نفي الشباب ... جاء»: the subject of what is asked)
    w0 = words[a]
    if w0.startswith(("ال", "لل")) or toks[a].prefix or _unprep(w0) != w0 or a == hal + 1:
        return False
    before = _bare(words[a - 1])
    return before not in _AR_QUESTION_PREP and before not in _AR_QUESTION_GIVEN_VERB and before != "مجرد"


def _ar_marked_verb(w: str) -> bool:
    """(round 62) An Arabic verb form no verbal noun shares: an imperfect or future (ي / ت / ن / سـ + at least three
    letters: «تؤيد»، «سيقبل»), or a past with a subject suffix («اعتقلت»، «اتفقوا»، «قاومنا»)."""
    if len(w) == 5 and w[:1] == "ت" and w[3] == "ي":
        return False  # a verbal noun تفعيل («هل مجرد توقيع الاتفاق يعني»), not an imperfect
    if len(w) >= 4 and (w[:1] in ("ي", "ت", "ن") or _ar_future_verb(w)):
        return True
    return len(w) >= 4 and w.endswith(("ت", "وا", "نا", "تم"))


# (round 63, leaks63) the event of a noun that «لا يوجد / ليس هناك / لم يكن هناك» denies, past a comma (rounds
# 60-62's leak audits: «لا توجد لها أي حصانة، تمنع من نقدها»، «فلا يوجد عمل منظم، وفيه استقصاء، وبحث عن مصادر
# دعم»): round 61's `_ar_denied_noun_complement` and round 53's `_ar_denied_existence` stop at punctuation. The
# denied noun phrase must end at the comma; between it and the event only asides («، حتى الآن،») or و-conjuncts of
# the denied noun («، وبحث عن»). Not a new clause past the comma (a past verb, «وقد»، «وأن»، «وهناك»، «لكن»: «لا
# يوجد دليل، وقد شنت القوات هجوما»: the attack took place), not past «إلا».
_AR_COMMA = frozenset(",،")
_AR_DENY_ASIDE = F._n(
    "حتى الآن الان اللحظة حاليا في الوقت الراهن الحالي اليوم لحد لغاية إلى الى أيضا كذلك إطلاقا مطلقا أصلا "
    "أبدا بعد للأسف تقريبا"
)
# what may open a و-conjunct of the denied noun before its own noun: «ولا أي»، «وفيه»، «ولها»
_AR_DENY_CONJ_LEAD = _AR_DENY_LEAD | F._n("لا فيه فيها فيهم")
# a stance or a response denied is about an event that took place («لا يوجد موقف، تجاه اعتقال الصحفيين»)
_AR_DENY_STANCE = F._n("موقف موقفا مواقف رد ردا ردود تعليق تعليقا")


def _ar_segments_back(toks: list[Token], p: int, reach: int = 24, commas: int = 3) -> list[list[int]]:
    """The Arabic words before ``p`` cut at commas, nearest segment first, each in text order; at most ``reach``
    words and ``commas`` commas back, up to any other punctuation mark."""
    segs: list[list[int]] = [[]]
    n = 0
    for k in range(p - 1, -1, -1):
        tx = toks[k].text
        if tx in _AR_COMMA:
            if len(segs) > commas:
                break
            segs.append([])
            continue
        if tx in F.PUNCT_BOUNDARY:
            break
        if toks[k].kind != "ar":
            continue
        n += 1
        if n > reach:
            break
        segs[-1].insert(0, k)
    return segs


def _ar_plain_phrase(words: list[str], ks: list[int], reach: int) -> bool:
    """The words at ``ks`` are an indefinite noun and at most ``reach`` words after it: none a clause word, an
    exception, a negation, a limit or cause word (`_AR_DENY_LIMIT`) or a verb (`_ar_marked_verb`)."""
    if not ks or len(ks) > reach + 1:
        return False
    head = _bare(words[ks[0]])
    if head.startswith("ال") or head in _AR_NO_EXIST or head in ("قد", "لقد"):
        return False
    for k in ks:
        y = _bare(words[k])
        if (
            y in F.AR_BOUNDARY
            or y in _AR_EXIST_STOP - F._n("من")
            or y in _AR_DENY_LIMIT
            or y in _AR_DENY_STANCE
            or y in _AR_DENY_BUT
            or y in F.AR_NEG
            or y in _AR_NO_EXIST
            or y in ("قد", "لقد")
            or _ar_marked_verb(y)
        ):
            return False
    return True


def _ar_denial_ends_phrase(toks: list[Token], words: list[str], seg: list[int]) -> bool:
    """The segment ``seg`` holds «لا / ليس / ليست + يوجد / توجد / هناك» or «لم يكن / تكن + هناك» and after it
    only leads (أي، a pronoun with ل / ب / على) and the denied indefinite noun phrase (`_ar_plain_phrase`), up to
    the comma that ends the segment."""
    for i, k in enumerate(seg):
        x = _bare(words[k])
        if x not in _AR_NO_EXIST or k < 1:
            continue
        if not _ar_existence_denied(words, k):
            continue
        rest = seg[i + 1 :]
        while rest and _bare(words[rest[0]]) in _AR_DENY_LEAD:
            rest = rest[1:]
        return _ar_plain_phrase(words, rest, 4)
    return False


def _ar_denied_conjunct(toks: list[Token], words: list[str], seg: list[int]) -> bool:
    """The segment is a و-conjunct of the denied noun: a word with و first («وبحث»، «ولا أي»، «وفيه»), leads,
    then an indefinite noun phrase (`_ar_plain_phrase`)."""
    if not seg or not _ar_conj_word(toks[seg[0]]):
        return False
    rest = list(seg)
    if _bare(words[rest[0]]) in _AR_DENY_CONJ_LEAD or words[rest[0]] in ("و", "ولا"):
        rest = rest[1:]
    while rest and _bare(words[rest[0]]) in _AR_DENY_CONJ_LEAD:
        rest = rest[1:]
    return _ar_plain_phrase(words, rest, 4)


def _ar_denied_past_comma(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event belongs to a noun denied by «لا يوجد / ليس هناك / لم يكن هناك» whose phrase ends at a comma
    before it (`_ar_denial_ends_phrase`), with only asides (`_AR_DENY_ASIDE`) or و-conjuncts of the denied noun
    (`_ar_denied_conjunct`) as segments between: either (1) the trigger is a present verb right after that comma,
    its noun phrase not a definite subject (a relative clause of the denied noun: «لا توجد لها أي حصانة، تمنع من
    نقدها»), or (2) an indefinite event noun after a link (as round 61's: ل / ب on it or on a light masdar before
    it, or على، إلى، بشأن، حول، عن ... before it, one indefinite noun let between: «عن مصادر دعم») that opens the
    segment after the comma or follows a و-conjunct of the denied noun («، وبحث عن مصادر دعم»)."""
    if toks[t.a].kind != "ar" or t.future or t.a < 4:
        return False
    w = _bare(words[t.a])
    if t.kind == "verb" and (t.imperfect or _ar_marked_verb(w) or _ar_conj_word(toks[t.a])):
        # a present verb, or a past verb of its own clause; a bare past form («دعم») is read as the noun it shares
        if not t.imperfect or w[:1] not in ("ي", "ت"):
            return False
        nxt = t.b + 1
        if nxt < len(words) and toks[nxt].kind == "ar" and words[nxt].startswith("ال"):
            return False  # «، تعيش المدينة ...»: a new clause with its own subject
        segs = _ar_segments_back(toks, t.a)
        return len(segs) >= 2 and not segs[0] and _ar_denial_ends_phrase(toks, words, segs[1])
    if w.startswith(("ال", "لل", "بال")):
        return False  # a definite event is given
    p = t.a
    prev = _bare(words[p - 1]) if toks[p - 1].kind == "ar" else ""
    if _ar_linked_by_prep(toks, words, p):
        pass
    elif prev in _AR_DENY_LINK:
        p -= 1
    elif (_unprep(prev) in _AR_INTEND_LIGHT or prev[1:] in _AR_INTEND_LIGHT) and (
        _ar_linked_by_prep(toks, words, p - 1) or _ar_lam_word(toks, words, p - 1)
    ):
        p -= 1  # «لشن هجوم»
    elif (
        toks[p - 2].kind == "ar"
        and _bare(words[p - 2]) in _AR_DENY_LINK
        and _ar_plain_phrase(words, [p - 1], 0)
        and not toks[p - 1].prefix
    ):
        p -= 2  # «عن مصادر دعم»: one noun the event is annexed to
    else:
        return False
    segs = _ar_segments_back(toks, p)
    if len(segs) < 2 or (segs[0] and not _ar_denied_conjunct(toks, words, segs[0])):
        return False
    for seg in segs[1:]:
        if _ar_denial_ends_phrase(toks, words, seg):
            return True
        aside = 0 < len(seg) <= 4 and all(_bare(words[k]) in _AR_DENY_ASIDE for k in seg)
        if not aside and not _ar_denied_conjunct(toks, words, seg):
            return False
    return False


# (round 64, fact64) verbs and nouns of a movement or an effort: going, leaving, arriving, visiting, striving. Their
# ل-purpose is what the movement or the effort is for, and has not been reached («يغادر ... غدا ... في زيارة عمل
# ...، لبحث العلاقات وأوجه التعاون»، «ووصل الوفد إلى جنيف للمشاركة في المحادثات»، «وسعيها لإحلال السلام ...
# ومنع تمدد»); the tuning gold labels the purpose of an arrival planned even when the arrival is told as done
# (eval/events/README.md, round 64). Round 49's `_AR_DISPATCH_VERBS` reads only a ل-word that is the trigger itself
# verbs of arriving (the forms of وصل)
_AR_ARRIVE = F._n("وصل وصلت وصلوا يصل تصل يصلون سيصل ستصل")
# verbs of arriving or turning whose ل-complement may be where they lead («وصلت للشكاوى»، «الذين وصلوا للقمة»،
# «توجه للأمير»): their ل-word is a purpose only after a destination with إلى (round 64's firing audit)
_AR_MOVE_TO = _AR_ARRIVE | F._n("توجه توجهت توجهوا يتوجه تتوجه يتوجهون سيتوجه ستتوجه")
_AR_MOVE_WORDS = _AR_MOVE_TO | F._n(
    "غادر غادرت غادروا يغادر تغادر يغادرون سيغادر ستغادر "
    "زار زارت زاروا يزور تزور يزورون سيزور ستزور "
    "سافر سافرت سافروا يسافر تسافر سيسافر ستسافر "
    "سعي سعيه سعيها سعيهم سعيا مسعي مساعي يسعي تسعي يسعون نسعي سيسعي ستسعي"
)
# the subjects of «يصل / وصل ... إلى» as "amount to" («ويصل عدد المخارج إلى ست»، «تصل نسبة»): no movement (not
# after توجه: «توجه عدد من المتظاهرين الى مقر النقابة للمطالبة» is a movement); _AR_ARRIVE above
_AR_AMOUNT_NOUNS = F._n("عدد نسبة نسبه قيمة قيمه حجم اجمالي إجمالي مجموع")
# a movement told as over, or a time or frame before the purpose that is not the movement's own
_AR_MOVE_STOP = F._n("بعد عقب اثر إثر منذ كان كانت قد لقد بسبب نتيجه") | _AR_REL
# verbal nouns of discussing: their object is the event the purpose names («لبحث التعاون»، «لمناقشة الهدنة»)
_AR_DISCUSS_MASDAR = F._n("بحث مناقشة مناقشه تباحث التباحث")
_AR_VISIT_NOUNS = F._n("زيارة زياره جولة جوله")
_AR_MOVE_SENTENCE_END = frozenset(".;؛:!?؟") | F.QUOTE_MARKS


def _ar_trip_clause_back(
    toks: list[Token], words: list[str], p: int, reach: int, commas: int
) -> Iterator[tuple[int, str]]:
    """The Arabic words before position p (index, bare form), nearest first, in the clause a movement's purpose or
    sequel may hang on: through dashes and parentheses and at most ``commas`` commas, up to sentence punctuation
    (`_AR_MOVE_SENTENCE_END`), at most ``reach`` words (rounds 64 and 66 walk back the same way)."""
    seen = n = 0
    for k in range(p - 1, -1, -1):
        tok = toks[k]
        if tok.text in _AR_MOVE_SENTENCE_END:
            return
        if tok.text in (",", "،"):
            seen += 1
            if seen > commas:
                return
            continue
        if tok.kind != "ar":
            continue
        n += 1
        if n > reach:
            return
        yield k, _bare(words[k])


def _ar_discussed_object(toks: list[Token], words: list[str], t: Trig) -> int | None:
    """(round 64) The trigger is the object of ل + a verbal noun of discussing (`_AR_DISCUSS_MASDAR`) at most
    three words back, the words between nouns of its chain (no punctuation, preposition, clause word or negation:
    «لبحث العلاقات وأوجه التعاون»): the position of the ل-word, else None."""
    for k in range(t.a - 1, max(-1, t.a - 4), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar":
            return None
        if _ar_lam_stem(toks, words, k) in _AR_DISCUSS_MASDAR:
            return k
        w = _bare(words[k])
        if w in _AR_PREP_ALL or w in F.AR_BOUNDARY or w in F.AR_NEG or toks[k].prefix and not _ar_conj_word(toks[k]):
            return None
    return None


def _ar_movement_at(
    toks: list[Token], words: list[str], p: int, past: set[int], commas: int = 1
) -> int | None:
    """(round 64) The movement or effort word (`_AR_MOVE_WORDS`) whose clause holds position p: at most 60 words
    back (a prince's titles fill forty), through dashes and parentheses and at most ``commas`` commas (one; round
    87's roles pass two: «توجهت ميريكل إلى باريس، أمس الإثنين، لإجراء محادثات»), with no sentence
    punctuation, negation, clause word, relative pronoun, word of a movement over (بعد، عقب، منذ، كان، قد) or other past-verb trigger between
    (a verb of arriving or turning, `_AR_MOVE_TO`, needs a destination with إلى before p)
    (``past``, but a visit noun the tagger read as a verb: «وصل ... حيث بحث»، «زار ... وبحث» tell the
    talks done); its position, else None."""
    for k, w in _ar_trip_clause_back(toks, words, p, reach=60, commas=commas):
        if w in _AR_MOVE_WORDS or words[k] in _AR_MOVE_WORDS:
            # «ولم يتوجه الوفد ... للمشاركة»: the purpose of a movement not made is no plan (round 51's guard)
            if _ar_negated_clause(toks, words, k):
                return None
            if (w in _AR_MOVE_TO or words[k] in _AR_MOVE_TO) and not any(
                toks[j].kind == "ar" and _bare(words[j]) in ("الي", "إلى", "الى") for j in range(k + 1, p)
            ):
                return None  # «وصلت للشكاوى»: the ل-word is where the verb leads, not what it is for
            arrive = w in _AR_ARRIVE or words[k] in _AR_ARRIVE
            if arrive and k + 1 < len(words) and _bare(words[k + 1]) in _AR_AMOUNT_NOUNS:
                return None  # «ويصل عدد مخارج ... إلى ست وصلات ...، وذلك لدعم»: an amount, no movement
            return k
        if (k in past and w not in _AR_VISIT_NOUNS) or w in F.AR_NEG or w in F.AR_BOUNDARY or w in _AR_MOVE_STOP:
            return None
    return None


def _ar_movement_to_come(toks: list[Token], words: list[str], m: int, end: int) -> bool:
    """(round 64) The movement verb at m is to come: a future («سيغادر»), or a present with a time to come
    between it and ``end`` («يغادر – بمشيئة الله – يوم غد الخميس ...»)."""
    w = _bare(words[m])
    if _ar_future_verb(w):
        return True
    if w[:1] not in ("ي", "ت"):
        return False
    return any(
        toks[k].kind == "ar" and (_ar_next_time_at(toks, words, k) or _bare(words[k]) in ("غد", "غدا"))
        for k in range(m + 1, end)
    )


def _ar_movement_purpose(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 64, fact64) The event noun is what a movement or an effort is for, not reached yet: the purpose (ل +
    the event, or ل + a verbal noun of carrying out or taking part, `_ar_purpose_head`; or the object of ل + a
    verbal noun of discussing, `_ar_discussed_object`) or a و-conjunct of it at most eight words on, in the clause
    of a verb or noun of going, leaving, arriving, visiting or striving (`_ar_movement_at`); or «في زيارة / جولة»
    of such a verb to come (`_ar_movement_to_come`). Not a protest (the march is the protest), not the
    ل-complement of a verb of undergoing."""
    if t.type == "PROTEST" or toks[t.a].kind != "ar" or t.a < 2:
        return False
    past = {u.a for u in trigs if u is not t and u.kind == "verb" and not (u.imperfect or u.future)}
    if _bare(words[t.a]) in _AR_VISIT_NOUNS and _bare(words[t.a - 1]) in ("في", "فى"):
        m = _ar_movement_at(toks, words, t.a - 1, past)  # the trip itself (the tagger may read «زيارة عمل يلتقي»)
        return m is not None and _ar_movement_to_come(toks, words, m, t.a)
    # a verbal noun the tagger read as a bare past verb is taken as a conjunct only («ومنع تمدد»)
    bare_past = t.kind == "verb" and _ar_conj_word(toks[t.a]) and len(_bare(words[t.a]).removeprefix("و")) == 3
    if t.kind != "noun" and not bare_past:
        return False
    p = -1 if bare_past else _ar_purpose_head(toks, words, t, "ل")
    if p < 0 and not bare_past:
        p = _ar_discussed_object(toks, words, t) or -1
    if p < 0 and _ar_conj_word(toks[t.a]):
        # a و-conjunct of the purpose: the walk of round 45's conjuncts back to the ل-word
        for k in _ar_words_before_conjunct(toks, words, t):
            if _ar_lam_stem(toks, words, k) and _ar_governs_complement(toks, words, k):
                p = k
                break
    if p >= 1:
        m = _ar_movement_at(toks, words, p, past)
        return m is not None and not _ar_undergone(toks, words, p)
    return False


# (round 64, leaks64) «ألا» (أن + لا) before an imperfect verb negates it: «طالبت الحكومة ألا تعتقل الصحفيين»،
# «ومن المرجح ألا توافق على تشكيل حكومة» (pgsr-B-320-1, negative / possible)، «وقرر المجلس ألا يفرض عقوبات»،
# «على ألا يتم فرض». The tokenizer normalizes «ألا» to «الا», the form of إلا (a boundary, not a negation), so the
# written token is read: only the hamza-above form, never «إلا» or the bare «الا». Not an «ألا» that opens its
# sentence or clause (after punctuation or a quote, no و / ف / ب / ل on it; after a comma only when a question
# mark follows): the interrogative of a rhetorical question («ألا يعني ذلك انسحاب القوات؟»، «ألا ترى أنه ...»)
# or the interjection («ألا إن ...»).
_AR_ALLA = frozenset(("ألا", "ألاّ", "ألّا"))


def _ar_alla_at(toks: list[Token], k: int) -> bool:
    """The token at ``k`` is «ألا» (أن + لا), its stem written with hamza above, not opening its sentence (nor a
    clause after a comma when a question mark follows: a rhetorical question)."""
    tk = toks[k]
    if tk.kind != "ar" or tk.stem not in _AR_ALLA:
        return False
    if tk.prefix:
        return True  # «وألا»، «بألا»: a conjunct or a preposition's clause
    if k == 0 or toks[k - 1].text in F.QUOTE_MARKS:
        return False
    if toks[k - 1].text in _AR_COMMA:
        # after a comma: a clause of the verb before it («وعلى المملكة ...، ألا تقبل بمجرد إعلان») unless a
        # question follows («ولم لا، ألا يحق لنا ...؟»)
        return not any(x.text in ("؟", "?") for x in toks[k + 1 :])
    return toks[k - 1].kind != "punct"


def _ar_negated_by_alla(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 64) The trigger is an imperfect verb right after «ألا» (`_ar_alla_at`), or a verbal noun after
    «ألا» and an auxiliary («ألا يتم فرض»، «ألا تكون»), or an imperfect verb coordinated by أو with one that «ألا»
    negates («ألا يتواطأ أو يؤيدهم»)."""
    a = t.a
    if toks[a].kind != "ar" or a < 2:
        return False
    w = _bare(words[a])
    verb = t.kind == "verb" and (t.imperfect or w[:1] in ("ي", "ت", "ن")) and not _ar_future_verb(w)
    k = a - 1
    aux = 0
    while k > 0 and aux < 2 and toks[k].kind == "ar" and _bare(words[k]) in F.AR_AUX and _bare(words[k]) not in ("قد", "اي"):
        k -= 1
        aux += 1
    if _ar_alla_at(toks, k):
        return verb or (aux > 0 and t.kind == "noun")
    # «ألا يتواطأ أو يؤيدهم أحد»: the negation covers the verb it coordinates
    return (
        verb
        and _bare(words[a - 1]) == "او"
        and toks[a - 2].kind == "ar"
        and _bare(words[a - 2])[:1] in ("ي", "ت", "ن")
        and a >= 3
        and _ar_alla_at(toks, a - 3)
    )


def _ar_alla_as_an(toks: list[Token], words: list[str]) -> list[str]:
    """(round 64) The words of the sentence with «ألا» (`_ar_alla_at`) read as «ان», the clause word it holds:
    the cue that governs an «أن» clause governs it too («ومن المرجح ألا توافق» possible، «قرر ألا يفرض» planned),
    where its normalized form «الا» (إلا) stopped the left scan; its negation is read by `_ar_negated_by_alla`."""
    if not any(tk.kind == "ar" and tk.stem in _AR_ALLA for tk in toks):
        return words
    return ["ان" if _ar_alla_at(toks, k) else w for k, w in enumerate(words)]


# (round 64, leaks64) a denied intention with an incise between it and the intended event: «لا ينوي، في الوقت
# الحالي، إرسال قوات»، «لم تعتزم، حتى الآن، فرض عقوبات»، «ونفى الوزير نيته، في تصريح للصحفيين، الاستقالة». Round
# 21's `_ar_negated_intent` stops at the comma, so the event came out positive / asserted; the tuning gold labels the
# event of a denied intention negative / planned (t13-ar-124 «لا يعتزم بدء تحقيقات»، t3-ar-013، d8-ar-031).
_AR_INTENT_NOUN = F._n("نيته نيتها نيتهم نيتهما نيتنا عزمه عزمها عزمهم اعتزامه اعتزامها")


def _ar_negated_intent_past_incise(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 64) The event's verbal noun (no و / ف on it; a light masdar «بدء / عقد / شن» may stand before it) follows an
    incise between two commas (`_ar_incise_before`) that follows a negated intention verb («لا ينوي»، «لم تعتزم»،
    «لا توجد نية»; its definite subject may stand before the comma: «ولا تعتزم الحكومة،») or an intention noun of a
    denial verb at most three words back («نفى الوزير نيته»)."""
    a = t.a
    if toks[a].kind != "ar" or toks[a].prefix[:1] in ("و", "ف") or a < 6:
        return False
    if t.kind == "verb" and (t.imperfect or _ar_marked_verb(_bare(words[a]))):
        return False  # a verb of its own clause; a verbal noun the tagger read as a verb («إرسال») is taken
    k = a
    if toks[k - 1].kind == "ar" and _unprep(_bare(words[k - 1])) in _AR_INTEND_LIGHT:
        k -= 1  # «، بدء تحقيقات»
    j = _ar_incise_before(toks, k)
    if j is None or j < 2:
        return False
    w = _bare(words[j - 1])
    if w in _AR_INTENT_NOUN:
        return any(_bare(words[q]) in _AR_DENY_VERBS for q in range(max(0, j - 5), j - 1))
    if w in _AR_INTEND:
        return _ar_negated_intent(toks, words, j)
    # the intention verb's subject before the comma («ولا تعتزم الحكومة، وفق مصادر مطلعة، عقد اجتماع»)
    return (
        w.startswith("ال")
        and toks[j - 2].kind == "ar"
        and _bare(words[j - 2]) in _AR_INTEND
        and _ar_negated_intent(toks, words, j - 1)
    )


# (round 66, fact66) a call with a ل-complement after its addressee or addressees: «دعا وزير حقوق الإنسان، ...، مفوض
# الأمم المتحدة ...، الرئيس الدوري لمجلس حقوق الإنسان لزيارة مدينة عدن». The REQUEST governor (extract.py) reads
# twelve tokens with no punctuation, round 42's `_ar_complement_after_commas` and round 50's `_ar_separated_call`
# read بـ / إلى only: the ل of دعا past commas or a long addressee was read by nothing.
_AR_CALL_LAM_VERBS = F._n(
    "دعا دعت دعوا يدعو تدعو يدعون تدعوان يدعوان ندعو أدعو ادعو سيدعو ستدعو داعيا داعية داعين داعيتين"
)
# a call on God is a prayer («ودعا الله ... لهم بالشفاء»), not an appeal to act
_AR_CALLED_ON_GOD = F._n("الله المولى ربه ربها ربهم الرب")
# adverbial participles of saying that open a clause of their own after a comma («، مشيرا إلى»، «، مؤكدا»)
_AR_SAYING_PARTICIPLE_ENDS = ("ا", "اً", "ة", "ين")
# heads of an institution's name: a ل-word right after one names the body («قوات التحالف لدعم الشرعية»)
_AR_NAME_HEADS_BEFORE_LAM = F._n("التحالف تحالف مركز المركز لجنه اللجنه هيئه الهيئه مجلس المجلس جمعيه الجمعيه برنامج البرنامج")


def _ar_clause_word_after_comma(toks: list[Token], words: list[str], k: int, trig_verbs: set[int]) -> bool:
    """(round 66) The word at k, right after a comma, opens a clause of its own: a verb trigger, «وذلك», a verb
    of saying with و («وقال»، «وأكد») or an adverbial participle of saying («مشيرا»، «مؤكدا»، «مضيفا»)."""
    w = _bare(words[k])
    if k in trig_verbs or w in ("وذلك", "ذلك", "كما", "وكان", "وكانت"):
        return True
    raw = normalize(toks[k].text)
    stem = raw[1:] if raw[:1] in "وف" and len(raw) > 3 else raw
    if stem in F.AR_BOUNDARY or _bare(stem) in F.AR_BOUNDARY:
        return True
    # «مشيرا»، «مؤكدا»، «مضيفة»، «معربين»: م + a participle of saying, read by its shape
    return stem[:1] == "م" and len(stem) >= 5 and stem.endswith(_AR_SAYING_PARTICIPLE_ENDS) and stem[:3] in (
        "مشي", "مؤك", "مضي", "معر", "موض", "منو", "مبي", "مشد", "مطا"
    )  # fmt: skip


def _ar_call_before_lam(toks: list[Token], words: list[str], p: int, trig_verbs: set[int]) -> int | None:
    """(round 66) The verb or participle of calling (`_AR_CALL_LAM_VERBS`) whose ل-complement is the ل-word at p,
    its addressee or addressees between: at most 30 words back, through commas (not before a word opening a
    clause of its own, `_ar_clause_word_after_comma`), parentheses, quote marks and dashes; no sentence
    punctuation, clause word, negation, relative pronoun, verb trigger, إلى or ب-complement between (the call has
    its complement already: the ل-word is then a purpose of that). Not a negated call, not a call on God. Its
    position, else None."""
    n = 0
    for k in range(p - 1, -1, -1):
        tok = toks[k]
        if tok.text in (",", "،"):
            nxt = next((q for q in range(k + 1, p) if toks[q].kind == "ar"), None)
            if nxt is not None and _ar_clause_word_after_comma(toks, words, nxt, trig_verbs):
                return None
            continue
        if tok.text in (".", ";", "؛", ":", "!", "?", "؟"):
            return None
        if tok.kind != "ar":
            continue  # a parenthesis, a quote mark, a dash, a figure
        n += 1
        if n > 30:
            return None
        w = _bare(words[k])
        raw = normalize(tok.text)
        stem = raw[1:] if raw[:1] in "وف" and raw[1:] in _AR_CALL_LAM_VERBS else raw
        if stem in _AR_CALL_LAM_VERBS or w in _AR_CALL_LAM_VERBS:
            if _ar_negated_clause(toks, words, k):
                return None  # «ولم يدع الوزير ...، ... لزيارة»
            nxt = next((q for q in range(k + 1, p) if toks[q].kind == "ar"), None)
            if nxt is not None and _bare(words[nxt]) in _AR_CALLED_ON_GOD:
                return None  # «ودعا الله ... لهم»: a prayer
            return k
        if k in trig_verbs or w in F.AR_NEG or w in F.AR_BOUNDARY or w in _AR_REL or words[k] in F.AR_BOUNDARY:
            return None
        if w in ("الي", "إلى", "الى", "حتى", "حتي", "بعد", "منذ", "عقب"):
            return None
        if raw[:1] == "ب" and len(raw) > 3 and raw not in _AR_L_WORDS or normalize(tok.prefix)[-1:] == "ب":
            return None  # «بالعمل على»، «بمناسبة»، «باسم»: another complement or an adjunct
    return None


def _ar_called_with_lam(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 66, fact66) The event noun is the ل-complement of a verb or participle of calling past its addressee
    or addressees (`_ar_call_before_lam`): ل + the event, ل + a verbal noun of carrying out or taking part before
    it (`_ar_purpose_head`), or a و-conjunct of such a ل-word («دعا ...، ...، ... لزيارة مدينة عدن»، «دعا ...،
    كافة هيئات ...، للتحرك الفوري للتحقيق في الجرائم»): called for, still to come. Not a protest (the protest
    files count a called protest that took place), not a verb (an act told in a clause of its own: «دعا ... بعد أن
    قتل»), not a ل-word right after the head of an institution's name («قوات التحالف لدعم الشرعية»)."""
    if t.type == "PROTEST" or t.kind != "noun" or toks[t.a].kind != "ar" or t.a < 3:
        return False
    p = _ar_purpose_head(toks, words, t, "ل")
    if p < 0 and _ar_conj_word(toks[t.a]):
        for k in _ar_words_before_conjunct(toks, words, t):
            if _ar_lam_stem(toks, words, k) and _ar_governs_complement(toks, words, k):
                p = k
                break
    if p < 2 or _bare(words[p - 1]) in _AR_NAME_HEADS_BEFORE_LAM:
        return False
    trig_verbs = {u.a for u in trigs if u is not t and u.kind == "verb"}
    return _ar_call_before_lam(toks, words, p, trig_verbs) is not None


# (round 66, fact66) the far sequel of a trip to come: what «قبل أن» or «حيث» + a present verb tells after a verb of
# going, leaving, arriving or visiting to come («وسيزور الرئيس الرياض ... قبل أن يلتقي أمير قطر»، «يغادر ... غدا
# متوجها إلى موسكو، حيث يجري مباحثات ...، قبل أن يلتقي الرئيس»); round 64's `_ar_movement_at` reads one comma and
# stops at حيث, since «وصل ... حيث بحث» tells talks done: with the trip to come, they are to come too.
_AR_VISITOR_ACTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_AR_TRIP_VERBS = frozenset(w for w in _AR_MOVE_WORDS if w[:1] in ("ي", "ت", "س") or w[1:2] in ("ي", "ت"))


def _ar_sequel_opening(toks: list[Token], words: list[str], t: Trig) -> int | None:
    """(round 66) The position of «قبل» of «قبل أن» right before the trigger, or of «حيث» at most one word before
    it (a meeting, talks or an agreement only: `_AR_VISITOR_ACTS`); the trigger a present verb, not negated, not
    a future of its own; else None."""
    if t.kind != "verb" or not t.imperfect or t.future or t.negated or t.a < 3:
        return None
    k = t.a - 1
    if toks[k].kind != "ar":
        return None
    w = _bare(words[k])
    if w in ("ان", "أن") and toks[k - 1].kind == "ar" and _bare(words[k - 1]) in ("قبل", "وقبل"):
        return k - 1
    for j in (k, k - 1):
        if toks[j].kind == "ar" and _bare(words[j]) in ("حيث", "وحيث"):
            # a meeting or talks where the traveller goes, not the state of the place («حيث يقاتل الجيش»)
            return j if t.type in _AR_VISITOR_ACTS else None
        if toks[j].kind != "ar" or toks[j].text in F.PUNCT_BOUNDARY:
            return None
    return None


def _ar_trip_to_come_before(toks: list[Token], words: list[str], p: int, past: set[int]) -> bool:
    """(round 66) A verb of going, leaving, arriving or visiting to come (`_ar_movement_to_come`) at most 40 words
    before position p, through at most two commas, dashes and parentheses; no sentence punctuation, negation,
    relative pronoun, word of a movement over (`_AR_MOVE_STOP`) or past-verb trigger between; a clause word
    (حيث، قبل أن) only when it opens a clause of the trip itself (this reading's own openings)."""
    for k, w in _ar_trip_clause_back(toks, words, p, reach=40, commas=2):
        if w in _AR_TRIP_VERBS or words[k] in _AR_TRIP_VERBS:
            return not _ar_negated_clause(toks, words, k) and _ar_movement_to_come(toks, words, k, p)
        if k in past or w in F.AR_NEG or w in _AR_MOVE_STOP:
            return False
        if w in F.AR_BOUNDARY and not (w == "حيث" or (w == "ان" and k > 0 and _bare(words[k - 1]) in ("قبل", "وقبل"))):
            return False
    return False


def _ar_sequel_of_trip_to_come(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 66, fact66) The present verb of a «قبل أن» or «حيث» clause (`_ar_sequel_opening`) after a trip to
    come (`_ar_trip_to_come_before`): «وسيزور الرئيس الرياض الأسبوع المقبل قبل أن يلتقي أمير قطر»، «يغادر ...
    غدا ...، حيث يجري مباحثات ...، قبل أن يلتقي الرئيس». Planned. «غادر ... أمس قبل أن يلتقي» (a trip told as
    done) is not read. Also «في زيارة / جولة» of a trip to come past two commas («ويصل المبعوث ... غدا، قادما من
    مسقط، في زيارة»), which round 64 reads past one."""
    if toks[t.a].kind != "ar" or t.a < 2:
        return False
    past = {u.a for u in trigs if u is not t and u.kind == "verb" and not (u.imperfect or u.future)}
    if t.kind == "noun" and _bare(words[t.a]) in _AR_VISIT_NOUNS and _bare(words[t.a - 1]) in ("في", "فى"):
        # «ويصل المبعوث ... غدا، قادما من مسقط، في زيارة»: round 64's «في زيارة» of a trip to come, two commas back
        return _ar_trip_to_come_before(toks, words, t.a - 1, past)
    q = _ar_sequel_opening(toks, words, t)
    return q is not None and _ar_trip_to_come_before(toks, words, q, past)


# (round 65, fact65) the content of a decision, a directive or an approval: the act such a noun names is still to
# come (planned), as the act of a decision verb is («قرر»، «وافق على»، round 60's «أقر»). The unfiltered audit of
# conflict news (audits/fact65_conflict_unfiltered.tsv) had four such events output asserted: «اتخذت قرار الاستقالة»،
# «الموافقة على نزع ملكية»، «إنفاذاً لتوجيهات خادم الحرمين الشريفين ... - حفظه الله - لتقديم المساعدات» ×2.
# (firing audit) not the plural قرارات: «قرارات التنسيق والإبعاد التي تتخذها الأندية» names a kind of decision
_AR_DECISION_IN_CONSTRUCT = F._n("قرار قراره قرارها قرارهم قراري قرارنا")
_AR_APPROVAL_NOUN = F._n("الموافقة موافقة الموافقه موافقه موافقته موافقتها موافقتهم موافقتهما")
# (firing audit) what is submitted for approval was made: «الموافقة على طلبه / استقالة نزار العقيل» (given)
_AR_SUBMITTED = F._n(
    "طلب الطلب طلبه طلبها طلبهم طلبات استقالة الاستقالة استقالته استقالتها استقالاتهم ترشح الترشح ترشحه ترشيح "
    "ترشيحه عرض العرض عرضه"
)
_AR_DIRECTIVE_HEAD = _AR_ORDER_NOUN | F._n("توجيه التوجيه توجيهه توجيهها أمره أمرها")
# words before the decision noun that tell it in force, its act given («عقب قرار إغلاق الحدود»; «إنفاذاً لتوجيهات
# ...»: the directive is being carried out, the convention's "unless the sentence says it was carried out")
_AR_DECISION_IN_FORCE = F._n("بعد عقب إثر اثر منذ بموجب وبموجب تنفيذا تنفيذاً تطبيقا تطبيقاً إنفاذا إنفاذاً انفاذا وإنفاذا")
# acts a decree performs by itself («قرار حظر التجول»، «قرار تمديد الطوارئ»: in force when decided)
_AR_SELF_ENACTED = F._n("حظر الحظر منع المنع تمديد التمديد تجميد التجميد فرض تعليق التعليق إلغاء الغاء")
# the words of a prayer incise after a ruler's name («- حفظه الله -»، «– أيده الله –»، «-رعاه الله-»)
_AR_PRAYER_INCISE = F._n(
    "حفظه حفظها حفظهم حفظهما يحفظه يحفظها يحفظهم يحفظهما أيده ايده أيدها ايدها رعاه رعاها يرعاه وفقه وفقها "
    "وفقهم سدده الله تعالى"
)
_AR_DASHES = frozenset(["-", "–", "—", "ـ"])


def _ar_decision_content(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 65, fact65) The trigger, an event noun (in (a) and (b) also one the tagger reads as a past verb), is
    the act a decision, an approval or a directive names:
    (a) the genitive right after an indefinite or suffixed decision noun («اتخذت قرار الاستقالة»، «عن قراره
    اغلاق محطة»), not a decision in force (`_AR_DECISION_IN_FORCE` at most two words before it: «عقب قرار
    إغلاق») nor an act the decree performs by itself (`_AR_SELF_ENACTED`: «قرار حظر التجول»); (b) على + the act
    right after an approval noun («الموافقة على نزع ملكية»), not an agreement, a penalty or a ruling approved
    (AGREE, COERCE); (c) ل + the act, or the object of ل + a verbal noun of delivering or carrying out, after a
    directive or order noun and its genitive (a ruler's name and titles, at most twelve words) with a prayer
    incise let through («لتوجيهات خادم الحرمين ... - حفظه الله - لتقديم المساعدات»). Not negated; not when a
    verb trigger stands between the noun and the act (the ل-word is that verb's)."""
    if toks[t.a].kind != "ar" or t.a < 1 or t.type == "PROTEST" or t.imperfect or t.future:
        return False
    if _ar_negated_clause(toks, words, t.a):
        return False
    a = t.a
    w0 = _bare(words[a])
    verbs = {u.a for u in trigs if u is not t and u.kind == "verb"}
    pre = normalize(toks[a].prefix)
    # after a decision noun or «على» the word is a verbal noun even when the tagger reads a past verb («إرسال»)
    if not pre and toks[a - 1].kind == "ar" and not toks[a - 1].prefix:
        prev = words[a - 1]
        if prev in _AR_DECISION_IN_CONSTRUCT or _bare(prev) in _AR_DECISION_IN_CONSTRUCT:  # (a)
            given = any(w in _AR_DECISION_IN_FORCE for _, w in _ar_words_back(toks, words, a - 1, 2))
            return not given and w0 not in _AR_SELF_ENACTED and t.type not in ("AGREE", "COERCE")
        if a >= 2 and _bare(prev) in ("على", "علي") and toks[a - 2].kind == "ar":  # (b)
            head = _bare(words[a - 2])
            if head in _AR_APPROVAL_NOUN or head.removeprefix("ب") in _AR_APPROVAL_NOUN:
                given = any(w in _AR_DECISION_IN_FORCE for _, w in _ar_words_back(toks, words, a - 2, 2))
                # (firing audit) a request or an application approved was made («الموافقة على طلبه»): given
                return not given and t.type not in ("AGREE", "COERCE", "REQUEST") and w0 not in _AR_AGREEMENT_NOUN | _AR_SUBMITTED
    # (c) the ل-word: the trigger itself, or a verbal noun of delivering or carrying out right before it
    if t.kind != "noun":
        return False
    if _ar_lam_stem(toks, words, a):
        p = a
    elif _ar_lam_stem(toks, words, a - 1) in _AR_DELIVER | _AR_DO_LIGHT:
        p = a - 1
    else:
        return False
    k = p - 1
    if k >= 0 and toks[k].text in _AR_DASHES:  # a prayer incise between dashes, let through
        q = k - 1
        while q >= 0 and toks[q].kind == "ar" and _bare(words[q]) in _AR_PRAYER_INCISE:
            q -= 1
        if q == k - 1 or q < 0 or toks[q].text not in _AR_DASHES:
            return False
        k = q - 1
    n = 0
    while k >= 0 and n < 12:
        if toks[k].kind != "ar":
            return False  # punctuation closes the directive's phrase
        w = _bare(words[k])
        if k in verbs or words[k] in F.AR_NEG or w in F.AR_BOUNDARY or w in _AR_THAT_FORMS31 or _ar_future_verb(w):
            return False  # (firing audit) «من يخالف هذه التعليمات بأنه سيتعرض للعقوبات»: a clause of its own
        if w in _AR_DIRECTIVE_HEAD or _ar_lam_stem(toks, words, k) in _AR_DIRECTIVE_HEAD:
            carried_out = any(x in _AR_DECISION_IN_FORCE for _, x in _ar_words_back(toks, words, k, 2))
            return n >= 1 and not carried_out and not _ar_undergone(toks, words, p)
        n += 1
        k -= 1
    return False


# (round 65, leaks65) a duty told by a predicate instead of a modal verb: «وعليه أن يتخلى عن مناطق»، «علينا أن ندين»،
# «والواجب أن نكشفها»، «من واجبه أن يدافع»، «واجب علينا تقديم المساعدة»، «فلزاما علينا أن». The guideline reads
# «يجب / ينبغي / يتعين» as possible (pgsr-D-754-1 «على كل القيادات ان تجتمع» and pgsr-C-287-1 «يجب علينا أن نحث»
# possible); these predicates say the same and the event came out asserted. They are read as «يجب», so the cue
# reading of «يجب أن» (the أن-clause, its و-conjuncts, a verbal noun after «يجب علينا») governs them too.
_AR_DUTY_ON = F._n("عليه عليها عليهم عليهما علينا عليك عليكم عليكما")
_AR_DUTY_NOUN = F._n("واجب الواجب واجبه واجبها واجبهم واجبنا واجبك واجبكم")
_AR_DUTY_LAZIM = F._n("لزاما")
# what may stand right before «عليه أن» when it opens its clause (a verb before it makes it its complement: «عز عليه
# أن»، «يصعب عليه أن»، «يتعين عليه أن», the last already a modal)
_AR_DUTY_OPENER = F._n(
    "و ف ان لكن ولكن بل لذا لذلك بالتالي اذن كان كانت فكان وكان يكون تكون بات باتت اصبح اصبحت صار صارت "
    "بدوره بدورها بدورهم اليوم الان"
)
# a word that may stand between the duty and أن: «علينا جميعا أن»
_AR_DUTY_FILLER = F._n("جميعا ايضا كذلك اذن الان اليوم")


def _ar_duty_as_must(toks: list[Token], words: list[str]) -> list[str]:
    """(round 65) The words of the sentence with a duty predicate (`_ar_duty_at`) read as «يجب» (its و / ف kept)."""
    if not any(tk.kind == "ar" and _ar_duty_stem(tk.norm) for tk in toks):
        return words
    out = list(words)
    for k, w in enumerate(words):
        if _ar_duty_at(toks, words, k):
            out[k] = w[: len(w) - len(_ar_duty_stem(w))] + "يجب"
    return out


_AR_DUTY_WORDS = _AR_DUTY_ON | _AR_DUTY_NOUN | _AR_DUTY_LAZIM


def _ar_duty_stem(w: str) -> str:
    """``w`` without a و / ف on it when it is a duty word («وعليه» → «عليه»; «واجبه» is one itself), else ''."""
    if w in _AR_DUTY_WORDS:
        return w
    return _bare(w) if _bare(w) in _AR_DUTY_WORDS else ""


def _ar_duty_at(toks: list[Token], words: list[str], k: int) -> bool:
    """The word at ``k`` tells a duty: «عليه / علينا ...» right before «أن» (a filler «جميعا» may stand between)
    opening its clause (`_AR_DUTY_OPENER`, a و / ف on it, or the sentence's or a punctuation mark's first word);
    «الواجب / واجبه / واجب ...» right before «أن», «هو أن» or «عليه / علينا»; «لزاما» right before «عليه / علينا»."""
    if toks[k].kind != "ar":
        return False
    b = _ar_duty_stem(words[k])
    if not b:
        return False
    j = k + 1
    while j < len(words) and toks[j].kind == "ar" and _bare(words[j]) in _AR_DUTY_FILLER:
        j += 1
    if j >= len(words) or toks[j].kind != "ar":
        return False
    nxt = words[j]
    if b in _AR_DUTY_ON:
        if nxt != "ان":
            return False
        if words[k] != b or k == 0 or toks[k - 1].kind != "ar":
            return True  # «وعليه أن»، «"علينا أن»، «.. علينا أن»
        return _bare(words[k - 1]) in _AR_DUTY_OPENER or words[k - 1] in _AR_DUTY_OPENER
    if b in _AR_DUTY_NOUN:
        if j == k + 1 and nxt == "هو" and j + 1 < len(words):
            nxt = words[j + 1]  # «والواجب هو أن»
        return nxt == "ان" or (j == k + 1 and nxt in _AR_DUTY_ON)
    return b in _AR_DUTY_LAZIM and j == k + 1 and nxt in _AR_DUTY_ON


# (round 65, leaks65) the و-conjunct, past a comma, of an «أن» clause a modal of obligation governs: «والواجب أن
# نكشفها على حقيقتها، ونحذر شبابنا»، «ما ينبغي أن نشجعه، ونسانده»، «علينا أن نتحلى بالتواضع، وأن نعمل على استعادة
# السيطرة». The cue reading of «يجب أن» reaches a conjunct with no comma («أن نكشفها ونحذر») and stops at the comma.
_AR_MUST_HEAD = _AR_MUST | F._n("لابد")
_AR_IMPERFECT_PREFIX = ("ي", "ت", "ن")


def _ar_modal_conjunct_past_comma(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 65) The trigger opens, or stands at most three words into, a conjunct right after a comma: an
    imperfect verb with و («، ونحذر») or a «وأن» clause («، وأن نعمل على استعادة»); the clause before the comma (at
    most twelve words, no other punctuation, clause word or negation) is «أن» + an imperfect verb with a modal of
    obligation (`_AR_MUST_HEAD`, a duty predicate read as «يجب» by `_ar_duty_as_must`) one or two words before «أن».
    A و-verb must share the person prefix of the governed verb («نكشفها ... ونحذر»), so that a clause of another
    subject is not taken in."""
    a = t.a
    if toks[a].kind != "ar" or a < 4:
        return False
    w = words[a]
    start = None
    person = ""
    if (
        t.kind == "verb"
        and toks[a - 1].text in _AR_COMMA
        and w[:1] == "و"
        and w[1:2] in _AR_IMPERFECT_PREFIX
        and _ar_marked_verb(w[1:])
        and not _ar_future_verb(w[1:])
    ):
        start, person = a - 1, w[1:2]
    else:
        for k in range(a - 1, max(0, a - 4), -1):
            if toks[k].kind != "ar":
                return False
            if words[k] == "وان" and toks[k - 1].text in _AR_COMMA:
                start = k - 1
                break
            if _bare(words[k]) in F.AR_BOUNDARY or words[k] in F.AR_NEG:
                return False
    if start is None:
        return False
    for j in range(start - 1, max(-1, start - 13), -1):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if toks[j].kind != "ar":
            continue
        if _bare(words[j]) == "ان":
            v = words[j + 1] if j + 1 < start else ""
            if v[:1] not in _AR_IMPERFECT_PREFIX or len(v) < 3 or (person and v[:1] != person):
                return False
            return any(j - d >= 0 and _bare(words[j - d]) in _AR_MUST_HEAD for d in (1, 2))
        if _bare(words[j]) in F.AR_BOUNDARY or words[j] in F.AR_NEG:
            return False
    return False


# (round 65, leaks65) «على» + the one who owes the act + «أن», opening its clause: «وعلى الحكومة أن تفرج»، «إن على
# كل القيادات أن تجتمع» (pgsr-D-754-1, possible): the duty of round 22's «يجب على X أن» with no modal verb.
_AR_DUTY_ON_BARE = F._n("على علي")
# verbal nouns of stating after «على»: the preposition's object («وعلى التأكيد أن»، «على ضرورة أن»), not a subject
_AR_STATING_MASDAR = F._n("التاكيد تاكيد التشديد الاشارة التنويه التذكير التوضيح الاعلان ضرورة الحرص")


def _ar_duty_on_subject(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 65) The trigger right after «أن», and before it, at most eight words back with no punctuation, clause
    word, negation or verb trigger between, «على» opening its clause (with و / ف, after «إن» or another
    `_AR_DUTY_OPENER`, or first in its sentence or after a punctuation mark) with at least one word of its subject."""
    a = t.a
    if a < 3 or toks[a].kind != "ar" or _bare(words[a - 1]) != "ان" or words[a - 1] == "وان":
        return False
    for j in range(a - 3, max(-1, a - 11), -1):
        if toks[j].kind != "ar":
            return False
        w = words[j]
        if w in _AR_DUTY_ON_BARE or (w[:1] in ("و", "ف") and w[1:] in _AR_DUTY_ON_BARE):
            if _bare(words[j + 1]) in _AR_STATING_MASDAR:
                return False  # (lead) «حرصها على ...، وعلى التأكيد أن الاتفاق ...»: على's object, no one's duty
            if w not in _AR_DUTY_ON_BARE or j == 0 or toks[j - 1].kind != "ar":
                return True
            return _bare(words[j - 1]) in _AR_DUTY_OPENER or words[j - 1] in _AR_DUTY_OPENER
        if _bare(w) in F.AR_BOUNDARY or w in F.AR_NEG or _bare(w) in _AR_MUST_HEAD:
            return False
    return False


# (round 67, fact67) a present verb dated by a time to come past the six-word window after it: «في مباراة يغلب
# عليها الطابع الاحتفالي يستضيف الزمالك بطل الدوري المصري الممتاز لكرة القدم نظيره وادي دجلة غدا الاثنين».
# `mark_factuality` reads غدا / المقبل at most six words after a present verb (a long subject and object push the
# time farther); `_ar_present_with_future_time` only when the verb opens its clause, `_ar_dated_to_come` only a
# time before the trigger. Arabic news tells a scheduled act in the present tense with its date after the object.
_AR_PRESENT_DATED_REACH = 16
# «اليوم التالي»: the day after the story's own event, not after the publication («ويعتقل الجنود في اليوم التالي كل
# من يقترب»: a habitual or narrative present)
_AR_NEXT_OF_NARRATIVE = F._n("التالي التالية")


def _ar_present_dated_after(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 67) The trigger is a present verb (imperfect, not سـ, not negated) and a time to come of its own
    clause (`_ar_next_time_at`: غدا، «بعد غد»، «الأسبوع / الاثنين المقبل») follows it at most sixteen words on,
    with between no punctuation, no clause word (`F.AR_BOUNDARY`: «يقول إن الوفد يصل غدا» dates the arrival), no
    past or earlier-event word (`_AR_DATED_STOP`: أمس، كان، قد، بعد ...), no negation, no «حاليا / الآن» (the act
    goes on now, the time is its purpose's: «يجري ... حاليا مفاوضات ... لخوض مباراة ... خلال الأيام المقبلة»), no
    word with a split-off
    و (another conjunct) and no other trigger (an event between takes the date: «يطالب بعقد اجتماع غدا»); and
    the time is not inside another event's clause as the time stage reads them (`setting.away_spans`). Planned."""
    if t.kind != "verb" or not t.imperfect or t.future or t.negated or toks[t.a].kind != "ar":
        return False
    if "س" in normalize(toks[t.a].prefix):
        return False
    if any(_bare(words[k]) in frames._AR_NOW for k in range(t.a, t.b + 1)):
        return False  # «يجري ... حاليا مفاوضات»: a phrase trigger that says the act goes on now
    return _ar_time_to_come_ahead(toks, words, t, trigs, t.b + 1)


def _ar_time_to_come_ahead(
    toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig], start: int, day_part: bool = False
) -> bool:
    """(round 67; round 69 shares it) The scan forward from token ``start`` for a time to come of the trigger's
    own clause (`_ar_next_time_at`, not «التالي»), at most sixteen Arabic words on, with between no punctuation,
    other trigger, clause word, past or earlier-event word (`_AR_DATED_STOP`), negation, «حاليا / الآن» or و-word;
    the time not inside another event's clause (`setting.away_spans`). ``day_part`` (round 69): «مساء / صباح غد»
    is such a time too."""
    others = {k for o in trigs if o is not t for k in range(o.a, o.b + 1)}
    n = 0
    for k in range(start, len(toks)):
        tok = toks[k]
        if tok.text in F.PUNCT_BOUNDARY:
            return False
        if tok.kind != "ar":
            continue
        n += 1
        if n > _AR_PRESENT_DATED_REACH or k in others:
            return False
        w = _bare(words[k])
        if (_ar_next_time_at(toks, words, k) and w not in _AR_NEXT_OF_NARRATIVE) or (
            day_part and w == "غد" and _bare(words[k - 1]) in _AR_DAY_PART
        ):
            return not any(a <= k < b for a, b in _setting_away_spans(toks, t, "ar"))
        if w == "بعد" and k + 1 < len(words) and _bare(words[k + 1]) == "غد":
            continue  # «بعد غد»: the time itself, not an earlier event
        if (
            w in F.AR_BOUNDARY
            or w in _AR_DATED_STOP
            or w in F.AR_NEG
            or w in frames._AR_NOW  # (firing audit) «يجري ... حاليا مفاوضات ... لخوض مباراة ... خلال الأيام المقبلة»
            or normalize(tok.prefix)[:1] == "و"
        ):
            return False
    return False


# (round 66, leaks66) a capacity told by a prepositional predicate instead of a modal verb: «بوسع الجيش أن يقصف»،
# «بإمكانها التفاوض»، «في مقدور الحكومة أن تعتقل»، «باستطاعتهم أن». The guideline reads «يمكن» as possible and its
# negation as the act not done (gold: «أصبح بإمكانه طرد» aner-train-1448-2, «بإمكانهم قتلي» t18-ar-037 possible;
# «لا يمكن أن نوقع» t7-ar-058 negative / possible; «لم يعد بإمكاني أن أدافع» t2-ar-009, «لم يعد بمقدوره زيارته»
# d5-ar-002 negative / asserted; «لن يعود بمقدور ... الاستمرار» t12-ar-202 negative / planned). The code read only
# «بإمكانه» (`F.AR_POSS`) and only as possible: «ليس بوسعها أن تعارض»، «ليس بإمكانه أن يهاجم»، «لم يكن بوسع الجيش أن
# يقصف» came out positive / asserted (the leak draws of round 66 and a probe of eleven forms).
_AR_CAPACITY_STEMS = ("وسع", "امكان", "مقدور", "استطاعه", "استطاعت")
_AR_CAPACITY_SUFFIXES = frozenset(("", "ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم", "كما"))
# the negations of a capacity and the label of the act they leave undone: «ليس بوسعه» (present, as «لا يمكنه»),
# «لم يكن / لم يعد بوسعه» (not done), «لن يكون / لن يعود بوسعه» (to come, not done); keys: the word before the
# capacity, then the word before that one ("" when one word negates)
_AR_CAPACITY_NEGATION = {
    ("ليس", ""): "possible",
    ("ليست", ""): "possible",
    ("يكن", "لم"): "",
    ("تكن", "لم"): "",
    ("يعد", "لم"): "",
    ("تعد", "لم"): "",
    ("يعد", "لا"): "possible",
    ("تعد", "لا"): "possible",
    ("يكون", "لن"): "planned",
    ("تكون", "لن"): "planned",
    ("يعود", "لن"): "planned",
    ("تعود", "لن"): "planned",
}
# the copulas that leave a capacity alone: «كان بوسعه أن يمنع» (could have: a counterfactual), «سيكون بإمكان»
# (a future, often in a condition's apodosis: t2-ar-064 conditional)
_AR_CAPACITY_OTHER_COPULA = F._n("كان كانت كانوا يكون تكون سيكون ستكون")
# an exception after a negated capacity makes the act the one left: «ليس بإمكانهم سوى الانسحاب»
_AR_CAPACITY_EXCEPT = F._n("سوى إلا الا غير")


def _ar_capacity_word(tok: Token, w: str, after_fi: bool) -> bool:
    """The word is a capacity predicate: ب + «وسع / إمكان / مقدور / استطاعة» with or without a pronoun suffix
    («بوسعها»، «بإمكان»، «بالإمكان»، «باستطاعتهم»; a و / ف on it allowed), or the same noun right after «في» («في
    وسع»، «في مقدوره»). The ب may be split off by the tokenizer (`Token.prefix`)."""
    has_b = "ب" in normalize(tok.prefix)
    if w[:1] in "وف" and len(w) > 3 and (w[1:2] == "ب" or any(w[1:].startswith(s) for s in _AR_CAPACITY_STEMS)):
        w = w[1:]
    if w[:1] == "ب":
        has_b, w = True, w[1:]
    if not (has_b or after_fi):
        return False
    if w.startswith("الامكان"):
        w = w[2:]
    for s in _AR_CAPACITY_STEMS:
        if w.startswith(s) and w[len(s) :] in _AR_CAPACITY_SUFFIXES and (s != "استطاعت" or len(w) > len(s)):
            return True
    return False


def _ar_capacity_cue(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round 66) The label a capacity predicate gives the trigger, or None. The trigger opens the capacity's
    complement: the imperfect verb right after «أن», or a verbal noun with no «أن», after the capacity word and at
    most three words of its subject («بوسع الجيش أن يقصف»، «بإمكانها التفاوض»), with no punctuation, clause word or
    other verb between; «من الممكن» is read the same way. Not negated: "possible"; after «ليس / لا يعد»: "negative/possible", «لم يكن / لم يعد»:
    "negative/asserted", «لن يكون / لن يعود»: "negative/planned". A capacity after «كان / يكون» is left (a
    counterfactual, a future or a condition's apodosis)."""
    if t.a < 1 or toks[t.a].kind != "ar":
        return None
    masdar = t.kind == "noun" or (t.kind == "verb" and not t.imperfect and words[t.a - 1] != "ان")
    if t.kind == "verb" and t.imperfect and words[t.a - 1] == "ان":
        end = t.a - 1
    elif masdar:
        end = t.a  # a verbal noun, or one the tagger read as a past verb («بإمكانه طرد أي حاكم»)
    else:
        return None
    for k in range(end - 1, max(-1, end - 5), -1):
        tok = toks[k]
        if tok.kind != "ar" or tok.text in F.PUNCT_BOUNDARY:
            return None
        w = words[k]
        after_fi = k > 0 and words[k - 1] == "في"
        if w == "الممكن" and k >= 1 and _bare(words[k - 1]) == "من":
            return _ar_capacity_label(toks, words, k - 1)  # «ليس من الممكن أن»: as «لا يمكن أن»
        if _ar_capacity_word(tok, w, after_fi):
            # the words between are the subject: none after a pronoun («بوسعها التفاوض»), one or more after a
            # construct («بوسع الجيش أن»); a verbal noun takes at most one («بمقدور الحكومة اعتقال», not «بإمكان
            # الوزير توضيح أسباب الإفراج»: the event named inside the complement is not governed)
            between = end - k - 1
            if between == 0 and not _ar_capacity_needs_no_subject(w):
                return None  # «بوسع أن»: a construct with no subject after it
            if masdar and between > (0 if _ar_capacity_needs_no_subject(w) else 1):
                return None
            return _ar_capacity_label(toks, words, k - 1 if after_fi else k)
        if _bare(w) in F.AR_BOUNDARY or w == "ان" or _bare(w) in F.AR_NEG or _bare(w) in _AR_CAPACITY_EXCEPT:
            return None  # «ليس بإمكانهم سوى الانسحاب»: they can only withdraw
    return None


def _ar_capacity_needs_no_subject(w: str) -> bool:
    """The capacity word carries its subject as a pronoun («بوسعها», not «بوسع») or has none («بالإمكان»)."""
    return w.endswith("الامكان") or not any(w.endswith(s) for s in _AR_CAPACITY_STEMS)


def _ar_capacity_label(toks: list[Token], words: list[str], c: int) -> str | None:
    """The label of an act a capacity at position ``c`` (its first word) governs, by the words right before it
    (`_AR_CAPACITY_NEGATION`), or None for a copula that leaves it alone."""
    w1 = _bare(words[c - 1]) if c >= 1 and toks[c - 1].kind == "ar" else ""
    w2 = _bare(words[c - 2]) if c >= 2 and toks[c - 2].kind == "ar" else ""
    for key in ((w1, ""), (w1, w2)):
        if key in _AR_CAPACITY_NEGATION:
            return "negative/" + (_AR_CAPACITY_NEGATION[key] or "asserted")
    if w1 in _AR_CAPACITY_OTHER_COPULA:
        return None
    return "possible"


def _ar_capacity_applied(cue: str, mods: set[str]) -> tuple[bool, set[str]]:
    """(round 66) The negation and the modality cues of a trigger after a capacity's cue (`_ar_capacity_cue`): a
    negated capacity leaves the act undone with the negation's own label; a plain one adds "possible" only to a
    trigger with no other cue (or only "reported")."""
    if cue == "possible":
        return False, mods | {"possible"} if not mods - {"reported"} else mods
    label = cue.split("/", 1)[1]
    return True, (mods - {"possible", "planned"}) | ({label} if label != "asserted" else set())


# (round 68, fact68) a wish or a first-person hope over the event: «وأتمنى أن تتم مطالبة جميع الوحدات»، «وأتمنى أن
# يكون هناك اجتماع متواصل»، «ونتمنى أن يتم إطلاق سراح»، «وتمنى الوزير أن يلتقي الوفد»، «ونأمل أن يلتقي»، «أرجو من
# قضائنا أن يحكم»، «ويتمنى الأهالي عقد اجتماع». The conventions read a wish or a hope as planned (the act is still
# to come); `F.AR_PLANNED` holds «يأمل / تأمل» but no form of «تمنى», no first person «نأمل / آمل» and no «أمله أن»,
# so the event of such a clause came out asserted. Not a wish denied or told as past («ما تمنيت أن يكون الموت نهاية
# هذه الأم»، «وكنا نتمنى أن يحصل على ...»: it did not or did happen), not a time clause («بعد أن»).
_AR_WISH_VERB = F._n(
    "تمنى تمنت تمنوا تمنيا تمنتا تمنيت تمنينا تمنيتم يتمنى تتمنى أتمنى نتمنى يتمنون يتمنين يتمنيان تتمنيان "
    "متمنيا متمنية متمنين متمنون"
)
_AR_PLEA = F._n("أرجو نرجو")  # «أرجو من قضائنا المحترم أن يحكم»: a first-person plea, the act still to come
# the hope words `F.AR_PLANNED` lacks («آمل» is told from the noun or name «أمل» by its alif madda: `_ar_wish_at`)
_AR_HOPE_OWN = F._n("نأمل أمله أملها أملهم أملهما أملنا أملي آملا آملين آملة آملون")
_AR_WISH_THAT = F._n("أن بأن وأن")
_AR_WISH_TIME = F._n("بعد قبل منذ")  # «تمنى ... بعد أن زار»: a time clause, its event took place
_AR_WISH_PAST = F.AR_KANA | F._n("كنت كنا كنتم ما")  # «وكنا نتمنى أن»، «ما تمنيت أن»: a past or denied wish
_AR_HOPE_AS = F._n("يأمل")
# (firing audit) words between «أن» and the trigger that open another clause or tell a past: «نتمنى أن يكون
# التدريب ... فإننا نرحب»، «وتمنى أن يكونوا قد استمتعوا ببرنامج زيارتهم»، «يتمنى الشاعر أن يجد محبوبته فهو ...
# ويطلب»
_AR_WISH_CLAUSE_STOP = F._n("انه انها انهم انهما اننا انني اني انك انكم لان لانه لانها لانهم قد")
_AR_WISH_PRONOUN_OPENER = F._n("وهو فهو وهي فهي وهم فهم ونحن فنحن")
_AR_WISH_RELATIVE = F._n("من لمن ما مما")  # + a verb: «لمن يتم ضبطهم»، «من ينفي»: a relative clause of its own
_AR_COPULA_TO_BE = F._n("يكون تكون يكونوا تكونوا")
_AR_THERE_IS = F._n("هناك هنالك ثمة")


def _ar_wish_at(toks: list[Token], words: list[str], k: int) -> bool:
    """The word at ``k`` is a wish, a plea or a hope `F.AR_PLANNED` does not read: a form of «تمنى»، «أرجو /
    نرجو»، «نأمل / أمله / آملا ...», «آمل» (its alif madda in the text) or «على أمل»; not after a negation or a
    past copula («ما / لا / كنا + نتمنى»)."""
    if toks[k].kind != "ar":
        return False
    w = _bare(words[k])
    stem = toks[k].stem[1:] if toks[k].stem[:1] in ("و", "ف") else toks[k].stem
    hope = w in _AR_WISH_VERB or w in _AR_PLEA or w in _AR_HOPE_OWN or stem == "آمل"
    if not hope and w == normalize("أمل") and k > 0 and _bare(words[k - 1]) == normalize("على"):
        hope = True  # «على أمل أن»: in the hope that
    if not hope:
        return False
    prev = next((x for _, x in _ar_words_back(toks, words, k, 1)), "")
    return prev not in F.AR_NEG and prev not in _AR_WISH_PAST


def _ar_wished_for(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 68) The trigger is the act of a wish (`_ar_wish_at`): in the «أن» clause the wish word governs, at
    most four words before «أن» (a subject or an addressee «من X» between, no clause word, negation or punctuation)
    and the trigger at most twelve words after it with none between; or the object right after it, as round 54's
    `_ar_hoped_for` reads «نأمل دعم» (the wish word read as «يأمل»). Not a noun pointed at by «هذه / هذا», nor the
    subject right after the clause's own verb («أتمنى أن تسهم الزيارة في»: the visit is given, the wish is about
    what it brings); a light verb («أن تتم مطالبة»، «أن يكون هناك اجتماع») lets the noun through."""
    a = t.a
    if toks[a].kind != "ar" or a < 2 or t.future:
        return False
    back = list(_ar_words_back(toks, words, a, 12))
    that = next((i for i, (_, w) in enumerate(back) if w in _AR_WISH_THAT or w in F.AR_BOUNDARY or w in F.AR_NEG), None)
    if that is None or back[that][1] not in _AR_WISH_THAT:
        as_hope = [
            next(iter(_AR_HOPE_AS)) if toks[k].kind == "ar" and _ar_wish_at(toks, words, k) else w
            for k, w in enumerate(words)
        ]
        return _ar_hoped_for(toks, as_hope, t)
    between = back[:that]  # nearest first
    for i, (k, w) in enumerate(between):
        if w in _AR_WISH_CLAUSE_STOP or words[k] in _AR_WISH_PRONOUN_OPENER:
            return False
        nxt = between[i - 1][1] if i > 0 else ""
        if (w in _AR_WISH_RELATIVE or words[k] in _AR_WISH_RELATIVE) and (_ar_marked_verb(nxt) or nxt in F.AR_AUX):
            return False
    if t.kind != "verb" or not _ar_marked_verb(_bare(words[a])):  # a noun, or a verbal noun read as a past verb
        if between and between[0][1] in _AR_THIS:
            return False  # «أن تسهم هذه الزيارة»: a given event
        if that == 1 and between[0][1] not in F.AR_AUX and _ar_marked_verb(between[0][1]):
            return False  # «أن تسهم الزيارة»: the subject of the clause's verb
        if between and between[-1][1] in _AR_COPULA_TO_BE and (len(between) < 2 or between[-2][1] not in _AR_THERE_IS):
            return False  # «أن يكون توقيع الاتفاق بداية»: the copula's subject is given, unlike «أن يكون هناك اجتماع»
    k_that = back[that][0]
    for n, (k, w) in enumerate(_ar_words_back(toks, words, k_that, 4)):
        if n == 0 and w in _AR_WISH_TIME:
            return False
        if _ar_wish_at(toks, words, k):
            return True
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_WISH_THAT:
            return False
    return False


# (round 69, fact69) an announced event noun dated by a time to come after it: «وأعلنت نقابة الموظفين عن تظاهرة
# أمام البرلمان مساء الأربعاء المقبل»، «حددت الحكومة موعد الاجتماع مع النقابات يوم الأحد المقبل». The event is
# the object of an announcement (أعلن عن، «الإعلان عن»، «أعلن موعد») or of a date set (موعد), and its own time,
# after it, is one to come (`_ar_next_time_at`): the event is still to happen. `_ar_dated_to_come` reads a time
# before the trigger only, `_ar_present_dated_after` a present verb only. A bare weekday is left: by the gold
# conventions it names the day just before publication or the day itself (pgsr-D-606-1 «وأعلن أمس عن قمة ...
# تستضيفها العاصمة السورية اليوم» is asserted), and the two such rows of round 65's audit are both events of the
# publication day.
_AR_ANNOUNCE_HEAD = F._n(
    "أعلن أعلنت أعلنوا أعلنا يعلن تعلن يعلنون ستعلن سيعلن الإعلان إعلان إعلانه إعلانها إعلانهم بالإعلان"
)
_AR_SCHEDULE_NOUN = F._n("موعد موعدا")
# the masdar of holding an event between عن and the event: «أعلنت عن تنظيم وقفة»، «الإعلان عن عقد مؤتمر»
_AR_HOLDING_MASDAR = F._n("تنظيم عقد إقامة إجراء تسيير بدء انطلاق")
# words back to the announcement: its subject, the day and the place stand between («أعلن حلف شمال الأطلسي (ناتو)
# اليوم الأحد في بروكسل عن عقد جلسة»)
_AR_ANNOUNCE_REACH = 12
# «مساء غد»: غد after a part of the day is tomorrow (`_ar_next_time_at` reads غدا and «بعد غد»)
_AR_DAY_PART = F._n("مساء صباح ظهر عصر فجر ليلة ليل ظهيرة")


def _ar_announced_event_head(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 69) The trigger is the object of an announcement or of a date set: right after موعد («حدد موعد
    الاجتماع»), or a form of أعلن / الإعلان stands at most twelve words before it in its clause, with no other
    trigger between (its subject and عن between: «وأعلنت نقابة الموظفين عن تظاهرة»، «وأعلنت النقابة تنظيم
    اعتصام»); a masdar of holding may stand before the event («عن تنظيم وقفة»). Not a negated announcement («لم
    يعلن عن موعد»)."""
    p = t.a - 1
    while p >= 0 and toks[p].kind != "ar" and toks[p].text not in F.PUNCT_BOUNDARY:
        p -= 1  # «أعلنت ... عن «هدنة إنسانية»»: quotes around the event
    if p >= 0 and toks[p].kind == "ar" and _bare(words[p]) in _AR_HOLDING_MASDAR:
        p -= 1
    if p < 0 or toks[p].kind != "ar":
        return False
    if _bare(words[p]) in _AR_SCHEDULE_NOUN:
        return True
    others = {k for o in trigs if o is not t for k in range(o.a, o.b + 1)}
    n = 0
    for k in range(p, -1, -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if toks[k].kind != "ar":
            continue
        n += 1
        x = _bare(words[k])
        if x in _AR_ANNOUNCE_HEAD:
            return not (k > 0 and _bare(words[k - 1]) in F.AR_NEG)
        if n > _AR_ANNOUNCE_REACH or k in others or x in F.AR_BOUNDARY or x in F.AR_NEG:
            return False
    return False


def _ar_announced_event_dated_after(toks: list[Token], words: list[str], t: Trig, trigs: Sequence[Trig]) -> bool:
    """(round 69) The trigger is an event noun (or a verbal noun read as a past verb after عن) announced or given
    a date (`_ar_announced_event_head`), not told done by its own relative clause (`_ar_told_done_by_relative`),
    and a time to come of its clause (`_ar_next_time_at`: غدا، «بعد غد»، «الأربعاء / الأسبوع المقبل»; and «مساء
    غد») follows it
    at most sixteen words on, with between no punctuation, clause word, past or earlier-event word
    (`_AR_DATED_STOP`), negation, «حاليا / الآن», و-word (another conjunct) or other trigger, and not inside
    another event's clause as the time stage reads them (`setting.away_spans`). Planned."""
    if t.negated or toks[t.a].kind != "ar":
        return False
    if t.kind != "noun" and not (t.kind == "verb" and _ar_verb_read_after_preposition(toks, words, t)):
        return False
    if not _ar_announced_event_head(toks, words, t, trigs) or _ar_told_done_by_relative(toks, words, t):
        return False
    return _ar_time_to_come_ahead(toks, words, t, trigs, max(t.b, t.tail or 0) + 1, day_part=True)


# (round 70) a stress verb whose على-complement is an act still to be carried out: «وشدد ... على إحالة المخالفين»
_AR_STRESS_VERB = F._n("شدد شددت شددوا يشدد تشدد يشددون مشددا مشددة مشددين مشددتين")
# the stances and sayings a speaker stresses as standing now («شدد على دعم بلاده»، «على رفضه»، «على تعاونها
# الكامل»): asserted by the tuning gold (t15-ar-163, t4-ar-087) and the round's audit
_AR_STRESSED_STANCE_TYPES = frozenset({"SUPPORT", "COOPERATE", "REJECT", "ACCUSE", "THREATEN", "REQUEST", "PROTEST"})
# a stress verb's own object: tightening («تشدد القبضة على»، «شددت إجراءاتها»), not stressing
_AR_STRESS_TIGHTENED = F._n(
    "القبضة قبضتها قبضته الخناق الحصار الاجراءات اجراءات اجراءاتها الحراسة الرقابة رقابتها العقوبة العقوبات القيود"
)
# a word between على and the act that makes it a standing state or another cue's business: continuation,
# commitment, care, importance, need («شدد على استمرار الحملات»، «على التزام أوفيد بدعم»، «على ضرورة»)
_AR_STRESS_NOT_TO_COME = F._n(
    "استمرار مواصلة التزام الالتزام حرص الحرص اهمية أهمية ضرورة بضرورة حق الحق دور الدور موقف"
)
# a word between على and the trigger that puts the trigger outside the stressed act: a free relative («على ما
# اشتمل عليه البيان ... من اتفاق»), a text's content («على مضامين كلمة ... خلال اللقاء»), a time of another act
# («الصادر عقب اجتماع»; the round's firing audit)
_AR_STRESS_OUTSIDE = F._n("ما مما عما مضامين مضمون كلمة كلمته بيان البيان عقب بعد خلال لدى اثناء أثناء قبل اثر إثر")
# the preposition itself, bare: «عليه / عليها» are the object of another verb («اشتمل عليه»)
_AR_STRESS_ON = F._n("على علي")
_AR_STRESS_REACH = 9  # words from the trigger back to على, and from على back to the verb (its subject, an incise)


def _ar_stressed_act(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 70) The trigger, an act's event noun (not a stance: `_AR_STRESSED_STANCE_TYPES`), stands in the
    على-complement of a stress verb (شدد، مشددا ...): «وشدد المنيفي في خطاب وجهه لشرطة المحافظة على إحالة
    المخالفين»، «شددت على عدم التهاون مع المخالفين ... وتطبيق أشد العقوبات». What is stressed to be done is still
    to come, like the content of a call: planned. Within one clause (no punctuation, clause word or أن between);
    at most nine words from على to the trigger with no continuation / commitment / importance / need word
    (`_AR_STRESS_NOT_TO_COME`) and no negation unless a و-conjunct follows it (the act is then a conjunct of its
    own); at most nine words from the verb to على with no object of tightening («تشدد القبضة على»)."""
    if t.negated or t.type in _AR_STRESSED_STANCE_TYPES or toks[t.a].kind != "ar":
        return False
    if t.kind == "verb" and _bare(words[t.a]) in _AR_STRESS_VERB:
        return _ar_stress_merged_with_act(toks, words, t)
    if t.kind != "noun" and not _ar_verb_read_after_preposition(toks, words, t):
        return False
    on = None
    conjunct_after_neg = False
    for k, w in _ar_words_back(toks, words, t.a, _AR_STRESS_REACH + 1):
        if w in _AR_STRESS_ON:
            on = k
            break
        if w in F.AR_BOUNDARY or w in _AR_STRESS_NOT_TO_COME or w in _AR_STRESS_VERB or w in _AR_STRESS_OUTSIDE:
            return False
        if w in F.AR_NEG and not conjunct_after_neg:
            return False
        if normalize(toks[k].prefix)[:1] == "و" or (words[k][:1] == "و" and w != words[k]):
            conjunct_after_neg = True
    if on is None:
        return False
    for _k, w in _ar_words_back(toks, words, on, _AR_STRESS_REACH):
        if w in _AR_STRESS_VERB:
            return True
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_STRESS_TIGHTENED:
            return False
    return False


def _ar_stress_merged_with_act(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 70) A trigger anchored at the stress verb itself whose text the light-verb pass ran on to the act
    after على («وشدد المجلس على وقف إطلاق النار»: RETREAT, the act's type): the act is what is stressed. Not a
    SANCTION (the verb's own sense, tightening: «وشدد جنتي على دعم» typed so is no act to come); no object of
    tightening, clause word or negation between the verb and على; after على at most three words, none a
    preposition (in «على محاسبة المتورطين في الهجوم» the type is the attack's, told done) or a word of
    `_AR_STRESS_NOT_TO_COME`."""
    if t.type == "SANCTION" or t.b - t.a > 2 * _AR_STRESS_REACH:
        return False
    on = next((k for k in range(t.a + 1, t.b) if toks[k].kind == "ar" and _bare(words[k]) in _AR_STRESS_ON), None)
    if on is None or t.b - on > 3:
        return False
    for k in range(t.a + 1, t.b + 1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if toks[k].kind != "ar" or k == on:
            continue
        w = _bare(words[k])
        if w in F.AR_BOUNDARY or w in F.AR_NEG or (k < on and w in _AR_STRESS_TIGHTENED):
            return False
        if k > on and (w in _AR_PREP_ALL or w in _AR_STRESS_NOT_TO_COME or w in _AR_STRESS_OUTSIDE):
            return False
    return True


# (round leaks67) an act the subject failed at or was unable to do: «عجزت القوات عن اقتحام المدينة»، «أخفقت
# المفاوضات في التوصل إلى اتفاق»، «عجز المجلس عن أن يتخذ قرارا». The act did not take place (gold: «فشل ... في
# التوصل» aner-test-549-1, t9-ar-204, «فشل ... في اقتحام» t9-ar-195 negative / asserted). `_ar_failed` reads «فشل»
# and the nouns «فشلها / إخفاق» before «في», but not the verbs «عجز ... عن» and «أخفق ... في», nor «أن» + a verb
# after the preposition: those came out positive / asserted.
_AR_UNABLE = F._n(
    "عجز عجزت عجزوا عجزا عجزتا يعجز تعجز يعجزون يعجزان تعجزان نعجز أعجز عجزه عجزها عجزهم عجزهما "
    "عاجز عاجزة عاجزين عاجزون عاجزا عاجزان"
)
_AR_FAILED_AT = _AR_FAIL | F._n("أخفق أخفقت أخفقوا أخفقا أخفقتا يخفق تخفق يخفقون يخفقان فشلها فشله فشلهم فشلهما")
# before the failing word: its own negation («لم يفشل في» = did it), a condition, a possibility or a clause
# head that leaves the failure open («إذا عجزت»، «قد تعجز»، «أن تفشل»)
_AR_FAILURE_OPEN = F._n("إذا اذا إن ان أن لو لئن ربما حال حالة يمكن")
_AR_FAILURE_SUBJECT_REACH = 6


def _ar_failed_act(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round leaks67) The trigger is the act right after «عجز / عاجز ... عن» or «فشل / أخفق ... في» (a verbal
    noun, or «أن» + an imperfect verb): at most six words of subject between the failing word and the
    preposition, no punctuation, clause word, negation or «أن» between; the failing word not negated, not
    future («ستعجز») and not under a condition or possibility (`_AR_FAILURE_OPEN`). Not the failing word itself."""
    a = t.a
    if toks[a].kind != "ar" or a < 2:
        return False
    if t.kind == "verb" and t.imperfect and words[a - 1] == "ان":
        p = a - 2
    elif t.kind == "noun" or (t.kind == "verb" and not t.imperfect):
        p = a - 1  # a verbal noun (or one the tagger read as a past verb: «عجزت عن صد»)
    else:
        return False
    if p < 1 or toks[p].kind != "ar" or words[p] not in ("عن", "في"):
        return False
    for k, w in _ar_words_back(toks, words, p, _AR_FAILURE_SUBJECT_REACH + 1):
        unable = w in _AR_UNABLE or words[k] in _AR_UNABLE
        failed = w in _AR_FAILED_AT or words[k] in _AR_FAILED_AT
        if unable or failed:
            if (unable and words[p] != "عن") or (failed and words[p] != "في"):
                return False
            if "س" in normalize(toks[k].prefix) or w[:1] == "س":
                return False
            prev = next((x for _, x in _ar_words_back(toks, words, k, 1)), "")
            if prev == "قد" and w[:1] in "يتن":
                return False  # «قد تعجز»: may fail (not «وقد فشل»: did fail)
            return prev not in F.AR_NEG and prev not in _AR_FAILURE_OPEN and prev not in F.AR_NEG_COPULA
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w == "ان":
            return False
    return False


# (round 71, fact71) a capacity told by the adjective «قادر على» instead of a modal verb or round 66's «بوسع»: «الأجهزة
# الأمنية قادرة على ضبط الجناة»، «قادرة بإذن الله على القبض على كل من ساهم» came out positive / asserted (the round's
# not-yet sample on conflict news: both rows possible), and «الجيش ليس قادرا على اقتحام المدينة» positive / asserted
# (a leak). The tuning gold reads the act the adjective governs as possible (aner-train-3649-2 «قادرون على الرد»،
# d6-ar-133 «قادرة على التصدي»، t9-ar-146 «قد يجعلها قادرة على مساعدة») and negated after «لم تكن» (d2-ar-032
# «ولم تكن قادرة على شن حرب» negative / asserted), as the labels of `_AR_CAPACITY_NEGATION` say for «بوسع».
_AR_CAPABLE = F._n("قادر قادره قادرة قادرا قادرون قادرين قادران قادرتان قادرتين")
_AR_CAPABLE_ON = F._n("على علي")
_AR_BY_GODS_LEAVE = (F._n("باذن بإذن اذن إذن"), F._n("الله"))  # the ب may be split off
# the copulas a capacity adjective follows with its subject between («لم تكن الحكومة قادرة»), read by
# `_ar_capacity_label` on the words before them; any other form of كان (a future «سنكون», a past «كانوا») leaves it
_AR_CAPABLE_COPULA = F._n(
    "كان كانت كانوا يكون تكون يكونوا تكونوا سيكون ستكون سنكون سيكونون سأكون نكون أكون اكون يكن تكن يكونا يعد تعد "
    "يعود تعود ليس ليست ليسوا لست لسنا أصبح اصبح أصبحت اصبحت بات باتت يزال تزال"
)
_AR_NOT_ADJ = F._n("غير")


def _ar_capable_of(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round 71) The label a capacity adjective gives the trigger (as `_ar_capacity_cue` for «بوسع»), or None: the
    trigger is the verbal noun right after «على» (or a light verbal noun «شن / تنفيذ ...» and its object, or the
    imperfect verb after «على أن») and «قادر / قادرة ...» stands right before «على» (or before «بإذن الله على»).
    After «غير»: "negative/possible" (as «ليس بوسعه»); after a negated copula, right before the adjective or before
    its subject (at most four words, no punctuation or clause word between), the label of `_AR_CAPACITY_NEGATION`
    («ليس قادرا» negative / possible, «لم تكن الحكومة قادرة» negative / asserted, «لن يكون قادرا» negative /
    planned); after another copula (a counterfactual «كان قادرا»، a future «سيكون قادرا») nothing; else
    "possible"."""
    if t.a < 2 or toks[t.a].kind != "ar":
        return None
    masdar = t.kind == "noun" or (t.kind == "verb" and not t.imperfect and words[t.a - 1] != "ان")
    if t.kind == "verb" and t.imperfect and words[t.a - 1] == "ان":
        on = t.a - 2
    elif masdar:
        on = t.a - 2 if _bare(words[t.a - 1]) in _AR_DO_LIGHT else t.a - 1  # «قادرة على شن حرب»
    else:
        return None
    if on < 1 or words[on] not in _AR_CAPABLE_ON or toks[on].kind != "ar":
        return None
    adj = on - 1
    if adj >= 2 and words[adj - 1] in _AR_BY_GODS_LEAVE[0] and words[adj] in _AR_BY_GODS_LEAVE[1]:
        adj -= 2  # «قادرة بإذن الله على القبض»
    if adj < 0 or toks[adj].kind != "ar":
        return None
    adjective = words[adj][2:] if words[adj].startswith("ال") else _bare(words[adj])
    if adjective not in _AR_CAPABLE:
        return None
    if adj >= 1 and _bare(words[adj - 1]) in _AR_NOT_ADJ:
        return "negative/possible"  # «غير قادرة على حماية المدنيين»
    for k in range(adj - 1, max(-1, adj - 6), -1):
        tok = toks[k]
        if tok.kind != "ar" or tok.text in F.PUNCT_BOUNDARY or _bare(words[k]) in F.AR_BOUNDARY:
            break
        if _bare(words[k]) in _AR_CAPABLE_COPULA:
            return _ar_capacity_label(toks, words, k + 1) if k + 1 == adj or _ar_copula_negated(words, k) else None
    return "possible"


def _ar_copula_negated(words: list[str], k: int) -> bool:
    """The copula at ``k`` is one `_AR_CAPACITY_NEGATION` reads (its own negation, or «لم / لن» right before it)."""
    w1, w2 = _bare(words[k]), (_bare(words[k - 1]) if k >= 1 else "")
    return (w1, "") in _AR_CAPACITY_NEGATION or (w1, w2) in _AR_CAPACITY_NEGATION


# (round 72) words whose complement is an event that took place, whatever plan, demand or purpose the clause
# around them tells: its cause («بسبب القتال»، «جراء القصف»، «على خلفية التظاهرات»), its stopping or ending
# («بوقف العمليات العسكرية»، «لإنهاء الحصار»), an inquiry into it («بفتح تحقيق بشأن عملية الاعتقال»، «لجنة
# التحقيق الدولية في اغتيال»، «ملابسات الحادث») and the ones responsible for it («بمحاكمة المسؤولين عن قتل»)
_AR_GIVEN_CAUSE = F._n("بسبب جراء إثر اثر نتيجة بفعل")
# what an act rests on or dates from: «ستقوم بموجب الاتفاقية»، «منذ توقيع الاتفاق»، «في أعقاب المظاهرات»
_AR_GIVEN_BASIS = F._n("بموجب بمقتضى منذ")
_AR_GIVEN_AFTERMATH = F._n("أعقاب اعقاب")
_AR_GIVEN_STOP = F._n("وقف إيقاف ايقاف إنهاء انهاء")
_AR_GIVEN_CIRCUMSTANCES = F._n("ملابسات")
_AR_GIVEN_INQUIRY = F._n("تحقيق تحقيقا التحقيق تحقيقات التحقيقات تحقيقه تحقيقها")
_AR_GIVEN_INQUIRY_PREP = F._n("في فى بشأن بشان حول")
_AR_GIVEN_INQUIRY_ADJ = F._n(
    "الدولية الدولي دولي دولية مستقل مستقلة المستقل المستقلة شامل شامل الرسمي الرسمية رسمي الجنائي جنائي عاجل"
)
_AR_GIVEN_RESPONSIBLE = F._n(
    "المسؤول المسؤولين المسؤولون مسؤولي مسؤولو المسؤولية مسؤولية مسؤوليته مسؤوليتها مسؤوليتهم"
)
# light nouns allowed between the word and the event («بشأن عملية الاعتقال»، «في جريمة اغتيال»)
_AR_GIVEN_LIGHT = F._n("عملية عمليات جريمة حادث حادثة واقعة")


def _ar_unclitic(w: str, proclitics: str, vocab: frozenset[str]) -> str:
    """``w`` (already without و / ف) without one of ``proclitics`` when the rest is in ``vocab``."""
    return w[1:] if w[:1] and w[:1] in proclitics and w[1:] in vocab else w


def _ar_presupposed_complement(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 72) The event noun is the complement of a word that presupposes it took place: a cause word
    (بسبب، جراء، إثر، نتيجة، بفعل، على خلفية), a verbal noun of stopping or ending (وقف، إيقاف، إنهاء, with بـ / لـ
    on it), an inquiry (تحقيق / التحقيق + an adjective + في / بشأن / حول; ملابسات) or the ones responsible
    (المسؤولين / المسؤولية + عن), what the act rests on or dates from (بموجب، بمقتضى، منذ، في أعقاب); one light noun (عملية، جريمة، حادث ...) may stand between. A demand, plan or
    purpose weighs on the stopping, the inquiry or the trial, not on the event they presuppose («وطالبوا
    الحكومة بوقف العمليات العسكرية»، «بمحاكمة المسؤولين عن قتل المحتجين»). Not an event still to come
    («بسبب الإضراب المقرر»). The 100 Arabic tuning gold items so placed (a regex survey) are asserted (72), reported
    (23), alleged (3) or historical (2), none planned or possible. A past-looking verb there is the verbal noun («المسؤولين عن قتل»)."""
    if t.a < 1 or toks[t.a - 1].kind != "ar":
        return False
    if t.kind != "noun" and (t.kind != "verb" or t.imperfect or t.future):
        return False
    if any(_bare(words[j]) in _AR_COMING for j in range(t.b + 1, min(len(words), t.b + 3))):
        return False
    j = t.a - 1
    if _bare(words[j]) in _AR_GIVEN_LIGHT and j > 0 and toks[j - 1].kind == "ar":
        j -= 1
    w = _bare(words[j])
    if _ar_unclitic(w, "بل", _AR_GIVEN_CAUSE | _AR_GIVEN_STOP) in _AR_GIVEN_CAUSE | _AR_GIVEN_STOP:
        return True
    if w in _AR_GIVEN_CIRCUMSTANCES or w in _AR_GIVEN_BASIS:
        return True
    if w in _AR_GIVEN_AFTERMATH and j > 0 and _bare(words[j - 1]) in ("في", "فى"):
        return True
    if w == normalize("خلفية") and j > 0 and words[j - 1] in ("على", "علي"):
        return True
    if j < 1 or toks[j - 1].kind != "ar":
        return False
    if w in _AR_GIVEN_INQUIRY_PREP:
        k = j - 1
        if _bare(words[k]) in _AR_GIVEN_INQUIRY_ADJ and k > 0:
            k -= 1
        return _ar_unclitic(_bare(words[k]), "بل", _AR_GIVEN_INQUIRY) in _AR_GIVEN_INQUIRY
    if w == "عن":
        return _ar_unclitic(_bare(words[j - 1]), "بل", _AR_GIVEN_RESPONSIBLE) in _AR_GIVEN_RESPONSIBLE
    return False


# ---------------------------------------------------------------- round 73 (branch fact73)

# (round 73) كان + an imperfect verb is a running or habitual past, not the pluperfect of background (the guideline's
# historical is كان قد / كان + a past verb; "كان + imperfect for a running past, is not"). Round 18's
# `governing._ar_kana_progressive` wants the imperfect right after كان and leaves out every word in تم- (meant for
# the passive تم / تمت, it also drops «كانت تمثل تهديدا»، «كانت تملأ الشوارع»); here the subject may stand between
# («وكانت صفقة سعودية تحظى بدعم»، «كان ضباطه يخرجون إلى الشوارع ويلقون القبض»).
_AR_KANA_IMPERFECT_PREFIX = {"كان": "ي", "كانوا": "ي", "كانا": "ي", "كانت": "ت", "كانتا": "ت"}
_AR_NOT_IMPERFECT_Y = F._n("يوم يوما يومين يومي يونيو يوليو يناير يوسف ياسر يحيى يحيي يزيد يونس يعقوب ياسين يمن")
_AR_KANA_SUBJECT_PREP = F._n("فيها فيه فيهم خلالها خلاله")  # «التي كانت فيها الولايات المتحدة تتلقى»
# what ends the subject phrase after a كان (rounds 73 and 76): a قد or another كان
_AR_KANA_RUN_STOP = F._n("قد وقد لقد كان كانت كانوا")


def _ar_kana_imperfect_word(w: str, prefix: str) -> bool:
    """(round 73) `w` (normalized, clitics kept) has the form of an imperfect verb of the person of the كان before
    it: ي- after كان / كانوا, ت- after كانت; not a past verb in ت- (ending in ت: «كانت القوات تصدت»), the passive
    تم / تمت, a تفعيل verbal noun («تنفيذ»), a month, a day or a name («يوم»، «يوسف»، «تركيا»)."""
    if w[:1] != prefix or not 3 <= len(w) <= 7 or w in ("تم", "تمت") or w.endswith("ت"):
        return False
    if prefix == "ت" and len(w) == 5 and w[3] == "ي":
        return False
    return w not in _AR_NOT_IMPERFECT and w not in _AR_NOT_IMPERFECT_Y


def _ar_kana_subject_word(toks: list[Token], words: list[str], j: int) -> bool:
    """(round 73) The word at j may be part of the subject of a كان before it: a definite noun, a noun with a pronoun
    suffix, the head of a construct (a definite word follows), a feminine indefinite noun («صفقة سعودية»), or a
    pronoun prepositional phrase («فيها»)."""
    if toks[j].kind != "ar":
        return False
    w = _bare(words[j])
    if w.startswith("ال") or w in _AR_KANA_SUBJECT_PREP:
        return True
    if len(w) >= 4 and w.endswith(("ه", "ها", "هم", "هما")):  # ة is ه once normalized
        return True
    return j + 1 < len(words) and _bare(words[j + 1]).startswith("ال")


def _ar_kana_running_past(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 73) The كان nearest the trigger in its clause (no قد between) is followed, after at most three words of
    its subject, by an imperfect verb of its person, and the trigger comes after that verb in its clause (its
    complement or a و-conjunct: «كانت تمثل تهديدا»، «كان ضباطه يخرجون إلى الشوارع ويلقون القبض»): a running or
    habitual past. Not the imperfect trigger itself, nor a كان that opens the sentence (round 44: the background of
    «وكان المغرب يرفض منذ وقت طويل», gold historical as «وكان المعلم يتحدث خلال زيارة»)."""
    k = next(
        (
            j
            for j in range(t.a - 1, max(-1, t.a - 12), -1)
            if toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) in _AR_KANA_RUN_STOP
        ),
        None,
    )
    if k is None or toks[k].text in F.PUNCT_BOUNDARY:
        return False
    if not any(toks[j].text not in F.PUNCT_BOUNDARY for j in range(k)):
        return False  # «وكان المعلم يتحدث خلال زيارة إلى طهران»: a sentence opened by كان is background (gold ar-105)
    prefix = _AR_KANA_IMPERFECT_PREFIX.get(_bare(words[k]))
    if prefix is None:
        return False
    v = next(
        (j for j in range(k + 1, min(t.a, k + 5)) if _ar_kana_imperfect_word(normalize(toks[j].text), prefix)), None
    )
    if v is None or not all(_ar_kana_subject_word(toks, words, j) for j in range(k + 1, v)):
        return False
    return not any(words[j] in F.AR_BOUNDARY or words[j][1:] in F.AR_BOUNDARY for j in range(v + 1, t.a))


# (round 74) the time frame of an act: an event named after «خلال / أثناء / في مستهل / في ختام / في نهاية» is the
# span the act falls in, not the act; when the span is marked as the present or the past one («خلال هذه
# الزيارة»، «خلال زيارته إلى الكويت أمس»), the event took place whatever plan or purpose the act carries
# («سعى ... إلى التودد لدول الخليج خلال زيارته إلى الكويت أمس»، «ما سنقوم به خلال هذه الزيارة»)
_AR_SPAN_PREP = F._n("خلال أثناء اثناء")
_AR_SPAN_PART = F._n("مستهل ختام نهاية")
_AR_SPAN_DEMONSTRATIVE = F._n("هذه هذا تلك ذلك هذين هاتين")
_AR_SPAN_PAST = F._n("أمس امس الماضي الماضية الفائت الفائتة المنصرم المنصرمة")


def _ar_span_head(words: list[str], j: int) -> bool:
    """``words[j]`` is «خلال / أثناء» or «مستهل / ختام / نهاية» right after «في»."""
    w = _bare(words[j])
    if w in _AR_SPAN_PREP:
        return True
    return w in _AR_SPAN_PART and j > 0 and _bare(words[j - 1]) in ("في", "فى")


def _ar_given_time_frame(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 74) The event noun is the time frame of its clause's act (right after «خلال / أثناء / في مستهل /
    في ختام / في نهاية», a demonstrative allowed between) and that frame is a given one: a demonstrative points
    back to it («خلال هذه الزيارة») or a past time follows it within eight words, no punctuation between
    («خلال زيارته إلى الكويت أمس»، «أثناء الاجتماع الأسبوع الماضي»); not when a word of something to come
    (المقبل، المقرر، المرتقب ...) comes first. The tuning gold's planned items of the frame («خلال محادثات الدوحة»
    under «سيناقش»، «أثناء الزيارة») carry neither mark."""
    if t.kind != "noun" or t.a < 2 or toks[t.a].kind != "ar":
        return False
    j = t.a - 1
    demonstrative = _bare(words[j]) in _AR_SPAN_DEMONSTRATIVE and toks[j].kind == "ar"
    if demonstrative:
        j -= 1
    if toks[j].kind != "ar" or not _ar_span_head(words, j):
        return False
    for k in range(t.b + 1, min(len(words), t.b + 9)):
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        w = _bare(words[k])
        if w in _AR_COMING:
            return False
        if w in _AR_SPAN_PAST:
            return True
    return demonstrative


# (round 76) an event noun that is the subject of a copula كان, right after it or as the genitive of its head
# («وكانت حادثة تفجير المسجد ما هي إلا محاولات يائسة»، «وكانت المفاوضات سلسة»), with a predicate that is no verb:
# the event is the topic of a description, not the pluperfect background the guideline calls historical (that is
# «وكانت المواجهات قد بدأت»، «وكان تفجير انتحاري استهدف ...»: a past verb or قد after the subject phrase).
# Telling a nominal predicate from a past verb needs a part-of-speech reading the module does not have, so only
# predicates of known form count: «ما هي إلا»، «سببا في»، «بمثابة»، «واحدة من»,
# or a known adjective of how an event went right after a definite subject (an attribute would be definite too).
_AR_SUBJECT_HEAD = F._n("حادثة حادث واقعة عملية قضية جريمة حوادث عمليات بداية نهاية")
# (governing's `_AR_NOMINAL_PRED` with «سببا»، «عبارة»)
_AR_COPULA_PRED_WORD = F._n("سببا سببًا سبباً بمثابة عبارة واحد واحدة واحدا إحدى احدى جزء جزءا أول اول أكبر أهم أبرز")
_AR_EVENT_ADJECTIVE = F._n(
    "سلسة سلسا ناجحة ناجحا مثمرة مثمرا سلمية سلميا عنيفة عنيفا محدودة محدودا قصيرة قصيرا طويلة طويلا "
    "صعبة صعبا شاقة شاقا قاسية قاسيا دامية داميا مفاجئة مفاجئا ضرورية ضروريا حاسمة حاسما"
)
_AR_SUBJECT_RELATIVE = F._n("التي الذي الذين اللتين اللذين اللواتي")
_AR_STRONG_PRED_WORD = F._n("سببا سببًا سبباً بمثابة")


def _ar_copula_subject_event(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 76) The event noun is the subject of a كان (right after it, or the genitive of a head noun of
    `_AR_SUBJECT_HEAD` right after it: «وكانت حادثة تفجير»), and within eight words after it, no punctuation,
    «قد», another كان, an imperfect or a past verb in ـوا first, comes a predicate of known non-verbal form: «ما
    هي / هو إلا», a word of `_AR_COPULA_PRED_WORD` («واحدة من»، «سببا في»), or an adjective of
    `_AR_EVENT_ADJECTIVE` right after a definite word («وكانت المفاوضات سلسة»). A relative clause on the subject
    may stand between, its verbs its own, but then only «ما هي إلا»، «سببا»، «بمثابة» count («كانت حادثة التحرش
    التي حصلت في الكورنيش سببا لنقاش»)."""
    if t.kind != "noun" or toks[t.a].kind != "ar" or t.a < 1:
        return False
    k = t.a - 1
    if _bare(words[k]) not in F.AR_KANA:
        if k < 1 or _bare(words[k]) not in _AR_SUBJECT_HEAD or _bare(words[k - 1]) not in F.AR_KANA:
            return False
        k -= 1
    relative = False  # inside a relative clause on the subject, where verbs are the clause's own
    for j in range(t.a + 1, min(len(words), t.a + 9)):  # from t.a: a merged span («الهجوم سببا في مقتل»)
        if toks[j].text in F.PUNCT_BOUNDARY or toks[j].kind != "ar":
            return False
        w = _bare(words[j])
        if w in ("ما", "هي", "هو") and any(_bare(words[i]) in ("إلا", "الا") for i in range(j + 1, min(len(words), j + 3))):
            return True  # «ما هي إلا محاولات يائسة»
        if w in _AR_KANA_RUN_STOP:
            return False
        if w in _AR_SUBJECT_RELATIVE and not relative:
            relative = True  # «كانت حادثة التحرش التي حصلت في كورنيش جدة سببا لنقاش»
            continue
        if w in F.AR_BOUNDARY:
            return False
        if w in _AR_STRONG_PRED_WORD:
            return True
        if relative:
            continue  # after a relative clause only the unambiguous predicates above count
        if w in _AR_COPULA_PRED_WORD:
            return True
        if w in _AR_EVENT_ADJECTIVE and _bare(words[j - 1]).startswith("ال"):
            return True
        if len(w) >= 4 and not w.startswith("ال") and (w[:1] in "يت" or w.endswith("وا")):
            return False  # maybe an imperfect or a plural past verb: a verb predicate
    return False


# ---------------------------------------------------------------- round 78 (branch fact78)

# (round 78) an act the sentence hopes, asks or plans to STOP, and a foiled act: the gold of the conflict-news tuning
# sets (dev7, dev11, dev12, dev13) labels the stopped or foiled act negative / planned — «عزاؤنا الوحيد أن يتوقف
# استهداف أبنائنا»، «على الجانب الإيراني أن يمتنع عن دعم»، «الأمل بأن تتخلى إيران عن سياسات التدخل ... ودعم»، «أن
# تعمل معا لا أن تتبادل توجيه الاتهامات»، «إحباط وافشال العديد من العمليات الإرهابية». Only the subjunctive of a verb
# of stopping or refraining after «أن» is taken: a masdar («بوقف العمليات»، «لإنهاء الحصار») presupposes the act, which
# the tuning gold keeps asserted (round 72), and «لن تتخلى عن دعم» keeps the act.
_AR_STOP_SUBJUNCTIVE = F._n(
    "يتوقف تتوقف يتوقفوا يتوقفا نتوقف يمتنع تمتنع يمتنعوا يمتنعا نمتنع يتخلى تتخلى يتخلوا يتخليا نتخلى "
    "يكف تكف يكفوا نكف"
)
# what stands before «أن» when the stop is a time or an end point, not a wish: «بعد أن يتوقف القتال»
_AR_STOP_TIME = F._n("بعد قبل حتى منذ الى إلى لحين ريثما")
# thwarting beside the foiling of `scope._AR_FOIL_NOUN` («إحباط وإفشال»): the nouns that foil an event
_AR_FOIL_OR_THWART = _AR_FOIL_NOUN | F._n("افشال إفشال لإفشال بإفشال")
# the words a foiling noun may reach its event across: another foiling word, a quantity («العديد من»، «عشرات»)
# or a light noun («محاولة»، «مخططات»)
_AR_FOIL_SPAN = F._n(
    "العديد عدد من كثير الكثير عشرات مئات سلسلة جملة بعض جميع كل محاولات مخططات عمليات هجمات"
)


def _ar_stop_wished(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 78) The event is what «أن + a verb of stopping or refraining» stops: its subject right after the verb
    («أن يتوقف استهداف أبنائنا») or within seven words after an «عن» one to three words after it («أن يمتنع عن دعم
    التنظيمات»، «بأن تتخلى إيران عن سياسات التدخل في شؤون المنطقة ودعم مجموعات»), with no punctuation, relative
    or clause word between; or the event right after the imperfect of «لا أن» («أن تعمل معا لا أن تتبادل توجيه
    الاتهامات»). Not after a time word («بعد أن يتوقف القتال») nor under a negation («لا نريد أن يتوقف الدعم»)."""
    if toks[t.a].kind != "ar" or t.a < 2:
        return False
    for v in range(t.a - 1, max(0, t.a - 11), -1):
        if toks[v].text in F.PUNCT_BOUNDARY or toks[v].kind != "ar":
            return False
        w = _bare(words[v])
        if _bare(words[v - 1]) in ("ان", "بان") and (w in _AR_STOP_SUBJUNCTIVE or t.a - v <= 2):
            prev = _bare(words[v - 2]) if v > 1 else ""
            if prev == "لا" and w[:1] in "يتن" and len(w) >= 4 and t.a - v <= 2:
                return True  # «لا أن تتبادل توجيه الاتهامات»: the act the duty rules out
            if w not in _AR_STOP_SUBJUNCTIVE or prev in _AR_STOP_TIME:
                return False
            if any(_bare(words[q]) in F.AR_NEG for q in range(max(0, v - 5), v - 1)):
                return False  # «لا نريد أن يتوقف الدعم»: the act goes on
            if t.a == v + 1:
                return t.kind == "noun"  # «أن يتوقف استهداف أبنائنا»
            j = next((q for q in range(v + 1, min(t.a, v + 4)) if _bare(words[q]) == "عن"), -1)
            if j < 0 or t.a - j > 7:
                return False
            return not any(_bare(words[q]) in F.AR_BOUNDARY for q in range(j + 1, t.a))
        if w in F.AR_BOUNDARY:
            return False
    return False


def _ar_thwarted(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 78) The event is foiled: `scope._ar_foiled`'s forms («أحبطت الشرطة هجوما»، «إحباط عملية تفجير»), or a
    foiling noun (إحباط، إفشال, with ل / ب) reaching it across at most four words of `_AR_FOIL_SPAN` or another foiling
    word («إحباط وافشال العديد من العمليات الإرهابية»، «احباط العديد من العمليات»)."""
    if toks[t.a].kind != "ar":
        return False
    if _ar_foiled(toks, words, t.a):
        return True
    for k in range(t.a - 1, max(-1, t.a - 6), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar":
            return False
        w = _bare(words[k])
        if _unprep(w) in _AR_FOIL_OR_THWART or w in _AR_FOIL_OR_THWART:
            return True
        if w not in _AR_FOIL_SPAN and w not in _AR_FOIL_LINK:
            return False
    return False


# (round 77, fact77) a ل-purpose the purpose rules miss, and its و-conjuncts: on fresh conflict news and in dev11 the
# conjunct of a purpose came out asserted in two forms (eval/events/README.md, "Factuality, round 77"): a purpose
# after a semicolon, which the Saudi press sets where round 31 reads a comma («مؤكدا استمرار الحملات التفتيشية؛ لرصد
# المخالفات وضبط المخالفين»), and a purpose whose object is a construct of two nouns before the conjunct («اجتمع
# ... مع المدرب لمناقشة خطة العمل والاتفاق على باقي اللاعبين»: round 45 reads one definite object only).
_AR_SEMICOLON = frozenset({"؛", ";"})
# verbal nouns whose ل after a semicolon tells the cause, a past act («صدر الحكم بسجنه؛ لارتكابه جريمة»)
_AR_CAUSE_MASDAR = F._n(
    "اشتباه الاشتباه ارتكاب ارتكابه ارتكابها ارتكابهم تورط تورطه تورطها تورطهم ثبوت إدانة ادانة "
    "اعتدائه اعتدائها اعتدائهم مخالفته مخالفتها مخالفتهم قيامه قيامها قيامهم"
)


def _ar_purpose_after_semicolon(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 77) The trigger heads, or is named by, ل + a verbal noun (`_ar_purpose_head`) right after «؛» that
    closes a clause of at least three words («الحملات التفتيشية؛ لرصد المخالفات»), as round 31 reads a comma: a
    purpose, still to come. Not a protest, not a cause («؛ لارتكابه»، «؛ للاشتباه»), not the ل-complement of a
    verb of undergoing."""
    if t.kind != "noun" or t.type == "PROTEST":
        return False
    p = _ar_purpose_head(toks, words, t, "ل")
    if p < 4 or toks[p - 1].text not in _AR_SEMICOLON:
        return False
    stem = _ar_lam_stem(toks, words, p)
    if _bare(stem) in _AR_CAUSE_MASDAR or stem in _AR_CAUSE_MASDAR:
        return False
    if p == t.a and not (_ar_governs_complement(toks, words, p) or _ar_construct_object(toks, words, p)):
        return False  # a purpose's verbal noun governs its object: not «؛ لقصف عنيف»
    n, q = 0, p - 2
    while q >= 0 and toks[q].text not in F.PUNCT_BOUNDARY and n < 3:
        n += toks[q].kind == "ar"
        q -= 1
    return n >= 3 and not _ar_undergone(toks, words, p) and not _ar_undergone(toks, words, p - 1)


def _ar_construct_object(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 77) The indefinite ل-word at k governs a construct of two nouns: an indefinite word with no
    proclitic, then a definite one («لمناقشة خطة العمل»، «لبحث سبل التعاون»)."""
    if k + 2 >= len(toks) or any(toks[i].kind != "ar" for i in (k, k + 1, k + 2)):
        return False
    raw = normalize(toks[k].text)
    raw = raw[1:] if raw[:1] in "وف" else raw
    if raw.startswith("لل") or words[k].startswith("ال"):
        return False
    mid, last = toks[k + 1], toks[k + 2]
    return (
        not mid.prefix
        and not _bare(words[k + 1]).startswith("ال")
        and not _ar_conj_word(mid)
        and _bare(words[k + 1]) not in _AR_MASDAR_PREP
        and _bare(words[k + 2]).startswith("ال")
        and not last.prefix
        and not _ar_conj_word(last)
    )


def _ar_purpose_wide(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 77) The trigger is a purpose after «؛» (`_ar_purpose_after_semicolon`), or a و-conjunct (round 45's
    walk back, `_ar_words_before_conjunct`) of a ل + verbal noun that is such a purpose, or that governs a construct
    object (`_ar_construct_object`) and is a purpose by round 45's readings («لمناقشة خطة العمل والاتفاق»)."""
    if _ar_purpose_after_semicolon(toks, words, t):
        return True
    if t.kind != "noun" or t.type == "PROTEST" or toks[t.a].kind != "ar" or not _ar_conj_word(toks[t.a]):
        return False
    if t.a >= 1 and toks[t.a - 1].kind == "ar" and not toks[t.a - 1].prefix and _bare(words[t.a - 1]) in _AR_MASDAR_PREP:
        return False  # (firing audit) «؛ للتأكيد على وقوفهم»: a preposition's object, its و a root letter
    for k in _ar_words_before_conjunct(toks, words, t):
        head = Trig(a=k, b=k, type=t.type, mode=None, kind="noun")
        if _ar_purpose_head(toks, words, head, "ل") != k:
            continue
        construct = _ar_construct_object(toks, words, k)
        if not construct and not _ar_governs_complement(toks, words, k):
            return False
        if _ar_purpose_after_semicolon(toks, words, head):
            return True
        return construct and (
            _ar_means_purpose(toks, words, head)
            or _ar_purpose_adjunct(toks, words, head)
            or _ar_summons_purpose(toks, words, head)
            or _ar_plan_purpose(toks, words, head)
        )
    return False


# (round leaks68) an act undergone, denied: «لم يتعرض أي من الصحافيين الذين غطوا المسيرة للاعتداء»، «أكدت الإدارة أن
# السجناء لم يتعرضوا للتعذيب»، «نافية تعرض أي نزيل فيه للتعذيب» came out positive / asserted (the tuning leaks
# au4-ar-106, au1-ar-080): the negation's scope stops at a relative clause or misses the jussive «يتعرضوا» and the
# masdar after a denial. The ل-complement of «تعرض» (round 31's `_AR_UNDERGO`) is what befell the subject; negated, it
# did not befall it (the guideline's لم + verb, نفى أن: negative). Only «تعرض»: «لن تخضع للتهديد» negates the
# submitting, not the threat (aner-train-2966-2, gold positive / asserted).
_AR_UNDERGO_JUSSIVE = F._n("يتعرضوا تتعرضوا يتعرضا تتعرضا يتعرضن")
_AR_FOR_ANY = F._n("لأي لاي")
# the subject between, a relative clause included («أي من الصحافيين الذين غطوا ...»)
_AR_UNDERGO_DENIED_REACH = 12


def _ar_undergoing_denied(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round leaks68) The trigger is the ل-complement of a negated or denied verb of undergoing: ل + the event
    («للتعذيب») or «لأي» + the event, and «تعرض» (its forms in `_AR_UNDERGO`, `_AR_UNDERGO_JUSSIVE`, the masdar)
    before it in the clause, at most `_AR_UNDERGO_DENIED_REACH` words back with its subject between (a relative
    clause may stand in it; no punctuation, negation, «أن» or other clause word), right after «لم / لا / لن / عدم /
    دون / بدون» or a denial (`_AR_DENIAL`: «نافية تعرض»). "negative", or "negative/planned" after «لن»; None
    otherwise."""
    a = t.a
    if toks[a].kind != "ar" or a < 2:
        return None
    if _ar_lam(toks[a]):
        p = a
    elif toks[a - 1].kind == "ar" and _bare(words[a - 1]) in _AR_FOR_ANY:
        p = a - 1  # «لأي اعتداء» (the tokenizer leaves the ل on)
    else:
        return None
    for k, w in _ar_words_back(toks, words, p, _AR_UNDERGO_DENIED_REACH):
        if (w in _AR_UNDERGO or w in _AR_UNDERGO_JUSSIVE) and "تعرض" in w:
            if "س" in normalize(toks[k].prefix):
                return None
            back = [x for _, x in _ar_words_back(toks, words, k, 2)]
            prev = back[0] if back else ""
            if back[1:] == ["ما"]:
                return None  # «ما لم يتعرض»: unless, a condition
            if prev == "لن":
                return "negative/planned"
            return "negative" if prev in F.AR_NEG - F.AR_NEG_COPULA or prev in _AR_DENIAL else None
        if (w in F.AR_BOUNDARY and w not in _AR_RELATIVE) or w in F.AR_NEG:
            return None
        if toks[k].prefix and _ar_lam(toks[k]):
            return None  # another ل-word: the verb's complement is farther back
    return None


# ---------------------------------------------------------------- round 79 (branch fact79)

# (round 79, fact79) an act worked towards: the complement of the verbal noun «العمل على» (working on / towards), an
# act or the object of a verbal noun of bringing about right after it, is an aim, still to come — the conflict-news
# tuning gold labels it positive / planned (d13-ar-002 «موجها المسؤولين ... إلى العمل على إرساء تعاون»، d12-ar-017
# «والعمل على استئناف مفاوضات السلام»، t19-ar-067 «والعمل على اغتيالهم»، aner-test-553-1 «للعمل على التوصل
# لاتفاق»; t8-ar-008 «ستعمل على ترتيب الزيارة» with the future). The imperfect «يعمل / تعمل على» is left: on fresh
# news (eval/events/audits/fact79_sample.tsv) it tells a standing or habitual work as often as an aim («يعمل رجال
# المرور على ملاحقة مخالفات الوقوف»، «وتعمل المدينة حاليا على التعاون مع شركة»), and a past «عملت على» a done act.
_AR_WORK_TOWARD = F._n("العمل للعمل بالعمل سيعمل ستعمل سنعمل ساعمل سيعملون")
# what may stand between the verbal noun and على: an adverb or a definite adjective («العمل معا على»، «العمل الجاد على»)
_AR_WORK_ADVERB = F._n("معا سويا جاهدين جاهدا بجد")
# the construct heads whose genitive «العمل» is labour, not the verbal noun of the act («أكدت وزارة العمل على»)
_AR_LABOUR_HEAD = F._n(
    "وزاره وزارات وزير مكتب مكاتب سوق اسواق فريق فرق ورشه ورش لجنه لجان مجلس ساعات بيئه مكان اماكن عقد عقود "
    "فرص فرصه اصحاب ارباب رب نظام قانون"
)
# a duty, need or modal before the work (the tuning gold's aner-train-203-2 «الأمر الذي يحتم علينا جميعا التحرك
# السريع والعمل على وقف إطلاق النار»: possible): the modal rules or the classifier read it, not this rule
_AR_WORK_OBLIGED = F.AR_POSS | _AR_MUST | _AR_DUTY_ON | _AR_NEED | _AR_NEED_VERB | _AR_REQUIRE_VERB | F._n("يحتم تحتم")
_AR_WORK_OBLIGED_REACH = 6  # words back from the work word, in its clause
# work told as going on: «وجاري العمل على استكمال»
_AR_WORK_ONGOING = F._n("جاري جار يجري تجري الجاري")
_AR_WORK_REACH = 3  # words between a future verb and على: its subject («ستعمل الحكومة على»)
_AR_WORKED_GAP = 2  # words between على and the act («على إرساء تعاون»، «على التوصل لاتفاق»)


def _ar_worked_toward(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 79) The event stands in the على-complement of the verbal noun «العمل / والعمل / للعمل / بالعمل» or a
    future «سيعمل / ستعمل ...» (`_AR_WORK_TOWARD`), right after على or after at most `_AR_WORKED_GAP` words
    («والعمل على استئناف مفاوضات السلام»): what is worked towards, planned. Within one clause (no punctuation,
    clause word or negation between); no continuation / commitment / importance word or outside word between على and
    the act (round 70's `_AR_STRESS_NOT_TO_COME`, `_AR_STRESS_OUTSIDE`: «العمل على استمرار الدعم» goes on). The
    verbal noun right before على or past one adverb or definite adjective (`_AR_WORK_ADVERB`: «العمل الجاد على»),
    not the genitive of a labour head (`_AR_LABOUR_HEAD`: «وزارة العمل على»), not after كان, «لا تزال», «جاري» or
    a negation (standing or ongoing work); a future verb at most `_AR_WORK_REACH` words before على. Not a protest.
    A trigger read as a verb counts too: no finite verb stands in that slot («على إرساء تعاون»، «على التوصل
    لاتفاق» are read as verbs)."""
    if t.kind not in ("noun", "verb") or t.type == "PROTEST" or toks[t.a].kind != "ar":
        return False
    on = None
    for k, w in _ar_words_back(toks, words, t.a, _AR_WORKED_GAP + 1):
        if w in _AR_STRESS_ON:
            on = k
            break
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_STRESS_NOT_TO_COME or w in _AR_STRESS_OUTSIDE:
            return False
    if on is None:
        return False
    nxt = next((q for q in range(on + 1, t.a + 1) if toks[q].kind == "ar"), t.a)
    if _bare(words[nxt]) in _AR_ALA_ADVERBIAL or words[nxt] in _AR_ALA_ADVERBIAL:
        return False  # «عن العمل على خلفية اعتداء»: على heads an adverbial, not the work's complement
    between: list[str] = []
    for k, w in _ar_words_back(toks, words, on, _AR_WORK_REACH + 1):
        if w in _AR_WORK_TOWARD:
            prev = list(_ar_words_back(toks, words, k, 3))
            back = [x for _, x in prev]
            if not w.startswith("س"):  # the verbal noun: right before على or past one adverb or adjective
                if len(between) > 1 or any(x not in _AR_WORK_ADVERB and not x.startswith("ال") for x in between):
                    return False
                head = words[prev[0][0]] if prev else ""  # not `_bare`: و / ف are root letters («وزارة»، «فرق»)
                if w == "العمل" and (head in _AR_LABOUR_HEAD or head[:1] in "لب" and head[1:] in _AR_LABOUR_HEAD):
                    return False  # «وزارة العمل»، «لوزارة العمل على مبادرتها»: labour, a genitive
            duty = _ar_words_back(toks, words, k, _AR_WORK_OBLIGED_REACH)
            if any(x in _AR_WORK_OBLIGED or _unprep(x) in _AR_WORK_OBLIGED for _, x in duty):
                return False  # «يحتم علينا ... والعمل على»: a duty, possible
            return not any(x in F.AR_KANA or x in _AR_STILL or x in F.AR_NEG or x in _AR_WORK_ONGOING for x in back)
        if w in F.AR_BOUNDARY or w in F.AR_NEG or w in _AR_STRESS_ON:
            return False
        between.append(w)


# ---------------------------------------------------------------- round 81 (branch leaks81)
# (round 81, leaks81) the act warned against across a long subject: «حذرت وزيرة الخارجية البريطانية مارغريت بيكيت
# من غزو لبنان» (aner-train-562-1)، «حذر رئيس كتلة تيار المستقبل سعد الحريري مساء امس الثلاثاء من محاولات الاطاحة
# بالحكومة» (aner-train-3435-1)، «حذر الرئيس السوري بشار الأسد من أن نشر قوات دولية ... يخلق» (aner-train-2624-1):
# leaks of the rules (the classifier masks them on the tuning sets). `_ar_fear_of` and modality's warning check read
# the warning word at most three / six words before «من»; a verb of warning with its subject (a name, a title, a time
# adverb) between reaches farther. The act warned of is still to come: possible (the gold of the form, aner-train-
# 785-1 «المخاوف من نشوب اشتباكات»، au2-ar-194 «حذرت منظمات إغاثة دولية من احتمال اقتحام»).
_AR_WARNED_LINK = _AR_FEAR_LINK | F._n("محاولة محاولات")  # «من محاولات الاطاحة»: the attempts warned of
# the subject between the verb of warning and its «من» («وزيرة الخارجية البريطانية مارغريت بيكيت في بيان»)
_AR_WARNED_REACH = 12


def _ar_warned_of_far(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 81) The trigger is the act a verb of warning (`_AR_WARN`) warns of, its subject between: «من» + the
    event (indefinite), or + at most two links (`_AR_WARNED_LINK`: «من محاولات الاطاحة»، «من احتمال اقتحام») or
    «من أن» + the event as the that-clause's subject («من أن نشر قوات»); the verb at most `_AR_WARNED_REACH` words
    before «من», in the clause (no punctuation, negation, relative pronoun, «أن» or other clause word between)."""
    a = t.a
    if toks[a].kind != "ar" or a < 3:
        return False
    p, links = a - 1, 0
    while p > 0 and links < 2 and _bare(words[p]) in _AR_WARNED_LINK:
        p, links = p - 1, links + 1
    if _bare(words[p]) in ("ان", "أن") and p > 0:
        p -= 1  # «من أن نشر قوات»
    if _bare(words[p]) != "من" or toks[p].text in F.PUNCT_BOUNDARY:
        return False
    first = p + 1 if _bare(words[p + 1]) not in ("ان", "أن") else p + 2
    if _bare(words[first]).startswith("ال") or "ال" in normalize(toks[first].prefix):
        return False  # «حذر من الهجوم»: a definite event may be the one told
    for k, w in _ar_words_back(toks, words, p, _AR_WARNED_REACH):
        if w in _AR_WARN and toks[k].kind == "ar":
            return "س" not in normalize(toks[k].prefix)
        if w in F.AR_BOUNDARY or w in _AR_CLAUSE_BREAK or w in F.AR_NEG or w in _AR_RELATIVE:
            return False
    return False


# (round 85, fact85) the event whose date is set, announced or put off, the setting negated or not: «ولم تحدد
# الوزارة موعد ترحيلهم» (au1-ar-163)، «لم يتم حتى الآن تحديد موعد لاجتماع ثان» (au3-ar-161)، «لم يتم تحديد موعد
# لاجتماع آخر» (aner-train-3794-2): gold positive / planned, output asserted (a leak) or negative / asserted (the
# negation of the setting read as the event's). A date is set for what is still to come; a negation of the setting
# leaves the event planned, not denied. Round 69 reads «موعد» only with a time to come after the event.
_AR_DATE_SETTING = _AR_ANNOUNCE_HEAD | F._n(
    "حدد حددت حددوا يحدد تحدد يحددوا يحددون ستحدد سيحدد تحديد تحديده تحديدها "
    "أجل أجلت أرجأ أرجأت يؤجل تؤجل تأجيل إرجاء"
)
# one adjective of the date between «موعدا» and the event («حددت موعدا جديدا للاجتماع»)
_AR_DATE_ADJ = F._n("جديد جديدا الجديد آخر نهائي نهائيا")
# words back from «موعد» to its setting: the subject and «أي» / «حتى الآن» between («لم تحدد الوزارة موعد»)
_AR_DATE_SETTING_REACH = 4


def _ar_date_set_for(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 85) The trigger is an Arabic event noun right after «موعد / موعدا» (genitive or ل: «موعد ترحيلهم»،
    «موعد لاجتماع»; one adjective of the date may stand between), and a verb or verbal noun of setting,
    announcing or putting off that date (`_AR_DATE_SETTING`: «تحدد»، «تحديد»، «أعلن»، «تأجيل») stands at most
    `_AR_DATE_SETTING_REACH` words before «موعد» in its clause, no clause word or other punctuation between."""
    if t.kind != "noun" or toks[t.a].kind != "ar" or t.a < 2:
        return False
    p = t.a - 1
    if _bare(words[p]) in _AR_DATE_ADJ:
        p -= 1
    if toks[p].kind != "ar" or _unprep(_bare(words[p])) not in _AR_SCHEDULE_NOUN:
        return False
    for _k, w in _ar_words_back(toks, words, p, _AR_DATE_SETTING_REACH):
        if w in _AR_DATE_SETTING or _unprep(w) in _AR_DATE_SETTING:
            return True
        if w in F.AR_BOUNDARY or w in _AR_RELATIVE:
            return False
    return False


# (round 86, leaks86) «لا» written onto the modal or control verb it negates: «لايمكن أن نقبل بذلك»، «لايمكن التوصل
# إلى حل»، «لايستطيع الجيش اقتحام». The tokenizer keeps the fused word whole (its norm «لايمكن» is in no list), so
# both the modal's cue (`_ar_left` reads «يمكن» from `F.AR_POSS`, «تريد» from `F.AR_PLANNED`) and its negation
# (`_ar_neg_scope`: round 41's `_AR_NEG_MODAL` right after the particle, round 14's `F.AR_NEG_CONTROL` before «أن»)
# were missed and the act came out positive / asserted, where the two words give negative / possible. The fused word
# is read as the two words it is: the verb in the sentence's words (`_ar_fused_neg_as_verb`), the particle by the
# same scope function over the words with «لا» put back (`_ar_fused_neg_scope`, called by `_ar_left` right after
# `_ar_neg_scope`, so that its after-checks apply as to the separate «لا»). The existential «لايوجد / لاتوجد»
# (`F.AR_NEG_SKIP`: «لا توجد أي مفاوضات») is read the same way. Not «لايزال / لاتزال» (still: no negation of the act).
# (round 88, leaks88) and round 21's intention verbs (`_AR_INTEND`'s imperfects: «لاتعتزم»، «لاينوي»), negated there
# by `_ar_negated_intent` (over the words with «لا» put back: `_ar_fused_negated_intent`).
_AR_FUSED_NEG_VERB = (
    F.AR_NEG_CONTROL
    | _AR_NEG_MODAL
    | F.AR_NEG_SKIP
    | frozenset(w for w in _AR_INTEND if w[:1] in "يتن" and not w.endswith("ه"))
)


def _ar_fused_neg_verb(tk: Token) -> str:
    """The modal, control or existential verb of a token written «لا» + the verb («لايمكن»، «ولايستطيع»، «لاتوجد»:
    `_AR_FUSED_NEG_VERB`), else ''."""
    if tk.kind != "ar":
        return ""
    w = _bare(tk.norm)
    v = w[2:] if w[:2] == "لا" and len(w) > 4 else ""
    return v if v in _AR_FUSED_NEG_VERB else ""


def _ar_fused_neg_as_verb(toks: list[Token], words: list[str]) -> list[str]:
    """(round 86) The words of the sentence with a fused «لا» + verb (`_ar_fused_neg_verb`: «لايمكن») read as the
    verb: the cue it is after a separate «لا»; its negation is read by `_ar_fused_neg_scope`."""
    if not any(_ar_fused_neg_verb(tk) for tk in toks):
        return words
    return [_ar_fused_neg_verb(tk) or w for tk, w in zip(toks, words, strict=True)]


def _ar_fused_neg_scope(toks: list[Token], words: list[str], c: int) -> tuple[bool, bool]:
    """(round 86) `_ar_neg_scope` for the cue at c with a fused «لا» + verb (`_ar_fused_neg_verb`) at most ten words
    before it in its clause, over the words with the particle put back before the verb: as it reads «لا يمكن
    التوصل» and «لا يمكن أن نقبل» («إلا / سوى» after the act: not negated, as there)."""
    split = _ar_fused_neg_split(toks, words, c)
    return _ar_neg_scope(*split) if split else (False, False)


# (round 86, fact86) the event noun that is the subject of a future verb, the verb inside the event's span: a later
# verbal noun of the same type is merged into the noun's event across the verb («وعلمت الراية أن اللقاء سيدور حول
# بحث خطوات»: aner-test-702-1, gold positive / planned, output asserted; «أن المباحثات ستركز على بحث»), so round
# 16 / 19 / 40's `_ar_subject_future`, which looks for the verb after the span, does not see it. Without the merge
# («أن اللقاء سيدور حول التعاون»، «أن الاجتماع سيبحث») that rule reads the same sentence planned.


def _ar_future_in_span(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 86) An Arabic trigger opened by an event noun (a definite one when the merge made the span a
    verb's) whose span holds a future verb (سـ + an imperfect, or سوف) right after its first word, and that
    `_ar_subject_future` reads as the verb's subject when the span is cut to the noun itself: the same checks (a
    scheduled type, definite or right after أن / إن, the future verb of taking place or, for CONSULT, any future
    verb not of an effect, no other verb, clause word or punctuation first)."""
    if t.b <= t.a + 1 or toks[t.a].kind != "ar":
        return False
    if t.kind != "noun" and not _bare(words[t.a]).startswith("ال"):
        return False  # a merged verb («بحث» read as "discussed") makes the span a verb's: its first word a noun
    # the future verb right after the noun, its predicate: not a later و-clause of its own («أن المحادثات انتهت
    # وسيتم بحث الملف»: the talks are over)
    w, raw = _bare(words[t.a + 1]), normalize(toks[t.a + 1].text)
    if not (_ar_future_form(w) or w == "سوف") or raw[:1] in ("و", "ف"):
        return False
    return _ar_subject_future(toks, words, Trig(t.a, t.a, t.type, t.mode, t.kind))


# (round 88, leaks88) «لا» written onto a verb of intention or will, the act right after it: «لاتنوي إرسال قوات»،
# «لايريد إرسال قوات»، «لاتعتزم اعتقال المعارضين». Round 86 reads the fused word as its verb (so the planned cue is
# read) and runs `_ar_neg_scope` over the two words, but the separate «لا تنوي إرسال» / «لا يريد إرسال» is negated by
# round 21's `_ar_negated_intent` (the intention verb after «لا») and by `_ar_negated_object` (an indefinite act
# right after a negated imperfect), which read the particle itself: the fused form came out positive / planned (or
# positive / asserted for «لاتعتزم», in no set before), the separate one negative / planned. Both functions now run
# over the same split words as round 86's scope (`_ar_fused_neg_split`), so the fused word gives the two words'
# reading; the negated object only past a verb of will or intention (not «لايجوز نزع ملكية عقار إلا لتنفيذ مشروع»,
# which the first firing draw changed: a permission, «إلا» after). Not «لا نريد الحرب» (a definite noun:
# `_ar_negated_object` leaves it, separate or fused).
def _ar_fused_neg_at(toks: list[Token], c: int) -> int:
    """(round 88) The index of a fused «لا» + verb (`_ar_fused_neg_verb`) at most ten words before the cue at c, no
    punctuation between, else -1."""
    k = next((j for j in range(c - 1, max(-1, c - 11), -1) if _ar_fused_neg_verb(toks[j])), -1)
    return -1 if k < 0 or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(k, c)) else k


def _ar_fused_neg_split(
    toks: list[Token], words: list[str], c: int
) -> tuple[list[Token], list[str], int] | None:
    """(round 88) The sentence with the fused «لا» + verb of `_ar_fused_neg_at` written as the two words: (tokens,
    words, the cue's index there); else None."""
    k = _ar_fused_neg_at(toks, c)
    if k < 0:
        return None
    split_words = [*words[:k], "لا", _ar_fused_neg_verb(toks[k]), *words[k + 1 :]]
    split_toks = [*toks[: k + 1], *toks[k:]]  # the fused token stands for both words (it is no punctuation)
    return split_toks, split_words, c + 1


def _ar_fused_negated_intent(toks: list[Token], words: list[str], c: int) -> bool:
    """(round 88) `_ar_negated_intent` past a fused «لا» + intention verb: «لاتنوي إرسال قوات»، «لاتعتزم اعتقال»."""
    split = _ar_fused_neg_split(toks, words, c)
    return bool(split) and _ar_negated_intent(*split)


def _ar_fused_negated_object(toks: list[Token], words: list[str], c: int) -> bool:
    """(round 88) `_ar_negated_object` past a fused «لا» + verb of will or intention (`F.AR_PLANNED`): «لايريد إرسال
    قوات» (an indefinite act right after). Not a modal or a verb of permission, which round 86's scope reads, «إلا»
    after the act included («لايجوز نزع ملكية عقار إلا لتنفيذ مشروع»: only so, it may)."""
    k = _ar_fused_neg_at(toks, c)
    if k < 0 or _ar_fused_neg_verb(toks[k]) not in F.AR_PLANNED:
        return False
    split = _ar_fused_neg_split(toks, words, c)
    return bool(split) and _ar_negated_object(*split)


# ---------------------------------------------------------------- round 89 (branch leaks89)
# (round 89, leaks89) the feared act as the fear word's own object or genitive, no «من» between: «وغادر السكان
# القرية خشية قصف جديد»، «حذف أغنيته خشية الملاحقة القانونية»، «وتخشى الحكومة وقوع مذبحة»: `_ar_fear_of` reads
# the act after «من» only, `_AR_SEEM_FEAR` a «أن» clause only, so the act came out asserted. What is feared is still
# to come: possible, as the gold reads it after «من» (t14-ar-017 «خشية اقتياده»، pgsr-C-557-1 «تخشى وقوع مذبحة»).
# The verbs and the noun of خشي that take their object directly, and «مخافة» (not «خوفا» or «تخوف»: they take «من»).
_AR_FEAR_OBJECT = F._n("خشية يخشى تخشى يخشون نخشى أخشى يخشين مخافة")


def _ar_feared_object(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 89) The trigger, an Arabic event word, stands right after a fear word of `_AR_FEAR_OBJECT` («خشية
    قصف»، «يخشى التوغل»), or after one link of `_AR_FEAR_LINK` after it («تخشى وقوع مذبحة»), no punctuation
    between: the feared act, possible. A trigger the tagger read as a verb counts («خشية قصف»، «خشية سرقته»: the
    word after the fear noun or verb is its genitive or object, a noun), not an imperfect or future one."""
    a = t.a
    if t.imperfect or t.future or toks[a].kind != "ar" or a < 1:
        return False
    p = a - 1
    if p > 0 and toks[p].kind == "ar" and (words[p] in _AR_FEAR_LINK or _bare(words[p]) in _AR_FEAR_LINK):
        p -= 1  # «تخشى وقوع مذبحة» (the word itself first: «وقوع» is no و + «قوع»)
    if toks[p].kind != "ar" or any(toks[q].text in F.PUNCT_BOUNDARY for q in range(p, a)):
        return False
    return _unprep(_bare(words[p])) in _AR_FEAR_OBJECT
