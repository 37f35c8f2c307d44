"""Pipeline stage ``events``: PLOVER events with polarity, modality, participants, place and date."""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.events.extract import Extractor

    extractor = Extractor(add_entities=bool(config.options.get("events_add_entities", True)))
    # the learned factuality classifier over the rules (round 17): off by default; True loads the shipped
    # weights (khabar/events/models/factuality.json), a string is a path to another weights file
    spec = config.options.get("events_factuality_model", False)
    model = None
    if spec:
        from khabar.events import factuality_model as FM

        model = FM.Model.load(FM.MODEL_PATH if spec is True else spec)

    def events(doc: Document) -> None:
        extractor(doc)
        if model is not None:
            FM.apply(doc, model)

    return events
