"""The shipped Arabic recognizer: a linear-chain CRF (python-crfsuite) over khabar tokens.

The CRF labels whole tokens (as ANERcorp does); a mention then starts at the first token's stem, so
a proclitic is never part of it (وموسكو -> موسكو). Where the tokenizer left a proclitic on an
unknown word, :func:`clitic_offset` decides with the recognizer's own name lexicon.

Decoding: with ``O_PENALTY`` > 0 the labels are the best BIO-valid path of the per-token label
log-marginals (forward-backward, ``Tagger.marginal``) with O lowered by the penalty, trading a little
precision for recall; 0 is crfsuite's Viterbi. A model directory with ``ner-ar.stage2.crfsuite.gz``
tags each document twice (first stage, then the second stage with document context).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from khabar.entities.features import FeatureExtractor, Lexicon, doc_context, split_core, strip_candidates
from khabar.entities.usevec import CENTROIDS_FILE
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token, orig_len
from khabar.text.vocab import is_known_stem

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_FILE = "ner-ar.crfsuite"
MODEL_GZ = "ner-ar.crfsuite.gz"  # what `khabar train ner` writes now (gzip'd: under 2 MB)
LEXICON_FILE = "ner-ar.lexicon.json.gz"
# the optional second-stage CRF (document context features), written by `khabar train ner --two-stage`
STAGE2_GZ = "ner-ar.stage2.crfsuite.gz"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str
    source: str = "crf"


def bio_chunks(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, last+1, type) chunks, conlleval style: an I- after O or another type opens a chunk."""
    chunks: list[tuple[int, int, str]] = []
    start = -1
    typ = ""
    for i, lab in enumerate(labels + ["O"]):
        bio, _, t = lab.partition("-")
        if start >= 0 and (bio in ("O", "B") or t != typ):
            chunks.append((start, i, typ))
            start = -1
        if bio == "B" or (bio == "I" and start < 0):
            start, typ = i, t
    return chunks


# Recall-aware decoding: the log-marginal of O is lowered by this much before the best BIO-valid
# path of the per-token log-marginals is chosen (posterior decoding). 0 = plain Viterbi. Chosen on dev
# (last 10 % of ANERcorp train) with the two-stage model, micro-F1 over seeds 13/7/3: Viterbi 71.36/68.90/70.15,
# 0.5: 71.67/69.02, 0.75: 71.56/69.23, 1.0: 71.81/69.03/70.20, 1.5: 72.06/68.77, 2.0: 71.55/68.35.
# 0.5, on that plateau, is the one the quotes stage's dev set prefers (Arabic named speaker 93.5 % against
# 92.7 % at 1.0): more recall brings more wrong speaker candidates.
O_PENALTY = 0.5
# Marginal of O above which the other labels' marginals are not asked for (see ArabicCRF.marginals).
SURE_O = 0.999


def bio_constraints(labels: list[str], forbidden: float = -1e9) -> tuple[np.ndarray, np.ndarray]:
    """(transition mask (K, K), start mask (K,)) in the log domain: 0 where BIO allows the step,
    ``forbidden`` where it does not (an I- after O or after another type, or opening a sentence)."""
    k = len(labels)
    trans = np.zeros((k, k))
    start = np.zeros(k)
    for j, b in enumerate(labels):
        if b.startswith("I-"):
            start[j] = forbidden
            for i, a in enumerate(labels):
                if a[2:] != b[2:] or a == "O":
                    trans[i, j] = forbidden
    return trans, start


def viterbi(emit: np.ndarray, trans: np.ndarray, start: np.ndarray) -> list[int]:
    """Best path of per-token scores ``emit`` (T, K) under additive transition scores (K, K)."""
    n = len(emit)
    score = start + emit[0]
    back = np.empty((n, emit.shape[1]), dtype=np.intp)
    for t in range(1, n):
        cand = score[:, None] + trans
        best = cand.argmax(0)
        back[t] = best
        score = cand[best, np.arange(len(best))] + emit[t]
    j = int(score.argmax())
    path = [j]
    for t in range(n - 1, 0, -1):
        j = int(back[t, j])
        path.append(j)
    return path[::-1]


def _open_tagger(d: Path, gz: str, plain: str | None = None):
    """A pycrfsuite tagger of ``d/gz`` (gzip'd, read in memory) or ``d/plain``; None if neither
    exists. Returns (tagger, the buffer crfsuite tags from: keep it alive)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    if (d / gz).exists():
        import gzip

        raw = gzip.decompress((d / gz).read_bytes())
        tagger.open_inmemory(raw)
        return tagger, raw
    if plain and (d / plain).exists():
        tagger.open(str(d / plain))
        return tagger, b""
    return None, b""


class ArabicCRF:
    """The CRF tagger; with a second stage (``stage2``), a document is tagged twice: the second CRF
    also sees what the first one labelled the same word elsewhere in the document
    (:func:`khabar.entities.features.doc_context`)."""

    def __init__(
        self, tagger, lexicon: Lexicon, use=None, o_penalty: float | None = None, stage2=None
    ) -> None:
        self.tagger = tagger
        self.stage2 = stage2
        self.lexicon = lexicon
        self.features = FeatureExtractor(lexicon, use=use)
        self._model_bytes = b""
        self._stage2_bytes = b""
        self.labels = list((stage2 or tagger).labels())
        self._trans, self._start = bio_constraints(self.labels)
        self.set_o_penalty(O_PENALTY if o_penalty is None else o_penalty)

    @classmethod
    def load(cls, directory: Path | str | None = None, o_penalty: float | None = None) -> ArabicCRF:
        from khabar.training.ner import load_lexicon

        d = Path(directory) if directory else MODEL_DIR
        tagger, raw = _open_tagger(d, MODEL_GZ, MODEL_FILE)
        if tagger is None:
            raise FileNotFoundError(f"no NER model in {d}: build it with `khabar train ner`")
        stage2, raw2 = _open_tagger(d, STAGE2_GZ)
        use = None
        if (d / CENTROIDS_FILE).exists():  # the model was trained with USE word-vector clusters
            from khabar.entities.usevec import UseClusters, load_backend

            use = UseClusters.load(d / CENTROIDS_FILE)
            load_backend()  # the piece embeddings, now rather than at the first document
        crf = cls(tagger, load_lexicon(d / LEXICON_FILE), use, o_penalty=o_penalty, stage2=stage2)
        crf._model_bytes = raw  # crfsuite tags from these buffers (open_inmemory): keep them alive
        crf._stage2_bytes = raw2
        return crf

    def set_o_penalty(self, penalty: float) -> None:
        self.o_penalty = penalty
        self._bias = np.array([-penalty if lab == "O" else 0.0 for lab in self.labels])

    def marginals(self, feats: list[list[str]], tagger=None) -> np.ndarray:
        """(T, K) label marginals of a sentence's features (columns in the order of ``self.labels``)
        under ``tagger`` (default: the last stage)."""
        tagger = tagger or self.stage2 or self.tagger
        tagger.set(feats)
        marginal = tagger.marginal
        labels = self.labels
        k = len(labels)
        o = labels.index("O")
        out = np.empty((len(feats), k))
        for t in range(len(feats)):
            p_o = marginal("O", t)
            if p_o >= SURE_O:
                # a sure O (most tokens): the rest of the mass spread evenly, which no decoding
                # penalty in use can turn into a name (10 crfsuite calls saved per token)
                out[t] = (1.0 - p_o) / (k - 1)
            else:
                out[t] = [marginal(lab, t) for lab in labels]
            out[t, o] = p_o
        return out

    def decode(self, marginals: np.ndarray) -> list[str]:
        """The best BIO-valid path of the log-marginals, O lowered by ``o_penalty``."""
        emit = np.log(marginals + 1e-12) + self._bias
        return [self.labels[j] for j in viterbi(emit, self._trans, self._start)]

    def _tag_feats(self, tagger, feats: list[list[str]]) -> list[str]:
        if not feats:
            return []
        if not self.o_penalty:
            return tagger.tag(feats)
        return self.decode(self.marginals(feats, tagger))

    def tag(self, words: list[str]) -> list[str]:
        """Labels of one sentence (a one-sentence document, without consistency)."""
        return self.tag_document([words], propagate=False)[0] if words else []

    def stage_features(self, sentences: list[list[str]]) -> list[list[list[str]]]:
        """The features the last stage tags a document's sentences with."""
        self.features.prefetch([w for ws in sentences for w in ws])
        feats = [self.features.sentence(ws) if ws else [] for ws in sentences]
        if self.stage2 is None:
            return feats
        first = [self.tagger.tag(f) if f else [] for f in feats]
        extra = doc_context(sentences, first, self.lexicon.stop)
        return [[a + b for a, b in zip(f, e, strict=True)] for f, e in zip(feats, extra, strict=True)]

    def tag_document(self, sentences: list[list[str]], propagate: bool = True) -> list[list[str]]:
        """Labels for each sentence of one document, with document-level consistency.

        A name the CRF found somewhere in the document is also a name where it recurs untagged
        (same normalized words, proclitics and article aside), when it was tagged at least as
        often as it was left out.
        """
        last = self.stage2 or self.tagger
        labels = [self._tag_feats(last, f) for f in self.stage_features(sentences)]
        if propagate:
            propagate_names(sentences, labels, self.lexicon.stop)
        return labels

    def clitic_offset(self, tok: Token) -> int:
        """Characters of ``tok`` to skip at the start of a mention (its proclitics)."""
        if tok.stem_start > tok.start or tok.kind != "ar":
            return tok.stem_start - tok.start
        n = normalize(tok.text)
        lex = self.lexicon
        if len(n) < 4 or n[0] not in "وفبلك" or lex.is_name_word(n) or n in lex.stop:
            return 0
        if n[0] in "بلك" and is_known_stem(n):
            return 0  # the tokenizer kept a name the knowledge base knows whole: «بريكس» is no ب + «ريكس»
        for cand in strip_candidates(n):
            core = split_core(cand)[2]
            if lex.is_name_word(cand) or (cand.startswith("ال") and lex.is_name_word(core)):
                return orig_len(tok.text, len(n) - len(cand))
        # و before an unknown name is far more often the conjunction than the name's first letter
        # (names with و are short or start with وا: وليد, وائل, واشنطن). Not ف: فرنسا, فيصل, فنزويلا.
        if n[0] == "و" and len(n) >= 5 and n[1] != "ا":
            return orig_len(tok.text, 1)
        return 0

    def recognize(self, tokens: list[Token], sentences: list[tuple[int, int]] | None = None) -> list[Span]:
        """Entity spans (character offsets) over a document's tokens."""
        groups = _group_by_sentence(tokens, sentences)
        spans: list[Span] = []
        all_labels = self.tag_document([[t.text for t in g] for g in groups])
        for group, labels in zip(groups, all_labels, strict=True):
            done = 0
            for a, b, typ in bio_chunks(labels):
                if a < done:
                    continue
                # a hyphen glued on both sides continues the name: كيم جونغ-أون
                while (
                    b + 1 < len(group)
                    and group[b].text in "-–"
                    and group[b].start == group[b - 1].end
                    and group[b + 1].start == group[b].end
                    and group[b + 1].kind in ("ar", "latin", "num")
                ):
                    b += 2
                done = b
                first, last = group[a], group[b - 1]
                # trailing punctuation never ends a mention
                while b - 1 > a and group[b - 1].kind == "punct":
                    b -= 1
                    last = group[b - 1]
                if first.kind == "punct":
                    continue
                start = first.start + self.clitic_offset(first)
                if start >= last.end:
                    continue
                spans.append(Span(start, last.end, typ))
        return spans


def _key(word: str) -> str:
    n = normalize(word)
    return split_core(n)[2]


MIN_FUZZY_NAME = 7  # shorter names have too many near neighbours among ordinary words


def propagate_names(
    sentences: list[list[str]], labels: list[list[str]], stop: set[str], max_len: int = 4
) -> None:
    keys = [[_key(w) for w in ws] for ws in sentences]
    alt = [[strip_candidates(normalize(w)) for w in ws] for ws in sentences]
    tagged: dict[tuple[str, ...], Counter[str]] = {}
    for ks, labs in zip(keys, labels, strict=True):
        for a, b, typ in bio_chunks(labs):
            if b - a <= max_len:
                tagged.setdefault(tuple(ks[a:b]), Counter())[typ] += 1
    if not tagged:
        return
    # how often each tagged key occurs outside any name
    untagged: Counter[tuple[str, ...]] = Counter()
    lens = sorted({len(k) for k in tagged}, reverse=True)
    hits: list[tuple[int, int, int, tuple[str, ...]]] = []
    for si, (ks, labs) in enumerate(zip(keys, labels, strict=True)):
        i = 0
        n = len(ks)
        while i < n:
            found = False
            for ln in lens:
                if i + ln > n or any(lab != "O" for lab in labs[i : i + ln]):
                    continue
                heads = [ks[i]] + [split_core(c)[2] for c in alt[si][i]]
                for head in heads:
                    key = (head, *ks[i + 1 : i + ln])
                    if key in tagged:
                        untagged[key] += 1
                        hits.append((si, i, ln, key))
                        found = True
                        break
                if found:
                    break
            i += ln if found else 1
    for si, i, ln, key in hits:
        if ln == 1 and (key[0] in stop or len(key[0]) < 3):
            continue
        votes = tagged[key]
        if sum(votes.values()) < untagged[key]:
            continue
        typ = votes.most_common(1)[0][0]
        labels[si][i] = "B-" + typ
        for j in range(i + 1, i + ln):
            labels[si][j] = "I-" + typ
    _propagate_misspellings(keys, labels, tagged, stop)


def _propagate_misspellings(
    keys: list[list[str]],
    labels: list[list[str]],
    tagged: dict[tuple[str, ...], Counter[str]],
    stop: set[str],
) -> None:
    """A misspelt recurrence of a long one-word name (فلاديسفوستوك after فلاديفوستوك) is that name too."""
    from rapidfuzz.distance import Levenshtein

    names = {k[0]: votes for k, votes in tagged.items() if len(k) == 1 and len(k[0]) >= MIN_FUZZY_NAME}
    if not names:
        return
    for ks, labs in zip(keys, labels, strict=True):
        for i, k in enumerate(ks):
            if labs[i] != "O" or len(k) < MIN_FUZZY_NAME or k in names or k in stop:
                continue
            if (i > 0 and labs[i - 1] != "O") or (i + 1 < len(labs) and labs[i + 1] != "O"):
                continue  # next to a name: part of another one
            # one typo (a letter added, dropped or changed) inside the word; a change at its end is
            # inflection, not a typo (الجزائري is the adjective of الجزائر)
            best = next(
                (
                    n
                    for n in names
                    if not (k.startswith(n) or n.startswith(k))
                    and Levenshtein.distance(k, n, score_cutoff=1) <= 1
                ),
                None,
            )
            if best is not None:
                labs[i] = "B-" + names[best].most_common(1)[0][0]


def _group_by_sentence(tokens: list[Token], sentences: list[tuple[int, int]] | None) -> list[list[Token]]:
    if not sentences:
        return [tokens[i : i + 200] for i in range(0, len(tokens), 200)]
    groups: list[list[Token]] = []
    k = 0
    for _s, e in sentences:
        g = []
        while k < len(tokens) and tokens[k].start < e:
            g.append(tokens[k])
            k += 1
        # very long "sentences" (lists, tables) are tagged in pieces
        for i in range(0, len(g), 200):
            groups.append(g[i : i + 200])
    if k < len(tokens):
        groups.append(tokens[k:])
    return [g for g in groups if g]
