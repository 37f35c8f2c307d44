"""khabar benchmarks: ``python -m benchmarks [NAME ...] [--quick]``.

Each module ``benchmarks/<name>.py`` defines ``run(quick: bool) -> dict`` returning flat
``{"metric": value}`` rows (or a list of them); the runner writes ``benchmarks/results/<name>.json``
and prints a table.
"""
