"""Personal data encrypted at rest: names, contact details, what people wrote.

The key comes from TELLUS_DATA_KEY. It may list several keys separated by commas: the first
encrypts, every one decrypts, so a key can be rotated without a window where old rows are
unreadable. The engine carries the keyring (handoff.db.make_engine), so the column types below
encrypt and decrypt without any caller knowing.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Text, TypeDecorator

PREFIX = "enc1:"


class DataKeyError(RuntimeError):
    """No data key, or not the right one: refuse rather than store plainly or read garbage."""


class Keyring:
    def __init__(self, data_key: str) -> None:
        keys = [key.strip() for key in data_key.split(",") if key.strip()]
        if not keys:
            raise ValueError("TELLUS_DATA_KEY is empty")
        self._fernet = MultiFernet([Fernet(_fernet_key(key)) for key in keys])

    def encrypt(self, plaintext: str) -> str:
        return PREFIX + self._fernet.encrypt(plaintext.encode()).decode("ascii")

    def decrypt(self, stored: str) -> str:
        if not stored.startswith(PREFIX):
            raise ValueError("this value was not encrypted by Tell Us")
        try:
            return self._fernet.decrypt(stored[len(PREFIX) :].encode("ascii")).decode()
        except InvalidToken as error:
            raise DataKeyError("none of the data keys decrypts this value") from error


def _fernet_key(data_key: str) -> bytes:
    # Fernet wants 32 url-safe base64 bytes. The data key is a long random string (generated
    # into var/ locally, from the environment in production); SHA-256 maps it to that shape.
    return base64.urlsafe_b64encode(hashlib.sha256(data_key.encode()).digest())


def _keyring(dialect) -> Keyring:
    keyring = getattr(dialect, "tellus_keyring", None)
    if keyring is None:
        raise DataKeyError("this database engine was made without TELLUS_DATA_KEY")
    return keyring


class EncryptedText(TypeDecorator):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect) -> str | None:
        return None if value is None else _keyring(dialect).encrypt(value)

    def process_result_value(self, value: str | None, dialect) -> str | None:
        return None if value is None else _keyring(dialect).decrypt(value)


class EncryptedJSON(TypeDecorator):
    """A JSON value (a list of heads of complaint, a draft's answers) stored encrypted."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> str | None:
        return None if value is None else _keyring(dialect).encrypt(json.dumps(value))

    def process_result_value(self, value: str | None, dialect) -> Any:
        return None if value is None else json.loads(_keyring(dialect).decrypt(value))
