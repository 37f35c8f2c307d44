"""Per-format readers: plain text and JSONL (HTML, RSS/Atom and WARC come with the ingest work)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from khabar.document import Document
from khabar.ingest import IngestError, JsonlFields, document_from_text, iter_jsonl_records


def read_any(path: Path, *, published: date | None, fields: JsonlFields) -> Iterator[Document | IngestError]:
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield IngestError(name, f"cannot read ({exc.strerror})")
        return
    if name.endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except OSError as exc:
            yield IngestError(name, f"not a valid gzip file ({exc})")
            return
        name_inner = name[:-3]
    else:
        name_inner = name
    if not raw.strip():
        yield IngestError(name, "empty file")
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield IngestError(name, "not UTF-8 text")
        return
    if name_inner.endswith((".jsonl", ".ndjson")):
        yield from iter_jsonl_records(text.splitlines(), name, fields)
    else:
        yield document_from_text(text, input_name=name, published=published)
