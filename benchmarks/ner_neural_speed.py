"""Speed of the neural Arabic NER tagger's NumPy inference (one core): tokens/s, load time, peak RSS.

Input: ANERcorp test re-tokenized into khabar pieces (25k corpus tokens), tagged by the neural tagger
alone and by its ensemble with the shipped CRF (or the one in the folder ``KHABAR_NER_CRF``) (marginals averaged, 20-sentence pseudo-documents).
The model: ``KHABAR_NER_NEURAL`` (a .npz, or a folder of ensemble members) or the package's ``ner-ar-neural.npz``. Rates are CPU time of this
process, with BLAS limited to one thread (set before NumPy is imported when run as
``python -m benchmarks ner_neural_speed``; otherwise threadpoolctl limits it if installed).
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import time  # noqa: E402
from pathlib import Path  # noqa: E402

from benchmarks._util import peak_rss_mb  # noqa: E402


def run(quick: bool = False) -> list[dict]:
    from contextlib import nullcontext

    from khabar.entities.data import retokenize
    from khabar.entities.neural import MODEL_DIR, MODEL_FILE, NeuralTagger
    from khabar.training.ner_neural import SHARED, read_bio

    try:
        from threadpoolctl import threadpool_limits

        limit = threadpool_limits(1)
    except ImportError:
        limit = nullcontext()
    path = Path(os.environ.get("KHABAR_NER_NEURAL") or MODEL_DIR / MODEL_FILE)
    if not path.exists():
        raise FileNotFoundError(f"{path} (train it: khabar train ner-neural)")
    files = sorted(path.glob(MODEL_FILE.replace(".npz", "*.npz"))) if path.is_dir() else [path]
    sents = read_bio(SHARED / "ner" / "anercorp" / "test.txt")
    if quick:
        sents = sents[:200]
    pieces = [retokenize(s)[0] for s in sents]
    n_tok = sum(len(p) for p in pieces)
    rss_before = peak_rss_mb()
    with limit:
        w0, c0 = time.perf_counter(), time.process_time()
        tagger = NeuralTagger.load(path)
        load_wall, load_cpu = time.perf_counter() - w0, time.process_time() - c0
        rows = []
        for label in ("first pass (cold feature cache)", "second pass (warm cache)"):
            w0, c0 = time.perf_counter(), time.process_time()
            tagger.tag(pieces)
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            rows.append({"what": f"tag ANERcorp test, {label}", "sentences": len(pieces), "tokens": n_tok,
                         "cpu_s": round(cpu, 3), "tokens_per_cpu_s": round(n_tok / cpu),
                         "tokens_per_wall_s": round(n_tok / wall)})  # fmt: skip
        from khabar.entities.crf import ArabicCRF
        from khabar.entities.neural import CrfNeuralEnsemble

        w0 = time.perf_counter()
        ens = CrfNeuralEnsemble(tagger, ArabicCRF.load(os.environ.get("KHABAR_NER_CRF") or None), 0.5)
        crf_load = time.perf_counter() - w0
        for label in ("first pass", "second pass"):
            w0, c0 = time.perf_counter(), time.process_time()
            for k in range(0, len(pieces), 20):
                ens.tag_document(pieces[k : k + 20])
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            rows.append({"what": f"CRF + neural ensemble, ANERcorp test, {label}", "sentences": len(pieces),
                         "tokens": n_tok, "cpu_s": round(cpu, 3), "tokens_per_cpu_s": round(n_tok / cpu),
                         "tokens_per_wall_s": round(n_tok / wall), "crf_load_wall_s": round(crf_load, 3)})  # fmt: skip
    rows.append({"what": "load model", "file_mb": round(sum(f.stat().st_size for f in files) / 2**20, 2), "files": len(files),
                 "load_wall_s": round(load_wall, 3), "load_cpu_s": round(load_cpu, 3),
                 "peak_rss_mb": round(peak_rss_mb(), 1), "peak_rss_before_load_mb": round(rss_before, 1)})  # fmt: skip
    return rows
