"""The article document: khabar's one output format, with a versioned JSON Schema.

Every span (``start``/``end``) is a character offset into ``Document.text``, the cleaned text,
end-exclusive, as in Python slicing: ``doc.text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

if TYPE_CHECKING:
    from khabar.text.layer import TextLayer

SCHEMA_VERSION = "1.1"

EntityType = Literal[
    "PERSON",  # people
    "ORG",  # organisations, agencies, armed groups, parties, militaries
    "GPE",  # countries, cities, states: places with a government
    "LOC",  # other locations: regions, seas, rivers, mountains
    "FAC",  # facilities: airports, bases, ports, buildings
    "WEAPON",  # weapons and vehicles: ميغ-31, BM-21, ships by name
    "MISC",  # everything else that is named
]
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]

Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "reported", "alleged", "planned", "possible", "conditional", "historical"]
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, validate_assignment=False)


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class TextSpan(Span):
    text: str


class EventMention(Span):
    """One telling of an event: its sentence (``start``/``end``) and the words naming the event there.
    A plain :class:`Span` is accepted (schema 1.0 code built mentions from sentence spans alone)."""

    model_config = ConfigDict(from_attributes=True)

    trigger: TextSpan | None = None


class KBRef(_Model):
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    geonames: int | None = None


class Geo(_Model):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code")
    basis: Literal["kb", "article_focus", "container"] = Field(
        default="kb",
        description="kb: the point of the entity's own KB entry; article_focus: a local name the KB "
        "does not know, placed at the article's most-mentioned town (approximate, no KB id); container: "
        "a place the KB does not know, placed at the region or country the text puts it in (approximate)",
    )


class Mention(TextSpan):
    pass


class Entity(_Model):
    id: str = Field(description="document-local id, e.g. e1")
    type: EntityType
    name: str = Field(description="canonical name in the article's language (its longest mention)")
    name_en: str | None = None
    kb: KBRef = Field(default_factory=KBRef)
    geo: Geo | None = None
    stands_for: str | None = Field(
        default=None, description="metonymy: a capital or building standing for a government, e.g. Q159"
    )
    country: str | None = Field(default=None, description="ISO code of the entity's country, when known")
    mentions: list[Mention] = Field(default_factory=list)


class Time(TextSpan):
    value: str | None = Field(default=None, description="ISO 8601 value; null when unresolvable")
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    granularity: Literal["year", "month", "week", "day", "hour", "minute", "unknown"] | None = None


class Amount(TextSpan):
    value: float
    unit: str | None = Field(default=None, description="unit, ISO 4217 currency code, or counted object")
    approximate: bool = False


class Quote(TextSpan):
    kind: Literal["direct", "partial", "indirect"] = "direct"
    speaker: str | None = Field(default=None, description="entity id of who said it")
    source: str | None = Field(default=None, description="entity id of the outlet that reports it")
    cue: Span | None = None


class Event(_Model):
    id: str
    type: str = Field(description="PLOVER event type")
    mode: str | None = Field(default=None, description="PLOVER mode, where it applies")
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    place_source: Literal["sentence", "dateline"] | None = Field(
        default=None, description="where the place came from: the sentence or the article's dateline"
    )
    date: str | None = None
    date_source: Literal["sentence", "dateline", "published"] | None = None
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    source: str | None = Field(default=None, description="entity id the claim is attributed to")
    evidence: Span
    mentions: list[EventMention] = Field(
        default_factory=list,
        description="every telling of the same event in the article: its sentence and its trigger there",
    )
    trigger: TextSpan | None = None
    embedded: bool | None = Field(
        default=None, description="the event is the complement of another one (refused to X, urged Y)"
    )


class StageError(_Model):
    stage: str
    error: str


class Document(_Model):
    schema_version: str = Field(default=SCHEMA_VERSION, alias="schema")
    id: str
    language: str | None = Field(default=None, description="ar, en or other")
    published: date | None = None
    title: str | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    text: str
    entities: list[Entity] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    errors: list[StageError] = Field(default_factory=list)

    _layer: TextLayer | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _spans_inside_text(self) -> Document:
        n = len(self.text)
        for span in self.iter_spans():
            if span.end > n:
                raise ValueError(f"span {span.start}-{span.end} lies beyond the text ({n} characters)")
            if isinstance(span, TextSpan) and self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span {span.start}-{span.end} says {span.text!r} but the text there is "
                    f"{self.text[span.start : span.end]!r}"
                )
        return self

    def iter_spans(self) -> Any:
        for e in self.entities:
            yield from e.mentions
        yield from self.times
        yield from self.amounts
        for q in self.quotes:
            yield q
            if q.cue:
                yield q.cue
        for ev in self.events:
            yield ev.evidence
            for m in ev.mentions:
                yield m
                if m.trigger:
                    yield m.trigger
            if ev.trigger:
                yield ev.trigger

    @property
    def layer(self) -> TextLayer:
        """Tokens, sentences and normalized text of ``text``, computed once and not serialized."""
        if self._layer is None:
            from khabar.text.layer import TextLayer

            self._layer = TextLayer(self.text)
        return self._layer

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        return cls.model_validate_json(data)


def make_id(*parts: str | None) -> str:
    """A stable article id from its url or its text, so re-ingesting the same article is idempotent."""
    h = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()
    return h[:16]


def json_schema() -> dict[str, Any]:
    schema = Document.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://khabar.dev/schema/document-{SCHEMA_VERSION}.json"
    schema["title"] = "khabar article document"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2)
