"""Pipeline stage for `khabar.time` (not built yet: it leaves the document unchanged)."""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    def time(doc: Document) -> None:
        return None

    return time
