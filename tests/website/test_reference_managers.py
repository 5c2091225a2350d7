"""In Chromium, every paper card of a built page holds one COinS span, the one Zotero's connector reads for its paper."""
from __future__ import annotations

import pytest

from kd.pages.coins import coins_kev

PAGES = {"families/attention/": "attention", "en/families/attention/": "attention",
         "applications/speech/": None, "en/papers/": None}

SPANS = """() => Array.from(document.querySelectorAll("article.kd-paper")).map(card => ({
  id: card.dataset.id,
  spans: Array.from(card.querySelectorAll(".Z3988")).map(span => [span.tagName, span.getAttribute("title"),
                                                                  span.childNodes.length])
}))"""


@pytest.mark.parametrize("path", PAGES)
def test_each_card_carries_its_paper_as_one_coins_span(page, site_url, library, path):
    page.goto(site_url + path)
    if path.endswith("papers/"):  # the explorer's cards are made from its data file
        page.wait_for_selector("#kd-explorer.kd-explorer--ready")
    cards = page.evaluate(SPANS)
    by_id = {p.id: p for p in library.papers}
    assert cards
    if PAGES[path]:
        assert [c["id"] for c in cards] == [p.id for p in library.papers_in_family(PAGES[path])]
    for card in cards:
        assert card["spans"] == [["SPAN", coins_kev(by_id[card["id"]]), 0]], card["id"]
    assert page.locator("span.Z3988").count() == len(cards)
