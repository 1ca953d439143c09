"""Shared fixtures for the browser tests (issues 5, 7, 8): one build of the seed, one headless Chromium.

Loaded with `pytest_plugins = ["browser"]` from the test modules, so that its session fixtures are
made once for the whole session however many modules use them.

Chromium is Debian's (/usr/bin/chromium): no browser is ever downloaded. Without it the browser
tests are skipped, except when CI=true, where they fail: in CI a missing browser is a broken setup.

Every page is opened from a file:// URL and every request that is not file:// is aborted and
recorded: a page that tries to fetch anything from the network fails its test (the views must work
offline, from the files alone).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
NO_CHROMIUM = "no Debian chromium: apt-get install chromium"
EDITION = "blumkin-1929"
VIEWS = ("reading", "diplomatic", "index")
SCREENSHOTS = ROOT / "test-output" / "screenshots"


def unavailable(reason: str):
    """Skip, or fail when running in CI (where the browser tests must run)."""
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def chromium_executable() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def build_site(project: Path) -> Path:
    """`teikit build` of `project`; returns its site/ (asserting the build went through)."""
    from teikit.build import build

    reports = build(project)
    bad = [(r.name, r.error, [str(p) for p in r.problems]) for r in reports if not r.ok]
    assert not bad, f"build failed: {bad}"
    return project / "site"


def build_unlocated_site(project: Path) -> Path:
    """The seed built into `project` with its register's coordinates (and the GeoNames ids that go
    with them) taken out: an index without a map."""
    from lxml import etree

    from conftest import TEI_NS

    shutil.copytree(ROOT / "seeds", project / "seeds")
    register = project / "seeds" / f"{EDITION}.register.xml"
    tree = etree.parse(str(register))
    located = "//tei:place/tei:location | //tei:place/tei:idno[@type = 'geonames']"
    for element in tree.xpath(located, namespaces=TEI_NS):
        element.getparent().remove(element)
    tree.write(str(register), encoding="UTF-8", xml_declaration=True)
    return build_site(project)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The seed built once into a throwaway project (seeds/ copied; TEI converted afresh)."""
    project = tmp_path_factory.mktemp("views-project")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    return build_site(project)


@pytest.fixture(scope="session")
def tei_path(site) -> Path:
    """The TEI file the views in `site` were rendered from."""
    return site.parent / "tei" / f"{EDITION}.xml"


def view_url(site: Path, view: str, edition: str = EDITION) -> str:
    """file:// URL of a view ("landing" is site/index.html)."""
    path = site / "index.html" if view == "landing" else site / edition / f"{view}.html"
    assert path.exists(), f"{path} was not built"
    return path.as_uri()


@pytest.fixture(scope="session")
def browser():
    executable = chromium_executable()
    if not executable:
        unavailable(NO_CHROMIUM)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Tab:
    """A page with what it did recorded: console errors, page errors, dialogs, network attempts."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    network: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def open(self, url: str) -> "Tab":
        self.page.goto(url, wait_until="load")
        return self

    def problems(self) -> list[str]:
        return [*(f"console: {m}" for m in self.console_errors), *(f"page error: {m}" for m in self.page_errors),
                *(f"failed request: {m}" for m in self.failed)]


#: A phone as the views must serve it: 390 CSS px wide, touch, mobile viewport.
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True, "device_scale_factor": 2}


def new_tab(browser, javascript: bool = True, device: dict | None = None) -> Tab:
    """A fresh page (own context) that aborts and records every non-file:// request; `javascript`
    False is a reader with JavaScript off; `device` (PHONE) replaces the desktop window."""
    context = browser.new_context(**(device or {"viewport": {"width": 1280, "height": 800}}),
                                  java_script_enabled=javascript)
    page = context.new_page()
    tab = Tab(page)

    def route(route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            tab.network.append(url)
            route.abort()

    def on_dialog(dialog):
        tab.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    context.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and tab.console_errors.append(
        f"{m.text} ({m.location.get('url', '')}:{m.location.get('lineNumber', '')})"))
    page.on("pageerror", lambda e: tab.page_errors.append(str(e)))
    page.on("requestfailed", lambda r: r.url.startswith("file:") and tab.failed.append(
        f"{r.url}: {r.failure}"))
    page.on("dialog", on_dialog)
    return tab


def close_tab(tab: Tab) -> None:
    tab.page.context.close()
    assert not tab.network, f"the page tried to reach the network (views must work offline): {tab.network}"


@pytest.fixture
def tab(browser):
    tab = new_tab(browser)
    yield tab
    close_tab(tab)


@pytest.fixture
def phone_tab(browser):
    """A tab on a phone (PHONE): taps, not clicks."""
    tab = new_tab(browser, device=PHONE)
    yield tab
    close_tab(tab)


@pytest.fixture
def plain_tab(browser):
    """A tab with JavaScript off: what every page must still do without teikit.js."""
    tab = new_tab(browser, javascript=False)
    yield tab
    close_tab(tab)


def ids_in(tab: Tab, selector: str = "[id]") -> set[str]:
    return set(tab.page.eval_on_selector_all(selector, "els => els.map(e => e.id)"))


def in_viewport(tab: Tab, element_id: str) -> bool:
    """Is the element with this id on screen (not scrolled away, not hidden)?"""
    return tab.page.evaluate("""id => {
        const el = document.getElementById(id);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight && el.getClientRects().length > 0;
    }""", element_id)
