"""Quotations, their speakers and their reporting sources, in Arabic and English news.

The pass over one document:

1. quotation-mark spans (``marks.find_marked``);
2. speech cues: verbs (قال، أكد، أضاف... said, told...), manner participles (مضيفا، مشيرة إلى أن),
   description verbs before a short quotation (وصفه بأنه «...»), postposed cues («...»، قال X;
   "...," X said; كما قال، بحسب قوله) and attribution cues (بحسب، وفقا لـ، نقلا عن, according to);
3. for each cue, the reported content: the quotation it introduces (direct or partial), or the clause
   after أن / إن / that or after a colon (indirect);
4. the speaker: the entity mention after the verb (VSO) or before it (SVO), a title + name, an
   organisation (وزارة الخارجية المصرية, the Treasury Department), a quoted body name, or, for a
   zero subject / pronoun / "البيان", the previous speaker; descriptions (المتحدث باسم ..., the
   spokesman) resolve to the nearest named person described so. Names the NER missed become new
   entities, so that every speaker is an entity id;
5. the source: the outlet of an attribution cue, of "لـ«عكاظ»" / "told Reuters", or of the dateline.

Quoted names (ships, weapons, programmes, titles, one-to-three-word phrases without a speech cue) are
not quotations.

This module is the entry point (``extract_quotes``); the rules live in ``common`` (per-document state,
entity and token helpers), ``sources`` (step 5), ``speakers`` (step 4) and ``detect`` (steps 2-3),
each importing only from the ones before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from khabar.document import Document, Mention, Quote, Span
from khabar.quotes import lexicon as L
from khabar.quotes.common import (
    _ORG_HEADS_BARE,
    _ar_cue_type,
    _entity_for,
    _etype,
    _index_mentions,
    _State,
    _tok_at,
    _tokens_key,
    normalize,
    not_a_person_name,
)
from khabar.quotes.detect import _clip_content, _extract_ar, _extract_en
from khabar.quotes.marks import find_marked
from khabar.quotes.sources import _DATELINE, _dateline_source, _paragraph_datelines
from khabar.quotes.speakers import _OFFICE_BARE as _OFFICE_BARE_X
from khabar.quotes.speakers import _OFFICE_HEADS as _OFFICE_HEADS_X
from khabar.quotes.speakers import Speaker as Speaker
from khabar.quotes.speakers import (
    _anonymous_with_modifier,
    _org_np_end,
    _person_by_description,
    bare_body_referent,
    titled_holder_after,
)
from khabar.quotes.speakers import _attached_title_before as _attached_title_before
from khabar.text.tokenize import Token
from khabar.time import lexicon as TL


def extract_quotes(doc: Document, rerank: Callable[[_State, list[Quote]], None] | None = None) -> list[Quote]:
    """Fill nothing; return the quotes of ``doc`` (adding speaker/source entities to ``doc.entities``).

    ``rerank`` (the learned speaker ranker, ``ranker.make_reranker``) may re-pick each quotation's
    speaker once the rules are done, before the entities this stage made and no quotation uses go."""
    text = doc.text
    if not text.strip():
        return []
    layer = doc.layer
    lang = doc.language or layer.language
    english = lang == "en"
    toks = _merge_dotted(text, layer.tokens)
    if not english:
        _restore_b_names(doc, toks)
        _restore_titled_initial(doc, toks)
        _cut_place_from_names(doc, toks)
        _cut_outlet_from_names(doc)
    st = _State(
        doc, text, "en" if english else "ar", toks, [t.start for t in toks], find_marked(text, english)
    )
    _index_mentions(st)
    if not english:
        # a month the entity layer took for a name («أواخر شهر رمضان المنصرم») is a date, never a speaker
        st.not_mentions = frozenset(
            m
            for m in st.mention_index
            if _month_mention(st, m[0], m[1]) or _not_a_name(st, m) or _cut_from_title_word(st, m)
        )
        _index_mentions(st)
    kept = {e for _s, _e, e in st.mention_index}
    st.ner_ids = frozenset(e.id for e in doc.entities)
    ids = [int(e.id[1:]) for e in doc.entities if e.id[:1] == "e" and e.id[1:].isdigit()]
    st.next_id = max(ids, default=0) + 1
    dateline_source = _dateline_source(st)
    para_datelines = _paragraph_datelines(st)
    dl = _DATELINE.match(text[:120])
    dateline_end = dl.end() if dl else 0
    found = _extract_en(st) if english else _extract_ar(st)
    if not english:
        listed = _listed_marks(st)
        if listed:
            # «إيران حضارة الأرز»، «سوريا الأذواق مجتمعة»، و«اليمن ...»: titles listed, not words said
            found = [
                f
                for f in found
                if f.kind == "indirect" or not any(s <= f.start and f.end <= e for s, e in listed)
            ]
    aliases = _paren_aliases(st)
    if not english:
        # a speaker all of whose mentions are no name (a month, a phrase with a negation) speaks for
        # nobody: the quotation is left to the speaker before it (a participle) or to none
        gone = {e for _s, _e, e in st.not_mentions} - kept
        for f in found:
            if f.speaker in gone:
                f.speaker = None
        _participles_continue(st, found)
    quotes: list[Quote] = []
    place_for: dict[str, tuple[int, str]] = {}  # a place read as a speaker -> (sentence, who it stood for)
    prev_speaker: str | None = None
    for f in sorted(found, key=lambda f: f.start):
        if f.speaker is not None and not english:
            # "وقالت الشركة إن": the body named before, not a body called «الشركة»
            f.speaker = bare_body_referent(st, f.speaker, f.cue[0] if f.cue else f.start, prev_speaker)
            if f.cue:
                # "وقال رئيس بعثة مصر إلى البطولة محمد الشربيني إن": the person, not the title
                f.speaker = titled_holder_after(st, f.speaker, f.cue[0], f.start)
        if f.speaker is not None:
            prev_speaker = f.speaker
        if f.speaker is not None and aliases:
            f.speaker = _alias_of(st, f.speaker, f.start, aliases)
        if f.speaker is not None and not english:
            f.speaker = _body_named_in_full(st, f.speaker, f.cue[0] if f.cue else f.start)
            f.speaker = _own_name_of_body(st, f.speaker, f.sentence, (f.start, f.end))
            if _etype(st, f.speaker) in ("GPE", "LOC") and not _place_speaks(st, f.speaker):
                place = f.speaker
                f.speaker = _place_genitive_holder(st, place, f.cue[0] if f.cue else f.start, f.start)
                prev = place_for.get(place)
                if f.speaker is None and prev is not None and f.sentence - prev[0] <= 1:
                    f.speaker = prev[1]  # "واوضح ان" continuing the quotation the place was read for
                if f.speaker is not None:
                    place_for[place] = (f.sentence, f.speaker)
        if f.start < dateline_end < f.end:
            f.start = dateline_end
        f.start, f.end = _clip_content(st, f.start, f.end)
        if f.kind == "indirect":
            while f.end > f.start and (
                text[f.end - 1] in "."
                or (text[f.end - 1] in '"”»' and text[f.start : f.end].count(text[f.end - 1]) % 2 == 1)
            ):
                f.end -= 1  # a final full stop, a stray closing quotation mark
        if f.end <= f.start:
            continue
        src = f.source or next(
            (eid for off, eid in reversed(para_datelines) if off <= f.start), dateline_source
        )
        q = Quote(
            start=f.start,
            end=f.end,
            text=text[f.start : f.end],
            kind=f.kind,  # type: ignore[arg-type]
            speaker=f.speaker,
            source=src,
            cue=Span(start=f.cue[0], end=f.cue[1]) if f.cue else None,
        )
        quotes.append(q)
    if rerank is not None:
        rerank(st, quotes)
    # an entity this stage made for a candidate it dropped afterwards (the proverb's «المثل») names
    # nobody: only the ones a kept quotation speaks through or cites stay
    used = {q.speaker for q in quotes} | {q.source for q in quotes}
    doc.entities = [e for e in doc.entities if e.id in st.ner_ids or e.id in used]
    return quotes


_MONTH_WORDS = frozenset(
    [normalize(m).split()[0] for m in TL.AR_MONTHS]
    + [normalize(m).split()[0] for m in TL.AR_HIJRI_MONTHS]
    + [normalize(w) for w in "جمادى ذي ذو".split()]
)
_MONTH_OPENERS = frozenset(normalize(w) for w in "شهر شهري خلال مطلع منتصف أواخر أوائل نهاية بداية".split())
_MONTH_AFTER = frozenset(
    normalize(w) for w in "المنصرم الماضي المقبل القادم الحالي الجاري المبارك الكريم الفضيل المعظم".split()
)


def _month_mention(st: _State, ms: int, me: int) -> bool:
    """A mention that is a month in a date: a month word opening it, with "شهر" (or أواخر، مطلع...)
    right before it, a year number or المنصرم / الماضي / المبارك right after the month word. A
    month word that is also a first name (رجب طيب أردوغان، رمضان عبد المعز) has none of these."""
    k = bisect_right(st.starts, ms) - 1
    if k < 0 or st.toks[k].end > me:
        return False
    t = st.toks[k]
    if L.strip_conj(normalize(t.text)) not in _MONTH_WORDS and normalize(t.text) not in _MONTH_WORDS:
        return False
    prev = normalize(st.toks[k - 1].text) if k > 0 else ""
    if L.strip_conj(prev) in _MONTH_OPENERS or prev in _MONTH_OPENERS:
        return True
    nxt = st.toks[k + 1] if k + 1 < len(st.toks) else None
    return nxt is not None and (nxt.kind == "num" or normalize(nxt.text) in _MONTH_AFTER)


_STATE_WORDS = frozenset(normalize(w) for w in "مملكة المملكة جمهورية دولة سلطنة إمارة حكومة".split())


def _feminine_past(t: Token) -> bool:
    """A past verb agreeing with a country ("قالت", "ودانت", "وصفته"): ت last, or before an object
    pronoun; not a plural noun in ـات."""
    n = L.strip_conj(normalize(t.text))
    for suffix in ("ها", "هم", "ه", ""):
        if suffix and not n.endswith(suffix):
            continue
        b = n[: len(n) - len(suffix)] if suffix else n
        if 3 <= len(b) <= 6 and b.endswith("ت") and not b.endswith("ات") and not b.startswith("ال"):
            return True
    return False


def _not_a_name(st: _State, m: tuple[int, int, str]) -> bool:
    """A "person" of the entity layer that no name is (``common.not_a_person_name``), or God or the
    Prophet named in a cited verse or prayer («ما قال الله وقال رسوله»، «اللهم اغفر ...»): a news
    quotation's speaker is never one of them, so a later zero subject does not continue them."""
    surface = st.text[m[0] : m[1]]
    if _sacred_name(surface):
        return True
    return _etype(st, m[2]) == "PERSON" and not_a_person_name(surface)


_SACRED_NAMES = frozenset(
    tuple(normalize(w) for w in s.split())
    for s in ("الله", "اللهم", "الله تعالى", "الله عز وجل", "رسول الله", "الرسول", "النبي", "المصطفى")
)


def _sacred_name(surface: str) -> bool:
    words = tuple(normalize(w) for w in surface.split())
    if words and words[0][:1] in ("و", "ف") and words[0][1:] in (normalize("الله"), normalize("اللهم")):
        words = (words[0][1:], *words[1:])
    return words in _SACRED_NAMES


_LIST_GLUE = re.compile(r"\s*[،,]?\s*(?:و\s*)?")


def _listed_marks(st: _State) -> list[tuple[int, int]]:
    """The marked spans of a list of three or more quoted items joined only by commas and «و»
    («أ»، «ب»، و«ج»): titles or names enumerated, none of them a quotation."""
    marks = sorted((m for m in st.marked if m.closed), key=lambda m: m.open)
    out: list[tuple[int, int]] = []
    run = marks[:1]
    for m in marks[1:] + [None]:  # type: ignore[list-item]
        if m is not None and run and _LIST_GLUE.fullmatch(st.text[run[-1].close + 1 : m.open]):
            run.append(m)
            continue
        if len(run) >= 3:
            out.extend((x.start, x.end) for x in run)
        run = [m] if m is not None else []
    return out


def _cut_from_title_word(st: _State, m: tuple[int, int, str]) -> bool:
    """A "person" of the entity layer that begins inside a word whose first letter it took for a
    proclitic (و ف ب ل ك), where the whole word is an office or rank ("وكيل" -> "كيل", "وزير" ->
    "زير", "لواء" -> "واء"): the word is a title, no name, and the office phrase speaks instead."""
    ms = m[0]
    if _etype(st, m[2]) != "PERSON" or ms == 0 or not st.text[ms - 1].isalpha():
        return False
    k = bisect_right(st.starts, ms) - 1
    if k < 0 or not st.toks[k].start < ms < st.toks[k].end:
        return False
    whole = normalize(st.text[st.toks[k].start : st.toks[k].end])
    return whole in _OFFICE_HEADS_X or whole in L.AR_TITLE_WORDS


def _place_speaks(st: _State, eid: str) -> bool:
    """A country or place speaks only through a metonymic subject: one of its mentions right after a
    verb ("وقالت السعودية إن", "ودانت مملكة البحرين", "وصفته إسرائيل بأنه") or right before a speech
    verb ("السعودية أعلنت", "وكانت روسيا قد أكدت"), or opening its sentence ("قطر ممثلة في ...");
    not as the object or genitive of another word ("أكد استعداد لبنان", "مفتي السعودية"). A place
    the linker did not place (no KB or coordinates) may be a name the entity layer mistyped: kept."""
    e = st.doc.entity(eid)
    if e is None or (e.geo is None and (e.kb is None or (e.kb.wikidata is None and e.kb.geonames is None))):
        return True
    toks = st.toks
    for ms, me, x_eid in st.mention_index:
        if x_eid != eid:
            continue
        k = bisect_right(st.starts, ms) - 1
        if k < 0:
            continue
        j = k - 1
        while j >= 0 and (
            normalize(toks[j].text) in L.AR_TIME_WORDS or normalize(toks[j].text) in _STATE_WORDS
        ):
            j -= 1
        s0 = st.doc.layer.sentences[st.doc.layer.sentence_index(toks[k].start)][0]
        if j < 0 or toks[j].end <= s0 or toks[j].text in ("و", "ف") and (j == 0 or toks[j - 1].end <= s0):
            return True  # opening its sentence
        if _ar_cue_type(toks[j]) is not None or _feminine_past(toks[j]):
            return True
        x = k
        while x < len(toks) and toks[x].start < me:
            x += 1
        while x < len(toks) and normalize(toks[x].text) in L.AR_TIME_WORDS | {"قد", "فقد"}:
            x += 1
        if x < len(toks) and (_ar_cue_type(toks[x]) == "verb" or _feminine_past(toks[x])):
            return True
    return False


def _place_genitive_holder(st: _State, eid: str, cue: int, before: int) -> str | None:
    """The speaker a place stands in the genitive of, when it cannot speak itself: the body ("وتقول
    شرطة (ويتشيتا)" -> شرطة ويتشيتا) or the office holder named before ("ووجه مفتي السعودية" -> the
    person described as مفتي ... السعودية). None when there is neither: no speaker rather than the
    place. The mentions looked at: those between the cue and the content (the subject of the verb),
    then those of the cue's sentence before it, nearest first."""
    toks = st.toks
    s0 = st.doc.layer.sentences[st.doc.layer.sentence_index(cue)][0]
    mentions = [(ms, me) for ms, me, x in st.mention_index if x == eid and cue <= ms < before]
    mentions += [(ms, me) for ms, me, x in reversed(st.mention_index) if x == eid and s0 <= ms < cue]
    for ms, me in mentions:
        k = bisect_right(st.starts, ms) - 1
        j = k - 1
        while j >= 0 and toks[j].kind == "punct" and toks[j].text in '(«"':
            j -= 1
        if j < 0 or before - me > 400:
            continue
        n = normalize(toks[j].text)
        bare = L.strip_al(L.strip_conj(n))
        if L.strip_conj(n)[:3] in ("بال", "كال") or L.strip_conj(n)[:2] == "لل":
            continue  # "بالنادي نايف": a body after a preposition is no subject
        if n in L.AR_ORG_HEADS or bare in _ORG_HEADS_BARE:
            end = me + (1 if me < len(st.text) and st.text[me] == ")" else 0)
            return _entity_for(st, toks[j].stem_start if L.strip_conj(n) != n else toks[j].start, end, "ORG")
        if bare in _OFFICE_BARE_X:
            return _person_by_description(st, st.text[toks[j].start : me], toks[j].start)
        if cue <= ms:
            # "وقال رئيس نقابة الصيادين في ولاية بورنو أبو بكر غامندي لوكالة ... إن": the place is in a
            # modifier of the subject; the person named right after it, before the content, speaks
            for ps, _pe, pid in st.mention_index:
                if me <= ps < before and ps - me <= 40 and _etype(st, pid) == "PERSON":
                    return pid
    return None


# words a subject follows («وقال برودكين»، «وكان برودكين»): a few shared speech verbs and كان, bare or after و
_B_SUBJECT_BEFORE = frozenset(
    p + w
    for w in (L.AR_SPEECH_VERBS & L._norm_set("قال قالت أكد أضاف أوضح ذكر صرح")) | L._norm_set("كان كانت")
    for p in ("", "و")
)


# a preposition cannot follow another one: "ونقلت «بي بي سي» عن باولو شاكاريان" keeps its ب
_B_AFTER_PREPOSITION = frozenset(normalize(w) for w in "عن من إلى الى على مع".split())


def _restore_b_names(doc: Document, toks: list[Token]) -> None:
    """A person's name that begins with ب, which the entity layer read as the preposition and cut off
    ("وكان برودكين قد فاجأ ... وقال برودكين" -> رودكين), gets its ب back when the article never writes
    the name without it and the ب-form stands where the
    preposition cannot: right after a speech verb or كان (its subject), or twice or more when the cut-off
    name is no known name word (not "التقى بمحمد ... واجتمع بمحمد")."""
    text = doc.text
    names = L.person_name_tokens()
    starts = [t.start for t in toks]
    for e in doc.entities:
        if e.type != "PERSON" or not e.mentions:
            continue
        first = normalize(e.mentions[0].text.split()[0]) if e.mentions[0].text.split() else ""
        if len(first) < 3 or first.startswith("ال"):
            continue
        word_starts = []
        for m in e.mentions:
            b = m.start - 1
            if b < 0 or text[b] != "ب":
                break
            w0 = b - 1 if b > 0 and text[b - 1] in "وف" else b
            if w0 > 0 and (text[w0 - 1].isalnum() or text[w0 - 1] == "ـ"):
                break
            word_starts.append(w0)
        else:
            subject = any(
                (k := bisect_right(starts, w0) - 1) > 0
                and (
                    normalize(toks[k - 1].text) in _B_SUBJECT_BEFORE
                    or normalize(toks[k - 1].text) in _B_AFTER_PREPOSITION
                )
                for w0 in word_starts
            )
            if not subject and (len(word_starts) < 2 or first in names):
                continue
            new = [Mention(start=m.start - 1, end=m.end, text=text[m.start - 1 : m.end]) for m in e.mentions]
            if e.name == e.mentions[0].text:
                e.name = new[0].text
            e.mentions = new


_PLACE_PREPS = frozenset(normalize(w) for w in "في بمنطقة بمحافظة بمدينة".split())


def _rewrite_person_mentions(doc: Document, rewrite: Callable[[Mention], Mention | None]) -> None:
    """Each person's mention replaced by ``rewrite(mention)`` where that gives one (kept otherwise); the
    name follows when it was the first mention's text."""
    for e in doc.entities:
        if e.type != "PERSON":
            continue
        new = [r if (r := rewrite(m)) is not None else m for m in e.mentions]
        if new != e.mentions:
            if e.name == e.mentions[0].text:
                e.name = new[0].text
            e.mentions = new


def _cut_outlet_from_names(doc: Document) -> None:
    """ "وقال بويتشنكو لرويترز" with the person's mention running over «لرويترز»: a last word that is
    ل + a news outlet is whom the person told, not part of the name (the mention, and the name when it
    was that mention, lose it)."""

    def cut(m: Mention) -> Mention | None:
        words = m.text.split()
        last = normalize(words[-1]) if words else ""
        told = last[1:] in L.AR_OUTLETS or (last[:2] == "لل" and "ال" + last[2:] in L.AR_OUTLETS)
        if len(words) >= 2 and last[:1] == "ل" and told:
            kept = m.text.rstrip()[: -len(words[-1])].rstrip()
            return Mention(start=m.start, end=m.start + len(kept), text=kept)
        return None

    _rewrite_person_mentions(doc, cut)


def _cut_place_from_names(doc: Document, toks: list[Token]) -> None:
    """ "الناطق ... في جازان بيشي بن عيسى الصرخي" with the person's mention starting at جازان: a
    first word that is a place the entity layer found elsewhere in the article, right after في, is the
    place of the title, not the name (the mention, and the name when it was that mention, lose it)."""
    text = doc.text
    starts = [t.start for t in toks]
    places = {
        normalize(e.name) for e in doc.entities if e.type in ("GPE", "LOC") and len(e.name.split()) == 1
    }
    if not places:
        return

    def cut(m: Mention) -> Mention | None:
        k = bisect_right(starts, m.start) - 1
        if (
            len(m.text.split()) >= 3
            and normalize(m.text.split()[0]) in places
            and k > 0
            and toks[k].start == m.start
            and normalize(toks[k - 1].text) in _PLACE_PREPS
            and k + 1 < len(toks)
        ):
            s0 = toks[k + 1].start
            return Mention(start=s0, end=m.end, text=text[s0 : m.end])
        return None

    _rewrite_person_mentions(doc, cut)


def _restore_titled_initial(doc: Document, toks: list[Token]) -> None:
    """ "كشف اللواء فراج الزعبي" -> "راج الزعبي": a name right after an honorific cannot begin with the
    conjunction ف, so a person's mention the entity layer started after it gets it back (its name too,
    when the name was that mention). Not ب: "الأمير بحمد الله" is a preposition."""
    text = doc.text
    starts = [t.start for t in toks]
    titles = L.AR_HONORIFICS
    for e in doc.entities:
        if e.type != "PERSON":
            continue
        new = []
        changed = False
        for m in e.mentions:
            b = m.start - 1
            k = bisect_right(starts, b) - 1
            if (
                b > 0
                and text[b] == "ف"
                and k > 0
                and toks[k].start == b
                and normalize(toks[k - 1].text) in titles
            ):
                new.append(Mention(start=b, end=m.end, text=text[b : m.end]))
                if e.name == m.text:
                    e.name = text[b : m.end]
                changed = True
            else:
                new.append(m)
        if changed:
            e.mentions = new


def _participles_continue(st: _State, found: list) -> None:
    """ "«...»، هذا ما قاله موتا بعد المباراة، مضيفا «...»": a manner participle left without a speaker
    continues the speaker of the quotation right before it in its sentence or the one before (found by
    a later pass, e.g. a postposed cue)."""
    by_start = sorted(found, key=lambda f: f.start)
    for n, f in enumerate(by_start):
        if f.speaker is not None or f.cue is None or n == 0:
            continue
        k = _tok_at(st, f.cue[0])
        if _ar_cue_type(st.toks[k]) != "participle":
            continue
        prev = by_start[n - 1]
        if prev.speaker is not None and f.sentence - prev.sentence <= 1 and prev.end <= f.cue[0]:
            if _anonymous_verb_before(st, k):
                continue  # "وقال مسؤول كبير بوزارة الخزانة محذرا «...»": its own anonymous subject
            f.speaker = prev.speaker


def _anonymous_verb_before(st: _State, k: int) -> bool:
    """A speech verb of the participle's sentence, within 12 tokens before it, has an anonymous subject
    with a modifier ("وقال مسؤول كبير بوزارة الخزانة محذرا")."""
    toks = st.toks
    for v in range(k - 1, max(-1, k - 12), -1):
        if toks[v].kind == "punct" and toks[v].text in ".!؟?":
            return False
        if _ar_cue_type(toks[v]) == "verb":
            return _anonymous_with_modifier(st, v + 1, k)
    return False


_PAREN_ALIAS = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)")


def _paren_aliases(st: _State) -> list[tuple[int, tuple[str, ...], str]]:
    """ "وزارة الدفاع الأمريكية (البنتاجون)": (offset, key of the name in parentheses, the body's id)
    for every ORG mention followed by a short name in parentheses."""
    out = []
    for ms, me, eid in st.mention_index:
        if _etype(st, eid) not in ("ORG", "MISC"):
            continue
        m = _PAREN_ALIAS.match(st.text, me)
        if m is None or len(m.group(1).split()) > 5 or any(ch.isdigit() for ch in m.group(1)):
            continue
        key = _tokens_key(m.group(1))
        if key and key != _tokens_key(st.text[ms:me]):
            out.append((me, tuple(key), eid))
    return out


# a body's own name after its description: in parentheses a few words on ("وكالة غوث وتشغيل اللاجئين
# الفلسطينيين (الأونروا)"), in quotation marks right after it ("وكالة الفضاء الأمريكية "ناسا"")
_OWN_NAME = re.compile(
    r"((?:\s+[^\s()«»\"“”،,.:؛]+){0,5}?)\s*\(\s*([^()\n،,]{2,30}?)\s*\)|\s*[«\"“]\s*([^«»\"“”\n،,]{2,25}?)\s*[»\"”]"
)


def _own_name_of_body(st: _State, eid: str, sidx: int, quote: tuple[int, int]) -> str:
    """A body speaking under its description whose own name follows it: the entity of that name when
    the entity layer found it (two surfaces, one body), else the description's entity with the name
    added as a mention (so a reader sees «ناسا» for «وكالة الفضاء الأمريكية»)."""
    e = st.doc.entity(eid)
    if e is None or e.type not in ("ORG", "MISC"):
        return eid
    s0, s1 = st.doc.layer.sentences[sidx]
    for m in e.mentions:
        if not (s0 <= m.start < s1):
            continue
        om = _OWN_NAME.match(st.text, m.end)
        if om is None:
            continue
        gap, name = (om.group(1), om.group(2)) if om.group(2) else ("", om.group(3))
        ns, ne = om.span(2) if om.group(2) else om.span(3)
        if ns < quote[1] and quote[0] < ne or len(name.split()) > (4 if om.group(2) else 2):
            continue  # the marks are the quotation itself, or hold more than a name
        if any(ch.isdigit() for ch in name) or (gap and len(gap.split()) > 5):
            continue
        other = next(
            (
                x
                for a, b, x in st.mention_index
                if a == ns and b == ne and x != eid and _etype(st, x) in ("ORG", "MISC")
            ),
            None,
        )
        if other is not None and other not in st.ner_ids and not gap:
            other = None  # a name this stage made an entity of (a quoted name): a mention of the body
        if other is not None and not gap:
            return eid  # "وزارة الدفاع الفرنسية (الإليزيه العسكري)": the full name speaks (_alias_of)
        if other is not None:
            # the description's mention stops short of the body's name ("وكالة غوث" of "وكالة غوث وتشغيل
            # اللاجئين الفلسطينيين (الأونروا)"): the named entity speaks and takes the description's mention
            o = st.doc.entity(other)
            if o is not None and not any(x.start == m.start and x.end == m.end for x in o.mentions):
                o.mentions.append(Mention(start=m.start, end=m.end, text=m.text))
                o.mentions.sort(key=lambda x: x.start)
                e.mentions = [x for x in e.mentions if x is not m]
                st.mention_index = sorted(
                    (a, b, other if (a, b, x) == (m.start, m.end, eid) else x) for a, b, x in st.mention_index
                )
                if not e.mentions:
                    st.ner_ids = st.ner_ids - {eid}
            return other
        if not gap and not any(a < ne and ns < b and x in st.ner_ids for a, b, x in st.mention_index):
            e.mentions.append(Mention(start=ns, end=ne, text=st.text[ns:ne]))
            st.mention_index.append((ns, ne, eid))
            st.mention_index.sort()
        return eid
    return eid


def _alias_of(st: _State, eid: str, at: int, aliases: list[tuple[int, tuple[str, ...], str]]) -> str:
    """The body a speaker named by its alias stands for ("وذكر البنتاجون" after "وزارة الدفاع
    الأمريكية (البنتاجون)")."""
    e = st.doc.entity(eid)
    if e is None:
        return eid
    keys = {tuple(_tokens_key(n)) for n in [e.name] + [m.text for m in e.mentions]}
    for off, key, body in aliases:
        if off <= at and body != eid and key in keys:
            return body
    return eid


_MANAGEMENT = frozenset(normalize(w) for w in "إدارة ادارة".split())
_MANAGED_SKIP = frozenset(normalize(w) for w in "نادي فريق".split())
_GENERIC_HEADS = frozenset(normalize(w) for w in "شركة مجموعة مؤسسة".split())


def _body_named_in_full(st: _State, eid: str, at: int) -> str:
    """A one-word speaker the entity layer took for a person ("وقالت بيرسون") written before as a
    company with its head and adjective ("مجموعة بيرسون البريطانية"): that body. And "إدارة المكتبة"
    after "مكتبة الملك عبدالعزيز العامة": the body it runs."""
    e = st.doc.entity(eid)
    if e is None or e.type not in ("PERSON", "ORG") or not e.mentions:
        return eid
    words = e.name.split()
    if len(words) == 2 and normalize(words[0]) in _MANAGEMENT and normalize(words[1]).startswith("ال"):
        # "وأوضحت إدارة المكتبة" after "دشنت مكتبة الملك عبدالعزيز العامة": the body it runs
        head = L.strip_al(normalize(words[1]))
        first = min(m.start for m in e.mentions)
        toks = st.toks
        hi = bisect_left(st.starts, first)
        for i in range(hi - 1, -1, -1):
            t = toks[i]
            if head in _MANAGED_SKIP or t.kind != "ar" or normalize(t.text[t.stem_start - t.start :]) != head:
                continue
            end = _org_np_end(st, i, min(hi, i + 8))
            for x in range(i + 2, end):
                nx = normalize(toks[x].text)
                if toks[x].kind != "ar" or (
                    nx[:1] == "ب" and toks[x].stem_start > toks[x].start and nx[1:3] != "ال"
                ):
                    end = x  # "مكتبة الملك فهد العامة بمدينة جدة": the place is no part of the name
                    break
            if end - i >= 2 and normalize(toks[i + 1].text).startswith("ال"):
                body = _entity_for(st, t.stem_start, toks[end - 1].end, "ORG")
                return body if body is not None else eid
        return eid
    if len(words) != 1 or e.type != "PERSON":
        return eid  # a body the entity layer typed right keeps its own name ("أبل")
    w = normalize(e.name)
    toks = st.toks
    hi = bisect_left(st.starts, at)
    for i in range(min(hi, len(toks)) - 1, 0, -1):
        t, h = toks[i], toks[i - 1]
        if t.kind != "ar" or normalize(t.text) != w or h.kind != "ar":
            continue
        if normalize(h.text[h.stem_start - h.start :]) not in _GENERIC_HEADS:
            continue
        end = i + 1
        if end < hi and toks[end].kind == "ar":
            nn = normalize(toks[end].text)
            if nn.startswith("ال") and nn.endswith(("يه", "ي")) and len(nn) >= 5:
                end += 1  # "مجموعة بيرسون البريطانية"
        body = _entity_for(st, h.stem_start, toks[end - 1].end, "ORG")
        return body if body is not None else eid
    return eid


_TLDS = frozenset("com org net info io co uk ru tv news de fr".split())


def _merge_dotted(text: str, toks: list[Token]) -> list[Token]:
    """Arabic dotted abbreviations written without spaces ("إن.بي.سي", "سي.إن.إن") as one token, so
    that their first letters are not read as the complementizer إن."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        j = i
        while (
            j + 2 < len(toks)
            and toks[j].kind == "ar"
            and toks[j + 1].text == "."
            and toks[j + 2].kind == "ar"
            and toks[j].end == toks[j + 1].start
            and toks[j + 1].end == toks[j + 2].start
            and len(toks[j].text) <= 3
            and len(toks[j + 2].text) <= 3
        ):
            j += 2
        if j > i:
            end = toks[j].end
            out.append(
                Token(t.start, end, text[t.start : end], "ar", t.start, normalize(text[t.start : end]))
            )
            i = j + 1
            continue
        if (
            t.kind == "latin"
            and i + 2 < len(toks)
            and toks[i + 1].text == "."
            and toks[i + 1].start == t.end
            and toks[i + 2].start == toks[i + 1].end
            and toks[i + 2].text in _TLDS
        ):
            # "Polygraph.info", "Axios.com": a web outlet's name is one word, its dot no full stop
            end = toks[i + 2].end
            out.append(
                Token(t.start, end, text[t.start : end], "latin", t.start, text[t.start : end].lower())
            )
            i += 3
            continue
        if (
            t.kind == "ar"
            and t.text == "د"
            and i + 2 < len(toks)
            and toks[i + 1].text == "."
            and toks[i + 1].start == t.end
            and toks[i + 2].kind == "ar"
            and (i == 0 or toks[i - 1].end < t.start)
        ):
            # "د. خالد", "الدكتور د. اللويم": the dot of the abbreviated title is no full stop
            out.append(t)
            i += 2
            continue
        out.append(t)
        i += 1
    return out
