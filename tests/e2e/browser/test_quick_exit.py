"""Quick exit, by the button and by Shift pressed three times (as GOV.UK's "Exit this page")."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser.conftest import Visit, sender_of

pytestmark = pytest.mark.e2e


def _start_chatting(page: Page) -> str:
    page.goto("/")
    page.fill("#chat-input", "hello")
    page.keyboard.press("Enter")
    expect(page.locator(".message.bot").first).to_be_visible()
    page.evaluate("() => { localStorage.setItem('a', '1'); sessionStorage.setItem('b', '2'); }")
    return sender_of(page)


def _left_nothing_behind(visit: Visit, exit_url: str, sender: str, history_length: int) -> None:
    page = visit.page
    page.wait_for_url(exit_url)
    assert page.evaluate("history.length") == history_length, "the chat's entry was replaced"
    assert visit.context.cookies() == [], "the session cookie is gone"
    page.goto("/")
    assert sender_of(page) != sender, "the server session ended"
    assert page.locator(".message").count() == 0
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0


def test_the_exit_button_blanks_the_page_at_once_and_leaves(visit, live) -> None:
    sender = _start_chatting(visit.page)
    history_length = visit.page.evaluate("history.length")
    blank_at_once = visit.page.evaluate(
        """() => { document.querySelector(".quick-exit-button").click();
                   return document.body.hidden; }"""
    )
    assert blank_at_once
    _left_nothing_behind(visit, live.exit_url, sender, history_length)


def test_shift_three_times_leaves_too(visit, live) -> None:
    page = visit.page
    sender = _start_chatting(page)
    history_length = page.evaluate("history.length")
    page.focus("#chat-input")
    # Shift for a capital letter, with other keys between, is just typing.
    for key in ("Shift", "Shift", "a", "Shift"):
        page.keyboard.press(key)
    page.wait_for_timeout(300)
    assert page.url.startswith(visit.base_url)
    for _ in range(3):
        page.keyboard.press("Shift")
    _left_nothing_behind(visit, live.exit_url, sender, history_length)


def test_quick_exit_is_on_staff_pages(visit, live) -> None:
    page = visit.page
    page.goto("/staff/login")
    page.click(".quick-exit-button")
    page.wait_for_url(live.exit_url)
