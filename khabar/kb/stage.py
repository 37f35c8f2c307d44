"""Pipeline stage ``link``: in-article clustering, KB linking, geocoding and metonymy.

Runs after ``entities``. With no KB file (not built yet) it still clusters the article's entities.
"""

from __future__ import annotations

import logging

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage

log = logging.getLogger(__name__)


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.kb.base import open_kb
    from khabar.kb.linker import Linker

    try:
        kb = open_kb(config.kb_path)
    except FileNotFoundError as exc:
        log.warning("%s: entities are clustered but not linked", exc)
        kb = None
    linker = Linker(kb)

    def link(doc: Document) -> None:
        linker(doc)

    return link
