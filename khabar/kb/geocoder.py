"""Joint toponym resolution (geocoding) of an article's place names on the knowledge base.

A first pass ranks each name's candidates by name match, prior (population, kind) and type; then,
for a few rounds, each name's candidates are re-scored with what the article's other names
currently mean: the countries and states they put their mass on, geographic coherence (a candidate
near the other names' likely points), and containment (a town inside a county the article names).
Spelt-out abbreviations (St., Mt., Co.), demonyms (Ohioans, Latin American) and shortened forms
("northern Iraq") are tried. A name with no good candidate falls back to the country or state it
contains ("Ohio River"), else, when ``focus_fallback`` is on, to the article's focus town (the most
mentioned resolved town): a local church, street or estate that a gazetteer of towns does not
know lies there more often than anywhere else. Entries without a point of their own (a body named
as a place) are placed at their country's point.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import Any


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_STRIP = re.compile(
    r"^(the|northern|southern|eastern|western|central|north|south|east|west|downtown|greater|upstate)\s+",
    re.I,
)
_SUFFIX = re.compile(
    r"\s+(county|parish|province|state|region|city|district|township|area|metro|valley)$", re.I
)


_GENERIC = frozenset(
    "south north east west new old lake river mount saint st. st fort port upper lower little big great "
    "county city park island islands bay beach valley national state university center centre".split()
)


_ABBREV = [
    (re.compile(r"^(St\.?|Ste\.?)\s+", re.I), "Saint "),
    (re.compile(r"^Mt\.?\s+", re.I), "Mount "),
    (re.compile(r"^Ft\.?\s+", re.I), "Fort "),
    (re.compile(r"\s+Co\.?$", re.I), " County"),
    (re.compile(r"\s+Twp\.?$", re.I), " Township"),
]


def _expand(phrase: str) -> str:
    """News abbreviations spelt out: St. Paris -> Saint Paris, Platte Co. -> Platte County."""
    for rx, full in _ABBREV:
        phrase = rx.sub(full, phrase)
    return phrase


# Heads of names of local features (a gazetteer of towns does not know them).
_LOCAL = re.compile(
    r"\b(church|cathedral|mosque|temple|hospital|airport|park|square|street|st\.|avenue|road|estate|"
    r"center|centre|university|college|school|stadium|arena|bridge|lake|river|creek|mall|prison|"
    r"jail|hall|court|museum|library|station|market|tower|building|house|office|base|camp|fort|"
    r"beach|harbou?r|port|township|village|quarter|neighbou?rhood|district|campus|plaza|"
    r"academy|field|club|hotel|cemetery)\b",
    re.I,
)


class Geocoder:
    """Joint toponym resolution for one article's English place names, on the KB."""

    def __init__(self, kb: Any = None, *, focus_fallback: str | None = "all") -> None:
        from khabar.kb.base import KnowledgeBase, open_kb
        from khabar.kb.linker import Linker

        self.kb = kb if isinstance(kb, KnowledgeBase) else open_kb(kb)
        self.linker = Linker(self.kb, min_score=1.6)
        # English toponyms in news: population and kind weigh more than in Arabic entity linking
        self.linker.w_prior = 0.7
        self.linker.w_country = 0.7
        self.linker.w_state = 0.2
        self.linker.town_penalty = 0.2
        self.linker.region_prior = 1.0
        self.w_contain = 0.3  # bonus for a town inside a county the article names, and the reverse
        self.w_near = 1.0  # weight of geographic coherence with the article's other names
        self.near_km = 150.0  # its distance scale
        self.near_k = 20  # candidates per name it looks at
        # an unresolved name lies at the article's focus town: "all" names, "local" (names with a
        # feature head: church, street, park...) or None (stay unresolved)
        self.focus_fallback = focus_fallback
        self.min_support = 0.1  # least summed state mass from the other names that counts as context

    def _cluster(self, phrase: str) -> Any:
        """The phrase and its shortened forms ("northern Iraq" -> Iraq), the shorter ones weighted down."""
        from khabar.kb.linker import Cluster

        names = [phrase]
        expanded = _expand(phrase)
        if expanded != phrase:
            names.append(expanded)  # St. Paris -> Saint Paris, Platte Co. -> Platte County
        if any(sim >= 0.99 for nm in names for _, sim in self.linker.candidates(nm)):
            return Cluster(members=[], type="PLACE", names=names)  # the full name is known: no shortening
        p = expanded
        for _ in range(2):
            q = _STRIP.sub("", p)
            if q != p:
                names.append(q)
                p = q
        q = _SUFFIX.sub("", p)
        if q != p:
            names.append(q)
        if p.endswith("'s"):
            names.append(p[:-2])
        for suf in ("ans", "ns", "n"):  # adjectives and demonyms: Latin American, Ohioans, Siberian
            base = p[: -len(suf)]
            if p.endswith(suf) and len(base) >= 4 and any(s >= 0.99 for _, s in self.linker.candidates(base)):
                names.append(base)
                break
        weights = {n: 0.95 for n in names[1:]}
        return Cluster(members=[], type="PLACE", names=names, weights=weights)

    def resolve(self, phrases: list[str], rounds: int = 3, temperature: float = 0.15) -> list[Any]:
        """Joint resolution: each name's candidates are re-scored with the countries and states
        that the other names' current candidate distributions put their mass on (a name never
        supports itself), for a few rounds."""
        distinct = list(dict.fromkeys(phrases))
        clusters = {ph: self._cluster(ph) for ph in distinct}
        mass: dict[str, tuple[dict[str, float], dict[tuple[str, str], float]]] = {}
        scored: dict[str, list[tuple[float, Any]]] = {
            ph: self._scored(ph, clusters[ph], {}) for ph in distinct
        }
        bonus = self._containment(scored)
        near: dict[str, dict[int, float]] = {}
        for _ in range(rounds):
            for ph in distinct:
                countries: dict[str, float] = defaultdict(float)
                support: dict[tuple[str, str], float] = defaultdict(float)
                for other, (cm, sm) in mass.items():
                    if other == ph:
                        continue
                    for c, v in cm.items():
                        countries[c] = min(1.0, countries[c] + v)
                    for st, v in sm.items():
                        support[st] += v
                top = max(support.values(), default=0.0)
                admin1s = (
                    {st: v / top for st, v in support.items() if v >= self.min_support}
                    if top >= self.min_support
                    else {}
                )
                b = dict(bonus.get(ph) or {})
                for i, v in near.get(ph, {}).items():
                    b[i] = b.get(i, 0.0) + v
                scored[ph] = self._scored(ph, clusters[ph], countries, admin1s, b)
            new_mass = {}
            for ph, cands in scored.items():
                if not cands:
                    continue
                best = cands[0][0]
                ws = [(math.exp((sc - best) / temperature), e) for sc, e in cands[:30]]
                z = sum(w for w, _ in ws)
                cm: dict[str, float] = defaultdict(float)
                sm: dict[tuple[str, str], float] = defaultdict(float)
                for w, e in ws:
                    if e.country:
                        cm[e.country] += w / z * (1.0 if e.kind in ("country", "admin1") else 0.5)
                        if e.admin1 and e.kind in ("admin1", "admin2", "city", "town"):
                            sm[(e.country, e.admin1)] += w / z
                if cands[0][1].kind == "admin2":
                    # a county name is a local signal: it supports every state that has such a county
                    for _, e in cands:
                        if e.kind == "admin2" and e.admin1 and e.country:
                            sm[(e.country, e.admin1)] = 1.0
                new_mass[ph] = (dict(cm), dict(sm))
            mass = new_mass
            if self.w_near:
                near = self._nearness(scored, temperature)
        out: dict[str, Any] = {}
        for ph in distinct:
            cands = scored.get(ph) or []
            e = cands[0][1] if cands and cands[0][0] >= self.linker.min_score else None
            if (
                e is not None
                and len(clusters[ph].names) > 1
                and e.kind in ("city", "town")
                and e.population < 100_000
            ):
                full = {i for n in (ph, _expand(ph)) for i, _ in self.linker.candidates(n)}
                if e.id not in full:
                    e = None  # "West Wing" is not the village of Wing: a shortened name must be a big place
            if e is None:
                e = self._fallback(ph, {})
            out[ph] = self._placed(e)
        if self.focus_fallback and any(e is None for e in out.values()):
            focus = self.focus(phrases, out)
            if focus is not None:
                for ph, e in out.items():
                    if e is None and (self.focus_fallback == "all" or _LOCAL.search(ph)):
                        out[ph] = focus
        return [out[p] for p in phrases]

    def _nearness(
        self, scored: dict[str, list[tuple[float, Any]]], temperature: float
    ) -> dict[str, dict[int, float]]:
        """Geographic coherence: a candidate near the points the article's other names probably
        mean (a kernel on the distance, weighted by their current candidate distributions) gets a
        bonus, so a local paper's Cambridge, Barton and Chesterton land together."""
        import numpy as np

        k = self.near_k
        pts: dict[str, tuple[Any, Any, Any]] = {}
        for ph, cands in scored.items():
            cs = [(sc, e) for sc, e in cands[:k] if e.lat is not None]
            if not cs:
                continue
            best = cs[0][0]
            w = np.array([math.exp((sc - best) / temperature) for sc, _ in cs])
            lat = np.radians([e.lat for _, e in cs])
            lon = np.radians([e.lon for _, e in cs])
            pts[ph] = (lat, lon, w / w.sum())
        if len(pts) < 2:
            return {}
        out: dict[str, dict[int, float]] = {}
        for ph, cands in scored.items():
            if ph not in pts:
                continue
            cs = [e for _, e in cands[:k] if e.lat is not None]
            lat1 = np.radians([e.lat for e in cs])[:, None]
            lon1 = np.radians([e.lon for e in cs])[:, None]
            total = np.zeros(len(cs))
            for other, (lat2, lon2, w) in pts.items():
                if other == ph:
                    continue
                h = (
                    np.sin((lat2 - lat1) / 2) ** 2
                    + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
                )
                d = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
                total += (np.exp(-d / self.near_km) * w).sum(axis=1)
            total /= len(pts) - 1
            out[ph] = {e.id: self.w_near * float(v) for e, v in zip(cs, total, strict=True)}
        return out

    def _scored(self, phrase: str, cl: Any, *args: Any) -> list[tuple[float, Any]]:
        """The linker's scored candidates; an acronym (EU, BC, LA) is never a town spelt like a word."""
        cands = self.linker.scored(cl, *args)
        if len(phrase) <= 3 and phrase.replace(".", "").isalpha() and phrase.isupper():
            cands = [
                (sc, e)
                for sc, e in cands
                if not (e.kind in ("city", "town", "admin2") and e.name_en and not e.name_en.isupper())
            ]
        return cands

    @staticmethod
    def focus(phrases: list[str], out: dict[str, Any]) -> Any:
        """The article's most-mentioned resolved town, city or county: where its local names lie."""
        counts: dict[int, int] = defaultdict(int)
        ents: dict[int, Any] = {}
        for ph in phrases:
            e = out.get(ph)
            if e is not None and e.lat is not None and e.kind in ("city", "town", "admin2"):
                counts[e.id] += 1
                ents[e.id] = e
        if not counts:
            return None
        return ents[max(counts, key=lambda i: counts[i])]

    def _placed(self, e: Any) -> Any:
        """An entry without a point of its own (an organisation, a body) placed at its country's point."""
        if e is None or e.lat is not None or not e.country:
            return e
        c = self.kb.country(e.country)
        if c is None or c.lat is None:
            return e
        from dataclasses import replace

        return replace(e, lat=c.lat, lon=c.lon)

    def _containment(self, scored: dict[str, list[tuple[float, Any]]]) -> dict[str, dict[int, float]]:
        """A town and a county named in one article that contain each other support each other
        (Paris + Henry County -> Paris, Tennessee in Henry County, Tennessee)."""
        counties: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        towns: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for ph, cands in scored.items():
            for _, e in cands[:40]:
                if e.kind == "admin2" and e.country and e.admin1 and e.name_en:
                    counties[(e.country, e.admin1, e.name_en)].add(ph)
                elif e.admin2 and e.country and e.admin1:
                    towns[(e.country, e.admin1, e.admin2)].add(ph)
        bonus: dict[str, dict[int, float]] = defaultdict(dict)
        for ph, cands in scored.items():
            for _, e in cands[:40]:
                if e.kind == "admin2" and e.country and e.admin1 and e.name_en:
                    others = towns.get((e.country, e.admin1, e.name_en), set()) - {ph}
                elif e.admin2 and e.country and e.admin1:
                    others = counties.get((e.country, e.admin1, e.admin2), set()) - {ph}
                else:
                    continue
                if others:
                    bonus[ph][e.id] = self.w_contain
        return bonus

    def _fallback(self, phrase: str, countries: dict[str, float]) -> Any:
        """The country or state a longer name contains ("Ohio River" -> Ohio), else None."""
        from khabar.kb.linker import Cluster

        toks = phrase.replace(",", " ").split()
        for n in range(len(toks) - 1, 0, -1):
            for i in range(0, len(toks) - n + 1):
                sub = " ".join(toks[i : i + n])
                if not sub[:1].isupper() or sub.lower() in _GENERIC:
                    continue
                e, _ = self.linker.rank(Cluster(members=[], type="GPE", names=[sub]), countries)
                if (
                    e is not None
                    and e.kind in ("country", "admin1", "city")
                    and (e.kind != "city" or e.population > 100_000)
                ):
                    return e
        return None
