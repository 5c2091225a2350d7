"""The built site: both languages' feeds exist, every page links its language's feeds, entry links resolve."""
from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser

from kd.exports import feeds
from kd.pages import news

SITE_URL = "https://awesome-kd.github.io/awesome-knowledge-distillation/"


def local(built_site: Path, url: str) -> tuple[Path, str]:
    """The built file and fragment of an absolute site URL."""
    assert url.startswith(SITE_URL), url
    path, _, fragment = url[len(SITE_URL):].partition("#")
    return built_site / path / "index.html", fragment


def test_feeds_are_built_for_both_languages(built_site, library):
    window = [p.id for p in feeds.feed_window(library)]
    for folder, lang in (("", "zh"), ("en", "en")):
        parsed = feedparser.parse((built_site / folder / "feed.xml").read_bytes())
        assert not parsed.bozo and parsed.feed.language == lang
        assert [e.id.rsplit("#", 1)[1] for e in parsed.entries] == window
        data = json.loads((built_site / folder / "feed.json").read_text(encoding="utf-8"))
        assert [i["id"].rsplit("#", 1)[1] for i in data["items"]] == window


def test_feed_links_resolve_to_built_permalinks(built_site):
    anchors: dict[Path, set[str]] = {}
    for folder in ("", "en"):
        for entry in feedparser.parse((built_site / folder / "feed.xml").read_bytes()).entries:
            page, fragment = local(built_site, entry.link)
            assert page.is_file(), entry.link
            if page not in anchors:
                anchors[page] = set(re.findall(r'\bid="([^"]+)"', page.read_text(encoding="utf-8")))
            assert fragment in anchors[page], entry.link


def test_every_page_links_its_languages_feeds(built_site):
    pages = sorted(built_site.rglob("index.html"))
    assert len(pages) > 20
    for page in pages:
        html = page.read_text(encoding="utf-8")
        rel = page.parent.relative_to(built_site).as_posix()
        lang_root = built_site / "en" if rel == "en" or rel.startswith("en/") else built_site
        for kind, name in (("application/atom+xml", "feed.xml"), ("application/feed+json", "feed.json")):
            m = re.search(rf'<link rel="alternate" type="{re.escape(kind)}"[^>]*href="([^"]+)"', html)
            assert m, (page, kind)
            assert (page.parent / m.group(1)).resolve() == (lang_root / name).resolve(), (page, m.group(1))


def test_new_pages_and_macros_are_built(built_site, library):
    for folder in ("", "en/"):
        stats_page = (built_site / folder / "stats" / "index.html").read_text(encoding="utf-8")
        assert stats_page.count('<svg class="kd-chart__svg"') == 4
        changelog = (built_site / folder / "changelog" / "index.html").read_text(encoding="utf-8")
        listed = sum(len(papers) for _, papers in news.by_month(library)[:news.NEWS_MONTHS])
        assert changelog.count("<li><a href=") == listed and 'id="site-log"' in changelog
        home = (built_site / folder / "index.html").read_text(encoding="utf-8")
        recent = home.split('<ul class="kd-recent">')[1].split("</ul>")[0]
        assert recent.count("<li>") == min(news.RECENT, len(library.papers))
        overview = (built_site / folder / "overview" / "index.html").read_text(encoding="utf-8")
        assert overview.count('class="kd-taxonomy__box"') == len(library.families)
        family = (built_site / folder / "families" / "logits" / "index.html").read_text(encoding="utf-8")
        assert 'class="kd-timeline"' in family and 'class="kd-origins"' in family
