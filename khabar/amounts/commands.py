"""CLI commands of `khabar.amounts`. Heavy imports stay inside the command functions."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from khabar.cli_groups import Groups


def register(cli: Groups) -> None:
    @cli.eval.command("amounts")
    def eval_amounts(
        split: Annotated[str, typer.Option(help="dev, test or all.")] = "test",
        lang: Annotated[str | None, typer.Option(help="ar or en; default both.")] = None,
        errors: Annotated[int, typer.Option(help="Print this many errors.")] = 0,
        as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    ) -> None:
        """P/R of (span, value, unit) of amounts on the hand-annotated gold sets (eval/amounts)."""
        from rich.console import Console
        from rich.table import Table

        from khabar.eval.amounts import evaluate

        if split not in ("dev", "test", "all"):
            raise typer.BadParameter("--split must be dev, test or all")
        res = evaluate(split, lang)
        errs = res.pop("_errors")
        if as_json:
            typer.echo(json.dumps(res, indent=2))
        else:
            console = Console()
            console.print(f"amounts eval: split={split}")
            for lg, s in res["by_lang"].items():
                t = Table(title=f"{lg}: {s['gold']} gold, {s['predicted']} predicted")
                for c in ("match", "precision", "recall", "f1"):
                    t.add_column(c)
                for k in ("span_value_unit_strict", "value_unit_relaxed_span", "span_only_strict"):
                    t.add_row(k, *(f"{s[k][m]:.3f}" for m in ("precision", "recall", "f1")))
                console.print(t)
                console.print(f"approximate flag accuracy (on matches): {s['approximate_flag_accuracy']}")
        if errors:
            for lg, es in errs.items():
                for e in es[:errors]:
                    g, p = e.get("gold"), e.get("pred")
                    line = f"{lg} {e['kind']:8} {e['id']}"
                    if g:
                        line += f"  gold {g['text']!r} {g['value']:g} {g['unit']}"
                    if p:
                        line += f"  pred {p['text']!r} {p['value']:g} {p['unit']}"
                    typer.echo(line)
