"""Sentence-level PLOVER event extraction for Arabic and English, with factuality.

For every sentence: find triggers (compiled lexicon lookups per token stem; light verb + event noun
such as فرض عقوبات / imposed sanctions; English phrases), attach the clause-scoped factuality cues,
pick actor and target among the entities of the sentence (or group nouns such as الشرطة, protesters,
and, for English without NER, capitalised noun phrases), then place and date, and finally merge the
mentions of one event told several times in the article.

The rules live in this package: ``triggers`` (trigger/candidate records, lexicon lookup keys, shared word
helpers and word lists), ``senses`` (trigger senses the context fixes, read by the trigger pass),
``modality`` (the sentence factuality pass, ``mark_factuality``, and what both languages share),
``modality_ar`` / ``modality_en`` (its Arabic / English left-context pass and rule helpers), ``scope``
(clause-scoped factuality cues), ``clauses`` (where a cue's scope ends), ``governing`` (which cue governs
the trigger's clause), ``frames`` (factuality frames far from a plain cue), ``factuality`` (cue word lists),
``attribution`` (the attribution of a sentence to a source), ``participants`` (agent and role nouns,
subjects, name merging), ``plover`` (trigger senses and PLOVER typing), ``salience`` (``main_event``),
``dedup`` (the in-article merge of one event told several times); this module holds the ``Extractor``
(triggers, candidates, participants, place, date and the event record) and re-exports ``main_event`` and
``plover_type``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from khabar.document import Document, Entity, Event, Mention, Span, TextSpan
from khabar.events import factuality as F
from khabar.events.attribution import ar_opens_without_subject, attribution
from khabar.events.dedup import _OWN_ACTS, _dedup, incident_tellings, own_mention, party_info
from khabar.events.governing import (
    _ar_bi_complement,
    _ar_complement_after_commas,
    _ar_demand_list_conjunct,
    _ar_new_speech_clause,
    _quote_opens,
)
from khabar.events.hidden_tellings import (
    cleared_spans,
    cleared_types,
    hidden_tellings,
    may_hide,
    without_hidden,
)
from khabar.events.later_mention import ar_framed_mention, ar_framed_subject, fill_actors_from_later_mentions
from khabar.events.lexicon import (
    Entry,
    arabic,
    arabic_agents,
    en_lemma,
    english,
    english_agents,
)
from khabar.events.modality import _ar_question_on_given, mark_factuality
from khabar.events.participants import (
    AR_ROLE_CHAIN_FIRST,
    AR_ROLE_CHAIN_LATE,
    EN_AGENTS,
    EN_SPEECH,
    EN_TARGET_PREP,
    RoleContext,
    _ar_merge_names,
    _en_group,
    _en_reporting_agent,
    _en_role_owned,
    _en_subject,
    _is_protester,
    _merge_en,
    _reporting_police,
    _skip_modifiers,
    ar_announced_own_act,
    ar_antecedent_harm,
    ar_chain_roles,
    ar_circumstance_attack,
    ar_cite_sense,
    ar_coordinated_verb_actor,
    ar_gender_object,
    ar_governed_masdar,
    ar_government_of_country,
    ar_harm_roles,
    ar_light_verb_subject,
    ar_relative_agent,
    ar_role_noun_gives_way,
    ar_shared_subject,
    ar_titled_subject,
    ar_trigger_in_name,
    ar_undergoer_fix,
    ar_unnamed_subject_after_verb,
    ar_vso_subject,
    role_noun_ids,
)
from khabar.events.participants_en import en_subject_roles
from khabar.events.plover import _EN_FORMAL, COOPERATIVE, _ar_senses, _light_type, _sector_type, _sport
from khabar.events.plover import plover_type as plover_type
from khabar.events.salience import main_event as main_event
from khabar.events.scope import (
    _AR_THAT,
    _QUOTES,
    _unplaced_cue_class,
    _unresolved_cue,
    ar_unconfirmed_given,
    transparent_quotes,
)
from khabar.events.senses import (
    _AR_CONTACTS,
    _AR_LIGHT_MASDARS,
    AR_INJURY_KEYS,
    _ar_acceptance,
    _ar_armed_conflict,
    _ar_arson,
    _ar_backing,
    _ar_carried_out,
    _ar_casualties,
    _ar_ceasefire,
    _ar_closing,
    _ar_contacts_sense,
    _ar_context_nouns,
    _ar_coup_sense,
    _ar_deployment,
    _ar_detention_ordered,
    _ar_ending_sense,
    _ar_face_off_sense,
    _ar_fine_imposed,
    _ar_injury_sense,
    _ar_interception,
    _ar_liberation,
    _ar_light_after_noun,
    _ar_light_masdars,
    _ar_object_senses,
    _ar_reached,
    _ar_settlement,
    _ar_space_launch,
    _ar_stance_object,
    _ar_strike_sense,
    _ar_use_of_force,
    _ar_violence_sense,
    _ar_warning,
    _ar_withdrawal,
    _en_done_to_person,
    _en_frame_sense,
    _en_showcase,
    _visit_object,
)
from khabar.events.senses_everyday import ar_everyday_senses
from khabar.events.senses_generic import ar_generic_senses
from khabar.events.senses_mishap import ar_mishap_senses
from khabar.events.senses_names import ar_name_senses
from khabar.events.senses_security import _ar_detonation, ar_security_senses
from khabar.events.setting import (
    AR_PLACE_PREP,
    EN_PLACE_PREP,
    PLACE_TYPES,
    event_date,
    event_place,
    kb_place,
    place_cand,
    sentence_date,
)
from khabar.events.triggers import (
    _AR_CAUSE,
    _AR_DOCUMENT_NOUNS,
    _AR_REL,
    _EN_ARTICLE,
    _EN_FORCES,
    _KIND_ORDER,
    Cand,
    Trig,
    _ar_keys,
    _bare,
    _lookup,
    _unprep,
    light_noun,
)
from khabar.kb.nisba import country_of_phrase
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})

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
    # (round 32) an operation named terrorist or of war is an attack (CAMEO 18 / 19): «العمليات الإرهابية»،
    # «بعمليات إرهابية»، «عملياتها الحربية». Tried and left out: انتحاري («ليست عملية انتحارية بل عملية تفجير»
    # merged its negation into the attack, aner-test-514-1), قتالي («أدلة على مشاركة المتهم في عمليات
    # قتالية» came out asserted, a leak), أمني («العمليات الأمنية التركية سوف تستمر», a leak), عدواني (the
    # merge took the trigger of aner-train-2293-1)
    + [(a, b, ("ASSAULT", None), 2) for a in ("عملية", "عمليات") for b in ("إرهابي", "ارهابي", "حربي")]
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


# (round 39) the light verbs of an accusation that also open fire or deal a blow with an attack noun after
# them: «فتح الجنود النار على المتظاهرين»، «ووجهت الميليشيا ضربة قاتلة»، «لتوجيه ضربة» (ASSAULT, the gold's type)
_AR_AIM_LIGHT = frozenset(
    normalize(w)
    for w in (
        "فتح فتحت فتحوا يفتح تفتح يفتحون وجه وجهت وجهوا يوجه توجه يوجهون نوجه توجيه"
        # (round 41) the fire light verb with its subject between: «فأطلق الجنود النار»
        " أطلق أطلقت أطلقوا أطلقا يطلق تطلق يطلقون"
    ).split()
)

_AR_AIM_NOUNS = frozenset({"النار", "نار"})
_AR_FIRE_LIGHT = frozenset(normalize(w) for w in "أطلق أطلقت أطلقوا أطلقا يطلق تطلق يطلقون".split())

# (round 39) masdar nouns kept only where they are not read plainly asserted (``Extractor._ar_masdar_told``)
_AR_TOLD_ONLY = frozenset(
    {"منع", "انهاء", "سحب", "انتشار"}
)  # (round 40) سحب: ``senses._ar_withdrawal``; (round 41) انتشار: ``senses._ar_deployment``
# (round 40) keys matched as they are (not stripped of their marks): a dialogue found by round 40's heads
# (``senses._ar_context_nouns``: «العودة لطاولة الحوار»، «سنواصل الحوار») is a call's, a plan's or a pledge's object
_AR_TOLD_ONLY_KEYS = frozenset(
    {"~حوار", "~تسويه", "~اغلاق", "~قبول", "~تقبل"}
)  # (round 42) ~تسويه / ~اغلاق: ``senses._ar_settlement`` / ``_ar_closing``; (round 43) ~قبول / ~تقبل: ``_ar_acceptance``


def _ar_undergone(toks: list[Token], i: int) -> bool:
    """(round 45) A verb of undergoing stands at most four words before ``i`` in its clause («تعرضت للضرب»،
    «يتعرض للخطف»)."""
    for k in range(i - 1, max(-1, i - 5), -1):  # its subject may stand between: «تعرض أربعة من الشرطة للضرب»
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        w = normalize(toks[k].text)
        if w in _AR_UNDERGO_N or (w[:1] in "وف" and w[1:] in _AR_UNDERGO_N):
            # and its doer named after it («للضرب من زوجها»، «للضرب على أيدي متظاهرين»): the firing audit's
            # «فريق يتعرض للضرب» (a team beaten at football) and «أي شخص تعرض للضرب» (anyone) named none
            nxt = [normalize(x.text) for x in toks[i + 1 : i + 4]]
            return bool(nxt) and (
                nxt[0] in _AR_BY or any(x in _AR_HANDS for x in nxt[1:2] if nxt[0] in _AR_ON_HANDS)
            )
    return False


_AR_BY = F._n("من قبل")
_AR_ON_HANDS = F._n("على علي")
_AR_HANDS = F._n("يد أيدي ايدي يدي")


def _ar_after_li(tok: Token, key: str) -> bool:
    """(round 31) The word matched by lexicon ``key`` carries the ل of purpose before it (also when the
    tokenizer left the proclitic on: «لخطف»), the article aside («للتفاوض» yes, «التفاوض» no). Not ب: «قام
    بخطف» tells the act itself (t5-ar-092 was lost when ب was read as ل)."""
    w = normalize(tok.text)
    at = w.find(key)
    pre = w[:at] if at > 0 else ""
    pre = pre[:-2] if pre.endswith("ال") else pre
    return "ل" in pre


# (round 31) «قتل 21 شخصا في هجوم»، «مقتل ثمانية خلال الاشتباكات»: the attack named after a death, behind one of
# these prepositions, is the death's own event; the trigger's text reaches over both (the merge keeps one event)
_AR_IN_ATTACK = F._n("في خلال جراء اثر إثر اثناء أثناء")
_AR_KILLING_MASDARS = F._n("قتل القتل اعدام الاعدام")


def _ar_killed_in(toks: list[Token], prev: Trig, t: Trig) -> bool:
    """(round 31) ``t``, an ASSAULT noun merged into the ASSAULT before it, is told as the attack in which
    ``prev`` (a killing or a death) happened: a preposition of place or cause right before the noun, or ب on it."""
    if prev.type != "ASSAULT" or t.type != "ASSAULT" or t.kind != "noun" or t.a <= prev.b:
        return False
    tok = toks[t.a]
    if normalize(tok.prefix or "").endswith("ب"):
        return _bare(tok.norm) not in _AR_KILLING_MASDARS  # «أعدم ... وأعقبه بإعدام»: a second act
    return t.a - 1 > prev.b and toks[t.a - 1].norm in _AR_IN_ATTACK


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
# the words after a dateline's dash that name no place: a follow-up, an agency, the outlets that sign
# their reporters' bylines («عمر إبراهيم – عين اليوم»)
_NOT_DATELINE_PLACE = F._n("متابعات خاص وكالات واس الوكالات متابعة تقرير سبق") | {normalize("عين اليوم")}


class ArSentenceTriggers(NamedTuple):
    """What ``Extractor.ar_sentence_triggers`` finds in one Arabic sentence."""

    trigs: list[Trig]  # the triggers, before the event filters
    crowd: int | None  # the token of a crowd subject (المتظاهرون: a PROTEST), or None
    # a light masdar's noun's token -> the noun's own type, where it has one («لفرض عقوبات»)
    masdar_noun_types: dict[int, str]


def _ar_place_tokens(toks: list[Token], span: tuple[int, int], place_starts: list[int]) -> set[int]:
    """(round 26) The tokens of a sentence (``span``: its start, end) that a place mention starts in."""
    ss, se = span
    starts = [s for s in place_starts if ss <= s < se]
    return {k for k, tok in enumerate(toks) if any(tok.start <= s < tok.end for s in starts)}


class Extractor:
    def __init__(self, add_entities: bool = True, dedup: bool = True) -> None:
        self.add_entities = add_entities
        # (round 29) False skips the in-article merge (``_dedup``): every mention stays an event of its own;
        # for evaluation only (the factuality scorer's "merged" block), the product always merges
        self.dedup = dedup
        # (round 58) False runs the trigger pass without the sense rules of senses_mishap / _generic / _everyday: the
        # reading whose merge tells which tellings a removed no-event hid (``_hidden_by_cleared``)
        self.sense_filters = True
        self._unfiltered: Extractor | None = None
        self._cleared: list[tuple[int, int]] = []
        self.ar = arabic()
        self.en = english()
        self.agents = arabic_agents()
        self._cache: dict[tuple, tuple[list[Entry], bool, str]] = {}
        # (round 26) per sentence: a light masdar's noun -> the noun's own (type, mode) or None (weak), and
        # the indices of a وقف after ب / ل
        self._ar_masdar_noun: dict[int, tuple[str, str | None] | None] = {}
        self._ar_halt_prep: set[int] = set()
        # (rounds 64-65) the current sentence's earlier triggers: anchor -> (kind, actor given, last token)
        self._ar_verb_actors: dict[int, tuple[str, Cand | None, int]] = {}
        self._ar_v_masdars: set[int] = set()
        self._ar_places: set[int] = set()
        # (round 26) the light entries of the masdars spelled like their past verb (فرض، رفع، شن ...)
        self._ar_light_masdar = {
            w: [e for e in self.ar.lookup(w) if e.kind == "light" and not e.imperfect]
            for w in _AR_LIGHT_MASDARS
        }

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
        # (round 58) the article's entities as they come in (this pass adds mentions to them), for a second reading
        self._cleared = []
        entities_in = [(e, list(e.mentions)) for e in doc.entities]
        verbal: set[int] = set()  # the trigger starts of the events told by a verb
        person_spans = sorted(
            (m.start, m.end) for e in doc.entities if e.type == "PERSON" for m in e.mentions if " " in m.text
        )
        org_spans = sorted(
            (m.start, m.end) for e in doc.entities if e.type == "ORG" for m in e.mentions if " " in m.text
        )
        place_starts = [m.start for e in doc.entities if e.type in PLACE_TYPES for m in e.mentions]
        anaphoric: set[int] = set()
        circ: set[int] = set()
        definite: set[int] = set()  # (round 37) events told by a definite noun («الاتفاق»)
        framed_actors: dict[int, str] = {}  # (round 57) a framed later mention's trigger -> its subject actor
        framed: set[int] = set()  # (round 58) the framed later mentions (their kept parties must agree)
        self._new_entities: list[Entity] = []
        self._next_id = 1 + max(
            (int(m) for e in doc.entities for m in re.findall(r"\d+", e.id)[-1:]), default=0
        )
        for si, (ss, se) in enumerate(layer.sentences):
            toks = layer.sentence_tokens(si)
            if not toks:
                continue
            if lang == "ar":  # (round 26) the tokens a place entity starts in (`_ar_liberation`)
                self._ar_places = _ar_place_tokens(toks, (ss, se), place_starts)
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
            mark_factuality(ftoks, trigs, lang)
            cands = self._candidates(doc, toks, ss, se, ents_by_start, lang)
            if dateline_end is not None and ss < dateline_end:  # "WASHINGTON (AP) -" is no participant
                cands = [c for c in cands if c.start >= dateline_end]
            # (round 66) a sentence that opens with a subjectless «وأضاف أن» takes its speaker from the sentences before
            before = []
            if lang == "ar" and ar_opens_without_subject(toks):
                before = [layer.sentence_tokens(i) for i in range(max(0, si - 3), si)]
            attr, self._attr_stop = attribution(toks, lang, cands, before)
            self._sent_trigs = trigs  # (round 51) the sentence's other events, for the place (setting.py)
            self._ar_verb_actors = {}  # (rounds 64-65) the sentence's earlier triggers, for a coordinated verb
            for t in trigs:
                ev = self._event(doc, toks, t, cands, attr, lang, ss, se, dateline)
                if ev is not None and lang == "ar" and (t.head is not None or t.a in self._ar_halt_prep):
                    ev = self._ar_masdar_told(doc, toks, t, ev)
                if ev is not None:
                    events.append(ev)
                    if t.kind == "verb" and ev.trigger is not None:
                        verbal.add(ev.trigger.start)
                    ana = self._anaphoric(toks, t, lang)
                    if lang == "ar" and (
                        ar_circumstance_attack(toks, t) or ar_antecedent_harm(toks, t) is not None
                    ):
                        circ.add(id(ev))
                    if (
                        lang == "ar"
                        and ana != "strong"
                        and ev.trigger is not None
                        and ar_framed_mention(toks, t, ev.type, ev.trigger.start)
                    ):
                        # (round 57) «خلال الاستقبال»: a later mention; its sentence's parties are not its own,
                        # but the subject before the frame («وأكد الصمعاني خلال اللقاء») takes part in it
                        spans = [
                            (m.start, m.end)
                            for e in doc.entities + self._new_entities
                            if e.id == ev.actor
                            for m in e.mentions
                        ]
                        if not ar_framed_subject(toks, ev.trigger.start, spans):
                            ev.actor = None
                        elif ev.actor:
                            framed_actors[ev.trigger.start] = ev.actor
                        ev.target = None
                        ana = "strong"
                        framed.add(id(ev))
                    if ana == "weak":
                        definite.add(id(ev))
                    if ana == "strong" or (
                        ana
                        and not (
                            {ev.actor, ev.target} - {None} - role_noun_ids(doc.entities + self._new_entities)
                        )
                    ):
                        anaphoric.add(id(ev))
        hidden: set[int] = set()  # (round 58) the tellings a no-event removed by a sense rule hid
        if self._cleared and self.dedup and lang == "ar":
            hidden, same_sentence = self._hidden_by_cleared(doc, entities_in, events)
            verbal -= same_sentence
        if self._new_entities:
            doc.entities.extend(self._new_entities)
        for ev in events:  # each telling keeps the trigger it has now (a merge may widen none of them)
            ev.mentions = [own_mention(ev)]
        doc.events = (
            _dedup(
                events,
                anaphoric,
                role_noun_ids(doc.entities),
                circ,
                definite,
                doc.text,
                party_info(doc.entities),
                framed,
            )
            if self.dedup
            else events
        )
        if hidden:  # (round 58) with the tellings merged into them
            doc.events = without_hidden(doc.events, hidden, verbal)
        if self.dedup and lang == "ar":
            incident_tellings(doc, doc.events)
            fill_actors_from_later_mentions(doc.events, framed_actors)
        for i, ev in enumerate(doc.events, 1):
            ev.id = f"ev{i}"

    def _hidden_by_cleared(
        self, doc: Document, entities_in: list[tuple[Entity, list]], events: list[Event]
    ) -> tuple[set[int], set[int]]:
        """(round 58) The trigger starts of the tellings that the in-article merge would join to a no-event
        the sense rules removed (``self._cleared``), and of those told in its sentence (``hidden_tellings``):
        the article read again without those rules, on a copy of its entities as they came in (``entities_in``:
        each with its mentions then). (speed round 60) Not read again when none of the first reading's
        ``events`` can be hidden (``may_hide``)."""
        if self._unfiltered is None:
            self._unfiltered = Extractor(add_entities=self.add_entities)
            self._unfiltered.sense_filters = False
        place_starts = [m.start for e, ms in entities_in if e.type in PLACE_TYPES for m in ms]
        types, starts = cleared_types(self._unfiltered, doc, self._cleared, place_starts)
        if not may_hide(events, doc, self._cleared, types, starts):
            return set(), set()
        shadow = doc.model_copy()
        shadow.entities = [e.model_copy(update={"mentions": list(ms)}) for e, ms in entities_in]
        shadow.events = []
        self._unfiltered(shadow)
        return hidden_tellings(shadow.events, self._cleared, doc.text)

    # ------------------------------------------------------------ triggers
    def ar_sentence_triggers(
        self, toks: list[Token], span: tuple[int, int], place_starts: list[int]
    ) -> ArSentenceTriggers:
        """The Arabic trigger pass over one sentence's tokens alone, as ``__call__`` starts it, before any of its
        filters (for ``hidden_tellings.cleared_types``). ``span``: the sentence's (start, end); ``place_starts``:
        the starts of the article's place mentions."""
        self._ar_places = _ar_place_tokens(toks, span, place_starts)
        trigs = self._ar_triggers(toks)
        noun_types = {j: own[0] for j, own in self._ar_masdar_noun.items() if own is not None}
        return ArSentenceTriggers(trigs, self._ar_crowd(toks), noun_types)

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
        _ar_injury_sense(toks, info)  # (round 38) «أصيب بفيروس» is no injury
        _ar_strike_sense(toks, info)  # (round 39) «الضرب بعرض الحائط» is no beating
        _ar_ending_sense(toks, info)  # (round 39) إنهاء ends a conflict, not a procedure
        _ar_violence_sense(toks, info)  # (round 39) «أعمال عنف», not «نبذ العنف»
        _ar_use_of_force(toks, info)  # (round 39) «استخدام القوة ضد»
        _ar_contacts_sense(toks, info)  # (round 40) «اتصالات بين»، not «وزارة الاتصالات»
        _ar_coup_sense(toks, info)  # (round 40) «انقلاب عسكري»، not «انقلاب شاحنة»
        _ar_backing(toks, info)  # (round 40) «الدعم السعودي» (SUPPORT)، «الدعم المالي» (AID)
        _ar_settlement(toks, info)  # (round 42) «تسوية سياسية»، «التسوية في لبنان»، not «تسوية الأوضاع»
        _ar_withdrawal(toks, info)  # (round 40) «بسحب قواتها»، not «سحب القرعة»
        _ar_deployment(toks, info)  # (round 41) «نشرت الحكومة آلاف رجال الأمن»، «انتشر الجنود»
        _ar_arson(toks, info)  # (round 41) «أحرق المتظاهرون 17 سيارة»، «بإشعال النار في»
        _ar_warning(toks, info)  # (round 42) «حذر البيان الميليشيات من مغبة»، not «حذرت دراسة»
        _ar_closing(toks, info)  # (round 42) «أغلقت الشرطة طريق»، not «أغلق المؤشر»
        _ar_acceptance(toks, info)  # (round 43) «لن تقبل»، «بقبول اتفاق»، not «من قبل»، «قبل» (before)
        # (rounds 43-44) «فجر انتحاري سترته»، «فجر مقاتلون لغما»، not «فجر اليوم»; before the casualties, which
        # leave the dead of a named attack to it
        _ar_detonation(toks, info)
        _ar_casualties(toks, info)  # (round 43) «سقوط قتلى»، «سقطوا قتلى»، «عدد القتلى»
        _ar_face_off_sense(toks, info)  # (round 40) «المواجهة بين»، not «لمواجهة التحديات»
        _ar_armed_conflict(toks, info)  # (round 52) «النزاع المسلح»، not «الصراع السياسي»
        _ar_fine_imposed(toks, info)  # (round 52) «فرضت غرامة»، not «السجن وغرامة»
        _ar_liberation(toks, info, self._ar_places)
        ar_security_senses(toks, info)  # (round 44) «صادقت على»، «فجر انتحاري»، «توزيع المساعدات»
        had = [bool(x[0]) for x in info]
        if self.sense_filters:
            ar_mishap_senses(toks, info)  # (round 56) «مصرعه إثر حادث سير»، «استقبل مطار الجوف أول رحلة»
            ar_generic_senses(toks, info)  # (round 57) «حريصة على دعم»، «بالتعاون مع» as a manner
            ar_everyday_senses(toks, info)  # (round 58) «التسويق والاتصالات»، «مستوى دعم»، «السيطرة على حريق»
            ar_name_senses(toks, info)  # (round 61) «مجلس التعاون»، «مركز الملك سلمان للإغاثة»: in a name
        self._cleared += cleared_spans(toks, had, info)
        _ar_detention_ordered(toks, info)
        _ar_object_senses(toks, info, self._phrase_span)
        self._ar_halt_prep = _ar_ceasefire(toks, info, self._phrase_span)
        _ar_reached(toks, info)  # (round 32) «توصل إلى» with no agreement noun after it
        _ar_carried_out(toks, info)  # (round 32) «عملية نفذها الجيش»، «نفذ 21 ضربة»
        # (round 31) a Form V / VI masdar after ل («للتفاوض»): a purpose or a demand's object, read as the
        # light masdars are (``_ar_masdar_told``: left out when it comes out plainly asserted)
        # and no light verb's noun («ترفع ضد إسرائيل للتفاوض» is no act of ترفع)
        self._ar_v_masdars = {
            i
            for i in range(len(toks))
            if info[i][2] in self.ar.verb_masdars and info[i][0] and all(e.kind == "noun" for e in info[i][0])
        }
        # (round 45) not after a verb of undergoing: «تعرضت للضرب»، «تعرض للخطف» tell the act undergone, no purpose
        self._ar_halt_prep |= {
            i for i in self._ar_v_masdars if _ar_after_li(toks[i], info[i][2]) and not _ar_undergone(toks, i)
        }
        # (round 39) the masdars منع and إنهاء as nouns: a purpose, a demand's or a plan's object; left out
        # wherever they come out plainly asserted (a denied report «نفت الأنباء ... بمنع دخول», a demand
        # past a comma), as the Form V / VI masdars after ل are
        self._ar_told_only = {
            i
            for i in range(len(toks))
            if (info[i][2].lstrip("+~") in _AR_TOLD_ONLY or info[i][2] in _AR_TOLD_ONLY_KEYS)
            and info[i][0]
            and all(e.kind == "noun" for e in info[i][0])
        }
        self._ar_halt_prep |= self._ar_told_only
        masdars = _ar_light_masdars(toks, info, self._ar_light_masdar)
        trigs = self._assemble(toks, info, self.ar.governors, "ar")
        self._ar_masdar_noun = {}
        for t in trigs:
            if t.a in masdars and t.kind == "verb" and len(t.cues) == 2:
                # (round 26) «لفرض عقوبات»: the masdar tells no act of its own; the event is read at its noun
                # (cues, factuality, participants as before) and the trigger's text starts at the masdar
                j = t.cues[1]
                t.head, t.a, t.cues, t.kind = t.a, j, [j], "noun"
                own = next((e for e in info[j][0] if e.kind == "noun"), None)
                self._ar_masdar_noun[j] = (own.type, own.mode) if own else None
        return _ar_senses(toks, trigs)

    def _ar_masdar_told(self, doc: Document, toks: list[Token], t: Trig, ev: Event) -> Event | None:
        """(round 26) A light masdar after ب / ل is a purpose, a demand's or a charge's object, a decision's
        content: an event it heads that comes out plainly asserted has missed its cue (a demand past a
        comma, «متهما ... بشن الهجوم»), so the masdar is left out again: the noun keeps its own trigger and
        type as before the round, and a weak noun («لنشر القوات») makes no event. A halt to fighting after
        ب / ل («نداءات لوقف الاقتتال») read as asserted is dropped the same way."""
        if ev.polarity != "positive" or not _plainly_told(ev, t, toks):
            return ev
        if t.head is None:  # «لوقف الاقتتال» read as asserted: a halt after ب / ل (``_ar_ceasefire``)
            # (round 31) and a Form V / VI masdar after ل («للتفاوض»)
            masdar = t.a in self._ar_v_masdars or t.a in self._ar_told_only
            return None if (t.type == "RETREAT" and t.mode == "ceasefire") or masdar else ev
        own = self._ar_masdar_noun.get(t.a)
        if own is None:
            return None
        ev.type, ev.mode = own
        ts, te = toks[t.a if t.lead is None else min(t.a, t.lead)].stem_start, toks[max(t.b, t.tail or 0)].end
        ev.trigger = TextSpan(start=ts, end=te, text=doc.text[ts:te])
        return ev

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
                nt = {e.type for e in ents if e.kind == "noun"}
                if (
                    lows[i].endswith("ing")
                    and nt
                    and nt.isdisjoint({e.type for e in ents if e.kind == "verb"})
                ):
                    # (round 31) an -ing word listed as a noun of another type than its verb's gerund reads as
                    # the noun: "aggravated kidnapping" ASSAULT (CAMEO 181), while the verb kidnap stays COERCE
                    ents = [e for e in ents if e.kind != "verb"]
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
        for i in range(
            n
        ):  # (round 27) a verb that is an event in its frame: "encourage X to", "training forces"
            # (round 31) "fire" is a light and weak entry: "came under fire" is read in its frame
            if (not {e.kind for e in info[i][0]} - {"weak"} or lows[i] == "fire") and i not in compound:
                sense = _en_frame_sense(toks, lows, i)
                if sense is not None:
                    info[i] = ([sense], False, lows[i])
        # a capitalised word inside a name is no trigger: Amnesty International, Relief International,
        # Peace Corps (a Title Case headline stays readable: all its words are capitalised)
        title_case = sum(t.text[:1].isupper() for t in toks if t.kind == "latin") > 0.6 * max(
            1, sum(t.kind == "latin" for t in toks)
        )
        self._en_title_case = title_case  # (round 27) read by `_assemble`'s name rule
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

    def _light_window(self, toks: list[Token], end: int, lang: str) -> Iterator[int]:
        """The tokens after a light verb (ending at ``end``) where its event noun may stand: up to seven
        (English six), to a boundary or an English stop word; no Form V / VI masdar (round 31)."""
        for j in range(end + 1, min(len(toks), end + (8 if lang == "ar" else 7))):
            if lang == "en" and toks[j].text.lower() in EN_LIGHT_STOP:
                return  # "give a motive for the attack", "launched a plan to offer loans"
            if toks[j].text in F.PUNCT_BOUNDARY and not (
                toks[j].text == "-" and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start
                if j + 1 < len(toks)
                else False
            ):
                return  # a hyphen inside a word (day-old) is no boundary
            if lang == "ar" and j in self._ar_v_masdars:
                continue  # (round 31) a Form V / VI masdar is no light verb's noun
            yield j

    def _ar_aimed(self, toks: list[Token], info: list, i: int, end: int) -> tuple[int, Entry] | None:
        """(round 39) The fire (النار) the light verb فتح takes within its window, before any accusation noun
        («فتحت تحقيقا») and past other weak nouns («فتح الجنود النار»): the pair is an attack."""
        key = info[i][2].lstrip("+~")
        if key not in _AR_AIM_LIGHT and _bare(key) not in _AR_AIM_LIGHT:  # فتح is no ف + تح
            return None
        for j in self._light_window(toks, end, "ar"):
            if any(e.type == "ACCUSE" for e in info[j][0]):
                return None
            if info[j][2].lstrip("+~") in _AR_AIM_NOUNS:
                e = next((e for e in info[j][0] if e.type == "ASSAULT"), None)
                return (j, e) if e is not None else None
        return None

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
                best = light_noun(
                    info, self._light_window(toks, end_i, lang), {x.type for x in ents if x.kind == "light"}
                )
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
                    aim = (
                        self._ar_aimed(toks, info, i, end_i)
                        if lang == "ar"
                        and not (e.type == "ASSAULT" and _bare(info[i][2].lstrip("+~")) in _AR_FIRE_LIGHT)
                        else None
                    )  # (round 41) the fire verb keeps an attack noun it already took («أطلقت النار ... وأصابته»)
                    if aim is not None:  # (round 39) «فتح الجنود النار»، «وجهت ضربة»
                        j, e = aim
                        resolved = ("ASSAULT", e.mode)
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
                and not _en_title_case_trigger(toks, i, getattr(self, "_en_title_case", False))
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
                # (round 28) a theft and an arrest in one clause are two acts (both COERCE since conv27)
                and not (prev.mode != t.mode and {prev.mode, t.mode} & _OWN_ACTS)
                # (round 40) contacts (اتصالات, many talks) take in no later meeting noun of their own
                # («تتكثف الاتصالات ... وأبرزها قمة عقدت في دمشق»: the summit is an event of its own)
                and not (
                    lang == "ar"
                    and t.kind == "noun"
                    and _bare(info[prev.a][2].lstrip("+~")) in _AR_CONTACTS
                    and _bare(info[t.a][2].lstrip("+~")) not in _AR_CONTACTS
                )
                and (
                    (t.a - prev.b <= 3 and not any(toks[k].text in boundary for k in range(prev.b + 1, t.a)))
                    or (t.kind == "noun" and t.a - prev.b <= 8)
                )
            ):
                # (round 38) an injury told after a killing or an attack is the same happening, which the
                # earlier word names («مقتل شخصين وإصابة ثمانية»); an injury told first is named by the attack
                # after it, as a death is («أصيب تسعة أشخاص بتفجير انتحاري»)
                injured = lang == "ar" and _bare(info[t.a][2].lstrip("+~")) in AR_INJURY_KEYS
                # (round 39) so is violence told after a killing («مقتل 30 نتيجة أعمال العنف»): the killing
                # names the happening
                if injured or (lang == "ar" and info[t.a][2].lstrip("+~") == "عنف"):
                    continue  # the earlier word's event, its text and cues as they were
                if (
                    lang == "ar"
                    and _bare(info[prev.a][2].lstrip("+~"))
                    in _AR_RESULT_NOUNS | _AR_DOCUMENT_NOUNS | AR_INJURY_KEYS
                ):
                    # (round 18) «مقتل عشرين في غارات»، «انفجار ... الهجوم»: a death or a blast told before
                    # the attack that caused it is the same event; the attack names it
                    prev_injured = _bare(info[prev.a][2].lstrip("+~")) in AR_INJURY_KEYS
                    if not prev_injured:  # an injury told first: the attack's event as it was
                        t.cues = prev.cues + t.cues
                        t.future = prev.future or t.future
                        if prev.kind == "verb":
                            t.kind = "verb"
                    # the text of an injury verb's attack starts at the verb («أصيب ... في هجوم»); an injury
                    # noun's attack keeps its own text («لإصابات في الانفجار»)
                    if _ar_killed_in(toks, prev, t) and not (prev_injured and prev.kind != "verb"):
                        t.lead = min(k for k in (prev.a, prev.head, prev.lead) if k is not None)
                    merged[-1] = t
                    continue
                if lang == "ar" and prev.kind == "verb" and _ar_killed_in(toks, prev, t):
                    prev.tail = max(t.b, t.tail or 0)
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
                if u is t or u.a <= t.b:
                    continue
                # (round 42) «وطالب المتظاهرون، الرئيس ...، والأجهزة الأمنية بالإسراع في إطلاق»
                across = (
                    lang == "ar"
                    and gov[0] == "REQUEST"
                    and _ar_complement_after_commas(
                        toks, t.b, u.a, {x.a for x in merged if x is not t and x is not u}
                    )
                )
                # (round 45) a later item of a list of demands: «يطالبون بضرورة تمليك ... وإلغاء ... والإفراج»
                across = across or (
                    lang == "ar" and gov[0] == "REQUEST" and _ar_demand_list_conjunct(toks, t.b, u.a)
                )
                if u.a - t.b > 12 and not across:
                    continue
                if (
                    not across
                    and any(toks[k].text in boundary for k in range(t.b + 1, u.a))
                    and not _quote_opens(toks, t.b, u.a)
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
                if lang == "ar" and any(_ar_new_speech_clause(toks[k]) for k in range(t.b + 1, u.a)):
                    continue  # «ونفت الوزارة التقارير وقالت في بيان إن قوات الأمن اعتقلت»: the new verb's content
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
                if (
                    lang == "en"
                    and gov[0] == "REJECT"
                    and effect in ("denied", "negative")
                    and _en_accusation_content(toks, t.b, u.a)
                ):
                    # (round 30) "deny accusations of brutality": the content of the accusation is alleged
                    effect = "alleged"
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
                    if sec and _ar_nisba_after_noun(toks, i, k):
                        break  # (round 33) «اليهود الأميركيين»، «بالهجوم الانتحاري»: an adjective
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
        else:
            out = ar_government_of_country(out, toks, doc.text)  # (round 59) «حكومة سريلانكا»: one actor
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
        ent = Entity(
            id=eid,
            type=c.etype,
            name=c.name,
            mentions=[Mention(start=c.start, end=c.end, text=doc.text[c.start : c.end])],
        )  # type: ignore[arg-type]
        if c.sector and len(c.name.split()) > 1 and "\u0600" <= c.name[:1] <= "\u06ff":
            ent.country = country_of_phrase(c.name)  # (round 33) «الجيش الإسرائيلي»: IL
        self._new_entities.append(ent)
        c.ent = eid
        return eid

    def _ar_event_word(self, tok: Token) -> bool:
        """An Arabic token that the trigger lexicon knows (any sense): the Arabic participant rules take it
        for another event, not a party."""
        return bool(_lookup(self.ar, _ar_keys(tok))[0])

    def _ar_verb_sense(self, tok: Token) -> bool:
        """(round 65) An Arabic token the trigger lexicon knows as a verb or a light verb (not a noun only)."""
        return any(e.kind in ("verb", "light") for e in _lookup(self.ar, _ar_keys(tok))[0])

    def _ar_noun_sense(self, tok: Token) -> bool:
        """(round 65) An Arabic token the trigger lexicon knows as an event noun (قتل، رفض، قصف: a masdar spelled
        as its verb)."""
        return any(e.kind == "noun" for e in _lookup(self.ar, _ar_keys(tok))[0])

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
            event_word = self._ar_event_word
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
            gobj = ar_gender_object(toks, t, usable)
            # (round 27) «وطالب الحكومة ... بالتدخل»: a feminine body after a masculine verb is its object
            subj_after = [c for c in near_after if not target_marked(c) and c is not gobj]
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

    def _place(self, doc, toks, cands, lang, actor, target, t):
        others = getattr(self, "_sent_trigs", ())  # khabar/events/setting.py
        c = place_cand(toks, cands, lang, actor, target, self.add_entities, t, others)
        return self._entity_for(doc, c) if c is not None else None

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
            # what every Arabic role rule reads of this trigger (code round 58: one context for both chains)
            role_ctx = RoleContext(toks, t, cands, self._doc_text, self._ar_event_word)
            # (rounds 24-31) the doer of an antecedent harm, the martyr, the objects, the two parties of a mutual
            # event: participants.AR_ROLE_CHAIN_FIRST
            actor_c, target_c = ar_chain_roles(role_ctx, actor_c, target_c, AR_ROLE_CHAIN_FIRST)
            if actor_c is None:
                # (round 31) «أعلنت وزارة الداخلية ... عن ضبط شبكة»: the security body announcing its own act; run
                # here, not in a chain, because it also marks the actor as the reporting one
                announcer = ar_announced_own_act(toks, t, cands, target_c)
                if announcer is not None:
                    actor_c = self._reporting_actor = announcer
            # (rounds 40-52) the subject after أن, the unvoiced passive, a coordinated subject, the arrested, the
            # undergoer, the released, the casualties, the second party ...: participants.AR_ROLE_CHAIN
            actor_c, target_c = ar_chain_roles(role_ctx, actor_c, target_c)
            # (round 64) «وهاجمت القوات ... مواقع المسلحين وقتلت»: a coordinated verb shares the earlier verb's subject
            earlier = self._ar_verb_actors
            actor_c = ar_coordinated_verb_actor(
                toks, t, actor_c, earlier, self._ar_event_word, self._ar_verb_sense, self._ar_noun_sense
            )
            earlier[t.a] = (t.kind, actor_c, t.b)  # (round 65) an event noun too: the sharing stops at it
            if actor_c is None:
                # (round 66) «ودعا اتحاد موظفي القطاع العام»: a body that no entity names, the subject after its verb
                actor_c = ar_unnamed_subject_after_verb(role_ctx, actor_c, target_c)
            # (rounds 68-87) the agent after its mark, the party in لـ, the one met, the harmed, the participle's
            # and the mover's subject ...: participants.AR_ROLE_CHAIN_LATE
            actor_c, target_c = ar_chain_roles(role_ctx, actor_c, target_c, AR_ROLE_CHAIN_LATE)
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
        if lang == "en":  # (round 48) a subject before a parenthetical; a name the NER missed
            actor_c, target_c = en_subject_roles(toks, t, cands, self._doc_text, actor_c, target_c)
        if source and actor_c is not None and actor_c.ent == source and actor_c is not self._reporting_actor:
            actor_c = None
        actor = self._entity_for(doc, actor_c) if actor_c else None
        target = self._entity_for(doc, target_c) if target_c else None
        # the event's place and date: khabar/events/setting.py
        place, place_source = event_place(self._place(doc, toks, cands, lang, actor_c, target_c, t), dateline)
        when = sentence_date(doc.times, ss, se, toks, t, lang)
        date, date_source = event_date(when, self._dateline_date, doc.published)
        a = min(k for k in (t.a, t.head, t.lead) if k is not None)
        ts, te = toks[a].stem_start if lang == "ar" else toks[a].start, toks[max(t.b, t.tail or 0)].end
        mode, typ = t.mode, t.type
        if typ == "ACCUSE" and mode == "charge":
            # (round 28) a formal criminal charge is COERCE (CAMEO 173, the conv27 convention); its trigger
            # stays ACCUSE/charge up to here so that the factuality rules read it as an accusation
            # (mode "charge": legal action, an act apart from an arrest or a sentence told with it)
            typ = "COERCE"
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
            type=typ,
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
        """The entity id of the place the article's dateline names, or None. The head before the dash
        is tried first, then a name alone on its line after it: «عين اليوم – نيويورك»، «سبق- جدة (تصوير
        ...)»، «علي السحاري – القنفذة» name an outlet or a reporter before the dash and the place after
        it; «عمر إبراهيم – عين اليوم» a reporter and the outlet, «عين اليوم – متابعات» no place."""
        m = _DATELINE.match(doc.text)
        if not m:
            return None
        head = self._dateline_place(doc, m.start(1), m.group(1).strip(), after_dash=False)
        rest = _DATELINE_REST.match(doc.text, m.end())
        if head or not rest or normalize(rest.group(1)) in _NOT_DATELINE_PLACE:
            return head
        return self._dateline_place(doc, rest.start(1), rest.group(1), after_dash=True)

    def _dateline_place(self, doc: Document, s: int, name: str, after_dash: bool) -> str | None:
        """The place entity of one dateline name at or after ``s``. Before the dash, where the outlet or
        the reporter's byline stands («عين اليوم -»، «عبدالله البرقاوي -»), only a tagged place or a name
        the knowledge base knows as a place. Alone on its line after the dash, where bylines put the place
        («علي السحاري – القنفذة»), any name: the NER types such lone words badly (بيشة a person,
        ميريلاند an organisation), so an entity of any type over it or of its name is taken, and an
        untagged name becomes a new GPE entity."""
        if not name or any(ch.isdigit() for ch in name) or len(name.split()) > 3:
            return None
        s = doc.text.index(name, s)
        e = s + len(name)
        for ent in doc.entities:
            if any(mm.start < e and mm.end > s for mm in ent.mentions):
                return ent.id if after_dash or ent.type in ("GPE", "LOC") else None
        key = normalize(name)
        for ent in doc.entities:
            if normalize(ent.name) == key:
                if not after_dash and ent.type not in ("GPE", "LOC"):
                    return None
                ent.mentions.insert(0, Mention(start=s, end=e, text=doc.text[s:e]))
                return ent.id
        if not self.add_entities or not (after_dash or kb_place(key, any_town=True)):
            return None
        ids = [int(x) for en in doc.entities for x in re.findall(r"\d+", en.id)[-1:]]
        eid = f"e{1 + max(ids, default=0)}"
        doc.entities.append(
            Entity(id=eid, type="GPE", name=name, mentions=[Mention(start=s, end=e, text=name)])
        )
        return eid


_AR_START_LIGHT = F._n("بدأ بدأت بدأوا بدأا يبدأ تبدأ يبدأون باشر باشرت باشروا يباشر تباشر")


_AR_DURING = F._n("خلال أثناء اثناء")

# a title or a group noun that stands right before the name it introduces (العقيد محمد، تنظيم «داعش»)
_AR_NAME_HEADS = F._n(
    "عقيد العقيد لواء اللواء عميد العميد رائد الرائد مقدم المقدم نقيب النقيب ملازم الملازم المشير فريق "
    "تنظيم التنظيم حركة الحركة جماعة الجماعة حزب الحزب قوات القوات ميليشيا مليشيا ميليشيات مليشيات عناصر "
    "العناصر جبهة الجبهة مسلحو مسلحي"
)


def _en_title_case_trigger(toks: list[Token], i: int, title_case: bool) -> bool:
    """(round 27) In a Title Case headline ("Eight Alleged Plotters Detained in Georgia", "OSCE Envoy
    Condemns Dvani Attack") a capitalised word is no name for that alone: a verb form ending in -ed / -s
    or a word that is not followed by another capitalised word stays a trigger."""
    if not title_case:
        return False
    w = toks[i].text
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return w[1:].islower() and (not nxt[:1].isupper() or w.lower().endswith(("ed", "s")))


def _plainly_told(ev: Event, t: Trig, toks: list[Token]) -> bool:
    """The event carries no factuality cue of its own clause: asserted, or (round 68) reported only because a source's
    report or a quotation covers the sentence, for a masdar after the ل of purpose («وبينت المصادر أن ... لفرض
    شروطه») or after ب with a negation before it in its clause («لم يرد عليه ... بالقبول»): read so inside a report
    it has missed its cue as a plainly asserted one has (`Extractor._ar_masdar_told`). Not any ب: «قالت مصادر إن
    توجيهات قضت بسحب»، «كشف مصدر عن قيام واشنطن برفع» tell the report's act (t10-ar-145, t15-ar-119). A reported of
    the trigger's own («أفادت بشن») is a cue."""
    if ev.modality == "asserted":
        return True
    if ev.modality != "reported" or "reported" in t.mods:
        return False
    m = t.head if t.head is not None else t.a
    w = normalize(toks[m].text)
    w = w[1:] if w[:1] in "وف" else w
    if "ل" in normalize(toks[m].prefix) or (w[:1] == "ل" and w[:2] != "ال"):
        return True  # the ل of purpose, also left on the word by the tokenizer («لفرض»)
    for k in range(m - 1, max(-1, m - 7), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(toks[k].norm) in _AR_NEGATION_BEFORE:
            return True
    return False


# (round 68) a negation before a reported masdar after ب (`_plainly_told`)
_AR_NEGATION_BEFORE = F._n("لم لن لا ما عدم دون بدون")


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
_AR_UNDERGO_N = frozenset(normalize(w) for w in _AR_UNDERGO + ("يتعرضن", "تعرضن", "تعرضا", "تعرضتا"))

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


_EN_RECEIVE = frozenset("receive received receives receiving".split())

_EN_TITLES = frozenset(
    "president minister prime king queen leader delegation envoy counterpart ambassador secretary chancellor "
    "premier emir crown prince foreign visiting mission delegations".split()
)

_EN_PULL = frozenset("pull pulled pulls pulling".split())

_EN_EMBASSY = frozenset("embassy embassies consulate consulates mission".split())

_EN_TALKS = frozenset("talks negotiations negotiation meeting conference summit dialogue".split())

_EN_FIND = frozenset("find found finds finding".split())

_EN_SUBORD = frozenset("if unless whether because although though while whereas when since where".split())


_EN_SPEECH_ACT = frozenset(
    "comment comments commenting discuss discussing elaborate elaborating disclose disclosing reveal revealing "
    "identify identifying name naming confirm confirming specify".split()
)

_AR_SPEECH_ACT = F._n("التعليق تعليق الكشف كشف الادلاء الإدلاء الحديث الافصاح الإفصاح التصريح تأكيد التأكيد")


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


_AR_SUBORD = F._n("اذا لو حال حاله لان لانه لانها بينما عندما")


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


def _ar_nisba_after_noun(toks: list[Token], i: int, k: str) -> bool:
    """(round 33) A definite nisba (الأميركيين، الإيرانيين، الانتحاري) with no proclitic right after a
    definite noun is that noun's adjective, not a group of its own: «اليهود الأميركيين»، «علماء الذرة
    الإيرانيين»، «الجرحى السوريين»، «بالهجوم الانتحاري». With و it is a new group («والسوريين»)."""
    if i == 0:
        return False
    t, p = toks[i], toks[i - 1]
    n = t.norm
    if not n.startswith("ال") or not n.endswith(("يين", "يون", "ي")) or len(n) < 6 or not k.endswith(n[-2:]):
        return False
    if normalize(t.prefix) or p.kind != "ar" or t.start - p.end > 1 or p.norm in AR_QUANTIFIERS:
        return False  # «الاف الإسرائيليين»: thousands of Israelis, a group
    return p.stem.startswith(("ال", "ٱل")) or p.norm == "غير"  # the article, not ألقى


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

# (round 30) the nouns of an accusation whose "of" complement names the act accused
_EN_ACCUSATION_NOUNS = frozenset(
    "accusation accusations allegation allegations charge charges claims".split()
)


def _en_accusation_content(toks: list[Token], b: int, a: int) -> bool:
    """The event after a denial is the content of the accusation denied: "deny accusations of
    brutality", "denied allegations of abuse" (the words between end in an accusation noun + "of").
    The denial names the accusation, so the act stays alleged, not negated."""
    words = [toks[k].text.lower() for k in range(b + 1, a)]
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _EN_ACCUSATION_NOUNS


# Participles that name people only after a determiner: "the accused", "the wounded"
_EN_PARTICIPLE_AGENTS = frozenset("accused detained arrested wounded injured suspected convicted".split())

# Words that make "suspension" a car part: "the suspension, brakes and steering"
_EN_VEHICLE_PARTS = frozenset(
    "brakes brake steering chassis engine wheels tyres tires dampers springs torque horsepower gearbox "
    "transmission sedan coupe convertible hatchback suv".split()
)
