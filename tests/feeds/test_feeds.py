"""Atom and JSON feeds, the recent list and What's new: the papers that appeared last, newest first."""
from __future__ import annotations

import datetime as dt
import json

import feedparser
import jsonfeed

from kd.exports import feeds
from kd.pages import news

from stats.factory import library, paper

SITE = "https://example.org/kd/"


def dated():
    """Papers that appeared in different months (arXiv YYMM) or years (venue only), added on different days."""
    return library([
        paper("old2019x", 2019, ["logits"], added="2025-01-05"),
        paper("late2020x", 2020, ["feature"], added="2026-10-28", arxiv="2103.00001"),  # on arXiv after the venue
        paper("aug2025x", 2026, ["online"], added="2026-10-29", arxiv="2508.00001"),
        paper("year2026x", 2026, [], ["rl"], added="2026-11-20"),
        paper("newa2026x", 2026, ["logits"], added="2026-11-27", title="B title", arxiv="2601.00002"),
        paper("newb2026x", 2026, ["feature", "logits"], added="2026-11-27", title="A title", arxiv="2601.00003"),
        paper("dec2025x", 2026, ["nas"], added="2026-11-27", title="A title", arxiv="2512.00001"),
    ])


EXPECTED = ["newb2026x", "newa2026x", "year2026x", "dec2025x", "aug2025x", "late2020x", "old2019x"]


def test_window_is_the_newest_papers_by_when_they_appeared():
    assert [p.id for p in feeds.feed_window(dated())] == EXPECTED
    assert [p.id for p in feeds.feed_window(dated(), limit=2)] == EXPECTED[:2]
    assert feeds.feed_window(library([])) == []


def test_atom_feed_parses_and_lists_exactly_the_window():
    for lang, root in (("zh", SITE), ("en", SITE + "en/")):
        parsed = feedparser.parse(feeds.atom_feed(dated(), lang, SITE))
        assert not parsed.bozo, parsed.bozo_exception
        assert parsed.version == "atom10"
        assert parsed.feed.language == lang
        ids = [e.id.rsplit("#", 1)[1] for e in parsed.entries]
        assert ids == EXPECTED
        by_id = {e.id.rsplit("#", 1)[1]: e for e in parsed.entries}
        assert by_id["newb2026x"].link == root + "families/feature/#newb2026x"
        assert by_id["year2026x"].link == root + "applications/rl/#year2026x"
        assert [l.href for l in by_id["newb2026x"].links] == [root + "families/feature/#newb2026x"]
        assert 'href="https://example.org/newb2026x"' in by_id["newb2026x"].content[0].value
        assert by_id["dec2025x"].published_parsed[:3] == (2025, 12, 1)  # the month it appeared
        assert by_id["dec2025x"].updated_parsed[:3] == (2026, 11, 27)  # the day the site added it
        assert by_id["year2026x"].published_parsed[:3] == (2026, 1, 1)
        assert [a.name for a in by_id["newb2026x"].authors] == ["Ada Lovelace", "Alan Turing"]
        assert parsed.feed.updated_parsed[:3] == (2026, 11, 27)
        self_links = [l.href for l in parsed.feed.links if l.rel == "self"]
        assert self_links == [root + "feed.xml"]


def test_json_feed_is_json_feed_1_1_with_the_same_items():
    for lang, root in (("zh", SITE), ("en", SITE + "en/")):
        text = feeds.json_feed(dated(), lang, SITE)
        data = json.loads(text)
        assert data["version"] == "https://jsonfeed.org/version/1.1"
        assert data["feed_url"] == root + "feed.json" and data["home_page_url"] == root
        parsed = jsonfeed.Feed.parse_string(text)
        assert [i.id.rsplit("#", 1)[1] for i in parsed.items] == EXPECTED
        for item in data["items"]:
            assert item["url"].startswith(root) and item["id"] == item["url"]
            dt.datetime.fromisoformat(item["date_published"])
            dt.datetime.fromisoformat(item["date_modified"])
        assert data["items"][3]["date_published"].startswith("2025-12-01")
        dates = [item["date_published"] for item in data["items"]]
        assert dates == sorted(dates, reverse=True)


def test_feed_text_is_escaped():
    lib = library([paper("x2020x", 2020, ["logits"], title="<script>alert(1)</script> & co")])
    parsed = feedparser.parse(feeds.atom_feed(lib, "en", SITE))
    assert parsed.entries[0].title == "<script>alert(1)</script> & co"
    assert "<script>" not in feeds.atom_feed(lib, "en", SITE).decode()
    assert json.loads(feeds.json_feed(lib, "en", SITE))["items"][0]["title"].startswith("<script>")


def test_limit_applies_to_a_big_import():
    lib = library([paper(f"p{n:04d}x", 2020, ["logits"]) for n in range(150)])
    parsed = feedparser.parse(feeds.atom_feed(lib, "en", SITE))
    assert len(parsed.entries) == feeds.FEED_LIMIT


def test_write_feeds(tmp_path):
    written = feeds.write_feeds(dated(), "en", SITE, tmp_path / "en")
    assert sorted(p.name for p in written) == ["feed.json", "feed.xml"]
    assert feedparser.parse((tmp_path / "en" / "feed.xml").read_bytes()).entries


def test_recent_list_and_whats_new():
    lib = dated()
    html = news.recent_list(lib, "en", "../", limit=4)
    assert html.count("<li>") == 4
    assert [p.id for p in news.recent_papers(lib, 4)] == EXPECTED[:4]
    assert 'href="../families/feature/#newb2026x"' in html
    assert '<time class="kd-published" datetime="2026-01">appeared January 2026</time>' in html
    assert html.count("kd-published") == 3  # the year-only paper has no month to show
    page = news.changelog_page(lib, "en", "../")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == [  # parentheses are Markdown-escaped
        "## January 2026 { #published-2026-01 }", r"## 2026 \(year only\) { #published-2026 }",
        "## December 2025 { #published-2025-12 }", "## August 2025 { #published-2025-08 }",
        r"## 2020 \(year only\) { #published-2020 }", r"## 2019 \(year only\) { #published-2019 }",
        "## Site change log { #site-log }"]
    assert "2 papers." in page and "1 paper." in page and "1 papers" not in page
    assert len(news.changelog_page(lib, "en", "../", months=2).split("<li>")) == 4  # 3 papers in the 2 newest groups
    log = page[page.index("{ #site-log }"):]
    assert [row.split("</th>")[0] for row in log.split('<th scope="row">')[1:]] == [
        "November 2026", "October 2026", "January 2025"]
    assert "<td>4</td>" in log and "<td>2</td>" in log
    zh = news.changelog_page(lib, "zh", "../")
    assert "## 2026 年 1 月" in zh and "## 2026 年（只知年份）" in zh and "2 篇论文。" in zh and "## 本站收录记录" in zh
    assert "2026 年 1 月发表" in news.recent_list(lib, "zh", "")
    assert news.recent_list(library([]), "zh", "") == '<p class="kd-empty">暂无论文。</p>'
