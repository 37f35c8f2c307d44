"""Draw the sentences of ``plover_news.jsonl`` (run once, before annotation; seed 20261204).

Sentences of 40-260 characters from the article texts of ``../shared/data/geoparsing/`` (TR-News,
GeoWebNews, LGL). 85% of the pool must contain one of a short list of event-concept word stems
written from the CAMEO verb categories (independent of khabar's trigger lexicons); 15% are drawn
with no filter so that sentences with no PLOVER event are represented. Quota: 110 TR-News,
45 GWN, 45 LGL candidates; sentences without a readable main clause were skipped at annotation.
Because more than half of that first draw had no PLOVER event, a second draw (seed 20261205, cued
sentences only, 50 TR-News, 20 GWN, 30 LGL, none of the first draw) was added; items of the second draw
have ids from 200 on.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

SEED = 20261204
GEO = Path(__file__).resolve().parents[3] / "shared" / "data" / "geoparsing"
CUES = re.compile(
    r"\b(agree|deal|sign|meet|met\b|talk|visit|call|urg|demand|ask|accus|critici|condemn|den(y|ie)|reject|"
    r"refus|threat|warn|protest|rall|march|strike|sanction|ban|expel|arrest|detain|charg|jail|sentenc|"
    r"attack|kill|shot|shoot|bomb|fire|raid|clash|fight|deploy|troop|aid\b|help|support|releas|withdr|"
    r"ceasefire|negotiat|invest|cooperat|prais|apolog|resign|seiz|evacuat|block|sue|court|vote|elect)",
    re.I,
)


def sentences(name: str) -> list[tuple[str, str]]:
    raw = (GEO / name).read_text(encoding="utf-8", errors="replace")
    out = []
    for art in re.findall(r"<article\b(.*?)</article>", raw, re.S):
        m = re.search(r'docid="(\d+)"|file="(\d+)"', art)
        aid = (m.group(1) or m.group(2)) if m else "?"
        t = re.search(r"<text>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?</text>", art, re.S)
        if not t:
            continue
        for para in t.group(1).split("\n"):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", para.strip()):
                s = " ".join(s.split())
                if 40 <= len(s) <= 260:
                    out.append((f"{name.split('.')[0]}:{aid}", s))
    return out


def draw(
    seed: int = SEED, quotas=(110, 45, 45), free: float = 0.15, skip=frozenset()
) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    picked: list[tuple[str, str]] = []
    for name, quota in zip(("TR-News.xml", "GWN.xml", "lgl.xml"), quotas, strict=True):
        pool = [x for x in sentences(name) if x[1] not in skip]
        rng.shuffle(pool)
        cued = [x for x in pool if CUES.search(x[1])]
        n_free = round(quota * free)
        seen = set()
        for x in pool[:n_free] + cued:
            if x[1] not in seen and len([p for p in picked if p[0].startswith(name.split(".")[0])]) < quota:
                seen.add(x[1])
                picked.append(x)
    return picked


if __name__ == "__main__":
    first = draw()
    second = draw(SEED + 1, (50, 20, 30), 0.0, frozenset(s for _, s in first))
    for i, (src, s) in enumerate(first + second):
        sys.stdout.write(f"{i}\t{src}\t{s}\n")
