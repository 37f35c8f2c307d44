"""Shared helpers of the quotes tests: a document built from hand-written text and entities, run
through the quotes stage, and the speaker / source names it gives."""

from __future__ import annotations

from pathlib import Path

from khabar.document import Document, Entity, Mention
from khabar.quotes.extract import extract_quotes


def ensure_name_tokens(shared_data: Path) -> None:
    """The person-name token list ships built; a fresh checkout without it builds it once."""
    from khabar.quotes import lexicon
    from khabar.quotes.names import DATA, build_name_tokens

    if not DATA.exists():
        build_name_tokens(shared_data / "gazetteers" / "wikidata-translit")
        lexicon.person_name_tokens.cache_clear()


def quote_doc(text: str, persons: tuple[str, ...] = (), others: tuple[tuple[str, str], ...] = ()) -> Document:
    """An Arabic document whose entities are ``persons`` (PERSON) and ``others`` ((name, type)), each
    with a mention at every occurrence; the quotes stage runs on it and the result must validate."""
    ents = []
    typed = [(name, "PERSON") for name in persons] + list(others)
    for n, (name, etype) in enumerate(typed, 1):
        ms = []
        i = text.find(name)
        while i >= 0:
            ms.append(Mention(start=i, end=i + len(name), text=name))
            i = text.find(name, i + 1)
        ents.append(Entity(id=f"e{n}", type=etype, name=name, mentions=ms))  # type: ignore[arg-type]
    doc = Document(id="t", text=text, language="ar", entities=ents)
    doc.quotes = extract_quotes(doc)
    Document.model_validate(doc.to_dict())  # every new entity and mention is valid
    return doc


def typed_doc(text: str, ents: tuple[tuple[str, str], ...] = ()) -> Document:
    """``quote_doc`` with ``ents`` as (type, surface) pairs, each surface checked to occur in ``text``."""
    for _, name in ents:
        assert name in text, name
    return quote_doc(text, others=tuple((name, etype) for etype, name in ents))


def speakers(doc: Document) -> list[str | None]:
    return [e.name if (e := doc.entity(q.speaker)) else None for q in doc.quotes]


def sources(doc: Document) -> list[str | None]:
    return [e.name if (e := doc.entity(q.source)) else None for q in doc.quotes]
