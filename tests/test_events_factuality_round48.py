"""Round 48: the learned factuality classifier may learn from the sentences the project's annotators wrote.

The trainer accepts ``"source": "khabar-authored"`` (``eval/events/factuality_authored1.jsonl`` ... ``4``, the
project's own text, CC BY-SA 4.0) besides ANERcorp, the Wojood sample and the protest GSR sentences, names them in
the weights' license text, and still refuses SaudiNewsNet. The sentences are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.events import factuality_model as FM
from khabar.training import factuality as T

REPO = Path(__file__).resolve().parents[1]
TEXT = "وقالت النقابة إن العمال سينظمون اعتصاما أمام الوزارة الأسبوع المقبل"
TOLD = "نظم العمال اعتصاما أمام الوزارة صباح أمس"


def _rec(i: int, source: str | None, modality: str = "planned", text: str = TEXT) -> dict:
    return {"id": f"r48-{i}", "lang": "ar", "source": source, "text": text, "trigger": "اعتصاما",
            "trigger_start": text.index("اعتصاما"), "type": "PROTEST", "polarity": "positive",
            "modality": modality}  # fmt: skip


def _write(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def test_trainer_accepts_authored_sentences_and_still_refuses_saudinewsnet(tmp_path: Path):
    ok = _write(tmp_path / "ok.jsonl", [_rec(1, "anercorp"), _rec(2, "khabar-authored")])
    recs = T.load_records([ok])
    assert [r["source"] for r in recs] == ["anercorp", "khabar-authored"]
    lic = T.license_text(recs)
    assert lic == T.ATTRIBUTION + T.AUTHORED_ATTRIBUTION
    assert "written for khabar" in lic and "CC BY-SA 4.0" in T.AUTHORED_ATTRIBUTION
    assert T.license_text(recs[:1]) == T.ATTRIBUTION  # ANERcorp alone: unchanged
    for bad in ("saudinewsnet", None, "authored", "khabar"):
        path = _write(tmp_path / "bad.jsonl", [_rec(1, "khabar-authored"), _rec(3, bad)])
        with pytest.raises(ValueError, match="evaluation only"):
            T.load_records([path])
    with pytest.raises(ValueError, match="saudinewsnet|None"):
        T.load_records([REPO / "eval" / "events" / "factuality_test11.jsonl"])


def test_the_authored_files_load_and_train_with_their_attribution(tmp_path: Path):
    recs = T.load_records(T.AUTHORED)
    assert len(recs) == 800 and {r["source"] for r in recs} == {"khabar-authored"}
    recs2 = [_rec(1, "khabar-authored"), _rec(2, "khabar-authored", "asserted", TOLD)] * 2
    data = _write(tmp_path / "a.jsonl", recs2)
    T.train([data], tmp_path / "m.json")
    m = FM.Model.load(tmp_path / "m.json")
    assert m.meta["license"].endswith(T.AUTHORED_ATTRIBUTION) and m.meta["records"] == 4


def test_source_weights_weigh_a_source_and_default_to_the_unweighted_fit(tmp_path: Path):
    recs = [_rec(1, "anercorp", "asserted", TOLD), _rec(2, "khabar-authored"), _rec(3, "anercorp")] * 2
    run = None
    exs = T.examples(recs, run)
    assert [x.weight for x in exs] == [1.0] * 6
    weighed = T.examples(recs, run, source_weights={"khabar-authored": 0.5})
    assert [x.weight for x in weighed] == [1.0, 0.5, 1.0] * 2
    assert [x.feats for x in weighed] == [x.feats for x in exs]
    base = T.fit(exs)
    assert T.fit(T.examples(recs, run, source_weights={"khabar-authored": 1.0})).weights == base.weights
    half = T.fit(weighed)
    assert half.weights != base.weights and half.weights["bias"] != base.weights["bias"]
    data = _write(tmp_path / "w.jsonl", recs)
    T.train([data], tmp_path / "w.json", source_weights={"khabar-authored": 0.5})
    assert FM.Model.load(tmp_path / "w.json").meta["source_weights"] == {"khabar-authored": 0.5}
    T.train([data], tmp_path / "u.json")
    assert "source_weights" not in FM.Model.load(tmp_path / "u.json").meta
