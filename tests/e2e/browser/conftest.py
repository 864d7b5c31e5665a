"""Browser tests: Playwright for Python driving Debian's Chromium, headless, one browser per run.

They reuse the `live` services from tests/e2e/conftest.py (visible here because this folder is
inside tests/e2e). A second, in-process web app with a fake Rasa (`fake_bot`) lets a test take the
bot down and bring it back, which the real services cannot do without disturbing other tests.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from sqlalchemy.orm import Session
from werkzeug.serving import make_server

from handoff.db import make_engine, make_session_factory
from tellus.config import PROJECT_ROOT, Settings
from tests.fakes import FakeRasa
from tests.ports import free_port

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NEUTRAL_PAGE = "<!doctype html><title>Weather</title><p>A neutral page</p>"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Visit:
    """One fresh browser context (like a private window) and what it asked for."""

    context: BrowserContext
    page: Page
    base_url: str
    requested: list[str] = field(default_factory=list)

    def third_party(self, exit_url: str) -> list[str]:
        return [
            url
            for url in self.requested
            if not url.startswith(("http://127.0.0.1:", "data:", "about:"))
            and not url.startswith(exit_url)
        ]


def open_visit(browser: Browser, base_url: str, exit_url: str, **options: object) -> Visit:
    context = browser.new_context(base_url=base_url, **options)
    # Quick exit's neutral page is on the internet; answer for it here (no network in tests).
    context.route(
        re.compile("^" + re.escape(exit_url)),
        lambda route: route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE),
    )
    context.set_default_timeout(15_000)
    visit = Visit(context=context, page=context.new_page(), base_url=base_url)
    context.on("request", lambda request: visit.requested.append(request.url))
    return visit


@pytest.fixture
def visit(browser: Browser, web_url: str, live: Settings) -> Iterator[Visit]:
    opened = open_visit(browser, web_url, live.exit_url, viewport={"width": 1280, "height": 900})
    yield opened
    opened.context.close()
    # Privacy (issue item 5): nothing the page did reached another server.
    assert opened.third_party(live.exit_url) == []


@dataclass
class FakeBotSite:
    url: str
    rasa: FakeRasa
    settings: Settings


@pytest.fixture(scope="session")
def fake_bot_site(live: Settings) -> Iterator[FakeBotSite]:
    """The web app in-process on the live database, with a Rasa the test can take down."""
    from web import create_app

    settings = dataclasses.replace(live, web_port=free_port())
    app = create_app({"SETTINGS": settings})
    rasa = FakeRasa()
    app.extensions["tellus"].rasa = rasa
    server = make_server("127.0.0.1", settings.web_port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield FakeBotSite(f"http://127.0.0.1:{settings.web_port}", rasa, settings)
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def fake_bot(fake_bot_site: FakeBotSite) -> FakeBotSite:
    """The fake Rasa reset for each test: up, with its default reply."""
    fresh = FakeRasa()
    for name in ("replies", "up", "received", "paused", "resumed"):
        setattr(fake_bot_site.rasa, name, getattr(fresh, name))
    return fake_bot_site


@pytest.fixture
def database(live: Settings) -> Iterator[Session]:
    engine = make_engine(live.database_url, data_key=live.data_key)
    with make_session_factory(engine)() as session:
        yield session
    engine.dispose()


def axe_violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.2 A/AA violations on the page as it is now, one line each."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` at the top of the project")
    # Evaluated, not added as a <script>: the pages' Content-Security-Policy rightly refuses
    # script the site did not serve itself, and evaluation from the test is not subject to it.
    page.evaluate(AXE.read_text())
    violations = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            const where = (v) => v.nodes.map(n => n.target.join(" ")).join(", ");
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${where(v)}`);
        }""",
        AXE_TAGS,
    )
    return list(violations)


def sender_of(page: Page) -> str:
    return page.get_attribute("#chat", "data-sender") or ""
