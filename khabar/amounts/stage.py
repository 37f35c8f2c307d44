"""Pipeline stage ``amounts``: numbers with their unit, currency or counted object.

Numbers inside time expressions are not amounts: the stage reads ``doc.times`` when the ``times``
stage has run, and finds the time spans itself otherwise.
"""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.amounts.extract import extract_amounts
    from khabar.time.extract import extract_times

    times_enabled = "times" not in config.disabled

    def amounts(doc: Document) -> None:
        nt = doc.layer.normalized
        times = doc.times if (times_enabled and doc.times) else extract_times(doc.text, doc.published, nt)
        doc.amounts = extract_amounts(doc.text, [(t.start, t.end) for t in times], normalized=nt)

    return amounts
