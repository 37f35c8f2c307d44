"""Streaming reader of a Wikidata JSON dump (``latest-all.json.bz2`` or a filtered extract).

The dump is one JSON array with one entity per line (``[``, ``{...},``, ..., ``]``); plain JSON
lines work too. Only what linking needs is kept: Arabic and English labels and aliases, a type from
P31 (instance of), P17 (country), P625 (coordinates), P1566 (GeoNames id), P1082 (population).
"""

from __future__ import annotations

import bz2
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khabar.kb.countries import COUNTRY_QID

# P31 values -> khabar entity type. Subclass reasoning would need the whole graph; these are the
# classes news entities are overwhelmingly instances of.
P31_TYPES: dict[str, str] = {
    "Q5": "PERSON",
    "Q6256": "GPE", "Q3624078": "GPE", "Q515": "GPE", "Q1549591": "GPE", "Q486972": "GPE",
    "Q1637706": "GPE", "Q15284": "GPE", "Q3957": "GPE", "Q532": "GPE", "Q5119": "GPE",
    "Q10864048": "GPE", "Q13220204": "GPE", "Q107390": "GPE", "Q35657": "GPE", "Q34876": "GPE",
    "Q43229": "ORG", "Q4830453": "ORG", "Q7278": "ORG", "Q17149090": "ORG", "Q192283": "ORG",
    "Q1331793": "ORG", "Q327333": "ORG", "Q484652": "ORG", "Q245065": "ORG", "Q163740": "ORG",
    "Q2659904": "ORG", "Q176799": "ORG", "Q1167270": "ORG", "Q3918": "ORG", "Q11032": "ORG",
    "Q783794": "ORG", "Q891723": "ORG", "Q6881511": "ORG", "Q20746389": "ORG",
    "Q23442": "LOC", "Q8502": "LOC", "Q4022": "LOC", "Q82794": "LOC", "Q165": "LOC", "Q23397": "LOC",
    "Q46831": "LOC", "Q39594": "LOC", "Q8514": "LOC", "Q5107": "LOC", "Q35145": "LOC",
    "Q1248784": "FAC", "Q41176": "FAC", "Q44782": "FAC", "Q12280": "FAC", "Q16917": "FAC",
    "Q483110": "FAC", "Q18247357": "FAC", "Q245016": "FAC", "Q695850": "FAC", "Q12323": "FAC",
    "Q728": "WEAPON", "Q11446": "WEAPON", "Q15142889": "WEAPON", "Q2811": "WEAPON",
}  # fmt: skip
QID_COUNTRY: dict[str, str] = {q: iso for iso, q in COUNTRY_QID.items()}


@dataclass
class WikidataItem:
    qid: str
    type: str | None
    label_en: str | None
    label_ar: str | None
    aliases_en: list[str] = field(default_factory=list)
    aliases_ar: list[str] = field(default_factory=list)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames: int | None = None
    population: int | None = None


def _open(path: Path):  # noqa: ANN202
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _claims(entity: dict, prop: str) -> list[dict]:
    out = []
    for c in entity.get("claims", {}).get(prop, []):
        snak = c.get("mainsnak", {})
        if snak.get("snaktype") == "value" and "datavalue" in snak:
            out.append(snak["datavalue"].get("value"))
    return out


def parse_entity(entity: dict) -> WikidataItem | None:
    qid = entity.get("id", "")
    if not qid.startswith("Q"):
        return None
    labels = entity.get("labels", {})
    aliases = entity.get("aliases", {})
    label_en = labels.get("en", {}).get("value")
    label_ar = labels.get("ar", {}).get("value")
    if not label_en and not label_ar:
        return None
    typ = None
    for v in _claims(entity, "P31"):
        if isinstance(v, dict) and v.get("id") in P31_TYPES:
            typ = P31_TYPES[v["id"]]
            break
    country = None
    for v in _claims(entity, "P17"):
        if isinstance(v, dict) and v.get("id") in QID_COUNTRY:
            country = QID_COUNTRY[v["id"]]
            break
    if qid in QID_COUNTRY:
        country = QID_COUNTRY[qid]
    lat = lon = None
    for v in _claims(entity, "P625"):
        if isinstance(v, dict) and "latitude" in v:
            lat, lon = float(v["latitude"]), float(v["longitude"])
            break
    geonames = None
    for v in _claims(entity, "P1566"):
        if isinstance(v, str) and v.isdigit():
            geonames = int(v)
            break
    population = None
    for v in _claims(entity, "P1082"):
        try:
            population = int(float(v["amount"]))
            break
        except (TypeError, KeyError, ValueError):
            continue
    return WikidataItem(
        qid=qid,
        type=typ,
        label_en=label_en,
        label_ar=label_ar,
        aliases_en=[a["value"] for a in aliases.get("en", []) if a.get("value")],
        aliases_ar=[a["value"] for a in aliases.get("ar", []) if a.get("value")],
        country=country,
        lat=lat,
        lon=lon,
        geonames=geonames,
        population=population,
    )


def read_dump(path: Path, require_type: bool = True) -> Iterator[WikidataItem]:
    """Items of a Wikidata JSON dump, streamed line by line (a full dump never sits in memory)."""
    with _open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line in ("[", "]"):
                continue
            if line.endswith(","):
                line = line[:-1]
            try:
                entity = json.loads(line)
            except json.JSONDecodeError:
                continue
            item = parse_entity(entity)
            if item is None or (require_type and item.type is None):
                continue
            yield item
