"""Pipeline stage ``events``: PLOVER events with polarity, modality, participants, place and date."""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.events.extract import Extractor

    extractor = Extractor(
        add_entities=bool(config.options.get("events_add_entities", True)),
        # (round 29) False skips the in-article merge (evaluation only: the factuality scorer's "merged" block)
        dedup=bool(config.options.get("events_dedup", True)),
    )
    # the learned factuality classifier over the rules (round 17): on by default (it lifted factuality and
    # cut leaks on ANERcorp, text the rules were never tuned on, and was neutral on the rules' own tuning
    # sets); True loads the shipped weights (khabar/events/models/factuality.json), a string is a path to
    # another weights file, False turns it off; "events_factuality_scope" picks which rules' labels it may
    # change, "events_factuality_margin" the override margin (default: the weights file's own, see
    # factuality_model.operating_point)
    spec = config.options.get("events_factuality_model", True)
    model = None
    scope = None
    margin = 0.0
    if spec:
        from khabar.events import factuality_model as FM

        model = FM.Model.load(FM.MODEL_PATH if spec is True else spec)
        margin, scope = FM.operating_point(
            model,
            config.options.get("events_factuality_margin"),
            config.options.get("events_factuality_scope"),
        )

    def events(doc: Document) -> None:
        extractor(doc)
        if model is not None:
            FM.apply(doc, model, margin=margin, scope=scope)

    return events
