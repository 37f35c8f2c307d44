"""``khabar run``: the pipeline over a corpus, in parallel processes or on Ray Data, into Parquet.

How a run works (and why it can die and resume without duplicates):

1. **Staging** (driver, one pass over the inputs with ``khabar.ingest.read_inputs``): the stream of
   records (documents and ingest errors, in input order) is cut into shards by record index,
   ``shard = record // shard_size``, and each shard is written to ``OUT/_work/shard-NNNNNN.jsonl``
   (tmp file, then rename). Shards are therefore deterministic for given inputs and shard size;
   ``OUT/run.json`` records both and a fingerprint of the inputs, and a resume refuses other inputs.
2. **Processing** (workers): a worker builds the pipeline once (per process, or per Ray actor),
   reads a staged shard, runs every document through it and writes Parquet files for the shard into
   ``OUT/_tmp/``; it then moves them to ``OUT/{documents,events}/date=YYYY-MM/shard-NNNNNN.parquet``
   and, last, writes ``OUT/_manifests/shard-NNNNNN.json`` (tmp file, then rename). A shard is
   finished exactly when its manifest exists.
3. **Resume**: finished shards are skipped (not even staged again); an unfinished shard's files,
   complete or not, are deleted before it is processed again, and readers (``duckdb_views``,
   ``iter_documents``) only read files listed in manifests, so no document is ever read twice.
4. **Report**: ``OUT/report.json`` (counts, failure reasons, per-stage seconds) and
   ``OUT/failures.jsonl`` (each failed input or article and why), rebuilt from all manifests.

On a Ray cluster, ``OUT`` must be on storage that every node sees (a shared file system), since
actors read staged shards from it and write Parquet into it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

MANIFESTS = "_manifests"
WORK = "_work"
TMP = "_tmp"
TABLES = ("documents", "events")
RUN_FORMAT = 1


class RunError(Exception):
    """A run that cannot start (other inputs in the output directory, bad options)."""


@dataclass
class RunConfig:
    inputs: list[str]
    out: str
    engine: str = "local"  # local | ray | inline (in the driver process; for tests and profiling)
    workers: int = 0  # 0: every core
    address: str | None = None  # Ray cluster address; None starts a local Ray
    shard_size: int = 500
    disabled: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date for inputs without one
    limit: int | None = None  # only the first N records (benchmarks)
    keep_work: bool = False
    progress: bool = True

    def n_workers(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)


def shard_name(shard: int) -> str:
    return f"shard-{shard:06d}"


# ---------------------------------------------------------------------------------------------
# Inputs: fingerprint and staging


def fingerprint(inputs: list[str]) -> list[list[Any]]:
    """Path, size and mtime of every input file, so a resume can tell the inputs did not change."""
    out: list[list[Any]] = []
    for name in inputs:
        p = Path(name)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                st = f.stat()
                out.append([str(f.resolve()), st.st_size, st.st_mtime_ns])
            except OSError:
                out.append([str(f), None, None])
    return out


def _write_atomic(path: Path, data: str) -> None:
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.write_text(data, encoding="utf-8")
    os.replace(tmp, path)


def prepare_out(cfg: RunConfig) -> dict[str, Any]:
    """Create ``OUT`` and its ``run.json``, or check that an existing run is the same run."""
    out = Path(cfg.out)
    meta = {
        "format": RUN_FORMAT,
        "inputs": cfg.inputs,
        "fingerprint": fingerprint(cfg.inputs),
        "shard_size": cfg.shard_size,
        "disabled": sorted(cfg.disabled),
        "published": cfg.published,
        "limit": cfg.limit,
    }
    run_json = out / "run.json"
    if run_json.exists():
        old = json.loads(run_json.read_text(encoding="utf-8"))
        for key in ("fingerprint", "shard_size", "disabled", "published", "limit"):
            if old.get(key) != meta[key]:
                raise RunError(
                    f"{out} holds a run with a different {key}; resume it with the same inputs and "
                    "options, or write to a new --out directory"
                )
    else:
        out.mkdir(parents=True, exist_ok=True)
        _write_atomic(run_json, json.dumps(meta, ensure_ascii=False, indent=1))
    for sub in (MANIFESTS, WORK, TMP):
        (out / sub).mkdir(exist_ok=True)
    return meta


def finished_shards(out: Path) -> set[int]:
    done = set()
    for p in (out / MANIFESTS).glob("shard-*.json"):
        try:
            done.add(int(p.stem.split("-")[1]))
        except (IndexError, ValueError):
            continue
    return done


def stage_inputs(cfg: RunConfig, done: set[int]) -> Iterator[tuple[int, Path]]:
    """Yield ``(shard, staged file)`` for every shard not finished yet, staging them as needed."""
    out = Path(cfg.out)
    work = out / WORK
    marker = work / "staged.json"
    if marker.exists():
        n = json.loads(marker.read_text())["shards"]
        for shard in range(n):
            path = work / f"{shard_name(shard)}.jsonl"
            if shard not in done:
                if not path.exists():  # staged files removed but shards unfinished: stage again
                    marker.unlink()
                    yield from stage_inputs(cfg, done)
                    return
                yield shard, path
        return

    from khabar.ingest import IngestError, read_inputs

    published = date.fromisoformat(cfg.published) if cfg.published else None
    lines: list[str] = []
    record = 0
    shard = 0

    def flush() -> Path | None:
        path = work / f"{shard_name(shard)}.jsonl"
        if shard in done:
            return None
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            f.writelines(lines)
        os.replace(tmp, path)
        return path

    for item in read_inputs(cfg.inputs, published=published):
        if cfg.limit is not None and record >= cfg.limit:
            break
        if isinstance(item, IngestError):
            payload = json.dumps({"input": item.input, "error": item.message}, ensure_ascii=False)
            lines.append(f"{record}\tE\t{payload}\n")
        else:
            lines.append(f"{record}\tD\t{item.to_json()}\n")
        record += 1
        if len(lines) == cfg.shard_size:
            path = flush()
            if path is not None:
                yield shard, path
            lines, shard = [], shard + 1
    n_shards = shard
    if lines:
        path = flush()
        if path is not None:
            yield shard, path
        n_shards += 1
    _write_atomic(marker, json.dumps({"shards": n_shards, "records": record}))


# ---------------------------------------------------------------------------------------------
# One shard, in a worker


def _reason(error: str) -> str:
    """A failure reason to count: the exception type or the message up to its first detail."""
    head = error.split(":", 1)[0] if ": " in error else error
    return head.split("(", 1)[0].strip()[:80]


class ShardWorker:
    """Builds the pipeline once; processes whole shards into Parquet and a manifest."""

    def __init__(self, out: str, disabled: list[str], tick: Callable[[int], None] | None = None) -> None:
        from khabar.pipeline import Pipeline, PipelineConfig

        self.out = Path(out)
        self.pipeline = Pipeline(PipelineConfig(disabled=set(disabled)))
        self.tick = tick

    def remove_partial(self, shard: int) -> None:
        name = shard_name(shard)
        for table in TABLES:
            for p in (self.out / table).glob(f"date=*/{name}.parquet"):
                p.unlink(missing_ok=True)
        shutil.rmtree(self.out / TMP / name, ignore_errors=True)

    def process(self, shard: int, path: str | Path) -> dict[str, Any]:
        import pyarrow.parquet as pq

        from khabar.document import Document
        from khabar.scale.tables import (
            DOC_SCHEMA,
            EVENT_SCHEMA,
            document_row,
            event_rows,
            partition_of,
            to_table,
        )

        t0 = time.perf_counter()
        name = shard_name(shard)
        self.remove_partial(shard)
        before = dict(self.pipeline.timings)
        docs: dict[str, list[dict]] = {}
        events: dict[str, list[dict]] = {}
        failures: list[dict[str, Any]] = []
        n_records = n_docs = n_ok = n_events = 0
        pending_ticks = 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec_s, kind, payload = line.rstrip("\n").split("\t", 2)
                record = int(rec_s)
                n_records += 1
                pending_ticks += 1
                if self.tick is not None and pending_ticks >= 10:
                    self.tick(pending_ticks)
                    pending_ticks = 0
                if kind == "E":
                    err = json.loads(payload)
                    failures.append(
                        {
                            "record": record,
                            "input": err["input"],
                            "doc_id": None,
                            "stage": "ingest",
                            "error": err["error"],
                            "written": False,
                        }  # fmt: skip
                    )
                    continue
                doc_id = None
                try:
                    doc = Document.model_validate_json(payload)
                    doc_id = doc.id
                    self.pipeline(doc)
                    # Stages fill the document in place; validate once that every span is sound.
                    js = doc.to_json()
                    doc = Document.model_validate_json(js)
                    row = document_row(doc, input_name=None, shard=shard, record=record, json_text=js)
                    evs = event_rows(doc, shard=shard)
                except Exception as exc:  # an article the pipeline cannot turn into valid output
                    failures.append(
                        {
                            "record": record,
                            "input": None,
                            "doc_id": doc_id,
                            "stage": "output",
                            "error": f"{type(exc).__name__}: {str(exc)[:300]}",
                            "written": False,
                        }  # fmt: skip
                    )
                    continue
                part = partition_of(doc)
                docs.setdefault(part, []).append(row)
                if evs:
                    events.setdefault(part, []).extend(evs)
                n_docs += 1
                n_events += len(evs)
                if doc.errors:
                    for e in doc.errors:
                        failures.append(
                            {
                                "record": record,
                                "input": None,
                                "doc_id": doc.id,
                                "stage": e.stage,
                                "error": e.error,
                                "written": True,
                            }  # fmt: skip
                        )
                else:
                    n_ok += 1
        if self.tick is not None and pending_ticks:
            self.tick(pending_ticks)

        tmp = self.out / TMP / name
        tmp.mkdir(parents=True, exist_ok=True)
        files: list[str] = []
        moves: list[tuple[Path, Path]] = []
        for table, groups, schema in (("documents", docs, DOC_SCHEMA), ("events", events, EVENT_SCHEMA)):
            for part, rows in sorted(groups.items()):
                rel = Path(table) / f"date={part}" / f"{name}.parquet"
                t = tmp / f"{table}-{part}.parquet"
                pq.write_table(to_table(rows, schema), t, compression="zstd")
                moves.append((t, self.out / rel))
                files.append(rel.as_posix())
        for src, dst in moves:
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
        shutil.rmtree(tmp, ignore_errors=True)
        timings = {k: round(v - before.get(k, 0.0), 4) for k, v in self.pipeline.timings.items()}
        manifest = {
            "shard": shard,
            "records": n_records,
            "documents": n_docs,
            "ok": n_ok,
            "events": n_events,
            "files": files,
            "failures": failures,
            "stage_seconds": timings,
            "seconds": round(time.perf_counter() - t0, 3),
            "pid": os.getpid(),
            "peak_rss_mb": round(_peak_rss_mb(), 1),
        }
        _write_atomic(self.out / MANIFESTS / f"{name}.json", json.dumps(manifest, ensure_ascii=False))
        return manifest


def _peak_rss_mb() -> float:
    import resource
    import sys

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


# Per-process worker for the local engine (ProcessPoolExecutor initializer).
_WORKER: ShardWorker | None = None


def _init_local(out: str, disabled: list[str], queue: Any) -> None:
    global _WORKER

    def tick(n: int) -> None:
        if queue is not None:
            queue.put(n)

    _WORKER = ShardWorker(out, disabled, tick)


def _run_local_shard(shard: int, path: str) -> dict[str, Any]:
    assert _WORKER is not None
    m = _WORKER.process(shard, path)
    return {k: m[k] for k in ("shard", "records", "documents", "ok")}


class RayShardProcessor:
    """Ray Data ``map_batches`` callable class: the pipeline is built once per actor."""

    def __init__(self, out: str, disabled: list[str]) -> None:
        self.worker = ShardWorker(out, disabled)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        shards, records, documents, oks = [], [], [], []
        for shard, path in zip(batch["shard"], batch["path"], strict=True):
            m = self.worker.process(int(shard), str(path))
            shards.append(m["shard"])
            records.append(m["records"])
            documents.append(m["documents"])
            oks.append(m["ok"])
        return {"shard": shards, "records": records, "documents": documents, "ok": oks}


# ---------------------------------------------------------------------------------------------
# Engines


class _Progress:
    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled = enabled
        self.bar = None
        if enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("[bold]khabar run"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("articles"),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.fields[shards]}"),
                transient=False,
            )
            self.task = self.bar.add_task("run", total=total, rate="", shards="")
            self.bar.start()
        self.t0 = time.perf_counter()
        self.done = 0

    def advance(self, n: int, shards: str = "") -> None:
        self.done += n
        if self.bar is not None:
            rate = self.done / max(1e-9, time.perf_counter() - self.t0)
            self.bar.update(self.task, advance=n, rate=f"{rate:,.1f}/s", shards=shards)

    def set_total(self, total: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, total=total)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _known_total(cfg: RunConfig, done: set[int]) -> int | None:
    marker = Path(cfg.out) / WORK / "staged.json"
    if marker.exists():
        info = json.loads(marker.read_text())
        return info["records"] - sum(_manifest_records(Path(cfg.out), s) for s in done)
    return cfg.limit


def _manifest_records(out: Path, shard: int) -> int:
    try:
        return json.loads((out / MANIFESTS / f"{shard_name(shard)}.json").read_text())["records"]
    except (OSError, ValueError, KeyError):
        return 0


def _run_inline(cfg: RunConfig, done: set[int], progress: _Progress) -> int:
    worker = ShardWorker(cfg.out, cfg.disabled, tick=progress.advance)
    n = 0
    for shard, path in stage_inputs(cfg, done):
        worker.process(shard, path)
        n += 1
    return n


def _run_local(cfg: RunConfig, done: set[int], progress: _Progress) -> int:
    import multiprocessing as mp
    import queue as queue_mod
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    q = ctx.Queue()

    def drain() -> None:
        n = 0
        while True:
            try:
                n += q.get_nowait()
            except queue_mod.Empty:
                break
        if n:
            progress.advance(n, f"{finished} shard(s) done")

    finished = 0
    with ProcessPoolExecutor(
        max_workers=cfg.n_workers(),
        mp_context=ctx,
        initializer=_init_local,
        initargs=(cfg.out, cfg.disabled, q),
    ) as pool:
        pending = set()
        for shard, path in stage_inputs(cfg, done):
            pending.add(pool.submit(_run_local_shard, shard, str(path)))
            # Keep staging ahead of the workers, but not unboundedly: staged shards sit on disk.
            while len(pending) >= 4 * cfg.n_workers():
                fin, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for fut in fin:
                    fut.result()
                    finished += 1
                drain()
            drain()
        total = _known_total(cfg, done)
        if total is not None:
            progress.set_total(total)
        while pending:
            fin, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for fut in fin:
                fut.result()  # a dead worker raises BrokenProcessPool: the rerun resumes
                finished += 1
            drain()
        drain()
    return finished


def _run_ray(cfg: RunConfig, done: set[int], progress: _Progress) -> int:
    import ray

    started = False
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
        if cfg.address:
            ray.init(address=cfg.address, **kwargs)
        else:
            ray.init(num_cpus=cfg.n_workers(), **kwargs)
        started = True
    try:
        import ray.data

        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        items = [{"shard": s, "path": str(Path(p).resolve())} for s, p in stage_inputs(cfg, done)]
        if not items:
            return 0
        progress.set_total(sum(_count_lines(Path(it["path"])) for it in items))
        out = str(Path(cfg.out).resolve())
        ds = ray.data.from_items(items, override_num_blocks=len(items))
        ds = ds.map_batches(
            RayShardProcessor,
            fn_constructor_kwargs={"out": out, "disabled": cfg.disabled},
            batch_size=1,
            concurrency=cfg.n_workers(),
            num_cpus=1,
        )
        n = 0
        for row in ds.iter_rows():
            n += 1
            progress.advance(int(row["records"]), f"{n}/{len(items)} shard(s) done")
        return n
    finally:
        if started:
            ray.shutdown()


def _count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(1 for _ in f)


# ---------------------------------------------------------------------------------------------
# The run and its report


def run(cfg: RunConfig) -> dict[str, Any]:
    """Run (or resume) a corpus run; returns the report (also written to ``OUT/report.json``)."""
    if cfg.engine not in ("local", "ray", "inline"):
        raise RunError(f"unknown engine {cfg.engine!r}: local, ray or inline")
    if cfg.shard_size < 1:
        raise RunError("--shard-size must be at least 1")
    from khabar.pipeline import stage_names

    unknown = set(cfg.disabled) - set(stage_names())
    if unknown:
        raise RunError(f"unknown stage(s): {', '.join(sorted(unknown))}; known: {', '.join(stage_names())}")
    t0 = time.perf_counter()
    prepare_out(cfg)
    out = Path(cfg.out)
    done = finished_shards(out)
    progress = _Progress(cfg.progress, _known_total(cfg, done))
    try:
        if cfg.engine == "inline":
            processed = _run_inline(cfg, done, progress)
        elif cfg.engine == "local":
            processed = _run_local(cfg, done, progress)
        else:
            processed = _run_ray(cfg, done, progress)
    finally:
        progress.stop()
    report = build_report(out)
    report["this_run"] = {
        "engine": cfg.engine,
        "workers": cfg.n_workers() if cfg.engine != "inline" else 1,
        "shards_processed": processed,
        "shards_resumed": len(done),
        "articles_processed": progress.done,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    secs = report["this_run"]["seconds"]
    report["this_run"]["articles_per_second"] = round(progress.done / secs, 2) if secs else None
    _write_atomic(out / "report.json", json.dumps(report, ensure_ascii=False, indent=1))
    if report["complete"] and not cfg.keep_work:
        shutil.rmtree(out / WORK, ignore_errors=True)
        shutil.rmtree(out / TMP, ignore_errors=True)
    return report


def manifests(out: str | Path) -> list[dict[str, Any]]:
    out = Path(out)
    ms = []
    for p in sorted((out / MANIFESTS).glob("shard-*.json")):
        ms.append(json.loads(p.read_text(encoding="utf-8")))
    return ms


def build_report(out: Path) -> dict[str, Any]:
    ms = manifests(out)
    reasons: Counter[str] = Counter()
    stage_seconds: Counter[str] = Counter()
    failed = with_errors = 0
    failures_path = out / "failures.jsonl"
    tmp = failures_path.with_name("failures.jsonl.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for m in ms:
            errored_docs = set()
            for fl in m["failures"]:
                f.write(json.dumps({"shard": m["shard"], **fl}, ensure_ascii=False) + "\n")
                reasons[f"{fl['stage']}: {_reason(fl['error'])}"] += 1
                if fl["written"]:
                    errored_docs.add(fl["record"])
                else:
                    failed += 1
            with_errors += len(errored_docs)
            stage_seconds.update(m.get("stage_seconds", {}))
    os.replace(tmp, failures_path)
    staged = out / WORK / "staged.json"
    total_shards = json.loads(staged.read_text())["shards"] if staged.exists() else None
    complete = total_shards is not None and len(ms) >= total_shards
    if not staged.exists() and (out / "report.json").exists():
        complete = json.loads((out / "report.json").read_text()).get("complete", False)
    return {
        "complete": complete,
        "shards": len(ms),
        "records": sum(m["records"] for m in ms),
        "documents": sum(m["documents"] for m in ms),
        "ok": sum(m["ok"] for m in ms),
        "with_stage_errors": with_errors,
        "failed": failed,
        "events": sum(m["events"] for m in ms),
        "failure_reasons": dict(reasons.most_common()),
        "stage_seconds": {k: round(v, 2) for k, v in stage_seconds.most_common()},
        "worker_seconds": round(sum(m["seconds"] for m in ms), 2),
    }


def output_files(out: str | Path, table: str) -> list[Path]:
    """The Parquet files of ``table`` of finished shards only (never a half-written shard)."""
    out = Path(out)
    files = []
    for m in manifests(out):
        files.extend(out / f for f in m["files"] if f.startswith(table + "/"))
    return sorted(files)


def config_dict(cfg: RunConfig) -> dict[str, Any]:
    return asdict(cfg)
