"""Per-language sitemaps, derived from the site-wide sitemap that mkdocs-static-i18n writes at the root."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

NAMESPACES = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def language_sitemap(site_sitemap: str, lang: str) -> str:
    """A sitemap of every page's `lang` version, read from the hreflang alternates of the site-wide sitemap."""
    root = ET.fromstring(site_sitemap)
    # each page once (it is listed with its alternates under each language), sorted: MkDocs lists pages in the
    # order of the navigation, Zensical by address
    urls = sorted(set(
        link.get("href")
        for url in root.findall("s:url", NAMESPACES)
        for link in url.findall("x:link", NAMESPACES)
        if link.get("hreflang") == lang and link.get("href")
    ))
    entries = "".join(f"    <url>\n        <loc>{escape(url)}</loc>\n    </url>\n" for url in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="{NAMESPACES["s"]}">\n{entries}</urlset>\n'
    )
