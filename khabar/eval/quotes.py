"""Scorer of quotation detection and attribution on the hand-annotated set in ``eval/quotes/``.

Each gold item is a paragraph (``text``) with the paragraphs before it (``before``, context only,
not scored) and its quotations: span text and offsets in ``text``, kind, speaker and source surface
names (``null`` for anonymous speakers or no source).

* detection: a system quote and a gold quote match when their spans overlap; precision is the share
  of system quotes (in the scored paragraph) overlapping a gold quote, recall the share of gold
  quotes overlapped by a system quote;
* speaker accuracy: over the gold quotes with a named speaker that were detected, the share whose
  best-overlapping system quote has a speaker entity whose name or one of whose mentions matches the
  gold name after normalization (equal, or one is contained in the other word by word, e.g. بيسكوف /
  دميتري بيسكوف); "end to end" counts undetected quotes as wrong;
* anonymous: gold quotes with no named speaker that the system also leaves without a speaker;
* source accuracy: over the detected gold quotes, the system source matches the gold source
  (both empty counts as right).

``gold_entities=True`` gives the gold speaker and source names to the document as entities (every
occurrence in the text a mention) and switches the NER and linking stages off: what is left wrong is
attribution, not recognition.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.document import Document, Entity, Mention
from khabar.text import normalize

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval" / "quotes"
# The sets that may be tuned on (test ... test21 were each held out until their single scoring,
# eval/quotes/README.md) and the held-out set, whose errors are never listed (not drawn yet).
TUNING_SPLITS = ("dev", "dev_anon", "test", *(f"test{k}" for k in range(2, 22)))
HELD_OUT = ("test22",)
# The ANERcorp quotation annotations (CC BY-SA): the learned speaker ranker's training data, scored
# with a fit that leaves the scored half out (eval/quotes/README.md, "Learned speaker ranker").
ANERCORP_SPLITS = ("anercorp_A", "anercorp_B")
_WORDS = re.compile(r"\w+")
_GENERIC = frozenset(
    normalize(w)
    for w in "الهيئة الوزارة المجلس النقابة الجيش الرئيس المتحدث الناطق البيان الحكومة الشركة the spokesman".split()
)


def load_split(split: str, path: Path | None = None) -> list[dict[str, Any]]:
    """The items of a split. ``dev_anon`` (tuning only) is the anonymous-speaker dev batch: every dev
    paragraph with an anonymous gold speaker, plus the sentences written for it (``anon_written.jsonl``,
    ids ``wr-<k>-z<k>``, annotated while writing them)."""
    if split == "dev_anon":
        dev = load_split("dev", path)
        anon = [it for it in dev if any(q["speaker"] is None for q in it["quotes"])]
        return anon + load_split("anon_written", path)
    p = (path or EVAL_DIR) / f"{split}.jsonl"
    if not p.exists():
        raise ValueError(f"no quotation set {split!r}: {p.name} does not exist (not drawn yet?)")
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_file(path: Path) -> list[dict[str, Any]]:
    """The items of any JSONL file in the format of the splits."""
    if not path.exists():
        raise ValueError(f"no such file: {path}")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def select_batch(items: list[dict[str, Any]], batch: str | None) -> list[dict[str, Any]]:
    """The items of one annotation batch: ids ``snn-<line>-<batch><k>`` (e.g. ``n`` for ``snn-12-n3``)."""
    if not batch:
        return items
    pat = re.compile(rf"-{re.escape(batch)}\d+$")
    return [it for it in items if pat.search(it["id"])]


def _key(s: str) -> tuple[str, ...]:
    out = []
    for w in _WORDS.findall(normalize(s)):
        if w.startswith("ال") and len(w) > 4:
            w = w[2:]
        out.append(w)
    return tuple(out)


def name_matches(gold: str, candidates: list[str]) -> bool:
    g = _key(gold)
    if not g:
        return False
    gs = set(g)
    for c in candidates:
        k = _key(c)
        if not k:
            continue
        if k == g:
            return True
        ks = set(k)
        if ks <= gs and not (len(k) == 1 and normalize(c) in _GENERIC):
            # one word of a longer name counts only as its first or last word (بوتين for فلاديمير
            # بوتين), never a word inside it (خالد is not مطار الملك خالد الدولي)
            if len(k) > 1 or k[0] in (g[0], g[-1]):
                return True
        if gs <= ks:
            return True
    return False


def entity_names(doc: Document, eid: str | None) -> list[str]:
    e = doc.entity(eid)
    if e is None:
        return []
    return [e.name] + ([e.name_en] if e.name_en else []) + [m.text for m in e.mentions]


def build_document(item: dict[str, Any], gold_entities: bool = False) -> tuple[Document, int]:
    before = item.get("before") or ""
    offset = len(before) + 2 if before else 0
    text = (before + "\n\n" + item["text"]) if before else item["text"]
    doc = Document(id=item["id"], text=text, language=item.get("lang"))
    if gold_entities:
        names: dict[str, str] = {}
        for q in item["quotes"]:
            if q.get("speaker"):
                names.setdefault(q["speaker"], _gold_type(q["speaker"]))
            if q.get("source"):
                names.setdefault(q["source"], "ORG")
        ents = []
        for n, (name, etype) in enumerate(names.items(), 1):
            mentions = [
                Mention(start=m.start(), end=m.end(), text=m.group())
                for m in re.finditer(re.escape(name), text)
            ]
            if not mentions:
                continue
            ents.append(Entity(id=f"g{n}", type=etype, name=name, mentions=mentions))  # type: ignore[arg-type]
        doc.entities = ents
    return doc, offset


def _gold_type(name: str) -> str:
    from khabar.quotes import lexicon as L
    from khabar.quotes.common import _ORG_HEADS_BARE

    words = name.split()
    first = normalize(words[0]) if words else ""
    if first in L.AR_ORG_HEADS or L.strip_al(first) in _ORG_HEADS_BARE:
        return "ORG"
    if any(w.lower() in L.EN_ORG_WORDS for w in words):
        return "ORG"
    return "PERSON"


@dataclass
class Scores:
    sys_quotes: int = 0
    sys_matched: int = 0
    gold_quotes: int = 0
    gold_matched: int = 0
    speaker_total: int = 0  # detected gold quotes with a named speaker
    speaker_right: int = 0
    speaker_gold_named: int = 0  # all gold quotes with a named speaker
    anon_total: int = 0
    anon_right: int = 0
    source_total: int = 0
    source_right: int = 0
    kind_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def r(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        p, rc = r(self.sys_matched, self.sys_quotes), r(self.gold_matched, self.gold_quotes)
        return {
            "gold_quotes": self.gold_quotes,
            "system_quotes": self.sys_quotes,
            "precision": p,
            "recall": rc,
            "f1": round(2 * p * rc / (p + rc), 4) if p + rc else 0.0,
            "speaker_accuracy": r(self.speaker_right, self.speaker_total),
            "speaker_n": self.speaker_total,
            "speaker_end_to_end": r(self.speaker_right, self.speaker_gold_named),
            "anonymous_accuracy": r(self.anon_right, self.anon_total),
            "anonymous_n": self.anon_total,
            "source_accuracy": r(self.source_right, self.source_total),
            "kind_accuracy": r(self.kind_right, self.gold_matched),
        }


def score(items: list[dict[str, Any]], pipeline: Any, gold_entities: bool = False) -> dict[str, Scores]:
    by_lang: dict[str, Scores] = {"all": Scores()}
    for item in items:
        doc, offset = build_document(item, gold_entities)
        pipeline(doc)
        lang = item.get("lang", "ar")
        sc_list = [by_lang["all"], by_lang.setdefault(lang, Scores())]
        sys_q = [q for q in doc.quotes if q.end > offset]
        gold = [dict(q, start=q["start"] + offset, end=q["end"] + offset) for q in item["quotes"]]
        for sc in sc_list:
            sc.sys_quotes += len(sys_q)
            sc.sys_matched += sum(
                1 for q in sys_q if any(q.start < g["end"] and g["start"] < q.end for g in gold)
            )
            sc.gold_quotes += len(gold)
        for g in gold:
            overl = [(min(q.end, g["end"]) - max(q.start, g["start"]), q) for q in sys_q]
            overl = [x for x in overl if x[0] > 0]
            best = max(overl, key=lambda x: x[0])[1] if overl else None
            for sc in sc_list:
                if g["speaker"]:
                    sc.speaker_gold_named += 1
                if best is None:
                    continue
                sc.gold_matched += 1
                sc.kind_right += best.kind == g["kind"]
                if g["speaker"]:
                    sc.speaker_total += 1
                    ok = name_matches(g["speaker"], entity_names(doc, best.speaker))
                    sc.speaker_right += ok
                else:
                    sc.anon_total += 1
                    ok = best.speaker is None
                    sc.anon_right += ok
                sc.source_total += 1
                if g.get("source"):
                    sok = name_matches(g["source"], entity_names(doc, best.source))
                else:
                    sok = best.source is None
                sc.source_right += sok
            if sc_list and (best is None or not _speaker_ok(doc, best, g)):
                by_lang["all"].errors.append(
                    {
                        "id": item["id"],
                        "gold": g["text"][:60],
                        "gold_speaker": g["speaker"],
                        "system": None if best is None else doc.text[best.start : best.end][:60],
                        "system_speaker": None if best is None else entity_names(doc, best.speaker)[:1],
                    }
                )
        for q in sys_q:
            if not any(q.start < g["end"] and g["start"] < q.end for g in gold):
                by_lang["all"].errors.append(
                    {"id": item["id"], "false_positive": q.text[:60], "kind": q.kind}
                )
    return by_lang


def _speaker_ok(doc: Document, q: Any, g: dict[str, Any]) -> bool:
    if g["speaker"]:
        return name_matches(g["speaker"], entity_names(doc, q.speaker))
    return q.speaker is None


def kinds(items: list[dict[str, Any]]) -> Counter[str]:
    return Counter(q["kind"] for it in items for q in it["quotes"])
