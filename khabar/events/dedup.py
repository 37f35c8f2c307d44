"""The in-article merge of one event told several times: same type, polarity and modality class,
compatible participants and dates (``_dedup``), and the further mention of an event by a definite event
noun without participants.

Split out of ``khabar.events.extract`` (which imports from here).
"""

from __future__ import annotations

from khabar.document import Document, Entity, Event, EventMention, TextSpan
from khabar.events.later_mention import named_antecedent
from khabar.text.normalize import normalize

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})

# (round 28) coercion modes that name an act of their own: a charge or a theft told with an arrest in one
# sentence is no further mention of the arrest (both are COERCE since the conv27 conventions); (round 37) nor
# is a court's sentence told after the arrest («القبض على الجاني ... صدر الحكم بقتله»)
_OWN_ACTS = frozenset({"charge", "seize", "arrest"})


# (round 38) the words of an injury (أصيب، إصابة، إصابات; ``senses.AR_INJURY_KEYS``, after و / ب / ال and
# before a pronoun): an injury told alone is no antecedent of a later attack noun, nor merged with the attack
# that caused it («أصيب نحو 54 شخصا ... في مكان الانفجار»، «أصيب أربعة مواطنين نتيجة سقوط مقذوفات»: the
# attack keeps its own event, as before injuries were events)
_AR_INJURY_STEMS = ("اصيب", "اصاب")


def _injury(ev: Event) -> bool:
    if ev.trigger is None or ev.type != "ASSAULT":
        return False
    words = normalize(ev.trigger.text).split()
    w = words[0] if len(words) == 1 else ""
    for pre in ("وبال", "بال", "وال", "ال", "و", "ب", "ف"):
        if w.startswith(pre) and len(w) - len(pre) >= 4:
            w = w[len(pre) :]
            break
    return w.startswith(_AR_INJURY_STEMS)


_AR_OPEN = frozenset(normalize(w) for w in "فتح فتحت فتحوا يفتح تفتح يفتحون".split())


def _opened_fire(ev: Event) -> bool:
    """(round 39) An attack told as «فتح ... النار» (``Extractor._ar_aimed``)."""
    if ev.trigger is None or ev.type != "ASSAULT":
        return False
    words = normalize(ev.trigger.text).split()
    first = words[0][1:] if words and words[0][:1] == "و" and words[0][1:] in _AR_OPEN else (words or [""])[0]
    return first in _AR_OPEN and words[-1] in ("النار", "نار")


# (round 40) contacts (اتصالات, ``senses._ar_contacts_sense``): many talks, told beside a named meeting of the
# same sentence («تتكثف الاتصالات ... وأبرزها قمة عقدت في دمشق»), which is a happening of its own
_AR_CONTACTS_STEM = normalize("اتصالات")


# the proclitics a trigger word may carry here (a trigger's text is not the tokenizer's stem)
_AR_PROCLITICS = ("وبال", "بال", "وال", "لل", "ال", "و", "ب", "ل", "")


def _ar_bases(w: str, proclitics: tuple[str, ...] = _AR_PROCLITICS) -> list[str]:
    """The word without each of ``proclitics`` it starts with (the word itself for "")."""
    return [w[len(pre) :] for pre in proclitics if w.startswith(pre)]


def _contacts(ev: Event) -> bool:
    if ev.trigger is None or ev.type != "CONSULT":
        return False
    return any(b.startswith(_AR_CONTACTS_STEM) for b in _ar_bases(normalize(ev.trigger.text)))


def _participants_key(ev: Event, generic: set[str] | frozenset[str] = frozenset()) -> frozenset[str]:
    return frozenset(x for x in (ev.actor, ev.target) if x and x not in generic)


def own_mention(ev: Event) -> EventMention:
    """The event's telling at its own sentence and trigger (the first of its ``mentions``)."""
    return EventMention(start=ev.evidence.start, end=ev.evidence.end, trigger=ev.trigger)


def _add_mention(prev: Event, ev: Event) -> None:
    """``ev`` tells ``prev`` again: its sentence and trigger join ``prev.mentions`` (once per trigger; an
    event without a trigger once per sentence)."""
    new = own_mention(ev)
    for m in prev.mentions:
        if m.start == new.start and (
            m.trigger is None or new.trigger is None or m.trigger.start == new.trigger.start
        ):
            return
    prev.mentions.append(new)


def _party_words(name: str) -> tuple[str, ...]:
    """A party's name as normalized words."""
    return tuple(normalize(name).split())


_AR_POSSESSED = ("تهم", "تها", "ته")  # a noun in ة with a pronoun: «زوجته»، «عائلتها»


def _bare_noun(w: str) -> str:
    """A noun without ال / و and with a pronoun suffix as its bare form: «زوجته» and «الزوجة» -> «زوجه»."""
    for pre in ("وال", "ال", "و"):
        if w.startswith(pre) and len(w) - len(pre) >= 3:
            w = w[len(pre) :]
            break
    for suf in _AR_POSSESSED:
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            return w[: -len(suf)] + "ه"
    return w


def _definite(name: str) -> bool:
    """A definite name: its last word with ال, or one noun in ة with a pronoun («زوجته»; read on the name as
    written, where «ستة» ends in ة, not ه). An indefinite one («طفل»، «فتاة»، «أسرة») introduces someone new,
    often in general talk («تحرش بطفل»)."""
    words = "".join(ch for ch in name if not "\u064b" <= ch <= "\u0652").split()
    if not words:
        return False
    return normalize(words[-1]).startswith(("ال", "وال")) or (
        len(words) == 1 and words[0].endswith(_AR_POSSESSED)
    )


PartyInfo = dict[str, tuple[str, tuple[str, ...], bool]]
_DESCRIBED_PARTIES = frozenset({"ASSAULT"})


def party_info(entities: list[Entity]) -> PartyInfo:
    """Entity id -> (type, ``_party_words`` of its name, ``_definite``), for ``_dedup``'s party checks (round
    51)."""
    return {e.id: (e.type, _party_words(e.name), _definite(e.name)) for e in entities}


def _same_party(x: str, y: str, info: PartyInfo | None) -> bool:
    """One party: one entity, or (round 51) a descriptive noun (a MISC entity: «الزوجة»، «رجال الأمن»،
    «الجمعية») and another party of the same words, the first one's article or pronoun aside («زوجته» and
    «الزوجة»), or whose name it begins and ends in a definite word, so that what follows is an adjective
    («رجال الأمن» and «رجال الأمن الآمنين», «الجمعية» and «الجمعية الخيرية»; not «أسرة» and «أسرة الخنيني»,
    nor «الرجال» and «رجال الدين»: a construct names another group). Two named entities stay two: the entity
    stage already groups the names of one, so «القوات» and «قوات التحالف الدولي» left apart by it are not
    made one here."""
    if x == y:
        return True
    if not info or x not in info or y not in info:
        return False
    (tx, wx, dx), (ty, wy, dy) = info[x], info[y]
    if "MISC" not in (tx, ty) or not dx or not dy or not wx or not wy:
        return False
    if len(wx) == len(wy):
        return _bare_noun(wx[0]) == _bare_noun(wy[0]) and wx[1:] == wy[1:]
    short, long_ = (wx, wy) if len(wx) < len(wy) else (wy, wx)
    return long_[: len(short)] == short and short[-1].startswith("ال")


def _parties_agree(
    p: Event, ev: Event, generic: set[str] | frozenset[str], info: PartyInfo | None = None
) -> bool:
    """No party clashes: each actor and each target the same (``_same_party``) or missing in one of the two
    (a role noun counts as missing)."""
    pa, pt, ea, et = (x if x not in generic else None for x in (p.actor, p.target, ev.actor, ev.target))

    def ok(x: str | None, y: str | None) -> bool:
        return not x or not y or _same_party(x, y, info)

    return ok(pa, ea) and ok(pt, et)


def _mention_agrees(p: Event, ev: Event, generic: set[str] | frozenset[str]) -> bool:
    """(round 58) A later mention's parties agree with ``p``'s (``named_antecedent`` prefers such an event): none
    clashes, or (a meeting, a call) each is one of ``p``'s parties (the guest named as the subject of «وأكد الضيف
    خلال اللقاء»)."""
    return _parties_agree(p, ev, generic) or (
        ev.type in SYMMETRIC and _within(_participants_key(ev, generic), _participants_key(p, generic), None)
    )


def _shared(a: frozenset[str], b: frozenset[str], info: PartyInfo | None) -> bool:
    """A party of ``a`` one of ``b``'s (``_same_party``)."""
    return any(_same_party(x, y, info) for x in a for y in b)


def _within(a: frozenset[str], b: frozenset[str], info: PartyInfo | None) -> bool:
    """Every party of ``a`` one of ``b``'s."""
    return all(any(_same_party(x, y, info) for y in b) for x in a)


def _arabic(ev: Event) -> bool:
    return ev.trigger is not None and any("\u0600" <= ch <= "\u06ff" for ch in ev.trigger.text)


# (round 41) plural event nouns that tell a series («الهجمات»، «ضربات»، «غارات»), not one of its strikes
_AR_SERIES = frozenset(
    normalize(w) for w in "هجمات ضربات غارات عمليات اعتداءات تفجيرات هجومات اشتباكات مواجهات".split()
)


def _series(ev: Event) -> bool:
    if ev.trigger is None:
        return False
    return any(
        b.endswith(suf) and b[: len(b) - len(suf)] in _AR_SERIES
        for w in normalize(ev.trigger.text).split()
        for b in _ar_bases(w)
        for suf in ("", "ها", "هم", "ه", "هما")
    )


# (round 41) what keeps two tellings of one sentence apart: a full stop or semicolon inside a long sentence,
# or a word adding another happening («كما قتل حارس»، «بينما صدر حكم»، «في حين»، «في الوقت الذي هاجم»)
_AR_APART = frozenset(
    normalize(w) for w in "كما وكما فيما بينما حين ثم أما وأما الوقت وكذلك فضلا فضلاً عقب".split()
)
# a killing told as a court's sentence («نفذت ... حكم القتل قصاصا في جان أقدم على قتل آخر»): the execution,
# not the murder it punishes
_AR_SENTENCE = frozenset(normalize(w) for w in ("حكم", "حُكم", "بحكم", "وحكم"))
PARTYLESS_GAP = 100


def _close(prev: Event, ev: Event, text: str) -> bool:
    """The two triggers at most ``PARTYLESS_GAP`` characters apart, with no full stop, semicolon or word of
    ``_AR_APART`` between them."""
    if prev.trigger is None or ev.trigger is None or not text:
        return False
    s = min(prev.trigger.end, ev.trigger.end)
    e = max(prev.trigger.start, ev.trigger.start)
    gap = text[s:e] if e > s else ""
    if len(gap) > PARTYLESS_GAP or any(c in gap for c in ".;؛!?:"):
        return False
    for t in (prev.trigger, ev.trigger):
        before = normalize(text[max(0, t.start - 12) : t.start]).split()
        if before and before[-1] in _AR_SENTENCE:
            return False
    return not any(w in _AR_APART for w in normalize(gap).split())


# (round 41) the words of an attack and of the harm it did: a partyless telling in the sentence of another
# is merged only when both are such words («قتل X ... وذلك بإطلاق النار عليه»، «قتل 18 ... جراء سقوط صاروخ»،
# «استهدف القصف ... أدى إلى إصابة»); other acts told beside a killing («وقتلت 5 ... تم خطف 8»، «هاجم ...
# واشتبك») and wars, violations and battles («حربا»، «انتهاكات»، «معارك») stay apart
_AR_HARM_ATTACK = tuple(
    normalize(w)
    for w in "قتل مقتل قتيل مصرع إصاب أصيب أصاب إصابة جرح تدمير دمر استشهاد استهدف استهداف قصف هجوم هاجم "
    "انفجار انفجر تفجير فجر إطلاق سقوط كمين غارة ضربة اعتداء".split()
)


_AR_HARM_PROCLITICS = ("وبال", "بال", "وال", "لل", "ال", "و", "ف", "ب", "ل", "")  # and ف: «فقتل»


def _harm_or_attack(ev: Event) -> bool:
    if ev.type != "ASSAULT" or ev.trigger is None:
        return False
    return any(
        b.startswith(_AR_HARM_ATTACK)
        for w in normalize(ev.trigger.text).split()
        for b in _ar_bases(w, _AR_HARM_PROCLITICS)
    )


def _same_sentence_partyless(
    prev: Event, ev: Event, a: frozenset[str], b: frozenset[str], text: str = ""
) -> bool:
    """(round 41) Two Arabic tellings of one type, polarity and modality in one sentence, one of them with no
    party of its own (role nouns are none), tell one happening: «قتل X ... وذلك بإطلاق النار عليه»، «قصفت ...
    ما أدى إلى تدمير»، «التفجير ... واستهدف رجال الأمن». An injury stays an event of its own (round 38). The
    type, polarity, injury, own-act, circumstance and date checks of ``_dedup`` come first."""
    return (
        prev.evidence == ev.evidence
        and prev.modality == ev.modality
        and not (a and b)
        and _arabic(prev)
        and _arabic(ev)
        and not _series(prev)
        and not _series(ev)
        and _harm_or_attack(prev)
        and _harm_or_attack(ev)
        and not _injury(prev)
        and not _injury(ev)
        and _close(prev, ev, text)
    )


def _definite_antecedent(
    out: list[Event], ev: Event, generic: set[str] | frozenset[str], info: PartyInfo | None = None
) -> Event | None:
    """(round 37) A definite event noun with parties of its own («الاتفاق مع إيران»، «اللقاء مع الطلاب») tells
    again the latest event of its type and polarity told before it (within 1,500 characters), when their
    parties do not clash (each actor and target the same or missing; role nouns are no party). Only the
    latest such event is tried: an older one is likelier another happening."""
    for p in reversed(out):
        if p.type != ev.type or p.polarity != ev.polarity:
            continue
        if p.mode != ev.mode and {p.mode, ev.mode} & _OWN_ACTS:
            continue
        if _injury(p) and not _injury(ev):
            continue
        if ev.evidence.start - p.evidence.start >= 1500:
            return None
        return p if _parties_agree(p, ev, generic, info) else None
    return None


def _dedup(
    events: list[Event],
    anaphoric: set[int] | None = None,
    generic: set[str] | frozenset[str] = frozenset(),
    circ: set[int] | frozenset[int] = frozenset(),
    definite: set[int] | frozenset[int] = frozenset(),
    text: str = "",
    info: PartyInfo | None = None,
    framed: set[int] | frozenset[int] = frozenset(),
) -> list[Event]:
    """One event per happening: same type, polarity and modality class, compatible participants and dates.

    A definite event noun without participants («هذه الاتهامات»، "the talks") is a further mention of the
    latest event of its type told before it.
    """
    out: list[Event] = []
    info = info or {}
    anaphoric = anaphoric or set()
    for ev in events:
        if id(ev) in anaphoric:
            told = [
                p
                for p in reversed(out)
                if p.type == ev.type
                and p.polarity == ev.polarity
                and not (p.mode != ev.mode and {p.mode, ev.mode} & _OWN_ACTS)
                and not (_injury(p) and not _injury(ev))
                and ev.evidence.start - p.evidence.start < 1500
            ]
            # (round 58) the event its noun names, not merely the latest of the type; a framed mention's kept
            # subject prefers one whose parties it agrees with (a demonstrative's parties are its sentence's:
            # «قلق طهران من خطورة هذه التظاهرات», no preference)
            prev = named_antecedent(
                told, ev, lambda p, e: id(e) not in framed or _mention_agrees(p, e, generic)
            )
            if prev is not None:
                _add_mention(prev, ev)
                continue
        # (round 51) descriptive parties (``_same_party``) are read for attacks only: meetings, calls and
        # requests recur between the same parties in one article (plain-news audit), attacks far less
        inf = info if ev.type in _DESCRIBED_PARTIES else None
        if id(ev) in definite and id(ev) not in anaphoric:
            prev = _definite_antecedent(out, ev, generic, inf)
            if prev is not None:
                _add_mention(prev, ev)
                prev.actor = prev.actor or ev.actor
                prev.target = prev.target or ev.target
                continue
        merged = False
        near: Event | None = None
        for prev in out:
            if prev.type != ev.type or prev.polarity != ev.polarity:
                continue
            if _injury(prev) and not _injury(ev):
                continue  # (round 38) the attack that caused an injury keeps its own event
            if prev.mode != ev.mode and {prev.mode, ev.mode} & _OWN_ACTS:
                continue  # (round 28) "arrested him, charged him with ...", «اعتقلته ... بالسطو على بنك»
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
                _add_mention(prev, ev)
                merged = True
                break
            if prev.evidence == ev.evidence and _contacts(prev) != _contacts(ev):
                continue  # (round 40) contacts and a meeting named beside them are two happenings
            if prev.evidence == ev.evidence and _opened_fire(prev):
                continue  # (round 39) «فتحت الشرطة النار ... فقتلت اثنين»: the killing keeps its own event
            if (id(ev) in circ or id(prev) in circ) and prev.evidence == ev.evidence:
                continue  # (round 22) «قتل ... في هجوم شنه X»: the attack stays an event of its own
            hypo = {"conditional", "possible", "alleged", "planned"}
            if (prev.modality in hypo) != (ev.modality in hypo):
                continue
            if prev.date_source == "sentence" and ev.date_source == "sentence" and prev.date != ev.date:
                continue
            if not a or not b:
                if _same_sentence_partyless(prev, ev, a, b, text):
                    near = prev  # (round 41) the latest such event of the sentence
                continue
            if ev.type in SYMMETRIC:
                same = _within(a, b, inf) or _within(b, a, inf)
            else:
                same = _parties_agree(prev, ev, generic, inf) and _shared(a, b, inf)
            if not same:
                continue
            _add_mention(prev, ev)
            prev.actor = prev.actor or ev.actor
            prev.target = prev.target or ev.target
            if prev.date_source != "sentence" and ev.date_source == "sentence":
                prev.date, prev.date_source = ev.date, ev.date_source
            merged = True
            break
        if not merged and near is not None:
            _add_mention(near, ev)
            near.actor = near.actor or ev.actor
            near.target = near.target or ev.target
            merged = True
        if not merged:
            out.append(ev)
    return out


# (round 37) definite nouns that name a violent happening already told, and tell no new one: the crime, the
# incident, the (terrorist) act. The dev half of `eval/events/coref.jsonl` groups them with the attack or
# killing told before them («... الذي استهدف ... وأكد أن هذه الجريمة»، «نفذ جريمته»، «العمل الإرهابي»).
_AR_INCIDENT = frozenset(
    normalize(w)
    for w in "الجريمة جريمته جريمتهم جريمتها جريمتهما الحادث الحادثة الفعلة الواقعة الاعتداء".split()
)
_AR_ACT = frozenset(normalize(w) for w in ("العمل", "عمل", "العملية", "عملية"))
_AR_ACT_ADJ = frozenset(
    normalize(w)
    for w in "الإرهابي إرهابي الإرهابية إرهابية الإجرامي إجرامي الإجرامية إجرامية الجبان الجبانة الآثم الآثمة "
    "الغادر الغادرة الشنيع الشنيعة الدنيء".split()
)
INCIDENT_WINDOW = 1500


def incident_tellings(doc: Document, events: list[Event]) -> None:
    """A crime or incident noun after an attack (within ``INCIDENT_WINDOW`` characters) is one more telling
    of the latest positive attack or harm ASSAULT told before it (round 51: by its trigger; none: the first
    positive ASSAULT told after it in its sentence): it joins that event's ``mentions`` and makes no event of
    its own (no attack near it: nothing, «الحادث» may be a road accident)."""
    toks = doc.layer.tokens
    told = [(m.trigger.start, m.trigger.end) for ev in events for m in ev.mentions if m.trigger]
    for i, tok in enumerate(toks):
        if tok.kind != "ar":
            continue
        if tok.norm in _AR_INCIDENT:
            s, e = tok.stem_start, tok.end
        elif (
            tok.norm in _AR_ACT
            and i + 1 < len(toks)
            and toks[i + 1].norm in _AR_ACT_ADJ
            and toks[i + 1].start == tok.end + 1
        ):
            s, e = tok.stem_start, toks[i + 1].end
        else:
            continue
        if any(a < e and b > s for a, b in told):
            continue
        ss, se = doc.layer.sentences[doc.layer.sentence_index(s)]
        best, best_at = None, -1  # the latest attack or harm told before the noun
        other, other_at = None, -1  # the latest other attack told before it
        after, after_at = None, se  # the first attack told after it in its sentence
        for ev in events:
            if ev.type != "ASSAULT" or ev.polarity != "positive":
                continue
            # (round 51) by the telling's trigger: until round 50 by its sentence's start, so that the
            # killing or the execution told after the noun in its sentence was taken («إن هذا العمل الجبان
            # الذي استهدف ... التي تحرم قتل النفس»، «بارتكاب جريمته ... والحكم عليه بالقتل»); and an attack
            # or its harm (``_harm_or_attack``) before another act («قتلت ... خلال اقتحام منزل»)
            harm = _harm_or_attack(ev)
            for at in (m.trigger.start if m.trigger else m.start for m in ev.mentions):
                if harm and best_at < at < s:
                    best, best_at = ev, at
                elif not harm and other_at < at < s:
                    other, other_at = ev, at
                elif e <= at < after_at:
                    after, after_at = ev, at
        if best is None or s - best_at >= INCIDENT_WINDOW:
            best, best_at = other, other_at
        if best is None or s - best_at >= INCIDENT_WINDOW:
            # none before it: the first attack told after it in its sentence («أدانت ... العمل الإرهابي الذي
            # استهدف مسجدا»)
            best = after
        if best is None:
            continue
        best.mentions.append(
            EventMention(start=ss, end=se, trigger=TextSpan(start=s, end=e, text=doc.text[s:e]))
        )
        told.append((s, e))
