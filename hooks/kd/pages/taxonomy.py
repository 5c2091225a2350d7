"""The taxonomy map: knowledge types, schemes and algorithms as linked HTML boxes with paper counts."""
from __future__ import annotations

from kd.pages.escape import html_text
from kd.pages.fieldlabels import field_label
from kd.data.model import Library
from kd.pages.stats import papers_per_family
from kd.pages.statspage import family_colour

GROUPS = ("knowledge", "scheme", "algorithm")


def _box(name: str, count_text: str, href: str, colour: str) -> str:
    return (
        f'<li><a class="kd-taxonomy__box" href="{href}" style="--kd-family: {colour}">'
        f'<span class="kd-taxonomy__name">{html_text(name)}</span>'
        f'<span class="kd-taxonomy__count">{html_text(count_text)}</span></a></li>'
    )


def taxonomy_map(library: Library, lang: str, root: str) -> str:
    """The three groups of families under one root; each box links to its family page and shows its count."""
    counts = dict(papers_per_family(library))
    groups = []
    for group in GROUPS:
        boxes = []
        if group == "scheme":
            boxes.append(
                f'<li><span class="kd-taxonomy__box kd-taxonomy__box--plain">'
                f'<span class="kd-taxonomy__name">{field_label(lang, "offline")}</span>'
                f'<span class="kd-taxonomy__count">{field_label(lang, "offline_note")}</span></span></li>'
            )
        boxes += [
            _box(f.name.in_lang(lang), field_label(lang, "n_papers", n=counts[f.id]),
                 f"{root}families/{html_text(f.id)}/", family_colour(library, f.id))
            for f in library.families if f.group == group
        ]
        groups.append(
            f'<section class="kd-taxonomy__group">'
            f'<p class="kd-taxonomy__title">{field_label(lang, "group_" + group)}'
            f'<small>{field_label(lang, "group_" + group + "_q")}</small></p>'
            f'<ul class="kd-taxonomy__list">{"".join(boxes)}</ul></section>'
        )
    return (
        f'<nav class="kd-taxonomy" aria-label="{field_label(lang, "taxonomy_label")}">'
        f'<p class="kd-taxonomy__root">{field_label(lang, "taxonomy_root")}'
        f'<small>{field_label(lang, "n_papers", n=len(library.papers))}</small></p>'
        f'<div class="kd-taxonomy__groups">{"".join(groups)}</div></nav>'
    )
