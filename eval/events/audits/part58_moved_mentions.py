"""(round 58) Mentions that move to another event between two revisions: ``firing_audit.py`` reports changed fields
and added / removed events, not a later mention joining another event (round 58's «خلال اللقاء» moving from the
visit to the meeting changes no field). Run from the repository root:

    python eval/events/audits/part58_moved_mentions.py draw SEED N PATTERN ARTICLES
    PYTHONPATH=<tree> python eval/events/audits/part58_moved_mentions.py dump ARTICLES OUT   (once per revision)
    python eval/events/audits/part58_moved_mentions.py compare BASE_OUT NEW_OUT

``part58_moved.tsv``: draw 5803 1500 '(خلال|أثناء|اثناء|وخلال) (الزيارة|اللقاء|الاستقبال|الاجتماع|الجولة|المباحثات|
الاتصال|المحادثات)' (571 articles), dumps of cd4c570 and the branch, every moved mention read.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from firing_audit import draw  # noqa: E402


def dump(articles: Path, out: Path) -> None:
    from khabar.eval.events import DEFAULT_STAGES, make_runner

    run = make_runner(DEFAULT_STAGES)
    with out.open("w", encoding="utf-8") as w:
        for line in articles.read_text(encoding="utf-8").splitlines():
            a = json.loads(line)
            doc = run(a["text"], "ar", date.fromisoformat(a["date"]) if a["date"] else None)
            names = {e.id: e.name for e in doc.entities}
            evs = [
                {
                    "at": ev.trigger.start,
                    "trigger": ev.trigger.text,
                    "type": ev.type,
                    "mode": ev.mode,
                    "actor": names.get(ev.actor or ""),
                    "target": names.get(ev.target or ""),
                    "mentions": [m.trigger.start if m.trigger else m.start for m in ev.mentions],
                }
                for ev in doc.events
                if ev.trigger is not None
            ]
            w.write(
                json.dumps({"url": a["url"], "events": evs, "text": a["text"]}, ensure_ascii=False) + "\n"
            )


def _describe(e: dict[str, Any] | None) -> str:
    if e is None:
        return "-"
    return f"{e['at']} {e['trigger']} [{e['type']}/{e['mode']}] A={e['actor']} T={e['target']}"


def compare(base: Path, new: Path) -> None:
    def load(p: Path) -> dict[str, dict[str, Any]]:
        return {r["url"]: r for r in map(json.loads, p.read_text(encoding="utf-8").splitlines())}

    a, b = load(base), load(new)
    for url, ra in a.items():
        if url not in b:
            continue
        oa = {m: ev for ev in ra["events"] for m in ev["mentions"]}
        ob = {m: ev for ev in b[url]["events"] for m in ev["mentions"]}
        for at in sorted(oa.keys() | ob.keys()):
            ea, eb = oa.get(at), ob.get(at)
            if ea is not None and eb is not None and ea["at"] == eb["at"]:
                continue
            text = ra["text"]
            ctx = (
                text[max(text.rfind("\n", 0, at) + 1, at - 150) : at + 120]
                .replace("\t", " ")
                .replace("\n", " ")
            )
            print("\t".join([url, str(at), ctx, _describe(ea), _describe(eb)]))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "draw":
        with open(args[3], "w", encoding="utf-8") as w:
            for art in draw(int(args[1]), int(args[0]), args[2] or None):
                w.write(json.dumps(art, ensure_ascii=False) + "\n")
    elif cmd == "dump":
        dump(Path(args[0]), Path(args[1]))
    else:
        compare(Path(args[0]), Path(args[1]))
