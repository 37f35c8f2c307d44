"""Pipeline stage `quotes`: fills ``doc.quotes`` (kind, cue, speaker and source entity ids).

Runs after `entities` and `link` and uses whatever entities exist; a speaker or outlet the NER
missed is added to ``doc.entities`` (type PERSON or ORG, with its mention) so that each attributed
quote points to an entity id. With the option ``quotes_speaker_ranker`` (True for the shipped weights, or a
path to a weights file) the learned speaker ranker (``khabar.quotes.ranker``) re-picks each Arabic
quotation's speaker among its candidates (default off: it did not beat the rules, see eval/quotes/README.md).
"""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.quotes.extract import extract_quotes

    rerank = None
    spec = config.options.get("quotes_speaker_ranker", False)
    if spec:
        from khabar.quotes.ranker import make_reranker

        rerank = make_reranker(None if spec is True else spec)

    def quotes(doc: Document) -> None:
        doc.quotes = extract_quotes(doc, rerank=rerank)

    return quotes
