"""Pipeline stage ``events``: PLOVER events with polarity, modality, participants, place and date."""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.events.extract import Extractor

    extractor = Extractor(add_entities=bool(config.options.get("events_add_entities", True)))

    def events(doc: Document) -> None:
        extractor(doc)

    return events
