"""Walks Flask's URL map so that a new staff route cannot slip through unguarded: every route
outside the public list uses our guards, refuses anonymous requests, and refuses every role it
does not name. URL parameters are filled from their converters, so routes added later are
covered without listing them here."""

import uuid

import pytest
from werkzeug.routing import AnyConverter, FloatConverter, IntegerConverter, UUIDConverter

from handoff.staff import do_issue_token
from handoff.vocabulary import STAFF_ROLES
from tests.factories import add_staff
from tests.web.staff_sign_in import sign_in

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
    "chat.pages.choose_language",
    "chat.pages.quick_exit",
    "chat.pages.theme",
    "public.you_said_we_did",  # the published, anonymised improvements (issue 5)
}
# Well formed for the string converters we use: a case reference, and a valid chat sender id.
SAMPLE_STRING = "TU-AAAA-AAAA"


def _sample(converter) -> object:
    if isinstance(converter, IntegerConverter):
        return 1
    if isinstance(converter, FloatConverter):
        return 1.0
    if isinstance(converter, UUIDConverter):
        return uuid.UUID(int=1)
    if isinstance(converter, AnyConverter):
        return sorted(converter.items)[0]
    return SAMPLE_STRING  # string, path, or a converter we do not know yet


def _routes(app):
    """(endpoint, method, url) for every rule and method in the URL map."""
    for rule in app.url_map.iter_rules():
        # Werkzeug keeps each rule's converters in `_converters`; Rule has no public accessor.
        values = {name: _sample(converter) for name, converter in rule._converters.items()}
        _, url = rule.build(values)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule.endpoint, method, url


def _guarded_routes(app):
    routes = [route for route in _routes(app) if route[0] not in PUBLIC_ENDPOINTS]
    assert routes, "the staff routes should be in the URL map"
    return routes


def test_every_route_outside_the_public_list_uses_our_guards(app) -> None:
    for endpoint, method, url in _guarded_routes(app):
        view = app.view_functions[endpoint]
        assert getattr(view, "allowed_roles", None), (
            f"{method} {url} ({endpoint}) is not behind staff_page() or staff_api()"
        )
        assert view.signed_in_by in ("session", "token")


def test_every_route_outside_the_public_list_refuses_anonymous_requests(app, client) -> None:
    # CSRF would refuse the POSTs first; switch it off so the login guard itself is tested.
    app.config["WTF_CSRF_ENABLED"] = False
    for _, method, url in _guarded_routes(app):
        response = client.open(url, method=method)
        assert response.status_code in (302, 401, 403), f"{method} {url} is not guarded"
        if response.status_code == 302:
            assert "/staff/login" in response.headers["Location"]


def test_every_route_refuses_the_roles_it_does_not_name(app) -> None:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        tokens = {}
        for role in STAFF_ROLES:
            member = add_staff(session, email=f"{role}@council.example", role=role)
            tokens[role] = do_issue_token(session, member.email)
    signed_in = {}
    for role in STAFF_ROLES:
        signed_in[role] = app.test_client()
        assert sign_in(signed_in[role], f"{role}@council.example").status_code == 302
    app.config["WTF_CSRF_ENABLED"] = False  # as above: the role check is what is tested

    restricted = 0
    for endpoint, method, url in _guarded_routes(app):
        view = app.view_functions[endpoint]
        # A route without a guard at all fails the first test above.
        for role in set(STAFF_ROLES) - getattr(view, "allowed_roles", set(STAFF_ROLES)):
            restricted += 1
            if view.signed_in_by == "token":
                headers = {"Authorization": f"Bearer {tokens[role]}"}
                response = signed_in[role].open(url, method=method, headers=headers)
            else:
                response = signed_in[role].open(url, method=method)
            assert response.status_code == 403, f"{role} reached {method} {url}"
    assert restricted, "the admin pages at least are for one role only"


@pytest.mark.parametrize("endpoint", sorted(PUBLIC_ENDPOINTS))
def test_public_endpoints_exist(app, endpoint) -> None:
    assert endpoint in {rule.endpoint for rule in app.url_map.iter_rules()}
