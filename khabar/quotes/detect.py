"""Quotation detection: speech cues, their reported content (direct, partial, indirect) and quotation spans, in Arabic and English."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from khabar.quotes import lexicon as L
from khabar.quotes.common import (
    _ANON_BARE,
    _FORMULAS,
    _ORG_HEADS_BARE,
    _RELATIVES,
    _TITLE_BARE,
    _WORDS,
    _ar_cue_type,
    _doc_noun,
    _entities_in,
    _entity_for,
    _etype,
    _Found,
    _has_subject_after,
    _marked_starting_at,
    _mention_at_token,
    _name_starts_at,
    _norm_adj,
    _nwords,
    _plausible_run,
    _State,
    _tok_at,
    normalize,
)
from khabar.quotes.marks import Marked
from khabar.quotes.sources import (
    _DATELINE,
    _ISSUED,
    _NAQALA,
    _NAQLAN,
    _TOLD,
    _ar_attribution_source,
    _ar_told_before,
    _ar_told_source,
    _en_attribution_source,
    _en_told_source,
    _is_outlet_en,
    _naqala_source,
    _source_from,
)
from khabar.quotes.speakers import (
    _anonymous_with_modifier,
    _ar_according_speaker,
    _ar_name_run,
    _ar_speaker,
    _ar_speaker_inner,
    _document_author,
    _en_speaker,
    _first_verb_subject,
    _name_in_modifier,
)
from khabar.text.tokenize import Token


def _inside_long_quote(st: _State, offset: int) -> bool:
    for m in st.marked:
        if m.start <= offset < m.end and _nwords(st.text[m.start : m.end]) > 3:
            return True
    return False


def _clip_content(st: _State, s: int, e: int) -> tuple[int, int]:
    text = st.text
    while s < e and (text[s].isspace() or text[s] in "،,:؛;-–—"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "،,:؛;-–—"):
        e -= 1
    return s, e


_WITHHELD_WORDS = frozenset(normalize(w) for w in "اسمه اسمها اسمهم هويته هويتها هويتهم".split())
_WITHHOLD_WORDS = frozenset(
    normalize(w) for w in "عدم رفض رفضت طلب طلبت تحفظ تحفظت فضل فضلت مفضلا ذكر نشر الكشف".split()
)


_SPEECH_NOUNS = frozenset(
    normalize(w) for w in "تصريحات تصريح تأكيدات تأكيد تأكيده تصريحه قول رواية إفادة افادة".split()
)
_AN_PRONOUN = frozenset(normalize(w) for w in "عنه عنها عنهم عنهما".split())


# nouns of need, importance, possibility and condition that take «أنْ» + a verb as their complement
# (a verbal noun: "أهمية أن يكون"), and «على أن» (provided that) after a comma
_AN_GOVERNORS = frozenset(
    normalize(w)
    for w in """أهمية ضرورة وجوب إمكانية امكانية احتمال بشرط شرط حرصا ضرورية الضروري المهم الأهمية
    المفترض""".split()
)


def _infinitive_an(st: _State, i: int, j: int) -> bool:
    """The complementizer at ``j`` is the particle «أنْ» of a verbal noun, not «أنّ» opening what the
    cue at ``i`` reports: a bare أن / بأن right before a present-tense verb (يكون، تتم، يرتبط), after
    a noun of need or importance ("على أهمية أن"، "ضرورة أن") or after «على» that follows a comma
    ("، على أن يتم": provided that), never right after the cue ("شدد على أن يكون")."""
    toks = st.toks
    if j - 1 <= i or j + 1 >= len(toks) or normalize(toks[j].text) not in ("ان", "بان"):
        return False
    v = normalize(toks[j + 1].text)
    if toks[j + 1].kind != "ar" or len(v) < 3 or v[:1] not in "يت" or v.startswith("ال"):
        return False
    prev = L.strip_conj(normalize(toks[j - 1].text))
    if prev in _AN_GOVERNORS:
        return True
    return prev == "علي" and j - 2 > i and toks[j - 2].kind == "punct" and toks[j - 2].text in "،,"


def _withholding_phrase(s: str) -> bool:
    """A short quoted aside that withholds the speaker's name ("تحفظ على ذكر اسمه", "فضل عدم ذكر
    اسمه"): part of the subject, not the quotation."""
    words = [normalize(w) for w in _WORDS.findall(s)]
    return (
        0 < len(words) <= 6
        and any(w in _WITHHELD_WORDS for w in words)
        and any(w in _WITHHOLD_WORDS for w in words)
    )


def _extract_ar(st: _State) -> list[_Found]:
    toks, text = st.toks, st.text
    found: list[_Found] = []
    used_marks: set[int] = set()
    n = len(toks)
    # sentence -> outlet source given by an attribution cue in it
    sent_sources: dict[int, str] = {}
    layer = st.doc.layer
    content_end = -1
    # "ووفقا للمشرف على الفريق علي حدادي فإن ...": found first, so that a later zero subject
    # ("وأضاف أن") takes that speaker
    according = _ar_according(st, [], used_marks)
    acc_ptr = 0
    dl = _DATELINE.match(text[:120])
    dateline_end = dl.end() if dl else 0  # "سبق- متابعة:": no speech cue inside the dateline
    i = 0
    while i < n:
        t = toks[i]
        while acc_ptr < len(according) and according[acc_ptr].cue[0] <= t.start:  # type: ignore[index]
            a = according[acc_ptr]
            if a.speaker is not None and a.start >= content_end:
                st.last_speaker, st.last_speaker_set = a.speaker, True
                st.last_sentence = a.sentence
            acc_ptr += 1
        ctype = _ar_cue_type(t)
        if (
            ctype is None
            and t.kind == "ar"
            and L.strip_conj(normalize(t.text)) in L.AR_BAYYANA
            and i + 1 < n
            and (i == 0 or toks[i - 1].kind == "punct" or t.text[:1] in "وف")
            and _comp_before_punct(st, i + 1, min(n, i + 12))
        ):
            ctype = "verb"  # "وبين أن ...": explained that (not "between")
        if (
            ctype in (None, "weak")
            and t.kind == "ar"
            and (L.strip_conj(normalize(t.text)) in _WROTE or L.strip_conj(normalize(t.text)) in _ADMITTED)
            and i + 1 < n
            and _comp_before_punct(st, i + 1, min(n, i + 12))
        ):
            ctype = "verb"  # "وكتب الكاتب X في مقاله أن ...", "وغردت الوزارة بأن ...": wrote that
        naqala: int | None = None
        if ctype is None and t.kind == "ar" and L.strip_conj(normalize(t.text)) in _NAQALA:
            # "ونقلت وكالة رويترز عن مسؤول أمني قوله إن ...": the outlet reports, the one after عن speaks
            naqala = next(
                (
                    x
                    for x in range(i + 1, min(n, i + 12))
                    if normalize(toks[x].text) == "عن" or normalize(toks[x].text) in _AN_PRONOUN
                ),
                None,
            )  # "ونقلت صحيفة حريت عنه قوله إن", "ونُقل عن أوغلو قوله إن", "ونُقل عنه قوله"
            if naqala is not None and (
                _comp_before_punct(st, naqala + 1, min(n, naqala + 16))
                or _own_words_quote(st, naqala + 1, min(n, naqala + 32))
            ):
                ctype = "verb"
            else:
                naqala = None
        appeal = ctype == "appeal"
        if appeal:
            ctype = "verb"  # "طالب بأن", "دعا إلى أن": reported speech only with a content clause
        if (
            ctype is None
            or _inside_long_quote(st, t.start)
            or t.start < content_end
            or (t.end <= dateline_end and ctype != "verb")
        ):
            i += 1
            continue
        if (
            normalize(t.text) in _FORMULAS
            and i + 1 < n
            and normalize(toks[i + 1].text) in L.AR_COMPLEMENTIZERS
        ):
            i += 1  # "يذكر أن": a journalistic formula, not a report
            continue
        if i > 0 and normalize(toks[i - 1].text) in ("كما", "حسب", "بحسب", "الذي", "التي", "ما"):
            postposed = i + 1 >= n or toks[i + 1].kind == "punct"
            pn = normalize(toks[i - 1].text)
            skip = (pn in ("حسب", "بحسب", "ما") or postposed or ctype == "participle") and pn not in (
                "الذي",
                "التي",
            )
            if pn == "كما" and i + 1 < n and toks[i + 1].text in ":":
                skip = False  # "كما قال: ...": introduces what follows
            elif pn == "كما" and not skip:
                # "كما قال المدير التنفيذي عصام أبو خليل إن": a cue only with a named subject
                p_hi = next(
                    (
                        x
                        for x in range(i + 1, min(n, i + 20))
                        if (toks[x].kind == "punct" and toks[x].text in ':«"“.')
                        or normalize(toks[x].text) in L.AR_COMPLEMENTIZERS
                    ),
                    min(n, i + 20),
                )
                probe = _ar_speaker_inner(st, i, i + 1, p_hi, ctype, strict=False)
                e = st.doc.entity(probe.entity)
                skip = e is None or len(e.name.split()) < 2
                nx = [normalize(toks[x].text) for x in range(i + 1, min(n, i + 3))]
                if (
                    skip
                    and nx
                    and (
                        nx[0] in L.AR_COMPLEMENTIZERS
                        or (len(nx) > 1 and nx[0] == normalize("إلى") and nx[1] in L.AR_COMPLEMENTIZERS)
                    )
                ):
                    skip = False  # "كما أشارت إلى أن ...": a zero subject, the previous speaker again
                if (
                    skip
                    and p_hi < n
                    and 1 <= p_hi - (i + 1) <= 3
                    and normalize(toks[p_hi].text) in L.AR_COMPLEMENTIZERS
                    and all(toks[x].kind == "ar" for x in range(i + 1, p_hi))
                    and (normalize(toks[i + 1].text).startswith("ال") or _mention_at_token(st, toks[i + 1]))
                ):
                    # "كما بينت العمادة أن ...", "كما أوضحت الوزارة أن ...": a short subject then the
                    # content clause; "كما قال الوزير." (as the minister said) has no clause after it
                    skip = False
            if skip:
                i += 1
                continue
        if (
            ctype == "weak"
            and i + 2 < n
            and normalize(toks[i + 1].text) == "في"
            and normalize(toks[i + 2].text) in _norm_adj
        ):
            ctype = "verb"  # وجاء في بيان الجيش / ورد في تقرير
        sidx = layer.sentence_index(t.start)
        s_start, s_end = layer.sentences[sidx] if layer.sentences else (0, len(text))
        limit = bisect_right(st.starts, s_end - 1)
        # scan to the boundary: complementizer, colon, or a quotation mark
        j = i + 1
        boundary: tuple[str, int] | None = None  # (kind, token index)
        max_j = min(limit, i + 45)
        while j < max_j:
            tj = toks[j]
            nj = normalize(tj.text)
            if tj.kind == "punct":
                if tj.text in ":" and text[tj.end : tj.end + 2] != "//":  # not "https://"
                    boundary = ("colon", j)
                    break
                m = _marked_starting_at(st, tj.start, 0)
                described = (
                    ctype == "describe"
                    and m is not None
                    and j > i + 1
                    and normalize(toks[j - 1].text) in ("ب", "بـ")
                    and toks[j - 1].end == tj.start
                )  # "ووصفت صحيفة «ذا هيل» السباق بـ«المأساة الإغريقية»"
                if m is not None and (_nwords(text[m.start : m.end]) > 3 or described):
                    pn = normalize(toks[j - 1].text) if j > 0 else ""
                    if _withholding_phrase(text[m.start : m.end]):
                        j = bisect_right(st.starts, m.close)  # 'عضو اللجنة "تحفظ على ذكر اسمه" أن'
                        continue
                    if (
                        pn in ("ل", "لـ")
                        or (pn[:1] == "ل" and pn[1:] in L.AR_OUTLET_HEADS)
                        or pn in L.AR_OUTLET_HEADS
                        or pn in L.AR_PREPOSITION_STOPS
                    ):
                        j = bisect_right(st.starts, m.close)  # "لصحيفة «يو إس إيه توداي»": the outlet told
                        continue
                    boundary = ("quote", j)
                    break
                if tj.text in "!؟?؛;":
                    break
            elif j > i + 1 and L.strip_conj(nj) in _SEEMS:
                break  # "أعلنوا عن ابتكار ...، ويبدو أنهم كانوا يقصدون": the clause is the writer's
            elif nj in L.AR_COMPLEMENTIZERS and not _name_starts_at(st, j):
                if j - i > 28:
                    break  # too far for "قال ... أن"
                if _infinitive_an(st, i, j):
                    break  # "أكد على أهمية أن يكون ..."، "، على أن يتم ...": a verbal noun, no content
                if j - 1 > i and normalize(toks[j - 1].text) in _CONCESSIVE:
                    # "طالب اللاعبين بخلعها، إلا أن البرد ..."، "أعلنت ...، علما بأن ...": "but" /
                    # "noting that" opens the writer's clause, not the verb's content
                    break
                boundary = ("comp", j)
                break
            elif j > i + 1 and (
                _ar_cue_type(tj) in ("verb", "participle")
                or (
                    tj.text[:1] in "وف"
                    and L.strip_conj(nj) in L.AR_BAYYANA
                    and _comp_before_punct(st, j + 1, min(n, j + 4))
                )
            ):  # "وأشار إلى ارتفاع ... وبين أن": the content is وبين's
                if nj in _QAILAN and ctype == "verb" and j - i <= 16:
                    j += 1  # "صرح لصحيفة «...» قائلا إن": the manner participle of this verb
                    continue
                break
            elif j == i + 1 and nj in ("عن", "على") and ctype == "verb" and naqala is None:
                # أعلن عن / أكد على + a noun: an announcement, not reported speech
                if j + 1 < n and normalize(toks[j + 1].text) not in L.AR_COMPLEMENTIZERS:
                    break
            j += 1
        if boundary is None:
            if ctype == "verb":
                # "أكد على", "حذر من", "أعلن عن": no quotation, but its subject is the speaker of what
                # follows with a zero subject ("وقال ...")
                if i + 1 < max_j and _anonymous_with_modifier(st, i + 1, max_j):
                    # "وقال مسؤول كبير بوزارة الخزانة محذرا «...»": an anonymous subject goes on too
                    st.last_speaker, st.last_speaker_set = None, True
                    st.last_sentence = sidx
                    i += 1
                    continue
                sp = _ar_speaker_inner(st, i, i + 1, max_j, ctype, strict=True)
                if sp.known and sp.entity is not None:
                    st.last_speaker, st.last_speaker_set = sp.entity, True
            i += 1
            continue
        bkind, bj = boundary
        if bkind != "comp" and L.strip_conj(normalize(t.text)) in L.AR_PASSIVE_SPEECH:
            i += 1  # "يقال: شكل اللوحة": a usage example, not a report (a passive report has أن / إن)
            continue
        if ctype in ("weak", "describe") and bkind == "comp" and ctype == "weak":
            i += 1
            continue
        zero = not _has_subject_after(st, i, i + 1, bj) and not (
            i > 0 and normalize(toks[i - 1].text) in _RELATIVES
        )
        also = i + 1 < n and normalize(toks[i + 1].text) in (normalize("أيضا"), normalize("أيضاً"))
        if (
            _sacred_subject(st, i + 1, bj)
            or (zero and also and st.last_sacred)
            or _cites_sacred(st, bj, bkind, limit)
        ):
            st.last_sacred = True
            # "قال تعالى: «...»", "قال رسول الله ﷺ: «...»": scripture cited, not a news quotation
            m_s = _marked_starting_at(st, toks[bj].start if bkind == "quote" else toks[bj].end, 3)
            if m_s is not None:
                used_marks.add(id(m_s))
                content_end = max(content_end, m_s.close)
            else:
                content_end = max(content_end, _ar_clause_end(st, bj + 1, limit))
            i = bj + 1
            continue
        if bkind == "colon" and bj + 1 < n and toks[bj + 1].text == "(":
            # "فقال له عمر: (لا تفعل ...)": words cited in parentheses (a verse, a saying), not news
            close = next((x for x in range(bj + 2, min(n, bj + 150)) if toks[x].text == ")"), None)
            if close is not None:
                content_end = max(content_end, toks[close].end)
                i = close + 1
                continue
        # the reported content ("قال: إن ..." skips the complementizer after the colon)
        if bkind == "colon" and bj + 1 < limit and normalize(toks[bj + 1].text) in L.AR_COMPLEMENTIZERS:
            bj += 1
        st.last_sacred = False
        cstart = toks[bj].end if bkind != "quote" else toks[bj].start
        mark = _marked_starting_at(st, cstart, 3)
        subj_lo, subj_hi = i + 1, bj
        by_saying = next(
            (x for x in range(subj_lo, subj_hi) if normalize(toks[x].text) in _BY_SAYING and x > subj_lo),
            None,
        )
        if by_saying is not None:
            # "وعلق الحربي بقوله إن"، "وأشارت العابدين بقولها إلى أن": a manner adjunct after the
            # subject, which ends before it
            subj_hi = by_saying
        naq_source = None
        if naqala is not None and naqala < bj:
            naq_source = _naqala_source(st, i + 1, naqala)
            subj_lo = naqala + 1
            own = next(
                (x for x in range(subj_lo, subj_hi) if normalize(toks[x].text) in L.AR_OWN_WORDS), None
            )
            if own is not None:
                subj_hi = own  # "عن مسؤول قوله إن", "عن أوغلو قوله للصحفيين إن"
        if naqala is None and naq_source is None:
            cite = next(
                (
                    x
                    for x in range(
                        subj_lo, subj_hi - 2
                    )  # "وقال نقلا عن دائرة الصحة إن": right after the verb too
                    if normalize(toks[x].text) in _NAQLAN and normalize(toks[x + 1].text) == "عن"
                ),
                None,
            )
            if cite is not None:
                # "وقالت وكالة الأنباء الفرنسية نقلا عن مصدر أمني إن": the outlet reports (the source),
                # the one it cites speaks
                naq_source = _naqala_source(st, subj_lo, cite)
                subj_lo = cite + 2
                if subj_hi - 1 > subj_lo and normalize(toks[subj_hi - 1].text) in L.AR_OWN_WORDS:
                    subj_hi -= 1
        if (
            L.strip_conj(normalize(t.text)) in _TOLD
            and subj_hi - 1 > subj_lo
            and naq_source is None
            and normalize(toks[subj_hi - 1].text) in L.AR_OUTLETS
        ):
            # "وأبلغ المتحدث باسم فينيفست رويترز «...»": the outlet told, after the speaker
            naq_source = _entity_for(st, toks[subj_hi - 1].start, toks[subj_hi - 1].end, "ORG")
            subj_hi -= 1
        if L.strip_conj(normalize(t.text)) in _TOLD and subj_lo + 1 < subj_hi and naq_source is None:
            # "وأبلغ مسؤول حكومي وكالة أنباء «رويترز» بأن"، "وأبلغ مصدر أمني صحيفة «الحياة» أن": the
            # outlet told (an outlet noun after the subject, no preposition before it), then the content
            oh = next(
                (
                    x
                    for x in range(subj_lo + 1, subj_hi)
                    if toks[x].kind == "ar"
                    and normalize(toks[x].text) in L.AR_OUTLET_HEADS
                    and normalize(toks[x - 1].text) not in L.AR_PREPOSITION_STOPS
                ),
                None,
            )
            if oh is not None:
                naq_source = _naqala_source(st, oh, subj_hi)
                subj_hi = oh
        if L.strip_conj(normalize(t.text)) in _TOLD and subj_lo < subj_hi and naq_source is None:
            # "وأبلغ «الوطن» المتحدث الرسمي للوزارة أن": the outlet told, then the speaker
            mk = _marked_starting_at(st, toks[subj_lo].start, 0)
            if mk is not None and _nwords(text[mk.start : mk.end]) <= 4:
                after = bisect_right(st.starts, mk.close)
                if after < subj_hi and toks[after].kind == "ar":
                    naq_source = _entity_for(st, mk.start, mk.end, "ORG")
                    subj_lo = after
        other = _reported_other(st, subj_lo, subj_hi)
        if other is not None:
            # "وأشارت X إلى ما قاله Y في مقابلة، إن": Y's words, which X points to
            speaker = _ar_speaker(st, other, other + 1, subj_hi, "verb")
        else:
            speaker = _ar_speaker(st, i, subj_lo, subj_hi, ctype)
        told = naq_source or _ar_told_source(st, subj_lo, subj_hi) or _ar_told_before(st, i, s_start)
        if told is None and ctype == "participle":
            # "أوضح ذلك لـ«عكاظ» مصدر مسؤول ...، مفيدا أن": the verb says nothing of its own (no
            # complementizer or colon before the participle); its content is the participle's, and so
            # is the outlet it told
            s_tok = bisect_left(st.starts, s_start)
            v = next((x for x in range(i - 1, s_tok - 1, -1) if _ar_cue_type(toks[x]) == "verb"), None)
            if v is not None and not any(
                normalize(toks[x].text) in L.AR_COMPLEMENTIZERS or toks[x].text == ":"
                for x in range(v + 1, i)
            ):
                told = _ar_told_source(st, v + 1, i)
        source = told or sent_sources.get(sidx)
        if source is None:
            source = _ar_attribution_source(st, sidx, sent_sources)
        cue_span = (t.start, t.end)
        if (
            mark is not None
            and _nwords(text[mark.start : mark.end]) <= 3
            and ctype != "describe"
            and normalize(toks[bj].text) in ("ان", "بان")
        ):
            after = text[mark.close + 1 : mark.close + 8].strip()
            if after and after[0].isalpha():
                mark = None  # مؤكدا أن "البارأولمبية" تسعى ...: a name opening the reported clause
        if mark is not None and id(mark) not in used_marks and _nwords(text[mark.start : mark.end]) > 0:
            used_marks.add(id(mark))
            kind = "partial" if ctype == "describe" or normalize(t.text) in _DESCRIBING else "direct"
            # "إن «...»" right after the verb: direct; a quotation that leaves part of the clause
            # unquoted before it is partial
            found.append(_Found(mark.start, mark.end, kind, cue_span, speaker, source, sidx))
            i = bj + 1
            continue
        if ctype == "describe":
            i += 1
            continue
        # indirect: up to the clause end
        cend = _ar_clause_end(st, bj + 1, limit)
        cs, ce = _clip_content(st, cstart, cend)
        if bkind == "colon" and _list_content(st, cs, ce):
            i = bj + 1  # "ومن ضيوفه: A، B، C وغيرهم", "التخصصات التالية: X، Y، Z": a list, not words said
            continue
        if _nwords(text[cs:ce]) >= 2:
            kind = "indirect"
            inner = [m for m in st.marked if m.start >= cs and m.end <= ce + 1]
            for m in inner:
                if (m.end - m.start) >= 0.6 * (ce - cs):
                    used_marks.add(id(m))
                    cs, ce, kind = m.start, m.end, "partial"
                    break
            for m in inner:
                used_marks.add(id(m))
            found.append(_Found(cs, ce, kind, cue_span, speaker, source, sidx))
            content_end = max(content_end, ce)
        i = bj + 1
    main = list(found)
    for a in according:
        for f in main:
            if _opens_with_cue(st, a, f) and f.source is None:
                f.source = a.source or (a.speaker if _outlet_entity(st, a.speaker) else None)
    found.extend(
        a
        for a in according
        if not any(f.start <= a.cue[0] < f.end for f in main)  # type: ignore[index]
        # "وبحسب «رويترز»، فقد ذكر مكتب X أن ...": the attribution covers a speech clause with its own
        # cue and speaker; that clause is the quotation, the attribution its source
        and not any(_opens_with_cue(st, a, f) for f in main)
    )
    found.extend(
        lf for lf in _ar_learned(st, used_marks) if not any(f.start <= lf.cue[0] < f.end for f in found)
    )  # type: ignore[index]
    found.extend(_ar_unattached_marks(st, used_marks, found))
    found.extend(_ar_authored_marks(st, found))
    found.extend(_ar_postposed(st, found))
    return [f for f in found if not _saying_cue(st, f)]


_LEARNED = frozenset(normalize(w) for w in "علمت تعلم".split())


def _learned_outlet(st: _State, k: int) -> tuple[int, int, int] | None:
    """ "وعلمت «الوطن» أن"، "علمت "الاقتصادية" من مصادر مطلعة أن": a newspaper reporting what it
    learned. Returns (outlet start, outlet end, index of the complementizer), or None."""
    toks = st.toks
    t = toks[k]
    if t.kind != "ar" or L.strip_conj(normalize(t.text)) not in _LEARNED or k + 2 >= len(toks):
        return None
    m = _marked_starting_at(st, toks[k + 1].start, 0) if toks[k + 1].kind == "punct" else None
    if m is not None and 1 <= _nwords(st.text[m.start : m.end]) <= 3:
        s, e, j = m.start, m.end, bisect_right(st.starts, m.close)
    elif normalize(toks[k + 1].text) in L.AR_OUTLETS and normalize(toks[k + 1].text).startswith("ال"):
        s, e, j = toks[k + 1].start, toks[k + 1].end, k + 2  # "وعلمت الوطن أن"
    else:
        return None
    limit = min(len(toks), j + 10)
    if j < limit and normalize(toks[j].text) == "من":
        # "من مصادرها"، "من مصادر مصرفية مطلعة": the sources, their adjectives, up to أن
        j += 1
        while (
            j < limit
            and toks[j].kind == "ar"
            and normalize(toks[j].text) not in L.AR_COMPLEMENTIZERS
            and _ar_cue_type(toks[j]) is None
        ):
            j += 1
    while j < limit and toks[j].text in "،,":
        j += 1
    if j < len(toks) and normalize(toks[j].text) in L.AR_COMPLEMENTIZERS:
        return s, e, j
    return None


def _ar_learned(st: _State, used: set[int]) -> list[_Found]:
    """What a newspaper learned ("وعلمت «عكاظ» أن ..."): the clause after أن, no speaker, the
    newspaper as source."""
    toks, text = st.toks, st.text
    layer = st.doc.layer
    out: list[_Found] = []
    for k in range(len(toks)):
        hit = _learned_outlet(st, k)
        if hit is None:
            continue
        s, e, j = hit
        sidx = layer.sentence_index(toks[k].start)
        limit = bisect_right(st.starts, layer.sentences[sidx][1] - 1)
        cs, ce = _clip_content(st, toks[j].end, _ar_clause_end(st, j + 1, limit))
        if _nwords(text[cs:ce]) < 3:
            continue
        for m in st.marked:
            if cs <= m.start and m.end <= ce + 1:
                used.add(id(m))
        source = _entity_for(st, s, e, "ORG")
        out.append(_Found(cs, ce, "indirect", (toks[k].start, toks[k].end), None, source, sidx))
    return out


_BY_SAYING = frozenset(normalize(w) for w in "بقوله بقولها بقولهم بقولهما بالقول".split())


def _opens_with_cue(st: _State, a: _Found, f: _Found) -> bool:
    """The content of attribution ``a`` opens with the cue of quotation ``f`` (at most one word, such as
    قد, before it)."""
    return (
        f.cue is not None
        and a.start <= f.cue[0] < a.end
        and f.start < a.end
        and _nwords(st.text[a.start : f.cue[0]]) <= 1
    )


def _outlet_entity(st: _State, eid: str | None) -> bool:
    """An entity whose name is a news outlet's (رويترز، وكالة رويترز، «الحياة»)."""
    e = st.doc.entity(eid)
    if e is None:
        return False
    words = [normalize(w) for w in e.name.split()]
    return bool(words) and (words[-1] in L.AR_OUTLETS or " ".join(words) in L.AR_OUTLETS)


def _list_content(st: _State, cs: int, ce: int) -> bool:
    """Text after a colon that is an enumeration: items separated by commas, each of three words at most
    with no complementizer, and either five items or more (subjects, places) or three or more that are
    each one word or a name the entity layer found (one item may be neither when two are names: "A، B،
    C وغيرهم" with C half-recognized)."""
    text = st.text
    parts: list[tuple[int, int]] = []
    pos = cs
    for m in re.finditer(r"[،,]", text[cs:ce] + "،"):
        a, b = pos, cs + m.start()
        pos = cs + m.end()
        while a < b and text[a] in " .":
            a += 1
        while b > a and text[b - 1] in " .؛":
            b -= 1
        if a < b:
            parts.append((a, b))
    if len(parts) < 3:
        return False
    simple = names = 0
    for a, b in parts:
        words = _WORDS.findall(text[a:b])
        if not words or len(words) > 3 or any(normalize(w) in L.AR_COMPLEMENTIZERS for w in words):
            return False
        core = [w for w in words if normalize(w) not in _AND_OTHERS]
        named = any(ms <= a + 1 and b - 1 <= me + len(" وغيرهم") for ms, me, _e in st.mention_index)
        simple += len(core) == 1 or named
        names += named
    return len(parts) >= 5 or simple == len(parts) or (names >= 2 and simple >= len(parts) - 1)


_AND_OTHERS = frozenset(normalize(w) for w in "وغيرهم وغيرها وغيرهما".split())


_DESCRIBING = frozenset(normalize(w) for w in "واصفا واصفة واصفاً واصفين ووصفه ووصفها".split())
_FA_INNA = frozenset(normalize(w) for w in "فإن فان فإنه فانه فإنها فانها فإنهم".split())


def _ar_according(st: _State, found: list[_Found], used: set[int]) -> list[_Found]:
    """'وبحسب مصادر "سبق" فإن ...', 'ووفقا للوزارة فإن ...': the clause after فإن, attributed."""
    toks, text = st.toks, st.text
    layer = st.doc.layer
    out: list[_Found] = []
    for i, t in enumerate(toks):
        n = normalize(t.text)
        if t.kind != "ar" or (n not in L.AR_ATTRIBUTION and L.strip_conj(n) not in L.AR_ATTRIBUTION):
            continue
        if any(f.start <= t.start < f.end for f in found):
            continue
        sidx = layer.sentence_index(t.start)
        s_end = layer.sentences[sidx][1]
        limit = bisect_right(st.starts, s_end - 1)
        fa = next((k for k in range(i + 1, min(limit, i + 10)) if normalize(toks[k].text) in _FA_INNA), None)
        if fa is None:
            # a longer attribution ("ووفقا لمصادر دبلوماسية رفيعة المستوى ... تحدثت لـ«اليوم» فإن")
            fa = next(
                (
                    k
                    for k in range(i + 10, min(limit, i + 22))
                    if normalize(toks[k].text) in _FA_INNA
                    and not any(x.text in "،,؛" for x in toks[i : k - 1])
                ),
                None,
            )
        if fa is None:
            fa = _according_comma(st, i, limit)
        if fa is None:
            # "ووفقا للمصدر فقد اقتادت ...", "وبحسب المتحدث الرسمي ... فقد وقع": فقد with no comma before
            fa = next(
                (
                    k
                    for k in range(i + 2, min(limit, i + 22))
                    if normalize(toks[k].text) in _FAQAD
                    and not any(x.text in "،,؛" for x in toks[i : k - 1])
                    and toks[k - 1].text not in "،,"
                ),
                None,
            )
        if fa is None:
            continue
        cend = _ar_clause_end(st, fa + 1, limit)
        cs, ce = _clip_content(st, toks[fa].end, cend)
        if _nwords(text[cs:ce]) < 2:
            continue
        k = i + 1
        if k < fa and normalize(toks[k].text) in ("ما", "ل", "لـ"):
            k += 1
        speaker: str | None = None
        source: str | None = None
        nk = normalize(toks[k].text) if k < fa else ""
        if nk[:1] == "ل" and (nk[1:] in L.AR_ANONYMOUS or L.strip_al(nk[1:]) in _ANON_BARE):
            nk = nk[1:]  # "وفقا لمصادر دبلوماسية"
        author = _document_author(st, k, fa) if k < fa and _doc_noun(toks[k]) else None
        if author is not None:
            speaker = author  # "وفقا لتقرير شركة YouGov"، "بحسب دراسة أجرتها جامعة أكسفورد"
        elif k < fa and (nk in L.AR_ANONYMOUS or L.strip_al(nk) in _ANON_BARE):
            for m in st.marked:
                if toks[k].end <= m.open and m.close <= toks[fa].start:
                    used.add(id(m))
                    source = _entity_for(st, m.start, m.end, "ORG")
                    break
        elif k < fa:
            source = _source_from(st, k, fa)
            if source is None:
                ents = _entities_in(st, toks[k].start, toks[fa - 1].end)
                n_k = normalize(toks[k].text)
                issued = next(
                    (
                        x
                        for x in range(k + 1, fa - 1)
                        if normalize(toks[x].text) in _ISSUED and normalize(toks[x + 1].text) in ("عن", "من")
                    ),
                    None,
                )
                if (
                    issued is not None
                    and (sp := _ar_speaker_inner(st, i, issued + 2, fa, "verb", strict=False)).known
                ):
                    # "ووفقا للبيانات الصادرة عن المطار؛ فقد": the body that issued them
                    speaker = sp.entity
                elif (
                    L.strip_al(n_k) in _TITLE_BARE
                    and (sp := _ar_speaker_inner(st, i, k, fa, "verb", strict=False)).known
                ):
                    # "وبحسب المتحدث الرسمي لهيئة الهلال الأحمر ... محمد الجعيثن فقد": the
                    # person closing the title, not the body inside it
                    speaker = sp.entity
                else:
                    run = _ar_name_run(st, k, fa)
                    if (
                        run is not None
                        and run[0] == k
                        and _plausible_run(st, run)
                        and (not ents or ents[0][0] > toks[k].start)
                    ):
                        # "وبحسب ديفيد امساليم وهو متحدث باسم حزب الليكود فإن": the person first
                        speaker = _entity_for(st, toks[run[0]].start, toks[run[1] - 1].end, "PERSON")
                    else:
                        speaker = ents[0][2] if ents else _ar_according_speaker(st, k, fa)
        for m in st.marked:
            if cs <= m.start and m.end <= ce + 1:
                used.add(id(m))
        out.append(_Found(cs, ce, "indirect", (t.start, t.end), speaker, source, sidx))
    return out


_FAQAD = frozenset({normalize("فقد")})
# "أقر بأن" (admitted that) is speech only before a content clause; "أقر المجلس الميزانية" approves
_ADMITTED = frozenset(normalize(w) for w in "أقر أقرت أقروا يقر تقر أقرا".split())
_WROTE = frozenset(normalize(w) for w in "كتب كتبت يكتب تكتب غرد غردت يغرد تغرد".split())


def _according_comma(st: _State, i: int, limit: int) -> int | None:
    """ "ووفقاً لصحيفة «آس» الإسبانية، تم الاتفاق ...", "وبحسب «رويترز»، فقد أظهر مسح ...": a sentence
    opening with an attribution to an outlet, a source or a named body, then a comma; returns the token
    the content follows (the comma, or فقد after it)."""
    toks = st.toks
    s0 = st.doc.layer.sentences[st.doc.layer.sentence_index(toks[i].start)][0]
    if toks[i].start != s0:
        return None
    comma = next((k for k in range(i + 2, min(limit, i + 9)) if toks[k].text in "،,"), None)
    if comma is None or comma + 3 >= limit:
        return None
    if any(_ar_cue_type(toks[x]) in ("verb", "participle") for x in range(i + 2, comma)):
        # "وبحسب «رويترز» قال X، المحلل في ...: «...»": the attribution gives the outlet of the speech
        # verb after it, and the comma closes that verb's subject (an apposition follows), no content
        return None
    k = i + 1
    if normalize(toks[k].text) in ("ما", "ل", "لـ"):
        k += 1
    nk = normalize(toks[k].text)
    named = (
        _source_from(st, k, comma) is not None
        or nk in L.AR_ANONYMOUS
        or L.strip_al(nk) in _ANON_BARE
        or any(
            _etype(st, e[2]) in ("ORG", "PERSON")
            for e in _entities_in(st, toks[k].start, toks[comma - 1].end)
        )
    )
    if not named:
        return None
    if normalize(toks[comma + 1].text) in _FAQAD:
        return comma + 1
    return comma


def _comp_before_punct(st: _State, lo: int, hi: int) -> bool:
    k = lo
    while k < hi:
        t = st.toks[k]
        if t.kind == "punct" and t.text in '«"“' and k > lo:
            m = _marked_starting_at(st, t.start, 0)
            if m is not None and _nwords(st.text[m.start : m.end]) <= 3:
                # "وبين العمري لـ«الاقتصادية» أن": a quoted outlet name, not the content
                k = bisect_right(st.starts, m.close)
                continue
        if t.kind == "punct" and t.text not in "ـ":
            return False
        if normalize(t.text) in L.AR_COMPLEMENTIZERS:
            return True
        k += 1
    return False


def _own_words_quote(st: _State, lo: int, hi: int) -> bool:
    """ "عن ديتر هيكينج المدير الفني قوله «...»": قوله then a quotation mark before other punctuation
    than the commas and brackets of an apposition ("عن X، وهو أحد الباحثين ...، قوله “...”")."""
    for k in range(lo, hi - 1):
        t = st.toks[k]
        if t.kind == "punct" and t.text not in "ـ،,()":
            return False
        if normalize(t.text) in L.AR_OWN_WORDS and st.toks[k + 1].text in '«"“:':
            return True
    return False


def _cites_sacred(st: _State, bj: int, bkind: str, limit: int) -> bool:
    """The content after the colon opens with a speech verb whose subject is God or the Prophet: a
    narrator's chain ("روى X عن أبيه قال: قال رسول الله ﷺ: ..."), scripture cited, not news."""
    toks = st.toks
    k = bj + 1
    if bkind != "colon" or k + 1 >= limit or _ar_cue_type(toks[k]) != "verb":
        return False
    return _sacred_subject(st, k + 1, limit)


def _sacred_subject(st: _State, lo: int, hi: int) -> bool:
    """Whether the words after the verb name God or the Prophet: "تعالى", "الله عز وجل", "رسول الله"."""
    toks = st.toks
    words = [normalize(toks[k].text) for k in range(lo, min(hi, lo + 4)) if toks[k].kind != "punct"]
    if not words:
        return False
    if words[0] in L.AR_SACRED or L.strip_conj(words[0]) in L.AR_SACRED:
        return words[0] != normalize("الله") or len(words) > 1 and words[1] in L.AR_SACRED
    return words[0] == normalize("رسول") and len(words) > 1 and words[1] == normalize("الله")


def _ar_clause_end(st: _State, j: int, limit: int) -> int:
    toks = st.toks
    end = toks[limit - 1].end if limit > 0 else len(st.text)
    k = j
    while k < limit:
        t = toks[k]
        if t.kind == "punct" and t.text in "،," and k + 1 < limit:
            nt = toks[k + 1]
            ct = _ar_cue_type(nt)
            nn = normalize(nt.text)
            if ct in ("participle", "verb") or nn in L.AR_ATTRIBUTION or L.strip_conj(nn) in L.AR_ATTRIBUTION:
                return t.start
            if (
                nn in _CONCESSIVE
                and k + 2 < limit
                and normalize(toks[k + 2].text) in L.AR_COMPLEMENTIZERS
                and normalize(toks[k + 2].text) not in _THIRD_PERSON_THAT
            ):
                return t.start  # "...، غير أن مصادر أخرى شككت": the writer's "but", not the content
            if (
                nn in ("كما", "فيما", "بينما", "في")
                and k + 2 < limit
                and _ar_cue_type(toks[k + 2]) in ("verb", "weak")
            ):
                return t.start
        if t.kind == "punct" and t.text in "؛;":
            return t.start
        if (
            t.kind == "ar"
            and k > j
            and (normalize(t.text) in _WHILE or L.strip_conj(normalize(t.text)) in _WHILE)
            and any(_ar_cue_type(toks[x]) == "verb" for x in range(k + 1, min(limit, k + 4)))
        ):
            # "... يمكن الاعتماد عليه فيما الربيش يقول: إن ...", "... بينما قال X إن": a contrast
            # opening another one's report ends this content
            return toks[k - 1].end
        if k > j and _learned_outlet(st, k) is not None:
            return toks[k - 1].end  # "...، وعلمت «الوطن» أن ...": the outlet's own report starts
        if t.kind == "ar" and k > j and _ar_cue_type(t) == "verb" and t.text[:1] in "وف":
            # "... وأضاف أن ..." a new report starts
            return toks[k - 1].end if k > j else t.start
        if (
            t.kind == "ar"
            and k > j
            and normalize(t.text) in _BUT
            and k + 1 < limit
            and _ar_cue_type(toks[k + 1]) == "verb"
        ):
            return toks[k - 1].end  # "... ولكن حذرت من أنه ...": a second report by the same speaker
        if t.kind == "ar" and normalize(t.text) in ("كما", "حسب", "بحسب") and k + 1 < limit:
            nn = normalize(toks[k + 1].text)
            if nn in L.AR_OWN_WORDS or _ar_cue_type(toks[k + 1]) in ("verb",):
                return toks[k - 1].end if k > j else t.start
        k += 1
    return end


_BUT = frozenset(normalize(w) for w in "لكن ولكن لكنه ولكنه لكنها ولكنها ثم".split())
# verbs of seeming that take their own «أن» clause (the writer's inference, no one's words)
_SEEMS = frozenset(normalize(w) for w in "يبدو يبدوا بدا يتضح اتضح يظهر ويبدو".split())
_WHILE = frozenset(normalize(w) for w in "فيما بينما حيث".split())


_PROVERB_HEADS = frozenset(
    L.strip_al(normalize(w)) for w in "مثل المثل أغنية الأغنية أغنيه نشيد النشيد أهزوجة الأهزوجة".split()
)


def _saying_cue(st: _State, f: _Found) -> bool:
    """The cue's subject is a proverb or a song («...» كما تقول أغنية X، وكما يقول المثل: «...»): a
    saying used by the writer, not a news quotation."""
    if f.cue is None:
        return False
    k = bisect_left(st.starts, f.cue[0])
    if k >= len(st.toks) or st.toks[k].start != f.cue[0] or _ar_cue_type(st.toks[k]) is None:
        return False
    if k + 1 >= len(st.toks) or st.toks[k + 1].kind != "ar":
        return False
    return L.strip_al(L.strip_conj(normalize(st.toks[k + 1].text))) in _PROVERB_HEADS


_SAYING_NOUNS = frozenset(
    normalize(w)
    for w in "الكلمات الكلمة العبارة العبارات الجملة الجمل الأبيات البيت المقولة المقولات الحكمة الأقوال "
    "كلمات كلمة عبارة جملة أبيات بيت مقولة حكمة قول".split()
)
_DEMONSTRATIVES = frozenset(normalize(w) for w in "هذه هذا تلك ذلك".split())
_AUTHORED = frozenset(
    normalize(w) for w in "قالها قاله كتبها كتبه أنشدها أنشده رددها ردده سطرها سطره نظمها نظمه".split()
)


def _ar_authored_marks(st: _State, found: list[_Found]) -> list[_Found]:
    """A quoted line whose author is named through a noun of saying: after it ("«...»، هذه الكلمات قالها
    الشاعر X"), or before it ("هناك جملة بليغة لبرنارد شو ...: «...»"): a direct quotation of the author
    (a poet, a writer), who is a person the entity layer found."""
    toks, text = st.toks, st.text
    out: list[_Found] = []
    covered = [(f.start, f.end) for f in found]
    layer = st.doc.layer
    for m in st.marked:
        if _nwords(text[m.start : m.end]) < 3 or any(cs < m.end and m.start < ce for cs, ce in covered):
            continue
        sidx = layer.sentence_index(m.start)
        speaker = None
        # after: "، هذه الكلمات قالها الشاعر X"
        k = bisect_right(st.starts, m.close)
        while k < len(toks) and toks[k].kind == "punct" and toks[k].text in "،,":
            k += 1
        if (
            k + 3 < len(toks)
            and normalize(toks[k].text) in _DEMONSTRATIVES
            and normalize(toks[k + 1].text) in _SAYING_NOUNS
            and normalize(toks[k + 2].text) in _AUTHORED
        ):
            v = k + 2
            hi = v + 1
            while hi < min(len(toks), v + 8) and toks[hi].kind == "ar" and not _is_prep_tok(toks[hi]):
                hi += 1
            speaker = _person_in(st, toks[v + 1].start, toks[hi - 1].end)
        if speaker is None:
            # before: a noun of saying with "لـ + person", then a colon right before the mark
            o = bisect_left(st.starts, m.open) - 1
            if o >= 0 and toks[o].text in ":":
                s0 = bisect_left(st.starts, layer.sentences[sidx][0])
                for p in range(max(s0, o - 14), o):
                    if normalize(toks[p].text) not in _SAYING_NOUNS:
                        continue
                    for q in range(p + 1, min(o, p + 5)):
                        tq = toks[q]
                        if tq.kind == "ar" and tq.text[:1] == "ل" and len(tq.text) > 2:
                            speaker = _person_in(st, tq.start + 1, tq.end)
                            if speaker is not None:
                                break
                    if speaker is not None:
                        break
        if speaker is not None:
            out.append(_Found(m.start, m.end, "direct", None, speaker, None, sidx))
            covered.append((m.start, m.end))
    return out


def _is_prep_tok(t: Token) -> bool:
    return normalize(t.text) in L.AR_PREPOSITION_STOPS


def _person_in(st: _State, lo: int, hi: int) -> str | None:
    """The first PERSON the entity layer found starting in [lo, hi)."""
    for ms, _me, eid in st.mention_index:
        if lo <= ms < hi and eid in st.ner_ids and _etype(st, eid) == "PERSON":
            return eid
    return None


def _ar_unattached_marks(st: _State, used: set[int], found: list[_Found]) -> list[_Found]:
    """Quotations with no cue before them: partial after a description, postposed cue, continuation."""
    text, toks = st.text, st.toks
    out: list[_Found] = []
    layer = st.doc.layer
    covered = [(f.start, f.end) for f in found]
    for m in st.marked:
        if id(m) in used:
            continue
        if any(cs <= m.start and m.end <= ce + 1 for cs, ce in covered):
            continue
        nw = _nwords(text[m.start : m.end])
        if nw == 0:
            continue
        if m.cont:
            # a paragraph opening inside the quotation the paragraph before opened: its speaker's words
            pq = max(
                (f for f in found + out if f.end <= m.open and m.open - f.end <= 4),
                key=lambda f: f.end,
                default=None,
            )
            if pq is not None and pq.kind == "direct":
                sidx = layer.sentence_index(m.start)
                out.append(_Found(m.start, m.end, "direct", None, pq.speaker, pq.source, sidx))
            continue
        ti = _tok_at(st, m.open)
        prev = [t for t in toks[max(0, ti - 4) : ti] if t.kind != "punct" or t.text in ":"]
        prev_n = [normalize(t.text) for t in prev]
        # a title or name cue just before: not a quotation
        if prev_n and (prev_n[-1] in L.AR_TITLE_CUES or L.strip_conj(prev_n[-1]) in L.AR_TITLE_CUES):
            continue
        sidx = layer.sentence_index(m.start)
        partial = _ar_partial_cue(st, ti)
        if partial is not None:
            cue_tok, sp = partial
            pn = normalize(toks[ti - 1].text) if ti > 0 else ""
            if pn in _THAT and _name_opens_clause(st, ti):
                # 'ويعتقد العلماء أن "كبلر-452 بي" كوكب صخري'، 'هو أن "الحكومات" أصبح': a quoted name or
                # term opening the clause, no quotation; with a speaker ('أظهر الترتيب أن "الاتصالات
                # السعودية" حلت'), the clause it opens is what was reported
                if sp is None and not (ti > 1 and _doc_noun(toks[ti - 2])):
                    continue  # no speaker and no document before أن ("وأظهرت البيانات أن")
                limit = bisect_right(st.starts, layer.sentences[sidx][1] - 1)
                cs, ce = _clip_content(st, m.open, _ar_clause_end(st, ti + 1, limit))
                out.append(_Found(cs, ce, "indirect", (cue_tok.start, cue_tok.end), sp, None, sidx))
                continue
            out.append(_Found(m.start, m.end, "partial", (cue_tok.start, cue_tok.end), sp, None, sidx))
            continue
        if nw <= 3:
            # a quoted name or a scare quote, unless a speech verb follows right after it and opens
            # its clause: "«لن نستسلم أبدا»، قال الوزير ..."
            ai = bisect_right(st.starts, m.close)
            if ai < len(toks) and toks[ai].text in "،,":
                ai += 1
            opens = ti == 0 or toks[ti].start == layer.sentences[sidx][0] or toks[ti - 1].text in ".:؛\n"
            if not (
                nw >= 2
                and opens
                and ai + 1 < len(toks)
                and _ar_cue_type(toks[ai]) == "verb"
                and toks[ai + 1].kind == "ar"
            ):
                continue
        # postposed cue: «...»، قال X  /  «...» كما قال
        after = toks[bisect_right(st.starts, m.close) : bisect_right(st.starts, m.close) + 4]
        these = _these_words_verb(st, bisect_right(st.starts, m.close))
        if these is not None:
            # "«...»، بهذه الكلمات اختتم محافظ عدن نايف البكري حديثه": the speaker named after it
            s_end = layer.sentences[layer.sentence_index(toks[these].start)][1]
            hi = min(bisect_right(st.starts, s_end - 1), these + 14)
            sp = _ar_speaker(st, these, these + 1, hi, "verb")
            out.append(_Found(m.start, m.end, "direct", (toks[these].start, toks[these].end), sp, None, sidx))
            continue
        cue = next((t for t in after if _ar_cue_type(t) in ("verb", "weak")), None)
        if cue is not None:
            ci = toks.index(cue)
            if ci + 1 < len(toks) and toks[ci + 1].text in ':«"“':
                cue = None  # "كما قال: «...»": the verb introduces the next quotation
        if cue is not None:
            s_end = layer.sentences[layer.sentence_index(cue.start)][1]
            hi = min(bisect_right(st.starts, s_end - 1), ci + 12)
            sp = _ar_speaker(st, ci, ci + 1, hi, "verb")
            out.append(_Found(m.start, m.end, "direct", (cue.start, cue.end), sp, None, sidx))
            continue
        # continuation of the previous quotation in the same or the next sentence
        prev_q = [f for f in found + out if f.end <= m.open and sidx - f.sentence <= 1]
        opens_clause = ti == 0 or toks[ti - 1].kind == "punct" or toks[ti].start == layer.sentences[sidx][0]
        if prev_q and nw >= 4 and opens_clause:
            pq = max(prev_q, key=lambda f: f.end)
            out.append(_Found(m.start, m.end, "direct", None, pq.speaker, pq.source, sidx))
            continue
    return out


_THESE = frozenset(normalize(w) for w in "الكلمات الكلمة العبارة العبارات الجملة الجمل".split())
_THIS_WHAT = frozenset(normalize(w) for w in "هذا وهذا هذه وهذه ذلك وذلك".split())
_SAID_IT = frozenset(
    normalize(w)
    for w in "قاله قالته أكده أكدته اكده ذكره ذكرته أوضحه أوضحته كشفه كشفته أعلنه أعلنته صرح صرحت".split()
)


def _these_words_verb(st: _State, k: int) -> int | None:
    """After a quotation: "، بهذه الكلمات اختتم ..." / "، هكذا علق ...": the index of the verb."""
    toks = st.toks
    while k < len(toks) and toks[k].kind == "punct" and toks[k].text in "،,.-–—":
        k += 1
    if (
        k + 1 < len(toks)
        and normalize(toks[k].text) in ("بهذه", "وبهذه")
        and normalize(toks[k + 1].text) in _THESE
    ):
        k += 2
    elif k < len(toks) and normalize(toks[k].text) in ("هكذا", "بهكذا"):
        k += 1
    elif (
        k + 2 < len(toks)
        and normalize(toks[k].text) in _THIS_WHAT
        and normalize(toks[k + 1].text) == "ما"
        and normalize(toks[k + 2].text) in _SAID_IT
    ):
        return k + 2  # "«...»، هذا ما قاله موتا بعد المباراة": the verb, its subject after it
    else:
        return None
    if k < len(toks) and toks[k].kind == "ar" and not normalize(toks[k].text).startswith("ال"):
        return k
    return None


_ALA = normalize("على")
_QAILAN = frozenset(normalize(w) for w in "قائلا قائلة قائلاً قائلين بقوله بقولها".split())
_DESCRIBE_TAIL = frozenset(
    normalize(w) for w in "بأنه بأنها بأنهم بأنهما أنه أنها بأن أن بوصفه بوصفها على".split()
)


def _ar_partial_cue(st: _State, ti: int) -> tuple[Token, str | None] | None:
    """A short quotation after "وصفه بأنه", "اعتبره", "وصف ... بـ", "مع التأكيد على": (cue, speaker)."""
    toks = st.toks
    window = [k for k in range(max(0, ti - 8), ti) if toks[k].kind != "punct"]
    if not window:
        return None
    last = toks[window[-1]]
    ln = normalize(last.text)
    attached_b = last.end == toks[ti].start and ln in ("ب", "بـ")
    verb_k = None
    for k in reversed(window):
        ct = _ar_cue_type(toks[k])
        if ct in ("describe", "verb"):
            verb_k = k
            break
    if attached_b and _content_follows(st, ti):
        # 'وذكرت مديرة إدارة التوعية ب"تعليم الرياض" أن ...': a body's quoted name inside the subject;
        # the verb's content clause follows it
        attached_b = False
    tail_ok = ln in _DESCRIBE_TAIL or attached_b
    if ln == _ALA and not (
        len(window) > 1 and normalize(toks[window[-2]].text) in ("التاكيد", "تاكيد", "تاكيده")
    ):
        tail_ok = False
    describe_direct = verb_k is not None and verb_k == window[-1] and _ar_cue_type(toks[verb_k]) == "describe"
    if not (tail_ok or describe_direct):
        return None
    if ln == _ALA:
        return last, (st.last_speaker if st.last_speaker_set else None)
    if verb_k is None:
        return last, (st.last_speaker if st.last_speaker_set else None)
    vt = toks[verb_k]
    if normalize(vt.text) == "وصف" and verb_k > 0 and toks[verb_k - 1].kind == "ar":
        # the verbal noun "إلى حد وصف": its agent is the sentence's subject before it
        s0 = st.doc.layer.sentences[st.doc.layer.sentence_index(vt.start)][0]
        ents = _entities_in(st, s0, vt.start)
        if ents:
            return vt, ents[-1][2]
        return vt, (st.last_speaker if st.last_speaker_set else None)
    return vt, _ar_speaker(st, verb_k, verb_k + 1, window[-1] if tail_ok else ti, "verb")


_CONCESSIVE = frozenset(normalize(w) for w in "إلا الا غير بيد علما علماً".split())
# "إلا أنه / غير أنها": the same speaker usually goes on ("but he said"), so the clause stays his
_THIRD_PERSON_THAT = frozenset(normalize(w) for w in "أنه أنها أنهم أنهما إنه إنها".split())
_THAT = frozenset(normalize(w) for w in "أن بأن".split())


def _name_opens_clause(st: _State, ti: int) -> bool:
    """The short quotation at token ti (at most three words) is followed by more of its clause (a word,
    not punctuation): 'أن "الحكومات" أصبح من الصعب'، 'أن «البارأولمبية» تسعى'."""
    m = _marked_starting_at(st, st.toks[ti].start, 0)
    if m is None or _nwords(st.text[m.start : m.end]) > 3:
        return False
    after = st.text[m.close + 1 : m.close + 12].lstrip(" ")
    return bool(after) and after[0].isalpha()


def _content_follows(st: _State, ti: int) -> bool:
    """The short quotation at token ti (at most three words) is followed right away by a complementizer:
    the content clause of the verb comes after it."""
    m = _marked_starting_at(st, st.toks[ti].start, 0)
    if m is None or _nwords(st.text[m.start : m.end]) > 3:
        return False
    ai = bisect_right(st.starts, m.close)
    return ai < len(st.toks) and normalize(st.toks[ai].text) in L.AR_COMPLEMENTIZERS


def _ar_postposed(st: _State, found: list[_Found]) -> list[_Found]:
    """'... كما أكد.' / '...، بحسب قوله.': the clause before the cue is the previous speaker's."""
    toks, text = st.toks, st.text
    out: list[_Found] = []
    layer = st.doc.layer
    for k, t in enumerate(toks):
        n = normalize(t.text)
        late = _late_attribution(st, k, found)
        if late is not None:
            out.append(late)
            continue
        that = _attributed_by_that(st, k, found + out)
        if that is not None:
            out.append(that)
            continue
        as_said = _as_said_by(st, k, found + out)
        if as_said is not None:
            out.append(as_said)
            continue
        if n not in ("كما", "حسب", "بحسب") or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1]
        if not (normalize(nxt.text) in L.AR_OWN_WORDS or (n == "كما" and _ar_cue_type(nxt) == "verb")):
            continue
        # the verb must end the clause: "كما قال." / "كما أكد،"
        after = toks[k + 2] if k + 2 < len(toks) else None
        if n == "كما" and after is not None and not (after.kind == "punct"):
            continue
        sidx = layer.sentence_index(t.start)
        s_start, _ = layer.sentences[sidx]
        start = s_start
        for f in found:
            if s_start <= f.end <= t.start:
                start = max(start, f.end + 1)
        cs, ce = _clip_content(st, start, t.start)
        # skip a leading participle / conjunction: "مشيرا إلى ضرورة ..."
        if any(f.start < ce and cs < f.end for f in found):
            continue
        if _nwords(text[cs:ce]) < 3:
            continue
        speaker = st.last_speaker if st.last_speaker_set else None
        prev = [f for f in found if f.end <= t.start]
        if prev:
            speaker = max(prev, key=lambda f: f.end).speaker
        out.append(_Found(cs, ce, "indirect", (nxt.start, nxt.end), speaker, None, sidx))
    return out


_HADD = normalize("حد")
_QAWL_NOUNS = frozenset(normalize(w) for w in "قول تعبير وصف".split())


def _as_said_by(st: _State, k: int, found: list[_Found]) -> _Found | None:
    """ "... يزيد قيمة العقار بنسبة 40 في المائة على حد قول غوميز." / "...، على حد تعبير الوزير X.": «على
    حد قول» + a named speaker closing the sentence; the clause before it (from the sentence start, or
    from the end of a quotation found earlier in the sentence) is that speaker's, an indirect
    quotation. Not «على حد قوله» (a pronoun: another rule's) and not when no name follows."""
    toks, text = st.toks, st.text
    t = toks[k]
    if t.kind != "ar" or normalize(t.text) != _ALA or k + 3 >= len(toks):
        return None
    if normalize(toks[k + 1].text) != _HADD or normalize(toks[k + 2].text) not in _QAWL_NOUNS:
        return None
    layer = st.doc.layer
    sidx = layer.sentence_index(t.start)
    s_start, s_end = layer.sentences[sidx]
    limit = bisect_right(st.starts, s_end - 1)
    hi = k + 3
    while hi < limit and hi < k + 15 and toks[hi].text not in ".،,؛;!?؟":
        if hi > k + 3 and normalize(toks[hi].text) in _RELATIVES:
            break
        hi += 1
    if hi < limit and toks[hi].text not in ".!?؟" and normalize(toks[hi].text) not in _RELATIVES:
        if toks[hi].text not in "،," or hi + 1 >= limit or normalize(toks[hi + 1].text) not in _RELATIVES:
            return None  # the attribution must close the sentence (or end before a relative clause)
    start = s_start
    for f in found:
        if s_start <= f.end <= t.start:
            start = max(start, f.end + 1)
    cs, ce = _clip_content(st, start, t.start)
    if _nwords(text[cs:ce]) < 4 or any(f.start < ce and cs < f.end for f in found):
        return None
    sp = _ar_speaker_inner(st, k + 2, k + 3, hi, "verb", strict=False)
    if not sp.known or sp.entity is None:
        return None
    return _Found(cs, ce, "indirect", (t.start, toks[k + 2].end), sp.entity, None, sidx)


_THAT_DEM = frozenset(normalize(w) for w in "ذلك ذالك".split())


def _attributed_by_that(st: _State, k: int, found: list[_Found]) -> _Found | None:
    """ "...، أوضح ذلك مدير الإدارة المهندس X." / "... . ذكر ذلك رئيس النادي X، الذي أكد أن": a speech
    verb with «ذلك» as its object, opening its sentence or the clause after a comma, and a named
    subject after it: the clause before it (after a comma) or the sentence before it (in the same
    paragraph) is that subject's, an indirect quotation; not when the verb has content of its own."""
    toks, text = st.toks, st.text
    t = toks[k]
    if _ar_cue_type(t) != "verb" or k + 2 >= len(toks) or normalize(toks[k + 1].text) not in _THAT_DEM:
        return None
    if any(f.cue is not None and f.cue[0] == t.start for f in found):
        return None  # "أوضح ذلك X بقوله: أن ...": the verb reports what follows it
    layer = st.doc.layer
    sidx = layer.sentence_index(t.start)
    s_start, s_end = layer.sentences[sidx]
    first = bisect_left(st.starts, s_start)
    if k > first and toks[k - 1].text in "،,":
        cs, ce = s_start, toks[k - 1].start
    elif k == first and sidx > 0:
        p0, p1 = layer.sentences[sidx - 1]
        if "\n" in text[p1:s_start]:
            return None  # another paragraph's sentence
        cs, ce = p0, p1
    else:
        return None
    cs, ce = _clip_content(st, cs, ce)
    if _nwords(text[cs:ce]) < 4 or any(f.start < ce and cs < f.end for f in found):
        return None
    limit = bisect_right(st.starts, s_end - 1)
    hi = next(
        (
            x
            for x in range(k + 2, min(limit, k + 20))
            if toks[x].kind == "punct" or normalize(toks[x].text) in _RELATIVES
        ),
        min(limit, k + 20),
    )
    sp = _ar_speaker_inner(st, k, k + 2, hi, "verb", strict=False)
    if not sp.known or sp.entity is None:
        return None
    return _Found(cs, ce, "indirect", (t.start, toks[k + 1].end), sp.entity, None, layer.sentence_index(cs))


def _zero_subject_after(t: Token) -> bool:
    """A word that cannot open the subject after a verb of reporting: a preposition or دون / بدون."""
    n = normalize(t.text)
    return t.kind == "ar" and (n in L.AR_PREPOSITION_STOPS or n in ("دون", "بدون", "من", "ان"))


_FUSED_ATTRIBUTION = frozenset(normalize(w) for w in "حسبما بحسبما وفقما".split())


def _late_attribution(st: _State, k: int, found: list[_Found]) -> _Found | None:
    """ "...، وفقا لما ذكرته تقارير صحفية اليوم الأحد." / "...، بحسب وكالة رويترز.": an attribution
    closing its sentence; the clause before the comma is what was reported."""
    toks, text = st.toks, st.text
    t = toks[k]
    n = normalize(t.text)
    fused = L.strip_conj(n) in _FUSED_ATTRIBUTION and k + 1 < len(toks) and _report_verb(toks[k + 1])
    if t.kind != "ar" or (
        n not in L.AR_ATTRIBUTION and L.strip_conj(n) not in L.AR_ATTRIBUTION and not fused
    ):
        return None
    relative = k + 2 < len(toks) and normalize(toks[k + 1].text) in ("ما", "لما")
    relative = (relative and _report_verb(toks[k + 2])) or fused  # "حسبما أفاد X" written as one word
    spoken = k + 2 < len(toks) and normalize(toks[k + 1].text) in _SPEECH_NOUNS
    relative = relative or spoken  # "حسب تأكيدات الإداري X", "وفق تصريحات الوزير X"
    if k == 0 or (toks[k - 1].text not in ("،", ",", "ــ", "ـ", "-", "–", "—") and not relative):
        # "وفقا لما ذكره الناتو" / "حسب ما أكده X" is an attribution even without a comma before it
        return None
    layer = st.doc.layer
    sidx = layer.sentence_index(t.start)
    s_start, s_end = layer.sentences[sidx]
    end = k + 1
    while end < len(toks) and toks[end].start < s_end and toks[end].text not in ".،,؛;!?؟":
        if relative and end > k + 3 and normalize(toks[end].text) in _RELATIVES:
            break  # "حسب تأكيدات الإداري X الذي وصف": the speaker's relative clause
        m = _marked_starting_at(st, toks[end].start, 0) if toks[end].kind == "punct" else None
        if m is not None and _nwords(text[m.start : m.end]) <= 3:
            end = bisect_right(st.starts, m.close)  # "لـ«اليوم»": an outlet's quoted name
            continue
        end += 1
    closes = end >= len(toks) or toks[end].start >= s_end or toks[end].text in ".!?؟"
    closes = closes or (relative and normalize(toks[end].text) in _RELATIVES)
    if not closes and relative and toks[end].text in "،," and end + 1 < len(toks):
        # "...، حسب ما أكده لـ«اليوم» مدير الشؤون الصحية X، الذي أشار إلى": a relative or a new
        # speech clause after the attribution
        nxt = toks[end + 1]
        closes = normalize(nxt.text) in _RELATIVES or (nxt.text[:1] == "و" and _ar_cue_type(nxt) == "verb")
    document = k + 1 < len(toks) and _doc_noun(toks[k + 1])
    if end - k > (14 if relative or document else 9) or not closes:
        return None  # the attribution must close the sentence
    a = k + 2 if spoken else k + 1
    while a < end and normalize(toks[a].text) in ("ل", "لـ", "ما", "لما", "عن"):
        a += 1
    if a < end and (normalize(toks[a].text) in L.AR_REPORT_VERBS or (relative and _report_verb(toks[a]))):
        a += 1
    told = None
    if relative and a < end and normalize(toks[a].text) in ("ل", "لـ", "لــ") and a + 1 < end:
        mk = _marked_starting_at(st, toks[a + 1].start, 0)
        if mk is not None:
            # "حسب ما أكده لـ«اليوم» مدير ...": the outlet told, then the speaker
            told = _entity_for(st, mk.start, mk.end, "ORG")
            a = bisect_right(st.starts, mk.close)
    if any(_ar_cue_type(toks[x]) == "verb" for x in range(a, end)):
        return None  # "X حسبما نشرت الصحيفة أمس أوضح أن": a speech clause follows, nothing closes
    if any(
        normalize(toks[x].text) in _FA_INNA or normalize(toks[x].text) in _FAQAD for x in range(k + 1, end)
    ):
        return None  # "...، وبحسب التقرير فإنه يعد نموا قويا": the attribution opens what follows it
    zero = relative and a < end and _zero_subject_after(toks[a])
    if a >= end or zero:
        if not (fused or zero) or any(s_start <= f.end <= t.start for f in found):
            return None
        # "تعاقد النادي مع X ...، حسبما أعلن." / "حسبما أعلن دون أن يكشف": a zero subject is the
        # subject of the sentence's opening verb
        probe = _first_verb_subject(st, sidx, k, "verb")
        if probe is None or probe.entity is None:
            return None
        cs, ce = _clip_content(
            st, s_start, toks[k - 1].end if toks[k - 1].kind != "punct" else toks[k - 1].start
        )
        if _nwords(text[cs:ce]) < 4 or any(f.start < ce and cs < f.end for f in found):
            return None
        return _Found(cs, ce, "indirect", (t.start, t.end), probe.entity, None, sidx)
    if any(s_start <= f.end <= t.start for f in found):
        return None  # the attribution of a quotation found earlier in the sentence
    cs, ce = _clip_content(st, s_start, toks[k - 1].start)
    if _nwords(text[cs:ce]) < 4 or any(f.start < ce and cs < f.end for f in found):
        return None
    na = normalize(toks[a].text)
    nab = na[1:] if na[:1] == "ل" and not na.startswith("ال") else na
    speaker: str | None = None
    source: str | None = None
    if document and a == k + 1 and nab not in _DATA_NOUNS and not _marked_starting_at(st, toks[a].end, 2):
        # "...، وفقا للنشرة الإحصائية الشهرية لمؤسسة النقد": the body the document comes from speaks;
        # a document with no author named is anonymous
        speaker = _document_author(st, a, end)
        if speaker is not None and speaker not in st.ner_ids:
            _cut_before_acronym(st, speaker)  # "مؤسسة النقد العربي السعودي «ساما» لشهر يونيو"
        if speaker is None and a + 1 < end:
            source = _source_from(st, a + 1, end)
    elif nab in L.AR_ANONYMOUS or L.strip_al(nab) in _ANON_BARE or nab in _DATA_NOUNS:
        # "تقارير صحفية", "مصادر مطلعة", "بيانات وكالة «رويترز»"
        named = [
            x
            for x in _entities_in(st, toks[a].start, toks[end - 1].end)
            if _etype(st, x[2]) == "PERSON" and x[2] in st.ner_ids
        ]
        if named and nab not in _DATA_NOUNS and not _name_in_modifier(st, a, named[0][0]):
            speaker = named[0][2]  # "بحسب الخبير الاقتصادي X": the description's name, not anonymous
        elif a + 1 < end:
            source = _source_from(st, a + 1, end)
    else:
        source = _source_from(st, a, end)
        qn = _marked_starting_at(st, toks[a].start, 0) if toks[a].kind == "punct" else None
        if source is None and qn is not None and relative and 1 <= _nwords(text[qn.start : qn.end]) <= 4:
            # "بحسب ما ذكرت "ذي دايلي مايل"": a quoted name after the verb of reporting is the outlet
            source = _entity_for(st, qn.start, qn.end, "ORG")
        if source is None:
            ents = _entities_in(st, toks[a].start, toks[end - 1].end)
            org_head = na.startswith("ال") and (na in L.AR_ORG_HEADS or L.strip_al(na) in _ORG_HEADS_BARE)
            if ents and ents[0][0] == toks[a].start and not org_head:
                speaker = ents[0][2]
            elif org_head:
                # "وفقا لما قاله النادي الملكي في بيان": the body named before with that head
                sp = _ar_speaker_inner(st, k, a, end, "verb", strict=False)
                if not (sp.known and sp.entity is not None):
                    return None
                speaker = sp.entity
            elif (
                relative
                or na in L.AR_HONORIFICS
                or L.strip_al(na) in _TITLE_BARE
                or (ents and _etype(st, ents[0][2]) == "PERSON")
            ):
                sp = _ar_speaker_inner(st, k, a, end, "verb", strict=False)
                if not (sp.known and sp.entity is not None):
                    return None
                # "حسب ما أكده مدير الشؤون الصحية الدكتور X"، "وفق مدير الشركة X"، "بحسب الخبير X"
                speaker = sp.entity
            elif (
                qn is not None
                and 1 <= _nwords(text[qn.start : qn.end]) <= 4
                and end - bisect_right(st.starts, qn.close) <= 2
                and all(
                    normalize(toks[x].text).startswith("ال")
                    for x in range(bisect_right(st.starts, qn.close), end)
                )
            ):
                # "...، حسب «جارتنر» العالمية.": a quoted name that is no outlet (a research firm, a
                # body) closing the sentence is the one the figures come from
                speaker = _entity_for(st, qn.start, qn.end, "ORG")
            else:
                return None  # "حسب ما تم عرضه": no named source
    if told is not None:
        source = source or told
    return _Found(cs, ce, "indirect", (t.start, t.end), speaker, source, sidx)


def _cut_before_acronym(st: _State, eid: str) -> None:
    """A body's name this stage read on over its quoted acronym ("مؤسسة النقد «ساما» لشهر") ends
    before the acronym."""
    e = st.doc.entity(eid)
    if e is None or len(e.mentions) != 1:
        return
    m = e.mentions[0]
    cut = min((i for i in (m.text.find("«"), m.text.find('"')) if i > 0), default=-1)
    if cut <= 0:
        return
    new_end = m.start + len(m.text[:cut].rstrip())
    old = (m.start, m.end, eid)
    m.end, m.text = new_end, st.text[m.start : new_end]
    e.name = m.text
    st.mention_index = sorted(
        (a, new_end, c) if (a, b, c) == old else (a, b, c) for a, b, c in st.mention_index
    )


_TO_WHAT = frozenset(normalize(w) for w in "إلى الى".split())


def _reported_other(st: _State, lo: int, hi: int) -> int | None:
    """ "إلى ما قاله / ذكره / أعلنه Y" between a verb and its content: the index of the reporting verb,
    whose subject Y said the content."""
    toks = st.toks
    for x in range(lo, min(hi, lo + 12) - 2):
        if (
            normalize(toks[x].text) in _TO_WHAT
            and normalize(toks[x + 1].text) == "ما"
            and _report_verb(toks[x + 2])
            and x + 3 < hi
            and toks[x + 3].kind == "ar"
        ):
            return x + 2
    return None


def _report_verb(t: Token) -> bool:
    """A verb of saying with an object pronoun after ما ("ذكره", "أكدته", "صرح به"): بحسب ما أكده."""
    n = normalize(t.text)
    if n in L.AR_REPORT_VERBS:
        return True
    for suffix in ("ته", "تها", "ه", "ها"):
        if t.kind == "ar" and n.endswith(suffix) and n[: -len(suffix)] in _SAY_STEMS:
            return True
    return False


_SAY_STEMS = frozenset(
    normalize(w)
    for w in "أكد أكدت صرح صرحت أوضح أوضحت بين بينت أفاد أفادت ذكر ذكرت أعلن أعلنت كشف كشفت".split()
)


_DATA_NOUNS = frozenset(normalize(w) for w in "بيانات البيانات أرقام الأرقام إحصاءات إحصائيات".split())


# ---------------------------------------------------------------------------------------------
# English


def _en_adds_a_thing(toks: list[Token], k: int, hi: int) -> bool:
    """ "added $329,000 to its equity", "adds 5 points", "added to the list": add in its sense of
    increasing, not of saying."""
    if toks[k].text not in ("added", "adds", "add") or k + 1 >= hi:
        return False
    nxt = toks[k + 1].text
    return nxt[:1].isdigit() or nxt in ("$", "€", "£") or nxt.lower() in ("to", "more", "another", "up")


def _en_is_cue(t: Token) -> bool:
    return t.kind == "latin" and t.text[:1].islower() and t.text in L.EN_SPEECH_VERBS


def _extract_en(st: _State) -> list[_Found]:
    toks, text = st.toks, st.text
    layer = st.doc.layer
    found: list[_Found] = []
    used: set[int] = set()
    for sidx, (s, e) in enumerate(layer.sentences):
        stoks_lo = bisect_left(st.starts, s)
        stoks_hi = bisect_right(st.starts, e - 1)
        marks = [m for m in st.marked if s <= m.open < e]
        source = _en_attribution_source(st, stoks_lo, stoks_hi)
        cues = [
            k
            for k in range(stoks_lo, stoks_hi)
            if _en_is_cue(toks[k])
            and not _inside_long_quote(st, toks[k].start)
            and not (k + 1 < stoks_hi and toks[k + 1].text == "by")
            and not (k > stoks_lo and toks[k - 1].text.lower() in ("was", "were", "is", "are", "be", "been"))
            and not _en_adds_a_thing(toks, k, stoks_hi)
        ]
        long_marks = [m for m in marks if _nwords(text[m.start : m.end]) > 3 or _en_partial_cue(st, m)]
        if not cues:
            # "According to X, CONTENT" / continuation quotes
            acc = _en_according(st, stoks_lo, stoks_hi, sidx, source)
            if acc is not None:
                found.append(acc)
                continue
            for m in long_marks:
                if _en_title_cue(st, m):
                    continue
                prev_q = [f for f in found if f.end <= m.open and sidx - f.sentence <= 2]
                if prev_q and _nwords(text[m.start : m.end]) >= 3:
                    pq = max(prev_q, key=lambda f: f.end)
                    found.append(
                        _Found(m.start, m.end, "direct", None, pq.speaker, pq.source or source, sidx)
                    )
                    used.add(id(m))
            continue
        # each quotation goes to its nearest cue
        by_cue: dict[int, list[Marked]] = {k: [] for k in cues}
        for m in long_marks:
            if _en_title_cue(st, m):
                continue
            near = min(cues, key=lambda k: min(abs(toks[k].start - m.close), abs(toks[k].end - m.open)))
            ends_sentence = text[m.start : m.end].rstrip()[-1:] in ".!?"
            if ends_sentence and toks[near].start > m.close and m.open <= s + 1:
                # '"We will keep looking." Police Chief Thomas Finn said ...': the quotation ended
                # before the next sentence began; it continues the previous speaker
                prev_q = [f for f in found if f.end <= m.open and sidx - f.sentence <= 2]
                if prev_q:
                    pq = max(prev_q, key=lambda f: f.end)
                    found.append(
                        _Found(m.start, m.end, "direct", None, pq.speaker, pq.source or source, sidx)
                    )
                    used.add(id(m))
                    continue
            by_cue[near].append(m)
        for n_cue, cue_i in enumerate(cues):
            cue = toks[cue_i]
            lo_i = cues[n_cue - 1] + 1 if n_cue > 0 else stoks_lo
            saved = (st.last_speaker, st.last_speaker_set)
            n_found = len(found)
            speaker = _en_speaker(st, cue_i, lo_i, stoks_hi)
            told = _en_told_source(st, cue_i, stoks_hi)
            src = told or source
            cue_span = (cue.start, cue.end)
            cue_marks = by_cue[cue_i]
            for m in cue_marks:
                kind = "direct"
                before = text[s : m.open].strip()
                if before and m.open > cue.end and _nwords(text[cue.end : m.open]) > 4:
                    kind = "partial"
                elif before and m.open < cue.start and _nwords(before) > 2 and not before.endswith(":"):
                    kind = "partial"
                if _nwords(text[m.start : m.end]) <= 3:
                    kind = "partial"
                found.append(_Found(m.start, m.end, kind, cue_span, speaker, src, sidx))
                used.add(id(m))
            if cue_marks and not _en_has_clause_outside(st, cue_marks, s, e, cue):
                continue
            content = _en_content(st, cue_i, lo_i, stoks_hi, cue_marks)
            if content is not None:
                cs, ce = content
                if not any(f.start < ce and cs < f.end for f in found) and not any(
                    m.open < ce and cs < m.close for m in long_marks
                ):
                    found.append(_Found(cs, ce, "indirect", cue_span, speaker, src, sidx))
            if len(found) == n_found:
                # "the late neurologist wrote about ...": a cue that reports nothing leaves the one
                # speaking as he was (a later "she said" goes on with her)
                st.last_speaker, st.last_speaker_set = saved
    return found


def _en_has_clause_outside(st: _State, marks: list[Marked], s: int, e: int, cue: Token) -> bool:
    rest = st.text[s:e]
    for m in marks:
        rest = rest.replace(st.text[m.open : m.close + 1], " ")
    return _nwords(rest) > 14 and "that" in rest.split()


def _en_partial_cue(st: _State, m: Marked) -> bool:
    before = st.text[max(0, m.open - 40) : m.open].lower().split()
    return bool(before) and (before[-1] in L.EN_DESCRIBE or (len(before) > 1 and before[-2] in L.EN_DESCRIBE))


def _en_title_cue(st: _State, m: Marked) -> bool:
    before = st.text[max(0, m.open - 30) : m.open].lower().split()
    return bool(before) and before[-1].strip(",") in L.EN_TITLE_CUES


def _en_according_after(st: _State, lo: int, hi: int, sidx: int, source: str | None) -> _Found | None:
    """ "CONTENT, according to the Pentagon.": the clause before the comma, said by the body or
    person after the cue (an outlet there is the source, with no speaker)."""
    toks, text = st.toks, st.text
    acc = next(
        (
            k
            for k in range(lo + 4, hi - 2)
            if toks[k].text.lower() == "according"
            and toks[k + 1].text.lower() == "to"
            and toks[k - 1].text in (",", "—", "-")
        ),
        None,
    )
    if acc is None:
        return None
    e = acc + 2
    while e < hi and toks[e].text not in (",", ".", ";", "!", "?"):
        e += 1
    if e == acc + 2:
        return None
    who_s, who_e = toks[acc + 2].start, toks[e - 1].end
    words = _WORDS.findall(text[who_s:who_e])
    speaker = None
    if _is_outlet_en([w for w in words if w.lower() != "the"]):
        source = source or _entity_for(st, who_s, who_e, "ORG")
    else:
        low = [w.lower() for w in words]
        caps = [w for w in words if w[:1].isupper()]
        if caps and not (low[-1] in L.EN_ANONYMOUS and not words[-1][:1].isupper()):
            etype = "ORG" if any(w.lower() in L.EN_ORG_WORDS for w in caps) else "PERSON"
            s0 = who_s + (4 if low[0] == "the" and text[who_s : who_s + 4].lower() == "the " else 0)
            speaker = _entity_for(st, s0, who_e, etype)
    cs, ce = _clip_content(st, toks[lo].start, toks[acc - 1].start)
    if _nwords(text[cs:ce]) < 3:
        return None
    return _Found(cs, ce, "indirect", (toks[acc].start, toks[acc + 1].end), speaker, source, sidx)


def _en_according(st: _State, lo: int, hi: int, sidx: int, source: str | None) -> _Found | None:
    toks, text = st.toks, st.text
    if hi - lo < 4 or toks[lo].text.lower() != "according" or toks[lo + 1].text.lower() != "to":
        return _en_according_after(st, lo, hi, sidx, source)
    j = lo + 2
    while j < hi and toks[j].text not in ",":
        j += 1
    if j >= hi - 1:
        return None
    who_s, who_e = toks[lo + 2].start, toks[j - 1].end
    words = _WORDS.findall(text[who_s:who_e])
    speaker = None
    if not _is_outlet_en([w for w in words if w.lower() != "the"]):
        low = [w.lower() for w in words]
        if low and low[0] == "the" and len(low) > 1 and low[-1] in L.EN_ANONYMOUS:
            speaker = None
        elif any(w[:1].isupper() for w in words):
            caps = [w for w in words if w[:1].isupper()]
            etype = "ORG" if any(w.lower() in L.EN_ORG_WORDS for w in caps) else "PERSON"
            speaker = _entity_for(st, who_s, who_e, etype)
    cs, ce = _clip_content(st, toks[j].end, toks[hi - 1].end)
    if ce > cs and text[ce - 1] == ".":
        ce -= 1
    return _Found(cs, ce, "indirect", (toks[lo].start, toks[lo + 1].end), speaker, source, sidx)


_EN_SAY = frozenset(
    "said says say told tells warned warns added adds stated states explained noted notes".split()
)


# "Charles Simpson, program administrator for X, told Y ...": a full name and its apposition
# before the verb is its subject, never content said
_EN_NAME_APPOSITION = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*,\s+(?:a|an|the|[a-z]+)\b")


def _en_content(st: _State, ci: int, lo: int, hi: int, marks: list[Marked]) -> tuple[int, int] | None:
    toks, text = st.toks, st.text
    s_end = toks[hi - 1].end
    # postposed: "CONTENT, X said." -> the clause before the comma
    j = ci - 1
    while j >= lo and toks[j].kind != "punct":
        j -= 1
    if j >= lo and toks[j].text == "," and not marks:
        rest_after = [t for t in toks[ci + 1 : hi] if t.kind != "punct"]
        if len(rest_after) <= 14:
            cs, ce = _clip_content(st, toks[lo].start, toks[j].start)
            if _nwords(text[cs:ce]) >= 4 and not _EN_NAME_APPOSITION.match(text[cs:ce]):
                return cs, ce
    if marks:
        return None
    # "X said (that) CONTENT" / "X told Y (that) CONTENT"
    k = ci + 1
    if toks[ci].text.lower() in ("told", "tells", "warned", "asked", "urged"):
        while k < hi and (
            (toks[k].text[:1].isupper() and not (k > ci + 1 and toks[k].text == "The"))
            or (toks[k].text == "the" and k == ci + 1)
            or toks[k].text.lower() in ("reporters", "audience", "him", "her", "them")
        ):
            k += 1  # the one told ("told the Associated Press"), then the content ("the Russian ...")
    while k < hi and toks[k].text.lower() in (
        "on",
        "in",
        "at",
        "a",
        "statement",
        "interview",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "that",
        ",",
    ):
        if (
            toks[k].text.lower() in ("in", "at", "on")
            and k + 1 < hi
            and toks[k + 1].text.lower() in ("a", "an", "the")
        ):
            k += 3 if k + 2 < hi else 2
            continue
        k += 1
    if k >= hi:
        return None
    if toks[ci].text not in _EN_SAY and (ci + 1 >= hi or toks[ci + 1].text.lower() != "that"):
        return None  # "denied the accusation": an object, not reported content
    cs, ce = _clip_content(st, toks[k].start, s_end)
    if ce > cs and text[ce - 1] in ".!?":
        ce -= 1
    if _nwords(text[cs:ce]) < 3:
        return None
    return cs, ce
