"""Neural NER tagger: the NumPy forward pass and Viterbi equal torch's, corpus handling, scoring."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from khabar.entities.neural import (
    LABELS,
    MODEL_DIR,
    MODEL_FILE,
    CrfNeuralEnsemble,
    NeuralTagger,
    marginals_np,
    token_features,
    use_vectors,
    viterbi_np,
)
from khabar.entities.wordvec import WordVectors
from khabar.training import ner_neural as nn

SENTS = [
    ["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "إن", "بلاده", "لن", "تتراجع", "."],
    ["وصل", "لبوتين", "خطاب", "من", "كيم", "جونغ", "-", "أون"],
    ["وموسكو"],
    ["Reuters", "2024", "ميغ", "-", "31", "،"],
]


def _tiny_model(tmp_path: Path, char_stem: bool, use: bool = False, pre=None):
    torch = pytest.importorskip("torch")
    torch.manual_seed(3)
    wv, pv, sv, cv = nn.Vocab(), nn.Vocab(), nn.Vocab(), nn.Vocab()
    lex = {"place": {"موسكو"}, "place_part": {"موسكو", "يانغ"}, "country": {"روسيا"}, "person": {"بوتين"}}
    for s in SENTS[:2]:  # the other sentences bring unknown words, chars, prefixes and shapes
        for w in s:
            f = token_features(w, lex, char_stem)
            wv.add(f.word)
            pv.add(f.prefix)
            sv.add(f.shape)
            for ch in f.chars:
                cv.add(ch)
    lex["vocab"] = set(wv.items[2:])  # as training and NeuralTagger.load do
    model = nn.build_model(len(wv.items), len(cv.items), len(pv.items), len(sv.items),
                           word_dim=6, char_dim=5, char_filters=7, prefix_dim=3, shape_dim=4, hidden=5,
                           use_in=1024 if use else 0, use_dim=4, pre_in=pre.dim + 1 if pre else 0,
                           pre_dim=3)  # fmt: skip
    with torch.no_grad():  # random, non-trivial CRF and biases
        for p in (model.trans, model.start, model.end, model.lstm.bias_ih_l0, model.lstm.bias_hh_l0_reverse):
            p.copy_(torch.randn_like(p))
    model.eval()
    path = tmp_path / "ner-ar-neural.npz"
    use_mean = _use_mean() if use else None
    nn.export(
        model, {"words": wv, "chars": cv, "prefix": pv, "shape": sv}, lex, path, char_stem, use_mean, pre
    )
    return model, (wv, pv, sv), cv, lex, path


def _use_mean() -> np.ndarray:
    from khabar.entities.usevec import raw_vectors

    return raw_vectors([w for s in SENTS for w in s]).mean(0)


def _tiny_vectors() -> WordVectors:
    """Random word vectors of a few keys (as `khabar train embeddings` writes them), with n-grams."""
    rng = np.random.default_rng(5)
    words = ["الرييس", "موسكو", "بوتين", "قال", "في"]
    vecs = rng.standard_normal((len(words), 6)).astype(np.float16)
    ngrams = ["<مو", "وسك", "سكو", "كو>", "<كي", "جون"]
    return WordVectors(words, vecs, ngrams, rng.standard_normal((len(ngrams), 6)).astype(np.float16))


@pytest.mark.parametrize(
    ("char_stem", "use", "pre"),
    [(False, False, False), (True, False, False), (True, True, False), (True, False, True)],
)
def test_numpy_forward_matches_torch(tmp_path: Path, char_stem: bool, use: bool, pre: bool) -> None:
    torch = pytest.importorskip("torch")
    vectors = _tiny_vectors() if pre else None
    model, vocabs, cv, lex, path = _tiny_model(tmp_path, char_stem, use, vectors)
    tagger = NeuralTagger.load(path)
    assert (tagger.use_w is not None) == use
    assert (tagger.pre is not None) == pre
    tags = [["O"] * len(s) for s in SENTS]
    chartoks, usetoks = nn.Vocab(), nn.Vocab()
    enc = nn.encode_all(SENTS, tags, lex, vocabs, chartoks, char_stem, usetoks)
    table = use_vectors(usetoks.items, _use_mean()) if use else None
    pre_table = None
    if vectors is not None:
        pre_table = vectors.table([token_features(t, lex, char_stem).word for t in usetoks.items])
        pre_table[:2] = 0.0
        assert pre_table[:, -1].sum() > 0  # some tokens have no vector (the flag column)
    inputs, _, _ = nn.make_batch(enc, chartoks, cv, use_table=table, pre_table=pre_table)
    with torch.no_grad():
        ref = model.emissions(*inputs).numpy()
    emit, lengths = tagger.emissions(SENTS)
    assert list(lengths) == [len(s) for s in SENTS]
    for b, s in enumerate(SENTS):  # padded positions differ by design; valid ones must agree
        np.testing.assert_allclose(emit[b, : len(s)], ref[b, : len(s)], atol=2e-3)  # fp16 word vectors
    # tagging (length-sorted batches of any size) = Viterbi on torch's emissions
    crf = [p.detach().numpy() for p in (model.trans, model.start, model.end)]
    expect = [[LABELS[j] for j in path] for path in viterbi_np(ref, lengths, *crf)]
    assert tagger.tag(SENTS) == expect
    assert tagger.tag(SENTS, batch_size=1) == expect
    assert tagger.tag([[], SENTS[2]]) == [[], expect[2]]


def test_viterbi_is_the_best_path() -> None:
    rng = np.random.default_rng(0)
    k = 4
    trans, start, end = rng.normal(size=(k, k)), rng.normal(size=k), rng.normal(size=k)
    emit = rng.normal(size=(3, 4, k))
    lengths = np.array([4, 2, 1])
    paths = viterbi_np(emit, lengths, trans, start, end)
    for b, n in enumerate(lengths):

        def score(p, b=b):
            return start[p[0]] + sum(emit[b, t, p[t]] for t in range(len(p))) + sum(
                trans[p[t - 1], p[t]] for t in range(1, len(p))) + end[p[-1]]  # fmt: skip

        best = max(itertools.product(range(k), repeat=int(n)), key=score)
        assert tuple(paths[b]) == best


def test_token_features_split_proclitics() -> None:
    f = token_features("وموسكو", {"place": {"موسكو"}})
    assert (f.word, f.prefix, f.gaz[0]) == ("موسكو", "و", 1.0)
    f = token_features("بالعاصمة", {})
    assert f.word == "العاصمه" and f.prefix == "ب" and f.shape.endswith("A")
    assert token_features("2024", {}).word == "0000"


def test_retokenize_and_project() -> None:
    sent = nn.Sentence(["(د", "موسكو،", "كيم", "جونغ-أون", "قال"], ["O", "B-LOC", "B-PERS", "I-PERS", "O"])
    words, labels, owner, kinds = nn.retokenize_pieces(sent)
    assert words == ["(", "د", "موسكو", "،", "كيم", "جونغ", "-", "أون", "قال"]
    assert labels == ["O", "O", "B-LOC", "O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]
    assert nn.project_labels(labels, owner, kinds, len(sent.tokens)) == sent.labels
    # an I- that a token gets after O becomes B- (conlleval reading)
    assert nn.project_labels(["O", "I-LOC"], [0, 1], ["ar", "ar"], 2) == ["O", "B-LOC"]


def test_score_bio_exact_spans() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PERS", "O", "O", "B-LOC"], ["B-ORG", "B-MISC"]]
    res = nn.score_bio(gold, pred)
    assert res["per_type"]["PERS"]["tp"] == 0 and res["per_type"]["PERS"]["fn"] == 1
    assert res["per_type"]["LOC"]["f1"] == 100.0
    assert res["micro"]["tp"] == 2 and res["micro"]["fp"] == 2 and res["micro"]["fn"] == 1
    assert res["micro"]["f1"] == round(100 * 2 * 2 / (2 * 2 + 2 + 1), 2)
    assert res["macro"]["f1"] == round((0 + 100 + 100) / 3, 2)  # MISC has no gold: not in macro


SHIPPED = MODEL_DIR / MODEL_FILE


@pytest.mark.skipif(not SHIPPED.exists(), reason="trained model not built (khabar train ner-neural)")
def test_trained_model_tags_arabic_news() -> None:
    tagger = NeuralTagger.load()
    out = tagger.tag(
        [
            "وقال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده لن تتراجع".split(),
            "التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الصيني في بكين".split(),
        ]
    )
    assert out[0][4] == "I-PERS" and out[0][3] == "B-PERS"  # فلاديمير بوتين
    assert out[0][6] == "B-LOC"  # موسكو
    assert out[1][-1] == "B-LOC"  # بكين
    assert "B-PERS" in out[1][4:6]


@pytest.mark.skipif(not SHIPPED.exists(), reason="trained model not built (khabar train ner-neural)")
def test_trained_model_surname_alone() -> None:
    out = NeuralTagger.load().tag(["وقال بوتين إن روسيا مستعدة للحوار".split()])[0]
    assert out[1] == "B-PERS" and out[3] == "B-LOC"


def test_ensemble_averages_members(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    paths = []
    for k, stem in enumerate((False, True)):
        d = tmp_path / str(k)
        d.mkdir()
        paths.append(_tiny_model(d, stem)[-1])
    single = [NeuralTagger.load(p) for p in paths]
    ens = NeuralTagger.load(paths)
    emit, lengths = ens.emissions(SENTS)
    np.testing.assert_allclose(
        emit, (single[0].emissions(SENTS)[0] + single[1].emissions(SENTS)[0]) / 2, atol=1e-6
    )
    crf = [(single[0].trans + single[1].trans) / 2, (single[0].start + single[1].start) / 2,
           (single[0].end + single[1].end) / 2]  # fmt: skip
    assert ens.tag(SENTS) == [[LABELS[j] for j in p] for p in viterbi_np(emit, lengths, *crf)]
    with pytest.raises(FileNotFoundError):
        NeuralTagger.load(tmp_path / "nothing.npz")


def test_cli_commands_register() -> None:
    import typer
    from typer.testing import CliRunner

    from khabar.cli_groups import Groups
    from khabar.training.commands_neural import register

    app = typer.Typer()
    groups = Groups(app=app, eval=typer.Typer(), train=typer.Typer(), build=typer.Typer())
    app.add_typer(groups.eval, name="eval")
    app.add_typer(groups.train, name="train")
    register(groups)
    runner = CliRunner()
    res = runner.invoke(app, ["train", "ner-neural", "--help"])
    assert res.exit_code == 0 and "--seed" in res.output
    res = runner.invoke(app, ["eval", "ner-neural", "--help"])
    assert res.exit_code == 0 and "--data" in res.output
    res = runner.invoke(app, ["train", "embeddings", "--help"])
    assert res.exit_code == 0 and "--out" in res.output


def test_use_vectors_token_and_stem() -> None:
    mean = _use_mean()
    v = use_vectors(["وبالعاصمة", "عاصمة", "بوتين"], mean)
    assert v.shape == (3, 1024)
    np.testing.assert_allclose(np.linalg.norm(v[:, :512], axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(v[0, 512:], v[1, 512:], atol=1e-6)  # same stem عاصمة
    assert not np.allclose(v[0, :512], v[1, :512])  # but another token
    assert use_vectors([], mean).shape == (0, 1024)


def test_marginals_are_the_path_posterior() -> None:
    rng = np.random.default_rng(1)
    k = 4
    emit = rng.normal(size=(2, 3, k))
    trans, start, end = rng.normal(size=(k, k)), rng.normal(size=k), rng.normal(size=k)
    lengths = np.array([3, 2])
    got = marginals_np(emit, lengths, trans, start, end)
    for b, n in enumerate(lengths):
        expect = np.zeros((n, k))
        for path in itertools.product(range(k), repeat=int(n)):
            s = start[path[0]] + end[path[-1]] + sum(emit[b, t, path[t]] for t in range(n))
            s += sum(trans[path[t - 1], path[t]] for t in range(1, n))
            for t in range(n):
                expect[t, path[t]] += np.exp(s)
        np.testing.assert_allclose(got[b], expect / expect[0].sum(), atol=1e-9)


def test_crf_neural_ensemble(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from khabar.entities.crf import ArabicCRF

    crf = ArabicCRF.load()
    tagger = NeuralTagger.load(_tiny_model(tmp_path, True)[-1])
    sents = [
        "وقال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده لن تتراجع".split(),
        "التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الصيني في بكين".split(),
        [],
    ]
    ens = CrfNeuralEnsemble(tagger, crf, weight=0.0)  # the CRF alone, decoded from its marginals
    p = ens.crf_marginals(sents[0])
    np.testing.assert_allclose(p.sum(1), 1.0, atol=1e-6)
    assert ens.tag_document(sents, propagate=False) == [crf.tag(s) for s in sents]
    mixed = CrfNeuralEnsemble(tagger, crf, weight=0.5).tag_document(sents)
    assert [len(x) for x in mixed] == [len(s) for s in sents]
    for labs in mixed:  # BIO-valid in khabar's label names
        for a, b in zip(["O", *labs], labs, strict=False):
            assert b in ens.labels
            assert not b.startswith("I-") or a[2:] == b[2:]


@pytest.mark.parametrize("weight", [None, 0.5])
def test_pipeline_recognizer_over_the_neural_tagger(tmp_path: Path, weight: float | None) -> None:
    pytest.importorskip("torch")
    from khabar.entities.neural import load_arabic_crf
    from khabar.entities.recognize import ArabicRecognizer
    from khabar.ingest import document_from_text

    path = _tiny_model(tmp_path, True, use=True)[-1]
    rec = ArabicRecognizer(load_arabic_crf(path, weight=weight))
    doc = document_from_text("وقال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده لن تتراجع.", input_name="t")
    words = [t.text for t in doc.layer.tokens]
    labels = rec.crf.tag_document([words])[0]
    assert len(labels) == len(words) and all(x in rec.crf.tagging.labels for x in labels)
    for s in rec.recognize(doc):  # spans never start on a proclitic, always inside the text
        assert 0 <= s.start < s.end <= len(doc.text)
        assert not doc.text[s.start : s.end].startswith("وموسكو")


def test_pipeline_stage_neural_backend(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from khabar.entities.stage import make_stage
    from khabar.ingest import document_from_text
    from khabar.pipeline import PipelineConfig

    path = _tiny_model(tmp_path, True, use=True)[-1]
    stage = make_stage(PipelineConfig(ner_backend="neural", ner_model=str(path)))
    doc = document_from_text("وقال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده لن تتراجع.", input_name="t")
    doc.language = "ar"
    stage(doc)  # a random tiny model: any entities, but valid ones
    for e in doc.entities:
        for m in e.mentions:
            assert doc.text[m.start : m.end] == m.text
    missing = make_stage(PipelineConfig(ner_backend="neural", ner_model=str(tmp_path / "none.npz")))
    with pytest.raises(RuntimeError, match="no neural NER model"):
        missing(doc)
