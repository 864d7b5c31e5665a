"""axe-core (WCAG 2.2 A and AA) on every chat and staff page, and the README's screenshots.

Screenshots go to a temporary folder on every run, and to docs/ when TELLUS_UPDATE_SCREENSHOTS=1
(so that `make test` never leaves the working tree changed).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tellus.config import PROJECT_ROOT
from tests.e2e.browser.conftest import axe_violations, open_visit

pytestmark = pytest.mark.e2e

STAFF_EMAIL = "handler@council.example"
STAFF_PASSWORD = "a long enough password"  # what tests/e2e/conftest.py's staff_headers sets


def _no_violations(page: Page, what: str) -> None:
    found = axe_violations(page)
    assert found == [], f"{what}:\n" + "\n".join(found)


def _chat_with_choices(page: Page) -> None:
    page.goto("/")
    page.fill("#chat-input", "hello")
    page.keyboard.press("Enter")
    expect(page.locator("#choices button").first).to_be_visible()


def test_the_chat_page_has_no_wcag_violations(visit, tmp_path) -> None:
    page = visit.page
    page.goto("/")
    _no_violations(page, "empty chat")
    _chat_with_choices(page)
    _no_violations(page, "chat with choices")
    page.click("#easy-read-toggle")
    _no_violations(page, "chat in easy read")
    page.click("#easy-read-toggle")

    shots = tmp_path / "screenshots"
    shots.mkdir()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=shots / "chat-1280.png", full_page=True)
    page.set_viewport_size({"width": 375, "height": 812})
    page.screenshot(path=shots / "chat-375.png", full_page=True)
    _keep_screenshots(shots)


def test_the_bot_down_pages_have_no_wcag_violations(browser, fake_bot, tmp_path) -> None:
    fake_bot.rasa.up = False
    visit = open_visit(browser, fake_bot.url, fake_bot.settings.exit_url)
    page = visit.page
    try:
        page.goto("/")
        _no_violations(page, "bot down: notice and form")
        page.click("#complaint button.submit")
        expect(page.locator(".error-summary")).to_be_visible()
        _no_violations(page, "form with errors")
        shots = tmp_path / "screenshots"
        shots.mkdir()
        page.set_viewport_size({"width": 375, "height": 812})
        page.screenshot(path=shots / "form-errors-375.png", full_page=True)
        page.fill("#what_happened", "The library closes early every Saturday.")
        page.check("#contact_method-0")
        page.fill("#contact_detail", "reader@example.org")
        page.click("button.submit")
        expect(page.locator(".reference")).to_be_visible()
        _no_violations(page, "complaint sent")
        _keep_screenshots(shots)
    finally:
        visit.context.close()


def test_the_staff_pages_have_no_wcag_violations(visit, staff_headers, fake_bot) -> None:
    # A case to open: one complaint through the form (on the same database as the live app).
    fake_bot.rasa.up = False
    page = visit.page
    page.goto(f"{fake_bot.url}/complaint")
    page.fill("#what_happened", "My son's school taxi has not come all week.")
    page.check("#contact_method-1")
    page.fill("#contact_detail", "0141 287 2000")
    page.click("button.submit")
    reference = page.locator(".reference").inner_text()

    page.goto("/staff/login")
    _no_violations(page, "staff sign in")
    page.fill("input[name=email]", STAFF_EMAIL)
    page.fill("input[name=password]", STAFF_PASSWORD)
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("Complaints queue")
    _no_violations(page, "staff queue")
    page.click(f"text={reference}")
    expect(page.locator("h1")).to_contain_text(reference)
    _no_violations(page, "staff case")


def _keep_screenshots(folder: Path) -> None:
    if os.environ.get("TELLUS_UPDATE_SCREENSHOTS") == "1":
        docs = PROJECT_ROOT / "docs"
        docs.mkdir(exist_ok=True)
        for shot in folder.glob("*.png"):
            shutil.copy(shot, docs / shot.name)
