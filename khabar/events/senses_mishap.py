"""(round 56) Sense rules for event words that name no event on fresh news: a death or an injury in an accident,
a disaster or a game, and a place or a body receiving or hosting things or crowds. Run by the trigger pass of
``khabar.events.extract`` after the sense rules of ``khabar.events.senses_security``; each rule only clears
lexicon hits (``info``), it adds none.

Read on two output audits of round 56 (`eval/events/audits/detect56_audit*.tsv`, 240 events of main on fresh
SaudiNewsNet articles, about 55 % of them no event): the two largest general causes of the no-events were
- casualties of a road accident, a crash, a flood or a quake typed ASSAULT («لقي شخص مصرعه وأصيب 7 آخرون إثر
  حادث انقلاب سيارة»، «قتل ثلاثة أشخاص في زلزال»), and injuries of players or patients («إصابته بالرباط
  الصليبي»، «أصيب قبل أسبوع في أربطة الكاحل»);
- a reception or a hosting whose receiver is a facility or whose guest is a thing, a crowd or a show («استقبل
  مطار الجوف أول رحلة دولية»، «تستقبل قرية الطفل زوارها»، «تستضيف تبليسي مواجهة كأس السوبر»): no meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from khabar.events import factuality as F
from khabar.events.senses import _ar_full, _ar_reach, _ar_split_prefix, ar_lexicon_key
from khabar.events.senses_security import _GAME
from khabar.text.normalize import normalize


def _stem(tok) -> str:
    """The word without و / ف and without ب / ل / ال («بحادث» -> «حادث»، «والزلزال» -> «زلزال»)."""
    return _ar_split_prefix(_ar_full(tok), 3)[1]


# ---------------------------------------------------------------- accidents, disasters and games
# The casualty words: a death or an injury told without its cause («مصرعه»، «حتفهم»، «أصيب»، «إصابة»، «قتل»
# (passive), «قتلى»، «وفاة»). An attack word of the lexicon (هجوم، تفجير، قصف ...) is no casualty word.
_CASUALTY_RX = re.compile(
    "^(?:مصرع|حتف|اصيب|يصاب|تصاب|اصاب|اصابه|اصابت|اصابات|مصاب|جرح|جريح|قتل|قتلي|قتيل|مقتل|وفا|توفي|ضحايا|ضحي)"
)
_INJURY_RX = re.compile("^(?:اصيب|يصاب|تصاب|اصابه|اصابت|اصابات|مصاب)")
# what the accident is named by: «حادث سير / مروري / انقلاب / تصادم»، «حوادث المرور»
_ACCIDENT = F._n("حادث حادثه حوادث حادثا")
_ACCIDENT_KIND = F._n(
    "سير مروري مروريه مرور انقلاب تصادم اصطدام غرق تحطم احتراق صعق سقوط"
)
_VEHICLE = F._n(
    "سياره سيارات سيارته مركبه مركبات شاحنه شاحنات حافله حافلات باص قطار طائره طائرات مروحيه مروحيات "
    "مركب قارب قوارب عباره سفينه زورق طائرتين"
)
# a vehicle word after these is an accident («انقلاب سيارة»، «تحطم مروحية»، «غرق مركب»، «اصطدام شاحنة»)
_MISHAP_OF_VEHICLE = F._n("انقلاب تحطم غرق اصطدام تصادم سقوط احتراق")
# a disaster named by a word of its own
_DISASTER = F._n(
    "زلزال زلزالا زلازل الزلزال فيضان فيضانات الفيضانات سيول السيول اعصار الاعصار انهيارات انزلاقات صاعقه"
)
# an attack named anywhere in the sentence keeps its casualties («حادث إطلاق نار»، «حادث التفجير الإرهابي»،
# «أصيب برصاصة في الركبة»، «تحطم الطائرة بعد إصابتها بصاروخ»); a fire is no attack word («اشتعال النار في
# منازل» after a crash), a shooting is one of the lexicon (إطلاق النار)
_ATTACK_RX = re.compile(
    "تفجير|انفجار|ارهاب|صاروخ|قذيف|قذائف|رصاص|مسلح|هجوم|هجمات|هجمه|اعتداء|قصف|غاره|غارات|لغم|الغام|عبوه|"
    "انتحار|طعن|جريم|اشتباك|معارك|معركه|حرب|اسقاط|اسقط|متفجر|عدوان|دهس|استهداف|اغتيال|قنص|قناص"
)
# a player's or a patient's injury named by the body part or the tear («إصابته بالرباط الصليبي»، «أصيب ... في
# أربطة الكاحل»، «إصابات العين»)
_BODY = F._n(
    "رباط الرباط الصليبي اربطه الكاحل الكاحل ركبه الركبه عضله العضله عضليه العضليه تمزق شد الغضروف "
    "فخذ الفخذ الكتف العين عينه الظهر القدم العيون عيون"
)


# (round 59) a disease or an epidemic names the cause of its deaths and cases («حالتي إصابة بمتلازمة الشرق الأوسط»،
# «إصابة عدد من المرضى ... بمرض الجرب»، «وفاة جديدة بفيروس كورونا»); a death by drowning too («توفي طفل غرقا»)
_DISEASE = F._n(
    "مرض امراض وباء اوبئه فيروس فيروسات فايروس متلازمه كورونا ميرس ايبولا انفلونزا كوليرا حصبه جرب ملاريا "
    "الجرب الحصبه الكوليرا الملاريا الانفلونزا الايدز ايدز طاعون الطاعون الدفتيريا عدوي"
)
# not «تفشي» (a spread of anything: «تفشي البطالة») nor the noun غرق («اتهامات بالقتل ... فيما يتصل بغرق»)
_DROWNING = F._n("غرقا")
# the damage a disaster does («ما تسبب في تدمير الاف المنازل»، «دمرت السيول ...»): destruction words typed ASSAULT
_DESTRUCTION_RX = re.compile("^(?:تدمير|دمر|تدمر|يدمر|دمار|هدم|تهدم|تخريب)")


def _disease_in(toks: list) -> bool:
    """(round 59) The sentence names a disease or an epidemic (``_DISEASE``) or a drowning (``_DROWNING``)."""
    return any(t.kind == "ar" and (_stem(t) in _DISEASE or normalize(t.text) in _DROWNING) for t in toks)


def _disaster_in(toks: list) -> bool:
    """(round 59) The sentence names a disaster by a word of its own (``_DISASTER``)."""
    return any(
        t.kind == "ar" and (_stem(t) in _DISASTER or normalize(t.text).lstrip("وف") in _DISASTER) for t in toks
    )


def _accident_in(toks: list) -> bool:
    """The sentence names an accident or a disaster (see the comment above)."""
    n = len(toks)
    for k, t in enumerate(toks):
        if t.kind != "ar":
            continue
        w = _stem(t)
        nxt = _stem(toks[k + 1]) if k + 1 < n and toks[k + 1].kind == "ar" else ""
        if w in _ACCIDENT and nxt in _ACCIDENT_KIND:
            return True
        if w in _DISASTER or normalize(t.text).lstrip("وف") in _DISASTER:
            return True
        if w in _MISHAP_OF_VEHICLE and nxt in _VEHICLE:
            return True
    return False


def _ar_mishap_casualties(toks: list, info: list) -> None:
    """(round 56) A death or an injury of an accident, a disaster or a game is no ASSAULT: the casualty words
    (``_CASUALTY_RX``) of a sentence that names a road accident, a crash or a disaster, or an injury word with a
    body part after it (four words, no punctuation) or in a sentence about football (two words of the game or
    more), when the sentence names no attack (no other ASSAULT word of the lexicon, no word of ``_ATTACK_RX``)."""
    hits = [
        i
        for i, t in enumerate(toks)
        if t.kind == "ar" and any(e.type == "ASSAULT" for e in info[i][0]) and _CASUALTY_RX.match(ar_lexicon_key(info, i))
    ]
    # (round 59) the destruction a disaster does, read with its casualties
    wrecks = [
        i
        for i, t in enumerate(toks)
        if t.kind == "ar" and any(e.type == "ASSAULT" for e in info[i][0])
        and _DESTRUCTION_RX.match(ar_lexicon_key(info, i)) and i not in hits
        # a noun, or a verb whose subject right after it is the disaster («دمرت السيول»; «دمرت الطائرات» stays)
        and (all(e.kind != "verb" for e in info[i][0]) or (i + 1 < len(toks) and _disaster_in(toks[i + 1 : i + 2])))
    ]
    if wrecks and _disaster_in(toks):
        hits += wrecks
    if not hits:
        return
    # (a weak noun, «النار» of «اشتعال النار», is an attack only under a light verb, which makes it no weak one)
    if any(
        any(e.type == "ASSAULT" and e.kind != "weak" for e in info[k][0]) and k not in hits for k in range(len(toks))
    ) or any(_ATTACK_RX.search(normalize(t.text)) for t in toks if t.kind == "ar"):
        return
    accident = _accident_in(toks) or _disease_in(toks)  # (round 59) a disease, an epidemic, a drowning too
    game = len({normalize(t.text) for t in toks if t.kind == "ar"} & _GAME) >= 2
    for i in hits:
        injury = _INJURY_RX.match(ar_lexicon_key(info, i)) is not None
        body = injury and any(_stem(toks[k]) in _BODY for k in _ar_reach(toks, i, 4))
        if accident or (injury and (body or game)):
            info[i] = ([], False, "")


# ---------------------------------------------------------------- receptions and hostings of things
_RECEIVE_RX = re.compile("^(?:استقبل|يستقبل|تستقبل|نستقبل|استضاف|يستضيف|تستضيف|نستضيف)")
# a facility right after the verb receives travellers, patients, reports or goods, not guests («استقبل مطار
# الجوف»، «استقبلت العيادات»، «استقبلت غرفة العمليات»، «استقبلت أسواق أملج»، «يستقبل مسجد جواثا»)
_FACILITY = F._n(
    "مطار مطارات مستشفى مستشفيات عياده عيادات قسم اسواق سوق ميناء موانئ منفذ منافذ فندق فنادق محطه مسجد "
    "جامع شواطئ شاطئ منتزه منتزهات حديقه متحف مواقع"
)
# a guest that is a thing or a crowd («أول رحلة دولية»، «5,712,778 معتمر»، «زوارها»، «1600 حالة مرضية»)
_NOT_GUEST = F._n(
    "رحله رحلات حاله حالات بلاغ بلاغا بلاغات طلبات الطلبات زوار زوارها زواره زائر زائرا زائرين الزائرين "
    "المراجعين مراجعين ركاب راكب مسافر مسافرا مسافرين المسافرين معتمر معتمرا معتمرين المعتمرين حاج حاجا "
    "حجاج الحجاج ثمار بواكير شحنه شحنات مرضى المرضى مريض مريضا السياح سياح سائح المتقدمين المتقدمات "
    "الرغبات"
)
# a show hosted (استضاف only: «تستضيف تبليسي مواجهة كأس السوبر»، «تستضيف الشارقة عرضا فنيا»; a city hosting
# talks or a summit stays a meeting, «بغداد سوف تستضيف الجولة السادسة من المحادثات»)
_SHOW = F._n(
    "مباراه مباريات مواجهه بطوله منافسات كاس نهائي مهرجان مهرجانات فعاليات معرض عرض عرضا حفل سباق اولمبياد"
)
_HOST_RX = re.compile("^(?:استضاف|يستضيف|تستضيف|نستضيف)")
# the hosted show before a relative pronoun and a hosting verb with its pronoun («الفعاليات الكبرى التي
# تستضيفها الدوحة»، «معرض ... الذي تستضيفه أمانة الطائف»)
_WHICH = F._n("التي الذي اللتي اللذي")
# the object is looked for up to a full stop, a colon or a semicolon (not a comma, a quote mark or a bracket:
# «وتستقبل محافظتا "الوجه" و "ضباء" زوارها»، «تستضيف الشارقة في بداية نوفمبر (تشرين الثاني) المقبل عرضا»)
_OBJECT_STOP = frozenset(".:;؛؟?!")


def _receptions(toks: list, info: list, future: bool = False) -> Iterator[tuple[int, str, list[int]]]:
    """Each CONSULT verb of receiving or hosting (``_RECEIVE_RX``) still in ``info``: its index, its normalized form
    without و / ف (with ``future``, without the future س too: «ستستقبل»), and the Arabic tokens among the twelve
    after it, up to a full stop (``_OBJECT_STOP``)."""
    for i, t in enumerate(toks):
        if t.kind != "ar" or not any(e.type == "CONSULT" and e.kind == "verb" for e in info[i][0]):
            continue
        w = normalize(t.text).lstrip("وف")
        if future and w[:1] == "س" and _RECEIVE_RX.match(w[1:]):
            w = w[1:]
        if _RECEIVE_RX.match(w):
            yield i, w, [k for k in _ar_reach(toks, i, 12, _OBJECT_STOP) if toks[k].kind == "ar"]


def _ar_reception_of_things(toks: list, info: list) -> None:
    """(round 56) A reception or a hosting (CONSULT verbs استقبل / استضاف) by a facility named right after the
    verb, of a guest of ``_NOT_GUEST`` among the twelve tokens after it, or (a hosting) of a show of ``_SHOW``
    among them or right before «التي / الذي» and the verb: no event."""
    for i, w, after in _receptions(toks, info):
        hosting = _HOST_RX.match(w) is not None
        things = _NOT_GUEST | _SHOW if hosting else _NOT_GUEST
        if after and _stem(toks[after[0]]) in _FACILITY:
            info[i] = ([], False, "")
            continue
        if any(_stem(toks[k]) in things or normalize(toks[k].text) in things for k in after):
            info[i] = ([], False, "")
            continue
        if hosting and w.endswith(("ها", "ه")) and i >= 2 and normalize(toks[i - 1].text) in _WHICH:
            # not «لمواجهة» there: «المؤتمر العالمي لمواجهة مرض السمنة ... الذي تستضيفه المملكة» (a purpose)
            if any(_stem(toks[k]) in _SHOW - {"مواجهه"} for k in range(max(0, i - 12), i - 1)):
                info[i] = ([], False, "")


# (round 60) a body that receives the public it serves, or a cultural venue that hosts a speaker, meets nobody:
# «اللجان المتخصصة ستستقبل المرشحين»، «تستقبل كلية العلوم ... الراغبين للتقدم»، «مركز الإسعاف ... استقبل ...
# طفلا»، «استضاف مقهى حوار الشباب الدكتور»، «يستضيف منتدى حروف الثقافي القاص»، «محاضرة يستضيف من خلالها الدكتور».
# The receiver must be an institution (an official receiving students or candidates stays a meeting).
_INSTITUTION = F._n(
    "لجنه لجان اللجان كليه كليات جامعه جامعات مدرسه مدارس المدارس اداره ادارات مركز مراكز مكتب مكاتب فرع فروع "
    "معهد معاهد عماده وحده وحدات"
)
# the public an institution receives: applicants, candidates, students, trainees, patients, the injured
_PUBLIC = F._n(
    "المرشحين المرشحات مرشحين مرشحات الراغبين الراغبات راغبين الطلاب الطالبات طلاب طالبات الطلبه طلبه "
    "المتدربين المتدربات متدربين المتسابقين المستفيدين المستفيدات مستفيدين المتقدمين المتقدمات طفلا اطفالا "
    "الاطفال مصابا مصابين المصابين المرضي"
)
# a cultural venue or a programme that hosts a speaker, a writer or a guest of a show
_VENUE = F._n(
    "مقهي منتدي نادي ناد صالون ملتقي برنامج برامج قناه اذاعه محاضره ندوه امسيه مسرح"
)
_THROUGH = F._n("خلالها خلاله فيها فيه")
_RECEIVER_STOP = F._n("ان إن انه انها")


def _institution_before(toks: list, i: int) -> bool:
    """An institution word among the eight words before the verb, back to punctuation or «أن» («أن مركز الإسعاف
    الموسمي للهلال الأحمر بغابة رغدان استقبل»)."""
    for k in range(i - 1, max(-1, i - 9), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or toks[k].kind != "ar" or normalize(toks[k].text) in _RECEIVER_STOP:
            return False
        if _stem(toks[k]) in _INSTITUTION:
            return True
    return False


def _ar_reception_of_the_public(toks: list, info: list) -> None:
    """(round 60) A reception (استقبل) by an institution (right after the verb or before it, ``_institution_before``)
    of the public it serves (``_PUBLIC`` among the twelve words after the verb), or a hosting (استضاف) by a
    cultural venue right after the verb (``_VENUE``) or «من خلالها» a lecture: no meeting."""
    for i, w, after in _receptions(toks, info, future=True):
        if not after:
            continue
        first = _stem(toks[after[0]])
        if _HOST_RX.match(w):
            through = normalize(toks[after[0]].text) == "من" and len(after) > 1 and _word_in(toks[after[1]], _THROUGH)
            if first in _VENUE or through:
                info[i] = ([], False, "")
            continue
        institution = first in _INSTITUTION or _institution_before(toks, i)
        if institution and any(_stem(toks[k]) in _PUBLIC or normalize(toks[k].text) in _PUBLIC for k in after):
            info[i] = ([], False, "")


def _word_in(tok, words: frozenset[str]) -> bool:
    return tok.kind == "ar" and normalize(tok.text) in words


# ---------------------------------------------------------------- an aim and a state of caution
# «استراتيجية العمل الجديدة والتي تستهدف إعادة تركيز نشاطها»، «فعاليات تستهدف شرائح متنوعة من الزوار»: استهدف
# with an aim or an audience as its object is no attack (the gold's attacks target places, people, forces).
# Only the word right after the verb, and no word that may name the attacked (not العملاء: «استهدفت أيادي العملاء
# ... أحياء» are agents, the attackers; not الزوار, pilgrims attacked; not بناء / تدريب, «معسكر تدريب»)
_AIMED_AT = F._n(
    "اعاده زياده رفع تحقيق تطوير تعزيز توفير خفض تقليل الوصول جذب انشاء تنفيذ تاهيل توظيف استقطاب تشجيع "
    "تنميه تحسين توعيه شرائح الشرائح شريحه فئه فئات الفئه الفئات المستهلكين المشاهدين القراء المتسوقين "
    "نسبه حصه ارباح"
)
# «تبقيان المستثمرين في حذر»، «أن تكون حذرا»، «شهدت حذراً شديداً»: the noun or adjective of caution, no warning
_CAUTION_BEFORE = F._n("في بكل تكون يكون كن كونوا اكثر اشد شهدت شهد ابدى ابدت بحذر توخي")
_CAUTION = F._n("حذر حذرا")
# «سيدافع عن ألوانه لثلاثة أعوام»: a player defends a club's colours, he plays for it
_COLOURS = F._n("الوان الوانه الوانها الوانهم")


def _ar_aim_and_caution(toks: list, info: list) -> None:
    """(round 56) استهدف with an aim or an audience of ``_AIMED_AT`` right after it is no ASSAULT; حذر / حذراً
    after a word of ``_CAUTION_BEFORE`` is caution, no THREATEN; دافع
    (six words on at most) «عن ألوان» a club's is playing for it, no SUPPORT."""
    for i, t in enumerate(toks):
        if t.kind != "ar" or not info[i][0]:
            continue
        key = ar_lexicon_key(info, i)
        types = {e.type for e in info[i][0]}
        if "ASSAULT" in types and "ستهدف" in key:
            if any(_stem(toks[k]) in _AIMED_AT or normalize(toks[k].text) in _AIMED_AT for k in _ar_reach(toks, i, 1)):
                info[i] = ([], False, "")
        elif "THREATEN" in types and normalize(t.text).lstrip("و") in _CAUTION and i > 0:
            if normalize(toks[i - 1].text) in _CAUTION_BEFORE:
                info[i] = ([], False, "")
        elif "SUPPORT" in types and "دافع" in key:
            if any(
                normalize(toks[k].text) == "عن" and k + 1 < len(toks) and normalize(toks[k + 1].text) in _COLOURS
                for k in _ar_reach(toks, i, 6)
            ):
                info[i] = ([], False, "")


def ar_mishap_senses(toks: list, info: list) -> None:
    """(round 56) The sense rules of this module, in turn, on one sentence's lexicon hits ``info``."""
    _ar_mishap_casualties(toks, info)
    _ar_reception_of_things(toks, info)
    _ar_reception_of_the_public(toks, info)  # (round 60)
    _ar_aim_and_caution(toks, info)
