"""Round 11: where a cue's scope ends, read from the clause structure around the trigger.

Each rule places a cue by the trigger's syntactic position relative to it, not by the words of one
sentence: a negated verb of telling or knowing has a proposition as complement, so a definite event inside
it is presupposed; a negated copula restricted by an exceptive negates its predicate, not its subject; a
destination participle («معدة لـ», "designed to") makes the purpose chain after it a plan; the document of
an accusation lists alleged acts; a condition after a present or nominal predicate governs it. Each rule
has hand-written sentences and counter-cases in `tests/test_events_factuality_round11.py`, and was kept
only if it changed no tuning set for the worse (eval/events/README.md, round 11).
"""

from __future__ import annotations

from khabar.events import factuality as F
from khabar.events.scope import _ar_future_verb
from khabar.events.triggers import Trig, _bare, _unprep
from khabar.text import Token
from khabar.text.normalize import normalize

_STRONG = frozenset(".؛;:!?؟")
_QUOTE = F.QUOTE_MARKS

# verbs of telling and knowing: negated, they deny the telling or the knowledge, whose complement is a
# proposition about the event; a definite event inside it was told before («لم يوضح ما إذا كانت الغارة
# نفذتها طائرة»، «لم يعرف بعد مصدر إطلاق النار»، «لم تتحدث عن الزيارة»). Not the performatives (يعلن:
# «لم تعلن الحرب») nor confirmation (يؤكد: «لم تؤكد الشرطة الاعتقال» leaves it open).
_AR_TELL_KNOW = F._n(
    "يوضح توضح يوضحوا يتضح تتضح يعرف تعرف يعرفوا يعلم تعلم يعلموا يذكر تذكر يذكروا يتحدث تتحدث يتحدثوا "
    "يتطرق تتطرق يتطرقوا يشر تشر يشيروا يكشف تكشف يكشفوا يحدد تحدد يحددوا يتبين تتبين يعلق تعلق يعلقوا "
    "يركز تركز يركزوا يفصح تفصح يشرح تشرح يفسر تفسر"
)
_AR_NEG_V = F._n("لم لا لن ما")
_AR_PREP_WORDS = F._n("في على من عن إلى الى مع ضد حول خلال بين بعد قبل منذ عند لدى")
# predicates of taking place: a question on them asks whether the event happened («ما إذا كان الهجوم قد وقع»)
_AR_OCCUR_PRED = F._n(
    "وقع وقعت حدث حدثت تم تمت جرى جرت عقد عقدت انعقد بدأ بدأت حصل حصلت يقع تقع يحدث تحدث يتم تتم يجري "
    "تجري يعقد تعقد ينعقد يبدأ تبدأ يحصل تحصل متى"
)
# a nominal or verbal negation whose predicate an exceptive restricts: «ليست الزيارة سوى ترجمة لـ»
_AR_EXCEPT = F._n("سوى الا إلا")
# participles of destination and readiness: what they are for is still to come («كانت معدة لتفجير»،
# «كان الاجتماع مخصصا للتنسيق ... للبدء بعملية»)
_AR_DESTINED = F._n(
    "معد معدة معدا معدين معدون معدتين مخصص مخصصة مخصصا مخصصين مخصصون مجهز مجهزة مجهزا مجهزين "
    "مهيأ مهيأة مهيأا مهيئة مرصود مرصودة مرصودا معدات"
)
_EN_DESTINED = frozenset("designed intended meant earmarked destined".split())
# the document of an accusation: what it lists or contains is alleged («تضمنت لائحة الاتهام ... قتل»)
_AR_CHARGE_DOC = F._n("الاتهام اتهام الاتهامات اتهامات التهم تهم التهمة تهمة")
_AR_CONTAIN = F._n(
    "تضمنت تضمن يتضمن تتضمن شملت شمل يشمل تشمل نصت نص ينص تنص تشتمل يشتمل اشتملت اشتمل ضمت ضم تضم يضم"
)
_EN_CHARGE_NOUNS = frozenset(
    "conviction convictions convicted indictment indicted charge charges charged accused".split()
)
_EN_CONTAIN = frozenset("include includes included including list lists listed cite cites cited".split())


def _definite_event(toks: list[Token], words: list[str], t: Trig) -> bool:
    """An Arabic event noun made definite by its article or by a definite genitive («إطلاق النار»)."""
    head = _bare(words[t.a])
    if head.startswith(("ال", "لل")):
        return True  # also an anchor noun whose trigger runs into a verb («الغارة استهدفت»)
    if t.kind != "noun":
        return False
    # a construct whose last genitive is definite: «إطلاق النار»، «زيارة رئيس الوزراء»
    for j in range(t.a + 1, min(len(words), t.a + 3)):
        w = _bare(words[j])
        pre = normalize(toks[j].prefix)
        if "ل" in pre or "ب" in pre:
            return False  # «اعتقال للصحفيين»: a prepositional phrase, no genitive
        if w.startswith("ال"):
            return True
        if w in _AR_PREP_WORDS or not w[:1].isalpha() or w[:1] in "بل":
            return False
    return False


def _ar_untold_given(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A definite event noun in the complement of a negated verb of telling or knowing, in its clause
    (up to ten words on, across a whether-clause)."""
    if not _definite_event(toks, words, t):
        return False
    for j in range(t.b + 1, min(len(words), t.b + 4)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            break
        w = _bare(words[j])
        if words[j] in _AR_OCCUR_PRED or w in _AR_OCCUR_PRED or _ar_future_verb(w):
            # «ولا يعرف ما إذا كان الهجوم قد وقع»: whether it happened at all is unknown; not «ما إذا كانت
            # الغارة تمت بطائرة»: how (an instrument or agent after the predicate) it was done
            after = toks[j + 1] if j + 1 < len(toks) else None
            how = after is not None and (
                after.text[:1] == "ب"
                or "ب" in normalize(after.prefix)
                or _bare(words[j + 1]) in ("علي", "من")
            )
            if not how:
                return False
    for k in range(t.a - 1, max(0, t.a - 11), -1):
        if toks[k].text in F.PUNCT_BOUNDARY and toks[k].text not in _QUOTE:
            return False
        w = _bare(words[k])
        if w in ("هناك", "ثمه", "يوجد", "توجد"):
            return False  # «ما إذا كان هناك اعتقال»: whether it happened at all
        if w in _AR_TELL_KNOW and _bare(words[k - 1]) in _AR_NEG_V:
            return True
        if w in ("لكن", "لكنه", "لكنها", "بل", "ثم", "حيث", "بينما", "فيما"):
            return False
    return False


def _ar_unrealised_subject(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A negated event noun (عدم + the event) that is the subject of a future verb after أن / إنّ: its
    not taking place is a hypothesis whose outcome is told («أن عدم التوصل إلى اتفاق سيعني حربا»); not
    with a present predicate («إن عدم التوصل إلى اتفاق نبأ سار»)."""
    k = next((j for j in range(t.a - 1, max(-1, t.a - 5), -1) if _bare(words[j]) == "عدم"), -1)
    if k < 1 or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(k, t.a)):
        return False
    if _unprep(_bare(words[k - 1])) not in ("ان", "أن", "إن"):
        return False
    for j in range(t.b + 1, min(len(words), t.b + 7)):
        if toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) in F.AR_BOUNDARY:
            return False
        if _ar_future_verb(_bare(words[j])) or words[j] == "سوف":
            return True
    return False


_AR_LINK = F._n("تربط يربط تربط تربطه تربطها تربطهم ربط يربطه يربطها صله بصله علاقه ارتباط بارتباط")
_AR_SUSPECT = F._n("المشتبه مشتبه المتهم المتهمه متهم متهمه المتهمين متهمين المتهمون")


def _ar_linked_to_suspect(toks: list[Token], words: list[str], t: Trig) -> bool:
    """An indefinite event a link word ties to a suspect or an accused («أدلة تربط المشتبه بها بـ 11 جريمة
    قتل»، «صلة المتهم بعمليات خطف»): that the suspect did it is alleged, and so is the act told through
    the link (a definite event, «صلة المتهم بالهجوم», stays told: the link is the alleged part)."""
    if _bare(words[t.a]).startswith(("ال", "لل")):
        return False
    link = -1
    for k in range(t.a - 1, max(-1, t.a - 9), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or _bare(words[k]) in F.AR_BOUNDARY:
            return False
        if _bare(words[k]) in _AR_LINK or _unprep(_bare(words[k])) in _AR_LINK:
            link = k
            break
    if link < 0:
        return False
    span = range(max(0, link - 2), t.a)
    return any(_bare(words[j]) in _AR_SUSPECT or _unprep(_bare(words[j])) in _AR_SUSPECT for j in span)


def _ar_exceptive_subject(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event is the subject of a negated copula whose predicate an exceptive restricts («وليست
    زيارة الأمير إلى روسيا، وتوقيع اتفاقيات، سوى ترجمة لهذا الوعي»): the negation falls on what the
    event is said to be, not on the event."""
    k = t.a - 1
    while k >= 0 and t.a - k <= 3 and toks[k].text not in F.PUNCT_BOUNDARY:
        if _bare(words[k]) in F.AR_NEG_COPULA:
            break
        k -= 1
    else:
        return False
    if k < 0 or _bare(words[k]) not in F.AR_NEG_COPULA:
        return False
    for j in range(t.b + 1, len(words)):
        if toks[j].text in _STRONG:
            return False
        if _bare(words[j]) in _AR_EXCEPT and not (
            j + 1 < len(words) and _bare(words[j + 1]).startswith("ان")
        ):
            return True
    return False


def _ar_destined(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event closes a chain of لـ / بـ purposes opened by a destination participle, in its clause:
    «كانت معدة لتفجير السدود»، «كان مخصصا «للتنسيق مع فصائل للبدء بعملية»»."""
    for k in range(t.a - 1, max(-1, t.a - 13), -1):
        tx = toks[k].text
        if tx in _QUOTE:
            continue
        if tx in F.PUNCT_BOUNDARY or _bare(words[k]) in F.AR_BOUNDARY:
            return False
        if _bare(words[k]) in _AR_DESTINED:
            nxt = next((q for q in range(k + 1, t.a + 1) if toks[q].text not in _QUOTE), t.a)
            # what the participle is for comes right after it, with لـ
            return toks[nxt].text.lstrip('«"“')[:1] == "ل" or "ل" in normalize(toks[nxt].prefix)
    return False


def _ar_charge_list(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event is listed by a verb of containing whose subject or object is an accusation
    («وتضمنت لائحة الاتهام بحق المتهمين، شروعهم في قتل ضباط»، «شملت التهم الخطف والقتل»): the list runs to
    the end of the sentence, past commas."""
    for k in range(t.a - 1, max(-1, t.a - 20), -1):
        if toks[k].text in _STRONG:
            return False
        if _bare(words[k]) in _AR_CONTAIN:
            near = [_unprep(_bare(words[j])) for j in range(k + 1, min(t.a, k + 5))]
            near += [_unprep(_bare(words[j])) for j in range(max(0, k - 3), k)]
            return any(w in _AR_CHARGE_DOC for w in near)
    return False


def _en_charge_content(toks: list[Token], words: list[str], t: Trig) -> bool:
    """An act named as the content of a conviction or a charge, or listed by a charge sheet:
    "overturned his conviction for assaulting a woman", "the indictment lists kidnapping"."""
    a = t.a
    if a >= 2 and words[a - 1] in ("for", "of", "on") and words[a - 2] in _EN_CHARGE_NOUNS:
        return toks[a].text.lower().endswith("ing")
    for k in range(a - 1, max(-1, a - 4), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if words[k] in _EN_CONTAIN:
            return k > 0 and words[k - 1] in _EN_CHARGE_NOUNS
    return False


def _en_destined(toks: list[Token], words: list[str], t: Trig) -> bool:
    """ "designed to attack", "bombs intended for an attack": a destination is a plan."""
    a = t.a
    for k in range(a - 1, max(-1, a - 5), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if words[k] in _EN_DESTINED:
            return k + 1 < a and words[k + 1] in ("to", "for")
    return False


def ar_condition_right(toks: list[Token], words: list[str], t: Trig, verbs: list[int]) -> bool:
    """A condition (إذا / في حال + a verb) right after the trigger's own phrase, within eight words, with no
    punctuation and no other verb between: it conditions that predicate («إن سوريا تدعم أي جهود ... إذا
    جرت بالتنسيق»), not a verb further on («التي تعارض الاتفاق تسعى ... في حال هاجمتها»)."""
    for j in range(t.b + 1, min(len(words), t.b + 9)):
        if toks[j].text in F.PUNCT_BOUNDARY or j in verbs:
            return False
        w = _bare(words[j])
        if w in ("اذا", "لو") and not (j > 0 and _bare(words[j - 1]) in ("حتي", "كما", "خاصه", "ما")):
            return toks[j].text[:1] not in "وف"  # «المحادثات أمس وإذا ما وافقت»: a clause of its own
        if w in ("حال", "حاله") and _bare(words[j - 1]) == "في" and j + 1 < len(words):
            nxt = _bare(words[j + 1])
            return (
                j + 1 in verbs
                or nxt in ("ان", "لم", "ما", "عدم")
                or nxt[:1] in ("ي", "ت")
                or nxt in _AR_CASE_OF
                or words[j + 1] in _AR_CASE_OF  # (round 15) «في حال خرق إيران للاتفاق»: in case of a breach
            )
    return False


# (round 15) verbal nouns of what may go wrong after «في حال / في حالة»: «في حال خرق إيران للاتفاق»،
# «في حالة انتهاك الهدنة»، «في حال فشل المفاوضات» (not «في حال سيئة»)
_AR_CASE_OF = F._n("خرق انتهاك فشل رفض وقوع حدوث استمرار تجدد عودة إخلال اخلال نقض تراجع عدم اندلاع")

# (round 15) words after which a verb-form trigger reads as a verbal noun: «على فرض»، «إعادة فرض»
_AR_MASDAR_BEFORE = F._n("على علي في الى إلى عن من إعادة اعادة استئناف مواصلة تجديد")


def ar_masdar_reading(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 15) A trigger told as a past verb (فرض، دعم) right after a preposition or a verbal noun of
    resuming is its verbal noun: «القدرة على إعادة فرض العقوبات»، «مستعدة للمشاركة في دعم»."""
    return (
        t.kind == "verb"
        and not t.imperfect
        and not t.future
        and t.a > 0
        and toks[t.a - 1].kind == "ar"
        and _bare(words[t.a - 1]) in _AR_MASDAR_BEFORE
    )


def adjust(toks: list[Token], words: list[str], t: Trig, mods: set[str], lang: str) -> None:
    """Apply the round-11 clause rules to trigger `t` in place (its `negated` flag and modality set)."""
    if lang == "ar":
        if _ar_untold_given(toks, words, t):
            t.negated = False
            mods -= {"possible", "conditional"}
            t.cue_placed = True
        if t.negated and _ar_unrealised_subject(toks, words, t):
            mods.add("conditional")
        if t.negated and _ar_exceptive_subject(toks, words, t):
            t.negated = False
            t.cue_placed = True
        if not t.negated and _ar_destined(toks, words, t):
            mods.discard("historical")
            mods.add("planned")
        if "alleged" not in mods and t.type != "ACCUSE" and _ar_linked_to_suspect(toks, words, t):
            mods.add("alleged")
        if "alleged" not in mods and t.type != "ACCUSE" and _ar_charge_list(toks, words, t):
            mods.add("alleged")
        return
    low = [tk.text.lower() for tk in toks]
    if "alleged" not in mods and t.type != "ACCUSE" and _en_charge_content(toks, low, t):
        mods.add("alleged")
    if not t.negated and _en_destined(toks, low, t):
        mods.add("planned")
