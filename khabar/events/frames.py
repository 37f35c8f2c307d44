"""Factuality frames that place an event far from a plain cue (found on the errors of the factuality
tuning sets, test4 read with dev..dev5, test, test2, test3): purposes, efforts and attempts far from their event, failed and
escaped events, counterfactual and «من دون» conditions, whether-clauses, a future clause's حيث, and
evaluations under a negation. Each rule has hand-written counter-cases in
`tests/test_events_factuality_round10.py`.
"""

from __future__ import annotations

from khabar.events import factuality as F
from khabar.events.scope import _ar_future_verb
from khabar.events.triggers import Trig, _bare
from khabar.text import Token

# "sent his envoy to Cairo to discuss", "flew to Doha to negotiate": the purpose of a movement is to come
_EN_MOTION = frozenset(
    "sent send sends sending dispatched dispatch dispatches dispatching despatched travelled traveled travel "
    "travels travelling traveling flew fly flies flying headed heading went go goes going came arrived "
    "arrive arrives arriving".split()
)
# "is working to seize", "eager to withdraw", "determined to end": an effort or a wish, not the act
_EN_EFFORT_TO = frozenset(
    "eager keen anxious determined working striving aiming racing scrambling itching impatient".split()
)
_EN_CHOOSE = frozenset("choose chooses choosing chose decide decides deciding choice choices".split())
_EN_CLAUSE_STOP = frozenset("and but which who that while when after before because or".split())


def _en_adjust(toks: list[Token], words: list[str], t: Trig, mods: set[str]) -> None:
    a = t.a
    # "forced to choose between a military crackdown and ...": the options of a choice are still open
    if t.kind == "noun" and not t.negated and "between" in words[max(0, a - 4) : a]:
        b = max(j for j in range(max(0, a - 4), a) if words[j] == "between")
        if (
            b > 0
            and words[b - 1] in _EN_CHOOSE
            and not any(toks[j].text in F.PUNCT_BOUNDARY for j in range(b, a))
        ):
            mods.add("planned" if any(w in ("will", "'ll") for w in words) else "possible")
            return
    if t.kind != "verb" or a < 2 or words[a - 1] != "to" or t.negated:
        return
    if words[a - 2] in _EN_EFFORT_TO:
        mods.add("planned")
        return
    for k in range(a - 2, max(-1, a - 22), -1):
        if (
            toks[k].text == "-"
            and 0 < k < a - 1
            and toks[k - 1].text[:1].isupper()
            and toks[k + 1].text[:1].isupper()
        ):
            continue  # a hyphen inside a name: "Ahmed Abul- Gheit"
        if words[k] == "and" and k + 1 < a and toks[k + 1].text[:1].isupper():
            continue  # "dispatched Foreign Minister X and General Y to Khartoum to discuss"
        if toks[k].text in F.PUNCT_BOUNDARY or words[k] in _EN_CLAUSE_STOP:
            return
        if toks[k].text.lower() in _EN_MOTION:
            if k + 1 < len(words) and words[k + 1] == "to" and k + 2 == a:
                return  # "went to meet" is read by the existing rules
            mods.add("planned")
            return


AR_TRY = F._n("يحاول تحاول يحاولون يحاولان حاول حاولت حاولوا حاولا")
_AR_FAILED_ADJ = F._n("فاشلة فاشله فاشل فاشلا فاشلتين")
_AR_ATTEMPT = F._n("محاولة محاوله محاولات")
_AR_ESCAPE = F._n("أفلت افلت أفلتت افلتت أفلتوا افلتوا يفلت تفلت نجا نجت نجوا ينجو تنجو")
_AR_WHETHER_KAN = F._n("كان كانت")
_AR_EXIST = F._n("هناك ثمة")
_AR_EVALUATIVE = F._n("الصواب الحكمة المناسب المقبول اللائق العدل الإنصاف الانصاف المنطقي المعقول الطبيعي")
_AR_MORE_THAN = F._n("اكثر أكثر")
_AR_NOW = F._n("حاليا حاليًا الان الآن حالياً")
_AR_TELL_MANNER = F._n("إسهاب اسهاب تفاصيل تفصيل الخوض ذكر توضيح إيضاح ايضاح تحديد")
_AR_RECEIVE_NEG = F._n("يحظ تحظ يحظى تحظى يلق تلق يلقى تلقى ينل تنل")
_AR_ACCUSE_NOUNS = F._n("اتهامات اتهام الاتهامات الاتهام تهم تهمة التهم")
_AR_DIRECTED = F._n("وجهت وجهتها وجه الموجهة الموجه موجهة موجه توجه يوجه")


_AR_UNCLEAR = F._n("يتضح تتضح يعرف تعرف نعرف يعلم تعلم نعلم واضحا معروفا يتبين تبين")


def _ar_whether(words: list[str], k: int) -> bool:
    """The word at k opens a whether-clause: «ما إذا»، «لم يتضح إن» (not «إلا إذا»، a plain «إن كان»)."""
    w = _bare(words[k]) if k >= 0 else ""
    if w == "اذا":
        return k >= 1 and _bare(words[k - 1]) == "ما"
    if w in ("ان", "إن"):
        return any(_bare(words[j]) in _AR_UNCLEAR for j in range(max(0, k - 4), k))
    return False


def _ar_escape_opens(words: list[str], k: int) -> bool:
    """The sentence opens with an escape verb whose من is at k: «أفلت القاتل ...، من عقوبة الإعدام»."""
    fi = _ar_first(words)
    w = words[fi] if words else ""
    if not (w in _AR_ESCAPE or _bare(w) in _AR_ESCAPE) or k - fi > 30:
        return False
    return not any(
        _bare(words[j]) == "من" for j in range(fi + 1, k) if _bare(words[j - 1]) not in _AR_MORE_THAN
    )


def _ar_first(words: list[str]) -> int:
    return next((j for j, w in enumerate(words) if w not in ("و", "ف")), 0)


def _ar_adjust(toks: list[Token], words: list[str], t: Trig, mods: set[str]) -> None:
    a, n = t.a, len(words)
    w_a = _bare(words[a])
    # 1. an attempt verb far before its verbal noun, with no clause between:
    # «فيحاول مسلحو الحزب إلى جانب وحدات موالية منذ أكثر من شهر اقتحام المدينة»
    if (
        t.kind == "noun"
        and not t.negated
        and toks[a].stem_start == toks[a].start
        and not w_a.startswith("ال")
    ):
        for k in range(a - 1, max(-1, a - 18), -1):
            if toks[k].text in F.PUNCT_BOUNDARY:
                break
            wk = _bare(words[k])
            if wk in ("ان", "أن", "الذي", "التي", "الذين", "لكن", "بل", "ثم"):
                break
            if wk in AR_TRY or words[k] in AR_TRY:
                mods.add("possible")
                break
    # 2. a failed attempt («محاولة فاشلة لتفجير»), an escaped penalty («أفلت من عقوبة الإعدام»)
    if a >= 2 and not t.negated:
        if words[a - 1] in _AR_FAILED_ADJ and _bare(words[a - 2]) in _AR_ATTEMPT:
            t.negated = True
        else:
            for k in range(a - 1, max(-1, a - 4), -1):
                wk = _bare(words[k])
                if toks[k].text in F.PUNCT_BOUNDARY or wk in _AR_ATTEMPT:
                    break  # «نجا من محاولة اغتيال»: the attempt took place
                if wk == "من" and k > 0 and (_bare(words[k - 1]) in _AR_ESCAPE or words[k - 1] in _AR_ESCAPE):
                    t.negated = True
                    break
                if wk == "من" and k > 1 and _bare(words[k - 2]) in _AR_ESCAPE and toks[k - 1].kind == "ar":
                    t.negated = True  # «أفلت المتهم من عقوبة الإعدام»
                    break
                if wk == "من" and _ar_escape_opens(words, k):
                    t.negated = True  # «أفلت مطلق النار الذي قتل ...، في ...، من عقوبة الإعدام»
                    break
    # 3. the relative ما after إنّ / أنّ: «إن ما طالب به المالكي»: what he demanded, no negation
    if t.negated and a >= 2 and _bare(words[a - 1]) == "ما" and _bare(words[a - 2]) in ("ان", "أن", "إن"):
        t.negated = False
        t.cue_placed = True
    fi = _ar_first(words)
    first = _bare(words[fi]) if words else ""
    # 4. a counterfactual لو كان + a past verb: «لو كانت الولايات المتحدة انسحبت من المحادثات»
    if (
        first == "لو"
        and fi + 1 < n
        and words[fi + 1] in _AR_WHETHER_KAN
        and t.kind == "verb"
        and not t.imperfect
        and fi + 1 < a <= fi + 6
        and not any(toks[j].text in F.PUNCT_BOUNDARY for j in range(fi, a))
    ):
        mods.discard("possible")
        mods.discard("historical")
        mods.add("conditional")
    # 5. «ومن دون التوصل إلى اتفاق ستكون أثينا بحاجة»: without the event, a future main clause: conditional
    if t.negated and "conditional" not in mods and a - fi <= 5:
        opener = (first == "من" and fi + 1 < n and words[fi + 1] == "دون") or first in ("بدون", "دون")
        if opener and any(_ar_future_verb(_bare(words[j])) or words[j] == "سوف" for j in range(t.b + 1, n)):
            mods.add("conditional")
    # 6. «لم يتضح إن كانت الغارة نفذها الجيش»: a question about a property leaves the event given;
    # «ما إذا كان هناك بالفعل خطف»: about whether it happened at all, it is possible
    for k in range(a - 1, max(0, a - 5), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        if words[k] in _AR_WHETHER_KAN and _ar_whether(words, k - 1):
            if any(words[j] in _AR_EXIST for j in range(k + 1, a)):
                mods.discard("conditional")
                mods.discard("historical")
                mods.add("possible")
            else:
                mods.discard("historical")
            break
    # 7. حيث + a present verb after a future clause: «سيتوجه إلى الرياض حيث يلتقي الرئيس»
    if t.kind == "verb" and t.imperfect and not t.negated and a >= 1 and _bare(words[a - 1]) == "حيث":
        for j in range(a - 2, max(-1, a - 12), -1):
            if toks[j].text in ".؛;!?":
                break
            wj = _bare(words[j])
            if _ar_future_verb(wj) or words[j] == "سوف" or (wj.startswith(("سيت", "ستت")) and len(wj) >= 6):
                mods.add("planned")
                break
    # 7b. «حذر من أن هجوما ساحقا آخر سيكون لا مفر منه»: an indefinite event noun after أن, subject of a
    # future verb, is still to come
    if (
        t.kind == "noun"
        and not t.negated
        and a >= 1
        and _bare(words[a - 1]) in ("ان", "أن")
        and not w_a.startswith("ال")
    ):
        for j in range(t.b + 1, min(n, t.b + 5)):
            if toks[j].text in F.PUNCT_BOUNDARY:
                break
            if _ar_future_verb(_bare(words[j])) or words[j] == "سوف":
                mods.add("planned")
                break
    # 8. an evaluation under a negation: «ولم يكن من الصواب إطلاق سراحه» (he was released)
    if t.negated and a >= 3:
        if (
            _bare(words[a - 1]) in _AR_EVALUATIVE
            and _bare(words[a - 2]) == "من"
            and words[a - 3] in ("يكن", "تكن")
        ):
            t.negated = False
            t.cue_placed = True
            mods.discard("possible")
    # 9. a negated copula restricted by إلا + a preposition: «لم يكن دعم إيران إلا لعصابة»: it was given
    if t.negated and a >= 2 and words[a - 1] in ("يكن", "تكن"):
        for j in range(t.b + 1, min(n - 1, t.b + 6)):
            if toks[j].text in F.PUNCT_BOUNDARY:
                break
            if _bare(words[j]) in ("الا", "إلا") and toks[j + 1].text[:1] in "لب":
                t.negated = False
                t.cue_placed = True
                break
    # 10. a negated receipt: «لم يحظ مشروع القانون بأي دعم»: no support given, nothing planned
    if not t.negated:
        for k in range(a - 1, max(0, a - 6), -1):
            if toks[k].text in F.PUNCT_BOUNDARY:
                break
            if (words[k] in _AR_RECEIVE_NEG or _bare(words[k]) in _AR_RECEIVE_NEG) and _bare(
                words[k - 1]
            ) in (
                "لم",
                "لن",
                "لا",
            ):
                t.negated = True
                mods.discard("planned")
                mods.discard("possible")
                break
    # 11. «اتهامات وجهت إليكم بالتعاون مع الحوثيين»: the charge's content past the verb that directs it
    if "alleged" not in mods and toks[t.b].text[:1] == "ب" and a >= 1:
        for k in range(a - 1, max(-1, a - 6), -1):
            if toks[k].text in F.PUNCT_BOUNDARY:
                break
            if _bare(words[k]) in _AR_ACCUSE_NOUNS and any(
                words[j] in _AR_DIRECTED or _bare(words[j]) in _AR_DIRECTED for j in range(k + 1, t.b)
            ):
                mods.add("alleged")
                break
    # 12. «بعد أن فجر نفسه»، «منذ أن تولى»: أن after بعد / منذ is temporal, no complement of a verb before
    if t.embedded and t.gov in mods and a >= 2 and _bare(words[a - 1]) in ("ان", "أن"):
        if _bare(words[a - 2]) in ("بعد", "منذ"):
            mods.discard(t.gov)
    # 13. «ويعتقد أن نتنياهو قد توصل»: قد + a past verb is the perfect; the allegation governs
    if "alleged" in mods and "possible" in mods and t.kind == "verb" and not t.imperfect and a >= 1:
        if _bare(words[a - 1]) == "قد" and not any(
            words[j] in F.AR_POSS or _bare(words[j]) in F.AR_POSS for j in range(max(0, a - 8), a)
        ):
            mods.discard("possible")
    # 14. «تجري حاليا مع السعودية»: a present verb with «حاليا» / «الآن» happens now, no plan
    if "planned" in mods and t.kind == "verb" and not t.future and _bare(w_a)[:1] in "يت":
        if any(_bare(words[j]) in _AR_NOW for j in range(a + 1, min(n, t.b + 3))):
            mods.discard("planned")
            t.cue_placed = True
    # 15. «وذكرت الحركة دون إسهاب أنه تم اعتقال»: دون + a manner of telling negates no event
    if not t.negated:
        for k in range(a - 1, max(0, a - 8), -1):
            if toks[k].text in ".؛;!?":
                break
            if _bare(words[k]) in ("دون", "بدون") and k + 1 < a and _bare(words[k + 1]) in _AR_TELL_MANNER:
                t.cue_placed = True
                break


def adjust(toks: list[Token], words: list[str], t: Trig, mods: set[str], lang: str) -> None:
    """Apply the round-10 rules to trigger `t` in place (its `negated` flag and the modality set)."""
    if lang == "ar":
        _ar_adjust(toks, words, t, mods)
    else:
        _en_adjust(toks, words, t, mods)
