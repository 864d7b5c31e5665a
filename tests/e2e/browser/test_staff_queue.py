"""The live queue in a real browser: a new urgent case appears without a reload, with an alert.

Only the web app is needed, so it runs in-process on the test's own database (no Rasa).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from flask import Flask
from playwright.sync_api import Browser, expect
from werkzeug.serving import make_server

from handoff.deadlines import today_in_scotland
from handoff.models import Case
from handoff.references import new_reference
from tellus.config import Settings
from tests.e2e.browser.conftest import Visit, axe_violations, open_visit
from tests.factories import PASSWORD, add_staff

pytestmark = pytest.mark.e2e

EMAIL = "handler@council.example"


@pytest.fixture
def site(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def signed_in(browser: Browser, site: str, app: Flask, settings: Settings) -> Iterator[Visit]:
    """The queue in a browser that keeps the page's Content-Security-Policy: the live script
    must work under it, so any console error (a blocked script too) fails the test."""
    _add(app, summary="The swimming pool is always closed.", priority="normal")
    with app.extensions["tellus"].session_factory() as session, session.begin():
        add_staff(session, EMAIL)
    visit = _open_queue(browser, site, settings)
    errors: list[str] = []
    visit.page.on("pageerror", lambda error: errors.append(str(error)))
    visit.page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield visit
    visit.context.close()
    assert errors == []
    assert visit.third_party(settings.exit_url) == []


def _open_queue(browser: Browser, site: str, settings: Settings, **options: object) -> Visit:
    visit = open_visit(
        browser, site, settings.exit_url, viewport={"width": 1280, "height": 900}, **options
    )
    page = visit.page
    page.goto("/staff/login")
    page.fill("input[name=email]", EMAIL)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("Complaints queue")
    return visit


def _add(app: Flask, **columns: object) -> str:
    today = today_in_scotland()
    fields = {
        "reference": new_reference(),
        "status": "new",
        "received_on": today,
        "due_on": today + timedelta(days=7),
    }
    fields.update(columns)
    with app.extensions["tellus"].session_factory() as session, session.begin():
        session.add(Case(**fields))
    return str(fields["reference"])


def test_a_new_urgent_case_appears_with_an_alert_and_no_reload(signed_in, app) -> None:
    page = signed_in.page
    expect(page.locator("#queue-rows tr")).to_have_count(1)
    expect(page.locator("#queue-sound")).to_be_visible()
    expect(page.locator("#queue-sound")).to_have_attribute("aria-pressed", "true")
    page.evaluate("window.notReloaded = true")
    # A first click lets the page make sound (browsers block audio until then): the alert's
    # beep then runs for real, and any error in it would fail the test (pageerror).
    page.locator("h1").click()

    reference = _add(
        app,
        summary="I am scared to go home tonight.",
        priority="urgent",
        status="handoff",
        safeguarding_flagged=True,
        safeguarding_severity="immediate",
        due_on=today_in_scotland(),
    )

    banner = page.locator("#queue-alert")
    expect(banner).to_contain_text("New urgent case", timeout=15_000)
    expect(banner).to_contain_text("Safeguarding concern: Immediate")
    expect(banner.get_by_role("link", name=f"Open case {reference}")).to_have_attribute(
        "href", f"/staff/cases/{reference}"
    )
    # The table and the counts follow, without a reload, most urgent first.
    expect(page.locator("#queue-rows tr")).to_have_count(2)
    expect(page.locator("#queue-rows tr").first).to_contain_text(reference)
    expect(page.locator('[data-count="urgent"] .count-number')).to_have_text("1")
    assert page.evaluate("window.notReloaded") is True
    assert page.title().startswith("New urgent case")

    page.get_by_role("button", name="Dismiss").click()
    expect(banner).to_be_empty()
    assert page.title() == "Complaints queue"


def test_the_sound_switch_is_remembered(signed_in) -> None:
    page = signed_in.page
    toggle = page.locator("#queue-sound")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "false")
    page.reload()
    expect(page.locator("#queue-sound")).to_have_attribute("aria-pressed", "false")
    page.locator("#queue-sound").click()
    expect(page.locator("#queue-sound")).to_have_attribute("aria-pressed", "true")


def test_the_queue_with_an_alert_has_no_wcag_violations(
    signed_in, browser, site, app, settings
) -> None:
    # axe-core is injected as a script, which the page's policy rightly refuses: this second
    # browser sets the policy aside for the check only.
    visit = _open_queue(browser, site, settings, bypass_csp=True)
    try:
        page = visit.page
        reference = _add(app, summary="Someone hurt me.", priority="urgent")
        expect(page.locator("#queue-alert")).to_contain_text(reference, timeout=15_000)
        assert axe_violations(page) == []
    finally:
        visit.context.close()
