"""A reader's path in headless Chromium: navigate to a family page, search in both languages, switch language."""
from __future__ import annotations

import re

from playwright.sync_api import expect


def search(page, query: str):
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill(query)
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=15000)
    return results


def test_reach_a_family_page_through_navigation(page, site_url, library):
    page.goto(site_url)
    expect(page.locator("h1")).to_contain_text("知识蒸馏")
    page.locator(".md-tabs__link", has_text="方法类别").click()
    expect(page).to_have_url(re.compile(r"/families/$"))
    family = library.family("online")
    page.locator("article a", has_text=family.name.zh).first.click()
    expect(page).to_have_url(re.compile(r"/families/online/$"))
    expect(page.locator("article.kd-paper")).to_have_count(len(library.papers_in_family("online")))


def test_search_finds_hinton_and_leads_to_a_paper_anchor(page, site_url):
    page.goto(site_url)
    results = search(page, "Hinton")
    hrefs = [a.get_attribute("href") for a in results.locator("a").all()]
    assert any(h.endswith("#hinton2015distilling") for h in hrefs), hrefs
    href = next(h for h in hrefs if h.endswith("#hinton2015distilling"))
    anchor = href.split("#")[1]
    link = page.locator(f'.md-search-result__item a[href="{href}"]')
    if not link.is_visible():  # folded under "N more on this page"
        link.locator("xpath=ancestor::details[1]/summary").click()
    link.click()
    expect(page).to_have_url(re.compile(f"#{anchor}$"))
    target = page.locator(f'article[data-id="{anchor}"]')
    expect(target).to_be_visible(timeout=30000)  # the logits page holds about 1,900 cards
    expect(target).to_contain_text("Hinton")


def test_chinese_search_finds_a_word_inside_a_sentence(page, site_url):
    page.goto(site_url)
    results = search(page, "蒸馏")
    assert results.count() > 0
    expect(page.locator(".md-search-result__meta")).to_contain_text(re.compile(r"\d"))


def test_language_switch_goes_to_the_same_page(page, site_url):
    page.goto(site_url + "families/online/")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator('a[hreflang="en"]').first.click()
    expect(page).to_have_url(re.compile(r"/en/families/online/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_contain_text("Online Distillation")


def test_search_index_loads_only_when_the_reader_reaches_for_search(page, site_url):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "en/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if "/search/" in url or "minisearch" in url]
    page.keyboard.press("/")  # the shortcut to the search box
    expect(page.locator("input.md-search__input")).to_be_focused()
    page.keyboard.type("Hinton")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15000)
    fetched = sorted(url for url in requested if "/search/" in url)
    # this language's index and the papers (no arXiv ids or DOIs for this query), never Material's
    assert fetched == [site_url + "search/kd.en.json", site_url + "search/kd.papers.json.gz"]


def test_a_search_link_with_a_query_opens_its_results(page, site_url):
    page.goto(site_url + "en/?q=Hinton")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15000)
