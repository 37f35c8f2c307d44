"""Arabic participants (round 64): a verb joined by و / ف / ثم whose actor was taken from before it (no subject of
its own after it) shares the subject of the earlier verb trigger of its sentence, when the noun right before it
stands between the two verbs (the earlier verb's object or a genitive: «وهاجمت القوات مواقع المسلحين واعتقلت»)
(`participants.ar_coordinated_verb_actor`). Not across a word that opens another clause (أن، إنه، التي ...), not
when an imperfect verb follows the noun, not for a و-word with a pronoun on it (a masdar and its owner), never
when the verb has its own subject after it. Hand-written sentences run through the extractor alone (no NER) with
hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


def _actor(text: str, trigger: str, names: list[tuple[str, str]]) -> str | None:
    return roles_at(text, trigger, names)[0]


def test_the_object_genitive_of_the_attack_is_no_actor_of_the_arrest() -> None:
    text = "وهاجمت القوات الحكومية مواقع المسلحين في الضاحية واعتقلت عشرين منهم."
    names = [("القوات الحكومية", "ORG"), ("المسلحين", "ORG")]
    assert _actor(text, "واعتقلت", names) == "القوات الحكومية"


def test_the_raided_party_after_a_comma_is_no_actor() -> None:
    text = "داهمت الشرطة مقر الحزب في العاصمة، واعتقلت خمسة من أعضائه."
    assert _actor(text, "واعتقلت", [("الشرطة", "ORG"), ("الحزب", "ORG")]) == "الشرطة"


def test_the_bombed_militia_is_no_actor_of_the_killing() -> None:
    text = "وقصفت الطائرات الحربية مخازن ميليشيا الحوثي وقتلت عددا من عناصرها."
    assert _actor(text, "وقتلت", [("ميليشيا الحوثي", "ORG")]) == "الطائرات"


def test_the_arrested_are_no_actor_of_the_killing() -> None:
    text = "اعتقلت الشرطة ثلاثة مسلحين في المدينة وقتلت آخر."
    assert _actor(text, "وقتلت", [("الشرطة", "ORG")]) == "الشرطة"


def test_a_subject_after_the_verb_stays() -> None:
    text = "وهاجمت القوات مواقع التنظيم، واعتقلت الشرطة خمسة منهم."
    names = [("القوات", "ORG"), ("التنظيم", "ORG"), ("الشرطة", "ORG")]
    assert _actor(text, "واعتقلت", names) == "الشرطة"


def test_the_subject_of_an_imperfect_between_stays() -> None:
    text = "هاجم المسلحون القرية ثم رأوا الجيش يتقدم نحوهم وقصف مواقعهم."
    assert _actor(text, "وقصف", [("الجيش", "ORG")]) == "الجيش"


def test_not_across_a_complement_clause() -> None:
    text = "وأكد الوزير أن الشرطة تلاحق أفراد العصابة، واعتقلت اثنين منهم."
    names = [("الوزير", "PERSON"), ("الشرطة", "ORG"), ("العصابة", "ORG")]
    # the rule leaves the clause after «أن» to the base choice (the subject is in another clause)
    assert _actor(text, "واعتقلت", names) != "الوزير"


def test_the_owner_of_a_coordinated_masdar_with_a_pronoun_stays() -> None:
    text = "وثمن الوزير رعاية الأمير خالد ودعمه الدائم للبرنامج."
    names = [("الوزير", "PERSON"), ("الأمير خالد", "PERSON")]
    assert _actor(text, "ودعمه", names) == "الأمير خالد"
