"""Score the participants of events (issue #6 item 1: who did what to whom) on the factuality sets whose
events also have hand-annotated roles: ``khabar eval events --participants --split dev6``.

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

The roles of dev7 and dev9 are held out (their events are tuning material for detection and factuality, their
roles are not): scored, never itemised.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from khabar.document import Document, Event
from khabar.text.normalize import normalize

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "eval" / "events"
HELD_OUT = frozenset({"dev7", "dev9"})
ROLES = ("actor", "target")


def gold_path(split: str) -> Path:
    return GOLD_DIR / f"participants_{split}.jsonl"


def load(split: str, path: Path | None = None, items_path: Path | None = None) -> list[dict[str, Any]]:
    """The factuality items of ``split`` (from ``items_path``, default ``factuality_<split>.jsonl``) with their
    gold roles (from ``path``, default ``participants_<split>.jsonl``); every item must have a roles line and
    every role text must stand in the item's text."""
    from khabar.eval.events import load_factuality

    path = path or gold_path(split)
    if not path.is_file():
        raise ValueError(f"no participants gold for split {split!r}: {path.name} does not exist")
    roles: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rec = json.loads(line)
            if rec["id"] in roles:
                raise ValueError(f"{path.name}:{n}: {rec['id']} given twice")
            roles[rec["id"]] = rec
    items = load_factuality(items_path, split)
    out = []
    for x in items:
        r = roles.get(x["id"])
        if r is None:
            raise ValueError(f"{path.name}: no roles for item {x['id']}")
        for role in ROLES:
            for t in r[role]:
                if t not in x["text"]:
                    raise ValueError(f"{path.name}: {x['id']} {role} {t!r} is not in the text")
        out.append({**x, "actor": list(r["actor"]), "target": list(r["target"])})
    if len(roles) != len(items):
        extra = sorted(set(roles) - {x["id"] for x in items})
        raise ValueError(f"{path.name}: roles for ids not in factuality_{split}.jsonl: {extra[:5]}")
    return out


def _words(s: str) -> frozenset[str]:
    out = set()
    # NFKC: a gold text copied from a sentence in Arabic presentation forms reads as the letters it shows
    for w in normalize(unicodedata.normalize("NFKC", s)).split():
        w = w[1:] if w[:1] in "وف" and len(w) > 4 else w  # a conjunction, then a preposition, then the article
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


def eval_roles(
    split: str = "dev6",
    path: Path | None = None,
    stages: Iterable[str] | None = None,
    errors: bool = False,
    items_path: Path | None = None,
) -> dict[str, Any]:
    """Actor and target scores of one split (see the module docstring)."""
    from khabar.eval.events import DEFAULT_STAGES, make_runner

    items = load(split, path, items_path)
    run = make_runner(stages or DEFAULT_STAGES)
    errors = errors and split not in HELD_OUT
    c: Counter = Counter()
    mistakes: list[dict[str, Any]] = []
    for x in items:
        c["items"] += 1
        doc = run(x["text"], x["lang"])
        ev = _event_for(doc, x)
        c["found"] += ev is not None
        verdict: dict[str, str] = {}
        for role in ROLES:
            gold = x[role]
            pred = entity_texts(doc, getattr(ev, role)) if ev is not None else []
            if gold:
                c[f"{role}_gold"] += 1
            if ev is None:
                continue
            if gold:
                c[f"{role}_gold_found"] += 1
                ok = role_match(pred, gold)
                c[f"{role}_ok"] += ok
                c[f"{role}_ok_any_word"] += role_match_any_word(pred, gold)
                c[f"{role}_missing"] += not pred
                c[f"{role}_wrong"] += bool(pred) and not ok
                verdict[role] = "ok" if ok else ("missing" if not pred else "wrong")
            else:
                c[f"{role}_none_found"] += 1
                c[f"{role}_spurious"] += bool(pred)
                verdict[role] = "spurious" if pred else "ok"
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

    def r(a: str, b: str) -> float:
        return round(c[a] / max(c[b], 1), 4)

    out: dict[str, Any] = {"split": split, "items": c["items"], "found": c["found"]}
    for role in ROLES:
        out[role] = {
            "gold": c[f"{role}_gold"],
            "match": r(f"{role}_ok", f"{role}_gold"),
            "match_found": r(f"{role}_ok", f"{role}_gold_found"),
            "match_found_any_word": r(f"{role}_ok_any_word", f"{role}_gold_found"),
            "wrong": c[f"{role}_wrong"],
            "missing": c[f"{role}_missing"],
            "spurious": c[f"{role}_spurious"],
            "spurious_rate": r(f"{role}_spurious", f"{role}_none_found"),
        }
    out["both_right_found"] = r("both_right", "found")
    if errors:
        out["errors"] = mistakes
    return out
