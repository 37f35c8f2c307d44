"""ANERcorp as running text: the corpus's space-separated tokens joined back into news sentences.

ANERcorp (CC BY-SA 4.0) is the one Arabic news corpus here whose text may be used to train what
khabar ships. The quotation and factuality annotations made on it (``eval/quotes/anercorp.jsonl``,
``eval/events/factuality_anercorp.jsonl``) refer to the text this module makes, so the joining rules
below are part of those files' definition: change them and the offsets there move.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.entities.data import read_bio

PARTS = ("train", "test")

# Tokens that close onto the word before them / open onto the word after them.
_CLOSE = {".", "،", ",", ")", "»", ":", "؟", "!", "]", "؛", ";", "?", "…", "%", "’", "”", "),", '".'}
_OPEN = {"(", "«", "[", "“"}
_TOGGLE = {'"', "''"}  # straight quotes: the first of a pair opens, the second closes


@dataclass(frozen=True)
class AnerSentence:
    id: str  # "aner-<part>-<index>" (index of the sentence in the part's file, from 0)
    part: str
    index: int
    text: str
    tokens: tuple[str, ...]
    labels: tuple[str, ...]  # the corpus's BIO tags mapped to khabar types
    token_starts: tuple[int, ...]  # offset of each corpus token in ``text``


def detokenize(tokens: list[str]) -> tuple[str, list[int]]:
    """The sentence text and each token's start offset."""
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    glue_next = False
    open_quote = False
    for tok in tokens:
        space = bool(out) and not glue_next
        if tok in _CLOSE:
            space = False
        elif tok in _TOGGLE:
            if open_quote:
                space = False
            open_quote = not open_quote
        if space:
            out.append(" ")
            pos += 1
        starts.append(pos)
        out.append(tok)
        pos += len(tok)
        glue_next = tok in _OPEN or (tok in _TOGGLE and open_quote)
    return "".join(out), starts


def corpus_path(shared: Path, part: str) -> Path:
    return shared / "ner" / "anercorp" / f"{part}.txt"


def read_sentences(shared: Path, part: str) -> list[AnerSentence]:
    """Every sentence of one part (``train`` or ``test``) of ANERcorp, in corpus order."""
    if part not in PARTS:
        raise ValueError(f"ANERcorp part must be one of {PARTS}, not {part!r}")
    out: list[AnerSentence] = []
    for i, s in enumerate(read_bio(corpus_path(shared, part))):
        text, starts = detokenize(s.tokens)
        out.append(
            AnerSentence(f"aner-{part}-{i}", part, i, text, tuple(s.tokens), tuple(s.labels), tuple(starts))
        )
    return out


def context_before(sents: list[AnerSentence], index: int, n: int = 2) -> str:
    """The ``n`` sentences before ``index``, one paragraph each (ANERcorp keeps article order, without
    article boundaries, so this is context only and may belong to the previous article)."""
    return "\n\n".join(s.text for s in sents[max(0, index - n) : index])


class NotAnercorp(ValueError):
    """A training record that is not an ANERcorp annotation (or a file that is missing)."""


def read_annotations(
    paths: Iterable[str | Path], field: str, what: str, allowed: tuple[str, ...] = ("anercorp",)
) -> list[dict[str, Any]]:
    """The records of annotation JSONL files made on this text, every one with ``field`` == "anercorp":
    only those (CC BY-SA) may train a shipped model; the SaudiNewsNet sets are evaluation only.
    ``allowed`` widens the accepted values for a caller with other shareable data (the factuality
    trainer also takes "wojood-sample", MIT)."""
    out: list[dict[str, Any]] = []
    for p in map(Path, paths):
        if not p.is_file():
            raise NotAnercorp(f"{p}: no such file (the ANERcorp {what} annotations)")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get(field) not in allowed:
                extra = "".join(f" or {a}" for a in allowed if a != "anercorp")
                raise NotAnercorp(
                    f"{p}:{n}: {field} {rec.get(field)!r}, not {' / '.join(map(repr, allowed))}: only ANERcorp"
                    f"{extra} {what} annotations may train a shipped model; the SaudiNewsNet sets "
                    "(CC BY-NC-SA) are evaluation only"
                )
            out.append(rec)
    return out
