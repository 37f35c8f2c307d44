"""Batch ingest into the store, resumable: a batch killed half-way loses nothing and doubles nothing.

Article ids are stable (``make_id`` of url and text), documents are written with their ingest-log
entries in one transaction per small batch, and a rerun skips articles whose id is already stored.
So after a crash, rerunning the same command redoes at most one batch and writes each article once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from khabar.document import Document
from khabar.store.base import Store


@dataclass
class IngestStats:
    read: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store (resume)
    failed: int = 0
    stage_errors: int = 0
    errors: list[str] = field(default_factory=list)


def ingest(
    store: Store,
    inputs: Iterable[str],
    *,
    pipeline: Callable[[Document], Document] | None = None,
    published: date | None = None,
    batch_size: int = 20,
    force: bool = False,
    on_progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    from khabar.ingest import IngestError, read_inputs

    stats = IngestStats()
    batch: list[Document] = []
    log: list[tuple[str, str | None, str, str | None]] = []

    def flush() -> None:
        nonlocal batch, log
        if not batch and not log:
            return
        # Documents whose id is already stored are skipped before the pipeline runs; a
        # document repeated inside one batch is written once.
        store.put_logged(batch, log)
        stats.stored += len({d.id for d in batch})
        batch, log = [], []

    pending: list[Document] = []

    def process(docs: list[Document]) -> None:
        known = set() if force else store.has(d.id for d in docs)
        for doc in docs:
            if doc.id in known or any(d.id == doc.id for d in batch):
                stats.skipped += 1
                continue
            if pipeline is not None:
                doc = pipeline(doc)
            if doc.errors:
                stats.stage_errors += len(doc.errors)
            batch.append(doc)
            log.append(
                (
                    f"doc:{doc.id}",
                    doc.id,
                    "stored",
                    "; ".join(f"{e.stage}: {e.error}" for e in doc.errors) or None,
                )
            )
            if len(batch) >= batch_size:
                flush()
            if on_progress:
                on_progress(stats)

    for item in read_inputs(inputs, published=published):
        stats.read += 1
        if isinstance(item, IngestError):
            stats.failed += 1
            stats.errors.append(str(item))
            log.append((item.input, None, "failed", item.message))
            if on_progress:
                on_progress(stats)
            continue
        pending.append(item)
        if len(pending) >= batch_size:
            process(pending)
            pending = []
    if pending:
        process(pending)
    flush()
    if on_progress:
        on_progress(stats)
    return stats
