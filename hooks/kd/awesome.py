"""The README's generated awesome list: the library as Markdown, one line per paper, between two markers."""
from __future__ import annotations

import re
from collections import Counter

from .escape import commonmark_text
from .model import Library, Paper, newest_first

BEGIN = "<!-- BEGIN GENERATED LIST -->"
END = "<!-- END GENERATED LIST -->"
SHOWN_AUTHORS = 3


def _url(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29")


def home(paper: Paper) -> str:
    """The id of the section a paper is listed in: its first family, or its first domain without one."""
    return (paper.families or paper.domains)[0]


class Slugger:
    """GitHub's heading anchors: lowercase, punctuation dropped, spaces as hyphens, repeats numbered."""

    def __init__(self):
        self.seen: Counter = Counter()

    def slug(self, heading: str) -> str:
        base = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        count = self.seen[base]
        self.seen[base] += 1
        return f"{base}-{count}" if count else base


def paper_line(paper: Paper) -> str:
    """`- [Title](link) - Year, Venue. Authors. [arXiv](…), [Code](…).`"""
    links = paper.links
    title = commonmark_text(paper.title)
    head = f"[{title}]({_url(links.main_url)})" if links.main_url else title
    authors = list(paper.authors[:SHOWN_AUTHORS]) + (["et al"] if len(paper.authors) > SHOWN_AUTHORS else [])
    text = f"{paper.year}, {commonmark_text(paper.venue)}." + (f" {commonmark_text(', '.join(authors))}." if authors else "")
    extra = [(name, url) for name, url in (("arXiv", links.arxiv_url), ("DOI", links.doi_url), ("PDF", links.pdf))
             if url and url != links.main_url]
    extra += [("Code" if len(links.code) == 1 else f"Code {n}", url) for n, url in enumerate(links.code, start=1)]
    if extra:
        text += " " + ", ".join(f"[{name}]({_url(url)})" for name, url in extra) + "."
    return f"- {head} - {text}"


def generated_list(library: Library, site_url: str) -> str:
    """The whole generated section, markers included."""
    slugger = Slugger()
    sections = [("Method families", "方法类别", [(f.id, f.name, "families/" + f.id) for f in library.families]),
                ("Applications", "应用", [(d.id, d.name, "applications/" + d.id) for d in library.domains])]
    listed = {key: newest_first(p for p in library.papers if home(p) == key) for key in
              [f.id for f in library.families] + [d.id for d in library.domains]}
    toc, body = [], []
    for heading, heading_zh, groups in sections:
        groups = [group for group in groups if listed[group[0]]]
        toc.append(f"- {heading_zh} · [{heading}](#{slugger.slug(heading)})")
        body.append(f"### {heading}\n")
        for key, name, page in groups:
            papers = listed[key]
            toc.append(f"  - {commonmark_text(name.zh)} · [{commonmark_text(name.en)}]"
                       f"(#{slugger.slug(name.en)}) ({len(papers)})")
            body.append(f"#### {commonmark_text(name.en)}\n")
            body.append(f"{commonmark_text(name.zh)} · {len(papers)} papers · data file `data/papers/{key}.yml` · "
                        f"[on the website 网站页面]({site_url}en/{page}/)\n")
            body.append("\n".join(paper_line(p) for p in papers) + "\n")
    families = sum(len(listed[f.id]) for f in library.families)
    intro = (
        "## Paper list · 论文列表\n\n"
        "> Generated from `data/` by `kd readme`; do not edit it here. To add or fix a paper, run `kd add` or edit "
        "`data/papers/*.yml`, then run `kd readme` (see [CONTRIBUTING.md](CONTRIBUTING.md)).\n"
        "> 本列表由 `kd readme` 根据 `data/` 自动生成，请勿在此修改：添加或修改论文请运行 `kd add` 或编辑 "
        "`data/papers/*.yml`，然后运行 `kd readme`。\n\n"
        f"**{len(library.papers)} papers**: {families} listed under their first method family and "
        f"{len(library.papers) - families} application papers without a family under their first domain. "
        f"The [website]({site_url}) shows every paper under all of its families and domains.\n\n"
        "### Contents · 目录\n"
    )
    return "\n".join([BEGIN, intro, *toc, "", *body]).rstrip("\n") + "\n" + END + "\n"


def with_generated_list(readme: str, generated: str) -> str:
    """readme with the text between the markers replaced, or with the list appended when it has none."""
    start, end = readme.find(BEGIN), readme.find(END)
    if start == -1 or end == -1:
        return readme.rstrip("\n") + "\n\n" + generated
    return readme[:start] + generated + readme[end + len(END):].lstrip("\n")
