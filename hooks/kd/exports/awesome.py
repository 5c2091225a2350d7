"""The README's generated section: each family's and domain's count, links and landmark papers, between two markers."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kd.pages.escape import commonmark_text
from kd.pages.labels import paper_count
from kd.exports.landmarks import EARLIEST, MAJOR_VENUES, RECENT, foundational, recent_major
from kd.data.model import Library, Names, Paper

BEGIN = "<!-- BEGIN GENERATED LIST -->"
END = "<!-- END GENERATED LIST -->"
LISTS_DIR = "lists"
SHOWN_AUTHORS = 3


def _url(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29")


@dataclass(frozen=True)
class Group:
    """A method family or an application domain with its papers (newest first), as the README and lists/ show it."""

    section: str
    id: str
    name: Names
    papers: tuple[Paper, ...]

    @property
    def page(self) -> str:
        """The group's page on the site, relative to the site's language root."""
        return f"{self.section}/{self.id}/"

    @property
    def list_path(self) -> str:
        """The Markdown file that lists every paper of the group, relative to the project."""
        return f"{LISTS_DIR}/{self.section}/{self.id}.md"


def groups(library: Library) -> list[Group]:
    """The families, then the domains, that hold at least one paper."""
    found = [Group("families", f.id, f.name, tuple(library.papers_in_family(f.id))) for f in library.families]
    found += [Group("applications", d.id, d.name, tuple(library.papers_in_domain(d.id))) for d in library.domains]
    return [group for group in found if group.papers]


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


def _intro(library: Library, site_url: str) -> str:
    venues = ", ".join(MAJOR_VENUES)
    return (
        "## Paper list · 论文列表\n\n"
        "> Generated from `data/` by `kd readme`, like every file under `lists/`; do not edit them by hand. To add or "
        "fix a paper, run `kd add` or edit `data/papers/*.yml`, then run `kd readme` (see "
        "[CONTRIBUTING.md](CONTRIBUTING.md)).\n"
        "> 本列表与 `lists/` 下的所有文件均由 `kd readme` 根据 `data/` 自动生成，请勿手工修改：添加或修改论文请运行 "
        "`kd add` 或编辑 `data/papers/*.yml`，然后运行 `kd readme`。\n\n"
        f"**{paper_count(len(library.papers))}.** Each method family and application domain below gives its number of "
        f"papers, a Markdown list of all of them under [`{LISTS_DIR}/`]({LISTS_DIR}/) (newest first, split by year "
        f"when long), its page on the [website]({site_url}), and its landmark papers, chosen by a fixed rule:\n\n"
        f"- **Foundational**: the {EARLIEST} earliest papers of the family or domain (within a year, papers from a "
        "major venue first, then by title);\n"
        f"- **Recent at major venues**: its {RECENT} newest other papers published in the main track of a major "
        f"venue: {venues} (workshops, Findings and preprints do not count).\n\n"
        f"每个方法类别与应用领域给出论文数量、`{LISTS_DIR}/` 下列出其全部论文的 Markdown 文件（按年份从新到旧，论文多时按年份拆分）、"
        f"网站页面，以及按固定规则选出的代表论文：**奠基之作**为最早的 {EARLIEST} 篇（同一年内主要会议与期刊优先，再按标题排序）；"
        f"**顶会新作**为发表在上述主要会议或期刊主会的最新 {RECENT} 篇其他论文（不含 workshop、Findings 与预印本）。\n\n"
        "### Contents · 目录\n"
    )


def generated_list(library: Library, site_url: str) -> str:
    """The whole generated section of README.md, markers included."""
    slugger = Slugger()
    toc, body = [], []
    for section, heading, heading_zh in (("families", "Method families", "方法类别"), ("applications", "Applications", "应用")):
        toc.append(f"- {heading_zh} · [{heading}](#{slugger.slug(heading)})")
        body.append(f"### {heading}\n")
        for group in (g for g in groups(library) if g.section == section):
            name_en, name_zh, count = commonmark_text(group.name.en), commonmark_text(group.name.zh), len(group.papers)
            toc.append(f"  - {name_zh} · [{name_en}](#{slugger.slug(group.name.en)}) ({count})")
            body.append(f"#### {name_en}\n")
            body.append(f"{name_zh} · **{paper_count(count)}** · [full list 完整列表]({group.list_path}) · "
                        f"[on the website 网站页面]({site_url}en/{group.page})\n")
            early = foundational(group.papers)
            body.append("Foundational · 奠基之作:\n\n" + "\n".join(paper_line(p) for p in early) + "\n")
            recent = recent_major(group.papers, skip=early)
            if recent:
                body.append("Recent at major venues · 顶会新作:\n\n" + "\n".join(paper_line(p) for p in recent) + "\n")
    return "\n".join([BEGIN, _intro(library, site_url), *toc, "", *body]).rstrip("\n") + "\n" + END + "\n"


def with_generated_list(readme: str, generated: str) -> str:
    """readme with the text between the markers replaced, or with the list appended when it has none."""
    start, end = readme.find(BEGIN), readme.find(END)
    if start == -1 or end == -1:
        return readme.rstrip("\n") + "\n\n" + generated
    return readme[:start] + generated + readme[end + len(END):].lstrip("\n")
