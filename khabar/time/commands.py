"""CLI commands of `khabar.time`. Heavy imports stay inside the command functions."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from khabar.cli_groups import Groups


def _print_errors(errors: list[dict], limit: int) -> None:
    for e in errors[:limit]:
        g, p = e.get("gold"), e.get("pred")
        line = f"{e['kind']:8} {e['id']}"
        if g:
            line += f"  gold {g['text']!r} {g['type']} {g['value']}"
        if p:
            line += f"  pred {p['text']!r} {p['type']} {p['value']}"
        typer.echo(line)


def register(cli: Groups) -> None:
    @cli.eval.command("time")
    def eval_time(
        set_: Annotated[
            str, typer.Option("--set", help="gold (hand-annotated, eval/time) or timeml.")
        ] = "gold",
        split: Annotated[str, typer.Option(help="dev, test or all (gold set only).")] = "test",
        lang: Annotated[str | None, typer.Option(help="ar or en (gold set only); default both.")] = None,
        errors: Annotated[int, typer.Option(help="Print this many errors.")] = 0,
        as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    ) -> None:
        """Span P/R and value accuracy of time expressions."""
        from khabar.eval.time import evaluate_gold, evaluate_timeml

        if set_ == "gold":
            if split not in ("dev", "test", "all"):
                raise typer.BadParameter("--split must be dev, test or all")
            res = evaluate_gold(split, lang)
        elif set_ == "timeml":
            res = evaluate_timeml()
        else:
            raise typer.BadParameter("--set must be gold or timeml")
        scores = res.pop("_scores")
        if as_json:
            typer.echo(json.dumps(res, indent=2))
        else:
            _print_table(res)
        if errors:
            for sc in scores.values():
                _print_errors(sc.errors, errors)


def _print_table(res: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    blocks = res["by_lang"] if "by_lang" in res else {"ar": res}
    console = Console()
    head = f"time eval: set={res['set']}"
    if "split" in res:
        head += f" split={res['split']}"
    if "docs" in res:
        head += f" docs={res['docs']} (without a creation date: {res['docs_without_creation_date']})"
    console.print(head)
    for lg, s in blocks.items():
        t = Table(title=f"{lg}: {s['gold_spans']} gold spans, {s['predicted_spans']} predicted")
        for c in ("measure", "precision", "recall", "f1"):
            t.add_column(c)
        for k in ("strict", "relaxed"):
            t.add_row(f"span {k}", *(f"{s[k][m]:.3f}" for m in ("precision", "recall", "f1")))
        console.print(t)
        v = Table(title=f"{lg}: value accuracy by type")
        for c in ("type", "gold", "found", "acc (found)", "acc (all gold)"):
            v.add_column(c)
        for typ, x in s["value"].items():
            v.add_row(
                typ,
                str(x["gold"]),
                str(x["found"]),
                "" if x["accuracy_found"] is None else f"{x['accuracy_found']:.3f}",
                "" if x["accuracy_all"] is None else f"{x['accuracy_all']:.3f}",
            )
        console.print(v)
        if s.get("values_not_computable"):
            console.print(
                f"values not computable (no creation date, none given): {s['values_not_computable']}"
            )
