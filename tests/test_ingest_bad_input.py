"""Bad input (issue 2 item 8): one clear error per bad input, the batch goes on."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from khabar.document import Document
from khabar.ingest import IngestError, read_inputs
from khabar.ingest.dates import parse_date
from khabar.ingest.formats import MAX_TEXT_BYTES

AR = "قال المتحدث باسم الوزارة إن الاجتماع انتهى دون اتفاق، وأضاف أن المحادثات ستستأنف الأسبوع المقبل."


def errors_by_input(items: list) -> dict[str, str]:
    return {e.input: e.message for e in items if isinstance(e, IngestError)}


def test_each_bad_input_gets_one_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n \t")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "noext").write_bytes(b"\x00\x01\x02\x03binary\x00" * 50)
    (tmp_path / "only-tags.html").write_text("<html><head><title>t</title></head><body><div>")
    (tmp_path / "good.txt").write_text(AR)
    (tmp_path / "boiler.txt").write_text("مشاركة :\nطباعة\n")
    (tmp_path / "broken.jsonl").write_text('{"text": "نص جيد."}\n{"text": \n[1, 2]\n')
    (tmp_path / "bad.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    errs = errors_by_input(items)
    docs = [d for d in items if isinstance(d, Document)]
    assert sorted(d.text for d in docs) == sorted([AR, "نص جيد."])
    p = str(tmp_path)
    assert errs[f"{p}/empty.txt"] == "empty file"
    assert errs[f"{p}/blank.txt"] == "empty file (only whitespace)"
    assert "PNG" in errs[f"{p}/image.png"]
    assert "binary" in errs[f"{p}/noext"]
    assert errs[f"{p}/only-tags.html"] == "no article text found in the HTML"
    assert errs[f"{p}/boiler.txt"] == "no text (empty after cleaning)"
    assert errs[f"{p}/broken.jsonl:2"].startswith("invalid JSON")
    assert errs[f"{p}/broken.jsonl:3"] == "a JSONL line must be an object"
    assert "gzip" in errs[f"{p}/bad.gz"]
    assert errs[f"{p}/missing.txt"] == "no such file or directory"
    for e in items:
        if isinstance(e, IngestError):
            assert "\n" not in str(e)


def test_gzip_cut_short_keeps_what_came_before(tmp_path: Path) -> None:
    import gzip

    rec = json.dumps({"text": AR}, ensure_ascii=False) + "\n"
    data = gzip.compress((rec * 2000).encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    items = list(read_inputs([str(p)]))
    docs = [d for d in items if isinstance(d, Document)]
    errs = errors_by_input(items)
    assert docs and len(docs) < 2000
    assert list(errs) == [str(p)] and errs[str(p)].startswith("read failed")


def test_50_mb_text_file_is_refused_quickly_without_loading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = (AR + "\n").encode()
    with open(big, "wb") as f:
        for _ in range(50_000_000 // len(line) + 1):
            f.write(line)
    assert big.stat().st_size > 50_000_000
    (tmp_path / "small.txt").write_text(AR)
    tracemalloc.start()
    items = list(read_inputs([str(big), str(tmp_path / "small.txt")]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 3 * MAX_TEXT_BYTES  # read up to the cap, the rest only counted
    msg = errors_by_input(items)[str(big)]
    assert msg.startswith("too large for one text article (50.0 MB > 4 MB limit)")
    assert [d.text for d in items if isinstance(d, Document)] == [AR]


def test_big_jsonl_is_streamed(tmp_path: Path) -> None:
    p = tmp_path / "many.jsonl"
    rec = json.dumps({"text": AR, "date": "2020-01-01"}, ensure_ascii=False)
    p.write_text((rec + "\n") * 3000)
    tracemalloc.start()
    n = 0
    for item in read_inputs([str(p)]):
        assert isinstance(item, Document)
        n += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == 3000 and peak < p.stat().st_size  # never the whole file in memory


def test_mixed_scripts_are_ingested_with_valid_offsets(tmp_path: Path) -> None:
    text = (
        "قال بوتين (Putin) في موسكو: «Мы готовы к переговорам» 我们 שלום 🇺🇦😀 "
        "\u200fالرئيس\u200e Zelensky-Зеленський و٢٠٢٣ ۱۴۰۲ e\u0301te\u0301"
    )
    p = tmp_path / "mixed.txt"
    p.write_text(text, encoding="utf-8")
    (doc,) = list(read_inputs([str(p)]))
    assert isinstance(doc, Document)
    assert "Мы готовы" in doc.text and "🇺🇦" in doc.text and "été" in doc.text  # NFC-composed
    for t in doc.layer.tokens:
        assert doc.text[t.start : t.end] == t.text
    assert doc.layer.language == "other"  # Cyrillic letters outnumber Arabic ones here


@pytest.mark.parametrize(
    "value",
    ["2023-02-30", "2023-13-01", "not a date", "yesterday", "0000-00-00", "3023-01-01", "1066-10-14", True],
)
def test_invalid_dates_raise_clear_errors(value: object) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-16", date(2023, 9, 16)),
        ("2015-07-21 02:51:32", date(2015, 7, 21)),
        ("2019-11-19T08:30:00Z", date(2019, 11, 19)),
        ("2019-11-19T08:30:00.123+03:00", date(2019, 11, 19)),
        ("Tue, 19 Nov 2019 08:30:00 GMT", date(2019, 11, 19)),
        ("16/09/2023", date(2023, 9, 16)),
        ("09/16/2023", date(2023, 9, 16)),
        ("2023/09/16", date(2023, 9, 16)),
        ("September 16, 2023", date(2023, 9, 16)),
        ("16 Sep 2023", date(2023, 9, 16)),
        ("٢٠٢٣-٠٩-١٦", date(2023, 9, 16)),
        ("16 سبتمبر 2023", date(2023, 9, 16)),
        ("السبت 16 أيلول 2023", date(2023, 9, 16)),
        ("16 أكتوبر (تشرين الأول) 2023", date(2023, 10, 16)),
        ("5 كانون الثاني 2020", date(2020, 1, 5)),
        (1694822400, date(2023, 9, 16)),
        (1694822400000, date(2023, 9, 16)),
        ("", None),
        (None, None),
    ],
)
def test_valid_dates(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_invalid_date_in_jsonl_fails_that_record_only(tmp_path: Path) -> None:
    p = tmp_path / "d.jsonl"
    p.write_text(
        json.dumps({"text": AR, "date": "2023-02-30"})
        + "\n"
        + json.dumps({"text": AR, "date": "2023-02-03"})
        + "\n"
    )
    items = list(read_inputs([str(p)]))
    assert errors_by_input(items) == {
        f"{p}:1": "invalid date '2023-02-30' (day is out of range for month) in field 'date'"
    }
    assert [d.published for d in items if isinstance(d, Document)] == [date(2023, 2, 3)]
