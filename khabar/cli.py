"""The ``khabar`` command line. Each package adds its own commands in ``<package>/commands.py``."""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Iterable
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
    "khabar.training.commands_neural",
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
    from khabar.ingest.dates import parse_date

    try:
        return parse_date(date.fromisoformat(value))
    except ValueError as exc:
        why = str(exc) if "implausible" in str(exc) else f"not an ISO date (YYYY-MM-DD): {value!r}"
        raise typer.BadParameter(why) from None


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
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD) for plain text; overrides a page's own date."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="json (indented) or jsonl (one per line).")] = "json",
    input_format: Annotated[
        str | None,
        typer.Option("--input-format", help="Force the input format: text, html, jsonl, json, feed or warc."),
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            help="JSONL/JSON key for a document field, e.g. --field text=content --field published=date "
            "(repeatable; NAME=KEY[,KEY...], NAME in text, title, published, url, source, author, id, html, language).",
        ),
    ] = None,
    disable: DisableOpt = None,
    ner_backend: Annotated[
        str,
        typer.Option(
            help="crf (shipped), neural (weights built by `khabar train ner-neural`) or transformers."
        ),
    ] = "crf",
    model: Annotated[
        str | None,
        typer.Option(
            help="Local model directory for --ner-backend transformers, or neural weights (file or folder)."
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on stderr (default: on for more than one input or a terminal).",
        ),
    ] = None,
) -> None:
    """Extract one JSON document per article and print it.

    Formats: plain text (UTF-8/16, cp1256, ISO-8859-6 detected), HTML, JSONL/JSON, RSS/Atom, WARC,
    any of them gzip'd; chosen by extension or by content. Bad inputs (empty, binary, undecodable,
    too large for one article, invalid dates...) are reported one line each on stderr and skipped;
    the exit code is 1 when any input failed.
    """
    from khabar.ingest import IngestError, JsonlFields, input_files, read_inputs
    from khabar.ingest.formats import FORMATS
    from khabar.pipeline import Pipeline

    if fmt not in ("json", "jsonl"):
        raise typer.BadParameter("--format must be json or jsonl")
    if input_format is not None and input_format not in FORMATS:
        raise typer.BadParameter(f"--input-format must be one of {', '.join(FORMATS)}")
    try:
        fields = JsonlFields.from_options(field or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    pub = _published(published)
    try:
        pipeline = Pipeline(build_config(disable, ner_backend, model))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    files = input_files(inputs)
    show = progress if progress is not None else (len(files) > 1 or err.is_terminal)
    failed = written = 0
    out = sys.stdout

    def handle(item: object) -> tuple[int, int]:
        nonlocal failed, written
        if isinstance(item, IngestError):
            failed += 1
            err.print(f"[red]error[/red] {_escape(str(item))}", highlight=False, soft_wrap=True)
        else:
            doc = pipeline(item)  # type: ignore[arg-type]
            out.write(doc.to_json(indent=2 if fmt == "json" else None) + "\n")
            written += 1
        return written, failed

    try:
        read = functools.partial(read_inputs, published=pub, fields=fields, fmt=input_format)
        _run_batch(files, show, handle, read)
    except BrokenPipeError:  # `khabar extract ... | head`: the reader left, not an error
        sys.stderr.close()
        raise typer.Exit(0) from None
    out.flush()
    if failed:
        err.print(f"{written} document(s) written, {failed} input(s) failed", highlight=False)
        raise typer.Exit(1)


def _run_batch(
    files: list[str],
    show: bool,
    handle: Callable[[object], tuple[int, int]],
    read: Callable[[list[str]], Iterable[object]],
) -> None:
    """Read every input and hand each item to ``handle``; a progress bar per input when ``show``."""
    if not show:
        for item in read(files):
            handle(item)
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        columns = (
            TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("inputs"),
            TextColumn("{task.fields[docs]} docs, {task.fields[errors]} errors"), TimeElapsedColumn(),
        )  # fmt: skip
        with Progress(*columns, console=err, transient=False) as bar:
            task = bar.add_task("extract", total=len(files), docs=0, errors=0)
            for name in files:
                for item in read([name]):
                    docs, errors = handle(item)
                    bar.update(task, docs=docs, errors=errors)
                bar.advance(task)


def _escape(s: str) -> str:
    from rich.markup import escape

    return escape(s)


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


_registered = False


def get_app() -> typer.Typer:
    """The app with every package's commands registered (once), e.g. for typer's CliRunner."""
    global _registered
    if not _registered:
        groups = Groups(app=app, eval=eval_app, train=train_app, build=build_app)
        for module in _COMMAND_MODULES:
            importlib.import_module(module).register(groups)
        _registered = True
    return app


def main() -> None:
    get_app()()


if __name__ == "__main__":
    main()
