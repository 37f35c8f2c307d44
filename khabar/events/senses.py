"""Trigger senses the context fixes, read by the trigger pass before and while the triggers are assembled:
Arabic event words whose sense the next words or their object fix (a sentence, support, an inquiry, a
munition fired, a death sentence carried out, blame laid), a light verb told right after its own event
noun, a launch into space and an interception, English objects and showcases that make a word no event.

The PLOVER typing of a found trigger's sense is in ``plover``. Split out of ``khabar.events.extract``
(which imports from here).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import takewhile

from khabar.events import factuality as F
from khabar.events.lexicon import Entry, _ar_verb_forms, english_agents
from khabar.events.scope import _ar_accusation_content
from khabar.events.triggers import _AR_ON, _EN_WEEKDAYS, Trig, _bare, _unprep, light_noun
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token

# (round 21) words that are events only in a context that fixes their sense (see _ar_context_nouns)
_AR_SENTENCE_VERBS = F._n("حكم حكمت حكموا يحكم تحكم يحكمون ستحكم سيحكم")

_AR_SENTENCES_PLURAL = F._n("أحكام الأحكام أحكاما بأحكام")
_AR_SENTENCE_NOUNS = F._n("الحكم بالحكم") | _AR_SENTENCES_PLURAL  # (round 26) the plural

_AR_PENALTIES = F._n(
    "بالسجن بالحبس بالإعدام بالاعدام بالموت بالمؤبد بالجلد بدفع بغرامة بالغرامة بالعلاج بالإقامة بالبراءة"
)

_AR_ON_HIM = F._n("عليه عليها عليهم عليهما عليهن")

_AR_SCHEDULE = F._n("موعد موعدا لموعد")

_AR_PRONOUNCED = F._n("صدر صدرت صدور يصدر النطق بالنطق") | F._n(
    "أصدر أصدرت أصدروا تصدر إصدار بإصدار"  # (round 26) issued by the court («أصدرت المحكمة أحكاماً»)
)

_AR_SUPPORT_MASDAR = F._n("بدعم لدعم بدعمه بدعمها بدعمهم بدعمهما لدعمه لدعمها لدعمهم لدعمهما")

_AR_INQUIRY = F._n("تحقيق التحقيق بالتحقيق للتحقيق تحقيقا تحقيقاً")

_AR_INQUIRY_NEXT = F._n("مع معه معها معهم معهما في حول بشأن بخصوص الجاري جاريا جار جاري")

# a body named for its aim («التحالف الدولي لدعم الشرعية») and an inquiry assigned («بتكليف ... بالتحقيق»)
# (round 21) liberation of a place (ASSAULT), a reception on arrival and a dialogue held (CONSULT)
# not «بتحرير»: the object of a demand or pledge («طالب ... بتحرير مناطقهم») is not told as done
_AR_LIBERATION = F._n("تحرير لتحرير")

_AR_PLACE_NOUNS = F._n(
    "مدينة مدينتي مدن محافظة محافظتي محافظات منطقة مناطق مناطقهم قاعدة قرية قرى بلدة بلدات الأراضي أراضي "
    "الجنوب الشمال الشرق الغرب العاصمة إقليم الاقليم ميناء مطار"
)

_AR_RECEPTION = F._n("استقبال باستقبال الاستقبال")

_AR_WAS = F._n("كان كانت كانوا وكان وكانت وكانوا")

_AR_CEREMONY = F._n("مراسم")

_AR_DIALOGUE = F._n("الحوار حوار للحوار بالحوار حوارات الحوارات")

_AR_DIALOGUE_HEADS = F._n(
    "جولة جولات الجولة طاولة مائدة جلسة جلسات استئناف إجراء اجراء بدء مؤتمر لاستئناف بإجراء"
)

_AR_INTERVIEW = F._n("صحفي صحافي تلفزيوني تلفازي إذاعي خاص صحيفة لصحيفة مع")

# (round 40) a dialogue continued, returned to, called for or offered («استمرار الحوار»، «سنواصل الحوار»، «العودة
# لطاولة الحوار»، «داعيا للحوار»، «استعدادنا للحوار»، «التواصل والحوار»)
_AR_MEDIA = F._n(
    "قناة لقناة وكالة لوكالة مجلة لمجلة موقع لموقع إذاعة لإذاعة تلفزيون التلفزيون الصحيفة جريدة لجريدة"
)
_AR_DIALOGUE_GOING = F._n(
    "استمرار مواصلة سنواصل نواصل يواصل تواصل التواصل العودة عودة استعداد استعدادنا استعداده استعدادها "
    "استعدادهم داعيا داعين دعا دعت الدعوة دعوة"
)

_AR_BODY_NOUNS = F._n(
    "التحالف تحالف الائتلاف ائتلاف صندوق الصندوق برنامج البرنامج جمعية الجمعية مجلس المجلس لجنة اللجنة منظمة "
    "المنظمة مركز المركز حملة الحملة الدولي الدولية"
)

_AR_ASSIGN = F._n("تكليف بتكليف كلف كلفت يكلف تكلف")

_AR_ACCUSE_VERBS = tuple(F._n("اتهم يتهم تتهم اتهمت يتهمون اتهموا"))

# (round 21) «العمليات العسكرية» as the object of praise or blame is the topic of the stance
_AR_STANCE_BEFORE = F._n("أشاد أشادت يشيد تشيد إشادة الإشادة رحب رحبت يرحب ترحب ندد نددت يندد تندد")


def ar_lexicon_key(info: list, i: int) -> str:
    """The lexicon key token ``i`` was found under (``info[i][2]`` without its form marks + / ~, bare), or "" for a
    token of no lexicon hit."""
    return _bare(info[i][2].lstrip("+~")) if info[i][0] else ""


def _ar_bare_word(tok: Token) -> str:
    """An Arabic token's normalized word without a leading و / ف the tokenizer left on (`_bare`); "" for others."""
    return _bare(tok.norm) if tok.kind == "ar" else ""


def _ar_full(tok) -> str:
    """The word with the ب / ل / ال the tokenizer split off, without a leading و / ف («بالسجن»)."""
    return _ar_full_of(tok.prefix, tok.norm)


@lru_cache(maxsize=1 << 16)
def _ar_full_of(prefix: str, norm: str) -> str:
    # cached per word form: the context rules ask for the same few words' full form many times per token
    pre = normalize(prefix).lstrip("وف")
    if pre.endswith("ل") and norm.startswith("ال"):
        return _bare(pre + norm[1:])  # ل + الحكم is written للحكم
    return _bare(pre + norm)


_AR_ARTICLES = ("بال", "لل", "ال", "ب", "ل", "")  # as `_ar_full` writes ب / ل / ال, the longest first


def _ar_split_prefix(w: str, min_rest: int = 4) -> tuple[str, str]:
    """A word's ب / ل / ال and the rest, which keeps at least ``min_rest`` letters ("" and the word if none fits)."""
    pre = next((p for p in _AR_ARTICLES if w.startswith(p) and len(w) - len(p) >= min_rest), "")
    return pre, w[len(pre) :]


def _ar_verb_form_set(past: str, impf: str) -> frozenset[str]:
    """Every written form of a verb: its persons and tenses with their object pronouns (`lexicon._ar_verb_forms`)."""
    return frozenset(f for f, _ in _ar_verb_forms(normalize(past), normalize(impf)))


def _ar_reach(toks: list, i: int, size: int, stop: frozenset[str] = F.PUNCT_BOUNDARY) -> list[int]:
    """The indices of the words after i, at most ``size`` of them, up to the first mark of ``stop``."""
    out = []
    for k in range(i + 1, min(len(toks), i + 1 + size)):
        if toks[k].text in stop:
            break
        out.append(k)
    return out


def _ar_verb_hit(typ: str, stem: str, fut: bool, mode: str | None = None) -> tuple[list[Entry], bool, str]:
    """The lexicon hit a sense rule writes for a verb form ``stem`` (its سـ taken off when ``fut``): imperfect
    for a يـ / تـ / نـ person or a future, keyed «~» + the form."""
    return [Entry(typ, mode, "verb", imperfect=stem[:1] in "يتن" or fut)], fut, "~" + stem


def _ar_future(stem: str, forms: frozenset[str]) -> tuple[str, bool]:
    """«سيصادق»، «ستوزع»: the imperfect of ``forms`` without its سـ, and whether it had one."""
    if stem[:1] == "س" and stem[1:2] in ("ي", "ت", "ن") and stem[1:] in forms:
        return stem[1:], True
    return stem, False


def ar_attack_positions(info: list) -> list[int]:
    """The words the lexicon or an earlier rule read as an attack (ASSAULT, not weak), an injury not counted: the
    casualty and martyrdom rules leave the dead named near one of them to its event."""
    return [
        k
        for k, hit in enumerate(info)
        if any(
            e.type == "ASSAULT" and e.kind != "weak" and _bare(hit[2].lstrip("+~")) not in AR_INJURY_KEYS
            for e in hit[0]
        )
    ]


def _ar_has_root(toks: list, letters: re.Pattern[str]) -> bool:
    """Whether any word of the sentence holds ``letters``, the letter groups every form of a rule's family writes
    (its persons and its masdar: «نشر|نتشر|نتشار»), as ``_AR_LIBERATION_RX`` is for one token: a cheap necessary
    condition that spares a sense rule its per-word analysis on most sentences (the tests check each pattern
    against its rule's form lists)."""
    return bool(letters.search(_ar_sentence_words(toks)))


def _ar_unread(toks: list, info: list) -> Iterator[tuple[int, Token]]:
    """Each Arabic token no earlier rule has read (``info[i][0]`` empty), with its index: the words a sense rule
    tries. Lazy, so a rule's hit on one token is seen before the next is tried."""
    for i, t in enumerate(toks):
        if t.kind == "ar" and not info[i][0]:
            yield i, t


# the last sentence's token list and its Arabic words joined: the gates of one sentence's twenty-odd rules join its
# words once (a tuple swapped whole, so a thread never reads another sentence's words)
_LAST_JOINED: tuple[list | None, str] = (None, "")


def _ar_sentence_words(toks: list) -> str:
    global _LAST_JOINED
    last = _LAST_JOINED
    if last[0] is not toks:
        last = _LAST_JOINED = (toks, " ".join(t.norm for t in toks if t.kind == "ar"))
    return last[1]


# (round 44) a sentence named by its court: a court word at most four words from حكم / الحكم in the same
# clause («حكمت محكمة بولاية أيوا»، «حكم محلفي محكمة»، «في حكم قطعي صدر من محكمة»، «واصدرت هذه المحكمة الحكم»)
_AR_COURT = F._n(
    "محكمة المحكمة محاكم المحاكم محكمتي القاضي قاض قاضي القضاة قضاة محلفي المحلفين محلفين المحلفون"
)


def _ar_court_near(toks: list, i: int) -> bool:
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(toks) and abs(k - i) <= 4 and toks[k].text not in F.PUNCT_BOUNDARY:
            if _bare(_ar_full(toks[k])) in _AR_COURT or _bare(toks[k].norm) in _AR_COURT:
                return True
            k += step
    return False


def _ar_stance_object(toks: list, i: int) -> bool:
    """«أشادت المقاومة -في تصريح ...- بالعمليات العسكرية»: word i after بـ, a word of praise or blame before
    it in the same clause (at most fourteen words, a parenthesis between dashes passed over)."""
    if not _ar_full(toks[i]).startswith("بال"):
        return False
    for k in range(i - 1, max(-1, i - 15), -1):
        if toks[k].text in ("،", ",", ".", ";", "؛"):
            return False
        if _bare(toks[k].norm) in _AR_STANCE_BEFORE:
            return True
    return False


def _ar_accused_out_of_reach(toks: list, i: int) -> bool:
    """An accusation to the left whose charge (بـ ...) the factuality rules do not reach from word i, so the
    event would come out asserted where it is only charged («ويتهم حلفاء تركيا منذ اشهر انقرة بانها ...
    وحتى بدعمه»): an accusation noun as `scope._ar_accusation_content` reads it, an accusation verb as a
    governor (at most twelve words before, no punctuation between)."""
    words = [t.norm for t in toks]
    noun = any(_bare(w) in F.AR_ACCUSATION or _unprep(_bare(w)) in F.AR_ACCUSATION for w in words[:i])
    if noun and not _ar_accusation_content(toks, words, i):
        return True
    for k in range(i - 1, -1, -1):
        if _bare(words[k]).startswith(_AR_ACCUSE_VERBS):
            return i - k > 12 or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(k + 1, i))
    return False


def _ar_light_after_noun(toks: list, t: Trig, i: int, ents: list) -> bool:
    """(round 21) A past light verb that finds no event noun after it, told right after an event noun of its own
    type (at most two words between, no punctuation): «العقوبات الدولية التي فرضت»، «ست غارات شنت»، «الاتفاق
    الذي وقعته». The verb is the noun's own act: the trigger's text is stretched over it (``Trig.tail``)."""
    if t.kind != "noun" or not 0 < i - t.b <= 3:
        return False
    if t.type not in {e.type for e in ents if e.kind == "light" and not e.imperfect}:
        return False  # a past verb only: «الاجتماعات التي ستعقد»، «عقوبات قد تفرض» keep their own time
    return not any(x.text in F.PUNCT_BOUNDARY or x.kind != "ar" for x in toks[t.b + 1 : i])


def _ar_context_nouns(toks: list, info: list) -> None:
    """(round 21) Event words whose sense the next words fix, written into the lexicon hits in place.

    حكم / يحكم / الحكم is a sentence (COERCE) only with a penalty after it («حكم عليه بالسجن»، «حكمت
    محكمة ... على رجل بدفع»), with «عليه» right after it («الحكم عليهما»), or issued / pronounced («صدر
    بحقهم حكم»، «النطق بالحكم»); otherwise it is rule or government («نظام الحكم»). The masdar دعم after
    ب / ل with its object («اتهامه لها بدعم الإرهاب»، «يحظى بدعم الرئيس») is support. تحقيق is an
    inquiry (ACCUSE) when it is with someone, into or about something, or ongoing («التحقيق معهم»،
    «بالتحقيق في»، «قيد التحقيق»); «تحقيق أهدافها» stays "achieving". تحرير with a place after it is a
    liberation (ASSAULT: «تحرير محافظة أبين»; not «رئيس التحرير», «تحرير الأسعار», nor «بتحرير» after a
    demand); استقبال told as being there to receive someone («وكان في استقبال الوزير»، «مراسم استقبال») and
    حوار after a word of its holding («جولة للحوار»، «طاولة الحوار»، «جلسات الحوار»; not «حوار مع صحيفة», an
    interview) are meetings (CONSULT)."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or any(e.kind != "weak" for e in info[i][0]):
            continue
        w = _ar_full(t)
        nxt = _ar_full(toks[i + 1]) if i + 1 < n else ""
        prev = _ar_full(toks[i - 1]) if i > 0 else ""
        if w in _AR_SENTENCE_VERBS or w in _AR_SENTENCE_NOUNS:
            window = []
            for k in range(i + 1, min(n, i + 7)):
                if toks[k].text in F.PUNCT_BOUNDARY:
                    break
                window.append(_ar_full(toks[k]))
            if any(_ar_full(toks[k]) in _AR_SCHEDULE for k in range(max(0, i - 3), i)):
                continue  # «وحدد موعد النطق بالحكم»: a pronouncement scheduled, not yet made
            if (
                nxt in _AR_ON_HIM
                or any(_bare(x) in _AR_PENALTIES for x in window)
                # (round 44) «حكمت محكمة بولاية أيوا على»، «أصدرت المحكمة الحكم»; not the plural («أقرت المحكمة
                # الأحكام الصادرة ... وحكم إضافي بسجن»: the rulings upheld took the new sentence's event in a merge)
                or (w not in _AR_SENTENCES_PLURAL and _ar_court_near(toks, i))
                or _bare(prev) in _AR_PRONOUNCED
                or (i > 1 and _ar_full(toks[i - 2]) in _AR_PRONOUNCED)
                or nxt in _AR_PRONOUNCED
            ):
                future = w[:2] in ("سي", "ست")
                kind = "verb" if w in _AR_SENTENCE_VERBS else "noun"
                info[i] = ([Entry("COERCE", None, kind, imperfect=w[:1] in "يت" or future)], future, w)
        elif (
            w in _AR_SUPPORT_MASDAR
            and nxt
            and toks[i + 1].text not in F.PUNCT_BOUNDARY
            and nxt != "من"  # «وبدعم من غارات جوية»: backed by, a manner adverbial of another event
            and _bare(prev) not in _AR_BODY_NOUNS
            and not _ar_accused_out_of_reach(toks, i)
        ):
            info[i] = ([Entry("SUPPORT", None, "noun")], False, w)
        elif (
            w in _AR_INQUIRY
            and not any(_ar_full(toks[k]) in _AR_ASSIGN for k in range(max(0, i - 3), i))
            and (
                nxt in _AR_INQUIRY_NEXT
                or _bare(prev) == "قيد"
                or (
                    i + 2 < n
                    and not nxt.startswith("ال")
                    and nxt.endswith(("ي", "يا", "يه"))
                    and _ar_full(toks[i + 2]) in _AR_INQUIRY_NEXT
                )
            )
        ):
            info[i] = ([Entry("ACCUSE", "investigate", "noun")], False, w)
        elif w in _AR_LIBERATION and (nxt in _AR_PLACE_NOUNS or _unprep(nxt) in _AR_PLACE_NOUNS):
            info[i] = ([Entry("ASSAULT", None, "noun")], False, w)  # «تحرير محافظة أبين»
        elif w in _AR_RECEPTION and (
            prev in _AR_CEREMONY
            or (normalize(t.prefix).endswith("ب") or prev == "في")
            and any(_ar_full(toks[k]) in _AR_WAS or toks[k].norm in _AR_WAS for k in range(max(0, i - 3), i))
        ):
            info[i] = ([Entry("CONSULT", None, "noun")], False, w)  # «وكان في استقبال الوزير لدى وصوله»
        elif w in _AR_DIALOGUE and (
            (
                prev in _AR_DIALOGUE_HEADS
                or (i > 1 and prev == "من" and _ar_full(toks[i - 2]) in _AR_DIALOGUE_HEADS)
            )
            and nxt not in _AR_INTERVIEW
        ):
            info[i] = ([Entry("CONSULT", None, "noun")], False, w)  # «جولة للحوار»، «طاولة الحوار»
        elif w in _AR_DIALOGUE and (
            (
                _unprep(prev) in _AR_DIALOGUE_HEADS  # (round 40) «لطاولة الحوار»، «لمائدة الحوار»
                or prev in _AR_DIALOGUE_GOING
                or (
                    prev == "من"
                    and any(_ar_full(toks[k]) in _AR_DIALOGUE_HEADS for k in range(max(0, i - 3), i - 2))
                )  # «الجولة المقبلة من الحوار»
            )
            and (
                nxt not in _AR_INTERVIEW
                or (  # «سنواصل الحوار مع المركز»: a dialogue kept up is no interview
                    nxt == "مع"
                    and prev in _AR_DIALOGUE_GOING
                    and (i + 2 >= n or _ar_full(toks[i + 2]) not in _AR_INTERVIEW | _AR_MEDIA)
                )
            )
        ):
            # (round 40) a dialogue kept up, returned to, called for or offered: an event only where it is
            # not read plainly asserted (``extract._AR_TOLD_ONLY_KEYS``: the head tells no dialogue held)
            info[i] = ([Entry("CONSULT", None, "noun")], False, "~حوار")


# (round 40) a withdrawal of forces or weapons (RETREAT, as the gold of test2, test5, test10, anercorp_B and
# protest_A types «لم يسحب المدفعية الثقيلة»، «بسحب قوات بلادهم»): سحب (a draw, clouds, a licence withdrawn) only
# with troops or arms as its object; «سحب السفير» (a recall, SANCTION) is not read here
_AR_WITHDRAW_VERBS = F._n(
    "سحب سحبت سحبوا سحبا سحبتا يسحب تسحب يسحبون يسحبان تسحبان يسحبوا يسحبا تسحبا نسحب سيسحب ستسحب سيسحبون"
)
_AR_WITHDRAWN = F._n(
    "قوات قواته قواتها قواتهم قواتهما القوات جنود جنوده جنودها جنودهم الجنود الأسلحة أسلحة أسلحته أسلحتها "
    "الاسلحة اسلحة المدفعية مدفعية الآليات آليات الدبابات دبابات المقاتلين مقاتليه مقاتليها مقاتليهم القيادات "
    "قياداته قياداتها الوحدات وحدات الميليشيات ميليشياته ميليشياتها المسلحين مسلحيه مسلحيها عناصره عناصرها "
    "عناصرهم القطع"
)
_AR_ALL = F._n("جميع كل كافة")


def _ar_withdrawal(toks: list, info: list) -> None:
    """(round 40) سحب / يسحب / تسحب (and the masdar after ب / ل / ال) with troops, arms, heavy weapons or units as
    its object («جميع» / «كل» may stand before it; a finite verb may have its subject between: «سحبت إسرائيل
    قواتها») is a withdrawal (RETREAT). A finite form is a verb; the masdar («بسحب قوات بلادهم»، «سحب القوات لم
    يحصل») is a noun, told only where it is not read plainly asserted (``extract._AR_TOLD_ONLY``); the bare سحب is
    the masdar before its definite object and the verb otherwise («سحب الجيش قواته»). Any other object («سحب
    القرعة»، «سحب الترخيص») makes no event."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or info[i][0] or i + 1 >= n:
            continue
        w = _ar_full(t)
        pre = next(
            (
                p
                for p in ("بال", "لل", "ال", "ب", "ل", "")
                if w.startswith(p) and w[len(p) :] in _AR_WITHDRAW_VERBS
            ),
            None,
        )
        if pre is None or (pre and w[len(pre) :] != "سحب"):
            continue
        stem = w[len(pre) :]
        k = i + 1
        if _ar_full(toks[k]) in _AR_ALL and k + 1 < n:
            k += 1
        obj = _ar_full(toks[k]) in _AR_WITHDRAWN or normalize(toks[k].text) in _AR_WITHDRAWN
        masdar = bool(pre) or (stem == "سحب" and obj and _ar_full(toks[k]).startswith("ال"))
        if not obj and not masdar and k + 1 < n and toks[k].text not in F.PUNCT_BOUNDARY:
            nxt = toks[k + 1]
            obj = _ar_full(nxt) in _AR_WITHDRAWN or normalize(nxt.text) in _AR_WITHDRAWN
        if not obj:
            continue
        if masdar:
            info[i] = ([Entry("RETREAT", None, "noun")], False, "سحب")
        else:
            future = stem[:2] in ("سي", "ست")
            info[i] = _ar_verb_hit("RETREAT", stem, future)


# (round 41) deployment: the verb نشر (transitive) and its Form VIII انتشر (intransitive), their imperfect
# persons and their masdars نشر / انتشار, with a security force after them (MOBILIZE, as the gold types «نشرت
# الحكومة عشرات الآلاف من رجال الأمن»، «انتشر نحو 3000 شرطي»، «انتشار كثيف لقوى الجيش»)
def _ar_deploy_forms() -> tuple[frozenset[str], frozenset[str]]:
    spread = _ar_verb_form_set("انتشر", "ينتشر") | {normalize("انتشار")}
    return _ar_verb_form_set("نشر", "ينشر") | spread, spread


_AR_DEPLOY, _AR_SPREAD = _ar_deploy_forms()
_AR_DEPLOY_MASDAR = F._n("نشر انتشار")
_AR_DEPLOY_RX = re.compile("نشر|نتشر|نتشار")  # letters of every form and masdar above
_AR_TROOPS = F._n(
    "قوات قواتها قواته قوة قوى جنود جنديا جندي الجيش جيش شرطي شرطيا شرطة الشرطة عسكري عسكريا عسكريين "
    "مقاتلات طائرات طائرة تعزيزات وحدات كتيبة كتائب دوريات مدرعات دبابات آليات بوارج سفن طوق طوقا حواجز "
    "مقاتلين مقاتلا "
    # (round 46) equipment deployed («نشر مروحيات للجيش»، «نشر منظومة صواريخ»)
    "مروحيات مروحية منظومة منظومات صواريخ بطاريات رادارات "
    # (round 48) officers, recruits, an army counted or indefinite («لنشر 25 ألف ضابط ومجند»، «أرسل جيشا»)
    "ضابط ضباط مجند مجندا مجندين جيشا جيوش"
)
# رجال / عناصر are a force only with the security word after them («ألف رجل أمن»، «عناصر الشرطة»)
_AR_TROOPS_MEN = F._n("رجال رجل عناصر عنصر")
_AR_TROOPS_OF = F._n("أمن الأمن الشرطة شرطة الجيش الجيش أمني أمنيا")  # (round 48) «عشرين ألف عنصر أمني»
# what is published, not deployed: «نشرت الشرطة صورا / بيانا»
_AR_PUBLISHED = F._n(
    "بيان بيانا البيان صور صورة صورا الصور تقرير تقريرا التقرير مقال مقالا فيديو الفيديو مقطع مقطعا مقاطع شريط "
    "شريطا تسجيل تسجيلا قائمة أسماء نتائج خبر خبرا الخبر أنباء وثائق رسالة تغريدة تغريدات إعلان إعلانا صحيفة "
    "كتاب كتابا دراسة أرقام إحصاءات معلومات تفاصيل"
)


_AR_HALTED = F._n("وقف ووقف بوقف لوقف إيقاف ايقاف منع تجميد تعليق")


def _ar_troops_at(toks: list, k: int) -> bool:
    w = _ar_w(toks[k])
    ws = {w, _unprep(w)}
    if w[:1] in "بل" and len(w) >= 4:  # «لقوى الجيش»، «للقوة»
        ws.add(w[3:] if w[1:3] == "ال" and len(w) > 5 else w[1:])
    if ws & _AR_TROOPS:
        return True
    if ws & _AR_TROOPS_MEN and k + 1 < len(toks):
        return _ar_full(toks[k + 1]) in _AR_TROOPS_OF
    return False


_AR_DEPLOY_PRONOUNS = ("هما", "هم", "ها", "ه")


def _ar_force_before(toks: list, i: int, stem: str) -> bool:
    """(round 46) نشر with an object pronoun whose antecedent is a force named just before it: «نحو ألفي جندي
    إضافي «سيتم نشرهم»»، «قوة الأمم المتحدة الجديدة التي يفترض نشرها»; the force at most six words back (a quote
    mark may stand between), no published thing there («الصور التي نشرتها الشرطة»)."""
    pron = next((p for p in _AR_DEPLOY_PRONOUNS if stem.endswith(p)), None)
    if pron is None or stem[: -len(pron)] not in _AR_DEPLOY:
        return False
    back = []
    for k in range(i - 1, max(-1, i - 7), -1):
        if toks[k].text in F.PUNCT_BOUNDARY and toks[k].text not in '«»"“”':
            break
        back.append(k)
    if any(_ar_w(toks[k]) in _AR_PUBLISHED or _ar_full(toks[k]) in _AR_PUBLISHED for k in back):
        return False
    return any(_ar_troops_at(toks, k) for k in back)


def _ar_deployment(toks: list, info: list) -> None:
    """(round 41) نشر / ينشر / انتشر / ينتشر ... and the masdars (بنشر، النشر، انتشار) with a security force at most
    five words after them before any punctuation (troops, soldiers, police, the army, reinforcements, aircraft,
    a cordon; «رجال / عناصر» with أمن / الشرطة after them) are a deployment (MOBILIZE). Not where a published
    thing stands in that reach («نشرت الشرطة صورا»), nor where the lexicon's own MOBILIZE weak noun already
    stands there after نشر (the light verb takes it as before: «نشر قوات»; «لنشر قوات» read asserted stays no
    event, round 26). Any other object («نشر الفوضى»، «انتشار الفيروس») makes no event."""
    if not _ar_has_root(toks, _AR_DEPLOY_RX):  # every form of نشر / انتشر
        return
    for i, t in enumerate(toks):
        if t.kind != "ar" or any(e.kind not in ("light", "weak") for e in info[i][0]):
            continue
        if info[i][0] and not any(e.type == "MOBILIZE" for e in info[i][0]):
            continue
        w = _ar_full(t)
        pre, stem = _ar_split_prefix(w, 1)
        stem, fut = _ar_future(stem, _AR_DEPLOY)
        if stem not in _AR_DEPLOY or (pre and stem not in _AR_DEPLOY_MASDAR):
            continue
        reach = _ar_reach(toks, i, 5)
        if stem not in _AR_SPREAD and any(e.type == "MOBILIZE" for k in reach for e in info[k][0]):
            continue  # the light verb takes the lexicon's noun as before («نشر قوات»)
        force = next((k for k in reach if _ar_troops_at(toks, k)), None)
        if force is None and not (stem not in _AR_SPREAD and _ar_force_before(toks, i, stem)):
            continue
        if any(_ar_w(toks[k]) in _AR_PUBLISHED or _ar_full(toks[k]) in _AR_PUBLISHED for k in reach):
            continue
        masdar = bool(pre) or stem == normalize("انتشار")
        if masdar and i > 0 and (toks[i - 1].norm in _AR_HALTED or _ar_w(toks[i - 1]) in _AR_HALTED):
            continue  # «وقف انتشار الجيش»: the halt is what is told
        if masdar:
            info[i] = ([Entry("MOBILIZE", "troops", "noun")], False, stem)
        else:
            info[i] = _ar_verb_hit("MOBILIZE", stem, fut, "troops")


# (round 48) a force sent or massed: أرسل / يرسل ... and حشد / يحشد ... in their persons and their masdars إرسال /
# حشد, with a force the light verb has no noun for (MOBILIZE, as the gold of dev7 and authored2 / 3 types «أرسل
# جيشا كبيرا إلى واحة سيوة»، «لحشد المقاتلين»، «حشد مئات الآليات والمقاتلين»، «إرسال مئتي جندي إضافي»): the force
# (``_ar_troops_at``) at most five words on, before any punctuation, counted (a number or a quantity word before
# it), indefinite, or right after the masdar as its object. A definite force after the verb is its subject
# («أرسل الجيش رسالة»), no force sent. Where any event noun stands in that reach the light verb reads it as before.
_AR_SEND = _ar_verb_form_set("أرسل", "يرسل") | _ar_verb_form_set("حشد", "يحشد")
_AR_SEND_MASDAR = F._n("إرسال حشد")
_AR_SEND_RX = re.compile("رسل|رسال|حشد")
_AR_QUANTITY = F._n(
    "ألف آلاف الاف ألفي ألفين مئة مائة مئات مئتي مائتي عشرات عشرة نحو حوالي قرابة زهاء أكثر أقل مزيد المزيد "
    "آلافا عدد عددا بضعة بضع"
)


# aircraft and ships sent are no force here («سنرسل حطام طائرة»، «وإرسال الطائرات رسائل»: the firing audit)
_AR_NOT_SENT = F._n("طائرات طائرة مقاتلات مروحيات مروحية سفن بوارج")


def _ar_counted_force(toks: list, i: int, k: int, masdar: bool) -> bool:
    """A force at ``k`` that the verb or masdar at ``i`` sends: its object right after the masdar, counted, or
    indefinite."""
    if not _ar_troops_at(toks, k) or _unprep(_ar_w(toks[k])) in _AR_NOT_SENT:
        return False
    if masdar and k == i + 1:
        return True  # the masdar's object: «لحشد المقاتلين»
    prev = toks[k - 1]
    if prev.kind == "num" or _ar_w(prev) in _AR_QUANTITY or _bare(_ar_full(prev)) in _AR_QUANTITY:
        return True  # «مئات الآليات»، «25 ألف ضابط»
    return not _ar_full(toks[k]).startswith("ال")  # «جيشا كبيرا»، «مئتي جندي»


def _ar_forces_sent(toks: list, info: list) -> None:
    if not _ar_has_root(toks, _AR_SEND_RX):
        return
    for i, t in enumerate(toks):
        if t.kind != "ar" or any(e.kind != "light" for e in info[i][0]):
            continue
        pre, stem = _ar_split_prefix(_ar_full(t), 3)
        stem, fut = _ar_future(stem, _AR_SEND)
        masdar = stem in _AR_SEND_MASDAR
        if not masdar and (pre or stem not in _AR_SEND):
            continue
        reach = _ar_reach(toks, i, 5)
        if any(e.kind in ("noun", "weak") for k in reach for e in info[k][0]):
            continue  # the light verb takes the noun there («أرسلت قوات»، «حشد التأييد»)
        force = next((k for k in reach if _ar_counted_force(toks, i, k, masdar)), None)
        if force is None:
            continue
        # military observers sent («إرسال فريق من ثلاثين مراقبا عسكريا»): AID, as the gold of authored2 types
        # them (the light pass's peacekeepers, ``plover._light_type``)
        observers = any(_ar_w(toks[k]).startswith("مراقب") for k in reach)
        typ, mode = ("AID", "peacekeeping") if observers else ("MOBILIZE", "troops")
        if masdar:
            info[i] = ([Entry(typ, mode, "noun")], False, stem)
        else:
            info[i] = _ar_verb_hit(typ, stem, fut, mode)


# (round 41) arson: the Form IV verb أحرق / يحرق in its persons, its masdar إحراق (and حرق after ب / ل / ال),
# and «أشعل / أضرم + النار / الحريق» with their masdars إشعال / إضرام
def _ar_arson_forms() -> tuple[frozenset[str], frozenset[str]]:
    return _ar_verb_form_set("أحرق", "يحرق"), _ar_verb_form_set("أشعل", "يشعل") | _ar_verb_form_set("أضرم", "يضرم")


_AR_BURN, _AR_KINDLE = _ar_arson_forms()
_AR_BURN_MASDAR = F._n("إحراق حرق")
_AR_KINDLE_MASDAR = F._n("إشعال إضرام")
_AR_ARSON_RX = re.compile("حرق|حراق|شعل|شعال|ضرم|ضرام")  # letters of every form above
_AR_BLAZE = F._n("النار النيران نار نيران الحريق حريق الحرائق حرائق")
# who burns decides the type, as the gold does: protesters or rioters burning property COERCE (the protest
# files' convention, CAMEO 171), anyone else (settlers, militants) ASSAULT (the older splits)
_AR_RIOTERS = ("متظاهر", "محتج", "مشاغب", "مناوي", "غاضب")


def _ar_arson(toks: list, info: list) -> None:
    """(round 41) أحرق / يحرق / أحرقوا ... and the masdar إحراق (حرق after ب / ل / ال), and أشعل / أضرم (إشعال،
    إضرام) with النار / الحريق right after them or one word on, name an arson: COERCE where a protester or a
    rioter is named in the sentence («أحرق المتظاهرون 17 سيارة»، «قام مشاغبون ... بإشعال النار في مكاتب»), else
    ASSAULT («أحرق المستوطنون منزلا»). The bare حرق (also a past verb) and إشعال with anything else («إشعال
    فتيل الحرب»، «إشعال الفتنة») make no event."""
    if not _ar_has_root(toks, _AR_ARSON_RX):  # every form of حرق / أشعل / أضرم
        return
    n = len(toks)
    rioters = any(_ar_w(t).startswith(_AR_RIOTERS) for t in toks if t.kind == "ar")
    for i, t in _ar_unread(toks, info):
        w = _bare(_ar_full(t))
        pre, stem = _ar_split_prefix(w, 3)
        fut = stem[:1] == "س" and stem[1:2] in ("ي", "ت", "ن") and not pre
        if fut:
            stem = stem[1:]
        masdar = stem in _AR_BURN_MASDAR or stem in _AR_KINDLE_MASDAR
        if masdar:
            if stem == normalize("حرق") and not pre:
                continue
        elif pre or (stem not in _AR_BURN and stem not in _AR_KINDLE):
            continue
        if stem in _AR_KINDLE or stem in _AR_KINDLE_MASDAR:
            ahead = [_ar_full(toks[k]) for k in range(i + 1, min(n, i + 3))]
            if not any(a in _AR_BLAZE for a in ahead):
                continue
        typ = "COERCE" if rioters else "ASSAULT"
        if masdar:
            info[i] = ([Entry(typ, None, "noun")], False, stem)
        else:
            info[i] = _ar_verb_hit(typ, stem, fut)


# (round 42) warnings: the Form II verb حذّر / يحذّر in its persons and its participle محذرا (THREATEN, as every
# gold of the tuning sets types «حذر البيان ميليشيات الحوثي من مغبة»، «حذرت السلطات المتظاهرين من التجمع»،
# «محذرا من أن عدم قيامها بذلك سيؤدي»). Dropped in round 18 on plover-ar dev's two no-event sentences: a study
# warning («حذرت دراسة طبية من أن») and a warning of risks («حذر ... من «المخاطر الملموسة ...»»): both filtered.
def _ar_warn_forms() -> frozenset[str]:
    return _ar_verb_form_set("حذر", "يحذر") | F._n("محذرا محذرة محذرين محذرتين")


_AR_WARN_FORMS = _ar_warn_forms()
_AR_WARN_RX = re.compile("حذر")  # letters of every form
# a study, a report or experts warn of a finding, no party threatens («حذرت دراسة طبية حديثة من أن»)
_AR_WARN_STUDY = F._n(
    "دراسة دراسات تقرير تقارير بحث أبحاث خبراء خبير علماء أطباء باحثون باحثين الدراسة التقرير البحث الخبراء "
    "العلماء الأطباء الباحثون"
)
# a warning of risks or dangers is no threat («حذر ... من «المخاطر الملموسة لوقوع أعمال ارهابية»»)
_AR_WARN_RISK = F._n("خطر الخطر مخاطر المخاطر أخطار الأخطار خطورة")
_AR_SENTENCE_END = frozenset(".!?؟;؛")


def _ar_warning(toks: list, info: list) -> None:
    """(round 42) حذر / حذرت / حذروا / يحذر / تحذر / سيحذر ... and محذرا (with و / ف, never with ب / ل / ال: «بحذر»
    is "carefully") are a warning (THREATEN, a verb). Not where a study, a report or experts stand within three
    words after it (the finder of a risk), nor where a risk or danger word (خطر، مخاطر، خطورة) follows within
    the sentence, past commas (a warning of risks: plover-ar dev's no-event sentences)."""
    if not _ar_has_root(toks, _AR_WARN_RX):  # every form of حذر
        return
    for i, t in enumerate(toks):
        if t.kind != "ar" or info[i][0] or normalize(t.prefix).lstrip("وف"):
            continue
        stem = _bare(t.norm)
        stem, fut = _ar_future(stem, _AR_WARN_FORMS)
        if stem not in _AR_WARN_FORMS:
            continue
        # to the sentence's end: the warned-of thing may stand past a comma («حذر X، اليوم، من»)
        reach = _ar_reach(toks, i, 20, _AR_SENTENCE_END)
        if any(_ar_w(toks[k]) in _AR_WARN_STUDY or _ar_full(toks[k]) in _AR_WARN_STUDY for k in reach[:3]):
            continue
        if any(_ar_w(toks[k]) in _AR_WARN_RISK or _ar_full(toks[k]) in _AR_WARN_RISK for k in reach):
            continue
        info[i] = _ar_verb_hit("THREATEN", stem, fut)


# (round 42) closing: the Form IV verb أغلق / يغلق in its persons and its masdar إغلاق (with ب / ل / ال and a
# pronoun) with a place, a road, a border, a crossing, a mosque, an office or an outlet as its object (COERCE, as
# the gold types «أغلقت قوات الأمن مصلى السنة»، «إغلاق حدودها»، «أغلقت الشرطة طريق»; SANCTION a diplomatic
# mission closed: «أغلقت استونيا قنصليتها»). «أغلق المؤشر / السوق»، «إغلاق الملف / الباب» name no event.
def _ar_close_forms() -> frozenset[str]:
    return _ar_verb_form_set("أغلق", "يغلق")


_AR_CLOSE_FORMS = _ar_close_forms()
_AR_CLOSE_MASDAR = normalize("إغلاق")
_AR_CLOSE_RX = re.compile("غلق|غلاق")  # letters of every form and the masdar
_AR_CLOSED_PLACES = F._n(
    "حدود معبر معابر طريق طرق طرقات شارع شوارع مسجد مساجد مسجدا مصلى مكتب مكاتب مقر مقار محطة محطات صحيفة صحف "
    "قناة قنوات مدرسة مدارس جامعة جامعات بوابة بوابات منطقة مناطق مطار مطارات ميناء موانئ محل محلات متاجر نادي "
    "نوادي معسكر معسكرات فرع فروع مخيم مداخل مدخل ساحة ميدان جسر الأجواء منفذ منافذ كنيسة كنائس مستشفى "
    "جمعية جمعيات "
    # (round 47) a newspaper, a centre / a detention centre («قضت بإغلاق جريدة الوطن»، «إغلاق مركز غوانتانامو»)
    "جريدة جرائد مركز مراكز"
)
_AR_MISSIONS = F._n("سفارة سفارات قنصلية قنصليات بعثة ممثلية")
_AR_PLACE_PRON = ("", "ه", "ها", "هم", "هما")
_AR_UPKEEP = F._n("صيانة الصيانة للصيانة لصيانة")
_AR_PRETEXT = F._n("بحجة بذريعة بدعوى بزعم")
_AR_DECISION = tuple(F._n("قرار عزم نية"))  # with a pronoun: «قراره»، «عزمها»


def _ar_place_word(tok, words: frozenset[str]) -> bool:
    """A place word with ب / ل / ال or a pronoun on it («لحدودها»، «قنصليتها»، «الطرق»)."""
    w = _ar_w(tok)
    # the token's own norm too: `_bare` takes the ف of «فرع» for a conjunction
    for x in {w, _unprep(w), w[3:] if w[:1] in "بل" and w[1:3] == "ال" else w, tok.norm}:
        for pron in _AR_PLACE_PRON:
            if pron and not x.endswith(pron):
                continue
            base = x[: len(x) - len(pron)]
            if base in words or (pron and base[-1:] == "ت" and base[:-1] + "ه" in words):
                return True
    return False


_AR_MARKET = F._n(
    "مؤشر المؤشر مؤشرات سوق السوق الأسهم أسهم سهم السهم البورصة بورصة التداول تداولات التعاملات"
)

# (round 47) a quantifier before the closed place («إغلاق ما لا يقل عن 80 مسجدا»، «إغلاق أكثر من 20 مدرسة»): the
# reach is widened by its length
_AR_AT_LEAST = (F._n("ما"), F._n("لا"), F._n("يقل"), F._n("عن"))
_AR_MORE_THAN = (F._n("أكثر اكثر نحو قرابة حوالي"), F._n("من"))


def _ar_quantifier_len(toks: list, k: int) -> int:
    """The number of words of «ما لا يقل عن» / «أكثر من» starting at k (0 if none)."""
    for phrase in (_AR_AT_LEAST, _AR_MORE_THAN):
        if all(k + j < len(toks) and toks[k + j].norm in w for j, w in enumerate(phrase)):
            return len(phrase)
    return 0


def _ar_closing(toks: list, info: list) -> None:
    """(round 42) أغلق / أغلقت / أغلقوا / يغلق / ستغلق ... and the masdar إغلاق (بإغلاق، الإغلاق، إغلاقها) with a
    closable place at most five words after it before any punctuation (a road, a border, a crossing, a mosque,
    an office, a station, gates; a pronoun masdar with the place up to six words before it: «معسكرات ...
    وإغلاقها») are a closure: COERCE, SANCTION where a diplomatic mission is closed. Left to the protest light
    verb where the lexicon's obstruct noun follows and where protesters stand right after the verb («أغلق
    المتظاهرون الطريق»: PROTEST as before); a road closed for upkeep («للصيانة») and any other object («أغلق
    المؤشر»، «إغلاق الملف») make no event, nor a closure given as a pretext («بحجة أن مصر أغلقت»). The masdar
    right after a decision or an intent («قراره إغلاق») is told only: left out where read plainly asserted."""
    if not _ar_has_root(toks, _AR_CLOSE_RX):  # every form of أغلق
        return
    if any(_ar_w(t) in _AR_UPKEEP for t in toks if t.kind == "ar"):
        return
    for i, t in enumerate(toks):
        if t.kind != "ar" or any(e.kind != "light" for e in info[i][0]):
            continue
        w = _bare(_ar_full(t))
        pre, stem = _ar_split_prefix(w)
        stem, fut = (stem, False) if pre else _ar_future(stem, _AR_CLOSE_FORMS)
        masdar = stem.startswith(_AR_CLOSE_MASDAR) and len(stem) - len(_AR_CLOSE_MASDAR) <= 2
        if not masdar and (pre or stem not in _AR_CLOSE_FORMS):
            continue
        reach = _ar_reach(toks, i, 5)
        if reach:  # (round 47) a quantifier in reach widens it by its length
            reach += _ar_reach(toks, reach[-1], max(_ar_quantifier_len(toks, k) for k in reach))
        if reach and _ar_w(toks[reach[0]]).startswith(_AR_RIOTERS):
            continue  # «أغلق المتظاهرون الطريق»: the protest light verb's
        if info[i][0] and any(e.type == "PROTEST" for k in reach for e in info[k][0]):
            continue
        if any(_ar_w(toks[k]) in _AR_PRETEXT for k in range(max(0, i - 4), i)):
            continue  # «بحجة أن مصر أغلقت معبر رفح»: a pretext tells a claim, not a closure
        key = _AR_CLOSE_MASDAR
        if masdar and i > 0 and _unprep(_ar_w(toks[i - 1])).startswith(_AR_DECISION):
            key = "~" + _AR_CLOSE_MASDAR  # «قراره إغلاق محطة»: told only (``extract._AR_TOLD_ONLY_KEYS``)
        if masdar and stem != _AR_CLOSE_MASDAR:
            reach = list(range(max(0, i - 6), i))
        if any(_ar_w(toks[k]) in _AR_MARKET for k in reach):
            continue  # (round 47) «أغلق المؤشر في المركز الثالث»: a market's close, مركز a rank
        mission = any(_ar_place_word(toks[k], _AR_MISSIONS) for k in reach)
        if not mission and not any(_ar_place_word(toks[k], _AR_CLOSED_PLACES) for k in reach):
            continue
        typ = "SANCTION" if mission else "COERCE"
        if masdar:
            info[i] = ([Entry(typ, None, "noun")], False, key)
        else:
            info[i] = _ar_verb_hit(typ, stem, fut)


# (round 43) acceptance: the verb قبل / يقبل in its persons («لن تقبل»، «قبلت بنتائج»، «لا نقبل»، «ستقبل») and the
# masdars قبول / تقبل (with ب / ل / ال and a pronoun: «بقبول اتفاق»، «قبولها للاتفاقيات») are an AGREE event, as
# the gold of nine tuning sets types them. قبل alone is "before", «من قبل» "by" and قبله / قبلها / قبلنا "before
# him / it / us": the forms without a subject ending other than ت / وا are left out, and so is every form after
# من. «يقبل على» (turns to), «تقبل الله»، «تقبل التعازي»، «لاقى قبولا» and university admission («القبول في
# الجامعة»، «قبول الطلاب») name no agreement.
def _ar_accept_forms() -> frozenset[str]:
    forms = _ar_verb_form_set("قبل", "يقبل")
    past = normalize("قبل")
    # the past with no subject ending (قبل، قبله، قبلها ...), the dual قبلا ("previously") and قبلنا / قبلكم
    # ("before us / you") are written as the preposition قبل with a pronoun
    keep = {f for f in forms if not f.startswith(past) or f[len(past) :].startswith(("ت", "وا", "و"))}
    return frozenset(keep - F._n("قبلتم قبلتن قبلتما"))


_AR_ACCEPT_FORMS = _ar_accept_forms()
_AR_ACCEPT_MASDARS = F._n("قبول تقبل")
_AR_TAQABBUL = normalize("تقبل")
_AR_ACCEPT_RX = re.compile("قبل|قبول")  # letters of every form and masdar
_AR_ACCEPT_NOT_NEXT = F._n(
    "على عليه عليها عليهم الله التعازي العزاء تعازي عزاء التهاني تهاني التبريكات الهدايا هدايا"
)
_AR_ON_TURN = F._n("على عليه عليها عليهم")
_AR_ADMISSION = F._n(
    "طلاب الطلاب طالب الطالب طالبات الطالبات طلبات الطلبات المتقدمين المتقدمات متقدمين جامعة الجامعة "
    "جامعات الجامعات الجامعية كلية الكلية عمادة القبول"
)


_AR_NEG = F._n("لا لم لن ليس ليست")
_AR_THAT = F._n("ان أن إن")


def _ar_in_negated_content(toks: list, i: int) -> bool:
    """The word at i stands in an أن / إن clause (at most five words after it, no punctuation between) whose
    governing verb is negated with words between that verb and the أن (لا / لم / لن / ليس three or four words
    before it: «لا يعني على الإطلاق أن حركة حماس قبلت»، «لا يمكن من جهتها أن تقبل»): the negation is not carried
    past them to the clause's verb, which would be read positive. A head right before أن («لا يمكن أن
    يقبلوا») carries it and is left alone."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if normalize(toks[k].text) in _AR_THAT:
            if k >= 2 and normalize(toks[k - 2].text) in _AR_NEG:
                return False
            return any(normalize(toks[j].text) in _AR_NEG for j in range(max(0, k - 4), k - 2))
    return False


def _ar_acceptance(toks: list, info: list) -> None:
    """(round 43) قبلت / قبلوا / يقبل / تقبل / نقبل / يقبلون / ستقبل ... (with و / ف) and the masdars قبول / تقبل
    (with ب / ل / ال or a pronoun) are an acceptance (AGREE): a verb for the finite forms, a noun for the
    masdars. None after من («من قبل»: by), none before على / الله / condolences («يقبل على»، «تقبل الله»،
    «تقبل التعازي»), none for the accusative قبولا («لاقى قبولا»), and none in a sentence about admission
    (students, a university, registration: «القبول في الجامعة»، «قبول الطلاب»)."""
    if not _ar_has_root(toks, _AR_ACCEPT_RX):
        return
    n = len(toks)
    admission = None
    for i, t in _ar_unread(toks, info):
        w = _bare(_ar_full(t))
        pre, stem = _ar_split_prefix(w)
        masdar = next(
            (m for m in _AR_ACCEPT_MASDARS if stem.startswith(m) and stem[len(m) :] in _AR_PLACE_PRON), None
        )
        if masdar == _AR_TAQABBUL and not pre:
            masdar = None  # «لن تقبل»، «تقبله»: the imperfect; the masdar تقبّل only with ب / ل / ال («بتقبل»)
        fut = False
        if masdar is None:
            if pre or normalize(t.prefix).lstrip("وف"):
                continue
            stem, fut = _ar_future(stem, _AR_ACCEPT_FORMS)
            if stem not in _AR_ACCEPT_FORMS:
                continue
        if i > 0 and _ar_w(toks[i - 1]) in F._n("من"):
            continue
        nxt = _ar_full(toks[i + 1]) if i + 1 < n and toks[i + 1].kind == "ar" else ""
        if nxt in _AR_ACCEPT_NOT_NEXT or _bare(nxt) in _AR_ACCEPT_NOT_NEXT:
            continue
        if masdar is None and any(
            _ar_full(toks[k]) in _AR_ON_TURN
            for k in takewhile(lambda k: toks[k].text not in F.PUNCT_BOUNDARY, range(i + 1, min(n, i + 4)))
        ):
            continue  # «ويقبل الشباب على التطوع»: أقبل على (turns to), its subject between
        if admission is None:
            admission = any(
                _ar_w(x) in _AR_ADMISSION or _ar_full(x) in _AR_ADMISSION for x in toks if x.kind == "ar"
            )
        if admission:
            continue
        if masdar is not None:
            # told only (``extract._AR_TOLD_ONLY_KEYS``): an acceptance sought, refused or doubted is what the
            # masdar tells («لإقناع مؤسساتها بقبول الاتفاقية»: planned); a plainly asserted reading is left out
            info[i] = ([Entry("AGREE", None, "noun")], False, "~" + masdar)
        elif _ar_in_negated_content(toks, i):
            continue  # «لا يعني على الإطلاق أن حركة حماس قبلت»: not read here
        else:
            info[i] = _ar_verb_hit("AGREE", stem, fut)


# (round 43) casualties: «سقوط قتلى / ضحايا / جرحى» (the masdar سقوط with a casualty noun after it: ASSAULT at
# سقوط, as the protest gold marks it), «سقطوا قتلى»، «سقط متظاهر قتيلاً» and «عدد / أعداد / حصيلة القتلى» (ASSAULT
# at the casualty noun, as the older splits mark it). سقط alone (a regime, a plane, rain falling) is no event.
def _ar_fall_forms() -> frozenset[str]:
    return frozenset(f for f in _ar_verb_form_set("سقط", "يسقط") if f[-1:] not in "هاي")


_AR_FALL_FORMS = _ar_fall_forms() | F._n("سقطوا سقطا سقطت")
_AR_FALL_MASDAR = normalize("سقوط")
_AR_CASUALTY_RX = re.compile("سقط|سقوط|قتلي|قتيل")
_AR_CASUALTIES = F._n("قتلى قتيل قتيلا قتيلاً قتيلان قتيلين ضحايا ضحية جرحى شهداء شهيد شهيدا")
_AR_KILLED = F._n("قتلى قتيل قتيلا قتيلاً قتيلان قتيلين")
_AR_TOLL = F._n("عدد أعداد حصيلة")
_AR_CASUALTY_NEAR = 15  # words: the attack words of the tuning sets' casualty sentences stood 4 to 14 away


def _ar_casualty_noun(tok) -> bool:
    w = _ar_w(tok)
    return w in _AR_CASUALTIES or _bare(tok.norm) in _AR_CASUALTIES


def _ar_casualties(toks: list, info: list) -> None:
    """(round 43) The masdar سقوط (بسقوط، وسقوط) with a casualty noun (قتلى، ضحايا، جرحى، شهداء) at most three
    words after it, a number or «عشرات / عدد من» between, before any punctuation: an ASSAULT noun at سقوط. A
    finite سقط / سقطوا / يسقط with a killed noun (قتلى، قتيلا) at most three words after it, and «عدد / أعداد /
    حصيلة القتلى» (قتلى with or without ال): an ASSAULT noun at the killed noun. Nothing else is read: «سقوط
    النظام»، «سقط المطر»، «عدد الضحايا» (of any accident) make none."""
    if not _ar_has_root(toks, _AR_CASUALTY_RX):
        return
    n = len(toks)
    # the casualties of an attack, a clash or a blast named near them are that event's: its word is the trigger
    # (a casualty event of its own took the attack's word into one merged event: dev's «سقط عدد من القتلى ... في
    # هجوم»، pD's «سقط 4 قتلى ... في مواجهات»); an injury («وقوع إصابة») is no such event
    attack = ar_attack_positions(info)
    for i, t in enumerate(toks):
        if t.kind != "ar":
            continue
        w = _bare(_ar_full(t))
        stem = w[1:] if w[:1] in "بل" and len(w) > 4 else w
        if any(abs(k - i) <= _AR_CASUALTY_NEAR for k in attack):
            continue
        if stem == _AR_FALL_MASDAR or (not normalize(t.prefix).lstrip("وف") and stem in _AR_FALL_FORMS):
            verb = stem != _AR_FALL_MASDAR
            for k in range(i + 1, min(n, i + 4)):
                if toks[k].text in F.PUNCT_BOUNDARY:
                    break
                if verb and _ar_w(toks[k]) in _AR_KILLED and not info[k][0]:
                    info[k] = ([Entry("ASSAULT", None, "noun")], False, "~قتلي")
                    break
                if not verb and _ar_casualty_noun(toks[k]):
                    if not info[i][0]:
                        info[i] = ([Entry("ASSAULT", None, "noun")], False, "~سقوط")
                    break
        elif _ar_w(t) in _AR_TOLL and i + 1 < n and not info[i + 1][0] and _ar_w(toks[i + 1]) in _AR_KILLED:
            info[i + 1] = ([Entry("ASSAULT", None, "noun")], False, "~قتلي")



# (round 40) backing named by who gives it or by what it is: «الدعم السعودي / الإيراني / الدولي» (SUPPORT, as the
# gold of test6, test15 and anercorp_A types it), «الدعم المالي / الاستشاري» (AID, as dev3 and test18)
_AR_BACKING = F._n("دعم")
_AR_BACKING_WHO = F._n(
    "السعودي الإيراني الايراني الأمريكي الأميركي الامريكي الاميركي الروسي الدولي العربي الخليجي التركي القطري "
    "الإماراتي الاماراتي المصري الغربي الأوروبي الاوروبي السوري الصيني الفرنسي البريطاني الشعبي"
)
_AR_BACKING_WHAT = F._n("المالي الاستشاري اللوجستي العسكري الإنساني الانساني الاقتصادي")


def _ar_backing(toks: list, info: list) -> None:
    """(round 40) The weak noun الدعم (with its article) followed by the adjective of a country, of the
    international community or of the people is support told (SUPPORT: «المساندة والدعم السعودي لإرادتهم»); by the
    adjective of money, advice, logistics, arms or relief it is aid (AID: «بتقديم الدعم المالي السريع»)."""
    n = len(toks)
    for i, t in enumerate(toks[:-1]):
        if t.kind != "ar" or not info[i][0] or any(e.kind != "weak" for e in info[i][0]):
            continue
        if _bare(info[i][2].lstrip("+~")) not in _AR_BACKING or not _ar_full(t).endswith("الدعم"):
            continue
        nxt = _ar_full(toks[i + 1]) if i + 1 < n else ""
        if nxt in _AR_BACKING_WHO:
            info[i] = ([Entry("SUPPORT", None, "noun")], False, info[i][2])
        elif nxt in _AR_BACKING_WHAT:
            info[i] = ([Entry("AID", None, "noun")], False, info[i][2])


# (round 42) a political settlement: the weak AGREE noun تسوية is a noun where its kind or what it settles is
# named («البحث عن تسوية سياسية»، «لإيجاد تسوية لأزمة القرار»، «لتسوية الوضع»), or the definite التسوية stands
# alone before a place, a cause or the clause's end («لإنجاز التسوية في لبنان»، «فشل التسوية بسبب»). «تسوية
# الأوضاع / المخالفات / الديون» (a status or a debt settled) and «التسوية المالية» stay weak.
_AR_SETTLEMENT = F._n("تسوية")
_AR_SETTLEMENT_KIND = F._n("سياسية سلمية شاملة عادلة السياسية السلمية الشاملة العادلة")
_AR_SETTLED = F._n(
    "الوضع الأزمة النزاع الصراع الخلاف الخلافات القضية المسألة لأزمة للأزمة للوضع للنزاع للصراع للقضية "
    "للخلاف للخلافات للمسألة"
)
_AR_SETTLEMENT_NEXT = F._n("في بين مع بسبب حول")


def _ar_settlement(toks: list, info: list) -> None:
    """(round 42) The weak noun تسوية (AGREE) is a noun before سياسية / سلمية / شاملة / عادلة or before the
    conflict it settles (الوضع، الأزمة، النزاع، «لأزمة»); the definite التسوية also before في / بين / مع / بسبب /
    حول or punctuation. Told only (``extract._AR_TOLD_ONLY_KEYS``): a settlement sought, planned or failed is what
    these sentences tell, so a plainly asserted reading is left out."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or not info[i][0] or any(e.kind != "weak" for e in info[i][0]):
            continue
        if _bare(info[i][2].lstrip("+~")) not in _AR_SETTLEMENT:
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        w = _ar_w(t)
        definite = _bare(_ar_full(t)).lstrip("بل").startswith("ال") or _ar_full(t).startswith("لل")
        ok = nxt is not None and (_ar_full(nxt) in _AR_SETTLEMENT_KIND or _ar_full(nxt) in _AR_SETTLED)
        if not ok and definite and w in _AR_SETTLEMENT:
            ok = nxt is None or nxt.text in F.PUNCT_BOUNDARY or _ar_full(nxt) in _AR_SETTLEMENT_NEXT
        if ok:
            info[i] = ([Entry("AGREE", None, "noun")], False, "~تسويه")


# (round 40) telecommunications, not contacts: the words around «الاتصالات» that name the sector, a ministry,
# a company, a network or its outage («وزارة الاتصالات»، «شركة الاتصالات السعودية»، «انقطاع الاتصالات»)
_AR_TELECOM_BEFORE = F._n(
    "وزارة وزير وزيرة وزراء شركة شركات مجموعة قطاع قطاعات هيئة هيئات تقنية تكنولوجيا شبكة شبكات خدمات خدمة "
    "أبراج برج مجال سوق أسواق أنظمة نظام أجهزة جهاز معدات كابلات وسائل انقطاع قطع تعطل تعطيل تنصت التنصت "
    "مراقبة اعتراض مشغلي مشغل المعلومات والمعلومات البريد والبريد الكهرباء والكهرباء والاتصالات"
)
_AR_TELECOM_AFTER = F._n(
    "السعودية المتنقلة اللاسلكية السلكية الفضائية الهاتفية والمعلومات وتقنية وتكنولوجيا والإنترنت والانترنت "
    "الإنترنت الانترنت والبريد والنقل والطاقة والكهرباء الإماراتية الإمارات المغرب مصر قطر الهاتف المحمول "
    "الخلوية والتقنية والإعلام"
)
_AR_CONTACTS = F._n("اتصالات")
_AR_MORE = F._n("المزيد مزيد")  # «منتظرة المزيد من الاتصالات»: more contacts awaited, none told


def _ar_contacts_sense(toks: list, info: list) -> None:
    """(round 40) The noun اتصالات is contacts (CONSULT: «كشفت عن اتصالات بين الحركة والجيش»، «تواصل اتصالاتها
    مع»، «الاتصالات الجارية لإيجاد تسوية»), as the gold of test10, test11, test15, anercorp_A and protest_B..D
    types it, except where the sector, a ministry, a company, a network or its outage is named within two
    words before it or right after it («وزارة الاتصالات»، «قطاع الاتصالات»، «الاتصالات السعودية»، «انقطاع
    الاتصالات»), or more contacts are awaited or asked for («المزيد من الاتصالات»): then it makes no event."""
    n = len(toks)
    for i, t in enumerate(toks):
        key = ar_lexicon_key(info, i) if t.kind == "ar" else ""
        if key not in _AR_CONTACTS:
            continue
        before = {_unprep(_ar_full(toks[k])) for k in range(max(0, i - 2), i)} | {
            normalize(toks[k].text) for k in range(max(0, i - 2), i)
        }
        after = {_ar_full(toks[k]) for k in range(i + 1, min(n, i + 3))} | {
            normalize(toks[k].text) for k in range(i + 1, min(n, i + 3))
        }
        after_forms = after | {x[2:] for x in after if x.startswith("ال")}
        more = i > 1 and normalize(toks[i - 1].text) == "من" and _ar_full(toks[i - 2]) in _AR_MORE
        if before & _AR_TELECOM_BEFORE or after_forms & _AR_TELECOM_AFTER or more:
            info[i] = ([], False, "")


# (round 40) a coup (COERCE, as the gold of anercorp_B and protest_B..C types it): «انقلاب عسكري»، «قادة الانقلاب»،
# «السعي للانقلاب على»، «انقلاب 1952»; otherwise («انقلاب شاحنة»، «انقلاب في المواقف») no event
_AR_COUP = F._n("انقلاب")
_AR_COUP_NEXT = F._n("عسكري العسكري عسكريا على عليه عليها عليهم")
_AR_COUP_PREV = F._n("قادة قائد قائدا زعيم زعماء منفذي منفذو مدبري مدبرو")


def _ar_coup_sense(toks: list, info: list) -> None:
    """(round 40) The noun انقلاب is a coup (COERCE) only with «عسكري» or «على» right after it, a year right after
    it, or a leader or plotter right before it («قادة الانقلاب»); a vehicle overturned («انقلاب شاحنة») or a
    reversal («انقلاب في المواقف») makes no event."""
    n = len(toks)
    for i, t in enumerate(toks):
        key = ar_lexicon_key(info, i) if t.kind == "ar" else ""
        if key not in _AR_COUP:
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        ok = nxt is not None and (
            _ar_full(nxt) in _AR_COUP_NEXT
            or normalize(nxt.text) in _AR_COUP_NEXT
            or (nxt.text.isdigit() and len(nxt.text) == 4)
        )
        if not ok and i > 0:
            ok = _ar_full(toks[i - 1]) in _AR_COUP_PREV
        if not ok:
            info[i] = ([], False, "")


# (round 40) a confrontation (ASSAULT, as the gold of anercorp_A/B and protest_C..D types it) between two sides
# or with one: «المواجهة بين المتظاهرين ورجال الشرطة»، «المواجهة الدامية بين»، «لمواجهة مع إسرائيل»
_AR_FACE_OFF = F._n("مواجهة")
_AR_FACE_OFF_NEXT = F._n("بين مع")
_AR_FACE_OFF_ADJ = F._n(
    "الدامية دامية المسلحة مسلحة العسكرية عسكرية العنيفة عنيفة الجديدة جديدة إضافية الإضافية المباشرة مباشرة"
)


def _ar_face_off_sense(toks: list, info: list) -> None:
    """(round 40) The noun مواجهة is a clash (ASSAULT) only with بين or مع right after it or after one adjective of
    its kind («المواجهة الدامية بين»، «مواجهة إضافية مع إسرائيل»), and not right after في («في مواجهة», facing,
    against) nor with a pronoun; otherwise («لمواجهة التحديات»، «مواجهة الإرهاب») it makes no event."""
    n = len(toks)
    for i, t in enumerate(toks):
        key = ar_lexicon_key(info, i) if t.kind == "ar" else ""
        if key not in _AR_FACE_OFF:
            continue
        k = i + 1
        if k < n and _ar_full(toks[k]) in _AR_FACE_OFF_ADJ:
            k += 1
        ok = k < n and _ar_full(toks[k]) in _AR_FACE_OFF_NEXT and t.norm.endswith("مواجهه")
        if ok and i > 0 and _ar_full(toks[i - 1]) == "في":
            ok = False
        if not ok:
            info[i] = ([], False, "")


# (round 52) an armed conflict named as a noun (ASSAULT, as war «حرب» is): «النزاع المسلح»، «نزاعا داميا»، «الصراع
# العسكري» (the gold of dev10 and dev11). Bare نزاع / صراع is mostly a dispute or a rivalry in the news («الصراع
# السياسي»، «صراع المصالح»، «منطقة النزاع»، «حل النزاعات»): read only with an adjective of arms or bloodshed right
# after it.
_AR_CONFLICT_NOUNS = F._n("نزاع صراع")
_AR_CONFLICT_ARMED = F._n(
    "المسلح مسلح مسلحا المسلحة مسلحة الدامي دامي داميا الدموي دموي دمويا العسكري عسكري عسكريا"
)


def _ar_armed_conflict(toks: list, info: list) -> None:
    """(round 52) نزاع / صراع (with ال, ب / ل, an indefinite -ا or a plural -ات) right before an adjective of arms or
    bloodshed (مسلح، دام، دموي، عسكري) is an armed conflict (ASSAULT noun); otherwise it makes no event."""
    n = len(toks)
    for i, t in enumerate(toks[:-1]):
        if t.kind != "ar" or info[i][0] or i + 1 >= n:
            continue
        w = _ar_w(t)
        stem = w[1:] if w[:1] in "بل" and len(w) > 4 else w
        stem = stem[2:] if stem.startswith("ال") else stem
        if stem.endswith("ات"):
            stem = stem[:-2]
        elif stem.endswith("ا") and len(stem) == 5:
            stem = stem[:-1]
        if stem not in _AR_CONFLICT_NOUNS:
            continue
        if _ar_full(toks[i + 1]) in _AR_CONFLICT_ARMED or normalize(toks[i + 1].text) in _AR_CONFLICT_ARMED:
            info[i] = ([Entry("ASSAULT", None, "noun")], False, "+" + stem)


# (round 52) a fine imposed (COERCE, as the gold of dev11 types «فرضت غرامة»، «تم فرض غرامات»): غرامة / غرامات at most
# three words after a form of the light verb فرض (the SANCTION light verb, which takes a COERCE noun as COERCE). Not
# a lexicon noun: a fine listed in a sentence or a law («السجن ... وغرامة») is no act, and a weak lexicon entry for it
# merged a second sentence of the same article away on fresh news (the first firing audit).
_AR_FINES = F._n("غرامة غرامات")


def _ar_fine_imposed(toks: list, info: list) -> None:
    """(round 52) غرامة / غرامات (with ال, و or ب / ل) within three words after the light verb فرض / فرضت / فرض
    (masdar) by its lexicon key: a weak COERCE noun, which that light verb takes («وفرضت عليه غرامة»)."""
    for i, t in _ar_unread(toks, info):
        w = _ar_w(t)
        if w not in _AR_FINES and _unprep(w) not in _AR_FINES:
            continue
        for k in range(i - 1, max(-1, i - 4), -1):
            if toks[k].text in F.PUNCT_BOUNDARY:
                break
            light = any(e.kind == "light" and e.type == "SANCTION" for e in info[k][0])
            if light and info[k][2].lstrip("+~").startswith("فرض"):
                info[i] = ([Entry("COERCE", None, "weak")], False, "+" + normalize("غرامة"))
                break


# (round 38) an injury (ASSAULT: أصيب، إصابة، إصابات) is no event when an illness or a feeling follows with ب
# the lexicon keys of an injury (``info[i][2]`` without its marks: «إصابتها» is looked up as اصابه)
AR_INJURY_KEYS = F._n("أصيب أصيبت أصيبوا أصيبا أصيبتا إصابة إصابات")
_AR_ILLNESS = F._n(
    "فيروس فايروس كورونا كوفيد مرض أمراض الأمراض المرض سرطان السرطان إنفلونزا الإنفلونزا انفلونزا الانفلونزا "
    "الإيدز إيدز عدوى العدوى التهاب بالتهاب جلطة الجلطة نوبة سكتة الحمى حمى الملاريا الكوليرا السكري "
    "الإحباط إحباط خيبة الخيبة صدمة الصدمة الذعر ذعر الهلع هلع الدهشة دهشة الذهول ذهول الشلل شلل الإعياء "
    "إعياء الإغماء إغماء الإرهاق إرهاق الاكتئاب اكتئاب التسمم تسمم العمى عمى"
)


# (round 38) the new nouns of injury and clashes told as absent or avoided («بلا صدامات»، «بدون وقوع إصابات»،
# «لتجنب إصابة متظاهرين»): the rules read them as positive; they are left out (no event, no leak)
_AR_WITHOUT = F._n("بلا دون بدون ودون وبدون تجنب لتجنب وتجنب تفادي لتفادي")
_AR_OCCURRENCE = F._n("وقوع حدوث سقوط تسجيل")
_AR_CLASHES = F._n("صدامات")
_AR_WAS_FUT = frozenset(w for w in _AR_WAS if not w.startswith("و"))  # كان، كانت، كانوا as written alone


# (round 39) what follows the masdar ضرب in its idioms: «الضرب بعرض الحائط» (disregard), «ضرب موعد / مثل»
_AR_STRIKE_IDIOM = F._n("عرض بعرض موعد موعدا مثل مثلا المثل الامثال الرقم رقما")
# striking plans or efforts is foiling them («بضرب مخططاتهم قبل تنفيذها»), no beating
_AR_STRIKE_PLANS = ("مخطط", "خطط", "مشروع", "مشاريع", "مساعي", "جهود")


def _ar_strike_sense(toks: list, info: list) -> None:
    """(round 39) The masdar ضرب (kind m) with an idiom's word right after it («الضرب بعرض الحائط»، «بضرب
    موعد») or with plans or efforts as its object («بضرب مخططاتهم»: foiled) is no beating: the word makes no
    event."""
    for i, t in enumerate(toks[:-1]):
        if t.kind == "ar" and info[i][0] and info[i][2].lstrip("+~") == "ضرب":
            nxt = normalize(toks[i + 1].text)
            nxt = nxt[2:] if nxt.startswith("ال") else nxt
            if nxt in _AR_STRIKE_IDIOM or nxt.startswith(_AR_STRIKE_PLANS):
                info[i] = ([], False, "")


# (round 39) what an ending (إنهاء) must end to be a RETREAT: a conflict, an occupation, a siege, a presence
_AR_ENDED = F._n(
    "احتلال حرب حصار تمرد وجود صراع نزاع قتال اقتتال عنف انقسام ازمه اضراب اعتصام عمليات العدوان عدوان"
)


def _ar_ending_sense(toks: list, info: list) -> None:
    """(round 39) The noun إنهاء is an event (RETREAT) only with a conflict, an occupation, a siege or a
    presence at most three words after it, with no punctuation between («إنهاء الاحتلال»، «إنهاء "فوري
    للحصار"»، «إنهاء وجود القوات»); otherwise («إنهاء الإجراءات»، «إنهاء خدمته») it makes no event."""
    n = len(toks)
    for i, t in enumerate(toks):
        if not (t.kind == "ar" and info[i][0] and info[i][2].lstrip("+~") == "انهاء"):
            continue
        ok = False
        for k in range(i + 1, min(n, i + 4)):
            w = normalize(toks[k].text)
            if toks[k].text in F.PUNCT_BOUNDARY and toks[k].text not in '«»"“”':
                break
            forms = {w} | {w[len(p) :] for p in ("وال", "بال", "لل", "ال", "ل", "و") if w.startswith(p)}
            if forms & _AR_ENDED:
                ok = True
                break
        if not ok:
            info[i] = ([], False, "")


# (round 39) the words that make violence (عنف) acts: «أعمال عنف»، «أحداث العنف»، «استخدام العنف»
_AR_VIOLENCE_ACTS = F._n("اعمال احداث استخدام استخدم استخدمت استخدموا موجه موجات")
# portents of violence (no acts yet): «نذر أعمال عنف»، «بوادر أعمال عنف»، «شبح أعمال العنف»
_AR_PORTENT = F._n("نذر بوادر شبح")


def _ar_violence_sense(toks: list, info: list) -> None:
    """(round 39) The noun عنف is an event (ASSAULT) only right after a word of acts or of use («أعمال عنف»،
    «وقف أعمال العنف»، «استخدام العنف ضد»), and not after a portent («نذر أعمال عنف»); otherwise («نبذ
    العنف»، «ضد العنف») it makes no event."""
    for i, t in enumerate(toks):
        if not (t.kind == "ar" and info[i][0] and info[i][2].lstrip("+~") == "عنف"):
            continue
        prev = _bare(normalize(toks[i - 1].text)) if i > 0 and toks[i - 1].kind == "ar" else ""
        before = _bare(normalize(toks[i - 2].text)) if i > 1 else ""
        if prev not in _AR_VIOLENCE_ACTS or before in _AR_PORTENT:
            info[i] = ([], False, "")


# (round 39) what «استخدام» uses when it is an attack: force, bullets, violence (not a weapon or gas named
# with other acts: «باستخدام سلاح في عمليات القتل» lost the killing to the use)
_AR_FORCE = F._n("قوه رصاص عنف")

# (round 48) the verb استخدم / يستخدم in its persons with a weapon of a kind or bullets as its object: «استخدم
# المتظاهرين الأسلحة النارية ضد رجال الأمن»، «ربما استخدمت القوات الحكومية غاز الكلور»، «أن يكون الجيش قد استخدم
# أسلحة كيماوية»، «استخدمت القوى الأمنية الرصاص المطاطي» (ASSAULT, as the gold of protest_A and authored2, 3, 4
# types them)
_AR_USE_VERB = _ar_verb_form_set("استخدم", "يستخدم")
# bullets (not القوة: «استخدم الطلاب القوة الشرائية»; not العنف, an event of its own after the verb: «واستخدم
# العنف معهما», ``_ar_violence_sense``)
_AR_USED = F._n("رصاص")
# (one list for both readers: an earlier, shorter definition of the same name was dead, overridden by this one)
_AR_DENIAL = F._n("نفى نفت نفوا ينفي تنفي نافيا نافية")
# a weapon named by its kind: the noun and the adjective or the genitive right after it
_AR_WEAPON = F._n("أسلحة الأسلحة سلاح السلاح غاز الغاز غازات الغازات")
_AR_WEAPON_KIND = F._n(
    "كيماوية كيميائية الكيماوية الكيميائية كيماوي كيميائي الكيماوي الكيميائي نارية النارية الكلور السارين "
    "الأعصاب الخردل محرمة المحرمة"
)


def _ar_used_weapon(toks: list, info: list, i: int, w: str) -> None:
    """The verb استخدم at ``i`` with bullets or a weapon of a kind at most five words on (the
    subject may stand between), before any punctuation: an attack (ASSAULT). Not after a denial in the sentence:
    «نفى قائد الجيش ... في خطاب ألقاه أمام جنوده أن يكون الجيش قد استخدم أسلحة كيماوية» (authored3) came out
    positive / asserted, the denial too far for the negation to reach it (a leak)."""
    if any(_bare(toks[k].norm) in _AR_DENIAL for k in range(i)):
        return
    for k in range(i + 1, min(len(toks), i + 6)):
        attack = any(e.type == "ASSAULT" and e.kind != "weak" for e in info[k][0])
        if toks[k].text in F.PUNCT_BOUNDARY or attack:
            return  # an attack named before the weapon is the event («ويستخدم الجيش في الهجوم أسلحة محرمة»)
        x = normalize(toks[k].text)
        forms = {x} | {x[len(p) :] for p in ("بال", "لل", "ال", "ب", "ل") if x.startswith(p)}
        weapon = x in _AR_WEAPON and k + 1 < len(toks) and normalize(toks[k + 1].text) in _AR_WEAPON_KIND
        if forms & _AR_USED or weapon:
            info[i] = _ar_verb_hit("ASSAULT", w, False)
            return


def _ar_use_of_force(toks: list, info: list) -> None:
    """(round 39) The masdar استخدام with force, bullets or violence at most three words after
    it (no punctuation between: «استخدام القوة المفرطة ضد»، «استخدام السلطات العسكرية للعنف») is an attack
    (ASSAULT), as the gold of dev5, test15, anercorp_A/B and protest_A..C types it; right before العنف the
    violence noun names the act (``_ar_violence_sense``) and استخدام stays no event."""
    n = len(toks)
    for i, t in _ar_unread(toks, info):
        w = _bare(normalize(t.text))
        if not t.prefix and w in _AR_USE_VERB:
            _ar_used_weapon(toks, info, i, w)
            continue
        stem = next(
            (w[len(p) :] for p in ("بال", "لل", "ال", "ب", "ل", "") if w.startswith(p + "استخدام")), ""
        )
        if stem != "استخدام":
            continue
        for k in range(i + 1, min(n, i + 4)):
            if toks[k].text in F.PUNCT_BOUNDARY:
                break
            x = normalize(toks[k].text)
            forms = {x} | {x[len(p) :] for p in ("بال", "لل", "ال", "ب", "ل") if x.startswith(p)}
            if forms & _AR_FORCE:
                if not (k == i + 1 and "عنف" in forms):
                    info[i] = ([Entry("ASSAULT", None, "noun")], False, "استخدام")
                break


def _ar_injury_sense(toks: list, info: list) -> None:
    """(round 38) «أصيب بفيروس كورونا»، «إصابة بالسرطان»، «أصيب بخيبة أمل»: an illness or a feeling named
    with ب within three words after an injury word (no punctuation between) makes the word no event; an
    injury or clashes right after a word of absence or avoidance (وقوع / حدوث may stand between) neither."""
    n = len(toks)
    for i, t in enumerate(toks):
        key = ar_lexicon_key(info, i) if t.kind == "ar" else ""
        if key not in AR_INJURY_KEYS and key not in _AR_CLASHES:
            continue
        j = i - 1
        occurrence = j > 0 and normalize(toks[j].text) in _AR_OCCURRENCE
        if occurrence:
            j -= 1
        if j >= 0 and normalize(toks[j].text) in _AR_WITHOUT:
            info[i] = ([], False, "")
            continue
        if occurrence and any(_ar_full(toks[k]) in _AR_DENIAL for k in range(max(0, i - 12), j)):
            info[i] = ([], False, "")  # «ونفى مصدر ... ما راج من معلومات عن حدوث إصابات»
            continue
        if any(
            normalize(toks[k].text) in _AR_WAS_FUT and normalize(toks[k + 1].text)[:2] in ("ست", "سي")
            for k in range(i + 1, min(n - 1, i + 5))
        ):
            info[i] = ([], False, "")  # «الصدامات مع الشرطة كانت ستتحول الى حمامات دم»: unreal
            continue
        if key in _AR_CLASHES:
            continue
        for k in range(i + 1, min(n, i + 4)):
            if toks[k].text in F.PUNCT_BOUNDARY:
                break
            w = _ar_full(toks[k])
            if w.startswith("ب") and (w[1:] in _AR_ILLNESS or _unprep(w) in _AR_ILLNESS):
                info[i] = ([], False, "")
                break


# (round 22) a munition fired or dropped (ASSAULT), a death sentence carried out (COERCE) and blame laid on
# someone (ACCUSE); see _ar_object_senses (named _ar_round22 until the split of extract.py)
_AR_FIRE = F._n(
    "أطلق أطلقت أطلقوا أطلقا يطلق تطلق يطلقون أطلقه أطلقها أطلقهما أطلقوها إطلاق ألقى ألقت ألقوا ألقيا "
    "يلقي تلقي يلقون ألقاها ألقاه إلقاء أسقط أسقطت أسقطوا أسقطا"
    # (round 48) the plural / dual after لن / لم / أن: «لن يطلقوا الرصاص الحي على المتظاهرين»
    " يطلقوا تطلقوا يطلقا تطلقا"
)

# munitions the lexicon has no entry for (قذائف، صواريخ، النار are weak nouns a light verb already takes)
_AR_MUNITIONS_NEW = F._n(
    "ذخائر ذخيرة أعيرة عيارات رصاص رصاصة رصاصات رصاصتين نيران قنبلة قنابل قنبلتين براميل برميل"
    " رصاصا طلقات"  # (round 41) «أطلقت رصاصاً على المتظاهرين»، «إطلاق طلقات تحذيرية»
    " خرطوش"  # (round 48) buckshot: «أطلقت الخرطوش على المحتجين»
)

_AR_MUNITIONS = _AR_MUNITIONS_NEW | F._n("قذائف قذيفة صواريخ صاروخ صاروخا")

_AR_FIRE_MASDAR = F._n("إطلاق إلقاء")

_AR_EXECUTE = F._n("تنفيذ نفذ نفذت نفذوا ينفذ تنفذ ستنفذ سينفذ")

_AR_VERDICT = F._n("حكم حكما الحكم أحكام الأحكام")

_AR_DEATH_PENALTY = F._n("القتل الإعدام الاعدام بالإعدام بالاعدام القصاص بالقتل")

_AR_BLAME = F._n("حمل حملت حملوا حملا")

_AR_CAST = F._n("ألقى ألقت ألقوا يلقي تلقي يلقون")

# held in detention, as an indefinite participle («شاهد 450 محتجزا»، «كانوا محتجزين في مراكز»، «عائلة
# محتجزة من قبل التنظيم»); «المحتجزين» (the detainees) names people, no detention told
_AR_DETAINED = F._n("محتجز محتجزا محتجزة محتجزين محتجزون محتجزات محتجزتين")

_AR_RESPONSIBILITY = F._n("المسؤولية مسؤولية المسئولية مسئولية بالمسؤولية")


def _ar_w(tok) -> str:
    """The word as `_ar_full` reads it, without a leading و / ف left on it and without ال («والذخائر»)."""
    w = _bare(_ar_full(tok))
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _ar_munition(tok, words: frozenset[str]) -> bool:
    """A munition word, also after ب / ل («برصاص»، «بقذائف»; «براميل» keeps its ب)."""
    w = _ar_w(tok)
    return w in words or _unprep(w) in words


def _ar_object_senses(toks: list, info: list, phrase_span: dict[int, int]) -> None:
    """(round 22) Event words whose sense their object fixes, written into the lexicon hits in place.

    A verb or masdar of firing or dropping (أطلق، ألقى، أسقط، إطلاق، إلقاء) with a munition at most four words
    after it («أطلقت هذه القوات ذخائر»، «ألقى الجيش عددا كبيرا من البراميل»), or at most three words before
    it when nothing after it is an attack noun («الرصاصة أطلقها مجهول»، «بقذائف مدفعية أطلقها الجيش»), is an
    attack (ASSAULT); without a munition أطلق stays the light verb of a release or a launch.

    تنفيذ / نفذ with a sentence of death at most four words after it («تم تنفيذ حكم القتل قصاصاً»، «نفذت
    وزارة الداخلية أمس حكم القتل»، «ولم ينفذ أي حكم بالاعدام») is an execution carried out (ASSAULT); its
    trigger reaches the penalty (the annotators mark تنفيذ, الإعدام or القتل), which is no event of its own.

    حمّل / ألقى with the responsibility after it and the party blamed between («وحملت السلطات التركية تنظيم
    داعش مسؤولية»، «ألقت مصر مسؤولية انعدام الأمن على») is blame (ACCUSE), unless an accusation verb after it
    tells the blame (the annotators mark that verb, which would be merged into the blame).

    An indefinite participle محتجز / محتجزين («شاهد 450 محتجزا») is a detention (COERCE)."""
    n = len(toks)

    def free(a: int, b: int, quotes: bool = False) -> bool:  # no punctuation in toks[a:b]
        return not any(
            toks[k].text in F.PUNCT_BOUNDARY and not (quotes and toks[k].text in '«»"“”') for k in range(a, b)
        )

    for i, t in enumerate(toks):
        if t.kind != "ar":
            continue
        w = _bare(_ar_full(t))
        if w not in _AR_FIRE and _unprep(w) in _AR_FIRE_MASDAR:
            w = _unprep(w)  # (round 41) the masdar after ب / ل: «قيام مسلحين بإطلاق النيران»
        imperfect = w[:1] in "يت"
        if w in _AR_FIRE:
            masdar = w in _AR_FIRE_MASDAR
            ahead = [k for k in range(i + 1, min(n, i + 5)) if free(i + 1, k + 1)]
            if any(_ar_munition(toks[k], _AR_MUNITIONS_NEW) for k in ahead) or (
                not any(e.type == "ASSAULT" for k in ahead for e in info[k][0])
                and any(
                    _ar_munition(toks[k], _AR_MUNITIONS) and free(k + 1, i) for k in range(max(0, i - 3), i)
                )
            ):
                kind = "noun" if masdar else "verb"
                info[i] = ([Entry("ASSAULT", None, kind, imperfect=imperfect and not masdar)], False, w)
                continue
        elif w in _AR_EXECUTE:
            for j in range(i + 1, min(n - 1, i + 5)):
                if not free(i + 1, j + 1):
                    break
                if _ar_w(toks[j]) in _AR_VERDICT or _bare(_ar_full(toks[j])) in _AR_VERDICT:
                    if _bare(_ar_full(toks[j + 1])) in _AR_DEATH_PENALTY:
                        kind = "noun" if w == normalize("تنفيذ") else "verb"
                        fut = w[:2] in ("سي", "ست")
                        # (round 28) an execution carried out is ASSAULT (the conv27 convention, CAMEO 1823)
                        info[i] = ([Entry("ASSAULT", None, kind, imperfect=imperfect or fut)], fut, w)
                        for k in range(i + 1, j + 2):
                            info[k] = ([], False, "")
                        phrase_span[i] = j + 1  # the trigger reaches the penalty: the gold marks either word
                    break
        if w in _AR_DETAINED and not info[i][0]:
            info[i] = ([Entry("COERCE", "arrest", "noun")], False, w)
        if w in _AR_BLAME or w in _AR_CAST:
            for j in range(i + 2, min(n, i + 8)):
                if not free(i + 1, j, quotes=True):
                    break
                if _bare(_ar_full(toks[j])) in _AR_RESPONSIBILITY:
                    if w in _AR_CAST and not any(
                        _ar_w(toks[k]) == normalize("على") for k in range(j + 1, min(n, j + 7))
                    ):
                        break
                    if any(_bare(toks[k].norm).startswith(_AR_ACCUSE_VERBS) for k in range(j + 1, n)):
                        break  # «حملت جهات ... مسؤولية الفشل، واتهموها بخوض الحرب»: the accusation tells it
                    info[i] = ([Entry("ACCUSE", None, "verb", imperfect=imperfect)], False, w)
                    break


_EN_BE = frozenset("was were been be being is are not".split())

_EN_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)

_EN_PERSON_OBJ = frozenset(
    "him her them me us his their my your our himself herself themselves wife husband son daughter child "
    "children baby girlfriend boyfriend mother father neighbor neighbour victim victims officer officers "
    "woman women man men girl girls boy boys motorist player players inmate inmates suspect suspects".split()
)


def _en_done_to_person(toks: list[Token], lows: list[str], i: int) -> bool:
    """The act at i is done to a person: a passive ("was not harmed", "were captured") or a person named within
    four words after it, before the clause ends (a pronoun, a people noun, a capitalised name)."""
    if i > 0 and lows[i - 1] in _EN_BE and not lows[i].endswith("ing"):
        return True  # "is hitting", "was drowning" are progressive, no passive
    for k in range(i + 1, min(len(toks), i + 5)):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if lows[k] in _EN_PERSON_OBJ or lows[k] in english_agents():
            return True
        if (
            toks[k].kind == "latin"
            and toks[k].text[:1].isupper()
            and lows[k] not in _EN_WEEKDAYS | _EN_MONTHS
        ):
            return True
    return False


def _visit_object(lows: list[str], toks: list[Token], i: int) -> str:
    """The head word after a visit verb, past determiners and adjectives: "visiting other cities"."""
    for k in range(i + 1, min(len(lows), i + 4)):
        w = lows[k]
        if w in ("the", "a", "an", "his", "her", "their", "its", "our", "my", "other", "some", "several"):
            continue
        return w if toks[k].text.islower() else ""
    return ""


# Words after "demonstration" that make it a showcase of a product or technique, not a protest.
_EN_SHOWCASE_NEXT = frozenset(
    "phase phases project projects plant plants model models flight flights unit units site sites program "
    "programme programs version video videos day days session sessions test tests stage".split()
)

# What a protest is "a demonstration of".
_EN_PROTEST_OF = frozenset("solidarity support anger protest opposition unity defiance outrage".split())


def _en_showcase(lows: list[str], i: int) -> bool:
    """ "demonstration" at ``i`` names a showcase (the demonstration phase, a demonstration of its new
    drone, gave a live demonstration), not a protest."""
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    if nxt in _EN_SHOWCASE_NEXT:
        return True
    if nxt == "of":
        return not set(lows[i + 2 : i + 4]) & _EN_PROTEST_OF
    before = lows[max(0, i - 3) : i]
    return bool(set(before) & {"give", "gave", "giving", "live", "technical", "product", "practical"})


_AR_PROJECTILES = F._n("صاروخ صاروخا صاروخين صاروخان صواريخ قذيفه قذيفتين قذائف")

_AR_SPACE = F._n("قمر قمرا اقمار الاقمار القمر الفضاء فضائي فضائيه مداره المدار")


def _ar_space_launch(toks: list[Token], info: list, j: int) -> bool:
    """A rocket launched into space is no attack: the projectile at j is followed, within eight words of its
    clause, by a satellite or space word («أطلقت الصين صاروخا يحمل قمرا صناعيا إلى الفضاء»)."""
    if _bare(info[j][2]) not in _AR_PROJECTILES:
        return False
    for k in range(j + 1, min(len(toks), j + 9)):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(toks[k].norm) in _AR_SPACE:
            return True
    return False


_AR_INTERCEPT = ("اعترض", "يعترض", "تعترض", "نعترض")

# what air defences intercept: missiles, shells, aircraft, drones (and the defences themselves as subject)
_AR_INTERCEPTED = F._n(
    "صاروخ صاروخا صاروخين صاروخان صواريخ قذيفه قذيفتين قذائف طائره طائرتين طائرات مسيره مسيرتين مسيرات "
    "مقذوف مقذوفا مقذوفات درون دفاعات دفاع منظومه منظومات القبه"
)


def _ar_interception(toks: list[Token], key: str, i: int) -> bool:
    """اعترض at i intercepts a projectile or aircraft: before على or the clause's end, within six words, a
    missile, shell, aircraft or drone (its object) or the air defences (its subject) is named."""
    if not _bare(key.lstrip("+~")).startswith(_AR_INTERCEPT):
        return False
    for k in range(i + 1, min(len(toks), i + 7)):
        w = _bare(toks[k].norm)
        if toks[k].text in F.PUNCT_BOUNDARY or w in _AR_ON:
            return False
        if (w[2:] if w.startswith("ال") else w) in _AR_INTERCEPTED:
            return True
    return False


# (round 26) a light verb's masdar after ب / ل: the Form-I masdars spelled like the past verb (فرض، رفع، شن،
# نشر، حشد); after a preposition the word can only be the masdar, which the lexicon lookup (nouns only after
# ب, nouns or an imperfect after ل) never reached: «لفرض عقوبات»، «برفع الحصار»، «لشن عمليات عسكرية»
_AR_LIGHT_MASDARS = F._n("فرض رفع شن نشر حشد")
# a cheap test on the token's stem before its full form is built (the full form adds only proclitics)
_AR_LIGHT_MASDAR_RX = re.compile("|".join(sorted(_AR_LIGHT_MASDARS)))


def _ar_light_masdars(toks: list, info: list, light: dict[str, list[Entry]]) -> set[int]:
    """(round 26) A light verb's masdar after ب / ل whose event noun (the one a light verb would take) is at
    most three words after it takes the light verb's entries (its type comes from the noun, as for the verb);
    ``light`` maps each masdar to its light entries. Returns the masdars' indices: their triggers are nouns
    (a masdar tells no past act of its own: «طالب برفع الحصار» is the demand's object)."""
    out: set[int] = set()
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or info[i][0] or not _AR_LIGHT_MASDAR_RX.search(t.norm):
            continue
        w = _ar_full(t)
        if not (w[:1] in "بل" and w[1:] in _AR_LIGHT_MASDARS and light.get(w[1:])):
            continue
        types = {e.type for e in light[w[1:]]}
        pick = None  # the noun the assembly of a light verb would take (a strong one first, within 8 words)
        for j in range(i + 1, min(n, i + 8)):
            if toks[j].text in F.PUNCT_BOUNDARY:
                break
            kinds = {e.kind for e in info[j][0]}
            if "noun" in kinds:
                pick = j
                break
            if "weak" in kinds and pick is None:
                pick = j
                if any(e.type in types for e in info[j][0] if e.kind == "weak"):
                    break
        if pick is not None and pick - i <= 3:  # «برفع الجلسة ... وعدم إطلاق سراحه» reaches too far
            info[i] = (light[w[1:]], False, w[1:])
            out.add(i)
    return out


# (round 26) a halt to fighting (RETREAT/ceasefire): وقف with an adjective or ل between it and the attack noun
# («وقف فوري لإطلاق النار»، «وقف دائم لاطلاق النار»، «وقف النار»، «لوقف العدوان»، «وقف الاقتتال»); the bigram
# table reads only «وقف إطلاق النار» and «وقف القتال», so the attack noun became an attack of its own
_AR_HALT = F._n("وقف")

_AR_HALT_ADJ = F._n(
    "فوري فورا سريع دائم شامل كامل نهائي تام الفوري السريع الدائم الشامل الكامل النهائي التام"
)

_AR_FIGHTING = F._n("الاقتتال اقتتال النار نار")


def _ar_halt_adj(w: str) -> bool:
    """An adjective of manner after وقف, also after و («سريع وفوري»); not `_bare`, which takes فوري's ف."""
    return w in _AR_HALT_ADJ or (w[:1] == "و" and w[1:] in _AR_HALT_ADJ)


def _ar_ceasefire(toks: list, info: list, phrase_span: dict[int, int]) -> set[int]:
    """(round 26) وقف (also after ب / ل / و) followed, past at most two adjectives of manner (فوري، سريع
    وفوري، دائم), by an attack noun (ASSAULT in the lexicon, also with ل: «لإطلاق النار») or by النار /
    الاقتتال, is a halt to fighting (RETREAT). The trigger reaches the firing or the fighting named with it,
    which is no event of its own («وقف فوري لإطلاق النار»); another attack noun stays an event of its own
    («لوقف الاشتباكات»: the clashes go on). Returns the indices of a وقف after ب / ل (a complement, read as
    the light masdars are: see ``Extractor._ar_masdar_told``)."""
    n = len(toks)
    out: set[int] = set()
    for i, t in _ar_unread(toks, info):
        w = t.norm  # not _ar_full: its و / ف strip would take the word's own و
        if not (
            w in _AR_HALT or w[1:] in _AR_HALT and w[:1] in "وفبل" or w[2:] in _AR_HALT and w[1:2] in "بل"
        ):
            continue
        j = i + 1
        while j < min(n, i + 4) and not info[j][0] and _ar_halt_adj(toks[j].norm):
            j += 1
        if j >= n or toks[j].kind != "ar":
            continue
        nw = _ar_w(toks[j])
        assault = any(e.type == "ASSAULT" and e.kind == "noun" for e in info[j][0])
        if not (assault or nw in _AR_FIGHTING or _unprep(nw) in _AR_FIGHTING):
            continue
        info[i] = ([Entry("RETREAT", "ceasefire", "noun")], False, "وقف")
        if w != "وقف":
            out.add(i)
        fire = _unprep(nw) in _AR_FIGHTING or nw in _AR_FIGHTING or _ar_w(toks[j]).endswith("اطلاق")
        if not fire:
            continue  # «لوقف الاشتباكات»: the clashes go on, an event of their own (the gold marks either)
        end = phrase_span.pop(j, j)
        for k in range(i + 1, end + 1):
            info[k] = ([], False, "")
        phrase_span[i] = end
    return out


# (round 26) a place liberated or retaken (ASSAULT): تحرير with a named place after it or with the party it is
# taken from («تحرير عدن»، «تحرير أبين وتعز ... من الانقلابيين»، «بعد تحريرها من الميليشيات»), استعاد /
# استعادة with control, a place or the party it is taken from («استعادت القوات ... السيطرة عليها»، «لاستعادة
# المزيد من الاراضي»، «استعادتها من قبضة الانقلابيين»)
_AR_FREE_PRON = F._n(
    "تحريرها تحريره تحريرهم تحريرهما لتحريرها لتحريره لتحريرهم "
    # (round 46) the definite masdar and a land purged (تطهير), read only with «من» + the occupier after them
    # («عمليات التحرير لبلدات المحافظة من المليشيات»، «دعم اليمن وتطهيره من الحوثيين»)
    "التحرير تطهير لتطهير تطهيرها تطهيره لتطهيرها لتطهيره"
)
_AR_DEFINITE_LIBERATION = F._n("التحرير")
# (code round 64) the heads whose «التحرير» is an editor's office or a square's name («رئيس التحرير»، «ميدان
# التحرير»): bodies and rooms too, not the office nouns of ``offices``
_AR_DEFINITE_BLOCK = F._n("رئيس رئيسة مدير هيئة ميدان سكرتير مجلس أسرة فريق قسم")

# (round 46) «من يد / من أيدي / من قبضة» + the occupier («تحرير عدن من أيدي مليشيات الحوثي»)
_AR_HANDS = F._n("يد أيدي ايدي براثن")

_AR_RETAKE = F._n(
    "استعاد استعادت استعادوا استعادا يستعيد تستعيد يستعيدون نستعيد سيستعيد ستستعيد استعادة لاستعادة "
    "باستعادة استعادتها استعادته استعادتهم لاستعادتها"
)

_AR_RETAKE_MASDAR = F._n("استعادة لاستعادة باستعادة استعادتها استعادته استعادتهم لاستعادتها")

# every word of _AR_LIBERATION, _AR_FREE_PRON and _AR_RETAKE holds one of these stems (a cheap test on the
# token before its full form is built; tests/test_events_detection_round26.py checks the cover)
_AR_LIBERATION_RX = re.compile("حرير|ستعاد|ستعيد|طهير")

_AR_CONTROL = F._n("السيطرة سيطرتها سيطرته سيطرتهم")

_AR_OCCUPIER = F._n(
    "الميليشيات ميليشيات المليشيات مليشيات الحوثيين الحوثي الحوثية الانقلابيين الانقلابية المتمردين داعش "
    "قبضة سيطرة المسلحين الإرهابيين إرهابيي عناصر العناصر التنظيم الجماعة الاحتلال"
)


_AR_NAME_HEADS = F._n("جيش جبهة حركة هيئة منظمة مجلس لجنة شعبي")

_AR_PLAN = F._n("خطة خطط الخطة الخطط خطته خطتها")


def _ar_taken_from(toks: list, k: int, hands: bool) -> bool:
    """«من» at k with the party a place is taken from after it, with ``hands`` also past «يد / أيدي» (round
    46: «تحرير عدن من أيدي مليشيات الحوثي»)."""
    n = len(toks)
    if _ar_w(toks[k]) != "من" or k + 1 >= n:
        return False
    nxt = _bare(_ar_full(toks[k + 1]))
    if nxt in _AR_OCCUPIER:
        return True
    return hands and nxt in _AR_HANDS and k + 2 < n and _bare(_ar_full(toks[k + 2])) in _AR_OCCUPIER


def _ar_untold_masdar(toks: list, i: int) -> bool:
    """A liberation masdar whose time its clause tells where the factuality rules do not read it: the
    content of a plan before it («خطة تأمين عدن ... يشمل تحرير أبين») or a future verb after it whose
    subject it is («وأن استعادتها من قبضة الانقلابيين سيتم قريباً»); left as no event rather than asserted."""
    for k in range(i - 1, max(-1, i - 9), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        if _ar_w(toks[k]) in _AR_PLAN:
            return True
    for k in range(i + 1, len(toks)):
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        v = _bare(toks[k].norm)
        if v == "سوف" or (v[:2] in ("سي", "ست") and v[2:3] in ("ت", "ك", "ج") and len(v) >= 4):
            return True
    return False


def _ar_liberation(toks: list, info: list, places: set[int]) -> None:
    """(round 26) تحرير / لتحرير (not «بتحرير»: see ``_AR_LIBERATION``) with a place entity right after it or,
    also for تحريرها, «من» + the party the place is taken from at most eight words after it (no punctuation);
    استعاد / استعادة with «السيطرة», a place noun, a place entity or «من» + that party at most nine words after
    it: a liberation or a recapture of ground (ASSAULT, as the annotators type seizing or liberating ground).
    ``places`` holds the indices of the tokens a place entity (GPE, LOC, FAC) starts in."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or info[i][0] or not _AR_LIBERATION_RX.search(t.norm):
            continue
        w = _ar_full(t)
        free, retake = w in _AR_LIBERATION or w in _AR_FREE_PRON, w in _AR_RETAKE
        if not (free or retake):
            continue
        ahead = []
        for k in range(i + 1, min(n, i + (9 if free else 10))):
            if toks[k].text in F.PUNCT_BOUNDARY:
                break
            ahead.append(k)
        # (round 46) past «يد / أيدي» only for a masdar without ل: «بداية لتحرير كامل أراضي اليمن من يد
        # مليشيات» (dev6) came out asserted against planned gold, a leak
        taken_from = any(_ar_taken_from(toks, k, not w.startswith("ل")) for k in ahead)
        masdar = free or w in _AR_RETAKE_MASDAR
        if free:
            hit = taken_from or (w in _AR_LIBERATION and i + 1 in places)
        else:  # a verb's object may follow its subject; a masdar's follows it
            hit = taken_from or any(
                (k in places and (not masdar or k == i + 1))
                or _bare(_ar_full(toks[k])) in _AR_CONTROL
                or _ar_w(toks[k]) in _AR_PLACE_NOUNS
                or _unprep(_ar_w(toks[k])) in _AR_PLACE_NOUNS
                for k in (ahead[:2] if masdar else ahead)
            )
        if not hit or any(_ar_w(toks[k]) in _AR_NAME_HEADS for k in range(max(0, i - 2), i)):
            continue  # «الجيش الشعبي لتحرير السودان»، «هيئة تحرير الشام»: a name
        if free and w in _AR_DEFINITE_LIBERATION and i > 0 and _ar_w(toks[i - 1]) in _AR_DEFINITE_BLOCK:
            continue  # «رئيس التحرير»، «ميدان التحرير»
        if masdar and _ar_untold_masdar(toks, i):
            continue
        fut = w[:2] in ("سي", "ست")
        kind = "noun" if masdar else "verb"
        info[i] = ([Entry("ASSAULT", None, kind, imperfect=kind == "verb" and w[:1] in "يتن" or fut)], fut, w)


# (round 26) detention ordered by a court or a prosecutor (COERCE): «أمرت النيابة بحبس 24 متهما»، «قضت محكمة
# بحبس 17 ناشطا»، «صدر توجيه بتمديد حبس السائق»; حبس alone is also held back («حبس الأنفاس»)
_AR_DETAIN = F._n("حبس بحبس")

_AR_ORDER = F._n("أمر أمرت أمروا يأمر تأمر قضى قضت يقضي تقضي قرر قررت تمديد بتمديد")


def _ar_detention_ordered(toks: list, info: list) -> None:
    """(round 26) حبس / بحبس with a verb of ordering or ruling (or تمديد) at most three words before it."""
    for i, t in enumerate(toks):
        if t.kind != "ar" or info[i][0] or "حبس" not in t.norm or _ar_full(t) not in _AR_DETAIN:
            continue
        if any(_ar_full(toks[k]) in _AR_ORDER for k in range(max(0, i - 3), i)):
            info[i] = ([Entry("COERCE", None, "noun")], False, _ar_full(t))


# (round 27) English verbs that are PLOVER events only in a frame: "encourage / push X to <verb>" is a
# request (CAMEO 02), "has been training the opposition forces" military aid, "is funding two projects" aid
_EN_URGE_VERBS = frozenset("encourage encourages encouraged encouraging push pushes pushed pushing".split())

_EN_AUX = frozenset("is are was were be been being has have had will would 's".split())

_EN_NOT_INFINITIVE = frozenset(
    "the a an his her its their our my this that these those record new higher lower new all more "
    "some any one two three four five ten".split()
)

_EN_TRAINED = frozenset("train trains trained training".split())

_EN_TRAINEES = frozenset(
    "troops soldiers forces army police officers militia fighters rebels recruits".split()
)


_EN_ADDRESSEE_WORDS = frozenset(
    "him her them us me you his their our my its people residents citizens members officials government "
    "governments authorities countries nations states parties leaders voters businesses companies agencies "
    "sides everyone".split()
)


def _en_addressee(toks: list[Token], lows: list[str], m: int) -> bool:
    """(round 27) The word at m names someone who can be asked to act: a pronoun or possessive, a people
    noun, a capitalised name."""
    return (
        lows[m] in _EN_ADDRESSEE_WORDS
        or lows[m] in _EN_PERSON_OBJ
        or lows[m] in english_agents()
        or (toks[m].kind == "latin" and toks[m].text[:1].isupper())
    )


# (round 30) "work with" a public body or official is cooperation (CAMEO 04/06): "ready to work with state and
# federal entities", "were able to work collaboratively with Mayor Jackstadt"
_EN_WORK = frozenset("work works worked working".split())

_EN_PUBLIC_BODIES = frozenset(
    "state federal government governments authorities officials agencies entities ministry ministries council "
    "councils mayor governor trustees administration congress parliament lawmakers legislators police army "
    "military partners allies nations countries".split()
)


def _en_work_with(toks: list[Token], lows: list[str], i: int) -> bool:
    """(round 30) "work (closely / together / collaboratively) with" + a public body or official within
    five words, no punctuation between: "works with a tax attorney" is none. Not "a work with", "the work
    with" (the noun)."""
    if i > 0 and lows[i - 1] in ("a", "an", "the", "his", "her", "their", "its", "our", "this", "that"):
        return False
    k = i + 1
    if lows[k : k + 3] == ["hand", "in", "hand"]:
        k += 3
    elif k < len(lows) and (lows[k].endswith("ly") or lows[k] == "together"):
        k += 1
    if k >= len(lows) or lows[k] != "with":
        return False
    for m in range(k + 1, min(len(lows), k + 6)):
        if toks[m].text in F.PUNCT_BOUNDARY:
            return False
        if lows[m] in _EN_PUBLIC_BODIES:
            return True
    return False


# (round 31) "came under fire": armed fire (ASSAULT) when a modifier or the "from" after it names arms or an
# armed group; criticism (ACCUSE) when the fire is bare or only intense ("came under fire in the campaign")
_EN_COME = frozenset("come comes came coming".split())
_EN_ARMED_FIRE = frozenset(
    "enemy hostile rocket rockets mortar mortars artillery sniper gun machine-gun machinegun small-arms "
    "automatic tank missile missiles cannon anti-aircraft insurgent rebel militant army".split()
)
_EN_INTENSE_FIRE = frozenset(
    "heavy intense fierce sharp harsh strong renewed severe growing increasing".split()
)
_EN_ARMED_GROUPS = frozenset(
    "militants rebels insurgents gunmen troops soldiers forces army fighters snipers jihadists guerrillas "
    "taliban militia militias police".split()
)


def _en_under_fire(toks: list[Token], lows: list[str], i: int) -> Entry | None:
    """(round 31) "fire" at i after come / came + under, at most three modifiers between (no punctuation):
    ASSAULT when a modifier is armed ("came under intense enemy fire", "came under mortar fire") or "from"
    follows with an armed group within four words ("came under heavy fire from militants"); ACCUSE when
    the fire is bare or only intense and no armed group follows ("travels came under fire in the
    campaign", "came under heavy fire from critics"); None otherwise ("came under friendly fire")."""
    u = next((k for k in range(i - 1, max(-1, i - 7), -1) if lows[k] == "under"), -1)
    if u < 1 or lows[u - 1] not in _EN_COME:
        return None
    mods = [m for m in lows[u + 1 : i] if m != "-"]  # "machine-gun fire": the hyphen joins a modifier
    if len(mods) > 3 or any(
        toks[k].text in F.PUNCT_BOUNDARY and toks[k].text != "-" for k in range(u + 1, i)
    ):
        return None
    after = lows[i + 1 : i + 6]
    armed_from = bool(after[:1] == ["from"] and set(after[1:]) & _EN_ARMED_GROUPS)
    if any(m in _EN_ARMED_FIRE for m in mods) or armed_from:
        return Entry("ASSAULT", None, "verb")
    if all(m in _EN_INTENSE_FIRE for m in mods):
        return Entry("ACCUSE", None, "verb")
    return None


# (round 31) munitions dropped, laid or planted: "the army dropped cluster bombs", "the mines were laid by"
_EN_PLACE_VERBS = frozenset(
    "drop drops dropped dropping lay lays laid laying plant plants planted planting".split()
)
_EN_MUNITIONS = frozenset(
    "bomb bombs mines landmines land-mines explosives ieds grenades booby-traps barrel-bombs".split()
)
_EN_MUNITION_PRE = frozenset(
    "cluster barrel incendiary phosphorus anti-personnel anti-tank land the a an more".split()
)


def _en_munitions_placed(toks: list[Token], lows: list[str], i: int) -> bool:
    """(round 31) A verb of placing at i with munitions as its object or passive subject: "dropped cluster
    bombs", "laid mines", "planted a bomb" (at most two modifiers between: cluster, barrel, the, a ...), or
    "the mines were laid", "bombs had been dropped" (the munition noun right before were / was / had been /
    have been). "dropped the charges", "dropped leaflets" stay none."""
    if lows[i] not in _EN_PLACE_VERBS:
        return False
    k = i + 1
    while k < len(lows) and k - i <= 2 and lows[k] in _EN_MUNITION_PRE:
        k += 1
    if k < len(lows) and lows[k] in _EN_MUNITIONS:
        return True
    aux = (
        1
        if i > 0 and lows[i - 1] in ("was", "were")
        else 2
        if lows[max(0, i - 2) : i] in (["had", "been"], ["have", "been"], ["has", "been"])
        else 0
    )
    return aux > 0 and i - aux - 1 >= 0 and lows[i - aux - 1] in _EN_MUNITIONS


def _en_frame_sense(toks: list[Token], lows: list[str], i: int) -> Entry | None:
    """(round 27) The event a verb at ``i`` names in its frame, or None: "strongly encourage his cabinet
    and all other agencies ... to do much better" and "to push both Israel and Egypt to open the borders"
    (REQUEST: a person or body asked to act; the object runs at most nine words to an infinitive "to",
    "push prices to record highs" has none), "has been training the Syrian opposition forces" (AID/military:
    an auxiliary or a determiner next to it and forces within five words after), "is reportedly funding
    two projects" (AID: the progressive after an auxiliary, at most one adverb between)."""
    w, n = lows[i], len(lows)
    if w in _EN_URGE_VERBS:
        if i > 0 and lows[i - 1] in ("an", "the", "very", "more", "most"):
            return None  # "an encouraging sign", "the push": no request
        if i + 1 >= n or lows[i + 1] in ("to", "for", "back", "ahead", "through", "up", "on", "by"):
            return None  # "encouraged by the results", "pushed back", "a push for": no request to act
        for k in range(i + 1, min(n, i + 11)):
            if toks[k].text in F.PUNCT_BOUNDARY:
                return None
            if lows[k] == "to":
                if not any(_en_addressee(toks, lows, m) for m in range(i + 1, k)):
                    return None  # "to encourage bees and butterflies to visit": no one asked
                nxt = lows[k + 1] if k + 1 < n else ""
                if (
                    k > i + 1
                    and nxt.isalpha()
                    and nxt not in _EN_NOT_INFINITIVE
                    and toks[k + 1].text.islower()
                ):
                    return Entry("REQUEST", None, "verb")
                return None
        return None
    if w in _EN_TRAINED:
        before = lows[i - 1] if i > 0 else ""
        if before in _EN_AUX or (i + 1 < n and lows[i + 1] in ("the", "their", "its", "local", "government")):
            if set(lows[i + 1 : i + 6]) & _EN_TRAINEES and not set(lows[i + 1 : i + 6]) & {"as", "for"}:
                return Entry("AID", "military", "verb")
        return None
    if w == "fire":
        return _en_under_fire(toks, lows, i)
    if _en_munitions_placed(toks, lows, i):
        return Entry("ASSAULT", None, "verb")
    if w in _EN_WORK and _en_work_with(toks, lows, i):
        return Entry("COOPERATE", None, "verb")
    if w == "funding" and (
        (i > 0 and lows[i - 1] in _EN_AUX)
        or (i > 1 and lows[i - 2] in _EN_AUX and lows[i - 1].endswith("ly"))
    ):
        return Entry("AID", None, "verb")
    return None


# (round 32) what «توصل إلى» reaches when it is a finding, not an agreement: «توصلت الشرطة إلى هوية الجاني»،
# «توصلت الى معرفة حيثيات الجريمة»، «توصلت الدراسة إلى أن»
_AR_FINDING_OBJECTS = F._n(
    "أن ان معرفة هوية حقيقة مكان كشف اكتشاف الجاني الجناة القاتل المتهم المتهمين الفاعل الفاعلين المشتبه"
    " خيوط أدلة دليل نتائج علاج لقاح طريقة"
)
# ... and who reaches it: an inquiry, the police, a study or scientists
_AR_FINDING_SUBJECTS = F._n(
    "التحقيق التحقيقات تحقيق تحقيقات الشرطة شرطة الأجهزة الأمن الدراسة دراسة الدراسات دراسات العلماء"
    " علماء الباحثون الباحثين باحثون باحثين المحققون المحققين محققون الفريق البحث الأبحاث أبحاث"
)
_AR_TO = F._n("إلى الى")


def _ar_reached(toks: list, info: list) -> None:
    """(round 32) «توصل إلى» with an object the lexicon lacks is an agreement reached (AGREE, CAMEO 057 / 08):
    «لم يتوصل المحلفون إلى إجماع»، «توصل الطرفان إلى خارطة طريق»، «التوصل لنهج مشترك»، «لم يتم التوصل
    فيه الى نتيجة». توصل is a light verb (``ar_triggers.txt``: «توصلت إلى اتفاق» reads at its noun); this
    adds its own event beside the light entry, unless the noun the light pass takes (seven words, no
    punctuation) is an agreement («توصلت إلى اتفاق»); a ceasefire reached («التوصل إلى وقف لإطلاق النار»)
    is the agreement (the light pass makes no event of AGREE + RETREAT). The preposition
    is within three words after it (the subject and فيه may stand between), no punctuation between; «إليه»
    («الاتفاق الذي تم التوصل إليه») is left to the agreement noun before it. Not a finding: «توصلت الشرطة إلى
    هوية»، «توصلت الدراسة إلى أن» (``_AR_FINDING_OBJECTS`` after the preposition, ``_AR_FINDING_SUBJECTS``
    between)."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or "توصل" not in t.norm:
            continue
        lights = [e for e in info[i][0] if e.kind == "light" and e.type == "AGREE"]
        if not lights or any(e.kind in ("verb", "noun") for e in info[i][0]):
            continue
        obj = None
        for k in range(i + 1, min(n, i + 4)):
            if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar":
                break
            if _bare(toks[k].norm) in _AR_TO and k + 1 < n and toks[k + 1].kind == "ar":
                obj = k + 1
                break
            pre = normalize(toks[k].prefix).lstrip("وف")
            if k == i + 1 and (pre == "ل" or (not pre and len(toks[k].norm) > 3 and toks[k].norm[0] == "ل")):
                obj = k  # «التوصل لنهج مشترك» (the tokenizer may leave the ل on; not «لها»)
                break
        if obj is None:
            continue
        # the noun the light pass takes (a strong one first, within seven words, to punctuation)
        window = takewhile(lambda k: toks[k].text not in F.PUNCT_BOUNDARY, range(i + 1, min(n, i + 8)))
        pick = light_noun(info, window, {"AGREE"})
        if pick is not None and pick[1].type == "AGREE":
            continue  # «توصلت إلى اتفاق»: the light pass reads it
        between = {_bare(toks[k].norm) for k in range(i + 1, obj)} | {
            _ar_full(toks[k]) for k in range(i + 1, obj)
        }
        if _ar_full(toks[obj]) in _AR_FINDING_OBJECTS or toks[obj].norm in _AR_FINDING_OBJECTS:
            continue
        if between & _AR_FINDING_SUBJECTS:
            continue
        # a verb entry also for the masdar: no light verb takes it as its noun («شدد على ضرورة التوصل»)
        own = Entry("AGREE", None, "verb", imperfect=any(e.imperfect for e in lights))
        info[i] = ([own, *info[i][0]], info[i][1], info[i][2])


# (round 32) an operation or a strike carried out (CAMEO 18 / 19): the weak nouns that name an attack only with
# a verb of carrying out beside them
_AR_OPERATION_KEYS = F._n("عملية عمليات ضربة")
# carried out, with the operation's pronoun (it follows its noun: «عملية نفذها الجيش»، «العمليات التي تشنها»)
_AR_CARRIED_OUT_RX = re.compile(r"^[وف]?[سل]?[يتن]?(?:نفذ|شن)(?:ت|وا|ا|ون|ان|تا)?(?:ها|ه|هم|هما)$")
# carry out, before its noun («نفذ 21 ضربة»، «لتنفيذ عمليات خاصة»)
# (not after ل / ب: «لتنفيذ عمليات خاصة» is a purpose, and the rules read it as asserted)
_AR_CARRY_OUT_RX = re.compile(r"^[وف]?(?:س?[يتن]?نفذ(?:ت|وا|ا|ون|ان|تا)?|تنفيذ)$")
# an operation or a strike of another kind, named by the word after it: surgery, a handover, elections, rescue,
# a penalty kick («نفذ ضربة جزاء»)
_AR_OTHER_OPERATION = F._n(
    "جراحية جراحي نقل تسليم سلام السلام بيع شراء تصويت انتخاب انتخابية اقتراع بناء إعادة تطوير زراعة ولادة"
    " إنقاذ إجلاء إخلاء إغاثة إسعاف تبادل تجميل توزيع انتقال جزاء ترجيح حرة ركنية البداية سياسية تجارية"
    " مالية حسابية تقنية فنية بحث تفتيش دمج استحواذ تحويل سحب القرعة تداول خصخصة إصلاح تنمية تأهيل ترميم"
    " إحصاء عد فرز تسجيل دفع طرح اكتتاب قيصرية"
)


def _ar_operation_key(toks: list, info: list, j: int) -> bool:
    if not any(e.type == "ASSAULT" and e.kind == "weak" for e in info[j][0]):
        return False
    if _bare(info[j][2].lstrip("+~")) not in _AR_OPERATION_KEYS:
        return False
    if _ar_stance_object(toks, j):
        return False  # (round 21) «أشادت ... بالعمليات العسكرية التي تنفذها»: the topic of praise or blame
    nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
    return nxt not in _AR_OTHER_OPERATION and not (nxt[:2] == "ال" and nxt[2:] in _AR_OTHER_OPERATION)


def _ar_carried_out(toks: list, info: list) -> None:
    """(round 32) عملية / عمليات / ضربة, weak nouns (an event only as a light verb's object), are an attack when
    a verb of carrying out names them: نفذ / شن with the noun's pronoun at most six words after it, no
    punctuation between («في عملية أمنية نفذتها قوات عراقية»، «العمليات التي تشنها قوات الاحتلال»، «أول
    ضربة ينفذها»: the noun becomes an event noun), or نفذ / تنفيذ at most three words before it («نفذ 21
    ضربة»: the verb becomes their light verb, as شن is; not after ل / ب). An execution (``_ar_object_senses``
    read تنفيذ حكم الإعدام first) keeps its reading: a word with an entry is not touched. Not an operation of
    another kind, named by the word after it (``_AR_OTHER_OPERATION``: «عملية جراحية»، «ضربة جزاء»)."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or not _AR_CARRIED_OUT_RX.match(t.norm) and not _AR_CARRY_OUT_RX.match(t.norm):
            continue
        w = t.norm
        if _AR_CARRIED_OUT_RX.match(w):
            # شنها is a light verb already; نفذها has no entry
            if not all(e.kind == "light" and e.type == "ASSAULT" for e in info[i][0]):
                continue
            for j in range(i - 1, max(-1, i - 7), -1):
                if toks[j].text in F.PUNCT_BOUNDARY or toks[j].kind != "ar":
                    break
                if _ar_operation_key(toks, info, j):
                    info[j] = ([Entry("ASSAULT", None, "noun")], info[j][1], info[j][2])
                    break
                if any(e.kind == "noun" for e in info[j][0]):
                    break  # the pronoun is the nearer event's: «عملية ... للتصدي لهجوم شنه فصيل»
        elif not info[i][0]:
            for j in range(i + 1, min(n, i + 4)):
                if toks[j].text in F.PUNCT_BOUNDARY:
                    break
                if _ar_operation_key(toks, info, j):
                    imperfect = bool(re.match(r"^[وف]?س?[يتن]نفذ", w))
                    info[i] = ([Entry("ASSAULT", None, "light", imperfect=imperfect)], False, w)
                    break
