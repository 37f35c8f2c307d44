"""The whole Arabic recognizer (CRF + rules), not the CRF alone, on the NER corpora.

``khabar eval ner`` scores the CRF's own labels; the rules after it (name completion, facilities,
weapons, lexicon organisations, knowledge-base people) only run on documents. Here a run of
:data:`khabar.eval.ner.DOC_SENTENCES` corpus sentences becomes one document (tokens joined by spaces,
one sentence a line), the recognizer's character spans are projected back onto the corpus tokens
(the first token a span overlaps opens it), and the labels are scored like the CRF's.

``khabar eval ner --quote-speakers all`` (:func:`eval_quote_speakers`) measures what quotation
attribution needs from the entity layer: the share of the gold speakers of the hand-annotated quotation
sets (``eval/quotes/``, Arabic items of every tuning set; the held-out set is refused) that the
entity stage finds as an exact entity mention; ``--errors N`` lists misses with the mentions that
overlap them.
"""

from __future__ import annotations

from collections.abc import Iterable

from khabar.document import Document
from khabar.eval.quotes import TUNING_SPLITS


def spans_to_token_labels(
    spans, token_offsets: list[tuple[int, int]], corpus_type: dict[str, str]
) -> list[str]:
    """BIO labels of corpus tokens (character offsets ``token_offsets``) from recognizer spans."""
    labels = ["O"] * len(token_offsets)
    for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
        typ = corpus_type.get(sp.type, sp.type)
        first = True
        for i, (a, b) in enumerate(token_offsets):
            if a < sp.end and sp.start < b:
                if first and labels[i] != "O":
                    break  # the token belongs to an earlier span already
                labels[i] = ("B-" if first else "I-") + typ
                first = False
    return labels


def recognizer_labels(recognizer, sents, doc_sentences: int, corpus_type: dict[str, str]) -> list[list[str]]:
    """Corpus-token labels of ``sents`` from ``recognizer.recognize``, a pseudo-document at a time."""
    out: list[list[str]] = []
    for k in range(0, len(sents), doc_sentences):
        chunk = sents[k : k + doc_sentences]
        parts: list[str] = []
        offsets: list[list[tuple[int, int]]] = []
        pos = 0
        for s in chunk:
            offs = []
            for tok in s.tokens:
                offs.append((pos, pos + len(tok)))
                pos += len(tok) + 1
            offsets.append(offs)
            parts.append(" ".join(s.tokens))
        doc = Document(id=f"corpus-{k}", text="\n".join(parts), language="ar")
        spans = recognizer.recognize(doc)
        out.extend(spans_to_token_labels(spans, offs, corpus_type) for offs in offsets)
    return out


def eval_corpus_rules(data: str, split: str, shared, model_dir=None, kb: bool = True) -> dict:
    """Entity-level P/R/F1 of the whole Arabic recognizer on a NER corpus (see the module doc)."""
    from khabar.entities.recognize import ArabicRecognizer
    from khabar.eval.ner import CORPUS_TYPE, DOC_SENTENCES, corpus_sentences, score_bio

    names: tuple[list[str], list[str]] = ([], [])
    if kb:
        from khabar.entities.stage import kb_names
        from khabar.pipeline import PipelineConfig

        names = kb_names(PipelineConfig())
    rec = ArabicRecognizer.load(model_dir, *names)
    path, sents = corpus_sentences(data, split, shared)
    result = score_bio([s.labels for s in sents], recognizer_labels(rec, sents, DOC_SENTENCES, CORPUS_TYPE))
    result["data"] = str(path)
    result["sentences"] = len(sents)
    result["tokens"] = sum(len(s.tokens) for s in sents)
    return result


# The quotation sets whose speakers are tuning material (each was held out until it was scored once;
# dev_anon only regroups dev); the held-out set is never read here.
QUOTE_SPLITS = tuple(s for s in TUNING_SPLITS if s != "dev_anon")


def speaker_spans(doc: Document, entities, speakers: Iterable[str]) -> list[dict]:
    """For each distinct gold speaker name written verbatim in ``doc.text``: whether an entity mention
    covers exactly that name (normalized text equal), and the entity's type and the mentions
    overlapping the name's first occurrence when not."""
    from khabar.text import normalize

    by_norm: dict[str, str] = {}
    spans: list[tuple[int, int, str]] = []
    for e in entities:
        for m in e.mentions:
            by_norm.setdefault(normalize(m.text), e.type)
            spans.append((m.start, m.end, e.type))
    out = []
    for name in dict.fromkeys(speakers):
        at = doc.text.find(name)
        if not name or at < 0:
            continue
        typ = by_norm.get(normalize(name))
        row = {"name": name, "found": typ is not None, "type": typ}
        if typ is None:
            end = at + len(name)
            row["overlapping"] = [f"{doc.text[a:b]}/{t}" for a, b, t in spans if a < end and at < b]
        out.append(row)
    return out


def eval_quote_speakers(splits: Iterable[str] = QUOTE_SPLITS, errors: int = 0) -> dict:
    """How often a gold quotation speaker's name (written verbatim in its paragraph or the paragraphs
    before it) is exactly an entity mention of the entity stage, over the Arabic items of the quotation
    sets: the entity layer's share of speaker attribution. Per split and pooled; each (item, name)
    counts once; ``errors`` misses are listed with the mentions that overlap the name."""
    from khabar.entities.stage import make_stage
    from khabar.eval.quotes import build_document, load_split
    from khabar.pipeline import PipelineConfig

    for split in splits:
        if split not in QUOTE_SPLITS:
            raise ValueError(f"{split!r} is not a tuning set of eval/quotes ({', '.join(QUOTE_SPLITS)})")
    stage = make_stage(PipelineConfig())
    rows: dict[str, dict] = {}
    pooled = {"names": 0, "found": 0, "person_or_org": 0}
    misses: list[dict] = []
    for split in splits:
        r = {"names": 0, "found": 0, "person_or_org": 0}
        for item in load_split(split):
            if item.get("lang", "ar") != "ar":
                continue
            doc, _ = build_document(item)
            doc.language = "ar"
            stage(doc)
            for row in speaker_spans(
                doc, doc.entities, (q["speaker"] for q in item["quotes"] if q.get("speaker"))
            ):
                r["names"] += 1
                r["found"] += row["found"]
                r["person_or_org"] += row["type"] in ("PERSON", "ORG")
                if not row["found"] and len(misses) < errors:
                    misses.append({"split": split, "id": item["id"], **row})
        for k in pooled:
            pooled[k] += r[k]
        rows[split] = r
    rows["pooled"] = pooled
    for r in rows.values():
        r["rate"] = round(100 * r["found"] / r["names"], 1) if r["names"] else 0.0
        r["rate_person_or_org"] = round(100 * r["person_or_org"] / r["names"], 1) if r["names"] else 0.0
    return {"splits": rows, "errors": misses}
