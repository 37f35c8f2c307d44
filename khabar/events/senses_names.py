"""(round 61) Sense rules for event words inside the name of an institution, a unit or a service: «مجلس التعاون»،
«وزيرة التعاون الدولي»، «تحالف دعم الشرعية»، «مركز الملك سلمان للإغاثة»، «مركز التحكم والسيطرة»، «قاعة
الاجتماعات»، «الخدمات المساندة». Run by the trigger pass of ``khabar.events.extract`` after the sense rules of
``khabar.events.senses_generic``; each rule only clears lexicon hits (``info``), it adds none.

Read on the pooled no-event rows of the output audits of rounds 60-63 and 61's own plain draw
(`eval/events/audits/detect61_*.tsv`): ``participants.ar_trigger_in_name`` drops a trigger inside an organisation
the tagger found, but the tagger misses most of them («لمجلس التعاون لدول الخليج العربية»، «لتحالف دعم
الشرعية»). The form does not need the tagger: an institution's head noun in the construct state (no article:
«مجلس»، «وزارة»، «هيئة») takes the event noun as its genitive, and that genitive names the institution's field,
never a happening. The heads are institutions and rooms only: a programme, a campaign, an operation or a project
is often the event itself in the tuning gold («برنامج المساعدات»، «حملة القبض»، «عملية تفجير»، «مشروع تحرير»).
"""

from __future__ import annotations

from itertools import product

from khabar.events import factuality as F
from khabar.events.senses import _ar_bare_word, _ar_full
from khabar.text.normalize import normalize

# the head nouns of an institution, an office holder or a room, in the construct state (no article)
_INSTITUTION_HEADS = F._n(
    "مجلس وزاره وزارات وزير وزيره وزيرا هيئه مركز لجنه تحالف قاعه قاعات منظمه صندوق جمعيه مؤسسه وكاله مكتب "
    "قسم اداره عماده"
)
# (code round 64) the heads with up to two of the clitics و / ف / ب / ل / ك the tokenizer may have left on, spelled
# out once: ``_head`` asks it of every token of every sentence, and one look-up is half the cost of peeling them
_HEADS_WITH_CLITICS = frozenset(
    "".join(clitics) + head
    for n in range(3)
    for clitics in product("وفبلك", repeat=n)
    for head in _INSTITUTION_HEADS
)
# the titles a patron's name starts with («مركز الملك سلمان للإغاثة»، «مركز الأمير سلطان للدراسات»)
_PATRON_TITLES = F._n("الملك الامير الشيخ")
# the participles of support and help as the adjective of a plural noun of things or bodies («الخدمات المساندة»،
# «الجهات المساندة»، «التطبيقات المساعدة»): a kind of service, no act
_SUPPORTING = F._n("المسانده المساعده الداعمه")
_SUPPORTED_THINGS = F._n(
    "الخدمات الجهات التطبيقات الاجهزه الادوات الوسائل الادارات الوحدات القطاعات الوظائف المهن البرامج"
)


def _noun_hit(info: list, i: int) -> bool:
    """A lexicon hit with a noun reading («دعم» has the verb's too)."""
    return any(e.kind != "verb" for e in info[i][0])


def _head(tok) -> bool:
    """An institution's head noun in the construct state, with a و / ف / ب / ل / ك the tokenizer may have left
    on («لتحالف»، «بقاعة»، «ووزير»)."""
    return tok.kind == "ar" and normalize(tok.text) in _HEADS_WITH_CLITICS


def _genitive(tok) -> bool:
    """A noun that can be a construct's genitive: no preposition split off («مجلس لدعم» is a purpose)."""
    return tok.kind == "ar" and not normalize(tok.prefix).lstrip("وف").startswith(("ب", "ل"))


def _named_field(toks: list, i: int) -> bool:
    """The genitive names a field: with the article («مجلس التعاون»، «قاعة الاجتماعات») or heading a genitive of
    its own («تحالف دعم الشرعية»، «مكتب تحقيقات الطيران»); a bare one may be an act («لجنة تحقيق في أوضاع
    كركوك»: a committee of inquiry demanded, an inquiry in the tuning gold)."""
    if _ar_bare_word(toks[i]).startswith("ال"):
        return True
    return i + 1 < len(toks) and _ar_bare_word(toks[i + 1]).startswith("ال")


def _after_light_verb(toks: list, info: list, i: int) -> bool:
    """A light verb among the seven words before ``i``, no punctuation between («وقعت أمس فايزة أبوالنجا وزيرة
    التعاون الدولي 10 اتفاقيات»، «بدأ مكتب التحقيقات ... تحقيقا»، «وقع رئيس الاتحاد عقدا مع المدرب ...
    ومساعده»): the trigger pass took the name's event word as its noun, and clearing it would take the act the
    verb tells along (the tuning gold's «وقعت» and «تحقيقا»); left as it was."""
    for k in range(i - 1, max(-1, i - 8), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if any(e.kind == "light" for e in info[k][0]):
            return True
    return False


def _clear_joined(toks: list, info: list, i: int) -> None:
    """The event noun joined by و right after a cleared member of a name is part of it («مركز التحكم
    والسيطرة»، «مركز الملك سلمان للإغاثة والأعمال الإنسانية»)."""
    j = i + 1
    if j < len(toks) and _noun_hit(info, j) and normalize(toks[j].text).startswith("وال"):
        info[j] = ([], False, "")


def _ar_institution_name(toks: list, info: list) -> None:
    """(round 61) The event noun right after an institution's head noun in the construct state («مجلس التعاون»،
    «وزيرة التعاون الدولي»، «لتحالف دعم الشرعية»، «بقاعة الاجتماعات»), joined by و to that genitive («مركز
    التحكم والسيطرة»), or after the patron's name that follows the head, with ل («مركز الملك سلمان للإغاثة»), is
    part of the name: no event."""
    n = len(toks)
    for h, t in enumerate(toks):
        if h + 1 >= n or not _head(t):
            continue
        i = h + 1
        if _after_light_verb(toks, info, h):
            continue
        if _noun_hit(info, i) and _genitive(toks[i]) and _named_field(toks, i):
            info[i] = ([], False, "")
            _clear_joined(toks, info, i)
            continue
        if not info[i][0] and _genitive(toks[i]) and _ar_bare_word(toks[i]).startswith("ال"):
            _clear_joined(toks, info, i)  # «مركز التحكم والسيطرة»، «وزير الخارجية والتعاون الدولي»
        if _ar_bare_word(toks[i]) not in _PATRON_TITLES or info[i][0]:
            continue
        # the patron's name: one or two words, no event word, no punctuation («الملك سلمان»، «الملك عبدالله
        # العالمي»), then the field with ل («للإغاثة»، «للحوار»)
        for k in range(i + 2, min(n, i + 4)):
            if toks[k].kind != "ar":
                break
            if info[k][0]:
                if _ar_full(toks[k]).startswith("لل") and _noun_hit(info, k):
                    info[k] = ([], False, "")
                    _clear_joined(toks, info, k)
                break


def _ar_supporting_service(toks: list, info: list) -> None:
    """(round 61) «الخدمات المساندة»، «الجهات المساندة»، «التطبيقات المساعدة»: the participle of support or help
    as the adjective of a plural noun of things or bodies names a kind of service: no event."""
    for i in range(1, len(toks)):
        if info[i][0] and _ar_bare_word(toks[i]) in _SUPPORTING and _ar_bare_word(toks[i - 1]) in _SUPPORTED_THINGS:
            info[i] = ([], False, "")


# (round 61) a student, not a demand: the study or the school after «طالب», or a count before it
_STUDENT = F._n("طالب طالبه طلاب الطالب الطلاب")
_STUDIES = F._n(
    "الدكتوراه دكتوراه الماجستير ماجستير البكالوريوس الطب جامعي جامعيه الجامعه بالجامعه مبتعث المبتعث زائر "
    "وطالبه ثانوي الثانويه المدرسه بالمدرسه"
)
_COUNT_WORDS = F._n("الف آلاف الاف مليون كل لكل")
# the masculine agent nouns of help and attack, with a pronoun and no ت («ومساعده الوطني»، «مهاجمه الفرنسي»):
# the assistant, the striker; the masdar takes ت before the pronoun («مساعدته»، «مهاجمتها»)
_AGENT_STEMS = ("مساعد", "مهاجم")
_PRONOUNS = ("ه", "ها", "هم", "هما")


def _count(tok) -> bool:
    """A number that counts, not a year («وفي 2015 طالب البرلمان»: the verb after a year stays)."""
    if tok.kind != "num":
        return False
    digits = "".join(ch for ch in tok.text if ch.isdigit())
    value = int(digits) if digits.isascii() and digits else -1
    return not (1400 <= value <= 1499 or 1900 <= value <= 2099)


def _ar_role_noun(toks: list, info: list) -> None:
    """(round 61) A trigger word that names a person by a role, not an act: «طالب الدكتوراه»، «70 ألف طالب»
    (a student; the verb «طالب الوزير بـ» keeps), «ومساعده الوطني» (an assistant), «مهاجمه الفرنسي» (a
    striker)."""
    n = len(toks)
    for i, t in enumerate(toks):
        if not info[i][0] or t.kind != "ar":
            continue
        w = _ar_bare_word(t)
        if w in _STUDENT:
            after = i + 1 < n and _ar_bare_word(toks[i + 1]) in _STUDIES
            before = i > 0 and (_count(toks[i - 1]) or _ar_bare_word(toks[i - 1]) in _COUNT_WORDS)
            if after or before:
                info[i] = ([], False, "")
            continue
        raw = t.text.lstrip("وف")
        if not _after_light_verb(toks, info, i) and any(
            raw.startswith(s) and raw[len(s) :] in _PRONOUNS for s in _AGENT_STEMS
        ):
            info[i] = ([], False, "")


def ar_name_senses(toks: list, info: list) -> None:
    """(round 61) The sense rules of this module, in turn, on one sentence's lexicon hits ``info``."""
    _ar_institution_name(toks, info)
    _ar_supporting_service(toks, info)
    _ar_role_noun(toks, info)
