"""Code round 63: ``Extractor.ar_sentence_triggers``, the public trigger pass over one Arabic sentence that
``hidden_tellings.cleared_types`` reads (before, it set the extractor's private ``_ar_places`` and called its
private ``_ar_triggers`` itself).

Every sentence here is written for the test, not taken from a gold set or an audit file.
"""

from __future__ import annotations

from khabar.document import Document
from khabar.events.extract import ArSentenceTriggers, Extractor

X = Extractor()


def _pass(text: str, places: tuple[str, ...] = ()) -> tuple[ArSentenceTriggers, list[str]]:
    doc = Document(id="t", text=text, language="ar")
    X(doc)  # tokenises the text into sentences
    toks = doc.layer.sentence_tokens(0)
    found = X.ar_sentence_triggers(toks, doc.layer.sentences[0], [text.index(p) for p in places])
    return found, [t.text for t in toks]


def test_triggers_with_type_and_first_token() -> None:
    found, words = _pass("هاجم المسلحون قرية قرب الحدود.")
    assert [(t.type, words[t.a]) for t in found.trigs] == [("ASSAULT", "هاجم")]
    assert found.crowd is None
    assert found.masdar_noun_types == {}


def test_light_masdar_read_at_its_noun_with_the_noun_type() -> None:
    # «لفرض عقوبات»: the trigger moves to the noun, the masdar stays its head, the noun's own type is given
    found, words = _pass("اجتمع الوزراء لفرض عقوبات على الشركة.")
    sanction = next(t for t in found.trigs if t.type == "SANCTION")
    assert (words[sanction.a], words[sanction.head]) == ("عقوبات", "لفرض")
    assert found.masdar_noun_types == {sanction.a: "SANCTION"}


def test_crowd_subject_given_even_without_a_protest_trigger() -> None:
    found, words = _pass("تجمع مئات المتظاهرين أمام مبنى البلدية.")
    assert found.crowd is not None and words[found.crowd] == "المتظاهرين"
    assert not any(t.type == "PROTEST" for t in found.trigs)


def test_place_mentions_are_this_calls_own() -> None:
    # «لتحرير» + a place is a liberation only where a place mention starts after it; the places of one call
    # do not carry over to the next
    text = "تقدمت القوات لتحرير الموصل في الشمال."
    with_place, words = _pass(text, ("الموصل",))
    assert [(t.type, words[t.a]) for t in with_place.trigs] == [("ASSAULT", "لتحرير")]
    assert _pass(text)[0].trigs == []
