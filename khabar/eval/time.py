"""Scoring of ``khabar.time`` on the hand-annotated gold sets and on Arabic TimeML.

Span matching is reported strict (same offsets) and relaxed (overlapping). Value accuracy is given
two ways: over gold spans the system found (relaxed match), and end to end (a gold span the system
missed counts as wrong), per type.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from khabar.eval import gold

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "eval" / "time"
TIMEML_DIR = REPO.parent / "shared" / "data" / "time" / "arabic-timeml"


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold spans overlapped by a prediction
    relaxed_pred: int = 0  # predictions overlapping a gold span
    value_seen: Counter = field(
        default_factory=Counter
    )  # per type: gold spans matched, with a value to check
    value_ok: Counter = field(default_factory=Counter)
    type_gold: Counter = field(default_factory=Counter)  # per type: all gold spans with a checkable value
    errors: list[dict[str, Any]] = field(default_factory=list)
    not_computable: int = 0  # gold values skipped: the doc has no creation date and the system gave none

    def add(
        self,
        gold: list[dict],
        pred: list[dict],
        context: dict[str, Any],
        checkable=lambda v: True,
        anchored: bool = True,
    ) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        gs = {(g["start"], g["end"]) for g in gold}
        self.strict += sum(1 for p in pred if (p["start"], p["end"]) in gs)
        for p in pred:
            if any(p["start"] < g["end"] and g["start"] < p["end"] for g in gold):
                self.relaxed_pred += 1
            else:
                self.errors.append({**context, "kind": "spurious", "pred": p})
        for g in gold:
            ok_value = checkable(g["value"])
            if ok_value:
                self.type_gold[g["type"]] += 1
            match = [p for p in pred if p["start"] < g["end"] and g["start"] < p["end"]]
            if not match:
                self.errors.append({**context, "kind": "missed", "gold": g})
                continue
            self.relaxed_gold += 1
            if not ok_value:
                continue
            # the prediction that best covers the gold span
            p = max(match, key=lambda p: min(p["end"], g["end"]) - max(p["start"], g["start"]))
            if not anchored and p["value"] is None:
                self.not_computable += 1
                self.type_gold[g["type"]] -= 1
                continue
            self.value_seen[g["type"]] += 1
            if p["value"] == g["value"]:
                self.value_ok[g["type"]] += 1
            else:
                self.errors.append({**context, "kind": "value", "gold": g, "pred": p})

    def summary(self) -> dict[str, Any]:
        def prf(tp_p: int, tp_g: int) -> dict[str, float]:
            p = tp_p / self.pred if self.pred else 0.0
            r = tp_g / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

        out: dict[str, Any] = {
            "gold_spans": self.gold,
            "predicted_spans": self.pred,
            "strict": prf(self.strict, self.strict),
            "relaxed": prf(self.relaxed_pred, self.relaxed_gold),
            "value": {},
            "values_not_computable": self.not_computable,
        }
        for t in sorted(self.type_gold):
            seen, ok, total = self.value_seen[t], self.value_ok[t], self.type_gold[t]
            out["value"][t] = {
                "gold": total,
                "found": seen,
                "accuracy_found": round(ok / seen, 4) if seen else None,
                "accuracy_all": round(ok / total, 4) if total else None,
            }
        return out


def load_gold(split: str | None = None, lang: str | None = None) -> list[dict[str, Any]]:
    return gold.load_gold(GOLD_DIR, split, lang)


def _dump(times: list) -> list[dict[str, Any]]:
    return [{"start": t.start, "end": t.end, "text": t.text, "value": t.value, "type": t.type} for t in times]


def evaluate_gold(split: str = "test", lang: str | None = None) -> dict[str, Any]:
    from khabar.time.extract import extract_times

    by_lang: dict[str, Score] = {}
    for item in load_gold(split, lang):
        pub = date.fromisoformat(item["published"])
        pred = _dump(extract_times(item["sentence"], pub))
        score = by_lang.setdefault(item["lang"], Score())
        score.add(item["spans"], pred, {"id": item["id"], "sentence": item["sentence"]})
    return {
        "set": "gold",
        "split": split,
        "by_lang": {k: v.summary() for k, v in by_lang.items()},
        "_scores": by_lang,
    }


# ---------------------------------------------------------------- Arabic TimeML

_TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CHECKABLE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}|P[\dT].*|T\d{2}.*|\d{4}-\d{2}-\d{2}T.*)$"
)


def read_timeml(path: Path) -> tuple[str, list[dict[str, Any]]]:
    raw = path.read_text(encoding="utf-8-sig")
    body = raw.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0].replace("\ufeff", "")
    text_parts: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in _TIMEX.finditer(body):
        before = re.sub(r"<[^>]+>", "", body[pos : m.start()])
        text_parts.append(before)
        length += len(before)
        attrs = dict(_ATTR.findall(m.group(1)))
        inner = re.sub(r"<[^>]+>", "", m.group(2))
        spans.append(
            {
                "start": length,
                "end": length + len(inner),
                "text": inner,
                "value": attrs.get("value"),
                "type": attrs.get("type", "DATE"),
            }
        )
        text_parts.append(inner)
        length += len(inner)
        pos = m.end()
    text_parts.append(re.sub(r"<[^>]+>", "", body[pos:]))
    return "".join(text_parts), spans


def creation_date(spans: list[dict[str, Any]]) -> date | None:
    """A creation date for a doc that has none: its latest explicit full date (a TIMEX3 with a digit in
    its text and a day value); news looks back, so the latest written date is the nearest to the
    writing. None when the doc writes no full date."""
    days = [
        date.fromisoformat(s["value"])
        for s in spans
        if s["value"] and _ISO_DAY.match(s["value"]) and re.search(r"\d", s["text"])
    ]
    return max(days) if days else None


def evaluate_timeml(directory: Path = TIMEML_DIR) -> dict[str, Any]:
    from khabar.time.extract import extract_times

    score = Score()
    no_date = 0
    docs = sorted(directory.glob("*.tml"))
    if not docs:
        raise FileNotFoundError(directory)
    for path in docs:
        text, gold = read_timeml(path)
        dct = creation_date(gold)
        if dct is None:
            no_date += 1
        pred = _dump(extract_times(text, dct))
        # values are only comparable when the doc has a creation date or the gold value is absolute
        score.add(
            gold,
            pred,
            {"id": path.name},
            checkable=lambda v: bool(v and _CHECKABLE.match(v)),
            anchored=dct is not None,
        )
    out = score.summary()
    out.update({"set": "timeml", "docs": len(docs), "docs_without_creation_date": no_date})
    out["_scores"] = {"ar": score}
    return out
