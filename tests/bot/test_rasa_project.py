"""Rasa's own checks, run as Rasa runs them: `rasa data validate` and the test stories."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tellus.config import PROJECT_ROOT, load_settings
from tellus.training import rasa_environment, train_if_stale

BOT = PROJECT_ROOT / "bot"


def _rasa(*args: str) -> subprocess.CompletedProcess:
    settings = load_settings()
    return subprocess.run(
        [sys.executable, "-m", "rasa", *args],
        cwd=PROJECT_ROOT,
        env=rasa_environment(settings),
        capture_output=True,
        text=True,
        timeout=600,
    )


def _actions_code() -> str:
    return "\n".join(p.read_text() for p in (BOT / "actions").rglob("*.py"))


def _sent_from_code(name: str, code: str) -> bool:
    """Rasa cannot see what forms and actions use: utter_ask_* (a form asks them itself), names
    quoted in the actions, names built from a quoted prefix (f"utter_explain_{slot}"), and
    intents the validators read."""
    if name.startswith("utter_ask_") or f'"{name}"' in code:
        return True
    prefixes = re.findall(r'f"(utter_[a-z_]+)\{', code)
    return any(name.startswith(prefix) for prefix in prefixes)


def test_rasa_data_validate_finds_nothing_wrong() -> None:
    result = _rasa(
        "data",
        "validate",
        "--domain",
        str(BOT / "domain.yml"),
        "--data",
        str(BOT / "data"),
        "--config",
        str(BOT / "config.yml"),
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Rasa cannot see what forms and actions use; every other warning is a real problem.
    code = _actions_code()
    unused = re.findall(r"The (?:utterance|intent) '([a-z_]+)' is not used", output)
    unexplained = sorted(name for name in unused if not _sent_from_code(name, code))
    assert not unexplained, f"responses or intents nothing uses: {unexplained}"
    other_warnings = [
        line
        for line in output.splitlines()
        if "UserWarning" in line and "is not used in any story or rule" not in line
    ]
    assert not other_warnings, "\n".join(other_warnings)


@pytest.fixture(scope="module")
def model() -> Path:
    return train_if_stale(load_settings())


def test_conversation_stories_pass(model: Path, tmp_path: Path) -> None:
    result = _rasa(
        "test",
        "core",
        "--stories",
        str(BOT / "tests"),
        "--model",
        str(model),
        "--out",
        str(tmp_path),
        "--fail-on-prediction-errors",
    )
    failed = (tmp_path / "failed_test_stories.yml").read_text()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "None of the test stories failed" in failed, failed
