"""Every file the site holds besides its pages, written into a built site whichever engine built it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from kd.data.model import Library
from kd.data.safeio import write_atomic, write_if_changed
from kd.exports import feeds
from kd.exports.downloads import write_exports
from kd.exports.searchindex import (IDS_PATH, PAPERS_PATH, id_columns, index_path, index_text, page_entry,
                                    papers_file, search_index)
from kd.exports.sitemap import language_sitemap
from kd.pages.explorer import DATA_PATH, explorer_data_text


@dataclass(frozen=True)
class SiteSettings:
    """What the site files need from the site's configuration: its public URL and its languages."""

    site_url: str
    languages: tuple[str, ...]  # every language built, the default first
    default: str

    def folder(self, lang: str) -> str:
        """A language's folder in the built site: '' for the default language (the site root), else '<lang>/'."""
        return "" if lang == self.default else f"{lang}/"


def site_settings(config_file: Path) -> SiteSettings:
    """The site URL and the built languages of mkdocs.yml (its i18n plugin's list; zensical-i18n reads the same)."""
    config = yaml.safe_load(Path(config_file).read_text(encoding="utf-8"))
    site_url = (config.get("site_url") or "/").rstrip("/") + "/"
    i18n = next((p["i18n"] for p in config.get("plugins") or [] if isinstance(p, dict) and "i18n" in p), None)
    if i18n is None:
        lang = (config.get("theme") or {}).get("language", "en")
        return SiteSettings(site_url, (lang,), lang)
    built = [lang for lang in i18n["languages"] if lang.get("build", True)]
    default = next((lang["locale"] for lang in built if lang.get("default")), built[0]["locale"])
    others = tuple(lang["locale"] for lang in built if lang["locale"] != default)
    return SiteSettings(site_url, (default, *others), default)


_ENTRIES: dict[tuple[Path, str], tuple[tuple[int, int], dict | None]] = {}  # per built page: its stat, its entry


def _page_entry(path: Path, url: str) -> dict | None:
    """A built page's search entry, read again only when the page was written since it was last read (a preview
    rebuild writes a few pages again; the others' entries are kept)."""
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    kept = _ENTRIES.get((path, url))
    if kept is None or kept[0] != stamp:
        kept = _ENTRIES[path, url] = (stamp, page_entry(path.read_text(encoding="utf-8"), url))
    return kept[1]


def language_pages(site_dir: Path, lang: str, settings: SiteSettings) -> list[dict]:
    """The search entries of one language's built pages (the default language's at the root, others in <lang>/)."""
    root = site_dir / settings.folder(lang)
    others = {site_dir / settings.folder(code) for code in settings.languages if code not in (settings.default, lang)}
    entries = []
    for path in sorted(root.rglob("index.html")):
        if any(other in path.parents for other in others):
            continue
        url = path.parent.relative_to(root).as_posix()
        entry = _page_entry(path, "" if url == "." else url + "/")
        if entry:
            entries.append(entry)
    return entries


def write_site_files(library: Library, site_dir: Path, settings: SiteSettings, previewing: bool = False) -> None:
    """Write into a built site the exports (papers.json, papers.csv, every .bib ...), the explorer's papers
    (explorer/papers.json, both languages), the header search's papers (search/kd.papers.json.gz, both languages)
    and ids (search/kd.ids.json), and for each language its header search index (search/kd.<lang>.json, from the
    language's built pages), its Atom and JSON feeds, and, for the languages other than the default, its sitemap
    (from the hreflang alternates of the root sitemap).
    previewing=True (a `kd serve` rebuild) gzips the papers quickly (kd.exports.searchindex.papers_file) and leaves
    alone the files whose content did not change."""
    site_dir = Path(site_dir)
    write_exports(library, site_dir)
    (site_dir / DATA_PATH).parent.mkdir(parents=True, exist_ok=True)
    (site_dir / PAPERS_PATH).parent.mkdir(parents=True, exist_ok=True)
    write = write_if_changed if previewing else write_atomic
    write(site_dir / DATA_PATH, explorer_data_text(library))
    write(site_dir / IDS_PATH, index_text(id_columns(library)))
    write(site_dir / PAPERS_PATH, papers_file(library, quick=previewing))
    root_sitemap = site_dir / "sitemap.xml"
    for lang in settings.languages:
        index = site_dir / index_path(lang)
        index.parent.mkdir(parents=True, exist_ok=True)
        write(index, index_text(search_index(library, lang, language_pages(site_dir, lang, settings))))
        out_dir = site_dir / settings.folder(lang)
        feeds.write_feeds(library, lang, settings.site_url, out_dir)
        if lang != settings.default and root_sitemap.is_file():
            # Material's script looks for sitemap.xml beside each language's feed links.
            write(out_dir / "sitemap.xml", language_sitemap(root_sitemap.read_text(encoding="utf-8"), lang))
