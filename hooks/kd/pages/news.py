"""What's new: the newest papers by when they appeared (home page list, What's new page), and the site's change log
of papers added each month."""
from __future__ import annotations

from collections import Counter
from itertools import groupby

from kd.pages.escape import html_text, markdown_text
from kd.pages.fieldlabels import MONTH_NAMES, field_label
from kd.data.model import Library, Paper
from kd.data.published import YEAR_ONLY, month, newest_published
from kd.pages.stats import NO_FAMILY, primary_family

RECENT = 10
NEWS_MONTHS = 12  # What's new lists the papers of the newest 12 months (a year-only group counts as one)


def by_added(papers) -> list[Paper]:
    """Newest added first; on the same day, newest year first, then title."""
    return sorted(papers, key=lambda p: (-p.added.toordinal(), -p.year, p.title.casefold(), p.id))


def paper_path(paper: Paper) -> str:
    """A paper's permalink relative to its language's root: on its first family's page, else its first domain's."""
    if paper.families:
        return f"families/{paper.families[0]}/#{paper.id}"
    return f"applications/{paper.domains[0]}/#{paper.id}"


def recent_papers(library: Library, limit: int = RECENT) -> list[Paper]:
    """The `limit` papers that appeared last."""
    return newest_published(library.papers)[:limit]


def month_name(year: int, month_number: int, lang: str) -> str:
    """"January 2026" / "2026 年 1 月", or the year alone for a paper known only by its venue's year."""
    if month_number == YEAR_ONLY:
        return field_label(lang, "year_only_heading", year=year)
    return field_label(lang, "month_heading", year=year, month=month_number, month_name=MONTH_NAMES[month_number - 1])


def _appeared(paper: Paper, lang: str) -> str:
    year, month_number = month(paper)
    if month_number == YEAR_ONLY:
        return ""
    return (f' <time class="kd-published" datetime="{year}-{month_number:02d}">'
            f'{html_text(field_label(lang, "appeared", when=month_name(year, month_number, lang)))}</time>')


def _item(paper: Paper, lang: str, root: str) -> str:
    return (
        f'<li><a href="{root}{html_text(paper_path(paper))}">{html_text(paper.title)}</a> '
        f'<span class="kd-badge kd-badge--venue">{html_text(paper.venue)}</span> '
        f'<span class="kd-badge kd-badge--year">{paper.year}</span>{_appeared(paper, lang)}</li>'
    )


def recent_list(library: Library, lang: str, root: str, limit: int = RECENT) -> str:
    """The papers that appeared last as a list linking to their permalinks."""
    papers = recent_papers(library, limit)
    if not papers:
        return f'<p class="kd-empty">{field_label(lang, "no_news")}</p>'
    return '<ul class="kd-recent">' + "".join(_item(p, lang, root) for p in papers) + "</ul>"


def by_month(library: Library) -> list[tuple[tuple[int, int], list[Paper]]]:
    """((year, month), papers that appeared then), newest first; month is YEAR_ONLY for a year-only group."""
    return [(key, list(group)) for key, group in groupby(newest_published(library.papers), key=month)]


def by_added_month(library: Library) -> list[tuple[tuple[int, int], list[Paper]]]:
    """((year, month), papers added to the site that month), newest month first."""
    papers = by_added(library.papers)
    return [(key, list(group)) for key, group in groupby(papers, key=lambda p: (p.added.year, p.added.month))]


def _family_breakdown(library: Library, papers: list[Paper], lang: str) -> str:
    counts = Counter(primary_family(p) for p in papers)
    keys = [f.id for f in library.families] + [NO_FAMILY]
    parts = [
        f"{html_text(field_label(lang, 'no_family') if k == NO_FAMILY else library.family(k).name.in_lang(lang))} {counts[k]}"
        for k in keys if counts[k]
    ]
    return " · ".join(parts)


def _anchor(year: int, month_number: int) -> str:
    return f"published-{year}" if month_number == YEAR_ONLY else f"published-{year}-{month_number:02d}"


def site_log(library: Library, lang: str) -> str:
    """The site's own change log: a table of the papers added each month, by family."""
    rows = "".join(
        f'<tr><th scope="row">{html_text(month_name(year, month_number, lang))}</th><td>{len(papers)}</td>'
        f"<td>{_family_breakdown(library, papers, lang)}</td></tr>"
        for (year, month_number), papers in by_added_month(library)
    )
    head = "".join(f'<th scope="col">{field_label(lang, key)}</th>' for key in ("added_month", "papers", "family"))
    return (f'## {markdown_text(field_label(lang, "site_log"))} {{ #site-log }}\n\n'
            f'<p>{html_text(field_label(lang, "site_log_intro"))}</p>\n\n'
            f'<table class="kd-site-log"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')


def changelog_page(library: Library, lang: str, root: str, months: int = NEWS_MONTHS) -> str:
    """What's new: a section for each of the newest `months` months with papers (count, families, list), then the
    site's change log of papers added."""
    groups = by_month(library)[:months]
    if not groups:
        return f'<p class="kd-empty">{field_label(lang, "no_news")}</p>'
    sections = []
    for index, ((year, month_number), papers) in enumerate(groups):
        heading = f"## {markdown_text(month_name(year, month_number, lang))} {{ #{_anchor(year, month_number)} }}"
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
    return "\n\n".join(sections + [site_log(library, lang)])
