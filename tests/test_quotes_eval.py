"""The hand-annotated quotation set and its scorer."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from khabar.eval.quotes import load_split, name_matches, score
from khabar.pipeline import Pipeline, PipelineConfig

pytestmark = pytest.mark.usefixtures("quote_names")


def test_gold_set_is_consistent_and_large_enough() -> None:
    dev, test = load_split("dev"), load_split("test")
    n_ar = sum(len(it["quotes"]) for it in dev + test if it["lang"] == "ar")
    n_en = sum(len(it["quotes"]) for it in dev + test if it["lang"] == "en")
    assert n_ar >= 100 and n_en >= 30
    for it in dev + test:
        for q in it["quotes"]:
            assert it["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "indirect")
    # split by article: no article in both parts
    assert not {(it["lang"], it["article"]) for it in dev} & {(it["lang"], it["article"]) for it in test}


def test_second_held_out_set_is_consistent_and_disjoint() -> None:
    dev, test, test2 = load_split("dev"), load_split("test"), load_split("test2")
    assert sum(len(it["quotes"]) for it in test2 if it["lang"] == "ar") >= 100
    for it in test2:
        assert it["split"] == "test2" and it["dataset"] == "saudinewsnet"
        for q in it["quotes"]:
            assert it["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "indirect")
    arts = {it["article"] for it in test2}
    assert len(arts) == len(test2)  # one paragraph per article
    assert not arts & {it["article"] for it in dev + test if it["dataset"] == "saudinewsnet"}


def test_fourth_held_out_set_is_consistent_and_disjoint() -> None:
    test4 = load_split("test4")
    assert sum(len(it["quotes"]) for it in test4 if it["lang"] == "ar") >= 100
    assert sum(1 for it in test4 for q in it["quotes"] if q["speaker"] is None) >= 10  # anonymous speakers
    for it in test4:
        assert (
            it["split"] == "test4"
            and it["dataset"] == "saudinewsnet"
            and it["id"].endswith(f"v{test4.index(it)}")
        )
        for q in it["quotes"]:
            assert it["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "indirect")
    arts = {it["article"] for it in test4}
    assert len(arts) == len(test4)  # one paragraph per article
    others = [it for split in ("dev", "test", "test2", "test3") for it in load_split(split)]
    assert not arts & {it["article"] for it in others if it["dataset"] == "saudinewsnet"}


def test_fifth_held_out_set_is_consistent_and_disjoint() -> None:
    test5 = load_split("test5")
    assert sum(len(it["quotes"]) for it in test5 if it["lang"] == "ar") >= 110
    assert sum(1 for it in test5 for q in it["quotes"] if q["speaker"] is None) >= 10  # anonymous speakers
    for it in test5:
        assert (
            it["split"] == "test5"
            and it["dataset"] == "saudinewsnet"
            and it["id"].endswith(f"w{test5.index(it)}")
        )
        for q in it["quotes"]:
            assert it["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "indirect")
    arts = {it["article"] for it in test5}
    assert len(arts) == len(test5)  # one paragraph per article
    others = [it for split in ("dev", "test", "test2", "test3", "test4") for it in load_split(split)]
    assert not arts & {it["article"] for it in others if it["dataset"] == "saudinewsnet"}


def test_sixth_held_out_set_is_consistent_and_disjoint() -> None:
    test6 = load_split("test6")
    assert sum(len(it["quotes"]) for it in test6 if it["lang"] == "ar") >= 110
    assert sum(1 for it in test6 for q in it["quotes"] if q["speaker"] is None) >= 10  # anonymous speakers
    for it in test6:
        assert (
            it["split"] == "test6"
            and it["dataset"] == "saudinewsnet"
            and it["id"].endswith(f"ac{test6.index(it)}")
        )
        for q in it["quotes"]:
            assert it["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "indirect")
    arts = {it["article"] for it in test6}
    assert len(arts) == len(test6)  # one paragraph per article
    others = [it for split in ("dev", "test", "test2", "test3", "test4", "test5") for it in load_split(split)]
    assert not arts & {it["article"] for it in others if it["dataset"] == "saudinewsnet"}


# candidates of `sample_batch.py 20261211 aq 160 --skip-past` dropped before annotation (8-word runs
# shared with an existing gold or events paragraph, or with an earlier candidate of the same sample)
_TEST7_DROPPED = {26, 27, 38, 42, 52, 55, 63, 68, 76, 79, 90, 100, 117, 118, 146, 150, 151}


def test_seventh_held_out_set_test7_is_consistent_and_disjoint() -> None:
    test7 = load_split("test7")
    quotes = [q for it in test7 for q in it["quotes"]]
    assert len(quotes) >= 120
    assert sum(1 for q in quotes if q["speaker"]) >= 95  # named speakers
    assert sum(1 for q in quotes if q["speaker"] is None) >= 15  # anonymous speakers
    ks = []
    for it in test7:
        m = re.fullmatch(rf"snn-{it['article']}-aq(\d+)", it["id"])
        assert m and it["split"] == "test7" and it["dataset"] == "saudinewsnet" and it["lang"] == "ar"
        ks.append(int(m.group(1)))
        for q in it["quotes"]:
            assert it["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "indirect")
            assert q["speaker"] is None or q["speaker"].strip() == q["speaker"] != ""
    assert ks == sorted(ks) and set(range(max(ks) + 1)) - set(ks) == _TEST7_DROPPED
    arts = {it["article"] for it in test7}
    assert len(arts) == len(test7)  # one paragraph per article
    others = [
        it
        for split in ("dev", "test", "test2", "test3", "test4", "test5", "test6")
        for it in load_split(split)
    ]
    assert not arts & {it["article"] for it in others if it["dataset"] == "saudinewsnet"}
    # nor an article of the events gold sets (matched by URL), save the factuality held-out set test4,
    # drawn at the same time: two articles are in both, with other sentences; both sets are held out,
    # so neither was ever tuning material for the other
    events = Path(__file__).resolve().parents[1] / "eval" / "events"
    urls = set()
    for path in sorted(set(events.glob("*.jsonl")) - {events / "factuality_test4.jsonl"}):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            urls.add(d.get("article_url") or d.get("url"))
    assert not {it["url"] for it in test7} & urls


# candidates of `sample_batch.py 20261212 at 190 --skip-past` dropped before annotation (8-word runs
# shared with an existing gold or events paragraph, or with an earlier candidate of the same sample)
_TEST8_DROPPED = {15, 21, 25, 29, 30, 42, 55, 62, 69, 80, 82, 85, 88, 92, 93, 97, 116, 121, 128, 130, 132,
                  135, 136, 151, 158, 163, 165, 173, 176, 180, 187}  # fmt: skip


def test_eighth_held_out_set_test8_is_consistent_and_disjoint() -> None:
    test8 = load_split("test8")
    quotes = [q for it in test8 for q in it["quotes"]]
    assert len(quotes) >= 120
    assert sum(1 for q in quotes if q["speaker"]) >= 95  # named speakers
    assert sum(1 for q in quotes if q["speaker"] is None) >= 15  # anonymous speakers
    ks = []
    for it in test8:
        m = re.fullmatch(rf"snn-{it['article']}-at(\d+)", it["id"])
        assert m and it["split"] == "test8" and it["dataset"] == "saudinewsnet" and it["lang"] == "ar"
        ks.append(int(m.group(1)))
        for q in it["quotes"]:
            assert it["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "indirect")
            assert q["speaker"] is None or q["speaker"].strip() == q["speaker"] != ""
            assert q["source"] is None or q["source"].strip() == q["source"] != ""
        spans = sorted((q["start"], q["end"]) for q in it["quotes"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no overlap
    assert ks == sorted(ks) and set(range(max(ks) + 1)) - set(ks) == _TEST8_DROPPED
    arts = {it["article"] for it in test8}
    assert len(arts) == len(test8)  # one paragraph per article
    others = [
        it
        for split in ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7")
        for it in load_split(split)
    ]
    assert not arts & {it["article"] for it in others if it["dataset"] == "saudinewsnet"}
    # nor an article of the events gold sets (matched by URL), save the factuality held-out set test5,
    # drawn from the same corpus at the same time (the lead checks that overlap at merge)
    events = Path(__file__).resolve().parents[1] / "eval" / "events"
    urls = set()
    for path in sorted(set(events.glob("*.jsonl")) - {events / "factuality_test5.jsonl"}):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            urls.add(d.get("article_url") or d.get("url"))
    assert not {it["url"] for it in test8} & urls


# candidates of `sample_batch.py 20261213 av 190 --skip-past` dropped before annotation (8-word runs
# shared with an existing gold or events paragraph; none shared one with an earlier candidate)
_TEST9_DROPPED = {6, 11, 28, 39, 40, 41, 47, 55, 58, 59, 69, 74, 76, 80, 82, 96, 99, 104, 110, 112, 129,
                  131, 133, 136, 142, 143, 146, 149, 151, 165, 173, 179, 183}  # fmt: skip


def test_ninth_held_out_set_test9_is_consistent_and_disjoint() -> None:
    test9 = load_split("test9")
    quotes = [q for it in test9 for q in it["quotes"]]
    assert len(quotes) >= 120
    assert sum(1 for q in quotes if q["speaker"]) >= 95  # named speakers
    assert sum(1 for q in quotes if q["speaker"] is None) >= 15  # anonymous speakers
    ks = []
    for it in test9:
        m = re.fullmatch(rf"snn-{it['article']}-av(\d+)", it["id"])
        assert m and it["split"] == "test9" and it["dataset"] == "saudinewsnet" and it["lang"] == "ar"
        ks.append(int(m.group(1)))
        for q in it["quotes"]:
            assert it["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "indirect")
            assert q["speaker"] is None or q["speaker"].strip() == q["speaker"] != ""
            assert q["source"] is None or q["source"].strip() == q["source"] != ""
        spans = sorted((q["start"], q["end"]) for q in it["quotes"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no overlap
    assert ks == sorted(ks) and set(range(max(ks) + 1)) - set(ks) == _TEST9_DROPPED
    arts = {it["article"] for it in test9}
    assert len(arts) == len(test9)  # one paragraph per article
    # only articles whose URL has an odd SHA-1 (the sampler's rule for this run): the factuality
    # held-out set factuality_test6, drawn from the same corpus at the same time, takes the others
    assert all(int(hashlib.sha1(it["url"].encode()).hexdigest(), 16) % 2 == 1 for it in test9)
    others = [
        it
        for split in ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8")
        for it in load_split(split)
    ]
    assert not arts & {it["article"] for it in others if it["dataset"] == "saudinewsnet"}
    # nor an article of the events gold sets (matched by URL), save factuality_test6 (see above)
    events = Path(__file__).resolve().parents[1] / "eval" / "events"
    urls = set()
    for path in sorted(set(events.glob("*.jsonl")) - {events / "factuality_test6.jsonl"}):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            urls.add(d.get("article_url") or d.get("url"))
    assert not {it["url"] for it in test9} & urls


# candidates of `sample_batch.py 20261214 aw 190 --skip-past` dropped before annotation (8-word runs
# shared with an existing gold or events paragraph; aw114 shares one with the earlier candidate aw39)
_TEST10_DROPPED = {2, 4, 5, 9, 12, 20, 24, 29, 33, 35, 48, 71, 76, 81, 82, 84, 86, 87, 90, 91, 95, 96, 99,
                   105, 109, 114, 122, 126, 134, 136, 137, 138, 143, 144, 145, 146, 148, 150, 155, 156, 173,
                   176, 177, 182, 185, 188}  # fmt: skip
_TEST10_LAST = 189  # the last of the 190 candidates: the set is the whole sample, not a prefix of it


def test_tenth_held_out_set_test10_is_consistent_and_disjoint() -> None:
    test10 = load_split("test10")
    quotes = [q for it in test10 for q in it["quotes"]]
    assert len(quotes) >= 120
    assert sum(1 for q in quotes if q["speaker"]) >= 95  # named speakers
    assert sum(1 for q in quotes if q["speaker"] is None) >= 15  # anonymous speakers
    ks = []
    for it in test10:
        m = re.fullmatch(rf"snn-{it['article']}-aw(\d+)", it["id"])
        assert m and it["split"] == "test10" and it["dataset"] == "saudinewsnet" and it["lang"] == "ar"
        ks.append(int(m.group(1)))
        for q in it["quotes"]:
            assert it["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "indirect")
            assert q["speaker"] is None or q["speaker"].strip() == q["speaker"] != ""
            assert q["source"] is None or q["source"].strip() == q["source"] != ""
        spans = sorted((q["start"], q["end"]) for q in it["quotes"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no overlap
    assert ks == sorted(ks) and max(ks) == _TEST10_LAST
    assert set(range(max(ks) + 1)) - set(ks) == _TEST10_DROPPED
    arts = {it["article"] for it in test10}
    assert len(arts) == len(test10)  # one paragraph per article
    # only articles whose URL has an odd SHA-1 (the sampler's rule for this run): the factuality
    # held-out set factuality_test7, drawn from the same corpus at the same time, takes the others
    assert all(int(hashlib.sha1(it["url"].encode()).hexdigest(), 16) % 2 == 1 for it in test10)
    others = [
        it
        for split in ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9")
        for it in load_split(split)
    ]
    assert not arts & {it["article"] for it in others if it["dataset"] == "saudinewsnet"}
    # nor an article of the events gold sets (matched by URL), save factuality_test7 (see above)
    events = Path(__file__).resolve().parents[1] / "eval" / "events"
    urls = set()
    for path in sorted(set(events.glob("*.jsonl")) - {events / "factuality_test7.jsonl"}):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            urls.add(d.get("article_url") or d.get("url"))
    assert not {it["url"] for it in test10} & urls


def test_name_matching() -> None:
    assert name_matches("دميتري بيسكوف", ["بيسكوف"])
    assert name_matches("بيسكوف", ["دميتري بيسكوف"])
    assert name_matches("الجيش التركي", ["الجيش التركي"])
    assert not name_matches("الهيئة السعودية للمواصفات", ["الهيئة"])  # a bare head is not the name
    assert not name_matches("مطار الملك خالد الدولي", ["خالد"])  # a word inside a name is not the name
    assert name_matches("الرئيس فلاديمير بوتين", ["بوتين"])
    assert not name_matches("Janet Yellen", ["Treasury Department"])


def test_scorer_runs_on_gold_entities_dev_subset() -> None:
    items = load_split("dev")[:15]
    res = score(items, Pipeline(PipelineConfig(disabled={"entities", "link"})), gold_entities=True)
    figures = res["all"].as_dict()
    assert figures["gold_quotes"] == sum(len(it["quotes"]) for it in items)
    assert 0.0 < figures["recall"] <= 1.0 and 0.0 < figures["precision"] <= 1.0
