"""Event extraction on real-style sentences with hand-built entities."""

from __future__ import annotations

from events_helpers import X
from events_helpers import extract as _doc

from khabar.document import Document, Entity, Mention


def _name(doc: Document, eid: str | None) -> str | None:
    e = doc.entity(eid)
    return e.name if e else None


def test_negated_agreement_is_never_asserted_positive():
    d = _doc(
        "وقال المتحدث باسم الكرملين: «لم يتم توقيع أي اتفاق عسكري مع بيونغ يانغ حتى الآن».",
        "ar",
        [("بيونغ يانغ", "GPE")],
    )
    agree = [e for e in d.events if e.type == "AGREE"]
    assert agree and all(e.polarity == "negative" for e in agree)


def test_accuse_actor_and_target_through_metonymy():
    d = _doc(
        "من جهتها، اتهمت واشنطن موسكو بتزويد بيونغيانغ بتكنولوجيا عسكرية.",
        "ar",
        [("واشنطن", "GPE"), ("موسكو", "GPE")],
    )
    ev = next(e for e in d.events if e.type == "ACCUSE")
    assert (_name(d, ev.actor), _name(d, ev.target)) == ("واشنطن", "موسكو")
    assert ev.polarity == "positive" and ev.modality == "asserted"


def test_sanction_possible_and_conditional_agreement():
    d = _doc(
        "وقد تفرض الولايات المتحدة عقوبات جديدة إذا تم توقيع صفقة أسلحة بين البلدين.",
        "ar",
        [("الولايات المتحدة", "GPE")],
    )
    sanc = next(e for e in d.events if e.type == "SANCTION")
    assert sanc.modality in ("possible", "conditional")
    assert _name(d, sanc.actor) == "الولايات المتحدة"
    assert all(not (e.modality == "asserted" and e.polarity == "positive") for e in d.events)


def test_protest_in_seoul_with_dateline_and_date():
    text = "موسكو - قال الكرملين ذلك.\n\nوتظاهر مئات الأشخاص في سيول يوم الأحد احتجاجا على الزيارة."
    from datetime import date

    d = _doc(text, "ar", [("موسكو", "GPE"), ("سيول", "GPE")], published=date(2023, 9, 12))
    ev = next(e for e in d.events if e.type == "PROTEST")
    assert _name(d, ev.place) == "سيول" and ev.place_source == "sentence"
    assert ev.date == "2023-09-12" and ev.date_source == "published"
    assert ev.polarity == "positive"


def test_scope_traps_do_not_negate():
    d = _doc("وسرعان ما ندد الرئيس التركي بالهجوم.", "ar", [])
    assert any(e.type == "ACCUSE" and e.polarity == "positive" for e in d.events)
    d = _doc("وذكرت الشرطة في بيان أن الرجلين اللذين لم تكشف عن هويتهما اعتقلا في بريشيا.", "ar", [])
    ev = next(e for e in d.events if e.type == "COERCE")
    assert ev.polarity == "positive"


def test_future_reported_and_alleged_arabic():
    d = _doc(
        "أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيستقبل الزعيم الكوري الشمالي كيم جونغ-أون.",
        "ar",
        [("بوتين", "PERSON"), ("كيم جونغ-أون", "PERSON")],
    )
    ev = next(e for e in d.events if e.type == "CONSULT")
    assert (
        ev.modality == "planned" and _name(d, ev.actor) == "بوتين" and _name(d, ev.target) == "كيم جونغ-أون"
    )
    d = _doc("ويُشتبه في أن غارة جوية استهدفت مخزنا للوقود في خان يونس، بحسب مصادر محلية.", "ar", [])
    assert next(e for e in d.events if e.type == "ASSAULT").modality == "alleged"
    d = _doc("هاجم الحوثيون مواقع للمقاومة، بحسب وكالة سبأ.", "ar", [("وكالة سبأ", "ORG")])
    ev = next(e for e in d.events if e.type == "ASSAULT")
    assert ev.modality == "reported" and _name(d, ev.source) == "وكالة سبأ"


def test_english_sanctions_denial_and_negation():
    d = _doc(
        "The United States on Monday imposed new sanctions on three Iranian companies.",
        "en",
        [("United States", "GPE")],
    )
    ev = next(e for e in d.events if e.type == "SANCTION")
    assert ev.modality == "asserted" and ev.polarity == "positive" and _name(d, ev.actor) == "United States"
    d = _doc("Iran denied the accusation.", "en", [("Iran", "GPE")])
    assert any(e.type == "REJECT" and _name(d, e.actor) == "Iran" for e in d.events)
    d = _doc("No agreement was signed between the two sides.", "en", [])
    assert all(not (e.type == "AGREE" and e.polarity == "positive") for e in d.events)
    d = _doc("Police did not arrest him because of his poor health.", "en", [])
    assert next(e for e in d.events if e.type == "COERCE").polarity == "negative"
    d = _doc("Tehran would respond if Washington attacked its ships.", "en", [])
    assert next(e for e in d.events if e.type == "ASSAULT").modality == "conditional"


def test_meeting_told_three_times_is_one_event():
    text = (
        "التقى بوتين كيم في فلاديفوستوك. وبحث بوتين مع كيم التعاون. "
        "وقال الكرملين إن لقاء بوتين وكيم كان مثمرا."
    )
    d = _doc(text, "ar", [("بوتين", "PERSON"), ("كيم", "PERSON"), ("فلاديفوستوك", "GPE")])
    consult = [e for e in d.events if e.type == "CONSULT"]
    assert len(consult) == 1 and len(consult[0].mentions) == 3


def test_events_validate_against_the_document():
    d = _doc(
        "اتهمت واشنطن موسكو، ونفت روسيا الاتهامات.",
        "ar",
        [("واشنطن", "GPE"), ("موسكو", "GPE"), ("روسيا", "GPE")],
    )
    Document.model_validate_json(d.to_json())
    assert all(e.trigger and d.text[e.trigger.start : e.trigger.end] == e.trigger.text for e in d.events)


def test_stage_in_pipeline_and_sentence_date():
    from khabar.document import Time
    from khabar.pipeline import Pipeline

    text = "القاهرة - استقبل الرئيس المصري نظيره الفرنسي يوم 3 مارس."
    doc = Document(id="p", text=text, language="ar")
    s = text.index("3 مارس")
    doc.times.append(Time(start=s, end=s + 6, text="3 مارس", value="2024-03-03", granularity="day"))
    Pipeline(stages=["language", "events"])(doc)
    ev = next(e for e in doc.events if e.type == "CONSULT")
    assert ev.date == "2024-03-03" and ev.date_source == "sentence"
    assert ev.place_source == "dateline" and _name(doc, ev.place) == "القاهرة"
    assert not doc.errors


def test_english_without_ner_uses_capitalised_noun_phrases():
    d = _doc("Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.", "en", [])
    ev = next(e for e in d.events if e.type == "AGREE")
    assert "Hungarian" in _name(d, ev.actor) and "officials" in _name(d, ev.actor)
    d = _doc("Israeli soldiers arrested more than 100 Palestinians in Hebron.", "en", [])
    ev = next(e for e in d.events if e.type == "COERCE")
    assert _name(d, ev.actor) == "Israeli soldiers" and _name(d, ev.place) == "Hebron"


def test_denial_of_a_complement_and_anaphora():
    d = _doc("نفت روسيا أن تكون قواتها قصفت المستشفى.", "ar", [("روسيا", "GPE")])
    assert any(e.type == "REJECT" for e in d.events)
    assert next(e for e in d.events if e.type == "ASSAULT").polarity == "negative"
    text = "اتهمت واشنطن موسكو بتزويد بيونغيانغ بالسلاح، في حين نفت روسيا هذه الاتهامات."
    d = _doc(text, "ar", [("واشنطن", "GPE"), ("موسكو", "GPE"), ("روسيا", "GPE")])
    accuse = [e for e in d.events if e.type == "ACCUSE"]
    assert len(accuse) == 1 and _name(d, accuse[0].actor) == "واشنطن"


def test_quote_attributed_to_an_outlet_makes_the_event_reported():
    from khabar.document import Quote

    text = "ونقلت وكالة تاس عن المتحدث قوله: «قصفت القوات مواقع المسلحين»."
    doc = Document(
        id="q",
        text=text,
        language="ar",
        entities=[
            Entity(
                id="e1",
                type="ORG",
                name="وكالة تاس",
                mentions=[Mention(start=6, end=15, text="وكالة تاس")],
            )
        ],
    )
    s, e = text.index("«"), text.index("»") + 1
    doc.quotes.append(Quote(start=s, end=e, text=text[s:e], source="e1"))
    X(doc)
    ev = next(x for x in doc.events if x.type == "ASSAULT")
    assert ev.modality == "reported" and ev.source == "e1"


def test_arabic_morphology_blocks_false_triggers():
    d = _doc("أعلنت وزارة الصحة استمرار البحث عن المفقودين، ووصل الطالب إلى لوحة الإعلانات.", "ar", [])
    assert not any(e.type in ("CONSULT", "REQUEST", "THREATEN") for e in d.events)
    d = _doc("بحث الوزير مع نظيره الأردني التعاون الثنائي.", "ar", [])
    assert any(e.type == "CONSULT" and e.trigger.text == "بحث" for e in d.events)


def test_historical_unless_and_scope_of_reported_clause():
    d = _doc(
        "وكانت مصر وقطر قد توصلتا في 15 أكتوبر 2023 إلى اتفاق لإدخال الوقود.",
        "ar",
        [("مصر", "GPE"), ("قطر", "GPE")],
    )
    ev = next(e for e in d.events if e.type == "AGREE")
    assert ev.modality == "historical" and ev.polarity == "positive"
    d = _doc("ويخشى الدبلوماسيون من حرب أهلية ما لم يتم التوصل إلى حل للتوتر.", "ar", [])
    ev = next(e for e in d.events if e.type == "AGREE")
    assert ev.polarity == "negative" and ev.modality == "conditional"
    text = "وشهدت اللاذقية خروج تظاهرة حاشدة قبل أيام، ووفقا للتلفزيون السوري فقد تم اعتقال سليمان في مزرعة."
    d = _doc(text, "ar", [])
    assert next(e for e in d.events if e.type == "PROTEST").modality == "asserted"
    assert next(e for e in d.events if e.type == "COERCE").modality == "reported"


def test_date_from_the_dateline():
    from khabar.document import Time

    text = "LONDON, March 5 (Reuters) - Britain expelled two Russian diplomats.\n\nMoscow denied the charges."
    doc = Document(id="d", text=text, language="en")
    s = text.index("March 5")
    doc.times.append(Time(start=s, end=s + 7, text="March 5", value="2024-03-05", granularity="day"))
    X(doc)
    rej = next(e for e in doc.events if e.type == "REJECT")
    assert rej.date == "2024-03-05" and rej.date_source == "dateline"
    exp = next(e for e in doc.events if e.type == "SANCTION")
    assert exp.date_source == "sentence"


def test_dateline_outlet_before_the_dash_place_after_it():
    # «عين اليوم – نيويورك»: the outlet stands first and the place alone after the dash
    text = "عين اليوم – نيويورك\nوافق مجلس الأمن الدولي اليوم على اتفاق يحد من البرنامج النووي."
    d = _doc(text, "ar", [("نيويورك", "GPE"), ("مجلس الأمن الدولي", "ORG")])
    ev = next(e for e in d.events if e.type == "AGREE")
    assert ev.place_source == "dateline" and _name(d, ev.place) == "نيويورك"
    assert not any(e.name == "عين اليوم" for e in d.entities)
    # the place first: «القاهرة - ...» keeps it
    d = _doc("القاهرة - وافق مجلس الأمن الدولي على اتفاق.", "ar", [("القاهرة", "GPE")])
    ev = next(e for e in d.events if e.type == "AGREE")
    assert _name(d, ev.place) == "القاهرة"


def test_dateline_place_after_an_outlet_even_untagged_and_none_for_a_follow_up():
    text = "عين اليوم – مسقط\nواعتقلت الشرطة رجلين بعد الحادث."
    d = _doc(text, "ar", [])
    ev = next(e for e in d.events if e.type == "COERCE")
    assert ev.place_source == "dateline" and _name(d, ev.place) == "مسقط"
    d = _doc("سبق- جدة (تصوير/ مشعل الزهراني): واستقبل الأمير السفير.", "ar", [])
    assert _name(d, next(e for e in d.events if e.type == "CONSULT").place) == "جدة"
    # «متابعات» (follow-up) names no place, and the outlet is no place either
    d = _doc("عين اليوم – متابعات\nواعتقلت الشرطة رجلين بعد الحادث.", "ar", [])
    assert all(e.place is None for e in d.events)
    assert not any(e.name in ("عين اليوم", "متابعات") for e in d.entities)


def test_dateline_byline_is_no_place():
    # a reporter's byline before the dash is a person, not the place of every event of the article
    text = "عبدالله البرقاوي - واعتقلت الشرطة رجلين بعد الحادث."
    d = _doc(text, "ar", [("عبدالله البرقاوي", "PERSON")])
    assert all(e.place is None for e in d.events if e.type == "COERCE")
    # an outlet before the dash that the NER left untagged and the knowledge base does not know
    d = _doc("عين اليوم - واعتقلت الشرطة رجلين بعد الحادث.", "ar", [])
    assert all(e.place is None for e in d.events)
    assert not any(e.name == "عين اليوم" for e in d.entities)
    # a reporter, then the outlet alone on its line
    d = _doc("عمر إبراهيم – عين اليوم\nواعتقلت الشرطة رجلين بعد الحادث.", "ar", [("عمر إبراهيم", "PERSON")])
    assert all(e.place is None for e in d.events)
    # a reporter, then the place alone on its line, even untagged or typed as a person by the NER
    d = _doc("علي السحاري – القنفذة\nواعتقلت الشرطة رجلين بعد الحادث.", "ar", [("علي السحاري", "PERSON")])
    ev = next(e for e in d.events if e.type == "COERCE")
    assert ev.place_source == "dateline" and _name(d, ev.place) == "القنفذة"
    d = _doc(
        "محمد السريعي – بيشة\nواعتقلت الشرطة رجلين.", "ar", [("محمد السريعي", "PERSON"), ("بيشة", "PERSON")]
    )
    assert _name(d, next(e for e in d.events if e.type == "COERCE").place) == "بيشة"
    # an untagged place before the dash that the knowledge base knows
    d = _doc("مسقط - واعتقلت الشرطة رجلين بعد الحادث.", "ar", [])
    assert _name(d, next(e for e in d.events if e.type == "COERCE").place) == "مسقط"
