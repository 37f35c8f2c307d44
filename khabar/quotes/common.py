"""Shared state and low-level helpers of quotation extraction: the per-document state, entity lookup and creation, token and sentence helpers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.document import Document, Entity, Mention
from khabar.quotes import lexicon as L
from khabar.quotes.marks import Marked
from khabar.text import normalize as _normalize_uncached
from khabar.text.tokenize import Token

normalize = lru_cache(maxsize=262_144)(_normalize_uncached)
_WORDS = re.compile(r"\w+(?:[-'’]\w+)*")
_QUOTE_CHARS = "«»“”„\"'"


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: str | None = None
    source: str | None = None
    sentence: int = 0


@dataclass
class _State:
    doc: Document
    text: str
    lang: str
    toks: list[Token]
    starts: list[int]
    marked: list[Marked]
    mention_index: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, entity id)
    last_speaker: str | None = None
    last_speaker_set: bool = False
    last_sacred: bool = False  # the last cue cited scripture ("قال تعالى"): "وقال أيضا" continues it
    last_sentence: int = -1
    next_id: int = 1
    ner_ids: frozenset[str] = frozenset()  # the entities of the entity layer (not made by this stage)
    # mentions of the entity layer that are no speaker candidates (a month, a phrase read as a person)
    not_mentions: frozenset[tuple[int, int, str]] = frozenset()


# ---------------------------------------------------------------------------------------------
# entities


def _index_mentions(st: _State) -> None:
    st.mention_index = sorted(
        x for e in st.doc.entities for m in e.mentions if (x := (m.start, m.end, e.id)) not in st.not_mentions
    )


def _entities_in(st: _State, start: int, end: int) -> list[tuple[int, int, str]]:
    return [m for m in st.mention_index if m[0] >= start and m[1] <= end]


def _tokens_key(s: str) -> list[str]:
    return [L.strip_al(w) if not w.isascii() else w for w in _WORDS.findall(normalize(s))]


def _entity_for(st: _State, start: int, end: int, etype: str, loose: bool = False) -> str | None:
    """The entity of the name at [start, end): an overlapping mention, a name containing it, or a new one."""
    text = st.text
    while start < end and (text[start].isspace() or text[start] in _QUOTE_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTE_CHARS + "،,.:؛"):
        end -= 1
    if end <= start:
        return None
    for ms, me, eid in st.mention_index:
        if ms < end and start < me:
            if (
                etype == "ORG"
                and start <= ms
                and me <= end
                and (ms, me) != (start, end)
                and (_etype(st, eid) in ("GPE", "LOC", "PERSON") or _org_head_start(text[start:end]))
            ):
                # "شركة غاز قطر", "مطار الملك خالد الدولي": the body, not the country or the person
                # named inside it
                continue
            if (
                etype == "PERSON"
                and (ms, me) != (start, end)
                and _place_read_for_name(st, ms, me, eid)
                and sum(
                    1
                    for a, b, x in st.mention_index
                    if start <= a and b <= end and _place_read_for_name(st, a, b, x)
                )
                >= 2
            ):
                continue  # "باراك أوباما" with باراك and أوباما both tagged as places: the person
            return eid
    surface = text[start:end]
    key = _tokens_key(surface)
    if not key or (len(key) == 1 and (key[0] in _EN_STOP or normalize(key[0]) in _NOT_NAMES)):
        return None
    if etype == "PERSON" and st.lang == "ar" and not_a_person_name(surface):
        return None
    kset = set(key)
    best: Entity | None = None
    for e in st.doc.entities:
        names = {e.name} | {m.text for m in e.mentions}
        for n in names:
            nk = _tokens_key(n)
            # the very same name is the same entity whatever type the tagger gave it (Uber, MISC)
            same = tuple(nk) == tuple(key)
            if nk and (kset <= set(nk) or set(nk) <= kset) and (loose or same or _compatible(e.type, etype)):
                if etype == "ORG" and e.type in ("GPE", "LOC") and set(nk) < kset:
                    continue  # "شركة غاز قطر" is not the country قطر
                best = e
                break
        if best is not None:
            break
    if best is not None:
        if len(surface) > len(best.name) and kset >= set(_tokens_key(best.name)):
            best.name = surface
        return _add_mention(st, best, start, end)
    return _new_entity(st, etype, start, end)


_NEGATIONS = frozenset(normalize(w) for w in "غير لا ليس لم لن".split())


def not_a_person_name(surface: str) -> bool:
    """An Arabic span no person's name is: a phrase holding a negation after its first word ("غذائية
    غير صالحة", "أدوية لا مرخصة")."""
    words = [normalize(w) for w in surface.split()]
    return len(words) > 1 and any(w in _NEGATIONS for w in words[1:])


def _add_mention(st: _State, e: Entity, start: int, end: int) -> str:
    """A new mention of an existing entity, kept in the state's mention index."""
    e.mentions.append(Mention(start=start, end=end, text=st.text[start:end]))
    st.mention_index.append((start, end, e.id))
    st.mention_index.sort()
    return e.id


def _new_entity(st: _State, etype: str, start: int, end: int) -> str:
    """A new entity with one mention, named by it, kept in the state's mention index."""
    surface = st.text[start:end]
    eid = f"e{st.next_id}"
    st.next_id += 1
    ent = Entity(id=eid, type=etype, name=surface, mentions=[Mention(start=start, end=end, text=surface)])  # type: ignore[arg-type]
    if etype in ("PERSON", "ORG") and st.lang == "ar" and len(surface.split()) > 1:
        from khabar.kb.nisba import country_of_phrase

        ent.country = country_of_phrase(surface)  # (round 32) «وزير الخارجية الروسي»: RU
    st.doc.entities.append(ent)
    st.mention_index.append((start, end, eid))
    st.mention_index.sort()
    return eid


def _org_head_start(surface: str) -> bool:
    """Whether a phrase starts with the head of a body's name (مؤسسة، وزارة، هيئة ...): then a shorter
    mention inside it ("العربي" in "مؤسسة النقد العربي السعودي") is not the body."""
    w = _WORDS.findall(normalize(surface))
    return bool(w) and len(w) >= 2 and L.strip_al(w[0]) in _ORG_HEADS_BARE


_EN_STOP = frozenset("he she it they we i you a an the this that these those his her its their".split())


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    return {a, b} <= {"ORG", "GPE", "MISC"}


def _np_end(st: _State, i: int, limit: int) -> int:
    """Token index after a noun phrase starting at token i (stops at punctuation, prepositions, verbs)."""
    toks = st.toks
    j = i
    in_quote = False
    while j < limit:
        t = toks[j]
        if t.kind == "punct":
            if t.text in '«“"':
                in_quote = not in_quote if t.text == '"' else True
                j += 1
                continue
            if t.text in "»”":
                in_quote = False
                j += 1
                continue
            if t.text in "-" and j > i:
                j += 1
                continue
            break
        if in_quote:
            j += 1
            continue
        n = normalize(t.text)
        if j > i and (
            n in L.AR_PREPOSITION_STOPS
            or n in L.AR_TIME_WORDS
            or n in _MANNER_ADVERBS
            or n in L.AR_COMPLEMENTIZERS
            or L.ar_in(t.text, L.AR_SPEECH_VERBS)
            or n in ("فان", "ان", "انه", "الذي", "التي")
        ):
            break
        if (
            st.lang == "en"
            and j > i
            and not (
                t.text[:1].isupper()
                or t.text.lower() in ("of", "&", "al")
                or (t.text.lower() == "the" and j + 1 < limit and toks[j + 1].text[:1].isupper())
            )
        ):
            break
        j += 1
    return j


# ---------------------------------------------------------------------------------------------
# shared helpers


def _tok_at(st: _State, offset: int) -> int:
    return bisect_left(st.starts, offset)


def _nwords(s: str) -> int:
    return len(_WORDS.findall(s))


def _marked_starting_at(st: _State, offset: int, slack: int = 3) -> Marked | None:
    for m in st.marked:
        if offset <= m.open <= offset + slack:
            return m
    return None


# ---------------------------------------------------------------------------------------------
# Arabic


def _ar_cue_type(t: Token) -> str | None:
    if t.kind != "ar":
        return None
    return _ar_cue_type_text(t.text)


@lru_cache(maxsize=65_536)
def _ar_cue_type_text(text: str) -> str | None:
    n = normalize(text)
    c = L.strip_conj(n)
    if n in L.AR_SPEECH_VERBS or c in L.AR_SPEECH_VERBS:
        return "verb"
    if n in L.AR_PARTICIPLES or c in L.AR_PARTICIPLES:
        return "participle"
    if n in L.AR_WEAK_VERBS or c in L.AR_WEAK_VERBS:
        return "weak"
    if n in L.AR_DESCRIBE or c in L.AR_DESCRIBE:
        return "describe"
    if n in L.AR_APPEAL_VERBS or c in L.AR_APPEAL_VERBS:
        return "appeal"
    return None


_DOC_BARE = frozenset(
    L.strip_al(normalize(w))
    for w in "تقرير دراسة بيان بيانات إحصائية إحصائيات إحصاءات استطلاع مسح وثيقة تقديرات نشرة تعميم مذكرة "
    "تحليل أرقام رسالة مقال مقالة".split()
)


def _doc_bare(t: Token) -> str:
    """A word without و / ف, a ب / ل before a document noun, the article and the accusative ending of a
    document noun: لدراسة -> دراسه, للبيانات -> بيانات, تقريرا -> تقرير."""
    n = L.strip_conj(normalize(t.text))
    if n.startswith("لل") and len(n) > 4:
        n = "ال" + n[2:]
    elif n[:1] in "لب" and len(n) > 4 and L.strip_al(n[1:]) in _DOC_BARE:
        n = n[1:]
    if n.endswith("ا") and len(n) > 4 and L.strip_al(n[:-1]) in _DOC_BARE:
        n = n[:-1]  # the accusative "مقالا", "تقريرا"
    return L.strip_al(n)


def _doc_noun(t: Token) -> bool:
    """A document noun, possibly after و / ف / ب / ل: تقرير، لدراسة، للبيانات، وبحسب إحصائية."""
    return t.kind == "ar" and _doc_bare(t) in _DOC_BARE


def _name_starts_at(st: _State, j: int) -> bool:
    """A multi-word person name starts at token j: "بان كي مون" (بان is not بأن)."""
    t = st.toks[j]
    if t.text not in ("بان", "وبان"):
        return False
    for ms, me, eid in st.mention_index:
        if (
            ms in (t.start, t.start + (1 if t.text[0] == "و" else 0))
            and me > t.end
            and _etype(st, eid) == "PERSON"
        ):
            return True
    return False


_FORMULAS = frozenset(normalize(w) for w in "يذكر ويذكر يُذكر ويُذكر".split())


def _has_subject_after(st: _State, vi: int, lo: int, hi: int) -> bool:
    """Whether the verb at vi has words of its own before the content (else: a zero subject)."""
    k = _skip_adjuncts(st, lo, hi)
    if k < hi and normalize(st.toks[k].text) in _TIME_NOUNS:
        k += 1  # "وقد قال الشهر الماضي ..."
        while k < hi and normalize(st.toks[k].text) in _TIME_ADJ:
            k += 1
        k = _skip_adjuncts(st, k, hi)
    if (
        k < hi
        and normalize(st.toks[k].text) in _PP_HEADS
        and not any(
            normalize(st.toks[x].text) in L.AR_TITLE_WORDS or normalize(st.toks[x].text) in L.AR_HONORIFICS
            for x in range(k, hi)
        )
    ):
        return False  # "وقال في قمة مجموعة السبع إن": a prepositional phrase, then the content
    return k < hi and st.toks[k].kind == "ar"


_MANNER_ADVERBS = frozenset(
    normalize(w) for w in "صراحة بصراحة علنا علانية بوضوح مرارا تكرارا سابقا مجددا حرفيا ضمنا شخصيا".split()
)
_TIME_NOUNS = frozenset(normalize(w) for w in "الشهر الأسبوع العام السنة الليلة الصباح المساء".split())
_TIME_ADJ = frozenset(
    normalize(w) for w in "الماضي الماضية المنصرم المنصرمة المقبل المقبلة الحالي الجاري".split()
)
_PP_HEADS = frozenset(normalize(w) for w in "في خلال أمام على عن أثناء".split())


def _plausible_run(st: _State, run: tuple[int, int]) -> bool:
    names = L.person_name_tokens()
    return any(normalize(st.toks[x].text) in names for x in range(run[0], run[1]))


def _parenthesised_adverb(t: Token) -> bool:
    """A one-word manner adjunct a writer puts in brackets after the verb: a preposition ب with its
    noun ("(بمرارة)", "(بحسرة)") or an adverb in -ًا ("(صراحة)" is not, "(حرفيا)" is)."""
    n = normalize(t.text)
    return len(n) > 4 and (n[:1] == "ب" and not n.startswith("بن") or n.endswith("يا"))


def _manner_phrase_end(st: _State, k: int, hi: int) -> int:
    """A manner phrase right before the content: ب + an indefinite noun that is no name (بنبرات، بصوت،
    بكلمات) with its indefinite adjectives and prepositional phrases (ممزوجة بالفرح), no name word in it,
    ending at a colon, a comma, a quotation mark or the complementizer. The index after it, or k."""
    toks = st.toks
    t = toks[k]
    n = normalize(t.text)
    if not n.startswith("ب") or n.startswith("بال") or len(n) < 4 or t.stem_start != t.start:
        return k
    cw, names = L.common_words(), L.person_name_tokens()
    if n in cw or n in names or n[1:] in names or _mention_at_token(st, t):
        return k  # "بيان", "بشار", "بوتين": a word or a name of its own
    if not (n[1:] in cw or n.endswith("ات")):
        return k  # "برتود": a name no list knows, not ب + a noun
    x = k + 1
    while x < hi and x < k + 5 and toks[x].kind == "ar":
        nx = normalize(toks[x].text)
        if nx in L.AR_COMPLEMENTIZERS or _ar_cue_type(toks[x]) is not None:
            break
        if _mention_at_token(st, toks[x]) or nx in names:
            return k
        if not (nx.startswith(("بال", "لل")) or not nx.startswith("ال")):
            return k
        x += 1
    if x >= hi:
        return x
    tx = toks[x]
    if (tx.kind == "punct" and tx.text in ':،,«"“') or normalize(tx.text) in L.AR_COMPLEMENTIZERS:
        return x
    return k


def _mention_at_token(st: _State, t: Token) -> bool:
    return any(a <= t.start < b for a, b, _e in st.mention_index)


def _skip_adjuncts(st: _State, k: int, hi: int) -> int:
    toks = st.toks
    while k < hi:
        t = toks[k]
        n = normalize(t.text)
        if _ar_cue_type(t) in ("verb", "participle", "weak"):
            k += 1
            continue
        if t.kind == "punct":
            if t.text in '«"“':
                m = _marked_starting_at(st, t.start, 0)
                if m is not None and k > 0 and normalize(toks[k - 1].text) in ("ل", "لـ"):
                    k = bisect_right(st.starts, m.close)
                    continue
                break
            if (
                t.text == "("
                and k + 2 < hi
                and toks[k + 2].text == ")"
                and toks[k + 1].kind == "ar"
                and _parenthesised_adverb(toks[k + 1])
            ):
                k += 3  # "كتب (بمرارة) عن": a manner adverb in brackets, not the subject
                continue
            if t.text in "-–—(" and k + 1 < hi and normalize(toks[k + 1].text) in L.AR_ATTRIBUTION:
                # "وشددت -وفقا لما نقلته وكالة الأنباء البحرينية- على أن": an attribution in dashes
                close = next((x for x in range(k + 2, min(hi, k + 16)) if toks[x].text in "-–—)"), None)
                if close is not None:
                    k = close + 1
                    continue
            k += 1
            continue
        if t.kind == "ar" and (x := _manner_phrase_end(st, k, hi)) > k:
            k = x  # "وقال بنبرات ممزوجة بالفرح:", "وأضاف بصوت متهدج:": a manner phrase, no subject
            continue
        if n in ("بهذا", "بذلك") or (
            n == "في" and k + 1 < hi and normalize(toks[k + 1].text) in ("هذا", "هذه", "ذلك")
        ):
            # "وتقول بهذا الصدد إن", "وقال في هذا السياق": a demonstrative adjunct
            k += 2 if n != "في" else 3
            continue
        if n in _YEAR_NOUNS and k + 1 < hi and toks[k + 1].kind == "num":
            k += 2  # "قد قال عام 1966": a date, not the subject
            continue
        if n in _AUDIENCE_CONSTRUCT:
            # "قال لوسائل إعلام محلية ودولية": the audience and its genitive and adjectives
            k += 2
            while k < hi and toks[k].kind == "ar" and normalize(toks[k].text).endswith("يه"):
                k += 1
            continue
        if n in ("ل", "لـ") or n in _AUDIENCE or n in L.AR_TIME_WORDS or n in _PRON_PREP:
            k += 1
            continue
        if (
            (n in L.AR_ATTRIBUTION or L.strip_conj(n) in L.AR_ATTRIBUTION)
            and k + 2 < hi
            and normalize(toks[k + 1].text) in ("ما", "لما")
            and normalize(toks[k + 2].text) in L.AR_REPORT_VERBS
        ):
            # "وقال وفقاً لما نقلته وكالة الأنباء البحرينية: «...»": an attribution adjunct before the
            # content; the subject is the one named before
            x = k + 3
            while x < hi and not (
                (toks[x].kind == "punct" and toks[x].text in ":،,")
                or normalize(toks[x].text) in L.AR_COMPLEMENTIZERS
            ):
                m = _marked_starting_at(st, toks[x].start, 0) if toks[x].kind == "punct" else None
                if m is not None and _nwords(st.text[m.start : m.end]) <= 4:
                    x = bisect_right(st.starts, m.close)
                    continue
                if toks[x].kind == "punct" and toks[x].text in '«"“':
                    break
                x += 1
            k = x
            continue
        if t.kind == "ar" and t.text.endswith(("اً", "ًا")):
            k += 1  # "فأكد مجدداً أنه", "وأضاف مستدركاً": an adverb before the subject or the content
            continue
        if t.kind == "ar" and n in _MANNER_ADVERBS:
            k += 1  # "قال صراحة إن", "وأكد علنا أن": an adverb written without its tanween
            continue
        if n in _DEMONSTRATIVES and k > 0 and _ar_cue_type(toks[k - 1]) == "verb":
            k += 1  # "أوضح ذلك مدير عام ...": the object before the subject
            continue
        if n.startswith("ل") and n[1:] in L.AR_OUTLET_HEADS:
            # لوكالة «سبوتنيك» الروسية
            k += 1
            if k < hi:
                m = _marked_starting_at(st, toks[k].start, 0)
                if m is not None:
                    k = bisect_right(st.starts, m.close)
                else:
                    k = max(k, _np_end(st, k, hi))  # لوكالة فرانس برس
            while k < hi and normalize(toks[k].text).startswith("ال") and toks[k].kind == "ar":
                k += 1
            continue
        if n in ("في", "خلال", "عبر") and k + 1 < hi:
            # في بيان / في تصريح / خلال لقاء ... : skip the phrase up to the next comma or name
            k2 = k + 1
            nn = normalize(toks[k2].text)
            if nn in _norm_adj:
                k = k2 + 1
                while k < hi and toks[k].kind == "ar" and normalize(toks[k].text) in _norm_adj2:
                    k += 1
                if k < hi and toks[k].kind == "ar" and _relative_verb(normalize(toks[k].text)):
                    # "في بيان أصدره عقب ...", "في كلمة ألقاها خلال ...", "في تصريح أدلى به":
                    # an unmarked relative clause on the statement; its verb is no name
                    k += 1
                    if k < hi and normalize(toks[k].text) in ("به", "بها"):
                        k += 1
                    continue
                if k + 1 < hi and normalize(toks[k].text) == "مع":
                    # "في حديث مع «الجزيرة»", "في مقابلة مع رويترز": the outlet spoken to
                    m = _marked_starting_at(st, toks[k + 1].start, 0)
                    if m is not None and _nwords(st.text[m.start : m.end]) <= 4:
                        k = bisect_right(st.starts, m.close)
                    elif normalize(toks[k + 1].text) in L.AR_OUTLETS:
                        k += 2
                continue
            break
        break
    return k


_DEMONSTRATIVES = frozenset(normalize(w) for w in "ذلك هذا".split())
_AUDIENCE = frozenset(
    normalize(w)
    for w in "للصحفيين للصحافيين للصحافة للإعلاميين للإعلام للمحققين للحضور للصحيفة للوكالة لوسائل لصحفيين لصحافيين".split()
)
_YEAR_NOUNS = frozenset(normalize(w) for w in "عام العام سنة السنة".split())
_AUDIENCE_CONSTRUCT = frozenset(normalize(w) for w in "لوسائل لوسائط لمواقع لصحف لقنوات".split())
_PRON_PREP = frozenset(
    normalize(w)
    for w in "لي لنا لك فيه فيها له لها لهم منه منها منهم عنه عنها عنهم به بها بهم الى إلى عليه عليها عليهم بدوره بدورها أيضا".split()
)
_NOT_NAMES = frozenset(
    normalize(w)
    for w in "هنا هناك الآن كما لكن حتى إذ عندما بينما فيما منها ومنها إياه إياها إياهم أنا أنت أنتم هو هي هم نحن هذا هذه ذلك تلك اسمه اسمها اسمهم إنه أنه إنها أنها ما من لا لم لن قد كان كانت ذات ذو الذي التي مثلا مثلاً تعيين نفسه نفسها القول بالقول".split()
)
_norm_adj = frozenset(
    normalize(w)
    for w in "بيان تصريح تصريحات حديث مقابلة لقاء مؤتمر تغريدة رسالة كلمة اتصال بيانه تصريحه حوار".split()
)
# past verbs of issuing or delivering a statement: "بيان أصدره"، "كلمة ألقتها"، "مقابلة أجراها"
_ISSUE_STEMS = frozenset(
    normalize(w)
    for w in "أصدر نشر ألقا ألقى أجرا أجرى عقد بث وزع أطلق كتب وجه بعث أرسل قدم سجل أدلى أدلت".split()
)
_OBJ_SUFFIX = re.compile(r"(?:ت|وا)?(?:ه|ها|هما|هم)$")


def _relative_verb(n: str) -> bool:
    """A past verb of issuing a statement with the object pronoun standing for it (أصدره، ألقتها،
    أجراها، نشرته), or أدلى / أدلت (followed by به)."""
    if n in ("ادلي", "ادلت", "ادلى"):
        return True
    m = _OBJ_SUFFIX.search(n)
    if m is None or m.start() < 2:
        return False
    stem = n[: m.start()]
    return stem in _ISSUE_STEMS or (stem.endswith("ا") and stem[:-1] + "ي" in _ISSUE_STEMS)


_norm_adj2 = frozenset(
    normalize(w)
    for w in "صحفي صحافي خاص صحفية صحافية مشترك رسمي له لها هاتفي أخرى اخرى ثانية سابقة لاحقة جديدة مماثلة سابق لاحق آخر جديد مماثل منفصل مقتضب مكتوب متلفز مطول".split()
)


def _place_read_for_name(st: _State, ms: int, me: int, eid: str) -> bool:
    """A one-word place mention the NER gave to a personal name ("باراك", "أوباما" tagged GPE)."""
    if _etype(st, eid) not in ("GPE", "LOC"):
        return False
    words = _tokens_key(st.text[ms:me])
    return len(words) == 1 and normalize(st.text[ms:me]) in L.person_name_tokens()


def _phrase_entity(st: _State, start: int, stop: int, etype: str) -> str:
    """The entity of exactly the phrase [start, stop), even when a shorter mention of another entity
    lies inside it ("مكتب رئيس الوزراء أحمد داود أوغلو" holds the person's mention): one with the same
    name, else a new one."""
    surface = st.text[start:stop]
    key = _tokens_key(surface)
    for ms, me, eid in st.mention_index:
        if ms == start and me == stop:
            return eid
    for e in st.doc.entities:
        if e.type == etype and _tokens_key(e.name) == key:
            return _add_mention(st, e, start, stop)
    return _new_entity(st, etype, start, stop)


_ORG_HEADS_BARE = frozenset(L.strip_al(w) for w in L.AR_ORG_HEADS)
_ANON_BARE = frozenset(L.strip_al(w) for w in L.AR_ANONYMOUS)
_TITLE_BARE = frozenset(L.strip_al(w) for w in L.AR_TITLE_WORDS | L.AR_HONORIFICS)
_RELATIVES = frozenset(normalize(w) for w in "الذي التي الذين والذي والتي والذين".split())


def _parenthesized_name(st: _State, k: int, hi: int) -> tuple[int, int] | None:
    """A name of one to five words in parentheses at token k: "(بيرسون بي ال سي)" -> its span."""
    toks = st.toks
    if k >= hi or toks[k].text != "(":
        return None
    for x in range(k + 1, min(hi, k + 7)):
        if toks[x].text == ")":
            if x == k + 1 or any(toks[y].kind == "num" for y in range(k + 1, x)):
                return None
            return toks[k + 1].start, toks[x - 1].end
        if toks[x].kind == "punct":
            return None
    return None


def _etype(st: _State, eid: str) -> str | None:
    e = st.doc.entity(eid)
    return e.type if e else None
