"""Cross-script name matching: a Latin -> Arabic character transliteration model learned from data.

The model is a joint-segment ("grapheme chunk") model learned by hard EM from English-Arabic name
pairs mined from Wikidata (``gazetteers/wikidata-translit``, CC0): every English name is segmented
into chunks of 1-3 letters, each aligned to 0-2 Arabic letters, and the alignment probabilities
are re-estimated from the best (Viterbi) alignments. Transliterating a Latin name then picks the
most probable chunking and, per chunk, its most probable Arabic spelling.

Matching never compares raw spellings across scripts: both sides go through ``skeleton``, which
drops long vowels and hamza seats and folds letters that transliteration confuses (ت/ط, س/ص, ...),
so "Vladivostok" -> فلاديفوستوك and the article's فلاديفوستوك meet on the same key.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from khabar.text.normalize import normalize

MAX_EN = 3
MAX_AR = 2

# Letters transliteration confuses, folded to one class; vowels and hamza seats dropped.
_FOLD = str.maketrans(
    {"ط": "ت", "ص": "س", "ث": "س", "ظ": "ز", "ذ": "ز", "ض": "د", "ق": "ك", "ح": "ه", "ة": "ه", "غ": "ج",
     "ا": None, "و": None, "ي": None, "ى": None, "ء": None, "ع": None, "أ": None, "إ": None,
     "آ": None, "ؤ": None, "ئ": None, " ": None, "-": None, "'": None, ".": None}
)  # fmt: skip


def skeleton(arabic: str) -> str:
    """Consonant skeleton of an Arabic name, for fuzzy cross-script comparison."""
    s = normalize(arabic)
    if s.startswith("ال") and len(s) > 4:
        s = s[2:]
    s = s.translate(_FOLD)
    return s[:-1] if s.endswith("ه") and len(s) > 3 else s


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if c.isascii() and (c.isalpha() or c == " "))


class Transliterator:
    """Latin -> Arabic transliteration by a learned joint chunk model."""

    def __init__(self, table: dict[str, dict[str, float]]) -> None:
        # table[en_chunk][ar_chunk] = log P(en_chunk, ar_chunk)
        self.table = table
        self.best: dict[str, tuple[str, float]] = {
            en: max(ars.items(), key=lambda kv: kv[1]) for en, ars in table.items() if ars
        }

    # --- learning -------------------------------------------------------------------------------
    @classmethod
    def learn(cls, pairs: Iterable[tuple[str, str, int]], iterations: int = 3) -> Transliterator:
        data = [(_ascii(en).replace(" ", ""), normalize(ar).replace(" ", ""), w) for en, ar, w in pairs]
        data = [(en, ar, min(w, 20)) for en, ar, w in data if en and ar and len(en) <= 20 and len(ar) <= 20]
        logp: dict[tuple[str, str], float] = {}
        floor = math.log(1e-6)
        for it in range(iterations):
            counts: Counter[tuple[str, str]] = Counter()
            for en, ar, w in data:
                path = _viterbi(en, ar, logp, floor, uniform=(it == 0))
                if path is None:
                    continue
                for seg in path:
                    counts[seg] += w
            total = sum(counts.values())
            logp = {k: math.log(v / total) for k, v in counts.items() if v >= 2}
        table: dict[str, dict[str, float]] = defaultdict(dict)
        for (e, a), lp in logp.items():
            table[e][a] = lp
        return cls(dict(table))

    # --- persistence ----------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(self.table, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Transliterator:
        return cls(json.loads(text))

    # --- use ------------------------------------------------------------------------------------
    def transliterate(self, latin: str) -> str:
        """Most probable Arabic spelling (normalized) of a Latin-script name, word by word."""
        return " ".join(self._word(w) for w in _ascii(latin).split())

    @lru_cache(maxsize=100_000)  # noqa: B019 - one model per process
    def _word(self, w: str) -> str:
        n = len(w)
        best: list[tuple[float, str] | None] = [None] * (n + 1)
        best[0] = (0.0, "")
        for i in range(n):
            if best[i] is None:
                continue
            score, out = best[i]  # type: ignore[misc]
            for k in range(1, MAX_EN + 1):
                if i + k > n:
                    break
                hit = self.best.get(w[i : i + k])
                if hit is None:
                    continue
                cand = (score + hit[1], out + hit[0])
                cur = best[i + k]
                if cur is None or cand[0] > cur[0]:
                    best[i + k] = cand
        return best[n][1] if best[n] else ""

    def similarity(self, latin: str, arabic: str) -> float:
        """0..1 similarity between a Latin-script name and an Arabic-script one."""
        from rapidfuzz.fuzz import ratio

        a = skeleton(self.transliterate(latin))
        b = skeleton(arabic)
        if not a or not b:
            return 0.0
        return ratio(a, b) / 100.0


def _viterbi(
    en: str, ar: str, logp: dict[tuple[str, str], float], floor: float, uniform: bool
) -> list[tuple[str, str]] | None:
    n, m = len(en), len(ar)
    neg = -1e18
    score = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            s = score[i][j]
            if s == neg:
                continue
            for k in range(1, MAX_EN + 1):
                if i + k > n:
                    break
                e = en[i : i + k]
                for q in range(0, MAX_AR + 1):
                    if j + q > m:
                        break
                    if uniform:
                        # first pass: prefer single letters mapped to single letters
                        lp = -1.0 * (k + q) - (0.5 if q == 0 else 0.0)
                    else:
                        lp = logp.get((e, ar[j : j + q]), floor)
                    if s + lp > score[i + k][j + q]:
                        score[i + k][j + q] = s + lp
                        back[i + k][j + q] = (i, j)
    if score[n][m] == neg:
        return None
    path = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]  # type: ignore[misc]
        path.append((en[pi:i], ar[pj:j]))
        i, j = pi, pj
    return path[::-1]


def read_pairs(path: Path) -> list[tuple[str, str, int]]:
    """Pairs from a ``wd_arabic_*`` file: English token, spaced Arabic letters, count."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            w = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
            out.append((parts[0], parts[1].replace(" ", ""), w))
    return out


def evaluate(model: Transliterator, pairs: list[tuple[str, str, int]], threshold: float = 0.8) -> dict:
    """Share of held-out pairs whose transliteration matches the Arabic exactly / by skeleton."""
    from rapidfuzz.fuzz import ratio

    exact = skel = close = 0
    for en, ar, _ in pairs:
        out = model.transliterate(en).replace(" ", "")
        exact += out == normalize(ar)
        a, b = skeleton(out), skeleton(ar)
        skel += a == b
        close += bool(a and b) and ratio(a, b) / 100 >= threshold
    n = max(1, len(pairs))
    return {
        "pairs": len(pairs),
        "exact": exact / n,
        "skeleton": skel / n,
        f"skeleton_ratio>={threshold}": close / n,
    }
