"""The chat in a real browser: a whole complaint by keyboard only, a staff reply arriving, the
no-JavaScript path, the Rasa-down path, and the page's weight, reflow and touch targets."""

from __future__ import annotations

import re

import pytest
import requests
from playwright.sync_api import Page, expect

from handoff.conversations import find_conversation
from handoff.models import Case
from tests.e2e.browser.conftest import open_visit, sender_of
from tests.e2e.test_conversation import CHILD_CONVERSATION

pytestmark = pytest.mark.e2e

BOT_SAID = ".message.bot .text"
# What the bot must say after each answer; waits for a new bot message that contains it.
WAIT_FOR_REPLY = """([before, expected]) => {
    const said = [...document.querySelectorAll(".message.bot .text")].slice(before);
    return said.some(p => p.textContent.toLowerCase().includes(expected.toLowerCase()));
}"""


def focused(page: Page) -> str:
    """What has keyboard focus, as `tag#id` or `tag[value]` for a choice."""
    return page.evaluate(
        """() => { const e = document.activeElement;
                   return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "")
                          + (e.name === "message" && e.value ? "[" + e.value + "]" : ""); }"""
    )


def tab_to(page: Page, target: str, *, backwards: bool = False, limit: int = 15) -> None:
    for _ in range(limit):
        if focused(page) == target:
            return
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
    raise AssertionError(f"could not reach {target} by keyboard; focus is on {focused(page)}")


def answer_by_keyboard(page: Page, said: str, expected: str) -> None:
    before = page.locator(BOT_SAID).count()
    offered = page.locator(f'#choices:not([hidden]) button[value="{said}"]')
    if offered.count():
        # A button the bot offered: reach it with Tab or Shift+Tab and press Enter.
        backwards = focused(page) == "textarea#chat-input"
        tab_to(page, f"button[{said}]", backwards=backwards)
        page.keyboard.press("Enter")
    else:
        tab_to(page, "textarea#chat-input")
        page.keyboard.type(said)
        page.keyboard.press("Enter")
    page.wait_for_function(WAIT_FOR_REPLY, arg=[before, expected], timeout=20_000)


def test_a_whole_complaint_by_keyboard_only(visit, database) -> None:
    page = visit.page
    page.goto("/")
    page.keyboard.press("Tab")
    assert focused(page) == "a", "the first Tab reaches the skip link"
    assert page.locator(".skip-link").bounding_box()["x"] >= 0, "the skip link shows when focused"
    page.keyboard.press("Tab")
    assert "quick-exit-button" in page.evaluate("document.activeElement.className")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus is visible"
    tab_to(page, "textarea#chat-input")

    for said, expected in CHILD_CONVERSATION:
        answer_by_keyboard(page, said, expected)
    answer_by_keyboard(page, "/affirm", "TU-")

    reference = re.search(r"TU-[A-Z0-9]{4}-[A-Z0-9]{4}", page.locator("#chat-log").inner_text())
    assert reference
    conversation = find_conversation(database, sender_of(page))
    assert conversation.case.reference == reference.group(0)
    assert conversation.case.status == "new"
    # Polling ran meanwhile: it must not have shown the webhook's replies a second time.
    page.wait_for_timeout(1500)
    shown = page.locator("#chat-log .message.bot").count()
    assert shown == sum(1 for m in conversation.messages if m.author == "bot" and m.text)


def test_a_staff_reply_appears_without_a_reload(visit, database, web_url, staff_headers) -> None:
    page = visit.page
    page.goto("/")
    page.fill("#chat-input", "hello")
    page.keyboard.press("Enter")
    expect(page.locator(BOT_SAID).first).to_be_visible()
    case = find_conversation(database, sender_of(page)).case

    posted = requests.post(
        f"{web_url}/api/cases/{case.reference}/messages",
        headers=staff_headers,
        json={"text": "Hi, I'm Sam from the complaints team. I'm reading what you wrote."},
        timeout=10,
    )
    assert posted.status_code == 201
    staff = page.locator("#chat-log .message.staff")
    expect(staff).to_contain_text("I'm Sam", timeout=10_000)
    expect(page.locator("#handover")).to_have_text(re.compile("You're now talking to"))
    expect(page.locator("#chat-log .message.system")).to_contain_text("You're now talking to")
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1  # no reload


def test_the_same_conversation_works_without_javascript(browser, web_url, live, database) -> None:
    visit = open_visit(browser, web_url, live.exit_url, java_script_enabled=False)
    page = visit.page
    try:
        page.goto("/")
        page.fill("#chat-input", "hello")
        page.click("#chat-form button[type=submit]")
        expect(page.locator("#chat-log")).to_contain_text("who is making this complaint")
        page.click("#choices button[value='young person']")
        expect(page.locator(".message.user").nth(1)).to_have_text(re.compile("young person"))
        assert len(find_conversation(database, sender_of(page)).messages) >= 4
        assert [c["name"] for c in visit.context.cookies()] == ["session"]

        page.click(".quick-exit-button")
        page.wait_for_url(live.exit_url)
        page.goto("/")
        assert page.locator(".message").count() == 0, "the session ended: a fresh, empty chat"
    finally:
        visit.context.close()
    assert visit.third_party(live.exit_url) == []


def test_when_the_bot_is_down_the_form_makes_a_case(browser, fake_bot, database) -> None:
    fake_bot.rasa.up = False
    visit = open_visit(browser, fake_bot.url, fake_bot.settings.exit_url)
    page = visit.page
    try:
        page.goto("/")
        expect(page.locator("#bot-down")).to_contain_text("Nothing is wrong with you")
        expect(page.locator("#chat-form")).to_be_hidden()

        page.click("#complaint button.submit")
        expect(page.locator(".error-summary")).to_contain_text("Tell us what happened.")
        page.click(".error-summary a[href='#what_happened']")
        assert focused(page) == "textarea#what_happened"
        page.keyboard.type("The swimming pool changing rooms are always locked after school.")
        page.check("#contact_method-2")  # text message
        page.fill("#contact_detail", "07700 900123")
        page.check("label[for=age_band-1]")
        page.click("button.submit")

        reference = page.locator(".reference").inner_text()
        code = page.locator(".code").inner_text()
        assert re.fullmatch(r"TU-[A-Z0-9]{4}-[A-Z0-9]{4}", reference) and len(code) == 6
        case = database.query(Case).filter_by(reference=reference).one()
        assert (case.status, case.channel, case.contact_method) == ("new", "form", "text")
        assert case.age_band == "12_15"
    finally:
        visit.context.close()


def test_when_the_bot_goes_down_mid_chat_the_page_says_so(browser, fake_bot) -> None:
    visit = open_visit(browser, fake_bot.url, fake_bot.settings.exit_url)
    page = visit.page
    try:
        page.goto("/")
        page.fill("#chat-input", "hello")
        # The page asks /healthz after each answer. Take the bot down only once that check is
        # answered, or the page (rightly) finds it down before the second message is typed.
        with page.expect_response(lambda response: response.url.endswith("/healthz")):
            page.keyboard.press("Enter")
        expect(page.locator(BOT_SAID).first).to_contain_text("What happened?")
        fake_bot.rasa.up = False
        page.fill("#chat-input", "the bus was late again")
        page.keyboard.press("Enter")
        expect(page.locator("#bot-down")).to_be_visible()
        expect(page.locator("#complaint textarea#what_happened")).to_be_visible()
        expect(page.locator("#chat-form")).to_be_hidden()
        expect(page.locator("#chat-log .message.system")).to_contain_text("simple form")
    finally:
        visit.context.close()


def test_first_load_weight_and_privacy(visit, capsys) -> None:
    page = visit.page
    page.goto("/", wait_until="load")
    transferred = page.evaluate(
        """() => performance.getEntriesByType("navigation")
                 .concat(performance.getEntriesByType("resource"))
                 .reduce((sum, entry) => sum + entry.transferSize, 0)"""
    )
    with capsys.disabled():
        print(f"\nfirst load of / transferred {transferred / 1024:.1f} KB")
    assert 0 < transferred < 100 * 1024
    assert [c["name"] for c in visit.context.cookies()] == ["session"]
    assert all(url.startswith(visit.base_url) for url in visit.requested)


@pytest.mark.parametrize(("width", "height"), [(320, 640), (640, 400)])  # 320 px; 200% zoom
def test_the_page_reflows_and_every_control_is_big_enough(visit, width, height) -> None:
    page = visit.page
    page.set_viewport_size({"width": width, "height": height})
    page.goto("/")
    page.fill("#chat-input", "hello there, this is a long message to wrap " * 3)
    page.keyboard.press("Enter")
    expect(page.locator(BOT_SAID).first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "no sideways scrolling"
    small = page.evaluate(
        """() => [...document.querySelectorAll("button, input:not([type=hidden]), textarea")]
            .filter(e => e.offsetParent !== null)
            .map(e => [e.id || e.className || e.textContent.trim(), e.getBoundingClientRect()])
            .filter(([, box]) => box.width < 44 || box.height < 44)
            .map(([name, box]) => `${name}: ${Math.round(box.width)}x${Math.round(box.height)}`)"""
    )
    assert small == []


def test_reduced_motion_stops_the_typing_animation(browser, web_url, live) -> None:
    for motion, expected in (("reduce", "none"), ("no-preference", "typing")):
        visit = open_visit(browser, web_url, live.exit_url, reduced_motion=motion)
        try:
            visit.page.goto("/")
            animation = visit.page.evaluate(
                """() => { document.getElementById("typing").hidden = false;
                           const dot = document.querySelector(".dots span");
                           return getComputedStyle(dot).animationName; }"""
            )
            assert animation == expected
        finally:
            visit.context.close()


def test_easy_read_and_read_aloud_toggles(visit) -> None:
    page = visit.page
    page.goto("/")
    page.evaluate(
        """() => { window.spoken = [];
                   speechSynthesis.speak = (u) => window.spoken.push(u.text); }"""
    )
    easy = page.locator("#easy-read-toggle")
    easy.click()
    expect(easy).to_have_attribute("aria-pressed", "true")
    expect(page.locator("body")).to_have_class(re.compile("easy-read"))
    expect(page.locator(".intro .easy-text")).to_be_visible()

    aloud = page.locator("#read-aloud-toggle")
    expect(aloud).to_be_visible()
    aloud.click()
    expect(aloud).to_have_attribute("aria-pressed", "true")
    page.fill("#chat-input", "hello")
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.spoken.length > 0")
    spans = page.locator(".message.bot .text .sentence")
    expect(spans.first).to_be_visible()
    assert spans.first.evaluate("e => getComputedStyle(e).display") == "block"

    page.reload()  # the choice is remembered in the session, not in browser storage
    expect(page.locator("body")).to_have_class(re.compile("easy-read"))
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
