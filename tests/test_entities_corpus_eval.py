"""`khabar eval ner --rules`: the whole Arabic recognizer's spans projected onto corpus tokens."""

from __future__ import annotations

from khabar.document import Document
from khabar.entities.corpus_eval import recognizer_labels, spans_to_token_labels
from khabar.entities.crf import Span
from khabar.entities.data import Sentence
from khabar.entities.recognize import ArabicRecognizer
from khabar.eval.ner import CORPUS_TYPE, score_bio


def test_spans_become_bio_labels_of_the_tokens_they_cover() -> None:
    offsets = [(0, 4), (5, 9), (10, 16), (17, 20)]
    spans = [Span(5, 16, "PERSON"), Span(17, 20, "GPE")]
    assert spans_to_token_labels(spans, offsets, CORPUS_TYPE) == ["O", "B-PERSON", "I-PERSON", "B-LOC"]
    # a span starting inside a token (a proclitic left out) still labels that token
    assert spans_to_token_labels([Span(1, 4, "ORG")], offsets, CORPUS_TYPE) == ["B-ORG", "O", "O", "O"]
    # a token already taken by an earlier span is not relabelled by an overlapping one
    got = spans_to_token_labels([Span(0, 9, "ORG"), Span(5, 16, "PERSON")], offsets, CORPUS_TYPE)
    assert got == ["B-ORG", "I-ORG", "O", "O"]


def test_the_recognizer_is_scored_on_corpus_sentences_grouped_into_documents() -> None:
    sents = [
        Sentence(
            tokens="وقال الصحافي خالد العبيكاني إن الحملة مستمرة .".split(),
            labels=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"],
        ),  # fmt: skip
        Sentence(
            tokens="وأضاف العبيكاني أن النتائج جيدة .".split(), labels=["O", "B-PERSON", "O", "O", "O", "O"]
        ),  # fmt: skip
    ]
    pred = recognizer_labels(ArabicRecognizer.load(), sents, 20, CORPUS_TYPE)
    assert [len(p) for p in pred] == [8, 6]
    assert pred[0][2:4] == ["B-PERSON", "I-PERSON"]
    assert pred[1][1] == "B-PERSON"  # the family name alone, after the full name in the same document
    assert score_bio([s.labels for s in sents], pred)["micro"]["f1"] == 100.0


def test_speaker_spans_count_a_name_only_as_an_exact_mention() -> None:
    from khabar.document import Entity, Mention
    from khabar.entities.corpus_eval import speaker_spans

    text = "وقالت وزارة الخارجية الأميركية إن سامح شكري سيصل. وأضاف شكري أن الزيارة مهمة."
    doc = Document(id="t", text=text)

    def ent(eid: str, typ: str, *names: str) -> Entity:
        ms = [Mention(start=text.index(n), end=text.index(n) + len(n), text=n) for n in names]
        return Entity(id=eid, type=typ, name=names[0], mentions=ms)  # type: ignore[arg-type]

    ents = [ent("e1", "ORG", "وزارة الخارجية"), ent("e2", "PERSON", "سامح شكري")]
    rows = speaker_spans(doc, ents, ["وزارة الخارجية الأميركية", "سامح شكري", "سامح شكري", "جون كيري"])
    assert [(r["name"], r["found"]) for r in rows] == [
        ("وزارة الخارجية الأميركية", False),
        ("سامح شكري", True),
    ]
    assert rows[0]["overlapping"] == ["وزارة الخارجية/ORG"]  # a part of the name is no exact span
    assert rows[1]["type"] == "PERSON"  # the absent name (جون كيري) is not counted


def test_the_held_out_quotation_sets_are_refused() -> None:
    import pytest

    from khabar.entities.corpus_eval import QUOTE_SPLITS, eval_quote_speakers
    from khabar.eval.quotes import HELD_OUT

    assert HELD_OUT and "test11" in QUOTE_SPLITS
    for split in HELD_OUT:
        assert split not in QUOTE_SPLITS
        with pytest.raises(ValueError):
            eval_quote_speakers((split,))
