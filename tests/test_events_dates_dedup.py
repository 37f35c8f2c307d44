"""An event's date is a calendar date, never a duration; one word told twice in a sentence is one event."""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import Pipeline
from tests.events_helpers import extract

PIPE = Pipeline(stages=["language", "entities", "times", "events"])


def _run(text: str, published: str = "2015-08-06") -> Document:
    doc = Document(id="t", text=text, published=published)
    PIPE(doc)
    assert not doc.errors
    return doc


def test_a_duration_in_the_sentence_is_not_the_event_date() -> None:
    doc = _run("اعتقلت الشرطة الإسرائيلية مستوطنا متطرفا بعد أربعة أيام من الهجوم.")
    assert any(t.type == "DURATION" for t in doc.times)
    assert doc.events
    for ev in doc.events:
        assert ev.date == "2015-08-06" and ev.date_source == "published"


def test_a_date_in_the_sentence_is_still_the_event_date() -> None:
    doc = _run("اعتقلت الشرطة الإسرائيلية مستوطنا متطرفا يوم الأحد الماضي.")
    assert doc.events
    assert {(ev.date, ev.date_source) for ev in doc.events} == {("2015-08-02", "sentence")}


def test_the_same_trigger_twice_in_a_sentence_is_one_event() -> None:
    text = (
        "بشأن حدوث تفجير أثناء قيام منسوبي قوة الطوارئ بأداء الصلاة في مسجد مقر القوة، مما نتج عنه "
        "استشهاد 15 وإصابة 33، والعثور في الموقع على أشلاء يعتقد أنها ناتجة عن تفجير بأحزمة ناسفة."
    )
    evs = [e for e in extract(text).events if e.type == "ASSAULT"]
    # (round 38) the injury «وإصابة 33» is an event of its own (eight words and more after the blast); the
    # blast told twice stays one event
    assert len([e for e in evs if e.trigger and "تفجير" in e.trigger.text]) == 1
    assert [e.trigger.text for e in evs if e.trigger and "تفجير" not in e.trigger.text] == ["إصابة"]


def test_two_different_triggers_of_one_type_stay_apart() -> None:
    # "signing" and "agreed": salience needs both to pick the main clause's event
    d = extract("With the signing of a memorandum, the two sides agreed to allow aid convoys.")
    assert len([e for e in d.events if e.type == "AGREE"]) == 2


def test_a_clock_time_without_a_day_is_not_the_event_date() -> None:
    doc = _run("داهم المسلحون الفندق قبل الساعة الثامنة صباحا.")
    assert any(t.value == "T08:00" for t in doc.times)
    assert doc.events and all(ev.date == "2015-08-06" for ev in doc.events)


def test_a_participant_noun_leaves_its_preposition_out() -> None:
    text = (
        "ونجحت عملية عسكرية قادتها فرنسا عام 2013 في إخراج المتشددين الذين يرتبط بعضهم بصلات بتنظيم "
        "القاعدة من مدن وبلدات سيطروا عليها قبل ذلك بعام في شمال مالي."
    )
    doc = _run(text)
    names = {e.name for e in doc.entities}
    assert "تنظيم" in names or "تنظيم القاعدة" in names
    assert not any(n.startswith("بتنظيم") for n in names)


def test_a_participant_noun_leaves_its_possessive_pronoun_out() -> None:
    from khabar.events.extract import _skip_clitics

    text = "ودعم سموه الدائم للغرفة وشبابها، مؤكدا سعي الغرفة"
    s = text.index("وشبابها")
    a, b = _skip_clitics(text, s, s + len("وشبابها"), "+شباب")
    assert text[a:b] == "شباب"
    s = text.index("سعي")
    assert _skip_clitics(text, s, s + 3, "سعي") == (s, s + 3)  # nothing to strip


def test_the_verbal_noun_that_ends_an_institution_name_is_no_event() -> None:
    assert not extract("ويثنون على جهود مركز الملك سلمان للإغاثة والأعمال الإنسانية في اليمن.").events
    assert [e.type for e in extract("أرسلت الحكومة فريقا لإغاثة المتضررين من الزلزال.").events] == ["AID"]
    # the body's own deed is still found: سيّر (dispatched) takes the aid after it
    sent = extract("سيّر مركز الملك سلمان للإغاثة امس 7 شاحنات تحمل مساعدات إغاثية للشعب اليمني.")
    assert [e.type for e in sent.events] == ["AID"]
