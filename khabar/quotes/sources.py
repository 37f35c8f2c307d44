"""Reporting sources of quotations: datelines, outlets, attribution cues (بحسب، نقلا عن، according to) and "told X"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from khabar.quotes import lexicon as L
from khabar.quotes.common import (
    _WORDS,
    _entity_for,
    _marked_starting_at,
    _np_end,
    _nwords,
    _parenthesized_name,
    _phrase_entity,
    _State,
    normalize,
)

_DATELINE = re.compile(
    r"\A[^\n()]{0,60}?\(\s*(?P<src>[^()\n]{2,40}?)\s*\)\s*[-–—:]|\A(?P<src2>[^\n\-–—:]{2,25}?)\s*[-–—]\s*[^\n\-–—:]{2,25}?\s*:"
)
# A dateline opening a later paragraph: "* جوهانسبورغ - «الشرق الأوسط»:", "LONDON (Reuters) -"
_PARA_DATELINE = re.compile(
    r"^[*•\s]*(?:[^\n()\-–—:]{2,30}?\(\s*(?P<a>[^()\n]{2,40}?)\s*\)\s*[-–—:]"
    r"|(?P<b>[^\n\-–—:]{2,30}?)\s*[-–—]\s*(?P<c>[^\n\-–—:]{2,30}?)\s*:)",
    re.M,
)


# ---------------------------------------------------------------------------------------------
# sources


def _is_outlet_ar(words: list[str]) -> bool:
    if not words:
        return False
    heads = (L.strip_al(words[0]), L.strip_al(L.strip_conj(words[0])))
    if len(words) > 1 and any(h in _AGENCY for h in heads) and words[1] in _NOT_NEWS:
        return False  # "وكالة الفضاء الأميركية", "وكالة الطاقة الدولية": an agency, not a news outlet
    for head in (words[0], L.strip_conj(words[0])):
        if head in L.AR_OUTLET_HEADS or L.strip_al(head) in _OUTLET_HEADS_BARE:
            return True
    return all(w in L.AR_OUTLETS or L.strip_al(w) in L.AR_OUTLETS for w in words[:3])


_OUTLET_HEADS_BARE = frozenset(L.strip_al(h) for h in L.AR_OUTLET_HEADS)
_AGENCY = frozenset(L.strip_al(normalize(w)) for w in "وكالة الوكالة".split())
_NOT_NEWS = frozenset(
    normalize(w)
    for w in "الفضاء الطاقة الاستخبارات المخابرات التنمية الأدوية الادوية البيئة الغذاء الحماية".split()
)


def _is_outlet_en(words: list[str]) -> bool:
    low = [w.lower().strip(".") for w in words if w.lower() not in ("the",)]
    if not low:
        return False
    return low[0] in L.EN_OUTLETS or any(w in L.EN_OUTLET_HEADS for w in low[:4])


def _paragraph_datelines(st: _State) -> list[tuple[int, str]]:
    """(offset, outlet entity) of each paragraph-opening dateline after the first paragraph."""
    out: list[tuple[int, str]] = []
    for m in _PARA_DATELINE.finditer(st.text):
        if m.start() == 0:
            continue
        for g in ("a", "c", "b"):
            if not m.group(g):
                continue
            s, e = m.span(g)
            words = _WORDS.findall(st.text[s:e])
            ok = _is_outlet_en(words) if st.lang == "en" else _is_outlet_ar([normalize(w) for w in words])
            if ok:
                eid = _entity_for(st, s, e, "ORG")
                if eid is not None:
                    out.append((m.start(), eid))
                break
    return out


def _dateline_source(st: _State) -> str | None:
    head = st.text[:120]
    m = _DATELINE.match(head)
    if not m:
        return None
    if m.group("src"):
        s, e = m.span("src")
    else:
        s, e = m.span("src2")
    words = _WORDS.findall(st.text[s:e])
    ok = _is_outlet_en(words) if st.lang == "en" else _is_outlet_ar([normalize(w) for w in words])
    if not ok:
        return None
    return _entity_for(st, s, e, "ORG")


def _source_from(st: _State, i: int, limit: int) -> str | None:
    """An outlet noun phrase starting at token i, as an entity id (None when it is no outlet)."""
    toks = st.toks
    if i >= limit:
        return None
    j = _np_end(st, i, limit)
    if j <= i:
        return None
    s, e = toks[i].start, toks[j - 1].end
    words = [w for w in _WORDS.findall(st.text[s:e])]
    if st.lang == "en":
        if not _is_outlet_en(words):
            return None
    else:
        nw = [normalize(w) for w in words]
        if not _is_outlet_ar(nw):
            return None
        # "وكالة «سبوتنيك» الروسية", "لـ«عكاظ»": the quoted name is the outlet's name
        for m in st.marked:
            if m.start >= s and m.end <= e and m.end - m.start < 40:
                return _entity_for(st, m.start, m.end, "ORG")
    return _entity_for(st, s, e, "ORG")


_NAQLAN = frozenset(normalize(w) for w in ("نقلا", "نقلاً"))
_ISSUED = frozenset(normalize(w) for w in "الصادرة الصادر صادرة صادر".split())


_NAQALA = frozenset(normalize(w) for w in "نقل نقلت نقلوا ينقل تنقل".split())


def _naqala_source(st: _State, lo: int, hi: int) -> str | None:
    """The outlet between "نقلت" and "عن": "وكالة رويترز", "صحيفة «الحياة»", "قناة العربية"."""
    for m in st.marked:
        if (
            st.toks[lo].start <= m.open
            and m.close <= st.toks[hi - 1].end + 1
            and _nwords(st.text[m.start : m.end]) <= 5
        ):
            return _entity_for(st, m.start, m.end, "ORG")
    for k in range(lo, min(hi, lo + 3)):
        if L.strip_conj(normalize(st.toks[k].text)) in L.AR_OUTLET_HEADS:
            paren = _parenthesized_name(st, k + 1, hi)
            if paren is not None:
                return _entity_for(st, paren[0], paren[1], "ORG")  # "مجلة (كيكر) الألمانية"
    src = _source_from(st, lo, hi)
    if src is not None:
        return src
    if hi > lo:
        return _entity_for(st, st.toks[lo].start, st.toks[hi - 1].end, "ORG")
    return None


_TOLD = frozenset(normalize(w) for w in "أبلغ أبلغت ابلغ ابلغت".split())
_INTERVIEW = frozenset(
    normalize(w) for w in "حديث حديثه حديثها تصريح تصريحات تصريحه تصريحاته مقابلة لقاء اتصال حوار".split()
)


def _ar_told_source(st: _State, lo: int, hi: int) -> str | None:
    """'لـ«عكاظ»', 'لوكالة «سبوتنيك»', 'لـ"الاقتصادية"' between the verb and the content."""
    toks = st.toks
    for k in range(lo, hi):
        t = toks[k]
        if t.kind != "ar":
            continue
        raw = t.text
        if raw in ("لـ", "ل") or (raw.startswith("ل") and k + 1 < hi and toks[k + 1].text in '«"“'):
            # the quoted name that follows
            nxt = k + 1
            while nxt < hi and toks[nxt].kind == "punct" and toks[nxt].text in "ـ":
                nxt += 1
            m = _marked_starting_at(st, toks[nxt].start if nxt < hi else t.end, 2)
            if m is not None and _nwords(st.text[m.start : m.end]) <= 4:
                return _entity_for(st, m.start, m.end, "ORG")
        n = normalize(raw)
        if n.startswith("ل") and len(n) > 3 and not n.startswith("لل") and n[1:] in L.AR_OUTLETS:
            # "لرويترز": the outlet (its mention, or a new one)
            for ms, _me, eid in st.mention_index:
                if ms == t.start + 1 or ms == t.stem_start:
                    return eid
            return _entity_for(st, t.start + 1, t.end, "ORG")
        if n.startswith("ل") and len(n) > 3 and not n.startswith("لل"):
            rest = n[1:]
            if rest in L.AR_OUTLET_HEADS:
                j = _np_end(st, k + 1, hi)
                m = _marked_starting_at(st, t.end, 3)
                if m is not None and _nwords(st.text[m.start : m.end]) <= 4:
                    return _entity_for(st, m.start, m.end, "ORG")
                jd = k + 1
                while jd < j and toks[jd].kind == "ar" and normalize(toks[jd].text).startswith("ال"):
                    jd += 1  # "لوكالة الأنباء السعودية بمناسبة ...": the definite words of the name
                if jd > k + 1:
                    return _phrase_entity(st, t.start + 1, toks[jd - 1].end, "ORG")
                if j > k + 1:
                    return _entity_for(st, toks[k + 1].start, toks[j - 1].end, "ORG")
    return None


def _ar_told_before(st: _State, vi: int, s_start: int) -> str | None:
    """ "وفي حديث لـ«الشرق الأوسط»، قال ...": the outlet of an interview named before the verb."""
    toks = st.toks
    lo = vi
    while lo > 0 and vi - lo < 10 and toks[lo - 1].start >= s_start:
        lo -= 1
    for k in range(lo, vi):
        n = normalize(toks[k].text)
        if n in _INTERVIEW or L.strip_conj(n) in _INTERVIEW:
            return _ar_told_source(st, k + 1, vi)
        if n.rstrip("ـ") in ("ل", "ول") and toks[k].start == s_start and k + 1 < vi:
            # "ولـ«الاقتصادية» يعلق قائلا": the outlet spoken to, fronted before the verb
            m = _marked_starting_at(st, toks[k + 1].start, 0)
            if m is not None and _nwords(st.text[m.start : m.end]) <= 4:
                return _entity_for(st, m.start, m.end, "ORG")
    return None


def _ar_attribution_source(st: _State, sidx: int, cache: dict[int, str]) -> str | None:
    """'بحسب ما نقلت وكالة تاس', 'وفق ما أفادت وكالة يونهاب', 'نقلا عن رويترز' in the sentence."""
    layer = st.doc.layer
    s, e = layer.sentences[sidx]
    toks = layer.sentence_tokens(sidx)
    for k, t in enumerate(toks):
        n = normalize(t.text)
        if n not in L.AR_ATTRIBUTION and L.strip_conj(n) not in L.AR_ATTRIBUTION:
            continue
        k2 = k + 1
        while k2 < len(toks) and (
            normalize(toks[k2].text) in ("ل", "لـ", "عن", "ما", "لما", "ـ") or toks[k2].text == "ـ"
        ):
            k2 += 1
        if k2 < len(toks) and normalize(toks[k2].text) in L.AR_REPORT_VERBS:
            k2 += 1
        if (
            k2 < len(toks)
            and toks[k2].text.startswith("ل")
            and normalize(toks[k2].text)[1:] in L.AR_OUTLET_HEADS
        ):
            pass
        gi = bisect_left(st.starts, toks[k2].start) if k2 < len(toks) else None
        if gi is None:
            continue
        limit = bisect_right(st.starts, e - 1)
        src = _source_from(st, gi, limit)
        if src is not None:
            cache[sidx] = src
            return src
    return None


def _en_attribution_source(st: _State, lo: int, hi: int) -> str | None:
    toks = st.toks
    for k in range(lo, hi - 1):
        w = toks[k].text.lower()
        if (
            (w == "according" and toks[k + 1].text.lower() == "to")
            or w == "citing"
            or (w == "reported" and toks[k + 1].text.lower() == "by")
        ):
            j = k + 2 if w != "citing" else k + 1
            if j < hi and toks[j].text.lower() == "the":
                j += 1
            src = _source_from(st, j, hi)
            if src is not None:
                return src
    return None


def _en_told_source(st: _State, ci: int, hi: int) -> str | None:
    toks = st.toks
    if toks[ci].text.lower() not in ("told", "tells") or ci + 1 >= hi:
        return None
    j = ci + 1
    if toks[j].text.lower() == "the":
        j += 1
    src = _source_from(st, j, hi)
    if src is not None:
        return src
    # "told The Hill", "told Polygraph.info": a capitalized "The" + name, or a web address, names a
    # publication (a person is never "The X"); any other name told is an audience, not a source
    t = toks[ci + 1]
    if "." in t.text and t.kind == "latin" and t.text.rsplit(".", 1)[-1] in _TLDS_EN:
        return _entity_for(st, t.start, t.end, "ORG")
    if t.text == "The" and j < hi and toks[j].text[:1].isupper():
        e = j
        while e < hi and toks[e].kind == "latin" and toks[e].text[:1].isupper():
            e += 1
        return _entity_for(st, t.start, toks[e - 1].end, "ORG")
    return None


_TLDS_EN = frozenset("com org net info io co uk ru tv news de fr".split())
