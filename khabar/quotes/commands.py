"""CLI commands of `khabar.quotes`: ``khabar eval quotes``. Heavy imports stay inside the function."""

from __future__ import annotations

from typing import Annotated

import typer

from khabar.cli_groups import Groups


def register(cli: Groups) -> None:
    @cli.build.command("quote-names")
    def build_quote_names(
        source: Annotated[
            str | None,
            typer.Option(help="Directory of wd_arabic_80/wd_arabic_20 (default ../shared/data/...)."),
        ] = None,
    ) -> None:
        """Build the person-name token list of the quotation stage (deterministic)."""
        from pathlib import Path

        from khabar.quotes.names import DATA, SOURCE, build_name_tokens

        n = build_name_tokens(Path(source) if source else SOURCE)
        print(f"wrote {n} name tokens to {DATA}")

    @cli.eval.command("quotes")
    def eval_quotes(
        split: Annotated[
            str,
            typer.Option(
                help="dev, dev_anon, test ... test14 (tuning; each was held out until scored), test15 (held out, when drawn)."
            ),
        ] = "dev",
        gold_entities: Annotated[
            bool,
            typer.Option(
                "--gold-entities",
                help="Give the gold speaker/source names as entities and switch NER and linking off.",
            ),
        ] = False,
        batch: Annotated[
            str | None,
            typer.Option(help="Score only one annotation batch of the split (ids snn-<line>-<batch><k>)."),
        ] = None,
        errors: Annotated[int, typer.Option(help="Print this many errors.")] = 0,
        as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    ) -> None:
        """Quotation detection P/R (span overlap), speaker and source accuracy on eval/quotes/."""
        import json

        from rich.console import Console
        from rich.table import Table

        from khabar.eval.quotes import HELD_OUT, TUNING_SPLITS, load_split, score, select_batch
        from khabar.pipeline import Pipeline, PipelineConfig

        splits = (*TUNING_SPLITS, HELD_OUT)
        if split not in splits:
            raise typer.BadParameter(f"--split must be one of {', '.join(splits)}")
        if errors and split == HELD_OUT:
            raise typer.BadParameter(f"{HELD_OUT} is held out: its errors are never listed")
        try:
            items = select_batch(load_split(split), batch)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        if not items:
            raise typer.BadParameter(f"no items of batch {batch!r} in {split}")
        config = PipelineConfig(disabled={"entities", "link"} if gold_entities else set())
        pipeline = Pipeline(config)
        results = score(items, pipeline, gold_entities=gold_entities)
        figures = {lang: sc.as_dict() for lang, sc in results.items()}
        if as_json:
            print(json.dumps(figures, ensure_ascii=False, indent=2))
        else:
            mode = "gold entities" if gold_entities else "pipeline entities"
            table = Table(title=f"khabar eval quotes --split {split} ({mode})")
            cols = {"gold_quotes": "gold", "system_quotes": "sys", "precision": "P", "recall": "R", "f1": "F1",
                    "speaker_accuracy": "speaker", "speaker_n": "n", "speaker_end_to_end": "spk e2e",
                    "anonymous_accuracy": "anon", "source_accuracy": "source", "kind_accuracy": "kind"}  # fmt: skip
            table.add_column("lang")
            for short in cols.values():
                table.add_column(short)
            for lang, f in figures.items():
                table.add_row(lang, *[str(f[c]) for c in cols])
            Console(width=140).print(table)
        for err in results["all"].errors[:errors]:
            print(json.dumps(err, ensure_ascii=False))
