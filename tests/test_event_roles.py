"""The participants scorer (`khabar eval events --participants`, khabar/eval/event_roles.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.document import Document, Entity, Event, Mention, Span, TextSpan
from khabar.eval import event_roles as R

TEXT_A = "وقال المتحدث إن قوات الأمن اعتقلت ثلاثة مسلحين في المدينة أمس."
TEXT_B = "واستقبل وزير الخارجية السفير الفرنسي في مكتبه."


def _write(tmp_path: Path, roles: list[dict]) -> tuple[Path, Path]:
    items = [
        {"id": "x-1", "lang": "ar", "text": TEXT_A, "trigger": "اعتقلت", "trigger_start": TEXT_A.index("اعتقلت"),
         "type": "COERCE", "polarity": "positive", "modality": "reported", "split": "devx"},
        {"id": "x-2", "lang": "ar", "text": TEXT_B, "trigger": "استقبل", "trigger_start": TEXT_B.index("استقبل"),
         "type": "CONSULT", "polarity": "positive", "modality": "asserted", "split": "devx"},
    ]  # fmt: skip
    fi, fr = tmp_path / "factuality_devx.jsonl", tmp_path / "participants_devx.jsonl"
    fi.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
    fr.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in roles), encoding="utf-8")
    return fi, fr


def _entity(eid: str, text: str, doc_text: str) -> Entity:
    s = doc_text.index(text)
    return Entity(id=eid, type="ORG", name=text, mentions=[Mention(start=s, end=s + len(text), text=text)])


def _event(text: str, trigger: str, actor: str | None, target: str | None) -> Event:
    s = text.index(trigger)
    return Event(
        id="v1", type="COERCE", actor=actor, target=target, evidence=Span(start=0, end=len(text)),
        trigger=TextSpan(start=s, end=s + len(trigger), text=trigger),
    )  # fmt: skip


def _fake_runner(docs: dict[str, Document]):
    def make_runner(stages=None, options=None):
        return lambda text, lang, published=None: docs[text]

    return make_runner


def test_role_match_needs_every_word_of_one_side():
    assert R.role_match(["كارتر"], ["وزير الدفاع الأمريكي اشتون كارتر"])
    assert R.role_match(["الرئيس باراك أوباما"], ["أوباما"])
    assert R.role_match(["والشرطة"], ["الشرطة"])  # a proclitic and the article are not words of their own
    assert not R.role_match(["وزير الخارجية"], ["وزير الدفاع"])
    assert R.role_match_any_word(["وزير الخارجية"], ["وزير الدفاع"])  # the looser plover-ar rule
    assert not R.role_match([], ["الشرطة"])


def test_eval_roles_counts_right_wrong_missing_and_spurious(tmp_path, monkeypatch):
    fi, fr = _write(
        tmp_path,
        [
            {"id": "x-1", "actor": ["قوات الأمن"], "target": ["ثلاثة مسلحين", "مسلحين"]},
            {"id": "x-2", "actor": ["وزير الخارجية"], "target": []},
        ],
    )
    doc_a = Document(id="a", text=TEXT_A, language="ar")
    doc_a.entities = [_entity("e1", "قوات الأمن", TEXT_A), _entity("e2", "المتحدث", TEXT_A)]
    doc_a.events = [_event(TEXT_A, "اعتقلت", "e1", "e2")]  # actor right, target wrong
    doc_b = Document(id="b", text=TEXT_B, language="ar")
    doc_b.entities = [_entity("e1", "السفير الفرنسي", TEXT_B)]
    doc_b.events = [_event(TEXT_B, "استقبل", None, "e1")]  # actor missing, a target the gold does not have
    import khabar.eval.events as E

    monkeypatch.setattr(E, "make_runner", _fake_runner({TEXT_A: doc_a, TEXT_B: doc_b}))
    out = R.eval_roles("devx", path=fr, items_path=fi, errors=True)
    assert (out["items"], out["found"]) == (2, 2)
    assert out["actor"] == {
        "gold": 2, "match": 0.5, "match_found": 0.5, "match_found_any_word": 0.5,
        "wrong": 0, "missing": 1, "spurious": 0, "spurious_rate": 0.0,
    }  # fmt: skip
    assert out["target"]["gold"] == 1 and out["target"]["wrong"] == 1 and out["target"]["match"] == 0.0
    assert out["target"]["spurious"] == 1 and out["target"]["spurious_rate"] == 1.0
    assert out["both_right_found"] == 0.0
    assert [e["verdict"] for e in out["errors"]] == [
        {"actor": "ok", "target": "wrong"},
        {"actor": "missing", "target": "spurious"},
    ]


def test_eval_roles_missed_event_counts_against_match_and_held_out_is_not_itemised(tmp_path, monkeypatch):
    fi, fr = _write(
        tmp_path,
        [{"id": "x-1", "actor": ["قوات الأمن"], "target": []}, {"id": "x-2", "actor": [], "target": []}],
    )
    doc_a = Document(id="a", text=TEXT_A, language="ar")
    doc_a.entities = [_entity("e1", "قوات الأمن", TEXT_A)]
    doc_a.events = [_event(TEXT_A, "اعتقلت", "e1", None)]
    doc_b = Document(id="b", text=TEXT_B, language="ar")  # no event: the gold one is missed
    import khabar.eval.events as E

    monkeypatch.setattr(E, "make_runner", _fake_runner({TEXT_A: doc_a, TEXT_B: doc_b}))
    out = R.eval_roles("devx", path=fr, items_path=fi, errors=True)
    assert out["found"] == 1 and out["actor"]["match"] == 1.0 and out["both_right_found"] == 1.0
    assert out["errors"] == []
    monkeypatch.setattr(R, "HELD_OUT", frozenset({"devx"}))
    assert "errors" not in R.eval_roles("devx", path=fr, items_path=fi, errors=True)


def test_load_refuses_role_text_not_in_the_sentence_and_missing_items(tmp_path):
    fi, fr = _write(tmp_path, [{"id": "x-1", "actor": ["الجيش"], "target": []}])
    with pytest.raises(ValueError, match="not in the text"):
        R.load("devx", fr, fi)
    fi, fr = _write(tmp_path, [{"id": "x-1", "actor": [], "target": []}])
    with pytest.raises(ValueError, match="no roles for item x-2"):
        R.load("devx", fr, fi)
    with pytest.raises(ValueError, match="does not exist"):
        R.load("devx", tmp_path / "nothing.jsonl", fi)


def test_presentation_forms_match_their_letters():
    assert R.role_match(["الشرطة"], ["\ufe8d\ufedf\ufeb8\ufeae\ufec3\ufe94"])  # «الشرطة» in contextual glyphs


@pytest.mark.parametrize("split", ["dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"])
def test_participants_gold_files_are_well_formed(split):
    """Each file has one line per factuality item, every role text stands in its sentence (``load`` checks),
    and most events name a party: the annotators filled every item."""
    items = R.load(split)
    assert len(items) >= 100
    assert sum(bool(x["actor"]) for x in items) >= 0.5 * len(items)
    assert sum(bool(x["target"]) for x in items) >= 0.5 * len(items)
    assert all(isinstance(t, str) and t.strip() for x in items for r in R.ROLES for t in x[r])


TEXT_C = "قالت الشرطة الثلاثاء إنها اعتقلت أمس ثلاثة مسلحين في حي الميدان بدمشق."


def test_eval_setting_scores_the_events_own_place_and_date(tmp_path, monkeypatch):
    from datetime import date

    from khabar.document import Time

    items = [
        {"id": "y-1", "lang": "ar", "text": TEXT_C, "trigger": "اعتقلت", "trigger_start": TEXT_C.index("اعتقلت"),
         "type": "COERCE", "polarity": "positive", "modality": "reported", "split": "devy"},
    ]  # fmt: skip
    fi, fs = tmp_path / "factuality_devy.jsonl", tmp_path / "setting_devy.jsonl"
    fi.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
    fs.write_text(json.dumps({"id": "y-1", "place": ["حي الميدان", "دمشق"], "time": ["أمس"]}) + "\n")
    seen: list[date | None] = []

    def doc_with(event_date: str, place: str) -> Document:
        d = Document(id="c", text=TEXT_C, language="ar")
        d.entities = [_entity("e1", place, TEXT_C)]
        d.times = [
            Time(
                start=TEXT_C.index("الثلاثاء"),
                end=TEXT_C.index("الثلاثاء") + 8,
                text="الثلاثاء",
                value="2015-08-04",
            ),
            Time(start=TEXT_C.index("أمس"), end=TEXT_C.index("أمس") + 3, text="أمس", value="2015-08-09"),
        ]
        ev = _event(TEXT_C, "اعتقلت", None, None)
        ev.place, ev.place_source, ev.date, ev.date_source = "e1", "sentence", event_date, "sentence"
        d.events = [ev]
        return d

    import khabar.eval.events as E

    def runner(doc: Document):
        def make_runner(stages=None, options=None):
            def run(text, lang, published=None):
                seen.append(published)
                return doc

            return run

        return make_runner

    # the statement's date and the speaker's city: both wrong
    monkeypatch.setattr(E, "make_runner", runner(doc_with("2015-08-04", "الشرطة")))
    out = R.eval_setting("devy", path=fs, items_path=fi, errors=True)
    assert seen == [R.PUBLISHED]
    assert out["time"]["wrong"] == 1 and out["time"]["match"] == 0.0 and out["place"]["wrong"] == 1
    assert out["errors"][0]["gold_time_values"] == ["2015-08-09"]
    # the arrest's own date and place «دمشق» (the gold lists the quarter and its city)
    monkeypatch.setattr(E, "make_runner", runner(doc_with("2015-08-09", "دمشق")))
    out = R.eval_setting("devy", path=fs, items_path=fi, errors=True)
    assert out["time"]["match"] == 1.0 and out["place"]["match"] == 1.0 and out["both_right_found"] == 1.0
    assert out["time"]["unresolved"] == 0 and out["errors"] == []


@pytest.mark.parametrize("split", ["dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"])
def test_setting_gold_files_are_well_formed(split):
    """One line per factuality item, every place and time text stands in its sentence (``load_setting`` checks);
    places are named in a sixth of the sentences or more, times in one in twelve or more (dev4's English court and
    politics news names fewest: 20 places and 9 times of 104)."""
    items = R.load_setting(split)
    assert len(items) >= 100
    assert sum(bool(x["place"]) for x in items) >= len(items) / 6
    assert sum(bool(x["time"]) for x in items) >= len(items) / 12
    assert all(isinstance(t, str) and t.strip() for x in items for r in R.SETTING for t in x[r])
