"""The output audit (eval/events/output_audit.py): which events it samples for reading and how it counts the
judgements."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "eval" / "events" / "output_audit.py"
_SPEC = importlib.util.spec_from_file_location("output_audit", _PATH)
assert _SPEC and _SPEC.loader
OA = importlib.util.module_from_spec(_SPEC)
sys.modules["output_audit"] = OA
_SPEC.loader.exec_module(OA)


def _row(sentence: str, trigger: str, modality: str, polarity: str = "positive", at: int = 100) -> dict:
    k = sentence.index(trigger)
    return {"start": at + k, "end": at + k + len(trigger), "trigger": trigger, "type": "CONSULT",
            "polarity": polarity, "modality": modality, "actor": None, "target": None, "place": None,
            "date": None, "sentence": sentence, "sentence_start": at}  # fmt: skip


def test_sample_keeps_the_label_and_a_cue_before_the_trigger_only() -> None:
    s1 = "قرر الوزير عقد اجتماع مع نظيره"
    s2 = "عقد الوزير اجتماعا ثم قرر السفر"
    arts = [
        ("http://a", [_row(s1, "اجتماع", "asserted"), _row(s1, "اجتماع", "planned")]),
        ("http://b", [_row(s2, "اجتماعا", "asserted")]),  # the cue قرر comes after the trigger
        ("http://c", [_row(s1, "اجتماع", "asserted", polarity="negative")]),
    ]
    out = OA.sample(arts, "positive/asserted", r"قرر", per_article=1, take=10, seed=3)
    assert [(r["url"], r["before"]) for r in out] == [("http://a", "قرر")]
    assert out[0]["judgement"] == ""
    assert len(OA.sample(arts, None, None, per_article=5, take=10, seed=3)) == 4
    assert len(OA.sample(arts, None, None, per_article=5, take=2, seed=3)) == 2


def test_score_counts_judgements_per_system_label(tmp_path: Path) -> None:
    s = "قرر الوزير عقد اجتماع مع نظيره"
    rows = OA.sample([(f"http://{i}", [_row(s, "اجتماع", "asserted")]) for i in range(3)], None, None, 1, 9, 1)
    for r, j in zip(rows, ("planned", "asserted", ""), strict=True):
        r["judgement"] = j
    path = tmp_path / "a.tsv"
    OA.write_tsv(rows, path)
    got = OA.score(path)
    assert got["events"] == 3 and got["judged"] == 2 and got["agree"] == 1
    assert got["judgements"] == {"positive/asserted": {"planned": 1, "asserted": 1}}


def test_rerun_gives_each_read_row_this_checkouts_label_and_marks_changes(tmp_path: Path, monkeypatch) -> None:
    s1 = "قرر الوزير عقد اجتماع مع نظيره"
    s2 = "عقد الوزير اجتماعا   مع نظيره"
    read = [
        {**_row(s1, "اجتماع", "asserted"), "url": "http://a", "judgement": "planned", "note": "n1"},
        {**_row(s2, "اجتماعا", "asserted"), "url": "http://b", "judgement": "asserted", "note": ""},
        {**_row(s2, "اجتماعا", "asserted"), "url": "http://c", "judgement": "none", "note": ""},
    ]
    path = tmp_path / "read.tsv"
    OA.write_tsv(read, path)  # the TSV collapses the sentence's spaces: the rerun matches on collapsed text
    now = {
        "http://a": [_row(s1, "اجتماع", "planned")],
        "http://b": [_row(s2, "اجتماعا", "asserted")],
        "http://c": [],  # the event is no longer output
    }
    asked: list[set[str]] = []
    monkeypatch.setattr(OA, "articles_by_url", lambda urls: asked.append(set(urls)) or [{"url": u} for u in urls])
    monkeypatch.setattr(OA, "run_articles", lambda arts: [(a["url"], now[a["url"]]) for a in arts])
    out = OA.rerun(OA.read_tsv(path))
    assert asked == [{"http://a", "http://b", "http://c"}]
    assert [(r["modality"], r["changed"], r["judgement"], r["note"]) for r in out] == [
        ("planned", "changed", "planned", "n1"),
        ("asserted", "", "asserted", ""),
        ("gone", "changed", "none", ""),
    ]
    after = tmp_path / "after.tsv"
    OA.write_tsv(out, after, OA.RERUN_COLUMNS)
    assert OA.score(after)["agree"] == 2


def test_rerun_of_a_firing_tsv_adds_the_events_fields_and_marks_what_moved(tmp_path: Path, monkeypatch) -> None:
    """A firing audit's TSV has its own columns (no polarity): `main rerun` keeps them, adds this checkout's event
    fields (`now`) and marks a row whose recorded after-value moved, or whose event is gone."""
    s1 = "قرر الوزير عقد اجتماع مع نظيره"
    path = tmp_path / "fire.tsv"
    header = "draw\turl\ttrigger\tchange\tjudgement\tsentence\n"
    path.write_text(
        header
        + f'p1\thttp://a\tاجتماع\t{{"modality": ["asserted", "planned"]}}\tright\t{s1}\n'
        + f'p1\thttp://b\tاجتماع\t{{"modality": ["asserted", "planned"]}}\tright\t{s1}\n'
        + f"p2\thttp://c\tاجتماع\tadded\twrong\t{s1}\n",
        encoding="utf-8",
    )
    now = {
        "http://a": [_row(s1, "اجتماع", "planned")],
        "http://b": [_row(s1, "اجتماع", "asserted")],  # the fix was undone
        "http://c": [],
    }
    monkeypatch.setattr(OA, "articles_by_url", lambda urls: [{"url": u} for u in urls])
    monkeypatch.setattr(OA, "run_articles", lambda arts: [(a["url"], now[a["url"]]) for a in arts])
    out = tmp_path / "after.tsv"
    assert OA.main(["rerun", str(path), "--out", str(out)]) == 0
    got = OA.read_tsv(out)
    assert list(got[0]) == ["draw", "url", "trigger", "change", "judgement", "sentence", "now", "changed"]
    assert [(r["url"], r["judgement"], r["changed"]) for r in got] == [
        ("http://a", "right", ""),
        ("http://b", "right", "changed"),
        ("http://c", "wrong", "changed"),
    ]
    assert '"modality": "planned"' in got[0]["now"] and got[2]["now"] == "gone"


def test_articles_by_url_cuts_and_dates_as_the_draw_does(tmp_path: Path) -> None:
    import gzip
    import json

    news = tmp_path / "news.jsonl.gz"
    recs = [
        {"url": "http://a", "content": "x" * (OA.CHARS + 10), "date_extracted": "2015-08-06 10:00"},
        {"url": "http://b", "content": "نص", "date_extracted": ""},
        {"url": "http://a", "content": "second copy", "date_extracted": ""},
        {"url": "http://c", "content": "", "date_extracted": ""},
    ]
    with gzip.open(news, "wt", encoding="utf-8") as f:
        f.write("\n".join(json.dumps(r) for r in recs))
    got = OA.articles_by_url({"http://a", "http://c", "http://z"}, news)
    assert got == [{"url": "http://a", "date": "2015-08-06", "text": "x" * OA.CHARS}]
