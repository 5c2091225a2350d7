"""Times the full strict build for the real library and for 1k / 5k / 10k synthetic papers, and prints how it grows."""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import ROOT, make_project, write_data_dir  # noqa: E402


def timed_build(project: Path, site: Path) -> float:
    """Seconds for `mkdocs build --strict` of a project into site (raises if the build fails)."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                            cwd=project, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"build of {project} failed:\n{result.stderr[-3000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,5000,10000", help="synthetic library sizes")
    parser.add_argument("--keep", type=Path, help="keep the synthetic projects and sites under this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kd-bench-"))
    from kd.library import load_library
    rows = [("real", len(load_library(ROOT / "data").papers), timed_build(ROOT, work / "site-real"))]
    print(f"{'library':>8} {'papers':>7} {'seconds':>8}", flush=True)
    print(f"{rows[0][0]:>8} {rows[0][1]:>7} {rows[0][2]:>8.1f}", flush=True)
    for n in (int(s) for s in args.sizes.split(",")):
        project = make_project(write_data_dir(n, work / f"data-{n}"), work / f"project-{n}")
        seconds = timed_build(project, work / f"site-{n}")
        rows.append((f"{n // 1000}k", n, seconds))
        print(f"{rows[-1][0]:>8} {n:>7} {seconds:>8.1f}", flush=True)
    base_n, base_s = rows[1][1], rows[1][2]
    print("\ngrowth against the smallest synthetic library (time ratio vs paper ratio):")
    for name, n, seconds in rows[1:]:
        print(f"{name:>8}: papers x{n / base_n:.1f}, time x{seconds / base_s:.2f}, {1000 * seconds / n:.1f} ms/paper")
    print(f"real library: {1000 * rows[0][2] / rows[0][1]:.1f} ms/paper")


if __name__ == "__main__":
    main()
