"""Quotations, speakers and sources on hand-built documents (entities given, as the NER would)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.document import Document, Entity, Mention
from khabar.pipeline import Pipeline, PipelineConfig
from khabar.quotes.extract import extract_quotes

pytestmark = pytest.mark.usefixtures("quote_names")


EXAMPLES = Path(__file__).resolve().parents[1] / "khabar" / "examples"


def _doc(text: str, lang: str = "ar", names: dict[str, str] | None = None) -> Document:
    """A document whose entities are every occurrence of ``names`` (name -> type)."""
    ents = []
    for n, (name, etype) in enumerate((names or {}).items(), 1):
        mentions, i = [], text.find(name)
        while i >= 0:
            mentions.append(Mention(start=i, end=i + len(name), text=name))
            i = text.find(name, i + len(name))
        assert mentions, name
        ents.append(Entity(id=f"e{n}", type=etype, name=name, mentions=mentions))  # type: ignore[arg-type]
    return Document(id="t", text=text, language=lang, entities=ents)


def _run(doc: Document) -> Document:
    doc.quotes = extract_quotes(doc)
    Document.model_validate(doc.to_dict())  # every span still matches the text
    return doc


def _speaker(doc: Document, i: int) -> str | None:
    e = doc.entity(doc.quotes[i].speaker)
    return e.name if e else None


def _source(doc: Document, i: int) -> str | None:
    e = doc.entity(doc.quotes[i].source)
    return e.name if e else None


def test_example_russia_korea_peskov_direct_quote_and_continuation() -> None:
    text = (EXAMPLES / "ar-russia-korea.txt").read_text(encoding="utf-8")
    doc = _run(
        _doc(
            text,
            names={
                "دميتري بيسكوف": "PERSON",
                "الكرملين": "ORG",
                "بيسكوف": "PERSON",
                "تاس": "ORG",
                "روسيا": "GPE",
            },
        )
    )
    by_text = {q.text: q for q in doc.quotes}
    peskov = by_text["لم يتم توقيع أي اتفاق عسكري مع بيونغ يانغ حتى الآن"]
    assert peskov.kind == "direct"
    assert doc.entity(peskov.speaker).name == "دميتري بيسكوف"
    assert text[peskov.cue.start : peskov.cue.end] == "وقال"
    # "وأضاف بيسكوف أن ..." and the participle "مشيرا إلى أن ..." are indirect speech by the same person
    added = next(q for q in doc.quotes if q.text.startswith("المحادثات ستتناول"))
    assert added.kind == "indirect" and doc.entity(added.speaker).name in ("بيسكوف", "دميتري بيسكوف")
    pointed = next(q for q in doc.quotes if q.text.startswith("كيم وصل أمس"))
    assert pointed.kind == "indirect"
    assert doc.entity(pointed.speaker).name in ("بيسكوف", "دميتري بيسكوف")
    # the Kremlin's announcement, reported by TASS
    kremlin = next(q for q in doc.quotes if q.text.startswith("الرئيس الروسي فلاديمير بوتين"))
    assert doc.entity(kremlin.speaker).name == "الكرملين"
    assert "تاس" in doc.entity(kremlin.source).name
    # "ميغ-31" is named in the text but is not a quotation; no quote without a speech cue
    assert not any("ميغ-31" == q.text for q in doc.quotes)
    assert not any(q.text.startswith("مئات الأشخاص") for q in doc.quotes)


def test_example_sanctions_yellen_and_dateline_source() -> None:
    text = (EXAMPLES / "en-sanctions.txt").read_text(encoding="utf-8")
    doc = _run(_doc(text, "en", {"Janet Yellen": "PERSON", "Iran": "GPE", "Reuters": "ORG"}))
    yellen = next(q for q in doc.quotes if q.text.startswith("These transfers fuel"))
    assert yellen.text == "These transfers fuel Russia's war against Ukraine"
    assert yellen.kind == "direct"
    assert _speaker(doc, doc.quotes.index(yellen)) == "Janet Yellen"
    assert doc.entity(yellen.source).name == "AP"  # WASHINGTON (AP) -
    treasury = next(q for q in doc.quotes if q.text.startswith("The United States on Monday"))
    assert doc.entity(treasury.speaker).name == "Treasury Department"  # added: the NER had no such entity
    assert doc.entity(treasury.speaker).type == "ORG"
    minister = next(q for q in doc.quotes if q.text.startswith("Tehran would respond"))
    assert doc.entity(minister.speaker).name == "Hossein Amir-Abdollahian"
    reuters = next(q for q in doc.quotes if q.text.startswith("European Union ministers"))
    assert doc.entity(reuters.source).name == "Reuters" and reuters.speaker is None


def test_example_gaza_ministry_added_as_entity_and_reuters_dateline() -> None:
    text = (EXAMPLES / "ar-gaza-aid.txt").read_text(encoding="utf-8")
    doc = _run(_doc(text, names={"سامح شكري": "PERSON", "أيمن الصفدي": "PERSON"}))
    first = doc.quotes[0]
    assert first.kind == "indirect" and first.text.startswith("مصر سترسل 120 شاحنة")
    ministry = doc.entity(first.speaker)
    assert ministry.name == "وزارة الخارجية المصرية" and ministry.type == "ORG"
    assert doc.entity(first.source).name == "رويترز"
    shoukry = next(q for q in doc.quotes if q.text.startswith("القاهرة ترفض"))
    assert doc.entity(shoukry.speaker).name == "سامح شكري"  # not his counterpart named before "أن"
    who = next(q for q in doc.quotes if q.text == "النظام الصحي على وشك الانهيار")
    assert doc.entity(who.speaker).name == "منظمة الصحة العالمية"


@pytest.mark.parametrize(
    "text",
    [
        'زار وزير الدفاع الروسي الطراد "مارشال شابوشنيكوف" في ميناء فلاديفوستوك أمس.',
        "وتفقد الزعيم مقاتلات «ميغ-31» وراجمات «BM-21» خلال زيارته.",
        'أنهت الحملة الوطنية المرحلة الـ11 من البرنامج الطبي "نمو بصحة وأمان" في مخيم الزعتري.',
        'أصدرت المكتبة طبعة جديدة من كتاب "روائع الخط العربي بجامع البوصيري" هذا الشهر.',
        'أعلنت "موبايلي" لعملائها إمكانية مضاعفة النقاط لدى شركة Avis لتأجير السيارات.',
        "وحاولت الإدارة جهدها «تبرير» جرائمها، ويكفي أن نذكر «مثلا» واحدا على ذلك.",
        "أعلنت الهيئة السعودية للمواصفات عن إلزام مصنعي السيارات بمتطلبات السلامة.",
    ],
)
def test_quoted_names_and_announcements_are_not_quotations(text: str) -> None:
    assert _run(_doc(text)).quotes == []


def test_partial_quote_after_description_verb() -> None:
    text = 'ووصف وزير الداخلية محمد بن علي الهجوم بأنه "عمل إرهابي" جبان، وتعهد بملاحقة منفذيه.'
    doc = _run(_doc(text, names={"محمد بن علي": "PERSON"}))
    assert [(q.text, q.kind) for q in doc.quotes] == [("عمل إرهابي", "partial")]
    assert _speaker(doc, 0) == "محمد بن علي"


def test_zero_subject_and_description_resolve_to_the_named_speaker() -> None:
    text = (
        "وقال الدكتور محمود أميري مقدم، المتحدث باسم منظمة حقوق الإنسان الإيرانية لـ«الشرق الأوسط» إن "
        "«التقرير يظهر شيئا كنا نسمع به منذ سنوات». وأضاف أن «تقارير متعددة صدرت عن هذا الأمر».\n\n"
        "وعن عمالة الأطفال قال المتحدث باسم منظمة حقوق الإنسان الإيرانية: «أوضاع الأفغان مصدر قلق كبير للمنظمات الدولية»."
    )
    doc = _run(_doc(text))  # no NER: the stage finds and adds the person itself
    assert [q.kind for q in doc.quotes] == ["direct", "direct", "direct"]
    speakers = {_speaker(doc, i) for i in range(3)}
    assert speakers == {"محمود أميري مقدم"}
    assert _source(doc, 0) == "الشرق الأوسط"


def test_attribution_cue_source_and_anonymous_speaker() -> None:
    text = (
        'وبحسب مصادر "سبق" فإن حريقا اندلع في نفايات بجوار كوبري المطار، وأن فرق الدفاع المدني هرعت للموقع.'
    )
    doc = _run(_doc(text))
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.kind == "indirect" and q.text.startswith("حريقا اندلع")
    assert q.speaker is None
    assert doc.entity(q.source).name == "سبق"


def test_indirect_content_stops_before_the_next_report() -> None:
    text = (
        "وأوضح مدير إدارة الشؤون المالية جمعان بن صالح أن الشيكات صرفت للمدارس، مضيفا أن التوزيع اكتمل أمس."
    )
    doc = _run(_doc(text))
    assert [q.text for q in doc.quotes] == ["الشيكات صرفت للمدارس", "التوزيع اكتمل أمس"]
    assert {_speaker(doc, 0), _speaker(doc, 1)} == {"جمعان بن صالح"}


def test_english_continuation_and_pronoun_speaker() -> None:
    text = (
        '"It\'s the first step in the process," Boulder City Manager Vicki Mayes said. '
        '"We will keep looking for funding in future bills." Police Chief Thomas Finn said pairing with '
        'Henderson on the project is ideal. "Henderson has money and we have land," he said.'
    )
    doc = _run(_doc(text, "en"))
    got = [(q.text, q.kind, _speaker(doc, i)) for i, q in enumerate(doc.quotes)]
    assert got == [
        ("It's the first step in the process", "direct", "Vicki Mayes"),
        ("We will keep looking for funding in future bills.", "direct", "Vicki Mayes"),
        ("pairing with Henderson on the project is ideal", "indirect", "Thomas Finn"),
        ("Henderson has money and we have land", "direct", "Thomas Finn"),
    ]


def test_unclosed_quotation_runs_to_the_paragraph_end() -> None:
    text = 'وأضاف كير: "إذا كانت واشنطن حريصة فعليا على السلام فعليها اتباع طريق آخر.\n\nوفي سياق آخر، انتهى الاجتماع.'
    doc = _run(_doc(text, names={"كير": "PERSON"}))
    assert [q.text for q in doc.quotes] == ["إذا كانت واشنطن حريصة فعليا على السلام فعليها اتباع طريق آخر."]
    assert _speaker(doc, 0) == "كير"


def test_stage_through_pipeline_fills_quotes_without_ner() -> None:
    text = (EXAMPLES / "ar-russia-korea.txt").read_text(encoding="utf-8")
    doc = Document(id="x", text=text)
    Pipeline(PipelineConfig(), stages=["language", "quotes"])(doc)
    assert not doc.errors
    assert any(q.kind == "direct" and doc.entity(q.speaker) is not None for q in doc.quotes)
    json.loads(doc.to_json())


def test_empty_and_quote_free_documents() -> None:
    assert _run(_doc("")).quotes == []
    assert _run(_doc("ارتفعت أسعار النفط اليوم بنسبة 2 في المئة.")).quotes == []


def test_svo_subjects_before_the_verb() -> None:
    text = (
        "وكانت رابطة أندية الدوري الإسباني لكرة القدم أعلنت الشهر الماضي أن نادي التشي هبط إلى الدرجة الثانية. "
        "إلا أن فيتالي تشوركين، سفير روسيا في الأمم المتحدة قال أول من أمس إن «ماليزيا أدخلت بعض الصياغة من مسودتنا»."
    )
    doc = _run(_doc(text))
    assert [q.kind for q in doc.quotes] == ["indirect", "direct"]
    league = doc.entity(doc.quotes[0].speaker)
    assert league.type == "ORG" and league.name.startswith("رابطة أندية الدوري الإسباني")
    assert _speaker(doc, 1) == "فيتالي تشوركين"


def test_name_in_apposition_and_surname_coreference() -> None:
    text = (
        "وأوضح المتحدث الإعلامي لصحة المنطقة الشرقية، أسعد سعود، أن حالة الطفلة معروفة بمرض وراثي.\n\n"
        "وقال حامد رافع الخيالي عميد بلدية مدينة سبها إن الاشتباكات تفجرت قبل أربعة أيام. "
        'وقال الخيالي هاتفيا من سبها "قتل حوالى 29 فردا وجرح أربعة في الاشتباكات".'
    )
    doc = _run(_doc(text))
    assert _speaker(doc, 0) == "أسعد سعود"
    assert doc.quotes[1].speaker == doc.quotes[2].speaker
    assert _speaker(doc, 2) == "حامد رافع الخيالي"


def test_outlet_told_after_the_verb_is_the_source_not_the_speaker() -> None:
    text = (
        'واتهم وزير الأوقاف الفلسطيني يوسف ادعيس إسرائيل بأنها "اقتحمت المسجد الأقصى". '
        'وأضاف لوكالة فرانس برس أن "قيام قوات الاحتلال باقتحام المسجد هو عمل همجي".'
    )
    doc = _run(_doc(text, names={"يوسف ادعيس": "PERSON", "إسرائيل": "GPE"}))
    assert [q.kind for q in doc.quotes] == ["partial", "direct"]
    assert _speaker(doc, 0) == "يوسف ادعيس" and _speaker(doc, 1) == "يوسف ادعيس"
    assert _source(doc, 1) == "فرانس برس"


def test_stray_closing_quote_does_not_swallow_the_next_report() -> None:
    text = (
        'وأكد العبيد بأنهم تعاقدوا مع سبعة لاعبين وهذا ما عملنا عليه". '
        "وأشار العبيد بأن إدارة النادي نجحت في جلب اللاعب البرازيلي جونيور."
    )
    doc = _run(_doc(text, names={"العبيد": "PERSON"}))
    assert [q.text for q in doc.quotes] == [
        "تعاقدوا مع سبعة لاعبين وهذا ما عملنا عليه",
        "إدارة النادي نجحت في جلب اللاعب البرازيلي جونيور",
    ]
    assert {_speaker(doc, 0), _speaker(doc, 1)} == {"العبيد"}


def test_person_the_ner_missed_inside_a_description_with_a_recognized_org() -> None:
    text = "وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين: «لا توجد خطط لعقد قمة»."
    doc = _run(_doc(text, names={"الكرملين": "ORG"}))
    assert _speaker(doc, 0) == "دميتري بيسكوف"
    assert doc.entity(doc.quotes[0].speaker).type == "PERSON"
    # with only the organisation as subject, it is the speaker
    doc = _run(
        _doc("وقالت وزارة الخارجية الروسية إن «المحادثات ستستمر».", names={"وزارة الخارجية الروسية": "ORG"})
    )
    assert _speaker(doc, 0) == "وزارة الخارجية الروسية"


def test_ali_is_a_name_not_the_preposition() -> None:
    doc = _run(_doc('وقال وزير الداخلية محمد بن علي للصحفيين إن "التحقيقات مستمرة في الحادث الأخير".'))
    assert _speaker(doc, 0) == "محمد بن علي"


def test_english_descriptions_pronouns_and_passive() -> None:
    text = (
        "Dallas forward Dirk Nowitzki had surgery on his left knee. He said he plans to return for a 21st "
        "season. A KBO official said the games will be rescheduled later in the season. The figures were "
        "reported by the ministry on Monday."
    )
    doc = _run(_doc(text, "en", {"Dirk Nowitzki": "PERSON"}))
    got = [(q.text, _speaker(doc, i)) for i, q in enumerate(doc.quotes)]
    assert got == [
        ("he plans to return for a 21st season", "Dirk Nowitzki"),
        ("the games will be rescheduled later in the season", None),
    ]


def test_paragraph_dateline_and_statement_from_an_office() -> None:
    text = (
        "اندلعت حرائق في شرق أثينا أمس.\n\n"
        "* جوهانسبورغ - «الشرق الأوسط»: قالت الرئاسة في جنوب أفريقيا إن الرئيس جاكوب زوما غادر المستشفى أمس. "
        "وذكر بيان من مكتب زوما: «الأطباء راضون عن نتيجة العملية، سيقضي الرئيس أياما في المنزل»."
    )
    doc = _run(_doc(text))
    assert [q.kind for q in doc.quotes] == ["indirect", "direct"]
    assert {_source(doc, 0), _source(doc, 1)} == {"الشرق الأوسط"}
    assert _speaker(doc, 1) == "مكتب زوما"


def test_outlet_told_is_not_part_of_an_anonymous_subject() -> None:
    doc = _run(
        _doc(
            "قال مسؤولان تركيان كبيران لرويترز إن الدلائل الأولية تشير إلى هجوم انتحاري.",
            names={"رويترز": "ORG"},
        )
    )
    assert doc.quotes[0].speaker is None and _source(doc, 0) == "رويترز"


def test_speaker_whose_name_is_withheld_is_anonymous() -> None:
    doc = _run(
        _doc(
            "وقال رئيس المجموعة الذي طلب عدم نشر اسمه كي لا يضر بعلاقاته مع «تويوتا» إن المبيعات تراجعت.",
            names={"تويوتا": "ORG"},
        )
    )
    assert [q.speaker for q in doc.quotes] == [None]


def test_bare_head_refers_to_the_body_named_after_the_same_head() -> None:
    doc = _run(
        _doc(
            "أعلن نادي الهلال السعودي تعاقده مع مدرب جديد.\n\n"
            'وقال النادي العاصمي عبر حسابه الرسمي: "تم الاتفاق على جميع التفاصيل مع المدرب".',
            names={"الهلال": "ORG"},
        )
    )
    assert _speaker(doc, 0) == "الهلال"


def test_english_add_in_its_sense_of_increasing_is_no_speech() -> None:
    text = (
        "Wavepiston said all shares had been subscribed. Hitting the full subscription added $329,000 to "
        "its equity, the company informed through social media."
    )
    doc = _run(_doc(text, lang="en", names={"Wavepiston": "ORG"}))
    assert not any("329,000" in text[q.start : q.end] for q in doc.quotes)
    doc = _run(_doc("The minister added that talks would resume on Monday in Geneva.", lang="en"))
    assert [text_of(doc, q) for q in doc.quotes] == ["talks would resume on Monday in Geneva"]


def text_of(doc: Document, q) -> str:
    return doc.text[q.start : q.end]


def test_a_speaker_with_the_name_of_an_entity_of_another_type_is_that_entity() -> None:
    text = "The firm Uber started tests this week. Uber said it did not need a permit for its cars."
    first = Mention(start=9, end=13, text="Uber")  # the tagger missed the second, sentence-initial Uber
    doc = Document(
        id="t",
        text=text,
        language="en",
        entities=[Entity(id="e1", type="MISC", name="Uber", mentions=[first])],
    )
    doc = _run(doc)
    assert doc.quotes and _speaker(doc, 0) == "Uber"
    assert [e.name for e in doc.entities] == ["Uber"]  # no second, PERSON-typed Uber
