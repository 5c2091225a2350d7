"""Atom (feedgen) and JSON Feed 1.1 (jsonfeed-util) files of the newest papers (by when they appeared), one pair per
language."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kd.pages.escape import html_text, safe_url
from kd.pages.fieldlabels import field_label
from kd.data.model import Library, Paper
from kd.pages.news import paper_path
from kd.data.published import YEAR_ONLY, month, newest_published
from kd.data.safeio import write_atomic

FEED_LIMIT = 100  # a feed lists the 100 papers that appeared last, newest first
ATOM_FILE = "feed.xml"
JSON_FILE = "feed.json"
SITE_AUTHOR = "Awesome Knowledge Distillation"


def feed_window(library: Library, limit: int = FEED_LIMIT) -> list[Paper]:
    """The papers a feed lists: the `limit` that appeared last, newest first."""
    return newest_published(library.papers)[:limit]


def language_root(site_url: str, lang: str, default_lang: str = "zh") -> str:
    """The absolute URL of a language's home page (the default language lives at the site root)."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base if lang == default_lang else f"{base}{lang}/"


def _timestamp(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def published_at(paper: Paper) -> dt.datetime:
    """The first day of the month the paper appeared (of its year, for a year-only paper)."""
    year, month_number = month(paper)
    return _timestamp(dt.date(year, 1 if month_number == YEAR_ONLY else month_number, 1))


def _summary(library: Library, paper: Paper, lang: str) -> str:
    authors = ", ".join(paper.authors) or "—"
    families = ", ".join(library.family(f).name.in_lang(lang) for f in paper.families)
    key = "feed_entry" if families else "feed_entry_nofamily"
    return field_label(lang, key, authors=authors, venue=paper.venue, year=paper.year, families=families)


def _content_html(library: Library, paper: Paper, lang: str) -> str:
    text = f"<p>{html_text(_summary(library, paper, lang))}</p>"
    url = safe_url(paper.links.main_url)
    if url:
        text += f'<p><a href="{url}">{field_label(lang, "feed_paper_link")}</a></p>'
    return text


def atom_feed(library: Library, lang: str, site_url: str) -> bytes:
    """The Atom feed of the papers in the feed window, newest first."""
    from feedgen.feed import FeedGenerator

    root = language_root(site_url, lang)
    papers = feed_window(library)
    fg = FeedGenerator()
    fg.id(root + ATOM_FILE)
    fg.title(field_label(lang, "feed_title"))
    fg.subtitle(field_label(lang, "feed_description"))
    fg.author({"name": SITE_AUTHOR})
    fg.link(href=root, rel="alternate", type="text/html")
    fg.link(href=root + ATOM_FILE, rel="self", type="application/atom+xml")
    fg.language(lang)
    fg.updated(_timestamp(max((p.added for p in library.papers), default=dt.date(2000, 1, 1))))
    for paper in papers:
        entry = fg.add_entry(order="append")
        entry.id(root + paper_path(paper))
        entry.title(paper.title)
        # One link only: feedgen 1.0.0 drops an entry link's rel, so a second (related) link would read as a
        # second alternate. The paper's own link is in the content instead.
        entry.link(href=root + paper_path(paper))
        entry.published(published_at(paper))
        entry.updated(_timestamp(paper.added))  # when the site added it
        if paper.authors:
            entry.author([{"name": name} for name in paper.authors])
        for family_id in paper.families:
            entry.category(term=family_id, label=library.family(family_id).name.in_lang(lang))
        entry.summary(_summary(library, paper, lang))
        entry.content(_content_html(library, paper, lang), type="html")
    return fg.atom_str(pretty=True)


def json_feed(library: Library, lang: str, site_url: str) -> str:
    """The JSON Feed 1.1 of the same papers, newest first."""
    import jsonfeed

    root = language_root(site_url, lang)
    items = [
        jsonfeed.Item(
            id=root + paper_path(paper),
            url=root + paper_path(paper),
            title=paper.title,
            content_html=_content_html(library, paper, lang),
            summary=_summary(library, paper, lang),
            date_published=published_at(paper).isoformat(),
            date_modified=_timestamp(paper.added).isoformat(),
            authors=[jsonfeed.Author(name=name) for name in paper.authors] or None,
            tags=list(paper.families) or list(paper.domains),
        )
        for paper in feed_window(library)
    ]
    feed = jsonfeed.Feed(
        title=field_label(lang, "feed_title"), home_page_url=root, feed_url=root + JSON_FILE,
        description=field_label(lang, "feed_description"), language=lang,
        authors=[jsonfeed.Author(name=SITE_AUTHOR)], items=items,
    )
    return feed.to_json(ensure_ascii=False, indent=1)


_made: dict[tuple[str, str], tuple[Library, bytes, str]] = {}


def feed_texts(library: Library, lang: str, site_url: str) -> tuple[bytes, str]:
    """Both feeds of one language, made once per library (each language's build writes every language's feeds)."""
    made = _made.get((lang, site_url))
    if made is None or made[0] is not library:
        made = _made[(lang, site_url)] = (library, atom_feed(library, lang, site_url),
                                          json_feed(library, lang, site_url) + "\n")
    return made[1], made[2]


def write_feeds(library: Library, lang: str, site_url: str, out_dir: Path) -> list[Path]:
    """Write both feeds of one language into out_dir (that language's root in the built site)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    atom, json_path = out_dir / ATOM_FILE, out_dir / JSON_FILE
    for path, text in zip((atom, json_path), feed_texts(library, lang, site_url)):
        write_atomic(path, text, durable=False)  # the site is made again from data/ by every build
    return [atom, json_path]
