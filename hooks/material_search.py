"""MkDocs hook: Material's search plugin stays enabled, so that Material's header holds the search box (our
overrides/partials/search.html), but it builds no index of its own, which nothing on the site reads: the header
search reads search/kd.<lang>.json, written after the build (kd.exports.sitefiles). Its page and post-build steps
are taken off MkDocs' event lists, which saves its parse of every page's HTML (about a third of a build's CPU), and
the data-search-* attributes it removes from a page are removed here."""
from __future__ import annotations

import re

from mkdocs.plugins import event_priority

# What Material's search plugin removes from every page (its data-search-* attributes with a value); the site's
# own attributes have none, so a page that holds none is left as it is without a scan of each character
VALUED_SEARCH_ATTRIBUTE = re.compile(r'\s?data-search-\w+="[^"]+"')
ANY_VALUED = re.compile(r'data-search-\w+="[^"]')
# the steps of Material's search plugin that index pages and write search/search_index.json
INDEXING_EVENTS = ("page_context", "post_build")


@event_priority(-100)  # after the plugins' own on_config
def on_config(config):
    search = config.plugins.get("material/search")
    if search is not None:
        for event in INDEXING_EVENTS:
            config.plugins.events[event] = [method for method in config.plugins.events[event]
                                            if getattr(method, "__self__", None) is not search]
    return config


def on_page_context(context, page, config, nav):
    """Removes what Material's search plugin would have removed (see VALUED_SEARCH_ATTRIBUTE)."""
    if ANY_VALUED.search(page.content):
        page.content = VALUED_SEARCH_ATTRIBUTE.sub("", page.content)
    return context
