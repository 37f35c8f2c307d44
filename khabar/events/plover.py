"""PLOVER typing: Arabic trigger senses, light-verb and sector typing, sport senses, and
``plover_type`` (PLOVER's own coding of intent).

Split out of ``khabar.events.extract`` (which imports from here and re-exports
``main_event`` and ``plover_type``).
"""

from __future__ import annotations

import re

from khabar.document import Event
from khabar.events import factuality as F
from khabar.events.lexicon import Entry
from khabar.events.triggers import Trig, _bare, _unprep
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token

_AR_ISSUED_BY = F._n("عن من عنه عنها منه منها")

_AR_UNDISCLOSED = F._n("الكشف الإفصاح الافصاح التعليق ذكر الإدلاء الادلاء التصريح")

_AR_LEGAL = F._n(
    "النيابة نيابة المحكمة محكمة القضاء التحقيق والادعاء الادعاء الجنايات المحاكمة المحاكم هيئة التحقيق"
)

_AR_NOT_TAKEN = F._n("الحريق النيران الحريقة النار الوضع الموقف الأوضاع الاوضاع الأمور الامور")

_AR_SENTENCE = F._n("حكم حكما بحكم الحكم أحكام احكام عقوبة بعقوبة")

_AR_WORKS = F._n(
    "العرض المسرحية الفيلم الكتاب الدراسة البحث التقرير الندوة الورشة المؤتمر المسلسل البرنامج المعرض الملتقى"
)

_AR_NOT_SEIZED = F._n("النفس الأسعار الاسعار الجودة الوقت الإيقاع الايقاع الأمن الامن الحدود المصطلحات")

# «مما يدعو إلى القلق»، «خبر يدعو للفخر»: gives reason for a feeling, no call on anyone
_AR_FEELINGS = F._n(
    "الفخر القلق التفاؤل التشاؤم الاستغراب الدهشة الحيرة السخرية الأسف الاسف التساؤل الاطمئنان الحزن "
    "الارتياح الاستياء الإعجاب الاعجاب التأمل التامل الضحك الشك الريبة الاستهجان العجب التعجب الخوف الفرح "
    "الأمل الامل الاحترام الإحباط الاحباط"
)


def _feeling_after(bare: list[str], k: int) -> bool:
    """Token ``k`` (or the one after إلى there) is a feeling noun, with or without ل/لل."""
    if k < len(bare) and bare[k] in ("الي", "الى") and k + 1 < len(bare):
        k += 1
    if k >= len(bare):
        return False
    w = bare[k]
    forms = {w, "ال" + w}
    if w.startswith("ل"):
        forms |= {w[1:], "ال" + w[1:], "ا" + w[1:]}  # للفخر: ل + the article without its alef
    return bool(forms & _AR_FEELINGS)


_AR_MEET_WORDS = F._n("لقاء اللقاء بلقاء للقاء لقاءات يلتقي تلتقي يلتقيان التقى التقت التقيا سيلتقي مواجهة")

_AR_SPORT = F._n(
    "مباراة المباراة مباريات المباريات الفريقين المنتخب منتخب الدوري دوري اللاعب اللاعبين لاعب لاعبي "
    "الملعب ملعب النادي نادي البطولة بطولة المدرب مدرب الأهداف كرة الشوط"
)


# Heads of institution names that end in «لـ + verbal noun»: مركز الملك سلمان للإغاثة, صندوق ... للتنمية.
_AR_INSTITUTION_HEADS = frozenset(
    normalize(w) for w in "مركز مؤسسة هيئة جمعية صندوق برنامج جائزة منظمة مكتب وكالة لجنة".split()
)


def _in_institution_name(toks: list[Token], bare: list[str], a: int) -> bool:
    """The trigger at ``a`` is the «لـ + verbal noun» that ends an institution's name: it carries the
    preposition ل and an institution head stands two to four words before it, with only Arabic words
    between (no punctuation, digits or Latin)."""
    if a == 0 or "ل" not in normalize(toks[a].prefix):
        return False
    for k in range(a - 1, max(-1, a - 5), -1):
        if toks[k].kind != "ar":
            return False
        if bare[k] in _AR_INSTITUTION_HEADS or _strip_al(bare[k]) in _AR_INSTITUTION_HEADS:
            return k < a - 1  # «مركز للإغاثة» alone is a centre for relief work: an event noun
    return False


def _strip_al(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _ar_senses(toks: list[Token], trigs: list[Trig]) -> list[Trig]:
    """Arabic trigger words in a sense that is no event.

    «بيان صادر عن مكتبه» (issued by, not confiscated), «مصادر رفضت الكشف عن هويتها» (declined to
    be named), «سرعة استجابته» (responsiveness), a match or game called لقاء / مواجهة in a sentence
    about sport (a team meeting another team is no CONSULT)."""
    words = [t.norm for t in toks]
    bare = [_bare(w) for w in words]
    sport = any(w in _AR_SPORT or b in _AR_SPORT for w, b in zip(words, bare, strict=True))
    out = []
    for t in trigs:
        head, nxt = bare[t.a], (bare[t.b + 1] if t.b + 1 < len(toks) else "")
        prev = bare[t.a - 1] if t.a > 0 else ""
        if (
            t.type == "COERCE"
            and head in ("صادر", "صادره")
            and (nxt in _AR_ISSUED_BY or nxt[1:] in _AR_ISSUED_BY)
        ):
            continue
        if t.type == "REJECT" and nxt in _AR_UNDISCLOSED:
            continue
        if _in_institution_name(toks, bare, t.a):
            continue  # «مركز الملك سلمان للإغاثة»، «صندوق الأمم المتحدة للسكان»: part of a body's name
        if t.type == "CONCEDE" and prev in ("سرعه", "سرعة"):
            continue
        if t.type == "CONSULT" and sport and (words[t.a] in _AR_MEET_WORDS or head in _AR_MEET_WORDS):
            continue
        if (
            t.type == "COOPERATE"
            and t.a == t.b
            and "ب" in normalize(toks[t.a].prefix)
            and nxt in ("مع", "بين")
            and len(trigs) > 1
            # (round 31) not the content of an accusation: «متهمة إياهم "بالتعاون مع الغرب"»
            and not any(bare[k].startswith(("متهم", "اتهم")) for k in range(max(0, t.a - 3), t.a))
        ):
            continue  # «داهمت القوات، بالتعاون مع الدرك، ...»: a manner adverbial of another event
        if t.type == "CONSULT" and head.startswith(("ناقش", "يناقش", "تناقش")) and nxt in _AR_WORKS:
            continue  # «وناقش العرض المسرحي واقع ...»: a play or a study discusses a topic
        if (
            t.type == "ACCUSE"
            and head.startswith(("احال", "يحيل", "تحيل", "احاله"))
            and not any(
                bare[k] in _AR_LEGAL or _unprep(bare[k]) in _AR_LEGAL
                # (round 21) from the word after the head: «وإحالتهم إلى النيابة للتحقيق معهم» is one trigger
                for k in range(t.a + 1, min(len(toks), t.b + 14))
            )
        ):
            continue  # أحال only as a referral to prosecutors or a court (أحيل إلى التقاعد is retirement)
        if (
            t.type == "CONSULT"
            and (
                head.startswith(("تواصل", "يتواصل", "تتواصل"))
                # the future سـ left on the word («ستواصل عملياتها»), unless the trigger took in the event
                # noun it continues («ستواصل المحادثات»: the talks are the event)
                or (t.future and t.b == t.a and head.startswith(("ستواصل", "سيتواصل", "ستتواصل")))
            )
            and (t.future or not any(bare[k] == "مع" for k in range(t.b + 1, min(len(toks), t.b + 5))))
        ):
            continue  # «تواصل الفعاليات»، «ستواصل القوات عملياتها»: continued; «تواصلت السفارة مع الجهات»: contacted
        if (
            t.type == "COERCE"
            and head.startswith("سيطر")
            and any(
                bare[k] in _AR_NOT_TAKEN and bare[k - 1] == "علي"
                for k in range(t.b + 2, min(len(toks), t.b + 8))
            )
        ):
            continue  # «سيطرت فرق الدفاع المدني على الحريق»: a fire put out, no territory taken
        if (
            t.type == "ASSAULT"
            and head.endswith("اعدام")
            and any(
                bare[k] in _AR_SENTENCE or _unprep(bare[k]) in _AR_SENTENCE
                for k in range(max(0, t.a - 2), t.a)
            )
        ):
            t.type, t.mode = "COERCE", None  # «حكما بالإعدام»: a sentence passed in court (COERCE)
        if t.type == "COERCE" and t.kind == "noun" and head in ("ضبط", "الضبط") and nxt in _AR_NOT_SEIZED:
            continue  # ضبط النفس، ضبط الأسعار: restraint and regulation, no seizure
        if t.type == "REQUEST" and head.endswith(("دعو", "دعا")) and _feeling_after(bare, t.b + 1):
            continue  # «مما يدعو إلى القلق»، «يدعو للفخر»: a reason for a feeling
        if t.type == "REQUEST" and head in ("طلب", "الطلب") and nxt in ("علي", "على"):
            continue  # «وجود طلب على سلعة»: demand for goods
        if t.type == "CONSULT" and head.startswith(("بحث", "يبحث", "تبحث", "يبحثون", "نبحث")) and nxt == "عن":
            continue  # «يبحثون عن بصيص أمل»: searching for, not talks
        if t.type == "SUPPORT" and head in ("ايد", "الايدي", "ايدي") and nxt in ("عامله", "العامله"):
            continue  # «أيد عاملة»: hands (labour), not support
        if t.type == "ACCUSE" and t.mode is None and _ar_formal_charge(toks, t):
            # (round 28) output COERCE (``Extractor._event``); read as an accusation until then
            t.mode = "charge"
        out.append(t)
    return out


# (round 28) a formal criminal charge (COERCE, CAMEO 173; the conv27 convention): the nouns of a charge, a
# legal authority anywhere in the sentence, one that directs the charge near it, and the words that make it formal
_AR_CHARGE_NOUNS = F._n("اتهام اتهاما اتهامات تهمة تهم تهما")

_AR_PROSECUTORS = F._n(
    "النيابة نيابة الادعاء ادعاء الإدعاء إدعاء المدعي المدعى المحكمة محكمة القضاء قاضي القاضي"
)

_AR_AUTHORITIES = F._n("السلطات سلطات الشرطة شرطة")

_AR_DIRECT = ("وجه", "يوجه", "توجه", "توجيه", "موجه")

_AR_JUSTICE = F._n("العدل")

_AR_MINISTRY = F._n("وزارة وزير")

_AR_FORMAL = F._n("رسمي رسمية رسميا جنائية جنائي")

_AR_CHARGE_SHEET = F._n("لائحة لوائح")


def _ar_forms(w: str) -> set[str]:
    """A normalised word without و / ف, ب / ل and ال (للمحكمة: المحكمة, محكمة)."""
    out = {w}
    for x in list(out):
        if x[:1] in "وف" and len(x) > 3:
            out.add(x[1:])
    for x in list(out):
        if x.startswith("لل") and len(x) > 4:
            out.add("ا" + x[1:])
        elif x[:1] in "بلك" and len(x) > 3:
            out.add(x[1:])
    for x in list(out):
        if x.startswith("ال") and len(x) > 4:
            out.add(x[2:])
    return out


def _ar_formal_charge(toks: list[Token], t: Trig) -> bool:
    """(round 28) An accusation noun (اتهام، اتهامات، تهمة; not the verb اتهم, not a masdar with a pronoun:
    «لاتهامه بقتل» stays ACCUSE) is a formal charge when a prosecutor, a court or the ministry of justice is
    named in its sentence («وجهت النيابة العامة الاتهام إلى 29 شخصا»، «التحقيق الذي تجريه وزارة العدل ... إلى
    مزيد من الاتهامات»), when authorities or police direct it near it («ووجهت السلطات الكويتية اتهامات»),
    when it is formal or criminal («اتهام رسمي»، «اتهامات جنائية») or on a charge sheet («لائحة اتهام»)."""
    n = len(toks)
    forms = [_ar_forms(tok.norm) for tok in toks]
    nouns = [k for k in range(t.a, t.b + 1) if forms[k] & _AR_CHARGE_NOUNS]
    if not nouns:
        return False
    for k in range(n):
        if forms[k] & _AR_PROSECUTORS:
            return True
        if forms[k] & _AR_JUSTICE and k > 0 and forms[k - 1] & _AR_MINISTRY:
            return True
    for j in nouns:
        near = range(max(0, j - 4), min(n, j + 5))
        directed = any(f.startswith(_AR_DIRECT) for k in near for f in forms[k])
        if directed and any(forms[k] & _AR_AUTHORITIES for k in near):
            return True
        if any(forms[k] & _AR_FORMAL for k in range(j + 1, min(n, j + 3))):
            return True
        if any(forms[k] & _AR_CHARGE_SHEET for k in range(max(0, j - 2), j)):
            return True
    return False


COOPERATIVE = frozenset({"AID", "CONSULT", "RETREAT", "CONCEDE", "COOPERATE", "SUPPORT"})

CONFLICTUAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})


def plover_type(ev: Event) -> str:
    """The type PLOVER's own coding rules give: intent to act is AGREE or THREATEN, a refusal is REJECT.

    khabar keeps the action itself with its factuality (CONSULT planned, AGREE negative); PLOVER codes
    "will visit" as AGREE, "will boycott" as THREATEN and "failed to agree" as REJECT.
    """
    if ev.modality in ("planned", "conditional") and ev.polarity == "positive":
        if ev.type in COOPERATIVE:
            return "AGREE"
        if ev.type in CONFLICTUAL:
            return "THREATEN"
    if ev.type == "AGREE" and ev.polarity == "negative":
        return "REJECT"
    if ev.type == "AGREE" and ev.modality not in ("planned", "conditional", "possible") and ev.trigger:
        w = normalize(ev.trigger.text.split()[0].lower())
        w = w[1:] if w[:1] == "و" and len(w) > 3 else w
        formal = w in _AR_SIGN or (
            re.search(r"\bsign", ev.trigger.text.lower()) is not None
            and re.search(_EN_FORMAL, ev.trigger.text.lower()) is not None
        )
        if formal:
            return "SUPPORT"  # CAMEO 057 "Sign formal agreement" is PLOVER SUPPORT (a pledge is no agreement)
    return ev.type


_EN_FORMAL = r"\b(agreements?|treat(y|ies)|accords?|pacts?|deals?|memorandum|protocols?|conventions?|charter|contracts?)\b"

_AR_SIGN = frozenset(
    normalize(w) for w in "وقع وقعت وقعا وقعوا يوقع توقع يوقعان توقيع التوقيع بتوقيع".split()
)

_EN_SPORT = frozenset(
    "game games match matches goal goals season league tournament championship playoff playoffs inning "
    "innings scored striker midfielder coach draw olympic olympics medal quarterback touchdown "
    "stadium fans fixture penalty wrestler wrestling boxer boxing bout referee".split()
)

_EN_SPORT_STRONG = frozenset(
    "scored striker midfielder quarterback touchdown inning innings playoff playoffs goalkeeper".split()
)


def _sport(lows: list[str]) -> bool:
    """A sentence about a game: one unmistakable sports word or two common ones."""
    w = set(lows)
    return bool(w & _EN_SPORT_STRONG) or len(w & _EN_SPORT) >= 2


def _light_type(light: set[str], e: Entry) -> tuple[str, str | None] | None:
    """The type of light verb + event noun: فرض عقوبات, lifted the blockade, ended talks, sent troops."""
    t, m = e.type, e.mode
    if t in light:
        return t, m
    if "SANCTION" in light and t in ("CONSULT", "AID", "COOPERATE", "AGREE", "SUPPORT"):
        return "SANCTION", (
            "expel" if m == "peacekeeping" else None
        )  # halt talks, cut aid, withdraw peacekeepers
    if "MOBILIZE" in light and t == "AID" and m == "peacekeeping":
        return "AID", m  # deployed peacekeepers
    if "CONCEDE" in light:
        if t == "SANCTION" or (t == "COERCE" and m == "restrict"):
            return (
                "RETREAT",
                "ease",
            )  # lift sanctions, رفع الحصار (a curfew or an emergency lifted: CONCEDE, GSR)
        if t in ("COERCE", "REQUEST"):
            return "CONCEDE", None  # lift a ban, accept demands
    if "SUPPORT" in light and t == "SANCTION" and e.kind == "weak":
        return "SUPPORT", None  # established diplomatic ties
    if "ACCUSE" in light and t == "PROTEST" and not light & {"ASSAULT", "CONSULT", "PROTEST"}:
        return "ACCUSE", None  # lodged an official protest
    if "REQUEST" in light and t in ("AID", "SUPPORT", "COOPERATE", "CONSULT", "AGREE", "RETREAT"):
        return "REQUEST", None  # sought military assistance, sought talks
    if "AID" in light and t == "SUPPORT":
        return "AID", None  # قدم دعما
    if "AID" in light and t == "MOBILIZE":
        return "MOBILIZE", m  # أرسل قوات
    if "SANCTION" in light and t == "COERCE":
        return "COERCE", m
    if "RETREAT" in light and t == "ASSAULT":
        return "ASSAULT", m  # أطلق صواريخ
    if "ASSAULT" in light and t == "RETREAT":
        return "RETREAT", m  # opened the border
    if e.kind == "weak":
        return None  # «قدمها على بداية الطريق»: a weak noun needs a light verb of its own kind
    return t, m


def _sector_type(sec: str) -> str:
    return "ORG" if sec[:3] in ("COP", "MIL", "GOV", "REB", "OPP", "JUD", "LEG", "MED", "IGO") else "MISC"
