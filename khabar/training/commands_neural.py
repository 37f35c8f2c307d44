"""CLI commands of the neural NER tagger: ``khabar train ner-neural`` and ``khabar eval ner-neural``.

Registered from ``khabar/cli.py``; heavy imports (torch, NumPy) stay inside the commands.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from khabar.cli_groups import Groups


def register(cli: Groups) -> None:
    @cli.train.command("ner-neural")
    def train_ner_neural(
        seed: int = typer.Option(0, help="random seed (training is deterministic given it)"),
        out: Path = typer.Option(None, help="output folder (default: khabar/entities/models/)"),
        aqmar: bool = typer.Option(False, help="add AQMAR train to the training data"),
        use: bool = typer.Option(True, help="frozen USE-multilingual word vectors as an extra input"),
        max_minutes: float = typer.Option(15.0, help="stop after the epoch that passes this time"),
        embeddings: Path = typer.Option(
            None,
            help="frozen word vectors from `khabar train embeddings` (the model then holds them: local only)",
        ),
        pre_dim: int = typer.Option(128, help="size of the word vectors' trained projection"),
        shared: Path = typer.Option(None, help="the shared data folder (default: ../shared/data)"),
    ) -> None:
        """Train the char-CNN + BiLSTM-CRF Arabic tagger (torch CPU) and export it to .npz."""
        from khabar.training import ner_neural as nn

        info = nn.train(
            out or nn.MODEL_DIR,
            seed,
            shared or nn.SHARED,
            aqmar,
            max_minutes=max_minutes,
            use=use,
            embeddings=embeddings,
            pre_dim=pre_dim,
        )
        typer.echo(json.dumps(info, indent=1))

    @cli.train.command("embeddings")
    def train_embeddings(
        out: Path = typer.Option(
            ..., help="output folder, outside the package (the vectors are CC BY-NC-SA)"
        ),
        seed: int = typer.Option(0, help="random seed of the SVD (deterministic given it)"),
        dim: int = typer.Option(200, help="vector size"),
        window: int = typer.Option(3, help="context window (each side, weighted 1/distance)"),
        min_count: int = typer.Option(5, help="minimum corpus count of a word"),
        contexts: int = typer.Option(
            0,
            help="0: symmetric word contexts; N: the N most frequent words at each offset, one block per offset",
        ),
        max_vocab: int = typer.Option(100_000, help="at most this many words (most frequent)"),
        news: bool = typer.Option(True, help="SaudiNewsNet text (else only the NER train corpora)"),
        news_limit: int = typer.Option(None, help="read only this many news articles"),
        shared: Path = typer.Option(None, help="the shared data folder (default: ../shared/data)"),
    ) -> None:
        """Learn word vectors (PPMI + SVD, char n-grams for unseen words) from SaudiNewsNet and the NER
        train text, on khabar's normalized, clitic-stripped word keys. Non-commercial: never ship them."""
        import logging

        from khabar.training import embeddings as E
        from khabar.training.ner import SHARED

        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
        info = E.train(out, shared or SHARED, seed, dim, window, min_count, max_vocab, news=news,
                       news_limit=news_limit, n_ctx=contexts)  # fmt: skip
        typer.echo(json.dumps(info, indent=1))

    @cli.eval.command("ner-neural")
    def eval_ner_neural(
        data: list[str] = typer.Option(
            ["anercorp/dev"], "--data", help="anercorp/test, anercorp/dev or aqmar/dev"
        ),
        model: list[Path] = typer.Option(
            None, help="a .npz or a folder of them (repeatable: an ensemble; default: the shipped file)"
        ),
        crf: Path = typer.Option(None, help="the CRF model folder (default: the shipped one)"),
        ensemble: float = typer.Option(
            None, help="average the neural and CRF marginals, this weight on the neural ones (0..1)"
        ),
        shared: Path = typer.Option(None, help="the shared data folder (default: ../shared/data)"),
        as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
        propagate: bool = typer.Option(
            True, help="document-level consistency over 20-sentence pseudo-documents (as the CRF eval)"
        ),
        crf_propagation: bool = typer.Option(
            False, help="the CRF recognizer's consistency rules instead of the neural tagger's (worse on dev)"
        ),
    ) -> None:
        """Entity-level exact-match P/R/F1 (per type, micro, macro), scored by ``khabar.eval.ner``."""
        from khabar.eval.ner import describe, format_report
        from khabar.training import ner_neural as nn

        models = list(model) if model else None
        if models and len(models) == 1:
            models = models[0]
        results = []
        for spec in data:
            name, _, split = spec.partition("/")
            res = nn.evaluate_khabar(
                name, split, models, shared or nn.SHARED, propagate, crf, ensemble, crf_propagation
            )
            results.append(res)
            if not as_json:
                title = describe(name, split, res)
                if propagate:
                    title += ", document propagation (" + ("CRF's" if crf_propagation else "neural") + ")"
                else:
                    title += ", sentence by sentence"
                if ensemble is not None:
                    title += f", ensemble with the CRF (neural weight {ensemble})"
                typer.echo(format_report(res, title) + "\n")
        if as_json:
            typer.echo(json.dumps(results, indent=1))
