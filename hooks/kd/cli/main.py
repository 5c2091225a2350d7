"""The `kd` command line: one sub-command per module, each registered here."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kd.importer import command as importer_command
from kd.cli import add
from kd.cli import fmt
from kd.cli import readme
from kd.cli import serve
from kd.cli import sitefiles
from kd.data.library import load_library
from kd.data.problems import DataError


def find_data_dir(start: Path) -> Path:
    """The nearest data/ folder at or above start (the project's)."""
    for folder in (start, *start.parents):
        if (folder / "data" / "families.yml").is_file():
            return folder / "data"
    return start / "data"


def run_check(args: argparse.Namespace) -> int:
    """Validate every data file as the build does; print each problem as file:line."""
    try:
        library = load_library(args.data)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"ok: {len(library.papers)} papers, {len(library.families)} families, "
          f"{len(library.domains)} domains, {len(library.resources)} resources, "
          f"{len(library.benchmarks.results)} results")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kd",
        description="Maintain the knowledge-distillation bibliography. 维护知识蒸馏文献库的数据。",
    )
    parser.add_argument("--data", type=Path, default=None,
                        help="the data/ folder (default: found from the current directory) 数据目录")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("check", help="validate all data files, as the build does 校验全部数据")
    check.set_defaults(func=run_check)
    importer_command.register(commands)
    for command in (add, fmt, readme, serve, sitefiles):
        command.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.data is None:
        args.data = find_data_dir(Path.cwd())
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
