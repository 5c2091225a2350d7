"""The site's frame speaks the reader's language: footer, dark-mode toggle, 404 page, counts, logo and social cards."""
from __future__ import annotations

import functools
import http.server
import re
import struct
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import _QuietHandler

PREFIX = "awesome-knowledge-distillation/"  # site_url's path, where the 404 page's links point
LANGS = {"zh": "", "en": "en/"}
WORDS = {"zh": ("代码 MIT · 数据与文字 CC BY 4.0", "使用", ("切换到深色模式", "切换到浅色模式"), "找不到这个页面"),
         "en": ("Code MIT · data and text CC BY 4.0", "Made with", ("Switch to dark mode", "Switch to light mode"),
                "Page not found")}


class _PagesHandler(_QuietHandler):
    """Serves like GitHub Pages: the site under its path, and the root 404.html for any missing address."""

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / PREFIX / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def pages_url(built_site, tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    (root / PREFIX.rstrip("/")).symlink_to(built_site, target_is_directory=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_PagesHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{PREFIX}"
    server.shutdown()


@pytest.mark.parametrize("lang", LANGS)
def test_footer_and_dark_mode_toggle_are_in_the_page_language(page, site_url, lang):
    copyright_text, made_with, toggles, _ = WORDS[lang]
    page.goto(site_url + LANGS[lang] + "families/feature/")
    footer = page.locator(".md-copyright")
    expect(footer).to_contain_text(copyright_text)
    expect(footer).to_contain_text(made_with)
    other = "en" if lang == "zh" else "zh"
    assert WORDS[other][0] not in footer.inner_text()
    labels = page.locator("form[data-md-component=palette] label")
    assert [labels.nth(i).get_attribute("title") for i in range(labels.count())] == list(toggles)
    visible = page.locator("form[data-md-component=palette] label:visible")
    expect(visible).to_have_count(1)
    assert visible.get_attribute("title") in toggles


@pytest.mark.parametrize("lang", LANGS)
def test_a_missing_page_gets_the_404_page_of_its_language(page, pages_url, lang):
    failed = []
    page.on("response", lambda r: r.status >= 400 and r.request.resource_type != "document" and failed.append(r.url))
    asked = pages_url + LANGS[lang] + "families/no-such-family/?from=test"
    response = page.goto(asked)
    assert response.status == 404
    expect(page.locator("h1")).to_have_text(f"404 · {WORDS[lang][3]}")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page).to_have_url(asked)  # the English page shows the address the reader asked for
    expect(page.locator(".md-copyright")).to_contain_text(WORDS[lang][0])
    home = page.locator("article a").first
    home.click()
    expect(page).to_have_url(pages_url + LANGS[lang])
    assert failed == []


def test_english_pages_count_one_paper(page, site_url, library):
    one_year = next(f for f in library.families if any(
        sum(p.year == q.year for q in library.papers_in_family(f.id)) == 1 for p in library.papers_in_family(f.id)))
    page.goto(site_url + f"en/families/{one_year.id}/")
    headings = page.locator("h2").all_inner_texts()
    assert any(re.search(r"· 1 paper¶?$", h) for h in headings), headings
    assert not [h for h in headings if re.search(r"\b1 papers\b", h)]


@pytest.mark.parametrize("lang", LANGS)
def test_logo_and_favicon_are_our_own_and_load(page, site_url, lang):
    page.goto(site_url + LANGS[lang])
    logo = page.locator(".md-header .md-logo img")
    expect(logo).to_have_attribute("src", re.compile(r"assets/logo\.svg$"))
    assert page.evaluate("img => img.complete && img.naturalWidth > 0", logo.element_handle())
    icon = page.locator('link[rel="icon"]').get_attribute("href")
    assert icon.endswith("assets/favicon.svg")
    response = page.request.get(page.url + icon if not icon.startswith("/") else icon)
    assert response.ok and response.headers["content-type"].startswith("image/svg+xml")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


META = """() => Object.fromEntries(Array.from(document.querySelectorAll(
  'meta[property^="og:"], meta[name^="twitter:"], meta[name="description"], link[rel="canonical"]'
)).map(m => [m.getAttribute("property") || m.getAttribute("name") || "canonical",
             m.getAttribute("content") || m.getAttribute("href")]))"""


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["", "families/feature/", "papers/", "stats/"])
def test_every_page_has_its_social_card(page, site_url, built_site, lang, path):
    page.goto(site_url + LANGS[lang] + path)
    meta = page.evaluate(META)
    deployed = re.sub(r"[^/]*$", "", meta["canonical"]).removesuffix(LANGS[lang] + path)
    assert meta["og:url"] == meta["canonical"] == deployed + LANGS[lang] + path
    assert meta["og:description"] == meta["description"] and len(meta["description"]) > 20
    title = page.title()
    assert meta["og:title"] and meta["og:title"] in title
    if path:
        assert meta["og:title"] == page.locator("h1").first.inner_text().strip().removesuffix("¶").strip()
    assert meta["og:image"] == f"{deployed}assets/social-card-{lang}.png"
    assert png_size(built_site / "assets" / f"social-card-{lang}.png") == (1200, 630)
    assert meta["og:locale"] == {"zh": "zh_CN", "en": "en_US"}[lang]
    assert meta["twitter:card"] == "summary_large_image"
