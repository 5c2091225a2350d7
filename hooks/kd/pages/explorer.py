"""The paper explorer page: filter controls and the papers' data, which docs/assets/explorer.js turns into cards."""
from __future__ import annotations

from collections import Counter

import json

from kd.pages.coins import kev, venue_fields
from kd.pages.escape import html_text, script_json
from kd.exports import results
from kd.exports.downloads import (BIB_NAME, CSV_NAME, EXPORT_DIR, JSON_NAME, SCHEMA_NAME, domain_bib_path, family_bib_path,
                                  paper_bib_path)
from kd.pages.labels import label
from kd.pages.leaderboard import paper_anchors
from kd.data.model import Library, newest_first
from kd.data.venues import KINDS, venue_kind
from kd.pages.render import SHOWN_AUTHORS, copy_script

PAGE_SIZE = 50
MAX_VENUE_OPTIONS = 90  # the venue filter names the venues with most papers and groups the rest by kind
DATA_PATH = "explorer/papers.json"  # the papers' data, at the site root, shared by both languages

WORDS = {
    "zh": {
        "search": "按标题、作者或会议筛选…", "search_label": "筛选论文", "family": "方法类别", "any_family": "全部方法类别",
        "domain": "应用领域", "any_domain": "全部应用领域", "venue": "会议 / 期刊", "any_venue": "全部会议与期刊",
        "years": "年份", "from": "起始年份", "to": "截止年份", "code": "只看有代码的论文", "sort": "排序",
        "newest": "最新优先", "oldest": "最早优先", "title": "按标题", "venue_sort": "按会议 / 期刊", "reset": "清除筛选",
        "count": "共 {n} 篇论文", "count_filtered": "找到 {n} 篇论文（共 {total} 篇）", "showing": "显示前 {shown} 篇",
        "more": "显示更多", "none": "没有符合条件的论文。", "downloads": "下载全部数据：",
        "family_bibs": "各方法类别的 BibTeX", "domain_bibs": "各应用领域的 BibTeX", "data_page": "数据格式说明", "schema": "JSON Schema",
        "results": "基准结果的数值与出处：", "results_page": "基准结果页",
        "other:conference": "其他会议", "other:journal": "其他期刊", "other:preprint": "其他预印本",
        "other:other": "其他来源",
        "failed": "论文数据加载失败，请刷新页面重试。",
        "noscript": "论文浏览器需要 JavaScript 才能筛选和排序。不启用 JavaScript 时，{families}和{domains}按年份列出了"
                    "全部论文，上方的下载文件也包含全部论文。",
        "noscript_families": "各方法类别的页面", "noscript_domains": "各应用领域的页面",
    },
    "en": {
        "search": "Filter by title, author or venue…", "search_label": "Filter papers", "family": "Method family",
        "any_family": "All method families", "domain": "Application", "any_domain": "All applications",
        "venue": "Venue", "any_venue": "All venues", "years": "Years", "from": "From year", "to": "To year",
        "code": "Only papers with code", "sort": "Sort", "newest": "Newest first", "oldest": "Oldest first",
        "title": "Title", "venue_sort": "Venue", "reset": "Clear filters",
        "count": "{n} papers", "count_filtered": "{n} of {total} papers", "showing": "showing the first {shown}",
        "more": "Show more", "none": "No paper matches these filters.", "downloads": "Download everything:",
        "family_bibs": "BibTeX per method family", "domain_bibs": "BibTeX per application", "data_page": "data format", "schema": "JSON Schema",
        "results": "Benchmark results with their sources:", "results_page": "Benchmarks page",
        "other:conference": "Other conferences", "other:journal": "Other journals",
        "other:preprint": "Other preprints", "other:other": "Other sources",
        "failed": "The papers could not be loaded; reload the page to try again.",
        "noscript": "The explorer needs JavaScript to filter and sort the papers. Without it, every paper is listed by "
                    "year on the {families} and the {domains}, and the downloads above hold them all.",
        "noscript_families": "method family pages", "noscript_domains": "application pages",
    },
}


def _options(pairs, selected: str = "") -> str:
    return "".join(
        f'<option value="{html_text(value)}"{" selected" if value == selected else ""}>{html_text(text)}</option>'
        for value, text in pairs
    )


def _select(name: str, text: str, pairs, selected: str = "") -> str:
    return (f'<label class="kd-explorer__field"><span>{html_text(text)}</span>'
            f'<select name="{name}" data-kd-filter="{name}">{_options(pairs, selected)}</select></label>')


def venue_options(library: Library, limit: int = MAX_VENUE_OPTIONS) -> list[tuple[str, int]]:
    """The venue filter's options with their paper counts: the venues with the most papers by name, alphabetically,
    then the rest grouped by kind ("other:journal", ...), so that at most `limit` options are shown."""
    counts = Counter(p.venue for p in library.papers)
    ranked = sorted(counts, key=lambda v: (-counts[v], v.casefold(), v))
    named = ranked
    for groups in range(len(KINDS) + 1):
        named = ranked[:limit - groups]
        if len({venue_kind(v) for v in ranked[len(named):]}) <= groups:
            break
    grouped = Counter()
    for venue in ranked[len(named):]:
        grouped[f"other:{venue_kind(venue)}"] += counts[venue]
    return sorted(((v, counts[v]) for v in named), key=lambda item: (item[0].casefold(), item[0])) + sorted(
        grouped.items())


def controls(library: Library, lang: str) -> str:
    """The filter form (shown only where scripts run, see overrides/partials/kd-explorer.css): text box, facets,
    year range, code, sort, reset."""
    w = WORDS[lang]
    family_counts = Counter(f for p in library.papers for f in p.families)
    domain_counts = Counter(d for p in library.papers for d in p.domains)
    years = sorted({p.year for p in library.papers})
    families = [("", w["any_family"])] + [
        (f.id, f"{f.name.in_lang(lang)} ({family_counts[f.id]})") for f in library.families]
    domains = [("", w["any_domain"])] + [
        (d.id, f"{d.name.in_lang(lang)} ({domain_counts[d.id]})") for d in library.domains]
    venues = [("", w["any_venue"])] + [(v, f"{w.get(v, v)} ({n})") for v, n in venue_options(library)]
    year_pairs = [(str(y), str(y)) for y in years]
    first, last = (str(years[0]), str(years[-1])) if years else ("", "")
    sorts = [("newest", w["newest"]), ("oldest", w["oldest"]), ("title", w["title"]), ("venue", w["venue_sort"])]
    return (
        f'<form class="kd-explorer__form" role="search">'
        f'<label class="kd-explorer__field kd-explorer__field--q"><span>{html_text(w["search_label"])}</span>'
        f'<input type="search" name="text" data-kd-filter="text" autocomplete="off" spellcheck="false" '
        f'placeholder="{html_text(w["search"])}"></label>'
        + _select("family", w["family"], families)
        + _select("domain", w["domain"], domains)
        + _select("venue", w["venue"], venues)
        + f'<fieldset class="kd-explorer__field kd-explorer__years"><legend>{html_text(w["years"])}</legend>'
        + _select("from", w["from"], year_pairs, first) + "<span aria-hidden=\"true\">–</span>"
        + _select("to", w["to"], year_pairs, last) + "</fieldset>"
        + f'<label class="kd-explorer__check"><input type="checkbox" name="code" value="1" data-kd-filter="code">'
        f'<span>{html_text(w["code"])}</span></label>'
        + _select("sort", w["sort"], sorts, "newest")
        + f'<button type="button" class="kd-explorer__reset">{html_text(w["reset"])}</button>'
        "</form>"
    )


def downloads(library: Library, lang: str, root: str, site_root: str) -> str:
    """Links to the exports (written at the site root) and to the page describing their fields."""
    w = WORDS[lang]
    base = f"{site_root}{EXPORT_DIR}/"
    main = " · ".join(
        f'<a href="{base}{name}" download>{text}</a>'
        for name, text in ((JSON_NAME, JSON_NAME), (CSV_NAME, CSV_NAME), (BIB_NAME, BIB_NAME))
    )
    extra = (f'<a href="{base}{SCHEMA_NAME}">{html_text(w["schema"])}</a> · '
             f'<a href="{root}data/">{html_text(w["data_page"])}</a>')
    colon = "：" if lang == "zh" else ": "
    per_item = "".join(
        f'<p>{html_text(w[key])}{colon}' + " · ".join(
            f'<a href="{site_root}{path(item.id)}" download title="{html_text(item.id)}.bib">'
            f'{html_text(item.name.in_lang(lang))}</a>' for item in items) + "</p>"
        for key, path, items in (("family_bibs", family_bib_path, library.families),
                                 ("domain_bibs", domain_bib_path, library.domains))
    )
    result_files = (
        f'<p>{html_text(w["results"])} <a href="{base}{results.JSON_NAME}" download>{results.JSON_NAME}</a> · '
        f'<a href="{base}{results.CSV_NAME}" download>{results.CSV_NAME}</a> · '
        f'<a href="{base}{results.SCHEMA_NAME}">{html_text(w["schema"])}</a> · '
        f'<a href="{root}benchmarks/">{html_text(w["results_page"])}</a></p>'
    )
    return (
        f'<div class="kd-explorer__downloads" data-search-exclude><p>{html_text(w["downloads"])} {main} · {extra}</p>'
        f'{per_item}{result_files}</div>'
    )


def config(library: Library, lang: str, root: str, site_root: str) -> dict:
    """What explorer.js needs besides the papers' data: where that is, the page's words and links, and the names of
    the families and domains (the Chinese ones too, which the text box matches in either language, so 自蒸馏 finds
    the self-distillation papers)."""
    w = WORDS[lang]
    card_words = ("arxiv", "doi", "pdf", "code", "bibtex", "permalink", "et_al", "authors_unknown", "results")
    return {
        "lang": lang, "pageSize": PAGE_SIZE, "shownAuthors": SHOWN_AUTHORS, "total": len(library.papers),
        "data": site_root + DATA_PATH,
        "root": root, "bib": site_root + paper_bib_path("{id}"),
        "words": {**{key: w[key] for key in ("count", "count_filtered", "showing", "more", "none", "failed")},
                  **{key: label(lang, key) for key in card_words}},
        "names": {"families": {f.id: f.name.in_lang(lang) for f in library.families}},
        "labels": {"families": {f.id: f.name.zh for f in library.families},
                   "domains": {d.id: d.name.zh for d in library.domains}},
    }


def explorer_data(library: Library) -> dict:
    """Every paper newest first, as parallel columns (smaller gzipped than one object a paper): text with its
    whitespace collapsed as in the COinS span, venues, families and domains as numbers. Each venue carries its
    kind and the parts of a COinS ContextObject it decides, encoded (coins.venue_fields). A paper's benchmark
    results are (dataset as a number, row anchor on the Benchmarks page) pairs, as its card links them."""
    papers = newest_first(library.papers)
    venues = sorted({p.venue for p in papers})
    venue_at = {v: n for n, v in enumerate(venues)}
    families = {f.id: n for n, f in enumerate(library.families)}
    domains = {d.id: n for n, d in enumerate(library.domains)}
    datasets = {d.id: n for n, d in enumerate(library.benchmarks.datasets)}
    text = lambda value: " ".join(value.split())  # noqa: E731
    return {
        "family_ids": list(families), "domain_ids": list(domains),
        "datasets": [d.name for d in library.benchmarks.datasets],
        "venues": [[v, venue_kind(v), kev(head), "&" + kev(tail) if tail else ""]
                   for v in venues for head, tail in [venue_fields(v)]],
        "id": [p.id for p in papers],
        "title": [text(p.title) for p in papers],
        "authors": [[text(a) for a in p.authors] for p in papers],
        "more": [int(p.more_authors) for p in papers],  # 1: the source cut the author list short
        "year": [p.year for p in papers],
        "venue": [venue_at[p.venue] for p in papers],
        "paper": [p.links.paper for p in papers],
        "arxiv": [p.links.arxiv for p in papers],
        "doi": [p.links.doi for p in papers],
        "pdf": [p.links.pdf for p in papers],
        "code": [list(p.links.code) for p in papers],
        "families": [[families[f] for f in p.families] for p in papers],
        "domains": [[domains[d] for d in p.domains] for p in papers],
        "results": [[[datasets[d], anchor] for d, anchor in paper_anchors(library, p.id)] for p in papers],
    }


def explorer_data_text(library: Library) -> str:
    """The explorer's data file: compact JSON."""
    return json.dumps(explorer_data(library), ensure_ascii=False, separators=(",", ":"))


def explorer_page(library: Library, lang: str, root: str, site_root: str) -> str:
    """The whole explorer: downloads, what readers without JavaScript find where, the (hidden without JS) controls,
    the count, and the list that explorer.js fills from the papers' data."""
    w = WORDS[lang]
    noscript = html_text(w["noscript"]).replace(  # (html_text writes the braces of {families} as entities)
        "&#123;families&#125;", f'<a href="{root}families/">{html_text(w["noscript_families"])}</a>').replace(
        "&#123;domains&#125;", f'<a href="{root}applications/">{html_text(w["noscript_domains"])}</a>')
    return (
        f'<div class="kd-explorer" id="kd-explorer" data-lang="{lang}">\n'
        f'<script type="application/json" class="kd-explorer__config">{script_json(config(library, lang, root, site_root))}</script>\n'
        f'{downloads(library, lang, root, site_root)}\n'
        f'<noscript><p class="kd-explorer__noscript">{noscript}</p></noscript>\n'
        f'{controls(library, lang)}\n'
        f'<p class="kd-count kd-explorer__count" role="status" aria-live="polite">{label(lang, "papers_count", n=len(library.papers))}</p>\n'
        f'<div class="kd-papers kd-explorer__list" aria-busy="true"></div>\n'
        f'<p class="kd-explorer__none" hidden>{html_text(w["none"])} '
        f'<button type="button" class="kd-explorer__clear md-button">{html_text(w["reset"])}</button></p>\n'
        f'<p class="kd-explorer__more-line"><button type="button" class="kd-explorer__more md-button" hidden>'
        f'{html_text(w["more"])}</button></p>\n'
        f'<script src="{site_root}assets/explorer.js" defer></script>{copy_script(site_root)}\n'
        "</div>"
    )
