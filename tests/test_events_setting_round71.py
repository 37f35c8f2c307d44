"""Round 71: a time of the clause around the trigger's event, not the event's (khabar/events/setting.py).

- `presupposed_before`: an event noun in the genitive of a noun that presupposes it (its accused, wounded, doers,
  site: «سبيل متهمي تفجير»، «موقع التفجير») or in the ب of a charge («متهمين بالتفجير»، «بتهمة القتل»): a time
  before that noun dates the clause around it (the release, the trial, the visit), so the event takes the
  publication date, marked as such;
- `own_relative_reach`: the trigger's own relative clause («الهجوم الذي وقع يوم الخميس»، «الذين هاجموا ... يوم
  الخميس») dates it before a time of the clause around it («زار ... أمس»).

Sentences written for the test (none from a gold file). The must-fire cases fail on main b0bce32; the
counter-cases pass there too.
"""

from __future__ import annotations

from tests.events_helpers import event_date as _date

# must fire (fail on the base)


def test_the_accused_of_a_bombing_released_yesterday() -> None:
    text = "أخلت المحكمة، أمس الأربعاء، سبيل خمسة متهمين من متهمي تفجير المسجد."
    assert _date(text, "تفجير") == ("2015-08-06", "published")
    assert _date(text, "أخلت") == ("2015-08-05", "sentence")


def test_a_trial_of_the_accused_in_b() -> None:
    text = "بدأت المحكمة أمس محاكمة عشرة متهمين بالتفجير الإرهابي."
    assert _date(text, "التفجير") == ("2015-08-06", "published")


def test_a_visit_to_the_site_of_the_blast() -> None:
    text = "زار الأمير أمس موقع التفجير في المسجد."
    assert _date(text, "التفجير") == ("2015-08-06", "published")


def test_an_arrest_on_a_charge_of_murder() -> None:
    text = "اعتقلت الشرطة أمس شخصا بتهمة القتل."
    assert _date(text, "القتل") == ("2015-08-06", "published")


def test_the_attackers_relative_clause_dates_the_attack() -> None:
    text = "قتل الجنود أمس المسلحين الذين هاجموا الحاجز يوم الاثنين."
    assert _date(text, "هاجموا") == ("2015-08-03", "sentence")
    assert _date(text, "قتل") == ("2015-08-05", "sentence")


def test_the_relative_clause_holding_the_trigger_after_its_verb() -> None:
    text = "ودعت المقبرة عصر أمس الجنود الذين طالتهم يد الغدر والعدوان يوم الاثنين أثناء الصلاة."
    assert _date(text, "العدوان") == ("2015-08-03", "sentence")


# must not fire (pass on the base too)


def test_a_time_after_the_presupposed_event_stays() -> None:
    text = "اعترف المتهمون بعلاقتهم بمنفذ الهجوم على المتحف في 18 مارس الماضي."
    assert _date(text, "الهجوم") == ("2015-03-18", "sentence")


def test_a_plain_event_keeps_its_time() -> None:
    text = "وقع أمس تفجير في مسجد بالمدينة."
    assert _date(text, "تفجير") == ("2015-08-05", "sentence")


def test_a_relative_clause_of_another_noun_is_not_the_triggers() -> None:
    text = "هاجم مسلحون أمس المسجد الذي بني عام 1990."
    assert _date(text, "هاجم") == ("2015-08-05", "sentence")
