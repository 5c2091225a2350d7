"""The `kd import` and `kd import-all` subcommands."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from kd.data.safeio import write_atomic

from .build import build, summary
from .guard import check_shrink, check_source, check_sources, current_papers, publish, refusing
from .parsers import PARSERS, parse_file


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `import` (one list -> candidate YAML) and `import-all` (all lists -> library files)."""
    one = subparsers.add_parser("import", help="parse one public KD list into candidate entries (YAML)")
    one.add_argument("file", type=Path, help="a Markdown list")
    one.add_argument("--format", required=True, choices=sorted(PARSERS), help="which list's format")
    one.add_argument("--out", type=Path, help="write the YAML here instead of standard output")
    one.set_defaults(func=run_import)
    every = subparsers.add_parser("import-all", help="build data/papers from a folder of public KD lists")
    every.add_argument("source_dirs", type=Path, nargs="+",
                       help="folders holding the lists (Owner__Repo.*.md), papercopilot/paperlists JSON files with a "
                            "manifest.tsv (path, tab, commit), or accepted-paper lists extracted as YAML")
    every.add_argument("--out", type=Path, default=Path("data/papers"), help="folder for the papers files")
    every.add_argument("--excluded", type=Path, default=Path("data/excluded.yml"),
                       help="where to list the entries left out")
    every.add_argument("--listed", type=Path, default=Path("data/accepted.yml"),
                       help="where to record the accepted-paper files read and their candidates")
    every.add_argument("--allow-shrink", action="store_true",
                       help="write even if more than 5%% of the papers now in --out would be dropped")
    every.set_defaults(func=run_import_all)


@refusing
def run_import(args: argparse.Namespace) -> int:
    check_source(args.file)
    candidates = [c.as_dict() for c in parse_file(args.file, args.format)]
    text = yaml.safe_dump(candidates, allow_unicode=True, sort_keys=False, width=120)
    if args.out:
        write_atomic(args.out, text)
    else:
        sys.stdout.write(text)
    return 0


@refusing
def run_import_all(args: argparse.Namespace) -> int:
    check_sources(args.source_dirs)
    before = current_papers(args.out)
    result = build(args.source_dirs, added=before)
    if not args.allow_shrink:
        check_shrink(set(before), args.out, result)
    per_file = publish(result, args.out, args.excluded, args.listed)
    print(summary(result))
    print("files: " + ", ".join(f"{name} {count}" for name, count in per_file.items()))
    return 0
