"""Transfer size of the explorer for the real library, gzipped as served: its page, its data file and scripts,
against the same papers as a plain HTML list (the bare site's explorer page, bare_site.py)."""
from __future__ import annotations

import argparse
import gzip
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bare_site import bare_project  # noqa: E402
from build_time import build  # noqa: E402
from synthetic import ROOT  # noqa: E402

from kd.pages.explorer import DATA_PATH  # noqa: E402

TARGET = 1.3  # at most this many times the plain list's transfer


def sizes(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, help="an already built site of the real library (skips the build)")
    parser.add_argument("--bare", type=Path, help="the bare site, already built (skips its build)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kd-size-"))
    site, bare = args.site, args.bare
    if site is None:
        build(ROOT, site := work / "site")
    if bare is None:
        build(bare_project(ROOT, work / "bare"), bare := work / "bare" / "site")
    rows = []
    page = site / "papers" / "index.html"
    html = page.read_text(encoding="utf-8")
    rows.append(("papers/index.html", "HTML", *sizes(page)))
    rows.append((DATA_PATH, "JSON (the papers, fetched by explorer.js)", *sizes(site / DATA_PATH)))
    for src in re.findall(r'<script src="([^"]+)"', html):
        target = urlsplit(urljoin("http://x/papers/", src)).path.lstrip("/")
        kind = "JS (theme)" if target.startswith("assets/javascripts/") else "JS (ours)"
        rows.append((target, kind, *sizes(site / target)))
    plain = ("bare papers/index.html", "HTML (the plain list)", *sizes(bare / "papers" / "index.html"))
    print(f"{'file':<48} {'kind':<42} {'raw':>10} {'gzip':>9}")
    for name, kind, raw, gz in [*rows, plain]:
        print(f"{name:<48} {kind:<42} {raw:>10,} {gz:>9,}")
    ours = sum(r[3] for r in rows if r[1] != "JS (theme)")
    print(f"\nexplorer (zh), page + data + our scripts: {ours:,} B gzipped; the plain list: {plain[3]:,} B; "
          f"ratio {ours / plain[3]:.2f} (target at most {TARGET})")


if __name__ == "__main__":
    main()
