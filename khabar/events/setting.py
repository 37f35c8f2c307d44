"""The setting of an event: its place and its date (issue #6 item 1).

"The place and date of the event, from the sentence, else the article's dateline and publication date, marked as
such": `Extractor._event` asks this module for each. The choice within the sentence is made here, one function a
step, so that rules on whose place / date a sentence's expression is have one home.

- `place_cand`: the candidate of the sentence that is the event's place (an entity of a place type after a place
  preposition; in Arabic one of the trigger's own clause, round 47: `trigger_clause`), or None;
- `sentence_date`: the value of the time expression of the sentence that dates the event, or None: the first
  one outside the clauses of other events (round 46: the clause that governs the trigger's complement,
  `matrix_before_that`, and the relative clauses of other nouns, `other_relatives`; round 48: a report clause
  after the trigger's, `trailing_reports`);
- `event_place` / `event_date`: the sentence's choice, else the dateline's, else the publication date, with
  their source ("sentence", "dateline", "published").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import date as Date
from functools import lru_cache

from khabar.document import Time
from khabar.events import factuality as F
from khabar.events.attribution import _AR_AS_WHAT, _AR_SPEECH_PARTICIPLE
from khabar.events.clauses import _AR_SUSPECT
from khabar.events.offices import AR_SPOKESMAN_NOUNS, ar_with_article
from khabar.events.participants import _AR_CHARGE_WORDS
from khabar.events.scope import _AR_THAT
from khabar.events.triggers import _AR_REL, Cand, Trig
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

AR_PLACE_PREP = F._n("في قرب داخل شمال جنوب شرق غرب وسط أمام امام بمدينة مدينة بلدة منطقة محافظة العاصمة")

EN_PLACE_PREP = frozenset("in at near outside inside across throughout around into".split())

# the end of a relative clause / of a clause
_PUNCT = frozenset(",،.;؛:!?؟")
# a clause opener between the complementizer and the trigger: the trigger's clause is not the complement
_AR_OPENERS = F._n("حيث فيما بينما وحيث وفيما وبينما")
# «في الوقت الذي»: a conjunction of time, no relative clause of a noun
_AR_TIME_NOUNS = F._n("الوقت الحين اليوم الساعة اللحظة")
_STRONG = frozenset(".;؛:!?؟")
# the preposition of the event a trigger happened in, after a comma (round 47)
_AR_DURING = F._n("خلال أثناء اثناء")
# «في حين»، «في ظل»، «في إطار»: after في, a conjunction or a frame, no adjunct of place or event
_AR_FRAME_NOUNS = F._n("حين الوقت ظل المقابل اطار إطار سياق حال حالة حين ضوء")
# words in ل that are no purpose clitic: لا / لم / لن / لكن / لدى / لقد ...
_AR_NOT_PURPOSE = ("لا", "لم", "لن", "لكن", "لدي", "لقد", "لجن", "لبنان", "لندن", "ليبي", "لواء", "لقاء")
# the preposition before the event the trigger's happened in
_AR_IN_EVENT = F._n("في خلال أثناء اثناء")


def matrix_before_that(toks: list[Token], t: Trig, lang: str) -> tuple[int, int] | None:
    """The tokens [s, j) of the clause that governs the trigger's complement clause: from the clause start to
    the complementizer j nearest before the trigger, unless a clause opener (حيث، فيما، بينما) or a strong
    stop comes between («قالت الشرطة الثلاثاء إنها اعتقلت»، «أعلن الحلف اليوم أن مجلسه سيجتمع الثلاثاء
    المقبل»: a time there dates the telling or the decision, not the event)."""
    if lang != "ar":
        return None
    for j in range(t.a - 1, -1, -1):
        w = toks[j].norm
        if toks[j].text in _STRONG or w in _AR_OPENERS:
            return None
        if w in _AR_THAT or (w[:1] == "و" and w[1:] in _AR_THAT):
            s = j
            while s > 0 and toks[s - 1].text not in _STRONG:
                s -= 1
            return s, j
    return None


def _relative_clauses(toks: list[Token]) -> Iterator[tuple[int, int]]:
    """The Arabic relative clauses [r, e) of the sentence, in order: from a relative pronoun (with و or not; not one
    after a time noun, «يوم الذي») to the next punctuation or relative pronoun."""
    n = len(toks)
    for r in range(n):
        w = toks[r].norm
        if w not in _AR_REL and not (w[:1] == "و" and w[1:] in _AR_REL):
            continue
        if r > 0 and toks[r - 1].norm in _AR_TIME_NOUNS:
            continue
        e = r + 1
        while e < n and toks[e].text not in _PUNCT and toks[e].norm not in _AR_REL:
            e += 1
        yield r, e


def other_relatives(toks: list[Token], t: Trig, lang: str) -> list[tuple[int, int]]:
    """The relative clauses [r, e) of the sentence that hold neither the trigger nor describe it
    (`_describes_trigger`): from the relative pronoun to the next punctuation or relative pronoun."""
    if lang != "ar":
        return []
    out = []
    for r, e in _relative_clauses(toks):
        if r <= t.a < e or _describes_trigger(toks, t, r):
            continue
        out.append((r, e))
    return out


def _describes_trigger(toks: list[Token], t: Trig, r: int) -> bool:
    """The relative clause at r is the trigger's own: inside the trigger's text («التفجير الذي استهدف»); right
    after an event noun, or a trigger whose text reaches one («قتلوا في الهجوم»), with at most two definite
    adjectives between («الاعتداء الغاشم الذي وقع»); or after the noun of the event the trigger's happened in
    («أصيب خلال المباراة التي أقيمت»)."""
    end = max(t.b, t.tail or 0)
    if t.a < r <= end:
        return True
    if r <= end:
        return False
    if (t.kind == "noun" or end > t.a) and r - end <= 3 and _adjectives(toks, end + 1, r):
        return True
    # «أصيب اللاعب خلال المباراة التي أقيمت السبت»: the event the trigger's happened in, right after it
    return any(
        toks[p].norm in _AR_IN_EVENT and _adjectives(toks, p + 2, r)
        for p in range(end + 1, min(r - 1, end + 4))
    )


def _adjectives(toks: list[Token], a: int, b: int) -> bool:
    """Tokens [a, b) are at most two definite adjectives."""
    return b - a <= 2 and all(toks[k].norm.startswith(("ال", "وال")) for k in range(a, b))


def _tok_at(toks: list[Token], pos: int) -> int:
    return max(0, bisect_right([x.start for x in toks], pos) - 1)


def _inside(spans: Sequence[tuple[int, int]], i: int) -> bool:
    return any(a <= i < b for a, b in spans)


def _after_place_prep(toks: list[Token], c: Cand, lang: str) -> bool:
    """The candidate follows a place preposition («في»، «شمال»، in, near ...) or carries the clitic ب."""
    if c.tok <= 0:
        return False
    preps = AR_PLACE_PREP if lang == "ar" else EN_PLACE_PREP
    p = toks[c.tok - 1]
    pw = p.norm if lang == "ar" else p.text.lower()
    tok = toks[c.tok]
    # «بحفر الباطن»: a ب the tokenizer left on the word, the candidate starting after it (round 51)
    glued = not tok.prefix and tok.norm[:1] == "ب" and c.start == tok.start + 1
    own = lang == "ar" and (normalize(tok.prefix)[-1:] == "ب" or glued)
    return pw in preps or (lang == "ar" and pw[1:] in preps) or own


# the place guards switched off by name (a firing audit or a test compares a run with one off): "glued_kb" (round
# 53: a glued ب before a name the KB knows only), "not_town" (no common noun the NER tags as a place), "titles" (no
# place of a title's name), "matrix" (no place of the clause that governs the trigger's complement, as for dates),
# "bodies" and "topics" (round 54: a body's name, a topic of talks), "offices" and "condemned" (round 55: a
# spokesman's or an office's region, the condemned event's place), "en_clause" (round 51en: an English place from
# the trigger's own clause)
DISABLED: set[str] = set()

# the words that make «أن» a conjunction: «كما أن» (moreover), «إلا أن» / «غير أن» (however), «بعد أن» ...
_AR_THAT_CONJ = F._n("كما إلا الا غير بيد رغم برغم بالرغم بعد قبل منذ حتى")
# the words after which a place name is a common noun: «الرباط الصليبي» (the cruciate ligament), «بالنيل من»
# (harming); «الاتحاد» alone or with an adjective is a club or a federation, not the Soviet Union
_AR_NOT_TOWN_NEXT = {normalize("الرباط"): F._n("الصليبي"), normalize("النيل"): F._n("من")}
_AR_UNION = normalize("الاتحاد")
_AR_UNION_STATES = F._n("السوفيتي السوفياتي السوفييتي")


def _not_a_town(toks: list[Token], c: Cand) -> bool:
    """(round 53) A candidate of a place type that is a common noun here: «إصابة الرباط الصليبي» (a ligament,
    not Rabat), «بالنيل من أمن المجتمعات» (harming, not the Nile), «الاتحاد» (Al-Ittihad, a federation: «لجنة
    الاحتراف بالاتحاد السعودي»), not «الاتحاد السوفيتي»."""
    first = _bare(toks[c.tok].norm)
    nxt = toks[c.tok_end + 1].norm if c.tok_end + 1 < len(toks) else ""
    if c.tok == c.tok_end and nxt in _AR_NOT_TOWN_NEXT.get(first, ()):
        return True
    if first == _AR_UNION:
        return not (c.tok + 1 < len(toks) and toks[c.tok + 1].norm in _AR_UNION_STATES)
    return False


def _unknown_split(toks: list[Token], c: Cand) -> bool:
    """(round 53) A candidate the NER tagged one letter into a word that starts with ب, the tokenizer leaving
    the ب on the word, whose name the knowledge base does not know: «بنوداً» is no ب + «نوداً», «مدينة باديا»
    no ب + «اديا» (round 51's glued ب, «بجدة»، «بحفر الباطن», are names the KB knows)."""
    tok = toks[c.tok]
    glued = not tok.prefix and tok.norm[:1] == "ب" and c.start == tok.start + 1
    return glued and not kb_place(normalize(c.name))


# the title nouns in construct whose place is the holder's office, not the event's: «رئيس المحكمة العامة
# بالمدينة المنورة»، «رئيس الجامعة الإسلامية العالمية في باكستان»، «السفير السعودي في مسقط»، «أمير منطقة عسير»
# (code round 64) not ``offices.AR_OFFICE_HEADS``: round 53's list has the consular, academic and religious titles and
# no وزير، نائب، قائد; sharing would move places
_AR_TITLES = F._n(
    "رئيس مدير أمين سفير السفير أمير عضو استشاري مساعد محافظ قنصل القنصل مندوب ممثل وكيل عميد مفتي مستشار"
)


def _titles_place(toks: list[Token], c: Cand, t: Trig) -> bool:
    """(round 53) The place of a title's holder: a title noun (`_AR_TITLES`) at most three definite words before
    the candidate's place preposition (or its clitic ب), no punctuation and not the trigger between («دان رئيس
    الجامعة الإسلامية العالمية في باكستان»). Not a title that is the trigger itself."""
    k = c.tok - 1
    if toks[k].norm in AR_PLACE_PREP or toks[k].norm[1:] in AR_PLACE_PREP:
        k -= 1  # the place preposition; a clitic ب is on the candidate's token
    for j in range(k, max(-1, k - 4), -1):
        if j < 0 or toks[j].text in _PUNCT or t.a <= j <= max(t.b, t.tail or 0):
            return False
        if _bare(toks[j].norm) in _AR_TITLES:
            return True
        if not _bare(toks[j].norm).startswith("ال"):
            return False
    return False


# (round 54) no place of a body's name: «نفت المديرية العامة للشؤون الصحية بمنطقة حائل»، «ضد أمانة منطقة نجران»،
# «الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة»، «الإدارة العامة للجوازات بالرياض» (the convention of the
# place gold: titles and names are never places); not facilities where events happen (محكمة، مستشفى، مسجد، جامعة,
# «المحكمة» counts as a place there) nor the police of a region
_AR_BODIES = F._n(
    "مديرية المديرية أمانة الأمانة إدارة الإدارة فرع الفرع رئاسة الرئاسة هيئة الهيئة رابطة الرابطة "
    "شركة الشركة جمعية الجمعية غرفة الغرفة"
)
# indefinite heads of a construct inside a body's name: «فرع حقوق الإنسان»، «إدارة شؤون ...»
_AR_NAME_CONSTRUCT = F._n("حقوق شؤون شوون")
# what puts a body's name in a phrase of place or makes it a facility's: «في مقر الأمانة»، «إلى إدارة الجوازات»،
# «تفجير مسجد إدارة الطوارئ بمنطقة عسير» (the mosque is where the bombing was)
_AR_AT = F._n("في داخل أمام امام إلى الى مقر بمقر مسجد المسجد مبنى المبنى مستشفى مكتب سجن مدرسة")


def _head(w: str) -> str:
    """A word without its proclitics و / ف and ل («ولرابطة» → «رابطة»)."""
    w = _bare(w)
    return w[1:] if w[:1] == "ل" and len(w) > 3 and w[1:2] != "ل" else w


def _body_place(toks: list[Token], c: Cand, t: Trig) -> bool:
    """(round 54) The place in a body's name: a body noun (`_AR_BODIES`: directorate, secretariat, administration,
    branch, presidency, authority, league, company, society, chamber) at most five words before the candidate's
    place preposition (or its clitic ب), the words between definite (with ال or لل), a body noun or a construct
    head of a name («فرع حقوق الانسان»), no punctuation and not the trigger between; not when the name (from its
    outermost body noun) stands in a phrase of place («في مقر الأمانة العامة لرابطة ... بمكة»، «بإدارة
    الجوازات»: the event happens there)."""
    k = c.tok - 1
    if toks[k].norm in AR_PLACE_PREP or toks[k].norm[1:] in AR_PLACE_PREP:
        k -= 1  # the place preposition; a clitic ب is on the candidate's token
    lo = max(-1, k - 5)
    head = None
    for j in range(k, lo, -1):
        if (
            j < 0
            or toks[j].text in _PUNCT
            or toks[j].text in F.QUOTE_MARKS
            or t.a <= j <= max(t.b, t.tail or 0)
        ):
            break
        w = toks[j].norm
        if _head(w) in _AR_BODIES:
            head = j  # the outermost body noun of the name: «الأمانة العامة لرابطة ...»
        elif not (
            _bare(w).startswith("ال")
            or normalize(toks[j].prefix)[-1:] == "ل"
            or _head(w) in _AR_NAME_CONSTRUCT
        ):
            break
    if head is None:
        return False
    w = toks[head].norm
    before = _bare(toks[head - 1].norm) if head > 0 else ""  # «ومقر»، «بمسجد»
    at = normalize(toks[head].prefix)[-1:] == "ب" or w[:1] == "ب" or before in _AR_AT or before[1:] in _AR_AT
    return not at


# (round 54) no place of a topic: «بحث الأوضاع في لبنان»، «بحثا مستجدات الوضع في اليمن»، «بحث تطورات الأوضاع في
# منطقة الشرق الأوسط»: the situation discussed is not where the talks are (the place gold: «اليمن is the topic»)
_AR_TOPICS = F._n(
    "الأوضاع الاوضاع أوضاع اوضاع الوضع وضع التطورات تطورات المستجدات مستجدات الأزمة الازمة أزمة ازمة "
    "الملف ملف القضية قضية"
)


# (round 55) the spokesmen whose title names a body and its region: «الناطق الإعلامي بشرطة منطقة مكة المكرمة»،
# «المتحدث الرسمي لمديرية الدفاع المدني بمنطقة المدينة المنورة»: the region qualifies the speaker, not the event
_AR_SPOKESMEN = ar_with_article(AR_SPOKESMAN_NOUNS)
# an indefinite word a title may run through to its body: «مدير عام الشؤون الصحية»، «الناطق الإعلامي بشرطة ...»
_AR_OFFICE_LINKS = F._n("عام شرطة باسم")


def _office_place(toks: list[Token], c: Cand, t: Trig) -> bool:
    """(round 55) The place of a spokesman's office, or of a title holder's that round 53's `_titles_place` does
    not reach: a spokesman noun (`_AR_SPOKESMEN`) through adjectives and one body word with the clitic ب / ل or
    an indefinite link («الناطق الإعلامي بشرطة منطقة مكة المكرمة»، «المتحدث باسم شرطة محافظة ...»); a title of
    `_AR_TITLES` after two place words, definite words between («مدير الدفاع المدني في منطقة تبوك»). At most
    five words back, no punctuation, quote or trigger between."""
    k = c.tok - 1
    preps = 0
    while k >= 0 and preps < 2 and (toks[k].norm in AR_PLACE_PREP or toks[k].norm[1:] in AR_PLACE_PREP):
        k -= 1  # «في منطقة»; a clitic ب is on the candidate's or the place word's token
        preps += 1
    hops = 0
    for j in range(k, max(-1, k - 5), -1):
        if j < 0 or toks[j].text in _PUNCT or toks[j].text in F.QUOTE_MARKS or t.a <= j <= max(t.b, t.tail or 0):
            return False
        w = _bare(toks[j].norm)
        if w in _AR_SPOKESMEN:
            return True
        # a title holder through a body word («مساعد مدير شرطة منطقة المدينة المنورة») is no spokesman: his
        # force acts on its own ground, whose place the gold counts (dev8); the firing audit's losses
        if w in _AR_TITLES and preps == 2 and not hops:
            return True
        # «بشرطة»: the clitic split off or left on the word by the tokenizer
        clitic = normalize(toks[j].prefix)[-1:] in ("ب", "ل") or (
            not toks[j].prefix and w[:1] in ("ب", "ل") and len(w) > 4 and not w.startswith("لل")
        )
        if w.startswith("ال") and not clitic:
            continue
        if hops == 0 and (clitic or w in _AR_OFFICE_LINKS):
            hops += 1  # «بشرطة»، «لحرس»، «عام»
            continue
        return False
    return False


# (round 55) the words of a condemnation, whose object is the condemned event: «إدانة المملكة واستنكارها
# للجريمة ... في قرية دوما بمدينة نابلس» (the condemnation is not in Nablus)
_AR_CONDEMN_STEMS = tuple(F._n("ادان ادين يدين تدين ندد يندد تندد تنديد استنكر يستنكر تستنكر استنكار شجب يشجب تشجب"))
_AR_CONDEMN_WORDS = F._n("دان دانت دانوا ادانه ادانته ادانتها ادانتهم")


def _condemnation(toks: list[Token], t: Trig) -> bool:
    """A trigger with a word of condemning (دان، أدان، إدانة، استنكر، استنكار، ندد، تنديد، شجب)."""
    for k in range(t.a, max(t.b, t.tail or 0) + 1):
        w = _bare(toks[k].norm)
        w = w[2:] if w.startswith("ال") else w
        if w in _AR_CONDEMN_WORDS or w.startswith(_AR_CONDEMN_STEMS):
            return True
    return False


def _condemned_place(toks: list[Token], c: Cand, t: Trig, others: Sequence[Trig]) -> bool:
    """(round 55) A place after a condemnation's trigger with its object between: a word with the clitic ل
    («إدانته واستنكاره للعمل الإرهابي ... بمدينة أبها»), a relative pronoun («دان ... العمل الذي استهدف مسجداً
    ... بمنطقة عسير») or another event («استنكر التفجير في ...»): the place is the condemned event's. Round 51's
    `_nested` does this for places the NER left untagged only (`NESTED = "gaz"`)."""
    end = max(t.b, t.tail or 0)
    if c.tok <= end + 1 or not _condemnation(toks, t):
        return False
    for k in range(end + 1, c.tok):
        w = toks[k]
        if normalize(w.prefix)[-1:] == "ل" or w.norm.startswith("لل") or _bare(w.norm) in _AR_REL:
            return True
    return any(o is not t and end < o.a < c.tok for o in others)


# the types of talks, accords and stances, whose topic is not where they are: not the deeds (aid, a protest, a
# retreat: «المساعدة لحل أزمة الطاقة في مصر»، «مظاهرات ... من التطورات في اليمن» happen there; firing audits)
_TALK_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT"})


def _topic_place(toks: list[Token], c: Cand, t: Trig) -> bool:
    """(round 54) The place of a topic: the candidate's place preposition (or its clitic ب) right after a noun
    of a situation or an issue (`_AR_TOPICS`), one definite adjective at most between («تطورات الأوضاع المؤلمة في
    سوريا»), for a trigger of talks, accords or stances (`_TALK_TYPES`: a harm's or a deed's own place may follow
    «الوضع الأمني في»، «أزمة الطاقة في مصر»); before the trigger too
    («وبحث الجانبان تطورات الأوضاع في سوريا كما بحثا تطورات الأوضاع في اليمن»: no Syria for the second talks)."""
    end = max(t.b, t.tail or 0)
    if t.type not in _TALK_TYPES or t.a <= c.tok <= end:
        return False
    k = c.tok - 1
    if toks[k].norm in AR_PLACE_PREP or toks[k].norm[1:] in AR_PLACE_PREP:
        if toks[k].norm != "في" and k > 0 and toks[k - 1].norm == "في":
            k -= 1  # «في منطقة الشرق الأوسط»
        k -= 1
    for j in (k, k - 1):
        if j < 0 or t.a <= j <= end or toks[j].text in _PUNCT:
            return False
        w = toks[j].norm
        if _head(w) in _AR_TOPICS:
            return True
        if not _bare(w).startswith("ال"):
            return False
    return False


def trigger_clause(
    toks: list[Token], t: Trig, lang: str, places: frozenset[int] = frozenset()
) -> tuple[int, int]:
    """The tokens [lo, hi) of the trigger's own clause (round 47): from the boundary before the trigger to the
    one after it. A boundary is punctuation, a quotation mark or a clause opener (حيث، فيما، بينما); a
    relative pronoun before the trigger opens the relative clause the trigger is in («شهداء المسجد الذين
    طالتهم يد العدوان»). A purpose clause right after a comma («؛ لزيارة والدته») goes with the clause before
    it; a comma followed by خلال / أثناء («، خلال المحادثات») or by في and a place (`places`: the tokens place
    candidates start at; «، في الدوحة») does not end the clause. English: the whole sentence."""
    n = len(toks)
    if lang != "ar":
        return 0, n
    lo = t.a
    while lo > 0:
        k = lo - 1
        w = toks[k].norm
        if toks[k].text in _PUNCT or _speech_quote(toks, k):
            # «كان في فرنسا؛ لزيارة والدته»: a purpose clause (ل) after a comma goes with the clause before
            if (
                toks[k].text in ",،؛"
                and k > 0
                and lo < n
                and _purpose(toks[lo])
                and k == _first_stop(toks, t.a)
            ):
                lo = k
                continue
            break
        if w in _AR_OPENERS or w in _AR_REL or (w[:1] == "و" and w[1:] in _AR_REL):
            lo = k
            break
        lo = k
    hi = max(t.b, t.tail or 0) + 1
    while hi < n:
        if toks[hi].text in _PUNCT or _speech_quote(toks, hi):
            # «، خلال المحادثات في كوالالمبور»: the event the trigger's happened in goes on the clause
            if toks[hi].text in ",،" and hi + 1 < n and _adjunct(toks, hi + 1, places):
                hi += 1
                continue
            break
        if toks[hi].norm in _AR_OPENERS:
            break
        hi += 1
    return lo, hi


def _speech_quote(toks: list[Token], k: int) -> bool:
    """A quotation mark that opens or closes a quotation: no other one within four tokens (quotes around a
    short name, «جبهات "جبل صبر" و "الضباب"», are no boundary)."""
    if toks[k].text not in F.QUOTE_MARKS:
        return False
    return not any(
        toks[j].text in F.QUOTE_MARKS for j in range(max(0, k - 4), min(len(toks), k + 5)) if j != k
    )


def _adjunct(toks: list[Token], i: int, places: frozenset[int]) -> bool:
    """The words after a comma at i go on the clause before it: a preposition of the event it happened in
    («، خلال المحادثات»، «، في هجوم شنته»), a place after its preposition («، في الدوحة»، «، بمدينة
    الحديدة»), «، وذلك بجامعة ...»; not a conjunction of time or frame after في («، في حين»، «، في ظل»)."""
    w = toks[i].norm
    if w in _AR_DURING or w == "وذلك" or i + 1 in places:
        return True
    return w == "في" and i + 1 < len(toks) and toks[i + 1].norm not in _AR_FRAME_NOUNS


def _purpose(tok: Token) -> bool:
    """A word with the clitic ل of purpose («لزيارة»، «لتشجيع»), not the article."""
    if tok.kind != "ar":
        return False
    w = tok.norm
    return normalize(tok.prefix).endswith("ل") or (
        len(w) >= 5 and w[0] == "ل" and not w.startswith(_AR_NOT_PURPOSE)
    )


def _first_stop(toks: list[Token], a: int) -> int:
    """The first punctuation before token a."""
    k = a - 1
    while k >= 0 and toks[k].text not in _PUNCT and toks[k].text not in F.QUOTE_MARKS:
        k -= 1
    return k


def _where_place(toks: list[Token], ok: Sequence[Cand], lo: int) -> Cand | None:
    """«أسر في هانوي حيث تعرض للتعذيب»، «بزيارة إلى دار التراث بمحافظة الرس، حيث كان في استقباله»: a clause
    opened by حيث right after a place (a comma between or not) is that place's."""
    if lo <= 0 or toks[lo].norm not in ("حيث", "وحيث"):
        return None
    end = lo - 2 if toks[lo - 1].text in ",،" else lo - 1
    return next((c for c in ok if c.tok_end == end), None)


def _fronted_place(toks: list[Token], ok: Sequence[Cand]) -> Cand | None:
    """«في ألمانيا، ضرب ...»، «في اليابان حيث أسقطت»: a place the sentence opens with, before a comma or
    حيث, is the place of the whole sentence."""
    for c in ok:
        if (
            c.tok > 0
            and toks[c.tok - 1].norm in ("في", "وفي")
            and all(x.kind != "ar" for x in toks[: c.tok - 1])  # «1- في ألمانيا،»
            and c.tok_end + 1 < len(toks)
        ):
            nxt = toks[c.tok_end + 1]
            if nxt.text in ",،" or nxt.norm == "حيث":
                return c
    return None


def _noun_relative(toks: list[Token], t: Trig, r: int) -> bool:
    """(places) A relative clause at most four words after a noun trigger, no punctuation between, is the
    trigger's own («القمة الأخيرة لدول بريكس التي أقيمت في أوفا»)."""
    end = max(t.b, t.tail or 0)
    return (
        t.kind == "noun" and 0 < r - end <= 5 and not any(toks[k].text in _PUNCT for k in range(end + 1, r))
    )


_AR_TO = F._n("إلى الى")


def _titled_subject(toks: list[Token], end: int, actor: Cand) -> bool:
    """The actor follows the trigger behind at most four words of title, no punctuation between: «زار وزير
    الخارجية عادل الجبير ...», «يزور رئيس الوزراء الياباني ...»."""
    between = range(end + 1, actor.tok)
    return 0 < len(between) <= 4 and all(toks[k].text not in F.PUNCT_BOUNDARY for k in between)


def _destination(toks: list[Token], t: Trig, c: Cand, actor: Cand | None) -> bool:
    """(round 49) The place a visit goes to, named without a place preposition: the trigger's object right after
    it («يزور إيران»، «زيارة البحرين») or after its subject («يزور الجبير موسكو»), or after إلى / ل
    («زيارة دبلوماسية إلى روسيا»، «زيارة سليماني لموسكو»)."""
    end = max(t.b, t.tail or 0)
    if c.tok <= end:
        return False
    # right after the trigger or after its subject: «يزور إيران»، «يزور الجبير موسكو»
    subj = actor is not None and actor is not c and actor.tok == end + 1
    if c.tok == end + 1 or (subj and c.tok == actor.tok_end + 1):
        return True
    if actor is not None and actor is not c and _titled_subject(toks, end, actor) and c.tok == actor.tok_end + 1:
        return True  # «يزور وزير الخارجية عادل الجبير القاهرة»: the subject behind its title
    # with ل or after إلى, one word (the visitor, an adjective) at most between: «زيارة سليماني لموسكو»،
    # «زيارة دبلوماسية إلى روسيا»; not «زيارة لها كرئيس للولايات المتحدة»، «قبل أن يتوجه إلى إثيوبيا»
    if normalize(toks[c.tok].prefix)[-1:] == "ل":
        return c.tok <= end + 2
    return toks[c.tok - 1].norm in _AR_TO and c.tok <= end + 3


# (round 51) places the NER leaves untagged, read in the knowledge base: a GPE that is a country, a capital or
# a province's seat, or a town of 200,000 people or more (geonames holds a town of most common words)
GAZETTEER = True
_KB_SEATS = frozenset({"PPLC", "PPLA", "PCLI"})
# the head nouns of names: «في وادي دوفس» is no town El Oued, «داخل العين» (the eye) no Al Ain
# and the nouns of places that name no one place («في المدينة» is mostly no Medina, «بدولة قطر»، «قطاع غزة»)
_AR_NAME_HEADS = (
    F._n("وادي الوادي جبل بحر نهر قصر بئر عين العين سوق باب المدينة دولة قطاع منطقة") | AR_PLACE_PREP
)


@lru_cache(maxsize=1)
def _ner_common() -> frozenset[str]:
    """The NER's common words (words never a name in its training corpus), normalized."""
    from khabar.entities.common_words import common_words

    return frozenset(normalize(w) for w in common_words())


@lru_cache(maxsize=4096)
def kb_place(name: str, any_town: bool = False) -> bool:
    """A name (normalized words) the knowledge base knows as a country, a capital, a province's seat, a
    curated place or a town of 200,000 people or more (``any_town``: a place of any size, for a dateline,
    where the name stands alone before the dash), under its own Arabic name (`_own_name`)."""
    from khabar.kb.base import open_kb

    try:
        kb = open_kb()
    except FileNotFoundError:
        return False
    return any(
        e.type == "GPE"
        and (any_town or e.kind in ("country", "curated") or e.fcode in _KB_SEATS or e.population >= 200_000)
        and _own_name(name, e.name_ar)
        for e in kb.lookup_name(name)
    )


def _own_name(name: str, name_ar: str | None) -> bool:
    """The name is the entry's Arabic name or words of it («عسير» of «منطقة عسير»), not an alternate spelling
    only («امان» of Amman: «بأمان» = safely)."""
    words = normalize((name_ar or "").replace("\u200e", "")).split()
    return " ".join(words) == name or name in words or (" " in name and name in " ".join(words))


def gazetteer_places(toks: list[Token], cands: Sequence[Cand]) -> list[Cand]:
    """(round 51) Places the NER left untagged (`place_cand` asks for them for triggers of harm only, ASSAULT /
    COERCE: the audits of every type read 12 of 18 and 7 of 15 right, the bodies and titles of cooperations,
    approvals, praise): a name (one word, or two with the article on the second) of a country, a capital, a
    province's seat or a large town of the knowledge base (`kb_place`) right after a place preposition or with the clitic ب («في تعز»، «بحفر الباطن»، «في سوسة»), no candidate over it, no
    common word of the NER («في ما»، «في طور»), at least three letters, and not the head of a construct («في
    قصر السلام»، «في طور القبض»: a word with no article before one with it, unless an adjective of relation
    follows, «في تعز اليمنية»). Candidates of type GPE with no entity."""
    common = _ner_common()
    taken = {k for c in cands for k in range(c.tok, c.tok_end + 1)}
    out: list[Cand] = []
    n = len(toks)
    k = 1
    while k < n:
        t = toks[k]
        p = toks[k - 1]
        # «بحفر»: a ب the tokenizer left on the word
        glued = not t.prefix and t.norm[:1] == "ب" and len(t.norm) >= 4
        if (
            k in taken
            or t.kind != "ar"
            or not (
                p.norm in AR_PLACE_PREP
                or p.norm[1:] in AR_PLACE_PREP
                or normalize(t.prefix)[-1:] == "ب"
                or glued
            )
        ):
            k += 1
            continue
        best = 0
        head = t.norm[1:] if glued else t.norm
        for m in (2, 1):  # «حفر الباطن»، «مكة المكرمة» before «حفر»
            ws = toks[k : k + m]
            if len(ws) < m or any(toks[i].kind != "ar" or i in taken for i in range(k, k + m)):
                continue
            if m == 2 and not ws[1].norm.startswith("ال"):  # «حفر الباطن»، «مكة المكرمة»; not «بيان أن»
                continue
            if m == 1 and glued:  # «باكراً» is no ب + Accra, «بليون» no ب + Lyon
                continue
            if len(head) < 3 or head in _AR_NAME_HEADS or (m == 1 and (head in common or t.norm in common)):
                continue
            if kb_place(" ".join([head] + [w.norm for w in ws[1:]])):
                best = m
                break
        if best:
            j = k + best - 1
            nxt = toks[j + 1] if j + 1 < n else None
            construct = (
                best == 1
                and not t.norm.startswith("ال")
                and nxt is not None
                and nxt.kind == "ar"
                and nxt.norm.startswith("ال")
                and not nxt.norm.endswith(("يه", "ي"))
            )
            if not construct:
                s, e = t.stem_start + glued, toks[j].end
                name = t.stem[glued:] + "".join(" " + w.text for w in toks[k + 1 : j + 1])
                out.append(Cand(s, e, None, name, "GPE", k, j))
                k = j + 1
                continue
        k += 1
    return out


ARRIVAL = True
# a preposition that puts what follows at another time or in a concession: «رغم الحصار»، «قبل الهجوم»
_AR_APART = F._n("رغم بالرغم برغم الرغم قبل بعد منذ حتى عقب إثر اثر")


def _bare(w: str) -> str:
    return w[1:] if w[:1] in "وف" and len(w) > 3 else w


def _arrival(w: str) -> bool:
    """A word of arriving or heading somewhere (normalized): وصل، وصلت، وصوله، الوصول، يصل، توجه، يتوجه ..."""

    def one(x: str) -> bool:
        return x.startswith(("وصل", "وصو", "توجه", "يتوجه", "تتوجه", "التوجه", "يصلون")) or x in (
            "الوصول",
            "يصل",
            "تصل",
        )

    return one(w) or (w[:1] in "وف" and len(w) > 4 and one(w[1:]))


def arrival_goals(toks: list[Token], t: Trig, ok: Sequence[Cand], cands: Sequence[Cand]) -> list[Cand]:
    """(round 51) The place the subject arrives at or heads to before the trigger, after إلى («وصلت إلى عدن
    مساعدات»، «وصلت (أمس) إلى مطار عدن تحمل مساعدات»، «فور وصوله إلى سوريا بأن عناصر ... قبضوا عليه»): what the
    clause tells next happens there. The word of arriving at most four tokens before إلى, the place right after
    it, both before the trigger."""
    out = []
    for c in cands:
        if c in ok or c.etype not in PLACE_TYPES or c.tok < 2 or c.tok_end >= t.a:
            continue
        if toks[c.tok - 1].norm not in _AR_TO:
            continue
        if any(_bare(toks[k].norm) in _AR_APART for k in range(c.tok_end + 1, t.a)):
            continue  # «والوصول إلى السعودية رغم الحصار»: the trigger in a phrase of another time or a concession
        ks = [k for k in range(max(0, c.tok - 5), c.tok - 1) if _arrival(toks[k].norm)]
        # «قبل أن يتوجه إلى الأردن»: not there yet
        if ks and not (ks[0] >= 2 and toks[ks[0] - 1].norm in ("ان", "أن") and toks[ks[0] - 2].norm == "قبل"):
            out.append(c)
    return out


OBJECTS = True
_AR_ON_TO = F._n("على")


def _common_name(w: str) -> bool:
    """A one-word name that is a common word of the NER, with its article or without («الصور»)."""
    common = _ner_common()
    w = _bare(w) if w[:1] == "و" else w
    return w in common or (w.startswith("ال") and w[2:] in common)


def harm_objects(toks: list[Token], t: Trig, cands: Sequence[Cand], actor: Cand | None) -> list[Cand]:
    """(round 52) The place a harm is done to, which the place gold takes as the event's place (dev6: «a
    liberated / invaded / cleansed country is the place»; dev8: «the town hit is»): a candidate of a place type
    after على (at most four words after the trigger: adjectives, the agent; no other candidate) or with the
    clitic ل (at most two words after it), no punctuation between («هجوما عسكريا أو الكترونيا على طهران»، «الغزو الأميركي للعراق»،
    «الحرب التي شنتها إسرائيل على القطاع»), or right after the trigger, the genitive of a noun («تحرير
    اليمن») or the object of a verb in a relative clause («الهجمات التي استهدفت تركيا»: a verb's next word is
    mostly its subject elsewhere). Not the actor («هجوم إسرائيل»), nor a name of one word that is a common word
    of the NER («تحرير الصور»: photo editing, not Tyre)."""
    end = max(t.b, t.tail or 0)
    out = []
    for c in cands:
        if c is actor or c.etype not in PLACE_TYPES or not end < c.tok <= end + 5:
            continue
        if any(toks[k].text in _PUNCT or toks[k].text in F.QUOTE_MARKS for k in range(end + 1, c.tok + 1)):
            continue
        if any(o is not actor and o is not c and end < o.tok < c.tok for o in cands):
            continue
        tok = toks[c.tok]
        if c.tok == c.tok_end and _common_name(tok.norm):
            continue  # «تحرير الصور» (photo editing), not Tyre
        # ل at most two words on («الغزو الأميركي للعراق»); not «شنوا هجمات عبر الحدود اليمنية فإن للمملكة حق»
        on = toks[c.tok - 1].norm in _AR_ON_TO or (normalize(tok.prefix)[-1:] == "ل" and c.tok <= end + 3)
        relative = t.kind != "noun" and end > 0 and _bare(toks[end - 1].norm) in _AR_REL
        genitive = (t.kind == "noun" or relative) and c.tok == end + 1 and not tok.prefix
        if on or genitive:
            out.append(c)
    return out


NESTED: str | bool = "gaz"
# a preposition of the complement of a verb of saying, judging or asking: «تحدث عن الهجوم»، «حول»
_AR_ABOUT = F._n("عن حول بشأن بشان")
# the types of harm, whose ب is the cause or the means («أصيب بانفجار في بغداد»), no complement
_HARM = frozenset({"ASSAULT", "COERCE"})


def _nested(toks: list[Token], t: Trig, c: Cand, others: Sequence[Trig]) -> bool:
    """(round 51) A place after the trigger with another event between that is the trigger's complement: an
    event noun with the clitic ل («إدانته للتفجير الذي استهدف ... بمنطقة عسير»), or ب unless the trigger is
    one of harm, or after عن / حول / بشأن («ندد بالتفجير الإرهابي في مسجد ... بمنطقة عسير»). Not an event
    the trigger happened in («قتل في هجوم في بغداد»، «خلال الهجوم»)."""
    end = max(t.b, t.tail or 0)
    if c.tok <= end:
        return False
    for o in others:
        if o is t or not end < o.a < c.tok:
            continue
        w = toks[o.a]
        pre = normalize(w.prefix)
        pre = pre[1:] if pre[:1] in "وف" else pre
        if pre.endswith("ل") or w.norm.startswith("لل") or toks[o.a - 1].norm in _AR_ABOUT:
            return True
        if pre.endswith("ب") and t.type not in _HARM:
            return True
    return False


_AR_DISTANCE = F._n("كم كلم كيلومتر كيلومترا كيلومترات ميل ميلا أميال اميال")
_AR_BEARINGS = F._n("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي")


def _in_name_or_bearing(toks: list[Token], c: Cand, actor: Cand | None) -> bool:
    """(round 51) A place of `gazetteer_places` that is no event's place: a reference point after a distance
    and a bearing («120كم شمال غرب الموصل»، «375 كلم جنوب بغداد»), or part of the actor's name, the
    definite words of the name running on to it («استنكر فرع وزارة الشؤون الإسلامية والأوقاف والإرشاد
    بعسير»)."""
    k = c.tok - 1
    while k >= 0 and toks[k].norm in _AR_BEARINGS and k >= c.tok - 2:
        k -= 1
    if 0 <= k < c.tok - 1 and toks[k].norm in _AR_DISTANCE:
        return True
    if actor is None or actor.tok_end >= c.tok:
        return False
    between = toks[actor.tok_end + 1 : c.tok]
    return len(between) <= 3 and all(_bare(x.norm).startswith("ال") for x in between)


def _about(toks: list[Token], t: Trig, c: Cand) -> bool:
    """(round 51) A place after the trigger and a topic preposition (عن، حول، بشأن) between them: the place of
    what the telling or the denial is about («نفت مسؤوليتها عن العطل ... بمطار الملك خالد بالرياض»)."""
    end = max(t.b, t.tail or 0)
    return any(toks[k].norm in _AR_ABOUT for k in range(end + 1, c.tok))


def _guarded_place(toks: list[Token], c: Cand, t: Trig, others: Sequence[Trig]) -> bool:
    """The candidate is a place the guards of rounds 53-55 drop (each switchable by name in ``DISABLED``)."""
    return (
        # (round 53) «رئيس المحكمة العامة بالمدينة المنورة»: the title holder's office
        ("titles" not in DISABLED and _titles_place(toks, c, t))
        # (round 54) «نفت المديرية العامة للشؤون الصحية بمنطقة حائل»: a body's name
        or ("bodies" not in DISABLED and _body_place(toks, c, t))
        # (round 54) «بحث الأوضاع في لبنان»: the topic's place (talks, accords, stances)
        or ("topics" not in DISABLED and _topic_place(toks, c, t))
        # (round 55) «الناطق الإعلامي بشرطة منطقة مكة»: a spokesman's office
        or ("offices" not in DISABLED and _office_place(toks, c, t))
        # (round 55) «إدانته للعمل الإرهابي ... بمدينة أبها»: the condemned act's place
        or ("condemned" not in DISABLED and _condemned_place(toks, c, t, others))
    )


def _governing_clause(toks: list[Token], t: Trig, lang: str) -> tuple[int, int] | None:
    """The token range of the clause that governs the trigger's أن / that-clause (`matrix_before_that`), None when
    there is none or the «أن» is part of a conjunction («كما أن»، «إلا أن»، «بعد أن»)."""
    m = matrix_before_that(toks, t, lang)
    if m is not None and m[1] > 0 and _bare(toks[m[1] - 1].norm) in _AR_THAT_CONJ:
        return None
    return m


def place_cand(
    toks: list[Token],
    cands: Sequence[Cand],
    lang: str,
    actor: Cand | None,
    target: Cand | None,
    add_entities: bool,
    t: Trig,
    others: Sequence[Trig] = (),
) -> Cand | None:
    """The event's place among the sentence's candidates: one of a place type (not the actor or the target)
    after a place preposition; a candidate with no entity only when entities may be added. In English the first
    such candidate of the sentence; in Arabic (round 47) only one of the
    trigger's own clause (`trigger_clause`) outside the relative clauses of other nouns (`other_relatives`,
    less a noun trigger's own a few words on, `_noun_relative`): the first after the trigger, else the nearest
    before it; none there, the place a حيث clause follows (`_where_place`) or the sentence opens with
    (`_fronted_place`). A visit's destination counts as a place with no place preposition (round 49,
    `_destination`)."""
    extra: list[Cand] = []
    if lang == "ar" and "not_town" not in DISABLED:  # (round 53) «إصابة الرباط الصليبي»: no Rabat
        cands = [c for c in cands if not (c.etype in PLACE_TYPES and _not_a_town(toks, c))]
    if lang == "ar" and "glued_kb" not in DISABLED:  # (round 53) «بنوداً» is no ب + «نوداً»
        cands = [c for c in cands if not (c.etype in PLACE_TYPES and _unknown_split(toks, c))]
    if lang == "ar" and GAZETTEER and add_entities and t.type in _HARM:  # (round 51) «قصف ... في تعز»
        extra = [c for c in gazetteer_places(toks, cands) if not _in_name_or_bearing(toks, c, actor)]
        if extra:  # in the order of the sentence: the first after the trigger, the nearest before it
            cands = sorted([*cands, *extra], key=lambda c: c.tok)
    ok = [
        c
        for c in cands
        if c.etype in PLACE_TYPES
        and c is not actor
        and c is not target
        and (c.ent is not None or add_entities)
        and _after_place_prep(toks, c, lang)
    ]
    if lang != "ar":
        if "en_clause" not in DISABLED:  # (round 51en) not a place of another clause («..., but has supported»)
            lo, hi = en_place_clause(toks, t)
            ok = [c for c in ok if lo <= c.tok < hi]
        return ok[0] if ok else None
    if t.mode == "visit":  # (round 49) «زار الوزير إيران»، «بزيارة إلى روسيا»، «لزيارة مصر»
        dest = [
            c
            for c in cands
            if c.etype in PLACE_TYPES
            and (c.ent is not None or add_entities)
            and c not in ok
            and _destination(toks, t, c, actor)
        ]
        ok = sorted(ok + dest, key=lambda c: c.tok)
    arrived: list[Cand] = []
    if ARRIVAL:  # (round 51) «وصلت إلى عدن مساعدات»
        arr = [c for c in arrival_goals(toks, t, ok, cands) if c is not actor and c is not target]
        arrived = [c for c in arr if c.ent is not None or add_entities]
        ok = sorted(list(ok) + arrived, key=lambda c: c.tok)
    if OBJECTS and t.type in _HARM:  # (round 52) «هجوما على طهران»، «الغزو الأميركي للعراق»: the place harmed
        objs = [c for c in harm_objects(toks, t, cands, actor) if c not in ok]
        objs = [c for c in objs if c.ent is not None or add_entities]
        ok = sorted(list(ok) + objs, key=lambda c: c.tok)
    ok = [c for c in ok if not _guarded_place(toks, c, t, others)]
    lo, hi = trigger_clause(toks, t, lang, frozenset(c.tok for c in ok))
    away = [r for r in other_relatives(toks, t, lang) if not _noun_relative(toks, t, r[0])]
    mine = [c for c in ok if lo <= c.tok < hi and not _inside(away, c.tok)]
    if "matrix" not in DISABLED:  # (round 53) «أعلن الحلف في بروكسل اليوم أن مجلسه سيجتمع»: the reporting clause's place
        m = _governing_clause(toks, t, lang)
        if m is not None:  # not the place arrived at («فور وصوله إلى سوريا بأن عناصر ... قبضوا عليه»)
            mine = [c for c in mine if not m[0] <= c.tok < m[1] or any(c is x for x in arrived)]
    if NESTED:  # (round 51) «ندد بالتفجير في مسجد ... بمنطقة عسير»: the condemned bombing's place
        gaz = {id(c) for c in extra}
        mine = [
            c
            for c in mine
            if (NESTED == "gaz" and id(c) not in gaz)
            or not (_nested(toks, t, c, others) or (id(c) in gaz and _about(toks, t, c)))
        ]
    after = [c for c in mine if c.tok > t.a]
    if after:
        return after[0]
    if mine:
        return mine[-1]
    found = _where_place(toks, ok, lo) or _fronted_place(toks, ok)
    if found is None and add_entities and "facilities" not in DISABLED:  # (round 64) «التفجير بمسجد قوات الطوارئ»
        found = facility_place(toks, t, cands, actor, target, others)
    # (round 65) «في ضاحية سانت لويس»، «بمحافظة أبين»: after a facility with a name of its own or the article, not
    # before («تفجير مسجد الطوارئ بمنطقة عسير»), instead of a bare indefinite one, which the place gold does not
    # count («باستهداف مسجد في قرية الدالوة»)
    bare = found is not None and found.ent is None and found.etype == "FAC" and " " not in found.name
    if (found is None or (bare and not normalize(found.name).startswith("ال"))) and "place_nouns" not in DISABLED:
        found = place_noun_place(toks, t, cands, actor, target, others, add_entities) or found
    if found is None and "hosts" not in DISABLED:  # (round 66) «شهدت دولة التشيك مظاهرات»، «تعرضت مدينة نجران لسقوط»
        found = hosted_place(toks, t, cands, others, add_entities)
    return found


def _dates_event(tm: Time) -> bool:
    """A time expression that can date an event: a resolved DATE / TIME, not a duration, a recurring time
    (بعد أربعة أيام, every week) or a bare clock time (T08:00)."""
    return bool(tm.value) and tm.type in ("DATE", "TIME") and tm.value[0].isdigit()


_ON = normalize("على")


def trailing_reports(toks: list[Token], t: Trig, lang: str) -> list[tuple[int, int]]:
    """(round 48) The report clauses [a, b) after the trigger's clause: from a comma after the trigger that a
    source phrase («، وفق ما أعلنته ... اليوم»، «، وذلك بحسب الوزارة ليل الاثنين») or a circumstantial
    participle of speech («، مشيرا إلى أن ... منذ يناير 2013») follows, to the next strong stop. A time there
    dates the telling (or the told), not the trigger's event."""
    if lang != "ar":
        return []
    n = len(toks)
    for k in range(max(t.b, t.tail or 0) + 1, n - 1):
        if toks[k].text in _STRONG:
            return []
        if toks[k].text not in ",،":
            continue
        j = k + 1
        if toks[j].norm == "وذلك" and j + 1 < n:
            j += 1
        w = toks[j].norm
        # «، على حسب الوزارة», not «، على أن تبدأ»، «، على النحو التالي»
        as_per = w in _AR_AS_WHAT and (w != _ON or (j + 1 < n and toks[j + 1].norm == "حسب"))
        if as_per or w in _AR_SPEECH_PARTICIPLE:
            e = j + 1
            while e < n and toks[e].text not in _STRONG:
                e += 1
            return [(k + 1, e)]
    return []


# ---------------------------------------------------------------- English (round 48en)

# a verb whose clause reports (or charges) the trigger's event: its own time dates the telling
_EN_SAY = frozenset(
    "said says say told tells announced announces reported reports stated states added adds confirmed confirms "
    "declared declares accused accuses alleged alleges claimed claims".split()
)
# words of a time right after the reporting verb («said Tuesday», «said on Tuesday night»)
_EN_SAID_WHEN = frozenset(
    "on late early last this today yesterday tonight monday tuesday wednesday thursday friday saturday sunday "
    "morning afternoon evening night".split()
)
# the speech verbs of a reporting clause after the trigger's («..., police said Tuesday.»), no adjective
# («his alleged role»)
_EN_SAID_AFTER = frozenset("said says told added stated reported announced confirmed".split())
_EN_STOP = frozenset(".;:!?")
# a preposition of the telling's own adjunct right after its time («said Tuesday at a news conference»)
_EN_ADJUNCT_PREPS = frozenset("at in during on from by after before through".split())
# a participial adverbial clause after the trigger: «after being accused», «before seeking»
_EN_ING_OPENERS = frozenset("after before".split())


def _low(tok: Token) -> str:
    return tok.text.lower()


def en_report_clauses(toks: list[Token], t: Trig) -> list[tuple[int, int]]:
    """(round 48en) The English reporting clauses [a, b) around the trigger: before it, the nearest reporting
    verb («said», «accused») with no strong stop between, from its clause's start (the last punctuation) to
    the complementizer «that» before the trigger, or else to the verb and the time words right after it
    («police said Tuesday that ...», «Esper on Wednesday accused China of using coercion»); after it, the
    segment from the first comma after the trigger to the next strong stop when it holds a reporting verb and
    no «that» («..., police said Tuesday.»). A time there dates the telling, not the told event."""
    n = len(toks)
    out: list[tuple[int, int]] = []
    for v in range(t.a - 1, -1, -1):
        if toks[v].text in _EN_STOP:
            break
        if _low(toks[v]) not in _EN_SAY:
            continue
        s = v
        while s > 0 and toks[s - 1].text not in _PUNCT:
            s -= 1
        e = next((k for k in range(v + 1, t.a) if _low(toks[k]) == "that"), None)
        if e is None:
            e = v + 1
            while e < t.a and (_low(toks[e]) in _EN_SAID_WHEN or toks[e].kind == "num"):
                e += 1
            # «said Tuesday at the Code Media conference»: the trigger is the telling's own adjunct
            if _low(toks[e]) in _EN_ADJUNCT_PREPS and not any(toks[k].text in _PUNCT for k in range(e, t.a)):
                break
        out.append((s, e))
        break
    end = max(t.b, t.tail or 0)
    k = next((k for k in range(end + 1, n) if toks[k].text in _EN_STOP or toks[k].text == ","), None)
    if k is not None and toks[k].text == ",":
        e = k + 1
        while e < n and toks[e].text not in _EN_STOP:
            e += 1
        words = [_low(x) for x in toks[k + 1 : e]]
        if any(w in _EN_SAID_AFTER for w in words) and "that" not in words:
            out.append((k + 1, e))
    return out


def en_participial_clauses(toks: list[Token], t: Trig) -> list[tuple[int, int]]:
    """(round 48en) A participial clause after the trigger, opened by «after» / «before» and a lower-case word
    in -ing («arrested ... after being accused of driving a stolen car early Saturday»; not «after Beijing
    attempted»), to the next punctuation: a time there is that clause's event's, not the trigger's."""
    n = len(toks)
    for a in range(max(t.b, t.tail or 0) + 1, n - 1):
        if toks[a].text in _EN_STOP:
            break
        nxt = toks[a + 1].text
        if _low(toks[a]) in _EN_ING_OPENERS and nxt.islower() and len(nxt) > 4 and nxt.endswith("ing"):
            e = a + 1
            while e < n and toks[e].text not in _PUNCT:
                e += 1
            return [(a, e)]
    return []


# (round 51en) the conjunctions that open another clause than the trigger's, and the auxiliaries after which
# «and» joins a second predicate («... and was not even in Canada»)
_EN_CLAUSE_CONJ = frozenset("but because while whereas although though unless".split())
_EN_AND_VERB = frozenset(
    "was were is are has have had will would could can may might should must did does do no".split()
)


def _en_sentence_end(toks: list[Token], k: int) -> bool:
    """A full stop that ends a sentence the splitter left whole («on Wednesday.The stabbing»): a capital or a
    quote follows and no abbreviation precedes (not «Oct. 11», «8 p.m. at», «Gov. Newsom»)."""
    if k == 0 or k + 1 >= len(toks):
        return False
    prev, nxt = toks[k - 1].text, toks[k + 1].text
    if not (nxt[:1].isupper() or nxt[:1] in F.QUOTE_MARKS or nxt[:1] in "‘'"):
        return False
    return (prev.isalpha() and prev.islower() and len(prev) > 1) or len(prev) > 4 or prev.isdigit()


def _en_boundary(toks: list[Token], k: int) -> bool:
    """Token ``k`` opens another clause: a sentence end, a semicolon, a colon, a clause conjunction not
    followed by a participle in -ing («while walking» stays), or «and» after a comma or before an auxiliary or
    «no» («, and no charges were filed», «and was not even in Canada»)."""
    w = _low(toks[k])
    if toks[k].text == ".":
        return _en_sentence_end(toks, k)
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    if toks[k].text in _EN_STOP:
        return True
    if w in _EN_CLAUSE_CONJ:
        return not (nxt.islower() and nxt.endswith("ing"))
    if w != "and" or not nxt:
        return False
    return (k > 0 and toks[k - 1].text == ",") or nxt in _EN_AND_VERB


def en_place_clause(toks: list[Token], t: Trig) -> tuple[int, int]:
    """(round 51en) The token span [lo, hi) of the English trigger's clause for its place: from the last clause
    boundary (`_en_boundary`) before the trigger to the first one after it. A place outside belongs to the
    clause of another verb («The wreck in Charles City wasn't significant ..., and no charges were filed»;
    «not engaged in the bombing campaign in Yemen, but has supported»)."""
    lo = 0
    for k in range(t.a - 1, -1, -1):
        if _en_boundary(toks, k):
            lo = k + 1
            break
    hi = len(toks)
    for k in range(max(t.b, t.tail or 0) + 1, len(toks)):
        if _en_boundary(toks, k):
            hi = k
            break
    return lo, hi


def away_spans(toks: list[Token], t: Trig, lang: str) -> list[tuple[int, int]]:
    """Token spans [a, b) of the sentence whose time expressions date another event than the trigger's: the
    clause governing the trigger's complement (`matrix_before_that`), the relative clauses of other nouns
    (`other_relatives`) and (round 48) a report clause after the trigger's (`trailing_reports`); in English
    (round 48en) the reporting clauses (`en_report_clauses`), a participial clause after the trigger
    (`en_participial_clauses`)."""
    if lang == "en":
        return en_report_clauses(toks, t) + en_participial_clauses(toks, t)
    m = matrix_before_that(toks, t, lang)
    return ([m] if m is not None else []) + other_relatives(toks, t, lang) + trailing_reports(toks, t, lang)


def sentence_time(
    times: Sequence[Time], ss: int, se: int, toks: list[Token], t: Trig, lang: str
) -> Time | None:
    """The first time expression of the sentence [ss, se) that can date an event and lies outside the spans
    of another event's clause (`away_spans` of the trigger)."""
    away = away_spans(toks, t, lang)
    # (round 69) «أفادت مصادر السبت بسقوط»: the telling's own time, and a time that goes on from it
    telling = telling_time_spans(toks, t, lang) if "telling_times" not in DISABLED else []
    # (round 71) «أخلت المحكمة أمس سبيل متهمي تفجير المسجد»: a time before a presupposed event's head is the clause's
    head = presupposed_before(toks, t, lang) if "presupposed_times" not in DISABLED else None
    # (round 71) «جراء الاعتداء الذي وقع أمس الأول» after «نقل ... أمس»: the trigger's own relative clause dates it first
    own = own_relative_reach(toks, t, lang) if "own_relative_times" not in DISABLED else None
    # the sentence's times that can date an event, outside another event's clause, in order
    cands = [
        tm
        for tm in times
        if tm.start >= ss
        and tm.end <= se
        and _dates_event(tm)
        and not (away and _inside(away, _tok_at(toks, tm.start)))
    ]
    if own is not None:
        hit = next((tm for tm in cands if own[0] <= _tok_at(toks, tm.start) < own[1]), None)
        if hit is not None:
            return hit
    last = None
    for tm in cands:
        if head is not None and _tok_at(toks, tm.end - 1) < head:
            continue
        if telling and telling_time_goes_on(toks, telling, last, _tok_at(toks, tm.start), t):
            last = _tok_at(toks, tm.end - 1)
            continue
        return tm
    return None


def sentence_date(
    times: Sequence[Time], ss: int, se: int, toks: list[Token], t: Trig, lang: str
) -> str | None:
    """The value of `sentence_time`."""
    tm = sentence_time(times, ss, se, toks, t, lang)
    return tm.value if tm is not None else None


def event_place(place: str | None, dateline: str | None) -> tuple[str | None, str | None]:
    """The sentence's place, else the dateline's, with its source."""
    if place:
        return place, "sentence"
    if place is None and dateline is not None:
        return dateline, "dateline"
    return place, None


def event_date(
    sentence: str | None, dateline: str | None, published: Date | None
) -> tuple[str | None, str | None]:
    """The sentence's date, else the dateline's, else the publication date, with its source."""
    if sentence is not None:
        return sentence, "sentence"
    if dateline:
        return dateline, "dateline"
    if published:
        return published.isoformat(), "published"
    return None, None


# ---------------------------------------------------------------- facilities (round 64)

# the head nouns of a facility, whose phrase the NER leaves untagged or tags as no place («مسجد الإمام الصادق»
# MISC, «قوات الطوارئ» ORG in «بمسجد قوات الطوارئ»): the place gold counts the facility («a mosque, an airport,
# a museum, a street, a court»). Not «جامعة» (the Arab League), «قاعدة» (al-Qaeda) nor «سجن» («حكم بالسجن المؤبد»
# is a sentence: firing audit)
_AR_FACILITIES = F._n(
    "مسجد جامع مطار متحف مقر معسكر ميناء شارع ميدان مستشفى فندق ملعب مخيم برج برجي كنيسه محكمه"
)
_AR_HOSPITAL = normalize("مستشفى")
# definite words of time after a definite facility («في المسجد الخميس الماضي»)
_AR_WHEN_WORDS = F._n(
    "اليوم الليله الصباح المساء السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه الماضي الماضيه الحالي المقبل"
    " الاسبوع الشهر العام"  # (round 67) «في السجن المركزي الأسبوع الماضي»
)
# the words that end a facility's name: prepositions, relative pronouns, «مقابل»
_AR_NAME_STOPS = F._n("في من على إلى الى عن مع مقابل قرب بين حيث عند لدى منذ بعد قبل خلال أو او دون") | _AR_REL
# the place prepositions a facility follows («في مسجد»، «داخل المسجد»، «أمام محكمة»)
_AR_AT_FACILITY = F._n("في وفي داخل أمام امام قرب")


def _forms_with_b(tok: Token) -> tuple[tuple[str, bool], ...]:
    """The bare word of an Arabic token with whether ب is on it: as written (ب split off by the tokenizer, or
    none), and without a ب the tokenizer left glued on («بمسجد»، «بمحافظة»)."""
    w = _bare(tok.norm)
    with_b = normalize(tok.prefix)[-1:] == "ب"
    if not tok.prefix and w[:1] == "ب" and len(w) > 3:
        return (w, with_b), (w[1:], True)
    return ((w, with_b),)


def _facility_head(tok: Token) -> tuple[bool, bool] | None:
    """(is definite, has the clitic ب) when the token is a facility head noun (`_AR_FACILITIES`), with و / ف,
    the article, ب or ل («بمسجد»، «للمسجد»، «والمسجد»); None otherwise."""
    if tok.kind != "ar":
        return None
    for x, b in _forms_with_b(tok):
        if x in _AR_FACILITIES:
            return False, b
        if x.startswith("ال") and x[2:] in _AR_FACILITIES:
            return True, b
    return None


def _facility_end(toks: list[Token], k: int, definite: bool, cands: Sequence[Cand]) -> tuple[int, int]:
    """The last token of the facility's name from its head at k and its end offset: through a candidate that
    starts at the head or right after it («تفجير مسجد الإمام الصادق»، «بمسجد قوات الطوارئ»); else a definite
    head with up to two definite adjectives («المسجد الأقصى»), an indefinite one with up to two words («مطار
    الثعلة»، «ميدان طلعت حرب»; «مستشفى عسير المركزي المصابين» no further), to the first punctuation, clitic,
    preposition, «أو» or relative pronoun."""
    for c in cands:
        if c.tok in (k, k + 1) and c.tok_end >= k:
            return c.tok_end, c.end
    j = k
    while j + 1 < len(toks) and j - k < 2:
        x = toks[j + 1]
        w = x.norm
        if x.kind != "ar" or x.prefix or w in _AR_NAME_STOPS or w in AR_PLACE_PREP or w[1:] in AR_PLACE_PREP:
            break
        if definite and (not w.startswith("ال") or w in _AR_WHEN_WORDS):
            break  # «في المسجد الخميس الماضي»: a day is no adjective of the mosque
        j += 1
    return j, toks[j].end


def facility_place(
    toks: list[Token],
    t: Trig,
    cands: Sequence[Cand],
    actor: Cand | None,
    target: Cand | None,
    others: Sequence[Trig] = (),
) -> Cand | None:
    """(round 64) The facility the event happened at, when no candidate of a place type is the place: a phrase
    headed by a facility noun (`_AR_FACILITIES`) after a place preposition or with the clitic ب («التفجير بمسجد
    قوات الطوارئ»، «داخل المسجد»، «أمام محكمة الغرف»، «بمقر الأمانة العامة»), or for a harm the genitive of a
    noun trigger or the object after على / ل («تفجير مسجد الإمام الصادق»، «الهجوم الإرهابي على متحف باردو»،
    «اقتحامها للمسجد الأقصى»): in the trigger's clause, outside other nouns' relative clauses and the clause that
    governs the trigger's complement, and not what the guards of `place_cand` drop (a title's, a body's, an
    office's, a topic's, a condemned event's place). The first after the trigger, else the nearest before it.
    A candidate of type FAC with no entity (`place_cand` asks only when entities may be added)."""
    end = max(t.b, t.tail or 0)
    lo, hi = trigger_clause(toks, t, "ar")
    away = [r for r in other_relatives(toks, t, "ar") if not _noun_relative(toks, t, r[0])]
    m = _governing_clause(toks, t, "ar")
    roles = [c for c in (actor, target) if c is not None]
    found: list[Cand] = []
    for k in range(lo, hi):
        if t.a <= k <= end or _inside(away, k) or (m is not None and m[0] <= k < m[1]):
            continue
        head = _facility_head(toks[k]) or (None if "more_facilities" in DISABLED else _more_facility_head(toks, k))
        if head is None or any(c.tok <= k <= c.tok_end and c.tok < k for c in roles):
            continue
        definite, with_b = head
        if t.type in _HARM and _bare(toks[k].norm).endswith(_AR_HOSPITAL):
            continue  # «زار مصابي التفجير بمستشفى عسير»: the wounded are treated there, not harmed
        prev = toks[k - 1].norm if k > 0 else ""
        at = with_b or prev in _AR_AT_FACILITY
        harmed = t.type in _HARM and k > end and (
            (t.kind == "noun" and k == end + 1 and not toks[k].prefix and not with_b)
            or (prev in _AR_ON_TO and k <= end + 5)
            or (normalize(toks[k].prefix)[-1:] == "ل" and k <= end + 2)
        )
        if not (at or harmed or ("facility_goals" not in DISABLED and _facility_reached(toks, t, k, end, head))):
            continue
        if k > end and any(toks[x].text in _PUNCT or toks[x].text in F.QUOTE_MARKS for x in range(end + 1, k)):
            continue
        # «تحريك الدعوى ... وإحالتها للمدعي العام للتمثيل أمام المحكمة»: a purpose or a complement in ل between
        # (firing audit): the facility is that phrase's
        if k > end + 1 and any(_purpose(toks[x]) for x in range(end + 1, k)):
            continue
        j, e = _facility_end(toks, k, definite, cands)
        tok = toks[k]
        skip = 1 if (with_b and not tok.prefix) else 0  # «بمسجد»: the ب the tokenizer left on the word
        first = tok.stem[skip:]
        if definite and not first.startswith("ال") and first[:1] == "ل":
            first = "ا" + first  # «للمسجد»: the stem «لمسجد» is the article's ل
        words = [first] + [x.text[: max(0, e - x.start)] for x in toks[k + 1 : j + 1]]
        c = Cand(tok.stem_start + skip, e, None, " ".join(w for w in words if w), "FAC", k, j)
        if _guarded_place(toks, c, t, others) or _nested(toks, t, c, others) or _about(toks, t, c):
            continue
        found.append(c)
    after = [c for c in found if c.tok > t.a]
    if after:
        return after[0]
    return found[-1] if found else None


# (round 67) facility heads the round 64 list leaves out for their other senses: a school, a checkpoint, a detention
# centre, a prison (not «بالسجن»: a sentence), a military base (not «القاعدة»: al-Qaeda). Not an embassy or a
# consulate: mostly an official's office («مسؤول بالسفارة الهندية»، «الملحق الثقافي في سفارة ...»: firing audit)
_AR_MORE_FACILITIES = F._n("مدرسة حاجز معتقل سجن")
_AR_PRISON = normalize("سجن")
_AR_BASE = normalize("قاعدة")
_AR_MILITARY_ADJ = F._n("عسكرية العسكرية جوية الجوية بحرية البحرية")
# the words of having arrived (not of heading somewhere: «توجه إلى المطار» is not there yet; not «تصل / يصل»,
# mostly an amount: «عقوبات قد تصل إلى السجن», firing audit)
_AR_ARRIVED = ("وصل", "وصو", "الوصول")


def _more_facility_head(toks: list[Token], k: int) -> tuple[bool, bool] | None:
    """(round 67) (is definite, has the clitic ب) for a facility head of `_AR_MORE_FACILITIES` or a military
    base: «في السجن المركزي»، «عند مدخل مدرسة الأمل»، «قاعدة العند»، «القاعدة الجوية». A base only definite with a
    military adjective or indefinite with a definite name after it («قاعدة العند», not «قاعدة عسكرية»); a prison never with ب («حكم بالسجن»); an
    indefinite head only before a definite word or a candidate (its name: «سجن أبو غريب»), since the place gold
    does not count a bare «مدرسة»."""
    tok = toks[k]
    if tok.kind != "ar":
        return None
    nxt = toks[k + 1].norm if k + 1 < len(toks) and toks[k + 1].kind == "ar" and not toks[k + 1].prefix else ""
    for x, b in _forms_with_b(tok):
        definite = x.startswith("ال")
        w = x[2:] if definite else x
        if w == _AR_BASE:
            if (definite and nxt in _AR_MILITARY_ADJ) or (
                not definite and nxt.startswith("ال") and nxt not in _AR_NAME_STOPS | _AR_MILITARY_ADJ
            ):
                return definite, b
            continue
        if w not in _AR_MORE_FACILITIES or (b and w == _AR_PRISON):
            continue
        if definite or (nxt and nxt not in _AR_NAME_STOPS and nxt not in AR_PLACE_PREP):
            return definite, b
    return None


def _facility_reached(toks: list[Token], t: Trig, k: int, end: int, head: tuple[bool, bool]) -> bool:
    """(round 67) The facility at k is where the event happens though no place preposition precedes it: the object
    of a harm verb a few bare words on («قصفت طائرات التحالف أيضا معسكر الحمزة»، «استهدف انتحاري مسجد الإمام»), the
    goal of a visit right after it («زار الأمير مخيم الزعتري»، «زيارته لمستشفى الملك فهد»), or the goal right after
    a word of having arrived in the trigger's clause («في استقباله لدى وصوله المطار»). The facility definite or
    bare of ب (a name of its own follows an indefinite head: `_facility_end`)."""
    tok = toks[k]
    definite, with_b = head
    if with_b:
        return False
    pre = normalize(tok.prefix)
    bare_between = all(
        toks[x].kind == "ar" and not toks[x].prefix and toks[x].norm not in _AR_NAME_STOPS
        and toks[x].norm not in AR_PLACE_PREP and _bare(toks[x].norm) not in _AR_REL
        for x in range(end + 1, k)
    )  # fmt: skip
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    named = definite or (
        nxt is not None and nxt.kind == "ar" and not nxt.prefix and nxt.norm not in _AR_NAME_STOPS
        and nxt.norm not in AR_PLACE_PREP
    )  # fmt: skip
    if not named:
        return False  # «استهدف مسجدا»: the place gold does not count a facility with no name
    # not a court: «حكمت المحكمة»، «أمرت المحكمة بحبسه» is the body that acts, its subject
    court = _bare(tok.norm).endswith(normalize("محكمة"))
    if t.type in _HARM and t.kind == "verb" and end < k <= end + 4 and not pre and bare_between and not court:
        return True
    if t.mode == "visit" and k > end and (k == end + 1 or (k == end + 2 and not toks[end + 1].prefix)):
        return not pre or pre[-1:] == "ل"
    j = k - 2 if k >= 2 and toks[k - 1].norm in _AR_TO else k - 1
    prev = toks[j].norm if j >= 0 else ""
    return not pre and (prev.startswith(_AR_ARRIVED) or (prev[:1] in "وف" and prev[1:].startswith(_AR_ARRIVED)))


# ---------------------------------------------------------------- place nouns (round 65)

# the nouns that name a kind of place before its name («في ضاحية سانت لويس»، «بمحافظة أبين»، «في حي جوبر»),
# single or dual («بمحافظتي الحرث والطوال»): the name after them is the place even where the NER leaves it
# untagged or tags it as no place. Indefinite only: «في المنطقة» names no one place
_AR_PLACE_NOUNS = F._n(
    "ضاحية حي قرية بلدة مدينة محافظة منطقة مقاطعة ولاية ناحية إقليم اقليم "
    "ضاحيتي قريتي بلدتي مدينتي محافظتي منطقتي ولايتي"
)
# (not «مديرية» nor «بلدية», mostly a body here: «بمديرية الدفاع المدني بجازان»; nor «قضاء», mostly fulfilling:
# «بقضاء حوائجهم», firing audit)

# the definite words after «منطقة» that name a zone of the body or a currency, no town («في منطقة الرأس والوجه»،
# «اليونان بمنطقة اليورو»: firing audit)
_AR_ZONE_NOT_TOWN = F._n("الرأس الراس الصدر البطن الظهر الوجه الرقبة العنق الحوض اليورو")
# the first words of a name in construct, never a name alone: «بقرية أم راكة»، «قرية بني مالك»
_AR_NAME_FIRST = F._n("أم ام أبو ابو بني بن آل دير تل كفر عين بئر رأس راس سيدي")
# the farthest a place noun after the trigger is read (tokens): farther, it is mostly another phrase's
# («ودعت المتقدمين إلى مراجعة إدارة القبول ... بمقرها في حي المنتزه»)
_PLACE_NOUN_REACH = 10
# the words of a body's name before a place noun, whose region that is («موظفي الشؤون الصحية بمحافظة الأحساء»،
# «المسؤولين بإدارة النقل والمرور بمحافظة الطائف»)
_AR_BODY_WORDS = _AR_BODIES | F._n("الشؤون شؤون الشئون شئون لجنة اللجنة مجلس المجلس")
_AR_DUAL_END = normalize("تي")
# what cannot start or continue a town's name: a bearing («في محافظة أبين جنوبي البلاد»), a word of time, a
# stop of a facility's name, a place preposition
_AR_NOT_NAME = _AR_BEARINGS | _AR_WHEN_WORDS | _AR_NAME_STOPS | AR_PLACE_PREP | F._n("نفسها ذاتها كل جميع أي")


def _place_noun_head(tok: Token) -> tuple[bool, bool] | None:
    """(is dual, has the clitic ب) when the token is an indefinite place noun (`_AR_PLACE_NOUNS`), with و / ف
    or ب («بمحافظة»، «وفي حي» → «حي»); None otherwise."""
    if tok.kind != "ar":
        return None
    for x, b in _forms_with_b(tok):
        if x in _AR_PLACE_NOUNS:
            return x.endswith(_AR_DUAL_END) and len(x) > 4, b
    return None


def _town_word(tok: Token) -> bool:
    """A word that can be (part of) a town's name after a place noun: Arabic, no clitic (و on a dual's second
    name is read by the caller), not a bearing, a time, a preposition, and either a name the knowledge base
    knows (`kb_place`: «إب») or no common word of the NER and no indefinite adjective («سكنية»، «حدودية»،
    «شعبي»: an indefinite word in ة / ي after a place noun is mostly its adjective)."""
    w = tok.norm
    if tok.kind != "ar" or tok.prefix or len(w) < 2 or w in _AR_NOT_NAME or w in _AR_ZONE_NOT_TOWN or w.isdigit():
        return False
    if kb_place(w):
        return True
    if _common_name(w):
        return False
    return w.startswith("ال") or not w.endswith(("ه", "ي", "يه"))


def _place_noun_name(
    toks: list[Token], k: int, dual: bool, cands: Sequence[Cand]
) -> tuple[int, Cand | None] | None:
    """The last token of the name after the place noun at k, and the candidate of a place type that is that
    name (None when the name is untagged or tagged as no place: «بلدة علما الشعب» MISC «الشعب»); None when no
    name follows («في منطقة سكنية»، «في قرية صغيرة»). A candidate that starts right after the noun is the name
    (through its end); else one or two town words (`_town_word`: the second only when a candidate starts there,
    «علما» + «الشعب»), and for a dual a second name with و («الحرث والطوال»)."""
    n = len(toks)
    if k + 1 < n and toks[k + 1].norm in _AR_ZONE_NOT_TOWN:
        return None
    for c in cands:
        if c.tok == k + 1:
            return c.tok_end, (c if c.etype in PLACE_TYPES else None)
    if k + 2 < n and toks[k + 1].kind == "ar" and not toks[k + 1].prefix and toks[k + 1].norm in _AR_NAME_FIRST:
        nxt = toks[k + 2]
        if nxt.kind != "ar" or nxt.prefix or nxt.norm in _AR_NOT_NAME:
            return None
        return k + 2, None  # «قرية أم راكة»
    if k + 1 >= n or not _town_word(toks[k + 1]):
        return None
    j = k + 1
    if j + 1 < n and any(c.tok == j + 1 for c in cands) and _town_word(toks[j + 1]):
        j = max(c.tok_end for c in cands if c.tok == j + 1)
    if dual and j + 1 < n and normalize(toks[j + 1].prefix) == "و":
        nxt = toks[j + 1]
        if nxt.norm not in _AR_NOT_NAME and not _common_name(nxt.norm):
            j += 1
    return j, None


def _agent_after(toks: list[Token], end: int) -> bool:
    """(round 65) The word after a noun trigger is its agent in ل and a construct: «غارات لطيران التحالف»; not
    a verbal noun with a pronoun of its own («توقيفهم لارتباطهم بالجريمة»: a cause)."""
    if end + 2 >= len(toks):
        return False
    w, nxt = toks[end + 1], toks[end + 2]
    return _purpose(w) and not w.text.endswith(("هم", "ها", "هما", "ه")) and nxt.norm.startswith("ال")


def _cause_in_l(tok: Token) -> bool:
    """(round 65) A verbal noun in ل with a pronoun of its own, a cause or a purpose that `_purpose` leaves to
    «لا»: «توقيفهم لارتباطهم بالجريمة الإرهابية في قرية الدالوة» (the crime's village: firing audit)."""
    w = tok.text
    return tok.kind == "ar" and w[:1] == "ل" and len(w) >= 6 and w.endswith(("هم", "ها", "هما"))


def _event_between(toks: list[Token], t: Trig, k: int, others: Sequence[Trig]) -> bool:
    """(round 65) Another event's trigger between the trigger and the place noun at k after it: the town is that
    event's («أوامر اعتقال إدارية بحق المشتبه في تورطهم في الاعتداء ... في قرية دوما»). Not the event the
    trigger happened in, after في / خلال / أثناء at most two words on («قتل شخصان في انفجار ... في مدينة ...»)."""
    end = max(t.b, t.tail or 0)
    for o in others:
        if o is t or not end < o.a < k:
            continue
        if o.a - 1 <= end + 3 and toks[o.a - 1].norm in _AR_IN_EVENT:
            continue
        return True
    return False


def _body_region(toks: list[Token], k: int, end: int) -> bool:
    """(round 65) The place noun at k qualifies a body or a title holder, as its region: a body word
    (`_AR_BODY_WORDS`, with و, ب or ل) or a title noun (`_AR_TITLES`) among the five words before it (or before
    its preposition), after the trigger and with no punctuation between («موظفي الشؤون الصحية بمحافظة
    الأحساء»، «المسؤولين بإدارة النقل والمرور بمحافظة الطائف»، «مدير عام التعليم بمحافظة الطائف»، «أمين لجنة
    إصلاح ذات البين بمحافظة الطائف»). Looser than `_titles_place` / `_body_place`, which need the words between
    definite and let a body after ب be where the event happens: a fallback reading has no other clue."""
    j = k - 1 if toks[k - 1].norm in AR_PLACE_PREP or toks[k - 1].norm[1:] in AR_PLACE_PREP else k
    for x in range(j - 1, max(end, j - 6), -1):
        tok = toks[x]
        if tok.text in F.PUNCT_BOUNDARY:
            return False
        w = _head(tok.norm)
        if w in _AR_BODY_WORDS or (w[:1] == "ب" and w[1:] in _AR_BODY_WORDS) or _bare(tok.norm) in _AR_TITLES:
            return True
    return False


def place_noun_place(
    toks: list[Token],
    t: Trig,
    cands: Sequence[Cand],
    actor: Cand | None,
    target: Cand | None,
    others: Sequence[Trig] = (),
    add_entities: bool = True,
) -> Cand | None:
    """(round 65) The town the event happened in, named after a place noun (`_AR_PLACE_NOUNS`) that follows a
    place preposition or carries the clitic ب, or, for a harm, after على / ل as `facility_place` reads it
    («في ضاحية سانت لويس»، «في حي جوبر شرقي دمشق»، «بمحافظتي الحرث والطوال»، «غارات على
    وادي دوفس في محافظة أبين»), when no candidate of a place type is the place: the NER leaves the name untagged
    or the noun is no place preposition of `AR_PLACE_PREP`. The tagged place's candidate when the name is one;
    else a GPE candidate with no entity over the noun and its name (only when entities may be added). In the
    trigger's clause, outside other nouns' relative clauses, not what the guards of `place_cand` drop (nor a
    body's region, `_body_region`, nor a town past another
    event, `_event_between`); after the trigger only, at most `_PLACE_NOUN_REACH` tokens on: the first."""
    end = max(t.b, t.tail or 0)
    lo, hi = trigger_clause(toks, t, "ar")
    away = [r for r in other_relatives(toks, t, "ar") if not _noun_relative(toks, t, r[0])]
    roles = [c for c in (actor, target) if c is not None]
    found: list[Cand] = []
    # after the trigger only: a town before it was mostly another clause's (firing audit)
    for k in range(max(lo, end + 1), min(hi, end + _PLACE_NOUN_REACH + 1)):
        if _inside(away, k):
            continue
        head = _place_noun_head(toks[k])
        if head is None or any(c.tok <= k <= c.tok_end for c in roles):
            continue
        dual, with_b = head
        prev = toks[k - 1].norm if k > 0 else ""
        at = with_b or prev in AR_PLACE_PREP or prev[1:] in AR_PLACE_PREP
        harmed = t.type in _HARM and (
            (prev in _AR_ON_TO and k <= end + 5) or (normalize(toks[k].prefix)[-1:] == "ل" and k <= end + 2)
        )
        if not (at or harmed):
            continue
        if any(toks[x].text in F.PUNCT_BOUNDARY for x in range(end + 1, k)):
            continue  # punctuation, a quote, a dash («... وسط هتافات- ضمن أحدث موجة ... بمقاطعة مارغيبي»)
        # a purpose or a complement in ل between: the town is that phrase's («توقيفهم لارتباطهم بالجريمة ... في
        # قرية الدالوة»: firing audit); not the agent of a noun trigger right after it («غارات لطيران التحالف»)
        first = end + 2 if t.kind == "noun" and _agent_after(toks, end) else end + 1
        if k > first and any(_purpose(toks[x]) or _cause_in_l(toks[x]) for x in range(first, k)):
            continue
        if _event_between(toks, t, k, others) or _body_region(toks, k, end):
            continue
        named = _place_noun_name(toks, k, dual, cands)
        if named is None:
            continue
        j, tagged = named
        if tagged is not None and any(tagged is c for c in roles):
            continue
        tok = toks[k]
        skip = 1 if (with_b and not tok.prefix) else 0  # «بمحافظة»: the ب the tokenizer left on the word
        words = [tok.stem[skip:]] + [x.text for x in toks[k + 1 : j + 1]]
        span = Cand(tok.stem_start + skip, toks[j].end, None, " ".join(words), "GPE", k, j)
        if _guarded_place(toks, span, t, others) or _nested(toks, t, span, others) or _about(toks, t, span):
            continue
        if tagged is not None:
            found.append(tagged)
        elif add_entities:
            found.append(span)
    return found[0] if found else None


# ---------------------------------------------------------------- host verbs (round 66)

# the verbs whose subject is the ground the event in their object took place on: «شهدت دولة التشيك مظاهرات»
# (witnessed), «تستضيف الرياض اجتماعا»، «احتضنت جدة المؤتمر» (hosted), «تعرضت مدينة نجران لسقوط مقذوفات»
# (was subjected to: the event in ل); normalized, without و / ف
_AR_WITNESS_VERBS = F._n(
    "شهد شهدت يشهد تشهد سيشهد ستشهد استضاف استضافت يستضيف تستضيف سيستضيف ستستضيف احتضن احتضنت يحتضن تحتضن"
)
_AR_UNDERGO_VERBS = F._n("تعرض تعرضت يتعرض تتعرض")
# the farthest the event's trigger stands after the host's subject (tokens): «يشهد ميدان الحبوبي وسطها أكبر
# مظاهرة»، «تعرضت مدينة نجران ظهر اليوم لسقوط مقذوفات»
_HOST_REACH = 4
# nouns of a state or a capital before a tagged place as the host's subject («شهدت دولة التشيك»، «تشهد العاصمة
# صنعاء»), and buildings a facility head leaves out («تعرض المبنى للقصف»)
_AR_STATE_NOUNS = F._n("دولة العاصمة جمهورية مملكة إمارة")
_AR_BUILDINGS = F._n("مبنى منزل المبنى المنزل")
# the words that may stand between the host's subject and the event: a time («شهدت القاهرة أمس مظاهرات»، «ظهر
# اليوم»), «وسطها», an elative («أكبر مظاهرة»); any other word makes the event another noun's («احتضنت جدة
# مؤتمرا لدعم اليمن»: the support is no event hosted)
_AR_HOST_FILLERS = _AR_WHEN_WORDS | F._n("أمس امس ظهر صباح مساء عصر ليل ليلة فجر الأسبوع الاسبوع الشهر العام أول اول")


def _host_filler(tok: Token) -> bool:
    w = tok.norm
    return tok.kind == "ar" and not tok.prefix and (
        w in _AR_HOST_FILLERS or w.startswith("وسط") or (len(w) == 4 and w[0] == "ا" and w[1:] not in ("لى", "لي"))
    )


def _host_verb(tok: Token) -> str | None:
    """"witness" / "undergo" when the token is a host verb (`_AR_WITNESS_VERBS`, `_AR_UNDERGO_VERBS`), with و /
    ف; None otherwise."""
    if tok.kind != "ar" or normalize(tok.prefix) not in ("", "و", "ف"):
        return None
    w = _bare(tok.norm)
    if w in _AR_WITNESS_VERBS:
        return "witness"
    if w in _AR_UNDERGO_VERBS:
        return "undergo"
    return None


def _host_subject(toks: list[Token], v: int, cands: Sequence[Cand], add_entities: bool) -> Cand | None:
    """The place that is the subject of the host verb at v: a candidate of a place type right after it or, the
    verb opening a relative clause («العاصمة بوجومبورا التي شهدت»), ending right before its relative pronoun;
    else (entities may be added) a place noun and its name right after it (`_place_noun_head`,
    `_place_noun_name`: «تعرضت مدينة نجران»), or a facility with a name or the article (`_facility_head`:
    «يشهد ميدان الحبوبي»). None for anything else (a person, a body, a year: «شهد العام الماضي»)."""
    n = len(toks)
    rel = v >= 2 and _bare(toks[v - 1].norm) in _AR_REL
    for c in cands:
        if c.etype in PLACE_TYPES and (c.tok == v + 1 or (rel and c.tok_end == v - 2)):
            return c
    if rel or v + 1 >= n or toks[v + 1].prefix:
        return None
    k = v + 1
    if toks[k].norm in _AR_STATE_NOUNS:
        for c in cands:
            if c.etype in PLACE_TYPES and c.tok == k + 1:
                return c
    if not add_entities:
        return None
    if toks[k].norm in _AR_BUILDINGS and (k + 1 >= n or toks[k + 1].text in F.PUNCT_BOUNDARY or toks[k + 1].prefix):
        return Cand(toks[k].start, toks[k].end, None, toks[k].text, "FAC", k, k)  # «تعرض المبنى للقصف»
    head = _place_noun_head(toks[k])
    if head is not None:
        named = _place_noun_name(toks, k, head[0], cands)
        if named is None:
            return None
        j, tagged = named
        if tagged is not None:
            return tagged
        words = [toks[k].stem] + [x.text for x in toks[k + 1 : j + 1]]
        return Cand(toks[k].stem_start, toks[j].end, None, " ".join(words), "GPE", k, j)
    fac = _facility_head(toks[k])
    if fac is None:
        return None
    j, e = _facility_end(toks, k, fac[0], cands)
    while j > k and (toks[j].norm in _AR_NOT_NAME or toks[j].norm.startswith("وسط")):
        j, e = j - 1, toks[j - 1].end  # «يشهد ميدان الحبوبي وسطها»: the square's middle is no part of its name
    if j == k and not fac[0]:
        return None  # a bare indefinite facility names no one place
    words = [toks[k].stem] + [x.text[: max(0, e - x.start)] for x in toks[k + 1 : j + 1]]
    return Cand(toks[k].stem_start, e, None, " ".join(w for w in words if w), "FAC", k, j)


def hosted_place(
    toks: list[Token],
    t: Trig,
    cands: Sequence[Cand],
    others: Sequence[Trig] = (),
    add_entities: bool = True,
) -> Cand | None:
    """(round 66) The place that hosts the event as the subject of «شهد» (the trigger its object: «شهدت دولة
    التشيك مظاهرات»، «العاصمة بوجومبورا التي شهدت احتجاجات») or of «تعرض» (the trigger in its ل-complement or
    that word's genitive: «تعرضت مدينة نجران ظهر اليوم لسقوط مقذوفات»), when `place_cand` found no place.
    The subject (`_host_subject`) is a place, even where the role layer took it for the actor («شهدت القاهرة
    مظاهرات»: the subject of «شهد» never does the event it witnessed); the trigger at most `_HOST_REACH` tokens after
    it, with no punctuation, relative pronoun or other event's trigger between; not what the guards of
    `place_cand` drop. A place the subject of a verb of doing is no event's place here («أبناء قرية X», the
    actor's origin, is left: the gold's convention is where the event happened)."""
    for v in range(t.a - 1, max(-1, t.a - 2 * _HOST_REACH - 2), -1):
        kind = _host_verb(toks[v])
        if kind is None:
            continue
        subj = _host_subject(toks, v, cands, add_entities)
        if subj is None:
            return None
        end = max(v, subj.tok_end)
        if not end < t.a <= end + _HOST_REACH:
            return None
        lam = t.a - 1 if kind == "undergo" and t.a - 1 > end and normalize(toks[t.a - 1].prefix)[-1:] == "ل" else t.a
        if not all(_host_filler(toks[x]) for x in range(end + 1, lam)):
            return None  # punctuation, a relative pronoun, a noun of its own between
        if any(o is not t and end < o.a < t.a for o in others):
            return None
        if kind == "undergo" and not (normalize(toks[lam].prefix)[-1:] == "ل" or toks[lam].norm[:1] == "ل"):
            return None  # the event is the ل-complement or its genitive («لسقوط مقذوفات»)
        if _guarded_place(toks, subj, t, others):
            return None
        return subj
    return None


# ---------------------------------------------------------------- the telling's own time (round 69)

# the finite verbs of telling whose own time, right after them, dates the telling («أفادت مصادر السبت بسقوط»،
# «نفت الوزارة أمس خبر منع»، «نقلت الإذاعة أمس عن مسؤولين»): the gold leaves the told event undated ("time of
# report only"). Not «عرض» (an offer), not present forms (a habitual or the complement's own verb)
_AR_TELLING_VERBS = F._n(
    "قال قالت قالوا أعلن أعلنت أعلنوا أفاد أفادت أفادوا ذكر ذكرت ذكروا نقل نقلت نفى نفت نفوا أكد أكدت أكدوا "
    "أوضح أوضحت كشف كشفت نشر نشرت بث بثت أورد أوردت صرح صرحت"
)
# what opens the told content: a complementizer, «عن», a colon, a quotation mark
_AR_TOLD_OPENERS = _AR_THAT | F._n("إن عن") | frozenset(":\"«“")
# the event types done by saying: told in the telling, they are the same act and share its time («بث تسجيلا
# الاربعاء يهدد فيه»، «أعلنت أمس دعمها»)
_SPOKEN_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SUPPORT", "AGREE"})
# the forms of «أعلن» and the starts of the nouns it declares: the declaration is the event («أعلنت السلطات أمس
# حالة الطوارئ»، «فرض غرامة»، «أعلن مساء السبت استقالته»)
_AR_DECLARE = F._n("أعلن أعلنت أعلنوا وأعلن وأعلنت وأعلنوا")
_AR_DECLARED = tuple(F._n("حالة حالات حظر الحداد الحرب وقف الهدنة هدنة التعبئة النفير إغلاق فرض استقال"))
# a frame of the telling: the trigger after it is the event the telling happened in
_AR_DURING_TELLING = _AR_DURING | F._n("لدى عند خلالها اثناءها")
# how far after the verb its own time may stand (subject, title, «في بيان», «قد» ...)
_TELLING_REACH = 10


def telling_time_goes_on(
    toks: list[Token], telling: Sequence[tuple[int, int]], last: int | None, k: int, t: Trig
) -> bool:
    """(round 69) The time at token k is the telling's: inside a span of `telling_time_spans`, or right after
    the last time skipped as the telling's (at most two words on, before the trigger, no punctuation but a
    bracket between: «يوم الثلاثاء الخامس من شهر شوال لهذا العام (1436هـ)»)."""
    if _inside(telling, k):
        return True
    if last is None or not 0 < k - last <= 2 or k >= t.a:
        return False
    return not any(toks[j].text in _PUNCT for j in range(last + 1, k))


def _telling_verb(tok: Token) -> bool:
    w = tok.norm
    return w in _AR_TELLING_VERBS or (w[:1] in ("و", "ف") and w[1:] in _AR_TELLING_VERBS)


def telling_time_spans(toks: list[Token], t: Trig, lang: str) -> list[tuple[int, int]]:
    """(round 69) The spans [v, e) of the telling verbs before the Arabic trigger in its sentence (no . ; ! ?
    nor a clause opener «حيث / فيما / بينما» between), unless the trigger is itself a thing said
    (`_SPOKEN_TYPES`): from the verb to what opens the told content (`_AR_TOLD_OPENERS`), at most
    `_TELLING_REACH` words, and never past the trigger. A time there («وقالت السفارة في بيان أمس: إن ...»،
    «أعلنت، أمس، عن ضبط») dates the telling, not the told event."""
    if lang != "ar" or t.type in _SPOKEN_TYPES:
        return []
    start = min(k for k in (t.a, t.head, t.lead) if k is not None)
    # «أكد امس الوزير أثناء زيارته»: the telling is done during the trigger's event, which shares its time
    if start > 0 and toks[start - 1].norm in _AR_DURING_TELLING:
        return []
    out = []
    for v in range(start - 1, -1, -1):
        if (toks[v].text in _STRONG and toks[v].text != ":") or toks[v].norm in _AR_OPENERS:
            break
        if not _telling_verb(toks[v]):
            continue
        if toks[v].norm in _AR_DECLARE and toks[start].norm.startswith(_AR_DECLARED):
            continue
        e = v + 1
        stop = min(start, v + 1 + _TELLING_REACH)
        while e < stop and toks[e].norm not in _AR_TOLD_OPENERS and toks[e].text not in _AR_TOLD_OPENERS:
            e += 1
        out.append((v, e))
    return out


# ---------------------------------------------------------------- the time of the clause over a presupposed event (round 71)

# the nouns whose genitive (or ب-complement) is an event that took place before the clause around them: its doers,
# victims, site, images, memory (round 33's `modality_ar._AR_PRESUPPOSING_HEAD`), its charge and accused
# (`participants._AR_CHARGE_WORDS`: «سبيل 11 متهماً من متهمي تفجير»), and its wounded («من مصابي تفجير»)
_AR_PARTY_HEADS = F._n("مصابي جرحى")
# the accused before the charge in ب («محاكمة 29 متهما بالتفجير»), with round 34's suspects (`clauses._AR_SUSPECT`)
_AR_ACCUSED = F._n("متهما متهمان متهمو")


def _presupposing_head(toks: list[Token], t: Trig) -> bool:
    """(round 71) The Arabic noun trigger is the genitive of a noun that presupposes its event
    (`_AR_PRESUPPOSING_HEAD`, `_AR_PARTY_HEADS`, `_AR_CHARGE_WORDS`), or the ب-complement of an accused or a charge («متهما بالتفجير»، «بتهمة القتل»,
    `_AR_ACCUSED`, `clauses._AR_SUSPECT`, `participants._AR_CHARGE_WORDS`), the noun right before it."""
    # modality_ar imports this module: its word set is read here, not at import time
    from khabar.events.modality_ar import _AR_PRESUPPOSING_HEAD

    if t.kind != "noun" or t.a < 1 or toks[t.a].kind != "ar" or toks[t.a - 1].kind != "ar":
        return False
    w = _bare(toks[t.a - 1].norm)
    if w[:1] in "بل" and len(w) > 3 and (w[1:] in _AR_PRESUPPOSING_HEAD or w[1:] in _AR_CHARGE_WORDS):
        w = w[1:]  # «لضحايا»، «بتهمة»
    if normalize(toks[t.a].prefix)[-1:] == "ب":  # «متهما بالتفجير»، «اتهامات بقتل»: the act charged, in ب
        return w in _AR_ACCUSED or w in _AR_SUSPECT or w in _AR_CHARGE_WORDS
    return w in _AR_PRESUPPOSING_HEAD or w in _AR_PARTY_HEADS or w in _AR_CHARGE_WORDS


def presupposed_before(toks: list[Token], t: Trig, lang: str) -> int | None:
    """(round 71) The token before which a time of the sentence dates the clause around a presupposed event, not
    that event: the head noun's index when `_presupposing_head` holds («أخلت المحكمة، أمس الخميس، سبيل 11 متهماً
    من متهمي تفجير المسجد»: the release's day; «خرجت مساء أمس 19 حالة من مصابي تفجير»: the discharge's; «بدأت
    أمس جلسة محاكمة 29 متهما بالتفجير»: the trial's). A time after the trigger («منفذ الهجوم على المتحف في 18
    مارس») stays the event's. None otherwise."""
    if lang != "ar" or not _presupposing_head(toks, t):
        return None
    return t.a - 1


# ---------------------------------------------------------------- the trigger's own relative clause (round 71)

# how far into the trigger's own relative clause its time may stand (tokens after the trigger, or after the relative
# pronoun right after it): «الاعتداء الغاشم الذي وقع أمس الأول»، «الذين طالتهم يد الغدر والعدوان أثناء أدائهم لصلاة
# الظهر يوم أمس الأول»
_OWN_RELATIVE_REACH = 8


def own_relative_reach(toks: list[Token], t: Trig, lang: str) -> tuple[int, int] | None:
    """(round 71) The tokens [a, b) of the Arabic trigger's own relative clause where a time dates the trigger's
    event before any time outside it: the relative clause right after a noun trigger (at most two definite adjectives
    between: «جراء الاعتداء الغاشم الذي وقع أمس الأول», after «نقل ... أمس تحيات ...»), from the pronoun on; or the
    one that holds the trigger, after the trigger only («ودعت المقبرة عصر أمس الشهداء الذين طالتهم يد الغدر والعدوان
    ... يوم أمس الأول»). At most `_OWN_RELATIVE_REACH` tokens, to the clause's end (the next punctuation or relative
    pronoun). None when the trigger has no such clause, or when a word in ل follows the trigger (its time is the
    purpose's: «تأهباً لملاقاة النصر الأربعاء»). Left out by the firing audit: a time before the trigger in the clause
    that holds it (mostly the clause's own verb's: «الحملة التي أطلقتها في 10 يوليو للتعبير ... وتقديم الدعم»), the
    event the trigger happened in of `_describes_trigger` («التحقيق في حادث الاعتداء الذي وقع أمس»: the investigation
    is not the attack), a relative after a verb trigger whose text reaches a noun («معارضة نتنياهو الاتفاق النووي
    الذي أبرمته ... الشهر الماضي»: the deal's)."""
    if lang != "ar":
        return None
    n = len(toks)
    end = max(t.b, t.tail or 0)
    own = None
    for r, e in _relative_clauses(toks):
        if r < t.a and end < e:
            own = (end + 1, min(e, end + 1 + _OWN_RELATIVE_REACH))  # the trigger inside: the last such clause
        elif r > end and t.kind == "noun" and r - end <= 3 and _adjectives(toks, end + 1, r):
            own = (r + 1, min(e, r + 1 + _OWN_RELATIVE_REACH))
            break
    # «لملاقاة»، «لمواجهة»: `_purpose` leaves words in «لم» to the negation
    if own is not None and end + 1 < n and (_purpose(toks[end + 1]) or toks[end + 1].norm[:2] == "لم"):
        return None
    return own
