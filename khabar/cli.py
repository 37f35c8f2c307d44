"""The ``khabar`` command line. Each package adds its own commands in ``<package>/commands.py``."""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from khabar.cli_groups import Groups

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Arabic-first news event extraction.")
eval_app = typer.Typer(no_args_is_help=True, help="Evaluate a component on its gold data.")
train_app = typer.Typer(no_args_is_help=True, help="Train a shipped model from ../shared/data.")
build_app = typer.Typer(no_args_is_help=True, help="Build a shipped artifact (knowledge base).")
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
app.add_typer(build_app, name="build")
err = Console(stderr=True)

_COMMAND_MODULES = [
    "khabar.ingest.commands",
    "khabar.entities.commands",
    "khabar.kb.commands",
    "khabar.time.commands",
    "khabar.amounts.commands",
    "khabar.quotes.commands",
    "khabar.events.commands",
    "khabar.store.commands",
    "khabar.scale.commands",
]

DisableOpt = Annotated[list[str] | None, typer.Option("--disable", help="Switch a stage off (repeatable).")]


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def build_config(disable: list[str] | None, ner_backend: str = "crf", ner_model: str | None = None):
    from khabar.pipeline import PipelineConfig

    disabled: set[str] = set()
    for d in disable or []:
        disabled |= {x.strip() for x in d.split(",") if x.strip()}
    return PipelineConfig(disabled=disabled, ner_backend=ner_backend, ner_model=ner_model)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for plain text.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="json (indented) or jsonl (one per line).")] = "json",
    disable: DisableOpt = None,
    ner_backend: Annotated[str, typer.Option(help="crf (shipped) or transformers.")] = "crf",
    model: Annotated[
        str | None, typer.Option(help="Local model directory for --ner-backend transformers.")
    ] = None,
) -> None:
    """Extract one JSON document per article and print it."""
    from khabar.ingest import IngestError, read_inputs
    from khabar.pipeline import Pipeline

    if fmt not in ("json", "jsonl"):
        raise typer.BadParameter("--format must be json or jsonl")
    try:
        pipeline = Pipeline(build_config(disable, ner_backend, model))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    failed = 0
    for item in read_inputs(inputs, published=_published(published)):
        if isinstance(item, IngestError):
            failed += 1
            err.print(f"[red]error[/red] {item}", highlight=False)
            continue
        doc = pipeline(item)
        sys.stdout.write(doc.to_json(indent=2 if fmt == "json" else None) + "\n")
    if failed:
        err.print(f"{failed} input(s) failed", highlight=False)
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the document."""
    from khabar.document import json_schema_text

    sys.stdout.write(json_schema_text() + "\n")


@app.command()
def stages() -> None:
    """List the pipeline stages in order."""
    from khabar.pipeline import stage_names

    for name in stage_names():
        sys.stdout.write(name + "\n")


@app.command()
def demo(
    store: Annotated[str, typer.Option(help="Store URL or SQLite path.")] = ".demo/khabar.db",
    serve: Annotated[bool, typer.Option(help="Start the web UI afterwards.")] = False,
) -> None:
    """Run the pipeline on the bundled examples into the embedded store and show where to look."""
    from khabar.demo import run_demo

    run_demo(Path(store), serve=serve)


def main() -> None:
    groups = Groups(app=app, eval=eval_app, train=train_app, build=build_app)
    for module in _COMMAND_MODULES:
        importlib.import_module(module).register(groups)
    app()


if __name__ == "__main__":
    main()
