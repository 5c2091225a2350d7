"""mkdocs-macros entry point: loads the validated library once and registers the page macros."""
from __future__ import annotations

from pathlib import Path

from kd import render
from kd.library import load_library

DEFAULT_LANG = "zh"


def page_context(env) -> tuple[str, str]:
    """The current page's language and the relative URL from it to its language's root."""
    url = env.page.url or ""
    lang = DEFAULT_LANG
    for alternate in ("en",):
        if url == alternate or url.startswith(alternate + "/"):
            lang, url = alternate, url[len(alternate) + 1:]
    return lang, "../" * url.count("/")


def source_root(env) -> str:
    """The relative path from the current Markdown file to docs/, for links MkDocs checks."""
    return "../" * env.page.file.src_uri.count("/")


def define_env(env):
    """Register the macros; the library is loaded (and validated) here, on every build path."""
    library = load_library(Path(env.project_dir) / "data")
    env.variables["library"] = library

    @env.macro
    def family_papers(family_id: str) -> str:
        lang, root = page_context(env)
        return render.family_page(library, family_id, lang, root)

    @env.macro
    def applications() -> str:
        lang, root = page_context(env)
        return render.applications_page(library, lang, root)

    @env.macro
    def family_table(group: str = "") -> str:
        lang, _ = page_context(env)
        return render.family_table(library, lang, source_root(env), group)

    @env.macro
    def resources(kind: str) -> str:
        lang, _ = page_context(env)
        return render.resource_list(library, kind, lang)

    @env.macro
    def resource(resource_id: str) -> str:
        lang, _ = page_context(env)
        return render.resource_item(library.resource(resource_id), lang)

    @env.macro
    def paper_count() -> int:
        return len(library.papers)

    @env.macro
    def family_count() -> int:
        return len(library.families)
