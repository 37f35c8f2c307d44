"""Word vectors learned by ``khabar train embeddings`` (PPMI + SVD, char n-grams), on a tiny corpus."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from khabar.entities.wordvec import WordVectors, word_ngrams
from khabar.training import embeddings as E


def _corpus() -> list[list[str]]:
    """Cities after في / إلى / من, people after قال / صرح: two distributional classes."""
    rng = np.random.default_rng(0)
    cities = ["موسكو", "بغداد", "القاهرة", "دمشق", "الرياض", "طهران"]
    people = ["بوتين", "ترامب", "أردوغان", "ماكرون", "بايدن", "نتنياهو"]
    out = []
    for _ in range(1500):
        c, p = cities[rng.integers(6)], people[rng.integers(6)]
        verb = ["قال", "صرح", "أكد"][rng.integers(3)]
        prep = ["في", "إلى", "من"][rng.integers(3)]
        out.append(
            [verb, p, "اليوم", prep, c, "،", "وأضاف", "الرئيس", p, "أن", "الوضع", prep, c, "مستقر", "."]
        )
    return out


def test_train_learns_classes_deterministically(tmp_path: Path) -> None:
    meta = E.train(tmp_path / "a", tmp_path, seed=1, dim=8, min_count=2, sentences=_corpus())
    assert meta["vocab"] > 12 and meta["dim"] == 8 and meta["news"]
    assert "Non-commercial" in (tmp_path / "a" / "NOTICE").read_text()
    v = WordVectors.load(tmp_path / "a")
    assert v.vectors.shape == (meta["vocab"], 8)
    sim = v.vectors @ v.vectors.T
    i = v.index
    # keys are normalized (ة -> ه, أ -> ا) like the tagger's words
    assert "القاهره" in i and "اردوغان" in i and "،" not in i and "." not in i
    city_city = sim[i["موسكو"], i["بغداد"]]
    city_person = sim[i["موسكو"], i["بوتين"]]
    assert city_city > city_person + 0.2
    near = [w for w, _ in E.neighbours(v, "دمشق", 5)]
    assert sum(w in {"موسكو", "بغداد", "القاهره", "الرياض", "طهران"} for w in near) >= 4
    # deterministic given the seed
    E.train(tmp_path / "b", tmp_path, seed=1, dim=8, min_count=2, sentences=_corpus())
    w = WordVectors.load(tmp_path / "b")
    assert w.words == v.words
    np.testing.assert_array_equal(w.vectors, v.vectors)


def test_lookup_falls_back_to_article_and_ngrams(tmp_path: Path) -> None:
    E.train(tmp_path / "e", tmp_path, seed=0, dim=8, min_count=2, ngram_min_words=1, sentences=_corpus())
    v = WordVectors.load(tmp_path / "e")
    vec, src = v.lookup("موسكو")
    assert src == 1 and abs(float(np.linalg.norm(vec)) - 1) < 1e-2
    assert v.lookup("الموسكو")[1] == 2  # the article-less form's vector
    unseen, src = v.lookup("موسكوفيا")  # n-grams of a word the corpus never had
    assert src == 3
    assert float(unseen @ v.lookup("موسكو")[0]) > 0.5
    assert v.lookup("zzz")[1] == 0
    tab = v.table(["موسكو", "zzz"])
    assert tab.shape == (2, 9) and tab[0, -1] == 0 and tab[1, -1] == 1 and not tab[1, :-1].any()


def test_ngrams_and_the_package_guard(tmp_path: Path) -> None:
    assert word_ngrams("ابc", (3,)) == ["<اب", "ابc", "بc>"]
    import khabar

    with pytest.raises(ValueError, match="inside the khabar package"):
        E.train(Path(khabar.__file__).parent / "entities" / "models" / "emb", tmp_path, sentences=_corpus())


def test_corpus_reads_ner_and_news(shared_data: Path) -> None:
    from itertools import islice

    sents = list(islice(E.corpus(shared_data, news=True, news_limit=1), 200_000))
    keys = list(E.sentence_keys(iter(sents[-30:])))
    assert keys and all(k for s in keys for k in s)
    # ANERcorp train minus its dev tenth, then AQMAR train, then one news article
    from khabar.entities.data import read_bio

    n_aner = len(read_bio(shared_data / "ner" / "anercorp" / "train.txt"))
    n_aqmar = len(read_bio(shared_data / "ner" / "aqmar" / "train.txt"))
    assert len(sents) > int(n_aner * 0.9) + n_aqmar


def test_directional_contexts() -> None:
    # ids: 0 a, 1 b, 2 c; -2 a rare word (no pair, no boundary); -1 never occurs inside a sentence
    seqs = [np.array([0, 1, 2]), np.array([2, -2, 0])]
    co = E.cooccurrences(seqs, 3, window=2, n_ctx=2).toarray()
    assert co.shape == (3, 2 * 2 * 2)  # blocks: offset -2, -1, +1, +2; contexts a, b
    # word a: b at +1 (block 2, context 1); c is no context word; the sentence boundary cuts
    assert co[0].tolist() == [0, 0, 0, 0, 0, 1, 0, 0]
    # word c: a at -2 (block 0, first sentence), b at -1 (block 1), a at +2 across the rare word
    assert co[2].tolist() == [1, 0, 0, 1, 0, 0, 1, 0]
    sym = E.cooccurrences(seqs, 3, window=2).toarray()
    assert np.allclose(sym, sym.T) and sym[0, 1] == 1 and sym[0, 2] == 1  # 1/distance: 0.5 + 0.5


def test_neural_model_with_news_vectors_stays_out_of_the_package(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from khabar.training import ner_neural as nn

    with pytest.raises(ValueError, match="outside the khabar package"):
        nn.train(nn.MODEL_DIR, embeddings=tmp_path)


def test_same_files_under_another_hash_seed(tmp_path: Path) -> None:
    """Deterministic given the seed, whatever PYTHONHASHSEED (n-gram order once depended on it)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from tests.test_entities_embeddings import _corpus; "
        "from khabar.training import embeddings as E; "
        "E.train(Path(sys.argv[1]), Path(sys.argv[1]), seed=2, dim=6, min_count=2, ngram_min_words=1, "
        "sentences=_corpus())"
    )
    repo = Path(__file__).resolve().parents[1]
    for h in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=h, OMP_NUM_THREADS="1")
        subprocess.run([sys.executable, "-c", code, str(tmp_path / h)], check=True, cwd=repo, env=env)
    a, b = (np.load(tmp_path / h / "embeddings.npz") for h in ("1", "2"))
    for k in a.files:
        np.testing.assert_array_equal(a[k], b[k])
