"""Attribution of a sentence to a source (reported): where the attribution starts, whether it covers the
whole sentence or only what follows it, its source candidate, and where the reported statement stops
(``attribution``); the Arabic and English source and report rules it alone uses (source nouns and heads,
relayed speech, «كما ذكرت», a pluperfect's subject, the next speaker).

Split out of ``khabar.events.extract`` (which imports from here).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from khabar.events import factuality as F
from khabar.events.governing import _AR_CALL_VERBS
from khabar.events.lexicon import en_lemma
from khabar.events.offices import AR_OFFICE_HEADS, AR_SPOKESMAN_NOUNS, ar_with_article
from khabar.events.scope import _AR_ONE_OF, _AR_THAT, _ar_one_of_sources, _contrast_speaker
from khabar.events.triggers import _AR_REL, Cand, _bare, _unprep
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token

_EN_REPORT_AUX = frozenset("had has have initially originally previously first earlier".split())

_AR_REPORT_DOC = F._n("تقرير تقريرها تقريره تقريرهم التقرير تقارير تقاريرها")

# (round 21) verbs of press coverage: with an outlet as subject they attribute what follows
_AR_COVERAGE = F._n("اهتمت ركزت تناولت ابرزت")

_AR_RELAYED_STATEMENT = F._n("اعلان تصريح تصريحات بيان قول")

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
    if stems & F.AR_SOURCE_STEMS or stems & F.AR_WITNESS_STEMS:
        return True
    bare = w[1:] if w[:1] in "وف" else w
    if stems & F.AR_WITNESS_INDEF_STEMS and not bare.startswith(("ال", "لل")):
        return True  # (round 40) «وقالت متظاهرة»، «قال متظاهر آخر»: a witness
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


# (round 62) an addressee before the source: «قال لـ"الاقتصادية" مصدر أمني إن»، «وأكدت لـ«الشرق الأوسط» مصادر
# مطلعة أن»، «وقال لصحيفة "الرياض" شهود عيان»: the outlet the source spoke to stands between the reporting verb
# and its subject, past round 14's window of two words after the verb
_AR_QUOTE_OPEN = ("«", '"', "“")
_AR_QUOTE_CLOSE = ("»", '"', "”")
_AR_OUTLET_HEADS = F._n("صحيفة صحيفه جريدة جريده وكالة وكاله قناة قناه موقع مجلة مجله تلفزيون اذاعة اذاعه")


def _ar_addressee_end(toks: list[Token], words: list[str], k: int) -> int | None:
    """The index of the first word after an addressee phrase that follows the reporting verb at k: «لـ» + an
    outlet in quotes («لـ"الاقتصادية"»، «ل «الرياض»»), or لـ + an outlet head with its name in quotes or one
    word («لصحيفة "عكاظ"»، «لوكالة رويترز»); None when no such phrase follows, or it ends within round 14's
    window (k + 2), which already reads the word there."""
    n = len(toks)
    i = k + 1
    if i >= n:
        return None
    head = normalize(toks[i].text)
    if head in ("ل", "لـ"):
        i += 1  # «لـ "الاقتصادية"»: the outlet's name follows in quotes
    elif head[:1] == "ل" and _unprep(_bare(words[i])) in _AR_OUTLET_HEADS:
        i += 1  # «لصحيفة»، «لوكالة» (indefinite: «للصحيفة مصدر» is round 14's): the outlet's name follows
        if i < n and toks[i].text not in _AR_QUOTE_OPEN:
            return i + 1 if i + 1 < n and toks[i].kind == "ar" else None
    else:
        return None
    if i >= n or toks[i].text not in _AR_QUOTE_OPEN:
        return None
    close = next((j for j in range(i + 1, min(n, i + 6)) if toks[j].text in _AR_QUOTE_CLOSE), None)
    return close + 1 if close is not None and close + 1 < n else None


def _ar_source_after_addressee(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 62) The reporting verb at k has an addressee phrase after it and then a source noun as its
    subject, in the first or second word («قال لـ"الاقتصادية" مصدر أمني»، «أكدت لـ«الشرق الأوسط» مصادر»; not
    the genitive of another head, «المتحدث باسم الجيش»)."""
    e = _ar_addressee_end(toks, words, k)
    if e is None:
        return False
    return any(
        _ar_source_noun(words[j], words[j + 1 :])
        and toks[j].text not in F.PUNCT_BOUNDARY
        and not (j == e + 1 and _ar_construct_head(toks, words, e))
        for j in range(e, min(len(words), e + 2))
    )


_AR_AS_WHAT = F._n("على حسب بحسب وفق وفقا طبقا")

# (round 86) the one reader of a comparative clause after a statement, for round 14's `_ar_as_reported` and round
# 80's `_ar_trailing_source`: its opening (`_ar_comparative_opening`) and its scan to the clause's end for an «أن /
# إن» complement of its own (`_ar_comparative_clause_ends`), whose end rule each caller names
_ComparativeEnd = Literal["sentence", "comma", "last"]


def _ar_comparative_opening(toks: list[Token], words: list[str], k: int) -> tuple[tuple[str, ...], bool]:
    """The comparative opening right before the word at k, as its bare words, and whether a comma stands right
    before it: ("كما",), (P, "ما") with P in `_AR_AS_WHAT` («على ما»، «حسب ما»، «وفق ما»), ("علي", "حد») («على
    حد»); ((), False) when there is none."""
    if k < 1:
        return (), False
    p1 = _bare(words[k - 1])
    if p1 == "كما":
        opening: tuple[str, ...] = (p1,)
    elif k > 1 and (
        (p1 == "ما" and _bare(words[k - 2]) in _AR_AS_WHAT) or (p1 == "حد" and _bare(words[k - 2]) == "علي")
    ):
        opening = (_bare(words[k - 2]), p1)
    else:
        return (), False
    i = k - len(opening) - 1
    return opening, i >= 0 and toks[i].text in (",", "،")


def _ar_comparative_clause_ends(toks: list[Token], words: list[str], j: int, end: _ComparativeEnd) -> bool:
    """The comparative clause read from j reaches its end with no «أن / إن» complement of its own (not «كما ذكرت
    الصحيفة أن الجيش ...», "the paper also reported that"). The end rule: "sentence" (round 14), the sentence's
    end, a colon included; "comma" (round 80), a comma or the sentence's end, and a colon is a complement of its
    own; "last" (round 80's «كما» with no comma before it), as "comma" but the clause must end the sentence (a
    comma before its end fails). The words' end is the clause's end."""
    for q in range(j, len(words)):
        tx = toks[q].text
        if tx == ":":
            return end == "sentence"
        if words[q] in _AR_THAT or _bare(words[q]) in _AR_THAT:
            return False
        if tx in _AR_SENTENCE_END:
            return True
        if end != "sentence" and tx in F.PUNCT_BOUNDARY and tx not in F.QUOTE_MARKS:
            return end == "comma"
    return True


def _ar_as_reported(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 14) The reporting verb at k opens a comparative clause after the statement («...، على ما ذكرت
    صحف محلية»، «...، كما أفادت الوكالة»، «حسب ما أوردت القناة»): على / حسب / وفق + ما, or كما after a
    comma, right before it, and no أن / إن complement of its own before the sentence's end."""
    opening, comma = _ar_comparative_opening(toks, words, k)
    if not (opening[-1:] == ("ما",) or (opening == ("كما",) and comma)):
        return False
    return _ar_comparative_clause_ends(toks, words, k + 1, "sentence")


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


# (round 32) a private person telling what befell them, as a witness does: "Rochester man says home was
# burglarized", "The victim told police she was ... stabbed" (an official telling its own acts stays asserted)
_EN_PRIVATE_SPEAKERS = frozenset(
    "man woman victim victims mother father resident neighbor neighbour wife husband homeowner survivor".split()
)

_EN_POLICE_FOLLOWUP = frozenset("they police officers deputies".split())

_EN_SUGGEST = frozenset(
    "suggest suggests suggested suggesting indicate indicates indicated indicating".split()
)

# (code round 64) a medium's staff and heads (مراسل، محرر، مندوب، مدير، رئيس) before a source noun, not the office
# nouns of ``offices``: «وزير» or «قائد» of a newspaper is no reporter
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


# (round 27) «المنظمة» named again as the subject of a reporting verb: an NGO or an international organisation
# telling what it found, not a government body telling its own acts (those stay asserted: «وذكرت اللجنة أنه
# تم فرض»، «وقالت اللجنة العليا للإغاثة إن»)
_AR_ORGANISATION = F._n("المنظمة")
_AR_ORGANISATION_ADJ = F._n("الحقوقية الدولية الاممية")


def _ar_organisation_subject(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 27) The reporting verb at k has «المنظمة» right after it as its subject (at most one adjective
    الحقوقية / الدولية / الأممية after it), and its complement «أن / إن» (or «إلى أن», «بأن») follows at once:
    «وأشارت المنظمة إلى أن»، «وأوضحت المنظمة أنها زارت». Not «قال المتحدث باسم المنظمة» (a spokesman, the
    subject is his) nor «المنظمة» as an object or a genitive."""
    n = len(words)
    j = k + 1
    if j >= n or words[j] not in _AR_ORGANISATION or normalize(toks[j].prefix) != "":
        return False
    j += 1
    if j < n and words[j] in _AR_ORGANISATION_ADJ:
        j += 1
    if j < n and words[j] == "الي":
        j += 1
    return j < n and (words[j] in _AR_THAT or _bare(words[j]) in _AR_THAT)


# (round 32) a person close to someone, unnamed: «وقال مقرب من المندعي إن»، «قال شخصان مقربان إن»
_AR_CLOSE = F._n("مقرب مقربة مقربان مقربين مقربون مقربا مقربتان مقربو مقربي")


def _ar_close_speaker(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 32) The subject of the reporting verb at k is someone close to a person or a body, unnamed:
    «مقرب / مقربة / مقربون» right after the verb or after one or two words («شخصان مقربان»، «ثلاثة أشخاص
    مقربون»، «أحد المقربين»), no punctuation and no «أن / إن» between. An insider speaks as a source, not an actor of its own acts."""
    n = len(words)
    for j in range(k + 1, min(n, k + 4)):
        if toks[j].text in F.PUNCT_BOUNDARY or words[j] in _AR_THAT or _bare(words[j]) in _AR_THAT:
            return False
        w = _bare(words[j])
        if w in _AR_CLOSE or (w.startswith("ال") and w[2:] in _AR_CLOSE):
            return True
    return False


# (round 63) a private person as the speaker: a relative, a friend, a neighbour, a citizen, a hostage («وأكد قريب
# الجاني أن»، «وقال والد الضحية إن»، «وأشار أخوه عبد الرحمن إلى أن»، «وقال إبراهيم علوي - والد أفراح - إن»، «وقالت
# أم تهاني:»، «كما أفاد شقيقه»). The conventions at the top of eval/events/README.md: a relative, a witness or a
# resident telling of an event is reported; a named or institutional official stays asserted. Kin nouns that
# head a construct with any genitive («والد أفراح»، «شقيق القتيل»); the short or ambiguous ones (ابن كيران، أم
# "or"، عم "about what"، أب "August") only with the article, a possessive or a definite genitive; no owner
# («صاحب الحملة» is an official), no family («قالت عائلة X إنها لم تدعم» is a body telling its own act)
_AR_KIN_STRONG = F._n(
    "والد والدة شقيق شقيقة زوج زوجة نجل نجلة ابنة قريب قريبة أقارب اقارب قريبات أشقاء اشقاء "
    "صديق صديقة أصدقاء اصدقاء جار جارة جيران"
)
# (not أب, جد: «أبها»، «جدة» are cities as well as "her father", "his grandfather")
_AR_KIN_WEAK = F._n("ابن أخ اخ أخو اخو أخت اخت عم عمة خال خالة")
_AR_KIN_DEFINITE = F._n(
    "الأب الاب الأم الام الابن الابنة الوالد الوالدة الشقيق الشقيقة الزوج الزوجة الرهينة المواطن المواطنة"
)
_AR_KIN_OWN = frozenset(
    (b[:-1] + "ت" + s if b.endswith("ه") else b + s)
    for b in _AR_KIN_STRONG | _AR_KIN_WEAK | F._n("ام أم")
    for s in ("ه", "ها", "هم", "هما")
)
# an office before the kin noun makes the speaker an official: «وقال المتحدث صديق صديقي»; the shared office
# nouns and spokesmen (``offices``), with or without the article, and this rule's own ranks and offices
_AR_OFFICE_TITLE = ar_with_article(
    AR_OFFICE_HEADS
    | AR_SPOKESMAN_NOUNS
    | F._n("مسؤول أمير ملك لواء عقيد عميد رائد نقيب ضابط مستشار")
) | F._n("باسم")
# the speaker's own act after his report: «...، مطالبًا بتشكيل لجنة»، «...، داعيا إلى دعم» (asserted or planned by
# the cue of their own clause, not the speaker's report)
_AR_OWN_ACT_PARTICIPLE = F._n(
    "مطالبا مطالبة مطالبين مطالبتا داعيا داعية داعين مناشدا مناشدة مشيدا مشيدة مستنكرا مستنكرة مشددا مشددة"
)
_AR_APPOSITION_MARKS = (",", "،", "-", "–", "—")


def _ar_kin_noun(toks: list[Token], words: list[str], j: int, feminine_verb: bool) -> str | None:
    """The word at j names a private person by a relation or a private role (`_AR_KIN_STRONG` ...): "rel" when the
    relation is to someone else («والد الضحية»، «شقيقه»), "self" when the word names the speaker alone («المواطن»،
    «الزوج»، «أم محمد»); else None."""
    w = words[j]
    forms = {w, _bare(w)}
    nx = words[j + 1] if j + 1 < len(words) and toks[j + 1].kind == "ar" else ""
    if forms & _AR_KIN_OWN:
        return None if nx == "الله" else "rel"  # «عبده الله»-like names
    if forms & _AR_KIN_DEFINITE:
        return "self"
    if forms & _AR_SELF_ROLE:
        return "self"
    if forms & _AR_KIN_STRONG:
        return "rel"
    if forms & _AR_KIN_WEAK:
        # «ابن عم الضحية»، «عم الشهيد»، «أخو القتيل»; not «ابن كيران»
        return "rel" if (_bare(nx).startswith("ال") and nx != "الله") or nx in ("عم", "خال") else None
    # «وقالت أم تهاني:»، «وذكرت أم محمد أن»: a mother named by her child (a feminine verb: not «أم» "or")
    return "self" if feminine_verb and w == "ام" and nx and not nx.startswith("ال") else None


# the private roles that name the speaker alone, no relation to another: a citizen, a hostage
_AR_SELF_ROLE = F._n("مواطن مواطنة رهينة")
# «وأكد الزوج أنه تقدم بشكوى»، «وأوضح المواطن X أنه فوجئ»: a speaker named alone, then «أنه / أنها», tells of
# himself (the actor's own account, asserted)
_AR_SELF_THAT = F._n("انه إنه أنه انها إنها أنها بأنه بانه بأنها بانها")


def _ar_private_speaker(toks: list[Token], words: list[str], k: int) -> int | None:
    """(round 63) The subject of the reporting verb at k is a private person named by a relation or a private role
    (`_ar_kin_noun`), right after the verb or in apposition to a name («قال أحمد، شقيق القتيل، إن»), before the
    report's «أن / إن / إلى أن» or colon, within nine words; no office title before it. Returns the index where the
    report starts (past the complement and its first word: the subject's own description, «والد الوكيل ... المصاب
    في التفجير»، is the writer's; so is the topic right after «أن»), or k for «...، كما أفاد شقيقه» (the report is
    the sentence before the verb); else None. A speaker named alone («المواطن»، «الزوج») whose complement is «أنه /
    أنها» tells of himself: None."""
    n = len(words)
    verb = _bare(words[k])
    feminine = verb.endswith("ت") or verb.startswith("ت")
    if _ar_as_reported(toks, words, k):
        j = k + 1
        return k if j < n and toks[j].kind == "ar" and _ar_kin_noun(toks, words, j, feminine) else None
    kinds: set[str] = set()
    for j in range(k + 1, min(n, k + 10)):
        tx = toks[j].text
        if tx == ":":
            if kinds and j + 1 < n and words[j + 1] in _AR_THAT:
                return j + 2  # «قال المواطن X: إن استهداف ...»: the topic after «إن», as below
            return j if kinds else None
        if tx in F.PUNCT_BOUNDARY and tx not in _AR_APPOSITION_MARKS:
            return None
        w = _bare(words[j])
        if words[j] in _AR_THAT or w in _AR_THAT or (w == "الي" and j + 1 < n and words[j + 1] in _AR_THAT):
            if kinds == {"self"} and words[j] in _AR_SELF_THAT:
                return None
            # the report starts after the word that follows «أن / إن»: an event named there is the topic the
            # speaker comments on, taken for granted («وقال أصدقاء له إن الاعتقال كان سبب حرج»، «إن استهداف رجال
            # الأمن يشير إلى»); «إن» is followed by a noun, never by the verb of what is told
            return (j + 2 if w == "الي" else j + 1) if kinds else None
        if toks[j].kind != "ar":
            continue
        if words[j] in _AR_OFFICE_TITLE or w in _AR_OFFICE_TITLE or _ar_source_noun(words[j], words[j + 1 :]):
            return None  # an official, or a source the other rules read
        kind = _ar_kin_noun(toks, words, j, feminine)
        if kind is not None:
            kinds.add(kind)
    return None


def _ar_private_report_end(toks: list[Token], words: list[str], start: int) -> int | None:
    """(round 63) Where a private speaker's report ends: at a participle of his own act after a comma or before its
    بـ complement («...، مطالبًا بتشكيل»، «... الاجتماعي مطالبة بتمديد»: `_AR_OWN_ACT_PARTICIPLE`), at «، كما» + a
    verb with a subject of its own («...، كما أبان الكشف على الطفلة ...»: the hospital's finding, not the
    mother's), or at a sentence end the splitter left inside the sentence («... الله.واستنكر»)."""
    n = len(words)
    for j in range(start + 1, n):
        if toks[j].text in _AR_SENTENCE_END:
            return j
        own_act = words[j] in _AR_OWN_ACT_PARTICIPLE or _bare(words[j]) in _AR_OWN_ACT_PARTICIPLE
        after_comma = toks[j - 1].text in (",", "،")
        if own_act and (after_comma or (j + 1 < n and words[j + 1][:1] == "ب" and len(words[j + 1]) > 3)):
            return j
        if (
            after_comma
            and _bare(words[j]) == "كما"
            and j + 2 < n
            and words[j + 1] not in _AR_THAT
            and _bare(words[j + 2]).startswith("ال")
        ):
            return j
    return None


# (round 52) verbs that open a source's report besides the reporting verbs: pointing out («ولفتت المصادر إلى
# أن»، «ونوهت هذه المصادر إلى أن»، «ونبه التقرير إلى أن») and a paper's learning («وعلمت «السفير» أن»)
_AR_POINT_OUT = F._n("لفت لفتت لفتوا نوه نوهت نوهوا نبه نبهت")
_AR_LEARNED = F._n("علمت")
# (round 52) sources the source-noun list lacks: residents with the article or in a construct («وقال السكان إن»،
# «وذكر أهالي المنطقة أن»; «قال سكان» is there already) and documents («وكشفت وثيقة حكومية ... أن»)
_AR_RESIDENTS = F._n("السكان الأهالي الاهالي أهالي اهالي")
_AR_DOCUMENTS = F._n("وثيقة الوثيقة وثائق الوثائق")
# a quantity of the subject before its head: «العديد من الصحف»، «عدد من المصادر»، «بعض التقارير»
_AR_QUANTITY_OF = F._n("العديد عدد كثير")
_AR_DEMONSTRATIVE = F._n("هذه هذا هؤلاء تلك")


def _ar_wider_source(words: list[str], j: int) -> bool:
    """(round 52) The word at j is a source: a source noun (`_ar_source_noun`), residents or a document."""
    forms = {words[j], _bare(words[j])}  # «وثيقة» begins with و
    return bool(forms & (_AR_RESIDENTS | _AR_DOCUMENTS)) or _ar_source_noun(words[j], words[j + 1 :])


def _ar_complement_follows(toks: list[Token], words: list[str], j: int, verb: str, span: int = 8) -> bool:
    """(round 52) The report's complement follows j within ``span`` words, no punctuation between but quote
    marks (a name in quotes): «أن / إن / بأن», a colon, «إلى» after a verb of pointing, «عن» after كشف."""
    pointing = verb in _AR_POINT_OUT or verb.startswith(("اشار", "يشير", "تشير", "اشاروا"))
    for q in range(j, min(len(words), j + span)):
        tx = toks[q].text
        if tx == ":":
            return True
        if tx in F.QUOTE_MARKS:
            continue
        if tx in F.PUNCT_BOUNDARY:
            return False
        w = _bare(words[q])
        if words[q] in _AR_THAT or w in _AR_THAT or (w == "الي" and pointing) or (w == "عن" and verb.startswith("كشف")):
            return True
    return False


def _ar_subject_head(words: list[str], j: int) -> int:
    """The head of the subject that starts at ``j`` after a reporting verb, past a demonstrative («هذه المصادر»)
    and a quantity («عدد من المراقبين»، «بعض المسؤولين»)."""
    n = len(words)
    if j < n and _bare(words[j]) in _AR_DEMONSTRATIVE:
        j += 1
    if j + 1 < n and _bare(words[j]) in _AR_QUANTITY_OF and words[j + 1] == "من":
        j += 2
    elif j < n and _bare(words[j]) == "بعض":
        j += 1
    return j


def ar_wider_source_report(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 52) The verb at k opens a source's report that the rules above miss: a reporting verb or a verb
    of pointing out (`_AR_POINT_OUT`) whose subject right after it, past a demonstrative or a quantity
    («هذه المصادر»، «العديد من الصحف»), is a source, residents or a document; or whose subject before it, within
    one nisba adjective, is one and its complement is «إلى» or «عن» («معلومات صحافية أشارت إلى مقتل»، «بعض التقارير
    الصحفية كشفت عن»); or «علمت» + a name in quotes + «أن» (a paper's own information). A speaker named by
    name or office is no source here: «ولفت المتحدث إلى أن» stays with the speaker (asserted)."""
    n = len(words)
    verb = words[k][1:] if words[k][:1] in "وف" and len(words[k]) > 2 else words[k]
    if verb in _AR_LEARNED:
        if k + 1 < n and toks[k + 1].text in F.QUOTE_MARKS:
            close = next((q for q in range(k + 2, min(n, k + 6)) if toks[q].text in F.QUOTE_MARKS), None)
            # «وعلمت "X" أن»، «وعلمت "X" من مصادرها أن»
            return close is not None and _ar_complement_follows(toks, words, close + 1, verb, 4)
        return False
    if verb not in F.AR_REPORT_VERBS and verb not in _AR_POINT_OUT:
        return False
    j = _ar_subject_head(words, k + 1)
    # not an outlet told the statement: «وقال لرويترز إن» (`_ar_addressee`)
    if j < n and toks[j].kind == "ar" and not _ar_addressee(toks[j]) and _ar_wider_source(words, j):
        return _ar_complement_follows(toks, words, j + 1, verb)
    # the source before its verb, the complement a preposition (the rule above takes «أن» only)
    if k + 1 >= n or _bare(words[k + 1]) not in ("الي", "عن"):
        return False
    # right before it or before one nisba adjective («معلومات صحافية أشارت»), not a noun phrase of its own between
    # («متظاهرون آخرون لافتات تشير إلى اعتقال»: the banners point, not the protesters)
    for j in (k - 1, k - 2):
        if j < 0 or toks[j].kind != "ar" or (j == k - 2 and not _bare(words[k - 1]).endswith(("يه", "ي"))):
            continue
        if _bare(words[j]) in ("مصدر", "المصدر"):
            continue  # «مصدر القلق»: a cause
        if _ar_wider_source(words, j) and _ar_complement_follows(toks, words, k + 1, verb, 1):
            return True
    return False


# (round 57) a source's publication whose content a subjectless reporting verb tells: «نشرت صحيفة X تقريرا ذكرت
# فيه أن»، «وبثت قناة Y شريطا أشارت فيه إلى أن». The publishing verbs, the published pieces, and a magazine (a
# periodical the source-noun list lacks)
_AR_PUBLISH = F._n("نشرت نشر نشروا بثت بث بثوا أصدرت أصدر أصدروا أوردت أورد وزعت وزع")
_AR_PUBLISHED_PIECE = F._n(
    "تقرير تقريرا التقرير مقال مقالا المقال مقالة المقالة بيان بيانا البيان تحقيق تحقيقا التحقيق دراسة الدراسة "
    "شريط شريطا الشريط فيديو تسجيل تسجيلا التسجيل رسالة الرسالة وثيقة الوثيقة افتتاحية الافتتاحية"
)
_AR_PERIODICAL = F._n("مجلة المجلة مجلات")
_AR_IN_IT = F._n("فيه فيها")
_AR_SENTENCE_END = (".", "!", "?", "؟", ";", "؛")


def _ar_published_report_source(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 57) The reporting verb at k has no subject of its own and tells what a piece says («ذكرت فيه أن»،
    «أشارت فيها إلى أن»), and the piece (`_AR_PUBLISHED_PIECE`) is the object of a publishing verb
    (`_AR_PUBLISH`) before it in the sentence whose subject right after it is a source or a magazine («نشرت
    صحيفة نيويورك تايمز تقريرا ذكرت فيه أن»، «كما نشرت مجلة «أتلانتيك» ... مقالاً ...، أشارت فيه إلى أن»): the
    publisher is the speaker. A ministry's or a party's statement («أصدرت الوزارة بيانا أكدت فيه أن») is its
    own word (asserted), and so is a speech («ألقى كلمة قال فيها»): neither publisher is a source. Also a source
    named right after «فيه» («في الوقت الذي كشفت فيه المصادر بأن»)."""
    n = len(words)
    if k + 1 >= n or words[k + 1] not in _AR_IN_IT:
        return False
    verb = words[k][1:] if words[k][:1] in "وف" and len(words[k]) > 2 else words[k]
    if verb not in F.AR_REPORT_VERBS and verb not in _AR_POINT_OUT:
        return False
    if k + 2 < n and toks[k + 2].kind == "ar" and _ar_source_noun(words[k + 2], words[k + 3 :]):
        # «في الوقت الذي كشفت فيه المصادر بأن»: the source after «فيه» (which the subject rule reads as a
        # construct head before a definite noun)
        return _ar_complement_follows(toks, words, k + 3, verb)
    if not _ar_complement_follows(toks, words, k + 2, verb, 3):
        return False
    piece = None
    for j in range(k - 1, max(-1, k - 10), -1):
        if toks[j].text in _AR_SENTENCE_END:
            return False
        if words[j] in _AR_PUBLISHED_PIECE or _bare(words[j]) in _AR_PUBLISHED_PIECE:
            piece = j
            break
    if piece is None:
        return False
    for p in range(piece - 1, max(-1, piece - 12), -1):
        if toks[p].text in _AR_SENTENCE_END:
            return False
        w = words[p][1:] if words[p][:1] in "وف" and len(words[p]) > 2 else words[p]
        if w not in _AR_PUBLISH:
            continue
        for j in range(p + 1, min(piece, p + 3)):
            if toks[j].text in F.QUOTE_MARKS:
                continue
            return (
                words[j] in _AR_PERIODICAL
                or _bare(words[j]) in _AR_PERIODICAL
                or _ar_source_noun(words[j], words[j + 1 :])
            )
        return False
    return False


# (round 65) the media's verbs of talking about and circulating news that `F.AR_REPORT_VERBS` has only in the
# past feminine («تحدثت تقارير عن»، «تداولت وسائل الإعلام»): the imperfect and masculine forms («أنباء تتحدث عن
# هروب»، «تقارير صحفية تتحدث عن»، «تداول نشطاء فيديو»، «وتتداول مواقع التواصل صورا»)
_AR_MEDIA_TALK = F._n("تتحدث يتحدث تحدثت تحدث تحدثوا يتحدثون")
_AR_MEDIA_CIRCULATE = F._n(
    "تداول تداولت يتداول تتداول تداولوا يتداولون تناقل تناقلت يتناقل تتناقل تناقلوا يتناقلون"
)
_AR_NOT_SAID = F._n("لم لا لن ما")
# the past masculine that is also the verbal noun; as a verb it opens its clause (sentence start, after punctuation
# or «قد / كما / حيث»), as a noun it follows the word that governs it
_AR_MEDIA_VERBAL_NOUN = F._n("تداول تناقل تحدث")
_AR_CLAUSE_OPEN = F._n("قد وقد فقد كما حيث")
# what is passed around: the report starts at it («تداول ناشطون ... صورا لأطفال ... تم قتلهم»)
_AR_CIRCULATED_PIECE = F._n(
    "فيديو الفيديو مقطع مقطعا المقطع مقاطع صور صورا الصور صورة الصورة تسجيل تسجيلا التسجيل شريط شريطا "
    "خبر خبرا الخبر أخبار اخبار أنباء انباء رسالة الرسالة تغريدة تغريدات منشور منشورا وثيقة"
)


def _ar_media_talk_source(toks: list[Token], words: list[str], k: int) -> int | None:
    """(round 65) The verb at k is a media verb of talking about news or circulating it (`_AR_MEDIA_TALK`,
    `_AR_MEDIA_CIRCULATE`) whose subject is a source (`_ar_wider_source`: news, reports, activists, outlets,
    sites), right after the verb or (talking, with «عن» after it) right before it past one nisba adjective:
    «أنباء تتحدث عن هروب المتمردين»، «تقارير صحفية تتحدث عن اعتقال»، «تداول نشطاء عبر مواقع التواصل فيديو»،
    «وتتداول مواقع التواصل صورا». What the media talk of is theirs to tell (reported) from the verb on; what they
    pass around, from the piece they pass (`_AR_CIRCULATED_PIECE`: a video, pictures, a story), so that a time
    adjunct between («عقب انتهاء المعارك») stays the writer's, and with no piece («تداول الإعلام هذه القضية
    بالنقد») nothing is told. Returns where the report starts, or None. Not a negated verb («لم تتحدث وسائل
    الإعلام عن زيارة»: what is not told is the writer's), not a speaker who is no source («يتحدث الوزير عن»،
    «تداول مغردون»), not a relative clause («الأنباء التي تتحدث عن تسييس المظاهرات»: the news are named, the
    clause's speaker tells them)."""
    n = len(words)
    verb = words[k][1:] if words[k][:1] in "وف" and len(words[k]) > 2 else words[k]
    talk = verb in _AR_MEDIA_TALK
    if not talk and verb not in _AR_MEDIA_CIRCULATE:
        return None
    if k > 0 and (_bare(words[k - 1]) in _AR_NOT_SAID or _bare(words[k - 1]) in _AR_REL):
        return None
    if (
        verb in _AR_MEDIA_VERBAL_NOUN
        and k > 0
        and toks[k - 1].kind == "ar"
        and _bare(words[k - 1]) not in _AR_CLAUSE_OPEN
    ):
        return None  # a verbal noun after a word: «على تناقل وسائل الإعلام خبر»، «صدور وتداول صحيفة الوسط»
    after = next((j for j in range(k + 1, min(n, k + 3)) if toks[j].kind == "ar"), None)
    if after is not None and not _ar_addressee(toks[after]) and _ar_wider_source(words, after):
        if talk:
            return k
        for q in range(after + 1, min(n, k + 15)):
            if toks[q].text in F.PUNCT_BOUNDARY and toks[q].text not in F.QUOTE_MARKS:
                return None
            forms = {words[q], _bare(words[q]), _unprep(_bare(words[q]))}  # «فيديو»: ف is no conjunction
            if forms & _AR_CIRCULATED_PIECE:
                return q
        return None
    if not talk or k + 1 >= n or _bare(words[k + 1]) != "عن":
        return None
    for j in (k - 1, k - 2):
        if j < 0 or toks[j].kind != "ar" or any(toks[q].text in F.PUNCT_BOUNDARY for q in range(j, k)):
            continue
        if j == k - 2 and not _bare(words[k - 1]).endswith(("يه", "ي", "ية")):
            continue
        if j > 0 and _bare(words[j - 1]) in _AR_NOT_SAID:
            return None
        if _bare(words[j]) not in ("مصدر", "المصدر") and _ar_wider_source(words, j):
            return k
    return None


# a clause of its own after the piece passed around: «...، وقد أثنى مغردون على هذه البادرة»، «...، فيما طالب المغردون»
_AR_NEW_CLAUSE = F._n("وقد فيما بينما")


def _ar_circulated_report_end(toks: list[Token], words: list[str], start: int, talk: bool) -> int | None:
    """(round 65) Where what the media tell or pass around ends: what they talk of is the «عن» phrase, up to the
    first comma («بسبب معلومات تحدثت عن مقتل الملا عمر ...، أرجئت الجولة»: the postponement is the speaker's);
    what they pass around ends at a comma before «وقد / فيما / بينما» (the reaction to the piece is the writer's:
    «تداول ناشطون مقطع فيديو يوضح ...، وقد أثنى مغردون على هذه البادرة»); or None."""
    for q in range(start + 1, len(words) - 1):
        if toks[q].text in (",", "،") and (talk or words[q + 1] in _AR_NEW_CLAUSE):
            return q
    return None


# (round 60) what وفق / حسب / طبقا name besides a source, that `F.AR_ATTR_NOT_SOURCE` lacks: a frame of reference,
# values, a timetable, resolutions, wishes, a decree, agreements in the plural («وفق المرجعية الدولية»، «وفق القيم
# الإسلامية»، «وفق جدولة زمنية»، «وفقا لمقررات جنيف»، «حسب رغبات طرف»، «طبقا لمرسوم التعيين»، «وفق الاتفاقات»); the
# subject's own thinking or claim («بحسب فكرها»، «حسب زعمها»: the actor's word, not a third party's); «ووفق الله»
# (the verb "God granted success"); and a provision that stipulates («حسبما نصت المبادرة»، «وفق ما ينص عليه»)
_AR_ATTR_FRAME = F._n(
    "مرجعية المرجعية مرجعيات المرجعيات قيم القيم جدولة الجدولة مقررات المقررات رغبة الرغبة رغبات الرغبات "
    "مرسوم المرسوم مراسيم المراسيم اتفاقات الاتفاقات الله "
    "فكره فكرها فكرهم زعمه زعمها زعمهم زعمهما رغبته رغبتها رغبتهم"
)
_AR_STIPULATE = F._n("نصت نص ينص تنص نصه نصها تقضي يقضي قضت قضى")


def _ar_attr_names_frame(words: list[str], k: int) -> bool:
    """(round 60) The وفق / حسب / طبقا at k is followed by a frame (`_AR_ATTR_FRAME`) or, past «ما», by a verb of
    stipulating: no source is named, nothing is attributed. The gold of the tuning sets has these asserted
    (t10-ar-102, t12-ar-104, t12-ar-119, t7-ar-133, t7-ar-177, d11-ar-049, aner-test-528-2, aner-train-2584-1 ...)."""
    n = len(words)
    if k + 1 >= n:
        return False
    nx = words[k + 1]
    if nx == "ما" or _bare(nx) == "ما":
        return k + 2 < n and words[k + 2] in _AR_STIPULATE
    forms = {nx, _bare(nx), _unprep(nx)}
    if nx[:1] in "بل":
        forms.add(nx[1:])
    if nx.startswith("لل"):
        forms.add("ال" + nx[2:])
    return bool(forms & _AR_ATTR_FRAME) or nx in _AR_STIPULATE


# (round 66) a reporting verb with no subject of its own («وأضاف أن»، «ولكن ذكر أن»، «مشيرة إلى أن») tells what the
# speaker before it says: the source that heads its sentence («ولم يبيّن الموقع عمر الطفلة ولكن ذكر أن القاضي وافق»)
# or, for a sentence that opens with it, the source whose report runs to the end of the sentence before («نفى مصدر
# مسؤول في النادي ... . وأضاف "تم توقيع العقود"»). An official speaker (no source) keeps its own word (asserted).
_AR_ELIDED_REPORT = F._n(
    "أضاف أضافت تابع تابعت أشار أشارت أوضح أوضحت ذكر ذكرت بين بينت أكد أكدت لفت لفتت نوه نوهت "
    "أضافوا تابعوا أشاروا أوضحوا ذكروا بينوا أكدوا"  # «وأفاد شهود ... . وأضافوا أن»
)
_AR_ELIDED_CONTRAST = F._n("لكن ولكن لكنه ولكنه لكنها ولكنها")
# what a subjectless reporting verb opens right after it: «أن / إن / بأن»، «إلى (أن)»، «:»، «قائلا»، a quotation
_AR_ELIDED_OPENERS = F._n("الى قائلا قائله")
_AR_ELIDED_MARKS = (":", "«", '"', "“")
# a particle before the verb that heads the sentence: «ولم يبيّن الموقع»، «وقد ذكرت الصحيفة»
_AR_VERB_PARTICLES = F._n("لم ولم قد وقد كما ما وما")
# sentences back that a chain of subjectless verbs may reach («وأضاف ... . وتابع ... .»)
_AR_ELIDED_REACH = 3


def _ar_elided_verb(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 66) The word at k is a reporting verb (`_AR_ELIDED_REPORT`, with «و»; or a participle of speech,
    `_AR_SPEECH_PARTICIPLE`) whose complement follows it at once: it has no subject of its own."""
    w = words[k]
    if _bare(w) in _AR_SPEECH_PARTICIPLE:
        pass  # «...، مشيرة إلى أن»: the participle opens its clause wherever it stands
    elif not (w in _AR_ELIDED_REPORT or (w[:1] == "و" and w[1:] in _AR_ELIDED_REPORT)):
        return False
    elif not (toks[k].text.startswith("و") or (k > 0 and words[k - 1] in _AR_ELIDED_CONTRAST)):
        return False  # «وأضاف أن»، «... وأشار إلى أن»; a bare «ذكر» only after «ولكن / لكنه»: «ولكن ذكر أن»
    if k + 1 >= len(words):
        return False
    nx = words[k + 1]
    return (
        nx in _AR_THAT
        or _bare(nx) in _AR_THAT
        or nx in _AR_ELIDED_OPENERS
        or toks[k + 1].text in _AR_ELIDED_MARKS
    )


def _ar_heading_source(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 66) The clause that heads the sentence of the verb at k has a source as its subject, right after its
    verb («واهتمت الصحف ...»، past a particle: «ولم يبيّن الموقع ...»), not an office («خلية الإعلام»)."""
    j = 2 if words[0] in _AR_VERB_PARTICLES else 1
    if j >= k or any(t.text in F.PUNCT_BOUNDARY for t in toks[: j + 1]) or toks[j].kind != "ar":
        return False
    if any(_bare(x) in F.AR_OFFICE_HEADS for x in words[j : j + 2]):
        return False  # «أفادت خلية الإعلام الحربي»: an institution
    return _ar_wider_source(words, j)


def _ar_report_runs_on(before: Sequence[list[Token]]) -> bool:
    """(round 66) The last sentence of ``before`` ends inside a source's report: its attribution (with the
    sentences before it, for a chain of subjectless verbs) runs to its end and starts at a reporting verb whose
    subject is a source noun, not a phrase («حسب اللائحة»، «وفقا لكاهيل») nor a source in a prepositional phrase
    («وقال الإسماعيلي بموقعه»: the club on its website), or at a subjectless verb that continues such a report."""
    if not before:
        return False
    last = before[-1]
    attr, stop = attribution(last, "ar", [], before=before[:-1])
    if attr is None or stop < len(last):
        return False
    k = attr[0]
    words = [t.norm for t in last]
    if k == 0 and _ar_elided_verb(last, words, 0):
        return True  # «... . وأضاف أن ... . وتابع:»
    verb = words[k][1:] if words[k][:1] in "وف" and len(words[k]) > 2 else words[k]
    if not (verb in F.AR_REPORT_VERBS or words[k] in F.AR_REPORT_VERBS):
        return False
    return any(
        _ar_source_noun(words[j], words[j + 1 :]) and last[j].text[:1] not in "بل"
        for j in range(k + 1, min(len(last), k + 3))
        if last[j].kind == "ar"
    )


def _ar_elided_speaker_source(
    toks: list[Token], words: list[str], k: int, before: Sequence[list[Token]]
) -> bool:
    """(round 66) The reporting verb at k has no subject of its own (`_ar_elided_verb`) and its speaker is a
    source: the subject of the clause that heads its sentence (a coordinated «ولكن ذكر أن»، «...، مشيرة إلى أن»),
    or, for a sentence that opens with it, the source of the sentence before (`_ar_report_runs_on`)."""
    if not _ar_elided_verb(toks, words, k):
        return False
    if k == 0 or (k == 1 and toks[0].text in F.QUOTE_MARKS):
        return _ar_report_runs_on(before[-_AR_ELIDED_REACH:])
    return _ar_heading_source(toks, words, k)


def ar_opens_without_subject(toks: list[Token]) -> bool:
    """(round 66) The Arabic sentence opens with a reporting verb that has no subject of its own («وأضاف أن»،
    «وتابع:»، «مشيرا إلى أن»): its speaker is in the sentence before (the extractor passes those)."""
    words = [t.norm for t in toks[:3]]
    return bool(words) and (
        _ar_elided_verb(toks[:3], words, 0)
        or (len(words) > 1 and toks[0].text in F.QUOTE_MARKS and _ar_elided_verb(toks[:3], words, 1))
    )


def attribution(
    toks: list[Token], lang: str, cands: list[Cand], before: Sequence[list[Token]] = ()
) -> tuple[tuple[int, str, Cand | None] | None, int]:
    """(token index where the attribution starts, scope 'all' or 'after', source candidate), or None; and
    the token index where the attributed statement stops (``len(toks)`` unless a quotation, a condition's
    apodosis, a contrasting speaker or a later speaker ends it). ``before``: (round 66) the Arabic sentences
    before this one, nearest last, for a sentence that opens with a subjectless reporting verb."""
    n = len(toks)
    attr_stop = n
    words = [t.norm if lang == "ar" else en_lemma(t.text) for t in toks]
    for k, w in enumerate(words):
        w0 = w[1:] if lang == "ar" and w[:1] in "وف" and len(w) > 2 else w
        hit = anonymous = private = False
        private_start: int | None = None  # (round 63) where a private speaker's report starts
        media_start: int | None = None  # (round 65) where the media's report starts
        if lang == "ar":
            if w0 in F.AR_ATTR or w in F.AR_ATTR:
                nx = words[k + 1] if k + 1 < n else ""
                forms = {nx, _bare(nx), _unprep(nx), "ال" + nx[2:] if nx.startswith("لل") else nx}
                hit = not forms & F.AR_ATTR_NOT_SOURCE  # «وفق الاتفاق» attributes nothing
                # (round 12) an attribution needs its source after it: «ليس هذا فحسب، بل»، «في عدن وحسب.»
                # end a phrase (only), no one is named
                hit = hit and k + 1 < n and toks[k + 1].text not in ",،;؛:.!?؟)"
                hit = hit and not _ar_attr_names_frame(words, k)  # (round 60) «وفق المرجعية»، «حسب زعمها»
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
                hit = hit or _ar_source_after_addressee(toks, words, k)  # (round 62) «قال لـ"الاقتصادية" مصدر»
                if hit and k + 1 < n and _bare(words[k + 1]) in F.AR_OFFICE_HEADS:
                    hit = False  # round 10: «أفادت خلية الإعلام الحربي»: an institutional official
                if not hit:
                    # (round 63) a private speaker: «وأكد قريب الجاني أن»، «وقال أحمد، شقيق القتيل، إن»
                    private_start = _ar_private_speaker(toks, words, k)
                    if private_start is None:
                        private_start = _ar_one_of_private(toks, words, k)  # (round 87) «قال أحد الموظفين إن»
                    hit = private = private_start is not None
                # (round 13) relayed speech: «نقل "مكتب أخبار سوريا" عن الناشط ... قوله إن»، «ونقل المكتب
                # الإعلامي عن القائد قوله»: whoever relays whom, the words are told at second hand
                hit = hit or (w0 in _AR_RELAY and _ar_relayed_speech(toks, words, k))
                hit = hit or _ar_one_of_sources(toks, words, k)  # «قال X، أحد سكان القرية، إن»
                hit = hit or _ar_source_member(toks, words, k)  # «قال رامي عبد الرحمن مدير المرصد إن»
                hit = hit or _ar_close_speaker(toks, words, k)  # (round 32) «وقال مقرب من المندعي إن»
                hit = hit or _ar_relative_source(toks, words, k)  # (round 15) «بالصحيفة التي ذكرت أن»
                # (round 14) «وكانت منظمة العفو الدولية قد قالت الشهر الماضي إن»: the subject of a
                # pluperfect stands between كان and قد
                hit = hit or _ar_pluperfect_source(toks, words, k)
                hit = hit or _ar_organisation_subject(toks, words, k)  # (round 27) «وأوضحت المنظمة أنها»
                # «وأفادت المنظمة في أحدث تقرير لها أن»: what a report tells is reported
                hit = hit or any(
                    _bare(words[j]) in _AR_REPORT_DOC and "في" in words[k + 1 : j]
                    for j in range(k + 2, min(n, k + 6))
                )
            if not hit and (w0 in F.AR_REPORT_VERBS or w0 in _AR_POINT_OUT or w0 in _AR_LEARNED):
                hit = ar_wider_source_report(toks, words, k)  # (round 52) «ولفتت المصادر إلى أن»، «وقال السكان إن»
            if not hit:
                hit = _ar_unlisted_verb_source_report(toks, words, k)  # (round 67) «وأبان المصدر أن»، «وصرح مصدر بأن»
            if not hit:
                # (round 69) «وذكرت الصحافة أن»، «وأضافت يديعوت أحرونوت أن»
                hit = _ar_press_source_report(toks, words, k)
            if not hit:
                # (round 80) «...، على ما أفادت محاميته»، «...، على حد قول الكاتب العام للنقابة.»
                hit = _ar_trailing_source(toks, words, k)
            if not hit:
                hit = _ar_published_report_source(toks, words, k)  # (round 57) «نشرت صحيفة X تقريرا ذكرت فيه أن»
            if not hit:
                # (round 65) «أنباء تتحدث عن»، «تداول نشطاء فيديو»
                media_start = _ar_media_talk_source(toks, words, k)
                hit = media_start is not None
            if not hit:
                hit = _ar_elided_speaker_source(toks, words, k, before)  # (round 66) «ولكن ذكر أن»، «وأضاف أن»
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
            elif w in ("say", "says", "told") and k > 0 and words[k - 1] in _EN_PRIVATE_SPEAKERS:
                # (round 32) "Rochester man says home was burglarized", "the victim told police"
                hit = private = True
                # ... up to what the police did upon it: "the victim told police the pair had taken money
                # from him and they were arrested" (the arrest is told by the writer)
                attr_stop = next(
                    (
                        j
                        for j in range(k + 1, n - 1)
                        if words[j] == "and" and words[j + 1].lower() in _EN_POLICE_FOLLOWUP
                    ),
                    attr_stop,
                )
            elif w in ("said", "say", "says", "told") and _en_source_head(toks, words, k):
                hit = True  # "The Syrian Observatory for Human Rights said", "the news agency IRNA said"
            elif (
                w in ("said", "say", "says", "report", "reports")
                and k > 0
                and words[k - 1].lower() in _EN_MEDIA
            ):
                hit = (
                    True  # "The Chronicle says he was arrested", "CBS DFW reports the man ... was sentenced"
                )
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
                    and any(words[q] in _AR_THAT or _bare(words[q]) in _AR_THAT for q in range(k + 1, c.tok))
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
        # (round 80) «...، على حد قول X»، «... كما أوردت وكالة الأناضول.» (no comma): the same, after the statement
        phrase = phrase or (lang == "ar" and _ar_trailing_source(toks, words, k, source=True))
        scope = "after" if (k <= 1 or after_f or (lang == "ar" and not phrase)) else "all"
        if lang == "en" and k > 2 and w in ("said", "say", "says", "told", "reported"):
            # "bombardments that rescuers and residents say reduced ...": a relative clause of its own
            rel = any(words[j] in ("that", "which", "who", "whom") for j in range(max(0, k - 4), k))
            scope = "after" if rel else "all"
        if private and not (lang == "ar" and phrase):
            # (round 32) what the private speaker tells, not the sentence before the verb; (round 63) but «...، كما
            # أفاد شقيقه» tells the sentence before it
            scope = "after"
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
                attr_stop = min(attr_stop, quoted[1])
                return (quoted[0], scope, src), attr_stop
            elif k > 0 and _bare(words[k - 1]) in _AR_SPEECH_PARTICIPLE:
                scope = "after"
        if lang == "ar" and k > 0 and _bare(words[k - 1]) in ("اذا", "لو", "ان"):
            # (round 11) «وإذا قيل لنا إن ... فإن علينا أن نسأل»: what is said inside a condition is
            # the condition; the apodosis (فإن / فـ) is the writer's own
            scope = "after"
            attr_stop = next(
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
                attr_stop = stop
            if lang == "ar" and not phrase:
                # (round 14) «ذكرت الوكالة أن ...، وقال وزير الدفاع إن ...»: a later reporting verb
                # whose own subject is no source opens a statement of its own
                nxt = _ar_next_speaker(toks, words, k)
                if nxt is not None:
                    attr_stop = min(attr_stop, nxt)
                own = _ar_source_own_demand(toks, words, k)  # (round 68) «وبينت المصادر أن ...، وطالبت بأن»
                if own is not None:
                    attr_stop = min(attr_stop, own)
        if media_start is not None:
            # (round 65) what the media tell or pass around, from the piece on, up to a clause of its own
            end = _ar_circulated_report_end(toks, words, media_start, talk=media_start == k)
            attr_stop = min(attr_stop, end) if end is not None else attr_stop
            return (media_start, scope, src), attr_stop
        if private_start is not None:
            # (round 63) the private speaker's report: from its complement (not the speaker's description) to
            # his own act after it («...، مطالبًا»)
            own = _ar_private_report_end(toks, words, private_start)
            if own is not None:
                attr_stop = min(attr_stop, own)
            return (private_start, scope, src), attr_stop
        return (k, scope, src), attr_stop
    return None, attr_stop


# (round 67) reporting verbs of news Arabic that `F.AR_REPORT_VERBS` lacks: «وأبان المصدر أن»، «وبيّن المصدر أن»،
# «وصرح مصدر عسكري بأن»، «وأفصحت مصادر محلية أن»، «وتابع المصدر أن»، «وزادت الصحيفة أن» (shadda is normalised
# away: «بيّن» is «بين»). They are ambiguous alone (between, followed, increased), so the rule takes them only
# opening a clause, with a source as the subject right after and the report's complement after it
_AR_UNLISTED_REPORT = F._n(
    "أبان أبانت أبانوا بين بينت بينوا صرح صرحت صرحوا أفصح أفصحت أفصحوا تابع تابعت تابعوا زاد زادت"
)
_AR_TIME_CONJUNCTION = F._n("بعد قبل منذ حتى حين عندما لدى رغم")


def _ar_unlisted_verb_source_report(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 67) The word at k is a reporting verb the lexicon lacks (`_AR_UNLISTED_REPORT`) that opens its
    clause (the sentence's first word, after «و / ف» or a punctuation mark), whose subject right after it (past a
    demonstrative or a quantity, as round 52 reads them) is a source (`_ar_wider_source`: media, sources,
    witnesses, residents, a document), not an outlet told («لـ»), and whose complement («أن / إن / بأن», a colon)
    follows within seven words (an outlet told in quotes between), before any punctuation or time conjunction. The speaker's class decides as for «قال»: «وأبان المتحدث أن» stays asserted."""
    n = len(words)
    w = words[k]
    prefixed = w[:1] in "وف" and len(w) > 2
    verb = w[1:] if prefixed else w
    if verb not in _AR_UNLISTED_REPORT:
        return False
    if not (prefixed or k == 0 or toks[k - 1].text in F.PUNCT_BOUNDARY):
        return False  # «الاتفاق بين الوكالة وإيران»: a preposition inside a noun phrase
    j = _ar_subject_head(words, k + 1)
    if j >= n or toks[j].kind != "ar" or _ar_addressee(toks[j]) or not _ar_wider_source(words, j):
        return False
    # the complement within the subject's phrase: not past an object and a time conjunction («وتابعت الصحيفة
    # التطورات بعد أن اعتقلت»: followed, the «أن» is «بعد أن»'s)
    for q in range(j + 1, min(n, j + 8)):
        if toks[q].text == ":":
            return True
        if toks[q].text in F.QUOTE_MARKS:
            continue
        if toks[q].text in F.PUNCT_BOUNDARY or _bare(words[q]) in _AR_TIME_CONJUNCTION:
            return False
        if words[q] in _AR_THAT or _bare(words[q]) in _AR_THAT:
            return True
    return False


# (round 68) a demand or a call coordinated after the source's report, in the reporting verb's own person: the
# source's own act, not its content («وبينت المصادر أن ...، وطالبت بأن»)
_AR_DEMAND_FEMININE = F._n("طالبت دعت ناشدت حثت طلبت")
_AR_DEMAND_PLURAL = F._n("طالبوا دعوا ناشدوا حثوا طلبوا")


def _ar_source_own_demand(toks: list[Token], words: list[str], k: int) -> int | None:
    """(round 68) Index of «، و + a demand verb» (`_AR_DEMAND_FEMININE` / `_AR_DEMAND_PLURAL`) after the report's
    complement that agrees with the reporting verb at k (a feminine «ـت» or a plural «ـوا» perfect, as the
    source nouns take them: «وبينت المصادر»، «وذكروا»), where no word of the report's content between bears
    the same ending (an indefinite «ـت» or «ـوا» word: «أن الحكومة رفضت العرض، وطالبت» is the government's
    demand): the source's report ends there and its demand is its own act. A masculine verb is left alone
    (the content's verbs look the same)."""
    n = len(words)
    verb = words[k][1:] if words[k][:1] in "وف" and len(words[k]) > 3 else words[k]
    if verb.endswith("وا"):
        ending, demands = "وا", _AR_DEMAND_PLURAL
    elif verb.endswith("ت"):
        ending, demands = "ت", _AR_DEMAND_FEMININE
    else:
        return None
    that = next((q for q in range(k + 1, min(n, k + 9)) if toks[q].text == ":" or words[q] in _AR_THAT), None)
    if that is None:
        return None
    for j in range(that + 1, n):
        if toks[j].text in _AR_SENTENCE_END:
            return None
        w = words[j]
        if w[:1] == "و" and w[1:] in demands and toks[j - 1].text in (",", "،"):
            return j
        bare = _bare(w)
        if (
            toks[j].kind == "ar"
            and bare.endswith(ending)
            and not bare.startswith("ال")
            and not bare.endswith("ات")
        ):
            return None  # a verb of the content in the same person: the demand may be its subject's
    return None


# (round 69) the press and papers that `F.AR_SOURCE_NOUNS` lacks (kept out of it: the classifier reads that set):
# «الصحافة» itself («وذكرت الصحافة الجزائرية أن»), a magazine («وذكرت مجلة "فوكوس" أن»), and papers named without
# «صحيفة» whose names carry no source word («وأضافت يديعوت أحرونوت أن»، «وأشارت "نيويورك تايمز" إلى أن»)
_AR_PRESS = F._n("الصحافة صحافة مجلة المجلة مجلات المجلات")
_AR_PAPER_NAMES = F._n(
    "يديعوت أحرونوت أحرنوت هآرتس هارتس معاريف تايمز بوست لوموند لوفيغارو فيغارو إندبندنت اندبندنت"
)


def _ar_press_source_report(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 69) The reporting verb at k (`F.AR_REPORT_VERBS` or pointing out, as round 52 reads them) has the
    press, a magazine or a paper's name as its subject right after it (past a quote mark: a name in quotes; the
    name's first or second word: «نيويورك تايمز»), not an outlet told («لصحيفة»), and the report's complement
    follows (`_ar_complement_follows`; after «كشف» a clause, not «عن»). Not «مجلس / نادي الصحافة» (a body: the
    head is not the press) nor «حرية الصحافة» (no reporting verb before it)."""
    n = len(words)
    verb = words[k][1:] if words[k][:1] in "وف" and len(words[k]) > 2 else words[k]
    if verb not in F.AR_REPORT_VERBS and verb not in _AR_POINT_OUT:
        return False
    j = k + 1
    while j < n and toks[j].text in F.QUOTE_MARKS:
        j += 1
    if j >= n or toks[j].kind != "ar" or _ar_addressee(toks[j]):
        return False
    # a clause told («أن / إن / :», «إلى أن» after pointing), not «كشفت ... عن» + a noun phrase: what is revealed
    # is the noun, and its description carries the writer's background («كشفت الصحافة الأميركية عن البرنامج
    # الذي وضع بعد هجمات 11 سبتمبر»: the attacks are no news the press tells)
    told = "قال" if verb.startswith("كشف") else verb
    if _bare(words[j]) in _AR_PRESS:
        return _ar_complement_follows(toks, words, j + 1, told)
    for q in (j, j + 1):
        if q < n and toks[q].kind == "ar" and _bare(words[q]) in _AR_PAPER_NAMES:
            return _ar_complement_follows(toks, words, q + 1, told)
    return False


# (round 80) a speaker named after the statement, in a comparative clause after it: «...، على ما أفادت
# محاميته»، «...، على حد قول الكاتب العام لنقابة ...» ("as X said", "in X's words"). Round 14's `_ar_as_reported`
# reads «على ما ذكرت» only when the speaker is a source noun; these are «حسبما / بحسب قول» in other words, which the
# conventions at the top of eval/events/README.md read as reported whoever speaks (a ministry too). «على حد قوله»
# (a pronoun, no speaker named) marks the wording, as «حسب تعبيره», and is left
_AR_IN_THE_WORDS = F._n("قول تعبير")
_AR_WITH_IT = F._n("به بها")


def _ar_trailing_source(toks: list[Token], words: list[str], k: int, source: bool = False) -> bool:
    """(round 80) The word at k opens, after a comma, a comparative clause that names its speaker: «، على ما» + a
    reporting verb (`F.AR_REPORT_VERBS`, past «به») or «، على حد قول / تعبير», then the speaker's word, and no «أن /
    إن» complement or colon of its own before the clause's end (a comma or the sentence's end). With ``source`` (the
    verb's subject already read as a source) also «كما» + a reporting verb with no comma before it, when only the
    source's phrase (up to six words) follows to the sentence's end («... والمتظاهرين كما أوردت وكالة انباء
    الاناضول.»; round 14 takes «، كما»). The opening and the scan are `_ar_comparative_opening` and
    `_ar_comparative_clause_ends`."""
    n = len(words)
    if k < 2:
        return False
    w = words[k]
    opening, comma = _ar_comparative_opening(toks, words, k)
    end: _ComparativeEnd = "comma"
    if opening == ("علي", "ما") and comma and w in F.AR_REPORT_VERBS:
        j = k + 2 if k + 1 < n and words[k + 1] in _AR_WITH_IT else k + 1  # «على ما أفادت به مصادر»
    elif opening == ("علي", "حد") and comma and w in _AR_IN_THE_WORDS:
        j = k + 1
    elif (
        source
        and opening == ("كما",)
        and not comma
        and w in F.AR_REPORT_VERBS
        and any(toks[q].text in _AR_SENTENCE_END for q in range(k + 2, min(n, k + 8)))
    ):
        # «كما» with no comma before it is read only when the source's phrase ends the sentence
        j, end = k + 1, "last"
    else:
        return False
    if j >= n or toks[j].kind != "ar":
        return False  # «، على ما قال.»: no speaker named
    # the comparative clause ends at a comma («...، على ما أعلن متحدث ...، وكانت الحصيلة السابقة»)
    return _ar_comparative_clause_ends(toks, words, j, end)


# (round 87) one of a group of private people as the speaker: «وقال أحد الموظفين داخل الفندق إن رجال الأمن منعوا»،
# «وقال علي سالمان وهو أحد المتظاهرين إن الحكومة هدمت». Round 63 reads a relative or a citizen, scope's
# `_ar_one_of_sources` «أحد» + a source noun (سكان، شهود); «أحد» + a definite plural of private people who saw what
# they tell (protesters, employees, the wounded, survivors, passengers, hostages, detainees, refugees ...) is the same
# witness, and the tuning gold reads his report as reported. Not the group's own act: «قال أحد المتظاهرين إنهم
# يحذرون»، «قال X، وهو أحد المتظاهرين، إن البدو يطالبون» are gold asserted (a self pronoun, a verb of demand)
_AR_ONE_OF_PRIVATE = F._n(
    "المتظاهرين المتظاهرات المحتجين المحتجات الموظفين الموظفات الجرحى المصابين المصابات الناجين الناجيات "
    "الركاب الرهائن المحتجزين المحتجزات المعتقلين المعتقلات اللاجئين اللاجئات النازحين النازحات العمال "
    "الطلاب الطالبات المصلين الزوار المسافرين المارة"
)
_AR_SELF_GROUP_THAT = _AR_SELF_THAT | F._n("انهم إنهم أنهم بأنهم بانهم اننا إننا أننا بأننا")


def _ar_one_of_private(toks: list[Token], words: list[str], k: int) -> int | None:
    """(round 87) The subject of the reporting verb at k, within nine words before its «أن / إن / بأن / إلى أن» or
    colon (commas, dashes, «وهو / وهي» of an apposition and an outlet told «لـ"X"» allowed), is «أحد / إحدى» + a
    definite plural of private people (`_AR_ONE_OF_PRIVATE`); no office title or source noun before it (the other
    rules' speakers). Returns where the report starts, as round 63's `_ar_private_speaker` (past the complement and the topic word after it); None
    when the complement is a self pronoun («إنه / إنهم / إننا»: the speaker's or his group's own account) or a verb
    of calling or demanding follows it within three words (`governing._AR_CALL_VERBS`: the group's own demand)."""
    n = len(words)
    one_of = False
    j = k
    while j + 1 < min(n, k + 10):
        j += 1
        tx = toks[j].text
        w = _bare(words[j])
        if tx in _AR_QUOTE_OPEN and normalize(toks[j - 1].text) in ("ل", "لـ"):
            # the outlet told, in quotes: «وقال أحد المصلين لـ"سبق" إن»
            j = next((q for q in range(j + 1, min(n, j + 6)) if toks[q].text in _AR_QUOTE_CLOSE), n)
            continue
        if tx == ":":
            if not one_of:
                return None
            return j + 2 if j + 1 < n and words[j + 1] in _AR_THAT else j
        if tx in F.PUNCT_BOUNDARY and tx not in _AR_APPOSITION_MARKS:
            return None
        if words[j] in _AR_SELF_GROUP_THAT or w in _AR_SELF_GROUP_THAT:
            return None
        if words[j] in _AR_THAT or w in _AR_THAT or (w == "الي" and j + 1 < n and words[j + 1] in _AR_THAT):
            if not one_of:
                return None
            c = j + 1 if w == "الي" else j
            if any(_bare(x) in _AR_CALL_VERBS for x in words[c + 1 : c + 4]):
                return None
            return c + 1
        if toks[j].kind != "ar":
            continue
        if words[j] in _AR_ONE_OF_PRIVATE and _bare(words[j - 1]) in _AR_ONE_OF:
            continue  # the plural after «أحد» («الموظفين» is a witness stem of `_ar_source_noun` too)
        if words[j] in _AR_OFFICE_TITLE or w in _AR_OFFICE_TITLE or _ar_source_noun(words[j], words[j + 1 :]):
            return None
        if w in _AR_ONE_OF and j + 1 < n and words[j + 1] in _AR_ONE_OF_PRIVATE:
            one_of = True
    return None
