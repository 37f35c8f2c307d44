"""khabar's web UI: static HTML, JS and CSS (no CDN, no build step), served by the API app."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

STATIC = Path(str(resources.files("khabar.web") / "static"))


def mount_ui(app: Any) -> None:
    from fastapi.responses import FileResponse
    from fastapi.staticfiles import StaticFiles

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")
