"""axe-core (WCAG 2.2 A and AA) on the admin pages, and signing in by keyboard alone.

The web app runs in-process on this test's own database: the admin pages need no Rasa."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from werkzeug.serving import make_server

from handoff import audit
from handoff.staff import MAX_FAILED_LOGINS, do_log_in
from tests.e2e.browser.conftest import Visit, axe_violations, open_visit
from tests.factories import PASSWORD, add_staff
from tests.fakes import FakeRasa

pytestmark = pytest.mark.e2e

ADMIN = "admin@council.example"


@pytest.fixture
def admin_site(settings) -> Iterator[str]:
    from web import create_app

    app = create_app({"SETTINGS": settings})
    app.extensions["tellus"].rasa = FakeRasa()
    with app.extensions["tellus"].session_factory() as session, session.begin():
        admin = add_staff(session, email=ADMIN, role="admin")
        add_staff(session, email="handler@council.example").is_active = False
        add_staff(session, email="lead@council.example", role="safeguarding_lead")
        for _ in range(MAX_FAILED_LOGINS):
            do_log_in(session, "lead@council.example", "not the right password")
        audit.record(session, staff_member_id=admin.id, action="staff.login", ip_address="::1")
    server = make_server("127.0.0.1", settings.web_port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{settings.web_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def admin_visit(browser: Browser, admin_site: str, settings) -> Iterator[Visit]:
    # axe is injected as an inline script, which the site's Content-Security-Policy refuses.
    opened = open_visit(
        browser,
        admin_site,
        settings.exit_url,
        viewport={"width": 1280, "height": 900},
        bypass_csp=True,
    )
    yield opened
    opened.context.close()
    assert opened.third_party(settings.exit_url) == []


def _no_violations(page: Page, what: str) -> None:
    found = axe_violations(page)
    assert found == [], f"{what}:\n" + "\n".join(found)


def test_the_admin_pages_have_no_wcag_violations(admin_visit: Visit) -> None:
    page = admin_visit.page
    page.goto("/staff/admin/accounts")
    expect(page).to_have_url(f"{admin_visit.base_url}/staff/login?next=/staff/admin/accounts")
    # Keyboard only: the sign-in form, then back to the page asked for.
    page.focus("input[name=email]")
    page.keyboard.type(ADMIN)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Staff accounts")
    _no_violations(page, "staff accounts")

    page.click("main form[novalidate] button[type=submit]")  # the add form, empty
    expect(page.locator(".error-summary")).to_be_visible()
    _no_violations(page, "staff accounts with errors")

    page.goto("/staff/admin/closures")
    page.fill("input[name=day]", "2026-12-24")
    page.fill("input[name=reason]", "Winter break")
    page.click("text=Add closure day")
    expect(page.locator("[role=status]")).to_contain_text("closure day")
    _no_violations(page, "closure days")

    page.goto("/staff/admin/audit?action=staff.")
    expect(page.locator("table")).to_contain_text("staff.login")
    _no_violations(page, "audit log")

    page.set_viewport_size({"width": 320, "height": 700})
    for url in ("/staff/admin/accounts", "/staff/admin/closures", "/staff/admin/audit"):
        page.goto(url)
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= 320, f"{url} does not reflow at 320 px ({scroll} px wide)"
