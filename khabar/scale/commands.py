"""CLI commands of `khabar.scale`. Heavy imports stay inside the command functions."""

from __future__ import annotations

from khabar.cli_groups import Groups


def register(cli: Groups) -> None:
    return None
