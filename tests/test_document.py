import json

import pytest
from pydantic import ValidationError

from khabar.document import SCHEMA_VERSION, Document, Entity, Event, Mention, Span, json_schema


def _doc() -> Document:
    text = "وقال بوتين في موسكو إن الاتفاق لم يوقع."
    s = text.index("بوتين")
    return Document(
        id="a1",
        text=text,
        language="ar",
        published="2023-09-16",
        entities=[
            Entity(id="e1", type="PERSON", name="بوتين", mentions=[Mention(start=s, end=s + 5, text="بوتين")])
        ],
        events=[
            Event(
                id="v1", type="AGREE", actor="e1", polarity="negative", evidence=Span(start=0, end=len(text))
            )
        ],
    )


def test_round_trip_keeps_everything():
    doc = _doc()
    data = doc.to_json()
    assert json.loads(data)["schema"] == SCHEMA_VERSION
    again = Document.from_json(data)
    assert again == doc
    assert again.entities[0].mentions[0].text == "بوتين"
    assert again.events[0].polarity == "negative"


def test_mention_text_must_match_offsets():
    doc = _doc().to_dict()
    doc["entities"][0]["mentions"][0]["start"] += 1
    with pytest.raises(ValidationError, match="span"):
        Document.model_validate(doc)


def test_span_beyond_text_and_bad_values_rejected():
    doc = _doc().to_dict()
    doc["events"][0]["evidence"]["end"] = 10_000
    with pytest.raises(ValidationError, match="beyond"):
        Document.model_validate(doc)
    bad = _doc().to_dict()
    bad["events"][0]["modality"] = "certain"
    with pytest.raises(ValidationError):
        Document.model_validate(bad)
    bad = _doc().to_dict()
    bad["published"] = "2023-02-30"
    with pytest.raises(ValidationError):
        Document.model_validate(bad)


def test_schema_is_versioned_and_lists_fields():
    schema = json_schema()
    assert SCHEMA_VERSION in schema["$id"]
    props = schema["properties"]
    for key in (
        "schema",
        "id",
        "language",
        "published",
        "text",
        "entities",
        "times",
        "amounts",
        "quotes",
        "events",
    ):
        assert key in props
