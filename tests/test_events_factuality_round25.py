"""Round 25: the learned factuality classifier's training data and operating point.

The trainer accepts Wojood-sample records besides ANERcorp and still refuses SaudiNewsNet; a negative
override margin is leak-averse; the cross-fit takes any number of folds; the leaks-first selection rule
on small synthetic grids. The sentences are written for these tests (none is copied from a gold set).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.events import factuality_model as FM
from khabar.training import factuality as T
from khabar.training.factuality import Example

REPO = Path(__file__).resolve().parents[1]
TEXT = "وقالت الوزارة إن الجيش سيشن هجوما على المتمردين الأسبوع المقبل"


def _rec(i: int, source: str) -> dict:
    return {"id": f"r25-{i}", "lang": "ar", "source": source, "text": TEXT, "trigger": "هجوما",
            "trigger_start": TEXT.index("هجوما"), "type": "ASSAULT", "polarity": "positive",
            "modality": "planned"}  # fmt: skip


def _write(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


# ---------------------------------------------------------------- training data and license
def test_trainer_accepts_wojood_and_refuses_saudinewsnet(tmp_path: Path):
    both = _write(tmp_path / "ok.jsonl", [_rec(1, "anercorp"), _rec(2, "wojood-sample")])
    recs = T.load_records([both])
    assert [r["source"] for r in recs] == ["anercorp", "wojood-sample"]
    assert "Wojood" in T.license_text(recs) and "ANERcorp" in T.license_text(recs)
    assert T.license_text(recs[:1]) == T.ATTRIBUTION  # ANERcorp alone: the round-17 text, unchanged
    for bad in ("saudinewsnet", None, "wojood"):
        path = _write(tmp_path / "bad.jsonl", [_rec(1, "anercorp"), _rec(3, bad)])  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="evaluation only"):
            T.load_records([path])
    # the real files: the Wojood sample set loads, a SaudiNewsNet set is refused
    assert len(T.load_records([REPO / "eval" / "events" / "factuality_test18.jsonl"])) == 85
    with pytest.raises(ValueError, match="saudinewsnet|None"):
        T.load_records([REPO / "eval" / "events" / "factuality_test11.jsonl"])


def test_quote_speaker_data_stay_anercorp_only(tmp_path: Path):
    from khabar.training.anercorp_text import NotAnercorp, read_annotations

    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps({"dataset": "wojood-sample"}) + "\n", encoding="utf-8")
    with pytest.raises(NotAnercorp, match="only ANERcorp"):
        read_annotations([path], "dataset", "quotation")


def test_train_writes_the_wojood_attribution(tmp_path: Path):
    data = _write(tmp_path / "w.jsonl", [_rec(1, "wojood-sample"), _rec(2, "anercorp")] * 2)
    res = T.train([data], tmp_path / "m.json")
    m = FM.Model.load(tmp_path / "m.json")
    assert res["records"] == 4 and "Wojood" in m.meta["license"] and "MIT" in m.meta["license"]


# ---------------------------------------------------------------- leak-averse margin
def test_negative_margin_is_leak_averse():
    p = {
        "negative/asserted": 0.05,
        "positive/asserted": 0.55,
        "positive/planned": 0.3,
        "positive/possible": 0.1,
    }
    ap = FM.ASSERTED_POSITIVE
    # the model prefers the rules' asserted: a margin >= 0 keeps it, a negative one lets planned in
    assert FM.decide(p, ap, margin=0.1) == ap and FM.decide(p, ap, margin=0.0) == ap
    assert FM.decide(p, ap, margin=-0.2) == ap  # 0.3 - 0.55 = -0.25 < -0.2
    assert FM.decide(p, ap, margin=-0.3) == "positive/planned"
    # never another polarity, never a new asserted positive, scope "asserted" leaves other labels alone
    q = {"negative/asserted": 0.6, "positive/asserted": 0.3, "positive/planned": 0.1}
    assert FM.decide(q, ap, margin=-0.5) == "positive/planned"  # not negative/asserted
    assert FM.decide(q, "positive/planned", margin=-0.5, scope="all") == "positive/planned"
    assert FM.decide(p, "positive/possible", margin=-0.5) == "positive/possible"
    assert FM.decide(p, "positive/possible", margin=-0.5, scope="all") == "positive/planned"
    # scope "class": a hypothetical label stays hypothetical
    r = {"positive/asserted": 0.5, "positive/reported": 0.3, "positive/possible": 0.2}
    assert FM.decide(r, "positive/possible", margin=-0.5, scope="class") == "positive/possible"
    with pytest.raises(ValueError):
        FM.decide(p, ap, margin=-0.1, scope="most")


def test_pipeline_margin_option(tmp_path: Path):
    from khabar.document import Document
    from khabar.pipeline import Pipeline, PipelineConfig

    # asserted 0.5 > planned 0.37 (weights: log-odds 0.3): kept at the default margin, changed at -0.2
    w = {"labels": ["negative/asserted", "positive/asserted", "positive/planned"],
         "weights": {"bias": [-5.0, 0.3, 0.0]}, "meta": {}}  # fmt: skip
    path = tmp_path / "w.json"
    path.write_text(json.dumps(w), encoding="utf-8")
    text = "قصفت الطائرات مواقع المسلحين قرب النهر"

    def run(**opts: object) -> list[str]:
        cfg = PipelineConfig(options={"events_factuality_model": str(path), **opts})
        return [
            e.modality
            for e in Pipeline(cfg, stages=["language", "events"])(Document(id="a", text=text)).events
        ]

    assert run() == ["asserted"]
    assert run(events_factuality_margin=-0.2) == ["planned"]
    assert run(events_factuality_margin=0.1) == ["asserted"]


# ---------------------------------------------------------------- cross-fit and selection rules
def _row(l2: float, margin: float, modality: float, klass: float, leaks: int, rules_leaks: int = 10) -> dict:
    return {"l2": l2, "scope": "asserted", "margin": margin,
            "rules": {"modality": 0.8, "class": 0.85, "both": 0.78, "leaks": rules_leaks},
            "model": {"modality": modality, "class": klass, "both": modality - 0.01, "leaks": leaks}}  # fmt: skip


def test_select_leaks_first_on_a_small_grid():
    grid = [
        _row(0.001, 0.1, 0.830, 0.880, 8),  # best modality and class
        _row(0.001, 0.0, 0.827, 0.875, 6),  # within half a point, fewer leaks
        _row(0.001, -0.2, 0.826, 0.870, 5),  # within half a point, fewest leaks: picked
        _row(0.001, -0.5, 0.820, 0.860, 2),  # fewest leaks of all, but 1 point of modality lost
        _row(0.003, -0.5, 0.829, 0.879, 3, rules_leaks=2),  # more leaks than the rules: never
    ]
    assert T.select_leaks_first(grid)["margin"] == -0.2
    assert T.select_leaks_first(grid, tolerance=0.02)["margin"] == -0.5
    assert T.select_leaks_first(grid, tolerance=0.0)["margin"] == 0.1
    assert T.select_class_first(grid)["margin"] == 0.1  # round 17's rule on the same grid
    # ties on leaks: the higher class accuracy, then modality, then the larger margin and L2
    tie = [
        _row(0.001, -0.1, 0.828, 0.870, 5),
        _row(0.003, -0.3, 0.826, 0.875, 5),
        _row(0.01, -0.3, 0.826, 0.875, 5),
    ]
    assert (T.select_leaks_first(tie)["l2"], T.select_leaks_first(tie)["margin"]) == (0.01, -0.3)
    tie.append(_row(0.0003, -0.2, 0.826, 0.875, 5))
    assert (T.select_leaks_first(tie)["l2"], T.select_leaks_first(tie)["margin"]) == (0.0003, -0.2)
    assert (
        T.select_leaks_first([_row(0.001, 0.1, 0.83, 0.88, 11)]) is None and T.select_leaks_first([]) is None
    )


def _ex(i: int, gold: str, cue: str | None) -> Example:
    feats = ["bias", "R:positive/asserted", "Rp:positive", "Rm:asserted"] + ([cue] if cue else [])
    return Example(f"s{i}", feats, gold, "positive/asserted")


def test_cross_fit_takes_any_number_of_folds():
    # three folds, each with planned events marked by a future cue the rules missed and asserted ones
    folds = [
        [_ex(10 * k + i, "positive/planned", "C1:fut") for i in range(3)]
        + [_ex(10 * k + 5 + i, "positive/asserted", None) for i in range(3)]
        for k in range(3)
    ]
    res = T.cross_fit(folds, l2s=(0.001,), margins=(-0.2, 0.1), scopes=("asserted",), select="leaks")
    assert res["folds"] == [6, 6, 6] and res["select"] == "leaks" and len(res["grid"]) == 2
    assert all(r["found"] == 18 and r["rules"]["leaks"] == 9 for r in res["grid"])
    best = res["best"]
    assert best["model"]["leaks"] == 0 and best["model"]["modality"] == 1.0
    with pytest.raises(ValueError):
        T.cross_fit(folds[:1])
    with pytest.raises(ValueError):
        T.cross_fit(folds, select="modality")
