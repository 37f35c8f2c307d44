"""``khabar eval link``: linking accuracy on the hand-annotated Arabic news mentions in eval/link/.

Each gold item is a sentence with one annotated mention (its text, type and gold GeoNames id,
Wikidata QID, or NIL). The sentence's annotated mentions become the document's entities (gold
spans, as in the geoparsing evaluation), the ``link`` stage runs, and the entity holding the
mention is compared with the gold: right when its GeoNames id (or, for non-places, its QID)
equals the gold, or when both are NIL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from khabar.document import Document, Entity, Mention

GOLD_DIR = Path(__file__).resolve().parents[2] / "eval" / "link"


def load_gold(directory: Path = GOLD_DIR, split: str = "all") -> list[dict[str, Any]]:
    items = []
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    items.append(json.loads(line))
    if split != "all":
        items = [it for it in items if it["split"] == split]
    return items


def _correct(item: dict[str, Any], ent: Entity | None) -> bool:
    got_q = ent.kb.wikidata if ent else None
    got_g = ent.kb.geonames if ent else None
    if item["nil"]:
        return got_q is None and got_g is None
    if item.get("geonames") is not None:
        return got_g == item["geonames"]
    return got_q == item["qid"]


def evaluate(split: str = "all", kb: str | Path | None = None, directory: Path = GOLD_DIR) -> dict[str, Any]:
    from khabar.kb.base import open_kb
    from khabar.kb.linker import Linker

    linker = Linker(open_kb(kb))
    items = load_gold(directory, split)
    by_sentence: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for it in items:
        by_sentence[(it["article"], it["sentence"])].append(it)
    results = []
    for (article, sentence), its in by_sentence.items():
        ents = []
        for k, it in enumerate(its, start=1):
            s = it["start"]
            ents.append(
                Entity(
                    id=f"e{k}",
                    type=it["type"],
                    name=it["mention"],
                    mentions=[Mention(start=s, end=s + len(it["mention"]), text=it["mention"])],
                )
            )
        doc = Document(id=str(article), text=sentence, entities=ents)
        linker(doc)
        for it in its:
            s = it["start"]
            ent = next((e for e in doc.entities if any(m.start == s for m in e.mentions)), None)
            ok = _correct(it, ent)
            results.append(
                {
                    "id": it["id"], "split": it["split"], "mention": it["mention"], "type": it["type"],
                    "gold": "NIL" if it["nil"] else (it.get("geonames") or it.get("qid")),
                    "got": (ent.kb.geonames or ent.kb.wikidata) if ent else None,
                    "got_name": ent.name_en if ent else None, "correct": ok, "nil": it["nil"],
                }
            )  # fmt: skip
    return summarize(results)


def summarize(results: list[dict[str, Any]]) -> dict[str, Any]:
    def acc(rs: list[dict[str, Any]]) -> dict[str, Any]:
        n = len(rs)
        return {"n": n, "accuracy": round(sum(r["correct"] for r in rs) / n, 4) if n else None}

    out: dict[str, Any] = {"all": acc(results)}
    for split in ("dev", "test"):
        out[split] = acc([r for r in results if r["split"] == split])
    out["nil"] = acc([r for r in results if r["nil"]])
    out["linked_gold"] = acc([r for r in results if not r["nil"]])
    for t in sorted({r["type"] for r in results}):
        out[f"type:{t}"] = acc([r for r in results if r["type"] == t])
    out["errors"] = [r for r in results if not r["correct"]]
    return out


def print_report(report: dict[str, Any], show_errors: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="khabar eval link (Arabic news, gold mentions)")
    table.add_column("subset")
    table.add_column("n", justify="right")
    table.add_column("accuracy", justify="right")
    for k, v in report.items():
        if k == "errors" or not v["n"]:
            continue
        table.add_row(k, str(v["n"]), f"{v['accuracy']:.3f}")
    console = Console()
    console.print(table)
    if show_errors:
        for e in report["errors"]:
            console.print(
                f"{e['id']} [{e['split']}] {e['mention']} ({e['type']}): gold {e['gold']} got {e['got']} {e['got_name'] or ''}"
            )
