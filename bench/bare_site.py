"""A bare Material site with our pages' content: each page of docs/ with its macros' output, except that the paper
cards become a plain Markdown list of the same text and links; Material with no overrides, hooks, CSS or JavaScript
of ours. The page-load benchmark (page_load.py) compares our pages with these."""
from __future__ import annotations

import argparse
import shutil
import sys
from itertools import groupby
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_time import build  # noqa: E402
from pipeline_overhead import macros_env, rendered_page  # noqa: E402
from synthetic import ROOT  # noqa: E402

from kd.data.model import newest_first  # noqa: E402
from kd.exports.downloads import paper_bib_path  # noqa: E402
from kd.pages.escape import markdown_text  # noqa: E402
from kd.pages.explorer import downloads  # noqa: E402
from kd.pages.labels import label  # noqa: E402
from kd.pages.pagelinks import page_links  # noqa: E402
from kd.pages.render import count_line, link_targets  # noqa: E402

# what mkdocs.yml keeps: the theme without its custom_dir, and the search and i18n plugins (not macros)
DROPPED_KEYS = ("hooks", "extra_css", "extra_javascript", "watch")
# the pages of a bare site link to exports and .bib files that only our build writes
QUIET_VALIDATION = {key: "info" for key in ("omitted_files", "not_found", "absolute_links", "unrecognized_links", "anchors")}


def plain_item(paper, library, lang: str, docs_root: str, site_root: str) -> str:
    """One paper as a Markdown list item with its card's text and links: the linked title, every author, venue and
    year, the paper's links, a link to each of its families and one to its BibTeX file."""
    title = markdown_text(paper.title)
    parts = [f"[{title}](<{paper.links.main_url}>)" if paper.links.main_url else title]
    if paper.authors:
        parts.append(markdown_text(", ".join(paper.authors)))
    parts.append(f"{markdown_text(paper.venue)} {paper.year}")
    parts += [f"[{text}](<{url}>)" for _, text, url in link_targets(paper, lang)]
    parts += [f"[{markdown_text(library.family(f).name.in_lang(lang))}]({docs_root}families/{f}.md)"
              for f in paper.families]
    parts.append(f"[{label(lang, 'bibtex')}]({site_root}{paper_bib_path(paper.id)})")
    return "- " + " · ".join(parts)


def plain_list(papers, library, lang: str, docs_root: str, site_root: str) -> str:
    return "\n".join(plain_item(p, library, lang, docs_root, site_root) for p in papers)


def plain_by_year(papers, library, lang: str, docs_root: str, site_root: str) -> str:
    """Our year sections (heading with its count), each a plain list."""
    blocks = []
    for year, group in groupby(papers, key=lambda p: p.year):
        group = list(group)
        blocks.append(f'## {year} · {label(lang, "year_count", n=len(group))} {{ #year-{year} }}\n\n'
                      + plain_list(group, library, lang, docs_root, site_root))
    return "\n\n".join(blocks)


def plain_macros(env) -> dict:
    """The paper-list macros of hooks/macros.py, writing plain lists: family and application pages (count, their
    explorer and .bib links, year sections) and the explorer (its downloads, count and every paper newest first)."""
    library = env.variables["library"]

    def where():
        """The page's language, its language root, the site root and docs/, relative to it (as our macros see them)."""
        import macros

        return (*macros.page_context(env), macros.site_root(env), macros.source_root(env))

    def group_page(kind: str, item_id: str, papers) -> str:
        lang, root, site_root, docs_root = where()
        return (count_line(len(papers), lang) + page_links(kind, item_id, len(papers), lang, root, site_root) + "\n\n"
                + plain_by_year(papers, library, lang, docs_root, site_root))

    def paper_explorer() -> str:
        lang, root, site_root, docs_root = where()
        papers = newest_first(library.papers)
        return (downloads(library, lang, root, site_root) + "\n\n" + count_line(len(papers), lang) + "\n\n"
                + plain_list(papers, library, lang, docs_root, site_root))

    return {"family_papers": lambda f: group_page("family", f, library.papers_in_family(f)),
            "domain_papers": lambda d: group_page("domain", d, library.papers_in_domain(d)),
            "paper_explorer": paper_explorer}


def bare_project(project: Path, out: Path) -> Path:
    """Write the bare project (docs/ with the macros' output and plain paper lists, a Material-only mkdocs.yml) to out."""
    env = macros_env(project)
    env.macros.update(plain_macros(env))
    for path in sorted((project / "docs").rglob("*")):
        src_uri = path.relative_to(project / "docs").as_posix()
        target = out / "docs" / src_uri
        if path.is_dir() or src_uri.startswith("dev/"):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix != ".md":
            shutil.copy(path, target)
            continue
        target.write_text(rendered_page(env, path, src_uri), encoding="utf-8")
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    for key in DROPPED_KEYS:
        config.pop(key, None)
    config["theme"].pop("custom_dir", None)
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "macros" in p)]
    config["validation"] = QUIET_VALIDATION
    (out / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="where to write the bare project (its site goes to OUT/site)")
    args = parser.parse_args()
    project = bare_project(ROOT, args.out)
    seconds, _, _ = build(project, project / "site")
    print(f"bare site built in {seconds:.0f} s: {project / 'site'}")


if __name__ == "__main__":
    main()
