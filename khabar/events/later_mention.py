"""(round 57) The later mention of an event told before, named by a definite verbal noun in a frame of time or
content: «ونقل الوزير خلال الاستقبال تحيات الرئيس ...»، «وتم خلال اللقاء تسليم ...»، «وفي الاجتماع، أكد ...»،
«كما شملت الموافقة تأسيس شركة ...». Its sentence tells another act (نقل، تسليم، أكد): the parties found around the
noun are that act's, not the event's (round 56 found them wrong: «السيسي» of «تحيات الرئيس السيسي», a company of
the approval's content). Such a mention tells again the event it names; it gets no parties of its own, and the
in-article merge (``dedup._dedup``, the ``anaphoric`` set) joins it to the latest event of its type told before.
"""

from __future__ import annotations

from collections.abc import Callable

from khabar.document import Event
from khabar.events.triggers import Trig
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token

# "during / in the course of": the noun after them is a happening the sentence places its act in
_AR_DURING = frozenset(
    normalize(w) for w in "خلال أثناء اثناء إبان ابان وخلال وأثناء واثناء وإبان".split()
)  # (the tokenizer leaves و on a word it knows no stem of: «وخلال»)
# «في» is such a frame only at the clause's start («وفي الاجتماع، ...»): elsewhere it is often a verb's
# complement («شارك في الاجتماع»، «فشل في الاتفاق»)
_AR_IN = normalize("في")
_AR_AND_IN = normalize("وفي")
_AR_FROM = normalize("من")
# the verbs whose subject is a further telling of a decision or a meeting, named by its content
_AR_CONTENT_VERBS = frozenset(
    normalize(w)
    for w in "شملت شمل تضمنت تضمن وشملت وتضمنت تناولت وتناولت تطرقت وتطرقت".split()
    # «حضر اللقاء X»: the attendee after the noun is no party of the meeting's own
    + "حضر وحضر حضرت وحضرت".split()
)
# what gives the noun parties of its own: «من قبل X»، «مع X»، «بين X و Y»، «الذي عقده X»، «للرئيس»
_AR_OWN_PARTY_WORDS = frozenset(
    normalize(w) for w in "من مع بين الذي التي الذين اللذين اللتين اللذان لدى عند".split()
)
# a body or an office after ل that the tokenizer left whole («لمجلس إدارة الاتحاد»): the meeting's own party
# (code round 64) bodies as often as offices, so not ``offices.AR_OFFICE_HEADS`` (which would add نائب، أمين، سفير،
# محافظ، قائد to the words read after ل here)
_AR_BODY_HEADS = frozenset(
    normalize(w) for w in "مجلس هيئة وزارة اتحاد جمعية مركز رئيس وزير أمير مدير شركة نادي فريق لجنة".split()
)
# the event types of a meeting, a call, an agreement or a decision; attacks, arrests and protests keep the
# circumstance rules of rounds 18-41 («قتل ... خلال الاشتباكات»: the clash is an event of its own there)
_FRAMED_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "REQUEST", "CONCEDE"})
_CLAUSE_MARKS = frozenset("،,.;؛:-–—()\n")


def _clause_start(toks: list[Token], i: int) -> bool:
    """Token ``i`` opens its clause: the sentence's start, punctuation before it, or a و on it."""
    if i == 0 or normalize(toks[i].prefix)[:1] == "و":
        return True
    prev = toks[i - 1].text
    return bool(prev) and all(ch in _CLAUSE_MARKS for ch in prev)


def _own_party_word(tok: Token) -> bool:
    """«من / مع / الذي ...», or a word with ل: «للرئيس»، «لمجلس»."""
    w = tok.norm
    return (
        w in _AR_OWN_PARTY_WORDS
        or normalize(tok.prefix)[-1:] == "ل"
        or w.startswith("لل")
        or (w[:1] == "ل" and w[1:] in _AR_BODY_HEADS)
    )


def ar_framed_mention(toks: list[Token], t: Trig, etype: str, trigger_start: int) -> bool:
    """A definite noun (ال) of a meeting or agreement type right after «خلال / أثناء» (or a clause opening
    «في», or as the subject of «شملت / تضمنت»), with no party of its own after it, that starts the event's trigger
    (``trigger_start``: also a noun the trigger was widened to, «وجرى خلال الاستقبال بحث ...»): a later mention
    of the event it names (module docstring)."""
    if etype not in _FRAMED_TYPES:
        return False  # (a verb trigger is no mention: its first word has no ال)
    first = next((k for k in range(t.a + 1) if toks[k].end > trigger_start), t.a)
    if first == 0:
        return False
    tok = toks[first]
    if normalize(tok.prefix) or not tok.norm.startswith("ال"):
        return False
    prev = toks[first - 1]
    # «من خلال التوقيع» is "by means of signing": the means of the sentence's act, whose parties are its own
    means = prev.norm in _AR_DURING and first >= 2 and toks[first - 2].norm == _AR_FROM
    frame = (prev.norm in _AR_DURING and not means) or prev.norm in _AR_CONTENT_VERBS
    if not frame and prev.norm == _AR_IN and not normalize(prev.prefix).strip("و"):
        frame = _clause_start(toks, first - 1)
    frame = frame or prev.norm == _AR_AND_IN
    if not frame:
        return False
    # the words right after the noun (an adjective may come between: «الاجتماع التاسع لمجلس الإدارة»,
    # «الاجتماع الذي عقدته اللجنة») and after the trigger
    for k in {first + 1, first + 2, t.b + 1}:
        if k < len(toks) and _own_party_word(toks[k]):
            return False
    return True


# a preposition between the clause's start and a party: the party is a complement («أكد للمسؤولين اليمنيين»، «في
# حديث مع أحد المواطنين»), no subject
_AR_PREPOSITIONS = frozenset(normalize(w) for w in "في مع من إلى الى على عن لدى عند بين حول".split())


def ar_framed_subject(toks: list[Token], trigger_start: int, party_spans: list[tuple[int, int]]) -> bool:
    """A party of the framed mention named before the frame word in its clause, with no preposition before it:
    the subject of the clause's verb («وأكد الصمعاني خلال اللقاء»، «ورحب الدكتور الربيعة خلال الاستقبال»), a
    participant of the meeting, often its host; parties after the frame («خلال الاستقبال تحيات الرئيس ...») or
    behind a preposition are not."""
    first = next((k for k, tok in enumerate(toks) if tok.end > trigger_start), 0)
    frame = first - 1
    if frame <= 0:
        return False
    start = frame
    while start > 0 and not all(ch in _CLAUSE_MARKS for ch in toks[start - 1].text):
        start -= 1
    for s, _ in party_spans:
        if not toks[start].start <= s < toks[frame].start:
            continue
        k = next(k for k in range(start, frame) if toks[k].end > s)
        if not any(
            toks[j].norm in _AR_PREPOSITIONS or normalize(toks[j].prefix)[-1:] in ("ل", "ب", "ك")
            for j in range(start, k + 1)
        ):
            return True
    return False


def fill_actors_from_later_mentions(events: list[Event], actors: dict[int, str]) -> None:
    """After the in-article merge: an event with no actor takes the subject actor of a framed later mention
    merged into it (``actors``: the mention's trigger start -> its actor; «استقبل د. عبدالله الربيعة ... ورحب
    الدكتور الربيعة خلال الاستقبال»), as the merge of a definite noun did before round 57."""
    for ev in events:
        if ev.actor:
            continue
        for m in ev.mentions[1:]:
            if m.trigger is not None and m.trigger.start in actors:
                ev.actor = actors[m.trigger.start]
                break


# (round 58) the kind of meeting a CONSULT noun names: «خلال الزيارة» is the visit, «خلال اللقاء / الاستقبال /
# الاجتماع» a meeting, «خلال الاتصال» a call. A meeting is often held during a visit («التقى أوباما ... خلال زيارة
# أوباما لأديس أبابا. وجرى خلال اللقاء بحث ...»): the later mention names one of the two
_AR_CALL_STEMS = tuple(normalize(w) for w in ("اتصال", "مكالم", "هاتف"))
_AR_VISIT_STEMS = tuple(normalize(w) for w in ("زيار", "جول"))
_AR_NOUN_PROCLITICS = ("وبال", "بال", "وال", "لل", "ال", "و", "ب", "ل", "")


def consult_kind(ev: Event) -> str | None:
    """The kind of a CONSULT event, "visit", "call" or "meeting" (by its mode, else its trigger's first word);
    None for another type."""
    if ev.type != "CONSULT":
        return None
    if ev.mode in ("visit", "phone"):
        return "visit" if ev.mode == "visit" else "call"
    words = normalize(ev.trigger.text).split() if ev.trigger is not None else []
    bases = [[w[len(p) :] for p in _AR_NOUN_PROCLITICS if w.startswith(p)] for w in words]
    # a call by any word (a trigger widened from its light verb: «وتلقى نائب خادم الحرمين الشريفين الاتصالات»),
    # a visit by the first («التقى خلال الزيارة» is the meeting held during it)
    if any(b.startswith(_AR_CALL_STEMS) for bs in bases for b in bs):
        return "call"
    if bases and any(b.startswith(_AR_VISIT_STEMS) for b in bases[0]):
        return "visit"
    return "meeting"


def named_antecedent(told: list[Event], ev: Event, agree: Callable[[Event, Event], bool]) -> Event | None:
    """The event a later mention ``ev`` (a definite noun without parties of its own, or a framed mention with
    the subject it keeps) tells again, among ``told`` (the earlier events it may join, latest first): the latest
    of the kind of meeting its noun names (a visit for «الزيارة», a meeting for «اللقاء»), one whose parties
    ``agree`` with the mention's first («استقبل الأمير A ... كما استقبل الأمير B ... وأكد A خلال اللقاء»); with
    none of that kind, the latest that agrees, else the latest. Parties steer, they do not block: a clash is
    mostly the antecedent's wrong actor («استقبل المستشار بالديوان الملكي ... الدكتور عبدالله الربيعة»: actor
    «المستشار»), and a veto made the mention a duplicate of the meeting it names (round 58's firing audit). Until
    round 58 the latest event of the type, whatever its kind or parties."""
    kind = consult_kind(ev)
    same_kind = [p for p in told if consult_kind(p) == kind]
    for pool in (same_kind, told):
        found = next((p for p in pool if agree(p, ev)), pool[0] if pool else None)
        if found is not None:
            return found
    return None
