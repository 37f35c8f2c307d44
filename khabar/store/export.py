"""Exports: documents JSONL, PLOVER-style event JSONL, GDELT-style event TSV, brat standoff.

GDELT-style TSV columns (one row per event, tab-separated, header line first; empty = unknown):

========================  ==================================================================
GlobalEventID             ``<doc id>:<event id>``
Day                       event day as YYYYMMDD (the event's date, else the article's)
Actor1Name                actor's English name, else its name in the article
Actor1Code                actor's Wikidata id (Q...), else khabar's type:name key
Actor1CountryCode         actor's ISO 3166-1 alpha-2 country
Actor1Type                actor's entity type (PERSON, ORG, GPE, ...)
Actor2Name .. Actor2Type  the same for the target
EventCode                 PLOVER event type (AGREE ... ASSAULT), not CAMEO
EventMode                 PLOVER mode, where given
IsNegated                 1 when the event is said not to have happened (polarity negative)
Modality                  asserted, reported, alleged, planned, possible, conditional, historical
AttributedTo              English or original name of who the claim is attributed to
ActionGeo_FullName        place name (English when known)
ActionGeo_CountryCode     place's ISO country (else the actor's)
ActionGeo_Lat             latitude
ActionGeo_Long            longitude
ActionGeo_FeatureID       GeoNames id of the place
ActionGeo_Wikidata        Wikidata id of the place
DATEADDED                 article publication date as YYYYMMDD
SOURCEURL                 article URL
Source                    outlet
DocId                     khabar document id
EvidenceStart             start offset of the evidence in the document text
EvidenceEnd               end offset (exclusive)
Evidence                  the evidence text (tabs and newlines turned into spaces)
========================  ==================================================================

brat standoff: per document ``<name>.txt`` (the cleaned text, so offsets match), ``<name>.ann``,
and ``<name>.meta.json`` (id, title, dates, url); ``annotation.conf`` declares the types.
``read_brat`` reads such a directory back into documents (round trip).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from khabar.document import (
    ENTITY_TYPES,
    PLOVER_TYPES,
    Amount,
    Document,
    Entity,
    Event,
    KBRef,
    Mention,
    Quote,
    Span,
    Time,
)
from khabar.store.base import entity_key

FORMATS = ("jsonl", "plover", "gdelt", "brat")

GDELT_COLUMNS = [
    "GlobalEventID", "Day",
    "Actor1Name", "Actor1Code", "Actor1CountryCode", "Actor1Type",
    "Actor2Name", "Actor2Code", "Actor2CountryCode", "Actor2Type",
    "EventCode", "EventMode", "IsNegated", "Modality", "AttributedTo",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "ActionGeo_Wikidata",
    "DATEADDED", "SOURCEURL", "Source", "DocId", "EvidenceStart", "EvidenceEnd", "Evidence",
]  # fmt: skip


def _country(e: Entity | None) -> str | None:
    if e is None:
        return None
    return (e.geo.country if e.geo and e.geo.country else None) or e.country


def _actor(e: Entity | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "id": e.id, "name": e.name, "name_en": e.name_en, "type": e.type, "wikidata": e.kb.wikidata,
        "key": entity_key(e), "country": _country(e),
    }  # fmt: skip


def _event_day(ev: Event, doc: Document) -> str | None:
    if ev.date and re.match(r"^\d{4}-\d{2}-\d{2}", ev.date):
        return ev.date[:10]
    return doc.published.isoformat() if doc.published else None


def plover_events(doc: Document) -> Iterator[dict[str, Any]]:
    """PLOVER-style event records (as in POLECAT): one per event, actors resolved to names and ids."""
    for ev in doc.events:
        place = doc.entity(ev.place)
        actor, target = doc.entity(ev.actor), doc.entity(ev.target)
        yield {
            "event_id": f"{doc.id}:{ev.id}",
            "event_date": _event_day(ev, doc),
            "event_date_text": ev.date,
            "event_type": ev.type,
            "mode": ev.mode,
            "polarity": ev.polarity,
            "modality": ev.modality,
            "actor": _actor(actor),
            "recipient": _actor(target),
            "attributed_to": _actor(doc.entity(ev.source)),
            "location": None
            if place is None
            else {
                "name": place.name,
                "name_en": place.name_en,
                "wikidata": place.kb.wikidata,
                "geonames": place.kb.geonames,
                "lat": place.geo.lat if place.geo else None,
                "lon": place.geo.lon if place.geo else None,
                "country": _country(place),
            },  # fmt: skip
            "evidence": {"start": ev.evidence.start, "end": ev.evidence.end},
            "text": doc.text[ev.evidence.start : ev.evidence.end],
            "doc_id": doc.id,
            "story_date": doc.published.isoformat() if doc.published else None,
            "language": doc.language,
            "publisher": doc.source,
            "url": doc.url,
            "title": doc.title,
        }


def _tsv(v: Any) -> str:
    if v is None:
        return ""
    return re.sub(r"[\t\r\n]+", " ", str(v))


def gdelt_rows(doc: Document) -> Iterator[list[str]]:
    for rec in plover_events(doc):
        a, t, loc, src = (
            rec["actor"] or {},
            rec["recipient"] or {},
            rec["location"] or {},
            rec["attributed_to"] or {},
        )
        day = (rec["event_date"] or "").replace("-", "")
        added = (rec["story_date"] or "").replace("-", "")
        row = [
            rec["event_id"], day,
            a.get("name_en") or a.get("name"), a.get("wikidata") or a.get("key"), a.get("country"), a.get("type"),
            t.get("name_en") or t.get("name"), t.get("wikidata") or t.get("key"), t.get("country"), t.get("type"),
            rec["event_type"], rec["mode"], 1 if rec["polarity"] == "negative" else 0, rec["modality"],
            src.get("name_en") or src.get("name"),
            loc.get("name_en") or loc.get("name"), loc.get("country") or a.get("country"), loc.get("lat"),
            loc.get("lon"), loc.get("geonames"), loc.get("wikidata"),
            added, rec["url"], rec["publisher"], rec["doc_id"], rec["evidence"]["start"], rec["evidence"]["end"],
            rec["text"],
        ]  # fmt: skip
        yield [_tsv(v) for v in row]


# ----------------------------------------------------------------------------------------- brat
def _safe_name(doc_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", doc_id)[:120] or "doc"


def _fragments(text: str, start: int, end: int) -> tuple[str, str]:
    """brat offsets ``s e;s e`` split at line breaks (brat spans cannot cross them), and their text."""
    frags, s = [], start
    for m in re.finditer(r"\n+", text[start:end]):
        if start + m.start() > s:
            frags.append((s, start + m.start()))
        s = start + m.end()
    if end > s or not frags:
        frags.append((s, end))
    return ";".join(f"{a} {b}" for a, b in frags), " ".join(text[a:b] for a, b in frags)


def brat_ann(doc: Document) -> str:
    lines: list[str] = []
    t = 0
    notes = 0

    def tline(label: str, start: int, end: int) -> str:
        nonlocal t
        t += 1
        offs, txt = _fragments(doc.text, start, end)
        lines.append(f"T{t}\t{label} {offs}\t{txt}")
        return f"T{t}"

    def note(ref: str, payload: dict[str, Any]) -> None:
        nonlocal notes
        notes += 1
        lines.append(f"#{notes}\tAnnotatorNotes {ref}\t{json.dumps(payload, ensure_ascii=False)}")

    first_mention: dict[str, str] = {}
    n = 0
    for e in doc.entities:
        for i, m in enumerate(e.mentions):
            ref = tline(e.type, m.start, m.end)
            first_mention.setdefault(e.id, ref)
            if i == 0:
                payload = {"entity": e.id, "name": e.name, "name_en": e.name_en, "wikidata": e.kb.wikidata,
                           "geonames": e.kb.geonames, "stands_for": e.stands_for, "country": e.country}  # fmt: skip
                if e.geo:
                    payload["geo"] = e.geo.model_dump()
                note(ref, {k: v for k, v in payload.items() if v is not None})
                if e.kb.wikidata:
                    n += 1
                    lines.append(f"N{n}\tReference {ref} Wikidata:{e.kb.wikidata}\t{e.name_en or e.name}")
            else:
                note(ref, {"entity": e.id})
    for tm in doc.times:
        ref = tline("Time", tm.start, tm.end)
        note(
            ref,
            {
                k: v
                for k, v in {"value": tm.value, "type": tm.type, "granularity": tm.granularity}.items()
                if v
            },
        )
    for am in doc.amounts:
        ref = tline("Amount", am.start, am.end)
        note(ref, {"value": am.value, "unit": am.unit, "approximate": am.approximate})
    r = 0
    for q in doc.quotes:
        ref = tline("Quote", q.start, q.end)
        note(ref, {k: v for k, v in {"kind": q.kind, "speaker": q.speaker, "source": q.source,
                                     "cue": q.cue.model_dump() if q.cue else None}.items() if v})  # fmt: skip
        for role, eid in (("Speaker", q.speaker), ("Source", q.source)):
            if eid and eid in first_mention:
                r += 1
                lines.append(f"R{r}\t{role} Arg1:{ref} Arg2:{first_mention[eid]}\t")
    a = 0
    for k, ev in enumerate(doc.events, 1):
        trig = ev.trigger or ev.evidence
        ref = tline(ev.type, trig.start, trig.end)
        args = [f"{ev.type}:{ref}"]
        for role, eid in (
            ("Actor", ev.actor),
            ("Target", ev.target),
            ("Place", ev.place),
            ("Source", ev.source),
        ):
            if eid and eid in first_mention:
                args.append(f"{role}:{first_mention[eid]}")
        lines.append(f"E{k}\t{' '.join(args)}")
        for attr, val in (("Polarity", ev.polarity), ("Modality", ev.modality)):
            a += 1
            lines.append(f"A{a}\t{attr} E{k} {val}")
        note(f"E{k}", ev.model_dump(mode="json", exclude_none=True))
    return "\n".join(lines) + ("\n" if lines else "")


BRAT_CONF = """[entities]
{entities}
Time
Amount
Quote

[relations]
Speaker Arg1:Quote, Arg2:<ENTITY>
Source Arg1:Quote, Arg2:<ENTITY>
<OVERLAP> Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>

[events]
{events}

[attributes]
Polarity Arg:<EVENT>, Value:positive|negative
Modality Arg:<EVENT>, Value:asserted|reported|alleged|planned|possible|conditional|historical
"""


def write_brat(docs: Iterable[Document], out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    seen: set[str] = set()
    for doc in docs:
        name = _safe_name(doc.id)
        while name in seen:
            name += "_"
        seen.add(name)
        (out / f"{name}.txt").write_text(doc.text, encoding="utf-8", newline="")
        (out / f"{name}.ann").write_text(brat_ann(doc), encoding="utf-8", newline="")
        meta = doc.model_dump(mode="json", by_alias=True, include={"schema_version", "id", "language",
                              "published", "title", "author", "source", "url", "errors"})  # fmt: skip
        (out / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        n += 1
    roles = "Actor?:<ENTITY>, Target?:<ENTITY>, Place?:<ENTITY>, Source?:<ENTITY>"
    (out / "annotation.conf").write_text(
        BRAT_CONF.format(
            entities="\n".join(ENTITY_TYPES), events="\n".join(f"{t}\t{roles}" for t in PLOVER_TYPES)
        ),
        encoding="utf-8",
    )
    return n


def read_brat(folder: Path) -> list[Document]:
    """Documents from a brat folder written by ``write_brat`` (annotations edited in brat included)."""
    docs = []
    for txt in sorted(folder.glob("*.txt")):
        name = txt.stem
        text = txt.read_text(encoding="utf-8")
        ann_path = folder / f"{name}.ann"
        meta_path = folder / f"{name}.meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {"id": name}
        spans: dict[str, tuple[str, int, int]] = {}
        notes: dict[str, dict[str, Any]] = {}
        events_raw: list[tuple[str, str, list[str]]] = []
        attrs: dict[str, dict[str, str]] = {}
        rels: list[tuple[str, str, str]] = []
        for line in ann_path.read_text(encoding="utf-8").splitlines() if ann_path.exists() else []:
            if not line.strip():
                continue
            ident, _, rest = line.partition("\t")
            if ident.startswith("T"):
                head = rest.split("\t")[0]
                label, _, offs = head.partition(" ")
                nums = [int(x) for x in re.findall(r"\d+", offs)]
                spans[ident] = (label, min(nums), max(nums))
            elif ident.startswith("#"):
                parts = rest.split("\t", 1)
                ref = parts[0].split(" ")[1]
                try:
                    notes[ref] = json.loads(parts[1]) if len(parts) > 1 else {}
                except json.JSONDecodeError:
                    notes[ref] = {"text": parts[1]}
            elif ident.startswith("E"):
                fields = rest.split()
                events_raw.append((ident, fields[0], fields[1:]))
            elif ident.startswith("A"):
                attr, ref, *val = rest.split()
                attrs.setdefault(ref, {})[attr] = val[0] if val else "true"
            elif ident.startswith("R"):
                role, a1, a2 = rest.split("\t")[0].split()
                rels.append((role, a1.split(":")[1], a2.split(":")[1]))
        ents: dict[str, Entity] = {}
        ent_of_t: dict[str, str] = {}
        times, amounts, quotes = [], [], []
        event_triggers = {e[1].split(":")[1] for e in events_raw}
        for ref, (label, s, e) in sorted(spans.items(), key=lambda kv: int(kv[0][1:])):
            note = notes.get(ref, {})
            if label in ENTITY_TYPES:
                eid = note.get("entity") or f"e{len(ents) + 1}"
                if eid not in ents:
                    geo = note.get("geo")
                    ents[eid] = Entity(
                        id=eid, type=label, name=note.get("name") or text[s:e], name_en=note.get("name_en"),
                        kb=KBRef(wikidata=note.get("wikidata"), geonames=note.get("geonames")),
                        geo=geo, stands_for=note.get("stands_for"), country=note.get("country"),
                    )  # fmt: skip
                ents[eid].mentions.append(Mention(start=s, end=e, text=text[s:e]))
                ent_of_t[ref] = eid
            elif label == "Time":
                times.append(Time(start=s, end=e, text=text[s:e], **note))
            elif label == "Amount":
                amounts.append(Amount(start=s, end=e, text=text[s:e], **note))
            elif label == "Quote":
                q = Quote(
                    start=s, end=e, text=text[s:e], kind=note.get("kind", "direct"), cue=note.get("cue")
                )
                for role, a1, a2 in rels:
                    if a1 == ref and a2 in ent_of_t:
                        setattr(q, "speaker" if role == "Speaker" else "source", ent_of_t[a2])
                quotes.append(q)
            elif ref in event_triggers:
                continue
        events = []
        for eref, trig, args in events_raw:
            label, tref = trig.split(":")
            note = notes.get(eref, {})
            _, s, e = spans[tref]
            roles = {r.split(":")[0].rstrip("0123456789"): ent_of_t.get(r.split(":")[1]) for r in args}
            if note:
                ev = Event.model_validate(note)
            else:
                ev = Event(id=f"v{len(events) + 1}", type=label, evidence=Span(start=s, end=e))
            ev.type = label
            ev.actor, ev.target = roles.get("Actor", ev.actor), roles.get("Target", ev.target)
            ev.place, ev.source = roles.get("Place", ev.place), roles.get("Source", ev.source)
            at = attrs.get(eref, {})
            ev.polarity = at.get("Polarity", ev.polarity)  # type: ignore[assignment]
            ev.modality = at.get("Modality", ev.modality)  # type: ignore[assignment]
            events.append(ev)
        data = {**meta, "text": text}
        doc = Document.model_validate(data)
        doc.entities, doc.times, doc.amounts, doc.quotes, doc.events = (
            list(ents.values()),
            times,
            amounts,
            quotes,
            events,
        )
        docs.append(Document.model_validate(doc.to_dict()))  # validate spans against the text
    return docs


# ---------------------------------------------------------------------------------------- driver
def export(docs: Iterable[Document], fmt: str, out: Path | TextIO) -> int:
    """Write ``docs`` in ``fmt``; returns the number of records (documents, or events)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "brat":
        if not isinstance(out, Path):
            raise ValueError("brat export writes a folder: give --out DIR")
        return write_brat(docs, out)
    own = isinstance(out, Path)
    fh: TextIO = out.open("w", encoding="utf-8", newline="") if isinstance(out, Path) else out  # type: ignore[assignment]
    n = 0
    try:
        if fmt == "gdelt":
            fh.write("\t".join(GDELT_COLUMNS) + "\n")
        for doc in docs:
            if fmt == "jsonl":
                fh.write(doc.to_json() + "\n")
                n += 1
            elif fmt == "plover":
                for rec in plover_events(doc):
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
            else:
                for row in gdelt_rows(doc):
                    fh.write("\t".join(row) + "\n")
                    n += 1
    finally:
        if own:
            fh.close()
    return n
