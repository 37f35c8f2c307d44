"""HTML main-text extraction scored on the article-extraction benchmark (scrapinghub, 181 pages).

Token-level F1 of the extracted body text against ``ground-truth.json``'s ``articleBody``: both
texts are lower-cased and split into word tokens (``\\w+``); precision and recall count the
multiset overlap; a page with no output scores 0. Per-page scores are averaged (macro mean), and
the micro figures (all tokens pooled) are given too. khabar's extraction (``khabar.ingest.html``
plus khabar's boilerplate cleaning) is scored next to ``trafilatura.extract(html)`` with
trafilatura's default settings, on the very same decoded HTML.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def prf(pred: str, gold: str) -> tuple[float, float, float, int, int, int]:
    p, g = tokens(pred), tokens(gold)
    tp = sum((p & g).values())
    np_, ng = sum(p.values()), sum(g.values())
    precision = tp / np_ if np_ else 0.0
    recall = tp / ng if ng else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp, np_, ng


@dataclass
class Score:
    name: str
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    empty: int = 0

    def add(self, pred: str, gold: str) -> None:
        p, r, f, tp, np_, ng = prf(pred, gold)
        self.precision.append(p)
        self.recall.append(r)
        self.f1.append(f)
        self.tp += tp
        self.n_pred += np_
        self.n_gold += ng
        self.empty += not pred.strip()

    def row(self) -> dict[str, object]:
        n = len(self.f1) or 1
        mp, mr = (
            (self.tp / self.n_pred if self.n_pred else 0.0),
            (self.tp / self.n_gold if self.n_gold else 0.0),
        )
        return {
            "extractor": self.name,
            "pages": len(self.f1),
            "precision": round(sum(self.precision) / n, 4),
            "recall": round(sum(self.recall) / n, 4),
            "f1": round(sum(self.f1) / n, 4),
            "micro_f1": round(2 * mp * mr / (mp + mr) if mp + mr else 0.0, 4),
            "empty": self.empty,
        }


class KhabarExtractor:
    """khabar's extraction as the CLI runs it; also counts pages where a date and an author were found."""

    def __init__(self) -> None:
        self.pages = self.dated = self.authored = 0

    def __call__(self, html: str, url: str | None) -> str:
        from khabar.ingest.clean import clean_text
        from khabar.ingest.html import extract_html

        art = extract_html(html, url=url)
        self.pages += 1
        self.dated += art.published is not None
        self.authored += bool(art.author)
        return clean_text(art.text)


def khabar_extract(html: str, url: str | None) -> str:
    return KhabarExtractor()(html, url)


def trafilatura_default(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def load_pages(bench: Path, limit: int | None = None) -> list[tuple[str, str, str | None, str]]:
    """``(page_id, html, url, gold_body)`` for each page of the benchmark."""
    from khabar.ingest.decode import DecodeError, decode_bytes
    from khabar.ingest.html import declared_charset

    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        raw = gzip.decompress((bench / "html" / f"{page_id}.html.gz").read_bytes())
        try:
            html = decode_bytes(raw, declared_charset(raw))[0]
        except DecodeError:
            html = raw.decode("utf-8", errors="replace")
        pages.append((page_id, html, truth[page_id].get("url"), truth[page_id].get("articleBody") or ""))
    return pages


def evaluate(
    bench: Path,
    extractors: dict[str, Callable[[str, str | None], str]] | None = None,
    limit: int | None = None,
    per_page: list[dict] | None = None,
) -> list[dict[str, object]]:
    extractors = extractors or {"khabar": khabar_extract, "trafilatura default": trafilatura_default}
    scores = {name: Score(name) for name in extractors}
    for page_id, html, url, gold in load_pages(bench, limit):
        row: dict[str, object] = {"page": page_id}
        for name, fn in extractors.items():
            try:
                pred = fn(html, url)
            except Exception:  # an extractor crash on one page scores that page 0
                pred = ""
            scores[name].add(pred, gold)
            row[name] = round(scores[name].f1[-1], 4)
        if per_page is not None:
            per_page.append(row)
    return [s.row() for s in scores.values()]
