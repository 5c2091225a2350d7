"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any page type in both languages, in both colour schemes,
and none on the card pages at a phone's width (where wrapped titles and chips are closest: WCAG 2.2 target size)."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from conftest import FULL_SWEEP

from .conftest import node_tool

# a family page of a middle-sized family: the same template and cards as the largest, at a twentieth of axe's time;
# `make test` takes a small application page for its page type (the full sweep adds the large llm page)
PAGE_TYPES = ["", "overview/", "families/", "families/attention/", "papers/", "applications/", "applications/medical/",
              "drl/", "repositories/", "data/", "stats/", "changelog/", "contributing/", "benchmarks/"]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True, "has_touch": True}
SCHEMES = {"light": "default", "dark": "slate"}
# `make test` checks every page type in each language once (light), the dark scheme on one page of each language and
# the phone width on one card page; `make gates` (KD_GATES=full) sweeps every page type in both schemes and every
# card page on a phone
FULL_TYPES = PAGE_TYPES + ["applications/llm/"] if FULL_SWEEP else PAGE_TYPES
DARK = ([lang + path for lang in ("", "en/") for path in FULL_TYPES] + ["404.html"] if FULL_SWEEP
        else ["", "en/families/attention/"])
CARD_PAGES = ([lang + path for lang in ("", "en/") for path in ("families/attention/", "papers/", "applications/llm/")]
              if FULL_SWEEP else ["en/applications/medical/"])
CASES = ([(lang + path, "light") for lang in ("", "en/") for path in FULL_TYPES]
         + [("404.html", "light"), ("en/404.html", "light")]
         + [(path, "dark") for path in DARK])


def violations_summary(violations: list[dict]) -> str:
    """One line per violated rule and node: rule, selector, why."""
    return "\n".join(
        f'{v["id"]}: {node["target"]} — {node["failureSummary"].splitlines()[-1].strip()}'
        for v in violations for node in v["nodes"]
    )


@pytest.mark.parametrize(("path", "scheme"), CASES)
def test_no_wcag_violations(browser, site_url, deployed_url, path, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    try:
        check_page(context, site_url, deployed_url, path, SCHEMES[scheme])
    finally:
        context.close()


@pytest.mark.parametrize("path", CARD_PAGES)
def test_no_wcag_violations_on_a_phone(browser, site_url, deployed_url, path):
    context = browser.new_context(color_scheme="light", **PHONE)
    try:
        check_page(context, site_url, deployed_url, path, "default")
    finally:
        context.close()


def check_page(context, site_url: str, deployed_url: str, path: str, scheme: str) -> None:
    """Open path in context and assert axe reports no violation of TAGS."""
    # The 404 page links its assets by absolute path under site_url's; serve those from the local site.
    prefix = site_url.rstrip("/") + urlsplit(deployed_url).path
    context.route(prefix + "**", lambda route: route.continue_(url=site_url + route.request.url[len(prefix):]))
    page = context.new_page()
    page.goto(site_url + path)
    if page.locator("#kd-explorer").count():  # the explorer's cards are made from its data file: check them too
        page.wait_for_selector("#kd-explorer.kd-explorer--ready")
    assert page.evaluate("document.body.dataset.mdColorScheme") == scheme
    page.add_script_tag(path=str(node_tool("axe-core/axe.min.js")))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    assert result["violations"] == [], violations_summary(result["violations"])
