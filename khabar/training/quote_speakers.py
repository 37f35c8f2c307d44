"""Fit the learned speaker ranker of the quotes stage (``khabar.quotes.ranker``) on ANERcorp quotations.

``khabar train quote-speakers`` runs the pipeline (the rules, ranker off) on the ANERcorp quotation
annotations (``eval/quotes/anercorp_{A,B}.jsonl``: ANERcorp sentences, CC BY-SA 4.0, annotated for
khabar), builds each detected quotation's speaker candidates with their features, labels them with
``khabar.eval.quotes.name_matches`` against the gold speaker (the "none" candidate is right for a gold
quotation without a named speaker), and fits the linear scorer: softmax over each quotation's
candidates, the log-likelihood of the right candidates with an L2 penalty, by damped Newton steps
(NumPy; deterministic: no sampling, no random start). The weights, the training data's name and size
and the command go to ``khabar/quotes/models/speaker_ranker.json``.

Only records with ``"dataset": "anercorp"`` are accepted: the SaudiNewsNet gold sets (CC BY-NC-SA) are
evaluation only, and a file holding any other record is refused as a whole.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.training.anercorp_text import read_annotations

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = (REPO / "eval" / "quotes" / "anercorp_A.jsonl", REPO / "eval" / "quotes" / "anercorp_B.jsonl")
ATTRIBUTION = (
    "Fitted on quotation annotations of ANERcorp (Benajiba, Rosso and Benedi Ruiz 2007, "
    "CC BY-SA 4.0) made for khabar (eval/quotes/anercorp_A.jsonl, anercorp_B.jsonl); these weights "
    "are a work derived from ANERcorp and are shared under CC BY-SA 4.0."
)


def load_records(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """The records of the JSONL files; every one must say ``"dataset": "anercorp"`` (license)."""
    return read_annotations(paths, "dataset", "quotation")


@dataclass
class Group:
    """One gold quotation matched by a system quotation: its candidates' features and which are right."""

    item: str
    part: str
    named: bool  # the gold speaker is named (else anonymous)
    rules_right: bool
    feats: list[dict[str, float]] = field(default_factory=list)
    labels: list[bool] = field(default_factory=list)
    names: list[str | None] = field(default_factory=list)  # each candidate's name (None: "none")
    quote: str = ""  # the system quotation's text

    def to_json(self) -> dict[str, Any]:
        return {"item": self.item, "part": self.part, "named": self.named, "rules_right": self.rules_right,
                "feats": self.feats, "labels": self.labels, "names": self.names, "quote": self.quote}  # fmt: skip

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Group:
        return cls(**d)


def collect_groups(items: Sequence[dict[str, Any]], pipeline: Any = None) -> list[Group]:
    """Run the pipeline (without the quotes and events stages) and the quotation rules on each item,
    and return one group per gold quotation that a system quotation overlaps (as the scorer pairs
    them: the system quotation overlapping it most)."""
    from khabar.eval.quotes import build_document, entity_names, name_matches
    from khabar.pipeline import Pipeline, PipelineConfig
    from khabar.quotes.extract import extract_quotes
    from khabar.quotes.ranker import quote_candidates

    if pipeline is None:
        pipeline = Pipeline(PipelineConfig(disabled={"quotes", "events"}))
    groups: list[Group] = []
    for item in items:
        doc, offset = build_document(item)
        pipeline(doc)
        got: dict[str, Any] = {}

        def hook(st: Any, quotes: list[Any], got: dict[str, Any] = got) -> None:
            got["cands"] = quote_candidates(st, quotes)
            got["quotes"] = list(quotes)
            # labels need every entity, those the rules made and will drop included
            got["names"] = {e.id: entity_names(st.doc, e.id) for e in st.doc.entities}

        if (doc.language or doc.layer.language) == "en":
            continue
        extract_quotes(doc, rerank=hook)
        quotes, cands, names = got.get("quotes", []), got.get("cands", []), got.get("names", {})
        idx = [n for n, q in enumerate(quotes) if q.end > offset]
        for g in item["quotes"]:
            gs, ge = g["start"] + offset, g["end"] + offset
            overl = [(min(quotes[n].end, ge) - max(quotes[n].start, gs), n) for n in idx]
            overl = [x for x in overl if x[0] > 0]
            if not overl:
                continue
            best = max(overl, key=lambda x: x[0])[1]  # the first of equal overlaps, as the scorer
            cl = cands[best]
            speaker = g.get("speaker")
            if speaker:
                labels = [c.eid is not None and name_matches(speaker, names.get(c.eid, [])) for c in cl]
                rules = quotes[best].speaker
                rules_right = rules is not None and name_matches(speaker, names.get(rules, []))
            else:
                labels = [c.eid is None for c in cl]
                rules_right = quotes[best].speaker is None
            groups.append(
                Group(
                    item["id"],
                    str(item.get("part", "")),
                    bool(speaker),
                    rules_right,
                    [c.features for c in cl],
                    labels,
                    [names[c.eid][0] if c.eid and names.get(c.eid) else None for c in cl],
                    quotes[best].text,
                )
            )
    return groups


def _arrays(groups: Sequence[Group], features: Sequence[str]) -> tuple[Any, Any, Any]:
    import numpy as np

    fi = {f: i for i, f in enumerate(features)}
    c = max((len(g.feats) for g in groups), default=1)
    x = np.zeros((len(groups), c, len(features)))
    mask = np.zeros((len(groups), c), dtype=bool)
    y = np.zeros((len(groups), c), dtype=bool)
    for n, g in enumerate(groups):
        for k, (f, lab) in enumerate(zip(g.feats, g.labels, strict=True)):
            for name, v in f.items():
                x[n, k, fi[name]] = v
            mask[n, k] = True
            y[n, k] = lab
    return x, mask, y


def fit(groups: Sequence[Group], l2: float = 1.0, iterations: int = 100) -> dict[str, float]:
    """Weights maximising sum over groups of log P(a right candidate), P the softmax of the linear
    scores over the group's candidates, minus ``l2``/2 |w|^2. Groups with no right candidate (the gold
    speaker is no candidate) teach nothing and are left out."""
    import numpy as np

    from khabar.quotes.ranker import FEATURES

    usable = [g for g in groups if any(g.labels)]
    if not usable:
        raise ValueError("no quotation with a right candidate to learn from")
    x, mask, y = _arrays(usable, FEATURES)
    nf = len(FEATURES)
    w = np.zeros(nf)

    def objective(w: Any) -> tuple[float, Any, Any]:
        s = np.where(mask, x @ w, -np.inf)
        top = s.max(axis=1, keepdims=True)
        e = np.where(mask, np.exp(s - top), 0.0)
        p = e / e.sum(axis=1, keepdims=True)
        py = np.where(y, p, 0.0)
        mass = py.sum(axis=1)
        loss = -np.log(mass).sum() + 0.5 * l2 * float(w @ w)
        r = py / mass[:, None]
        grad = np.einsum("gc,gcf->f", p - r, x) + l2 * w
        # the Fisher matrix of the softmax (positive semi-definite) as the Newton step's curvature
        mean = np.einsum("gc,gcf->gf", p, x)
        hess = np.einsum("gc,gcf,gck->fk", p, x, x) - mean.T @ mean + l2 * np.eye(nf)
        return float(loss), grad, hess

    loss, grad, hess = objective(w)
    for _ in range(iterations):
        step = np.linalg.solve(hess, grad)
        t = 1.0
        while t > 1e-8:
            w_new = w - t * step
            new_loss, new_grad, new_hess = objective(w_new)
            if new_loss <= loss - 1e-4 * t * float(grad @ step):
                break
            t *= 0.5
        else:
            break
        converged = loss - new_loss < 1e-9
        w, loss, grad, hess = w_new, new_loss, new_grad, new_hess
        if converged or float(np.abs(grad).max()) < 1e-7:
            break
    return {f: round(float(v), 6) for f, v in zip(FEATURES, w, strict=True)}


def accuracy(groups: Sequence[Group], weights: dict[str, float] | None) -> dict[str, Any]:
    """Named-speaker accuracy over the groups (the scorer's figure: a detected gold quotation with a
    named speaker is right when the chosen candidate matches it), with ``weights`` or, for ``None``,
    the rules' own choice; and the anonymous accuracy."""
    from khabar.quotes.ranker import Candidate, Ranker

    named = right = anon = anon_right = 0
    for g in groups:
        if weights is None:
            ok = g.rules_right
        else:
            cands = [Candidate(None, f) for f in g.feats]
            r = Ranker(weights, {})
            best = max(range(len(cands)), key=lambda k: (r.score(cands[k].features), -k))
            ok = g.labels[best]
        if g.named:
            named += 1
            right += ok
        else:
            anon += 1
            anon_right += ok
    return {
        "speaker_n": named,
        "speaker_right": right,
        "speaker_accuracy": round(right / named, 4) if named else 0.0,
        "anonymous_n": anon,
        "anonymous_right": anon_right,
    }


def write_model(weights: dict[str, float], out: Path, meta: dict[str, Any]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    data = {"model": "khabar quotation speaker ranker (linear, softmax over candidates)", **meta,
            "license": "CC BY-SA 4.0", "attribution": ATTRIBUTION, "weights": weights}  # fmt: skip
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def train(paths: Sequence[str | Path], out: Path, l2: float = 1.0) -> dict[str, Any]:
    records = load_records(paths)
    groups = collect_groups(records)
    weights = fit(groups, l2=l2)
    names = [Path(p).name for p in paths]
    meta = {
        "training_data": names,
        "training_sha256": {Path(p).name: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths},
        "records": len(records),
        "quotations": sum(len(r["quotes"]) for r in records),
        "groups": len(groups),
        "groups_with_right_candidate": sum(1 for g in groups if any(g.labels)),
        "l2": l2,
        "command": "khabar train quote-speakers " + " ".join(f"--data {n}" for n in names) + f" --l2 {l2:g}",
        "fit_accuracy": {"rules": accuracy(groups, None), "ranker": accuracy(groups, weights)},
    }
    write_model(weights, out, meta)
    return meta
