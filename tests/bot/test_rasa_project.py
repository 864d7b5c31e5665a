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


def _utterances_sent_from_code() -> set[str]:
    """Responses a form asks for itself (utter_ask_*) or that custom actions send by name."""
    code = "\n".join(p.read_text() for p in (BOT / "actions").rglob("*.py"))
    return set(re.findall(r"\"(utter_[a-z_]+)\"", code))


def test_rasa_data_validate_finds_nothing_wrong() -> None:
    result = _rasa(
        "data", "validate", "--domain", str(BOT / "domain.yml"), "--data", str(BOT / "data"),
        "--config", str(BOT / "config.yml"),
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Rasa cannot see responses used by forms and actions; every other warning is a real problem.
    unused = set(re.findall(r"The utterance '(utter_[a-z_]+)' is not used", output))
    unexplained = {u for u in unused if not u.startswith("utter_ask_")} - _utterances_sent_from_code()
    assert not unexplained, f"responses nobody sends: {sorted(unexplained)}"
    other_warnings = [
        line for line in output.splitlines()
        if "UserWarning" in line and "is not used in any story or rule" not in line
    ]
    assert not other_warnings, "\n".join(other_warnings)


@pytest.fixture(scope="module")
def model() -> Path:
    return train_if_stale(load_settings())


def test_conversation_stories_pass(model: Path, tmp_path: Path) -> None:
    result = _rasa(
        "test", "core", "--stories", str(BOT / "tests"), "--model", str(model),
        "--out", str(tmp_path), "--fail-on-prediction-errors",
    )
    failed = (tmp_path / "failed_test_stories.yml").read_text()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "None of the test stories failed" in failed, failed
