"""The NER scorer against hand-computed conlleval results, and corpus re-tokenization."""

import pytest

from khabar.entities.crf import bio_chunks
from khabar.entities.data import Sentence, project_labels, repair_bio, retokenize, split_token
from khabar.eval.ner import score_bio


def test_chunks_conlleval_style():
    assert bio_chunks(["B-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    # I- after O opens a chunk; a type change closes one; B- right after B- starts a new one
    assert bio_chunks(["O", "I-ORG", "I-ORG", "I-LOC"]) == [(1, 3, "ORG"), (3, 4, "LOC")]
    assert bio_chunks(["B-PER", "B-PER"]) == [(0, 1, "PER"), (1, 2, "PER")]
    assert bio_chunks([]) == []


def test_exact_match_precision_recall_f1():
    gold = [["B-PER", "I-PER", "O", "B-LOC", "O"], ["B-ORG", "I-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG", "O"], ["B-ORG", "I-ORG", "O", "O"]]
    r = score_bio(gold, pred)
    # PER right; LOC typed ORG (one fp ORG, one fn LOC); ORG boundary wrong (one fp, one fn)
    assert r["per_type"]["PER"] == {
        "precision": 100.0,
        "recall": 100.0,
        "f1": 100.0,
        "tp": 1,
        "fp": 0,
        "fn": 0,
    }
    assert (
        r["per_type"]["ORG"]["tp"] == 0
        and r["per_type"]["ORG"]["fp"] == 2
        and r["per_type"]["ORG"]["fn"] == 1
    )
    assert r["per_type"]["LOC"]["fn"] == 1 and r["per_type"]["LOC"]["recall"] == 0.0
    assert r["micro"]["tp"] == 1 and r["micro"]["fp"] == 2 and r["micro"]["fn"] == 2
    assert r["micro"]["precision"] == pytest.approx(33.33, abs=0.01)
    assert r["micro"]["recall"] == pytest.approx(33.33, abs=0.01)
    # macro over the gold types PER, LOC, ORG: (100 + 0 + 0) / 3
    assert r["macro"]["f1"] == pytest.approx(33.33, abs=0.01)


def test_perfect_and_empty_predictions():
    gold = [["B-PER", "I-PER", "O"]]
    assert score_bio(gold, gold)["micro"]["f1"] == 100.0
    r = score_bio(gold, [["O", "O", "O"]])
    assert r["micro"]["recall"] == 0.0 and r["micro"]["precision"] == 0.0 and r["micro"]["fn"] == 1


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        score_bio([["O", "B-PER"]], [["O"]])


def test_retokenize_keeps_names_whole_and_punctuation_out():
    s = Sentence(["قال", "كيم", "جونغ-أون", "(د", "موسكو،"], ["O", "B-PERSON", "I-PERSON", "O", "B-LOC"])
    words, labels, owner = retokenize(s)
    assert words == ["قال", "كيم", "جونغ", "-", "أون", "(", "د", "موسكو", "،"]
    assert labels == ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-LOC", "O"]
    kinds = [k for t in s.tokens for _p, k in split_token(t)]
    assert project_labels(labels, owner, kinds, len(s.tokens)) == s.labels


def test_repair_bio():
    assert repair_bio(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]
