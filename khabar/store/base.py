"""The store interface and the SQL shared by its backends (SQLite and PostgreSQL).

A stored article is its full JSON document plus rows in relational tables (entities, mentions,
times, amounts, quotes, events, countries) for filters and aggregates, and a full-text index over
the article's *normalized* text (``khabar.text.normalize``): every word is indexed twice, as written
and without its proclitics (و ف ب ل ك س), so a search for اوكرانيا finds أوكرانيا and وأوكرانيا.

Every statement is parameterised: user input only ever travels as bound parameters. Backends write
their SQL with ``?`` placeholders; the PostgreSQL backend turns them into ``%s``.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from itertools import combinations
from typing import Any

from khabar.document import Document
from khabar.text import normalize

MAX_LIMIT = 500
ACTOR_TYPES = ("PERSON", "ORG", "GPE")
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class StoreError(Exception):
    """A store problem the caller can act on (bad URL, bad filter value, unreachable server)."""


# --------------------------------------------------------------------------------------------- values
@dataclass
class SearchHit:
    id: str
    title: str | None
    published: str | None
    language: str | None
    source: str | None
    url: str | None
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets into ``snippet``
    score: float | None = None
    n_entities: int = 0
    n_events: int = 0


@dataclass
class SearchResult:
    total: int
    limit: int
    offset: int
    hits: list[SearchHit]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Filters:
    """Filters shared by search, entity listing, event aggregates and the network."""

    q: str | None = None
    entity: str | None = None
    event_type: str | None = None
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    polarity: str | None = None
    modality: str | None = None

    @classmethod
    def make(cls, **kw: Any) -> Filters:
        f = cls(**kw)
        f.date_from = _as_date(f.date_from, "date_from")
        f.date_to = _as_date(f.date_to, "date_to")
        if f.country:
            f.country = f.country.strip().upper()
        if f.event_type:
            f.event_type = f.event_type.strip().upper()
        for name in ("q", "entity", "polarity", "modality", "country", "event_type"):
            v = getattr(f, name)
            if isinstance(v, str) and not v.strip():
                setattr(f, name, None)
        return f

    def is_empty(self) -> bool:
        return not any(asdict(self).values())

    def event_conditions(self) -> tuple[list[str], list[Any]]:
        """SQL conditions on an event row aliased ``v`` (type, polarity, modality) and their parameters."""
        conds: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("type", self.event_type),
            ("polarity", self.polarity),
            ("modality", self.modality),
        ):
            if value:
                conds.append(f"v.{column} = ?")  # column names from this fixed tuple, values as parameters
                params.append(value)
        return conds, params


def _as_date(v: Any, name: str) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        raise StoreError(f"{name} is not an ISO date (YYYY-MM-DD): {v!r}") from None


def _check_page(limit: int, offset: int) -> tuple[int, int]:
    if limit < 0 or offset < 0:
        raise StoreError("limit and offset must not be negative")
    return min(int(limit), MAX_LIMIT), int(offset)


# ------------------------------------------------------------------------------------ text indexing
def index_words(text: str) -> tuple[list[str], list[str]]:
    """Two parallel word sequences of ``text``: normalized words, and normalized stems (no proclitics).

    Both have one entry per word token, so a phrase matches in either column.
    """
    from khabar.text.layer import TextLayer

    words: list[str] = []
    stems: list[str] = []
    for tok in TextLayer(text).tokens:
        if tok.kind == "punct":
            continue
        w = _clean_word(normalize(tok.text))
        if not w:
            continue
        s = _light_stem(_clean_word(tok.norm) or w, w)
        words.append(w)
        stems.append(s)
    return words, stems


def _light_stem(stem: str, word: str) -> str:
    """The search stem: the text layer's stem (proclitics off) without the definite article.

    Also handles the article fused with a preposition (لل، ولل، فلل), so that الكرملين,
    والكرملين and وللكرملين share the stem كرملين. Only stems of 3+ letters are cut.
    """
    for pre in ("ولل", "فلل", "لل"):
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            return word[len(pre) :]
    if stem.startswith("ال") and len(stem) >= 5:
        return stem[2:]
    return stem


def _clean_word(w: str) -> str:
    # The indexers split on anything that is not a letter or digit: keep words whole.
    return re.sub(r"[^\w]+", "", w)


@dataclass(frozen=True)
class QueryUnit:
    words: tuple[str, ...]  # normalized words (a phrase when more than one)
    stems: tuple[str, ...]  # the same without proclitics


def parse_query(q: str | None) -> list[QueryUnit]:
    """Words and "quoted phrases" of a user query; operators and punctuation are plain text here."""
    if not q:
        return []
    units: list[QueryUnit] = []
    parts = re.split(r'("[^"]*")', q[:1000])
    for part in parts:
        if part.startswith('"') and part.endswith('"') and len(part) >= 2:
            words, stems = index_words(part[1:-1])
            if words:
                units.append(QueryUnit(tuple(words), tuple(stems)))
        else:
            words, stems = index_words(part)
            units.extend(QueryUnit((w,), (s,)) for w, s in zip(words, stems, strict=True))
    return units[:32]


def make_snippet(
    text: str, units: Sequence[QueryUnit], width: int = 220
) -> tuple[str, list[tuple[int, int]]]:
    """A piece of the original text around the first match, with match offsets inside the snippet."""
    if not text:
        return "", []
    spans: list[tuple[int, int]] = []
    if units:
        from khabar.text.normalize import normalize_with_map

        nt = normalize_with_map(text[:20_000])  # the first match in a long article is early enough
        for u in units:
            for term in {u.words[0], u.stems[0]}:
                if not term:
                    continue
                for m in re.finditer(re.escape(term), nt.text):
                    spans.append(nt.span_to_original(m.start(), m.end()))
                    if len(spans) > 50:
                        break
    spans.sort()
    if spans:
        centre = spans[0][0]
        start = max(0, centre - width // 3)
        # start at a word boundary
        sp = text.rfind(" ", 0, start)
        start = 0 if sp < 0 or start == 0 else sp + 1
    else:
        start = 0
    end = min(len(text), start + width)
    if end < len(text):
        sp = text.rfind(" ", start, end)
        end = sp if sp > start + width // 2 else end
    snippet = text[start:end].replace("\n", " ")
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    hl = [(s - start + len(prefix), e - start + len(prefix)) for s, e in spans if s >= start and e <= end]
    return prefix + snippet + suffix, _merge(hl)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# ------------------------------------------------------------------------------------ doc -> rows
def entity_key(ent: Any) -> str:
    """One key per real-world entity across articles: its Wikidata id, else type:normalized name."""
    if ent.kb and ent.kb.wikidata:
        return ent.kb.wikidata
    return f"{ent.type}:{normalize(ent.name).strip()}"


def _day(value: str | None) -> str | None:
    if value and _DAY_RE.match(value):
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None


@dataclass
class DocRows:
    document: tuple
    index: tuple[str, str]  # (words, stems), space-joined
    entities: list[tuple]
    mentions: list[tuple]
    times: list[tuple]
    amounts: list[tuple]
    quotes: list[tuple]
    events: list[tuple]
    countries: list[tuple]


def doc_rows(doc: Document) -> DocRows:
    did = doc.id
    published = doc.published.isoformat() if doc.published else None
    ents = {e.id: e for e in doc.entities}
    keys = {e.id: entity_key(e) for e in doc.entities}

    def country_of(eid: str | None) -> str | None:
        e = ents.get(eid or "")
        if e is None:
            return None
        c = (e.geo.country if e.geo and e.geo.country else None) or e.country
        return c.upper() if c else None

    entities, mentions = [], []
    for e in doc.entities:
        entities.append(
            (did, e.id, keys[e.id], e.type, e.name, normalize(e.name), e.name_en,
             (e.name_en or "").lower() or None, e.kb.wikidata, e.kb.geonames,
             e.geo.lat if e.geo else None, e.geo.lon if e.geo else None, country_of(e.id),
             e.stands_for, len(e.mentions))
        )  # fmt: skip
        mentions.extend((did, e.id, m.start, m.end, m.text) for m in e.mentions)
    times = [(did, i, t.start, t.end, t.text, t.value, t.type) for i, t in enumerate(doc.times)]
    amounts = [(did, i, a.start, a.end, a.text, a.value, a.unit) for i, a in enumerate(doc.amounts)]
    quotes = [
        (did, i, q.start, q.end, q.text, q.kind, q.speaker, keys.get(q.speaker or ""), q.source)
        for i, q in enumerate(doc.quotes)
    ]
    events = []
    for ev in doc.events:
        country = country_of(ev.place) or country_of(ev.actor)
        events.append(
            (did, ev.id, ev.type.upper(), ev.mode, ev.actor, ev.target, ev.place,
             keys.get(ev.actor or ""), keys.get(ev.target or ""), keys.get(ev.place or ""),
             ev.date, _day(ev.date) or published, ev.polarity, ev.modality, ev.source,
             ev.evidence.start, ev.evidence.end, country)
        )  # fmt: skip
    countries = sorted(
        {c for c in (country_of(e.id) for e in doc.entities) if c} | {r[-1] for r in events if r[-1]}
    )
    # English names of the entities are indexed too: "Ukraine" finds an Arabic article on أوكرانيا.
    names_en = " ".join(sorted({e.name_en for e in doc.entities if e.name_en}))
    words, stems = index_words("\n".join(x for x in (doc.title, doc.text, names_en) if x))
    document = (
        did, doc.language, published, doc.title, doc.source, doc.url, doc.text, doc.to_json(),
        len(doc.entities), len(doc.events), datetime.now(UTC).isoformat(timespec="seconds"),
    )  # fmt: skip
    return DocRows(
        document=document,
        index=(" ".join(words), " ".join(stems)),
        entities=entities,
        mentions=mentions,
        times=times,
        amounts=amounts,
        quotes=quotes,
        events=events,
        countries=[(did, c) for c in countries],
    )


CHILD_TABLES = ("entities", "mentions", "times", "amounts", "quotes", "events", "doc_countries")
INSERTS = {
    "documents": "INSERT INTO documents (id, language, published, title, source, url, text, doc_json, "
    "n_entities, n_events, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "entities": "INSERT INTO entities (doc_id, ent_id, ekey, type, name, name_norm, name_en, name_en_lower, "
    "wikidata, geonames, lat, lon, country, stands_for, n_mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "mentions": "INSERT INTO mentions (doc_id, ent_id, start_off, end_off, text) VALUES (?,?,?,?,?)",
    "times": "INSERT INTO times (doc_id, idx, start_off, end_off, text, value, type) VALUES (?,?,?,?,?,?,?)",
    "amounts": "INSERT INTO amounts (doc_id, idx, start_off, end_off, text, value, unit) VALUES (?,?,?,?,?,?,?)",
    "quotes": "INSERT INTO quotes (doc_id, idx, start_off, end_off, text, kind, speaker, speaker_key, source) "
    "VALUES (?,?,?,?,?,?,?,?,?)",
    "events": "INSERT INTO events (doc_id, ev_id, type, mode, actor, target, place, actor_key, target_key, "
    "place_key, date, day, polarity, modality, source, ev_start, ev_end, country) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "doc_countries": "INSERT INTO doc_countries (doc_id, country) VALUES (?,?)",
}

# Tables common to both backends (the documents table and the text index differ a little).
COMMON_TABLES_V1 = [
    """CREATE TABLE entities (doc_id TEXT NOT NULL, ent_id TEXT NOT NULL, ekey TEXT NOT NULL,
        type TEXT NOT NULL, name TEXT NOT NULL, name_norm TEXT NOT NULL, name_en TEXT, name_en_lower TEXT,
        wikidata TEXT, geonames BIGINT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT,
        stands_for TEXT, n_mentions INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (doc_id, ent_id))""",
    "CREATE INDEX entities_ekey ON entities (ekey)",
    "CREATE INDEX entities_name_norm ON entities (name_norm)",
    "CREATE INDEX entities_name_en ON entities (name_en_lower)",
    """CREATE TABLE mentions (doc_id TEXT NOT NULL, ent_id TEXT NOT NULL, start_off INTEGER NOT NULL,
        end_off INTEGER NOT NULL, text TEXT NOT NULL)""",
    "CREATE INDEX mentions_doc ON mentions (doc_id)",
    """CREATE TABLE times (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start_off INTEGER NOT NULL,
        end_off INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, type TEXT, PRIMARY KEY (doc_id, idx))""",
    """CREATE TABLE amounts (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start_off INTEGER NOT NULL,
        end_off INTEGER NOT NULL, text TEXT NOT NULL, value DOUBLE PRECISION, unit TEXT,
        PRIMARY KEY (doc_id, idx))""",
    """CREATE TABLE quotes (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start_off INTEGER NOT NULL,
        end_off INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT, speaker TEXT, speaker_key TEXT,
        source TEXT, PRIMARY KEY (doc_id, idx))""",
    """CREATE TABLE events (doc_id TEXT NOT NULL, ev_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
        actor TEXT, target TEXT, place TEXT, actor_key TEXT, target_key TEXT, place_key TEXT, date TEXT,
        day TEXT, polarity TEXT NOT NULL, modality TEXT NOT NULL, source TEXT, ev_start INTEGER,
        ev_end INTEGER, country TEXT, PRIMARY KEY (doc_id, ev_id))""",
    "CREATE INDEX events_type ON events (type)",
    "CREATE INDEX events_day ON events (day)",
    "CREATE TABLE doc_countries (doc_id TEXT NOT NULL, country TEXT NOT NULL, PRIMARY KEY (doc_id, country))",
    "CREATE INDEX doc_countries_country ON doc_countries (country)",
]
# v2: the ingest log that makes batch ingest resumable, and event/actor lookups.
COMMON_TABLES_V2 = [
    """CREATE TABLE ingest_log (input TEXT PRIMARY KEY, doc_id TEXT, status TEXT NOT NULL,
        message TEXT, at TEXT NOT NULL)""",
    "CREATE INDEX events_actor ON events (actor_key)",
    "CREATE INDEX events_country ON events (country)",
]


# ------------------------------------------------------------------------------------------- store
class Store:
    """One interface over SQLite and PostgreSQL. Thread-safe: one connection per thread."""

    backend = "?"
    placeholder = "?"
    url = ""

    def __init__(self) -> None:
        self._local = threading.local()
        self._all_conns: list[Any] = []
        self._conns_lock = threading.Lock()

    # -- backend hooks
    def _connect(self) -> Any:
        raise NotImplementedError

    def _begin_write(self, conn: Any) -> None:
        raise NotImplementedError

    def _fts_write(self, cur: Any, doc_id: str, rowid: int | None, words: str, stems: str) -> None:
        raise NotImplementedError

    def _fts_delete(self, cur: Any, doc_id: str, rowid: int | None) -> None:
        raise NotImplementedError

    def _fts_clause(self, units: list[QueryUnit]) -> tuple[str, list[Any]]:
        """(WHERE fragment on documents ``{d}``, its params) for the text query."""
        raise NotImplementedError

    def _fts_join(self, units: list[QueryUnit]) -> tuple[str, list[Any]]:
        """(JOIN fragment giving ``f.rank``, lower is better, its params) for the text query."""
        raise NotImplementedError

    def _is_retryable(self, exc: Exception) -> bool:
        return False

    def migrate(self) -> int:
        raise NotImplementedError

    def schema_version(self) -> int:
        row = self._query("SELECT max(version) FROM schema_migrations")
        return int(row[0][0] or 0)

    def _apply_migrations(
        self, run: Callable[..., Any], migrations: list[tuple[int, list[str]]], target: int, where: str
    ) -> None:
        """Bring the schema to ``target`` inside the backend's open transaction. ``run(sql, params)``
        is the backend's execute (it returns a cursor); ``where`` names the store in the error."""
        run(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        current = run("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
        latest = migrations[-1][0]
        if current > latest:
            raise StoreError(
                f"the store {where}has schema version {current}, newer than this khabar ({latest})"
            )
        for version, statements in migrations:
            if current < version <= target:
                for sql in statements:
                    run(sql)
                run(
                    self._sql("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                    (version, datetime.now(UTC).isoformat(timespec="seconds")),
                )

    # -- connections
    @property
    def conn(self) -> Any:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = self._connect()
            self._local.conn = c
            with self._conns_lock:
                self._all_conns.append(c)
        return c

    def close(self) -> None:
        with self._conns_lock:
            for c in self._all_conns:
                try:
                    c.close()
                except Exception:  # noqa: BLE001 - closing is best effort
                    pass
            self._all_conns.clear()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", "%s")

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        for attempt in (0, 1):
            conn = self.conn
            try:
                cur = conn.cursor()
                try:
                    cur.execute(self._sql(sql), list(params))
                    rows = cur.fetchall()
                finally:
                    cur.close()
                self._end_read(conn)
                return rows
            except Exception as exc:
                if attempt == 0 and self._is_disconnect(conn, exc):
                    self._drop_conn()  # the server went away: reconnect once
                    continue
                self._after_error(conn)
                raise
        raise AssertionError("unreachable")

    def _is_disconnect(self, conn: Any, exc: Exception) -> bool:
        return False

    def _after_error(self, conn: Any) -> None:
        pass

    def _drop_conn(self) -> None:
        c = getattr(self._local, "conn", None)
        self._local.conn = None
        if c is not None:
            with self._conns_lock:
                if c in self._all_conns:
                    self._all_conns.remove(c)
            try:
                c.close()
            except Exception:  # noqa: BLE001 - it is already broken
                pass

    def _end_read(self, conn: Any) -> None:
        pass

    # -- writing
    def put(self, doc: Document) -> None:
        self.put_many([doc])

    def put_many(self, docs: Iterable[Document], batch_size: int = 200) -> int:
        """Store documents (replacing any stored under the same id); returns how many were written."""
        n = 0
        batch: list[Document] = []
        for d in docs:
            batch.append(d)
            if len(batch) >= batch_size:
                n += self._write_batch(batch)
                batch = []
        if batch:
            n += self._write_batch(batch)
        return n

    def _write_batch(self, docs: list[Document], log: list[tuple] | None = None) -> int:
        # The last copy of a repeated id wins, as it would with one put() after another.
        unique = list({d.id: d for d in docs}.values())
        rows = [doc_rows(d) for d in unique]
        for attempt in range(20):
            conn = self.conn
            try:
                self._begin_write(conn)
                cur = conn.cursor()
                for r in rows:
                    self._write_one(cur, r)
                for entry in log or []:
                    self._log_entry(cur, entry)
                conn.commit()
                cur.close()
                return len(unique)
            except Exception as exc:
                if self._is_disconnect(conn, exc):
                    self._drop_conn()
                    if attempt < 2:
                        continue
                    raise
                conn.rollback()
                if attempt < 19 and self._is_retryable(exc):
                    import random
                    import time

                    time.sleep(0.05 + random.random() * 0.2 * (attempt + 1))
                    continue
                raise
        raise StoreError("could not write after 20 attempts")

    def _write_one(self, cur: Any, r: DocRows) -> None:
        did = r.document[0]
        cur.execute(self._sql("SELECT seq FROM documents WHERE id = ?"), [did])
        old = cur.fetchone()
        if old is not None:
            self._fts_delete(cur, did, old[0])
            for t in CHILD_TABLES:
                cur.execute(
                    self._sql(f"DELETE FROM {t} WHERE doc_id = ?"), [did]
                )  # table names are constants
            cur.execute(self._sql("DELETE FROM documents WHERE id = ?"), [did])
        cur.execute(self._sql(INSERTS["documents"] + self._returning_seq()), list(r.document))
        seq = self._new_seq(cur)
        self._fts_write(cur, did, seq, *r.index)
        for table in CHILD_TABLES:
            rows = getattr(r, "countries" if table == "doc_countries" else table)
            if rows:
                cur.executemany(self._sql(INSERTS[table]), rows)

    def _returning_seq(self) -> str:
        return ""

    def _new_seq(self, cur: Any) -> int | None:
        return None

    def _log_entry(self, cur: Any, entry: tuple) -> None:
        raise NotImplementedError

    def log_inputs(self, entries: list[tuple[str, str | None, str, str | None]]) -> None:
        """Record (input, doc_id, status, message) in the ingest log (for resumable batches)."""
        conn = self.conn
        self._begin_write(conn)
        cur = conn.cursor()
        for e in entries:
            self._log_entry(cur, e)
        conn.commit()
        cur.close()

    def put_logged(self, docs: list[Document], log: list[tuple[str, str | None, str, str | None]]) -> int:
        """Store documents and their ingest-log entries in one transaction (all or nothing)."""
        if not docs:
            if log:
                self.log_inputs(log)
            return 0
        return self._write_batch(docs, log=log)

    def done_inputs(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._query("SELECT input, status FROM ingest_log")}

    def delete(self, doc_id: str) -> bool:
        conn = self.conn
        self._begin_write(conn)
        cur = conn.cursor()
        cur.execute(self._sql("SELECT seq FROM documents WHERE id = ?"), [doc_id])
        old = cur.fetchone()
        if old is not None:
            self._fts_delete(cur, doc_id, old[0])
            for t in CHILD_TABLES:
                cur.execute(self._sql(f"DELETE FROM {t} WHERE doc_id = ?"), [doc_id])
            cur.execute(self._sql("DELETE FROM documents WHERE id = ?"), [doc_id])
        conn.commit()
        cur.close()
        return old is not None

    # -- reading
    def get(self, doc_id: str) -> Document | None:
        rows = self._query("SELECT doc_json FROM documents WHERE id = ?", [doc_id])
        return Document.from_json(rows[0][0]) if rows else None

    def has(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" for _ in chunk)  # placeholders only; values are bound
            found |= {r[0] for r in self._query(f"SELECT id FROM documents WHERE id IN ({marks})", chunk)}
        return found

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM documents")[0][0])

    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("documents", *CHILD_TABLES):
            out[t] = int(self._query(f"SELECT count(*) FROM {t}")[0][0])  # constant table names
        return out

    def iter_documents(self, batch: int = 200) -> Iterator[Document]:
        last = ""
        while True:
            rows = self._query(
                "SELECT id, doc_json FROM documents WHERE id > ? ORDER BY id LIMIT ?", [last, batch]
            )
            if not rows:
                return
            for _, js in rows:
                yield Document.from_json(js)
            last = rows[-1][0]

    def reindex(self, batch_size: int = 200) -> int:
        """Rewrite every document's rows and text index (after the tokenizer or normalizer changed)."""
        n = 0
        last = ""
        while True:
            rows = self._query(
                "SELECT id, doc_json FROM documents WHERE id > ? ORDER BY id LIMIT ?", [last, batch_size]
            )
            if not rows:
                return n
            n += self._write_batch([Document.from_json(js) for _, js in rows])
            last = rows[-1][0]

    def ids(self) -> list[str]:
        return [r[0] for r in self._query("SELECT id FROM documents ORDER BY id")]

    # -- filtering
    def _doc_where(self, f: Filters, alias: str = "d", fts: bool = True) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.date_from:
            where.append(f"{alias}.published >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append(f"{alias}.published <= ?")
            params.append(f.date_to.isoformat())
        if f.entity:
            key = f.entity.strip()
            where.append(
                f"{alias}.id IN (SELECT e.doc_id FROM entities e WHERE "
                "e.ekey = ? OR e.name_norm = ? OR e.name_en_lower = ?)"
            )
            params += [key, normalize(key), key.lower()]
        if f.country:
            where.append(f"{alias}.id IN (SELECT c.doc_id FROM doc_countries c WHERE c.country = ?)")
            params.append(f.country)
        ev_conds, ev_params = f.event_conditions()
        if ev_conds:
            where.append(f"{alias}.id IN (SELECT v.doc_id FROM events v WHERE {' AND '.join(ev_conds)})")
            params += ev_params
        units = parse_query(f.q)
        if f.q and not units:
            where.append("1 = 0")  # a query of punctuation only matches nothing
        elif units and fts:
            clause, cparams = self._fts_clause(units)
            where.append(clause.replace("{d}", alias))
            params += cparams
        return where, params

    def _doc_subquery(self, f: Filters) -> tuple[str, list[Any]]:
        where, params = self._doc_where(f, "d")
        if not where:
            return "", []
        return f"SELECT d.id FROM documents d WHERE {' AND '.join(where)}", params

    def search(
        self,
        q: str | None = None,
        entity: str | None = None,
        event_type: str | None = None,
        country: str | None = None,
        date_from: date | str | None = None,
        date_to: date | str | None = None,
        polarity: str | None = None,
        modality: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> SearchResult:
        limit, offset = _check_page(limit, offset)
        f = Filters.make(
            q=q, entity=entity, event_type=event_type, country=country, date_from=date_from,
            date_to=date_to, polarity=polarity, modality=modality,
        )  # fmt: skip
        units = parse_query(f.q)
        where, params = self._doc_where(f, fts=False)
        join, jparams, order = "", [], "d.published DESC, d.id"
        if units:
            join, jparams = self._fts_join(units)
            order = "f.rank, d.published DESC, d.id"
        elif f.q:
            where.append("1 = 0")
        wsql = f"WHERE {' AND '.join(where)}" if where else ""
        total = int(self._query(f"SELECT count(*) FROM documents d {join} {wsql}", [*jparams, *params])[0][0])
        rows = self._query(
            f"SELECT d.id, d.title, d.published, d.language, d.source, d.url, d.text, d.n_entities, "
            f"d.n_events FROM documents d {join} {wsql} ORDER BY {order} LIMIT ? OFFSET ?",
            [*jparams, *params, limit, offset],
        )
        hits = []
        for r in rows:
            snippet, hl = make_snippet(r[6], units)
            hits.append(
                SearchHit(
                    id=r[0],
                    title=r[1],
                    published=_iso(r[2]),
                    language=r[3],
                    source=r[4],
                    url=r[5],
                    snippet=snippet,
                    highlights=hl,
                    n_entities=r[7] or 0,
                    n_events=r[8] or 0,
                )  # fmt: skip
            )
        return SearchResult(total=total, limit=limit, offset=offset, hits=hits)

    # -- entities
    def _entity_filters(self, where: list[str], params: list[Any], filters: Filters | None) -> None:
        """Add to ``where``/``params`` (on the ``entities e`` table) the condition that the entity's
        article passes the document ``filters``."""
        if filters and not filters.is_empty():
            sub, sparams = self._doc_subquery(filters)
            if sub:
                where.append(f"e.doc_id IN ({sub})")
                params += sparams

    def _entity_page(
        self, where: list[str], params: list[Any], limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """One page of entities grouped across articles (most articles first) and their total count,
        under the conditions ``where`` on the ``entities e`` table."""
        wsql = f"WHERE {' AND '.join(where)}" if where else ""
        total = int(self._query(f"SELECT count(DISTINCT e.ekey) FROM entities e {wsql}", params)[0][0])
        rows = self._query(
            f"SELECT e.ekey, max(e.type), max(e.name), max(e.name_en), max(e.wikidata), max(e.geonames), "
            f"max(e.lat), max(e.lon), max(e.country), count(DISTINCT e.doc_id) AS n, sum(e.n_mentions) "
            f"FROM entities e {wsql} GROUP BY e.ekey ORDER BY n DESC, e.ekey LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return total, [self._entity_row(r) for r in rows]

    def entities(
        self,
        q: str | None = None,
        type: str | None = None,  # noqa: A002 - the API's name
        limit: int = 50,
        offset: int = 0,
        articles: int = 5,
        filters: Filters | None = None,
    ) -> dict[str, Any]:
        """Entities across articles (grouped by Wikidata id or type+name), most mentioned first."""
        limit, offset = _check_page(limit, offset)
        where, params = [], []
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        if q and q.strip():
            where.append("(e.name_norm LIKE ? ESCAPE '!' OR e.name_en_lower LIKE ? ESCAPE '!' OR e.ekey = ?)")
            params += [f"%{_like(normalize(q.strip()))}%", f"%{_like(q.strip().lower())}%", q.strip()]
        self._entity_filters(where, params, filters)
        total, items = self._entity_page(where, params, limit, offset)
        if articles and items:
            keys = [it["key"] for it in items]
            marks = ",".join("?" for _ in keys)
            arts = self._query(
                f"SELECT e.ekey, d.id, d.title, d.published FROM entities e JOIN documents d ON d.id = e.doc_id "
                f"WHERE e.ekey IN ({marks}) ORDER BY d.published DESC, d.id",
                keys,
            )
            by: dict[str, list[dict]] = {}
            for k, did, title, pub in arts:
                lst = by.setdefault(k, [])
                if len(lst) < articles and all(a["id"] != did for a in lst):
                    lst.append({"id": did, "title": title, "published": _iso(pub)})
            for it in items:
                it["articles"] = by.get(it["key"], [])
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @staticmethod
    def _entity_row(r: Sequence[Any]) -> dict[str, Any]:
        return {
            "key": r[0], "type": r[1], "name": r[2], "name_en": r[3], "wikidata": r[4],
            "geonames": r[5], "lat": r[6], "lon": r[7], "country": r[8], "n_articles": int(r[9]),
            "n_mentions": int(r[10] or 0),
        }  # fmt: skip

    def entity(self, key: str, limit: int = 20, offset: int = 0) -> dict[str, Any] | None:
        """One entity: its names, articles (paginated), timeline of articles and events per day."""
        limit, offset = _check_page(limit, offset)
        rows = self._query(
            "SELECT e.ekey, max(e.type), max(e.name), max(e.name_en), max(e.wikidata), max(e.geonames), "
            "max(e.lat), max(e.lon), max(e.country), count(DISTINCT e.doc_id), sum(e.n_mentions) "
            "FROM entities e WHERE e.ekey = ? GROUP BY e.ekey",
            [key],
        )
        if not rows:
            return None
        out = self._entity_row(rows[0])
        out["names"] = [
            {"name": n, "count": int(c)}
            for n, c in self._query(
                "SELECT name, count(*) AS c FROM entities WHERE ekey = ? GROUP BY name ORDER BY c DESC, name LIMIT 20",
                [key],
            )
        ]
        out["articles"] = [
            {"id": i, "title": t, "published": _iso(p)}
            for i, t, p in self._query(
                "SELECT DISTINCT d.id, d.title, d.published FROM documents d JOIN entities e ON e.doc_id = d.id "
                "WHERE e.ekey = ? ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?",
                [key, limit, offset],
            )
        ]
        out["timeline"] = [
            {"day": _iso(day), "articles": int(n)}
            for day, n in self._query(
                "SELECT d.published, count(DISTINCT d.id) FROM documents d JOIN entities e ON e.doc_id = d.id "
                "WHERE e.ekey = ? AND d.published IS NOT NULL GROUP BY d.published ORDER BY d.published",
                [key],
            )
        ]
        out["events"] = [
            {"doc_id": r[0], "id": r[1], "type": r[2], "day": _iso(r[3]), "polarity": r[4], "modality": r[5],
             "role": "actor" if r[6] == key else "target" if r[7] == key else "place"}
            for r in self._query(
                "SELECT doc_id, ev_id, type, day, polarity, modality, actor_key, target_key FROM events "
                "WHERE actor_key = ? OR target_key = ? OR place_key = ? ORDER BY day, doc_id, ev_id LIMIT 500",
                [key, key, key],
            )
        ]  # fmt: skip
        return out

    def places(self, limit: int = 500, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Entities with coordinates (for the map), most mentioned first."""
        limit, _ = _check_page(limit, 0)
        where: list[str] = ["e.lat IS NOT NULL", "e.lon IS NOT NULL"]
        params: list[Any] = []
        self._entity_filters(where, params, filters)
        rows = self._query(
            f"SELECT e.ekey, max(e.type), max(e.name), max(e.name_en), max(e.wikidata), max(e.geonames), "
            f"avg(e.lat), avg(e.lon), max(e.country), count(DISTINCT e.doc_id) AS n, sum(e.n_mentions) "
            f"FROM entities e WHERE {' AND '.join(where)} GROUP BY e.ekey ORDER BY n DESC, e.ekey LIMIT ?",
            [*params, limit],
        )
        return [self._entity_row(r) for r in rows]

    # -- events
    EVENT_DIMS = {"day": "v.day", "month": "substr(v.day, 1, 7)", "type": "v.type", "country": "v.country",
                  "polarity": "v.polarity", "modality": "v.modality"}  # fmt: skip

    def event_counts(
        self, by: Sequence[str] = ("day",), filters: Filters | None = None, limit: int = 500, offset: int = 0
    ) -> dict[str, Any]:
        """Events counted by any of day, month, type, country, polarity, modality (in that grouping)."""
        limit, offset = _check_page(limit, offset)
        by = [b.strip() for b in by if b.strip()] or ["day"]
        bad = [b for b in by if b not in self.EVENT_DIMS]
        if bad:
            raise StoreError(f"cannot group events by {', '.join(bad)}; use {', '.join(self.EVENT_DIMS)}")
        by = list(dict.fromkeys(by))
        cols = [self.EVENT_DIMS[b] for b in by]  # constant expressions chosen from a fixed table
        f = filters or Filters()
        where, params = f.event_conditions()
        if f.date_from:
            where.append("v.day >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append("v.day <= ?")
            params.append(f.date_to.isoformat())
        if f.country:
            where.append("v.country = ?")
            params.append(f.country)
        rest = Filters(q=f.q, entity=f.entity)
        if not rest.is_empty():
            sub, sparams = self._doc_subquery(rest)
            if sub:
                where.append(f"v.doc_id IN ({sub})")
                params += sparams
        wsql = f"WHERE {' AND '.join(where)}" if where else ""
        group = ", ".join(cols)
        total = int(
            self._query(
                f"SELECT count(*) FROM (SELECT {group} FROM events v {wsql} GROUP BY {group}) g", params
            )[0][0]
        )
        n_events = int(self._query(f"SELECT count(*) FROM events v {wsql}", params)[0][0])
        order = ", ".join(f"{c} ASC" for c in cols) if by[0] in ("day", "month") else f"n DESC, {group}"
        rows = self._query(
            f"SELECT {group}, count(*) AS n FROM events v {wsql} GROUP BY {group} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        items = [{**{b: _iso(r[i]) for i, b in enumerate(by)}, "count": int(r[-1])} for r in rows]
        return {
            "by": by,
            "total": total,
            "events": n_events,
            "limit": limit,
            "offset": offset,
            "items": items,
        }

    def events(self, filters: Filters | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Individual events with their actors' names, newest first."""
        limit, offset = _check_page(limit, offset)
        f = filters or Filters()
        where, params = [], []
        for col, val in (("v.type", f.event_type), ("v.polarity", f.polarity), ("v.modality", f.modality),
                         ("v.country", f.country)):  # fmt: skip
            if val:
                where.append(f"{col} = ?")
                params.append(val)
        if f.date_from:
            where.append("v.day >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append("v.day <= ?")
            params.append(f.date_to.isoformat())
        rest = Filters(q=f.q, entity=f.entity)
        if not rest.is_empty():
            sub, sparams = self._doc_subquery(rest)
            where.append(f"v.doc_id IN ({sub})")
            params += sparams
        wsql = f"WHERE {' AND '.join(where)}" if where else ""
        total = int(self._query(f"SELECT count(*) FROM events v {wsql}", params)[0][0])
        rows = self._query(
            "SELECT v.doc_id, v.ev_id, v.type, v.day, v.polarity, v.modality, v.country, v.actor_key, "
            "a.name, a.name_en, v.target_key, t.name, t.name_en, d.title "
            "FROM events v JOIN documents d ON d.id = v.doc_id "
            "LEFT JOIN entities a ON a.doc_id = v.doc_id AND a.ent_id = v.actor "
            f"LEFT JOIN entities t ON t.doc_id = v.doc_id AND t.ent_id = v.target {wsql} "
            "ORDER BY v.day DESC, v.doc_id, v.ev_id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        items = [
            {"doc_id": r[0], "id": r[1], "type": r[2], "day": _iso(r[3]), "polarity": r[4], "modality": r[5],
             "country": r[6], "actor": {"key": r[7], "name": r[8], "name_en": r[9]} if r[7] else None,
             "target": {"key": r[10], "name": r[11], "name_en": r[12]} if r[10] else None, "title": r[13]}
            for r in rows
        ]  # fmt: skip
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    # -- network
    def network(
        self,
        filters: Filters | None = None,
        types: Sequence[str] = ACTOR_TYPES,
        limit: int = 60,
        offset: int = 0,
        min_weight: int = 1,
    ) -> dict[str, Any]:
        """Actors (nodes, by number of articles) and their co-occurrence in articles (edges).

        An edge's ``weight`` is the number of articles naming both; ``events`` counts events in which
        one is the actor and the other the target.
        """
        limit, offset = _check_page(limit, offset)
        types = [t.upper() for t in types if t] or list(ACTOR_TYPES)
        where, params = [f"e.type IN ({','.join('?' for _ in types)})"], list(types)
        self._entity_filters(where, params, filters)
        total, nodes = self._entity_page(where, params, limit, offset)
        wsql = " AND ".join(where)
        keys = [n["key"] for n in nodes]
        edges: list[dict[str, Any]] = []
        if len(keys) > 1:
            marks = ",".join("?" for _ in keys)
            pairs = self._query(
                f"SELECT e.doc_id, e.ekey FROM entities e WHERE e.ekey IN ({marks}) AND {wsql}",
                [*keys, *params],
            )
            by_doc: dict[str, set[str]] = {}
            for did, k in pairs:
                by_doc.setdefault(did, set()).add(k)
            weights: Counter[tuple[str, str]] = Counter()
            for ks in by_doc.values():
                for a, b in combinations(sorted(ks), 2):
                    weights[(a, b)] += 1
            evs = self._query(
                f"SELECT actor_key, target_key, count(*) FROM events WHERE actor_key IN ({marks}) "
                f"AND target_key IN ({marks}) GROUP BY actor_key, target_key",
                [*keys, *keys],
            )
            ev_count: Counter[tuple[str, str]] = Counter()
            for a, b, n in evs:
                if a != b:
                    ev_count[tuple(sorted((a, b)))] += int(n)  # type: ignore[index]
            for (a, b), w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0])):
                if w >= min_weight or ev_count.get((a, b)):
                    edges.append({"source": a, "target": b, "weight": w, "events": ev_count.get((a, b), 0)})
        return {"total": total, "limit": limit, "offset": offset, "nodes": nodes, "edges": edges}

    def stats(self) -> dict[str, Any]:
        c = self.counts()
        rng = self._query("SELECT min(published), max(published) FROM documents")[0]
        langs = dict(self._query("SELECT coalesce(language, 'unknown'), count(*) FROM documents GROUP BY 1"))
        return {
            "backend": self.backend, "schema_version": self.schema_version(), "counts": c,
            "published_from": _iso(rng[0]), "published_to": _iso(rng[1]), "languages": langs,
        }  # fmt: skip


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def _like(s: str) -> str:
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_")
