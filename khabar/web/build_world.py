"""Build the web UI's world outline (``static/world.json``) from Natural Earth 1:110m countries.

The outline ships with khabar, so the map needs no tile server. It was built, offline, from the
``naturalearth_lowres`` shapefile that geopandas 0.14 bundles (Natural Earth, public domain):

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne && unzip -o /tmp/ne/*.whl 'geopandas/datasets/*' -d /tmp/ne
    pip install --target /tmp/ne/lib pyshp
    PYTHONPATH=/tmp/ne/lib python -m khabar.web.build_world \
        /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp khabar/web/static/world.json

Output: ``{"source": ..., "scale": 10, "countries": [{"iso": "EG", "name": "Egypt", "rings": [[x0, y0,
x1, y1, ...], ...]}]}`` with longitude and latitude times ``scale`` as integers, rings simplified
(Douglas-Peucker, 0.15 degree). Deterministic: the same shapefile gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SCALE = 10
TOLERANCE = 0.15  # degrees


def _dp(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = 0.0, -1
        for i in range(a + 1, b):
            x0, y0 = points[i]
            d = (
                abs(dy * x0 - dx * y0 + x2 * y1 - y2 * x1) / norm
                if norm
                else ((x0 - x1) ** 2 + (y0 - y1) ** 2) ** 0.5
            )
            if d > best:
                best, idx = d, i
        if best > tol and idx > 0:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def build(shp: Path) -> dict:
    import shapefile  # pyshp

    reader = shapefile.Reader(str(shp))
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for rec, shape in zip(reader.records(), reader.shapes(), strict=True):
        attrs = dict(zip(fields, rec, strict=True))
        pts = shape.points
        parts = list(shape.parts) + [len(pts)]
        rings = []
        for a, b in zip(parts[:-1], parts[1:], strict=True):
            ring = _dp([(float(x), float(y)) for x, y in pts[a:b]], TOLERANCE)
            flat: list[int] = []
            last = None
            for x, y in ring:
                q = (round(x * SCALE), round(y * SCALE))
                if q != last:
                    flat += q
                    last = q
            if len(flat) >= 6:
                rings.append(flat)
        iso = attrs.get("iso_a3") or ""
        countries.append({"iso3": iso, "name": attrs.get("name"), "rings": rings})
    countries.sort(key=lambda c: (c["name"] or "", c["iso3"]))
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14 naturalearth_lowres",
        "scale": SCALE,
        "countries": countries,
    }


def main(argv: list[str]) -> int:
    shp, out = Path(argv[0]), Path(argv[1])
    data = build(shp)
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{out}: {len(data['countries'])} countries, {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
