"""Round 32: entity precision on news, round 2 (the entities a user sees, all stages).

- a one-word entity made of a word ANERcorp tags O and never as a name (no gazetteer name either)
  is dropped, unless quotation marks or a name trigger (صحيفة) mark it as a name;
- a title made an entity by the quotes stage takes its country from its nationality adjective
  («وزير الخارجية الروسي» -> RU);
- «وقال في خطبة عيد الفطر»: the object of في is no speaker name.

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

from events_helpers import extract
from quotes_helpers import quote_doc

from khabar.entities.common_words import common_words, is_common_word_span
from khabar.kb.nisba import country_of_phrase, nisba_base
from khabar.text.normalize import normalize


# --- common words -----------------------------------------------------------------------------------
def _span(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def test_common_word_is_dropped() -> None:
    text = "ودعا الشباب بألا ينخدعوا بالدعاية على الإنترنت."
    assert normalize("ألا") in common_words()
    assert is_common_word_span(text, *_span(text, "ألا"))


def test_names_are_not_common_words() -> None:
    text = "وصل الوفد إلى الرياض ثم إلى القاهرة أمس."
    assert not is_common_word_span(text, *_span(text, "الرياض"))
    assert not is_common_word_span(text, *_span(text, "القاهرة"))


def test_quoted_or_triggered_common_word_stays() -> None:
    w = next(w for w in ("الوطن", "ينتمي") if normalize(w) in common_words())
    quoted = f"بحسب ما أوردته صحيفة “{w}” أمس."
    assert not is_common_word_span(quoted, *_span(quoted, w))
    after_trigger = f"ونشرت صحيفة {w} الخبر أمس."
    assert not is_common_word_span(after_trigger, *_span(after_trigger, w))


def test_two_word_span_is_left_alone() -> None:
    text = "ودعا الشباب بألا ينخدعوا."
    start = text.index("ألا")
    assert not is_common_word_span(text, start, text.index("."))


# --- events: a person noun after a verb is still its subject ---------------------------------------------
def _names(doc) -> set[str]:
    return {e.name for e in doc.entities}


def test_person_noun_after_verb_stays_an_actor() -> None:
    doc = extract("واحتج السائق على قرار الإدارة أمس.")
    assert "السائق" in _names(doc)


# --- the country of a titled official ----------------------------------------------------------------------
def test_nisba_of_country_names() -> None:
    assert nisba_base("روسيا") == normalize("روسي")
    assert nisba_base("فرنسا") == normalize("فرنسي")
    assert nisba_base("السعودية") == normalize("سعودي")
    assert nisba_base("مصر") == normalize("مصري")
    assert nisba_base("ألمانيا") == normalize("ألماني")


def test_country_of_title_phrase() -> None:
    assert country_of_phrase("وزير الخارجية الروسي") == "RU"
    assert country_of_phrase("وزيرة الدفاع الفرنسية") == "FR"
    assert country_of_phrase("وزير الخارجية الأمريكي") == "US"
    assert country_of_phrase("المستشار المالي") is None
    assert country_of_phrase("وزير الخارجية") is None


def test_quotes_office_entity_gets_country() -> None:
    doc = quote_doc("وقال وزير الخارجية الروسي في مؤتمر صحفي إن بلاده ترفض العقوبات الجديدة.")
    ent = next(e for e in doc.entities if e.name == "وزير الخارجية الروسي")
    assert ent.country == "RU"


# --- «قال في خطبة ...» ---------------------------------------------------------------------------------------
def test_object_of_fi_is_no_speaker() -> None:
    text = (
        "وأكد رئيس المجلس خالد منصور أن الإصلاحات مستمرة. "
        "وقال في خطبة الجمعة أمس: «لن نتراجع عن هذه الخطوات مهما كانت الصعوبات»."
    )
    doc = quote_doc(text, persons=("خالد منصور",))
    assert not any("خطبة" in e.name for e in doc.entities)


def test_common_word_after_a_title_stays() -> None:
    w = "مدني"
    assert normalize(w) in common_words()
    text = f"وأوضح المهندس {w} أن العمل في المشروع مستمر."
    assert not is_common_word_span(text, *_span(text, w))
