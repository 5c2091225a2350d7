"""MkDocs hook for `kd serve` (mkdocs serve --dirty): after an edit, only the pages whose output changed are built again.

MkDocs' dirty mode rebuilds a page when its Markdown file is newer than its HTML. A data edit changes no Markdown
file, so before each language's build this hook replays every built page's macro calls against the edited library
(kd.pages.preview) and marks the pages that would change as out of date. An edit that can change every page (the
configuration, a template, our code, pages or papers files added or removed) marks them all."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import jinja2
from mkdocs.plugins import event_priority, get_plugin_logger

from kd.data.library import library_for, paper_files
from kd.pages.preview import RECORDER

DIRTY_NOTICE = "A 'dirty' build is being performed"
log = get_plugin_logger("preview")
_shapes: dict[str, tuple] = {}


class _KnownNotice(logging.Filter):
    """Drops MkDocs' warning that a dirty build may leave navigation stale (this hook rebuilds every page when the
    navigation can change), which strict mode would otherwise count as a failure."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_NOTICE)


def on_startup(command, dirty):
    RECORDER.active = command == "serve" and dirty
    if RECORDER.active:
        logging.getLogger("mkdocs.commands.build").addFilter(_KnownNotice())


def site_shape(config, pages) -> tuple:
    """What, when it changes, can change every page: the pages and their paths, the papers files (a family page's
    edit link names its file), and the configuration, templates and code files with their modification times."""
    project = Path(config.config_file_path).parent
    code = [config.config_file_path]
    for folder in ("overrides", "hooks"):
        code += [str(p) for p in sorted((project / folder).rglob("*")) if p.is_file() and "__pycache__" not in p.parts]
    return (tuple((f.src_uri, f.dest_uri) for f in pages), tuple(p.name for p in paper_files(project / "data")),
            tuple((path, os.stat(path).st_mtime_ns) for path in code))


def _language(config) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n is not None else ""


@event_priority(-200)  # after mkdocs-static-i18n (-100) has chosen this language's files
def on_files(files, config):
    if not RECORDER.active:
        return files
    pages = list(files.documentation_pages())
    shape, language = site_shape(config, pages), _language(config)
    everything = _shapes.get(language, shape) != shape
    _shapes[language] = shape
    library = library_for(Path(config.config_file_path).parent / "data")
    stale = [f for f in pages if os.path.isfile(f.abs_dest_path) and (everything or RECORDER.changed(f.dest_uri, library))]
    for file in stale:
        os.utime(file.abs_dest_path, (0, 0))  # older than its Markdown file: MkDocs builds it again
    log.info(f"{len(stale)} of {len(pages)} built pages changed" + (" (configuration, templates or code)" * everything))
    return files


class _CompiledTemplates(jinja2.BytecodeCache):
    """Material's templates compiled once per process, not once per rebuild (Jinja checks each one's source)."""

    def __init__(self):
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket):
        self.code[bucket.key] = bucket.bytecode_to_string()


_compiled = _CompiledTemplates()


def on_env(env, config, files):
    if RECORDER.active:
        env.bytecode_cache = _compiled
    return env


class _ThemeFiles(jinja2.FileSystemLoader):
    """The theme's template loader while previewing, listing an installed theme's files (Material's 14,500, nearly all
    icons in its hidden .icons/ folder) once per process rather than at each language's build, and leaving out the
    hidden ones, which MkDocs never copies into a site (its patterns '.*' and '*/.*'); the custom_dir (overrides/)
    is listed at each build."""

    listed: dict[str, list[str]] = {}

    def __init__(self, folders: list[str], custom_dir: str | None):
        super().__init__(folders)
        self.custom_dir = custom_dir

    def list_templates(self) -> list[str]:
        found = set()
        for folder in self.searchpath:
            names = self.listed.get(folder)
            if names is None:
                names = [name for name in jinja2.FileSystemLoader(folder).list_templates()
                         if not (name.startswith(".") or "/." in name)]
                if folder != self.custom_dir:
                    self.listed[folder] = names
            found.update(names)
        return sorted(found)


def _listing_once(theme):
    """theme.get_env, giving environments whose loader is a _ThemeFiles."""
    get_env = theme.get_env

    def env():
        made = get_env()
        made.loader = _ThemeFiles(theme.dirs, theme.custom_dir)
        return made

    return env


@event_priority(-100)  # after the plugins' own on_config (mkdocs-static-i18n's sets the theme's language)
def on_config(config):
    """While previewing, the theme's files are listed once (_ThemeFiles)."""
    if RECORDER.active:
        config.theme.get_env = _listing_once(config.theme)
    return config
