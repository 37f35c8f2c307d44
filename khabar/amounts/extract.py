"""Amounts: numbers in digits or words, with their unit, currency or counted object.

Works on the normalized text (``khabar.text.normalize``) and maps spans back to the cleaned text.
A span covers the number, its scale words and its unit: ``5 ملايين دولار`` (5e6 USD),
``ثمانية آلاف كيلومتر`` (8000 km), ``20 قتيلا`` (20 killed), ``$5 billion`` (5e9 USD).
Not amounts: model designations and disease names (ميغ-31, BM-21, كوفيد-19, إف-16, S-400),
identifiers (القرار 2254, المادة 12), sports scores (3-1), bare years, and any number inside a time
expression (those are passed in as ``exclude`` spans).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.amounts.numwords import AR_TEEN_ONE, parse_digits, parse_words, word_kind
from khabar.amounts.units import (
    COUNTED,
    CURRENCIES,
    CURRENCY_SYMBOLS,
    MEASURES,
    NOT_OBJECT,
    PERCENT_AFTER,
)
from khabar.document import Amount
from khabar.text.normalize import NormalizedText, normalize, normalize_with_map

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|us\$|[$€£¥%٪]|\S")
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")

# words that are numbers only in some contexts, never alone
_NOT_ALONE = {
    "واحد",
    "واحده",
    "عشر",
    "ست",
    "خمس",
    "سبع",
    "ثلث",
    "ربع",
    "نصف",
    "m",
    "k",
    "bn",
    "mn",
    "tn",
    "one",
}
# designation prefixes before a number with a space or hyphen: إف 16, ميغ 29, كوفيد 19, سو 35
_DESIGNATION_BEFORE = re.compile(
    r"(?:(?<![\w])(?:اف|ميغ|ميج|سو|سوخوي|كوفيد|كورونا|بي|تي|اس|يو|تو|ايه|جي|اتش|ياك|توبوليف|ايرباص|بوينغ|"
    r"بوينج|airbus|boeing|su|mig|mh|covid|sars|kh|ah|uh|mq|rq|f|s|t|b|c|a)\s*-?\s*|[\w]-\s*|[a-z])$"
)
_IDENT_BEFORE = re.compile(
    r"(?:رمز|الرمز|بالرمز|نسخه|اصدار|الاصدار|ويندوز|اندرويد|ايفون|جالكسي|بلايستيشن|windows|android|ios|iphone|galaxy|"
    r"playstation|xbox|world war|رقم|القرار|قرار|الماده|ماده|البند|الفقره|الصفحه|صفحه|الطريق|الرحله|رحله|الكيلو|الدوري|فيلم|"
    r"no\.?|number|resolution|article|route|flight|page|section|chapter|paragraph|ص)\s*[:.(]?\s*$"
)
# «ألف مبروك»، «ألف شكر»، «مليون تحية»: a number that only strengthens a greeting
_IDIOM = re.compile(r"(?<![\w])[وف]?(?:الف|مليون)(?=\s+(?:مبروك|شكر|سلامه|تحيه|رحمه|مرحبا|اهلا)(?![\w]))")
_APPROX_BEFORE = re.compile(
    r"(?:نحو|حوالي|قرابه|زهاء|ما\s+يقارب|ما\s+يقرب\s+من|ما\s+يناهز|يقارب|يناهز|قرابه|تقريبا|"
    r"يقدر\s*ب?|تقدر\s*ب?|about|around|nearly|almost|approximately|roughly|some|an estimated|estimated)\s*$"
)


def _starters() -> frozenset[str]:
    from khabar.amounts.numwords import _AR_SCALES_DEF, _AR_VAGUE, _EN_VAGUE, NUMBER_WORDS_AR, NUMBER_WORDS_EN

    words = (
        set(NUMBER_WORDS_AR) | set(NUMBER_WORDS_EN) | set(_AR_VAGUE) | set(_EN_VAGUE) | set(_AR_SCALES_DEF)
    )
    words |= {"مرتين", "مرتان", "نصف", "ربع", "ثلث"}
    out = set(words)
    for w in words:
        for c in _CLITICS:
            out.add(c + w)
    return frozenset(out)


_STARTERS = _starters()


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str


def _strip_clitic(w: str) -> tuple[str, int]:
    """A number word without its proclitic (وخمسة -> خمسة), and the clitic's length; 0 when none."""
    if word_kind(w) is not None or w in AR_TEEN_ONE:
        return w, 0
    for c in _CLITICS:
        if w.startswith(c) and len(w) > len(c) + 1:
            rest = w[len(c) :]
            if word_kind(rest) is not None:
                return rest, len(c)
    return w, 0


def _unit_after(
    toks: list[_Tok],
    j: int,
    norm: str,
    vague: bool,
    original_upper=lambda t: False,
    has_article=lambda t: True,
    surface=lambda t: t.text,
) -> tuple[str | None, int, bool]:
    """Unit starting at token j: (unit, index after it, is_counted_object)."""
    if j >= len(toks):
        return None, j, False
    w = toks[j].text
    w2 = f"{w} {toks[j + 1].text}" if j + 1 < len(toks) else ""
    if w in ("%", "٪"):
        return "%", j + 1, False
    m = PERCENT_AFTER.match(norm[toks[j].start :])
    if m:
        end = toks[j].start + m.end()
        k = j
        while k < len(toks) and toks[k].start < end:
            k += 1
        return "%", k, False
    if w2 and w2 in MEASURES:
        return MEASURES[w2], j + 2, False
    bare, n = _strip_clitic_article(w)
    if bare in CURRENCIES:
        default, quals = CURRENCIES[bare]
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        nxt_bare = nxt.removeprefix("ال")
        if nxt_bare in quals:
            return quals[nxt_bare], j + 2, False
        return default or bare, j + 1, False
    if bare in MEASURES and (n == 0 or bare not in ("m",)):
        return MEASURES[bare], j + 1, False
    if bare in ("مرات", "times"):
        return "times", j + 1, False
    # counted object: "عشرات من الجنود" / "hundreds of drones" / "20 قتيلا"
    k = j
    if w in ("من", "of") and vague and k + 1 < len(toks):
        k += 1
    w = toks[k].text
    if not re.match(r"^[^\W\d_]+$", w) or w in NOT_OBJECT or word_kind(w) is not None:
        return None, j, False
    if (
        w.startswith("و")
        and w not in COUNTED
        and any(
            re.match(r"\d", t.text) or word_kind(t.text) is not None
            for t in toks[k + 1 : k + 4]
            if t.text not in "()"
        )
    ):
        return None, j, False  # "مقتل 15 وإصابة 33": a second clause with its own number, not the object
    bare, n = _strip_clitic_article(w)
    if n and not has_article(toks[k]):  # ألغام, آلاف: a hamza, not the article
        bare, n = w, 0
    if bare in NOT_OBJECT or len(bare) < 2:
        return None, j, False
    if not vague and w.startswith(("بم", "لم", "بال", "لل", "وال", "فال", "كال")) and w not in COUNTED:
        return None, j, False  # a noun with a preposition (بمشعر، لمدة) is not what is counted
    if n and bare not in COUNTED and not vague:  # a noun with the article after a digit: not counted
        return None, j, False
    if re.match(r"^[a-z]", w):
        if (w.endswith("ed") or w in ("driven", "sent", "taken", "given", "seen")) and w not in COUNTED:
            return None, j, False  # a participle (88 driven, five sent): not what is counted
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        nxt_content = bool(re.match(r"^[a-z]+$", nxt)) and nxt not in NOT_OBJECT
        if nxt == "-" and toks[k + 1].start == toks[k].end:
            return None, j, False  # al-Qaida, so-called: not a plain noun
        model_end = _model_after(toks, k + 1)
        if original_upper(toks[k]) and model_end:
            # a maker and a model before the noun: 30 Boeing 787 jets, 50 Airbus A350 planes
            noun = toks[model_end].text if model_end < len(toks) else ""
            if re.match(r"^[a-z]+$", noun) and noun not in NOT_OBJECT:
                return COUNTED.get(noun, noun), model_end + 1, True
            return None, j, False
        if original_upper(toks[k]):
            # one capitalised adjective before a plural noun: two Russian diplomats
            if nxt_content and (nxt.endswith("s") or nxt.endswith("men")) and not original_upper(toks[k + 1]):
                return COUNTED.get(nxt, nxt), k + 2, True
            if nxt_content:
                return None, j, False
            return COUNTED.get(bare, bare), k + 1, True
        if nxt_content:  # a noun phrase of several words (computer hackers): the head is not known
            return None, j, False
        return COUNTED.get(bare, bare), k + 1, True
    return COUNTED.get(bare) or surface(toks[k]), k + 1, True


def _model_after(toks: list[_Tok], k: int) -> int:
    """Index after a model designation starting at token ``k`` (787, A350, F-16), or 0 if none."""
    if k < len(toks) and toks[k].text.isdigit() and 2 <= len(toks[k].text) <= 4:
        return k + 1
    if (
        k + 1 < len(toks)
        and re.match(r"^[a-z]{1,3}$", toks[k].text)
        and toks[k + 1].text.isdigit()
        and toks[k + 1].start - toks[k].end <= 1
    ):
        return k + 2
    return 0


def _unit_follows(norm: str, end: int) -> bool:
    """A currency, a measure or a percent sign right after the number (787 دولارا, 787 km)."""
    nxt = norm[end : end + 16].split()
    if not nxt:
        return False
    w = _strip_clitic_article(nxt[0].strip(".,،"))[0]
    return nxt[0][:1] in "%٪" or w in CURRENCIES or w in MEASURES


def _strip_clitic_article(w: str) -> tuple[str, int]:
    for pre in ("وال", "فال", "بال", "كال", "لل", "ال"):
        if w.startswith(pre) and len(w) - len(pre) >= 2:
            return w[len(pre) :], len(pre)
    return w, 0


def extract_amounts(
    text: str,
    exclude: list[tuple[int, int]] | None = None,
    normalized: NormalizedText | None = None,
) -> list[Amount]:
    """Amounts in ``text``; ``exclude`` holds cleaned-text spans (time expressions) to leave alone."""
    nt = normalized or normalize_with_map(text)
    norm = nt.text
    toks = [_Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm)]
    ex = list(exclude or [])  # cleaned-text offsets

    def excluded(s: int, e: int) -> bool:
        return any(s < xe and xs < e for xs, xe in ex)

    # a number the article writes as a designation somewhere (Boeing 787, إف 16) is one everywhere:
    # "the 787 program", "737 Max jets" are models, not amounts
    designated = {
        t.text
        for t in toks
        if len(t.text) >= 3
        and t.text.isdigit()
        and _DESIGNATION_BEFORE.search(norm[max(0, t.start - 14) : t.start])
    }

    out: list[Amount] = []
    i = 0
    n = len(toks)
    idioms = {m.start() for m in _IDIOM.finditer(norm)}
    while i < n:
        t = toks[i]
        first = t.text[0]
        if not (first.isdigit() or t.text in _STARTERS or t.text in CURRENCY_SYMBOLS) or t.start in idioms:
            i += 1  # the fast path: most tokens cannot start an amount (nor «ألف مبروك»)
            continue
        start_tok = i
        currency_prefix = None
        value: float | None = None
        vague = False
        j = i
        if (
            t.text in CURRENCY_SYMBOLS
            and i + 1 < n
            and toks[i + 1].text[0].isdigit()
            and toks[i + 1].start - t.end <= 1
        ):
            currency_prefix = CURRENCY_SYMBOLS[t.text]
            j = i + 1
        tj = toks[j]
        number_start = tj.start
        if tj.text[0].isdigit():
            before = norm[max(0, tj.start - 14) : tj.start]
            after = norm[tj.end : tj.end + 3]
            glued_scale = re.match(r"^(?:m|bn|mn|k|tn)(?![a-z])", after)
            if (
                _DESIGNATION_BEFORE.search(before)
                or (tj.text in designated and not _unit_follows(norm, tj.end))
                or _glued_word(before)
                or (re.match(r"^-?[a-z]", after) and not glued_scale)
                or re.match(r"^-[\u0621-\u064a]", after)
                or re.search(r"(?:عام|العام|لعام|سنه|السنه|year|نتيجه)\s*$", before)
                or re.search(r"نتيجه\s*\d+\s*-\s*$", before)
                or (_line_start(norm, tj.start) and re.match(r"^\s*[-–).]\s", norm[tj.end : tj.end + 4]))
                or (len(tj.text) >= 9 and tj.text.isdigit())
                or re.match(r"^\s*-\s*\d", after)
                and re.search(r"\d\s*-\s*$", before) is None
                and _is_score(norm, tj)
                or _IDENT_BEFORE.search(before)
                or re.search(r"\d\s*-\s*$", before)
                and _is_score_tail(norm, tj)
                or re.match(r"^[:/]\d", after)
                or re.search(r"[:/]$", before)
                or len(tj.text.replace(",", "").replace(".", "")) > 13
            ):
                i = j + 1
                continue
            value = parse_digits(tj.text)
            j += 1
            # scale words after digits: 5 ملايين, 3.5 billion, 8 آلاف
            while j < n and value is not None:
                w, _ = _strip_clitic(toks[j].text) if not toks[j].text.startswith("و") else (toks[j].text, 0)
                k = word_kind(w)
                if k and k[0] in ("scale", "scale+") and (toks[j].start - toks[j - 1].end) <= 1:
                    if w in ("m", "k") and toks[j].start != toks[j - 1].end and not currency_prefix:
                        break
                    value *= k[1] if k[1] != 2e3 and k[1] != 2e6 and k[1] != 2e9 else k[1] / 2
                    j += 1
                else:
                    break
        else:
            w, cl = _strip_clitic(tj.text)
            k = word_kind(w)
            if k is None and w not in AR_TEEN_ONE and w not in ("مرتين", "مرتان"):
                i += 1
                continue
            if w in ("مرتين", "مرتان"):
                s, e = nt.span_to_original(tj.start, tj.end)
                if not excluded(s, e):
                    out.append(Amount(start=s, end=e, text=text[s:e], value=2, unit="times"))
                i += 1
                continue
            words: list[str] = []
            number_start = tj.start + cl
            while j < n:
                w, cl2 = _strip_clitic(toks[j].text)
                if words and cl2 == 0 and toks[j].text != w:
                    break
                if words and cl2 and not toks[j].text.startswith("و"):
                    break
                kk = word_kind(w)
                if kk is None and w not in AR_TEEN_ONE:
                    # English "three hundred and twenty", Arabic "و" as a separate token
                    if toks[j].text in ("and", "و") and j + 1 < n and word_kind(toks[j + 1].text):
                        j += 1
                        continue
                    if (
                        toks[j].text == "of"
                        and words
                        and word_kind(words[-1]) is not None
                        and word_kind(words[-1])[0] == "vague"  # type: ignore[index]
                        and j + 1 < n
                        and (word_kind(toks[j + 1].text) or ("",))[0] in ("vague", "scale")
                    ):
                        j += 1
                        continue
                    if w in ("الالاف", "الملايين", "المليارات") or (
                        words and re.match(r"^[a-z]+-[a-z]+$", w)
                    ):
                        pass
                    break
                if words and toks[j].start - toks[j - 1].end > 2:
                    break
                words.append(w)
                j += 1
            prev = toks[i - 1].text if i > 0 else ""
            if words and words[0] in ("عشر", "عشره") and prev.startswith("ال"):
                i = max(j, i + 1)  # الخامسة عشرة: an ordinal
                continue
            before = norm[max(0, number_start - 14) : number_start]
            if re.search(r"(?:عام|العام|لعام|سنه|السنه|year)\s*$", before) or _IDENT_BEFORE.search(before):
                i = max(j, i + 1)  # عام ألفين وعشرين, World War Two
                continue
            if not words or (len(words) == 1 and words[0] in _NOT_ALONE):
                i = max(j, i + 1)
                continue
            parsed = parse_words(words)
            if parsed is None:
                i = max(j, i + 1)
                continue
            value, vague = parsed
            if any(word_kind(w) and word_kind(w)[0] == "vague" for w in words):  # type: ignore[index]
                vague = True
        if value is None:
            i = max(j, i + 1)
            continue
        unit, j2, _counted = _unit_after(
            toks,
            j,
            norm,
            vague,
            lambda t: text[nt.offsets[t.start]].isupper() if t.start < len(norm) else False,
            lambda t: _article_in_original(text, nt.offsets[t.start]),
            lambda t: _surface(text, nt, t),
        )
        if currency_prefix:
            unit = currency_prefix
            # "$5 billion dollars" is rare; a following counted noun is not part of the amount
            j2 = j
        end_tok = j2 if unit is not None else j
        span_start = toks[start_tok].start if currency_prefix else number_start
        span_end = toks[end_tok - 1].end
        s, e = nt.span_to_original(span_start, span_end)
        if excluded(s, e) or excluded(*nt.span_to_original(number_start, toks[j - 1].end)):
            i = max(j, i + 1)
            continue
        # a four-digit year-like number is an amount only with a real unit (2000 جندي, 1500 دولار): alone,
        # or before a word that is not a known counted object, it is a year or a name (رؤية 2030)
        if (
            tj.text.isdigit()
            and len(tj.text) == 4
            and (1900 <= int(tj.text) <= 2100 or 1300 <= int(tj.text) <= 1500)
            and (unit is None or (_counted and unit not in COUNTED.values()))
        ):
            i = j
            continue
        before = norm[max(0, span_start - 20) : span_start]
        approx = bool(vague or _APPROX_BEFORE.search(before))
        while e < len(text) and not text[e].isspace() and not normalize(text[e]):
            e += 1
        out.append(Amount(start=s, end=e, text=text[s:e], value=value, unit=unit, approximate=approx))
        i = max(end_tok, j, i + 1)
    return out


def _surface(text: str, nt: NormalizedText, t: _Tok) -> str:
    """The counted noun as written (ولاية keeps its و: a noun after a number takes no conjunction)."""
    s, e = nt.span_to_original(t.start, t.end)
    return text[s:e]


def _article_in_original(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` of the cleaned text begins with the article (plain alef + lam),
    possibly after a proclitic: الجنود، والجنود; not ألغام."""
    w = text[pos : pos + 5]
    for pre in ("", "و", "ف", "ب", "ك"):
        if w.startswith(pre + "ال"):
            return True
    return w.startswith("لل")


_CLITIC_GLUE = {"ال", "وال", "بال", "فال", "كال", "لل", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"}
_GLUED = re.compile(r"([\u0621-\u064a]+)$")


def _glued_word(before: str) -> bool:
    """A number glued to a word (م3، ف16) other than a proclitic or the article (بـ450، الـ21)."""
    m = _GLUED.search(before)
    return bool(m) and m.group(1) not in _CLITIC_GLUE


def _line_start(norm: str, pos: int) -> bool:
    head = norm[max(0, pos - 20) : pos].rstrip(" \t*•-")
    return not head or head[-1] in "\n.!?:"


def _is_score(norm: str, tok: _Tok) -> bool:
    m = re.match(r"^\s*-\s*(\d+)", norm[tok.end :])
    return bool(m and tok.text.isdigit() and int(tok.text) <= 15 and int(m.group(1)) <= 15)


def _is_score_tail(norm: str, tok: _Tok) -> bool:
    m = re.search(r"(\d+)\s*-\s*$", norm[max(0, tok.start - 8) : tok.start])
    return bool(m and int(m.group(1)) <= 15 and tok.text.isdigit() and int(tok.text) <= 15)
