"""The learned factuality classifier over the rules (round 17): features on hand-written Arabic sentences,
the scorer with tiny weights written here, the override margin and the no-new-leak guard, the training
command on a tiny handmade ANERcorp-format file and its refusal of any other source.

The sentences are written for these tests (none is copied from a gold set).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from events_helpers import extract
from typer.testing import CliRunner

from khabar.events import factuality_model as FM


def _feats(text: str, trigger: str, rules: str | None = "positive/asserted") -> list[str]:
    doc = extract(text)
    s = text.index(trigger)
    return FM.doc_features(doc, s, s + len(trigger), rules)


# ---------------------------------------------------------------- features
def test_negation_right_before_the_trigger():
    f = _feats("لم توقع الحكومة الاتفاق مع النقابات.", "توقع", "negative/asserted")
    assert {"R:negative/asserted", "Rp:negative", "Rm:asserted", "L1:لم", "C1:neg", "N:neg"} <= set(f)
    assert any(x in f for x in ("Tkind:verb", "Tkind:light"))  # the events lexicon's kind of توقع
    assert "R:negative/asserted|N:neg" in f


def test_cue_beyond_a_clause_boundary_is_marked_crossed():
    # «قال» governs the clause after «،» and «إن»: seen as crossed (Cx), the future verb next to the noun not
    f = _feats("وقال الوزير، إن الجيش سيشن هجوما على المتمردين.", "هجوما")
    assert "Cx:speech" in f and "C:speech" not in f
    assert "C1:fut" in f  # سيشن: سـ still on the word
    assert "Tkind:noun" in f and "T:هجوما" in f
    assert any(x.startswith("Lp") and x.endswith(":،") for x in f)


def test_right_context_and_sentence_cues():
    f = _feats("وقالت الوزارة إنها ستعقد اجتماعا الأسبوع المقبل", "اجتماعا")
    assert {"A1:الاسبوع", "A2:المقبل", "CA:futright", "SF:futright", "SB:report"} <= set(f)


def test_governing_word_of_an_event_noun():
    f = _feats("وبدأت المحادثات في القاهرة بهدف التوصل إلى اتفاق على تبادل الأسرى.", "التوصل")
    assert {"G:بهدف", "Gp:-", "Gc:aim", "Tdef"} <= set(f)
    g = _feats("وحذر الرئيس من مخاوف من نشوب اشتباكات جديدة في العاصمة.", "اشتباكات")
    assert {"G:نشوب", "C3:fear"} <= set(g)
    h = _feats("وشدد الوزير على ضرورة الانسحاب من المدن.", "الانسحاب")
    assert {"G:ضروره", "Gc:aim"} <= set(h)


def test_no_system_event_is_the_neutral_value():
    f = _feats("هاجم الجيش مواقع المتمردين أمس", "هاجم", None)
    assert "R:none" in f and not any(x.startswith(("Rp:", "Rm:")) for x in f)


def test_features_are_deterministic_and_unique():
    a = _feats("ربما تستأنف المفاوضات الأسبوع المقبل في جنيف", "تستأنف")
    assert a == _feats("ربما تستأنف المفاوضات الأسبوع المقبل في جنيف", "تستأنف")
    assert len(a) == len(set(a)) and "C1:poss" in a


# ---------------------------------------------------------------- scorer, margin and guard
LABELS = ["negative/asserted", "positive/asserted", "positive/planned"]


def _model(weights: dict[str, list[float]]) -> FM.Model:
    return FM.Model(LABELS, weights, {})


def test_scorer_softmax():
    m = _model({"bias": [0.0, 1.0, 0.0], "C1:fut": [0.0, 0.0, 3.0]})
    p = m.proba(["bias", "unknown-feature"])
    assert abs(sum(p.values()) - 1) < 1e-9 and max(p, key=p.get) == "positive/asserted"
    q = m.proba(["bias", "C1:fut"])
    assert max(q, key=q.get) == "positive/planned"
    z = sum(math.exp(v) for v in (0.0, 1.0, 3.0))
    assert q["positive/planned"] == pytest.approx(math.exp(3) / z)


def test_margin():
    p = {"negative/asserted": 0.1, "positive/asserted": 0.35, "positive/planned": 0.55}
    assert FM.decide(p, "positive/asserted", margin=0.3) == "positive/asserted"  # 0.2 < 0.3
    assert FM.decide(p, "positive/asserted", margin=0.15) == "positive/planned"
    assert FM.decide(p, "positive/planned", margin=0.0) == "positive/planned"


def test_scope():
    # scope "asserted": only a rules' positive/asserted label is open to the model
    q = {"negative/asserted": 0.1, "positive/asserted": 0.1, "positive/planned": 0.8}
    assert FM.decide(q, "negative/asserted", margin=0.0, scope="asserted") == "negative/asserted"
    assert FM.decide(q, "negative/asserted", margin=0.0, scope="all") == "negative/asserted"  # polarity kept
    assert FM.decide(q, "positive/possible", margin=0.0, scope="asserted") == "positive/possible"
    assert FM.decide(q, "positive/possible", margin=0.0, scope="all") == "positive/planned"
    # scope "class": a non-asserted label changes only within its class (hypothetical, factual, negated)
    assert FM.decide(q, "positive/possible", margin=0.0, scope="class") == "positive/planned"
    assert FM.decide(q, "positive/reported", margin=0.0, scope="class") == "positive/reported"
    assert FM.decide(q, "positive/asserted", margin=0.0, scope="class") == "positive/planned"
    h = {"positive/historical": 0.7, "positive/reported": 0.2, "positive/planned": 0.1}
    assert FM.decide(h, "positive/reported", margin=0.1, scope="class") == "positive/historical"
    assert FM.decide(h, "positive/planned", margin=0.1, scope="class") == "positive/planned"
    assert [FM.fact_class(x) for x in ("negative/planned", "positive/alleged", "positive/historical")] == [
        "negated",
        "hypothetical",
        "factual",
    ]


def test_guard_never_makes_a_new_asserted_positive():
    p = {"negative/asserted": 0.01, "positive/asserted": 0.98, "positive/planned": 0.01}
    assert FM.decide(p, "negative/asserted", margin=0.0) == "negative/asserted"
    assert FM.decide(p, "positive/planned", margin=0.0) == "positive/planned"
    assert FM.decide(p, "positive/reported", margin=0.0) == "positive/reported"
    # the polarity stays the rules': only the modality may change
    q = {"negative/asserted": 0.1, "negative/planned": 0.3, "positive/planned": 0.6}
    assert FM.decide(q, "negative/asserted", margin=0.1, scope="all") == "negative/planned"
    assert FM.decide(q, "negative/asserted", margin=0.25, scope="all") == "negative/asserted"
    r = {
        "negative/asserted": 0.7,
        "negative/planned": 0.05,
        "positive/asserted": 0.2,
        "positive/planned": 0.05,
    }
    assert FM.decide(r, "positive/asserted", margin=0.1) == "positive/asserted"  # not negative/asserted


def test_apply_on_documents(tmp_path: Path):
    # a weight pushing every Arabic event to planned, and one pushing to asserted positive
    m = _model({"bias": [0.0, 0.0, 5.0]})
    doc = extract("هاجم الجيش مواقع المتمردين أمس")
    assert [(e.polarity, e.modality) for e in doc.events] == [("positive", "asserted")]
    assert FM.apply(doc, m) == 1 and doc.events[0].modality == "planned"
    en = extract("The army attacked rebel positions on Monday.")
    before = [(e.polarity, e.modality) for e in en.events]
    assert FM.apply(en, m) == 0 and [(e.polarity, e.modality) for e in en.events] == before  # Arabic only
    neg = extract("لم يهاجم الجيش مواقع المتمردين أمس")
    assert neg.events and neg.events[0].polarity == "negative"
    assert FM.apply(neg, _model({"bias": [0.0, 9.0, 0.0]})) == 0  # no new leak
    assert (neg.events[0].polarity, neg.events[0].modality) == ("negative", "asserted")


def test_pipeline_option_loads_a_weights_file(tmp_path: Path):
    from khabar.document import Document
    from khabar.pipeline import Pipeline, PipelineConfig

    path = tmp_path / "w.json"
    path.write_text(json.dumps(_model({"bias": [0.0, 0.0, 5.0]}).to_json()), encoding="utf-8")
    text = "هاجم الجيش مواقع المتمردين أمس"
    off = Pipeline(PipelineConfig(), stages=["language", "events"])(Document(id="a", text=text))
    on = Pipeline(
        PipelineConfig(options={"events_factuality_model": str(path)}), stages=["language", "events"]
    )(Document(id="a", text=text))
    assert [e.modality for e in off.events] == ["asserted"]
    assert [e.modality for e in on.events] == ["planned"]
    with pytest.raises(ValueError, match="events_factuality_scope"):
        Pipeline(
            PipelineConfig(options={"events_factuality_model": str(path), "events_factuality_scope": "most"}),
            stages=["events"],
        )


def test_default_pipeline_is_not_shared_across_the_option(tmp_path: Path):
    from khabar.pipeline import PipelineConfig, default_pipeline

    path = tmp_path / "w.json"
    path.write_text(json.dumps(_model({"bias": [0.0, 0.0, 5.0]}).to_json()), encoding="utf-8")
    off = {"entities", "link", "times", "amounts", "quotes"}
    a = default_pipeline(PipelineConfig(disabled=set(off)))
    b = default_pipeline(PipelineConfig(disabled=set(off), options={"events_factuality_model": str(path)}))
    assert a is not b and a is default_pipeline(PipelineConfig(disabled=set(off)))


def test_shipped_weights_are_fitted_on_shareable_data_only():
    m = FM.Model.load()
    assert "positive/asserted" in m.labels and m.weights
    assert all(len(w) == len(m.labels) for w in m.weights.values())
    assert m.meta["command"].startswith("khabar train factuality")
    assert "CC BY-SA" in m.meta["license"] and "ANERcorp" in m.meta["license"]
    # ANERcorp, the Wojood sample (test18) and the protest GSR files: never a SaudiNewsNet set
    names = [d["file"] for d in m.meta["data"]]
    assert names and all(
        "anercorp" in n or n == "factuality_test18.jsonl" or n.startswith("factuality_protest_") for n in names
    )


# ---------------------------------------------------------------- training
TEXT1 = "وقالت الوزارة إن الجيش سيشن هجوما على المتمردين الأسبوع المقبل"
TEXT2 = "لم توقع الحكومة الاتفاق مع النقابات"
TEXT3 = "وهاجم الجيش مواقع المتمردين قرب الحدود أمس"
TEXT4 = "وربما تستأنف المفاوضات بين الطرفين في جنيف"


def _rec(i: int, text: str, trigger: str, pol: str, mod: str, source: str = "anercorp") -> dict:
    return {
        "id": f"aner-test-{i}",
        "lang": "ar",
        "source": source,
        "text": text,
        "trigger": trigger,
        "trigger_start": text.index(trigger),
        "type": "ASSAULT",
        "polarity": pol,
        "modality": mod,
        "split": "anercorp_A",
    }


def _write(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def _app():
    import typer

    from khabar.cli_groups import Groups
    from khabar.events.commands import register

    app, train_app = typer.Typer(), typer.Typer()
    app.add_typer(train_app, name="train")
    register(Groups(app=app, eval=typer.Typer(), train=train_app, build=typer.Typer()))
    return app


def test_train_command_on_a_tiny_file(tmp_path: Path):
    recs = [
        _rec(1, TEXT1, "هجوما", "positive", "planned"),
        _rec(2, TEXT2, "توقع", "negative", "asserted"),
        _rec(3, TEXT3, "وهاجم", "positive", "asserted"),
        _rec(4, TEXT4, "تستأنف", "positive", "possible"),
    ] * 2
    data = _write(tmp_path / "factuality_anercorp_A.jsonl", recs)
    out = tmp_path / "m.json"
    res = CliRunner().invoke(_app(), ["train", "factuality", "--data", str(data), "--out", str(out)])
    assert res.exit_code == 0, res.output
    m = FM.Model.load(out)
    assert sorted(m.labels) == [
        "negative/asserted",
        "positive/asserted",
        "positive/planned",
        "positive/possible",
    ]
    assert m.meta["records"] == 8 and [(d["file"], d["records"]) for d in m.meta["data"]] == [(data.name, 8)]
    # fitted on these examples, the model prefers each gold label on its own sentence
    from khabar.training import factuality as T

    exs = T.examples(T.load_records([data]))
    assert all(max(p := m.proba(x.feats), key=p.get) == x.gold for x in exs)
    # deterministic: the same data give the same file
    out2 = tmp_path / "m2.json"
    CliRunner().invoke(_app(), ["train", "factuality", "--data", str(data), "--out", str(out2)])
    assert out.read_text(encoding="utf-8") == out2.read_text(encoding="utf-8")


def test_train_refuses_other_sources(tmp_path: Path):
    from khabar.training import factuality as T

    data = _write(
        tmp_path / "x.jsonl",
        [
            _rec(1, TEXT3, "وهاجم", "positive", "asserted"),
            _rec(2, TEXT2, "توقع", "negative", "asserted", "saudinewsnet"),
        ],
    )
    with pytest.raises(ValueError, match="only ANERcorp"):
        T.load_records([data])
    out = tmp_path / "m.json"
    res = CliRunner().invoke(_app(), ["train", "factuality", "--data", str(data), "--out", str(out)])
    assert res.exit_code != 0 and not out.exists()
    snn = Path(__file__).resolve().parents[1] / "eval" / "events" / "factuality_test11.jsonl"
    with pytest.raises(ValueError):
        T.load_records([snn])


def test_training_examples_read_the_rules_alone(monkeypatch):
    # the model is on by default in the pipeline; its training data must carry the rules' labels
    import khabar.eval.events as ev
    from khabar.training import factuality as TF

    seen = {}
    real = ev.make_runner

    def spy(stages=ev.DEFAULT_STAGES, options=None):
        seen["options"] = options
        return real(stages, options)

    monkeypatch.setattr(ev, "make_runner", spy)
    text = "وقال المتحدث إن الجيش لم يقصف القرية."
    rec = {"id": "x-1", "lang": "ar", "source": "anercorp", "text": text, "trigger": "يقصف",
           "trigger_start": text.index("يقصف"), "type": "ASSAULT", "polarity": "negative", "modality": "asserted"}  # fmt: skip
    (example,) = TF.examples([rec])
    assert seen["options"] == {"events_factuality_model": False}
    assert example.gold == "negative/asserted"


def test_operating_point_comes_with_the_weights(tmp_path):
    """The run time uses the margin / scope a weights file was fitted for unless an option overrides them; a
    file without them (round 17's meta) runs at MARGIN / SCOPE."""
    path = tmp_path / "w.json"
    meta = {"margin": -0.3, "scope": "class"}
    path.write_text(
        json.dumps({"meta": meta, "labels": ["positive/asserted"], "weights": {}}), encoding="utf-8"
    )
    m = FM.Model.load(path)
    assert FM.operating_point(m) == (-0.3, "class")
    assert FM.operating_point(m, 0.2) == (0.2, "class")
    assert FM.operating_point(m, None, "asserted") == (-0.3, "asserted")
    bare = FM.Model(["positive/asserted"], {}, {})
    assert FM.operating_point(bare) == (FM.MARGIN, FM.SCOPE)
    with pytest.raises(ValueError, match="events_factuality_scope"):
        FM.operating_point(bare, None, "everything")
    # the shipped file names its own operating point, and it is the one the stage runs with
    shipped = FM.Model.load()
    assert FM.operating_point(shipped) == (shipped.meta["margin"], shipped.meta["scope"])
