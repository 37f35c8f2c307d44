"""A learned speaker ranker: re-scores the speaker candidates of each Arabic quotation the rules found.

The rules (``extract``, ``speakers``, ``detect``) pick one speaker per quotation. The ranker looks at
the candidates around it and may pick another:

* candidates: the rules' own choice (an entity the speaker rules made included), every PERSON / ORG /
  GPE entity (and every entity the quotation rules made) with a mention in the quotation's paragraph
  or the paragraph before it, and "none" (no named speaker);
* features (``features``): where the candidate's nearest mention is (inside / before / after the
  quotation, same or earlier sentence, token distance to the cue), whether it is the subject of a
  speech verb of ``khabar.text.lexicon`` (right after it, VSO, or right before it, SVO), governed by a
  preposition or by another noun (a genitive), after a title word, its entity type, mention counts,
  whether the rules chose it, whether it spoke the previous quotation...;
* a linear scorer, softmax over the candidates; the candidate with the highest score speaks.

The weights are a small JSON (``models/speaker_ranker.json``) fitted by ``khabar train quote-speakers``
(``khabar.training.quote_speakers``) on ANERcorp quotation annotations only (CC BY-SA 4.0). Pure
Python at run time. Off by default (``PipelineConfig(options={"quotes_speaker_ranker": True})`` or ``khabar eval quotes
--ranker`` switch it on); English quotations are left to the rules (the training data is Arabic).
"""

from __future__ import annotations

import json
import logging
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.document import Quote
from khabar.quotes import lexicon as L
from khabar.quotes.common import _ar_cue_type, _State, normalize, not_a_person_name
from khabar.quotes.speakers import _OFFICE_BARE
from khabar.text import lexicon as TXL

log = logging.getLogger(__name__)
MODEL_PATH = Path(__file__).resolve().parent / "models" / "speaker_ranker.json"
NONE = "none"  # the candidate "no named speaker"
CANDIDATE_TYPES = ("PERSON", "ORG", "GPE")

FEATURES = (
    # the "none" candidate
    "none",
    "none_rules_none",
    "none_direct",
    "none_indirect",
    "none_no_cue",
    "none_anonymous_subject",
    "none_no_other_candidate",
    "none_named_subject",
    # a named candidate
    "rules",
    "type_person",
    "type_org",
    "type_gpe",
    "made_by_rules",
    "inside_quote_only",
    "same_sentence",
    "prev_sentence",
    "far_sentence",
    "after_quote",
    "log_token_distance",
    "nearest_candidate",
    "subject_after_verb",
    "subject_before_verb",
    "subject_after_cue",
    "preposition",
    "genitive",
    "after_verb_like",
    "nearest_before_cue",
    "rules_other_sentence",
    "rules_made",
    "rules_gpe",
    "rules_subject_cue",
    "known_name",
    "description_words",
    "subject_before_cue",
    "in_cue_gap",
    "known_nearest_before",
    "known_titled",
    "known_in_gap",
    "rules_known",
    "rules_description",
    "nearest_in_gap",
    "none_gap_name",
    "title_before",
    "sentence_opening",
    "log_mentions_doc",
    "log_mentions_window",
    "one_word",
    "three_words",
    "not_a_name",
    "outlet",
    "is_source",
    "prev_quote_speaker",
)

_PARAGRAPH = re.compile(r"\n\s*\n")
_SPEECH = frozenset(TXL.AR_SPEECH_VERBS)
_PREPS = frozenset(L.AR_PREPOSITION_STOPS) | frozenset(normalize(w) for w in "ل ب إلى الى لدى عند ضد".split())
_TITLES = frozenset(L.AR_TITLE_WORDS | L.AR_HONORIFICS)
_TITLES_BARE = frozenset(L.strip_al(w) for w in _TITLES)
_OUTLET_HEADS = frozenset(L.AR_OUTLET_HEADS)
_OUTLETS = frozenset(L.AR_OUTLETS)
_ANON = frozenset(L.AR_ANONYMOUS | L.AR_ANON_PERSON_NOUNS)
_ANON_BARE = frozenset(L.strip_al(w) for w in _ANON)
_SKIP_BETWEEN = frozenset(
    L.AR_TIME_WORDS | {normalize(w) for w in "قد فقد أيضا ايضا كذلك بدوره بدورها".split()}
)


@dataclass
class Candidate:
    eid: str | None  # None is the "none" candidate
    features: dict[str, float]


@dataclass
class Ranker:
    weights: dict[str, float]
    meta: dict[str, Any]

    def score(self, feats: dict[str, float]) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in feats.items())

    def probabilities(self, cands: list[Candidate]) -> list[float]:
        s = [self.score(c.features) for c in cands]
        top = max(s)
        ex = [math.exp(x - top) for x in s]
        z = sum(ex)
        return [x / z for x in ex]

    def choose(self, cands: list[Candidate]) -> str | None:
        """The best candidate's entity id (None for "none"); ties go to the earlier candidate (the
        rules' choice comes first)."""
        best, best_s = cands[0], self.score(cands[0].features)
        for c in cands[1:]:
            s = self.score(c.features)
            if s > best_s + 1e-12:
                best, best_s = c, s
        return best.eid


def load_ranker(path: str | Path | None = None) -> Ranker:
    return _load(str(path or MODEL_PATH))


@lru_cache(maxsize=8)
def _load(path: str) -> Ranker:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    w = data.get("weights")
    if not isinstance(w, dict):
        raise ValueError(f"{path}: no 'weights' object")
    unknown = set(w) - set(FEATURES)
    if unknown:
        raise ValueError(f"{path}: unknown features {sorted(unknown)}")
    return Ranker({k: float(v) for k, v in w.items()}, {k: v for k, v in data.items() if k != "weights"})


# ---------------------------------------------------------------------------------------------
# candidates and features


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


def _window(text: str, para_starts: list[int], offset: int) -> tuple[int, int]:
    """[start of the paragraph before, end of the paragraph) of the one holding ``offset``."""
    k = bisect_right(para_starts, offset) - 1
    lo = para_starts[max(0, k - 1)]
    hi = para_starts[k + 1] if k + 1 < len(para_starts) else len(text)
    return lo, hi


def _tok_index(st: _State, offset: int) -> int:
    return max(0, bisect_right(st.starts, offset) - 1)


def _bare(word: str) -> str:
    return L.strip_conj(normalize(word))


def _is_speech_verb(st: _State, i: int) -> bool:
    if not 0 <= i < len(st.toks):
        return False
    t = st.toks[i]
    return t.kind == "ar" and (_ar_cue_type(t) == "verb" or _bare(t.text) in _SPEECH)


def _is_title(word: str) -> bool:
    """A title or office word, with or without و / ف (but وزير is a word of its own)."""
    for w in {word, normalize(word)}:
        b = L.strip_al(w)
        if w in _TITLES or b in _TITLES_BARE or b in _OFFICE_BARE:
            return True
    return False


@dataclass
class _Ctx:
    """What the features of one quotation need: its span, cue, sentences and the token layer."""

    st: _State
    quote: Quote
    anchor: tuple[int, int]  # the cue span, else the quotation's span
    sent_of: Any
    sentence: int  # sentence of the anchor
    spans: list[tuple[int, int]]  # every entity mention, sorted

    def in_mention(self, start: int, end: int) -> bool:
        k = bisect_right(self.spans, (end, end))
        return any(a < end and start < b for a, b in self.spans[max(0, k - 8) : k])


def _mention_features(ctx: _Ctx, ms: int, me: int) -> dict[str, float]:
    st, q = ctx.st, ctx.quote
    toks = st.toks
    f: dict[str, float] = {}
    first = _tok_index(st, ms)
    last = max(first, bisect_left(st.starts, me) - 1)
    a0, a1 = ctx.anchor
    if me <= a0:
        dist = max(0, bisect_left(st.starts, a0) - last - 1)
    elif ms >= a1:
        dist = max(0, first - bisect_left(st.starts, a1))
    else:
        dist = 0
    f["log_token_distance"] = math.log1p(dist)
    s = ctx.sent_of(ms)
    if s == ctx.sentence:
        f["same_sentence"] = 1.0
    elif s == ctx.sentence - 1:
        f["prev_sentence"] = 1.0
    else:
        f["far_sentence"] = 1.0
    if ms >= q.end:
        f["after_quote"] = 1.0
    # what governs the mention: a proclitic on its first word (inside the mention or cut off by the
    # entity layer: "لرويترز") or the word before it
    t0 = toks[first]
    clitic = st.text[t0.start : ms] if t0.start < ms else st.text[t0.start : t0.stem_start]
    prev = toks[first - 1] if first >= 1 else None
    prev_n = _bare(prev.text) if prev is not None and prev.kind == "ar" else ""
    if clitic[-1:] in ("ب", "ل", "ك") or prev_n in _PREPS:
        f["preposition"] = 1.0
    # a title phrase before it ("وزير الخارجية المصري سامح شكري"): title words, definite words, time
    # words, back to the first other word
    k = first - 1
    steps = 0
    titled = False
    while k >= 0 and steps < 5 and toks[k].kind == "ar" and not _is_speech_verb(st, k):
        b = _bare(toks[k].text)
        if b in _PREPS:
            break
        if _is_title(b) or _is_title(toks[k].text):
            titled = True
        elif not (b in _SKIP_BETWEEN or b.startswith("ال")):
            break
        k -= 1
        steps += 1
    if not titled:
        # a longer title phrase, with a prepositional or quoted part: "المتحدث باسم شرطة المنطقة العقيد
        # X", "مدير عام الشؤون الصحية بجازان أحمد السهلي", "المشرف على الفعاليات «تلي ماتش» بدر الذربان"
        j = first - 1
        while j >= 0 and first - j <= 8 and not _is_speech_verb(st, j):
            t = toks[j]
            if t.kind == "punct" and t.text not in '«»"()“”':
                break
            if ctx.in_mention(t.start, t.end):
                break  # another name: "سامح شكري استعداد مصر" is no title of مصر
            if t.kind == "ar" and (_is_title(_bare(t.text)) or _is_title(t.text)):
                titled = True
                k = j - 1
                while k >= 0 and toks[k].kind == "ar" and _bare(toks[k].text) in _SKIP_BETWEEN:
                    k -= 1
                steps = first - k - 1
                break
            j -= 1
    if titled:
        f["title_before"] = 1.0
    # subject of a speech verb: right after it, past a title phrase (VSO: "وقال الوزير X"), or right
    # before one (SVO: "X قال")
    if k >= 0 and _is_speech_verb(st, k):
        f["subject_after_verb"] = 1.0
        if q.cue is not None and toks[k].start < q.cue.end and q.cue.start < toks[k].end:
            f["subject_after_cue"] = 1.0
    elif steps == 0 and prev_n and not f.get("preposition") and prev is not None:
        if _ar_cue_type(prev) is None and prev_n not in _SKIP_BETWEEN:
            if prev.text[:1] in ("و", "ف") and prev.stem_start > prev.start and not prev_n.startswith("ال"):
                f["after_verb_like"] = 1.0  # "وعلق سالم أحمد": the subject of a verb of no list
            else:
                f["genitive"] = 1.0  # another noun governs it: "مفتي السعودية"، "استعداد لبنان"
    k = last + 1
    hops = 0
    while k < len(toks) and hops < 2 and _bare(toks[k].text) in _SKIP_BETWEEN:
        k += 1
        hops += 1
    if k < len(toks) and _is_speech_verb(st, k):
        f["subject_before_verb"] = 1.0
        if q.cue is not None and toks[k].start < q.cue.end and q.cue.start < toks[k].end:
            f["subject_before_cue"] = 1.0
    s0 = st.doc.layer.sentences[s][0] if 0 <= s < len(st.doc.layer.sentences) else -1
    opening = first == 0 or toks[first - 1].end <= s0
    if (
        not opening
        and first >= 1
        and toks[first - 1].text in ("و", "ف")
        and (first < 2 or toks[first - 2].end <= s0)
    ):
        opening = True
    if opening:
        f["sentence_opening"] = 1.0
    return f


def _cue_gap(q: Quote) -> tuple[int, int] | None:
    """The text between the quotation's cue and the quotation, when there is a cue."""
    if q.cue is None:
        return None
    if q.cue.end <= q.start:
        return (q.cue.end, q.start)
    if q.end <= q.cue.start:
        return (q.end, q.cue.end + 60)  # a postposed cue: its subject follows it
    return None


def candidates(st: _State, quotes: list[Quote], n: int, prev_speaker: str | None) -> list[Candidate]:
    """The candidates of ``quotes[n]`` with their features: the rules' choice first, "none" last."""
    q = quotes[n]
    doc, text = st.doc, st.text
    layer = doc.layer
    sents = layer.sentences
    sent_starts = [s for s, _e in sents]

    def sent_of(off: int) -> int:
        return max(0, bisect_right(sent_starts, off) - 1)

    anchor = (q.cue.start, q.cue.end) if q.cue is not None else (q.start, q.end)
    spans = sorted((m.start, m.end) for e in doc.entities for m in e.mentions)
    ctx = _Ctx(st, q, anchor, sent_of, sent_of(anchor[0]), spans)
    para_starts = _paragraph_starts(text)
    lo, hi = _window(text, para_starts, min(q.start, anchor[0]))
    rules = q.speaker
    by_id = {e.id: e for e in doc.entities}
    mentions: dict[str, list[tuple[int, int]]] = {}
    for e in doc.entities:
        made = e.id not in st.ner_ids
        if e.id != rules and not made and e.type not in CANDIDATE_TYPES:
            continue
        for m in e.mentions:
            if (m.start, m.end, e.id) in st.not_mentions:
                continue
            if lo <= m.start < hi or e.id == rules:
                mentions.setdefault(e.id, []).append((m.start, m.end))
    if rules is not None and rules not in mentions and rules in by_id:
        mentions[rules] = []  # the rules' choice stays a candidate even without a mention to read
    order = ([rules] if rules in mentions else []) + sorted(
        (x for x in mentions if x != rules), key=lambda x: min(a for a, _b in mentions[x])
    )
    out: list[Candidate] = []
    best_dist: list[float] = []
    before_dist: list[int | None] = []
    gap_dist: list[int | None] = []
    for eid in order:
        e = by_id[eid]
        ms_all = mentions[eid]
        outside = [(a, b) for a, b in ms_all if not (q.start <= a and b <= q.end)]
        f: dict[str, float] = {}
        if not ms_all:
            f = {"rules": 1.0, "far_sentence": 1.0}
            out.append(Candidate(eid, f))
            best_dist.append(99.0)
            before_dist.append(None)
            gap_dist.append(None)
            continue
        if not outside:
            f["inside_quote_only"] = 1.0
            use = ms_all
        else:
            use = outside

        # the mention nearest to the cue (ties: the one before it)
        def key(m: tuple[int, int]) -> tuple[int, int]:
            a, b = m
            d = anchor[0] - b if b <= anchor[0] else (a - anchor[1] if a >= anchor[1] else 0)
            return (d, 0 if b <= anchor[0] else 1)

        ms, me = min(use, key=key)
        f.update(_mention_features(ctx, ms, me))
        # a subject reading of any mention in the window counts, not only the nearest one's
        for a, b in use:
            if (a, b) == (ms, me) or not (lo <= a < hi):
                continue
            g = _mention_features(ctx, a, b)
            for k in ("subject_after_verb", "subject_before_verb", "subject_after_cue", "subject_before_cue"):
                if g.get(k) and g.get("same_sentence") and not f.get(k):
                    f[k] = 1.0
        # the speaker's slot: between the cue and the quotation ("وأوضح المشرف على ... X أن ...",
        # "«...»، قال X")
        gap = _cue_gap(q)
        in_gap = [b for a, b in outside if gap is not None and gap[0] <= a and b <= gap[1]]
        if in_gap:
            f["in_cue_gap"] = 1.0
        gap_dist.append(min(abs(q.start - b) for b in in_gap) if in_gap else None)
        best_dist.append(f["log_token_distance"] + (0.0 if f.get("same_sentence") else 10.0))
        before = [key((a, b))[0] for a, b in outside if b <= anchor[0] and sent_of(a) == ctx.sentence]
        before_dist.append(min(before) if before else None)
        words = e.name.split()
        nn = [normalize(w) for w in words]
        names = L.person_name_tokens()
        if any(w in names or L.strip_conj(w) in names for w in nn):
            f["known_name"] = 1.0
        elif nn and all(w in L.common_words() or L.strip_conj(w) in L.common_words() for w in nn):
            f["description_words"] = 1.0  # "نظري"، "الجيل": words of the language, no name
        if eid == rules:
            f["rules"] = 1.0
            if not f.get("same_sentence"):
                f["rules_other_sentence"] = 1.0
            if eid not in st.ner_ids:
                f["rules_made"] = 1.0
            if e.type in ("GPE", "LOC"):
                f["rules_gpe"] = 1.0
            if f.get("subject_after_cue") or f.get("subject_before_cue"):
                f["rules_subject_cue"] = 1.0
        if e.type == "PERSON":
            f["type_person"] = 1.0
        elif e.type == "ORG":
            f["type_org"] = 1.0
        elif e.type == "GPE":
            f["type_gpe"] = 1.0
        if eid not in st.ner_ids:
            f["made_by_rules"] = 1.0
        f["log_mentions_doc"] = math.log1p(len(e.mentions))
        f["log_mentions_window"] = math.log1p(sum(1 for a, _b in ms_all if lo <= a < hi))
        if len(words) == 1:
            f["one_word"] = 1.0
        elif len(words) >= 3:
            f["three_words"] = 1.0
        if e.type == "PERSON" and not_a_person_name(e.name):
            f["not_a_name"] = 1.0
        if nn and (nn[0] in _OUTLET_HEADS or " ".join(nn) in _OUTLETS or L.strip_conj(nn[0]) in _OUTLETS):
            f["outlet"] = 1.0
        if q.source is not None and eid == q.source:
            f["is_source"] = 1.0
        if prev_speaker is not None and eid == prev_speaker:
            f["prev_quote_speaker"] = 1.0
        out.append(Candidate(eid, f))
    if best_dist:
        m = min(best_dist)
        for c, d in zip(out, best_dist, strict=True):
            if d == m:
                c.features["nearest_candidate"] = 1.0
    gd = [d for d in gap_dist if d is not None]
    if gd:
        for c, d in zip(out, gap_dist, strict=True):
            if d == min(gd):
                c.features["nearest_in_gap"] = 1.0
    bd = [d for d in before_dist if d is not None]
    if bd:
        for c, d in zip(out, before_dist, strict=True):
            if d == min(bd):
                c.features["nearest_before_cue"] = 1.0
    for c in out:
        cf = c.features
        if cf.get("known_name"):
            for k, need in (("known_nearest_before", "nearest_before_cue"), ("known_titled", "title_before"),
                            ("known_in_gap", "in_cue_gap"), ("rules_known", "rules")):  # fmt: skip
                if cf.get(need):
                    cf[k] = 1.0
        elif cf.get("rules") and (cf.get("description_words") or cf.get("not_a_name")):
            cf["rules_description"] = 1.0
    nf: dict[str, float] = {"none": 1.0}
    if rules is None:
        nf["none_rules_none"] = 1.0
    if q.kind == "direct":
        nf["none_direct"] = 1.0
    elif q.kind == "indirect":
        nf["none_indirect"] = 1.0
    if q.cue is None:
        nf["none_no_cue"] = 1.0
    else:
        k = bisect_left(st.starts, q.cue.end)
        for t in st.toks[k : k + 3]:
            if q.cue.end <= q.start <= t.start:
                break  # the quotation's own words
            b = _bare(t.text)
            if t.kind == "ar" and (b in _ANON or L.strip_al(b) in _ANON_BARE):
                nf["none_anonymous_subject"] = 1.0
                break
    if not out:
        nf["none_no_other_candidate"] = 1.0
    if any(c.features.get("subject_after_cue") for c in out):
        nf["none_named_subject"] = 1.0
    if any(c.features.get("in_cue_gap") and c.features.get("known_name") for c in out):
        nf["none_gap_name"] = 1.0
    out.append(Candidate(None, nf))
    return out


def quote_candidates(st: _State, quotes: list[Quote]) -> list[list[Candidate]]:
    """The candidates of every quotation (in order), the previous quotation's speaker being the rules'
    choice for it."""
    out = []
    prev: str | None = None
    for n, q in enumerate(quotes):
        out.append(candidates(st, quotes, n, prev))
        if q.speaker is not None:
            prev = q.speaker
    return out


def rerank(st: _State, quotes: list[Quote], ranker: Ranker) -> None:
    """Re-pick the speaker of each Arabic quotation with ``ranker`` (in place)."""
    if st.lang != "ar":
        return
    prev: str | None = None
    for n, q in enumerate(quotes):
        rules = q.speaker
        cands = candidates(st, quotes, n, prev)
        q.speaker = ranker.choose(cands)
        if rules is not None:
            prev = rules


def make_reranker(path: str | Path | None = None) -> Any:
    """The hook ``extract_quotes(doc, rerank=...)`` takes: the ranker loaded once."""
    ranker = load_ranker(path)

    def hook(st: _State, quotes: list[Quote]) -> None:
        before = [q.speaker for q in quotes]
        try:
            rerank(st, quotes, ranker)
        except Exception:  # a ranker failure never costs the rules' quotations
            log.warning("speaker ranker failed on %s; the rules' speakers stay", st.doc.id, exc_info=True)
            for q, sp in zip(quotes, before, strict=True):
                q.speaker = sp

    return hook
