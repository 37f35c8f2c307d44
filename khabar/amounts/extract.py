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
    r"(?:رقم|القرار|قرار|الماده|ماده|البند|الفقره|الصفحه|صفحه|الطريق|الرحله|رحله|الكيلو|الدوري|فيلم|"
    r"no\.?|number|resolution|article|route|flight|page|section|chapter|paragraph|ص)\s*[:.]?\s*$"
)
_APPROX_BEFORE = re.compile(
    r"(?:نحو|حوالي|قرابه|زهاء|ما\s+يقارب|ما\s+يقرب\s+من|ما\s+يناهز|يقارب|يناهز|قرابه|تقريبا|"
    r"about|around|nearly|almost|approximately|roughly|some|an estimated|estimated|up to)\s*$"
)


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


def _unit_after(toks: list[_Tok], j: int, norm: str, vague: bool) -> tuple[str | None, int, bool]:
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
        if default is None and nxt_bare:
            return None, j, False
        return default, j + 1, False
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
    bare, n = _strip_clitic_article(w)
    if bare in NOT_OBJECT or len(bare) < 2:
        return None, j, False
    if n and bare not in COUNTED and not vague:  # a noun with the article after a digit: not counted
        return None, j, False
    if re.match(r"^[a-z]", w):
        if k + 1 < len(toks) and w.endswith(("an", "ian", "ese", "ish", "i")) and w not in COUNTED:
            nxt = toks[k + 1].text
            if re.match(r"^[a-z]+$", nxt) and nxt not in NOT_OBJECT:
                return COUNTED.get(nxt, nxt), k + 2, True
        return COUNTED.get(bare, bare), k + 1, True
    return COUNTED.get(bare, bare), k + 1, True


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
    # exclusion in normalized offsets
    ex_norm: list[tuple[int, int]] = []
    if exclude:
        import bisect

        for s, e in exclude:
            ex_norm.append((bisect.bisect_left(nt.offsets, s), bisect.bisect_left(nt.offsets, e)))

    def excluded(s: int, e: int) -> bool:
        return any(s < xe and xs < e for xs, xe in ex_norm)

    out: list[Amount] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
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
            if (
                _DESIGNATION_BEFORE.search(before)
                or re.match(r"^-?[a-z\u0621-\u064a]", after)
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
                    if w in ("الالاف", "الملايين", "المليارات") or (
                        words and re.match(r"^[a-z]+-[a-z]+$", w)
                    ):
                        pass
                    break
                if words and toks[j].start - toks[j - 1].end > 2:
                    break
                words.append(w)
                j += 1
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
        unit, j2, _counted = _unit_after(toks, j, norm, vague or not tj.text[0].isdigit())
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
        # a bare four-digit year-like number with no unit is a year or a name (رؤية 2030), not an amount
        if unit is None and tj.text.isdigit() and len(tj.text) == 4 and 1900 <= int(tj.text) <= 2100:
            i = j
            continue
        before = norm[max(0, span_start - 20) : span_start]
        approx = bool(vague or _APPROX_BEFORE.search(before))
        while e < len(text) and not text[e].isspace() and not normalize(text[e]):
            e += 1
        out.append(Amount(start=s, end=e, text=text[s:e], value=value, unit=unit, approximate=approx))
        i = max(end_tok, j, i + 1)
    return out


def _is_score(norm: str, tok: _Tok) -> bool:
    m = re.match(r"^\s*-\s*(\d+)", norm[tok.end :])
    return bool(
        m and int(tok.text) <= 15 and int(m.group(1)) <= 15 and "." not in tok.text and "," not in tok.text
    )


def _is_score_tail(norm: str, tok: _Tok) -> bool:
    m = re.search(r"(\d+)\s*-\s*$", norm[max(0, tok.start - 8) : tok.start])
    return bool(m and int(m.group(1)) <= 15 and tok.text.isdigit() and int(tok.text) <= 15)
