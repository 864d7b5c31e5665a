"""`python -m handoff.safeguarding`: screen JSON lines from stdin, one JSON line out per line in.

In:  {"id": ..., "text": "...", "lang": "en"}     (lang optional: every language is screened anyway)
Out: {"id": ..., "flagged": true, "severity": "high", "categories": ["suicide"]}

A line that is not a JSON object with a string "text" gets {"id": <id if readable>, "error": "..."}
in its place, and the command carries on. Blank lines are skipped, as JSON-lines tools do.
Add --spans to include the matched spans.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any, TextIO

from . import screen

# Best effort to recover the id from a line that is not valid JSON, so the caller can match it.
_ID_IN_BROKEN_LINE = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)')


def screen_line(line: str, *, with_spans: bool = False) -> dict[str, Any]:
    """The output object for one input line."""
    try:
        item = json.loads(line.lstrip("\ufeff"))
    except ValueError as error:
        return {"id": _recover_id(line), "error": f"not valid JSON: {error}"}
    if not isinstance(item, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    identifier = item.get("id")
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": identifier, "error": 'missing or non-string "text"'}
    lang = item.get("lang")
    result = screen(text, lang if isinstance(lang, str) and lang else "auto")
    return {"id": identifier, **result.as_dict(with_spans=with_spans)}


def _recover_id(line: str) -> Any:
    found = _ID_IN_BROKEN_LINE.search(line)
    if found is None:
        return None
    try:
        return json.loads(found.group(1))
    except ValueError:
        return None


def run(stdin: TextIO, stdout: TextIO, *, with_spans: bool = False) -> None:
    for line in stdin:
        if not line.strip():
            continue
        # ASCII-escaped output is valid JSON even when the input held lone surrogates.
        stdout.write(json.dumps(screen_line(line, with_spans=with_spans)) + "\n")
        stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spans", action="store_true", help="include matched spans in the output")
    arguments = parser.parse_args(argv)
    # Undecodable bytes must not stop the stream: they become U+FFFD and the line is still screened.
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)
    run(stdin, sys.stdout, with_spans=arguments.spans)
    return 0


if __name__ == "__main__":
    sys.exit(main())
