"""Round 19: the given name علي (Ali) equals the preposition على once normalized. Where the writer spelled
it with ي it opens or ends a person's name when a name word follows or the tagger put it in a name
(after a title, at a sentence's start, inside a full name); على spelled with ى, and علي before a common
noun or أن (the Egyptian spelling of the preposition), stay no name.

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from entities_helpers import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after a title, the tagger having missed the whole name
        ("وقال المهندس علي الأحمد إن المشروع سينجز في موعده.", "علي الأحمد"),
        # a sentence's start, inside a full name the tagger began one word late
        ("علي عبدالله صالح يلتقي السفير الأمريكي في صنعاء.", "علي عبدالله صالح"),
        # after a speech verb, علي tagged alone before the rest of the name
        ("وقال علي عبدالله صالح إن الحوار مستمر.", "علي عبدالله صالح"),
        # after a title and a speech verb other than قال
        ("وأكد الرئيس علي عبدالله صالح أن اليمن موحد.", "علي عبدالله صالح"),
        # a name with بن and أبي stays whole
        ("وقال الشيخ علي بن أبي طالب في الحديث.", "علي بن أبي طالب"),
        # with the conjunction و on it: the name starts after و
        ("وعلي عبدالله صالح رئيس سابق لليمن.", "علي عبدالله صالح"),
        # with a shadda
        ("وقال عليّ الأحمد إن الخطة جاهزة.", "عليّ الأحمد"),
        # علي as the last word of a name, before إن (the preposition would have been trimmed)
        ("وقال محمد علي إن المشروع سينجز.", "محمد علي"),
        ("وقال محمد علي، رئيس اللجنة، إن المشروع سينجز.", "محمد علي"),
    ],
)
def test_ali_spelled_with_ya_is_a_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        # the preposition spelled على, before a name word too
        "وأكد الوزير على أن المشروع مستمر.",
        "وقال المهندس على الأحمد إن المشروع سينجز.",
        "وشدد المدير على ضرورة الالتزام بالمواعيد.",
        # the preposition spelled علي (Egyptian spelling) before a common noun or أن
        "وقالت الوزارة علي الرغم من ذلك إن المشروع مستمر.",
        "وأكد الوزير علي أن المشروع مستمر.",
        "وتحدث المسؤول علي هامش المؤتمر عن الخطة.",
        "وجاءت الخطوة علي خلفية الأحداث الأخيرة.",
        "وقال المدير علي مستوى المنطقة إن العمل مستمر.",
        "وحصل المنتخب علي المركز الأول.",
    ],
)
def test_the_preposition_stays_no_name(text: str) -> None:
    assert not any(p.startswith(("علي", "على")) or " علي" in p or " على" in p for p in persons(text))


@pytest.mark.parametrize(
    "text",
    [
        # علي after a name is the preposition spelled with ي, not a second person nor the name's end
        "وتغلب الإسباني كارلوس مويا علي التشيكي ياروسلاف بالغ.",
        "وفاز نادال علي فيدرر في النهائي.",
    ],
)
def test_ali_after_a_name_before_a_word_stays_the_preposition(text: str) -> None:
    assert not any(p.startswith("علي") or " علي" in p for p in persons(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after a name, علي goes on to آل/بن: the father's name inside a full name
        ("وأوضح الدكتور أحمد علي آل مريع رئيس النادي، أن البرنامج مستمر.", "أحمد علي آل مريع"),
        # after a prince's title, a name alone before الذي
        ("وأوضح الأمير علي الذي ترشح لرئاسة الاتحاد أن الانتخابات نزيهة.", "علي"),
        # a given name, then the rest of the name the tagger found
        ("يعود تأسيس الجماعة لشخصين، هما علي عبده إسماعيل، وهو المؤسس.", "علي عبده إسماعيل"),
    ],
)
def test_ali_inside_and_alone(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_writer_who_writes_ya_for_alif_maqsura_gets_no_ali_from_the_spelling() -> None:
    # the same sentence, once in a text that spells ى, once in one that writes إلي، حتي، مستشفي
    spelled = "وقال المهندس علي الأحمد إن المشروع سينجز حتى نهاية العام."
    ya = "وقال المهندس علي الأحمد إن المشروع سينجز حتي نهاية العام ويصل إلي المستشفي."
    assert "علي الأحمد" in persons(spelled)
    assert not any(p.startswith("علي") for p in persons(ya))
