"""The whole Arabic recognizer (CRF + rules), not the CRF alone, on the NER corpora.

``khabar eval ner`` scores the CRF's own labels; the rules after it (name completion, facilities,
weapons, lexicon organisations, knowledge-base people) only run on documents. Here a run of
:data:`khabar.eval.ner.DOC_SENTENCES` corpus sentences becomes one document (tokens joined by spaces,
one sentence a line), the recognizer's character spans are projected back onto the corpus tokens
(the first token a span overlaps opens it), and the labels are scored like the CRF's.
"""

from __future__ import annotations

from khabar.document import Document


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
