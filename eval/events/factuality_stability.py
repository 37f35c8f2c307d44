"""How stable the learned factuality classifier's decisions are under small changes of its training data (round 68).

The pipeline run is the slow part and the fit the fast one, so the examples are extracted once and cached:

``python eval/events/factuality_stability.py extract-train OUT.jsonl``
    the training examples of the bare ``khabar train factuality`` (every shareable file, the rules alone), as
    :func:`khabar.training.factuality.examples` extracts them with the code on ``PYTHONPATH`` (run it with another
    checkout's code to get that code's rules labels);
``python eval/events/factuality_stability.py extract-tuning OUT.jsonl``
    every factuality tuning file of ``eval/events/tuning_runs.sh`` (the splits, the authored, ANERcorp and protest
    files; no held-out set), each gold item with the events whose trigger overlaps its trigger (the ones
    ``khabar eval events --factuality`` scores and counts leaks on), their run-time features and rules labels;
``python eval/events/factuality_stability.py measure TRAIN.jsonl TUNING.jsonl [--real OTHER_TRAIN.jsonl] ...``
    fits each setting (``--setting``) on TRAIN and on deterministic perturbations of it: K drops (the examples
    whose hash with seed k falls in the lowest ``--drop`` fraction), K moves (3 examples whose rules label is not
    the gold one, chosen by a hash with seed k, get the gold one, :func:`move_perturbation`) and with ``--real``
    the examples as another checkout's code extracted them, and prints, per candidate, the decisions on the tuning items that change
    between the fit and each perturbed fit (mean / max), and the candidate's tuning figures per group (modality over
    found items, leaks) with the model, as ``eval/events/pool_tuning.py`` pools them.

The offline decision is the run time's (:func:`khabar.events.factuality_model.apply`: Arabic documents only, every
event decided on its own features), so the figures of the shipped fit equal the tuning runs' (checked in round 68).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.events import factuality_model as FM
from khabar.training import factuality as TF

REPO = Path(__file__).resolve().parents[2]
EVENTS = REPO / "eval" / "events"
# the factuality tuning splits of tuning_runs.sh (same order), then its files by the short names pool_tuning.py reads
SPLITS = (
    "dev test dev2 dev3 dev4 dev5 test2 test3 test4 test5 test6 test7 test8 test9 test10 test11 test12 test13 "
    "test14 test15 test16 test17 test18 test19a test21 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13"
).split()
FILES = {
    **{f"au{i}": f"factuality_authored{i}.jsonl" for i in range(1, 5)},
    "anA": "factuality_anercorp_A.jsonl",
    "anB": "factuality_anercorp_B.jsonl",
    **{f"p{x}": f"factuality_protest_{x}.jsonl" for x in "ABCD"},
}
TRAINING = {"anA", "anB", "test18", "pA", "pB", "pC", "pD"}
FRESH = {"dev6", "dev7", "dev8", "dev9"}
CONFLICT = {"dev10", "dev11"}
CONFLICT2 = {"dev12", "dev13"}
AUTHORED = {"au1", "au2", "au3", "au4"}
GROUPS = {
    "all": lambda n: True,
    "saudinewsnet": lambda n: n not in TRAINING | FRESH | CONFLICT | CONFLICT2 | AUTHORED,
    "dev6_to_dev9": lambda n: n in FRESH,
    "dev10_dev11": lambda n: n in CONFLICT,
    "dev12_dev13": lambda n: n in CONFLICT2,
    "authored": lambda n: n in AUTHORED,
    "protest": lambda n: n in ("pA", "pB", "pC", "pD"),
    "anercorp": lambda n: n in ("anA", "anB"),
}


def _runner() -> Any:
    from khabar.eval.events import make_runner

    return make_runner(options={"events_factuality_model": False})


def extract_train(out: Path) -> None:
    recs = TF.load_records(TF.shareable_data())
    exs = TF.examples(recs, _runner(), TF.FAMILIES)
    with out.open("w", encoding="utf-8") as f:
        for x in exs:
            row = {"id": x.id, "feats": x.feats, "gold": x.gold, "rules": x.rules, "weight": x.weight}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def tuning_items() -> Iterable[tuple[str, dict[str, Any]]]:
    from khabar.eval.events import load_factuality

    for s in SPLITS:
        for x in load_factuality(None, s):
            yield s, x
    for name, fn in FILES.items():
        for x in load_factuality(EVENTS / fn, None):
            yield name, x


def extract_tuning(out: Path) -> None:
    run = _runner()
    fam = frozenset(TF.FAMILIES)
    with out.open("w", encoding="utf-8") as f:
        for name, x in tuning_items():
            doc = run(x["text"], x["lang"])
            s, e = x["trigger_start"], x["trigger_start"] + len(x["trigger"])
            over = [ev for ev in doc.events if ev.trigger and ev.trigger.start < e and ev.trigger.end > s]
            near = min(range(len(over)), key=lambda i: abs(over[i].trigger.start - s)) if over else None
            evs = []
            for ev in over:
                rules = FM.label(ev.polarity, ev.modality)
                others = [(v.trigger.start, v.trigger.end) for v in doc.events if v is not ev and v.trigger]
                feats = FM.doc_features(
                    doc, ev.trigger.start, ev.trigger.end, rules, embedded=ev.embedded,
                    source=bool(ev.source), others=others, families=fam,
                )  # fmt: skip
                evs.append({"rules": rules, "feats": feats})
            row = {
                "set": name,
                "id": x["id"],
                "gold": FM.label(x["polarity"], x["modality"]),
                "ar": (doc.language or doc.layer.language) == "ar",
                "events": evs,
                "nearest": near,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_train(path: Path) -> list[TF.Example]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [TF.Example(r["id"], r["feats"], r["gold"], r["rules"], r.get("weight", 1.0)) for r in rows]


def read_tuning(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def decisions(model: FM.Model | None, items: list[dict[str, Any]]) -> list[list[str]]:
    """Every overlapping event's output label, per tuning item: the rules' where no model or not Arabic."""
    out = []
    if model is not None:
        margin, scope = FM.operating_point(model, TF.MARGIN)
    for x in items:
        if model is None or not x["ar"]:
            out.append([ev["rules"] for ev in x["events"]])
        else:
            out.append(
                [FM.decide(model.proba(ev["feats"]), ev["rules"], margin, scope) for ev in x["events"]]
            )
    return out


def figures(items: list[dict[str, Any]], outs: list[list[str]]) -> dict[str, dict[str, Any]]:
    """Per group: found items, modality accuracy over them, leaks (a negated or hypothetical gold item with an
    overlapping event output positive/asserted), as the eval counts them."""
    res = {}
    for g, keep in GROUPS.items():
        found = mod = leaks = 0
        for x, out in zip(items, outs, strict=True):
            if not keep(x["set"]):
                continue
            gp, gm = FM.split_label(x["gold"])
            if (gp == "negative" or gm in FM.HYPOTHETICAL) and FM.ASSERTED_POSITIVE in out:
                leaks += 1
            if x["nearest"] is not None:
                found += 1
                mod += FM.split_label(out[x["nearest"]])[1] == gm
        res[g] = {"found": found, "modality": round(mod / max(found, 1), 4), "leaks": leaks}
    return res


def changes(items: list[dict[str, Any]], a: list[list[str]], b: list[list[str]]) -> dict[str, int]:
    """Decisions of the scored (nearest) event that differ between two fits' outputs; of them, how many went
    right → wrong and wrong → right (modality), and the leaks of b minus those of a (all groups)."""
    c: Counter = Counter()
    for x, oa, ob in zip(items, a, b, strict=True):
        gp, gm = FM.split_label(x["gold"])
        hyp = gp == "negative" or gm in FM.HYPOTHETICAL
        c["leaks"] += hyp and (FM.ASSERTED_POSITIVE in ob) - (FM.ASSERTED_POSITIVE in oa)
        if x["nearest"] is None:
            continue
        la, lb = oa[x["nearest"]], ob[x["nearest"]]
        if la != lb:
            c["flips"] += 1
            ra, rb = FM.split_label(la)[1] == gm, FM.split_label(lb)[1] == gm
            c["to_wrong"] += ra and not rb
            c["to_right"] += rb and not ra
    return {k: int(c[k]) for k in ("flips", "to_right", "to_wrong", "leaks")}


def _unit(seed: int, ident: str) -> float:
    """A deterministic number in [0, 1) from a seed and an example id."""
    return int(hashlib.sha256(f"{seed}:{ident}".encode()).hexdigest()[:12], 16) / 16**12


def drop_perturbation(exs: list[TF.Example], seed: int, frac: float) -> list[TF.Example]:
    """The examples but those whose hash with ``seed`` falls below ``frac`` (about that fraction dropped)."""
    return [x for x in exs if _unit(seed, x.id) >= frac]


def relabel(x: TF.Example, rules: str) -> TF.Example:
    """The example with the rules label ``rules`` instead of its own: the features of the "near" family that
    carry the rules label rewritten (checked in round 68: this turns the 3 examples whose label the rules of
    7b0ab01 → fc15cd8 moved into fc15cd8's examples, feature for feature)."""
    old, (op, om), (np_, nm) = (
        x.rules or "none",
        FM.split_label(x.rules or "none/none"),
        FM.split_label(rules),
    )
    feats = []
    for f in x.feats:
        if f == f"R:{old}" or f.startswith(f"R:{old}|"):
            f = f"R:{rules}" + f[len(f"R:{old}") :]
        elif f == f"Rp:{op}":
            f = f"Rp:{np_}"
        elif f == f"Rm:{om}":
            f = f"Rm:{nm}"
        elif f.startswith(f"NCR:{om}|"):
            f = f"NCR:{nm}|" + f[len(f"NCR:{om}|") :]
        elif f == f"NC:-|{om}":
            f = f"NC:-|{nm}"
        feats.append(f)
    return TF.Example(x.id, feats, x.gold, rules, x.weight)


def move_perturbation(exs: list[TF.Example], seed: int, moves: int = 3) -> list[TF.Example]:
    """``moves`` examples whose rules label is not the gold one (chosen by a hash with ``seed``) get the gold
    label as their rules label, as a rules round that fixes three training sentences does."""
    wrong = sorted(
        (x for x in exs if x.rules is not None and x.rules != x.gold), key=lambda x: _unit(seed, x.id)
    )
    moved = {x.id for x in wrong[:moves]}
    return [relabel(x, x.gold) if x.id in moved else x for x in exs]


@dataclass(frozen=True)
class Setting:
    """A fit setting: the arguments of :func:`khabar.training.factuality.fit`, plus ``bags`` (average the
    weights of that many fits on deterministic subsamples, :func:`khabar.training.factuality.fit_bagged`)."""

    l2: float = TF.L2
    iters: int = TF.ITERS
    min_count: int = TF.MIN_COUNT
    lr: float = TF.LR
    bags: int = 1

    def fit(self, exs: list[TF.Example]) -> FM.Model:
        if self.bags > 1:
            return TF.fit_bagged(
                exs, bags=self.bags, l2=self.l2, iters=self.iters, lr=self.lr, min_count=self.min_count
            )
        return TF.fit(exs, l2=self.l2, iters=self.iters, lr=self.lr, min_count=self.min_count)

    def name(self) -> str:
        s = f"l2={self.l2} iters={self.iters} lr={self.lr} min_count={self.min_count}"
        return s + (f" bags={self.bags}" if self.bags > 1 else "")


def measure(
    setting: Setting,
    train: list[TF.Example],
    items: list[dict[str, Any]],
    seeds: Iterable[int],
    frac: float,
    real: list[TF.Example] | None = None,
) -> dict[str, Any]:
    model = setting.fit(train)
    model.meta["margin"] = TF.MARGIN
    base = decisions(model, items)
    row: dict[str, Any] = {"setting": setting.name(), "figures": figures(items, base), "perturbations": {}}
    seeds = list(seeds)
    runs = [(f"drop{k}", drop_perturbation(train, k, frac)) for k in seeds]
    runs += [(f"move{k}", move_perturbation(train, k)) for k in seeds]
    if real is not None:
        runs.insert(0, ("real", real))
    for name, exs in runs:
        m = setting.fit(exs)
        m.meta["margin"] = TF.MARGIN
        row["perturbations"][name] = changes(items, base, decisions(m, items))
    flips = [p["flips"] for p in row["perturbations"].values()]
    row["flips_mean"] = round(sum(flips) / max(len(flips), 1), 2)
    row["flips_max"] = max(flips, default=0)
    for kind in ("real", "drop", "move"):
        fk = [p["flips"] for n, p in row["perturbations"].items() if n.startswith(kind)]
        row[f"flips_{kind}"] = round(sum(fk) / max(len(fk), 1), 2)
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("extract-train").add_argument("out", type=Path)
    sub.add_parser("extract-tuning").add_argument("out", type=Path)
    m = sub.add_parser("measure")
    m.add_argument("train", type=Path)
    m.add_argument("tuning", type=Path)
    m.add_argument(
        "--real", type=Path, help="the training examples as another checkout's code extracted them"
    )
    m.add_argument("--seeds", type=int, default=5, help="drop perturbations with seeds 1 ... K")
    m.add_argument(
        "--drop", type=float, default=0.015, help="fraction of examples each drop perturbation drops"
    )
    m.add_argument("--setting", action="append", default=[], help='JSON of Setting fields, e.g. {"l2": 0.01}')
    m.add_argument("--no-model", action="store_true", help="print the figures without the model and exit")
    a = ap.parse_args(argv)
    if a.cmd == "extract-train":
        extract_train(a.out)
    elif a.cmd == "extract-tuning":
        extract_tuning(a.out)
    else:
        items = read_tuning(a.tuning)
        if a.no_model:
            print(json.dumps(figures(items, decisions(None, items))))
            return 0
        train = read_train(a.train)
        real = read_train(a.real) if a.real else None
        for spec in a.setting or ["{}"]:
            row = measure(Setting(**json.loads(spec)), train, items, range(1, a.seeds + 1), a.drop, real)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
