"""Sentence-level PLOVER event extraction for Arabic and English, with factuality.

For every sentence: find triggers (compiled lexicon lookups per token stem; light verb + event noun
such as فرض عقوبات / imposed sanctions; English phrases), attach the clause-scoped factuality cues,
pick actor and target among the entities of the sentence (or group nouns such as الشرطة, protesters,
and, for English without NER, capitalised noun phrases), then place and date, and finally merge the
mentions of one event told several times in the article.

The rules live in this package: ``triggers`` (trigger/candidate records, lexicon lookup keys, shared word
helpers), ``scope`` (clause-scoped factuality cues), ``participants`` (agent and role nouns, subjects,
name merging), ``plover`` (trigger senses and PLOVER typing), ``salience`` (``main_event``); this module
holds the ``Extractor`` and re-exports ``main_event`` and ``plover_type``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from khabar.document import Document, Entity, Event, Mention, Span, TextSpan
from khabar.events import clauses, frames, governing
from khabar.events import factuality as F
from khabar.events.lexicon import Entry, arabic, arabic_agents, en_lemma, english, english_agents
from khabar.events.participants import (
    EN_AGENTS,
    EN_SPEECH,
    EN_TARGET_PREP,
    _ar_merge_names,
    _en_group,
    _en_reporting_agent,
    _en_role_owned,
    _en_subject,
    _is_protester,
    _merge_en,
    _reporting_police,
    _skip_modifiers,
    ar_antecedent_harm,
    ar_antecedent_no_doer,
    ar_circumstance_attack,
    ar_cite_sense,
    ar_governed_masdar,
    ar_harm_roles,
    ar_light_verb_subject,
    ar_martyr_roles,
    ar_relative_agent,
    ar_role_noun_gives_way,
    ar_shared_subject,
    ar_titled_subject,
    ar_trigger_in_name,
    ar_undergoer_fix,
    ar_vso_subject,
    role_noun_ids,
)
from khabar.events.plover import _EN_FORMAL, COOPERATIVE, _ar_senses, _light_type, _sector_type, _sport
from khabar.events.plover import plover_type as plover_type
from khabar.events.salience import main_event as main_event
from khabar.events.scope import (
    _AR_CLAUSE_BREAK,
    _AR_DEMONSTRATIVE,
    _AR_LIKE_THIS,
    _QUOTES,
    _ar_accusation_content,
    _ar_conditional_in,
    _ar_coordinated_perfect,
    _ar_direct_negation,
    _ar_draft,
    _ar_exceptive,
    _ar_foiled,
    _ar_future_verb,
    _ar_given_object,
    _ar_given_setting,
    _ar_naming,
    _ar_negated_object,
    _ar_negated_receipt,
    _ar_no_reports,
    _ar_one_of_sources,
    _ar_perfect_subject,
    _ar_specific_event,
    _ar_state_noun,
    _ar_trusted_object,
    _ar_unconfirmed_or_ordered,
    _ar_unprevented,
    _cancelled,
    _contrast_speaker,
    _en_copular_if,
    _en_modal_on_other_verb,
    _en_nonfactive,
    _en_subject_predicate,
    _not_only,
    _unplaced_cue_class,
    _unresolved_cue,
    ar_unconfirmed_given,
    transparent_quotes,
)
from khabar.events.triggers import (
    _EN_DEFINITE,
    _EN_PREP,
    _KIND_ORDER,
    Cand,
    Trig,
    _ar_keys,
    _bare,
    _lookup,
    _unprep,
)
from khabar.text import lexicon as LEX
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})


PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})

AR_PLACE_PREP = F._n("في قرب داخل شمال جنوب شرق غرب وسط أمام امام بمدينة مدينة بلدة منطقة محافظة العاصمة")

EN_PLACE_PREP = frozenset("in at near outside inside across throughout around into".split())

AR_BIGRAMS: dict[tuple[str, str], tuple[tuple[str, str | None], int]] = {
    (normalize(a), normalize(b)): (tm, ln)
    for a, b, tm, ln in [
        ("اتصال", "هاتفي", ("CONSULT", "phone"), 2),
        ("اتصالا", "هاتفي", ("CONSULT", "phone"), 2),
        ("مكالمة", "هاتفي", ("CONSULT", "phone"), 2),
        ("إطلاق", "النار", ("ASSAULT", "firearms"), 2),
        ("إطلاق", "نار", ("ASSAULT", "firearms"), 2),
        ("وقف", "إطلاق", ("RETREAT", "ceasefire"), 3),
        ("وقف", "القتال", ("RETREAT", "ceasefire"), 2),
        ("حظر", "التجول", ("COERCE", "curfew"), 2),
        ("حظر", "تجول", ("COERCE", "curfew"), 2),
        ("حالة", "الطوارئ", ("COERCE", "martial-law"), 2),
        ("عملية", "عسكرية", ("ASSAULT", None), 2),
        ("عمليات", "عسكرية", ("ASSAULT", None), 2),
        ("الإضراب", "عن", ("PROTEST", "hunger"), 3),
        ("إضراب", "عن", ("PROTEST", "hunger"), 3),
        ("عصيان", "مدني", ("PROTEST", "boycott"), 2),
        ("مناورات", "عسكرية", ("MOBILIZE", "troops"), 2),
        ("تبادل", "إطلاق", ("ASSAULT", "firearms"), 3),
        ("إطلاق", "سراح", ("RETREAT", "release"), 2),
        ("يدا", "بيد", ("COOPERATE", None), 2),  # «تعمل يدا بيد مع»
        ("العمليات", "الجوية", ("ASSAULT", "aerial"), 2),
        ("عمليات", "جوية", ("ASSAULT", "aerial"), 2),
        ("ضربة", "جوية", ("ASSAULT", "aerial"), 2),
        ("ضربات", "جوية", ("ASSAULT", "aerial"), 2),
        ("حالة", "التأهب", ("MOBILIZE", "troops"), 2),  # حالة here is no «في حالة» condition
        ("حالة", "تأهب", ("MOBILIZE", "troops"), 2),
        ("سقوط", "قذيف", ("ASSAULT", "heavy-weapons"), 2),  # shells falling from across a border
        ("سقوط", "قذائف", ("ASSAULT", "heavy-weapons"), 2),
        ("سقوط", "مقذوف", ("ASSAULT", "heavy-weapons"), 2),
        ("سقوط", "صاروخ", ("ASSAULT", "heavy-weapons"), 2),
        # (round 22) a military or air campaign («الحملة العسكرية ضد الحوثيين»، «حملتها العسكرية»)
        ("حملة", "عسكرية", ("ASSAULT", None), 2),
        ("حملة", "جوية", ("ASSAULT", "aerial"), 2),
    ]
}
# the same pairs by their first word, in the table's order (the first pair that matches wins)
_AR_BIGRAMS_BY_FIRST: dict[str, list[tuple[str, tuple[tuple[str, str | None], int]]]] = {
    first: [(b, v) for (a, b), v in AR_BIGRAMS.items() if a == first] for first, _ in AR_BIGRAMS
}

AR_TOPIC = F._n(
    "حول بشأن بخصوص تتناول يتناول ستتناول سيتناول تناولت تناول ناقش ناقشت يناقش مناقشة لمناقشة لبحث بحث"
)

EN_MODIFIED = frozenset(
    "police policemen gear squad squads shield shields worker workers agency agencies official officials group "
    "groups organisation organisations organization organizations leader leaders team teams committee commission "
    "ministry minister chief chiefs convoy convoys vessel vessels ship ships organizers organisers".split()
)

EN_LIGHT_STOP = frozenset(
    "for to into inside with from that which who whom while after before because and or but heading".split()
    + ["if", "unless"]  # (round 21) "will not accept more refugees if war starts": a condition of its own
)

EN_TOPIC = frozenset("about discuss discussed discussing regarding concerning".split())

AR_QUANTIFIERS = F._n(
    "مئات آلاف الآلاف الاف ألف الف مليون عشرات آلافا مئة مائة مائتي ألفي عدد حوالي نحو قرابة الاف"
)

AR_DEMONSTRATIVES = F._n("هذه هذا تلك ذلك هذان هاتان هؤلاء")

AR_TARGET_PREP = F._n("مع ضد الى إلى على تجاه بحق")

# (round 18) words of a death or a blast: an attack noun or verb right after them names the same event
# (round 24: and the martyr verb, «استشهد شرطي ... في هجوم»)
_AR_RESULT_NOUNS = F._n(
    "مقتل مقتله مقتلها مقتلهم مقتلهما مصرع مصرعه مصرعهم انفجار انفجارات انفجر انفجرت استشهد استشهدت استشهدوا استشهدا"
)
# an agreement as a document: the act on it right after («الاتفاقية ... تنتظر التوقيع») names the event, so
# the act's own factuality (awaited, negated, planned) is the event's
_AR_DOCUMENT_NOUNS = F._n("اتفاق الاتفاق اتفاقية الاتفاقية اتفاقيات معاهدة المعاهدة صفقة الصفقة")
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


# (round 18) «زعيم الحرب»، «أمراء الحرب»: a warlord, no war
AR_BLOCK_PREV = F._n("مجلس منظمة نادي حي وزارة هيئة لجنة جمعية مركز وكالة جائزة مكافحة زعيم زعماء امير امراء")

EN_STOP_CAPS = frozenset(
    "the a an this that these those it he she they we i his her their its on in at of and but for to by with according "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december mr mrs ms dr president minister prime foreign secretary".split()
)

_DATELINE_ANY = re.compile(r"^[^\n]{2,80}?\s[-–—]\s")

_DATELINE = re.compile(r"^\s*([^\n\-–—:()]{2,40}?)\s*(\([^)\n]{1,30}\))?\s*[-–—]\s")
# the rest of a dateline's first line when it is a short name alone («عين اليوم – نيويورك\n»)
_DATELINE_REST = re.compile(r"[ \t]*([^\s\-–—:().،,]+(?: [^\s\-–—:().،,]+){0,2})[ \t]*(?:\n|\(|:)")
# what an outlet writes after the dash instead of a place: «عين اليوم – متابعات»
_NOT_DATELINE_PLACE = F._n("متابعات خاص وكالات واس الوكالات متابعة تقرير")


# (round 21) words that are events only in a context that fixes their sense (see _ar_context_nouns)
_AR_SENTENCE_VERBS = F._n("حكم حكمت حكموا يحكم تحكم يحكمون ستحكم سيحكم")
_AR_SENTENCE_NOUNS = F._n("الحكم بالحكم")
_AR_PENALTIES = F._n(
    "بالسجن بالحبس بالإعدام بالاعدام بالموت بالمؤبد بالجلد بدفع بغرامة بالغرامة بالعلاج بالإقامة بالبراءة"
)
_AR_ON_HIM = F._n("عليه عليها عليهم عليهما عليهن")
_AR_SCHEDULE = F._n("موعد موعدا لموعد")
_AR_PRONOUNCED = F._n("صدر صدرت صدور يصدر النطق بالنطق")
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
_AR_BODY_NOUNS = F._n(
    "التحالف تحالف الائتلاف ائتلاف صندوق الصندوق برنامج البرنامج جمعية الجمعية مجلس المجلس لجنة اللجنة منظمة "
    "المنظمة مركز المركز حملة الحملة الدولي الدولية"
)
_AR_ASSIGN = F._n("تكليف بتكليف كلف كلفت يكلف تكلف")
_AR_ACCUSE_VERBS = tuple(F._n("اتهم يتهم تتهم اتهمت يتهمون اتهموا"))
# (round 21) «العمليات العسكرية» as the object of praise or blame is the topic of the stance
_AR_STANCE_BEFORE = F._n("أشاد أشادت يشيد تشيد إشادة الإشادة رحب رحبت يرحب ترحب ندد نددت يندد تندد")


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
        elif (
            w in _AR_DIALOGUE
            and (
                prev in _AR_DIALOGUE_HEADS
                or (i > 1 and prev == "من" and _ar_full(toks[i - 2]) in _AR_DIALOGUE_HEADS)
            )
            and nxt not in _AR_INTERVIEW
        ):
            info[i] = ([Entry("CONSULT", None, "noun")], False, w)  # «جولة للحوار»، «طاولة الحوار»


# (round 22) a munition fired or dropped (ASSAULT), a death sentence carried out (COERCE) and blame laid on
# someone (ACCUSE); see _ar_round22
_AR_FIRE = F._n(
    "أطلق أطلقت أطلقوا أطلقا يطلق تطلق يطلقون أطلقه أطلقها أطلقهما أطلقوها إطلاق ألقى ألقت ألقوا ألقيا "
    "يلقي تلقي يلقون ألقاها ألقاه إلقاء أسقط أسقطت أسقطوا أسقطا"
)
# munitions the lexicon has no entry for (قذائف، صواريخ، النار are weak nouns a light verb already takes)
_AR_MUNITIONS_NEW = F._n(
    "ذخائر ذخيرة أعيرة عيارات رصاص رصاصة رصاصات رصاصتين نيران قنبلة قنابل قنبلتين براميل برميل"
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


def _ar_round22(toks: list, info: list, phrase_span: dict[int, int]) -> None:
    """(round 22) Event words whose sense their object fixes, written into the lexicon hits in place.

    A verb or masdar of firing or dropping (أطلق، ألقى، أسقط، إطلاق، إلقاء) with a munition at most four words
    after it («أطلقت هذه القوات ذخائر»، «ألقى الجيش عددا كبيرا من البراميل»), or at most three words before
    it when nothing after it is an attack noun («الرصاصة أطلقها مجهول»، «بقذائف مدفعية أطلقها الجيش»), is an
    attack (ASSAULT); without a munition أطلق stays the light verb of a release or a launch.

    تنفيذ / نفذ with a sentence of death at most four words after it («تم تنفيذ حكم القتل قصاصاً»، «نفذت
    وزارة الداخلية أمس حكم القتل»، «ولم ينفذ أي حكم بالاعدام») is the carrying out of a sentence (COERCE); its
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
                        info[i] = ([Entry("COERCE", None, kind, imperfect=imperfect or fut)], fut, w)
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


class Extractor:
    def __init__(self, add_entities: bool = True) -> None:
        self.add_entities = add_entities
        self.ar = arabic()
        self.en = english()
        self.agents = arabic_agents()
        self._cache: dict[tuple, tuple[list[Entry], bool, str]] = {}

    # ------------------------------------------------------------ entry point
    def __call__(self, doc: Document) -> None:
        lang = doc.language or doc.layer.language
        lang = "ar" if lang == "ar" else "en"
        layer = doc.layer
        ents_by_start = sorted(
            ((m.start, m.end, e) for e in doc.entities for m in e.mentions), key=lambda x: (x[0], -x[1])
        )
        self._had_entities = bool(doc.entities)
        self._doc_text = doc.text
        dateline = self._dateline(doc)
        m = _DATELINE.match(doc.text)
        dateline_end = m.end() if m else None
        # a date written in the dateline ("LONDON, March 5 (Reuters) -", «القاهرة في 5 مارس -»)
        head = _DATELINE_ANY.match(doc.text)
        self._dateline_date = next(
            (
                tm.value
                for tm in doc.times
                if head and tm.value and tm.end <= head.end() and tm.type == "DATE"
            ),
            None,
        )
        events: list[Event] = []
        person_spans = sorted(
            (m.start, m.end) for e in doc.entities if e.type == "PERSON" for m in e.mentions if " " in m.text
        )
        org_spans = sorted(
            (m.start, m.end) for e in doc.entities if e.type == "ORG" for m in e.mentions if " " in m.text
        )
        anaphoric: set[int] = set()
        circ: set[int] = set()
        self._new_entities: list[Entity] = []
        self._next_id = 1 + max(
            (int(m) for e in doc.entities for m in re.findall(r"\d+", e.id)[-1:]), default=0
        )
        for si, (ss, se) in enumerate(layer.sentences):
            toks = layer.sentence_tokens(si)
            if not toks:
                continue
            trigs = self._ar_triggers(toks) if lang == "ar" else self._en_triggers(toks)
            if lang == "ar" and not any(t.type == "PROTEST" for t in trigs):
                crowd = self._ar_crowd(toks)
                if crowd is not None:
                    trigs.append(Trig(crowd, crowd, "PROTEST", "demo", "noun", [crowd]))
                    trigs.sort(key=lambda t: t.a)
            # a word inside a person's name is no trigger (علي بن أبي طالب is no demand)
            trigs = [t for t in trigs if not _inside_person(toks[t.a].start, toks[t.b].end, person_spans)]
            if lang == "ar":  # (round 21) «ووصف دان دي لوس»، «مجلس التعاون الخليجي»: a name, no event
                trigs = [t for t in trigs if not ar_trigger_in_name(toks, t, person_spans, org_spans)]
                trigs = [t for t in trigs if not ar_cite_sense(toks, t)]  # (round 24) «استشهد بتصريحات»
            if not trigs:
                continue
            # quote marks around a short name, a hyphen inside a word and an abbreviation's dot are no
            # clause break for the factuality scans
            self._ftoks = ftoks = transparent_quotes(toks)
            self._factuality(ftoks, trigs, lang)
            cands = self._candidates(doc, toks, ss, se, ents_by_start, lang)
            if dateline_end is not None and ss < dateline_end:  # "WASHINGTON (AP) -" is no participant
                cands = [c for c in cands if c.start >= dateline_end]
            self._attr_stop = len(toks)
            attr = self._attribution(toks, lang, cands)
            for t in trigs:
                ev = self._event(doc, toks, t, cands, attr, lang, ss, se, dateline)
                if ev is not None:
                    events.append(ev)
                    ana = self._anaphoric(toks, t, lang)
                    if lang == "ar" and (
                        ar_circumstance_attack(toks, t) or ar_antecedent_harm(toks, t) is not None
                    ):
                        circ.add(id(ev))
                    if ana == "strong" or (
                        ana
                        and not (
                            {ev.actor, ev.target} - {None} - role_noun_ids(doc.entities + self._new_entities)
                        )
                    ):
                        anaphoric.add(id(ev))
        if self._new_entities:
            doc.entities.extend(self._new_entities)
        doc.events = _dedup(events, anaphoric, role_noun_ids(doc.entities), circ)
        for i, ev in enumerate(doc.events, 1):
            ev.id = f"ev{i}"

    # ------------------------------------------------------------ triggers
    def _ar_triggers(self, toks: list[Token]) -> list[Trig]:
        info: list[tuple[list[Entry], bool, str]] = []
        for t in toks:
            if t.kind != "ar":
                info.append(([], False, ""))
                continue
            keys = _ar_keys(t)
            hit = self._cache.get(keys)
            if hit is None:
                if len(self._cache) > 100_000:
                    self._cache.clear()
                hit = self._cache[keys] = _lookup(self.ar, keys)
            info.append(hit)
        # two-word event nouns: اتصال هاتفي، إطلاق النار، وقف إطلاق النار، حظر التجول، حالة الطوارئ
        self._phrase_span = {}
        for i in range(len(toks) - 1):
            if toks[i].kind != "ar" or any(a < i <= b for a, b in self._phrase_span.items()):
                continue  # inside a phrase already read: وقف إطلاق النار is no إطلاق النار
            nxt = toks[i + 1].norm
            for k, _ in _ar_keys(toks[i]):
                k = k.lstrip("+~")
                hit2 = next(
                    (
                        (tm, ln)
                        for b, (tm, ln) in _AR_BIGRAMS_BY_FIRST.get(k, ())
                        # (round 21) the adjective agrees in definiteness: «العمليات العسكرية»
                        if (
                            nxt.startswith(b)
                            or (b[:2] != "ال" and nxt.startswith("ال" + b) and not _ar_stance_object(toks, i))
                        )
                    ),
                    None,
                )
                if hit2 is not None:
                    (typ, mode), ln = hit2
                    info[i] = ([Entry(typ, mode, "noun")], False, k)
                    for j in range(i + 1, min(len(toks), i + ln)):
                        info[j] = ([], False, "")
                    self._phrase_span[i] = min(len(toks) - 1, i + ln - 1)
                    break
        # (round 12) a word right after a cardinal number is the counted noun, no verb: «قتل 20 طالبا»
        # (students, not "demanded"); a year before a verb stays («في 2015 قتلت القوات»)
        for i in range(1, len(toks)):
            num = toks[i - 1].text
            if (
                toks[i - 1].kind == "num"
                and num.isdigit()
                and not (len(num) == 4 and num[:2] in ("19", "20"))
            ):
                kept = [e for e in info[i][0] if e.kind != "verb"]
                if len(kept) < len(info[i][0]):
                    info[i] = (kept, info[i][1], info[i][2] if kept else "")
        # «فجّر (انتحاري) نفسه»: a suicide bombing (فجر alone is dawn)
        for i, t in enumerate(toks):
            if (t.norm in ("فجر", "فجرت") or _bare(t.norm) in ("فجر", "فجرت")) and any(
                toks[k].norm in ("نفسه", "نفسها", "انفسهم") for k in range(i + 1, min(len(toks), i + 4))
            ):
                info[i] = ([Entry("ASSAULT", "suicide-attack", "verb")], info[i][1], info[i][2])
        # «جرى خلال الاتصال / الاستقبال استعراض العلاقات»: during the call, the call itself took place
        for i in range(1, len(toks)):
            ents_i = info[i][0]
            if (
                toks[i - 1].norm in _AR_DURING
                and any(e.type == "CONSULT" and e.kind == "weak" for e in ents_i)
                and info[i][2].lstrip("+~") in _AR_MEETING_NOUNS  # not «خلال الجلسة» of a market
            ):
                e0 = next(e for e in ents_i if e.type == "CONSULT")
                info[i] = ([Entry("CONSULT", e0.mode, "noun")], info[i][1], info[i][2])
        # (round 21) «اعترضت الدفاعات الجوية صاروخا»: a missile or drone intercepted, no objection (the
        # English "intercepted" is no trigger either); «اعترضت الحكومة على القرار» stays a rejection
        for i in range(len(toks)):
            if any(e.type == "REJECT" for e in info[i][0]) and _ar_interception(toks, info[i][2], i):
                info[i] = ([], False, "")
        _ar_context_nouns(toks, info)
        _ar_round22(toks, info, self._phrase_span)
        return _ar_senses(toks, self._assemble(toks, info, self.ar.governors, "ar"))

    def _en_triggers(self, toks: list[Token]) -> list[Trig]:
        lows = [en_lemma(t.text) if t.kind == "latin" else t.text for t in toks]
        info: list[tuple[list[Entry], bool, str]] = [([], False, "")] * len(toks)
        info = list(info)
        phrase_span: dict[int, int] = {}
        # a word inside a hyphenated modifier is no trigger: long-threatened, open-ended, US-led, anti-war
        compound: set[int] = set()
        for k in range(1, len(toks) - 1):
            if toks[k].text == "-" and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start:
                compound.update((k - 1, k + 1))
        i = 0
        while i < len(toks):
            hit = None
            for ln in (5, 4, 3, 2):
                key = tuple(lows[i : i + ln])
                if len(key) == ln and key in self.en.phrases:
                    hit = (ln, self.en.phrases[key])
                    break
            if hit and i in compound and not (lows[i + 1] == "-" and (i == 0 or lows[i - 1] != "-")):
                hit = None  # a phrase may start a hyphenated word (cease-fire), not inside one
            if hit:
                ln, ents = hit
                info[i] = (sorted(ents, key=lambda e: _KIND_ORDER[e.kind]), False, " ".join(lows[i : i + ln]))
                phrase_span[i] = i + ln - 1
                i += ln
                continue
            if i in compound:
                i += 1
                continue
            if toks[i].kind == "latin" and toks[i].text not in ("March", "May"):  # months
                ents = self.en.lookup(lows[i])
                if ents:
                    info[i] = (sorted(ents, key=lambda e: _KIND_ORDER[e.kind]), False, lows[i])
            i += 1
        # riot police, aid workers, protest leaders: the word names people, not an event; nor is a
        # press release or a news conference
        for i in range(len(toks)):
            if i > 0 and toks[i - 1].text.lower() in ("press", "news"):
                info[i] = ([], False, "")
                continue
            nxt = phrase_span.get(i, i) + 1
            kinds = {e.kind for e in info[i][0]}
            if kinds & {"noun", "weak"} and nxt < len(toks) and toks[nxt].text.lower() in EN_MODIFIED:
                info[i] = ([], False, "")
        self._phrase_span = phrase_span
        # senses that are no PLOVER event: a weather warning, a report released, a question asked, what the
        # market demands; a verbal attack on a proposal is a criticism (ACCUSE); held in jail is a detention
        n = len(toks)
        for i in range(n):
            w = lows[i]
            if not info[i][0] and w != "held":
                continue
            nxt3, prv3 = set(lows[i + 1 : i + 4]), set(lows[max(0, i - 3) : i])
            if w.startswith("warn") and set(lows[i + 1 : i + 9]) & _EN_HAZARD:
                info[i] = ([], False, "")
            elif w.startswith("releas") and (nxt3 | prv3) & _EN_DOCS:
                info[i] = ([], False, "")
            elif w.startswith("ask") and (
                (i + 1 < n and lows[i + 1] in _EN_QUESTION) or (i > 0 and lows[i - 1] == "when")
            ):
                info[i] = ([], False, "")
            elif w.startswith("demand") and i > 0 and lows[i - 1] in _EN_MARKET:
                info[i] = ([], False, "")
            elif (
                w.startswith("declin") and i + 2 < n and lows[i + 1] == "to" and lows[i + 2] in _EN_NO_COMMENT
            ):
                info[i] = ([], False, "")  # declined to comment: no rejection
            elif w in ("accused", "detained") and i > 0 and lows[i - 1] in ("the", "an", "a"):
                info[i] = ([], False, "")  # "the accused" is a person
            elif (
                w == "arrest"
                and i > 0
                and lows[i - 1].startswith(("evad", "avoid", "resist", "escap", "dodg"))
            ):
                info[i] = ([], False, "")  # "to evade arrest", "resisting arrest": no arrest took place
            elif (
                w.startswith("demonstrat")
                and not w.startswith("demonstrator")
                and i + 1 < n
                and (
                    lows[i + 1] in ("that", "how", "what", "the", "a", "an", "its", "his", "her", "their")
                    and not w.startswith("demonstration")
                )
            ):
                info[i] = ([], False, "")  # "this case demonstrates that", "demonstrated the risk": shows
            elif w.startswith(("accusation", "allegation")) and any(
                x in _EN_DENY for x in lows[max(0, i - 3) : i]
            ):
                info[i] = ([], False, "")  # "Iran denied the accusation": the denial is the event
            elif w == "suspension" and set(lows) & _EN_VEHICLE_PARTS:
                info[i] = ([], False, "")  # a car's suspension, no sanction
            elif w.startswith("demonstration") and _en_showcase(lows, i):
                info[i] = (
                    [],
                    False,
                    "",
                )  # "the demonstration phase", "a demonstration of its drone": a showcase
            elif w in ("jail", "prison") and i > 0 and lows[i - 1] in _EN_JAIL_PLACE:
                info[i] = ([], False, "")  # "leaving jail", "released from prison": a place
            elif w.startswith("accept") and set(lows[i + 1 : i + 5]) & _EN_AWARD:
                info[i] = ([], False, "")  # accepted a medal: no agreement
            elif w.startswith(("close", "closing", "block", "shut")) and set(lows) & (
                (_EN_HAZARD - {"road", "roads", "conditions"}) | _EN_ACCIDENT
            ):
                info[i] = ([], False, "")  # a road closed by a mudslide, a river blocked by a landslide
            elif (
                w.startswith(("kill", "injur", "wound", "hurt"))
                and set(lows) & _EN_ACCIDENT
                and not (set(lows) - _reporting_police(lows)) & _EN_VIOLENCE
            ):
                info[i] = ([], False, "")  # killed when a tree fell, injured in a crash: no assault
            elif w in ("telephone", "phone") and i + 1 < n and lows[i + 1] == "interview":
                info[i] = ([], False, "")  # "said in a telephone interview": a press interview
            elif w == "promising" and i + 1 < n and lows[i + 1] not in ("to", "that", "a", "an", "the"):
                info[i] = ([], False, "")  # "the promising young engineer": an adjective
            elif w == "visit" and i + 1 < n and lows[i + 1].startswith(("www", "http")):
                info[i] = ([], False, "")  # "visit www.example.com"
            elif (
                w.startswith("visit")
                and any(e.type == "CONSULT" for e in info[i][0])
                and _visit_object(lows, toks, i) in _EN_PRIVATE_PLACES
            ):
                info[i] = ([], False, "")  # visiting other cities, relatives, the area: no diplomatic visit
            elif w == "object" and (
                (i > 0 and (lows[i - 1] in _EN_DETERMINERS | _EN_ARTICLE or lows[i - 1].endswith("ing")))
                or (
                    i + 1 < n
                    and lows[i + 1] not in ("to", "that")
                    and toks[i + 1].text not in F.PUNCT_BOUNDARY
                )
            ):
                info[i] = ([], False, "")  # (round 21) "an object", "flying object": a thing, no objection
            elif w in _EN_FIRED_OBJ and i not in phrase_span and not set(lows[max(0, i - 4) : i]) & _EN_FIRE:
                info[i] = (
                    [],
                    False,
                    "",
                )  # (round 21) shots and a weapon are only fired: "launched a new weapon"
            elif w.startswith("captur") and (
                set(lows[max(0, i - 4) : i + 5]) & _EN_RECORDING or not _en_done_to_person(toks, lows, i)
            ):
                # (round 21) "cameras captured the shooting", "captured the title", "capture market share":
                # an arrest is a person captured (passive, or a person named after the verb)
                info[i] = ([], False, "")
            elif w in ("hitting", "drowning", "harmed") and not _en_done_to_person(toks, lows, i):
                info[i] = (
                    [],
                    False,
                    "",
                )  # (round 21) "hitting record highs", "drowning in debt", "harmed the economy"
            elif (
                w == "war"
                and i not in phrase_span
                and (
                    (i > 0 and lows[i - 1] in _EN_NOT_WAR)
                    or (i + 1 < n and lows[i + 1] in _EN_WAR_MODIFIES)
                    or (i + 2 < n and lows[i + 1] == "on" and lows[i + 2] in _EN_NOT_WAR_ON)
                )
            ):
                # (round 21) a trade war, war crimes, a war veteran, a war on drugs: no fighting told
                info[i] = ([], False, "")
            elif (
                w.startswith(("point", "pull"))
                and w.endswith("ing")
                and any(e.type == "THREATEN" for e in info[i][0])
                and not (i > 0 and lows[i - 1] in _EN_GERUND_GOV)
            ):
                # (round 21) "saw the man pointing a handgun": a scene seen, whose factuality the perception
                # verb governs; "accused of pulling a gun" keeps its threat
                info[i] = ([], False, "")
            elif w.startswith("recall") and not set(lows[i + 1 : i + 6]) & _EN_DIPLOMATIC:
                info[i] = ([], False, "")  # "Hughes recalled", "the recalled products": no envoy recalled
            elif (
                w.startswith("suspend")
                and any(e.type == "SANCTION" for e in info[i][0])
                and not (nxt3 | set(lows[i + 1 : i + 6])) & _EN_SUSPENDABLE
            ):
                info[i] = ([], False, "")  # a suspended sentence, a search suspended: no relations cut
            elif w in ("alert", "alerts") and not (i > 0 and lows[i - 1] in _EN_ALERT_LEVEL):
                info[i] = ([], False, "")  # an Amber Alert, alerts over fine dust: only "on high alert"
            elif (
                w.startswith(("deploy", "reinforc", "mobiliz", "mobilis"))
                and any(e.type == "MOBILIZE" for e in info[i][0])
                and not set(lows[max(0, i - 6) : i + 8]) & _EN_FORCES
            ):
                info[i] = ([], False, "")  # salt trucks deployed, "reinforced the sense of": no forces
            elif w.startswith("accept") and not set(lows[i + 1 : i + 6]) & _EN_ACCEPTABLE:
                info[i] = ([], False, "")  # accepted to a university, accepting a company: no agreement
            elif w in _EN_SPORT_SENSES and _sport(lows):
                info[i] = ([], False, "")  # "scheduled to host the NC Dinos", "a 90th minute strike": a game
            elif w.startswith("threaten") and i > 0 and lows[i - 1] in _EN_DEGREE:
                info[i] = (
                    [],
                    False,
                    "",
                )  # "particularly threatening to South Africa": a danger, an adjective
            elif w == "arrest" and {"warrant", "warrants"} & set(lows[max(0, i - 5) : i]):
                info[i] = ([], False, "")  # "four warrants out for her arrest": no arrest yet
            elif w.startswith("evacuat") and set(lows) & (_EN_HAZARD | _EN_ACCIDENT | _EN_DISASTER):
                info[i] = ([], False, "")  # people evacuated from a flood: no retreat
            elif w == "refuse" and i + 1 < n and lows[i + 1] not in _EN_REFUSE_NEXT:
                info[i] = ([], False, "")  # refuse pickup, refuse piles: rubbish
            elif w in ("threat", "threats") and i > 0 and lows[i - 1] in _EN_DANGER_MOD:
                info[i] = ([], False, "")  # the terrorist threat, a growing threat: a danger, no threat made
            elif w.startswith("warn") and set(lows[i + 1 : i + 12]) & _EN_RISK:
                info[i] = ([], False, "")  # warned of delays, of a deficit, to be vigilant: a caution
            elif (
                w in ("attack", "attacks", "attacked", "attacking")
                and set(lows[i + 1 : i + 5]) & _EN_ABSTRACT
            ):
                info[i] = ([Entry("ACCUSE", None, "verb")], False, w)
            elif (
                w == "held"
                and i > 0
                and lows[i - 1] in ("is", "was", "were", "are", "being", "been")
                and set(lows[i + 1 : i + 7]) & {"bond", "bail", "custody", "jail", "detainer", "prison"}
            ):
                info[i] = ([Entry("COERCE", "arrest", "verb")], False, w)
        # demonstrators gathered / protesters visit homes: a crowd's act is a protest (CAMEO 141); "the
        # agreement was signed by": a formal agreement signed (057) whatever the word order
        for i in range(n):
            w, prv4 = lows[i], set(lows[max(0, i - 4) : i])
            if w in _EN_GATHER and prv4 & _EN_PROTESTERS:
                info[i] = ([Entry("PROTEST", "demo", "verb")], False, w)
            elif w.startswith("visit") and prv4 & _EN_PROTESTERS:
                info[i] = ([Entry("PROTEST", "demo", "verb")], False, w)
            elif (
                w.startswith("sign")
                and i > 0
                and lows[i - 1] in ("was", "were", "been", "be", "is", "are", "being")
                and re.search(_EN_FORMAL, " ".join(lows[max(0, i - 14) : i])) is not None
            ):
                info[i] = ([Entry("SUPPORT", None, "verb")], False, w)
            elif (
                w in ("went", "go", "goes", "gone")
                and i + 1 < n
                and lows[i + 1] == "off"
                and prv4 & _EN_BOMBS
            ):
                info[i] = ([Entry("ASSAULT", "explosives", "verb")], False, w)  # the bomb went off
            elif w.startswith(("promis", "vow", "pledg")) and set(lows[i + 1 : i + 7]) & _EN_RETALIATION:
                info[i] = ([Entry("THREATEN", None, "verb")], False, w)  # promised a response (138)
        # a capitalised word inside a name is no trigger: Amnesty International, Relief International,
        # Peace Corps (a Title Case headline stays readable: all its words are capitalised)
        title_case = sum(t.text[:1].isupper() for t in toks if t.kind == "latin") > 0.6 * max(
            1, sum(t.kind == "latin" for t in toks)
        )
        for i in range(n - 1):
            nxt_t = toks[i + 1]
            if (
                info[i][0]
                and not title_case
                and toks[i].text[:1].isupper()
                and not toks[i].text.isupper()
                and nxt_t.kind == "latin"
                and nxt_t.text[:1].isupper()
                and not nxt_t.text.isupper()
                and lows[i + 1] not in EN_STOP_CAPS
                and not info[i + 1][0]
            ):
                info[i] = ([], False, "")
        # "a ceasefire agreement", "trade talks": the first noun modifies the event noun that heads them
        for i in range(n - 1):
            if lows[i + 1] in _EN_HEAD_EVENT_NOUNS and info[i + 1][0] and info[i][0] and i not in phrase_span:
                if {e.kind for e in info[i][0]} <= {"noun", "weak"}:
                    info[i] = ([], False, "")
        # "pleaded not guilty to murder" is a plea in court, not a request
        for i in range(len(toks) - 1):
            if lows[i].startswith("plead") and lows[i + 1] in ("guilty", "not", "no", "innocent"):
                info[i] = ([], False, "")
        # split verb phrases the lexicon cannot list: "received the visiting Chinese president" (CAMEO 043
        # host a visit), "pulled its troops out of" (087 withdraw), "found the former minister guilty" (116)
        for i in range(len(toks)):
            if toks[i].kind != "latin" or (info[i][0] and lows[i] not in _EN_PULL | _EN_RECEIVE):
                continue
            nxt = []
            for k in range(i + 1, min(len(toks), i + 10)):
                if toks[k].text in F.PUNCT_BOUNDARY and not (
                    toks[k].text == "-" and toks[k - 1].end == toks[k].start  # al-Majid, Geun-hye
                ):
                    break
                nxt.append(lows[k])
            if lows[i] in _EN_RECEIVE and set(nxt[:5]) & _EN_TITLES:
                info[i] = ([Entry("CONSULT", "visit", "verb")], False, lows[i])
            elif lows[i] in _EN_PULL and "out" in nxt[1:4]:
                far = {lows[k] for k in range(i + 1, min(len(toks), i + 8))}
                if far & _EN_TALKS:  # pulled its delegation out of the talks: halt negotiations (164)
                    info[i] = ([Entry("SANCTION", "withdraw", "verb")], False, lows[i])
                elif not far & _EN_MISSION:
                    info[i] = ([Entry("RETREAT", None, "verb")], False, lows[i])
            elif lows[i] in _EN_FIND and "guilty" in nxt[1:9]:
                info[i] = ([Entry("ACCUSE", None, "verb")], False, lows[i])
        # "X must ..." is a demand only when someone says it: "Russia said Sudan must return the helicopter"
        # "should" only before an event: "X should be released, Y said" is a demand, advice is not
        speech = any(w in EN_SPEECH for w in lows)
        for i, w in enumerate(lows):
            if w == "must" and not speech:
                info[i] = ([], False, "")
            elif w == "should" and not (speech and any(info[k][0] for k in range(i + 1, min(n, i + 4)))):
                info[i] = ([], False, "")
        return self._assemble(toks, info, self.en.governors, "en", lows)

    def _assemble(self, toks, info, governors, lang, lows=None) -> list[Trig]:
        out: list[Trig] = []
        consumed: set[int] = set()
        phrase_span = getattr(self, "_phrase_span", {})
        boundary = F.PUNCT_BOUNDARY
        for i, (ents, fut, _key) in enumerate(info):
            if not ents or i in consumed:
                continue
            kinds = {e.kind for e in ents}
            end_i = phrase_span.get(i, i)
            # light verb + event noun within a short window
            if "light" in kinds:
                best = None
                for j in range(end_i + 1, min(len(toks), end_i + (8 if lang == "ar" else 7))):
                    if lang == "en" and toks[j].text.lower() in EN_LIGHT_STOP:
                        break  # "give a motive for the attack", "launched a plan to offer loans"
                    if toks[j].text in boundary and not (
                        toks[j].text == "-"
                        and toks[j - 1].end == toks[j].start
                        and toks[j].end == toks[j + 1].start
                        if j + 1 < len(toks)
                        else False
                    ):
                        break  # a hyphen inside a word (day-old) is no boundary
                    jents = info[j][0]
                    strong = [e for e in jents if e.kind == "noun"]
                    weak = [e for e in jents if e.kind == "weak"]
                    if strong:
                        best = (j, strong[0])
                        break
                    if weak and best is None:
                        best = (j, weak[0])
                        if weak[0].type in {x.type for x in ents if x.kind == "light"}:
                            break  # «توقع الحكومة الاتفاق»: its own object, not a noun further on
                if best is not None:
                    j, e = best
                    lights = [x for x in ents if x.kind == "light"]
                    lt = lights[0]
                    resolved = _light_type({x.type for x in lights}, e)
                    if lang == "ar" and e.type == "PROTEST" and _bare(info[i][2]) in _AR_START_LIGHT:
                        resolved = (
                            "PROTEST",
                            e.mode,
                        )  # «بدأ المحتجون اعتصاما»: a sit-in begun, no protest note
                    if lang == "ar" and e.mode == "expel" and _bare(info[i][2]) in _AR_STRESS:
                        resolved = None  # «وشدد السفير على»: stressed, no sanction on an ambassador
                    if lang == "ar" and _ar_space_launch(toks, info, j):
                        resolved = None  # «أطلقت الصين صاروخا يحمل قمرا صناعيا»: a launch into space
                    if resolved is not None:
                        typ, mode = resolved
                        consumed.add(j)
                        jb = phrase_span.get(j, j)  # the whole event noun: "began a hunger strike"
                        consumed.update(range(j, jb + 1))
                        out.append(Trig(i, jb, typ, mode, "verb", [i, j], future=fut, imperfect=lt.imperfect))
                        continue
                if (
                    lang == "ar"
                    and best is None
                    and out
                    and not fut
                    and kinds <= {"light", "weak"}
                    and _ar_light_after_noun(toks, out[-1], i, ents)
                ):
                    # (round 21) «العقوبات الجديدة التي فرضتها»: the verb of its own noun; the trigger's text
                    # reaches it, the event stays the noun's (its cues and participants are read as before)
                    out[-1].tail = i
                    continue
                if kinds <= {"light", "weak"}:
                    continue
            e = next((x for x in ents if x.kind in ("verb", "noun")), None)
            if e is None:
                continue
            if e.kind == "noun" and lang == "ar" and i > 0:
                prev = toks[i - 1].norm
                if prev in AR_BLOCK_PREV or (len(prev) > 3 and prev[1:] in AR_BLOCK_PREV):
                    continue
            if e.kind == "noun" and i > 0:
                pw = toks[i - 1].norm if lang == "ar" else toks[i - 1].text.lower()
                if pw in (AR_TOPIC if lang == "ar" else EN_TOPIC):
                    continue  # «ستتناول التعاون»، «محادثات بشأن الاتفاق»: a topic, not an event
            if (
                lang == "en"
                and i > 0
                and toks[i].text[:1].isupper()
                and toks[i - 1].text not in ('"', "“", "(", ":")
            ):
                continue  # part of a name: Amnesty International, Security Council, Defense Secretary
            out.append(Trig(i, end_i, e.type, e.mode, e.kind, [i], future=fut, imperfect=e.imperfect))
        # peacekeepers sent or deployed are aid (PLOVER AID/peacekeeping), not a show of force
        if lang == "en":
            for t in out:
                if t.type == "MOBILIZE" and any(
                    toks[k].text.lower().startswith("peacekeep")
                    for k in range(max(0, t.a - 3), min(len(toks), t.b + 5))
                ):
                    t.type, t.mode = "AID", "peacekeeping"
                after = [toks[k].text.lower() for k in range(t.b + 1, min(len(toks), t.b + 7))]
                head = toks[t.a].text.lower()
                if t.type == "CONCEDE" and head.startswith(("allow", "permit")) and set(after) & _EN_ACCESS:
                    t.type, t.mode = (
                        "RETREAT",
                        "access",
                    )  # allowed aid deliveries / inspectors in (CAMEO 086x)
                elif t.type == "RETREAT" and head.startswith("withdr") and set(after) & _EN_MISSION:
                    t.type, t.mode = "SANCTION", "expel"  # withdrew its troops from the peacekeeping mission
                elif (
                    t.type == "SANCTION"
                    and head.startswith("withdr")
                    and any(
                        toks[k].text.lower() in _EN_ARMS
                        # "withdraw weapons inspectors" withdraws the inspectors
                        and not (k + 1 < len(toks) and toks[k + 1].text.lower() in _EN_DIPLOMATIC)
                        for k in range(t.a + 1, min(len(toks), t.b + 4))
                    )
                ):
                    t.type, t.mode = "RETREAT", "withdraw"  # withdrew heavy weapons (de-escalation)
                elif (
                    t.type == "COERCE" and head.startswith(("shut", "clos")) and set(after[:4]) & _EN_EMBASSY
                ):
                    t.type, t.mode = "SANCTION", "withdraw"  # closed its embassy: reduce relations (161)
                elif (
                    t.type == "SANCTION"
                    and head.startswith("expel")
                    and not set(after[:5]) & _EN_DIPLOMATIC
                    and set(after[:5]) & _EN_PERSONS
                ):
                    t.type, t.mode = "COERCE", "deport"  # expelled a journalist (CAMEO 174), not diplomats
        # the same event said twice in one clause (a noun and its verb: "no agreement was signed")
        merged: list[Trig] = []
        for t in out:
            prev = merged[-1] if merged else None
            if (
                lang == "en"
                and prev is not None
                and prev.type == "AGREE"
                and prev.kind == "noun"
                and t.type == "SUPPORT"
                and toks[t.a].text.lower().startswith("sign")
                and 0 < t.a - prev.b <= 3
                and not any(toks[k].text in boundary for k in range(prev.b + 1, t.a))
            ):
                # (round 21) "no agreement was signed": the passive verb is the agreement's own signing,
                # one action; the noun's event takes the verb (its trigger reads "agreement was signed")
                prev.b = t.b
                prev.cues += t.cues
                prev.future = prev.future or t.future
                prev.kind = "verb"
                continue
            if (
                prev is not None
                and prev.type == t.type
                and (
                    (t.a - prev.b <= 3 and not any(toks[k].text in boundary for k in range(prev.b + 1, t.a)))
                    or (t.kind == "noun" and t.a - prev.b <= 8)
                )
            ):
                if (
                    lang == "ar"
                    and _bare(info[prev.a][2].lstrip("+~")) in _AR_RESULT_NOUNS | _AR_DOCUMENT_NOUNS
                ):
                    # (round 18) «مقتل عشرين في غارات»، «انفجار ... الهجوم»: a death or a blast told before
                    # the attack that caused it is the same event; the attack names it
                    t.cues = prev.cues + t.cues
                    t.future = prev.future or t.future
                    if prev.kind == "verb":
                        t.kind = "verb"
                    merged[-1] = t
                    continue
                if t.a - prev.b <= 3:
                    prev.b = max(prev.b, t.b)
                prev.cues += t.cues
                prev.future = prev.future or t.future
                if t.kind == "verb":
                    prev.kind = "verb"
                continue
            merged.append(t)
        # governors: the event in the complement of رفض / طالب / هدد / refused / urged is embedded
        for t in merged:
            key = info[t.a][2]
            gov = governors.get(key) or (governors.get(toks[t.a].text.lower()) if lang == "en" else None)
            if gov is None and lang == "ar":
                for k, _ in _ar_keys(toks[t.a]):
                    k = k.lstrip("+~")
                    if k in governors:
                        gov = governors[k]
                        break
            if gov is None:
                continue
            for u in merged:
                if u is t or u.a <= t.b or u.a - t.b > 12:
                    continue
                if any(toks[k].text in boundary for k in range(t.b + 1, u.a)) and not _quote_opens(
                    toks, t.b, u.a
                ):
                    continue
                if lang == "ar" and any(
                    toks[k].norm in ("فان", "فانه", "فانها", "فلن", "فسوف", "فقد")
                    for k in range(t.b + 1, u.a)
                ):
                    continue  # (round 12) «إذا رفضت الحكومة المبادرة فإن المعارضة ستنظم»: the apodosis is a clause of its own
                if any(
                    (toks[k].text.lower() in _EN_SUBORD)
                    if lang == "en"
                    else (_bare(toks[k].norm) in _AR_SUBORD)
                    for k in range(t.b + 1, u.a)
                ):
                    continue  # "rejected the US as a mediator if peace talks are ever revived", «إذا استؤنفت»
                if any(
                    (toks[k].text.lower() in _EN_SPEECH_ACT)
                    if lang == "en"
                    else (
                        _bare(toks[k].norm) in _AR_SPEECH_ACT
                        or _unprep(_bare(toks[k].norm)) in _AR_SPEECH_ACT
                    )
                    for k in range(t.b + 1, u.a)
                ):
                    continue  # «رفض المتحدث التعليق على الهجوم», "declined to comment on the attack"
                effect = gov[1]
                if lang == "ar" and gov[0] == "THREATEN" and _ar_bi_complement(toks, t.b, u.a):
                    effect = "planned"  # (round 22) «وهددوا برفضه»، «توعدت بملاحقة»، «هدد بشكل غير مباشر بتنفيذ هجمات»
                if effect == "denied" and t.a >= 2:
                    # «لا يمكنهما تأكيد أو نفي زيارة», "could neither confirm nor deny the visit": open
                    w1 = toks[t.a - 1].norm if lang == "ar" else toks[t.a - 1].text.lower()
                    w2 = toks[t.a - 2].norm if lang == "ar" else toks[t.a - 2].text.lower()
                    if w1 in ("او", "nor", "or") and _bare(w2).startswith(
                        ("تاكيد", "يؤكد", "تؤكد", "confirm")
                    ):
                        effect = "possible"
                if effect == "denied" and any(
                    (toks[k].text.lower() if lang == "en" else _bare(toks[k].norm))
                    in (F.EN_RESPONSIBILITY if lang == "en" else F.AR_RESPONSIBILITY)
                    for k in range(t.b + 1, u.a)
                ):
                    continue  # "denied any involvement in the attack", «نفى أي دور في الهجوم»: the part denied
                if effect == "denied":
                    # نفى أن / denied that: the complement clause is negated; so is an action noun or
                    # gerund that is the object («نفت الشرطة اعتقال أي متظاهرين», "denied holding talks"),
                    # but not the accusation denied («نفت روسيا الاتهامات», "denied the charges")
                    comp = {"ان", "انه", "انها", "بان", "that", "having", "it", "he", "she", "they"}
                    words = [
                        toks[k].norm if lang == "ar" else toks[k].text.lower() for k in range(t.b + 1, u.a)
                    ]
                    if not comp & set(words):
                        stops = F.AR_BOUNDARY if lang == "ar" else F.EN_BOUNDARY
                        if (
                            u.type == "ACCUSE"
                            or u.a - t.b > 6
                            or any(w in stops or (lang == "ar" and _bare(w) in stops) for w in words)
                        ):
                            continue
                    effect = "negative"
                u.embedded = True
                u.gov = effect
        # «وتجمع الرئيس السوري إلى أمير قطر»: تجمع that brings people together is no gathering;
        # «تظاهر بأنه ...»: تظاهر ب is "to pretend" (a rally chanting «بحياة» the leader is still a rally)
        if lang == "ar":
            for t in list(merged):
                if t.type != "PROTEST" or t.b + 1 >= len(toks):
                    continue
                nx = toks[t.b + 1]
                head = _bare(toks[t.a].norm)
                if head.startswith(("تظاهر", "يتظاهر", "تتظاهر")) and normalize(nx.prefix)[-1:] == "ب":
                    merged = [u for u in merged if u is not t]
            for t in merged:
                if t.type == "PROTEST" and _bare(toks[t.a].norm) in ("تجمع", "يجمع", "جمع"):
                    nxt = [toks[k] for k in range(t.b + 1, min(len(toks), t.b + 7))]
                    if any(x.norm in ("الي", "مع", "بين") for x in nxt) and not any(
                        _is_protester(x.text) or x.norm in AR_QUANTIFIERS for x in nxt[:3]
                    ):
                        drop_t = id(t)
                        merged = [u for u in merged if id(u) != drop_t]
        # agreed to / accepted the demands: accede to demands (CONCEDE), the demand is no event of its own
        drop: set[int] = set()
        for t, u in zip(merged, merged[1:], strict=False):
            between = [(toks[k].norm if lang == "ar" else toks[k].text.lower()) for k in range(t.b + 1, u.a)]
            if (
                t.type == "AGREE"
                and t.kind == "verb"
                and u.type == "REQUEST"
                and 0 <= len(between) <= 3
                and (
                    all(w in _OBJ_LINK for w in between)
                    # «وافقت الحكومة على مطالب»: the subject comes between in Arabic
                    or (lang == "ar" and (between[-1:] == ["علي"] or normalize(toks[u.a].prefix)[-1:] == "ل"))
                )
            ):
                t.type, t.mode = "CONCEDE", None
                drop.add(id(u))
            # boycotted the talks (REJECT), pulled out of / withdrew from the talks (SANCTION, halt talks)
            elif (
                lang == "en"
                and u.type == "CONSULT"
                and len(between) <= 4
                and all(w in _OBJ_LINK or w in ("from", "out", "of", "peace", "planned") for w in between)
            ):
                head = toks[t.a].text.lower()
                if head.startswith("boycott"):
                    t.type, t.mode = "REJECT", None
                    drop.add(id(u))
                elif t.type == "RETREAT" and head.startswith(("withdr", "pull", "walk", "quit")):
                    t.type, t.mode = "SANCTION", "withdraw"
                    drop.add(id(u))
        # vowed to release / to cooperate: a promise (AGREE), not a threat
        if lang == "en":
            for t in merged:
                if t.type == "THREATEN" and toks[t.a].text.lower() in _EN_VOW:
                    u = next((u for u in merged if u.embedded and u.a > t.b and u.a - t.b <= 8), None)
                    if u is not None and u.type in COOPERATIVE | {"AGREE", "CONCEDE"}:
                        t.type, t.mode = "AGREE", None
        return [t for t in merged if id(t) not in drop]

    @staticmethod
    def _anaphoric(toks: list[Token], t: Trig, lang: str) -> str | None:
        """«نفت روسيا هذه الاتهامات»، «احتجاجا على الزيارة»: a definite noun that points back to an event told before."""
        if t.kind != "noun":
            return None
        if lang == "ar":
            prev = toks[t.a - 1].norm if t.a > 0 else ""
            nxt = toks[t.b + 1].norm if t.b + 1 < len(toks) else ""
            if prev in AR_DEMONSTRATIVES or nxt in AR_DEMONSTRATIVES:
                return "strong"
            return "weak" if toks[t.a].norm.startswith("ال") else None
        prev = toks[t.a - 1].text.lower() if t.a > 0 else ""
        if prev in ("this", "these", "those"):
            return "strong"
        return "weak" if prev == "the" else None

    def _ar_crowd(self, toks: list[Token]) -> int | None:
        """A sentence whose subject is المتظاهرون / المحتجون / المعتصمون tells of a protest.

        Only the nominative plural (ـون) counts: المتظاهرين is an object or a genitive
        (اعتقال المتظاهرين، قمع الشرطة للمتظاهرين), which tells of something done to them.
        """
        for i, t in enumerate(toks):
            if t.kind != "ar" or normalize(t.prefix)[-1:] in ("ب", "ل", "ك"):
                continue
            prev = toks[i - 1].norm if i > 0 else ""
            prev2 = toks[i - 2].norm if i > 1 else ""
            counted = prev in AR_QUANTIFIERS or prev.isdigit() or (prev == "من" and prev2 in AR_QUANTIFIERS)
            for k, _ in _ar_keys(t):
                k = k.lstrip("+~")
                k = k[2:] if k.startswith("ال") else k
                if not k.startswith(("متظاهر", "محتج", "معتصم", "مضرب")) or k.startswith("محتجز"):
                    continue
                # المتظاهرون (nominative), or a counted crowd: مئات المتظاهرين، نحو مائة متظاهر
                if k.endswith("ون") or counted:
                    return i
        return None

    # ------------------------------------------------------------ factuality
    def _factuality(self, toks: list[Token], trigs: list[Trig], lang: str) -> None:
        words = [t.norm if lang == "ar" else en_lemma(t.text) for t in toks]
        if lang == "ar":
            first = next((w for w in words if w not in ("و", "ف")), "")
            first = first[1:] if first[:1] in "وف" and len(first) > 2 else first
            second = (
                words[words.index(first) + 1]
                if first in words and words.index(first) + 1 < len(words)
                else ""
            )
            sent_cond = first in ("اذا", "لو", "لولا") and second not in ("كان", "كانت")
            fi = next((j for j, w in enumerate(words) if w not in ("و", "ف")), 0)
            raw = toks[fi].text.lstrip("وف") if toks else ""
            second = words[fi + 1] if fi + 1 < len(words) else second
            verb_next = any(t.a == fi + 1 and t.kind == "verb" for t in trigs)
            if (first == "في" and second in ("حال", "حاله")) or (first == "ما" and second == "لم"):
                sent_cond = True  # في حال ...، ... / ما لم ...
            elif raw in ("إن", "إذ") and (second == "لم" or verb_next):
                sent_cond = raw == "إن"  # «وإن هاجمت»، «إن لم تنسحب»: إنّ that is never followed by a verb
        else:
            w0 = [w for w, tk in zip(words, toks, strict=True) if tk.kind != "punct"][:3]  # “If ...
            sent_cond = bool(w0) and (
                w0[0] in ("if", "unless") or w0 in (["in", "case", "of"], ["in", "the", "event"])
            )
            # an inverted condition: "Should the talks collapse, ...", "Had the police arrived earlier, ..."
            if (
                w0
                and w0[0] in ("should", "were")
                and any(tk.text == "," for tk in toks)
                and toks[-1].text != "?"
            ):
                sent_cond = True
        # "Making his first visit as president, Obama is scheduled to arrive ...": an opening participial
        # phrase shares the modality of the main clause's verb group after the comma
        opening: set[str] = set()
        open_end = -1
        if lang == "en" and words and words[0].endswith("ing") and words[0] not in ("according", "following"):
            open_end = next((k for k, tk in enumerate(toks) if tk.text == ","), -1)
            if open_end > 0:
                for k in range(open_end + 1, min(len(toks), open_end + 10)):
                    w = words[k]
                    if toks[k].text in F.PUNCT_BOUNDARY:
                        break
                    if w in F.EN_POSS:
                        opening.add("possible")
                    elif w in (
                        "will",
                        "'ll",
                        "would",
                        "scheduled",
                        "expected",
                        "due",
                        "plans",
                        "planned",
                        "set",
                    ):
                        opening.add("planned")
                    elif w in F.EN_ALLEGED:
                        opening.add("alleged")
        # "Once the agreement is signed, troops will withdraw", "When the talks resume, ...": a present-tense
        # time clause before a future main clause tells of an event to come
        time_end = -1
        if lang == "en" and words and words[0] in _EN_TIME_COND:
            comma = next((k for k, tk in enumerate(toks) if tk.text == ","), -1)
            if (
                comma > 1
                and any(w in ("will", "'ll", "shall") for w in words[comma + 1 : comma + 6])
                and not any(
                    w in ("was", "were", "had", "did")
                    or (w.endswith("ed") and words[j - 1] not in ("is", "are", "be"))
                    for j, w in enumerate(words[1:comma], start=1)
                )
            ):
                time_end = comma
        if lang == "ar" and toks:
            # «وعندما يتم توقيع الاتفاق ستنسحب القوات»، «وبمجرد توقيع الاتفاق ستنسحب»: the time clause
            # before a future main verb tells of an event to come (not «وعندما تم توقيع»)
            fi = next((j for j, w in enumerate(words) if w not in ("و", "ف")), 0)
            w0 = words[fi][1:] if words[fi][:1] in "وف" and len(words[fi]) > 3 else words[fi]
            if _bare(w0) in _AR_TIME_COND and fi + 1 < len(words):
                fut = next(
                    (j for j in range(fi + 2, min(len(words), fi + 10)) if _ar_future_verb(_bare(words[j]))),
                    -1,
                )
                if fut > 0 and (_bare(w0) == "بمجرد" or _ar_imperfect_next(words, fi)):
                    time_end = fut
        for t in trigs:
            mods: set[str] = set()
            if t.b < open_end:
                mods |= opening
            if t.b < time_end:
                mods.add("planned")
            if sent_cond and not any(toks[j].text == ":" for j in range(t.a)):
                # (round 11) a colon ends the conditional sentence's reach: «وإذا قيل لنا ... فإن علينا أن
                # نسأل: لماذا لم نشهد أي تفجير»: what follows is a statement or a question of its own
                mods.add("conditional")
            if t.future:
                mods.add("planned")
            for c in t.cues:
                if lang == "ar":
                    neg, m = self._ar_left(toks, words, c, t)
                else:
                    neg, m = self._en_left(toks, words, c, t)
                t.negated = t.negated or neg
                mods |= m
            if lang == "ar" and not t.negated and _bare(words[t.a]) in _AR_DOCUMENT_NOUNS:
                t.negated = _ar_document_not_done(toks, words, t.b)
            if lang == "ar" and not t.negated and t.a > 1 and not _bare(words[t.a]).startswith(("ال", "لل")):
                # (round 11) an indefinite event word inside a phrase quantified by أي (its head, a conjunct after أو)
                # shares the negation of that phrase: «لم نشهد أي عمليات تفخيخ أو تفجير»، «أي حملات دهم»
                q = next((j for j in range(t.a - 1, max(-1, t.a - 6), -1) if _bare(words[j]) in F.AR_ANY), -1)
                if (
                    q >= 0
                    and not any(toks[j].text in F.PUNCT_BOUNDARY for j in range(q, t.a))
                    and not any(u.kind == "verb" and q < u.a < t.a for u in trigs)
                    and not any(_bare(words[j]) in _AR_PREP_ALL for j in range(q, t.a))
                ):
                    t.negated = self._ar_neg_scope(toks, words, q + 1)[0]
            if lang == "ar" and t.kind == "noun" and _ar_future_purpose(toks, words, t.a):
                mods.add(
                    "planned"
                )  # (round 14) «لن تثنينا عن ملاحقتهم، للقبض عليهم»: the purpose of a future act
            if t.negated and _not_only(toks, words, t, lang):
                t.negated = False  # "not only killed four people but ...", «لم تقتل فقط ... بل»
            if lang == "ar" and t.negated and _ar_responsibility_for_definite(words, t.a):
                t.negated = False  # «دون أن يعلن أي طرف مسؤوليته عن الهجوم»: the attack took place
            if lang == "ar" and not t.negated and _ar_untrue_report(toks, words, t.a):
                t.negated = True  # «لا صحة للأنباء عن اعتقال الصحفي»، «نفت الشرطة صحة ما تردد عن مقتل»
                mods.discard("possible")
            if lang == "ar" and t.negated and _ar_exceptive(toks, words, t):
                t.negated = False  # «ولم تقصف تركيا داعش سوى ثلاث مرات»: only three times, it did
            if lang == "ar" and _ar_coordinated_perfect(toks, words, t):
                # «أعلن أنه لن يسمح بالمظاهرات وهدد بالتصدي لها»، «سيزور موسكو ووقع اتفاقا»: لن / لم / سـ take
                # an imperfect; a coordinated past verb starts a clause of its own
                if not _ar_direct_negation(words, t.a):
                    t.negated = False
                mods.discard("planned")
            if lang == "ar" and _ar_conditional_in(toks, t):
                mods.add("conditional")  # «فإن اتفقت الفصائل»: إنْ + a past verb
            # a cue right after the trigger: الهجوم المزعوم, "a murder charge"
            nxt = t.b + 1
            if lang == "ar" and nxt < len(toks) and words[nxt] in F.AR_ALLEGED_RIGHT:
                mods.add("alleged")
            if lang == "en" and nxt < len(toks) and words[nxt] in ("charge", "charges"):
                mods.add("alleged")
            ar_present = lang == "ar" and t.kind == "verb" and t.imperfect and not t.negated
            en_base = (
                lang == "en"
                and t.kind == "verb"
                and t.a > 0
                and (words[t.a - 1] == "to" or words[t.a - 1] in _EN_MODAL_BASE)
            )  # "prepare to meet again next month", "will meet Tuesday" is the predicate rule
            if (
                t.kind == "noun" or ar_present or en_base
            ):  # «زيارة الأسبوع المقبل», "talks next week", «اللقاء مجددا في الأسابيع المقبلة»;
                # an Arabic present verb with a future time tells a plan: «ويعقد الحلف اجتماعا غدا»،
                # «ويلتقي الرئيس نظيره الأسبوع المقبل»
                for j in range(nxt, min(len(toks), nxt + (4 if lang == "ar" else 3) + 2 * ar_present)):
                    if toks[j].text in F.PUNCT_BOUNDARY:
                        break
                    w = words[j].lower()
                    if (lang == "ar" and w in F.AR_FUTURE_RIGHT) or (
                        lang == "en"
                        and (
                            w in F.EN_FUTURE_RIGHT
                            or (
                                w == "next" and j + 1 < len(words) and words[j + 1].lower() in F.EN_NEXT_UNITS
                            )
                        )
                    ):
                        mods.add("planned")
                        t.dated_future = True
                        break
            if lang == "ar" and t.kind == "noun" and nxt + 1 < len(toks):
                # «المظاهرات التي ستنظم»، «الزيارة التي سيقوم بها»: a relative clause in the future
                rel, verb = words[nxt], toks[nxt + 1]
                vn = normalize(verb.text)
                if _bare(rel) in _AR_REL and vn[:1] == "س" and vn[1:2] in ("ي", "ت", "ن") and len(vn) > 4:
                    mods.add("planned")
            if lang == "ar" and "planned" not in mods and _ar_relative_start(toks, words, t):
                mods.add(
                    "planned"
                )  # (round 20) «الهدنة الإنسانية التي تبدأ منتصف ليل»، «في الاجتماعات التي ستعقد»
            if lang == "ar" and not mods and not t.negated and _ar_present_with_future_time(toks, words, t):
                mods.add(
                    "planned"
                )  # «ويتوجه الوزير إلى موسكو غدا لإجراء محادثات»، «ويصل ... الأحد المقبل في زيارة»
            if lang == "ar" and not mods and _ar_when_in_plan(toks, words, t):
                mods.add("planned")  # «قال إنه يعتزم بحث ... عندما يلتقي نظيره»: when he meets, to come
            if lang == "ar" and t.kind == "noun" and _ar_subject_future(toks, words, t):
                mods.add("planned")  # «وإن المفاوضات حول اتفاق جديد ستجري»، «الاجتماع سيعقد في الرياض»
            if lang == "ar" and t.kind == "noun" and _ar_round_future(toks, words, t):
                mods.add("planned")  # (round 16) «أن الجولة المقبلة من محادثات السلام ... ستجري»
            if lang == "ar" and _ar_subject_modal(toks, words, t):
                mods.add("possible")  # (round 16) «إن الضربات الجوية ... يمكن أن تعطل برنامجها»
            if lang == "ar" and _ar_plan_head(toks, words, t.a):
                mods.add("planned")  # «مستعد للتعاون»، «بالتخطيط لمهاجمة»، «خطة لسحب القوات»
            if lang == "ar" and _ar_awaited(toks, words, t):
                mods.add("planned")  # (round 18) «مذكرة تفاهم تنتظر التوقيع»، «سينتظرون زيارة كيري»
            if lang == "ar" and _ar_will_head(toks, words, t, {u.a for u in trigs if u.kind == "verb"}):
                mods.add("planned")  # (round 19) «رغبة بلده في مساعدة»، «ينص الاتفاق على إعادة العقوبات»
            if lang == "ar" and not t.negated and _ar_indication(toks, words, t):
                mods.add("possible")  # (round 20) «مؤشرات موافقة الأطراف»، «مؤشرات على أن ... اعتقلوا»
            if lang == "en" and not t.negated and _en_indication(toks, words, t):
                mods.add("possible")  # (round 20) "signs of a withdrawal", "indications that they kidnapped"
            if lang == "en" and _en_will_head(toks, words, t):
                mods.add("planned")  # (round 19) "his willingness to negotiate", "stipulates the return of"
            if lang == "en" and not t.negated and _en_failed_attempt(toks, words, t):
                t.negated = (
                    True  # (round 21) "tried in vain to deliver aid", "tried to arrest him but failed"
                )
                mods.discard("possible")
            if lang == "en" and _en_no_plan(toks, words, t):
                t.negated = True  # (round 21) "no plans to hold talks", "no intention to call a meeting"
                mods.add("planned")
            if lang == "en" and not t.negated and _en_lack_of(toks, words, t):
                t.negated = True  # (round 19) "the failure to reach an agreement", "the lack of talks"
            if lang == "ar" and not mods and not t.negated and _ar_future_object_clause(toks, words, t):
                mods.add("planned")  # (round 21) «سيبحث قرارا يرفض الاتفاق»، «سيمضي يومين ... يلتقي خلالهما»
            if lang == "ar" and not t.negated and _ar_failed_attempt(toks, words, t):
                t.negated = True  # (round 21) «حاول دون جدوى إيصال مساعدة»، «حاول تسليم مساعدة لكنه لم ينجح»
                mods.discard("possible")  # the attempt is told as fact, the act as not done
            if lang == "ar" and not mods and not t.negated and _ar_purpose_of_set_up(toks, words, t):
                mods.add("planned")  # (round 21) «بتشكيل محكمة دولية لمحاكمة المشتبه بهم»
            if lang == "ar" and not mods and not t.negated and _ar_done_under_fear(toks, words, t):
                mods.add("possible")  # (round 21) «ويتخوف مختصون أن يقوم التنظيم ... بتنفيذ هجمات»
            if lang == "ar" and not mods and not t.negated and _ar_must_on_subject(toks, words, t, trigs):
                mods.add(
                    "possible"
                )  # (round 22) «يجب على الولايات المتحدة أن تنسق»، «ينبغي على X، Y، القيام»
            if lang == "ar" and (need := _ar_need_or_demand(toks, words, t)):
                mods.add(need)  # (round 18) «ضرورة التوصل»: possible; «المطالبة بإيصال»: planned
            if lang == "ar" and t.kind == "noun":  # «وهذه المحادثات إذا حصلت»
                for j in range(nxt, min(len(toks), nxt + 2)):
                    if toks[j].text in F.PUNCT_BOUNDARY or words[j] in _CONCESSIVE_BEFORE_IF:
                        break  # «حتى لو»: even if; «خاصة إذا»: especially if
                    if words[j] in ("اذا", "لو") and toks[j].text[:1] not in "وف":
                        mods.add("conditional")  # not «المحادثات أمس وإذا ...»: a new clause
            if (
                mods & {"planned", "possible"}
                # (round 11) a present verb or an event noun, not told as past: «إن سوريا تدعم أي جهود ...
                # إذا جرت بالتنسيق»، «القدرة على إعادة فرض العقوبات اذا لم تلتزم»
                or (
                    lang == "ar"
                    and not mods - {"reported"}
                    and not t.negated
                    and (
                        t.kind == "noun"
                        or (t.imperfect and not t.future)
                        or clauses.ar_masdar_reading(toks, words, t)  # (round 15) «إعادة فرض العقوبات»
                    )
                    and clauses.ar_condition_right(toks, words, t, [u.a for u in trigs if u.kind == "verb"])
                )
            ) and _condition_after(toks, words, nxt, lang):
                # a condition after the event: «ستفرض واشنطن عقوبات إذا ...», "will send troops if ..."
                mods.add("conditional")
            if (
                lang == "en"
                and t.kind == "verb"
                and toks[t.a].text.endswith("ing")
                and t.a > 0
                and words[t.a - 1] in ("is", "are", "am", "be")
                and any(
                    w.lower() in _EN_WEEKDAYS
                    or (w == "next" and j + 1 < len(words) and words[j + 1].lower() in F.EN_NEXT_UNITS)
                    for j, w in enumerate(words[t.a + 1 : t.a + 4], start=t.a + 1)
                )
            ):
                mods.add("planned")  # "The officials are meeting Tuesday", "is visiting China next week"
            if (
                lang == "en"
                and "planned" in mods
                and t.type == "ASSAULT"
                and t.a > 0
                and words[t.a - 1] in _EN_DEFINITE
                and not any(w in _EN_LIGHT_VERBS for w in words[max(0, t.a - 4) : t.a])
                and not t.dated_future
            ):
                # "they will never get over the shooting of their pastor", "will investigate the attack":
                # a definite violent event is told as given; "will launch the attack" stays planned
                mods.discard("planned")
            if lang == "en" and "possible" in mods and _en_given_object(toks, words, t):
                mods.discard("possible")  # "may be discouraging China from bringing the talks to a close"
            if lang == "en":
                # "would ... if ..." later in the same sentence
                if any(words[k] == "would" for k in range(max(0, t.a - 3), t.a)) and "if" in words[t.b :]:
                    mods.add("conditional")
            if t.embedded:
                if t.gov == "negative":
                    t.negated = True
                    if t.any_q:  # «نفت وجود أي مفاوضات»: the negation, not a possibility
                        mods.discard("possible")
                elif t.gov == "possible" and t.dated_future:
                    mods.add("planned")  # «دعا إلى الاحتشاد غدا»: a call for a dated event plans it
                elif (
                    lang == "en"
                    and t.gov in ("possible", "planned")
                    and t.a >= 2
                    and words[t.a - 1] in _EN_DEFINITE
                    and words[t.a - 2] not in _EN_MAKE_VERBS
                    and words[t.a - 3 : t.a - 2] == ["to"]
                ):
                    pass  # "promised to investigate the killings", "urged both sides to end the fighting": given
                elif t.gov in ("possible", "planned", "alleged"):
                    mods.add(t.gov)  # alleged: the content of an accusation («اتهمت ... بالشغب»)
            if (
                lang == "ar"
                and t.type == "ASSAULT"
                and mods & {"planned", "possible"}
                and not t.dated_future
                and _ar_given_object(toks, words, t.a)
            ):
                # «ستحقق الحكومة في الهجوم»، «دعت إلى التحقيق في الهجوم»: a definite violent event is given,
                # as "will investigate the attack"
                mods -= {"planned", "possible"}
            if (
                lang == "ar"
                and t.type != "ACCUSE"
                and "alleged" not in mods
                and _ar_accusation_content(toks, words, t.a)
                and not _ar_specific_event(toks, words, t.a)
            ):
                mods.add("alleged")  # «تبادلتا الاتهامات بقصف»، «وهو متهم بالتآمر ومحاولة تأمين دعم»
            if lang == "en" and not t.dated_future and _en_setting(words, t.a):
                # "following a serious assault", "during opposition protests": the setting is given
                mods -= {"planned", "possible", "conditional"}
            if lang == "en" and "alleged" in mods and _en_suspect_in_definite(words, t.a):
                mods.discard("alleged")  # "a suspect in the June murder": the murder took place
            if lang == "en" and _en_relative_future(toks, words, t.b):
                mods.add("planned")  # "The town hall meetings, which will take place throughout spring"
            if (
                lang == "en"
                and t.kind == "verb"
                and t.a > 0
                and words[t.a - 1] in ("would", "can", "could")
                and words[t.a] in _EN_ATTITUDE
            ):
                mods.discard("planned")  # "I would support legislation like ...": a stance, not a plan
                mods.add("possible")
            if lang == "en" and t.kind == "noun" and _en_push_for(words, t.a):
                mods.add("planned")  # "pushes for a quick withdrawal", "pressed for talks"
            if lang == "en" and t.kind == "noun" and _en_comment_on_definite(words, t.a):
                mods -= {"possible", "planned"}  # "said it could not comment on the lawsuit": given
                t.negated = False
            if lang == "en" and "alleged" not in mods and _en_second_that_of_claim(toks, words, t.a):
                mods.add("alleged")  # "alleges that X ... and that Trump is arresting ..."
            if lang == "en" and "alleged" in mods and _en_admitted(words, t.a):
                mods.discard("alleged")  # "pleaded guilty to charges he threatened to kill": admitted
            if (
                lang == "en"
                and t.type == "ACCUSE"
                and "alleged" in mods
                and not any(w in _EN_ALLEGED_ADV for w in words[max(0, t.a - 10) : t.a])
            ):
                # "The suspect also faces ... charges", "pleaded not guilty to the charges": the charge
                # itself is a fact; only what it charges is alleged
                mods.discard("alleged")
            if mods & {"alleged", "possible"}:
                # «اتهمت ... بالمسؤولية عن الهجوم», "accused Russia of responsibility for the attack",
                # "a car that may have been involved in the shooting"
                resp = F.AR_RESPONSIBILITY if lang == "ar" else F.EN_RESPONSIBILITY
                # ... of a definite event («عن الهجوم», "for the attack"), not of «دور في دعم العمليات»
                near = words[max(0, t.a - 6) : t.a]
                if lang == "en" and words[t.a] == "carrying":
                    near = words[max(0, t.a - 6) : t.b + 1]  # "suspected of carrying out the bombing"
                if lang == "ar":
                    hit = any({w, _bare(w), _unprep(_bare(w))} & resp for w in near)
                    definite = _bare(words[t.a]).startswith(("ال", "لل")) or "ال" in normalize(
                        toks[t.a].prefix
                    )
                else:
                    hit = any(w in resp for w in near)
                    definite = any(w in ("the", "this", "that", "these", "those") for w in near)
                if hit and definite:
                    mods.discard("alleged")
                    mods.discard("possible")
            if t.type in ("CONSULT", "PROTEST") and _cancelled(toks, words, t.a, lang):
                t.negated = True  # «ألغت الحكومة الزيارة», "called off the talks": a scheduled event dropped
            if lang == "ar" and _ar_foiled(toks, words, t.a):
                t.negated = True  # «أحبطت الشرطة هجوما»، «إحباط عملية تفجير»
            if lang == "ar" and _ar_fear_of(toks, words, t.a):
                mods.add("possible")  # «وتخشى المعارضة من اعتقال قادتها»، «حذر من مغبة شن هجوم»
            if (
                lang == "ar"
                and t.kind == "noun"
                and t.a >= 2
                and not _bare(words[t.a]).startswith(("ال", "لل"))
                and _bare(words[t.a - 1]) == "من"
                and any(
                    words[j] in _AR_WARN or _bare(words[j]) in _AR_WARN
                    for j in range(max(0, t.a - 6), t.a - 1)
                    if not any(toks[q].text in F.PUNCT_BOUNDARY for q in range(j, t.a))
                )
            ):
                mods.add("possible")  # «حذرت الأمم المتحدة من هجوم وشيك», as "warned of an attack"
            if lang == "ar" and not t.negated and _ar_did_not_occur(toks, words, t):
                t.negated = True  # (round 20) «لم تتكرر التفجيرات»، «ولم يحدث أبدا أن وافق الصندوق»
            if lang == "en" and _en_indefinite_modal_subject(toks, t):
                mods.add(
                    "possible"
                )  # (round 20) "a deal like this could only happen through", as «أن اتفاقا ... يمكن أن»
            if lang == "en" and not t.negated and _en_did_not_occur(toks, t):
                t.negated = (
                    True  # (round 20) "the clashes did not recur", "it never happened that they attacked"
                )
            if lang == "ar" and _ar_failed(toks, words, t.a, t.type == "CONSULT"):
                t.negated = True  # «فشلت المفاوضات في التوصل إلى اتفاق», as "failed to reach an agreement"
            if (
                lang == "ar"
                and t.negated
                and t.a > 0
                and {
                    _bare(words[t.a - 1]),
                    _unprep(_bare(words[t.a - 1])),
                    _bare(words[t.a - 1])[1:] if _bare(words[t.a - 1])[:1] in "بل" else "",
                }
                & F.AR_PRESUPPOSE
            ):
                t.negated = False  # «لم يسمح ذلك بوقف الهجمات»: what was not stopped goes on
            if lang == "ar" and t.kind == "noun" and _ar_no_reports(toks, words, t.a):
                t.negated = True  # «لم ترد أنباء عن اعتقالات», as "no reports of arrests"
            if lang == "ar" and ar_unconfirmed_given(toks, words, t):
                # (round 15) «ولا يوجد تأكيد رسمي للاعتقال»: the confirmation is denied, the event was told
                t.negated = False
                mods.discard("possible")
                t.cue_placed = True
            if lang == "ar" and _ar_draft(toks, words, t.a):
                mods.add("planned")  # «مشروع قرار يفرض عقوبات», as "a bill to impose sanctions"
            if lang == "ar" and _ar_unconfirmed_or_ordered(toks, words, t.a):
                mods.add("possible")  # «لم تؤكد الشرطة اعتقال»، «أمر الجيش بقصف»
            if (
                lang == "en"
                and t.b + 3 < len(words)
                and toks[t.b + 1].text == ","
                and words[t.b + 2] == "if"
                and words[t.b + 3] in ("confirmed", "true", "verified", "proven", "proved", "accurate")
            ):
                mods.add("possible")  # "The attack, if confirmed, would be the deadliest this year"
            if lang == "en" and t.a >= 2 and words[t.a - 1] in ("including", "such"):
                # "would take a series of measures to oppose it, including calling for ...": a list item
                # shares the modality of the event it details
                prev = [u for u in trigs if u.b < t.a - 1]
                if prev and not any(toks[j].text in ".;:!?" for j in range(prev[-1].b + 1, t.a)):
                    mods |= prev[-1].mods & {"planned", "possible", "conditional", "alleged"}
            if lang == "ar" and mods & {"possible", "conditional"} and _ar_given_setting(toks, words, t):
                # «ويحتمل أن يكون المهاجمون قد فروا بعد الهجوم»، «وقد يؤدي الهجوم إلى تصعيد»: the event is the
                # setting or the subject of another predicate, told as given
                mods -= {"possible", "conditional"}
            if (
                lang == "ar"
                and t.kind == "noun"
                and t.type in ("ASSAULT", "COERCE", "PROTEST")
                and t.a > 0
                and _bare(words[t.a - 1]) in _AR_DEMONSTRATIVE
            ):
                # «إذا ما ثبت وقوف داعش خلف هذا الهجوم»: an attack singled out by a demonstrative was told
                # before; a condition or a possibility falls on who did it, not on whether it happened
                mods -= {"conditional", "possible"}
            if lang == "ar" and not mods:
                mods |= _ar_list_item_modality(toks, words, t.a)  # «ستتخذ إجراءات، بما في ذلك فرض عقوبات»
            if lang == "ar" and t.type in ("ASSAULT", "THREATEN") and _ar_police_claim(toks, words, t):
                mods.add("alleged")  # «وقالت الشرطة إن الرجل طعن جاره», as "Police said the man stabbed"
            if (
                lang == "en"
                and (t.type in ("ASSAULT", "THREATEN") or toks[t.a].text.lower().startswith(_EN_CRIME_COERCE))
                and _en_police_claim(toks, words, t)
            ):
                mods.add("alleged")  # "Police said the man stabbed his neighbor", "X shot Y, deputies said"
            if lang == "en" and "alleged" not in mods and _en_participle_of_alleged(toks, t.a):
                mods.add("alleged")  # "he allegedly called out, threatening the woman"
            if _no_choice_but(toks, words, t.a, lang):
                mods.add("planned")  # «لا يترك لنا خيارا سوى الإضراب», "we have no choice but to strike"
            if lang == "ar" and _ar_easy_to(toks, words, t.a):
                mods.add("possible")  # «ليس صعبا على دول الخليج مصافحة روحاني، وتوقيع اتفاق»
            if lang == "en" and _en_feared(words, t.a):
                mods.add("possible")  # "for fear of reprisals", "in anticipation of clashes"
            if lang == "ar" and mods & {"possible", "conditional"} and _ar_question_on_given(toks, words, t):
                mods -= {"possible", "conditional"}  # «عما إذا كان إطلاق سراحه جاء بعد دفع فدية»
            if lang == "ar" and t.negated and _ar_trusted_object(words, t.a):
                t.negated = False  # «لم يعد يثق في مفاوضات الحكومة»: the trust is denied, the talks go on
            if lang == "ar" and not t.negated and _ar_unannounced_stance(toks, words, t):
                t.negated = True  # «لم تعلن الكتلة حتى الساعة دعمها لأي من المرشحين»: no support given
            if lang == "ar" and not t.negated and _ar_involved_in(toks, words, t.a):
                mods.add("alleged")  # «بأن إيران متورطة في دعم المسلحين»: an involvement claimed
            if lang == "ar" and not mods:
                mods |= _ar_whether_or_modality(toks, words, t.a)  # «ستفرض بالقوة، سواء بالضربات أو»
            if t.kind == "noun" and not t.negated:
                # a negated verb of outcome: «لم تسفر المحادثات عن اتفاق», "did not produce an agreement"
                if (lang == "ar" and _ar_negated_outcome(toks, words, t.a)) or (
                    lang == "en" and _en_negated_outcome(words, t.a)
                ):
                    t.negated = True
            if lang == "ar" and not mods and _ar_possible_result(toks, words, t.a):
                mods.add("possible")  # «وقد يؤدي التحقيق ... إلى مزيد من الاتهامات»: a possible outcome
            if (
                mods & {"planned", "possible"}
                and "conditional" not in mods
                and (
                    _condition_after(toks, words, t.b + 1, lang)
                    or _ar_condition_before(toks, words, t.a, lang)
                )
            ):
                mods.add("conditional")  # «هدد بإعدام كرواتي ... في حال لم تطلق»، «وإذا ما أكدت ... يمكن رفع»
            if lang == "en" and not t.embedded:
                # the predicate of an event noun that is the subject: "Talks will resume", "Fighting could
                # resume", "The meeting did not take place", "The strike is expected to last"
                pred = _en_subject_predicate(toks, words, t)
                if pred and pred.startswith("negative"):
                    t.negated = True
                    if pred.endswith("planned"):
                        mods.add("planned")  # "The visit will not go ahead"
                elif pred:
                    mods.add(pred)
                    if _en_condition_after(toks, words, t.b + 1):
                        mods.add("conditional")  # "aid might be freed if the country ..."
            frames.adjust(toks, words, t, mods, lang)  # purposes, attempts, escapes, whether-clauses ...
            clauses.adjust(toks, words, t, mods, lang)  # round 11: untold given events, destinations ...
            governing.adjust(toks, words, t, mods, lang, trigs)  # round 12: the cue of the trigger's clause
            if (
                lang == "ar"
                and t.kind == "noun"
                and "possible" in mods
                and not t.negated
                and not getattr(t, "any_q", False)
                and t.a > 0
                and words[t.a - 1] in _AR_THIS
                and not (t.a > 1 and _ar_occurrence_verb(_bare(words[t.a - 2])))
            ):
                # (round 16) «يجب أن تكون هذه الهدنة من مصلحة الشعب»، «وقد تظهر هذه الاجتماعات التزام»: an event
                # pointed at by هذه / هذا is told before; the modal weighs on what is said of it, not when
                # the modal verb is its taking place («قد تعقد هذه المحادثات غدا»، «يجب أن تتوقف هذه الهجمات»)
                mods.discard("possible")
            if lang == "ar" and not t.negated and (faced := _ar_faced(toks, words, t)):
                # (round 19) «قد يواجهون المحاكمة بتهمة»: possible; «سيواجه المحاكمة»: planned; after the
                # rules that drop a modal over a given event, which do not apply to the faced one
                mods.add(faced)
            t.mods = mods

    def _ar_left(self, toks, words, c, t: Trig) -> tuple[bool, set[str]]:
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
            neg, fut = self._ar_neg_scope(toks, words, c)
            if neg and t.kind == "noun" and c > 0 and _ar_told_before(words, c):
                neg = fut = False  # «دون أن يسمي الكوادر المكلفين هذه المفاوضات»: an event told before
            if fut:
                mods.add("planned")
        if not neg and _ar_negated_intent(toks, words, c):
            neg = True  # (round 21) «لا يعتزم بدء تحقيقات»، «لا توجد نية للدعوة إلى اجتماع»
            mods.add("planned")
        if neg and c > 0 and _ar_unprevented(toks, words, c - 1):
            neg = fut = False  # (round 14) «لم تحل العراقيل دون الإفراج»: not prevented, it took place
            mods.discard("planned")
        if not neg and (_ar_negated_object(toks, words, c) or _ar_negated_receipt(toks, words, c)):
            neg = True  # «لم تتلق طلبا»، «لا يتضمن توفير دعم جوي»، «عدم حصولها على دعم»
        if neg and any(_bare(words[j]) == "لمجرد" for j in range(c + 1, min(len(words), c + 5))):
            neg = False  # «لم يتم القيام بإضرابات لمجرد الرغبة»: the negation falls on the reason
        if not neg:
            nf = self._ar_nonfactive(toks, words, c)
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
            existential = first + 1 < c and _bare(words[first + 1]) in _AR_EXISTENTIAL
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
                (k > 0 and words[k - 1] in _AR_TIME_ADV)
                or (k + 1 < len(words) and words[k + 1] in _AR_TIME_ADV)
            ):
                k -= 1  # «قد أعلنت، أمس، عن ضبط»: the commas around a time adverb split no clause
                continue
            if w == "والا" and k == c - 1 and t.imperfect:
                mods.add("conditional")  # «على التعاون مع المحكمة والا تفرض عليها عقوبات»: otherwise
                break
            if tk.text in F.PUNCT_BOUNDARY or w in F.AR_BOUNDARY or w0 in F.AR_BOUNDARY:
                copula_subject = c - k == 2 and _bare(words[k + 1]) in ("يكون", "تكون", "كان", "كانت")
                if (
                    w0 == "ان" and not copula_subject
                ):  # يشتبه في أن / من المقرر أن / يحتمل أن govern the clause
                    if k > 0 and _bare(words[k - 1]) == "سبق":
                        mods.add("historical")  # «والذي سبق أن وجه تهديدا», whatever comes before سبق
                    # «الاحتمال الأكبر هو أن يكون»: a pronoun copula between the cue and أن
                    back = (
                        (k - 1, k - 2, k - 3)
                        if k > 0 and _bare(words[k - 1]) in ("هو", "هي")
                        else (k - 1, k - 2)
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
                existential = w0 != "سبق" and _bare(nxt) in _AR_EXISTENTIAL  # «وكان بين القتلى»
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
                mods.add(
                    "planned"
                )  # «ستتيح للمنظمات إيصال مساعدات»، «ستستمر في دعم»: a future verb's complement
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

    @staticmethod
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
                return False, False
            if w0 in F.AR_COND:
                return False, False
            if w0 in F.AR_NEG_SCOPE and (k + 1 >= len(words) or words[k + 1] != "سيما"):
                support = False
                j = k + 1
                other = 0  # «لم يكن أحد يستطيع»: a short subject may come before the support verb
                while j < c:
                    wj = _bare(words[j])
                    if (
                        wj in F.AR_SUPPORT
                        or words[j] in F.AR_SUPPORT
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
                    and all(_bare(words[q]) in F.AR_NEG_SKIP | F.AR_AUX for q in range(j + 1, c))
                ):
                    # round 11: «لم تنجح حتى الآن المفاوضات»: the event is the subject of a negated verb of
                    # success or ability, which it did not reach: it took place (not «لم يصدر القرار»)
                    return False, False
                if support or any_before or j == c:  # «عدم وجود تعاون»: only transparent words between
                    return True, w0 == "لن"
                return False, False
            k -= 1
        return False, False

    @staticmethod
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
            neg = w0 in F.AR_NONFACT_NEG or words[k] in F.AR_NONFACT_NEG
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

    def _en_left(self, toks, words, c, t: Trig) -> tuple[bool, set[str]]:
        neg = False
        mods: set[str] = set()
        k = c - 1
        skipped = inf = 0
        while k >= 0 and skipped <= 5:
            w = words[k]
            if toks[k].text in F.PUNCT_BOUNDARY:
                break
            if w in F.EN_NEG or (w == "yet" and k + 1 < len(words) and words[k + 1] == "to"):
                neg = True  # not, never, failed; "has yet to sign"
                break
            if w == "to" and k == c - 2 and words[c - 1] in _EN_DEFINITE:
                break  # "has yet to respond to the protests": a preposition, the definite event is given
            if w in F.EN_AUX or w.endswith("ly"):
                skipped += 1
                k -= 1
                continue
            # "no intention of suspending", "no plans to attack": the negated intention covers its complement
            if inf < 2 and w in ("of", "to") and k > 0 and words[k - 1] in _EN_CONTROL_NOUN:
                inf += 1
                skipped += 1
                k -= 2
                continue
            # "any real negotiations", "no western support": one modifier between the quantifier and the noun
            if inf < 2 and k > 0 and words[k - 1] in ("any", "no") and k == c - 1:
                inf += 1
                skipped += 1
                k -= 1
                continue
            # "failed to persuade the rebels to disarm", "did not allow protesters to march": a causative
            # verb with its object before the infinitive passes the negation on
            if inf < 2 and k + 1 < c and words[k + 1] == "to" and k == c - 2:
                cv = next((j for j in range(k - 1, max(-1, k - 4), -1) if words[j] in _EN_CAUSATIVE), None)
                if cv is not None and not any(
                    toks[q].text in F.PUNCT_BOUNDARY or words[q] in F.EN_BOUNDARY
                    for q in range(cv + 1, k + 1)
                ):
                    inf += 1
                    skipped += 1
                    k = cv - 1
                    continue
            # "did not start fights", "never resumed talks": an aspectual verb passes the negation on;
            # so does a light verb: "have not made any arrests", "did not hold talks"
            if inf < 2 and (
                w in _EN_ASPECT
                or (
                    w in _EN_LIGHT_PASS
                    and words[t.b + 1 : t.b + 2] not in (["public"], ["known"], ["available"])
                )
            ):
                inf += 1
                skipped += 1
                k -= 1
                continue
            # an infinitive chain: "failed to produce an agreement", "did not want to impose sanctions"
            if inf < 2 and (
                (k > 1 and words[k - 1] == "to")
                or (k + 1 < len(words) and words[k + 1] == "to" and w in _EN_CONTROL)
            ):
                inf += 1
                skipped += 1
                k -= 1
                continue
            break
        if not neg and t.kind == "verb":
            # a clause opened by a negative subject: "No one was arrested", "Neither side has agreed"
            m = c - 1
            while m >= 0 and toks[m].text not in F.PUNCT_BOUNDARY and words[m] not in _EN_CLAUSE_START:
                m -= 1
            st = m + 1
            if st >= 2 and words[st] == "one" and words[st - 1] == "-" and words[st - 2] == "no":
                st -= 2  # "no-one was injured"
            if (
                st < c
                and c - st <= 7
                and words[st] in F.EN_NEG_SUBJECT
                # "charged with the killing" is no verb of the negative subject; "None of the ..." is
                and not any(w in _EN_PREP for w in words[st + 1 + (words[st + 1 : st + 2] == ["of"]) : c])
                # "No group has admitted carrying out the attack": the negation stays on the reporting verb
                and not any(tk.text.lower() in F.EN_REPORT_FACTIVE for tk in toks[st + 1 : c])
                # "no one saw the shooting", "None of the cameras captured the attack": a definite event
                # noun is the object of another verb, told as given (not "No one launched an attack")
                and not (c - st >= 3 and words[c - 1] in _EN_DEFINITE)
            ):
                neg = True
        if not neg:
            # "no reports of casualties or arrests", "no sign of an attack": nothing tells of the event
            for k in range(c - 1, max(-1, c - 7), -1):
                if toks[k].text in F.PUNCT_BOUNDARY and toks[k].text != ",":
                    break
                if (
                    words[k] == "of"
                    and k >= 2
                    and words[k - 1] in _EN_EVIDENCE
                    and (
                        words[k - 2] in ("no", "little")
                        # "no immediate reports of casualties or arrests"
                        or (k >= 3 and words[k - 3] in ("no", "little") and words[k - 2] in _EN_EVIDENCE_ADJ)
                    )
                ):
                    between = words[k + 1 : c]
                    if not any(
                        (w in F.EN_BOUNDARY and w != "and")
                        or w.endswith("ed")
                        or w in _EN_PREP
                        or w in _EN_DEFINITE
                        for w in between  # "no reports of the attack reached ...": a given event
                    ):
                        neg = True
                    break
        if not neg:
            nf = _en_nonfactive(toks, words, c)
            if nf == "negative":
                neg = True
            elif nf:
                mods.add(nf)
        k = c - 1
        while k >= 0 and c - k <= 10:
            w = words[k]
            if (
                k == c - 1
                and toks[k].text == ","
                and k > 0
                and t.kind == "verb"
                and toks[k - 1].text.endswith("ed")
                and toks[c].text.endswith("ed")
                and t.b + 1 < len(words)
                and words[t.b + 1] in ("or", "and", ",")
            ):
                k -= 1  # a list of participles: "likely to be injured, arrested or killed"
                continue
            if w == "that" and k > 0 and words[k - 1] in _EN_POSS_THAT:
                mods.add("possible")  # "It is possible that the army will withdraw"
            if (
                w == "and"
                and 0 < k < c - 1
                and toks[k - 1].text[:1].isupper()
                and toks[k + 1].text[:1].isupper()
            ):
                k -= 1  # "authorities allege that Ms. Sears and Mr. Bowers killed": names, no clause
                continue
            if (
                w == "that"
                and k > 0
                and toks[k - 1].text.lower() in ("allege", "alleges", "alleged", "alleging")
            ):
                mods.add("alleged")  # "The lawsuit alleges that officers beat the man", "It is alleged that"
            elif (
                w == "that"
                and k > 0
                and toks[k - 1].text.lower() in _EN_SUSPECT_THAT
                and not (k > 1 and words[k - 2] in ("the", "a", "an", "this", "one", "each", "every"))
            ):
                mods.add(
                    "alleged"
                )  # "Authorities suspect that militants attacked": not "the suspect that police held"
            if toks[k].text in F.PUNCT_BOUNDARY or (w in F.EN_BOUNDARY and c - k > 1):
                break
            if w in _EN_SETTING and c - k <= 3:
                break  # "accused ... of trying to stage a coup during opposition protests": the setting
            if w in F.EN_COND or (
                k > 0
                and (
                    w == "case" and words[k - 1] == "in" or w == "event" and words[k - 2 : k] == ["in", "the"]
                )
            ):
                if not _en_copular_if(
                    words, k, c, t.b
                ):  # "unclear if the shooting was gang-related": the shooting is given
                    mods.add("conditional")  # if, unless, in case of, in the event of
            elif k + 1 < len(words) and words[k + 1] == "to" and w in F.EN_INTEND:
                mods.add("planned")  # wants to negotiate, hopes to reach
            elif (
                w in F.EN_INTEND
                and words[c - 1] == "to"
                and 2 <= c - 1 - k <= 4
                and not any(x in F.EN_BOUNDARY or x in _EN_PREP for x in words[k + 1 : c - 1])
            ):
                mods.add("planned")  # "The US wants the UK to extradite Assange"
            elif (
                w in _EN_SEEK
                and c - k <= 4
                and words[k + 1] != "to"
                and not toks[c].text.lower().endswith(("ed", "ing"))
                and not any(x in F.EN_BOUNDARY or x in _EN_PREP for x in words[k + 1 : c])
            ):
                mods.add("planned")  # "is seeking Assange's extradition", "sought the release of"
            elif k + 1 < len(words) and words[k + 1] == "to" and w in F.EN_TRY:
                mods.add("possible")  # tried to storm, needs to send
            elif w in F.EN_POSS:
                if neg and w in ("could", "can") and words[k + 1 : k + 2] in (["not"], ["n't"]):
                    pass  # "could not agree", "could not legally detain": an inability, told as a fact
                elif not (toks[k].text == "May" and k > 0):  # Theresa May, in May: no modal
                    mods.add("possible")
            elif w in ("believed", "thought", "presumed") and words[k + 1 : k + 2] == ["to"]:
                mods.add("alleged")  # "He is believed to have carried out the bombing"
            elif w == "feared" and words[k + 1 : k + 2] == ["to"]:
                mods.add("possible")
            elif w == "unlikely" or (w == "any" and c - k <= 2 and not neg):
                mods.add("possible")  # "are unlikely to attack", "Any attack on Iran would be met ..."
            elif (
                w == "any" and c - k == 3 and words[c - 1] == "to" and words[k + 1] in _EN_EFFORT and not neg
            ):
                mods.add(
                    "possible"
                )  # "no knowledge of any efforts to urge Ukraine": nothing tells they were made
            elif (
                w in _EN_UNCONFIRMED
                and c - k <= 4
                and any(x in ("not", "n't", "yet") for x in words[max(0, k - 3) : k])
            ):
                mods.add("possible")  # "Police have not confirmed the arrest": unconfirmed
            elif w in _EN_ORDER and words[k + 1 : k + 2] == ["to"] and c - k <= 3:
                mods.add("possible")  # "Troops were ordered to open fire": ordered, not yet done
            elif (
                w == "of"
                and c - k <= 3
                and k > 0
                and words[k - 1] in ("charge", "charges", "counts", "count")
                and not any(x in _EN_PREP or x in F.EN_BOUNDARY for x in words[k + 1 : c])
            ):
                mods.add(
                    "alleged"
                )  # "faces charges of murder", "nine state charges of aggravated kidnapping"
            elif w in ("preparing", "prepares", "readying", "plotting") and c - k <= 4:
                mods.add("planned")  # "The army is preparing an offensive"
            elif w in _EN_CONSIDER and c - k <= 4:
                mods.add("possible")  # "Israel is considering a strike", "weighing sanctions"
            elif w in F.EN_ALLEGED:
                if (
                    w == "charged"
                    and words[k + 1 : k + 2] not in (["with"], ["in"], ["over"], ["for"])
                    and "with" not in words[k + 2 : min(c, k + 6)]  # "Police charged Sun with assault"
                ):
                    pass  # "charged with murder", not "arrested, charged and jailed"
                elif (
                    w in ("suspect", "suspects")
                    and k > 0
                    and words[k - 1] in _EN_SUBJ_DET_NUM
                    and words[c - 1] in ("was", "were", "been", "be", "is", "are")
                ):
                    pass  # "the suspect had been arrested twice before": a noun, the patient of the event
                elif (
                    words[k + 1 : k + 2] in (["of"], ["with"], ["in"])
                    and t.kind == "verb"
                    and c - k >= 3
                    and words[c - 1] in ("was", "were", "is", "are", "been", "be")
                ):
                    pass  # "Two men suspected of carrying out the bombing were arrested": a modifier of the subject
                else:
                    mods.add("alleged")
            elif w in F.EN_PLANNED:
                if (
                    w not in ("set", "going", "expected", "offer", "offers", "plan")
                    or (k + 1 < len(words) and words[k + 1] == "to")
                    or (w in ("offer", "offers", "plan") and words[k + 1 : k + 2] in (["of"], ["for"]))
                    # a verb: "to plan a festival", "offers to mediate" (not "the offer", "a plan")
                    or (w in ("offer", "offers", "plan") and not (k > 0 and words[k - 1] in _EN_SUBJ_DET_NUM))
                ):
                    mods.add("planned")  # "an offer of talks", not "the offer fell short of the sum"
            elif w == "would":
                # "a resolution that would have imposed sanctions": counterfactual, not a plan; "The bill
                # would impose sanctions", "a measure that would ban": what a proposal would do if passed
                proposal = any(x in _EN_PROPOSAL or x == "act" for x in words[max(0, k - 12) : k])
                mods.add("possible" if words[k + 1 : k + 2] == ["have"] or proposal else "planned")
            elif w == "to" and c - k <= 2 and k > 0 and words[k - 1] in _EN_PROPOSAL:
                mods.add("planned")  # "voted against a bill to impose sanctions"
            elif w == "to" and k == c - 1 and k > 0 and words[k - 1] in F.EN_BE and words[c] != "blame":
                mods.add("planned")  # "the president is to visit China" (not "is to blame")
            elif (
                w == "to"
                and c - k <= 5
                and k > 0
                and words[k - 1] in F.EN_BE
                and words[k + 1] in _EN_LIGHT_VERBS
            ):
                mods.add("planned")  # "Peres is to make an official visit", "is to hold talks"
            elif (
                w == "due"
                and k + 1 < len(words)
                and words[k + 1] == "to"
                and k > 0
                and words[k - 1] in F.EN_BE
            ):
                mods.add("planned")  # "talks are due to resume" (not "postponed due to clashes")
            elif w in F.EN_HIST and c - k <= 4:
                mods.add("historical")
            k -= 1
        return neg, mods

    # ------------------------------------------------------------ attribution (reported)
    def _attribution(self, toks: list[Token], lang: str, cands: list[Cand]):
        """(token index where the attribution starts, scope 'all' or 'after', source candidate)."""
        n = len(toks)
        words = [t.norm if lang == "ar" else en_lemma(t.text) for t in toks]
        for k, w in enumerate(words):
            w0 = w[1:] if lang == "ar" and w[:1] in "وف" and len(w) > 2 else w
            hit = anonymous = False
            if lang == "ar":
                if w0 in F.AR_ATTR or w in F.AR_ATTR:
                    nx = words[k + 1] if k + 1 < n else ""
                    forms = {nx, _bare(nx), _unprep(nx), "ال" + nx[2:] if nx.startswith("لل") else nx}
                    hit = not forms & F.AR_ATTR_NOT_SOURCE  # «وفق الاتفاق» attributes nothing
                    # (round 12) an attribution needs its source after it: «ليس هذا فحسب، بل»، «في عدن وحسب.»
                    # end a phrase (only), no one is named
                    hit = hit and k + 1 < n and toks[k + 1].text not in ",،;؛:.!?؟)"
                elif w0 in ("يقال", "قيل"):
                    hit = True  # «ويقال إن الجيش قتل ...», as "is said to have killed": hearsay
                elif _ar_told_me(w0):
                    hit = True  # (round 12) «وأفادوني بأنه تم القبض»، «أخبرني أن»: hearsay the speaker relays
                elif w0 in ("نشر", "ذكر", "الكشف", "كشف") and k > 1 and _bare(words[k - 1]) in _AR_WITHHOLD:
                    # «قال مسؤول، طلب عدم نشر اسمه، إن»، «فضل عدم الكشف عن هويته»: an unnamed source
                    hit = anonymous = any(
                        _bare(x).startswith(("اسم", "هوي", "أسماء", "اسماء")) for x in words[k + 1 : k + 4]
                    )
                elif w0 in _AR_COVERAGE:
                    # (round 21) what the papers gave their attention to is what they report: «اهتمت الصحف
                    # الليبية ... بتقدم الجيش وسيطرته على»، «وركزت الصحف الهولندية على اعتماد ... مساعدة»
                    # Not over an announcement the papers relay («اهتمت الصحف بإعلان بروكسل عن فشل»): its
                    # author, not the papers, tells the event (an official body: asserted)
                    hit = any(
                        _ar_source_noun(words[j], words[j + 1 :]) for j in range(k + 1, min(n, k + 3))
                    ) and not any(_unprep(_bare(x)) in _AR_RELAYED_STATEMENT for x in words[k + 1 : k + 7])
                elif w0 in F.AR_REPORT_VERBS or w in F.AR_REPORT_VERBS:
                    # (round 14) an outlet marked by لـ is whom the speaker told, not the subject: «وقال
                    # مسؤول لرويترز إن»، «قال الوزير لقناة الجزيرة إن» (the speaker's own class decides)
                    hit = any(
                        _ar_source_noun(words[j], words[j + 1 :])
                        and not (_ar_addressee(toks[j]) and _bare(words[j - 1]) not in _AR_ISSUED)
                        and not (j == k + 2 and _ar_construct_head(toks, words, k + 1))
                        for j in range(k + 1, min(n, k + 3))
                    )
                    # (round 12) the source as the subject before its verb, with an adjective between:
                    # «ومع أن مصادر أخرى قالت إن»، «وسائل إعلام محلية ذكرت أن»
                    hit = (
                        hit
                        or any(
                            _ar_source_noun(words[j], words[j + 1 : k])
                            and not any(toks[q].text in F.PUNCT_BOUNDARY for q in range(j, k))
                            and not any(_bare(words[q]) in F.AR_BOUNDARY for q in range(j + 1, k))
                            and _bare(words[j]) not in ("مصدر", "المصدر")  # «مصدر القلق»: a cause
                            for j in range(max(0, k - 3), k)
                        )
                        and (
                            # ... the verb has no subject of its own after it: «رويترز - أعلنت الحكومة» is a dateline
                            k + 1 < n and (words[k + 1] in _AR_THAT or _bare(words[k + 1]) in _AR_THAT)
                        )
                    )
                    # (round 13) a source conjoined to the speaker before the verb's «إن / :»: «وقال العقيد في
                    # الشرطة والمصدر في وزارة الداخلية: إن»، «قال الوزير ومصادر أمنية إن»
                    hit = hit or _ar_conjoined_source(toks, words, k)
                    if hit and k + 1 < n and _bare(words[k + 1]) in F.AR_OFFICE_HEADS:
                        hit = False  # round 10: «أفادت خلية الإعلام الحربي»: an institutional official
                    # (round 13) relayed speech: «نقل "مكتب أخبار سوريا" عن الناشط ... قوله إن»، «ونقل المكتب
                    # الإعلامي عن القائد قوله»: whoever relays whom, the words are told at second hand
                    hit = hit or (w0 in _AR_RELAY and _ar_relayed_speech(toks, words, k))
                    hit = hit or _ar_one_of_sources(toks, words, k)  # «قال X، أحد سكان القرية، إن»
                    hit = hit or _ar_source_member(toks, words, k)  # «قال رامي عبد الرحمن مدير المرصد إن»
                    hit = hit or _ar_relative_source(toks, words, k)  # (round 15) «بالصحيفة التي ذكرت أن»
                    # (round 14) «وكانت منظمة العفو الدولية قد قالت الشهر الماضي إن»: the subject of a
                    # pluperfect stands between كان and قد
                    hit = hit or _ar_pluperfect_source(toks, words, k)
                    # «وأفادت المنظمة في أحدث تقرير لها أن»: what a report tells is reported
                    hit = hit or any(
                        _bare(words[j]) in _AR_REPORT_DOC and "في" in words[k + 1 : j]
                        for j in range(k + 2, min(n, k + 6))
                    )
            else:
                if w == "according" and k + 1 < n and words[k + 1] == "to":
                    hit = True
                elif w in ("reported", "reportedly"):
                    # not "as they had initially reported": a verb of a clause of its own
                    hit = not (w == "reported" and k > 0 and words[k - 1] in _EN_REPORT_AUX)
                elif w in ("said", "say", "says", "told") and k > 0 and words[k - 1] in F.EN_SOURCE_NOUNS:
                    hit = True
                elif w == "said" and words[k + 1 : k + 2] == ["to"] and k > 0 and words[k - 1] in F.EN_BE:
                    hit = True  # "The army is said to have killed 20 militants": hearsay
                elif w in ("said", "say", "says", "told") and _en_source_head(toks, words, k):
                    hit = True  # "The Syrian Observatory for Human Rights said", "the news agency IRNA said"
                elif (
                    w in ("said", "say", "says", "report", "reports")
                    and k > 0
                    and words[k - 1].lower() in _EN_MEDIA
                ):
                    hit = True  # "The Chronicle says he was arrested", "CBS DFW reports the man ... was sentenced"
                elif w in _EN_SUGGEST and k > 0 and words[k - 1] in ("reports", "report", "sources"):
                    hit = True  # "with some reports suggesting as many as 200 have been killed"
                elif (w == "anonymity" and k > 1 and words[k - 1] == "of") or (
                    w in ("named", "identified")
                    and k > 2
                    and words[k - 1] == "be"
                    and words[k - 2] == "to"
                    and words[k - 3] in ("not", "declined", "asked")
                ):
                    hit = anonymous = True  # "officials, speaking on condition of anonymity, said": unnamed
            if not hit:
                continue
            src = next(
                (
                    c
                    for c in cands
                    if k < c.tok <= k + 6
                    and not any(toks[q].text in F.PUNCT_BOUNDARY for q in range(k + 1, c.tok))
                    # «وقالت مصادر إن القوات ...»: the clause a reporting verb introduces is no source
                    and not (
                        lang == "ar"
                        and not (w in F.AR_ATTR or w0 in F.AR_ATTR)
                        and any(
                            words[q] in _AR_THAT or _bare(words[q]) in _AR_THAT for q in range(k + 1, c.tok)
                        )
                    )
                ),
                None,
            )
            # «بحسب X فإن ...» / "According to X, ..." head the clause after them; at the end they cover it all
            after_f = any(
                words[j][:1] == "ف" and words[j] in ("فان", "فقد", "فانه", "فانها")
                for j in range(k + 1, min(n, k + 8))
            )
            phrase = w in F.AR_ATTR or w0 in F.AR_ATTR  # بحسب / وفق: not a reporting verb
            # (round 14) «...، على ما ذكرت صحف محلية»، «كما أفادت الوكالة»: a reporting verb in a comparative
            # clause with no complement of its own attributes the sentence, as بحسب does
            phrase = phrase or (lang == "ar" and _ar_as_reported(toks, words, k))
            scope = "after" if (k <= 1 or after_f or (lang == "ar" and not phrase)) else "all"
            if lang == "en" and k > 2 and w in ("said", "say", "says", "told", "reported"):
                # "bombardments that rescuers and residents say reduced ...": a relative clause of its own
                rel = any(words[j] in ("that", "which", "who", "whom") for j in range(max(0, k - 4), k))
                scope = "after" if rel else "all"
            if lang == "en" and (w == "reportedly" or w in _EN_SUGGEST):
                scope = "after"  # "arrested for a phone call he reportedly made": only its own clause
            if anonymous:
                scope = "all"  # an unnamed speaker's whole statement
            if lang == "ar" and scope == "all" and phrase:
                # (round 15) the attribution's own clause: after a participle of speech («...، مشيرة بحسب
                # بيان إلى أن») it covers what the participle says; inside a quotation («... حسب تصريحاته»)
                # it covers the quotation, not the sentence around it
                quoted = _ar_quote_span(toks, k)
                if quoted is not None:
                    scope = "after"
                    self._attr_stop = min(getattr(self, "_attr_stop", n), quoted[1])
                    return (quoted[0], scope, src)
                elif k > 0 and _bare(words[k - 1]) in _AR_SPEECH_PARTICIPLE:
                    scope = "after"
            if lang == "ar" and k > 0 and _bare(words[k - 1]) in ("اذا", "لو", "ان"):
                # (round 11) «وإذا قيل لنا إن ... فإن علينا أن نسأل»: what is said inside a condition is
                # the condition; the apodosis (فإن / فـ) is the writer's own
                scope = "after"
                self._attr_stop = next(
                    (
                        j
                        for j in range(k + 1, n)
                        if words[j] in ("فان", "فانه", "فانها", "فاننا") or toks[j].text == ":"
                    ),
                    n,
                )
            if scope == "after":
                # «وأفادت مصادر أن ...، لكن الجيش نفى أن يكون استهدف»، "..., but the army denied ...": a
                # contrasting clause with a speaker of its own is no longer the source's report
                stop = _contrast_speaker(words, k, lang)
                if stop is not None:
                    self._attr_stop = stop
                if lang == "ar" and not phrase:
                    # (round 14) «ذكرت الوكالة أن ...، وقال وزير الدفاع إن ...»: a later reporting verb
                    # whose own subject is no source opens a statement of its own
                    nxt = _ar_next_speaker(toks, words, k)
                    if nxt is not None:
                        self._attr_stop = min(getattr(self, "_attr_stop", n), nxt)
            return (k, scope, src)
        return None

    # ------------------------------------------------------------ participants
    def _candidates(self, doc, toks, ss, se, ents_by_start, lang) -> list[Cand]:
        out: list[Cand] = []
        ends = [t.end for t in toks]

        def tok_index(off: int) -> int:
            return min(bisect_right(ends, off), len(toks) - 1)

        covered: set[int] = set()
        for s, e, ent in ents_by_start:
            if s < ss or e > se:
                continue
            if lang == "en" and doc.text[s:e].lower().replace("’", "'") in _EN_FUNCTION_CAPS:
                continue  # a capitalised function word the NER took for a name ("During", "We've")
            ti, tj = tok_index(s), tok_index(e - 1)
            if any(k in covered for k in range(ti, tj + 1)):
                continue
            covered.update(range(ti, tj + 1))
            out.append(Cand(s, e, ent.id, ent.name, ent.type, ti, tj))
        if lang == "ar":
            out = _ar_merge_names(out, toks)
        # group nouns (الشرطة، المتظاهرون، police, protesters)
        for i, t in enumerate(toks):
            if i in covered:
                continue
            if lang == "ar" and t.kind == "ar":
                for k, _ in _ar_keys(t):
                    k = k.lstrip("+~")
                    if not k.startswith("ال") and (t.norm == k + "ا" or (k == "امن" and normalize(t.prefix))):
                        break  # «مشيرا إلى» (pointing out, no marshal), «العبث بأمن بلادهم» (security)
                    sec = self.agents.get(k) or self.agents.get("ال" + k)
                    if (
                        sec is None
                        and k.startswith("ال")
                        and len(k) >= 7
                        and (k.endswith("يين") or k.endswith("يون"))
                        and k not in _AR_TIME_DUALS
                    ):
                        sec = "CVL"  # nationality plurals: التونسيين، الإسرائيليين
                    if sec and k in _AR_INST_HEADS and "ب" in normalize(t.prefix):
                        break  # «في مكتبه بالوزارة»، «بالمحكمة»: a place, no participant
                    if sec and k in _AR_NAME_HEADS and self._ar_before_name(toks, i, out):
                        break  # a title or group noun right before a name: العقيد محمد، تنظيم «داعش»
                    if sec and ar_role_noun_gives_way(toks, i, k, out):
                        break  # (round 22) «طائراتها»، «طائرات الولايات المتحدة»: the owner or the name
                    if sec:
                        # an institution or body with its modifiers: وزارة الخارجية الأمريكية، قوات
                        # مكافحة الإرهاب، السلطات القطرية (the NER leaves most of them untagged)
                        j = self._ar_np_end(toks, i, covered) if k.lstrip("+~") in _AR_INST_HEADS else i
                        start, word_end = _skip_clitics(doc.text, t.stem_start, t.end, k)
                        stop = word_end if j == i else toks[j].end
                        name = doc.text[start:stop]
                        if normalize(t.prefix).endswith("ل") and name[:1] == "ل" and k.startswith("ال"):
                            name = "ا" + name  # «للشعب»: the name is الشعب, not لشعب
                        out.append(
                            Cand(
                                start,
                                stop,
                                None,
                                name,
                                _sector_type(sec),
                                i,
                                j,
                                sec,
                            )
                        )
                        covered.update(range(i, j + 1))
                        break
            elif lang == "en" and t.kind == "latin" and t.text.lower() in EN_AGENTS:
                sec = EN_AGENTS[t.text.lower()]
                out.append(Cand(t.start, t.end, None, t.text, _sector_type(sec), i, i, sec))
                covered.add(i)
            elif (
                lang == "en"
                and t.kind == "latin"
                and (
                    t.text.islower()
                    or (i > 0 and toks[i - 1].text in ("the", "former", "a"))
                    or (i == 0 and t.text[:1].isupper() and t.text[1:].islower())
                )
                and not _en_role_owned(toks, i)
            ):
                sec = english_agents().get(t.text.lower())
                if (
                    sec
                    and t.text.lower() in _EN_PARTICIPLE_AGENTS
                    and not (
                        i > 0
                        and toks[i - 1].text.lower() in ("the", "an", "a", "two", "three", "four", "five")
                    )
                ):
                    sec = None  # "companies accused of supplying": a participle, "the accused" a person
                if sec:
                    out.append(Cand(t.start, t.end, None, t.text, _sector_type(sec), i, i, sec))
                    covered.add(i)
        if lang == "en" and not self._had_entities:
            out += self._en_noun_phrases(toks, covered)
        out.sort(key=lambda c: c.start)
        if lang == "en":
            out = _merge_en(out, toks, doc.text)
        return out

    @staticmethod
    def _ar_before_name(toks: list[Token], i: int, named: list[Cand]) -> bool:
        """A title or a body right before a name (العقيد محمد، تنظيم «داعش»، قوات الدرك) gives way to
        the name (a crowd before a name, أنصار الحريري, stays the crowd: the caller keeps it)."""
        k = i + 1
        while k < len(toks) and toks[k].text in _QUOTES and k - i <= 2:
            k += 1
        return any(c.tok == k and c.ent is not None and c.etype in ("PERSON", "ORG", "MISC") for c in named)

    def _ar_np_end(self, toks: list[Token], i: int, covered: set[int]) -> int:
        """The last token of an Arabic institution phrase headed at ``i``: definite modifiers and
        genitives (الخارجية الأمريكية), one indefinite construct noun before a definite one (قوات
        مكافحة الإرهاب); no time word, relative, trigger word or named entity."""
        j = i
        while j + 1 < len(toks) and j - i < 3:
            nx = toks[j + 1]
            if nx.kind != "ar" or (j + 1) in covered or toks[j].end != nx.start - 1:
                break
            w = nx.norm
            definite = w.startswith("ال") and not normalize(nx.prefix)
            construct = (
                not normalize(nx.prefix)
                and not w.startswith("ال")
                and j == i
                and j + 2 < len(toks)
                and toks[j + 2].kind == "ar"
                and toks[j + 2].norm.startswith("ال")
                and not normalize(toks[j + 2].prefix)
                and (j + 2) not in covered
            )
            if not (definite or construct) or w in _AR_NP_STOP or _bare(w) in _AR_NP_STOP:
                break
            if _lookup(self.ar, _ar_keys(nx))[0]:
                break  # an event word: «السلطات الاعتقالات» never, «قوات الاحتلال» is no trigger
            j += 1
            if construct:
                j += 1
        return j

    def _en_noun_phrases(self, toks: list[Token], covered: set[int]) -> list[Cand]:
        """Capitalised noun phrases as actor candidates when no NER ran (English only)."""
        out: list[Cand] = []
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            if (
                i not in covered
                and t.kind == "latin"
                and t.text[:1].isupper()
                and t.text.lower() not in EN_STOP_CAPS
                and t.text.lower().replace("’", "'") not in _EN_FUNCTION_CAPS
                and not (self.en.lookup(en_lemma(t.text)) and i == 0)
            ):
                j = i
                while True:
                    # dotted abbreviations: U.N., U.S.
                    if (
                        j + 2 < n
                        and len(toks[j].text) == 1
                        and toks[j + 1].text == "."
                        and toks[j + 1].start == toks[j].end
                        and toks[j + 2].kind == "latin"
                        and len(toks[j + 2].text) == 1
                        and toks[j + 2].text.isupper()
                        and toks[j + 2].start == toks[j + 1].end
                    ):
                        j += 2
                        if j + 1 < n and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end:
                            j += 1
                        continue
                    if (
                        j + 1 < n
                        and toks[j + 1].kind == "latin"
                        and (toks[j + 1].text[:1].isupper() or toks[j + 1].text in ("of", "al", "bin"))
                        and toks[j + 1].text.lower() not in EN_STOP_CAPS - {"of"}
                    ):
                        j += 1
                        continue
                    break
                while j > i and toks[j].text in ("of", "al", "bin"):
                    j -= 1
                if toks[j].start - t.start < 80:
                    prev = toks[i - 1].text.lower() if i > 0 else ""
                    etype = "GPE" if prev in EN_PLACE_PREP or prev in ("from", "to") else "MISC"
                    name = self._doc_text[t.start : toks[j].end]
                    out.append(Cand(t.start, toks[j].end, None, name, etype, i, j))
                i = j + 1
                continue
            i += 1
        return out

    def _entity_for(self, doc: Document, c: Cand) -> str:
        if c.ent:
            return c.ent
        key = normalize(c.name)
        same = [e for e in doc.entities + self._new_entities if normalize(e.name) == key]
        if not same and c.etype == "ORG":
            # «وزارة الداخلية» after «وزارة الداخلية الكويتية»: the one body of the article whose name
            # holds this one, or is held by it, two words at least
            words = key.split()
            same = [
                e
                for e in doc.entities + self._new_entities
                if e.type == "ORG" and len(words) >= 2 and _word_run_within(words, normalize(e.name).split())
            ]
            same = same if len(same) == 1 else []
        for e in same:
            if not any(m.start == c.start for m in e.mentions):
                e.mentions.append(Mention(start=c.start, end=c.end, text=doc.text[c.start : c.end]))
            c.ent = e.id
            return e.id
        eid = f"e{self._next_id}"
        self._next_id += 1
        self._new_entities.append(
            Entity(
                id=eid,
                type=c.etype,
                name=c.name,
                mentions=[Mention(start=c.start, end=c.end, text=doc.text[c.start : c.end])],
            )  # type: ignore[arg-type]
        )
        c.ent = eid
        return eid

    def _participants(self, toks, t: Trig, cands: list[Cand], lang: str):
        preps = AR_PLACE_PREP if lang == "ar" else EN_PLACE_PREP

        def is_place(c: Cand) -> bool:
            if c.tok == 0:
                return False
            p = toks[c.tok - 1]
            pw = p.norm if lang == "ar" else p.text.lower()
            tokw = toks[c.tok]
            own_prefix = lang == "ar" and normalize(tokw.prefix)[-1:] == "ب" and c.etype in PLACE_TYPES
            # (round 19) a preposition with و/ف on it («وفي»), not any word ending in one («نفى» is no في)
            return pw in preps or (lang == "ar" and pw[:1] in "وف" and pw[1:] in preps) or own_prefix

        def blocked(lo: int, hi: int) -> bool:
            return any(toks[k].text in (".", ";", "؛", "?", "؟") for k in range(lo, hi))

        stop_words = (F.AR_BOUNDARY | F.AR_COND) if lang == "ar" else ((F.EN_BOUNDARY - {"and"}) | F.EN_COND)

        def clause_blocked(lo: int, hi: int) -> bool:
            for k in range(lo, hi):
                if lang == "ar" and toks[k].text in _QUOTES and k in (lo, hi - 1):
                    continue  # the quotes around a name: تنظيم «داعش»
                if toks[k].text in F.PUNCT_BOUNDARY:
                    return True
                w = toks[k].norm if lang == "ar" else toks[k].text.lower()
                if w in stop_words or (lang == "ar" and w[:1] in "وف" and w[1:] in stop_words):
                    return True
            return False

        def target_marked(c: Cand) -> bool:
            """مع X، ضد X، لـX، with X, against X: a partner or target, never the actor."""
            if lang == "ar":
                if normalize(toks[c.tok].prefix)[-1:] == "ل":
                    return True
                return c.tok > 0 and toks[c.tok - 1].norm in AR_TARGET_PREP
            return c.tok > 0 and toks[c.tok - 1].text.lower() in EN_TARGET_PREP

        usable = [
            c
            for c in cands
            if c.etype in ACTOR_TYPES
            or c.ent is None
            or c.sector is not None  # a group noun stays usable once an earlier event made it an entity
            or (lang == "en" and c.etype == "MISC" and _en_group(c.name))
        ]
        titled = None
        if lang == "ar":

            def event_word(x: Token) -> bool:
                return bool(_lookup(self.ar, _ar_keys(x))[0])

            titled = ar_titled_subject(toks, t, cands, event_word)
            agent = ar_relative_agent(toks, t, cands, event_word)
            if agent is not None and not is_place(agent):
                # (round 19) «الاجتماع الذي عقده ... حامد الشمري مع ...»: the relative clause names the agent
                rest = [c for c in usable if c.tok > agent.tok_end and c.tok - agent.tok_end <= 8]
                rest = [c for c in rest if not is_place(c)]
                return agent, (rest[0] if rest else None)
            harm = ar_harm_roles(toks, t, cands, usable, is_place, clause_blocked, target_marked, event_word)
            light = ar_light_verb_subject(toks, t, usable, is_place, target_marked)
            if light is not None:
                # (round 23) «ألقت الشرطة ... القبض على رجل»: the light verb's subject acts
                rest = [
                    c
                    for c in usable
                    if c.tok > t.b and c.tok - t.b <= 8 and not is_place(c) and not blocked(t.b + 1, c.tok)
                ]
                tgt = harm[1] if harm is not None and harm[1] is not None and harm[1].tok > t.b else None
                return light, (tgt or (rest[0] if rest else None))
            if harm is not None:
                return harm  # (round 21) an agent phrase, a passive, a victim or an object pronoun
            subj = ar_vso_subject(toks, t, cands, self._doc_text, event_word)
            if (
                subj is not None
                and t.a > 1
                and (toks[t.a - 1].text in ("،", ",") or toks[t.a - 1].norm in ("ثم",))
                and ar_shared_subject(toks, t, usable, is_place) is not None
            ):
                subj = None  # «تقدم الجيش ...، ثم قصف الأحياء الشرقية»: the definite noun is the object
            if subj is not None:
                usable = sorted([*usable, subj], key=lambda c: c.start)
        if t.type == "PROTEST":
            usable = [c for c in usable if (c.sector or "")[:3] not in ("COP", "MIL", "GOV")]
            crowd = [c for c in usable if c.sector and not blocked(min(c.tok, t.a), max(c.tok, t.a))]
            if crowd:
                protesters = [c for c in crowd if _is_protester(c.name)]
                after_c = [
                    c
                    for c in crowd
                    if c.tok > t.b and c.tok - t.b <= 6 and not clause_blocked(t.b + 1, c.tok)
                ]
                before_c = [c for c in crowd if c.tok_end < t.a and not clause_blocked(c.tok_end + 1, t.a)]
                if lang == "ar" and (after_c or before_c):
                    # (round 19) «تظاهر مئات الأشخاص ...، واحتشد المتظاهرون»، «أضرب العرب احتجاجا على ... قتلوا
                    # 13 متظاهرا»: protesters in another clause, or marked as a partner (مع المتظاهرين), give
                    # way to the crowd of the trigger's own clause
                    protesters = [
                        c
                        for c in protesters
                        if (c in after_c or c in before_c or t.a <= c.tok <= t.b) and not target_marked(c)
                    ]
                if protesters:
                    best = min(protesters, key=lambda c: abs(c.tok - t.a))
                elif lang == "ar" and after_c:
                    best = after_c[0]  # تظاهر أمس عشرات من أعضاء الحزب: the subject follows the verb
                elif before_c:
                    best = before_c[-1]
                else:
                    best = min(crowd, key=lambda c: abs(c.tok - t.a))
                rest = [
                    c for c in usable if c is not best and c.tok > max(t.b, best.tok_end) and not is_place(c)
                ]
                return best, (rest[0] if rest and rest[0].tok - t.b <= 8 else None)
        if lang == "ar" and t.a >= 1 and toks[t.a - 1].norm in ("الذين", "الذي", "التي", "اللذين"):
            rel = [c for c in usable if c.tok_end < t.a - 1 and t.a - 1 - c.tok_end <= 4 and not is_place(c)]
            if rel:
                nxt = [c for c in usable if c.tok > t.b and c.tok - t.b <= 6 and not is_place(c)]
                return rel[-1], (nxt[0] if nxt else None)
        lo = (
            t.a if lang == "ar" else t.b
        )  # the subject may sit inside a light-verb span: تفرض الولايات المتحدة عقوبات
        after = [
            c
            for c in usable
            if c.tok > lo and c.tok != t.b and not blocked(lo + 1, c.tok) and not is_place(c)
        ]
        before = [
            c
            for c in usable
            if c.tok_end < t.a
            and not clause_blocked(c.tok_end + 1, t.a)
            and not is_place(c)
            and not target_marked(c)
        ]
        actor = target = None
        if lang == "ar":
            near_after = [c for c in after if c.tok - t.b <= 4 and not clause_blocked(lo + 1, c.tok)]
            subj_after = [c for c in near_after if not target_marked(c)]
            if titled is not None and titled in usable:
                # (round 19) a person after a chain of titles is the subject however far it stands
                subj_after = [titled] + [c for c in near_after if c.tok > titled.tok_end]
            if subj_after and not (before and before[-1].tok_end >= t.a - 2):
                near_after = subj_after
                actor = near_after[0]
                rest = [
                    c
                    for c in after
                    if c is not actor
                    and c.tok - actor.tok_end <= 8
                    and (actor is not titled or c.tok > actor.tok_end)  # no title of the chain
                ]
                target = rest[0] if rest else None
            elif before:
                actor = before[-1]
                target = (
                    near_after[0] if near_after else (after[0] if after and after[0].tok - t.b <= 6 else None)
                )
            elif near_after:
                target = near_after[0]  # «توقيع أي اتفاق مع بيونغ يانغ»: a partner, the actor is unknown
            if actor is not None and before and actor is before[-1]:
                # «القوى ... المتحالفة مع التحالف الذي تقوده السعودية اعتقلت»: the subject of a relative
                # clause is not the subject of the main verb; the head before the relative pronoun is
                r = next(
                    (k for k in range(actor.tok - 1, max(-1, actor.tok - 4), -1) if toks[k].norm in _AR_REL),
                    None,
                )
                if r is not None:
                    head = [
                        c
                        for c in usable
                        if c.tok_end < r
                        and r - c.tok_end <= 8
                        and not clause_blocked(c.tok_end + 1, r)
                        and not is_place(c)
                        and not target_marked(c)
                    ]
                    if head:
                        actor = head[0]  # the first noun phrase of the clause is its subject
            if (
                actor is not None
                and actor.tok > t.b + 1
                and t.b + 1 < len(toks)
                and _bare(toks[t.b + 1].norm) in _AR_HONORIFIC
            ):
                target, actor = actor, None  # «وحث معاليه الموظفين»: the pronoun is the subject
            if actor is not None and actor.tok > t.b and t.kind == "verb" and t.type in ("COERCE", "ASSAULT"):
                # «اعتقل فيها نحو 300 مشتبه»، «قتل 13 جنديا»: a number before the noun after the verb
                # marks an unvoiced passive; the noun undergoes the event
                gap = toks[max(t.b + 1, actor.tok - 2) : actor.tok]
                if any(g.kind == "num" or g.norm in _AR_QUANT for g in gap):
                    target, actor = actor, None
            elif (
                actor is not None
                and actor.tok_end == t.a - 1
                and t.kind == "verb"
                and t.type in ("COERCE", "ASSAULT")
                and actor.tok > 0
                and (toks[actor.tok - 1].kind == "num" or toks[actor.tok - 1].norm in _AR_QUANT)
            ):
                target, actor = actor, None  # «3 حوثيين قتلوا»: a counted subject of a killing is its victims
            if actor is not None and actor.tok_end < t.a:
                between = [_bare(toks[k].norm) for k in range(actor.tok_end + 1, t.a)]
                around = between[-4:] + [_bare(toks[k].norm) for k in range(max(0, actor.tok - 3), actor.tok)]
                if any(w.startswith(_AR_UNDERGO) for w in around):
                    # «تعرض مسجد ... إلى تفجير»، «تعرضت السفارة لهجوم»: the subject undergoes it
                    target, actor = actor, None
                elif t.type == "ASSAULT" and any(w in _AR_CAUSE for w in between):
                    # «استشهد الشاب ... نتيجة سقوط مقذوف»: the victim, not the attacker
                    target, actor = actor, None
            if (
                t.kind == "noun"
                and actor is not None
                and actor.tok == t.b + 1
                and (t.type == "COERCE" or _bare(toks[t.a].norm) in _AR_VICTIM_MASDAR)
            ):
                # «اعتقال المتظاهرين»، «اغتيال المسؤول»: the genitive of such a masdar undergoes it
                target, actor = actor, None
            actor, target = ar_undergoer_fix(toks, t, cands, actor, target)
            gov = ar_governed_masdar(toks, t, cands, actor)
            if gov is not None:  # (round 24) «عارضت فرنسا غزو العراق»: the opposer is no invader
                actor, target = gov[0], gov[1] or target
            if actor is None and not before:
                actor = ar_shared_subject(toks, t, [c for c in usable if c is not target], is_place)
        else:
            words = [x.text.lower() for x in toks]
            passive = any(
                words[k] in ("was", "were", "been", "being", "is", "are") for k in range(max(0, t.a - 2), t.a)
            ) or (
                # (round 21) a noun merged with its passive signing: "the accord was signed by ..."
                words[t.b].startswith("sign")
                and any(
                    words[k] in ("was", "were", "been", "being", "is", "are") for k in range(t.a + 1, t.b)
                )
            )
            by = next((c for c in after if c.tok > 0 and words[c.tok - 1] == "by"), None)
            if by is None:  # "by the rebel fighters", "by a local militia", "by the Boons"
                by = next(
                    (
                        c
                        for c in after
                        if (
                            c.tok > 2
                            and words[c.tok - 2] in ("the", "a", "an", "its", "their")
                            and "by" in words[c.tok - 3 : c.tok - 1]
                            and toks[c.tok - 1].text.isalpha()
                        )
                        or (c.tok > 1 and words[c.tok - 1] in ("the", "a", "an") and words[c.tok - 2] == "by")
                    ),
                    None,
                )
            participle = t.kind == "verb" and not words[t.a].endswith("ing")
            if (
                by is not None
                and not passive
                and participle
                and t.a == t.b
                and 0 < t.a
                and by.tok - t.b <= 6
                and words[t.b + 1] in EN_PLACE_PREP | {"by", "on", "during", "for"}
                and words[t.a - 1] not in ("has", "have", "had")
            ):
                # "a soldier killed in Syria by Isis": a participle with its agent and no object before it
                passive = not any(c.tok < by.tok for c in after)
            if (
                not passive
                and participle
                and words[t.a] in _EN_TRANSITIVE_PP
                and before
                and before[-1].tok_end == t.a - 1
                and t.a + 1 < len(words)
                and words[t.a + 1]
                in ("with", "in", "for", "on", "over", "after", "at", "of", "near", "during")
            ):
                passive = True  # a headline's bare participle: "Coral Gables man charged with possessing ..."
            nominal = t.kind == "noun" or bool({"a", "an", "the"} & set(words[max(0, t.a - 2) : t.a]))
            if nominal and not before and by is not None and by.tok - t.b <= 4 and words[t.b + 1] == "by":
                actor = by  # "an effective surrender by the rebel fighters", "the bombing by NATO of ..."
                tgt = [c for c in after if c is not by and c.tok - t.b <= 10]
                target = tgt[0] if tgt else None
            elif passive and by is not None:
                actor = by
                target = before[-1] if before else None
            elif passive and participle:
                # "Colin Rockett ... was arrested": the subject of a passive verb undergoes the event
                subj = _en_subject(before, toks, words, t) if before else None
                if subj is None:
                    subj = next(
                        (c for c in usable if c.tok <= 2 and c.tok_end < t.a and not is_place(c)), None
                    )
                target = subj
                actor = (
                    _en_reporting_agent(toks, words, usable, t) if t.type in ("COERCE", "ACCUSE") else None
                )
                self._reporting_actor = actor
            else:
                actor = _en_subject(before, toks, words, t) if before else None
                if t.a >= 2 and words[t.a - 1] in ("who", "which"):
                    # "police arrested a man who attacked a guard": the antecedent acts
                    ante = [c for c in usable if c.tok_end == t.a - 2]
                    if ante:
                        actor = ante[-1]
                if (
                    actor is not None
                    and len(before) >= 2
                    and actor.ent is None
                    and any(w in english_agents() for w in actor.name.lower().split())
                    and "and" in words[before[-2].tok_end + 1 : actor.tok]
                ):
                    actor = before[-2]  # "Laurent Fabius and a group of deputies": the named first conjunct
                head = before[0] if before else None
                if (
                    head is not None
                    and actor is not head
                    and head.tok <= 2
                    and head.tok_end + 1 < t.a
                    and words[head.tok_end + 1] in _EN_POSTMOD
                ):
                    actor = (
                        head  # "A militant group responsible for attacks on X condemned ...": the head noun
                    )
                if actor is None and not _en_inverted_report(toks, words, t):
                    # "Pakistan, a key U.S. ally, has refused": the sentence-initial subject (not the subject
                    # of the quoted clause before ", a senior official warned.")
                    first = next(
                        (c for c in usable if c.tok <= 2 and c.tok_end < t.a and not target_marked(c)), None
                    )
                    if first is not None and not any(
                        toks[k].text in (".", ";") for k in range(first.tok_end + 1, t.a)
                    ):
                        actor = first
                tgt = _skip_modifiers([c for c in after if c.tok - t.b <= 10 and c is not actor], toks)
                target = tgt[0] if tgt else None
                definite = t.a > 0 and toks[t.a - 1].text.lower() in ("the", "this", "these", "that")
                if actor is None and t.kind == "noun" and tgt and not definite:
                    actor = tgt[0]
                    target = tgt[1] if len(tgt) > 1 else None
        if (
            lang == "en"
            and target is not None
            and (target.sector or "")[:3] in ("MIL", "COP")
            and target.tok > 0
            and toks[target.tok - 1].text.lower() in ("its", "their", "his", "her")
        ):
            target = None  # "withdrew its troops from Lebanon": the actor's own forces are its instrument
        if lang == "en" and target is None:
            target = self._en_recipient(toks, t, usable, actor, is_place)
        if actor is not None and target is not None and actor.ent is not None and actor.ent == target.ent:
            target = None
        return actor, target

    @staticmethod
    def _en_recipient(toks, t: Trig, usable: list[Cand], actor: Cand | None, is_place) -> Cand | None:
        """The target left unnamed by the clause structure: the first object of a light verb ("gave
        Tanzania a grant"), or the country an international act is directed to or from ("withdraw its
        troops from Lebanon", "sent aid to Haiti", "opened an embassy in Tehran")."""
        inside = [c for c in usable if t.a < c.tok and c.tok_end < t.b and not is_place(c)]
        if inside:
            return inside[0]
        if t.type not in _EN_DIRECTED or actor is None or actor.etype not in ("GPE", "MISC"):
            return None
        for c in usable:
            if c.tok <= t.b or c.tok - t.b > 10 or c is actor:
                continue
            if not (c.etype == "GPE" or (c.ent is None and c.etype == "MISC" and c.sector is None)):
                continue
            if any(toks[k].text in (".", ";", ",") for k in range(t.b + 1, c.tok)):
                break
            prep = toks[c.tok - 1].text.lower()
            if prep.isalpha() and prep.islower() and prep not in _EN_DIRECTIONS and c.tok > 1:
                prep = toks[c.tok - 2].text.lower()  # "from neighbouring Lebanon"
            if prep in _EN_DIRECTIONS:
                return c
        return None

    def _place(self, doc, toks, cands, lang, actor, target):
        preps = AR_PLACE_PREP if lang == "ar" else EN_PLACE_PREP
        for c in cands:
            if c.etype not in PLACE_TYPES or c is actor or c is target:
                continue
            if c.ent is None and not self.add_entities:
                continue
            if c.tok > 0:
                p = toks[c.tok - 1]
                pw = p.norm if lang == "ar" else p.text.lower()
                own = lang == "ar" and normalize(toks[c.tok].prefix)[-1:] == "ب"
                if pw in preps or (lang == "ar" and pw[1:] in preps) or own:
                    return self._entity_for(doc, c)
        return None

    # ------------------------------------------------------------ one event
    def _event(self, doc, toks, t: Trig, cands, attr, lang, ss, se, dateline) -> Event | None:
        mods = set(t.mods)
        source = None
        if attr is not None:
            k, scope, src = attr
            if scope == "all" or k < t.a < getattr(self, "_attr_stop", len(toks)):
                mods.add("reported")
                if src is not None:
                    source = self._entity_for(doc, src)
                if lang == "ar" and "historical" in mods and k < t.a and _ar_pluperfect_report(toks, k, t.a):
                    # (round 12) «وكان مراسلنا قد أفاد بأن التفجير وقع»: the pluperfect dates the report;
                    # the event in its content is the source's report
                    mods.discard("historical")
        # a quotation the quotes stage attributed to an outlet («... »، نقلت وكالة تاس)
        tstart = toks[t.a].start
        for q in doc.quotes:
            if q.start <= tstart < q.end and q.source and doc.entity(q.source) is not None:
                mods.add("reported")
                source = source or q.source
                break
        modality = F.strongest(mods)
        ftoks = getattr(self, "_ftoks", toks)
        if (
            lang == "ar"
            and modality == "asserted"
            and _ar_question_on_given(ftoks, [x.norm for x in ftoks], t)
        ):
            pass  # «لم يتضح من أين يأتي إطلاق النار»: a question on a given event leaves it told
        elif t.cue_placed:
            pass  # round 10: a rule placed the cue near the trigger (an evaluation, an exceptive)
        elif (
            lang == "ar"
            and modality == "asserted"
            and not t.negated
            and ar_unconfirmed_given(ftoks, [x.norm for x in ftoks], t)
        ):
            pass  # (round 15) «ولم يرد تأكيد مستقل للهجوم»: only the confirmation is missing
        elif modality == "asserted" and not t.negated and _unresolved_cue(ftoks, t, lang):
            # safeguard: a negation or hypothetical cue in the trigger's clause that no scope rule
            # placed: never assert the event, leave it open
            modality = "possible"
        elif modality == "asserted" and not t.negated:
            # round 7: a future, intention, condition or allegation cue no scope rule placed
            modality = _unplaced_cue_class(ftoks, t, lang) or modality
        self._reporting_actor: Cand | None = None
        actor_c, target_c = self._participants(toks, t, cands, lang)
        if lang == "ar":
            if ar_antecedent_no_doer(toks, t, actor_c):
                # (round 24) «شنت إسرائيل حربا إثر ... خطف الجنديين»: the main clause's subject is no doer of
                # the harm that came before its event
                actor_c = None
            actor_c, target_c = ar_martyr_roles(toks, t, actor_c, target_c)  # (round 24) «استشهد»
        if lang == "en" and t.kind == "verb" and toks[t.a].text.lower().startswith("protest"):
            # a government protests to another one (ACCUSE, a complaint); a crowd protests in the street
            nxt = toks[t.b + 1].text.lower() if t.b + 1 < len(toks) else ""
            crowd = (actor_c is not None and (actor_c.sector or "")[:3] in _CROWD_SECTORS) or any(
                toks[k].text.lower() in _EN_CROWD_WORDS for k in range(max(0, t.a - 4), t.a)
            )
            if t.type == "PROTEST" and nxt in ("to", "with") and not crowd:
                t.type, t.mode = "ACCUSE", None
            elif t.type == "ACCUSE" and crowd:
                t.type, t.mode = "PROTEST", "demo"
        if lang == "en" and t.type == "SANCTION" and toks[t.a].text.lower().startswith("boycott"):
            # lawyers boycotted the courts: a boycott by a crowd is a protest (CAMEO 143), by a state a sanction
            if (actor_c is not None and (actor_c.sector or "")[:3] in _CROWD_SECTORS) or any(
                toks[k].text.lower() in _EN_CROWD_WORDS for k in range(max(0, t.a - 4), t.a)
            ):
                t.type, t.mode = "PROTEST", "boycott"
        if (
            lang == "en"
            and t.type in ("ASSAULT", "COERCE")
            and actor_c is not None
            and _is_protester(actor_c.name)
        ):
            # protesters who burn or attack riot (CAMEO 145). Arabic keeps the deed: on the Arabic protest
            # GSR the same rule adds recall on the 272 gold sentences but flags more "no" sentences
            t.type, t.mode = "PROTEST", "riot"
        if source and actor_c is not None and actor_c.ent == source and actor_c is not self._reporting_actor:
            actor_c = None
        actor = self._entity_for(doc, actor_c) if actor_c else None
        target = self._entity_for(doc, target_c) if target_c else None
        place = self._place(doc, toks, cands, lang, actor_c, target_c)
        place_source = "sentence" if place else None
        if place is None and dateline is not None:
            place, place_source = dateline, "dateline"
        date, date_source = None, None
        for tm in doc.times:
            # a duration, a recurring time (بعد أربعة أيام, every week) or a bare clock time (T08:00) is not
            # the date of the event
            if (
                tm.start >= ss
                and tm.end <= se
                and tm.value
                and tm.type in ("DATE", "TIME")
                and tm.value[0].isdigit()
            ):
                date, date_source = tm.value, "sentence"
                break
        if date is None and self._dateline_date:
            date, date_source = self._dateline_date, "dateline"
        if date is None and doc.published:
            date, date_source = doc.published.isoformat(), "published"
        ts, te = toks[t.a].stem_start if lang == "ar" else toks[t.a].start, toks[max(t.b, t.tail or 0)].end
        mode = t.mode
        if t.type in ("AID", "COOPERATE") and mode is None:  # مساعدات إنسانية، military aid
            near = [
                toks[k].norm if lang == "ar" else toks[k].text.lower()
                for k in (t.b - 1, t.b + 1)
                if 0 <= k < len(toks)
            ]
            for w in near:
                w = w[2:] if w.startswith("ال") else w
                if w.startswith(("انساني", "humanitarian")):
                    mode = "humanitarian"
                elif w.startswith(("عسكري", "military")):
                    mode = "military"
                elif w.startswith(("اقتصادي", "مالي", "economic", "financial")):
                    mode = "economic"
        return Event(
            id="",
            type=t.type,
            mode=mode,
            actor=actor,
            target=target,
            place=place,
            place_source=place_source,
            date=date,
            date_source=date_source,
            polarity="negative" if t.negated else "positive",
            modality=modality,  # type: ignore[arg-type]
            source=source,
            evidence=Span(start=ss, end=se),
            mentions=[Span(start=ss, end=se)],
            trigger=TextSpan(start=ts, end=te, text=doc.text[ts:te]),
            embedded=t.embedded or None,
        )

    @staticmethod
    def _is_place(doc: Document, s: int, e: int) -> bool:
        return any(
            ent.type in ("GPE", "LOC") and any(mm.start < e and mm.end > s for mm in ent.mentions)
            for ent in doc.entities
        )

    def _dateline(self, doc: Document) -> str | None:
        m = _DATELINE.match(doc.text)
        if not m:
            return None
        s, e = m.span(1)
        name = m.group(1).strip()
        # «عين اليوم – نيويورك»: an outlet before the dash and the place after it, on a line of its own
        # «عين اليوم – نيويورك»، «سبق- جدة (تصوير ...)»: an outlet before the dash and the place alone
        # after it; «عين اليوم – متابعات» names no place
        rest = _DATELINE_REST.match(doc.text, m.end())
        if rest and not self._is_place(doc, s, e):
            if normalize(rest.group(1)) in _NOT_DATELINE_PLACE:
                return None
            s, e = rest.span(1)
            name = rest.group(1)
        if not name or any(ch.isdigit() for ch in name) or len(name.split()) > 3:
            return None
        s = doc.text.index(name, s)
        e = s + len(name)
        for ent in doc.entities:
            if any(mm.start < e and mm.end > s for mm in ent.mentions):
                return ent.id
        key = normalize(name)
        for ent in doc.entities:
            if normalize(ent.name) == key:
                ent.mentions.insert(0, Mention(start=s, end=e, text=doc.text[s:e]))
                return ent.id
        if not self.add_entities:
            return None
        ids = [int(x) for en in doc.entities for x in re.findall(r"\d+", en.id)[-1:]]
        eid = f"e{1 + max(ids, default=0)}"
        doc.entities.append(
            Entity(id=eid, type="GPE", name=name, mentions=[Mention(start=s, end=e, text=name)])
        )
        return eid


_AR_REL = F._n("التي الذي اللذين اللتين الذين اللواتي")

_AR_CAUSE = F._n("بسبب جراء اثر إثر بعد عقب نتيجة لاسباب")

_AR_START_LIGHT = F._n("بدأ بدأت بدأوا بدأا يبدأ تبدأ يبدأون باشر باشرت باشروا يباشر تباشر")

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


_AR_DURING = F._n("خلال أثناء اثناء")

_AR_THAT = F._n("أن إن ان انه إنه أنه انها إنها أنها بأن بان")

# a title or a group noun that stands right before the name it introduces (العقيد محمد، تنظيم «داعش»)
_AR_NAME_HEADS = F._n(
    "عقيد العقيد لواء اللواء عميد العميد رائد الرائد مقدم المقدم نقيب النقيب ملازم الملازم المشير فريق "
    "تنظيم التنظيم حركة الحركة جماعة الجماعة حزب الحزب قوات القوات ميليشيا مليشيا ميليشيات مليشيات عناصر "
    "العناصر جبهة الجبهة مسلحو مسلحي"
)


def _inside_person(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """The characters start..end lie inside one of a person's multi-word mentions, after its first word
    (a verb the tagger ran into a name's start is left to the edge rules: «دان معالي» is a condemnation)."""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] < start and end <= spans[k][1]


def _word_run_within(a: list[str], b: list[str]) -> bool:
    """One word list is a contiguous run of the other (and they differ)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    n = len(short)
    return 0 < n < len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))


# duals of time adjectives that look like nationality plurals: «خلال اليومين الماضيين»
_AR_TIME_DUALS = F._n("الماضيين المقبلين الأخيرين الاخيرين المنصرمين الفائتين القادمين السابقين الحاليين")

_AR_UNDERGO = ("تعرض", "يتعرض", "تتعرض", "تعرضت", "يتعرضون", "تعرضوا")

_AR_QUANT = F._n("نحو حوالي قرابة أكثر اكثر عدد عشرات مئات آلاف الاف")

_AR_VICTIM_MASDAR = F._n("اغتيال الاغتيال اختطاف الاختطاف خطف إعدام الإعدام قتل القتل استهداف")

_AR_INST_HEADS = F._n(
    "وزارة الوزارة هيئة الهيئة مديرية المديرية سفارة السفارة بلدية البلدية أمانة الأمانة الشؤون الجهات جهات "
    "مجلس المجلس لجنة اللجنة حكومة الحكومة سلطات السلطات الأجهزة أجهزة اجهزة الوحدات وحدات دوريات الدوريات "
    "شرطة الشرطة الحرس النيابة نيابة المحكمة محكمة منظمة المنظمة منظمات المنظمات جمعية الجمعية مركز المركز "
    "التحالف قوى القوى قوات القوات الجيش الأمن رجال عناصر العناصر الشعب ولي"
)

# an honorific pronoun right after the verb is its subject: «وحث معاليه الموظفين»، «واستقبل سموه السفير»
_AR_HONORIFIC = F._n("معاليه سموه فخامته سماحته معاليها سموها")

_AR_NP_STOP = F._n(
    "اليوم الليلة الاثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الاحد الماضي الماضية "
    "الحالي الجاري المقبل المقبلة الأخير الأخيرة الذي التي الذين اللذين اللتين الى الآن مساء صباح أمس امس"
)


_AR_STRESS = F._n("شدد شددت شددوا يشدد تشدد مشددا مشددة")

_AR_MEETING_NOUNS = F._n("اتصال الاتصال استقبال الاستقبال")

_AR_TIME_ADV = F._n("أمس امس اليوم الليلة البارحة مساء صباحا مساءً")


_EN_ACCESS = frozenset(
    "aid inspectors observers monitors peacekeepers peacekeeping access delivery deliveries investigators "
    "convoys relief".split()
)

_EN_MISSION = frozenset("peacekeeping peacekeepers mission inspectors observers monitors".split())

# what may stand between a verb and its object noun: agreed to the demands, وافق على مطالب
_OBJ_LINK = frozenset(
    "to the their his her its all all of some most main key opposition على الى ل".split()
) | F._n("على إلى")

_CROWD_SECTORS = frozenset("CVL LAB EDU OPP REF AGR".split())

_EN_CROWD_WORDS = frozenset(
    "thousands hundreds dozens tens scores people crowds protesters demonstrators students workers lawyers "
    "doctors teachers farmers drivers traders merchants".split()
)

_EN_ARMS = frozenset("weapons arms artillery tanks guns missiles".split())

_EN_DIPLOMATIC = frozenset(
    "ambassador ambassadors envoy envoys diplomat diplomats inspectors observers monitors peacekeepers mission "
    "embassy consul attache staff".split()
)

_EN_PERSONS = frozenset(
    "journalist journalists reporter reporters migrants immigrants activists citizens nationals workers "
    "foreigners refugees students priest priests missionaries missionary correspondent correspondents".split()
)

_EN_VOW = frozenset("vow vowed vows swore sworn swear".split())


# verbs that take an infinitive a negation reaches through: "did not want to ..", "not able to .."
_EN_CONTROL = frozenset(
    "want wanted plan planned intend intended try tried attempt attempted seek sought manage managed agree "
    "agreed expect expected decide decided need needed hope hoped wish able going allowed permitted dare "
    "bother bothered have had choose chose mean meant".split()
)

_EN_RECEIVE = frozenset("receive received receives receiving".split())

_EN_TITLES = frozenset(
    "president minister prime king queen leader delegation envoy counterpart ambassador secretary chancellor "
    "premier emir crown prince foreign visiting mission delegations".split()
)

_EN_PULL = frozenset("pull pulled pulls pulling".split())

_EN_EMBASSY = frozenset("embassy embassies consulate consulates mission".split())

_EN_TALKS = frozenset("talks negotiations negotiation meeting conference summit dialogue".split())

_EN_FIND = frozenset("find found finds finding".split())

_EN_CONTROL_NOUN = frozenset("intention intentions intent plan plans desire wish willingness".split())

_EN_ASPECT = frozenset(
    "start starts started starting begin begins began begun continue continued resume resumed stop".split()
)

_EN_CLAUSE_START = F.EN_BOUNDARY | {"why", "how", "what", "whether", "if", "unless"}

_EN_EVIDENCE = frozenset("reports report sign signs evidence indication indications word record".split())

_EN_UNCONFIRMED = frozenset("confirm confirmed confirms verify verified corroborate corroborated".split())

_EN_ORDER = frozenset("ordered instructed told asked authorized authorised directed commanded".split())

_EN_CONSIDER = frozenset(
    "consider considers considering mull mulls mulling weigh weighs weighing contemplate contemplates "
    "contemplating".split()
)

_EN_SETTING = frozenset("during amid".split())

_EN_ALLEGED_ADV = frozenset("allegedly alleged purportedly reportedly".split())

_EN_SEEK = frozenset("seek seeks seeking sought".split())

_EN_CAUSATIVE = frozenset(
    "persuade persuaded persuading convince convinced force forced allow allowed allowing permit permitted let "
    "get got enable enabled".split()
)

_EN_POSS_THAT = frozenset(
    "possible likely unlikely probable conceivable chance possibility feared fears".split()
)

_EN_TIME_COND = frozenset("once when until after".split())

_AR_TIME_COND = F._n("عندما حينما حين بمجرد لدى متى")

# verbs that bring their object event about: "to hold the talks", "to sign the agreement"
_EN_MAKE_VERBS = frozenset(
    "make hold conduct carry stage launch host file press lodge sign reach conclude impose open start begin "
    "resume attend pay give provide deliver send grant organize organise call convene".split()
)

_EN_LIGHT_PASS = frozenset(
    "make made makes making hold held holds holding conduct conducted carry carried stage staged launch launched "
    "host hosted file filed press pressed lodge lodged".split()
)

_EN_SUBJ_DET_NUM = frozenset(
    "the a an this that these those his her their its two three four five both".split()
)

_EN_EVIDENCE_ADJ = frozenset("immediate official independent further new confirmed credible".split())

_EN_PROPOSAL = frozenset(
    "bill bills resolution resolutions proposal proposals draft measure legislation motion amendment".split()
)

_EN_SUBORD = frozenset("if unless whether because although though while whereas when since".split())

_AR_MUST = F._n("يجب ينبغي يتعين يتوجب")

_AR_WARN = F._n("حذر حذرت حذروا يحذر تحذر تحذير محذرا محذرة")

_AR_FAIL = F._n("فشل فشلت فشلوا فشلا يفشل تفشل")
# (round 20) failure nouns with a pronoun, إخفاق; the absence noun «غياب» right before an indefinite event
_AR_FAIL_NOUN = F._n("فشلها فشله فشلهم فشلهما اخفاق الاخفاق اخفاقها اخفاقه اخفاقهم")
_AR_ABSENCE = F._n("غياب")

_AR_PREVENT = F._n("منع لمنع يمنع تمنع احباط لاحباط وقف لوقف")

_AR_WANT = F._n("يريد تريد يريدون نريد أريد يرغب ترغب يرغبون يأمل تأمل يأملون")

_EN_SPEECH_ACT = frozenset(
    "comment comments commenting discuss discussing elaborate elaborating disclose disclosing reveal revealing "
    "identify identifying name naming confirm confirming specify".split()
)

_AR_SPEECH_ACT = F._n("التعليق تعليق الكشف كشف الادلاء الإدلاء الحديث الافصاح الإفصاح التصريح تأكيد التأكيد")

_AR_EXPECT = F._n("توقع توقعت توقعوا يتوقع تتوقع يتوقعون")

_EN_CRIME_COERCE = ("abduct", "kidnap", "rob", "carjack", "hijack")

_EN_MODAL_BASE = frozenset("will 'll shall would could may might can should must".split())

_EN_SETTING_PREP = frozenset("following during amid after since".split())

_EN_NP_MOD_STOP = frozenset("to of with for on in by from at as that which who and or but".split())


def _en_np_left(words: list[str], a: int, limit: int = 4) -> int:
    """Index of the first word left of the event noun at a that is outside its noun phrase."""
    j = a - 1
    while j >= 0 and a - j <= limit and words[j] not in _EN_NP_MOD_STOP and words[j] not in _EN_SETTING_PREP:
        j -= 1
    return j


def _en_setting(words: list[str], a: int) -> bool:
    j = _en_np_left(words, a)
    return (
        j >= 0
        and words[j] in _EN_SETTING_PREP
        and words[j] != "after"
        or (j >= 0 and words[j] == "after" and any(w in _EN_DEFINITE for w in words[j + 1 : a]))
    )


def _en_suspect_in_definite(words: list[str], a: int) -> bool:
    j = _en_np_left(words, a, 5)
    return (
        j >= 1
        and words[j] == "in"
        and words[j - 1] in ("suspect", "suspects")
        and any(w in _EN_DEFINITE for w in words[j + 1 : a])
    )


_EN_ATTITUDE = frozenset("support back oppose welcome favor favour accept endorse approve".split())


def _en_relative_future(toks: list[Token], words: list[str], b: int) -> bool:
    """The event noun ending at b is followed by a relative clause in the future: ", which will take
    place", "that is scheduled for"."""
    j = b + 1
    if j < len(words) and toks[j].text == ",":
        j += 1
    if j + 2 >= len(words) or words[j] not in ("which", "that"):
        return False
    w, nxt = words[j + 1], words[j + 2]
    return (
        (w in ("will", "'ll") and nxt in ("take", "be", "begin", "start", "run", "resume"))
        or (w in ("is", "are") and nxt in ("scheduled", "planned", "set", "expected", "due"))
        # (round 20) as «الهدنة التي تبدأ منتصف الليل»: "the truce, which begins at midnight"
        or toks[j + 1].text.lower() in ("begins", "starts")
    )


def _en_push_for(words: list[str], a: int) -> bool:
    j = _en_np_left(words, a)
    return (
        j >= 1
        and words[j] == "for"
        and words[j - 1] in ("push", "pushes", "pushed", "pushing", "press", "presses", "pressed", "pressing")
    )


def _en_comment_on_definite(words: list[str], a: int) -> bool:
    j = _en_np_left(words, a)
    return (
        j >= 1
        and words[j] in ("on", "about")
        and words[j - 1] in ("comment", "comments", "commenting", "elaborate", "speak")
        and any(w in _EN_DEFINITE for w in words[j + 1 : a])
    )


_EN_CLAIM_THAT = frozenset("allege alleges alleged alleging claim claims claimed claiming".split())
_EN_SUSPECT_THAT = frozenset("suspect suspects suspected suspecting".split())


def _en_second_that_of_claim(toks: list[Token], words: list[str], a: int) -> bool:
    """The event is in a second that-clause ("and that ...") of an allegation verb."""
    for k in range(a - 1, max(-1, a - 12), -1):
        if toks[k].text in ".;:!?":
            return False
        if words[k] == "that" and k > 0 and words[k - 1] in ("and", "or"):
            for m in range(k - 2, max(-1, k - 30), -1):
                if toks[m].text in ".;:!?":
                    return False
                if words[m] == "that" and m > 0 and words[m - 1] in _EN_CLAIM_THAT:
                    return True
            return False
    return False


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
_AR_FEAR_LINK = F._n("مغبة خطر مخاطر احتمال احتمالات إمكانية امكانية شن تنفيذ وقوع اندلاع حدوث")


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
        if _bare(words[k]) in _AR_FEAR or words[k] in _AR_FEAR:
            return True
    return False


_EN_REPORT_AUX = frozenset("had has have initially originally previously first earlier".split())

_AR_CLAIM_VERBS = F._n("زعم زعمت زعموا يزعم تزعم يزعمون ادعى ادعت ادعوا يدعي تدعي يدعون")

_AR_REPORT_DOC = F._n("تقرير تقريرها تقريره تقريرهم التقرير تقارير تقاريرها")

_AR_DECIDE = F._n("قرر قررت قررنا قرروا تقرر")


_AR_AWAIT = F._n("ينتظر تنتظر ينتظرون")

# verbs of taking place whose future tells that an event noun subject is still to come
_AR_TAKE_PLACE = F._n(
    "يجري تجري يعقد تعقد ينعقد تنعقد يبدأ تبدأ يستأنف تستأنف يتم تتم ينطلق تنطلق يقام تقام يكون تكون "
    "يشمل تشمل يتناول تتناول يناقش تناقش يبحث تبحث يركز تركز يتواصل تتواصل يتضمن تتضمن "
    "يستمر تستمر يتجدد تتجدد يتوسع تتوسع يمتد تمتد "  # (round 11) «إن المظاهرات ستستمر لحين»: to go on
    "يختتم تختتم يستكمل تستكمل"  # (round 16) «إن المباحثات ... ستختتم خلال أيام»، «سوف تستكمل»
)
_AR_SCHEDULED_TYPES = frozenset({"CONSULT", "AGREE", "PROTEST", "AID", "RETREAT", "SANCTION", "MOBILIZE"})

# readiness and planning heads: «مستعد للتعاون»، «جاهزة للتفاوض»، «بالتخطيط لمهاجمة»، «خطة لسحب»
_AR_PLAN_HEADS = F._n(
    "مستعد مستعدة مستعدون مستعدين مستعدان مستعدتان جاهز جاهزة جاهزون جاهزين التخطيط تخطيط بالتخطيط "
    "خطة خطط الخطة خطته خطتها خطتهم بخطة مخطط مخططا مخططات بمخطط مستعدا جاهزا "
    "يعد تعد يعدون يعدان"  # «كان يعد لاغتيال الوزير»: preparing (only before لـ + the event)
    " التحضير تحضير تحضيرا التحضيرات تحضيرات"  # (round 18) «التحضير للمفاوضات»: preparing
)

# (round 19) عدم after the preposition ب / ل that the tokenizer leaves on a four-letter word («بعدم التوصل
# لاتفاق»، «ولعدم توقيع الاتفاق»): the negation of the event noun after it, as عدم itself
_AR_PREP_NEG = F._n("بعدم لعدم")
# (round 21) verbs of press coverage: with an outlet as subject they attribute what follows
_AR_COVERAGE = F._n("اهتمت ركزت تناولت ابرزت")
_AR_RELAYED_STATEMENT = F._n("اعلان تصريح تصريحات بيان قول")

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


def _ar_plan_head(toks: list[Token], words: list[str], c: int) -> bool:
    """The event after لـ completes a readiness or planning head right before it (one word between)."""
    w = _bare(words[c])
    if "ل" not in normalize(toks[c].prefix) and not (w[:1] == "ل" and len(w) > 4):
        return False
    for j in (c - 1, c - 2):
        if j < 0 or toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[j]) in _AR_PLAN_HEADS or words[j] in _AR_PLAN_HEADS:
            # not «لم يعد للهدنة أي معنى» (يعد: no longer)
            return not (_bare(words[j]) in ("يعد", "تعد") and j > 0 and _bare(words[j - 1]) in F.AR_NEG)
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
_AR_ON = F._n("على")
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


_EN_MAY = frozenset("can could may might cannot".split())


def _en_indefinite_modal_subject(toks: list[Token], t: Trig) -> bool:
    """(round 20) An event noun after a / an / any whose clause goes on, within five words, with can / could /
    may / might (+ not / only) + happen / occur / take place / be reached: what may (not) take place."""
    low = [tk.text.lower() for tk in toks]
    if t.a == 0 or low[t.a - 1] not in ("a", "an", "any"):
        return False
    for j in range(t.b + 1, min(len(toks) - 1, t.b + 6)):
        if toks[j].text in F.PUNCT_BOUNDARY or low[j] in F.EN_BOUNDARY:
            return False
        if low[j] in _EN_MAY:
            k = j + 1 + (low[j + 1] in ("not", "only", "never", "ever"))
            return k < len(low) and low[k] in ("happen", "occur", "take", "be", "succeed", "work", "hold")
    return False


_EN_OCCUR_STEMS = ("recur", "happen", "occur", "repeat")
_EN_NOT = frozenset("not n't never".split())


def _en_did_not_occur(toks: list[Token], t: Trig) -> bool:
    """(round 20) As «لم تتكرر التفجيرات»: a definite event noun subject of a negated verb of happening or
    recurring within six words on ("the clashes did not recur", "the attacks have not been repeated"), or the
    verb after "never happened / did not happen that"."""
    low = [tk.text.lower() for tk in toks]
    if t.a > 0 and low[t.a - 1] in (
        "the",
        "these",
        "those",
        "such",
    ):  # "the clashes": a noun, whatever its kind
        for j in range(t.b + 1, min(len(toks), t.b + 7)):
            if toks[j].text in F.PUNCT_BOUNDARY or low[j] in F.EN_BOUNDARY:
                return False
            if low[j] in _EN_NOT:
                return any(w.startswith(_EN_OCCUR_STEMS) for w in low[j + 1 : j + 3])
        return False
    for j in range(t.a - 1, max(-1, t.a - 6), -1):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if low[j] == "that":
            return j >= 2 and low[j - 1].startswith(_EN_OCCUR_STEMS) and low[j - 2] in _EN_NOT
    return False


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


# (round 19) English counterparts: "the failure to reach an agreement", "in the absence of an agreement"
# (negative, as «بعدم التوصل»); "his willingness / desire / commitment to help", "the deal stipulates the
# reimposition of sanctions" (planned, as «رغبة ... في»، «ينص ... على»)
_EN_LACK = frozenset("failure lack absence".split())
_EN_WILL = frozenset("desire willingness commitment readiness".split())
_EN_STIPULATE = frozenset("stipulate stipulates stipulated".split())
_EN_ARTICLE = frozenset("a an the any".split())


def _en_lack_of(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event right after "failure to" or "lack / absence of" (an article between allowed)."""
    j = t.a - 1
    if j >= 0 and words[j].lower() in _EN_ARTICLE:
        j -= 1
    if j < 1 or words[j].lower() not in ("to", "of"):
        return False
    head = words[j - 1].lower()
    return head in _EN_LACK and (head == "failure") == (words[j].lower() == "to")


_EN_TRY = frozenset("try tries tried trying attempt attempts attempted attempting".split())
_EN_IN_VAIN = frozenset("vain unsuccessfully vainly".split())


def _en_failed_attempt(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 21) As «حاول دون جدوى»: the act of "tried / attempted (in vain, unsuccessfully) to" at most six
    words before it, told as failed: "in vain" / "unsuccessfully" before the act, or "but failed", "but did
    not succeed", "without success", "to no avail" at most ten words after it, in its sentence."""
    low = [tk.text.lower() for tk in toks]
    try_k = None
    for k in range(t.a - 1, max(-1, t.a - 7), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if low[k] in _EN_TRY:
            try_k = k
            break
    if try_k is None or "to" not in low[try_k + 1 : t.a]:
        return False
    if any(w in _EN_IN_VAIN for w in low[try_k + 1 : t.a]):
        return True
    tail = []
    for k in range(t.b + 1, min(len(low), t.b + 11)):
        if toks[k].text in ".;:!?":
            break
        tail.append(low[k])
    text = " ".join(tail)
    return (
        any(
            p in text
            for p in (
                "but failed",
                "but they failed",
                "but it failed",
                "but did not succeed",
                "without success",
            )
        )
        or "to no avail" in text
        or "in vain" in text
    )


_EN_PLAN_NOUN = frozenset("plan plans intention intentions".split())


def _en_no_plan(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 21) As «لا توجد نية»: the act after "no plans / no intention to / of" (at most three words
    between the preposition and the trigger: "no intention to call an emergency meeting")."""
    low = [tk.text.lower() for tk in toks]
    for k in range(t.a - 1, max(0, t.a - 6), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if low[k] in ("to", "of") and low[k - 1] in _EN_PLAN_NOUN:
            return k >= 2 and low[k - 2] == "no"
    return False


_EN_SIGN = frozenset("sign signs indication indications".split())


def _en_indication(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 20) As «مؤشرات»: the event noun right after "signs / indications of" (an article between
    allowed), or the verb of the clause opened by "signs / indications that" (within eight words, no
    punctuation). Not after "no" / "little" (nothing tells of it: a negation rule)."""
    for k in range(t.a - 1, max(-1, t.a - 10), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if toks[k].text.lower() not in _EN_SIGN:
            continue
        if k > 0 and toks[k - 1].text.lower() in ("no", "little", "any"):
            return False
        link = toks[k + 1].text.lower() if k + 1 < t.a else ""
        if link == "of":
            return t.kind == "noun" and all(tk.text.lower() in _EN_ARTICLE for tk in toks[k + 2 : t.a])
        return (
            link == "that"
            and t.kind == "verb"
            and not any(tk.text.lower() in F.EN_BOUNDARY for tk in toks[k + 2 : t.a])
        )
    return False


def _en_will_head(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event within four words after "desire / willingness / commitment to" or after "stipulate(s)",
    in its clause."""
    for j in range(t.a - 1, max(-1, t.a - 5), -1):
        w = words[j].lower()
        if toks[j].text in F.PUNCT_BOUNDARY or w in F.EN_BOUNDARY:
            return False
        if w in _EN_STIPULATE or toks[j].text.lower() in _EN_STIPULATE:
            return True
        if w in _EN_WILL and j + 1 < t.a and words[j + 1].lower() == "to":
            return True
    return False


def _ar_need_or_demand(toks: list[Token], words: list[str], t: Trig) -> str | None:
    """(round 18) "possible" after a need, "planned" after a demand, at most one word between (a verbal
    noun: «المطالبة بإيصال المساعدات»); «أن يتم» is passed over. Any trigger kind: «ضرورة التوصل إلى اتفاق»
    is a light-verb trigger."""
    # (round 21) also the event word at the end of a merged trigger: «وشدد المتظاهرون على ضرورة محاكمة»
    for a in [t.a] + [c for c in t.cues if t.a < c <= t.b]:
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


_AR_ON = F._n("على علي عليه عليها عليهم عليهما علينا عليك عليكم")
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
        if w == "سوف" and j + 1 < len(words) and _ar_future_of_event(_bare(words[j + 1]), after[1:]):
            return True
        if _ar_verbish(toks[j], w):
            return False  # another verb first: the event is no subject of the future verb
    return False


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

# what ends the reach of a كان to a later قد + verb: a new sentence part or a contrasting clause
_AR_PLUPERF_STOP = F._n("لكن لكنه لكنها ولكن بينما فيما ثم بل")


_AR_TELL_STEMS = F._n("افاد افادت افادوا ابلغ ابلغت ابلغوا اخبر اخبرت اخبروا")


def _ar_told_me(w: str) -> bool:
    """A verb of informing with a first-person object: «أفادوني»، «أبلغونا»، «أخبرني» (not «أبلغنا», which is
    also "we informed")."""
    for suf, cut in (("وني", 3), ("ونا", 3), ("ني", 2)):
        if w.endswith(suf) and len(w) > cut + 3:
            stem = w[:-cut]
            if stem in _AR_TELL_STEMS or stem + "وا" in _AR_TELL_STEMS:
                return True
    return False


_EN_DETERMINERS = frozenset("a an the his her its their one two three several some".split())


def _en_inverted_report(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 12) The trigger is the verb of a sentence-final reporting clause after a comma, whose subject
    noun phrase stands between the comma and the verb: "Iran may retaliate ..., a senior official warned."
    The clause before the comma is what was said; its subject is not the speaker."""
    if t.kind != "verb" or t.a < 3:
        return False
    c = next((k for k in range(t.a - 1, max(-1, t.a - 7), -1) if toks[k].text in (",", "”", '"')), -1)
    if c < 1 or c + 1 >= t.a or words[c + 1] not in _EN_DETERMINERS:
        return False
    if any(toks[k].text in F.PUNCT_BOUNDARY for k in range(c + 1, t.a)):
        return False
    if any(words[k] in ("'s", "its", "their") or words[k].endswith("'s") for k in range(c + 1, t.a)):
        return False  # "..., the group's leader warned": the speaker is of the group named before
    rest = [k for k in range(t.b + 1, min(len(toks), t.b + 7)) if toks[k].text not in (".", "!", "?")]
    end = next((k for k in range(t.b + 1, len(toks)) if toks[k].text in (".", "!", "?", ";")), len(toks))
    return end - t.b <= 5 and not any(words[k] in ("that", "to") for k in rest if k < end)


# (round 15) circumstantial participles of speech that open a clause of their own: «...، مشيرا بحسب البيان إلى»
_AR_SPEECH_PARTICIPLE = F._n(
    "مشيرا مشيرة مشيرين مضيفا مضيفة مضيفين مؤكدا مؤكدة مؤكدين موضحا موضحة موضحين لافتا لافتة معتبرا معتبرة"
)


def _ar_quote_span(toks: list[Token], k: int) -> tuple[int, int] | None:
    """(round 15) The indices of the « and » of a quotation that k is inside (opened before k in the
    sentence, closed after it), or None."""
    opened = None
    for j in range(k - 1, -1, -1):
        tx = toks[j].text
        if tx in ("»", "”"):
            return None
        if tx in ("«", "“"):
            opened = j
            break
    if opened is None:
        return None
    close = next((j for j in range(k + 1, len(toks)) if toks[j].text in ("»", "”")), None)
    return None if close is None else (opened, close)


def _ar_source_noun(w: str, after: Sequence[str] = ()) -> bool:
    """A source noun, also with a conjunction or a possessive pronoun (round 12: «مراسلنا»، «مصادرنا»);
    (round 13) or any word whose head stem is of a source class, in any number and state (`_ar_source_stem`),
    or a rights NGO told by the words ``after`` it («منظمة العفو»، «الشبكة السورية لحقوق الإنسان»)."""
    forms = {w, w[1:]}
    for suf in ("نا", "ها", "هم", "ه"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            forms |= {w[: -len(suf)], w[1 : -len(suf)]}
    if forms & F.AR_SOURCE_NOUNS:
        return True
    stems = {_ar_source_stem(w), _ar_source_stem(w[1:])} if w[:1] in "وف" else {_ar_source_stem(w)}
    if stems & F.AR_SOURCE_STEMS:
        return True
    if stems & F.AR_MEDIA_HEADS and any(
        x in F.AR_MEDIA_MARKS or _bare(x) in F.AR_MEDIA_MARKS for x in after[:3]
    ):
        return True  # (round 15) «شبكة حلب نيوز»، «مكتب أخبار سوريا»: a news outlet
    if stems & _AR_NETWORK and after[:1] and after[0] in ("«", '"', "“"):
        return True  # (round 22) «شبكة "سوريا مباشر"»، «شبكة “إيه.بي.سي”»: a network named in quotes
    return bool(stems & F.AR_NGO_HEADS) and any(
        x in F.AR_NGO_MARKS or _bare(x) in F.AR_NGO_MARKS or _unprep(_bare(x)) in F.AR_NGO_MARKS
        for x in after[:3]
    )


# (round 22) a network: with its name in quotes after it, a news outlet
_AR_NETWORK = frozenset({"شبك"})
_AR_RELAY = F._n("نقل نقلت نقلوا ينقل تنقل")
# «طلب عدم نشر اسمه»، (round 13) «الذي لم يشأ كشف هويته»، «رفض الكشف عن هويته»: the speaker withholds a name
_AR_WITHHOLD = F._n("عدم يشأ تشأ يشاؤوا يشأن رفض رفضت رفضوا يرد ترد")


def _ar_conjoined_source(toks: list[Token], words: list[str], k: int) -> bool:
    """A word و + a source noun among the subject words after the reporting verb at k, before its «إن / أن»
    or a colon, within eight words and no other punctuation."""
    n = len(words)
    for j in range(k + 2, min(n, k + 9)):
        if toks[j].text in F.PUNCT_BOUNDARY or words[j] in _AR_THAT or _bare(words[j]) in _AR_THAT:
            return False
        raw = normalize(toks[j].text)
        if raw[:1] == "و" and _ar_source_noun(raw[1:], words[j + 1 :]):
            return any(toks[q].text == ":" or words[q] in _AR_THAT for q in range(j + 1, min(n, j + 6)))
    return False


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


def _ar_relayed_speech(toks: list[Token], words: list[str], k: int) -> bool:
    """نقل at k relays someone's words: «عن» within eight words, then «قوله / قولها / قولهم» (what he said)
    within twelve words of it, no sentence end between (not «نقل الجرحى عن طريق ...»)."""
    n = len(words)
    for j in range(k + 1, min(n, k + 9)):
        if toks[j].text in (".", "!", "?", "؟", ";", "؛"):
            return False
        if words[j] == "عن" and not (j + 1 < n and words[j + 1] == "طريق"):
            return any(
                _bare(words[q]).startswith("قول") and toks[q].text not in (".",)
                for q in range(j + 1, min(n, j + 13))
            )
    return False


def _ar_source_stem(w: str) -> str:
    """The head stem of a noun: without conjunction, article, possessive pronoun and the endings of number
    and state («محطتا» → محط، «المحطتان» → محط، «قنواتها» → قنو، «الناشطون» → ناشط); the caller strips a
    conjunction."""
    if w.startswith("لل") and len(w) > 4:
        w = w[2:]
    elif w.startswith("ال") and len(w) > 4:
        w = w[2:]
    for suf in ("هما", "هم", "ها", "نا"):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            w = w[: -len(suf)]
            break
    for suf in ("تان", "تين", "تا", "ات", "ون", "ين", "ان", "ه", "ت", "ا"):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            return w[: -len(suf)]
    return w


# a statement or report whose لـ-complement is its issuer, not an addressee: «وأفاد بيان للمرصد بأن»
_AR_ISSUED = F._n("بيان بيانا البيان تقرير التقرير بلاغ البلاغ رسالة الرسالة")


def _ar_next_speaker(toks: list[Token], words: list[str], k: int) -> int | None:
    """(round 14) Index of a later reporting verb after the source's verb at k, after a comma or و, with a
    subject of its own that is no source (no source noun before its «إن / أن» or colon, within six
    words): the source's report ends there."""
    n = len(words)
    for j in range(k + 2, n):
        w = words[j]
        w0 = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        if w0 not in F.AR_REPORT_VERBS or not (w[:1] == "و" or toks[j - 1].text in (",", "،")):
            continue
        that = next(
            (q for q in range(j + 1, min(n, j + 8)) if toks[q].text == ":" or words[q] in _AR_THAT),
            None,
        )
        if that is None or that == j + 1:  # «وأضافت أن»: no subject of its own, the same speaker goes on
            continue
        if any(toks[q].text in F.PUNCT_BOUNDARY for q in range(j + 1, that) if toks[q].text != ":"):
            continue
        if any(_ar_source_noun(words[q], words[q + 1 : that]) for q in range(j + 1, that)):
            continue
        return j
    return None


def _ar_construct_head(toks: list[Token], words: list[str], i: int) -> bool:
    """(round 14) The word at i heads the subject as the first term of a construct whose second term follows
    with the article («وزير الإعلام»، «قائد الشرطة»): the subject is that head, not the genitive; a title
    of a source's member («مدير المرصد»، «رئيس لجنة») is left to the member rule."""
    w = _bare(words[i])
    return (
        toks[i].kind == "ar"
        and i + 1 < len(words)
        and not w.startswith("ال")
        and w not in _AR_SOURCE_MEMBER
        and _bare(words[i + 1]).startswith("ال")
        and normalize(toks[i + 1].prefix) == ""
    )


def _ar_addressee(tok: Token) -> bool:
    """(round 14) The word is لـ + a source noun: the addressee of a reporting verb («لرويترز»، «لوكالة
    الأنباء»، «للمرصد»), not its subject; a source noun that itself begins with ل is not («لجنة»)."""
    if normalize(tok.prefix)[-1:] == "ل":
        return True
    raw = normalize(tok.text)
    raw = raw[1:] if raw[:1] in "وف" and len(raw) > 3 else raw
    if raw[:1] != "ل" or len(raw) < 4:
        return False
    stem = _ar_source_stem(raw)
    own = raw in F.AR_SOURCE_NOUNS or stem in F.AR_SOURCE_STEMS or stem in F.AR_NGO_HEADS
    return not own and _ar_source_noun(raw[1:])


def _ar_told_before(words: list[str], c: int) -> bool:
    """The event noun at c is anaphoric, told before: a demonstrative before it («هذه المفاوضات») or (round
    14) «كهذه / كهذا» after it («لم تتأثر بهجمات كهذه»: attacks like these, which took place)."""
    return _bare(words[c - 1]) in _AR_DEMONSTRATIVE or (
        c + 1 < len(words) and _bare(words[c + 1]) in _AR_LIKE_THIS
    )


def _ar_as_reported(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 14) The reporting verb at k opens a comparative clause after the statement («...، على ما ذكرت
    صحف محلية»، «...، كما أفادت الوكالة»، «حسب ما أوردت القناة»): على / حسب / وفق + ما, or كما after a
    comma, right before it, and no أن / إن complement of its own before the sentence's end (not «كما
    ذكرت الصحيفة أن الجيش ...», which is "the paper also reported that")."""
    if k < 1:
        return False
    p1 = _bare(words[k - 1])
    comparative = (p1 == "ما" and k > 1 and _bare(words[k - 2]) in _AR_AS_WHAT) or (
        p1 == "كما" and k > 1 and toks[k - 2].text in (",", "،")
    )
    if not comparative:
        return False
    for j in range(k + 1, len(words)):
        if toks[j].text in (".", "!", "?", "؟", ";", "؛", ":"):
            break
        if words[j] in _AR_THAT or _bare(words[j]) in _AR_THAT:
            return False
    return True


_AR_AS_WHAT = F._n("على حسب بحسب وفق وفقا طبقا")


def _ar_pluperfect_source(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 14) The reporting verb at k follows قد, and its subject, between كان and قد, is headed by a
    source noun («وكانت منظمة العفو الدولية قد قالت الشهر الماضي إن»، «وكان مراسلون قد أفادوا بأن»); an
    أن / إن complement follows within eight words."""
    if k < 3 or _bare(words[k - 1]) != "قد":
        return False
    kana = next(
        (
            j
            for j in range(k - 2, max(-1, k - 10), -1)
            if _bare(words[j]) in F.AR_KANA or toks[j].text in F.PUNCT_BOUNDARY
        ),
        -1,
    )
    if kana < 0 or toks[kana].text in F.PUNCT_BOUNDARY or kana + 1 >= k - 1:
        return False
    if not any(
        _ar_source_noun(words[q], words[q + 1 : k - 1]) for q in range(kana + 1, min(kana + 3, k - 1))
    ):
        return False
    for j in range(k + 1, min(len(words), k + 9)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if words[j] in _AR_THAT or _bare(words[j]) in _AR_THAT:
            return True
    return False


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


def _ar_pluperfect_report(toks: list[Token], k: int, a: int) -> bool:
    """The reporting verb at k is the pluperfect's verb (كان ... قد + it, or كان + it, at most eight words
    before it in its clause) and the trigger at a is in its أن-clause."""
    words = [x.norm for x in toks]
    if not any(_bare(words[j]) in _AR_THAT or words[j] in _AR_THAT for j in range(k + 1, a)):
        return False
    for j in range(k - 1, max(-1, k - 9), -1):
        if toks[j].text in ".;:!?؛؟":
            return False
        if _bare(words[j]) in ("كان", "كانت", "كانوا", "كانا", "كانتا"):
            return True
    return False


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


_AR_SUBORD = F._n("اذا لو حال حاله لان لانه لانها بينما عندما")


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


_EN_EFFORT = frozenset("effort efforts attempt attempts plan plans move moves bid bids push".split())

# media as the subject of a reporting verb: "The Chronicle says", "CBS DFW reports", "Midi Libre reports"
_EN_MEDIA = frozenset(
    "chronicle times post journal herald tribune news gazette telegraph guardian observer examiner globe star "
    "cnn bbc cbs nbc abc fox msnbc npr pbs bloomberg politico axios ruptly dfw wire newspaper newspapers paper "
    "daily press magazine outlet outlets broadcaster station network tabloid journalists reporters correspondent "
    "correspondents libre monde spiegel haaretz aljazeera jazeera tass xinhua afp ap reuters".split()
)
_EN_SOURCE_HEADS = frozenset("observatory agency newspaper television website monitor broadcaster".split())


def _en_source_head(toks: list[Token], words: list[str], k: int) -> bool:
    """A source noun heading the subject of the reporting verb at k, a few words back ("The Syrian
    Observatory for Human Rights said"); no punctuation, clause word or possessive between."""
    for j in range(k - 1, max(-1, k - 7), -1):
        if (
            toks[j].text in F.PUNCT_BOUNDARY
            or toks[j].text.lower().endswith(("'s", "’s", "'", "’"))  # "the agency's chief": a modifier
            or words[j] in F.EN_BOUNDARY
        ):
            return False
        if words[j] in _EN_SOURCE_HEADS:
            return True
    return False


_EN_SUGGEST = frozenset(
    "suggest suggests suggested suggesting indicate indicates indicated indicating".split()
)


def _en_given_object(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A definite event noun that is the object of another verb in -ing after a modal: the modal is on
    that verb ("The strategy may be slowing the talks"), not on the event ("may be holding talks")."""
    a = t.a
    if a < 3 or words[a - 1] not in _EN_DEFINITE:  # after a determiner even a "verb" trigger is a noun
        return False
    for k in range(a - 2, max(-1, a - 10), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or words[k] in F.EN_BOUNDARY:
            return False
        if words[k] in F.EN_POSS:
            return _en_modal_on_other_verb(words, k, a)
    return False


_EN_POLICE_SRC = frozenset(
    "police deputies sheriff authorities investigators prosecutors detectives officers troopers affidavit "
    "complaint".split()
)
_EN_SAY = frozenset("said say says told alleged allege alleges".split())
# unknown perpetrators: their act is told as a fact ("Police said gunmen opened fire")
_EN_UNKNOWN_ACTORS = frozenset(
    "gunman gunmen attacker attackers assailant assailants militants militant robber robbers someone somebody "
    "intruder intruders unknown masked".split()
)
_EN_FORCES = frozenset("officer deputy trooper detective army troops forces soldiers military guards".split())
_EN_SUBJ_START = frozenset("the a an he she they two three four both his her".split())


def _en_police_claim(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A suspect's act as told by the police: "Police said the man stabbed his neighbor", "Authorities say
    the men killed Hankins", "Smith shot the clerk, deputies said" (an allegation, not yet proven).
    The verb must be active, its subject a person (not unknown gunmen, not the police themselves)."""
    a = t.a
    if t.kind != "verb" or a == 0 or words[a - 1] in ("was", "were", "been", "be", "is", "are", "being"):
        return False
    if toks[a].text.lower().endswith("ing") or words[a - 1] in _EN_SUBJ_DET_NUM:
        return False  # "Authorities say a stabbing that killed ...": an event noun, no act of a suspect
    n = len(words)
    src = None
    for k in range(n - 1):
        if words[k] in _EN_POLICE_SRC and words[k + 1] in _EN_SAY:
            src = k
            break
    if src is None:
        return False
    if src < a:  # "Police said (that) the man stabbed ..."
        st = src + 2 + (words[src + 2 : src + 3] == ["that"])
    else:  # "..., police said": the clause before
        if not any(toks[j].text == "," for j in range(a + 1, src)):
            return False
        st = a
        while st > 0 and toks[st - 1].text not in F.PUNCT_BOUNDARY:
            st -= 1
    end = a
    if src < a and toks[a - 1].text == ",":
        # "Baskerville and another man, 19-year-old Lutchman Chandler, abducted": an apposition
        c1 = next((j for j in range(a - 2, max(st, a - 12), -1) if toks[j].text == ","), None)
        if c1 is not None:
            end = c1
    subj = words[st:end]
    if not 1 <= len(subj) <= 6 or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(st, end)):
        return False
    # names joined by "and" are one subject ("Sears and Bowers killed")
    if any(w in _EN_PREP or (w in F.EN_BOUNDARY and w != "and") for w in subj):
        return False
    if set(subj) & (_EN_UNKNOWN_ACTORS | _EN_POLICE_SRC | _EN_FORCES):
        return False
    return subj[0] in _EN_SUBJ_START or toks[st].text[:1].isupper()


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
        w = words[k]
        w0 = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        if _ar_future_verb(w0) or w0 in F.AR_PLANNED or w == "سوف":
            out.add("planned")
        elif w0 in F.AR_POSS or (w0 == "قد" and k + 1 < len(words) and words[k + 1][:1] in "يت"):
            out.add("possible")
    return out


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


def _en_condition_after(toks: list[Token], words: list[str], j0: int) -> bool:
    """An if/unless clause within 10 tokens after j0, in the same clause."""
    for j in range(j0, min(len(toks), j0 + 10)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if words[j] in ("if", "unless"):
            return True
    return False


def _en_admitted(words: list[str], a: int) -> bool:
    """'pleaded guilty (to)', 'admitted', 'confessed to' within 8 tokens before the trigger."""
    near = words[max(0, a - 8) : a]
    return any(
        (w in ("pleaded", "pleads", "plead", "pled") and near[i + 1 : i + 2] == ["guilty"])
        or w in ("admitted", "confessed", "admits", "confesses")
        # "Islamic State claimed it carried out the attack": a claim of one's own act
        or (w in ("claimed", "claims") and near[i + 1 : i + 2] in (["it"], ["they"], ["responsibility"]))
        for i, w in enumerate(near)
    )


_EN_LIGHT_VERBS = frozenset("make pay hold host conduct attend sign carry stage launch".split())

_EN_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday tomorrow tonight".split())


_EN_HAZARD = frozenset(
    "storm storms snow snowfall rain rainfall ice icy drizzle fog flood floods flooding wind winds cold heat "
    "weather conditions road roads frost thunderstorm thunderstorms hail tornado hurricane pellets freezing "
    "avalanche wildfire smoke temperatures".split()
)

_EN_DOCS = frozenset(
    "report reports data statement statements figures video videos results list findings details study "
    "album film records documents letter images photos footage census names survey poll information "
    "recordings recording photographs photo image transcript transcripts".split()
)

_EN_FUNCTION_CAPS = frozenset(
    "during even many we we've i i'm i've you they it he she however although when while after before if since as "
    "until unless once because despite meanwhile still now today yesterday interested "
    "some most all both each these those there here then this that what but and or so yet also several few".split()
)

_EN_MARKET = frozenset(
    "market consumer customer increased growing rising stable strong weak high low higher lower falling "
    "global domestic energy oil".split()
)

_EN_POSTMOD = frozenset(
    "responsible behind targeting based linked allied loyal close opposed accused known blamed fighting".split()
)

_EN_JAIL_PLACE = frozenset("leaving left leave leaves from of in into to out behind".split())

_EN_AWARD = frozenset("medal award prize honor honour trophy title degree nomination".split())

_EN_RECORDING = frozenset(
    "camera cameras video videos footage surveillance image images photo photos film".split()
)
_EN_NOT_WAR = frozenset("trade price tariff currency bidding culture cold words turf".split())
_EN_GERUND_GOV = frozenset("of with for after by in".split())
_EN_FIRED_OBJ = frozenset("shots gunshots weapon".split())
_EN_FIRE = frozenset("fire fired fires firing".split())
_EN_WAR_MODIFIES = frozenset(
    "crimes crime criminal criminals veteran veterans memorial memorials chest room games zone hero heroes widow "
    "widows correspondent cemetery museum machine novel film movie movies era years dead".split()
)
_EN_NOT_WAR_ON = frozenset("drugs poverty crime cancer obesity corruption waste christmas women".split())
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


_EN_ACCIDENT = frozenset(
    "crash crashed crashing collision collided accident accidental tree fell landslide mudslide avalanche "
    "drowned lightning derailed overturned rollover blaze fire".split()
)

_EN_VIOLENCE = frozenset(
    "attack attacked attacks gunman gunmen shot shooting shootout gunfire bomb bombing stabbed stabbing arson "
    "murder murdered killer suspect militants rebels troops police assault set".split()
)

_EN_TRANSITIVE_PP = frozenset(
    "arrested charged detained jailed sentenced accused held wounded injured shot killed kidnapped abducted "
    "convicted indicted expelled deported arraigned executed stabbed beaten".split()
)

_EN_NO_COMMENT = frozenset(
    "comment give discuss elaborate say confirm reveal disclose name specify speculate answer provide".split()
)

_EN_QUESTION = frozenset("about whether if how what why who where question questions".split())

_EN_ABSTRACT = frozenset(
    "proposal proposals plan plans policy policies remarks comments decision idea ideas claims record "
    "stance position views bill budget speech".split()
)

_EN_SUSPENDABLE = frozenset(
    "aid assistance relations ties talks negotiations cooperation co-operation program programme membership "
    "deliveries delivery flights trade exports imports funding visits dialogue participation contacts "
    "agreement treaty accord deal mission operations embassy consulate envoy ambassador diplomatic "
    "military economic humanitarian shipments sales enrichment production testing tests work activities".split()
)

_EN_ALERT_LEVEL = frozenset("on high highest maximum heightened full red increased raised combat".split())

_EN_FORCES = frozenset(
    "troops soldiers forces force army military police officers units guard guardsmen marines navy warships "
    "ships jets aircraft tanks battalion battalions brigade brigades reservists peacekeepers personnel "
    "militia fighters border missiles weapons artillery contingent reinforcements security operations "
    "operation mission missions combat frontline tours tour".split()
)

_EN_ACCEPTABLE = frozenset(
    "offer offers proposal proposals plan plans deal deals agreement agreements terms demand demands "
    "conditions invitation invitations ceasefire truce resignation mediation apology settlement request "
    "requests compromise refugees peacekeepers inspectors aid help responsibility recommendations "
    "resolution verdict results proposed".split()
)

_EN_RISK = frozenset(
    "delays delay disruption deficit vigilant careful caution cautious aftershocks outages shortages shortage "
    "overdose overdoses scam scams fraudsters symptoms traffic congestion".split()
)

_EN_GATHER = frozenset(
    "gather gathered gathers gathering assemble assembled converge converged massed".split()
)

_EN_PROTESTERS = frozenset(
    "protesters protestors demonstrators marchers rioters strikers picketers activists crowd crowds".split()
)

_EN_BOMBS = frozenset(
    "bomb bombs explosive explosives device devices grenade grenades mine ied landmine".split()
)

_EN_RETALIATION = frozenset(
    "response retaliation revenge reprisal reprisals consequences punishment retribution retaliate".split()
)

_EN_DISASTER = frozenset(
    "flooding flooded earthquake quake fire fires wildfires blaze storm hurricane typhoon cyclone eruption "
    "volcano leak spill tsunami".split()
)

_EN_REFUSE_NEXT = frozenset("to the a an any his her their its this that these those all them him it".split())

_EN_DANGER_MOD = frozenset(
    "terrorist terror security potential growing perceived existential health environmental cyber "
    "greatest biggest major serious real main ongoing constant".split()
)

_EN_PRIVATE_PLACES = frozenset(
    "cities city towns town area areas site sites relatives family families friends museum museums school "
    "schools home homes hospital hospitals park parks beach beaches shops stores restaurants church "
    "churches grave graves website websites page".split()
)

_EN_HEAD_EVENT_NOUNS = frozenset(
    "agreement agreements accord accords deal deals pact treaty talks negotiations".split()
)

_EN_DIRECTIONS = frozenset("to from into in on against toward towards".split())

_EN_DIRECTED = frozenset(
    {"MOBILIZE", "RETREAT", "AID", "SANCTION", "ASSAULT", "CONSULT", "THREATEN", "SUPPORT"}
)

_EN_DEGREE = frozenset("life particularly especially potentially increasingly most less more very".split())

_EN_SPORT_SENSES = frozenset(
    "host hosted hosts hosting strike strikes shot shots attack attacks defend defended beat beats fight".split()
)


def _visit_object(lows: list[str], toks: list[Token], i: int) -> str:
    """The head word after a visit verb, past determiners and adjectives: "visiting other cities"."""
    for k in range(i + 1, min(len(lows), i + 4)):
        w = lows[k]
        if w in ("the", "a", "an", "his", "her", "their", "its", "our", "my", "other", "some", "several"):
            continue
        return w if toks[k].text.islower() else ""
    return ""


def _participants_key(ev: Event, generic: set[str] | frozenset[str] = frozenset()) -> frozenset[str]:
    return frozenset(x for x in (ev.actor, ev.target) if x and x not in generic)


def _dedup(
    events: list[Event],
    anaphoric: set[int] | None = None,
    generic: set[str] | frozenset[str] = frozenset(),
    circ: set[int] | frozenset[int] = frozenset(),
) -> list[Event]:
    """One event per happening: same type, polarity and modality class, compatible participants and dates.

    A definite event noun without participants («هذه الاتهامات»، "the talks") is a further mention of the
    latest event of its type told before it.
    """
    out: list[Event] = []
    anaphoric = anaphoric or set()
    for ev in events:
        if id(ev) in anaphoric:
            prev = next((p for p in reversed(out) if p.type == ev.type and p.polarity == ev.polarity), None)
            if prev is not None and ev.evidence.start - prev.evidence.start < 1500:
                if not any(m.start == ev.evidence.start for m in prev.mentions):
                    prev.mentions.append(Span(start=ev.evidence.start, end=ev.evidence.end))
                continue
        merged = False
        for prev in out:
            if prev.type != ev.type or prev.polarity != ev.polarity:
                continue
            # (round 22) a role noun («شخصا»، «مدنيين») is no shared party
            a, b = _participants_key(prev, generic), _participants_key(ev, generic)
            if (
                prev.evidence == ev.evidence
                and (prev.modality == ev.modality or prev.modality == "asserted")
                and b <= a
                and prev.trigger is not None
                and ev.trigger is not None
                and normalize(prev.trigger.text) == normalize(ev.trigger.text)
            ):
                # the same trigger word again in the same sentence (تفجير ... تفجير) tells no second event,
                # also when the later mention is hedged («وقع تفجير ... أشلاء يعتقد أنها ناتجة عن تفجير»):
                # the happening was told as fact first
                merged = True
                break
            if (id(ev) in circ or id(prev) in circ) and prev.evidence == ev.evidence:
                continue  # (round 22) «قتل ... في هجوم شنه X»: the attack stays an event of its own
            hypo = {"conditional", "possible", "alleged", "planned"}
            if (prev.modality in hypo) != (ev.modality in hypo):
                continue
            if prev.date_source == "sentence" and ev.date_source == "sentence" and prev.date != ev.date:
                continue
            if not a or not b:
                continue
            if ev.type in SYMMETRIC:
                same = a <= b or b <= a
            else:
                pa, pt, ea, et = (
                    x if x not in generic else None for x in (prev.actor, prev.target, ev.actor, ev.target)
                )
                same = (pa == ea or not pa or not ea) and (pt == et or not pt or not et) and bool(a & b)
            if not same:
                continue
            if not any(m.start == ev.evidence.start for m in prev.mentions):
                prev.mentions.append(Span(start=ev.evidence.start, end=ev.evidence.end))
            prev.actor = prev.actor or ev.actor
            prev.target = prev.target or ev.target
            if prev.date_source != "sentence" and ev.date_source == "sentence":
                prev.date, prev.date_source = ev.date, ev.date_source
            merged = True
            break
        if not merged:
            out.append(ev)
    return out


def _skip_clitics(text: str, start: int, end: int, key: str) -> tuple[int, int]:
    """(start, end) of the word matched by lexicon ``key`` without the clitics the tokenizer left on
    it: a proclitic (بتنظيم matched as تنظيم) and a possessive pronoun (وشبابها: the participant is شباب)."""
    word = normalize(text[start:end])
    key = key.lstrip("+~")
    at = word.find(key) if len(key) >= 3 else -1
    if at < 0 or at > 2 or any(ch not in "وفبلك" for ch in word[:at]):
        return start, end
    tail = word[at + len(key) :]
    if tail not in ("", "ه", "ها", "هم", "هما", "هن", "كم", "نا"):
        return start, end
    return _advance(text, start, end, at), _advance(text, start, end, at + len(key))


def _advance(text: str, pos: int, end: int, letters: int) -> int:
    """The offset ``letters`` normalized letters after ``pos`` (diacritics and tatweel do not count)."""
    while letters and pos < end:
        if normalize(text[pos]):
            letters -= 1
        pos += 1
    return pos


# Verbs of denial whose object names an earlier accusation, not a new one
_EN_DENY = frozenset(
    "deny denied denies denying reject rejected rejects rejecting dismiss dismissed dismisses refute refuted".split()
)

# Participles that name people only after a determiner: "the accused", "the wounded"
_EN_PARTICIPLE_AGENTS = frozenset("accused detained arrested wounded injured suspected convicted".split())

# Words that make "suspension" a car part: "the suspension, brakes and steering"
_EN_VEHICLE_PARTS = frozenset(
    "brakes brake steering chassis engine wheels tyres tires dampers springs torque horsepower gearbox "
    "transmission sedan coupe convertible hatchback suv".split()
)

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


def _en_participle_of_alleged(toks: list[Token], a: int) -> bool:
    """ "he allegedly called out, threatening the woman": a participle clause hung on a clause after a
    comma shares that clause's allegation (the adverb in the clause before the comma)."""
    if a < 3 or toks[a - 1].text != "," or not toks[a].text.lower().endswith("ing"):
        return False
    for k in range(a - 2, max(-1, a - 12), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if toks[k].text.lower() in ("allegedly", "purportedly"):
            return True
    return False


_AR_CHOICE = F._n("خيار خيارا خيارات بديل بديلا مفر مناص")
_AR_ONLY_BUT = F._n("سوى إلا غير")
_EN_CHOICE = frozenset("choice option alternative".split())


def _no_choice_but(toks: list[Token], words: list[str], a: int, lang: str) -> bool:
    """The one course left is still to be taken: «لا يترك لنا خيارا آخر سوى الإضراب»، «لا خيار أمامنا إلا
    التصعيد»، «لم يعد أمامنا خيار سوى», "we have no choice but to strike", "are left with no option but to".
    A past («لم يترك لنا خيارا سوى», "had no choice but to") tells what was done: not matched."""
    if lang == "en":
        k = a - 1 if a > 0 and words[a - 1] == "to" else a
        k -= 1
        if k < 2 or words[k] != "but" or words[k - 1] not in _EN_CHOICE or words[k - 2] != "no":
            return False
        before = [x.text.lower() for x in toks[max(0, k - 6) : k - 2]]
        if {"had", "was", "were", "felt", "saw"} & set(before):
            return False
        return bool({"have", "has", "is", "are", "am", "’ve", "'ve", "remain", "remains"} & set(before))
    ex = next(
        (k for k in range(a - 1, max(-1, a - 3), -1) if _bare(words[k]) in _AR_ONLY_BUT),
        None,
    )
    if ex is None or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(ex, a)):
        return False
    for c in range(ex - 1, max(-1, ex - 4), -1):
        if toks[c].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[c]) in _AR_CHOICE:
            for k in range(c - 1, max(-1, c - 5), -1):
                if toks[k].text in F.PUNCT_BOUNDARY:
                    return False
                w = _bare(words[k])
                if w in ("لا", "ليس", "ليست"):
                    return True
                if w == "يعد" and k > 0 and _bare(words[k - 1]) == "لم":
                    return True  # لم يعد: no longer (a present state)
            return False
    return False


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


_EN_FEAR_HEADS = frozenset("fear fears anticipation risk danger prospect".split())
_EN_FEAR_SKIP = frozenset("possible further more new renewed potential a an any retaliatory".split())


def _en_feared(words: list[str], a: int) -> bool:
    """ "for fear of reprisals", "amid fears of further clashes", "in anticipation of protests", "the risk
    of a strike": an event feared or braced for is possible."""
    k = a - 1
    while k >= 0 and words[k] in _EN_FEAR_SKIP:
        k -= 1
    return k >= 1 and words[k] == "of" and words[k - 1] in _EN_FEAR_HEADS


_CONCESSIVE_BEFORE_IF = frozenset(
    ["حتي", "even", "كما"] + list(F._n("خاصة خاصه خصوصا لاسيما سيما")) + ["especially", "particularly"]
)


_IF_CONFIRMED = frozenset(
    ["confirm", "confirmed", "true", "verified", "proven", "proved", "accurate"]
    + list(F._n("صح صحت ثبت ثبتت تأكد تأكدت"))
)


def _condition_after(toks: list[Token], words: list[str], nxt: int, lang: str) -> bool:
    """A condition after the event, in its clause or opening right after a comma: «ستفرض واشنطن عقوبات
    إذا ...»، «قد تشن هجمات على مسلحين في «داعش» في سيناء، في حال تبين ...», "will send troops if ...".
    Not a concession or a comparison («حتى لو»، «كما لو», "even if") nor a reinforcement («خاصة إذا»،
    "especially if": the possibility is stronger, it does not hang on the condition)."""
    for j in range(nxt, min(len(toks), nxt + 20)):
        tx = toks[j].text
        if tx in _QUOTES:
            continue  # quote marks around a name («داعش») are no clause break here
        wj = _bare(words[j]) if lang == "ar" else words[j]
        is_if = (
            wj in (("اذا", "لو") if lang == "ar" else ("if", "unless"))
            or (lang == "ar" and wj in ("حال", "حاله") and j > 0 and _bare(words[j - 1]) == "في")
            # (round 12) «لن توقع على الاتفاقية ما لم تتضمن»: unless, the consequent hangs on it
            or (lang == "ar" and wj == "لم" and j > nxt and words[j - 1] == "ما")
        )  # «سيعقد اجتماع استثنائي في حال تطلب الأمر»
        if tx in F.PUNCT_BOUNDARY:
            if tx not in (",", "،") or j + 2 >= len(toks):
                return False
            w1 = _bare(words[j + 1]) if lang == "ar" else words[j + 1]
            w2 = _bare(words[j + 2]) if lang == "ar" else words[j + 2]
            if w2 in _IF_CONFIRMED:
                return False  # "The attack, if confirmed, would be ...": a hedge on the report
            # a condition clause opening right after the comma
            return (lang == "ar" and (w1 in ("اذا", "لو") or (w1 == "في" and w2 in ("حال", "حاله")))) or (
                lang == "en" and w1 in ("if", "unless")
            )
        if j > 0 and words[j - 1] in _CONCESSIVE_BEFORE_IF:
            return False  # «حتى لو كانوا»، "even if": a concession; «كما لو»: as if; «خاصة إذا»
        if is_if:
            return True
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


# verbs of outcome whose negation denies what they would have produced, by the preposition each takes:
# «لم تسفر المحادثات عن اتفاق»، «لم تفض المفاوضات إلى اتفاق»
_AR_OUTCOME_AN = F._n("تسفر يسفر تثمر يثمر تتمخض يتمخض")
_AR_OUTCOME_ILA = F._n("تفض يفض تفضي يفضي تؤد يؤد تؤدي يؤدي")


def _ar_negated_outcome(toks: list[Token], words: list[str], a: int) -> bool:
    """The event noun is what a negated verb of outcome did not produce: لم/لن/لا + تسفر (تثمر، تتمخض) +
    its subject + عن, or تفضي (تؤدي) + its subject + إلى, then (أي) and the event («قال إن المحادثات لم
    تسفر عن اتفاق»، «ولم تثمر الجولة عن اتفاق»): the event did not happen. At most three words of subject
    between the verb and its preposition (not «لم تنته الآثار الناجمة عن التظاهرات»)."""
    k = a - 1
    if k >= 0 and _bare(words[k]) == "اي":
        k -= 1
    if k < 2:
        return False
    prep = _bare(words[k])
    verbs = _AR_OUTCOME_AN if prep == "عن" else _AR_OUTCOME_ILA if prep in ("الي", "الى") else None
    if verbs is None:
        return False
    for j in range(k - 1, max(0, k - 5), -1):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[j]) in verbs:
            return _bare(words[j - 1]) in F.AR_VERB_NEG
    return False


_EN_OUTCOME = frozenset(
    "produce produced yield yielded result resulted lead led bring brought reach reached".split()
)


def _en_negated_outcome(words: list[str], a: int) -> bool:
    """ "The talks did not produce an agreement", "failed to yield a deal", "never led to any ceasefire":
    the event is what a negated verb of outcome did not bring about. ``words`` are the extractor's English
    lemmas (lower case, n't read as "not")."""
    k = a - 1
    while k >= 0 and words[k] in ("a", "an", "any", "the"):
        k -= 1
    if k >= 0 and words[k] in ("in", "to", "about"):
        k -= 1
    if k < 1 or words[k] not in _EN_OUTCOME:
        return False
    before = words[max(0, k - 3) : k]
    return any(w in ("not", "never") for w in before) or before[-2:] == ["failed", "to"]


_AR_SOURCE_MEMBER = F._n("مدير رئيس مراسل باسم ناطق مندوب محرر")


def _ar_relative_source(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 15) The reporting verb at k opens a relative clause (التي / الذي right before it) whose
    antecedent, the word before the pronoun past nisba adjectives and a quoted or Latin name, is a source
    («استشهد بالصحيفة اليونانية «فيما» التي ذكرت أن»، «إلى وكالة الأنباء الرسمية التي أفادت بأن»): the
    source is the verb's subject. Not «ربط الإعلام بين علامة الذبح التي أشار بها»."""
    if k < 2 or _bare(words[k - 1]) not in _AR_REL:
        return False
    quoted = False
    for j in range(k - 2, max(-1, k - 8), -1):
        tx = toks[j].text
        if tx in ("»", "”", "«", "“", '"'):
            quoted = tx in ("»", "”") or (tx == '"' and not quoted)
            continue
        if quoted or toks[j].kind != "ar":
            continue  # the outlet's name between quotes or in Latin letters
        w = _bare(words[j])
        if w.startswith("ال") and w.endswith(("يه", "ي")):
            continue  # a nisba adjective of the antecedent: «الصحيفة اليونانية»
        if _ar_source_noun(_unprep(words[j]), words[j + 1 : k - 1]):
            return True
        # the head of a construct whose genitive ends the antecedent: «شهود العيان الذين»
        head = _bare(words[j - 1]) if j > 0 and toks[j - 1].kind == "ar" else ""
        return w.startswith("ال") and not head.startswith("ال") and _ar_source_noun(_unprep(head), words[j:])
    return False


def _ar_source_member(toks: list[Token], words: list[str], k: int) -> bool:
    """The speaker after a reporting verb is named with a title in a source («قال رامي عبد الرحمن مدير
    المرصد إن»، «قال فلان مراسل الوكالة»): the title's head (مدير، رئيس، مراسل، باسم) is right before the
    source noun, within six words, before any أن / إن or punctuation."""
    for j in range(k + 1, min(len(words), k + 7)):
        if toks[j].text in F.PUNCT_BOUNDARY or _bare(words[j]) in ("ان", "انه", "انها"):
            return False
        if j > k + 1 and words[j] in F.AR_SOURCE_NOUNS and _bare(words[j - 1]) in _AR_SOURCE_MEMBER:
            return True
        # (round 15) a title's office «في» a source, NGOs included: «وقال مدير الوحدة القانونية في نادي
        # الأسير»، «قال رئيس قسم التوثيق في الشبكة السورية لحقوق الإنسان»
        if (
            j > k + 2
            and _bare(words[j - 1]) == "في"
            and any(_bare(words[q]) in _AR_SOURCE_MEMBER for q in range(k + 1, j - 1))
            and _ar_source_noun(words[j], words[j + 1 : j + 4])
        ):
            return True
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
        w = words[k]
        w0 = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        if _ar_future_verb(w0) or w0 == "سوف" or w0 in F.AR_PLANNED:
            out.add("planned")
        elif w0 in F.AR_POSS or (w0 == "قد" and k + 1 < len(words) and words[k + 1][:1] in "يت"):
            out.add("possible")
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
