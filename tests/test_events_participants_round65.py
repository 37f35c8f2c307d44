"""Arabic participants (round 65): round 64's shared subject of a coordinated و-verb, narrowed. A verbal noun after
و («وإطلاق»، «وتدمير»، «واستهداف»، «ودعم مادي») is no coordinated verb, so it neither takes the earlier verb's
subject nor, as the earlier trigger, gives its own actor («لتقديم تسهيلات ودعم»: `participants._ar_masdar_word`);
an earlier verb's actor that stands after it past a definite noun, its subject, is the object in VSO order and is
not shared (`participants._ar_vso_object_actor`). The must-fire cases fail on fc15cd8 (main has no shared subject). Hand-written sentences run through the extractor
alone (no NER) with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import X, roles_at

from khabar.events.participants import _ar_masdar_word
from khabar.text.tokenize import tokenize
from khabar.text.vocab import is_known_stem


def _actor(text: str, trigger: str, names: list[tuple[str, str]]) -> str | None:
    return roles_at(text, trigger, names)[0]


# ---------------------------------------------------------------- must fire (fail on main)
def test_a_perfect_verb_after_the_object_shares_the_subject() -> None:
    text = "قصف الجيش مواقع المسلحين في الجبال واعتقل عشرة منهم."
    assert _actor(text, "واعتقل", [("الجيش", "ORG"), ("المسلحين", "ORG")]) == "الجيش"


def test_a_feminine_perfect_after_a_genitive_shares_the_subject() -> None:
    text = "استهدفت الزوارق الحربية مواقع الحوثيين واعتقلت خمسة منهم."
    assert _actor(text, "واعتقلت", [("الحوثيين", "ORG")]) == "الزوارق الحربية"


def test_the_company_near_the_raided_office_is_no_actor_of_the_arrest() -> None:
    text = "داهمت الدوريات الأمنية مقر الحزب الشيوعي قرب مكاتب شركة النفط واعتقلت عشرة من أعضائه."
    names = [("الحزب الشيوعي", "ORG"), ("شركة النفط", "ORG")]
    assert _actor(text, "واعتقلت", names) == "الدوريات الأمنية"


# ---------------------------------------------------------------- counter-cases: a masdar after و
def test_a_derived_masdar_after_waw_keeps_its_own_owner() -> None:
    text = "أشاد الأمير بجهود الدفاع المدني وإطلاق حملة التوعية في المدارس."
    names = [("الأمير", "PERSON"), ("الدفاع المدني", "ORG")]
    assert _actor(text, "إطلاق", names) != "الأمير"


def test_a_form_one_masdar_before_an_adjective_is_no_coordinated_verb() -> None:
    text = "دعت الحكومة المنظمات إلى التواصل مع الجهات لتقديم تسهيلات ودعم مادي للأسر المنتجة."
    names = [("الحكومة", "ORG"), ("الجهات", "ORG"), ("الأسر", "ORG")]
    assert _actor(text, "ودعم", names) != "الحكومة"


def test_masdar_shapes_against_perfect_verbs() -> None:
    toks = tokenize("وإطلاق وأطلق وتدمير ودمر واستهداف واستهدف واعتقال واعتقل واغتال", is_known_stem)
    masdar = [_ar_masdar_word(toks, k, X._ar_verb_sense) for k in range(len(toks))]
    assert masdar == [True, False, True, False, True, False, True, False, False]


def test_a_form_one_masdar_spelled_as_its_verb_is_read_as_a_masdar() -> None:
    # the lexicon lists قتل / رفض as event nouns too: after و they are as often a masdar; قتلت / رفضوا are verbs only
    toks = tokenize("وقتل ورفض وقتلت ورفضوا ودعا وبحث", is_known_stem)
    masdar = [_ar_masdar_word(toks, k, X._ar_verb_sense, X._ar_noun_sense) for k in range(len(toks))]
    assert masdar == [True, True, False, False, False, False]


# ---------------------------------------------------------------- counter-case: the earlier verb's VSO object
def test_the_object_of_the_earlier_verb_in_vso_order_is_not_shared() -> None:
    text = "هاجمت العصابات المسلحة قرية الحوثيين قرب معسكر قبيلة حاشد واعتقلت عشرة منهم."
    names = [("الحوثيين", "ORG"), ("قبيلة حاشد", "ORG")]
    # «الحوثيين» is the actor the base gives «هاجمت» (its object's genitive past the subject «العصابات»)
    assert _actor(text, "واعتقلت", names) != "الحوثيين"


def test_no_empty_subject_from_a_trigger_whose_text_holds_its_subject() -> None:
    # «وتلقى الأمير ... اتصالات» names its subject inside its own text: no candidate, yet «واستقبل» must not
    # share that empty actor (round 64 emptied both, and the merged event lost the prince)
    text = "وتلقى الأمير خالد بن سعد اتصالات العزاء من داخل المملكة وخارجها واستقبل المعزين في قصره."
    assert _actor(text, "وتلقى", [("خالد بن سعد", "PERSON")]) == "خالد بن سعد"
