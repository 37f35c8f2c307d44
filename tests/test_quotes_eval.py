"""The hand-annotated quotation set and its scorer."""

from __future__ import annotations

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
