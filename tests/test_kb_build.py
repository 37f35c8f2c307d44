"""Knowledge base build: curated TSV loader, Wikidata dump loader, the SQLite file and its lookups."""

from __future__ import annotations

import bz2
import json
import sqlite3
from pathlib import Path

import pytest

from khabar.kb.base import KnowledgeBase
from khabar.kb.build import build_kb, compact
from khabar.kb.curated import CURATED_DIR, CuratedError, read_curated, read_tsv
from khabar.kb.wikidata import read_dump

HEADER = "qid\ttype\tname_en\tname_ar\tvariants_ar\taliases_en\tcountry\toffice\tstart\tend\n"


def test_seed_table_loads_with_offices_and_variants() -> None:
    rows = read_curated(CURATED_DIR)
    assert len(rows) >= 60
    putin = next(r for r in rows if r.qid == "Q7747")
    assert putin.type == "PERSON" and putin.country == "RU"
    assert "بوتين" in putin.variants_ar and putin.office and putin.start == "2012-05-07"
    tass = next(r for r in rows if r.name_en == "TASS")
    assert tass.qid == "Q223799" and "وكالة تاس" in tass.variants_ar
    # A row whose QID the authors could not verify loads with qid None, not "".
    assert any(r.qid is None for r in rows)


def test_curated_loader_rejects_bad_rows(tmp_path: Path) -> None:
    bad_qid = tmp_path / "a.tsv"
    bad_qid.write_text(HEADER + "X12\tPERSON\tA\tا\t\t\t\t\t\t\n", encoding="utf-8")
    with pytest.raises(CuratedError, match="QID"):
        list(read_tsv(bad_qid))
    bad_type = tmp_path / "b.tsv"
    bad_type.write_text(HEADER + "Q1\tPERSONA\tA\tا\t\t\t\t\t\t\n", encoding="utf-8")
    with pytest.raises(CuratedError, match="type"):
        list(read_tsv(bad_type))
    bad_header = tmp_path / "c.tsv"
    bad_header.write_text("id\tname\n", encoding="utf-8")
    with pytest.raises(CuratedError, match="header"):
        list(read_tsv(bad_header))


def test_curated_points_for_places_geonames_lacks(tmp_path: Path) -> None:
    rows = read_curated(CURATED_DIR)
    assert len(rows) >= 1500
    hormuz = next(r for r in rows if r.name_en == "Strait of Hormuz")
    assert hormuz.type == "LOC" and 26 < hormuz.lat < 27 and 56 < hormuz.lon < 57
    mig = next(r for r in rows if r.name_en == "Mikoyan MiG-31")
    assert mig.type == "WEAPON" and "ميغ 31" in mig.variants_ar and mig.lat is None
    half = tmp_path / "d.tsv"
    half.write_text(
        HEADER.rstrip("\n") + "\tlat\tlon\n" + "\tLOC\tX\tس\t\t\t\t\t\t\t12.5\t\n", encoding="utf-8"
    )
    with pytest.raises(CuratedError, match="lat and lon"):
        list(read_tsv(half))


def _entity(qid: str, en: str, ar: str, p31: str, **claims: object) -> dict:
    def snak(value: object) -> dict:
        return {"mainsnak": {"snaktype": "value", "datavalue": {"value": value}}}

    c = {"P31": [snak({"id": p31})]}
    for prop, value in claims.items():
        c[prop] = [snak(value)]
    return {
        "id": qid,
        "labels": {"en": {"value": en}, "ar": {"value": ar}},
        "aliases": {"ar": [{"value": ar + " الكبرى"}], "en": [{"value": en + " City"}]},
        "claims": c,
    }


def write_dump(path: Path) -> None:
    ents = [
        _entity("Q900001", "Testville", "تستفيل", "Q515", P17={"id": "Q851"},
                P625={"latitude": 21.5, "longitude": 39.2}, P1082={"amount": "+120000"}),
        _entity("Q900002", "Jane Example", "جين إكزامبل", "Q5", P17={"id": "Q30"}),
        _entity("Q900003", "Nothing", "لا شيء", "Q999999999"),  # unmapped P31: skipped
        _entity("Q956", "Beijing", "بكين", "Q1549591", P1566="1816670"),  # merges into GeoNames row
    ]  # fmt: skip
    with bz2.open(path, "wt", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(e, ensure_ascii=False) for e in ents))
        f.write("\n]\n")


def test_wikidata_dump_reader(tmp_path: Path) -> None:
    dump = tmp_path / "tiny.json.bz2"
    write_dump(dump)
    items = {i.qid: i for i in read_dump(dump)}
    assert set(items) == {"Q900001", "Q900002", "Q956"}
    t = items["Q900001"]
    assert (t.type, t.country, t.lat, t.lon, t.population) == ("GPE", "SA", 21.5, 39.2, 120000)
    assert t.label_ar == "تستفيل" and "تستفيل الكبرى" in t.aliases_ar
    assert items["Q900002"].type == "PERSON" and items["Q900002"].country == "US"
    assert items["Q956"].geonames == 1816670


def test_build_with_wikidata_dump(tmp_path: Path, shared_data: Path) -> None:
    dump = tmp_path / "tiny.json.bz2"
    write_dump(dump)
    out = tmp_path / "kb.sqlite"
    stats = build_kb(
        out, shared=shared_data, wikidata_dump=dump, extra_gazetteers=False, translit_iterations=0
    )
    assert stats["wikidata"] == 2 and stats["wikidata_merged"] == 1
    assert stats["country"] >= 250 and stats["city"] > 30_000
    kb = KnowledgeBase(out)
    t = kb.by_qid("Q900001")
    assert t is not None and t.kind == "wikidata" and t.country == "SA" and t.lat == 21.5
    assert [e.qid for e in kb.lookup_name("تستفيل")] == ["Q900001"]
    beijing = kb.by_geonames(1816670)
    assert beijing is not None and beijing.qid == "Q956"  # the GeoNames row got the QID
    # a curated row merged into its GeoNames city: Moscow has both ids
    moscow = kb.by_qid("Q649")
    assert moscow is not None and moscow.geonames == 524901 and moscow.stands_for == "Q159"


def test_build_is_deterministic(tmp_path: Path, shared_data: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for p in (a, b):
        build_kb(p, shared=shared_data, extra_gazetteers=False, translit_iterations=0)

    def dump(p: Path) -> list:
        con = sqlite3.connect(p)
        return [con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in ("entity", "name")]

    assert dump(a) == dump(b)


def test_compact_key_joins_spellings() -> None:
    assert compact("بيونغ يانغ") == compact("بيونغيانغ")
    assert compact("Washington, D.C.") == "washingtondc"
    assert compact("كيم جونغ-أون") == compact("كيم جونغ اون")
