"""Walks Flask's URL map so that a new staff route cannot slip through unguarded."""

import pytest

PUBLIC_ENDPOINTS = {
    "static",
    "health.healthz",
    "chat.chat_page",
    "chat.webhook",
    "chat.chat_messages",
    "chat.status",
    "staff.login",
    "chat.pages.send_message",
    "chat.pages.complaint_form",
    "chat.pages.preferences",
    "chat.pages.quick_exit",
    "chat.pages.theme",
}


def _routes(app):
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule, method


def test_every_route_outside_the_public_list_refuses_anonymous_requests(app, client) -> None:
    # CSRF would refuse the POSTs first; switch it off so the login guard itself is tested.
    app.config["WTF_CSRF_ENABLED"] = False
    guarded = [(r, m) for r, m in _routes(app) if r.endpoint not in PUBLIC_ENDPOINTS]
    assert guarded, "the staff routes should be in the URL map"
    for rule, method in guarded:
        url = rule.rule.replace("<reference>", "TU-AAAA-AAAA").replace("<sender>", "abcdefgh")
        response = client.open(url, method=method)
        assert response.status_code in (302, 401, 403), f"{method} {rule.rule} is not guarded"
        if response.status_code == 302:
            assert "/staff/login" in response.headers["Location"]


@pytest.mark.parametrize("endpoint", sorted(PUBLIC_ENDPOINTS))
def test_public_endpoints_exist(app, endpoint) -> None:
    assert endpoint in {rule.endpoint for rule in app.url_map.iter_rules()}
