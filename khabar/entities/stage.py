"""Pipeline stage for `khabar.entities` (not built yet: it leaves the document unchanged)."""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    def entities(doc: Document) -> None:
        return None

    return entities
