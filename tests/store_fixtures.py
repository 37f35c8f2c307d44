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


_CLI = None


def cli_app():
    """The full ``khabar`` typer app (every package's commands registered), for in-process runs."""
    global _CLI
    if _CLI is None:
        import importlib

        from khabar import cli
        from khabar.cli_groups import Groups

        groups = Groups(app=cli.app, eval=cli.eval_app, train=cli.train_app, build=cli.build_app)
        registered = {
            c.name or (c.callback.__name__ if c.callback else "") for c in cli.app.registered_commands
        }
        if "ingest" not in registered:
            for module in cli._COMMAND_MODULES:
                importlib.import_module(module).register(groups)
        _CLI = cli.app
    return _CLI


def run_cli(*args: str):
    """Run ``khabar ARGS`` in this process; returns typer's Result (exit_code, stdout, stderr)."""
    from typer.testing import CliRunner

    return CliRunner().invoke(cli_app(), [str(a) for a in args])
