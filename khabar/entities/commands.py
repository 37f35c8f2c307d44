"""CLI commands of `khabar.entities`: ``khabar train ner`` and ``khabar eval ner``.

Heavy imports stay inside the command functions.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from khabar.cli_groups import Groups


def register(cli: Groups) -> None:
    @cli.train.command("ner")
    def train_ner(
        seed: Annotated[int, typer.Option(help="Random seed (clusters, word dropout).")] = 13,
        out: Annotated[
            Path | None, typer.Option(help="Output directory (default: the package's models/).")
        ] = None,
        data: Annotated[
            Path | None, typer.Option(help="The shared data folder (default: ../shared/data).")
        ] = None,
        dev: Annotated[
            bool, typer.Option(help="Hold out the last 10% of ANERcorp train and score on it.")
        ] = False,
        clusters_from_news: Annotated[
            bool,
            typer.Option(help="Also learn clusters from SaudiNewsNet (CC BY-NC-SA: do not ship the result)."),
        ] = False,
        use_clusters: Annotated[
            str,
            typer.Option(
                help="USE word-vector clusters: k's of the k-means, comma-separated (e.g. 64,256,1024), "
                "or 'none' (the default)."
            ),
        ] = "none",
        aqmar: Annotated[
            bool, typer.Option(help="Add AQMAR train (CC BY-SA 3.0) to the training data.")
        ] = False,
        two_stage: Annotated[
            bool,
            typer.Option(
                "--two-stage/--one-stage",
                help="Also train the second-stage CRF (document context of cross-validated first-stage labels).",
            ),
        ] = True,
        protest_text: Annotated[
            bool,
            typer.Option(
                "--protest-text/--no-protest-text",
                help="Add the Arabic protest sentences (MIT, events/arabic-protest-gsr) to the cluster text.",
            ),
        ] = False,
        kmeans_restarts: Annotated[
            int, typer.Option(help="k-means runs per cluster granularity (the tightest is kept).")
        ] = 1,
        o_penalty: Annotated[
            float | None,
            typer.Option(help="Decoding penalty on O for the --dev scores (default: the shipped O_PENALTY)."),
        ] = None,
    ) -> None:
        """Train the Arabic CRF and build the English gazetteer from ../shared/data (deterministic)."""
        import logging

        from khabar.entities.english import GAZETTEER_FILE, build_gazetteer, save_gazetteer
        from khabar.training.ner import MODEL_DIR, SHARED, train

        logging.basicConfig(level=logging.INFO, format="%(message)s")
        shared = data or SHARED
        target = out or MODEL_DIR
        ks = (
            ()
            if use_clusters.strip().lower() in ("", "none")
            else tuple(int(k) for k in use_clusters.split(","))
        )
        summary = train(out=target, seed=seed, shared=shared, dev=dev, news_clusters=clusters_from_news,
                        extra_aqmar=aqmar, use_ks=ks, two_stage=two_stage, protest_text=protest_text,
                        kmeans_restarts=kmeans_restarts, o_penalty=o_penalty)  # fmt: skip
        save_gazetteer(build_gazetteer(shared), target / GAZETTEER_FILE)
        summary["english_gazetteer_bytes"] = (target / GAZETTEER_FILE).stat().st_size
        dev_scores = summary.pop("dev", None)
        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
        if dev_scores:
            from khabar.eval.ner import format_report

            sys.stdout.write(format_report(dev_scores, "ANERcorp train, held-out last 10% (dev)") + "\n")

    @cli.eval.command("ner")
    def eval_ner(
        data: Annotated[str, typer.Option(help="anercorp or aqmar.")] = "anercorp",
        split: Annotated[
            str, typer.Option(help="test or dev (aqmar: dev; anercorp dev = last 10% of train).")
        ] = "test",
        model: Annotated[
            Path | None, typer.Option(help="Model directory (default: the shipped one).")
        ] = None,
        english_geo: Annotated[
            bool,
            typer.Option("--english-geo", help="Score the English recognizer on the geoparsing toponyms."),
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
        no_propagate: Annotated[bool, typer.Option(help="Switch off document-level consistency.")] = False,
        o_penalty: Annotated[
            float | None,
            typer.Option(
                help="Recall-aware decoding: penalty on O's log-marginal (default: O_PENALTY; 0 = Viterbi)."
            ),
        ] = None,
        rules: Annotated[
            bool,
            typer.Option(
                "--rules",
                help="Score the whole Arabic recognizer (CRF + rules + knowledge-base names), as the entity "
                "stage runs it, not the CRF alone.",
            ),
        ] = False,
        quote_speakers: Annotated[
            str | None,
            typer.Option(
                help="Instead: the share of gold quotation speakers (eval/quotes, Arabic items) that the "
                "entity stage finds as an exact entity mention, on these sets ('all' = every tuning set of khabar.eval.quotes, "
                "or comma-separated).",
            ),
        ] = None,
        errors: Annotated[int, typer.Option(help="With --quote-speakers: list this many misses.")] = 0,
    ) -> None:
        """Entity-level exact-match P/R/F1 (conlleval style) per type, micro and macro."""
        from khabar.eval import ner as E
        from khabar.training.ner import SHARED

        if quote_speakers:
            from khabar.entities.corpus_eval import QUOTE_SPLITS, eval_quote_speakers

            sets = QUOTE_SPLITS if quote_speakers == "all" else tuple(quote_speakers.split(","))
            try:
                res = eval_quote_speakers(sets, errors)
            except ValueError as exc:
                raise typer.BadParameter(str(exc)) from exc
            if as_json:
                sys.stdout.write(json.dumps(res, indent=2, ensure_ascii=False) + "\n")
                return
            sys.stdout.write(f"{'set':<8} {'names':>6} {'exact':>6} {'rate %':>7} {'PER/ORG %':>9}\n")
            for name, r in res["splits"].items():
                sys.stdout.write(f"{name:<8} {r['names']:>6} {r['found']:>6} {r['rate']:>7.1f} "
                                 f"{r['rate_person_or_org']:>9.1f}\n")  # fmt: skip
            for m in res["errors"]:
                sys.stdout.write(
                    f"{m['split']} {m['id']}: {m['name']} <- {' | '.join(m['overlapping']) or '-'}\n"
                )
            return
        if english_geo:
            rows = E.eval_english_geo(SHARED, model)
            if as_json:
                sys.stdout.write(json.dumps(rows, indent=2) + "\n")
                return
            sys.stdout.write(f"{'set':<8} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'R(overlap)':>10}\n")
            for r in rows:
                sys.stdout.write(f"{r['set']:<8} {r['precision']:>7.2f} {r['recall']:>7.2f} {r['f1']:>7.2f} "
                                 f"{r['gold']:>6} {r['recall_overlap']:>10.2f}\n")  # fmt: skip
            return
        if data not in E.DATASETS:
            raise typer.BadParameter(f"--data must be one of {', '.join(E.DATASETS)}")
        if rules:
            from khabar.entities.corpus_eval import eval_corpus_rules

            result = eval_corpus_rules(data, split, SHARED, model)
        else:
            result = E.eval_corpus(
                data, split, SHARED, model, propagate=not no_propagate, o_penalty=o_penalty
            )
        if as_json:
            sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
            return
        title = E.describe(data, split, result) + (" - CRF + rules" if rules else "")
        sys.stdout.write(E.format_report(result, title) + "\n")
