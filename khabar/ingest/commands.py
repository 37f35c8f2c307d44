"""CLI commands of `khabar.ingest`. Heavy imports stay inside the command functions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from khabar.cli_groups import Groups

DEFAULT_BENCH = (
    Path(__file__).resolve().parents[2].parent / "shared" / "data" / "html" / "article-extraction-benchmark"
)


def register(cli: Groups) -> None:
    @cli.eval.command("html")
    def eval_html(
        bench: Annotated[
            Path,
            typer.Option(help="article-extraction-benchmark directory (html/*.html.gz + ground-truth.json)."),
        ] = DEFAULT_BENCH,
        limit: Annotated[int | None, typer.Option(help="Score only the first N pages.")] = None,
        per_page: Annotated[Path | None, typer.Option(help="Write per-page F1 as JSONL here.")] = None,
    ) -> None:
        """Token-level F1 of HTML body extraction: khabar vs trafilatura's default settings."""
        import json

        from rich.console import Console
        from rich.table import Table

        from khabar.eval.html import KhabarExtractor, evaluate, trafilatura_default

        if not (bench / "ground-truth.json").exists():
            raise typer.BadParameter(f"no ground-truth.json in {bench}")
        pages: list[dict] = []
        ours = KhabarExtractor()
        rows = evaluate(
            bench, {"khabar": ours, "trafilatura default": trafilatura_default}, limit=limit, per_page=pages
        )
        table = Table(title=f"HTML extraction, token-level F1 (mean over {rows[0]['pages']} pages)")
        for col in rows[0]:
            table.add_column(col)
        for r in rows:
            table.add_row(*[f"{v:.4f}" if isinstance(v, float) else str(v) for v in r.values()])
        console = Console()
        console.print(table)
        console.print(
            f"khabar metadata (no gold for it): publication date found on {ours.dated}/{ours.pages} pages, "
            f"author on {ours.authored}/{ours.pages}"
        )
        if per_page:
            per_page.write_text("".join(json.dumps(p) + "\n" for p in pages))
