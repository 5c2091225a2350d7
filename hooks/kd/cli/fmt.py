"""`kd fmt`: rewrite the papers files in canonical order and formatting (`--check` only lists them)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kd.data.library import load_library, paper_files
from kd.data.problems import DataError, Problem
from kd.data.safeio import WriteError, data_lock, write_atomic
from kd.data.writer import comment_lines, format_file
from kd.data.yamlsource import read_yaml


def register(commands) -> None:
    """Add the `fmt` sub-command to the kd parser."""
    parser = commands.add_parser(
        "fmt", help="format data/papers/*.yml canonically 规范化数据文件格式与顺序",
        description="Rewrite every papers file in canonical key order, formatting and entry order "
                    "(year descending, then title, then id), keeping the comments at the top of each file.",
    )
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list the files that would change and exit 1 if any (for CI)")
    parser.set_defaults(func=run_fmt)


def formatted(path: Path, data: Path) -> tuple[str, str, list[Problem]]:
    """A file's current text, its canonical text, and the comments formatting would lose."""
    display = path.relative_to(data.parent).as_posix()
    text = path.read_text(encoding="utf-8")
    doc, _ = read_yaml(path, display)
    lost = [Problem(display, line, "", "", "a comment here would be lost; allowed: comments at the top of the file")
            for line in comment_lines(text)]
    return text, format_file(text, doc.data), lost


def run_fmt(args: argparse.Namespace) -> int:
    """Format (or with --check, list) the papers files under the data folder's lock; valid data only, nothing
    written on any problem, and each file replaced in one step (a failure leaves it as it was)."""
    try:
        with data_lock(args.data):
            return _fmt(args)
    except WriteError as error:
        print(f"kd fmt: {error}", file=sys.stderr)
        return 1


def _fmt(args: argparse.Namespace) -> int:
    """The body of run_fmt, run under the lock."""
    data = Path(args.data)
    try:
        load_library(data)
        results = {path: formatted(path, data) for path in paper_files(data)}
        lost = [problem for _, _, problems in results.values() for problem in problems]
        if lost:
            raise DataError(lost)
    except DataError as error:
        print(f"kd fmt: nothing was changed.\n{error}", file=sys.stderr)
        return 1
    changed = [path for path, (old, new, _) in results.items() if old != new]
    for path in changed:
        shown = path.relative_to(data.parent).as_posix()
        if args.check:
            print(f"would reformat {shown}")
        else:
            write_atomic(path, results[path][1], shown)
            print(f"reformatted {shown}")
    if args.check and changed:
        print(f"{len(changed)} file(s) not in canonical form; run `kd fmt`", file=sys.stderr)
        return 1
    return 0
