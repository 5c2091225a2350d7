"""`kd readme`: write the generated paper list into README.md (`--check` fails when it is stale)."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..awesome import generated_list, with_generated_list
from ..library import load_library
from ..problems import DataError
from ..safeio import WriteError, write_atomic


def register(commands) -> None:
    """Add the `readme` sub-command to the kd parser."""
    parser = commands.add_parser(
        "readme", help="regenerate the paper list in README.md 生成 README 中的论文列表",
        description="Write the whole library as an awesome list between the markers of README.md "
                    "(the hand-written text around them is kept).",
    )
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if README.md is not up to date (for CI)")
    parser.set_defaults(func=run_readme)


def site_url(project: Path) -> str:
    """The site_url of mkdocs.yml, ending with a slash."""
    match = re.search(r"^site_url:\s*(\S+)", (project / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1).rstrip("/") + "/" if match else "/"


def run_readme(args: argparse.Namespace) -> int:
    """Regenerate README.md's list from the data, or with --check only compare."""
    project = Path(args.data).resolve().parent
    readme = project / "README.md"
    try:
        library = load_library(args.data)
    except DataError as error:
        print(f"kd readme: README.md was not changed.\n{error}", file=sys.stderr)
        return 1
    try:
        old = readme.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"kd readme: cannot read {readme} ({error}); it must be a UTF-8 text file", file=sys.stderr)
        return 1
    new = with_generated_list(old, generated_list(library, site_url(project)))
    if args.check:
        if old != new:
            print("README.md is stale: its paper list does not match data/; run `kd readme`", file=sys.stderr)
            return 1
        print("README.md is up to date")
        return 0
    if old != new:
        try:
            write_atomic(readme, new, "README.md")
        except WriteError as error:
            print(f"kd readme: {error}", file=sys.stderr)
            return 1
    print(f"README.md lists {len(library.papers)} papers")
    return 0
