"""NER scoring: entity-level exact match (span and type), conlleval style; ``khabar eval ner``.

Gold and predicted BIO sequences are read into chunks the way conlleval does (an I- tag after O or
after another type opens a chunk). A predicted chunk counts only if its first token, last token and
type all equal a gold chunk's. Per-type precision/recall/F1, micro (pooled counts) and macro (mean of
the per-type F1 over the gold types) are reported.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from khabar.entities.crf import bio_chunks

DATASETS = {
    "anercorp": ("anercorp", {"test": "test.txt", "dev": "train.txt"}),
    "aqmar": ("aqmar", {"dev": "dev.txt"}),
}


def describe(data: str, split: str, result: dict) -> str:
    if data == "anercorp" and split == "test":
        name = "ANERcorp test (a close re-split of CAMeL Lab's split, not the official one)"
    elif data == "anercorp":
        name = "ANERcorp dev (last 10% of our train; a model trained with --dev never saw it)"
    else:
        name = "AQMAR dev (Wikipedia; MIS -> MISC)"
    return f"{name}: {result['sentences']} sentences, {result['tokens']} tokens"


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2),
            "tp": tp, "fp": fp, "fn": fn}  # fmt: skip


def score_bio(gold: list[list[str]], pred: list[list[str]]) -> dict:
    """Entity-level scores of ``pred`` against ``gold`` (lists of BIO label sequences)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sequence lengths differ: {len(g)} gold vs {len(p)} predicted")
        gc = set(bio_chunks(list(g)))
        pc = set(bio_chunks(list(p)))
        for c in gc & pc:
            tp[c[2]] += 1
        for c in pc - gc:
            fp[c[2]] += 1
        for c in gc - pc:
            fn[c[2]] += 1
    types = sorted(set(tp) | set(fp) | set(fn))
    per_type = {t: _prf(tp[t], fp[t], fn[t]) for t in types}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    gold_types = [t for t in types if tp[t] + fn[t] > 0]
    macro = {
        k: round(sum(per_type[t][k] for t in gold_types) / len(gold_types), 2) if gold_types else 0.0
        for k in ("precision", "recall", "f1")
    }
    return {"per_type": per_type, "micro": micro, "macro": macro}


# Types the recognizer emits that a corpus only knows under another name.
CORPUS_TYPE = {"GPE": "LOC", "FAC": "LOC", "WEAPON": "MISC"}


# ANERcorp and AQMAR have no article boundaries: runs of this many consecutive sentences stand for
# the documents that document-level consistency works on.
DOC_SENTENCES = 20


def predict_corpus_labels(recognizer, sents, propagate: bool = True) -> list[list[str]]:
    """Labels of corpus sentences' tokens, tagging khabar's pieces of them, a pseudo-document at a time."""
    from khabar.entities.data import project_labels, retokenize_pieces

    out: list[list[str]] = []
    for k in range(0, len(sents), DOC_SENTENCES):
        chunk = sents[k : k + DOC_SENTENCES]
        pieces = [retokenize_pieces(s) for s in chunk]
        preds = recognizer.tag_document([p[0] for p in pieces], propagate=propagate)
        for s, (_w, _l, owner, kinds), pred in zip(chunk, pieces, preds, strict=True):
            pred = [lab if lab == "O" else lab[:2] + CORPUS_TYPE.get(lab[2:], lab[2:]) for lab in pred]
            out.append(project_labels(pred, owner, kinds, len(s.tokens)))
    return out


def score_sentences(recognizer, sents, propagate: bool = True) -> dict:
    gold = [s.labels for s in sents]
    return score_bio(gold, predict_corpus_labels(recognizer, sents, propagate))


def corpus_sentences(data: str, split: str, shared: Path) -> tuple[Path, list]:
    """The corpus file of ``data``/``split`` and its sentences with khabar's label names; ANERcorp
    ``dev`` is the last 10 % of its train file (``khabar train ner --dev``)."""
    from khabar.entities.data import read_bio

    folder, files = DATASETS[data]
    if split not in files:
        raise ValueError(f"{data} has no split {split!r}: {', '.join(files)}")
    path = shared / "ner" / folder / files[split]
    sents = read_bio(path)
    if data == "anercorp" and split == "dev":
        from khabar.training.ner import split_dev

        sents = split_dev(sents)[1]
    return path, sents


def eval_corpus(
    data: str,
    split: str,
    shared: Path,
    model_dir: Path | None = None,
    propagate: bool = True,
    o_penalty: float | None = None,
) -> dict:
    from khabar.entities.crf import ArabicCRF

    path, sents = corpus_sentences(data, split, shared)
    rec = ArabicCRF.load(model_dir, o_penalty=o_penalty)
    result = score_sentences(rec, sents, propagate)
    result["data"] = str(path)
    result["sentences"] = len(sents)
    result["tokens"] = sum(len(s.tokens) for s in sents)
    return result


def format_report(result: dict, title: str) -> str:
    lines = [title, f"{'type':<8} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}"]
    for t, s in result["per_type"].items():
        lines.append(f"{t:<8} {s['precision']:>7.2f} {s['recall']:>7.2f} {s['f1']:>7.2f} "
                     f"{s['tp'] + s['fn']:>6} {s['tp'] + s['fp']:>6}")  # fmt: skip
    m = result["micro"]
    lines.append(f"{'micro':<8} {m['precision']:>7.2f} {m['recall']:>7.2f} {m['f1']:>7.2f} "
                 f"{m['tp'] + m['fn']:>6} {m['tp'] + m['fp']:>6}")  # fmt: skip
    a = result["macro"]
    lines.append(f"{'macro':<8} {a['precision']:>7.2f} {a['recall']:>7.2f} {a['f1']:>7.2f}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# English toponyms (geoparsing gold): does the English recognizer find the places?
# ---------------------------------------------------------------------------------------------
_GWN_TOPONYM_TYPES = {"Literal", "Mixed", "Metonymic", "Coercion", "Embedded_Literal",
                      "Literal_Modifier", "Non_Literal_Modifier"}  # fmt: skip
PLACE_TYPES = {"GPE", "LOC", "FAC"}


def read_geoparsing(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """(text, gold toponym spans) per article of GWN.xml, lgl.xml or TR-News.xml.

    GWN: toponyms of the types that name a place (literal, metonymic, mixed, coercion, modifiers),
    not demonyms, languages, homonyms, non-toponyms or expressions ("the city"). LGL and TR-News:
    every annotated toponym.
    """
    root = ET.parse(path).getroot()
    out = []
    for art in root.iter("article"):
        text_el = art.find("text")
        if text_el is None or text_el.text is None:
            continue
        text = text_el.text
        spans = []
        for top in art.iter("toponym"):
            typ = top.findtext("type")
            if typ is not None and typ.strip() not in _GWN_TOPONYM_TYPES:
                continue
            s, e = top.findtext("start"), top.findtext("end")
            if s is None or e is None:
                continue
            spans.append((int(s), int(e)))
        out.append((text, sorted(set(spans))))
    return out


def eval_english_geo(
    shared: Path,
    model_dir: Path | None = None,
    splits: tuple[str, ...] = ("dev", "held-out"),
    modes: tuple[str, ...] = ("ner", "nested", "geo"),
) -> list[dict]:
    """Exact-span P/R/F1 of the English recognizer's GPE/LOC/FAC spans against the toponyms of GWN,
    LGL and TR-News, per set and half: articles by position, even = dev (the rules and gazetteer
    cues were tuned looking at it), odd = held-out (never inspected), as in ``khabar eval geo``.
    ``recall_overlap``: gold toponyms that some predicted place span overlaps. Each row also has the
    recognition speed (``tokens_per_s``, whitespace tokens of the article texts, ``recognize_text``
    only).

    Modes: ``ner`` scores the spans the entity stage emits (``recognize_text``); ``nested`` scores
    ``toponyms``, which adds the places inside organisation and facility names ("Athens" in
    "Athens Police Department"; LGL and TR-News annotate them, GWN mostly does not); ``geo`` also
    adds adjectival toponyms ("Russian"), which all three sets annotate as toponyms."""
    import time

    from khabar.entities.english import EnglishRecognizer

    rec = EnglishRecognizer.load(model_dir)
    rows = []
    for name in ("GWN.xml", "lgl.xml", "TR-News.xml"):
        path = shared / "geoparsing" / name
        root = ET.parse(path).getroot()
        for split, mode in [(sp, mo) for sp in splits for mo in modes]:
            tp = fp = fn = overlap = ntok = 0
            secs = 0.0
            for i, art in enumerate(root.iter("article")):
                if ("dev" if i % 2 == 0 else "held-out") != split:
                    continue
                text = art.findtext("text")
                if not text:
                    continue
                gold = set()
                for top in art.iter("toponym"):
                    typ = top.findtext("type")
                    if typ is not None and typ.strip() not in _GWN_TOPONYM_TYPES:
                        continue
                    s, e = top.findtext("start"), top.findtext("end")
                    if s is not None and e is not None:
                        gold.add((int(s), int(e)))
                t0 = time.perf_counter()
                spans = rec.recognize_text(text)
                secs += time.perf_counter() - t0
                ntok += len(text.split())
                if mode != "ner":
                    spans = rec.toponyms(text, spans, demonyms=mode == "geo")
                pred = {(s.start, s.end) for s in spans if s.type in PLACE_TYPES}
                tp += len(pred & gold)
                fp += len(pred - gold)
                fn += len(gold - pred)
                overlap += sum(1 for a, b in gold if any(ps < b and a < pe for ps, pe in pred))
            s = _prf(tp, fp, fn)
            label = (
                f"{name.removesuffix('.xml')}/{split}"
                + {"ner": "", "nested": "+nested", "geo": "+nested+adj"}[mode]
            )
            rows.append({"set": label, "split": split, "mode": mode, **s, "gold": tp + fn,
                         "recall_overlap": round(100 * overlap / (tp + fn), 2) if tp + fn else 0.0,
                         "tokens": ntok, "tokens_per_s": round(ntok / secs) if secs else 0})  # fmt: skip
    return rows


_WS = re.compile(r"\s+")
