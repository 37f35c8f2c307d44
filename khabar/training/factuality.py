"""Fit the learned factuality classifier (:mod:`khabar.events.factuality_model`) on the shareable annotations.

``khabar train factuality`` runs the pipeline (language, entities, link, times, events; the model off)
on every ANERcorp factuality record, matches the gold trigger to the system's events as
``khabar eval events --factuality`` does (the overlapping event whose trigger starts nearest), takes the
features of that event's trigger span (what the model sees at run time) with its rules label, and fits a multinomial logistic
regression (NumPy, L2, full-batch Adam from zero weights: deterministic). A gold trigger with no system
event still trains, from the gold span with the neutral rules value ``R:none`` (not the label of some
other event).

Only records with ``"source": "anercorp"`` (ANERcorp, CC BY-SA 4.0), since round 25
``"source": "wojood-sample"`` (the Wojood sample sentences of ``factuality_test18.jsonl``, SinaLab/ArabicNER,
MIT) and since round 36 ``"source": "arabic-protest-gsr"`` (``factuality_protest_{A,B,C,D}.jsonl``: sentences
of the Arabic protest GSR sets of openeventdata/UniversalPetrarch, MIT) and since round 48 ``"source":
"khabar-authored"`` (``factuality_authored1.jsonl`` ... ``4``: original Arabic news-style sentences the project's
annotators wrote for this classifier, CC BY-SA 4.0; :data:`AUTHORED`) are accepted: the SaudiNewsNet factuality
sets are CC BY-NC-SA and evaluation only, so nothing shipped may be fitted on them. The weights' license text
names Wojood / the protest GSR sets / the authored sentences when one of their records went into them.

The authored sentences are NOT in the bare command's data (:data:`SHAREABLE`): round 48 fitted them in (all, and at
half weight, ``--source-weight khabar-authored=0.5``) and both fits had one more leak than the shipped fit on the
24 SaudiNewsNet tuning splits, which the lead's rule written before the figures did not allow (eval/events/README.md,
round 48). Fit them with ``khabar train factuality --data ...`` (every file named).

``cross_fit`` scores a grid of L2 weights, margins (negative ones are leak-averse, see
:func:`khabar.events.factuality_model.decide`) and scopes, fitting on all files but one and scoring that
one, each in turn; two selection rules read the grid: ``select_class_first`` (round 17's) and
``select_leaks_first`` (round 25's).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.events import factuality_model as FM
from khabar.training.anercorp_text import read_annotations

REPO = Path(__file__).resolve().parents[2]
ANERCORP = (
    REPO / "eval" / "events" / "factuality_anercorp_A.jsonl",
    REPO / "eval" / "events" / "factuality_anercorp_B.jsonl",
)
# every shareable training file (round 36): ANERcorp A/B, the Wojood sample set test18, the protest GSR files
SHAREABLE = ANERCORP + tuple(
    REPO / "eval" / "events" / f"factuality_{name}.jsonl"
    for name in ("test18", "protest_A", "protest_B", "protest_C", "protest_D")
)
# the shipped weights' data: every shareable file since the session of 2026-12-06c, when the fresh held-out sets
# test26 / test27 chose this fit over the ANERcorp one by the rule written before they existed
# (eval/events/README.md, "The learned classifier on fresh text")
DATA = SHAREABLE


def shareable_data() -> list[Path]:
    """The files of :data:`SHAREABLE` that exist: the bare ``khabar train factuality`` fits on them, the shipped
    weights' data, so that it reproduces them byte for byte."""
    return [p for p in SHAREABLE if p.is_file()]


ATTRIBUTION = (
    "Fitted on factuality annotations of ANERcorp sentences (Benajiba, Rosso & Benedí 2007; "
    "CC BY-SA 4.0); this weights file is shared under CC BY-SA 4.0."
)
WOJOOD_ATTRIBUTION = (
    " Also fitted on factuality annotations of sentences of the Wojood sample (SinaLab/ArabicNER, MIT)."
)
PROTEST_ATTRIBUTION = (
    " Also fitted on factuality annotations of sentences of the Arabic protest GSR sets"
    " (openeventdata/UniversalPetrarch, MIT)."
)
AUTHORED_ATTRIBUTION = (
    " Also fitted on factuality annotations of original Arabic news-style sentences written for khabar by"
    " the project's annotators (eval/events/factuality_authored*.jsonl, CC BY-SA 4.0)."
)
# (round 48) the sentences the project's annotators wrote for the classifier (source "khabar-authored"): the
# project's own text, CC BY-SA 4.0; loadable with `khabar train factuality --data ...`
AUTHORED = tuple(REPO / "eval" / "events" / f"factuality_authored{i}.jsonl" for i in range(1, 5))
SOURCES = ("anercorp", "wojood-sample", "arabic-protest-gsr", "khabar-authored")
COMMAND = "khabar train factuality"
L2 = 0.001
ITERS = 200
LR = 0.05
MIN_COUNT = 2
BALANCE = 0.0
# (round 68) how many fold-out fits the bare command averages (fit_bagged); 1: one fit on all the examples
BAGS = 1
# the feature families of :mod:`khabar.events.factuality_model` the trainer fits with by default, the shipped
# weights': "near" (round 36: the nearest cue with its distance and what lies between, kept on the k-fold
# cross-fit); `khabar train factuality --families none` fits round 17's features
NEAR_FAMILIES: tuple[str, ...] = ("near",)
FAMILIES: tuple[str, ...] = NEAR_FAMILIES
# the override margin written into the shipped weights (their operating point, read by the run time): -0.2, the
# largest margin that keeps round 36's leaks (-0.3, its pick on its 5-fold cross-fit) on the 24 SaudiNewsNet tuning
# splits and on dev6 ... dev9 (eval/events/margin_sweep.sh; the rule and the sweep in eval/events/README.md,
# session 2026-12-06d); a file without one runs at factuality_model.MARGIN
MARGIN = -0.2


@dataclass
class Example:
    id: str
    feats: list[str]
    gold: str
    rules: str | None  # None: no system event on the gold trigger
    weight: float = 1.0  # (round 48) its weight in the loss, from its record's source (source_weights)


def load_records(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """The records of ANERcorp (Wojood-sample, arabic-protest-gsr, khabar-authored) factuality files; any other
    source is refused (license: SaudiNewsNet is CC BY-NC-SA)."""
    return read_annotations(paths, "source", "factuality", SOURCES)


def license_text(records: Iterable[dict[str, Any]]) -> str:
    """The weights' license line: ANERcorp's share-alike, plus Wojood's, the protest GSR sets' and the authored
    sentences' attributions when they were used."""
    used = {r.get("source") for r in records}
    return (
        ATTRIBUTION
        + (WOJOOD_ATTRIBUTION if "wojood-sample" in used else "")
        + (PROTEST_ATTRIBUTION if "arabic-protest-gsr" in used else "")
        + (AUTHORED_ATTRIBUTION if "khabar-authored" in used else "")
    )


def examples(
    records: list[dict[str, Any]],
    run: Callable[[str, str], Any] | None = None,
    families: Iterable[str] = FAMILIES,
    source_weights: dict[str, float] | None = None,
) -> list[Example]:
    """One example per gold record: the gold trigger's features with the matched event's rules label; an example
    weighs ``source_weights[source]`` (1 for a source not named)."""
    fam = frozenset(families)
    if run is None:
        from khabar.eval.events import make_runner

        # the rules alone: the model is on by default in the pipeline, and it must learn from the rules'
        # labels, not from its own earlier output
        run = make_runner(options={"events_factuality_model": False})
    out = []
    for x in records:
        doc = run(x["text"], x.get("lang", "ar"))
        ex = example_from_doc(x, doc, fam)
        ex.weight = (source_weights or {}).get(x.get("source") or "", 1.0)
        out.append(ex)
    return out


def example_from_doc(x: dict[str, Any], doc: Any, families: frozenset[str] = frozenset(FAMILIES)) -> Example:
    s = x["trigger_start"]
    e = s + len(x["trigger"])
    over = [ev for ev in doc.events if ev.trigger and ev.trigger.start < e and ev.trigger.end > s]
    ev = min(over, key=lambda v: abs(v.trigger.start - s)) if over else None
    rules = FM.label(ev.polarity, ev.modality) if ev else None
    if ev is not None and ev.trigger is not None:
        s, e = ev.trigger.start, ev.trigger.end  # the system's span, as the model sees it at run time
    others = [(v.trigger.start, v.trigger.end) for v in doc.events if v is not ev and v.trigger is not None]
    feats = FM.doc_features(
        doc,
        s,
        e,
        rules,
        embedded=ev.embedded if ev else None,
        source=bool(ev and ev.source),
        others=others,
        families=families,
    )
    return Example(x["id"], feats, FM.label(x["polarity"], x["modality"]), rules)


def fit(
    exs: list[Example],
    l2: float = L2,
    iters: int = ITERS,
    lr: float = LR,
    min_count: int = MIN_COUNT,
    balance: float = BALANCE,
    families: Iterable[str] = FAMILIES,
) -> FM.Model:
    """Multinomial logistic regression, weighted mean log-loss + l2/2 |W|^2 (the bias unpenalised); an
    example of a label seen n_c times weighs (n_c / n) ** -balance (mean weight 1), times its own ``weight``
    (round 48; all 1 by default, the fit before it)."""
    labels, vocab = _labels_vocab(exs, min_count)
    w = _fit_matrix(exs, labels, vocab, l2, iters, lr, balance)
    return _model(labels, vocab, w, l2, iters, lr, min_count, balance, families, len(exs))


def fold_of(ident: str, folds: int) -> int:
    """The fold (0 ... folds - 1) of an example id: a hash of the id, so deterministic and independent of the
    examples' order and of the other examples."""
    return int(hashlib.sha256(f"fold:{ident}".encode()).hexdigest()[:12], 16) % folds


def fit_bagged(
    exs: list[Example],
    bags: int = BAGS,
    l2: float = L2,
    iters: int = ITERS,
    lr: float = LR,
    min_count: int = MIN_COUNT,
    balance: float = BALANCE,
    families: Iterable[str] = FAMILIES,
) -> FM.Model:
    """(round 68) The mean of the weight matrices of ``bags`` fits, fit b on every example but those of fold b
    (:func:`fold_of`): one linear model, so no cost at run time, whose decisions move less when a few training
    labels move (each example weighs in ``bags - 1`` of the fits; eval/events/README.md, round 68). The labels
    and the features (``min_count``) are those of all the examples; ``bags`` 1 is :func:`fit`."""
    if bags <= 1:
        return fit(exs, l2=l2, iters=iters, lr=lr, min_count=min_count, balance=balance, families=families)
    labels, vocab = _labels_vocab(exs, min_count)
    total = None
    for b in range(bags):
        part = [x for x in exs if fold_of(x.id, bags) != b]
        w = _fit_matrix(part, labels, vocab, l2, iters, lr, balance)
        total = w if total is None else total + w
    return _model(
        labels, vocab, total / bags, l2, iters, lr, min_count, balance, families, len(exs), {"bags": bags}
    )


def _labels_vocab(exs: list[Example], min_count: int) -> tuple[list[str], list[str]]:
    """The gold labels and the features seen in at least ``min_count`` examples (and the bias), sorted."""
    labels = sorted({x.gold for x in exs})
    counts = Counter(f for x in exs for f in set(x.feats))
    return labels, sorted(f for f, c in counts.items() if c >= min_count or f == "bias")


def _fit_matrix(
    exs: list[Example], labels: list[str], vocab: list[str], l2: float, iters: int, lr: float, balance: float
) -> Any:
    """:func:`fit`'s optimisation: the weight matrix (features of ``vocab`` x ``labels``), not rounded."""
    import numpy as np

    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, x in enumerate(exs):
        for f in sorted(set(x.feats)):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    rows_a = np.array(rows, dtype=np.int64)
    cols_a = np.array(cols, dtype=np.int64)
    y = np.array([labels.index(x.gold) for x in exs])
    n, d, c = len(exs), len(vocab), len(labels)
    onehot = np.zeros((n, c))
    onehot[np.arange(n), y] = 1.0
    freq = np.bincount(y, minlength=c) / n
    sw = freq[y] ** -balance
    sw = sw / sw.mean()
    own = np.array([x.weight for x in exs])
    if (own != 1.0).any():
        sw = sw * own  # not renormalised: an example of weight 1 weighs as in the unweighted fit
    sw = sw[:, None]
    w = np.zeros((d, c))
    reg = np.full((d, 1), l2)
    reg[index["bias"]] = 0.0
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2, eps = 0.9, 0.999, 1e-8
    # (round 68) the sparse products as segment sums (np.add.reduceat) over the pairs grouped by row, and by
    # feature in a stable order: the same additions in the same order as np.add.at, several times faster
    row_at, row_ids = _segments(rows_a)
    by_col = np.argsort(cols_a, kind="stable")
    col_at, col_ids = _segments(cols_a[by_col])
    rows_by_col = rows_a[by_col]
    for t in range(1, iters + 1):
        scores = np.zeros((n, c))
        scores[row_ids] = np.add.reduceat(w[cols_a], row_at, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        resid = sw * (p - onehot) / n
        g = np.zeros_like(w)
        g[col_ids] = np.add.reduceat(resid[rows_by_col], col_at, axis=0)
        g += reg * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
    return w


def _segments(keys: Any) -> tuple[Any, Any]:
    """The start of each run of equal values of the grouped array ``keys``, and the value of each run."""
    import numpy as np

    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return starts, keys[starts]


def _model(
    labels: list[str],
    vocab: list[str],
    w: Any,
    l2: float,
    iters: int,
    lr: float,
    min_count: int,
    balance: float,
    families: Iterable[str],
    n: int,
    extra: dict[str, Any] | None = None,
) -> FM.Model:
    """The model of a fitted weight matrix: weights rounded to 3 decimals, the near-zero rows left out."""
    import numpy as np

    weights = {f: [round(float(a), 3) for a in w[i]] for i, f in enumerate(vocab) if np.abs(w[i]).max() >= 5e-4}
    meta: dict[str, Any] = {"l2": l2, "iters": iters, "lr": lr, "min_count": min_count, "balance": balance}
    meta.update(extra or {})
    if families:
        meta["families"] = sorted(families)  # the run-time features follow this list
    meta["examples"] = n
    return FM.Model(labels, weights, meta)


def score(
    model: FM.Model, exs: list[Example], margin: float = FM.MARGIN, scope: str = FM.SCOPE
) -> dict[str, Any]:
    """Accuracy of the rules and of rules + model on examples with a system event (as the eval scores
    found events), and the leaks (negated / hypothetical gold output as positive/asserted)."""
    from khabar.eval.events import factuality_class

    c: Counter = Counter()
    for x in exs:
        if x.rules is None:
            continue
        out = FM.decide(model.proba(x.feats), x.rules, margin, scope)
        gp, gm = FM.split_label(x.gold)
        hyp = factuality_class(gp, gm) != "factual"
        c["n"] += 1
        c["changed"] += out != x.rules
        for name, lab in (("rules", x.rules), ("model", out)):
            p, m = FM.split_label(lab)
            c[f"{name}_both"] += lab == x.gold
            c[f"{name}_pol"] += p == gp
            c[f"{name}_mod"] += m == gm
            c[f"{name}_class"] += factuality_class(p, m) == factuality_class(gp, gm)
            c[f"{name}_leak"] += hyp and lab == FM.ASSERTED_POSITIVE
    n = max(c["n"], 1)
    res: dict[str, Any] = {"found": c["n"], "changed": c["changed"]}
    for name in ("rules", "model"):
        res[name] = {
            "polarity": round(c[f"{name}_pol"] / n, 4),
            "modality": round(c[f"{name}_mod"] / n, 4),
            "class": round(c[f"{name}_class"] / n, 4),
            "both": round(c[f"{name}_both"] / n, 4),
            "leaks": c[f"{name}_leak"],
        }
    return res


MARGINS = (-0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
L2S = (0.0003, 0.001, 0.003, 0.01)
MODALITY_TOLERANCE = 0.005  # select_leaks_first: rows within half a point of the best modality


def cross_fit(
    folds: list[list[Example]],
    l2s: Iterable[float] = L2S,
    margins: Iterable[float] = MARGINS,
    scopes: Iterable[str] = ("asserted", "class", "all"),
    select: str = "class",
    tolerance: float = MODALITY_TOLERANCE,
) -> dict[str, Any]:
    """Fit on all folds but one, score that one (each in turn; two folds: both ways) for each L2 weight,
    margin and scope; pooled over the folds. ``best`` is the row picked by the rule ``select``: "class"
    (:func:`select_class_first`, round 17's, by which ``L2`` here and ``MARGIN`` / ``SCOPE`` in
    :mod:`khabar.events.factuality_model` were set) or "leaks" (:func:`select_leaks_first`, round 25's).
    Round 17's grid started at margin 0.1; round 25 adds 0.0, 0.05 and the leak-averse negative margins."""
    if len(folds) < 2:
        raise ValueError("cross-fit needs at least two folds (data files)")
    if select not in SELECTORS:
        raise ValueError(f"selection rule must be one of {sorted(SELECTORS)}, not {select!r}")
    grid: list[dict[str, Any]] = []
    margins, scopes = list(margins), list(scopes)
    for l2 in l2s:
        pairs = [
            (fit([x for j, f in enumerate(folds) if j != i for x in f], l2=l2), fold)
            for i, fold in enumerate(folds)
        ]
        for scope in scopes:
            for mg in margins:
                rs = [score(m, ex, mg, scope) for m, ex in pairs]
                n = sum(r["found"] for r in rs)
                row: dict[str, Any] = {"l2": l2, "scope": scope, "margin": mg, "found": n}
                row["changed"] = sum(r["changed"] for r in rs)
                for name in ("rules", "model"):
                    row[name] = {
                        k: round(sum(r[name][k] * r["found"] for r in rs) / max(n, 1), 4)
                        for k in ("polarity", "modality", "class", "both")
                    }
                    row[name]["leaks"] = sum(r[name]["leaks"] for r in rs)
                grid.append(row)
    best = select_leaks_first(grid, tolerance) if select == "leaks" else select_class_first(grid)
    return {"folds": [len(f) for f in folds], "select": select, "grid": grid, "best": best}


def select_class_first(grid: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Round 17's rule: among the rows with no more leaks than the rules, the highest class accuracy (the
    issue's took place / did not / might), then the fewest leaks, then the highest both-accuracy, then
    the larger margin and L2 (the more conservative)."""
    ok = [r for r in grid if r["model"]["leaks"] <= r["rules"]["leaks"]]

    def key(r: dict[str, Any]) -> tuple:
        m = r["model"]
        return (m["class"], -m["leaks"], m["both"], r["margin"], r["l2"])

    return max(ok, key=key) if ok else None


def select_leaks_first(
    grid: list[dict[str, Any]], tolerance: float = MODALITY_TOLERANCE
) -> dict[str, Any] | None:
    """Round 25's rule, leaks first under a bounded loss of modality: among the rows with no more leaks
    than the rules and a modality within ``tolerance`` of the best modality of the grid, the fewest leaks,
    then the highest class accuracy, then the highest modality, then the larger margin and L2."""
    if not grid:
        return None
    top = max(r["model"]["modality"] for r in grid)
    ok = [
        r
        for r in grid
        if r["model"]["leaks"] <= r["rules"]["leaks"] and r["model"]["modality"] >= top - tolerance - 1e-9
    ]

    def key(r: dict[str, Any]) -> tuple:
        m = r["model"]
        return (-m["leaks"], m["class"], m["modality"], r["margin"], r["l2"])

    return max(ok, key=key) if ok else None


SELECTORS = {"class": select_class_first, "leaks": select_leaks_first}


def train(
    paths: Iterable[Path] | None = None,
    out: Path = FM.MODEL_PATH,
    run: Callable[[str, str], Any] | None = None,
    l2: float = L2,
    iters: int = ITERS,
    families: Iterable[str] = FAMILIES,
    margin: float = MARGIN,
    source_weights: dict[str, float] | None = None,
    bags: int = BAGS,
) -> dict[str, Any]:
    """Fit on the records of ``paths`` and write the weights to ``out``, with the operating point the run time
    uses for them (``margin``, :data:`FM.SCOPE`) in the file's meta; ``paths`` defaults to :func:`shareable_data`;
    ``source_weights`` weighs the examples of a source (written into the meta when given); ``bags`` > 1 averages
    that many fold-out fits (:func:`fit_bagged`)."""
    paths = [Path(p) for p in (shareable_data() if paths is None else paths)]
    families = tuple(families)
    sizes = {p.name: (len(load_records([p])), hashlib.sha256(p.read_bytes()).hexdigest()[:16]) for p in paths}
    recs = load_records(paths)
    if not recs:
        raise ValueError(
            "no ANERcorp (Wojood-sample, arabic-protest-gsr, khabar-authored) factuality records to train on"
        )
    exs = examples(recs, run, families, source_weights)
    model = fit_bagged(exs, bags=bags, l2=l2, iters=iters, families=families)
    if source_weights:
        model.meta["source_weights"] = dict(sorted(source_weights.items()))
    train_acc = score(model, exs)
    model.meta.update(
        {
            "data": [{"file": k, "records": n, "sha256_16": h} for k, (n, h) in sizes.items()],
            "records": len(recs),
            "with_system_event": sum(x.rules is not None for x in exs),
            "labels": dict(Counter(x.gold for x in exs)),
            "command": COMMAND,
            "margin": margin,
            "scope": FM.SCOPE,
            "license": license_text(recs),
            "features": len(model.weights),
        }
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    return {"out": str(out), **{k: v for k, v in model.meta.items()}, "train_fit": train_acc}
