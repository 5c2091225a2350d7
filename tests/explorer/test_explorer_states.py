"""The explorer in Chromium: a link matching nothing, "Show more" at the end, Chinese names in the text box, and the
language switch keeping the filters and the paper anchor."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from playwright.sync_api import expect

from kd.pages.explorer import PAGE_SIZE

from .test_explorer_browser import count_of, shown_ids

NOTHING = "?text=qqxzjv&family=self"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_link_matching_nothing_shows_no_cards_and_a_clear_button(explore, library, lang):
    page = explore(NOTHING, lang=lang)
    assert count_of(page) == 0 and str(len(library.papers)) in page.locator(".kd-explorer__count").inner_text()
    assert shown_ids(page) == []
    expect(page.locator(".kd-explorer__none")).to_be_visible()
    expect(page.locator(".kd-explorer__more")).to_be_hidden()
    clear = page.locator(".kd-explorer__none button")
    expect(clear).to_have_text("清除筛选" if lang == "zh" else "Clear filters")
    clear.click()
    expect(page).to_have_url(re.compile(r"/papers/$"))
    assert count_of(page) == len(library.papers) and len(shown_ids(page)) == PAGE_SIZE
    assert page.input_value("input[name=text]") == "" and page.input_value("select[name=family]") == ""
    expect(page.locator(".kd-explorer__none")).to_be_hidden()
    expect(page.locator(".kd-explorer__more")).to_be_visible()


def test_typing_to_no_match_empties_the_list(explore):
    page = explore()
    page.locator("input[name=text]").fill("qqxzjv")
    expect(page.locator(".kd-explorer__none")).to_be_visible()
    assert shown_ids(page) == [] and count_of(page) == 0


def test_show_more_is_hidden_when_nothing_is_left(explore, library):
    sizes = Counter(f for p in library.papers for f in p.families)
    small = min(sizes, key=sizes.get)
    page = explore(f"?family={small}")
    assert count_of(page) == sizes[small] < PAGE_SIZE
    expect(page.locator(".kd-explorer__more")).to_be_hidden()
    middle = next(f for f, n in sizes.items() if PAGE_SIZE < n <= 2 * PAGE_SIZE)
    page.select_option("select[name=family]", middle)
    more = page.locator(".kd-explorer__more")
    expect(more).to_be_visible()
    more.click()
    assert len(shown_ids(page)) == sizes[middle]
    expect(more).to_be_hidden()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_chinese_family_and_domain_names_find_their_papers(explore, expected, library, lang):
    page = explore(lang=lang)
    box = page.locator("input[name=text]")
    box.fill("自蒸馏")
    family = {p.id for p in library.papers if "self" in p.families}
    want = expected(text="自蒸馏")
    assert family <= want and count_of(page) == len(want) and set(shown_ids(page)) <= want
    box.fill("目标检测")
    domain = {p.id for p in library.papers if "detection" in p.domains}
    assert domain <= expected(text="目标检测") and count_of(page) == len(expected(text="目标检测"))
    box.fill("自蒸馏 目标检测")
    both = expected(text="自蒸馏 目标检测")
    assert family & domain <= both and count_of(page) == len(both) > 0


def switch_language(page, lang: str):
    page.locator(".md-select").first.hover()
    page.locator(f"a.md-select__link[hreflang={lang}]").click()


def test_language_switch_keeps_the_explorer_query(explore, expected):
    page = explore()
    page.locator("input[name=text]").press_sequentially("student")
    page.select_option("select[name=family]", "feature")
    expect(page).to_have_url(re.compile(r"/papers/\?text=student&family=feature$"))
    switch_language(page, "en")
    expect(page).to_have_url(re.compile(r"/en/papers/\?text=student&family=feature$"))
    page.wait_for_selector("#kd-explorer.kd-explorer--ready")
    assert page.input_value("input[name=text]") == "student" and page.input_value("select[name=family]") == "feature"
    assert count_of(page) == len(expected(text="student", family="feature"))
    switch_language(page, "zh")
    expect(page).to_have_url(re.compile(r"/papers/\?text=student&family=feature$"))
    assert "/en/" not in page.url


@pytest.mark.parametrize("start, target", [("en/", "zh"), ("", "en")])
def test_language_switch_keeps_the_paper_anchor(tab, site_url, library, start, target):
    paper = library.papers_in_family("self")[40]
    tab.goto(f"{site_url}{start}families/self/#{paper.id}")
    switch_language(tab, target)
    prefix = "en/" if target == "en" else ""
    expect(tab).to_have_url(f"{site_url}{prefix}families/self/#{paper.id}")
    expect(tab.locator(f"[id='{paper.id}']")).to_be_in_viewport()
