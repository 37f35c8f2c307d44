"""The firing audit's comparison (eval/events/firing_audit.py): which events two code versions tell apart, and the
articles it may read (none of any gold file)."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "eval" / "events" / "firing_audit.py"
_SPEC = importlib.util.spec_from_file_location("firing_audit", _PATH)
assert _SPEC and _SPEC.loader
FA = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(FA)


def _row(start: int, trigger: str, **kw: object) -> dict:
    row = {"start": start, "end": start + len(trigger), "trigger": trigger, "sentence": "..."}
    row.update({f: None for f in FA.FIELDS})
    row.update(kw)
    return row


def test_changes_match_events_by_trigger_span_and_name_the_fields_that_differ() -> None:
    base = [
        _row(0, "اعتقلت", type="COERCE", polarity="positive", modality="asserted", actor="الشرطة"),
        _row(20, "هجوم", type="ASSAULT", polarity="positive", modality="asserted"),
        _row(40, "تواصل", type="CONSULT", polarity="positive", modality="planned"),
    ]
    new = [
        _row(0, "اعتقلت", type="COERCE", polarity="positive", modality="asserted", actor="الشرطة", target="مسلحين"),
        _row(20, "هجوم", type="ASSAULT", polarity="positive", modality="asserted"),
        _row(60, "زار", type="CONSULT", polarity="positive", modality="asserted", place="موسكو"),
    ]
    out = FA.changes(base, new)
    assert [(c["kind"], c["trigger"]) for c in out] == [("changed", "اعتقلت"), ("removed", "تواصل"), ("added", "زار")]
    assert out[0]["fields"] == {"target": [None, "مسلحين"]}
    assert FA.changes(base, base) == []


def test_draw_skips_every_article_a_gold_file_holds(tmp_path: Path) -> None:
    gold = next(iter(FA.gold_urls("")))
    news = tmp_path / "news.jsonl.gz"
    with gzip.open(news, "wt", encoding="utf-8") as f:
        for url, text in [(gold, "نص مقال في ملف ذهبي"), ("http://x/1", "هجوم على نقطة"), ("http://x/2", "مباراة")]:
            f.write(json.dumps({"url": url, "content": text, "date_extracted": "2015-08-01 10:00"}) + "\n")
    arts = FA.draw(10, 48, None, news)
    assert sorted(a["url"] for a in arts) == ["http://x/1", "http://x/2"]
    assert [a["url"] for a in FA.draw(10, 48, "هجوم", news)] == ["http://x/1"]
    assert arts[0]["date"] == "2015-08-01"
