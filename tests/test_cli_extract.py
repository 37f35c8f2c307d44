"""``khabar extract``, ``schema`` and ``stages`` through typer's CliRunner and a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli import get_app

AR = "قال المتحدث باسم الوزارة إن الاجتماع انتهى دون اتفاق، وأضاف أن المحادثات ستستأنف الأسبوع المقبل."
LIGHT = ["--disable", "entities,link,times,amounts,quotes,events"]


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:  # click >= 8.2 keeps stderr apart by default
        return CliRunner()


def run(runner: CliRunner, *args: str, input: bytes | None = None):  # noqa: A002
    return runner.invoke(get_app(), list(args), input=input, catch_exceptions=False)


def test_extract_one_text_file_prints_the_document(runner: CliRunner, tmp_path: Path) -> None:
    p = tmp_path / "article.txt"
    p.write_text(AR + "\nمشاركة :\n")
    res = run(runner, "extract", str(p), "--published", "2023-09-16", *LIGHT)
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["text"] == AR and doc["published"] == "2023-09-16" and doc["language"] == "ar"
    assert doc["schema"] == "1.1"
    assert res.stdout.startswith("{\n")  # indented JSON by default


def test_extract_batch_errors_summary_and_exit_code(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(AR)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"content": AR, "date": "2023-02-30"})
        + "\n"
        + json.dumps({"content": "نص.", "date": "2023-01-01"})
        + "\n"
    )
    res = run(runner, "extract", str(tmp_path), "--format", "jsonl", "--no-progress", *LIGHT)
    assert res.exit_code == 1
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(x)["id"] for x in lines)
    err = res.stderr.splitlines()
    assert f"error {tmp_path}/empty.txt: empty file" in err
    assert any(x.startswith(f"error {tmp_path}/pic.png: binary file (PNG image)") for x in err)
    assert any(x.startswith(f"error {tmp_path}/b.jsonl:1: invalid date '2023-02-30'") for x in err)
    assert err[-1] == "2 document(s) written, 3 input(s) failed"


def test_extract_progress_bar_goes_to_stderr_only(runner: CliRunner, tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"{AR} {i}")
    res = run(runner, "extract", str(tmp_path), "--format", "jsonl", *LIGHT)
    assert res.exit_code == 0
    assert len(res.stdout.strip().splitlines()) == 3  # stdout stays pure JSONL
    assert "3/3" in res.stderr and "3 docs, 0 errors" in res.stderr


def test_extract_field_option_and_stdin(runner: CliRunner) -> None:
    rec = json.dumps({"body": AR, "pub": "2020-05-06", "headline": "عنوان"}, ensure_ascii=False)
    res = run(
        runner, "extract", "-", "--field", "text=body", "--field", "published=pub", "--format", "jsonl",
        *LIGHT, input=(rec + "\n").encode(),
    )  # fmt: skip
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["text"] == AR and doc["published"] == "2020-05-06" and doc["title"] == "عنوان"
    bad = run(runner, "extract", "-", "--field", "txt=body", input=b"x")
    assert bad.exit_code == 2 and "--field" in bad.stderr


def test_extract_rejects_bad_options(runner: CliRunner, tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(AR)
    assert run(runner, "extract", str(p), "--published", "16/09/2023").exit_code == 2
    res = run(runner, "extract", str(p), "--published", "3023-01-01")
    assert res.exit_code == 2 and "implausible" in res.stderr
    assert run(runner, "extract", str(p), "--format", "xml").exit_code == 2
    assert run(runner, "extract", str(p), "--input-format", "pdf").exit_code == 2


def test_schema_and_stages(runner: CliRunner) -> None:
    res = run(runner, "schema")
    assert res.exit_code == 0 and json.loads(res.stdout)["title"] == "khabar article document"
    res = run(runner, "stages")
    assert res.stdout.split()[:2] == ["language", "entities"]


def test_subprocess_exit_code_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    cmd = [
        sys.executable,
        "-m",
        "khabar.cli",
        "extract",
        "-",
        str(tmp_path / "empty.txt"),
        "--format",
        "jsonl",
        *LIGHT,
    ]
    proc = subprocess.run(cmd, input=AR.encode("cp1256"), capture_output=True, timeout=120)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["text"] == AR  # cp1256 on stdin, detected
    assert f"error {tmp_path}/empty.txt: empty file" in proc.stderr.decode()


def test_eval_html_command_prints_both_extractors(runner: CliRunner, shared_data) -> None:
    bench = shared_data / "html" / "article-extraction-benchmark"
    res = run(runner, "eval", "html", "--bench", str(bench), "--limit", "3")
    assert res.exit_code == 0, res.stderr
    assert "khabar" in res.stdout and "trafilatura default" in res.stdout
