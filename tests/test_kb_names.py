"""Names the tokenizer learns from the KB, and the gold sets/scorers of the KB evaluations."""

from __future__ import annotations

import json
import time
from pathlib import Path

from khabar.eval.geo import SETS, haversine, load
from khabar.eval.link import GOLD_DIR, load_gold
from khabar.kb.names import known_name_tokens
from khabar.kb.translit import Transliterator, evaluate, read_pairs, skeleton
from khabar.text.normalize import normalize
from khabar.text.tokenize import proclitic_split


def test_known_name_tokens_are_normalized_single_words_and_cached() -> None:
    t0 = time.perf_counter()
    names = known_name_tokens()
    assert time.perf_counter() - t0 < 5
    assert isinstance(names, frozenset)
    assert {"بوتين", "موسكو", "بيسكوف", "يونهاب"} <= names
    assert all(" " not in n and n == normalize(n) for n in names)
    assert known_name_tokens() is names


def test_tokenizer_splits_proclitics_off_kb_names() -> None:
    known = known_name_tokens().__contains__
    assert proclitic_split("لبيسكوف", known) == 1
    assert proclitic_split("وبيسكوف", known) == 1
    assert proclitic_split("بيسكوف", known) == 0


def test_transliteration_model_learns_from_wikidata_pairs(shared_data: Path) -> None:
    d = shared_data / "gazetteers" / "wikidata-translit"
    model = Transliterator.learn(read_pairs(d / "wd_arabic_80")[:5000], iterations=3)
    held_out = read_pairs(d / "wd_arabic_20")[:500]
    scores = evaluate(model, held_out)
    assert scores["skeleton_ratio>=0.8"] > 0.7, scores
    assert model.similarity("Putin", "بوتين") >= 0.75 > model.similarity("Putin", "ميركل")
    assert skeleton(model.transliterate("Vladimir")) == skeleton("فلاديمير")
    restored = Transliterator.from_json(model.to_json())
    assert restored.transliterate("Vladimir") == model.transliterate("Vladimir")


def test_link_gold_set_is_well_formed() -> None:
    items = load_gold(GOLD_DIR)
    assert len(items) >= 300
    assert {it["split"] for it in items} == {"dev", "test"}
    assert len({it["id"] for it in items}) == len(items)
    for it in items:
        s = it["start"]
        assert it["sentence"][s : s + len(it["mention"])] == it["mention"]
        assert it["nil"] or it["qid"] or it["geonames"]
        assert not (it["nil"] and (it["qid"] or it["geonames"]))
    assert sum(it["nil"] for it in items) >= 20
    raw = (GOLD_DIR / "saudinewsnet-link.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["url"].startswith("http") for line in raw)


def test_geoparsing_gold_sets_load(shared_data: Path) -> None:
    counts = {}
    for name in SETS:
        arts = load(name, shared_data)
        counts[name] = sum(len(a.toponyms) for a in arts)
        for a in arts[:20]:
            for t in a.toponyms:
                assert -90 <= t.lat <= 90 and -180 <= t.lon <= 180
    assert counts == {"lgl": 4462, "gwn": 2401, "trnews": 1275}
    assert abs(haversine(48.8566, 2.3522, 51.5074, -0.1278) - 344) < 5  # Paris-London
