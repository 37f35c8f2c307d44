"""Round 28 (branch sys28): the system follows the conv27 gold conventions.

A formal criminal charge is COERCE (mode "charge"; the verbs accuse / اتهم and an accusation by a politician stay
ACCUSE), an execution carried out is ASSAULT (a death sentence passed stays COERCE), a theft is COERCE (mode
"seize") and stays an act apart from an arrest told with it, and a rumour the speaker calls false is
negative / asserted. The sentences are written for the test or adapted from tuning sets, never from held-out sets.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows, extract, type_of

from khabar.document import Event


def _at(text: str, word: str) -> Event:
    doc = extract(text)
    return next(e for e in doc.events if e.trigger and word in e.trigger.text)


# ---------------------------------------------------------------- 1. a formal charge is COERCE


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two guards were charged Tuesday with falsifying records.", "charged"),
        ("The suspect also faces three burglary charges in Cook County.", "charges"),
        ("A grand jury indicted the former mayor on fraud counts last week.", "indicted"),
        ("The driver was arraigned in district court on Monday.", "arraigned"),
        ("Prosecutors announced the indictment of four bank officials.", "indictment"),
    ],
)
def test_en_charge_is_coerce(text: str, word: str) -> None:
    ev = _at(text, word)
    assert (ev.type, ev.mode) == ("COERCE", "charge")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister accused the opposition of spreading lies.", "accused"),
        ("The senator criticized the budget plan on Friday.", "criticized"),
    ],
)
def test_en_accusation_stays_accuse(text: str, word: str) -> None:
    assert type_of(text, word) == "ACCUSE"


def test_en_charge_keeps_its_factuality() -> None:
    """The charge keeps the factuality rules of an accusation: negated, planned."""
    assert _at("No charges have been filed against the coach so far.", "charges").polarity == "negative"
    ev = _at("The man will be charged with theft, the sheriff said.", "charged")
    assert (ev.type, ev.modality) == ("COERCE", "planned")


def test_en_charge_is_no_second_mention_of_the_arrest() -> None:
    """'arrested him, charged him': two COERCE acts, the charge is not merged into the arrest."""
    rows = event_rows("Police arrested the driver in May, charged him with fraud, and released him.")
    assert ("COERCE", "arrested") in {(r[0], r[1]) for r in rows}
    assert any(r[0] == "COERCE" and r[1].startswith("charged") for r in rows)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a prosecutor or a court named in the sentence
        ("ووجهت النيابة العامة الاتهام إلى ثلاثين شخصا في قضية الفساد.", "الاتهام"),
        ("ولم توجه سلطات الادعاء أي اتهامات حتى الآن للمدير السابق.", "اتهامات"),
        ("وقد يؤدي التحقيق الذي تجريه وزارة العدل إلى مزيد من الاتهامات.", "الاتهامات"),
        # authorities directing the charge
        ("ووجهت السلطات الكويتية اتهامات بالإرهاب لعشرة أشخاص.", "اتهامات"),
        # formal or criminal, a charge sheet
        ("وإلا فإن صاحب المبنى سوف يواجه اتهامات جنائية.", "اتهامات"),
        ("ولم يتعرض الرئيس لأي اتهام رسمي.", "اتهام"),
        ("وانتهت الشكاوى بغلق الملفات من دون تقديم لوائح اتهام.", "اتهام"),
    ],
)
def test_ar_formal_charge_is_coerce(text: str, word: str) -> None:
    ev = _at(text, word)
    assert (ev.type, ev.mode) == ("COERCE", "charge")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # politicians' accusation, no legal authority: ACCUSE
        ("وكان أعضاء في الائتلاف وجهوا اتهامات إلى المتظاهرين بزعزعة الأمن.", "اتهامات"),
        ("ويتبادل الطرفان الاتهامات منذ أسابيع.", "الاتهامات"),
        # the verb اتهم stays ACCUSE, even with a court in the sentence
        ("واتهمت المحكمة رجلين بسرقة السيارات.", "واتهمت"),
    ],
)
def test_ar_accusation_stays_accuse(text: str, word: str) -> None:
    assert type_of(text, word) == "ACCUSE"


# ---------------------------------------------------------------- 2. an execution carried out is ASSAULT


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقد تم تنفيذ حكم القتل قصاصا بالجاني اليوم في الرياض.", "تنفيذ"),
        ("نفذت وزارة الداخلية أمس حكم القتل في أحد الجناة.", "نفذت"),
        ("ونفذت السلطات حكم الإعدام شنقا بحق المدان صباح اليوم.", "نفذت"),
    ],
)
def test_ar_execution_carried_out_is_assault(text: str, word: str) -> None:
    assert type_of(text, word) == "ASSAULT"


def test_ar_death_sentence_passed_stays_coerce() -> None:
    assert type_of("وأصدرت المحكمة حكما بالإعدام على المتهم.", "حكما") == "COERCE"


# ---------------------------------------------------------------- 3. theft is COERCE


@pytest.mark.parametrize(
    ("text", "word", "lang"),
    [
        ("A downtown pharmacy was robbed by two masked men on Sunday.", "robbed", "en"),
        ("Thieves stole three laptops from the school overnight.", "stole", "en"),
        ("Police are investigating the theft of a truck from the depot.", "theft", "en"),
        ("واعترف الموظف بسرقة مبلغ كبير من خزينة الشركة.", "بسرقة", "ar"),
    ],
)
def test_theft_is_coerce(text: str, word: str, lang: str) -> None:
    doc = extract(text, lang)
    ev = next(e for e in doc.events if e.trigger and word in e.trigger.text)
    assert (ev.type, ev.mode) == ("COERCE", "seize")


def test_ar_theft_is_no_mention_of_the_arrest() -> None:
    """A theft noun and an arrest in one sentence stay two acts: the arrest keeps its own event."""
    rows = event_rows("ورغم سرقة ملايين الدولارات، لم يتم إلقاء القبض على أفراد العصابة.")
    assert any(r[0] == "COERCE" and "القبض" in r[1] and r[2] == "negative" for r in rows)


# ---------------------------------------------------------------- 4. a report called false


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال المتحدث باسم الحركة إن ما أوردته الوكالة بأن هناك اتفاقا بين الطرفين مجرد أكاذيب.", "اتفاقا"),
        ("وتعقيبا على ما تردد في بعض وسائل الإعلام، من زيارة وزير للعاصمة، نفى السفير هذه المزاعم.", "زيارة"),
    ],
)
def test_ar_report_called_false_is_negative_asserted(text: str, word: str) -> None:
    ev = _at(text, word)
    assert (ev.polarity, ev.modality) == ("negative", "asserted")


def test_ar_rumour_not_called_false_stays_reported() -> None:
    ev = _at(
        "وتعقيبا على ما تردد في بعض وسائل الإعلام، من زيارة وزير للعاصمة، قال السفير إنه لا يعلم.", "زيارة"
    )
    assert (ev.polarity, ev.modality) == ("positive", "reported")


def test_ar_denier_stays_positive() -> None:
    """The denial verb itself is no content of the rumour: it stays a positive REJECT."""
    rows = event_rows(
        "وتعقيبا على ما تردد في بعض وسائل الإعلام، من زيارة وزير للعاصمة، نفى السفير هذه المزاعم."
    )
    assert any(r[0] == "REJECT" and r[2] == "positive" for r in rows)


# ---------------------------------------------------------------- 5. violence told with a theft is the main event


def test_violence_with_a_theft_is_the_main_event() -> None:
    from khabar.events.extract import main_event

    ev = main_event(extract("A masked man tried to rob the clerk and shot him in the arm, police said."))
    assert ev is not None and ev.type == "ASSAULT"
    ev = main_event(extract("A masked man robbed the clerk at the gas station on Friday."))
    assert ev is not None and (ev.type, ev.mode) == ("COERCE", "seize")
