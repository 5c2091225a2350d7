"""Explorer test helpers: the expected results computed from the library, and browser contexts without outside requests."""
from __future__ import annotations

import re
import unicodedata

import pytest

OUTSIDE = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")


def fold(text: str) -> str:
    """The explorer's matching key: lowercase without accents (as explorer.js computes it)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def matching(library, text="", family="", domain="", venue="", low=0, high=9999, code=False):
    """The papers the explorer should show for these filters (text matched in title, authors, venue, year and the
    Chinese names of the paper's families and domains)."""
    tokens = fold(text).split()
    found = []
    for p in library.papers:
        labels = [library.family(f).name.zh for f in p.families] + [library.domain(d).name.zh for d in p.domains]
        haystack = fold(" ".join([p.title, *p.authors, p.venue, str(p.year), *labels]))
        if all(t in haystack for t in tokens) and (not family or family in p.families) \
                and (not domain or domain in p.domains) and (not venue or p.venue == venue) \
                and low <= p.year <= high and (not code or p.links.code):
            found.append(p)
    return found


@pytest.fixture
def new_context(browser):
    """Open browser contexts that cannot reach other hosts; all are closed after the test."""
    contexts = []

    def make(**options):
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        context.route(OUTSIDE, lambda route: route.abort())
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def tab(new_context):
    """A page in a fresh context that allows reading and writing the clipboard."""
    return new_context(permissions=["clipboard-read", "clipboard-write"]).new_page()


@pytest.fixture
def explore(tab, site_url):
    """Open the explorer (zh by default) with a query string and wait until explorer.js is ready."""
    def go(query: str = "", lang: str = "zh"):
        tab.goto(f"{site_url}{'en/' if lang == 'en' else ''}papers/{query}")
        tab.wait_for_selector("#kd-explorer.kd-explorer--ready")
        return tab
    return go


@pytest.fixture
def expected(library):
    """expected(**filters): the ids of the papers the explorer should list, for the real library."""
    return lambda **filters: {p.id for p in matching(library, **filters)}


@pytest.fixture
def folded():
    return fold
