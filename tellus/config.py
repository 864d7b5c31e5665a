"""The one place that reads the environment (CONTRACT §1).

Every other module receives a `Settings` object instead of calling `os.environ`, so each
variable is named exactly once and a missing production secret fails loudly here.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


# Quick exit lands on a page that gives nothing away to someone looking over a shoulder.
DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather"
DEFAULT_BODY_COLOUR = "#0b5394"


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
    # Where the web app listens: loopback unless a reverse proxy on another host needs it.
    web_host: str = "127.0.0.1"
    # How many reverse proxies in front set X-Forwarded-For: 0 trusts none. Rate limits and the
    # audit log need each person's own address, not the proxy's.
    proxy_hops: int = 0
    rasa_port: int = 5005
    actions_port: int = 5055
    rasa_token: str = ""
    body_name: str = "Tell Us"
    public_url: str = "http://127.0.0.1:8000"
    smtp_url: str | None = None
    mail_from: str = "tellus@localhost"
    safeguarding_emails: tuple[str, ...] = ()
    # Text messages to complainants who chose them: a JSON gateway (handoff.channels.SmsChannel).
    sms_url: str | None = None
    sms_token: str | None = None
    sms_from: str | None = None
    staffed_hours: tuple[int, int] = (9, 17)
    # How long a closed complaint keeps its personal data (`tellus purge`); 5 years by default,
    # a common retention period for complaint records in Scottish public bodies.
    retention_days: int = 5 * 365
    # Theming and quick exit (the chat page): a body re-brands Tell Us without code changes.
    exit_url: str = DEFAULT_EXIT_URL
    body_colour: str = DEFAULT_BODY_COLOUR
    logo_url: str | None = None

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
            "TELLUS_PUBLIC_URL": self.public_url,
            "TELLUS_MAIL_FROM": self.mail_from,
            "TELLUS_SAFEGUARDING_EMAIL": ",".join(self.safeguarding_emails),
            "TELLUS_STAFFED_HOURS": "{:02d}:00-{:02d}:00".format(*self.staffed_hours),
            "TELLUS_RETENTION_DAYS": str(self.retention_days),
            "TELLUS_EXIT_URL": self.exit_url,
            "TELLUS_BODY_COLOUR": self.body_colour,
            "RASA_REPLICAS": str(self.rasa_replicas),
            "PORT": str(self.web_port),
            "TELLUS_WEB_HOST": self.web_host,
            "TELLUS_PROXY_HOPS": str(self.proxy_hops),
            "RASA_PORT": str(self.rasa_port),
            "ACTIONS_PORT": str(self.actions_port),
        }
        if self.redis_url:
            env["REDIS_URL"] = self.redis_url
        if self.smtp_url:
            env["TELLUS_SMTP_URL"] = self.smtp_url
        if self.logo_url:
            env["TELLUS_LOGO_URL"] = self.logo_url
        if self.sms_url:
            env["TELLUS_SMS_URL"] = self.sms_url
        if self.sms_token:
            env["TELLUS_SMS_TOKEN"] = self.sms_token
        if self.sms_from:
            env["TELLUS_SMS_FROM"] = self.sms_from
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


def _proxy_hops(environ: dict[str, str]) -> int:
    hops = _int(environ, "TELLUS_PROXY_HOPS", 0)
    if not 0 <= hops <= 5:
        raise ConfigError("TELLUS_PROXY_HOPS must be between 0 and 5")
    return hops


def _retention_days(environ: dict[str, str]) -> int:
    days = _int(environ, "TELLUS_RETENTION_DAYS", 5 * 365)
    if days < 1:
        raise ConfigError("TELLUS_RETENTION_DAYS must be at least 1")
    return days


def _staffed_hours(raw: str | None) -> tuple[int, int]:
    """`09:00-17:00`: whole hours in Scottish local time on working days."""
    if not raw:
        return (9, 17)
    match = re.fullmatch(r"(\d{1,2}):00-(\d{1,2}):00", raw.strip())
    if not match or not 0 <= int(match[1]) < int(match[2]) <= 24:
        raise ConfigError(f"TELLUS_STAFFED_HOURS must look like 09:00-17:00, not {raw!r}")
    return (int(match[1]), int(match[2]))


def _exit_url(raw: str | None) -> str:
    """An absolute http(s) address: the browser is sent there with `location.replace`."""
    if not raw:
        return DEFAULT_EXIT_URL
    if not re.fullmatch(r"https?://[^\s/?#]+[^\s]*", raw.strip()):
        raise ConfigError(f"TELLUS_EXIT_URL must be an http:// or https:// address, not {raw!r}")
    return raw.strip()


def _body_colour(raw: str | None) -> str:
    """`#rrggbb`; the chat page picks black or white text on it, whichever reads better."""
    if not raw:
        return DEFAULT_BODY_COLOUR
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", raw.strip()):
        raise ConfigError(f"TELLUS_BODY_COLOUR must look like #0b5394, not {raw!r}")
    return raw.strip().lower()


def _logo_url(raw: str | None) -> str | None:
    """A path on this site (`/static/...`): no third-party request is ever made for a logo."""
    if not raw:
        return None
    if not re.fullmatch(r"/(?!/)[^\s\\]*", raw.strip()):
        raise ConfigError(
            f"TELLUS_LOGO_URL must be a path on this site such as /static/logo.svg, not {raw!r}"
        )
    return raw.strip()


def _sms_url(raw: str | None) -> str | None:
    """The text message gateway's address; unset means no text messages are sent."""
    if not raw:
        return None
    if not re.fullmatch(r"https?://[^\s/?#]+[^\s]*", raw.strip()):
        raise ConfigError(f"TELLUS_SMS_URL must be an http:// or https:// address, not {raw!r}")
    return raw.strip()


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
        web_host=environ.get("TELLUS_WEB_HOST") or "127.0.0.1",
        proxy_hops=_proxy_hops(environ),
        rasa_port=_int(environ, "RASA_PORT", 5005),
        actions_port=_int(environ, "ACTIONS_PORT", 5055),
        rasa_token=secret("TELLUS_RASA_TOKEN", "rasa_token"),
        body_name=environ.get("TELLUS_BODY_NAME") or "Tell Us",
        public_url=(
            environ.get("TELLUS_PUBLIC_URL") or f"http://127.0.0.1:{_int(environ, 'PORT', 8000)}"
        ).rstrip("/"),
        smtp_url=environ.get("TELLUS_SMTP_URL") or None,
        mail_from=environ.get("TELLUS_MAIL_FROM") or "tellus@localhost",
        safeguarding_emails=tuple(
            address.strip()
            for address in (environ.get("TELLUS_SAFEGUARDING_EMAIL") or "").split(",")
            if address.strip()
        ),
        staffed_hours=_staffed_hours(environ.get("TELLUS_STAFFED_HOURS")),
        retention_days=_retention_days(environ),
        exit_url=_exit_url(environ.get("TELLUS_EXIT_URL")),
        body_colour=_body_colour(environ.get("TELLUS_BODY_COLOUR")),
        logo_url=_logo_url(environ.get("TELLUS_LOGO_URL")),
        sms_url=_sms_url(environ.get("TELLUS_SMS_URL")),
        sms_token=environ.get("TELLUS_SMS_TOKEN") or None,
        sms_from=environ.get("TELLUS_SMS_FROM") or None,
    )
