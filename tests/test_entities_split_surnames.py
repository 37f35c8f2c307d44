"""A family name whose first letter the tokenizer takes for a proclitic (بلاتر → ب + «لاتر») is the person named in
full elsewhere in the article, not a place: in one article one word is one name. The sentences are written for
these tests (no corpus text)."""

from __future__ import annotations

from khabar.document import Document
from khabar.entities.recognize import ArabicRecognizer
from khabar.entities.stage import kb_names
from khabar.pipeline import PipelineConfig, default_pipeline

# as the entity stage runs it: with the knowledge base's people and countries
REC = ArabicRecognizer.load(None, *kb_names(PipelineConfig()))
TEXT = (
    "وقال رئيس الاتحاد الدولي لكرة القدم جوزيف بلاتر إن الشرطة اعتقلت سبعة مسؤولين في زيوريخ. "
    "واتهم المحققون بلاتر بالفساد."
)


def mentions(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text)
    return [(text[s.start : s.end], s.type) for s in REC.recognize(doc)]


def test_split_family_name_is_the_person_named_in_full():
    got = mentions(TEXT)
    assert ("لاتر", "GPE") not in got and ("بلاتر", "PERSON") in got
    assert ("زيوريخ", "GPE") in got or ("زيوريخ", "LOC") in got  # the real place stays
    doc = default_pipeline()(Document(id="t", text=TEXT, language="ar"))
    blatter = next(e for e in doc.entities if e.name == "جوزيف بلاتر")
    assert [m.text for m in blatter.mentions] == ["جوزيف بلاتر", "بلاتر"]
    assert not any(e.name == "لاتر" for e in doc.entities)


def test_a_split_word_with_no_such_person_keeps_its_reading():
    # no person of the article ends in «بلاتر»: the tokenizer's reading is left to the tagger
    text = "واتهم المحققون بلاتر بالفساد."
    assert ("بلاتر", "PERSON") not in mentions(text)
