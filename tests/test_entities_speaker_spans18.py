"""Round 18: speaker names the entity layer cut or missed, by general mechanisms.

- a person's name the tagger ran on to the town before it (محافظ عدن | نايف البكري، بجازان | أحمد
  السهلي): the place and the person become two mentions;
- a name's first letter the tagger took for a proclitic where none can stand (اللواء فراج، وقال
  بنيتز، موقع ويكيليكس): the name keeps its letter;
- a family name alone after a speech verb and a person's title (وقال العميد الصبيحي إن) is a person;

and what must not change. The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from entities_helpers import mentions


# --- the place before a person's name --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("وصرح محافظ عدن نايف البكري للصحفيين بأن الموانئ تعمل كالمعتاد.", "نايف البكري", "عدن"),
        ("وأكد محافظ عدن أحمد الزبيدي في مؤتمر صحافي أن الكهرباء عادت.", "أحمد الزبيدي", "عدن"),
        ("ورأى مدير فرع الهيئة بجازان أحمد السهلي أن الموسم كان ناجحا.", "أحمد السهلي", "جازان"),
    ],
)
def test_place_and_person_are_split(text: str, person: str, place: str) -> None:
    found = mentions(text)
    assert (person, "PERSON") in found
    assert any(m == place and t in ("GPE", "LOC") for m, t in found)
    assert not any(t == "PERSON" and place in m for m, t in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقالت شروق عبدالرحمن الراجحي إن الحملة بدأت أمس.", "شروق عبدالرحمن الراجحي"),
        ("وأشارت سلوى أحمد الزهراني إلى أن الدورة تستمر أسبوعين.", "سلوى أحمد الزهراني"),
    ],
)
def test_town_that_is_a_given_name_stays_in_the_name(text: str, person: str) -> None:
    """Without an office title or a preposition before it, a town that is a given name too opens the
    person's name."""
    found = mentions(text)
    assert not any(m == person.split()[0] and t in ("GPE", "LOC") for m, t in found)


def test_place_alone_after_a_title_is_untouched() -> None:
    found = mentions("وزار محافظ جدة المستشفى الجديد صباح أمس.")
    assert not any(t == "PERSON" for _, t in found)


# --- a name's first letter is no proclitic ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأكد المدرب بنيتز أن الفريق جاهز.", "بنيتز"),  # after a title
        ("وقال بنيتز إن اللاعبين قدموا مباراة كبيرة.", "بنيتز"),  # after a speech verb
        ("وأعلن العميد فراج العتيبي أن الحملة انتهت.", "فراج العتيبي"),  # ف after a rank
        ("ونقل موقع كالتشيو ميركاتو عن مصادر أن الصفقة اكتملت.", "كالتشيو ميركاتو"),  # after موقع
        ("وصرح الكاتب فراين موريس بأن الرواية جاهزة.", "فراين موريس"),
    ],
)
def test_name_keeps_its_first_letter(text: str, name: str) -> None:
    assert name in [m for m, _ in mentions(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال اللواء فهيم الحربي إن الطرق آمنة.", "فهيم الحربي"),  # a whole name stays as it is
        ("وذكرت صحيفة بيلد الألمانية أن المدرب باق.", "بيلد"),
    ],
)
def test_names_already_whole_are_unchanged(text: str, word: str) -> None:
    assert word in [m for m, _ in mentions(text)]


@pytest.mark.parametrize(
    "text",
    ["وصرح الوزير بأن الميزانية جاهزة.", "ورحب الوزير بكيري في الرياض."],
)
def test_a_real_preposition_is_not_a_name_letter(text: str) -> None:
    assert not any(m.startswith("ب") and t == "PERSON" for m, t in mentions(text))


# --- a family name alone after a speech verb and a title -------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الفريق المطرودي إن القوات تقدمت.", "المطرودي"),
        ("وأضاف المهندس الحميداني أن المشروع يكتمل العام المقبل.", "الحميداني"),
        ("وأوضح العقيد الصبيحاوي أن الدوريات مستمرة.", "الصبيحاوي"),
        ("وأكد الشيخ القحطاني أن الخطبة موحدة.", "القحطاني"),
    ],
)
def test_family_name_after_verb_and_title(text: str, name: str) -> None:
    assert (name, "PERSON") in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الدكتور المختص إن المرض نادر.",  # a participle, not a family name
        "وأكد المهندس المشرف على المشروع أن العمل يسير.",
        "وقال السيد الرئيس إن الاجتماع انتهى.",
        "وأضاف الرئيس التركي أن بلاده لن تتراجع.",  # an office and the country's adjective
        "وقال السفير الأفغاني “نأمل أن تنتهي الحرب”.",
    ],
)
def test_description_after_title_is_no_person(text: str) -> None:
    assert not any(t == "PERSON" for _, t in mentions(text))
