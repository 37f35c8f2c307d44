"""Ingestion: files, directories and streams in, ``Document``s (or clear ``IngestError``s) out.

``read_inputs`` never raises for one bad input: it yields an ``IngestError`` naming it and goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from khabar.document import Document, make_id


@dataclass(frozen=True)
class IngestError:
    input: str
    message: str

    def __str__(self) -> str:
        return f"{self.input}: {self.message}"


@dataclass(frozen=True)
class JsonlFields:
    """Which JSONL keys hold what; the defaults fit most news dumps (SaudiNewsNet included)."""

    text: tuple[str, ...] = ("text", "content", "body")
    title: tuple[str, ...] = ("title", "headline")
    published: tuple[str, ...] = ("published", "date", "date_published", "date_extracted")
    url: tuple[str, ...] = ("url", "link")
    source: tuple[str, ...] = ("source", "site")
    id: tuple[str, ...] = ("id",)
    html: tuple[str, ...] = ("html",)
    extra: dict[str, str] = field(default_factory=dict)


def parse_date(value: object) -> date | None:
    """A publication date from a string, or None when it is not a valid date."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def document_from_text(
    text: str, *, input_name: str, published: date | None = None, **meta: object
) -> Document | IngestError:
    from khabar.ingest.clean import clean_text

    cleaned = clean_text(text)
    if not cleaned.strip():
        return IngestError(input_name, "no text (empty after cleaning)")
    doc_id = str(meta.pop("id", None) or make_id(str(meta.get("url") or ""), cleaned))
    return Document(id=doc_id, text=cleaned, published=published, **meta)  # type: ignore[arg-type]


def read_inputs(
    inputs: Iterable[str], *, published: date | None = None, fields: JsonlFields | None = None
) -> Iterator[Document | IngestError]:
    for name in inputs:
        if name == "-":
            yield document_from_text(sys.stdin.read(), input_name="<stdin>", published=published)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            if not files:
                yield IngestError(name, "directory holds no files")
            for p in files:
                yield from read_file(p, published=published, fields=fields)
        elif path.exists():
            yield from read_file(path, published=published, fields=fields)
        else:
            yield IngestError(name, "no such file or directory")


def read_file(
    path: Path, *, published: date | None = None, fields: JsonlFields | None = None
) -> Iterator[Document | IngestError]:
    from khabar.ingest.formats import read_any

    yield from read_any(path, published=published, fields=fields or JsonlFields())


def iter_jsonl_records(
    lines: Iterable[str], input_name: str, fields: JsonlFields
) -> Iterator[Document | IngestError]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{input_name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict):
            yield IngestError(where, "a JSONL line must be an object")
            continue

        def pick(keys: tuple[str, ...], rec: dict = rec) -> object:
            return next((rec[k] for k in keys if rec.get(k) not in (None, "")), None)

        text = pick(fields.text)
        if not isinstance(text, str) or not text.strip():
            yield IngestError(where, f"no text in any of the fields {', '.join(fields.text)}")
            continue
        yield document_from_text(
            text,
            input_name=where,
            published=parse_date(pick(fields.published)),
            title=pick(fields.title),
            url=pick(fields.url),
            source=pick(fields.source),
            id=pick(fields.id),
        )
