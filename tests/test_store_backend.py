"""The store interface, run on SQLite and on PostgreSQL (same tests, same expectations)."""

from __future__ import annotations

from datetime import date

import pytest
import store_fixtures
from store_samples import annotated_examples, more_documents

from khabar.document import Document, Entity, Mention
from khabar.store import StoreError, open_store
from khabar.store.synthetic import synthetic_document

# the same fixtures in every store test module: SQLite and PostgreSQL
backend, url, store = store_fixtures.backend, store_fixtures.url, store_fixtures.store


def _by_lang(docs: list[Document], name: str) -> Document:
    return next(d for d in docs if (d.url or "").endswith(name))


def test_put_get_round_trip(store):
    docs = annotated_examples()
    assert store.put_many(docs) == 3
    assert store.count() == 3
    for d in docs:
        got = store.get(d.id)
        assert got is not None and got.to_dict() == d.to_dict()
    assert store.get("no-such-id") is None


def test_reingest_is_idempotent_and_replaces(store):
    docs = annotated_examples()
    store.put_many(docs)
    before = store.counts()
    store.put_many(docs)
    store.put(docs[0])
    assert store.counts() == before
    # the same id with fewer entities replaces the old rows, leaving none behind
    changed = docs[0].model_copy(deep=True)
    dropped = changed.entities.pop()
    changed.events = [e for e in changed.events if dropped.id not in (e.actor, e.target, e.place, e.source)]
    changed.quotes = [q for q in changed.quotes if dropped.id not in (q.speaker, q.source)]
    store.put(changed)
    after = store.counts()
    assert after["documents"] == 3
    assert after["entities"] == before["entities"] - 1
    assert after["mentions"] == before["mentions"] - len(dropped.mentions)
    assert store.get(changed.id).to_dict() == changed.to_dict()
    # a batch repeating an id writes it once
    assert store.put_many([docs[1], docs[1]]) == 1
    assert store.count() == 3


def test_search_normalizes_arabic(store):
    store.put_many(annotated_examples())
    ar = {"اوكرانيا", "أوكرانيا"}
    # the Russia-Korea article: written كيم جونغ-أون, بيونغ يانغ, الكرملين
    assert store.search("الكرملين").total == 1
    assert store.search("الكرمْلين").total == 1  # a diacritic in the query
    assert store.search("كرملين").total == 1  # the definite article is light-stemmed
    assert store.search("كرم").total == 0  # no substring matching inside words
    assert store.search("وللكرملين").total == 1  # proclitics on the query word
    assert store.search("فلاديفوستوك").total == 1
    assert store.search("اسرائيل").total == 1  # إسرائيل in the Gaza article
    assert store.search("الامم المتحده").total == 1  # الأمم المتحدة, taa marbuta and hamza
    assert store.search('"الامم المتحده"').total == 1
    assert store.search('"المتحده الامم"').total == 0  # phrase order matters
    assert store.search("sanctions").total == 1
    assert store.search("SANCTIONS Treasury").total == 1
    assert store.search("Treasury غزة").total == 0  # all words must match
    assert store.search("Kremlin").total == 1  # English names of linked entities are indexed
    assert all(store.search(q).total == 0 for q in ar)  # Ukraine only appears in English
    assert store.search("Ukraine").total == 1


def test_search_finds_hamza_forms_in_text(store):
    text = "قالت كييف إن أوكرانيا ستواصل القتال. وأوكرانيا تطلب الدعم."
    store.put(Document(id="ua", text=text, language="ar", published=date(2024, 1, 2)))
    store.put(Document(id="other", text="خبر عن مصر والقاهرة.", language="ar"))
    for q in ("اوكرانيا", "أوكرانيا", "إوكرانيا", "وأوكرانيا", "اوكرانيا!"):
        res = store.search(q)
        assert res.total == 1 and res.hits[0].id == "ua", q
    hit = store.search("اوكرانيا").hits[0]
    # the highlight points at the original spelling in the snippet
    s, e = hit.highlights[0]
    assert hit.snippet[s:e] == "أوكرانيا"


def test_filters(store):
    docs = annotated_examples()
    store.put_many(docs)
    ru, gaza, en = (_by_lang(docs, n) for n in ("ar-russia-korea.txt", "ar-gaza-aid.txt", "en-sanctions.txt"))

    def ids(**kw):
        return {h.id for h in store.search(**kw, limit=100).hits}

    assert ids(entity="Q7747") == {ru.id}
    assert ids(entity="فلاديمير بوتين") == {ru.id}
    assert ids(entity="vladimir putin") == {ru.id}
    assert ids(entity="Q159") == {ru.id, en.id}  # Russia, linked in both
    assert ids(event_type="aid") == {gaza.id, en.id}
    assert ids(event_type="SANCTION", modality="conditional") == {ru.id}
    assert ids(polarity="negative") == {ru.id}
    assert ids(modality="alleged") == {gaza.id}
    assert ids(country="ps") == {gaza.id}
    assert ids(country="RU") == {ru.id, en.id}
    assert ids(date_from="2023-09-15") == {gaza.id, en.id}
    assert ids(date_to="2023-09-15") == {ru.id}
    assert ids(date_from=date(2023, 9, 13), date_to=date(2023, 10, 1)) == {en.id}
    assert ids(q="غزة", country="PS", event_type="AID", polarity="positive") == {gaza.id}
    assert ids(q="غزة", country="RU") == set()
    # event filters apply to one and the same event
    assert ids(event_type="AGREE", polarity="negative") == {ru.id}
    assert ids(event_type="AGREE", modality="historical") == {gaza.id}
    assert ids(event_type="CONSULT", polarity="negative") == set()
    with pytest.raises(StoreError):
        store.search(date_from="yesterday")
    with pytest.raises(StoreError):
        store.search(limit=-1)


def test_pagination_and_order(store):
    store.put_many(more_documents(45))
    res = store.search(limit=20)
    assert res.total == 45 and len(res.hits) == 20
    pages = [store.search(limit=20, offset=o).hits for o in (0, 20, 40)]
    seen = [h.id for p in pages for h in p]
    assert len(seen) == 45 == len(set(seen))
    dates = [h.published for h in pages[0]]
    assert dates == sorted(dates, reverse=True)  # newest first without a query
    assert store.search(limit=20, offset=100).hits == []
    assert len(store.search(limit=10_000).hits) == 45  # capped at MAX_LIMIT, not an error


def test_hostile_input_is_data(store):
    store.put_many(annotated_examples())
    for q in ("'; DROP TABLE documents; --", 'x" OR "1"="1', "NEAR(a b)", "*", "a AND OR NOT", "\\", "%_"):
        store.search(q)
        store.search(entity=q)
        store.entities(q=q)
    assert store.search(entity="x' OR '1'='1").total == 0
    assert store.count() == 3


def test_entities_listing_and_entity_page(store):
    docs = annotated_examples()
    store.put_many(docs)
    res = store.entities(limit=100)
    keys = {it["key"]: it for it in res["items"]}
    assert res["total"] == len(keys)
    russia = keys["Q159"]
    assert russia["n_articles"] == 2 and russia["name_en"] == "Russia"
    assert {a["id"] for a in russia["articles"]} == {
        _by_lang(docs, "ar-russia-korea.txt").id,
        _by_lang(docs, "en-sanctions.txt").id,
    }
    # grouped across articles by Wikidata id; entities without one by type and normalized name
    assert "ORG:" + "وزاره الخارجيه المصريه" in keys
    assert store.entities(q="بوتين")["items"][0]["key"] == "Q7747"
    assert store.entities(q="putin")["items"][0]["key"] == "Q7747"
    assert {it["type"] for it in store.entities(type="person", limit=100)["items"]} == {"PERSON"}
    page = store.entity("Q159")
    assert page is not None and page["n_articles"] == 2
    assert [t["day"] for t in page["timeline"]] == ["2023-09-12", "2023-09-18"]
    roles = {(e["type"], e["role"]) for e in page["events"]}
    assert ("SANCTION", "target") in roles and ("AGREE", "actor") in roles
    assert store.entity("Q0000") is None
    places = {p["key"] for p in store.places()}
    assert {"Q85", "Q649", "Q959"} <= places and "Q7747" not in places


def test_event_aggregates(store):
    docs = annotated_examples()
    store.put_many(docs)
    by_type = {it["type"]: it["count"] for it in store.event_counts(by=["type"])["items"]}
    assert by_type["AID"] == 3 and by_type["SANCTION"] == 2 and sum(by_type.values()) == 14
    by_day = store.event_counts(by=["day"])
    assert [it["day"] for it in by_day["items"]] == ["2023-09-12", "2023-09-18", "2023-10-19"]
    assert by_day["events"] == 14
    by_country = {it["country"]: it["count"] for it in store.event_counts(by=["country"])["items"]}
    assert by_country["PS"] == 2  # places Gaza Strip and Khan Yunis
    assert by_country["EG"] == 3  # place Rafah crossing, or actors Egypt and Cairo
    both = store.event_counts(by=["day", "type"])["items"]
    assert {"day": "2023-10-19", "type": "AID", "count": 2} in both
    from khabar.store.base import Filters

    only = store.event_counts(by=["type"], filters=Filters.make(polarity="negative"))
    assert only["items"] == [{"type": "AGREE", "count": 1}]
    with pytest.raises(StoreError):
        store.event_counts(by=["actor; DROP TABLE events"])
    evs = store.events(limit=5)
    assert evs["total"] == 14 and len(evs["items"]) == 5
    assert evs["items"][0]["day"] == "2023-10-19"


def test_network(store):
    store.put_many(annotated_examples())
    net = store.network(limit=100)
    nodes = {n["key"] for n in net["nodes"]}
    assert "Q7747" in nodes and "Q193011" not in nodes  # WEAPON is not an actor type
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    e = edges[tuple(sorted(("Q159", "Q30")))]  # Russia and the US: named together in two articles
    assert e["weight"] == 2 and e["events"] >= 1
    assert all(x["source"] in nodes and x["target"] in nodes for x in net["edges"])
    small = store.network(limit=3)
    assert len(small["nodes"]) == 3 and small["total"] == net["total"]


def test_stats_and_iteration(store):
    docs = annotated_examples()
    store.put_many(docs)
    st = store.stats()
    assert st["counts"]["documents"] == 3 and st["schema_version"] == 2
    assert st["published_from"] == "2023-09-12" and st["published_to"] == "2023-10-19"
    assert sorted(d.id for d in store.iter_documents(batch=2)) == sorted(d.id for d in docs)
    assert store.delete(docs[0].id) and not store.delete(docs[0].id)
    assert store.count() == 2 and store.counts()["entities"] == sum(len(d.entities) for d in docs[1:])


def test_documents_without_annotations_and_odd_entities(store):
    d = Document(id="bare", text="نص بلا كيانات.")
    store.put(d)
    assert store.get("bare").text == d.text
    assert store.search("كيانات").total == 1
    e = Entity(id="e1", type="MISC", name="ـبـيـت", mentions=[Mention(start=0, end=2, text="نص")])
    store.put(Document(id="odd", text="نص آخر", entities=[e], published=None))
    assert store.entities(q="بيت")["total"] == 1
    assert store.event_counts()["items"] == []


def test_migration_from_version_1(backend, url):
    from khabar.store.postgres import PostgresStore
    from khabar.store.sqlite import SQLiteStore

    cls = SQLiteStore if backend == "sqlite" else PostgresStore
    old = cls(url, target_version=1)
    assert old.schema_version() == 1
    docs = [synthetic_document(i) for i in range(5)]
    old.put_many(docs)  # v1 has every table a document needs
    old.close()
    new = open_store(url)
    assert new.schema_version() == 2
    assert new.count() == 5 and new.get(docs[0].id).to_dict() == docs[0].to_dict()
    new.log_inputs([("a.txt", None, "failed", "empty file")])  # the v2 ingest log exists
    assert new.done_inputs() == {"a.txt": "failed"}
    versions = [r[0] for r in new._query("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [1, 2]
    new.close()
    # opening again applies nothing twice
    again = open_store(url)
    assert again.schema_version() == 2 and again.count() == 5
    again.close()


def test_open_store_urls(tmp_path):
    s = open_store(f"sqlite:///{tmp_path}/a.db")
    assert s.backend == "sqlite" and (tmp_path / "a.db").exists()
    mode = s._query("PRAGMA journal_mode")[0][0]
    assert mode == "wal"
    s.close()
    with pytest.raises(StoreError):
        open_store("mysql://x/y")


def test_reindex_rebuilds_the_text_index(store):
    docs = annotated_examples()
    store.put_many(docs)
    before = store.counts()
    # simulate an index built by an older tokenizer: wipe it the backend's way
    conn = store.conn
    cur = conn.cursor()
    if store.backend == "sqlite":
        conn.execute("BEGIN IMMEDIATE")
        cur.execute("DELETE FROM doc_fts")
    else:
        cur.execute("UPDATE documents SET tsv = NULL")
    conn.commit()
    assert store.search("الكرملين").total == 0
    assert store.reindex(batch_size=2) == 3
    assert store.search("الكرملين").total == 1 and store.counts() == before


@pytest.mark.postgres
@store_fixtures.needs_pg
def test_postgres_reconnects_after_the_connection_drops(tmp_path):
    import psycopg

    s = open_store(store_fixtures.store_url("postgres", tmp_path))
    s.put_many(annotated_examples())
    pid = s._query("SELECT pg_backend_pid()")[0][0]
    with psycopg.connect(store_fixtures.PG_DSN, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    assert s.count() == 3  # the next call reconnects
    s.put(synthetic_document(1))
    assert s.count() == 4
    s.close()
