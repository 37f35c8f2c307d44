"""The curated table of people, organisations and places: ``khabar/kb/curated/*.tsv``.

Columns (UTF-8, header line, tab-separated):
``qid type name_en name_ar variants_ar aliases_en country office start end``;
``variants_ar`` and ``aliases_en`` are ``|``-separated, ``country`` is ISO 3166-1 alpha-2,
``office``/``start``/``end`` describe an office holder's office and its dates (ISO or empty).
Optional trailing columns ``lat lon`` give a point for places GeoNames lacks (seas, bases, crossings).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CURATED_DIR = Path(__file__).parent / "curated"
COLUMNS = (
    "qid",
    "type",
    "name_en",
    "name_ar",
    "variants_ar",
    "aliases_en",
    "country",
    "office",
    "start",
    "end",
)
OPTIONAL_COLUMNS = ("lat", "lon")
TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WEAPON", "MISC"})
_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass
class CuratedRow:
    qid: str | None
    type: str
    name_en: str
    name_ar: str
    variants_ar: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    country: str | None = None
    office: str | None = None
    start: str | None = None
    end: str | None = None
    lat: float | None = None
    lon: float | None = None
    source: str = ""


class CuratedError(ValueError):
    pass


def _split(v: str) -> list[str]:
    return [x.strip() for x in v.split("|") if x.strip()]


def read_tsv(path: Path) -> Iterator[CuratedRow]:
    with path.open(encoding="utf-8-sig") as f:
        header = [h.strip() for h in f.readline().rstrip("\r\n").split("\t")]
        if tuple(header[: len(COLUMNS)]) != COLUMNS or not set(header[len(COLUMNS) :]) <= set(
            OPTIONAL_COLUMNS
        ):
            raise CuratedError(
                f"{path}: header must be {' '.join(COLUMNS)} [lat lon], got {' '.join(header)}"
            )
        for lineno, line in enumerate(f, start=2):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            cells += [""] * (len(header) - len(cells))
            d = dict(zip(header, (c.strip() for c in cells), strict=False))
            qid = d["qid"] or None
            if qid and not _QID.match(qid):
                raise CuratedError(f"{path}:{lineno}: bad QID {qid!r}")
            typ = d["type"].upper()
            if typ not in TYPES:
                raise CuratedError(f"{path}:{lineno}: bad type {d['type']!r}")
            if not d["name_en"] and not d["name_ar"]:
                raise CuratedError(f"{path}:{lineno}: a row needs name_en or name_ar")
            try:
                lat = float(d["lat"]) if d.get("lat") else None
                lon = float(d["lon"]) if d.get("lon") else None
            except ValueError:
                raise CuratedError(f"{path}:{lineno}: lat/lon must be numbers") from None
            if (lat is None) != (lon is None) or (
                lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)
            ):
                raise CuratedError(f"{path}:{lineno}: give both lat and lon, within range")
            yield CuratedRow(
                qid=qid,
                type=typ,
                name_en=d["name_en"],
                name_ar=d["name_ar"],
                variants_ar=_split(d["variants_ar"]),
                aliases_en=_split(d["aliases_en"]),
                country=(d["country"].upper() or None),
                office=d["office"] or None,
                start=d["start"] or None,
                end=d["end"] or None,
                lat=lat,
                lon=lon,
                source=f"{path.name}:{lineno}",
            )


def read_curated(directory: Path = CURATED_DIR) -> list[CuratedRow]:
    """All rows of every ``*.tsv`` in ``directory``, files in name order (deterministic)."""
    rows: list[CuratedRow] = []
    for path in sorted(directory.glob("*.tsv")):
        rows.extend(read_tsv(path))
    return rows
