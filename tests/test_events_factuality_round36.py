"""Round 36: the learned factuality classifier learns from the protest GSR annotations and reads the
nearest cue with what lies between it and the trigger.

The trainer accepts ``"source": "arabic-protest-gsr"`` (MIT) besides ANERcorp and the Wojood sample and
still refuses SaudiNewsNet; the "near" feature family; a weights file's families drive its run-time
features; the bare command's data. The sentences are written for these tests (none is copied from a gold
set).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.events import factuality_model as FM
from khabar.text.tokenize import tokenize
from khabar.training import factuality as T

REPO = Path(__file__).resolve().parents[1]
TEXT = "وقال المحتجون إن الشرطة ستفرق الاعتصام أمام البرلمان غدا"


TOLD = "فرقت الشرطة الاعتصام أمام البرلمان أمس"


def _rec(i: int, source: str | None, modality: str = "planned", text: str = TEXT) -> dict:
    return {"id": f"r36-{i}", "lang": "ar", "source": source, "text": text, "trigger": "الاعتصام",
            "trigger_start": text.index("الاعتصام"), "type": "PROTEST", "polarity": "positive",
            "modality": modality}  # fmt: skip


def _write(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


# ---------------------------------------------------------------- training data and license
def test_trainer_accepts_protest_gsr_and_still_refuses_saudinewsnet(tmp_path: Path):
    ok = _write(tmp_path / "ok.jsonl", [_rec(1, "anercorp"), _rec(2, "arabic-protest-gsr")])
    recs = T.load_records([ok])
    assert [r["source"] for r in recs] == ["anercorp", "arabic-protest-gsr"]
    lic = T.license_text(recs)
    assert "ANERcorp" in lic and "UniversalPetrarch" in lic and "MIT" in lic and "Wojood" not in lic
    assert T.license_text(recs[:1]) == T.ATTRIBUTION  # ANERcorp alone: unchanged
    three = T.license_text([*recs, _rec(3, "wojood-sample")])
    assert three == T.ATTRIBUTION + T.WOJOOD_ATTRIBUTION + T.PROTEST_ATTRIBUTION
    for bad in ("saudinewsnet", None, "arabic-protest", "protest-gsr"):
        path = _write(tmp_path / "bad.jsonl", [_rec(1, "arabic-protest-gsr"), _rec(4, bad)])
        with pytest.raises(ValueError, match="evaluation only"):
            T.load_records([path])
    with pytest.raises(ValueError, match="saudinewsnet|None"):
        T.load_records([REPO / "eval" / "events" / "factuality_test11.jsonl"])


def test_train_writes_the_protest_attribution_and_families(tmp_path: Path):
    recs = [_rec(1, "arabic-protest-gsr"), _rec(2, "anercorp", "asserted", TOLD)] * 2
    data = _write(tmp_path / "p.jsonl", recs)
    T.train([data], tmp_path / "m.json", families=("near",))
    m = FM.Model.load(tmp_path / "m.json")
    assert "UniversalPetrarch" in m.meta["license"] and m.meta["families"] == ["near"]
    assert m.families == frozenset({"near"})
    assert any(f.startswith("NC") for f in m.weights)  # the family's features were fitted
    T.train([data], tmp_path / "r17.json", families=())
    m17 = FM.Model.load(tmp_path / "r17.json")
    assert "families" not in m17.meta and m17.families == frozenset()
    assert not any(f.startswith("NC") for f in m17.weights)


def test_shareable_data_is_the_shareable_files_that_exist():
    # the bare command fits the shipped weights' data (every shareable file, session of 2026-12-06c), features
    # ("near") and operating point (-0.2 since session 2026-12-06d), and the shipped file says so in its meta
    assert [p.name for p in T.ANERCORP] == ["factuality_anercorp_A.jsonl", "factuality_anercorp_B.jsonl"]
    assert T.DATA == T.SHAREABLE and T.FAMILIES == ("near",) and T.MARGIN == -0.2
    shipped = FM.Model.load().meta
    assert shipped["families"] == ["near"] and shipped["margin"] == T.MARGIN and shipped["scope"] == "asserted"
    assert [d["file"] for d in shipped["data"]] == [p.name for p in T.shareable_data()]
    assert "UniversalPetrarch" in shipped["license"] and "Wojood" in shipped["license"]
    paths = T.shareable_data()
    names = [p.name for p in paths]
    assert names[:3] == [
        "factuality_anercorp_A.jsonl",
        "factuality_anercorp_B.jsonl",
        "factuality_test18.jsonl",
    ]
    assert set(names) <= {p.name for p in T.SHAREABLE} and all(p.is_file() for p in paths)
    assert T.load_records(paths)  # every default file is a shareable one
    assert {r["source"] for r in T.load_records(paths)} <= set(T.SOURCES)


# ---------------------------------------------------------------- the "near" family
def _near(text: str, trig: str, others: tuple[str, ...] = (), rules: str = "positive/asserted") -> list[str]:
    s = text.index(trig)
    spans = [(text.index(o), text.index(o) + len(o)) for o in others]
    feats = FM.features(tokenize(text), s, s + len(trig), rules, others=spans, families=frozenset({"near"}))
    return [f for f in feats if f.startswith("NC")]


def test_near_reads_the_nearest_cue_its_distance_and_what_lies_between():
    # a cue right before the trigger, nothing between
    f = _near("قالت الحكومة إنها ربما تؤجل الانتخابات", "تؤجل")
    assert "NC:poss|1" in f and "NC:poss|-" in f and "NCR:asserted|poss|-" in f
    # a comma, a conjunction «ثم» (a clause word too) and another event trigger lie between cue and trigger
    text = "نفى المتحدث وقوع الانفجار، ثم اعتقلت الشرطة عشرة أشخاص"
    f = _near(text, "اعتقلت", others=("الانفجار",))
    # (نفى is six tokens back, the comma counted; a speech verb in the cue lists)
    assert "NC:speech|6-8|clause+comma+conj+event" in f and "NCR:asserted|speech|clause+comma+conj+event" in f
    assert not any(x.endswith("|-") for x in f)
    # without the other trigger: no "event" flag
    assert not any("event" in x for x in _near(text, "اعتقلت"))
    # no cue at all: the rules' modality alone
    assert _near("اعتقلت الشرطة عشرة أشخاص في المدينة", "اعتقلت") == ["NC:-|asserted"]


def test_families_default_to_round_17_and_unknown_ones_are_refused():
    text = "قالت الحكومة إنها ربما تؤجل الانتخابات"
    s = text.index("تؤجل")
    base = FM.features(tokenize(text), s, s + 4, "positive/asserted")
    assert not any(f.startswith("NC") for f in base)
    near = FM.features(tokenize(text), s, s + 4, "positive/asserted", families=frozenset({"near"}))
    assert near[: len(base)] == base and len(near) > len(base)
    with pytest.raises(ValueError, match="unknown factuality feature families"):
        FM.features(tokenize(text), s, s + 4, "positive/asserted", families=frozenset({"nearest"}))


def test_the_weights_families_drive_the_run_time_features(tmp_path: Path):
    from khabar.document import Document
    from khabar.pipeline import Pipeline, PipelineConfig

    # only a "near" feature (no cue before the trigger) favours planned: the weights move the label only when
    # their meta lists the family
    labels = ["positive/asserted", "positive/planned"]
    weights = {"bias": [0.0, 0.0], "NC:-|asserted": [0.0, 3.0]}
    text = "قصفت الطائرات مواقع المسلحين قرب النهر"

    def run(meta: dict) -> list[str]:
        path = tmp_path / "w.json"
        path.write_text(json.dumps({"labels": labels, "weights": weights, "meta": meta}), encoding="utf-8")
        cfg = PipelineConfig(options={"events_factuality_model": str(path)})
        doc = Pipeline(cfg, stages=["language", "events"])(Document(id="a", text=text))
        return [e.modality for e in doc.events]

    assert run({}) == ["asserted"]
    assert run({"families": ["near"]}) == ["planned"]


def test_cross_fit_joins_files_into_one_fold(tmp_path: Path):
    from store_fixtures import run_cli

    a = _write(tmp_path / "a.jsonl", [_rec(1, "anercorp")] * 3)
    b = _write(tmp_path / "b.jsonl", [_rec(2, "arabic-protest-gsr")] * 2)
    c = _write(tmp_path / "c.jsonl", [_rec(3, "wojood-sample")] * 2)
    res = run_cli("train", "factuality", "--cross-fit", "--data", str(a), "--data", f"{b},{c}")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["folds"] == [3, 4]
    bad = _write(tmp_path / "snn.jsonl", [_rec(4, "saudinewsnet")])
    res = run_cli("train", "factuality", "--cross-fit", "--data", str(a), "--data", f"{b},{bad}")
    assert res.exit_code != 0 and "evaluation only" in res.output
