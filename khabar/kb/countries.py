"""Hand-kept facts about countries that the GeoNames files do not carry: Wikidata QIDs, common
English short names and aliases, and Arabic forms used in news.

Only QIDs we are sure of are listed; a country missing here is still in the KB by its GeoNames id.
"""

from __future__ import annotations

COUNTRY_QID: dict[str, str] = {
    "US": "Q30", "RU": "Q159", "CN": "Q148", "GB": "Q145", "FR": "Q142", "DE": "Q183", "JP": "Q17",
    "IT": "Q38", "ES": "Q29", "EG": "Q79", "SA": "Q851", "IR": "Q794", "IQ": "Q796", "SY": "Q858",
    "IL": "Q801", "TR": "Q43", "UA": "Q212", "JO": "Q810", "LB": "Q822", "QA": "Q846", "AE": "Q878",
    "KW": "Q817", "BH": "Q398", "OM": "Q842", "YE": "Q805", "PS": "Q219060", "KP": "Q423", "KR": "Q884",
    "IN": "Q668", "PK": "Q843", "AF": "Q889", "LY": "Q1016", "TN": "Q948", "DZ": "Q262", "MA": "Q1028",
    "SD": "Q1049", "CA": "Q16", "AU": "Q408", "BR": "Q155", "MX": "Q96", "BE": "Q31", "NL": "Q55",
    "CH": "Q39", "AT": "Q40", "SE": "Q34", "NO": "Q20", "DK": "Q35", "FI": "Q33", "PL": "Q36",
    "GR": "Q41", "PT": "Q45", "IE": "Q27", "ID": "Q252", "MY": "Q833", "ET": "Q115", "SO": "Q1045",
    "NG": "Q1033", "ZA": "Q258", "KE": "Q114", "AR": "Q414", "VE": "Q717", "CU": "Q241", "BY": "Q184",
    "GE": "Q230", "AM": "Q399", "AZ": "Q227", "KZ": "Q232", "UZ": "Q265", "MR": "Q1025", "ER": "Q986",
    "DJ": "Q977", "BD": "Q902", "LK": "Q854", "NP": "Q837", "MM": "Q836", "TH": "Q869", "VN": "Q881",
    "PH": "Q928", "SG": "Q334", "NZ": "Q664", "CL": "Q298", "CO": "Q739", "PE": "Q419", "HU": "Q28",
    "CZ": "Q213", "RO": "Q218", "BG": "Q219", "RS": "Q403", "HR": "Q224", "CY": "Q229", "MT": "Q233",
    "TD": "Q657", "NE": "Q1032", "ML": "Q912", "SN": "Q1041", "CM": "Q1009", "GH": "Q117", "UG": "Q1036",
    "TZ": "Q924", "RW": "Q1037", "CD": "Q974", "SS": "Q958", "KM": "Q970", "TJ": "Q863", "TM": "Q874",
    "KG": "Q813", "MN": "Q711", "TW": "Q865", "VA": "Q237", "LU": "Q32", "IS": "Q189", "EE": "Q191",
    "LV": "Q211", "LT": "Q37", "SK": "Q214", "SI": "Q215", "BA": "Q225", "AL": "Q222", "MK": "Q221",
    "ME": "Q236", "MD": "Q217", "XK": "Q1246", "BN": "Q921", "MV": "Q826", "KH": "Q424", "LA": "Q819",
}  # fmt: skip

# English names and aliases news uses beside GeoNames' short name.
EN_ALIASES: dict[str, list[str]] = {
    "US": ["United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "the United States"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russia", "Russian Federation"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "KR": ["South Korea", "Republic of Korea", "Korea"],
    "AE": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories"],
    "CD": ["Congo", "DR Congo", "Democratic Republic of the Congo"],
    "CN": ["China", "People's Republic of China", "PRC"],
    "TW": ["Taiwan"], "IR": ["Iran"], "SY": ["Syria"], "VN": ["Vietnam"], "LA": ["Laos"], "MM": ["Myanmar", "Burma"],
    "CZ": ["Czech Republic", "Czechia"], "CI": ["Ivory Coast", "Cote d'Ivoire"], "VA": ["Vatican", "Holy See"],
    "MK": ["Macedonia", "North Macedonia"], "TR": ["Turkey", "Turkiye"], "NL": ["Netherlands", "Holland"],
}  # fmt: skip

# Demonyms and adjectives: geoparsing gold sets (TR-News, GWN) tag "Turkish" as Turkey.
DEMONYMS: dict[str, str] = {
    "american": "US", "americans": "US", "british": "GB", "briton": "GB", "britons": "GB", "english": "GB",
    "russian": "RU", "russians": "RU", "chinese": "CN", "french": "FR", "german": "DE", "germans": "DE",
    "japanese": "JP", "italian": "IT", "spanish": "ES", "egyptian": "EG", "egyptians": "EG", "saudi": "SA",
    "saudis": "SA", "iranian": "IR", "iranians": "IR", "iraqi": "IQ", "iraqis": "IQ", "syrian": "SY",
    "syrians": "SY", "israeli": "IL", "israelis": "IL", "turkish": "TR", "turks": "TR", "ukrainian": "UA",
    "jordanian": "JO", "lebanese": "LB", "qatari": "QA", "emirati": "AE", "kuwaiti": "KW", "bahraini": "BH",
    "omani": "OM", "yemeni": "YE", "palestinian": "PS", "palestinians": "PS", "north korean": "KP",
    "south korean": "KR", "korean": "KR", "indian": "IN", "pakistani": "PK", "afghan": "AF", "libyan": "LY",
    "tunisian": "TN", "algerian": "DZ", "moroccan": "MA", "sudanese": "SD", "canadian": "CA",
    "australian": "AU", "brazilian": "BR", "mexican": "MX", "belgian": "BE", "dutch": "NL", "swiss": "CH",
    "austrian": "AT", "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "polish": "PL",
    "greek": "GR", "portuguese": "PT", "irish": "IE", "indonesian": "ID", "malaysian": "MY",
    "ethiopian": "ET", "somali": "SO", "nigerian": "NG", "south african": "ZA", "kenyan": "KE",
    "argentine": "AR", "argentinian": "AR", "venezuelan": "VE", "cuban": "CU", "belarusian": "BY",
    "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ", "kazakh": "KZ", "filipino": "PH",
    "vietnamese": "VN", "thai": "TH", "colombian": "CO", "chilean": "CL", "peruvian": "PE",
    "hungarian": "HU", "czech": "CZ", "romanian": "RO", "bulgarian": "BG", "serbian": "RS", "croatian": "HR",
    "cypriot": "CY", "haitian": "HT", "canadians": "CA", "salvadoran": "SV", "guatemalan": "GT", "honduran": "HN",
    "nicaraguan": "NI", "panamanian": "PA", "ecuadorian": "EC", "bolivian": "BO", "uruguayan": "UY",
    "paraguayan": "PY", "dominican": "DO", "puerto rican": "PR", "emiratis": "AE", "kurdish": "", "chadian": "TD", "malian": "ML",
    "nepalese": "NP", "bangladeshi": "BD", "sri lankan": "LK", "ugandan": "UG", "rwandan": "RW",
    "tanzanian": "TZ", "zimbabwean": "ZW", "congolese": "CD", "mauritanian": "MR", "eritrean": "ER", "sinhalese": "LK", "czechs": "CZ", "poles": "PL", "afghans": "AF", "somalis": "SO",
    "yemenis": "YE", "jordanians": "JO", "lebanese people": "LB",
    "uzbek": "UZ", "tajik": "TJ", "turkmen": "TM", "mongolian": "MN", "taiwanese": "TW", "singaporean": "SG",
    "burmese": "MM", "cambodian": "KH", "icelandic": "IS", "estonian": "EE", "latvian": "LV",
    "lithuanian": "LT", "slovak": "SK", "slovenian": "SI", "bosnian": "BA", "albanian": "AL", "moldovan": "MD", "jamaican": "JM", "european": "",
}  # fmt: skip

# Arabic forms news uses that the translation files lack.
AR_ALIASES: dict[str, list[str]] = {
    "US": ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
    "GB": ["بريطانيا", "المملكة المتحدة"],
    "KP": ["كوريا الشمالية"],
    "KR": ["كوريا الجنوبية"],
    "SA": ["السعودية", "المملكة العربية السعودية", "المملكة"],
    "AE": ["الإمارات", "الامارات العربية المتحدة", "دولة الإمارات"],
    "PS": ["فلسطين", "الأراضي الفلسطينية"],
    "RU": ["روسيا", "روسيا الاتحادية"],
    "SY": ["سوريا", "سورية"],
    "NL": ["هولندا"],
    "CN": ["الصين"],
}  # fmt: skip

# Continents: GeoNames id, QID, English name, Arabic names, GeoNames point.
CONTINENTS: list[tuple[int, str, str, list[str], float, float]] = [
    (
        6255146,
        "Q15",
        "Africa|African",
        ["أفريقيا", "إفريقيا", "القارة الأفريقية", "القارة السمراء"],
        7.19,
        21.09,
    ),
    (6255147, "Q48", "Asia|Asian", ["آسيا", "القارة الآسيوية"], 29.84, 89.3),
    (
        6255148,
        "Q46",
        "Europe|European",
        ["أوروبا", "أوربا", "القارة الأوروبية", "القارة العجوز"],
        48.69,
        9.14,
    ),
    (6255149, "Q49", "North America", ["أمريكا الشمالية", "أميركا الشمالية"], 46.07, -100.55),
    (
        6255150,
        "Q18",
        "South America|Latin America",
        ["أمريكا الجنوبية", "أميركا الجنوبية", "أمريكا اللاتينية"],
        -14.6,
        -57.66,
    ),
    (6255152, "Q51", "Antarctica", ["القارة القطبية الجنوبية", "أنتاركتيكا"], -78.16, 16.41),
]

# Seas, gulfs and regions news names as actors' theatres: QID (only when sure), English names,
# Arabic names, a representative point. They carry no GeoNames id here.
REGIONS: list[tuple[str | None, str, list[str], float, float]] = [
    ("Q97", "Atlantic Ocean|Atlantic", ["المحيط الأطلسي", "المحيط الاطلسي", "الأطلسي"], 10.0, -25.0),
    ("Q98", "Pacific Ocean|Pacific", ["المحيط الهادئ", "المحيط الهادي", "الهادئ"], 0.0, -160.0),
    ("Q1239", "Indian Ocean", ["المحيط الهندي"], -20.0, 80.0),
    ("Q4918", "Mediterranean Sea|Mediterranean", ["البحر المتوسط", "البحر الأبيض المتوسط", "المتوسط"], 35.0, 20.0),
    ("Q166", "Black Sea", ["البحر الأسود"], 43.0, 35.0),
    ("Q23406", "Red Sea", ["البحر الأحمر"], 20.0, 38.5),
    ("Q34675", "Persian Gulf|Arabian Gulf|the Gulf", ["الخليج العربي", "الخليج الفارسي"], 26.5, 52.0),
    ("Q5484", "Caspian Sea", ["بحر قزوين"], 41.7, 50.7),
    ("Q7204", "Middle East", ["الشرق الأوسط", "الشرق الاوسط"], 29.0, 41.0),
    (None, "Arabian Sea", ["البحر العربي", "بحر العرب"], 15.0, 65.0),
    (None, "Gulf of Aden", ["خليج عدن"], 12.5, 48.0),
    (None, "Strait of Hormuz", ["مضيق هرمز"], 26.6, 56.3),
    (None, "Bab-el-Mandeb", ["باب المندب", "مضيق باب المندب"], 12.6, 43.3),
    (None, "Suez Canal", ["قناة السويس"], 30.6, 32.3),
    (None, "Sinai Peninsula|Sinai", ["سيناء", "شبه جزيرة سيناء"], 29.5, 33.8),
    (None, "Korean Peninsula", ["شبه الجزيرة الكورية"], 37.5, 127.5),
    (None, "Arabian Peninsula", ["شبه الجزيرة العربية", "الجزيرة العربية"], 23.0, 47.0),
    (None, "Horn of Africa", ["القرن الأفريقي", "القرن الإفريقي"], 8.0, 45.0),
    (None, "Caribbean", ["الكاريبي", "البحر الكاريبي"], 15.0, -75.0),
    (None, "Caucasus", ["القوقاز"], 42.5, 44.5),
    (None, "Balkans", ["البلقان"], 43.0, 21.0),
    (None, "Sahel", ["الساحل الأفريقي", "منطقة الساحل"], 15.0, 5.0),
    (None, "Gaza Strip", [], 31.42, 34.36),
    (None, "West Bank", ["الضفة الغربية"], 31.95, 35.25),
    (None, "Golan Heights", ["الجولان", "هضبة الجولان", "مرتفعات الجولان"], 33.0, 35.75),
    (None, "Crimea", ["القرم", "شبه جزيرة القرم"], 45.0, 34.0),
    (None, "Kashmir", ["كشمير", "إقليم كشمير"], 34.5, 76.0),
    (None, "Darfur", ["دارفور", "إقليم دارفور"], 13.5, 24.0),
    (None, "Kurdistan Region|Iraqi Kurdistan", ["إقليم كردستان", "كردستان العراق"], 36.2, 44.0),
    (None, "South Ossetia", ["أوسيتيا الجنوبية"], 42.3, 44.0),
    (None, "Abkhazia", ["أبخازيا"], 43.0, 41.0),
    (None, "Nagorno-Karabakh|Karabakh", ["ناغورني قره باغ", "قره باغ"], 39.9, 46.7),
]  # fmt: skip
