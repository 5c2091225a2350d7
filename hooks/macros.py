"""mkdocs-macros entry point (MkDocs' plugin, or Zensical's own macros extension): loads the validated library once
and registers the page macros. It uses only what both engines give a macros module: env.page.url, the page's source
path, env.conf's theme language, env.project_dir and env.macro."""
from __future__ import annotations

from pathlib import Path

from kd.pages import news
from kd.pages import render
from kd.pages import statspage
from kd.pages import taxonomy
from kd.pages.home import home_lead
from kd.pages.explorer import downloads, explorer_page
from kd.data.library import library_for
from kd.data.problems import DataError
from kd.data.safeio import WriteError
from kd.exports.sitefiles import site_settings, write_site_files

try:  # MkDocs prints a PluginError as its message alone, without a traceback
    from mkdocs.exceptions import PluginError as BuildStopped
except ModuleNotFoundError:  # Zensical, which shows any error with the page that raised it
    BuildStopped = RuntimeError

DEFAULT_LANG = "zh"


def page_language(env) -> str:
    """The language of the page being rendered: the theme language, which each language's build sets (both
    mkdocs-static-i18n and zensical-i18n build one language at a time)."""
    return env.conf["theme"]["language"]


def source_path(env) -> str:
    """The page's Markdown file, relative to docs/ (MkDocs names it env.page.file.src_uri, Zensical env.page.path)."""
    page_file = getattr(env.page, "file", None)
    return page_file.src_uri if page_file is not None else env.page.path


def link_depth(env) -> int:
    """How many folders below its language's root the page's relative links start from. MkDocs leaves the links of
    the HTML that macros return as written, so they start from the page's address (families/logits/: 2; its URLs
    start with the language's folder, en/, which is not counted); Zensical resolves every relative link of a page
    from the page's Markdown file, as MkDocs does for Markdown links only (families/logits.md: 1)."""
    if getattr(env.page, "file", None) is None:
        return source_path(env).count("/")
    lang, url = page_language(env), env.page.url or ""
    if lang != DEFAULT_LANG and (url == lang or url.startswith(lang + "/")):
        url = url[len(lang) + 1:]
    return url.count("/")


def page_context(env) -> tuple[str, str]:
    """The current page's language and the relative URL from it to its language's root."""
    return page_language(env), "../" * link_depth(env)


def site_root(env) -> str:
    """The relative URL from the current page to the root of the whole site (where the exports live): other
    languages' roots are folders of the default language's."""
    lang, root = page_context(env)
    return root if lang == DEFAULT_LANG else root + "../"


def source_root(env) -> str:
    """The relative path from the current Markdown file to docs/, for links the engine checks."""
    return "../" * source_path(env).count("/")


def define_env(env):
    """Register the macros; the library is loaded (and validated) here, on every build path."""
    data_dir = Path(env.project_dir) / "data"
    try:
        library = library_for(data_dir)
    except DataError as error:
        raise BuildStopped(f"{error}\nFix these in data/ (run `kd check`); the site was not built.") from None
    env.variables["library"] = library

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
    def language_root() -> str:
        """The relative URL of this language's root, for links written in a page's own HTML (its feeds)."""
        return page_context(env)[1]

    @env.macro
    def paper_count() -> int:
        return len(library.papers)

    @env.macro
    def family_count() -> int:
        return len(library.families)


def last_build(env) -> bool:
    """True in the build that finishes last: mkdocs-static-i18n builds the default language, then, inside its
    post-build step, every other language in order; without it there is one build."""
    i18n = env.conf.plugins.get("i18n")
    if i18n is None:
        return True
    others = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    return i18n.current_language == (others[-1] if others else i18n.default_language)


def on_post_build(env):
    """MkDocs only (Zensical has no post-build step; `kd site-files` does the same after a Zensical build): once
    every language's pages are written, write the exports, feeds, sitemaps and search indexes into the site."""
    if not last_build(env):
        return
    try:
        write_site_files(env.variables["library"], Path(env.conf["site_dir"]),
                         site_settings(Path(env.conf["config_file_path"])))
    except WriteError as error:
        raise BuildStopped(str(error)) from None
