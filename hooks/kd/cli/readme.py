"""`kd readme`: write the README's generated section and the lists/ files (`--check` fails when any is stale)."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from kd.exports.awesome import LISTS_DIR, generated_list, with_generated_list
from kd.exports.awesomelists import list_files
from kd.data.library import load_library
from kd.data.problems import DataError
from kd.data.safeio import WriteError, write_atomic


def register(commands) -> None:
    """Add the `readme` sub-command to the kd parser."""
    parser = commands.add_parser(
        "readme", help="regenerate the paper lists of README.md and lists/ 生成 README 与 lists/ 中的论文列表",
        description="Write each family's and domain's counts and landmark papers between the markers of README.md "
                    "(the hand-written text around them is kept) and every paper under lists/ (stale files removed).",
    )
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if README.md or a file under lists/ is not up to date (for CI)")
    parser.set_defaults(func=run_readme)


def site_url(project: Path) -> str:
    """The site_url of mkdocs.yml, ending with a slash."""
    match = re.search(r"^site_url:\s*(\S+)", (project / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1).rstrip("/") + "/" if match else "/"


def current_lists(project: Path) -> dict[str, str]:
    """The Markdown files now under lists/: path relative to the project → text."""
    return {p.relative_to(project).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted((project / LISTS_DIR).rglob("*.md"))}


def stale_paths(old: dict[str, str], new: dict[str, str]) -> list[str]:
    """The paths whose text differs, is missing or should no longer exist."""
    return sorted(path for path in old.keys() | new.keys() if old.get(path) != new.get(path))


def write_lists(project: Path, old: dict[str, str], new: dict[str, str]) -> None:
    """Write the changed list files, delete those no longer generated and the folders they leave empty."""
    for path in stale_paths(old, new):
        target = project / path
        if path in new:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, new[path], path)
        else:
            target.unlink()
    for folder in sorted((p for p in (project / LISTS_DIR).rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


def run_readme(args: argparse.Namespace) -> int:
    """Regenerate README.md's section and lists/ from the data, or with --check only compare."""
    project = Path(args.data).resolve().parent
    readme = project / "README.md"
    try:
        library = load_library(args.data)
    except DataError as error:
        print(f"kd readme: README.md and lists/ were not changed.\n{error}", file=sys.stderr)
        return 1
    url = site_url(project)
    try:
        old = {"README.md": readme.read_text(encoding="utf-8"), **current_lists(project)}
    except (OSError, UnicodeDecodeError) as error:
        print(f"kd readme: cannot read README.md or lists/ ({error}); they must be UTF-8 text files", file=sys.stderr)
        return 1
    new = {"README.md": with_generated_list(old["README.md"], generated_list(library, url)), **list_files(library, url)}
    stale = stale_paths(old, new)
    if args.check:
        if stale:
            print("kd readme: stale, these generated files do not match data/; run `kd readme`:\n  "
                  + "\n  ".join(stale), file=sys.stderr)
            return 1
        print(f"README.md and {len(new) - 1} files under {LISTS_DIR}/ are up to date")
        return 0
    try:
        if new["README.md"] != old["README.md"]:
            write_atomic(readme, new["README.md"], "README.md")
        write_lists(project, {k: v for k, v in old.items() if k != "README.md"},
                    {k: v for k, v in new.items() if k != "README.md"})
    except WriteError as error:
        print(f"kd readme: {error}", file=sys.stderr)
        return 1
    print(f"README.md lists {len(library.papers)} papers: {len(new) - 1} files under {LISTS_DIR}/, {len(stale)} changed")
    return 0
