"""Pipeline stage ``entities``: named entities of the article into ``doc.entities``.

Arabic articles go to the shipped CRF recognizer (plus rules), English ones to the rule and gazetteer
recognizer; with ``ner_backend="transformers"`` a local Hugging Face model replaces the CRF. Models
are loaded once per process when the stage is built. One entity per distinct normalized name, with
every mention's exact offsets; proclitics are never part of a mention.
"""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


class _Missing:
    """Stands in for a model that is not built: each Arabic article records the reason."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def recognize(self, doc: Document) -> list:
        raise RuntimeError(self.reason)


def kb_names(config: PipelineConfig) -> tuple[list[str], list[str]]:
    """The knowledge base's people's full names and countries' names in Arabic, for the Arabic
    recognizer; none without a KB (entities still work)."""
    from khabar.kb.base import open_kb

    try:
        kb = open_kb(config.kb_path)
    except FileNotFoundError:
        return [], []
    return kb.person_names_ar(), kb.country_names_ar()


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.entities.recognize import (
        ArabicRecognizer,
        EnglishPipelineRecognizer,
        cached,
        spans_to_entities,
    )

    model_dir = config.options.get("ner_model_dir")
    if config.ner_backend == "transformers":
        if not config.ner_model:
            raise ValueError("ner_backend 'transformers' needs ner_model (a local model directory)")
        from khabar.entities.hf import TransformersRecognizer

        ar = cached("transformers", str(config.ner_model), lambda: TransformersRecognizer(config.ner_model))
    elif config.ner_backend == "crf":
        try:
            ar = cached(
                "crf",
                f"{model_dir}|{config.kb_path}",
                lambda: ArabicRecognizer.load(model_dir, *kb_names(config)),  # the KB is read once, here
            )
        except FileNotFoundError as exc:  # a clone without built weights: English still works
            ar = _Missing(str(exc))
    elif config.ner_backend == "neural":  # the NumPy BiLSTM-CNN-CRF (ner_model: its .npz or folder)
        from khabar.entities.neural import load_arabic_crf

        key = f"{config.ner_model}|{model_dir}"
        try:
            ar = cached("neural", key, lambda: ArabicRecognizer(load_arabic_crf(config.ner_model, model_dir)))
        except FileNotFoundError as exc:
            ar = _Missing(str(exc))
    else:
        raise ValueError(f"unknown ner_backend {config.ner_backend!r}: crf, neural or transformers")
    en = cached("en", str(model_dir), lambda: EnglishPipelineRecognizer.load(model_dir))

    def entities(doc: Document) -> None:
        lang = doc.language or doc.layer.language
        if lang == "ar" or config.ner_backend == "transformers":
            rec = ar
        elif lang == "en":
            rec = en
        else:
            return
        spans = rec.recognize(doc)
        if lang == "ar":
            from khabar.entities.common_words import drop_common_words, trim_span_edges

            spans = drop_common_words(doc.text, spans)  # (round 32) «ألا» LOC, «ينتمي» PERSON
            spans = trim_span_edges(doc.text, spans)  # (round 33) «أكد ظريف»، «الجامعة سيقيم»، «ولحج»
        doc.entities = spans_to_entities(doc, spans)

    return entities
