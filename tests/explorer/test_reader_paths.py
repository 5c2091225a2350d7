"""A reader's path in Chromium: the home page's search and explorer link above the fold, its counts and newest papers,
and the family and application pages' links to the filtered explorer and to their .bib files."""
from __future__ import annotations

import re

import bibtexparser
import pytest
from playwright.sync_api import expect

from kd.pages import news

from .test_explorer_browser import count_of

SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 740}}


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_home_leads_with_search_explorer_counts_and_newest_papers(new_context, site_url, library, lang, size):
    page = new_context(viewport=SIZES[size]).new_page()
    page.goto(site_url + ("en/" if lang == "en" else ""))
    height = SIZES[size]["height"]
    for element in (page.locator("#kd-lead-text"), page.locator("a.kd-lead__explorer")):
        expect(element).to_be_visible()
        box = element.bounding_box()
        assert box["y"] + box["height"] <= height, (element, box)
    counts = page.locator(".kd-lead__counts").inner_text()
    assert str(len(library.papers)) in counts and str(len(library.families)) in counts
    expect(page.locator("a.kd-lead__explorer")).to_contain_text(str(len(library.papers)))
    links = page.locator("ul.kd-recent > li > a:first-child").evaluate_all("els => els.map(e => e.href)")
    assert [link.rsplit("#", 1)[1] for link in links] == [p.id for p in news.recent_papers(library)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_home_search_opens_the_filtered_explorer(tab, site_url, expected, lang):
    tab.goto(site_url + ("en/" if lang == "en" else ""))
    tab.locator("#kd-lead-text").fill("hinton")
    tab.locator("#kd-lead-text").press("Enter")
    expect(tab).to_have_url(re.compile(("/en" if lang == "en" else "") + r"/papers/\?text=hinton$"))
    tab.wait_for_selector("#kd-explorer.kd-explorer--ready")
    assert tab.input_value("input[name=text]") == "hinton" and count_of(tab) == len(expected(text="hinton"))
    tab.go_back()
    tab.locator("a.kd-lead__explorer").click()
    tab.wait_for_selector("#kd-explorer.kd-explorer--ready")
    assert count_of(tab) == len(expected())


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind, item, folder", [("family", "self", "families"), ("domain", "detection", "applications")])
def test_family_and_application_pages_link_the_filtered_explorer_and_their_bib(
        tab, site_url, library, lang, kind, item, folder):
    papers = library.papers_in_family(item) if kind == "family" else library.papers_in_domain(item)
    tab.goto(f"{site_url}{'en/' if lang == 'en' else ''}{folder}/{item}/")
    bib = tab.locator("a.kd-page-links__bib")
    entries = bibtexparser.loads(tab.request.get(bib.evaluate("a => a.href")).text()).entries
    assert sorted(e["ID"] for e in entries) == sorted(p.id for p in papers)
    explorer = tab.locator("a.kd-page-links__explorer")
    expect(explorer).to_contain_text(str(len(papers)))
    explorer.click()
    tab.wait_for_selector("#kd-explorer.kd-explorer--ready")
    expect(tab).to_have_url(re.compile(("/en" if lang == "en" else "") + rf"/papers/\?{kind}={item}$"))
    assert tab.input_value(f"select[name={kind}]") == item and count_of(tab) == len(papers)
