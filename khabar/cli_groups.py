"""The CLI's command groups, handed to each package's ``commands.register``."""

from __future__ import annotations

from dataclasses import dataclass

import typer


@dataclass(frozen=True)
class Groups:
    app: typer.Typer  # top level: khabar extract, khabar run, ...
    eval: typer.Typer  # khabar eval ner|geo|link|time|amounts|quotes|events|html|dedup
    train: typer.Typer  # khabar train ner
    build: typer.Typer  # khabar build kb
