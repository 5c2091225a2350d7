"""mkdocs-macros entry point: loads the validated library once and registers the page macros."""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from kd.exports import feeds
from kd.pages import news
from kd.pages import render
from kd.pages import statspage
from kd.pages import taxonomy
from kd.pages.home import home_lead
from kd.pages.explorer import downloads, explorer_page
from kd.exports.downloads import write_exports
from kd.pages.editurl import family_edit_url
from kd.data.library import library_for, paper_files
from kd.data.problems import DataError
from kd.exports.searchindex import (IDS_PATH, PAPERS_PATH, id_columns, index_path, index_text, page_entry,
                                    papers_file, search_index)
from kd.data.safeio import WriteError, write_atomic
from kd.exports.sitemap import language_sitemap

DEFAULT_LANG = "zh"


def page_context(env) -> tuple[str, str]:
    """The current page's language and the relative URL from it to its language's root."""
    url = env.page.url or ""
    lang = DEFAULT_LANG
    for alternate in ("en",):
        if url == alternate or url.startswith(alternate + "/"):
            lang, url = alternate, url[len(alternate) + 1:]
    return lang, "../" * url.count("/")


def site_root(env) -> str:
    """The relative URL from the current page to the root of the whole site (where the exports live)."""
    return "../" * (env.page.url or "").count("/")


def source_root(env) -> str:
    """The relative path from the current Markdown file to docs/, for links MkDocs checks."""
    return "../" * env.page.file.src_uri.count("/")


def on_pre_page_macros(env):
    """Point a family page's "Edit this page" at its data file, data/papers/<family>.yml."""
    url = family_edit_url(env.conf.get("repo_url") or "", env.page.file.src_uri, env.variables["papers_files"])
    if url:
        env.page.edit_url = url


def define_env(env):
    """Register the macros; the library is loaded (and validated) here, on every build path."""
    data_dir = Path(env.project_dir) / "data"
    try:
        library = library_for(data_dir)
    except DataError as error:
        # a PluginError is printed by MkDocs as its message alone, without a traceback
        raise PluginError(f"{error}\nFix these in data/ (run `kd check`); the site was not built.") from None
    env.variables["library"] = library
    env.variables["papers_files"] = {path.stem for path in paper_files(data_dir)}

    @env.macro
    def family_papers(family_id: str) -> str:
        lang, root = page_context(env)
        return render.family_page(library, family_id, lang, root, site_root(env))

    @env.macro
    def domain_papers(domain_id: str) -> str:
        lang, root = page_context(env)
        return render.domain_page(library, domain_id, lang, root, site_root(env))

    @env.macro
    def domain_table() -> str:
        lang, _ = page_context(env)
        return render.domain_table(library, lang, source_root(env))

    @env.macro
    def family_table(group: str = "") -> str:
        lang, _ = page_context(env)
        return render.family_table(library, lang, source_root(env), group)

    @env.macro
    def unfamilied_papers() -> str:
        return render.papers_without_family(library, page_context(env)[0])

    @env.macro
    def resources(kind: str) -> str:
        lang, _ = page_context(env)
        return render.resource_list(library, kind, lang)

    @env.macro
    def resource(resource_id: str) -> str:
        lang, _ = page_context(env)
        return render.resource_item(library.resource(resource_id), lang)

    @env.macro
    def stats_chart(chart: str) -> str:
        lang, _ = page_context(env)
        return statspage.stats_figure(library, chart, lang)

    @env.macro
    def family_timeline(family_id: str) -> str:
        lang, _ = page_context(env)
        return statspage.family_timeline(library, family_id, lang)

    @env.macro
    def taxonomy_map() -> str:
        lang, root = page_context(env)
        return taxonomy.taxonomy_map(library, lang, root)

    @env.macro
    def newest_papers(limit: int = news.RECENT) -> str:
        lang, root = page_context(env)
        return news.recent_list(library, lang, root, limit)

    @env.macro
    def changelog() -> str:
        lang, root = page_context(env)
        return news.changelog_page(library, lang, root)

    @env.macro
    def home_search() -> str:
        lang, root = page_context(env)
        return home_lead(library, lang, root)

    @env.macro
    def paper_explorer() -> str:
        lang, root = page_context(env)
        return explorer_page(library, lang, root, site_root(env))

    @env.macro
    def data_downloads() -> str:
        lang, root = page_context(env)
        return downloads(library, lang, root, site_root(env))

    @env.macro
    def paper_count() -> int:
        return len(library.papers)

    @env.macro
    def family_count() -> int:
        return len(library.families)


def built_languages(env) -> list[str]:
    """The languages this build writes (mkdocs-static-i18n's list, or just the default language)."""
    i18n = env.conf.plugins.get("i18n")
    if i18n is None:
        return [DEFAULT_LANG]
    return [language.locale for language in i18n.config.languages if language.build]


def current_language(env) -> str:
    """The language this build (of mkdocs-static-i18n's one build per language) writes."""
    i18n = env.conf.plugins.get("i18n")
    return DEFAULT_LANG if i18n is None else i18n.current_language


def language_pages(site_dir: Path, lang: str) -> list[dict]:
    """The search entries of one language's built pages (the default language's at the root, others in <lang>/)."""
    root = site_dir if lang == DEFAULT_LANG else site_dir / lang
    others = {site_dir / code for code in ("en",) if code != lang}
    entries = []
    for path in sorted(root.rglob("index.html")):
        if any(other in path.parents for other in others):
            continue
        url = path.parent.relative_to(root).as_posix()
        entry = page_entry(path.read_text(encoding="utf-8"), "" if url == "." else url + "/")
        if entry:
            entries.append(entry)
    return entries


def writes_site_root(env) -> bool:
    """True in the build of the default language (or the only build): the one whose post-build writes site-wide files."""
    i18n = env.conf.plugins.get("i18n")
    return i18n is None or i18n.current_language == i18n.default_language


def on_post_build(env):
    """Write the site-wide exports (papers.json, papers.csv, kd.bib, ...) once, in the default language's build,
    and every language's Atom and JSON feeds of new papers into that language's root of the built site.

    mkdocs-static-i18n runs the other languages' builds inside the default build's post-build step, so
    this runs once per language; writing every language's feeds each time is idempotent and always right."""
    try:
        _write_site_files(env)
    except WriteError as error:
        raise PluginError(str(error)) from None


def _write_site_files(env) -> None:
    """The body of on_post_build."""
    library = env.variables["library"]
    if writes_site_root(env):
        write_exports(library, Path(env.conf["site_dir"]))
    site_dir = Path(env.conf["site_dir"])
    lang = current_language(env)
    index = search_index(library, lang, language_pages(site_dir, lang))
    (site_dir / index_path(lang)).parent.mkdir(parents=True, exist_ok=True)
    write_atomic(site_dir / index_path(lang), index_text(index))
    if writes_site_root(env):
        write_atomic(site_dir / IDS_PATH, index_text(id_columns(library)))
        write_atomic(site_dir / PAPERS_PATH, papers_file(library))
    for lang in built_languages(env):
        out_dir = site_dir / ("" if lang == DEFAULT_LANG else lang)
        feeds.write_feeds(library, lang, env.conf["site_url"] or "/", out_dir)
        if lang != DEFAULT_LANG and writes_site_root(env) and (site_dir / "sitemap.xml").is_file():
            # Material's script looks for sitemap.xml beside each language's feed links.
            site_map = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
            write_atomic(out_dir / "sitemap.xml", language_sitemap(site_map, lang))
