"""The same project built by Zensical (pinned in .venv-zensical, as `make build-zensical` does), then completed by
`kd site-files`: both languages, every family and application page with all its papers, the exports, feeds and
sitemaps byte for byte those of the MkDocs build, no unexpanded macro, every link resolving, the family pages'
edit links, and the header search answering a Chinese and an English query in Chromium."""
from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import subprocess
import threading
from html import unescape
from pathlib import Path

import pytest
from playwright.sync_api import expect

from build_engines import ZENSICAL_BIN  # bench/, on the path from conftest.py
from gates.web.linkcheck import check_site
from kd.exports.downloads import export_files
from kd.exports.searchindex import IDS_PATH, PAPERS_PATH, index_path
from website.test_search_browser import PAGES, PAPERS, page_urls, paper_ids

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILES = ("data", "docs", "hooks", "overrides", "mkdocs.yml")
LANG_PREFIXES = {"zh": "", "en": "en/"}
ARTICLE_ID = re.compile(r'<article class="kd-paper" data-id="([^"]+)"')
REPO = "https://github.com/awesome-kd/awesome-knowledge-distillation"


def run(command: list, cwd: Path) -> None:
    """Run one step of the Zensical build; fail with its output."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(map(str, command))}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    """A copy of the project built with `zensical-i18n build --clean --strict`, then `kd site-files`."""
    if not (ZENSICAL_BIN / "zensical-i18n").is_file():
        pytest.skip(f"no Zensical in {ZENSICAL_BIN.parent}: `make test` (or `make build-zensical`) installs it")
    project = tmp_path_factory.mktemp("zensical-project")
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, project / name)
    run([ZENSICAL_BIN / "zensical-i18n", "build", "--clean", "--strict"], project)
    run([ZENSICAL_BIN / "kd", "--data", project / "data", "site-files", project / "site"], project)
    return project / "site"


def read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANG_PREFIXES)
def test_both_languages_are_built(zensical_site, lang):
    html = read(zensical_site, LANG_PREFIXES[lang])
    assert f'<html lang="{lang}"' in html
    assert (zensical_site / LANG_PREFIXES[lang] / "404.html").is_file()
    # without hooks/material_bundle.py (Zensical ignores hooks:) the theme's own scripts block loads its bundle
    assert re.search(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"', html)
    assert 'src=""' not in html


@pytest.mark.parametrize("lang", LANG_PREFIXES)
def test_every_family_and_application_page_lists_exactly_its_papers(zensical_site, library, lang):
    for family in library.families:
        shown = ARTICLE_ID.findall(read(zensical_site, f"{LANG_PREFIXES[lang]}families/{family.id}"))
        assert shown == [p.id for p in library.papers_in_family(family.id)], family.id
    for domain in library.domains:
        shown = ARTICLE_ID.findall(read(zensical_site, f"{LANG_PREFIXES[lang]}applications/{domain.id}"))
        assert shown == [p.id for p in library.papers_in_domain(domain.id)], domain.id


def test_exports_feeds_and_sitemaps_equal_the_mkdocs_build(zensical_site, built_site, library):
    paths = [*export_files(library), "feed.xml", "feed.json", "en/feed.xml", "en/feed.json", "en/sitemap.xml"]
    differ = [path for path in paths if (zensical_site / path).read_bytes() != (built_site / path).read_bytes()]
    assert differ == [], differ[:20]


@pytest.mark.parametrize("lang", LANG_PREFIXES)
def test_search_index_has_the_same_papers_and_pages(zensical_site, built_site, lang):
    ours, theirs = (json.loads((site / index_path(lang)).read_text(encoding="utf-8"))
                    for site in (zensical_site, built_site))
    for key in ("families", "domains"):
        assert ours[key] == theirs[key], key
    assert [p["url"] for p in ours["pages"]] == [p["url"] for p in theirs["pages"]]
    for shared in (PAPERS_PATH, IDS_PATH):  # the papers' columns and ids, one file each for both languages
        assert (zensical_site / shared).read_bytes() == (built_site / shared).read_bytes(), shared


def test_no_page_is_left_with_an_unexpanded_macro(zensical_site):
    pages = sorted(zensical_site.rglob("*.html"))
    assert len(pages) > 70
    assert [p.relative_to(zensical_site).as_posix() for p in pages if "{{" in p.read_text(encoding="utf-8")] == []


def test_every_internal_link_and_anchor_resolves(zensical_site):
    broken = check_site(zensical_site, "https://awesome-kd.github.io/awesome-knowledge-distillation/")
    assert broken == [], "\n".join(f"{b.page}: {b.link} ({b.reason})" for b in broken[:40])


def test_family_pages_edit_their_data_file(zensical_site):
    for page in ("families/logits", "en/families/logits"):
        html = unescape(read(zensical_site, page))  # Zensical's templates escape every / of a URL as &#x2f;
        assert f'href="{REPO}/edit/main/data/papers/logits.yml"' in html, page


def test_every_page_inlines_the_styles_the_mkdocs_build_inlines(zensical_site, built_site):
    """The parts of our stylesheet named in each page's front matter (kd_styles) reach the page in Zensical too."""
    ours = (ROOT / "overrides" / "partials" / "kd.css").read_text(encoding="utf-8").removesuffix("\n")
    pages = [p.relative_to(built_site) for p in built_site.rglob("index.html")]
    assert len(pages) > 70
    for page in pages:
        style = [[s for s in re.findall(r"<style>.*?</style>", (site / page).read_text(encoding="utf-8"), re.S)
                  if s.endswith(ours + "</style>")] for site in (built_site, zensical_site)]
        assert len(style[0]) == 1 and style[0] == style[1], page


@pytest.fixture(scope="module")
def zensical_url(zensical_site):
    handler = functools.partial(_Quiet, directory=str(zensical_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def search(page, url: str, query: str):
    """Type the query into the header search box of a page and wait for the results."""
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").fill(query)
    expect(page.locator(PAPERS).first).to_be_visible(timeout=15000)
    assert errors == []


def test_search_answers_a_chinese_query(page, zensical_url, library):
    search(page, zensical_url + "families/self/", "自蒸馏")
    ids, self_ids = paper_ids(page), {p.id for p in library.papers_in_family("self")}
    assert ids and set(ids) <= self_ids
    expect(page.locator(PAGES).first).to_be_attached(timeout=15000)
    assert page_urls(page)[0] == f"{zensical_url}families/self/"


def test_search_answers_an_english_query_with_cards_of_its_language(page, zensical_site, zensical_url):
    search(page, zensical_url + "en/", "Hinton")
    assert paper_ids(page)[0] == "hinton2015distilling"
    hrefs = page.locator(PAPERS).evaluate_all("els => els.map(a => a.href)")
    assert all(href.startswith(zensical_url + "en/") for href in hrefs), hrefs
    assert hrefs[0] == f"{zensical_url}en/families/logits/#hinton2015distilling"
    assert 'id="hinton2015distilling"' in read(zensical_site, "en/families/logits")
