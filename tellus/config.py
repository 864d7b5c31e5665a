"""The one place that reads the environment (CONTRACT §1).

Every other module receives a `Settings` object instead of calling `os.environ`, so each
variable is named exactly once and a missing production secret fails loudly here.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    var_dir: Path
    database_url: str
    secret_key: str
    data_key: str
    production: bool = False
    redis_url: str | None = None
    rasa_replicas: int = 1
    web_port: int = 8000
    rasa_port: int = 5005
    actions_port: int = 5055
    rasa_token: str = ""
    body_name: str = "Tell Us"

    @property
    def rasa_urls(self) -> list[str]:
        """One base URL per Rasa server; replicas take consecutive ports from RASA_PORT."""
        return [
            f"http://127.0.0.1:{self.rasa_port + offset}" for offset in range(self.rasa_replicas)
        ]

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_port}"

    @property
    def models_dir(self) -> Path:
        return self.var_dir / "models"

    def environment(self) -> dict[str, str]:
        """The variables that make a child process load these same settings."""
        env = {
            "TELLUS_ENV": "production" if self.production else "development",
            "TELLUS_VAR_DIR": str(self.var_dir),
            "DATABASE_URL": self.database_url,
            "TELLUS_SECRET_KEY": self.secret_key,
            "TELLUS_DATA_KEY": self.data_key,
            "TELLUS_RASA_TOKEN": self.rasa_token,
            "TELLUS_BODY_NAME": self.body_name,
            "RASA_REPLICAS": str(self.rasa_replicas),
            "PORT": str(self.web_port),
            "RASA_PORT": str(self.rasa_port),
            "ACTIONS_PORT": str(self.actions_port),
        }
        if self.redis_url:
            env["REDIS_URL"] = self.redis_url
        return env


def _int(environ: dict[str, str], name: str, default: int) -> int:
    raw = environ.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def _local_secret(var_dir: Path, name: str) -> str:
    """A secret generated once into var/ so local runs need no set-up; never used in production."""
    path = var_dir / "secrets" / name
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    path.write_text(value)
    path.chmod(0o600)
    return value


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    environ = dict(os.environ if environ is None else environ)
    var_dir = Path(environ.get("TELLUS_VAR_DIR") or PROJECT_ROOT / "var")
    production = environ.get("TELLUS_ENV", "development") == "production"

    def secret(name: str, file_name: str) -> str:
        value = environ.get(name)
        if value:
            return value
        if production:
            raise ConfigError(f"{name} must be set in production (TELLUS_ENV=production)")
        return _local_secret(var_dir, file_name)

    replicas = _int(environ, "RASA_REPLICAS", 1)
    redis_url = environ.get("REDIS_URL") or None
    if replicas < 1:
        raise ConfigError("RASA_REPLICAS must be at least 1")
    if replicas > 1 and not redis_url:
        raise ConfigError("RASA_REPLICAS above 1 needs REDIS_URL for Rasa's shared lock store")

    return Settings(
        var_dir=var_dir,
        database_url=environ.get("DATABASE_URL") or f"sqlite:///{var_dir / 'tellus.db'}",
        secret_key=secret("TELLUS_SECRET_KEY", "secret_key"),
        data_key=secret("TELLUS_DATA_KEY", "data_key"),
        production=production,
        redis_url=redis_url,
        rasa_replicas=replicas,
        web_port=_int(environ, "PORT", 8000),
        rasa_port=_int(environ, "RASA_PORT", 5005),
        actions_port=_int(environ, "ACTIONS_PORT", 5055),
        rasa_token=secret("TELLUS_RASA_TOKEN", "rasa_token"),
        body_name=environ.get("TELLUS_BODY_NAME") or "Tell Us",
    )
