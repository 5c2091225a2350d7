"""MkDocs hook: the default language's 404 page stays at the site root, which hosts serve for any missing address,
every other language's goes to its folder (en/404.html). (zensical-i18n builds each language into its own folder,
so a Zensical build needs no such step.)"""
from __future__ import annotations

from pathlib import Path


def on_post_template(output_content, template_name, config):
    i18n = config.plugins.get("i18n")
    if template_name != "404.html" or i18n is None or i18n.is_default_language_build:
        return output_content
    site = Path(config.site_dir)
    target = site / i18n.current_language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output_content, encoding="utf-8")
    return (site / "404.html").read_text(encoding="utf-8")

