"""Round 29: the factuality scorer's "merged" block (gold triggers found but merged into another event of the
sentence by the in-article merge) and the evaluation-only option ``events_dedup`` that turns the merge off."""

from __future__ import annotations

from khabar.eval import events as ev

# factuality dev item en-215 (a tuning set): the arrest is merged into the raid (both COERCE, same police)
RAID = (
    "Bakari fled the Columbus area last May before police raided several homes he owned there "
    "and arrested Hornsburger."
)
STAGES = ("language", "entities", "link", "times", "events")


def _covering(doc, word: str) -> list:  # type: ignore[no-untyped-def]
    s = RAID.index(word)
    e = s + len(word)
    return [x for x in doc.events if x.trigger and x.trigger.start < e and x.trigger.end > s]


def test_merge_off_keeps_the_merged_mention():
    merged = ev.make_runner(STAGES)(RAID, "en")
    unmerged = ev.make_runner(STAGES, {"events_dedup": False})(RAID, "en")
    assert not _covering(merged, "arrested")  # merged into the raid: no event of its own
    arrest = _covering(unmerged, "arrested")
    assert len(arrest) == 1 and arrest[0].type == "COERCE"
    assert (arrest[0].polarity, arrest[0].modality) == ("positive", "asserted")
    assert len(unmerged.events) == len(merged.events) + 1


def test_merge_on_by_default_changes_nothing():
    default = ev.make_runner(STAGES)(RAID, "en")
    explicit = ev.make_runner(STAGES, {"events_dedup": True})(RAID, "en")
    assert [x.model_dump() for x in default.events] == [x.model_dump() for x in explicit.events]
    # the merge did happen: one event (the raid) where the merge off gives two
    assert [x.trigger.text for x in default.events if x.trigger] == ["raided"]


def test_factuality_merged_block_on_dev():
    r = ev.eval_factuality(split="dev", stages=STAGES, errors=True)
    a = r["all"]
    # the old figures keep their definition: the merged item is still a miss there
    # (round 32: ar-185 «لم تتوصل إلى وضع مفهوم موحد» is found, 3 misses -> 2)
    assert a["gold"] - a["found"] == 2 and a["detection"] == 0.984
    assert a["merged"]["count"] == 1
    assert a["merged"]["modality_ok"] == 1 and a["merged"]["both_ok"] == 1 and a["merged"]["leaks"] == 0
    assert a["detection_incl_merged"] == round((a["found"] + 1) / a["gold"], 4)
    assert r["en"]["merged"]["count"] == 1 and r["ar"]["merged"]["count"] == 0
    assert [m["id"] for m in r["merged_items"]] == ["en-215"]
    assert "en-215" in {m["id"] for m in r["errors"] if "miss" in m}
