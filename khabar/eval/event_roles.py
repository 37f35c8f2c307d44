"""Score the arguments of events (issue #6 item 1: who did what to whom, where and when) on the factuality sets
whose events also have hand-annotated ones: ``khabar eval events --participants --split dev6`` (actor and target)
and ``khabar eval events --place-time --split dev6`` (place and date, :func:`eval_setting`).

Gold: ``eval/events/participants_<split>.jsonl``, one line per item of ``factuality_<split>.jsonl`` (same ids):
``actor`` and ``target``, each a list of acceptable texts of the sentence (empty when the sentence names no
such party). Conventions: eval/events/README.md ("Participants of dev6" ...). The system's event is the one
the factuality scorer matches (the event whose trigger overlaps the gold trigger, the nearest if several).

A role is right when one of the gold texts and one text of the system's entity (its name or one of its
mentions) contain each other word for word (after a proclitic و/ف, ب/ل and ``ال`` are stripped, much as the
plover-ar scorer does): «كارتر» matches «وزير الدفاع الأمريكي اشتون كارتر», «وزير الخارجية» does not
match «وزير الدفاع». ``*_any_word`` gives the plover-ar scorer's looser rule (one shared word) for comparison.

Per role: ``match`` over every gold role (a missed event counts wrong), ``match_found`` over the gold roles
of found events, ``wrong`` (the system names another party), ``missing`` (it names none) and ``spurious``
(it names a party where the sentence names none) over found events, and ``both_right`` over found events
(actor and target each right, an empty gold role right only when the system gives none).

The roles, places and times of dev7 and dev9 are held out (their events are tuning material for detection and
factuality, their arguments are not): scored, never itemised.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from khabar.document import Document, Event
from khabar.text.normalize import normalize

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "eval" / "events"
HELD_OUT = frozenset({"dev7", "dev9"})
ROLES = ("actor", "target")
SETTING = ("place", "time")
# the publication date the place-and-time scorer gives every sentence, so that «أمس» or «الثلاثاء» get a value;
# which date does not matter: the event's date is compared with the value the time stage gave the gold words
PUBLISHED = date(2015, 8, 10)


def gold_path(split: str, kind: str = "participants") -> Path:
    return GOLD_DIR / f"{kind}_{split}.jsonl"


def _load_gold(
    split: str, kind: str, fields: tuple[str, ...], path: Path | None, items_path: Path | None
) -> list[dict[str, Any]]:
    """The factuality items of ``split`` (from ``items_path``, default ``factuality_<split>.jsonl``) with the
    gold ``fields`` of ``<kind>_<split>.jsonl`` (or ``path``); every item must have a line and every gold text
    must stand in the item's text."""
    from khabar.eval.events import load_factuality

    path = path or gold_path(split, kind)
    noun = "roles" if kind == "participants" else "place and time"
    if not path.is_file():
        raise ValueError(f"no {kind} gold for split {split!r}: {path.name} does not exist")
    gold: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rec = json.loads(line)
            if rec["id"] in gold:
                raise ValueError(f"{path.name}:{n}: {rec['id']} given twice")
            gold[rec["id"]] = rec
    items = load_factuality(items_path, split)
    out = []
    for x in items:
        r = gold.get(x["id"])
        if r is None:
            raise ValueError(f"{path.name}: no {noun} for item {x['id']}")
        for f in fields:
            for t in r[f]:
                if t not in x["text"]:
                    raise ValueError(f"{path.name}: {x['id']} {f} {t!r} is not in the text")
        out.append({**x, **{f: list(r[f]) for f in fields}})
    if len(gold) != len(items):
        extra = sorted(set(gold) - {x["id"] for x in items})
        raise ValueError(f"{path.name}: {noun} for ids not in factuality_{split}.jsonl: {extra[:5]}")
    return out


def load(split: str, path: Path | None = None, items_path: Path | None = None) -> list[dict[str, Any]]:
    """The factuality items of ``split`` with their gold roles (``participants_<split>.jsonl``)."""
    return _load_gold(split, "participants", ROLES, path, items_path)


def load_setting(
    split: str, path: Path | None = None, items_path: Path | None = None
) -> list[dict[str, Any]]:
    """The factuality items of ``split`` with their gold place and time (``setting_<split>.jsonl``)."""
    return _load_gold(split, "setting", SETTING, path, items_path)


def _words(s: str) -> frozenset[str]:
    out = set()
    # NFKC: a gold text copied from a sentence in Arabic presentation forms reads as the letters it shows
    for w in normalize(unicodedata.normalize("NFKC", s)).split():
        w = (
            w[1:] if w[:1] in "وف" and len(w) > 4 else w
        )  # a conjunction, then a preposition, then the article
        w = w[2:] if w.startswith("لل") and len(w) > 4 else w[1:] if w[:1] in "بل" and len(w) > 4 else w
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        out.add(w)
    return frozenset(out)


def entity_texts(doc: Document, eid: str | None) -> list[str]:
    """The entity's name and the texts of its mentions (empty when ``eid`` names no entity)."""
    e = doc.entity(eid)
    if e is None:
        return []
    return list(dict.fromkeys([e.name] + [m.text for m in e.mentions]))


def role_match(pred: list[str], gold: list[str]) -> bool:
    """A system text and a gold text of which one holds every word of the other."""
    gw = [w for w in (_words(g) for g in gold) if w]
    return any(p <= g or g <= p for p in (_words(t) for t in pred) if p for g in gw)


def role_match_any_word(pred: list[str], gold: list[str]) -> bool:
    """The plover-ar scorer's rule: one shared word."""
    words = set().union(*(_words(t) for t in pred)) if pred else set()
    return any(words & _words(g) for g in gold)


def _event_for(doc: Document, x: dict[str, Any]) -> Event | None:
    from khabar.eval.events import _covering

    s = x["trigger_start"]
    over = _covering(doc, s, s + len(x["trigger"]))
    return min(over, key=lambda v: abs(v.trigger.start - s) if v.trigger else 0) if over else None


def _tally(c: Counter, slot: str, gold: bool, pred: bool, ok: bool) -> str:
    """Count one slot of a found event: right, wrong (another value), missing (none given) when the gold has
    one; spurious (one given) or right when it has none. Returns the verdict."""
    if gold:
        c[f"{slot}_gold_found"] += 1
        c[f"{slot}_ok"] += ok
        c[f"{slot}_missing"] += not pred
        c[f"{slot}_wrong"] += pred and not ok
        return "ok" if ok else ("missing" if not pred else "wrong")
    c[f"{slot}_none_found"] += 1
    c[f"{slot}_spurious"] += pred
    return "spurious" if pred else "ok"


def _rate(c: Counter, a: str, b: str) -> float:
    return round(c[a] / max(c[b], 1), 4)


def _summary(c: Counter, slot: str, any_word: bool = False) -> dict[str, Any]:
    return {
        "gold": c[f"{slot}_gold"],
        "match": _rate(c, f"{slot}_ok", f"{slot}_gold"),
        "match_found": _rate(c, f"{slot}_ok", f"{slot}_gold_found"),
        **(
            {"match_found_any_word": _rate(c, f"{slot}_ok_any_word", f"{slot}_gold_found")}
            if any_word
            else {}
        ),
        "wrong": c[f"{slot}_wrong"],
        "missing": c[f"{slot}_missing"],
        "spurious": c[f"{slot}_spurious"],
        "spurious_rate": _rate(c, f"{slot}_spurious", f"{slot}_none_found"),
    }


def _found_events(
    items: list[dict[str, Any]], stages: Iterable[str] | None, c: Counter, published: date | None = None
) -> Iterator[tuple[dict[str, Any], Document, Event | None]]:
    """Each gold item with the pipeline's document of its sentence and the system event matched to its trigger
    (None when not found), counting ``items`` and ``found`` in ``c``."""
    from khabar.eval.events import DEFAULT_STAGES, make_runner

    run = make_runner(stages or DEFAULT_STAGES)
    for x in items:
        c["items"] += 1
        doc = run(x["text"], x["lang"], published)
        ev = _event_for(doc, x)
        c["found"] += ev is not None
        yield x, doc, ev


def eval_roles(
    split: str = "dev6",
    path: Path | None = None,
    stages: Iterable[str] | None = None,
    errors: bool = False,
    items_path: Path | None = None,
) -> dict[str, Any]:
    """Actor and target scores of one split (see the module docstring)."""
    items = load(split, path, items_path)
    errors = errors and split not in HELD_OUT
    c: Counter = Counter()
    mistakes: list[dict[str, Any]] = []
    for x, doc, ev in _found_events(items, stages, c):
        verdict: dict[str, str] = {}
        for role in ROLES:
            gold = x[role]
            pred = entity_texts(doc, getattr(ev, role)) if ev is not None else []
            if gold:
                c[f"{role}_gold"] += 1
            if ev is None:
                continue
            if gold:
                c[f"{role}_ok_any_word"] += role_match_any_word(pred, gold)
            verdict[role] = _tally(c, role, bool(gold), bool(pred), role_match(pred, gold))
        if ev is None:
            continue
        both = all(v == "ok" for v in verdict.values())
        c["both_right"] += both
        if errors and not both:
            mistakes.append(
                {
                    "id": x["id"],
                    "type": x["type"],
                    "trigger": x["trigger"],
                    "gold": f"{x['actor']} -> {x['target']}",
                    "pred": f"{entity_texts(doc, ev.actor)[:2]} -> {entity_texts(doc, ev.target)[:2]}",
                    "verdict": verdict,
                    "text": x["text"][:200],
                }
            )

    out: dict[str, Any] = {"split": split, "items": c["items"], "found": c["found"]}
    for role in ROLES:
        out[role] = _summary(c, role, any_word=True)
    out["both_right_found"] = _rate(c, "both_right", "found")
    if errors:
        out["errors"] = mistakes
    return out


def _time_values(doc: Document, text: str, gold: list[str]) -> set[str]:
    """The values the time stage gave the time expressions that overlap the gold time words."""
    spans = []
    for g in gold:
        k = text.find(g)
        while k >= 0:
            spans.append((k, k + len(g)))
            k = text.find(g, k + 1)
    return {tm.value for tm in doc.times if tm.value and any(tm.start < e and tm.end > s for s, e in spans)}


def eval_setting(
    split: str = "dev6",
    path: Path | None = None,
    stages: Iterable[str] | None = None,
    errors: bool = False,
    items_path: Path | None = None,
    published: date = PUBLISHED,
) -> dict[str, Any]:
    """Place and date of the gold events of one split (``setting_<split>.jsonl``).

    Place: the event's place from the sentence (``place_source == "sentence"``) against the gold place texts,
    matched as roles are. Time: the event's date from the sentence (``date_source == "sentence"``) is right
    when it is the value the time stage gave a time expression over the gold words; every sentence is read as
    published on ``published`` so that relative dates get a value. ``time.unresolved`` counts found events
    whose gold time words got no value from the time stage (a time-stage miss, not a wrong link)."""
    items = load_setting(split, path, items_path)
    errors = errors and split not in HELD_OUT
    c: Counter = Counter()
    mistakes: list[dict[str, Any]] = []
    for x, doc, ev in _found_events(items, stages, c, published):
        for slot in SETTING:
            c[f"{slot}_gold"] += bool(x[slot])
        if ev is None:
            continue
        place = entity_texts(doc, ev.place) if ev.place_source == "sentence" else []
        values = _time_values(doc, x["text"], x["time"])
        dated = ev.date_source == "sentence"
        c["time_unresolved"] += bool(x["time"]) and not values
        verdict = {
            "place": _tally(c, "place", bool(x["place"]), bool(place), role_match(place, x["place"])),
            "time": _tally(c, "time", bool(x["time"]), dated, dated and ev.date in values),
        }
        both = all(v == "ok" for v in verdict.values())
        c["both_right"] += both
        if errors and not both:
            mistakes.append(
                {
                    "id": x["id"],
                    "trigger": x["trigger"],
                    "gold": f"{x['place']} @ {x['time']}",
                    "pred": f"{place[:2]} @ {ev.date if dated else None}",
                    "gold_time_values": sorted(values),
                    "verdict": verdict,
                    "text": x["text"][:200],
                }
            )
    out: dict[str, Any] = {
        "split": split,
        "items": c["items"],
        "found": c["found"],
        "published": str(published),
    }
    out["place"] = _summary(c, "place")
    out["time"] = {**_summary(c, "time"), "unresolved": c["time_unresolved"]}
    out["both_right_found"] = _rate(c, "both_right", "found")
    if errors:
        out["errors"] = mistakes
    return out
