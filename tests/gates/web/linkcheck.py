"""A crawler over a built site: every internal link, asset and #anchor in its HTML must resolve to a file and an id."""
from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINK_ATTRIBUTES = {"a": "href", "area": "href", "link": "href", "img": "src", "script": "src",
                   "source": "src", "iframe": "src", "use": "href", "form": "action"}
SKIPPED_SCHEMES = {"mailto", "tel", "javascript", "data"}
LOCAL = "http://site.invalid/"


@dataclass(frozen=True)
class Broken:
    """A link of a page (its path under the site) that does not resolve, and why."""
    page: str
    link: str
    reason: str


class _Page(HTMLParser):
    """Collects a page's ids (and legacy <a name>) and the URLs it points at."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        url = values.get(LINK_ATTRIBUTES.get(tag, ""))
        if url is not None:
            self.links.append(url)


def parse(path: Path) -> _Page:
    """The ids and links of one HTML file."""
    page = _Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    return page


def target_file(site: Path, relative: str) -> Path | None:
    """The file that serves a path relative to the site root (a folder serves its index.html), or None."""
    if "//" in "/" + relative:
        return None
    candidate = site / relative
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def check_site(site: Path, site_url: str = LOCAL) -> list[Broken]:
    """Every broken internal link of the HTML files under site, served at site_url (a folder URL)."""
    site = site.resolve()
    pages = {path: parse(path) for path in sorted(site.rglob("*.html"))}
    root = urlsplit(site_url)
    broken = []
    for path, page in pages.items():
        shown = path.relative_to(site).as_posix()
        for link in page.links:
            if urlsplit(link).scheme in SKIPPED_SCHEMES:
                continue
            url = urlsplit(urljoin(site_url + shown, link))
            if (url.scheme, url.netloc) != (root.scheme, root.netloc):
                continue
            if not url.path.startswith(root.path):
                broken.append(Broken(shown, link, "outside the site"))
                continue
            target = target_file(site, unquote(url.path[len(root.path):]))
            fragment = unquote(url.fragment)
            if target is None:
                broken.append(Broken(shown, link, "no such file"))
            elif fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if fragment not in ids:
                    broken.append(Broken(shown, link, f"no id {fragment!r} in {target.relative_to(site).as_posix()}"))
    return broken
