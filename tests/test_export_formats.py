"""Exports: documents JSONL, PLOVER event JSONL, GDELT-style TSV, brat standoff (round trip)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_fixtures import run_cli
from store_samples import annotated_examples

from khabar.document import Document
from khabar.store import open_store
from khabar.store.export import GDELT_COLUMNS, export, read_brat, write_brat
from khabar.store.synthetic import synthetic_document


def test_jsonl_round_trip():
    docs = annotated_examples()
    buf = io.StringIO()
    assert export(docs, "jsonl", buf) == 3
    back = [Document.from_json(line) for line in buf.getvalue().splitlines()]
    assert [d.to_dict() for d in back] == [d.to_dict() for d in docs]


def test_plover_events():
    docs = annotated_examples()
    buf = io.StringIO()
    n = export(docs, "plover", buf)
    recs = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert n == len(recs) == sum(len(d.events) for d in docs)
    neg = [r for r in recs if r["polarity"] == "negative"]
    assert len(neg) == 1 and neg[0]["event_type"] == "AGREE"
    sanction = next(r for r in recs if r["event_type"] == "SANCTION" and r["language"] == "en")
    assert sanction["actor"]["wikidata"] == "Q30" and sanction["recipient"]["name_en"] == "Iran"
    assert sanction["attributed_to"]["name_en"] == "United States Department of the Treasury"
    assert sanction["text"].startswith("imposed new sanctions")
    aid = next(
        r
        for r in recs
        if r["event_type"] == "AID" and r["location"] and r["location"]["wikidata"] == "Q3395005"
    )
    assert (
        aid["location"]["country"] == "EG"
        and aid["modality"] == "planned"
        and aid["event_date"] == "2023-10-19"
    )


def test_gdelt_tsv():
    docs = annotated_examples()
    buf = io.StringIO()
    n = export(docs, "gdelt", buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == GDELT_COLUMNS and len(rows) == n + 1
    assert all(len(r) == len(GDELT_COLUMNS) for r in rows)
    rec = [dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows[1:]]
    agree = next(r for r in rec if r["EventCode"] == "AGREE" and r["IsNegated"] == "1")
    assert agree["Actor1Code"] == "Q159" and agree["Actor1CountryCode"] == "RU" and agree["Day"] == "20230912"
    khan = next(r for r in rec if r["ActionGeo_Wikidata"] == "Q271520")
    assert khan["ActionGeo_CountryCode"] == "PS" and float(khan["ActionGeo_Lat"]) == pytest.approx(31.35)
    assert khan["Modality"] == "alleged" and khan["Actor1Name"] == ""
    assert all("\n" not in r["Evidence"] and "\t" not in r["Evidence"] for r in rec)


def test_brat_round_trip(tmp_path):
    docs = annotated_examples() + [synthetic_document(i) for i in range(3)]
    assert write_brat(docs, tmp_path) == 6
    assert (tmp_path / "annotation.conf").exists()
    ann = (tmp_path / f"{docs[0].id}.ann").read_text(encoding="utf-8")
    assert "\tPERSON " in ann and "\nE1\t" in ann and "Polarity E" in ann and "Reference T" in ann
    # brat offsets are character offsets into the .txt file
    txt = (tmp_path / f"{docs[0].id}.txt").read_text(encoding="utf-8")
    for line in ann.splitlines():
        if line.startswith("T") and ";" not in line.split("\t")[1]:
            _, span, text = line.split("\t")
            _, s, e = span.split(" ")
            assert txt[int(s) : int(e)] == text
    back = {d.id: d for d in read_brat(tmp_path)}
    assert set(back) == {d.id for d in docs}
    for d in docs:
        assert back[d.id].to_dict() == d.to_dict(), d.id


def test_brat_edited_annotations_are_read(tmp_path):
    doc = annotated_examples()[2]
    write_brat([doc], tmp_path)
    ann = tmp_path / f"{doc.id}.ann"
    # an annotator adds an entity in brat and flips an event's polarity
    start = doc.text.index("drones")
    lines = ann.read_text(encoding="utf-8").replace("Polarity E1 positive", "Polarity E1 negative")
    lines += f"T999\tWEAPON {start} {start + 6}\tdrones\n"
    ann.write_text(lines, encoding="utf-8")
    back = read_brat(tmp_path)[0]
    assert back.events[0].polarity == "negative"
    assert any(e.type == "WEAPON" and e.mentions[0].text == "drones" for e in back.entities)


def test_export_cli(tmp_path):
    db = tmp_path / "s.db"
    store = open_store(db)
    store.put_many(annotated_examples())
    store.close()
    base = ["export", "--store", db]
    r = run_cli(*base, "--format", "gdelt", "--out", tmp_path / "e.tsv")
    assert r.exit_code == 0, r.stderr
    assert "exported 14 event(s)" in r.stderr
    assert (tmp_path / "e.tsv").read_text(encoding="utf-8").count("\n") == 15
    r = run_cli(*base, "--format", "jsonl", "--country", "PS")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 1
    assert Document.from_json(r.stdout).title == "مصر ترسل مساعدات إلى غزة"
    r = run_cli(*base, "--format", "brat", "--out", tmp_path / "brat")
    assert r.exit_code == 0 and len(list((tmp_path / "brat").glob("*.ann"))) == 3
    r = run_cli(*base, "--format", "xml")
    assert r.exit_code == 2 and "jsonl" in r.stderr
    r = run_cli(*base, "--format", "plover", "--date-from", "nope")
    assert r.exit_code == 2 and "date_from" in r.stderr
