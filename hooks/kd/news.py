"""What's new: papers ordered by the date they were added, the home page's recent list and the monthly changelog."""
from __future__ import annotations

from collections import Counter
from itertools import groupby

from .escape import html_text, markdown_text
from .fieldlabels import MONTH_NAMES, field_label
from .model import Library, Paper
from .stats import NO_FAMILY, primary_family

RECENT = 10


def by_added(papers) -> list[Paper]:
    """Newest added first; on the same day, newest year first, then title."""
    return sorted(papers, key=lambda p: (-p.added.toordinal(), -p.year, p.title.casefold(), p.id))


def paper_path(paper: Paper) -> str:
    """A paper's permalink relative to its language's root: on its first family's page, else its first domain's."""
    if paper.families:
        return f"families/{paper.families[0]}/#{paper.id}"
    return f"applications/{paper.domains[0]}/#{paper.id}"


def recent_papers(library: Library, limit: int = RECENT) -> list[Paper]:
    return by_added(library.papers)[:limit]


def _item(paper: Paper, lang: str, root: str) -> str:
    return (
        f'<li><a href="{root}{html_text(paper_path(paper))}">{html_text(paper.title)}</a> '
        f'<span class="kd-badge kd-badge--venue">{html_text(paper.venue)}</span> '
        f'<span class="kd-badge kd-badge--year">{paper.year}</span> '
        f'<time class="kd-added" datetime="{paper.added.isoformat()}">'
        f'{field_label(lang, "added_on", date=paper.added.isoformat())}</time></li>'
    )


def recent_list(library: Library, lang: str, root: str, limit: int = RECENT) -> str:
    """The most recently added papers as a list linking to their permalinks."""
    papers = recent_papers(library, limit)
    if not papers:
        return f'<p class="kd-empty">{field_label(lang, "no_news")}</p>'
    return '<ul class="kd-recent">' + "".join(_item(p, lang, root) for p in papers) + "</ul>"


def by_month(library: Library) -> list[tuple[tuple[int, int], list[Paper]]]:
    """((year, month), papers added that month, newest first), newest month first."""
    papers = by_added(library.papers)
    return [(key, list(group)) for key, group in groupby(papers, key=lambda p: (p.added.year, p.added.month))]


def month_name(year: int, month: int, lang: str) -> str:
    return field_label(lang, "month_heading", year=year, month=month, month_name=MONTH_NAMES[month - 1])


def _family_breakdown(library: Library, papers: list[Paper], lang: str) -> str:
    counts = Counter(primary_family(p) for p in papers)
    keys = [f.id for f in library.families] + [NO_FAMILY]
    parts = [
        f"{html_text(field_label(lang, 'no_family') if k == NO_FAMILY else library.family(k).name.in_lang(lang))} {counts[k]}"
        for k in keys if counts[k]
    ]
    return " · ".join(parts)


def changelog_page(library: Library, lang: str, root: str) -> str:
    """One section per month with papers added that month: count, breakdown by family, then the list."""
    months = by_month(library)
    if not months:
        return f'<p class="kd-empty">{field_label(lang, "no_news")}</p>'
    sections = []
    for index, ((year, month), papers) in enumerate(months):
        heading = f"## {markdown_text(month_name(year, month, lang))} {{ #added-{year}-{month:02d} }}"
        summary = (
            f'<p class="kd-count">{field_label(lang, "month_summary", n=len(papers))}</p>\n'
            f'<p class="kd-breakdown">{_family_breakdown(library, papers, lang)}</p>'
        )
        items = "".join(_item(p, lang, root) for p in papers)
        listing = (
            f'<details class="kd-month"{" open" if index == 0 else ""}>'
            f'<summary>{field_label(lang, "month_list", n=len(papers))}</summary>'
            f'<ul class="kd-recent">{items}</ul></details>'
        )
        sections.append(f"{heading}\n\n{summary}\n\n{listing}")
    return "\n\n".join(sections)
