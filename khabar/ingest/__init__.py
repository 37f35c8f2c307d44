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
    html: tuple[str, ...] = ("html", "raw_html")
    author: tuple[str, ...] = ("author", "byline", "authors")
    language: tuple[str, ...] = ("language", "lang")
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_options(cls, options: Iterable[str]) -> JsonlFields:
        """``["text=content", "published=date,pubdate"]`` -> those fields looked up in those keys only."""
        import dataclasses

        names = {f.name for f in dataclasses.fields(cls)} - {"extra"}
        changes: dict[str, tuple[str, ...]] = {}
        for opt in options:
            key, sep, value = opt.partition("=")
            key = key.strip()
            if not sep or key not in names or not value.strip():
                raise ValueError(
                    f"--field wants NAME=KEY[,KEY...] with NAME one of {', '.join(sorted(names))}: {opt!r}"
                )
            changes[key] = tuple(v.strip() for v in value.split(",") if v.strip())
        return dataclasses.replace(cls(), **changes)


# One article's cleaned text may not exceed this (about 200 pages); larger inputs are errors.
MAX_TEXT_CHARS = 2_000_000


def document_from_text(
    text: str, *, input_name: str, published: date | None = None, **meta: object
) -> Document | IngestError:
    from khabar.ingest.clean import clean_text

    if len(text) > 2 * MAX_TEXT_CHARS:
        return IngestError(input_name, f"text too long for one article ({len(text):,} characters)")
    cleaned = clean_text(text)
    if not cleaned.strip():
        return IngestError(input_name, "no text (empty after cleaning)")
    if len(cleaned) > MAX_TEXT_CHARS:
        return IngestError(
            input_name, f"text too long for one article ({len(cleaned):,} > {MAX_TEXT_CHARS:,} characters)"
        )
    meta = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in meta.items()}
    doc_id = str(meta.pop("id", None) or make_id(str(meta.get("url") or ""), cleaned))
    try:
        return Document(id=doc_id, text=cleaned, published=published, **meta)  # type: ignore[arg-type]
    except ValueError as exc:  # pydantic: a metadata field of the wrong type
        return IngestError(input_name, f"invalid metadata ({str(exc).splitlines()[0]})")


def read_inputs(
    inputs: Iterable[str],
    *,
    published: date | None = None,
    fields: JsonlFields | None = None,
    fmt: str | None = None,
) -> Iterator[Document | IngestError]:
    """Documents from files, directories (recursively, hidden files skipped) and ``-`` (stdin).

    ``fmt`` forces a format (text, html, jsonl, json, feed, warc); by default it comes from the
    file extension or, failing that, from sniffing the first bytes.
    """
    for name in inputs:
        if name == "-":
            from khabar.ingest.formats import read_stream

            yield from read_stream(
                sys.stdin.buffer, "<stdin>", published=published, fields=fields or JsonlFields(), fmt=fmt
            )
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.parts)
            )
            if not files:
                yield IngestError(name, "directory holds no files")
            for p in files:
                yield from read_file(p, published=published, fields=fields, fmt=fmt)
        elif path.exists():
            yield from read_file(path, published=published, fields=fields, fmt=fmt)
        else:
            yield IngestError(name, "no such file or directory")


def input_files(inputs: Iterable[str]) -> list[str]:
    """The inputs with directories expanded to their files (sorted, hidden ones skipped).

    A missing path or an empty directory stays in the list, so ``read_inputs`` reports it.
    """
    out: list[str] = []
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            files = _dir_files(path)
            out.extend([str(p) for p in files] or [name])
        else:
            out.append(name)
    return out


def _dir_files(path: Path) -> list[Path]:
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def read_file(
    path: Path, *, published: date | None = None, fields: JsonlFields | None = None, fmt: str | None = None
) -> Iterator[Document | IngestError]:
    from khabar.ingest.formats import read_any

    yield from read_any(path, published=published, fields=fields or JsonlFields(), fmt=fmt)


def iter_jsonl_records(
    lines: Iterable[str], input_name: str, fields: JsonlFields, sep: str = ":"
) -> Iterator[Document | IngestError]:
    """One Document (or IngestError) per JSON object line; ``input:line`` names each record."""
    from khabar.ingest.dates import parse_date as parse_date_strict

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{input_name}{sep}{n}"
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

        def pick_key(keys: tuple[str, ...], rec: dict = rec) -> str | None:
            return next((k for k in keys if rec.get(k) not in (None, "")), None)

        date_key = pick_key(fields.published)
        try:
            published = parse_date_strict(rec[date_key]) if date_key else None
        except (ValueError, TypeError) as exc:
            yield IngestError(where, f"{exc} in field {date_key!r}")
            continue
        meta = {
            "title": _str_or_none(pick(fields.title)),
            "url": _str_or_none(pick(fields.url)),
            "source": _str_or_none(pick(fields.source)),
            "author": _str_or_none(pick(fields.author)),
            "id": _str_or_none(pick(fields.id)),
            "language": _LANGUAGES.get(str(pick(fields.language) or "").strip().lower()[:7]),
        }
        text = pick(fields.text)
        html = pick(fields.html)
        if (not isinstance(text, str) or not text.strip()) and isinstance(html, str) and html.strip():
            from khabar.ingest.formats import html_document

            yield html_document(html, where, published=published, **meta)
            continue
        if not isinstance(text, str) or not text.strip():
            yield IngestError(where, f"no text in any of the fields {', '.join(fields.text)}")
            continue
        yield document_from_text(text, input_name=where, published=published, **meta)


# A record's declared language, when it is one the pipeline knows; anything else is detected.
_LANGUAGES = {"ar": "ar", "ara": "ar", "arabic": "ar", "en": "en", "eng": "en", "english": "en"}


def _str_or_none(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, list):
        v = ", ".join(str(x) for x in v if x)
    s = str(v).strip()
    return s or None
