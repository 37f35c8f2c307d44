"""USE-multilingual piece-embedding word vectors and their k-means clusters (NER features)."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.entities import usevec as U
from khabar.entities.features import FeatureExtractor, Lexicon

WORDS = ["وزارة", "الوزارة", "لوزارة", "وزير", "شركة", "الشركة", "شركات", "قال", "وقال", "قالت",
         "موسكو", "روسيا", "باريس", "فرنسا", "محمد", "أحمد", "علي", "كرة", "القدم", "مباراة"]  # fmt: skip


def test_stem_strips_proclitics_and_article_on_raw_letters():
    assert U.stem("وبالعاصمة") == "عاصمة"
    assert U.stem("للأنباء") == "أنباء"
    assert U.stem("موسكو") == "موسكو"
    assert U.clean("مُحَمَّـد") == "محمد"


def test_word_vectors_put_inflections_together():
    use = U.learn(WORDS, (4,), seed=1)
    v = use.vectors(["وزارة", "لوزارة", "مباراة"])
    assert v.shape == (3, 512)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2]


def test_learning_is_deterministic_and_centroids_round_trip(tmp_path):
    a = U.learn(WORDS, (3, 6), seed=7)
    b = U.learn(WORDS, (3, 6), seed=7)
    assert [a.ids(w) for w in WORDS] == [b.ids(w) for w in WORDS]
    path = tmp_path / U.CENTROIDS_FILE
    a.save(path)
    c = U.UseClusters.load(path)
    assert [len(x) for x in c.centroids] == [3, 6]
    # float16 storage: the same nearest centroids for (nearly) every word
    same = sum(a.ids(w) == c.ids(w) for w in WORDS)
    assert same >= len(WORDS) - 1
    # any word gets ids, seen in learning or not
    ids = c.ids("بيونغيانغ")
    assert len(ids) == 2 and int(ids[0]) < 3 and int(ids[1]) < 6


@pytest.mark.parametrize("ctx", [0, 2])
def test_features_carry_word_and_stem_clusters(ctx):
    use = U.learn(WORDS, (3, 5), seed=3)
    fx = FeatureExtractor(Lexicon(), use=use, use_ctx=ctx)
    feats = fx.sentence(["قال", "وزير", "الخارجية", "بالعاصمة", "."])
    assert {"u0", "u1", "us0", "us1"} <= {f.split("=")[0] for f in feats[3]}
    assert f"us1={use.ids('عاصمة')[1]}" in feats[3]
    neighbour = [f for f in feats[2] if f.startswith("+1u")]
    assert bool(neighbour) == (ctx > 0)
    assert not any(f.startswith("u0=") for f in feats[4])  # punctuation has no USE cluster
    plain = FeatureExtractor(Lexicon()).sentence(["قال", "وزير"])
    assert not any(f.startswith(("u0=", "us0=")) for f in plain[0])
