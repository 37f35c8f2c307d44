"""Pipeline stage ``times``: temporal expressions resolved against ``doc.published``."""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.time.extract import extract_times

    def times(doc: Document) -> None:
        doc.times = extract_times(doc.text, doc.published, normalized=doc.layer.normalized)

    return times
