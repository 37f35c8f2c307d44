"""Round 68: the factuality trainer's fold-out averaging (`fit_bagged`), its faster sparse products, and the
perturbations of eval/events/factuality_stability.py, on a tiny synthetic data set (no pipeline run)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

from khabar.training import factuality as TF

_SPEC = importlib.util.spec_from_file_location(
    "factuality_stability", Path(__file__).resolve().parents[1] / "eval" / "events" / "factuality_stability.py"
)
assert _SPEC is not None and _SPEC.loader is not None
S = importlib.util.module_from_spec(_SPEC)
sys.modules["factuality_stability"] = S
_SPEC.loader.exec_module(S)


def _examples() -> list[TF.Example]:
    """40 examples: a cue word decides planned vs asserted, a noise word is spread over both."""
    out = []
    for i in range(40):
        planned = i % 3 == 0
        feats = ["bias", "R:positive/asserted", "Rp:positive", "Rm:asserted", f"noise:{i % 4}"]
        feats.append("W:سوف" if planned else "W:قال")
        gold = "positive/planned" if planned else "positive/asserted"
        out.append(TF.Example(f"ex-{i}", feats, gold, "positive/asserted"))
    return out


def _reference_matrix(exs: list[TF.Example], labels: list[str], vocab: list[str], iters: int) -> np.ndarray:
    """The fit before round 68 (np.add.at products), written out again as the reference."""
    index = {f: i for i, f in enumerate(vocab)}
    pairs = [(r, index[f]) for r, x in enumerate(exs) for f in sorted(set(x.feats)) if f in index]
    rows = np.array([r for r, _ in pairs])
    cols = np.array([c for _, c in pairs])
    n, d, c = len(exs), len(vocab), len(labels)
    onehot = np.zeros((n, c))
    onehot[np.arange(n), [labels.index(x.gold) for x in exs]] = 1.0
    w = np.zeros((d, c))
    reg = np.full((d, 1), TF.L2)
    reg[index["bias"]] = 0.0
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, iters + 1):
        scores = np.zeros((n, c))
        np.add.at(scores, rows, w[cols])
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        resid = (p - onehot) / n
        g = np.zeros_like(w)
        np.add.at(g, cols, resid[rows])
        g += reg * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= TF.LR * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def test_segment_sums_match_the_add_at_fit() -> None:
    exs = _examples()
    labels, vocab = TF._labels_vocab(exs, TF.MIN_COUNT)
    new = TF._fit_matrix(exs, labels, vocab, TF.L2, 50, TF.LR, 0.0)
    assert np.allclose(new, _reference_matrix(exs, labels, vocab, 50), rtol=0, atol=1e-12)


def test_one_bag_is_the_plain_fit() -> None:
    exs = _examples()
    assert TF.fit_bagged(exs, bags=1, iters=30).weights == TF.fit(exs, iters=30).weights


def test_bagged_fit_is_the_mean_of_the_fold_out_fits() -> None:
    exs = _examples()
    labels, vocab = TF._labels_vocab(exs, TF.MIN_COUNT)
    parts = [[x for x in exs if TF.fold_of(x.id, 3) != b] for b in range(3)]
    assert all(0 < len(p) < len(exs) for p in parts)  # every fold holds some examples out
    mean = sum(TF._fit_matrix(p, labels, vocab, TF.L2, 30, TF.LR, 0.0) for p in parts) / 3
    model = TF.fit_bagged(exs, bags=3, iters=30)
    assert model.meta["bags"] == 3 and model.meta["examples"] == len(exs)
    cue = model.weights["W:سوف"]
    assert cue == [round(float(a), 3) for a in mean[vocab.index("W:سوف")]]
    # the cue still points to planned, so the averaged model decides as a fit does
    assert cue[labels.index("positive/planned")] > cue[labels.index("positive/asserted")]


def test_bagged_fit_does_not_depend_on_the_examples_order() -> None:
    exs = _examples()
    a = TF.fit_bagged(exs, bags=3, iters=20).weights
    b = TF.fit_bagged(list(reversed(exs)), bags=3, iters=20).weights
    assert a.keys() == b.keys()
    assert all(np.allclose(a[k], b[k], atol=1e-3) for k in a)


def test_fold_of_is_a_fixed_hash_of_the_id() -> None:
    folds = [TF.fold_of(f"ex-{i}", 5) for i in range(200)]
    assert folds == [TF.fold_of(f"ex-{i}", 5) for i in range(200)]
    assert set(folds) == set(range(5))


def test_the_default_setting_is_what_the_weights_meta_says() -> None:
    meta = TF.FM.Model.load().meta
    assert (meta["l2"], meta["iters"], meta["min_count"]) == (TF.L2, TF.ITERS, TF.MIN_COUNT)
    assert meta.get("bags", 1) == TF.BAGS


def test_relabel_rewrites_the_rules_features_only() -> None:
    x = TF.Example(
        "a", ["bias", "R:positive/asserted", "R:positive/asserted|N:x", "Rp:positive", "Rm:asserted",
              "NCR:asserted|aim|0", "NC:-|asserted", "W:غدا"], "positive/planned", "positive/asserted",
    )  # fmt: skip
    y = S.relabel(x, "positive/planned")
    assert y.rules == "positive/planned"
    assert y.feats == [
        "bias", "R:positive/planned", "R:positive/planned|N:x", "Rp:positive", "Rm:planned",
        "NCR:planned|aim|0", "NC:-|planned", "W:غدا",
    ]  # fmt: skip


def test_perturbations_are_deterministic_and_small() -> None:
    exs = _examples()
    d1 = S.drop_perturbation(exs, 1, 0.1)
    assert [x.id for x in d1] == [x.id for x in S.drop_perturbation(exs, 1, 0.1)]
    assert 0 < len(exs) - len(d1) < 12
    wrong = [TF.Example(x.id, x.feats, x.gold, "positive/reported") for x in exs]
    moved = S.move_perturbation(wrong, 2)
    assert sum(a.rules != b.rules for a, b in zip(wrong, moved, strict=True)) == 3
    assert moved == S.move_perturbation(wrong, 2)
