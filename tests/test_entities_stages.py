"""Recall-aware decoding and the two-stage (document context) CRF, on tiny models the tests train."""

from __future__ import annotations

import numpy as np
import pycrfsuite
import pytest

from khabar.entities.crf import ArabicCRF, bio_constraints, viterbi
from khabar.entities.features import FeatureExtractor, Lexicon, doc_context, doc_key
from khabar.training.ner import STAGE2_GZ, _train_crf, jackknife_labels, save_lexicon

LABELS = ["O", "B-PERSON", "I-PERSON", "B-LOC", "I-LOC"]


class FakeTagger:
    """A tagger whose marginals are given (rows of ``self.m``), as pycrfsuite's Tagger exposes them."""

    def __init__(self, m: np.ndarray) -> None:
        self.m = m

    def labels(self) -> list[str]:
        return list(LABELS)

    def set(self, feats) -> None:
        assert len(feats) == len(self.m)

    def marginal(self, label: str, t: int) -> float:
        return float(self.m[t, LABELS.index(label)])

    def tag(self, feats) -> list[str]:
        return [LABELS[int(j)] for j in self.m.argmax(1)]


def test_viterbi_keeps_bio_valid():
    trans, start = bio_constraints(LABELS)
    # I-LOC is the best label of both tokens, but a name cannot start with I- nor continue another type
    emit = np.log(np.array([[0.1, 0.3, 0.1, 0.1, 0.4], [0.1, 0.1, 0.3, 0.1, 0.4]]))
    path = [LABELS[j] for j in viterbi(emit, trans, start)]
    assert path[0] != "I-LOC"
    assert path in (["B-PERSON", "I-PERSON"], ["B-LOC", "I-LOC"])


def test_o_penalty_trades_precision_for_recall():
    # a name the CRF is unsure of: O 0.6, B-PERSON 0.35
    m = np.array([[0.9, 0.05, 0.0, 0.05, 0.0], [0.6, 0.35, 0.0, 0.05, 0.0], [0.95, 0.0, 0.05, 0.0, 0.0]])
    crf = ArabicCRF(FakeTagger(m), Lexicon(), o_penalty=0.0)
    words = ["قال", "زيد", "أمس"]
    assert crf.tag(words) == ["O", "O", "O"]  # plain Viterbi (the fake's argmax)
    crf.set_o_penalty(0.7)  # log(0.6) - 0.7 < log(0.35)
    assert crf.tag(words) == ["O", "B-PERSON", "O"]
    crf.set_o_penalty(0.3)
    assert crf.tag(words) == ["O", "O", "O"]


def test_doc_key_ignores_clitics_and_stop_words():
    stop = {"في"}
    assert doc_key("وبالعاصمة", stop) == doc_key("العاصمة", stop) == doc_key("عاصمة", stop) == "عاصمه"
    assert doc_key("في", stop) == ""
    assert doc_key("،", stop) == ""
    assert doc_key("Reuters", stop) == "reuters"


def test_doc_context_features():
    sents = [["التقى", "بوتين", "أمس"], ["وقال", "بوتين", "إن"], ["وصل", "البوتين"], ["وصل", "زيد"]]
    labels = [["O", "B-PERSON", "O"], ["O", "O", "O"], ["O", "O"], ["O", "O"]]
    ctx = doc_context(sents, labels, set())
    first, second, third = ctx[0][1], ctx[1][1], ctx[2][1]
    assert "s1=B-PERSON" in first and "s1-1=O" in first and "s1+1=O" in first
    # elsewhere (the article aside) it is O twice: no entity type, no earlier tag
    assert "dO" in first and not any(f.startswith(("dt=", "pe=", "ds=")) for f in first)
    # a word seen nowhere else has no document features
    assert not any(f.startswith(("dt=", "pe=", "ds=", "dO")) for f in ctx[3][1])
    # the second mention: tagged PERSON in 1 of the 2 other places, and in an earlier sentence
    assert {"dt=PERSON", "ds=most", "pe=PERSON"} <= set(second)
    assert {"dt=PERSON", "ds=most", "pe=PERSON"} <= set(third)
    assert "s1-1=BOS" in ctx[0][0] and "s1+1=EOS" in ctx[3][1]


def _docs(name: str, n: int) -> tuple[list[list[str]], list[list[str]]]:
    """Sentences where ``name`` is a PERSON among more ordinary words in the same slot."""
    others = ["امس", "اليوم", "صباحا"]
    words = [["وصل", name if i % 4 == 0 else others[i % 4 - 1]] for i in range(n)]
    labels = [["O", "B-PERSON" if i % 4 == 0 else "O"] for i in range(n)]
    return words, labels


def test_jackknife_labels_come_from_models_that_never_saw_the_fold():
    # fold 0 names only زيدان, fold 1 only عمرو: a model trained on the other fold has never seen the name
    wa, la = _docs("زيدان", 20)
    wb, lb = _docs("عمرو", 20)
    fx = FeatureExtractor(Lexicon())
    params = {"c1": 0.0, "c2": 0.01, "max_iterations": 50}
    out = jackknife_labels(fx, wa + wb, la + lb, params, folds=2)
    assert len(out) == 40 and all(len(o) == len(w) for o, w in zip(out, wa + wb, strict=True))
    assert all(lab == "O" for o in out for lab in o)
    # when each fold's names are also in the other fold, the same CRFs know them
    full = jackknife_labels(fx, wa + wb + wa + wb, la + lb + la + lb, params, folds=2)
    assert full[:40] == la + lb


@pytest.fixture()
def two_stage_dir(tmp_path):
    """A stage-1 CRF that tags a name after التقى but not after قال, and a stage-2 CRF that learned
    to trust the document: a word the first stage tagged PERSON elsewhere is a PERSON."""
    lex = Lexicon()
    fx = FeatureExtractor(lex)
    names = ["زيدان", "عمرو", "خالد", "سمير", "ماجد", "نبيل", "كمال", "جمال"]
    words, gold, first = [], [], []
    for k, name in enumerate(names):  # one document per name, then one without a name
        words.append([["التقى", name], ["قال", name]])
        gold.append([["O", "B-PERSON"], ["O", "B-PERSON"]])
        first.append([["O", "B-PERSON"], ["O", "O"]])
        other = ["امس", "اليوم", "ايضا", "انه"][k % 4]
        words.append([["قال", other]])
        gold.append([["O", "O"]])
        first.append([["O", "O"]])
    params = {"c1": 0.0, "c2": 0.01, "max_iterations": 50}
    flat = [s for d in words for s in d]
    _train_crf(
        (fx.sentence(w) for w in flat), [s for d in first for s in d], params, tmp_path / "ner-ar.crfsuite.gz"
    )
    feats = []
    for d, f1 in zip(words, first, strict=True):
        for w, e in zip(d, doc_context(d, f1, lex.stop), strict=True):
            feats.append([a + b for a, b in zip(fx.sentence(w), e, strict=True)])
    _train_crf(iter(feats), [s for d in gold for s in d], params, tmp_path / STAGE2_GZ)
    save_lexicon(lex, tmp_path / "ner-ar.lexicon.json.gz")
    return tmp_path


def test_two_stage_model_uses_the_document(two_stage_dir):
    crf = ArabicCRF.load(two_stage_dir, o_penalty=0.0)
    assert isinstance(crf.stage2, pycrfsuite.Tagger)
    doc = [["التقى", "سلمان"], ["قال", "سلمان"]]  # a name neither stage has seen
    assert crf.tag_document(doc, propagate=False) == [["O", "B-PERSON"], ["O", "B-PERSON"]]
    # alone, the second sentence has no document telling the name
    assert crf.tag(["قال", "سلمان"]) == ["O", "O"]
    # recall-aware decoding runs on the second stage's marginals
    crf.set_o_penalty(0.5)
    assert crf.tag_document(doc, propagate=False)[1] == ["O", "B-PERSON"]
