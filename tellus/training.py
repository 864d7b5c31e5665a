"""Trains the Rasa model only when its inputs changed, judged by a content hash.

Rasa has its own fingerprinting, but asking it means importing TensorFlow (many seconds); hashing
the files here keeps a repeated `make run` fast.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from tellus.config import PROJECT_ROOT, Settings

BOT = PROJECT_ROOT / "bot"
# Everything that changes what `rasa train` produces: the pipeline (with our own components),
# the domain and the training data.
TRAINING_INPUTS = (BOT / "config.yml", BOT / "domain.yml", BOT / "data", BOT / "components")


class TrainingFailed(RuntimeError):
    pass


def _input_files() -> list[Path]:
    files: list[Path] = []
    for item in TRAINING_INPUTS:
        if item.is_dir():
            files.extend(p for p in item.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        elif item.exists():
            files.append(item)
    return sorted(files)


def inputs_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in _input_files():
        digest.update(str(path.relative_to(PROJECT_ROOT)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def model_path(settings: Settings) -> Path:
    return settings.models_dir / f"tellus-{inputs_fingerprint()}.tar.gz"


def rasa_environment(settings: Settings) -> dict[str, str]:
    """What every Rasa process needs: no telemetry (no third-party requests), caches under var/."""
    env = {**os.environ, **settings.environment()}
    env.update(
        {
            "RASA_TELEMETRY_ENABLED": "false",
            "RASA_CACHE_DIRECTORY": str(settings.var_dir / "rasa-cache"),
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        }
    )
    return env


def train_if_stale(settings: Settings) -> Path:
    target = model_path(settings)
    if target.exists():
        print(f"==> Rasa model is up to date ({target.name})")
        return target
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    print(f"==> Training the Rasa model ({target.name}); this takes a minute or two")
    started = time.monotonic()
    trained = subprocess.run(
        [
            sys.executable,
            "-m",
            "rasa",
            "train",
            "--config",
            str(BOT / "config.yml"),
            "--domain",
            str(BOT / "domain.yml"),
            "--data",
            str(BOT / "data"),
            "--out",
            str(settings.models_dir),
            "--fixed-model-name",
            target.name.removesuffix(".tar.gz"),
        ],
        check=False,
        cwd=PROJECT_ROOT,
        env=rasa_environment(settings),
    )
    if trained.returncode != 0:
        raise TrainingFailed(
            "Rasa could not train the model; its message is above (often a rule or story that "
            "contradicts another, or a name missing from bot/domain.yml)."
        )
    print(f"==> Model trained in {time.monotonic() - started:.0f} s")
    for stale in settings.models_dir.glob("tellus-*.tar.gz"):
        if stale != target:
            stale.unlink()
    return target
