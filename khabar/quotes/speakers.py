"""Speaker resolution for quotations: the subject of a speech cue (VSO/SVO), titles and names, organisations, descriptions and anaphora, in Arabic and English."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from khabar.quotes import lexicon as L
from khabar.quotes.common import (
    _ANON_BARE,
    _AUDIENCE,
    _DOC_BARE,
    _FORMULAS,
    _MANNER_ADVERBS,
    _NOT_NAMES,
    _ORG_HEADS_BARE,
    _PRON_PREP,
    _RELATIVES,
    _TITLE_BARE,
    _WORDS,
    _ar_cue_type,
    _doc_bare,
    _doc_noun,
    _entities_in,
    _entity_for,
    _etype,
    _has_subject_after,
    _marked_starting_at,
    _name_starts_at,
    _new_entity,
    _norm_adj2,
    _nwords,
    _parenthesized_name,
    _phrase_entity,
    _place_read_for_name,
    _plausible_run,
    _skip_adjuncts,
    _State,
    _tok_at,
    _tokens_key,
    normalize,
)
from khabar.quotes.sources import _INTERVIEW, _ISSUED, _OUTLET_HEADS_BARE, _ar_told_source
from khabar.text.tokenize import Token


@dataclass(slots=True)
class Speaker:
    entity: str | None  # entity id
    known: bool  # a speaker was decided (possibly anonymous): stops fallbacks


def _existing_entity(st: _State, start: int, end: int) -> str | None:
    """The entity whose name contains the words of [start, end), without creating one."""
    key = set(_tokens_key(st.text[start:end]))
    if not key:
        return None
    for e in st.doc.entities:
        for n in [e.name] + [m.text for m in e.mentions]:
            if key <= set(_tokens_key(n)):
                return e.id
    return None


def _full_name_before(st: _State, k: int) -> str | None:
    """ "وأكد العطية": the earlier "خالد العطية" (a name word then this family name) as a person."""
    toks = st.toks
    target = normalize(toks[k].text)
    for j in range(k - 1, 0, -1):
        if normalize(toks[j].text) != target:
            continue
        s0 = j
        while s0 - 1 >= 0 and j - (s0 - 1) <= 4:
            tp = toks[s0 - 1]
            np_ = normalize(tp.text)
            if (
                tp.kind == "ar"
                and _ar_cue_type(tp) is None  # "وأكد الباحثون": a verb, not a first name
                and not _other_entity_at(st, tp)  # "في محافظة ينبع سامر ...": a place ends the name
                and (
                    np_ in _CONNECTORS
                    or ((_namey(tp) or np_ in L.person_name_tokens()) and not np_.startswith("ال"))
                )
            ):
                s0 -= 1
                continue
            break
        names = L.person_name_tokens()
        if s0 < j and any(normalize(toks[x].text) in names for x in range(s0, j)):
            return _entity_for(st, toks[s0].start, toks[j].end, "PERSON")
    return None


def _other_entity_at(st: _State, t: Token) -> bool:
    """The token lies in a mention of a place, body or other non-person entity the entity layer found."""
    i = bisect_right(st.mention_index, (t.start, 1 << 30, "")) - 1
    while i >= 0 and st.mention_index[i][0] > t.start - 200:
        ms, me, eid = st.mention_index[i]
        if ms <= t.start < me and eid in st.ner_ids and _etype(st, eid) != "PERSON":
            return True
        i -= 1
    return False


def _untagged_definite_word(st: _State, t: Token, n: str) -> bool:
    """``t`` (normalized ``n``) is one Arabic word with the article and no proclitic, of five letters or
    more, that no entity mention starts at: where a family name the entity layer missed can stand."""
    return (
        t.kind == "ar"
        and n.startswith("ال")
        and len(n) >= 5
        and t.stem_start == t.start
        and not _mention_at(st, t.start)
    )


def _lone_family_name(st: _State, k: int, hi: int) -> bool:
    """The subject right after the verb is one definite word that the person-name lists know as a name
    (جماز in الجماز) and the news vocabulary does not know as a common word, followed by the content
    (a complementizer, إلى أن, a colon) or the outlet told: a family name the entity layer missed."""
    toks = st.toks
    t = toks[k]
    n = normalize(t.text)
    if not _untagged_definite_word(st, t, n) or n.endswith(("ون", "ين", "ات")):
        return False
    cw = L.common_words()
    b = L.strip_al(n)
    if n in cw or b in cw or b not in L.person_name_tokens() or _role_word(n) or n in L.AR_ANONYMOUS:
        return False
    if k + 1 >= hi:
        return True
    t1 = toks[k + 1]
    n1 = normalize(t1.text)
    if n1 in _TO_WHAT and k + 2 < len(toks):
        n1 = normalize(toks[k + 2].text)  # "إلى أن"
    return (t1.kind == "punct" and t1.text in ":،,") or n1 in L.AR_COMPLEMENTIZERS or n1[:1] == "ل"


def _surname_subject(st: _State, k: int) -> str | None:
    """ "نفت الجداوي ذلك"، "من جهته أكد العيد جاهزية المنتخب": a definite word right after the verb that
    the entity layer left untagged, and that is the family name of the one person named in full
    before it in the article ("رجاء الجداوي", "إبراهيم العيد"), is that person, even when the word is
    also a common noun."""
    toks = st.toks
    t = toks[k]
    n = normalize(t.text)
    if (
        not _untagged_definite_word(st, t, n)
        or n in L.AR_TITLE_WORDS
        or n in L.AR_HONORIFICS
        or L.strip_al(n) in _TITLE_BARE
        or n in L.AR_ORG_HEADS
        or L.strip_al(n) in _ORG_HEADS_BARE
        or n in L.AR_ANONYMOUS
        or L.strip_al(n) in _ANON_BARE
        or _doc_noun(t)
        or n.endswith(("ون", "ات"))  # "الباحثون": a plural noun, not a family name
    ):
        return None
    found = set()
    for ms, _me, eid in st.mention_index:
        if ms >= t.start or _etype(st, eid) != "PERSON":
            continue
        e = st.doc.entity(eid)
        ws = [normalize(w) for w in _WORDS.findall(e.name)] if e is not None else []
        while ws and ws[0] in _TITLE_WORDS_ALL:
            ws = ws[1:]
        if len(ws) >= 2 and ws[-1] == n:
            found.add(eid)
    if len(found) == 1:
        return next(iter(found))
    if found:
        return None
    return _full_name_before(st, k)


_MUFTI = frozenset(normalize(w) for w in "مفتي المفتي".split())


def _titled_holder_before(st: _State, k: int, hi: int) -> str | None:
    """A title with no name in the subject ("وأضاف مفتي مصر في بيان"، "وأوضح المتحدث الرسمي باسم
    الانتخابات البلدية"، "قال المتحدث باسم منظمة X:"): the person the article described by that title
    before, named with it ("مفتي مصر الدكتور شوقي علام"); not the country or body inside the title, and
    not a name the stage would make of its words. A definite office or one in construct with its
    genitive; an indefinite "متحدث باسم X" stays unresolved here."""
    toks = st.toks
    t0 = toks[k]
    n0 = L.strip_conj(normalize(t0.text)) if normalize(t0.text) not in _OFFICE_HEADS else normalize(t0.text)
    if t0.kind != "ar" or not (n0 in _OFFICE_HEADS or n0 in _MUFTI or n0 in _ROLE_NOUNS):
        return None
    if not n0.startswith("ال") and not _definite_construct(st, k + 1, hi):
        return None  # "متحدث باسم الشرطة", "مسؤول": an unnamed person, not a holder named before
    end = _np_end_ar_subject(st, k, hi)
    if end <= k:
        return None
    s0, e0 = t0.start, toks[end - 1].end
    if any(
        normalize(toks[x].text) in L.AR_HONORIFICS or normalize(toks[x].text) in L.AR_COMPLEMENTIZERS
        for x in range(k + 1, end)
    ):
        return None  # a name follows an honorific: the name itself
    if any(
        _etype(st, eid) == "PERSON" and st.doc.entity(eid) is not None and eid in st.ner_ids
        for ms, me, eid in st.mention_index
        if s0 <= ms < e0
    ):
        return None
    for x in range(end, min(hi, end + 8)):
        if toks[x].kind != "ar" or normalize(toks[x].text) in L.AR_COMPLEMENTIZERS:
            break
        if _ner_person_at(st, toks[x].start):
            # "نائب مدير الأمن العام قائد قوات أمن الحج اللواء ناصر العرفج": the title chain's
            # holder is named in the subject, not the one an inner title described before
            return None
    return _person_by_description(st, st.text[s0:e0], s0)


def _ner_person_at(st: _State, offset: int) -> bool:
    """A PERSON mention of the entity layer starts at ``offset``."""
    return any(
        ms == offset and eid in st.ner_ids and _etype(st, eid) == "PERSON"
        for ms, _me, eid in st.mention_index
    )


def _definite_construct(st: _State, j: int, hi: int) -> bool:
    """The genitive chain after an office head is definite ("مفتي مصر", "وزير الخارجية", "مدير شؤون
    المعلمين"): a definite word or a name within three words, before any preposition."""
    toks = st.toks
    for x in range(j, min(hi, j + 3)):
        t = toks[x]
        n = normalize(t.text)
        if t.kind != "ar" or n in L.AR_PREPOSITION_STOPS or n == normalize("باسم") or n[:1] in "بل":
            return False
        if n.startswith("ال") or _mention_at(st, t.start):
            return True
        if x > j and not _tanween(t) and n not in L.AR_COMPLEMENTIZERS:
            return True  # "رئيس بلدية مدركة": a place name closes the chain
    return False


def _body_ending_with(st: _State, k: int) -> str | None:
    """A bare definite word (no entity, no vocabulary) after a speech verb that is a word of a body's
    name written in full before ("الجهاز المركزي للتعبئة العامة والإحصاء" ... "وأوضح الإحصاء"): that
    body, from its head word (a body head) to the word, seven words at most, all definite; the latest."""
    toks = st.toks
    n0 = normalize(toks[k].text)
    if n0 in _ALL_VOCAB or L.strip_al(n0) in _ALL_BARE or len(n0) < 5 or toks[k].stem_start != toks[k].start:
        return None
    for j in range(k - 1, max(-1, k - 600), -1):
        nj = normalize(toks[j].text)
        if toks[j].kind != "ar" or L.strip_conj(nj) != n0 or nj == n0 and j + 1 == k:
            continue
        for h in range(j - 1, max(-1, j - 7), -1):
            nh0 = normalize(toks[h].text)
            if toks[h].kind != "ar":
                break
            nh = L.strip_conj(nh0)
            if nh in L.AR_ORG_HEADS or L.strip_al(nh) in _ORG_HEADS_BARE:
                start = toks[h].stem_start if nh != nh0 else toks[h].start
                return _entity_for(st, start, toks[j].end, "ORG")
            if not nh0.startswith(("ال", "لل", "وال", "بال")):
                break  # every word of the chain is definite: "للتعبئة العامة والإحصاء"
    return None


def _org_by_head(st: _State, head_norm: str, before: int) -> str | None:
    """'المجلس' / 'الهيئة' / 'النقابة': the latest ORG entity named with that head before ``before``."""
    best: tuple[int, str] | None = None
    for e in st.doc.entities:
        if e.type not in ("ORG", "GPE", "MISC"):
            continue
        for m in e.mentions:
            if m.start >= before:
                continue
            k = _tokens_key(m.text)
            if k and k[0] == head_norm and (best is None or m.start > best[0]):
                best = (m.start, e.id)
    if head_norm in _MINISTRY_HEADS:
        own = _ministry_of_minister(st, before, best[0] if best is not None else -1)
        if own is not None:
            return own  # "وأمر وزير الداخلية X ... وقالت الوزارة": his ministry, not one named earlier
    if best is not None:
        return best[1]
    named = _org_named_after_head(st, head_norm, before)
    if named is not None:
        return named
    if head_norm in _ORG_HEADS_BARE:
        return _org_phrase_before(st, head_norm, before)
    return None


_TO_WHAT = frozenset(normalize(w) for w in "إلى الى".split())
_MINISTRY_HEADS = frozenset(normalize(w) for w in "وزارة وزاره".split())
_MINISTER_WORDS = frozenset(normalize(w) for w in "وزير وزيرة الوزير الوزيرة".split())


def _ministry_of_minister(st: _State, before: int, after: int) -> str | None:
    """The ministry of the last minister named by his portfolio ("وزير الداخلية", "وزيرة الشؤون
    الاجتماعية") between ``after`` and ``before`` (the bare "الوزارة" at ``before``): an ORG entity
    named "وزارة <portfolio>" with its mention at the bare word. None without such a minister."""
    toks = st.toks
    hi = bisect_left(st.starts, before)
    lo = bisect_right(st.starts, after) if after >= 0 else max(0, hi - 300)
    for k in range(hi - 1, lo - 1, -1):
        nk = normalize(toks[k].text)
        if (nk not in _MINISTER_WORDS and L.strip_conj(nk) not in _MINISTER_WORDS) or k + 1 >= hi:
            continue
        j = k + 1
        while j < min(hi, k + 3) and toks[j].kind == "ar" and normalize(toks[j].text).startswith("ال"):
            if _mention_at(st, toks[j].start) and _etype(st, _entity_at(st, toks[j].start) or "") == "PERSON":
                break
            j += 1
        if j == k + 1:
            continue  # "وزير سابق", "وزير خارجية مصر": no definite portfolio
        portfolio = st.text[toks[k + 1].start : toks[j - 1].end]
        name = "وزارة " + portfolio
        t = toks[hi] if hi < len(toks) else None
        if t is None or t.start != before:
            return None
        for e in st.doc.entities:
            if e.type == "ORG" and _tokens_key(e.name) == _tokens_key(name):
                return e.id
        eid = _new_entity(st, "ORG", t.stem_start, t.end)
        ent = st.doc.entity(eid)
        if ent is not None:
            ent.name = name
        return eid
    return None


def _entity_at(st: _State, offset: int) -> str | None:
    i = bisect_left(st.mention_index, (offset, -1, ""))
    return st.mention_index[i][2] if i < len(st.mention_index) and st.mention_index[i][0] == offset else None


def _org_named_after_head(st: _State, head_norm: str, before: int) -> str | None:
    """ "النادي الإسباني" after "نادي برشلونة": the latest entity named right after the same head."""
    best: tuple[int, str] | None = None
    for ms, _me, eid in st.mention_index:
        if ms >= before or _etype(st, eid) not in ("ORG", "GPE", "MISC"):
            continue
        pk = bisect_left(st.starts, ms) - 1
        if pk >= 0 and st.toks[pk].end <= ms:
            pn = L.strip_al(L.strip_conj(normalize(st.toks[pk].text)))
            if pn == head_norm and (best is None or ms > best[0]):
                best = (ms, eid)
    return best[1] if best else None


def _org_phrase_before(st: _State, head_norm: str, before: int) -> str | None:
    """The last "شركة تويوتا" / "لهيئة الهلال الأحمر" / «الفيدرالية العالمية ...» written before
    ``before`` whose head is ``head_norm``: an ORG entity for that phrase."""
    toks = st.toks
    hi = bisect_left(st.starts, before)
    for k in range(hi - 1, max(-1, hi - 400), -1):
        t = toks[k]
        if t.kind != "ar":
            continue
        n = normalize(t.text)
        cut = 0
        if L.strip_al(n) != head_norm:
            if n[:1] in "لبو" and not n.startswith("لل") and L.strip_al(n[1:]) == head_norm:
                cut = 1
            else:
                continue
        if n.startswith("ال") and k + 1 < hi and toks[k + 1].kind == "num":
            continue  # "ارتفعت أرباح الشركة 12 في المائة": the company named before, not a name
        end = _org_np_end(st, k, min(hi, k + 8))
        if end - k < 2:
            continue
        for m in st.marked:
            if (
                t.start <= m.open <= toks[end - 1].end
                and _nwords(st.text[m.start : m.end]) <= 6
                and m.end <= before
            ):
                return _entity_for(st, m.start, m.end, "ORG")
        return _entity_for(st, t.start + cut, toks[end - 1].end, "ORG")
    return _quoted_name_before(st, head_norm, before)


def _quoted_name_before(st: _State, head_norm: str, before: int) -> str | None:
    """A quoted body name written before and starting with ``head_norm``: «الفيدرالية العالمية ...»."""
    for m in reversed(st.marked):
        if m.end <= before and 2 <= _nwords(st.text[m.start : m.end]) <= 8:
            k0 = _tokens_key(st.text[m.start : m.end])
            if k0 and k0[0] == head_norm:
                return _entity_for(st, m.start, m.end, "ORG")
    return None


_HONORIFIC_OR_STYLE = L.AR_HONORIFICS | frozenset(normalize(w) for w in "معالي سعادة فضيلة سمو صاحب".split())
_HONORIFIC_OR_STYLE_BARE = frozenset(L.strip_al(w) for w in _HONORIFIC_OR_STYLE)


def _person_by_description(st: _State, desc: str, before: int) -> str | None:
    """'المتحدث باسم منظمة حقوق الإنسان' / 'the spokesman': the nearest person described so earlier."""
    stop = L.AR_TITLE_WORDS | L.AR_PREPOSITION_STOPS
    content = {w for w in _tokens_key(desc) if w not in stop and len(w) > 2 and w not in L.EN_PRONOUNS}
    content -= {"the", "a", "an", "of", "for", "and"}
    if not content:
        # "وقال المفتي", "وأكد الوزير": the title itself, next to a person named before
        content = {w for w in _tokens_key(desc) if len(w) > 3 and w in _OFFICE_BARE}
    # a long description may leave out one word ("مدير عام جمرك مطار الملك عبد العزيز الدولي" then
    # "... الدولي بجدة")
    need = 0.99 if len(content) < 5 else (len(content) - 1) / len(content) - 1e-9
    basm = normalize("باسم") if normalize("باسم") in _tokens_key(desc) else None
    desc_key = [w for w in _tokens_key(desc) if w not in _HONORIFIC_OR_STYLE_BARE]
    head_office = desc_key[0] if desc_key and desc_key[0] in _OFFICE_BARE and content else None
    best: tuple[float, int, str] | None = None
    for e in st.doc.entities:
        if e.type != "PERSON" or (content and set(_tokens_key(e.name)) <= content):
            continue  # not a name inside the description itself ("مطار الملك عبد العزيز")
        for m in e.mentions:
            if m.start >= before:
                continue
            # the words around the person's mention, never the title being resolved itself (a person
            # named just before "وقال وزير الإسكان" does not hold the office for that)
            window = st.text[max(0, m.start - 60) : min(m.end + 60, before)]
            wk = set(_tokens_key(window))
            if basm and basm not in wk:
                continue  # "المتحدث باسم فينيفست": a person described as its spokesman, not any name near it
            if (
                head_office
                and head_office not in wk
                and head_office not in {L.strip_al(L.strip_conj(w)) for w in wk}  # "ومدير مطار الجوف"
                and not _described_right_before(st, desc_key, m.start)
            ):
                continue  # "قائد الحرس الثوري": not a person named near "قادة الحرس الثوري" (the office word)
            if not content:
                score = 0.5
            else:
                score = len(content & wk) / len(content)
            if score >= need and _described_right_before(st, desc_key, m.start):
                # "وزير الخارجية الأستاذ عادل الجبير" for "وزير الخارجية", ahead of "وزير الخارجية
                # الإيطالي باولو جينتيلوني" named later: the description itself, then the name
                score += 1.0
            if score >= need and (best is None or (score, m.start) > (best[0], best[1])):
                best = (score, m.start, e.id)
    return best[2] if best else None


def _described_right_before(st: _State, desc_key: list[str], start: int) -> bool:
    """The words right before a person's mention (past honorifics and styles: الأستاذ، معالي) end with
    the whole description, word for word."""
    if not desc_key:
        return False
    k = bisect_left(st.starts, start) - 1
    while k >= 0 and st.toks[k].kind == "ar" and normalize(st.toks[k].text) in _HONORIFIC_OR_STYLE:
        k -= 1
    words: list[str] = []
    while k >= 0 and st.toks[k].kind == "ar" and len(words) < len(desc_key):
        words.insert(0, L.strip_al(normalize(st.toks[k].text)))
        k -= 1
    return words == desc_key


def _first_boundary(st: _State, lo: int, hi: int) -> int:
    """The first complementizer, colon or quotation mark in [lo, hi) (the subject ends before it)."""
    x = lo
    while x < hi:
        t = st.toks[x]
        if x == lo and t.kind == "punct" and t.text in '«"“':
            m = _marked_starting_at(st, t.start, 0)
            if m is not None and _nwords(st.text[m.start : m.end]) <= 4:
                x += 1
                continue  # وطالب “الاحمري” ...: a quoted name as the subject
        if x > lo and _quoted_name_at(st, x, hi):
            m = _marked_starting_at(st, t.start, 0)
            x = bisect_right(st.starts, m.close) if m is not None else x + 1
            continue  # "مدير شركة «X» Y": a body's quoted name inside the subject
        if (t.kind == "punct" and t.text in ':«"“') or normalize(t.text) in L.AR_COMPLEMENTIZERS:
            return x
        x += 1
    return hi


def _ar_according_speaker(st: _State, k: int, fa: int) -> str | None:
    """The person or body after "وفقا لـ" / "بحسب" with no entity: "للمشرف على الفريق علي بن داوود
    حدادي" (a name closing a title chain), "للوزارة" (a body named before)."""
    toks = st.toks
    chain = _chain_name(st, k, fa)
    if chain is not None:
        return _entity_for(st, toks[chain[0]].start, toks[chain[1] - 1].end, "PERSON")
    n = normalize(toks[k].text)
    if n.startswith("ل") and not n.startswith("لل") and n[1:] in L.AR_ORG_HEADS and k + 1 < fa:
        # "ووفقا لمركز الإحصاءات الإيراني فإن": the body after the preposition
        org_end = _org_np_end(st, k, fa)
        if org_end - k >= 2:
            return _entity_for(st, toks[k].start + 1, toks[org_end - 1].end, "ORG")
        return None
    if n.startswith("لل") and len(n) > 4:
        head = n[2:]
    elif n.startswith("ال"):
        head = L.strip_al(n)
    else:
        return None
    if head in _ORG_HEADS_BARE:
        return _org_by_head(st, head, toks[k].start)
    return None


# "دراسة أجرتها جامعة أكسفورد", "تقرير أصدره البنك الدولي": the verb that names a document's author
_ISSUED_VERB = frozenset(normalize(w) for w in "صدر صدرت".split())
_DOC_MADE = frozenset(
    normalize(a + b)
    for a in "أجرا أجرت أعد أعدت أصدر أصدرت نشر نشرت وزع وزعت أطلق أطلقت".split()
    for b in ("ه", "ها")
) | frozenset(normalize(w) for w in "أجراه أجرته".split())
_DOC_MODS = frozenset(
    normalize(w)
    for w in "حديث حديثة جديد جديدة الأخير الأخيرة أخير سنوي سنوية السنوي السنوية رسمي رسمية الرسمي "
    "الرسمية أولي أولية الأولي الأولية صحفي صحافي".split()
)


_DOC_OBTAINED = frozenset(
    normalize(w) for w in "حصلت حصل تلقت تلقى اطلعت اطلع حصلنا تلقينا اطلعنا نشرته نشرت".split()
)


def _document_author(st: _State, k: int, hi: int) -> str | None:
    """The body (or person) a document at token k comes from, when the phrase names it: "تقرير شركة
    YouGov", "تقرير لصندوق النقد الدولي", "دراسة أجرتها جامعة أكسفورد", "بيانات صادرة عن المطار".
    None for a document with no named author (then the quotation is anonymous)."""
    toks = st.toks
    end = min(hi, k + 8)
    j = k + 1
    while j < end:
        t = toks[j]
        n = normalize(t.text)
        if t.kind == "punct":
            m = _marked_starting_at(st, t.start, 0)
            if j == k + 1 and m is not None and 1 <= _nwords(st.text[m.start : m.end]) <= 5:
                return _entity_for(st, m.start, m.end, "ORG")  # "تقرير «هيومن رايتس ووتش»"
            return None
        if n in _DOC_MADE:
            return _doc_body(st, j + 1, hi, False)
        if L.strip_conj(n) in _DOC_OBTAINED:
            # "وأكدت في بيان حصلت «الشرق الأوسط» على نسخة منه": who obtained the statement reports
            # it; its author is the zero subject of the verb
            return None
        if (
            (n in _ISSUED or n in _ISSUED_VERB)
            and j + 1 < end
            and normalize(toks[j + 1].text) in ("عن", "من")
        ):
            return _doc_body(st, j + 2, hi, False)
        if j == k + 1 and n in ("عن", "من") and j + 1 < end:
            return _doc_body(st, j + 1, hi, False)  # "وذكر بيان من مكتب زوما", "بيان عن الوزارة"
        if n in _SIGNED and j + 1 < end and normalize(toks[j + 1].text) in ("من", "عن"):
            # "الرسالة الموقعة من الايرلندي باتريك هيكي ... والايطالي X": the first signatory
            return _signatory(st, j + 2, hi)
        if n[:1] == "ل" and len(n) > 3 and n not in _AUDIENCE:
            if L.strip_al(n[1:]) in _TITLE_BARE or n[1:] in L.AR_HONORIFICS:
                # "مقالا لوزير الخارجية الإيراني محمد جواد ظريف": the person after the title
                return _signatory(st, j + 1, hi)
            return _doc_body(st, j, hi, True)
        if (
            j == k + 1
            and not _nisba_adjective(st, j, hi)
            and (author := _doc_body(st, j, hi, False, genitive=True)) is not None
        ):
            return author
        if (
            n in _DOC_MODS
            or t.kind == "num"
            or n in ("ال", "الـ")
            or (n.startswith("ال") and n.endswith(("ي", "يه")))
        ):
            j += 1  # "التقرير الـ 51 لمؤسسة ...", "للبيانات الإحصائية الأولية الصادرة عن المطار"
            continue
        return None
    return None


_ARTICLE_BARE = frozenset(L.strip_al(normalize(w)) for w in "رسالة مقال مقالة".split())
_SIGNED = frozenset(normalize(w) for w in "الموقعة الموقع موقعة موقع الممهورة ممهورة".split())


def _signatory(st: _State, j: int, hi: int) -> str | None:
    """The first person named within a few words from token j (after a signing participle or a
    title): "الموقعة من الايرلندي باتريك هيكي عضو ...": not a body or place of the title's phrase."""
    for x in range(j, min(hi, j + 8)):
        t = st.toks[x]
        if t.kind == "punct" and t.text not in "-":
            return None
        for ms, _me, eid in st.mention_index:
            if t.start <= ms < t.end and _etype(st, eid) == "PERSON" and _plausible(st, eid):
                return eid
    return None


def _document_antecedent(st: _State, k: int) -> str | None:
    """The author of the nearest earlier document named with the same noun as the definite one at k
    ("التقرير" after "تقرير صادر عن X"), when that mention names its author."""
    toks = st.toks
    bare = _doc_bare(toks[k])
    study = bare in _STUDY_BARE
    for j in range(k - 1, max(-1, k - 400), -1):
        if toks[j].kind != "ar":
            continue
        if study and L.strip_al(L.strip_conj(normalize(toks[j].text))) in _RESEARCH:
            # "بحثا أجراه مايكل جافين ... وقال التقرير": a study named with another research noun
            author = _document_author(st, j, min(len(toks), j + 10))
            if author is not None:
                return author
            continue
        if not _doc_noun(toks[j]) or _doc_bare(toks[j]) != bare:
            continue
        return _document_author(st, j, min(len(toks), j + 10))
    return None


_DUAL_HEADS = frozenset(normalize(w) for w in "صحيفتا وكالتا قناتا شركتا منظمتا مجلتا".split())
_AGENCY_HEADS = frozenset(normalize(w) for w in "وكالة وكاله صحيفة صحيفه قناة قناه إذاعة اذاعة".split())
_STUDY_BARE = frozenset(L.strip_al(normalize(w)) for w in "تقرير دراسة تحليل".split())
_RESEARCH = frozenset(normalize(w) for w in "بحث بحثا دراسة دراسه".split())


def _unauthored_document(st: _State, k: int, hi: int) -> bool:
    """An indefinite document noun at k whose phrase names no author: bare ("وقالت تقارير إن"), with an
    adjective ("تقارير صحفية", "بيان رسمي") or with an issuer that is no name ("بيان صادر عن الاجتماع").
    Not "البيان" (the statement named before) nor "بيان سكرتارية الجائزة" (a genitive author)."""
    toks = st.toks
    n0 = L.strip_conj(normalize(toks[k].text))
    if n0.startswith("ال") or n0.startswith("لل"):
        return False
    j = k + 1
    if j >= hi:
        return True
    t = toks[j]
    n = normalize(t.text)
    if t.kind == "punct" or n in L.AR_COMPLEMENTIZERS or n in _ISSUED or n in _DOC_MADE or n in _ISSUED_VERB:
        return True  # "وأشار بيان صدر أمس إلى أن": issued, by no one named
    return _nisba_adjective(st, j, hi)


def _nisba_adjective(st: _State, j: int, hi: int) -> bool:
    """An indefinite nisba adjective at j after an indefinite noun ("بيان رسمي", "تقارير صحفية"), not
    the head of a genitive ("بيان سكرتارية الجائزة")."""
    toks = st.toks
    t = toks[j]
    n = normalize(t.text)
    if j + 1 < hi and toks[j + 1].kind == "ar" and normalize(toks[j + 1].text).startswith("ال"):
        return False  # "بيان سكرتارية الجائزة": a genitive author, not an adjective
    return t.kind == "ar" and not n.startswith("ال") and n.endswith(("ي", "يه")) and len(n) >= 4


def _doc_body(st: _State, j: int, hi: int, prep: bool, genitive: bool = False) -> str | None:
    """The author named at token j (after the preposition ل when ``prep``)."""
    toks = st.toks
    if j >= hi:
        return None
    t = toks[j]
    n = normalize(t.text)
    start = t.start
    if prep:
        # "لصندوق" -> صندوق; "للهيئة" -> (ال)هيئة: the surface after the preposition and its merged ال
        double = n.startswith("لل") and len(n) > 4
        start += 2 if double else 1
        n = "ال" + n[2:] if double else n[1:]
    for ms, me, eid in st.mention_index:
        if ms in (t.start, start) and me <= toks[min(hi, j + 8) - 1].end:
            etype = _etype(st, eid)
            if etype not in ("ORG", "PERSON") and (genitive or etype not in ("GPE", "LOC")):
                continue
            if ms == t.start and prep:
                _trim_mention(st, eid, ms, me, start)  # "لصندوق النقد الدولي": not the preposition
            return eid
    bare = L.strip_al(n)
    if t.kind == "latin" or bare in _ORG_HEADS_BARE or n in L.AR_OUTLET_HEADS or bare in _OUTLET_BARE:
        org_end = _org_np_end(st, j, min(hi, j + 8))
        if org_end == j + 1 and n.startswith("ال") and not prep:
            prev = _org_by_head(st, bare, t.start)
            if prev is not None:
                return prev  # "الصادرة عن المطار": the airport named before
        return _entity_for(st, start, toks[org_end - 1].end, "ORG")
    if not genitive and not prep:
        # "أعدته الباحثة سارة أحمد": a person after her title
        run = _ar_name_run(st, j, min(hi, j + 6))
        if run is not None and _plausible_run(st, run):
            return _entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON")
    return None


def _trim_mention(st: _State, eid: str, ms: int, me: int, new_start: int) -> None:
    """Move the start of an entity's mention past a proclitic the NER took in ("لصندوق" -> "صندوق")."""
    e = st.doc.entity(eid)
    if e is None:
        return
    old = st.text[ms:me]
    new = st.text[new_start:me]
    for m in e.mentions:
        if m.start == ms and m.end == me:
            m.start, m.text = new_start, new
    if e.name == old:
        e.name = new
    st.mention_index = sorted(
        (a if (a, b, c) != (ms, me, eid) else new_start, b, c) for a, b, c in st.mention_index
    )


_ROLE_BARE = frozenset(
    L.strip_al(normalize(w))
    for w in "مهاجم مهاجمة نجم نجمة ناقد ناقدة مطرب مطربة ممثل ممثلة محلل محللة لاعب لاعبة مدافع "
    "ظهير قائد قائدة رسام رسامة شاعر شاعرة روائي روائية".split()
)
_ADVERB_TAILS = frozenset(normalize(w) for w in "أيضا كذلك حاليا سابقا مؤخرا لاحقا مجددا أمس".split())


def _role_word(n: str) -> bool:
    b = L.strip_al(n)
    return n in L.AR_TITLE_WORDS or b in _TITLE_BARE or b in _ROLE_BARE


def _title_single_name(st: _State, lo: int, hi: int) -> str | None:
    """A name no list knows right after a title and its adjectives, closing the subject phrase:
    "وقال اللاعب البرازيلي نيمار في تصريحات:", "وأضاف المهاجم نيمار إن" (the NER found nothing)."""
    toks = st.toks
    k = _skip_adjuncts(st, lo, hi)
    n0 = L.strip_conj(normalize(toks[k].text)) if k < hi else ""
    if k >= hi or toks[k].kind != "ar" or not n0.startswith("ال") or not _role_word(n0):
        return None  # "مسؤول أمريكي": an indefinite description, not a title before a name
    if n0 in L.AR_ANONYMOUS or L.strip_al(n0) in _ANON_BARE:
        return None
    j = k + 1
    while j < hi and j < k + 4 and toks[j].kind == "ar":
        n = normalize(toks[j].text)
        if not (n.startswith("ال") and (n.endswith("ي") or _adjectival(n) or _role_word(n))):
            break
        j += 1  # "البرازيلي", "الدولي": adjectives of the title
    if j >= hi or not _single_name(toks[j]):
        return None
    names = L.person_name_tokens()
    e = j + 1
    while e < hi and e < j + 3 and (_single_name(toks[e]) or normalize(toks[e].text) in names):
        e += 1  # "جون كيري", "ديدييه ديشان"
    if any(normalize(toks[x].text) in _ADVERB_TAILS for x in range(j, e)):
        return None
    if e < hi:
        t = toks[e]
        n = normalize(t.text)
        boundary = (
            (t.kind == "punct" and t.text in '،,:«"“(')
            or n in L.AR_COMPLEMENTIZERS
            or _is_prep(t)
            or n in L.AR_TIME_WORDS
            or n in _AUDIENCE
            or (n[:1] == "ل" and (n[1:] in _AUDIENCE or n[1:] in L.AR_OUTLET_HEADS))
            or _ar_cue_type(t) is not None
        )
        if not boundary:
            return None
    return _entity_for(st, toks[j].start, toks[e - 1].end, "PERSON")


def _cut_name_whole(st: _State, k: int, mention: tuple[int, int, str]) -> str | None:
    """A name the NER cut after a letter it read as a proclitic, in subject position ("فالكاو" read
    as ف + "الكاو", "كاسياس" as ك + "اسياس"): the whole word, as a person. None when the mention is
    not cut, or the whole word is a known word."""
    ms, me, eid = mention
    t = st.toks[k]
    if not (t.start < ms < t.end) or st.text[t.start : ms] not in ("ف", "ك"):
        return None
    if _etype(st, eid) not in ("PERSON", "GPE", "LOC"):
        return None
    whole = normalize(t.text)
    if whole in _ALL_VOCAB or L.strip_al(whole) in _ALL_BARE or whole in L.AR_PREPOSITION_STOPS:
        return None
    for e in st.doc.entities:
        if e.id != eid and e.type == "PERSON" and whole in {normalize(w) for w in e.name.split()}:
            return e.id  # the person named before with the whole word
    e = st.doc.entity(eid)
    if e is not None and len(e.mentions) == 1:
        _trim_mention(st, eid, ms, me, t.start)
        e.type = "PERSON"
        return eid
    return _phrase_entity(st, t.start, me, "PERSON")


_TOPIC_PREPS = frozenset(normalize(w) for w in "عن عما حول بشأن بخصوص بالنسبة".split())


def _topic_before(st: _State, vi: int) -> int | None:
    """The start offset of a fronted topic phrase that opens the clause of the verb at ``vi``:
    "وعن المهاجم البرازيلي قال"، "أما عن الروماني X فقال"، "وعما إذا كانت ... ، قالت"، "وحول عقد X،
    أوضح". The clause opens at the sentence start, after punctuation (a comma, a closing quotation mark) or after أما; its first word (after
    و/ف) is عن / عما / حول / بشأن / بخصوص / بالنسبة, and no other speech verb stands between it and
    the verb. What the topic names is what is spoken about, never who speaks."""
    toks = st.toks
    sidx = st.doc.layer.sentence_index(toks[vi].start)
    s0 = st.doc.layer.sentences[sidx][0]
    k = vi - 1
    while k >= 0 and toks[k].start >= s0 and vi - k <= 40:
        t = toks[k]
        if t.text in ".:؛;!?؟" or (k < vi - 1 and _ar_cue_type(t) is not None):
            return None
        n = normalize(t.text)
        if n in _TOPIC_PREPS or L.strip_conj(n) in _TOPIC_PREPS or (n[:1] in "وف" and n[1:] in _TOPIC_PREPS):
            opens = k == 0 or toks[k - 1].start < s0 or toks[k - 1].kind == "punct"
            opens = opens or normalize(toks[k - 1].text) in ("اما", "واما")
            if opens and k + 1 < vi:
                return t.start
        k -= 1
    return None


_SUBJECT_END_TIMES = frozenset(
    normalize(w)
    for w in "اليوم أمس غدا الليلة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()
)


_CLAUSE_LINKS = frozenset(normalize(w) for w in "، , بينما وبينما فيما وفيما في حين".split())


def _new_clause_subject(st: _State, vi: int) -> Speaker | None:
    """ "أكد فيه X أن ...، نفى المتحدث باسم الحركة هذه المعلومة، موضحا أنه"، "وأكد X أن ...، بينما نفى
    رئيس النادي Y ذلك، مؤكدا أن": within the sentence of the last speaker, a speech verb opening a new
    clause (after a comma or بينما / فيما) with no content clause of its own before the participle has
    its own subject, which the participle continues."""
    toks = st.toks
    s0 = st.doc.layer.sentences[st.doc.layer.sentence_index(toks[vi].start)][0]
    for x in range(vi - 1, max(-1, vi - 30), -1):
        t = toks[x]
        if t.start < s0:
            return None
        n = normalize(t.text)
        if n in L.AR_COMPLEMENTIZERS or t.text in ':«"“.؛':
            return None  # a content clause or a quotation between: the verb has its own content
        if (
            x > 0
            and t.kind == "ar"
            and _ar_cue_type(t) == "verb"
            and (toks[x - 1].text in "،," or normalize(toks[x - 1].text) in _CLAUSE_LINKS)
        ):
            saved = _snapshot(st)
            probe = _ar_speaker_inner(st, x, x + 1, _first_boundary(st, x + 1, vi), "verb")
            if probe.known and probe.entity is not None and _plausible(st, probe.entity):
                return probe
            _restore(st, saved)
            return None
    return None


def _name_without_lam(st: _State, eid: str, before: int) -> str | None:
    """A person's name the entity layer read on over the bare proclitic of the outlet spoken to
    ("وأضاف الدكتور عبدالغني لـ «عكاظ»" -> «عبدالغني لـ»): the person named before whose name holds the
    words before لـ (محمد عبدالغني), else None."""
    e = st.doc.entity(eid)
    if e is None or e.type != "PERSON":
        return None
    words = e.name.split()
    if len(words) < 2 or normalize(words[-1]).rstrip("ـ") != "ل":
        return None
    key = set(_tokens_key(" ".join(words[:-1])))
    if not key:
        return None
    best: tuple[int, str] | None = None
    for ms, _me, x in st.mention_index:
        if x == eid or ms >= before or _etype(st, x) != "PERSON":
            continue
        other = st.doc.entity(x)
        if other is None or not key <= set(_tokens_key(other.name)):
            continue
        if best is None or ms > best[0]:
            best = (ms, x)
    return best[1] if best else None


def _ar_speaker(st: _State, vi: int, lo: int, hi: int, ctype: str) -> str | None:
    """The speaker entity of the verb at token vi, from the tokens [lo, hi) between it and the content;
    never one named only inside a fronted topic phrase ("وعن X قال": X is spoken about)."""
    saved = (st.last_speaker, st.last_speaker_set, st.last_sentence)
    eid = _ar_speaker_core(st, vi, lo, hi, ctype)
    if eid is not None:
        named = _name_without_lam(st, eid, st.toks[vi].start)
        if named is not None:
            if st.last_speaker == eid:
                st.last_speaker = named
            eid = named
    if eid is None or ctype == "participle":
        return eid
    ts = _topic_before(st, vi)
    if ts is None:
        return eid
    te = st.toks[vi].start
    ce = st.toks[hi - 1].end if hi > lo else te
    ms = [(a, b) for a, b, x in st.mention_index if x == eid]
    if not any(ts <= a and b <= te for a, b in ms) or any(te <= a < ce for a, _b in ms):
        return eid  # not in the topic, or named after the verb too (its own subject)
    # the topic's referent: the one who spoke before, else the person named before the topic
    prev, prev_set, _ = saved
    if prev_set and prev is not None and prev != eid:
        new: str | None = prev
    else:
        new = _last_titled_person(st, ts)
        if new == eid:
            new = None
    st.last_speaker, st.last_speaker_set = new, True
    st.last_sentence = st.doc.layer.sentence_index(st.toks[vi].start)
    return new


def _ar_speaker_core(st: _State, vi: int, lo: int, hi: int, ctype: str) -> str | None:
    """The speaker entity of the verb at token vi, from the tokens [lo, hi) between it and the content."""
    toks, text = st.toks, st.text
    if L.strip_conj(normalize(toks[vi].text)) in L.AR_PASSIVE_SPEECH and ctype == "verb":
        # "وأفيد بأن", "وقيل إن", "ويقال إن": a passive verb has no speaker; the chain of speech verbs
        # is broken (a later zero subject is not the speaker named before it)
        st.last_speaker, st.last_speaker_set = None, True
        st.last_sentence = st.doc.layer.sentence_index(toks[vi].start)
        return None
    closing = None
    described = False
    if vi > 0 and normalize(toks[vi - 1].text) in _RELATIVES:
        # "الوقت الذي يرى ظريف أن": the relative clause's own subject, else its antecedent
        sp = (
            _ar_speaker_inner(st, vi, lo, hi, ctype)
            if _has_subject_after(st, vi, lo, hi)
            else Speaker(None, False)
        )
        if not (sp.known and sp.entity is not None):
            sp = _ar_antecedent(st, vi - 1)
    else:
        k0 = _skip_adjuncts(st, lo, hi)
        if (
            ctype == "verb"
            and k0 < hi
            and normalize(toks[k0].text) in _SPOKES_ANAPHORS
            and (
                k0 + 1 >= hi
                or toks[k0 + 1].kind != "ar"
                or normalize(toks[k0 + 1].text) in L.AR_COMPLEMENTIZERS
            )
            and st.last_speaker_set
            and st.last_speaker is not None
        ):
            # "وقالت متحدثة باسم الشرطة ... أضافت المتحدثة أن": the spokesperson who spoke before
            sp = Speaker(st.last_speaker, True)
        else:
            sp = _ar_speaker_inner(st, vi, lo, hi, ctype)
        described = k0 < hi and _role_with_relative(st, k0, hi)  # "وقال اللاعب الذي انتقل"
        if (
            ctype != "participle"
            and not described
            and (sp.entity is None or sp.entity not in st.ner_ids or _etype(st, sp.entity) != "PERSON")
        ):
            closing = _closing_person(st, lo, hi)
            if closing is None:
                closing = _name_before_office(st, lo, hi)
            if closing is not None:
                sp = Speaker(closing, True)
    if (
        ctype == "verb"
        and L.strip_conj(normalize(toks[vi].text)) in _CONTINUATION
        and st.last_speaker_set
        and st.last_speaker is not None
        and _etype(st, st.last_speaker) == "PERSON"
        and (sp.entity is None or sp.entity not in st.ner_ids)
        and _bare_title(st, lo, hi)
    ):
        # "وقال عبد الغني إن ... وأضاف الرئيس الأفغاني": a continuation verb with a bare title (an
        # office and its nisba adjectives, no name, no body) goes on with the one who spoke before
        sp = Speaker(st.last_speaker, True)
    if (
        sp.entity is not None
        and sp.entity != closing
        and (
            _anonymous_mention(st, sp.entity, lo, hi)
            or _anonymous_head(st, sp.entity, lo, hi)
            or _document_word(st, sp.entity)
        )
    ):
        # "وقال دبلوماسي غربي إن": a description the NER took for a name; "وقال مسؤول الإعلام في
        # النادي الأهلي محمد الشهري": the person named in apposition, not the club in the modifier
        k0 = _skip_adjuncts(st, lo, hi)
        sp = Speaker(_apposed_person(st, k0, hi) if k0 < hi else None, True)
    if sp.entity is None and ctype != "participle" and not described:
        named = _title_single_name(st, lo, hi)
        if named is not None:
            sp = Speaker(named, True)
    if not sp.known and ctype != "participle":
        sp = _ar_subject_before(st, vi)
    sidx = st.doc.layer.sentence_index(toks[vi].start)
    if (
        not sp.known
        and st.last_sentence != sidx
        and (ctype == "participle" or not _has_subject_after(st, vi, lo, hi))
    ):
        # "وأبدت المعلمة شروق الراجحي رأيها قائلة:": the subject of the sentence's first verb
        probe = _clause_verb_subject(st, sidx, vi) if ctype == "participle" else None
        if probe is None:
            probe = _first_verb_subject(st, sidx, vi, ctype)
        if probe is not None:
            sp = probe
        elif ctype != "participle" and sidx > 0 and st.last_sentence != sidx - 1:
            # "واستقبل الأمير خالد الفيصل الوفد. وقال إن ...": a sentence opening with a zero-subject
            # verb continues the subject of the previous sentence of its paragraph (when no speech
            # was attributed there), not the speaker of an earlier paragraph
            p0, p1 = st.doc.layer.sentences[sidx - 1]
            s0 = st.doc.layer.sentences[sidx][0]
            first = bisect_left(st.starts, s0)
            while first < vi and (toks[first].kind == "punct" or normalize(toks[first].text) in _OPENERS):
                first += 1
            prev_toks = range(bisect_left(st.starts, p0), bisect_left(st.starts, p1))
            cross = "\n" in text[p1:s0]
            if first == vi and not any(_ar_cue_type(toks[x]) is not None for x in prev_toks):
                known_ids = {e.id for e in st.doc.entities}
                saved = _snapshot(st)
                probe = _first_verb_subject(st, sidx - 1, bisect_left(st.starts, p1), "verb")
                if (
                    probe is not None
                    and probe.entity in known_ids  # a recognized name, not a phrase read as one
                    and _etype(st, probe.entity or "") in ("PERSON", "ORG")
                    and (
                        not cross
                        or (probe.entity in st.ner_ids and _etype(st, probe.entity or "") == "PERSON")
                    )
                ):
                    # across a paragraph break ("طمأن عضو الشرف X، جماهير النادي ... ¶ وشدد على أن"):
                    # only a person the entity layer found as the subject of the paragraph before
                    sp = probe
                elif cross:
                    _restore(st, saved)
                elif probe is None:
                    # "وقام كارتر بزيارة ... . وأشاد بالقوات وعبر عن أسفه. وقال إن": back through the
                    # paragraph's zero-subject sentences to the one that names its subject
                    chained = _paragraph_subject(st, sidx - 1)
                    if chained is not None:
                        sp = Speaker(chained, True)
    if sp.known and sp.entity is not None and ctype != "participle":
        _extend_family_name(st, sp.entity, lo, hi)
        ref = _descriptor_referent(st, sp.entity, vi, lo, hi)
        if ref is not None:
            sp = Speaker(ref, True)
    if sp.known and sp.entity is not None:
        full = _titled_surname_person(st, sp.entity, toks[vi].start)
        if full is not None:
            sp = Speaker(full, True)  # "وقال اللواء الزعبي" after "اللواء فراج الزعبي"
        joint = _joint_first(st, sp.entity, toks[vi].start)
        if joint is not None:
            sp = Speaker(joint, True)  # "وقال ماي وكازنوف": the first of the two named before
    if not sp.known and ctype == "participle" and st.last_speaker_set and st.last_sentence == sidx:
        probe = _new_clause_subject(st, vi)
        if probe is not None and probe.entity != st.last_speaker:
            sp = probe
    if (not sp.known or (sp.entity is not None and sp.entity not in st.ner_ids)) and _dual_subject(
        st, lo, hi
    ):
        if st.last_speaker_set and st.last_speaker is not None:
            sp = Speaker(st.last_speaker, True)  # "وكتب الاثنان": the pair who spoke before, the first
    if sp.known:
        st.last_speaker = sp.entity
        st.last_speaker_set = True
        st.last_sentence = sidx
        return sp.entity
    # zero subject / pronoun: the previous speaker, else the person last named
    del toks, text
    if ctype == "participle" and st.last_speaker_set:
        body = _feminine_body_before(st, vi, sidx)
        if body is not None:
            return body  # "أن المفوضية كرمت المملكة ... مؤكدة أنها": the body, not the man reporting
    if st.last_speaker_set and ctype == "verb" and st.last_sentence != sidx:
        new = _clause_subject_before(st, vi)
        if new is not None:
            # "وقد بسطت المقاومة الشعبية ... سيطرتها ...، وأكدت أنه": a new subject named in the
            # sentence since the last speaker spoke is the one the zero subject continues
            st.last_speaker, st.last_sentence = new, sidx
            return new
    if st.last_speaker_set:
        other = _gender_agreeing_person(st, vi, st.last_speaker)
        if other is not None:
            st.last_speaker = other  # "وقالت" after a man spoke: the woman named before
        return st.last_speaker
    if ctype == "participle" or _plural_verb(st.toks[vi]):
        return None  # "وقالا" / "وأكدوا" with no speaker before: not the last person named
    if _feminine_verb(st.toks[vi]) and sidx > 0:
        # "دانت مملكة البحرين التفجير ... وشددت على أن": a feminine zero subject with no one speaking
        # before continues the body that is the subject of the previous sentence (even across a
        # paragraph break), not the nearest man named
        p1 = st.doc.layer.sentences[sidx - 1][1]
        saved = _snapshot(st)
        probe = _first_verb_subject(st, sidx - 1, bisect_left(st.starts, p1), "verb")
        if (
            probe is not None
            and probe.entity in st.ner_ids  # a body the entity layer found, not a phrase read as one
            and _etype(st, probe.entity or "") in ("ORG", "GPE")
        ):
            st.last_speaker, st.last_speaker_set = probe.entity, True
            st.last_sentence = sidx
            return probe.entity
        _restore(st, saved)  # the probe made no entity of its own
    pid = _last_titled_person(st, st.toks[vi].start, _feminine_verb(st.toks[vi]))
    if pid is None and _feminine_verb(st.toks[vi]) is False:
        # "وأدان النجيفي في كلمة متلفزة ...\n\nوقال:": the family name (the entity layer missed it)
        # the sentences before are about, across a paragraph break
        pid = _family_subject_before(st, sidx)
    # the zero subject's referent, even when unresolved: a later "وأضاف" continues the same
    # (unnamed) speaker rather than whoever is named in between (a discourse chain of speech verbs)
    st.last_speaker, st.last_speaker_set = pid, True
    st.last_sentence = st.doc.layer.sentence_index(st.toks[vi].start)
    return pid


def _extend_family_name(st: _State, eid: str, lo: int, hi: int) -> None:
    """A one-word person the entity layer found in the subject, followed by a word no vocabulary knows
    that closes the subject ("وزير داخلية الإقليم أكبر حسين دوراني إن"): the family name it left out;
    the mention is extended over it."""
    if lo >= hi or eid not in st.ner_ids or _etype(st, eid) != "PERSON":
        return
    toks = st.toks
    s0, s1 = toks[lo].start, toks[hi - 1].end
    ms = [(a, b) for a, b, e in st.mention_index if e == eid and s0 <= a < s1]
    if len(ms) != 1:
        return
    j = bisect_left(st.starts, ms[0][0])
    if toks[j].end != ms[0][1] or j + 1 >= hi:
        return
    t1 = toks[j + 1]
    n1 = normalize(t1.text)
    cw = L.common_words()
    if (
        t1.kind != "ar"
        or t1.stem_start != t1.start
        or len(n1) < 4
        or n1 in cw
        or L.strip_al(n1) in cw
        or n1 in L.AR_COMPLEMENTIZERS
        or (n1.startswith("ال") and n1.endswith(("ين", "ون", "ات")))  # "المعلمين": a plural noun
        or _mention_at(st, t1.start)
        or _ar_cue_type(t1) is not None
    ):
        return
    if j + 2 < hi:
        t2 = toks[j + 2]
        n2 = normalize(t2.text)
        if not (
            (t2.kind == "punct" and t2.text in '،,:«"“')
            or n2 in L.AR_COMPLEMENTIZERS
            or _is_prep(t2)
            or n2[:1] == "ل"  # "لـ«الشرق الأوسط»", "للصحفيين": whom the words were told
        ):
            return
    e = st.doc.entity(eid)
    if e is None:
        return
    a, b = ms[0]
    new_end = t1.end
    for m in e.mentions:
        if m.start == a and m.end == b:
            m.end, m.text = new_end, st.text[a:new_end]
    if e.name == st.text[a:b]:
        e.name = st.text[a:new_end]
    st.mention_index = sorted(
        (x, new_end if (x, y, c) == (a, b, eid) else y, c) for x, y, c in st.mention_index
    )


def _descriptor_word(n: str) -> bool:
    """A definite word of the news vocabulary that no name list knows (المتخصص، البرتغالي، التنظيم):
    a description of someone, never a name of its own."""
    if not n.startswith("ال") or len(n) < 5:
        return False
    cw, names = L.common_words(), L.person_name_tokens()
    b = L.strip_al(n)
    return (n in cw or b in cw) and n not in names and b not in names


def _descriptor_referent(st: _State, eid: str, vi: int, lo: int, hi: int) -> str | None:
    """The speaker found after the verb is one descriptive word read as a person's name
    ("وقال المدرب البرتغالي"، "وقال المتخصص في التسويق X"، "وقال التنظيم"): the person named in
    apposition right after it, else what it refers back to: for a body's head word the body named
    before with that head, for a person's description the person who spoke before (else the person
    last named). None when the speaker is a real name or nothing fits."""
    if lo >= hi or _etype(st, eid) != "PERSON":
        return None
    toks = st.toks
    s0, s1 = toks[lo].start, toks[hi - 1].end
    ms = [(a, b) for a, b, e in st.mention_index if e == eid and s0 <= a < s1]
    if len(ms) != 1:
        return None
    j = bisect_left(st.starts, ms[0][0])
    if j >= hi or toks[j].end != ms[0][1] or toks[j].kind != "ar":
        return None
    n = L.strip_conj(normalize(toks[j].text))
    ent = st.doc.entity(eid)
    if not _descriptor_word(n) or ent is None or len(_tokens_key(ent.name)) != 1:
        return None
    app = _apposed_person(st, j, hi)
    if app is not None and app != eid:
        return app  # "المتخصص في التسويق العقاري فيصل الدخيل"
    start = toks[vi].start
    b = L.strip_al(n)
    if n in L.AR_ORG_HEADS or b in _ORG_HEADS_BARE or b in _BODY_DESCRIPTORS:
        # "وقال التنظيم" after "تنظيم «X»": the body
        return (
            _org_named_after_head(st, b, start)
            or _quoted_name_before(st, b, start)
            or _quoted_after_head_before(st, b, start)
        )
    if not (n.endswith("ي") or _role_word(n) or (n.startswith("الم") and not n.endswith(("ات", "ه")))):
        return None  # a nisba, a title or a participle describes a person; "الجوازات" does not
    last = st.last_speaker
    if st.last_speaker_set and last is not None and last != eid and _etype(st, last) == "PERSON":
        return last  # "ويرى مورينيو أن ...، وقال المدرب البرتغالي"
    return None


_BODY_DESCRIPTORS = frozenset(normalize(w) for w in "تنظيم جماعة حركة فصيل حزب ميليشيا".split())


def _quoted_after_head_before(st: _State, head_norm: str, before: int) -> str | None:
    """ "تنظيم «أجناد مصر»" written before ``before``: the quoted name right after the head word."""
    for m in reversed(st.marked):
        if m.end > before or not 1 <= _nwords(st.text[m.start : m.end]) <= 6:
            continue
        pk = bisect_left(st.starts, m.open) - 1
        if pk >= 0 and L.strip_al(L.strip_conj(normalize(st.toks[pk].text))) == head_norm:
            return _entity_for(st, m.start, m.end, "ORG")
    return None


_ROLE_NOUNS = frozenset(
    normalize(w)
    for w in """اللاعب اللاعبة النجم النجمة المدرب الحارس المهاجم المدافع الفنان الفنانة الشاعر الشاعرة
    الكاتب الكاتبة المخرج المخرجة الممثل الممثلة الباحث الباحثة الطالب الطالبة المغرد المغردة""".split()
)
_CONTINUATION = frozenset(normalize(w) for w in "أضاف اضاف أضافت اضافت تابع تابعت استطرد استطردت".split())


def _bare_title(st: _State, lo: int, hi: int) -> bool:
    """The subject [lo, hi) is an office or role word and nisba adjectives only: "الرئيس الأفغاني",
    "المدرب", "الوزير السعودي", or an office and its genitive: "وزير الطاقة" (not a name, not a body
    the NER found)."""
    toks = st.toks
    k = _skip_adjuncts(st, lo, hi)
    e = k
    while e < hi and toks[e].kind == "ar":
        e += 1
    if e == k or e - k > 3:
        return False
    n0 = normalize(toks[k].text)
    first = k + 1
    if n0 in _OFFICE_HEADS and not n0.startswith("ال") and e > k + 1:
        # "وزير الطاقة", "وزير الخارجية الأمريكي": an office and its genitive
        g = normalize(toks[k + 1].text)
        if not g.startswith("ال") or _mention_at(st, toks[k + 1].start):
            return False
        first = k + 2
    elif not (
        n0.startswith("ال") and (n0 in _OFFICE_HEADS or n0 in L.AR_HONORIFICS or n0 in L.AR_TITLE_WORDS)
    ):
        return False
    return all(
        normalize(toks[x].text).startswith("ال") and normalize(toks[x].text).endswith(("ي", "يه"))
        for x in range(first, e)
    ) and (e >= hi or toks[e].kind == "punct" or normalize(toks[e].text) in L.AR_COMPLEMENTIZERS)


_SENIOR = frozenset(normalize(w) for w in "كبير كبيرة كبار".split())  # كبير الباحثين، كبيرة المفاوضين
_GOVERNING = frozenset(
    normalize(w)
    for w in """مع ومع عن إلى الى لدى باسم بين ضد بحضور وبحضور برفقة بصحبة مثل بن ابن أبو ابو لقائه لقائها
    استقباله""".split()
)  # "على" and "في" link title chains ("المشرف على الفريق علي ...", "رئيس اللجنة في الغرفة المهندس ...")


def _governs_name(t: Token) -> bool:
    """A word before an honorific that makes the person its object: "مع الدكتور X", "بحضور الأمير X"."""
    return normalize(t.text) in _GOVERNING


def _name_before_office(st: _State, lo: int, hi: int) -> str | None:
    """ "وأوضح سرفراز بكتي وزير الداخلية الإقليمي ... بأن": words no list knows right after the verb,
    followed by an office in apposition, are the office holder's name (the NER missed it)."""
    toks = st.toks
    k = _skip_adjuncts(st, lo, hi)
    x = k
    while (
        x < min(hi, k + 3)
        and toks[x].kind == "ar"
        and _namey(toks[x])
        and toks[x].stem_start == toks[x].start
        and not normalize(toks[x].text).startswith("ال")
        and normalize(toks[x].text) not in _ALL_VOCAB
        and _ar_cue_type(toks[x]) is None
        and not _mention_at(st, toks[x].start)
    ):
        x += 1
    if (
        x == k
        or x >= hi
        or normalize(toks[x].text) not in _OFFICE_HEADS
        or normalize(toks[x].text).startswith("ال")
    ):
        return None
    if x - k < 2 and normalize(toks[k].text) not in L.person_name_tokens():
        return None
    if _entities_in(st, toks[k].start, toks[x - 1].end):
        return None
    return _entity_for(st, toks[k].start, toks[x - 1].end, "PERSON")


def _closing_person(st: _State, lo: int, hi: int) -> str | None:
    """The holder's name closing a title chain right before the reported content, as the entity layer
    found it: "وأوضح المشرف العام على وكالة التنمية في إمارة المنطقة الدكتور هشام الفالح أن", "وقال
    كبير الباحثين الذين قاموا بالدراسة، سيث بولاك إن", "وأوضح المتحدث الرسمي لوزارة الصحة، د. خالد
    مرغلاني، أنه" (the title phrase is not the speaker, nor a body inside it). The name follows a comma
    or an honorific (not one governed by a preposition: "مع الدكتور X", "باسم الرئيس X" are objects) and
    only punctuation, time words, an outlet told ("لـ«الوطن»") or up to two name words the NER left
    out follow it; no other person is named before it in the phrase."""
    toks = st.toks
    k = _skip_adjuncts(st, lo, hi)
    if k >= hi or toks[k].kind != "ar":
        return None
    n0 = normalize(toks[k].text)
    if not (
        n0 in L.AR_TITLE_WORDS
        or n0 in _OFFICE_HEADS
        or n0 in _SENIOR
        or L.strip_al(n0) in _TITLE_BARE
        or (n0.startswith("ال") and not _is_prep(toks[k]))
    ):
        return None
    s0, s1 = toks[k].start, toks[hi - 1].end
    persons = [m for m in _entities_in(st, s0, s1) if m[2] in st.ner_ids and _etype(st, m[2]) == "PERSON"]
    if not persons:
        return None
    ms, me, eid = persons[-1]
    if any(p[2] != eid for p in persons[:-1]):
        return None
    pk = _tok_at(st, ms)
    if pk <= k or toks[pk].start != ms:
        return None
    # before the name: a comma, or honorifics not governed by a preposition
    b = pk - 1
    body_before = any(
        me == toks[b].end and ms > toks[k].end and _etype(st, x) in ("ORG", "GPE", "LOC")
        for ms, me, x in st.mention_index
    )
    if body_before:
        pass  # "المدير التنفيذي لنادي روما إيتالو زانزي": the name after the body the title names
    elif toks[b].kind == "punct" and toks[b].text in '،,-–"»”)':
        pass  # "، د. خالد مرغلاني", "المشرف على برنامج "إحالتي" سليمان الشريع"
    else:
        hon = False
        while b > k and (
            normalize(toks[b].text) in L.AR_HONORIFICS
            or toks[b].text == "."
            or (toks[b].kind == "ar" and L.strip_al(normalize(toks[b].text)) in _TITLE_BARE)
        ):
            hon = hon or toks[b].text != "."
            b -= 1
        if not hon:
            return None
        q = toks[b]
        if q.kind == "ar" and _governs_name(q):
            return None
    # after the name: name words the NER left out, then punctuation, time words, an outlet told
    x = bisect_left(st.starts, me)
    extra = 0
    while x < hi and extra < 2 and toks[x].start == toks[x - 1].end + 1 and _namey(toks[x]):
        if normalize(toks[x].text) in _ALL_VOCAB or _ar_cue_type(toks[x]) is not None:
            break
        x += 1
        extra += 1
    while x < hi:
        t = toks[x]
        n = normalize(t.text)
        if t.kind == "punct" and t.text in "،,-–.":
            x += 1
            continue
        if n in L.AR_TIME_WORDS or n in _PRON_PREP:
            x += 1
            continue
        if n in ("ل", "لـ") or (n[:1] == "ل" and (n[1:] in L.AR_OUTLET_HEADS or n[1:] in L.AR_OUTLETS)):
            x += 1
            if x < hi and (m := _marked_starting_at(st, toks[x].start, 0)) is not None:
                x = bisect_right(st.starts, m.close)
            while x < hi and toks[x].kind == "ar" and normalize(toks[x].text).startswith("ال"):
                x += 1
            continue
        if t.kind == "punct" and (m := _marked_starting_at(st, t.start, 0)) is not None and x > 0:
            if normalize(toks[x - 1].text) in ("ل", "لـ"):
                x = bisect_right(st.starts, m.close)
                continue
        return None
    return eid


def _paragraph_subject(st: _State, sidx: int) -> str | None:
    """The named subject (a person or body the entity layer found) of the nearest earlier sentence of
    the paragraph, going back from sentence ``sidx`` (itself opening with a zero-subject verb) through
    sentences that also open with a zero-subject verb and attribute no speech."""
    toks, text = st.toks, st.text
    sents = st.doc.layer.sentences
    for p in range(sidx - 1, max(-1, sidx - 4), -1):
        p0, p1 = sents[p]
        if "\n" in text[p1 : sents[p + 1][0]]:
            return None
        saved = _snapshot(st)
        probe = _first_verb_subject(st, p, bisect_left(st.starts, p1), "verb")
        if (
            probe is not None
            and probe.entity in st.ner_ids
            and _etype(st, probe.entity or "") in ("PERSON", "ORG")
        ):
            return probe.entity
        _restore(st, saved)
        if probe is not None:
            return None  # a sentence with another subject (or an anonymous one) ends the chain
        rng = range(bisect_left(st.starts, p0), bisect_left(st.starts, p1))
        first = next((x for x in rng if toks[x].kind != "punct"), None)
        if (
            first is None
            or toks[first].text[:1] != "و"
            or any(_ar_cue_type(toks[x]) in ("verb", "participle") and x != first for x in rng)
        ):
            return None
    return None


def _in_modifier(st: _State, k: int, offset: int) -> bool:
    """The mention at ``offset`` lies after a ل/ب-prefixed word of the phrase starting at token k."""
    toks = st.toks
    mk = _tok_at(st, offset)
    return any(
        toks[x].kind == "ar" and normalize(toks[x].text)[:1] in "لب" and len(toks[x].text) > 3
        for x in range(k + 1, mk)
    ) or (toks[mk].start < offset and toks[mk].text[:1] in "لب")


def _role_holder(st: _State, vi: int) -> str | None:
    """The person a bare role noun stands for: the one speaking (a person), else the person (found by
    the entity layer) who is the subject of the previous sentence, even across a paragraph."""
    if st.last_speaker_set and st.last_speaker is not None and _etype(st, st.last_speaker) == "PERSON":
        return st.last_speaker
    sidx = st.doc.layer.sentence_index(st.toks[vi].start)
    if sidx == 0:
        return None
    p1 = st.doc.layer.sentences[sidx - 1][1]
    saved = _snapshot(st)
    probe = _first_verb_subject(st, sidx - 1, bisect_left(st.starts, p1), "verb")
    if probe is not None and probe.entity in st.ner_ids and _etype(st, probe.entity or "") == "PERSON":
        return probe.entity
    _restore(st, saved)
    return None


def _role_with_relative(st: _State, k: int, hi: int) -> bool:
    """A definite role noun (المدافع، الفنانة، اللاعب) followed by a relative pronoun and no name."""
    if k + 1 >= hi or st.toks[k].kind != "ar" or _mention_at(st, st.toks[k].start):
        return False
    n0 = normalize(st.toks[k].text)
    if not n0.startswith("ال") or not (n0 in _ROLE_NOUNS or L.strip_al(n0) in _ROLE_BARE):
        return False
    return normalize(st.toks[k + 1].text) in _RELATIVES_PRON


def _clause_person_before(st: _State, vi: int) -> str | None:
    """The person (found by the entity layer) who is the subject of a verb earlier in the sentence of
    token vi: "ويعتقد فرديناند أن ... وقال ..." (the nearest such person before the verb)."""
    toks = st.toks
    s0 = st.doc.layer.sentences[st.doc.layer.sentence_index(toks[vi].start)][0]
    best: str | None = None
    for ms, _me, eid in st.mention_index:
        if ms < s0 or ms >= toks[vi].start or eid not in st.ner_ids or _etype(st, eid) != "PERSON":
            continue
        k = bisect_left(st.starts, ms)
        if k > 0 and toks[k - 1].kind == "ar" and _is_verbish(toks[k - 1]):
            best = eid
    return best


_QAD = frozenset(normalize(w) for w in "قد وقد فقد لقد".split())


def _clause_subject_before(st: _State, vi: int) -> str | None:
    """The nearest person or body (found by the entity layer) that is the expressed subject of a past
    verb after "قد" earlier in the sentence of the zero-subject verb at vi, agreeing with it in gender
    ("وقد بسطت المقاومة ... ، وأكدت"; "وقد أعلن الوزير فهد ..."); None when there is none."""
    toks = st.toks
    s0 = st.doc.layer.sentences[st.doc.layer.sentence_index(toks[vi].start)][0]
    fem = _feminine_verb(toks[vi])
    if fem is None:
        return None
    for ms, _me, eid in reversed(st.mention_index):
        if ms >= toks[vi].start:
            continue
        if ms < s0:
            break
        if eid not in st.ner_ids or _etype(st, eid) not in ("PERSON", "ORG"):
            continue
        k = bisect_left(st.starts, ms)
        h = k
        while h > 0 and normalize(toks[h - 1].text) in L.AR_HONORIFICS:
            h -= 1
        pv = normalize(toks[h - 1].text) if h > 0 else ""
        if (
            h < k
            and toks[h - 1].kind == "ar"
            and len(pv) >= 4
            and pv.endswith(("ها", "ه"))
            and pv[:2] != "ال"
        ):
            # "ورشة عمل قدمها الدكتور أسامة ... وقال": the agent of a verb with its object pronoun,
            # named after an honorific
            verb = normalize(toks[h - 1].text)
            verb = verb[:-2] if verb.endswith("ها") else verb[:-1]
        elif k >= 2 and toks[k - 1].kind == "ar" and normalize(toks[k - 2].text) in _QAD:
            verb = normalize(toks[k - 1].text)
        else:
            continue
        if verb.endswith("ت") != fem:
            continue
        return eid
    return None


def _family_subject_before(st: _State, sidx: int, min_count: int = 2) -> str | None:
    """The subject of the first verb of one of the three sentences before ``sidx`` (nearest first)
    when it is a definite family name ("وأدان النجيفي", "وكان الجبوري قد") written at least twice
    in the text: a person the entity layer missed."""
    toks = st.toks
    counts: dict[str, int] = {}
    for t in toks:
        if t.kind == "ar":
            n = L.strip_conj(normalize(t.text))
            counts[n] = counts.get(n, 0) + 1
    for p in range(sidx - 1, max(-1, sidx - 4), -1):
        p0, p1 = st.doc.layer.sentences[p]
        k = bisect_left(st.starts, p0)
        hi = bisect_left(st.starts, p1)
        while k < hi and (toks[k].kind == "punct" or normalize(toks[k].text) in _OPENERS):
            k += 1
        if k + 1 >= hi or toks[k].kind != "ar" or toks[k + 1].kind != "ar":
            continue
        v = L.strip_conj(normalize(toks[k].text))
        if normalize(toks[k].text) in _KANA:
            pass  # "وكان النجيفي نعى"
        elif not (toks[k].text[:1] in "وف" and len(v) >= 3 and not v.startswith("ال")):
            continue  # only a conjoined verb opening the sentence: "وأدان النجيفي"
        t = toks[k + 1]
        n = normalize(t.text)
        if (
            _mention_at(st, t.start)
            or not _family_name(n)
            or (min_count > 1 and not n.endswith("ي"))
            or counts.get(n, 0) < min_count
        ):
            continue
        return _entity_for(st, t.start, t.end, "PERSON")
    return None


def _is_verbish(t: Token) -> bool:
    """A verb form opening a clause: a present tense (يعتقد، ويرى) or a past tense with و/ف."""
    n = normalize(t.text)
    b = L.strip_conj(n)
    if b in L.AR_SPEECH_VERBS or b in L.AR_WEAK_VERBS:
        return True
    return len(b) >= 4 and b[:1] in "يت" and not b.startswith("ال") and b not in _ALL_VOCAB


def _snapshot(st: _State) -> tuple[int, list[tuple[int, int, str]], int, dict[str, int]]:
    """The entity state before a probe that may create entities as a side effect."""
    return (
        len(st.doc.entities),
        list(st.mention_index),
        st.next_id,
        {e.id: len(e.mentions) for e in st.doc.entities},
    )


def _restore(st: _State, saved: tuple[int, list[tuple[int, int, str]], int, dict[str, int]]) -> None:
    n, index, next_id, counts = saved
    del st.doc.entities[n:]
    for e in st.doc.entities:
        del e.mentions[counts[e.id] :]
    st.mention_index, st.next_id = index, next_id


_TITLE_WORDS_ALL = L.AR_HONORIFICS | L.AR_TITLE_WORDS


_DUAL_PRONOUNS = frozenset(
    normalize(w) for w in "الاثنان الإثنان الطرفان الجانبان كلاهما المسؤولان الوزيران".split()
)


def _dual_subject(st: _State, lo: int, hi: int) -> bool:
    """ "وكتب الاثنان"، "وذكر الجانبان": a dual noun for two people named before, as the subject."""
    k = _skip_adjuncts(st, lo, hi)
    return k < hi and normalize(st.toks[k].text) in _DUAL_PRONOUNS


def _joint_first(st: _State, eid: str, before: int) -> str | None:
    """A speaker the entity layer named "ماي وكازنوف" (two people joined by و): the first of them, as
    the one person named in full before whose name ends with the first part, when the second part
    ends the name of another person named before."""
    e = st.doc.entity(eid)
    if e is None or e.type != "PERSON":
        return None
    words = [normalize(w) for w in _WORDS.findall(e.name)]
    cut = next((i for i in range(1, len(words)) if words[i][:1] == "و" and len(words[i]) > 3), None)
    if cut is None or cut > 3 or len(words) - cut > 3:
        return None
    first, second = words[:cut], [words[cut][1:]] + words[cut + 1 :]

    def holder(part: list[str]) -> set[str]:
        out = set()
        for ms, _me, other in st.mention_index:
            if other == eid or ms >= before or _etype(st, other) != "PERSON":
                continue
            o = st.doc.entity(other)
            ow = [normalize(w) for w in _WORDS.findall(o.name)] if o is not None else []
            if len(ow) >= len(part) and ow[-len(part) :] == part:
                out.add(other)
        return out

    a, b = holder(first), holder(second)
    if len(a) == 1 and b and not (a & b):
        return next(iter(a))
    return None


def _lam_genitive(st: _State, j: int) -> bool:
    """ "بيان لقوة المهام المشتركة": the preposition ل before a body's first word, which the article
    also writes without it ("وقالت قوة المهام"), and never with the ل as part of a name elsewhere."""
    t = st.toks[j]
    n = normalize(t.text)
    if t.kind != "ar" or n[:1] != "ل" or n.startswith("لل") or len(n) < 4:
        return False
    bare = n[1:]
    return any(normalize(x.text) == bare for x in st.toks if x.start != t.start)


def _clause_verb_subject(st: _State, sidx: int, vi: int) -> Speaker | None:
    """ "لم تتهم الوزارة أي طرف، واكتفى الناطق باسمها إياد البزم بالقول، إن": a manner participle or
    verbal noun continues the subject of the verb that opens its own clause (after a comma, with و),
    not the first verb of the sentence; a named subject only (the probe leaves no entity otherwise)."""
    toks = st.toks
    s0 = bisect_left(st.starts, st.doc.layer.sentences[sidx][0])
    first = None
    for x in range(vi - 2, s0, -1):
        t = toks[x + 1]
        if (
            toks[x].text in "،,"
            and t.kind == "ar"
            and t.text[:1] == "و"
            and L.strip_conj(normalize(t.text)) != normalize(t.text)
            and normalize(t.text[1:]) not in L.AR_PREPOSITION_STOPS
            and normalize(t.text[1:]) not in _NOT_NAMES
            and normalize(t.text) not in L.AR_ATTRIBUTION  # "، وفقا لميثاق الأمم المتحدة،"
            and L.strip_conj(normalize(t.text)) not in L.AR_ATTRIBUTION
            and x + 2 < vi
        ):
            first = x + 1
            break
    saved = _snapshot(st)
    if first is None:
        # "كان الملك فيصل قد قال عام 1966 محذرا:": the speech verb right before the participle
        v = None
        for x in range(vi - 1, max(s0, vi - 10) - 1, -1):
            nx = normalize(toks[x].text)
            if _quoted_name_at(st, x, vi):
                continue  # "وعلق مدير شركة «X» Y قائلا": a quoted name inside the subject
            if (
                nx in L.AR_COMPLEMENTIZERS
                or nx.startswith(("انه", "انها", "بانه"))
                or toks[x].text in ':«"“،,'
            ):
                break  # "وشدد على أنه لا يرى ...، مضيفا": a verb inside reported content
            if _ar_cue_type(toks[x]) == "verb" or _clause_opening_verb(st, x, s0):
                v = x
                break
        if v is None:
            return None
        probe = _ar_speaker_inner(st, v, v + 1, _first_boundary(st, v + 1, vi), "verb")
        if not probe.known:
            probe = _ar_subject_before(st, v)
    else:
        p_hi = _first_boundary(st, first + 1, vi)
        probe = _ar_speaker_inner(st, first, first + 1, p_hi, "verb")
    e = st.doc.entity(probe.entity) if probe.known else None
    if e is not None and (
        e.id in st.ner_ids
        or (e.type == "PERSON" and _plausible(st, e.id))
        or (e.type != "GPE" and normalize(e.name.split()[0]) in _OFFICE_HEADS)
    ):
        return probe
    _restore(st, saved)
    return None


def _clause_opening_verb(st: _State, x: int, s0: int) -> bool:
    """Token x opens its clause (at the sentence start or after a comma) with a past verb that is no
    speech cue of its own ("، علّق مدير الشركة X قائلا"): a bare word with no article, no clitic
    preposition and no feminine/plural noun ending, followed by a word (its subject)."""
    toks = st.toks
    t = toks[x]
    if t.kind != "ar" or x + 1 >= len(toks) or toks[x + 1].kind != "ar":
        return False
    if not (x == s0 or toks[x - 1].text in "،,"):
        return _after_fronted_adjunct(st, x, s0)
    n = normalize(t.text)
    return (
        3 <= len(n) <= 5
        and not n.startswith(("ال", "لل", "بال", "وال"))
        and not n.endswith(("ه", "ات", "ون", "ين", "ا"))
        and n not in L.AR_PREPOSITION_STOPS
        and n not in _NOT_NAMES
        and not _is_prep(t)
        and _mention_at(st, t.start) is False
    )


_FRONTING_PREPS = frozenset(
    normalize(w) for w in "عن عما حول بشأن بشان ردا تعليقا وعن وعما وحول وبشأن".split()
)


def _after_fronted_adjunct(st: _State, x: int, s0: int) -> bool:
    """ "وعن سؤال حول الميزانية يجيب مدير الجمارك قائلا:": a present-tense verb after a fronted
    adjunct (عن / حول / بشأن ... opening the sentence or the clause after a comma, a dozen words at
    most, no verb of speech or complementizer inside) opens its clause as if it stood first."""
    toks = st.toks
    t = toks[x]
    n = normalize(t.text)
    if not (n[:1] == "ي" and len(n) >= 3 and (_is_verbish(t) or n not in _ALL_VOCAB)):
        return False
    c0 = next((y + 1 for y in range(x - 1, max(s0, x - 13) - 1, -1) if toks[y].text in "،,"), s0)
    c0n = normalize(toks[c0].text)
    if not 2 <= x - c0 <= 12 or (c0n not in _FRONTING_PREPS and L.strip_conj(c0n) not in _FRONTING_PREPS):
        return False
    return not any(
        normalize(toks[y].text) in L.AR_COMPLEMENTIZERS or _ar_cue_type(toks[y]) is not None
        for y in range(c0 + 1, x)
    )


def _quoted_name_at(st: _State, x: int, vi: int) -> bool:
    """Token x opens a short quoted name (four words at most) closed before token vi and preceded by a
    word (a company's «X», not reported words after a colon or a verb)."""
    t = st.toks[x]
    if t.text not in '«"“' or x == 0 or vi >= len(st.toks):
        return False
    p = L.strip_conj(normalize(st.toks[x - 1].text))
    if not (p in L.AR_ORG_HEADS or L.strip_al(p) in _ORG_HEADS_BARE or L.strip_al(p) in _BODY_DESCRIPTORS):
        return False  # "وقال الوزير «لن نتراجع»": reported words, not a name
    m = _marked_starting_at(st, t.start, 0)
    return m is not None and m.close < st.toks[vi].start and _nwords(st.text[m.start : m.end]) <= 4


def _object_starts(st: _State, j: int) -> bool:
    """ "استعرض الدكتور اللويم بعض الإحصائيات": an indefinite word no name list knows, after a title and
    a family name, begins the verb's object (not a third word of the name)."""
    t = st.toks[j]
    n = normalize(t.text)
    return (
        t.kind == "ar"
        and not n.startswith("ال")
        and n not in L.person_name_tokens()
        and n not in _CONNECTORS
        and n not in L.AR_TITLE_WORDS
        and n not in L.AR_HONORIFICS
        and not _mention_at(st, t.start)
    )


def _titled_surname_person(st: _State, eid: str, before: int) -> str | None:
    """A speaker named by a title and a surname only ("اللواء الزعبي", as the entity layer found it):
    the one person named before whose full name ends with that surname."""
    e = st.doc.entity(eid)
    if e is None or e.type != "PERSON":
        return None
    words = [normalize(w) for w in _WORDS.findall(e.name)]
    if len(words) < 2 or words[0] not in _TITLE_WORDS_ALL:
        return None
    rest = words[1:]
    while rest and rest[0] in _TITLE_WORDS_ALL:
        rest = rest[1:]
    if not rest:
        return None
    found = set()
    for ms, _me, other in st.mention_index:
        if other == eid or ms >= before or _etype(st, other) != "PERSON":
            continue
        o = st.doc.entity(other)
        ow = [normalize(w) for w in _WORDS.findall(o.name)] if o is not None else []
        while ow and ow[0] in _TITLE_WORDS_ALL:
            ow = ow[1:]  # "المهندس عبداللطيف البنيان" as the entity layer found it, title and all
        if len(ow) > len(rest) and ow[-len(rest) :] == rest:
            found.add(other)
    return next(iter(found)) if len(found) == 1 else None


def _svo_opening(st: _State, first: int) -> bool:
    """The sentence opens with a name the entity layer found (a country, a body, a person), not a verb:
    "الكويت أكدت في بيان ...، مؤكدة أنها" (subject, then verb)."""
    t = st.toks[first]
    return t.kind == "ar" and any(
        ms == t.start and eid in st.ner_ids and _etype(st, eid) in ("GPE", "ORG", "PERSON")
        for ms, _me, eid in st.mention_index
    )


def _first_verb_subject(st: _State, sidx: int, vi: int, ctype: str) -> Speaker | None:
    """The subject of the first verb of sentence ``sidx`` (before token vi), when the verb is followed
    by a named subject: "وأبدت المعلمة شروق الراجحي رأيها قائلة:", "وفي سياق متصل، افتتح مدير ...
    الدكتور سامي باداود مركزا، وأوضح أن"."""
    toks = st.toks
    s0 = st.doc.layer.sentences[sidx][0]
    first = bisect_left(st.starts, s0)
    s0_tok = first
    while first < vi and (
        toks[first].kind == "punct"
        or normalize(toks[first].text) in _OPENERS
        or normalize(toks[first].text) in _FORMULAS
        or (first > s0_tok and normalize(toks[first].text) in L.AR_COMPLEMENTIZERS)
    ):
        first += 1  # "يذكر أن إدارة الهلال نفت ...، مبينة أنه"
    if first > s0_tok and normalize(toks[first - 1].text) in _PREP_OPENERS:
        # "وفي بداية الجلسة، رفع نائب خادم الحرمين ...": past the fronted phrase to its comma
        comma = next((x for x in range(first, min(vi, first + 8)) if toks[x].text in "،,"), None)
        first = comma + 1 if comma is not None else vi
    fn = normalize(toks[first].text) if first < vi else ""
    if fn.rstrip("ـ") in ("ل", "ول") and first + 1 < vi:
        # "ولـ«الاقتصادية» يعلق قائلا": the outlet spoken to, fronted; the verb after it has a zero
        # subject
        mk = _marked_starting_at(st, toks[first + 1].start, 0) if toks[first + 1].kind == "punct" else None
        first = bisect_right(st.starts, mk.close) if mk is not None else first + 1
        if first >= vi:
            return None
        fn = normalize(toks[first].text)
    if (fn in L.AR_PREPOSITION_STOPS or (fn[:1] in "وف" and fn[1:] in L.AR_PREPOSITION_STOPS)) and not (
        _expressed_verb(st, first, vi)
    ):
        first = vi  # "وعن راشد الماجد قال": a topic, not a verb and its subject
    if fn in _CONCERNS and first > s0_tok and normalize(toks[first - 1].text) in _TOPIC_OPENERS:
        first = vi  # "أما فيما يتعلق بإقامة المباراة في الأراضي السعودية": a topic, not a clause
    fn1 = normalize(toks[first + 1].text) if first + 1 < vi else ""
    if (
        ctype != "participle"
        and st.last_speaker_set
        and not (first < vi and (toks[first].text[:1] in "وف" or first > s0_tok))
    ) or fn1 in _OBJ_PREPS:
        # "تصوير عبد العزيز النومان ـ وزاد:", "وأشار إلى ارتفاع ... وبين أن": not a subject
        first = vi
    if first + 1 < vi:
        p_hi = _first_boundary(st, first + 1, vi)
        probe = _ar_speaker_inner(st, first, first + 1, p_hi, "verb")
        svo = first == s0_tok and _svo_opening(st, first)
        if _ar_cue_type(toks[first]) is None and (first > s0_tok or svo):
            # "يذكر أن إدارة الهلال نفت ...، مبينة أنه": the subject before the clause's verb; "الكويت
            # أكدت في بيان ...، مؤكدة": a sentence opening with its subject (the verb before any comma)
            v2 = next((x for x in range(first + 1, vi) if _ar_cue_type(toks[x]) == "verb"), None)
            if v2 is not None and svo and any(toks[x].kind == "punct" for x in range(first + 1, v2)):
                v2 = None
            if v2 is not None:
                probe = _ar_subject_before(st, v2)
        if probe.known and _plausible(st, probe.entity):
            return probe
    return None


_MODIFIER_PREPS = frozenset(normalize(w) for w in "في من لدى داخل عن قريب قريبة مقرب مقربة مقربون".split())


def _name_in_modifier(st: _State, k: int, name_start: int) -> bool:
    """The name at ``name_start`` lies in a prepositional modifier of the noun at token k ("مصدر مسؤول في
    لجنة ...", "مصادر قريبة من الرئيس X"), not right after it as its name ("الخبير حامد الخطيب")."""
    toks = st.toks
    x = k + 1
    while x < len(toks) and toks[x].start < name_start:
        n = normalize(toks[x].text)
        if n in _MODIFIER_PREPS or (toks[x].kind == "ar" and n[:1] in "بل" and n[1:3] == "ال"):
            return True
        x += 1
    return False


def _document_word(st: _State, eid: str) -> bool:
    """An entity that is only a document noun ("الإحصاءات", "البيانات"): no author, no speaker."""
    e = st.doc.entity(eid)
    if e is None:
        return False
    words = _tokens_key(e.name)
    return len(words) == 1 and L.strip_al(normalize(e.name)) in _DOC_BARE


def _apposed_person(st: _State, k: int, hi: int) -> str | None:
    """A person named in apposition to an anonymous-looking head at token k: after a comma ("أحد أعضاء
    الشرف، الأمير خالد بن فهد") or right after the definite noun closing its modifier ("مسؤول الإعلام في
    النادي محمد الشهري", "المسؤول عن الملف محمد الشهري"); not the object of a preposition or a title
    ("مصادر مقربة من الرئيس عمر البشير")."""
    toks = st.toks
    lim = min(hi, k + 14)
    if k + 1 >= lim:
        return None
    s0, s1 = toks[k].end, toks[lim - 1].end
    for ms, _me, eid in st.mention_index:
        if not (s0 < ms < s1) or _etype(st, eid) != "PERSON":
            continue
        x = bisect_left(st.starts, ms) - 1
        nisba = 0
        while x > k:
            nx = normalize(toks[x].text)
            if nx in L.AR_HONORIFICS:
                x -= 1  # "الأمير"
            elif nisba == 0 and nx.startswith("ال") and nx.endswith("ي") and not _hamza_final(toks[x]):
                x -= 1  # one adjective: "السوداني" in "من الرئيس السوداني عمر البشير"
                nisba = 1
            else:
                break
        if x <= k:
            return None
        t = toks[x]
        n = normalize(t.text)
        if t.text in "،,":
            return eid
        if t.kind == "ar" and x == k + 1 and n.startswith("ال") and normalize(toks[k].text) in _ONE_OF:
            # "أحد السياح سلمان العطوي", "إحدى المعلمات نورة": the partitive "أحد + definite plural"
            # is a complete noun phrase (whatever the plural), so the name after it is in apposition
            return eid
        if (
            t.kind == "ar"
            and n.startswith("ال")
            and n not in L.AR_TITLE_WORDS
            and L.strip_al(n) not in _TITLE_BARE
            and n not in L.AR_ANONYMOUS
            and x > k + 1
        ):
            return eid
        return None
    return None


def _hamza_final(t: Token) -> bool:
    """The word ends in a hamza on yeh (الطوارئ، الموانئ، المبادئ), which the matching normalization folds
    into the ي of a nisba adjective: a plural noun, never a nisba."""
    return t.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ئ")


_ONE_OF = frozenset(normalize(w) for w in "أحد إحدى احد احدى".split())
_MEMBER_NOUNS = frozenset(normalize(w) for w in "عضو عضوة أعضاء موظف موظفة موظفو ضابط ضباط".split())


def _anonymous_head(st: _State, eid: str, lo: int, hi: int) -> bool:
    """The subject after the verb is headed by an anonymous noun and the entity only lies in its
    modifier: "أحد مسؤولي شركة أرامكو", "إحدى الموظفات", "مسؤول في وزارة الداخلية" (the body is not the
    speaker), "قائد ميداني في الجيش الحر" (an indefinite office with a nisba adjective)."""
    if lo >= hi:
        return False
    k = _skip_adjuncts(st, lo, hi)
    if k >= hi:
        return False
    toks = st.toks
    n0 = normalize(toks[k].text)
    mentions = [
        (ms, me) for ms, me, e in st.mention_index if e == eid and toks[k].start <= ms < toks[hi - 1].end
    ]
    if not mentions:
        return False
    ms, me = mentions[0]
    if any(normalize(toks[x].text) in _CALLED for x in range(k + 1, hi) if toks[x].start < ms):
        return False  # "وقال أحد اليمنيين ويدعى سعيد منصور": named
    if _apposed_person(st, k, hi) == eid:
        return False  # "أحد أعضاء الشرف، الأمير خالد بن فهد": named in apposition
    if n0 in _ONE_OF:
        return True
    if n0.startswith("ال") or ms <= toks[k].start or _doc_noun(toks[k]):
        # a document's author is decided by _document_author ("تقرير صادر عن البنك الدولي")
        return False
    if n0 in L.AR_ANON_PERSON_NOUNS or n0 in L.AR_ANONYMOUS:
        if (
            n0 in _MEMBER_NOUNS
            and k + 1 < hi
            and ms == toks[k + 1].start
            and _etype(st, eid) in ("ORG", "MISC")
            and not any(
                _etype(st, e2) == "PERSON" and me <= s2 < toks[hi - 1].end for s2, _e2, e2 in st.mention_index
            )
        ):
            return True  # "أكد عضو لجنة الانضباط (تحفظ على ذكر اسمه) أن": a member, not the committee
        return _name_in_modifier(st, k, ms)
    if n0 in _OFFICE_HEADS and k + 1 < hi and ms == toks[k + 1].start:
        n1 = normalize(toks[k + 1].text)
        return (
            toks[k + 1].kind == "ar"
            and me == toks[k + 1].end
            and not n1.startswith("ال")
            and n1.endswith("ي")
            and len(n1) >= 4
        )
    return False


_CALLED = frozenset(
    normalize(w) for w in "يدعى ويدعى تدعى وتدعى يدعي ويدعي اسمه واسمه اسمها يسمى ويسمى".split()
)


_WITHHOLD_VERBS = frozenset(normalize(w) for w in "نشر ذكر الكشف كشف إعلان اعلان".split())
_CALLED_STOPS = frozenset(normalize(w) for w in "كي لكي لا لم أن إن ان".split())


def n_plural_construct(n: str) -> bool:
    """A sound masculine plural in construct with an object pronoun (صانعوها، مؤيدوه، منتقدوهم): an
    unnamed group, never a name."""
    return len(n) >= 6 and not n.startswith("ال") and n.endswith(("وها", "وه", "وهم", "وهما"))


def _called_name(st: _State, k: int, hi: int) -> str | None:
    """ "وقال ساكن آخر في موسكو يدعى سيرجي “...”", "وقالت إحدى الموظفات وتدعى أم محمد إن": an unnamed
    description followed by يدعى / اسمه and a name (which the entity layer may have missed): that name,
    up to three words before punctuation, a quotation or the complementizer. Only for an indefinite
    description opening the subject (not "وقال الوزير الذي يدعى ...")."""
    toks = st.toks
    n0 = normalize(toks[k].text)
    if toks[k].kind != "ar" or n0.startswith("ال") or _mention_at(st, toks[k].start):
        return None
    for x in range(k + 1, min(hi, k + 8)):
        t = toks[x]
        if t.kind != "ar":
            return None
        if normalize(t.text) not in _CALLED:
            continue
        if any(normalize(toks[w].text) in _WITHHOLD | _WITHHOLD_VERBS for w in range(max(k, x - 3), x)):
            return None  # "الذي طلب عدم نشر اسمه", "ورفض نشر اسمه لرويترز": the name withheld
        if x + 1 < hi and (
            normalize(toks[x + 1].text) in _CALLED_STOPS
            or (toks[x + 1].text[:1] == "ل" and _mention_at(st, toks[x + 1].start + 1))
        ):
            return None  # "اسمه لرويترز": the outlet told, not a name
        y = x + 1
        while (
            y < min(hi, x + 4)
            and toks[y].kind == "ar"
            and normalize(toks[y].text) not in L.AR_COMPLEMENTIZERS
            and normalize(toks[y].text) not in _CALLED
            and not _is_prep(toks[y])
        ):
            y += 1
        if y == x + 1:
            return None
        return _entity_for(st, toks[x + 1].start, toks[y - 1].end, "PERSON")
    return None


def _anonymous_mention(st: _State, eid: str, lo: int, hi: int) -> bool:
    """The speaker's mention right after the verb (tokens [lo, hi)) describes an unnamed person: an
    indefinite noun and a nisba adjective with no name word ("دبلوماسي غربي", "مسؤول أمريكي")."""
    if lo >= hi or lo >= len(st.toks):
        return False
    s0, s1 = st.toks[lo].start, st.toks[hi - 1].end
    for ms, me, e in st.mention_index:
        if e != eid or ms < s0 or me > s1:
            continue
        k = bisect_left(st.starts, ms)
        end = bisect_left(st.starts, me)
        if k != lo or end - k > 3:
            return False
        n0 = normalize(st.toks[k].text)
        if n0 in L.AR_ANON_PERSON_NOUNS and end - k >= 2:
            # "دبلوماسي غربي" (غربي is also a family name): nisba adjectives only
            return all(
                st.toks[x].kind == "ar"
                and not normalize(st.toks[x].text).startswith("ال")
                and normalize(st.toks[x].text).endswith(("ي", "يه", "يون", "يين", "ين"))
                for x in range(k + 1, end)
            )
        return _unnamed_description(st, k, end)
    return False


def _expressed_verb(st: _State, k: int, vi: int) -> bool:
    """ "وعبر X عن قلقه ... قائلا": عبر is the verb "expressed" (not the preposition "via") when it
    opens the clause with و / ف and عن follows its subject before the cue."""
    toks = st.toks
    t = toks[k]
    if t.text[:1] not in "وف" or L.strip_conj(normalize(t.text)) != "عبر":
        return False
    if k + 1 >= vi or toks[k + 1].kind != "ar" or normalize(toks[k + 1].text) == "عن":
        return False
    return any(normalize(toks[x].text) == "عن" for x in range(k + 2, min(vi, k + 14)))


_MALE_IN_A = frozenset(
    normalize(w) for w in "حمزة أسامة اسامة طلحة عبيدة معاوية عطية قتيبة عكرمة حذيفة جبلة عروة خليفة".split()
)


def _feminine_person(st: _State, eid: str | None) -> bool | None:
    """Whether a PERSON entity is a woman: named after a feminine title (السيدة، الدكتورة، الوزيرة) or
    with a first name in ة; None when it cannot be told (or not a person)."""
    e = st.doc.entity(eid)
    if e is None or e.type != "PERSON":
        return None
    if any(_after_feminine_title(st, m.start) or _after_feminine_verb(st, m.start) for m in e.mentions):
        return True
    words = e.name.split()
    if len(words) >= 2 and not any(ch.isdigit() for ch in e.name):
        first = normalize(words[0])
        if first in _OFFICE_BARE or first in L.AR_TITLE_WORDS:
            return None
        return first.endswith("ه") and first not in _MALE_IN_A and first in L.person_name_tokens()
    return None


def _after_feminine_verb(st: _State, offset: int) -> bool:
    """A name right after a feminine speech verb is its subject and a woman ("وقالت ميل بي"), also
    for a first name not in ة."""
    k = bisect_left(st.starts, offset) - 1
    return (
        k >= 0 and st.toks[k].kind == "ar" and st.toks[k].end < offset and _feminine_verb(st.toks[k]) is True
    )


def _gender_agreeing_person(st: _State, vi: int, current: str | None) -> str | None:
    """A zero subject whose verb disagrees in gender with the previous speaker ("وقالت" after a man):
    the nearest person named before whose gender agrees, when one can be told; else None."""
    fem_verb = _feminine_verb(st.toks[vi])
    if current is not None and _etype(st, current) != "PERSON":
        return None  # "وقالت متحدثة باسم الشرطة ... أضافت المتحدثة": a body has no gender to disagree with
    cur = _feminine_person(st, current)
    if fem_verb is None or cur is None or cur == fem_verb:
        return None
    if not fem_verb:
        # "وقال" after a woman: only when she was named with a feminine title (a man's first name can
        # end in ة: نعمة، حمزة)
        e = st.doc.entity(current)
        if e is None or not any(_after_feminine_title(st, m.start) for m in e.mentions):
            return None
    before = st.toks[vi].start
    best: tuple[int, str] | None = None
    for ms, _me, eid in st.mention_index:
        if ms >= before or before - ms > 600 or eid == current:
            continue
        if _feminine_person(st, eid) is fem_verb and (best is None or ms > best[0]):
            best = (ms, eid)
    return best[1] if best else None


_FEM_PARTICIPLES = frozenset(
    normalize(w) for w in "مؤكدة مشيرة مضيفة موضحة معتبرة محذرة لافتة مشددة منوهة كاشفة نافية مبينة".split()
)


def _feminine_body_before(st: _State, vi: int, sidx: int) -> str | None:
    """A feminine participle ("مؤكدة") after a clause whose subject is a body with a feminine head
    ("أن المفوضية السامية ... كرمت المملكة"), when the previous speaker is a man: that body."""
    toks = st.toks
    if normalize(toks[vi].text) not in _FEM_PARTICIPLES:
        return None
    cur = st.doc.entity(st.last_speaker)
    if cur is None or cur.type != "PERSON" or _feminine_person(st, cur.id):
        return None
    s0 = st.doc.layer.sentences[sidx][0]
    if toks[vi].start == s0 and sidx > 0:
        s0 = st.doc.layer.sentences[sidx - 1][0]  # ". مؤكدة أنها": the participle of the sentence before
    k = vi - 1
    while k >= 0 and toks[k].start >= s0 and vi - k <= 30:
        n = normalize(toks[k].text)
        if (
            n.startswith("ال")
            and n.endswith("ه")
            and n in L.AR_ORG_HEADS
            and k > 0
            and normalize(toks[k - 1].text) in L.AR_COMPLEMENTIZERS
        ):
            ents = _entities_in(st, toks[k].start, toks[min(vi, k + 8) - 1].end)
            if ents and ents[0][0] == toks[k].start:
                return ents[0][2]
            end = k + 1
            while end < vi and toks[end].kind == "ar" and normalize(toks[end].text).startswith(("ال", "ل")):
                end += 1  # "المفوضية السامية للأمم المتحدة لشؤون اللاجئين" (definite words, genitives)
            return _phrase_entity(st, toks[k].start, toks[end - 1].end, "ORG")
        k -= 1
    return None


def _plural_verb(t: Token) -> bool:
    n = L.strip_conj(normalize(t.text))
    return (
        (n in L.AR_SPEECH_VERBS or n in L.AR_WEAK_VERBS)
        and n.endswith(("وا", "ا", "ون", "ن"))
        and not n.endswith("ى")
        and len(n) >= 4
    )


def _feminine_verb(t: Token) -> bool | None:
    """قالت / أكدت / تقول: True; قال / أكد / يقول: False; unknown forms: None."""
    n = L.strip_conj(normalize(t.text))
    if n not in L.AR_SPEECH_VERBS and n not in L.AR_WEAK_VERBS:
        return None
    if n.endswith("وا") or n.endswith("ا") and not n.endswith("ى"):
        return None  # plural / dual
    if n.endswith("ت") or (n[:1] == "ت" and len(n) >= 4):
        return True
    return False


_PRONOUN_ANCHORS = frozenset(
    normalize(w) for w in "لكنه لكنها ولكنه ولكنها أنه أنها إنه إنها فإنه فإنها وإنه وإنها كونه كونها".split()
)
_KANA = frozenset(
    normalize(w) for w in "كان كانت وكان وكانت فكان فكانت كانوا وكانوا لكن ولكن ثم بينما فيما".split()
)


_PREP_OPENERS = frozenset(normalize(w) for w in "في وفي ومن من".split())
_OPENERS = frozenset(
    normalize(w)
    for w in "من جانبه جانبها جهته جهتها بدوره بدورها إلى الى ذلك في المقابل وفي ومن كما أما وأما هذا وقد قد ثم فيما وفيما بينما وبينما".split()
)


def _plausible(st: _State, eid: str | None) -> bool:
    e = st.doc.entity(eid)
    if e is None:
        return False
    if e.type != "PERSON":
        return True
    names = L.person_name_tokens()
    if any(normalize(w) in names for w in e.name.split()):
        return True
    # "الدكتور اللويم": a family name right after an honorific
    for m in e.mentions:
        k = bisect_right(st.starts, m.start) - 1
        if k > 0 and st.toks[k].start == m.start and normalize(st.toks[k - 1].text) in L.AR_HONORIFICS:
            return _family_name(normalize(st.toks[k].text))
    return False


_TOPIC_OPENERS = frozenset(normalize(w) for w in "فيما بالنسبة بخصوص وبخصوص حول بشأن".split())
_TO_ME = frozenset(normalize(w) for w in "لي لنا".split())
_CONCERNS = frozenset(normalize(w) for w in "يتعلق يخص تعلق يتصل".split())
_SUBORDINATORS = frozenset(normalize(w) for w in "عندما حينما حين بعدما لما كلما طالما".split())


def _ar_subject_before(st: _State, vi: int) -> Speaker:
    """SVO: "وكانت رابطة الأندية أعلنت أن", "إلا أن فيتالي تشوركين، سفير روسيا، قال إن",
    "كما أن تقريرا أمميا أشار إلى أن": the subject between an anchor and the verb."""
    toks = st.toks
    s0 = st.doc.layer.sentences[st.doc.layer.sentence_index(toks[vi].start)][0]
    if toks[vi].text[:1] in "وف" and L.strip_conj(normalize(toks[vi].text)) != normalize(toks[vi].text):
        # "أما الرئيس الفلسطيني، محمود عباس، فقال": only after أما
        amma = next(
            (
                k
                for k in range(vi - 1, max(-1, vi - 14), -1)
                if toks[k].start >= s0 and normalize(toks[k].text) == "اما"
            ),
            None,
        )
        if amma is None or toks[vi].text[:1] != "ف":
            return Speaker(None, False)
        ents = _entities_in(st, toks[amma + 1].start, toks[vi - 1].end) if amma + 1 < vi else []
        if ents:
            return Speaker(ents[0][2], True)
        run = _ar_name_run(st, amma + 1, vi)
        if run is not None:
            return Speaker(_entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON"), True)
        return Speaker(None, False)
    if vi > 0 and toks[vi - 1].text in ("و", "ف") and toks[vi - 1].start >= s0:
        return Speaker(None, False)  # "... ، فهو يشكل هوية المسلم و قال": a conjoined verb, zero subject
    pv = vi - 1
    while pv > 0 and normalize(toks[pv].text) in L.AR_TIME_WORDS | {"قد"}:
        pv -= 1
    nxt = normalize(toks[vi + 1].text) if vi + 1 < len(toks) else ""
    if (
        vi > 0
        and any(
            toks[x].start >= s0 and L.strip_conj(normalize(toks[x].text)) in _SUBORDINATORS
            for x in range(pv, vi)
        )
        and (vi + 1 >= len(toks) or toks[vi + 1].kind == "punct" or nxt in L.AR_COMPLEMENTIZERS)
    ):
        # "... حيال سوريا عندما قال:": a temporal clause's verb right after its subordinator has a
        # zero subject: the one the sentence is about (its first person found by the entity layer,
        # else its first body), never the noun ending the clause before
        ents = [x for x in _entities_in(st, s0, toks[vi].start) if x[2] in st.ner_ids]
        persons = [x for x in ents if _etype(st, x[2]) == "PERSON"]
        bodies = [x for x in ents if _etype(st, x[2]) == "ORG"]
        first = (persons or bodies)[:1]
        return Speaker(first[0][2], True) if first else Speaker(None, False)
    if vi > 0 and normalize(toks[pv].text) in _PRONOUN_ANCHORS:
        # "لكنه أكد أيضا أن", "إلا أنه قال": the pronoun is the subject (the one speaking before), not a
        # noun earlier in the sentence (inside the previous reported content)
        return Speaker(None, False)
    k = vi - 1
    lo = max(0, vi - 25)
    while k >= lo and toks[k].start >= s0:
        t = toks[k]
        n = normalize(t.text)
        if (
            n in L.AR_COMPLEMENTIZERS
            or n in _KANA
            or n in ("كما", "حيث", "فيما", "بينما")
            or t.text in ".:؛;!?؟"
        ):
            break  # "فيما الربيش يقول": the subject after a contrast
        if n == "اما":
            k -= 1  # "... ، أما «النصرة» فقد أعلنت": the topic opens the subject
            break
        if _ar_cue_type(t) in ("verb", "participle") or (t.kind == "ar" and k < vi - 1 and n in ("قد",)):
            withheld = k + 1 < vi and normalize(toks[k + 1].text) in _WITHHELD
            if n != "قد" and not withheld:
                return Speaker(None, False)
        k -= 1
    start = k + 1
    if start >= vi:
        return Speaker(None, False)
    # skip "قد" and time words right before the verb: "وكانت الرابطة قد أعلنت"
    end = vi
    while end > start and (
        normalize(toks[end - 1].text) in ("قد", "فقد") or normalize(toks[end - 1].text) in L.AR_TIME_WORDS
    ):
        end -= 1
    if end > start + 1 and normalize(toks[start].text) == "اما":
        start += 1  # "أما «النصرة» فقد أعلنت أنها": the topic after أما is the subject
        mk = _marked_starting_at(st, toks[start].start, 0) if toks[start].kind == "punct" else None
        if (
            mk is not None
            and 1 <= _nwords(st.text[mk.start : mk.end]) <= 5
            and mk.close >= toks[end - 1].start
        ):
            return Speaker(_entity_for(st, mk.start, mk.end, "ORG"), True)
    if end <= start:
        return Speaker(None, False)
    n0 = normalize(toks[start].text)
    if n0 in L.AR_PREPOSITION_STOPS or (n0[:1] in "وف" and n0[1:] in L.AR_PREPOSITION_STOPS):
        return Speaker(None, False)  # "وعن راشد الماجد قال": a topic, not the subject
    if (
        L.strip_conj(n0) in _TOPIC_OPENERS
        or n0 in _TOPIC_OPENERS
        or (start > 0 and normalize(toks[start - 1].text) in _TOPIC_OPENERS and n0 in _CONCERNS)
    ):
        # "أما فيما يتعلق بإقامة المباراة في الأراضي السعودية، أوضح": the topic of a zero subject
        return Speaker(None, False)
    ents = _entities_in(st, toks[start].start, toks[end - 1].end)
    if (
        ents
        and (n0 in L.AR_ANONYMOUS or L.strip_al(n0) in _ANON_BARE)
        and _name_in_modifier(st, start, ents[0][0])
    ):
        # "يذكر أن مصدر مسؤول في لجنة الاحتراف بالاتحاد السعودي قال إن": an anonymous source of a body,
        # not the body (nor a person it is close to)
        return Speaker(None, True)
    org_head = (
        n0 in L.AR_ORG_HEADS
        or (n0.startswith("ال") and L.strip_al(n0) in _ORG_HEADS_BARE)
        or n0 in L.AR_OUTLET_HEADS
    )
    if (
        ents
        and org_head
        and ents[0][0] > toks[start].start
        and all(_etype(st, e[2]) in ("GPE", "LOC") for e in ents)
    ):
        # "وكانت الهيئة الملكية للجبيل وينبع قد ذكرت": the body, not the place inside its name
        org_end = _org_np_end(st, start, end)
        if toks[org_end - 1].end >= ents[0][1]:
            return Speaker(_entity_for(st, toks[start].start, toks[org_end - 1].end, "ORG"), True)
    if ents:
        persons = [x for x in ents if _etype(st, x[2]) == "PERSON"]
        if persons and _org_head_before_person(st, start, persons[0][0]):
            return Speaker(_phrase_entity(st, toks[start].start, toks[end - 1].end, "ORG"), True)
        return Speaker((persons or ents)[0][2], True)
    if n0 in L.AR_ANONYMOUS or L.strip_al(n0) in _ANON_BARE:
        return Speaker(None, True)
    if (
        n0 in L.AR_ORG_HEADS
        or (n0.startswith("ال") and L.strip_al(n0) in _ORG_HEADS_BARE)
        or n0 in L.AR_OUTLET_HEADS
    ):
        org_end = _org_np_end(st, start, end)
        return Speaker(_entity_for(st, toks[start].start, toks[org_end - 1].end, "ORG"), True)
    if (
        end == start + 1
        and start > s0
        and normalize(toks[start - 1].text) in ("فيما", "بينما")
        and _untagged_definite_word(st, toks[start], n0)
        and n0 not in _ALL_VOCAB
        and L.strip_al(n0) not in _ALL_BARE
        and not _adjectival(n0)
        and not n0.endswith(("ون", "ين", "ات"))
    ):
        # "فيما الربيش يقول: إن": a family name alone between the contrast and its verb
        return Speaker(_entity_for(st, toks[start].start, toks[start].end, "PERSON"), True)
    if (
        end == start + 1
        and start > s0
        and _single_name(toks[start])
        and normalize(toks[start - 1].text) in _KANA
    ):
        # "لكن كوك قال إن": a name between the anchor and the verb
        return Speaker(_entity_for(st, toks[start].start, toks[start].end, "PERSON"), True)
    run = _ar_name_run(st, start, end)
    titled = n0 in L.AR_TITLE_WORDS or n0 in L.AR_HONORIFICS or L.strip_al(n0) in _TITLE_BARE
    if run is not None and (run[0] == start or titled):
        names = L.person_name_tokens()
        if any(normalize(toks[x].text) in names for x in range(run[0], run[1])):
            return Speaker(_entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON"), True)
    if (
        n0 in _OFFICE_HEADS
        and run is None
        and not any(
            normalize(toks[x].text) in L.AR_HONORIFICS or normalize(toks[x].text) in L.person_name_tokens()
            for x in range(start + 1, end)  # the office word itself may be a name too (قائد، أمين، حاكم)
        )
    ):
        # "يذكر أن رئيس الوزراء الكوري الجنوبي قد أعلن أن": an office holder named by the office
        pid = _person_by_description(st, st.text[toks[start].start : toks[end - 1].end], toks[start].start)
        if pid is None:
            pid = _office_entity(st, start, end)
        if pid is not None:
            return Speaker(pid, True)
    for kk in range(start, end):
        if normalize(toks[kk].text) in L.AR_ANONYMOUS:
            return Speaker(None, True)
    return Speaker(None, False)


def _last_titled_person(st: _State, before: int, feminine: bool | None = None) -> str | None:
    """A zero subject with no previous speaker: the nearest person named before (an entity, or a name
    after an honorific such as "السفير الدكتور فيصل بالسديري")."""
    best = None
    fem_best = None
    for ms, _me, eid in st.mention_index:
        if ms < before and _etype(st, eid) == "PERSON" and _object_mention(st, ms):
            continue  # "في لاس فيجاس", "شركة ريد بالون": not who speaks
        if ms < before and _etype(st, eid) == "PERSON" and (best is None or ms > best[0]):
            best = (ms, eid)
            if feminine and _after_feminine_title(st, ms):
                fem_best = best
    if fem_best is not None and before - fem_best[0] < 600:
        return fem_best[1]  # "وقالت": the woman named before, not the nearest man
    if best is not None and before - best[0] < 600:
        return best[1]
    toks = st.toks
    hi = bisect_left(st.starts, before)
    for k in range(hi - 1, max(-1, hi - 120), -1):
        hn = normalize(toks[k].text)
        if (
            hn in L.AR_HONORIFICS
            and k + 1 < hi
            and (feminine is None or hn.endswith("ه") == feminine)
            and not _body_named_after(st, k)
        ):
            if toks[k + 1].text == "." and k + 2 < hi:
                k += 1
            end = k + 1
            while end < min(hi, k + 6) and _namey(toks[end]) and toks[end].kind == "ar":
                end += 1
            run = _ar_name_run(st, k + 1, end)
            if (
                run is not None
                and run[0] == k + 1
                and not _common_phrase(st, run[0], run[1])
                and not (
                    normalize(toks[run[0]].text).endswith(("تان", "تين"))  # "طائرتان": a dual noun
                    and normalize(toks[run[0]].text) not in L.person_name_tokens()
                )
            ):
                return _entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON")
    if feminine:
        return None
    # no honorific: the nearest full personal name ("... عميد السلك الدبلوماسي أحمد بن عبدالعزيز قطان")
    lo = max(0, hi - 120)
    names = L.person_name_tokens()
    for k in range(hi - 2, lo - 1, -1):
        n = normalize(toks[k].text)
        if toks[k].kind != "ar" or not (n in names or n in _CONNECTORS) or n in _NON_INITIAL:
            continue
        if any(m.start <= toks[k].start < m.end for m in st.marked):
            continue  # a name inside a quotation is not who speaks
        if k > 0 and (normalize(toks[k - 1].text) in _CONNECTORS or _in_body_name(st, k - 1)):
            continue
        run = _chain_name(st, k, min(hi, k + 6))
        if run is not None and run[0] == k:
            return _entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON")
    return None


_HIGHNESS = frozenset(normalize(w) for w in "سموه سموها".split())
_PRINCE = frozenset(normalize(w) for w in "الأمير الأميرة سمو".split())


def _nearest_person_before(st: _State, before: int, keep: Callable[[int, int], bool]) -> str | None:
    """The entity of the last PERSON mention starting before ``before`` (within 1500 characters) for
    which ``keep(mention start, its token index)`` holds."""
    best: tuple[int, str] | None = None
    for ms, _me, eid in st.mention_index:
        if ms >= before or before - ms > 1500 or _etype(st, eid) != "PERSON":
            continue
        if keep(ms, _tok_at(st, ms)) and (best is None or ms > best[0]):
            best = (ms, eid)
    return best[1] if best else None


def _prince_before(st: _State, before: int) -> str | None:
    """The nearest person named before (within 1500 characters) after الأمير / سمو, not الملك."""
    toks = st.toks

    def keep(_ms: int, k: int) -> bool:
        return any(normalize(toks[x].text) in _PRINCE for x in range(max(0, k - 8), k)) and not any(
            normalize(toks[x].text) in ("الملك", "الشريفين") for x in range(max(0, k - 2), k)
        )

    return _nearest_person_before(st, before, keep)


_STYLES = frozenset(normalize(w) for w in "معالي سعادة فضيلة دولة سماحة".split())
_EXCELLENCY = frozenset(normalize(w) for w in "معاليه معاليها فضيلته سعادته سماحته".split())
_ROYAL_TITLES = frozenset(normalize(w) for w in "الأمير الأميرة سمو السمو الملكي الملك خادم الشريفين".split())


def _excellency_before(st: _State, before: int) -> str | None:
    """ "ورفع معاليه تعازيه إلى خادم الحرمين ... وسمو ولي العهد الأمير محمد بن نايف ... وأكد معاليه":
    معالي / فضيلة / سعادة is not a royal title, so the honorific pronoun stands for the nearest person
    named before (within 1500 characters) with no الأمير / سمو / الملك among the 8 tokens before him."""
    toks = st.toks

    def keep(ms: int, k: int) -> bool:
        # "وسمو ولي العهد": a royal title behind a conjunction is one too
        return not any(
            L.strip_conj(normalize(toks[x].text)) in _ROYAL_TITLES or normalize(toks[x].text) in _ROYAL_TITLES
            for x in range(max(0, k - 8), k)
        ) and not any(m.start <= ms < m.end for m in st.marked)

    return _nearest_person_before(st, before, keep)


_OBJ_PREPS = frozenset(normalize(w) for w in "في من إلى الى عن على مع لدى أمام بين نحو".split())


def _object_mention(st: _State, offset: int) -> bool:
    """Whether the mention at offset follows a preposition or the head of a body ("في لاس فيجاس",
    "شركة ريد بالون", "طريق الملك فيصل"): a place, a body or an object, not the subject of a later
    zero-subject verb."""
    k = bisect_left(st.starts, offset)
    if k == 0 or k >= len(st.toks):
        return False
    t = st.toks[k]
    if t.start == offset and t.stem_start > t.start and t.text[: t.stem_start - t.start][-1:] in "بل":
        return True  # بالرئيس، للوزير
    p = normalize(st.toks[k - 1].text)
    if p in _OBJ_PREPS or L.strip_conj(p) in _OBJ_PREPS or _in_body_name(st, k - 1):
        return True
    # "لخادم الحرمين الشريفين الملك سلمان": a title with an attached preposition before the name
    return _attached_title_before(st, offset)


def _attached_title_before(st: _State, offset: int) -> bool:
    """A title with an attached preposition within the four words before the name at offset
    ("لخادم الحرمين الشريفين الملك سلمان"): the name is an object, not a subject."""
    k = bisect_left(st.starts, offset)
    for x in range(k - 1, max(-1, k - 5), -1):
        tx = st.toks[x]
        if tx.kind != "ar":
            return False
        nx = normalize(tx.text)
        if (
            nx[:1] == "ل"
            and not nx.startswith("ال")
            and (nx[1:] in L.AR_TITLE_WORDS or nx[1:] in L.AR_HONORIFICS or nx[1:] in _HONOR_TITLES)
        ):
            return True
    return False


def _title_end(st: _State, k: int, end: int) -> int:
    """The end offset of a title phrase at k: up to the first word that is not part of it (a
    definite noun after the genitive chain, "الشكر")."""
    toks = st.toks
    x = k + 1
    while (
        x < end
        and toks[x].kind == "ar"
        and (
            not normalize(toks[x].text).startswith("ال")
            or normalize(toks[x - 1].text) in L.AR_TITLE_WORDS
            or normalize(toks[x].text) in _HONOR_TITLES_AL
        )
    ):
        x += 1
    while x < end and toks[x].kind == "ar" and normalize(toks[x].text) in _HONOR_TITLES_AL:
        x += 1
    return toks[x - 1].end


_HONOR_TITLES_AL = frozenset(normalize(w) for w in "الحرمين الشريفين العهد".split())
_HONOR_TITLES = frozenset(normalize(w) for w in "خادم ولي سمو معالي فخامة".split())


def _after_feminine_title(st: _State, offset: int) -> bool:
    k = bisect_left(st.starts, offset)
    if k == 0:
        return False
    p = normalize(st.toks[k - 1].text)
    # a feminine role noun before the name is a title too: "نفت الممثلة رجاء الجداوي"
    return p.endswith("ه") and (
        p in L.AR_HONORIFICS
        or p in L.AR_TITLE_WORDS
        or L.strip_al(p) in _TITLE_BARE
        or L.strip_al(p) in _ROLE_BARE
        or p in _ROLE_NOUNS
    )


_RELATIVES_PRON = frozenset(normalize(w) for w in "الذي التي الذين اللذان اللتان".split())
_WITHHELD = frozenset(normalize(w) for w in "اسمه اسمها اسمهم اسميهما هويته هويتها هويتهم".split())
_WITHHOLD = frozenset(normalize(w) for w in "عدم رفض رفضت طالبا طالبة مفضلا مفضلة تحفظ تحفظت متحفظا".split())


def _name_withheld(st: _State, lo: int, hi: int) -> bool:
    """ "... الذي طلب عدم نشر اسمه", "فضل عدم الكشف عن هويته": an anonymous speaker."""
    for x in range(lo, min(hi, lo + 25)):
        if normalize(st.toks[x].text) in _WITHHELD:
            return any(normalize(st.toks[y].text) in _WITHHOLD for y in range(max(lo, x - 4), x))
    return False


_THIS = frozenset(normalize(w) for w in "هذه هذا تلك ذلك".split())


# Heads of a title that names one office holder ("وزير السياحة المصري", "رئيس لجنة الاحتراف ...").
_OFFICE_HEADS = frozenset(
    normalize(w)
    for w in """
    رئيس الرئيس رئيسة نائب مدير المدير مديرة وزير الوزير وزيرة محافظ المحافظ أمين الأمين سفير السفير
    سفيرة قائد القائد مساعد مساعدة وكيل وكيلة منسق منسقة مستشار المستشار المتحدث الناطق متحدث ناطق
    المتحدثة الناطقة متحدثة ناطقة حاكم الحاكم زعيم الزعيم المبعوث مبعوث المندوب مندوب المفوض مفوض
    عمدة أمير المدعي مدعي
    """.split()
)


_OFFICE_BARE = frozenset(L.strip_al(w) for w in _OFFICE_HEADS | {normalize("المفتي")})


_BODY_OF_PERSON = frozenset(
    normalize(w)
    for w in "مكتب المكتب ديوان الديوان حكومة الحكومة إدارة الإدارة حزب الحزب حملة الحملة".split()
)


def _org_head_before_person(st: _State, k: int, person_start: int) -> bool:
    """ "مكتب رئيس الوزراء أحمد داود أوغلو", "حملة المرشح X": the subject is a body that belongs to the
    person named inside it (its head word comes first and no mention starts at it)."""
    t = st.toks[k]
    n = normalize(t.text)
    return (
        (n in _BODY_OF_PERSON or L.strip_conj(n) in _BODY_OF_PERSON)
        and person_start > t.start
        and not _mention_at(st, t.start)
    )


def _person_after_place(st: _State, j: int, hi: int) -> str | None:
    """ "في جازان بيشي بن عيسى الصرخي" at token j: the PERSON mention right after "في + place"."""
    toks = st.toks
    if j + 2 >= hi or normalize(toks[j].text) != "في":
        return None
    place = [(ms, me, eid) for ms, me, eid in st.mention_index if ms == toks[j + 1].start]
    if place and _etype(st, place[0][2]) in ("GPE", "LOC"):
        x = bisect_left(st.starts, place[0][1])
    elif any(
        e.type in ("GPE", "LOC") and normalize(e.name) == normalize(toks[j + 1].text) for e in st.doc.entities
    ):
        x = j + 2  # a place the entity layer named elsewhere in the article
    else:
        return None
    if x >= hi:
        return None
    for ms, _me, eid in st.mention_index:
        if ms == toks[x].start and _etype(st, eid) == "PERSON" and _plausible(st, eid):
            return eid
    return None


_OFFICIAL = frozenset(normalize(w) for w in "الرسمي رسمي".split())
_ACCOUNT_STOPS = frozenset(normalize(w) for w in "على في عبر".split())


def _account_end(st: _State, j: int, hi: int) -> int | None:
    """ "الحساب الرسمي لكأس السوبر السعودي على تويتر": the end of the owner's name after ل, before the
    platform."""
    toks = st.toks
    if j < hi and normalize(toks[j].text) in _OFFICIAL:
        j += 1
    if j >= hi or toks[j].kind != "ar":
        return None
    n = normalize(toks[j].text)
    if n[:1] != "ل" or len(n) < 4:
        return None
    end = j + 1
    while (
        end < min(hi, j + 6)
        and toks[end].kind == "ar"
        and normalize(toks[end].text) not in _ACCOUNT_STOPS
        and normalize(toks[end].text) not in L.AR_COMPLEMENTIZERS
    ):
        end += 1
    return end


def _role_construct(st: _State, k: int, mention: tuple[int, int, str]) -> bool:
    """A one-word PERSON mention at token k that is no personal-name word and heads a definite plural
    group ("عميد الجاليات", "نقيب المحامين"): a role noun the entity layer took for a name."""
    ms, me, eid = mention
    toks = st.toks
    t = toks[k]
    if ms != t.start or me != t.end or k + 1 >= len(toks) or t.stem_start != t.start:
        return False
    n = normalize(t.text)
    e = st.doc.entity(eid)
    if e is None or len(e.name.split()) != 1 or n in L.person_name_tokens() or n.startswith("ال"):
        return False
    if any(m.start != ms for m in e.mentions):
        return False  # named elsewhere too: a name
    return _before_plural_group(st, k)


def _before_plural_group(st: _State, k: int) -> bool:
    """The word after token k is a definite plural noun, no name ("الجاليات", "المحامين")."""
    toks = st.toks
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    nn = normalize(nxt.text)
    return (
        nxt.kind == "ar"
        and nn.startswith("ال")
        and nn.endswith(("ات", "ين", "ون"))
        and not nn.endswith(("يين", "يون"))
        and len(nn) >= 6
        and not _mention_at(st, nxt.start)
    )


def _whole_word_person(st: _State, mention: tuple[int, int, str]) -> str:
    """A person mention that starts inside a word ("بيش" of "كبيش", its ك read as a proclitic): the
    person named before with the whole word, when there is one; else the mention's entity."""
    ms, me, eid = mention
    ti = bisect_right(st.starts, ms) - 1
    if ti < 0 or st.toks[ti].start == ms or st.toks[ti].end != me:
        return eid
    for e in st.doc.entities:
        if (
            e.id != eid
            and e.type == "PERSON"
            and normalize(st.toks[ti].text) in {normalize(w) for w in e.name.split()}
        ):
            return e.id
    return eid


def _office_entity(st: _State, k: int, end: int) -> str | None:
    """A speaker named only by the office held: "رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم",
    "وزير السياحة المصري". The whole title phrase becomes the speaker (a PERSON entity, so that the
    quotation is attributed to that office holder and later zero subjects continue it); a bare title
    ("الوزير") or an indefinite one ("مسؤول كبير") is not specific enough."""
    toks = st.toks
    if end - k < 2 or normalize(toks[k].text) not in _OFFICE_HEADS:
        return None
    while end > k + 1 and (
        toks[end - 1].kind != "ar" or normalize(toks[end - 1].text) in L.AR_TITLE_WORDS - {"العام", "العامة"}
    ):
        end -= 1
    if end - k < 2:
        return None
    specific = False
    for x in range(k + 1, end):
        n = normalize(toks[x].text)
        if n.startswith(("ال", "بال", "لل", "وال")) or _mention_at(st, toks[x].start):
            specific = True
        if toks[x].kind != "ar" and toks[x].text not in "-":
            return None
    if not specific:
        return None
    holder = _holder_named_with_head(st, k, end)
    if holder is not None:
        return holder
    return _phrase_entity(st, toks[k].start, toks[end - 1].end, "PERSON")


def _holder_named_with_head(st: _State, k: int, end: int) -> str | None:
    """ "وأكد الرئيس اليمني أن" after "وعبر الرئيس هادي عن": a definite office with nisba adjectives
    only is the one person named earlier with that office right before the name (the same nisba, or
    none); never when two different persons were so named."""
    toks = st.toks
    head = normalize(toks[k].text)
    if not head.startswith("ال") or not all(
        normalize(toks[x].text).startswith("ال") and normalize(toks[x].text).endswith(("ي", "يه"))
        for x in range(k + 1, end)
    ):
        return None
    nisbas = {normalize(toks[x].text) for x in range(k + 1, end)}
    found: set[str] = set()
    for j in range(k - 1, max(-1, k - 400), -1):
        if normalize(toks[j].text) != head:
            continue
        x = j + 1
        while x < k and normalize(toks[x].text) in nisbas:
            x += 1
        if x < k and normalize(toks[x].text).startswith("ال") and normalize(toks[x].text).endswith("ي"):
            continue  # "الرئيس الأمريكي باراك أوباما" for "الرئيس اليمني": another country's
        run = _ar_name_run(st, x, min(k, x + 5))
        ents = [
            m for m in _entities_in(st, toks[x].start, toks[min(k, x + 5) - 1].end) if m[0] == toks[x].start
        ]
        if ents and _etype(st, ents[0][2]) == "PERSON":
            found.add(ents[0][2])
        elif (
            run is not None
            and run[0] == x
            and (_strong_name_run(st, run) or normalize(toks[x].text) in L.person_name_tokens())
        ):
            found.add(_entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON") or "")
    found.discard("")
    return next(iter(found)) if len(found) == 1 else None


_STATE_HEADS = frozenset(
    normalize(w) for w in "سلطنة مملكة المملكة دولة جمهورية الجمهورية إمارة امارة ولاية إقليم".split()
)


def _subject_then_object(st: _State, vi: int, lo: int, bx: int) -> bool:
    """ "ووصف البنك المركزي الخطوة بأنها": a finite verb (with its conjunction or opening the clause)
    whose subject, a name the entity layer found right after it, is followed by the object described
    before بأن; not the verbal noun of "إلى حد وصف الاتحاد الأوروبي بأنه"."""
    toks = st.toks
    t = toks[vi]
    n = normalize(t.text)
    finite = (n[:1] in "وف" and L.strip_conj(n) != n) or vi == 0 or toks[vi - 1].text in "،,.:"
    if not finite or lo >= bx:
        return False
    for ms, me, eid in st.mention_index:
        if ms == toks[lo].start and eid in st.ner_ids and _etype(st, eid) in ("ORG", "PERSON", "GPE"):
            end = bisect_left(st.starts, me)
            return lo < end < bx and toks[end].kind == "ar"
    return False


_DESCRIBE_OBJ = frozenset(normalize(w) for w in "وصف اته".split())


def _ar_speaker_inner(st: _State, vi: int, lo: int, hi: int, ctype: str, strict: bool = False) -> Speaker:
    toks, text = st.toks, st.text
    if ctype == "participle":
        return Speaker(None, False)  # مضيفا، مشيرة: the subject of the main verb
    if (
        ctype == "describe"
        and L.strip_conj(normalize(toks[vi].text))[:3] in _DESCRIBE_OBJ
        and (
            bx := next(
                (
                    x
                    for x in range(lo + 1, min(len(toks), hi + 1, lo + 8))
                    if normalize(toks[x].text).startswith(("بان", "بال"))
                ),
                None,
            )
        )
        is not None
        and not any(
            _etype(st, eid) == "PERSON" for _s, _e, eid in _entities_in(st, toks[lo].start, toks[bx - 1].end)
        )
        and not any(
            normalize(toks[x].text) in L.AR_TITLE_WORDS or normalize(toks[x].text) in L.AR_HONORIFICS
            for x in range(lo, bx)
        )
        and not _subject_then_object(st, vi, lo, bx)
    ):
        # "وذهب أوباما إلى حد وصف الاتحاد الأوروبي بأنه «...»", "اتهم الوزير بالفشل": the one
        # described or accused is the object; the subject is the one the sentence is about
        return Speaker(None, False)
    if (
        not strict
        and lo < hi
        and lo + 1 < len(toks)
        and normalize(toks[lo].text) in _TO_ME
        and (toks[lo + 1].text in ":" or normalize(toks[lo + 1].text) in L.AR_COMPLEMENTIZERS)
    ):
        # "وقال لي: ..." in someone's account: the one who spoke to the narrator is not the narrator
        # and is named nowhere here
        return Speaker(None, True)
    if strict and lo < hi:
        # a verb with no reported content (أكد على، حذر من): only a subject right after it counts
        n1 = normalize(toks[lo].text)
        quoted = (
            toks[lo].kind == "punct"
            and toks[lo].text in '«"“'
            and (qm := _marked_starting_at(st, toks[lo].start, 0)) is not None
            and _nwords(text[qm.start : qm.end]) <= 4
        )
        if not quoted and (
            toks[lo].kind != "ar" or n1 in L.AR_PREPOSITION_STOPS or n1 in _PRON_PREP or n1[:1] in "بل"
        ):
            return Speaker(None, False)
    if (
        not strict
        and lo + 1 < hi
        and normalize(toks[lo].text) == "في"
        and normalize(toks[lo + 1].text) in _INTERVIEW
    ):
        return Speaker(None, False)  # "وقال في تصريح لوكالة ... بمناسبة ... إن": a zero subject
    if lo + 1 < hi and normalize(toks[lo].text) == "في" and _doc_noun(toks[lo + 1]):
        # "وجاء في بيان صادر عن وزارة الداخلية أن", "ورد في تقرير لمنظمة الصحة": its author
        author = _document_author(st, lo + 1, hi)
        if author is None and not strict and _doc_bare(toks[lo + 1]) in _ARTICLE_BARE:
            # "وجاء في المقال" after "نشرت ... مقالا لوزير الخارجية X": the author named before
            author = _document_antecedent(st, lo + 1)
        if author is not None:
            return Speaker(author, True)
    k = _skip_adjuncts(st, lo, hi)
    if k >= hi:
        return Speaker(None, False)
    if k > lo and toks[k].kind == "ar" and L.strip_conj(normalize(toks[k].text)) in _DOC_OBTAINED:
        # "وأكدت في بيان حصلت «الشرق الأوسط» على نسخة منه أنها": the outlet that obtained the
        # statement is no subject of the speech verb, which has a zero subject
        return Speaker(None, False)
    if (
        k + 1 < hi
        and normalize(toks[k].text) in _STYLES
        and (normalize(toks[k + 1].text) in _OFFICE_HEADS or normalize(toks[k + 1].text) in _MUFTI)
    ):
        k += 1  # "أكد معالي وزير الخارجية أن": the style, then the office as without it
    if k + 2 < hi and normalize(toks[k].text) in L.AR_HONORIFICS and toks[k + 1].text == "د":
        k += 1  # "الدكتور د. اللويم": the title written twice
    if (
        not strict
        and toks[k].kind == "ar"
        and n_plural_construct(normalize(toks[k].text))
        and not _mention_at(st, toks[k].start)
    ):
        return Speaker(None, True)  # "وقال صانعوها للصحيفة إن": a group described by its relation
    if not strict and _role_with_relative(st, k, hi):
        # "ويعتقد فرديناند أن ... وقال المدافع الذي اعتزل ...": a role noun described by a relative
        # clause names no one; it is the person the sentence is about, else the one described before
        holder = _clause_person_before(st, vi) or _role_holder(st, vi)
        return Speaker(holder, True)
    called = None if strict else _called_name(st, k, hi)
    if called is not None:
        return Speaker(called, True)
    t0 = toks[k]
    n0 = normalize(t0.text)
    if (n0 in L.AR_COMPLEMENTIZERS and not _name_starts_at(st, k)) or n0 in _NOT_NAMES:
        return Speaker(None, False)
    if t0.kind == "ar" and n0.startswith("بال") and len(n0) > 5 and not _mention_at(st, t0.start):
        return Speaker(None, False)  # "وأشاد بالقوات الخاصة": a prepositional object, not the subject
    if n0 in ("كل", "كلا") and k + 2 < hi and normalize(toks[k + 1].text) == "من":
        # "وقال كل من الدكتور X والدكتور Y إن": joint speakers, the first named
        return _ar_speaker_inner(st, vi, k + 2, hi, ctype, strict)
    if _doc_noun(t0) and t0.stem_start == t0.start and n0.startswith("ال") and not strict:
        # "حسب تقرير صادر عن المديرية العامة للأمن ... ويقول التقرير إن": the author of the report
        # named before
        author = _document_antecedent(st, k)
        if author is not None:
            return Speaker(author, True)
    if _doc_noun(t0) and t0.stem_start == t0.start:
        # "وقال تقرير صادر عن البنك الدولي", "وذكر تقرير لصندوق النقد الدولي": the document's author
        author = _document_author(st, k, hi)
        if author is not None:
            return Speaker(author, True)
        if not strict and _unauthored_document(st, k, hi):
            # "وأشار بيان صادر عن الاجتماع إلى أن", "وقالت تقارير إن": a document with no named author
            # is an anonymous speaker (not a word of its description the NER took for a name)
            return Speaker(None, True)
    if not strict and _name_withheld(st, k, hi):
        return Speaker(None, True)
    if L.strip_conj(n0) in L.AR_RELATIVES:
        # "وقالت زوجته", "وقال والد الضحية": a relative, unnamed unless a name follows
        rel_end = _np_end_ar_subject(st, k, hi)
        run = _ar_name_run(st, k + 1, rel_end) if rel_end > k + 1 else None
        if run is not None and _strong_name_run(st, run) and run[0] == k + 1:
            # "وقال والده محمد": the relative's name; not "ذوو المواطن عوض المطيري" (whose relatives)
            return Speaker(_entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON"), True)
        return Speaker(None, True)
    if L.strip_al(n0) == normalize("حساب") and not strict:
        # "وكتب حساب «وزارة الصحة» على تويتر": the account's owner
        mk = _marked_starting_at(st, t0.end, 2)
        if mk is not None and _nwords(text[mk.start : mk.end]) <= 5:
            etype = "ORG" if L.ar_in(_WORDS.findall(text[mk.start : mk.end])[0], L.AR_ORG_HEADS) else "PERSON"
            return Speaker(_entity_for(st, mk.start, mk.end, etype), True)
        acc_end = _account_end(st, k + 1, hi)
        if acc_end is not None:
            # "وبيّن الحساب الرسمي لكأس السوبر السعودي على تويتر أن": the account named by its owner
            return Speaker(_phrase_entity(st, t0.stem_start, toks[acc_end - 1].end, "ORG"), True)
    if n0.startswith("لل") and len(n0) > 4 and n0 not in _AUDIENCE and k > lo:
        # "وجاء في بيان للنقابة": the body is the genitive after the statement
        head = "ال" + n0[2:]
        prev = _org_by_head(st, L.strip_al(head), t0.start)
        if prev is not None:
            return Speaker(prev, True)
        end = _org_np_end(st, k, hi)
        return Speaker(_entity_for(st, t0.start + 2, toks[end - 1].end, "ORG"), True)
    # a quoted body name right after the verb: وأوضحت "الغذاء والدواء"
    m = _marked_starting_at(st, t0.start, 0)
    if m is not None and _nwords(text[m.start : m.end]) <= 5:
        return Speaker(_entity_for(st, m.start, m.end, "ORG"), True)
    if n0 in _HIGHNESS and not (st.last_speaker_set and st.last_speaker is not None):
        prince = _prince_before(st, t0.start)
        if prince is not None:
            return Speaker(prince, True)  # "وقال سموه": the prince named before, not the king
    if n0 in _EXCELLENCY and not (st.last_speaker_set and st.last_speaker is not None):
        holder = _excellency_before(st, t0.start)
        if holder is None:
            # "وشدد الحقيل ... . ودعا معاليه ... . وقال معاليه": the family name the sentences before
            # are about (the entity layer missed it)
            holder = _family_subject_before(st, st.doc.layer.sentence_index(t0.start), min_count=1)
        if holder is not None:
            return Speaker(holder, True)  # "وأكد معاليه": the official named before, not a prince
    if not strict:
        holder = _titled_holder_before(st, k, hi)
        if holder is not None:
            return Speaker(holder, True)  # "وأضاف مفتي مصر" after "مفتي مصر الدكتور شوقي علام"
    if n0 in L.AR_ANAPHORS and n0 not in ("الوزير", "المتحدث", "الناطق", "المتحدثه", "الناطقه"):
        # "وذكر بيان من مكتب زوما", "بيان صادر عن وزارة الداخلية": the body the statement is from
        j = k + 1
        if j < hi and normalize(toks[j].text) in ("صادر", "الصادر", "صادرا"):
            j += 1
        if j + 1 < hi and normalize(toks[j].text) in ("من", "عن"):
            sub = _ar_speaker_inner(st, vi, j + 1, hi, "verb", strict=True)
            if sub.known and sub.entity is not None:
                return sub
            nn = normalize(toks[j + 1].text)
            if nn in L.AR_ORG_HEADS or L.strip_al(nn) in _ORG_HEADS_BARE:
                org_end = _org_np_end(st, j + 1, hi)
                return Speaker(_entity_for(st, toks[j + 1].start, toks[org_end - 1].end, "ORG"), True)
        if n0 == "بيان" and k + 1 < hi and toks[k + 1].kind == "ar":
            # "قال بيان سكرتارية الجائزة": the body in the genitive
            nn = normalize(toks[k + 1].text)
            if (
                nn not in _norm_adj2
                and not _is_prep(toks[k + 1])
                and nn not in L.AR_TIME_WORDS
                and nn not in _PRON_PREP
            ):
                if nn[:1] == "ل" and (nn[1:] in L.AR_ORG_HEADS or _lam_genitive(st, k + 1)):
                    # "وأفاد بيان لوزارة الداخلية التونسية": the body without the preposition
                    org_end = _org_np_end(st, k + 1, min(hi, k + 6))
                    return Speaker(
                        _phrase_entity(st, toks[k + 1].start + 1, toks[org_end - 1].end, "ORG"), True
                    )
                ents = _entities_in(st, toks[k + 1].start, toks[min(hi, k + 5) - 1].end)
                if ents:
                    return Speaker(ents[0][2], True)
                org_end = _org_np_end(st, k + 1, min(hi, k + 5))
                b0 = toks[k + 1].start
                if (
                    nn[:1] == "ل"
                    and not nn.startswith("لل")
                    and len(nn) >= 4
                    and nn not in L.person_name_tokens()
                    and nn not in _ALL_VOCAB
                    and org_end - (k + 1) >= 2
                ):
                    b0 += 1  # "وقال بيان لقوة المهام المشتركة": the body, without the preposition
                return Speaker(_entity_for(st, b0, toks[org_end - 1].end, "ORG", loose=True), True)
        return Speaker(None, False)
    if not strict or k == lo:
        sur = _surname_subject(st, k)
        if sur is not None:
            return Speaker(sur, True)  # "من جهته أكد العيد ..." after "إبراهيم العيد"
        if not strict and _lone_family_name(st, k, hi):
            # "ونوه الجماز إلى أن": a family name of the name lists, no common word, closing the subject
            return Speaker(_entity_for(st, t0.start, t0.end, "PERSON"), True)
    # entity mentions of the NER inside the subject phrase
    span_end = toks[hi - 1].end if hi > lo else t0.end
    np_end_tok = _np_end_ar_subject(st, k, hi)
    np_s, np_e = t0.start, toks[np_end_tok - 1].end if np_end_tok > k else t0.end
    if not strict and _unnamed_description(st, k, np_end_tok):
        return Speaker(None, True)  # "قال دبلوماسي إسرائيلي سابق": an unnamed person described
    if _anonymous_with_modifier(st, k, hi):
        return Speaker(None, True)  # "وقال مسؤول كبير بوزارة الخزانة", "مصادر بإدارة أمن الطرق"
    if n0 in _DUAL_HEADS and k + 1 < np_end_tok and toks[k + 1].kind == "ar":
        # "وقالت صحيفتا إكسبريس تربيون ونيويورك تايمز إن": joint speakers, the first named
        e = k + 1
        while e < np_end_tok and toks[e].kind == "ar" and not (e > k + 1 and toks[e].text[:1] == "و"):
            e += 1
        if e - (k + 1) <= 4:
            s0, e0 = toks[k + 1].start, toks[e - 1].end
            if any(ms < s0 < me for ms, me, _e in st.mention_index):
                # the entity layer took the head for part of the name ("صحيفتا إكسبريس")
                return Speaker(_new_entity(st, "ORG", s0, e0), True)
            return Speaker(_entity_for(st, s0, e0, "ORG"), True)
    if (n0 in _AGENCY_HEADS or L.strip_conj(n0) in _AGENCY_HEADS) and not n0.startswith("ال"):
        # "ذكرت وكالة الأنباء الإيطالية «أنسا» أن": the agency's quoted name, not the country in its
        # description
        for x in range(k + 1, min(np_end_tok + 1, k + 5, len(toks))):
            mk = _marked_starting_at(st, toks[x].start, 0) if toks[x].kind == "punct" else None
            if mk is not None and 1 <= _nwords(text[mk.start : mk.end]) <= 4:
                return Speaker(_entity_for(st, mk.start, mk.end, "ORG"), True)
            if toks[x].kind != "ar" or not normalize(toks[x].text).startswith("ال"):
                break
    ents = _entities_in(st, np_s, max(np_e, np_s))
    if (
        ents
        and ents[0][0] == t0.start
        and _etype(st, ents[0][2]) == "ORG"
        and n0.startswith("ال")
        and n0 in L.AR_ORG_HEADS
    ):
        words = [normalize(w) for w in _WORDS.findall(st.text[ents[0][0] : ents[0][1]])]
        if 2 <= len(words) <= 3 and all(w.startswith("ال") and w.endswith("ي") for w in words[1:]):
            # "النادي الملكي" (an ORG for the NER): the club named before with that head
            prev = _org_named_after_head(st, L.strip_al(n0), t0.start)
            if prev is not None:
                return Speaker(prev, True)
    if ents and not strict and (k == lo or _role_word(n0)):
        # a subject name the NER cut after ف / ك, right after the verb or a title
        first = ents[0]
        ck = bisect_right(st.starts, first[0]) - 1
        ok = ck == k or (ck <= k + 3 and _role_word(n0))
        whole = _cut_name_whole(st, ck, first) if ok else None
        if whole is not None:
            return Speaker(whole, True)
    if ents:
        persons = [x for x in ents if _etype(st, x[2]) == "PERSON"]
        if n0 in _OFFICE_HEADS and any(x[0] > t0.start and _attached_title_before(st, x[0]) for x in persons):
            # "رفع نائب خادم الحرمين الشريفين الشكر لخادم الحرمين الشريفين الملك سلمان": the one thanked
            persons = [x for x in persons if not (x[0] > t0.start and _attached_title_before(st, x[0]))]
            ents = [x for x in ents if _etype(st, x[2]) != "PERSON" or x in persons]
            if not ents:
                pid = _person_by_description(st, text[np_s : _title_end(st, k, np_end_tok)], np_s)
                return Speaker(pid, pid is not None)
        if persons and not strict and _org_head_before_person(st, k, persons[0][0]):
            # "قال مكتب رئيس الوزراء أحمد داود أوغلو إن": the office, not the person it belongs to
            return Speaker(_phrase_entity(st, t0.start, np_e, "ORG"), True)
        if len(persons) > 1 and persons[0][0] > t0.start:
            # "المتحدث باسم مركز الملك سلمان ... رأفت الصباغ": not a person inside a body's name
            outside = [x for x in persons if not _in_body_name(st, max(0, _tok_at(st, x[0]) - 1))]
            if outside and outside[0] is not persons[0]:
                return Speaker(outside[0][2], True)
        if (
            len(persons) == 1
            and persons[0][0] > t0.start
            and not strict
            and _in_body_name(st, max(0, _tok_at(st, persons[0][0]) - 1))
        ):
            # the only person is inside a body's name: a name the NER missed closing the title
            chain = _chain_name(st, _tok_at(st, persons[0][1]), np_end_tok)
            if chain is not None and _plausible_run(st, chain):
                return Speaker(_entity_for(st, toks[chain[0]].start, toks[chain[1] - 1].end, "PERSON"), True)
            for ms, _me, eid in _entities_in(st, persons[0][1], toks[hi - 1].end):
                # "خطيب جامع الإمام أنس بن مالك في العاصمة السعودية حمد الدهلوس": the person who
                # closes the description after its place
                if (
                    _etype(st, eid) == "PERSON"
                    and not _in_body_name(st, max(0, _tok_at(st, ms) - 1))
                    and not any(
                        normalize(toks[x].text) in L.AR_COMPLEMENTIZERS
                        for x in range(_tok_at(st, persons[0][1]), _tok_at(st, ms))
                    )
                ):
                    return Speaker(eid, True)
            pk = _tok_at(st, persons[0][0]) - 1
            construct = pk >= 1 and not L.strip_conj(normalize(toks[pk - 1].text)).startswith("ال")
            if chain is None and n0 in _OFFICE_HEADS and construct:
                # "مدير عام جمرك مطار الملك عبد العزيز الدولي": the holder of the office described
                # (named before), else the office itself, not the king the airport is named after
                desc = text[np_s:np_e]
                pid = _person_by_description(st, desc, np_s) or _office_entity(st, k, np_end_tok)
                if pid is not None:
                    return Speaker(pid, True)
        if (
            persons
            and not strict
            and k + 1 < hi
            and toks[k + 1].start == persons[0][0]
            and _family_name_subject(st, k)
        ):
            # "أشاد الديلمي بدور المملكة": the family name is the subject, "بدور" the object read
            # as a name
            return Speaker(_entity_for(st, t0.start, t0.end, "PERSON"), True)
        if len(persons) > 1 and not strict:
            w0 = _WORDS.findall(normalize(st.text[persons[0][0] : persons[0][1]]))
            later = [
                x
                for x in persons[1:]
                if (pk := _tok_at(st, x[0]) - 1) > k and normalize(toks[pk].text) in L.AR_HONORIFICS
            ]
            if w0 and w0[0] in _OFFICE_HEADS and later:
                # "أمين جدة الدكتور هاني أبوراس" with "أمين جدة" taken for a name: the office, then
                # its holder after the honorific
                return Speaker(later[0][2], True)
        if persons and not strict and _role_construct(st, k, persons[0]):
            # "وقال عميد الجاليات اليمنية في المملكة" with "عميد" taken for a name: a role noun with
            # its genitive group names no one new; it is the one speaking (or the person the
            # previous sentence is about)
            holder = _role_holder(st, vi)
            if holder is not None and holder != persons[0][2]:
                return Speaker(holder, True)
        if persons:
            return Speaker(_whole_word_person(st, persons[0]), True)
        if not strict and n0 in _ROLE_NOUNS and all(_in_modifier(st, k, e[0]) for e in ents):
            # "وقال اللاعب والمدرب السابق لنادي ريال مدريد في تصريحات": a person described by roles,
            # not the club in the description: one described so before, the one speaking, or the
            # person the previous sentence is about
            holder = _person_by_description(st, text[np_s:np_e], np_s) or _role_holder(st, vi)
            if holder is not None:
                return Speaker(holder, True)
        if (
            ents[0][0] > t0.start
            and (n0 if n0 in L.AR_ORG_HEADS else L.strip_conj(n0)) in L.AR_ORG_HEADS
            and all(_etype(st, e[2]) in ("GPE", "LOC") for e in ents)
        ):
            # "نفت شركة غاز قطر": the company, not the country named inside its name (also as the
            # subject of a verb with no content: "أوضحت المديرية العامة ... بمنطقة مكة ملابسات")
            org_end = _org_np_end(st, k, np_end_tok)
            if toks[org_end - 1].end >= ents[0][1]:
                return Speaker(_entity_for(st, t0.start, toks[org_end - 1].end, "ORG"), True)
        if ents[0][0] > t0.start and t0.kind == "ar" and n0 not in _ALL_VOCAB:
            # "وتقدم القميشي بالشكر لدول التحالف وفي مقدمتها المملكة": the subject is a person named
            # before (the NER missed this mention), not the body later in the phrase
            known = _existing_entity(st, t0.start, t0.end)
            if known is not None and _etype(st, known) == "PERSON":
                return Speaker(_entity_for(st, t0.start, t0.end, "PERSON"), True)
        if not strict and (n0 in L.AR_TITLE_WORDS or L.strip_al(n0) in _TITLE_BARE or n0 in _OFFICE_HEADS):
            after_place = _person_after_place(st, np_end_tok, hi)
            if after_place is not None:
                # "وأوضح الناطق الإعلامي بفرع هيئة الهلال الأحمر في جازان بيشي الصرخي": the person
                # closing the title after its place, not the body inside the title
                return Speaker(after_place, True)
        hon = (
            (_honorific_name_closing(st, k, np_end_tok) or _title_closing_if_titled(st, k, n0, hi))
            if not strict
            else None
        )
        if hon is not None and not any(ms <= toks[hon[0]].start < me for ms, me, _ in ents):
            # "الرئيس التنفيذي لشركة أورفيتو السيد ساتيش": the name after an honorific closing the
            # title, not the company inside it
            return Speaker(_entity_for(st, toks[hon[0]].start, toks[hon[1] - 1].end, "PERSON"), True)
        # "المتحدث باسم الكرملين دميتري بيسكوف" with only the ORG recognized: the person the NER
        # missed, when a personal name closes the phrase; else the organisation right after the verb
        run = _ar_name_run(st, k, np_end_tok)
        if run is not None and L.strip_conj(normalize(toks[run[0]].text)) in _STATE_HEADS:
            run = None  # "سفير سلطنة عمان": a state's name, never a person the NER missed
        clash = run is not None and any(
            ms < toks[run[1] - 1].end
            and toks[run[0]].start < me
            and not _place_read_for_name(st, ms, me, eid)
            for ms, me, eid in ents
        )
        if run is not None and not strict and _plausible_run(st, run) and not clash:
            return Speaker(_entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON"), True)
        if (
            (run is None or not _plausible_run(st, run) or clash)
            and not strict
            and n0 in _OFFICE_HEADS
            and not any(normalize(toks[x].text) == "باسم" for x in range(k, np_end_tok))
        ):
            # "أكد رئيس لجنة الاحتراف بالاتحاد السعودي": the office holder, not the body in the title
            pid = _person_by_description(st, text[np_s:np_e], np_s)
            if pid is None and ents[0][0] > t0.start and ents[0][1] < np_e:
                # "وتوقع رئيس برشلونة نجاحا كبيرا": the title up to the body, without the object
                pid = _person_by_description(st, text[np_s : ents[0][1]], np_s)
            if pid is None and not any(ms <= np_s < me for ms, me, _ in ents):
                pid = _office_entity(st, k, np_end_tok)
            if pid is not None:
                return Speaker(pid, True)
        if strict and n0 in _OFFICE_HEADS and ents[0][0] > t0.start:
            # "وتوقع رئيس برشلونة نجاحا ...": the president described before, never the club
            pid = _person_by_description(st, text[np_s : ents[0][1]], np_s)
            return Speaker(pid, pid is not None)
        if not strict and n0 in _OFFICE_HEADS:
            holder = _name_after_spoken_for(st, k, np_end_tok)
            if holder is not None:
                return Speaker(holder, True)
        return Speaker(ents[0][2], True)
    del span_end
    words = toks[k:np_end_tok]
    if not words:
        return Speaker(None, False)
    nn0 = n0 if (n0 in _ALL_VOCAB or L.strip_al(n0) in _ALL_BARE) else L.strip_conj(n0)
    if nn0 in L.AR_OUTLET_HEADS or L.strip_al(nn0) in _OUTLET_HEADS_BARE:
        for mk in st.marked:
            if t0.end <= mk.open <= t0.end + 2 and _nwords(text[mk.start : mk.end]) <= 5:
                return Speaker(_entity_for(st, mk.start, mk.end, "ORG"), True)
        org_end = _org_np_end(st, k, np_end_tok)
        if org_end - k >= 2:
            return Speaker(_entity_for(st, t0.start, toks[org_end - 1].end, "ORG"), True)
        if n0.startswith("ال"):
            # "وأفادت الصحيفة" after "صحيفة «أفتون بلاديت»": that outlet
            prev = _org_phrase_before(st, L.strip_al(n0), t0.start)
            if prev is not None:
                return Speaker(prev, True)
        return Speaker(None, True)
    if nn0 in L.AR_ORG_HEADS or L.strip_al(nn0) in _ORG_HEADS_BARE or L.strip_al(nn0) in _GENERIC_BODIES:
        paren = _parenthesized_name(st, k + 1, hi)
        if paren is not None:
            # "ذكرت مجموعة (بيرسون بي ال سي) البريطانية": the name in parentheses
            return Speaker(_entity_for(st, paren[0], paren[1], "ORG"), True)
    if nn0 in L.AR_ORG_HEADS or L.strip_al(nn0) in _ORG_HEADS_BARE:
        # an organisation: up to the end of the noun phrase; a bare head refers back
        org_end = _org_np_end(st, k, np_end_tok)
        if org_end - k == 1 and n0.startswith("ال"):
            prev = _org_by_head(st, L.strip_al(n0), t0.start)
            if prev is not None:
                return Speaker(prev, True)
            if (
                L.strip_al(n0) in _GENERIC_BODIES
                and st.last_speaker_set
                and _etype(st, st.last_speaker or "") in ("ORG", "MISC")
            ):
                return Speaker(st.last_speaker, True)  # "وقالت الشركة" after the group spoke
        elif (
            n0.startswith("ال")
            and org_end - k <= 3
            and all(
                _adjectival(normalize(toks[x].text)) or normalize(toks[x].text).endswith("ي")
                for x in range(k + 1, org_end)
            )
        ):
            # "النادي العاصمي", "الوزارة الروسية": a body named before with the same head
            prev = _org_named_after_head(st, L.strip_al(n0), t0.start)
            if prev is not None:
                return Speaker(prev, True)
        return Speaker(_entity_for(st, t0.start, toks[org_end - 1].end, "ORG"), True)
    if nn0 in L.AR_ANONYMOUS or L.strip_al(nn0) in _ANON_BARE:
        run = _chain_name(st, k + 1, np_end_tok) if np_end_tok > k + 1 else None
        if run is None and np_end_tok == k + 3:
            run = _apposed_unknown_name(st, k, np_end_tok)
        if run is not None:
            # "الخبير حامد الخطيب", "المواطن محمد العتيبي": a described person, named
            return Speaker(_entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON"), True)
        mk = _marked_starting_at(st, t0.end, 2)
        if mk is not None and 2 <= _nwords(text[mk.start : mk.end]) <= 6:
            w0 = _WORDS.findall(text[mk.start : mk.end])[0]
            if L.ar_in(w0, L.AR_ORG_HEADS) or L.strip_al(normalize(w0)) in _ORG_HEADS_BARE:
                # "تقرير «منظمة العفو الدولية»": the body whose report it is
                return Speaker(_entity_for(st, mk.start, mk.end, "ORG"), True)
        for kk in range(k + 1, min(hi, k + 7)):
            n1 = normalize(toks[kk].text)
            if n1 in L.AR_ORG_HEADS and kk > k + 1:
                for mk in st.marked:
                    if (
                        toks[kk].end <= mk.open <= toks[min(kk + 2, hi - 1)].end
                        and _nwords(text[mk.start : mk.end]) <= 5
                        and normalize(text[max(0, mk.open - 3) : mk.open].strip()) not in ("ل", "لـ", "ل ـ")
                        and not text[max(0, mk.open - 2) : mk.open].strip().endswith(("ل", "لـ"))
                    ):
                        # "مصادر في نادي «الهلال»": the body; not "مصادر في نادي الهلال لـ«عكاظ»"
                        # (the outlet the anonymous source told)
                        return Speaker(_entity_for(st, mk.start, mk.end, "ORG"), True)
            if n1[:1] == "ل" and n1[1:] in L.AR_OUTLET_HEADS and kk <= k + 2 and L.strip_al(nn0) in _DOC_BARE:
                # "تقرير لوكالة بلومبرغ": the outlet whose report it is ("مصدر أمني لوكالة فرانس برس"
                # is an anonymous source that told the agency: the agency is the source, not the speaker)
                outlet = _ar_told_source(st, kk, hi)
                if outlet is not None:
                    return Speaker(outlet, True)
            if n1.startswith("ال") and L.strip_al(n1) in _ORG_HEADS_BARE and kk == k + 1:
                prev_org = _org_by_head(st, L.strip_al(n1), toks[kk].start)
                if prev_org is not None:
                    return Speaker(prev_org, True)  # "تقرير الرابطة": the league named before
            if (
                n1[:1] == "ل"
                and (n1[1:] in L.AR_ORG_HEADS or L.strip_al(n1[1:]) in _ORG_HEADS_BARE)
                and (n1[1:] not in L.AR_OUTLET_HEADS or L.strip_al(nn0) in _DOC_BARE)
            ):
                for mk in st.marked:
                    if toks[kk].end <= mk.open <= toks[kk].end + 2 and _nwords(text[mk.start : mk.end]) <= 5:
                        return Speaker(_entity_for(st, mk.start, mk.end, "ORG"), True)
                org_end = _org_np_end(st, kk, hi)
                if org_end - kk >= 2:
                    return Speaker(_entity_for(st, toks[kk].start + 1, toks[org_end - 1].end, "ORG"), True)
        app = _apposed_person(st, k, hi)
        if app is not None:
            return Speaker(app, True)  # "وقال مسؤول الإعلام في النادي محمد الشهري": named after all
        return Speaker(None, True)
    if (
        n0 in _TEAM
        and k + 1 < np_end_tok
        and normalize(toks[k + 1].text).startswith("ال")
        and normalize(toks[k + 1].text).endswith("ي")
        and not strict
    ):
        # "وأعلن الفريق الطبي للاتحاد": a team (a body), not the military rank الفريق
        return Speaker(_phrase_entity(st, t0.start, toks[np_end_tok - 1].end, "ORG"), True)
    if (
        nn0 in L.AR_HONORIFICS
        and (
            np_end_tok == k + 2
            or (
                np_end_tok > k + 2
                and not normalize(toks[k + 1].text).endswith("ي")  # "اللاعب البرازيلي نيمار"
                and _object_starts(st, k + 2)
            )
        )
        and normalize(toks[k + 1].text).startswith("ال")
        and _family_name(normalize(toks[k + 1].text))
        and not (nn0 in _OFFICE_HEADS and normalize(toks[k + 1].text).endswith("ي"))
    ):
        # not "وأكد الرئيس اليمني" (an office and a nisba: the Yemeni president, not a family name)
        # "وأوضح الدكتور الأحمد أن", "وقال الشيخ السديس": an honorific and a family name
        return Speaker(_entity_for(st, toks[k + 1].start, toks[k + 1].end, "PERSON"), True)
    if (nn0 in L.AR_TITLE_WORDS or L.strip_al(nn0) in _TITLE_BARE) and not (
        nn0 in L.AR_HONORIFICS and k + 1 < np_end_tok and _namey(toks[k + 1])
    ):
        # "مدير عام الشؤون الصحية بمنطقة نجران صالح بن سعد المؤنس": the name closing the title chain
        c_hi = hi
        if strict:
            # a verb with no reported content: the chain ends at the first comma
            c_hi = next((x for x in range(k + 1, hi) if toks[x].text in "،,"), hi)
        chain = _chain_name(st, k + 1, c_hi)
        if chain is None and not strict:
            chain = _title_name_closing(st, k, c_hi)
        if chain is not None:
            return Speaker(_entity_for(st, toks[chain[0]].start, toks[chain[1] - 1].end, "PERSON"), True)
        if c_hi > k + 1:
            # "رئيس لجنة المقاولات في الغرفة التجارية بجدة المهندس عبدالعزيز حنفي": a person the NER
            # found after an honorific later in the subject
            for ms, _me, eid in _entities_in(st, t0.end, toks[c_hi - 1].end):
                pk = _tok_at(st, ms) - 1
                if (
                    _etype(st, eid) == "PERSON"
                    and pk > k
                    and normalize(toks[pk].text) in L.AR_HONORIFICS
                    and not any(normalize(toks[x].text) in L.AR_COMPLEMENTIZERS for x in range(k, pk))
                    and not _governs_name(toks[pk - 1])  # "مع الدكتور X": the object, not the speaker
                ):
                    return Speaker(eid, True)
            app = _apposed_person(st, k, c_hi)
            if app is not None and app in st.ner_ids:
                # "الأمين العام السابق للاتحاد الدولي لكرة القدم السويسري ميشال X": the person the
                # entity layer found right after the definite noun (and nisba) closing the title chain
                return Speaker(app, True)
    # a personal name inside the subject: the run after an honorific, else the first run of name words
    run = _ar_name_run(st, k, np_end_tok)
    if run is not None and run[0] == k + 1 and not strict and _family_name_subject(st, k):
        return Speaker(_entity_for(st, t0.start, t0.end, "PERSON"), True)  # "أشاد الديلمي بدور ..."
    if (
        run is not None
        and strict
        and (run[0] == k or normalize(toks[run[0] - 1].text) not in L.AR_HONORIFICS)
        and not (run[0] > k and _plausible_run(st, run))
    ):
        run = None  # a verb without reported content creates a person only after an honorific
    if run is not None and _common_phrase(st, run[0], run[1]):
        run = None  # "وتقول بهذا الصدد إن", "وقال يجب أن": common words, not a name the NER missed
    if (
        run is not None
        and run[0] > 0
        and normalize(toks[run[0] - 1].text) == "في"
        and not _mention_at(st, toks[run[0]].start)
    ):
        run = None  # (round 32) "وقال في خطبة عيد الفطر": the object of في, not a name the NER missed
    if (
        run is not None
        and not strict
        and run == (k, k + 1)
        and toks[k].stem_start == toks[k].start
        and nn0 not in L.person_name_tokens()
        and not nn0.startswith("ال")
        and _before_plural_group(st, k)
        and sum(1 for x in toks if x.kind == "ar" and normalize(x.text) == nn0) == 1
    ):
        # "وقال عميد الجاليات اليمنية في المملكة": a role noun heading a group, no name the NER
        # missed; it is the one speaking (or the person the previous sentence is about)
        holder = _role_holder(st, vi)
        if holder is not None:
            return Speaker(holder, True)
    if run is not None:
        rs, re_ = run
        return Speaker(_entity_for(st, toks[rs].start, toks[re_ - 1].end, "PERSON"), True)
    if (
        (nn0 in L.AR_TITLE_WORDS or nn0 in L.AR_HONORIFICS)
        and np_end_tok < hi
        and toks[np_end_tok].text in "،,"
    ):
        a_end = np_end_tok + 1
        while a_end < min(hi, np_end_tok + 7) and toks[a_end].kind == "ar":
            a_end += 1
        run2 = _ar_name_run(st, np_end_tok + 1, a_end)
        if run2 is not None and run2[0] == np_end_tok + 1 and (a_end >= hi or toks[a_end].text in "،,"):
            return Speaker(_entity_for(st, toks[run2[0]].start, toks[run2[1] - 1].end, "PERSON"), True)
    if (
        nn0 in L.AR_TITLE_WORDS
        and n0.startswith("ال")
        and any(normalize(toks[x].text) in _THIS for x in range(k + 1, min(np_end_tok, k + 4)))
    ):
        return Speaker(None, False)  # "الناطق باسم هذه الهيئة": the one named before
    if nn0 in L.AR_TITLE_WORDS or nn0 in L.AR_HONORIFICS:
        if not strict:
            chain = _chain_name(st, k + 1, hi)
            if chain is not None:
                return Speaker(_entity_for(st, toks[chain[0]].start, toks[chain[1] - 1].end, "PERSON"), True)
            if np_end_tok == k + 2 and n0.startswith("ال") and _single_name(toks[k + 1]):
                # "وذكر المفوض ستايلندس في البيان": a title and a family name
                return Speaker(_entity_for(st, toks[k + 1].start, toks[k + 1].end, "PERSON"), True)
        desc = text[t0.start : toks[np_end_tok - 1].end]
        pid = _person_by_description(st, desc, t0.start)
        if pid is None and not strict and np_end_tok < hi:
            # "ولفت المشرف العام على وكالة التنمية في إمارة المنطقة أن": the whole title chain up to the
            # content describes the holder named before (the phrase alone, "المشرف العام", names no one)
            e_hi = hi
            while e_hi > np_end_tok and toks[e_hi - 1].kind == "punct":
                e_hi -= 1
            pid = _person_by_description(st, text[t0.start : toks[e_hi - 1].end], t0.start)
        if pid is not None:
            return Speaker(pid, True)
        if not strict and not any(normalize(toks[x].text) == "باسم" for x in range(k, np_end_tok)):
            oid = _office_entity(st, k, np_end_tok)
            if oid is not None:
                return Speaker(oid, True)
        # "المتحدث باسم منظمة الصحة العالمية" with no name: the body he speaks for
        for b in range(k, np_end_tok - 1):
            if normalize(toks[b].text) == "باسم" and not strict:
                ents2 = _entities_in(st, toks[b + 1].start, toks[np_end_tok - 1].end)
                if ents2:
                    return Speaker(ents2[0][2], True)
                org_end = _org_np_end(st, b + 1, np_end_tok)
                hb = normalize(toks[b + 1].text)
                if org_end - (b + 1) == 1 and hb.startswith("ال"):
                    # "متحدثة باسم الشركة": the company named before
                    prev = _org_by_head(st, L.strip_al(hb), toks[b + 1].start)
                    if prev is not None:
                        return Speaker(prev, True)
                return Speaker(_entity_for(st, toks[b + 1].start, toks[org_end - 1].end, "ORG"), True)
        if (
            not strict
            and n0 in _ROLE_NOUNS
            and st.last_speaker_set
            and st.last_speaker is not None
            and _etype(st, st.last_speaker) == "PERSON"
            and not any(_etype(st, m[2]) == "PERSON" for m in _entities_in(st, t0.start, toks[hi - 1].end))
        ):
            # "أكد النجم أنخيل دي ماريا أنه ... وقال اللاعب المنتقل إلى صفوف الفريق:": a bare role noun
            # (not an office) with no one described so is the person who has been speaking
            return Speaker(st.last_speaker, True)
        return Speaker(None, True)
    if L.strip_al(nn0) in _ANAPHOR_BARE:
        return Speaker(None, False)
    if n0.startswith("ال") and (
        np_end_tok - k == 1
        or (
            k + 1 < len(toks)
            and toks[k + 1].kind == "ar"
            and not normalize(toks[k + 1].text).startswith("ال")
        )
    ):
        tail = _body_ending_with(st, k)
        if tail is not None:
            return Speaker(tail, True)  # "وأوضح الإحصاء" after "الجهاز المركزي للتعبئة العامة والإحصاء"
    # a single unknown word after the verb (a name the NER missed, e.g. "وقال كيري")
    if strict:
        return Speaker(None, False)
    if _manner_adverb(st, k, hi) or (_pronoun_object(t0) and n0 not in L.person_name_tokens()):
        # "أوضح بجلاء أن", "ذكر مرارا وتكرارا بأنه", "وقالت في بيان أصدرته اليوم إنه": no subject
        # after the verb
        return Speaker(None, False)
    pron_suffix = n0.endswith(("ها", "هم", "هما")) and n0 not in L.person_name_tokens()
    if t0.kind == "ar" and not n0.startswith("ال") and len(n0) >= 3 and _namey(t0) and not pron_suffix:
        if (n0.endswith("ه") and n0 not in L.person_name_tokens()) or _no_name_start(st, k, hi):
            return Speaker(None, True)  # "قالت قاضية أمريكية": an unnamed person described
        if "." in t0.text:
            return Speaker(_entity_for(st, t0.start, t0.end, "ORG"), True)  # وقالت إن.بي.سي
        end = k + 1
        while end < np_end_tok and toks[end].kind == "ar" and _namey(toks[end]):
            end += 1
        if _common_phrase(st, k, end):
            return Speaker(None, False)  # "وقال يجب أن ...": a common word, not a name
        if not _plausible_run(st, (k, end)) and any(
            normalize(toks[x].text).startswith(("ال", "لل")) for x in range(k + 1, end)
        ):
            return Speaker(None, False)  # "أكد ... استعداد الجماعة للانسحاب": a noun and its genitive
        return Speaker(_entity_for(st, t0.start, toks[end - 1].end, "PERSON"), True)
    if n0.startswith("ال") and np_end_tok - k >= 3 and not strict:
        chain = _chain_name(st, k + 1, np_end_tok)
        if chain is not None and chain[0] == k + 1 and _plausible_run(st, chain):
            return Speaker(_entity_for(st, toks[chain[0]].start, toks[chain[1] - 1].end, "PERSON"), True)
    if n0.startswith("ال") and np_end_tok - k <= 2:
        prev = _org_by_head(st, L.strip_al(n0), t0.start)
        if prev is not None:
            return Speaker(prev, True)
        # "وقال البنيان": a definite word naming someone already known (a family name, a body)
        known = _existing_entity(st, t0.start, toks[np_end_tok - 1].end)
        if known is not None:
            return Speaker(known, True)
        qn = _quoted_name_before(st, L.strip_al(n0), t0.start)
        if qn is not None:
            return Speaker(qn, True)  # "الفيدرالية العالمية" after «الفيدرالية العالمية لأصدقاء ...»
        if np_end_tok - k == 1:
            full = _full_name_before(st, k)
            if full is not None:
                return Speaker(full, True)
            if n0.endswith("ون") and n0 not in L.person_name_tokens():
                return Speaker(None, True)  # "وأضاف الباحثون أن": an unnamed group, not a family name
            nxt = normalize(toks[np_end_tok].text) if np_end_tok < len(toks) else ""
            before_content = (
                np_end_tok >= hi or nxt in L.AR_COMPLEMENTIZERS or nxt in (":", "،", ",", "ل", "لـ", "في")
            )
            if (n0.endswith("ي") and len(n0) >= 5) or (
                before_content and n0 not in _ALL_VOCAB and len(n0) >= 5
            ):
                # a nisba family name ("وأكد النجيفي")
                return Speaker(_entity_for(st, t0.start, t0.end, "PERSON"), True)
        if np_end_tok - k == 2 and _issues_statement(st, k, np_end_tok):
            # "وأوضحت الجالية السودانية في بيان لها أن": a group that issues a statement is a body
            return Speaker(_entity_for(st, t0.start, toks[k + 1].end, "ORG"), True)
        return Speaker(None, False)
    return Speaker(None, False)


_STATEMENT_NOUNS = frozenset(normalize(w) for w in "بيان بيانها بيانه بلاغ بلاغها تعميم".split())


def _issues_statement(st: _State, k: int, end: int) -> bool:
    """A definite noun and a nisba adjective (no entity, no title or anonymous head) closing the
    subject right before «في بيان» / «عبر بيان»: the noun names a body speaking through a statement."""
    toks = st.toks
    if end + 1 >= len(toks) or normalize(toks[end].text) not in ("في", "عبر"):
        return False
    if normalize(toks[end + 1].text) not in _STATEMENT_NOUNS:
        return False
    n0, n1 = normalize(toks[k].text), normalize(toks[k + 1].text)
    if n0 in _ALL_VOCAB or L.strip_al(n0) in _ALL_BARE or _mention_at(st, toks[k].start):
        return False
    return n1.startswith("ال") and n1.endswith(("ي", "يه")) and len(n1) >= 5


_OUTLET_BARE = frozenset(L.strip_al(w) for w in L.AR_OUTLET_HEADS)
_ANAPHOR_BARE = frozenset(L.strip_al(w) for w in L.AR_ANAPHORS)
_SPOKES_ANAPHORS = frozenset(normalize(w) for w in "المتحدث المتحدثة الناطق الناطقة".split())
_ALL_VOCAB = L.AR_ORG_HEADS | L.AR_ANONYMOUS | L.AR_TITLE_WORDS | L.AR_HONORIFICS | L.AR_ANAPHORS
_ALL_BARE = _ORG_HEADS_BARE | _ANON_BARE | _TITLE_BARE | _ANAPHOR_BARE
_NON_INITIAL = frozenset(normalize(w) for w in "بن بنت ابن".split())
_CONNECTORS = frozenset(normalize(w) for w in "بن بنت ابن عبد أبو ابو أبي آل ال ولد".split())


_TEAM = frozenset(normalize(w) for w in "الفريق والفريق".split())
_GENERIC_BODIES = frozenset(normalize(w) for w in "شركة مجموعة مؤسسة".split())
# Heads of a body that, bare and definite ("وقالت الشركة", "قالت المحطة", "وأضافت المجموعة", "وقالت
# المنظمة"), refer back to a body named before: never a body of their own.
_BARE_BODY_HEADS = frozenset(normalize(w) for w in "شركة مجموعة مؤسسة محطة قناة منظمة نادي".split())


def _epithet_adjective(n: str) -> bool:
    """A definite nisba adjective of a body head, an epithet rather than a name: "الكاتالوني",
    "الإسباني", "الملكي", "الحقوقية" (normalized)."""
    return (
        n.startswith("ال")
        and n.endswith(("ي", "يه"))
        and len(n) >= 6
        and n not in _ALL_VOCAB
        and L.strip_al(n) not in _ALL_BARE
    )


def _bare_body_entity(st: _State, eid: str) -> bool:
    """An entity every mention of which is one bare body head, alone or with one nisba adjective as an
    epithet ("النادي الكاتالوني", "المنظمة الحقوقية"), one of them definite ("الشركة", "المحطة")."""
    e = st.doc.entity(eid)
    if e is None or not e.mentions:
        return False
    definite = False
    for m in e.mentions:
        words = _WORDS.findall(m.text)
        if not 1 <= len(words) <= 2:
            return False
        n = normalize(words[0])
        if L.strip_al(n) not in _BARE_BODY_HEADS:
            return False
        if len(words) == 2 and not (n.startswith("ال") and _epithet_adjective(normalize(words[1]))):
            return False
        definite = definite or n.startswith("ال")
    return definite


def _headed_body(st: _State, eid: str, before: int) -> bool:
    """A body: typed ORG/MISC, or named right after a body head («مجموعة (بيرسون بي ال سي)»)."""
    if _etype(st, eid) in ("ORG", "MISC"):
        return True
    for ms, _me, x in st.mention_index:
        if x != eid or ms >= before:
            continue
        pk = bisect_left(st.starts, ms) - 1
        while pk >= 0 and st.toks[pk].kind == "punct" and st.toks[pk].end > ms - 3:
            pk -= 1
        if pk >= 0:
            pn = L.strip_al(L.strip_conj(normalize(st.toks[pk].text)))
            if (
                pn in _ORG_HEADS_BARE
                or pn in _BARE_BODY_HEADS
                or normalize(st.toks[pk].text) in L.AR_ORG_HEADS
            ):
                return True
    return False


def bare_body_referent(st: _State, eid: str, at: int, prev_speaker: str | None) -> str:
    """The body a bare definite head speaking at the cue ``at`` ("وقالت الشركة إن") stands for, when the entity
    layer made the bare word an entity of its own: the latest body named with that head, else the body
    that spoke in the quotation before it (in the same paragraph), else the first body (ORG/MISC) named
    in the paragraph before it; else the entity itself."""
    if not _bare_body_entity(st, eid):
        return eid
    e = st.doc.entity(eid)
    assert e is not None
    a = min((m.start for m in e.mentions), key=lambda x: abs(x - at))  # its mention at the cue
    head = L.strip_al(normalize(_WORDS.findall(st.text[a : a + 40])[0]))
    prev = _org_by_head(st, head, a)
    if prev is not None and prev != eid:
        return prev
    para = st.text.rfind("\n", 0, a) + 1
    if prev_speaker is not None and prev_speaker != eid and _headed_body(st, prev_speaker, a):
        if any(para <= ms < a for ms, _me, x in st.mention_index if x == prev_speaker):
            return prev_speaker
    for ms, _me, x in st.mention_index:
        if ms >= a:
            break
        if ms >= para and x != eid and _etype(st, x) in ("ORG", "MISC") and not _bare_body_entity(st, x):
            return x
    return eid


def _title_name_closing(st: _State, k: int, hi: int) -> tuple[int, int] | None:
    """A title phrase starting at k whose last one to three words before hi are a name the NER and the
    name list missed, right after a title word or a quoted body name: "المدعي العام ديردي ديلي",
    "نائب الرئيس لقسم المنتجات في شركة «فاير آي» مانيش جوبتا"."""
    toks = st.toks
    e = hi
    while e > k + 1 and toks[e - 1].kind == "punct" and toks[e - 1].text in "،,":
        e -= 1
    b = e
    while (
        b > k + 1
        and e - b < 3
        and toks[b - 1].kind == "ar"
        and _namey(toks[b - 1])
        and not normalize(toks[b - 1].text).startswith(("ال", "لل"))
        and normalize(toks[b - 1].text) not in _ALL_VOCAB
        and not _is_prep(toks[b - 1])
    ):
        b -= 1
    if b == e or e - b < 2:
        return None
    prev = toks[b - 1]
    pn = normalize(prev.text)
    if pn == "باسم":
        return None  # "المتحدث باسم فينيفست": the body spoken for, not a name
    if pn in L.AR_HONORIFICS and b - 2 > k and _governs_name(toks[b - 2]):
        return None  # "بحضور الأمير X", "مع الدكتور X": an object, not the title's holder
    if (prev.kind == "punct" and prev.text in '»"”') or pn in L.AR_TITLE_WORDS or pn in L.AR_HONORIFICS:
        return b, e
    return None


def _title_closing_if_titled(st: _State, k: int, n0: str, hi: int) -> tuple[int, int] | None:
    if n0 in L.AR_TITLE_WORDS or L.strip_al(n0) in _TITLE_BARE:
        return _title_name_closing(st, k, hi)
    return None


def _honorific_name_closing(st: _State, k: int, end: int) -> tuple[int, int] | None:
    """An honorific (السيد، الدكتور، المهندس) after the first word of a subject phrase [k, end) and one
    to three name-like words closing the phrase: their token range."""
    toks = st.toks
    for x in range(k + 1, end - 1):
        if normalize(toks[x].text) not in L.AR_HONORIFICS:
            continue
        y = x + 1
        while (
            y < end
            and toks[y].kind == "ar"
            and _namey(toks[y])
            and not normalize(toks[y].text).startswith("ال")
        ):
            y += 1
        while y < end and toks[y].kind == "ar" and normalize(toks[y].text).startswith("ال") and y > x + 1:
            y += 1  # a family name in ال
        if x + 1 < y <= x + 4 and y == end:
            return x + 1, y
        return None
    return None


def _family_name_subject(st: _State, k: int) -> bool:
    """Token k is a family name standing alone as the subject ("الديلمي", a person named before or a
    nisba) and the next word starts with an attached preposition (بدور، لدور): its object."""
    toks = st.toks
    t0 = toks[k]
    n0 = normalize(t0.text)
    if k + 1 >= len(toks) or t0.kind != "ar" or n0 in _ALL_VOCAB or _mention_at(st, t0.start):
        return False
    if normalize(toks[k + 1].text)[:1] not in "بل" or toks[k + 1].kind != "ar":
        return False
    known = _existing_entity(st, t0.start, t0.end)
    if known is not None and _etype(st, known) == "PERSON":
        return True
    return n0.startswith("ال") and n0.endswith("ي") and len(n0) >= 6 and _family_name(n0)


def _unnamed_description(st: _State, k: int, end: int) -> bool:
    """An indefinite noun and a nisba adjective with no name word: "دبلوماسي إسرائيلي سابق",
    "محلل سياسي", "ناشط حقوقي" (an unnamed person described, not a name the NER missed)."""
    toks = st.toks
    if end - k < 2 or toks[k].kind != "ar" or toks[k + 1].kind != "ar":
        return False
    names = L.person_name_tokens()
    n0, n1 = normalize(toks[k].text), normalize(toks[k + 1].text)
    if n0.startswith("ال") or n1.startswith("ال") or n0 in names or n1 in names or n0 in _CONNECTORS:
        return False
    if n0 in _ALL_VOCAB or n0 in L.AR_OUTLET_HEADS or n0 in _OFFICE_HEADS or n0 in _ORG_HEADS_BARE:
        return False  # "نقابة سائقي المترو", "وزير خارجي": a body or an office
    if not (n1.endswith("ي") and len(n1) >= 4):
        return False
    if any(normalize(toks[x].text) in names for x in range(k, end) if toks[x].kind == "ar"):
        return False
    return not any(toks[x].kind == "punct" and toks[x].text in '«"“' for x in range(k, end))


def _anonymous_with_modifier(st: _State, k: int, hi: int) -> bool:
    """An indefinite anonymous noun, up to two adjectives, then a prepositional modifier naming a body
    ("مسؤول كبير بوزارة الخزانة", "مصادر بإدارة أمن الطرق بمكة", "مصدر في الشركة") and no person in
    the subject: an unnamed speaker, whatever the entity layer found (or missed) in the modifier."""
    toks = st.toks
    n0 = normalize(toks[k].text)
    if toks[k].kind != "ar" or n0 not in L.AR_ANON_PERSON_NOUNS or n0.startswith("ال"):
        return False
    hi = next((x for x in range(k, hi) if toks[x].kind == "punct"), hi)
    if hi <= k + 1:
        return False
    if any(
        _etype(st, e) == "PERSON" and toks[k].start <= ms < toks[hi - 1].end
        for ms, _me, e in st.mention_index
    ):
        return False
    if any(normalize(toks[x].text) in _CALLED for x in range(k + 1, hi)):
        return False
    x = k + 1
    while x < min(hi, k + 3) and toks[x].kind == "ar":
        n = normalize(toks[x].text)
        if n.startswith("ال") or n[:1] in "بلو" or n in _MODIFIER_PREPS or n in L.AR_COMPLEMENTIZERS:
            break
        x += 1
    if x >= hi or toks[x].kind != "ar":
        return False
    n = normalize(toks[x].text)
    if n in ("في", "من", "لدى", "داخل") and x + 1 < hi and toks[x + 1].kind == "ar":
        nn = normalize(toks[x + 1].text)
        return nn.startswith("ال") or nn in L.AR_ORG_HEADS or L.strip_al(nn) in _ORG_HEADS_BARE
    if n[:1] == "ب" and len(n) > 3:
        stem = n[1:]
        return stem.startswith("ال") or stem in L.AR_ORG_HEADS or L.strip_al(stem) in _ORG_HEADS_BARE
    return False


def _np_end_ar_subject(st: _State, k: int, hi: int) -> int:
    """End of the subject phrase: before a stop preposition / time word / comma-adjunct, at most hi."""
    toks = st.toks
    j = k
    while j < hi:
        t = toks[j]
        n = normalize(t.text)
        if j > k and n in _SEAT:
            break  # "وأضاف المرصد ومقره بريطانيا أن": the body, then where it sits
        if j > k and n in _QAD:
            break  # "وكانت الأمطار قد هطلت بغزارة": the subject ends before قد and its verb
        if j > k and n == "في" and (skip := _place_then_person(st, j + 1, hi)) is not None:
            j = skip  # "ممثل الائتلاف في الولايات المتحدة نجيب X": the office's place, then its holder
            continue
        if j > k and n in _OFFICE_TIME and _person_follows(st, j + 1, min(hi, j + 3)):
            j += 1  # "إمام الحرم سابقا الشيخ X", "وزير الخارجية حاليا X": when the office was held
            continue
        if t.kind == "punct":
            if t.text in '«"“»”':
                m = _marked_starting_at(st, t.start, 0)
                if m is not None:
                    j = bisect_right(st.starts, m.close)
                    continue
                j += 1
                continue
            if t.text in "،," and j + 1 < hi:
                # an apposition after a comma: "حسين أمير عبد اللهيان، نائب وزير الخارجية"
                break
            if t.text in "-.":
                j += 1
                continue
            break
        if j > k and (
            n in ("في", "خلال", "عبر", "امام", "غداه", "عقب", "اثناء", "حيث", "الذي", "التي", "وهو", "وهي")
            or n in _NEAR_TIME
            or n in _COMMENT_NOUNS
            or n in _NP_STOPS
            or (t.kind == "ar" and (_tanween(t) or _pronoun_object(t)))
            or (n[:1] == "ل" and not n.startswith("لل") and _person_ends_at(st, toks[j - 1].end))
        ):
            break  # "الرئيس الكيني قبيل الزيارة", "الوزير مجدداً", "الحزب مسؤوليته": not the subject
        if j > k and (n in L.AR_TIME_WORDS or _is_prep(t) or n in _PRON_PREP or n in L.AR_ATTRIBUTION):
            break
        if j == k + 1 and _plural_object_after(st, k):
            break  # "ومنعت اللجنة الإضافات والدمج"
        if j > k and (n in ("ل", "لـ") or n in _AUDIENCE or (n[:1] == "ل" and n[1:] in L.AR_OUTLET_HEADS)):
            break
        if (
            j > k
            and n[:1] == "ل"
            and not n.startswith("لل")
            and (n[1:] in L.AR_OUTLETS or _mention_at(st, t.start + 1))
        ):
            break  # "قال مسؤولان تركيان لرويترز": the outlet told, not part of the subject
        j += 1
    return j


_OFFICE_TIME = frozenset(normalize(w) for w in "سابقا حاليا آنذاك وقتها".split())


def _place_then_person(st: _State, j: int, hi: int) -> int | None:
    """The token after a place mention (GPE / LOC) starting at token ``j`` when a PERSON mention of the
    entity layer starts right after it, before ``hi``; else None."""
    if j >= hi:
        return None
    t = st.toks[j]
    place = next(
        (me for ms, me, eid in st.mention_index if ms == t.start and _etype(st, eid) in ("GPE", "LOC")), None
    )
    if place is None:
        return None
    x = bisect_left(st.starts, place)
    if x < hi and _ner_person_at(st, st.toks[x].start):
        return x
    return None


def _person_follows(st: _State, lo: int, hi: int) -> bool:
    """A PERSON mention of the entity layer starts at one of the tokens lo..hi-1 (an honorific before it)."""
    return any(_ner_person_at(st, st.toks[x].start) for x in range(lo, min(hi, len(st.toks))))


def _plural_object_after(st: _State, k: int) -> bool:
    """The word after a definite singular noun is a definite plural in -ات ("اللجنة الإضافات"): the
    verb's object, not an adjective of the noun (an adjective agrees with a singular head)."""
    toks = st.toks
    if k + 1 >= len(toks) or toks[k].kind != "ar" or toks[k + 1].kind != "ar":
        return False
    h, n = normalize(toks[k].text), normalize(toks[k + 1].text)
    return (
        h.startswith("ال")
        and not h.endswith(("ات", "ون", "ين"))
        and n.startswith("ال")
        and n.endswith("ات")
        and len(n) >= 6
        and not _mention_at(st, toks[k + 1].start)
    )


def _mention_at(st: _State, offset: int) -> bool:
    i = bisect_left(st.mention_index, (offset, -1, ""))
    return i < len(st.mention_index) and st.mention_index[i][0] == offset


def _is_ali(t: Token) -> bool:
    """The name علي, which normalizes like the preposition على (spelled with ى)."""
    return t.text.endswith("ي") and normalize(t.text) == "علي"


def _is_prep(t: Token) -> bool:
    return normalize(t.text) in L.AR_PREPOSITION_STOPS and not _is_ali(t)


def _namey(t: Token) -> bool:
    if t.kind != "ar":
        return False
    n = normalize(t.text)
    if n in _NOT_NAMES or n in _PRON_PREP:
        return False
    if (_is_prep(t) or n in L.AR_TIME_WORDS or n in L.AR_COMPLEMENTIZERS) and not _is_ali(t):
        return False
    if n in L.AR_TITLE_WORDS or n in L.AR_HONORIFICS or (n.startswith("ال") and L.strip_al(n) in _TITLE_BARE):
        return False
    if n in L.AR_ORG_HEADS or (n.startswith("ال") and L.strip_al(n) in _ORG_HEADS_BARE):
        return False
    return n not in _MONTHS and n != "اما"


_FOREIGN_PL = frozenset(normalize(w) for w in "أجانب اجانب غربيون عرب".split())
_SEAT = frozenset(normalize(w) for w in "ومقره ومقرها مقره مقرها ومقرهم".split())
_MONTHS = frozenset(
    normalize(w)
    for w in "يناير فبراير مارس أبريل ابريل يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر".split()
)


def _no_name_start(st: _State, j: int, end: int) -> bool:
    """A word that begins no personal name here: "باسم" before a definite word or a body (the spokesman
    "باسم السجن", not the name Basim), an indefinite plural in -ات no name list knows ("أعلنت سلطات في
    ...", "لوسائل إعلام")."""
    t = st.toks[j]
    n = normalize(t.text)
    if j > 0 and normalize(st.toks[j - 1].text) in _QAD and not _mention_at(st, t.start):
        return True  # "وكانت الأمطار قد هطلت بغزارة": the word after قد is a verb
    if n == normalize("باسم") and j + 1 < end:
        nx = st.toks[j + 1]
        return normalize(nx.text).startswith("ال") or nx.kind == "punct" or _mention_at(st, nx.start)
    if n in L.person_name_tokens():
        return False
    if _pronoun_object(t):
        return True  # "في بيان أصدرته اليوم": a verb or noun with an attached pronoun
    if (
        n.endswith("ون")
        and len(n) >= 5
        and not n.startswith("ال")
        and j + 1 < len(st.toks)
        and (
            normalize(st.toks[j + 1].text).endswith(("يون", "ون"))
            or normalize(st.toks[j + 1].text) in _FOREIGN_PL
        )
    ):
        return True  # "وأكد مستثمرون أجانب"، "مسؤولون أمريكيون": an unnamed group
    if not (len(n) >= 5 and n.endswith("ات") and not n.startswith("ال")):
        return False
    if j + 1 >= len(st.toks):
        return False
    nn = normalize(st.toks[j + 1].text)
    # a plural with a prepositional modifier or an adjective ("سلطات في جمهورية"، "سلطات محلية"), not
    # a name followed by another name word ("وجنات رهبيني")
    return nn in L.AR_PREPOSITION_STOPS or (nn.endswith("يه") and not nn.startswith("ال"))


_NAMED_PLACES = frozenset(
    L.strip_al(normalize(w))
    for w in "مدينة مستشفى جامعة مطار طريق شارع ميناء كرسي جائزة مجمع مركز مؤسسة قاعدة كلية مدرسة حي جسر جامع مسجد".split()
)
_ROYAL = frozenset(normalize(w) for w in "الملك الأمير الأميرة الرئيس الإمام الامام سمو خادم".split())


def _chain_name(st: _State, lo: int, hi: int) -> tuple[int, int] | None:
    """The personal name inside a title chain [lo, hi): "المشرف على برنامج إحالتي بوزارة الصحة سليمان
    بن أحمد الشريع", "رئيس هيئة الهلال الأحمر السعودي الدكتور محمد القاسم". A run of two words or more
    that starts with a known personal-name word; the one right after a (non-royal) honorific wins, else
    the last one (the name closes the description; "مدينة الملك عبد الله الطبية" is a body)."""
    toks = st.toks
    names = L.person_name_tokens()
    runs: list[tuple[int, int]] = []
    j = lo
    while j < hi:
        t = toks[j]
        if t.kind == "punct" and t.text in ':؛;!?؟«"“':
            break
        n = normalize(t.text)
        if n in L.AR_COMPLEMENTIZERS:
            break  # the reported content begins
        if n in ("ل", "لـ") or n in _AUDIENCE or (n[:1] == "ل" and n[1:] in L.AR_OUTLET_HEADS):
            break  # "لوكالة فرانس برس": the outlet told, not the speaker
        if n in _RELATIVES_PRON:
            break  # "رئيس المجموعة الذي طلب عدم نشر اسمه": a relative clause
        if (
            n in _SUBJECT_END_TIMES
            and j > lo
            and toks[j - 1].kind == "ar"
            and L.strip_conj(normalize(toks[j - 1].text)) not in L.AR_OUTLET_HEADS  # "صحيفة اليوم"
            and normalize(toks[j - 1].text) not in L.AR_PREPOSITION_STOPS
        ):
            # "أعلنت المدير العام للمنظمة مارجريت تشان اليوم الجمعة نجاح التجربة": a time adverb after
            # the name ends the subject; what follows is the object (نجاح is also a first name)
            break
        if (
            t.kind == "ar"
            and (n in names or n in _CONNECTORS or _is_ali(t))
            and n not in _NON_INITIAL
            and t.stem_start == t.start
            and not n.startswith("ال")
            and _namey_or_name(t)
            and not _no_name_start(st, j, hi)
        ):
            run = _ar_name_run(st, j, hi)
            if not _namey(t) and j + 1 < hi:
                # a first name that is also a title word: "مساعد الدريس", "أمين محمد"
                nxt = _ar_name_run(st, j + 1, hi)
                n1 = normalize(toks[j + 1].text)
                if nxt is not None and nxt[0] == j + 1 and (n1 in names or n1.startswith("ال")):
                    run = (j, nxt[1] if not n1.startswith("ال") else j + 2)
                elif n1.startswith("ال") and len(n1) >= 5 and not _adjectival(n1) and n1 not in _ALL_VOCAB:
                    run = (j, j + 2)
            if run is not None and j > lo and _in_body_name(st, j - 1):
                run = None  # "حزب حياة كوردستان", "بمركز الملك سلمان": a body's name
            if run is not None and run[0] == j and _strong_name_run(st, run):
                for p in range(run[0] + 2, run[1] - 1):
                    if normalize(toks[p].text) in ("بن", "بنت"):
                        run = (p - 1, run[1])  # "جدة فهد بن ناصر": the name is the one before بن
                        break
                pt = normalize(toks[run[0] - 1].text) if run[0] > 0 else ""
                if (
                    run[1] - run[0] >= 3
                    and pt in L.AR_TITLE_WORDS
                    and not pt.startswith("ال")
                    and _strong_name_run(st, (run[0] + 1, run[1]))
                ):
                    run = (run[0] + 1, run[1])  # "محافظ عدن نايف البكري": the title's genitive first
                b = run[0] - 1
                while b > lo and (normalize(toks[b].text) in L.AR_HONORIFICS or toks[b].text == "."):
                    b -= 1
                if not (b >= lo and b < run[0] - 1 and _governs_name(toks[b])):
                    runs.append(run)  # not "في اجتماع مع الدكتور X" (an object, not the title's holder)
                j = run[1]
                continue
        j += 1
    if not runs:
        return None
    for r in runs:
        pn = normalize(toks[r[0] - 1].text) if r[0] > 0 else ""
        if pn in L.AR_HONORIFICS and pn not in _ROYAL:
            return r
    last = runs[-1]
    pn = normalize(toks[last[0] - 1].text) if last[0] > 0 else ""
    if last[0] - 2 >= lo and _body_named_after(st, last[0] - 1):
        return None  # "مستشفى الملك فهد", "جامعة الملك عبد العزيز": part of a body's name
    return last


def _apposed_unknown_name(st: _State, k: int, end: int) -> tuple[int, int] | None:
    """ "وقال الشاب مشاري الوزيه إنه": after a definite noun for an unnamed person (الشاب، المواطن،
    الطالب ...) the subject's two last words are a name in apposition even when no name list knows the
    first one: a bare word (no article, no proclitic, no vocabulary, preposition, time word or verb)
    then a family name in ال. Only when these two words close the subject."""
    toks = st.toks
    if end != k + 3 or not normalize(toks[k].text).startswith("ال"):
        return None
    a, b = toks[k + 1], toks[k + 2]
    na, nb = normalize(a.text), normalize(b.text)
    if a.kind != "ar" or b.kind != "ar" or a.stem_start != a.start or len(na) < 3 or na.startswith("ال"):
        return None
    if (
        na in _ALL_VOCAB
        or na in L.AR_PREPOSITION_STOPS
        or na in _SUBJECT_END_TIMES
        or na in _NOT_NAMES
        or _is_prep(a)
        or _is_verbish(a)
        or _ar_cue_type(a) is not None
    ):
        return None
    if not (nb.startswith("ال") and len(nb) >= 5 and nb not in _ALL_VOCAB and nb not in _SUBJECT_END_TIMES):
        return None  # a nisba in ال is a family name here (القحطاني، الوزيه): the word before is no noun
    return (k + 1, k + 3)


def _in_body_name(st: _State, pk: int) -> bool:
    """Whether token pk (right before a name-like run) is the head of a body or place name."""
    p = normalize(st.toks[pk].text)
    for w in (p, L.strip_conj(p), p[1:] if p[:1] in "بل" and len(p) > 3 else p):
        # only a head in the construct state names a body: "حزب حياة", not "مدير المؤسسة مساعد"
        if not w.startswith("ال") and (w in _ORG_HEADS_BARE or w in _NAMED_PLACES):
            return True
    if pk > 0 and (p in _ROYAL or p in L.AR_HONORIFICS):
        # "جامع الإمام أنس بن مالك", "مستشفى الملك فهد": a title inside a place's name
        q = normalize(st.toks[pk - 1].text)
        for w in (q, L.strip_conj(q), q[1:] if q[:1] in "بل" and len(q) > 3 else q):
            if not w.startswith("ال") and w in _NAMED_PLACES:
                return True
    return _body_named_after(st, pk)


def _body_named_after(st: _State, hk: int) -> bool:
    """Whether the royal honorific at token hk names a body or a place: "مستشفى الملك فهد"."""
    if hk < 1 or normalize(st.toks[hk].text) not in _ROYAL:
        return False
    ppn = L.strip_conj(L.strip_al(normalize(st.toks[hk - 1].text)))
    if ppn[:1] in "بل" and L.strip_al(ppn[1:]) in _ORG_HEADS_BARE | _NAMED_PLACES:
        return True
    return ppn in _ORG_HEADS_BARE or ppn in _NAMED_PLACES


def _strong_name_run(st: _State, run: tuple[int, int]) -> bool:
    """Two words or more that look like a personal name, not "حكومي يمني" / "صدر حديثا": the first a
    known name word (or عبد / أبو), the second one too, a connector, or a family name in ال."""
    if run[1] - run[0] < 2:
        return False
    names = L.person_name_tokens()
    a, b = (normalize(st.toks[x].text) for x in (run[0], run[0] + 1))
    if a not in names and a not in _CONNECTORS and not _is_ali(st.toks[run[0]]):
        return False
    if b in names or b in _CONNECTORS or a in _CONNECTORS:
        return True
    return b.startswith("ال") and len(b) >= 5 and not _adjectival(b) and b not in _ALL_VOCAB


def _family_name(n: str) -> bool:
    """A definite word that can be a family name (الأحمد، السديس), not a known noun or adjective."""
    return (
        n.startswith("ال")
        and len(n) >= 5
        and not _adjectival(n)
        and n not in _ALL_VOCAB
        and L.strip_al(n) not in _ALL_BARE
        and n not in L.AR_TIME_WORDS
        and not n.endswith(("ات", "ون", "ين"))
        and not (n.startswith("الم") and not n.endswith("ي"))  # participles: المختص، المعالج
    )


def _single_name(t: Token) -> bool:
    """One word that can only be a name: not definite, no proclitic, in no word list."""
    n = normalize(t.text)
    return (
        t.kind == "ar"
        and _namey(t)
        and t.stem_start == t.start
        and not n.startswith("ال")
        and len(n) >= 3
        and n not in _ALL_VOCAB
        and n not in L.AR_ANONYMOUS
        and _ar_cue_type(t) is None
    )


def _namey_or_name(t: Token) -> bool:
    """A name word, including first names that are also title words ("مساعد", "أمين")."""
    n = normalize(t.text)
    return _namey(t) or (n in L.person_name_tokens() and (n in L.AR_TITLE_WORDS or n in L.AR_HONORIFICS))


def _name_after_spoken_for(st: _State, k: int, end: int) -> str | None:
    """ "وقال المتحدث باسم الناتو سيرناندو استريوا إن": one to three unknown words right after the body
    a spokesman speaks for close the phrase; they are his name, even when the entity layer missed them
    or took one for a body or a place."""
    toks = st.toks
    b = next((x for x in range(k + 1, min(end, k + 4)) if normalize(toks[x].text) == "باسم"), None)
    if b is None or b + 1 >= end:
        return None
    body = [m for m in st.mention_index if m[0] == toks[b + 1].start]
    if not body:
        return None
    after = bisect_left(st.starts, body[0][1])
    if after >= end or end - after > 3:
        return None
    for x in range(after, end):
        t = toks[x]
        n = normalize(t.text)
        if (
            t.kind != "ar"
            or n.startswith("ال")
            or n[:1] in "بلو"
            or n in _ALL_VOCAB
            or L.strip_al(n) in _ALL_BARE
            or _tanween(t)
            or _pronoun_object(t)
        ):
            return None
    s0, e0 = toks[after].start, toks[end - 1].end
    for ms, me, _eid in st.mention_index:
        if ms < e0 and s0 < me and (ms < s0 or me > e0):
            return None  # a longer name across the boundary: not a plain closing name
    inside = [(ms, me, eid) for ms, me, eid in st.mention_index if s0 <= ms and me <= e0]
    if len(inside) == 1 and _etype(st, inside[0][2]) != "PERSON":
        e = st.doc.entity(inside[0][2])
        if e is not None and len(e.mentions) == 1 and not (e.kb and (e.kb.wikidata or e.kb.geonames)):
            # "سيرناندو" taken for a body: the spokesman's name, as a person
            e.type = "PERSON"  # type: ignore[assignment]
    return _entity_for(st, s0, e0, "PERSON")


def _ar_name_run(st: _State, k: int, end: int, last: bool = False) -> tuple[int, int] | None:
    """A personal name in the subject phrase [k, end): after an honorific or a title."""
    toks = st.toks
    runs: list[tuple[int, int, bool]] = []  # start, end, after honorific/title
    j = k
    while j < end:
        t = toks[j]
        n = normalize(t.text)
        starts_run = (
            t.kind == "ar"
            and _namey(t)
            and not n.startswith(("ال", "وال", "بال", "لل"))
            and not (
                n[:1] in "بل"
                and len(n) > 3
                and (
                    L.strip_al(n[1:]) in _TITLE_BARE or n[1:] in L.AR_ORG_HEADS or n[1:] in L.AR_OUTLET_HEADS
                )
            )
            and n not in L.AR_ANONYMOUS
            and L.strip_al(n) not in _ANON_BARE
        )
        if (
            not starts_run
            or (n[:1] in "بلك" and t.stem_start > t.start)
            or n in _NON_INITIAL
            or _manner_adverb(st, j, end)
            or _no_name_start(st, j, end)
        ):
            j += 1
            continue
        prev = normalize(toks[j - 1].text) if j > k else ""
        after_title = (
            j == k
            or prev in L.AR_HONORIFICS
            or L.strip_al(prev) in _TITLE_BARE
            or j > k
            and toks[j - 1].kind == "punct"
        )
        r = j + 1
        names = L.person_name_tokens()
        while r < end and toks[r].kind == "ar":
            nr = normalize(toks[r].text)
            after_conn = normalize(toks[r - 1].text) in _CONNECTORS
            if (
                r - j >= 2
                and not after_conn
                and nr not in names
                and nr not in _CONNECTORS
                and not nr.startswith("ال")
            ):
                break  # a third word that is no known name part ends the name ("محامية", "مراسل")
            if nr.endswith("يه") and nr not in names and not after_conn and not nr.startswith("ال"):
                break  # "واستعرض كوي كيفية عمل النظام": a verbal noun after the name, not part of it
            if (
                nr[:1] in "لبك"
                and nr not in names
                and nr not in _CONNECTORS
                and not after_conn
                and (r - j >= 2 or nr[1:3] == "ال" or nr[1:] in _ALL_VOCAB or nr[1:] in L.AR_OUTLET_HEADS)
            ):
                break  # "لتصوير", "بشرطة": a preposition starts the next phrase (but "خالد برزنجي")
            if nr in _CONNECTORS or (
                _namey(toks[r]) and nr not in L.AR_ANONYMOUS and not nr.startswith(("لل", "بال"))
            ):
                if (
                    nr.startswith("ال")
                    and nr not in _CONNECTORS
                    and normalize(toks[r - 1].text) not in _CONNECTORS
                ):
                    # family names in ال (العتيبي, القرشي) end a name; adjectives (الإيطالية) are not names
                    if r - j >= 1 and not _adjectival(nr):
                        r += 1
                    break
                r += 1
                continue
            break
        while r > j + 1 and (
            normalize(toks[r - 1].text) in _CONNECTORS or len(normalize(toks[r - 1].text)) < 3
        ):
            r -= 1
        runs.append((j, r, after_title))
        j = r
    if not runs:
        return None
    if last:
        return runs[-1][0], runs[-1][1]
    names_ = L.person_name_tokens()

    def personal_(r: tuple[int, int, bool]) -> bool:
        return any(
            normalize(toks[x].text) in names_ or normalize(toks[x].text) in _CONNECTORS
            for x in range(r[0], r[1])
        )

    tail = runs[-1]
    if runs[0][0] == k + 1 and normalize(toks[k].text) in L.AR_HONORIFICS:
        return runs[0][0], runs[0][1]  # "العميد عبد الله الصبيحي قائد ...": the name after the honorific
    if len(runs) > 1 and runs[0][0] != k and tail[1] >= end and personal_(tail) and tail[0] > k:
        # "المتحدث الرسمي باسم مركز الملك سلمان ... رأفت الصباغ": the name that closes the description
        return tail[0], tail[1]
    honor = [
        r
        for r in runs
        if r[0] > k
        and normalize(toks[r[0] - 1].text) in L.AR_HONORIFICS
        and not _body_named_after(st, r[0] - 1)
    ]
    if honor:
        honor.sort(key=lambda r: (normalize(toks[r[0]].text)[:1] in "بل", r[0]))
        return honor[0][0], honor[0][1]
    if runs[0][0] == k:
        r0 = runs[0]
        ws = [normalize(toks[x].text) for x in range(r0[0], r0[1])]
        if any(w in names_ or w in _CONNECTORS or w.endswith("الله") for w in ws) or not any(
            w.endswith(("يه", "ه")) and len(w) > 3 for w in ws[1:]
        ):
            return r0[0], r0[1]
        if len(runs) > 1 and personal_(tail) and tail[0] > k:
            return tail[0], tail[1]
        return None  # "قاضية أمريكية": a description, not a name
    # a description first ("المتحدث باسم الكرملين دميتري بيسكوف"): a run of two words or more with a
    # known personal-name word (or بن / عبد) wins
    names = L.person_name_tokens()

    def personal(r: tuple[int, int, bool]) -> bool:
        ws = [normalize(toks[x].text) for x in range(r[0], r[1])]
        return any(w in names or w in _CONNECTORS for w in ws)

    multi = [r for r in runs if r[1] - r[0] >= 2 and personal(r)]
    if multi:
        return multi[0][0], multi[0][1]
    return None


def _common_phrase(st: _State, s: int, e: int) -> bool:
    """The words [s, e) are all frequent words of the news corpus and one of them is no known name
    word, and the entity layer tagged none of them: a description or an adverbial, not a name it
    missed ("بهذا الصدد", "يجب", "بيانات نظام"; not "رجا العتيبي", not "بوتين")."""
    common = L.common_words()
    if not common or e <= s:
        return False
    toks = st.toks
    s0, e0 = toks[s].start, toks[e - 1].end
    if any(ms < e0 and s0 < me for ms, me, _ in st.mention_index):
        return False
    words = [normalize(toks[x].text) for x in range(s, e)]
    names = L.person_name_tokens()
    if len(words) == 1:
        return words[0] in common and words[0] not in names
    # several words: all frequent, none a name word, the first a demonstrative or with a proclitic
    # preposition ("بهذا الصدد"): never "نادية السقاف", "ابن القيم"
    return (
        all(w in common and w not in names and w not in _CONNECTORS for w in words)
        and toks[s].stem_start > toks[s].start
    )


def _manner_adverb(st: _State, k: int, hi: int) -> bool:
    """An adverb of manner or frequency written without its tanween ("أوضح بجلاء أن"، "ذكر مرارا
    وتكرارا بأنه"، "نعول كثيرا على"): an indefinite accusative in -ا, or ب + an abstract noun in -اء /
    -ية, that the content, a preposition or a conjoined adverb follows; never the first word of a
    name ("فدريكا موغيريني", "باربره جافي": another name word follows)."""
    t = st.toks[k]
    if t.kind != "ar":
        return False
    n = normalize(t.text)
    if n in L.person_name_tokens() or n.startswith("ال") or len(n) < 4:
        return False
    if not (
        (n.endswith("ا") and not n.endswith(("اا", "يا")) and n[-2:-1] not in "اوي")
        or (n[:1] == "ب" and len(n) >= 5 and n.endswith(("اء", "يه", "احه")))
    ):
        return False
    if k + 1 >= hi:
        return True
    nxt = st.toks[k + 1]
    nn = normalize(nxt.text)
    return (
        nxt.kind == "punct"
        or nn in L.AR_COMPLEMENTIZERS
        or nn in L.AR_PREPOSITION_STOPS
        or (nn[:1] == "و" and nn.endswith("ا") and len(nn) >= 5)
        or (nn[:1] in "لب" and nxt.stem_start > nxt.start)  # "لا يرى دورا لبشار الأسد"
    )


def _adjectival(n: str) -> bool:
    """Nisba adjectives agreeing with a feminine/plural noun: الإيطالية، الأمريكيون."""
    return n.endswith(("يه", "يون", "يين", "يات"))


_NEAR_TIME = frozenset(normalize(w) for w in "قبيل بعيد إثر اثر عقب غداة".split())


# "مجلس الوزراء تحت ضغط"; a manner adverb written without tanween ("وزير الطاقة علنا")
_NP_STOPS = frozenset(normalize(w) for w in "تحت منذ دون ضد بين فوق".split()) | _MANNER_ADVERBS
_COMMENT_NOUNS = frozenset(normalize(w) for w in "التعليق الإفصاح الكشف الإدلاء".split())  # رفض التعليق


def _person_ends_at(st: _State, end: int) -> bool:
    """A person's mention ends at ``end`` ("وقال مودي لعشرات الحاضرين": the addressee follows)."""
    return any(me == end and _etype(st, eid) == "PERSON" for _ms, me, eid in st.mention_index)


def _tanween(t: Token) -> bool:
    """An indefinite word with tanween (مجدداً، ارتفاعاً، عالٍ): an adverb or object, never a name."""
    return t.text.endswith(("اً", "ًا", "ً", "ٌ", "ٍ", "ةً", "ةٌ", "ةٍ"))


def _pronoun_object(t: Token) -> bool:
    """A noun or verb with an attached pronoun (مسؤوليته، أصدرته، طائراتها): not part of a name."""
    return len(t.text) > 4 and t.text.endswith(
        ("ته", "تها", "تهم", "اتها", "اته", "اتك", "ائه", "ائها", "ائهم")
    )


def _possessed_next(st: _State, j: int, hi: int) -> bool:
    """The word at j carries a possessive pronoun ("صافي ربحها"): the word before heads an object."""
    if j >= hi or st.toks[j].kind != "ar":
        return False
    w = st.toks[j].text
    return len(w) > 3 and not normalize(w).startswith("ال") and w.endswith(("ها", "هم", "هما"))


def _org_np_end(st: _State, k: int, hi: int) -> int:
    toks = st.toks
    j = k + 1
    names = L.person_name_tokens()
    definite = normalize(toks[k].text).startswith(("ال", "لل")) if k < len(toks) else False
    while j < hi:
        t = toks[j]
        n = normalize(t.text)
        if (
            definite
            and t.kind == "ar"
            and not n.startswith("ال")
            and n[:1] not in "لبوف"
            # "سجل مطار الملك خالد الدولي نمواً", "كشفت صحة المنطقة الشرقية ملابسات": an indefinite
            # object (accusative, or a plural after the name's second word) ends the definite name
            and ((n.endswith("ا") and len(n) >= 4) or (j > k + 1 and n.endswith("ات") and len(n) >= 5))
            and n not in names
            and not _mention_at(st, t.start)
        ):
            break
        if j == k + 1 and _plural_object_after(st, k):
            break  # "ومنعت اللجنة الإضافات والدمج": a plural noun is the object, never an adjective
        if (
            j > k + 1
            and definite
            and t.kind == "ar"
            and t.stem_start == t.start
            and not n.startswith("ال")
            and len(n) >= 3
            and (n not in names or _possessed_next(st, j + 1, hi))
            and not _mention_at(st, t.start)
            and not _marked_starting_at(st, t.start, 0)
            and toks[j - 1].kind == "ar"
            and (pn := normalize(toks[j - 1].text)).startswith("ال")
            and pn.endswith(("ه", "ي"))
            and not _mention_at(st, toks[j - 1].start)
        ):
            # "رفعت شركة المملكة القابضة صافي ربحها": an indefinite word after the adjective that
            # closes a definite name is the verb's object, not part of the name
            break
        if (
            j == k + 1
            and normalize(toks[k].text).startswith("ال")
            and t.kind == "ar"
            and t.stem_start == t.start
            and not n.startswith("ال")
            and len(n) >= 4
            and n not in names
            and n not in _NOT_AFTER_DEFINITE_OK
            and not _mention_at(st, t.start)
            and not _marked_starting_at(st, t.start, 0)
        ):
            # "وكشفت الشرطة ملابسات الحادث"، "وأفردت الصحيفة قائمة": an indefinite word after a
            # definite head is its object, never its modifier
            break
        if n in _ISSUED or n in _RELATIVES:
            break  # "لمؤسسة النقد العربي السعودي الصادر مؤخرا", "الهيئة التي": not part of the name
        if j - k >= 9 or (
            t.kind == "ar"
            and (
                _tanween(t) or _pronoun_object(t) or n in _NEAR_TIME or n in _COMMENT_NOUNS or n in _NP_STOPS
            )
        ):
            break  # "شركة رابغ للتكرير ارتفاعاً", "أعلن الحزب مسؤوليته", "الرئيس الكيني قبيل الزيارة"
        definite = definite or n.startswith("ال")
        if t.kind == "punct":
            m = _marked_starting_at(st, t.start, 0)
            if m is not None and _nwords(st.text[m.start : m.end]) <= 5:
                j = bisect_right(st.starts, m.close)
                continue
            break
        n = normalize(t.text)
        if (
            n in L.AR_TIME_WORDS
            or n in L.AR_PREPOSITION_STOPS
            or n in L.AR_COMPLEMENTIZERS
            or n in L.AR_ATTRIBUTION
        ):
            break
        if n in ("ل", "لـ") or n in _AUDIENCE or (n[:1] == "ل" and n[1:] in L.AR_OUTLET_HEADS):
            break
        j += 1
    return j


_NOT_AFTER_DEFINITE_OK = frozenset(normalize(w) for w in "غير ذاتها ذاته نفسها نفسه".split())


def _ar_antecedent(st: _State, rel: int) -> Speaker:
    """The subject of "..., الذي يقول": the name right before the relative pronoun at token rel."""
    toks = st.toks
    k = rel - 1
    if k >= 0 and toks[k].text in "،,":
        k -= 1
    lo = k
    while lo >= 0 and rel - lo <= 10 and toks[lo].kind != "punct" and _ar_cue_type(toks[lo]) is None:
        lo -= 1
    lo += 1
    if lo > k:
        return Speaker(None, False)
    ents = _entities_in(st, toks[lo].start, toks[k].end)
    for h in range(lo, k + 1):
        hn = L.strip_conj(normalize(toks[h].text))
        if hn in L.AR_ORG_HEADS or hn in L.AR_OUTLET_HEADS or L.strip_al(hn) in _OUTLET_HEADS_BARE:
            # "وفق ما نشره موقع المنتخب السعودي الرسمي الذي ذكر أن": the body or outlet, not a
            # name the NER found inside its phrase (not "مدير شركة أرامكو الذي قال": its director)
            if any(_etype(st, e[2]) == "PERSON" and e[0] >= toks[h].start for e in ents) or any(
                L.strip_conj(normalize(toks[x].text)) in _OFFICE_HEADS | L.AR_TITLE_WORDS | L.AR_HONORIFICS
                for x in range(lo, h)
            ):
                break
            for mk in st.marked:
                if toks[h].end <= mk.open <= toks[h].end + 2 and _nwords(st.text[mk.start : mk.end]) <= 5:
                    return Speaker(_entity_for(st, mk.start, mk.end, "ORG"), True)
            org_end = _org_np_end(st, h, k + 1)
            if org_end - h >= 2:
                return Speaker(_phrase_entity(st, toks[h].start, toks[org_end - 1].end, "ORG"), True)
            break
    if ents:
        return Speaker(ents[-1][2], True)
    run = _ar_name_run(st, lo, k + 1, last=True)
    if run is None or not (_plausible_run(st, run) or _family_name(normalize(toks[run[1] - 1].text))):
        if any(
            normalize(toks[x].text) in L.AR_ANONYMOUS or L.strip_al(normalize(toks[x].text)) in _ANON_BARE
            for x in range(lo, k + 1)
        ):
            return Speaker(None, True)  # "بحسب المصادر الأمريكية التي قالت"
        return Speaker(None, False)
    return Speaker(_entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON"), True)


def _en_name_entity(st: _State, s: int, e: int) -> str | None:
    """A speaker noun phrase in English: strip titles, classify ORG/PERSON, resolve pronouns."""
    text = st.text
    words = list(_WORDS.finditer(text[s:e]))
    if not words:
        return None
    low = [w.group().lower() for w in words]
    if len(low) == 1 and low[0] in L.EN_ANONYMOUS:
        return None  # "Witnesses said", "Residents told Reuters": anonymous
    if len(low) <= 2 and low[0] in L.EN_PRONOUNS:
        return "__prev__"
    if (
        len(low) > 1
        and low[-1] in L.EN_ANONYMOUS | {"official", "spokesman", "spokeswoman", "spokesperson"}
        and not words[-1].group()[:1].isupper()
    ):
        # "A KBO official", "a police spokesman": a description
        pid = _person_by_description(st, text[s:e], s)
        return pid
    if low[0] in ("the", "a", "an") and not any(w.group()[:1].isupper() for w in words[1:]):
        if low[-1] in L.EN_ANONYMOUS or "source" in low[-1]:
            return None
        pid = _person_by_description(st, text[s:e], s)
        return pid if pid is not None else ("__prev_desc__" if low[-1] in ("suit", "statement") else None)
    caps = [w for w in words if w.group()[:1].isupper() or w.group().lower() in ("of", "for", "and", "&")]
    if not caps:
        if low[-1] in L.EN_ANONYMOUS:
            return None
        return None
    # the trailing capitalized run is the name
    run: list[re.Match[str]] = []
    for w in reversed(words):
        if w.group()[:1].isupper():
            run.insert(0, w)
        elif run:
            break
    if not run:
        return None
    org = run[-1].group().lower() in L.EN_ORG_WORDS
    if org:
        # keep "the Treasury Department" whole
        rs = s + run[0].start()
        return _entity_for(st, rs, s + run[-1].end(), "ORG")
    # strip titles: "Treasury Secretary Janet Yellen" -> "Janet Yellen"
    k = 0
    for idx, w in enumerate(run):
        if w.group().lower().rstrip(".") in L.EN_TITLE_WORDS or w.group().lower() in L.EN_TITLE_WORDS:
            k = idx + 1
    name = run[k:] or run[-1:]
    if len(name) == 1 and name[0].group().lower() in L.EN_TITLE_WORDS:
        return None
    ns, ne = s + name[0].start(), s + name[-1].end()
    # a known place or body keeps its type
    for ms, me, eid in st.mention_index:
        if ms <= ns and ne <= me:
            return eid
    return _entity_for(st, ns, ne, "PERSON")


_EN_ANON_HEADS = L.EN_ANONYMOUS | frozenset(
    """observer diplomats diplomat insiders insider critics activists analyst expert researchers
    scientists lawmakers sources source officials advisers advisors aides""".split()
)
_EN_NP_PREPS = frozenset("in at from of close familiar with within inside near on among for".split())


def _en_anonymous_np(np_text: str) -> bool:
    """A subject noun phrase whose head (its last word before a preposition) is a plural or generic
    description with no name of its own: "Middle East observers", "Sources in the camp", "Western
    diplomats", "two people familiar with the matter"."""
    words = _WORDS.findall(np_text)
    if not words or len(words) > 8:
        return False
    head_i = len(words) - 1
    for i, w in enumerate(words):
        if i > 0 and (w.lower() in _EN_NP_PREPS or (w.endswith("ed") and w.islower())):
            head_i = i - 1  # "Sources in the camp", "Two people briefed on the talks"
            break
    head = words[head_i]
    if head.lower() not in _EN_ANON_HEADS or head.lower() in ("police", "report", "document"):
        return False
    if head[:1].isupper() and head_i > 0:
        return False  # "Senior Officials Group": a name
    # no personal name before the head ("Smith aides"): only descriptions and places
    return not any(w.lower() in L.EN_PRONOUNS for w in words[:head_i])


def _en_prev(st: _State, ci: int) -> str | None:
    """A pronoun subject: the person the previous sentence is about when it reports no speech ("Tom
    Baker, a spokesman, declined to comment. \"...,\" he said in an email."), else the previous
    speaker, else (no quotation before) the person last named."""
    layer = st.doc.layer
    sidx = layer.sentence_index(st.toks[ci].start)
    if sidx > 0:
        p0, p1 = layer.sentences[sidx - 1]
        ptoks = st.toks[bisect_left(st.starts, p0) : bisect_left(st.starts, p1)]
        silent = not any(t.kind == "latin" and t.text in L.EN_SPEECH_VERBS for t in ptoks) and not any(
            p0 <= m.open < p1 for m in st.marked
        )
        persons = [m for m in st.mention_index if p0 <= m[0] < p1 and _etype(st, m[2]) == "PERSON"]
        first = bisect_left(st.starts, p0)
        if silent and persons and bisect_left(st.starts, persons[0][0]) - first <= 3:
            # the person opens the sentence (its subject): "Tom Baker, a spokesman, declined ...",
            # not one named inside it ("The company was founded by Jones")
            return persons[0][2]
    if st.last_speaker_set:
        return st.last_speaker
    persons = [m for m in st.mention_index if m[0] < st.toks[ci].start and _etype(st, m[2]) == "PERSON"]
    return persons[-1][2] if persons else None


# name suffixes and titles written with a full stop: "James Kennedy Jr. said", "Dr. Smith said"
_EN_DOTTED = frozenset("jr sr dr mr mrs ms st gen col lt sgt rep sen gov prof capt maj adm cmdr".split())


def _en_abbreviation_dot(toks: list[Token], j: int, lo: int) -> bool:
    """The full stop at ``j`` closes an abbreviation inside a name, not a sentence."""
    return (
        toks[j].text == "."
        and j > lo
        and toks[j].start == toks[j - 1].end
        and toks[j - 1].text.lower() in _EN_DOTTED
        and toks[j - 1].text[:1].isupper()
    )


def _en_speaker(st: _State, ci: int, lo: int, hi: int) -> str | None:
    toks, text = st.toks, st.text
    # SV: the noun phrase right before the verb, back to a comma, a quotation mark or the sentence start
    j = ci - 1
    while j >= lo and toks[j].text.lower() not in ("and", "but", "that"):
        if toks[j].kind == "punct" and not (
            (toks[j].text == "-" and toks[j].start == toks[j - 1].end) or _en_abbreviation_dot(toks, j, lo)
        ):
            break
        j -= 1
    before_s = toks[j + 1].start if j + 1 < ci else None
    result: str | None = None
    decided = False
    if before_s is not None:
        np_text = text[before_s : toks[ci - 1].end]
        # entity mentions in it
        ents = _entities_in(st, before_s, toks[ci - 1].end)
        if _en_anonymous_np(np_text):
            # "Middle East observers say", "Sources in the camp told X", "U.S. officials said": an
            # unnamed group, whatever place or body describes it
            result, decided = None, True
        elif ents:
            persons = [x for x in ents if _etype(st, x[2]) == "PERSON"]
            result, decided = (persons[-1] if persons else ents[-1])[2], True
        elif _nwords(np_text) <= 8:
            r = _en_name_entity(st, before_s, toks[ci - 1].end)
            if r == "__prev__" or r == "__prev_desc__":
                result, decided = _en_prev(st, ci), True
            else:
                result, decided = r, True
        if j >= lo and toks[j].text.lower() in ("and", "but") and not ents and before_s == toks[j + 1].start:
            pass
    elif j >= lo and toks[j].text.lower() in ("and", "but"):
        # "Iran denied the accusation and said": the subject of the clause
        k = j - 1
        while k >= lo and toks[k].kind != "punct":
            k -= 1
        k += 1
        e = k
        while e < j and toks[e].text[:1].isupper():
            e += 1
        if e > k:
            result, decided = _en_name_entity(st, toks[k].start, toks[e - 1].end), True
    if not decided and j == ci - 1 and j > lo and toks[j].text == ",":
        # "Omar Lamrani, a senior analyst at Stratfor, the Texas-based ..., told Business Insider":
        # the name opening the sentence before its apposition speaks, not the outlet told
        e = lo
        while e < j and toks[e].kind == "latin" and toks[e].text[:1].isupper():
            e += 1
        if lo < e < j and toks[e].text == ",":
            result, decided = _en_name_entity(st, toks[lo].start, toks[e - 1].end), True
            if result in ("__prev__", "__prev_desc__"):
                result = _en_prev(st, ci)
    if not decided and toks[ci].text.lower() not in ("told", "tells"):
        # VS: "said Keith Paul, a spokesman ..." (never the one told: "told Business Insider")
        k = ci + 1
        e = k
        while e < hi and (toks[e].text[:1].isupper() or toks[e].text in (".",) and e > k):
            if toks[e].text == "." and not (
                e > k and toks[e - 1].text.lower().rstrip(".") in L.EN_TITLE_WORDS
            ):
                break
            e += 1
        if e > k:
            result, decided = _en_name_entity(st, toks[k].start, toks[e - 1].end), True
            if result in ("__prev__", "__prev_desc__"):
                result = st.last_speaker
    if not decided:
        result = st.last_speaker
    if result in ("__prev__", "__prev_desc__"):
        result = _en_prev(st, ci)
    st.last_speaker = result
    st.last_speaker_set = True
    return result


# words in the gap between a title and a name that make the name no holder of the title: the name is
# the object of a meeting, a company or a preposition of its own ("لدى استقباله", "مع", "بحضور")
_NOT_HOLDER_GAP = frozenset(
    normalize(w)
    for w in """مع ومع ضد بين مثل بحضور وبحضور برفقة بصحبة لقائه لقائها استقباله استقبالها بعد قبل خلال عقب اثر
    إثر نظيره نظيرها""".split()
)


def titled_holder_after(st: _State, eid: str, cue: int, start: int) -> str:
    """The person a title phrase speaking at ``cue`` is written with, when the title's own modifier stands
    between them («وقال رئيس بعثة مصر إلى البطولة محمد الشربيني إن», «مندوب اليونان لدى المنظمة الدولية
    السفير ... إن»): the speaker entity's mention after the cue starts with an office or role word, and a
    PERSON entity follows it within six words, before the quotation, with no complementizer, preposition of
    a meeting or time word between them; else the entity itself."""
    toks = st.toks
    own = [(ms, me) for ms, me, x in st.mention_index if x == eid and cue <= ms < start]
    if not own:
        return eid
    ms, me = own[0]
    k = bisect_left(st.starts, ms)
    if k >= len(toks) or not _role_word(L.strip_conj(normalize(toks[k].text))):
        return eid
    for ps, pe, x in st.mention_index:
        if ps < me or x == eid:
            continue
        if pe > start:
            break
        p0 = bisect_left(st.starts, ps)
        gap = toks[bisect_left(st.starts, me) : p0]
        if len(gap) > 6:
            return eid
        if any(
            t.kind not in ("ar", "punct")
            or normalize(t.text) in _NOT_HOLDER_GAP
            or normalize(t.text) in L.AR_COMPLEMENTIZERS
            for t in gap
        ):
            return eid
        if _etype(st, x) != "PERSON":
            continue  # a body or place inside the title's modifier («لدى الجامعة العربية»)
        if any(t.kind == "punct" and t.text not in ("،", ",") for t in gap):
            return eid
        if p0 < len(toks) and _role_word(L.strip_conj(normalize(toks[p0].text))):
            return eid
        return x
    return eid
