"""`python -m handoff.safeguarding`: JSON lines in, one JSON line out per line, never a crash."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_cli(stdin: bytes | str, *arguments: str) -> list[dict]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    completed = subprocess.run(
        [sys.executable, "-m", "handoff.safeguarding", *arguments],
        input=data,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    return [json.loads(line) for line in completed.stdout.decode().splitlines()]


def test_one_output_line_per_input_line_in_order() -> None:
    lines = [
        {"id": 1, "text": "ma da skelps me", "lang": "en"},
        {"id": "b", "text": "The bus was late again", "lang": "en"},
        {"id": 3, "text": "chcę się zabić", "lang": "pl"},
    ]
    output = run_cli("".join(json.dumps(line) + "\n" for line in lines))
    assert [row["id"] for row in output] == [1, "b", 3]
    assert output[0] == {
        "id": 1, "flagged": True, "severity": "high", "categories": ["physical_abuse"]
    }
    assert output[1] == {"id": "b", "flagged": False, "severity": "none", "categories": []}
    assert output[2]["categories"] == ["suicide"]


def test_missing_or_wrong_lang_still_screens_every_language() -> None:
    lines = [
        {"id": 1, "text": "I want to kill myself"},
        {"id": 2, "text": "I want to kill myself", "lang": "pl"},
        {"id": 3, "text": "tata mnie bije", "lang": "xx"},
    ]
    output = run_cli("".join(json.dumps(line) + "\n" for line in lines))
    assert [row["flagged"] for row in output] == [True, True, True]


def test_malformed_lines_get_an_error_line_and_the_stream_carries_on() -> None:
    stdin = "\n".join(
        [
            '{"id": 7, "text": "kms"',  # truncated JSON: the id is still recovered
            "not json at all",
            "[1, 2, 3]",
            '{"id": 9}',
            '{"id": 10, "text": 42}',
            "",  # blank lines are skipped
            '{"id": 11, "text": "I hate mondays"}',
        ]
    )
    output = run_cli(stdin + "\n")
    assert [row.get("id") for row in output] == [7, None, None, 9, 10, 11]
    assert all("error" in row for row in output[:5])
    assert output[5]["flagged"] is False


def test_bad_bytes_and_lone_surrogates_do_not_stop_the_stream() -> None:
    stdin = (
        b'\xff\xfe{"id": 1, "text": "hi"}\n'
        b'{"id": 2, "text": "\\ud800 i want to die"}\n'
        b'{"id": 3, "text": "caf\xc3\xa9 \xe2\x80\x8bkms"}\n'
    )
    output = run_cli(stdin)
    assert [row.get("id") for row in output] == [1, 2, 3]  # the id survives the bad bytes
    assert "error" in output[0]
    assert output[1]["flagged"] and output[2]["flagged"]


def test_spans_on_request() -> None:
    output = run_cli(json.dumps({"id": 1, "text": "ok. my dad hits me"}) + "\n", "--spans")
    span = output[0]["spans"][0]
    assert "ok. my dad hits me"[span["start"] : span["end"]] == span["text"]
