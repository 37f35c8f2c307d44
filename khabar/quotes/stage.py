"""Pipeline stage `quotes`: fills ``doc.quotes`` (kind, cue, speaker and source entity ids).

Runs after `entities` and `link` and uses whatever entities exist; a speaker or outlet the NER
missed is added to ``doc.entities`` (type PERSON or ORG, with its mention) so that each attributed
quote points to an entity id.
"""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.quotes.extract import extract_quotes

    def quotes(doc: Document) -> None:
        doc.quotes = extract_quotes(doc)

    return quotes
