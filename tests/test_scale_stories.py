"""Near duplicates (MinHash/LSH), stories across languages (offline USE), canonical events."""

from __future__ import annotations

import random
from datetime import date

import pytest

from khabar.document import Document, Entity, Event, KBRef, Mention, Span
from khabar.eval.dedup import load_corpus, make_copy, planted
from khabar.scale.stories import (
    DedupConfig,
    StoryConfig,
    StoryDoc,
    canonical_events,
    cluster_stories,
    groups_from_pairs,
    near_duplicate_pairs,
    shingles,
)


@pytest.fixture(scope="module")
def corpus(shared_data):
    return [d for d in load_corpus(shared_data / "news" / "saudinewsnet.jsonl.gz", limit=400) if d]


def test_shingles_are_over_normalized_text():
    a = "أعلنت وزارة الصحة إنشاء مستشفى جديد في مدينة جدة بتكلفة كبيرة"
    b = "اعلنت وزارة الصحة إنشاء مستشفى جديد في مدينة جدة بتكلفة كبيرة"  # alef without hamza
    c = "أَعلنت وزارة الصحّة إنشاء مستشفى جديد في مدينة جدّة بتكلفة كبيرة"  # diacritics
    assert shingles(a) == shingles(b) == shingles(c)
    assert len(shingles(a, "w5")) == len(a.split()) - 4 and len(shingles(a)) == len(a.split()) - 2
    assert shingles(a) != shingles(a.replace("جدة", "الرياض"))


def test_edited_copies_are_near_duplicates_and_other_articles_are_not(corpus):
    rng = random.Random(3)
    orig = next(d for d in corpus if len(d.text) > 1500 and d.text.count("\n") >= 4)
    others = [d.text for d in corpus[:150] if d.id != orig.id]
    copies = [make_copy(orig.text, k, rng) for k in ("trim+boiler", "reorder+edit", "trim+boiler+edit")]
    texts = [orig.text, *copies, *others]
    pairs = near_duplicate_pairs(texts, DedupConfig())
    groups = groups_from_pairs(len(texts), ((a, b) for a, b, _, _ in pairs))
    assert groups[:4] == [0, 0, 0, 0]
    assert all(g >= 4 for g in groups[4:])


def test_planted_eval_small(corpus):
    res = planted(corpus, n_orig=12, n_distract=80)
    assert res["copies"] == 36 and res["recall"] >= 0.9 and res["precision"] >= 0.9


def test_stories_join_arabic_and_english_and_keep_apart_other_news():
    d = date(2015, 7, 20)
    docs = [
        StoryDoc("ar1", "أعلن رئيس الوزراء البريطاني ديفيد كاميرون اليوم استراتيجية جديدة لمكافحة التطرف "
                 "تمتد خمس سنوات وتتصدى للأفكار المتطرفة بين الشبان.", "كاميرون يعلن استراتيجية لمكافحة التطرف", d),
        StoryDoc("en1", "British Prime Minister David Cameron today announced a new five-year strategy to "
                 "counter extremism and confront extremist ideas among young people.",
                 "Cameron announces strategy against extremism", d),
        StoryDoc("ar2", "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد بيانات عن تراجع المخزونات "
                 "الأمريكية وتوقعات بزيادة الطلب.", "النفط يرتفع في الأسواق العالمية", d),
        StoryDoc("ar3", "فاز المنتخب السعودي للناشئين على نظيره القطري في البطولة العربية للكرة الطائرة "
                 "المقامة في الرباط بثلاثة أشواط مقابل شوطين.", "الأخضر يتغلب على قطر", d),
    ]  # fmt: skip
    cl = cluster_stories(docs, StoryConfig(threshold=0.6))
    st = dict(zip(cl.ids, cl.story, strict=True))
    assert st["ar1"] == st["en1"]
    assert len({st["ar1"], st["ar2"], st["ar3"]}) == 3


def test_story_window_and_duplicates_are_one_story(corpus):
    base = next(d for d in corpus if len(d.text) > 1200)
    copy = make_copy(base.text, "trim+boiler", random.Random(1))
    docs = [
        StoryDoc("a", base.text, base.title, date(2015, 7, 1)),
        StoryDoc("b", copy, "عنوان مختلف تماما عن رياضة كرة القدم", date(2015, 7, 2)),
        StoryDoc("c", base.text + "\n\nتحديث", base.title, date(2015, 7, 20)),  # outside the window
    ]
    cl = cluster_stories(docs, StoryConfig(threshold=0.7, window_days=3))
    assert cl.dup_group == [0, 0, 0]
    assert cl.story[0] == cl.story[1] == cl.story[2]  # a near duplicate joins whatever the date
    cl2 = cluster_stories(
        [
            StoryDoc("a", base.text, base.title, date(2015, 7, 1)),
            StoryDoc("c", base.title or "", base.title, date(2015, 7, 20)),
        ],  # fmt: skip
        StoryConfig(threshold=0.3, window_days=3, dedup=DedupConfig(min_shingles=50)),
    )
    assert cl2.story[0] != cl2.story[1]  # the same topic three weeks later is a new story


def _doc(doc_id: str, text: str, actor_q: str | None) -> Document:
    i = text.index("كاميرون")
    m = Mention(start=i, end=i + 7, text="كاميرون")
    ent = Entity(id="e1", type="PERSON", name="كاميرون", name_en="David Cameron",
                 kb=KBRef(wikidata=actor_q), mentions=[m])  # fmt: skip
    ev = Event(id="v1", type="CONSULT", actor="e1", evidence=Span(start=0, end=len(text)),
               mentions=[Span(start=0, end=len(text))])  # fmt: skip
    return Document(id=doc_id, text=text, entities=[ent], events=[ev])


def test_canonical_events_merge_mentions_across_articles():
    a = _doc("d1", "التقى كاميرون وزير الخارجية", "Q192")
    b = _doc("d2", "استقبل كاميرون الوزير أمس", "Q192")
    c = _doc("d3", "التقى كاميرون آخر", None)  # no Wikidata id: keyed by English name
    ce = canonical_events({0: [a, b, c]})
    by_actor = {x["actor"]: x for x in ce}
    assert by_actor["Q192"]["n_articles"] == 2
    assert {m["doc_id"] for m in by_actor["Q192"]["mentions"]} == {"d1", "d2"}
    assert by_actor["en:david cameron"]["n_articles"] == 1
    m = by_actor["Q192"]["mentions"][0]
    assert (m["start"], m["end"]) == (0, len(a.text))


def test_stories_for_a_run_output_and_duckdb(shared_data, tmp_path, monkeypatch):
    import gzip

    from khabar import pipeline as pipeline_mod
    from khabar.scale import duckdb_views
    from khabar.scale.runner import RunConfig, run
    from khabar.scale.stories import stories_for_run

    lines = []
    with gzip.open(shared_data / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 30:
                break
            lines.append(line)
    lines.append(lines[3])  # the same record again (a re-crawl): same id, a near duplicate
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(lines), encoding="utf-8")

    def ev_factory(config):
        def add(doc: Document) -> None:
            i = doc.text.find(" ")
            # an id of its own: the real entity stages have already numbered theirs e1, e2, ...
            doc.entities.append(Entity(id="x1", type="GPE", name=doc.text[:i], kb=KBRef(wikidata="Q851"),
                                       mentions=[Mention(start=0, end=i, text=doc.text[:i])]))  # fmt: skip
            doc.events.append(Event(id="v1", type="AID", actor="x1", evidence=Span(start=0, end=i)))

        return add

    monkeypatch.setitem(pipeline_mod._REGISTRY, "events", ev_factory)
    out = tmp_path / "out"
    run(RunConfig(inputs=[str(corpus)], out=str(out), engine="inline", shard_size=10, progress=False))
    summary = stories_for_run(out, StoryConfig(threshold=0.7))
    assert summary["articles"] == 31 and summary["near_duplicate_pairs"] >= 1
    assert summary["distinct_articles"] <= 30 and summary["events"] == 31
    con = duckdb_views(out)
    n_st, n_multi = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE n_articles > 1) FROM stories"
    ).fetchone()
    assert n_st == summary["stories"] and n_multi >= 1
    # The re-crawled record and its original are one story, their events one canonical event
    # with a mention in each article.
    dup_story = con.execute(
        "SELECT story FROM story_articles GROUP BY story HAVING count(*) > 1 LIMIT 1"
    ).fetchone()[0]
    n_art, n_men = con.execute(
        "SELECT n_articles, n_mentions FROM canonical_events WHERE story = ? AND actor = 'Q851'", [dup_story]
    ).fetchone()
    assert n_men >= 2 and n_art >= 1
    assert con.execute("SELECT count(*) FROM story_articles").fetchone()[0] == 31
