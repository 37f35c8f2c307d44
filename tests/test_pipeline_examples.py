"""The bundled examples through the whole default pipeline: what `make demo` shows must stay right
(a regression in any stage shows here, where the stage tests give hand-built entities)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.document import Document
from khabar.ingest import document_from_text
from khabar.pipeline import Pipeline, PipelineConfig

EXAMPLES = Path(__file__).resolve().parents[1] / "khabar" / "examples"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(PipelineConfig())


def _run(pipeline: Pipeline, name: str) -> Document:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    return pipeline(document_from_text(text, input_name=name, published="2024-03-05"))


def _name(doc: Document, eid: str | None) -> str | None:
    e = doc.entity(eid)
    return e.name if e else None


def test_russia_korea_example(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "ar-russia-korea.txt")
    kim = next(e for e in doc.entities if e.name == "كيم جونغ-أون")
    assert {m.text for m in kim.mentions} == {"كيم جونغ-أون", "كيم"}  # one entity for both
    accuse = next(e for e in doc.events if e.type == "ACCUSE")
    assert (_name(doc, accuse.actor), _name(doc, accuse.target)) == ("واشنطن", "موسكو")
    agree = next(e for e in doc.events if e.type == "AGREE" and e.trigger.text.startswith("توقيع أي"))
    assert agree.polarity == "negative"  # «لم يتم توقيع أي اتفاق»
    assert {_name(doc, q.speaker) for q in doc.quotes} >= {"دميتري بيسكوف", "الكرملين"}
    assert any(a.value == 8000 and a.unit == "km" for a in doc.amounts)
    assert not any(a.text.endswith("31") for a in doc.amounts)  # ميغ-31 is no amount


def test_gaza_aid_example(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "ar-gaza-aid.txt")
    rejects = [q for q in doc.quotes if "ترفض" in q.text]
    assert rejects and _name(doc, rejects[0].speaker) == "سامح شكري"  # not his counterpart
    call = next(e for e in doc.events if e.type == "CONSULT")
    assert {_name(doc, call.actor), _name(doc, call.target)} == {"سامح شكري", "أيمن الصفدي"}


def test_english_sanctions_example(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "en-sanctions.txt")
    sanction = next(e for e in doc.events if e.type == "SANCTION")
    assert (_name(doc, sanction.actor), _name(doc, sanction.target)) == ("United States", "Iran")
    yellen = next(q for q in doc.quotes if "transfers" in q.text)
    assert _name(doc, yellen.speaker) == "Janet Yellen"
    assert not any(e.name == "accused" for e in doc.entities)
