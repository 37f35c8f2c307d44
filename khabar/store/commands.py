"""CLI commands of `khabar.store`: ingest, show, serve, export. Heavy imports stay inside the functions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from khabar.cli_groups import Groups

StoreOpt = Annotated[
    str,
    typer.Option(
        "--store", envvar="KHABAR_STORE", help="SQLite path or postgresql:// URL (env KHABAR_STORE)."
    ),
]


def _open(store: str):
    from rich.console import Console

    from khabar.store import StoreError, open_store

    try:
        return open_store(store)
    except StoreError as exc:
        Console(stderr=True).print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


def register(cli: Groups) -> None:
    app = cli.app

    @app.command()
    def ingest(
        inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
        store: StoreOpt = "khabar.db",
        published: Annotated[
            str | None, typer.Option(help="Publication date (YYYY-MM-DD) for plain text.")
        ] = None,
        disable: Annotated[
            list[str] | None, typer.Option("--disable", help="Switch a stage off (repeatable).")
        ] = None,
        batch_size: Annotated[int, typer.Option(help="Articles per transaction.")] = 20,
        force: Annotated[bool, typer.Option(help="Re-run articles already in the store.")] = False,
    ) -> None:
        """Run the pipeline over INPUTS into the store. Resumable: rerun after a crash to finish."""
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        from khabar.cli import _published, build_config
        from khabar.pipeline import Pipeline
        from khabar.store.batch import ingest as run_ingest

        err = Console(stderr=True)
        try:
            pipeline = Pipeline(build_config(disable))
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        st = _open(store)
        shown = 0
        with Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        ) as progress:
            task = progress.add_task("ingesting", total=None)

            def on_progress(s) -> None:
                nonlocal shown
                for e in s.errors[shown:]:
                    progress.console.print(f"[red]error[/red] {e}", highlight=False)
                shown = len(s.errors)
                progress.update(
                    task,
                    description=f"{s.stored} stored, {s.skipped} already stored, {s.failed} failed",
                )

            stats = run_ingest(
                st, inputs, pipeline=pipeline, published=_published(published), batch_size=max(1, batch_size),
                force=force, on_progress=on_progress,
            )  # fmt: skip
        total = st.count()
        st.close()
        err.print(
            f"{stats.stored} article(s) stored, {stats.skipped} already in the store, {stats.failed} input(s) "
            f"failed, {stats.stage_errors} stage error(s); the store holds {total} article(s)",
            highlight=False,
        )
        if stats.failed:
            raise typer.Exit(1)

    @app.command()
    def show(
        doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id.")],
        store: StoreOpt = "khabar.db",
        fmt: Annotated[str, typer.Option("--format", help="json or summary.")] = "json",
    ) -> None:
        """Print one stored document (JSON, or a readable summary)."""
        from rich.console import Console

        st = _open(store)
        doc = st.get(doc_id)
        st.close()
        if doc is None:
            Console(stderr=True).print(f"[red]error[/red] no document {doc_id!r} in {store}", highlight=False)
            raise typer.Exit(1)
        if fmt == "json":
            sys.stdout.write(doc.to_json(indent=2) + "\n")
            return
        con = Console()
        con.print(
            f"[bold]{doc.title or doc.id}[/bold]  {doc.published or ''}  {doc.source or ''}  {doc.url or ''}"
        )
        con.print(doc.text, highlight=False)
        for e in doc.entities:
            con.print(f"  {e.type:7} {e.name}  {e.name_en or ''} {e.kb.wikidata or ''}", highlight=False)
        for ev in doc.events:
            a, t = doc.entity(ev.actor), doc.entity(ev.target)
            con.print(
                f"  {ev.type:9} {a.name if a else '-'} -> {t.name if t else '-'} [{ev.polarity}, {ev.modality}]",
                highlight=False,
            )

    @app.command()
    def reindex(store: StoreOpt = "khabar.db") -> None:
        """Rebuild the store's tables and text index from its documents (after a khabar upgrade)."""
        st = _open(store)
        n = st.reindex()
        st.close()
        typer.echo(f"reindexed {n} document(s)", err=True)

    @app.command()
    def serve(
        store: StoreOpt = "khabar.db",
        host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port.")] = 8000,
        token: Annotated[
            str | None,
            typer.Option(envvar="KHABAR_API_TOKEN", help="Token for write endpoints (env KHABAR_API_TOKEN)."),
        ] = None,
        read_only: Annotated[bool, typer.Option(help="Refuse every write endpoint.")] = False,
        private: Annotated[bool, typer.Option(help="Require the token for reads too.")] = False,
        rate_limit: Annotated[float, typer.Option(help="Requests per second per client (0: off).")] = 20.0,
    ) -> None:
        """Serve the HTTP API (OpenAPI at /openapi.json) and the web UI on one port."""
        import uvicorn

        from khabar.api.app import ApiSettings, create_app

        settings = ApiSettings(
            store=store, token=token, read_only=read_only, public_read=not private, rate_limit=rate_limit
        )
        typer.echo(f"khabar: serving {store} at http://{host}:{port}/ (API docs: http://{host}:{port}/docs)")
        if not token and not read_only:
            typer.echo("khabar: no KHABAR_API_TOKEN set, so write endpoints are disabled", err=True)
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")

    @app.command("export")
    def export_cmd(
        fmt: Annotated[str, typer.Option("--format", help="jsonl, plover, gdelt or brat.")] = "jsonl",
        store: StoreOpt = "khabar.db",
        out: Annotated[
            str, typer.Option("--out", help="Output file (a folder for brat); - for standard output.")
        ] = "-",
        q: Annotated[str | None, typer.Option(help="Only documents matching this search.")] = None,
        country: Annotated[str | None, typer.Option(help="Only documents about this ISO country.")] = None,
        date_from: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
        date_to: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    ) -> None:
        """Export documents (jsonl), PLOVER events (plover JSONL), GDELT-style TSV (gdelt) or brat standoff."""
        from rich.console import Console

        from khabar.store import StoreError
        from khabar.store.export import FORMATS, export

        err = Console(stderr=True)
        if fmt not in FORMATS:
            raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
        if fmt == "brat" and out == "-":
            raise typer.BadParameter("brat writes a folder: give --out DIR")
        st = _open(store)
        try:
            if any((q, country, date_from, date_to)):
                ids = []
                offset = 0
                while True:
                    res = st.search(
                        q=q, country=country, date_from=date_from, date_to=date_to, limit=500, offset=offset
                    )
                    ids += [h.id for h in res.hits]
                    offset += 500
                    if offset >= res.total:
                        break
                docs = (d for d in (st.get(i) for i in ids) if d is not None)
            else:
                docs = st.iter_documents()
            target = sys.stdout if out == "-" else Path(out)
            if isinstance(target, Path) and fmt != "brat":
                target.parent.mkdir(parents=True, exist_ok=True)
            n = export(docs, fmt, target)
        except StoreError as exc:
            err.print(f"[red]error[/red] {exc}", highlight=False)
            raise typer.Exit(2) from None
        finally:
            st.close()
        what = "event(s)" if fmt in ("plover", "gdelt") else "document(s)"
        err.print(f"exported {n} {what} as {fmt}{'' if out == '-' else ' to ' + out}", highlight=False)
