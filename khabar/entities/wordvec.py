"""Frozen word vectors for the neural tagger, looked up by the tagger's word key.

The vectors are learned by ``khabar train embeddings`` (:mod:`khabar.training.embeddings`) from a
corpus the user has locally; nothing here ships data. A word gets its corpus vector, else (a word
with the article ال) the article-less form's, else the mean of its character 3-5-grams' vectors
(fastText-style), else none.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

EMB_FILE = "embeddings.npz"
NGRAM_N = (3, 4, 5)


def word_ngrams(word: str, ns: tuple[int, ...] = NGRAM_N) -> list[str]:
    w = f"<{word}>"
    return [w[i : i + n] for n in ns for i in range(len(w) - n + 1)]


class WordVectors:
    """Looks up a word key's vector: the corpus vector, else the mean of its character n-grams'
    (fastText-style), else none."""

    def __init__(self, words: list[str], vectors: np.ndarray, ngrams: list[str], ngram_vectors: np.ndarray):
        self.words = words
        self.index = {w: i for i, w in enumerate(words)}
        self.vectors = vectors.astype(np.float32)
        self.ngram_index = {g: i for i, g in enumerate(ngrams)}
        self.ngram_vectors = ngram_vectors.astype(np.float32)
        self.dim = self.vectors.shape[1]

    @classmethod
    def load(cls, path: str | Path) -> WordVectors:
        p = Path(path)
        if p.is_dir():
            p = p / EMB_FILE
        with np.load(p, allow_pickle=False) as z:
            words = z["words"].tobytes().decode("utf-8").split("\n")
            ngrams = z["ngrams"].tobytes().decode("utf-8").split("\n") if z["ngrams"].size else []
            return cls(words, z["vectors"], ngrams, z["ngram_vectors"])

    def lookup(self, key: str) -> tuple[np.ndarray, int]:
        """(vector, source): source 1 = corpus word, 2 = article-less form, 3 = n-grams, 0 = none."""
        i = self.index.get(key)
        if i is not None:
            return self.vectors[i], 1
        if key.startswith("ال") and len(key) >= 5:
            i = self.index.get(key[2:])
            if i is not None:
                return self.vectors[i], 2
        ids = [j for g in word_ngrams(key) if (j := self.ngram_index.get(g)) is not None]
        if ids and len(key) > 3:
            v = self.ngram_vectors[ids].mean(0)
            return v / (np.linalg.norm(v) + 1e-9), 3
        return np.zeros(self.dim, dtype=np.float32), 0

    def table(self, keys: list[str]) -> np.ndarray:
        """(N, dim + 1) vectors of keys plus a column telling whether the key had no vector."""
        out = np.zeros((len(keys), self.dim + 1), dtype=np.float32)
        for k, key in enumerate(keys):
            v, src = self.lookup(key)
            out[k, : self.dim] = v
            out[k, self.dim] = float(src == 0)
        return out
