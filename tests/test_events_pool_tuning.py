"""eval/events/pool_tuning.py pools per-set factuality figures by found items and by group."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "events"))
from pool_tuning import GROUPS, label_errors, pool  # noqa: E402


def _set(d: Path, name: str, gold: int, found: int, mod: float, typ: float, leaks: int, hyp: int) -> None:
    a = {
        "gold": gold,
        "found": found,
        "modality_accuracy": mod,
        "type_accuracy": typ,
        "output_as_asserted_positive": leaks,
        "negated_or_hypothetical_gold": hyp,
    }
    (d / f"f_{name}.json").write_text(json.dumps({"factuality": {"all": a}}), encoding="utf-8")


def test_pool_by_found_items_and_group(tmp_path: Path) -> None:
    _set(tmp_path, "dev2", 10, 8, 0.75, 1.0, 1, 4)  # 6 of 8 right
    _set(tmp_path, "pA", 20, 2, 0.5, 0.5, 2, 5)  # 1 of 2 right; a training file of the classifier
    (tmp_path / "plover.json").write_text("{}", encoding="utf-8")  # guards are not factuality sets
    every = pool(tmp_path, GROUPS["all"])
    assert every == {
        "gold": 30,
        "found": 10,
        "detection": 0.3333,
        "modality": 0.7,
        "type": 0.9,
        "leaks": 3,
        "negated_or_hypothetical": 9,
    }
    snn = pool(tmp_path, GROUPS["saudinewsnet"])
    assert (snn["found"], snn["modality"], snn["leaks"]) == (8, 0.75, 1)
    assert pool(tmp_path, GROUPS["protest"])["modality"] == 0.5
    assert pool(tmp_path, GROUPS["anercorp"])["found"] == 0
    _set(tmp_path, "dev6", 10, 10, 0.5, 1.0, 0, 3)  # the fresh tuning sets stay out of the SaudiNewsNet group
    assert pool(tmp_path, GROUPS["saudinewsnet"])["found"] == 8
    assert pool(tmp_path, GROUPS["dev6_to_dev9"])["found"] == 10
    assert pool(tmp_path, GROUPS["all"])["found"] == 20


def test_label_errors_pool_the_off_diagonal_cells(tmp_path: Path) -> None:
    def write(name: str, confusion: dict) -> None:
        block = {"factuality": {"all": {"label_confusion": confusion}}}
        (tmp_path / f"f_{name}.json").write_text(json.dumps(block), encoding="utf-8")

    write("test20", {"positive/planned": {"positive/asserted": 2, "positive/planned": 5}})
    write("test23", {"positive/planned": {"positive/asserted": 1}, "positive/reported": {"positive/asserted": 3}})
    assert label_errors(tmp_path) == {
        "positive/planned -> positive/asserted": 3,
        "positive/reported -> positive/asserted": 3,
    }
    assert list(label_errors(tmp_path))[0] == "positive/planned -> positive/asserted"  # ties keep first-seen order
