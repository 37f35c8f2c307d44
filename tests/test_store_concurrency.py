"""Concurrent ingest: 4 writer processes, 2,000 articles (plus 50 that every writer writes), each backend."""

from __future__ import annotations

import multiprocessing as mp

import store_fixtures

from khabar.store import open_store
from khabar.store.synthetic import synthetic_document, write_synthetic

backend, url = store_fixtures.backend, store_fixtures.url

WRITERS, PER_WRITER, SHARED = 4, 500, 50


def test_four_writers_lose_nothing_and_double_nothing(url):
    open_store(url).close()  # create the schema once, as a server would
    ctx = mp.get_context("fork")  # the parent holds no open connection here
    with ctx.Pool(WRITERS) as pool:
        written = pool.starmap(
            write_synthetic, [(url, seed, PER_WRITER, SHARED, 50) for seed in range(WRITERS)]
        )
    assert written == [PER_WRITER + SHARED] * WRITERS
    docs = [synthetic_document(i, seed=s) for s in range(WRITERS) for i in range(PER_WRITER)]
    docs += [synthetic_document(i, seed=999_999, prefix="shared") for i in range(SHARED)]
    store = open_store(url)
    try:
        counts = store.counts()
        assert counts["documents"] == WRITERS * PER_WRITER + SHARED == len({d.id for d in docs})
        assert counts["entities"] == sum(len(d.entities) for d in docs)
        assert counts["mentions"] == sum(len(e.mentions) for d in docs for e in d.entities)
        assert counts["events"] == sum(len(d.events) for d in docs)
        assert counts["quotes"] == counts["documents"]
        # the text index holds each article once
        assert store.search("الحالية", limit=1).total == counts["documents"]
        sample = docs[::97]
        assert all(store.get(d.id).to_dict() == d.to_dict() for d in sample)
    finally:
        store.close()
