"""(round 57) Sense rules for event words that name no happening on fresh news: a standing care for an activity
and a manner of cooperation. Run by the trigger pass of ``khabar.events.extract`` after the sense rules of
``khabar.events.senses_mishap``; each rule only clears lexicon hits (``info``), it adds none.

Read on the output audits of rounds 56 and 57 (`eval/events/audits/detect56_audit*.tsv`, `detect57_audit3.tsv`):
the largest cause of the no-events khabar outputs on fresh SaudiNewsNet articles is a generic, habitual or manner
mention. The tuning gold counts a habitual happening as an event («وتعقد اجتماعات المنتدى مرة سنويا»، «يتعرضن كل
يوم للضرب») and an institution's standing work too («المملكة كانت ولا تزال تعمل على دعم المؤسسات الشرعية»), so
frequency words and «تعمل على» mark no no-event; two forms do:
- the activity an institution is keen on, after the adjective حريص, the present يحرص or the adverbial حرصاً
  («القيادة حريصة كل الحرص على دعم رياضات ذوي الاحتياجات»، «تحرص الشركة على إقامة هذه اللقاءات»، «حرصاً من
  الشركة على دعم الفعاليات»): a disposition, no happening (the past «حرصت روسيا على تعطيل مشاريع القرارات» tells
  what was done and stays);
- a cooperation told as the manner of another act, «بالتعاون مع / بالتنسيق مع» and «تحت إشراف وتعاون»
  («قدمت الأمانة فعاليات بالتعاون مع فرع الوزارة»): ``plover._ar_senses`` drops it only when the sentence has
  another trigger, and the act it qualifies (a programme, a show, a service) is often no event word.
"""

from __future__ import annotations

from khabar.events import factuality as F
from khabar.events.senses import _ar_bare_word, _ar_full, _ar_split_prefix
from khabar.events.triggers import _bare
from khabar.text.normalize import normalize

# the keen one's words: the adjective, the present (not the past: «حرصت روسيا على تعطيل» is an act) and the
# adverbial accusative («حرصاً من الشركة على»); the masdar «حرص المملكة على» is left (it may head a planned act)
_KEEN = F._n(
    "حريص حريصه حريصون حريصين حريصا حريصان حريصتان يحرص تحرص نحرص احرص يحرصون تحرصون تحرصان يحرصان حرصا"
)
_ON = F._n("علي")
# a light masdar carries the activity in the noun after it («على إقامة هذه اللقاءات»، «على تقديم الدعم»)
_LIGHT_MASDAR = F._n("اقامه تقديم تنظيم عقد توفير اجراء تنفيذ مواصله استمرار")
_DEMONSTRATIVE = F._n("هذه هذا هذين هاتين تلك ذلك")
# the cooperation nouns of a manner adverbial («بالتعاون مع»، «بالتنسيق مع»، «وبتنسيق مع»)
_COOPERATION = F._n("تعاون التعاون تنسيق التنسيق")
_WITH = F._n("مع")
# «تحت إشراف وتعاون لجنة»: a cooperation joined to a supervision
_SUPERVISION = F._n("اشراف الاشراف")
# the content of a charge is an alleged act, not a manner («متهمة إياهم "بالتعاون مع الغرب"»)
# («اتهامات وجهت إليكم بالتعاون مع الحوثيين»: the charge four words before)
_CHARGE_PREFIXES = ("متهم", "اتهم", "اتهام", "يتهم", "تتهم", "نتهم", "تهم", "بتهم")
# under the light verb قام the cooperation is the act itself («قامت الوزارة بالتنسيق مع مؤسسة النقد»); not
# a parenthetical «وبتنسيق مع» («وقام المركز وبتنسيق مع المستشفى بمتابعة الحمل»)
_DID = F._n("قام قامت قاموا يقوم تقوم نقوم يقومون تقومان يقومان")


def _charge(tok) -> bool:
    """A word of accusation, with or without its article («اتهامات»، «الاتهامات»، «متهمة»، «يتهمون»)."""
    w = _ar_bare_word(tok)
    return w.startswith(_CHARGE_PREFIXES) or (w.startswith("ال") and w[2:].startswith(_CHARGE_PREFIXES))


def _ar_standing_care(toks: list, info: list) -> None:
    """(round 57) The event word right after «على» (past a light masdar and a demonstrative, the noun they carry;
    three words at most, no punctuation) is no event when a word of ``_KEEN`` governs «على» from at most five
    words before it, no punctuation between («حريصة كل الحرص على دعم»، «تحرص الشركة على إقامة هذه اللقاءات»،
    «حرصاً من الاتصالات السعودية على دعم الفعاليات»)."""
    n = len(toks)
    for j, t in enumerate(toks):
        if _ar_bare_word(t) not in _ON:
            continue
        keen = False
        for k in range(j - 1, max(-1, j - 6), -1):
            if toks[k].text in F.PUNCT_BOUNDARY:
                break
            if _ar_bare_word(toks[k]) in _KEEN:
                keen = True
                break
        if not keen:
            continue
        # the word after «على», and past a light masdar (and a demonstrative) the noun it carries: not further
        # («حرصاً على سلامة المدنيين أوقف الجيش القصف»: the act told after the purpose stays)
        k = j + 1
        while k < n and toks[k].text not in F.PUNCT_BOUNDARY:
            if info[k][0]:
                info[k] = ([], False, "")
            w = _ar_bare_word(toks[k])
            if not (w in _LIGHT_MASDAR or (w in _DEMONSTRATIVE and k > j + 1)) or k >= j + 3:
                break
            k += 1


def _ar_manner_cooperation(toks: list, info: list) -> None:
    """(round 57) A COOPERATE noun with ب before it and «مع» after it («بالتعاون مع»، «وبتنسيق مع»), or with و
    right after «إشراف» («تحت إشراف وتعاون لجنة»), is the manner of another act: no event, unless a charge is
    named in the four words before it («متهمة إياهم "بالتعاون مع الغرب"»: the alleged act) or the light verb
    قام governs it from there («قامت الوزارة بالتنسيق مع مؤسسة النقد»: the act itself)."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "ar" or not any(e.type == "COOPERATE" for e in info[i][0]):
            continue
        # the tokenizer splits «بالتعاون» (prefix ب) but not always «وبتنسيق»: read the whole written word
        pre, rest = _ar_split_prefix(_ar_full(t), 3)
        if rest not in _COOPERATION and _bare(t.norm) not in _COOPERATION:
            continue
        manner = pre.startswith("ب") and i + 1 < n and _ar_bare_word(toks[i + 1]) in _WITH
        joined = normalize(t.text).startswith("و")
        supervised = joined and i > 0 and _ar_bare_word(toks[i - 1]) in _SUPERVISION
        if not (manner or supervised):
            continue
        if any(_charge(toks[k]) for k in range(max(0, i - 4), i)):
            continue
        if manner and not joined and any(_ar_bare_word(toks[k]) in _DID for k in range(max(0, i - 3), i)):
            continue
        info[i] = ([], False, "")


def ar_generic_senses(toks: list, info: list) -> None:
    """(round 57) The sense rules of this module, in turn, on one sentence's lexicon hits ``info``."""
    _ar_standing_care(toks, info)
    _ar_manner_cooperation(toks, info)
