"""The shared word lists (khabar.text.lexicon) and the stage lists derived from them.

A stage that picks words out of a shared list (an intersection) would silently lose a word removed
from that list; these tests pin what each stage takes and what it adds or leaves out on purpose.
"""

from __future__ import annotations

from khabar.entities import lexicon as EL
from khabar.entities import recognize
from khabar.events import factuality as F
from khabar.events import modality_ar as MO
from khabar.events import scope as SC
from khabar.events.participants import EN_SPEECH
from khabar.kb import linker
from khabar.quotes import extract as QX
from khabar.quotes import lexicon as QL
from khabar.text import lexicon as LEX
from khabar.text import normalize
from khabar.time import lexicon as TL


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


def test_shared_lists_are_normalized_and_reexported_by_quotes():
    for words in (LEX.AR_SPEECH_VERBS, LEX.AR_ATTRIBUTION, LEX.AR_REPORT_VERBS):
        assert words and all(normalize(w) == w for w in words)
    assert QL.AR_SPEECH_VERBS is LEX.AR_SPEECH_VERBS
    assert QL.AR_ATTRIBUTION is LEX.AR_ATTRIBUTION
    assert QL.AR_REPORT_VERBS is LEX.AR_REPORT_VERBS
    assert QL.EN_SPEECH_VERBS is LEX.EN_SPEECH_VERBS
    assert normalize("أعلنت") in LEX.AR_SPEECH_VERBS and normalize("بحسب") in LEX.AR_ATTRIBUTION


def test_factuality_cues_extend_the_shared_ones():
    assert F.AR_ATTR - LEX.AR_ATTRIBUTION == _n("حسبما بحسبما")
    assert LEX.AR_ATTRIBUTION <= F.AR_ATTR
    # the object-pronoun and publishing forms stay with the quotation code only
    assert LEX.AR_REPORT_VERBS - F.AR_REPORT_VERBS == _n(
        "ذكرته أوردته نقلته نشرته قاله قالته نشر نشرت بثت بثته"
    )
    assert _n("قالت أفادت نقلت وثق تعزو يقول") <= F.AR_REPORT_VERBS


def test_time_speech_verbs_come_whole_from_the_shared_lists():
    assert len(TL.SPEECH_VERBS) == 22 == len(set(TL.SPEECH_VERBS))  # 16 Arabic, 6 English: none dropped
    assert set(TL.SPEECH_VERBS) <= LEX.AR_SPEECH_VERBS | LEX.EN_SPEECH_VERBS
    assert all(normalize(w) == w for w in TL.SPEECH_VERBS)  # the time grammar runs on normalized text


def test_english_statement_verbs_of_events():
    assert len(EN_SPEECH) == 13
    assert EN_SPEECH - LEX.EN_SPEECH_VERBS == {"demanded", "concluded"}


def test_linker_agent_verbs_take_the_shared_speech_verbs():
    assert len(linker._AR_SPEECH_VERBS) == 28  # every form it names is a shared speech verb
    assert linker._AR_SPEECH_VERBS <= LEX.AR_SPEECH_VERBS
    assert len(linker._EN_SPEECH_VERBS) == 13
    assert linker._AR_SPEECH_VERBS | linker._EN_SPEECH_VERBS <= linker._VERBS
    assert normalize("اتهمت") in linker._VERBS  # action verbs stay the linker's own


def test_organisation_heads_have_one_home():
    assert QL.AR_ORG_HEADS is LEX.AR_ORG_HEADS
    assert len(LEX.AR_ORG_NAME_HEADS) == 14  # 12 body nouns of AR_ORG_HEADS, none dropped, and 2 more
    assert LEX.AR_ORG_NAME_HEADS - LEX.AR_ORG_HEADS == _n("جماعة مجموعة")
    assert recognize._ORG_HEAD_NOUNS is LEX.AR_ORG_NAME_HEADS
    assert (
        LEX.AR_ORG_HEADS | LEX.AR_ORG_NAME_HEADS | _n("السلطات عمادة العمادة مصلحة المصلحة")
        >= recognize._SPEAKER_ORG_HEADS
    )
    assert normalize("الخارجية") not in recognize._SPEAKER_ORG_HEADS  # left out on purpose
    # the linker drops only the generic heads from a short form, never a ministry's or a university's
    assert linker._ORG_HEADS == _n("وكالة منظمة حركة حزب جماعة تنظيم شركة مجموعة هيئة")


def test_event_speech_subsets_take_the_shared_verbs():
    # a police statement: the 8 shared reporting verbs that are speech verbs, and أكد، أوضح، قالوا
    assert MO._AR_SAY == _n("قال قالت قالوا أعلنت أعلن أفادت أفاد ذكرت ذكر أوضحت أوضح أكدت أكد")
    assert MO._AR_SAY <= LEX.AR_SPEECH_VERBS
    # verbs of saying before إنّ: 9 shared speech verbs, and the masdar of قال and «بين» of the scope code's own
    assert len(SC._AR_SAY) == 13
    assert SC._AR_SAY - LEX.AR_SPEECH_VERBS == _n("القول قوله قولها بين")


def test_quotes_subject_words_before_a_b_name():
    speech = _n("قال قالت أكد أضاف أوضح ذكر صرح")
    assert speech <= LEX.AR_SPEECH_VERBS  # none dropped from the shared list
    assert QX._B_SUBJECT_BEFORE == speech | _n("كان كانت") | {"و" + w for w in speech | _n("كان كانت")}


def test_entity_lexicon_speech_cues():
    assert EL._NAME_SPEECH_VERBS == _n("قال قالت أعلن أكد صرح أوضح")  # none dropped from the shared list
    trig = EL.triggers()
    assert all(trig[w] == "per" for w in EL._NAME_SPEECH_VERBS)
    assert EL._NAME_SPEECH_VERBS & EL.stop_words() == _n("قال قالت أعلن أكد")
