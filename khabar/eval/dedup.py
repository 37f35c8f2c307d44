"""``khabar eval dedup``: near-duplicate detection and story clustering, precision and recall.

Two evaluations:

* **planted**: originals drawn from the news corpus (seeded), each copied with edits a republisher
  makes (trimmed to its first paragraphs, paragraphs re-ordered, boilerplate lines added, a few
  words changed, combinations), mixed with distractor articles. Gold: every (original, copy) and
  (copy, copy) pair of one original. Scored on pairs that involve at least one copy.
* **real**: pairs of SaudiNewsNet articles labelled by reading them (``eval/dedup/real_*.jsonl``:
  line numbers and khabar ids only, no text; labels ``duplicate`` = the same copy, possibly trimmed
  or lightly edited; ``same_story`` = the same news event written independently; ``different``).
  The system runs on the whole corpus; a pair is predicted duplicate when both articles fall in one
  near-duplicate group, and same story when both fall in one story. ``dev`` was used to choose
  thresholds; ``test`` was not.
"""

from __future__ import annotations

import gzip
import json
import random
import time
from pathlib import Path
from typing import Any

from khabar.document import Document

BOILERPLATE_HEAD = ["اقرأ أيضاً على موقعنا", "الرياض - خاص", "تابعونا على تويتر وفيسبوك"]
BOILERPLATE_TAIL = [
    "جميع الحقوق محفوظة © 2015",
    "لمزيد من الأخبار تابعوا حسابنا على تويتر",
    "شارك هذا الخبر مع أصدقائك عبر واتساب",
    "نشر في: الصفحة الأولى - الطبعة الورقية",
]


def load_corpus(path: str | Path, limit: int | None = None) -> list[Document | None]:
    """The corpus as Documents aligned with its line numbers (None where ingest fails)."""
    from khabar.ingest import JsonlFields, iter_jsonl_records

    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    if limit is not None:
        lines = lines[:limit]
    return [
        d if isinstance(d, Document) else None for d in iter_jsonl_records(lines, str(path), JsonlFields())
    ]


def _paragraphs(text: str) -> list[str]:
    return [p for p in (x.strip() for x in text.split("\n")) if p]


def make_copy(text: str, kind: str, rng: random.Random) -> str:
    """An edited copy of an article, as a republishing outlet makes it."""
    paras = _paragraphs(text)
    if "trim" in kind and len(paras) > 1:
        keep = max(1, round(len(paras) * rng.uniform(0.5, 0.75)))
        paras = paras[:keep]
    if "reorder" in kind and len(paras) > 2:
        head, rest = paras[0], paras[1:]
        rng.shuffle(rest)
        paras = [head, *rest]
    if "edit" in kind:
        out = []
        for p in paras:
            words = p.split(" ")
            for _ in range(max(1, len(words) // 25)):
                i = rng.randrange(len(words))
                words[i] = rng.choice(["وقال", "أمس", "اليوم", "وأضاف", "كما"])
            out.append(" ".join(words))
        paras = out
    if "boiler" in kind:
        paras = [rng.choice(BOILERPLATE_HEAD), *paras, *rng.sample(BOILERPLATE_TAIL, 2)]
    return "\n\n".join(paras)


COPY_KINDS = ["exact", "trim", "reorder", "boiler", "edit", "trim+boiler", "reorder+edit", "trim+boiler+edit"]


def planted(
    docs: list[Document | None], n_orig: int = 150, n_distract: int = 1500, seed: int = 8, shingle: str = "w3",
    **dedup_kw: Any,
) -> dict[str, Any]:  # fmt: skip
    from khabar.scale.stories import DedupConfig, near_duplicate_pairs

    rng = random.Random(seed)
    pool = [d for d in docs if d is not None and len(d.text) >= 800 and len(_paragraphs(d.text)) >= 3]
    rng.shuffle(pool)
    origs, distract = pool[:n_orig], pool[n_orig : n_orig + n_distract]
    texts = [d.text for d in origs] + [d.text for d in distract]
    owner: dict[int, int] = {i: i for i in range(len(origs))}
    kinds: dict[int, str] = {}
    for i, d in enumerate(origs):
        for kind in rng.sample(COPY_KINDS, 3):
            kinds[len(texts)] = kind
            owner[len(texts)] = i
            texts.append(d.text if kind == "exact" else make_copy(d.text, kind, rng))
    gold = set()
    members: dict[int, list[int]] = {}
    for idx, o in owner.items():
        members.setdefault(o, []).append(idx)
    for ms in members.values():
        for a in ms:
            for b in ms:
                if a < b:
                    gold.add((a, b))
    t0 = time.perf_counter()
    cfg = DedupConfig(shingle=shingle, **dedup_kw)
    pred_pairs = near_duplicate_pairs(texts, cfg)
    secs = time.perf_counter() - t0
    from khabar.scale.stories import groups_from_pairs

    groups = groups_from_pairs(len(texts), ((a, b) for a, b, _, _ in pred_pairs))
    copies = set(kinds)
    pred = set()
    by_group: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    for ms in by_group.values():
        for a in ms:
            for b in ms:
                if a < b and (a in copies or b in copies):
                    pred.add((a, b))
    gold_c = {p for p in gold if p[0] in copies or p[1] in copies}
    tp = len(pred & gold_c)
    per_kind = {}
    for kind in COPY_KINDS:
        idx = [i for i, k in kinds.items() if k == kind]
        found = sum(1 for i in idx if groups[i] == groups[owner[i]])
        per_kind[kind] = round(found / len(idx), 3) if idx else None
    return {
        "articles": len(texts),
        "copies": len(copies),
        "gold_pairs": len(gold_c),
        "predicted_pairs": len(pred),
        "precision": round(tp / len(pred), 4) if pred else 0.0,
        "recall": round(tp / len(gold_c), 4) if gold_c else 0.0,
        "recall_by_edit": per_kind,
        "seconds": round(secs, 2),
    }


def load_labels(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]


def _prf(pred: list[bool], gold: list[bool]) -> dict[str, Any]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"pairs": len(gold), "positives": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}  # fmt: skip


def real(
    docs: list[Document | None], label_files: dict[str, Path], shingle: str = "w3", threshold: float | None = None,
    **dedup_kw: Any,
) -> dict[str, Any]:  # fmt: skip
    """Runs dedup and story clustering over the whole corpus and scores the labelled pairs."""
    from khabar.scale.stories import DedupConfig, StoryConfig, StoryDoc, cluster_stories

    idx = [i for i, d in enumerate(docs) if d is not None]
    sdocs = [
        StoryDoc(
            id=docs[i].id,
            text=docs[i].text,
            title=docs[i].title,
            published=docs[i].published,
            language=docs[i].language,
            source=docs[i].source,
        )  # fmt: skip
        for i in idx
    ]
    cfg = StoryConfig(dedup=DedupConfig(shingle=shingle, **dedup_kw))
    if threshold is not None:
        cfg.threshold = threshold
    t0 = time.perf_counter()
    cl = cluster_stories(sdocs, cfg)
    secs = time.perf_counter() - t0
    pos = {line: k for k, line in enumerate(idx)}
    out: dict[str, Any] = {
        "articles": len(sdocs),
        "dup_pairs": len(cl.dup_pairs),
        "stories": len(set(cl.story)),
        "multi_article_stories": sum(1 for v in cl.stories().values() if len(v) > 1),
        "seconds": round(secs, 1),
    }
    for part, path in label_files.items():
        labels = load_labels(path)
        pd, gd, ps, gs = [], [], [], []
        for lab in labels:
            a, b = pos[lab["a_line"]], pos[lab["b_line"]]
            assert sdocs[a].id == lab["a_id"] and sdocs[b].id == lab["b_id"], "corpus and labels disagree"
            pd.append(cl.dup_group[a] == cl.dup_group[b])
            gd.append(lab["label"] == "duplicate")
            ps.append(cl.story[a] == cl.story[b])
            gs.append(lab["label"] in ("duplicate", "same_story"))
        out[f"{part}_dedup"] = _prf(pd, gd)
        out[f"{part}_story"] = _prf(ps, gs)
    return out
