"""Round 33: entity spans and nominal entities (the entities a user sees).

- a verb of saying or a future verb at the edge of a multi-word span, or a particle / ب + common word at
  its end, is not part of the name («قال ظريف»، «الجامعة سيقيم»، «جبهة النصرة بإطلاق»، «حسين يوسف بأن»);
- a town under a million inhabitants matched by another of its names only needs a place cue
  («العمل سويا» is not Sevilla); a place cue or the town's own Arabic name keeps the link;
- the events stage's own nominal entities take a country from their nationality adjective
  («الجيش الإسرائيلي» -> IL), and a definite nisba right after a definite noun is an adjective, not a
  group of its own («اليهود الأميركيين»، «بالهجوم الانتحاري»).

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

from entities_helpers import doc_with_entities
from events_helpers import extract

from khabar.document import Document
from khabar.entities.common_words import trim_span_edges
from khabar.entities.crf import Span
from khabar.kb.linker import Linker


def _trim(text: str, phrase: str, typ: str = "PERSON") -> str:
    i = text.index(phrase)
    (s,) = trim_span_edges(text, [Span(i, i + len(phrase), typ)])
    return text[s.start : s.end]


# --- span edges -------------------------------------------------------------------------------------
def test_speech_verb_before_a_name_is_cut() -> None:
    text = "وفي المؤتمر الصحفي أكد ظريف أن المفاوضات مستمرة."
    assert _trim(text, "أكد ظريف") == "ظريف"
    text = "وقال لافروف إن بلاده ترفض العقوبات."
    assert _trim(text, "وقال لافروف") == "لافروف"


def test_future_verb_after_a_name_is_cut() -> None:
    text = "وأعلنت الكلية أن الجامعة سيقيم فيها حفل التخرج."
    assert _trim(text, "الجامعة سيقيم", "ORG") == "الجامعة"
    text = "وقال المدير إن منظمة التجارة ستساعد الدول الفقيرة."
    assert _trim(text, "منظمة التجارة ستساعد", "ORG") == "منظمة التجارة"


def test_particle_or_preposition_after_a_name_is_cut() -> None:
    text = "وصرح التاجر حسين يوسف بأن الأسعار ارتفعت."
    assert _trim(text, "حسين يوسف بأن") == "حسين يوسف"
    text = "واتهم الجيش جبهة النصرة بإطلاق الصواريخ على القرية."
    assert _trim(text, "جبهة النصرة بإطلاق", "ORG") == "جبهة النصرة"


def test_names_keep_their_edges() -> None:
    for text, phrase in [
        ("وفاز فريق ستيوا بوخارست على ضيفه.", "ستيوا بوخارست"),
        ("وقال صلاح بادي إن القتال سيستمر.", "صلاح بادي"),
        ("وقالت قناة سي ان ان الأمريكية إن الاجتماع تأجل.", "سي ان ان"),
        ("وتعمل منظمة أطباء بلا حدود في المدينة.", "أطباء بلا حدود"),
        ("وصدمت سيارة فيراري حمراء الحاجز.", "سيارة فيراري"),  # a noun, no future verb
        ("وقال الناشط عبدالكريم بوخمسين إن الحملة مستمرة.", "عبدالكريم بوخمسين"),  # not ب + وخمسين
    ]:
        assert _trim(text, phrase, "ORG") == phrase, phrase


# --- look-alike towns -------------------------------------------------------------------------------
def _linked(text: str, name: str) -> bool:
    from khabar.kb.base import open_kb

    doc = doc_with_entities(text, [(name, "GPE")])
    Linker(open_kb(None))(doc)
    return next(e for e in doc.entities if e.name == name).kb.geonames is not None


def test_other_name_of_a_town_without_cue_is_no_link() -> None:
    assert not _linked("واتفق الجانبان على العمل سويا لوقف تدفق المقاتلين.", "سويا")  # ~ Sevilla
    assert not _linked("ووصف الاقتراح بالوهمي والبسيط والساذج.", "البسيط")  # ~ Albacete


def test_towns_keep_their_link() -> None:
    assert _linked("وتوجه الوفد إلى سويا لحضور المعرض.", "سويا")  # a place cue (إلى)
    assert _linked("واستضافت بوزنان المباراة النهائية.", "بوزنان")  # the town's own Arabic name
    assert _linked("وشرعت الخرطوم في إجراء اتصالات مع جوبا.", "الخرطوم")  # over a million


# --- the events stage's nominal entities ------------------------------------------------------------
def _nominal(doc: Document) -> dict[str, str | None]:
    return {e.name: e.country for e in doc.entities}


def test_nominal_entity_takes_its_nationality() -> None:
    doc = extract("وقصف الجيش الإسرائيلي مواقع في القطاع أمس.")
    assert _nominal(doc).get("الجيش الإسرائيلي") == "IL"
    doc = extract("واعتقلت الشرطة التركية عشرين شخصا في إسطنبول.")
    assert _nominal(doc).get("الشرطة التركية") == "TR"


def test_nisba_after_a_definite_noun_is_no_group() -> None:
    doc = extract("وهاجم المسلحون الجرحى السوريين في المستشفى.")
    assert "السوريين" not in _nominal(doc)
    doc = extract("وندد الوزير بالهجوم الانتحاري الذي استهدف المسجد.")
    assert "الانتحاري" not in _nominal(doc)


def test_nisba_group_after_a_verb_or_conjunction_stays() -> None:
    doc = extract("وألقى الجمهوريون خطابات طويلة ضد الاتفاق.")
    assert "الجمهوريون" in _nominal(doc)
    doc = extract("واعتقلت الشرطة المتظاهرين والإيرانيين عند الحدود.")
    assert "الإيرانيين" in _nominal(doc)
    doc = extract("وتظاهر الاف الفرنسيين في باريس احتجاجا على القانون.")  # a quantifier, no noun
    assert any("الفرنسيين" in name for name in _nominal(doc))
