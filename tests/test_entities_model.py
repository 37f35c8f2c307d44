"""Smoke test of the shipped CRF (built by ``khabar train ner``) and of the eval on real data."""

import time

from khabar.entities.crf import MODEL_DIR, MODEL_FILE, MODEL_GZ, ArabicCRF
from khabar.entities.data import read_bio
from khabar.eval.ner import score_sentences


def test_model_file_exists_and_is_small():
    path = MODEL_DIR / MODEL_GZ if (MODEL_DIR / MODEL_GZ).exists() else MODEL_DIR / MODEL_FILE
    assert path.exists(), "build the model first: khabar train ner"
    assert path.stat().st_size < 20_000_000


def test_loads_fast_and_tags_a_sentence():
    t0 = time.perf_counter()
    crf = ArabicCRF.load()
    assert time.perf_counter() - t0 < 10  # generous here; the benchmark measures it
    words = "وقال الرئيس المصري حسني مبارك في القاهرة أمس".split()
    labels = crf.tag(words)
    assert labels[3:5] == ["B-PERSON", "I-PERSON"]
    assert labels[6] == "B-LOC"
    assert labels[0] == "O"


def test_scores_on_a_slice_of_anercorp_test(shared_data):
    sents = read_bio(shared_data / "ner" / "anercorp" / "test.txt")[:200]
    r = score_sentences(ArabicCRF.load(), sents)
    assert r["micro"]["f1"] > 60  # the full test set: see `khabar eval ner`
    assert set(r["per_type"]) == {"PERSON", "LOC", "ORG", "MISC"}
