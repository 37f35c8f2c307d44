"""Units after a number: ISO 4217 currencies, measures, percent, and counted objects.

Keys are in ``khabar.text.normalize`` form (lowercase Latin, ة->ه, ى->ي, أ->ا, ئ->ي) and without
the article ال. A counted object found in ``COUNTED`` gets its English gloss (20 قتيلا -> killed);
any other counted noun is kept as written, without proclitics.
"""

from __future__ import annotations

import re

from khabar.text.normalize import normalize

# currency word -> (default code, {qualifier: code}); qualifiers are the next word
CURRENCIES: dict[str, tuple[str | None, dict[str, str]]] = {}


def _cur(words: str, default: str | None, quals: dict[str, str] | None = None) -> None:
    for w in words.split():
        CURRENCIES[w] = (default, quals or {})


_DOLLAR_Q = {"امريكي": "USD", "كندي": "CAD", "استرالي": "AUD", "سنغافوري": "SGD", "نيوزيلندي": "NZD"}
_cur("دولار دولارا دولارات دولاران دولارين dollar dollars usd", "USD", _DOLLAR_Q)
_cur("يورو euro euros eur", "EUR")
_cur(
    "ريال ريالا ريالات riyal riyals rial rials sar",
    "SAR",
    {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "ايراني": "IRR", "برازيلي": "BRL"},
)
_cur(
    "جنيه جنيها جنيهات",
    "EGP",
    {"مصري": "EGP", "استرليني": "GBP", "سوداني": "SDG", "جنوب": "SSP"},
)
_cur("استرليني pound pounds sterling gbp", "GBP")
_cur(
    "دينار دينارا دنانير dinar dinars",
    None,
    {
        "كويتي": "KWD", "اردني": "JOD", "عراقي": "IQD", "بحريني": "BHD", "ليبي": "LYD",
        "تونسي": "TND", "جزايري": "DZD",
    },
)  # fmt: skip
_cur("درهم درهما دراهم dirham dirhams", "AED", {"اماراتي": "AED", "مغربي": "MAD"})
_cur("ليره ليرات lira liras", None, {"تركيه": "TRY", "سوريه": "SYP", "لبنانيه": "LBP"})
_cur("روبل روبلا روبلات ruble rubles rouble roubles", "RUB")
_cur("يوان yuan renminbi", "CNY")
_cur("ين yen", "JPY")
_cur("روبيه روبيات rupee rupees", "INR", {"هنديه": "INR", "باكستانيه": "PKR"})
_cur("فرنك franc francs", None, {"سويسري": "CHF"})
_cur("بيتكوين bitcoin", "BTC")
# The country of each code a currency word can stand for, to read a bare word (دينار، ريال، ليرة)
# from the article: a Kuwaiti bank's report in دينار means KWD.
CURRENCY_COUNTRY = {
    "KWD": "KW", "JOD": "JO", "IQD": "IQ", "BHD": "BH", "LYD": "LY", "TND": "TN", "DZD": "DZ",
    "SAR": "SA", "QAR": "QA", "OMR": "OM", "YER": "YE", "IRR": "IR", "EGP": "EG", "SDG": "SD",
    "SSP": "SS", "AED": "AE", "MAD": "MA", "TRY": "TR", "SYP": "SY", "LBP": "LB", "INR": "IN",
    "PKR": "PK", "CHF": "CH", "USD": "US", "CAD": "CA", "AUD": "AU",
}  # fmt: skip


def currency_in_context(word: str, countries: dict[str, float], nisba_counts: dict[str, int]) -> str | None:
    """The code a bare currency ``word`` (normalized, no article) stands for in an article whose
    countries weigh ``countries`` (ISO code -> weight) and whose text has the nisba adjectives
    ``nisba_counts`` (كويتي -> 3); None when the word is no currency or nothing in the article decides."""
    if word not in CURRENCIES:
        return None
    default, quals = CURRENCIES[word]
    if default == "USD":
        return None  # a bare دولار / dollar is the US dollar in news whatever the article is about
    best, best_w = None, 0.0
    for nisba, code in quals.items():
        w = countries.get(CURRENCY_COUNTRY.get(code, ""), 0.0) + nisba_counts.get(nisba, 0)
        if w > best_w:
            best, best_w = code, w
    if best is None or (default and countries.get(CURRENCY_COUNTRY.get(default, ""), 0.0) >= best_w):
        return None
    return best


CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

MEASURES: dict[str, str] = {}
for _u, _ws in {
    "km": "كيلومتر كيلومترا كيلومترات كلم كم km kilometer kilometers kilometre kilometres",
    "m": "متر مترا امتار meter meters metre metres",
    "cm": "سنتيمتر سنتيمترا سنتيمترات سم cm centimeters centimetres",
    "mm": "مليمتر مليمترا مليمترات ملم مم mm millimeters millimetres",
    "mi": "ميل ميلا اميال mile miles",
    "nmi": "ميل_بحري",
    "kg": "كيلوغرام كيلوغراما كيلوجرام كيلوجراما كغ كجم كيلو kg kilograms kilogrammes",
    "g": "غرام غراما جرام جراما grams",
    "t": "طن طنا اطنان ton tons tonne tonnes",
    "l": "لتر لترا لترات litre litres liter liters",
    "barrel": "برميل برميلا براميل barrel barrels",
    "ha": "هكتار هكتارا هكتارات hectare hectares",
    "dunam": "دونم دونما دونمات dunam dunams",
    "km2": "كيلومتر_مربع",
    "m2": "متر_مربع",
    "MW": "ميغاواط ميجاوات ميغاوات ميجاواط mw megawatts",
    "kW": "كيلوواط كيلووات kw kilowatts",
    "ft": "قدم قدما اقدام feet foot",
    "°": "درجه درجات degrees",
    "°C": "درجه_مئويه",
    "bpd": "برميل_يوميا",
}.items():
    for _w in _ws.split():
        MEASURES[_w.replace("_", " ")] = _u

PERCENT_AFTER = re.compile(r"^\s*(?:%|٪|في\s+ال(?:مايه|ميه)|بال(?:مايه|ميه)|per\s*cent|percent)")

# counted objects -> English gloss
COUNTED: dict[str, str] = {}
for _g, _ws in {
    "killed": "قتيل قتيلا قتلي killed dead",
    "injured": "جريح جريحا جرحي مصاب مصابا مصابين wounded injured",
    "people": "شخص شخصا اشخاص people persons",
    "citizens": "مواطن مواطنا مواطنين",
    "soldiers": "جندي جنديا جنود عسكري عسكريا عسكريين soldiers troops",
    "fighters": "مقاتل مقاتلا مقاتلين مسلح مسلحا مسلحين fighters militants",
    "civilians": "مدني مدنيا مدنيين civilians",
    "children": "طفل طفلا اطفال children",
    "women": "امراه نساء سيده سيدات women",
    "refugees": "لاجي لاجيا لاجيين refugees",
    "displaced": "نازح نازحا نازحين",
    "detainees": "معتقل معتقلا معتقلين موقوف موقوفا موقوفين detainees",
    "prisoners": "اسير اسيرا اسري سجين سجينا سجناء prisoners",
    "trucks": "شاحنه شاحنات trucks lorries",
    "aircraft": "طايره طايرات aircraft planes jets",
    "drones": "مسيره مسيرات درون drones",
    "missiles": "صاروخ صاروخا صواريخ missiles rockets",
    "tanks": "دبابه دبابات tanks",
    "ships": "سفينه سفن ships vessels",
    "houses": "منزل منزلا منازل بيت بيتا بيوت houses homes",
    "buildings": "مبني مبان مباني buildings",
    "pilgrims": "حاج حاجا حجاج معتمر معتمرا معتمرين pilgrims",
    "students": "طالب طالبا طلاب طالبه طالبات students",
    "teachers": "معلم معلما معلمين معلمه معلمات teachers",
    "employees": "موظف موظفا موظفين موظفه موظفات employees staff",
    "workers": "عامل عاملا عمال workers",
    "patients": "مريض مريضا مرضي patients",
    "cases": "حاله حالات cases",
    "deaths": "وفاه وفيات deaths",
    "countries": "دوله دول countries",
    "projects": "مشروع مشروعا مشاريع مشروعات projects",
    "schools": "مدرسه مدارس schools",
    "hospitals": "مستشفي مستشفيات hospitals",
    "vehicles": "سياره سيارات مركبه مركبات vehicles cars",
    "members": "عضو عضوا اعضاء members",
    "seats": "مقعد مقعدا مقاعد seats",
    "votes": "صوت صوتا اصوات votes",
    "players": "لاعب لاعبا لاعبين players",
    "goals": "هدف هدفا اهداف goals",
    "points": "نقطه نقاط points",
    "airstrikes": "غاره غارات airstrikes",
    "attacks": "هجوم هجوما هجمات attacks",
    "companies": "شركه شركات companies firms",
    "families": "اسره اسر عايله عايلات families",
    "units": "وحده وحدات units",
    "protesters": "متظاهر متظاهرا متظاهرين protesters demonstrators",
    "times": "مرات مره times",
}.items():
    for _w in _ws.split():
        COUNTED[_w] = _g

# words that never are a counted object (prepositions, particles, pronouns, common verbs and adverbs)
NOT_OBJECT = set(
    """
في من علي على الي الى عن مع او ام و ثم حتى منذ خلال بين قبل بعد عند لدى لدي نحو حوالي فقط ان انه انها
التي الذي الذين هذا هذه ذلك تلك كل بعض غير اكثر اقل كما لا لم لن قد هو هي هم وهو وهي ما اي اذا عام عاما
سنه سنوات يوم يوما ايام شهر اشهر الف الاف مليون مليار مقابل بينما حيث بعدما فيما اضافه وفق وفقا بحسب
تقريبا يوميا سنويا شهريا اسبوعيا كان كانت يكون تكون ليس اخري اخر اول ثاني جديد جديده the a an of in on
at to for and or by with from than as that which who is are was were be been has have had per each more
less over under about nearly some new this its their his her our your my other others another those these
جراء اثر بسبب نتيجه ضمن عبر وسط امام خلف داخل خارج فوق تحت حول دون ضد لصالح بحق حسب حين عندما اذ
اخرين اخرون اخر اخري منهم منها منه منهن لهم لها له عليهم عليها فيها فيهم بها بهم عنهم بينهم
""".split()
)


def canonical_unit(surface: str | None) -> str | None:
    """The unit a counted noun, measure or currency word stands for; identity for codes already canonical."""
    if surface is None:
        return None
    s = normalize(surface.strip())
    for pre in ("وال", "فال", "بال", "كال", "لل", "ال"):
        if s.startswith(pre) and len(s) - len(pre) >= 2:
            s = s[len(pre) :]
            break
    if s in COUNTED:
        return COUNTED[s]
    if s in MEASURES:
        return MEASURES[s]
    if s in CURRENCIES and CURRENCIES[s][0]:
        return CURRENCIES[s][0]
    if surface.strip() in MEASURES.values() or surface.strip().isupper():
        return surface.strip()
    return s
