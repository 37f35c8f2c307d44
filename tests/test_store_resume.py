"""Resumable batch ingest on both backends: a batch interrupted mid-way, rerun, ends complete and single."""

from __future__ import annotations

import json

import pytest
import store_fixtures

from khabar.store import open_store
from khabar.store.batch import ingest

backend, url = store_fixtures.backend, store_fixtures.url


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing on the way handles it."""


def test_interrupted_batch_resumes(url, tmp_path):
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(120):
            f.write(
                json.dumps({"id": f"r{i}", "text": f"خبر رقم {i} عن أوكرانيا وروسيا."}, ensure_ascii=False)
                + "\n"
            )
    seen = 0

    def dying(doc):
        nonlocal seen
        seen += 1
        if seen == 57:
            raise Crash()
        return doc

    store = open_store(url)
    with pytest.raises(Crash):
        ingest(store, [str(src)], pipeline=dying, batch_size=10)
    assert store.count() == 50  # five whole batches committed, the sixth lost with the "crash"
    store.close()
    store = open_store(url)
    stats = ingest(store, [str(src)], pipeline=lambda d: d, batch_size=10)
    assert (stats.stored, stats.skipped, stats.failed) == (70, 50, 0)
    assert store.count() == 120 == len(set(store.ids()))
    assert store.search("اوكرانيا", limit=1).total == 120
    assert store.counts()["documents"] == 120
    stats = ingest(store, [str(src)], pipeline=lambda d: d, batch_size=10)
    assert (stats.stored, stats.skipped) == (0, 120)
    store.close()
