from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).parent
RESULTS = HERE / "results"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if not m.name.startswith("_"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks")
    ap.add_argument("names", nargs="*", help=f"benchmarks to run (default: all): {', '.join(available())}")
    ap.add_argument("--quick", action="store_true", help="smaller inputs, for a quick look")
    args = ap.parse_args(argv)
    names = args.names or available()
    unknown = set(names) - set(available())
    if unknown:
        ap.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    RESULTS.mkdir(exist_ok=True)
    console = Console()
    status = 0
    for name in names:
        mod = importlib.import_module(f"benchmarks.{name}")
        t0 = time.perf_counter()
        try:
            rows = mod.run(quick=args.quick)
        except FileNotFoundError as exc:
            console.print(f"[yellow]{name}: skipped, missing data: {exc}[/yellow]")
            status = 1
            continue
        rows = rows if isinstance(rows, list) else [rows]
        result = {
            "benchmark": name,
            "quick": args.quick,
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {"python": sys.version.split()[0], "platform": platform.platform()},
            "seconds": round(time.perf_counter() - t0, 2),
            "rows": rows,
        }
        (RESULTS / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=2))
        table = Table(title=f"{name}{' (quick)' if args.quick else ''}")
        cols = list(dict.fromkeys(k for r in rows for k in r))
        for c in cols:
            table.add_column(c)
        for r in rows:
            table.add_row(*[_fmt(r.get(c)) for c in cols])
        console.print(table)
        console.print(f"wrote {RESULTS / (name + '.json')}")
    return status


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 100 else f"{v:,.1f}"
    return "" if v is None else str(v)


if __name__ == "__main__":
    raise SystemExit(main())
