"""Pipeline stage `quotes`: fills ``doc.quotes`` (kind, cue, speaker and source entity ids).

Runs after `entities` and `link` and uses whatever entities exist; a speaker or outlet the NER
missed is added to ``doc.entities`` (type PERSON or ORG, with its mention) so that each attributed
quote points to an entity id. With ``PipelineConfig(quote_ranker=True)`` the learned speaker ranker
(``khabar.quotes.ranker``) re-picks each Arabic quotation's speaker among its candidates (default off).
"""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.quotes.extract import extract_quotes

    rerank = None
    if config.quote_ranker:
        from khabar.quotes.ranker import make_reranker

        rerank = make_reranker(config.quote_ranker_model)

    def quotes(doc: Document) -> None:
        doc.quotes = extract_quotes(doc, rerank=rerank)

    return quotes
