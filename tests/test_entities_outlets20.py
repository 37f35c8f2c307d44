"""Round 20: speaker names the entity layer missed, by general mechanisms.

- a name in quotes or brackets right after an outlet or body noun (صحيفة، وكالة، قناة، موقع، مجلة،
  منظمة...), or after that noun and up to three describing words: an organisation;
- a foreign paper's, channel's, site's or agency's name right after its noun without quotes (صحيفة
  ميرور، لشبكة سكاي سبورتس): an organisation, up to a definite adjective, function word or punctuation;
- a family name alone that repeats the last word of a person named in full earlier in the document:
  that person;

and what must not change. The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from entities_helpers import REC, mentions

from khabar.document import Document


# --- a quoted name after an outlet or body noun ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ('ونقلت مجلة "بلومزفيلت" عن مصادر مطلعة أن الصفقة ألغيت.', "بلومزفيلت"),
        ("وبحسب وكالة الأنباء الموريتانية «ومكا» فإن الاجتماع انتهى مساء.", "ومكا"),
        ("وأفادت قناة (تي.آر.تي) التركية بأن الحريق اندلع في مستودع.", "تي.آر.تي"),
        ("وقال موقع “تك كرانشيز” إن التطبيق سيتوقف عن العمل.", "تك كرانشيز"),
        ('وأعلنت شركة "زينوفارما" أنها ستطرح الدواء قريبا.', "زينوفارما"),
    ],
)
def test_quoted_name_after_outlet_noun_is_org(text: str, org: str) -> None:
    assert (org, "ORG") in mentions(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وجرى الرصد من موقع المرصد (في مكة المكرمة) قبل الغروب.", "في مكة"),
        ("وتقع المحطة في موقع الرصد (مكة المكرمة) منذ سنوات.", "مكة المكرمة"),
    ],
)
def test_quoted_place_after_site_noun_is_no_org(text: str, place: str) -> None:
    found = mentions(text)
    assert not any(t == "ORG" and place in m for m, t in found)


def test_tagger_span_from_the_body_noun_over_the_quoted_name_stays() -> None:
    # the quotation layer reads a later «المنظمة» back to the body through that head noun
    found = mentions("وطالبت منظمة «هيومانيتاس» الحكومة بالإفراج عن المعتقلين.")
    assert ("هيومانيتاس", "ORG") not in found
    assert any(t == "ORG" and m.startswith("منظمة") and "هيومانيتاس" in m for m, t in found)


def test_quoted_words_not_after_an_outlet_noun_stay_as_they_were() -> None:
    found = mentions('ووصف الوزير القرار بأنه "خطوة شجاعة" تستحق التقدير.')
    assert ("خطوة شجاعة", "ORG") not in found


# --- a foreign outlet's name without quotes ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وذكرت صحيفة ميرور أن المدرب سيغادر النادي.", "ميرور"),
        ("وكشفت صحيفة الموندو ديبورتيفو الكتالونية عن عرض جديد للاعب.", "الموندو ديبورتيفو"),
        ("ووفقا لشبكة سكاي سبورتس، فإن المباراة تأجلت.", "سكاي سبورتس"),
        ("وأعلنت وكالة كيودو للأنباء أن الزلزال ضرب الساحل الشمالي.", "كيودو"),
        ("وأشار موقع Gizmodo الأمريكي إلى أن الهاتف يصدر الشهر المقبل.", "Gizmodo"),
    ],
)
def test_foreign_outlet_name_after_its_noun_is_org(text: str, org: str) -> None:
    assert (org, "ORG") in mentions(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وشاهد الزوار الشمس من موقع غروب الشمس على الشاطئ.", "غروب"),
        ("وتصدر الجمعية مجلة فصلية عن التراث المحلي.", "فصلية"),
        ("وعرضت الشركة السيارة على موقع شركته في الإنترنت.", "شركته"),
        ("وبدأت قناة الأخبار بث البرنامج مساء أمس.", "الأخبار"),
    ],
)
def test_common_words_after_outlet_noun_are_no_org(text: str, word: str) -> None:
    assert not any(t == "ORG" and m.startswith(word) for m, t in mentions(text))


# --- a family name alone after the full name --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "قالت الدكتورة نجلاء باقشيري رئيسة الجمعية إن البرنامج ناجح. وأضافت باقشيري أن التسجيل مفتوح.",
            "باقشيري",
        ),
        (
            "أكد المهندس سعود الهزيمان أن المشروع اكتمل. وبين الهزيمان خلال الجولة أن التشغيل قريب.",
            "الهزيمان",
        ),
        (
            "وصل الوزير فهد القحيزاني إلى الرياض أمس. ودعا القحيزاني الشركات إلى المشاركة في المعرض.",
            "القحيزاني",
        ),
    ],
)
def test_family_name_alone_after_full_name_is_person(text: str, surname: str) -> None:
    doc = Document(id="t", text=text, language="ar")
    spans = REC.recognize(doc)
    later = text.rindex(surname)
    assert any(s.start == later and s.end == later + len(surname) and s.type == "PERSON" for s in spans)


def test_family_name_before_the_full_name_is_not_taken_from_it() -> None:
    text = "وقال باقشيري إن الأمر انتهى. ثم تحدثت الدكتورة نجلاء باقشيري عن البرنامج."
    spans = REC.recognize(Document(id="t", text=text, language="ar"))
    at = text.index("باقشيري")
    assert not any(s.start == at and s.end == at + len("باقشيري") and s.source == "rule" for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "قال الداعية أبو حمزة المصري إن الحكم ظالم. ورفض المحامي المصري التعليق.",
        "تولى السلطان محمد الثاني الحكم صغيرا. وفي العام الثاني بدأ الحصار.",
    ],
)
def test_common_word_that_ends_a_name_stays_a_word(text: str) -> None:
    doc = Document(id="t", text=text, language="ar")
    second = text.index(".") + 1
    assert not any(
        s.start >= second and s.source == "rule" and s.type == "PERSON" for s in REC.recognize(doc)
    )
