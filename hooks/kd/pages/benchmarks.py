"""Renders the Benchmarks page: per dataset a static table of methods by settings (every number linked to where it
is printed, the best of each column marked), and a chart of the gain over vanilla KD per setting."""
from __future__ import annotations

import re
from collections import Counter
from itertools import groupby

from kd.data.benchmarks import BASELINES, ArxivSource, Benchmarks, Result
from kd.data.model import Library, Paper
from kd.pages.charts import horizontal_bars
from kd.pages.escape import html_text, markdown_text
from kd.pages.labels import counted
from kd.pages.leaderboard import Board, Gain, Row, board, row_anchor
from kd.pages.news import paper_path
from kd.pages.statspage import figure

WORDS = {
    "zh": {
        "summary": "共 {n} 个数值，来自 {sources} 个出处，涉及 {methods} 种方法、{datasets} 个数据集。",
        "legend": "点击数字打开它的出处（GitHub 上某次提交中的那一行，或 arXiv 论文的表格），悬停可看出处说明。"
                  "★ 为该列中方法的最好结果；† 表示他人复现的数值，其余为方法作者本人报告。"
                  "同一格中的多个数值来自不同出处，全部保留，不取平均。",
        "sort_hint": "点击列标题可按该列排序。",
        "caption": "{dataset}：各方法（行）在各组“教师 → 学生”设置（列）下的 {metrics}",
        "method": "方法",
        "teacher": "教师（不蒸馏）",
        "student": "学生（不蒸馏）",
        "own": "原作者报告",
        "reproduction": "他人复现",
        "best": "本列最好",
        "table": "表 {table}",
        "count": "{n} 个数值 · {methods} 种方法 · {settings} 组设置",
        "gain_title": "{dataset}：相对普通 KD 的最大提升",
        "gain_desc": "横向柱状图：{n} 组设置中，同一出处内某方法相对普通 KD（Hinton 等，2015）的最大提升（百分点）。",
        "gain_axis": "相对 KD 的提升（百分点）",
        "gain_head": ["设置", "提升", "方法", "数值", "KD 数值"],
        "no_gain": "这个数据集没有哪个出处同时报告普通 KD 和其他方法，因此不画提升图。",
        "none": "暂无基准结果。",
    },
    "en": {
        "summary": "{n:numbers} from {sources:sources}, on {methods:methods} and {datasets:datasets}.",
        "legend": "Click a number to open where it is printed (the line of a GitHub file at a given commit, or a table "
                  "of an arXiv paper); hover over it to read its source. ★ marks the best method result of a column; "
                  "† marks a number obtained by others (a reproduction), the rest were reported by the method's "
                  "authors. Several numbers in one cell come from different sources: all are kept, none averaged.",
        "sort_hint": "Click a column heading to sort by that column.",
        "caption": "{dataset}: {metrics} of each method (rows) for each teacher → student setting (columns)",
        "method": "Method",
        "teacher": "Teacher (no distillation)",
        "student": "Student (no distillation)",
        "own": "original",
        "reproduction": "reproduced by others",
        "best": "best in column",
        "table": "Table {table}",
        "count": "{n:numbers} · {methods:methods} · {settings:settings}",
        "gain_title": "{dataset}: largest gain over vanilla KD",
        "gain_desc": "Horizontal bars: for {n:settings}, the largest gain (in points) of a method over vanilla KD "
                     "(Hinton et al., 2015) printed in the same source.",
        "gain_axis": "gain over KD (points)",
        "gain_head": ["Setting", "Gain", "Method", "Number", "KD number"],
        "no_gain": "No source reports vanilla KD beside another method on this dataset, so there is no gain chart.",
        "none": "No benchmark results yet.",
    },
}


def family_chips(paper: Paper, library: Library, lang: str, root: str) -> str:
    """Links to the family pages a paper belongs to."""
    chips = [
        f'<a class="kd-chip" href="{root}families/{html_text(fid)}/">{html_text(library.family(fid).name.in_lang(lang))}</a>'
        for fid in paper.families
    ]
    return f'<span class="kd-chips">{"".join(chips)}</span>' if chips else ""


def source_text(result: Result, lang: str) -> str:
    """Where a number is printed, in words: repository, file, line and commit, or arXiv id and table; and whether
    it is the original number or a reproduction."""
    w = WORDS[lang]
    source = result.source
    if isinstance(source, ArxivSource):
        where = f"arXiv {source.arxiv} · {w['table'].format(table=source.table)}"
    else:
        where = f"{source.repo} · {source.path}:{source.line} · {source.commit[:7]}"
    return f"{where} · {w[result.origin]}"


def setting_name(benchmarks: Benchmarks, setting: tuple[str, str, str], lang: str = "") -> str:
    """'ResNet32x4 → ResNet8x4' of a column; with a language, its metric's name after it, without its unit."""
    name = f"{benchmarks.architecture(setting[0]).name} → {benchmarks.architecture(setting[1]).name}"
    if not lang:
        return name
    metric = re.sub(r"\s*[(（][^)）]*[)）]$", "", benchmarks.metric(setting[2]).name.in_lang(lang))
    return f"{name} · {metric}"


def number_link(result: Result, lang: str, best: bool = False) -> str:
    """A number as a link to its source, which its title names. A reproduction (marked †) and a column's best
    (marked ★) are described by the page's hidden notes, so the link's text stays the number as printed."""
    w = WORDS[lang]
    title = source_text(result, lang) + (f" · {w['best']}" if best else "")
    kinds = [kind for kind, present in (("repro", result.origin == "reproduction"), ("best", best)) if present]
    css = "".join(f" kd-bench__n--{kind}" for kind in kinds)
    described = f' aria-describedby="{" ".join(f"kd-bench-{kind}" for kind in kinds)}"' if kinds else ""
    return (f'<a class="kd-bench__n{css}" href="{html_text(result.source.url)}" title="{html_text(title)}"'
            f'{described} data-line="{result.line}">{html_text(result.text)}</a>')


def marks_notes(lang: str) -> str:
    """The hidden notes that describe a reproduction and a column's best to assistive technology."""
    w = WORDS[lang]
    return (f'<span id="kd-bench-repro" hidden>{html_text(w["reproduction"])}</span>'
            f'<span id="kd-bench-best" hidden>{html_text(w["best"])}</span>')


def _cell(row: Row, setting, best: float | None, lang: str) -> str:
    found = row.cells.get(setting, ())
    if not found:
        return '<td class="kd-bench__cell"></td>'
    numbers = "".join(f"<li>{number_link(r, lang, best is not None and r.value == best)}</li>" for r in found)
    return f'<td class="kd-bench__cell" data-sort="{found[0].value!r}"><ul>{numbers}</ul></td>'


def _variant_label(library: Library, variant: str, lang: str, root: str) -> str:
    """A row's variant after its method's name, linking to the card of the paper proposing it, if any."""
    if not variant:
        return ""
    item = library.benchmarks.variant(variant)
    name = html_text(item.name.in_lang(lang))
    if item.paper:
        paper = library.paper(item.paper)
        return f' <a class="kd-bench__variant" href="{root}{html_text(paper_path(paper))}">{name}</a>'
    return f' <span class="kd-bench__variant">{name}</span>'


def method_cell(library: Library, row: Row, lang: str, root: str) -> str:
    """The row heading: the method's short name linking to its card, its variant, year, family chips and idea (of
    the variant's paper when the variant has one: that is the row's contribution)."""
    benchmarks = library.benchmarks
    w = WORDS[lang]
    if row.method in BASELINES:
        label = html_text(w[row.method]) + _variant_label(library, row.variant, lang, root)
        return f'<th scope="row" class="kd-bench__method kd-bench__method--baseline">{label}</th>'
    paper = library.paper(row.method)
    variant_paper = benchmarks.variant(row.variant).paper if row.variant else ""
    subject = library.paper(variant_paper) if variant_paper else paper
    short = benchmarks.note(row.method).short
    sort_key = f"{short} {row.variant}".strip()
    return (
        f'<th scope="row" class="kd-bench__method" data-sort="{html_text(sort_key)}">'
        f'<span class="kd-bench__head"><a class="kd-bench__name" href="{root}{html_text(paper_path(paper))}">'
        f'{html_text(short)}</a>{_variant_label(library, row.variant, lang, root)} '
        f'<span class="kd-bench__year">{subject.year}</span></span>'
        f'{family_chips(subject, library, lang, root)}'
        f'<span class="kd-bench__idea">{html_text(benchmarks.note(subject.id).idea.in_lang(lang))}</span></th>'
    )


def _column_head(benchmarks: Benchmarks, setting) -> str:
    teacher, student, metric_id = setting
    better = "high" if benchmarks.metric(metric_id).higher_is_better else "low"
    return (f'<th scope="col" class="kd-bench__col" data-better="{better}">'
            f'<span class="kd-bench__t">{html_text(benchmarks.architecture(teacher).name)}</span>'
            f'<span class="kd-bench__arrow" aria-hidden="true">↓</span>'
            f'<span class="kd-visually-hidden"> → </span>'
            f'<span class="kd-bench__s">{html_text(benchmarks.architecture(student).name)}</span></th>')


def _metric_heads(benchmarks: Benchmarks, settings, lang: str) -> str:
    """A header row above the settings naming the metric of each run of columns (for a dataset with several)."""
    runs = [(metric, len(list(group))) for metric, group in groupby(s[2] for s in settings)]
    cells = "".join(f'<th scope="colgroup" colspan="{n}" class="kd-bench__metric">'
                    f'{html_text(benchmarks.metric(metric).name.in_lang(lang))}</th>' for metric, n in runs)
    return f'<tr><td class="kd-bench__col--method"></td>{cells}</tr>'


def board_table(library: Library, table: Board, lang: str, root: str) -> str:
    """One dataset's static table: baselines in their own body, methods in a body the sorting script reorders; kept
    out of the search index (its numbers would only add noise; the methods are found by their cards)."""
    benchmarks = library.benchmarks
    w = WORDS[lang]
    metrics = sorted({s[2] for s in table.settings}, key=[m.id for m in benchmarks.metrics].index)
    metric_names = "、".join if lang == "zh" else ", ".join
    caption = w["caption"].format(dataset=benchmarks.dataset(table.dataset).name,
                                  metrics=metric_names(benchmarks.metric(m).name.in_lang(lang) for m in metrics))
    head = "".join(_column_head(benchmarks, s) for s in table.settings)
    metric_row = _metric_heads(benchmarks, table.settings, lang) if len(metrics) > 1 else ""

    def body(rows, css: str, with_best: bool) -> str:
        lines = []
        for row in rows:
            cells = "".join(_cell(row, s, table.best.get(s) if with_best else None, lang) for s in table.settings)
            anchor = html_text(row_anchor(table.dataset, row.method, row.variant))
            lines.append(f'<tr id="{anchor}">{method_cell(library, row, lang, root)}{cells}</tr>')
        return f'<tbody class="{css}">{"".join(lines)}</tbody>' if lines else ""

    return (
        f'<div class="kd-table-scroll kd-bench__scroll" tabindex="0" role="region" data-search-exclude '
        f'aria-label="{html_text(caption)}">'
        f'<table class="kd-bench" data-dataset="{html_text(table.dataset)}">'
        f'<caption>{html_text(caption)}</caption>'
        f'<thead>{metric_row}<tr><th scope="col" class="kd-bench__col kd-bench__col--method">'
        f'{html_text(w["method"])}</th>{head}</tr></thead>'
        f'{body(table.baselines, "kd-bench__baselines", False)}{body(table.methods, "kd-bench__methods", True)}'
        "</table></div>"
    )


def _gain_labels(benchmarks: Benchmarks, found: tuple[Gain, ...], lang: str) -> list[str]:
    """Each gain's setting, with its metric where the same teacher and student have gains in several metrics."""
    pairs = Counter(g.setting[:2] for g in found)
    return [setting_name(benchmarks, g.setting, lang if pairs[g.setting[:2]] > 1 else "") for g in found]


def _gain_table(library: Library, found: tuple[Gain, ...], lang: str) -> str:
    benchmarks = library.benchmarks
    head = "".join(f"<th>{html_text(text)}</th>" for text in WORDS[lang]["gain_head"])
    rows = []
    for gain, label in zip(found, _gain_labels(benchmarks, found, lang)):
        method = benchmarks.note(gain.result.method).short
        if gain.result.variant:
            method += " " + benchmarks.variant(gain.result.variant).name.in_lang(lang)
        rows.append(f"<tr><td>{html_text(label)}</td>"
                    f'<td class="kd-num">{html_text(gain.text)}</td><td>{html_text(method)}</td>'
                    f'<td class="kd-num">{number_link(gain.result, lang)}</td>'
                    f'<td class="kd-num">{number_link(gain.vanilla, lang)}</td></tr>')
    return f'<table class="kd-data"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def gain_figure(library: Library, table: Board, lang: str) -> str:
    """The chart of each setting's largest gain over vanilla KD, with its numbers (linked to their sources) below."""
    w = WORDS[lang]
    if not table.gains:
        return f'<p class="kd-bench__no-gain">{html_text(w["no_gain"])}</p>'
    benchmarks = library.benchmarks
    name = benchmarks.dataset(table.dataset).name
    desc = counted(w["gain_desc"], n=len(table.gains))
    svg = horizontal_bars(f"kd-bench-gain-{table.dataset}-{lang}", w["gain_title"].format(dataset=name), desc,
                          _gain_labels(benchmarks, table.gains, lang),
                          [g.gain for g in table.gains], w["gain_axis"], texts=[g.text for g in table.gains])
    return figure(svg, desc, _gain_table(library, table.gains, lang), lang, "kd-chart--gain")


def dataset_section(library: Library, dataset: str, lang: str, root: str) -> str:
    """A dataset's heading (in the page's table of contents), counts, table and gain chart."""
    table = board(library, dataset)
    rows = library.benchmarks.in_dataset(dataset)
    count = counted(WORDS[lang]["count"], n=len(rows), methods=len(table.methods), settings=len(table.settings))
    name = library.benchmarks.dataset(dataset).name
    return (f"## {markdown_text(name)} {{ #{dataset} }}\n\n"
            f'<p class="kd-count">{html_text(count)}</p>\n\n{board_table(library, table, lang, root)}\n\n'
            f"{gain_figure(library, table, lang)}")


def benchmark_assets(site_root: str) -> str:
    """The Benchmarks page's own stylesheet and its tables' sorting script (no other page loads them)."""
    return (f'<link rel="stylesheet" href="{site_root}assets/kd-bench.css">\n'
            f'<script src="{site_root}assets/kd-bench.js" defer></script>\n\n')


def benchmarks_page(library: Library, lang: str, root: str) -> str:
    """The whole page body: the summary and legend, then each dataset with results, in vocabulary order."""
    benchmarks = library.benchmarks
    w = WORDS[lang]
    if not benchmarks.results:
        return f'<p class="kd-empty">{html_text(w["none"])}</p>'
    datasets = [d.id for d in benchmarks.datasets if any(r.dataset == d.id for r in benchmarks.results)]
    summary = counted(w["summary"], n=len(benchmarks.results), sources=len({r.source.key for r in benchmarks.results}),
                      methods=len({p for r in benchmarks.results for p in benchmarks.papers_of(r)}),
                      datasets=len(datasets))
    head = (f'<p class="kd-count">{html_text(summary)}</p>\n'
            f'<p class="kd-bench__legend">{html_text(w["legend"])} '
            f'<span class="kd-bench__sort-hint">{html_text(w["sort_hint"])}</span>{marks_notes(lang)}</p>')
    return "\n\n".join([head, *(dataset_section(library, d, lang, root) for d in datasets)])
