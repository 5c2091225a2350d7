"""Every page type, in both languages, loads only from the site's own host and finds every file it asks for."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

PAGE_TYPES = ["", "overview/", "families/", "families/feature/", "papers/", "applications/",
              "applications/llm/", "drl/", "repositories/", "data/", "stats/", "changelog/", "contributing/"]


@pytest.mark.parametrize("lang_prefix", ["", "en/"])
@pytest.mark.parametrize("path", PAGE_TYPES)
def test_page_requests_stay_on_the_site(page, site_url, lang_prefix, path):
    requested, failed = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("response", lambda response: response.status >= 400 and failed.append((response.status, response.url)))
    page.goto(site_url + lang_prefix + path, wait_until="networkidle")
    page.mouse.wheel(0, 20000)
    page.wait_for_timeout(300)
    own = urlsplit(site_url).netloc
    foreign = [url for url in requested if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own]
    assert foreign == []
    assert failed == [], failed
    assert len(requested) > 1
