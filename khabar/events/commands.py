"""CLI commands of `khabar.events`. Heavy imports stay inside the command functions."""

from __future__ import annotations

from pathlib import Path

import typer

from khabar.cli_groups import Groups


def register(cli: Groups) -> None:
    @cli.eval.command("events")
    def eval_events(
        plover: bool = typer.Option(
            False, "--plover", help="PLOVER GSR (322 English records): type, actor, target"
        ),
        plover_news: bool = typer.Option(
            False,
            "--plover-news",
            help="hand-annotated English news sentences (eval/events/plover_news.jsonl), --split dev|test",
        ),
        plover_news2: bool = typer.Option(
            False,
            "--plover-news2",
            help="second English news set (eval/events/plover_news2.jsonl, all dev)",
        ),
        news_file: str = typer.Option(
            "",
            "--file",
            help="with --plover-news: score this JSONL file instead of plover_news.jsonl; with --plover-ar: "
            "score this JSONL file (e.g. eval/events/plover_ar2.jsonl) instead of plover_ar.jsonl; with --factuality: "
            "score every item of this JSONL file (e.g. an ANERcorp half) instead of a split; with --coref: this "
            "gold file instead of eval/events/coref.jsonl",
        ),
        plover_ar: bool = typer.Option(
            False,
            "--plover-ar",
            help="hand-annotated Arabic news sentences (eval/events/plover_ar.jsonl, or --file "
            "eval/events/plover_ar2.jsonl), --split dev|test|all",
        ),
        arabic_protest: bool = typer.Option(
            False, "--arabic-protest", help="Arabic protest GSR and yes/no sets"
        ),
        factuality: bool = typer.Option(
            False, "--factuality", help="hand-annotated polarity/modality gold set"
        ),
        coref: bool = typer.Option(
            False,
            "--coref",
            help="the in-article merge of events against hand-grouped mentions (eval/events/coref.jsonl), "
            "--split dev|test|all (test held out: never itemised)",
        ),
        participants: bool = typer.Option(
            False,
            "--participants",
            help="actor and target of the gold events of a factuality split that has hand-annotated roles "
            "(eval/events/participants_<split>.jsonl: dev6 and dev8 tuning; dev7 and dev9 held out, never itemised)",
        ),
        place_time: bool = typer.Option(
            False,
            "--place-time",
            help="place and date of the gold events of a factuality split that has hand-annotated ones "
            "(eval/events/setting_<split>.jsonl: dev6 and dev8 tuning; dev7 and dev9 held out, never itemised)",
        ),
        split: str = typer.Option(
            "dev",
            "--split",
            help="factuality split: dev, test, all (dev+test), dev2 ... dev13 and test2 ... test18 (further batches, all tuning material now), test19a (tuning) and test19b (held out, never itemised; test19 is both halves, never itemised either), test20 (held out, never itemised; scored once by the lead), test21 (tuning, drawn with the held-out test20), test23, test24, test25, test26 and test27 (held out, never itemised; scored once by the lead), anercorp_A and anercorp_B (the learned classifier's training data); plover-news and plover-ar: dev, test or all; PLOVER: both halves unless --plover-dev",
        ),
        plover_dev: bool = typer.Option(
            False, "--plover-dev", help="PLOVER GSR dev half only (for tuning; the held-out half is not run)"
        ),
        stages: str = typer.Option(
            "language,entities,link,times,events",
            "--stages",
            help="pipeline stages run on each gold sentence",
        ),
        errors: bool = typer.Option(
            False, "--errors", help="list factuality mistakes (and PLOVER dev mistakes)"
        ),
        model: bool = typer.Option(
            True,
            "--model/--no-model",
            help="factuality: the learned classifier over the rules (khabar/events/models/factuality.json; "
            "on by default, as in the pipeline; --no-model scores the rules alone)",
        ),
        model_file: str = typer.Option(
            "", "--model-file", help="with --model: this weights file instead of the shipped one"
        ),
        model_scope: str = typer.Option(
            "",
            "--model-scope",
            help="with --model: which rules' labels the model may change: asserted (default), class, all",
        ),
        model_margin: float = typer.Option(
            None,
            "--model-margin",
            help="with --model: override margin (default: the weights file's own, -0.2 for the shipped file; "
            "a negative one is leak-averse: the model's best other label wins when within -margin of the "
            "rules' label)",
        ),
    ) -> None:
        """Evaluate event extraction; with no flag, run all three evaluations."""
        import json
        from pathlib import Path

        from khabar.eval import events as ev

        st = [s.strip() for s in stages.split(",") if s.strip()]
        if plover_dev:
            plover = True
        if not (
            plover
            or arabic_protest
            or factuality
            or plover_news
            or plover_news2
            or plover_ar
            or coref
            or participants
            or place_time
        ):
            plover = arabic_protest = factuality = True
        out = {}
        if plover:
            sp = ("dev",) if plover_dev else ("dev", "test")
            out["plover"] = ev.eval_plover(stages=st, splits=sp, errors=errors)
        if plover_news:
            kw = {"path": Path(news_file)} if news_file else {}
            out["plover_news"] = ev.eval_plover_news(split=split, stages=st, errors=errors, **kw)
        if plover_news2:
            out["plover_news2"] = ev.eval_plover_news(
                split="dev", path=ev.PLOVER_NEWS2, stages=st, errors=errors
            )
        if plover_ar:
            kw = {"path": Path(news_file)} if news_file else {}
            out["plover_ar"] = ev.eval_plover_ar(split=split, stages=st, errors=errors, **kw)
        if arabic_protest:
            out["arabic_protest"] = ev.eval_arabic_protest(stages=st)
        if factuality:
            try:
                out["factuality"] = ev.eval_factuality(
                    split=None if news_file else split,
                    path=Path(news_file) if news_file else None,
                    stages=st,
                    errors=errors,
                    model=(model_file or True) if model else False,
                    model_scope=model_scope or None,
                    model_margin=model_margin,
                )
            except ValueError as exc:
                raise typer.BadParameter(str(exc)) from None
        if coref:
            from khabar.eval import event_coref

            try:
                out["coref"] = event_coref.eval_coref(
                    path=Path(news_file) if news_file else event_coref.GOLD, split=split, errors=errors
                )
            except ValueError as exc:
                raise typer.BadParameter(str(exc)) from None
        if participants:
            from khabar.eval import event_roles

            try:
                out["participants"] = event_roles.eval_roles(split=split, stages=st, errors=errors)
            except ValueError as exc:
                raise typer.BadParameter(str(exc)) from None
        if place_time:
            from khabar.eval import event_roles

            try:
                out["place_time"] = event_roles.eval_setting(split=split, stages=st, errors=errors)
            except ValueError as exc:
                raise typer.BadParameter(str(exc)) from None
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))

    @cli.train.command("factuality")
    def train_factuality(
        data: list[Path] = typer.Option(
            None,
            "--data",
            help="factuality JSONL (repeatable; default: every shareable training file of eval/events that "
            "exists, factuality_anercorp_A/B, factuality_test18, factuality_protest_A-D: the shipped weights' "
            "data); any record whose source is not anercorp, wojood-sample (test18), arabic-protest-gsr or "
            "khabar-authored (factuality_authored1-4, not in the default data) is refused; with --cross-fit "
            "each --data is a fold, and FILE1,FILE2 joins files into one fold",
        ),
        all_shareable: bool = typer.Option(
            False,
            "--all-shareable",
            help="kept for old command lines: every shareable file is the default now",
        ),
        out: Path = typer.Option(None, help="weights file (default: khabar/events/models/factuality.json)"),
        cross_fit: bool = typer.Option(
            False,
            "--cross-fit",
            help="do not write: each --data file is a fold; fit on the others, score it, for a grid of "
            "L2 weights, margins and scopes",
        ),
        select: str = typer.Option(
            "class",
            "--select",
            help="with --cross-fit: the rule picking the best row: class (round 17: class accuracy "
            "first) or leaks (round 25: fewest leaks within half a point of the best modality)",
        ),
        margin: float = typer.Option(
            None,
            "--margin",
            help="the override margin written into the weights file as its operating point (the run time "
            "uses it unless --model-margin / events_factuality_margin is given; default -0.2, the shipped "
            "weights')",
        ),
        families: str = typer.Option(
            None,
            "--families",
            help="comma-separated feature families (near, form, gov, rconj; default 'near', the shipped "
            "weights'; 'none': round 17's features)",
        ),
        source_weight: list[str] = typer.Option(
            None,
            "--source-weight",
            help="SOURCE=W: weigh the examples of a record source by W in the loss (repeatable, e.g. "
            "khabar-authored=0.5; default: every example weighs 1, the shipped fit)",
        ),
    ) -> None:
        """Fit the learned factuality classifier (NumPy, L2, deterministic) on the shareable annotations
        (ANERcorp, the Wojood sample, the protest GSR sentences); the bare command rebuilds the shipped file."""
        import json

        from khabar.events import factuality_model as FM
        from khabar.training import factuality as T

        fam = T.FAMILIES if families is None else tuple(f for f in families.split(",") if f and f != "none")
        try:
            sweights = {k: float(v) for k, _, v in (w.partition("=") for w in source_weight or [])}
        except ValueError:
            raise typer.BadParameter("--source-weight takes SOURCE=NUMBER") from None
        try:
            if cross_fit:
                folds_paths = [[Path(q) for q in str(p).split(",")] for p in data] if data else []
                if len(folds_paths) < 2:
                    raise typer.BadParameter("--cross-fit needs at least two --data folds")
                folds = [T.examples(T.load_records(ps), families=fam) for ps in folds_paths]
                res = T.cross_fit(folds, select=select)
            else:
                paths = list(data) if data else T.shareable_data()  # --all-shareable: the default now
                mg = T.MARGIN if margin is None else margin
                sw = sweights or None
                res = T.train(paths, out or FM.MODEL_PATH, families=fam, margin=mg, source_weights=sw)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        typer.echo(json.dumps(res, ensure_ascii=False, indent=1))
