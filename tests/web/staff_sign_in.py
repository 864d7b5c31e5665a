"""Signing a test client in through the real sign-in form, CSRF token and all."""

from __future__ import annotations

import re

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.factories import PASSWORD

_CSRF = re.compile(r'name="csrf_token"(?: type="hidden")? value="([^"]+)"')


def csrf_token(html: str) -> str:
    return _CSRF.search(html).group(1)


def sign_in(
    client: FlaskClient, email: str, password: str = PASSWORD, *, query: str = ""
) -> TestResponse:
    page = client.get(f"/staff/login{query}").get_data(as_text=True)
    return client.post(
        f"/staff/login{query}",
        data={"csrf_token": csrf_token(page), "email": email, "password": password},
    )
