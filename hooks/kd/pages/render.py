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

SHOWN_AUTHORS = 3


def authors_html(authors: tuple[str, ...], lang: str, more: bool = False) -> str:
    """Authors as text, shortened with 'et al.' past a few, whose summary opens the full list; 'et al.' also ends a
    list that the source cut short (more)."""
    if not authors:
        return f'<i>{label(lang, "authors_unknown")}</i>'
    full = html_text(", ".join(authors)) + (f' {label(lang, "et_al")}' if more else "")
    if len(authors) <= SHOWN_AUTHORS:
        return full
    return (f'<details><summary>{html_text(", ".join(authors[:SHOWN_AUTHORS]))} {label(lang, "et_al")}</summary>'
            f'{full}</details>')


def link_targets(paper: Paper, lang: str) -> list[tuple[str, str, str]]:
    """(kind, text, URL) of a paper's arXiv, DOI, PDF and code links, http(s) URLs only. Its own page is not among
    them: that is where its title links (Links.main_url)."""
    links = paper.links
    targets = [("arxiv", label(lang, "arxiv"), links.arxiv_url), ("doi", label(lang, "doi"), links.doi_url),
               ("pdf", label(lang, "pdf"), links.pdf)]
    targets += [("code", label(lang, "code") + (f" {n}" if len(links.code) > 1 else ""), url)
                for n, url in enumerate(links.code, start=1)]
    return [(kind, text, url) for kind, text, url in targets if safe_url(url)]


def results_links(paper: Paper, library: Library, lang: str, root: str) -> str:
    """Links to a paper's rows on the Benchmarks page, one per dataset; nothing for a paper without results."""
    anchors = paper_anchors(library, paper.id)
    if not anchors:
        return ""
    links = "".join(f'<a class="kd-results__link" href="{root}benchmarks/#{html_text(anchor)}">'
                    f'{html_text(library.benchmarks.dataset(dataset).name)}</a>' for dataset, anchor in anchors)
    return f'<span class="kd-results" data-search-exclude>{label(lang, "results")}{links}</span>'


@remembered_cards
def paper_card(paper: Paper, library: Library, lang: str, root: str, site_root: str, in_search: bool = True,
               family: str = "") -> str:
    """One paper as a single-line HTML card: its title (linking the paper) and permalink, a line of authors, venue
    and year (a <div>: a <p> cannot hold the authors' <details>), then its links, its families other than the page's
    own `family`, its BibTeX file (which kd-copy.js copies when scripts run), its benchmark results and a COinS span
    for reference managers. In search, the anchor is on its heading, so a search hit on the title, authors or venue
    lands on it; otherwise on the card, which search leaves out whole. docs/assets/explorer.js makes the same cards
    from the explorer's data."""
    anchor = html_text(paper.id)
    url = safe_url(paper.links.main_url)
    title = f'<a href="{url}">{html_text(paper.title)}</a>' if url else html_text(paper.title)
    card_id, heading_id = ("", f' id="{anchor}"') if in_search else (f' id="{anchor}" data-search-exclude', "")
    links = "".join(f'<a href="{safe_url(url)}">{html_text(text)}</a>' for _, text, url in link_targets(paper, lang))
    families = "".join(
        f'<a class="kd-family" href="{root}families/{html_text(f)}/">{html_text(library.family(f).name.in_lang(lang))}</a>'
        for f in paper.families if f != family)
    bib = html_text(site_root + paper_bib_path(paper.id))
    return (
        f'<article class="kd-paper" data-id="{anchor}"{card_id}>'
        f'<h3{heading_id}>{title}<a class="kd-permalink" href="#{anchor}" aria-label="{label(lang, "permalink")}">¶</a></h3>'
        f'<div>{authors_html(paper.authors, lang, paper.more_authors)} · {html_text(paper.venue)} · {paper.year}</div>'
        f'{links}{families}<a class="kd-bib" href="{bib}" data-search-exclude>{label(lang, "bibtex")}</a>'
        f"{results_links(paper, library, lang, root)}{coins_span(paper)}</article>"
    )


def papers_by_year(papers: list[Paper], library: Library, lang: str, root: str, site_root: str,
                   in_search=lambda paper: True, family: str = "") -> str:
    """Markdown sections, newest year first, each a heading with its count and the year's cards."""
    blocks = []
    for year, group in groupby(papers, key=lambda p: p.year):
        group = list(group)
        blocks.append(f'## {year} · {label(lang, "year_count", n=len(group))} {{ #year-{year} }}')
        cards = "\n".join(paper_card(p, library, lang, root, site_root, in_search(p), family) for p in group)
        blocks.append(html_block(f'<div class="kd-papers">\n{cards}\n</div>'))
    return "\n\n".join(blocks) if blocks else f'<p class="kd-empty">{label(lang, "no_papers")}</p>'


def count_line(n: int, lang: str) -> str:
    """A one-line paper count."""
    return f'<p class="kd-count">{label(lang, "papers_count", n=n)}</p>'


def copy_script(site_root: str) -> str:
    """The script of the cards' "Copy BibTeX", loaded by the pages that have cards."""
    return f'<script src="{site_root}assets/kd-copy.js" defer></script>'


def paper_list(papers: list[Paper], library: Library, lang: str, root: str, site_root: str,
               in_search=lambda paper: True, links: str = "", family: str = "") -> str:
    """A page's paper list: its count (and links), then the papers grouped by year, and the cards' script."""
    head = count_line(len(papers), lang) + links
    return (head + "\n\n" + papers_by_year(papers, library, lang, root, site_root, in_search, family) + "\n\n"
            + copy_script(site_root))


def family_page(library: Library, family_id: str, lang: str, root: str, site_root: str) -> str:
    """The paper list of one family page, with links to the explorer filtered to the family and to its .bib."""
    papers = library.papers_in_family(family_id)
    links = page_links("family", family_id, len(papers), lang, root, site_root)
    return paper_list(papers, library, lang, root, site_root, links=links, family=family_id)


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
