"""English named-entity recognizer: capitalisation patterns, gazetteers and cue words.

There is no English NER training set among khabar's offline data, so this recognizer is rule- and
gazetteer-based: it finds runs of capitalised words (joined by "of", "the", "de", "al-", "&" inside
organisation names, and initials such as "John F. Kennedy"), drops sentence-initial function words,
and types each run by, in order, a title before it (President, Minister, Gen. -> PERSON), its head
word (Ministry, Agency, Party -> ORG; Airport, Base, Bridge -> FAC; River, Sea, Mountains -> LOC;
County, Province -> GPE), the gazetteers (countries from GeoNames and CLDR, GeoNames cities15000
names, US states and world regions, and the English names of the KB's 190k towns, cities and
divisions), person-name tokens (Wikidata pairs), acronyms (ORG unless a country) and, inside one
article, earlier mentions (a surname alone after the full name).

Place cues decide the names a gazetteer alone cannot: a small town from the KB is a place after
in/near/from/outside, before ", State", before "man"/"residents", after "the town of" or "NN, of";
all-caps datelines ("BAGHDAD (Reuters) -"), roads ("Interstate 70"), a place before a title
("Atlanta Mayor Kasim Reed"), after "of" in a person's run ("Donnie Ray Smith of London"), in
hyphenated compounds ("D-Oakland", "EU-Israel") and lists of places are split off; a name typed GPE
elsewhere in the article is a place where it stood at a sentence start. ``toponyms`` adds, for
geoparsing, the places nested in other names and (optionally) adjectival toponyms.

The gazetteer ships as ``models/ner-en.gazetteer.json.gz``, built by ``khabar train ner``; the KB
names are read from the KB ``khabar.kb`` uses (``$KHABAR_KB`` or the shipped one) when it exists.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from khabar.entities.crf import Span

MODEL_DIR = Path(__file__).resolve().parent / "models"
GAZETTEER_FILE = "ner-en.gazetteer.json.gz"

_WORD = re.compile(
    r"(?:[A-Z][a-z]?\.){2,}|(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|St|Mt|Ft|ST|MT|FT|Sask|Alta|Ont|Que|Nfld)\.)|[^\W\d_](?:[^\W\d_]|['’])*(?:(?:\.[A-Z]|-(?![a-z])[^\W\d_])(?:[^\W\d_]|['’])*)*|\d+(?:[.,]\d+)*|\S"
)

TITLES = {
    "president", "vice", "prime", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
    "gen", "gen.", "general", "sen", "sen.", "senator", "rep", "rep.", "representative", "gov", "gov.",
    "governor", "king", "queen", "prince", "princess", "pope", "sheikh", "emir", "chancellor",
    "secretary", "lt", "lt.", "col", "col.", "colonel", "capt", "capt.", "captain", "sgt", "sgt.",
    "judge", "justice", "attorney", "mayor", "ambassador", "commander", "admiral", "marshal", "premier",
    "spokesman", "spokeswoman", "chairman", "ayatollah", "imam", "rabbi", "bishop", "archbishop",
    "cardinal", "father", "sir", "lord", "lady", "dame", "officer", "detective", "sheriff", "coach",
    "professor", "prof", "prof.", "director", "chief", "foreign", "defense", "defence", "deputy",
    "leader", "ceo", "founder", "envoy", "spokesperson", "miss", "major", "sergeant",
}  # fmt: skip
ORG_HEADS = {
    "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "company", "co", "co.",
    "group", "ministry", "agency", "university", "college", "school", "party", "army", "navy",
    "force", "forces", "council", "committee", "bank", "association", "department", "organization",
    "organisation", "commission", "court", "union", "police", "times", "news", "post", "journal",
    "institute", "foundation", "fund", "office", "service", "services", "guard", "corps", "brigade",
    "brigades", "front", "movement", "authority", "federation", "league", "club", "network", "press",
    "television", "tv", "radio", "board", "bureau", "administration", "assembly",
    "parliament", "congress", "senate", "cabinet", "government", "tribunal", "society", "centre",
    "center", "airlines", "airways", "industries", "holdings", "technologies", "systems", "motors",
    "energy", "media", "newspaper", "magazine", "herald", "tribune", "gazette", "telegraph", "guardian",
    "observer", "review", "academy", "hospital", "church", "mission", "coalition", "alliance",
    "command", "militia", "regiment", "battalion", "division", "fleet", "team", "fc", "program", "programme", "project", "initiative", "lab", "labs", "watch", "institution", "patrol",
}  # fmt: skip
ORG_FIRST = {"ministry", "department", "bank", "university", "office", "bureau", "house", "council",
             "federal", "national", "royal", "central", "united", "islamic", "international",
             "european", "african", "arab", "world", "american", "british"}  # fmt: skip
FAC_HEADS = {
    "airport", "port", "base", "bridge", "stadium", "prison", "station", "palace", "tower", "dam",
    "plant", "square", "street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "highway",
    "building", "mosque", "cathedral", "temple", "hotel", "mall", "library", "boulevard", "blvd",
    "lane", "drive", "terminal", "harbor", "harbour", "crossing", "reactor", "embassy", "consulate",
    "arena", "theater", "theatre", "museum", "hall", "courthouse", "pier", "checkpoint", "interstate",
    "parkway", "freeway", "expressway", "way", "plaza", "bypass", "plantation", "overlook", "trafficway",
    "pike", "turnpike", "circle", "racecourse", "speedway", "ballpark", "campus", "cemetery", "zoo",
    "ranch", "quarry", "abbey", "mill", "streets", "estate",
}  # fmt: skip
LOC_HEADS = {
    "river", "sea", "ocean", "gulf", "lake", "mountains", "mountain", "mount", "mt", "mt.", "valley",
    "island", "islands", "desert", "peninsula", "strait", "straits", "bay", "coast", "canal", "basin",
    "plateau", "region", "forest", "park", "strip", "heights", "hills", "hill", "creek", "falls",
    "beach", "delta", "range", "channel", "sound", "cape", "canyon", "glacier", "reef", "oasis",
    "wilderness", "lakeshore", "woods", "marsh", "swamp", "preserve", "refuge", "reservoir", "pond",
    "springs", "ridge", "lagoon", "estuary", "wetlands", "dunes", "prairie", "gardens", "seashore",
}  # fmt: skip
# Heads of named events: a show, a summit, a festival (the Los Angeles Auto Show is neither a person
# nor a place)
EVENT_HEADS = {"show", "festival", "summit", "conference", "expo", "exhibition", "olympics",
               "games", "cup", "championship", "championships", "marathon", "awards", "fair", "week"}  # fmt: skip
GPE_HEADS = {"county", "province", "state", "city", "parish", "district", "township", "governorate",
             "oblast", "republic", "kingdom", "emirate", "prefecture", "borough", "village", "town",
             "territory", "municipality", "commonwealth"}  # fmt: skip
AGENCIES = {
    "reuters", "afp", "ap", "associated press", "xinhua", "tass", "ria novosti", "interfax", "kcna",
    "yonhap", "bbc", "cnn", "al jazeera", "al arabiya", "anadolu", "sana", "irna", "wafa", "spa", "wam",
    "mena", "un", "nato", "eu", "iaea", "who", "imf", "opec", "hamas", "hezbollah", "taliban", "isis",
    "isil", "al-qaeda", "al qaeda", "pentagon", "kremlin", "white house", "fbi", "cia", "nsa", "icc",
    "icj", "unicef", "unhcr", "unrwa", "wfp", "red cross", "red crescent", "asean", "african union",
    "arab league", "european union", "united nations", "security council", "world bank", "houthis",
    "wagner", "idf", "ukrainian army", "kataib hezbollah", "new york times", "washington post",
}  # fmt: skip
# Agency acronyms that are ordinary words unless written in capitals: "Who", "Spa".
_CAPS_ONLY_AGENCIES = {"who", "spa", "wam", "sana", "mena", "ap", "un", "eu"}
_CALENDAR_WORDS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}  # fmt: skip
COUNTRY_ACRONYMS = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "DPRK", "DRC", "PRC", "ROK", "KSA"}
REGIONS = {
    "middle east", "europe", "asia", "africa", "north america", "south america", "latin america",
    "central asia", "east asia", "southeast asia", "south asia", "west africa", "east africa",
    "north africa", "sahel", "balkans", "caucasus", "gulf", "persian gulf", "arabian peninsula",
    "levant", "scandinavia", "caribbean", "pacific", "atlantic", "arctic", "antarctica", "siberia",
    "west bank", "gaza strip", "golan heights", "sinai", "kurdistan", "donbas", "donbass", "crimea",
    "kashmir", "darfur", "tigray", "xinjiang", "tibet", "gaza", "east jerusalem", "mediterranean",
    "red sea", "black sea", "baltic", "midwest", "new england", "silicon valley", "the south",
    "south ossetia", "abkhazia", "nagorno-karabakh", "transnistria", "somaliland", "kosovo",
    "western sahara", "horn of africa", "sub-saharan africa", "indochina", "patagonia", "anatolia",
    "the west", "mesopotamia", "galilee", "negev", "judea", "samaria", "punjab", "kurdistan region",
}  # fmt: skip
US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York
North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota
Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming Ontario Quebec
British_Columbia Alberta Manitoba Saskatchewan Nova_Scotia England Scotland Wales Northern_Ireland
Bavaria Catalonia Punjab Sindh Balochistan Kerala Bengal Queensland Tasmania""".split()
CONNECTORS = {"of", "the", "de", "du", "la", "al", "el", "bin", "ibn", "van", "von", "der", "den", "&",
              "for", "and", "da", "dos", "das", "di", "le", "y"}  # fmt: skip
# Capitalised words that start sentences or headlines and are not names on their own.
FUNCTION = set(
    """a an the this that these those there here it its he she they we i you his her their our my your
    in on at by for from to with without after before during since until as if when while where why how
    what who whom which whose but and or nor so yet not no yes all any some many most more much few
    each every both either neither other another such one two three four five six seven eight nine ten
    first second third last next new old also only just even still already however meanwhile
    according although though because despite following officials police authorities residents
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today yesterday tomorrow tonight
    breaking update updated read watch photo video click share sign editor note related more
    is are was were be been has have had do does did will would can could should must might
    mr mrs ms dr said says say says former""".split()
)
_TITLES = {t.rstrip(".") for t in TITLES}
# titles written short with a period before a name: "Rep. Ilhan Omar" (not "Ministry of Defence. Biden")
_TITLE_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "prof", "maj", "adm",
    "cmdr", "rev", "atty", "supt", "insp", "pres", "amb", "cpl", "pvt", "det", "hon", "msgr", "fr", "brig",
}  # fmt: skip
DEMONYM_SUFFIXES = ("ian", "ese", "ish", "ean", "an", "i")


GAZ_STOP = set(
    """mobile reading bath nice split bar orange hope union independence liberty victory of university
    police march may parish federal man god time central liberal olympic university national city
    county state republic york university college post news sun star mercury globe enterprise
    commerce industry progress providence concord harmony unity friendship opportunity justice
    mission trinity bethlehem goshen eden paradise eureka rome""".split()
) - {"rome"}
ALIASES = {
    "america": "country", "u.s.": "country", "u.s": "country", "us": "country", "usa": "country",
    "u.s.a.": "country", "britain": "country", "great britain": "country", "holland": "country",
    "the netherlands": "country", "ivory coast": "country", "burma": "country", "korea": "country",
    "north korea": "country", "south korea": "country", "palestine": "country", "russia": "country",
    "syria": "country", "iran": "country", "the uk": "country", "england": "state", "d.c.": "city",
    "washington, d.c.": "city", "gaza": "city", "kyiv": "city", "kiev": "city", "holy see": "country",
    "vatican": "country", "the gambia": "country", "east timor": "country", "czechia": "country",
}  # fmt: skip
STATE_ABBREV = """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich.
Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt.
Va. Wash. W.Va. Wis. Wyo. D.C. Sask. Alta. Ont. Que. Nfld. B.C.""".split()
PLACE_PREPS = {"in", "at", "from", "to", "near", "outside", "across", "into", "toward", "towards", "around",
               "via", "through", "of", "inside", "between", "and", "nearby", "visit", "visited"}  # fmt: skip
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
              "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater"}  # fmt: skip


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


WEEKDAYS_MONTHS = set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december jan. feb. aug. sept. oct. nov. dec.""".split()
)
# Lower-case words after a capitalised name that mark it as a place: "Chiefland man", "Torrington
# firefighters", "Hayward area".
AFTER_CUES = set(
    """man woman men women boy girl teen teenager resident residents native natives couple family
    police firefighters officials area homeowner homeowners voters students motorist driver student
    trustees council schools zoning township""".split()
)
# Words a place name modifies before a title: "Cookville Fire Chief", "Boulder City Police Chief".
_PREFIX_TRIM = {"police", "fire", "rescue", "school", "schools", "health", "transit", "public", "city"}
FAC_FIRST = {"fort", "ft.", "ft", "port", "camp", "stade", "boulevard", "rue", "avenue", "piazza", "plaza",
             "calle"}  # fmt: skip
LOC_FIRST = {"mount", "mt", "mt.", "lake", "cape", "river", "gulf", "bay", "isle", "sea", "lough",
             "loch", "glen"}  # fmt: skip
_ROAD = re.compile(
    r"\b(?:(?:Interstate|Highway|Hwy\.?|Route|State Route|State Road|State Highway|County Road|"
    r"County Route|Farm Road|U\.S\. Route|U\.S\. Highway|US Highway|SR|FM|I|US|U\.S\.)[ -]\d{1,4}[A-Z]?)"
    r"(?: (?:North|South|East|West|Northbound|Southbound|Eastbound|Westbound)\b)?"
)
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[—–]|-\s|--)")
SETTLEMENT_NOUNS = {"town", "city", "village", "suburb", "hamlet", "community", "municipality",
                    "capital", "province", "county", "state", "region", "district", "island", "port"}  # fmt: skip
UNIT_AFTER = {"province", "county", "counties", "state", "region", "district", "governorate", "oblast",
              "prefecture", "township", "parish"}  # fmt: skip
_FIXED_GPE = re.compile(r"\bWashington,? D\.C\.|\bWashington DC\b")
# Function words that, capitalised inside a sentence, begin a name: "the New Bilibid Prison".
NAME_STARTERS = {"new", "old", "first", "second", "third", "one", "all", "more", "central", "united"}
HEADLINE_WORDS = {"politics", "news", "sports", "business", "world", "local", "breaking", "weather",
                  "crime", "nazi", "photos", "video", "opinion"}  # fmt: skip
NEAR_PREPS = {"in", "near", "outside", "nearby", "downtown"}
DISTRICT_ORGS = {"school", "congressional", "water", "fire", "development", "sanitation", "improvement",
                 "utility", "transit", "library", "park", "hospital", "judicial", "court", "sewer"}  # fmt: skip
SURNAME_HEADS = {"hall", "mill", "lane", "way", "hill", "park", "banks", "ford", "field", "wood", "rivers",
                 "waters", "brooks", "church", "holmes", "bridges", "castle", "forest", "moore", "marsh"}  # fmt: skip
RESIDENT_NOUNS = {"man", "woman", "men", "women", "resident", "residents", "native", "natives", "couple",
                  "teen", "teenager", "boy", "girl", "homeowner", "homeowners"}  # fmt: skip
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
_AGE_OF = re.compile(r"(?:\d+|Jr\.|Sr\.),?\s+(?:of|from)\s+$")
_LIST_SEP = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+")
STRONG_PREPS = {"in", "near", "from", "outside", "across", "into", "toward", "towards", "around", "via",
                "through", "inside", "nearby", "at"}  # fmt: skip
PLACE_KINDS = {"country", "state", "city", "town", "kbtown", "region"}


def _kb_places(path: Path | None = None) -> dict[str, str]:
    """English names of the KB's towns, cities, first- and second-level divisions (``kbtown``, and
    ``state`` for first-level divisions), read once from the shipped KB; empty without a KB."""
    import sqlite3

    try:
        from khabar.kb.base import kb_path

        kb = Path(path) if path else kb_path()
        if not kb.exists():
            return {}
        con = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
        try:
            rows = con.execute(
                "SELECT name_en FROM entity WHERE kind IN ('town','city','admin1','admin2') "
                "AND name_en IS NOT NULL"
            ).fetchall()
        finally:
            con.close()
    except Exception:
        return {}
    out: dict[str, str] = {}
    for (name,) in rows:
        key = _norm(name)
        if len(key) < 3 or key in GAZ_STOP or key in FUNCTION or key in CONNECTORS:
            continue
        out.setdefault(key, "kbtown")
    return out


# Names in the gazetteers that are, far more often in news, words, languages or first names.
RUNTIME_STOP = set(
    """man english french german spanish italian arabic latin greek dutch polish central west east
    north south western eastern northern southern victor""".split()
)


class EnglishRecognizer:
    def __init__(
        self, places: dict[str, str], person_tokens: set[str], kb_places: dict[str, str] | None = None
    ) -> None:
        self.places = places  # lower-cased name -> "country" | "city" | "region"
        self.person_tokens = person_tokens
        for k, v in (kb_places or {}).items():
            if k not in self.places:
                self.places[k] = v
        for r in REGIONS:
            if self.places.get(r) not in ("country", "state", "city"):
                self.places[r] = "region"
        for st in US_STATES:
            self.places[st.replace("_", " ").lower()] = "state"
        for st in STATE_ABBREV:
            self.places[st.lower()] = "state"
        for k, v in ALIASES.items():
            self.places[k] = v
        for k in RUNTIME_STOP:
            if self.places.get(k) not in (None, "region", "state", "country"):
                del self.places[k]
        self.agencies = {_norm(a) for a in AGENCIES}

    @classmethod
    def load(cls, directory: Path | str | None = None, kb: Path | str | None = None) -> EnglishRecognizer:
        """The shipped gazetteer plus the English place names of the KB (``kb``: its path; default
        the KB ``khabar.kb`` uses)."""
        path = Path(directory or MODEL_DIR) / GAZETTEER_FILE
        if not path.exists():
            return cls({}, set())
        with gzip.open(path, "rt", encoding="utf-8") as f:
            d = json.load(f)
        return cls(dict(d["places"]), set(d["person_tokens"]), _kb_places(Path(kb) if kb else None))

    def place_kind(self, words: list[str]) -> str | None:
        name = _norm(" ".join(words))
        kind = self.places.get(name)
        if kind is None and name.startswith("the "):
            kind = self.places.get(name[4:])
        return kind

    # ---- candidates ----------------------------------------------------------------------------
    def recognize_text(self, text: str) -> list[Span]:
        toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        spans: list[Span] = [Span(m.start(), m.end(), "FAC", "en-rules") for m in _ROAD.finditer(text)]
        spans += [Span(m.start(), m.end(), "GPE", "en-rules") for m in _FIXED_GPE.finditer(text)]
        spans.sort(key=lambda x: x.start)
        road_end = 0
        roads = iter(spans[:])
        road = next(roads, None)
        persons: dict[str, str] = {}  # surname -> type, for later single-word mentions
        pending: list[tuple[int, int, str]] = []  # names left untyped or MISC
        i = 0
        n = len(toks)
        while i < n:
            s, e, w = toks[i]
            while road is not None and road.end <= s:
                road = next(roads, None)
            if road is not None and road.start <= s < road.end:
                road_end = road.end
            if s < road_end or not _cap(w):
                i += 1
                continue
            sent_start = (
                i == 0
                or toks[i - 1][2] in {".", "!", "?", '"', "“", ":", "\n", "|", "—", "–"}
                or ("\n" in text[toks[i - 1][1] : s])
            )
            caps = sent_start and _allcaps(w)
            j = i + 1
            while j < n:
                w2 = toks[j][2]
                gap = text[toks[j - 1][1] : toks[j][0]]
                if "\n" in gap or len(gap) > 1:
                    break
                if re.search(r"(['’]s|s['’])$", toks[j - 1][2]):
                    break  # "Russia's Ministry of Defence": the possessive ends a name
                if (
                    w2 == "."
                    and len(toks[j - 1][2]) == 1
                    and toks[j - 1][2].isupper()
                    and j + 1 < n
                    and _cap(toks[j + 1][2])
                    and text[toks[j][1] : toks[j + 1][0]] == " "
                ):
                    j += 1  # an initial: "John F. Kennedy", "W. Va.", "S. Main St."
                    continue
                if (
                    w2 == "."
                    and toks[j - 1][2].lower() in _TITLE_ABBREVIATIONS
                    and j + 1 < n
                    and _cap(toks[j + 1][2])
                    and text[toks[j][1] : toks[j + 1][0]] == " "
                ):
                    j += 1  # a title's abbreviation: "Rep. Ilhan Omar", "Gov. Andrew Cuomo"
                    continue
                if w2.lower() in FUNCTION and toks[j - 1][2].endswith("."):
                    break  # "Gainesville, Va. There will be ..."
                if w2.lower() in WEEKDAYS_MONTHS:
                    break  # "Riley County Friday"
                if caps and _cap(w2) and not _allcaps(w2):
                    break  # dateline "SAN ANTONIO Turner Sports"
                if _cap(w2) or (
                    w2 == "-"
                    and not gap
                    and j + 1 < n
                    and _cap(toks[j + 1][2])
                    and toks[j + 1][0] == toks[j][1]
                ):
                    j += 1
                    continue
                if w2.lower() in CONNECTORS and j + 1 < n and _cap(toks[j + 1][2]) and w2 != "and":
                    j += 1
                    continue
                break
            words = [t[2] for t in toks[i:j]]
            prev = toks[i - 1][2].lower() if i > 0 else ""
            # all-caps dateline: "BAGHDAD (Reuters) -", "CAMP MURRAY, Wash. -", "CLINTON —"
            if (
                caps
                and all(_allcaps(x) or x in "-" for x in words)
                and _DATELINE_AFTER.match(text, toks[j - 1][1])
            ):
                letters = sum(len(x) for x in words)
                name = _norm(" ".join(words))
                if (
                    name not in self.agencies
                    and not any(x.lower() in FUNCTION for x in words)
                    and (letters >= 5 or name in self.places)
                ):
                    spans.append(Span(s, toks[j - 1][1], "GPE", "en-rules"))
                    i = j
                    continue
            # titles before the name
            title = False
            k = 0
            while k < len(words) - 1 and (
                words[k].lower().rstrip(".") in _TITLES or (title and words[k] == ".")
            ):
                title = True
                k += 1
            if prev in TITLES:
                title = True
            if (
                k == 0
                and words
                and words[0].lower() in FUNCTION
                and (sent_start or len(words) == 1 or words[0].lower() not in NAME_STARTERS)
                and _norm(" ".join(_unpossess(x) for x in words)) not in self.places
                and _norm(" ".join(_unpossess(x) for x in words[:2])) not in self.places
            ):
                # "The Pentagon", "In Moscow": drop the function word and look again
                if len(words) == 1:
                    i += 1
                    continue
                k = 1
                while k < len(words) and words[k].lower() in CONNECTORS:
                    k += 1
            while len(words) > k and words[-1].lower() in CONNECTORS:
                words.pop()
                j -= 1
            if len(words) <= k:
                i = max(j, i + 1)
                continue
            if (
                sent_start
                and k == 0
                and len(words) >= 2
                and (words[0].lower().endswith(("ing", "ed")) or words[0].lower() in HEADLINE_WORDS)
                and _norm(" ".join(words)) not in self.places
                and self.places.get(_norm(" ".join(_unpossess(x) for x in words[1:])))
                in ("country", "state", "city")
            ):
                k = 1  # a headline's first word: "Trailing Watertown", "Missing Lancaster"
            if len(words) - k >= 2 and words[-1].lower().rstrip(".") in _TITLES:
                # a place before a title that ends the run: "Harare Mayor", "Manitoba Premier"
                pre = len(words) - 1
                while pre > k and words[pre - 1].lower() in _PREFIX_TRIM:
                    pre -= 1
                kind = self.place_kind(words[k:pre]) if pre > k else None
                if kind in PLACE_KINDS or (pre - k > 1 and words[pre - 1].lower() in GPE_HEADS):
                    spans.append(Span(toks[i + k][0], toks[i + pre - 1][1], "GPE", "en-rules"))
                    i = j
                    continue
            # a title inside the run: "Treasury Secretary Janet Yellen" -> the name after it;
            # a place before it is kept: "Atlanta Mayor Kasim Reed", "Cookville Fire Chief"
            for t in range(len(words) - 2, k - 1, -1):
                if words[t].lower().rstrip(".") in _TITLES and words[t + 1].lower() not in CONNECTORS:
                    pre = t
                    while pre > k and words[pre - 1].lower() in _PREFIX_TRIM:
                        pre -= 1
                    if pre > k:
                        kind = self.place_kind(words[k:pre])
                        low = words[pre - 1].lower()
                        if kind in PLACE_KINDS or (pre - k > 1 and low in GPE_HEADS):
                            spans.append(Span(toks[i + k][0], toks[i + pre - 1][1], "GPE", "en-rules"))
                    k, title = t + 1, True
                    break
            if k == 0 and i > 1 and prev == "of" and toks[i - 2][2].lower() in SETTLEMENT_NOUNS:
                prev = "town of"  # "the town of Akuressa"
            elif k == 0 and prev in ("of", "from") and _AGE_OF.search(text, max(0, s - 24), s):
                prev = "in"  # "Vernon Adkins, 40, of McKee", "Gary Breidenstine Sr. of Grantville"
            self._emit(text, toks, i + k, j, title, sent_start and k == 0, prev, persons, spans, pending)
            i = max(j, i + 1)
        if pending:
            # one article, one reading: a name typed GPE elsewhere in the article is a place where it
            # stood at a sentence start or was left MISC ("Swanton is about 20 miles west of ...")
            gpe = {_norm(text[x.start : x.end]) for x in spans if x.type == "GPE"}
            gpe = {
                g
                for g in gpe
                if g in self.places
                and g not in persons
                and (" " in g or g not in self.person_tokens or self.places[g] in ("country", "state"))
            }
            fix = {(a, b) for a, b, key in pending if key in gpe}
            if fix:
                have = {(x.start, x.end) for x in spans}
                spans = [
                    Span(x.start, x.end, "GPE", x.source) if (x.start, x.end) in fix else x for x in spans
                ]
                spans += [Span(a, b, "GPE", "en-rules") for a, b in fix if (a, b) not in have]
            # and a name tagged elsewhere in the article is that name at a sentence start too
            # ("Uber said ...", "Levandowski said ..." after "Uber's", "Anthony Levandowski")
            typed: dict[str, str] = {}
            for x in spans:
                if x.type in ("ORG", "PERSON", "MISC"):
                    typed.setdefault(_norm(text[x.start : x.end]), x.type)
            have = {(x.start, x.end) for x in spans}
            spans += [
                Span(a, b, typed[key], "en-rules")
                for a, b, key in pending
                if (a, b) not in have and key in typed and key not in FUNCTION and key not in WEEKDAYS_MONTHS
            ]
        spans.sort(key=lambda x: (x.start, x.end))
        return self._lists(text, spans, persons)

    def _lists(self, text: str, spans: list[Span], persons: dict[str, str]) -> list[Span]:
        """A list of places makes places of its unknown items: "Harwinton, Bantam, Litchfield,
        Winsted and Torrington", "Navarro, Henderson and Ellis counties"."""
        groups: list[list[int]] = []
        for k, x in enumerate(spans):
            if groups and _LIST_SEP.fullmatch(text[spans[groups[-1][-1]].end : x.start]):
                groups[-1].append(k)
            else:
                groups.append([k])
        out = list(spans)
        for g in groups:
            if len(g) < 3:
                continue
            gpe = sum(1 for k in g if spans[k].type == "GPE")
            if gpe < 2 or gpe * 2 < len(g):
                continue
            for k in g:
                x = spans[k]
                name = _norm(text[x.start : x.end])
                if x.type in ("MISC", "PERSON") and name not in persons and " " not in name:
                    out[k] = Span(x.start, x.end, "GPE", x.source)
        return out

    def toponyms(self, text: str, spans: list[Span] | None = None, demonyms: bool = False) -> list[Span]:
        """Place mentions for geoparsing: the recognizer's GPE/LOC/FAC spans plus the places named
        inside its other names, which NER keeps whole ("Athens Police Department" -> Athens,
        "Butler County Jail" -> Butler County, "University of Manitoba" -> Manitoba), and with
        ``demonyms`` the adjectival toponyms ("Russian", "Sri Lankan"; ``khabar.kb.countries``)."""
        if spans is None:
            spans = self.recognize_text(text)
        out = [x for x in spans if x.type in ("GPE", "LOC", "FAC")]
        taken = {(x.start, x.end) for x in out}
        for x in spans:
            if x.type in ("GPE", "LOC"):
                continue
            toks = [
                (m.start() + x.start, m.end() + x.start, m.group())
                for m in _WORD.finditer(text[x.start : x.end])
            ]
            words = [t[2] for t in toks]
            if len(words) < 2:
                continue
            found = None
            for e in range(len(words) - 1, 0, -1):  # the longest place at the start
                kind = self.place_kind(words[:e])
                county = e > 1 and words[e - 1].lower() in ("county", "parish")
                if county or (x.type != "PERSON" and kind in ("country", "state", "city")):
                    found = (toks[0][0], toks[e - 1][1])
                    break
            low = [w.lower() for w in words]
            if found is None and "of" in low[1:-1]:
                p = len(low) - 1 - low[::-1].index("of")
                if x.type != "PERSON" and self.place_kind(words[p + 1 :]) in ("country", "state", "city"):
                    found = (toks[p + 1][0], toks[-1][1])
            if found and found not in taken:
                taken.add(found)
                out.append(Span(found[0], found[1], "GPE", "en-nested"))
        if demonyms:
            # adjectival toponyms, as the geoparsing gold sets count them: "Russian", "Sri Lankan"
            places = [(y.start, y.end) for y in out]
            for m in _demonym_re().finditer(text):
                a, b = m.start(), m.end()
                if not any(ps < b and a < pe for ps, pe in places):
                    out.append(Span(a, b, "GPE", "en-demonym"))
        return sorted(out, key=lambda y: (y.start, y.end))

    def _emit(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        a: int,
        j: int,
        title: bool,
        sent_start: bool,
        prev: str,
        persons: dict[str, str],
        spans: list[Span],
        pending: list[tuple[int, int, str]],
    ) -> None:
        """Type the run ``toks[a:j]`` and append its span(s), splitting off the places in it."""
        name_words = [t[2] for t in toks[a:j]]
        start, end = toks[a][0], toks[j - 1][1]
        m = re.match(r"(?:[DRI]|DFL)-(?=[A-Z][a-z])", name_words[0])
        if m and len(name_words) > 1:
            # a legislator's party and home town: "R-Elbow Lake"
            name_words[0] = name_words[0][m.end() :]
            start += m.end()
            prev = "in"
        # possessive 's / s'
        if text[end - 2 : end] in ("'s", "’s"):
            end -= 2
            name_words[-1] = name_words[-1][:-2]
        elif text[end - 2 : end] in ("s'", "s’"):
            end -= 1
            name_words[-1] = name_words[-1][:-1]
        after = text[end : end + 40]
        nxt = re.match(r"\s+([a-z]+)", after)
        state_after = bool(re.match(r",\s+[A-Z]", after))
        after_cue = bool(nxt and nxt.group(1) in AFTER_CUES)
        cue = prev in PLACE_PREPS or state_after or after_cue
        strong = prev in STRONG_PREPS or state_after or after_cue
        unit_after = bool(nxt and nxt.group(1) in UNIT_AFTER)
        if (prev == "town of" or unit_after) and not title and len(name_words) <= 3:
            spans.append(Span(start, end, "GPE", "en-rules"))  # "town of X", "Zhejiang province"
            return
        whole = self.place_kind(name_words)
        low = [x.lower() for x in name_words]
        if whole is None and len(name_words) >= 3 and "of" in low[1:-1]:
            # "Donnie Ray Smith of London", "High Sheriff of Cambridgeshire": a place after "of"
            p = low.index("of")
            left, right = low[:p], name_words[p + 1 :]
            if (
                self.place_kind(right) in PLACE_KINDS
                and left[-1] not in ORG_HEADS | GPE_HEADS | LOC_HEADS | FAC_HEADS
                and left[0] not in ORG_FIRST | LOC_FIRST
                and left[-1] not in {"gulf", "bay", "sea", "isle", "port", "city", "lake"}
            ):
                self._emit(text, toks, a, a + p, title, sent_start, prev, persons, spans, pending)
                # "... of Tufts University": a town's name with an organisation's head is the organisation
                place_type = "ORG" if len(right) > 1 and right[-1].lower() in ORG_HEADS else "GPE"
                spans.append(Span(toks[a + p + 1][0], end, place_type, "en-rules"))
                return
        if (
            whole is None
            and len(name_words) == 3
            and low[1] == "of"
            and low[0] in ("city", "village", "town")
        ):
            spans.append(Span(toks[a + 2][0], end, "GPE", "en-rules"))  # "City of Huntsville"
            return
        if whole is None and len(name_words) >= 3:
            # "Holy See Mikayel Minasyan": a country, then a person's name
            for e in range(len(name_words) - 2, 0, -1):
                if self.place_kind(name_words[:e]) in ("country", "state") and low[e] in self.person_tokens:
                    spans.append(Span(start, toks[a + e - 1][1], "GPE", "en-rules"))
                    self._emit(text, toks, a + e, j, True, False, "", persons, spans, pending)
                    return
        if (
            whole is None
            and len(name_words) >= 2
            and all(self.places.get(x.lower()) in ("country", "state") for x in name_words)
        ):
            # "Greece Italy": places side by side
            for t in toks[a:j]:
                e2 = min(t[1], end)
                spans.append(Span(t[0], e2, "GPE", "en-rules"))
            return
        if len(name_words) == 1 and "-" in name_words[0] and whole is None:
            # "D-Columbus", "Washington-Moscow", "EU-Israel": the places in a hyphenated compound
            parts = name_words[0].split("-")
            found = []
            off = start
            for part in parts:
                if self.places.get(part.lower()) in ("country", "state", "city", "town", "kbtown") and (
                    len(part) > 2 or part in COUNTRY_ACRONYMS or part == "EU"
                ):
                    found.append(Span(off, off + len(part), "GPE", "en-rules"))
                off += len(part) + 1
            demonyms = sum(
                1
                for part in parts
                if part[:1].isupper() and part.endswith(DEMONYM_SUFFIXES) and not part.endswith("stan")
            )
            if found and (parts[0] in {"D", "R", "I", "DFL"} or len(found) + demonyms == len(parts)):
                spans.extend(found)
                return
        if 2 <= len(name_words) <= 4 and whole is None and _AGE_AFTER.match(after):
            typ: str | None = "PERSON"  # "Jason Terrell Jones, 23, of ..."
        else:
            typ = self.classify(
                name_words,
                title,
                sent_start,
                persons,
                cue,
                strong,
                prev in NEAR_PREPS,
                state_after or after_cue,
            )
        if (
            typ in ("MISC", "PERSON")
            and nxt
            and nxt.group(1) in RESIDENT_NOUNS
            and not title
            and len(name_words) <= 3
            and (len(name_words) > 1 or low[0] not in persons)
            and not _AGE_AFTER.match(after)
        ):
            typ = "GPE"  # "The Meadow Grove man", "a Chapin woman"
        if typ in (None, "MISC") and len(name_words) <= 3:
            pending.append((start, end, _norm(" ".join(name_words))))
        if typ:
            spans.append(Span(start, end, typ, "en-rules"))
            if (
                typ == "PERSON"
                and len(name_words) >= 2
                and self.places.get(low[-1]) not in ("country", "state")
            ):
                persons[_norm(name_words[-1])] = "PERSON"
            elif (
                typ == "MISC"
                and 2 <= len(name_words) <= 3
                and all(_cap(x) and x.isalpha() for x in name_words)
                and whole is None
                and self.places.get(low[-1]) not in ("country", "state", "city", "region")
            ):
                # "Jason Terrell Jones" left MISC: a later "Jones" is not a place either
                persons.setdefault(_norm(name_words[-1]), "MISC")

    def classify(
        self,
        words: list[str],
        title: bool,
        sent_start: bool,
        persons: dict[str, str],
        cue: bool = False,
        strong: bool = False,
        near: bool = False,
        very_strong: bool = False,
    ) -> str | None:
        """Type of a capitalised run; ``cue``: a place preposition before it or ", State" after it."""
        name = _norm(" ".join(words))
        low = [w.lower() for w in words]
        head, first = low[-1], low[0]
        if len(words) == 1 and (first.rstrip(".") in _CALENDAR_WORDS or first in WEEKDAYS_MONTHS):
            return None  # "Feb. 9", "Sept.": a date, never a name
        if name in self.agencies and (name not in _CAPS_ONLY_AGENCIES or " ".join(words).isupper()):
            return "ORG"  # WHO, not "Who's going to know"
        if " ".join(words) in COUNTRY_ACRONYMS:
            return "GPE"
        if len(words) == 1 and (first.rstrip(".") in _TITLES or _PARTY_TAG.match(words[0])):
            return None  # a title alone ("Rep."), a party and state tag ("D-Minn.", "I-Vt.")
        if title and self.places.get(name) not in ("country", "state"):
            return "PERSON"
        if len(words) == 1 and name in persons:
            return persons[name]
        place = self.places.get(name)
        if place is None and name.startswith("the "):
            place = self.places.get(name[4:])
        if len(words) >= 2 and all(w in DIRECTIONS for w in low):
            return "LOC"  # "the North West"
        if place is None and len(words) >= 2 and first in DIRECTIONS:
            rest = self.places.get(_norm(" ".join(words[1:])))
            place = "region" if rest in PLACE_KINDS else None
        if place in ("country", "state", "city"):
            return "GPE"
        if place == "region":
            return "LOC"
        if place == "town" and (cue or len(words) > 1):
            return "GPE"
        if len(words) > 1 and head in ORG_HEADS and place in ("kbtown", "town"):
            return "ORG"  # Tufts University, though a populated place of that name exists
        if len(words) > 1 and head in EVENT_HEADS - ORG_HEADS and place in ("kbtown", "town", None):
            return "MISC"  # the Los Angeles Auto Show
        if place == "kbtown" and (
            near or very_strong or (strong and (len(words) > 1 or head not in self.person_tokens))
        ):
            return "GPE"
        if head == "state" and len(words) == 2 and self.places.get(first) == "state":
            return "ORG"  # "Mississippi State", a university
        if "of" in low and any(w in ORG_HEADS for w in low[: low.index("of")]):
            return "ORG"  # "Disabilities Board of Charleston County"
        if head == "district" and len(words) > 2 and low[-2] in DISTRICT_ORGS:
            return "ORG"  # "Laurel County School District"
        if (
            head in SURNAME_HEADS
            and len(words) in (2, 3)
            and first in self.person_tokens
            and not cue
            and low[-2] not in DIRECTIONS
        ):
            return "PERSON"  # "Kevin Hall", "Julia Hill", "Sarah Lane"
        if head in FAC_HEADS and len(words) > 1:
            return "FAC"
        if head in ORG_HEADS and len(words) > 1 or (first in ORG_FIRST and "of" in low):
            return "ORG"
        if (
            head in GPE_HEADS
            and len(words) > 1
            and first not in {"islamic"}
            and first.rstrip(".") not in _TITLES
        ):
            return "GPE"
        if (
            first in FAC_FIRST
            and len(words) > 1
            and head not in ORG_HEADS | {"accords", "accord", "agreement"}
        ):
            return "FAC" if first not in ("fort", "ft.", "ft", "port") else "GPE"
        if (head in LOC_HEADS or first in LOC_FIRST) and len(words) > 1:
            return "LOC"
        if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
            return "ORG"
        if (
            len(words) >= 2
            and first in self.person_tokens
            and first not in DIRECTIONS
            and all(_cap(w) for w in words)
        ):
            return "PERSON"
        if len(words) == 1:
            if sent_start:
                return None
            if words[0].endswith(DEMONYM_SUFFIXES) or words[0].endswith(("ans", "ese", "is")):
                return "MISC"  # demonyms (Russian, Palestinians) are not places
            if (
                near
                and low[0] not in self.person_tokens
                and not words[0].isupper()
                and low[0] not in FUNCTION | WEEKDAYS_MONTHS | ORG_HEADS | FAC_HEADS | _TITLES
            ):
                return "GPE"  # "in Earlsheaton", "near Dunshaughlin"
            return "PERSON" if low[0] in self.person_tokens else "MISC"
        if len(words) in (2, 3) and low[-1] in self.person_tokens:
            return "PERSON"
        if (
            len(words) >= 3
            and any(len(w.rstrip(".")) == 1 and w[:1].isupper() for w in words[1:-1])
            and words[0][:1].isupper()
            and len(words[0]) > 1
            and len(words[-1]) > 1
            and head not in ORG_HEADS | GPE_HEADS | LOC_HEADS | FAC_HEADS
            and place is None
        ):
            return "PERSON"  # a middle initial: "Sonya A. Zoghlin", "Patrick W. Carlineo"
        return "MISC"


_PARTY_TAG = re.compile(r"^[DRI]-[A-Z]")

_DEMONYM_RE: list[re.Pattern[str]] = []


def _demonym_re() -> re.Pattern[str]:
    if not _DEMONYM_RE:
        from khabar.kb.countries import DEMONYMS

        names = sorted(DEMONYMS, key=len, reverse=True)
        alts = "|".join(re.escape(" ".join(w.capitalize() for w in d.split())) for d in names)
        _DEMONYM_RE.append(re.compile(rf"\b(?:{alts})\b(?!-)"))
    return _DEMONYM_RE[0]


def _cap(w: str) -> bool:
    return bool(w) and w[0].isupper() and w[0].isalpha()


def _allcaps(w: str) -> bool:
    return w.isupper() and any(c.isalpha() for c in w)


def _unpossess(w: str) -> str:
    return w[:-2] if w.endswith(("'s", "’s")) else w


def build_gazetteer(shared: Path) -> dict:
    """English place names (GeoNames, CLDR) and person-name tokens (Wikidata), for shipping."""
    places: dict[str, str] = {}
    geo = shared / "gazetteers" / "geonames"
    trans = json.loads((geo / "country_translations.json").read_text(encoding="utf-8"))
    for langs in trans.values():
        if langs.get("en"):
            places[_norm(langs["en"])] = "country"
    with open(geo / "countryInfo.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > 5:
                places[_norm(cols[4])] = "country"
    try:
        from babel import Locale

        for code, nm in Locale("en").territories.items():
            if code.isalpha():
                places[_norm(nm)] = "country"
    except Exception:
        pass
    person: set[str] = set()
    wd = shared / "gazetteers" / "wikidata-translit" / "wd_arabic_80"
    with open(wd, encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t")
            if cols and cols[0].isalpha() and len(cols[0]) >= 3:
                person.add(cols[0].lower())
    stop = FUNCTION | CONNECTORS | {"mobile", "reading", "bath", "nice", "split", "bar", "orange", "hope",
                                    "union", "independence", "liberty", "victory", "of", "university",
                                    "police", "march", "may", "parish", "federal"}  # fmt: skip
    with open(geo / "cities15000.txt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                continue
            pop = int(cols[14] or 0)
            cands = {cols[1], cols[2]}
            if pop >= 100_000:
                cands |= {
                    a for a in cols[3].split(",") if a[:1].isupper() and a.isascii() and not a.isupper()
                }
            for c in cands:
                key = _norm(c)
                if len(key) < 3 or key in stop:
                    continue
                kind = "city" if pop >= 100_000 else "town"
                if places.get(key) in ("country", "city"):
                    continue
                places[key] = kind
    return {"places": dict(sorted(places.items())), "person_tokens": sorted(person)}


def save_gazetteer(data: dict, path: Path) -> None:
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as out, gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as f:
        f.write(raw)
