"""SQLite backend: one file, WAL journal, FTS5 over the normalized text (the embedded default)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from khabar.store.base import COMMON_TABLES_V1, COMMON_TABLES_V2, QueryUnit, Store, StoreError

# Versioned migrations: (version, statements). Never edit a released one; append a new version.
MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            """CREATE TABLE documents (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                language TEXT, published TEXT, title TEXT, source TEXT, url TEXT, text TEXT NOT NULL,
                doc_json TEXT NOT NULL, n_entities INTEGER, n_events INTEGER, ingested_at TEXT)""",
            "CREATE INDEX documents_published ON documents (published)",
            # words: normalized words; stems: the same words without proclitics (parallel sequences)
            """CREATE VIRTUAL TABLE doc_fts USING fts5(words, stems,
                tokenize = "unicode61 remove_diacritics 0 tokenchars '_'")""",
            *COMMON_TABLES_V1,
        ],
    ),
    (2, COMMON_TABLES_V2),
]
LATEST = MIGRATIONS[-1][0]


class SQLiteStore(Store):
    backend = "sqlite"
    placeholder = "?"

    def __init__(self, path: str | Path, *, migrate: bool = True, target_version: int | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if migrate:
            self.migrate(target_version)

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite store {self.path}: {exc}") from None
        conn.execute("PRAGMA busy_timeout=60000")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=OFF")
        return _Conn(conn)

    def _begin_write(self, conn: Any) -> None:
        conn.execute("BEGIN IMMEDIATE")

    def _is_retryable(self, exc: Exception) -> bool:
        return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)

    def migrate(self, target_version: int | None = None) -> int:
        target = LATEST if target_version is None else target_version
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            self._apply_migrations(conn.execute, MIGRATIONS, target, f"{self.path} ")
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        return self.schema_version()

    # -- full text
    def _returning_seq(self) -> str:
        return ""

    def _new_seq(self, cur: Any) -> int | None:
        return cur.lastrowid

    def _fts_write(self, cur: Any, doc_id: str, rowid: int | None, words: str, stems: str) -> None:
        cur.execute("INSERT INTO doc_fts (rowid, words, stems) VALUES (?, ?, ?)", [rowid, words, stems])

    def _fts_delete(self, cur: Any, doc_id: str, rowid: int | None) -> None:
        cur.execute("DELETE FROM doc_fts WHERE rowid = ?", [rowid])

    def _fts_expr(self, units: list[QueryUnit]) -> str:
        # The FTS5 expression travels as a bound parameter; each word is a quoted FTS5 string.
        return " AND ".join(
            f'(words : "{_q(" ".join(u.words))}" OR stems : "{_q(" ".join(u.stems))}")' for u in units
        )

    def _fts_clause(self, units: list[QueryUnit]) -> tuple[str, list[Any]]:
        return "{d}.seq IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)", [self._fts_expr(units)]

    def _fts_join(self, units: list[QueryUnit]) -> tuple[str, list[Any]]:
        return (
            "JOIN (SELECT rowid AS fid, bm25(doc_fts) AS rank FROM doc_fts WHERE doc_fts MATCH ?) f "
            "ON f.fid = d.seq",
            [self._fts_expr(units)],
        )

    def _log_entry(self, cur: Any, entry: tuple) -> None:
        cur.execute(
            "INSERT INTO ingest_log (input, doc_id, status, message, at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (input) DO UPDATE SET doc_id = excluded.doc_id, status = excluded.status, "
            "message = excluded.message, at = excluded.at",
            [*entry, datetime.now(UTC).isoformat(timespec="seconds")],
        )


def _q(s: str) -> str:
    return s.replace('"', '""')


class _Conn:
    """A sqlite3 connection in autocommit mode with explicit BEGIN/COMMIT (so BEGIN IMMEDIATE works)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._c = conn

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self._c.execute(sql, params)

    def cursor(self) -> sqlite3.Cursor:
        return self._c.cursor()

    def commit(self) -> None:
        if self._c.in_transaction:
            self._c.execute("COMMIT")

    def rollback(self) -> None:
        if self._c.in_transaction:
            self._c.execute("ROLLBACK")

    def close(self) -> None:
        self._c.close()
