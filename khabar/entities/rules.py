"""Rules around the statistical recognizers: weapon designations, GPE vs LOC, facilities.

- WEAPON: model designations written with a designator and a number (ميغ-31, سو-35, إف-16, BM-21,
  S-400, T-72, MiG-29, Su-25) and a short list of named systems (هيمارس, جافلين, باتريوت, Javelin...).
- GPE vs LOC: a corpus LOC is a GPE when the gazetteer knows it as a country or city.
- FAC: a place name right after a facility word (مطار, ميناء, قاعدة, airport...) becomes a FAC mention
  that includes the facility word (مطار بن غوريون).
"""

from __future__ import annotations

import re

from khabar.entities.crf import Span
from khabar.entities.features import Lexicon, split_core, strip_candidates
from khabar.text.normalize import normalize

_AR_DESIGNATORS = (
    "ميغ|ميج|سوخوي|سو|إف|أف|اف|تي|بي\\s?إم|بي\\s?ام|إس|اس|توبولوف|تو|كا|مي|ياك|إيه|ام|إم|يو|"
    "شاهد|فاتح|ذو\\s?الفقار|قيام|خرمشهر|بركان|قدس|صمود|كورنيت|هواسونغ|بوك|تور"
)
_AR_WEAPON = re.compile(
    rf"(?<![\w\u0621-\u064a])(?:[وف]?[بل]?)(?P<w>(?:{_AR_DESIGNATORS})\s?[-–]\s?[0-9\u0660-\u0669]{{1,4}}"
    r"(?:\s?[A-Za-z]{1,2}\d?)?)(?![\w\u0621-\u064a])"
)
_LATIN_WEAPON = re.compile(
    r"(?<![\w-])(?P<code>(?P<des>MiG|Su|Tu|Ka|Mi|Yak|Il|An|[A-Z]{1,3})(?P<sep>-?\s?)\d{1,4}[A-Z]{0,3})s?"
    r"(?P<name>[- ]?[A-Z][a-z]+)?(?![\w-])"
)
# Designators still a weapon when a space, not a hyphen, separates the number: MiG 29, Su 35.
_SPACED_DESIGNATORS = frozenset("MiG Su Tu Ka Mi Yak Il".split())
# Letter-digit codes that are not weapons.
_NOT_WEAPON = re.compile(r"^(?:COVID|G|H\d?N|MERS|SARS|ISO|UTC|GMT|FY|Q|A|I|N|CO|PM|AM|No|P|M|E|B)\b")
_NAMED_WEAPONS_AR = """هيمارس جافلين باتريوت إسكندر اسكندر كاليبر كينجال كينزال توماهوك ستينغر ستينجر بيرقدار أتاكمز
اتاكمز ستورم_شادو ليوبارد أبرامز ابرامز كورنيت كاتيوشا غراد بانتسير سارمات أفانغارد افانغارد تسيركون
إكسوسيت هاربون ميتيور""".split()
_NAMED_WEAPONS_EN = """HIMARS Javelin Patriot Iskander Kalibr Kinzhal Tomahawk Stinger Bayraktar ATACMS Storm_Shadow
Leopard Abrams Kornet Katyusha Grad Pantsir Sarmat Avangard Tsirkon Zircon Exocet Harpoon Shahed""".split()
NAMED_AR = {normalize(w.replace("_", " ")) for w in _NAMED_WEAPONS_AR}
NAMED_EN = {w.replace("_", " ") for w in _NAMED_WEAPONS_EN}

FAC_WORDS_AR = {
    normalize(w)
    for w in "مطار ميناء قاعدة مستشفى سجن ملعب جسر معبر مفاعل محطة مسجد جامع كنيسة فندق برج".split()
}
LOC_WORDS_AR = {
    normalize(w) for w in "نهر بحر جبل جبال خليج صحراء جزيرة جزر بحيرة مضيق قناة وادي هضبة سهل".split()
}


def _never_alone() -> frozenset[str]:
    """Words that are never an entity on their own: month and weekday names (نيسان is April before it
    is a car maker), currencies (دينار، دولار), and adverbs that look like place names (بداخله is
    "inside it", not Dakhla), and question words (وأين)."""
    from khabar.amounts.units import CURRENCIES
    from khabar.time.lexicon import AR_MONTHS, AR_WEEKDAYS

    words = {w for w in AR_MONTHS if " " not in w} | {w for w in AR_WEEKDAYS if " " not in w}
    words |= {w for w in CURRENCIES if not w.isascii()}
    words |= {normalize(w) for w in "داخل داخله داخلها خارج خارجه خارجها".split()}
    words |= {normalize(w) for w in "أين متى كيف لماذا ماذا هل".split()}  # وأين ذهب ...؟
    return frozenset(words)


NEVER_ALONE = _never_alone()
# Heads after which such a word is a name after all: شركة نيسان، سيارة نيسان.
_NAME_HEADS = frozenset(normalize(w) for w in "شركة شركه مجموعة سيارة سيارات مصنع".split())


def never_alone(core: str, previous_core: str = "") -> bool:
    """True when a one-word mention whose normalized word without clitics is ``core`` is no entity."""
    return core in NEVER_ALONE and previous_core not in _NAME_HEADS


def weapon_spans(text: str) -> list[Span]:
    """Weapon designations found in ``text`` by pattern."""
    out = []
    for m in _AR_WEAPON.finditer(text):
        out.append(Span(m.start("w"), m.end("w"), "WEAPON", "rule"))
    for m in _LATIN_WEAPON.finditer(text):
        s = m.group()
        if not re.search(r"\d", s) or _NOT_WEAPON.match(s) or not re.search(r"[A-Za-z]", s):
            continue
        if re.fullmatch(r"[A-Z]\d{3,4}", s):  # A320, E175: aircraft models are weapons only with a hyphen
            continue
        if m["sep"].strip() == "" and m["sep"] and m["des"] not in _SPACED_DESIGNATORS:
            continue  # "DKK 2 million", "EUR 5": a code and a number with a space between are no weapon
        end = m.end()
        # "S-400 Triumf": keep a capitalized system name only when it follows a hyphenated code
        if m["name"] and "-" not in m["sep"]:
            end = m.end("code")
        out.append(Span(m.start(), end, "WEAPON", "rule"))
    return out


def named_weapon(name_norm: str, latin: str) -> bool:
    return name_norm in NAMED_AR or latin in NAMED_EN


def geo_kind(name: str, lexicon: Lexicon) -> str:
    """GPE when the gazetteer knows the place as a country or city, else LOC."""
    n = " ".join(normalize(name).split())
    words = n.split(" ")
    if words and (words[0] in LOC_WORDS_AR or split_core(words[0])[2] in LOC_WORDS_AR):
        return "LOC"
    forms = [n]
    first = words[0]
    for c in [first] + strip_candidates(first):
        pro, art, core = split_core(c)
        forms.append(" ".join([core, *words[1:]]))
        forms.append(" ".join(["ال" + core, *words[1:]]))
        forms.append(" ".join([c, *words[1:]]))
    for f in forms:
        kinds = lexicon.names.get(f)
        if kinds and ({"country", "city"} & kinds):
            return "GPE"
    return "LOC"


def gazetteer_kinds(name: str, lexicon: Lexicon) -> set[str]:
    """Gazetteer kinds of a name, trying it without proclitics and with or without the article."""
    n = " ".join(normalize(name).split())
    words = n.split(" ")
    first = words[0]
    kinds: set[str] = set()
    for c in [first] + strip_candidates(first):
        _pro, _art, core = split_core(c)
        for head in {c, core, "ال" + core}:
            kinds |= lexicon.names.get(" ".join([head, *words[1:]]), set())
    return kinds


def merge_rule_spans(model: list[Span], rules: list[Span]) -> list[Span]:
    """Rule spans win over model spans they overlap; the rest of the model spans stay."""
    if not rules:
        return model
    out = list(rules)
    for s in model:
        if not any(r.start < s.end and s.start < r.end for r in rules):
            out.append(s)
    return sorted(out, key=lambda s: (s.start, -s.end))
