"""Word vectors learned from Arabic news text: ``khabar train embeddings --out DIR``.

PPMI + truncated SVD (Levy, Goldberg & Dagan 2015's recipe: context distribution smoothing 0.75,
eigenvalue weighting 0.5), plus fastText-style character n-gram vectors so that words never seen
in the corpus still get a vector. Contexts: a symmetric window weighted 1/distance (default), or
with ``--contexts N`` directional ones (each of the N most frequent words at each offset is its
own context, as the CRF's Brown-like clusters in :mod:`khabar.training.ner` do); directional
contexts give type-like neighbours (الرياض: جده, الاحساء, تبوك; اوباما: كيري, كارتر, نتنياهو)
where the symmetric window gives topical ones (الرياض: امانه, المنوره, جده, اهالي).

    khabar train embeddings --out ~/khabar-news-vectors --window 2 --contexts 5000   # ~2 min
    khabar train ner-neural --embeddings ~/khabar-news-vectors --out ~/khabar-ner-news --seed 0

Measured (9.19M tokens, 76,576 words of count >= 5, 200 dimensions, 66,759 n-grams; 111 s wall
on a shared 2-core machine; 50 MB): see :mod:`khabar.training.ner_neural` for what they buy the
neural tagger. As cluster features of the CRF (k-means 64/256/1024 of these vectors, via an
experiment script) they score on ANERcorp dev 74.41 micro-F1 (seed 13), level with the
``khabar train ner --clusters-from-news`` clusters (74.06 / 74.62, seeds 13 / 7; without news
69.94 / 67.32).

Text: SaudiNewsNet (``news/saudinewsnet.jsonl.gz``, 31k articles, CC BY-NC-SA 4.0) and the
unlabelled words of ANERcorp train (minus its last 10 %, the NER dev part) and AQMAR train (CC
BY-SA). ANERcorp test is never read. Every token is the khabar text layer's: punctuation split
off, proclitics و ف ب ل ك س stripped the way :func:`khabar.text.tokenize` does it without a
vocabulary, normalized with :func:`khabar.text.normalize` (digits -> 0, Latin lower-cased); i.e.
the ``word`` key the neural tagger uses (:func:`khabar.entities.neural.token_features`).

Because of SaudiNewsNet's non-commercial licence, the output is an opt-in, locally built artifact:
it is never written inside the ``khabar`` package and carries a NOTICE file saying so.

Output in ``DIR``: ``embeddings.npz`` (``words``: the vocabulary one a line; ``vectors``: float16
(V, dim), L2-normalized; ``ngrams`` / ``ngram_vectors``: the character n-gram table; ``meta``),
``NOTICE`` and ``meta.json``. Deterministic given ``--seed`` (one thread).
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from khabar.entities.wordvec import EMB_FILE, WordVectors, word_ngrams

log = logging.getLogger(__name__)

NOTICE_TEXT = (
    "These word vectors were learned by `khabar train embeddings` from SaudiNewsNet "
    "(parallelfold/SaudiNewsNet, CC BY-NC-SA 4.0) and from ANERcorp (CC BY-SA 4.0) and AQMAR "
    "(CC BY-SA 3.0) training text. Non-commercial use only (CC BY-NC-SA 4.0); share alike. "
    "Do not ship them inside the khabar package.\n"
)
_SENT_SPLIT = re.compile(r"[.!؟?\n]+")


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------
class Keyer:
    """Token string -> the tagger's word key (normalized stem), cached per token type."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def __call__(self, tok: str) -> str:
        k = self._cache.get(tok)
        if k is None:
            from khabar.entities.neural import token_features

            k = token_features(tok, {}).word
            if len(self._cache) < 2_000_000:
                self._cache[tok] = k
        return k


def text_sentences(text: str) -> Iterator[list[str]]:
    """Raw token strings of each sentence-like stretch of ``text`` (the text layer's tokens)."""
    from khabar.text.tokenize import TOKEN_RE

    for part in _SENT_SPLIT.split(text):
        toks = [m.group() for m in TOKEN_RE.finditer(part)]
        if toks:
            yield toks


def corpus(shared: Path, news: bool = True, news_limit: int | None = None) -> Iterator[list[str]]:
    """Sentences (raw tokens) of the training text: NER train corpora, then the news articles."""
    from khabar.entities.data import read_bio
    from khabar.training.ner import split_dev

    ner = shared / "ner"
    train, _dev = split_dev(read_bio(ner / "anercorp" / "train.txt"))
    for s in train:
        yield list(s.tokens)
    aqmar = ner / "aqmar" / "train.txt"
    if aqmar.exists():
        for s in read_bio(aqmar):
            yield list(s.tokens)
    if not news:
        return
    with gzip.open(shared / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if news_limit is not None and i >= news_limit:
                break
            art = json.loads(line)
            for field in ("title", "content"):
                yield from text_sentences(art.get(field) or "")


def sentence_keys(sentences: Iterator[list[str]]) -> Iterator[list[str]]:
    """Word keys of each sentence; punctuation tokens dropped."""
    from khabar.text.tokenize import TOKEN_RE

    keyer = Keyer()
    punct: dict[str, bool] = {}
    for toks in sentences:
        out = []
        for t in toks:
            p = punct.get(t)
            if p is None:
                m = TOKEN_RE.fullmatch(t)
                p = punct[t] = m is None or m.lastgroup == "punct"
            if not p:
                out.append(keyer(t))
        if out:
            yield out


# ---------------------------------------------------------------------------------------------
# PPMI + SVD
# ---------------------------------------------------------------------------------------------
def cooccurrences(seqs: list[np.ndarray], n_vocab: int, window: int, n_ctx: int = 0):
    """Co-occurrence counts (CSR, float32) of word ids (-2: a rare word, in no pair, not a boundary).

    ``n_ctx`` 0: symmetric word x word counts within ``window``, weighted 1/distance. Else
    directional contexts: column ``block * n_ctx + c`` counts context word ``c`` (one of the
    ``n_ctx`` most frequent, ids are frequency ranks) at each relative position -window..-1,
    1..window (one block each), as the CRF's clusters in :mod:`khabar.training.ner` do.
    """
    from scipy import sparse

    n_cols = 2 * window * n_ctx if n_ctx else n_vocab
    total = None
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []

    def flush(total):
        if not rows:
            return total
        r, c, v = np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)
        rows.clear()
        cols.clear()
        vals.clear()
        m = sparse.coo_matrix((v, (r, c)), shape=(n_vocab, n_cols), dtype=np.float32).tocsr()
        return m if total is None else total + m

    # sentences joined with -1 separators, so one vectorized pass covers each offset
    flat = np.concatenate([np.concatenate([s, [-1]]) for s in seqs]).astype(np.int64)
    step = 2_000_000
    for lo in range(0, len(flat), step):
        chunk = flat[lo : lo + step + window]
        n = min(step, len(flat) - lo)
        for d in range(1, window + 1):
            a, b = chunk[:n], chunk[d : n + d]
            a = a[: len(b)]
            ok = (a >= 0) & (b >= 0)
            for e in range(1, d):  # no sentence boundary between them
                ok &= chunk[e : e + len(a)] != -1
            aa, bb = a[ok], b[ok]
            if n_ctx:
                # b is at +d of a (block window - 1 + d); a is at -d of b (block window - d)
                r_ok = bb < n_ctx
                l_ok = aa < n_ctx
                rows.extend([aa[r_ok], bb[l_ok]])
                cols.extend([(window - 1 + d) * n_ctx + bb[r_ok], (window - d) * n_ctx + aa[l_ok]])
                vals.extend([np.ones(int(r_ok.sum()), np.float32), np.ones(int(l_ok.sum()), np.float32)])
            else:
                w = np.full(len(aa), 1.0 / d, dtype=np.float32)
                rows.extend([aa, bb])
                cols.extend([bb, aa])
                vals.extend([w, w])
        total = flush(total)
    return total


def ppmi(counts, alpha: float = 0.75):
    """Positive PMI of a sparse count matrix with context distribution smoothing ``alpha``."""
    c = counts.tocoo()
    row = np.asarray(counts.sum(1)).ravel()
    col = np.asarray(counts.sum(0)).ravel() ** alpha
    total = row.sum()
    col = col / col.sum()
    with np.errstate(divide="ignore"):
        pmi = np.log(c.data) + np.log(total) - np.log(row[c.row]) - np.log(col[c.col] * total)
    keep = pmi > 0
    from scipy import sparse

    return sparse.csr_matrix((pmi[keep].astype(np.float32), (c.row[keep], c.col[keep])), shape=counts.shape)


def randomized_svd(m, dim: int, seed: int, power: int = 3, oversample: int = 20):
    """Top ``dim`` left singular vectors and values of sparse ``m`` (Halko et al.), seeded."""
    rng = np.random.default_rng(seed)
    omega = rng.standard_normal((m.shape[1], dim + oversample)).astype(np.float32)
    y = m @ omega
    y, _ = np.linalg.qr(y)
    mt = m.T.tocsr()
    for _ in range(power):
        z, _ = np.linalg.qr(mt @ y)
        y, _ = np.linalg.qr(m @ z)
    b = (mt @ y).T  # (k, n) = y.T @ m
    ub, s, _vt = np.linalg.svd(b, full_matrices=False)
    u = y @ ub[:, :dim]
    # fix the sign of each component (largest-magnitude entry positive) for determinism across runs
    signs = np.sign(u[np.abs(u).argmax(0), np.arange(u.shape[1])])
    signs[signs == 0] = 1
    return (u * signs).astype(np.float32), s[:dim].astype(np.float32)


def l2n(x: np.ndarray) -> np.ndarray:
    return x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-9)


# ---------------------------------------------------------------------------------------------
# Character n-grams (OOV vectors)
# ---------------------------------------------------------------------------------------------
def learn_ngrams(words: list[str], vecs: np.ndarray, counts: np.ndarray, max_ngrams: int, min_words: int = 3):
    """n-gram vector = count-weighted mean of the vectors of the words that contain it (normalized).

    Words of 3 characters or fewer, numbers and Latin words are skipped (n-grams of names matter)."""
    index: dict[str, int] = {}
    df: list[int] = []
    rows: list[int] = []
    cols: list[int] = []
    for i, w in enumerate(words):
        if len(w) <= 3:
            continue
        for g in dict.fromkeys(word_ngrams(w)):  # first-seen order: no hash-seed dependence
            j = index.get(g)
            if j is None:
                j = index[g] = len(df)
                df.append(0)
            df[j] += 1
            rows.append(j)
            cols.append(i)
    dfa = np.asarray(df)
    keep = np.flatnonzero(dfa >= min_words)
    keep = keep[np.argsort(-dfa[keep], kind="stable")][:max_ngrams]
    remap = np.full(len(dfa), -1, dtype=np.int64)
    remap[keep] = np.arange(len(keep))
    names = [""] * len(keep)
    for g, j in index.items():
        if remap[j] >= 0:
            names[remap[j]] = g
    from scipy import sparse

    r = remap[np.asarray(rows, dtype=np.int64)]
    c = np.asarray(cols, dtype=np.int64)
    ok = r >= 0
    weight = np.log1p(counts[c[ok]]).astype(np.float32)
    m = sparse.csr_matrix((weight, (r[ok], c[ok])), shape=(len(keep), len(words)))
    return names, l2n(np.asarray(m @ vecs, dtype=np.float32))


# ---------------------------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------------------------
def train(
    out: Path,
    shared: Path,
    seed: int = 0,
    dim: int = 200,
    window: int = 3,
    min_count: int = 5,
    max_vocab: int = 100_000,
    max_ngrams: int = 100_000,
    ngram_min_words: int = 3,
    n_ctx: int = 0,
    news: bool = True,
    news_limit: int | None = None,
    sentences: list[list[str]] | None = None,
) -> dict:
    """Learn the vectors and write them to ``out`` (never inside the package: see the licence)."""
    import khabar

    out = Path(out).resolve()
    pkg = Path(khabar.__file__).resolve().parent
    if out == pkg or pkg in out.parents:
        raise ValueError(f"{out} is inside the khabar package: news-derived vectors must not ship")
    t0 = time.time()
    src = iter(sentences) if sentences is not None else corpus(shared, news, news_limit)
    seqs_s = list(sentence_keys(src))
    counts: Counter[str] = Counter()
    for s in seqs_s:
        counts.update(s)
    n_tokens = sum(counts.values())
    vocab = [w for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= min_count][:max_vocab]
    index = {w: i for i, w in enumerate(vocab)}
    seqs = [np.fromiter((index.get(w, -2) for w in s), dtype=np.int64, count=len(s)) for s in seqs_s]
    del seqs_s
    log.info("%d tokens, %d types, vocab %d (%.0f s)", n_tokens, len(counts), len(vocab), time.time() - t0)
    co = cooccurrences(seqs, len(vocab), window, n_ctx)
    del seqs
    log.info("co-occurrences: %d non-zero (%.0f s)", co.nnz, time.time() - t0)
    m = ppmi(co)
    del co
    k = min(dim, min(m.shape) - 1)
    u, s = randomized_svd(m, k, seed)
    vecs = l2n(u * np.sqrt(s)[None, :])
    log.info("SVD %s (%.0f s)", vecs.shape, time.time() - t0)
    freq = np.array([counts[w] for w in vocab], dtype=np.float64)
    ngrams, ngram_vecs = learn_ngrams(vocab, vecs, freq, max_ngrams, ngram_min_words)
    log.info("%d character n-grams (%.0f s)", len(ngrams), time.time() - t0)
    meta = {"tokens": n_tokens, "types": len(counts), "vocab": len(vocab), "dim": int(k), "window": window,
            "min_count": min_count, "n_ctx": n_ctx, "ngrams": len(ngrams), "seed": seed, "news": news, "news_limit": news_limit,
            "method": "PPMI (cds 0.75) + randomized SVD (eig 0.5) + char 3-5-gram OOV, contexts "
            + (f"directional (top {n_ctx} words at each offset)" if n_ctx else "symmetric, 1/distance")}  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    from khabar.entities.neural import vocab_array

    np.savez_compressed(
        out / EMB_FILE,
        words=vocab_array(vocab),
        vectors=vecs.astype(np.float16),
        ngrams=vocab_array(ngrams) if ngrams else np.zeros(0, dtype=np.uint8),
        ngram_vectors=ngram_vecs.astype(np.float16),
    )
    (out / "NOTICE").write_text(NOTICE_TEXT if news else NOTICE_TEXT.split(" Non-commercial")[0] + "\n")
    meta["seconds"] = round(time.time() - t0, 1)
    meta["bytes"] = (out / EMB_FILE).stat().st_size
    (out / "meta.json").write_text(json.dumps(meta, indent=1))
    return meta


def neighbours(vectors: WordVectors, word: str, k: int = 10) -> list[tuple[str, float]]:
    v, src = vectors.lookup(word)
    if not src:
        return []
    sims = vectors.vectors @ v
    order = np.argsort(-sims)[: k + 1]
    return [(vectors.words[i], round(float(sims[i]), 3)) for i in order if vectors.words[i] != word][:k]


def kmeans_clusters(vectors: WordVectors, ks: tuple[int, ...] = (64, 256, 1024), seed: int = 0,
                    iters: int = 20, max_words: int | None = None) -> dict[str, str]:  # fmt: skip
    """Cosine k-means of the word vectors at several granularities: word -> "a|b|c" (the CRF's
    cluster features, :attr:`khabar.entities.features.Lexicon.clusters`)."""
    from scipy import sparse

    x = vectors.vectors[:max_words] if max_words else vectors.vectors
    words = vectors.words[: len(x)]
    rng = np.random.default_rng(seed)
    ids = []
    for k in ks:
        k = min(k, len(x))
        c = x[rng.choice(len(x), k, replace=False)].copy()
        assign = np.zeros(len(x), dtype=np.int64)
        for _ in range(iters):
            assign = (x @ c.T).argmax(1)
            onehot = sparse.csr_matrix(
                (np.ones(len(x), dtype=np.float32), (assign, np.arange(len(x)))), shape=(k, len(x))
            )
            sums = np.asarray(onehot @ x)
            empty = np.bincount(assign, minlength=k) == 0
            sums[empty] = c[empty]
            c = l2n(sums)
        ids.append(assign)
    return {w: "|".join(str(int(a[i])) for a in ids) for i, w in enumerate(words)}
