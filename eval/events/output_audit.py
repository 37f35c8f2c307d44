"""Output audit: a reproducible sample of the events this checkout outputs on news nobody annotated, for reading.

The gold sets measure what the rules find on items people chose; an output audit measures what users get: the
events of one kind the system outputs on fresh articles (how many are real events, how many of its
``positive/asserted`` events are really asserted ...). Rounds used to draw such samples with scripts under /tmp;
this command makes the draw and the count rerunnable by anyone.

    python eval/events/output_audit.py draw --articles 400 --seed 7 [--pattern REGEX] [--label positive/asserted]
        [--before REGEX] [--placed] [--per-article 1] [--take 150] --out audit.tsv
    python eval/events/output_audit.py score audit.tsv
    python eval/events/output_audit.py rerun audit.tsv --out after.tsv   (then ``score after.tsv``)

``draw`` runs the current checkout over the articles of ``firing_audit.draw`` (SaudiNewsNet, none in any gold file,
those matching ``--pattern``, shuffled with ``--seed``), keeps the events whose ``polarity/modality`` is ``--label``
and whose sentence matches ``--before`` somewhere before the trigger, at most ``--per-article`` an article, shuffles
them with the same seed and writes the first ``--take`` as a TSV with an empty ``judgement`` column (and ``note``)
for a reader to fill: the label the reader gives by the guideline of eval/events/README.md (``asserted``,
``planned``, ``reported`` ..., or ``none`` for no event). ``score`` counts the judgements against the system's
labels. ``rerun`` measures a read sample on another checkout (after a rule): it runs this checkout over the
sample's articles, gives each row the label this checkout outputs for the event with the same trigger in the same
sentence (``gone`` when there is none), keeps the reader's judgements and notes, and writes the rows whose label
changed with ``changed`` in a column of their own, to be re-read before ``score``. The files hold SaudiNewsNet excerpts (CC BY-NC-SA 4.0): evaluation only, never shipped. They are TSV, not
JSONL, on purpose: the samplers' pools leave out the URLs of ``eval/**/*.jsonl`` and must not move.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from firing_audit import CHARS, FIELDS, NEWS, article_rows  # noqa: E402
from firing_audit import draw as draw_articles  # noqa: E402

COLUMNS = ("url", "trigger", "type", "polarity", "modality", "actor", "target", "place", "place_source", "date", "before",
           "sentence", "judgement", "note")  # fmt: skip
RERUN_COLUMNS = (*COLUMNS, "changed")


def sample(rows_by_article: list[tuple[str, list[dict[str, Any]]]], label: str | None, before: str | None,
           per_article: int, take: int, seed: int, placed: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    """The audited events: of ``label``, with ``before`` matched before the trigger in its sentence (``placed``:
    with a place, from the sentence or the dateline), at most ``per_article`` an article (the first ones),
    shuffled with ``seed``, the first ``take``."""
    rx = re.compile(before) if before else None
    kept = []
    for url, rows in rows_by_article:
        n = 0
        for r in rows:
            if label and f"{r['polarity']}/{r['modality']}" != label:
                continue
            if placed and not r.get("place"):
                continue
            start = r.get("sentence_start")
            head = r["sentence"][: r["start"] - start] if start is not None else ""
            m = rx.search(head) if rx else None
            if rx and m is None:
                continue
            kept.append({"url": url, **r, "before": m.group(0) if m else "", "judgement": "", "note": ""})
            n += 1
            if n >= per_article:
                break
    random.Random(seed).shuffle(kept)
    return kept[:take]


def run_articles(arts: list[dict[str, str]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """This checkout's event rows of each article; an article the pipeline cannot read is reported (by
    `firing_audit.article_rows`) and skipped."""
    return [(url, rows) for url, rows in article_rows(arts) if rows is not None]


def write_tsv(rows: list[dict[str, Any]], out: Path, columns: tuple[str, ...] = COLUMNS) -> None:
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, columns, delimiter="\t", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: (" ".join(str(r.get(k) or "").split())) for k in columns})


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _flat(text: str) -> str:
    return " ".join(text.split())


def articles_by_url(urls: set[str], news: Path = NEWS) -> list[dict[str, str]]:
    """The news articles with these URLs, as ``firing_audit.draw`` gives them (the same text cut, the same date)."""
    arts = []
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            url = (a.get("url") or "").strip()
            if url in urls and a.get("content"):
                arts.append({"url": url, "date": (a.get("date_extracted") or "")[:10], "text": a["content"][:CHARS]})
                urls = urls - {url}  # a URL twice in the corpus: its first record (a draw may have kept either)
    return arts


def rerun(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The sample's rows with this checkout's polarity and modality for the event of the same trigger in the same
    sentence (``gone``: none), the reader's judgement and note kept, ``changed`` marking a changed label."""
    current: dict[tuple[str, str, str], dict[str, Any]] = {}
    for url, evs in run_articles(articles_by_url({r["url"] for r in rows})):
        for e in evs:
            current.setdefault((url, _flat(e["trigger"]), _flat(e["sentence"])), e)
    out = []
    for r in rows:
        e = current.get((r["url"], _flat(r["trigger"]), _flat(r["sentence"])))
        pol, mod = (str(e["polarity"]), str(e["modality"])) if e is not None else ("gone", "gone")
        changed = (pol, mod) != (r["polarity"], r["modality"])
        out.append({**r, "polarity": pol, "modality": mod, "changed": "changed" if changed else ""})
    return out


def score(path: Path) -> dict[str, Any]:
    """Judgements read: how many events, how many judged, the judgements per system label and how many agree."""
    rows = read_tsv(path)
    judged = [r for r in rows if r["judgement"].strip()]
    by_label: dict[str, Counter[str]] = {}
    for r in judged:
        by_label.setdefault(f"{r['polarity']}/{r['modality']}", Counter())[r["judgement"].strip()] += 1
    agree = sum(r["judgement"].strip() in (r["modality"], f"{r['polarity']}/{r['modality']}") for r in judged)
    return {"events": len(rows), "judged": len(judged), "agree": agree,
            "judgements": {k: dict(v.most_common()) for k, v in sorted(by_label.items())}}  # fmt: skip


def _same_event(r: dict[str, str], evs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The event of `evs` with the row's trigger whose sentence holds the row's sentence or is held by it (the
    firing TSVs' sentences are whole or cut), else the first with the trigger, else None."""
    trig, sent = _flat(r.get("trigger", "")), _flat(r.get("sentence", ""))
    same = [e for e in evs if _flat(e["trigger"]) == trig]
    return next((e for e in same if sent and (sent in _flat(e["sentence"]) or _flat(e["sentence"]) in sent)),
                same[0] if same else None)  # fmt: skip


def _recorded_after(r: dict[str, str]) -> dict[str, Any]:
    """The field values a firing row recorded for the changed checkout: its ``change`` / ``fields`` column as
    `firing_audit.changes` writes it ({"field": [base, branch]}), or {} when the row has none."""
    for col in ("change", "fields"):
        try:
            got = json.loads(r.get(col) or "")
        except ValueError:
            continue
        if isinstance(got, dict):
            return {f: v[1] for f, v in got.items() if f in FIELDS and isinstance(v, list) and len(v) == 2}
    return {}


def rerun_firing(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows of a firing-audit TSV (any columns, with ``url``, ``trigger`` and ``sentence``), each with this
    checkout's event of the same trigger in the same sentence (``now``: its fields as JSON, ``gone`` when there is
    none) and ``changed`` marked where a field the row recorded for the changed code now has another value (or the
    event is gone). The reader's columns are kept."""
    evs_by_url = dict(run_articles(articles_by_url({r["url"] for r in rows if r.get("url")})))
    out = []
    for r in rows:
        e = _same_event(r, evs_by_url.get(r.get("url", ""), []))
        after = _recorded_after(r)
        if e is None:
            out.append({**r, "now": "gone", "changed": "changed"})
            continue
        now = {f: e.get(f) for f in FIELDS}
        changed = any(now.get(f) != v for f, v in after.items())
        out.append({**r, "now": json.dumps(now, ensure_ascii=False), "changed": "changed" if changed else ""})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="output_audit.py", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw", help="sample this checkout's events on fresh news into a TSV to read")
    d.add_argument("--articles", type=int, default=400, help="articles run (default 400)")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--pattern", help="only articles whose text matches this regular expression")
    d.add_argument("--label", help="only events of this polarity/modality, e.g. positive/asserted")
    d.add_argument("--before", help="only events whose sentence matches this before the trigger")
    d.add_argument("--placed", action="store_true", help="only events with a place (sentence or dateline)")
    d.add_argument("--per-article", type=int, default=1)
    d.add_argument("--take", type=int, default=150)
    d.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("score", help="count the judgements of a read TSV")
    s.add_argument("tsv", type=Path)
    r = sub.add_parser("rerun", help="a read TSV (a draw's or a firing audit's) with this checkout's events, the changed rows marked")
    r.add_argument("tsv", type=Path)
    r.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.cmd == "score":
        print(json.dumps(score(args.tsv), ensure_ascii=False, indent=1))
        return 0
    if args.cmd == "rerun":
        read = read_tsv(args.tsv)
        if read and "polarity" not in read[0]:  # a firing audit's TSV: its own columns, the event's fields added
            rows = rerun_firing(read)
            write_tsv(rows, args.out, (*read[0].keys(), "now", "changed"))
        else:
            rows = rerun(read)
            write_tsv(rows, args.out, RERUN_COLUMNS)
        print(json.dumps({"rows": len(rows), "changed": sum(bool(x["changed"]) for x in rows), "out": str(args.out)}),
              file=sys.stderr)  # fmt: skip
        return 0
    arts = draw_articles(args.articles, args.seed, args.pattern)
    rows = sample(run_articles(arts), args.label, args.before, args.per_article, args.take, args.seed,
                  args.placed)
    write_tsv(rows, args.out)
    print(json.dumps({"articles": len(arts), "events": len(rows), "out": str(args.out)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
