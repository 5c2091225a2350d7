"""Transfer size of the explorer page for the real library: HTML, JS and JSON, raw and gzipped."""
from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 1_000_000


def sizes(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, help="an already built site of the real library (skips the build)")
    args = parser.parse_args()
    site = args.site
    if site is None:
        site = Path(tempfile.mkdtemp(prefix="kd-size-"))
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=ROOT, check=True)
    rows = []
    for prefix in ("", "en/"):
        page = site / prefix / "papers" / "index.html"
        html = page.read_text(encoding="utf-8")
        rows.append((f"{prefix}papers/index.html", "HTML", *sizes(page)))
        if prefix:
            continue
        for src in re.findall(r'<script src="([^"]+)"', html):
            target = urlsplit(urljoin(f"http://x/{prefix}papers/", src)).path.lstrip("/")
            kind = "JS (theme)" if target.startswith("assets/javascripts/") else "JS (ours)"
            rows.append((target, kind, *sizes(site / target)))
    rows.append(("search/search_index.json", "JSON (search, fetched on first search)", *sizes(site / "search" / "search_index.json")))
    for name in ("papers.json", "papers.csv", "kd.bib"):
        rows.append((f"exports/{name}", "download only", *sizes(site / "exports" / name)))
    print(f"{'file':<48} {'kind':<36} {'raw':>10} {'gzip':>9}")
    for name, kind, raw, gz in rows:
        print(f"{name:<48} {kind:<36} {raw:>10,} {gz:>9,}")
    html_gz = rows[0][3]
    ours = sum(r[3] for r in rows if r[1] == "JS (ours)")
    theme = sum(r[3] for r in rows if r[1] == "JS (theme)")
    cards = html.count('<article class="kd-paper"')
    print(f"\nexplorer (zh): HTML {html_gz:,} B gzipped for {cards} cards ({html_gz / max(cards, 1):.0f} B/card); "
          f"our JS {ours:,} B; theme JS {theme:,} B; the page loads no JSON of ours (the config is inline)")
    print(f"initial HTML under 1 MB gzipped: {'yes' if html_gz < LIMIT else 'NO'} ({100 * html_gz / LIMIT:.0f}% of the limit)")


if __name__ == "__main__":
    main()
