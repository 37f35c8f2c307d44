"""PostgreSQL backend (for teams): psycopg 3, full-text search over the normalized text.

The ``tsv`` column holds ``to_tsvector('simple', words) || to_tsvector('simple', stems)``: the
article's words after ``khabar.text.normalize`` and the same words without proclitics, so the
'simple' configuration (lower-casing only) matches Arabic the way the SQLite FTS5 index does.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from khabar.store.base import COMMON_TABLES_V1, COMMON_TABLES_V2, QueryUnit, Store, StoreError

MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            """CREATE TABLE documents (seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                language TEXT, published TEXT, title TEXT, source TEXT, url TEXT, text TEXT NOT NULL,
                doc_json TEXT NOT NULL, n_entities INTEGER, n_events INTEGER, ingested_at TEXT,
                tsv tsvector)""",
            "CREATE INDEX documents_published ON documents (published)",
            "CREATE INDEX documents_tsv ON documents USING GIN (tsv)",
            *COMMON_TABLES_V1,
        ],
    ),
    (2, COMMON_TABLES_V2),
]
LATEST = MIGRATIONS[-1][0]
_LOCK_ID = 74820013  # advisory lock serialising migrations between processes


class PostgresStore(Store):
    backend = "postgres"
    placeholder = "%s"

    def __init__(self, dsn: str, *, migrate: bool = True, target_version: int | None = None) -> None:
        super().__init__()
        self.dsn = dsn
        self.url = _redact(dsn)
        if migrate:
            self.migrate(target_version)

    def _connect(self) -> Any:
        import psycopg

        try:
            return psycopg.connect(self.dsn, autocommit=False, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {self.url}: {str(exc).strip()}") from None

    def _begin_write(self, conn: Any) -> None:
        if conn.info.transaction_status != 0:  # not idle: close whatever a read left open
            conn.commit()

    def _end_read(self, conn: Any) -> None:
        conn.commit()

    def _is_retryable(self, exc: Exception) -> bool:
        import psycopg.errors as e

        return isinstance(exc, (e.UniqueViolation, e.DeadlockDetected, e.SerializationFailure))

    def _is_disconnect(self, conn: Any, exc: Exception) -> bool:
        import psycopg

        return bool(conn.closed) or isinstance(exc, psycopg.OperationalError) and conn.broken

    def _after_error(self, conn: Any) -> None:
        if not conn.closed:
            conn.rollback()  # a failed read leaves the transaction aborted

    def migrate(self, target_version: int | None = None) -> int:
        target = LATEST if target_version is None else target_version
        conn = self.conn
        with conn.cursor() as cur:
            try:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_ID])
                self._apply_migrations(cur.execute, MIGRATIONS, target, "")
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
        return self.schema_version()

    def _returning_seq(self) -> str:
        return " RETURNING seq"

    def _new_seq(self, cur: Any) -> int | None:
        return cur.fetchone()[0]

    def _fts_write(self, cur: Any, doc_id: str, rowid: int | None, words: str, stems: str) -> None:
        cur.execute(
            "UPDATE documents SET tsv = to_tsvector('simple', %s) || to_tsvector('simple', %s) WHERE seq = %s",
            [words, stems, rowid],
        )

    def _fts_delete(self, cur: Any, doc_id: str, rowid: int | None) -> None:
        return None  # the vector lives in the documents row

    def _tsquery(self, units: list[QueryUnit]) -> tuple[str, list[Any]]:
        parts = ["(phraseto_tsquery('simple', ?) || phraseto_tsquery('simple', ?))" for _ in units]
        params: list[Any] = []
        for u in units:
            params += [" ".join(u.words), " ".join(u.stems)]
        return " && ".join(parts), params

    def _fts_clause(self, units: list[QueryUnit]) -> tuple[str, list[Any]]:
        q, params = self._tsquery(units)
        return "{d}.tsv @@ (" + q + ")", params

    def _fts_join(self, units: list[QueryUnit]) -> tuple[str, list[Any]]:
        q, params = self._tsquery(units)
        return (
            "JOIN (SELECT fd.seq AS fid, -ts_rank(fd.tsv, qq.q) AS rank FROM documents fd, "
            f"(SELECT {q} AS q) qq WHERE fd.tsv @@ qq.q) f ON f.fid = d.seq",
            params,
        )

    def _log_entry(self, cur: Any, entry: tuple) -> None:
        cur.execute(
            "INSERT INTO ingest_log (input, doc_id, status, message, at) VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (input) DO UPDATE SET doc_id = excluded.doc_id, status = excluded.status, "
            "message = excluded.message, at = excluded.at",
            [*entry, datetime.now(UTC).isoformat(timespec="seconds")],
        )

    def drop_all(self) -> None:
        """Remove every khabar table (tests use it to start from an empty database)."""
        conn = self.conn
        with conn.cursor() as cur:
            cur.execute(
                "DROP TABLE IF EXISTS documents, entities, mentions, times, amounts, quotes, events, "
                "doc_countries, ingest_log, schema_migrations CASCADE"
            )
        conn.commit()


def _redact(dsn: str) -> str:
    import re

    return re.sub(
        r"(password=)\S+|(://[^:/@]+:)[^@]+@",
        lambda m: (m.group(1) or m.group(2)) + "***" + ("" if m.group(1) else "@"),
        dsn,
    )
