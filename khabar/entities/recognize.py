"""Recognizers by language, their shared post-processing, and grouping mentions into entities."""

from __future__ import annotations

import math
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from khabar.amounts.numwords import NUMBER_WORDS_AR
from khabar.amounts.units import MEASURES
from khabar.document import Document, Entity, Mention
from khabar.entities.crf import ArabicCRF, Span
from khabar.entities.features import Lexicon, split_core, strip_candidates
from khabar.entities.rules import (
    FAC_WORDS_AR,
    NAMED_AR,
    gazetteer_kinds,
    geo_kind,
    merge_rule_spans,
    never_alone,
    weapon_spans,
)
from khabar.quotes.lexicon import (  # word lists only; no quotation code runs here
    AR_ANONYMOUS,
    AR_HONORIFICS,
    AR_PREPOSITION_STOPS,
    AR_TIME_WORDS,
    AR_TITLE_WORDS,
)
from khabar.text.lexicon import (
    AR_ATTRIBUTION,
    AR_ORG_HEADS,
    AR_ORG_NAME_HEADS,
    AR_REPORT_VERBS,
    AR_SPEECH_VERBS,
    strip_conj,
)
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token, orig_len
from khabar.time.lexicon import (
    AR_AMBIGUOUS_HIJRI,
    AR_AMBIGUOUS_MONTHS,
    AR_DAYPARTS,
    AR_HIJRI_MONTHS,
    AR_MONTHS,
)

# ``normalize`` of a word, memoized: the rules normalize the same token texts many times over
# (a pure function of its string; same results)
_normalize = lru_cache(maxsize=1 << 17)(normalize)

_LOCK = threading.Lock()
_CACHE: dict[tuple[str, str], object] = {}


_DIRECTIONS = frozenset(_normalize(w) for w in "جنوب شمال شرق غرب".split())


def _definite_nisba_after_definite(prev, tok: Token) -> bool:
    """A definite word with the nisba ending right after a definite word (الدول العربية)."""
    if prev.kind != "ar" or tok.kind != "ar":
        return False
    word = _normalize(tok.text)
    return (
        split_core(word)[1] == "ال"
        and word.endswith(("يه", "ي"))
        and split_core(_normalize(prev.text))[1] == "ال"
    )


def _agrees_with_previous_noun(prev, tok: Token) -> bool:
    """A definite nisba adjective right after a definite noun (الدول العربية، الصحف الخليجية) is an
    adjective of that noun, whatever one-word organisation shares its spelling."""
    return _definite_nisba_after_definite(prev, tok) and _normalize(prev.text) not in _DEFINITE_OUTLET_HEADS


def _nisba_adjective(prev, tok: Token, lexicon: Lexicon) -> bool:
    """A nisba adjective agreeing with the noun before it (القوات البريطانية، الصحيفة البريطانية):
    both definite, the word no place name the gazetteer knows (الحكومة السعودية is Saudi Arabia's);
    or both indefinite and feminine (غارات جوية إيطالية, عائلة سورية: a country would be in construct,
    إيطاليا، سوريا), the word no town (بحيرة طبرية)."""
    if prev.kind != "ar" or tok.kind != "ar" or tok.stem_start > tok.start or tok.text.endswith("ئ"):
        return False  # والسعودية، بالدرعية: a proclitic starts a new phrase; الهادئ is no nisba
    word, before = _normalize(tok.text), _normalize(prev.text)
    if split_core(word)[1] == "ال":
        return _definite_nisba_after_definite(prev, tok) and not lexicon.names.get(word)
    return (
        split_core(before)[1] != "ال"
        and word.endswith("يه")
        and before.endswith("ه")
        and len(word) > 4
        and "city" not in lexicon.names.get(word, ())
    )


# Definite nouns after which a one-word outlet name is a name: قناة العربية، صحيفة الحياة.
_DEFINITE_OUTLET_HEADS = frozenset(_normalize(w) for w in "القناة القناه الصحيفة الصحيفه المحطة الوكالة".split())


# Words that never begin or end a name: speech verbs the tagger sometimes takes in (وذكر عبدالرحمن،
# وحذر أوباما) and prepositions it runs on to (بليجريني عبر).
_EDGE_PREPOSITIONS = frozenset(_normalize(w) for w in "عبر في من على إلى الى عن مع خلال لدى".split())


def _not_name_edge(tok: Token, last: bool) -> bool:
    if tok.kind != "ar":
        return False
    word = _normalize(tok.text)
    bare = strip_conj(word)
    return word in AR_SPEECH_VERBS or bare in AR_SPEECH_VERBS or (last and word in _EDGE_PREPOSITIONS)


_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")
# What may follow a name that ends on a written علي (Ali) for it to stay in the name: أن/إن/بأن.
_AFTER_ALI = frozenset(_normalize(w) for w in "أن إن بأن لأن".split())


def _spelled_ali(tok: Token) -> bool:
    """``tok`` is written علي (also عليّ, وعلي, فعلي): the given name Ali where the writer spelled it
    apart from the preposition على, which normalizes onto the same word. Whether it is the name or
    an Egyptian spelling of the preposition (علي الرغم، علي أن) is for the words around it to say."""
    if tok.kind != "ar":
        return False
    raw = _ARABIC_MARKS.sub("", tok.text)
    return raw == "علي" or (len(raw) == 4 and raw[0] in "وف" and raw[1:] == "علي")


# Words that end in ى, as writers who write ى as ي spell them (إلي، حتي، لدي، أخري، مستشفي، موسي),
# none of them another word so spelled.
_YA_FOR_ALIF_MAQSURA = frozenset(
    """إلي الي حتي لدي متي أخري اخري الأخري الاخري مستوي المستوي مستشفي المستشفي موسي عيسي مصطفي يحيي
    الكبري الأولي الاولي قتلي جرحي ملتقي الملتقي منتدي المنتدي فتوي الفتوي دعوي الدعوي شكوي الشكوي ذكري
    الذكري مدي المدي أقصي الأقصي الاقصي أدني ادني""".split()
)


def _spells_alif_maqsura(tokens: list[Token]) -> bool:
    """Whether the writer spells final ى apart from ي (على, not علي, for "on"): more words end in ى
    as many as function words written with ي for it (إلي، حتي), or more. Where the writer does not (texts that
    write على as علي throughout), a written علي says nothing of the name Ali."""
    alif = ya = 0
    for t in tokens:
        if t.kind != "ar":
            continue
        if t.text.endswith("ى"):
            alif += 1
        elif t.text in _YA_FOR_ALIF_MAQSURA or (t.text[:1] in "وفبل" and t.text[1:] in _YA_FOR_ALIF_MAQSURA):
            ya += 1
    return alif >= ya


def _ali_closes(tok: Token) -> bool:
    """``tok``, right after a written علي, closes a name: إن as written (what follows قال), or a comma,
    colon or opening quote; never أن (أكد محمد علي أن: the preposition spelled علي)."""
    return (tok.kind == "punct" and tok.text in "،,:«") or (tok.kind == "ar" and tok.text == "إن")


def _ali_name_end(tokens: list[Token], b: int) -> bool:
    """A person span ending on token ``b``, a written علي, ends a name there (محمد علي إن، أحمد علي،):
    what follows is punctuation, the sentence's end or أن/إن, not a word the preposition governs
    (مويا علي التشيكي: the Egyptian spelling of على)."""
    if not _spelled_ali(tokens[b]):
        return False
    if b + 1 >= len(tokens):
        return True
    nxt = tokens[b + 1]
    return nxt.kind == "punct" or (nxt.kind == "ar" and _normalize(nxt.text) in _AFTER_ALI)


def _trim_edges(
    spans: list[Span], tokens: list[Token], token_starts: list[int], apart: bool | None = None
) -> list[Span]:
    """Spans without a speech verb at their start or a preposition or speech verb at their end.
    ``apart``: whether the writer spells ى apart from ي (:func:`_spells_alif_maqsura`; computed if not given)."""
    out: list[Span] = []
    if apart is None:
        apart = _spells_alif_maqsura(tokens)
    for s in spans:
        a, b = _token_range(token_starts, s)
        if a < 0 or s.type == "WEAPON":
            out.append(s)
            continue
        if a == b:
            if not _not_name_edge(tokens[a], last=False):
                out.append(s)  # a speech verb alone (وذكر) is dropped
            continue
        while a < b and _not_name_edge(tokens[a], last=False):
            a += 1
        while b > a and _not_name_edge(tokens[b], last=True):
            if apart and s.type == "PERSON" and _ali_name_end(tokens, b):
                break  # «وقال محمد علي إن»: Ali, written apart from على
            b -= 1
        if (
            b - a >= 2
            and _normalize(tokens[b].text) == "الله"
            and _normalize(tokens[b - 1].text) in _BLESSINGS
        ):
            b -= 2  # «سعود الفيصل رحمه الله»: a blessing after the name
        start = s.start if tokens[a].start <= s.start else tokens[a].stem_start
        end = min(s.end, tokens[b].end)
        if (start, end) != (s.start, s.end):
            s = Span(start, end, s.type, s.source)
        out.append(s)
    return out


# Words a person's name never ends on or runs over (وقال الدكتور محمد | اليوم، وأكد أحمد | مجددا): times
# and sentence adverbs (AR_TIME_WORDS), months whose name is no given or family name, parts of the day
# with their adverbial ending (صباحا، مساء), number words and prepositions. Left out: صباح and ظهر alone
# (صباح الأحمد; they count before another time word, «صباح اليوم»), رمضان and the other month names
# that are people's names, and على and أمام, which normalize to the names علي and إمام (عادل إمام).
_NAME_STOP_TIMES = (
    (AR_TIME_WORDS - {_normalize("صباح"), _normalize("ظهر")})
    | {m for m in AR_MONTHS if " " not in m and m not in AR_AMBIGUOUS_MONTHS}
    | {
        m
        for m in AR_HIJRI_MONTHS
        if " " not in m and m not in AR_AMBIGUOUS_HIJRI and m != _normalize("رمضان")
    }
    | {w for w in AR_DAYPARTS if " " not in w and (w.endswith("ا") or w.startswith("مساء"))}
    | frozenset(
        _normalize(w)
        for w in "الآن حاليا سابقا لاحقا مجددا مؤخرا مرارا البارحة الأمس بدورهم بدورهما شخصيا أمس غدا".split()
    )
)
_NAME_STOPS = (
    _NAME_STOP_TIMES | NUMBER_WORDS_AR | (AR_PREPOSITION_STOPS - {_normalize("على"), _normalize("أمام")})
)
# Heads of an office title in construct with a definite noun (ولي العهد، وزير الخارجية، رئيس الوزراء):
# the title after a name, never its last word; ولي الدين and ولي الله are names.
_TITLE_HEADS = frozenset(_normalize(w) for w in "ولي نائب وزير رئيس مستشار سفير".split())
_NOT_TITLE_COMPLEMENTS = frozenset(_normalize(w) for w in "الدين الله".split())
_DAY_HEADS = frozenset(_normalize(w) for w in "صباح ظهر".split())
_TEENS = frozenset(_normalize(w) for w in "عشر عشرة".split())
# Time words that are also Gulf family names (محمد الخميس، أحمد الجمعة، محمد المقبل): kept as the second word
# of a name, right after a one-word given name; cut further on (جون كيري | الجمعة).
_FAMILY_TIME_WORDS = frozenset(_normalize(w) for w in "الخميس الجمعة المقبل".split())


def _name_stop(tokens: list[Token], k: int, second: bool, titles: bool = True) -> bool:
    """Whether token ``k`` can be no part of a person's name after its first word (``second``: it is
    the name's second word): a number, or a word of ``_NAME_STOPS`` (also after و/ف: «وأمس»)."""
    tok = tokens[k]
    if tok.kind == "num":
        return True
    if tok.kind != "ar":
        return False
    word = _normalize(tok.text)
    if second and word in _FAMILY_TIME_WORDS:
        return False
    if word in _TEENS and k > 0 and _normalize(tokens[k - 1].text).startswith("ال"):
        return False  # a regnal number: بنديكت السادس عشر، ألفونسو الثالث عشر
    if word in _NAME_STOPS or strip_conj(word) in _NAME_STOP_TIMES:
        return True
    if titles and word in _TITLE_HEADS and k + 1 < len(tokens):  # محمد بن سلمان | ولي العهد، كيري | وزير الخارجية
        nxt = _normalize(tokens[k + 1].text)
        if (nxt.startswith("ال") and nxt not in _NOT_TITLE_COMPLEMENTS) or nxt in _TITLE_HEADS:  # ولي ولي العهد
            return True
    return (  # «صباح اليوم»، «ظهر أمس»
        word in _DAY_HEADS and k + 1 < len(tokens) and _normalize(tokens[k + 1].text) in _NAME_STOP_TIMES
    )


def _cut_name_stops(spans: list[Span], tokens: list[Token], token_starts: list[int]) -> list[Span]:
    """Person spans cut before the first word after their first one that no name has (a time, a
    sentence adverb, a number, a preposition): «محمد اليوم» -> «محمد». The name is trimmed, never dropped."""
    out: list[Span] = []
    for s in spans:
        a, b = _token_range(token_starts, s)
        if s.type == "PERSON" and 0 <= a < b:
            for k in range(a + 1, b + 1):
                # a span that opens with a title head is the title itself (ولي ولي العهد): not cut to «ولي»
                if _name_stop(tokens, k, k == a + 1, _normalize(tokens[a].text) not in _TITLE_HEADS):
                    s = Span(s.start, min(s.end, tokens[k - 1].end), s.type, s.source)
                    break
        out.append(s)
    return out


# Heads of places and bodies named after a person (مطار الملك فهد، جائزة الملك فيصل، حي الملك فهد).
_NAMED_AFTER = frozenset(
    split_core(_normalize(w))[2]
    for w in (
        "مطار ميناء مستشفى مسجد جامع مدينة حي شارع طريق جسر ملعب استاد مكتبة جامعة كلية معهد مركز مجمع "
        "قاعدة قاعة جائزة برنامج صندوق مؤسسة كرسي مدرسة مستشفيات محطة برج قصر ميدان دوار نادي"
    ).split()
)


def _named_after(tok: Token) -> bool:
    """``tok`` (proclitics aside: بحي، ومكتبة) is the head of a place or body named after a person."""
    full = _normalize(tok.text)
    forms = (full, tok.norm, *strip_candidates(full), full[1:], full[2:])  # بحي: too short to strip
    return any(split_core(w)[2] in _NAMED_AFTER for w in forms if len(w) >= 2)


# The verb of a blessing after a name: «رحمه الله»، «حفظه الله»
_BLESSINGS = frozenset(
    _normalize(w) for w in "رحمه رحمها يرحمه يرحمها حفظه حفظها يحفظه يحفظها رعاه رضي صلى".split()
)


# Words that join the parts of an Arabic name and never end one: أحمد آل مشيط، محمد بن سلمان، أبو مازن.
_NAME_PARTICLES = frozenset(_normalize(w) for w in "آل بن ابن بنت أبو أبي أم عبد".split())
# Given names that are also title or common words (مساعد "assistant", قائد "commander", سيد "master",
# رائد "major", أكبر "greater"): a name's first word only in a speaker's slot, before a name the tagger found.
# A kunya spelled with a madda is a foreign name, not the particle (شينزو آبي: Abe, not أبي "father of").
_MADDA_NOT_PARTICLES = frozenset(_normalize(w) for w in "أبي أبو أم".split())


def _name_particle(tok: Token) -> bool:
    word = _normalize(tok.text)
    return word in _NAME_PARTICLES and not (tok.text[:1] == "آ" and word in _MADDA_NOT_PARTICLES)


_TITLE_GIVEN_NAMES = frozenset(_normalize(w) for w in "مساعد قائد سيد رائد أكبر".split())
_BIN = frozenset(_normalize(w) for w in "بن ابن بنت".split())  # son / daughter of: a given name follows


# Nouns that head an organisation's name and are never one alone (جامعة مانشستر، وزارة الداخلية).
_ORG_HEAD_NOUNS = AR_ORG_NAME_HEADS


def _org_head(tok: Token) -> bool:
    return split_core(_normalize(tok.text))[2] in _ORG_HEAD_NOUNS or tok.norm in _ORG_HEAD_NOUNS


def _join_org_heads(spans: list[Span], tokens: list[Token], token_starts: list[int]) -> list[Span]:
    """A one-word organisation head the model tagged apart from the name right after it (جامعة |
    مانشستر المركزية) is one organisation with it."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG":
            j = bisect_right(token_starts, prev.start) - 1
            k = bisect_right(token_starts, s.start) - 1
            if (
                j >= 0
                and tokens[j].end >= prev.end  # one word
                and split_core(_normalize(tokens[j].text))[2] in _ORG_HEAD_NOUNS
                and k == j + 1
                and s.type in ("ORG", "GPE", "LOC", "PERSON")
            ):
                out[-1] = Span(prev.start, s.end, "ORG", prev.source)
                continue
        out.append(s)
    return out


def _split_coordinated_surnames(spans: list[Span], tokens: list[Token]) -> list[Span]:
    """«كيري وظريف» tagged one person: two family names joined by و, each the last word of a person
    named in full elsewhere in the document (جون كيري، جواد ظريف), are two mentions, one each."""
    starts = [t.start for t in tokens]
    words_of: list[list[Token]] = []
    for s in spans:
        a, b = bisect_right(starts, s.start) - 1, bisect_left(starts, s.end)
        words_of.append([t for t in tokens[max(a, 0) : b] if t.kind == "ar"] if s.type == "PERSON" else [])
    out: list[Span] = []
    for i, s in enumerate(spans):
        words = words_of[i]
        if len(words) == 2 and words[1].text[:1] == "و" and words[1].stem_start > words[1].start:
            known = {w[-1].norm for j, w in enumerate(words_of) if j != i and len(w) >= 2}
            if words[0].norm in known and words[1].norm in known and words[0].norm != words[1].norm:
                out.append(Span(max(s.start, words[0].stem_start), words[0].end, "PERSON", s.source))
                out.append(Span(words[1].stem_start, min(s.end, words[1].end), "PERSON", s.source))
                continue
        out.append(s)
    return out


def _complete_name_particles(spans: list[Span], tokens: list[Token], token_starts: list[int]) -> list[Span]:
    """A person's name the model cut after a particle (أحمد آل | أبو مرعي عسيري) takes the next
    person span, or else the next word, until it ends on a name word."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        s = spans[i]
        if s.type == "PERSON":
            j = bisect_right(token_starts, s.end - 1) - 1  # the span's last token
            while j >= 0 and _name_particle(tokens[j]) and j + 1 < len(tokens):
                nxt = tokens[j + 1]
                if nxt.kind != "ar":
                    break
                if i + 1 < len(spans) and spans[i + 1].start <= nxt.end and spans[i + 1].type == "PERSON":
                    s = Span(s.start, spans[i + 1].end, "PERSON", s.source)
                    i += 1
                elif i + 1 < len(spans) and spans[i + 1].start < nxt.end:
                    break  # the next word is another entity's
                else:
                    s = Span(s.start, nxt.end, "PERSON", s.source)
                j = bisect_right(token_starts, s.end - 1) - 1
        out.append(s)
        i += 1
    return out


def _names_split_as_clitics(spans: list[Span], tokens: list[Token]) -> list[Span]:
    """A family name whose first letter the tokenizer took for a proclitic (بلاتر → ب + لاتر) when the same word
    ends a person's full name elsewhere in the document (جوزيف بلاتر): the whole word is a mention of that
    person, not a place or an organisation «لاتر» (in one article the word is one name)."""
    surnames: set[str] = set()
    for s in spans:
        words = [t for t in tokens if s.start <= t.start and t.end <= s.end and t.kind == "ar"]
        if s.type == "PERSON" and len(words) >= 2 and len(words[-1].text) >= 4:
            surnames.add(_normalize(words[-1].text))  # the whole word: inside the name it has no proclitic
    if not surnames:
        return spans
    split = {t.stem_start: t for t in tokens if t.kind == "ar" and t.stem_start > t.start}
    out: list[Span] = []
    for s in spans:
        tok = split.get(s.start)
        if tok is not None and s.type != "PERSON" and tok.end == s.end and _normalize(tok.text) in surnames:
            s = Span(tok.start, s.end, "PERSON", s.source)
        out.append(s)
    return out


def cached(kind: str, key: str, factory):
    """One loaded model per (kind, key) and process."""
    with _LOCK:
        hit = _CACHE.get((kind, key))
        if hit is None:
            hit = factory()
            _CACHE[(kind, key)] = hit
        return hit


def _speech_verb(word: str) -> bool:
    return word in AR_SPEECH_VERBS


def _speech_verb_before(tokens: list[Token], i: int) -> bool:
    """A speech verb (with or without و/ف) right before token ``i``."""
    if i == 0 or tokens[i - 1].kind != "ar":
        return False
    w = _normalize(tokens[i - 1].text)
    return w in AR_SPEECH_VERBS or (w[:1] in "وف" and w[1:] in AR_SPEECH_VERBS)


# What follows a speaker's name after a speech verb (قال X إن، أشار X إلى أن، قال X في بيان، قال X لـ).
_AFTER_SPEAKER = frozenset(
    _normalize(w) for w in "إن أن إنه أنه إنها أنها إنهم أنهم إلى في خلال عن لـ ل".split()
)
_AFTER_SPEAKER_PUNCT = frozenset(':،,«"“')
_QUOTE_OPENERS = frozenset(':«"“')
_COMPLEMENTIZERS = frozenset(_normalize(w) for w in "إن أن إنه أنه إنها أنها".split())


# Nouns in construct with an outlet's or a site's name, and speech verbs that take no preposition
# after them: no proclitic can start the name right after them (موقع ويكيليكس، وقال برودكين).
_OUTLET_CONSTRUCT = frozenset(_normalize(w) for w in "موقع صحيفة مجلة قناة وكالة شبكة".split())
_NO_PREPOSITION_VERBS = frozenset(
    _normalize(w) for w in "قال قالت أكد أكدت أوضح أوضحت أضاف أضافت ذكر ذكرت كان كانت يقول تقول".split()
)


# Ranks and academic titles that a family name alone follows (وقال الدكتور التركي، العميد الصبيحي);
# not offices, after which a nisba is the country's adjective (الرئيس التركي، السفير الأفغاني).
_RANKS = frozenset(
    _normalize(w)
    for w in """الدكتور د دكتور الدكتورة المهندس المهندسة الشيخ الأستاذ الأستاذة العقيد العميد اللواء الفريق
    المقدم الرائد النقيب""".split()
)


# Titles right before a person's name (القاضية باربره جافي، الصحافي ساميودين نيلو).
_PERSON_TITLES = AR_HONORIFICS | frozenset(
    _normalize(w)
    for w in """الوزير الوزيرة السفير السفيرة المتحدث المتحدثة الناطق الناطقة النائب النائبة القيادي
    الخبير الخبيرة المحلل المحللة الطبيب الطبيبة الممثل الممثلة المطرب المطربة الكابتن اللاعب اللاعبة
    المدرب المهاجم المدافع الحارس الناشط الناشطة المواطن المواطنة المطوف المطوفة المسؤول المسؤولة
    المذيع المذيعة""".split()
)


# Words that normalization makes a given name (أمام "in front of" ~ إمام، على ~ علي).
_NOT_GIVEN_NAMES = frozenset("أمام على إلى أية أي".split())
# Given names that normalize onto a function word but are spelled apart from it (علي, Ali; على, on):
# a given name as written, only where a speaker's title or cue stands before it (texts that write
# على as علي after a name are common: فاز سولانا علي ...).
_SPELLED_GIVEN_NAMES = frozenset("علي".split())
# Given names that news prose uses as common words far more often (روح الأخوة، كأس العالم، أسماء
# المرشحين، سهل نينوى، لصالح، فتح المعبر): never the start of a name the tagger missed.
_WORD_FIRST_NAMES = frozenset(
    _normalize(w) for w in "روح كأس أسماء سهل كرم صالح إمام فتح رضا مالك جمال عادل أمل نور سلام".split()
)
# Titles, descriptions and bodies: never a family name after a given name nor a speaker's name alone
# (القيادي، الصحافي، المشرف، مساعد), and objects of an idiom after a speech verb (لفت الانتباه).
_NOT_NAMES = (
    AR_HONORIFICS
    | AR_TITLE_WORDS
    | AR_ANONYMOUS
    | AR_ORG_HEADS
    | frozenset(_normalize(w) for w in "الانتباه النظر".split())
)


# Titles that belong to the name they come before (الملك سلمان، الأمير عبدالله بن مساعد).
# Titles of foreign officers, academics and lawmakers the lexicon lacks (الكولونيل توكور جوسو).
_FOREIGN_TITLES = frozenset(
    _normalize(w)
    for w in "الكولونيل الكولونال الجنرال البروفيسور البروفسور الأدميرال المارشال السيناتور الرقيب الملازم البارون اللورد ركن الركن بحري".split()
)
# Heads of the description after a speaker's name (أحد أصحاب، عميد بلدية، مصمم دار، عضو شرف).
_APPOSITION_HEADS = frozenset(
    split_core(_normalize(w))[2]
    for w in """أحد إحدى عميد مصمم عضو رئيس مدير مسؤول المسؤول نائب مستشار الرئيس المدير المتحدث
    الناطق الأمين أمين كبير مؤسس المؤسس صاحب مالك مدرب لاعب مهاجم الباحث باحث أستاذ الأستاذ""".split()
)
# Nouns a place name follows in construct (منطقة جازان، محافظة بلجرشي).
_PLACE_HEADS = frozenset(
    _normalize(w) for w in "منطقة محافظة مدينة بلدة قرية ولاية إقليم مقاطعة إمارة محافظ أمير".split()
)
# Nouns of a ruler's government, before the ruler's name (إدارة أوباما، حكومة نتنياهو، نظام الأسد، عهد مبارك).
_REGIME_NOUNS = frozenset(
    _normalize(p + w) for w in "إدارة حكومة نظام عهد".split() for p in ("", "و", "ب", "ل", "وب", "ول", "ف")
)
# Heads of a settlement's name (بلدة عين عيسى، مدينة جيلان بينار, with و/ب/ل before them).
_SETTLEMENT_HEADS = frozenset(
    _normalize(p + w) for w in "مدينة بلدة قرية بلدية محافظة".split() for p in ("", "و", "ب", "وب", "ل", "ول")
)
_ROYAL_TITLES = frozenset(
    _normalize(w) for w in "الملك الأمير الأميرة الشيخ الشيخة الملا الإمام السلطان".split()
)
# Month names (Gregorian in both naming systems, Hijri), their first words, the words that frame a
# month (شهر، أواخر، خلال) and the time adjectives after one (رمضان المبارك، أيلول الماضي).
_MONTH_NAMES = frozenset(_normalize(m) for m in (*AR_MONTHS, *AR_HIJRI_MONTHS))
_MONTH_FIRST_WORDS = frozenset(m.split()[0] for m in _MONTH_NAMES)
_MONTH_FRAMES = frozenset(_normalize(w) for w in "شهر شهري لشهر بشهر وشهر".split())
_MONTH_PREPOSITIONS = frozenset(
    _normalize(w)
    for w in """خلال أواخر أوائل أواسط منتصف مطلع بداية نهاية طيلة طوال حلول قدوم انتهاء دخول
    ليالي ليلة أيام نهار صيام""".split()
)
_TIME_ADJECTIVES = frozenset(
    _normalize(w)
    for w in "المبارك المنصرم الماضي المقبل القادم الحالي الفضيل الكريم المعظم الجاري المنقضي الفائت".split()
)
# Nouns a town's name follows in construct: what follows them is a place, not a person
# (بلدية أبو عجرم، محافظة أبو عريش); not أمير/محافظ (أمير عبد اللهيان), مركز or حي (مركز الملك عبدالله).
_PLACE_HEAD_NOUNS = frozenset(
    _normalize(w) for w in "منطقة محافظة مدينة بلدة قرية ولاية إقليم مقاطعة إمارة بلدية".split()
)


def _abd_compound(word: str) -> bool:
    """A theophoric given name written as one word (عبدالعزيز، عبدالرحمن، عبدربه، عبدالإله): عبد and
    a name of God with the article, or رب with a pronoun."""
    return word.startswith("عبد") and (
        (word[3:5] == "ال" and len(word) >= 7) or word[3:] in ("ربه", "ربو", "النبي")
    )


# The first word of a kunya (أبو بكر، أم كلثوم).
_KUNYA = frozenset(_normalize(w) for w in "أبو أبي أبا ابو ام أم".split())
# Particles of foreign names (لويس فان جال، دان دي لوس).
_FOREIGN_PARTICLES = frozenset(_normalize(w) for w in "فان فون دي دا دو دل ديل لا لو".split())
# Head nouns of organisations that speak or are cited (قالت وزارة ...، بحسب الهيئة ...).
_SPEAKER_ORG_HEADS = (
    AR_ORG_HEADS
    | _ORG_HEAD_NOUNS
    | frozenset(_normalize(w) for w in "السلطات عمادة العمادة مصلحة المصلحة".split())
) - frozenset(
    _normalize(w) for w in "البيت الأمم الغذاء الدفاع الخارجية الداخلية الشؤون صحة التلفزيون".split()
)
# What a speech verb or attribution cue is (قال، أعلنت، ذكرت، بحسب، وفقا).
_ORG_CUES = AR_SPEECH_VERBS | AR_REPORT_VERBS | AR_ATTRIBUTION
# Words after which a clause's subject or a statement's author follows (أما، وكانت، أن، باسم).
_ORG_SUBJECT_CUES = frozenset(_normalize(w) for w in "أما كانت ظلت باسم".split())
_ORG_COMPLEMENTIZER_CUES = frozenset(_normalize(w) for w in "أن إن فإن بأن لأن".split())
# The kinds of speaker settings an organisation's name is completed in (see _org_cue_kind). After a
# complementizer (أن وزارة ...) is left out: annotated news corpora tag those bodies as no name, and on
# the quotation sets it found 5 more speakers for 50 more such spans on 4,000 ANERcorp train sentences.
_ORG_CUE_KINDS = frozenset({"speech", "subject", "statement", "verb"})
# Statement and report nouns in construct with their author (بيان وزارة، تقرير مصلحة الجمارك).
_STATEMENT_NOUNS = frozenset(_normalize(w) for w in "بيان بلاغ تقرير تصريح رسالة تعميم".split())
_ISSUED = frozenset(_normalize(w) for w in "صادر صادرة الصادر الصادرة صدر".split())
# Words before a clause-opening verb (وقد أعلنت، كما أكدت، ثم قررت).
_CLAUSE_OPENERS = frozenset(
    _normalize(w) for w in "وقد قد فقد كما وكما ثم بدورها بدوره فيما بينما حيث".split()
)
# Words ending in ت that are no verbs (تحت، بيت، وقت).
_NOT_VERBS_T = frozenset(_normalize(w) for w in "تحت بيت وقت ست صوت سبت زيت موت ثبت بنت أخت".split())
_OPEN_QUOTES = frozenset('"«“')
# Words that end an organisation's name: times, prepositions, complementizers, relatives.
_ORG_STOPS = (
    AR_TIME_WORDS
    | frozenset(_normalize(w) for w in "قرب غربي شرقي شمالي جنوبي بين ضد نحو منذ عند لدى حول".split())
    | AR_PREPOSITION_STOPS
    | _COMPLEMENTIZERS
    | frozenset(
        _normalize(w)
        for w in "الذي التي الذين اللذين اللتين بأن بان أنه إنه أيضا الثاني الأول الرسمية الرسمي".split()
    )
)
# Adjectives inside an organisation's name besides the nisba ones (العامة، العليا، المتحدة).
_ORG_ADJECTIVES = frozenset(
    _normalize(w)
    for w in """العامة العام العليا الأعلى المتحدة الوطنية الوطني المركزية المركزي الدولية الدولي الأهلية
    الأهلي المستقلة المستقل المشتركة المشترك الشعبية الشعبي الملكية الملكي الخاصة الخاص التنفيذية
    التنفيذي الدائمة الدائم المتخصصة المتخصص الأوروبية الأوروبي العالمية العالمي""".split()
)
# لـ-words after an organisation's name that are the addressee, not part of the name (قالت الوزارة للصحفيين).
_NOT_ORG_COMPLEMENTS = frozenset(
    split_core(_normalize(w))[2]
    for w in "للصحفيين للصحافيين للصحيفة للوكالة للقناة للتلفزيون للإذاعة للموقع للمرة للصحافة للإعلام للجريدة".split()
) | frozenset(_normalize(w) for w in "وسائل مراسل مراسلي مندوب".split())
AR_OUTLET_HEADS_NORM = frozenset(
    _normalize(w) for w in "وكالة صحيفة جريدة قناة موقع تلفزيون إذاعة شبكة مجلة".split()
)


def _org_adjective(word: str) -> bool:
    """A definite adjective of an organisation's name: a nisba (الأميركية، السعودي) or a listed one."""
    core = split_core(word)[2]
    return word in _ORG_ADJECTIVES or (len(core) >= 4 and core.endswith(("ي", "يه")))


# Name-likeness margins (:class:`NameLikeness`): a word the training text never saw, in a slot no
# tagged word anchors, and a word it saw (a common word far more often than a name).
LIKENESS_UNSEEN = 0.25
LIKENESS_SEEN = 0.5


class NameLikeness:
    """A character-trigram naive-Bayes score of how much a word looks like a transliterated person name:
    mean log-ratio of its trigrams under the person-name tokens of the shipped lexicon (the CC0 Wikidata
    transliterations, ``Lexicon.person_tokens``) against the words of the training text that are no
    name (``Lexicon.clusters`` without person-name tokens and name words), add-one smoothed. Built
    from the lexicon when the recognizer is (0.15 CPU-s); no extra artifact."""

    def __init__(self, names: Iterable[str], words: Iterable[str]) -> None:
        self.names: Counter[str] = Counter()
        self.words: Counter[str] = Counter()
        for w in names:
            self.names.update(self.grams(w))
        for w in words:
            self.words.update(self.grams(w))
        vocab = len(self.names.keys() | self.words.keys()) or 1
        self._n = sum(self.names.values()) + vocab
        self._w = sum(self.words.values()) + vocab

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> NameLikeness:
        names = [w for w in lex.person_tokens if " " not in w and len(w) >= 3]
        words = [
            w
            for w in lex.clusters
            if " " not in w
            and len(w) >= 3
            and not w.startswith("ال")
            and w not in lex.person_tokens
            and w not in lex.name_words
        ]
        return cls(names, words)

    @staticmethod
    def grams(word: str) -> list[str]:
        w = f"^{word}$"
        return [w[i : i + 3] for i in range(len(w) - 2)]

    def score(self, word: str) -> float:
        grams = self.grams(word)
        if not grams:
            return 0.0
        total = sum(
            math.log((self.names[g] + 1) / self._n) - math.log((self.words[g] + 1) / self._w) for g in grams
        )
        return total / len(grams)


_MEMO_SIZE = 200_000  # words remembered by a per-word memo of the recognizer before it starts afresh


def _token_range(token_starts: list[int], s: Span) -> tuple[int, int]:
    """Indices of the tokens a span starts and ends in (the first and last token it touches)."""
    return bisect_right(token_starts, s.start) - 1, bisect_right(token_starts, s.end - 1) - 1


def _free_test(spans: list[Span]):
    """``free(a, b)``: no span of ``spans`` overlaps the characters [a, b) (a binary search over the
    starts and the running maximum of the ends, instead of a scan of every span)."""
    covered = sorted((s.start, s.end) for s in spans)
    starts = [a for a, _ in covered]
    reach: list[int] = []
    top = -1
    for _, y in covered:
        top = max(top, y)
        reach.append(top)

    def free(a: int, b: int) -> bool:
        i = bisect_left(starts, b) - 1
        return i < 0 or reach[i] <= a

    return free


# nouns before an outlet's, agency's or body's own name in quotes (صحيفة "ديلي ميل"، وكالة "موديز")
_OUTLET_HEADS = frozenset(
    _normalize(w)
    for w in "صحيفة جريدة مجلة وكالة قناة شبكة موقع محطة إذاعة معهد منظمة شركة مؤسسة صحيفتا".split()
)
# nouns before a newspaper's, channel's, site's or agency's own name, which needs no quotes
_PRESS_HEADS = frozenset(
    _normalize(w) for w in "صحيفة صحيفتا صحف جريدة مجلة وكالة قناة شبكة موقع محطة إذاعة".split()
)
_ENGLISH_ARTICLES = frozenset(_normalize(w) for w in "ذي ذا".split())
_QUOTE_OPEN = frozenset("\"«“('")
_NAME_JOINERS = frozenset(".-&")


def _head_noun(tok: Token, heads: frozenset[str]) -> bool:
    """The word is one of ``heads``, maybe with the proclitics the text layer left on (لشبكة)."""
    n = tok.norm
    while True:
        if n in heads:
            return True
        if len(n) <= 4 or n[0] not in "وفبلك":
            return False
        n = n[1:]


def _quoted_outlets(spans: list[Span], tokens: list[Token], sent: list[int], lex: Lexicon) -> list[Span]:
    """A name in quotes or brackets right after an outlet or body noun, or after that noun and up to
    three describing words (وكالة الأنباء اليمنية "سبأ"، لموقع «anaman»، قناة (إن.تي.في)), is an
    organisation: one to five words, dots and hyphens inside; spans the tagger left inside or across
    the quotes give way."""
    n = len(tokens)
    added: list[Span] = []
    for i, t in enumerate(tokens):
        if t.kind != "ar" or not _head_noun(t, _OUTLET_HEADS):
            continue
        j = i + 1
        while j < n and j <= i + 4 and tokens[j].kind == "ar" and sent[j] == sent[i]:
            if not tokens[j].norm.startswith("ال"):
                break
            j += 1
        if j >= n or tokens[j].kind != "punct" or tokens[j].text not in _QUOTE_OPEN or sent[j] != sent[i]:
            continue
        k = j + 1
        words = 0
        while k < n and k <= j + 9 and sent[k] == sent[i]:
            tk = tokens[k]
            if tk.kind == "punct" and tk.text in _NAME_JOINERS and k > j + 1:
                k += 1
                continue
            if tk.kind == "punct":
                break
            words += 1
            k += 1
        if (
            k >= n
            or not 1 <= words <= 5
            or tokens[k].kind != "punct"
            or tokens[k].text not in "\"»”)'"
            or tokens[k - 1].kind == "punct"
        ):
            continue
        a, b = tokens[j + 1].start, tokens[k - 1].end
        if any(x.start <= t.stem_start and x.end >= b for x in spans):
            continue  # the tagger's span from the noun over the name (منظمة «X»): the quotation layer
            # reads its head noun there (المنظمة later refers back to it)
        inner = tokens[j + 1]
        if inner.kind == "ar" and inner.norm in AR_PREPOSITION_STOPS:
            continue  # موقع الرصد (في مكة المكرمة): a place, not a name
        if {"country", "city"} & gazetteer_kinds(" ".join(t.text for t in tokens[j + 1 : k]), lex):
            continue  # موقع الرصد (مكة المكرمة)
        added.append(Span(a, b, "ORG", "rule"))
    if not added:
        return spans
    keep = [
        s
        for s in spans
        if not any(
            s.start < x.end and x.start < s.end and not (s.start == x.start and s.end == x.end) for x in added
        )
        or any(s.start == x.start and s.end == x.end for x in added)
    ]
    have = {(s.start, s.end) for s in keep}
    keep.extend(x for x in added if (x.start, x.end) not in have)
    return sorted(keep, key=lambda s: (s.start, -s.end))


class ArabicRecognizer:
    """The CRF plus rules: GPE/LOC decision, facilities, weapons, the completion of person names
    the CRF cut or missed in news prose (:meth:`_complete_person_names`), person spans it split or ran
    into a title or town (:meth:`_join_and_trim_persons`, :meth:`_complete_appositions`), names in a
    speaker's slot (:meth:`_speaker_slot_names`) and whole organisation names where a body speaks or is
    cited (:meth:`_speaker_orgs`). ``khabar eval ner --quote-speakers all`` measures these against the
    gold speakers of the quotation sets."""

    def __init__(
        self, crf: ArabicCRF, person_names: Iterable[str] = (), country_names: Iterable[str] = ()
    ) -> None:
        self.crf = crf
        # countries as Arabic writes them, with or without the article (الكاميرون، بنين)
        self._countries = frozenset(_normalize(n) for n in country_names if " " not in n.strip())
        self._org_first: set[str] | None = None
        # full names (two words or more) of the knowledge base's people, by first word: the tagger
        # misses a name made of common words (سامح شكري: "forgave", "my thanks") even after a title
        self._persons: dict[str, list[tuple[str, ...]]] = {}
        self._surnames: set[str] = set()  # last words of those names (كاميرون)
        for name in person_names:
            words = tuple(_normalize(name).split())
            if len(words) >= 2:
                self._persons.setdefault(words[0], []).append(words)
                self._surnames.add(words[-1])
        for v in self._persons.values():
            v.sort(key=len, reverse=True)
        # built here, not on first use, so that no document pays for it (0.15 CPU-s)
        self._likeness = NameLikeness.from_lexicon(crf.lexicon)
        self._cue_memo: dict[str, bool] = {}

    @classmethod
    def load(
        cls,
        directory: Path | str | None = None,
        person_names: Iterable[str] = (),
        country_names: Iterable[str] = (),
    ) -> ArabicRecognizer:
        return cls(ArabicCRF.load(directory), person_names, country_names)

    def recognize(self, doc: Document) -> list[Span]:
        layer = doc.layer
        text = doc.text
        tokens = layer.tokens
        spans = self.crf.recognize(tokens, layer.sentences)
        out: list[Span] = []
        starts = {t.start: k for k, t in enumerate(tokens)}
        token_starts = [t.start for t in tokens]
        stem_starts = {t.stem_start: k for k, t in enumerate(tokens)}
        lex = self.crf.lexicon
        split_spans: list[Span] = []
        for s in spans:
            # "واشنطن موسكو" (tagged as one place or organisation): two places side by side that the CRF
            # joined; never a person's name, whose words are often town names too (باراك أوباما: Barak,
            # Turkey and Obama, Japan), nor an organisation with its head noun (جامعة حائل)
            words = [t for t in layer.tokens_in(s.start, s.end) if t.kind != "punct"]
            if (
                s.type != "PERSON"
                and len(words) >= 2
                and not any(_org_head(t) for t in words)  # جامعة حائل: Djamaa is a town too
                and not gazetteer_kinds(text[s.start : s.end], lex)
                and all(
                    {"country", "city"} & gazetteer_kinds(text[max(t.start, s.start) : t.end], lex)
                    for t in words
                )
            ):
                split_spans.extend(Span(max(t.stem_start, s.start), t.end, "GPE", s.source) for t in words)
                continue
            split_spans.append(s)
        for s in split_spans:
            typ = s.type
            start = s.start
            if typ in ("PERSON", "MISC"):
                kinds = gazetteer_kinds(text[s.start : s.end], lex)
                multi = any(c.isspace() for c in text[s.start : s.end])
                if "country" in kinds or (multi and "city" in kinds):
                    typ = "GPE"
            k = stem_starts.get(s.start, starts.get(s.start))
            if k is not None and k > 0 and typ in ("LOC", "GPE") and tokens[k - 1].norm in _DIRECTIONS:
                # جنوب أفريقيا، جنوب السودان: the direction word belongs to the country's name
                longer = text[tokens[k - 1].stem_start : s.end]
                if {"country", "city"} & gazetteer_kinds(longer, lex):
                    s = Span(tokens[k - 1].stem_start, s.end, "GPE", s.source)
                    start, typ = s.start, "GPE"
                    k = k - 1
            if typ in ("LOC", "GPE") and self._surname_not_country(text[s.start : s.end]):
                typ = "PERSON"  # «ورسم كاميرون»: Cameron, not الكاميرون (a country keeps its article)
            if typ == "LOC":
                typ = geo_kind(text[s.start : s.end], self.crf.lexicon)
            if k is not None and k > 0 and typ in ("GPE", "LOC", "ORG", "PERSON"):
                prev = tokens[k - 1]
                pro_art = split_core(prev.norm)
                if (
                    prev.kind == "ar"
                    and pro_art[2] in {split_core(w)[2] for w in FAC_WORDS_AR}
                    and not (pro_art[1] and typ == "PERSON")  # في المستشفى | حسين الزويهري
                ):
                    start, typ = prev.stem_start, "FAC"
            if _normalize(text[start : s.end]) in NAMED_AR:
                typ = "WEAPON"
            j = bisect_right(token_starts, s.start) - 1  # the token the mention starts in
            if j >= 0 and tokens[j].end >= s.end and typ != "WEAPON":
                before = split_core(tokens[j - 1].norm)[2] if j > 0 else ""
                core = split_core(_normalize(text[start : s.end]))[2]
                if any(never_alone(c, before) for c in (core, *strip_candidates(core))):
                    continue  # نيسان (أبريل)، مليار دينار، بداخله، وأين
                if (
                    j > 0
                    and typ in ("LOC", "GPE")  # not ORG: النادي الأهلي is the club
                    and _nisba_adjective(tokens[j - 1], tokens[j], lex)
                ):
                    continue  # القوات البريطانية، الحكومة الأوكرانية: an adjective, not a place
            out.append(Span(start, s.end, typ, s.source))
        # organisations and places from the lexicon the model left out (agencies, alliances)
        out.extend(self._lexicon_spans(tokens, [(s.start, s.end) for s in out]))
        # people of the knowledge base the model left out, by their full name
        out.extend(self._person_spans(tokens, [(s.start, s.end) for s in out]))
        # named weapons the model left out
        covered = [(s.start, s.end) for s in out]
        for t in tokens:
            if (
                t.kind == "ar"
                and t.norm in NAMED_AR
                and not any(a < t.end and t.stem_start < b for a, b in covered)
            ):
                out.append(Span(t.stem_start, t.end, "WEAPON", "rule"))
        apart = _spells_alif_maqsura(tokens)  # one look at the whole text serves both علي rules
        out = _trim_edges(sorted(out, key=lambda s: s.start), tokens, token_starts, apart)
        out = _join_org_heads(out, tokens, token_starts)
        out = _complete_name_particles(out, tokens, token_starts)
        sent = [layer.sentence_index(t.start) for t in tokens]
        out = self._months_not_persons(out, tokens, token_starts)
        out = self._given_name_types(out, tokens, token_starts, sent)
        out = self._complete_person_names(out, tokens, token_starts, layer)
        out = self._join_and_trim_persons(out, tokens, token_starts, sent)
        out = self._complete_appositions(out, tokens, token_starts, sent)
        out = self._foreign_name_edges(out, tokens, token_starts, sent)
        out = self._ali_given_names(out, tokens, token_starts, sent, apart)
        out = self._speaker_slot_names(out, tokens, sent)
        out = self._foreign_slot_names(out, tokens, sent)
        out = self._name_chains(out, tokens, token_starts, sent)
        out = self._speaker_orgs(out, tokens, token_starts, sent)
        out = self._place_before_person(out, tokens, token_starts, sent)
        out = self._settlement_names(out, tokens, token_starts, sent)
        out = self._rulers_after_regime_nouns(out, tokens, token_starts)
        out = self._title_word_given_names(out, tokens, token_starts, sent)
        out = self._name_letter_not_proclitic(out, tokens, sent)
        out = self._months_not_persons(out, tokens, token_starts, final=True)
        out = _cut_name_stops(out, tokens, token_starts)
        out = _quoted_outlets(out, tokens, sent, lex)
        out = self._bare_outlets(out, tokens, sent)
        out = self._surname_mentions(out, tokens)
        out = _names_split_as_clitics(out, tokens)
        return merge_rule_spans(out, weapon_spans(text))

    def _outlet_word(self, tok: Token, first: bool) -> bool:
        """``tok`` can be a word of a foreign outlet's name written in Arabic letters (سبورت، ميرور،
        الموندو، Gizmado): Latin, or no function word, no definite adjective (الكتالونية، الأمريكي),
        and a word the tagger's training text lacks or one that looks like a foreign name; ذي/ذا
        (English "the") opens one."""
        if tok.kind == "latin":
            return True
        if tok.kind != "ar":
            return False
        n = tok.norm
        if tok.stem_start != tok.start:
            if tok.stem_start - tok.start != 1 or tok.text[0] != "س":
                return False  # وصحيفة، بالأمس: a conjunction or preposition ends the name
            n = _normalize(tok.text)  # سكاي, not the future prefix before كاي
        lex = self.crf.lexicon
        if first and n in _ENGLISH_ARTICLES:
            return True
        if (
            len(n) < 2
            or n in lex.stop
            or n in AR_PREPOSITION_STOPS
            or n in AR_TIME_WORDS
            or n in _COMPLEMENTIZERS
            or (n.startswith("ال") and n.endswith(("ي", "يه")))
            or tok.text.endswith(("ة", "ية", "ات", "ه", "ها", "هم"))  # فصلية، شركته
            or (tok.text.endswith(("ين", "ون")) and self.name_likeness(n) < 0)  # مجرمين، not تربيون
        ):
            return False
        if n.startswith("ال") and n[2:] in lex.clusters:
            return False  # قناة الأخبار، موقع الحادث: an Arabic noun with its article
        return n not in lex.clusters or self._foreign_name_word(tok, True)

    def _bare_outlets(self, spans: list[Span], tokens: list[Token], sent: list[int]) -> list[Span]:
        """The name of a foreign paper, channel, site or agency right after its noun, without quotes
        (صحيفة ميرور، صحيفة الموندو ديبورتيفو الكتالونية، لشبكة سكاي سبورتس، وكالة كيودو للأنباء): one
        to four words of :meth:`_outlet_word` up to a definite adjective, function word or
        punctuation are an organisation; a known place is not (قناة السويس); spans the tagger put
        across the name give way."""
        n = len(tokens)
        lex = self.crf.lexicon
        added: list[Span] = []
        for i, t in enumerate(tokens):
            if t.kind != "ar" or not _head_noun(t, _PRESS_HEADS):
                continue
            k = i + 1
            while k < n and k <= i + 4 and sent[k] == sent[i] and self._outlet_word(tokens[k], k == i + 1):
                k += 1
            if k == i + 1 or (k == i + 2 and tokens[i + 1].norm in _ENGLISH_ARTICLES):
                continue
            if k < n and sent[k] == sent[i] and self._outlet_word(tokens[k], False):
                continue  # more than four such words: not a name
            nxt = tokens[k] if k < n and sent[k] == sent[i] else None
            if (
                nxt is not None
                and nxt.kind == "ar"
                and nxt.stem_start == nxt.start  # not للأنباء (وكالة كيودو للأنباء)
                and nxt.norm.startswith("ال")
                and not nxt.norm.endswith(("ي", "يه"))
            ):
                continue  # موقع غروب الشمس، جريدة تلفراف الريف: a noun before its complement
            name = " ".join(x.text for x in tokens[i + 1 : k])
            if {"country", "city"} & gazetteer_kinds(name, lex):
                continue
            a, b = tokens[i + 1].start, tokens[k - 1].end
            if (
                nxt is not None
                and nxt.stem_start == nxt.start
                and any(x.start == a and x.end > b for x in spans)
            ):
                continue  # the tagger's longer name (مجلة المتعلم المبتدئ) stays; not كيودو | للأنباء
            added.append(Span(a, b, "ORG", "rule"))
        if not added:
            return spans
        keep = [s for s in spans if all(not (s.start < x.end and x.start < s.end) for x in added)]
        return sorted(keep + added, key=lambda s: (s.start, -s.end))

    def _surname_mentions(self, spans: list[Span], tokens: list[Token]) -> list[Span]:
        """A family name alone that repeats the last word of a person named in full earlier in the
        document is a mention of that person (عبد الرحمن الحقباني ... وقال الحقباني): the tagger
        finds the full name and misses the short one. Only an untagged word after the full name's
        first mention, of three letters or more, that is no function, title, time word, place or
        organisation."""
        spans = _split_coordinated_surnames(spans, tokens)
        persons = [s for s in spans if s.type == "PERSON"]
        if not persons:
            return spans
        lex = self.crf.lexicon
        first: dict[str, int] = {}
        starts = [t.start for t in tokens]
        for s in persons:
            a, b = bisect_right(starts, s.start) - 1, bisect_left(starts, s.end)
            words = [t for t in tokens[max(a, 0) : b] if t.kind == "ar"]
            if len(words) < 2:
                continue
            last = words[-1].norm
            if (
                len(last) < 3
                or last in lex.clusters  # a word of the tagger's training text: الثاني، المصري، الدين
                or last in lex.stop
                or last in _PERSON_TITLES
                or last in AR_TITLE_WORDS
                or last in AR_TIME_WORDS
                or last in AR_PREPOSITION_STOPS
                or {"country", "city", "org"} & gazetteer_kinds(words[-1].text, lex)
            ):
                continue
            first[last] = min(first.get(last, s.end), s.end)
        if not first:
            return spans
        free = _free_test(spans)
        added: list[Span] = []
        for t in tokens:
            at = first.get(t.norm) if t.kind == "ar" else None
            if at is not None and t.start >= at and free(t.stem_start, t.end):
                added.append(Span(t.stem_start, t.end, "PERSON", "rule"))
        if not added:
            return spans
        return sorted(spans + added, key=lambda s: (s.start, -s.end))

    def _title_word_given_names(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> list[Span]:
        """A given name that is also a title or common word (:data:`_TITLE_GIVEN_NAMES`: مساعد، قائد،
        سيد، رائد، أكبر) right before a person span the tagger found opens that name when the name
        stands in a speaker's slot: no title before the word (نائب مساعد is a title), the word not
        governed by a preposition, and what follows a speaker's name right after the span (مدير الموانئ
        مساعد | الدريس أن، وقال قائد | نصر المتحدث، بلوشستان أكبر | حسين دوراني إن)."""
        out: list[Span] = []
        changed = False
        covered = {(s.start, s.end) for s in spans}
        ends = {s.end for s in spans}
        for s in spans:
            a, b = _token_range(token_starts, s)
            if s.type == "PERSON" and a >= 1 and tokens[a].start == s.start and sent[a - 1] == sent[a]:
                w = tokens[a - 1]
                before = tokens[a - 2] if a >= 2 and sent[a - 2] == sent[a] else None
                if (
                    w.kind == "ar"
                    and w.stem_start == w.start
                    and _normalize(w.text) in _TITLE_GIVEN_NAMES
                    and w.end not in ends
                    and not (before is not None and before.kind == "ar" and before.norm in AR_TITLE_WORDS)
                    and (self._apposition_after(tokens, b, sent) or self._speaker_end(tokens, b, sent))
                    and (w.start, s.end) not in covered
                ):
                    out.append(Span(w.start, s.end, "PERSON", "rule"))
                    changed = True
                    continue
            out.append(s)
        return out if changed else spans

    def _name_letter_not_proclitic(
        self, spans: list[Span], tokens: list[Token], sent: list[int]
    ) -> list[Span]:
        """A name whose first letter the tokenizer took for a proclitic (فراج → راج، برودكين → رودكين،
        كاليانا → اليانا, ويكيليكس → يكيليكس) where no proclitic can stand: right after a person's
        title (اللواء فراج), a speech verb that takes no preposition (وقال برودكين), a noun in construct
        with an outlet's name (موقع ويكيليكس) or an opening quotation mark (سلطة "كاليانا). The word
        whole must be one the training text never saw, or a given name, and the word without the letter
        no known name (لأوباما keeps its preposition)."""
        lex = self.crf.lexicon
        by_stem = {t.start + 1: k for k, t in enumerate(tokens) if t.kind == "ar" and len(t.text) > 3}
        out: list[Span] = []
        changed = False
        for s in spans:
            k = by_stem.get(s.start)
            if k is None or k == 0 or s.type not in ("PERSON", "ORG", "MISC") or sent[k - 1] != sent[k]:
                out.append(s)
                continue
            tok, prev = tokens[k], tokens[k - 1]
            whole = _normalize(tok.text)
            stem = _normalize(tok.text[1:])
            if prev.kind == "punct":
                slot = prev.text in _OPEN_QUOTES
            else:
                p = prev.norm
                bare = _normalize(prev.text)
                bare = strip_conj(bare)
                slot = (
                    p in AR_HONORIFICS
                    or p in _PERSON_TITLES
                    or p in _OUTLET_CONSTRUCT
                    or (bare in _NO_PREPOSITION_VERBS and tok.text[0] != "و")
                )
            if (
                slot
                and tok.text[0] in "بفكلو"
                and (whole not in lex.clusters or self._given_name(whole, tok.text))
                and not (stem in self._persons or stem in self._surnames or self._given_name(stem, ""))
                and not gazetteer_kinds(tok.text[1:], lex)
            ):
                out.append(Span(tok.start, s.end, s.type, s.source))
                changed = True
                continue
            out.append(s)
        return out if changed else spans

    @staticmethod
    def _office_title_before(tokens: list[Token], a: int, sent: list[int]) -> bool:
        """An office title governs token ``a``: right before it (محافظ عدن), or through one or two
        indefinite nouns in construct (مدير تعليم صبيا، مدير فرع عمل خيبر، مدير عام جمرك سلوى): bare
        Arabic words, no article, proclitic or function word, between the title and the place."""
        for back in (1, 2, 3):
            j = a - back
            if j < 0 or sent[j] != sent[a] or tokens[j].kind != "ar":
                return False
            if tokens[j].norm in AR_TITLE_WORDS or strip_conj(tokens[j].norm) in AR_TITLE_WORDS:
                return True  # ومدير: the tokenizer leaves و on some words
            w = _normalize(tokens[j].text)
            if (
                tokens[j].stem_start != tokens[j].start
                or split_core(w)[1]
                or w in _AFTER_SPEAKER
                or len(w) < 3
            ):
                return False
        return False

    def _place_before_person(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> list[Span]:
        """A person's name the tagger ran on to the place before it, the genitive of a title (محافظ عدن
        | نايف البكري، مدير تعليم صبيا | عسيري الأحوس، بجازان | أحمد السهلي): a span of three words or
        more whose first word is a country or town, the second a given name (or a word of an unseen given
        name's shape), is the place and the person: after an office title (محافظ عدن), or after a
        preposition when the town is no given name (بجازان، في جازان; شروق عبدالرحمن الراجحي stays a
        person). Typed PERSON by the tagger, or typed otherwise after such a title (رئيس الخليج | فوزي
        الباشا). The title may govern the town through one or two bare nouns in construct (مدير تعليم
        صبيا، مدير عام جمرك سلوى: :meth:`_office_title_before`); one such noun the tagger took into a
        person span before the town is dropped (جمرك | سلوى | علي العطوي)."""
        lex = self.crf.lexicon
        out: list[Span] = []
        changed = False
        for s in spans:
            a, b = _token_range(token_starts, s)
            if a < 0 or b - a < 2 or s.type not in ("PERSON", "LOC", "GPE", "ORG"):
                out.append(s)
                continue
            split = False
            for p in (0, 1):
                # p = 1: a noun in construct the tagger took in before the town (جمرك | سلوى | علي العطوي)
                c = a + p
                if b - c < 2 or (p and s.type != "PERSON"):
                    break
                first, second = tokens[c], tokens[c + 1]
                place = first.text[max(s.start, first.start) - first.start :]
                titled = self._office_title_before(tokens, c, sent)
                governed = not p and (
                    s.start > first.start or (a > 0 and sent[a - 1] == sent[a] and tokens[a - 1].norm == "في")
                )
                if (
                    first.kind == "ar"
                    and second.kind == "ar"
                    and sent[a] == sent[b]
                    and second.stem_start == second.start
                    and (s.type == "PERSON" or titled)
                    and (not p or titled)
                    and {"country", "city"} & gazetteer_kinds(place, lex)
                    # after an office title (محافظ عدن), or a town that is no given name after a
                    # preposition (بجازان، في جازان; not شروق | عبدالرحمن الراجحي)
                    and (titled or (governed and not self._given_name(_normalize(place), place)))
                    and (
                        self._given_name(second.norm, second.text)
                        or self._unseen_given_name(second)
                        or self._slot_given_name(second)  # بيشي، عسيري: a given name the lists lack
                    )
                ):
                    out.append(Span(max(s.start, first.start), first.end, geo_kind(place, lex), "rule"))
                    out.append(Span(second.start, s.end, "PERSON", s.source))
                    split = changed = True
                    break
            if not split:
                out.append(s)
        return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans

    def _settlement_names(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> list[Span]:
        """A "person" right after a town's head noun, or after it and one untagged word, is the town's
        name (بلدة عين | عيسى، مدينة جيلان | بينار): the tagger read the name's last word as a given
        name. Not a royal's name (مدينة الملك عبدالله), which names a development, not a settlement."""
        free = _free_test(spans)
        out: list[Span] = []
        changed = False
        for s in spans:
            a, b = _token_range(token_starts, s)
            if s.type != "PERSON" or a < 1 or b != a:  # one word: a full name after محافظة is its governor
                out.append(s)
                continue
            new: Span | None = None
            for h in (a - 1, a - 2):
                if h < 0 or sent[h] != sent[a]:
                    break
                head = tokens[h]
                if head.kind != "ar":
                    break
                if _normalize(head.text) in _SETTLEMENT_HEADS:  # indefinite: المحافظة | عبدالله is no name
                    first = tokens[h + 1]
                    if (
                        first.kind == "ar"
                        and first.stem_start == first.start
                        and first.norm not in _ROYAL_TITLES
                        and tokens[a].norm not in _ROYAL_TITLES
                        and (h + 1 == a or free(first.start, first.end))
                    ):
                        new = Span(first.start, s.end, "GPE", "rule")
                    break
            if new is None:
                out.append(s)
            else:
                out.append(new)
                changed = True
        return out if changed else spans

    def _rulers_after_regime_nouns(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int]
    ) -> list[Span]:
        """A one-word "place" (or MISC) right after إدارة، حكومة، نظام or عهد that is the family name of a person of
        the knowledge base and no country (إدارة أوباما، حكومة نتنياهو) is that person: the tagger (or a
        namesake town: Obama, Japan) made it a place."""
        out: list[Span] = []
        for s in spans:
            a, b = _token_range(token_starts, s)
            if s.type in ("GPE", "LOC", "MISC") and 0 < a == b and tokens[a - 1].kind == "ar":
                head = tokens[a - 1]
                word = _normalize(tokens[a].text[s.start - tokens[a].start : s.end - tokens[a].start])
                if (
                    head.norm in _REGIME_NOUNS or _normalize(head.text) in _REGIME_NOUNS
                ) and word in self._surnames and word not in self._countries:
                    s = Span(s.start, s.end, "PERSON", s.source)
            out.append(s)
        return out

    # --- months, given names typed as places, name chains ----------------------------------------
    def _months_not_persons(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], final: bool = False
    ) -> list[Span]:
        """A person span that starts with a month's name (رمضان، شعبان، أيلول، ذو الحجة) is the month
        when a time word frames it: شهر or a time preposition before it (أواخر شهر | رمضان المنصرم،
        خلال رمضان), a time adjective after it (رمضان المبارك، أيلول الماضي), or, when the document
        writes شهر before that month anywhere, no given name or known family name after it (أمضى رمضان
        غازيا). The month words are dropped; a given name after them still starts a person
        (رمضان المبارك | محمد العلي is rare, but kept). Also: a definite title alone (المهندس) is no
        person, and, in the ``final`` pass (after names run into a town were cut), a person span right
        after a town's head noun is the town (بلدية أبو عجرم، محافظة أبو عريش)."""
        if not any(s.type == "PERSON" for s in spans):
            return spans
        lex = self.crf.lexicon
        n = len(tokens)
        months_after_shahr = {
            w
            for i in range(1, n)
            if tokens[i - 1].norm in _MONTH_FRAMES and (w := tokens[i].norm) in _MONTH_FIRST_WORDS
        }
        out: list[Span] = []
        for s in spans:
            a, b = _token_range(token_starts, s)
            if s.type == "PERSON" and a == b and a >= 0 and self._title_alone(tokens[a]):
                continue  # المهندس، المتحدث: a title is no name by itself
            if (
                final  # after a town the tagger ran into a name was cut off (منطقة جازان | أحمد)
                and s.type == "PERSON"
                and 0 < a
                and b - a <= 1  # مونغونو أبو بكر: a town and a name the tagger joined stay a person
                and tokens[a - 1].norm in _PLACE_HEAD_NOUNS
                and tokens[a].norm not in _ROYAL_TITLES
                and tokens[a].start == s.start
            ):
                out.append(Span(s.start, s.end, "GPE", s.source))  # بلدية أبو عجرم، محافظة أبو عريش
                continue
            if s.type != "PERSON" or a < 0 or tokens[a].norm not in _MONTH_FIRST_WORDS:
                out.append(s)
                continue
            k = a + 1  # the first token after the month's words
            if k <= b and _normalize(tokens[a].norm + " " + tokens[k].norm) in _MONTH_NAMES:
                k += 1  # ربيع الأول، ذو الحجة
            framed = (a > 0 and tokens[a - 1].norm in _MONTH_FRAMES | _MONTH_PREPOSITIONS) or (
                k < n and tokens[k].norm in _TIME_ADJECTIVES
            )
            while k <= b and tokens[k].norm in _TIME_ADJECTIVES:
                k += 1
            rest_named = k <= b and (
                self._given_name(tokens[k].norm, tokens[k].text)
                or tokens[k].norm in self._surnames
                or tokens[k].norm in lex.person_tokens
            )
            if not framed and not (tokens[a].norm in months_after_shahr and not rest_named):
                out.append(s)
                continue
            if k <= b and self._given_name(tokens[k].norm, tokens[k].text):
                out.append(Span(tokens[k].start, s.end, "PERSON", s.source))
        return out

    def _title_alone(self, tok: Token) -> bool:
        """A definite title word (المهندس، المتحدث، الكولونيل), never a person's name alone."""
        w = _normalize(tok.text)
        return (
            bool(split_core(w)[1])
            and w not in _ROYAL_TITLES
            and (w in _PERSON_TITLES or w in _FOREIGN_TITLES)
        )  # not البابا، الرئيس: a title news uses as the name of one person

    def _given_name_types(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> list[Span]:
        """A two- or three-word place span that opens with a given name and is no place the
        gazetteer knows, in a speaker's setting (a speech or attribution cue before it, or a title or
        description after it), is a person (ونقلت الألمانية عن كريستيان كوشن كبير الرؤساء
        التنفيذيين: not a place)."""
        lex = self.crf.lexicon
        out: list[Span] = []
        for s in spans:
            a, b = _token_range(token_starts, s)
            if (
                s.type in ("LOC", "GPE")  # not MISC: «ستار حديدي» is a phrase in quotes
                and a >= 0
                and 1 <= b - a <= 2
                and tokens[a].start == s.start
                and tokens[b].end == s.end
                and sent[a] == sent[b]
                and self._plain_given_name(tokens[a].norm, tokens[a].text)
                and not gazetteer_kinds(s_text := " ".join(t.text for t in tokens[a : b + 1]), lex)
                and not {"country", "city", "org"} & gazetteer_kinds(tokens[b].text, lex)
                and not any(_org_head(t) for t in tokens[a : b + 1])
                and _normalize(s_text) not in NAMED_AR
                and (self._cue_before(tokens, a, sent) or self._apposition_after(tokens, b, sent))
            ):
                s = Span(s.start, s.end, "PERSON", s.source)
            out.append(s)
        return out

    @staticmethod
    def _cue_before(tokens: list[Token], i: int, sent: list[int]) -> bool:
        """A speech verb, or an attribution word after a report verb or outlet (قال، وأوضح، عن، بحسب),
        right before token ``i`` in its sentence."""
        if i == 0 or sent[i - 1] != sent[i] or tokens[i - 1].kind != "ar":
            return False
        w = _normalize(tokens[i - 1].text)
        bare = strip_conj(w)
        return w in AR_SPEECH_VERBS or bare in AR_SPEECH_VERBS or w in AR_ATTRIBUTION or w == "عن"

    def _name_chains(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> list[Span]:
        """Whole names of a speaker's slot the tagger cut:
        - a given name right after a speech verb and before a person span that opens with a given name
          is that person's first name (وأوضح مساعد | غالي الدهمشي المتحدث: given, father, family; مساعد
          is a word too, but not in construct with a name);
        - a kunya of two words (أبو بكر، أم كلثوم) takes an unseen family name after it when what
          follows a speaker comes next (وقال ... أبو بكر | غامندي لوكالة، إن);
        - a later ``آل X`` that ends a person's full name found earlier is that person (عبد العزيز
          عبدالله آل الشيخ ... وأوضح آل الشيخ أن)."""
        spans = sorted(spans, key=lambda s: s.start)
        n = len(tokens)
        lex = self.crf.lexicon
        out: list[Span] = []
        for idx, s in enumerate(spans):
            a, b = _token_range(token_starts, s)
            if s.type != "PERSON" or a < 0 or tokens[a].start != s.start or tokens[b].end != s.end:
                out.append(s)
                continue
            prev_end = out[-1].end if out else -1
            if a >= 2 and b > a and sent[a - 1] == sent[a] and tokens[a - 1].start >= prev_end:
                p = tokens[a - 1]
                w = _normalize(p.text)
                if (
                    p.kind == "ar"
                    and p.stem_start == p.start
                    and not split_core(w)[1]
                    and w not in lex.stop
                    and w not in _PERSON_TITLES
                    and w not in _FOREIGN_TITLES
                    and lex.triggers.get(w) != "per"
                    and (self._given_name(w, p.text) or w in self._surnames or w in self._persons)
                    and (
                        self._given_name(tokens[a].norm, tokens[a].text)
                        or (tokens[a].norm.startswith("عبد") and len(tokens[a].norm) > 4)  # عبدالله
                    )
                    and _speech_verb_before(tokens, a - 1)
                ):
                    s = Span(p.start, s.end, "PERSON", s.source)
                    a -= 1
            limit = spans[idx + 1].start if idx + 1 < len(spans) else 1 << 60
            if (
                b == a + 1
                and tokens[a].norm in _KUNYA
                and b + 1 < n
                and sent[b + 1] == sent[b]
                and tokens[b + 1].end <= limit
                and not split_core(_normalize(tokens[b + 1].text))[1]
                and self._family_like(tokens[b + 1], strict=False, cue=True)
                and (
                    self._speaker_end(tokens, b + 1, sent)
                    or self._apposition_after(tokens, b + 1, sent)
                    or (b + 2 < n and self._to_outlet(tokens[b + 2]))
                )
                and (
                    self._cue_before(tokens, a, sent)
                    or self._title_before(tokens, a, sent)
                    or any(
                        _speech_verb_before(tokens, j + 1) and sent[j] == sent[a]
                        for j in range(max(0, a - 10), a)
                    )
                )
            ):
                s = Span(s.start, tokens[b + 1].end, "PERSON", s.source)
            out.append(s)
        # آل X: a family of two words ending a found name
        families: dict[tuple[str, str], int] = {}
        for s in out:
            if s.type != "PERSON":
                continue
            a, b = _token_range(token_starts, s)
            if b - a >= 2 and tokens[b - 1].norm == "ال" and tokens[b].end == s.end:
                families.setdefault((tokens[b - 1].norm, tokens[b].norm), s.end)
        if not families:
            return out
        covered = sorted((s.start, s.end) for s in out)
        starts = [x for x, _ in covered]

        def free(x: int, y: int) -> bool:
            i = bisect_right(starts, y - 1) - 1
            return i < 0 or covered[i][1] <= x

        more = [
            Span(tokens[i].stem_start, tokens[i + 1].end, "PERSON", "rule")
            for i in range(n - 1)
            if (first := families.get((tokens[i].norm, tokens[i + 1].norm))) is not None
            and first <= tokens[i].start
            and tokens[i + 1].stem_start == tokens[i + 1].start
            and sent[i] == sent[i + 1]
            and free(tokens[i].stem_start, tokens[i + 1].end)
        ]
        return sorted(out + more, key=lambda s: s.start) if more else out

    def _to_outlet(self, tok: Token) -> bool:
        """لـ on a known word right after a speaker's name (لوكالة الصحافة، لقناة، للصحفيين)."""
        w = _normalize(tok.text)
        lex = self.crf.lexicon
        rest = "ا" + w[1:] if w.startswith("لل") else w[1:]  # للصحفيين: ل + الصحفيين
        return tok.kind == "ar" and len(w) > 3 and w[0] == "ل" and (rest in lex.clusters or rest in lex.stop)

    def _title_before(self, tokens: list[Token], i: int, sent: list[int]) -> bool:
        """A person's title right before token ``i`` (المتحدث، الشيخ، الدكتور)."""
        if i == 0 or sent[i - 1] != sent[i] or tokens[i - 1].kind != "ar":
            return False
        w = tokens[i - 1].norm
        return w in _PERSON_TITLES or w in _ROYAL_TITLES or self.crf.lexicon.triggers.get(w) == "per"

    # --- names in a speaker's setting and names the tagger split ----------------------------------
    def _join_and_trim_persons(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> list[Span]:
        """Person spans the tagger split or ran on to the left:
        - a leading place, title or definite word before a given name is not the name's (جازان | أحمد
          السهلي، المهندس | عبداللطيف البنيان، السويدي | محمد الحكيم); royal and religious titles stay
          (الأمير عبدالله بن مساعد);
        - a one-word given name right before another person span, or a person span right before one
          starting with a name particle (فان، أبو، بن), or two person spans joined by a hyphen, are one
          name (حسين | أمير عبد اللهيان، لويس | فان جال، علي محمد | أبو تراب، هانز - بيتر بارتلس)."""
        lex = self.crf.lexicon

        trimmed: list[Span] = []
        for s in spans:
            a, b = _token_range(token_starts, s)
            while s.type == "PERSON" and 0 <= a < b and sent[a] == sent[a + 1]:
                t0, t1 = tokens[a], tokens[a + 1]
                w0 = _normalize(t0.text)
                nxt = _normalize(t1.text)
                if t1.kind != "ar" or t1.stem_start != t1.start:
                    break
                given = self._given_name(nxt, t1.text) or nxt in _NAME_PARTICLES
                place = (
                    bool({"country", "city"} & gazetteer_kinds(t0.text[s.start - t0.start :], lex))
                    and not self._given_name(w0, t0.text)  # سالم: a town and a given name
                    and not self._given_name(t0.norm, t0.text)
                    and w0[:1] not in "وف"  # وسالم، ولويس: "and" before a name
                    and (
                        (t0.stem_start > t0.start and w0[:1] in "بل")  # بجازان
                        or self._place_slot(tokens, a, sent, strong=w0 in lex.person_tokens)
                    )
                )
                title = (
                    (
                        t0.norm in _PERSON_TITLES
                        or t0.norm in _FOREIGN_TITLES
                        or lex.triggers.get(t0.norm) == "per"
                    )
                    and t0.norm not in _ROYAL_TITLES
                    and bool(split_core(t0.norm)[1])  # المهندس، الكولونيل; not أمين، ولي (given names too)
                    and t1.norm not in _NOT_NAMES
                )
                definite = (
                    bool(split_core(w0)[1])
                    and not split_core(w0)[0]  # والفا: و + a name, not the article
                    and t0.norm not in _ROYAL_TITLES
                    and w0 not in self._persons
                    and a + 2 <= b  # the given name is not the last word (السويدي محمد | الحكيم)
                )
                # ولاية بورنو | أبو عثمان غامبو: the one word after a town's head noun is the town
                town = (
                    a > 0
                    and tokens[a - 1].norm in _PLACE_HEAD_NOUNS
                    and not split_core(w0)[1]
                    and t0.stem_start == t0.start
                    and not self._given_name(w0, t0.text)
                    and w0 not in self._persons
                    and (nxt in _KUNYA or self._given_name(nxt, t1.text))
                )
                if not (title or (given and (place or definite or town))):
                    break
                s = Span(t1.start, s.end, s.type, s.source)
                a += 1
            trimmed.append(s)
        out: list[Span] = []
        for s in trimmed:
            prev = out[-1] if out else None
            if prev is not None and prev.type == "PERSON" and s.type == "PERSON":
                pa, pb = _token_range(token_starts, prev)
                sa, sb = _token_range(token_starts, s)
                gap = tokens[pb + 1 : sa] if pb >= 0 and sa > pb else []
                hyphen = len(gap) == 1 and gap[0].text in "-–" and pb == pa
                adjacent = not gap and sa == pb + 1 and tokens[sa].start == s.start
                first_s = _normalize(tokens[sa].text) if sa >= 0 else ""
                if first_s[:1] == "و" and (
                    self._given_name(first_s[1:]) or first_s[1:] in self.crf.lexicon.person_tokens
                ):
                    adjacent = False  # رغدة | وليلى طاهر: "and" between two people
                if (
                    pb >= 0
                    and sent[pb] == sent[sa]
                    and (hyphen or adjacent)
                    and (
                        hyphen
                        or first_s in _NAME_PARTICLES
                        or first_s in _FOREIGN_PARTICLES
                        or (pa == pb and self._given_name(_normalize(tokens[pa].text), tokens[pa].text))
                    )
                ):
                    out[-1] = Span(prev.start, s.end, "PERSON", prev.source)
                    continue
            out.append(s)
        return out

    def _name_part_word(self, tok: Token) -> tuple[str, str, str] | None:
        """The normalized word, article and core of ``tok`` when it may be part of a person's name at
        all: an Arabic word without proclitic that is no function word, trigger, speech verb, name
        particle, blessing, known non-name or word never used alone; else None."""
        if tok.kind != "ar" or tok.stem_start != tok.start:
            return None
        lex = self.crf.lexicon
        n = _normalize(tok.text)
        pro, art, core = split_core(n)
        if (
            pro
            or n in lex.stop
            or n in lex.triggers
            or n in AR_SPEECH_VERBS
            or n in _NAME_PARTICLES
            or n in _BLESSINGS
            or n in _NOT_NAMES
            or never_alone(core)
        ):
            return None
        return n, art, core

    def _name_word(self, tok: Token) -> bool:
        """``tok`` can be one more word of a person's name next to a found part of it: no proclitic,
        no function, title, speech or time word, place or organisation, no plural or pronoun ending;
        a word of the training text only as a family name (العمرة، العيد) or a person-name word."""
        word = self._name_part_word(tok)
        if word is None:
            return False
        lex = self.crf.lexicon
        n, art, core = word
        if (
            len(core) < 2
            or n in _PERSON_TITLES
            or n in _FOREIGN_TITLES
            or n in AR_TIME_WORDS
            or n in AR_PREPOSITION_STOPS
            or n in _COMPLEMENTIZERS
            or {"country", "org"} & gazetteer_kinds(tok.text, lex)
            or tok.text.endswith(("ون", "ات", "ين", "اً"))
            or (not art and tok.text.endswith(("ها", "هم")))
            or (n[0] == "م" and n.endswith("ا"))  # مؤكدا، موضحا
            or (n[:2] in ("سي", "ست", "سن") and n not in lex.person_tokens)  # سيستقبل: a future verb
        ):
            return False
        if n in self._surnames or n in lex.person_tokens or self._given_name(n, tok.text):
            return True
        if (
            n in lex.clusters
            or core in lex.clusters
            or tok.text.endswith(("ه", "ة", "ية", "هما"))  # تبريكاته، واتهمهما
            or (n[0] in "وفلب" and (n[1:] in lex.clusters or n[1:] in lex.stop))  # لدعم
        ):
            return False  # a common word of the training text, a pronoun or feminine ending (تبريكاته)
        return n[1:] not in lex.clusters if n[0] in "وفبلك" else True

    def _ali_name_word(self, tok: Token, framed: bool = False) -> bool:
        """``tok`` can be the next word of a name after a written علي (Ali): a given name (علي عبدالله،
        علي محمد), a family name of a speaker's slot (علي الشمراني), or the article on a given name or
        known name word (علي الأحمد), never a common word (علي الرغم، علي مستوى، علي هامش، علي أن).
        ``framed`` (what follows a speaker's name comes right after): also a definite word the training
        text never saw, though a place has its name (علي الأحمدي إن)."""
        if tok.kind != "ar" or tok.stem_start != tok.start:
            return False
        lex = self.crf.lexicon
        n = _normalize(tok.text)
        if n in lex.stop or n in _EDGE_PREPOSITIONS or n in _NOT_NAMES:
            return False
        if self._plain_given_name(n, tok.text) and not split_core(n)[1]:
            return True
        if self._slot_family_name(tok) and not tok.text.endswith("ة"):
            return True  # not علي الغطرسة: a feminine noun the training text never saw
        pro, art, core = split_core(n)
        if art and self._family_like(tok, strict=True) and self._given_name(core):
            return True
        return (
            framed
            and not pro
            and art == "ال"
            and len(core) >= 3
            and n not in lex.clusters
            and core not in lex.clusters
            and not tok.text.endswith(("ية", "ين", "ون", "ات", "ة"))
        )

    def _ali_given_names(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int], apart: bool
    ) -> list[Span]:
        """علي written with ي (Ali) opens a person's name that the tagger left out or began one word
        late (المهندس | علي الأحمد، علي | عبدالله صالح، هما علي عبده | إسماعيل), because once normalized
        it is the preposition على. It does where the next word is a name word (:meth:`_ali_name_word`)
        or starts a person span, and no name ends right before it (فاز سولانا علي فيدرر: the
        preposition, spelled with ي). Where the next word is a name word only, a title or speech cue,
        the sentence's start or what follows a speaker's name must stand around it. After a person's
        name it ends that name before إن or a comma (وقال محمد علي إن) or goes on to آل/بن (أحمد علي آل
        مريع); after a title it is a name alone before الذي or a comma (الأمير علي الذي). على written
        with ى stays the preposition, and so does every علي of a text that writes ى as ي (``apart`` false)."""
        if not apart:
            return spans
        n = len(tokens)
        person_ends = {s.end for s in spans if s.type == "PERSON"}
        ends = {s.end for s in spans}
        by_start: dict[int, Span] = {}
        for s in spans:
            by_start.setdefault(s.start, s)
        free = _free_test(spans)
        out = list(spans)
        changed = False

        def same(i: int, k: int) -> bool:
            return 0 <= i < n and sent[i] == sent[k]

        def closes(i: int, k: int) -> bool:  # token i is what follows a speaker's name
            if not same(i, k):
                return False
            tok = tokens[i]
            return (tok.kind == "punct" and tok.text in "،,:«") or _normalize(tok.text) in _AFTER_ALI

        k = 0
        while k < n - 1:
            t, u = tokens[k], tokens[k + 1]
            alone = by_start.get(t.start)  # علي tagged a person alone, right before the rest of the name
            if alone is not None and not (alone.type == "PERSON" and alone.end == t.end):
                alone = None
            if not (_spelled_ali(t) and same(k + 1, k) and (alone or free(t.start, t.end))):
                k += 1
                continue
            start = t.start + (len(t.text) - len(t.text.lstrip("وف")))  # وعلي: the name after و
            prev = tokens[k - 1] if same(k - 1, k) else None
            if prev is not None and (prev.end in person_ends or prev.kind == "num"):
                if prev.end in person_ends and start == t.start and not alone:
                    last = next(x for x in out if x.end == prev.end and x.type == "PERSON")
                    end = -1
                    if _ali_closes(u):
                        end = t.end  # «وقال محمد علي إن»: Ali the father's or family name
                    elif u.text in ("آل", "بن") and same(k + 2, k) and tokens[k + 2].kind == "ar":
                        end = tokens[k + 2].end  # أحمد علي آل مريع، محمد علي بن سالم
                    if end > 0 and free(t.end, end):
                        out = [x for x in out if x is not last]
                        out.append(Span(last.start, end, "PERSON", "rule"))
                        changed = True
                k += 1  # else a name before it: the preposition (وتغلب نادال علي فيدرر)
                continue
            after_entity = prev is not None and prev.end in ends  # المتحدث باسم المقاومة في عدن | علي
            title = prev is not None and prev.kind == "ar" and self._title_or_cue(prev)
            opener = prev is None or (prev.kind == "punct" and prev.text in '«"“:،,(') or title
            nxt = by_start.get(u.start) or by_start.get(u.stem_start)
            if nxt is not None and nxt.type == "PERSON":
                # a name of two words or more after it (علي | عبدالله صالح) after a title or cue or at the
                # sentence's start; one word (علي لاريجاني) only where the tagger put علي in a name itself
                chain = nxt.end > u.end
                if alone is not None or (chain and not after_entity and opener):
                    out = [x for x in out if x is not nxt and x is not alone]
                    out.append(Span(start, nxt.end, "PERSON", "rule"))
                    changed = True
                k += 2
                continue
            if (
                nxt is not None
                and nxt.type in ("GPE", "LOC")
                and prev is not None
                and prev.text in "،,"
                and nxt.end == u.end
                and same(k + 2, k)
                and tokens[k + 2].text in "،,"
            ):
                # «محافظ ميسان، علي دواي، سجل»: a name in apposition, its family name a town's too
                out = [x for x in out if x is not nxt and x is not alone]
                out.append(Span(start, nxt.end, "PERSON", "rule"))
                changed = True
                k += 2
                continue
            # an unseen definite word only in a speaker's frame on both sides (القائمة علي الغطرسة، is none)
            framed = opener or after_entity
            if (
                nxt is None
                and free(u.start, u.end)
                and self._ali_name_word(u, framed=framed and closes(k + 2, k))
            ):
                b = k + 1
                if (
                    same(b + 1, k)
                    and not split_core(u.norm)[1]
                    and self._ali_name_word(tokens[b + 1], framed=framed and closes(b + 2, k))
                    and free(tokens[b + 1].start, tokens[b + 1].end)
                ):
                    b += 1  # علي عبدالله الصالح: a given name, then the family name
                later = by_start.get(tokens[b + 1].start) if same(b + 1, k) else None
                if later is not None and later.type == "PERSON" and not split_core(u.norm)[1]:
                    # «هما علي عبده | إسماعيل»: the tagger found only the end of the name
                    out = [x for x in out if x is not later and x is not alone]
                    out.append(Span(start, later.end, "PERSON", "rule"))
                    changed = True
                    k = b + 2
                    continue
                if (
                    closes(b + 1, k)
                    if after_entity
                    else (
                        opener
                        or self._speaker_end(tokens, b, sent)
                        or self._apposition_after(tokens, b, sent)
                    )
                ):
                    out = [x for x in out if x is not alone]
                    out.append(Span(start, tokens[b].end, "PERSON", "rule"))
                    changed = True
                    k = b + 1
                    continue
            if (
                title
                and alone is None
                and prev is not None
                and _normalize(prev.text) in _PERSON_TITLES
                and same(k + 1, k)
                and (u.text in ("الذي", "،", ","))
            ):
                out.append(Span(start, t.end, "PERSON", "rule"))  # «وأوضح الأمير علي الذي»
                changed = True
            k += 1
        return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans

    def _speaker_slot_names(self, spans: list[Span], tokens: list[Token], sent: list[int]) -> list[Span]:
        """Two untagged name-like words between a speaker's cue and what follows a speaker (وقال رجا
        العتيبي مدير الفرع، الخبير الاقتصادي فضل البوعينين: «...»، وأوضح مدير الفرع برجس العيباني أن):
        the cue a speech verb, a title or a title with its genitive (مدير الفرع، وزير العمل); the first
        word a given name or a word the training text never saw, the second a family-name-like word."""
        n = len(tokens)
        free = _free_test(spans)

        def cue(i: int) -> bool:
            if i < 1 or sent[i - 1] != sent[i]:
                return False
            if self._title_or_cue(tokens[i - 1]):
                return True
            # a title and its definite genitive or adjective (مدير الفرع، وزير العمل، النائب المعروف)
            prev = _normalize(tokens[i - 1].text)
            return (
                i >= 2
                and sent[i - 2] == sent[i]
                and tokens[i - 1].stem_start == tokens[i - 1].start
                and split_core(prev)[1] == "ال"
                and not split_core(prev)[0]
                and (tokens[i - 2].norm in AR_TITLE_WORDS or tokens[i - 2].norm in _PERSON_TITLES)
            )

        added: list[Span] = []
        i = 1
        while i < n - 1:
            t, u = tokens[i], tokens[i + 1]
            if (
                sent[i + 1] == sent[i]
                and cue(i)
                and self._slot_given_name(t)
                and (
                    self._slot_family_name(u)
                    # an indefinite family name (نعمة طعمة، زينة كلاب) only right after a title or verb
                    or (
                        self._title_or_cue(tokens[i - 1])
                        and self._bare_name_word(u)
                        and not split_core(u.norm)[1]
                        and (u.norm in self.crf.lexicon.person_tokens or u.norm in self._surnames)
                    )
                )
                and (self._apposition_after(tokens, i + 1, sent) or self._speaker_end(tokens, i + 1, sent))
                and free(t.start, u.end)
            ):
                added.append(Span(t.start, u.end, "PERSON", "rule"))
                i += 2
                continue
            i += 1
        return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans

    def _lone_given_name_shape(self, tok: Token) -> str | None:
        """The normalized word when ``tok`` has the shape of a given name written alone, else None: an
        Arabic word of three letters or more without proclitic or article that is no function word
        (unless a given name spelled so), no word never a name alone, speech verb, word that is a
        common word first (_WORD_FIRST_NAMES), place or organisation. The shared tests of
        `_slot_given_name` and `_unseen_given_name`."""
        if tok.kind != "ar" or tok.stem_start != tok.start:
            return None
        lex = self.crf.lexicon
        n = _normalize(tok.text)
        if (
            len(n) < 3
            or split_core(n)[1]
            or (n in lex.stop and tok.text not in _SPELLED_GIVEN_NAMES)
            or n in _NOT_NAMES
            or n in AR_SPEECH_VERBS
            or n in _WORD_FIRST_NAMES
            or never_alone(n)
            or {"country", "city", "org"} & gazetteer_kinds(tok.text, lex)
        ):
            return None
        return n

    def _slot_given_name(self, tok: Token) -> bool:
        """The first word of a name in a speaker's slot: a word of a lone given name's shape that is
        no title, trigger, time or anonymous word, statement noun or verb-looking word (رجا، فضل،
        نادية، برجس)."""
        n = self._lone_given_name_shape(tok)
        if n is None:
            return False
        return not (
            n in self.crf.lexicon.triggers
            or n in _PERSON_TITLES
            or n in _FOREIGN_TITLES
            or n in AR_TIME_WORDS
            or n in _NOT_GIVEN_NAMES
            or tok.text.startswith(("ي", "ت", "س"))  # يستعين، تقول، سيعلن: verbs
            or tok.text.endswith(("ون", "ات", "ين", "اً", "ه", "ها", "هم", "وا"))  # معسكره
            or n in _STATEMENT_NOUNS
        )

    def _slot_family_name(self, tok: Token) -> bool:
        """The family name in a speaker's slot: a definite word that is a known family name or
        person-name word, or that the training text never saw (البوعينين، العيباني)."""
        if tok.kind != "ar" or tok.stem_start != tok.start:
            return False
        lex = self.crf.lexicon
        n = _normalize(tok.text)
        pro, art, core = split_core(n)
        if pro or not art or len(core) < 3:
            return False
        unseen = n not in lex.clusters and core not in lex.clusters
        if tok.text.endswith("ين") and not tok.text.endswith("يين") and unseen:
            # البوعينين: a family name in -ين the training text never saw (not a plural it knows)
            return not ({"country", "city", "org"} & gazetteer_kinds(tok.text, lex)) and n not in _NOT_NAMES
        if not self._family_like(tok, strict=False, cue=True):
            return False
        return (
            n in self._surnames
            or n in lex.person_tokens
            or (n not in lex.clusters and core not in lex.clusters)
        )

    @staticmethod
    def _speaker_end(tokens: list[Token], k: int, sent: list[int]) -> bool:
        """What follows a speaker's name after token ``k``: إن/أن/بأن, لـ, في, an opening bracket."""
        if k + 1 >= len(tokens) or sent[k + 1] != sent[k]:
            return False
        nxt = tokens[k + 1]
        if nxt.kind == "punct":
            return nxt.text in '(«"“:،,'
        w = _normalize(nxt.text)
        return w in _AFTER_SPEAKER or w in ("بان", "لـ")

    def _nisba_not_name(self, tok: Token) -> bool:
        """A definite nisba word that no name list knows (الإصلاحي): after a one-word name, an adjective."""
        n = _normalize(tok.text)
        lex = self.crf.lexicon
        return (
            bool(split_core(n)[1])
            and n.endswith("ي")
            and n not in lex.person_tokens
            and n not in self._surnames
        )

    def _apposition_after(self, tokens: list[Token], k: int, sent: list[int]) -> bool:
        """What follows a speaker's name and its description starts after token ``k``: a comma or
        colon, an opening quote mark, أن/إن, الذي/التي, or a title (الرئيس، مدير، المتحدث)."""
        if k + 1 >= len(tokens) or sent[k + 1] != sent[k]:
            return False
        nxt = tokens[k + 1]
        if nxt.kind == "punct":
            return nxt.text in '،,:«"“'
        if nxt.kind != "ar":
            return False
        w = _normalize(nxt.text)
        core = split_core(w)[2]
        return (
            w in _COMPLEMENTIZERS
            or w in ("الذي", "التي")
            or w in AR_TITLE_WORDS
            or w in _PERSON_TITLES
            or nxt.norm in AR_TITLE_WORDS
            or core in _APPOSITION_HEADS
        )

    def _complete_appositions(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> list[Span]:
        """A person's name the tagger cut by one word before its apposition or after a title
        (وقال ضياء كاظم | هندي، أحد؛ قال أندرو | ويتي الرئيس التنفيذي؛ الوزير أكبر | حسين دوراني إن),
        and a description the tagger ran a name into (باباكورا كولو | العنصر، طرفة بن العبد | الجاهلي)."""
        n = len(tokens)
        free = _free_test(spans)

        out: list[Span] = []
        for s in spans:
            if s.type != "PERSON" or s.source == "kb":
                out.append(s)
                continue
            a, b = _token_range(token_starts, s)
            if a < 0 or tokens[b].end != s.end:
                out.append(s)
                continue
            # a trailing description: a word with a preposition on it (بأوباما) or a common word that
            # is no name word (العنصر، الملحق، المولى، محرر) after a name of two words or more
            last = tokens[b]
            lw = _normalize(last.text)
            after_particle = _normalize(tokens[b - 1].text) in _NAME_PARTICLES if b > a else False
            if not after_particle and b - a >= 2:
                if last.stem_start == last.start and (lw in AR_TITLE_WORDS or lw in AR_ANONYMOUS):
                    b -= 1
                    s = Span(s.start, tokens[b].end, s.type, s.source)
            # one word more before the apposition, after a title or speech verb
            if (
                a >= 1
                and sent[a - 1] == sent[a]
                and self._title_or_cue(tokens[a - 1])
                and b + 1 < n
                and sent[b + 1] == sent[b]
                and b - a <= 2
                and self._name_word(tokens[b + 1])
                and (b > a or not self._nisba_not_name(tokens[b + 1]))  # الرئيس خاتمي | الإصلاحي
                and self._apposition_after(tokens, b + 1, sent)
                and free(tokens[b + 1].start, tokens[b + 1].end)
            ):
                b += 1
                s = Span(s.start, tokens[b].end, s.type, s.source)
            # one word more after a title or speech verb
            if (
                a >= 2
                and tokens[a].start == s.start
                and sent[a - 1] == sent[a]
                and sent[a - 2] == sent[a]
                and b - a <= 2
                and self._unseen_given_name(tokens[a - 1])
                and _normalize(tokens[a - 1].text) not in _FOREIGN_TITLES  # العميد ركن
                and self._title_or_cue(tokens[a - 2])
                and free(tokens[a - 1].start, tokens[a - 1].end)
            ):
                s = Span(tokens[a - 1].start, s.end, s.type, s.source)
            out.append(s)
        return out

    def name_likeness(self, word: str) -> float:
        """How much a normalized word looks like a transliterated person name (> 0: more than like a
        common word); see :class:`NameLikeness`."""
        return self._likeness.score(word)

    def _foreign_name_word(self, tok: Token, seen_ok: bool, margin: float = 0.0) -> bool:
        """``tok`` can be one more word of a transliterated name (نوجروهو، ويات، فينجر): an Arabic word
        without article or proclitic that is no function, title, speech, time or statement word, place
        or organisation, and that looks like a name (:meth:`name_likeness`); a word of the training
        text only when clearly name-like, and when ``seen_ok`` (هندي، after two name words) or a name
        list holds it; an unseen word when its likeness exceeds ``margin``."""
        word = self._name_part_word(tok)
        if word is None:
            return False
        n, art, core = word
        lex = self.crf.lexicon
        if (
            art
            or len(n) < 3
            or n in _PERSON_TITLES
            or n in _FOREIGN_TITLES
            or n in AR_TITLE_WORDS
            or n in AR_TIME_WORDS
            or n in AR_PREPOSITION_STOPS
            or n in AR_ANONYMOUS
            or n in _COMPLEMENTIZERS
            or n in _STATEMENT_NOUNS
            or n in _WORD_FIRST_NAMES
            or (n[0] == "م" and n.endswith("ا"))  # مؤكدا
            or tok.text.endswith(("ات", "اً", "ة", "ها", "هم"))
            or {"country", "city", "org"} & gazetteer_kinds(tok.text, lex)
        ):
            return False
        if n[0] in "وفبلك" and (n[1:] in lex.stop or n[1:] in _COMPLEMENTIZERS):
            return False  # بأن، لأي: a proclitic on a function word
        known = n in lex.person_tokens or n in self._surnames or n in lex.name_words
        if n not in lex.clusters and core not in lex.clusters:
            if n[0] == "و" and not known:
                return False  # وتيتانيك: "and" before a word
            if known:
                return True
            if tok.text.endswith(("ون", "ين")):
                # a plural (مسؤولون، مراقبين), unless a word that looks much like a name (جونسون)
                return self.name_likeness(n) >= 1
            return self.name_likeness(n) > margin
        # a word of the training text, even one a name list holds (ولد، هما): a known name word or,
        # when ``seen_ok``, any word, if clearly name-like, with no accusative -ا (دورا، جوابا) nor
        # imperfect verb (يريد)
        return (
            (seen_ok or known)
            and not tok.text.endswith(("ا", "ون", "ين"))
            and n[0] not in "يت"
            and self.name_likeness(n) > LIKENESS_SEEN
        )

    def _foreign_name_edges(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> list[Span]:
        """Transliterated names the tagger cut (:meth:`name_likeness` decides the word):
        - the last word before what follows a speaker (a comma, colon, quote mark, إن/أن, لـ, a title):
          سوتوبو بيرو | نوجروهو إن، جيف | ويات المدير العام، ليو تيونج | لاي في بيان;
        - a first letter read as a proclitic (ب ك ل ف) after a preposition, speech verb or title,
          where a second proclitic cannot stand (عن ب|اولو، قال ك|اليانا), unless the rest is a
          common word (الأميركي ب|ولاية)."""
        n = len(tokens)
        free = _free_test(spans)

        out: list[Span] = []
        for s in spans:
            if s.type not in ("PERSON", "MISC") or s.source == "kb":
                out.append(s)
                continue
            a, b = _token_range(token_starts, s)
            if a < 0 or tokens[b].end != s.end:
                out.append(s)
                continue
            t = tokens[a]
            if t.start < s.start == t.stem_start and t.text[:1] in "بكلف":
                full = _normalize(t.text)
                lead = tokens[a - 1] if a > 0 and sent[a - 1] == sent[a] else None
                framed = lead is not None and (
                    (lead.kind == "ar" and _normalize(lead.text) in AR_PREPOSITION_STOPS)
                    or (
                        lead.kind == "ar"
                        and self._title_or_cue(lead)
                        and t.text[:1] != "ل"  # قال لـ: "told", to a person
                    )
                )
                if (
                    framed
                    and len(full) >= 4
                    # ب|ولاية: a real proclitic on a word of the training text
                    and not (
                        full[1:] in self.crf.lexicon.clusters
                        and full[1:] not in self.crf.lexicon.person_tokens
                    )
                    and (
                        full in self.crf.lexicon.person_tokens
                        or (full not in self.crf.lexicon.clusters and self.name_likeness(full) > 0)
                    )
                ):
                    s = Span(t.start, s.end, s.type, s.source)
            if (
                s.type == "PERSON"
                and b + 1 < n
                and sent[b + 1] == sent[b]
                and b - a <= 2
                and tokens[b].stem_start == tokens[b].start
                and not split_core(_normalize(tokens[b].text))[1]  # after a family name: no more
                and self._foreign_name_word(tokens[b + 1], seen_ok=b > a)
                and (self._apposition_after(tokens, b + 1, sent) or self._speaker_end(tokens, b + 1, sent))
                and free(tokens[b + 1].start, tokens[b + 1].end)
            ):
                s = Span(s.start, tokens[b + 1].end, s.type, s.source)
            out.append(s)
        return out

    def _foreign_slot_names(self, spans: list[Span], tokens: list[Token], sent: list[int]) -> list[Span]:
        """Two or three untagged transliterated name words in a speaker's slot (وقال الخبير ترولس
        هاوغلاند إن، وزيرة البيئة التايلاندية سوراسي كيتيمونثون إن، لدى الشركة، إنغريد سكيلستاد، لـ):
        after a speech verb, title, nisba adjective or opening quote mark, or between two commas after
        a speech verb of the sentence, and before what follows a speaker; every word a person-name
        token or name-like (:meth:`name_likeness`), one at least unseen in the training text."""
        n = len(tokens)
        lex = self.crf.lexicon
        free = _free_test(spans)

        def comma_slot(i: int, k: int) -> bool:
            """``,NAME,`` after a speech verb earlier in the sentence (لدى الشركة، NAME، لـ)."""
            if tokens[i - 1].text not in "،," or k + 1 >= n or tokens[k + 1].text not in "،,":
                return False
            j = i - 2
            while j >= 0 and sent[j] == sent[i] and i - j <= 12:
                w = _normalize(tokens[j].text)
                if _speech_verb(w) or (w[:1] in "وف" and _speech_verb(w[1:])):
                    return True
                j -= 1
            return False

        added: list[Span] = []
        i = 1
        while i < n - 1:
            if sent[i - 1] != sent[i]:
                i += 1
                continue
            lead = tokens[i - 1]
            comma = lead.text in "،,"
            cue = lead.text in _OPEN_QUOTES or (
                lead.kind == "ar"
                and (
                    self._title_or_cue(lead)
                    # a feminine nisba of a title (وزيرة الزراعة الكينية)
                    or (lead.norm.startswith("ال") and lead.norm.endswith("يه") and len(lead.norm) > 6)
                )
            )
            if (
                not (cue or comma)
                or not free(tokens[i].start, tokens[i].end)
                or not self._foreign_name_word(tokens[i], False, LIKENESS_UNSEEN)
            ):
                i += 1
                continue
            done = False
            for k in (i + 2, i + 1):  # the longest run first
                if k >= n or sent[k] != sent[i]:
                    continue
                run = tokens[i : k + 1]
                if not all(self._foreign_name_word(t, False, LIKENESS_UNSEEN) for t in run[1:]):
                    continue
                if not any(_normalize(t.text) not in lex.clusters for t in run):
                    continue
                if not (
                    (cue and (self._apposition_after(tokens, k, sent) or self._speaker_end(tokens, k, sent)))
                    or comma_slot(i, k)
                ):
                    continue
                if free(run[0].start, run[-1].end):
                    added.append(Span(run[0].start, run[-1].end, "PERSON", "rule"))
                    i = k + 1
                    done = True
                    break
            if not done:
                i += 1
        return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans

    def _title_or_cue(self, tok: Token) -> bool:
        """A title, honorific, speech verb or nisba adjective (of a title: الوزير الماليزي) before a
        name."""
        if tok.kind == "punct":
            return False
        memo = self._cue_memo  # by the word's text: the rules ask it of most tokens several times
        hit = memo.get(tok.text)
        if hit is not None:
            return hit
        w = _normalize(tok.text)
        bare = strip_conj(w)
        found = (
            w in _PERSON_TITLES
            or w in _FOREIGN_TITLES
            or w in AR_TITLE_WORDS
            or self.crf.lexicon.triggers.get(w) == "per"
            or bare in AR_SPEECH_VERBS
            or (split_core(w)[1] == "ال" and w.endswith("ي") and len(w) > 5)
        )
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        memo[tok.text] = found
        return found

    @staticmethod
    def _place_slot(tokens: list[Token], a: int, sent: list[int], strong: bool = False) -> bool:
        """Token ``a`` stands where a place name goes: after في, a title (محافظ، مدير) or, unless
        ``strong`` (the word is a given name too), a noun in construct (مدير تعليم | صبيا، فرع عمل |
        خيبر), which a verb resembles (افتتن | أنيس منصور); never after a speech verb (وقال واين)."""
        if a == 0 or sent[a - 1] != sent[a] or tokens[a - 1].kind != "ar":
            return False
        w = _normalize(tokens[a - 1].text)
        bare = strip_conj(w)
        if w in AR_SPEECH_VERBS or bare in AR_SPEECH_VERBS or w in _COMPLEMENTIZERS:
            return False
        if w == "في" or w in AR_TITLE_WORDS or w in _PLACE_HEADS:
            return True
        pro, art, core = split_core(w)
        return not strong and not pro and not art and len(core) >= 3 and w not in AR_PREPOSITION_STOPS

    def _speaker_orgs(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> list[Span]:
        """The full name of an organisation in a speaker's or source's setting: a head noun (وزارة،
        هيئة، الحكومة، المرصد) right after a speech verb or an attribution cue (قالت، أعلنت، بحسب،
        وفقا لـ، نقلا عن) takes its genitive and the adjectives, conjoined nouns, لـ-complements and
        places after it (قالت وزارة الخارجية الأميركية، بحسب الهيئة العامة للسياحة والتراث الوطني).
        Outside such a setting a head noun stays a common noun (annotated corpora tag وزارة الصناعة
        as no name)."""
        n = len(tokens)
        if n < 2:
            return spans
        spans = sorted(spans, key=lambda s: (s.start, -s.end))
        span_at: dict[int, Span] = {}
        for s in spans:
            k = bisect_right(token_starts, s.start) - 1
            if k >= 0:
                span_at.setdefault(k, s)
        new: list[Span] = []
        i = 1
        while i < n:
            t = tokens[i]
            head = self._org_head_start(t)
            if head is None or not self._speaker_cue_before(tokens, i, sent):
                i += 1
                continue
            if (
                _normalize(t.text[head - t.start :]) in AR_OUTLET_HEADS_NORM
                and i + 1 < n
                and not (tokens[i + 1].kind == "ar" and split_core(_normalize(tokens[i + 1].text))[1])
            ):
                i += 1  # وكالة رويترز: the outlet is its name (رويترز), not the head noun with it
                continue
            definite_head = bool(split_core(_normalize(t.text[head - t.start :]))[1])
            k = i  # the last token of the name
            j = i + 1
            state = "head"  # what the last word was: head, genitive, adjective, lam, construct, entity
            while j < n and sent[j] == sent[i] and j - i <= 9:
                tj = tokens[j]
                sp = span_at.get(j)
                if sp is not None and sp.start >= tj.start and j > i:
                    if sp.type not in ("GPE", "LOC", "ORG", "FAC") or (
                        state == "adjective" and sp.type != "ORG"
                    ):
                        break
                    if sp.start > tj.stem_start or (
                        tj.stem_start > tj.start and _normalize(tj.text)[:1] != "ل"
                    ):
                        break  # بفرنسا، وبريطانيا: a preposition or conjunction starts a new phrase
                    if j == i + 1 and sp.type == "ORG":
                        break  # شركة | نيسان: the organisation's own name right after the head is the name
                    e = bisect_right(token_starts, sp.end - 1) - 1
                    k, j, state = e, e + 1, "entity"
                    continue
                if tj.kind != "ar":
                    break
                full = _normalize(tj.text)
                pro, art, core = split_core(full)
                if full in _ORG_STOPS or tj.norm in _ORG_STOPS or full in AR_SPEECH_VERBS:
                    break
                if art and not pro:
                    if (state == "head" and not definite_head) or state in ("construct", "lam"):
                        state = "genitive"
                    elif _org_adjective(full):
                        state = "adjective"
                    else:
                        break
                elif art and pro == "و" and state in ("genitive", "adjective", "entity", "lam"):
                    state = "genitive"  # التجارة والصناعة، البلدية والقروية
                elif art and pro == "ل" and state != "head" or art and pro == "ل" and not definite_head:
                    if core in _NOT_ORG_COMPLEMENTS:
                        break
                    state = "lam"  # للأمم، للمحامين، لألعاب (القوى)
                elif (
                    not art
                    and full[0] == "و"
                    and state == "genitive"
                    and len(full) > 4
                    and j + 1 < n
                    and sent[j + 1] == sent[j]
                    and split_core(_normalize(tokens[j + 1].text))[1]
                    and not split_core(_normalize(tokens[j + 1].text))[0]
                ):
                    state = "construct"  # الاتصالات وتقنية المعلومات: a second construct, conjoined
                    j += 1
                    continue
                elif (
                    not art
                    and (not pro or (pro == "" and full[0] == "ل"))
                    and len(core) >= 3
                    and full not in self.crf.lexicon.stop
                    and not full.endswith(("ها", "هم"))
                    and j + 1 < n
                    and sent[j + 1] == sent[j]
                    and (split_core(_normalize(tokens[j + 1].text))[1] or (j + 1) in span_at)
                    and (
                        (state == "head" and not definite_head)  # نقابة سائقي، مكتب رئيس
                        or state == "construct"  # دائرة صحة محافظة
                        or (full[0] == "ل" and not (state == "head" and definite_head))  # لحقوق الإنسان
                    )
                    and (full[1:] if full[0] == "ل" else full) not in AR_OUTLET_HEADS_NORM
                    and (full[1:] if full[0] == "ل" else full) not in _NOT_ORG_COMPLEMENTS
                    and full[0] not in "فب"  # بتفتيش، فقط: a preposition or conjunction on a word
                    and not (
                        full[0] == "و"
                        and (full[1:] in self.crf.lexicon.clusters or full[1:] in _SPEAKER_ORG_HEADS)
                    )
                    and (tj.stem_start == tj.start or full[0] == "ل")  # لسلامة النقل
                ):
                    state = "construct"  # نقابة سائقي المترو، لحقوق الإنسان، مكتب رئيس الوزراء
                    j += 1
                    continue  # a construct noun never ends the name
                else:
                    break
                k = j
                j += 1
            if k > i:
                a, b = head, tokens[k].end
                inner = [s for s in spans if s.start < b and a < s.end]
                if all(a <= s.start and s.end <= b for s in inner):
                    new.append(Span(a, b, "ORG", "rule"))
                    spans = [s for s in spans if s not in inner]
                i = k + 1
            else:
                i += 1
        return sorted(spans + new, key=lambda s: (s.start, -s.end)) if new else spans

    @staticmethod
    def _org_head_start(tok: Token) -> int | None:
        """Where an organisation head noun starts in ``tok`` (after a proclitic: لوزارة، والهيئة)."""
        if tok.kind != "ar":
            return None
        full = _normalize(tok.text)
        if full in _SPEAKER_ORG_HEADS:
            return tok.start
        if full.startswith("لل") and tok.norm.startswith("ال"):
            return None  # للهيئة: the article's alef is not written, no span can hold الهيئة
        if tok.norm in _SPEAKER_ORG_HEADS:
            return tok.stem_start
        if full[:1] in "لوب" and full[1:] in _SPEAKER_ORG_HEADS:
            return tok.start + orig_len(tok.text, 1)
        return None

    @staticmethod
    def _speaker_cue_before(tokens: list[Token], i: int, sent: list[int]) -> bool:
        """Token ``i`` opens the subject of a speech, report or any verb-first clause, or the body a
        statement is from:
        - a speech or report verb or an attribution cue before it (one time word or an opening quote
          mark may stand between: أعلنت اليوم وزارة، أعلنت "لجنة)، نقلا عن، صادر عن;
        - a feminine past verb opening a clause (وأصدرت، ناشدت، في غضون ذلك، اتهمت) or وكانت/أما;
        - أما، وكانت (وكانت الهيئة قد أعلنت) or باسم (متحدث باسم); not a complementizer (أن الحكومة);
        - a statement or report noun in construct with it (بيان وزارة، تقرير لمؤسسة)."""
        j = i - 1
        if j >= 0 and sent[j] == sent[i] and tokens[j].kind == "punct" and tokens[j].text in _OPEN_QUOTES:
            j -= 1
        if j >= 0 and sent[j] == sent[i] and _normalize(tokens[j].text) in AR_TIME_WORDS:
            j -= 1
        if j < 0 or sent[j] != sent[i] or tokens[j].kind != "ar":
            return False
        return ArabicRecognizer._org_cue_kind(tokens, j, sent) in _ORG_CUE_KINDS

    @staticmethod
    def _org_cue_kind(tokens: list[Token], j: int, sent: list[int]) -> str:
        """Which kind of speaker setting token ``j`` is (see :meth:`_speaker_cue_before`), or ''."""
        w = _normalize(tokens[j].text)
        bare = strip_conj(w)
        if any(x in _ORG_CUES for x in (w, bare)):
            return "speech"
        if any(x in _ORG_SUBJECT_CUES for x in (w, bare)):
            return "subject"
        if w in _ORG_COMPLEMENTIZER_CUES:
            return "complementizer"
        if w == "عن":
            return "speech" if j > 0 and _normalize(tokens[j - 1].text) in AR_ATTRIBUTION | _ISSUED else ""
        if bare in _STATEMENT_NOUNS:
            return "statement"
        # a verb in the feminine past opening its clause: the subject follows (VSO)
        opens = j == 0 or sent[j - 1] != sent[j] or tokens[j - 1].kind == "punct"
        opens = opens or _normalize(tokens[j - 1].text) in _CLAUSE_OPENERS
        if (
            opens
            and bare.endswith("ت")
            and not bare.endswith(("ات", "وت", "يت"))
            and len(bare) >= 4
            and bare not in _NOT_VERBS_T
        ):
            return "verb"
        return ""

    # --- person names in news prose the tagger cut or missed ------------------------------------
    def _given_name(self, word: str, raw: str = "") -> bool:
        """A normalized word that is a given name: the first word of a knowledge-base person's name, or
        a person-name token of the Wikidata pairs that the training data also saw inside a name."""
        lex = self.crf.lexicon
        if _abd_compound(word):
            return True  # عبدالعزيز، عبدربه
        if (
            raw in _NOT_GIVEN_NAMES
            or word in lex.stop  # على is علي once normalized
            or word in lex.triggers  # حزب، الملك
            or word in _NOT_NAMES
            or never_alone(word)  # ريال، دولار
            or split_core(word)[1]  # الخامس (محمد الخامس): a given name has no article
            or any(w in lex.stop for w in (*strip_candidates(word), word[1:] if word[:1] in "وفبلك" else ""))
            # بأن، لأي: a preposition on a function word
        ):
            return False
        return word in self._persons or (word in lex.person_tokens and word in lex.name_words)

    def _unseen_given_name(self, tok: Token) -> bool:
        """``tok`` can be the given name of a person the lexicon does not know (نشوان، ساميودين): no
        proclitic, no article, no function or title word, no place, and a given name or a word the
        training text never saw."""
        n = self._lone_given_name_shape(tok)
        if n is None or n[0] in "وف":
            return False
        lex = self.crf.lexicon
        if self._given_name(n, tok.text):
            return True
        raw = tok.text
        return (
            n not in lex.clusters
            and n not in lex.triggers
            and n[0] not in "بلك"  # بقواتنا: a preposition the tokenizer left on a word
            and not raw.endswith(("ون", "ات", "ه", "ها", "هم", "نا", "ي"))  # مستثمرون، معسكره، كراسي
        )

    def _plain_given_name(self, word: str, raw: str = "") -> bool:
        """A given name that is not a common word first (روح، كأس، أسماء), for names the tagger
        left out entirely."""
        return len(word) >= 3 and word not in _WORD_FIRST_NAMES and self._given_name(word, raw)

    def _family_like(self, tok: Token, strict: bool, cue: bool = False) -> bool:
        """``tok`` can be the family-name part of a person's name right after a given name: a known
        surname or person-name token, or a word the training text never saw (العطوي، المحنا، دوراني)
        that is no function word, title, speech verb, place or month. ``strict``: an unseen word
        must carry the article (the common shape of an Arabic family name)."""
        word = self._name_part_word(tok)
        if word is None:
            return False
        lex = self.crf.lexicon
        n, art, core = word
        if (
            len(core) < 3
            or n in _EDGE_PREPOSITIONS
            or {"country", "city", "org"} & gazetteer_kinds(tok.text, lex)
        ):
            return False
        if n[0] in "وف" and (n[1:] in lex.clusters or n[1:] in lex.person_tokens):
            return False  # وولي، فتخليك: a conjunction the tokenizer left on a word
        if n in self._surnames or n in lex.person_tokens or (art and core in lex.person_tokens):
            return True
        if n in lex.clusters or core in lex.clusters:
            return False  # a word of the training text: a common word
        raw = tok.text
        if raw.endswith(("ية", "ين", "ون", "ات", "تان", "اً")) or (
            raw.endswith(("ه", "ها", "هم")) and not art
        ):
            return False  # الانقلابية، السعوديين، المرشحات، الشركتان، حاضراً، لرجاله: no family names
        if art:
            return True
        if n[0] == "م" and n.endswith("ا"):
            return False  # مستدركا، موضحا: a participle of manner after the verb
        # an unseen word without the article: a foreign family name (دوراني), never a word a proclitic
        # may start (بزيارته، لشبكة) unless a speaker's setting frames it (القانوني فهد بارباع، أن)
        return not strict and len(core) >= 4 and n[0] not in ("وف" if cue else "وفبلك")

    def _common_word_family(
        self, tokens: list[Token], token_starts: list[int], s: Span, j: int, sent: list[int]
    ) -> bool:
        """Token ``j + 1`` is the family name of the person span ``s`` (ending at token ``j``) although it
        is a common word the family-name test refuses (العمرة، الطاير، رمضان، عادل), because the name
        stands in a speaker's frame on both sides: a speech verb, title or rank right before the name
        (وقال، المهندس، السفير الأمريكي) and what follows a speaker's name right after the word (أن/إن,
        a comma or colon, في, لـ, a title: مدير، رئيس)."""
        n = len(tokens)
        a = bisect_right(token_starts, s.start) - 1
        if j + 1 >= n or a < 1 or sent[j + 1] != sent[j] or sent[a - 1] != sent[a]:
            return False
        return (
            self._bare_name_word(tokens[j + 1])
            and self._title_or_cue(tokens[a - 1])
            and (self._apposition_after(tokens, j + 1, sent) or self._speaker_end(tokens, j + 1, sent))
        )

    def _bare_name_word(self, tok: Token) -> bool:
        """``tok`` may be a family name in a speaker's frame whatever the name lists say: an Arabic word
        without proclitic that is no function, time, title, place, month, statement or speech word, no
        name particle, and has no adverb, plural or pronoun ending (مجددا، أمس، رئيس، للصحفيين،
        مسؤولون)."""
        if tok.kind != "ar" or tok.stem_start != tok.start:
            return False
        lex = self.crf.lexicon
        w = _normalize(tok.text)
        pro, _art, core = split_core(w)
        return not (
            pro
            or len(core) < 3
            or (w[0] in "وفبلك" and (w[1:] in lex.clusters or w[1:] in lex.stop))  # لموقع، وحاول
            or w in lex.stop
            or core in lex.stop
            or w in lex.triggers
            or w in AR_TIME_WORDS
            or w in _NOT_NAMES
            or w in _PERSON_TITLES
            or w in _RANKS
            or w in AR_TITLE_WORDS
            or tok.norm in AR_TITLE_WORDS
            or w in _MONTH_NAMES
            or w in _STATEMENT_NOUNS
            or w in _AFTER_SPEAKER
            or w in _NAME_PARTICLES
            or strip_conj(w) in AR_SPEECH_VERBS
            or tok.text.endswith(("ا", "اً", "ون", "ات", "ين", "ها", "هم", "نا"))
            or {"country", "city", "org"} & gazetteer_kinds(tok.text, lex)
        )

    def _given_name_as_place(
        self, s: Span, tokens: list[Token], token_starts: list[int], sent: list[int]
    ) -> Span:
        """A one-word place or MISC span that is a given name no gazetteer knows as a place, followed
        by a family name with the article (عبدالرحمن | المطيويع), is that person's given name."""
        j = bisect_right(token_starts, s.start) - 1
        if j < 0 or j + 1 >= len(tokens) or tokens[j].end != s.end or sent[j + 1] != sent[j]:
            return s
        word = _normalize(tokens[j].text[s.start - tokens[j].start :])
        if (
            self._given_name(word)
            and not {"country", "city"} & gazetteer_kinds(word, self.crf.lexicon)
            and split_core(_normalize(tokens[j + 1].text))[1]
            and self._family_like(tokens[j + 1], strict=True)
        ):
            return Span(s.start, s.end, "PERSON", s.source)
        return s

    def _complete_person_names(
        self, spans: list[Span], tokens: list[Token], token_starts: list[int], layer
    ) -> list[Span]:
        """Person names of news prose the tagger cut or missed:
        - a person span ending on a given name (or after بن) takes the family name after it
          (عبدالرحمن | المحنا، خالد بن عبدالعزيز | الصفيان), up to two words;
        - an untagged given name followed by a family name is a person (نشوان الحسام، هشام سلامة);
        - a later mention of a found person's family name alone is that person (وقال البنيان)."""
        if not tokens:
            return spans
        sent = [layer.sentence_index(t.start) for t in tokens]
        n = len(tokens)

        def extend(j: int, strict: bool, cue: bool = False) -> int:
            """The last token of the name whose given-name part ends at token ``j``: the family-name-
            like word after it, if any (one word: الثقيل | مساعد المدير is a title after the name)."""
            if j + 1 < n and sent[j + 1] == sent[j] and self._family_like(tokens[j + 1], strict, cue):
                return j + 1
            return j

        spans = sorted(spans, key=lambda s: s.start)
        # words that end a longer person name of this document: their family names, not given names
        # (كورتني ستيوارت ... ورفضت السيدة ستيوارت | الاعتذار)
        family: set[str] = set()
        for s in spans:
            if s.type == "PERSON":
                b = bisect_right(token_starts, s.end - 1) - 1
                if b >= 0 and tokens[b].start > s.start:
                    family.add(_normalize(tokens[b].text))
        out: list[Span] = []
        for idx, s in enumerate(spans):
            limit = spans[idx + 1].start if idx + 1 < len(spans) else 1 << 60
            if s.type in ("LOC", "GPE", "MISC"):
                s = self._given_name_as_place(s, tokens, token_starts, sent)
            if s.type == "PERSON":
                j = bisect_right(token_starts, s.end - 1) - 1
                if j >= 0 and tokens[j].end == s.end:
                    last = _normalize(tokens[j].text)
                    after_bin = j > 0 and _normalize(tokens[j - 1].text) in _NAME_PARTICLES
                    one_word = tokens[j].start <= s.start
                    # given name + father's name, the family name left out (حامد رافع | الخيالي)
                    two_given = (
                        j > 0
                        and tokens[j - 1].start <= s.start < tokens[j - 1].end
                        and self._given_name(last, tokens[j].text)  # the father's name is a given name
                        and self._given_name(_normalize(tokens[j - 1].text[s.start - tokens[j - 1].start :]))
                    )
                    # a one-word person the tagger found whose word is a person-name token
                    # (مارجريت | تشان): a given name too, its family name known or with the article
                    token_name = (
                        one_word
                        and last not in family
                        and last in self.crf.lexicon.person_tokens
                        and not split_core(last)[1]
                        and len(last) >= 3
                    )
                    if (
                        (one_word and last not in family and self._given_name(last, tokens[j].text))
                        or after_bin
                        or two_given
                        or token_name
                    ):
                        # حسين | دوراني, not هشام سلامة | المشرف; no unseen word without the article
                        # after a known family name (إردوغان | تحدثا) or a two-letter name (لي | زميلي)
                        loose = (
                            one_word
                            and (last in self._persons or last not in self._surnames)
                            and len(last) >= 3
                            and self._given_name(last, tokens[j].text)
                        )
                        k = extend(j, strict=not loose)
                        if (
                            k == j
                            and (one_word or (after_bin and _normalize(tokens[j - 1].text) in _BIN))
                            and self._common_word_family(tokens, token_starts, s, j, sent)
                        ):
                            k = j + 1  # المهندس محمد | العمرة أن: a family name that is a common word
                        if k > j and tokens[k].end <= limit:
                            s = Span(s.start, tokens[k].end, "PERSON", s.source)
            out.append(s)
        # untagged given name + family name
        covered = sorted((s.start, s.end) for s in out)
        starts = [a for a, _ in covered]

        def free(a: int, b: int) -> bool:
            i = bisect_right(starts, b - 1) - 1
            return i < 0 or covered[i][1] <= a

        lex = self.crf.lexicon

        def cue_before(i: int) -> bool:
            """A speech verb or a person's title right before token ``i`` (قال، وأوضحت، الدكتور)."""
            if i == 0 or sent[i - 1] != sent[i] or tokens[i - 1].kind != "ar":
                return False
            w = _normalize(tokens[i - 1].text)
            bare = strip_conj(w)
            return _speech_verb(w) or _speech_verb(bare) or lex.triggers.get(w) == "per" or w in AR_HONORIFICS

        def boundary_after(k: int) -> bool:
            """What follows a speaker's name: punctuation, أن/إن, إلى, في, لـ, or the sentence's end."""
            if k + 1 >= n or sent[k + 1] != sent[k]:
                return True
            nxt = tokens[k + 1]
            if nxt.kind == "punct":
                return nxt.text in _AFTER_SPEAKER_PUNCT
            return nxt.kind == "ar" and _normalize(nxt.text) in _AFTER_SPEAKER

        def title_before(i: int) -> bool:
            """A person's title right before token ``i``, or one and a nisba adjective (القاضية،
            الخبير الاقتصادي)."""
            for back in (1, 2):
                j = i - back
                if j < 0 or sent[j] != sent[i] or tokens[j].kind != "ar":
                    return False
                w = tokens[j].norm
                if w in _PERSON_TITLES or lex.triggers.get(w) == "per":
                    return True
                if not (w.startswith("ال") and w.endswith("ي")):
                    return False  # only a nisba adjective may stand between title and name
            return False

        def strong_after(k: int) -> bool:
            """The quotation or its complementizer right after token ``k``: a colon, an opening quote
            mark, إن/أن."""
            if k + 1 >= n or sent[k + 1] != sent[k]:
                return False
            nxt = tokens[k + 1]
            if nxt.kind == "punct":
                return nxt.text in _QUOTE_OPENERS
            return nxt.kind == "ar" and _normalize(nxt.text) in _COMPLEMENTIZERS

        added: list[Span] = []
        i = 0
        while i < n - 1:
            t = tokens[i]
            if (
                t.kind == "ar"
                and t.stem_start == t.start
                and self._plain_given_name(t.norm, t.text)
                and sent[i + 1] == sent[i]
            ):
                # no proclitic: لصالح، برياض، وأمام are words, not names; an unseen family name without
                # the article needs a speaker's setting (قال القانوني فهد بارباع، أنه ...)
                k = extend(i, strict=True)
                if k == i and (cue_before(i) or boundary_after(i + 1)):
                    k = extend(i, strict=False, cue=True)
                if k == i and self._common_word_family(
                    tokens, token_starts, Span(t.start, t.end, "PERSON"), i, sent
                ):
                    k = i + 1  # وقال النائب نعمة | طعمة إن: a family name that is a common word
                if k > i and free(t.stem_start, tokens[k].end):
                    added.append(Span(t.stem_start, tokens[k].end, "PERSON", "rule"))
                    i = k + 1
                    continue
            elif (
                t.kind == "ar"
                and t.stem_start == t.start
                and cue_before(i)
                and boundary_after(i)
                # the speech verb right before, or before the person's title (وقال الدكتور المسند إن)
                and (
                    _speech_verb_before(tokens, i)
                    or (
                        i >= 2
                        and tokens[i - 1].norm in _RANKS
                        and sent[i - 2] == sent[i]
                        and _speech_verb_before(tokens, i - 1)
                        # a family name's shape, not a participle (الدكتور المختص، المهندس المشرف)
                        and (t.norm.endswith("ي") or t.norm in self._surnames or t.norm in lex.person_tokens)
                    )
                )
                # an unseen word without the article only before the quotation itself (يقول زيمانسكي "إن),
                # and not one a proclitic may start (أوضح بجلاء أن)
                and self._family_like(t, strict=not strong_after(i))
                and free(t.start, t.end)
            ):
                added.append(Span(t.start, t.end, "PERSON", "rule"))  # وقال البنيان: «...»
            elif (
                i + 1 < n
                and sent[i + 1] == sent[i]
                and title_before(i)
                and self._unseen_given_name(t)
                and self._family_like(tokens[i + 1], strict=False, cue=True)
                and (
                    boundary_after(i + 1)
                    # a family name with the article needs no boundary (المهندس جديع القحطاني الشباب)
                    or (
                        bool(split_core(_normalize(tokens[i + 1].text))[1])
                        and self._family_like(tokens[i + 1], strict=True)
                    )
                )
                and free(t.start, tokens[i + 1].end)
            ):
                # a title, then two name words, then what follows a speaker (الصحافي ساميودين نيلو، الذي)
                added.append(Span(t.start, tokens[i + 1].end, "PERSON", "rule"))
                i += 2
                continue
            i += 1
        out = sorted(out + added, key=lambda s: s.start)
        # family name alone, later: the same person
        surnames: dict[str, int] = {}
        for s in out:
            if s.type != "PERSON":
                continue
            a, b = _token_range(token_starts, s)
            if a >= 0 and b > a and tokens[b].end == s.end and self._family_like(tokens[b], strict=False):
                word = _normalize(tokens[b].text)
                if word not in lex.clusters and split_core(word)[2] not in lex.clusters:
                    surnames.setdefault(word, s.end)  # not العربي (المستوى العربي) for نبيل العربي
        if not surnames:
            return out
        covered = sorted((s.start, s.end) for s in out)
        starts = [a for a, _ in covered]
        more: list[Span] = []
        for t in tokens:
            if t.kind != "ar":
                continue
            full = _normalize(t.text)
            for form, a in ((full, t.start), (t.norm, t.stem_start)):
                first = surnames.get(form)
                if first is not None and first <= t.start and free(a, t.end):
                    more.append(Span(a, t.end, "PERSON", "rule"))
                    break
        return sorted(out + more, key=lambda s: s.start) if more else out

    def _surname_not_country(self, name: str) -> bool:
        """One word that is a known person's family name and a country only with the article added or
        dropped (كاميرون ~ الكاميرون): Arabic writes a country's name always with or always without it."""
        w = _normalize(name)
        if " " in w or w not in self._surnames or w in self._countries:
            return False
        core = split_core(w)[2]
        return "ال" + core in self._countries or core in self._countries

    def _person_spans(self, tokens: list[Token], covered: list[tuple[int, int]]) -> list[Span]:
        """Untagged occurrences of a known person's full name (the first word may carry a proclitic)."""
        if not self._persons:
            return []
        out: list[Span] = []
        n = len(tokens)
        i = 0
        while i < n:
            t = tokens[i]
            found = None
            if t.kind == "ar":
                full = _normalize(t.text)
                heads = [full, t.norm]
                if full[:1] in "وفبلك":  # a proclitic the text layer left on (وسامح): strip it
                    heads += strip_candidates(full)
                for head in dict.fromkeys(heads):
                    for words in self._persons.get(head, ()):
                        k = len(words)
                        if i + k <= n and all(
                            tokens[i + m].kind == "ar" and _normalize(tokens[i + m].text) == words[m]
                            for m in range(1, k)
                        ):
                            found = (head, k)
                            break
                    if found:
                        break
            if found and i > 0 and _named_after(tokens[i - 1]):
                found = None  # «مطار الملك فهد»، «حي الملك فهد»: a place or body named after the person
            if found:
                head, k = found
                full = _normalize(t.text)
                if head == full:
                    a = t.start
                elif head == t.norm:
                    a = t.stem_start
                else:
                    a = t.start + orig_len(t.text, len(full) - len(head))
                b = tokens[i + k - 1].end
                if not any(x < b and a < y for x, y in covered):
                    out.append(Span(a, b, "PERSON", "kb"))
                i += k
            else:
                i += 1
        return out

    def _lexicon_spans(
        self, tokens: list[Token], covered: list[tuple[int, int]], max_len: int = 6
    ) -> list[Span]:
        """Untagged occurrences of the lexicon's organisation names (agencies, alliances, bodies)."""
        if self._org_first is None:
            self._org_first = {k.split(" ", 1)[0] for k, v in self.crf.lexicon.names.items() if "org" in v}
        names = self.crf.lexicon.names
        first = self._org_first
        out: list[Span] = []
        norms: list[str | None] = [None] * len(tokens)
        i, n = 0, len(tokens)
        while i < n:
            t = tokens[i]
            found = 0
            if t.kind == "ar":
                full = _normalize(t.text)
                heads = [h for h in {t.norm, full, *strip_candidates(full)} if h in first]
                for ln in range(min(max_len, n - i), 0, -1) if heads else ():
                    if any(tokens[i + k].kind == "punct" and tokens[i + k].text != "-" for k in range(1, ln)):
                        continue
                    rest = []
                    for k in range(i + 1, i + ln):
                        if norms[k] is None:
                            norms[k] = _normalize(tokens[k].text)
                        rest.append(norms[k])
                    tail = " ".join(rest)
                    for h in heads:
                        kinds = names.get(f"{h} {tail}" if tail else h)
                        if kinds and "org" in kinds:
                            found = ln
                            break
                    if found:
                        break
            if found == 1 and i > 0 and _agrees_with_previous_noun(tokens[i - 1], tokens[i]):
                found = 0  # التجارب العربية: an adjective, not the channel العربية
            if found:
                b = tokens[i + found - 1].end
                a = tokens[i].start + self.crf.clitic_offset(tokens[i])
                if not any(x < b and a < y for x, y in covered):
                    out.append(Span(a, b, "ORG", "lexicon"))
                i += found
            else:
                i += 1
        return out


class EnglishPipelineRecognizer:
    def __init__(self, rec) -> None:
        self.rec = rec

    @classmethod
    def load(cls, directory: Path | str | None = None) -> EnglishPipelineRecognizer:
        from khabar.entities.english import EnglishRecognizer

        return cls(EnglishRecognizer.load(directory))

    def recognize(self, doc: Document) -> list[Span]:
        text = doc.text
        spans = [
            s
            for s in self.rec.recognize_text(text)
            # a unit right after a number is no name: 540 Nm (not New Mexico), 300 MW, 4 GB
            if not (text[s.start : s.end].lower() in _EN_UNITS and _AFTER_NUMBER.search(text, 0, s.start))
        ]
        return merge_rule_spans(spans, weapon_spans(text))


_AFTER_NUMBER = re.compile(r"\d[\d,.]*\s?$")
_EN_UNITS = frozenset(
    "nm hp bhp ps mph kph km/h kwh mwh gwh mw gw kw kv gb tb mb gbps mbps ghz mhz lb lbs oz psi rpm db".split()
) | frozenset(k for k in MEASURES if k.isascii())


def name_key(text: str) -> str:
    """The normalized name an entity is keyed by: normalization, hyphens and spaces unified."""
    n = _normalize(text).replace("–", "-").replace("’", "'")
    n = " ".join(n.replace("-", " - ").split()).replace(" - ", "-")
    if n.endswith("'s"):
        n = n[:-2]
    return n


def spans_to_entities(doc: Document, spans: list[Span]) -> list[Entity]:
    """One entity per distinct normalized name, ids e1, e2... in order of first mention."""
    text = doc.text
    order: list[str] = []
    mentions: dict[str, list[Mention]] = {}
    types: dict[str, Counter[str]] = {}
    seen: set[tuple[int, int]] = set()
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = s.start, s.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in "،,.:;؛!?؟\"'«»()[]"):
            end -= 1
        if end <= start or (start, end) in seen:
            continue
        seen.add((start, end))
        key = name_key(text[start:end])
        if not key:
            continue
        if key not in mentions:
            order.append(key)
            mentions[key] = []
            types[key] = Counter()
        mentions[key].append(Mention(start=start, end=end, text=text[start:end]))
        types[key][s.type] += 1
    entities = []
    for i, key in enumerate(order, 1):
        ms = mentions[key]
        typ = types[key].most_common(1)[0][0]  # ties: the type of the first mention
        entities.append(Entity(id=f"e{i}", type=typ, name=ms[0].text, mentions=ms))
    return entities
