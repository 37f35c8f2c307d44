"""The hand-annotated PLOVER news gold set (eval/events/plover_news.jsonl) and its scorer."""

from __future__ import annotations

import json

from khabar.eval import events as ev

TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _items() -> list[dict]:
    return [json.loads(x) for x in ev.PLOVER_NEWS.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_plover_news_gold_set_is_well_formed():
    items = _items()
    assert len(items) >= 150
    assert len({x["id"] for x in items}) == len(items)
    assert [x["split"] for x in items[:4]] == ["dev", "test", "dev", "test"]
    assert sum(x["type"] is not None for x in items) >= 100
    for x in items:
        assert x["type"] is None or x["type"] in TYPES
        assert x["source"].split(":")[0] in ("TR-News", "GWN", "lgl")
        assert 40 <= len(x["text"]) <= 260
        assert isinstance(x["actor"], list) and isinstance(x["target"], list)
        if x["type"] is None:
            assert not x["actor"] and not x["target"]
