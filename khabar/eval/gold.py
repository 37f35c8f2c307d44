"""Reading the hand-annotated gold sets in ``eval/<area>/gold_*.jsonl``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_gold(gold_dir: Path, split: str | None = None, lang: str | None = None) -> list[dict[str, Any]]:
    """Items of every ``gold_*.jsonl`` in ``gold_dir`` (file-name order), filtered by split and language."""
    items = []
    for path in sorted(gold_dir.glob("gold_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if (split in (None, "all") or item["split"] == split) and (
                    lang is None or item["lang"] == lang
                ):
                    items.append(item)
    return items
