"""Injection gate in Chromium: on the hostile site no dialog opens and no injected element exists, also after filtering and searching."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .hostile import TEMPLATE

PAGES = ["", "en/", "families/logits/", "en/families/feature/", "applications/nlp/", "en/applications/rl/",
         "papers/", "en/papers/", "stats/", "changelog/", "en/changelog/", "overview/", "data/",
         "families/logits/?h=alert"]
INJECTED = """() => [
  ...document.querySelectorAll('img[src="x"], [onerror], a[href^="javascript" i]'),
  ...[...document.scripts].filter(s => s.textContent.includes("alert(")),
].map(el => el.outerHTML.slice(0, 200))"""


@pytest.fixture
def hostile_tab(browser):
    """A tab that records every dialog (and dismisses it) and every uncaught page error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1")
                  else route.abort())
    tab = context.new_page()
    tab.dialogs, tab.errors = [], []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    yield tab
    context.close()


def assert_clean(tab) -> None:
    tab.wait_for_timeout(300)
    assert tab.evaluate(INJECTED) == [], tab.url
    assert (tab.dialogs, tab.errors) == ([], []), tab.url


@pytest.mark.parametrize("path", PAGES)
def test_page_runs_no_injected_code(hostile_tab, hostile_url, path):
    hostile_tab.goto(hostile_url + path)
    assert_clean(hostile_tab)
    body = hostile_tab.locator("article.md-content__inner").inner_text()
    assert "\n49\n" not in body and not body.startswith("49")


def test_explorer_filtering_keeps_payloads_as_text(hostile_tab, hostile_url):
    hostile_tab.goto(hostile_url + "papers/")
    hostile_tab.wait_for_selector("#kd-explorer.kd-explorer--ready")
    for query in ("<img", "alert", "{{ 7*7", "javascript"):
        hostile_tab.locator('input[data-kd-filter="text"]').fill(query)
        expect(hostile_tab.locator(".kd-explorer__list article.kd-paper").first).to_be_visible()
        assert_clean(hostile_tab)
    hostile_tab.locator('input[data-kd-filter="text"]').fill("{{ 7*7 }}")
    expect(hostile_tab.locator(".kd-explorer__list h3", has_text=TEMPLATE).first).to_be_visible()


@pytest.mark.parametrize("path, query", [("", "alert"), ("en/", "onerror"), ("", "cell"), ("en/", "script")])
def test_material_search_shows_payloads_as_text(hostile_tab, hostile_url, path, query):
    hostile_tab.goto(hostile_url + path)
    hostile_tab.locator("label.md-search__icon, .md-search__input").first.click()
    results = hostile_tab.locator(".md-search-result__item")
    box = hostile_tab.locator("input.md-search__input")
    for _ in range(10):  # keys typed before the search worker has built its index find nothing: type again
        box.fill("")
        box.press_sequentially(query, delay=30)
        hostile_tab.wait_for_timeout(750)
        if results.count():
            break
    expect(results.first).to_be_visible()
    assert_clean(hostile_tab)
    results.first.locator("a").first.click()
    hostile_tab.wait_for_load_state()
    assert_clean(hostile_tab)
