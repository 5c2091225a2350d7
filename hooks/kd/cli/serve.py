"""`kd serve`: preview the site while editing (mkdocs serve --dirty, which the preview hook makes rebuild only the
pages an edit changed), without Material's end-of-life notice."""
from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

ADDRESS = "127.0.0.1:8000"


def serve_command(address: str) -> list[str]:
    """The mkdocs command line `kd serve` runs. mkdocs-static-i18n reads --dirty from the command line itself, so
    the other languages' builds are dirty too."""
    return [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", address]


def run_serve(args: argparse.Namespace) -> NoReturn:
    """Replace this process with mkdocs serve, run from the project folder (the one holding data/)."""
    os.chdir(args.data.resolve().parent)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"  # Material's documented switch for its end-of-life notice
    command = serve_command(args.address)
    os.execv(command[0], command)


def register(commands) -> None:
    """Add the `serve` sub-command to the kd parser."""
    parser = commands.add_parser(
        "serve", help="preview the site, rebuilding what an edit changes 预览网站，修改后只重建受影响的页面",
        description="Serve the site on ADDRESS (the URL printed includes the site's path) and rebuild after each "
                    "edit of data/ or docs/ only the pages whose content changed.",
    )
    parser.add_argument("-a", "--address", default=ADDRESS, help=f"IP:PORT to serve on (default {ADDRESS})")
    parser.set_defaults(func=run_serve)
