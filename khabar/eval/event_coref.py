"""Score the in-article merge of events (issue #6 item 5: "the same meeting told three times is one event
with three evidence spans") against hand-grouped mentions: ``khabar eval events --coref``.

Gold (``eval/events/coref.jsonl``): whole articles, each with its happenings, every mention of a happening
given by its trigger word and offset. The system's tellings are ``Event.mentions`` (each with the trigger it
was told by). A gold mention is *found* when a system telling's trigger overlaps it (the nearest one when
several do); it then belongs to that telling's event. On the found gold mentions:

- **link recall / precision** (pairwise): of the pairs of found mentions of one happening, how many the
  system put in one event; of the pairs the system put in one event, how many are of one happening;
  ``link_recall_all_mentions`` counts the pairs over every gold mention (a missed mention links nothing),
  so that it grows with every mention found and rightly placed;
- **B-cubed** precision / recall over found mentions (each mention's gold cluster against its system event);
- **happenings split**: happenings with two or more found mentions spread over more than one event;
- **wrong merges**: events holding found mentions of two or more happenings.

The same figures with the merge off (``events_dedup: False``) show what the merge does. The ``test`` split is
held out: it is scored, never itemised.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from khabar.document import Document

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "events" / "coref.jsonl"
SPLITS = ("dev", "test", "all")
HELD_OUT = frozenset({"test"})


def load(path: Path = GOLD, split: str = "dev") -> list[dict[str, Any]]:
    if split not in SPLITS:
        raise ValueError(f"unknown coref split {split!r}; use one of {', '.join(SPLITS)}")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        for h in rec["happenings"]:
            for m in h["mentions"]:
                s = m["start"]
                if rec["text"][s : s + len(m["trigger"])] != m["trigger"]:
                    raise ValueError(f"{path}:{n}: {rec['id']} {h['hid']}: no {m['trigger']!r} at {s}")
        if split == "all" or rec.get("split") == split:
            out.append(rec)
    return out


def make_doc_runner(options: dict[str, Any] | None = None) -> Callable[[dict[str, Any]], Document]:
    """The whole pipeline over one gold article, with its publication date (dates keep tellings apart)."""
    from khabar.eval.events import make_runner
    from khabar.pipeline import stage_names

    run = make_runner(stage_names(), options)

    def run_record(rec: dict[str, Any]) -> Document:
        pub = date.fromisoformat(rec["published"]) if rec.get("published") else None
        return run(rec["text"], rec.get("lang", "ar"), pub)

    return run_record


def tellings(doc: Document) -> list[tuple[int, int, int]]:
    """(trigger start, trigger end, event index) of every telling of every event."""
    out = []
    for k, ev in enumerate(doc.events):
        spans = [m.trigger for m in ev.mentions if m.trigger] or ([ev.trigger] if ev.trigger else [])
        out.extend((t.start, t.end, k) for t in spans)
    return out


def assign(rec: dict[str, Any], doc: Document) -> list[tuple[str, str, int, int | None]]:
    """(happening id, trigger, start, system event index or None) for every gold mention."""
    tel = tellings(doc)
    out = []
    for h in rec["happenings"]:
        for m in h["mentions"]:
            s, e = m["start"], m["start"] + len(m["trigger"])
            over = [t for t in tel if t[0] < e and t[1] > s]
            k = min(over, key=lambda t: (abs(t[0] - s), t[2]))[2] if over else None
            out.append((h["hid"], m["trigger"], s, k))
    return out


def _f(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def score_assignments(per_article: Iterable[list[tuple[str, str, int, int | None]]]) -> dict[str, Any]:
    c: Counter = Counter()
    b3_p = b3_r = 0.0
    for rows in per_article:
        c["articles"] += 1
        c["gold_mentions"] += len(rows)
        hap: dict[str, list] = defaultdict(list)
        for r in rows:
            hap[r[0]].append(r)
        c["happenings"] += len(hap)
        c["happenings_told_more_than_once"] += sum(len(v) > 1 for v in hap.values())
        found = [r for r in rows if r[3] is not None]
        c["found_mentions"] += len(found)
        c["happenings_found"] += sum(any(r[3] is not None for r in v) for v in hap.values())
        for a, b in combinations(rows, 2):
            # over every gold mention (a missed one is an event of its own): the merge and the detection
            if a[0] == b[0]:
                c["all_gold_links"] += 1
                c["all_right_links"] += a[3] is not None and a[3] == b[3]
        for a, b in combinations(found, 2):
            same_gold, same_sys = a[0] == b[0], a[3] == b[3]
            c["gold_links"] += same_gold
            c["system_links"] += same_sys
            c["right_links"] += same_gold and same_sys
        by_sys: dict[int, list] = defaultdict(list)
        by_gold: dict[str, list] = defaultdict(list)
        for r in found:
            by_sys[r[3]].append(r)
            by_gold[r[0]].append(r)
        for r in found:
            both = sum(1 for x in by_sys[r[3]] if x[0] == r[0])
            b3_p += both / len(by_sys[r[3]])
            b3_r += both / len(by_gold[r[0]])
        for v in by_gold.values():
            if len(v) > 1:
                c["happenings_with_2_found"] += 1
                c["happenings_split"] += len({r[3] for r in v}) > 1
        c["events_on_gold"] += len(by_sys)
        c["wrong_merges"] += sum(len({r[0] for r in v}) > 1 for v in by_sys.values())
    n = max(c["found_mentions"], 1)
    lp = c["right_links"] / c["system_links"] if c["system_links"] else 1.0
    lr = c["right_links"] / c["gold_links"] if c["gold_links"] else 1.0
    bp, br = b3_p / n, b3_r / n
    return {
        **{k: c[k] for k in ("articles", "happenings", "happenings_told_more_than_once", "gold_mentions")},
        "found_mentions": c["found_mentions"],
        "mention_detection": round(c["found_mentions"] / max(c["gold_mentions"], 1), 4),
        "happenings_found": c["happenings_found"],
        "link_precision": round(lp, 4),
        "link_recall": round(lr, 4),
        "link_f1": _f(lp, lr),
        "link_recall_all_mentions": round(c["all_right_links"] / max(c["all_gold_links"], 1), 4),
        "gold_links": c["gold_links"],
        "system_links": c["system_links"],
        "b3_precision": round(bp, 4),
        "b3_recall": round(br, 4),
        "b3_f1": _f(bp, br),
        "happenings_with_2_found": c["happenings_with_2_found"],
        "happenings_split": c["happenings_split"],
        "events_on_gold": c["events_on_gold"],
        "wrong_merges": c["wrong_merges"],
    }


def _itemise(
    rec: dict[str, Any], rows: list[tuple[str, str, int, int | None]], doc: Document
) -> dict[str, Any]:
    hap: dict[str, list] = defaultdict(list)
    sys_: dict[int, list] = defaultdict(list)
    for r in rows:
        hap[r[0]].append(r)
        if r[3] is not None:
            sys_[r[3]].append(r)

    def ev(k: int) -> str:
        e = doc.events[k]
        return f"{e.id} {e.type} {e.trigger.text if e.trigger else ''}"

    return {
        "id": rec["id"],
        "split": [
            {
                "hid": h,
                "events": sorted({ev(r[3]) for r in v if r[3] is not None}),
                "mentions": [r[1] for r in v],
            }
            for h, v in hap.items()
            if len({r[3] for r in v if r[3] is not None}) > 1
        ],
        "wrong_merges": [
            {"event": ev(k), "happenings": sorted({r[0] for r in v}), "mentions": [r[1] for r in v]}
            for k, v in sys_.items()
            if len({r[0] for r in v}) > 1
        ],
        "missed": [f"{r[0]} {r[1]}@{r[2]}" for r in rows if r[3] is None],
    }


def eval_coref(path: Path = GOLD, split: str = "dev", errors: bool = False) -> dict[str, Any]:
    """The merge's figures on one split, with the merge on (``merged``) and off (``unmerged``)."""
    recs = load(path, split)
    errors = errors and split not in HELD_OUT and split != "all"
    res: dict[str, Any] = {"split": split, "file": path.name}
    res_errors: list[dict[str, Any]] = []
    for name, opts in (("merged", {}), ("unmerged", {"events_dedup": False})):
        run = make_doc_runner(opts)
        per, items = [], []
        for rec in recs:
            doc = run(rec)
            rows = assign(rec, doc)
            per.append(rows)
            if errors and name == "merged":
                item = _itemise(rec, rows, doc)
                if item["split"] or item["wrong_merges"] or item["missed"]:
                    items.append(item)
        res[name] = score_assignments(per)
        if errors and name == "merged":
            res_errors = items
    if errors:
        res["errors"] = res_errors
    return res
