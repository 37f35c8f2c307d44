"""Word-cluster learning of `khabar train ner`: k-means restarts and the extra unlabelled text."""

from __future__ import annotations

import numpy as np

from khabar.training.ner import PROTEST_SENTENCES, _kmeans, _read_protest_text, learn_clusters


def test_kmeans_reports_its_tightness():
    rng = np.random.default_rng(0)
    # two tight groups of unit vectors
    a = np.array([[1.0, 0.0]]) + 0.01 * rng.standard_normal((20, 2))
    b = np.array([[0.0, 1.0]]) + 0.01 * rng.standard_normal((20, 2))
    x = np.vstack([a, b])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    assign, score = _kmeans(x, 2, np.random.default_rng(1))
    assert len(set(assign[:20])) == 1 and len(set(assign[20:])) == 1 and assign[0] != assign[20]
    assert 39.9 < score <= 40.0  # every point next to its centroid


def test_clusters_with_restarts_are_deterministic():
    words = "زيد عمرو خالد قال أعلن ذكر في من إلى القاهرة دمشق بيروت".split()
    sents = []
    for i in range(60):
        sents.append(["قال", words[i % 3], "في", words[9 + i % 3]])
        sents.append(["أعلن", words[(i + 1) % 3], "من", words[9 + (i + 2) % 3]])
    one = learn_clusters(sents, seed=5, ks=(2, 3), restarts=1)
    again = learn_clusters(sents, seed=5, ks=(2, 3), restarts=1)
    three = learn_clusters(sents, seed=5, ks=(2, 3), restarts=3)
    assert one == again and set(one) == set(three)
    assert three == learn_clusters(sents, seed=5, ks=(2, 3), restarts=3)


def test_protest_sentences_are_read_but_not_the_gold_event_file(shared_data):
    folder = shared_data / "events" / "arabic-protest-gsr"
    sents = _read_protest_text(folder)
    assert len(sents) > 2000 and sum(map(len, sents)) > 80_000
    assert all(isinstance(t, str) and t for s in sents[:50] for t in s)
    assert "arabic_protest_gsr_validation.xml" not in PROTEST_SENTENCES
