"""Renders the statistics page's figures and each family's timeline: chart, caption and data table."""
from __future__ import annotations

from kd.pages.charts import NEUTRAL, PALETTE, horizontal_bars, mini_years, share_line, stacked_years
from kd.pages.escape import html_text
from kd.pages.fieldlabels import field_label
from kd.data.model import Library
from kd.pages.stats import (NO_FAMILY, code_share_bins, code_share_by_year, earliest_papers, family_per_year,
                    family_year_bins, papers_per_family, papers_per_year_by_family, per_year_bins, top_venues)

CHARTS = ("per-year", "per-family", "venues", "code")
TOP_VENUES = 15


def family_colour(library: Library, family_id: str) -> str:
    """A family's fixed colour in every chart (application-only papers are grey)."""
    if family_id == NO_FAMILY:
        return NEUTRAL
    index = [f.id for f in library.families].index(family_id)
    return PALETTE[index % len(PALETTE)]


def series_name(library: Library, key: str, lang: str) -> str:
    return field_label(lang, "no_family") if key == NO_FAMILY else library.family(key).name.in_lang(lang)


def html_table(head: list[str], rows: list[list[object]], numeric_from: int = 1) -> str:
    """A plain HTML table; every cell is escaped, columns from numeric_from on are right-aligned numbers."""
    numeric = ' class="kd-num"'

    def cells(tag: str, values) -> str:
        return "".join(
            f"<{tag}{numeric if i >= numeric_from else ''}>{html_text(v)}</{tag}>" for i, v in enumerate(values)
        )
    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return f'<table class="kd-data"><thead><tr>{cells("th", head)}</tr></thead><tbody>{body}</tbody></table>'


def figure(svg: str, caption: str, table: str, lang: str, css: str = "") -> str:
    """A chart with its caption and, folded beside it, the same numbers as a table."""
    return (
        f'<figure class="kd-chart{" " + css if css else ""}">{svg}'
        f"<figcaption>{html_text(caption)}</figcaption></figure>\n"
        f'<details class="kd-chart-data"><summary>{field_label(lang, "data_table")}</summary>'
        f'<div class="kd-table-scroll">{table}</div></details>'
    )


def _percent(share: float) -> str:
    return f"{share:.0%}"


def per_year_figure(library: Library, lang: str) -> str:
    data = papers_per_year_by_family(library)
    if not data.years:
        return f'<p class="kd-empty">{field_label(lang, "no_news")}</p>'
    totals = data.totals
    peak_n = max(totals)
    peak = data.years[totals.index(peak_n)]
    title = field_label(lang, "per_year_title")
    desc = field_label(lang, "per_year_desc", n=sum(totals), first=data.years[0], last=data.years[-1],
                       peak=peak, peak_n=peak_n)
    labels, bins = per_year_bins(library)
    series = [(series_name(library, s.key, lang), family_colour(library, s.key), list(s.counts)) for s in bins]
    svg = stacked_years(f"kd-stats-per-year-{lang}", title, desc, labels, series, field_label(lang, "papers"))
    head = [field_label(lang, "year"), field_label(lang, "total"), *(series_name(library, s.key, lang) for s in data.series)]
    rows = [[year, totals[i], *(s.counts[i] for s in data.series)] for i, year in enumerate(data.years)]
    return figure(svg, desc, html_table(head, rows), lang)


def per_family_figure(library: Library, lang: str) -> str:
    counts = papers_per_family(library)
    names = [library.family(fid).name.in_lang(lang) for fid, _ in counts]
    values = [n for _, n in counts]
    title = field_label(lang, "per_family_title")
    desc = field_label(lang, "per_family_desc", n=len(counts), top=names[0] if names else "", top_n=values[0] if values else 0)
    colours = [family_colour(library, fid) for fid, _ in counts]
    svg = horizontal_bars(f"kd-stats-per-family-{lang}", title, desc, names, values, field_label(lang, "papers"), colours)
    table = html_table([field_label(lang, "family"), field_label(lang, "papers")], [[a, b] for a, b in zip(names, values)])
    return figure(svg, desc, table, lang)


def venues_figure(library: Library, lang: str, limit: int = TOP_VENUES) -> str:
    venues = top_venues(library, limit)
    names = [v for v, _ in venues]
    values = [n for _, n in venues]
    title = field_label(lang, "venues_title", n=len(venues))
    desc = field_label(lang, "venues_desc", n=len(venues), top=names[0] if names else "", top_n=values[0] if values else 0)
    svg = horizontal_bars(f"kd-stats-venues-{lang}", title, desc, names, values, field_label(lang, "papers"))
    table = html_table([field_label(lang, "venue"), field_label(lang, "papers")], [[a, b] for a, b in venues])
    return figure(svg, desc, table, lang)


def code_figure(library: Library, lang: str) -> str:
    shares = code_share_by_year(library)
    total = sum(s.papers for s in shares)
    with_code = sum(s.with_code for s in shares)
    title = field_label(lang, "code_title")
    desc = field_label(lang, "code_desc", n=total, with_code=with_code, share=_percent(with_code / total if total else 0))
    bins = code_share_bins(library)
    svg = share_line(f"kd-stats-code-{lang}", title, desc, [label for label, _, _ in bins],
                     [with_code / papers if papers else 0.0 for _, papers, with_code in bins],
                     [papers for _, papers, _ in bins], field_label(lang, "code_share"))
    head = [field_label(lang, k) for k in ("year", "papers", "with_code", "code_share")]
    rows = [[s.year, s.papers, s.with_code, _percent(s.share)] for s in shares]
    return figure(svg, desc, html_table(head, rows), lang)


def stats_figure(library: Library, chart: str, lang: str) -> str:
    """One named figure of the statistics page (see CHARTS)."""
    renderers = {"per-year": per_year_figure, "per-family": per_family_figure, "venues": venues_figure,
                 "code": code_figure}
    if chart not in renderers:
        raise KeyError(f"unknown chart {chart!r}; known: {', '.join(CHARTS)}")
    return renderers[chart](library, lang)


def family_timeline(library: Library, family_id: str, lang: str) -> str:
    """A family page's growth chart (papers per year) and its earliest papers, linked on the same page."""
    family = library.family(family_id)
    years, counts = family_per_year(library, family_id)
    if not years:
        return ""
    name = family.name.in_lang(lang)
    peak_n = max(counts)
    title = field_label(lang, "family_years_title", family=name)
    desc = field_label(lang, "family_years_desc", n=sum(counts), first=years[0], last=years[-1],
                       peak=years[counts.index(peak_n)], peak_n=peak_n)
    labels, binned = family_year_bins(library, family_id)
    svg = mini_years(f"kd-family-{family_id}-{lang}", title, desc, labels, binned)
    table = html_table([field_label(lang, "year"), field_label(lang, "papers")], [[y, c] for y, c in zip(years, counts)])
    items = "".join(
        f'<li><a href="#{html_text(p.id)}">{html_text(p.title)}</a> '
        f'<span class="kd-badge kd-badge--venue">{html_text(p.venue)}</span> '
        f'<span class="kd-badge kd-badge--year">{p.year}</span></li>'
        for p in earliest_papers(library, family_id)
    )
    origins = (
        f'<div class="kd-origins"><p><strong>{field_label(lang, "origins")}</strong> · '
        f'{field_label(lang, "origins_intro")}</p><ol>{items}</ol></div>'
    )
    return f'<div class="kd-timeline">\n{figure(svg, desc, table, lang, "kd-chart--mini")}\n{origins}\n</div>'
