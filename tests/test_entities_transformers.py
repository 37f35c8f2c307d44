"""The transformers backend on a tiny, randomly initialised BERT built here (no download)."""

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from khabar.document import Document  # noqa: E402
from khabar.entities.hf import TransformersRecognizer  # noqa: E402
from khabar.entities.stage import make_stage  # noqa: E402
from khabar.pipeline import PipelineConfig  # noqa: E402

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]
WORDS = ["قال", "الرئيس", "بوتين", "في", "موسكو", "و", "##موسكو", "ل", "##بوتين", "بيونغ", "يانغ", "."]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

    d = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]
    tok = BertTokenizerFast(vocab={w: i for i, w in enumerate(vocab)}, do_lower_case=False, strip_accents=False,
                            tokenize_chinese_chars=False)  # fmt: skip
    tok.save_pretrained(d)
    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=32, max_position_embeddings=64, num_labels=len(LABELS),
                     id2label=dict(enumerate(LABELS)), label2id={x: i for i, x in enumerate(LABELS)})  # fmt: skip
    model = BertForTokenClassification(cfg)
    with torch.no_grad():  # predictions then follow the classifier bias alone (set by the tests)
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
    model.save_pretrained(d)
    return d


def test_loads_and_converts_subwords_to_character_spans(tiny_model, monkeypatch):
    rec = TransformersRecognizer(tiny_model)
    text = "قال الرئيس لبوتين في وموسكو."
    doc = Document(id="x", text=text, language="ar")
    # the random model's own predictions, then a forced one that exercises B/I and sub-words
    assert len(rec.tag_words(["قال", "الرئيس", "لبوتين"])) == 3

    def fake_tag(words):
        lab = {"لبوتين": "B-PER", "وموسكو": "B-LOC"}
        return [rec.map_label(lab.get(w, "O")) for w in words]

    monkeypatch.setattr(rec, "tag_words", fake_tag)
    spans = rec.recognize(doc)
    got = {(text[s.start : s.end], s.type) for s in spans}
    assert got == {("بوتين", "PERSON"), ("موسكو", "LOC")}


def test_first_subword_decides_the_word_label(tiny_model):
    rec = TransformersRecognizer(tiny_model)
    enc = rec.tokenizer(["وموسكو", "بيونغ"], is_split_into_words=True)
    assert enc.word_ids()[1:-1] == [0, 0, 1]  # و ##موسكو | بيونغ
    # a bias toward B-LOC on every position: each word is a LOC start
    with torch.no_grad():
        rec.model.classifier.bias.copy_(torch.tensor([0.0, 0, 0, 5.0, 0, 0, 0]))
    assert rec.tag_words(["وموسكو", "بيونغ", "يانغ"]) == ["B-LOC", "B-LOC", "B-LOC"]
    with torch.no_grad():
        rec.model.classifier.bias.copy_(torch.tensor([0.0, 0, 0, 0, 5.0, 0, 0]))
    assert rec.tag_words(["بيونغ", "يانغ"]) == ["I-LOC", "I-LOC"]


def test_stage_with_transformers_backend(tiny_model):
    from khabar.entities.recognize import _CACHE

    stage = make_stage(PipelineConfig(ner_backend="transformers", ner_model=str(tiny_model)))
    rec = _CACHE[("transformers", str(tiny_model))]
    with torch.no_grad():  # every word a PER start
        rec.model.classifier.bias.copy_(torch.tensor([0.0, 5.0, 0, 0, 0, 0, 0]))
    doc = Document(id="y", text="قال لبوتين.", language="ar")
    stage(doc)
    Document.model_validate(doc.to_dict())
    # (round 32) «قال» is a common word (ANERcorp tags it O, never a name): the stage drops it
    assert [(e.type, [m.text for m in e.mentions]) for e in doc.entities] == [
        ("PERSON", ["بوتين"]),
    ]


def test_missing_model_directory_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        TransformersRecognizer(tmp_path / "nope")
