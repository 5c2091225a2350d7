"""The home page's lead: a paper search that opens the explorer (?text=), a link to the explorer, and the counts."""
from __future__ import annotations

from kd.pages.escape import html_text
from kd.data.model import Library

WORDS = {
    "zh": {
        "label": "搜索论文", "placeholder": "标题、作者、会议，或“自蒸馏”等类别名…", "go": "搜索",
        "browse": "浏览全部 {n} 篇论文", "news": "最新论文",
        "counts": "{papers} 篇论文 · {families} 个方法类别 · {domains} 个应用领域 · {code} 篇附代码",
    },
    "en": {
        "label": "Search the papers", "placeholder": "Title, author, venue…", "go": "Search",
        "browse": "Browse all {n} papers", "news": "Newest papers",
        "counts": "{papers} papers · {families} method families · {domains} applications · {code} with code",
    },
}


def home_lead(library: Library, lang: str, root: str) -> str:
    """The search form (a GET to the explorer, which reads ?text=), the explorer and What's new links, the counts."""
    w = WORDS[lang]
    counts = w["counts"].format(
        papers=len(library.papers), families=len(library.families), domains=len(library.domains),
        code=sum(1 for p in library.papers if p.links.code))
    return (
        f'<div class="kd-lead">'
        f'<form class="kd-lead__search" role="search" action="{root}papers/" method="get">'
        f'<label for="kd-lead-text">{html_text(w["label"])}</label>'
        f'<input id="kd-lead-text" type="search" name="text" autocomplete="off" spellcheck="false" '
        f'placeholder="{html_text(w["placeholder"])}">'
        f'<button type="submit" class="md-button md-button--primary">{html_text(w["go"])}</button></form>'
        f'<p class="kd-lead__links"><a class="md-button md-button--primary kd-lead__explorer" href="{root}papers/">'
        f'{html_text(w["browse"].format(n=len(library.papers)))}</a> '
        f'<a class="md-button" href="{root}changelog/">{html_text(w["news"])}</a></p>'
        f'<p class="kd-lead__counts">{html_text(counts)}</p>'
        "</div>"
    )
