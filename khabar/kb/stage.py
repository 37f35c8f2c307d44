"""Pipeline stage for `khabar.kb` (not built yet: it leaves the document unchanged)."""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    def kb(doc: Document) -> None:
        return None

    return kb
