"""Clustering, linking, geocoding and metonymy on a KB built from the shared GeoNames files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.document import Document, Entity, Mention
from khabar.kb.base import KnowledgeBase
from khabar.kb.build import build_kb
from khabar.kb.linker import Linker
from khabar.pipeline import Pipeline, PipelineConfig

EXAMPLES = Path(__file__).resolve().parents[1] / "khabar" / "examples"


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> KnowledgeBase:
    out = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    build_kb(out, shared=shared_data, extra_gazetteers=False, translit_iterations=3, translit_limit=5000)
    return KnowledgeBase(out)


def make_doc(text: str, names: list[tuple[str, str]]) -> Document:
    """One entity per distinct name (as the NER stage gives them), mentions at every whole occurrence."""
    taken: list[tuple[int, int]] = []
    ents = []
    for name, typ in sorted(names, key=lambda nt: -len(nt[0])):
        ms = []
        for m in re.finditer(re.escape(name), text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            ms.append(Mention(start=m.start(), end=m.end(), text=name))
            taken.append((m.start(), m.end()))
        ents.append(Entity(id=f"e{len(ents) + 1}", type=typ, name=name, mentions=ms))
    return Document(id="t", text=text, entities=ents)


RUSSIA_KOREA = [
    ("موسكو", "GPE"), ("الكرملين", "ORG"), ("فلاديمير بوتين", "PERSON"), ("كيم جونغ-أون", "PERSON"),
    ("فلاديفوستوك", "GPE"), ("وكالة تاس", "ORG"), ("دميتري بيسكوف", "PERSON"), ("بيونغ يانغ", "GPE"),
    ("بيسكوف", "PERSON"), ("كيم", "PERSON"), ("الوكالة الكورية الشمالية للأنباء", "ORG"), ("ميغ-31", "WEAPON"),
    ("فلاديسفوستوك", "GPE"), ("واشنطن", "GPE"), ("بيونغيانغ", "GPE"), ("روسيا", "GPE"),
    ("الولايات المتحدة", "GPE"), ("سيول", "GPE"), ("يونهاب", "ORG"),
]  # fmt: skip


@pytest.fixture(scope="module")
def russia_korea(kb: KnowledgeBase) -> Document:
    text = (EXAMPLES / "ar-russia-korea.txt").read_text(encoding="utf-8")
    doc = make_doc(text, RUSSIA_KOREA)
    Linker(kb)(doc)
    return doc


def by_name(doc: Document, name: str) -> Entity:
    return next(e for e in doc.entities if any(m.text == name for m in e.mentions))


def test_clustering_merges_short_forms_and_spellings(russia_korea: Document) -> None:
    doc = russia_korea
    assert by_name(doc, "كيم") is by_name(doc, "كيم جونغ-أون")
    assert by_name(doc, "بيسكوف") is by_name(doc, "دميتري بيسكوف")
    assert by_name(doc, "فلاديسفوستوك") is by_name(doc, "فلاديفوستوك")
    assert by_name(doc, "بيونغيانغ") is by_name(doc, "بيونغ يانغ")
    assert by_name(doc, "موسكو") is not by_name(doc, "روسيا")
    assert by_name(doc, "كيم").name == "كيم جونغ-أون"
    assert by_name(doc, "فلاديسفوستوك").name == "فلاديفوستوك"  # the frequent spelling, not the typo


def test_ids_renumbered_and_document_valid(russia_korea: Document) -> None:
    doc = russia_korea
    assert [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(doc.entities) + 1)]
    firsts = [e.mentions[0].start for e in doc.entities]
    assert firsts == sorted(firsts)
    Document.model_validate_json(doc.to_json())  # spans still point at their text
    assert len({(m.start, m.end) for e in doc.entities for m in e.mentions}) == sum(
        len(e.mentions) for e in doc.entities
    )


def test_links_geocodes_and_names(russia_korea: Document) -> None:
    doc = russia_korea
    moscow = by_name(doc, "موسكو")
    assert moscow.kb.geonames == 524901 and moscow.kb.wikidata == "Q649" and moscow.name_en == "Moscow"
    assert moscow.geo is not None and abs(moscow.geo.lat - 55.75) < 0.1 and moscow.geo.country == "RU"
    washington = by_name(doc, "واشنطن")
    assert washington.kb.geonames == 4140963  # Washington, D.C., not Washington, Utah (5549222)
    pyongyang = by_name(doc, "بيونغ يانغ")
    assert pyongyang.kb.geonames == 1871859 and pyongyang.country == "KP"
    assert by_name(doc, "فلاديسفوستوك").kb.geonames == 2013348
    assert by_name(doc, "كيم").kb.wikidata == "Q56226"
    assert by_name(doc, "فلاديمير بوتين").kb.wikidata == "Q7747"
    assert by_name(doc, "روسيا").kb.wikidata == "Q159"
    assert by_name(doc, "وكالة تاس").name_en == "TASS"
    assert by_name(doc, "سيول").geo is not None


def test_metonymy_marks_agents_only(russia_korea: Document) -> None:
    doc = russia_korea
    assert by_name(doc, "الكرملين").stands_for == "Q159"  # أعلن الكرملين
    assert by_name(doc, "واشنطن").stands_for == "Q30"  # اتهمت واشنطن
    assert by_name(doc, "موسكو").stands_for is None  # a dateline and an object, never an agent
    assert by_name(doc, "روسيا").stands_for is None  # a country is itself, not a metonym


def test_moscow_as_subject_stands_for_russia(kb: KnowledgeBase) -> None:
    doc = make_doc("وقالت موسكو إنها لن تقبل بذلك، فيما زار الوفد موسكو أمس.", [("موسكو", "GPE")])
    Linker(kb)(doc)
    assert doc.entities[0].stands_for == "Q159" and doc.entities[0].kb.geonames == 524901


def test_unknown_names_stay_unlinked(kb: KnowledgeBase) -> None:
    doc = make_doc(
        "وصل الوفد إلى بلدة زرنقستان الصغيرة حيث التقى المواطن سعيد الفلاني.",
        [("زرنقستان", "GPE"), ("سعيد الفلاني", "PERSON")],
    )
    Linker(kb)(doc)
    for e in doc.entities:
        assert e.kb.wikidata is None and e.kb.geonames is None and e.geo is None


def test_english_and_latin_names(kb: KnowledgeBase) -> None:
    text = (EXAMPLES / "en-sanctions.txt").read_text(encoding="utf-8")
    doc = make_doc(
        text,
        [("WASHINGTON", "GPE"), ("AP", "ORG"), ("United States", "GPE"), ("Russia", "GPE"), ("Iran", "GPE"),
         ("Janet Yellen", "PERSON"), ("Yellen", "PERSON"), ("Tehran", "GPE"), ("Brussels", "GPE"), ("Reuters", "ORG"),
         ("European Union", "ORG"), ("Kyiv", "GPE")],
    )  # fmt: skip
    Linker(kb)(doc)
    assert by_name(doc, "Tehran").kb.geonames == 112931
    assert by_name(doc, "Brussels").geo is not None
    assert by_name(doc, "Reuters").kb.wikidata == "Q130879"
    assert by_name(doc, "European Union").kb.wikidata == "Q458"
    assert by_name(doc, "Kyiv").kb.geonames == 703448
    assert by_name(doc, "Tehran").stands_for == "Q794"  # "Tehran would respond"
    assert by_name(doc, "WASHINGTON").kb.geonames == 4140963 and by_name(doc, "WASHINGTON").stands_for is None
    doc2 = make_doc(
        "Janet Yellen spoke on Monday. Yellen said more was coming.",
        [("Janet Yellen", "PERSON"), ("Yellen", "PERSON")],
    )
    Linker(kb)(doc2)
    assert (
        len(doc2.entities) == 1
        and doc2.entities[0].name == "Janet Yellen"
        and doc2.entities[0].country == "US"
    )


def test_cross_script_transliteration(kb: KnowledgeBase) -> None:
    tr = kb.translit
    assert tr is not None
    assert tr.similarity("Putin", "بوتين") >= 0.75
    assert tr.similarity("Vladivostok", "فلاديفوستوك") >= 0.75
    assert tr.similarity("Putin", "ميركل") < 0.5


def test_stage_without_kb_still_clusters(tmp_path: Path) -> None:
    cfg = PipelineConfig(kb_path=str(tmp_path / "missing.sqlite"))
    pipe = Pipeline(cfg, stages=["link"])
    doc = make_doc(
        "التقى فلاديمير بوتين أمس، وقال بوتين إن المحادثات مثمرة.",
        [("فلاديمير بوتين", "PERSON"), ("بوتين", "PERSON")],
    )
    pipe(doc)
    assert not doc.errors
    assert (
        len(doc.entities) == 1 and len(doc.entities[0].mentions) == 2 and doc.entities[0].kb.wikidata is None
    )


def test_stage_links_with_kb(kb: KnowledgeBase) -> None:
    pipe = Pipeline(PipelineConfig(kb_path=str(kb.path)), stages=["link"])
    doc = make_doc("أعلنت الرياض أمس أن جدة ستستضيف القمة.", [("الرياض", "GPE"), ("جدة", "GPE")])
    pipe(doc)
    assert not doc.errors
    riyadh, jeddah = doc.entities
    assert riyadh.kb.geonames == 108410 and riyadh.stands_for == "Q851"
    assert jeddah.kb.geonames == 105343 and jeddah.stands_for is None and jeddah.name_en == "Jeddah"


def test_agency_short_form_joins_full_name(kb: KnowledgeBase) -> None:
    doc = make_doc(
        "ونقلت وكالة تاس عن مصدر قوله إن الوفد وصل. وأضافت تاس أن المحادثات ستستمر، فيما ذكرت رويترز غير ذلك.",
        [("وكالة تاس", "ORG"), ("تاس", "ORG"), ("رويترز", "ORG")],
    )
    Linker(kb)(doc)
    assert len(doc.entities) == 2
    tass = by_name(doc, "تاس")
    assert tass is by_name(doc, "وكالة تاس") and tass.name == "وكالة تاس" and tass.name_en == "TASS"
    assert by_name(doc, "رويترز").kb.wikidata == "Q130879"


def test_quote_and_event_references_follow_renumbering(kb: KnowledgeBase) -> None:
    from khabar.document import Quote

    text = "قال بوتين إن روسيا مستعدة. وأكد فلاديمير بوتين ذلك."
    doc = make_doc(text, [("بوتين", "PERSON"), ("روسيا", "GPE"), ("فلاديمير بوتين", "PERSON")])
    short = next(e for e in doc.entities if e.name == "بوتين")
    doc.quotes.append(Quote(start=0, end=9, text=text[0:9], speaker=short.id))
    Linker(kb)(doc)
    putin = by_name(doc, "بوتين")
    assert doc.quotes[0].speaker == putin.id and putin.kb.wikidata == "Q7747"


def test_demonym_merged_into_its_country_keeps_the_country_type(kb: KnowledgeBase) -> None:
    doc = make_doc(
        "Three Iranian companies were sanctioned. Iran denied it.", [("Iranian", "MISC"), ("Iran", "GPE")]
    )
    Linker(kb)(doc)
    iran = next(e for e in doc.entities if e.kb.wikidata == "Q794")
    assert iran.type == "GPE" and iran.name == "Iran"


def test_a_place_the_text_puts_inside_a_country_takes_that_country(kb: KnowledgeBase) -> None:
    # Libya weighs as much as Lebanon in the context; "in northern Lebanon" decides which Tripoli
    text = "قالت ليبيا إن وفدا من ليبيا زار طرابلس في شمال لبنان أمس."
    doc = make_doc(text, [("ليبيا", "GPE"), ("طرابلس", "GPE"), ("لبنان", "GPE")])
    Linker(kb)(doc)
    assert by_name(doc, "طرابلس").country == "LB"
    text = "قالت ليبيا إن وفدا من ليبيا زار طرابلس أمس."
    doc = make_doc(text, [("ليبيا", "GPE"), ("طرابلس", "GPE")])
    Linker(kb)(doc)
    assert by_name(doc, "طرابلس").country == "LY"


def test_a_place_outside_the_kb_gets_its_containers_country_not_a_namesake(kb: KnowledgeBase) -> None:
    # the test KB has only the Syrian Douma (cities15000); the village in the West Bank is not it
    text = "وقع الحريق في منزل العائلة في قرية دوما في شمال الضفة الغربية."
    doc = make_doc(text, [("دوما", "GPE"), ("الضفة الغربية", "LOC")])
    Linker(kb)(doc)
    duma = by_name(doc, "دوما")
    assert duma.country == "PS" and duma.kb.geonames is None
    assert duma.geo is not None and duma.geo.basis == "container" and duma.geo.country == "PS"
    # a bare direction says it too: أريحا شمال سوريا is no Jericho
    text = "سقطت طائرة حربية على سوق في أريحا شمال سوريا."
    doc = make_doc(text, [("أريحا", "GPE"), ("سوريا", "GPE")])
    Linker(kb)(doc)
    assert by_name(doc, "أريحا").country == "SY"
    # without the containing region, the namesake in the KB is taken
    doc = make_doc("وقع الحريق في مدينة دوما أمس.", [("دوما", "GPE")])
    Linker(kb)(doc)
    assert by_name(doc, "دوما").country == "SY"


def test_a_name_after_lil_keeps_its_article(kb: KnowledgeBase) -> None:
    # «لليمن» = لـ + اليمن with the article's alef dropped: the mention reads ليمن
    text = "قدمت المملكة مساعدات لليمن، وقال مسؤول في اليمن إن اليمن يشكر المملكة."
    doc = Document(id="t", text=text, entities=[
        Entity(id="e1", type="GPE", name="ليمن", mentions=[Mention(start=22, end=26, text="ليمن")]),
        Entity(id="e2", type="GPE", name="اليمن", mentions=[
            Mention(start=m.start(), end=m.end(), text="اليمن") for m in re.finditer("اليمن", text)
        ]),
    ])  # fmt: skip
    assert text[21:26] == "لليمن"
    Linker(kb)(doc)
    assert [(e.name, len(e.mentions)) for e in doc.entities] == [("اليمن", 3)]
    doc = make_doc("قدمت المملكة مساعدات لليمن أمس.", [("ليمن", "GPE")])
    Linker(kb)(doc)
    assert doc.entities[0].name == "اليمن" and doc.entities[0].country == "YE"
    # «للبنان» is لـ + لبنان: nothing to restore
    doc = make_doc("قدم الدعم للبنان.", [("لبنان", "GPE")])
    Linker(kb)(doc)
    assert doc.entities[0].name == "لبنان" and doc.entities[0].country == "LB"


def test_a_single_name_does_not_fuzzily_become_someone() -> None:
    from khabar.kb.base import open_kb

    kb = open_kb(None)  # the shipped KB, which has Azali Assoumani's Arabic names
    doc = make_doc("وقال عثمان إن السفينة وصلت.", [("عثمان", "PERSON")])
    Linker(kb)(doc)
    assert doc.entities[0].kb.wikidata is None  # not Azali Assoumani (غزالي عثماني)
    doc = make_doc("وقال الأمير عبدالله بن سعيد إن الملتقى ناجح.", [("عبدالله بن سعيد", "PERSON")])
    Linker(kb)(doc)
    assert doc.entities[0].kb.wikidata is None and doc.entities[0].name_en is None  # not Abdullah bin Musaed
    doc = make_doc("وقال بوتين إن روسيا مستعدة.", [("بوتين", "PERSON"), ("روسيا", "GPE")])
    Linker(kb)(doc)
    assert by_name(doc, "بوتين").kb.wikidata == "Q7747"


def test_a_common_word_is_no_unsupported_foreign_town() -> None:
    from khabar.kb.base import open_kb

    kb = open_kb(None)  # the shipped KB, with GeoNames' towns
    for text, name in [
        ("نتنياهو يرفض لقاء أوباما قبل بحث الكونغرس الاتفاق.", "أوباما"),  # Obama, a town in Japan
        ("رعت الجامعة المؤتمر وتستضيفه جامعة برمنجهام.", "جامعة"),  # Djamaa, Algeria
        ("وأقوم بتزيين الوجوه وألبي طلبات كل واحدة.", "ألبي"),  # "I fulfil": Albi, France
        ("وستضعهما في خانة البؤس والصراخ.", "البؤس"),  # "misery" ~ Aalborg
    ]:
        doc = make_doc(text, [(name, "GPE")])
        Linker(kb)(doc)
        assert by_name(doc, name).kb.geonames is None, name
    # the same towns with a place cue, or a large city, or a country of theirs named nearby, stay
    doc = make_doc("وصل الوفد إلى مدينة أوباما في اليابان.", [("أوباما", "GPE"), ("اليابان", "GPE")])
    Linker(kb)(doc)
    assert by_name(doc, "أوباما").country == "JP"
    doc = make_doc("وبالقرب من مقر فيفا في زيوريخ يبحث المدعون.", [("زيوريخ", "GPE")])
    Linker(kb)(doc)
    assert by_name(doc, "زيوريخ").country == "CH"


def test_a_location_linked_to_a_country_or_city_is_a_gpe(kb: KnowledgeBase) -> None:
    doc = make_doc("قال مسؤول في فرنسا إن الوفد وصل إلى باريس.", [("فرنسا", "LOC"), ("باريس", "LOC")])
    Linker(kb)(doc)
    assert {e.name: e.type for e in doc.entities} == {"فرنسا": "GPE", "باريس": "GPE"}


def test_a_place_or_bare_name_linked_to_an_organisation_is_an_org() -> None:
    from khabar.kb.base import open_kb

    kb = open_kb(None)  # the shipped KB has Google (Q95) among its organisations
    doc = make_doc("Other companies, such as Google, have the permit.", [("Google", "MISC")])
    Linker(kb)(doc)
    google = by_name(doc, "Google")
    assert google.kb.wikidata == "Q95" and google.type == "ORG"


def test_a_non_place_name_never_takes_a_towns_identity_by_a_fuzzy_match() -> None:
    from khabar.kb.build import DEFAULT_KB

    kb = KnowledgeBase(DEFAULT_KB)  # the shipped KB: it has Stratford
    text = (
        "The United States will keep its base. Omar Lamrani, an analyst at Stratfor, a Texas-based "
        "platform, said the base was vital to the United States and its allies in the United States."
    )
    doc = make_doc(text, [("Stratfor", "MISC"), ("Texas", "GPE"), ("United States", "GPE")])
    Linker(kb)(doc)
    by = {e.name: e for e in doc.entities}
    assert by["Stratfor"].kb.geonames is None and by["Stratfor"].name_en is None  # not Stratford, Texas
    assert by["Texas"].kb.geonames == 4736286


def test_one_doubtful_word_links_a_person_only_with_support() -> None:
    from khabar.kb.build import DEFAULT_KB

    kb = KnowledgeBase(DEFAULT_KB)

    def link_of(text: str, names: list[tuple[str, str]], name: str) -> str | None:
        doc = make_doc(text, names)
        Linker(kb)(doc)
        return next(e for e in doc.entities if e.name == name).kb.wikidata

    # an adjective that is a president's name without its article; another person's given name
    assert (
        link_of("تبادلوا التهاني بمناسبة عيد الفطر السعيد في النادي.", [("السعيد", "PERSON")], "السعيد")
        is None
    )
    assert link_of("وكرمت القبيلة الشهيد علي آل عباس وأبناءها.", [("عباس", "PERSON")], "عباس") is None
    # a title or the person's country supports it; a distinctive surname needs neither
    assert link_of("وقال الرئيس عباس إن المفاوضات متوقفة.", [("عباس", "PERSON")], "عباس") == "Q127998"
    text = "وقال عباس في رام الله إن فلسطين لن تقبل."
    assert link_of(text, [("عباس", "PERSON"), ("فلسطين", "GPE")], "عباس") == "Q127998"
    assert link_of("وقال نتنياهو إن القرار ليس نهاية الطريق.", [("نتنياهو", "PERSON")], "نتنياهو") == "Q43723"
