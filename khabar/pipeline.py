"""Ordered stages over a document.

A stage is a callable ``(Document) -> None`` that fills its part of the document. Stages are
registered by name with a factory that builds them once (loading models), so a pipeline built once
per worker processes any number of documents. A stage that raises on one article is recorded in that
article's ``errors`` and the next stages still run: one bad article never stops a batch.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from khabar.document import Document, StageError

log = logging.getLogger(__name__)

Stage = Callable[[Document], None]
StageFactory = Callable[["PipelineConfig"], Stage]


@dataclass
class PipelineConfig:
    disabled: set[str] = field(default_factory=set)
    ner_backend: str = (
        "crf"  # "crf" (shipped), "neural" (trained locally), "transformers" (a local model directory)
    )
    ner_model: str | None = None
    kb_path: str | None = None
    # stage options by name, e.g. "quotes_speaker_ranker" and "events_factuality_model" (the learned
    # components over the rules: False, True for the shipped weights, or a path to a weights file)
    options: dict[str, Any] = field(default_factory=dict)


# name -> "module:factory"; imported lazily so that `khabar schema` does not load models.
_REGISTRY: dict[str, str | StageFactory] = {}
DEFAULT_ORDER: list[str] = []


def register_stage(name: str, factory: str | StageFactory, *, after: str | None = None) -> None:
    """Register a stage factory (or its import path ``"pkg.module:function"``) under ``name``."""
    _REGISTRY[name] = factory
    if name in DEFAULT_ORDER:
        return
    if after is not None and after in DEFAULT_ORDER:
        DEFAULT_ORDER.insert(DEFAULT_ORDER.index(after) + 1, name)
    else:
        DEFAULT_ORDER.append(name)


# The default order: each stage reads what the ones before it wrote.
register_stage("language", "khabar.text.stage:make_stage")
register_stage("entities", "khabar.entities.stage:make_stage")
register_stage("link", "khabar.kb.stage:make_stage")
register_stage("times", "khabar.time.stage:make_stage")
register_stage("amounts", "khabar.amounts.stage:make_stage")
register_stage("quotes", "khabar.quotes.stage:make_stage")
register_stage("events", "khabar.events.stage:make_stage")


def stage_names() -> list[str]:
    return list(DEFAULT_ORDER)


def _resolve(factory: str | StageFactory) -> StageFactory:
    if callable(factory):
        return factory
    module, _, attr = factory.partition(":")
    return getattr(importlib.import_module(module), attr)


class Pipeline:
    def __init__(self, config: PipelineConfig | None = None, stages: Iterable[str] | None = None) -> None:
        self.config = config or PipelineConfig()
        names = list(stages) if stages is not None else stage_names()
        unknown = (set(names) | self.config.disabled) - set(_REGISTRY)
        if unknown:
            raise ValueError(
                f"unknown stage(s): {', '.join(sorted(unknown))}; known: {', '.join(stage_names())}"
            )
        self.names = [n for n in names if n not in self.config.disabled]
        self.stages: list[tuple[str, Stage]] = [(n, _resolve(_REGISTRY[n])(self.config)) for n in self.names]
        self.timings: dict[str, float] = dict.fromkeys(self.names, 0.0)

    def __call__(self, doc: Document) -> Document:
        for name, stage in self.stages:
            t0 = time.perf_counter()
            try:
                stage(doc)
            except Exception as exc:  # one article's failure is reported on that article
                log.debug("stage %s failed on %s", name, doc.id, exc_info=True)
                doc.errors.append(StageError(stage=name, error=f"{type(exc).__name__}: {exc}"))
            self.timings[name] += time.perf_counter() - t0
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


_DEFAULT: dict[tuple, Pipeline] = {}


def default_pipeline(config: PipelineConfig | None = None) -> Pipeline:
    """A pipeline shared within the process (models load once per worker)."""
    config = config or PipelineConfig()
    # the options too (e.g. ``events_factuality_model``): a pipeline built without one is not reused for it
    opts = tuple(sorted((k, repr(v)) for k, v in config.options.items()))
    key = (frozenset(config.disabled), config.ner_backend, config.ner_model, config.kb_path, opts)
    if key not in _DEFAULT:
        _DEFAULT[key] = Pipeline(config)
    return _DEFAULT[key]
