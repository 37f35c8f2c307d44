"""Cheap, valid, deterministic documents for store load tests and benchmarks (no NER pipeline).

Each document is a few Arabic sentences built from templates, with the entities, times and events
that the templates put there, all as correct character offsets. They exercise every table and
index of the store; they are not a corpus for evaluating extraction.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from khabar.document import Document, Entity, Event, Geo, KBRef, Mention, Quote, Span, Time

# (arabic name, english name, QID, type, (lat, lon) or None, country)
ACTORS: list[tuple[str, str, str, str, tuple[float, float] | None, str | None]] = [
    ("روسيا", "Russia", "Q159", "GPE", (61.5, 105.3), "RU"),
    ("أوكرانيا", "Ukraine", "Q212", "GPE", (49.0, 32.0), "UA"),
    ("مصر", "Egypt", "Q79", "GPE", (26.8, 30.8), "EG"),
    ("إيران", "Iran", "Q794", "GPE", (32.4, 53.7), "IR"),
    ("الصين", "China", "Q148", "GPE", (35.9, 104.2), "CN"),
    ("تركيا", "Turkey", "Q43", "GPE", (39.0, 35.2), "TR"),
    ("السعودية", "Saudi Arabia", "Q851", "GPE", (23.9, 45.1), "SA"),
    ("الأمم المتحدة", "United Nations", "Q1065", "ORG", None, None),
    ("حلف الناتو", "NATO", "Q7184", "ORG", None, None),
    ("فلاديمير بوتين", "Vladimir Putin", "Q7747", "PERSON", None, "RU"),
    ("سامح شكري", "Sameh Shoukry", "Q7410165", "PERSON", None, "EG"),
    ("كيم جونغ-أون", "Kim Jong Un", "Q56226", "PERSON", None, "KP"),
]
PLACES: list[tuple[str, str, str, tuple[float, float], str]] = [
    ("القاهرة", "Cairo", "Q85", (30.04, 31.24), "EG"),
    ("موسكو", "Moscow", "Q649", (55.75, 37.62), "RU"),
    ("كييف", "Kyiv", "Q1899", (50.45, 30.52), "UA"),
    ("طهران", "Tehran", "Q3616", (35.69, 51.39), "IR"),
    ("الرياض", "Riyadh", "Q3692", (24.71, 46.68), "SA"),
    ("غزة", "Gaza", "Q39344", (31.5, 34.47), "PS"),
]
# (event type, verb phrase, polarity, modality)
VERBS = [
    ("CONSULT", "تباحثت مع", "positive", "asserted"),
    ("AID", "سترسل مساعدات إلى", "positive", "planned"),
    ("ACCUSE", "اتهمت", "positive", "reported"),
    ("ASSAULT", "قصفت مواقع تابعة لـ", "positive", "alleged"),
    ("AGREE", "لم توقع اتفاقا مع", "negative", "asserted"),
    ("SANCTION", "فرضت عقوبات على", "positive", "asserted"),
    ("THREATEN", "هددت", "positive", "reported"),
    ("COOPERATE", "قد تتعاون مع", "positive", "possible"),
]
FILLER = [
    "وأضاف المصدر أن المحادثات ستتواصل خلال الأيام المقبلة.",
    "ولم يصدر أي تعليق رسمي حتى الآن.",
    "وتأتي هذه الخطوة في ظل توتر متصاعد في المنطقة.",
    "وقال محللون إن التطورات قد تؤثر على أسعار النفط.",
]


def synthetic_document(i: int, seed: int = 0, prefix: str = "syn") -> Document:
    rng = random.Random(seed * 1_000_003 + i)
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(365))
    parts: list[str] = []
    pos = 0
    ents: dict[str, Entity] = {}
    events: list[Event] = []
    times: list[Time] = []
    quotes: list[Quote] = []

    def add(s: str) -> tuple[int, int]:
        nonlocal pos
        start = pos
        parts.append(s)
        pos += len(s)
        return start, pos

    def ent(info: tuple, start: int) -> str:
        name, name_en, qid, etype, geo, country = info
        eid = next((e.id for e in ents.values() if e.kb.wikidata == qid), None)
        if eid is None:
            eid = f"e{len(ents) + 1}"
            ents[eid] = Entity(
                id=eid, type=etype, name=name, name_en=name_en, kb=KBRef(wikidata=qid),
                geo=Geo(lat=geo[0], lon=geo[1], country=country) if geo else None, country=country,
            )  # fmt: skip
        ents[eid].mentions.append(Mention(start=start, end=start + len(name), text=name))
        return eid

    place = rng.choice(PLACES)
    s0, _ = add(place[0])
    pid = ent((place[0], place[1], place[2], "GPE", place[3], place[4]), s0)
    add(" - ")
    for k in range(rng.randint(1, 3)):
        a, b = rng.sample(ACTORS, 2)
        etype, verb, pol, mod = rng.choice(VERBS)
        sent_start = pos
        if k == 0:
            t0, _ = add("أعلنت اليوم ")
            times.append(Time(start=t0 + 6, end=t0 + 11, text="اليوم", value=day.isoformat()))
        else:
            add("وقالت مصادر إن ")
        sa, _ = add(a[0])
        aid = ent(a, sa)
        add(f" {verb} ")
        sb, _ = add(b[0])
        bid = ent(b, sb)
        add(f" في {rng.choice(['إطار', 'سياق', 'ظل'])} الأزمة الحالية (رقم {i}). ")
        events.append(
            Event(
                id=f"v{k + 1}",
                type=etype,
                actor=aid,
                target=bid,
                place=pid,
                date=day.isoformat(),
                polarity=pol,
                modality=mod,
                evidence=Span(start=sent_start, end=pos - 1),
            )  # fmt: skip
        )
    q0, q1 = add("«لن نقبل بذلك»")
    quotes.append(Quote(start=q0, end=q1, text="«لن نقبل بذلك»", speaker=next(iter(ents))))
    add(" " + " ".join(rng.sample(FILLER, 2)))
    text = "".join(parts)
    return Document(
        id=f"{prefix}-{seed}-{i}", language="ar", published=day, title=f"تقرير {i} من {place[0]}",
        source="synthetic", url=f"https://example.org/{prefix}/{seed}/{i}", text=text,
        entities=list(ents.values()), times=times, quotes=quotes, events=events,
    )  # fmt: skip


def write_synthetic(url: str, seed: int, count: int, shared: int = 0, batch_size: int = 50) -> int:
    """Write ``count`` synthetic documents of writer ``seed`` (plus ``shared`` ones every writer
    writes) into the store at ``url``; used by the concurrency test and the load benchmark."""
    from khabar.store import open_store

    store = open_store(url)
    try:
        docs = [synthetic_document(i, seed=seed) for i in range(count)]
        docs += [synthetic_document(i, seed=999_999, prefix="shared") for i in range(shared)]
        random.Random(seed).shuffle(docs)
        return store.put_many(docs, batch_size=batch_size)
    finally:
        store.close()
