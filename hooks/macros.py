"""mkdocs-macros entry point (MkDocs' plugin, or Zensical's own macros extension): loads the validated library once
and registers the page macros. It uses only what both engines give a macros module: env.page.url, the page's source
path, env.conf's theme language, env.project_dir and env.macro."""
from __future__ import annotations

from pathlib import Path

from kd.pages import benchmarks
from kd.pages import news
from kd.pages import render
from kd.pages import statspage
from kd.pages import taxonomy
from kd.pages.home import home_lead
from kd.pages.explorer import downloads, explorer_page
from kd.pages.preview import RECORDER, Place
from kd.pages.rawhtml import html_block
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


def page_place(env) -> Place:
    """Where the current page is (its language and relative roots)."""
    lang, root = page_context(env)
    return Place(lang, root, site_root(env), source_root(env))


def page_key(env) -> str:
    """The current page's output path under MkDocs (its source path under Zensical): what the preview's record of
    its macro calls is kept under."""
    page_file = getattr(env.page, "file", None)
    return page_file.dest_uri if page_file is not None else source_path(env)


def on_pre_page_macros(env):
    """MkDocs only (`kd serve`'s preview; Zensical does not call it): start the record of the page's macro calls."""
    RECORDER.start(page_key(env), env.variables["library"])


# Every page macro as a pure function of the library and the page's place, so `kd serve` can call it again
# against an edited library to learn whether the page changed (kd.pages.preview).
PAGE_MACROS = {
    "family_papers": lambda lib, at, family_id: render.family_page(lib, family_id, at.lang, at.root, at.site_root),
    "domain_papers": lambda lib, at, domain_id: render.domain_page(lib, domain_id, at.lang, at.root, at.site_root),
    "domain_table": lambda lib, at: render.domain_table(lib, at.lang, at.source_root),
    "family_table": lambda lib, at, group="": render.family_table(lib, at.lang, at.source_root, group),
    "unfamilied_papers": lambda lib, at: render.papers_without_family(lib, at.lang),
    "resources": lambda lib, at, kind: render.resource_list(lib, kind, at.lang),
    "resource": lambda lib, at, resource_id: render.resource_item(lib.resource(resource_id), at.lang),
    "stats_chart": lambda lib, at, chart: statspage.stats_figure(lib, chart, at.lang),
    "family_timeline": lambda lib, at, family_id: statspage.family_timeline(lib, family_id, at.lang),
    "taxonomy_map": lambda lib, at: taxonomy.taxonomy_map(lib, at.lang, at.root),
    "newest_papers": lambda lib, at, limit=news.RECENT: news.recent_list(lib, at.lang, at.root, limit),
    "changelog": lambda lib, at: news.changelog_page(lib, at.lang, at.root),
    "home_search": lambda lib, at: home_lead(lib, at.lang, at.root),
    "paper_explorer": lambda lib, at: html_block(explorer_page(lib, at.lang, at.root, at.site_root)),
    "data_downloads": lambda lib, at: downloads(lib, at.lang, at.root, at.site_root),
    "benchmark_tables": lambda lib, at: (benchmarks.benchmark_assets(at.site_root)
                                         + benchmarks.benchmarks_page(lib, at.lang, at.root)),
    # the relative URL of this language's root, for links written in a page's own HTML (its feeds)
    "language_root": lambda lib, at: at.root,
    "paper_count": lambda lib, at: len(lib.papers),
    "family_count": lambda lib, at: len(lib.families),
}


def define_env(env):
    """Register the macros; the library is loaded (and validated) here, on every build path."""
    data_dir = Path(env.project_dir) / "data"
    try:
        library = library_for(data_dir)
    except DataError as error:
        raise BuildStopped(f"{error}\nFix these in data/ (run `kd check`); the site was not built.") from None
    env.variables["library"] = library
    for name, macro in PAGE_MACROS.items():
        env.macro(page_macro(env, library, macro), name)


def page_macro(env, library, macro):
    """The macro as the pages call it: with this build's library and the current page's place."""
    return lambda *args: RECORDER.call(page_key(env), macro, library, page_place(env), args)


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
                         site_settings(Path(env.conf["config_file_path"])), previewing=RECORDER.active)
    except WriteError as error:
        raise BuildStopped(str(error)) from None
