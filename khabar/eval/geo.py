"""``khabar eval geo``: toponym resolution on the English geoparsing gold sets, given gold spans.

Sets (``../shared/data/geoparsing/``): LGL (local US news), GeoWebNews (GWN, toponyms that carry a
GeoNames id) and TR-News. For every gold toponym the KB geocoder picks a place; Acc@161 is the
share whose point lies within 161 km (100 miles) of the gold point, ``exact`` the share with the
gold GeoNames id. Unresolved toponyms count as wrong. Articles are split in two halves by their
position (even: dev, used for tuning; odd: test, reported as held out).

The geocoder (``khabar.kb.geocoder.Geocoder``, see there) resolves an article's toponyms jointly.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.kb.geocoder import Geocoder, haversine

__all__ = ["Geocoder", "haversine", "load", "evaluate", "print_table"]

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SETS = {"lgl": "lgl.xml", "gwn": "GWN.xml", "trnews": "TR-News.xml"}
MORDECAI3 = {"lgl": 82.7, "gwn": 94.1, "trnews": 87.3}


@dataclass
class Toponym:
    phrase: str
    start: int
    end: int
    lat: float
    lon: float
    geonames: int | None


@dataclass
class Article:
    id: str
    text: str
    toponyms: list[Toponym]


def _f(v: str | None) -> float | None:
    try:
        return float(v) if v not in (None, "") else None
    except ValueError:
        return None


def load(name: str, shared: Path | None = None) -> list[Article]:
    path = (shared or SHARED) / "geoparsing" / SETS[name]
    root = ET.parse(path).getroot()
    arts: list[Article] = []
    for i, a in enumerate(root.iter("article")):
        text = a.findtext("text") or ""
        tops: list[Toponym] = []
        for t in a.iter("toponym"):
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            if name == "gwn":
                gid = (t.findtext("geonamesID") or "").strip()
                lat, lon = _f(t.findtext("latitude")), _f(t.findtext("longitude"))
                phrase = t.findtext("extractedName") or text[start:end]
                if not gid:
                    continue
            else:
                g = t.find("gaztag")
                if g is None:
                    continue
                gid = g.get("geonameid") or ""
                lat, lon = _f(g.findtext("lat")), _f(g.findtext("lon"))
                phrase = t.findtext("phrase") or text[start:end]
            if lat is None or lon is None:
                continue
            tops.append(Toponym(phrase.strip(), start, end, lat, lon, int(gid) if gid.isdigit() else None))
        arts.append(Article(a.get("docid") or a.get("file") or str(i), text, tops))
    return arts


def evaluate(
    name: str, shared: Path | None = None, kb: Any = None, *, focus_fallback: bool = True
) -> dict[str, Any]:
    """Score the geocoder on one gold set. ``focus_fallback=False`` is the mode ``khabar extract``
    uses: a name with no candidate stays unresolved instead of taking the article's focus town."""
    arts = load(name, shared)
    geo = Geocoder(kb, focus_fallback="all" if focus_fallback else None)
    stats = {s: {"n": 0, "acc161": 0, "exact": 0, "resolved": 0} for s in ("dev", "test")}
    for i, art in enumerate(arts):
        if not art.toponyms:
            continue
        split = "dev" if i % 2 == 0 else "test"
        preds = geo.resolve([t.phrase for t in art.toponyms])
        st = stats[split]
        for t, e in zip(art.toponyms, preds, strict=True):
            st["n"] += 1
            if e is None or e.lat is None:
                continue
            st["resolved"] += 1
            if haversine(t.lat, t.lon, e.lat, e.lon) <= 161:
                st["acc161"] += 1
            if t.geonames is not None and e.geonames == t.geonames:
                st["exact"] += 1
    row: dict[str, Any] = {
        "set": name,
        "mordecai3_acc161": MORDECAI3[name],
        "focus_fallback": focus_fallback,
    }
    for split in ("all", "dev", "test"):
        parts = [stats["dev"], stats["test"]] if split == "all" else [stats[split]]
        n = sum(p["n"] for p in parts)
        row[f"{split}_n"] = n
        row[f"{split}_acc161"] = round(100 * sum(p["acc161"] for p in parts) / n, 1) if n else None
        row[f"{split}_exact"] = round(100 * sum(p["exact"] for p in parts) / n, 1) if n else None
    return row


def print_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="khabar eval geo (gold toponym spans, Acc@161km / exact GeoNames id, %)")
    for c in (
        "set",
        "toponyms",
        "Acc@161 all",
        "Acc@161 dev",
        "Acc@161 test (held out)",
        "exact all",
        "mordecai3 Acc@161",
    ):
        table.add_column(c)
    for r in rows:
        table.add_row(
            r["set"], str(r["all_n"]), str(r["all_acc161"]), str(r["dev_acc161"]), str(r["test_acc161"]),
            str(r["all_exact"]), str(r["mordecai3_acc161"]),
        )  # fmt: skip
    Console().print(table)
