"""The Arabic PLOVER gold set (`eval/events/plover_ar.jsonl`) is well formed and `--plover-ar` scores it."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.eval.events import PLOVER_AR, eval_plover_ar

TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _items() -> list[dict]:
    return [json.loads(x) for x in PLOVER_AR.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_gold_set_is_well_formed() -> None:
    items = _items()
    assert len(items) >= 200
    assert len({x["text"] for x in items}) == len(items)
    assert [x["split"] for x in items] == ["dev" if i % 2 == 0 else "test" for i in range(len(items))]
    events = [x for x in items if x["type"] is not None]
    assert len(events) >= 2 * len(items) // 3 - 10  # about 2/3 with an event
    for x in items:
        assert x["source"].startswith("SaudiNewsNet:") and x["url"]
        if x["type"] is None:
            assert x["trigger"] is None and not x["actor"] and not x["target"]
            continue
        assert x["type"] in TYPES
        s = x["trigger_start"]
        assert x["text"][s : s + len(x["trigger"])] == x["trigger"]


def test_scorer_runs_on_a_small_file(tmp_path: Path) -> None:
    small = tmp_path / "small.jsonl"
    rows = [x for x in _items() if x["split"] == "dev"][:6]
    small.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    out = eval_plover_ar(split="dev", path=small)
    assert out["sentences"] == 6
    assert 0.0 <= out["type_accuracy"] <= 1.0
    assert out["event_sentences"] + out["no_event_sentences"] == 6
