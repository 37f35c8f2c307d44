"""``khabar demo``: the bundled example articles through the whole pipeline into the store, then the UI."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from khabar.document import Document

console = Console()


def example_documents() -> list[Document]:
    from khabar.ingest import document_from_text

    root = resources.files("khabar") / "examples"
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    docs = []
    for item in manifest:
        doc = document_from_text(
            (root / item["file"]).read_text(encoding="utf-8"),
            input_name=item["file"],
            published=date.fromisoformat(item["published"]),
            title=item.get("title"),
            source=item.get("source"),
            url=f"khabar:examples/{item['file']}",
        )
        if isinstance(doc, Document):
            docs.append(doc)
    return docs


def run_demo(
    store_path: Path, serve: bool = False, host: str = "127.0.0.1", port: int = 8000
) -> list[Document]:
    from khabar.pipeline import Pipeline
    from khabar.store import open_store

    pipeline = Pipeline()
    docs = [pipeline(d) for d in example_documents()]
    store_path.parent.mkdir(parents=True, exist_ok=True)
    out = store_path.parent / "documents.jsonl"
    out.write_text("".join(d.to_json() + "\n" for d in docs), encoding="utf-8")
    store = open_store(store_path)
    store.put_many(docs)
    total = store.count()
    store.close()
    table = Table(title="khabar demo")
    for col in ("article", "lang", "entities", "times", "amounts", "quotes", "events", "errors"):
        table.add_column(col)
    for d in docs:
        table.add_row(
            (d.title or d.id)[:40], d.language or "?", str(len(d.entities)), str(len(d.times)),
            str(len(d.amounts)), str(len(d.quotes)), str(len(d.events)), str(len(d.errors)),
        )  # fmt: skip
    console.print(table)
    console.print(f"documents written to {out}")
    console.print(f"store: {store_path} ({total} articles)")
    url = f"http://{host}:{port}/"
    if serve:
        import uvicorn

        from khabar.api.app import create_app

        console.print(f"web UI: {url}  (Ctrl-C to stop)")
        uvicorn.run(
            create_app(store=str(store_path), read_only=True), host=host, port=port, log_level="warning"
        )
    else:
        console.print(f"web UI: {url}  start it with: .venv/bin/khabar serve --store {store_path}")
    return docs
