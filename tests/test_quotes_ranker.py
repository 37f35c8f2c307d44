"""The learned speaker ranker (khabar.quotes.ranker) and its training (khabar.training.quote_speakers).

Sentences written for these tests (none from an eval set); the entities given stand for what the entity
layer found. The weights used here are written by the tests, not the shipped ones (except in the test
that checks the shipped file's form)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.document import Document, Entity, Mention
from khabar.pipeline import Pipeline, PipelineConfig
from khabar.quotes.extract import extract_quotes
from khabar.quotes.ranker import FEATURES, MODEL_PATH, Candidate, load_ranker, make_reranker, quote_candidates

pytestmark = pytest.mark.usefixtures("quote_names")


def _doc(text: str, ents: list[tuple[str, str]]) -> Document:
    """``ents``: (surface, type); one mention at the surface's first occurrence."""
    out = []
    for n, (name, etype) in enumerate(ents, 1):
        i = text.find(name)
        assert i >= 0, name
        out.append(
            Entity(
                id=f"e{n}", type=etype, name=name, mentions=[Mention(start=i, end=i + len(name), text=name)]
            )
        )  # type: ignore[arg-type]
    return Document(id="t", text=text, language="ar", entities=out)


def _candidates(doc: Document) -> tuple[list, list[list[tuple[str | None, dict[str, float]]]]]:
    """The quotes of the rules and, for each, its candidates as (name, features), names read before the
    stage drops the entities it made and no quotation uses."""
    got: dict = {}

    def hook(st, quotes) -> None:  # type: ignore[no-untyped-def]
        names = {e.id: e.name for e in st.doc.entities}
        got["c"] = [
            [(names.get(c.eid) if c.eid else None, c.features) for c in cl]
            for cl in quote_candidates(st, quotes)
        ]

    quotes = extract_quotes(doc, rerank=hook)
    return quotes, got.get("c", [])


def _weights(tmp_path: Path, weights: dict[str, float], name: str = "w.json") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps({"weights": weights}), encoding="utf-8")
    return p


TEXT = (
    "وأكد وزير الخارجية المصري سامح شكري استعداد مصر لدعم الحوار. "
    "وقال شكري للصحفيين في القاهرة إن المفاوضات ستستأنف الأسبوع المقبل."
)


def _shoukry() -> Document:
    text = TEXT
    full = text.index("سامح شكري")
    short = text.index("شكري للصحفيين")
    ents = [
        Entity(id="e1", type="PERSON", name="سامح شكري", mentions=[Mention(start=full, end=full + 9, text="سامح شكري")]),
        Entity(id="e2", type="GPE", name="مصر", mentions=[Mention(start=text.index("مصر "), end=text.index("مصر ") + 3, text="مصر")]),
        Entity(id="e3", type="GPE", name="القاهرة", mentions=[Mention(start=text.index("القاهرة"), end=text.index("القاهرة") + 7, text="القاهرة")]),
        Entity(id="e4", type="PERSON", name="شكري", mentions=[Mention(start=short, end=short + 4, text="شكري")]),
    ]  # fmt: skip
    return Document(id="t", text=text, language="ar", entities=ents)


def test_features_read_subject_title_preposition_and_genitive() -> None:
    quotes, cands = _candidates(_shoukry())
    assert len(quotes) == 1 and quotes[0].kind == "indirect"
    c = dict(cands[0])
    assert list(c)[0] == "شكري" and list(c)[-1] is None  # the rules' choice first, "none" last
    assert set(c) == {"شكري", "سامح شكري", "مصر", "القاهرة", None}
    # the subject right after the quotation's own verb, in its sentence
    assert c["شكري"]["rules"] == 1 and c["شكري"]["subject_after_cue"] == 1 and c["شكري"]["same_sentence"] == 1
    # after "للصحفيين في": governed by a preposition, no subject
    assert c["القاهرة"].get("preposition") == 1 and "subject_after_verb" not in c["القاهرة"]
    assert c["القاهرة"]["type_gpe"] == 1 and "rules" not in c["القاهرة"]
    # "استعداد مصر": another noun governs it, in the sentence before
    assert c["مصر"].get("genitive") == 1 and c["مصر"].get("prev_sentence") == 1
    # "وأكد وزير الخارجية المصري سامح شكري": a title phrase after a speech verb
    assert c["سامح شكري"].get("title_before") == 1 and c["سامح شكري"].get("subject_after_verb") == 1
    assert c["سامح شكري"].get("prev_sentence") == 1 and "subject_after_cue" not in c["سامح شكري"]
    assert (
        c[None]["none"] == 1 and c[None].get("none_indirect") == 1 and c[None].get("none_named_subject") == 1
    )
    assert "none_rules_none" not in c[None]
    assert all(set(f) <= set(FEATURES) for _n, f in cands[0])
    # farther mentions have larger distances
    assert c["شكري"]["log_token_distance"] < c["سامح شكري"]["log_token_distance"]


def test_scorer_softmax_and_choice_from_a_weights_file(tmp_path: Path) -> None:
    r = load_ranker(
        _weights(tmp_path, {"rules": 1.0, "preposition": -2.0, "none": -1.0, "same_sentence": 0.5})
    )
    cands = [
        Candidate("a", {"rules": 1.0, "same_sentence": 1.0}),  # 1.5
        Candidate("b", {"same_sentence": 1.0}),  # 0.5
        Candidate("c", {"same_sentence": 1.0, "preposition": 1.0}),  # -1.5
        Candidate(None, {"none": 1.0}),  # -1.0
    ]
    p = r.probabilities(cands)
    assert abs(sum(p) - 1) < 1e-9 and p[0] > p[1] > p[3] > p[2]
    assert r.choose(cands) == "a"
    r2 = load_ranker(_weights(tmp_path, {"rules": -1.0, "none": 3.0}, "w2.json"))
    assert r2.choose(cands) is None
    # equal scores: the earlier candidate (the rules' choice comes first) stays
    r3 = load_ranker(_weights(tmp_path, {"same_sentence": 1.0}, "w3.json"))
    assert r3.choose(cands[1:3]) == "b"
    with pytest.raises(ValueError, match="unknown features"):
        load_ranker(_weights(tmp_path, {"no_such_feature": 1.0}, "bad.json"))


INJURED = (
    "كشف المصاب في حادث السير على طريق الملك فهد ناصر السبيعي عن تفاصيل الحادث، "
    "مؤكدا أن السائق كان يقود بسرعة كبيرة."
)


def test_ranker_changes_the_speaker_the_rules_chose(tmp_path: Path) -> None:
    """The rules leave the participle's quotation without a speaker («المصاب» is a description); the
    features see a known person name as the nearest mention before the cue in the same sentence, and
    weights that trust that over the rules' "none" re-pick it."""
    ents = [("الملك فهد", "PERSON"), ("ناصر السبيعي", "PERSON")]
    rules = extract_quotes(_doc(INJURED, ents))
    assert len(rules) == 1 and rules[0].speaker is None
    quotes, cands = _candidates(_doc(INJURED, ents))
    c = dict(cands[0])
    assert c["ناصر السبيعي"].get("known_nearest_before") == 1 and "known_nearest_before" not in c["الملك فهد"]
    assert c[None].get("none_rules_none") == 1
    w = _weights(tmp_path, {"none_rules_none": 1.0, "known_nearest_before": 2.0, "known_name": 0.5})
    doc = _doc(INJURED, ents)
    doc.quotes = extract_quotes(doc, rerank=make_reranker(w))
    assert [doc.entity(q.speaker).name for q in doc.quotes if q.speaker] == ["ناصر السبيعي"]
    Document.model_validate(doc.to_dict())
    # the same weights leave a quotation whose rules' speaker is the subject of its verb alone
    doc2 = _shoukry()
    doc2.quotes = extract_quotes(
        doc2, rerank=make_reranker(_weights(tmp_path, {"rules": 3.0, "known_nearest_before": 2.0}, "w2.json"))
    )
    assert [doc2.entity(q.speaker).name for q in doc2.quotes] == ["شكري"]


def test_pipeline_option_switches_the_ranker(tmp_path: Path) -> None:
    w = _weights(tmp_path, {"none": 10.0})  # "none" always wins: every Arabic speaker goes
    stages = ["language", "quotes"]
    off = Pipeline(PipelineConfig(), stages=stages)(_shoukry())
    on = Pipeline(PipelineConfig(options={"quotes_speaker_ranker": str(w)}), stages=stages)(_shoukry())
    assert [q.speaker for q in off.quotes] == ["e4"]
    assert [q.speaker for q in on.quotes] == [None] and not on.errors
    # English quotations are left to the rules
    en = Document(id="en", text='"We will not stop," said John Smith.', language="en")
    en.entities = [
        Entity(
            id="e1", type="PERSON", name="John Smith", mentions=[Mention(start=25, end=35, text="John Smith")]
        )
    ]
    got = Pipeline(PipelineConfig(options={"quotes_speaker_ranker": str(w)}), stages=stages)(en)
    assert [q.speaker for q in got.quotes] == ["e1"]


def _record(rid: str, text: str, quotes: list[dict], dataset: str = "anercorp") -> dict:
    out = []
    for q in quotes:
        s = text.index(q["text"])
        out.append({**q, "start": s, "end": s + len(q["text"])})
    return {"id": rid, "lang": "ar", "dataset": dataset, "part": "train", "index": 0, "before": "", "text": text,
            "quotes": out, "split": "anercorp_A"}  # fmt: skip


def _tiny_file(tmp_path: Path, dataset: str = "anercorp") -> Path:
    recs = [
        _record("aner-train-1", "وقال وزير الخارجية عمرو موسى إن الجامعة العربية سترسل وفدا إلى بغداد الأسبوع المقبل.",
                [{"text": "الجامعة العربية سترسل وفدا إلى بغداد الأسبوع المقبل", "kind": "indirect", "speaker": "عمرو موسى", "source": None}], dataset),
        _record("aner-train-2", "وأعلن الرئيس جاك شيراك في باريس أن فرنسا تعارض الحرب على العراق.",
                [{"text": "فرنسا تعارض الحرب على العراق", "kind": "indirect", "speaker": "جاك شيراك", "source": None}], dataset),
        _record("aner-train-3", "وقال مصدر دبلوماسي إن المحادثات ستستأنف في جنيف.",
                [{"text": "المحادثات ستستأنف في جنيف", "kind": "indirect", "speaker": None, "source": None}], dataset),
    ]  # fmt: skip
    p = tmp_path / "anercorp_tiny.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return p


def _cli(args: list[str]):  # type: ignore[no-untyped-def]
    from khabar.cli import get_app

    return CliRunner().invoke(get_app(), args)


def test_training_command_fits_and_writes_the_model(tmp_path: Path) -> None:
    data = _tiny_file(tmp_path)
    out = tmp_path / "ranker.json"
    res = _cli(["train", "quote-speakers", "--data", str(data), "--out", str(out), "--l2", "1"])
    assert res.exit_code == 0, res.output
    m = json.loads(out.read_text(encoding="utf-8"))
    assert set(m["weights"]) == set(FEATURES)
    assert m["training_data"] == ["anercorp_tiny.jsonl"] and m["records"] == 3 and m["groups"] == 3
    assert len(m["training_sha256"]["anercorp_tiny.jsonl"]) == 64
    assert "ANERcorp" in m["attribution"] and m["license"] == "CC BY-SA 4.0"
    assert m["command"].startswith("khabar train quote-speakers")
    assert m["fit_accuracy"]["rules"]["speaker_n"] == 2
    # the rules' right choices teach that the rules' choice and a named subject score high
    assert m["weights"]["rules"] > 0
    # deterministic: the same data give the same file
    out2 = tmp_path / "ranker2.json"
    assert (
        _cli(["train", "quote-speakers", "--data", str(data), "--out", str(out2), "--l2", "1"]).exit_code == 0
    )
    assert out.read_bytes() == out2.read_bytes()
    # and the file loads as a ranker
    assert load_ranker(out).weights == m["weights"]


def test_training_refuses_data_that_is_not_anercorp(tmp_path: Path) -> None:
    data = _tiny_file(tmp_path, dataset="saudinewsnet")
    out = tmp_path / "ranker.json"
    res = _cli(["train", "quote-speakers", "--data", str(data), "--out", str(out)])
    assert res.exit_code != 0 and not out.exists()
    from khabar.training.anercorp_text import NotAnercorp
    from khabar.training.quote_speakers import load_records

    with pytest.raises(NotAnercorp, match="only ANERcorp"):
        load_records([data])
    # one foreign record in an ANERcorp file refuses the whole file
    foreign = data.read_text(encoding="utf-8").splitlines()[0]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(_tiny_file(tmp_path).read_text(encoding="utf-8") + foreign + "\n", encoding="utf-8")
    with pytest.raises(NotAnercorp):
        load_records([mixed])


def test_shipped_model_is_anercorp_only_and_loads() -> None:
    m = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert m["training_data"] and all(n.startswith("anercorp") for n in m["training_data"])
    assert m["license"] == "CC BY-SA 4.0" and "ANERcorp" in m["attribution"]
    assert set(m["weights"]) <= set(FEATURES) and m["records"] > 0
    assert load_ranker().weights == {k: float(v) for k, v in m["weights"].items()}


def test_eval_command_scores_a_file_with_and_without_the_ranker(tmp_path: Path) -> None:
    data = _tiny_file(tmp_path)
    base = ["eval", "quotes", "--file", str(data), "--part", "train", "--json"]
    off = _cli(base)
    assert off.exit_code == 0, off.output
    f_off = json.loads(off.output)["all"]
    assert f_off["speaker_n"] == 2 and f_off["anonymous_n"] == 1
    w = _weights(tmp_path, {"none": 10.0})  # "none" always wins: no named speaker is right
    on = _cli([*base, "--ranker", "--ranker-model", str(w)])
    assert on.exit_code == 0, on.output
    f_on = json.loads(on.output)["all"]
    assert f_on["speaker_accuracy"] == 0.0 and f_on["anonymous_accuracy"] == 1.0
    assert f_off["speaker_accuracy"] > 0
    # a part with no items is refused
    res = _cli(["eval", "quotes", "--file", str(data), "--part", "test"])
    assert res.exit_code != 0 and "no items" in res.output


def test_a_failing_ranker_leaves_the_rules_speakers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.quotes import ranker as R

    def boom(st, quotes, ranker) -> None:  # type: ignore[no-untyped-def]
        for q in quotes:
            q.speaker = None
        raise RuntimeError("boom")

    monkeypatch.setattr(R, "rerank", boom)
    doc = _shoukry()
    doc.quotes = extract_quotes(doc, rerank=make_reranker(_weights(tmp_path, {"none": 5.0})))
    assert [q.speaker for q in doc.quotes] == ["e4"]
