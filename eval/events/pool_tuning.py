"""Pool the factuality figures of a `tuning_runs.sh` output directory (the README rounds' `/tmp/pool.py`).

`python eval/events/pool_tuning.py DIR [DIR ...]` prints, per directory and per group of sets, the gold items,
found items, detection, modality and type accuracy over found items, and leaks (negated or hypothetical gold
items output positive/asserted): all sets, the SaudiNewsNet tuning splits, the protest GSR files, the ANERcorp
halves, and dev6 ... dev9 (session 2026-12-06d's tuning sets, drawn by the held-out test26 / test27's pool rule and
the one next to it, kept out of the SaudiNewsNet group so that its figures stay comparable with earlier rounds'). Accuracies are pooled by found items (each set's accuracy times its found count, rounded, summed).
It then pools the event arguments of the directory's ``roles_*.json`` / ``setting_*.json`` (actor, target, place,
date): gold, right (match times gold, rounded), wrong, missing and spurious summed over the sets.
Last, the label errors of all the sets pooled (`label_errors`: gold → output polarity/modality over found items, from
each set's `label_confusion`, most frequent first), e.g. on the held-out output of `heldout_runs.sh` (aggregates).
Since the shipped factuality classifier is fitted on every shareable file, the protest, ANERcorp and test18
figures with it are training fit, not quality: the SaudiNewsNet group is the one to read for the model.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

TRAINING = {"anA", "anB", "test18", "pA", "pB", "pC", "pD"}  # the classifier's training files
FRESH = {"dev6", "dev7", "dev8", "dev9"}  # session 2026-12-06d: test26 / test27's pool rule and the one next to it
CONFLICT = {"dev10", "dev11"}  # session 2026-12-06h: fresh conflict news (round 50), a group of their own
CONFLICT2 = {"dev12", "dev13"}  # session 2026-12-07g: dev10 / dev11's rule, drawn after them
AUTHORED = {"au1", "au2", "au3", "au4"}  # the project's authored sentences: not news, a group of their own
GROUPS: dict[str, Callable[[str], bool]] = {
    "all": lambda name: True,
    "saudinewsnet": lambda name: name not in TRAINING | FRESH | CONFLICT | CONFLICT2 | AUTHORED,
    "dev6_to_dev9": lambda name: name in FRESH,
    "dev10_dev11": lambda name: name in CONFLICT,
    "dev12_dev13": lambda name: name in CONFLICT2,
    "authored": lambda name: name in AUTHORED,
    "protest": lambda name: name in ("pA", "pB", "pC", "pD"),
    "anercorp": lambda name: name in ("anA", "anB"),
}


def pool(directory: Path, keep: Callable[[str], bool]) -> dict[str, float | int]:
    gold = found = leaks = hyp = modality = typed = 0
    for path in sorted(directory.glob("f_*.json")):
        name = path.stem[2:]
        if not keep(name):
            continue
        a = json.loads(path.read_text(encoding="utf-8"))["factuality"]["all"]
        gold += a["gold"]
        found += a["found"]
        leaks += a["output_as_asserted_positive"]
        hyp += a["negated_or_hypothetical_gold"]
        modality += round(a["modality_accuracy"] * a["found"])
        typed += round(a["type_accuracy"] * a["found"])
    return {
        "gold": gold,
        "found": found,
        "detection": round(found / max(gold, 1), 4),
        "modality": round(modality / max(found, 1), 4),
        "type": round(typed / max(found, 1), 4),
        "leaks": leaks,
        "negated_or_hypothetical": hyp,
    }


def label_errors(directory: Path) -> dict[str, int]:
    """Gold label → output label counts (the off-diagonal cells of every set's `label_confusion`), pooled over the
    directory's factuality sets, most frequent first."""
    errors: Counter[str] = Counter()
    for path in sorted(directory.glob("f_*.json")):
        confusion = json.loads(path.read_text(encoding="utf-8"))["factuality"]["all"].get("label_confusion", {})
        for gold, outputs in confusion.items():
            errors.update({f"{gold} -> {out}": n for out, n in outputs.items() if out != gold})
    return dict(errors.most_common())


ARGUMENTS = {"roles": ("participants", ("actor", "target")), "setting": ("place_time", ("place", "time"))}


def pool_arguments(directory: Path) -> dict[str, dict[str, int]]:
    """Actor, target, place and date counts summed over the directory's argument runs, with the sets pooled."""
    out: dict[str, dict[str, int]] = {}
    for prefix, (key, roles) in ARGUMENTS.items():
        for path in sorted(directory.glob(f"{prefix}_*.json")):
            block = json.loads(path.read_text(encoding="utf-8"))[key]
            for role in roles:
                r, c = block[role], out.setdefault(role, {"sets": 0, "gold": 0, "right": 0})
                c["sets"] += 1
                c["gold"] += r["gold"]
                c["right"] += round(r["match"] * r["gold"])
                for k in ("wrong", "missing", "spurious"):
                    c[k] = c.get(k, 0) + r[k]
    return out


if __name__ == "__main__":
    for d in sys.argv[1:]:
        for group, keep in GROUPS.items():
            print(d, group, json.dumps(pool(Path(d), keep)))
        for role, counts in pool_arguments(Path(d)).items():
            print(d, role, json.dumps(counts))
        errors = label_errors(Path(d))
        print(d, "label_errors", json.dumps({"total": sum(errors.values()), **errors}, ensure_ascii=False))
