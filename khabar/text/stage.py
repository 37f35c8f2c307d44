"""Pipeline stage ``language``: sets ``Document.language`` when the input did not say."""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    forced = config.options.get("language")

    def language(doc: Document) -> None:
        if forced:
            doc.language = forced
        elif not doc.language:
            doc.language = doc.layer.language

    return language
