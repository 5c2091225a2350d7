"""What hooks/macros.py and kd.exports.sitefiles ask of the build engine: the macros import without MkDocs and give the
same links under MkDocs' page objects and Zensical's; the site settings come from mkdocs.yml; per-language sitemaps
list each page once whichever engine wrote the site-wide one; `kd site-files` refuses a folder with no built site."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

from kd.cli.main import main as kd_main
from kd.exports.sitefiles import site_settings
from kd.exports.sitemap import language_sitemap

ROOT = Path(__file__).resolve().parents[2]
SITE = "https://example.org/kd/"


def test_macros_import_and_register_without_mkdocs():
    script = textwrap.dedent(f"""
        import importlib.abc, importlib.util, sys
        class NoMkDocs(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                if name == "mkdocs" or name.startswith("mkdocs."):
                    raise ModuleNotFoundError(name)
        sys.meta_path.insert(0, NoMkDocs())
        spec = importlib.util.spec_from_file_location("macros", {str(ROOT / "hooks" / "macros.py")!r})
        macros = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(macros)
        print(macros.BuildStopped.__name__)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "RuntimeError"


def macros_module():
    sys.path.insert(0, str(ROOT / "hooks"))
    import macros
    return macros


def mkdocs_env(url: str, src_uri: str, lang: str):
    """A page as MkDocs and mkdocs-static-i18n give it: the URL starts with the language's folder."""
    return SimpleNamespace(page=SimpleNamespace(url=url, file=SimpleNamespace(src_uri=src_uri)),
                           conf={"theme": {"language": lang}})


def zensical_env(url: str, path: str, lang: str):
    """A page as Zensical and zensical-i18n give it: no .file, the URL relative to the language's root."""
    return SimpleNamespace(page=SimpleNamespace(url=url, path=path), conf={"theme": {"language": lang}})


def test_links_start_where_each_engine_resolves_them():
    macros = macros_module()
    cases = [  # MkDocs env, Zensical env, (MkDocs root, site root), (Zensical root, site root)
        (mkdocs_env("families/logits/", "families/logits.md", "zh"),
         zensical_env("families/logits/", "families/logits.md", "zh"), ("../../", "../../"), ("../", "../")),
        (mkdocs_env("en/families/logits/", "families/logits.en.md", "en"),
         zensical_env("families/logits/", "families/logits.md", "en"), ("../../", "../../../"), ("../", "../../")),
        (mkdocs_env("en/", "index.en.md", "en"), zensical_env("", "index.md", "en"), ("", "../"), ("", "../")),
        (mkdocs_env("papers/", "papers/index.md", "zh"), zensical_env("papers/", "papers/index.md", "zh"),
         ("../", "../"), ("../", "../")),
    ]
    for mk_env, z_env, mk_roots, z_roots in cases:
        assert (macros.page_context(mk_env)[1], macros.site_root(mk_env)) == mk_roots, mk_env.page.url
        assert (macros.page_context(z_env)[1], macros.site_root(z_env)) == z_roots, z_env.page.path
        assert macros.source_root(mk_env) == macros.source_root(z_env)


def test_site_settings_come_from_mkdocs_yml():
    settings = site_settings(ROOT / "mkdocs.yml")
    assert settings.languages == ("zh", "en") and settings.default == "zh"
    assert settings.site_url.startswith("https://") and settings.site_url.endswith("/")
    assert (settings.folder("zh"), settings.folder("en")) == ("", "en/")


def sitemap(pages: list[str], each_language: bool) -> str:
    """A site-wide sitemap of pages (paths under a language's root) with their zh and en alternates; listing every
    language's page (as MkDocs' does) or only the default language's (as Zensical's does)."""
    def entry(loc: str, path: str) -> str:
        links = "".join(f'<xhtml:link rel="alternate" hreflang="{lang}" href="{SITE}{prefix}{path}"/>'
                        for lang, prefix in (("zh", ""), ("en", "en/")))
        return f"<url><loc>{loc}</loc>{links}</url>"
    urls = [entry(SITE + path, path) for path in pages]
    if each_language:
        urls += [entry(f"{SITE}en/{path}", path) for path in pages]
    return ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
            f'{"".join(urls)}</urlset>')


def test_language_sitemap_lists_each_page_once_sorted():
    mkdocs = language_sitemap(sitemap(["overview/", ""], each_language=True), "en")
    assert mkdocs.count("<loc>") == 2
    assert mkdocs.index(f"<loc>{SITE}en/</loc>") < mkdocs.index(f"<loc>{SITE}en/overview/</loc>")
    assert mkdocs == language_sitemap(sitemap(["", "overview/"], each_language=False), "en")


def test_site_files_needs_a_built_site(tmp_path, capsys):
    assert kd_main(["--data", str(ROOT / "data"), "site-files", str(tmp_path)]) == 1
    assert "build the site first" in capsys.readouterr().err
