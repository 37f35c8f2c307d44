"""Tokenization that separates glued punctuation and exposes Arabic proclitics.

A token keeps its full surface span (``start``/``end``); ``stem_start`` is where the word proper
begins once proclitics (و ف ب ل ك س) are set aside. The article ال stays in the stem (الرئيس is
the word); in لل (ل + ال with the alef elided, للرئيس) the stem starts at the second lam and
``norm`` restores the article ("الرئيس"), so lookups see the same key as for بالرئيس.

Proclitics are split off without a vocabulary only in the orthographic chain [و|ف]?[ب|ك|ل]?ال
when what follows ال is at least three letters (بالعاصمة, والرئيس) or a relative pronoun
(والتي); so وكالة, والده, بالغ stay whole. و ف ب ل before a hamza-alef are split too
(وأضاف, بأنها, لأكثر, وإبراهيم): Arabic words hardly begin with those pairs. Other splits (لبوتين, وموسكو) need the stem to be a
known word while the whole word is not, so بوتين, بغداد, ليبيا, كاليفورنيا stay whole. The future
marker س is only split after و/ف (وسيعود) and with a known stem: سيارة stays whole.

Glued punctuation is always a token of its own (بـ"تعزيز -> بـ " تعزيز; و120 -> و 120;
تاس". -> تاس " .); a hyphen between name parts (جونغ-أون) is its own token, adjacent to both
parts (no space between their offsets), so a name tagger can join them back.

Analysis is cached per word type (``proclitic_split``, and a dict per vocabulary in ``tokenize``), which is what makes the
tokenizer fast on a corpus: news vocabularies are Zipfian.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from khabar.text.normalize import normalize

_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_AR_MARKS = "\u064b-\u065f\u0670\u0640\u200c\u200d"
TOKEN_RE = re.compile(
    rf"(?P<ar>[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*)"
    r"|(?P<num>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
    r"|(?P<latin>(?:[^\W\d_\u0600-\u06ff][\u0300-\u036f]*)+(?:['’](?:[^\W\d_\u0600-\u06ff][\u0300-\u036f]*)+)*)"
    r"|(?P<punct>\S)"
)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # "ar", "num", "latin" or "punct"
    stem_start: int  # == start when there is no proclitic
    norm: str  # normalized stem, for lookups

    @property
    def prefix(self) -> str:
        return self.text[: self.stem_start - self.start]

    @property
    def stem(self) -> str:
        return self.text[self.stem_start - self.start :]

    @property
    def article_end(self) -> int:
        """Offset after the article ال that begins the stem (الرياض, بالرياض; the lam in للرياض).

        Equal to ``stem_start`` when the stem has no article. The article stays part of the stem
        (the word is الرياض); this only exposes it, e.g. to match رياض against الرياض.
        """
        if self.kind != "ar" or len(self.norm) < 5 or not self.norm.startswith("ال"):
            return self.stem_start
        stem = self.stem
        elided = stem[0] == "ل"  # للرياض: the stem is لرياض
        if not elided and stem[0] not in "اٱ":
            return self.stem_start  # ألمانيا, إلى: a hamza alef, not the article
        return self.stem_start + orig_len(stem, 1 if elided else 2)


# Proclitic chains, longest first. ال is part of the stem (الرئيس is the word), but لل = ل + ال.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
# Words after which a proclitic is always split, though what follows ال is short.
_AL_WORDS = frozenset(["التي", "الذي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللذان", "اللتان"])


def _al_word(rest: str, known: Callable[[str], bool] | None) -> bool:
    """``rest`` (normalized, starting with ال) is a word of its own: ال + 3 letters or more."""
    return len(rest) >= 5 or rest in _AL_WORDS or bool(known and len(rest) >= 4 and known(rest))


_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")
# Words that look like [و|ف|ب|ك|ل] + ال... but are one word (normalized): والده "his father",
# والدتها "her mother" (but والدولة = و + الدولة), a few loanwords, and a word that looks like ك + a known name.
_NOT_SPLIT = re.compile(
    r"^(?:والد(?:ه|ي|ا|ان|ين|يه|يها|يهم|يهما|ته|تها|تهم|تي|تك|ها|هم|هما|نا|كم)?"
    r"|فالنتاين|كالسيوم|بالتيمور|بالكون|بالكونه|كالينينغراد"
    r"|[وف]?كماين)$"  # (round 47) كمائن "ambushes", not ك + ماين (Maine, a name the KB knows)
)


@lru_cache(maxsize=200_000)
def _split(word: str, known: Callable[[str], bool] | None) -> tuple[int, bool]:
    """(proclitic length in normalized characters, whether the article's alef was elided: لل)."""
    n = normalize(word)
    if len(n) < 4:
        return 0, False
    if (known is not None and known(n)) or _NOT_SPLIT.match(n):
        return 0, False
    # Orthographic chains: [و|ف]? [ب|ك|ل]? then ال / لل
    i = 1 if n[0] in _CONJ else 0
    if n[i] in _PREP:
        if n[i] == "ل" and n[i + 1 : i + 2] == "ل":
            if known is not None and known(n[i + 1 :]):
                return i + 1, False  # لليبيا, للبنان: ل + a name that starts with lam
            if _al_word("ا" + n[i + 1 :], known):
                return i + 1, True  # لل: the alef of ال is elided; keep the second lam in the stem
        elif n[i + 1 : i + 3] == "ال" and _al_word(n[i + 1 :], known):
            return i + 1, False
    if i == 1 and n[1:3] == "ال" and _al_word(n[1:], known):
        return 1, False
    # و/ف/ب/ل before a hamza-alef (وأضاف, بأنها, لأكثر, فإن, وبأن): Arabic words hardly ever
    # begin with these pairs, so no vocabulary is needed. ك is left out: كأس (cup) is a word.
    base = _HARAKAT.sub("", word)
    for k in (2, 1):
        if (
            len(base) > k + 2
            and base[k] in "أإآ"
            and base[0] in "وفبل"
            and (k == 1 or (base[0] in _CONJ and base[1] in "بل"))
        ):
            return k, False
    if known is None:
        return 0, False
    # The shortest prefix that leaves a known stem: وبيونغ is و + بيونغ, not و + ب + يونغ.
    for k in (1, 2):
        if len(n) - k < 3:
            continue
        pre = n[:k]
        if k == 2 and not (pre[0] in _CONJ and pre[1] in _PREP + ("س",)):
            continue
        if k == 1 and pre not in _CONJ + _PREP:
            continue
        if known(n[k:]):
            return k, False
    return 0, False


@lru_cache(maxsize=200_000)
def proclitic_split(word: str, known: Callable[[str], bool] | None = None) -> int:
    """Number of leading characters of ``word`` that are proclitics (0 when none).

    Safe splits need no vocabulary: conjunction or preposition before the article (والرئيس,
    بالعاصمة, للأنباء -> ل+لأنباء). Others (لبوتين, وموسكو) are split only when the remaining
    stem is known and the whole word is not.
    """
    k, _ = _split(word, known)
    return orig_len(word, k) if k else 0


def _analyze(word: str, known: Callable[[str], bool] | None) -> tuple[int, str]:
    """(proclitic length in ``word``, normalized stem with an elided article restored)."""
    k, elided = _split(word, known)
    cut = orig_len(word, k) if k else 0
    norm = normalize(word[cut:])
    return cut, ("ا" + norm if elided else norm)


def orig_len(word: str, n_norm: int) -> int:
    """Length in ``word`` of its first ``n_norm`` normalized characters (skipping dropped marks)."""
    count = 0
    for i, ch in enumerate(word):
        if normalize(ch):
            if count == n_norm:
                return i
            count += 1
    return len(word)


# Per-vocabulary caches of word analyses: a plain dict lookup is the fast path of the tokenizer.
_CACHES: dict[object, dict[str, tuple[int, str, str]]] = {}
_CACHE_MAX = 500_000


def tokenize(text: str, known: Callable[[str], bool] | None = None) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    cache = _CACHES.get(known)
    if cache is None or len(cache) > _CACHE_MAX:
        if len(_CACHES) > 8:
            _CACHES.clear()
        cache = _CACHES[known] = {}
    for m in TOKEN_RE.finditer(text):
        s, e = m.span()
        word = m.group()
        hit = cache.get(word)
        if hit is None:
            kind = m.lastgroup or "punct"
            if kind == "ar":
                cut, norm = _analyze(word, known)
            else:
                cut, norm = 0, normalize(word)
            hit = cache[word] = (cut, norm, kind)
        append(Token(s, e, word, hit[2], s + hit[0], hit[1]))
    return tokens


def words(tokens: Iterable[Token]) -> list[str]:
    return [t.text for t in tokens]
