"""Arabic participants (round 31): «بين X و Y» and «أعلن عن + masdar». Hand-written sentences run through
the extractor alone (no NER) with hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at

from khabar.events.participants import _ar_conj_start
from khabar.text.tokenize import tokenize


# 1. «بين X و Y»: the two parties of a mutual event
def test_between_names_the_two_parties_of_talks() -> None:
    names = [("حماس", "ORG"), ("فتح", "ORG")]
    text = "وعقدت جولة من المحادثات السرية بين وفد حركة حماس ووفد حركة فتح في القاهرة."
    assert _at(text, "المحادثات", names) == ("حماس", "فتح")


def test_between_conjunct_without_article_is_a_noun_phrase() -> None:
    # «وأعضاء»: the tokenizer leaves و on a word without the article; the conjunct is the target
    names = [("الجيش الحر", "ORG"), ("حزب البعث", "ORG")]
    text = "ووقعت اشتباكات عنيفة بين الجيش الحر وأعضاء في حزب البعث."
    assert _at(text, "اشتباكات", names) == ("الجيش الحر", "أعضاء")


def test_between_conjunct_after_a_comma_with_its_genitives() -> None:
    names = [("جامعة القاهرة", "ORG")]
    text = "وجرى التوقيع على اتفاقية تعاون بين جامعة القاهرة، ووكالة الفضاء الأوروبية."
    assert _at(text, "اتفاقية", names) == ("جامعة القاهرة", "وكالة الفضاء الأوروبية")


def test_between_keeps_a_party_named_outside_the_phrase() -> None:
    # the ministry signs; «بين المستشفيات والجامعات» is what the cooperation is about
    names = [("وزارة الصحة", "ORG")]
    text = "ووقعت وزارة الصحة اتفاقية تعاون بين المستشفيات والجامعات الحكومية."
    assert _at(text, "تعاون", names) == ("وزارة الصحة", None)


def test_between_needs_a_conjunct() -> None:
    names = [("الجيش الحر", "ORG")]
    text = "ووقعت اشتباكات عنيفة بين عناصر الجيش الحر في ريف المدينة."
    assert _at(text, "اشتباكات", names)[1] is None


def test_between_after_a_masdar_and_its_object_names_no_party() -> None:
    # «بحث العلاقات الثنائية بين ...»: the phrase qualifies the relations, the object of بحث (a variant of
    # an ANERcorp tuning sentence, where the roles made a later negotiation merge into the meeting)
    names = [("الكويت", "GPE"), ("اليابان", "GPE")]
    text = "وجرى خلال اللقاء بحث العلاقات الثنائية بين دولة الكويت واليابان وتعزيز التعاون."
    assert _at(text, "بحث", names) == (None, None)


def test_conjunction_on_a_word_without_the_article() -> None:
    toks = {t.text: t for t in tokenize("ووفد واعضاء واشنطن وزارة والمعارضة")}
    assert _ar_conj_start(toks["ووفد"]) == toks["ووفد"].start + 1
    assert _ar_conj_start(toks["واعضاء"]) == toks["واعضاء"].start + 1
    assert _ar_conj_start(toks["والمعارضة"]) is not None
    assert _ar_conj_start(toks["واشنطن"]) is None  # a name that begins with و + alef
    assert _ar_conj_start(toks["وزارة"]) is None


# 2. «أعلن عن + masdar»: a security body announcing its own arrest or killing is its doer
def test_interior_ministry_announcing_an_arrest_is_its_actor() -> None:
    names = [("وزارة الداخلية السعودية", "ORG"), ("الرياض", "GPE")]
    text = "وأعلنت وزارة الداخلية السعودية، اليوم، عن القبض على خلية إرهابية في الرياض."
    assert _at(text, "القبض", names)[0] == "وزارة الداخلية السعودية"


def test_army_announcing_a_killing_is_its_actor() -> None:
    names = [("الجيش الأمريكي", "ORG"), ("أبو أحمد العراقي", "PERSON")]
    text = "وأعلن الجيش الأمريكي، أمس، عن مقتل أبو أحمد العراقي."
    assert _at(text, "مقتل", names) == ("الجيش الأمريكي", "أبو أحمد العراقي")


def test_police_announcing_an_arrest_of_a_named_man() -> None:
    names = [("سامي الأحمد", "PERSON")]
    assert _at("وأعلنت الشرطة، اليوم، عن اعتقال سامي الأحمد.", "اعتقال", names) == ("الشرطة", "سامي الأحمد")


def test_army_announcing_its_own_losses_is_no_killer() -> None:
    assert _at("وأعلن الجيش، أمس، عن مقتل جنديين.", "مقتل", []) == (None, "جنديين")


def test_a_body_without_force_is_no_killer() -> None:
    names = [("وزارة الصحة", "ORG"), ("سامي الأحمد", "PERSON")]
    assert _at("وأعلنت وزارة الصحة، اليوم، عن مقتل سامي الأحمد.", "مقتل", names)[0] is None


def test_announcing_without_an_is_left_alone() -> None:
    names = [("سامي الأحمد", "PERSON")]
    assert _at("وأعلنت الشرطة، اليوم، مقتل سامي الأحمد.", "مقتل", names)[0] is None


# 3. the object after «على» of a masdar of attack, siege or aid
def test_air_strike_on_a_base_names_the_base() -> None:
    assert _at("وتسبب القصف الجوي على قاعدة الوطية في أضرار كبيرة.", "القصف", [])[1] == "قاعدة الوطية"


def test_siege_on_a_town_names_the_town() -> None:
    assert _at("واستمر الحصار على مدينة الزبداني لليوم العاشر.", "الحصار", [])[1] == "مدينة الزبداني"


def test_aid_to_a_counted_crowd_names_the_crowd() -> None:
    names = [("الجمعية", "ORG")]
    text = "وقامت الجمعية بتوزيع المساعدات الغذائية على اكثر من 500 الف لاجئ في المخيمات."
    assert _at(text, "المساعدات", names) == ("الجمعية", "لاجئ")


def test_ala_before_a_demonstrative_or_an_adverbial_gives_no_target() -> None:
    assert _at("وأدان الوزير الهجوم على هذه المواقع.", "الهجوم", [])[1] is None
    assert _at("واستمر القصف المدفعي العنيف على مدار الساعة.", "القصف", [])[1] is None


# 4. the partner after «مع» behind a chain of offices
def test_partner_person_behind_an_office_chain() -> None:
    names = [("أيمن الصفدي", "PERSON")]
    text = "وأكد الوزير أنه اتفق مع وزير الخارجية الأردني أيمن الصفدي على تعزيز التعاون."
    assert _at(text, "اتفق", names)[1] == "أيمن الصفدي"


def test_partner_after_kull_min_and_a_country_in_the_chain() -> None:
    names = [("جان إيف لودريان", "PERSON"), ("فرنسا", "GPE")]
    text = "وعقد الرئيس اجتماعا مع كل من وزير خارجية فرنسا جان إيف لودريان ووزير الدفاع."
    assert _at(text, "اجتماعا", names)[1] == "جان إيف لودريان"


def test_partner_body_behind_plural_offices() -> None:
    text = "ووقع المدير العام اتفاقيات تعاون مع رؤساء الجامعات الأهلية خلال الحفل."
    assert _at(text, "اتفاقيات", [])[1] == "الجامعات الأهلية"


def test_singular_office_without_a_name_gives_no_ministry() -> None:
    # «وزير الخارجية» is a person; neither الخارجية nor الوزراء (of «رئيس الوزراء») is the partner
    # (round 50: the whole office phrase after «مع» is the partner, `ar_comitative_party`)
    assert _at("واتفق الرئيس مع وزير الخارجية المصري على موعد الزيارة.", "واتفق", []) == (
        "الرئيس",
        "وزير الخارجية المصري",
    )
    assert _at("واتفق الرئيس مع رئيس الوزراء على موعد الانتخابات.", "واتفق", []) == ("الرئيس", "رئيس الوزراء")
