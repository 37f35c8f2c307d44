"""Per-format readers: plain text, HTML, JSONL/JSON, RSS/Atom and WARC, chosen by extension or sniffed.

Size policy (so a huge input neither exhausts memory nor stalls a batch for minutes):
- a single-article file (plain text, HTML) is read only up to its cap (``MAX_TEXT_BYTES``,
  ``MAX_HTML_BYTES``); a larger one is reported as an error for that input, never truncated
  silently, because a 50 MB "article" is almost always a corpus that should be split or given as
  JSONL;
- container formats are streamed: JSONL line by line, WARC record by record (records larger than
  ``MAX_HTML_BYTES`` are skipped with an error), feeds up to ``MAX_FEED_BYTES``;
- every record's cleaned text is capped at ``MAX_TEXT_CHARS`` characters (error for that record).
"""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from khabar.document import Document
from khabar.ingest import IngestError, JsonlFields, document_from_text, iter_jsonl_records
from khabar.ingest.dates import parse_date
from khabar.ingest.decode import DecodeError, binary_kind, decode_bytes

MAX_TEXT_BYTES = 4_000_000
MAX_HTML_BYTES = 16_000_000
MAX_FEED_BYTES = 64_000_000
SNIFF = 65_536

_EXT = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".php": "html", ".asp": "html",
    ".aspx": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jl": "jsonl", ".json": "json",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
    ".warc": "warc", ".arc": "warc",
}  # fmt: skip
FORMATS = ("text", "html", "jsonl", "json", "feed", "warc")
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.I | re.S
)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)


def format_from_name(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    if lower.endswith(".warc") or ".warc." in lower:
        return "warc"
    return _EXT.get(Path(lower).suffix)


def sniff_format(head: bytes) -> str:
    """The format of a stream from its first bytes (after any gzip layer)."""
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if h.startswith(b"WARC/"):
        return "warc"
    if h.startswith(b"<?xml") or h.startswith(b"<rss") or h.startswith(b"<feed"):
        if _FEED_ROOT.search(h[:4096]):
            return "feed"
        return "html" if re.search(rb"<html\b", h[:4096], re.I) else "feed"
    if _HTML_START.match(h):
        return "feed" if _FEED_ROOT.match(h) else "html"
    if h[:1] == b"{":
        first = h.split(b"\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    if h[:1] == b"[":
        return "json"
    return "text"


class _Prefixed(io.RawIOBase):
    """A stream that yields ``head`` and then the rest of ``fp``: sniffing without seeking."""

    def __init__(self, head: bytes, fp: IO[bytes]) -> None:
        self._head, self._fp = head, fp

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._fp.read(len(b))
        b[: len(data)] = data
        return len(data)


def read_any(
    path: Path, *, published: date | None, fields: JsonlFields, fmt: str | None = None
) -> Iterator[Document | IngestError]:
    name = str(path)
    try:
        fp: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield IngestError(name, f"cannot read ({exc.strerror})")
        return
    with fp:
        yield from read_stream(fp, name, published=published, fields=fields, fmt=fmt)


def read_stream(
    fp: IO[bytes], name: str, *, published: date | None, fields: JsonlFields, fmt: str | None = None
) -> Iterator[Document | IngestError]:
    """Read one input (a file or standard input) of any supported format."""
    try:
        head = fp.read(SNIFF)
    except OSError as exc:
        yield IngestError(name, f"cannot read ({exc.strerror or exc})")
        return
    stream: IO[bytes] = io.BufferedReader(_Prefixed(head, fp))
    if head.startswith(b"\x1f\x8b"):
        gz = gzip.GzipFile(fileobj=stream)
        try:
            head = gz.read(SNIFF)
        except (OSError, EOFError, zlib.error) as exc:
            yield IngestError(name, f"not a valid gzip file ({exc or type(exc).__name__})")
            return
        stream = io.BufferedReader(_Prefixed(head, gz))  # type: ignore[arg-type]
    if not head.strip():
        yield IngestError(name, "empty file" if not head else "empty file (only whitespace)")
        return
    kind = binary_kind(head)
    if kind:
        yield IngestError(name, f"binary file ({kind}), not a supported input")
        return
    sniffed = sniff_format(head)
    fmt = fmt or format_from_name(name) or sniffed
    if fmt == "text" and sniffed in ("warc", "feed", "html"):
        fmt = sniffed  # a .txt that is really a web page, a feed or an archive
    elif fmt == "json" and sniffed == "jsonl":
        fmt = "jsonl"  # a .json file with one object a line
    try:
        if fmt == "warc":
            yield from _read_warc(stream, name, fields)
        elif fmt == "jsonl":
            yield from iter_jsonl_records(_text_lines(stream, name), name, fields)
        elif fmt == "json":
            yield from _read_json(stream, name, fields)
        elif fmt == "feed":
            yield from _read_feed(stream, name)
        else:
            yield from _read_single(stream, name, fmt, published)
    except (OSError, EOFError, zlib.error) as exc:  # e.g. a gzip stream cut short or corrupted half-way
        yield IngestError(name, f"read failed ({exc or type(exc).__name__})")


def _read_capped(stream: IO[bytes], cap: int, name: str, what: str) -> bytes | IngestError:
    raw = stream.read(cap + 1)
    if len(raw) > cap:
        size = len(raw)
        while chunk := stream.read(1 << 20):  # count the rest without keeping it
            size += len(chunk)
        return IngestError(
            name,
            f"too large for one {what} ({size / 1e6:.1f} MB > {cap / 1e6:.0f} MB limit); "
            "split it into articles (e.g. JSONL, one article a line)",
        )
    return raw


def _read_single(
    stream: IO[bytes], name: str, fmt: str, published: date | None
) -> Iterator[Document | IngestError]:
    cap = MAX_HTML_BYTES if fmt == "html" else MAX_TEXT_BYTES
    raw = _read_capped(stream, cap, name, "HTML page" if fmt == "html" else "text article")
    if isinstance(raw, IngestError):
        yield raw
        return
    if fmt == "html":
        yield html_document(raw, name, published=published)
        return
    try:
        text, _enc = decode_bytes(raw)
    except DecodeError as exc:
        yield IngestError(name, str(exc))
        return
    yield document_from_text(text, input_name=name, published=published)


def html_document(
    raw: bytes | str, name: str, *, url: str | None = None, published: date | None = None, **meta: object
) -> Document | IngestError:
    """One HTML page to a Document (metadata from the page; ``published`` overrides the page's date)."""
    from khabar.ingest.html import declared_charset, extract_html

    if isinstance(raw, bytes):
        try:
            html, _enc = decode_bytes(raw, declared_charset(raw))
        except DecodeError as exc:
            return IngestError(name, str(exc))
    else:
        html = raw
    try:
        art = extract_html(html, url=url)
    except Exception as exc:  # a last guard: one odd page never stops a batch
        return IngestError(name, f"HTML extraction failed ({type(exc).__name__}: {exc})")
    if not art.text.strip():
        return IngestError(name, "no article text found in the HTML")
    for key, value in (("title", art.title), ("author", art.author), ("source", art.site)):
        if not meta.get(key):
            meta[key] = value
    return document_from_text(
        art.text, input_name=name, published=published or art.published, url=url, **meta
    )


def _text_lines(stream: IO[bytes], name: str) -> Iterator[str]:
    for raw in stream:
        try:
            yield raw.decode("utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8")
        except UnicodeDecodeError:
            try:
                yield decode_bytes(raw)[0]
            except DecodeError:
                yield raw.decode("utf-8", errors="replace")


def _read_json(stream: IO[bytes], name: str, fields: JsonlFields) -> Iterator[Document | IngestError]:
    raw = _read_capped(stream, MAX_FEED_BYTES, name, "JSON file")
    if isinstance(raw, IngestError):
        yield raw
        return
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        # maybe JSONL after all (a first line that did not parse alone)
        yield IngestError(name, f"invalid JSON ({exc})")
        return
    records = data if isinstance(data, list) else [data]
    lines = (json.dumps(r, ensure_ascii=False) for r in records)
    yield from iter_jsonl_records(lines, name, fields, sep="#")


def _read_feed(stream: IO[bytes], name: str) -> Iterator[Document | IngestError]:
    import feedparser

    from khabar.ingest.html import html_fragment_text

    raw = _read_capped(stream, MAX_FEED_BYTES, name, "feed")
    if isinstance(raw, IngestError):
        yield raw
        return
    feed = feedparser.parse(io.BytesIO(raw))  # a stream: feedparser never treats it as a path or URL
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if feed.get("bozo") and feed.get("bozo_exception") else ""
        yield IngestError(name, f"no feed entries found{why}")
        return
    site = feed.feed.get("title") or None
    for i, e in enumerate(feed.entries, 1):
        where = f"{name}#{i}"
        body = ""
        if e.get("content"):
            body = max((c.get("value", "") for c in e.content), key=len)
        summary = e.get("summary", "") or ""
        if len(summary) > len(body):
            body = summary
        text = html_fragment_text(body).strip()
        if not text:
            yield IngestError(where, "feed entry has no content or summary")
            continue
        try:
            published = _entry_date(e)
        except ValueError as exc:
            yield IngestError(where, str(exc))
            continue
        author = e.get("author") or None
        yield document_from_text(
            text, input_name=where, published=published, title=e.get("title") or None,
            url=e.get("link") or None, source=site, author=author,
        )  # fmt: skip


def _entry_date(e: dict) -> date | None:
    for key in ("published", "updated", "created"):
        raw = e.get(key)
        if not raw:
            continue
        parsed = e.get(f"{key}_parsed")
        if parsed:
            return parse_date(parsed)
        return parse_date(raw)  # feedparser could not read it: ours may, or it raises
    return None


def _read_warc(stream: IO[bytes], name: str, fields: JsonlFields) -> Iterator[Document | IngestError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n_html = 0
    try:
        for i, rec in enumerate(ArchiveIterator(stream), 1):
            if rec.rec_type != "response":
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}@{uri or i}"
            ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or ""
            if "html" not in ctype.lower():
                continue
            status = rec.http_headers.get_statuscode() if rec.http_headers else "200"
            if status and not status.startswith("2"):
                continue
            n_html += 1
            body = rec.content_stream().read(MAX_HTML_BYTES + 1)
            if len(body) > MAX_HTML_BYTES:
                yield IngestError(where, f"HTML response over {MAX_HTML_BYTES / 1e6:.0f} MB, skipped")
                continue
            m = re.search(r"charset=([\w\-:]+)", ctype, re.I)
            if m and not re.search(rb"<meta[^>]+charset", body[:4096], re.I):
                body = f'<meta charset="{m.group(1)}">'.encode() + body
            yield html_document(body, where, url=uri)
    except ArchiveLoadFailed as exc:
        yield IngestError(name, f"not a valid WARC file ({str(exc).splitlines()[0]})")
        return
    if n_html == 0:
        yield IngestError(name, "WARC file holds no HTML response records")
