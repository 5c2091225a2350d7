"""The Benchmarks page in Chromium: a click on a column heading sorts the method rows (best first, then reversed,
empty cells last, baselines kept on top); without JavaScript the static table is there in its default order; on a
phone the tables scroll inside their box, not the page."""
from __future__ import annotations

import re

import pytest

OUTSIDE = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")
IGNORED = re.compile(r"api\.github\.com|/sitemap\.xml$")
ROWS = """t => [...t.querySelectorAll('tbody.kd-bench__methods > tr')].map(r => r.id)"""
KEYS = """([t, i]) => [...t.querySelectorAll('tbody.kd-bench__methods > tr')].map(
    r => r.cells[i].hasAttribute('data-sort') ? r.cells[i].getAttribute('data-sort') : null)"""
BASELINES = """t => [...t.querySelectorAll('tbody.kd-bench__baselines > tr')].map(r => r.id)"""


def open_page(browser, site_url, lang: str, width: int = 1280, script: bool = True):
    context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=script)
    context.route(OUTSIDE, lambda route: route.abort())
    tab = context.new_page()
    errors = []
    tab.on("console", lambda m: errors.append((m.text, m.location.get("url", ""))) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append((str(e), "")))
    tab.goto(f"{site_url}{'en/' if lang == 'en' else ''}benchmarks/")
    return context, tab, errors


def numbers(keys: list) -> list[float]:
    return [float(k) for k in keys if k is not None]


def assert_empty_last(keys: list) -> None:
    filled = [k is not None for k in keys]
    assert filled == sorted(filled, reverse=True), keys


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sorting_by_columns(browser, site_url, lang):
    context, tab, errors = open_page(browser, site_url, lang)
    try:
        table = tab.locator("table.kd-bench[data-dataset='cifar100']").element_handle()
        default = tab.evaluate(ROWS, table)
        baselines = tab.evaluate(BASELINES, table)
        headings = tab.locator("table.kd-bench[data-dataset='cifar100'] thead tr:last-child th")
        better = [headings.nth(i).get_attribute("data-better") for i in range(headings.count())]
        high, low = better.index("high"), better.index("low")

        headings.nth(high).locator("button").click()
        keys = tab.evaluate(KEYS, [table, high])
        assert numbers(keys) == sorted(numbers(keys), reverse=True) and len(numbers(keys)) > 3
        assert_empty_last(keys)
        assert headings.nth(high).get_attribute("aria-sort") == "descending"
        assert tab.evaluate(ROWS, table) != default

        headings.nth(high).locator("button").click()
        keys = tab.evaluate(KEYS, [table, high])
        assert numbers(keys) == sorted(numbers(keys)) and headings.nth(high).get_attribute("aria-sort") == "ascending"
        assert_empty_last(keys)

        headings.nth(low).locator("button").click()  # an error rate: the best is the smallest, so ascending first
        keys = tab.evaluate(KEYS, [table, low])
        assert numbers(keys) == sorted(numbers(keys)) and headings.nth(low).get_attribute("aria-sort") == "ascending"
        assert headings.nth(high).get_attribute("aria-sort") is None

        headings.nth(0).locator("button").click()
        names = [k.split(" ")[0].casefold() for k in tab.evaluate(KEYS, [table, 0])]
        assert names == sorted(names) and headings.nth(0).get_attribute("aria-sort") == "ascending"
        assert sorted(tab.evaluate(ROWS, table)) == sorted(default)
        assert tab.evaluate(BASELINES, table) == baselines
    finally:
        context.close()
    assert not [e for e in errors if not IGNORED.search(e[1])], errors


def test_without_javascript_the_static_table_is_complete(browser, site_url):
    context, tab, _ = open_page(browser, site_url, "en", script=False)
    try:
        assert tab.locator("table.kd-bench").count() >= 3
        assert tab.locator("button.kd-bench__sort").count() == 0
        assert not tab.locator(".kd-bench__sort-hint").is_visible()
        first = tab.locator("table.kd-bench a.kd-bench__n").first
        assert first.is_visible() and first.get_attribute("href").startswith("https://github.com/")
        # ★ and † come from CSS: the number's text stays as printed
        best = tab.locator("a.kd-bench__n--best").first
        assert re.fullmatch(r"[0-9]+(\.[0-9]+)?", best.inner_text())
        assert "★" in tab.evaluate("a => getComputedStyle(a, '::before').content", best.element_handle())
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_phone_width_scrolls_inside_the_table(browser, site_url, lang, tmp_path_factory):
    context, tab, _ = open_page(browser, site_url, lang, width=390)
    try:
        assert tab.evaluate("document.documentElement.scrollWidth") <= 391
        box = tab.locator(".kd-bench__scroll").first
        assert box.evaluate("b => b.scrollWidth > b.clientWidth")
        shots = tmp_path_factory.getbasetemp() / "screenshots"
        shots.mkdir(exist_ok=True)
        tab.locator("table.kd-bench").first.scroll_into_view_if_needed()
        tab.screenshot(path=str(shots / f"benchmarks-{lang}-phone.png"))
    finally:
        context.close()
