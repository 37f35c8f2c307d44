"""The tellings of an event (``Event.mentions`` with their triggers) and the in-article merge scorer
(``khabar eval events --coref``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.document import Document, Event, EventMention, Span, TextSpan
from khabar.eval import event_coref as C

TEXT = (
    "قتل مسلحون ثلاثة جنود في هجوم على حاجز عسكري شمال بغداد أمس الأحد. "
    "وقالت الشرطة إن الهجوم وقع عند الفجر. "
    "والتقى رئيس الوزراء العراقي وزير الخارجية الأمريكي في بغداد."
)


def _m(word: str) -> dict:
    return {"trigger": word, "start": TEXT.index(word)}


def _gold(tmp_path: Path, split: str = "dev") -> Path:
    rec = {
        "id": "co-x1",
        "lang": "ar",
        "published": "2015-03-02",
        "split": split,
        "text": TEXT,
        "happenings": [
            {"hid": "h1", "type": "ASSAULT", "mentions": [_m("قتل"), _m("هجوم"), _m("الهجوم")]},
            {"hid": "h2", "type": "CONSULT", "mentions": [_m("والتقى")]},
        ],
    }
    p = tmp_path / "coref.jsonl"
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return p


def test_a_plain_span_is_still_a_mention_and_a_telling_trigger_is_checked():
    ev = Event(id="v1", type="CONSULT", evidence=Span(start=0, end=5), mentions=[Span(start=0, end=5)])
    assert isinstance(ev.mentions[0], EventMention) and ev.mentions[0].trigger is None
    bad = EventMention(start=0, end=5, trigger=TextSpan(start=0, end=3, text="xyz"))
    with pytest.raises(ValueError, match="says 'xyz'"):
        Document(id="d", text="abcdef", events=[Event(id="v1", type="CONSULT", evidence=Span(start=0, end=5),
                                                       mentions=[bad])])  # fmt: skip


def test_each_telling_keeps_its_own_trigger(tmp_path):
    doc = C.make_doc_runner()(json.loads(_gold(tmp_path).read_text(encoding="utf-8")))
    attack = next(e for e in doc.events if e.type == "ASSAULT")
    told = [m.trigger.text for m in attack.mentions if m.trigger]
    # the killing and its attack are one telling («قتل ... في هجوم»); «الهجوم» in the next sentence is another
    assert len(attack.mentions) == 2 and told[1] == "الهجوم" and "قتل" in told[0] and "هجوم" in told[0]
    assert all(TEXT[m.trigger.start : m.trigger.end] == m.trigger.text for m in attack.mentions if m.trigger)


def test_the_scorer_counts_links_splits_and_merges():
    # h1 told three times, two in event 0 and one in event 1 (split); h2 and h3 both in event 2 (wrong merge)
    rows = [("h1", "a", 0, 0), ("h1", "b", 5, 0), ("h1", "c", 9, 1), ("h2", "d", 20, 2), ("h3", "e", 30, 2),
            ("h3", "f", 40, None)]  # fmt: skip
    s = C.score_assignments([rows])
    assert s["gold_mentions"] == 6 and s["found_mentions"] == 5 and s["happenings"] == 3
    # gold links among found: h1 3 pairs; system links: (a,b), (d,e); right: (a,b)
    assert (s["gold_links"], s["system_links"]) == (3, 2)
    assert s["link_precision"] == 0.5 and s["link_recall"] == round(1 / 3, 4)
    assert s["happenings_split"] == 1 and s["wrong_merges"] == 1 and s["events_on_gold"] == 3


def test_eval_coref_scores_merged_and_unmerged(tmp_path):
    res = C.eval_coref(_gold(tmp_path), split="dev", errors=True)
    m, u = res["merged"], res["unmerged"]
    assert m["found_mentions"] == 4 and m["link_recall"] == 1.0 and m["link_precision"] == 1.0
    assert u["link_recall"] < m["link_recall"]  # without the merge «الهجوم» is an event of its own
    assert res["errors"] == []


def test_held_out_split_is_never_itemised_and_offsets_are_checked(tmp_path):
    res = C.eval_coref(_gold(tmp_path, "test"), split="test", errors=True)
    assert "errors" not in res and res["merged"]["articles"] == 1
    bad = tmp_path / "bad.jsonl"
    rec = json.loads(_gold(tmp_path).read_text(encoding="utf-8"))
    rec["happenings"][0]["mentions"][0]["start"] += 1
    bad.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="no 'قتل'"):
        C.load(bad, "dev")
    with pytest.raises(ValueError, match="unknown coref split"):
        C.load(bad, "dev9")


def _events(text: str) -> list[Event]:
    return C.make_doc_runner()({"text": text, "lang": "ar", "published": "2015-08-10"}).events


def test_a_definite_event_noun_with_parties_of_its_own_tells_the_latest_event_again():
    # (round 37) the agreement's second telling names the other party only: no party is shared, none clashes
    evs = _events(
        "وقع الرئيس اليمني اتفاقا في الرياض. وأشاد الأمين العام للأمم المتحدة بالاتفاق مع الحوثيين."
    )
    agree = [e for e in evs if e.type == "AGREE"]
    assert len(agree) == 1 and [m.trigger.text for m in agree[0].mentions][1] == "الاتفاق"
    assert agree[0].target is not None  # the party of the second telling fills the first's gap


def test_a_sentence_passed_after_an_arrest_is_no_second_telling_of_the_arrest():
    evs = _events("ألقت الشرطة القبض على الجاني في جدة الشهر الماضي. وصدر الحكم عليه بالسجن عشر سنوات أمس.")
    coerce = [e for e in evs if e.type == "COERCE"]
    assert [e.mode for e in coerce] == ["arrest", None] and all(len(e.mentions) == 1 for e in coerce)


def test_a_crime_or_incident_noun_is_a_further_telling_of_the_attack_before_it():
    evs = _events(
        "قتل مسلحون ثلاثة جنود في هجوم على حاجز عسكري. وأكد المتحدث أن هذه الجريمة لن تمر دون عقاب."
    )
    attack = [e for e in evs if e.type == "ASSAULT"]
    assert len(attack) == 1 and "الجريمة" in [m.trigger.text for m in attack[0].mentions]
    assert attack[0].mentions[-1].start > attack[0].mentions[0].start  # the second sentence's telling
    # no attack told before it: «الحادث» (a road accident here) is no telling of the meeting before it
    evs = _events("التقى وزير الخارجية نظيره الفرنسي في الرياض أمس. ووقع الحادث على طريق المطار بعد اللقاء.")
    meeting = [e for e in evs if e.type == "CONSULT"]
    assert meeting and all("الحادث" not in [m.trigger.text for m in e.mentions if m.trigger] for e in evs)
    assert not any(e.type == "ASSAULT" for e in evs)


def test_link_recall_over_all_mentions_counts_a_missed_mention_as_unlinked():
    rows = [("h1", "a", 0, 0), ("h1", "b", 5, 0), ("h1", "c", 9, None)]
    s = C.score_assignments([rows])
    assert s["link_recall"] == 1.0 and s["link_recall_all_mentions"] == round(1 / 3, 4)
