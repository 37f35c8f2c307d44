"""Form of the event coreference gold `eval/events/coref.jsonl` (issue #6 item 5: one happening told several
times in an article is one event with several evidence spans). Form only: the system is never run on it here.

Whole SaudiNewsNet articles drawn by `eval/events/sample_coref.py`; for each kept article every happening of a
PLOVER type is listed with every mention of it (trigger word and start offset in the article text)."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EVENTS = REPO / "eval" / "events"
COREF = EVENTS / "coref.jsonl"
READ_LOG = EVENTS / "coref_read.tsv"

_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
_MODALITIES = {"asserted", "reported", "planned", "possible", "conditional", "alleged", "historical"}
# the sizes of record (eval/events/README.md, "Event coreference gold"): articles, happenings, mentions and
# happenings told more than once, per split; the file may grow, never shrink
_MIN = {
    "dev": {"articles": 43, "happenings": 248, "mentions": 555, "multi": 120},
    "test": {"articles": 38, "happenings": 206, "mentions": 503, "multi": 97},
}


def _records() -> list[dict]:
    return [json.loads(x) for x in COREF.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def sampler(shared_data):
    """The sampler module (eval/events is not a package: its samplers import their siblings by name)."""
    sys.path.insert(0, str(EVENTS))
    try:
        import sample_coref

        yield sample_coref
    finally:
        sys.path.remove(str(EVENTS))


def test_coref_records_are_well_formed():
    items = _records()
    assert [x["id"] for x in items] == [f"co-{i:03d}" for i in range(1, len(items) + 1)]
    draws = [x["draw"] for x in items]
    assert draws == sorted(draws) and len(set(draws)) == len(draws)
    urls = [x["article_url"] for x in items]
    assert len(set(urls)) == len(urls)
    for x in items:
        assert x["lang"] == "ar" and x["source"] == "saudinewsnet", x["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", x["published"]), x["id"]
        parity = int(hashlib.sha1(x["article_url"].strip().encode()).hexdigest(), 16) % 2
        assert x["split"] == ("dev" if parity == 0 else "test"), x["id"]
        assert x["text"] == x["text"].strip() and 400 <= len(x["text"]) <= 2500, x["id"]
        assert x["happenings"], x["id"]
        assert [h["hid"] for h in x["happenings"]] == [f"h{i}" for i in range(1, len(x["happenings"]) + 1)]
        for h in x["happenings"]:
            assert h["type"] in _TYPES, (x["id"], h["hid"])
            assert h["polarity"] in {"positive", "negative"}, (x["id"], h["hid"])
            assert h["modality"] in _MODALITIES, (x["id"], h["hid"])
            assert set(h) <= {"hid", "type", "polarity", "modality", "mentions", "note"}, (x["id"], h["hid"])
            assert h["mentions"], (x["id"], h["hid"])
            starts = [m["start"] for m in h["mentions"]]
            assert starts == sorted(starts), (x["id"], h["hid"])


def test_coref_mentions_stand_in_the_text_and_belong_to_one_happening():
    """Every trigger is the text at its offset, a whole word (no letter runs on after it), and no span is in two
    happenings or overlaps another; happenings are listed by their first mention."""
    letter = re.compile(r"[\u0621-\u064A]")
    for x in _records():
        text = x["text"]
        spans = []
        for h in x["happenings"]:
            for m in h["mentions"]:
                s, t = m["start"], m["trigger"]
                assert t and t == t.strip() and text[s : s + len(t)] == t, (x["id"], h["hid"], t)
                assert not letter.match(text[s + len(t) : s + len(t) + 1]), (x["id"], h["hid"], t)
                spans.append((s, s + len(t), h["hid"]))
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            assert a[1] <= b[0], (x["id"], a, b)
        firsts = [h["mentions"][0]["start"] for h in x["happenings"]]
        assert firsts == sorted(firsts), x["id"]


def test_coref_sizes_at_least_those_of_record():
    items = _records()
    for split, need in _MIN.items():
        arts = [x for x in items if x["split"] == split]
        hs = [h for x in arts for h in x["happenings"]]
        got = {
            "articles": len(arts),
            "happenings": len(hs),
            "mentions": sum(len(h["mentions"]) for h in hs),
            "multi": sum(1 for h in hs if len(h["mentions"]) > 1),
        }
        for k, v in need.items():
            assert got[k] >= v, (split, k, got[k])
    assert (
        Counter(x["split"] for x in items)["dev"] >= 24 and Counter(x["split"] for x in items)["test"] >= 24
    )


def test_coref_articles_are_the_sampler_draw(sampler):
    """Every article is in the sampler's pool (no other gold file, 400-2,500 characters, at least three of test19's
    conflict words), at its place in the seeded draw, with `content.strip()` as its text and the date of
    `date_extracted`; the read log covers a prefix of the draw and names exactly the kept articles."""
    drawn = sampler.draw()
    by_url = {a["article_url"]: a for a in drawn}
    assert len(by_url) == len(drawn)
    for x in _records():
        a = by_url.get(x["article_url"])
        assert a is not None, x["id"]
        assert a["n"] == x["draw"] and a["split"] == x["split"], x["id"]
        assert a["text"] == x["text"] and a["published"] == x["published"], x["id"]
        assert len(re.findall(sampler.CONFLICT_RX, x["text"])) >= 3, x["id"]
    assert {x["article_url"] for x in _records()}.isdisjoint(sampler.gold_urls(sampler.THIS))
    with READ_LOG.open(encoding="utf-8") as f:
        log = list(csv.DictReader(f, delimiter="\t"))
    assert [int(r["draw"]) for r in log] == list(range(len(log)))
    for r in log:
        a = drawn[int(r["draw"])]
        assert r["article_url"] == a["article_url"] and r["split"] == a["split"]
        assert r["verdict"] in {"kept", "skipped"} and (r["verdict"] == "kept") == (not r["reason"])
    assert {r["article_url"] for r in log if r["verdict"] == "kept"} == {x["article_url"] for x in _records()}


def test_coref_sampler_pool_rule(sampler):
    """The pool rule itself: the parity split and the three-word floor that keeps it apart from the factuality
    set drawn at the same time (one or two conflict words)."""
    assert sampler.split_of("x") == ("dev" if int(hashlib.sha1(b"x").hexdigest(), 16) % 2 == 0 else "test")
    words = "اتفاق هجوم قتل"
    body = "نص " * 150
    assert sampler.in_pool("u", body + words, set())
    assert not sampler.in_pool("u", body + "اتفاق هجوم", set())
    assert not sampler.in_pool("u", body + words, {"u"})
    assert not sampler.in_pool("u", words + " نص" * 900, set())
