"""Firing audit: the events a code change alters on plain news that no gold set holds.

Every rule a round keeps (eval/events/README.md) must also be right where it fires on news nobody annotated: the
rounds read 20 of its changes on plain SaudiNewsNet articles and keep it only if 15 are right. Until now each
round wrote its own script under /tmp. This one makes the reading reproducible for any two versions of the code:
it runs the pipeline of the current checkout and of a base revision (a temporary git worktree) over the same
articles and writes every event whose type, polarity, modality, actor, target, place or date differs, with its
sentence, for a reader to judge.

    python eval/events/firing_audit.py --base main~3 [--n 300] [--seed 48] [--pattern REGEX] [--out FILE]

Articles: SaudiNewsNet (CC BY-NC-SA 4.0: evaluation only), none whose URL is in any ``eval/**/*.jsonl`` (so no
tuning or held-out article), those matching ``--pattern`` if given, shuffled with ``--seed``, the first ``--n``;
each is read as published on its ``date_extracted`` day, its first 6,000 characters. Run from the repository root.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
# the sibling sampling scripts import one another by module name, as when run from eval/events
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_factuality_test19 import gold_urls  # noqa: E402  (every url / article_url of eval/**/*.jsonl)

NEWS = REPO.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
FIELDS = ("type", "polarity", "modality", "actor", "target", "place", "date")
CHARS = 6000


def draw(n: int, seed: int, pattern: str | None, news: Path = NEWS) -> list[dict[str, str]]:
    """The audit's articles: in no gold file, matching ``pattern``, shuffled with ``seed``, the first ``n``."""
    gold, rx = gold_urls(""), re.compile(pattern) if pattern else None  # "": no gold file of its own
    arts = []
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            url, text = (a.get("url") or "").strip(), a.get("content") or ""
            if text and url not in gold and (rx is None or rx.search(text)):
                arts.append({"url": url, "date": (a.get("date_extracted") or "")[:10], "text": text[:CHARS]})
    random.Random(seed).shuffle(arts)
    return arts[:n]


def event_rows(doc: Any) -> list[dict[str, Any]]:
    """One row per event of a document: its trigger span, the audited fields (parties and place by name) and its
    sentence."""
    names = {e.id: e.name for e in doc.entities}
    rows = []
    for ev in doc.events:
        if ev.trigger is None:
            continue
        s = next(((a, b) for a, b in doc.layer.sentences if a <= ev.trigger.start < b), None)
        rows.append(
            {
                "start": ev.trigger.start,
                "end": ev.trigger.end,
                "trigger": ev.trigger.text,
                "type": ev.type,
                "polarity": ev.polarity,
                "modality": ev.modality,
                "actor": names.get(ev.actor or ""),
                "target": names.get(ev.target or ""),
                "place": names.get(ev.place or ""),
                "place_source": ev.place_source,
                "date": ev.date,
                "sentence": doc.text[s[0] : s[1]] if s else "",
                "sentence_start": s[0] if s else None,
            }
        )
    return rows


def article_rows(arts: Iterable[dict[str, str]]) -> Iterator[tuple[str, list[dict[str, Any]] | None]]:
    """This interpreter's khabar over the articles: each one's URL and event rows, or None for an article the
    pipeline cannot read (reported on stderr, not fatal to the audit)."""
    from khabar.eval.events import DEFAULT_STAGES, make_runner

    run = make_runner(DEFAULT_STAGES)
    for a in arts:
        pub = date.fromisoformat(a["date"]) if a["date"] else None
        try:
            rows = event_rows(run(a["text"], "ar", pub))
        except Exception as exc:
            print(f"error {a['url']}: {exc}", file=sys.stderr)
            rows = None
        yield a["url"], rows


def dump(articles: Path, out: Path) -> None:
    """Run this interpreter's khabar over the articles and write their event rows (one JSON line an article)."""
    arts = (json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines())
    with out.open("w", encoding="utf-8") as w:
        for url, rows in article_rows(arts):
            w.write(json.dumps({"url": url, "events": rows}, ensure_ascii=False) + "\n")


def changes(base: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events of one article that differ: matched by trigger span; an event only one side has is "added" or
    "removed", one whose audited fields differ is "changed" with the fields and both values."""
    old = {(r["start"], r["end"]): r for r in base}
    cur = {(r["start"], r["end"]): r for r in new}
    out = []
    for key in sorted(old.keys() | cur.keys()):
        a, b = old.get(key), cur.get(key)
        if a is None or b is None:
            r = b or a
            assert r is not None
            out.append({"kind": "added" if a is None else "removed", "trigger": r["trigger"], "event": r})
            continue
        diff = {f: [a[f], b[f]] for f in FIELDS if a[f] != b[f]}
        if diff:
            out.append({"kind": "changed", "trigger": b["trigger"], "fields": diff, "sentence": b["sentence"]})
    return out


def _run_dump(code: Path, articles: Path, out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(code))
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--dump", str(articles), str(out)], env=env,
                   cwd=code, check=True)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="firing_audit.py", description=__doc__.splitlines()[0])
    ap.add_argument("--base", help="the git revision to compare the current checkout with")
    ap.add_argument("--n", type=int, default=300, help="articles (default 300)")
    ap.add_argument("--seed", type=int, default=48)
    ap.add_argument("--pattern", help="only articles whose text matches this regular expression")
    ap.add_argument("--out", type=Path, help="write the changes here (JSON lines; default stdout)")
    ap.add_argument("--dump", nargs=2, type=Path, metavar=("ARTICLES", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.dump:
        dump(*args.dump)
        return 0
    if not args.base:
        ap.error("--base REV is required")
    arts = draw(args.n, args.seed, args.pattern)
    with tempfile.TemporaryDirectory(prefix="khabar-audit-") as tmp:
        t = Path(tmp)
        (t / "shared").symlink_to(REPO.parent / "shared")  # the base worktree finds ../shared as the repo does
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(t / "base"), args.base],
                       check=True)  # fmt: skip
        try:
            (t / "articles.jsonl").write_text(
                "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8"
            )
            _run_dump(t / "base", t / "articles.jsonl", t / "base.jsonl")
            _run_dump(REPO, t / "articles.jsonl", t / "new.jsonl")
            base_docs = [json.loads(x) for x in (t / "base.jsonl").read_text(encoding="utf-8").splitlines()]
            new_docs = [json.loads(x) for x in (t / "new.jsonl").read_text(encoding="utf-8").splitlines()]
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(t / "base")], check=False)
    rows, kinds, fields = [], Counter(), Counter()
    for a, b in zip(base_docs, new_docs, strict=True):
        if a["events"] is None or b["events"] is None:
            continue
        for c in changes(a["events"], b["events"]):
            rows.append({"url": a["url"], **c})
            kinds[c["kind"]] += 1
            fields.update(c.get("fields", {}).keys())
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    summary = {"articles": len(arts), "changed_events": len(rows), "kinds": kinds, "fields": fields}
    print(json.dumps(summary, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
