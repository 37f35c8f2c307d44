"""The HTML extraction scorer on a slice of the article-extraction benchmark."""

from __future__ import annotations

from khabar.eval.html import evaluate, prf


def test_prf_counts_token_overlap() -> None:
    p, r, f, tp, n_pred, n_gold = prf("The cat sat. Share!", "the cat sat on the mat")
    assert (tp, n_pred, n_gold) == (3, 4, 6)
    assert p == 0.75 and r == 0.5 and abs(f - 0.6) < 1e-9
    assert prf("", "gold text")[2] == 0.0


def test_khabar_beats_trafilatura_default_on_a_slice(shared_data) -> None:
    bench = shared_data / "html" / "article-extraction-benchmark"
    rows = {r["extractor"]: r for r in evaluate(bench, limit=12)}
    assert rows["khabar"]["pages"] == 12 and rows["khabar"]["empty"] == 0
    assert rows["khabar"]["f1"] > 0.9
    assert rows["khabar"]["f1"] >= rows["trafilatura default"]["f1"]
