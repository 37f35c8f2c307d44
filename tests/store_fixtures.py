"""Fixtures shared by the store, API and export tests: the same tests run on SQLite and PostgreSQL.

PostgreSQL tests (marker ``postgres``) use the server in ``KHABAR_PG_DSN`` (``.ci/system-deps``
starts one on 127.0.0.1); without it they are skipped, saying so.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar.store import Store, open_store

PG_DSN = os.environ.get("KHABAR_PG_DSN")
needs_pg = pytest.mark.skipif(
    not PG_DSN, reason="KHABAR_PG_DSN is not set (.ci/system-deps starts PostgreSQL)"
)
BACKENDS = ["sqlite", pytest.param("postgres", marks=[pytest.mark.postgres, needs_pg])]


def reset_pg() -> None:
    from khabar.store.postgres import PostgresStore

    s = PostgresStore(PG_DSN or "", migrate=False)
    s.drop_all()
    s.close()


def store_url(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return str(tmp_path / "khabar.db")
    reset_pg()
    return PG_DSN or ""


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def url(backend: str, tmp_path: Path) -> str:
    return store_url(backend, tmp_path)


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    s = open_store(url)
    yield s
    s.close()
