"""CLI commands of `khabar.quotes`: ``khabar eval quotes``, ``khabar build quote-names``, ``khabar train
quote-speakers``. Heavy imports stay inside the functions."""

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
                help="dev, dev_anon, test ... test21 (tuning; each was held out until scored), test22 (held out, when drawn)."
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
        ranker: Annotated[
            bool,
            typer.Option("--ranker/--no-ranker", help="Re-pick Arabic speakers with the learned ranker."),
        ] = False,
        ranker_model: Annotated[
            str | None,
            typer.Option(
                help="Weights of the ranker (a `khabar train quote-speakers` JSON; default: shipped)."
            ),
        ] = None,
        file: Annotated[
            str | None,
            typer.Option(help="Score this JSONL file of the same format instead of a split (e.g. ANERcorp)."),
        ] = None,
        part: Annotated[
            str | None, typer.Option(help="Score only the items of this ANERcorp part (train or test).")
        ] = None,
    ) -> None:
        """Quotation detection P/R (span overlap), speaker and source accuracy on eval/quotes/."""
        import json
        from pathlib import Path

        from rich.console import Console
        from rich.table import Table

        from khabar.eval.quotes import (
            ANERCORP_SPLITS,
            HELD_OUT,
            TUNING_SPLITS,
            load_file,
            load_split,
            score,
            select_batch,
        )
        from khabar.pipeline import Pipeline, PipelineConfig

        splits = (*TUNING_SPLITS, *ANERCORP_SPLITS, *HELD_OUT)
        if split not in splits and file is None:
            raise typer.BadParameter(f"--split must be one of {', '.join(splits)}")
        held = Path(file).stem if file else split
        if errors and held in HELD_OUT:
            raise typer.BadParameter(f"{held} is held out: its errors are never listed")
        try:
            items = select_batch(load_file(Path(file)) if file else load_split(split), batch)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        if part is not None:
            items = [it for it in items if it.get("part") == part]
        if not items:
            which = " ".join(
                x for x in (f"of batch {batch!r}" if batch else "", f"of part {part!r}" if part else "") if x
            )
            raise typer.BadParameter(f"no items {which} in {file or split}")
        config = PipelineConfig(
            disabled={"entities", "link"} if gold_entities else set(),
            options={"quotes_speaker_ranker": (ranker_model or True) if ranker else False},
        )
        pipeline = Pipeline(config)
        results = score(items, pipeline, gold_entities=gold_entities)
        figures = {lang: sc.as_dict() for lang, sc in results.items()}
        if as_json:
            print(json.dumps(figures, ensure_ascii=False, indent=2))
        else:
            mode = "gold entities" if gold_entities else "pipeline entities"
            mode += ", ranker" if ranker else ""
            what = f"--file {file}" if file else f"--split {split}"
            table = Table(title=f"khabar eval quotes {what}{f' --part {part}' if part else ''} ({mode})")
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

    @cli.train.command("quote-speakers")
    def train_quote_speakers(
        data: Annotated[
            list[str] | None,
            typer.Option(
                help="ANERcorp quotation annotations (JSONL); default eval/quotes/anercorp_{A,B}.jsonl."
            ),
        ] = None,
        out: Annotated[
            str | None, typer.Option(help="Where to write the weights (default: the shipped model's path).")
        ] = None,
        l2: Annotated[float, typer.Option(help="L2 penalty of the fit.")] = 1.0,
    ) -> None:
        """Fit the learned quotation speaker ranker on ANERcorp quotation annotations (deterministic)."""
        from pathlib import Path

        from khabar.quotes.ranker import MODEL_PATH
        from khabar.training.anercorp_text import NotAnercorp
        from khabar.training.quote_speakers import DEFAULT_DATA, train

        paths = [Path(p) for p in data] if data else [p for p in DEFAULT_DATA if p.exists()]
        if not paths:
            raise typer.BadParameter("no training data: give --data (ANERcorp quotation annotations)")
        try:
            meta = train(paths, Path(out) if out else MODEL_PATH, l2=l2)
        except NotAnercorp as exc:
            raise typer.BadParameter(str(exc)) from None
        fa = meta["fit_accuracy"]
        print(
            f"fitted on {meta['records']} records, {meta['groups']} quotations "
            f"({meta['groups_with_right_candidate']} with a right candidate); on its own training data: "
            f"rules {fa['rules']['speaker_accuracy']}, ranker {fa['ranker']['speaker_accuracy']} "
            f"(n={fa['rules']['speaker_n']}); wrote {out or MODEL_PATH}"
        )
