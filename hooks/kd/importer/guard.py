"""Guards of `kd import` and `kd import-all`: readable sources, every source present, no silent loss of papers."""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from kd.data.safeio import WriteError, write_atomic
from kd.data.text import normalise_title
from kd.data.yamlsource import read_yaml

from .build import BuildResult, write
from .parsers import PARSERS, format_of

MAX_DROPPED_SHARE = 0.05


class ImportRefused(Exception):
    """The import would read something unusable or lose data; the message says which file and what to do."""


def check_source(path: Path) -> None:
    """Raise ImportRefused unless path is a readable UTF-8 text file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"cannot read {path} ({error.strerror}); give the path of a Markdown list") from None
    if b"\0" in raw:
        raise ImportRefused(f"{path} is a binary file, not a Markdown list; give the path of a Markdown list")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportRefused(f"{path} is not UTF-8 text; save it as UTF-8 and run again") from None


def check_sources(source_dirs: list[Path]) -> None:
    """Raise ImportRefused when a folder is missing, the folders lack the list of some format, or hold an unusable
    list (folders of accepted-paper lists, JSON with a manifest or extracted YAML, are read by their own parsers)."""
    files = []
    for folder in source_dirs:
        if not folder.is_dir():
            raise ImportRefused(f"{folder} is not a folder; give the folders of the source lists")
        files += sorted(folder.glob("*__*.md"))
    missing = sorted(set(PARSERS) - {format_of(path.name) for path in files})
    if missing:
        raise ImportRefused(f"{', '.join(str(f) for f in source_dirs)} hold no list of the format(s) "
                            f"{', '.join(missing)} (files named Owner__Repo.*.md); add them, or nothing would be "
                            "imported from those sources")
    for path in files:
        if format_of(path.name):
            check_source(path)


def current_papers(out_dir: Path) -> dict[str, str]:
    """The papers now in out_dir: normalised title -> the date it entered the library (read with the data loader's
    guards; a file that cannot be parsed counts as holding none)."""
    papers = {}
    for path in sorted(out_dir.glob("*.yml")):
        doc, _ = read_yaml(path, path.name)
        for item in (doc.data if doc is not None and isinstance(doc.data, list) else []):
            if isinstance(item, dict) and isinstance(item.get("title"), str):
                papers[normalise_title(item["title"])] = str(item.get("added", ""))
    return papers


def check_shrink(before: set[str], out_dir: Path, result: BuildResult) -> None:
    """Raise ImportRefused when the result would drop more than MAX_DROPPED_SHARE of the papers now in out_dir (before:
    their normalised titles)."""
    dropped = before - {normalise_title(p["title"]) for p in result.papers}
    if before and len(dropped) > MAX_DROPPED_SHARE * len(before):
        raise ImportRefused(f"the import would drop {len(dropped)} of the {len(before)} papers in {out_dir} "
                            f"(more than {MAX_DROPPED_SHARE:.0%}); check the source lists, or pass --allow-shrink "
                            "if that is meant; nothing was written")


def publish(result: BuildResult, out_dir: Path, excluded_file: Path, listed_file: Path) -> dict[str, int]:
    """build.write into a staging folder, then each file into place in one step (fsynced); stale papers files
    are removed last, so a failure part-way leaves every file whole."""
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "papers"
        counts = write(result, staged, Path(tmp) / "excluded.yml", Path(tmp) / "accepted.yml")
        out_dir.mkdir(parents=True, exist_ok=True)
        for path in sorted(staged.glob("*.yml")):
            write_atomic(out_dir / path.name, path.read_bytes())
        write_atomic(excluded_file, (Path(tmp) / "excluded.yml").read_bytes())
        if (Path(tmp) / "accepted.yml").is_file():
            write_atomic(listed_file, (Path(tmp) / "accepted.yml").read_bytes())
    for old in out_dir.glob("*.yml"):
        if old.stem not in counts:
            old.unlink()
    return counts


def refusing(run):
    """A command that tells an unusable source, a loss of papers or a failed write in one line (exit status 1)."""
    def guarded(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except (ImportRefused, WriteError) as error:
            print(f"kd {args.command}: {error}", file=sys.stderr)
            return 1
    return guarded
