"""Scoring of ``khabar.amounts`` on the hand-annotated gold sets.

A predicted amount is correct when its span, value and unit all match a gold amount. Span match is
strict (same offsets) for the headline figure, and relaxed (overlapping) for a second view; units
are compared after ``canonical_unit`` on both sides.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

from khabar.eval import gold

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "eval" / "amounts"


def load_gold(split: str | None = None, lang: str | None = None) -> list[dict[str, Any]]:
    return gold.load_gold(GOLD_DIR, split, lang)


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def evaluate(split: str = "test", lang: str | None = None) -> dict[str, Any]:
    from khabar.amounts.extract import extract_amounts
    from khabar.amounts.units import canonical_unit
    from khabar.time.extract import extract_times

    stats: dict[str, dict[str, Any]] = {}
    for item in load_gold(split, lang):
        s = stats.setdefault(
            item["lang"],
            {"gold": 0, "pred": 0, "strict": 0, "relaxed": 0, "span_only": 0, "approx_ok": 0, "errors": []},
        )
        text = item["sentence"]
        times = extract_times(text, date.fromisoformat(item["published"]))
        pred = extract_amounts(text, [(t.start, t.end) for t in times])
        gold = item["spans"]
        s["gold"] += len(gold)
        s["pred"] += len(pred)
        used: set[int] = set()
        for p in pred:
            hit = None
            for gi, g in enumerate(gold):
                if gi in used:
                    continue
                if p.start < g["end"] and g["start"] < p.end:
                    hit = gi
                    break
            if hit is None:
                s["errors"].append(
                    {"id": item["id"], "kind": "spurious", "pred": p.model_dump(), "sentence": text}
                )
                continue
            g = gold[hit]
            used.add(hit)
            same = _same_value(p.value, g["value"]) and canonical_unit(p.unit) == canonical_unit(g["unit"])
            exact = (p.start, p.end) == (g["start"], g["end"])
            if exact:
                s["span_only"] += 1
            if same:
                s["relaxed"] += 1
                if exact:
                    s["strict"] += 1
                if p.approximate == g["approximate"]:
                    s["approx_ok"] += 1
            if not (same and exact):
                s["errors"].append(
                    {
                        "id": item["id"],
                        "kind": "mismatch",
                        "gold": g,
                        "pred": p.model_dump(),
                        "sentence": text,
                    }
                )
        for gi, g in enumerate(gold):
            if gi not in used:
                s["errors"].append({"id": item["id"], "kind": "missed", "gold": g, "sentence": text})
    out: dict[str, Any] = {"set": "gold", "split": split, "by_lang": {}}
    for lg, s in stats.items():

        def prf(tp: int, s: dict[str, Any] = s) -> dict[str, float]:
            p = tp / s["pred"] if s["pred"] else 0.0
            r = tp / s["gold"] if s["gold"] else 0.0
            return {
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            }

        out["by_lang"][lg] = {
            "gold": s["gold"],
            "predicted": s["pred"],
            "span_value_unit_strict": prf(s["strict"]),
            "value_unit_relaxed_span": prf(s["relaxed"]),
            "span_only_strict": prf(s["span_only"]),
            "approximate_flag_accuracy": round(s["approx_ok"] / s["relaxed"], 4) if s["relaxed"] else None,
        }
    out["_errors"] = {lg: s["errors"] for lg, s in stats.items()}
    return out
