"""The Markdown files under lists/ that `kd readme` writes: every paper of each family and domain, split by year when long."""
from __future__ import annotations

from itertools import groupby

from kd.exports.awesome import Group, groups, paper_line
from kd.pages.escape import commonmark_text
from kd.pages.labels import paper_count
from kd.data.model import Library

LIMIT = 400 * 1024  # bytes of paper lines in one file; GitHub stops rendering a Markdown file at 500 KiB
NOTICE = "Generated from `data/` by `kd readme`; do not edit. · 由 `kd readme` 根据 `data/` 自动生成，请勿修改。"


def _size(lines: list[str]) -> int:
    return sum(len(line.encode("utf-8")) + 1 for line in lines)


def chunks(lines: list[str], limit: int = LIMIT) -> list[list[str]]:
    """lines cut into consecutive runs of at most limit bytes each (a longer single line is a run of its own)."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if runs[-1] and _size(runs[-1]) + _size([line]) > limit:
            runs.append([])
        runs[-1].append(line)
    return runs


def _title(group: Group) -> str:
    return f"{commonmark_text(group.name.en)} · {commonmark_text(group.name.zh)}"


def _header(title: str, count: int, links: str) -> str:
    return f"# {title}\n\n**{paper_count(count)}**, newest first · {links}\n\n{NOTICE}\n"


def group_files(group: Group, site_url: str, limit: int = LIMIT) -> dict[str, str]:
    """The list file of a group (path relative to the project → text), plus one file per year when it is too long."""
    years = [(year, [paper_line(p) for p in papers]) for year, papers in groupby(group.papers, key=lambda p: p.year)]
    depth = "../" * group.list_path.count("/")
    links = f"[README]({depth}README.md) · [on the website 网站页面]({site_url}en/{group.page})"
    head = _header(_title(group), len(group.papers), links)
    if _size([line for _, lines in years for line in lines]) <= limit:
        body = [f"## {year} ({len(lines)})\n\n" + "\n".join(lines) + "\n" for year, lines in years]
        return {group.list_path: "\n".join([head, *body])}
    folder = group.list_path.removesuffix(".md")
    back = f"[all years 全部年份](../{group.id}.md) · [README]({depth}../README.md)"
    files, index = {}, []
    for year, lines in years:
        runs = chunks(lines, limit)
        stems = [str(year)] if len(runs) == 1 else [f"{year}-{n}" for n in range(1, len(runs) + 1)]
        index.append(f"- {year}: " + ", ".join(f"[{stem}]({group.id}/{stem}.md) ({len(run)})" for stem, run in zip(stems, runs)))
        for stem, run in zip(stems, runs):
            files[f"{folder}/{stem}.md"] = _header(f"{_title(group)} · {stem}", len(run), back) + "\n" + "\n".join(run) + "\n"
    files[group.list_path] = head + "\n## By year · 按年份\n\n" + "\n".join(index) + "\n"
    return files


def list_files(library: Library, site_url: str, limit: int = LIMIT) -> dict[str, str]:
    """Every file under lists/ for this library: path relative to the project → text."""
    files: dict[str, str] = {}
    for group in groups(library):
        files.update(group_files(group, site_url, limit))
    return files
