"""Links from a family or application page to the explorer filtered to its papers and to its .bib file."""
from __future__ import annotations

from urllib.parse import quote

from kd.pages.escape import html_text
from kd.exports.downloads import domain_bib_path, family_bib_path

WORDS = {
    "zh": {"explore": "在论文浏览器中筛选这 {n} 篇论文", "bib": "下载 BibTeX（{name}）"},
    "en": {"explore": "Filter these {n} papers in the explorer", "bib": "Download BibTeX ({name})"},
}


def page_links(kind: str, item_id: str, n: int, lang: str, root: str, site_root: str) -> str:
    """The explorer link (?family=<id> or ?domain=<id>) and the .bib download of one family or domain page; nothing
    for a page without papers."""
    if not n:
        return ""
    words = WORDS[lang]
    bib = family_bib_path(item_id) if kind == "family" else domain_bib_path(item_id)
    explorer = f"{root}papers/?{kind}={quote(item_id)}"
    return (
        f'<p class="kd-page-links" data-search-exclude>'
        f'<a class="md-button md-button--primary kd-page-links__explorer" href="{html_text(explorer)}">'
        f'{html_text(words["explore"].format(n=n))}</a> '
        f'<a class="md-button kd-page-links__bib" href="{html_text(site_root + bib)}" download>'
        f'{html_text(words["bib"].format(name=bib.rsplit("/", 1)[1]))}</a></p>'
    )
