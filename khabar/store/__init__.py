"""The article store: SQLite (embedded default, one file) or PostgreSQL (for teams), one interface.

>>> store = open_store("khabar.db")                      # or "postgresql://user@host/db"
>>> store.put(doc); store.get(doc.id); store.search("اوكرانيا", country="UA").total
"""

from __future__ import annotations

import os
from pathlib import Path

from khabar.store.base import Filters, SearchHit, SearchResult, Store, StoreError

DEFAULT_STORE = "khabar.db"

__all__ = ["DEFAULT_STORE", "Filters", "SearchHit", "SearchResult", "Store", "StoreError", "open_store"]


def open_store(url_or_path: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (creating and migrating as needed) the store at a path or URL.

    ``postgresql://...`` / ``postgres://...`` (or a libpq ``key=value`` string with ``dbname=``)
    opens PostgreSQL; ``sqlite:///path``, a path, or None (``$KHABAR_STORE`` else ``khabar.db``)
    opens SQLite.
    """
    target = str(url_or_path) if url_or_path is not None else os.environ.get("KHABAR_STORE", DEFAULT_STORE)
    if target.startswith(("postgresql://", "postgres://")) or (
        "dbname=" in target and not Path(target).exists()
    ):
        from khabar.store.postgres import PostgresStore

        return PostgresStore(target, migrate=migrate)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    elif target.startswith("sqlite://"):
        target = target[len("sqlite://") :]
    if "://" in target:
        raise StoreError(
            f"unknown store URL scheme: {target.split('://')[0]!r} (use a path or postgresql://)"
        )
    from khabar.store.sqlite import SQLiteStore

    return SQLiteStore(target, migrate=migrate)
