"""Atom and JSON feeds, the recent list and the changelog: exactly the papers of their window, newest first."""
from __future__ import annotations

import datetime as dt
import json

import feedparser
import jsonfeed

from kd import feeds, news

from stats.factory import library, paper

SITE = "https://example.org/kd/"


def dated():
    """Papers added on different days: the newest is 2026-11-27, so the 30-day window starts 2026-10-29."""
    return library([
        paper("old2019x", 2019, ["logits"], added="2025-01-05"),
        paper("edge2020x", 2020, ["feature"], added="2026-10-28"),   # one day too old
        paper("start2021x", 2021, ["online"], added="2026-10-29"),   # first day of the window
        paper("mid2018x", 2018, [], ["rl"], added="2026-11-20"),
        paper("newa2017x", 2017, ["logits"], added="2026-11-27", title="B title"),
        paper("newb2024x", 2024, ["feature", "logits"], added="2026-11-27", title="A title"),
        paper("newc2017x", 2017, ["nas"], added="2026-11-27", title="A title"),
    ])


EXPECTED = ["newb2024x", "newc2017x", "newa2017x", "mid2018x", "start2021x"]


def test_window_is_the_last_30_days_newest_first():
    assert [p.id for p in feeds.feed_window(dated())] == EXPECTED
    assert [p.id for p in feeds.feed_window(dated(), days=1)] == EXPECTED[:3]
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
        assert by_id["newb2024x"].link == root + "families/feature/#newb2024x"
        assert by_id["mid2018x"].link == root + "applications/rl/#mid2018x"
        assert [l.href for l in by_id["newb2024x"].links] == [root + "families/feature/#newb2024x"]
        assert 'href="https://example.org/newb2024x"' in by_id["newb2024x"].content[0].value
        assert by_id["mid2018x"].published_parsed[:3] == (2026, 11, 20)
        assert [a.name for a in by_id["newb2024x"].authors] == ["Ada Lovelace", "Alan Turing"]
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


def test_recent_list_and_changelog():
    lib = dated()
    html = news.recent_list(lib, "en", "../", limit=4)
    assert html.count("<li>") == 4
    assert [p.id for p in news.recent_papers(lib, 4)] == EXPECTED[:4]
    assert 'href="../families/feature/#newb2024x"' in html and 'datetime="2026-11-27"' in html
    page = news.changelog_page(lib, "en", "../")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## November 2026 { #added-2026-11 }", "## October 2026 { #added-2026-10 }",
                        "## January 2025 { #added-2025-01 }"]
    assert "4 papers added." in page and "2 papers added." in page and "1 paper added." in page
    zh = news.changelog_page(lib, "zh", "../")
    assert "## 2026 年 11 月" in zh and "新增 4 篇论文。" in zh
    assert news.recent_list(library([]), "zh", "") == '<p class="kd-empty">暂无新增论文。</p>'
