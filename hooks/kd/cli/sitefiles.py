"""`kd site-files SITE_DIR`: write the exports, feeds, sitemaps and search indexes into a site either engine built."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kd.data.library import load_library
from kd.data.problems import DataError
from kd.data.safeio import WriteError
from kd.exports.sitefiles import site_settings, write_site_files


def register(commands) -> None:
    """Add the `site-files` sub-command to the kd parser."""
    parser = commands.add_parser(
        "site-files",
        help="write the exports, feeds, sitemaps and search indexes into a built site 写入导出文件、订阅源与搜索索引",
        description="Write every file the site holds besides its pages (papers.json, papers.csv, every .bib, each "
                    "language's Atom and JSON feeds, sitemap and header search index) into a site already built by "
                    "MkDocs (whose post-build step runs the same code) or by Zensical (which has no such step).",
    )
    parser.add_argument("site_dir", type=Path, metavar="SITE_DIR", help="the built site 已构建的站点目录")
    parser.add_argument("--config", type=Path, default=None,
                        help="the site's configuration (default: mkdocs.yml beside data/) 站点配置文件")
    parser.set_defaults(func=run_site_files)


def run_site_files(args: argparse.Namespace) -> int:
    """Write the site files; fail with one line when the site was not built or a file cannot be written."""
    config = args.config or Path(args.data).resolve().parent / "mkdocs.yml"
    if not (args.site_dir / "index.html").is_file():
        print(f"kd site-files: {args.site_dir} has no index.html; build the site first", file=sys.stderr)
        return 1
    try:
        library = load_library(args.data)
    except DataError as error:
        print(f"kd site-files: nothing was written.\n{error}", file=sys.stderr)
        return 1
    try:
        settings = site_settings(config)
        write_site_files(library, args.site_dir, settings)
    except WriteError as error:
        print(f"kd site-files: {error}", file=sys.stderr)
        return 1
    print(f"{args.site_dir}: exports, feeds, sitemaps and search indexes of {', '.join(settings.languages)} written")
    return 0
