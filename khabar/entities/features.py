"""CRF features for Arabic NER over khabar tokens.

Features of a word type are computed once and cached (news repeats its words), then a window of
neighbour features is added per position. All dictionary keys go through ``khabar.text.normalize``.
The lexicon (gazetteers, triggers, word clusters) is a plain :class:`Lexicon`, built at training time
from ../shared/data and shipped beside the weights.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from khabar.text.normalize import normalize

_PROCLITIC_ART = re.compile(r"^([وف]?)([بكل]?)ال(..+)$")
_PROCLITIC_LL = re.compile(r"^([وف]?)لل(..+)$")
_DIGIT = re.compile(r"\d")
_AR = re.compile("[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")

# Gazetteer kinds marked per token, B/I of the longest match.
GAZ_KINDS = ("country", "city", "pfirst", "org", "loc")
MAX_GAZ_LEN = 5


def split_core(word_norm: str) -> tuple[str, str, str]:
    """(proclitics, article, core) of a normalized Arabic word: وبالعاصمة -> (وب, ال, عاصمه)."""
    m = _PROCLITIC_LL.match(word_norm)
    if m:
        return m.group(1) + "ل", "ال", m.group(2)
    m = _PROCLITIC_ART.match(word_norm)
    if m:
        return m.group(1) + m.group(2), "ال", m.group(3)
    return "", "", word_norm


def strip_candidates(word_norm: str) -> list[str]:
    """Forms of ``word_norm`` without a possible one- or two-letter proclitic (no article stripping)."""
    out = []
    if len(word_norm) >= 4 and word_norm[0] in "وفبلك":
        out.append(word_norm[1:])
        if len(word_norm) >= 5 and word_norm[0] in "وف" and word_norm[1] in "بلك":
            out.append(word_norm[2:])
    return out


@dataclass
class Lexicon:
    """Everything the features look up, keyed by normalized forms."""

    # normalized name (space-joined tokens) -> kinds (subset of GAZ_KINDS, plus "plast" for person tokens)
    names: dict[str, set[str]] = field(default_factory=dict)
    # single normalized tokens that are person-name tokens (Wikidata pairs)
    person_tokens: set[str] = field(default_factory=set)
    # trigger words (normalized, article kept) -> kind: per, org, loc, fac
    triggers: dict[str, str] = field(default_factory=dict)
    # normalized word -> cluster ids at several granularities, e.g. "12|340|1020"
    clusters: dict[str, str] = field(default_factory=dict)
    # normalized words that must never be gazetteer hits on their own
    stop: set[str] = field(default_factory=set)
    # words seen as the first word of a name in the training data (for proclitic decisions)
    name_words: set[str] = field(default_factory=set)
    max_len: int = MAX_GAZ_LEN

    def first_tokens(self) -> set[str]:
        return {k.split(" ", 1)[0] for k in self.names}

    def to_json(self) -> dict:
        return {
            "names": {k: sorted(v) for k, v in sorted(self.names.items())},
            "person_tokens": sorted(self.person_tokens),
            "triggers": dict(sorted(self.triggers.items())),
            "clusters": dict(sorted(self.clusters.items())),
            "stop": sorted(self.stop),
            "name_words": sorted(self.name_words),
        }

    @classmethod
    def from_json(cls, d: dict) -> Lexicon:
        return cls(
            names={k: set(v) for k, v in d["names"].items()},
            person_tokens=set(d["person_tokens"]),
            triggers=dict(d["triggers"]),
            clusters=dict(d["clusters"]),
            stop=set(d["stop"]),
            name_words=set(d.get("name_words", ())),
        )

    def is_name_word(self, n: str) -> bool:
        """A normalized word known as (part of) a name: gazetteer, person token or training name."""
        return n in self.name_words or n in self.person_tokens or n in self.names


class FeatureExtractor:
    def __init__(self, lexicon: Lexicon, use=None, use_ctx: int = 0) -> None:
        """``use``: optional :class:`khabar.entities.usevec.UseClusters` (USE word-vector clusters);
        ``use_ctx``: how many of its granularities are also features of the neighbours."""
        self.lex = lexicon
        self.use = use
        self.use_ctx = use_ctx
        self._cache: dict[str, tuple[list[str], list[str]]] = {}
        self._first = lexicon.first_tokens()

    # ---- per word type -------------------------------------------------------------------------
    def word_features(self, word: str) -> tuple[list[str], list[str]]:
        """(features of the word at the current position, short features used for neighbours)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        lex = self.lex
        n = normalize(word)
        f: list[str] = []
        ctx: list[str] = []
        if _AR.search(n):
            pro, art, core = split_core(n)
            f.append("w=" + n)
            f.append("c=" + core)
            if pro:
                f.append("pro=" + pro)
            if art:
                f.append("art")
            ln = len(core)
            f.append("p2=" + core[:2])
            f.append("p3=" + core[:3])
            f.append("s1=" + core[-1:])
            f.append("s2=" + core[-2:])
            f.append("s3=" + core[-3:])
            f.append(f"len={min(ln, 8)}")
            ctx.append("w=" + n)
            ctx.append("c=" + core)
            cands = [n, core] + strip_candidates(n)
            if art:
                cands.append("ال" + core)
            kinds: set[str] = set()
            cl = ""
            for k, c in enumerate(cands):
                if c in lex.stop:
                    continue
                if c in lex.person_tokens:
                    kinds.add("pt" if k == 0 else "pt~")
                g = lex.names.get(c)
                if g:
                    kinds.update(x if k == 0 else x + "~" for x in g)
                if not cl:
                    cl = lex.clusters.get(c, "")
            trig = lex.triggers.get(n) or lex.triggers.get(core) or lex.triggers.get("ال" + core)
            if not trig:
                for c in strip_candidates(n):
                    trig = lex.triggers.get(c)
                    if trig:
                        break
            if trig:
                f.append("trig=" + trig)
                ctx.append("trig=" + trig)
            for k in sorted(kinds):
                f.append("lex=" + k)
                ctx.append("lex=" + k)
            if cl:
                for i, cid in enumerate(cl.split("|")):
                    f.append(f"cl{i}={cid}")
                    if i < 2:
                        ctx.append(f"cl{i}={cid}")
            if n.endswith("يه") or n.endswith("ي"):
                f.append("nisba")
            if self.use is not None:
                from khabar.entities.usevec import clean, stem

                wid = self.use.ids(clean(word))
                sid = self.use.ids(stem(word))
                for i, cid in enumerate(wid):
                    f.append(f"u{i}={cid}")
                    if i < self.use_ctx:
                        ctx.append(f"u{i}={cid}")
                for i, cid in enumerate(sid):
                    f.append(f"us{i}={cid}")
                    if i < self.use_ctx:
                        ctx.append(f"us{i}={cid}")
        else:
            low = word.lower()
            f.append("w=" + low)
            ctx.append("w=" + low)
            if _DIGIT.search(word):
                shape = re.sub(r"\d", "0", word)
                shape = re.sub(r"[A-Z]", "A", shape)
                shape = re.sub(r"[a-z]", "a", shape)
                f.append("shape=" + shape[:8])
                ctx.append("num")
            elif _LATIN.search(word):
                f.append("latin")
                if word[:1].isupper():
                    f.append("cap")
                if word.isupper():
                    f.append("allcap")
                ctx.append("latin")
            else:
                f.append("punct")
                ctx.append("p=" + word)
        hit = (f, ctx)
        if len(self._cache) < 200_000:
            self._cache[word] = hit
        return hit

    # ---- multi-token gazetteer ------------------------------------------------------------------
    def gazetteer(self, norms: list[str]) -> list[list[str]]:
        """Per position, B-/I- marks of the longest multi-token gazetteer matches (two tokens or more)."""
        n = len(norms)
        out: list[list[str]] = [[] for _ in range(n)]
        names = self.lex.names
        first = self._first
        i = 0
        while i < n:
            w = norms[i]
            heads = [w] + strip_candidates(w) if w else []
            best = 0
            kinds: set[str] = set()
            for head in heads:
                if head not in first:
                    continue
                key = head
                for j in range(i + 1, min(n, i + self.lex.max_len)):
                    key = key + " " + norms[j]
                    g = names.get(key)
                    if g and j + 1 - i > best:
                        best, kinds = j + 1 - i, g
            if best:
                for k in sorted(kinds):
                    out[i].append("mg=B-" + k)
                    for j in range(i + 1, i + best):
                        out[j].append("mg=I-" + k)
                i += best
            else:
                i += 1
        return out

    # ---- a sentence ---------------------------------------------------------------------------
    def prefetch(self, words: list[str]) -> None:
        """Compute the USE cluster ids of the new Arabic words among ``words`` in one batch."""
        if self.use is None:
            return
        new = {w for w in words if w not in self._cache and _AR.search(w)}
        if new:
            from khabar.entities.usevec import clean, stem

            new_words = sorted(new)
            self.use.prefetch([clean(w) for w in new_words] + [stem(w) for w in new_words])

    def sentence(self, words: list[str]) -> list[list[str]]:
        self.prefetch(words)
        per = [self.word_features(w) for w in words]
        norms = [normalize(w) for w in words]
        gaz = self.gazetteer(norms)
        n = len(words)
        out: list[list[str]] = []
        for i in range(n):
            f = ["b"] + per[i][0] + gaz[i]
            if i == 0:
                f.append("BOS")
            else:
                f.extend("-1" + x for x in per[i - 1][1])
                f.extend("-1" + x for x in gaz[i - 1])
                f.append("bi=" + per[i - 1][1][0] + "|" + per[i][1][0])
                if i >= 2:
                    f.extend("-2" + x for x in per[i - 2][1][:2])
                    f.extend("-2" + x for x in per[i - 2][1] if x.startswith("trig"))
            if i == n - 1:
                f.append("EOS")
            else:
                f.extend("+1" + x for x in per[i + 1][1])
                f.extend("+1" + x for x in gaz[i + 1])
                f.append("bi+=" + per[i][1][0] + "|" + per[i + 1][1][0])
                if i + 2 < n:
                    f.extend("+2" + x for x in per[i + 2][1][:2])
            out.append(f)
        return out


# ---- document context (the second stage) ---------------------------------------------------------
def doc_key(word: str, stop: set[str]) -> str:
    """The form a word is recognised by elsewhere in a document: normalized, without proclitics and
    article (Latin: lower case); "" for words too short or too common to say anything."""
    n = normalize(word)
    if _AR.search(n):
        core = split_core(n)[2]
        if len(core) < 2 or n in stop or core in stop:
            return ""
        return core
    if _LATIN.search(word) and len(word) >= 2:
        return word.lower()
    return ""


def _share(part: int, whole: int) -> str:
    return "all" if part == whole else "most" if 2 * part >= whole else "some"


def doc_context(sentences: list[list[str]], labels: list[list[str]], stop: set[str]) -> list[list[list[str]]]:
    """Per token, features of a first-stage labelling of the whole document (Krishnan & Manning 2006):
    the first stage's own label and its neighbours', and for the same word (:func:`doc_key`) at the
    other places of the document the majority entity type, how many of those places are entities
    (all / most / some, or ``dO`` none), and the type it had in an earlier sentence."""
    keys = [[doc_key(w, stop) for w in ws] for ws in sentences]
    by_key: dict[str, Counter[str]] = {}
    for ks, labs in zip(keys, labels, strict=True):
        for k, lab in zip(ks, labs, strict=True):
            if k:
                by_key.setdefault(k, Counter())[lab[2:] or "O"] += 1
    # for a word seen more than once: (its count, its entity types by count, number of entity places)
    summary = {
        k: (
            sum(c.values()),
            sorted((-v, t) for t, v in c.items() if t != "O"),
            sum(v for t, v in c.items() if t != "O"),
        )
        for k, c in by_key.items()
        if sum(c.values()) > 1
    }
    earlier: dict[str, str] = {}
    out: list[list[list[str]]] = []
    for ks, labs in zip(keys, labels, strict=True):
        n = len(labs)
        sent: list[list[str]] = []
        for i, (k, lab) in enumerate(zip(ks, labs, strict=True)):
            f = [
                "s1=" + lab,
                "s1-1=" + (labs[i - 1] if i else "BOS"),
                "s1+1=" + (labs[i + 1] if i + 1 < n else "EOS"),
            ]
            if k in summary:
                total, types, n_ent = summary[k]
                own = lab[2:]
                total -= 1  # the other places only
                if own:
                    n_ent -= 1
                    types = sorted((v + 1 if t == own else v, t) for v, t in types)  # v is negated
                    types = [x for x in types if x[0] < 0]
                if types:
                    f.append("dt=" + types[0][1])
                    f.append("ds=" + _share(n_ent, total))
                else:
                    f.append("dO")
            if k in earlier:
                f.append("pe=" + earlier[k])
            sent.append(f)
        for k, lab in zip(ks, labs, strict=True):
            if k and lab != "O":
                earlier.setdefault(k, lab[2:])
        out.append(sent)
    return out
