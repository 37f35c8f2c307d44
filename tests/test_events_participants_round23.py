"""Arabic participants (round 23): the subject of a light verb before the event noun acts («ألقت الشرطة ...
القبض على»، «أقدم X على قتل»، «شنت X ... بقصف»، «وجه X بفتح تحقيق»). Hand-written sentences run through the
extractor alone (no NER) with hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


def test_arrest_by_the_subject_of_alqa_far_before_the_noun() -> None:
    # a place phrase between the subject and «القبض»: the place before the noun is no actor
    names = [("الشرطة", "ORG"), ("ألمانيا", "GPE"), ("سعيد الورداني", "PERSON")]
    text = "ألقت الشرطة في ولاية بافاريا جنوب شرقي ألمانيا القبض على المهرب سعيد الورداني قرب الميناء."
    assert _at(text, "القبض", names) == ("الشرطة", "سعيد الورداني")


def test_aqdama_ala_with_the_subject_between_dashes() -> None:
    names = [("خالد بن سعيد العتيبي", "PERSON"), ("فهد", "PERSON")]
    text = "أقدم - خالد بن سعيد العتيبي - على قتل فهد بعد شجار بينهما."
    assert _at(text, "قتل", names) == ("خالد بن سعيد العتيبي", "فهد")


def test_light_verb_subject_with_a_relative_clause_on_it() -> None:
    # a relative clause on the subject, closed by a comma before the event noun
    names = [("مقاتلات", "ORG")]
    text = "وفي الأسبوع الماضي شنت مقاتلات التحالف الذي يقوده الجيش السعودي، بقصف جوي على المطار."
    assert _at(text, "بقصف", names)[0] == "مقاتلات"
    # the relative clause's own verb keeps its subject (the rule does not reach over an open relative)
    names = [("مقاتلات", "ORG"), ("اليمن", "GPE")]
    text = "وشنت مقاتلات التحالف الذي يقاتل في اليمن، بقصف جوي على المطار العسكري."
    assert _at(text, "يقاتل", names)[0] == "التحالف"


def test_directed_an_inquiry() -> None:
    names = [("وزارة النقل", "ORG"), ("حمد الزهراني", "PERSON")]
    text = "وجّه وزير وزارة النقل، حمد الزهراني، بفتح تحقيق في حادث القطار."
    assert _at(text, "تحقيق", names)[0] in ("وزارة النقل", "حمد الزهراني")


def test_partner_after_maa_and_a_clause_word_are_no_light_verb_subject() -> None:
    # «ألقى» whose subject stands in another clause (after «أن»): the rule does not reach over it
    names = [("الجيش", "ORG"), ("الشرطة", "ORG"), ("رجل", "MISC")]
    text = "وقال الجيش إن الشرطة ألقت أمس القبض على رجل."
    assert _at(text, "القبض", names)[0] == "الشرطة"
