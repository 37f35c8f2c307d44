"""Hand-annotated copies of the bundled example articles, for store, API, export and UI tests.

The annotations were written by reading the articles (not produced by the pipeline), so these
tests do not depend on the state of the NER/linking/event stages being built in parallel.
Offsets are found by string search in the example text; ``nth`` picks a later occurrence.
"""

from __future__ import annotations

from datetime import date

from khabar.demo import example_documents
from khabar.document import (
    Amount,
    Document,
    Entity,
    Event,
    EventMention,
    Geo,
    KBRef,
    Mention,
    Quote,
    Span,
    TextSpan,
    Time,
)

# name -> (type, name_en, qid, (lat, lon, country) or None, mention strings)
ANNOTATIONS = {
    "ar-russia-korea.txt": {
        "entities": {
            "e1": ("GPE", "موسكو", "Moscow", "Q649", (55.75, 37.62, "RU"), ["موسكو"]),
            "e2": ("ORG", "الكرملين", "Kremlin", "Q1045", None, ["الكرملين", "الكرملين"]),
            "e3": ("PERSON", "فلاديمير بوتين", "Vladimir Putin", "Q7747", None, ["فلاديمير بوتين"]),
            "e4": ("PERSON", "كيم جونغ-أون", "Kim Jong Un", "Q56226", None, ["كيم جونغ-أون", "كيم"]),
            "e5": ("GPE", "فلاديفوستوك", "Vladivostok", "Q959", (43.12, 131.89, "RU"), ["فلاديفوستوك"]),
            "e6": ("ORG", "وكالة تاس", "TASS", "Q223799", None, ["وكالة تاس"]),
            "e7": ("PERSON", "دميتري بيسكوف", "Dmitry Peskov", "Q2356599", None, ["دميتري بيسكوف", "بيسكوف"]),
            "e8": (
                "GPE",
                "بيونغ يانغ",
                "Pyongyang",
                "Q18808",
                (39.02, 125.75, "KP"),
                ["بيونغ يانغ", "بيونغيانغ"],
            ),
            "e9": ("WEAPON", "ميغ-31", "MiG-31", "Q193011", None, ["ميغ-31"]),
            "e10": ("GPE", "واشنطن", "Washington, D.C.", "Q61", (38.9, -77.04, "US"), ["واشنطن"]),
            "e11": ("GPE", "روسيا", "Russia", "Q159", (61.5, 105.3, "RU"), ["روسيا"]),
            "e12": (
                "GPE",
                "الولايات المتحدة",
                "United States",
                "Q30",
                (39.8, -98.6, "US"),
                ["الولايات المتحدة"],
            ),
            "e13": ("GPE", "سيول", "Seoul", "Q8684", (37.57, 126.98, "KR"), ["سيول"]),
            "e14": ("ORG", "وكالة يونهاب", "Yonhap", "Q486093", None, ["وكالة يونهاب"]),
        },
        "times": [
            ("يوم الثلاثاء", "2023-09-12"),
            ("الأسبوع المقبل", "2023-W38"),
            ("أمس", "2023-09-11"),
            ("يوم الأحد", "2023-09-17"),
        ],
        "amounts": [("ثمانية آلاف كيلومتر", 8000, "km")],
        "quotes": [("«لم يتم توقيع أي اتفاق عسكري مع بيونغ يانغ حتى الآن»", "e7", "e6")],
        "events": [
            ("CONSULT", "e3", "e4", "e5", "سيستقبل الزعيم", "positive", "planned", "e2"),
            ("AGREE", "e11", "e8", "", "لم يتم توقيع أي اتفاق عسكري", "negative", "asserted", "e7"),
            ("ACCUSE", "e10", "e1", "", "اتهمت واشنطن موسكو", "positive", "asserted", None),
            (
                "SANCTION",
                "e12",
                "e11",
                "",
                "وقد تفرض الولايات المتحدة عقوبات",
                "positive",
                "conditional",
                None,
            ),
            ("PROTEST", "", "e11", "e13", "وتظاهر مئات الأشخاص في سيول", "positive", "reported", "e14"),
        ],
    },
    "ar-gaza-aid.txt": {
        "entities": {
            "e1": ("GPE", "القاهرة", "Cairo", "Q85", (30.04, 31.24, "EG"), ["القاهرة", "القاهرة"]),
            "e2": ("ORG", "رويترز", "Reuters", "Q130879", None, ["رويترز"]),
            "e3": (
                "ORG",
                "وزارة الخارجية المصرية",
                "Ministry of Foreign Affairs of Egypt",
                None,
                None,
                ["وزارة الخارجية المصرية"],
            ),
            "e4": ("GPE", "مصر", "Egypt", "Q79", (26.8, 30.8, "EG"), ["مصر", "مصر"]),
            "e5": ("GPE", "قطاع غزة", "Gaza Strip", "Q39760", (31.42, 34.37, "PS"), ["قطاع غزة", "غزة"]),
            "e6": (
                "FAC",
                "معبر رفح",
                "Rafah Border Crossing",
                "Q3395005",
                (31.25, 34.26, "EG"),
                ["معبر رفح"],
            ),
            "e7": ("PERSON", "سامح شكري", "Sameh Shoukry", "Q7410165", None, ["سامح شكري"]),
            "e8": ("PERSON", "أيمن الصفدي", "Ayman Safadi", "Q4830978", None, ["أيمن الصفدي"]),
            "e9": ("ORG", "الأمم المتحدة", "United Nations", "Q1065", None, ["الأمم المتحدة"]),
            "e10": (
                "ORG",
                "منظمة الصحة العالمية",
                "World Health Organization",
                "Q7817",
                None,
                ["منظمة الصحة العالمية"],
            ),
            "e11": ("GPE", "خان يونس", "Khan Yunis", "Q271520", (31.35, 34.31, "PS"), ["خان يونس"]),
            "e12": ("GPE", "إسرائيل", "Israel", "Q801", (31.5, 34.9, "IL"), ["إسرائيل"]),
            "e13": ("GPE", "قطر", "Qatar", "Q846", (25.3, 51.2, "QA"), ["قطر"]),
        },
        "times": [
            ("اليوم الخميس", "2023-10-19"),
            ("مساء الأربعاء", "2023-10-18TEV"),
            ("15 أكتوبر/تشرين الأول 2023", "2023-10-15"),
        ],
        "amounts": [("120 شاحنة", 120, "truck"), ("5 ملايين دولار", 5_000_000, "USD")],
        "quotes": [('"النظام الصحي على وشك الانهيار"', "e10", None)],
        "events": [
            ("AID", "e4", "e5", "e6", "إن مصر سترسل 120 شاحنة", "positive", "planned", "e3"),
            ("REJECT", "e1", "", "", "أن القاهرة ترفض أي محاولة", "positive", "asserted", "e7"),
            ("AID", "e9", "e5", "e5", "أنها قدمت 5 ملايين دولار", "positive", "asserted", "e9"),
            (
                "ASSAULT",
                "",
                "",
                "e11",
                "أن غارة جوية استهدفت مخزنا للوقود في خان يونس",
                "positive",
                "alleged",
                None,
            ),
            ("AGREE", "e4", "e13", "", "قد توصلتا في 15 أكتوبر", "positive", "historical", None),
        ],
    },
    "en-sanctions.txt": {
        "entities": {
            "e1": (
                "GPE",
                "WASHINGTON",
                "Washington, D.C.",
                "Q61",
                (38.9, -77.04, "US"),
                ["WASHINGTON", "Washington"],
            ),
            "e2": ("ORG", "AP", "Associated Press", "Q40469", None, ["AP"]),
            "e3": ("GPE", "United States", "United States", "Q30", (39.8, -98.6, "US"), ["United States"]),
            "e4": ("GPE", "Russia", "Russia", "Q159", (61.5, 105.3, "RU"), ["Russia", "Russia"]),
            "e5": (
                "ORG",
                "Treasury Department",
                "United States Department of the Treasury",
                "Q1476463",
                None,
                ["Treasury Department"],
            ),
            "e6": ("GPE", "Ukraine", "Ukraine", "Q212", (49.0, 32.0, "UA"), ["Ukraine"]),
            "e7": ("PERSON", "Janet Yellen", "Janet Yellen", "Q263725", None, ["Janet Yellen"]),
            "e8": ("GPE", "Iran", "Iran", "Q794", (32.4, 53.7, "IR"), ["Iran"]),
            "e9": ("GPE", "Moscow", "Moscow", "Q649", (55.75, 37.62, "RU"), ["Moscow"]),
            "e10": (
                "PERSON",
                "Hossein Amir-Abdollahian",
                "Hossein Amir-Abdollahian",
                "Q5907416",
                None,
                ["Hossein Amir-Abdollahian"],
            ),
            "e11": ("GPE", "Tehran", "Tehran", "Q3616", (35.69, 51.39, "IR"), ["Tehran"]),
            "e12": ("ORG", "Reuters", "Reuters", "Q130879", None, ["Reuters"]),
            "e13": ("ORG", "European Union", "European Union", "Q458", None, ["European Union"]),
            "e14": ("GPE", "Brussels", "Brussels", "Q239", (50.85, 4.35, "BE"), ["Brussels"]),
            "e15": ("GPE", "Kyiv", "Kyiv", "Q1899", (50.45, 30.52, "UA"), ["Kyiv"]),
        },
        "times": [("Monday", "2023-09-18"), ("next week", "2023-W39")],
        "amounts": [("$5 billion", 5e9, "USD")],
        "quotes": [('"These transfers fuel Russia\'s war against Ukraine,"', "e7", None)],
        "events": [
            ("SANCTION", "e3", "e8", "", "imposed new sanctions", "positive", "asserted", "e5"),
            ("REJECT", "e8", "e3", "", "Iran denied the accusation", "positive", "asserted", None),
            (
                "THREATEN",
                "e11",
                "e1",
                "",
                "warned that Tehran would respond",
                "positive",
                "conditional",
                "e10",
            ),
            ("AID", "e13", "e15", "e14", "to discuss a new aid package", "positive", "planned", "e12"),
        ],
    },
}


def _find(text: str, s: str, used: dict[str, int]) -> tuple[int, int]:
    """The next occurrence of ``s``; Latin-script names only as whole words (Iran, not Iranian)."""
    start = used.get(s, 0)
    while True:
        start = text.index(s, start)
        end = start + len(s)
        if not s.isascii() or not (text[end : end + 1].isalpha() or text[start - 1 : start].isalpha()):
            break
        start += 1
    used[s] = end
    return start, end


def annotated_examples() -> list[Document]:
    docs = []
    for base in example_documents():
        name = (base.url or "").rsplit("/", 1)[-1]
        spec = ANNOTATIONS[name]
        text = base.text
        used: dict[str, int] = {}
        ents = []
        for eid, (etype, ename, name_en, qid, geo, mentions) in spec["entities"].items():
            ms = []
            for m in mentions:
                s, e = _find(text, m, used)
                ms.append(Mention(start=s, end=e, text=m))
            ents.append(
                Entity(id=eid, type=etype, name=ename, name_en=name_en, kb=KBRef(wikidata=qid),
                       geo=Geo(lat=geo[0], lon=geo[1], country=geo[2]) if geo else None, mentions=ms)
            )  # fmt: skip
        times = []
        for t, v in spec["times"]:
            s, e = _find(text, t, used)
            times.append(Time(start=s, end=e, text=t, value=v))
        amounts = []
        for t, v, u in spec["amounts"]:
            s, e = _find(text, t, used)
            amounts.append(Amount(start=s, end=e, text=t, value=v, unit=u))
        quotes = []
        for t, spk, src in spec["quotes"]:
            s, e = _find(text, t, used)
            quotes.append(Quote(start=s, end=e, text=t, speaker=spk, source=src))
        events = []
        for i, (etype, actor, target, place, ev_text, pol, mod, source) in enumerate(spec["events"], 1):
            s = text.index(ev_text)
            sent_end = min(x for x in (text.find(".", s), text.find("\n", s), len(text)) if x >= 0)
            events.append(
                Event(id=f"v{i}", type=etype, actor=actor or None, target=target or None, place=place or None,
                      polarity=pol, modality=mod, source=source, evidence=Span(start=s, end=sent_end),
                      mentions=[EventMention(start=s, end=sent_end, trigger=TextSpan(
                          start=s, end=s + len(ev_text.split()[0]), text=ev_text.split()[0]))],
                      place_source="sentence" if place else None,
                      date=base.published.isoformat() if base.published else None,
                      date_source="published" if base.published else None)
            )  # fmt: skip
        doc = base.model_copy(deep=True)
        doc.language = "en" if name.startswith("en") else "ar"
        doc.entities, doc.times, doc.amounts, doc.quotes, doc.events = ents, times, amounts, quotes, events
        docs.append(Document.model_validate(doc.to_dict()))
    return docs


def more_documents(n: int) -> list[Document]:
    """Variants of the annotated examples on other days (for pagination, timelines, networks)."""
    base = annotated_examples()
    out = []
    for i in range(n):
        d = base[i % len(base)].model_copy(deep=True)
        d.id = f"{d.id}-v{i}"
        d.published = date(2023, 9 + (i % 3), 1 + (i % 27))
        d.url = f"{d.url}#v{i}"
        out.append(d)
    return out
