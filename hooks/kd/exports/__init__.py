"""Exports: BibTeX, feeds, sitemaps, the search index and the README's generated lists."""
