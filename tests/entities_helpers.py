"""Helpers shared by the Arabic recognizer tests: one recognizer, and its mentions of a text."""

from __future__ import annotations

from khabar.document import Document
from khabar.entities.recognize import ArabicRecognizer

REC = ArabicRecognizer.load()


def mentions(text: str) -> list[tuple[str, str]]:
    """(surface text, type) of every span the shipped recognizer finds in `text`."""
    doc = Document(id="t", text=text, language="ar")
    return [(text[s.start : s.end], s.type) for s in REC.recognize(doc)]


def persons(text: str) -> list[str]:
    """The surface text of every PERSON span the shipped recognizer finds in `text`."""
    return [m for m, t in mentions(text) if t == "PERSON"]
