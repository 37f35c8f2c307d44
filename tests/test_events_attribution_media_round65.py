"""Round 65 (attribution): the media's verbs of talking about news and of circulating it in the forms
`F.AR_REPORT_VERBS` lacks (the imperfect «تتحدث / يتحدث», the masculine «تداول / يتداول / تناقل») open a source's
report when their subject is a source: news or reports before «تتحدث عن» («أنباء تتحدث عن»، «تقارير صحفية تتحدث
عن»), activists or sites after the verb («تداول نشطاء»، «وتتداول مواقع التواصل»). What the media talk of or pass
around is reported (`_ar_media_talk_source`). Counter-cases: a negated verb (nothing is told: the writer's own), an
official or a speaker who is no source, no piece passed around («تداول الإعلام هذه القضية»), a time adjunct before the
piece, a relative clause («الأنباء التي تتحدث عن»).

Every case is a hand-written news sentence.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وتأتي الحملة وسط أنباء تتحدث عن اعتقال عشرات الناشطين في المدينة.", "اعتقال"),
        ("وتقارير صحفية تتحدث عن مقتل ثلاثة جنود في الهجوم على الحاجز.", "مقتل"),
        ("وتتداول مواقع التواصل الاجتماعي صورا تظهر قصف الطائرات للسوق الشعبي.", "قصف"),
        ("تداول ناشطون على الإنترنت مقطعا يظهر اعتقال الشرطة لشاب في الحي.", "اعتقال"),
        ("ويتحدث ناشطون عن اشتباكات عنيفة في محيط المطار منذ الصباح.", "اشتباكات"),
    ],
)
def test_the_media_talking_of_or_circulating_news_report(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وسائل الإعلام لم تتحدث عن زيارة الوزير للجرحى في المستشفى.", "زيارة"),
        ("ويتحدث الوزير عن اعتقال عشرات المهربين في الأسبوع الماضي.", "اعتقال"),
        ("تداول مغردون مقطعا للحادث، فيما طالب المغردون بمحاسبة السائق.", "طالب"),
        # no piece passed around: the media's own act
        ("وتداول الإعلام هذه القضية بالنقد والتحليل وأحيانا بالتأييد لذلك التصرف.", "التأييد"),
        # a time adjunct before the piece is the writer's
        ("تداول ناشطون في مواقع التواصل عقب انتهاء المعارك في المدينة صورا للدمار.", "المعارك"),
        # a relative clause names the news; the clause's speaker tells of them
        ("وبشأن الأنباء التي تتحدث عن تسييس المظاهرات قال المحافظ إن الأمر غير مستغرب.", "المظاهرات"),
    ],
)
def test_no_source_or_a_negated_verb_keeps_the_writers_label(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "asserted"
