"""Joint toponym resolution (khabar.kb.geocoder) on the shipped knowledge base."""

from __future__ import annotations

import pytest

from khabar.kb.curated import CURATED_DIR, read_tsv
from khabar.kb.geocoder import Geocoder, _expand, haversine


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder()


def _where(e: object) -> tuple[str | None, str | None]:
    return getattr(e, "country", None), getattr(e, "admin1", None)


def test_context_picks_the_homonym_in_the_named_state(geo: Geocoder) -> None:
    alone, with_state = geo.resolve(["Paris"]), geo.resolve(["Paris", "Texas"])
    assert _where(alone[0])[0] == "FR"
    assert _where(with_state[0]) == ("US", "TX")


def test_geographic_coherence_keeps_an_articles_towns_together(geo: Geocoder) -> None:
    res = geo.resolve(["Portland", "Augusta", "Bangor"])
    assert [_where(e) for e in res] == [("US", "ME")] * 3
    # each alone goes elsewhere: Portland, Oregon is the bigger one
    assert _where(geo.resolve(["Portland"])[0]) == ("US", "OR")


def test_abbreviations_are_spelt_out() -> None:
    assert _expand("St. Paris") == "Saint Paris"
    assert _expand("Mt. Pleasant") == "Mount Pleasant"
    assert _expand("Platte Co.") == "Platte County"
    assert _expand("Stanford") == "Stanford"


def test_abbreviated_town_and_county_resolve(geo: Geocoder) -> None:
    town, _ = geo.resolve(["St. Paris", "Ohio"])
    county, _ = geo.resolve(["Platte Co.", "Nebraska"])
    assert town is not None and town.name_en == "Saint Paris" and _where(town) == ("US", "OH")
    assert county is not None and county.kind == "admin2" and _where(county) == ("US", "NE")


def test_demonym_resolves_to_its_place(geo: Geocoder) -> None:
    (e,) = geo.resolve(["Ohioans"])
    assert e is not None and e.kind == "admin1" and e.name_en == "Ohio"


def test_acronym_is_never_a_town_spelt_like_a_word(geo: Geocoder) -> None:
    (e,) = geo.resolve(["EU"])
    assert e is not None and e.kind != "town"


def test_body_without_a_point_is_placed_at_its_country(geo: Geocoder) -> None:
    (e,) = geo.resolve(["Bank of England"])
    assert e is not None and e.country == "GB" and e.lat is not None
    assert haversine(e.lat, e.lon, 51.5, -0.1) < 500


def test_unknown_local_name_falls_back_to_the_articles_focus_only_when_asked(geo: Geocoder) -> None:
    names = ["Springfield", "Springfield", "Illinois", "Third Presbyterian Church"]
    focus = geo.resolve(names)
    assert focus[3] is not None and focus[3].id == focus[0].id and _where(focus[0]) == ("US", "IL")
    old = geo.focus_fallback
    geo.focus_fallback = None
    try:
        assert geo.resolve(names)[3] is None
    finally:
        geo.focus_fallback = old


def test_more_places_rows_carry_points_and_unique_names() -> None:
    rows = list(read_tsv(CURATED_DIR / "92-more-places.tsv"))
    assert len(rows) >= 80
    assert all(r.lat is not None and r.lon is not None for r in rows)
    names = [(r.type, r.name_en) for r in rows]
    assert len(names) == len(set(names))


def test_linker_geocodes_english_places_jointly(geo: Geocoder) -> None:
    from khabar.document import Document, Entity, Mention
    from khabar.kb.linker import Linker

    text = "Officials in Paris said flooding had closed roads across Texas on Monday."
    ents = [
        Entity(id=f"e{i}", type="GPE", name=n, mentions=[Mention(start=s, end=s + len(n), text=n)])
        for i, n in enumerate(["Paris", "Texas"], start=1)
        for s in [text.index(n)]
    ]
    doc = Document(id="t", text=text, entities=ents)
    Linker(geo.kb)(doc)
    paris = next(e for e in doc.entities if e.name == "Paris")
    assert paris.geo is not None and paris.geo.country == "US"
    assert haversine(paris.geo.lat, paris.geo.lon, 33.66, -95.56) < 20  # Paris, Texas


def test_linker_places_an_unknown_local_name_at_the_focus_without_an_identity(geo: Geocoder) -> None:
    from khabar.document import Document, Entity, Mention
    from khabar.kb.linker import Linker

    text = (
        "Springfield police said a fire damaged Third Presbyterian Church on Monday. "
        "The Springfield fire chief said no one was hurt."
    )
    spans = [("Springfield", 0), ("Third Presbyterian Church", text.index("Third")),
             ("Springfield", text.rindex("Springfield"))]  # fmt: skip
    ents = [
        Entity(id=f"e{i}", type="LOC", name=n, mentions=[Mention(start=s, end=s + len(n), text=n)])
        for i, (n, s) in enumerate(spans, start=1)
    ]
    doc = Document(id="t", text=text, entities=ents)
    Linker(geo.kb)(doc)
    town = next(e for e in doc.entities if e.name == "Springfield")
    church = next(e for e in doc.entities if e.name.startswith("Third"))
    assert town.geo is not None and town.geo.basis == "kb" and town.kb.geonames
    # the church gets the town's point, marked approximate, and never the town's identity
    assert church.geo is not None and church.geo.basis == "article_focus"
    assert (church.geo.lat, church.geo.lon) == (town.geo.lat, town.geo.lon)
    assert church.kb.geonames is None and church.kb.wikidata is None and church.name_en is None
