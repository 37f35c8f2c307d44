"""Documents and events as Arrow tables: the Parquet layout of ``khabar run``.

``documents``: one row per article, key columns plus the full document JSON (``json``), so that
DuckDB can filter on columns and any consumer can rebuild the exact ``Document``.
``events``: one row per event, with the actor/target/place names and ids resolved from the
article's entities, so that an event table can be queried without unpacking JSON.
Both are partitioned by publication month, ``date=YYYY-MM`` (``date=unknown`` when undated).
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from khabar.document import Document, Entity

UNKNOWN_PARTITION = "unknown"

DOC_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("published", pa.date32()),
        ("language", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("author", pa.string()),
        ("chars", pa.int32()),
        ("n_entities", pa.int32()),
        ("n_times", pa.int32()),
        ("n_amounts", pa.int32()),
        ("n_quotes", pa.int32()),
        ("n_events", pa.int32()),
        ("errors", pa.list_(pa.string())),
        ("input", pa.string()),
        ("shard", pa.int32()),
        ("record", pa.int64()),
        ("json", pa.string()),
    ]
)

_ENT_COLS = ("id", "name", "name_en", "wikidata", "country")
EVENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("event_id", pa.string()),
        ("published", pa.date32()),
        ("event_date", pa.string()),
        ("date_source", pa.string()),
        ("type", pa.string()),
        ("mode", pa.string()),
        ("polarity", pa.string()),
        ("modality", pa.string()),
        *[(f"actor_{c}", pa.string()) for c in _ENT_COLS],
        *[(f"target_{c}", pa.string()) for c in _ENT_COLS],
        ("place_id", pa.string()),
        ("place_name", pa.string()),
        ("place_geonames", pa.int64()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("country", pa.string()),
        ("source_id", pa.string()),
        ("source_name", pa.string()),
        ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
        ("evidence", pa.string()),
        ("n_mentions", pa.int32()),
        ("language", pa.string()),
        ("shard", pa.int32()),
    ]
)


def partition_of(doc: Document) -> str:
    return doc.published.strftime("%Y-%m") if doc.published else UNKNOWN_PARTITION


def _entity_country(e: Entity | None) -> str | None:
    if e is None:
        return None
    if e.geo and e.geo.country:
        return e.geo.country
    return e.country


def _ent_cols(prefix: str, e: Entity | None) -> dict[str, Any]:
    if e is None:
        return dict.fromkeys((f"{prefix}_{c}" for c in _ENT_COLS), None)
    return {
        f"{prefix}_id": e.id,
        f"{prefix}_name": e.name,
        f"{prefix}_name_en": e.name_en,
        f"{prefix}_wikidata": e.kb.wikidata,
        f"{prefix}_country": _entity_country(e),
    }


def document_row(
    doc: Document, *, input_name: str | None, shard: int, record: int, json_text: str | None = None
) -> dict[str, Any]:
    return {
        "id": doc.id,
        "published": doc.published,
        "language": doc.language,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "author": doc.author,
        "chars": len(doc.text),
        "n_entities": len(doc.entities),
        "n_times": len(doc.times),
        "n_amounts": len(doc.amounts),
        "n_quotes": len(doc.quotes),
        "n_events": len(doc.events),
        "errors": [f"{e.stage}: {e.error}" for e in doc.errors],
        "input": input_name,
        "shard": shard,
        "record": record,
        "json": json_text if json_text is not None else doc.to_json(),
    }


def event_rows(doc: Document, *, shard: int) -> list[dict[str, Any]]:
    if not doc.events:
        return []
    ents = {e.id: e for e in doc.entities}
    rows = []
    for ev in doc.events:
        actor, target, place = ents.get(ev.actor or ""), ents.get(ev.target or ""), ents.get(ev.place or "")
        src = ents.get(ev.source or "")
        country = _entity_country(place)
        row: dict[str, Any] = {
            "doc_id": doc.id,
            "event_id": ev.id,
            "published": doc.published,
            "event_date": ev.date,
            "date_source": ev.date_source,
            "type": ev.type,
            "mode": ev.mode,
            "polarity": ev.polarity,
            "modality": ev.modality,
            **_ent_cols("actor", actor),
            **_ent_cols("target", target),
            "place_id": place.id if place else None,
            "place_name": place.name if place else None,
            "place_geonames": place.kb.geonames if place else None,
            "lat": place.geo.lat if place and place.geo else None,
            "lon": place.geo.lon if place and place.geo else None,
            "country": country,
            "source_id": src.id if src else None,
            "source_name": src.name if src else None,
            "evidence_start": ev.evidence.start,
            "evidence_end": ev.evidence.end,
            "evidence": doc.text[ev.evidence.start : ev.evidence.end],
            "n_mentions": max(1, len(ev.mentions)),
            "language": doc.language,
            "shard": shard,
        }
        rows.append(row)
    return rows


def to_table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)
