"""Reading BIO NER corpora (ANERcorp, AQMAR) and re-tokenizing them like khabar's text layer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from khabar.text.tokenize import TOKEN_RE

# Corpus tag -> khabar type. LOC stays LOC in the CRF; GPE is decided after tagging (gazetteer).
TYPE_MAP = {"PERS": "PERSON", "PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "MIS": "MISC"}


@dataclass
class Sentence:
    tokens: list[str]
    labels: list[str]  # BIO with khabar types


def _map_label(label: str) -> str:
    if label == "O" or "-" not in label:
        return "O"
    bio, _, typ = label.partition("-")
    return f"{bio}-{TYPE_MAP.get(typ, 'MISC')}"


def read_bio(path: Path, map_label: Callable[[str], str] = _map_label) -> list[Sentence]:
    """One token and its tag per line, blank lines between sentences; ``map_label`` turns a corpus
    tag into the label kept (by default khabar's types)."""
    sents: list[Sentence] = []
    toks: list[str] = []
    labs: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if toks:
                    sents.append(Sentence(toks, labs))
                    toks, labs = [], []
                continue
            if len(parts) == 1:  # a token without a tag (never in our copies) counts as O
                parts = [parts[0], "O"]
            toks.append(parts[0])
            labs.append(map_label(parts[-1]))
    if toks:
        sents.append(Sentence(toks, labs))
    return sents


def split_token(token: str) -> list[tuple[str, str]]:
    """The pieces khabar's tokenizer makes of one corpus token, with their kinds."""
    pieces = [(m.group(), m.lastgroup or "punct") for m in TOKEN_RE.finditer(token)]
    return pieces or [(token, "punct")]


def retokenize_pieces(sent: Sentence) -> tuple[list[str], list[str], list[int], list[str]]:
    """Pieces, their BIO labels, for each piece the index of its corpus token, and the pieces' kinds.

    Punctuation at the edge of an entity token (``موسكو،`` or ``(د``) is O; pieces inside it continue
    the entity, so ``جونغ-أون`` stays one name.
    """
    words: list[str] = []
    labels: list[str] = []
    owner: list[int] = []
    kinds: list[str] = []
    for ti, (tok, lab) in enumerate(zip(sent.tokens, sent.labels, strict=True)):
        pieces = split_token(tok)
        word_idx = [k for k, (_, kind) in enumerate(pieces) if kind != "punct"]
        lo, hi = (word_idx[0], word_idx[-1]) if word_idx else (0, len(pieces) - 1)
        typ = lab[2:] if lab != "O" else ""
        for k, (p, kind) in enumerate(pieces):
            if not typ or k < lo or k > hi:
                pl = "O"
            elif k == lo:
                pl = lab
            else:
                pl = "I-" + typ
            words.append(p)
            labels.append(pl)
            owner.append(ti)
            kinds.append(kind)
    return words, labels, owner, kinds


def retokenize(sent: Sentence) -> tuple[list[str], list[str], list[int]]:
    """Pieces, their BIO labels, and for each piece the index of its corpus token."""
    words, labels, owner, _kinds = retokenize_pieces(sent)
    return words, labels, owner


def project_labels(
    piece_labels: list[str], owner: list[int], pieces_kind: list[str], n_tokens: int
) -> list[str]:
    """Corpus-token labels from piece labels: a token takes the label of its first word piece."""
    out = ["O"] * n_tokens
    seen = [False] * n_tokens
    for lab, ti, kind in zip(piece_labels, owner, pieces_kind, strict=True):
        if not seen[ti] and kind != "punct":
            out[ti] = lab
            seen[ti] = True
    return repair_bio(out)


def repair_bio(labels: list[str]) -> list[str]:
    """I-X after O or after another type becomes B-X (what conlleval does when reading)."""
    out = []
    prev = "O"
    for lab in labels:
        if lab.startswith("I-") and (prev == "O" or prev[2:] != lab[2:]):
            lab = "B-" + lab[2:]
        out.append(lab)
        prev = lab
    return out
