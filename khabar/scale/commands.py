"""CLI commands of `khabar.scale`. Heavy imports stay inside the command functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from khabar.cli_groups import Groups


def _print_report(report: dict, out: str) -> None:
    from rich.console import Console
    from rich.table import Table

    con = Console(stderr=True)
    tr = report.get("this_run", {})
    t = Table(title=f"khabar run → {out}", show_header=False)
    t.add_row("complete", "yes" if report["complete"] else "[red]no (rerun the same command to resume)[/red]")
    t.add_row("records read", f"{report['records']:,}")
    t.add_row("articles ok", f"{report['ok']:,}")
    t.add_row("written with stage errors", f"{report['with_stage_errors']:,}")
    t.add_row("failed (not written)", f"{report['failed']:,}")
    t.add_row("events", f"{report['events']:,}")
    if tr:
        t.add_row(
            "this run",
            f"{tr['articles_processed']:,} articles in {tr['seconds']:,} s "
            f"({tr.get('articles_per_second') or 0:,} /s, {tr['engine']} × {tr['workers']}); "
            f"{tr['shards_resumed']} shard(s) were already done",
        )
    con.print(t)
    if report["failure_reasons"]:
        r = Table(title="failure reasons (details: failures.jsonl)")
        r.add_column("reason")
        r.add_column("count", justify="right")
        for reason, n in list(report["failure_reasons"].items())[:15]:
            r.add_row(reason, f"{n:,}")
        con.print(r)
    if report["stage_seconds"]:
        total = sum(report["stage_seconds"].values()) or 1.0
        s = Table(title="where the worker time went")
        s.add_column("stage")
        s.add_column("seconds", justify="right")
        s.add_column("share", justify="right")
        for st, sec in report["stage_seconds"].items():
            s.add_row(st, f"{sec:,.1f}", f"{100 * sec / total:.0f}%")
        con.print(s)


def register(cli: Groups) -> None:
    @cli.app.command("run")
    def run_cmd(
        inputs: Annotated[
            list[str], typer.Argument(help="JSONL(.gz), WARC, HTML/text files or directories.")
        ],
        out: Annotated[str, typer.Option("--out", "-o", help="Output directory (Parquet + manifests).")],
        engine: Annotated[str, typer.Option(help="local (processes), ray (Ray Data) or inline.")] = "local",
        workers: Annotated[int, typer.Option(help="Worker processes / Ray actors (0: every core).")] = 0,
        address: Annotated[str | None, typer.Option(help="Ray cluster address (default: local Ray).")] = None,
        shard_size: Annotated[int, typer.Option(help="Records per shard (the unit of resume).")] = 500,
        disable: Annotated[list[str] | None, typer.Option("--disable", help="Switch a stage off.")] = None,
        published: Annotated[str | None, typer.Option(help="Date (YYYY-MM-DD) for undated inputs.")] = None,
        limit: Annotated[int | None, typer.Option(help="Only the first N records.")] = None,
        store: Annotated[str | None, typer.Option(help="Also load the documents into this store.")] = None,
        keep_work: Annotated[bool, typer.Option(help="Keep the staged shards after a complete run.")] = False,
        progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    ) -> None:
        """Run the pipeline over a corpus in parallel into Parquet (resumable: rerun to resume)."""
        from khabar.scale.runner import RunConfig, RunError, run

        disabled = sorted({x.strip() for d in disable or [] for x in d.split(",") if x.strip()})
        cfg = RunConfig(
            inputs=list(inputs), out=out, engine=engine, workers=workers, address=address,
            shard_size=shard_size, disabled=disabled, published=published, limit=limit,
            keep_work=keep_work, progress=progress and sys.stderr.isatty(),
        )  # fmt: skip
        try:
            report = run(cfg)
        except RunError as exc:
            raise typer.BadParameter(str(exc)) from None
        _print_report(report, out)
        if store and report["complete"]:
            from khabar.scale import load_into_store

            n = load_into_store(out, store)
            typer.echo(f"loaded {n:,} document(s) into {store}", err=True)
        if not report["complete"]:
            raise typer.Exit(1)

    @cli.app.command("query")
    def query_cmd(
        out: Annotated[str, typer.Argument(help="A `khabar run` output directory.")],
        sql: Annotated[str, typer.Argument(help="SQL over the views `documents` and `events`.")],
        fmt: Annotated[str, typer.Option("--format", help="table, csv or jsonl.")] = "table",
    ) -> None:
        """Query a run's Parquet output with DuckDB, e.g. `khabar query out "SELECT type, count(*) FROM events GROUP BY 1"`."""
        from khabar.scale import duckdb_views

        if not (Path(out) / "_manifests").is_dir():
            raise typer.BadParameter(f"{out} is not a `khabar run` output directory")
        con = duckdb_views(out)
        rel = con.sql(sql)
        if rel is None:
            return
        cols = rel.columns
        rows = rel.fetchall()
        if fmt == "jsonl":
            for r in rows:
                sys.stdout.write(
                    json.dumps(dict(zip(cols, r, strict=True)), ensure_ascii=False, default=str) + "\n"
                )
        elif fmt == "csv":
            import csv

            w = csv.writer(sys.stdout)
            w.writerow(cols)
            w.writerows(rows)
        else:
            from rich.console import Console
            from rich.table import Table

            t = Table()
            for c in cols:
                t.add_column(c)
            for r in rows:
                t.add_row(*["" if v is None else str(v) for v in r])
            Console().print(t)

    @cli.app.command("stories")
    def stories_cmd(
        out: Annotated[str, typer.Argument(help="A `khabar run` output directory.")],
        threshold: Annotated[float, typer.Option(help="Cosine to a story centroid to join it.")] = 0.7,
        window_days: Annotated[int, typer.Option(help="Days a story stays open.")] = 3,
        shingle: Annotated[
            str, typer.Option(help="Near-duplicate shingles: w3 (word 3-grams), w5, c7 ...")
        ] = "w3",
        min_containment: Annotated[float, typer.Option(help="Near-duplicate containment.")] = 0.7,
    ) -> None:
        """Near duplicates, stories across articles and languages, canonical events (OUT/stories/)."""
        from khabar.scale.stories import DedupConfig, StoryConfig, stories_for_run

        if not (Path(out) / "_manifests").is_dir():
            raise typer.BadParameter(f"{out} is not a `khabar run` output directory")
        cfg = StoryConfig(threshold=threshold, window_days=window_days,
                          dedup=DedupConfig(shingle=shingle, min_containment=min_containment))  # fmt: skip
        summary = stories_for_run(out, cfg)
        typer.echo(json.dumps(summary, indent=1))

    @cli.eval.command("dedup")
    def eval_dedup(
        corpus: Annotated[str | None, typer.Option(help="SaudiNewsNet JSONL(.gz).")] = None,
        labels: Annotated[str | None, typer.Option(help="Directory of real_{dev,test}.jsonl.")] = None,
        part: Annotated[str, typer.Option(help="dev, test or both.")] = "both",
        shingle: Annotated[str, typer.Option(help="w3 (word 3-grams), w5, c5, c7 ...")] = "w3",
        min_containment: Annotated[float, typer.Option(help="Near-duplicate containment.")] = 0.7,
        threshold: Annotated[float, typer.Option(help="Story cosine threshold.")] = 0.7,
        planted_only: Annotated[bool, typer.Option(help="Only the planted duplicates (fast).")] = False,
        out_json: Annotated[str | None, typer.Option("--json", help="Also write the results here.")] = None,
    ) -> None:
        """Near-duplicate and story precision/recall: planted copies and labelled real reprints."""
        from khabar.eval import dedup as ev

        repo = Path(__file__).resolve().parents[2]
        corpus_p = (
            Path(corpus) if corpus else repo.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
        )
        labels_d = Path(labels) if labels else repo / "eval" / "dedup"
        if not corpus_p.exists():
            raise typer.BadParameter(f"no corpus at {corpus_p}")
        docs = ev.load_corpus(corpus_p)
        res: dict = {"shingle": shingle, "min_containment": min_containment, "threshold": threshold}
        res["planted"] = ev.planted(docs, shingle=shingle, min_containment=min_containment)
        if not planted_only:
            parts = ["dev", "test"] if part == "both" else [part]
            res["real"] = ev.real(
                docs, {p: labels_d / f"real_{p}.jsonl" for p in parts}, shingle=shingle,
                threshold=threshold, min_containment=min_containment,
            )  # fmt: skip
        text = json.dumps(res, indent=1, ensure_ascii=False)
        typer.echo(text)
        if out_json:
            Path(out_json).write_text(text, encoding="utf-8")
