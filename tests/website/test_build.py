"""The real site builds with --strict and every page shows exactly the papers the data assigns to it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

LANG_PREFIXES = {"zh": "", "en": "en/"}
PAGES = ["", "overview/", "families/", "applications/", "drl/", "repositories/", "benchmarks/"]
ARTICLE_ID = re.compile(r'<article class="kd-paper" data-id="([^"]+)"')


def read(site, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANG_PREFIXES)
def test_every_family_page_lists_exactly_its_papers(built_site, library, lang):
    for family in library.families:
        html = read(built_site, f"{LANG_PREFIXES[lang]}families/{family.id}")
        shown = ARTICLE_ID.findall(html)
        expected = [p.id for p in library.papers_in_family(family.id)]
        assert shown == expected, family.id
        assert len(shown) == len(set(shown))


@pytest.mark.parametrize("lang", LANG_PREFIXES)
def test_every_domain_page_lists_exactly_its_papers(built_site, library, lang):
    for domain in library.domains:
        shown = ARTICLE_ID.findall(read(built_site, f"{LANG_PREFIXES[lang]}applications/{domain.id}"))
        assert shown == [p.id for p in library.papers_in_domain(domain.id)], domain.id


def test_every_paper_appears_somewhere(built_site, library):
    on_pages = set()
    for family in library.families:
        on_pages |= set(ARTICLE_ID.findall(read(built_site, f"families/{family.id}")))
    for domain in library.domains:
        on_pages |= set(ARTICLE_ID.findall(read(built_site, f"applications/{domain.id}")))
    assert on_pages == {p.id for p in library.papers}


@pytest.mark.parametrize("lang", LANG_PREFIXES)
@pytest.mark.parametrize("page", PAGES)
def test_page_exists_with_description_and_alternate_language(built_site, lang, page):
    html = read(built_site, LANG_PREFIXES[lang] + page)
    description = re.search(r'<meta name="description" content="([^"]*)"', html)
    assert description and len(description.group(1)) > 20
    assert f'<html lang="{"zh" if lang == "zh" else "en"}"' in html
    assert 'hreflang="en"' in html and 'hreflang="zh"' in html


def test_home_counts_match_data(built_site, library):
    for folder, words in (("", "{} 篇论文 · {} 个方法类别"), ("en", "{} papers · {} method families")):
        counts = read(built_site, folder).split('<p class="kd-lead__counts">')[1].split("</p>")[0]
        assert counts.startswith(words.format(len(library.papers), len(library.families)))


def test_overview_names_the_surveys_and_articles(built_site):
    html = read(built_site, "overview")
    for url in ("https://arxiv.org/abs/2006.05525", "https://arxiv.org/abs/2004.05937",
                "https://zhuanlan.zhihu.com/p/160206075", "https://zhuanlan.zhihu.com/p/138210881"):
        assert f'href="{url}"' in html


FETCHED = re.compile(
    r'<(?:script|img|source|iframe)\b[^>]*\ssrc="([^"]+)"'
    r'|<link\b(?=[^>]*\srel="(?:stylesheet|icon|preload|modulepreload|manifest)")[^>]*\shref="([^"]+)"'
)


def test_site_has_404_sitemap_and_loads_nothing_from_other_hosts(built_site):
    assert (built_site / "404.html").is_file()
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<loc>") >= 2 * (len(PAGES) + 14)
    for html_file in built_site.rglob("*.html"):
        for match in FETCHED.finditer(html_file.read_text(encoding="utf-8")):
            url = match.group(1) or match.group(2)
            assert not re.match(r"^(https?:)?//", url), (html_file, url)


def test_every_page_loads_materials_bundle_once_deferred_after_its_content(built_site):
    """Where Material puts it, at the end of the body, but deferred: the parser does not wait for it, nor the first
    paint (bench/README.md: page load against bare Material)."""
    for html_file in built_site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        head, _, body = html.partition("</head>")
        bundles = re.findall(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"([^>]*)>', body)
        assert bundles == [" defer"], html_file
        assert "javascripts/bundle." not in head and 'blocking="render"' not in html, html_file
        assert body.index("javascripts/bundle.") > body.index('<script id="__config"'), html_file


PARTIALS = ROOT / "overrides" / "partials"
STYLE_PARTS = {p.stem.removeprefix("kd-"): p for p in sorted(PARTIALS.glob("kd-*.css"))}


def as_included(path: Path) -> str:
    """A stylesheet as Jinja includes it (without its last newline)."""
    return path.read_text(encoding="utf-8").removesuffix("\n")


INCLUDED = {name: as_included(path) for name, path in STYLE_PARTS.items()}
EVERY_PAGE = as_included(PARTIALS / "kd.css")


def inlined_parts(head: str, html_file) -> list[str]:
    """The parts of our stylesheet in a page's one <style>, in order, each as written (so no Jinja was read in it);
    partials/kd.css follows them."""
    styles = re.findall(r"<style>(.*?)</style>", head, re.S)
    assert len(styles) == 1, html_file
    rest, parts = styles[0], []
    while rest != EVERY_PAGE:
        part = next((name for name, text in INCLUDED.items() if rest.startswith(text)), None)
        assert part and part not in parts, (html_file, rest[:200])
        parts.append(part)
        rest = rest[len(INCLUDED[part]):]
    return parts


def test_every_page_has_the_header_search_box(built_site):
    """Material's header holds our search box only while its search plugin is enabled (hooks/material_search.py
    keeps it enabled, without its index)."""
    for html_file in built_site.rglob("*.html"):
        assert html_file.read_text(encoding="utf-8").count('class="md-search" role="dialog"') == 1, html_file


def test_every_page_carries_our_stylesheet_inline_as_written(built_site):
    """A <style> after Material's stylesheets with the parts of our stylesheet the page's front matter names (all of
    them by default), then partials/kd.css; no stylesheet of ours to fetch."""
    pages = list(built_site.rglob("*.html"))
    every_part = 0
    for html_file in pages:
        head = html_file.read_text(encoding="utf-8").partition("</head>")[0]
        every_part += inlined_parts(head, html_file) == list(STYLE_PARTS)
        assert head.index("<style>") > head.index("assets/stylesheets/palette."), html_file
        assert all("/assets/stylesheets/" in "/" + href for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', head))
    assert every_part < len(pages) / 2  # most pages name their parts


def selector_classes(css: str) -> set[str]:
    """Our classes (kd-*) that the selectors of a stylesheet name."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    return {name for selector in re.findall(r"([^{}]*)\{", css) for name in re.findall(r"\.(kd-[\w-]+)", selector)}


def test_every_page_inlines_the_styles_of_what_it_shows(built_site):
    """A page whose HTML uses a class of one of our stylesheet's parts inlines that part (the explorer, whose cards
    explorer.js makes, the cards too): else kd_styles in its page's front matter names too few parts."""
    named = {name: selector_classes(text) for name, text in INCLUDED.items()}
    assert all(named.values()) and set(named) == {"cards", "explorer", "home", "charts"}
    for html_file in built_site.rglob("*.html"):
        head, _, body = html_file.read_text(encoding="utf-8").partition("</head>")
        used = {name for attr in re.findall(r'class="([^"]*)"', body) for name in attr.split()}
        needed = {part for part, classes in named.items() if classes & used}
        if "kd-explorer__list" in used:
            needed.add("cards")
        missing = needed - set(inlined_parts(head, html_file))
        assert not missing, f"{html_file}: add {sorted(missing)} to kd_styles in its page's front matter"
