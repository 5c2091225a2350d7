"""The explorer in Chromium against the real built site: typing, facets, counts, URL state, Copy BibTeX, COinS."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from playwright.sync_api import expect

from kd.exports import bibtex
from kd.pages.explorer import PAGE_SIZE


def count_of(page) -> int:
    return int(re.search(r"\d+", page.locator(".kd-explorer__count").inner_text()).group())


def shown_ids(page) -> list[str]:
    return page.locator(".kd-explorer__list > article").evaluate_all("els => els.map(e => e.dataset.id)")


def test_opens_newest_first_one_page_at_a_time(explore, library):
    years = {p.id: p.year for p in library.papers}
    newest = max(years.values())
    page = explore()
    shown = [years[i] for i in shown_ids(page)]
    assert len(shown) == PAGE_SIZE and shown[0] == newest and shown == sorted(shown, reverse=True)
    page.locator("button.kd-explorer__more").click()
    shown = [years[i] for i in shown_ids(page)]
    assert len(shown) == 2 * PAGE_SIZE and shown == sorted(shown, reverse=True)


def test_typing_filters_as_you_type_with_a_live_count(explore, expected, library):
    page = explore()
    assert count_of(page) == len(library.papers)
    page.locator("input[name=text]").press_sequentially("distil")
    want = expected(text="distil")
    expect(page.locator(".kd-explorer__count")).to_contain_text(f"{len(want)} ")
    assert count_of(page) == len(want)
    ids = shown_ids(page)
    assert len(ids) == min(len(want), PAGE_SIZE) and set(ids) <= want


def test_text_matches_authors_and_ignores_case_and_accents(explore, expected, library, folded):
    accented = next(a for p in library.papers for a in p.authors if folded(a) != a.lower())
    query = folded(accented).upper()
    page = explore()
    page.locator("input[name=text]").fill(query)
    want = expected(text=query)
    assert want and count_of(page) == len(want)
    assert set(shown_ids(page)) <= want


def test_facets_combine(explore, expected, library):
    family = Counter(f for p in library.papers for f in p.families).most_common(1)[0][0]
    domain = Counter(d for p in library.papers if family in p.families for d in p.domains).most_common(1)[0][0]
    page = explore()
    page.select_option("select[name=family]", family)
    page.select_option("select[name=domain]", domain)
    page.select_option("select[name=from]", "2019")
    page.select_option("select[name=to]", "2022")
    page.check("input[name=code]")
    want = expected(family=family, domain=domain, low=2019, high=2022, code=True)
    expect(page.locator(".kd-explorer__count")).to_contain_text(str(len(want)))
    assert count_of(page) == len(want) and set(shown_ids(page)) == want  # fewer than a page


def test_venue_facet_and_sorting(explore, expected, library):
    page = explore()
    page.select_option("select[name=venue]", "CVPR")
    want = expected(venue="CVPR")
    assert count_of(page) == len(want)
    page.select_option("select[name=sort]", "oldest")
    by_id = {p.id: p.year for p in library.papers}
    years = [by_id[i] for i in shown_ids(page)]
    assert years == sorted(years) and years[0] == min(p.year for p in library.papers if p.venue == "CVPR")
    page.select_option("select[name=sort]", "title")
    titles = page.locator(".kd-explorer__list h3").all_inner_texts()
    initials = [t[0].casefold() for t in titles if t[:1].isalpha()]
    assert initials == sorted(initials) and len(titles) == min(PAGE_SIZE, len(want))


def test_url_state_round_trips_through_reload_and_back(explore, expected):
    page = explore()
    page.locator("input[name=text]").press_sequentially("student")
    page.select_option("select[name=family]", "feature")
    expect(page).to_have_url(re.compile(r"\?text=student&family=feature$"))
    combined = count_of(page)
    assert combined == len(expected(text="student", family="feature"))
    page.reload()
    page.wait_for_selector("#kd-explorer.kd-explorer--ready")
    assert page.input_value("input[name=text]") == "student"
    assert page.input_value("select[name=family]") == "feature" and count_of(page) == combined
    page.go_back()  # the family choice is undone, the typed text stays
    expect(page).to_have_url(re.compile(r"\?text=student$"))
    assert page.input_value("select[name=family]") == ""
    assert count_of(page) == len(expected(text="student"))
    page.go_back()  # before typing: the whole library
    expect(page).to_have_url(re.compile(r"/papers/$"))
    assert page.input_value("input[name=text]") == "" and count_of(page) == len(expected())


def test_shared_link_opens_the_filtered_view(explore, expected):
    page = explore("?text=hinton&code=1&sort=oldest", lang="en")
    assert page.input_value("input[name=text]") == "hinton" and page.is_checked("input[name=code]")
    assert count_of(page) == len(expected(text="hinton", code=True))
    assert page.locator(".kd-explorer__count").inner_text().endswith("papers")


def test_show_more_and_permalinks_beyond_the_first_page(explore, new_context, site_url, library):
    page = explore()
    assert len(shown_ids(page)) == PAGE_SIZE
    page.click(".kd-explorer__more")
    assert len(shown_ids(page)) == 2 * PAGE_SIZE
    deep = sorted(library.papers, key=lambda p: (-p.year, p.title.casefold(), p.id))[450]
    fresh = new_context().new_page()
    fresh.goto(f"{site_url}papers/#{deep.id}")
    fresh.wait_for_selector("#kd-explorer.kd-explorer--ready")
    expect(fresh.locator(f"article[id='{deep.id}']")).to_be_in_viewport()


def with_results(library):
    """The first paper, in id order, with benchmark results and a family (its card links its Benchmarks rows)."""
    return next(p for p in sorted(library.papers, key=lambda p: p.id)
                if p.families and library.benchmarks.by_paper.get(p.id))


@pytest.mark.parametrize("choose", [lambda library: library.papers_in_family("self")[3], with_results],
                         ids=["plain", "with-results"])
def test_cards_are_made_from_the_data_file_as_the_family_pages_make_them(explore, site_url, library, choose):
    """The explorer's cards are the family pages' cards, anchored on the card: the same text and links, the links
    to the paper's benchmark rows too."""
    paper = choose(library)
    family_id = "self" if "self" in paper.families else paper.families[0]
    page = explore()
    page.locator("input[name=text]").fill(paper.title)
    outer = page.locator(f".kd-explorer__list > article[id='{paper.id}']").evaluate("e => e.outerHTML")
    family = page.context.new_page()
    family.goto(f"{site_url}families/{family_id}/")
    on_family = family.locator(f"article[data-id='{paper.id}']").evaluate("e => e.outerHTML")
    expected = on_family.replace(f'<h3 id="{paper.id}">', "<h3>").replace(' data-search-exclude="">', ">").replace(
        f'data-id="{paper.id}">', f'data-id="{paper.id}" id="{paper.id}">').replace('href="../../', 'href="../')
    assert ("kd-results__link" in expected) == bool(library.benchmarks.by_paper.get(paper.id))
    # the explorer names every family of the paper; the family page leaves out its own
    chip = f'<a class="kd-family" href="../families/{family_id}/">{library.family(family_id).name.zh}</a>'
    assert chip in outer and outer.replace(chip, "") == expected


def test_every_card_carries_its_coins_span(explore, library):
    """All the cards explorer.js makes hold the ContextObject kd.pages.coins writes on the family pages."""
    from kd.pages.coins import coins_kev

    page = explore()
    page.evaluate("""() => { const more = document.querySelector(".kd-explorer__more");
                             while (!more.hidden) more.click(); }""")
    spans = page.locator(".kd-explorer__list > article").evaluate_all(
        "els => els.map(e => [e.id, Array.from(e.querySelectorAll('.Z3988')).map(s => s.getAttribute('title'))])")
    by_id = {p.id: p for p in library.papers}
    assert len(spans) == len(library.papers)
    assert [span for span in spans if span[1] != [coins_kev(by_id[span[0]])]] == []


def label_of(link) -> str:
    """A link's text with the words our stylesheet (overrides/partials/kd-cards.css) adds before and after it."""
    return link.evaluate("""a => [getComputedStyle(a, "::before").content, a.textContent, getComputedStyle(a, "::after").content]
                                   .map(t => t === "none" || t === "normal" ? "" : t.replace(/^"|"$/g, "")).join("")
                                   .replace(/\u00a0/g, " ")""")


def test_copy_bibtex_puts_the_entry_on_the_clipboard(explore, library):
    page = explore("?text=hinton")
    card = page.locator(".kd-explorer__list > article").first
    paper = library.paper(card.get_attribute("data-id"))
    link = card.locator("a.kd-bib")
    assert label_of(link) == "复制 BibTeX"
    link.click()
    expect(link).to_have_attribute("data-state", "done")
    assert label_of(link) == "已复制 BibTeX"
    assert page.evaluate("navigator.clipboard.readText()") == bibtex.entry_text(paper)
    assert page.url.endswith("?text=hinton")  # copied, not opened


def test_copy_bibtex_after_navigating_from_another_page(tab, site_url, library):
    tab.goto(site_url + "en/")
    tab.get_by_role("link", name="All papers").first.click()
    tab.wait_for_selector("#kd-explorer.kd-explorer--ready")
    tab.locator("input[name=text]").fill("mutual learning")
    card = tab.locator(".kd-explorer__list > article").first
    paper = library.paper(card.get_attribute("data-id"))
    assert label_of(card.locator("a.kd-bib")) == "Copy BibTeX"
    card.locator("a.kd-bib").click()
    expect(card.locator("a.kd-bib")).to_have_attribute("data-state", "done")
    assert label_of(card.locator("a.kd-bib")) == "BibTeX copied"
    assert tab.evaluate("navigator.clipboard.readText()") == bibtex.entry_text(paper)
    # and on a family page reached by a family chip
    card.locator("a.kd-family").first.click()
    tab.wait_for_url(re.compile(r"/families/[^/]+/$"))  # loaded: till its deferred script runs, the link opens the file
    first = tab.locator("article.kd-paper").first
    first.locator("a.kd-bib").click()
    expect(first.locator("a.kd-bib")).to_have_attribute("data-state", "done")
    other = library.paper(first.get_attribute("data-id"))
    assert tab.evaluate("navigator.clipboard.readText()") == bibtex.entry_text(other)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_javascript_the_explorer_sends_readers_to_the_pages_that_list_every_paper(
        new_context, site_url, library, lang):
    """The explorer carries no cards: without JavaScript it says so and links the family and application indexes,
    whose pages, followed without JavaScript, list every paper of the library with its BibTeX link."""
    page = new_context(java_script_enabled=False).new_page()
    prefix = "en/" if lang == "en" else ""
    page.goto(f"{site_url}{prefix}papers/")
    expect(page.locator(".kd-explorer__form")).to_be_hidden()
    assert page.locator("article.kd-paper").count() == 0
    notice = page.locator(".kd-explorer__noscript")
    expect(notice).to_be_visible()
    indexes = notice.locator("a").evaluate_all("els => els.map(e => e.href)")
    assert indexes == [f"{site_url}{prefix}families/", f"{site_url}{prefix}applications/"]
    seen = set()
    for index in indexes:
        page.goto(index)
        links = page.locator("article.md-content__inner a[href]").evaluate_all("els => els.map(e => e.href.split('#')[0])")
        for url in sorted({u for u in links if u.startswith(index) and u != index}):
            page.goto(url)
            seen |= set(page.locator("article.kd-paper").evaluate_all("els => els.map(e => e.dataset.id)"))
    assert seen == {p.id for p in library.papers}
    card = page.locator("article.kd-paper").last
    link = card.locator("a.kd-bib")
    expect(link).to_be_visible()
    assert label_of(link) == "BibTeX"  # a link to the file, not a copy control
    paper = library.paper(card.get_attribute("data-id"))
    assert page.request.get(link.evaluate("a => a.href")).text() == bibtex.entry_text(paper)


def test_a_failed_copy_opens_the_bibtex_file_on_the_next_click(explore):
    page = explore("?text=hinton")
    link = page.locator(".kd-explorer__list > article").first.locator("a.kd-bib")
    page.route("**/exports/cite/*.bib", lambda route: route.fulfill(status=404, body="missing"))
    link.click()
    expect(link).to_have_attribute("data-state", "failed")
    assert label_of(link) == "复制失败，点击打开 BibTeX"
    page.unroute("**/exports/cite/*.bib")
    link.click()
    expect(page).to_have_url(re.compile(r"/exports/cite/[^/]+[.]bib$"))


def test_the_explorer_says_when_its_data_cannot_be_loaded(tab, site_url):
    tab.route("**/explorer/papers.json", lambda route: route.fulfill(status=404, body="missing"))
    tab.goto(site_url + "en/papers/")
    expect(tab.locator(".kd-explorer__count")).to_have_text("The papers could not be loaded; reload the page to try again.")


def test_dark_mode_controls_follow_the_slate_scheme(new_context, site_url):
    page = new_context(color_scheme="dark").new_page()
    page.goto(site_url + "papers/")
    page.wait_for_selector("#kd-explorer.kd-explorer--ready")
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    colours = page.eval_on_selector("input[name=text]", "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")
    text_rgb, background_rgb = ([int(v) for v in re.findall(r"\d+", c)[:3]] for c in colours)
    assert sum(text_rgb) > 500 and sum(background_rgb) < 200, colours


def test_authors_hidden_behind_et_al_are_searchable(explore, expected, library):
    paper = next(p for p in library.papers if len(p.authors) > 4)
    query = f"{paper.authors[-1]} {paper.title.split()[0]}"
    page = explore()
    page.locator("input[name=text]").fill(query)
    assert paper.id in shown_ids(page) and count_of(page) == len(expected(text=query))


def test_venue_filter_names_at_most_90_venues_and_groups_the_rest(explore, library):
    from kd.pages.explorer import MAX_VENUE_OPTIONS, venue_options
    from kd.data.venues import venue_kind

    page = explore()
    values = page.locator("select[name=venue] option").evaluate_all("os => os.map(o => o.value)")
    assert len(values) - 1 <= MAX_VENUE_OPTIONS  # the first option is "all venues"
    grouped = [v for v in values if v.startswith("other:")]
    assert grouped, "the library has more venues than the filter names"
    chosen = grouped[0]
    named = {v for v, _ in venue_options(library) if not v.startswith("other:")}
    want = {p.id for p in library.papers if p.venue not in named and f"other:{venue_kind(p.venue)}" == chosen}
    page.select_option("select[name=venue]", chosen)
    expect(page.locator(".kd-explorer__count")).to_contain_text(f"{len(want)} ")
    assert count_of(page) == len(want) and set(shown_ids(page)) <= want
