"""The statistics page in Chromium: four charts render, no console errors, text follows light and dark mode."""
from __future__ import annotations

import re

import pytest

OUTSIDE = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")
# Material requests these on every page; they are not this page's doing (GitHub facts, and the language
# selector's sitemap at the site_url path, which the local server does not serve).
IGNORED = re.compile(r"api\.github\.com|/sitemap\.xml$")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_statistics_page_renders(browser, site_url, tmp_path_factory, lang, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    context.route(OUTSIDE, lambda route: route.abort())
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append((m.text, m.location.get("url", ""))) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append((str(e), "")))
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    try:
        page.goto(f"{site_url}{'en/' if lang == 'en' else ''}stats/")
        page.wait_for_load_state("networkidle")
        charts = page.locator("svg.kd-chart__svg")
        assert charts.count() == 4
        for i in range(4):
            box = charts.nth(i).bounding_box()
            assert box and box["width"] > 300 and box["height"] > 100
        scheme_attr = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert scheme_attr == ("slate" if scheme == "dark" else "default")
        # chart ink is currentColor: light text on the dark page, dark text on the light one
        rgb = page.evaluate("getComputedStyle(document.querySelector('svg.kd-chart__svg text')).fill")
        brightness = sum(int(v) for v in re.findall(r"\d+", rgb)[:3])
        assert (brightness > 450) if scheme == "dark" else (brightness < 300), rgb
        title = page.evaluate("document.querySelector('svg.kd-chart__svg > title').textContent")
        assert title == ("每年论文数（按主要方法类别堆叠）" if lang == "zh" else "Papers per year, stacked by primary family")
        page.locator("details.kd-chart-data summary").first.click()
        assert page.locator("table.kd-data").first.is_visible()
        shots = tmp_path_factory.getbasetemp() / "screenshots"
        shots.mkdir(exist_ok=True)
        page.screenshot(path=str(shots / f"stats-{lang}-{scheme}.png"), full_page=True)
    finally:
        context.close()
    own_errors = [e for e in errors if not IGNORED.search(e[1])]
    own_failures = [u for u in failed if not IGNORED.search(u)]
    assert not own_errors, own_errors
    assert not own_failures, own_failures
