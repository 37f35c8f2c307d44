"""Round 46: the event's date is not a time of another event's clause; round 47: the event's place is one of the
trigger's own clause (khabar/events/setting.py).

Sentences written for the test (none from a held-out set). 6 of the round-46 tests fail on main 6c7db34 (the cases
the round changes); 3 of round 47's fail on main 6b17b5c (the comma, the relative clause of another noun, the place
after the trigger); round 48's two (a report clause after the trigger's) fail on main a1c1194; the others are
counter-cases that keep main's place or date and the sources of the refactor's functions.
"""

from __future__ import annotations

from datetime import date

from khabar.document import Document, Event
from khabar.events.setting import event_date, event_place
from khabar.pipeline import Pipeline

PIPE = Pipeline(stages=["language", "entities", "times", "events"])


def _events(text: str) -> dict[str, Event]:
    doc = Document(id="t", text=text, published="2015-08-06")  # a Thursday
    PIPE(doc)
    assert not doc.errors
    return {ev.trigger.text: ev for ev in doc.events if ev.trigger is not None}


def _date(text: str, trigger: str) -> tuple[str | None, str | None]:
    ev = _events(text)[trigger]
    return ev.date, ev.date_source


# ---------------------------------------------------------------- the sources (the refactor's functions)
def test_sources_of_place_and_date() -> None:
    assert event_place("ent1", "ent2") == ("ent1", "sentence")
    assert event_place(None, "ent2") == ("ent2", "dateline")
    assert event_place(None, None) == (None, None)
    assert event_date("2015-08-04", "2015-08-05", date(2015, 8, 6)) == ("2015-08-04", "sentence")
    assert event_date(None, "2015-08-05", date(2015, 8, 6)) == ("2015-08-05", "dateline")
    assert event_date(None, None, date(2015, 8, 6)) == ("2015-08-06", "published")


# ---------------------------------------------------------------- the clause governing the complement
def test_the_time_of_the_telling_is_not_the_arrests() -> None:
    # main: the arrest dated Tuesday (2015-08-04), the day the police spoke
    assert _date("قالت الشرطة الثلاثاء إنها اعتقلت ثلاثة مسلحين.", "اعتقلت") == ("2015-08-06", "published")


def test_a_time_in_the_complement_dates_the_event() -> None:
    assert _date("قالت الشرطة الثلاثاء إنها اعتقلت أمس ثلاثة مسلحين.", "اعتقلت") == ("2015-08-05", "sentence")


def test_the_announced_meeting_keeps_its_own_day() -> None:
    # main: the meeting dated today, the day of the announcement
    text = "أعلن الحلف اليوم أن مجلسه سيجتمع الثلاثاء المقبل لبحث التهديدات."
    assert _date(text, "سيجتمع") == ("2015-08-11", "sentence")


def test_no_complement_keeps_the_sentence_time() -> None:
    assert _date("اعتقلت الشرطة الثلاثاء ثلاثة مسلحين.", "اعتقلت") == ("2015-08-04", "sentence")


def test_a_clause_opener_after_the_complementizer_ends_the_complement() -> None:
    # «بعد أن أتموا ...، حيث كان في استقبالهم»: the reception is the main clause's, on Friday dawn
    text = (
        "استقبلت صحة المنطقة فجر الجمعة الكوادر الطبية بعد أن أتموا مهامهم، حيث كان في استقبالهم عدد "
        "من المسؤولين."
    )
    assert _date(text, "استقبالهم") == ("2015-07-31", "sentence")


# ---------------------------------------------------------------- relative clauses of other nouns
def test_the_time_of_a_relative_clause_of_another_noun() -> None:
    # main: the detention dated Sunday, the day the ship sank
    text = "وقالت الشرطة إنها احتجزت خمسة رجال كانوا يقودون السفينة التي غرقت يوم الأحد."
    assert _date(text, "احتجزت") == ("2015-08-06", "published")


def test_the_praise_is_not_dated_by_the_fire() -> None:
    text = "وأشاد الوزير بجهود فرق الدفاع المدني في إطفاء الحريق الذي شب أمس في المصنع."
    assert _date(text, "أشاد") == ("2015-08-06", "published")


def test_the_relative_clause_of_the_event_noun_dates_it() -> None:
    evs = _events("وندد المجلس بالاعتداء الغاشم الذي وقع يوم الجمعة.")
    assert (evs["الاعتداء"].date, evs["الاعتداء"].date_source) == ("2015-07-31", "sentence")
    # the condemnation is not the attack's Friday (main dated it so)
    assert evs["وندد"].date_source == "published"


def test_the_event_the_trigger_happened_in_dates_it() -> None:
    # (round 56) not a player hurt in a match any more: an injury in a game is no ASSAULT (senses_mishap)
    assert _date("وأصيب شرطي خلال المظاهرة التي أقيمت يوم السبت.", "أصيب") == (
        "2015-08-01",
        "sentence",
    )
    text = "وقتل ثلاثة أشخاص في الهجوم الذي وقع مساء السبت في المدينة."
    (ev,) = [e for e in _events(text).values() if e.type == "ASSAULT"]
    assert (ev.date, ev.date_source) == ("2015-08-01", "sentence")


# ---------------------------------------------------------------- round 47: the place of the trigger's clause
def _place(text: str, trigger: str) -> str | None:
    doc = Document(id="t", text=text, published="2015-08-06")
    PIPE(doc)
    ev = next(ev for ev in doc.events if ev.trigger is not None and ev.trigger.text == trigger)
    if ev.place_source != "sentence":
        return None
    ent = doc.entity(ev.place)
    return ent.name if ent is not None else None


def test_a_place_before_the_comma_is_not_the_calls() -> None:
    # main: the call placed in Sudan, the place of the crisis of the clause before the comma
    assert _place("وسط تفاقم الأزمة في السودان، دعت الحكومة إلى وقف القتال.", "دعت") is None


def test_the_place_of_another_nouns_relative_clause() -> None:
    # main: the welcome placed in Cairo, where the summit was held
    text = "رحب الوزير بالقرارات التي اتخذتها القمة العربية التي عقدت في القاهرة."
    assert _place(text, "رحب") is None
    assert _place(text, "القمة العربية التي عقدت") == "القاهرة"


def test_the_place_after_the_trigger_before_the_actors_title() -> None:
    # main: the visit placed in Yemen, the place in the envoy's title
    assert _place("قام المبعوث الأممي في اليمن بزيارة إلى مدينة عدن أمس.", "بزيارة") == "عدن"


def test_where_and_a_fronted_place_are_the_clauses() -> None:
    assert _place("أصيب الطيار وأسر في هانوي حيث تعرض للتعذيب.", "لتعذيب") == "هانوي"
    assert _place("1- في ألمانيا، رشق مواطنون مسؤولا بالبيض؛ احتجاجا على قراره.", "احتجاجا") == "ألمانيا"


def test_the_place_of_the_own_clause_and_of_the_talks_after_a_comma() -> None:
    assert _place("اعتقلت الشرطة ثلاثة مسلحين في بغداد.", "اعتقلت") == "بغداد"
    assert _place("طالبت الدول الصين بوقف أنشطتها، خلال المحادثات في كوالالمبور.", "طالبت") == "كوالالمبور"


def test_a_noun_triggers_own_relative_clause_a_few_words_on() -> None:
    text = "أشاد الوزير بالقمة الأخيرة لدول المنطقة التي عقدت في الرياض."
    assert _place(text, "القمة") == "الرياض"
    assert _place(text, "أشاد") is None


# ---------------------------------------------------------------- round 48: a report clause after the trigger's
def test_the_time_of_a_source_phrase_after_a_comma() -> None:
    # main: the attack dated yesterday, the day the army announced it
    text = "قتل ثلاثة جنود في هجوم على نقطة تفتيش، بحسب ما أعلنه الجيش أمس."
    assert _date(text, "قتل ثلاثة جنود في هجوم") == ("2015-08-06", "published")
    text = "قتل ثلاثة جنود أمس في هجوم على نقطة تفتيش، بحسب الجيش."
    assert _date(text, "قتل ثلاثة جنود أمس في هجوم") == ("2015-08-05", "sentence")


def test_the_time_of_a_participle_of_speech_after_a_comma() -> None:
    # main: the condemnation dated last month, the time of the storming attempt the minister recalled
    text = "ندد الوزير بالهجوم على السفارة، مشيرا إلى أن المسلحين حاولوا اقتحامها الشهر الماضي."
    assert _date(text, "ندد") == ("2015-08-06", "published")
    assert _date(text, "اقتحامها") == ("2015-07", "sentence")


# ---------------------------------------------------------------- round 49: the place a visit goes to
def test_the_place_a_visit_goes_to_without_a_place_preposition() -> None:
    # main: no place (the destination is the verb's object, or after إلى / ل, no place preposition)
    assert _place("وكان وزير الخارجية قد زار إيران مؤخرا.", "زار") == "إيران"
    assert _place("أعلن الوزير أنه سيزور روسيا في القريب العاجل.", "سيزور") == "روسيا"
    assert _place("أجرى ولي العهد زيارة رسمية إلى فرنسا الشهر الماضي.", "أجرى ولي العهد زيارة") == "فرنسا"
    assert _place("أكد مسؤولون زيارة سليماني لموسكو.", "زيارة") == "موسكو"


def test_the_place_a_visit_goes_to_after_the_visitors_title_and_name() -> None:
    # main: no place (the subject right after the verb was required, not one behind its title)
    assert _place("يزور وزير الخارجية عادل الجبير القاهرة الأسبوع المقبل.", "يزور") == "القاهرة"
    assert _place("زار وفد من وزارة الصحة مصر أمس.", "زار") == "مصر"


def test_no_destination_far_from_the_visit_or_in_the_visitors_title() -> None:
    assert _place("التقى الوزير نظيره قبل أن يتوجه إلى الأردن خلال زيارة لها.", "زيارة") is None
    # the country in the visitor's title is never the place; the country visited is (lead, session 2026-12-06j:
    # this read None before, which kept الهند out but lost باكستان)
    assert _place("زار رئيس وزراء الهند باكستان.", "زار") == "باكستان"
    # (round 64) no destination read into «المصابين»; the hospital after «في» is the visit's place, as a facility
    # (`facility_place`: the place gold counts facilities), where main read None
    assert _place("زار الوزير المصابين في المستشفى.", "زار") == "المستشفى"


# ---------------------------------------------------------------- round 51: places the NER leaves untagged
def test_a_town_of_the_knowledge_base_the_ner_leaves_untagged() -> None:
    # main: no place (the tagger tags neither town; the knowledge base knows both)
    assert _place("قصفت الطائرات مواقع المسلحين في تعز أمس.", "قصفت") == "تعز"
    assert _place("ضبطت الشرطة ثلاثة مهربين بحفر الباطن.", "ضبطت") == "حفر الباطن"


def test_no_town_of_a_common_word_a_bearing_a_complement_or_a_name() -> None:
    assert _place("والشرطة الآن في طور القبض على المتهمين.", "القبض") is None  # «في طور»: no town
    # the condemned bombing's place is not the condemnation's; the bombing keeps it
    text = "ندد الوزير بالتفجير الإرهابي في مسجد بمنطقة عسير."
    assert _place(text, "ندد") is None
    assert _place(text, "التفجير") == "عسير"
    # the town in the actor's name
    assert _place("استنكر فرع وزارة الشؤون الإسلامية والأوقاف بعسير حادث التفجير.", "استنكر") is None


def test_no_town_of_the_knowledge_base_for_other_events_or_after_a_topic() -> None:
    # the untagged town is asked for only for the events of harm
    assert _place("أشاد الوزير بمواقف المسلحين في تعز أمس.", "أشاد") is None  # تعز with SUPPORT let in
    from khabar.events.setting import _about, gazetteer_places
    from khabar.events.triggers import Trig
    from khabar.text.tokenize import tokenize

    toks = tokenize("هدد المسلحون بشن هجمات وتحدثوا عن القصف في تعز.")
    (c,) = gazetteer_places(toks, [])
    assert _about(toks, Trig(0, 0, "THREATEN", None, "verb"), c)
    assert not _about(toks, Trig(6, 6, "ASSAULT", None, "noun"), c)


def test_a_towns_distance_and_bearing_is_no_place() -> None:
    from khabar.events.setting import _in_name_or_bearing as bearing
    from khabar.events.setting import gazetteer_places
    from khabar.text.tokenize import tokenize

    toks = tokenize("كان ينوي تفجيرها في منطقة وسط القضاء 120 كم شمال غرب تعز.")
    (c,) = gazetteer_places(toks, [])
    assert c.name == "تعز" and bearing(toks, c, None)
    toks = tokenize("كان ينوي تفجيرها في تعز.")
    (c,) = gazetteer_places(toks, [])
    assert c.name == "تعز" and not bearing(toks, c, None)
    toks = tokenize(
        "فر العشرات هربا من القصف شمال تعز."
    )  # a bearing with no distance (a crash of a first version)
    (c,) = gazetteer_places(toks, [])
    assert c.name == "تعز" and not bearing(toks, c, None)


def test_the_place_arrived_at_before_the_trigger() -> None:
    # main: no place (عدن after إلى, no place preposition)
    assert _place("وصلت إلى عدن أمس شحنة مساعدات طبية.", "مساعدات") == "عدن"


def test_no_place_arrived_at_after_the_trigger_or_across_a_concession() -> None:
    assert _place("عقد الوزير اجتماعا مع نظيره قبل أن يتوجه إلى باريس.", "عقد الوزير اجتماعا") is None
    # not القاهرة arrived at across the concession; (round 52) the besieged town is the siege's place
    assert _place("وصل الوفد إلى القاهرة رغم الحصار المفروض على غزة.", "الحصار") == "غزة"
    assert _place("وصل الوفد إلى القاهرة رغم الحصار المفروض.", "الحصار") is None


# ---------------------------------------------------------------- round 52: the place harmed
def test_the_place_a_harm_is_done_to_is_the_events_place() -> None:
    # main: no place (the trigger's object / genitive, no place preposition; the participants' target)
    assert _place("ويرى المحللون أن الغزو الروسي لأوكرانيا غير موازين القوى.", "الغزو") == "أوكرانيا"
    assert _place("وحذر الوزير من أن تشن اسرائيل هجوما جويا على طهران.", "تشن اسرائيل هجوما") == "طهران"
    assert _place("وأدان البيان الهجمات التي استهدفت تركيا الشهر الماضي.", "الهجمات التي استهدفت") == "تركيا"


def test_no_place_harmed_for_the_agent_a_verbs_subject_or_another_event() -> None:
    from khabar.events.setting import harm_objects
    from khabar.events.triggers import Cand, Trig
    from khabar.text.tokenize import tokenize

    toks = tokenize("قصفت روسيا المدينة أمس.")  # a verb's next word is its subject
    c = Cand(toks[1].start, toks[1].end, None, "روسيا", "GPE", 1, 1)
    assert harm_objects(toks, Trig(0, 0, "ASSAULT", None, "verb"), [c], None) == []
    toks = tokenize("هجوم إسرائيل على غزة")  # the genitive that is the actor
    isr = Cand(toks[1].start, toks[1].end, None, "إسرائيل", "GPE", 1, 1)
    gaza = Cand(toks[3].start, toks[3].end, None, "غزة", "GPE", 3, 3)
    assert harm_objects(toks, Trig(0, 0, "ASSAULT", None, "noun"), [isr, gaza], isr) == [gaza]
    toks = tokenize("ندد بالهجوم ، على مصر أن ترد")  # punctuation between
    c = Cand(toks[4].start, toks[4].end, None, "مصر", "GPE", 4, 4)
    assert harm_objects(toks, Trig(1, 1, "ASSAULT", None, "noun"), [c], None) == []


# ---------------------------------------------------------------- English (round 48en)
def test_english_the_time_of_the_reporting_clause_is_not_the_events() -> None:
    # main: the arrest dated Tuesday (2015-08-04), the day the police spoke
    assert _date("Police said Tuesday that a man was arrested in the city.", "arrested") == (
        "2015-08-06",
        "published",
    )
    assert _date("Police said that a man was arrested Tuesday in the city.", "arrested") == (
        "2015-08-04",
        "sentence",
    )
    # main: the killing dated Wednesday, the day the officials spoke after it
    assert _date("A soldier was killed in the attack, officials said Wednesday.", "killed in the attack") == (
        "2015-08-06",
        "published",
    )
    assert _date("A soldier was killed Monday in the attack, officials said.", "killed") == (
        "2015-08-03",
        "sentence",
    )


def test_english_the_time_of_a_participial_clause_after_the_trigger() -> None:
    # main: the arrest dated Saturday, the time of the theft it followed
    assert _date("A man was arrested after stealing a car on Saturday.", "arrested") == (
        "2015-08-06",
        "published",
    )
    assert _date("A man was arrested on Saturday after stealing a car.", "arrested") == (
        "2015-08-01",
        "sentence",
    )


def test_english_the_reports_own_adjunct_keeps_the_time() -> None:
    # the summit at which the telling happened is dated by it
    text = "The minister said Tuesday at the summit in Vienna that talks would resume."
    assert _date(text, "summit") == ("2015-08-04", "sentence")


# ---------------------------------------------------------------- round 53: precision guards of the place
def test_no_place_of_the_reporting_clause() -> None:
    # main: بروكسل, the office the alliance speaks from, not where its council meets
    text = "أعلن الحلف في بروكسل اليوم أن مجلسه سيجتمع الأسبوع المقبل."
    assert _place(text, "سيجتمع") is None
    # the event's own place after the complementizer stays
    assert _place("أعلن الحلف اليوم أن مجلسه سيجتمع في بروكسل.", "سيجتمع") == "بروكسل"
    # the place arrived at before «بأن» stays (round 51)
    assert _place("وتفاجأ فور وصوله إلى سوريا بأن عناصر من التنظيم قبضوا عليه.", "قبضوا") == "سوريا"
    # «كما أن»: a conjunction, not a clause that governs the trigger's (a first version lost this place)
    text = "وهناك زيادة في حالات الإصابة بسرطان الرئة في السعودية كما أن هناك قانونا يمنع التدخين."
    assert _place(text, "يمنع") == "السعودية"


def test_no_place_of_a_titles_holder() -> None:
    # main: باكستان and مسقط, the offices of the university's president and of the ambassador
    assert (
        _place("دان رئيس الجامعة الإسلامية العالمية في باكستان الدكتور أحمد التفجير الإرهابي.", "دان") is None
    )
    assert _place("قال السفير السعودي في مسقط إن الهجوم على السفارة مدان.", "الهجوم") is None
    # a place after the trigger, no title before it, stays
    assert _place("دان الوزير في باكستان التفجير الإرهابي.", "دان") == "باكستان"


def test_no_town_of_a_common_noun_or_of_a_split_ba() -> None:
    # main: الرباط (the cruciate ligament), النيل («بالنيل من»: harming), الاتحاد (a federation), «اديا» (ب split
    # off «باديا»)
    # (round 56) the injury itself is no event any more (senses_mishap): the ligament near another event
    assert _place("وطالب المدرب بعلاج اللاعب من إصابة الرباط الصليبي في الخارج.", "وطالب") is None
    assert _place("ليس لأي جماعة الحق بالنيل من أمن المجتمعات بدعوى حرية الرأي.", "بدعوى") is None
    text = "وطالبت الأندية بإغلاق الشكوى لدى لجنة الاحتراف بالاتحاد السعودي لكرة القدم."
    assert _place(text, "وطالبت") is None
    # (round 65) no «اديا»: the town after «مدينة», whole, is the complaints' place now (`place_noun_place`)
    place = _place("وتزايدت الشكاوى من أعداد الحمام في مدينة باديا ديل باجيس الإسبانية.", "الشكاوى")
    assert place == "مدينة باديا ديل باجيس"
    # the town itself, the Soviet Union and a glued ب the knowledge base knows stay
    assert _place("قتل ثلاثة أشخاص في هجوم بالرباط أمس.", "قتل ثلاثة أشخاص في هجوم") == "الرباط"
    assert _place("عاش في الاتحاد السوفيتي حتى اعتقاله عام 1980.", "اعتقاله") == "الاتحاد السوفيتي"
    assert _place("استقبل الأمير في قصر السلام بجدة وزير الدفاع.", "استقبل") == "جدة"


# ---------------------------------------------------------------- round 54: no place of a body's name
def test_no_place_of_a_bodys_name() -> None:
    # main: تبوك، نجران، مكة، الرياض, the seats named in the bodies' names, not where the events happen
    text = "نفت المديرية العامة للشؤون الصحية بمنطقة تبوك وجود إصابات جديدة بالفيروس."
    assert _place(text, "نفت") is None
    text = "رفع مواطن دعوى قضائية ضد أمانة منطقة نجران لرفضها تعويضه عن الأضرار."
    assert _place(text, "لرفضها") is None
    text = "دانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة التفجير الإرهابي."
    assert _place(text, "دانت") is None
    assert _place("وتعاونت الإدارة العامة للجوازات بالرياض مع الشرطة لكشف الشبكة.", "وتعاونت") is None
    # a construct head inside the name («فرع حقوق الانسان») does not end it
    assert _place("استنكر رئيس فرع حقوق الانسان بمكة المكرمة الاعتداء على العمال.", "استنكر") is None


def test_a_bodys_seat_where_the_event_happens_stays() -> None:
    # the name in a phrase of place: the meeting is held at the headquarters in Mecca
    text = "عقد الاجتماع في مقر الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة لبحث التعاون."
    assert _place(text, "عقد الاجتماع") == "مكة"
    # a verb between the body and the place ends the name
    assert _place("أغلقت الإدارة العامة محلات مخالفة في الرياض أمس.", "أغلقت") == "الرياض"
    assert _place("اعتقلت الشرطة المتهم في الرياض أمس.", "اعتقلت") == "الرياض"
    # a facility's name that holds a body's: the bombing was at the mosque in Asir
    assert _place("استنكر الوزير تفجير مسجد إدارة الطوارئ بمنطقة عسير.", "تفجير") == "عسير"


def test_no_place_of_a_topic() -> None:
    # main: لبنان، اليمن، الشرق الأوسط, the situations discussed, not where the talks are
    assert _place("وأضاف أنه تم بحث الأوضاع في لبنان وكيفية الوصول إلى رئيس جديد.", "بحث") is None
    text = "وبحث الجانبان خلال اللقاء مستجدات الوضع في اليمن."
    assert _place(text, "وبحث الجانبان خلال اللقاء") is None
    assert _place("بحث الوزيران تطورات الأوضاع في منطقة الشرق الأوسط.", "بحث") is None
    # nor the topic of the talks before: the first version gave the second talks Syria
    text = "وبحث الجانبان تطورات الأوضاع في سوريا كما بحثا تطورات الأوضاع في اليمن وسبل الحل."
    assert _place(text, "بحثا") is None
    # the talks' own place stays; a harm's place after «الوضع الأمني» stays
    assert _place("بحث الوزيران في الرياض تطورات الأوضاع في اليمن.", "بحث") == "الرياض"
    assert _place("قتل ثلاثة أشخاص في تدهور الوضع الأمني في بغداد.", "قتل") == "بغداد"
    # a deed (aid) for a crisis happens there: not a topic (a version for every type dropped it)
    text = "وقالت إن الولايات المتحدة ساهمت في المساعدة لحل أزمة الطاقة في مصر."
    assert _place(text, "المساعدة") == "مصر"
