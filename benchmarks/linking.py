"""Link stage time as a share of extraction time, on SaudiNewsNet articles.

The whole default pipeline runs on each article (``khabar extract`` minus I/O) and the ``link``
stage's time is compared with the sum of all stages plus the text layer (tokens, sentences) they
share. When the ``entities`` stage finds no entity at
all (NER not built into this checkout), a stand-in dictionary tagger proposes mentions from the KB's
names so that linking still has real work; its time is reported separately and is not counted as
extraction time (that would flatter the share).
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from benchmarks._util import news_records, peak_rss_mb


def _stand_in_tagger(kb_path: str) -> Any:
    from khabar.document import Entity, Mention
    from khabar.kb.build import compact

    con = sqlite3.connect(f"file:{kb_path}?mode=ro", uri=True)
    q = (
        "SELECT n.key, e.type FROM name n JOIN entity e ON e.id = n.entity WHERE "
        "e.kind IN ('country', 'curated', 'continent') OR (e.kind = 'city' AND e.population >= 100000)"
    )
    keys = {}
    for k, t in con.execute(q):
        if len(k) >= 3 and "\u0600" <= k[0] <= "\u06ff":
            keys.setdefault(k, t)
    con.close()

    def tag(doc: Any) -> None:
        toks = [t for t in doc.layer.tokens]
        found: dict[str, Entity] = {}
        i = 0
        while i < len(toks):
            hit = None
            for n in (3, 2, 1):
                span = toks[i : i + n]
                if len(span) < n or any(t.kind != "ar" for t in span):
                    continue
                key = compact(" ".join(t.norm for t in span))
                if key in keys:
                    hit = (n, keys[key])
                    break
            if hit is None:
                i += 1
                continue
            n, typ = hit
            s, e = toks[i].stem_start, toks[i + n - 1].end
            text = doc.text[s:e]
            ent = found.setdefault(text, Entity(id=f"e{len(found) + 1}", type=typ, name=text))
            ent.mentions.append(Mention(start=s, end=e, text=text))
            i += n
        doc.entities = list(found.values())

    return tag


def run(quick: bool) -> list[dict]:
    from khabar.ingest import IngestError, document_from_text
    from khabar.kb.base import kb_path
    from khabar.pipeline import Pipeline, PipelineConfig

    n_docs = 150 if quick else 1000
    records = [r for r in news_records(limit=n_docs * 2) if r.get("content")][:n_docs]
    made = [document_from_text(r["content"], input_name=r["url"], url=r["url"]) for r in records]
    docs = [d for d in made if not isinstance(d, IngestError)]
    pipe = Pipeline(PipelineConfig())
    tagger = _stand_in_tagger(str(kb_path()))
    tag_time = 0.0
    stand_in_used = 0
    n_entities = 0
    order = [name for name, _ in pipe.stages]
    layer_time = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        _ = doc.layer.tokens, doc.layer.sentences  # the text layer every stage reads
        layer_time += time.perf_counter() - t0
        for name, stage in pipe.stages:
            t0 = time.perf_counter()
            stage(doc)
            pipe.timings[name] += time.perf_counter() - t0
            if name == "entities" and not doc.entities:
                t1 = time.perf_counter()
                tagger(doc)
                tag_time += time.perf_counter() - t1
                stand_in_used += 1
        n_entities += len(doc.entities)
    total = sum(pipe.timings.values()) + layer_time
    link = pipe.timings.get("link", 0.0)
    rest = total - link
    chars = sum(len(d.text) for d in docs)
    return [
        {
            "articles": len(docs),
            "characters": chars,
            "entities_after_link": n_entities,
            "stages": ",".join(order),
            "text_layer_s": round(layer_time, 3),
            "extraction_s": round(total, 3),
            "link_s": round(link, 3),
            "link_share_of_extraction": round(link / total, 3) if total else None,
            "link_added_to_rest": round(link / rest, 3) if rest else None,
            "link_ms_per_article": round(1000 * link / len(docs), 2),
            "stand_in_tagger_used_on": stand_in_used,
            "stand_in_tagger_s": round(tag_time, 3),
            "peak_rss_mb": round(peak_rss_mb(), 1),
        }
    ]
