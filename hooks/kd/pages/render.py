"""Pure renderers: typed library records in, Markdown/HTML strings out (no MkDocs needed)."""
from __future__ import annotations

from itertools import groupby

from kd.pages.coins import coins_span
from kd.pages.escape import html_text, markdown_text, safe_url
from kd.exports.downloads import paper_bib_path
from kd.pages.labels import label
from kd.pages.leaderboard import paper_anchors
from kd.data.model import Library, Paper, Resource, newest_first
from kd.pages.pagelinks import page_links
from kd.pages.preview import remembered_cards
from kd.pages.rawhtml import html_block
from kd.data.venues import venue_kind

SHOWN_AUTHORS = 3


def _link(url: str, text: str, css: str) -> str:
    href = safe_url(url)
    return f'<a class="{css}" href="{href}">{html_text(text)}</a>' if href else ""


def authors_html(authors: tuple[str, ...], lang: str, more: bool = False) -> str:
    """Authors, shortened with 'et al.' past a few (the full list opens on click); 'et al.' also ends a list that the
    source cut short (more)."""
    if not authors:
        return f'<span class="kd-authors kd-authors--unknown">{label(lang, "authors_unknown")}</span>'
    full = html_text(", ".join(authors)) + (f' {label(lang, "et_al")}' if more else "")
    if len(authors) <= SHOWN_AUTHORS:
        return f'<span class="kd-authors">{full}</span>'
    short = ", ".join(authors[:SHOWN_AUTHORS])
    return (
        f'<details class="kd-authors"><summary title="{full}">{html_text(short)} '
        f'{label(lang, "et_al")}</summary>{full}</details>'
    )


def family_chips(paper: Paper, library: Library, lang: str, root: str) -> str:
    """Links to the family pages a paper belongs to."""
    chips = [
        f'<a class="kd-chip" href="{root}families/{html_text(fid)}/">{html_text(library.family(fid).name.in_lang(lang))}</a>'
        for fid in paper.families
    ]
    return f'<span class="kd-chips">{"".join(chips)}</span>' if chips else ""


def paper_links(paper: Paper, lang: str) -> str:
    """Paper, arXiv, DOI, PDF and code links of one paper (the paper link only when it is not the arXiv page)."""
    links = paper.links
    paper_page = "" if links.paper.rstrip("/") == links.arxiv_url else links.paper
    parts = [
        _link(paper_page, label(lang, "paper"), "kd-link kd-link--paper"),
        _link(links.arxiv_url, label(lang, "arxiv"), "kd-link kd-link--arxiv"),
        _link(links.doi_url, label(lang, "doi"), "kd-link kd-link--doi"),
        _link(links.pdf, label(lang, "pdf"), "kd-link kd-link--pdf"),
    ]
    for n, url in enumerate(links.code, start=1):
        text = label(lang, "code") + (f" {n}" if len(links.code) > 1 else "")
        parts.append(_link(url, text, "kd-link kd-link--code"))
    return f'<span class="kd-links">{"".join(p for p in parts if p)}</span>'


def bibtex_controls(paper: Paper, lang: str, site_root: str) -> str:
    """The paper's .bib file: a plain "BibTeX" link without JavaScript, a "Copy BibTeX" button with it, which copies
    what the link points to (fetched on click, so pages do not carry every entry); both kept out of the search index."""
    href = f"{site_root}{paper_bib_path(paper.id)}"
    return (
        f'<a class="kd-bib" href="{html_text(href)}" data-search-exclude>{label(lang, "bibtex")}</a>'
        f'<button type="button" class="kd-copy" data-search-exclude '
        f'data-copied="{label(lang, "copied")}" data-failed="{label(lang, "copy_failed")}">'
        f'{label(lang, "copy_bibtex")}</button>'
    )


def results_links(paper: Paper, library: Library, lang: str, root: str) -> str:
    """Links to a paper's rows on the Benchmarks page, one per dataset; nothing for a paper without results."""
    anchors = paper_anchors(library, paper.id)
    if not anchors:
        return ""
    links = "".join(f'<a class="kd-results__link" href="{root}benchmarks/#{html_text(anchor)}">'
                    f'{html_text(library.benchmarks.dataset(dataset).name)}</a>' for dataset, anchor in anchors)
    return f'<span class="kd-results" data-search-exclude>{label(lang, "results")}{links}</span>'


def paper_data_attributes(paper: Paper) -> str:
    """The facts the explorer filters on, as data-* attributes of a card."""
    return (
        f'data-year="{paper.year}" data-venue="{html_text(paper.venue)}" data-venue-kind="{venue_kind(paper.venue)}" '
        f'data-families="{html_text(" ".join(paper.families))}" data-domains="{html_text(" ".join(paper.domains))}" '
        f'data-code="{1 if paper.links.code else 0}"'
    )


@remembered_cards
def paper_card(paper: Paper, library: Library, lang: str, root: str, site_root: str, in_search: bool = True) -> str:
    """One paper as a single-line HTML card with a permalink anchor and a COinS span for reference managers. In
    search, the anchor is on its heading, so a search hit on the title, authors or venue lands on it; otherwise on
    the card, which search leaves out whole."""
    anchor = html_text(paper.id)
    title = html_text(paper.title)
    url = safe_url(paper.links.main_url)
    title_html = f'<a href="{url}">{title}</a>' if url else title
    card_id, heading_id = ("", f' id="{anchor}"') if in_search else (f' id="{anchor}" data-search-exclude', "")
    return (
        f'<article class="kd-paper" data-id="{anchor}"{card_id} {paper_data_attributes(paper)}>'
        f'<h3 class="kd-paper__title"{heading_id}>{title_html}'
        f'<a class="kd-permalink" href="#{anchor}" title="{label(lang, "permalink")}" '
        f'aria-label="{label(lang, "permalink")}">¶</a></h3>'
        f'<div class="kd-paper__meta">{authors_html(paper.authors, lang, paper.more_authors)}'
        f'<span class="kd-badge kd-badge--venue">{html_text(paper.venue)}</span>'
        f'<span class="kd-badge kd-badge--year">{paper.year}</span></div>'
        f'<p class="kd-paper__links">{paper_links(paper, lang)}{family_chips(paper, library, lang, root)}'
        f'{bibtex_controls(paper, lang, site_root)}{results_links(paper, library, lang, root)}</p>{coins_span(paper)}'
        "</article>"
    )


def papers_by_year(papers: list[Paper], library: Library, lang: str, root: str, site_root: str,
                   in_search=lambda paper: True) -> str:
    """Markdown sections, newest year first, each a heading with its count and the year's cards."""
    blocks = []
    for year, group in groupby(papers, key=lambda p: p.year):
        group = list(group)
        blocks.append(f'## {year} · {label(lang, "year_count", n=len(group))} {{ #year-{year} }}')
        cards = "\n".join(paper_card(p, library, lang, root, site_root, in_search(p)) for p in group)
        blocks.append(html_block(f'<div class="kd-papers">\n{cards}\n</div>'))
    return "\n\n".join(blocks) if blocks else f'<p class="kd-empty">{label(lang, "no_papers")}</p>'


def count_line(n: int, lang: str) -> str:
    """A one-line paper count."""
    return f'<p class="kd-count">{label(lang, "papers_count", n=n)}</p>'


def paper_list(papers: list[Paper], library: Library, lang: str, root: str, site_root: str,
               in_search=lambda paper: True, links: str = "") -> str:
    """A page's paper list: its count (and links), then the papers grouped by year."""
    head = count_line(len(papers), lang) + links
    return head + "\n\n" + papers_by_year(papers, library, lang, root, site_root, in_search)


def family_page(library: Library, family_id: str, lang: str, root: str, site_root: str) -> str:
    """The paper list of one family page, with links to the explorer filtered to the family and to its .bib."""
    papers = library.papers_in_family(family_id)
    links = page_links("family", family_id, len(papers), lang, root, site_root)
    return paper_list(papers, library, lang, root, site_root, links=links)


def domain_page(library: Library, domain_id: str, lang: str, root: str, site_root: str) -> str:
    """The paper list of one application-domain page, with its explorer and .bib links. Search indexes only its
    papers without a family: the others are found on their family pages, and indexing them twice made the search
    index a fifth larger."""
    papers = library.papers_in_domain(domain_id)
    links = page_links("domain", domain_id, len(papers), lang, root, site_root)
    return paper_list(papers, library, lang, root, site_root, in_search=lambda paper: not paper.families, links=links)


def domain_table(library: Library, lang: str, docs_root: str) -> str:
    """A Markdown table of application domains linking to their pages, with paper counts."""
    head = "| 应用领域 | 论文数 |\n|---|---:|" if lang == "zh" else "| Domain | Papers |\n|---|---:|"
    rows = [
        f"| [{markdown_text(d.name.in_lang(lang))}]({docs_root}applications/{d.id}.md) | {len(library.papers_in_domain(d.id))} |"
        for d in library.domains
    ]
    return "\n".join([head, *rows])


def family_table(library: Library, lang: str, docs_root: str, group: str = "") -> str:
    """A Markdown table of families (optionally of one group) linking to their pages' Markdown files."""
    head = "| 方法类别 | 论文数 | 综述章节 |\n|---|---:|---|" if lang == "zh" else "| Family | Papers | Survey section |\n|---|---:|---|"
    rows = [
        f"| [{markdown_text(f.name.in_lang(lang))}]({docs_root}families/{f.id}.md) | {len(library.papers_in_family(f.id))} "
        f"| {markdown_text(f.survey_section)} |"
        for f in library.families if not group or f.group == group
    ]
    return "\n".join([head, *rows])


KIND_NAMES = {
    "zh": {"method": "方法", "survey": "综述", "benchmark": "基准评测", "analysis": "分析与理论", "dataset": "数据集",
           "position": "观点"},
    "en": {"method": "Methods", "survey": "Surveys", "benchmark": "Benchmarks", "analysis": "Analyses and theory",
           "dataset": "Datasets", "position": "Position papers"},
}


def papers_without_family(library: Library, lang: str) -> str:
    """How many papers have no method family (surveys, benchmarks, analyses, ...) and a list of them by kind, each
    title linking to the paper."""
    papers = newest_first(p for p in library.papers if not p.families)
    share = len(papers) / len(library.papers) if library.papers else 0
    intro = (f"另有 {len(papers)} 篇论文（{share:.1%}）不属于任何方法类别：它们是综述、基准评测、分析或数据集等，而非蒸馏方法。"
             if lang == "zh" else
             f"{len(papers)} more papers ({share:.1%}) belong to no method family: they are surveys, benchmarks, "
             "analyses or datasets rather than distillation methods.")
    heading = "没有方法类别的论文" if lang == "zh" else "Papers without a method family"
    # an HTML heading: a Markdown one would give this section index page a table of contents, whose label Material
    # renders without its control there
    blocks = [f'<h2 id="without-family">{html_text(heading)}</h2>', f"<p>{html_text(intro)}</p>"]
    for kind, names in KIND_NAMES[lang].items():
        of_kind = [p for p in papers if p.kind == kind]
        if not of_kind:
            continue
        items = "".join(
            f'<li><a href="{safe_url(p.links.main_url)}">{html_text(p.title)}</a> · {html_text(p.venue)} {p.year}</li>'
            if p.links.main_url else f"<li>{html_text(p.title)} · {html_text(p.venue)} {p.year}</li>"
            for p in of_kind)
        blocks.append(f"<details><summary>{html_text(names)} ({len(of_kind)})</summary><ul>{items}</ul></details>")
    return "\n".join(blocks)


def resource_item(resource: Resource, lang: str) -> str:
    """One resource as a Markdown list item: linked title, facts, and our description."""
    facts = [", ".join(resource.authors), resource.venue, str(resource.year or "")]
    if resource.arxiv:
        facts.append(f"arXiv {resource.arxiv}")
    fact_text = " · ".join(markdown_text(f) for f in facts if f)
    head = f'- <a href="{safe_url(resource.url)}">{html_text(resource.title)}</a>'
    if fact_text:
        head += f" — {fact_text}"
    return f"{head}  \n  {markdown_text(resource.description.in_lang(lang))}"


def resource_list(library: Library, kind: str, lang: str) -> str:
    """Every resource of a kind as a Markdown list."""
    return "\n".join(resource_item(r, lang) for r in library.resources_of_kind(kind))
