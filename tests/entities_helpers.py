"""Helpers shared by the Arabic recognizer tests: one recognizer, and its mentions of a text."""

from __future__ import annotations

import re

from khabar.document import Document, Entity, Mention
from khabar.entities.recognize import ArabicRecognizer

REC = ArabicRecognizer.load()


def mentions(text: str) -> list[tuple[str, str]]:
    """(surface text, type) of every span the shipped recognizer finds in `text`."""
    doc = Document(id="t", text=text, language="ar")
    return [(text[s.start : s.end], s.type) for s in REC.recognize(doc)]


def persons(text: str) -> list[str]:
    """The surface text of every PERSON span the shipped recognizer finds in `text`."""
    return [m for m, t in mentions(text) if t == "PERSON"]


def doc_with_entities(text: str, names: list[tuple[str, str]]) -> Document:
    """A document whose entities are `names` (surface, type), one per name, a mention at each occurrence: the
    linker's input without running the recognizer."""
    ents = []
    for name, typ in names:
        ms = [Mention(start=m.start(), end=m.end(), text=name) for m in re.finditer(re.escape(name), text)]
        ents.append(Entity(id=f"e{len(ents) + 1}", type=typ, name=name, mentions=ms))
    return Document(id="t", text=text, entities=ents)
