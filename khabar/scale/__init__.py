"""Corpus scale: ``khabar run`` (parallel processes or Ray Data, Parquet out), the outputs in DuckDB
and in the store, near-duplicate detection and story clustering.

Heavy modules (pyarrow, duckdb, ray, the sentence encoder) are imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from khabar.document import Document


def duckdb_views(out_dir: str | Path, con: Any = None) -> Any:
    """A DuckDB connection with views ``documents`` and ``events`` over a run's Parquet output.

    Only files of finished shards (those listed in manifests) are read, so a run that died half-way
    shows each document once. After ``khabar stories``, views ``story_articles``, ``stories`` and
    ``canonical_events`` are there too. The hive partition column ``date`` (``YYYY-MM`` or ``unknown``) is a
    string; ``published`` is the article's date.
    """
    import duckdb
    import pyarrow as pa

    from khabar.scale.runner import output_files
    from khabar.scale.tables import DOC_SCHEMA, EVENT_SCHEMA

    con = con or duckdb.connect()
    for table, schema in (("documents", DOC_SCHEMA), ("events", EVENT_SCHEMA)):
        files = [str(p) for p in output_files(out_dir, table)]
        if files:
            lst = "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"
            con.execute(
                f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM read_parquet({lst}, "
                "hive_partitioning = true, hive_types = {'date': VARCHAR})"
            )
        else:
            empty = pa.Table.from_pylist([], schema=schema.append(pa.field("date", pa.string())))
            con.register(f"_empty_{table}", empty)
            con.execute(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM _empty_{table}")
    stories = Path(out_dir) / "stories"
    for name in ("articles", "stories", "canonical_events"):
        p = stories / f"{name}.parquet"
        if p.exists():
            view = "story_articles" if name == "articles" else name
            path = str(p).replace("'", "''")
            con.execute(f"CREATE OR REPLACE VIEW {view} AS SELECT * FROM read_parquet('{path}')")
    return con


def iter_documents(out_dir: str | Path, batch_size: int = 1000) -> Iterator[Document]:
    """Every document of a run's output (finished shards only), rebuilt from its JSON column."""
    import pyarrow.parquet as pq

    from khabar.document import Document
    from khabar.scale.runner import output_files

    for path in output_files(out_dir, "documents"):
        pf = pq.ParquetFile(path)
        for batch in pf.iter_batches(batch_size=batch_size, columns=["json"]):
            for s in batch.column(0).to_pylist():
                yield Document.model_validate_json(s)


def load_into_store(out_dir: str | Path, store: str | Any, batch_size: int = 500) -> int:
    """Put every document of a run into the store (a URL/path for ``khabar.store.open_store``, or an
    open store). ``put_many`` is idempotent by document id, so loading twice adds nothing.
    Returns the number the store reports as written."""
    own = False
    if isinstance(store, str | Path):
        from khabar.store import open_store  # type: ignore[attr-defined]

        store = open_store(str(store))
        own = True
    n = 0
    batch: list[Document] = []
    try:
        for doc in iter_documents(out_dir):
            batch.append(doc)
            if len(batch) >= batch_size:
                n += store.put_many(batch)
                batch = []
        if batch:
            n += store.put_many(batch)
    finally:
        if own:
            store.close()
    return n
